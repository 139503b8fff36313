"""A table of text cells, laid out and drawn without reportlab's Table: each cell measured once,
the header repeated on every page, rows kept whole unless taller than a third of a page (those
split between lines), and the whole table drawn with one set of rules and fills. reportlab's
Table re-measured every cell on each of its several wraps and translated the canvas per cell;
it also tried a split remainder in the space left on the page, repeating its header mid-page."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from register_app.exports.pdf.styles import FRAME_HEIGHT, RULE
from register_app.exports.pdf.textblock import TextBlock

PAD_X, PAD_TOP, PAD_BOTTOM = 4.0, 2.5, 3.0
MIN_SPLIT = 30.0  # points of room below which a tall row is not split but moved to the next page
TALL_ROW = FRAME_HEIGHT / 3

CellBlocks = list[TextBlock]


def _split_cell(cell: CellBlocks, width: float, room: float) -> tuple[CellBlocks, CellBlocks]:
    top: CellBlocks = []
    for n, block in enumerate(cell):
        if block.height <= room:
            top.append(block)
            room -= block.height
            continue
        parts = block.split(width, room)
        if parts:
            return [*top, parts[0]], [parts[1], *cell[n + 1 :]]
        return top, cell[n:]
    return top, []


class TextTable(Flowable):  # type: ignore[misc]
    def __init__(self, rows: Sequence[Sequence[CellBlocks]], widths: Sequence[float], *,
                 header: Sequence[CellBlocks] | None = None, header_fill: Color | None = None,
                 label_fill: Color | None = None, rule_above: bool = False) -> None:  # fmt: skip
        super().__init__()
        self.rows = [list(row) for row in rows]
        self.widths = list(widths)
        self.header = list(header) if header else None
        self.header_fill, self.label_fill, self.rule_above = header_fill, label_fill, rule_above
        self.width = sum(self.widths)
        self._heights: list[float] | None = None
        self._header_height = 0.0

    def _row_height(self, row: Sequence[CellBlocks]) -> float:
        return max(PAD_TOP + PAD_BOTTOM + sum(b.wrap(w - 2 * PAD_X, FRAME_HEIGHT)[1] for b in cell)
                   for cell, w in zip(row, self.widths, strict=True))  # fmt: skip

    def _measure(self) -> list[float]:
        if self._heights is None:
            self._header_height = self._row_height(self.header) if self.header else 0.0
            self._heights = [self._row_height(row) for row in self.rows]
        return self._heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heights = self._measure()
        self.height = self._header_height + sum(heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        heights = self._measure()
        used, fit = self._header_height, 0
        while fit < len(heights) and used + heights[fit] <= availHeight:
            used += heights[fit]
            fit += 1
        if fit == len(heights):
            return []
        first, rest = self.rows[:fit], self.rows[fit:]
        first_heights, rest_heights = heights[:fit], heights[fit:]
        room = availHeight - used
        if heights[fit] > TALL_ROW and room >= MIN_SPLIT:
            top, bottom = zip(*(_split_cell(cell, w - 2 * PAD_X, room - PAD_TOP - PAD_BOTTOM)
                                for cell, w in zip(rest[0], self.widths, strict=True)), strict=True)  # fmt: skip
            if any(top):
                first, rest = [*first, list(top)], [list(bottom), *rest[1:]]
                first_heights = [*first_heights, self._row_height(first[-1])]
                rest_heights = [self._row_height(rest[0]), *rest_heights[1:]]
        if not first:
            return []
        return [self._part(first, first_heights), self._part(rest, rest_heights)]

    def _part(self, rows: list[list[CellBlocks]], heights: list[float]) -> TextTable:
        """A piece of this table; its rows keep the heights measured here (a table spanning many
        pages would otherwise measure its remaining rows again at each page: quadratic)."""
        part = TextTable(rows, self.widths, header=self.header, header_fill=self.header_fill,
                         label_fill=self.label_fill, rule_above=self.rule_above)  # fmt: skip
        part._heights, part._header_height = heights, self._header_height
        return part

    def draw(self) -> None:
        canv = self.canv
        heights = self._measure()
        y = self.height
        rules: list[tuple[float, float, float, float]] = []
        if self.rule_above:
            rules.append((0, y, self.width, y))
        if self.header:
            self._fill(self.header_fill, 0, y - self._header_height, self.width, self._header_height)
            self._draw_row(self.header, y)
            y -= self._header_height
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.8)
            canv.line(0, y, self.width, y)
        for row, height in zip(self.rows, heights, strict=True):
            self._fill(self.label_fill, 0, y - height, self.widths[0], height)
            self._draw_row(row, y)
            y -= height
            rules.append((0, y, self.width, y))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.lines(rules)

    def _fill(self, color: Color | None, x: float, y: float, width: float, height: float) -> None:
        if color is not None:
            self.canv.setFillColor(color)
            self.canv.rect(x, y, width, height, stroke=0, fill=1)

    def _draw_row(self, row: Sequence[CellBlocks], top: float) -> None:
        x = 0.0
        for cell, width in zip(row, self.widths, strict=True):
            y = top - PAD_TOP
            for block in cell:
                block.draw_at(self.canv, x + PAD_X, y - block.height)
                y -= block.height
            x += width
