"""Subprocessors (Art. 28): a signed contract kept under review, certifications still valid, and
an HDS-certified host for health data (code de la santé publique, art. L.1111-8): a certificate of
a référentiel still in force, stored in the EEA, whose scope and expiry are known."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from register_app.domain.catalogues import (
    CERTIFICATION_KINDS,
    COUNTRIES,
    HDS_SCOPES,
    HDS_VERSIONS,
    catalogue,
    country_status,
)
from register_app.domain.enums import ContractStatus, CountryRole, Severity, SubprocessorRole
from register_app.services import records as r
from register_app.services.checks.engine import Hit, Texts, rule
from register_app.services.checks.register_index import Context, hosts_data, subprocessor_target
from register_app.services.checks.wording import date_text, joined, label

PROCESSOR_ROLES = (SubprocessorRole.PROCESSOR, SubprocessorRole.SUB_PROCESSOR)
EXPIRY_NOTICE = timedelta(days=60)
# Every HDS activity but off-site backup puts the live data in the host's hands.
BACKUP_SCOPE = "offsite_backup"


def hosting_scopes() -> set[str]:
    return {entry.code for entry in catalogue(HDS_SCOPES)} - {BACKUP_SCOPE}


def version_ended(cert: r.Certification) -> date | None:
    """The day the certificate's référentiel stopped covering health-data hosting (v1: 16 May 2026)."""
    entry = catalogue(HDS_VERSIONS).get(cert.hds_version)
    until = entry.get("covers_hosting_until") if entry else None
    return date.fromisoformat(until) if until else None


def hds_valid(cert: r.Certification, today: date) -> bool:
    """An HDS certificate in force that may cover hosting. One whose scope or expiry is not recorded
    counts (HDS-CERT-INCOMPLETE asks for them): unknown is not "covers nothing"."""
    ended = version_ended(cert)
    return (
        cert.kind == "hds"
        and (not cert.hds_scopes or bool(set(cert.hds_scopes) & hosting_scopes()))
        and (ended is None or today <= ended)
        and (cert.valid_from is None or cert.valid_from <= today)
        and (cert.expires is None or cert.expires >= today)
    )


def hds_required(activity: r.Activity) -> bool:
    """Health data, unless processed under employment and social protection law (Art. 9(2)(b)):
    sick-leave certificates kept for payroll are not collected for care, so the HDS obligation
    does not reach them."""
    codes = {c.code for c in activity.data_categories}
    return "health" in codes and activity.art9_condition != "employment_social_security"


def hds_gap(sub: r.Subprocessor, today: date) -> Texts:
    certs = [c for c in sub.certifications if c.kind == "hds"]
    if not certs:
        return "aucune certification HDS n'est enregistrée", "no HDS certification is recorded"
    expired = [c.expires for c in certs if c.expires and c.expires < today]
    if len(expired) == len(certs):
        fr, en = date_text(max(expired))
        return f"sa certification HDS a expiré le {fr}", f"its HDS certification expired on {en}"
    ended = [day for c in certs if (day := version_ended(c)) and day < today]
    if ended:
        fr, en = date_text(max(ended))
        return (
            f"sa certification HDS suit le référentiel v1, qui ne couvre plus l'hébergement de données de santé "
            f"depuis le {fr} (le certificat doit être renouvelé selon le référentiel v2)",
            f"its HDS certification follows the v1 standard, which no longer covers health-data hosting since "
            f"{en} (the certificate must be renewed under the v2 standard)",
        )
    return (
        "sa certification HDS ne couvre aucune activité d'hébergement (sites, infrastructure, plateforme, "
        "exploitation)",
        "its HDS certification covers no hosting activity (sites, infrastructure, platform, operation)",
    )


def health_hosts(ctx: Context) -> Iterator[tuple[r.Subprocessor, str]]:
    """Processors hosting health data that falls under the HDS obligation, with the activities concerned."""
    for sub in ctx.subprocessors.values():
        if sub.role in PROCESSOR_ROLES and hosts_data(sub):
            served = [a.reference or a.name for a in ctx.activities_served(sub) if hds_required(a)]
            if served:
                yield sub, ", ".join(served)


@rule(
    "HDS-MISSING",
    Severity.ERROR,
    ref=("art. L.1111-8 du code de la santé publique", "French Public Health Code, Art. L.1111-8"),
    fix=(
        "Confiez ces données à un hébergeur certifié HDS pour les activités d'hébergement concernées, et "
        "enregistrez son certificat (activités couvertes, date d'expiration). L'obligation vise les données de "
        "santé recueillies lors d'activités de prévention, de diagnostic, de soins ou de suivi social et "
        "médico-social.",
        "Entrust this data to an HDS-certified host for the hosting activities concerned, and record its "
        "certificate (activities covered, expiry date). The obligation covers health data collected during "
        "prevention, diagnosis, care or social and medico-social follow-up.",
    ),
)
def hds_missing(ctx: Context) -> Iterator[Hit]:
    for sub, refs in health_hosts(ctx):
        if not any(hds_valid(c, ctx.today) for c in sub.certifications):
            gap_fr, gap_en = hds_gap(sub, ctx.today)
            yield Hit(
                subprocessor_target(sub),
                "certifications",
                (
                    f"Ce sous-traitant héberge des données de santé (traitements {refs}), mais {gap_fr}.",
                    f"This subprocessor hosts health data (activities {refs}), but {gap_en}.",
                ),
            )


@rule(
    "HDS-OUTSIDE-EEA",
    Severity.ERROR,
    ref=(
        "art. L.1111-8 du code de la santé publique ; référentiel de certification HDS v2 (arrêté du 26 avril 2024)",
        "French Public Health Code, Art. L.1111-8; HDS certification standard v2 (order of 26 April 2024)",
    ),
    fix=(
        "Faites héberger ces données de santé dans l'Espace économique européen (le référentiel HDS v2 l'exige), "
        "puis corrigez les pays d'hébergement du sous-traitant ; un accès à distance depuis un pays tiers reste "
        "un transfert à encadrer.",
        "Have this health data stored in the European Economic Area (the HDS v2 standard requires it), then "
        "correct the subprocessor's hosting countries; remote access from a third country remains a transfer "
        "to be covered.",
    ),
)
def hds_outside_eea(ctx: Context) -> Iterator[Hit]:
    for sub, refs in health_hosts(ctx):
        outside = [
            c
            for c in dict.fromkeys(h.country for h in sub.countries if h.role == CountryRole.HOSTING)
            if country_status(c) != "eea"
        ]
        if outside:
            fr, en = joined(label(COUNTRIES, c) for c in outside)
            yield Hit(
                subprocessor_target(sub),
                "countries",
                (
                    f"Ce sous-traitant héberge des données de santé (traitements {refs}) hors de l'Espace économique "
                    f"européen ({fr}), alors que la certification HDS impose de les stocker dans l'EEE.",
                    f"This subprocessor stores health data (activities {refs}) outside the European Economic Area "
                    f"({en}), whereas HDS certification requires storing it in the EEA.",
                ),
            )


@rule(
    "HDS-CERT-INCOMPLETE",
    Severity.WARNING,
    ref=("art. L.1111-8 du code de la santé publique", "French Public Health Code, Art. L.1111-8"),
    fix=(
        "Demandez au sous-traitant son certificat HDS et reportez-en les activités couvertes (1° à 6°), le "
        "référentiel et la date d'expiration : tant qu'ils manquent, rien ne montre que l'hébergement de ces "
        "données de santé est couvert.",
        "Ask the subprocessor for its HDS certificate and record the activities it covers (1° to 6°), the "
        "standard version and the expiry date: until then, nothing shows that hosting this health data is "
        "covered.",
    ),
)
def hds_certificate_incomplete(ctx: Context) -> Iterator[Hit]:
    for sub, refs in health_hosts(ctx):
        for i, cert in enumerate(sub.certifications):
            if cert.kind != "hds":
                continue
            if not cert.hds_scopes:
                yield Hit(
                    subprocessor_target(sub),
                    f"certifications[{i}].hds_scopes",
                    (
                        f"Ce sous-traitant héberge des données de santé (traitements {refs}), mais les activités "
                        "couvertes par sa certification HDS ne sont pas indiquées : son périmètre est inconnu.",
                        f"This subprocessor hosts health data (activities {refs}), but the activities its HDS "
                        "certification covers are not recorded: its scope is unknown.",
                    ),
                )
            if cert.expires is None:
                yield Hit(
                    subprocessor_target(sub),
                    f"certifications[{i}].expires",
                    (
                        f"Ce sous-traitant héberge des données de santé (traitements {refs}), mais la date "
                        "d'expiration de sa certification HDS n'est pas indiquée.",
                        f"This subprocessor hosts health data (activities {refs}), but the expiry date of its HDS "
                        "certification is not recorded.",
                    ),
                )


@rule(
    "CONTRACT-MISSING",
    Severity.ERROR,
    ref=("art. 28.3 du RGPD", "GDPR Art. 28(3)"),
    fix=(
        "Signez avec ce prestataire un contrat ou un avenant conforme à l'article 28.3 (objet, durée, "
        "instructions, confidentialité, sécurité, sous-traitance ultérieure, assistance, sort des données, "
        "audits), puis enregistrez sa date et sa référence.",
        "Sign with this vendor a contract or addendum meeting Art. 28(3) (subject matter, duration, "
        "instructions, confidentiality, security, sub-processing, assistance, return or deletion of data, "
        "audits), then record its date and reference.",
    ),
)
def contract_missing(ctx: Context) -> Iterator[Hit]:
    messages: dict[ContractStatus, Texts] = {
        ContractStatus.NONE: (
            "Aucun contrat de sous-traitance (article 28) n'est signé avec ce sous-traitant.",
            "No Art. 28 data processing agreement is signed with this subprocessor.",
        ),
        ContractStatus.IN_NEGOTIATION: (
            "Le contrat de sous-traitance est encore en négociation : des données sont confiées sans contrat signé.",
            "The data processing agreement is still being negotiated: data is entrusted without a signed contract.",
        ),
        ContractStatus.NOT_REQUIRED: (
            "Le contrat est noté « non requis », alors que ce prestataire agit en qualité de sous-traitant.",
            "The contract is marked 'not required', although this vendor acts as a processor.",
        ),
    }
    for sub in ctx.subprocessors.values():
        if sub.role in PROCESSOR_ROLES and sub.contract_status in messages:
            yield Hit(subprocessor_target(sub), "contract_status", messages[sub.contract_status])


@rule(
    "CONTRACT-REVIEW-OVERDUE",
    Severity.WARNING,
    ref=(
        "art. 28 du RGPD ; CNIL, Guide de la sécurité des données personnelles (2024), fiche 14",
        "GDPR Art. 28; CNIL, Personal data security guide (2024), sheet 14",
    ),
    fix=(
        "Relisez le contrat (sous-traitants ultérieurs, mesures de sécurité, lieux d'hébergement), puis "
        "indiquez la date de la prochaine révision.",
        "Review the contract (sub-processors, security measures, hosting locations), then enter the date of "
        "the next review.",
    ),
)
def contract_review_overdue(ctx: Context) -> Iterator[Hit]:
    for sub in ctx.subprocessors.values():
        if sub.contract_review and sub.contract_review < ctx.today:
            fr, en = date_text(sub.contract_review)
            yield Hit(
                subprocessor_target(sub),
                "contract_review",
                (f"La révision du contrat était prévue le {fr}.", f"The contract review was due on {en}."),
            )


CERT_REF: Texts = ("art. 28.1 du RGPD (garanties suffisantes)", "GDPR Art. 28(1) (sufficient guarantees)")


def certifications(ctx: Context) -> Iterator[tuple[r.Subprocessor, int, r.Certification, Texts]]:
    for sub in ctx.subprocessors.values():
        for i, cert in enumerate(sub.certifications):
            kind_fr, kind_en = label(CERTIFICATION_KINDS, cert.kind)
            yield sub, i, cert, (cert.name.strip() or kind_fr, cert.name.strip() or kind_en)


@rule(
    "CERT-EXPIRED",
    Severity.WARNING,
    ref=CERT_REF,
    fix=(
        "Demandez au prestataire son certificat renouvelé et mettez à jour la date d'expiration, ou retirez "
        "la certification s'il ne la détient plus.",
        "Ask the vendor for its renewed certificate and update the expiry date, or remove the certification "
        "if the vendor no longer holds it.",
    ),
)
def certification_expired(ctx: Context) -> Iterator[Hit]:
    for sub, i, cert, (name_fr, name_en) in certifications(ctx):
        if cert.expires and cert.expires < ctx.today:
            fr, en = date_text(cert.expires)
            yield Hit(
                subprocessor_target(sub),
                f"certifications[{i}].expires",
                (
                    f"La certification « {name_fr} » a expiré le {fr}.",
                    f"The certification '{name_en}' expired on {en}.",
                ),
            )


@rule(
    "CERT-EXPIRING",
    Severity.INFO,
    ref=CERT_REF,
    fix=(
        "Demandez au prestataire la date de son audit de renouvellement et mettez à jour la date "
        "d'expiration une fois le certificat renouvelé.",
        "Ask the vendor when its renewal audit takes place and update the expiry date once the certificate is renewed.",
    ),
)
def certification_expiring(ctx: Context) -> Iterator[Hit]:
    for sub, i, cert, (name_fr, name_en) in certifications(ctx):
        if cert.expires and ctx.today <= cert.expires <= ctx.today + EXPIRY_NOTICE:
            fr, en = date_text(cert.expires)
            days = (cert.expires - ctx.today).days
            when = (
                (f"dans {days} jour{'s' if days > 1 else ''}", f"in {days} day{'s' if days > 1 else ''}")
                if days
                else ("aujourd'hui", "today")
            )
            yield Hit(
                subprocessor_target(sub),
                f"certifications[{i}].expires",
                (
                    f"La certification « {name_fr} » expire le {fr}, {when[0]}.",
                    f"The certification '{name_en}' expires on {en}, {when[1]}.",
                ),
            )
