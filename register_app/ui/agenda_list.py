"""The dashboard's agenda: what falls due in the coming weeks, and what is overdue, soonest first.
An item a check speaks about carries that finding (its severity's icon, its message); every item
opens its object's editor on the field that records the date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from register_app.services.agenda import DueItem, DueKind
from register_app.services.checks import Finding
from register_app.ui import screen_labels
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.finding_words import severity_icon

HORIZON = timedelta(days=90)
LATE_COLOUR = "#b00020"
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
WORDS = {
    DueKind.ACTIVITY_REVIEW: QT_TRANSLATE_NOOP("Agenda", "Yearly review: {label}"),
    DueKind.CONTRACT_REVIEW: QT_TRANSLATE_NOOP("Agenda", "Contract review: {label}"),
    DueKind.CERTIFICATE_EXPIRY: QT_TRANSLATE_NOOP("Agenda", "Certificate {detail} expires: {label}"),
    DueKind.DPIA_REVIEW: QT_TRANSLATE_NOOP("Agenda", "DPIA review: {label}"),
    DueKind.BREACH_NOTIFICATION: QT_TRANSLATE_NOOP("Agenda", "End of the 72 hours to notify: {label}"),
    DueKind.REQUEST_ANSWER: QT_TRANSLATE_NOOP("Agenda", "Answer due: {label}"),
}


@dataclass(frozen=True)
class DueTarget:
    """Where an item no finding speaks about is opened: its object's editor, on its field, with the
    item's line shown there (the shape finding_focus opens)."""

    object_kind: str
    object_uid: str
    field: str
    text: str
    code: str = ""

    def message(self, _lang: str = "fr") -> str:
        return self.text


def item_text(item: DueItem, now: datetime) -> str:
    when = local_datetime(item.due_at) if item.due_at else screen_labels.local_date(item.due_on)
    what = QCoreApplication.translate("Agenda", WORDS[item.kind]).format(label=item.label, detail=item.detail)
    if item.overdue(now):
        return QCoreApplication.translate("Agenda", "{when} — {what} (overdue)").format(when=when, what=what)
    return QCoreApplication.translate("Agenda", "{when} — {what}").format(when=when, what=what)


def in_sight(items: tuple[DueItem, ...], now: datetime) -> list[DueItem]:
    """The overdue items and those due within the horizon (the .ics export has them all)."""
    return [item for item in items if item.due_on <= (now + HORIZON).date()]


class AgendaList(QListWidget):
    open_requested = Signal(object)  # a Finding, or a DueTarget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Agenda"))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(self.on_item_activated)

    def show_items(self, items: tuple[DueItem, ...], finding_for: Callable[[DueItem], Finding | None],
                   now: datetime | None = None) -> None:  # fmt: skip
        now = now or datetime.now(UTC)
        self.clear()
        side = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        blank = QPixmap(side, side)  # items without a finding line up with those that have its icon
        blank.fill(Qt.GlobalColor.transparent)
        for item in in_sight(items, now):
            text = item_text(item, now)
            finding = finding_for(item)
            entry = QListWidgetItem(severity_icon(finding.severity) if finding else QIcon(blank), text)
            said = finding.message(screen_labels.lang()) if finding else text
            entry.setToolTip(self.tr("{text}\n(double-click to open)").format(text=said))
            entry.setData(TARGET_ROLE, finding or DueTarget(item.object_kind, item.object_uid, item.field, text))
            if item.overdue(now):
                entry.setForeground(QBrush(QColor(LATE_COLOUR)))
            self.addItem(entry)
        if not self.count():
            self.addItem(self.tr("Nothing falls due in the next 90 days."))

    def show_message(self, text: str) -> None:
        self.clear()
        self.addItem(text)

    def on_item_activated(self, entry: QListWidgetItem) -> None:
        target = entry.data(TARGET_ROLE)
        if target is not None:
            self.open_requested.emit(target)
