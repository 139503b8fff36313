"""The data protection officer: named and reachable once designated (Art. 30(1)(a), 37(7)); and,
while none is recorded, whether the register itself shows a case where Art. 37(1) makes one
mandatory (special-category or offence data, regular and systematic monitoring)."""

from __future__ import annotations

from collections.abc import Iterator

from register_app.domain.enums import DpoStatus, Severity
from register_app.services import records as r
from register_app.services.checks.completeness import dpo_incomplete
from register_app.services.checks.engine import Hit, Texts, rule
from register_app.services.checks.register_index import Context, activity_target, organisation_target, regimes
from register_app.services.checks.wording import joined

MONITORING = "systematic_monitoring"  # the EDPB criterion, in the DPIA screening


@rule(
    "ART30-DPO-MISSING",
    Severity.ERROR,
    ref=("art. 30.1.a et art. 37.7 du RGPD", "GDPR Art. 30(1)(a) and Art. 37(7)"),
    fix=(
        "Indiquez le nom du délégué à la protection des données et au moins une adresse mél ou un téléphone "
        "pour le joindre (et sa société s'il est externe).",
        "Enter the data protection officer's name and at least an email address or a phone number to reach "
        "them (and their company if the DPO is external).",
    ),
)
def dpo_missing(ctx: Context) -> Iterator[Hit]:
    if dpo_incomplete(ctx.organisation):
        yield Hit(
            organisation_target(ctx.organisation),
            "dpo",
            (
                "Un délégué à la protection des données est désigné, mais son nom ou ses coordonnées manquent.",
                "A data protection officer is designated, but their name or contact details are missing.",
            ),
        )


def not_recorded(organisation: r.Organisation) -> Texts | None:
    """How the register leaves the DPO unrecorded, or None: not yet decided, or not designated
    without the reason being noted."""
    if organisation.dpo_status is DpoStatus.UNDECIDED:
        return (
            "Le registre n'indique pas si un délégué à la protection des données est désigné",
            "The register does not say whether a data protection officer is designated",
        )
    if organisation.dpo_status is DpoStatus.NOT_DESIGNATED and not organisation.dpo_not_designated_reason.strip():
        return (
            "Aucun délégué à la protection des données n'est désigné, sans que la raison en soit notée",
            "No data protection officer is designated, and the reason is not recorded",
        )
    return None


def art37_cases(ctx: Context) -> tuple[list[Texts], Texts]:
    """The Art. 37(1) cases the register shows, naming the activities, and the points they fall under."""
    sensitive = [activity_target(a).label for a in ctx.activities if regimes(a) & {"art9", "art10"}]
    monitoring = [activity_target(a).label for a in ctx.activities if MONITORING in a.dpia.criteria]
    cases: list[Texts] = []
    points: list[str] = []
    if monitoring:
        names = " ; ".join(monitoring)
        cases.append((f"suivi régulier et systématique des personnes ({names})",
                      f"regular and systematic monitoring of individuals ({names})"))  # fmt: skip
        points.append("b")
    if sensitive:
        names = " ; ".join(sensitive)
        cases.append((f"données sensibles ou relatives aux infractions ({names})",
                      f"special-category or offence data ({names})"))  # fmt: skip
        points.append("c")
    fr = " et ".join(f"37.1.{p}" for p in points)
    en = " and ".join(f"37(1)({p})" for p in points)
    return cases, (f"art. {fr} du RGPD", f"GDPR Art. {en}")


@rule(
    "DPO-NOT-RECORDED",
    Severity.INFO,
    ref=("art. 37.1 du RGPD", "GDPR Art. 37(1)"),
    fix=(
        "Indiquez si un délégué est désigné ; sinon, choisissez « non désigné » et notez pourquoi : la "
        "désignation n'est obligatoire que dans les cas de l'article 37.1 (organisme public, suivi régulier et "
        "systématique à grande échelle, données sensibles ou d'infraction à grande échelle).",
        "State whether a DPO is designated; if not, choose 'not designated' and note why: designation is "
        "mandatory only in the cases of Art. 37(1) (public body, large-scale regular and systematic monitoring, "
        "large-scale special-category or offence data).",
    ),
)
def dpo_not_recorded(ctx: Context) -> Iterator[Hit]:
    state = not_recorded(ctx.organisation)
    if state is not None and not art37_cases(ctx)[0]:
        yield Hit(
            organisation_target(ctx.organisation),
            "dpo_status",
            (
                f"{state[0]} ; aucun traitement enregistré ne relève d'un cas où sa désignation est obligatoire.",
                f"{state[1]}; no recorded activity falls under a case where designating one is mandatory.",
            ),
        )


@rule(
    "DPO-REQUIRED-NOT-RECORDED",
    Severity.WARNING,
    ref=("art. 37.1 du RGPD", "GDPR Art. 37(1)"),
    fix=(
        "Si ces traitements sont au cœur de l'activité de l'organisme et portent sur un grand nombre de "
        "personnes, désignez un délégué et enregistrez ses coordonnées ; sinon, choisissez « non désigné » et "
        "notez pourquoi l'article 37.1 ne s'applique pas.",
        "If these activities are the organisation's core activities and concern many people, designate a DPO "
        "and record their contact details; otherwise choose 'not designated' and note why Art. 37(1) does not "
        "apply.",
    ),
)
def dpo_required_not_recorded(ctx: Context) -> Iterator[Hit]:
    state = not_recorded(ctx.organisation)
    cases, reference = art37_cases(ctx)
    if state is not None and cases:
        fr, en = joined(cases, " ; ")
        yield Hit(
            organisation_target(ctx.organisation),
            "dpo_status",
            (
                f"{state[0]} ; or des traitements enregistrés relèvent d'un cas où la désignation peut être "
                f"obligatoire : {fr}.",
                f"{state[1]}; yet recorded activities fall under a case where designation may be mandatory: {en}.",
            ),
            reference=reference,
        )
