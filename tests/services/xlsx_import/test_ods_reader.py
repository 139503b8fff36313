"""The streaming .ods reader keeps what a cell shows: repeated and covered (merged) cells in their
columns, repeated rows, spaces, tabs and line breaks, no comment text, formulas as their text,
numbers, dates and booleans, and hidden sheets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from support.hostile_files import NS, ods

from register_app.services.xlsx_import.reader import read_workbook

STYLES = (
    '<office:automatic-styles><style:style style:name="ta2" style:family="table">'
    '<style:table-properties table:display="false"/></style:style></office:automatic-styles>'
)
BODY = (
    '<table:table table:name="Liste">'
    "<table:table-row>"
    '<table:table-cell table:number-columns-spanned="2"><text:p>Fusion</text:p></table:table-cell>'
    '<table:covered-table-cell table:number-columns-repeated="2"/>'
    '<table:table-cell><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d</text:p>'
    "<office:annotation><text:p>un commentaire</text:p></office:annotation></table:table-cell>"
    "</table:table-row>"
    '<table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>'
    '<table:table-row table:number-rows-repeated="2">'
    '<table:table-cell table:number-columns-repeated="2" office:value-type="float" office:value="2.0"/>'
    '<table:table-cell office:value-type="date" office:date-value="2026-03-01"/>'
    '<table:table-cell office:value-type="boolean" office:boolean-value="true"/>'
    '<table:table-cell table:formula="of:=SUM([.A1:.A3])" office:value-type="float" office:value="6"/>'
    "</table:table-row>"
    "</table:table>"
    '<table:table table:name="Cachée" table:style-name="ta2"><table:table-row>'
    "<table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>"
)


def test_ods_cells_read_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    content = (
        f'<?xml version="1.0"?><office:document-content {NS} '
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">'
        f"{STYLES}<office:body><office:spreadsheet>{BODY}</office:spreadsheet></office:body></office:document-content>"
    )
    book = read_workbook(ods(tmp_path / "cells.ods", content.encode()))

    listing, hidden = book.sheets
    assert (listing.name, listing.hidden, hidden.name, hidden.hidden) == ("Liste", False, "Cachée", True)
    assert listing.cells == {
        (1, 1): "Fusion",
        (1, 4): "a   b\tc\nd",
        **{(row, col): 2 for row in (5, 6) for col in (1, 2)},
        **{(row, 3): date(2026, 3, 1) for row in (5, 6)},
        **{(row, 4): True for row in (5, 6)},
        **{(row, 5): "=SUM([.A1:.A3])" for row in (5, 6)},
    }
    assert listing.formulas == [(5, 5), (6, 5)]
