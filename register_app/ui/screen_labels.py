"""Labels for the screens: the closed lists' values (from `domain.words`, in the interface language),
catalogue entries in the catalogue language that follows the interface language, and short forms."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from register_app.domain.catalogues import Lang, catalogue, country_status
from register_app.domain.enums import ActivityRole
from register_app.domain.words.enum_labels import enum_label

COUNTRY_STATUS = {
    "eea": QT_TRANSLATE_NOOP("Labels", "EEA"),
    "adequate": QT_TRANSLATE_NOOP("Labels", "adequate"),
    "third": QT_TRANSLATE_NOOP("Labels", "third country"),
}


def label(value: StrEnum) -> str:
    """A closed list's value in the interface language, in the words the exports use."""
    return enum_label(value, lang())


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
