"""The summary of the document's activities, after the CNIL model's 'Liste des traitements' sheet;
the full register adds each activity's status (drafts and retired activities included)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from register_app.domain.catalogues import LEGAL_BASES, Lang, catalogue
from register_app.exports.export_texts import text
from register_app.exports.pdf.blocks import cell, grid
from register_app.exports.pdf.styles import BODY, H1, esc
from register_app.exports.pdf.toc import Heading, Pages, TocEntry
from register_app.exports.view import format_date, is_sensitive, status_text, yes_no
from register_app.services import records as r
from register_app.services.document import Profile

WIDTHS = (0.095, 0.21, 0.25, 0.21, 0.115, 0.12)
FULL_WIDTHS = (0.085, 0.17, 0.2, 0.17, 0.1, 0.145, 0.13)  # with the status, before the last update


def activity_key(activity: r.Activity) -> str:
    return f"activity-{activity.uid}"


def activity_title(activity: r.Activity) -> str:
    return f"{activity.reference} — {activity.name}" if activity.reference else activity.name


def legal_bases(activity: r.Activity, lang: Lang) -> str:
    codes = dict.fromkeys(p.legal_basis for p in activity.purposes if p.legal_basis)
    return "\n".join(catalogue(LEGAL_BASES).label(code, lang) for code in codes)


def summary(snapshot: r.Snapshot, profile: Profile, lang: Lang, pages: Pages) -> list[Flowable]:
    title = text("summary", lang)
    story: list[Flowable] = [Heading(esc(title), H1, pages, TocEntry("summary", title, 0))]
    if not snapshot.activities:
        empty = "no_activity" if profile is Profile.FULL else "no_active_activity"
        return [*story, Paragraph(esc(text(empty, lang)), BODY)]
    full = profile is Profile.FULL
    keys = ["reference", "activity_name", "main_purpose", "legal_bases", "sensitive_q", *(["status"] if full else []),
            "updated"]  # fmt: skip
    rows = [
        [
            cell(a.reference, bold=True, link=activity_key(a)),
            cell(a.name),
            cell(a.purposes[0].description if a.purposes else ""),
            cell(legal_bases(a, lang)),
            cell(yes_no(is_sensitive(a), lang)),
            *([cell(status_text(a, lang))] if full else []),
            cell(format_date(a.updated_at, lang)),
        ]
        for a in snapshot.activities
    ]
    return [*story, grid([text(k, lang) for k in keys], rows, FULL_WIDTHS if full else WIDTHS)]
