"""Annex sheets: subprocessors (certifications, Art. 28 contract, hosting countries, activities),
security measures, every transfer outside the EU, and the Art. 30(2) processor register grouped
by client controller."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.workbook import Workbook

from register_app.domain.catalogues import Lang
from register_app.domain.enums import CountryRole
from register_app.domain.words.enum_labels import enum_label
from register_app.domain.words.language import colon
from register_app.exports.view import (
    certification_parts,
    country_name,
    dpo_text,
    format_date,
    hosting_countries,
    retention_line,
    transfer_tool_text,
    yes_no,
)
from register_app.exports.xlsx import styles
from register_app.exports.xlsx.sheet_context import Context, Cursor, Span, add_sheet
from register_app.exports.xlsx.table import lines, title_rows, write_table
from register_app.services import records as r


def _refs(activities: Sequence[r.Activity]) -> str:
    return lines(*(f"{a.reference} {a.name}" for a in activities))


def _countries(codes: list[str], lang: Lang) -> str:
    return ", ".join(country_name(c, lang) for c in codes)


def certification_text(cert: r.Certification, ctx: Context) -> str:
    lang, t = ctx.lang, ctx.t
    parts = certification_parts(cert, lang)
    if cert.scope:
        parts.append(colon(t("scope"), cert.scope, lang))
    if cert.issuer:
        parts.append(colon(t("issuer"), cert.issuer, lang))
    if cert.expires:
        parts.append(f"{t('expires')} {format_date(cert.expires, lang)}")
    return " — ".join(parts)


def write_subprocessors(book: Workbook, ctx: Context) -> None:
    ws = add_sheet(book, ctx.sheet_name(ctx.t("sheet_subprocessors")))
    t, lang, view = ctx.t, ctx.lang, ctx.view
    keys = ["name", "service", "role", "contact", "address", "hosting_countries", "access_countries", "transfer_tool",
            "contract", "contract_signed", "contract_review", "contract_reference", "certifications", "uses",
            "linked_activities"] + (["block_notes"] if ctx.full else [])  # fmt: skip
    widths = [24, 28, 16, 26, 28, 16, 16, 24, 14, 12, 12, 16, 40, 20, 30, 30]
    rows = []
    for s in ctx.snapshot.subprocessors:
        tool = transfer_tool_text(s.transfer_tool, s.transfer_fallback, lang)
        rows.append([
            s.name, s.service, enum_label(s.role, lang), lines(s.contact_name, s.contact_email, s.contact_phone),
            lines(s.address, f"{s.postcode} {s.city}".strip(), country_name(s.country, lang)),
            _countries(hosting_countries(s), lang), _countries(hosting_countries(s, CountryRole.ACCESS), lang),
            lines(tool, s.transfer_detail, f"{t('dpf_certified')} : {yes_no(True, lang)}" if s.dpf_certified else ""),
            enum_label(s.contract_status, lang), s.contract_signed, s.contract_review, s.contract_reference,
            lines(*(certification_text(c, ctx) for c in s.certifications)),
            lines(*(view.subprocessors[u].name for u in s.uses_uids if u in view.subprocessors)),
            _refs(view.activities_served(s)) or t("linked_to_none"),
        ] + ([s.notes] if ctx.full else []))  # fmt: skip
    first = title_rows(ws, ctx, t("sheet_subprocessors"), len(keys))
    write_table(ws, ctx, first_row=first, headers=[t(k) for k in keys], widths=widths[: len(keys)], rows=rows)


def write_measures(book: Workbook, ctx: Context) -> None:
    ws = add_sheet(book, ctx.sheet_name(ctx.t("sheet_measures")))
    t, lang = ctx.t, ctx.lang
    keys = ["heading", "name", "category", "description", "status", "review_date", "organisation_wide",
            "linked_activities", "source"] + (["evidence"] if ctx.full else [])  # fmt: skip
    rows = []
    for m in ctx.snapshot.measures:
        activities, words = ctx.view.measure_scope(m, lang)
        rows.append([enum_label(m.heading, lang), m.name, enum_label(m.category, lang), m.description,
                     enum_label(m.status, lang), m.review_date, yes_no(m.organisation_wide, lang),
                     words or _refs(activities), m.reference] + ([m.evidence] if ctx.full else []))  # fmt: skip
    first = title_rows(ws, ctx, t("sheet_measures"), len(keys))
    write_table(ws, ctx, first_row=first, headers=[t(k) for k in keys],
                widths=[26, 30, 16, 50, 12, 12, 12, 30, 26, 30][: len(keys)], rows=rows)  # fmt: skip


def write_transfers(book: Workbook, ctx: Context) -> None:
    ws = add_sheet(book, ctx.sheet_name(ctx.t("sheet_transfers")))
    t, lang = ctx.t, ctx.lang
    keys = ["activity", "recipient", "country", "guarantee_type", "documentation", "tia", "origin"]
    rows = (  # made as they are written: three per activity in a large register
        [f"{x.activity.reference} {x.activity.name}", x.recipient, country_name(x.country, lang), x.tool_label(lang),
         x.documentation, x.tia_reference, x.origin(lang)]
        for x in ctx.view.all_transfers()
    )  # fmt: skip
    first = title_rows(ws, ctx, t("sheet_transfers"), len(keys))
    write_table(ws, ctx, first_row=first, headers=[t(k) for k in keys], widths=[32, 26, 18, 30, 34, 20, 22], rows=rows)


def write_processor_register(book: Workbook, ctx: Context) -> None:
    """Art. 30(2): the organisation as processor, then for each client its contacts and the
    categories of processing carried out for it."""
    groups = ctx.view.processor_activities()
    if not groups:
        return
    ws = add_sheet(book, ctx.sheet_name(ctx.t("sheet_processor")))
    t, lang = ctx.t, ctx.lang
    widths = [30, 40, 40, 34, 34]
    styles.set_widths(ws, widths)
    c = Cursor(ws, ctx, len(widths))
    c.row = title_rows(ws, ctx, t("processor_register_title"), len(widths))
    org = ctx.snapshot.organisation
    c.line(Span(t("processor_identity"), 1, styles.LABEL), Span(lines(org.identity.name, org.identity.address,
           f"{org.identity.postcode} {org.identity.city}".strip(), org.identity.email), 2),
           Span(t("dpo"), 1, styles.LABEL), Span(dpo_text(org, lang)))  # fmt: skip
    c.skip()
    for controller, activities in groups:
        name = controller.contact.name if controller else t("no_client")
        c.block(f"{t('client_controller')} : {name}")
        if controller is not None:
            x = controller.contact
            c.line(Span(t("contact"), 1, styles.LABEL),
                   Span(lines(x.address, f"{x.postcode} {x.city}".strip(), country_name(x.country, lang), x.phone,
                              x.email), 2),
                   Span(t("representative"), 1, styles.LABEL),
                   Span(lines(controller.representative_name, controller.representative_contact)))  # fmt: skip
            c.line(Span(t("dpo"), 1, styles.LABEL), Span(lines(controller.dpo_name, controller.dpo_contact), 4))
        heads = ("reference", "client_processing", "block_transfers", "block_measures", "retention")
        c.line(*(Span(t(k), 1, styles.HEADER) for k in heads))
        for a in activities:
            transfers = [f"{x.recipient} — {country_name(x.country, lang)} — {x.tool_label(lang)}"
                         for x in ctx.view.transfers(a)]  # fmt: skip
            measures = [m.name for group in ctx.view.measures_by_heading(a).values() for m, _ in group]
            retention = [retention_line(rule, lang) for rule in a.retention]
            c.line(Span(a.reference), Span(lines(a.name, a.description)), Span(lines(*transfers) or t("none")),
                   Span(lines(*measures)), Span(lines(*retention)))  # fmt: skip
        c.skip()
    ws.freeze_panes = "A4"
    styles.fit_row_heights(ws)
    styles.print_setup(ws, title_rows="1:2", header=org.identity.name,
                       footer_left=t("edition", date=ctx.issued.strftime("%d/%m/%Y")), lang=lang)  # fmt: skip
