"""A canvas that holds its pages until the end of the single layout pass, so that what depends
on the whole document ('page X of Y', the contents' page numbers) is drawn once it is known,
and the running header and footer drawn on every page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from register_app.exports.pdf.fonts import BOLD, REGULAR
from register_app.exports.pdf.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE

Decorate = Callable[[Canvas, int, int], None]


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page's drawing until save(), then calls `decorate(canvas, page, pages)` on each
    page before writing it (the reportlab 'NumberedCanvas' recipe). Bookmarks are replayed at
    that point too: a destination must be bound while its page is the one being written."""

    _annotationCount: int

    def __init__(self, *args: Any, decorate: Decorate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held_pages: list[dict[str, Any]] = []
        self._held_bookmarks: list[tuple[str, float]] = []

    def bookmark_here(self, key: str, top: float) -> None:
        """A destination at height `top` (absolute) of the current page, bound when it is written."""
        self._held_bookmarks.append((key, top))

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._held_bookmarks = []
        self._startPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        total = len(self._held_pages)
        annotations = self._annotationCount  # a document-wide counter, not a page's state
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            self._annotationCount = annotations
            self._decorate(self, number, total)
            annotations = self._annotationCount
            for key, top in state["_held_bookmarks"]:
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
            Canvas.showPage(self)
        self._held_pages = []
        Canvas.save(self)


@dataclass(frozen=True)
class Furniture:
    """The running header and footer: organisation and title above, edition and page below."""

    organisation: str
    title: str
    edition: str
    page_label: Callable[[int, int], str]

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN_TOP + 10
        canvas.line(MARGIN_X, top - 4, PAGE_WIDTH - MARGIN_X, top - 4)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, self.title)
        room = PAGE_WIDTH - 2 * MARGIN_X - canvas.stringWidth(self.title, REGULAR, 7.5) - 12
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(MARGIN_X, top, _fit(canvas, self.organisation, BOLD, 7.5, room))
        bottom = MARGIN_BOTTOM - 20
        canvas.setFont(REGULAR, 7.5)
        canvas.line(MARGIN_X, bottom + 9, PAGE_WIDTH - MARGIN_X, bottom + 9)
        canvas.drawString(MARGIN_X, bottom, self.edition)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, self.page_label(page, pages))
        canvas.restoreState()


def _fit(canvas: Canvas, value: str, font: str, size: float, width: float) -> str:
    """`value` shortened with an ellipsis to fit `width` points."""
    if canvas.stringWidth(value, font, size) <= width:
        return value
    while value and canvas.stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"
