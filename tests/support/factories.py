"""Records with every field set to a non-default value, to prove that each one is stored, read
back and carried through exports and imports."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    AuthorityNotification,
    CnilHeading,
    ContractStatus,
    CountryRole,
    DpiaConclusion,
    DpiaStatus,
    DpoStatus,
    DurationUnit,
    FinalFate,
    IdentityCheck,
    MeasureCategory,
    MeasureStatus,
    RequestStatus,
    SubjectsInformation,
    SubprocessorRole,
)
from register_app.services import records as r


def full_organisation() -> r.Organisation:
    return r.Organisation(
        identity=r.Contact(
            name="Écoles Œuvre « Lumière » SAS",
            address="3 rue de l'Église",
            postcode="75011",
            city="Paris",
            country="FR",
            phone="+33 1 23 45 67 89",
            email="contact@lumiere.example",
        ),
        siren="552100554",
        representative=r.Contact(
            name="Rep Ltd",
            address="1 Main St",
            postcode="D02",
            city="Dublin",
            country="IE",
            phone="+353 1 000",
            email="rep@example.ie",
        ),
        dpo_status=DpoStatus.DESIGNATED,
        dpo=r.Contact(
            name="Zoë Łukasiewicz",
            address="8 quai Ş",
            postcode="69002",
            city="Lyon",
            country="FR",
            phone="+33 4 00",
            email="dpo@cabinet.example",
        ),
        dpo_company="Cabinet Conformité",
        dpo_not_designated_reason="(sans objet)",
    )


def full_controller() -> r.ControllerInput:
    return r.ControllerInput(
        contact=r.Contact(
            name="Clinique Saint-Éloi",
            address="2 av. Foch",
            postcode="13001",
            city="Marseille",
            country="FR",
            phone="+33 4 91",
            email="dpo@clinique.example",
        ),
        representative_name="Représentant UE",
        representative_contact="rep@clinique.example",
        dpo_name="Dr Ana Horváth",
        dpo_contact="ana@clinique.example",
        notes="Client depuis 2021",
    )


def full_measure() -> r.MeasureInput:
    return r.MeasureInput(
        name="Chiffrement des sauvegardes",
        heading=CnilHeading.ENCRYPTION,
        category=MeasureCategory.TECHNICAL,
        description="AES-256, clés dans un coffre",
        status=MeasureStatus.PLANNED,
        evidence="PV-2024-12",
        review_date=date(2025, 6, 30),
        organisation_wide=True,
        reference="Guide CNIL 2024, fiche 21",
        catalogue_code="encryption_at_rest",
    )


def full_subprocessor(*, uses: tuple[str, ...] = (), measures: tuple[str, ...] = ()) -> r.SubprocessorInput:
    return r.SubprocessorInput(
        name="Nuage Santé SAS",
        service="Hébergement HDS",
        contact_name="Jérôme",
        contact_email="j@nuage.example",
        contact_phone="+33 5",
        address="ZA du Parc",
        postcode="31000",
        city="Toulouse",
        country="FR",
        countries=(r.HostingCountry(country="FR"), r.HostingCountry(country="US", role=CountryRole.ACCESS)),
        role=SubprocessorRole.SUB_PROCESSOR,
        contract_status=ContractStatus.SIGNED,
        contract_signed=date(2024, 1, 2),
        contract_review=date(2026, 1, 2),
        contract_reference="DPA-7",
        transfer_tool="scc",
        transfer_detail="Module 3",
        dpf_certified=True,
        certifications=(
            r.Certification(
                kind="hds",
                name="HDS v2",
                scope="Hébergement",
                hds_scopes=("physical_sites", "offsite_backup"),
                issuer="AFNOR",
                reference="HDS-123",
                valid_from=date(2024, 1, 1),
                expires=date(2027, 1, 1),
            ),
            r.Certification(kind="iso27001", issuer="BSI", expires=date(2026, 5, 1)),
        ),
        uses_uids=uses,
        measure_uids=measures,
        notes="Audit prévu",
    )


def full_activity(
    *,
    client: str | None = None,
    joint: tuple[str, ...] = (),
    subprocessors: tuple[str, ...] = (),
    measures: tuple[str, ...] = (),
    reference: str = "RH-01",
) -> r.ActivityInput:
    return r.ActivityInput(
        reference=reference,
        name="Gestion de la paie",
        description="Calcul et versement des salaires",
        role=ActivityRole.PROCESSOR,
        client_uid=client,
        joint_controller_uids=joint,
        department="RH",
        owner_name="Agnès",
        owner_email="agnes@lumiere.example",
        status=ActivityStatus.ACTIVE,
        software="Silae",
        last_review=date(2025, 9, 1),
        purposes=(
            r.Purpose(description="Paie", legal_basis="legal_obligation", legal_basis_note="Code du travail"),
            r.Purpose(
                description="Statistiques RH",
                legal_basis="legitimate_interest",
                legitimate_interest="Pilotage",
                balancing_test="Données agrégées",
            ),
        ),
        data_subjects=(r.DataSubject(code="employees", precision="CDI et CDD", estimated_count=40),),
        data_categories=(
            r.DataCategory(code="civil_status", description="Nom, prénom"),
            r.DataCategory(code="nir", description="NIR"),
            r.DataCategory(code="health", description="Arrêts maladie"),
            r.DataCategory(code="criminal_convictions", description="Extrait de casier"),
        ),
        art9_condition="employment_social_security",
        art9_justification="Art. 9.2.b",
        art10_justification="Contrôle d'honorabilité prévu par la loi",
        nir_justification="Déclarations sociales",
        data_sources=(r.CodedItem(code="data_subject", precision="Formulaire d'embauche"),),
        recipients=(r.CodedItem(code="internal_service", precision="Service paie"),),
        subprocessor_uids=subprocessors,
        transfers=(
            r.Transfer(
                recipient="Support",
                country="MA",
                tool="scc",
                tool_detail="Module 2",
                documentation="https://x",
                tia_reference="TIA-1",
                subprocessor_uid=subprocessors[0] if subprocessors else None,
            ),
        ),
        retention=(
            r.RetentionRule(
                category="civil_status",
                active=r.Duration(value=5, unit=DurationUnit.YEARS),
                archive=r.Duration(value=13, unit=DurationUnit.MONTHS),
                start_event="end_of_employment",
                final_fate=FinalFate.ARCHIVE,
                source="Code du travail",
                reference_code="payslips",
            ),
            r.RetentionRule(category="health", criterion="Jusqu'à la fin de l'arrêt", final_fate=FinalFate.DELETE),
        ),
        measures=tuple(r.MeasureLink(measure_uid=uid, note=f"note {i}") for i, uid in enumerate(measures)),
        dpia=r.Dpia(
            criteria=("sensitive_data", "vulnerable_subjects"),
            list_match="req_hr_profiling",
            conclusion=DpiaConclusion.REQUIRED,
            reason="Deux critères",
            status=DpiaStatus.DONE,
            completed_on=date(2025, 3, 3),
            reference="AIPD-01",
        ),
        notes="Note interne",
    )


def full_breach(*, activities: tuple[str, ...] = (), subprocessors: tuple[str, ...] = ()) -> r.BreachInput:
    """A breach with every field set to a value other than its default."""
    paris = ZoneInfo("Europe/Paris")
    return r.BreachInput(
        reference="V-2026-01",
        title="Envoi d'un fichier de paie au mauvais destinataire",
        discovered_at=datetime(2026, 3, 27, 18, 30, tzinfo=paris),
        started_at=datetime(2026, 3, 27, 9, 15, tzinfo=paris),
        ended_at=datetime(2026, 3, 27, 17, 0, tzinfo=paris),
        description="Un courriel contenant l'export de paie a été adressé à un prestataire.",
        natures=("confidentiality", "integrity"),
        cause="internal_accidental",
        data_categories=("civil_status", "economic_financial"),
        subject_categories=("employees",),
        people_count=42,
        records_count=126,
        activity_uids=activities,
        subprocessor_uids=subprocessors,
        consequences="Divulgation des salaires à un tiers.",
        measures_taken="Demande de suppression confirmée par écrit.",
        measures_planned="Chiffrement des exports de paie.",
        risk_level="risk",
        authority_status=AuthorityNotification.NOTIFIED,
        authority_notified_at=datetime(2026, 3, 31, 10, 0, tzinfo=UTC),
        authority_reference="CNIL-2026-123456",
        delay_reason="Périmètre établi le 30 mars seulement.",
        not_notified_reason="(sans objet)",
        subjects_status=SubjectsInformation.INFORMED,
        subjects_informed_on=date(2026, 4, 1),
        subjects_informed_how="Courriel individuel",
        not_informed_reason="(sans objet)",
        notes="Voir le ticket 4711.",
    )


def full_request() -> r.RightsRequestInput:
    """A rights request with every field set to a value other than its default."""
    return r.RightsRequestInput(
        reference="D-2026-07",
        requester="Jeanne Martin",
        requester_contact="jeanne.martin@example.org",
        request_type="access",
        channel="email",
        received_on=date(2026, 1, 31),
        identity_check=IdentityCheck.VERIFIED,
        extended=True,
        extension_reason="Données dispersées dans quatre applications.",
        status=RequestStatus.ANSWERED,
        answered_on=date(2026, 4, 15),
        answer_summary="Copie des données envoyée par courriel chiffré.",
        notes="Deuxième demande de la même personne.",
    )
