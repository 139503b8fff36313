"""Plain user text as a flowable, laid out once. Paragraph parses markup and re-measures every
word on each of the several wraps a table cell gets; register text has no markup, so this
flowable breaks lines with cached word widths, remembers its lines for the width it was given,
splits between lines, and draws each line as one text operator."""

from __future__ import annotations

import functools
import re
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import escapePDF
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

GLUE = re.compile(r"(?<=«) | (?=[?!:;»])")
BREAKS = re.compile(r"[ \t]+")


@functools.lru_cache(maxsize=1 << 16)
def word_width(word: str, font: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(word, font, size))


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
    space = word_width(" ", font, size)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words: list[str] = []
        used = 0.0
        for word in BREAKS.split(GLUE.sub("\u00a0", paragraph.strip())):
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

    def draw(self) -> None:
        self.draw_at(self.canv, 0, 0)

    def draw_at(self, canv: Any, x: float, y: float) -> None:
        """Draw with the bottom-left corner at (x, y), without moving the canvas's origin. The
        operators are written directly, following the dynamic-font protocol of reportlab's
        ttfonts module: a text object per line cost more than the lines' own encoding."""
        font = pdfmetrics.getFont(self.font)
        doc = canv._doc
        ops = [f"q {_fill_op(self.style.textColor)} BT 1 0 0 1 {x:.2f} {y + self.height - self.size:.2f} Tm"]
        current = -1
        for n, line in enumerate(self._lines or []):
            if n:
                ops.append("T*")
            for subset, chunk in font.splitString(line, doc):
                if subset != current:
                    ops.append(f"{font.getSubsetInternalName(subset, doc)} {self.size:g} Tf {self.leading:g} TL")
                    current = subset
                ops.append(f"({escapePDF(chunk)}) Tj")
        ops.append("ET Q")
        canv.addLiteral(" ".join(ops))
        if self.link:
            canv.linkRect("", self.link, (x, y, x + self.width, y + self.height), relative=1, thickness=0)


@functools.cache
def _fill_op(color: Color) -> str:
    red, green, blue = color.rgb()
    return f"{red:.4f} {green:.4f} {blue:.4f} rg"
