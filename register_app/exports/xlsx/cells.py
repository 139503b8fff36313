"""Writing user text into cells safely: a text that looks like a formula stays text in Excel and
LibreOffice, characters XML forbids never reach the file, and a text longer than a cell can hold
is cut visibly (the hidden identifiers sheet keeps it whole)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any, Final

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_PREFIXES: Final = ("=", "+", "-", "@", "\t", "\r")
XML_FORBIDDEN: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
CELL_MAX: Final = 32_767  # Excel's limit per cell
CUT_MARK: Final = " […]"


def clean_text(value: str) -> str:
    """What may be written in a cell: forbidden characters shown as �, line ends as \\n, and
    at most CELL_MAX characters."""
    text = XML_FORBIDDEN.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > CELL_MAX:
        text = text[: CELL_MAX - len(CUT_MARK)] + CUT_MARK
    return text


def put(ws: Worksheet, row: int, col: int, value: Any, style: Any = None, *, number_format: str = "") -> Cell:
    """Write a value (text, number, date) into a cell, with an optional CellStyle."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
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
