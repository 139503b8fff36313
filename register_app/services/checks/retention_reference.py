"""Which reference duration a retention rule is measured against, how long the rule keeps the data
(its structured durations, or the duration its criterion states), and whether it cites the law that
sets its period.

A reference applies per kind of data: the one the user chose; otherwise the references of the rule's
data category that its own text names (a criterion about cookies, prospects, invoices...), then those
the activity's name and purposes name; only then those for the activity's data subjects, or for the
whole category (cookies and audience measurement, whoever the visitors are)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from register_app.domain.catalogues import RETENTION_REFERENCES, Entry, catalogue
from register_app.domain.enums import DurationUnit
from register_app.services import records as r
from register_app.services.retention_text import read_retention
from register_app.services.terms import folded, mentions

MONTHS_IN = {DurationUnit.DAYS: Fraction(12, 365), DurationUnit.MONTHS: Fraction(1), DurationUnit.YEARS: Fraction(12)}
TEXT_LIMIT = 2_000
# An article of a code or a law: "Code de commerce, art. L.123-22", "article L.3243-4 du code du travail",
# "loi n° 78-17", "French Commercial Code, Art. L.123-22". A CNIL guideline is not one.
LEGAL_CITATION = re.compile(
    r"\b[lrd]\.? ?\d+(?:-\d+)+\b|\bart(?:icle)?s?\.? ?(?:[lrd]\.? ?)?\d+|"
    r"\b(?:code|loi|decret|ordonnance) (?:de |du |des |d'|civil|penal|general|n ?o?\b)|"
    r"\b(?:commercial|civil|labour|labor|tax|penal|consumer|public health|social security) code\b"
)
# The GDPR's own articles (minimisation, storage limitation) set no period: a clause citing it is left out.
GDPR_CLAUSE = re.compile(r"\b(?:rgpd|gdpr)\b[^;)]*|[^;(]*\b(?:rgpd|gdpr)\b")


def months(duration: r.Duration | None) -> Fraction:
    return duration.value * MONTHS_IN[duration.unit] if duration else Fraction(0)


def as_duration(raw: dict[str, Any] | None) -> r.Duration | None:
    return r.Duration(value=int(raw["value"]), unit=DurationUnit(raw["unit"])) if raw else None


def reference_months(entry: Entry) -> Fraction:
    return months(as_duration(entry.get("active"))) + months(as_duration(entry.get("archive")))


@dataclass(frozen=True)
class Kept:
    """How long a rule keeps the data, in months, and the durations that say so: the structured
    ones, or else the one read from the criterion (`from_text`)."""

    months: Fraction
    active: r.Duration | None
    archive: r.Duration | None
    from_text: bool


def kept(rule: r.RetentionRule) -> Kept | None:
    if rule.active or rule.archive:
        return Kept(months(rule.active) + months(rule.archive), rule.active, rule.archive, from_text=False)
    read = read_retention(rule.criterion)
    if read.countable:
        return Kept(months(read.duration), read.duration, None, from_text=True)
    return None


def cites_law(rule: r.RetentionRule, reference: Entry | None = None) -> bool:
    """The rule names the article of a code or law that sets its period (in its source or its
    criterion). A source copied from the reference itself does not count: it is the reference."""
    own = {reference.text("source", "fr"), reference.text("source", "en")} - {""} if reference else set()
    source = "" if rule.source.strip() in own else rule.source
    text = GDPR_CLAUSE.sub(" ", folded(f"{source} ; {rule.criterion}", TEXT_LIMIT))
    return LEGAL_CITATION.search(text) is not None


@dataclass(frozen=True)
class Choice:
    """The reference a rule is measured against and how it was picked: 'chosen' by the user, 'named'
    by the rule's or the activity's text, or the 'longest' of several that may apply."""

    entry: Entry
    how: str


def reference_for(rule: r.RetentionRule, activity: r.Activity) -> Choice | None:
    references = catalogue(RETENTION_REFERENCES)
    if rule.reference_code:
        entry = references.get(rule.reference_code)
        return Choice(entry, "chosen") if entry else None
    same_category = [e for e in references if e.get("category") == rule.category]
    subjects = {s.code for s in activity.data_subjects}
    own_text = folded(" ".join((rule.criterion, *category_descriptions(activity, rule.category))), TEXT_LIMIT)
    activity_text = folded(" ".join((activity.name, *(p.description for p in activity.purposes))), TEXT_LIMIT)
    tests: tuple[Callable[[Entry], bool], ...] = (
        lambda e: mentions(own_text, e.get("terms", ())),
        lambda e: mentions(activity_text, e.get("terms", ())),
        lambda e: e.get("subjects") in subjects or bool(e.get("whole_category")),
    )
    for test in tests:
        candidates = [e for e in same_category if test(e)]
        if candidates:
            how = "named" if test is not tests[-1] and len(candidates) == 1 else "longest"
            return Choice(max(candidates, key=reference_months), how)
    return None


def category_descriptions(activity: r.Activity, category: str) -> list[str]:
    return [c.description for c in activity.data_categories if c.code == category]


def sources(entry: Entry) -> tuple[str, str] | None:
    """A reference's legal or CNIL source, cited by the finding instead of the rule's general one."""
    fr, en = entry.get("source_fr"), entry.get("source_en")
    return (str(fr), str(en or fr)) if fr else None
