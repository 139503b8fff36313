"""Who receives the data, by category of recipient, with the processors named (Art. 13(1)(e)), and
the transfers outside the EEA with their safeguard and where to get a copy of it (Art. 13(1)(f))."""

from __future__ import annotations

from collections.abc import Iterable

from register_app.domain.catalogues import RECIPIENTS, TRANSFER_TOOLS, catalogue, country_status
from register_app.domain.enums import SubprocessorRole
from register_app.domain.words.language import pick
from register_app.exports.notice.draft import Draft, runs
from register_app.exports.notice.model import Block, Bullets, Inline, Paragraph, Run, Section
from register_app.exports.view import TransferLine, country_name
from register_app.services import records as r

PROCESSOR_ROLES = (SubprocessorRole.PROCESSOR, SubprocessorRole.SUB_PROCESSOR)
PROCESSORS = "processors"  # the recipients code of processors, named one by one below the categories


def recipients_section(draft: Draft) -> Section:
    precisions: dict[str, dict[str, None]] = {}  # recipient code -> its precisions, in order met
    processors: dict[str, r.Subprocessor] = {}
    others: dict[str, r.Subprocessor] = {}  # controllers in their own right, named as recipients
    gaps: list[Inline] = []
    for activity in draft.activities:
        linked = draft.view.direct_subprocessors(activity)
        for sub in linked:
            (processors if sub.role in PROCESSOR_ROLES else others)[sub.uid] = sub
        for item in activity.recipients:
            precisions.setdefault(item.code, {})[item.precision.strip()] = None
        if not activity.recipients and not linked:
            gaps.append(runs(draft.gap(draft.where(activity), draft.say("what_recipients"))))
    if processors:
        precisions.pop(PROCESSORS, None)  # named one by one below
    items: list[Inline] = []
    for entry in catalogue(RECIPIENTS):
        if entry.code in precisions:
            items.append(_labelled(draft, entry.label(draft.lang), _joined(precisions.pop(entry.code), draft)))
    items += [_labelled(draft, code, _joined(found, draft)) for code, found in precisions.items()]
    items += [_labelled(draft, sub.name, sub.service.strip()) for sub in others.values()]
    blocks: list[Block] = [Paragraph(runs(draft.say("recipients_intro"))), Bullets((*items, *gaps))]
    if processors:
        named = tuple(_labelled(draft, sub.name, sub.service.strip()) for sub in processors.values())
        blocks += [Paragraph(runs(draft.say("processors_intro"))), Bullets(named)]
    return Section("recipients", draft.say("h_recipients"), tuple(blocks))


def _joined(details: Iterable[str], draft: Draft) -> str:
    return pick((" ; ", "; "), draft.lang).join(d for d in details if d)


def _labelled(draft: Draft, label: str, details: str) -> Inline:
    return runs(Run(label, strong=True), pick((" : ", ": "), draft.lang) + details if details else "")


def transfers_section(draft: Draft) -> Section | None:
    lines: dict[tuple[str, str, str | None], tuple[r.Activity, TransferLine]] = {}
    for activity in draft.activities:
        for line in draft.view.transfers(activity):
            if line.country and country_status(line.country) != "eea":
                lines.setdefault((line.recipient.strip(), line.country, line.tool), (activity, line))
    if not lines:
        return None
    items = tuple(_transfer(draft, activity, line) for activity, line in lines.values())
    intro = Paragraph(runs(draft.say("transfers_intro")))
    return Section("transfers", draft.say("h_transfers"), (intro, Bullets(items)))


def _transfer(draft: Draft, activity: r.Activity, line: TransferLine) -> Inline:
    lang = draft.lang
    country = country_name(line.country, lang)
    where = draft.say("transfer_where", recipient=line.recipient.strip() or country, country=country)
    parts: list[str | Run] = [Run(where, strong=True), " "]
    tools = catalogue(TRANSFER_TOOLS)
    tool = tools.get(line.tool)
    if tool is None:
        parts.append(draft.gap(draft.where(activity), draft.say("what_transfer_tool", country=country)))
        return runs(*parts)
    parts.append(draft.say("transfer_tool", tool=tool.label(lang), ref=tool.text("ref", lang)))
    fallback = tools.get(line.fallback)
    if fallback is not None:
        parts.append(" " + draft.say("transfer_fallback", tool=fallback.label(lang), ref=fallback.text("ref", lang)))
    # Appropriate safeguards (Art. 46 and 47) are the tools after which a transfer impact assessment
    # is expected; of them, and of them only, the person may obtain a copy (Art. 13(1)(f)).
    if any(t is not None and t.get("tia_expected") for t in (tool, fallback)):
        parts += [" ", *draft.fill("transfer_copy", "contact", draft.rights_contact())]
        url = line.documentation.strip()
        if url.startswith(("https://", "http://")):
            parts.append(" " + draft.say("transfer_copy_online", url=url))
    return runs(*parts)
