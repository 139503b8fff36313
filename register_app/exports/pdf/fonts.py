"""The embedded typeface. DejaVu Sans covers French and every European Latin-script alphabet
(œ, ’, « », €, Polish, Czech, Turkish, Romanian...), where the PDF core fonts draw empty boxes."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR: Final = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGULAR: Final = "DejaVuSans"
BOLD: Final = "DejaVuSans-Bold"
ITALIC: Final = "DejaVuSans-Oblique"


@functools.cache
def register_fonts() -> None:
    """Register the family once per process (reportlab keeps fonts in a global registry)."""
    for name in (REGULAR, BOLD, ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
