"""A small but complete register built through the services, for the workbook tests: a controller
activity with sensitive data, a transfer and hostile text, and a processor activity for a client."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    CnilHeading,
    ContractStatus,
    DpiaConclusion,
    DpoStatus,
    DurationUnit,
    FinalFate,
    MeasureStatus,
)
from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.measures import create_measure
from register_app.services.organisation import create_controller, update_organisation
from register_app.services.registers import new_register
from register_app.services.subprocessors import create_subprocessor
from register_app.store.register_file import RegisterFile

HOSTILE = "=HYPERLINK(\"http://evil.example\";\"clic\")"


def build_sample(path: Path) -> RegisterFile:
    reg = new_register(path, organisation="Atelier Numérique SAS", author="tests", with_catalogue=False)
    update_organisation(reg, data=r.Organisation(
        identity=r.Contact(name="Atelier Numérique SAS", address="12 rue des Lilas", postcode="69003", city="Lyon",
                           country="FR", phone="04 00 00 00 00", email="contact@atelier.example"),
        siren="123456789",
        dpo_status=DpoStatus.DESIGNATED,
        dpo=r.Contact(name="Claire Martin", email="dpo@atelier.example", phone="04 11 11 11 11"),
        dpo_company="DPO Conseil SARL",
    ))  # fmt: skip
    client = create_controller(reg, data=r.ControllerInput(
        contact=r.Contact(name="Clinique du Parc", city="Lyon", country="FR", email="dpo@clinique.example"),
        dpo_name="Dr Paul Roux", dpo_contact="dpo@clinique.example"))  # fmt: skip
    mfa = create_measure(reg, data=r.MeasureInput(name="Authentification à deux facteurs",
                                                  heading=CnilHeading.ACCESS_CONTROL, description="TOTP pour tous"))
    backup = create_measure(reg, data=r.MeasureInput(name="Sauvegardes chiffrées", heading=CnilHeading.BACKUP,
                                                     status=MeasureStatus.PLANNED, evidence="PV de test 2025"))
    host = create_subprocessor(reg, data=r.SubprocessorInput(
        name="CloudUS Inc.", service="Hébergement", country="US",
        countries=(r.HostingCountry(country="US"),), transfer_tool="scc", transfer_detail="CCT module 2",
        contract_status=ContractStatus.SIGNED, contract_signed=date(2024, 3, 1), contract_reference="DPA-7",
        certifications=(r.Certification(kind="iso27001", scope="Hébergement", expires=date(2026, 6, 30)),),
        notes="Note interne sous-traitant"))  # fmt: skip
    create_activity(reg, data=r.ActivityInput(
        reference="T-001", name="Gestion de la paie", description="Paie mensuelle des salariés",
        status=ActivityStatus.ACTIVE, department="RH", owner_name="Jeanne", software="PayFit",
        purposes=(r.Purpose(description="Calcul des salaires", legal_basis="legal_obligation"),
                  r.Purpose(description=HOSTILE, legal_basis="contract")),
        data_subjects=(r.DataSubject(code="employees", precision="CDI et CDD", estimated_count=40),),
        data_categories=(r.DataCategory(code="civil_status", description="Nom, prénom"),
                         r.DataCategory(code="nir", description="NIR des salariés"),
                         r.DataCategory(code="health", description="Arrêts maladie")),
        art9_condition="employment_social_security", nir_justification="Déclarations sociales (DSN)",
        recipients=(r.CodedItem(code="internal_service", precision="Service RH"),),
        subprocessor_uids=(host.uid,),
        transfers=(r.Transfer(recipient="Banque d'Andorre", country="AD", tool="adequacy", documentation="Contrat"),),
        retention=(r.RetentionRule(category="civil_status", active=r.Duration(value=5, unit=DurationUnit.YEARS),
                                   start_event="end_of_employment", final_fate=FinalFate.DELETE),),
        measures=(r.MeasureLink(measure_uid=mfa.uid, note="Sur le logiciel de paie"),
                  r.MeasureLink(measure_uid=backup.uid)),
        dpia=r.Dpia(criteria=("sensitive_data",), conclusion=DpiaConclusion.NOT_REQUIRED, reason="Moins de 250"),
        notes="Note interne : revoir en 2026",
    ))  # fmt: skip
    create_activity(reg, data=r.ActivityInput(
        reference="T-002", name="Hébergement des dossiers patients [client]", role=ActivityRole.PROCESSOR,
        client_uid=client.uid, purposes=(r.Purpose(description="Héberger les dossiers pour la clinique"),),
        data_categories=(r.DataCategory(code="health"),), measures=(r.MeasureLink(measure_uid=backup.uid),),
    ))  # fmt: skip
    return reg
