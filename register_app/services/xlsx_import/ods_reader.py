"""Reading an .ods workbook by streaming its `content.xml` through expat: cells are kept as they are
read and every element is forgotten once handled, so memory stays bounded whatever the file holds
(a DOM of a 280 MB `content.xml` took 6.75 GB). The limits are checked while reading: rows and columns
that hold values, cells, text and elements read. A DOCTYPE or an entity declaration (never written by
a spreadsheet, the way to an entity bomb or an external-entity read) refuses the file."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Final, NoReturn
from xml.parsers import expat

from register_app.errors import UserError
from register_app.services.xlsx_import.guard import WorkbookTooLargeError
from register_app.services.xlsx_import.reader import MAX_COLS, MAX_ROWS, Sheet, Value, too_large

TABLE: Final = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT: Final = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE: Final = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE: Final = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

MAX_ELEMENTS: Final = 2_000_000  # about 10 s of reading; a register's workbook has a few hundred thousand
# Row and cell elements as written, empty or not (a spreadsheet writes a run of empty ones as one):
# a sheet within MAX_ROWS and MAX_COLS needs at most about twice as many.
MAX_ROW_ELEMENTS: Final = 2 * MAX_ROWS
MAX_CELL_ELEMENTS: Final = 4 * MAX_COLS
MAX_CELLS: Final = 1_000_000  # cells holding a value, repeated ones counted each time
MAX_TEXT: Final = 50_000_000  # characters kept, all cells together
CHUNK: Final = 1024 * 1024


class UnsafeWorkbookError(UserError):
    """{path} declares XML entities or a document type, which a spreadsheet never writes; it was refused unread."""

    fr = ("{path} déclare des entités XML ou un type de document, ce qu'un tableur n'écrit jamais ; il a été "
          "refusé sans être lu.")


def read_ods_sheets(path: Path) -> list[Sheet]:
    """The sheets of an .ods file (already checked by the guard), read as `reader.read_workbook` says."""
    handler = _Handler(path)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = handler.refuse
    parser.EntityDeclHandler = handler.refuse
    parser.ExternalEntityRefHandler = handler.refuse
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.characters
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as stream:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    return handler.sheets


class _Handler:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.sheets: list[Sheet] = []
        self.hidden_styles: set[str] = set()
        self.style = ""  # the table style being read in the automatic styles
        self.sheet: Sheet | None = None
        self.row_no = 0
        self.row_elements = 0  # in the current sheet
        self.cell_elements = 0  # in the current row
        self.row_repeat = 1
        self.row: dict[int, tuple[Value, bool]] = {}
        self.col = 0
        self.cell: dict[str, str] | None = None  # the attributes of the cell being read
        self.covered = False  # whether it is covered by a merged cell (its value is not its own)
        self.cell_depth = 0  # elements open inside the current cell
        self.paragraphs: list[list[str]] = []
        self.in_paragraph = 0  # depth inside one of the cell's own paragraphs (0: outside)
        self.skipped = 0  # depth inside an office element (an annotation) within a paragraph
        self.elements = 0
        self.cells = 0
        self.text = 0

    def refuse(self, *_: object) -> NoReturn:
        raise UnsafeWorkbookError(path=self.path)

    def too_large(self, reason: str) -> WorkbookTooLargeError:
        return WorkbookTooLargeError(path=self.path, reason=reason)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise self.too_large(f"more than {MAX_ELEMENTS:,} XML elements")
        if self.cell is not None:
            self._start_in_cell(name, attrs)
        elif name == f"{TABLE} table":
            hidden = attrs.get(f"{TABLE} style-name") in self.hidden_styles
            self.sheet = Sheet(attrs.get(f"{TABLE} name", ""), hidden=hidden)
            self.row_no, self.row_elements = 0, 0
        elif self.sheet is None:
            self._start_style(name, attrs)
        elif name == f"{TABLE} table-row":
            self.row_elements += 1
            if self.row_elements > MAX_ROW_ELEMENTS:
                raise too_large(self.path, self.sheet.name)
            self.row_repeat = _count(attrs.get(f"{TABLE} number-rows-repeated"))
            self.row, self.col, self.cell_elements = {}, 0, 0
        elif name in (f"{TABLE} table-cell", f"{TABLE} covered-table-cell"):
            self.cell_elements += 1
            if self.cell_elements > MAX_CELL_ELEMENTS:
                raise too_large(self.path, self.sheet.name)
            self.cell, self.covered = attrs, name == f"{TABLE} covered-table-cell"  # covered: merged into another
            self.cell_depth, self.paragraphs = 0, []

    def _start_style(self, name: str, attrs: dict[str, str]) -> None:
        if name == f"{STYLE} style":
            self.style = attrs.get(f"{STYLE} name", "")
        elif name == f"{STYLE} table-properties" and attrs.get(f"{TABLE} display") == "false":
            self.hidden_styles.add(self.style)

    def _start_in_cell(self, name: str, attrs: dict[str, str]) -> None:
        self.cell_depth += 1
        if self.in_paragraph:
            self.in_paragraph += 1
            if self.skipped or name.startswith(OFFICE + " "):  # an annotation's text is not the cell's
                self.skipped += 1
            elif name == f"{TEXT} s":
                self._add(" " * _count(attrs.get(f"{TEXT} c")))
            elif name == f"{TEXT} tab":
                self._add("\t")
            elif name == f"{TEXT} line-break":
                self._add("\n")
        elif self.cell_depth == 1 and name == f"{TEXT} p":
            self.in_paragraph = 1
            self.paragraphs.append([])

    def characters(self, data: str) -> None:
        if self.in_paragraph and not self.skipped:
            self._add(data)

    def _add(self, text: str) -> None:
        self.text += len(text)
        if self.text > MAX_TEXT:
            raise self.too_large(f"more than {MAX_TEXT:,} characters of text")
        self.paragraphs[-1].append(text)

    def end(self, name: str) -> None:
        if self.cell is not None and self.cell_depth:
            self.cell_depth -= 1
            if self.in_paragraph:
                self.in_paragraph -= 1
                self.skipped = max(0, self.skipped - 1)
        elif self.cell is not None:
            self._end_cell()
        elif name == f"{TABLE} table-row" and self.sheet is not None:
            self._end_row(self.sheet)
        elif name == f"{TABLE} table" and self.sheet is not None:
            self.sheets.append(self.sheet)
            self.sheet = None

    def _end_cell(self) -> None:
        attrs, self.cell = self.cell or {}, None
        repeat = _count(attrs.get(f"{TABLE} number-columns-repeated"))
        formula = "" if self.covered else attrs.get(f"{TABLE} formula", "")
        value: Value | None
        if self.covered:
            value = None
        elif formula:  # 'of:=SUM([.A1:.A3])': the formula itself, never its stored result
            value = "=" + formula.split(":", 1)[-1].lstrip("=") if formula.startswith(("of:", "oooc:")) else formula
        else:
            value = _value(attrs, self.paragraphs)
        if value is None or value == "":
            self.col += repeat
            return
        for _ in range(min(repeat, MAX_COLS + 1)):
            self.col += 1
            self.row[self.col] = (value, bool(formula))
        self.col += max(0, repeat - MAX_COLS - 1)

    def _end_row(self, sheet: Sheet) -> None:
        if not self.row:
            self.row_no += self.row_repeat
            return
        if self.row_no + self.row_repeat > MAX_ROWS or max(self.row) > MAX_COLS:
            raise too_large(self.path, sheet.name)
        self.cells += self.row_repeat * len(self.row)
        if self.cells > MAX_CELLS:
            raise self.too_large(f"more than {MAX_CELLS:,} filled cells")
        for _ in range(self.row_repeat):
            self.row_no += 1
            for col, (value, formula) in self.row.items():
                sheet.put(self.row_no, col, value, formula=formula)


def _count(raw: str | None) -> int:
    """A repeat count; a damaged one reads as 1 rather than failing the import."""
    return int(raw) if raw and raw.isdigit() and int(raw) > 0 else 1


def _value(attrs: dict[str, str], paragraphs: list[list[str]]) -> Value | None:
    kind = attrs.get(f"{OFFICE} value-type")
    if kind in ("float", "percentage", "currency"):
        number = float(attrs.get(f"{OFFICE} value", ""))
        return int(number) if number.is_integer() else number
    if kind == "date":
        raw = attrs.get(f"{OFFICE} date-value", "")
        return datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
    if kind == "boolean":
        return attrs.get(f"{OFFICE} boolean-value") == "true"
    return "\n".join("".join(parts) for parts in paragraphs).strip() or None
