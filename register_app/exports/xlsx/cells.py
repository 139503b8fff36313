"""Writing user text into cells safely: a text that looks like a formula stays text in Excel and
LibreOffice, characters XML forbids never reach the file, and a text longer than a cell can hold
is cut visibly (the hidden identifiers sheet keeps it whole)."""

from __future__ import annotations

import re
from copy import copy
from datetime import date, datetime
from typing import Any, Final

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_PREFIXES: Final = ("=", "+", "-", "@", "\t", "\r")
XML_FORBIDDEN: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
CELL_MAX: Final = 32_767  # Excel's limit per cell
CUT_MARK: Final = " […]"
MERGE_CACHE: Final = "_register_app_merges"  # attribute of a workbook: border id -> merged cells' styles
ARRAY_CACHE: Final = "_register_app_arrays"  # attribute of a workbook: (style, format, quoted) -> StyleArray


def clean_text(value: str) -> str:
    """What may be written in a cell: forbidden characters shown as �, line ends as \\n, and
    at most CELL_MAX characters."""
    text = XML_FORBIDDEN.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > CELL_MAX:
        text = text[: CELL_MAX - len(CUT_MARK)] + CUT_MARK
    return text


def put(ws: Worksheet, row: int, col: int, value: Any, style: Any = None, *, number_format: str = "") -> Cell:
    """Write a value (text, number, date) into a cell, with an optional CellStyle."""
    if (row, col) not in ws._cells and (value is None or isinstance(value, str)):
        return _put_text(ws, row, col, value, style=style, number_format=number_format)
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # openpyxl would make "#N/A" an error cell
        if value.startswith(FORMULA_PREFIXES) or text.startswith("="):
            cell.data_type = "s"  # stored as a string, never as a formula
            cell.quotePrefix = True  # and kept as text when the cell is edited
    elif isinstance(value, datetime):
        cell.value = value.replace(tzinfo=None)
    elif isinstance(value, date) or value is None or isinstance(value, int | float):
        cell.value = value
    else:
        put(ws, row, col, str(value))
    if style is not None:
        style.apply(cell)
    if number_format:
        cell.number_format = number_format
    return cell


def _put_text(ws: Worksheet, row: int, col: int, value: str | None, *, style: Any, number_format: str) -> Cell:
    """put() for text or nothing in a new cell: what `cell.value = text` and the style's
    assignments do, without their checks (clean_text made the text valid) and with the cell's
    style indices copied from the first cell styled alike in the workbook."""
    cell = ws._cells[(row, col)] = Cell(ws, row=row, column=col)
    quote = False
    if value is not None:
        text = cell._value = clean_text(value)
        quote = value.startswith(FORMULA_PREFIXES) or text.startswith("=")
        cell.data_type = "s"  # text, even when it reads like an error code ("#N/A"): never an Excel error
    if style is None and not number_format and not quote:
        return cell
    cache: dict[tuple[int, str, bool], tuple[Any, StyleArray]] | None = getattr(ws.parent, ARRAY_CACHE, None)
    if cache is None:
        cache = {}
        setattr(ws.parent, ARRAY_CACHE, cache)
    key = (id(style), number_format, quote)
    found = cache.get(key)
    if found is not None:
        cell._style = StyleArray(found[1])
        return cell
    if quote:
        cell.quotePrefix = True  # kept as text when the cell is edited
    if style is not None:
        style.apply(cell)
    if number_format:
        cell.number_format = number_format
    cache[key] = (style, StyleArray(cell._style))  # the style is kept so that its id is not reused
    return cell


def merge_row(ws: Worksheet, row: int, first: int, last: int) -> None:
    """Merge columns first..last of one row whose first cell is written, as ws.merge_cells does
    (the merged cells carry the first cell's border on the range's edges). openpyxl rebuilds those
    borders for every range, hashing each piece; here they are computed once per border per
    workbook and copied."""
    start = ws._cells[(row, first)]
    border_id = start._style.borderId if start._style is not None else 0
    cache: dict[int, list[Any]] | None = getattr(ws.parent, MERGE_CACHE, None)
    if cache is None:
        cache = {}
        setattr(ws.parent, MERGE_CACHE, cache)
    styles = cache.setdefault(border_id, [None, None])  # [a middle cell's style, the last cell's]
    if (last > first + 1 and styles[0] is None) or styles[1] is None:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
        if last > first + 1:
            styles[0] = copy(ws._cells[(row, first + 1)]._style)
        styles[1] = copy(ws._cells[(row, last)]._style)
        return
    ws.merged_cells.ranges.add(merged_range(ws, row, first, last))
    for col in range(first + 1, last + 1):
        cell = MergedCell(ws, row=row, column=col)
        style = styles[1] if col == last else styles[0]
        cell._style = StyleArray(style) if style is not None else None
        ws._cells[(row, col)] = cell


def merged_range(ws: Worksheet, row: int, first: int, last: int) -> MergedCellRange:
    """MergedCellRange(ws, "B5:D5") for a range whose first cell exists and whose other cells do
    not yet: the same attributes, set directly (openpyxl's descriptors only validate and store
    in the instance's dictionary) instead of formatting and parsing the coordinates back."""
    merged = MergedCellRange.__new__(MergedCellRange)
    merged.__dict__.update(ws=ws, min_col=first, min_row=row, max_col=last, max_row=row, title=None,
                           start_cell=ws._cells[(row, first)])  # fmt: skip
    return merged
