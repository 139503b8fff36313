"""One activity's fiche as a PDF of its own (from the activity editor): the dossier's fiche, laid
out by the same ActivitySection over a snapshot limited to that activity, with the dossier's page
furniture and no cover, contents or annexes."""

from __future__ import annotations

import dataclasses
import functools
import io
from datetime import UTC, datetime

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

from register_app import __version__
from register_app.domain.catalogues import Lang
from register_app.errors import NotFoundError
from register_app.exports.export_texts import text
from register_app.exports.pdf.activity_section import ActivitySection
from register_app.exports.pdf.canvas import DeferredCanvas, Furniture
from register_app.exports.pdf.document import binary_streams
from register_app.exports.pdf.fonts import REGULAR, register_fonts
from register_app.exports.pdf.styles import FRAME_HEIGHT, FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from register_app.exports.pdf.summary import activity_title
from register_app.exports.pdf.toc import Pages, TocEntry
from register_app.exports.profiles import for_document
from register_app.exports.view import RegisterView, format_date
from register_app.services import records as r
from register_app.services.document import Profile


def only_activity(snapshot: r.Snapshot, uid: str) -> r.Snapshot:
    """The snapshot with one activity: what its fiche may state, and nothing of the others."""
    kept = tuple(a for a in snapshot.activities if a.uid == uid)
    if not kept:
        raise NotFoundError(kind="activity", ident=uid)
    return dataclasses.replace(snapshot, activities=kept)


def export_fiche_pdf(snapshot: r.Snapshot, uid: str, lang: Lang = "fr") -> bytes:
    """The fiche of activity `uid` as the full register shows it (the editor's content, draft or
    retired activities included), in `lang`."""
    register_fonts()
    shown = for_document(only_activity(snapshot, uid), Profile.FULL)
    [activity] = shown.activities
    section = ActivitySection(RegisterView(shown), Profile.FULL, lang, Pages())
    group = TocEntry("fiche", text("fiche", lang), 0)  # the bookmarks' first level, the activity under it
    story = [f for f in section.story(activity, group=group) if not isinstance(f, PageBreak)]  # no blank first page
    moment = shown.taken_at or datetime.now(UTC)
    name = shown.organisation.identity.name
    furniture = Furniture(
        organisation=name,
        title=f"{text('register_title', lang)} — {text('fiche', lang)}",
        edition=text("edition", lang, date=format_date(moment.astimezone(), lang)),
        page_label=lambda page, pages: text("page_x_of_y", lang, page=page, pages=pages),
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=f"{text('fiche', lang)} — {activity_title(activity)}",
        author=name,
        creator=f"register_app {__version__}",
        lang="fr-FR" if lang == "fr" else "en-GB",
        initialFontName=REGULAR,
    )  # fmt: skip
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame])])
    with binary_streams():
        doc.build(story, canvasmaker=functools.partial(DeferredCanvas, decorate=furniture.draw))
    return buffer.getvalue()
