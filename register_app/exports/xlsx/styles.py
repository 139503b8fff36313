"""The workbook's look: a few cell styles, column widths, row heights for wrapped text (LibreOffice
overlaps lines in print otherwise), frozen panes, filters and print setup."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from register_app.domain.words.language import pick

INK: Final = "1F2A44"
ACCENT: Final = "2F5496"
PALE: Final = "DCE6F2"
LABEL_FILL: Final = "F2F2F2"
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LINE_HEIGHT: Final = 15.0  # points per line of 11-pt text
MAX_ROW_HEIGHT: Final = 409.0  # Excel's limit


STYLE_CACHE: Final = "_register_app_styles"  # attribute of a workbook: CellStyle -> style indices


@dataclass(frozen=True)
class CellStyle:
    font: Font
    fill: PatternFill | None = None
    wrap: bool = True
    border: bool = True
    horizontal: str = "left"

    def apply(self, cell: Cell) -> None:
        # openpyxl hashes each style object on every assignment (most of an export's time when
        # done per cell): the first cell of a workbook pays for it, the others copy its indices.
        book = cell.parent.parent
        cache: dict[int, tuple[CellStyle, tuple[int, int, int, int]]] | None = getattr(book, STYLE_CACHE, None)
        if cache is None:
            cache = {}
            setattr(book, STYLE_CACHE, cache)
        found = cache.get(id(self))
        array = cell._style
        if found is None:
            cell.font = self.font
            if self.fill is not None:
                cell.fill = self.fill
            cell.alignment = Alignment(wrap_text=self.wrap, vertical="top", horizontal=self.horizontal)
            if self.border:
                cell.border = BOX
            array = cell._style
            # the style is kept in the entry so that its id is never reused by another one
            cache[id(self)] = (self, (array.fontId, array.fillId, array.alignmentId, array.borderId))
            return
        if array is None:
            array = cell._style = StyleArray()
        array.fontId, fill, array.alignmentId, border = found[1]
        if self.fill is not None:
            array.fillId = fill
        if self.border:
            array.borderId = border


def _fill(color: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=color, end_color=color)


TITLE = CellStyle(Font(name="Calibri", size=16, bold=True, color=INK), wrap=False, border=False)
SUBTITLE = CellStyle(Font(name="Calibri", size=10, italic=True, color="595959"), wrap=False, border=False)
BLOCK = CellStyle(Font(name="Calibri", size=12, bold=True, color="FFFFFF"), _fill(ACCENT))
HEADER = CellStyle(Font(name="Calibri", size=11, bold=True, color=INK), _fill(PALE))
LABEL = CellStyle(Font(name="Calibri", size=11, bold=True, color=INK), _fill(LABEL_FILL))
BODY = CellStyle(Font(name="Calibri", size=11))
MUTED = CellStyle(Font(name="Calibri", size=11, italic=True, color="7F7F7F"))
DATE_FORMATS: Final = {"fr": "DD/MM/YYYY", "en": "YYYY-MM-DD"}


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width


def fit_row_heights(ws: Worksheet, first_row: int = 1) -> None:
    """Give each row the height its wrapped text needs, from the text and the (merged) width."""
    widths = {i: ws.column_dimensions[get_column_letter(i)].width or 10 for i in range(1, ws.max_column + 1)}
    spans = {(merged.min_row, merged.min_col): sum(widths.get(c, 10) for c in range(merged.min_col, merged.max_col + 1))
             for merged in ws.merged_cells.ranges}  # fmt: skip
    per_line = {key: max(1, int(width * 1.1) - 1) for key, width in spans.items()}
    column_per_line = {col: max(1, int(width * 1.1) - 1) for col, width in widths.items()}
    rows: dict[int, int] = {}
    for (row, col), cell in ws._cells.items():  # the cells written; ws.iter_rows would create the others
        value = cell._value
        if row < first_row or not isinstance(value, str) or not value:
            continue
        room = per_line.get((row, col)) or column_per_line.get(col, 10)
        if len(value) <= room and "\n" not in value:
            continue  # one line
        lines = sum(max(1, math.ceil(len(part) / room)) for part in value.split("\n"))
        if lines > rows.get(row, 1):
            rows[row] = lines
    for row, lines in sorted(rows.items()):
        ws.row_dimensions[row].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 2)


def print_setup(ws: Worksheet, *, title_rows: str | None, header: str, footer_left: str, lang: str) -> None:
    """Landscape A4, fitted to the page width, header rows repeated, organisation / date / page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.left.text = header.replace("&", "&&")  # a lone & starts a header code
    ws.oddHeader.right.text = ws.title
    ws.oddFooter.left.text = footer_left.replace("&", "&&")
    ws.oddFooter.right.text = pick(("Page &P / &N", "Page &P of &N"), lang)
    for part in (ws.oddHeader.left, ws.oddHeader.right, ws.oddFooter.left, ws.oddFooter.right):
        part.size = 8
