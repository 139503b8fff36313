"""Reading .xlsx (openpyxl) and .ods (odfpy, no LibreOffice needed) into one small grid model:
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
from datetime import date, datetime
from pathlib import Path
from typing import Any, Final

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

    def sheet(self, name: str) -> Sheet | None:
        return next((s for s in self.sheets if s.name == name), None)


def cell_name(row: int, col: int) -> str:
    return f"{get_column_letter(col)}{row}"


class DamagedWorkbookError(UserError):
    """{path} looks like a workbook but cannot be read (it may be damaged); open it in your spreadsheet, save it
    again and import the new file."""

    fr = ("{path} ressemble à un classeur mais ne peut pas être lu (il est peut-être endommagé) ; ouvrez-le dans "
          "votre tableur, enregistrez-le à nouveau et importez le nouveau fichier.")  # fmt: skip


def read_workbook(path: Path) -> Workbook:
    """The workbook's cells; raises a UserError for files that are not workbooks, protected, too large or
    damaged."""
    kind = check_workbook_file(path)
    try:
        sheets = _read_xlsx(path) if kind == "xlsx" else _read_ods(path)
        return Workbook(path, kind, sheets, macro_parts(path))
    except UserError:
        raise
    except Exception as exc:  # the parsers' own errors on damaged bytes are many and undocumented
        log.warning("cannot read workbook %s", path, exc_info=True)
        raise DamagedWorkbookError(path=path) from exc


def _too_large(path: Path, sheet: str) -> WorkbookTooLargeError:
    reason = f"sheet '{sheet}' has more than {MAX_ROWS} rows or {MAX_COLS} columns"
    return WorkbookTooLargeError(path=path, reason=reason)


def _read_xlsx(path: Path) -> list[Sheet]:
    import openpyxl

    with path.open("rb") as handle:
        return _xlsx_sheets(path, openpyxl.load_workbook(handle, read_only=True, data_only=False))


def _xlsx_sheets(path: Path, book: Any) -> list[Sheet]:
    try:
        sheets = []
        for ws in book.worksheets:
            sheet = Sheet(ws.title, hidden=ws.sheet_state != "visible")
            for row in ws.iter_rows():
                for cell in row:
                    value = getattr(cell, "value", None)
                    if value is None or value == "":
                        continue
                    if cell.row > MAX_ROWS or cell.column > MAX_COLS:
                        raise _too_large(path, ws.title)
                    formula = getattr(cell, "data_type", "") == "f"
                    if formula and not isinstance(value, str):  # an array or data-table formula
                        value = str(getattr(value, "text", "") or value)
                    sheet.put(cell.row, cell.column, value, formula=formula)
            sheets.append(sheet)
        return sheets
    finally:
        book.close()


def _read_ods(path: Path) -> list[Sheet]:
    from odf.namespaces import TABLENS
    from odf.opendocument import load
    from odf.table import Table

    doc = load(str(path))
    sheets = []
    for table in doc.spreadsheet.getElementsByType(Table):
        name = str(table.getAttribute("name"))
        sheet = Sheet(name, hidden=_ods_hidden(doc, table))
        row_no = 0
        for row in _children(table, TABLENS, ("table-row",), ("table-rows", "table-header-rows", "table-row-group")):
            repeat = int(row.getAttribute("numberrowsrepeated") or 1)
            values = _ods_row(row)
            if not values:
                row_no += repeat
                continue
            if row_no + repeat > MAX_ROWS or max(values) > MAX_COLS:
                raise _too_large(path, name)
            for _ in range(repeat):
                row_no += 1
                for col, (value, formula) in values.items():
                    sheet.put(row_no, col, value, formula=formula)
        sheets.append(sheet)
    return sheets


def _children(node: Any, ns: str, wanted: tuple[str, ...], groups: tuple[str, ...]) -> Iterator[Any]:
    for child in node.childNodes:
        if child.qname[0] != ns:
            continue
        if child.qname[1] in wanted:
            yield child
        elif child.qname[1] in groups:
            yield from _children(child, ns, wanted, groups)


def _ods_row(row: Any) -> dict[int, tuple[Value, bool]]:
    """Column -> (value, whether it is a formula's text)."""
    from odf.namespaces import TABLENS

    values: dict[int, tuple[Value, bool]] = {}
    col = 0
    for cell in row.childNodes:
        if cell.qname[0] != TABLENS or cell.qname[1] not in ("table-cell", "covered-table-cell"):
            continue
        repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
        formula = str(cell.getAttribute("formula") or "") if cell.qname[1] == "table-cell" else ""
        value = _ods_value(cell) if cell.qname[1] == "table-cell" and not formula else None
        if formula:  # 'of:=SUM([.A1:.A3])': the formula itself, never its stored result
            value = "=" + formula.split(":", 1)[-1].lstrip("=") if formula.startswith(("of:", "oooc:")) else formula
        if value is None or value == "":
            col += repeat
            continue
        for _ in range(min(repeat, MAX_COLS + 1)):
            col += 1
            values[col] = (value, bool(formula))
        col += max(0, repeat - MAX_COLS - 1)
    return values


def _ods_value(cell: Any) -> Value | None:
    kind = cell.getAttribute("valuetype")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.getAttribute("value"))
        return int(number) if number.is_integer() else number
    if kind == "date":
        raw = str(cell.getAttribute("datevalue"))
        return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
    if kind == "boolean":
        return str(cell.getAttribute("booleanvalue")) == "true"
    return "\n".join(_paragraph_text(p) for p in _paragraphs(cell)).strip() or None


def _paragraphs(cell: Any) -> list[Any]:
    from odf.namespaces import TEXTNS

    return [p for p in cell.childNodes if p.qname == (TEXTNS, "p")]  # not office:annotation's own


def _paragraph_text(node: Any) -> str:
    from odf.namespaces import OFFICENS, TEXTNS

    parts: list[str] = []
    for child in node.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(str(child.data))
        elif child.qname == (TEXTNS, "s"):
            parts.append(" " * int(child.getAttribute("c") or 1))
        elif child.qname == (TEXTNS, "tab"):
            parts.append("\t")
        elif child.qname == (TEXTNS, "line-break"):
            parts.append("\n")
        elif child.qname[0] != OFFICENS:  # spans, links; skip annotations
            parts.append(_paragraph_text(child))
    return "".join(parts)


def _ods_hidden(doc: Any, table: Any) -> bool:
    style_name = table.getAttribute("stylename")
    if not style_name:
        return False
    from odf.namespaces import STYLENS, TABLENS

    for style in doc.automaticstyles.childNodes:
        if style.qname == (STYLENS, "style") and style.getAttribute("name") == style_name:
            for prop in style.childNodes:
                if prop.qname == (STYLENS, "table-properties"):
                    return str(prop.attributes.get((TABLENS, "display"), "true")) == "false"
    return False
