"""The PDF dossier, laid out in a single pass: the contents' pages are reserved up front (their
number depends only on the entries), headings record their pages as they are drawn, and the
contents and 'page X of Y' are drawn when the canvas writes the held pages out."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from register_app import __version__
from register_app.domain.catalogues import Lang
from register_app.domain.words.language import pick
from register_app.exports.export_texts import text
from register_app.exports.findings import check_date, findings_report
from register_app.exports.formats import output
from register_app.exports.pdf.activity_section import ActivitySection
from register_app.exports.pdf.annexes import Annexes, annex_entries
from register_app.exports.pdf.canvas import DeferredCanvas, Furniture
from register_app.exports.pdf.cover import cover
from register_app.exports.pdf.fonts import REGULAR, register_fonts
from register_app.exports.pdf.story import Story
from register_app.exports.pdf.styles import FRAME_HEIGHT, FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from register_app.exports.pdf.summary import activity_key, activity_title, summary
from register_app.exports.pdf.toc import Pages, TableOfContents, TocEntry
from register_app.exports.profiles import for_document
from register_app.exports.view import RegisterView, format_date
from register_app.gc_pause import collection_paused
from register_app.services import records as r
from register_app.services.document import Profile


@contextlib.contextmanager
def binary_streams() -> Iterator[None]:
    """Compressed streams written as binary rather than ASCII85 text: on the bench's register the
    file is 16 % smaller and the build 13 % faster (the encoder is pure Python). reportlab only
    has a process-wide switch, restored on the way out; should two exports overlap, the worst
    case is a file written in ASCII85, which is just as valid."""
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = saved


def _as_of(moment: datetime, lang: Lang) -> str:
    local = moment.astimezone()
    offset = local.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return text("date_time", lang, date=format_date(local, lang), time=f"{local:%H:%M} ({zone})")


class Dossier:
    """One dossier being built: what the profile's document states of the register, and its contents."""

    def __init__(self, snapshot: r.Snapshot, profile: Profile, lang: Lang, *, findings: bool = False) -> None:
        self.snapshot = for_document(snapshot, profile)
        full = findings and profile is Profile.FULL
        self.report = findings_report(snapshot, shown=self.snapshot) if full else None
        self.view = RegisterView(self.snapshot)
        self.profile, self.lang = profile, lang
        self.moment = self.snapshot.taken_at or datetime.now(UTC)
        self.pages = Pages()
        self.fiches = TocEntry("fiches", text("fiches", lang), 0)
        self.annexes = TocEntry("annexes", text("annexes", lang), 0)
        activities = [TocEntry(activity_key(a), activity_title(a), 1) for a in self.snapshot.activities]
        entries = [TocEntry("summary", text("summary", lang), 0), *([self.fiches] if activities else []),
                   *activities, self.annexes,
                   *(e for e, _ in annex_entries(self.view, lang, findings=self.report is not None))]  # fmt: skip
        self.toc = TableOfContents(text("contents", lang), entries)
        title = f"{text('register_title', lang)} — {text(f'profile_{profile.value}', lang)}"
        as_of = self.snapshot.as_of
        # "Register as of …": when it was read, or the moment it was rebuilt as of from the history
        self.stated = text("as_of_history" if as_of else "as_of", lang, date=_as_of(as_of or self.moment, lang))
        if as_of is not None:
            title += f" — {text('as_of_history', lang, date=format_date(as_of.astimezone(), lang))}"
        self.furniture = Furniture(
            organisation=self.snapshot.organisation.identity.name,
            title=title,
            edition=text("edition", lang, date=format_date(self.moment.astimezone(), lang)),
            page_label=lambda page, pages: text("page_x_of_y", lang, page=page, pages=pages),
        )

    def story(self) -> Iterator[Flowable]:
        """The flowables in order, each fiche's made when the layout reaches it (see Story)."""
        yield from cover(self.snapshot, self.profile, self.lang, self.stated)
        yield PageBreak()
        yield from self.toc.reserve(self.pages, text("contents", self.lang))
        yield from summary(self.snapshot, self.profile, self.lang, self.pages)
        section = ActivitySection(self.view, self.profile, self.lang, self.pages)
        for n, activity in enumerate(self.snapshot.activities):
            yield from section.story(activity, group=self.fiches if n == 0 else None)
        annexes = Annexes(self.view, self.profile, self.lang, self.pages, check_date(self.snapshot),
                          report=self.report)  # fmt: skip
        yield from annexes.story(self.annexes)

    def decorate(self, canvas: Canvas, page: int, pages: int) -> None:
        self.furniture.draw(canvas, page, pages)
        first = self.pages.by_key.get("contents", 0)
        if first and first <= page < first + self.toc.pages:
            self.toc.draw_page(canvas, page - first, self.pages.by_key)

    def build(self, out: IO[bytes]) -> None:
        """Lay the dossier out and write it to `out`, its bytes as they are made (see canvas.py)."""
        org = self.snapshot.organisation
        doc = BaseDocTemplate(
            out,
            pagesize=A4,
            leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=f"{text('register_title', self.lang)} — {org.identity.name}",
            author=org.dpo.name if org.dpo_designated and org.dpo.name else org.identity.name,
            subject=text("pdf_subject", self.lang, organisation=org.identity.name),
            creator=f"register_app {__version__}",
            lang=pick(("fr-FR", "en-GB"), self.lang),
            initialFontName=REGULAR,
        )  # fmt: skip
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, 0, 0, 0, 0, id="body")
        doc.addPageTemplates([PageTemplate("page", [frame])])
        with binary_streams():
            doc.build(Story(self.story()), canvasmaker=functools.partial(DeferredCanvas, decorate=self.decorate))


def export_pdf(snapshot: r.Snapshot, out: Path | IO[bytes], profile: Profile = Profile.FULL, lang: Lang = "fr", *,
               findings: bool = True) -> None:  # fmt: skip
    """Write the register as a PDF dossier for the CNIL, in the profile and language asked for, to
    `out`: a path (written atomically) or a binary file. The file is written as it is made, never
    held whole in memory (80 MB at 10,000 activities). The full register ends with the findings of
    the compliance checks unless `findings` is False; the Article 30 extract never has them."""
    register_fonts()
    with collection_paused(), output(out) as handle:
        Dossier(snapshot, profile, lang, findings=findings).build(handle)
