"""The pieces the dossier's layout rests on: line breaking, text that splits between pages
without losing a line, the contents' reserved length, and the exporter behind the CLI."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from register_app.cli import main
from register_app.exports.pdf.fonts import BOLD, REGULAR, register_fonts
from register_app.exports.pdf.styles import CELL
from register_app.exports.pdf.textblock import TextBlock, word_width, wrap_text
from register_app.exports.pdf.toc import TableOfContents, TocEntry
from register_app.services.demo import write_demo


def test_wrap_keeps_words_line_breaks_and_french_punctuation():
    register_fonts()
    lines = wrap_text("Données sensibles ?\nDeux « mots »", BOLD, 8, word_width("Données sensibles", BOLD, 8))
    assert lines == ["Données", "sensibles\u00a0?", "Deux «\u00a0mots\u00a0»"]
    assert wrap_text("", REGULAR, 8, 100) == [""]


def test_a_word_wider_than_the_line_is_cut_not_overflowing():
    register_fonts()
    lines = wrap_text("x" * 300, REGULAR, 8.5, 100)
    assert "".join(lines) == "x" * 300
    assert all(word_width(line, REGULAR, 8.5) <= 100 for line in lines)


def test_a_text_block_splits_between_lines_and_loses_none():
    register_fonts()
    text = " ".join(f"mot{n}" for n in range(400))
    block = TextBlock(text, CELL)
    _, height = block.wrap(200, 10_000)
    first, rest = block.split(200, height / 3)
    assert first.wrap(200, 10_000)[1] <= height / 3
    assert " ".join(first.text.split() + rest.text.split()) == text
    assert block.split(200, CELL.leading / 2) == []


def test_contents_length_depends_on_titles_only():
    entries = [TocEntry(f"k{n}", f"T-{n:03d} — Traitement {n}", 1) for n in range(200)]
    toc = TableOfContents("Sommaire", entries)
    assert toc.pages == TableOfContents("Sommaire", entries).pages >= 3
    assert TableOfContents("Sommaire", entries[:10]).pages == 1


def test_cli_exports_a_pdf(tmp_path: Path):
    write_demo(tmp_path / "r.rgpd").close()
    out = tmp_path / "dossier.pdf"
    assert main(["export", str(tmp_path / "r.rgpd"), str(out), "--profile", "extract", "--lang", "en"]) == 0
    reader = PdfReader(out)
    assert reader.metadata is not None and reader.metadata.title.startswith("Record of processing activities")
    assert "Article 30 extract" in reader.pages[0].extract_text()
