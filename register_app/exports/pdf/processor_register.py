"""The Art. 30(2) register kept as processor: our identity and DPO, then for each controller we
act for, its contacts, the categories of processing carried out for it, transfers and measures."""

from __future__ import annotations

from reportlab.platypus import Flowable

from register_app.domain.catalogues import Lang
from register_app.domain.enums import CnilHeading
from register_app.domain.words.enum_labels import enum_label
from register_app.exports.export_texts import text
from register_app.exports.pdf.blocks import Cell, cell, fields, grid, muted, title
from register_app.exports.pdf.styles import BODY, H2, H3
from register_app.exports.pdf.textblock import TextBlock
from register_app.exports.view import RegisterView, contact_lines, country_name, dpo_text
from register_app.services import records as r
from register_app.services.document import Profile


def _controller_rows(controller: r.Controller | None, lang: Lang) -> list[tuple[str, Cell]]:
    if controller is None:
        return [(text("controller", lang), muted(text("no_client", lang)))]
    representative = "\n".join(x for x in (controller.representative_name, controller.representative_contact) if x)
    dpo = "\n".join(x for x in (controller.dpo_name, controller.dpo_contact) if x)
    return [(text("controller", lang), cell(contact_lines(controller.contact, lang))),
            (text("representative", lang), cell(representative)), (text("dpo", lang), cell(dpo))]  # fmt: skip


def _measures(view: RegisterView, activities: list[r.Activity], lang: Lang) -> list[list[Cell]]:
    names: dict[CnilHeading, dict[str, None]] = {h: {} for h in CnilHeading}
    for activity in activities:
        for heading, items in view.measures_by_heading(activity).items():
            names[heading].update(dict.fromkeys(m.name for m, _ in items))
    return [[cell(enum_label(h, lang), bold=True), cell("\n".join(found))] for h, found in names.items()]


def processor_register(view: RegisterView, profile: Profile, lang: Lang) -> list[Flowable]:
    org = view.snapshot.organisation
    story: list[Flowable] = [fields([(text("processor_identity", lang), cell(contact_lines(org.identity, lang))),
                                     (text("dpo", lang), cell(dpo_text(org, lang)))])]  # fmt: skip
    for controller, activities in view.processor_activities():
        name = controller.contact.name if controller else text("no_client", lang)
        story += [*title(name, H2), fields(_controller_rows(controller, lang))]
        if profile is Profile.FULL and controller is not None and controller.notes:
            story.append(TextBlock(controller.notes, BODY))
        rows: list[list[Cell]] = [
            [cell(a.reference, bold=True), cell(a.name), cell("\n".join(p.description for p in a.purposes))]
            for a in activities
        ]
        story += [*title(text("client_processing", lang), H3),
                  grid([text("reference", lang), text("activity_name", lang), text("purpose", lang)], rows,
                       (0.12, 0.35, 0.53))]  # fmt: skip
        transfers = [line for a in activities for line in view.transfers(a)]
        story += title(text("block_transfers", lang), H3)
        if transfers:
            story.append(grid([text(k, lang) for k in ("recipient", "country", "guarantee_type")],
                              [[cell(t.recipient), cell(country_name(t.country, lang)), cell(t.tool_label(lang))]
                               for t in transfers], (0.4, 0.25, 0.35)))  # fmt: skip
        else:
            story.append(muted(text("no_transfers", lang)))
        story += [*title(text("block_measures", lang), H3),
                  grid([text("heading", lang), text("block_measures", lang)], _measures(view, activities, lang),
                       (0.3, 0.7))]  # fmt: skip
    return story
