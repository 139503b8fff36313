"""The processor register (Art. 30(2)): what is recorded for each processing carried out on behalf
of a client, and its absence when the organisation seems to serve clients."""

from __future__ import annotations

from collections.abc import Iterator

from register_app.domain.enums import Severity
from register_app.services.checks.engine import Hit, rule
from register_app.services.checks.register_index import Context, activity_target, organisation_target


@rule(
    "ART30-CLIENT-MISSING",
    Severity.ERROR,
    ref=("art. 30.2.a du RGPD", "GDPR Art. 30(2)(a)"),
    fix=(
        "Indiquez le client pour le compte duquel le traitement est effectué (nom et coordonnées du "
        "responsable du traitement, de son représentant et de son DPO).",
        "Name the client on whose behalf the processing is carried out (name and contact details of the "
        "controller, its representative and its DPO).",
    ),
)
def client_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.processor_activities:
        if activity.client_uid not in ctx.controllers:
            yield Hit(
                activity_target(activity),
                "client_uid",
                (
                    "Ce traitement est effectué pour le compte d'un client, mais le responsable du traitement "
                    "pour qui il est mené n'est pas indiqué.",
                    "This processing is carried out on behalf of a client, but the controller it is carried "
                    "out for is not recorded.",
                ),
            )


@rule(
    "ART30-PROCESSING-MISSING",
    Severity.ERROR,
    ref=("art. 30.2.b du RGPD", "GDPR Art. 30(2)(b)"),
    fix=(
        "Décrivez les opérations effectuées pour le compte du client (hébergement, paie, support…).",
        "Describe the operations carried out on the client's behalf (hosting, payroll, support...).",
    ),
)
def processing_missing(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.processor_activities:
        if not (activity.description.strip() or any(p.description.strip() for p in activity.purposes)):
            yield Hit(
                activity_target(activity),
                "description",
                (
                    "Les catégories de traitements effectués pour le compte du client ne sont pas décrites.",
                    "The categories of processing carried out on the client's behalf are not described.",
                ),
            )


@rule(
    "PROCESSOR-REGISTER-MISSING",
    Severity.WARNING,
    ref=("art. 30.2 du RGPD", "GDPR Art. 30(2)"),
    fix=(
        "Si l'organisme traite des données pour le compte de ces clients, enregistrez chaque traitement "
        "effectué pour eux avec le rôle « sous-traitant » ; sinon, rattachez-les aux traitements menés "
        "conjointement ou supprimez-les.",
        "If the organisation processes data on behalf of these clients, record each processing carried out "
        "for them with the role 'processor'; otherwise link them to the activities run jointly, or delete "
        "them.",
    ),
)
def processor_register_missing(ctx: Context) -> Iterator[Hit]:
    if ctx.processor_activities:
        return
    linked = {uid for a in ctx.snapshot.activities for uid in (a.client_uid, *a.joint_controller_uids)}
    clients = [c.contact.name for c in ctx.snapshot.controllers if c.uid not in linked]
    if clients:
        names = ", ".join(clients)
        yield Hit(
            organisation_target(ctx.organisation),
            "processor_register",
            (
                f"Des responsables de traitement sont enregistrés sans aucun traitement commun ({names}) : "
                "l'organisme semble agir pour leur compte en qualité de sous-traitant, mais le registre des "
                "activités de sous-traitance est vide.",
                f"Controllers are recorded with no activity in common ({names}): the organisation seems to act "
                "as their processor, but the processor register is empty.",
            ),
        )
