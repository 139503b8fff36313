"""One sheet per activity in the layout of the CNIL's "fiche de registre": description, actors,
purposes, data categories (the fixed rows, then the nine sensitive ones), data subjects,
recipients, security measures under the seven headings and transfers outside the EU."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from register_app.domain.catalogues import (
    ART9_CONDITIONS,
    DATA_CATEGORIES,
    DATA_SOURCES,
    DATA_SUBJECTS,
    DPIA_CNIL_LISTS,
    DPIA_CRITERIA,
    LEGAL_BASES,
    RECIPIENTS,
    catalogue,
)
from register_app.domain.enums import ActivityRole, ActivityStatus, MeasureStatus
from register_app.domain.words.enum_labels import enum_label
from register_app.domain.words.language import colon
from register_app.exports.view import country_name, dpo_contact, dpo_text, retention_line, status_text
from register_app.exports.xlsx import styles
from register_app.exports.xlsx.sheet_context import Context, Cursor, Span, add_sheet
from register_app.services import records as r
from register_app.services.document import FICHE_LEFT as LEFT
from register_app.services.document import FICHE_RIGHT as RIGHT

WIDTHS = [34, 24, 24, 12, 18, 16, 16, 30]


def fiche_title(activity: r.Activity) -> str:
    return f"{activity.reference} {activity.name}".strip()


def write_fiche(book: Workbook, ctx: Context, activity: r.Activity) -> None:
    ws = add_sheet(book, ctx.fiche_names[activity.uid])
    styles.set_widths(ws, WIDTHS)
    c = Cursor(ws, ctx, len(WIDTHS))
    title = f"{ctx.t('fiche')} — {fiche_title(activity)}"
    if activity.status is not ActivityStatus.ACTIVE:  # a draft or a retired activity, full register only
        title += f" — {status_text(activity, ctx.lang)}"
    c.line(Span(title, 8, styles.TITLE))
    c.line(Span(f"{ctx.t('profile_' + ctx.profile.value)} · {ctx.as_of_text()}",
                8, styles.SUBTITLE))  # fmt: skip
    c.skip()
    _description(c, activity)
    _actors(c, activity)
    _purposes(c, activity)
    _categories(c, activity)
    _subjects_and_recipients(c, activity)
    _measures(c, activity)
    _transfers(c, activity)
    if ctx.full:
        _dpia_and_notes(c, activity)
    ws.freeze_panes = "B4"
    styles.fit_row_heights(ws)
    styles.print_setup(ws, title_rows="1:2", header=ctx.snapshot.organisation.identity.name,
                       footer_left=ctx.t("edition", date=ctx.issued.strftime("%d/%m/%Y")), lang=ctx.lang)  # fmt: skip


def _pair(c: Cursor, label: str, value: object) -> None:
    c.line(Span(label, 1, styles.LABEL), Span(value if value not in (None, "") else "", 7))


def _description(c: Cursor, a: r.Activity) -> None:
    t, lang = c.ctx.t, c.ctx.lang
    c.block(t("block_description"))
    _pair(c, t("name_acronym"), a.name)
    _pair(c, t("reference"), a.reference)
    _pair(c, t("created"), a.created_at)
    _pair(c, t("updated"), a.updated_at)
    _pair(c, t("description"), a.description)
    role = enum_label(a.role, lang)
    if a.role is ActivityRole.PROCESSOR and a.client_uid:
        role += f" — {t('client_controller')} : {c.ctx.view.controller_name(a.client_uid)}"
    _pair(c, t("role"), role)
    _pair(c, t("status"), status_text(a, lang))
    if c.ctx.full:
        _pair(c, t("department"), a.department)
        _pair(c, t("owner"), " — ".join(x for x in (a.owner_name, a.owner_email) if x))
        _pair(c, t("software"), a.software)
        _pair(c, t("last_review"), a.last_review)
    c.skip()


def _contact_line(c: Cursor, label: str, x: r.Contact) -> None:
    country = country_name(x.country, c.ctx.lang)
    c.line(Span(label, 1, styles.LABEL), *(Span(v) for v in (x.name, x.address, x.postcode, x.city, country,
                                                            x.phone, x.email)))  # fmt: skip


def _actors(c: Cursor, a: r.Activity) -> None:
    t, org = c.ctx.t, c.ctx.snapshot.organisation
    header = ("name", "address", "postcode", "city", "country", "phone", "email")
    c.line(Span(t("block_actors"), 1, styles.BLOCK), *(Span(t(k), 1, styles.HEADER) for k in header))
    _contact_line(c, t("controller"), org.identity)
    if a.role is ActivityRole.PROCESSOR and a.client_uid in c.ctx.view.controllers:
        _contact_line(c, t("client_controller"), c.ctx.view.controllers[a.client_uid].contact)
    if org.dpo_designated:
        _contact_line(c, t("dpo"), dpo_contact(org))
        _pair(c, t("dpo_company"), org.dpo_company)
    else:
        _pair(c, t("dpo"), dpo_text(org, c.ctx.lang))
    _contact_line(c, t("representative"), org.representative)
    joint = [c.ctx.view.controllers[u].contact for u in a.joint_controller_uids if u in c.ctx.view.controllers]
    for contact in joint or [r.Contact()]:
        _contact_line(c, t("joint_controllers"), contact)
    c.skip()


def _purposes(c: Cursor, a: r.Activity) -> None:
    t, lang = c.ctx.t, c.ctx.lang
    c.line(Span(t("block_purposes"), 1, styles.BLOCK), Span(t("description"), LEFT, styles.HEADER),
           Span(t("legal_basis"), RIGHT, styles.HEADER))  # fmt: skip
    for i, p in enumerate(a.purposes or (r.Purpose(),)):
        label = t("main_purpose") if i == 0 else t("sub_purpose", n=i)
        basis = [catalogue(LEGAL_BASES).label(p.legal_basis, lang)] if p.legal_basis else []
        if p.legitimate_interest:
            basis.append(f"{t('legitimate_interest')} : {p.legitimate_interest}")
        if c.ctx.full:
            basis += [p.legal_basis_note] if p.legal_basis_note else []
            basis += [f"{t('balancing_test')} : {p.balancing_test}"] if p.balancing_test else []
        c.line(Span(label, 1, styles.LABEL), Span(p.description, LEFT), Span("\n".join(basis), RIGHT))
    c.skip()


def _category_rows(c: Cursor, a: r.Activity, codes: list[str], title: str) -> None:
    t, lang = c.ctx.t, c.ctx.lang
    collected = {x.code: x for x in a.data_categories}
    c.line(Span(title, 1, styles.BLOCK), Span(t("description"), LEFT, styles.HEADER),
           Span(t("retention"), RIGHT, styles.HEADER))  # fmt: skip
    for code in codes:
        item = collected.get(code)
        rules = [retention_line(rule, lang) for rule in a.retention if rule.category == code]
        description = (item.description or t("yes")) if item else ""
        style = styles.BODY if item else styles.MUTED
        c.line(Span(catalogue(DATA_CATEGORIES).label(code, lang), 1, styles.LABEL), Span(description, LEFT, style),
               Span("\n".join(rules), RIGHT, style))  # fmt: skip


def _categories(c: Cursor, a: r.Activity) -> None:
    t, lang = c.ctx.t, c.ctx.lang
    entries = list(catalogue(DATA_CATEGORIES))
    _category_rows(c, a, [e.code for e in entries if e.get("regime") in ("standard", "nir")], t("block_categories"))
    c.skip()
    _category_rows(c, a, [e.code for e in entries if e.get("regime") in ("art9", "art10")], t("block_sensitive"))
    if a.art9_condition or a.art9_justification:
        condition = catalogue(ART9_CONDITIONS).label(a.art9_condition, lang) if a.art9_condition else ""
        _pair(c, t("art9_condition"), "\n".join(x for x in (condition, a.art9_justification) if x))
    if a.art10_justification:
        _pair(c, t("art10_justification"), a.art10_justification)
    if a.nir_justification:
        _pair(c, t("nir_justification"), a.nir_justification)
    c.skip()


def _coded_block(c: Cursor, title: str, type_key: str, row_key: str, items: list[tuple[str, str]]) -> None:
    t = c.ctx.t
    c.line(Span(title, 1, styles.BLOCK), Span(t(type_key), LEFT, styles.HEADER),
           Span(t("precision"), RIGHT, styles.HEADER))  # fmt: skip
    for i, (label, precision) in enumerate(items or [("", "")], start=1):
        c.line(Span(t(row_key, n=i), 1, styles.LABEL), Span(label, LEFT), Span(precision, RIGHT))
    c.skip()


def _subjects_and_recipients(c: Cursor, a: r.Activity) -> None:
    t, lang, full = c.ctx.t, c.ctx.lang, c.ctx.full
    subjects = [
        (catalogue(DATA_SUBJECTS).label(s.code, lang),
         "\n".join(x for x in (s.precision, f"{t('estimated_count')} : {s.estimated_count}"
                                if full and s.estimated_count is not None else "") if x))
        for s in a.data_subjects
    ]  # fmt: skip
    _coded_block(c, t("block_subjects"), "type", "subject_n", subjects)
    if a.data_sources:
        sources = [(catalogue(DATA_SOURCES).label(s.code, lang), s.precision) for s in a.data_sources]
        _coded_block(c, t("block_sources"), "type", "source_n", sources)
    recipients = [(catalogue(RECIPIENTS).label(x.code, lang), x.precision) for x in a.recipients]
    recipients += [
        (t("subprocessors"), " — ".join(x for x in (s.name, s.service) if x))
        for s in c.ctx.view.direct_subprocessors(a)
    ]
    _coded_block(c, t("block_recipients"), "recipient_type", "recipient_n", recipients)


def _measures(c: Cursor, a: r.Activity) -> None:
    t, lang = c.ctx.t, c.ctx.lang
    c.line(Span(t("block_measures"), 1, styles.BLOCK), Span(t("measure"), LEFT, styles.HEADER),
           Span(t("precision"), RIGHT, styles.HEADER))  # fmt: skip
    for heading, measures in c.ctx.view.measures_by_heading(a).items():
        label = enum_label(heading, lang)
        if not measures:
            c.line(Span(label, 1, styles.LABEL), Span(t("none"), LEFT, styles.MUTED), Span("", RIGHT, styles.MUTED))
        for measure, note in measures:
            details = [measure.description]
            if measure.status is MeasureStatus.PLANNED:
                details.insert(0, f"[{enum_label(measure.status, lang)}]")
            if note:
                details.append(note)
            text = "\n".join(x for x in details if x)
            c.line(Span(label, 1, styles.LABEL), Span(measure.name, LEFT), Span(text, RIGHT))
    c.skip()


def _transfers(c: Cursor, a: r.Activity) -> None:
    t, lang = c.ctx.t, c.ctx.lang
    c.line(Span(t("block_transfers"), 1, styles.BLOCK), Span(t("recipient"), 2, styles.HEADER),
           Span(t("country"), 2, styles.HEADER), Span(t("guarantee_type"), 2, styles.HEADER),
           Span(t("documentation"), 1, styles.HEADER))  # fmt: skip
    lines = c.ctx.view.transfers(a)
    for i, x in enumerate(lines or [None], start=1):
        if x is None:
            c.line(Span(t("transfer_n", n=i), 1, styles.LABEL), Span(t("none"), 7, styles.MUTED))
            continue
        tool = "\n".join(v for v in (x.tool_label(lang), _tool_detail(a, x.recipient, x.country)) if v)
        tia = colon(t("tia"), x.tia_reference, lang) if x.tia_reference else ""
        doc = "\n".join(v for v in (x.documentation, tia) if v)
        c.line(Span(t("transfer_n", n=i), 1, styles.LABEL), Span(x.recipient, 2),
               Span(country_name(x.country, lang), 2), Span(tool, 2), Span(doc))  # fmt: skip
    c.skip()


def _tool_detail(a: r.Activity, recipient: str, country: str) -> str:
    return next((x.tool_detail for x in a.transfers if x.recipient == recipient and x.country == country), "")


def _dpia_and_notes(c: Cursor, a: r.Activity) -> None:
    t, lang, d = c.ctx.t, c.ctx.lang, a.dpia
    c.block(t("block_dpia"))
    _pair(c, t("dpia_criteria"), "\n".join(catalogue(DPIA_CRITERIA).label(x, lang) for x in d.criteria))
    _pair(c, t("dpia_list"), catalogue(DPIA_CNIL_LISTS).label(d.list_match, lang) if d.list_match else "")
    _pair(c, t("dpia_conclusion"), enum_label(d.conclusion, lang))
    _pair(c, t("dpia_reason"), d.reason)
    _pair(c, t("dpia_status"), enum_label(d.status, lang))
    _pair(c, t("dpia_date"), d.completed_on)
    _pair(c, t("dpia_reference"), d.reference)
    c.skip()
    c.block(t("block_notes"))
    _pair(c, t("block_notes"), a.notes)
