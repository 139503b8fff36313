"""Sheet 'Liste des traitements': the organisation blocks of the CNIL model (with the legal form,
trade names and websites when recorded, and the DPO in whichever state it is), the number of
activities the workbook holds, then one row per activity with the model's columns followed by ours
(role, status, legal bases, subprocessors, transfers, DPIA conclusion)."""

from __future__ import annotations

from openpyxl.styles import Font
from openpyxl.workbook import Workbook
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from register_app.domain.catalogues import LEGAL_BASES, catalogue
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.view import (
    activity_count,
    country_name,
    dpo_contact,
    dpo_text,
    is_sensitive,
    status_text,
    yes_no,
)
from register_app.exports.xlsx import styles
from register_app.exports.xlsx.sheet_context import Context, Cursor, Span
from register_app.exports.xlsx.table import lines, title_rows, write_table
from register_app.services import records as r

WIDTHS = [36, 12, 13, 13, 48, 11, 18, 12, 28, 28, 12, 18, 40]
COLUMNS = ("activity_name", "reference", "created", "updated", "purpose", "sensitive_q", "role", "status",
           "legal_bases", "subprocessors", "transfers_q", "dpia_conclusion")  # fmt: skip


def write_list(book: Workbook, ctx: Context, title: str) -> None:
    ws = book.active
    ws.title = title
    styles.set_widths(ws, WIDTHS)
    row = title_rows(ws, ctx, ctx.t("register_title"), len(WIDTHS))
    row = _organisation(ws, ctx, row)
    headers = [ctx.t(k) for k in COLUMNS] + ([ctx.t("block_notes")] if ctx.full else [])
    rows = [_activity_row(ctx, a) for a in ctx.snapshot.activities]
    write_table(ws, ctx, first_row=row, headers=headers, widths=WIDTHS[: len(headers)], rows=rows,
                release=False)  # each activity's name is made a link below  # fmt: skip
    for i, activity in enumerate(ctx.snapshot.activities, start=row + 1):
        cell = ws.cell(row=i, column=1)
        cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{ctx.fiche_names[activity.uid]}'!A1")
        cell.font = Font(name="Calibri", size=11, color=styles.ACCENT, underline="single")


def _organisation(ws: Worksheet, ctx: Context, row: int) -> int:
    """The controller, representative and DPO blocks and the number of activities; returns the row
    where the list starts."""
    org, t = ctx.snapshot.organisation, ctx.t
    c = Cursor(ws, ctx, len(WIDTHS))
    c.row = row
    heads = ("name", "address", "postcode", "city", "country", "phone", "email")
    c.line(Span("", 1, styles.HEADER), Span(t("name"), 3, styles.HEADER),
           *(Span(t(k), 1, styles.HEADER) for k in heads[1:]), Span(t("dpo_company"), 2, styles.HEADER))  # fmt: skip

    def contact(label: str, x: r.Contact, company: str = "") -> None:
        c.line(Span(label, 1, styles.LABEL), Span(x.name, 3),
               *(Span(v) for v in (x.address, x.postcode, x.city, country_name(x.country, ctx.lang), x.phone, x.email)),
               Span(company, 2))  # fmt: skip

    identity = org.identity
    if org.siren:
        identity = r.Contact(**{**identity.__dict__, "name": f"{identity.name} ({t('siren')} {org.siren})"})
    contact(t("controller"), identity)
    for key in ("legal_form", "trade_names", "websites"):
        value = getattr(org, key).strip()
        if value:
            c.line(Span(t(key), 1, styles.LABEL), Span(value, 12))
    contact(t("representative"), org.representative)
    if org.dpo_designated:
        contact(t("dpo"), dpo_contact(org), org.dpo_company)
    else:
        c.line(Span(t("dpo"), 1, styles.LABEL), Span(dpo_text(org, ctx.lang), 12))
    c.skip()
    c.line(Span(t("activity_count"), 1, styles.LABEL), Span(activity_count(ctx.snapshot.activities, ctx.lang), 12))
    return c.row + 1


def _activity_row(ctx: Context, a: r.Activity) -> list[object]:
    lang, view = ctx.lang, ctx.view
    purposes = [p.description for p in a.purposes if p.description]
    bases = dict.fromkeys(catalogue(LEGAL_BASES).label(p.legal_basis, lang) for p in a.purposes if p.legal_basis)
    subs = [s.name for s in view.direct_subprocessors(a)]
    role = enum_label(a.role, lang)
    if a.client_uid:
        role = lines(role, view.controller_name(a.client_uid))
    row: list[object] = [
        a.name, a.reference, a.created_at, a.updated_at, lines(*purposes), yes_no(is_sensitive(a), lang), role,
        status_text(a, lang), lines(*bases), lines(*subs), yes_no(bool(view.transfers(a)), lang),
        enum_label(a.dpia.conclusion, lang),
    ]  # fmt: skip
    if ctx.full:
        row.append(a.notes)
    return row
