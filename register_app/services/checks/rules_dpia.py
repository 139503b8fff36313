"""DPIA screening (Art. 35): two or more EDPB criteria, or a match with the CNIL list of processing
that always requires one, call for a DPIA; deciding otherwise must be explained. The DPIA is the
controller's duty, so activities carried out for a client are left out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from register_app.domain.catalogues import DPIA_CNIL_LISTS, DPIA_CRITERIA, catalogue
from register_app.domain.enums import DpiaConclusion, DpiaStatus, Severity
from register_app.services import records as r
from register_app.services.checks.engine import Hit, Texts, rule
from register_app.services.checks.register_index import Context, activity_target
from register_app.services.checks.wording import joined, label, quoted
from register_app.services.dpia_signs import Sign, cnil_list_matches, dpia_signs

DPIA_UNDER_WAY = (DpiaStatus.DONE, DpiaStatus.IN_PROGRESS)
STAFF = frozenset({"employees", "candidates"})
STAFF_EXEMPTION = "ex_hr_small_org"
DECIDED_AGAINST = (DpiaConclusion.NOT_REQUIRED, DpiaConclusion.EXEMPT)
GUIDELINES: Texts = (
    "art. 35 du RGPD ; CEPD, lignes directrices concernant l'AIPD (WP248 rév.01)",
    "GDPR Art. 35; EDPB guidelines on DPIA (WP248 rev.01)",
)


def list_entry(activity: r.Activity) -> str | None:
    """'required' or 'exempt' when the activity is recorded as matching an entry of a CNIL list."""
    entry = catalogue(DPIA_CNIL_LISTS).get(activity.dpia.list_match)
    return str(entry.get("list")) if entry else None


@dataclass(frozen=True)
class Screening:
    """What calls for a DPIA: the EDPB criteria met, ticked or read from the register (`read`: the
    sign showing each criterion that is not ticked), and the CNIL list entries requiring a DPIA that
    the register matches without being recorded (`read_lists`). The `firm` criteria are those ticked
    or shown by what the DPO coded; the others, read in free text, are only probable."""

    criteria: tuple[str, ...]
    read: dict[str, Sign]
    read_lists: tuple[str, ...]
    # Staff management only (its data subjects are employees or candidates): the CNIL exempts it from a
    # DPIA in organisations under 250 staff without profiling, which the register cannot tell.
    staff_only: bool = False

    @property
    def unconfirmed(self) -> bool:
        return bool(self.read or self.read_lists)

    @property
    def firm(self) -> tuple[str, ...]:
        coded_counts = not (self.staff_only and not self.read_lists)
        return tuple(c for c in self.criteria if c not in self.read or (self.read[c].recorded and coded_counts))


def screened(ctx: Context, activity: r.Activity) -> Screening:
    return ctx.remembered("dpia", activity, lambda: screening(activity))


def screening(activity: r.Activity) -> Screening:
    ticked = set(activity.dpia.criteria)
    read: dict[str, Sign] = {}
    signs = dpia_signs(activity)
    for sign in sorted(signs, key=lambda s: not s.recorded):  # a coded fact shows a criterion best
        if sign.criterion not in ticked:
            read.setdefault(sign.criterion, sign)
    met = ticked | set(read)
    order = [e.code for e in catalogue(DPIA_CRITERIA)]
    criteria = tuple(sorted(met, key=lambda c: order.index(c) if c in order else len(order)))
    read_lists = tuple(code for code in cnil_list_matches(activity, signs) if code != activity.dpia.list_match)
    subjects = {s.code for s in activity.data_subjects}
    return Screening(criteria, read, read_lists, staff_only=bool(subjects) and subjects <= STAFF)


def criterion_text(code: str, seen: Screening) -> Texts:
    """A criterion's label, with what in the register shows it when it is not ticked."""
    fr, en = label(DPIA_CRITERIA, code)
    sign = seen.read.get(code)
    return (f"{fr}, d'après {sign.evidence[0]}", f"{en}, going by {sign.evidence[1]}") if sign else (fr, en)


def read_list_text(seen: Screening) -> Texts:
    return joined((quoted(label(DPIA_CNIL_LISTS, code)) for code in seen.read_lists), " ; ")


def signs(activity: r.Activity, seen: Screening, *, probable: bool = False) -> Texts | None:
    """Why a DPIA is called for, or None: on firm grounds (criteria ticked or coded, a list entry
    recorded), or with `probable` on what free text suggests as well."""
    parts: list[Texts] = []
    criteria = seen.criteria if probable else seen.firm
    if len(criteria) >= 2:
        fr, en = joined((criterion_text(c, seen) for c in criteria), " ; ")
        count = len(criteria)
        parts.append((f"{count} critères du CEPD sont remplis ({fr})", f"{count} EDPB criteria are met ({en})"))
    if list_entry(activity) == "required":
        fr, en = label(DPIA_CNIL_LISTS, activity.dpia.list_match)
        parts.append(
            (
                f"le traitement figure sur la liste de la CNIL des traitements soumis à AIPD (« {fr} »)",
                f"the processing is on the CNIL list of processing requiring a DPIA ('{en}')",
            )
        )
    if probable and seen.read_lists:
        fr, en = read_list_text(seen)
        parts.append(
            (
                "d'après le registre, le traitement relève de la liste de la CNIL des traitements soumis à AIPD "
                f"({fr})",
                f"going by the register, the processing falls under the CNIL list of processing requiring a DPIA "
                f"({en})",
            )
        )
    return joined(parts, " et ", " and ") if parts else None


def confirm_fix(seen: Screening) -> Texts | None:
    """The fix when the register shows what is not ticked: confirm it, then decide."""
    if not seen.unconfirmed:
        return None
    what: list[Texts] = []
    if seen.read:
        fr, en = joined((label(DPIA_CRITERIA, c) for c in seen.read), " ; ")
        what.append((f"les critères relevés dans le registre ({fr})", f"the criteria read from the register ({en})"))
    if seen.read_lists:
        fr, en = read_list_text(seen)
        what.append((f"le type de traitement de la liste de la CNIL ({fr})", f"the type on the CNIL list ({en})"))
    fr, en = joined(what, " et ", " and ")
    return (
        f"Confirmez dans l'évaluation de la nécessité d'une AIPD {fr}, puis réalisez l'AIPD ou indiquez pourquoi "
        "elle n'est pas requise.",
        f"Confirm in the DPIA screening {en}, then carry out the DPIA or record why it is not required.",
    )


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
        dpia = activity.dpia
        if dpia.status in DPIA_UNDER_WAY:
            continue
        seen = screened(ctx, activity)
        why = signs(activity, seen)
        if why is None:
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
                fix=confirm_fix(seen),
            )


@rule(
    "DPIA-PROBABLE",
    Severity.WARNING,
    ref=(
        GUIDELINES[0] + " ; délibération CNIL n° 2018-327 du 11 octobre 2018",
        GUIDELINES[1] + "; CNIL deliberation No. 2018-327 of 11 October 2018",
    ),
    fix=(
        "Confirmez les critères dans l'évaluation de la nécessité d'une AIPD, puis réalisez l'AIPD ou indiquez "
        "pourquoi elle n'est pas requise.",
        "Confirm the criteria in the DPIA screening, then carry out the DPIA or record why it is not required.",
    ),
)
def dpia_probable(ctx: Context) -> Iterator[Hit]:
    """What the register's words suggest, when what the DPO ticked or coded does not yet require a DPIA."""
    for activity in ctx.controller_activities:
        dpia = activity.dpia
        if dpia.status in DPIA_UNDER_WAY or dpia.conclusion in DECIDED_AGAINST:
            continue
        seen = screened(ctx, activity)
        if signs(activity, seen) is not None:
            continue  # DPIA-MISSING says it
        why = signs(activity, seen, probable=True)
        if why is not None:
            fr, en = (
                (f"Une analyse d'impact (AIPD) semble requise : {why[0]}. Aucune n'est réalisée ni en cours.",
                 f"A data protection impact assessment (DPIA) seems required: {why[1]}. None is done or in "
                 "progress.")
            )  # fmt: skip
            if seen.staff_only and not seen.read_lists:
                exempt_fr, exempt_en = label(DPIA_CNIL_LISTS, STAFF_EXEMPTION)
                fr += f" Ce traitement peut toutefois relever de la liste des traitements dispensés (« {exempt_fr} »)."
                en += f" This processing may however be on the list of exempted processing ('{exempt_en}')."
            yield Hit(activity_target(activity), "dpia.status", (fr, en), fix=confirm_fix(seen))


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
        if dpia.status in DPIA_UNDER_WAY or dpia.conclusion not in DECIDED_AGAINST:
            continue
        if list_entry(activity) is not None or dpia.reason.strip():
            continue
        why = signs(activity, screened(ctx, activity), probable=True)
        if why is not None:
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
        "Vérifiez ces critères dans l'évaluation de la nécessité d'une AIPD et cochez ceux qui sont remplis : à "
        "partir de deux critères remplis, une AIPD est en principe requise.",
        "Check these criteria when assessing whether a DPIA is needed and tick those that are met: with two or "
        "more criteria met, a DPIA is generally required.",
    ),
)
def dpia_criteria_unticked(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if activity.dpia.status == DpiaStatus.DONE:
            continue
        seen = screened(ctx, activity)
        if seen.read:
            fr, en = joined((criterion_text(c, seen) for c in seen.read), " ; ")
            yield Hit(
                activity_target(activity),
                "dpia.criteria",
                (
                    f"Ce traitement semble remplir des critères du CEPD qui ne sont pas cochés : {fr}.",
                    f"This activity seems to meet EDPB criteria that are not ticked: {en}.",
                ),
            )
        if seen.read_lists:
            fr, en = read_list_text(seen)
            yield Hit(
                activity_target(activity),
                "dpia.list_match",
                (
                    "D'après le registre, ce traitement relève d'un type de la liste de la CNIL des traitements "
                    f"soumis à AIPD, qui n'est pas indiqué dans l'évaluation : {fr}.",
                    "Going by the register, this activity falls under a type on the CNIL list of processing "
                    f"requiring a DPIA, which the screening does not record: {en}.",
                ),
                fix=(
                    "Si le traitement relève bien de ce type, indiquez-le dans l'évaluation : l'AIPD est alors "
                    "obligatoire. Sinon, expliquez pourquoi dans la conclusion.",
                    "If the processing is indeed of this type, record it in the screening: the DPIA is then "
                    "mandatory. Otherwise, explain why in the conclusion.",
                ),
            )
