"""Reading back a workbook this app exported: the hidden identifiers sheet holds every object's
stable identifier and record, so the import updates in place and loses nothing; what was changed
in the visible sheets since the export is applied or named (`own_edits`)."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from pydantic import ValidationError

from register_app.domain.words.severities import kind_word
from register_app.services import records as r
from register_app.services.document import (
    IDS_FIRST_DATA_COL,
    IDS_FORMAT_VERSION,
    IDS_KINDS,
    IDS_SHEET,
    IDS_SIGNATURE,
    Profile,
    RegisterDocument,
)
from register_app.services.format_upgrade import organisation_v1_to_v2
from register_app.services.xlsx_import.own_edits import apply_visible_edits
from register_app.services.xlsx_import.reader import Sheet, Workbook, cell_name
from register_app.services.xlsx_import.report import Action, Parsed


def own_sheet(book: Workbook) -> Sheet | None:
    sheet = book.sheet(IDS_SHEET)
    return sheet if sheet is not None and sheet.text(1, 1) == IDS_SIGNATURE else None


def parse_own(book: Workbook, sheet: Sheet, existing: r.Snapshot) -> Parsed:
    parsed = Parsed(RegisterDocument())
    version = sheet.get(1, 2)
    if not isinstance(version, int | float) or int(version) > IDS_FORMAT_VERSION:
        parsed.note(Action.ERROR, IDS_SHEET, "B1", f"workbook format {version} is newer than this application reads "
                    f"({IDS_FORMAT_VERSION}); update the application.", f"le format de classeur {version} est plus "
                    f"récent que celui que l'application lit ({IDS_FORMAT_VERSION}) ; mettez-la à jour.")  # fmt: skip
        return parsed
    profile = Profile(sheet.text(1, 3)) if sheet.text(1, 3) in {p.value for p in Profile} else Profile.FULL
    found: dict[str, list[Any]] = {kind: [] for kind in IDS_KINDS}
    for row in sheet.rows():
        kind = sheet.text(row, 1)
        if row < 3 or not kind:
            continue
        if kind not in IDS_KINDS:
            parsed.note(Action.ERROR, IDS_SHEET, cell_name(row, 1), f"unknown kind of object '{kind}'",
                        f"type d'objet inconnu « {kind} »")  # fmt: skip
            continue
        data, col = "", IDS_FIRST_DATA_COL
        while (row, col) in sheet.cells:  # the record's JSON, cut into cell-sized chunks
            data, col = data + str(sheet.cells[(row, col)]), col + 1
        if kind == "organisation" and int(version) < 2:
            data = _organisation_v1(data)
        try:
            record = r.adapter(IDS_KINDS[kind]).validate_json(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            parsed.note(Action.ERROR, IDS_SHEET, cell_name(row, IDS_FIRST_DATA_COL),
                        f"{kind} {sheet.text(row, 2)} is damaged: {first['msg']} at {first['loc']}",
                        f"{kind_word(kind, 'fr')} {sheet.text(row, 2)} : enregistrement endommagé ({first['msg']} "
                        f"en {first['loc']})")  # fmt: skip
            continue
        found[kind].append(record)
        if kind != "dismissed_finding":
            parsed.where[getattr(record, "uid", "organisation")] = (sheet.text(row, 3), sheet.text(row, 4))
    organisation = found["organisation"][0] if found["organisation"] else r.Organisation()
    activities, subprocessors, controllers = found["activity"], found["subprocessor"], found["controller"]
    if profile is Profile.EXTRACT:
        activities, subprocessors, controllers = _keep_notes(parsed, existing, activities, subprocessors, controllers)
    parsed.document = RegisterDocument(
        profile=profile, organisation=organisation, controllers=tuple(controllers), measures=tuple(found["measure"]),
        subprocessors=tuple(subprocessors), activities=tuple(activities),
        dismissed_findings=tuple(found["dismissed_finding"]),
    )  # fmt: skip
    fiches = {parsed.where[a.uid][0]: a.uid for a in activities if a.uid in parsed.where}
    list_sheet = parsed.where.get("organisation", ("", ""))[0]
    parsed.document, edits = apply_visible_edits(book, parsed.document, sheet.text(1, 4), fiches, list_sheet)
    parsed.lines += edits
    return parsed


def _organisation_v1(data: str) -> str:
    """A version-1 workbook's organisation record, as version 2 states it (damaged JSON is left for
    the validation to report)."""
    try:
        return json.dumps(organisation_v1_to_v2(json.loads(data)), ensure_ascii=False)
    except json.JSONDecodeError:
        return data


def _keep_notes(parsed: Parsed, existing: r.Snapshot, *groups: list[Any]) -> tuple[list[Any], ...]:
    """An Article 30 extract carries no internal notes: keep those the register already has."""
    objects: tuple[Any, ...] = (*existing.activities, *existing.subprocessors, *existing.controllers)
    known: dict[str, Any] = {x.uid: x for x in objects}
    kept = 0
    result: list[list[Any]] = []
    for group in groups:
        out = []
        for read in group:
            old, item = known.get(read.uid), read
            if old is not None and old.notes:
                kept += 1
                item = dataclasses.replace(item, notes=old.notes)
            if isinstance(item, r.Activity) and isinstance(old, r.Activity):
                notes = {m.measure_uid: m.note for m in old.measures}
                item = dataclasses.replace(item, measures=tuple(
                    dataclasses.replace(m, note=m.note or notes.get(m.measure_uid, "")) for m in item.measures))
            out.append(item)
        result.append(out)
    if kept:
        parsed.note(Action.AMBIGUOUS, IDS_SHEET, "C1",
                    "this workbook is an Article 30 extract without internal notes: "
                    f"the notes of {kept} object(s) already in the register are kept.",
                    f"ce classeur est un extrait article 30 sans notes internes : les notes de {kept} objet(s) déjà "
                    "dans le registre sont gardées.")  # fmt: skip
    return tuple(result)
