"""The demo company: its identity, its clients (other controllers) and its own security measures."""

from __future__ import annotations

from datetime import date

from register_app.domain.enums import (
    CnilHeading,
    DpoStatus,
    MeasureCategory,
    MeasureStatus,
)
from register_app.services import records as r
from register_app.services.demo.common import shift_months
from register_app.services.demo.gaps import ORGANISATION_NAME, SSL_MEASURE


def organisation() -> r.Organisation:
    return r.Organisation(
        identity=r.Contact(
            name=ORGANISATION_NAME,
            address="27 boulevard de la Prairie-au-Duc",
            postcode="44200",
            city="Nantes",
            country="FR",
            phone="02 61 91 24 30",
            email="contact@solvea-sante.fr",
        ),
        legal_form="Société par actions simplifiée (SAS)",
        trade_names="Solvéa, Solvéa Agenda",
        websites="solvea-sante.fr, agenda.solvea-sante.fr",
        siren="847315298",
        dpo_status=DpoStatus.DESIGNATED,
        dpo_title="Déléguée à la protection des données (externe)",
        dpo=r.Contact(
            name="Claire Fontanel",
            address="5 rue de Nemours",
            postcode="35000",
            city="Rennes",
            country="FR",
            phone="02 61 91 24 39",
            email="dpo@solvea-sante.fr",
        ),
        dpo_company="Azimut Conformité SARL",
    )


CONTROLLERS: dict[str, r.ControllerInput] = {
    "polyclinique": r.ControllerInput(
        contact=r.Contact(
            name="Polyclinique du Val d'Oudon",
            address="14 avenue des Tilleuls",
            postcode="49500",
            city="Segré-en-Anjou Bleu",
            country="FR",
            phone="02 61 91 55 10",
            email="direction@polyclinique-valdoudon.fr",
        ),
        dpo_name="Hélène Marchais",
        dpo_contact="dpo@polyclinique-valdoudon.fr ; 02 61 91 55 19",
        notes="Client de Solvéa Dossier (112 lits). Instructions documentées : annexe 3 du contrat de services.",
    ),
    "trois_moulins": r.ControllerInput(
        contact=r.Contact(
            name="Centre médical des Trois-Moulins",
            address="3 rue des Meuniers",
            postcode="49000",
            city="Angers",
            country="FR",
            phone="02 61 91 63 00",
            email="administration@cm-troismoulins.fr",
        ),
        dpo_name="Thomas Le Berre",
        dpo_contact="dpo@cm-troismoulins.fr",
        notes="Centre de santé pluriprofessionnel : Solvéa Agenda, Solvéa Visio et pilote de transcription.",
    ),
    "marais_bretons": r.ControllerInput(
        contact=r.Contact(
            name="Maison de santé pluriprofessionnelle des Marais-Bretons",
            address="7 place du Marché",
            postcode="44270",
            city="Machecoul-Saint-Même",
            country="FR",
            phone="02 61 91 71 20",
            email="coordination@msp-maraisbretons.fr",
        ),
        dpo_name="Nicolas Perraud (Lexisanté, DPO externe)",
        dpo_contact="n.perraud@lexisante.fr",
        notes="Société interprofessionnelle de soins ambulatoires (SISA) ; migration vers Solvéa Dossier achevée.",
    ),
}


def own_measures(today: date) -> dict[str, r.MeasureInput]:
    """The company's own measures, beside the seeded catalogue."""
    return {
        "own_psc": r.MeasureInput(
            name="Connexion des praticiens par Pro Santé Connect (e-CPS)",
            heading=CnilHeading.ACCESS_CONTROL,
            category=MeasureCategory.TECHNICAL,
            description=(
                "Les professionnels de santé se connectent aux logiciels Solvéa par Pro Santé Connect (carte "
                "CPS ou application e-CPS) au lieu d'un identifiant et d'un mot de passe."
            ),
            status=MeasureStatus.PLANNED,
            evidence="Inscrit à la feuille de route produit du prochain semestre",
            review_date=shift_months(today, 6),
            reference="ANS, référentiel d'identification électronique des acteurs de santé (PGSSI-S)",
        ),
        "own_sync_ssl": r.MeasureInput(
            name=SSL_MEASURE,
            heading=CnilHeading.ENCRYPTION,
            category=MeasureCategory.NETWORK,
            description=(
                "Les connecteurs de synchronisation entre Solvéa Agenda et les logiciels de cabinet des clients "
                "communiquent par une connexion SSL avec authentification par certificat client ; les "
                "certificats sont renouvelés chaque année."
            ),
            evidence="Procédure d'exploitation EXP-07",
            review_date=shift_months(today, 3),
        ),
    }


# Catalogue measures applied across the company: (evidence, months until the next review).
ORGANISATION_WIDE: dict[str, tuple[str, int]] = {
    "it_charter": ("Charte informatique v3, annexée au règlement intérieur", 8),
    "staff_confidentiality_training": ("Clause de confidentialité des contrats ; sensibilisation annuelle émargée", 5),
    "incident_breach_procedure": ("Procédure PROC-SEC-04 « Gestion des incidents et des violations »", 6),
    "breach_register": ("Registre des violations tenu avec le DPO externe", 6),
    "security_governance": ("Comité sécurité trimestriel ; revue de direction annuelle", 9),
    "antivirus_edr": ("EDR sur tous les postes et serveurs, console supervisée", 4),
    "patch_management": ("Tableau de bord des correctifs, revue mensuelle", 1),
    "mobile_media_encryption": ("Chiffrement des disques imposé par l'outil de gestion du parc", 7),
    "joiner_leaver_process": ("Listes de contrôle d'arrivée et de départ (RH et informatique)", 5),
    "auto_session_lock": ("Verrouillage après 5 minutes d'inactivité, imposé sur le parc", 10),
}
