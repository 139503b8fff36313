"""Demo register, activities: premises, it security and whistle-blowing."""

from __future__ import annotations

from register_app.domain.enums import (
    ActivityStatus,
    DpiaConclusion,
    DpiaStatus,
    FinalFate,
)
from register_app.services import records as r
from register_app.services.demo.common import DemoIds, days, months, staff


def security_activities(ids: DemoIds) -> list[r.ActivityInput]:
    owner, email = staff("Sophie Guérin")
    premises = r.ActivityInput(
        reference="T-007",
        name="Contrôle d'accès aux locaux par badge et vidéosurveillance des accès",
        description=(
            "Badges nominatifs sans biométrie pour l'entrée des locaux de Nantes et la salle technique ; "
            "quatre caméras filmant le hall, l'issue de secours, le parking vélos et la salle technique. "
            "Aucune caméra ne filme les postes de travail, les espaces de pause ni la voie publique."
        ),
        department="Services généraux",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Centrale de contrôle d'accès et enregistreur vidéo installés et maintenus par Protecsys Ouest",
        last_review=ids.months_ago(9),
        purposes=(
            r.Purpose(
                description="Contrôle des accès aux locaux et à la salle technique",
                legal_basis="legitimate_interest",
                legitimate_interest="Protéger les locaux où se trouvent les postes d'administration des plateformes",
                balancing_test=(
                    "Badges sans biométrie ; aucun suivi des horaires ; journaux conservés 3 mois ; CSE "
                    "informé et consulté ; information par note de service."
                ),
            ),
            r.Purpose(
                description="Vidéosurveillance des accès pour la sécurité des biens et des personnes",
                legal_basis="legitimate_interest",
                legitimate_interest="Sécurité des biens et des personnes, prévention des intrusions",
                balancing_test=(
                    "Quatre caméras limitées aux accès ; affichage à l'entrée ; images consultées "
                    "uniquement en cas d'incident par deux personnes habilitées ; conservation 30 jours."
                ),
            ),
        ),
        data_subjects=(
            r.DataSubject(code="employees", precision="Salariés titulaires d'un badge", estimated_count=41),
            r.DataSubject(code="other", precision="Visiteurs, prestataires et livreurs", estimated_count=600),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Nom, prénom, photographie et numéro du badge ; images des personnes filmées",
            ),
            r.DataCategory(code="location", description="Date, heure et lecteur de badge utilisé"),
        ),
        data_sources=(
            r.CodedItem(code="internal", precision="Liste des salariés transmise par l'administration"),
            r.CodedItem(code="generated", precision="Passages de badge et images des caméras"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Services généraux ; Présidente pour les images"),
            r.CodedItem(code="processors", precision="Protecsys Ouest (maintenance)"),
            r.CodedItem(code="public_authorities", precision="Forces de l'ordre sur réquisition"),
        ),
        subprocessor_uids=ids.subs("protecsys"),
        retention=(
            r.RetentionRule(
                category="location",
                active=months(3),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                source="CNIL, « L'accès aux locaux et le contrôle des horaires sur le lieu de travail »",
                reference_code="access_badge_logs",
            ),
            r.RetentionRule(
                category="civil_status",
                active=days(30),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Images de vidéosurveillance, effacement automatique",
                source="CNIL, fiches pratiques sur la vidéosurveillance au travail",
                reference_code="video_surveillance",
            ),
            r.RetentionRule(
                category="civil_status",
                active=months(1),
                start_event="end_of_employment",
                final_fate=FinalFate.DELETE,
                criterion="Données du badge ; badge désactivé le jour du départ",
                source="Durée fixée par l'organisme",
            ),
        ),
        measures=(
            ids.measure("office_access_control", "Salle technique accessible à trois badges seulement"),
            ids.measure("access_rights_review", "Images consultables par la Présidente et la RAF uniquement"),
            ids.measure("remote_maintenance_control", "Télémaintenance Protecsys ouverte à la demande"),
            ids.measure("maintenance_log", "Interventions Protecsys consignées dans la main courante"),
            ids.measure("network_segmentation_firewall", "Caméras et centrale sur un VLAN isolé, sans Internet"),
        ),
        dpia=r.Dpia(
            criteria=("systematic_monitoring", "vulnerable_subjects"),
            conclusion=DpiaConclusion.NOT_REQUIRED,
            reason=(
                "Deux critères, mais AIPD jugée non nécessaire : caméras limitées aux accès, aucune "
                "surveillance constante de l'activité des salariés, pas de biométrie, badges hors contrôle "
                "des horaires ; position validée par le DPO et revue à chaque évolution du dispositif."
            ),
            status=DpiaStatus.NOT_APPLICABLE,
        ),
    )

    owner, email = staff("Yann Quéméner")
    logging_ = r.ActivityInput(
        reference="T-009",
        name="Journalisation et supervision de la sécurité du système d'information",
        description=(
            "Collecte et analyse des journaux systèmes, réseau et applicatifs des plateformes Solvéa et du "
            "SI interne ; enregistrement des sessions d'administration passant par le bastion ; alertes "
            "sur les comportements suspects."
        ),
        department="Infrastructure et sécurité",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="SIEM auto-hébergé chez Hexacloud Santé ; bastion d'administration",
        last_review=ids.months_ago(6),
        purposes=(
            r.Purpose(
                description="Détection des incidents et des accès illégitimes aux plateformes et au SI interne",
                legal_basis="legitimate_interest",
                legitimate_interest="Assurer la sécurité des plateformes et des données de santé qu'elles hébergent",
                balancing_test=(
                    "Journaux consultés par l'équipe sécurité seulement, en cas d'alerte ; conservation 12 "
                    "mois ; information des salariés par la charte informatique."
                ),
            ),
            r.Purpose(
                description="Traçabilité des accès aux données hébergées, exigée par les clients et le référentiel HDS",
                legal_basis="legal_obligation",
                legal_basis_note="RGPD, art. 32 ; Code de la santé publique, art. L.1111-8 (référentiel HDS)",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="users",
                precision="Utilisateurs des logiciels : praticiens, secrétariats, personnels des établissements",
                estimated_count=6500,
            ),
            r.DataSubject(code="employees", precision="Administrateurs, développeurs et support", estimated_count=41),
        ),
        data_categories=(
            r.DataCategory(
                code="connection",
                description="Adresse IP, identifiant, horodatage, action effectuée, résultat ; vidéo des sessions "
                "d'administration",
            ),
            r.DataCategory(code="civil_status", description="Nom et identifiant de l'utilisateur"),
        ),
        data_sources=(r.CodedItem(code="generated", precision="Journaux produits par les systèmes et applications"),),
        recipients=(
            r.CodedItem(code="internal_service", precision="Équipe infrastructure et sécurité (3 personnes)"),
            r.CodedItem(code="processors", precision="Hexacloud Santé (hébergement du SIEM)"),
            r.CodedItem(code="other", precision="Établissement client concerné en cas d'incident sur ses données"),
        ),
        subprocessor_uids=ids.subs("hexacloud"),
        retention=(
            r.RetentionRule(
                category="connection",
                active=months(12),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                criterion="Période glissante",
                source="CNIL, recommandation relative aux mesures de journalisation (2021)",
                reference_code="security_logs",
            ),
            r.RetentionRule(
                category="civil_status",
                active=months(12),
                start_event="collection",
                final_fate=FinalFate.DELETE,
                source="CNIL, recommandation relative aux mesures de journalisation (2021)",
                reference_code="security_logs",
            ),
        ),
        measures=(
            ids.measure("access_logging", "Journaux applicatifs de toutes les plateformes centralisés"),
            ids.measure("log_retention_alerting", "Règles d'alerte revues chaque trimestre"),
            ids.measure("admin_action_logging", "Sessions du bastion enregistrées"),
            ids.measure("log_protection", "Journaux en écriture seule, hors de portée des administrateurs"),
            ids.measure("separate_admin_accounts", "Comptes d'administration distincts, passage par le bastion"),
            ids.measure("admin_vpn", "Bastion accessible uniquement par VPN depuis les adresses de l'entreprise"),
        ),
        # DELIBERATE GAP: three criteria met, no DPIA and no conclusion.
        dpia=r.Dpia(
            criteria=("systematic_monitoring", "large_scale", "vulnerable_subjects"),
            reason="Enregistrement vidéo des sessions d'administration ajouté au périmètre : analyse à mener.",
            status=DpiaStatus.NOT_STARTED,
        ),
    )

    owner, email = staff("Marion Le Goff")
    whistleblowing = r.ActivityInput(
        reference="T-010",
        name="Dispositif d'alertes professionnelles",
        description=(
            "Recueil et traitement des signalements de crimes, délits, violations du droit ou menaces pour "
            "l'intérêt général. Dispositif mis en place volontairement (effectif inférieur à 50 salariés), "
            "sur le modèle de la loi n° 2016-1691 ; le recueil est confié au DPO externe."
        ),
        department="Direction générale",
        owner_name=owner,
        owner_email=email,
        status=ActivityStatus.ACTIVE,
        software="Adresse alertes@solvea-sante.fr lue par le seul référent ; espace de stockage chiffré",
        last_review=ids.months_ago(10),
        purposes=(
            r.Purpose(
                description="Recueil et vérification des signalements",
                legal_basis="legitimate_interest",
                legitimate_interest=(
                    "Prévenir et traiter les atteintes à la probité, à la sécurité des données de santé "
                    "hébergées et aux droits des personnes"
                ),
                balancing_test=(
                    "Garanties de la loi n° 2016-1691 appliquées bien qu'elles ne s'imposent pas : "
                    "confidentialité de l'auteur et des personnes visées, référent externe, information des "
                    "personnes visées, référentiel CNIL sur les alertes professionnelles."
                ),
            ),
            r.Purpose(
                description="Enquêtes internes et suites données (mesures disciplinaires, actions en justice)",
                legal_basis="legitimate_interest",
                legitimate_interest="Établir les faits signalés et en tirer les conséquences",
                balancing_test="Accès limité au référent et à la Présidente ; droits de la défense respectés.",
            ),
        ),
        data_subjects=(
            r.DataSubject(
                code="employees",
                precision="Auteurs de signalements, personnes visées, témoins",
                estimated_count=41,
            ),
            r.DataSubject(
                code="other",
                precision="Anciens salariés, candidats, prestataires et cocontractants",
                estimated_count=20,
            ),
        ),
        data_categories=(
            r.DataCategory(
                code="civil_status",
                description="Identité, fonction et coordonnées de l'auteur, des personnes visées et des témoins",
            ),
            r.DataCategory(
                code="professional_life",
                description="Faits signalés, éléments recueillis lors de la vérification, comptes rendus",
            ),
            r.DataCategory(
                code="criminal_convictions",
                description="Faits susceptibles de constituer une infraction (fraude, corruption, accès "
                "frauduleux à un système de traitement automatisé)",
            ),
        ),
        art10_justification=(
            "Traitement autorisé par l'article 46 de la loi n° 78-17 du 6 janvier 1978, dans sa rédaction "
            "issue de la loi n° 2022-401 du 21 mars 2022, pour le recueil et le traitement des "
            "signalements ; accès réservé au référent externe et à la Présidente."
        ),
        data_sources=(
            r.CodedItem(code="data_subject", precision="Auteur du signalement"),
            r.CodedItem(code="internal", precision="Éléments recueillis lors de la vérification"),
        ),
        recipients=(
            r.CodedItem(code="internal_service", precision="Présidente, pour les suites à donner"),
            r.CodedItem(code="other", precision="Référent alertes : DPO externe (Azimut Conformité)"),
            r.CodedItem(code="public_authorities", precision="Autorités judiciaires ou administratives si saisies"),
        ),
        retention=(
            r.RetentionRule(
                category="civil_status",
                active=months(2),
                start_event="event",
                final_fate=FinalFate.ANONYMISE,
                criterion="À compter de la clôture des vérifications, en l'absence de suites",
                source="CNIL, référentiel alertes professionnelles ; loi n° 2016-1691, art. 9",
            ),
            r.RetentionRule(
                category="professional_life",
                active=months(2),
                start_event="event",
                final_fate=FinalFate.ANONYMISE,
                criterion="À compter de la clôture des vérifications, en l'absence de suites",
                source="CNIL, référentiel alertes professionnelles ; loi n° 2016-1691, art. 9",
            ),
            r.RetentionRule(
                category="criminal_convictions",
                start_event="event",
                final_fate=FinalFate.ARCHIVE,
                criterion=(
                    "Jusqu'au terme de la procédure disciplinaire ou judiciaire engagée, puis archivage "
                    "intermédiaire jusqu'à l'expiration des délais de recours"
                ),
                source="CNIL, référentiel alertes professionnelles",
            ),
        ),
        measures=(
            ids.measure("access_rights_review", "Accès réservé au référent externe ; Présidente sur sa demande"),
            ids.measure("encryption_at_rest", "Signalements stockés dans un espace chiffré dédié"),
            ids.measure("paper_records_security", "Signalements papier sous pli fermé, armoire du référent"),
            ids.measure("staff_confidentiality_training", "Engagement de confidentialité renforcé du référent"),
            ids.measure("risk_analysis", "AIPD réalisée avant l'ouverture du dispositif"),
            ids.measure("access_logging", "Accès à l'espace chiffré des signalements journalisés"),
            ids.measure("encrypted_offsite_backups", "Espace des signalements inclus dans les sauvegardes chiffrées"),
        ),
        dpia=r.Dpia(
            criteria=("sensitive_data", "vulnerable_subjects"),
            list_match="req_whistleblowing_professional",
            conclusion=DpiaConclusion.REQUIRED,
            reason="Traitement figurant sur la liste CNIL des traitements soumis à AIPD.",
            status=DpiaStatus.DONE,
            completed_on=ids.months_ago(11),
            reference=f"AIPD-{ids.months_ago(11).year}-01 (Azimut Conformité)",
        ),
    )
    return [premises, logging_, whistleblowing]
