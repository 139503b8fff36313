"""Rows of a mapped source read into activities. Each value goes to the field its column is mapped to,
parsed into the register's codes where it can be and kept as text otherwise (a precision, the
retention criterion, the legal basis note, the notes): nothing filled in is dropped, nothing is
invented, and every interpretation is a report line naming its place."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from register_app.domain.catalogues import (
    ART9_CONDITIONS,
    DATA_CATEGORIES,
    DATA_SUBJECTS,
    RECIPIENTS,
    country_code,
)
from register_app.domain.enums import CnilHeading, DpiaConclusion
from register_app.domain.words.enum_labels import duration_words, in_sentence
from register_app.services import records as r
from register_app.services.document import RegisterDocument
from register_app.services.mapped_import.fields import DPIA_CRITERION, FIELDS, IGNORE, LIST_FIELDS
from register_app.services.mapped_import.mapping import Mapping
from register_app.services.mapped_import.sources import Row, Table
from register_app.services.mapped_import.values import (
    code_for,
    items,
    label_keys,
    legal_bases,
    says_more,
    text_of,
    transfer_tool,
    yes_no,
)
from register_app.services.placeholders import is_placeholder
from register_app.services.retention_text import read_retention
from register_app.services.xlsx_import.linked import Linked
from register_app.services.xlsx_import.matching import heading, key, match_code
from register_app.services.xlsx_import.report import Action, Parsed

# Fields where 'No' / 'Nein' / 'Non' means there is nothing to record (no transfer, no processor...).
NONE_MEANS_EMPTY = LIST_FIELDS | {"safeguards", "art9_condition"}
YES_NO_FIELDS = frozenset({"dpia"})
NAME_LENGTH = 80  # an activity named after its purpose takes its first line, up to this


@dataclass
class Cells:
    """One row's values by field, each with its place (sheet and cell, file and line, JSON path)."""

    row: Row
    by_field: dict[str, list[tuple[Any, tuple[str, str]]]] = field(default_factory=dict)

    def values(self, name: str) -> list[tuple[Any, tuple[str, str]]]:
        return self.by_field.get(name, [])

    def text(self, name: str) -> str:
        return "\n".join(text_of(v) for v, _ in self.values(name) if text_of(v))

    def first_place(self, name: str) -> tuple[str, str]:
        found = self.values(name)
        return found[0][1] if found else self.row.place


def read_rows(table: Table, mapping: Mapping, existing: r.Snapshot, now: datetime | None = None) -> Parsed:
    parsed = Parsed(RegisterDocument())
    linked = Linked(existing, now or datetime.now(UTC))
    activities: list[r.Activity] = []
    for row in table.rows:
        cells = _cells(row, mapping, parsed)
        if not cells.by_field:
            parsed.note(Action.SKIP, *row.place, "no value in a mapped column: row left out",
                        "aucune valeur dans une colonne associée : ligne laissée de côté")
            continue
        activity = _activity(cells, linked, parsed)
        if activity.reference and activity.reference in (a.reference for a in activities):
            parsed.note(Action.AMBIGUOUS, *row.place, f"reference '{activity.reference}' appears twice: this one "
                        "gets a new number", f"la référence « {activity.reference} » apparaît deux fois : celle-ci "
                        "reçoit un nouveau numéro")  # fmt: skip
            activity = dataclasses.replace(activity, reference="")
        activities.append(activity)
    parsed.document = RegisterDocument(organisation=existing.organisation, measures=tuple(linked.new_measures),
                                       subprocessors=tuple(linked.new_subprocessors),
                                       activities=tuple(activities))  # fmt: skip
    return parsed


def _cells(row: Row, mapping: Mapping, parsed: Parsed) -> Cells:
    cells = Cells(row)
    for column, value in row.values.items():
        target = mapping.field_of(column)
        if target == IGNORE:
            continue
        place = row.places.get(column, row.place)
        says_none = target in NONE_MEANS_EMPTY and yes_no(value) is False  # 'nein' where countries are asked
        if target not in YES_NO_FIELDS and not target.startswith(DPIA_CRITERION) and yes_no(value) is True:
            fr, en = FIELDS.get(target, (target, target))
            fr, en = in_sentence(fr), en.lower()
            parsed.note(Action.AMBIGUOUS, *place, f"'{column}' says yes, which names nothing for {en}: not recorded",
                        f"« {column} » dit oui, ce qui ne nomme rien pour le champ {fr} : non enregistré")  # fmt: skip
            continue
        if says_none or (not isinstance(value, (list, bool)) and is_placeholder(text_of(value))):
            fr, en = FIELDS.get(target, (target, target))
            parsed.placeholder(en.lower(), *place, fr=in_sentence(fr))
            continue
        cells.by_field.setdefault(target, []).append((value, place))
    return cells


def _activity(cells: Cells, linked: Linked, parsed: Parsed) -> r.Activity:
    reference, name = cells.text("reference").strip(), " ".join(cells.text("name").split())
    purposes = _purposes(cells, parsed)
    if not name:
        name = (purposes[0].description.splitlines()[0][:NAME_LENGTH] if purposes and purposes[0].description
                else reference or f"{cells.row.place[0]} {cells.row.place[1]}")  # fmt: skip
        parsed.note(Action.AMBIGUOUS, *cells.row.place, f"no activity name: named '{name}' after its purpose, "
                    "reference or place", f"pas de nom de traitement : nommé « {name} » d'après sa finalité, sa "
                    "référence ou sa place")  # fmt: skip
    known = linked.activity(reference, name)
    categories = _categories(cells, parsed)
    transfers, transfer_notes = _transfers(cells, parsed)
    owner = cells.text("owner")
    notes = [cells.text("notes"), *transfer_notes]
    art9_text = cells.text("art9_condition")
    art9 = match_code(ART9_CONDITIONS, art9_text) if art9_text else None
    activity = r.Activity(
        uid=known.uid if known else str(uuid.uuid4()), created_at=known.created_at if known else linked.now,
        updated_at=linked.now, reference=reference or (known.reference if known else ""), name=name,
        description=cells.text("description"), department=cells.text("department"),
        owner_name="" if "@" in owner and " " not in owner else owner,
        owner_email=owner if "@" in owner and " " not in owner else "",
        purposes=tuple(purposes), data_subjects=tuple(r.DataSubject(code=x.code, precision=x.precision)
                                                      for x in _coded(cells, "data_subjects", DATA_SUBJECTS, parsed)),
        data_categories=tuple(categories), art9_condition=art9, art9_justification="" if art9 else art9_text,
        recipients=tuple(_coded(cells, "recipients", RECIPIENTS, parsed)),
        subprocessor_uids=tuple(dict.fromkeys(linked.subprocessor(n) for v, _ in cells.values("processors")
                                              for n in items(v))),
        transfers=tuple(transfers), retention=tuple(_retention(cells, categories, parsed)),
        measures=tuple(r.MeasureLink(measure_uid=u) for u in _measures(cells, linked)), dpia=_dpia(cells, parsed),
        notes="\n".join(x for x in notes if x),
    )  # fmt: skip
    parsed.where[activity.uid] = cells.row.place
    return activity


def _purposes(cells: Cells, parsed: Parsed) -> list[r.Purpose]:
    texts = [t for v, _ in cells.values("purposes") for t in items(v, commas=False)]
    basis_text = cells.text("legal_basis")
    codes = legal_bases(basis_text) if basis_text else ()
    where = cells.first_place("legal_basis")
    if basis_text and not codes:
        parsed.note(Action.AMBIGUOUS, *where, f"legal basis '{basis_text}' not recognised: kept as its note",
                    f"base légale « {basis_text} » non reconnue : gardée comme sa note")
    elif len(codes) > 1 and len(codes) != len(texts):
        parsed.note(Action.AMBIGUOUS, *where, f"legal bases '{basis_text}' name {len(codes)} bases for "
                    f"{len(texts)} purpose(s): the first is recorded, the text kept as its note",
                    f"les bases légales « {basis_text} » nomment {len(codes)} bases pour {len(texts)} finalité(s) : "
                    "la première est enregistrée, le texte gardé comme sa note")  # fmt: skip
    unpaired = len(codes) > 1 and len(codes) != len(texts)
    note = basis_text if basis_text and (not codes or unpaired or says_more(basis_text, codes)) else ""
    if not texts:
        return [r.Purpose(legal_basis=codes[0] if codes else None, legal_basis_note=note)] if basis_text else []
    paired = len(codes) == len(texts)
    return [r.Purpose(description=t, legal_basis=codes[i] if paired else (codes[0] if codes else None),
                      legal_basis_note=note if i == 0 else "") for i, t in enumerate(texts)]  # fmt: skip


def _matched(name: str, text: str) -> tuple[str | None, str]:
    """The code `text` names, and the text kept as precision unless it is the label itself."""
    code = code_for(name, text)
    labels = dict(label_keys(name)).get(code or "", ())
    return code, "" if code is not None and key(text) in labels else text


def _coded(cells: Cells, field_name: str, name: str, parsed: Parsed) -> list[r.CodedItem]:
    found: dict[str, list[str]] = {}
    others: list[str] = []
    for value, place in cells.values(field_name):
        for text in items(value, commas=field_name in LIST_FIELDS):
            code, precision = _matched(name, text)
            if code is None:
                others.append(text)
                fr, en = in_sentence(FIELDS[field_name][0]), FIELDS[field_name][1].lower()
                parsed.note(Action.AMBIGUOUS, *place, f"'{text}' is not in the list of {en}: recorded as 'other' "
                            "with the text as precision", f"« {text} » n'est pas dans la liste des {fr} : enregistré "
                            "comme « autre », le texte en précision")  # fmt: skip
            else:
                found.setdefault(code, []).append(precision)
    result = [r.CodedItem(code=c, precision=", ".join(p for p in ps if p)) for c, ps in found.items()]
    if others:
        result.append(r.CodedItem(code="other", precision=", ".join(others)))
    return result


def _categories(cells: Cells, parsed: Parsed) -> list[r.DataCategory]:
    merged: dict[str, list[str]] = {}
    for field_name in ("data_categories", "special_categories"):
        for item in _coded(cells, field_name, DATA_CATEGORIES, parsed):
            merged.setdefault(item.code, []).append(item.precision)
    return [r.DataCategory(code=c, description=", ".join(d for d in ds if d)) for c, ds in merged.items()]


def _transfers(cells: Cells, parsed: Parsed) -> tuple[list[r.Transfer], list[str]]:
    safeguard = cells.text("safeguards")
    tool = transfer_tool(safeguard) if safeguard else None
    if safeguard and tool is None:
        parsed.note(Action.AMBIGUOUS, *cells.first_place("safeguards"), f"safeguard '{safeguard}' is not a "
                    "transfer tool of the list: kept as its detail", f"la garantie « {safeguard} » n'est pas un "
                    "outil de transfert de la liste : gardée comme son détail")  # fmt: skip
    transfers, notes = [], []
    for value, place in cells.values("transfer_countries"):
        for text in items(value):
            code = country_code(text)
            if code is None:
                parsed.note(Action.AMBIGUOUS, *place, f"country '{text}' not recognised: kept in the notes",
                            f"pays « {text} » non reconnu : gardé dans les notes")
                notes.append(f"Transfer: {text}")
                continue
            transfers.append(r.Transfer(country=code, tool=tool, tool_detail="" if tool else safeguard))
    if safeguard and not transfers:
        notes.append(f"Transfer safeguards: {safeguard}")
    return transfers, notes


def _retention(cells: Cells, categories: list[r.DataCategory], parsed: Parsed) -> list[r.RetentionRule]:
    text = cells.text("retention")
    if not text:
        return []
    category = categories[0].code if categories else "other"
    read = read_retention(text)
    if read.duration is None:
        return [r.RetentionRule(category=category, criterion=text)]
    fr, en = duration_words(read.duration.value, read.duration.unit)
    start = (f" à compter de « {read.start_event} »", f" from '{read.start_event}'") if read.start_event else ("", "")
    parsed.note(Action.AMBIGUOUS, *cells.first_place("retention"), f"retention '{text}' read as {en}{start[1]}",
                f"durée de conservation « {text} » lue comme {fr}{start[0]}")  # fmt: skip
    return [r.RetentionRule(category=category, criterion=text, active=read.duration, start_event=read.start_event)]


def _measures(cells: Cells, linked: Linked) -> list[str]:
    uids = []
    for value, _ in cells.values("security_measures"):
        for text in items(value, commas=False):
            uids.append(linked.measure(heading(text) or CnilHeading.OTHER, text))
    return list(dict.fromkeys(uids))


def _dpia(cells: Cells, parsed: Parsed) -> r.Dpia:
    criteria = [name.removeprefix(DPIA_CRITERION) for name, values in cells.by_field.items()
                if name.startswith(DPIA_CRITERION) and any(yes_no(v) for v, _ in values)]  # fmt: skip
    text = cells.text("dpia")
    answer = yes_no(text) if text else None
    if text and answer is None:
        parsed.note(Action.AMBIGUOUS, *cells.first_place("dpia"), f"DPIA '{text}' is not a yes or no: kept as the "
                    "reason, conclusion left undetermined", f"AIPD « {text} » n'est ni oui ni non : gardé comme "
                    "justification, conclusion laissée indéterminée")  # fmt: skip
    conclusion = (DpiaConclusion.UNDETERMINED if answer is None
                  else DpiaConclusion.REQUIRED if answer else DpiaConclusion.NOT_REQUIRED)  # fmt: skip
    return r.Dpia(criteria=tuple(criteria), conclusion=conclusion, reason=text if answer is None else "")
