"""Read helpers over a snapshot shared by the exports: lookups by uid, derived facts (sensitive
data, transfers carried by subprocessors, measures by CNIL heading) and the wording of dates,
durations, retention rules, contacts, the DPO, activity statuses and certifications in French or
English, so that the PDF and the workbook say the same thing."""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from register_app.domain.catalogues import (
    CERTIFICATION_KINDS,
    COUNTRIES,
    DATA_CATEGORIES,
    HDS_SCOPES,
    HDS_VERSIONS,
    START_EVENTS,
    TRANSFER_TOOLS,
    Lang,
    catalogue,
    category_regime,
)
from register_app.domain.enums import ActivityRole, ActivityStatus, CnilHeading, CountryRole, DpoStatus
from register_app.domain.words.enum_labels import duration_words, enum_label, in_sentence
from register_app.domain.words.language import colon, pick
from register_app.exports.export_texts import text
from register_app.services import records as r
from register_app.services.snapshot_index import SnapshotIndex


def format_date(value: date | datetime | None, lang: Lang) -> str:
    """A date as the reader expects it; a timestamp is first put in local time (stored in UTC, an
    edit made just after midnight in Paris belongs to that day, not the day before)."""
    if value is None:
        return ""
    day = (value.astimezone() if value.tzinfo else value).date() if isinstance(value, datetime) else value
    return pick((day.strftime("%d/%m/%Y"), day.isoformat()), lang)


def format_duration(duration: r.Duration | None, lang: Lang) -> str:
    if duration is None:
        return ""
    return pick(duration_words(duration.value, duration.unit), lang)


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
        parts.append(text("retention_fate", lang, fate=in_sentence(enum_label(rule.final_fate, lang))))
    sentences = [_sentence(", ".join(parts))] if parts else []
    if rule.criterion.strip():
        sentences.append(_sentence(rule.criterion.strip()))
    return " ".join(sentences) if sentences else text("not_set", lang)


def retention_line(rule: r.RetentionRule, lang: Lang) -> str:
    """A retention rule after the DPO's own label for the data it covers, when there is one."""
    words = retention_text(rule, lang)
    return colon(rule.label.strip(), words, lang) if rule.label.strip() else words


def _sentence(words: str) -> str:
    words = words[:1].upper() + words[1:]
    return words if words.endswith((".", "!", "?", "…", ")")) else words + "."


def yes_no(value: bool, lang: Lang) -> str:
    return text("yes" if value else "no", lang)


def country_name(code: str, lang: Lang) -> str:
    """A country's or an international organisation's name from the catalogue; a code the catalogue
    does not know is shown as it is."""
    return catalogue(COUNTRIES).label(code, lang) if code else ""


def contact_lines(contact: r.Contact, lang: Lang) -> str:
    """A postal block: name, street, postcode and city, country, phone, email (blank parts skipped)."""
    town = " ".join(part for part in (contact.postcode, contact.city) if part)
    parts = (contact.name, contact.address, town, country_name(contact.country, lang), contact.phone, contact.email)
    return "\n".join(part for part in parts if part.strip())


def dpo_contact(organisation: r.Organisation) -> r.Contact:
    """The designated DPO's contact, with the DPO's title under the name."""
    name = "\n".join(x for x in (organisation.dpo.name, organisation.dpo_title) if x.strip())
    return dataclasses.replace(organisation.dpo, name=name)


def dpo_text(organisation: r.Organisation, lang: Lang) -> str:
    """The DPO as every document states it, in its three states: the designated DPO's identity,
    title, company and contact; that none is designated, with the reason when given; or, while the
    designation is undecided, that nothing is recorded (neither a designation nor its absence)."""
    if organisation.dpo_status is DpoStatus.DESIGNATED:
        company = organisation.dpo_company.strip()
        parts = (contact_lines(dpo_contact(organisation), lang),
                 colon(text("dpo_company", lang), company, lang) if company else "")  # fmt: skip
        return "\n".join(part for part in parts if part)
    if organisation.dpo_status is DpoStatus.NOT_DESIGNATED:
        reason = organisation.dpo_not_designated_reason.strip()
        return "\n".join(x for x in (text("no_dpo", lang), reason and colon(text("no_dpo_reason", lang), reason, lang))
                         if x)  # fmt: skip
    return text("dpo_not_recorded", lang)


def status_text(activity: r.Activity, lang: Lang) -> str:
    """An activity's status; a retired one's with the day it ended, when known."""
    label = enum_label(activity.status, lang)
    if activity.status is ActivityStatus.RETIRED and activity.retired_on:
        return f"{label} ({text('ended_on', lang, date=format_date(activity.retired_on, lang))})"
    return label


STATUS_ORDER = (ActivityStatus.ACTIVE, ActivityStatus.DRAFT, ActivityStatus.RETIRED)


def activity_count(activities: Sequence[r.Activity], lang: Lang) -> str:
    """How many activities a document holds: '17 (En cours : 15, Brouillon : 1, Terminé : 1)', the
    number alone when every one is in progress."""
    counts = Counter(a.status for a in activities)
    if set(counts) <= {ActivityStatus.ACTIVE}:
        return str(len(activities))
    parts = [colon(enum_label(status, lang), str(counts[status]), lang) for status in STATUS_ORDER if counts[status]]
    return f"{len(activities)} ({', '.join(parts)})"


def transfer_tool_text(tool: str | None, fallback: str | None, lang: Lang) -> str:
    """A transfer tool, and the tool to fall back on (should the DPF fall) beside it."""
    tools = catalogue(TRANSFER_TOOLS)
    label = tools.label(tool, lang) if tool else ""
    if not fallback:
        return label
    words = text("fallback_tool", lang, tool=tools.label(fallback, lang))
    return f"{label} ({words})" if label else words[:1].upper() + words[1:]


def certification_parts(cert: r.Certification, lang: Lang) -> list[str]:
    """A certification's name (its kind when unnamed), HDS référentiel version and HDS activities."""
    parts = [cert.name or catalogue(CERTIFICATION_KINDS).label(cert.kind, lang)]
    if cert.hds_version:
        parts.append(catalogue(HDS_VERSIONS).label(cert.hds_version, lang))
    if cert.hds_scopes:
        parts.append(", ".join(catalogue(HDS_SCOPES).label(s, lang) for s in cert.hds_scopes))
    return parts


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
    fallback: str | None = None  # the subprocessor's tool should the DPF fall, when it uses this tool
    # For a derived transfer by a sub-processor down the chain: the activity's own subprocessor using it.
    through: r.Subprocessor | None = None

    def tool_label(self, lang: Lang) -> str:
        return transfer_tool_text(self.tool, self.fallback, lang)

    def origin(self, lang: Lang) -> str:
        """Where the line comes from: the fiche, or which subprocessor's hosting or access implies it."""
        if self.recorded:
            return text("recorded", lang)
        if self.through is None:
            return text("derived_transfer", lang)
        return text("derived_onward_transfer", lang, through=self.through.name)


class RegisterView(SnapshotIndex):
    """The snapshot index (the one the checks use) with what the documents ask of it."""

    @functools.cached_property
    def organisation_wide_measures(self) -> tuple[r.Measure, ...]:
        return tuple(m for m in self.snapshot.measures if m.organisation_wide)

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
        """Recorded transfers, then those the activity's subprocessors imply, down the chain of
        sub-processors (`SnapshotIndex.implied_transfers`), each by the subprocessor making it."""
        lines = []
        for t in activity.transfers:
            sub = self.subprocessors.get(t.subprocessor_uid or "")
            fallback = sub.transfer_fallback if sub is not None and sub.transfer_tool == t.tool else None
            lines.append(TransferLine(activity, t.recipient, t.country, t.tool, t.documentation, t.tia_reference,
                                      sub, True, fallback))  # fmt: skip
        for x in self.implied_transfers(activity):
            sub = x.made_by
            lines.append(TransferLine(activity, sub.name, x.country, sub.transfer_tool, sub.transfer_detail, "",
                                      sub, False, sub.transfer_fallback, x.through))  # fmt: skip
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

    def activities_of_measure(self, uid: str) -> list[r.Activity]:
        return [a for a in self.snapshot.activities if any(link.measure_uid == uid for link in a.measures)]

    def measure_scope(self, measure: r.Measure, lang: Lang) -> tuple[list[r.Activity], str]:
        """The activities of the document a measure protects, or, instead of an empty list, the words
        saying that it protects every activity (organisation-wide) or none."""
        if measure.organisation_wide:
            return [], text("every_activity", lang)
        activities = self.activities_of_measure(measure.uid)
        return activities, "" if activities else text("applied_to_none", lang)


def category_label(code: str, lang: Lang) -> str:
    return catalogue(DATA_CATEGORIES).label(code, lang)


def hosting_countries(sub: r.Subprocessor, role: CountryRole = CountryRole.HOSTING) -> list[str]:
    return [c.country for c in sub.countries if c.role is role]
