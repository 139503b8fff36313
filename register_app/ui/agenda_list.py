"""The dashboard's agenda: what falls due in the coming weeks, and what is overdue, soonest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from register_app.services.agenda import DueItem, DueKind
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_datetime

HORIZON = timedelta(days=90)
LATE_COLOUR = "#b00020"
WORDS = {
    DueKind.ACTIVITY_REVIEW: QT_TRANSLATE_NOOP("Agenda", "Yearly review: {label}"),
    DueKind.CONTRACT_REVIEW: QT_TRANSLATE_NOOP("Agenda", "Contract review: {label}"),
    DueKind.CERTIFICATE_EXPIRY: QT_TRANSLATE_NOOP("Agenda", "Certificate {detail} expires: {label}"),
    DueKind.DPIA_REVIEW: QT_TRANSLATE_NOOP("Agenda", "DPIA review: {label}"),
    DueKind.BREACH_NOTIFICATION: QT_TRANSLATE_NOOP("Agenda", "End of the 72 hours to notify: {label}"),
    DueKind.REQUEST_ANSWER: QT_TRANSLATE_NOOP("Agenda", "Answer due: {label}"),
}


def item_text(item: DueItem, now: datetime) -> str:
    when = local_datetime(item.due_at) if item.due_at else screen_labels.local_date(item.due_on)
    what = QCoreApplication.translate("Agenda", WORDS[item.kind]).format(label=item.label, detail=item.detail)
    if item.overdue(now):
        return QCoreApplication.translate("Agenda", "{when} — {what} (overdue)").format(when=when, what=what)
    return QCoreApplication.translate("Agenda", "{when} — {what}").format(when=when, what=what)


class AgendaList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Agenda"))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_items(self, items: tuple[DueItem, ...], now: datetime | None = None) -> None:
        """The overdue items and those due within the horizon (the .ics export has them all)."""
        now = now or datetime.now(UTC)
        self.clear()
        for item in items:
            if item.due_on > (now + HORIZON).date():
                continue
            entry = QListWidgetItem(item_text(item, now))
            if item.overdue(now):
                entry.setForeground(QBrush(QColor(LATE_COLOUR)))
            self.addItem(entry)
        if not self.count():
            self.addItem(self.tr("Nothing falls due in the next 90 days."))
