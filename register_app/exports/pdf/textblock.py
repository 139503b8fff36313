"""Plain user text as a flowable, laid out once. Paragraph parses markup and re-measures every
word on each of the several wraps a table cell gets; register text has no markup, so this
flowable breaks lines with cached word widths, remembers its lines for the width it was given,
splits between lines, and draws each line as one text operator."""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

GLUE = re.compile(r"(?<=«) | (?=[?!:;»])")
BREAKS = re.compile(r"[ \t]+")


WIDTHS_KEPT: Final = 1 << 17  # words measured per font and size before the measures are forgotten
SHORT: Final = 120  # characters: a text this short is often repeated (a label, a header), its lines kept


@functools.cache
def _widths(font: str, size: float) -> dict[str, float]:
    return {}


def word_width(word: str, font: str, size: float) -> float:
    widths = _widths(font, size)
    width = widths.get(word)
    if width is None:
        if len(widths) >= WIDTHS_KEPT:
            widths.clear()
        width = widths[word] = float(pdfmetrics.stringWidth(word, font, size))
    return width


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line, cut into pieces that fit."""
    pieces: list[str] = []
    rest = word
    while len(rest) > 1 and word_width(rest, font, size) > width:
        cut = len(rest) - 1
        while cut > 1 and word_width(rest[:cut], font, size) > width:
            cut -= 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    return [*pieces, rest]


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking on spaces, keeping the text's own line breaks and French typography
    (no break before ? ! : ; » or after «); a word wider than the line is cut. At least one line."""
    if len(text) <= SHORT:
        return list(_wrap_short(text, font, size, width))
    return _wrap(text, font, size, width)


@functools.lru_cache(maxsize=1 << 12)
def _wrap_short(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(_wrap(text, font, size, width))


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    widths = _widths(font, size)
    space = word_width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words: list[str] = []
        used = 0.0
        for word in BREAKS.split(GLUE.sub("\u00a0", paragraph.strip())):
            w = widths.get(word)
            if w is None:
                w = word_width(word, font, size)
            if words and used + space + w <= width:
                words.append(word)
                used += space + w
                continue
            if words:
                lines.append(" ".join(words))
            pieces = _cut(word, font, size, width) if w > width else [word]
            lines += pieces[:-1]
            words, used = [pieces[-1]], word_width(pieces[-1], font, size)
        lines.append(" ".join(words))
    return lines


class TextBlock(Flowable):  # type: ignore[misc]
    def __init__(self, text: str, style: ParagraphStyle, *, link: str | None = None,
                 lines: tuple[list[str], float] | None = None) -> None:  # fmt: skip
        super().__init__()
        self.text, self.style, self.link = text, style, link
        self.font, self.size, self.leading = style.fontName, style.fontSize, style.leading
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter
        self._lines: list[str] | None = lines[0] if lines else None
        self._width: float | None = lines[1] if lines else None

    def _layout(self, width: float) -> list[str]:
        if self._lines is None or self._width != width:
            self._lines = wrap_text(self.text, self.font, self.size, width)
            self._width = width
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = len(self._layout(availWidth)) * self.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table asks for a split with its column's full width but wraps cells without their
        # padding: keep the width of the last wrap, so the parts' lines are the ones measured.
        width = self._width if self._width is not None else availWidth
        lines = self._layout(width)
        fit = int(availHeight // self.leading)
        if fit < 1 or fit >= len(lines):
            return []
        return [self._part(lines[:fit], width), self._part(lines[fit:], width)]

    def _part(self, lines: list[str], width: float) -> TextBlock:
        return TextBlock("\n".join(lines), self.style, link=self.link, lines=(lines, width))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Flowable.drawOn, with the canvas's origin moved by the block's own operators: the
        canvas's saveState(), translate() and restoreState() cost more than a line of text."""
        x = self._hAlignAdjust(x, _sW)
        canvas.addLiteral(f"q 1 0 0 1 {fp_str(x, y)} cm {self.ops_at(canvas, 0, 0)} Q")
        self.link_at(canvas, x, y)

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canv: Any, x: float, y: float) -> None:
        """Draw with the bottom-left corner at (x, y), without moving the canvas's origin."""
        canv.addLiteral(self.ops_at(canv, x, y))
        self.link_at(canv, x, y)

    def ops_at(self, canv: Any, x: float, y: float) -> str:
        """The operators drawing the block with its bottom-left corner at (x, y), written directly
        following the dynamic-font protocol of reportlab's ttfonts module: a text object per line
        cost more than the lines' own encoding."""
        encoder = _encoder(self.font, canv._doc)
        color, size = _style_ops(self.style)
        ops = [f"q {color} BT 1 0 0 1 {x:.2f} {y + self.height - self.size:.2f} Tm"]
        current = -1
        for n, line in enumerate(self._lines or ()):
            if n:
                ops.append("T*")
            for subset, chunk in encoder.chunks(line):
                if subset != current:
                    ops.append(encoder.name(subset) + size)
                    current = subset
                ops.append(f"({chunk}) Tj")
        ops.append("ET Q")
        return " ".join(ops)

    def link_at(self, canv: Any, x: float, y: float) -> None:
        """The block's link, if any, over the block drawn at (x, y)."""
        if self.link:
            canv.linkRect("", self.link, (x, y, x + self.width, y + self.height), relative=1, thickness=0)


@functools.lru_cache(maxsize=256)
def _style_ops(style: ParagraphStyle) -> tuple[str, str]:
    """The operators setting a style's colour, and (after a font resource's name) its size."""
    return fill_op(style.textColor), f" {style.fontSize:g} Tf {style.leading:g} TL"


ESCAPED: Final = tuple(escapePDF(bytes([code])) for code in range(256))  # a subset's code as a PDF string has it
ENCODERS: Final = "_register_app_encoders"  # attribute of a reportlab PDF document: font name -> _Encoder


def _encoder(font: str, doc: Any) -> _Encoder:
    encoders: dict[str, _Encoder] | None = getattr(doc, ENCODERS, None)
    if encoders is None:
        encoders = {}
        setattr(doc, ENCODERS, encoders)
    encoder = encoders.get(font)
    if encoder is None:
        encoder = encoders[font] = _Encoder(pdfmetrics.getFont(font), doc)
    return encoder


class _Encoder:
    """How a dynamic TrueType font encodes text in one document: TTFont.splitString, which gives
    each character a code in a subset of the font the first time the document uses it, then
    escapePDF; both loop over the characters in Python. Once a character has its code in the
    first subset, it is remembered, and a line made only of such characters is encoded by one
    str.translate; any other line takes reportlab's own way, which assigns the new codes."""

    def __init__(self, font: Any, doc: Any) -> None:
        self.font, self.doc = font, doc
        self.known: set[str] = set()  # characters with a code in subset 0
        self.table: dict[int, str] = {}  # their code points -> their escaped code
        self.names: dict[int, str] = {}  # subset -> its font resource name

    def chunks(self, line: str) -> list[tuple[int, str]]:
        """(subset, escaped string) for each run of the line's characters in one subset."""
        if not line:
            return []
        if self.known.issuperset(line):
            return [(0, line.translate(self.table))]
        chunks = [(subset, escapePDF(data)) for subset, data in self.font.splitString(line, self.doc)]
        assignments = self.font.state[self.doc].assignments
        for char in set(line) - self.known:
            code = ord(char)
            assigned = assignments.get(32 if code == 0xA0 else code, 0)  # as splitString: nbsp is a space,
            if assigned < 256:  # a character without a glyph is code 0
                self.known.add(char)
                self.table[code] = ESCAPED[assigned]
        return chunks

    def name(self, subset: int) -> str:
        name = self.names.get(subset)
        if name is None:
            name = self.names[subset] = self.font.getSubsetInternalName(subset, self.doc)
        return name


def text_ops(canv: Any, text: str, *, font: str, size: float, x: float, y: float) -> str:
    """The operators of canv.drawString(x, y, text) in `font` at `size` (the text object's own,
    ending on a line feed as drawString's does), in the current fill colour."""
    encoder = _encoder(font, canv._doc)
    ops = [f"BT 1 0 0 1 {fp_str(x, y)} Tm"]
    current = -1
    for subset, chunk in encoder.chunks(text):
        if subset != current:
            ops.append(f"{encoder.name(subset)} {size:g} Tf {size * 1.2:g} TL")
            current = subset
        ops.append(f"({chunk}) Tj")
    ops.append("T* ET")
    return " ".join(ops)


@functools.cache
def fill_op(color: Color) -> str:
    red, green, blue = color.rgb()
    return f"{red:.4f} {green:.4f} {blue:.4f} rg"


@functools.cache
def stroke_op(color: Color) -> str:
    red, green, blue = color.rgb()
    return f"{red:.4f} {green:.4f} {blue:.4f} RG"

