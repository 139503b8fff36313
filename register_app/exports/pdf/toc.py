"""The table of contents and the PDF outline. The contents' length depends only on its entries'
titles, not on page numbers, so it is laid out before the body and its pages reserved; headings
record their page as they are drawn, and the reserved pages are filled once the body is done."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from register_app.exports.pdf.fonts import BOLD, REGULAR
from register_app.exports.pdf.styles import (
    ACCENT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    H1,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
)
from register_app.exports.pdf.textblock import fill_op, stroke_op, text_ops, wrap_text

NUMBER_WIDTH = 36.0
INDENT = 14.0
SIZE = {0: 9.5, 1: 8.5}
LEADING = {0: 13.0, 1: 11.0}
SPACE_BEFORE = {0: 9.0, 1: 2.5}
TITLE_DROP = 34.0


@dataclass(frozen=True)
class TocEntry:
    key: str
    title: str
    level: int  # 0: part of the dossier, 1: an activity or an annex


class Pages:
    """Page numbers recorded while the body is drawn, by bookmark key."""

    def __init__(self) -> None:
        self.by_key: dict[str, int] = {}


def _mark(canv: Any, pages: Pages, entry: TocEntry, top: float) -> None:
    pages.by_key[entry.key] = canv.getPageNumber()
    canv.bookmark_here(entry.key, canv.absolutePosition(0, top)[1])
    canv.addOutlineEntry(entry.title, entry.key, level=entry.level, closed=entry.level == 0)


class Anchor(Flowable):  # type: ignore[misc]
    """An invisible point of the story: records its page, a destination and an outline entry."""

    def __init__(self, pages: Pages, entry: TocEntry) -> None:
        super().__init__()
        self.pages, self.entry = pages, entry
        self.width = self.height = 0

    def draw(self) -> None:
        _mark(self.canv, self.pages, self.entry, 0)


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that is also a destination, an outline entry and a contents entry; it never
    splits, so its page is the page of its first line."""

    def __init__(self, text: str, style: Any, pages: Pages, entry: TocEntry) -> None:
        super().__init__(text, style)
        self.pages, self.entry = pages, entry

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        _mark(self.canv, self.pages, self.entry, self.height)
        super().draw()


class ReservedPage(Flowable):  # type: ignore[misc]
    """A whole page kept blank in the layout pass and drawn afterwards. It is as tall as the
    frame, so it never fits under anything, nor lets anything fit under it."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return availWidth, FRAME_HEIGHT

    def draw(self) -> None:
        """Nothing yet: the contents are drawn on this page when the canvas writes it."""


@dataclass(frozen=True)
class _Placed:
    entry: TocEntry
    page: int
    top: float
    lines: tuple[str, ...]


class TableOfContents:
    """Entries placed on as many pages as they need, starting under the title on the first."""

    def __init__(self, title: str, entries: list[TocEntry]) -> None:
        self.title = title
        self.placed: list[_Placed] = []
        page, y = 0, PAGE_HEIGHT - MARGIN_TOP - TITLE_DROP
        for entry in entries:
            level = min(entry.level, 1)
            indent = INDENT * level
            lines = wrap_text(entry.title, BOLD if level == 0 else REGULAR, SIZE[level],
                              FRAME_WIDTH - indent - NUMBER_WIDTH - 8)  # fmt: skip
            height = SPACE_BEFORE[level] + LEADING[level] * len(lines)
            if y - height < MARGIN_BOTTOM:
                page, y = page + 1, PAGE_HEIGHT - MARGIN_TOP
            self.placed.append(_Placed(entry, page, y - SPACE_BEFORE[level], tuple(lines)))
            y -= height
        self.pages = page + 1
        self.by_page: dict[int, list[_Placed]] = {}
        for placed in self.placed:
            self.by_page.setdefault(placed.page, []).append(placed)

    def reserve(self, pages: Pages, outline_title: str) -> list[Flowable]:
        """The story's part for the contents: an outline entry, then the blank pages."""
        return [Anchor(pages, TocEntry("contents", outline_title, 0)), *(ReservedPage() for _ in range(self.pages))]

    def draw_page(self, canvas: Canvas, index: int, numbers: Mapping[str, int]) -> None:
        """The entries placed on the contents' page `index`, written as operators (as the page
        furniture is), with their links."""
        ops = ["q"]
        if index == 0:
            ops += [fill_op(ACCENT),
                    text_ops(canvas, self.title, font=H1.fontName, size=H1.fontSize, x=MARGIN_X,
                             y=PAGE_HEIGHT - MARGIN_TOP - H1.fontSize)]  # fmt: skip
        right = PAGE_WIDTH - MARGIN_X
        for placed in self.by_page.get(index, ()):
            ops.append(self._entry_ops(canvas, placed, right, str(numbers.get(placed.entry.key, ""))))
        ops.append("Q")
        canvas.addLiteral(" ".join(ops))

    def _entry_ops(self, canvas: Canvas, placed: _Placed, right: float, number: str) -> str:
        level = min(placed.entry.level, 1)
        font, size, leading = (BOLD if level == 0 else REGULAR), SIZE[level], LEADING[level]
        x = MARGIN_X + INDENT * level
        y = placed.top - size
        ops = [fill_op(ACCENT if level == 0 else INK)]
        ops += [text_ops(canvas, line, font=font, size=size, x=x, y=y - i * leading)
                for i, line in enumerate(placed.lines)]  # fmt: skip
        last = y - (len(placed.lines) - 1) * leading
        start = x + stringWidth(placed.lines[-1], font, size) + 4
        end = right - stringWidth(number, font, size) - 4
        if end > start:  # dotted leader
            dots = f"n {fp_str(start, last + 1)} m {fp_str(end, last + 1)} l S"
            ops.append(f"{stroke_op(RULE)} 0.6 w [0.6 2.4] 0 d {dots} [] 0 d")
        ops.append(text_ops(canvas, number, font=font, size=size, x=right - stringWidth(number, font, size), y=last))
        bottom = last - (leading - size)
        canvas.linkRect("", placed.entry.key, (x, bottom, right, placed.top), relative=0, thickness=0)
        return " ".join(ops)
