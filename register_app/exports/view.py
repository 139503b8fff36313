"""Read helpers over a snapshot shared by the exports: lookups by uid, derived facts (sensitive
data, transfers carried by subprocessors, measures by CNIL heading) and formatting of dates,
durations and retention rules in French or English."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime

from register_app.domain.catalogues import (
    COUNTRIES,
    DATA_CATEGORIES,
    START_EVENTS,
    TRANSFER_TOOLS,
    Lang,
    catalogue,
    category_regime,
    country_status,
)
from register_app.domain.enums import ActivityRole, CnilHeading, CountryRole
from register_app.exports.labels import UNITS, enum_label, text
from register_app.services import records as r


def format_date(value: date | datetime | None, lang: Lang) -> str:
    """A date as the reader expects it; a timestamp is first put in local time (stored in UTC, an
    edit made just after midnight in Paris belongs to that day, not the day before)."""
    if value is None:
        return ""
    day = (value.astimezone() if value.tzinfo else value).date() if isinstance(value, datetime) else value
    return day.strftime("%d/%m/%Y") if lang == "fr" else day.isoformat()


def format_duration(duration: r.Duration | None, lang: Lang) -> str:
    if duration is None:
        return ""
    forms = UNITS[duration.unit.value][0 if lang == "fr" else 1]
    return f"{duration.value} {forms[0] if duration.value == 1 else forms[1]}"


def retention_text(rule: r.RetentionRule, lang: Lang) -> str:
    """A retention rule in words: '3 ans en base active, puis 2 ans en archive intermédiaire, à
    compter de : fin du contrat, puis suppression.', followed by the user's criterion as its own
    sentence when there is one."""
    parts: list[str] = []
    if rule.active:
        parts.append(text("retention_active", lang, duration=format_duration(rule.active, lang)))
    if rule.archive:
        key = "retention_archive" if rule.active else "retention_archive_only"
        parts.append(text(key, lang, duration=format_duration(rule.archive, lang)))
    if rule.start_event:
        event = catalogue(START_EVENTS).label(rule.start_event, lang)
        parts.append(text("retention_from", lang, event=event[:1].lower() + event[1:]))
    if rule.final_fate:
        parts.append(text("retention_fate", lang, fate=enum_label(rule.final_fate, lang)))
    sentences = [_sentence(", ".join(parts))] if parts else []
    if rule.criterion.strip():
        sentences.append(_sentence(rule.criterion.strip()))
    return " ".join(sentences) if sentences else text("not_set", lang)


def _sentence(words: str) -> str:
    words = words[:1].upper() + words[1:]
    return words if words.endswith((".", "!", "?", "…", ")")) else words + "."


def yes_no(value: bool, lang: Lang) -> str:
    return text("yes" if value else "no", lang)


def country_name(code: str, lang: Lang) -> str:
    return catalogue(COUNTRIES).label(code, lang) if code else ""


def is_sensitive(activity: r.Activity) -> bool:
    """Art. 9 special categories, Art. 10 offence data or the NIR."""
    return any(category_regime(c.code) != "standard" for c in activity.data_categories)


@dataclass(frozen=True)
class TransferLine:
    activity: r.Activity
    recipient: str
    country: str
    tool: str | None
    documentation: str
    tia_reference: str
    via_subprocessor: r.Subprocessor | None
    recorded: bool  # False: derived from a subprocessor hosting or accessing data there

    def tool_label(self, lang: Lang) -> str:
        return catalogue(TRANSFER_TOOLS).label(self.tool, lang) if self.tool else ""


class RegisterView:
    def __init__(self, snapshot: r.Snapshot) -> None:
        self.snapshot = snapshot
        self.measures = {m.uid: m for m in snapshot.measures}
        self.subprocessors = {s.uid: s for s in snapshot.subprocessors}
        self.controllers = {c.uid: c for c in snapshot.controllers}

    @functools.cached_property
    def organisation_wide_measures(self) -> tuple[r.Measure, ...]:
        return tuple(m for m in self.snapshot.measures if m.organisation_wide)

    def activity_subprocessors(self, activity: r.Activity) -> list[r.Subprocessor]:
        return [self.subprocessors[u] for u in activity.subprocessor_uids if u in self.subprocessors]

    def measures_by_heading(self, activity: r.Activity) -> dict[CnilHeading, list[tuple[r.Measure, str]]]:
        """The activity's measures with their activity note, plus the organisation-wide ones,
        grouped under the seven CNIL headings in the model's order (empty headings included)."""
        grouped: dict[CnilHeading, list[tuple[r.Measure, str]]] = {h: [] for h in CnilHeading}
        seen: set[str] = set()
        for link in activity.measures:
            measure = self.measures.get(link.measure_uid)
            if measure is not None:
                grouped[measure.heading].append((measure, link.note))
                seen.add(measure.uid)
        for measure in self.organisation_wide_measures:
            if measure.uid not in seen:
                grouped[measure.heading].append((measure, ""))
        return grouped

    def transfers(self, activity: r.Activity) -> list[TransferLine]:
        """Recorded transfers, then those implied by linked subprocessors hosting or accessing
        data outside the EEA and not already recorded for that country."""
        lines = [
            TransferLine(activity, t.recipient, t.country, t.tool, t.documentation, t.tia_reference,
                         self.subprocessors.get(t.subprocessor_uid or ""), True)
            for t in activity.transfers
        ]  # fmt: skip
        recorded = {(t.country, t.subprocessor_uid) for t in activity.transfers}
        recorded_countries = {t.country for t in activity.transfers if t.subprocessor_uid is None}
        for sub in self.activity_subprocessors(activity):
            for hosting in sub.countries:
                country = hosting.country
                if country_status(country) == "eea" or (country, sub.uid) in recorded:
                    continue
                if country in recorded_countries:
                    continue
                recorded.add((country, sub.uid))
                lines.append(TransferLine(activity, sub.name, country, sub.transfer_tool, sub.transfer_detail, "",
                                          sub, False))  # fmt: skip
        return lines

    def all_transfers(self) -> list[TransferLine]:
        return [line for a in self.snapshot.activities for line in self.transfers(a)]

    def processor_activities(self) -> list[tuple[r.Controller | None, list[r.Activity]]]:
        """Activities carried out as processor, grouped by client controller (name order); those
        with no client recorded come last under None."""
        groups: dict[str | None, list[r.Activity]] = {}
        for activity in self.snapshot.activities:
            if activity.role is ActivityRole.PROCESSOR:
                groups.setdefault(activity.client_uid, []).append(activity)
        named = sorted((uid for uid in groups if uid is not None), key=lambda u: self.controller_name(u).casefold())
        result: list[tuple[r.Controller | None, list[r.Activity]]] = [
            (self.controllers.get(uid), groups[uid]) for uid in named
        ]
        if None in groups:
            result.append((None, groups[None]))
        return result

    def controller_name(self, uid: str | None) -> str:
        controller = self.controllers.get(uid or "")
        return controller.contact.name if controller else ""

    def activities_of_subprocessor(self, uid: str) -> list[r.Activity]:
        return [a for a in self.snapshot.activities if uid in a.subprocessor_uids]

    def activities_of_measure(self, uid: str) -> list[r.Activity]:
        return [a for a in self.snapshot.activities if any(link.measure_uid == uid for link in a.measures)]


def category_label(code: str, lang: Lang) -> str:
    return catalogue(DATA_CATEGORIES).label(code, lang)


def hosting_countries(sub: r.Subprocessor, role: CountryRole = CountryRole.HOSTING) -> list[str]:
    return [c.country for c in sub.countries if c.role is role]
