"""Registers for the PDF tests, built as snapshots directly (no register file needed): a regular
one with every block filled, and an extreme one (huge fields, long names, empty optional fields,
every special category, names from all over Europe)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from register_app.domain.catalogues import DATA_CATEGORIES, catalogue
from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    CnilHeading,
    ContractStatus,
    DpoStatus,
    DurationUnit,
    FinalFate,
    MeasureStatus,
)
from register_app.services import records as r

AT = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
EUROPEAN = "Łódź Žluťoučký kůň Ağrı Şişli Timișoara Ærøskøbing Œuvre « cœur » 12 € — l’été Ő ű ș ț"


def _stamp(uid: str, **values: object) -> dict[str, object]:
    return {"uid": uid, "created_at": AT, "updated_at": AT, **values}


def organisation() -> r.Organisation:
    return r.Organisation(
        identity=r.Contact(name="Atelier Numérique SAS", address="12 rue des Lilas", postcode="69003", city="Lyon",
                           country="FR", phone="04 00 00 00 00", email="contact@atelier.example"),
        siren="123456789",
        dpo_status=DpoStatus.DESIGNATED,
        dpo=r.Contact(name="Claire Martin", email="dpo@atelier.example", phone="04 11 11 11 11"),
        dpo_company="DPO Conseil SARL",
    )  # fmt: skip


def measures() -> tuple[r.Measure, ...]:
    return (
        r.Measure(**_stamp("m-mfa", name="Authentification à deux facteurs", heading=CnilHeading.ACCESS_CONTROL,
                           description="TOTP pour tous les comptes")),
        r.Measure(**_stamp("m-backup", name="Sauvegardes chiffrées hors site", heading=CnilHeading.BACKUP,
                           status=MeasureStatus.PLANNED, evidence="PV de test 2025")),
        r.Measure(**_stamp("m-charter", name="Charte informatique", heading=CnilHeading.OTHER,
                           organisation_wide=True, description="Signée par chaque salarié")),
    )  # fmt: skip


def subprocessors() -> tuple[r.Subprocessor, ...]:
    return (r.Subprocessor(**_stamp(
        "s-cloud", name="CloudUS Inc.", service="Hébergement", country="US",
        countries=(r.HostingCountry(country="US"),), transfer_tool="scc", transfer_detail="CCT module 2",
        contract_status=ContractStatus.SIGNED, contract_signed=date(2024, 3, 1), contract_reference="DPA-7",
        certifications=(r.Certification(kind="iso27001", scope="Hébergement", expires=date(2026, 6, 30)),
                        r.Certification(kind="hds", scope="Hébergement", expires=date(2024, 1, 31))),
    )),)  # fmt: skip


def client() -> r.Controller:
    return r.Controller(**_stamp("c-clinic", contact=r.Contact(name="Clinique du Parc", city="Lyon", country="FR"),
                                 dpo_name="Dr Paul Roux", dpo_contact="dpo@clinique.example"))  # fmt: skip


def activity(n: int, **overrides: object) -> r.Activity:
    values: dict[str, object] = {
        "reference": f"T-{n:03d}",
        "name": f"Gestion de la paie n°{n}",
        "status": ActivityStatus.ACTIVE,
        "description": "Paie mensuelle des salariés, déclarations sociales et fiscales.",
        "purposes": (r.Purpose(description=f"Calcul des salaires {n}", legal_basis="legal_obligation"),
                     r.Purpose(description="Prévention de la fraude", legal_basis="legitimate_interest",
                               legitimate_interest="Protéger l'entreprise")),
        "data_subjects": (r.DataSubject(code="employees", precision="CDI et CDD", estimated_count=40),),
        "data_categories": (r.DataCategory(code="civil_status", description="Nom, prénom"),
                            r.DataCategory(code="economic_financial", description="RIB, salaire")),
        "recipients": (r.CodedItem(code="internal_service", precision="Service RH"),),
        "subprocessor_uids": ("s-cloud",),
        "retention": (r.RetentionRule(category="civil_status", active=r.Duration(value=5, unit=DurationUnit.YEARS),
                                      start_event="end_of_employment", final_fate=FinalFate.DELETE),),
        "measures": (r.MeasureLink(measure_uid="m-mfa", note="Portail RH"), r.MeasureLink(measure_uid="m-backup")),
        "notes": "Note interne à ne pas transmettre",
    }  # fmt: skip
    values.update(overrides)
    return r.Activity(**_stamp(f"a-{n}", **values))


def snapshot(count: int = 3) -> r.Snapshot:
    activities = [activity(n) for n in range(1, count + 1)]
    if count >= 3:
        activities[2] = activity(3, role=ActivityRole.PROCESSOR, client_uid="c-clinic",
                                 name="Hébergement des dossiers patients")  # fmt: skip
    return r.Snapshot(organisation=organisation(), controllers=(client(),), measures=measures(),
                      subprocessors=subprocessors(), activities=tuple(activities), taken_at=AT)  # fmt: skip


def extreme_snapshot(count: int = 500) -> r.Snapshot:
    every_category = tuple(r.DataCategory(code=e.code, description=f"{e.fr} — {EUROPEAN}")
                           for e in catalogue(DATA_CATEGORIES))  # fmt: skip
    huge = ("Très long champ « libre » avec des accents, œ et € ; " * 200)[:10_000]
    long_name = ("Traitement au nom démesurément long pour éprouver la mise en page " * 4)[:200]
    activities = [activity(n, name=f"{EUROPEAN} {n}") for n in range(1, count + 1)]
    activities[0] = activity(
        1,
        name=long_name,
        description=huge,
        data_categories=every_category,
        art9_condition="explicit_consent",
        nir_justification=huge[:500],
    )
    activities[1] = r.Activity(**_stamp("a-empty", reference="T-002", name="Fiche minimale",
                                        status=ActivityStatus.ACTIVE))  # fmt: skip
    activities[2] = activity(3, name="x" * 200, notes=huge)
    return r.Snapshot(organisation=organisation(), controllers=(client(),), measures=measures(),
                      subprocessors=subprocessors(), activities=tuple(activities), taken_at=AT)  # fmt: skip
