"""A privacy policy against the register: what the policy states that the register does not record
(a purpose, a subprocessor, a transfer, a retention period, a measure), and what the register
records that the policy does not disclose (a transfer outside the EEA, a subprocessor, a purpose).
Each finding quotes both sides: the policy's sentence, and the register's object and words."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from register_app.domain.catalogues import COUNTRIES, START_EVENTS, Lang, catalogue, country_status
from register_app.domain.enums import ActivityStatus, MeasureStatus
from register_app.services import records as r
from register_app.services.policy import proposals as p
from register_app.services.policy.hosts import countries_in
from register_app.services.policy.purposes import content_words
from register_app.services.policy.vocabulary import fold, names, vocabulary

SAME_PURPOSE = 0.5  # Dice coefficient of the meaningful words


class Side(StrEnum):
    POLICY_ONLY = "policy_only"  # the policy states it, the register does not record it
    REGISTER_ONLY = "register_only"  # the register records it, the policy does not disclose it


@dataclass(frozen=True)
class Finding:
    side: Side
    kind: str  # purpose, subprocessor, transfer, retention, measure
    subject: str  # what it is about, in a few words
    policy_quote: str  # the policy's sentence ("" when the policy says nothing of it)
    register_quote: str  # the register's object and words ("" when the register records nothing of it)
    start: int | None = None  # the policy quote's offsets in the policy's text
    end: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def compare(snapshot: r.Snapshot, policy: p.Proposals, lang: Lang = "fr") -> list[Finding]:
    """The differences, policy side first; subjects (countries, start events) in `lang`."""
    activities = [a for a in snapshot.activities if a.status is not ActivityStatus.RETIRED]
    return [
        *_purposes(activities, policy),
        *_subprocessors(snapshot, policy),
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

    def words_of(a: r.Activity) -> list[str]:
        return [a.name, *(x.description for x in a.purposes if x.description)]

    for x in stated:
        if not any(_dice(x.text, w) >= SAME_PURPOSE for a in activities for w in words_of(a)):
            quote, start, end = _quote(x.sources)
            found.append(Finding(Side.POLICY_ONLY, "purpose", x.text, quote, "", start, end))
    for a in activities:
        if a.status is ActivityStatus.ACTIVE and not any(
            _dice(x.text, w) >= SAME_PURPOSE for x in stated for w in words_of(a)
        ):
            purposes = "; ".join(x.description for x in a.purposes if x.description)
            found.append(Finding(Side.REGISTER_ONLY, "purpose", a.name, "", f"{a.name} — {purposes}".strip(" —")))
    return found


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
                                 f"{x.name} — {x.service}" + (f" ({where})" if where else "")))  # fmt: skip
    return found


def _register_transfers(snapshot: r.Snapshot, activities: list[r.Activity]) -> dict[str, list[str]]:
    """Third countries the register sends data to, each with the register's words for it."""
    result: dict[str, list[str]] = {}
    for a in activities:
        for t in a.transfers:
            if t.country and country_status(t.country) != "eea":
                result.setdefault(t.country, []).append(f"{a.name} — {t.recipient or '?'} ({t.country})")
    for s in snapshot.subprocessors:
        for c in s.countries:
            if country_status(c.country) != "eea":
                result.setdefault(c.country, []).append(f"{s.name} ({c.country})")
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
    for country, words in recorded.items():
        if country not in named or denial is not None:
            quote, start, end = _quote((denial,) if denial else ())
            name = catalogue(COUNTRIES).label(country, lang)
            found.append(Finding(Side.REGISTER_ONLY, "transfer", name, quote, "; ".join(words), start, end))
    return found


def _sentences_denying_transfers(policy: p.Proposals) -> list[p.Source]:
    from register_app.services.policy.sentences import split_block

    result = []
    for start, end in split_block(policy.text):
        sentence = policy.text[start:end]
        if names(fold(sentence), vocabulary()["no_transfer"]) or (
            "jamais" in fold(sentence) and names(fold(sentence), vocabulary()["transfer_cues"])
        ):
            result.append(p.Source(sentence, start, end))
    return result


def _retention(activities: list[r.Activity], policy: p.Proposals, lang: Lang) -> list[Finding]:
    recorded = [(a, rule) for a in activities for rule in a.retention]
    found = []
    for rule in policy.retention:
        if rule.duration_value is None and rule.start_event is None:
            continue
        if not any(_same_rule(rule, kept) for _, kept in recorded):
            quote, start, end = _quote(rule.sources)
            event = catalogue(START_EVENTS).label(rule.start_event, lang) if rule.start_event else ""
            subject = ", ".join(x for x in (rule.label, rule.duration_iso, event) if x)
            found.append(Finding(Side.POLICY_ONLY, "retention", subject, quote, "", start, end))
    return found


def _same_rule(rule: p.Retention, kept: r.RetentionRule) -> bool:
    if rule.duration_value:
        same = kept.active is not None and (kept.active.value, kept.active.unit.value) == (
            rule.duration_value, rule.duration_unit)  # fmt: skip
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
