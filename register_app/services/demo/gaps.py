"""The flaws left in the demo on purpose, for the checks to find, and the names they refer to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ORGANISATION_NAME = "Solvéa Santé SAS"
# Names the gaps below refer to: kept here so data and gaps cannot drift apart.
VISIOLIEN = "Visiolien SAS"
MAILORA = "Mailora SAS"
PIXELUNE = "Studio Pixelune SARL"
ATLAS = "Atlas Relation Client SARL"
SSL_MEASURE = "Chiffrement des flux de synchronisation d'agenda"


@dataclass(frozen=True)
class DemoGap:
    """A flaw left in the demo on purpose, for the checks to find."""

    kind: Literal["activity", "subprocessor", "measure"]
    target: str  # activity reference, or subprocessor or measure name
    field: str  # where the flaw lies, as a path in the record
    description: str


DELIBERATE_GAPS: tuple[DemoGap, ...] = (
    DemoGap("activity", "T-003", "purposes[2].legal_basis",
            "La finalité d'enrichissement des fiches prospects n'a pas de base légale."),
    DemoGap("activity", "T-004", "data_categories[1]",
            "Aucune durée de conservation n'est indiquée pour les ouvertures, clics et preuves de consentement "
            "(catégorie Internet)."),
    DemoGap("activity", "T-006", "retention[3].criterion",
            "Le contenu des tickets est conservé pour une durée « indéfinie », sans durée ni événement de départ."),
    DemoGap("activity", "T-006", "transfers[1].tool",
            "Le transfert vers le Maroc du support téléphonique de débordement n'est encadré par aucun outil."),
    DemoGap("activity", "T-008", "last_review",
            "La fiche comptabilité et facturation n'a pas été revue depuis quatorze mois."),
    DemoGap("activity", "T-009", "dpia.status",
            "Trois critères d'AIPD sont remplis pour la journalisation de sécurité, sans AIPD ni conclusion."),
    DemoGap("activity", "T-011", "art9_condition",
            "Des données de santé (régimes alimentaires, handicap) sont collectées pour les événements sans "
            "condition de l'article 9.2."),
    DemoGap("subprocessor", ATLAS, "transfer_tool",
            "Les conseillers du centre d'appels accèdent aux données depuis le Maroc sans outil de transfert."),
    DemoGap("subprocessor", VISIOLIEN, "certifications",
            "Le relais de téléconsultation héberge des documents de santé (T-015) sans certification HDS."),
    DemoGap("subprocessor", PIXELUNE, "contract_status",
            "Le contrat article 28 avec l'agence web est encore en négociation, donc non signé."),
    DemoGap("subprocessor", MAILORA, "certifications[0].expires",
            "Le certificat ISO/IEC 27001 de la plateforme d'envoi de courriels a expiré il y a deux mois."),
    DemoGap("measure", SSL_MEASURE, "description",
            "La description de la mesure parle de « SSL » là où c'est TLS qui est visé."),
)  # fmt: skip
