"""Retention (Art. 5(1)(e), Art. 30(1)(f)): a limited period for each data category the activity
records (and for no other), counted from a stated event, and no longer than the reference durations
shipped in the retention catalogue. A period written only as text is read where it can be counted."""

from __future__ import annotations

import re
from collections.abc import Iterator

from register_app.domain.catalogues import DATA_CATEGORIES, START_EVENTS
from register_app.domain.enums import Severity
from register_app.services.checks.completeness import usable
from register_app.services.checks.engine import Hit, Texts, rule
from register_app.services.checks.register_index import Context, activity_target
from register_app.services.checks.retention_reference import (
    as_duration,
    cites_law,
    kept,
    reference_for,
    reference_months,
    sources,
)
from register_app.services.checks.wording import duration_text, durations_text, label
from register_app.services.retention_text import read_retention
from register_app.services.text import fold

# Matched on the folded text (lower case, no accents). A "contrat à durée indéterminée" is a kind of
# employment contract, not an unlimited retention, so it is removed before matching.
INDEFINITE = re.compile(
    r"indefini|illimite|indetermin|sans limit|a vie\b|permanen|perpetu|pour toujours|"
    r"unlimited|forever|no limit|indefinite"
)
OPEN_ENDED_CONTRACT = re.compile(r"contrats? a duree indeterminee|\bcdi\b")


def indefinite(criterion: str) -> bool:
    return bool(INDEFINITE.search(OPEN_ENDED_CONTRACT.sub("", fold(criterion))))


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
            read = read_retention(rule_.criterion)
            if rule_.start_event or read.start_event or not (rule_.active or rule_.archive or read.countable):
                continue
            fr, en = label(DATA_CATEGORIES, rule_.category)
            given = ("", "") if rule_.active or rule_.archive else (f" (« {rule_.criterion.strip()} »)",
                                                                     f" ('{rule_.criterion.strip()}')")  # fmt: skip
            yield Hit(
                activity_target(activity),
                f"retention[{i}].start_event",
                (
                    f"La durée de conservation de la catégorie « {fr} »{given[0]} ne dit pas à partir de quel "
                    "événement elle court.",
                    f"The retention period of the category '{en}'{given[1]} does not say from which event it runs.",
                ),
            )


@rule(
    "RETENTION-VAGUE",
    Severity.WARNING,
    ref=(
        "art. 5.1.e et art. 30.1.f du RGPD ; CNIL, guide « Les durées de conservation des données » (2020)",
        "GDPR Art. 5(1)(e) and Art. 30(1)(f); CNIL, practical guide on data retention periods (2020)",
    ),
    fix=(
        "Indiquez une durée chiffrée et l'événement à partir duquel elle court (par exemple « 3 ans à compter "
        "de la fin du contrat »), ou l'événement qui met fin à la conservation.",
        "State a period in figures and the event it runs from (for example '3 years from the end of the "
        "contract'), or the event that ends the retention.",
    ),
)
def retention_vague(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        for i, rule_ in enumerate(activity.retention):
            if rule_.active or rule_.archive or rule_.start_event or indefinite(rule_.criterion):
                continue
            if read_retention(rule_.criterion).vague and not cites_law(rule_):
                fr, en = label(DATA_CATEGORIES, rule_.category)
                yield Hit(
                    activity_target(activity),
                    f"retention[{i}].criterion",
                    (
                        f"La conservation de la catégorie « {fr} » n'a ni durée chiffrée ni événement de fin "
                        f"(« {rule_.criterion.strip()} ») : on ne peut pas savoir quand les données sont supprimées.",
                        f"Retention of the category '{en}' has neither a period nor an end event "
                        f"('{rule_.criterion.strip()}'): no one can tell when the data is deleted.",
                    ),
                )


@rule(
    "RETENTION-TEXT-ONLY",
    Severity.INFO,
    ref=(
        "CNIL, guide « Les durées de conservation des données » (2020)",
        "CNIL, practical guide on data retention periods (2020)",
    ),
    fix=(
        "Saisissez la durée et l'événement de départ dans les champs prévus ; le texte peut rester en critère.",
        "Enter the period and the start event in their fields; the text can stay as the criterion.",
    ),
)
def retention_text_only(ctx: Context) -> Iterator[Hit]:
    """A period written only in the criterion can be recorded as a structured one, which the exports
    show in the CNIL's columns and the checks can compare with the reference durations."""
    for activity in ctx.activities:
        for i, rule_ in enumerate(activity.retention):
            read = read_retention(rule_.criterion)
            if rule_.active or rule_.archive or not read.countable or read.duration is None:
                continue
            cat_fr, cat_en = label(DATA_CATEGORIES, rule_.category)
            what_fr, what_en = duration_text(read.duration)
            event = rule_.start_event or read.start_event
            if event:
                ev_fr, ev_en = label(START_EVENTS, event)
                what_fr, what_en = f"{what_fr} à compter de « {ev_fr} »", f"{what_en} from '{ev_en}'"
            yield Hit(
                activity_target(activity),
                f"retention[{i}].active",
                (
                    f"La durée de conservation de la catégorie « {cat_fr} » n'est écrite qu'en texte "
                    f"(« {rule_.criterion.strip()} ») ; elle peut être enregistrée comme {what_fr}.",
                    f"The retention period of the category '{cat_en}' is only written as text "
                    f"('{rule_.criterion.strip()}'); it can be recorded as {what_en}.",
                ),
                fix=(
                    f"Enregistrez-la comme {what_fr} : durée en base active (ou en archivage intermédiaire)"
                    + ("" if event else " et événement de départ")
                    + " dans les champs prévus ; le texte peut rester en critère.",
                    f"Record it as {what_en}: the active (or intermediate archiving) period"
                    + ("" if event else " and the start event")
                    + " in their fields; the text can stay as the criterion.",
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
        "Ramenez la durée à celle de référence, ou citez dans la règle le texte (article de code ou de loi) "
        "qui impose de conserver plus longtemps.",
        "Bring the period down to the reference, or cite in the rule the text (article of a code or law) "
        "that requires keeping the data longer.",
    ),
)
def retention_exceeds_reference(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        for i, rule_ in enumerate(activity.retention):
            held = kept(rule_)
            choice = reference_for(rule_, activity) if held else None
            if held is None or choice is None or held.months <= reference_months(choice.entry):
                continue
            if cites_law(rule_, choice.entry):
                continue
            reference = choice.entry
            cat_fr, cat_en = label(DATA_CATEGORIES, rule_.category)
            kept_fr, kept_en = durations_text(held.active, held.archive)
            if held.from_text:
                kept_fr, kept_en = f"« {rule_.criterion.strip()} »", f"'{rule_.criterion.strip()}'"
            ref_fr, ref_en = durations_text(as_duration(reference.get("active")), as_duration(reference.get("archive")))
            yield Hit(
                activity_target(activity),
                f"retention[{i}]",
                (
                    f"La conservation de la catégorie « {cat_fr} » ({kept_fr}) dépasse {WHICH[choice.how][0]} "
                    f"« {reference.fr} » ({ref_fr}).",
                    f"Retention of the category '{cat_en}' ({kept_en}) exceeds {WHICH[choice.how][1]} "
                    f"'{reference.en}' ({ref_en}).",
                ),
                reference=sources(reference),
            )


WHICH: dict[str, Texts] = {
    "chosen": ("la durée de référence", "the reference"),
    "named": ("la durée de référence pour ces données", "the reference for this data"),
    "longest": ("la plus longue durée de référence pour ces données", "the longest reference for this data"),
}
