"""The notice's sections about who we are, why and on what basis we use which data, where it comes
from, whether it must be given, automated decisions, the rights and the complaint to the CNIL. Each
returns None when it does not apply to the activities the notice covers."""

from __future__ import annotations

import dataclasses

from register_app.domain.catalogues import ART9_CONDITIONS, DATA_SOURCES, LEGAL_BASES, catalogue, category_regime
from register_app.domain.enums import DpoStatus
from register_app.domain.words.language import colon, pick
from register_app.exports.export_texts import text
from register_app.exports.notice.draft import Draft, enumerated, reachable, runs, sentence
from register_app.exports.notice.model import Block, Bullets, Inline, Paragraph, Run, Section, Subheading
from register_app.exports.view import category_label, contact_lines
from register_app.services import records as r

AUTOMATED_DECISION = "automated_decision"  # the dpia_criteria code of Art. 22 decisions
FROM_THE_PERSON = "data_subject"  # the data_sources code of data collected from the person (Art. 13)
REQUIRED = {"contract": "required_contract", "legal_obligation": "required_legal", "consent": "required_consent"}


def controller_section(draft: Draft) -> Section:
    org = draft.organisation
    name = org.identity.name.strip()
    identity: list[str | Run] = [Run(name, strong=True) if name else
                                 draft.gap(draft.organisation_place, draft.say("what_controller_name"))]  # fmt: skip
    facts = ((text("legal_form", draft.lang), org.legal_form), (text("siren", draft.lang), org.siren))
    lines = contact_lines(dataclasses.replace(org.identity, name=""), draft.lang).splitlines()
    lines += [colon(label, value.strip(), draft.lang) for label, value in facts if value.strip()]
    identity += [f"\n{line}" for line in lines if line]
    if not reachable(org.identity):
        identity += ["\n", draft.gap(draft.organisation_place, draft.say("what_controller_contact"))]
    blocks: list[Block] = [Paragraph(runs(draft.say("controller_intro"))), Paragraph(runs(*identity))]
    representative = contact_lines(org.representative, draft.lang)
    if representative:
        blocks += [Paragraph(runs(draft.say("representative_intro"))), Paragraph(runs(representative))]
    joint = [a for a in draft.activities if a.joint_controller_uids]
    if joint:
        items = []
        for activity in joint:
            names = ", ".join(draft.view.controller_name(uid) for uid in activity.joint_controller_uids)
            what = draft.say("what_joint_arrangement")
            items.append(runs(draft.say("joint_item", activity=activity.name, controllers=names), " ",
                              draft.gap(draft.where(activity), what)))  # fmt: skip
        blocks += [Paragraph(runs(draft.say("joint_intro"))), Bullets(tuple(items))]
    return Section("controller", draft.say("h_controller"), tuple(blocks))


def dpo_section(draft: Draft) -> Section | None:
    org = draft.organisation
    if org.dpo_status is DpoStatus.UNDECIDED:
        draft.note(draft.organisation_place, draft.say("what_dpo_undecided"))
    if org.dpo_status is not DpoStatus.DESIGNATED:
        return None
    heading = "\n".join(x.strip() for x in (org.dpo.name, org.dpo_title, org.dpo_company) if x.strip())
    details: list[str | Run] = [contact_lines(dataclasses.replace(org.dpo, name=heading), draft.lang)]
    if not (reachable(org.dpo) or org.dpo.phone.strip()):
        details.append(draft.gap(draft.organisation_place, draft.say("what_dpo_contact")))
    blocks = (Paragraph(runs(draft.say("dpo_intro"))), Paragraph(runs(*details)))
    return Section("dpo", draft.say("h_dpo"), blocks)


def purposes_section(draft: Draft) -> Section:
    blocks: list[Block] = [Paragraph(runs(draft.say("purposes_intro")))]
    for activity in draft.activities:
        blocks.append(Subheading(activity.name))
        items = tuple(_purpose(draft, activity, purpose) for purpose in activity.purposes)
        blocks.append(Bullets(items) if items else
                      Paragraph(runs(draft.gap(draft.where(activity), draft.say("what_purposes")))))  # fmt: skip
        art9 = _art9(draft, activity)
        if art9:
            blocks.append(Paragraph(art9))
    return Section("purposes", draft.say("h_purposes"), tuple(blocks))


def _purpose(draft: Draft, activity: r.Activity, purpose: r.Purpose) -> Inline:
    where = draft.where(activity, purpose)
    description = sentence(purpose.description)
    parts: list[str | Run] = [Run(description, strong=True) if description else
                              draft.gap(where, draft.say("what_purposes"))]  # fmt: skip
    basis = catalogue(LEGAL_BASES).get(purpose.legal_basis)
    if basis is None:
        parts += [" ", draft.gap(where, draft.say("what_basis"))]
        return runs(*parts)
    parts.append(" " + draft.say("basis", basis=basis.label(draft.lang), ref=basis.text("ref", draft.lang)))
    if purpose.legal_basis_note.strip():
        parts.append(" " + sentence(draft.say("basis_note", note=purpose.legal_basis_note.strip())))
    if basis.code == "legitimate_interest":
        interest = purpose.legitimate_interest.strip()
        parts.append(" " + sentence(draft.say("legitimate_interest", interest=interest)) if interest else "")
        if not interest:
            parts += [" ", draft.gap(where, draft.say("what_interest"))]
    return runs(*parts)


def _art9(draft: Draft, activity: r.Activity) -> Inline:
    sensitive = [c for c in activity.data_categories if category_regime(c.code) == "art9"]
    if not sensitive:
        return ()
    names = ", ".join(category_label(c.code, draft.lang).lower() for c in sensitive)
    entry = catalogue(ART9_CONDITIONS).get(activity.art9_condition)
    if entry is None:
        return draft.fill("art9", "condition", draft.gap(draft.where(activity), draft.say("what_art9")),
                          categories=names)  # fmt: skip
    label = entry.label(draft.lang)
    condition = draft.say("art9_condition", condition=label[:1].lower() + label[1:], ref=entry.text("ref", draft.lang))
    return runs(draft.say("art9", categories=names, condition=condition))


def data_section(draft: Draft) -> Section:
    blocks: list[Block] = [Paragraph(runs(draft.say("data_intro")))]
    for activity in draft.activities:
        blocks.append(Subheading(activity.name))
        items = tuple(_category(draft, c) for c in activity.data_categories)
        blocks.append(Bullets(items) if items else
                      Paragraph(runs(draft.gap(draft.where(activity), draft.say("what_categories")))))  # fmt: skip
    return Section("data", draft.say("h_data"), tuple(blocks))


def _category(draft: Draft, category: r.DataCategory) -> Inline:
    label = category_label(category.code, draft.lang)
    detail = category.description.strip()
    return runs(Run(label, strong=True), pick((" : ", ": "), draft.lang) + detail if detail else "")


def sources_section(draft: Draft) -> Section | None:
    """Where data not collected from the person comes from (Art. 14(2)(f)); an activity with no
    source recorded at all gets a placeholder, since the notice cannot tell which article applies."""
    blocks: list[Block] = []
    sources = catalogue(DATA_SOURCES)
    for activity in draft.activities:
        items = [runs(Run(sources.label(s.code, draft.lang), strong=True),
                      pick((" : ", ": "), draft.lang) + s.precision.strip() if s.precision.strip() else "")
                 for s in activity.data_sources if s.code != FROM_THE_PERSON]  # fmt: skip
        if not activity.data_sources:
            items.append(runs(draft.gap(draft.where(activity), draft.say("what_sources"))))
        if items:
            blocks += [Subheading(activity.name), Bullets(tuple(items))]
    if not blocks:
        return None
    return Section("sources", draft.say("h_sources"), (Paragraph(runs(draft.say("sources_intro"))), *blocks))


def required_section(draft: Draft) -> Section | None:
    """Whether giving the data is a legal or contractual requirement (Art. 13(2)(e)), for the data
    collected from the person, as far as the legal basis of each purpose tells it."""
    items: list[Inline] = []
    for activity in draft.activities:
        codes = {s.code for s in activity.data_sources}
        if codes and FROM_THE_PERSON not in codes:
            continue
        for purpose in activity.purposes:
            key = REQUIRED.get(purpose.legal_basis or "")
            if key and purpose.description.strip():
                items.append(runs(Run(sentence(purpose.description), strong=True), " " + draft.say(key)))
    if not items:
        return None
    return Section("required", draft.say("h_required"), (Bullets(tuple(items)),))


def automated_section(draft: Draft) -> Section:
    deciding = [a for a in draft.activities if AUTOMATED_DECISION in a.dpia.criteria]
    if not deciding:
        return Section("automated", draft.say("h_automated"), (Paragraph(runs(draft.say("automated_none"))),))
    items = tuple(runs(draft.say("automated_some", activity=a.name), " ",
                       draft.gap(draft.where(a), draft.say("what_automated_logic"))) for a in deciding)  # fmt: skip
    return Section("automated", draft.say("h_automated"), (Bullets(items),))


def rights_section(draft: Draft) -> Section:
    """The rights that apply to the activities' legal bases: objection for legitimate interests and
    public tasks, portability for consent and contract, withdrawal for consent (Art. 13(2)(b)-(c))."""
    bases = {p.legal_basis for a in draft.activities for p in a.purposes}
    keys = ["right_access", "right_rectification", "right_erasure", "right_restriction"]
    keys += ["right_objection"] if bases & {"legitimate_interest", "public_task"} else []
    keys += ["right_portability"] if bases & {"consent", "contract"} else []
    keys += ["right_withdraw"] if "consent" in bases else []
    keys += ["right_human"] if any(AUTOMATED_DECISION in a.dpia.criteria for a in draft.activities) else []
    keys.append("right_post_mortem")
    items = tuple(runs(item) for item in enumerated([draft.say(key) for key in keys], draft.lang))
    blocks: tuple[Block, ...] = (
        Paragraph(runs(draft.say("rights_intro"))),
        Bullets(items),
        Paragraph(draft.fill("rights_how", "contact", draft.rights_contact())),
        Paragraph(runs(draft.say("rights_more"))),
    )
    return Section("rights", draft.say("h_rights"), blocks)


def complaint_section(draft: Draft) -> Section:
    return Section("complaint", draft.say("h_complaint"), (Paragraph(runs(draft.say("complaint"))),))
