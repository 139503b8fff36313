"""A table of text cells, laid out and drawn without reportlab's Table: each cell measured once,
the header repeated on every page, rows kept whole unless taller than a third of a page (those
split between lines), and the whole table drawn with one set of rules and fills. reportlab's
Table re-measured every cell on each of its several wraps and translated the canvas per cell;
it also tried a split remainder in the space left on the page, repeating its header mid-page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable

from register_app.exports.pdf.styles import FRAME_HEIGHT, RULE
from register_app.exports.pdf.textblock import TextBlock, fill_op, stroke_op

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
        self.rows = list(rows)  # the rows' cells are never changed in place: parts share them
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

    def _part(self, rows: list[Sequence[CellBlocks]], heights: list[float]) -> TextTable:
        """A piece of this table; its rows keep the heights measured here (a table spanning many
        pages would otherwise measure its remaining rows again at each page: quadratic)."""
        part = TextTable(rows, self.widths, header=self.header, header_fill=self.header_fill,
                         label_fill=self.label_fill, rule_above=self.rule_above)  # fmt: skip
        part._heights, part._header_height = heights, self._header_height
        return part

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Flowable.drawOn, with the canvas's origin moved by the table's own operators: the
        canvas's saveState(), translate() and restoreState() cost as much as a small table."""
        self.canv = canvas
        self._draw(self._hAlignAdjust(x, _sW), y)
        del self.canv

    def draw(self) -> None:
        self._draw(0, 0)

    def _draw(self, x: float, y: float) -> None:
        """The header, then each row: its label cell's fill, its text, the rule under it; all as
        one run of operators in a saved graphics state, its origin at (x, y). The numbers have two
        decimals, as TextBlock writes its text: the canvas's own methods format each number in
        Python. The links are given in the canvas's coordinates."""
        heights = self._measure()
        width, label = f"{self.width:.2f}", f"{self.widths[0]:.2f}"
        top = self.height
        rules = [top] if self.rule_above else []
        ops = [f"q 1 0 0 1 {fp_str(x, y)} cm" if x or y else "q"]
        if self.header:
            top -= self._header_height
            if self.header_fill is not None:
                ops.append(f"q {fill_op(self.header_fill)} n 0 {top:.2f} {width} {self._header_height:.2f} re f Q")
            self._row_ops(ops, self.header, top + self._header_height, (x, y))
            ops.append(f"q {stroke_op(RULE)} 0.8 w n 0 {top:.2f} m {width} {top:.2f} l S Q")
        fill = fill_op(self.label_fill) if self.label_fill is not None else ""
        for row, height in zip(self.rows, heights, strict=True):
            if fill:
                ops.append(f"q {fill} n 0 {top - height:.2f} {label} {height:.2f} re f Q")
            self._row_ops(ops, row, top, (x, y))
            top -= height
            rules.append(top)
        ops += [f"{stroke_op(RULE)} 0.4 w n", *(f"0 {y:.2f} m {width} {y:.2f} l" for y in rules), "S Q"]
        self.canv.addLiteral(" ".join(ops))

    def _row_ops(self, ops: list[str], row: Sequence[CellBlocks], top: float, origin: tuple[float, float]) -> None:
        canv = self.canv
        x = 0.0
        for cell, width in zip(row, self.widths, strict=True):
            y = top - PAD_TOP
            for block in cell:
                ops.append(block.ops_at(canv, x + PAD_X, y - block.height))
                block.link_at(canv, origin[0] + x + PAD_X, origin[1] + y - block.height)
                y -= block.height
            x += width
