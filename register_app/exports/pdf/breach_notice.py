"""One breach as a draft notification to the CNIL (Art. 33(3)): the controller and its contact point,
then the facts the DPO recorded, under the notification's headings, for the DPO to check and carry
into the CNIL's online form. A draft: it says so on every page, and states only what was recorded."""

from __future__ import annotations

import functools
import io
from datetime import UTC, datetime

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from register_app import __version__
from register_app.domain.catalogues import Lang
from register_app.exports.breach_rows import NOTIFICATION_FIELDS, breach_rows, moment_text
from register_app.exports.pdf.blocks import cell, fields, label, title
from register_app.exports.pdf.canvas import DeferredCanvas, Furniture
from register_app.exports.pdf.document import binary_streams
from register_app.exports.pdf.fonts import REGULAR, register_fonts
from register_app.exports.pdf.styles import (
    BODY,
    COVER_NOTE,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    H1,
    H2,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
)
from register_app.exports.view import contact_lines
from register_app.services import records as r

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Projet de notification d'une violation de données personnelles",
              "Draft notification of a personal data breach"),
    "draft": ("Projet établi à partir du registre des violations, à vérifier avant de le reporter sur le "
              "téléservice de notification de la CNIL (notifications.cnil.fr). Il ne contient que ce qui a été "
              "inscrit ; une rubrique vide est un point à compléter.",
              "Draft made from the breach register, to be checked before it is carried into the CNIL's online "
              "notification form (notifications.cnil.fr). It holds only what was recorded; an empty heading is "
              "something to complete."),
    "who": ("Le responsable du traitement", "The controller"),
    "controller": ("Responsable du traitement", "Controller"),
    "contact": ("Point de contact (délégué à la protection des données)",
                "Contact point (data protection officer)"),
    "breach": ("La violation", "The breach"),
    "as_of": ("Projet du {moment}", "Draft of {moment}"),
    "pdf_title": ("Projet de notification — {reference}", "Draft notification — {reference}"),
}  # fmt: skip


def t(key: str, lang: Lang, **values: object) -> str:
    fr, en = TEXTS[key]
    return (fr if lang == "fr" else en).format(**values)


def notice_story(breach: r.Breach, snapshot: r.Snapshot, lang: Lang, moment: datetime) -> list[Flowable]:
    org = snapshot.organisation
    contact = org.dpo if org.dpo_designated else r.Contact()
    rows = [(name, cell(value)) for name, value in breach_rows(breach, snapshot, lang, NOTIFICATION_FIELDS)]
    who = [(t("controller", lang), cell(contact_lines(org.identity, lang))),
           (t("contact", lang), cell(contact_lines(contact, lang)))]  # fmt: skip
    return [
        label(t("title", lang), H1),
        label(t("as_of", lang, moment=moment_text(moment, lang)), COVER_NOTE),
        label(t("draft", lang), BODY),
        *title(t("who", lang), H2),
        fields(who),
        *title(t("breach", lang), H2),
        fields(rows),
    ]


def export_breach_notice(breach: r.Breach, snapshot: r.Snapshot, lang: Lang = "fr") -> bytes:
    """The draft as PDF bytes: a pure function of the breach and the snapshot it belongs to."""
    register_fonts()
    moment = snapshot.taken_at or datetime.now(UTC)
    reference = breach.reference or breach.title
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=t("pdf_title", lang, reference=reference),
        author=snapshot.organisation.identity.name,
        creator=f"register_app {__version__}",
        lang="fr-FR" if lang == "fr" else "en-GB",
        initialFontName=REGULAR,
    )  # fmt: skip
    doc.addPageTemplates([PageTemplate("page", [Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT,
                                                      0, 0, 0, 0, id="body")])])  # fmt: skip
    furniture = Furniture(
        organisation=snapshot.organisation.identity.name,
        title=t("title", lang),
        edition=t("as_of", lang, moment=moment_text(moment, lang)),
        page_label=lambda page, pages: f"{page} / {pages}",
    )
    with binary_streams():
        doc.build(notice_story(breach, snapshot, lang, moment),
                  canvasmaker=functools.partial(DeferredCanvas, decorate=furniture.draw))  # fmt: skip
    return buffer.getvalue()
