"""From a policy's text to proposals: the organisation and its DPO, activities grouped by purpose,
retention rules, measures, subprocessors and transfers, each with the sentence(s) it came from.

Statements the policy makes for the whole company apply to every activity: its measures, a host that
holds "toutes les données", its recipients, a retention rule for data no activity names. The rest
goes where its words say: a rule for "données bancaires" to the activity about billing."""

from __future__ import annotations

from register_app.domain.catalogues import Lang
from register_app.services.policy import hosts, identity, purposes, retention, security
from register_app.services.policy import proposals as p
from register_app.services.policy.sentences import Sentence, sentences
from register_app.services.policy.text import Kind, PolicyText
from register_app.services.policy.vocabulary import codes_named, fold, section_kinds, vocabulary

MAX_NAME = 120


def extract(policy: PolicyText, lang: Lang = "fr") -> p.Proposals:
    found = sentences(policy)
    dpo = identity.dpo(found)
    groups, loose = purposes.group(found, lang)
    rules = retention.rules(found)
    measures = security.measures(found, lang)
    subprocessors = hosts.subprocessors(found)
    transfers = hosts.transfers(found, subprocessors)
    recipients = _recipients(found)
    details = _details(policy, found)
    groups += _groups_for_rules(rules, groups, lang)
    activities = []
    for g in groups:
        texts = " ".join(x.text for x in g.purposes)
        own_details = [d for x in g.purposes for s in x.sources for d in details.get(s.start, [])]
        plain = fold(" ".join([texts, *(d.text for d in own_details)]))
        categories = _coded(plain, vocabulary()["data_categories"], g.purposes, own_details)
        subjects = _coded(fold(texts), vocabulary()["data_subjects"], g.purposes, [])
        activities.append(p.Activity(
            name=g.name[:MAX_NAME], family=g.family, purposes=tuple(g.purposes), data_categories=categories,
            data_subjects=subjects, recipients=recipients,
            retention=tuple(r for r in rules if _rule_fits(r, g, groups)),
            subprocessors=tuple(s.name for s in subprocessors if s.hosts_everything or _names_family(s, g)),
            measures=tuple(m.code for m in measures),
            transfers=tuple(t for t in transfers if _transfer_fits(t, subprocessors, g)),
        ))  # fmt: skip
    table = vocabulary()["data_categories"]
    categories = tuple(c for d in details.values() for c in _coded(fold(" ".join(x.text for x in d)), table, (), d))
    return p.Proposals(
        source=policy.source, lang=lang, text=policy.text, organisation=identity.organisation(found, dpo), dpo=dpo,
        activities=tuple(activities), retention=tuple(rules), measures=tuple(measures),
        subprocessors=tuple(subprocessors), transfers=tuple(transfers), data_categories=_unique(categories),
        legal_bases=tuple(loose),
    )  # fmt: skip


def _details(policy: PolicyText, found: list[Sentence]) -> dict[int, list[Sentence]]:
    """The list items standing under each line that is not an item: what a purpose | data table lists
    for that purpose, or the data a "Données d'identification :" line introduces. Keyed by the line's
    sentence start."""
    by_block: dict[int, list[Sentence]] = {}
    for s in found:
        by_block.setdefault(s.block, []).append(s)
    result: dict[int, list[Sentence]] = {}
    owner: Sentence | None = None
    for index, block in enumerate(policy.blocks):
        lines = by_block.get(index, [])
        if block.kind is Kind.ITEM:
            if owner is not None:
                result.setdefault(owner.start, []).extend(lines)
        elif lines:
            owner = lines[-1]
    return result


def _coded(plain: str, table: dict[str, list[str]], from_purposes: tuple[p.Purpose, ...] | list[p.Purpose],
           details: list[Sentence]) -> tuple[p.Coded, ...]:  # fmt: skip
    sources = tuple(p.Source(s.text, s.start, s.end) for s in details) or tuple(
        src for x in from_purposes for src in x.sources[:1]
    )
    detail = ", ".join(dict.fromkeys(s.text.rstrip(" ;.") for s in details))
    return tuple(p.Coded(code, detail, sources) for code in codes_named(plain, table))


def _unique(items: tuple[p.Coded, ...]) -> tuple[p.Coded, ...]:
    seen: dict[str, p.Coded] = {}
    for item in items:
        if item.code in seen:
            old = seen[item.code]
            seen[item.code] = p.Coded(item.code, f"{old.detail}, {item.detail}".strip(", "), old.sources + item.sources)
        else:
            seen[item.code] = item
    return tuple(seen.values())


def _recipients(found: list[Sentence]) -> tuple[p.Coded, ...]:
    """The recipients a recipients section lists: the policy states them for all the data."""
    result = []
    for s in found:
        if "recipients" in section_kinds(s.heading) and s.kind is not Kind.HEADING:
            for code in codes_named(fold(s.text), vocabulary()["recipients"]):
                result.append(p.Coded(code, s.text.lstrip("- ").rstrip(" ;."), (p.Source(s.text, s.start, s.end),)))
    return _unique(tuple(result))


def _groups_for_rules(rules: list[p.Retention], groups: list[purposes.Group], lang: str) -> list[purposes.Group]:
    """An activity, without purposes, for a family of data the retention rules name and no purpose does
    ("les cookies sont conservés 13 mois" in a policy that lists no purpose about cookies)."""
    present = {g.family for g in groups}
    added: dict[str, purposes.Group] = {}
    for rule in rules:
        family = purposes.family_of(rule.label) if rule.label else ""
        if family and family not in present and family not in added:
            label = next(e[lang] for e in vocabulary()["activities"] if e["code"] == family)
            added[family] = purposes.Group(family, label)
    return list(added.values())


def _family_words(family: str) -> list[str]:
    return next((e["terms"] for e in vocabulary()["activities"] if e["code"] == family), [])


def _rule_fits(rule: p.Retention, group: purposes.Group, groups: list[purposes.Group]) -> bool:
    """A rule goes to the activities whose family its data or words name; a rule naming none of the
    activities' families is the organisation's, and goes to every activity."""
    plain = fold(f"{rule.label} {rule.text}")
    families = {g.family for g in groups if g.family and codes_named(plain, {g.family: _family_words(g.family)})}
    return group.family in families if families else True


def _names_family(host: p.Subprocessor, group: purposes.Group) -> bool:
    if not group.family:
        return False
    plain = fold(" ".join(s.text for s in host.sources))
    return bool(codes_named(plain, {group.family: _family_words(group.family)}))


def _transfer_fits(transfer: p.Transfer, subprocessors: list[p.Subprocessor], group: purposes.Group) -> bool:
    host = next((s for s in subprocessors if s.name == transfer.recipient), None)
    return host is None or host.hosts_everything or _names_family(host, group)
