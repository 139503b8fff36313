"""Subprocessors: HDS hosting for health data, a signed Art. 28 contract kept under review, and
certifications followed up before and after they expire."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from services.checks.check_builders import (
    HOST,
    MAILER,
    PAYROLL,
    TODAY,
    clean,
    hits,
    where,
    with_activity,
    with_subprocessor,
)

from register_app.domain.enums import ContractStatus, CountryRole, SubprocessorRole
from register_app.services import records as r


def hds(**fields: Any) -> r.Certification:
    return r.Certification(**({"kind": "hds", "hds_scopes": ("virtual_infrastructure",)} | fields))


def test_health_data_needs_a_host_with_a_valid_hds_certificate() -> None:
    [finding] = hits(with_subprocessor(clean(), HOST, certifications=()), "HDS-MISSING")
    assert where([finding]) == [("Nuage Santé SAS", "certifications")] and finding.severity == "error"
    assert "T-003" in finding.message_fr and "aucune certification HDS" in finding.message_fr
    expired = with_subprocessor(clean(), HOST, certifications=(hds(expires=TODAY - timedelta(days=1)),))
    assert "a expiré le 14 juin 2026" in hits(expired, "HDS-MISSING")[0].message_fr
    backup_only = with_subprocessor(clean(), HOST, certifications=(hds(hds_scopes=("offsite_backup",)),))
    assert "ne couvre aucune activité d'hébergement" in hits(backup_only, "HDS-MISSING")[0].message_fr
    valid_until_today = with_subprocessor(clean(), HOST, certifications=(hds(expires=TODAY),))
    assert hits(valid_until_today, "HDS-MISSING") == []


def test_a_v1_only_hds_certificate_no_longer_covers_hosting_after_16_may_2026() -> None:
    v1 = with_subprocessor(clean(), HOST, certifications=(hds(hds_version="v1", expires=date(2027, 1, 1)),))
    [finding] = hits(v1, "HDS-MISSING")
    assert "référentiel v1, qui ne couvre plus l'hébergement de données de santé depuis le 16 mai 2026" in (
        finding.message_fr
    )
    assert hits(v1, "HDS-MISSING", today=date(2026, 5, 16)) == []
    renewed = (hds(hds_version="v1", expires=date(2027, 1, 1)), hds(hds_version="v2", expires=date(2029, 1, 1)))
    assert hits(with_subprocessor(clean(), HOST, certifications=renewed), "HDS-MISSING") == []


def test_health_data_stored_outside_the_eea_breaks_hds() -> None:
    countries = (r.HostingCountry(country="FR"), r.HostingCountry(country="CH"))
    [finding] = hits(with_subprocessor(clean(), HOST, countries=countries), "HDS-OUTSIDE-EEA")
    assert (finding.severity, finding.field) == ("error", "countries") and "(Suisse)" in finding.message_fr
    remote = (r.HostingCountry(country="FR"), r.HostingCountry(country="CH", role=CountryRole.ACCESS))
    assert hits(with_subprocessor(clean(), HOST, countries=remote), "HDS-OUTSIDE-EEA") == []
    mailer_in_us = with_activity(clean(), PAYROLL, subprocessor_uids=(MAILER,))  # payroll: no HDS obligation
    assert hits(mailer_in_us, "HDS-OUTSIDE-EEA") == []


def test_an_hds_certificate_without_scope_or_expiry_is_incomplete_not_void() -> None:
    bare = with_subprocessor(clean(), HOST, certifications=(r.Certification(kind="hds"),))
    assert hits(bare, "HDS-MISSING") == []  # scope unknown is not "covers nothing"
    found = hits(bare, "HDS-CERT-INCOMPLETE")
    assert where(found) == [
        ("Nuage Santé SAS", "certifications[0].expires"),
        ("Nuage Santé SAS", "certifications[0].hds_scopes"),
    ]
    assert all(f.severity == "warning" for f in found) and "son périmètre est inconnu" in found[1].message_fr
    assert hits(clean(), "HDS-CERT-INCOMPLETE") == []


def test_hds_is_not_asked_for_payroll_health_data_or_access_only_vendors() -> None:
    payroll_hosted = with_activity(clean(), PAYROLL, subprocessor_uids=(MAILER,))
    payroll_hosted = with_subprocessor(payroll_hosted, MAILER, countries=(r.HostingCountry(country="FR"),))
    assert hits(payroll_hosted, "HDS-MISSING") == []
    for_care = with_activity(payroll_hosted, PAYROLL, art9_condition="health_care")
    assert where(hits(for_care, "HDS-MISSING")) == [("Mailer Inc.", "certifications")]
    access_only = with_subprocessor(
        for_care, MAILER, countries=(r.HostingCountry(country="FR", role=CountryRole.ACCESS),)
    )
    assert hits(access_only, "HDS-MISSING") == []


def test_a_processor_needs_a_signed_article_28_contract() -> None:
    negotiating = with_subprocessor(clean(), MAILER, contract_status=ContractStatus.IN_NEGOTIATION)
    [finding] = hits(negotiating, "CONTRACT-MISSING")
    assert where([finding]) == [("Mailer Inc.", "contract_status")] and "en négociation" in finding.message_fr
    assert len(hits(with_subprocessor(clean(), MAILER, contract_status=ContractStatus.NONE), "CONTRACT-MISSING")) == 1
    independent = with_subprocessor(
        clean(), MAILER, role=SubprocessorRole.INDEPENDENT_CONTROLLER, contract_status=ContractStatus.NOT_REQUIRED
    )
    assert hits(independent, "CONTRACT-MISSING") == []


def test_a_contract_review_past_its_due_date_is_overdue() -> None:
    overdue = with_subprocessor(clean(), MAILER, contract_review=date(2026, 6, 1))
    [finding] = hits(overdue, "CONTRACT-REVIEW-OVERDUE")
    assert finding.message_fr == "La révision du contrat était prévue le 1er juin 2026."
    assert finding.message_en == "The contract review was due on 1 June 2026."
    assert hits(with_subprocessor(clean(), MAILER, contract_review=TODAY), "CONTRACT-REVIEW-OVERDUE") == []


def test_an_expired_certification_is_flagged() -> None:
    iso = r.Certification(kind="iso27001", expires=TODAY - timedelta(days=1))
    [finding] = hits(with_subprocessor(clean(), MAILER, certifications=(iso,)), "CERT-EXPIRED")
    assert finding.field == "certifications[0].expires" and "ISO/IEC 27001" in finding.message_fr
    still_valid = r.Certification(kind="iso27001", name="ISO 27001:2022", expires=TODAY)
    assert hits(with_subprocessor(clean(), MAILER, certifications=(still_valid,)), "CERT-EXPIRED") == []


def test_a_certification_expiring_within_60_days_is_announced() -> None:
    soon = r.Certification(kind="soc2", name="SOC 2 Type II", expires=TODAY + timedelta(days=60))
    [finding] = hits(with_subprocessor(clean(), MAILER, certifications=(soon,)), "CERT-EXPIRING")
    assert finding.severity == "info"
    assert finding.message_fr == "La certification « SOC 2 Type II » expire le 14 août 2026, dans 60 jours."
    later = r.Certification(kind="soc2", expires=TODAY + timedelta(days=61))
    assert hits(with_subprocessor(clean(), MAILER, certifications=(later,)), "CERT-EXPIRING") == []
