"""Reading an exported workbook back the way a user would see it."""

from __future__ import annotations

import io
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet


def load(data: bytes) -> Any:
    return openpyxl.load_workbook(io.BytesIO(data))


def rows(ws: Worksheet) -> list[list[Any]]:
    return [[c.value for c in row] for row in ws.iter_rows()]


def row_of(ws: Worksheet, label: str, col: int = 1) -> list[Any]:
    """The first row whose cell in `col` equals `label`, as values."""
    for row in ws.iter_rows():
        if row[col - 1].value == label:
            return [c.value for c in row]
    raise AssertionError(f"no row labelled {label!r} in {ws.title}")


def texts(book: Any, *, visible_only: bool = True) -> str:
    return "\n".join(str(c.value) for ws in book.worksheets if not visible_only or ws.sheet_state == "visible"
                     for row in ws.iter_rows() for c in row if c.value is not None)  # fmt: skip
