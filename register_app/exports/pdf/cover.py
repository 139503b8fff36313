"""The cover page: who keeps the register (identity, legal form, trade names, websites), its DPO in
whichever state it is, the profile, the date and time the register was read, the number of
activities the document holds, and room for the DPO's signature (the controller's, without a DPO)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer, Table, TableStyle

from register_app.domain.catalogues import Lang
from register_app.domain.words.language import colon
from register_app.exports.export_texts import text
from register_app.exports.pdf.blocks import Cell, cell, fields
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
from register_app.exports.view import activity_count, contact_lines, dpo_text
from register_app.services import records as r
from register_app.services.document import Profile


def identity_lines(organisation: r.Organisation, lang: Lang) -> str:
    """The controller's postal block, then its legal form, SIREN, trade names and websites."""
    facts = (
        (text("legal_form", lang), organisation.legal_form),
        (text("siren", lang), organisation.siren),
        (text("trade_names", lang), organisation.trade_names),
        (text("websites", lang), organisation.websites),
    )
    lines = [contact_lines(organisation.identity, lang)]
    lines += [colon(label, value.strip(), lang) for label, value in facts if value.strip()]
    return "\n".join(line for line in lines if line)


def cover(snapshot: r.Snapshot, profile: Profile, lang: Lang, stated: str) -> list[Flowable]:
    """The cover page; `stated`: the sentence saying as of when the register is given."""
    org = snapshot.organisation
    rows: list[tuple[str, Cell]] = [(text("controller", lang), cell(identity_lines(org, lang)))]
    if contact_lines(org.representative, lang):
        rows.append((text("representative", lang), cell(contact_lines(org.representative, lang))))
    rows += [
        (text("dpo", lang), cell(dpo_text(org, lang))),
        (text("activity_count", lang), cell(activity_count(snapshot.activities, lang))),
    ]
    note = text("extract_note" if profile is Profile.EXTRACT else "full_note", lang)
    content: list[Flowable] = [
        Spacer(0, 18 * mm),
        Paragraph(esc(text("pdf_kicker", lang)), COVER_KICKER),
        Paragraph(esc(text("register_title", lang)), COVER_TITLE),
        Paragraph(esc(text(f"profile_{profile.value}", lang)), COVER_SUBTITLE),
        Paragraph(esc(org.identity.name), COVER_SUBTITLE),
        Spacer(0, 4 * mm),
        Paragraph(esc(stated), COVER_KICKER),
        *([Paragraph(esc(_as_of_note(snapshot, lang)), COVER_NOTE)] if snapshot.as_of else []),
        Spacer(0, 10 * mm),
        fields(rows, label_width=0.32),
        Spacer(0, 4 * mm),
        Paragraph(esc(note), COVER_NOTE),
        Spacer(0, 14 * mm),
        _signature_box(org, lang),
    ]
    return [KeepInFrame(FRAME_WIDTH, FRAME_HEIGHT, content, mode="shrink")]


def _signature_box(organisation: r.Organisation, lang: Lang) -> Table:
    """Room for the approval of the DPO, or of the controller where no DPO is designated."""
    labels = [text("signature_place", lang), text("signature_date", lang), text("signature_sign", lang)]
    row = [Paragraph(esc(label), SIGNATURE) for label in labels]
    who = "signature" if organisation.dpo_designated else "signature_controller"
    title = Paragraph(esc(text(who, lang)), SIGNATURE)
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


def _as_of_note(snapshot: r.Snapshot, lang: Lang) -> str:
    """Where a register given as of a past moment comes from: a frozen version or the history."""
    if snapshot.version:
        return text("version_note", lang, name=snapshot.version)
    return text("rebuilt_note", lang)
