"""Reading .xlsx (openpyxl) and .ods (`ods_reader`, streamed, no LibreOffice needed) into one small grid model:
sheets of cells addressed by row and column, values as text, numbers, dates or booleans. Formulas
are never evaluated: a formula comes in as its text ('=SUM(A1:A3)'), and each sheet lists the cells
that held a formula or a text that a spreadsheet could run (DDE: "=cmd|' /C calc'!A0", '@SUM(',
'+cmd|'), so the import can say so. Macros are never run; the workbook names the parts that hold
some. Comments are left out of a cell's text."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO, Any, Final

from openpyxl.utils import get_column_letter

from register_app.errors import UserError
from register_app.services.xlsx_import.guard import WorkbookTooLargeError, check_workbook_file, macro_parts

log = logging.getLogger(__name__)

MAX_ROWS: Final = 20_000
MAX_COLS: Final = 200

Value = str | float | int | bool | date | datetime
# A text a spreadsheet would run: a formula, a function call after + - @, or a DDE link (app|'topic'!item).
RUNNABLE = re.compile(r"^\s*(?:=|[+\-@]\s*[A-Za-z_][\w.]*\s*\(|[+\-@].*\|.*!)")


@dataclass
class Sheet:
    name: str
    hidden: bool = False
    cells: dict[tuple[int, int], Value] = field(default_factory=dict)  # (row, col), 1-based
    formulas: list[tuple[int, int]] = field(default_factory=list)  # cells whose text a spreadsheet would run

    def put(self, row: int, col: int, value: Value, *, formula: bool = False) -> None:
        self.cells[(row, col)] = value
        if formula or (isinstance(value, str) and RUNNABLE.match(value)):
            self.formulas.append((row, col))

    def get(self, row: int, col: int) -> Value | None:
        return self.cells.get((row, col))

    def text(self, row: int, col: int) -> str:
        value = self.cells.get((row, col))
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)

    def rows(self) -> Iterator[int]:
        return iter(sorted({r for r, _ in self.cells}))


@dataclass
class Workbook:
    path: Path
    kind: str
    sheets: list[Sheet]
    macros: tuple[str, ...] = ()  # parts of the file that hold macros (never run)
    created: datetime | None = None  # when the file says it was made (an .xlsx's document properties)

    def sheet(self, name: str) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)


def cell_name(row: int, col: int) -> str:
    return f"{get_column_letter(col)}{row}"


class DamagedWorkbookError(UserError):
    """{path} looks like a workbook but cannot be read (it may be damaged): open it, save it again, import the copy."""

    fr = ("{path} ressemble à un classeur mais ne peut pas être lu (il est peut-être endommagé) ; ouvrez-le dans "
          "votre tableur, enregistrez-le à nouveau et importez le nouveau fichier.")  # fmt: skip


def read_workbook(path: Path) -> Workbook:
    """The workbook's cells; raises a UserError for files that are not workbooks, protected, too large or
    damaged."""
    from register_app.services.xlsx_import.ods_reader import read_ods_sheets

    kind = check_workbook_file(path)
    try:
        if kind == "ods":
            return Workbook(path, kind, read_ods_sheets(path), macro_parts(path))
        with path.open("rb") as handle:
            sheets, created = _read_xlsx(handle, path)
        return Workbook(path, kind, sheets, macro_parts(path), created)
    except UserError:
        raise
    except Exception as exc:  # the parsers' own errors on damaged bytes are many and undocumented
        # below WARNING: on the command line Python's last-resort handler would print the traceback
        log.info("cannot read workbook %s", path, exc_info=True)
        raise DamagedWorkbookError(path=path) from exc


def too_large(path: Path, sheet: str) -> WorkbookTooLargeError:
    reason = f"sheet '{sheet}' has more than {MAX_ROWS} rows or {MAX_COLS} columns"
    return WorkbookTooLargeError(path=path, reason=reason)


def xlsx_sheets(source: IO[bytes], path: Path) -> list[Sheet]:
    """The sheets of an .xlsx read from `source` (`path` names it in errors)."""
    return _read_xlsx(source, path)[0]


def _read_xlsx(source: IO[bytes], path: Path) -> tuple[list[Sheet], datetime | None]:
    import openpyxl

    book = openpyxl.load_workbook(source, read_only=True, data_only=False)
    created = book.properties.created
    return _xlsx_sheets(path, book), created if isinstance(created, datetime) else None


def _xlsx_sheets(path: Path, book: Any) -> list[Sheet]:
    try:
        sheets = []
        for ws in book.worksheets:
            sheet = Sheet(ws.title, hidden=ws.sheet_state != "visible")
            # The sheet's <dimension> may be missing or lie (a smaller range than its rows): openpyxl
            # would then stop early and lose rows, so read to the end; MAX_ROWS stops what is too large.
            ws.reset_dimensions()
            for row in ws.iter_rows():
                for cell in row:
                    value = getattr(cell, "value", None)
                    if value is None or value == "":
                        continue
                    if cell.row > MAX_ROWS or cell.column > MAX_COLS:
                        raise too_large(path, ws.title)
                    formula = getattr(cell, "data_type", "") == "f"
                    if formula and not isinstance(value, str):  # an array or data-table formula
                        value = str(getattr(value, "text", "") or value)
                    sheet.put(cell.row, cell.column, value, formula=formula)
            sheets.append(sheet)
        return sheets
    finally:
        book.close()


def same_value(written: Value | None, read: Value | None) -> bool:
    """Whether a cell reads as written, as a spreadsheet that re-saves the file may store it: a whole
    float as an integer, a date at midnight as a date, a time to the hundredth of a second (LibreOffice)."""
    first, second = _plain(written), _plain(read)
    if isinstance(first, datetime) and isinstance(second, datetime):
        return abs(first - second) < timedelta(seconds=1)
    return first == second


def _plain(value: Value | None) -> object:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    if isinstance(value, str):
        return value.strip() or None
    return value


def one_line(value: Value | None) -> str:
    """A cell's value on one line of a report: a date as 31/12/2026, a time of day only when it has one,
    a text's lines joined by ' / '."""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M" if value.time() != datetime.min.time() else "%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    text = "" if value is None else str(int(value) if isinstance(value, float) and value.is_integer() else value)
    return " / ".join(part.strip() for part in text.splitlines())
