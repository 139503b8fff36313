"""The DPO's other registers: breach notifications that are late or undocumented (Art. 33(1) and
33(5)) and rights requests left unanswered past their due date (Art. 12(3)). A check is made as of a
day: a notification counts as late once its 72 hours ended before that day began (UTC); the breach
page shows the clock to the minute."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

from register_app.domain.catalogues import REQUEST_TYPES
from register_app.domain.enums import AuthorityNotification, Severity
from register_app.services import records as r
from register_app.services.checks.engine import Hit, Target, Texts, rule
from register_app.services.checks.register_index import Context
from register_app.services.checks.wording import date_text, label
from register_app.services.clocks import notification_deadline, notification_pending, notified_late, request_due


def breach_target(breach: r.Breach) -> Target:
    shown = f"{breach.reference} {breach.title}".strip()
    return Target("breach", breach.uid, breach.reference or breach.title, shown)


def request_target(request: r.RightsRequest) -> Target:
    shown = f"{request.reference} {request.requester}".strip()
    return Target("rights_request", request.uid, request.reference or request.requester, shown)


def moment_text(moment: datetime) -> Texts:
    """A moment as UTC date and time, in both languages."""
    at = moment.astimezone(UTC)
    fr, en = date_text(at.date())
    return f"{fr} à {at:%H:%M} UTC", f"{en} at {at:%H:%M} UTC"


@rule(
    "BREACH-NOTIFICATION-OVERDUE",
    Severity.ERROR,
    ref=("art. 33.1 du RGPD", "GDPR Art. 33(1)"),
    fix=(
        "Notifiez la violation à la CNIL (notifications.cnil.fr) et indiquez la date et la référence de la "
        "notification, avec les raisons du retard ; ou, si la violation n'est pas susceptible d'engendrer un "
        "risque, inscrivez ce niveau de risque et la raison de ne pas notifier.",
        "Notify the breach to the CNIL (notifications.cnil.fr) and record the date and reference of the "
        "notification, with the reasons for the delay; or, if the breach is unlikely to result in a risk, record "
        "that risk level and the reason for not notifying.",
    ),
)
def breach_notification_overdue(ctx: Context) -> Iterator[Hit]:
    start_of_day = datetime(ctx.today.year, ctx.today.month, ctx.today.day, tzinfo=UTC)
    for breach in ctx.snapshot.breaches:
        deadline = notification_deadline(breach)
        if deadline is not None and notification_pending(breach) and deadline < start_of_day:
            fr, en = moment_text(deadline)
            yield Hit(
                breach_target(breach),
                "authority_status",
                (
                    f"Cette violation n'a été ni notifiée à l'autorité de contrôle ni écartée avec sa raison, "
                    f"et le délai de 72 heures a expiré le {fr}.",
                    f"This breach was neither notified to the supervisory authority nor set aside with a reason, "
                    f"and the 72-hour period ended on {en}.",
                ),
            )


@rule(
    "BREACH-DELAY-UNEXPLAINED",
    Severity.WARNING,
    ref=("art. 33.1 du RGPD", "GDPR Art. 33(1)"),
    fix=(
        "Inscrivez les raisons du retard, telles qu'elles ont été données à l'autorité.",
        "Record the reasons for the delay, as given to the authority.",
    ),
)
def breach_delay_unexplained(ctx: Context) -> Iterator[Hit]:
    for breach in ctx.snapshot.breaches:
        if notified_late(breach) and not breach.delay_reason.strip():
            assert breach.authority_notified_at is not None
            fr, en = moment_text(breach.authority_notified_at)
            yield Hit(
                breach_target(breach),
                "delay_reason",
                (
                    f"Cette violation a été notifiée le {fr}, plus de 72 heures après sa découverte, sans que les "
                    f"raisons du retard soient inscrites.",
                    f"This breach was notified on {en}, more than 72 hours after it was discovered, and the "
                    f"reasons for the delay are not recorded.",
                ),
            )


@rule(
    "BREACH-NOT-NOTIFIED-UNEXPLAINED",
    Severity.WARNING,
    ref=("art. 33.5 du RGPD", "GDPR Art. 33(5)"),
    fix=(
        "Inscrivez pourquoi la violation n'a pas été notifiée (par exemple : données chiffrées dont la clé "
        "n'a pas été compromise), pour pouvoir le justifier lors d'un contrôle.",
        "Record why the breach was not notified (for example: encrypted data whose key was not compromised), "
        "so that it can be justified in an inspection.",
    ),
)
def breach_not_notified_unexplained(ctx: Context) -> Iterator[Hit]:
    for breach in ctx.snapshot.breaches:
        if breach.authority_status is AuthorityNotification.NOT_NOTIFIED and not breach.not_notified_reason.strip():
            yield Hit(
                breach_target(breach),
                "not_notified_reason",
                (
                    "Cette violation n'a pas été notifiée à l'autorité, et la raison n'en est pas inscrite.",
                    "This breach was not notified to the authority, and the reason is not recorded.",
                ),
            )


@rule(
    "REQUEST-OVERDUE",
    Severity.ERROR,
    ref=("art. 12.3 du RGPD", "GDPR Art. 12(3)"),
    fix=(
        "Répondez à la personne et inscrivez la date et le résumé de la réponse ; si la demande est complexe, "
        "le délai peut être prolongé de deux mois à condition de l'en informer, avec les motifs, dans le "
        "premier mois.",
        "Answer the person and record the date and summary of the answer; for a complex request the period "
        "can be extended by two months, provided the person is told so, with the reasons, within the first month.",
    ),
)
def request_overdue(ctx: Context) -> Iterator[Hit]:
    for request in ctx.snapshot.rights_requests:
        due = request_due(request)
        if due is not None and request.status.is_open and ctx.today > due:
            fr, en = date_text(due)
            kind_fr, kind_en = label(REQUEST_TYPES, request.request_type)
            yield Hit(
                request_target(request),
                "status",
                (
                    f"Cette demande ({kind_fr.lower()}) devait recevoir une réponse au plus tard le {fr}.",
                    f"This request ({kind_en.lower()}) was due to be answered by {en}.",
                ),
            )


@rule(
    "REQUEST-EXTENSION-UNEXPLAINED",
    Severity.WARNING,
    ref=("art. 12.3 du RGPD", "GDPR Art. 12(3)"),
    fix=(
        "Inscrivez les motifs de la prolongation (complexité, nombre de demandes), tels qu'ils ont été donnés "
        "à la personne.",
        "Record the reasons for the extension (complexity, number of requests), as given to the person.",
    ),
)
def request_extension_unexplained(ctx: Context) -> Iterator[Hit]:
    for request in ctx.snapshot.rights_requests:
        if request.extended and not request.extension_reason.strip():
            yield Hit(
                request_target(request),
                "extension_reason",
                (
                    "Le délai de réponse a été prolongé, mais les motifs de la prolongation ne sont pas inscrits.",
                    "The answer period was extended, but the reasons for the extension are not recorded.",
                ),
            )
