"""The annex sheets of our own workbook, with its hidden identifiers sheet (`own_edits`) or without it
(`apply_annexes`): the security measures and subprocessors sheets are compared, row by row (matched by
name), with what the export writes for the register's objects (and the measures the fiches bring in),
and each field a cell shows as the DPO wrote it is applied with its old and new values; a name the
register does not have is a line to check, never a new object. The transfers and processor-register
sheets repeat the fiches: they are not read."""

from __future__ import annotations

import dataclasses
import io
from typing import Any, Final

from register_app.domain.catalogues import Lang
from register_app.domain.enums import CnilHeading, ContractStatus, MeasureCategory, MeasureStatus, SubprocessorRole
from register_app.exports.export_texts import text
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.document import Profile
from register_app.services.placeholders import says_no, says_yes
from register_app.services.xlsx_import.matching import key
from register_app.services.xlsx_import.own_targets import Put, date_field, enum_field, field
from register_app.services.xlsx_import.reader import Sheet, Workbook, cell_name, one_line, same_value, xlsx_sheets
from register_app.services.xlsx_import.report import Action, Parsed, ReportLine


def _organisation_wide(obj: Any, new: str, _old: str) -> Any:
    if not (says_yes(new) or says_no(new)):
        return None
    return dataclasses.replace(obj, organisation_wide=says_yes(new))


# Each annex sheet read: its title's label key, and its columns (by header label key) -> the field they set.
MEASURE_COLUMNS: Final[dict[str, Put]] = {
    "heading": enum_field("heading", CnilHeading), "category": enum_field("category", MeasureCategory),
    "description": field("description"), "status": enum_field("status", MeasureStatus),
    "review_date": date_field("review_date"), "organisation_wide": _organisation_wide, "source": field("reference"),
    "evidence": field("evidence"),
}  # fmt: skip
SUBPROCESSOR_COLUMNS: Final[dict[str, Put]] = {
    "service": field("service"), "role": enum_field("role", SubprocessorRole),
    "contract": enum_field("contract_status", ContractStatus), "contract_signed": date_field("contract_signed"),
    "contract_review": date_field("contract_review"), "contract_reference": field("contract_reference"),
    "block_notes": field("notes"),
}  # fmt: skip
ANNEXES: Final[dict[str, dict[str, Put]]] = {"sheet_measures": MEASURE_COLUMNS,
                                             "sheet_subprocessors": SUBPROCESSOR_COLUMNS}  # fmt: skip
NOT_READ: Final = ("sheet_transfers", "sheet_processor")
UNKNOWN: Final = ("« {name} » is not in the register: this row is not imported (add it in the application)",
                  "« {name} » n'est pas dans le registre : cette ligne n'est pas importée (ajoutez-le dans "
                  "l'application)")  # fmt: skip
UNREAD: Final = ("{label}: « {new} » cannot be read here: not applied",
                 "{label} : « {new} » illisible ici : non appliqué")
REPEATS: Final = ("repeats what the fiches say: not read (edit the fiches)",
                  "reprend ce que disent les fiches : non lue (modifiez les fiches)")


def annex_of(name: str) -> str | None:
    """The label key of our annex sheet named `name`, in French or English."""
    return next((k for k in (*ANNEXES, *NOT_READ) for lang in ("fr", "en") if text(k, lang) == name), None)


def apply_annexes(book: Workbook, parsed: Parsed, existing: r.Snapshot) -> None:
    """Applies the annex sheets' edits to `parsed.document` (measures, subprocessors) and reports them."""
    found = [(sheet, kind, lang) for sheet in book.sheets for lang in ("fr", "en") for kind in (*ANNEXES, *NOT_READ)
             if sheet.name == text(kind, lang)]  # fmt: skip
    for sheet, kind, _ in found:
        if kind in NOT_READ and sheet.cells:
            parsed.note(Action.SKIP, sheet.name, "", *REPEATS)
    found = [x for x in found if x[1] in ANNEXES]
    if not found:
        return
    doc = parsed.document
    measures = {m.uid: m for m in (*existing.measures, *doc.measures)}
    subprocessors = {s.uid: s for s in (*existing.subprocessors, *doc.subprocessors)}
    lang: Lang = "fr" if found[0][2] == "fr" else "en"
    shown = r.Snapshot(organisation=existing.organisation, controllers=existing.controllers,
                       measures=tuple(measures.values()), subprocessors=tuple(subprocessors.values()),
                       activities=existing.activities)  # fmt: skip
    data = export_xlsx(shown, Profile.FULL, lang, findings=False)
    written = {s.name: s for s in xlsx_sheets(io.BytesIO(data), book.path)}
    changed: set[str] = set()
    for sheet, kind, _ in found:
        objects: dict[str, Any] = measures if kind == "sheet_measures" else subprocessors
        original = written.get(sheet.name)
        if original is not None:
            changed |= apply_annex(original, sheet, objects, kind=kind, lang=lang, lines=parsed.lines)
    news = {m.uid for m in doc.measures} | {s.uid for s in doc.subprocessors}
    parsed.document = dataclasses.replace(
        doc, measures=tuple(m for uid, m in measures.items() if uid in changed or uid in news),
        subprocessors=tuple(s for uid, s in subprocessors.items() if uid in changed or uid in news),
    )  # fmt: skip


def _columns(sheet: Sheet, lang: Lang, names: list[str]) -> tuple[int, dict[str, int]] | None:
    """The header row and the column of each label key, found by the headers' text."""
    wanted = {text(name, lang): name for name in names}
    for row in list(sheet.rows())[:10]:
        found = {wanted[sheet.text(row, col)]: col for (r_, col) in sheet.cells if r_ == row
                 and sheet.text(row, col) in wanted}  # fmt: skip
        if "name" in found:
            return row, found
    return None


def apply_annex(original: Sheet, edited: Sheet, objects: dict[str, Any], *, kind: str, lang: Lang,
                lines: list[ReportLine]) -> set[str]:  # fmt: skip
    """Applies the rows of the annex sheet `edited` (`kind`: its title's label key) to `objects` (uid ->
    object, replaced in place), comparing them with `original` as the export wrote it, and reports each
    change in `lines`; returns the uids changed."""
    columns = ANNEXES[kind]
    names = ["name", *columns]
    before, after = _columns(original, lang, names), _columns(edited, lang, names)
    if before is None or after is None:
        return set()
    (first, was), (header, now) = before, after
    rows = {key(original.text(row, was["name"])): row for row in original.rows() if row > first}
    by_name = {key(x.name): uid for uid, x in objects.items()}
    changed = set()
    for row in (x for x in edited.rows() if x > header):
        name = edited.text(row, now["name"])
        if not name:
            continue
        uid, at = by_name.get(key(name)), cell_name(row, now["name"])
        if uid is None or key(name) not in rows:
            lines.append(ReportLine(Action.AMBIGUOUS, edited.name, at, *(x.format(name=name) for x in UNKNOWN)))
            continue
        for column, put in columns.items():
            if column not in now or column not in was:
                continue
            old_value, new_value = original.get(rows[key(name)], was[column]), edited.get(row, now[column])
            if same_value(old_value, new_value):
                continue
            old, new = original.text(rows[key(name)], was[column]), edited.text(row, now[column])
            label, cell = f"{name}, {text(column, lang)}", cell_name(row, now[column])
            done = put(objects[uid], new, old)
            if done is None:
                lines.append(ReportLine(Action.AMBIGUOUS, edited.name, cell, *(x.format(label=label, new=new)
                                                                               for x in UNREAD)))  # fmt: skip
                continue
            objects[uid] = done
            changed.add(uid)
            said = f"« {one_line(old_value)} » → « {one_line(new_value)} »"
            lines.append(ReportLine(Action.UPDATE, edited.name, cell, f"{label}: {said}", f"{label} : {said}"))
    return changed

