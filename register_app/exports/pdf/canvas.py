"""A canvas that holds its pages until the end of the single layout pass, so that what depends
on the whole document ('page X of Y', the contents' page numbers) is drawn once it is known,
and the running header and footer drawn on every page.

A page is held on disk, not in memory: its drawing operators and what reportlab gathers for each
page, compressed in a temporary file; of the canvas's state only what changed since the previous
page stays in memory. Once decorated, its stream is compressed as it is handed to the document, as
reportlab would only do when the file is written, and the file's bytes go to the output as they are
made rather than joined at the end. The file is the same."""

from __future__ import annotations

import io
import pickle
import tempfile
import zlib
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import IO, Any, Final
from weakref import WeakKeyDictionary

from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFArray, PDFBase85Encode, PDFDictionary, PDFName, PDFPage, PDFStream, PDFZCompress
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from register_app.exports.pdf.fonts import BOLD, REGULAR
from register_app.exports.pdf.styles import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE
from register_app.exports.pdf.textblock import fill_op, stroke_op, text_ops

Decorate = Callable[[Canvas, int, int], None]
SIZE: Final = 7.5  # points, the header's and footer's text
GONE: Final = object()  # in a held page's changes: an attribute the previous page had and this one not
_HOLDING: Final = frozenset({"_held_pages", "_held_last", "_held_spool"})  # the canvas's own, not a page's state
_PAGE_OWN: Final = ("_psCommandsAfterPage", "_psCommandsBeforePage", "_formsinuse", "_annotationrefs", "_colorsUsed",
                    "_shadingUsed", "_extgstate", "state_stack", "_held_bookmarks", "_pageNumber")  # fmt: skip


class DeferredCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page's drawing until save(), then calls `decorate(canvas, page, pages)` on each
    page before writing it (the reportlab 'NumberedCanvas' recipe). Bookmarks are replayed at
    that point too: a destination must be bound while its page is the one being written."""

    _annotationCount: int
    _code: list[str]  # the current page's operators (reportlab's)

    def __init__(self, *args: Any, decorate: Decorate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._held_pages: list[dict[str, Any]] = []  # each page's state, as changes to the previous one
        self._held_last: dict[str, Any] = {}  # the state of the last page held
        self._held_bookmarks: list[tuple[str, float]] = []
        self._held_spool: IO[bytes] | None = None  # the held pages, on disk; opened with the first

    def bookmark_here(self, key: str, top: float) -> None:
        """A destination at height `top` (absolute) of the current page, bound when it is written."""
        self._held_bookmarks.append((key, top))

    def showPage(self) -> None:
        # the page's state, without what holds the other pages (each would keep the previous one alive)
        state = {key: value for key, value in self.__dict__.items() if key not in _HOLDING}
        # what reportlab gathers afresh on every page (operators, links, colours, bookmarks...), as one
        # compressed pickle: a few small objects per page, tens of thousands of pages
        page = {key: state.pop(key) for key in _PAGE_OWN if key in state}
        held = zlib.compress(pickle.dumps(("\n".join(self._code), page), pickle.HIGHEST_PROTOCOL), 1)
        if self._held_spool is None:
            self._held_spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed by save())
        state["_code"] = (self._held_spool.tell(), len(held))  # the page itself waits on disk
        self._held_spool.write(held)
        last = self._held_last
        changes = {key: value for key, value in state.items() if last.get(key, GONE) is not value}
        changes.update((key, GONE) for key in last.keys() - state.keys())
        self._held_pages.append(changes)
        self._held_last = state
        self._held_bookmarks = []
        self._startPage()

    def save(self) -> None:
        if self._code:
            self.showPage()
        annotations = self._annotationCount  # a document-wide counter, not a page's state
        held, self._held_pages, self._held_last = self._held_pages, [], {}
        spool, self._held_spool = self._held_spool, None
        assert spool is not None  # a page was held: the one above at least
        with spool:  # closed whatever happens: a temporary file left to the collector is a warning later
            self._write_held(held, spool, annotations)

    def _write_held(self, held: list[dict[str, Any]], spool: IO[bytes], annotations: int) -> None:
        total = len(held)
        state: dict[str, Any] = {}  # the page's state as it was laid out, rebuilt change by change
        for number, changes in enumerate(held, start=1):
            for key, value in changes.items():
                if value is GONE:
                    del state[key]
                else:
                    state[key] = value
            held[number - 1] = {}  # released as it is written
            self.__dict__.update(state)
            offset, length = state["_code"]
            spool.seek(offset)
            code, page = pickle.loads(zlib.decompress(spool.read(length)))
            self.__dict__.update(page)
            bookmarks = self._held_bookmarks
            self._code = [code]
            self._annotationCount = annotations
            self._decorate(self, number, total)
            annotations = self._annotationCount
            for key, top in bookmarks:
                self.bookmarkPage(key, fit="XYZ", left=0, top=top)
            Canvas.showPage(self)
            page = self._doc.Pages.pages[-1]
            _compress_stream(page, spool)
            _WrittenPage.compact(page)
        token = _OUTPUT.set(self._filename)
        try:
            Canvas.save(self)
        finally:
            _OUTPUT.reset(token)


_OUTPUT: ContextVar[Any] = ContextVar("pdf_output", default=None)


class _StreamedFile(pdfdoc.PDFFile):  # type: ignore[misc]
    """reportlab's output collector, which keeps every object's bytes and joins them at the end
    (the file held twice over, then copied into the output: three times its size). Inside
    DeferredCanvas.save each object's bytes go to the output as they are made; the file is the
    same. Elsewhere (another reportlab document in the process) it collects as reportlab does."""

    strings: list[bytes]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        output = _OUTPUT.get()
        if output is not None and hasattr(output, "write"):
            for chunk in self.strings:
                output.write(chunk)
            self.strings = []
            self.write = output.write

    def format(self, document: Any) -> bytes:
        return b"".join(self.strings)  # empty once streamed: SaveToFile then writes nothing more


pdfdoc.PDFFile = _StreamedFile


def _compress_stream(page: Any, spool: IO[bytes]) -> None:
    """Give a page its content stream encoded now, as reportlab would when the file is written
    (same filters, same bytes), kept in `spool` until then."""
    if not page.compression or not page.stream or page.Contents:
        return
    filters = [PDFBase85Encode, PDFZCompress] if rl_config.useA85 else [PDFZCompress]
    content = page.stream
    for encoder in reversed(filters):
        content = encoder.encode(content)
    if isinstance(content, str):  # Base85's output: ASCII, the same bytes once written
        content = content.encode("latin-1")
    offset = spool.seek(0, io.SEEK_END)
    spool.write(content)
    stream = _SpooledStream(PDFDictionary({"Filter": PDFArray([PDFName(f.pdfname) for f in filters])}),
                            spool, offset, len(content))  # fmt: skip
    stream.__Comment__ = "page stream"
    page.Contents = stream
    page.stream = None


class _WrittenPage(PDFPage):  # type: ignore[misc]
    """A page as the document holds it until the file is written: its attributes left unset (None,
    the class's own) not stored in each page, and released once the page is written out; tens of
    thousands of pages at 10,000 activities."""

    @staticmethod
    def compact(page: PDFPage) -> None:
        if type(page) is PDFPage:
            page.__class__ = _WrittenPage
            page.__dict__ = {key: value for key, value in vars(page).items()
                             if value is not None or getattr(_WrittenPage, key, GONE) is not None}  # fmt: skip

    def format(self, document: Any) -> bytes:
        formatted = bytes(super().format(document))
        self.__dict__ = {"__InternalName__": self.__InternalName__}  # what references to the page use
        return formatted


for _name in PDFPage.__NoDefault__:
    setattr(_WrittenPage, _name, getattr(PDFPage, _name, None))


class _SpooledStream(PDFStream):  # type: ignore[misc]
    """A stream whose encoded content waits in a file until the document is written."""

    def __init__(self, dictionary: PDFDictionary, spool: IO[bytes], offset: int, length: int) -> None:
        super().__init__(dictionary, b"")
        self._spooled = spool, offset, length

    def format(self, document: Any) -> bytes:
        spool, offset, length = self._spooled
        spool.seek(offset)
        self.content = spool.read(length)
        try:
            return bytes(super().format(document))
        finally:
            self.content = b""


@dataclass(frozen=True)
class Furniture:
    """The running header and footer: organisation and title above, edition and page below."""

    organisation: str
    title: str
    edition: str
    page_label: Callable[[int, int], str]
    _fixed: WeakKeyDictionary[Any, str] = field(default_factory=WeakKeyDictionary, compare=False, repr=False)

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        """The same on every page but the page number: written once per document as operators,
        rather than laid out again by the canvas on each page."""
        fixed = self._fixed.get(canvas._doc)
        if fixed is None:
            fixed = self._fixed[canvas._doc] = self._draw_fixed(canvas)
        label = self.page_label(page, pages)
        right = PAGE_WIDTH - MARGIN_X - stringWidth(label, REGULAR, SIZE)
        number = text_ops(canvas, label, font=REGULAR, size=SIZE, x=right, y=MARGIN_BOTTOM - 20)
        canvas.addLiteral(f"q {fixed} {number} Q")

    def _draw_fixed(self, canvas: Canvas) -> str:
        top, bottom = PAGE_HEIGHT - MARGIN_TOP + 10, MARGIN_BOTTOM - 20
        left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
        title_width = stringWidth(self.title, REGULAR, SIZE)
        organisation = _fit(self.organisation, BOLD, SIZE, right - left - title_width - 12)
        return " ".join([
            f"{stroke_op(RULE)} 0.5 w {fill_op(MUTED)}",
            f"n {fp_str(left, top - 4)} m {fp_str(right, top - 4)} l S",
            text_ops(canvas, self.title, font=REGULAR, size=SIZE, x=right - title_width, y=top),
            text_ops(canvas, organisation, font=BOLD, size=SIZE, x=left, y=top),
            f"n {fp_str(left, bottom + 9)} m {fp_str(right, bottom + 9)} l S",
            text_ops(canvas, self.edition, font=REGULAR, size=SIZE, x=left, y=bottom),
        ])  # fmt: skip


def _fit(value: str, font: str, size: float, width: float) -> str:
    """`value` shortened with an ellipsis to fit `width` points."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"
