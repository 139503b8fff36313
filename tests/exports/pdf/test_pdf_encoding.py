"""The dossier's text is encoded as reportlab encodes it: the per-character cache of TextBlock's
encoder gives the strings TTFont.splitString and escapePDF give, in every subset of the font."""

from __future__ import annotations

import io

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from register_app.exports.pdf.fonts import BOLD, REGULAR, register_fonts
from register_app.exports.pdf.textblock import _encoder

# More than 256 distinct characters, so that a document's font has several subsets; with the
# characters PDF strings escape, a no-break space, and a character the font has no glyph for.
ALPHABETS = "".join(map(chr, [*range(0x20, 0x7F), *range(0xA0, 0x180), *range(0x391, 0x3CA), *range(0x410, 0x450)]))
LINES = ["", "Données (personnelles) \\ « contrat » 10\u00a0%", ALPHABETS, "\U0001f600 sans glyphe", ALPHABETS[::-1],
         "Ελληνικά и русский: déjà vus", "(" * 3 + ")" * 3, ALPHABETS[::7]]  # fmt: skip


def test_lines_are_encoded_as_reportlab_encodes_them():
    register_fonts()
    for font_name in (REGULAR, BOLD):
        font = pdfmetrics.getFont(font_name)
        ours, reference = Canvas(io.BytesIO())._doc, Canvas(io.BytesIO())._doc
        encoder = _encoder(font_name, ours)
        for line in LINES * 2:  # the second time, from what the encoder has learnt
            expected = [(subset, escapePDF(data)) for subset, data in font.splitString(line, reference)]
            assert encoder.chunks(line) == expected, line
        assert len(font.state[ours].subsets) > 1
        assert font.state[ours].assignments == font.state[reference].assignments
        assert encoder.name(1) == font.getSubsetInternalName(1, ours)
