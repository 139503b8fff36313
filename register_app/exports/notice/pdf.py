"""The notice as a PDF with the dossier's look: its embedded DejaVu fonts, colours, heading and
body styles, and its running header and footer (organisation, title, date, "page X of Y")."""

from __future__ import annotations

import functools
import io

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, ListFlowable, ListItem, PageTemplate, TableStyle
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

from register_app import __version__
from register_app.domain.words.language import pick
from register_app.exports.export_texts import text
from register_app.exports.notice.model import Block, Bullets, Inline, Notice, Paragraph, Subheading, Table
from register_app.exports.pdf.canvas import DeferredCanvas, Furniture
from register_app.exports.pdf.fonts import REGULAR, register_fonts
from register_app.exports.pdf.styles import (
    BODY,
    CELL,
    CELL_BOLD,
    CELL_HEAD,
    COVER_NOTE,
    COVER_SUBTITLE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    H1,
    H2,
    H3,
    HEADER_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    esc,
)

PLACEHOLDER_FILL = "#FFF2A8"
CAPTION = ParagraphStyle("notice_caption", parent=H3, keepWithNext=1)  # a table's title stays with it
HEADING = ParagraphStyle("notice_heading", parent=H2, keepWithNext=1)  # never alone at the foot of a page
BULLET_SIZE = 6
DATA_COLUMN = 0.38  # share of the width given to the first column (the data) of a retention table


def render_pdf(notice: Notice) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{notice.title} — {notice.organisation}",
        author=notice.organisation,
        subject=notice.subtitle,
        creator=f"register_app {__version__}",
        lang=pick(("fr-FR", "en-GB"), notice.lang),
        initialFontName=REGULAR,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", [Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT,
                                                      0, 0, 0, 0, id="body")])])  # fmt: skip
    furniture = Furniture(
        organisation=notice.organisation,
        title=notice.title,
        edition=notice.updated,
        page_label=lambda page, pages: text("page_x_of_y", notice.lang, page=page, pages=pages),
    )
    doc.build(_story(notice), canvasmaker=functools.partial(DeferredCanvas, decorate=furniture.draw))
    return buffer.getvalue()


def _story(notice: Notice) -> list[Flowable]:
    story: list[Flowable] = [
        PdfParagraph(esc(notice.title), H1),
        PdfParagraph(esc(notice.subtitle), COVER_SUBTITLE),
        PdfParagraph(esc(notice.updated), COVER_NOTE),
        PdfParagraph(_inline(notice.intro), BODY),
    ]
    for section in notice.sections:
        story.append(PdfParagraph(esc(section.title), HEADING))
        for block in section.blocks:
            story.extend(_block(block))
    return story


def _inline(runs: Inline) -> str:
    parts = []
    for run in runs:
        words = esc(run.text)
        if run.strong:
            words = f"<b>{words}</b>"
        if run.placeholder:
            words = f'<font backColor="{PLACEHOLDER_FILL}">{words}</font>'
        parts.append(words)
    return "".join(parts)


def _block(block: Block) -> list[Flowable]:
    if isinstance(block, Paragraph):
        return [PdfParagraph(_inline(block.runs), BODY)]
    if isinstance(block, Subheading):
        return [PdfParagraph(esc(block.text), CAPTION)]
    if isinstance(block, Bullets):
        items = [ListItem(PdfParagraph(_inline(item), BODY), value="circle") for item in block.items]
        return [ListFlowable(items, bulletType="bullet", start="•", leftIndent=5 * mm, bulletFontName=REGULAR,
                             bulletFontSize=BULLET_SIZE)]  # fmt: skip
    return _table(block)


def _table(table: Table) -> list[Flowable]:
    header = [PdfParagraph(esc(label), CELL_HEAD) for label in table.header]
    rows = [[PdfParagraph(_inline(cell), CELL_BOLD if n == 0 else CELL) for n, cell in enumerate(row)]
            for row in table.rows]  # fmt: skip
    first = FRAME_WIDTH * DATA_COLUMN
    widths = [first, *[(FRAME_WIDTH - first) / (len(table.header) - 1)] * (len(table.header) - 1)]
    grid = PdfTable([header, *rows], colWidths=widths, repeatRows=1)
    grid.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the cells' canvas state names Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))  # fmt: skip
    return [PdfParagraph(esc(table.caption), CAPTION), grid]
