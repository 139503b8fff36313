"""Findings for the screens: the words of `domain.words` in the interface language (severity, kind of
object, the field path "purposes[1].legal_basis" as "Purpose 2: legal basis"), and each severity's
colour and icon."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from register_app.domain.enums import Severity
from register_app.domain.words.fields import field_text as words_field_text
from register_app.domain.words.severities import kind_word, severity_word
from register_app.ui.screen_labels import lang

SEVERITY_COLOURS = {Severity.ERROR: "#b00020", Severity.WARNING: "#9a5b00", Severity.INFO: "#1f5fa8"}
SEVERITY_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_text(severity: Severity) -> str:
    return severity_word(severity, lang())


def severity_colour(severity: Severity) -> QColor:
    return QColor(SEVERITY_COLOURS[severity])


def severity_icon(severity: Severity) -> QIcon:
    return QApplication.style().standardIcon(SEVERITY_ICONS[severity])


def kind_text(kind: str) -> str:
    return kind_word(kind, lang())


def field_text(path: str) -> str:
    """'purposes[1].legal_basis' → 'Purpose 2: legal basis'; an unknown path is shown as it is."""
    return words_field_text(path, lang())
