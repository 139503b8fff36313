"""Demo register, activities: human resources."""

from __future__ import annotations

from register_app.domain.enums import (
    ActivityStatus,
    DpiaConclusion,
    DpiaStatus,
    FinalFate,
)
from register_app.services import records as r
from register_app.services.demo.common import DemoIds, staff, years


def hr_activities(ids: DemoIds) -> list[r.ActivityInput]:
    owner, email = staff("Sophie Guérin")
    payroll = r.ActivityInput(
        reference="T-001",
        name="Gestion de la paie et administration du personnel",
        description=(
            "Établissement des bulletins de paie, déclarations sociales nominatives (DSN), gestion des "
            "absences, congés et arrêts de travail, adhésion à la complémentaire santé et à la prévoyance "
            "pour les 41 salariés. La production de la paie est confiée au cabinet Ardoise Expertise."
        ),
        department="Administration et finances",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Portail de paie d'Ardoise Expertise ; module congés et absences du SIRH interne",
        last_review=ids.months_ago(3),
        purposes=(
            r.Purpose(
                description="Calcul et versement des salaires, édition et remise des bulletins de paie",
                legal_basis="contract",
                legal_basis_note="Contrat de travail ; Code du travail, art. L.3243-2 (remise du bulletin)",
            ),
            r.Purpose(
                description="Déclarations sociales et fiscales (DSN, prélèvement à la source)",
                legal_basis="legal_obligation",
                legal_basis_note="Code de la sécurité sociale, art. L.133-5-3 ; CGI, art. 204 A et suivants",
            ),
            r.Purpose(
                description="Suivi des absences, congés et arrêts de travail, subrogation des indemnités",
                legal_basis="legal_obligation",
                legal_basis_note="Code du travail (congés payés) ; convention collective Syntec (maintien de salaire)",
            ),
            r.Purpose(
                description="Affiliation à la complémentaire santé et à la prévoyance collectives",
                legal_basis="legal_obligation",
                legal_basis_note="Code de la sécurité sociale, art. L.911-7 (couverture santé obligatoire)",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="employees",
                precision="Salariés en CDI et CDD, alternants et stagiaires gratifiés",
                estimated_count=41,
            ),
            r.DataSubject(
                code="other",
                precision="Ayants droit des salariés (conjoint, enfants) couverts par la mutuelle",
                estimated_count=35,
            ),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Nom, prénoms, adresse, date et lieu de naissance, situation familiale",
            ),
            r.DataCategory(
                code="professional_life",
                description="Poste, coefficient Syntec, date d'entrée, temps de travail, entretiens annuels",
            ),
            r.DataCategory(
                code="economic_financial",
                description="Salaire, primes, IBAN, taux de prélèvement à la source, saisies sur salaire",
            ),
            r.DataCategory(code="nir", description="NIR du salarié pour la DSN et l'affiliation aux organismes"),
            r.DataCategory(
                code="health",
                description=(
                    "Arrêts de travail (dates, maladie ou accident du travail), sans diagnostic ; "
                    "reconnaissance de la qualité de travailleur handicapé lorsque le salarié la déclare"
                ),
            ),
        ),
        art9_condition="employment_social_security",
        art9_justification=(
            "Traitement nécessaire aux obligations de l'employeur en matière de droit du travail et de "
            "sécurité sociale (indemnisation des arrêts, obligation d'emploi des travailleurs handicapés). "
            "Aucun diagnostic n'est collecté : un volet médical transmis par erreur est détruit."
        ),
        nir_justification=(
            "Usage du NIR par l'employeur pour les déclarations sociales et les échanges avec les "
            "organismes de protection sociale, prévu par le décret n° 2019-341 du 19 avril 2019 (décret "
            "« cadre NIR »). Le NIR n'apparaît que dans la DSN et les bulletins d'adhésion à la mutuelle."
        ),
        data_sources=(
            r.CodedItem(code="data_subject", precision="Fiche d'embauche et justificatifs remis par le salarié"),
            r.CodedItem(code="internal", precision="Absences validées par les managers dans le SIRH"),
            r.CodedItem(code="third_party", precision="Taux de prélèvement à la source transmis par la DGFiP"),
        ),
        recipients=(
            r.CodedItem(
                code="internal_service",
                precision="Responsable administrative et financière ; Présidente (masse salariale agrégée)",
            ),
            r.CodedItem(code="processors", precision="Ardoise Expertise (production de la paie et des DSN)"),
            r.CodedItem(
                code="public_authorities",
                precision="URSSAF, DGFiP, caisses de retraite complémentaire, France Travail (via la DSN)",
            ),
            r.CodedItem(code="partners", precision="Organismes de complémentaire santé et de prévoyance"),
        ),
        subprocessor_uids=ids.subs("ardoise"),
        retention=(
            r.RetentionRule(
                category="economic_financial",
                archive=years(5),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="À compter du versement de la paie du mois concerné",
                source="Code du travail, art. L.3243-4",
                reference_code="payslips",
            ),
            r.RetentionRule(
                category="civil_status",
                archive=years(5),
                start_event="end_of_employment",
                final_fate=FinalFate.DELETE,
                source="Code du travail, art. R.1221-26 (registre unique du personnel)",
                reference_code="staff_register",
            ),
            r.RetentionRule(
                category="professional_life",
                archive=years(5),
                start_event="end_of_employment",
                final_fate=FinalFate.DELETE,
                source="Prescription des actions relatives au contrat de travail ; référentiel CNIL gestion du "
                "personnel (2019)",
            ),
            r.RetentionRule(
                category="nir",
                archive=years(5),
                start_event="end_of_employment",
                final_fate=FinalFate.DELETE,
                source="Délais de contrôle des organismes sociaux ; référentiel CNIL gestion du personnel (2019)",
            ),
            r.RetentionRule(
                category="health",
                active=years(3),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="À compter de la fin de l'arrêt de travail",
                source="Code du travail, art. L.3245-1 (prescription triennale des salaires)",
            ),
        ),
        measures=(
            ids.measure("access_rights_review", "Portail de paie ouvert à la seule RAF ; droits revus chaque semestre"),
            ids.measure("mfa", "Double authentification activée sur le portail de paie du cabinet"),
            ids.measure("secure_file_exchange", "Variables de paie déposées sur le portail, jamais par courriel"),
            ids.measure("paper_records_security", "Dossiers du personnel dans une armoire fermée, bureau de la RAF"),
            ids.measure("dpa_subprocessor_audits", "Contrat art. 28 avec Ardoise Expertise ; questionnaire annuel"),
            ids.measure("data_minimisation", "Arrêts de travail enregistrés sans le volet médical"),
            ids.measure("retention_purge", "Purge annuelle des dossiers des salariés partis depuis plus de 5 ans"),
            ids.measure("access_logging", "Le portail de paie trace les consultations et modifications des dossiers"),
            ids.measure("encrypted_offsite_backups", "Sauvegardes du portail de paie assurées par le cabinet"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "vulnerable_subjects"),
            list_match="ex_hr_small_org",
            conclusion=DpiaConclusion.EXEMPT,
            reason=(
                "Gestion du personnel d'un organisme de moins de 250 salariés, sans profilage : traitement "
                "figurant sur la liste CNIL des traitements dispensés d'AIPD (délibération n° 2019-118)."
            ),
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )

    owner, email = staff("Julie Bernier")
    recruitment = r.ActivityInput(
        reference="T-002",
        name="Recrutement des salariés, stagiaires et alternants",
        description=(
            "Diffusion des offres, réception et examen des candidatures, organisation des entretiens et des "
            "exercices techniques, constitution d'un vivier de candidats avec leur accord."
        ),
        department="Ressources humaines",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Recrutis (logiciel de suivi des candidatures) ; page carrières du site",
        last_review=ids.months_ago(5),
        purposes=(
            r.Purpose(
                description="Examen des candidatures et conduite des entretiens de recrutement",
                legal_basis="contract",
                legal_basis_note="Mesures précontractuelles prises à la demande du candidat",
            ),
            r.Purpose(
                description="Constitution d'un vivier de candidats pour des postes ultérieurs",
                legal_basis="consent",
                legal_basis_note="Accord demandé par courriel au candidat non retenu ; retrait possible à tout moment",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="candidates",
                precision="Candidats à un emploi, un stage ou une alternance (environ 450 candidatures par an)",
                estimated_count=450,
            ),
        ),
        data_categories=(
            r.DataCategory(code="civil_status", description="Nom, prénom, coordonnées"),
            r.DataCategory(
                code="professional_life",
                description="CV, lettre de motivation, diplômes, expériences, résultats de l'exercice technique, "
                "appréciations des recruteurs",
            ),
            r.DataCategory(code="economic_financial", description="Prétentions salariales"),
        ),
        data_sources=(
            r.CodedItem(code="data_subject", precision="Candidatures via la page carrières ou par courriel"),
            r.CodedItem(code="third_party", precision="Sites d'emploi et jobboards d'écoles (multidiffusion)"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Chargée RH, managers recruteurs, Présidente"),
            r.CodedItem(code="processors", precision="Recrutis (hébergement des candidatures)"),
        ),
        subprocessor_uids=ids.subs("recrutis"),
        retention=(
            r.RetentionRule(
                category="civil_status",
                active=years(2),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                criterion="Candidat non retenu ; dossier du candidat recruté versé au dossier du personnel",
                source="CNIL, référentiel gestion du personnel (2019)",
                reference_code="candidates_unsuccessful",
            ),
            r.RetentionRule(
                category="professional_life",
                active=years(2),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                source="CNIL, référentiel gestion du personnel (2019)",
                reference_code="candidates_unsuccessful",
            ),
            r.RetentionRule(
                category="economic_financial",
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="Supprimées à la clôture du recrutement pour le poste concerné",
                source="Principe de minimisation (RGPD, art. 5.1.c et 5.1.e)",
            ),
        ),
        measures=(
            ids.measure("access_rights_review", "Chaque manager ne voit que les candidatures de ses postes"),
            ids.measure("mfa", "Double authentification obligatoire sur Recrutis"),
            ids.measure("retention_purge", "Purge automatique Recrutis 24 mois après le dernier contact"),
            ids.measure("data_minimisation", "Formulaire limité au CV, à la lettre et aux coordonnées"),
            ids.measure("dpa_subprocessor_audits", "Contrat art. 28 signé avec Recrutis"),
        ),
        dpia=r.Dpia(
            criteria=("vulnerable_subjects",),
            list_match="ex_hr_small_org",
            conclusion=DpiaConclusion.EXEMPT,
            reason="Recrutement sans profilage ni décision automatisée, organisme de moins de 250 salariés.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )
    return [payroll, recruitment]
