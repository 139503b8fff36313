"""Display labels of the enums' stable codes, as translatable strings (context "Labels"), and the
catalogue language that follows the interface language."""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from register_app.domain.catalogues import Lang, catalogue, country_status
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

# One label per (enum type, value): two enums may share a value (ContractStatus.NOT_REQUIRED and
# DpiaConclusion.NOT_REQUIRED are both 'not_required') and must never share a label.
_LABEL_PAIRS: tuple[tuple[Enum, str], ...] = (
    (ActivityRole.CONTROLLER, QT_TRANSLATE_NOOP("Labels", "Controller")),
    (ActivityRole.JOINT_CONTROLLER, QT_TRANSLATE_NOOP("Labels", "Joint controller")),
    (ActivityRole.PROCESSOR, QT_TRANSLATE_NOOP("Labels", "Processor for a client")),
    (ActivityStatus.DRAFT, QT_TRANSLATE_NOOP("Labels", "Draft")),
    (ActivityStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "In use")),
    (ActivityStatus.RETIRED, QT_TRANSLATE_NOOP("Labels", "Retired")),
    (DurationUnit.DAYS, QT_TRANSLATE_NOOP("Labels", "days")),
    (DurationUnit.MONTHS, QT_TRANSLATE_NOOP("Labels", "months")),
    (DurationUnit.YEARS, QT_TRANSLATE_NOOP("Labels", "years")),
    (FinalFate.DELETE, QT_TRANSLATE_NOOP("Labels", "Delete")),
    (FinalFate.ANONYMISE, QT_TRANSLATE_NOOP("Labels", "Anonymise")),
    (FinalFate.ARCHIVE, QT_TRANSLATE_NOOP("Labels", "Archive permanently")),
    (CnilHeading.ACCESS_CONTROL, QT_TRANSLATE_NOOP("Labels", "User access control")),
    (CnilHeading.TRACEABILITY, QT_TRANSLATE_NOOP("Labels", "Traceability measures")),
    (CnilHeading.SOFTWARE_PROTECTION, QT_TRANSLATE_NOOP("Labels", "Software protection measures")),
    (CnilHeading.BACKUP, QT_TRANSLATE_NOOP("Labels", "Data backup")),
    (CnilHeading.ENCRYPTION, QT_TRANSLATE_NOOP("Labels", "Data encryption")),
    (CnilHeading.PROCESSOR_CONTROL, QT_TRANSLATE_NOOP("Labels", "Control of processors")),
    (CnilHeading.OTHER, QT_TRANSLATE_NOOP("Labels", "Other measures")),
    (MeasureCategory.TECHNICAL, QT_TRANSLATE_NOOP("Labels", "Technical")),
    (MeasureCategory.NETWORK, QT_TRANSLATE_NOOP("Labels", "Network")),
    (MeasureCategory.PHYSICAL, QT_TRANSLATE_NOOP("Labels", "Physical")),
    (MeasureCategory.ORGANISATIONAL, QT_TRANSLATE_NOOP("Labels", "Organisational")),
    (MeasureStatus.IN_PLACE, QT_TRANSLATE_NOOP("Labels", "In place")),
    (MeasureStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
    (MeasureStatus.NOT_DECLARED, QT_TRANSLATE_NOOP("Labels", "Not declared (catalogue suggestion)")),
    (DpoStatus.UNDECIDED, QT_TRANSLATE_NOOP("Labels", "Not yet decided")),
    (DpoStatus.DESIGNATED, QT_TRANSLATE_NOOP("Labels", "A DPO is designated")),
    (DpoStatus.NOT_DESIGNATED, QT_TRANSLATE_NOOP("Labels", "No DPO is designated")),
    (SubprocessorRole.PROCESSOR, QT_TRANSLATE_NOOP("Labels", "Processor")),
    (SubprocessorRole.SUB_PROCESSOR, QT_TRANSLATE_NOOP("Labels", "Sub-processor of another processor")),
    (SubprocessorRole.JOINT_CONTROLLER, QT_TRANSLATE_NOOP("Labels", "Joint controller")),
    (SubprocessorRole.INDEPENDENT_CONTROLLER, QT_TRANSLATE_NOOP("Labels", "Independent controller")),
    (ContractStatus.NONE, QT_TRANSLATE_NOOP("Labels", "No contract")),
    (ContractStatus.IN_NEGOTIATION, QT_TRANSLATE_NOOP("Labels", "In negotiation")),
    (ContractStatus.SIGNED, QT_TRANSLATE_NOOP("Labels", "Signed")),
    (ContractStatus.NOT_REQUIRED, QT_TRANSLATE_NOOP("Labels", "Not required")),
    (CountryRole.HOSTING, QT_TRANSLATE_NOOP("Labels", "Hosting")),
    (CountryRole.ACCESS, QT_TRANSLATE_NOOP("Labels", "Remote access")),
    (DpiaConclusion.UNDETERMINED, QT_TRANSLATE_NOOP("Labels", "Not yet assessed")),
    (DpiaConclusion.REQUIRED, QT_TRANSLATE_NOOP("Labels", "DPIA required")),
    (DpiaConclusion.NOT_REQUIRED, QT_TRANSLATE_NOOP("Labels", "DPIA not required")),
    (DpiaConclusion.EXEMPT, QT_TRANSLATE_NOOP("Labels", "Exempt (CNIL list)")),
    (DpiaStatus.NOT_STARTED, QT_TRANSLATE_NOOP("Labels", "Not started")),
    (DpiaStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (DpiaStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
    (DpiaStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("Labels", "Not applicable")),
    (AuthorityNotification.PENDING, QT_TRANSLATE_NOOP("Labels", "To be decided")),
    (AuthorityNotification.NOTIFIED, QT_TRANSLATE_NOOP("Labels", "Notified")),
    (AuthorityNotification.NOT_NOTIFIED, QT_TRANSLATE_NOOP("Labels", "Not notified")),
    (SubjectsInformation.PENDING, QT_TRANSLATE_NOOP("Labels", "To be decided")),
    (SubjectsInformation.INFORMED, QT_TRANSLATE_NOOP("Labels", "Informed")),
    (SubjectsInformation.NOT_INFORMED, QT_TRANSLATE_NOOP("Labels", "Not informed")),
    (RequestStatus.RECEIVED, QT_TRANSLATE_NOOP("Labels", "Received")),
    (RequestStatus.IN_PROGRESS, QT_TRANSLATE_NOOP("Labels", "In progress")),
    (RequestStatus.ANSWERED, QT_TRANSLATE_NOOP("Labels", "Answered")),
    (RequestStatus.REFUSED, QT_TRANSLATE_NOOP("Labels", "Refused")),
    (RequestStatus.WITHDRAWN, QT_TRANSLATE_NOOP("Labels", "Withdrawn")),
    (IdentityCheck.NOT_NEEDED, QT_TRANSLATE_NOOP("Labels", "Not needed")),
    (IdentityCheck.REQUESTED, QT_TRANSLATE_NOOP("Labels", "Proof requested")),
    (IdentityCheck.VERIFIED, QT_TRANSLATE_NOOP("Labels", "Verified")),
    (IdentityCheck.FAILED, QT_TRANSLATE_NOOP("Labels", "Not established")),
)
LABELS: dict[tuple[type[Enum], str], str] = {(type(key), key.value): text for key, text in _LABEL_PAIRS}

COUNTRY_STATUS = {
    "eea": QT_TRANSLATE_NOOP("Labels", "EEA"),
    "adequate": QT_TRANSLATE_NOOP("Labels", "adequate"),
    "third": QT_TRANSLATE_NOOP("Labels", "third country"),
}


def label(value: Enum) -> str:
    return QCoreApplication.translate("Labels", LABELS[type(value), value.value])


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Labels", "Yes") if value else QCoreApplication.translate("Labels", "No")


_lang: list[Lang] = ["en"]


def set_catalogue_lang(lang: Lang) -> None:
    _lang[0] = lang


def lang() -> Lang:
    """Language of catalogue labels: the interface language."""
    return _lang[0]


def code_label(catalogue_name: str, code: str | None) -> str:
    return catalogue(catalogue_name).label(code, lang())


def country_label(code: str, *, with_status: bool = True) -> str:
    name = code_label("countries", code)
    if not with_status:
        return name
    status = QCoreApplication.translate("Labels", COUNTRY_STATUS[country_status(code)])
    return f"{name} ({status})"


SHORT_LEGAL_BASES = {
    "consent": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "contract": QT_TRANSLATE_NOOP("Labels", "Contract"),
    "legal_obligation": QT_TRANSLATE_NOOP("Labels", "Legal obligation"),
    "vital_interests": QT_TRANSLATE_NOOP("Labels", "Vital interests"),
    "public_task": QT_TRANSLATE_NOOP("Labels", "Public interest"),
    "legitimate_interest": QT_TRANSLATE_NOOP("Labels", "Legitimate interest"),
}


def short_legal_basis(code: str) -> str:
    text = SHORT_LEGAL_BASES.get(code)
    return QCoreApplication.translate("Labels", text) if text else code_label("legal_bases", code)


def collation_key(text: str) -> str:
    """Sort key that puts "Égypte" beside "Egypte", not after "Zimbabwe"."""
    from register_app.services.text import fold

    return fold(text)


HDS_SHORT = {
    "physical_sites": QT_TRANSLATE_NOOP("Labels", "1° Physical sites"),
    "hardware_infrastructure": QT_TRANSLATE_NOOP("Labels", "2° Hardware infrastructure"),
    "virtual_infrastructure": QT_TRANSLATE_NOOP("Labels", "3° Virtual infrastructure"),
    "application_platform": QT_TRANSLATE_NOOP("Labels", "4° Application hosting platform"),
    "administration_operation": QT_TRANSLATE_NOOP("Labels", "5° Administration and operation of the system"),
    "offsite_backup": QT_TRANSLATE_NOOP("Labels", "6° Off-site backup"),
}


def hds_short(code: str) -> str:
    text = HDS_SHORT.get(code)
    return QCoreApplication.translate("Labels", text) if text else code_label("hds_scopes", code)


SHORT_ROLES = {
    ActivityRole.CONTROLLER: QT_TRANSLATE_NOOP("ShortLabels", "Controller"),
    ActivityRole.JOINT_CONTROLLER: QT_TRANSLATE_NOOP("ShortLabels", "Joint controller"),
    ActivityRole.PROCESSOR: QT_TRANSLATE_NOOP("ShortLabels", "Processor"),
}


def short_role(role: ActivityRole) -> str:
    """The role in a table column, where space is short."""
    return QCoreApplication.translate("ShortLabels", SHORT_ROLES[role])


def local_date(value: date | None) -> str:
    """A date in the interface language's short format (22/11/2026), or nothing."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
