"""The cells a DPO changed in a workbook this app exported: the import writes the same workbook again
from the records of its hidden identifiers sheet and compares the visible sheets cell by cell, so no
change made in Excel or LibreOffice passes unseen. A fiche's name, description, department, software,
purposes, data categories' descriptions, data subjects' and recipients' precisions, transfers'
recipients and countries (by name or code) are applied, field
by field, with their old and new values; every other changed cell is named by sheet and cell, not
applied."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final, NamedTuple

from register_app.domain.catalogues import DATA_CATEGORIES, Lang, catalogue, country_code
from register_app.exports.labels import text
from register_app.exports.view import country_name
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.document import FICHE_LEFT, IDS_SHEET, RegisterDocument
from register_app.services.placeholders import listed_places
from register_app.services.xlsx_import.reader import Sheet, Value, Workbook, cell_name, xlsx_sheets
from register_app.services.xlsx_import.report import Action, ReportLine

NOT_APPLIED: Final = (
    "cells changed since the export, not applied (this import takes them from the hidden identifiers "
    "sheet; make these changes in the application): {cells}"
)
# A fiche's label (column A) -> the activity's text field its value (column B) holds.
FICHE_FIELDS: Final = {"name_acronym": "name", "description": "description", "department": "department",
                       "software": "software"}  # fmt: skip
VALUE_COL: Final = 2  # column B; the right-hand value (precision, retention) starts FICHE_LEFT columns further
PRECISION_COL: Final = VALUE_COL + FICHE_LEFT
TRANSFER_RECIPIENT_COL, TRANSFER_COUNTRY_COL = VALUE_COL, VALUE_COL + 2  # B and D, two columns each


def apply_visible_edits(
    book: Workbook, document: RegisterDocument, lang: str, fiches: dict[str, str], list_sheet: str
) -> tuple[RegisterDocument, list[ReportLine]]:
    """`document` (read from the hidden sheet) with the fiche and organisation edits applied, and one
    line per applied field and per sheet with other changed cells. `fiches`: fiche sheet name ->
    activity uid; `list_sheet`: the sheet with the organisation blocks."""
    if lang not in ("fr", "en") or book.kind != "xlsx":
        return document, []
    language: Lang = "fr" if lang == "fr" else "en"
    snapshot = r.Snapshot(
        organisation=document.organisation, controllers=document.controllers, measures=document.measures,
        subprocessors=document.subprocessors, activities=document.activities, taken_at=book.created,
    )  # fmt: skip
    data = export_xlsx(snapshot, document.profile, language, findings=False)
    written = {sheet.name: sheet for sheet in xlsx_sheets(io.BytesIO(data), book.path) if sheet.name != IDS_SHEET}
    activities, organisation = {a.uid: a for a in document.activities}, document.organisation
    lines: list[ReportLine] = []
    for sheet in book.sheets:
        original = written.get(sheet.name)
        cells = _changed(original, sheet) if original is not None else []
        uid = fiches.get(sheet.name)
        if uid in activities and original is not None:
            activity = activities[uid]
            targets = _targets(activity, language)
            activities[uid], cells = _apply(
                activity, targets, original, sheet, cells, prefix=activity.reference, lines=lines
            )
        elif sheet.name == list_sheet and original is not None:
            targets = _organisation_targets(organisation, language)
            organisation, cells = _apply(organisation, targets, original, sheet, cells, prefix="", lines=lines)
        if cells:
            message = NOT_APPLIED.format(cells=listed_places(cell_name(row, col) for row, col in cells))
            lines.append(ReportLine(Action.AMBIGUOUS, sheet.name, cell_name(*cells[0]), message))
    activities_out = tuple(activities[a.uid] for a in document.activities)
    return dataclasses.replace(document, organisation=organisation, activities=activities_out), lines


Setter = Callable[[Any, str], Any]  # the object with the new text set, or None when it cannot be read (a country)


class Target(NamedTuple):
    old: str  # the text the export wrote in the cell
    put: Setter
    row: tuple[tuple[int, str], ...] = ()  # other cells of the row that must read as written (column, text)


Cells = list[tuple[int, int]]


def _apply(obj: Any, targets: dict[tuple[str, int], Target], original: Sheet, edited: Sheet, cells: Cells, *,
           prefix: str, lines: list[ReportLine]) -> tuple[Any, Cells]:  # fmt: skip
    """`obj` with the edited cells applied, and the changed cells left unapplied: those whose row label
    changed too, or holds no field mapped here, or whose original text is not what the field says."""
    left = []
    for row, col in cells:
        label = original.text(row, 1)
        target = targets.get((label, col)) if label == edited.text(row, 1) else None
        new = edited.text(row, col)
        written = target is not None and all(
            original.text(row, c) == shown.strip() for c, shown in ((col, target.old), *target.row)
        )
        changed = target.put(obj, new) if target is not None and written else None
        if target is None or changed is None:
            left.append((row, col))
            continue
        obj = changed
        where = f"{prefix} {label}".strip()
        lines.append(ReportLine(Action.UPDATE, edited.name, cell_name(row, col),
                                f"{where}: « {target.old} » → « {new} »"))  # fmt: skip
    return obj, left


def _targets(a: r.Activity, lang: Lang) -> dict[tuple[str, int], Target]:
    """(row label, column) -> the text the export wrote there, and how to set the DPO's new one."""
    targets = {(text(key, lang), VALUE_COL): Target(str(getattr(a, name) or ""), _field(name))
               for key, name in FICHE_FIELDS.items()}  # fmt: skip
    for i, p in enumerate(a.purposes):
        label = text("main_purpose", lang) if i == 0 else text("sub_purpose", lang, n=i)
        targets[(label, VALUE_COL)] = Target(p.description, _item("purposes", i, "description"))
    yes = text("yes", lang)  # what the fiche shows for a category collected without a description
    for i, category in enumerate(a.data_categories):
        label = catalogue(DATA_CATEGORIES).label(category.code, lang)
        targets[(label, VALUE_COL)] = Target(
            category.description or yes, _item("data_categories", i, "description", yes)
        )
    for group, row_key in (("data_subjects", "subject_n"), ("recipients", "recipient_n")):
        for i, item in enumerate(getattr(a, group)):
            targets[(text(row_key, lang, n=i + 1), PRECISION_COL)] = Target(
                item.precision, _item(group, i, "precision")
            )
    for i, transfer in enumerate(a.transfers):  # the fiche lists them in this order, then the subprocessors'
        label, country = text("transfer_n", lang, n=i + 1), country_name(transfer.country, lang)
        row = ((TRANSFER_RECIPIENT_COL, transfer.recipient), (TRANSFER_COUNTRY_COL, country))
        targets[(label, TRANSFER_RECIPIENT_COL)] = Target(transfer.recipient, _item("transfers", i, "recipient"), row)
        targets[(label, TRANSFER_COUNTRY_COL)] = Target(country, _country(i), row)
    return targets


CONTACT_COLS: Final = {"name": 2, "address": 5, "postcode": 6, "city": 7, "country": 8, "phone": 9, "email": 10}


def _organisation_targets(org: r.Organisation, lang: Lang) -> dict[tuple[str, int], Target]:
    """The list sheet's controller and representative rows and the legal form, trade names and websites."""
    targets = {(text(key, lang), VALUE_COL): Target(getattr(org, key), _field(key))
               for key in ("legal_form", "trade_names", "websites")}  # fmt: skip
    for key, name in (("controller", "identity"), ("representative", "representative")):
        contact: r.Contact = getattr(org, name)
        for field, col in CONTACT_COLS.items():
            shown = getattr(contact, field)
            if field == "country":
                shown = country_name(shown, lang)
            suffix = (
                f" ({text('siren', lang)} {org.siren})" if name == "identity" and field == "name" and org.siren else ""
            )
            targets[(text(key, lang), col)] = Target(shown + suffix, _contact(name, field, suffix))
    return targets


def _contact(name: str, field: str, suffix: str) -> Setter:
    """Sets a field of the organisation's contact `name`; a country by its name or code, a name shown
    with the SIREN only if the SIREN is still there."""

    def put(org: r.Organisation, new: str) -> r.Organisation | None:
        if suffix and not new.endswith(suffix):
            return None
        value = country_code(new) if field == "country" and new else new.removesuffix(suffix) if suffix else new
        if value is None:
            return None
        contact = dataclasses.replace(getattr(org, name), **{field: value})
        change: dict[str, Any] = {name: contact}
        return dataclasses.replace(org, **change)

    return put


def _country(index: int) -> Setter:
    def put(a: r.Activity, new: str) -> r.Activity | None:
        code = country_code(new) if new else ""
        return None if code is None else _item("transfers", index, "country")(a, code)

    return put


def _field(name: str) -> Setter:
    def put(obj: Any, new: str) -> Any:
        change: dict[str, Any] = {name: new}
        return dataclasses.replace(obj, **change)

    return put


def _item(group: str, index: int, name: str, empty: str = "") -> Setter:
    """Sets field `name` of the `index`-th item of `group`; `empty` is what the export shows for ''."""

    def put(a: r.Activity, new: str) -> r.Activity:
        items = getattr(a, group)
        item = dataclasses.replace(items[index], **{name: "" if new == empty else new})
        change: dict[str, Any] = {group: (*items[:index], item, *items[index + 1 :])}
        return dataclasses.replace(a, **change)

    return put


def _changed(original: Sheet, edited: Sheet) -> list[tuple[int, int]]:
    places = sorted(set(original.cells) | set(edited.cells))
    return [(row, col) for row, col in places if _same(original.get(row, col)) != _same(edited.get(row, col))]


def _same(value: Value | None) -> object:
    """A cell's value as a spreadsheet that re-saves the file may store it (a whole float, a date at midnight)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    if isinstance(value, str):
        return value.strip() or None
    return value
