"""Entry point of the Excel export: the register as an .xlsx workbook, a pure function of a
snapshot returning bytes."""

from __future__ import annotations

from datetime import UTC, datetime

from openpyxl import Workbook

from register_app import __version__
from register_app.domain.catalogues import Lang
from register_app.domain.words.language import pick
from register_app.exports.findings import findings_report
from register_app.exports.profiles import for_document
from register_app.exports.xlsx.annex_sheets import (
    write_measures,
    write_processor_register,
    write_subprocessors,
    write_transfers,
)
from register_app.exports.xlsx.breach_sheet import write_breaches
from register_app.exports.xlsx.fiche_sheet import fiche_title, write_fiche
from register_app.exports.xlsx.findings_sheet import write_findings
from register_app.exports.xlsx.ids_sheet import write_ids
from register_app.exports.xlsx.list_sheet import write_list
from register_app.exports.xlsx.sheet_context import Context
from register_app.exports.xlsx.workbook_writer import StreamedBook
from register_app.gc_pause import collection_paused
from register_app.services import records as r
from register_app.services.document import IDS_SHEET, Profile


def export_xlsx(snapshot: r.Snapshot, profile: Profile = Profile.FULL, lang: Lang = "fr", *,
                findings: bool = True) -> bytes:  # fmt: skip
    """The workbook: list of activities, one fiche per activity, annexes (the breach register in the
    full register), the findings of the compliance checks (full register only, unless `findings` is
    False), hidden identifiers."""
    with collection_paused():
        return _export(snapshot, profile, lang, findings=findings)


def _export(snapshot: r.Snapshot, profile: Profile, lang: Lang, *, findings: bool) -> bytes:
    taken = snapshot.taken_at or datetime.now(UTC)
    as_of = snapshot.as_of.astimezone().date() if snapshot.as_of else None
    ctx = Context(for_document(snapshot, profile), profile, lang, taken.date(), as_of)
    ctx.sheet_names.add(IDS_SHEET.casefold())  # the hidden sheet the import looks for: no fiche takes its name
    list_title = ctx.sheet_name(ctx.t("sheet_list"))
    for activity in ctx.snapshot.activities:
        ctx.fiche_names[activity.uid] = ctx.sheet_name(fiche_title(activity))
    book = Workbook()
    out = StreamedBook(book)  # each sheet is written out once finished: memory holds one sheet's cells
    write_list(book, ctx, list_title)
    out.write_finished()
    for activity in ctx.snapshot.activities:
        write_fiche(book, ctx, activity)
        out.write_finished()
    for write in (write_subprocessors, write_measures, write_transfers, write_processor_register, write_breaches):
        write(book, ctx)
        out.write_finished()
    if findings and ctx.full:
        write_findings(book, ctx, findings_report(snapshot, shown=ctx.snapshot))
        out.write_finished()
    write_ids(book, ctx, list_title, dismissed=findings)
    _properties(book, ctx, taken)
    return out.save()


def _properties(book: Workbook, ctx: Context, taken: datetime) -> None:
    props = book.properties
    org = ctx.snapshot.organisation.identity.name
    props.title = f"{ctx.t('register_title')} — {org}" if org else ctx.t("register_title")
    props.subject = ctx.t("profile_" + ctx.profile.value)
    props.creator = f"register_app {__version__}"
    props.lastModifiedBy = props.creator
    props.description = ctx.as_of_text()
    props.keywords = "RGPD, GDPR, article 30"
    props.language = pick(("fr-FR", "en-GB"), ctx.lang)
    props.created = props.modified = taken.replace(tzinfo=None)
