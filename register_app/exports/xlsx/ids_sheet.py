"""The hidden technical sheet: one row per object with its stable identifier, where it is shown,
and its record as JSON, so that importing the workbook again updates objects instead of
duplicating them, and loses nothing a visible cell cannot hold. Its layout is services/document.py's
(the import reads it there)."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from register_app import __version__
from register_app.exports.xlsx.cells import put
from register_app.exports.xlsx.sheet_context import Context
from register_app.exports.xlsx.table import RELEASE_EVERY
from register_app.exports.xlsx.workbook_writer import release_rows
from register_app.services import records as r
from register_app.services.document import (
    IDS_CHUNK,
    IDS_FIRST_DATA_COL,
    IDS_FORMAT_VERSION,
    IDS_HEADERS,
    IDS_KINDS,
    IDS_SHEET,
    IDS_SIGNATURE,
)


def write_ids(book: Workbook, ctx: Context, list_title: str, *, dismissed: bool = False) -> None:
    """The hidden sheet; with `dismissed` (when the workbook shows the findings), the dismissed findings too."""
    ws = book.create_sheet(IDS_SHEET)
    ws.sheet_state = "hidden"
    first = (IDS_SIGNATURE, IDS_FORMAT_VERSION, ctx.profile.value, ctx.lang, f"register_app {__version__}")
    for col, value in enumerate(first, start=1):
        put(ws, 1, col, value)
    for col, value in enumerate(IDS_HEADERS, start=1):
        put(ws, 2, col, value)
    snap = ctx.snapshot
    rows: list[tuple[str, str, str, object]] = [("organisation", "organisation", list_title, snap.organisation)]
    rows += [("controller", c.uid, "", c) for c in snap.controllers]
    rows += [("measure", m.uid, ctx.t("sheet_measures"), m) for m in snap.measures]
    rows += [("subprocessor", s.uid, ctx.t("sheet_subprocessors"), s) for s in snap.subprocessors]
    rows += [("activity", a.uid, ctx.fiche_names[a.uid], a) for a in snap.activities]
    if dismissed and ctx.full:  # so that a finding the DPO set aside stays aside in the register it goes into
        rows += [("dismissed_finding", d.object_uid, "", d) for d in snap.dismissed_findings]
    for i, (kind, uid, sheet, record) in enumerate(rows, start=3):
        data = r.adapter(IDS_KINDS[kind]).dump_json(record).decode("utf-8")
        for col, value in enumerate((kind, uid, sheet, "A1"), start=1):
            put(ws, i, col, value)
        for j in range(0, len(data), IDS_CHUNK):
            ws.cell(row=i, column=IDS_FIRST_DATA_COL + j // IDS_CHUNK, value=data[j : j + IDS_CHUNK]).data_type = "s"
        if i % RELEASE_EVERY == 0:  # the records' JSON is most of the sheet: let go of the rows written
            release_rows(ws, i + 1)
