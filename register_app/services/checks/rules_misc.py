"""Keeping the register alive and its security block meaningful: yearly review of each activity,
security headings for sensitive data, 'SSL' written where TLS is meant, and 'multi-factor' where a
code sent by e-mail makes it two-step verification."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from register_app.domain.catalogues import SECURITY_MEASURES, catalogue
from register_app.domain.enums import CnilHeading, Severity
from register_app.services.checks.engine import Hit, Texts, rule
from register_app.services.checks.register_index import (
    SENSITIVE_REGIMES,
    Context,
    activity_target,
    measure_target,
    regimes,
)
from register_app.services.checks.wording import date_text, joined
from register_app.services.text import fold

# The CNIL headings expected for sensitive data; control of processors only when there are some.
HEADINGS: dict[CnilHeading, Texts] = {
    CnilHeading.ACCESS_CONTROL: ("Contrôle d'accès des utilisateurs", "User access control"),
    CnilHeading.TRACEABILITY: ("Mesures de traçabilité", "Traceability measures"),
    CnilHeading.SOFTWARE_PROTECTION: ("Mesures de protection des logiciels", "Software protection measures"),
    CnilHeading.BACKUP: ("Sauvegarde des données", "Data backup"),
    CnilHeading.ENCRYPTION: ("Chiffrement des données", "Data encryption"),
    CnilHeading.PROCESSOR_CONTROL: ("Contrôle des sous-traitants", "Control of processors"),
}
SSL = re.compile(r"\bSSL(v?\d(\.\d)?)?\b", re.IGNORECASE)
TLS = re.compile(r"\bTLS", re.IGNORECASE)
# Matched on the folded text (lower case, no accents).
MFA_CLAIM = re.compile(
    r"\b(?:2fa|mfa)\b|double facteur|deux facteurs|multi-? ?facteur|two-factor|2-factor|multi-? ?factor|"
    r"authentification forte|strong authentication"
)
MAIL = r"(?:e-?mail|courriel|mel|mail)"
EMAIL_CODE = re.compile(
    rf"\b(?:code|otp|lien|link)\b[^.;]{{0,60}}?\b(?:par|by|via|dans un|in an|to your)\s+{MAIL}\b"
    rf"|\b{MAIL}\s+(?:code|otp)\b|\bcodes? (?:[a-z ]{{0,30}})?(?:envoye|recu|transmis|sent|emailed)"
    rf"[^.;]{{0,20}}?{MAIL}\b"
)


def year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=28 if (day.month, day.day) == (2, 29) else day.day)


@rule(
    "REVIEW-OVERDUE",
    Severity.WARNING,
    ref=(
        "art. 5.2 et art. 24.1 du RGPD (responsabilité, réexamen des mesures)",
        "GDPR Art. 5(2) and Art. 24(1) (accountability, review of measures)",
    ),
    fix=(
        "Relisez la fiche avec le responsable opérationnel, mettez-la à jour si besoin et indiquez la date "
        "de la revue.",
        "Go through the record with the business owner, update it where needed and enter the review date.",
    ),
)
def review_overdue(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        last = activity.last_review or activity.created_at.date()
        if last < year_before(ctx.today):
            fr, en = date_text(last)
            message = (
                (
                    f"Ce traitement n'a pas été revu depuis le {fr}, il y a plus de douze mois.",
                    f"This activity has not been reviewed since {en}, more than twelve months ago.",
                )
                if activity.last_review
                else (
                    f"Ce traitement n'a jamais été revu depuis sa création, le {fr}.",
                    f"This activity has never been reviewed since it was created on {en}.",
                )
            )
            yield Hit(activity_target(activity), "last_review", message)


def headings_fix(empty: list[CnilHeading]) -> Texts:
    """Name each empty heading with a measure of the catalogue filed under it, as an example."""
    parts: list[Texts] = []
    for heading in empty:
        example = next((e for e in catalogue(SECURITY_MEASURES) if e.get("heading") == heading.value), None)
        fr, en = HEADINGS[heading]
        if example:
            fr, en = f"{fr} (par exemple « {example.fr} »)", f"{en} (for example '{example.en}')"
        parts.append((fr, en))
    fr, en = joined(parts, " ; ")
    return (
        f"Rattachez à ce traitement, ou déclarez pour toute l'organisation, une mesure sous chacune de ces "
        f"rubriques : {fr}.",
        f"Link to this activity, or record for the whole organisation, a measure under each of these headings: {en}.",
    )


@rule(
    "SECURITY-HEADING-EMPTY",
    Severity.WARNING,
    ref=(
        "art. 32 du RGPD ; CNIL, Guide de la sécurité des données personnelles (2024)",
        "GDPR Art. 32; CNIL, Personal data security guide (2024)",
    ),
    fix=(
        "Rattachez à ce traitement les mesures qui protègent ces données sous chacune de ces rubriques "
        "(par exemple chiffrement au repos, journalisation des accès), ou déclarez-les pour toute l'organisation.",
        "Link to this activity the measures protecting this data under each of these headings (for example "
        "encryption at rest, access logging), or record them for the whole organisation.",
    ),
)
def security_heading_empty(ctx: Context) -> Iterator[Hit]:
    for activity in ctx.activities:
        measures = ctx.measures_of(activity)
        if not measures or not regimes(activity) & SENSITIVE_REGIMES:
            continue  # no measure at all is ART30-SECURITY-MISSING
        covered = {m.heading for m in measures}
        if not ctx.subprocessors_of(activity):
            covered.add(CnilHeading.PROCESSOR_CONTROL)
        empty = [h for h in HEADINGS if h not in covered]
        if empty:
            fr, en = joined((HEADINGS[h] for h in empty), " ; ")
            yield Hit(
                activity_target(activity),
                "measures",
                (
                    f"Ce traitement porte sur des données sensibles, mais aucune mesure n'est inscrite sous : {fr}.",
                    f"This activity processes sensitive data, but no measure is recorded under: {en}.",
                ),
                fix=headings_fix(empty),
            )


@rule(
    "SSL-WORDING",
    Severity.INFO,
    ref=(
        "CNIL, Guide de la sécurité des données personnelles (2024) ; ANSSI, recommandations de sécurité "
        "relatives à TLS",
        "CNIL, Personal data security guide (2024); ANSSI, security recommendations for TLS",
    ),
    fix=(
        "Écrivez « TLS » et précisez la version minimale (TLS 1.2 ou plus récent), avec HSTS pour les sites web.",
        "Write 'TLS' and state the minimum version (TLS 1.2 or later), with HSTS for websites.",
    ),
)
def ssl_wording(ctx: Context) -> Iterator[Hit]:
    for measure in ctx.measures.values():
        for field in ("name", "description"):
            text = getattr(measure, field)
            if SSL.search(text) and not TLS.search(text):
                yield Hit(
                    measure_target(measure),
                    field,
                    (
                        "Cette mesure parle de SSL, protocole obsolète abandonné depuis 2015 : c'est TLS qui est visé.",
                        "This measure mentions SSL, an obsolete protocol deprecated since 2015: TLS is what is meant.",
                    ),
                )


@rule(
    "MFA-WORDING",
    Severity.INFO,
    ref=(
        "CNIL, délibération n° 2025-019 du 20 mars 2025 portant adoption d'une recommandation relative à "
        "l'authentification multifacteur",
        "CNIL, deliberation No. 2025-019 of 20 March 2025 adopting a recommendation on multi-factor "
        "authentication",
    ),
    fix=(
        "Appelez cette mesure « vérification en deux étapes », ou adoptez un second facteur distinct de la "
        "messagerie (application d'authentification, clé de sécurité, carte à puce) pour parler "
        "d'authentification multifacteur.",
        "Call this measure 'two-step verification', or adopt a second factor independent of the mailbox "
        "(authenticator app, security key, smart card) before calling it multi-factor authentication.",
    ),
)
def mfa_wording(ctx: Context) -> Iterator[Hit]:
    for measure in ctx.measures.values():
        name, description = fold(measure.name), fold(measure.description)
        if not MFA_CLAIM.search(f"{name} {description}"):
            continue
        field = next((f for f, text in (("description", description), ("name", name)) if EMAIL_CODE.search(text)), None)
        if field:
            yield Hit(
                measure_target(measure),
                field,
                (
                    "Cette mesure présente comme une authentification multifacteur un code envoyé par courriel : "
                    "l'accès à la messagerie ne constitue pas un facteur distinct, c'est une vérification en deux "
                    "étapes.",
                    "This measure presents a code sent by e-mail as multi-factor authentication: access to the "
                    "mailbox is not a separate factor, so this is two-step verification.",
                ),
            )
