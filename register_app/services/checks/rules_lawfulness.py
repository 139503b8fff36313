"""Lawfulness: a legal basis for every purpose (Art. 6), and the three regimes of sensitive data,
each checked on its own terms: special categories (Art. 9), offence data (Art. 10) and the French
social security number (NIR, Art. 87 and the loi Informatique et Libertés). These belong to the
controller: activities carried out for a client are left to the client's register."""

from __future__ import annotations

from collections.abc import Iterator

from register_app.domain.catalogues import ART9_CONDITIONS, DATA_CATEGORIES, catalogue, category_regime
from register_app.domain.enums import Severity
from register_app.services import records as r
from register_app.services.checks.engine import Hit, Texts, rule
from register_app.services.checks.register_index import Context, activity_target, regimes
from register_app.services.checks.wording import joined, label, quoted, same


def purpose_name(purpose: r.Purpose, index: int) -> Texts:
    if purpose.description.strip():
        fr, en = quoted(same(purpose.description.strip()))
        return f"La finalité {fr}", f"The purpose {en}"
    return f"La finalité n° {index + 1}", f"Purpose No. {index + 1}"


@rule(
    "ART6-LEGAL-BASIS-MISSING",
    Severity.ERROR,
    ref=("art. 6.1 du RGPD", "GDPR Art. 6(1)"),
    fix=(
        "Choisissez la base légale de cette finalité : consentement, contrat, obligation légale, intérêts "
        "vitaux, mission d'intérêt public ou intérêt légitime.",
        "Choose the legal basis of this purpose: consent, contract, legal obligation, vital interests, "
        "public task or legitimate interests.",
    ),
)
def legal_basis_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        for i, purpose in enumerate(activity.purposes):
            if not purpose.legal_basis:
                fr, en = purpose_name(purpose, i)
                yield Hit(
                    activity_target(activity),
                    f"purposes[{i}].legal_basis",
                    (f"{fr} n'a pas de base légale.", f"{en} has no legal basis."),
                )


@rule(
    "ART6-INTEREST-MISSING",
    Severity.WARNING,
    ref=("art. 6.1.f et considérant 47 du RGPD", "GDPR Art. 6(1)(f) and Recital 47"),
    fix=(
        "Décrivez l'intérêt poursuivi, puis la mise en balance avec les intérêts et les attentes "
        "raisonnables des personnes concernées.",
        "Describe the interest pursued, then the balancing test against the data subjects' interests and "
        "reasonable expectations.",
    ),
)
def legitimate_interest_undocumented(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        for i, purpose in enumerate(activity.purposes):
            if purpose.legal_basis != "legitimate_interest":
                continue
            fr, en = purpose_name(purpose, i)
            # The interest may be stated in the justification of the basis, as a policy states it.
            if not (purpose.legitimate_interest.strip() or purpose.legal_basis_note.strip()):
                yield Hit(
                    activity_target(activity),
                    f"purposes[{i}].legitimate_interest",
                    (
                        f"{fr} repose sur l'intérêt légitime, mais l'intérêt poursuivi n'est pas décrit.",
                        f"{en} relies on legitimate interests, but the interest pursued is not described.",
                    ),
                )
            elif not purpose.balancing_test.strip():
                yield Hit(
                    activity_target(activity),
                    f"purposes[{i}].balancing_test",
                    (
                        f"{fr} repose sur l'intérêt légitime, mais la mise en balance avec les droits des "
                        "personnes n'est pas documentée.",
                        f"{en} relies on legitimate interests, but the balancing test against the data "
                        "subjects' rights is not documented.",
                    ),
                )


def categories_of(activity: r.Activity, regime: str) -> Texts:
    return joined(label(DATA_CATEGORIES, c.code) for c in activity.data_categories if category_regime(c.code) == regime)


CARE = "health_care"
EMPLOYMENT = {"employees", "candidates"}  # subjects whose health data employment law usually covers


def health_care_fix(activity: r.Activity) -> Texts | None:
    """For health data outside employment, the care condition (Art. 9(2)(h)) rather than the rule's
    employment-law example."""
    if "health" not in {c.code for c in activity.data_categories}:
        return None
    if activity.data_subjects and all(s.code in EMPLOYMENT for s in activity.data_subjects):
        return None
    entry = catalogue(ART9_CONDITIONS).get(CARE)
    if entry is None:
        return None
    return (
        f"Indiquez l'exception de l'article 9.2 qui permet ce traitement : pour des données de santé traitées "
        f"à des fins de soins, « {entry.fr} » ({entry.get('ref_fr')}), sous la responsabilité d'un professionnel "
        "soumis au secret ; sans exception applicable, ces données ne peuvent pas être traitées.",
        f"State the Art. 9(2) condition that allows this processing: for health data processed for care, "
        f"'{entry.en}' ({entry.get('ref_en')}), under the responsibility of a professional bound by secrecy; "
        "without an applicable condition, this data may not be processed.",
    )


@rule(
    "ART9-CONDITION-MISSING",
    Severity.ERROR,
    ref=(
        "art. 9 du RGPD ; art. 6 de la loi Informatique et Libertés",
        "GDPR Art. 9; French Data Protection Act, Art. 6",
    ),
    fix=(
        "Indiquez l'exception de l'article 9.2 qui permet ce traitement (par exemple les obligations du droit "
        "du travail, 9.2.b) ; sans exception applicable, ces données ne peuvent pas être traitées.",
        "State the Art. 9(2) condition that allows this processing (for example employment law obligations, "
        "9(2)(b)); without an applicable condition, this data may not be processed.",
    ),
)
def art9_condition_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if "art9" in regimes(activity) and not activity.art9_condition:
            fr, en = categories_of(activity, "art9")
            yield Hit(
                activity_target(activity),
                "art9_condition",
                (
                    f"Ce traitement porte sur des données sensibles ({fr}), mais aucune exception de "
                    "l'article 9.2 n'est indiquée.",
                    f"This activity processes special-category data ({en}), but no Art. 9(2) condition is recorded.",
                ),
                fix=health_care_fix(activity),
            )


@rule(
    "ART10-JUSTIFICATION-MISSING",
    Severity.ERROR,
    ref=(
        "art. 10 du RGPD ; art. 46 de la loi Informatique et Libertés",
        "GDPR Art. 10; French Data Protection Act, Art. 46",
    ),
    fix=(
        "Indiquez la disposition qui autorise l'organisme à traiter ces données (article 46 de la loi "
        "Informatique et Libertés, texte imposant un contrôle d'honorabilité…) ; à défaut, elles ne peuvent "
        "pas être traitées.",
        "State the provision that allows the organisation to process this data (Art. 46 of the French Data "
        "Protection Act, a law requiring a background check...); otherwise it may not be processed.",
    ),
)
def art10_justification_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if "art10" in regimes(activity) and not activity.art10_justification.strip():
            yield Hit(
                activity_target(activity),
                "art10_justification",
                (
                    "Ce traitement porte sur des données relatives aux condamnations pénales ou aux infractions, "
                    "mais ce qui autorise l'organisme à les traiter n'est pas indiqué.",
                    "This activity processes data relating to criminal convictions or offences, but what "
                    "allows the organisation to process it is not recorded.",
                ),
            )


@rule(
    "NIR-JUSTIFICATION-MISSING",
    Severity.ERROR,
    ref=(
        "art. 87 du RGPD ; art. 30 de la loi Informatique et Libertés ; décret n° 2019-341 du 19 avril 2019",
        "GDPR Art. 87; French Data Protection Act, Art. 30; Decree No. 2019-341 of 19 April 2019",
    ),
    fix=(
        "Indiquez le texte qui autorise l'usage du NIR pour cette finalité (par exemple le décret "
        "n° 2019-341 pour la paie et les déclarations sociales) ; sans texte, le NIR ne peut pas être utilisé.",
        "State the text that allows the NIR to be used for this purpose (for example Decree No. 2019-341 for "
        "payroll and social security returns); without one, the NIR may not be used.",
    ),
)
def nir_justification_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if "nir" in regimes(activity) and not activity.nir_justification.strip():
            yield Hit(
                activity_target(activity),
                "nir_justification",
                (
                    "Ce traitement utilise le numéro de sécurité sociale (NIR), mais le texte qui en autorise "
                    "l'usage n'est pas indiqué.",
                    "This activity uses the French social security number (NIR), but the text allowing its "
                    "use is not recorded.",
                ),
            )
