"""The fast paths of the Excel export give what openpyxl's own ways give: the sheets written as the
same XML documents openpyxl writes, cells typed and styled as `cell.value = ...` and the style
assignments do, merged ranges as openpyxl builds them, row heights without creating the empty cells."""

from __future__ import annotations

import io
from copy import copy
from datetime import date
from typing import Any

import pytest
from exports.xlsx.helpers import xml_parts
from exports.xlsx.sample_book import STYLES, VALUES, sample_book
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.merge import MergedCellRange

from register_app.exports.xlsx import styles
from register_app.exports.xlsx.cells import merge_row, merged_range, put
from register_app.exports.xlsx.workbook_writer import StreamedBook, release_rows, sheet_data


def save(book: Workbook) -> bytes:
    """The whole workbook written at once, every sheet at the save."""
    return StreamedBook(book).save()


def _openpyxl_bytes(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_sheets_are_written_as_openpyxl_writes_them():
    assert xml_parts(save(sample_book())) == xml_parts(_openpyxl_bytes(sample_book()))


def test_sheets_written_out_once_finished_give_the_same_workbook_and_leave_memory():
    book = Workbook()
    out = StreamedBook(book)
    sample_book(out.write_finished, book)
    assert [len(ws._cells) for ws in book.worksheets] == [0, 0]
    assert [len(ws.merged_cells.ranges) for ws in book.worksheets] == [0, 0]
    assert xml_parts(out.save()) == xml_parts(_openpyxl_bytes(sample_book()))


def test_a_sheet_moved_after_it_was_written_out_is_refused():
    book = Workbook()
    out = StreamedBook(book)
    sample_book(out.write_finished, book)
    book.move_sheet("Fiche", -1)
    with pytest.raises(RuntimeError, match="Fiche"):
        out.save()


def test_a_sheet_with_a_formula_a_comment_or_conditional_formatting_is_left_to_openpyxl():
    def book_with(extra: str) -> Workbook:
        book = sample_book()
        cell = book["Fiche"].cell(row=5, column=1)
        if extra == "formula":
            cell.value = "=1+1"
        elif extra == "comment":
            cell.value = "noté"
            cell.comment = Comment("une remarque", "tests")
        else:
            book["Fiche"].conditional_formatting.add("A1:A5", CellIsRule(operator="equal", formula=['"Fiche"'],
                                                                         font=Font(bold=True)))  # fmt: skip
        return book

    for extra in ("formula", "comment"):
        assert sheet_data(book_with(extra)["Fiche"]) is None
        assert sheet_data(book_with(extra)["Liste"]) is not None
    for extra in ("formula", "comment", "conditional formatting"):
        assert xml_parts(save(book_with(extra))) == xml_parts(_openpyxl_bytes(book_with(extra)))


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("style", STYLES)
def test_a_cell_is_typed_and_styled_as_openpyxl_would(value: Any, style: styles.CellStyle | None):
    fmt = "DD/MM/YYYY" if isinstance(value, date) else ""
    fast = Workbook().active
    put(fast, 1, 1, "un premier texte", style)  # the workbook's style cache is filled by a first cell
    cell = put(fast, 2, 1, value, style, number_format=fmt)
    slow = Workbook().active
    expected = slow.cell(row=2, column=1)  # openpyxl's own way, as put() did it before its fast path
    if isinstance(value, str):
        expected.value = value
        expected.data_type = "s"  # our rule over openpyxl's: "#N/A" stays text, not an error cell
        if value.startswith(("=", "+", "-", "@")):
            expected.data_type = "s"
            expected.quotePrefix = True
    else:
        expected.value = value
    if style is not None:
        expected.font = style.font
        if style.fill is not None:
            expected.fill = style.fill
        expected.alignment = Alignment(wrap_text=style.wrap, vertical="top", horizontal=style.horizontal)
        if style.border:
            expected.border = styles.BOX
    if fmt:
        expected.number_format = fmt
    def seen(x: Any) -> tuple[Any, ...]:  # openpyxl's style proxies compare only once copied
        return (x.value, x.data_type, copy(x.font), copy(x.fill), copy(x.border), copy(x.alignment), x.number_format,
                x.quotePrefix, x.has_style)  # fmt: skip

    assert seen(cell) == seen(expected)


def test_a_merged_range_is_the_one_openpyxl_builds():
    ws = Workbook().active
    put(ws, 4, 2, "début", styles.BODY)
    built = merged_range(ws, 4, 2, 6)
    parsed = MergedCellRange(ws, "B4:F4")
    assert built.__dict__ == parsed.__dict__
    assert built == parsed and hash(built) == hash(parsed) and built.coord == "B4:F4"


def test_row_heights_come_from_the_text_without_creating_empty_cells():
    ws = Workbook().active
    styles.set_widths(ws, [10, 20])
    put(ws, 1, 1, "court", styles.BODY)
    put(ws, 3, 2, "x" * 100, styles.BODY)  # 21 characters a line in 20 units: 5 lines
    put(ws, 5, 1, "un\ndeux\ntrois", styles.BODY)
    put(ws, 7, 1, "y" * 60, styles.BODY)
    merge_row(ws, 7, 1, 2)  # 30 units merged: 32 characters a line, 2 lines
    cells = len(ws._cells)
    styles.fit_row_heights(ws)
    assert len(ws._cells) == cells
    heights = {row: dim.height for row, dim in ws.row_dimensions.items() if dim.height}
    assert heights == {3: 5 * styles.LINE_HEIGHT + 2, 5: 3 * styles.LINE_HEIGHT + 2, 7: 2 * styles.LINE_HEIGHT + 2}


def test_rows_let_go_of_as_a_sheet_is_written_give_the_same_workbook():
    book = Workbook()
    out = StreamedBook(book)

    def done() -> None:  # the first sheet's links (rows 1 and 3) and part of its merged rows let go of early
        ws = book.worksheets[-1]
        for before in (2, 8, len(VALUES) + 4, len(VALUES) + 4, 3):  # the same row again, or an earlier one: nothing
            release_rows(ws, before)
        assert all(row >= len(VALUES) + 4 for row, _ in ws._cells)
        out.write_finished()

    sample_book(done, book)
    assert xml_parts(out.save()) == xml_parts(_openpyxl_bytes(sample_book()))


def test_a_sheet_with_a_formula_keeps_its_rows():
    book = Workbook()
    ws = book.active
    put(ws, 1, 1, "texte", styles.BODY)
    ws["A2"] = "=1+1"
    release_rows(ws, 3)
    assert len(ws._cells) == 2
    part = "xl/worksheets/sheet1.xml"
    assert xml_parts(save(book))[part] == xml_parts(_openpyxl_bytes(book))[part]
