"""Demo register, activities: processing carried out for clients (the processor register)."""

from __future__ import annotations

from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    DpiaConclusion,
    DpiaStatus,
    FinalFate,
)
from register_app.services import records as r
from register_app.services.demo.common import DemoIds, days, months, staff, years


def processor_activities(ids: DemoIds) -> list[r.ActivityInput]:
    owner, email = staff("Pierre-Alexis Tessier")
    ops_owner, ops_email = staff("Yann Quéméner")
    patient_file = r.ActivityInput(
        reference="T-013",
        name="Hébergement, maintenance et infogérance du dossier patient informatisé",
        description=(
            "Mise à disposition de Solvéa Dossier en mode SaaS pour la Polyclinique du Val d'Oudon : "
            "hébergement chez Hexacloud Santé (certifié HDS), maintenance corrective et évolutive, support "
            "de niveau 2, sauvegardes et réversibilité, sur instruction documentée de la Polyclinique "
            "(contrat de services, annexe « protection des données »)."
        ),
        role=ActivityRole.PROCESSOR,
        client_uid=ids.controllers["polyclinique"],
        department="Infrastructure et sécurité",
        owner_name=ops_owner,
        owner_email=ops_email,
        status=ActivityStatus.ACTIVE,
        software="Solvéa Dossier",
        last_review=ids.months_ago(2),
        purposes=(
            r.Purpose(
                description="Tenue du dossier patient informatisé des patients hospitalisés et consultants",
                legal_basis="legal_obligation",
                legal_basis_note="Base légale retenue par la Polyclinique : Code de la santé publique, art. R.1112-2",
            ),
            r.Purpose(
                description="Maintenance, support de niveau 2 et assistance à l'utilisation du logiciel",
                legal_basis="contract",
                legal_basis_note="Contrat de services conclu avec la Polyclinique",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="patients", precision="Patients hospitalisés et consultants externes", estimated_count=38000
            ),
            r.DataSubject(
                code="other",
                precision="Professionnels de santé et personnels de la Polyclinique utilisateurs du logiciel",
                estimated_count=420,
            ),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Identité du patient et traits INS, coordonnées, personne de confiance",
            ),
            r.DataCategory(
                code="health",
                description="Antécédents, observations, prescriptions, comptes rendus opératoires, résultats",
            ),
            r.DataCategory(code="nir", description="NIR utilisé comme matricule de l'identité nationale de santé"),
            r.DataCategory(code="connection", description="Journaux d'accès des utilisateurs aux dossiers"),
        ),
        art9_condition="health_care",
        art9_justification=(
            "Données traitées pour la prise en charge sanitaire des patients par des professionnels soumis "
            "au secret (RGPD, art. 9.2.h ; Code de la santé publique, art. L.1110-4)."
        ),
        nir_justification=(
            "Le NIR sert de matricule INS, dont le référencement est obligatoire pour les établissements de "
            "santé (Code de la santé publique, art. L.1111-8-1 et R.1111-8-1 et suivants)."
        ),
        data_sources=(
            r.CodedItem(code="third_party", precision="Saisies des professionnels de la Polyclinique"),
            r.CodedItem(code="generated", precision="Journaux d'accès produits par le logiciel"),
        ),
        recipients=(
            r.CodedItem(
                code="internal_service",
                precision="Exploitation et support de niveau 2 (8 personnes habilitées), à la demande du client",
            ),
            r.CodedItem(code="processors", precision="Hexacloud Santé (hébergeur HDS) et DataCampus Nord"),
        ),
        subprocessor_uids=ids.subs("hexacloud", "datacampus"),
        retention=(
            r.RetentionRule(
                category="health",
                archive=years(20),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                criterion="Selon les instructions de la Polyclinique ; restitution puis destruction en fin de contrat",
                source="Code de la santé publique, art. R.1112-7",
                reference_code="hospital_medical_records",
            ),
            r.RetentionRule(
                category="civil_status",
                archive=years(20),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                source="Code de la santé publique, art. R.1112-7",
                reference_code="hospital_medical_records",
            ),
            r.RetentionRule(
                category="nir",
                archive=years(20),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                source="Code de la santé publique, art. R.1112-7",
                reference_code="hospital_medical_records",
            ),
            r.RetentionRule(
                category="connection",
                active=months(12),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                source="CNIL, recommandation relative aux mesures de journalisation (2021)",
                reference_code="security_logs",
            ),
        ),
        measures=(
            ids.measure("hds_hosting", "Hexacloud Santé certifié HDS sur les activités 2 à 6, DataCampus sur la 1"),
            ids.measure("encryption_at_rest", "Base et stockage objet chiffrés, clé propre à la Polyclinique"),
            ids.measure("encrypted_offsite_backups", "Sauvegarde quotidienne vers le second site d'Hexacloud"),
            ids.measure("backup_restore_tests", "Restauration complète testée chaque trimestre, PV transmis au client"),
            ids.measure("access_logging", "Toute consultation d'un dossier est tracée et consultable par le DIM"),
            ids.measure("mfa", "Double authentification des comptes d'administration et du support"),
            ids.measure("separate_test_environments", "Recette sur données fictives, jamais de copie de production"),
            ids.measure("end_of_contract_data_return", "Réversibilité : export HPRIM/PDF puis destruction attestée"),
            ids.measure("business_continuity_plan", "PRA testé annuellement avec la Polyclinique"),
            ids.measure("key_management", "Clés de chiffrement dans le coffre d'Hexacloud, rotation annuelle"),
            ids.measure("own_psc", "Déploiement prévu pour les praticiens de la Polyclinique"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "large_scale", "vulnerable_subjects"),
            list_match="req_health_care_establishments",
            conclusion=DpiaConclusion.REQUIRED,
            reason="AIPD menée par la Polyclinique, responsable du traitement ; Solvéa a fourni les éléments.",
            status=DpiaStatus.DONE,
            completed_on=ids.months_ago(18),
            reference="AIPD de la Polyclinique « DPI v2 », annexée au contrat",
        ),
        notes="Interlocuteur technique côté client : DSI de la Polyclinique. Revue conjointe annuelle.",
    )

    booking = r.ActivityInput(
        reference="T-014",
        name="Prise de rendez-vous en ligne et rappels aux patients",
        description=(
            "Mise à disposition de Solvéa Agenda pour le Centre médical des Trois-Moulins : prise de "
            "rendez-vous en ligne par les patients, agenda des praticiens et du secrétariat, rappels par "
            "SMS et courriel, synchronisation avec le logiciel de cabinet du centre."
        ),
        role=ActivityRole.PROCESSOR,
        client_uid=ids.controllers["trois_moulins"],
        department="Produit et développement",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Solvéa Agenda",
        last_review=ids.months_ago(4),
        purposes=(
            r.Purpose(
                description="Prise de rendez-vous en ligne et gestion des agendas des praticiens",
                legal_basis="contract",
                legal_basis_note="Retenue par le centre : mesures précontractuelles prises à la demande du patient",
            ),
            r.Purpose(
                description="Rappels de rendez-vous par SMS et courriel",
                legal_basis="legitimate_interest",
                legitimate_interest="Réduire les rendez-vous non honorés (retenu par le centre)",
                balancing_test=(
                    "Messages limités à la date, l'heure et l'adresse du centre, sans spécialité ni motif ; "
                    "rappels désactivables par le patient depuis son compte."
                ),
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="patients",
                precision="Patients du centre et proches prenant rendez-vous pour eux (enfant, parent)",
                estimated_count=24000,
            ),
            r.DataSubject(code="other", precision="Praticiens et secrétaires du centre", estimated_count=35),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Nom, prénom, date de naissance, téléphone mobile, adresse électronique",
            ),
            r.DataCategory(
                code="health",
                description="Motif de consultation (liste fermée par spécialité), praticien consulté, historique",
            ),
            r.DataCategory(code="connection", description="Journaux de connexion au compte patient"),
        ),
        art9_condition="health_care",
        art9_justification="Gestion des rendez-vous de soins par un centre de santé (RGPD, art. 9.2.h).",
        data_sources=(
            r.CodedItem(code="data_subject", precision="Saisie du patient lors de la prise de rendez-vous"),
            r.CodedItem(code="third_party", precision="Saisie du secrétariat du centre"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Support de niveau 2, sur demande du centre"),
            r.CodedItem(code="processors", precision="Hexacloud Santé (hébergement), Notifisanté (envoi des SMS)"),
        ),
        subprocessor_uids=ids.subs("hexacloud", "notifisante"),
        retention=(
            r.RetentionRule(
                category="civil_status",
                active=years(3),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                criterion="Compte patient supprimé après trois ans sans rendez-vous",
                source="Instructions documentées du centre (annexe au contrat)",
            ),
            r.RetentionRule(
                category="health",
                active=years(3),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                source="Instructions documentées du centre (annexe au contrat)",
            ),
            r.RetentionRule(
                category="connection",
                active=months(12),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                source="CNIL, recommandation relative aux mesures de journalisation (2021)",
                reference_code="security_logs",
            ),
        ),
        measures=(
            ids.measure("hds_hosting", "Agenda et rappels hébergés chez des prestataires certifiés HDS"),
            ids.measure("tls_https", "Pages publiques de rendez-vous en HTTPS uniquement"),
            ids.measure("password_hashing", "Mots de passe des comptes patients hachés avec Argon2id"),
            ids.measure("mfa", "Double authentification obligatoire pour les secrétariats et praticiens"),
            ids.measure("data_minimisation", "Motif facultatif, choisi dans une liste fermée par spécialité"),
            ids.measure("own_sync_ssl", "Connecteur vers le logiciel de cabinet du centre"),
            ids.measure("own_psc", "Prévu pour la connexion des praticiens du centre"),
            ids.measure("access_logging", "Consultations et modifications d'agenda tracées pour le centre"),
            ids.measure("encrypted_offsite_backups", "Sauvegarde quotidienne chiffrée sur le second site d'Hexacloud"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "large_scale", "vulnerable_subjects"),
            list_match="req_health_care_establishments",
            conclusion=DpiaConclusion.REQUIRED,
            reason="AIPD menée par le centre, responsable du traitement, avec l'assistance de Solvéa Santé.",
            status=DpiaStatus.DONE,
            completed_on=ids.months_ago(15),
            reference="AIPD du Centre médical des Trois-Moulins « Agenda en ligne »",
        ),
    )

    teleconsultation = r.ActivityInput(
        reference="T-015",
        name="Téléconsultation vidéo entre les praticiens et leurs patients",
        description=(
            "Mise à disposition de Solvéa Visio pour le Centre médical des Trois-Moulins : salle d'attente "
            "virtuelle, consultation vidéo non enregistrée, partage sécurisé d'ordonnances et de comptes "
            "rendus pendant la séance. Les flux vidéo passent par les serveurs de relais de Visiolien."
        ),
        role=ActivityRole.PROCESSOR,
        client_uid=ids.controllers["trois_moulins"],
        department="Produit et développement",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Solvéa Visio",
        last_review=ids.months_ago(3),
        purposes=(
            r.Purpose(
                description="Réalisation de téléconsultations vidéo",
                legal_basis="public_task",
                legal_basis_note="Retenue par le centre de santé (Code de la santé publique, art. L.6323-1)",
            ),
            r.Purpose(
                description="Partage de documents pendant la séance (ordonnances, comptes rendus)",
                legal_basis="public_task",
                legal_basis_note="Base légale retenue par le centre de santé",
            ),
        ),
        data_subjects=(
            r.DataSubject(code="patients", precision="Patients téléconsultant", estimated_count=3500),
            r.DataSubject(
                code="other", precision="Praticiens du centre pratiquant la téléconsultation", estimated_count=20
            ),
        ),
        data_categories=(
            r.DataCategory(code="civil_status", description="Nom, prénom, date de naissance, coordonnées"),
            r.DataCategory(
                code="health",
                description="Flux audio et vidéo en direct (non enregistrés), documents partagés pendant la séance",
            ),
            r.DataCategory(code="connection", description="Adresse IP, qualité de connexion, durée de la séance"),
        ),
        art9_condition="health_care",
        art9_justification="Téléconsultation réalisée par des professionnels de santé (RGPD, art. 9.2.h).",
        data_sources=(
            r.CodedItem(code="data_subject", precision="Patient, lors de la séance"),
            r.CodedItem(code="third_party", precision="Praticien du centre (documents partagés)"),
        ),
        recipients=(
            r.CodedItem(
                code="processors", precision="Hexacloud Santé (application), Visiolien (relais vidéo et documents)"
            ),
        ),
        # DELIBERATE GAP: Visiolien hosts the shared documents (health data) without HDS certification.
        subprocessor_uids=ids.subs("hexacloud", "visiolien"),
        retention=(
            r.RetentionRule(
                category="health",
                active=days(30),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="Documents versés au dossier du patient par le praticien, puis supprimés de la séance",
                source="Instructions documentées du centre (annexe au contrat)",
            ),
            r.RetentionRule(
                category="civil_status",
                active=years(3),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                source="Instructions documentées du centre (annexe au contrat)",
            ),
            r.RetentionRule(
                category="connection",
                active=months(12),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                source="CNIL, recommandation relative aux mesures de journalisation (2021)",
                reference_code="security_logs",
            ),
        ),
        measures=(
            ids.measure("tls_https", "Flux vidéo chiffrés (DTLS-SRTP), signalisation en TLS 1.3"),
            ids.measure("hds_hosting", "Application chez Hexacloud (HDS) ; Visiolien hors HDS, voir le plan d'action"),
            ids.measure("processor_due_diligence", "Audit de Visiolien en cours ; certification HDS annoncée"),
            ids.measure("encryption_at_rest", "Documents de séance chiffrés au repos"),
            ids.measure("access_logging", "Ouvertures des documents de séance tracées"),
            ids.measure("encrypted_offsite_backups", "Base applicative de Solvéa Visio sauvegardée chez Hexacloud"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "vulnerable_subjects", "innovative_use"),
            list_match="req_health_care_establishments",
            conclusion=DpiaConclusion.REQUIRED,
            reason="AIPD menée par le centre, responsable du traitement.",
            status=DpiaStatus.DONE,
            completed_on=ids.months_ago(12),
            reference="AIPD du Centre médical des Trois-Moulins « Téléconsultation »",
        ),
    )

    migration = r.ActivityInput(
        reference="T-016",
        name="Reprise des données de l'ancien logiciel de la maison de santé",
        description=(
            "Migration des dossiers patients et de l'historique des rendez-vous de la Maison de santé des "
            "Marais-Bretons depuis son ancien logiciel vers Solvéa Dossier. Migration terminée : fichiers "
            "sources restitués et fichiers intermédiaires détruits (procès-verbal de destruction)."
        ),
        role=ActivityRole.PROCESSOR,
        client_uid=ids.controllers["marais_bretons"],
        department="Produit et développement",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.RETIRED,
        software="Scripts de reprise de données ; Solvéa Dossier",
        last_review=ids.months_ago(5),
        purposes=(
            r.Purpose(
                description="Reprise des dossiers patients dans le nouveau logiciel",
                legal_basis="legal_obligation",
                legal_basis_note="Base légale retenue par la maison de santé : tenue du dossier médical",
            ),
        ),
        data_subjects=(
            r.DataSubject(code="patients", precision="Patientèle de la maison de santé", estimated_count=9000),
        ),
        data_categories=(
            r.DataCategory(code="civil_status", description="Identité et coordonnées des patients"),
            r.DataCategory(code="health", description="Contenu des dossiers médicaux et historique des rendez-vous"),
        ),
        art9_condition="health_care",
        art9_justification="Données de soins traitées pour le compte des professionnels de santé (art. 9.2.h).",
        data_sources=(
            r.CodedItem(code="third_party", precision="Export de l'ancien logiciel fourni par la maison de santé"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Deux ingénieurs habilités de l'équipe de reprise"),
            r.CodedItem(code="processors", precision="Hexacloud Santé (environnement de reprise)"),
        ),
        subprocessor_uids=ids.subs("hexacloud"),
        retention=(
            r.RetentionRule(
                category="health",
                active=months(1),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="Fichiers intermédiaires détruits un mois après la validation de la recette",
                source="Contrat de reprise de données",
            ),
            r.RetentionRule(
                category="civil_status",
                active=months(1),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="Fichiers intermédiaires détruits un mois après la validation de la recette",
                source="Contrat de reprise de données",
            ),
        ),
        measures=(
            ids.measure("secure_file_exchange", "Export transmis par SFTP, archive chiffrée"),
            ids.measure("secure_disposal", "Destruction des fichiers intermédiaires, procès-verbal remis au client"),
            ids.measure("hds_hosting", "Environnement de reprise chez Hexacloud Santé"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "vulnerable_subjects"),
            conclusion=DpiaConclusion.REQUIRED,
            reason="Opération couverte par l'AIPD du dossier patient de la maison de santé.",
            status=DpiaStatus.DONE,
            completed_on=ids.months_ago(8),
            reference="AIPD de la Maison de santé des Marais-Bretons « Dossier patient »",
        ),
        notes=f"Procès-verbal de destruction signé le {ids.months_ago(6).strftime('%d/%m/%Y')}.",
    )

    pilot = r.ActivityInput(
        reference="T-017",
        name="Pilote d'aide à la rédaction des comptes rendus de téléconsultation",
        description=(
            "Projet pilote avec quatre praticiens du Centre médical des Trois-Moulins : transcription "
            "automatique de la téléconsultation, avec l'accord du patient, et proposition d'un projet de "
            "compte rendu que le praticien corrige et valide. Modèle exécuté sur l'infrastructure HDS "
            "d'Hexacloud Santé, sans fournisseur d'IA tiers."
        ),
        role=ActivityRole.PROCESSOR,
        client_uid=ids.controllers["trois_moulins"],
        department="Produit et développement",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.DRAFT,
        software="Solvéa Visio, module de transcription (pilote)",
        last_review=ids.days_ago(20),
        purposes=(
            r.Purpose(
                description="Transcription de la séance et proposition d'un projet de compte rendu au praticien",
                legal_basis="consent",
                legal_basis_note="Consentement du patient recueilli par le praticien avant chaque séance",
            ),
        ),
        data_subjects=(
            r.DataSubject(code="patients", precision="Patients volontaires du pilote", estimated_count=300),
            r.DataSubject(code="other", precision="Praticiens participant au pilote", estimated_count=4),
        ),
        data_categories=(
            r.DataCategory(code="civil_status", description="Nom et prénom du patient"),
            r.DataCategory(
                code="health",
                description="Enregistrement audio temporaire, transcription, projet de compte rendu",
            ),
        ),
        art9_condition="explicit_consent",
        art9_justification=(
            "Consentement explicite du patient, recueilli avant la séance ; un refus est sans conséquence "
            "sur la prise en charge."
        ),
        data_sources=(r.CodedItem(code="data_subject", precision="Échange oral pendant la séance"),),
        recipients=(r.CodedItem(code="processors", precision="Hexacloud Santé (exécution du modèle)"),),
        subprocessor_uids=ids.subs("hexacloud"),
        retention=(
            r.RetentionRule(
                category="health",
                active=days(1),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Enregistrement audio supprimé dès la transcription, au plus tard sous 24 heures",
                source="Protocole du pilote",
            ),
            r.RetentionRule(
                category="health",
                active=days(7),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Transcription supprimée à la validation du compte rendu, au plus tard sous 7 jours",
                source="Protocole du pilote",
            ),
            r.RetentionRule(
                category="civil_status",
                active=days(7),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                source="Protocole du pilote",
            ),
        ),
        measures=(
            ids.measure("hds_hosting", "Modèle et données du pilote chez Hexacloud Santé"),
            ids.measure("data_minimisation", "Aucune donnée conservée pour entraîner le modèle"),
            ids.measure("risk_analysis", "AIPD conjointe en cours"),
            ids.measure("access_logging", "Accès aux transcriptions réservés au praticien et journalisés"),
            ids.measure("encrypted_offsite_backups", "Audio jamais sauvegardé ; projets de compte rendu sauvegardés"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "vulnerable_subjects", "innovative_use"),
            list_match="req_health_care_establishments",
            conclusion=DpiaConclusion.REQUIRED,
            reason="Usage innovant (intelligence artificielle) sur des données de santé de patients.",
            status=DpiaStatus.IN_PROGRESS,
            reference="AIPD conjointe avec le centre, en cours de rédaction",
        ),
    )
    return [patient_file, booking, teleconsultation, migration, pilot]
