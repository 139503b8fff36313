"""The cover page: who keeps the register, its DPO, the profile, the date and time the register
was read, the number of activities, and room for the DPO's signature."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from register_app.domain.catalogues import Lang
from register_app.exports.labels import text
from register_app.exports.pdf.blocks import Cell, cell, colon, fields
from register_app.exports.pdf.fonts import REGULAR
from register_app.exports.pdf.styles import (
    BODY_SIZE,
    COVER_KICKER,
    COVER_NOTE,
    COVER_SUBTITLE,
    COVER_TITLE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    RULE,
    SIGNATURE,
    esc,
)
from register_app.exports.profiles import Profile
from register_app.exports.view import country_name
from register_app.services import records as r


def contact_lines(contact: r.Contact, lang: Lang) -> str:
    """A postal block: name, street, postcode and city, country, phone, email (blank parts skipped)."""
    town = " ".join(part for part in (contact.postcode, contact.city) if part)
    parts = (contact.name, contact.address, town, country_name(contact.country, lang), contact.phone, contact.email)
    return "\n".join(part for part in parts if part.strip())


def _dpo(organisation: r.Organisation, lang: Lang) -> str:
    if not organisation.dpo_designated:
        reason = organisation.dpo_not_designated_reason
        return text("no_dpo", lang) + (f"\n{reason}" if reason else "")
    lines = contact_lines(organisation.dpo, lang)
    if organisation.dpo_company:
        lines += "\n" + colon(text("dpo_company", lang), organisation.dpo_company, lang)
    return lines


def cover(snapshot: r.Snapshot, profile: Profile, lang: Lang, as_of: str) -> list[Flowable]:
    org = snapshot.organisation
    identity = contact_lines(org.identity, lang)
    if org.siren:
        identity += f"\n{text('siren', lang)} {org.siren}"
    rows: list[tuple[str, Cell]] = [(text("controller", lang), cell(identity))]
    if contact_lines(org.representative, lang):
        rows.append((text("representative", lang), cell(contact_lines(org.representative, lang))))
    rows += [
        (text("dpo", lang), cell(_dpo(org, lang))),
        (text("activity_count", lang), cell(str(len(snapshot.activities)))),
    ]
    note = text("extract_note" if profile is Profile.EXTRACT else "full_note", lang)
    content: list[Flowable] = [
        Spacer(0, 18 * mm),
        Paragraph(esc(text("pdf_kicker", lang)), COVER_KICKER),
        Paragraph(esc(text("register_title", lang)), COVER_TITLE),
        Paragraph(esc(text(f"profile_{profile.value}", lang)), COVER_SUBTITLE),
        Paragraph(esc(org.identity.name), COVER_SUBTITLE),
        Spacer(0, 4 * mm),
        Paragraph(esc(text("as_of", lang, date=as_of)), COVER_KICKER),
        Spacer(0, 10 * mm),
        fields(rows, label_width=0.32),
        Spacer(0, 4 * mm),
        Paragraph(esc(note), COVER_NOTE),
        Spacer(0, 14 * mm),
        _signature_box(lang),
    ]
    return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")]


def _signature_box(lang: Lang) -> Table:
    labels = [text("signature_place", lang), text("signature_date", lang), text("signature_sign", lang)]
    row = [Paragraph(esc(label), SIGNATURE) for label in labels]
    title = Paragraph(esc(text("signature", lang)), SIGNATURE)
    table = Table([[title, "", ""], row, ["", "", ""]], colWidths=[FRAME_WIDTH / 3] * 3,
                  rowHeights=[None, None, 22 * mm], hAlign="LEFT")  # fmt: skip
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
        ("SPAN", (0, 0), (-1, 0)),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
        ("LINEAFTER", (0, 1), (1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
    ]))  # fmt: skip
    return table
