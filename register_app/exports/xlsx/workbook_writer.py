"""Saving the workbook. openpyxl writes the workbook's own parts (styles, names, manifest); the
sheets are written here. openpyxl builds an XML element per cell and serialises it, which took
more than half of an export: the cells and merged ranges are written here as strings, the other
parts of a sheet (views, columns, print settings, links) are the elements openpyxl's objects give
(`to_tree()`), serialised one by one. openpyxl serialises through lxml when it is installed and
through the standard library otherwise: each gives the same document in its own spelling, and
nothing here depends on that spelling. A sheet holding something this writer does not know (a
formula, rich text, a comment, a drawing, a table, conditional formatting) is left entirely to
openpyxl's own writer.

A sheet is written into the archive as soon as it is finished and its cells are released, so
that memory holds one sheet's cells rather than the whole workbook's (about 4 GB at 10,000
activities otherwise). A long sheet (the findings, the identifiers) also lets go of its rows as
it goes (`release_rows`): they are held as compressed XML until the sheet is written."""

from __future__ import annotations

import datetime
import io
import weakref
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.compat import safe_string
from openpyxl.packaging.relationship import Relationship, RelationshipList
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel, to_ISO8601
from openpyxl.workbook import Workbook
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.worksheet.hyperlink import Hyperlink, HyperlinkList
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import tostring


@dataclass
class _Held:
    """The rows a sheet has let go of: their <row> elements compressed, the links of their cells,
    and the bounds of their cells (for the sheet's dimension)."""

    compressor: Any = field(default_factory=lambda: zlib.compressobj(1))
    chunks: list[bytes] = field(default_factory=list)
    links: list[Hyperlink] = field(default_factory=list)
    bounds: tuple[int, int, int, int] | None = None  # min row, min column, max row, max column
    before: int = 1  # the first row not let go of

    def rows(self) -> Iterator[bytes]:
        """The rows let go of, decompressed piece by piece (once: the pieces are released)."""
        self.chunks.append(self.compressor.flush())
        inflater = zlib.decompressobj()
        self.chunks.reverse()
        while self.chunks:
            yield inflater.decompress(self.chunks.pop())
        yield inflater.flush()


_HELD: weakref.WeakKeyDictionary[Worksheet, _Held] = weakref.WeakKeyDictionary()


def release_rows(ws: Worksheet, before: int) -> None:
    """Let go of the sheet's rows above `before`, which the caller has finished (values, styles,
    heights, merges): they are serialised and compressed now, and their cells released; the sheet
    is written as if they had been held until the end. A sheet this writer leaves to openpyxl
    (a formula, a comment, rich text, a drawing) keeps its cells."""
    held = _HELD.get(ws)
    if (held is not None and before <= held.before) or not _known(ws):
        return
    done = {key: cell for key, cell in ws._cells.items() if key[0] < before}
    links: list[Hyperlink] = []
    heights = [row for row in ws.row_dimensions if row < before]
    text = _rows_xml(ws, done, heights, links)
    if text is None:
        return
    if held is None:
        held = _HELD[ws] = _Held()
    held.chunks.append(held.compressor.compress(text.encode("utf-8")))
    held.links += links
    if done:
        rows = [row for row, _ in done]
        cols = [col for _, col in done]
        bounds = (min(rows), min(cols), max(rows), max(cols))
        if held.bounds is not None:
            bounds = (min(bounds[0], held.bounds[0]), min(bounds[1], held.bounds[1]), max(bounds[2], held.bounds[2]),
                      max(bounds[3], held.bounds[3]))  # fmt: skip
        held.bounds = bounds
    held.before = before
    for key in done:
        del ws._cells[key]
    for row in heights:
        del ws.row_dimensions[row]
    for merged in ws.merged_cells.ranges:
        if merged.max_row < before:
            merged.start_cell = None  # the range's coordinates are all the writer needs from now on


def _known(ws: Worksheet) -> bool:
    """Whether the sheet holds nothing but what this writer writes (bar a cell's formula, comment
    or rich text, which sheet_data finds)."""
    return not (ws._charts or ws._images or ws.tables or ws.legacy_drawing is not None or ws.conditional_formatting)


def _dimension(ws: Worksheet, held: _Held | None) -> str:
    """ws.calculate_dimension(), counting the cells let go of."""
    if held is None or held.bounds is None:
        return str(ws.calculate_dimension())
    min_row, min_col, max_row, max_col = held.bounds
    for row, col in ws._cells:
        min_row, min_col, max_row, max_col = min(min_row, row), min(min_col, col), max(max_row, row), max(max_col, col)
    return f"{get_column_letter(min_col)}{min_row}:{get_column_letter(max_col)}{max_row}"


# What a sheet's own part holds and nothing written after it reads (the workbook's part reads the
# title, state, filter, print titles and area and defined names; the manifest the path; the
# relationships `_rels`): dropped once the sheet is in the archive.
_WRITTEN_PARTS = ("HeaderFooter", "page_setup", "print_options", "page_margins", "views", "column_dimensions",
                  "sheet_format", "sheet_properties", "protection", "data_validations", "conditional_formatting",
                  "row_breaks", "col_breaks", "scenarios")  # fmt: skip


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
            for name in _WRITTEN_PARTS:  # 17 kB a sheet left 5 kB: 120 MB less for 10,000 fiches
                setattr(ws, name, None)
            if not ws.auto_filter:  # the workbook's part names a filter only when there is one
                ws.auto_filter = None

    def save(self) -> bytes:
        """The sheets not written yet, then the workbook's own parts (styles, names, manifest)."""
        self.book.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)  # as openpyxl
        _BookWriter(self.book, self._archive, self._written).save()
        return self._out.getvalue()


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


def _write_sheet(archive: ZipFile, ws: Worksheet) -> None:
    """Write the sheet's part into the archive, and keep on the sheet what ExcelWriter reads from
    it for the parts written after it (its relationships, comments, drawing)."""
    held = _HELD.pop(ws, None)
    rows = sheet_data(ws) if _known(ws) else None
    if rows is None:  # openpyxl's own writer (ExcelWriter.write_worksheet), in a manifest not used
        if held is not None:  # release_rows refuses such a sheet: a cell added later cannot make it one
            raise RuntimeError(f"sheet {ws.title!r} let go of rows but holds what only openpyxl writes")
        ExcelWriter(ws.parent, archive).write_worksheet(ws)
        return
    cells, links = rows
    if held is not None:
        links = held.links + links
    rels = RelationshipList()
    for link in links:
        if link.target:
            rel = Relationship(type="hyperlink", TargetMode="External", Target=link.target)
            rels.append(rel)
            link.id = rel.id
    ws.sheet_format.outlineLevelCol = ws.column_dimensions.max_outline
    merged = ws.merged_cells
    merge_cells = "".join([f'<mergeCell ref="{cell_range.coord}" />' for cell_range in merged])
    head = (ws.sheet_properties, SheetDimension(_dimension(ws, held)), ws.views, ws.sheet_format,
            ws.column_dimensions)  # fmt: skip
    before_merges = (ws.protection, ws.scenarios, ws.auto_filter)
    after_merges = (ws.data_validations, HyperlinkList(links) if links else None, ws.print_options, ws.page_margins,
                    ws.page_setup, ws.HeaderFooter, ws.row_breaks, ws.col_breaks)  # fmt: skip
    tail = [
        *_elements(part for part in before_merges if part),  # as openpyxl: only what is set
        f'<mergeCells count="{len(merged.ranges)}">{merge_cells}</mergeCells>'.encode() if merge_cells else b"",
        *_elements(part for part in after_merges if part),
        b"</worksheet>",
    ]
    head_parts = [f'<worksheet xmlns="{SHEET_MAIN_NS}">'.encode(), *_elements(head)]
    if held is None:
        archive.writestr(ws.path[1:], b"".join([*head_parts, cells.encode("utf-8"), *tail]))
    else:  # the rows let go of, streamed between the head and the rows still held as cells
        with archive.open(ws.path[1:], "w") as part:
            part.write(b"".join(head_parts) + b"<sheetData>")
            for piece in held.rows():
                part.write(piece)
            part.write(cells.removeprefix("<sheetData>").encode("utf-8"))
            part.write(b"".join(tail))
    ws._rels = rels
    ws._comments = []
    ws._drawing = None  # no charts nor images


def _elements(parts: Iterable[Any]) -> list[bytes]:
    """Each part of a sheet as the element it gives, serialised; a part that gives none (no column
    of a set width) is left out, as openpyxl leaves it out."""
    trees = (part.to_tree() for part in parts)
    return [tostring(tree) for tree in trees if tree is not None]


def _escape(text: str) -> str:
    """Character data as xml.etree escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def sheet_data(ws: Worksheet) -> tuple[str, list[Hyperlink]] | None:
    """The sheet's <sheetData> element as openpyxl writes it (WorksheetWriter.write_rows), with the
    links of its cells in order; None when a cell needs openpyxl's own writer (a comment, a formula,
    rich text). Rows the sheet let go of (release_rows) are not in it."""
    links: list[Hyperlink] = []
    rows = _rows_xml(ws, ws._cells, ws.row_dimensions.keys(), links)
    return None if rows is None else (f"<sheetData>{rows}</sheetData>", links)


def _rows_xml(ws: Worksheet, written: dict[tuple[int, int], Any], heights: Iterable[int],
              links: list[Hyperlink]) -> str | None:  # fmt: skip
    """The <row> elements of the `written` cells and of the rows given a height (`heights`), adding the
    cells' links to `links`; None when a cell needs openpyxl's own writer."""
    rows: defaultdict[int, list[Any]] = defaultdict(list)
    for (row, _col), cell in sorted(written.items()):
        rows[row].append(cell)
    dimensions = ws.row_dimensions
    for row in set(heights) - rows.keys():  # rows given a height but no cells
        rows[row] = []
    book = ws.parent
    cell_styles = book._cell_styles
    style_ids: dict[bytes, str] = {}  # a style's bytes -> its index, without hashing the style each time
    letters: dict[int, str] = {}
    out = []
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
            if cell.hyperlink:
                links.append(cell.hyperlink)
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
            elif data_type != "s":
                typed = _typed_cell(f"{letter}{row}", style, value, data_type, book)
                if typed is None:
                    return None
                out.append(typed)
            elif not value:
                out.append(f'<c r="{letter}{row}"{style} t="inlineStr" />')
            else:
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and value != stripped else ""
                out.append(f'<c r="{letter}{row}"{style} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>')
        out.append("</row>")
    return "".join(out)


def _typed_cell(ref: str, style: str, value: Any, data_type: str, book: Workbook) -> str | None:
    """A number, a boolean, a date or an error code, as openpyxl writes it (etree_write_cell); None
    for a time with a time zone, which openpyxl refuses with its own message."""
    if data_type == "d":
        if getattr(value, "tzinfo", None) is not None:
            return None
        if book.iso_dates and not isinstance(value, datetime.timedelta):
            value = to_ISO8601(value)
        else:
            data_type, value = "n", to_excel(value, book.epoch)
    if value is None or value == "":
        return f'<c r="{ref}"{style} t="{data_type}" />'
    return f'<c r="{ref}"{style} t="{data_type}"><v>{_escape(safe_string(value))}</v></c>'
