"""Retention (Art. 5(1)(e), Art. 30(1)(f)): a limited period for each data category the activity
records (and for no other), counted from a stated event, and no longer than the reference durations
shipped in the retention catalogue."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

from register_app.domain.catalogues import DATA_CATEGORIES, RETENTION_REFERENCES, Entry, catalogue
from register_app.domain.enums import DurationUnit
from register_app.services import records as r
from register_app.services.checks.completeness import usable
from register_app.services.checks.context import Context, activity_target
from register_app.services.checks.engine import Hit, Severity, rule
from register_app.services.checks.wording import durations_text, label
from register_app.services.text import fold

# Matched on the folded text (lower case, no accents). A "contrat à durée indéterminée" is a kind of
# employment contract, not an unlimited retention, so it is removed before matching.
INDEFINITE = re.compile(
    r"indefini|illimite|indetermin|sans limit|a vie\b|permanen|perpetu|pour toujours|"
    r"unlimited|forever|no limit|indefinite"
)
OPEN_ENDED_CONTRACT = re.compile(r"contrats? a duree indeterminee|\bcdi\b")
MONTHS_IN = {DurationUnit.DAYS: Fraction(12, 365), DurationUnit.MONTHS: Fraction(1), DurationUnit.YEARS: Fraction(12)}


def indefinite(criterion: str) -> bool:
    return bool(INDEFINITE.search(OPEN_ENDED_CONTRACT.sub("", fold(criterion))))


def months(duration: r.Duration | None) -> Fraction:
    return duration.value * MONTHS_IN[duration.unit] if duration else Fraction(0)


def as_duration(raw: dict[str, Any] | None) -> r.Duration | None:
    return r.Duration(value=int(raw["value"]), unit=DurationUnit(raw["unit"])) if raw else None


def reference_months(entry: Entry) -> Fraction:
    return months(as_duration(entry.get("active"))) + months(as_duration(entry.get("archive")))


def reference_for(rule: r.RetentionRule, activity: r.Activity) -> tuple[Entry | None, bool]:
    """The reference a rule is measured against, and whether the user chose it. Without a choice,
    the longest reference for the same data category and one of the activity's data subjects."""
    references = catalogue(RETENTION_REFERENCES)
    if rule.reference_code:
        return references.get(rule.reference_code), True
    subjects = {s.code for s in activity.data_subjects}
    candidates = [e for e in references if e.get("category") == rule.category and e.get("subjects") in subjects]
    return (max(candidates, key=reference_months) if candidates else None), False


def sources(entry: Entry) -> tuple[str, str] | None:
    """A reference's legal or CNIL source, cited by the finding instead of the rule's general one."""
    fr, en = entry.get("source_fr"), entry.get("source_en")
    return (str(fr), str(en or fr)) if fr else None


@rule(
    "RETENTION-CATEGORY-MISSING",
    Severity.WARNING,
    ref=(
        "art. 30.1.f du RGPD (délais prévus pour l'effacement des différentes catégories de données)",
        "GDPR Art. 30(1)(f) (time limits for erasure of the different categories of data)",
    ),
    fix=(
        "Ajoutez une règle de conservation pour cette catégorie : durée en base active, archivage "
        "intermédiaire, événement de départ et sort final.",
        "Add a retention rule for this category: active period, intermediate archiving, start event and final fate.",
    ),
)
def category_without_retention(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        covered = {rule.category for rule in activity.retention if usable(rule)}
        if not covered:
            continue  # ART30-RETENTION-MISSING says it for the whole activity
        for i, category in enumerate(activity.data_categories):
            if category.code not in covered:
                fr, en = label(DATA_CATEGORIES, category.code)
                yield Hit(
                    activity_target(activity),
                    f"data_categories[{i}]",
                    (
                        f"Aucune durée de conservation n'est indiquée pour la catégorie « {fr} ».",
                        f"No retention period is given for the category '{en}'.",
                    ),
                )


@rule(
    "RETENTION-CATEGORY-UNLISTED",
    Severity.WARNING,
    ref=("art. 30.1.c et art. 30.1.f du RGPD", "GDPR Art. 30(1)(c) and Art. 30(1)(f)"),
    fix=(
        "Si ces données sont bien collectées, ajoutez la catégorie aux données du traitement ; sinon, "
        "supprimez cette règle de conservation devenue sans objet.",
        "If this data is indeed collected, add the category to the activity's data; otherwise delete this "
        "retention rule, which no longer applies.",
    ),
)
def retention_for_unlisted_category(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        listed = {c.code for c in activity.data_categories}
        for i, rule_ in enumerate(activity.retention):
            if rule_.category not in listed:
                fr, en = label(DATA_CATEGORIES, rule_.category)
                yield Hit(
                    activity_target(activity),
                    f"retention[{i}].category",
                    (
                        f"Une durée de conservation est prévue pour la catégorie « {fr} », qui ne figure pas parmi "
                        "les données de ce traitement.",
                        f"A retention period is set for the category '{en}', which is not among this activity's data.",
                    ),
                )


@rule(
    "RETENTION-INDEFINITE",
    Severity.ERROR,
    ref=("art. 5.1.e du RGPD", "GDPR Art. 5(1)(e)"),
    fix=(
        "Fixez une durée limitée, ou un critère objectif comme « 3 ans après la fin du contrat ». Seules des "
        "données anonymisées, ou versées aux archives définitives lorsque la loi le prévoit, échappent à cette "
        "limite.",
        "Set a limited period, or an objective criterion such as '3 years after the end of the contract'. "
        "Only anonymised data, or data transferred to permanent archives where the law provides for it, escapes "
        "this limit.",
    ),
)
def retention_indefinite(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        for i, rule_ in enumerate(activity.retention):
            if indefinite(rule_.criterion):
                fr, en = label(DATA_CATEGORIES, rule_.category)
                yield Hit(
                    activity_target(activity),
                    f"retention[{i}].criterion",
                    (
                        f"La conservation de la catégorie « {fr} » n'est pas limitée dans le temps "
                        f"(« {rule_.criterion.strip()} »).",
                        f"Retention of the category '{en}' has no time limit ('{rule_.criterion.strip()}').",
                    ),
                )


@rule(
    "RETENTION-START-MISSING",
    Severity.WARNING,
    ref=(
        "CNIL, guide « Les durées de conservation des données » (2020)",
        "CNIL, practical guide on data retention periods (2020)",
    ),
    fix=(
        "Choisissez l'événement à partir duquel la durée court : collecte, fin du contrat, dernier contact, "
        "départ du salarié…",
        "Choose the event the period runs from: collection, end of the contract, last contact, end of employment...",
    ),
)
def retention_start_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        for i, rule_ in enumerate(activity.retention):
            if (rule_.active or rule_.archive) and not rule_.start_event:
                fr, en = label(DATA_CATEGORIES, rule_.category)
                yield Hit(
                    activity_target(activity),
                    f"retention[{i}].start_event",
                    (
                        f"La durée de conservation de la catégorie « {fr} » ne dit pas à partir de quel événement "
                        "elle court.",
                        f"The retention period of the category '{en}' does not say from which event it runs.",
                    ),
                )


@rule(
    "RETENTION-EXCEEDS-REFERENCE",
    Severity.WARNING,
    ref=(
        "art. 5.1.e du RGPD ; CNIL, guide « Les durées de conservation des données » (2020)",
        "GDPR Art. 5(1)(e); CNIL, practical guide on data retention periods (2020)",
    ),
    fix=(
        "Ramenez la durée à celle de référence, ou indiquez dans la règle la source (obligation légale, "
        "délai de prescription…) qui justifie de conserver plus longtemps.",
        "Bring the period down to the reference, or state in the rule the source (legal obligation, "
        "limitation period...) that justifies keeping the data longer.",
    ),
)
def retention_exceeds_reference(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        for i, rule_ in enumerate(activity.retention):
            reference, chosen = reference_for(rule_, activity)
            if reference is None or months(rule_.active) + months(rule_.archive) <= reference_months(reference):
                continue
            cat_fr, cat_en = label(DATA_CATEGORIES, rule_.category)
            kept_fr, kept_en = durations_text(rule_.active, rule_.archive)
            ref_fr, ref_en = durations_text(as_duration(reference.get("active")), as_duration(reference.get("archive")))
            which = (
                ("la durée de référence", "the reference")
                if chosen
                else ("la plus longue durée de référence pour ces données", "the longest reference for this data")
            )
            yield Hit(
                activity_target(activity),
                f"retention[{i}]",
                (
                    f"La conservation de la catégorie « {cat_fr} » ({kept_fr}) dépasse {which[0]} "
                    f"« {reference.fr} » ({ref_fr}).",
                    f"Retention of the category '{cat_en}' ({kept_en}) exceeds {which[1]} '{reference.en}' ({ref_en}).",
                ),
                reference=sources(reference),
            )
