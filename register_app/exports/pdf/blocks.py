"""Building blocks shared by the sections: cells, label/value tables and grids whose header row
repeats when they break across pages, and whose long cells split rather than overflow."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable

from register_app.exports.pdf.styles import (
    CELL,
    CELL_BOLD,
    CELL_HEAD,
    CELL_MUTED,
    FRAME_WIDTH,
    HEADER_FILL,
    LABEL_FILL,
)
from register_app.exports.pdf.text_table import TextTable
from register_app.exports.pdf.textblock import TextBlock

DASH = "—"
ORPHAN_ROOM = 100  # points: room for a table header and a first row of several lines under a block title

Cell: TypeAlias = str | TextBlock | list[TextBlock]


def title(value: str, style: ParagraphStyle) -> list[Flowable]:
    """A block title, moved to the next page with its block unless a few lines fit under it."""
    return [CondPageBreak(style.spaceBefore + style.leading + ORPHAN_ROOM), label(value, style)]


def label(value: str, style: ParagraphStyle) -> TextBlock:
    """A line of plain text in a paragraph style (a block title, a kicker): laid out as TextBlock
    lays out table cells, rather than parsed as markup and measured again by Paragraph."""
    return TextBlock(value, style)


def cell(value: str, *, bold: bool = False, link: str | None = None) -> list[TextBlock]:
    """A table cell for user text; a dash when empty."""
    if not value.strip():
        return [TextBlock(DASH, CELL_MUTED)]
    return [TextBlock(value, CELL_BOLD if bold else CELL, link=link)]


def muted(value: str) -> TextBlock:
    return TextBlock(value, CELL_MUTED)


def _as_cell(value: Cell) -> list[TextBlock]:
    if isinstance(value, str):
        return cell(value)
    return value if isinstance(value, list) else [value]


def grid(headers: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float]) -> TextTable:
    """A table with a header row repeated on each page; `widths` are fractions of the frame. An
    empty table shows a row of dashes, so that a missing item reads as such."""
    cells = [[_as_cell(v) for v in row] for row in rows] or [[cell("") for _ in headers]]
    return TextTable(cells, [w * FRAME_WIDTH for w in widths],
                     header=[[TextBlock(h, CELL_HEAD)] for h in headers], header_fill=HEADER_FILL)  # fmt: skip


def fields(rows: Sequence[tuple[str, Cell]], label_width: float = 0.3) -> TextTable:
    """Label/value pairs, labels in a shaded column."""
    return TextTable([[[TextBlock(label, CELL_HEAD)], _as_cell(value)] for label, value in rows],
                     [label_width * FRAME_WIDTH, (1 - label_width) * FRAME_WIDTH], label_fill=LABEL_FILL,
                     rule_above=True)  # fmt: skip
