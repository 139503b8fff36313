"""The label of every value of the register's closed lists, in French and English: the app shows
these in its interface language, the exports in the language of the document."""

from __future__ import annotations

from enum import StrEnum

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
    HistoryAction,
    IdentityCheck,
    MeasureCategory,
    MeasureStatus,
    RequestStatus,
    SubjectsInformation,
    SubprocessorRole,
)
from register_app.domain.words.language import Lang, Pair, pick

UNITS: dict[DurationUnit, tuple[Pair, Pair]] = {
    # unit: ((fr singular, fr plural), (en singular, en plural))
    DurationUnit.DAYS: (("jour", "jours"), ("day", "days")),
    DurationUnit.MONTHS: (("mois", "mois"), ("month", "months")),
    DurationUnit.YEARS: (("an", "ans"), ("year", "years")),
}

# One label pair per (enum type, value): two enums may share a value (ContractStatus.NOT_REQUIRED
# and DpiaConclusion.NOT_REQUIRED) and must never share a label.
_ENUM_LABEL_PAIRS: tuple[tuple[StrEnum, Pair], ...] = (
    (ActivityRole.CONTROLLER, ("Responsable du traitement", "Controller")),
    (ActivityRole.JOINT_CONTROLLER, ("Responsable conjoint", "Joint controller")),
    (ActivityRole.PROCESSOR, ("Sous-traitant", "Processor")),
    (ActivityStatus.DRAFT, ("Brouillon", "Draft")),
    (ActivityStatus.ACTIVE, ("En cours", "Active")),
    (ActivityStatus.RETIRED, ("Terminé", "Retired")),
    *((unit, (fr[1], en[1])) for unit, (fr, en) in UNITS.items()),
    (FinalFate.DELETE, ("Suppression", "Deletion")),
    (FinalFate.ANONYMISE, ("Anonymisation", "Anonymisation")),
    (FinalFate.ARCHIVE, ("Archivage définitif", "Permanent archiving")),
    (CnilHeading.ACCESS_CONTROL, ("Contrôle d'accès des utilisateurs", "User access control")),
    (CnilHeading.TRACEABILITY, ("Mesures de traçabilité", "Traceability measures")),
    (CnilHeading.SOFTWARE_PROTECTION, ("Mesures de protection des logiciels", "Software protection measures")),
    (CnilHeading.BACKUP, ("Sauvegarde des données", "Data backup")),
    (CnilHeading.ENCRYPTION, ("Chiffrement des données", "Data encryption")),
    (CnilHeading.PROCESSOR_CONTROL, ("Contrôle des sous-traitants", "Control of processors")),
    (CnilHeading.OTHER, ("Autres mesures", "Other measures")),
    (MeasureCategory.TECHNICAL, ("Technique", "Technical")),
    (MeasureCategory.NETWORK, ("Réseau", "Network")),
    (MeasureCategory.PHYSICAL, ("Physique", "Physical")),
    (MeasureCategory.ORGANISATIONAL, ("Organisationnelle", "Organisational")),
    (MeasureStatus.IN_PLACE, ("En place", "In place")),
    (MeasureStatus.PLANNED, ("Prévue", "Planned")),
    (MeasureStatus.NOT_DECLARED, ("Non déclarée (suggestion du catalogue)", "Not declared (catalogue suggestion)")),
    (DpoStatus.UNDECIDED, ("Désignation d'un DPO pas encore décidée", "Designation of a DPO not yet decided")),
    (DpoStatus.DESIGNATED, ("DPO désigné", "DPO designated")),
    (DpoStatus.NOT_DESIGNATED, ("Aucun DPO désigné", "No DPO designated")),
    (SubprocessorRole.PROCESSOR, ("Sous-traitant", "Processor")),
    (SubprocessorRole.SUB_PROCESSOR, ("Sous-traitant ultérieur", "Sub-processor")),
    (SubprocessorRole.JOINT_CONTROLLER, ("Responsable conjoint", "Joint controller")),
    (SubprocessorRole.INDEPENDENT_CONTROLLER, ("Responsable du traitement distinct", "Independent controller")),
    (ContractStatus.NONE, ("Aucun contrat", "No contract")),
    (ContractStatus.IN_NEGOTIATION, ("En négociation", "In negotiation")),
    (ContractStatus.SIGNED, ("Signé", "Signed")),
    (ContractStatus.NOT_REQUIRED, ("Non requis", "Not required")),
    (CountryRole.HOSTING, ("Hébergement", "Hosting")),
    (CountryRole.ACCESS, ("Accès à distance", "Remote access")),
    (DpiaConclusion.UNDETERMINED, ("Pas encore évaluée", "Not yet assessed")),
    (DpiaConclusion.REQUIRED, ("AIPD obligatoire", "DPIA required")),
    (DpiaConclusion.NOT_REQUIRED, ("AIPD non obligatoire", "DPIA not required")),
    (DpiaConclusion.EXEMPT, ("Dispensé d'AIPD (liste de la CNIL)", "Exempt from DPIA (CNIL list)")),
    (DpiaStatus.NOT_STARTED, ("Non commencée", "Not started")),
    (DpiaStatus.IN_PROGRESS, ("En cours de réalisation", "In progress")),
    (DpiaStatus.DONE, ("Réalisée", "Completed")),
    (DpiaStatus.NOT_APPLICABLE, ("Sans objet", "Not applicable")),
    # What a journal entry did to its object, as the history shows it.
    (HistoryAction.CREATE, ("créé", "created")),
    (HistoryAction.UPDATE, ("modifié", "changed")),
    (HistoryAction.DELETE, ("supprimé", "deleted")),
    (HistoryAction.LINK, ("lié", "linked")),
    (HistoryAction.UNLINK, ("délié", "unlinked")),
    (HistoryAction.BASELINE, ("état enregistré", "state recorded")),
    (HistoryAction.RESTORE, ("restauré", "restored")),
    (AuthorityNotification.PENDING, ("Notification à décider", "Notification to be decided")),
    (AuthorityNotification.NOTIFIED, ("Notifiée à l'autorité", "Notified to the authority")),
    (AuthorityNotification.NOT_NOTIFIED, ("Non notifiée (raison inscrite)", "Not notified (reason recorded)")),
    (SubjectsInformation.PENDING, ("Information des personnes à décider", "Informing the people to be decided")),
    (SubjectsInformation.INFORMED, ("Personnes informées", "People informed")),
    (SubjectsInformation.NOT_INFORMED, ("Personnes non informées (raison inscrite)",
                                        "People not informed (reason recorded)")),
    (RequestStatus.RECEIVED, ("Reçue", "Received")),
    (RequestStatus.IN_PROGRESS, ("En cours de traitement", "In progress")),
    (RequestStatus.ANSWERED, ("Répondue", "Answered")),
    (RequestStatus.REFUSED, ("Refusée (motifs donnés)", "Refused (reasons given)")),
    (RequestStatus.WITHDRAWN, ("Retirée par la personne", "Withdrawn by the person")),
    (IdentityCheck.NOT_NEEDED, ("Sans objet (aucun doute raisonnable)", "Not needed (no reasonable doubt)")),
    (IdentityCheck.REQUESTED, ("Justificatif demandé", "Proof requested")),
    (IdentityCheck.VERIFIED, ("Identité vérifiée", "Identity verified")),
    (IdentityCheck.FAILED, ("Identité non établie", "Identity not established")),
)
ENUM_LABELS: dict[tuple[type[StrEnum], str], Pair] = {(type(key), key.value): texts for key, texts in _ENUM_LABEL_PAIRS}


def enum_texts(value: StrEnum) -> Pair:
    """An enum value's French and English labels."""
    return ENUM_LABELS[type(value), value.value]


def enum_label(value: StrEnum | None, lang: Lang) -> str:
    return "" if value is None else pick(enum_texts(value), lang)


def duration_words(value: int, unit: DurationUnit) -> Pair:
    """'3 ans', '3 years'; French keeps the singular below two ('1 an'), English for one only."""
    (fr_one, fr_many), (en_one, en_many) = UNITS[unit]
    return f"{value} {fr_one if value < 2 else fr_many}", f"{value} {en_one if value == 1 else en_many}"


def in_sentence(label: str) -> str:
    """A label inside a sentence: 'Archivage définitif' → 'archivage définitif'; an acronym stays ('AIPD requise')."""
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]
