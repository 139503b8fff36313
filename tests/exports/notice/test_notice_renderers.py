"""Each format read back as a reader's tool reads it: the HTML parsed (headings, lists, a table
with header cells, placeholders marked), the DOCX through python-docx (real heading and list
styles) and through LibreOffice, the PDF through pypdf (fonts embedded): every fact of the chosen
activities is there."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from docx import Document
from exports.notice.samples import activity, flat, snapshot
from pypdf import PdfReader

from register_app.exports.notice.content import build_notice, notice_activities
from register_app.exports.notice.docx import render_docx
from register_app.exports.notice.html import render_html
from register_app.exports.notice.model import Notice
from register_app.exports.notice.pdf import render_pdf
from register_app.services import records as r

VOID = {"meta", "br", "link", "img", "hr", "input"}


class Outline(HTMLParser):
    """Tags in order, text outside <style>, and a check that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.marked: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.errors.append(tag)

    def handle_data(self, data: str) -> None:
        if self.open and self.open[-1] == "style":
            return
        self.text.append(data)
        if self.open and self.open[-1] == "mark":
            self.marked.append(data)


def facts(notice_source: r.Snapshot, audience: str) -> list[str]:
    """What a notice for `audience` must state: each chosen activity's purposes and data."""
    found = []
    for a in notice_activities(notice_source, audience):
        found += [p.description for p in a.purposes] + [c.description for c in a.data_categories if c.description]
    return [flat(f) for f in found]


def gap_register() -> r.Snapshot:
    return snapshot(activity("T-1", "Boutique <en ligne> & retrait",
                             purposes=(r.Purpose(description="Relances <script>", legal_basis=None),)))  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_html_is_well_formed_accessible_and_complete(demo: r.Snapshot, lang: str) -> None:
    notice = build_notice(demo, audience="customers", lang=lang)  # type: ignore[arg-type]
    page = Outline()
    page.feed(render_html(notice).decode("utf-8"))
    page.close()
    assert page.errors == [] and page.open == []
    tags = [tag for tag, _ in page.tags]
    assert page.tags[0] == ("html", {"lang": lang})
    assert tags.count("h1") == 1 and tags.count("h2") == len(notice.sections)
    assert "ul" in tags and "li" in tags and "caption" in tags
    assert ("th", {"scope": "col"}) in page.tags and ("th", {"scope": "row"}) in page.tags
    assert not any(tag in ("link", "script", "img") for tag in tags)  # self-contained
    words = flat("".join(page.text))
    for fact in facts(demo, "customers"):
        assert fact in words
    assert len(page.marked) == len(notice.missing) > 0
    assert all(m.startswith("[À compléter : " if lang == "fr" else "[To be completed: ") for m in page.marked)


def test_html_escapes_the_register_text() -> None:
    html = render_html(build_notice(gap_register(), lang="fr")).decode("utf-8")
    assert "<script>" not in html and "Relances &lt;script&gt;" in html
    assert "Boutique &lt;en ligne&gt; &amp; retrait" in html


def read_docx(data: bytes, folder: Path) -> object:
    path = folder / "notice.docx"
    path.write_bytes(data)
    return Document(str(path))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_docx_has_real_headings_lists_and_every_fact(demo: r.Snapshot, lang: str, tmp_path: Path) -> None:
    notice = build_notice(demo, audience="candidates", lang=lang)  # type: ignore[arg-type]
    document = read_docx(render_docx(notice), tmp_path)
    paragraphs = document.paragraphs  # type: ignore[attr-defined]
    styles = [(p.style.name, p.text) for p in paragraphs]
    assert ("Title", notice.title) in styles
    assert [text for style, text in styles if style == "Heading 1"] == [s.title for s in notice.sections]
    assert any(style == "List Bullet" for style, _ in styles)
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]  # type: ignore[attr-defined]
    words = flat(" ".join([p.text for p in paragraphs] + cells))
    for fact in facts(demo, "candidates"):
        assert fact in words
    assert document.core_properties.language == ("fr-FR" if lang == "fr" else "en-GB")  # type: ignore[attr-defined]


def test_docx_placeholders_are_highlighted(tmp_path: Path) -> None:
    document = read_docx(render_docx(build_notice(gap_register(), lang="fr")), tmp_path)
    highlighted = [run.text for p in document.paragraphs for run in p.runs  # type: ignore[attr-defined]
                   if run.font.highlight_color is not None]  # fmt: skip
    assert highlighted == ["[À compléter : base légale]"]


def pdf_words(data: bytes, folder: Path) -> str:
    path = folder / "notice.pdf"
    path.write_bytes(data)
    return flat(" ".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf_states_every_fact_with_embedded_fonts(demo: r.Snapshot, lang: str, tmp_path: Path) -> None:
    notice = build_notice(demo, audience="customers", lang=lang)  # type: ignore[arg-type]
    data = render_pdf(notice)
    words = pdf_words(data, tmp_path)
    for fact in [*facts(demo, "customers"), notice.title, *(s.title for s in notice.sections)]:
        assert fact in words
    reader = PdfReader(tmp_path / "notice.pdf")
    fonts = {font["/BaseFont"] for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVuSans" in str(font) for font in fonts)
    assert reader.metadata is not None and reader.metadata.title == f"{notice.title} — {notice.organisation}"


def writer_installed() -> bool:
    """Whether LibreOffice Writer (not only Calc) is installed beside soffice."""
    soffice = shutil.which("soffice")
    return soffice is not None and any(Path(soffice).resolve().parent.glob("libswlo.*"))


@pytest.mark.slow  # starts LibreOffice
@pytest.mark.skipif(not writer_installed(), reason="LibreOffice Writer is not installed")
def test_libreoffice_opens_the_docx(demo: r.Snapshot, tmp_path: Path) -> None:
    notice: Notice = build_notice(demo, audience="candidates", lang="fr")
    source = tmp_path / "notice.docx"
    source.write_bytes(render_docx(notice))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(source)],
                   check=True, capture_output=True, timeout=180)  # fmt: skip
    words = pdf_words((tmp_path / "out" / "notice.pdf").read_bytes(), tmp_path)
    for fact in [*facts(demo, "candidates"), notice.title, *(s.title for s in notice.sections)]:
        assert fact in words
