"""Catalogue suggestions among the security measures: measures loaded from the catalogue that the
DPO has not declared, so not (yet) the organisation's. Every list of measures draws them the same
way (greyed, in italics) and names them the same way."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from register_app.domain.enums import MeasureStatus
from register_app.services import records as r
from register_app.ui import screen_labels

SHORT = QT_TRANSLATE_NOOP("Suggestions", "Suggestion")
EXPLAINED = QT_TRANSLATE_NOOP(
    "Suggestions",
    "A measure from the catalogue that the organisation has not declared: no export shows it until you "
    "declare it in place or planned.",
)


def is_suggestion(measure: r.MeasureInput) -> bool:
    return measure.status is MeasureStatus.NOT_DECLARED


def short() -> str:
    return QCoreApplication.translate("Suggestions", SHORT)


def status_text(measure: r.MeasureInput) -> str:
    """The status where space is short: "Suggestion" for a measure not declared."""
    return short() if is_suggestion(measure) else screen_labels.label(measure.status)


def explained() -> str:
    return QCoreApplication.translate("Suggestions", EXPLAINED)
