"""Demo register, activities: customer support and finance."""

from __future__ import annotations

from register_app.domain.enums import (
    ActivityStatus,
    DpiaConclusion,
    DpiaStatus,
    FinalFate,
)
from register_app.services import records as r
from register_app.services.demo.common import DemoIds, months, staff, years


def operations_activities(ids: DemoIds) -> list[r.ActivityInput]:
    owner, email = staff("Karim Benali")
    support = r.ActivityInput(
        reference="T-006",
        name="Assistance et support client (tickets, hotline, télémaintenance)",
        description=(
            "Traitement des demandes d'assistance des utilisateurs des logiciels Solvéa : tickets, appels "
            "à la hotline, prises en main à distance. Les conseillers refusent toute capture d'écran "
            "contenant des données de patients ; les interventions sur ces données relèvent des "
            "traitements réalisés en sous-traitance (T-013 à T-015)."
        ),
        department="Support client",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Zenitick (tickets et téléphonie) ; outil de prise en main à distance",
        last_review=ids.months_ago(8),
        purposes=(
            r.Purpose(
                description="Traitement des demandes d'assistance et des incidents signalés par les utilisateurs",
                legal_basis="contract",
                legal_basis_note="Contrats de licence et de maintenance conclus avec les clients",
            ),
            r.Purpose(
                description="Enregistrement d'une partie des appels pour la formation des conseillers",
                legal_basis="legitimate_interest",
                legitimate_interest="Améliorer la qualité des réponses et former les nouveaux conseillers",
                balancing_test=(
                    "Information en début d'appel avec possibilité de s'opposer ; un appel sur dix enregistré ; "
                    "écoute réservée au responsable du support ; enregistrements conservés 6 mois."
                ),
            ),
            r.Purpose(
                description="Enquête de satisfaction après la clôture du ticket",
                legal_basis="legitimate_interest",
                legitimate_interest="Mesurer la qualité du support",
                balancing_test="Une seule question, envoi unique, réponse facultative.",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="customers",
                precision="Utilisateurs des logiciels chez les clients : praticiens, secrétaires, administratifs",
                estimated_count=4000,
            ),
            r.DataSubject(code="employees", precision="Conseillers du support", estimated_count=9),
        ),
        data_categories=(
            r.DataCategory(code="civil_status", description="Nom, prénom, établissement, coordonnées professionnelles"),
            r.DataCategory(
                code="connection", description="Identifiant de compte, adresse IP, journaux de télémaintenance"
            ),
            r.DataCategory(
                code="other",
                description="Contenu des tickets et pièces jointes ; enregistrements des appels",
            ),
        ),
        data_sources=(
            r.CodedItem(code="data_subject", precision="Tickets, appels et courriels des utilisateurs"),
            r.CodedItem(code="generated", precision="Journaux de la téléphonie et de la prise en main à distance"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Conseillers du support ; équipe technique (niveau 2)"),
            r.CodedItem(code="processors", precision="Zenitick (outil de tickets), Atlas Relation Client"),
            r.CodedItem(
                code="third_country",
                precision="Atlas Relation Client (Maroc) ; équipe de support de Zenitick (États-Unis)",
            ),
        ),
        subprocessor_uids=ids.subs("zenitick", "atlas"),
        transfers=(
            r.Transfer(
                recipient="Zenitick Inc. (support de l'éditeur)",
                country="US",
                tool="scc",
                tool_detail="CCT 2021, module 3 (sous-traitant à sous-traitant) entre Zenitick Ltd et Zenitick Inc.",
                documentation="Annexe « transferts » de l'accord de traitement Zenitick",
                tia_reference=f"AITD-{ids.months_ago(9).year}-03",
                subprocessor_uid=ids.subprocessors["zenitick"],
            ),
            # DELIBERATE GAP: access from Morocco with no transfer tool.
            r.Transfer(
                recipient="Atlas Relation Client SARL (débordement téléphonique)",
                country="MA",
                subprocessor_uid=ids.subprocessors["atlas"],
            ),
        ),
        retention=(
            r.RetentionRule(
                category="civil_status",
                archive=years(5),
                start_event="end_of_contract",
                final_fate=FinalFate.DELETE,
                criterion="Base active pendant le contrat de maintenance",
                source="Code civil, art. 2224",
                reference_code="customer_contract_evidence",
            ),
            r.RetentionRule(
                category="connection",
                active=months(12),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                source="CNIL, Guide de la sécurité des données personnelles (2024), fiche 16",
                reference_code="security_logs",
            ),
            r.RetentionRule(
                category="other",
                active=months(6),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Enregistrements des appels",
                source="CNIL, « L'écoute et l'enregistrement des appels sur le lieu de travail »",
                reference_code="call_recordings",
            ),
            # DELIBERATE GAP: "indefinite", as a criterion without start event or duration.
            r.RetentionRule(category="other", criterion="Contenu des tickets : durée indéfinie"),
        ),
        measures=(
            ids.measure("remote_maintenance_control", "Prise en main à l'initiative de l'utilisateur uniquement"),
            ids.measure("access_rights_review", "Atlas n'accède qu'à la file « appels » de Zenitick"),
            ids.measure("staff_confidentiality_training", "Consigne écrite : refus des captures avec données patients"),
            ids.measure("mfa", "Double authentification Zenitick pour tous les conseillers, y compris Atlas"),
            ids.measure("dpa_subprocessor_audits", "Accords de traitement Zenitick et Atlas"),
        ),
        dpia=r.Dpia(
            criteria=("vulnerable_subjects",),
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason="Un seul critère (les conseillers, salariés, sont enregistrés) ; données professionnelles.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )

    owner, email = staff("Sophie Guérin")
    accounting = r.ActivityInput(
        reference="T-008",
        name="Comptabilité, facturation et recouvrement",
        description=(
            "Facturation des abonnements et prestations, prélèvements SEPA, tenue de la comptabilité avec "
            "l'expert-comptable, relances et recouvrement amiable des impayés, paiement des fournisseurs."
        ),
        department="Administration et finances",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Module de facturation interne ; plateforme comptable d'Ardoise Expertise",
        last_review=ids.months_ago(14),  # DELIBERATE GAP: not reviewed for over 12 months
        purposes=(
            r.Purpose(
                description="Facturation des abonnements et prestations, encaissement par prélèvement SEPA",
                legal_basis="contract",
            ),
            r.Purpose(
                description="Tenue de la comptabilité générale et obligations fiscales",
                legal_basis="legal_obligation",
                legal_basis_note="Code de commerce, art. L.123-12 et suivants ; Code général des impôts",
            ),
            r.Purpose(
                description="Relances et recouvrement amiable des impayés",
                legal_basis="legitimate_interest",
                legitimate_interest="Recouvrer les sommes dues",
                balancing_test="Relances graduées, sans fichier mutualisé d'impayés ni cession de créances.",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="customers",
                precision="Praticiens libéraux abonnés en nom propre ; contacts comptables des établissements",
                estimated_count=1400,
            ),
            r.DataSubject(
                code="suppliers", precision="Contacts des fournisseurs, entrepreneurs individuels", estimated_count=120
            ),
        ),
        data_categories=(
            r.DataCategory(code="civil_status", description="Nom, adresse de facturation, SIRET, contacts"),
            r.DataCategory(
                code="economic_financial",
                description="IBAN et mandats SEPA, factures, historique des paiements, incidents de paiement",
            ),
        ),
        data_sources=(
            r.CodedItem(code="data_subject", precision="Bons de commande et mandats SEPA signés"),
            r.CodedItem(code="internal", precision="Contrats enregistrés dans le CRM (T-003)"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Administration et finances"),
            r.CodedItem(code="processors", precision="Ardoise Expertise (expert-comptable)"),
            r.CodedItem(code="public_authorities", precision="Administration fiscale en cas de contrôle"),
            r.CodedItem(code="partners", precision="Banque de l'entreprise (prélèvements SEPA)"),
        ),
        subprocessor_uids=ids.subs("ardoise"),
        retention=(
            r.RetentionRule(
                category="economic_financial",
                archive=years(10),
                start_event="end_of_fiscal_year",
                final_fate=FinalFate.DELETE,
                criterion="Factures et pièces comptables",
                source="Code de commerce, art. L.123-22",
                reference_code="accounting_documents",
            ),
            r.RetentionRule(
                category="economic_financial",
                archive=months(14),
                start_event="transaction",
                final_fate=FinalFate.DELETE,
                criterion="Mandats SEPA, après le dernier prélèvement",
                source="Code monétaire et financier, art. L.133-24 (contestation sous 13 mois)",
            ),
            r.RetentionRule(
                category="civil_status",
                archive=years(5),
                start_event="end_of_relationship",
                final_fate=FinalFate.DELETE,
                source="Code civil, art. 2224 ; Code de commerce, art. L.110-4",
                reference_code="customer_contract_evidence",
            ),
        ),
        measures=(
            ids.measure("access_rights_review", "Module de facturation réservé à l'administration et finances"),
            ids.measure("secure_file_exchange", "Pièces transmises à l'expert-comptable par sa plateforme"),
            ids.measure("encryption_at_rest", "IBAN chiffrés dans la base de facturation"),
        ),
        dpia=r.Dpia(
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason="Aucun critère rempli.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )

    owner, email = staff("Marion Le Goff")
    rights = r.ActivityInput(
        reference="T-012",
        name="Gestion des demandes d'exercice des droits",
        description=(
            "Réception, suivi et réponse aux demandes d'accès, de rectification, d'effacement, d'opposition "
            "et de portabilité ; redirection vers l'établissement concerné des demandes de patients portant "
            "sur les données hébergées pour le compte des clients."
        ),
        department="Direction générale",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Boîte dpo@solvea-sante.fr ; registre des demandes partagé avec le DPO",
        last_review=ids.months_ago(1),
        purposes=(
            r.Purpose(
                description="Réponse aux demandes adressées à Solvéa Santé en tant que responsable de traitement",
                legal_basis="legal_obligation",
                legal_basis_note="RGPD, art. 12 à 22",
            ),
            r.Purpose(
                description="Transmission aux clients des demandes portant sur les données traitées pour leur compte",
                legal_basis="legal_obligation",
                legal_basis_note="RGPD, art. 28.3.e (assistance du sous-traitant)",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="other",
                precision="Personnes exerçant leurs droits : clients, prospects, candidats, salariés",
                estimated_count=60,
            ),
            r.DataSubject(code="patients", precision="Patients redirigés vers leur établissement", estimated_count=25),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Identité, coordonnées ; copie d'une pièce d'identité en cas de doute raisonnable",
            ),
            r.DataCategory(code="other", description="Objet de la demande, échanges, réponse apportée"),
        ),
        data_sources=(r.CodedItem(code="data_subject", precision="Courriels et courriers des demandeurs"),),
        recipients=(
            r.CodedItem(code="internal_service", precision="Présidente, DPO externe, service concerné"),
            r.CodedItem(code="other", precision="Établissement client concerné par une demande de patient"),
        ),
        retention=(
            r.RetentionRule(
                category="civil_status",
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Copie de la pièce d'identité supprimée dès la vérification de l'identité",
                source="CNIL, « Professionnels : comment répondre à une demande de droit d'accès »",
            ),
            r.RetentionRule(
                category="civil_status",
                archive=years(5),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="À compter de la clôture de la demande",
                source="Code civil, art. 2224 (preuve de la réponse apportée)",
            ),
            r.RetentionRule(
                category="other",
                archive=years(5),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="À compter de la clôture de la demande",
                source="Code civil, art. 2224",
            ),
        ),
        measures=(
            ids.measure("access_rights_review", "Registre des demandes accessible à la Présidente et au DPO"),
            ids.measure("secure_file_exchange", "Réponses d'accès transmises en archive chiffrée"),
        ),
        dpia=r.Dpia(
            criteria=("vulnerable_subjects",),
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason="Un seul critère (quelques patients redirigés vers leur établissement), aucune donnée de santé.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )
    return [support, accounting, rights]
