"""The dossier as printed: fonts embedded with every European glyph, pages that render, text that
stays inside the frame, and extreme registers that export whole."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from exports.pdf.conftest import flat, page_texts, run
from exports.pdf.pdf_samples import EUROPEAN, extreme_snapshot
from exports.pdf.test_pdf_contents import contents
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from register_app.exports.pdf.document import export_pdf
from register_app.exports.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts
from register_app.exports.pdf.styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE_HEIGHT
from register_app.services.document import Profile

pytestmark = pytest.mark.usefixtures("poppler")


def test_every_font_is_embedded(demo_pdfs: dict[str, Path]):
    for pdf in demo_pdfs.values():
        rows = run("pdffonts", pdf).splitlines()[2:]
        assert rows, pdf
        for row in rows:
            name, emb = row.split()[0], row.split()[-5]
            assert emb == "yes", row
            assert "DejaVuSans" in name, row


def test_the_font_has_every_european_glyph():
    register_fonts()
    for name in (REGULAR, BOLD, ITALIC):
        widths = pdfmetrics.getFont(name).face.charWidths
        assert [c for c in EUROPEAN + "’€«»œŒ" if not c.isspace() and ord(c) not in widths] == [], name


def test_pages_render_to_png(demo_pdfs: dict[str, Path], tmp_path: Path):
    for name, pdf in demo_pdfs.items():
        run("pdftoppm", "-r", "20", "-png", pdf, tmp_path / name)
        pages = len(PdfReader(pdf).pages)
        images = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(images) == pages
        assert all(image.stat().st_size > 500 for image in images)


WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>')


def words_outside_frame(pdf: Path, furniture: str) -> list[tuple[int, str, float, float]]:
    """(page, word, top, bottom) of every word above or below the frame that is not part of the
    running header and footer (poppler's coordinates run from the top of the page)."""
    allowed = set(furniture.split())
    outside = []
    for number, page in enumerate(run("pdftotext", "-bbox", pdf, "-").split("<page ")[1:], start=1):
        for top, bottom, word in WORD.findall(page):
            inside = float(top) >= MARGIN_TOP - 1 and float(bottom) <= PAGE_HEIGHT - MARGIN_BOTTOM + 1
            if not inside and html.unescape(word) not in allowed:
                outside.append((number, word, float(top), float(bottom)))
    return outside


def test_extreme_text_stays_inside_the_frame_and_is_not_cut(tmp_path: Path):
    snapshot = extreme_snapshot(12)
    pdf = tmp_path / "extreme.pdf"
    export_pdf(snapshot, pdf, Profile.FULL, "fr")
    pages = len(PdfReader(pdf).pages)
    furniture = " ".join(["Atelier Numérique SAS Registre des activités de traitement — Registre complet",
                          "Édition du 14/03/2025 Page sur", *map(str, range(1, pages + 1))])  # fmt: skip
    assert words_outside_frame(pdf, furniture) == []
    text = flat(" ".join(page_texts(pdf)))
    huge = snapshot.activities[0].description
    assert flat(huge[-60:]) in text  # the 10,000-character field is there to its last words
    assert flat(EUROPEAN) in text


@pytest.mark.slow
@pytest.mark.parametrize(("profile", "lang"), [(Profile.FULL, "fr"), (Profile.EXTRACT, "en")])
def test_500_extreme_activities_export(profile: Profile, lang: str, tmp_path: Path):
    snapshot = extreme_snapshot(500)
    pdf = tmp_path / "extreme.pdf"
    export_pdf(snapshot, pdf, profile, lang)  # type: ignore[arg-type]
    reader = PdfReader(pdf)
    assert len(reader.pages) > 500
    bookmarks = reader.outline[3]
    announced = contents([page.extract_text() for page in reader.pages[:40]])  # contents span several pages
    assert len(bookmarks) == len(announced) == 500
    for bookmark, activity in zip(bookmarks, snapshot.activities, strict=True):
        assert reader.get_destination_page_number(bookmark) + 1 == announced[activity.reference]
    pages = len(reader.pages)
    last = run("pdftotext", "-f", str(pages), "-l", str(pages), pdf, "-")
    assert (f"Page {pages} sur {pages}" if lang == "fr" else f"Page {pages} of {pages}") in last
