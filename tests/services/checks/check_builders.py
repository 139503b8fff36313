"""A small, complete and compliant register built in memory, and helpers to spoil one detail of it:
each rule test starts from `clean()`, breaks what its rule looks at, and also tries a near miss."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    CnilHeading,
    ContractStatus,
    DpiaStatus,
    DpoStatus,
    DurationUnit,
    FinalFate,
)
from register_app.services import records as r
from register_app.services.checks import Finding, check_snapshot

TODAY = date(2026, 6, 15)
CREATED = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
STAMPS: dict[str, Any] = {"created_at": CREATED, "updated_at": CREATED}

CLIENT = "00000000-0000-4000-8000-00000000c001"
HOST = "00000000-0000-4000-8000-00000000s001"
MAILER = "00000000-0000-4000-8000-00000000s002"
PAYROLL, NEWSLETTER, HOSTING = "T-001", "T-002", "T-003"


def years(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.YEARS)


def months(n: int) -> r.Duration:
    return r.Duration(value=n, unit=DurationUnit.MONTHS)


def contact(name: str) -> r.Contact:
    return r.Contact(
        name=name,
        address="12 rue de la Paix",
        postcode="44000",
        city="Nantes",
        country="FR",
        phone="02 40 00 00 00",
        email="contact@exemple.fr",
    )


def measures() -> tuple[r.Measure, ...]:
    """One organisation-wide measure under each CNIL heading."""
    names = {
        CnilHeading.ACCESS_CONTROL: "Authentification multifacteur",
        CnilHeading.TRACEABILITY: "Journalisation des accès",
        CnilHeading.SOFTWARE_PROTECTION: "Gestion des mises à jour de sécurité",
        CnilHeading.BACKUP: "Sauvegardes chiffrées et externalisées",
        CnilHeading.ENCRYPTION: "HTTPS uniquement (TLS 1.2 minimum, HSTS)",
        CnilHeading.PROCESSOR_CONTROL: "Contrats article 28 et audits",
        CnilHeading.OTHER: "Charte informatique",
    }
    return tuple(
        r.Measure(
            uid=f"00000000-0000-4000-8000-0000000m000{i}", name=name, heading=heading, organisation_wide=True, **STAMPS
        )
        for i, (heading, name) in enumerate(names.items())
    )


def subprocessors() -> tuple[r.Subprocessor, ...]:
    host = r.Subprocessor(
        uid=HOST,
        name="Nuage Santé SAS",
        service="Hébergement",
        country="FR",
        countries=(r.HostingCountry(country="FR"),),
        contract_status=ContractStatus.SIGNED,
        contract_signed=date(2025, 1, 10),
        contract_review=date(2027, 1, 10),
        certifications=(
            r.Certification(
                kind="hds",
                hds_scopes=("physical_sites", "hardware_infrastructure"),
                valid_from=date(2024, 9, 1),
                expires=date(2027, 9, 1),
            ),
        ),
        **STAMPS,
    )
    mailer = r.Subprocessor(
        uid=MAILER,
        name="Mailer Inc.",
        service="Envoi de courriels",
        country="US",
        countries=(r.HostingCountry(country="US"),),
        contract_status=ContractStatus.SIGNED,
        contract_signed=date(2025, 2, 1),
        contract_review=date(2027, 2, 1),
        transfer_tool="scc",
        transfer_detail="Module 2",
        **STAMPS,
    )
    return host, mailer


def payroll() -> r.Activity:
    return r.Activity(
        uid="00000000-0000-4000-8000-0000000a0001",
        reference=PAYROLL,
        name="Paie",
        status=ActivityStatus.ACTIVE,
        last_review=date(2026, 3, 1),
        purposes=(
            r.Purpose(description="Établir la paie et les déclarations sociales", legal_basis="legal_obligation"),
        ),
        data_subjects=(r.DataSubject(code="employees"),),
        data_categories=(
            r.DataCategory(code="civil_status"),
            r.DataCategory(code="nir"),
            r.DataCategory(code="health"),
        ),
        art9_condition="employment_social_security",
        nir_justification="Décret n° 2019-341 : déclarations sociales",
        recipients=(r.CodedItem(code="internal_service", precision="Service paie"),),
        retention=(
            r.RetentionRule(
                category="civil_status", archive=years(5), start_event="end_of_employment", final_fate=FinalFate.DELETE
            ),
            r.RetentionRule(category="nir", archive=years(5), start_event="end_of_employment"),
            r.RetentionRule(category="health", active=months(6), start_event="collection"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "vulnerable_subjects"),
            status=DpiaStatus.DONE,
            completed_on=date(2025, 11, 3),
            reference="AIPD-01",
        ),
        **STAMPS,
    )


def newsletter() -> r.Activity:
    return r.Activity(
        uid="00000000-0000-4000-8000-0000000a0002",
        reference=NEWSLETTER,
        name="Lettre d'information",
        status=ActivityStatus.ACTIVE,
        last_review=date(2026, 2, 1),
        purposes=(r.Purpose(description="Envoyer la lettre d'information", legal_basis="consent"),),
        data_subjects=(r.DataSubject(code="customers"),),
        data_categories=(r.DataCategory(code="civil_status"),),
        recipients=(r.CodedItem(code="processors", precision="Mailer Inc."),),
        subprocessor_uids=(MAILER,),
        transfers=(
            r.Transfer(
                recipient="Mailer Inc.", country="US", tool="scc", tia_reference="AIT-2025-02", subprocessor_uid=MAILER
            ),
        ),
        retention=(r.RetentionRule(category="civil_status", active=years(3), start_event="end_of_relationship"),),
        **STAMPS,
    )


def hosting() -> r.Activity:
    return r.Activity(
        uid="00000000-0000-4000-8000-0000000a0003",
        reference=HOSTING,
        name="Hébergement des dossiers patients",
        role=ActivityRole.PROCESSOR,
        client_uid=CLIENT,
        status=ActivityStatus.ACTIVE,
        last_review=date(2026, 4, 1),
        description="Hébergement et maintenance du logiciel de dossier patient de la clinique",
        data_subjects=(r.DataSubject(code="patients"),),
        data_categories=(r.DataCategory(code="health"),),
        subprocessor_uids=(HOST,),
        **STAMPS,
    )


def clean() -> r.Snapshot:
    return r.Snapshot(
        organisation=r.Organisation(identity=contact("Société Exemple SAS"), dpo=contact("Claire Martin"),
                                    dpo_status=DpoStatus.DESIGNATED),
        controllers=(r.Controller(uid=CLIENT, contact=contact("Clinique du Parc"), **STAMPS),),
        measures=measures(),
        subprocessors=subprocessors(),
        activities=(payroll(), newsletter(), hosting()),
    )


def with_activity(snapshot: r.Snapshot, reference: str, **changes: Any) -> r.Snapshot:
    activities = tuple(
        dataclasses.replace(a, **changes) if a.reference == reference else a for a in snapshot.activities
    )
    return dataclasses.replace(snapshot, activities=activities)


def with_subprocessor(snapshot: r.Snapshot, uid: str, **changes: Any) -> r.Snapshot:
    subs = tuple(dataclasses.replace(s, **changes) if s.uid == uid else s for s in snapshot.subprocessors)
    return dataclasses.replace(snapshot, subprocessors=subs)


def with_organisation(snapshot: r.Snapshot, **changes: Any) -> r.Snapshot:
    return dataclasses.replace(snapshot, organisation=dataclasses.replace(snapshot.organisation, **changes))


def activity(snapshot: r.Snapshot, reference: str) -> r.Activity:
    return next(a for a in snapshot.activities if a.reference == reference)


def hits(snapshot: r.Snapshot, code: str, today: date = TODAY) -> list[Finding]:
    return [f for f in check_snapshot(snapshot, today=today) if f.code == code]


def where(findings: list[Finding]) -> list[tuple[str, str]]:
    """(object reference, field) of each finding: what the user sees to find the problem."""
    return [(f.object_ref, f.field) for f in findings]


BREACH = "00000000-0000-4000-8000-0000000000b1"
REQUEST = "00000000-0000-4000-8000-0000000000d1"


def with_breach(**changes: Any) -> r.Snapshot:
    """The clean register with one breach, V-01."""
    found = r.Breach(uid=BREACH, **STAMPS, reference="V-01", title="Rançongiciel", **changes)
    return dataclasses.replace(clean(), breaches=(found,))


def with_request(**changes: Any) -> r.Snapshot:
    """The clean register with one access request, D-01."""
    asked = r.RightsRequest(uid=REQUEST, **STAMPS, reference="D-01", requester="J. Martin", request_type="access",
                            **changes)  # fmt: skip
    return dataclasses.replace(clean(), rights_requests=(asked,))
