"""Page geometry, colours and paragraph styles of the dossier, and the escaping of user text."""

from __future__ import annotations

from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from register_app.exports.pdf.fonts import BOLD, ITALIC, REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X: Final = 20 * mm
MARGIN_TOP: Final = 24 * mm
MARGIN_BOTTOM: Final = 22 * mm
FRAME_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT: Final = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK: Final = colors.HexColor("#1A1A1A")
ACCENT: Final = colors.HexColor("#1F3A5F")
MUTED: Final = colors.HexColor("#5F6B7A")
RULE: Final = colors.HexColor("#B8C2CE")
HEADER_FILL: Final = colors.HexColor("#E6EBF1")
LABEL_FILL: Final = colors.HexColor("#F3F5F8")

BODY_SIZE: Final = 8.5


def _style(name: str, **values: object) -> ParagraphStyle:
    base: dict[str, object] = {"fontName": REGULAR, "fontSize": BODY_SIZE, "leading": 11,
                               "textColor": INK}  # fmt: skip
    base.update(values)
    return ParagraphStyle(name, **base)


BODY: Final = _style("body", spaceBefore=4, spaceAfter=3)
CELL: Final = _style("cell")
CELL_BOLD: Final = _style("cell_bold", fontName=BOLD)
CELL_HEAD: Final = _style("cell_head", fontName=BOLD, fontSize=7.5, leading=9.5, textColor=ACCENT)
CELL_MUTED: Final = _style("cell_muted", fontName=ITALIC, textColor=MUTED)
H1: Final = _style("h1", fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT, spaceAfter=8)
H2: Final = _style("h2", fontName=BOLD, fontSize=10.5, leading=14, textColor=ACCENT, spaceBefore=9, spaceAfter=4)
H3: Final = _style("h3", fontName=BOLD, fontSize=9, leading=12, textColor=INK, spaceBefore=6, spaceAfter=3)
COVER_KICKER: Final = _style("cover_kicker", fontSize=10, leading=14, textColor=MUTED, spaceAfter=6)
COVER_TITLE: Final = _style("cover_title", fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=10)
COVER_SUBTITLE: Final = _style("cover_subtitle", fontSize=13, leading=17, textColor=INK, spaceAfter=4)
COVER_NOTE: Final = _style("cover_note", fontName=ITALIC, fontSize=8, leading=11, textColor=MUTED)
SIGNATURE: Final = _style("signature", fontSize=8.5, leading=12, textColor=MUTED, alignment=TA_CENTER)


def esc(value: str) -> str:
    """User text made safe for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(value).replace("\r\n", "\n").replace("\n", "<br/>")
