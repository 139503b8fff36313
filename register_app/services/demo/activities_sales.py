"""Demo register, activities: sales and marketing."""

from __future__ import annotations

from register_app.domain.enums import (
    ActivityStatus,
    DpiaConclusion,
    DpiaStatus,
    FinalFate,
)
from register_app.services import records as r
from register_app.services.demo.common import DemoIds, months, staff, years


def commercial_activities(ids: DemoIds) -> list[r.ActivityInput]:
    owner, email = staff("Antoine Rouxel")
    pipewell_dpf = r.Transfer(
        recipient="Pipewell Inc.",
        country="US",
        tool="dpf",
        tool_detail="Pipewell Inc. figure sur la liste des organisations certifiées (données hors RH)",
        documentation="Vérification de la certification DPF archivée dans le dossier fournisseur",
        subprocessor_uid=ids.subprocessors["pipewell"],
    )
    crm = r.ActivityInput(
        reference="T-003",
        name="Gestion de la relation clients et de la prospection commerciale",
        description=(
            "Suivi des établissements et praticiens clients (interlocuteurs, contrats, abonnements, "
            "démonstrations) et prospection des professionnels de santé libéraux et des établissements "
            "par téléphone, courriel et lors des salons professionnels."
        ),
        department="Commercial et marketing",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Pipewell (CRM) ; formulaires de demande de démonstration du site",
        last_review=ids.months_ago(4),
        purposes=(
            r.Purpose(
                description="Gestion de la relation avec les clients : contrats, abonnements, interlocuteurs",
                legal_basis="contract",
                legal_basis_note="Contrats de licence et de services conclus avec les établissements",
            ),
            r.Purpose(
                description="Prospection commerciale auprès des professionnels et établissements de santé",
                legal_basis="legitimate_interest",
                legitimate_interest=(
                    "Développer l'activité auprès de professionnels dont la fonction est en rapport avec les "
                    "logiciels proposés"
                ),
                balancing_test=(
                    "Coordonnées professionnelles uniquement ; messages en rapport avec l'activité du "
                    "destinataire ; information et lien d'opposition dès le premier contact. Un praticien "
                    "peut raisonnablement s'attendre à être sollicité par un éditeur de logiciels métier "
                    "(prospection B2B, CPCE art. L.34-5)."
                ),
            ),
            r.Purpose(
                description=(
                    "Enrichissement des fiches prospects à partir d'annuaires professionnels publics et "
                    "d'un fichier loué auprès d'un courtier en données"
                ),
                legal_basis_note="À arbitrer avec le DPO (intérêt légitime envisagé, information art. 14 à prévoir)",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="customers",
                precision="Interlocuteurs des clients : directeurs, DSI, praticiens, secrétaires médicales",
                estimated_count=1800,
            ),
            r.DataSubject(
                code="prospects",
                precision="Professionnels de santé libéraux et décideurs d'établissements de santé",
                estimated_count=12000,
            ),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Nom, prénom, fonction, établissement, coordonnées professionnelles, numéro RPPS",
            ),
            r.DataCategory(
                code="professional_life",
                description="Spécialité, mode d'exercice, taille du cabinet, logiciel actuellement utilisé",
            ),
            r.DataCategory(
                code="other",
                description="Historique des échanges, notes des commerciaux, comptes rendus de démonstration",
            ),
        ),
        data_sources=(
            r.CodedItem(code="data_subject", precision="Demandes de démonstration, salons professionnels"),
            r.CodedItem(code="public_sources", precision="Annuaire santé (RPPS), sites des établissements"),
            r.CodedItem(code="third_party", precision="Fichier de prospects loué auprès d'un courtier B2B"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Équipes commerciale et customer success, direction"),
            r.CodedItem(code="processors", precision="Pipewell (CRM)"),
            r.CodedItem(code="third_country", precision="Pipewell Inc., États-Unis"),
        ),
        subprocessor_uids=ids.subs("pipewell"),
        transfers=(pipewell_dpf,),
        retention=(
            r.RetentionRule(
                category="civil_status",
                active=years(3),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                criterion="Prospects : nouvelle sollicitation avant suppression",
                source="CNIL, référentiel gestion des activités commerciales (2021)",
                reference_code="prospects",
            ),
            r.RetentionRule(
                category="civil_status",
                archive=years(5),
                start_event="end_of_contract",
                final_fate=FinalFate.DELETE,
                criterion="Clients : base active pendant le contrat, puis archivage à titre de preuve",
                source="Code civil, art. 2224 ; Code de commerce, art. L.110-4",
                reference_code="customer_contract_evidence",
            ),
            r.RetentionRule(
                category="professional_life",
                active=years(3),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                source="CNIL, référentiel gestion des activités commerciales (2021)",
                reference_code="prospects",
            ),
            r.RetentionRule(
                category="other",
                active=years(3),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                source="CNIL, référentiel gestion des activités commerciales (2021)",
            ),
        ),
        measures=(
            ids.measure("access_rights_review", "Profils Pipewell : commercial, customer success, lecture seule"),
            ids.measure("mfa", "Authentification unique avec double facteur pour l'accès au CRM"),
            ids.measure("processor_due_diligence", "Certification DPF et rapport SOC 2 de Pipewell vérifiés"),
            ids.measure("retention_purge", "Rapport trimestriel des prospects inactifs depuis 3 ans"),
        ),
        dpia=r.Dpia(
            criteria=("matching_combining",),
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason="Un seul critère (croisement avec un fichier loué) ; pas de profilage ni de données sensibles.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )

    owner, email = staff("Léa Morvan")
    newsletter = r.ActivityInput(
        reference="T-004",
        name="Lettres d'information et communications marketing par courriel",
        description=(
            "Envoi de la lettre d'information mensuelle (nouveautés des logiciels, actualité réglementaire "
            "de la e-santé) et des invitations aux webinaires, aux clients et aux abonnés."
        ),
        department="Commercial et marketing",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Mailora (routage des courriels), synchronisation des listes depuis Pipewell",
        last_review=ids.months_ago(6),
        purposes=(
            r.Purpose(
                description="Envoi de la lettre d'information et des invitations aux interlocuteurs clients",
                legal_basis="legitimate_interest",
                legitimate_interest="Informer les clients des évolutions des logiciels qu'ils utilisent",
                balancing_test=(
                    "Contenus liés aux produits souscrits ; lien de désinscription dans chaque message ; "
                    "relation contractuelle existante."
                ),
            ),
            r.Purpose(
                description="Envoi de la lettre d'information aux abonnés inscrits depuis le site",
                legal_basis="consent",
                legal_basis_note="Case à cocher non pré-cochée ; preuve du consentement horodatée",
            ),
            r.Purpose(
                description="Mesure des ouvertures et des clics pour améliorer les contenus",
                legal_basis="consent",
                legal_basis_note="Pixels de suivi individuels soumis au consentement (recommandation CNIL)",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="customers", precision="Interlocuteurs des établissements clients", estimated_count=1500
            ),
            r.DataSubject(code="prospects", precision="Abonnés inscrits depuis le site", estimated_count=4200),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Adresse électronique professionnelle, nom, prénom, fonction, établissement",
            ),
            r.DataCategory(
                code="internet",
                description="Ouvertures, clics, dates d'inscription et de désinscription, preuve du consentement",
            ),
        ),
        data_sources=(
            r.CodedItem(code="data_subject", precision="Formulaire d'inscription du site"),
            r.CodedItem(code="internal", precision="Interlocuteurs clients issus du CRM (T-003)"),
            r.CodedItem(code="generated", precision="Statistiques d'ouverture et de clic"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Équipe marketing"),
            r.CodedItem(code="processors", precision="Mailora (routage), Pipewell (listes)"),
            r.CodedItem(code="third_country", precision="Pipewell Inc., États-Unis"),
        ),
        subprocessor_uids=ids.subs("mailora", "pipewell"),
        transfers=(pipewell_dpf,),
        retention=(
            r.RetentionRule(
                category="civil_status",
                active=years(3),
                start_event="end_of_relationship",
                final_fate=FinalFate.DELETE,
                criterion="Clients ; désinscription : adresse conservée en liste d'opposition",
                source="CNIL, référentiel gestion des activités commerciales (2021)",
                reference_code="customers_prospecting",
            ),
            r.RetentionRule(
                category="civil_status",
                active=years(3),
                start_event="last_contact",
                final_fate=FinalFate.DELETE,
                criterion="Abonnés non clients",
                source="CNIL, référentiel gestion des activités commerciales (2021)",
                reference_code="prospects",
            ),
            # DELIBERATE GAP: no rule for the "internet" category (opens, clicks, consent proofs).
        ),
        measures=(
            ids.measure("mfa", "Double authentification sur le compte Mailora"),
            ids.measure("data_minimisation", "Seule l'adresse électronique est obligatoire à l'inscription"),
            ids.measure("dpa_subprocessor_audits", "Contrat Mailora signé ; certificat ISO 27001 à faire renouveler"),
            ids.measure("retention_purge", "Synchronisation CRM : les contacts purgés dans Pipewell le sont aussi"),
        ),
        dpia=r.Dpia(
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason="Aucun critère rempli : données professionnelles, pas de profilage.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )

    audience = r.ActivityInput(
        reference="T-005",
        name="Mesure d'audience et gestion des cookies du site solvea-sante.fr",
        description=(
            "Statistiques de fréquentation du site vitrine et des pages publiques de prise de rendez-vous, "
            "avec un outil auto-hébergé configuré selon l'exemption de consentement de la CNIL ; recueil et "
            "preuve des choix des internautes pour les autres traceurs."
        ),
        department="Commercial et marketing",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Matomo auto-hébergé chez Hexacloud Santé ; bandeau de gestion du consentement",
        last_review=ids.months_ago(2),
        purposes=(
            r.Purpose(
                description="Mesure d'audience exemptée de consentement",
                legal_basis="legitimate_interest",
                legitimate_interest="Connaître la fréquentation du site pour en améliorer le contenu et l'ergonomie",
                balancing_test=(
                    "Outil configuré selon les conditions d'exemption de la CNIL : adresse IP tronquée, "
                    "aucun recoupement avec d'autres traitements, cookies de 13 mois au plus, statistiques "
                    "conservées 25 mois, opposition possible depuis la politique cookies."
                ),
            ),
            r.Purpose(
                description="Recueil, conservation et preuve des choix des internautes en matière de cookies",
                legal_basis="legal_obligation",
                legal_basis_note="Loi Informatique et libertés, art. 82 ; RGPD, art. 7.1",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="website_visitors",
                precision="Visiteurs du site et des pages publiques des cabinets clients",
                estimated_count=180000,
            ),
        ),
        data_categories=(
            r.DataCategory(
                code="internet",
                description="Identifiant de cookie, pages vues, durée de visite, source de trafic, navigateur",
            ),
            r.DataCategory(code="connection", description="Adresse IP, tronquée de ses deux derniers octets"),
        ),
        data_sources=(r.CodedItem(code="generated", precision="Traceurs déposés lors de la navigation"),),
        recipients=(
            r.CodedItem(code="internal_service", precision="Équipe marketing (statistiques agrégées)"),
            r.CodedItem(code="processors", precision="Hexacloud Santé (hébergement), Studio Pixelune (site)"),
        ),
        subprocessor_uids=ids.subs("hexacloud", "pixelune"),
        retention=(
            r.RetentionRule(
                category="internet",
                active=months(13),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Durée de vie des cookies, sans prorogation à chaque visite",
                source="CNIL, délibérations n° 2020-091 et 2020-092",
                reference_code="cookies_lifetime",
            ),
            r.RetentionRule(
                category="internet",
                active=months(25),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Statistiques de fréquentation",
                source="CNIL, délibérations n° 2020-091 et 2020-092",
                reference_code="audience_measurement",
            ),
            r.RetentionRule(
                category="internet",
                active=months(6),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Choix de l'internaute (acceptation ou refus)",
                source="CNIL, délibérations n° 2020-091 et 2020-092",
                reference_code="cookie_consent_choice",
            ),
            r.RetentionRule(
                category="connection",
                start_event="collection",
                final_fate=FinalFate.ANONYMISE,
                criterion="Adresse IP tronquée dès la collecte : jamais enregistrée en entier",
                source="CNIL, conditions d'exemption des outils de mesure d'audience",
            ),
        ),
        measures=(
            ids.measure("website_hardening", "Cookies Secure et HttpOnly ; en-têtes de sécurité contrôlés"),
            ids.measure("tls_https", "Site et pages de rendez-vous en HTTPS uniquement, HSTS préchargé"),
            ids.measure("pseudonymisation", "Anonymisation des adresses IP dans Matomo (2 octets)"),
            ids.measure("hosting_eu", "Statistiques hébergées en France, aucun outil d'analyse tiers"),
        ),
        dpia=r.Dpia(
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason="Aucun critère rempli : statistiques anonymes, outil exempté de consentement.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )

    owner, email = staff("Léa Morvan")
    events = r.ActivityInput(
        reference="T-011",
        name="Organisation des journées utilisateurs et des webinaires",
        description=(
            "Inscriptions à la journée utilisateurs annuelle à Nantes et aux webinaires de formation : "
            "badges, restauration, accessibilité, envoi des supports et des replays."
        ),
        department="Commercial et marketing",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Formulaire d'inscription hébergé sur la plateforme Solvéa",
        last_review=ids.months_ago(7),
        purposes=(
            r.Purpose(
                description="Gestion des inscriptions, badges et restauration des participants",
                legal_basis="contract",
                legal_basis_note="Conditions d'inscription acceptées par le participant",
            ),
            r.Purpose(
                description="Envoi des supports et des enregistrements aux participants",
                legal_basis="legitimate_interest",
                legitimate_interest="Prolonger la formation des utilisateurs des logiciels",
                balancing_test="Envoi unique, limité aux inscrits, sans réutilisation marketing.",
            ),
        ),
        data_subjects=(
            r.DataSubject(code="customers", precision="Participants des établissements clients", estimated_count=300),
        ),
        data_categories=(
            r.DataCategory(code="civil_status", description="Nom, prénom, fonction, établissement, adresse mél"),
            r.DataCategory(
                code="health",
                description="Régime alimentaire lié à une allergie ou une pathologie, besoin d'accessibilité "
                "lié à un handicap (déclarés par le participant)",
            ),
            r.DataCategory(code="connection", description="Durée de connexion aux webinaires"),
        ),
        # DELIBERATE GAP: health data without an Art. 9(2) condition.
        data_sources=(r.CodedItem(code="data_subject", precision="Formulaire d'inscription"),),
        recipients=(
            r.CodedItem(code="internal_service", precision="Équipe marketing"),
            r.CodedItem(code="partners", precision="Traiteur et lieu de réception (liste et régimes seulement)"),
        ),
        subprocessor_uids=ids.subs("hexacloud"),
        retention=(
            r.RetentionRule(
                category="civil_status",
                active=years(1),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="À compter de l'événement",
                source="Durée fixée par l'organisme (statistiques de participation)",
            ),
            r.RetentionRule(
                category="health",
                active=months(1),
                start_event="event",
                final_fate=FinalFate.DELETE,
                criterion="Supprimées un mois après l'événement",
                source="Principe de minimisation (RGPD, art. 5.1.e)",
            ),
            r.RetentionRule(
                category="connection",
                active=years(1),
                start_event="event",
                final_fate=FinalFate.DELETE,
                source="Durée fixée par l'organisme",
            ),
        ),
        measures=(
            ids.measure("data_minimisation", "Régime et accessibilité en champs facultatifs, à choix fermés"),
            ids.measure("access_rights_review", "Export des inscriptions réservé à l'équipe marketing"),
            ids.measure("access_logging", "Exports de la liste des inscrits journalisés"),
            ids.measure("encrypted_offsite_backups", "Inscriptions sauvegardées chaque jour chez Hexacloud"),
            ids.measure("dpa_subprocessor_audits", "Hébergement du formulaire couvert par le contrat Hexacloud Santé"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data",),
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason="Un seul critère : données de santé facultatives et limitées, quelques centaines de participants.",
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )
    return [crm, newsletter, audience, events]
