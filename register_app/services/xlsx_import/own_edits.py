"""The cells a DPO changed in a workbook this app exported: the import writes the same workbook again
from the records of its hidden identifiers sheet and compares the visible sheets cell by cell, so no
change made in Excel or LibreOffice passes unseen. Changes are named by sheet and cell; the records
themselves still come from the hidden sheet (applying visible edits field by field is not done yet)."""

from __future__ import annotations

import io
from datetime import datetime
from typing import Final

from register_app.exports.json_export import RegisterDocument
from register_app.exports.xlsx.ids_sheet import SHEET
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import records as r
from register_app.services.placeholders import listed_places
from register_app.services.xlsx_import.reader import Sheet, Value, Workbook, cell_name, xlsx_sheets
from register_app.services.xlsx_import.report import Action, ReportLine

NOT_APPLIED: Final = (
    "cells changed since the export, not applied (this import takes each object from the hidden "
    "identifiers sheet; make these changes in the application): {cells}"
)


def edited_cell_lines(book: Workbook, document: RegisterDocument, lang: str) -> list[ReportLine]:
    """One line per visible sheet whose cells differ from what the export wrote for `document`."""
    if lang not in ("fr", "en") or book.kind != "xlsx":
        return []
    snapshot = r.Snapshot(
        organisation=document.organisation, controllers=document.controllers, measures=document.measures,
        subprocessors=document.subprocessors, activities=document.activities, taken_at=book.created,
    )  # fmt: skip
    data = export_xlsx(snapshot, document.profile, lang, findings=False)  # type: ignore[arg-type]
    written = {sheet.name: sheet for sheet in xlsx_sheets(io.BytesIO(data), book.path) if sheet.name != SHEET}
    lines = []
    for sheet in book.sheets:
        original = written.get(sheet.name)
        if original is not None:
            cells = _changed(original, sheet)
            if cells:
                message = NOT_APPLIED.format(cells=listed_places(cells))
                lines.append(ReportLine(Action.AMBIGUOUS, sheet.name, cells[0], message))
    return lines


def _changed(original: Sheet, edited: Sheet) -> list[str]:
    places = sorted(set(original.cells) | set(edited.cells))
    return [cell_name(row, col) for row, col in places if _same(original.get(row, col)) != _same(edited.get(row, col))]


def _same(value: Value | None) -> object:
    """A cell's value as a spreadsheet that re-saves the file may store it (a whole float, a date at midnight)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    if isinstance(value, str):
        return value.strip() or None
    return value
