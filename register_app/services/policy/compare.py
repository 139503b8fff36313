"""A privacy policy against the register: what the policy states that the register does not record
(a purpose, a subprocessor, a recipient, a transfer, a retention period, a measure), what the
register records that the policy does not disclose (a transfer outside the EEA, a subprocessor, a
recipient, a purpose, a category's retention period, a purpose's legal basis), and what both state
differently (a category's retention period, a purpose's legal basis). Each finding quotes both
sides: the policy's sentence, and the register's object and words, and names the register's object
it is about (an activity or a subprocessor) so the app can open it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from register_app.domain.catalogues import (
    COUNTRIES,
    DATA_CATEGORIES,
    LEGAL_BASES,
    RECIPIENTS,
    START_EVENTS,
    Lang,
    catalogue,
    country_status,
)
from register_app.domain.enums import ActivityStatus, DurationUnit, MeasureStatus
from register_app.domain.words.enum_labels import duration_words
from register_app.domain.words.language import colon, pick
from register_app.services import records as r
from register_app.services.checks.retention_reference import months
from register_app.services.policy import proposals as p
from register_app.services.policy.hosts import countries_in
from register_app.services.policy.purposes import content_words
from register_app.services.policy.vocabulary import first, fold, names, vocabulary

SAME_PURPOSE = 0.5  # Dice coefficient of the meaningful words


class Side(StrEnum):
    POLICY_ONLY = "policy_only"  # the policy states it, the register does not record it
    REGISTER_ONLY = "register_only"  # the register records it, the policy does not disclose it
    DIFFERENT = "different"  # both state it, differently (a retention period, a legal basis)


@dataclass(frozen=True)
class Finding:
    side: Side
    kind: str  # purpose, subprocessor, recipient, transfer, retention, legal_basis, measure
    subject: str  # what it is about, in a few words
    policy_quote: str  # the policy's sentence ("" when the policy says nothing of it)
    register_quote: str  # the register's object and words ("" when the register records nothing of it)
    start: int | None = None  # the policy quote's offsets in the policy's text
    end: int | None = None
    activity_uid: str | None = None  # the register's object the finding is about, where there is one
    subprocessor_uid: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def compare(snapshot: r.Snapshot, policy: p.Proposals, lang: Lang = "fr") -> list[Finding]:
    """The differences, policy side first; subjects (countries, start events) in `lang`."""
    activities = [a for a in snapshot.activities if a.status is not ActivityStatus.RETIRED]
    return [
        *_purposes(activities, policy),
        *_legal_bases(activities, policy, lang),
        *_subprocessors(snapshot, policy),
        *_recipients(activities, policy, lang),
        *_transfers(snapshot, activities, policy, lang),
        *_retention(activities, policy, lang),
        *_measures(snapshot, policy),
    ]


def _quote(sources: tuple[p.Source, ...]) -> tuple[str, int | None, int | None]:
    return (sources[0].text, sources[0].start, sources[0].end) if sources else ("", None, None)


def _dice(a: str, b: str) -> float:
    x, y = content_words(a), content_words(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _purposes(activities: list[r.Activity], policy: p.Proposals) -> list[Finding]:
    """A policy purpose no activity's name or purpose says; an active activity none of whose words
    (name or purposes) the policy's purposes say."""
    stated = [x for a in policy.activities for x in a.purposes]
    found = []
    for x in stated:
        if not any(_dice(x.text, w) >= SAME_PURPOSE for a in activities for w in _words_of(a)):
            quote, start, end = _quote(x.sources)
            found.append(Finding(Side.POLICY_ONLY, "purpose", x.text, quote, "", start, end))
    for a in activities:
        if a.status is ActivityStatus.ACTIVE and not any(
            _dice(x.text, w) >= SAME_PURPOSE for x in stated for w in _words_of(a)
        ):
            purposes = "; ".join(x.description for x in a.purposes if x.description)
            found.append(Finding(Side.REGISTER_ONLY, "purpose", a.name, "", f"{a.name} — {purposes}".strip(" —"),
                                 activity_uid=a.uid))  # fmt: skip
    return found


def _words_of(a: r.Activity) -> list[str]:
    return [a.name, *(x.description for x in a.purposes if x.description)]


def _legal_bases(activities: list[r.Activity], policy: p.Proposals, lang: Lang) -> list[Finding]:
    """A basis the policy states for a purpose against the one the register gives the same purpose
    (a purpose whose description or activity has the same words); a purpose the policy names with
    no basis while the register records one (the policy does not disclose it)."""
    bases = catalogue(LEGAL_BASES)
    found = []
    for x in (x for a in policy.activities for x in a.purposes):
        same = [(a, y) for a in activities for y in a.purposes if y.legal_basis and _same_purpose(x, a, y)]
        if not same or any(y.legal_basis == x.legal_basis for _, y in same):
            continue
        said = "; ".join(colon(f"{a.name} — {y.description or a.name}", bases.label(y.legal_basis, lang), lang)
                         for a, y in same)  # fmt: skip
        stated = next((s for s in x.sources if s.text == x.legal_basis_quote), x.sources[0] if x.sources else None)
        quote, start, end = _quote((stated,) if stated else ())
        if x.legal_basis:
            subject = colon(x.text, bases.label(x.legal_basis, lang), lang)
            found.append(Finding(Side.DIFFERENT, "legal_basis", subject, quote, said, start, end, same[0][0].uid))
        elif same[0][0].status is ActivityStatus.ACTIVE:
            subject = colon(x.text, bases.label(same[0][1].legal_basis, lang), lang)  # the register's basis
            found.append(Finding(Side.REGISTER_ONLY, "legal_basis", subject, quote, said, start, end, same[0][0].uid))
    return found


def _same_purpose(x: p.Purpose, a: r.Activity, y: r.Purpose) -> bool:
    return max(_dice(x.text, y.description), _dice(x.text, a.name)) >= SAME_PURPOSE


def _subprocessors(snapshot: r.Snapshot, policy: p.Proposals) -> list[Finding]:
    text = fold(policy.text)
    found = []
    for s in policy.subprocessors:
        if not any(fold(s.name) in fold(x.name) or fold(x.name) in fold(s.name) for x in snapshot.subprocessors):
            quote, start, end = _quote(s.sources)
            found.append(Finding(Side.POLICY_ONLY, "subprocessor", s.name, quote, "", start, end))
    for x in snapshot.subprocessors:
        short = fold(x.name).split()[0] if x.name.strip() else ""
        if short and short not in text:
            where = ", ".join(c.country for c in x.countries) or x.country
            found.append(Finding(Side.REGISTER_ONLY, "subprocessor", x.name, "",
                                 f"{x.name} — {x.service}" + (f" ({where})" if where else ""),
                                 subprocessor_uid=x.uid))  # fmt: skip
    return found


def _recipients(activities: list[r.Activity], policy: p.Proposals, lang: Lang) -> list[Finding]:
    """Kinds of recipient (the recipients catalogue) the policy lists and no activity records, and
    the other way round. Subprocessors the policy names disclose the "processors" kind; recipients in
    a third country are the transfers' findings."""
    stated = {c.code: c for a in policy.activities for c in a.recipients}
    disclosed = set(stated) | ({"processors"} if policy.subprocessors else set()) | {"third_country"}
    recorded: dict[str, list[tuple[r.Activity, r.CodedItem]]] = {}
    for a in activities:
        for item in a.recipients:
            recorded.setdefault(item.code, []).append((a, item))
    labels = catalogue(RECIPIENTS)
    found = []
    for code, c in stated.items():
        if code not in recorded:
            quote, start, end = _quote(c.sources)
            found.append(Finding(Side.POLICY_ONLY, "recipient", labels.label(code, lang), quote, "", start, end))
    for code, uses in recorded.items():
        active = [(a, item) for a, item in uses if a.status is ActivityStatus.ACTIVE]
        if code not in disclosed and active:
            said = "; ".join(f"{a.name} — {item.precision or labels.label(code, lang)}" for a, item in active)
            found.append(Finding(Side.REGISTER_ONLY, "recipient", labels.label(code, lang), "", said,
                                 activity_uid=active[0][0].uid))  # fmt: skip
    return found


def _register_transfers(snapshot: r.Snapshot, activities: list[r.Activity]) -> dict[str, list[tuple[str, str, str]]]:
    """Third countries the register sends data to: the register's words for each, with the uid of the
    activity or subprocessor that says it."""
    result: dict[str, list[tuple[str, str, str]]] = {}
    for a in activities:
        for t in a.transfers:
            if t.country and country_status(t.country) != "eea":
                words = f"{a.name} — {t.recipient or '?'} ({t.country})"
                result.setdefault(t.country, []).append((words, a.uid, ""))
    for s in snapshot.subprocessors:
        for c in s.countries:
            if country_status(c.country) != "eea":
                result.setdefault(c.country, []).append((f"{s.name} ({c.country})", "", s.uid))
    return result


def _transfers(snapshot: r.Snapshot, activities: list[r.Activity], policy: p.Proposals, lang: Lang) -> list[Finding]:
    recorded = _register_transfers(snapshot, activities)
    named = set(countries_in(policy.text)) | {t.country for t in policy.transfers}
    denial = next((s for s in _sentences_denying_transfers(policy)), None)
    found = []
    for t in policy.transfers:
        if t.country not in recorded:
            quote, start, end = _quote(t.sources)
            found.append(
                Finding(
                    Side.POLICY_ONLY, "transfer", catalogue(COUNTRIES).label(t.country, lang), quote, "", start, end
                )
            )
    for country, said in recorded.items():
        if country not in named or denial is not None:
            quote, start, end = _quote((denial,) if denial else ())
            name = catalogue(COUNTRIES).label(country, lang)
            _, activity, subprocessor = said[0]
            found.append(Finding(Side.REGISTER_ONLY, "transfer", name, quote, "; ".join(w for w, _, _ in said),
                                 start, end, activity or None, subprocessor or None))  # fmt: skip
    return found


def _sentences_denying_transfers(policy: p.Proposals) -> list[p.Source]:
    from register_app.services.policy.sentences import split_block

    result = []
    for start, end in split_block(policy.text):
        sentence = policy.text[start:end]
        if first(fold(sentence), vocabulary()["no_transfer"]) or (
            "jamais" in fold(sentence) and names(fold(sentence), vocabulary()["transfer_cues"])
        ):
            result.append(p.Source(sentence, start, end))
    return result


def _retention(activities: list[r.Activity], policy: p.Proposals, lang: Lang) -> list[Finding]:
    """A period the policy states against the register's rules: for a category of data the register
    keeps rules for, those rules (a different period is a difference, both quoted); otherwise any
    rule. And a category an active activity keeps a rule for that no statement of the policy covers
    (neither a rule for that category nor one for all the data)."""
    recorded = [(a, rule) for a in activities for rule in a.retention]
    found = []
    for rule in policy.retention:
        if rule.duration_value is None and rule.start_event is None:
            continue
        same_category = [(a, kept) for a, kept in recorded if rule.data_category in (kept.category,)]
        if any(_same_rule(rule, kept) for _, kept in same_category or recorded):
            continue
        quote, start, end = _quote(rule.sources)
        event = catalogue(START_EVENTS).label(rule.start_event, lang) if rule.start_event else ""
        period = pick(duration_words(rule.duration_value, DurationUnit(rule.duration_unit)), lang) if (
            rule.duration_value is not None and rule.duration_unit) else ""  # fmt: skip
        subject = ", ".join(x for x in (rule.label, period, event) if x)
        if same_category:
            said = "; ".join(_rule_words(a, kept, lang) for a, kept in same_category)
            uid = same_category[0][0].uid
            found.append(Finding(Side.DIFFERENT, "retention", subject, quote, said, start, end, uid))
        else:
            found.append(Finding(Side.POLICY_ONLY, "retention", subject, quote, "", start, end))
    covered = {x.data_category for x in policy.retention if x.data_category}
    covered |= {kept.category for _, kept in recorded if any(_same_rule(x, kept) for x in policy.retention)}
    if any(not x.label and not x.data_category for x in policy.retention):
        return found  # a period stated for all the data covers every category
    kept_by: dict[str, list[tuple[r.Activity, r.RetentionRule]]] = {}
    for a, kept in recorded:
        if a.status is ActivityStatus.ACTIVE and kept.category not in covered:
            kept_by.setdefault(kept.category, []).append((a, kept))
    for category, uses in kept_by.items():
        said = "; ".join(_rule_words(a, kept, lang) for a, kept in uses)
        found.append(Finding(Side.REGISTER_ONLY, "retention", catalogue(DATA_CATEGORIES).label(category, lang), "",
                             said, activity_uid=uses[0][0].uid))  # fmt: skip
    return found


def _rule_words(a: r.Activity, kept: r.RetentionRule, lang: Lang) -> str:
    """'Prospection — Prospects : 3 ans, dernier contact' (the register's words for a rule)."""
    what = kept.label or catalogue(DATA_CATEGORIES).label(kept.category, lang)
    period = pick(duration_words(kept.active.value, kept.active.unit), lang) if kept.active else kept.criterion
    event = catalogue(START_EVENTS).label(kept.start_event, lang) if kept.start_event else ""
    return colon(f"{a.name} — {what}", ", ".join(x for x in (period, event) if x), lang)


def _same_rule(rule: p.Retention, kept: r.RetentionRule) -> bool:
    if rule.duration_value and rule.duration_unit:
        stated = r.Duration(value=rule.duration_value, unit=DurationUnit(rule.duration_unit))
        same = kept.active is not None and months(kept.active) == months(stated)  # 3 years is 36 months
    else:
        same = kept.active is None
    return same and (rule.start_event is None or rule.start_event == kept.start_event)


def _measures(snapshot: r.Snapshot, policy: p.Proposals) -> list[Finding]:
    declared = {
        m.catalogue_code for m in snapshot.measures if m.status in (MeasureStatus.IN_PLACE, MeasureStatus.PLANNED)
    }
    found = []
    for m in policy.measures:
        if m.code not in declared:
            quote, start, end = _quote(m.sources)
            found.append(Finding(Side.POLICY_ONLY, "measure", m.name, quote, "", start, end))
    return found
