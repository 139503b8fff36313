"""Saving the workbook. openpyxl writes everything but two parts of each sheet: the cells and the
merged ranges, serialised here as strings. openpyxl builds an XML element per cell and writes it
through a pure-Python serialiser (lxml is not a dependency of the app), which took more than half
of an export; the XML written here is the one openpyxl writes, element for element, attribute for
attribute. A sheet holding something this writer does not know (a formula, rich text, a comment)
is left entirely to openpyxl.

A sheet is written into the archive as soon as it is finished and its cells are released, so
that memory holds one sheet's cells rather than the whole workbook's (about 4 GB at 10,000
activities otherwise)."""

from __future__ import annotations

import datetime
import io
from collections import defaultdict
from typing import Any, Final
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell._writer import _set_attributes
from openpyxl.compat import safe_string
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.functions import Element

# What openpyxl's writer emits for an element without content: the placeholders written where the
# sheet data and the merged ranges go, then replaced by the strings built here.
SHEET_DATA: Final = b"<sheetData />"
MERGE_CELLS: Final = b"<mergeCells />"


class StreamedBook:
    """A workbook being written to .xlsx bytes. Sheets are only ever added at the end: call
    `write_finished` once the sheets added so far are complete, and they go into the archive."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self._out = io.BytesIO()
        self._archive = ZipFile(self._out, "w", ZIP_DEFLATED, allowZip64=True)
        self._written: dict[int, str] = {}  # id(sheet) -> the part it was written to

    def write_finished(self) -> None:
        """Write the sheets added since the last call, then empty them: their cells, merged
        ranges, row heights and links are in the archive and are not needed again."""
        sheets = self.book._sheets
        for index in range(len(self._written), len(sheets)):
            ws = sheets[index]
            ws._id = index + 1  # as ExcelWriter numbers the sheets: the part's name
            _write_sheet(self._archive, ws)
            self._written[id(ws)] = ws.path
            ws._cells = {}
            ws._hyperlinks = []
            ws.merged_cells = MultiCellRange()
            ws.row_dimensions.clear()

    def save(self) -> bytes:
        """The sheets not written yet, then the workbook's own parts (styles, names, manifest)."""
        self.book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)  # as openpyxl
        _BookWriter(self.book, self._archive, self._written).save()
        return self._out.getvalue()


def _write_sheet(archive: ZipFile, ws: Worksheet) -> None:
    """ExcelWriter.write_worksheet, with the sheet written in memory rather than to a temporary
    file (one per sheet, created and removed)."""
    ws._drawing = SpreadsheetDrawing()
    ws._drawing.charts = ws._charts
    ws._drawing.images = ws._images
    writer = _SheetWriter(ws)
    writer.write()
    ws._rels = writer._rels
    archive.writestr(ws.path[1:], writer.xml())


class _BookWriter(ExcelWriter):  # type: ignore[misc]
    def __init__(self, book: Workbook, archive: ZipFile, written: dict[int, str]) -> None:
        super().__init__(book, archive)
        self.written = written

    def write_worksheet(self, ws: Worksheet) -> None:
        if id(ws) not in self.written:
            _write_sheet(self._archive, ws)
        elif self.written[id(ws)] != ws.path:  # a sheet moved after it was written: a bug
            raise RuntimeError(f"sheet {ws.title!r} was written as {self.written[id(ws)]}, not {ws.path}")
        self.manifest.append(ws)


class _SheetWriter(WorksheetWriter):  # type: ignore[misc]
    def __init__(self, ws: Worksheet) -> None:
        super().__init__(ws, out=io.BytesIO())
        self.sheet_data: str | None = None
        self.merge_cells = ""

    def write_rows(self) -> None:
        self.sheet_data = sheet_data(self.ws)
        if self.sheet_data is None:
            super().write_rows()
        else:
            self.xf.send(Element("sheetData"))

    def write_merged_cells(self) -> None:
        if self.sheet_data is None or not self.ws.merged_cells:
            super().write_merged_cells()
            return
        refs = "".join([f'<mergeCell ref="{cell_range.coord}" />' for cell_range in self.ws.merged_cells])
        self.merge_cells = f'<mergeCells count="{len(self.ws.merged_cells.ranges)}">{refs}</mergeCells>'
        self.xf.send(Element("mergeCells"))

    def xml(self) -> bytes:
        xml: bytes = self.read()
        if self.sheet_data is None:
            return xml
        # the top of the sheet holds no user text, so the first placeholder is the one written
        head, tail = xml.split(SHEET_DATA, 1)
        if self.merge_cells:
            tail = tail.replace(MERGE_CELLS, self.merge_cells.encode("utf-8"), 1)
        return head + self.sheet_data.encode("utf-8") + tail


def _escape(text: str) -> str:
    """Character data as xml.etree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def sheet_data(ws: Worksheet) -> str | None:
    """The <sheetData> element openpyxl writes for the sheet (WorksheetWriter.write_rows and
    openpyxl.cell._writer.etree_write_cell), or None when a cell needs openpyxl's own writer (a
    comment, a formula, rich text)."""
    rows: defaultdict[int, list[Any]] = defaultdict(list)
    for (row, _col), cell in sorted(ws._cells.items()):
        rows[row].append(cell)
    dimensions = ws.row_dimensions
    for row in dimensions.keys() - rows.keys():  # rows given a height but no cells
        rows[row] = []
    cell_styles = ws.parent._cell_styles
    style_ids: dict[bytes, str] = {}  # a style's bytes -> its index, without hashing the style each time
    letters: dict[int, str] = {}
    out = ["<sheetData>"]
    for row, cells in sorted(rows.items()):
        dimension = dimensions.get(row)
        attrs = "".join([f' {key}="{value}"' for key, value in dimension]) if dimension is not None else ""
        out.append(f'<row r="{row}"{attrs}>')
        for cell in cells:
            value, array, data_type = cell._value, cell._style, cell.data_type
            rich_text = data_type == "s" and not isinstance(value, str | None)
            if cell._comment is not None or data_type == "f" or rich_text:
                return None
            styled = array is not None and any(array)
            if value is None and not styled:
                continue
            if cell.hyperlink or (value is not None and data_type != "s"):
                out.append(_cell(*_set_attributes(cell, styled)))  # a link, a number, a date: openpyxl's way
                continue
            letter = letters.get(cell.column)
            if letter is None:
                letter = letters[cell.column] = get_column_letter(cell.column)
            style = ""
            if styled:
                key = array.tobytes()
                style = style_ids.get(key, "")
                if not style:
                    style = style_ids[key] = f' s="{cell_styles.add(array)}"'
            if value is None:  # an empty cell with a style, such as a merged cell's border
                out.append(f'<c r="{letter}{row}"{style} t="{"inlineStr" if data_type == "s" else data_type}" />')
            elif not value:
                out.append(f'<c r="{letter}{row}"{style} t="inlineStr" />')
            else:
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and value != stripped else ""
                out.append(f'<c r="{letter}{row}"{style} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData>")
    return "".join(out)


def _cell(value: Any, attributes: dict[str, str]) -> str:
    """One cell of any type but inline text and formula, as etree_write_cell writes it."""
    attrs = "".join([f' {key}="{value}"' for key, value in attributes.items()])
    if value is None or value == "":
        return f"<c{attrs} />"
    if attributes.get("t") == "inlineStr":
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and value != stripped else ""
        return f"<c{attrs}><is><t{space}>{_escape(value)}</t></is></c>"
    return f"<c{attrs}><v>{_escape(safe_string(value))}</v></c>"
