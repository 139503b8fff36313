"""The notice as a Word document (python-docx) that Word and LibreOffice Writer open and edit: the
built-in Title and Heading styles (so the navigation pane and a table of contents find them),
bulleted lists in the List Bullet style, tables with a repeated header row, the document's
language set for the spelling checker, and placeholders highlighted in yellow."""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import _Row
from docx.text.paragraph import Paragraph as DocxParagraph

from register_app.exports.notice.model import Block, Bullets, Inline, Notice, Paragraph, Subheading, Table

LANGUAGE_TAGS = {"fr": "fr-FR", "en": "en-GB"}


def render_docx(notice: Notice) -> bytes:
    document = Document()
    _set_language(document, LANGUAGE_TAGS[notice.lang])
    properties = document.core_properties
    properties.title = f"{notice.title} — {notice.organisation}"
    properties.subject = notice.subtitle
    properties.author = notice.organisation
    properties.language = LANGUAGE_TAGS[notice.lang]
    document.add_heading(notice.title, level=0)
    document.add_paragraph().add_run(notice.subtitle).bold = True
    document.add_paragraph(notice.updated).runs[0].italic = True
    _add_runs(document.add_paragraph(), notice.intro)
    for section in notice.sections:
        document.add_heading(section.title, level=1)
        for block in section.blocks:
            _add_block(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_block(document: DocxDocument, block: Block) -> None:
    if isinstance(block, Paragraph):
        _add_runs(document.add_paragraph(), block.runs)
    elif isinstance(block, Subheading):
        document.add_heading(block.text, level=2)
    elif isinstance(block, Bullets):
        for item in block.items:
            _add_runs(document.add_paragraph(style="List Bullet"), item)
    else:
        _add_table(document, block)


def _add_table(document: DocxDocument, table: Table) -> None:
    document.add_heading(table.caption, level=3)
    grid = document.add_table(rows=1, cols=len(table.header))
    grid.style = "Table Grid"
    header = grid.rows[0]
    _repeat_as_header(header)
    for cell, label in zip(header.cells, table.header, strict=True):
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for n, (cell, runs) in enumerate(zip(cells, row, strict=True)):
            _add_runs(cell.paragraphs[0], runs, bold=n == 0)


def _add_runs(paragraph: DocxParagraph, runs: Inline, *, bold: bool = False) -> None:
    for run in runs:
        for n, line in enumerate(run.text.split("\n")):
            if n:
                paragraph.add_run().add_break()
            if not line:
                continue
            added = paragraph.add_run(line)
            added.bold = run.strong or bold or None
            if run.placeholder:
                added.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _repeat_as_header(row: _Row) -> None:
    """Mark a table row as a header row, repeated at the top of each page the table spans."""
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _set_language(document: DocxDocument, tag: str) -> None:
    """The default language of the text, for Word's and Writer's spelling and hyphenation."""
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    properties = normal.element.get_or_add_rPr()
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), tag)
    properties.append(language)
