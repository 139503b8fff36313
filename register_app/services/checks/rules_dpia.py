"""DPIA screening (Art. 35): two or more EDPB criteria, or a match with the CNIL list of processing
that always requires one, call for a DPIA; deciding otherwise must be explained. The DPIA is the
controller's duty, so activities carried out for a client are left out."""

from __future__ import annotations

from collections.abc import Iterator

from register_app.domain.catalogues import DATA_SUBJECTS, DPIA_CNIL_LISTS, DPIA_CRITERIA, catalogue
from register_app.domain.enums import DpiaConclusion, DpiaStatus
from register_app.services import records as r
from register_app.services.checks.context import Context, activity_target, regimes
from register_app.services.checks.engine import Hit, Severity, Texts, rule
from register_app.services.checks.wording import joined, label

DPIA_UNDER_WAY = (DpiaStatus.DONE, DpiaStatus.IN_PROGRESS)
DECIDED_AGAINST = (DpiaConclusion.NOT_REQUIRED, DpiaConclusion.EXEMPT)
GUIDELINES: Texts = (
    "art. 35 du RGPD ; CEPD, lignes directrices concernant l'AIPD (WP248 rév.01)",
    "GDPR Art. 35; EDPB guidelines on DPIA (WP248 rev.01)",
)


def list_entry(activity: r.Activity) -> str | None:
    """'required' or 'exempt' when the activity matches an entry of a CNIL list."""
    entry = catalogue(DPIA_CNIL_LISTS).get(activity.dpia.list_match)
    return str(entry.get("list")) if entry else None


def signs(activity: r.Activity) -> Texts | None:
    """Why a DPIA is called for, or None."""
    parts: list[Texts] = []
    criteria = list(dict.fromkeys(activity.dpia.criteria))
    if len(criteria) >= 2:
        fr, en = joined((label(DPIA_CRITERIA, c) for c in criteria), " ; ")
        parts.append(
            (f"{len(criteria)} critères du CEPD sont remplis ({fr})", f"{len(criteria)} EDPB criteria are met ({en})")
        )
    if list_entry(activity) == "required":
        fr, en = label(DPIA_CNIL_LISTS, activity.dpia.list_match)
        parts.append(
            (
                f"le traitement figure sur la liste de la CNIL des traitements soumis à AIPD (« {fr} »)",
                f"the processing is on the CNIL list of processing requiring a DPIA ('{en}')",
            )
        )
    return joined(parts, " et ", " and ") if parts else None


@rule(
    "DPIA-MISSING",
    Severity.ERROR,
    ref=(
        GUIDELINES[0] + " ; délibération CNIL n° 2018-327 du 11 octobre 2018",
        GUIDELINES[1] + "; CNIL deliberation No. 2018-327 of 11 October 2018",
    ),
    fix=(
        "Réalisez l'AIPD avant de mettre en œuvre le traitement, puis indiquez son état, sa date et sa référence.",
        "Carry out the DPIA before the processing starts, then record its status, date and reference.",
    ),
)
def dpia_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        why = signs(activity)
        dpia = activity.dpia
        if why is None or dpia.status in DPIA_UNDER_WAY:
            continue
        if list_entry(activity) == "required" or dpia.conclusion not in DECIDED_AGAINST:
            yield Hit(
                activity_target(activity),
                "dpia.status",
                (
                    f"Une analyse d'impact (AIPD) est requise : {why[0]}. Aucune n'est pourtant réalisée ni en cours.",
                    f"A data protection impact assessment (DPIA) is required: {why[1]}. "
                    "Yet none is done or in progress.",
                ),
            )


@rule(
    "DPIA-NOT-REQUIRED-UNJUSTIFIED",
    Severity.WARNING,
    ref=GUIDELINES,
    fix=(
        "Expliquez pourquoi une AIPD n'est pas nécessaire malgré ces critères (par exemple, le traitement "
        "figure sur la liste de la CNIL des traitements dispensés), ou réalisez-la.",
        "Explain why no DPIA is needed despite these criteria (for example, the processing is on the CNIL "
        "list of processing exempted from a DPIA), or carry it out.",
    ),
)
def dpia_refusal_unexplained(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        dpia = activity.dpia
        why = signs(activity)
        if (
            why is not None
            and dpia.status not in DPIA_UNDER_WAY
            and dpia.conclusion in DECIDED_AGAINST
            and list_entry(activity) is None
            and not dpia.reason.strip()
        ):
            yield Hit(
                activity_target(activity),
                "dpia.reason",
                (
                    f"L'AIPD est jugée non nécessaire alors que {why[0]}, sans que la raison en soit donnée.",
                    f"The DPIA is deemed unnecessary although {why[1]}, and no reason is given.",
                ),
            )


@rule(
    "DPIA-CRITERIA-UNTICKED",
    Severity.INFO,
    ref=GUIDELINES,
    fix=(
        "Vérifiez ces critères dans l'évaluation de la nécessité d'une AIPD : à partir de deux critères "
        "remplis, une AIPD est en principe requise.",
        "Check these criteria when assessing whether a DPIA is needed: with two or more criteria met, a DPIA "
        "is generally required.",
    ),
)
def dpia_criteria_unticked(ctx: Context) -> Iterator[Hit]:
    subjects = catalogue(DATA_SUBJECTS)
    for activity in ctx.controller_activities:
        if activity.dpia.status == DpiaStatus.DONE:
            continue
        evident = []
        if regimes(activity) & {"art9", "art10"}:
            evident.append("sensitive_data")
        if any((entry := subjects.get(s.code)) and entry.get("vulnerable") for s in activity.data_subjects):
            evident.append("vulnerable_subjects")
        unticked = [c for c in evident if c not in activity.dpia.criteria]
        if unticked:
            fr, en = joined(label(DPIA_CRITERIA, c) for c in unticked)
            yield Hit(
                activity_target(activity),
                "dpia.criteria",
                (
                    f"Ce traitement semble remplir des critères du CEPD qui ne sont pas cochés : {fr}.",
                    f"This activity seems to meet EDPB criteria that are not ticked: {en}.",
                ),
            )
