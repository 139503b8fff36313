"""Yearly review, security headings for sensitive data, and SSL wording."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from services.checks.check_builders import (
    HOSTING,
    PAYROLL,
    clean,
    hits,
    where,
    with_activity,
)

from register_app.domain.enums import ActivityStatus, CnilHeading
from register_app.services import records as r


def test_an_activity_not_reviewed_for_twelve_months_is_overdue() -> None:
    [finding] = hits(with_activity(clean(), PAYROLL, last_review=date(2025, 6, 14)), "REVIEW-OVERDUE")
    assert where([finding]) == [(PAYROLL, "last_review")]
    assert finding.message_fr == "Ce traitement n'a pas été revu depuis le 14 juin 2025, il y a plus de douze mois."
    assert hits(with_activity(clean(), PAYROLL, last_review=date(2025, 6, 15)), "REVIEW-OVERDUE") == []


def test_a_never_reviewed_activity_counts_from_its_creation() -> None:
    old = datetime(2025, 3, 1, tzinfo=UTC)
    [finding] = hits(with_activity(clean(), PAYROLL, last_review=None, created_at=old), "REVIEW-OVERDUE")
    assert "jamais été revu depuis sa création, le 1er mars 2025" in finding.message_fr
    retired = with_activity(clean(), PAYROLL, last_review=None, created_at=old, status=ActivityStatus.RETIRED)
    assert hits(retired, "REVIEW-OVERDUE") == []


def test_sensitive_data_needs_a_measure_under_each_security_heading() -> None:
    logging = next(m for m in clean().measures if m.heading == CnilHeading.TRACEABILITY)
    local = dataclasses.replace(
        clean(),
        measures=tuple(dataclasses.replace(m, organisation_wide=m.uid != logging.uid) for m in clean().measures),
    )
    found = hits(local, "SECURITY-HEADING-EMPTY")
    assert where(found) == [(PAYROLL, "measures"), (HOSTING, "measures")]
    assert found[0].message_fr.endswith("aucune mesure n'est inscrite sous : Mesures de traçabilité.")
    assert found[0].fix_fr.endswith(
        "rubriques : Mesures de traçabilité (par exemple « Journalisation des accès et des actions »)."
    )
    assert "Traceability measures (for example 'Logging of access and actions')" in found[0].fix_en
    linked = with_activity(local, PAYROLL, measures=(r.MeasureLink(measure_uid=logging.uid),))
    assert where(hits(linked, "SECURITY-HEADING-EMPTY")) == [(HOSTING, "measures")]


def test_ssl_written_where_tls_is_meant() -> None:
    def described(text: str) -> r.Snapshot:
        measures = (dataclasses.replace(clean().measures[4], description=text), *clean().measures[5:])
        return dataclasses.replace(clean(), measures=(*clean().measures[:4], *measures))

    [finding] = hits(described("Flux chiffrés par certificat SSL"), "SSL-WORDING")
    assert (finding.object_kind, finding.field, finding.severity) == ("measure", "description", "info")
    assert hits(described("Certificat SSL/TLS, TLS 1.2 minimum"), "SSL-WORDING") == []
    assert hits(described("Bibliothèque OpenSSL à jour"), "SSL-WORDING") == []


def test_a_code_sent_by_email_is_two_step_verification_not_mfa() -> None:
    mfa = clean().measures[0]  # "Authentification multifacteur", organisation-wide

    def described(name: str, text: str) -> r.Snapshot:
        return dataclasses.replace(
            clean(), measures=(dataclasses.replace(mfa, name=name, description=text), *clean().measures[1:])
        )

    [finding] = hits(described(mfa.name, "Mot de passe puis code à usage unique envoyé par e-mail"), "MFA-WORDING")
    assert (finding.object_kind, finding.field, finding.severity) == ("measure", "description", "info")
    assert "vérification en deux étapes" in finding.message_fr and "2025-019" in finding.reference_fr
    [by_name] = hits(described("2FA (mot de passe + code par courriel)", ""), "MFA-WORDING")
    assert by_name.field == "name"
    assert hits(described(mfa.name, "Mot de passe et application d'authentification (TOTP)"), "MFA-WORDING") == []
    # An e-mail code that does not claim to be MFA is not the rule's business.
    assert hits(described("Réinitialisation du mot de passe", "Lien envoyé par e-mail"), "MFA-WORDING") == []
