"""Article 30(1) items: what every record of the controller register must state. Security
measures are asked of every activity, including those carried out for a client (Art. 30(2)(d))."""

from __future__ import annotations

from collections.abc import Iterator

from register_app.domain.catalogues import COUNTRIES, country_status
from register_app.domain.enums import ActivityRole, Severity
from register_app.services.checks.completeness import controller_gaps, reachable_directly, usable
from register_app.services.checks.engine import Hit, rule
from register_app.services.checks.register_index import Context, activity_target, organisation_target
from register_app.services.checks.wording import joined, label

ERROR = Severity.ERROR


@rule(
    "ART30-CONTROLLER-MISSING",
    ERROR,
    ref=("art. 30.1.a du RGPD", "GDPR Art. 30(1)(a)"),
    fix=(
        "Renseignez la dénomination de l'organisme et son adresse postale complète (numéro et voie, code "
        "postal, ville) : elle suffit comme coordonnées au sens de l'article 30.",
        "Enter the organisation's legal name and full postal address (street, postcode, city): it is enough "
        "as contact details for Article 30.",
    ),
)
def controller_missing(ctx: Context) -> Iterator[Hit]:
    gaps = controller_gaps(ctx.organisation)
    if gaps:
        fr, en = joined(gaps)
        yield Hit(
            organisation_target(ctx.organisation),
            "identity",
            (
                f"L'identité et les coordonnées du responsable du traitement sont incomplètes (manque : {fr}).",
                f"The controller's identity and contact details are incomplete (missing: {en}).",
            ),
        )


@rule(
    "ART30-CONTROLLER-CONTACT-MISSING",
    Severity.INFO,
    ref=("art. 30.1.a du RGPD", "GDPR Art. 30(1)(a)"),
    fix=(
        "Ajoutez un téléphone ou une adresse mél de l'organisme (par exemple celle qui reçoit les demandes "
        "des personnes) : la CNIL et les personnes concernées le joindront plus vite.",
        "Add a phone number or an email address of the organisation (for example the one that receives data "
        "subjects' requests): the CNIL and data subjects will reach it faster.",
    ),
)
def controller_contact_missing(ctx: Context) -> Iterator[Hit]:
    if not controller_gaps(ctx.organisation) and not reachable_directly(ctx.organisation):
        yield Hit(
            organisation_target(ctx.organisation),
            "identity",
            (
                "L'organisme n'indique qu'une adresse postale, sans téléphone ni adresse mél ; elle suffit à "
                "l'article 30, mais ne permet pas de le joindre rapidement.",
                "The organisation gives only a postal address, with no phone number or email address; it is "
                "enough for Article 30, but does not let anyone reach it quickly.",
            ),
        )


@rule(
    "ART30-REPRESENTATIVE-MISSING",
    ERROR,
    ref=("art. 27 et art. 30.1.a du RGPD", "GDPR Art. 27 and Art. 30(1)(a)"),
    fix=(
        "Désignez par écrit un représentant établi dans un État membre où se trouvent les personnes concernées, "
        "et indiquez son nom et ses coordonnées.",
        "Designate in writing a representative established in a Member State where the data subjects are, "
        "and enter their name and contact details.",
    ),
)
def representative_missing(ctx: Context) -> Iterator[Hit]:
    organisation = ctx.organisation
    country = organisation.identity.country
    if country and country_status(country) != "eea" and not organisation.representative.name.strip():
        fr, en = label(COUNTRIES, country)
        yield Hit(
            organisation_target(organisation),
            "representative",
            (
                f"L'organisme est établi hors de l'Union ({fr}), mais aucun représentant dans l'Union n'est indiqué.",
                f"The organisation is established outside the Union ({en}), but no representative in the Union "
                "is recorded.",
            ),
        )


@rule(
    "ART30-JOINT-CONTROLLERS-MISSING",
    ERROR,
    ref=("art. 26 et art. 30.1.a du RGPD", "GDPR Art. 26 and Art. 30(1)(a)"),
    fix=(
        "Ajoutez le ou les responsables conjoints, avec leurs coordonnées, et conservez l'accord qui répartit "
        "les obligations de chacun.",
        "Add the joint controller(s) with their contact details, and keep the arrangement that sets out each "
        "party's responsibilities.",
    ),
)
def joint_controllers_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        if activity.role == ActivityRole.JOINT_CONTROLLER and not any(
            uid in ctx.controllers for uid in activity.joint_controller_uids
        ):
            yield Hit(
                activity_target(activity),
                "joint_controller_uids",
                (
                    "Ce traitement est mené en responsabilité conjointe, mais aucun responsable conjoint n'est "
                    "indiqué.",
                    "This activity is run under joint control, but no joint controller is recorded.",
                ),
            )


@rule(
    "ART30-PURPOSE-MISSING",
    ERROR,
    ref=("art. 30.1.b du RGPD", "GDPR Art. 30(1)(b)"),
    fix=(
        "Décrivez la finalité principale du traitement et, s'il y a lieu, ses sous-finalités.",
        "Describe the main purpose of the processing and, where relevant, its sub-purposes.",
    ),
)
def purpose_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if not any(p.description.strip() for p in activity.purposes):
            yield Hit(
                activity_target(activity),
                "purposes",
                ("Aucune finalité n'est indiquée pour ce traitement.", "No purpose is given for this activity."),
            )


@rule(
    "ART30-SUBJECTS-MISSING",
    ERROR,
    ref=("art. 30.1.c du RGPD", "GDPR Art. 30(1)(c)"),
    fix=(
        "Indiquez les catégories de personnes concernées (salariés, clients, prospects, candidats…).",
        "State the categories of data subjects (employees, customers, prospects, job applicants...).",
    ),
)
def subjects_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if not activity.data_subjects:
            yield Hit(
                activity_target(activity),
                "data_subjects",
                (
                    "Les catégories de personnes concernées ne sont pas indiquées.",
                    "The categories of data subjects are not stated.",
                ),
            )


@rule(
    "ART30-CATEGORIES-MISSING",
    ERROR,
    ref=("art. 30.1.c du RGPD", "GDPR Art. 30(1)(c)"),
    fix=(
        "Indiquez les catégories de données traitées, y compris les données sensibles, les données "
        "d'infraction et le NIR s'il y a lieu.",
        "State the categories of personal data processed, including special-category data, offence data "
        "and the NIR where relevant.",
    ),
)
def categories_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if not activity.data_categories:
            yield Hit(
                activity_target(activity),
                "data_categories",
                (
                    "Les catégories de données personnelles traitées ne sont pas indiquées.",
                    "The categories of personal data processed are not stated.",
                ),
            )


@rule(
    "ART30-RECIPIENTS-MISSING",
    ERROR,
    ref=("art. 30.1.d du RGPD", "GDPR Art. 30(1)(d)"),
    fix=(
        "Indiquez qui reçoit les données : service interne qui les traite, sous-traitants, partenaires, "
        "organismes publics, destinataires hors de l'Union.",
        "State who receives the data: internal department processing it, processors, partners, public "
        "bodies, recipients outside the Union.",
    ),
)
def recipients_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if not activity.recipients:
            yield Hit(
                activity_target(activity),
                "recipients",
                (
                    "Les catégories de destinataires ne sont pas indiquées.",
                    "The categories of recipients are not stated.",
                ),
            )


@rule(
    "ART30-RETENTION-MISSING",
    ERROR,
    ref=("art. 30.1.f et art. 5.1.e du RGPD", "GDPR Art. 30(1)(f) and Art. 5(1)(e)"),
    fix=(
        "Pour chaque catégorie de données, indiquez la durée de conservation (base active, archivage "
        "intermédiaire) et l'événement qui la fait courir, ou le critère qui permet de la déterminer.",
        "For each data category, give the retention period (active database, intermediate archiving) and the "
        "event it runs from, or the criterion used to determine it.",
    ),
)
def retention_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.controller_activities:
        if not any(usable(rule) for rule in activity.retention):
            yield Hit(
                activity_target(activity),
                "retention",
                (
                    "Aucune durée de conservation n'est indiquée, ni aucun critère permettant de la déterminer.",
                    "No retention period is given, nor any criterion to determine it.",
                ),
            )


@rule(
    "ART30-SECURITY-MISSING",
    ERROR,
    ref=("art. 30.1.g, art. 30.2.d et art. 32 du RGPD", "GDPR Art. 30(1)(g), Art. 30(2)(d) and Art. 32"),
    fix=(
        "Rattachez au traitement les mesures de sécurité qui le protègent, ou déclarez les mesures "
        "communes à toute l'organisation.",
        "Link the security measures that protect this activity, or record the measures that apply to the "
        "whole organisation.",
    ),
)
def security_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        if not ctx.measures_of(activity):
            yield Hit(
                activity_target(activity),
                "measures",
                (
                    "Aucune mesure de sécurité n'est rattachée à ce traitement, et aucune n'est déclarée pour "
                    "l'ensemble de l'organisation.",
                    "No security measure is linked to this activity, and none is recorded for the whole organisation.",
                ),
            )
