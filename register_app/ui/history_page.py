"""The register's history: every recorded change, newest first, filtered by date range, author,
object and field. The journal is read once (when the page is shown after a change) and filtered in
the model, so a keystroke at 10,000 entries is one pass over a Python list."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from register_app.errors import UserError
from register_app.services import history_rows
from register_app.services.text import fold
from register_app.ui.edits import Change
from register_app.ui.errors import show_error
from register_app.ui.history_table import history_model, history_view
from register_app.ui.history_words import HistoryLine, lines
from register_app.ui.register_context import RegisterContext
from register_app.ui.widgets import DateField, heading, hint

FILTER_DELAY_MS = 150


def local_day(item: HistoryLine, known: dict[datetime, date]) -> date:
    """The entry's day where the user is (worked out once per UTC day and hour)."""
    at = item.at if item.at.tzinfo else item.at.replace(tzinfo=UTC)
    hour = at.replace(minute=0, second=0, microsecond=0)
    day = known.get(hour)
    if day is None:
        day = known[hour] = at.astimezone().date()
    return day


class HistoryPage(QWidget):
    def __init__(self, ctx: RegisterContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lines: list[HistoryLine] = []
        self.days: list[date] = []
        self.objects: list[str] = []  # folded object texts, aligned with lines
        self.stale = True
        self.model = history_model(self)
        self.table = history_view(self.model, with_object=True)
        self.since = DateField()
        self.until = DateField()
        self.author = QComboBox()
        self.author.setAccessibleName(self.tr("Author"))
        self.object = QLineEdit()
        self.object.setClearButtonEnabled(True)
        self.object.setPlaceholderText(self.tr("name or kind of object, e.g. Payroll"))
        self.field = QComboBox()
        self.field.setAccessibleName(self.tr("Field"))
        self.count = QLabel()
        filters = QGridLayout()
        for column, (text, widget) in enumerate(((self.tr("From"), self.since), (self.tr("To"), self.until),
                                                 (self.tr("Author"), self.author), (self.tr("Object"), self.object),
                                                 (self.tr("Field"), self.field))):  # fmt: skip
            filters.addWidget(QLabel(text), 0, column)
            filters.addWidget(widget, 1, column)
        filters.setColumnStretch(3, 2)
        filters.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("History")))
        layout.addWidget(hint(self.tr("Every change recorded in this register: when, who, which object and field, "
                                      "the value before and after.")))  # fmt: skip
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self.timer.timeout.connect(self.apply_filters)
        for edit in (self.since.edit, self.until.edit, self.object):
            edit.textChanged.connect(self.timer.start)
        self.author.currentIndexChanged.connect(self.apply_filters)
        self.field.currentIndexChanged.connect(self.apply_filters)
        ctx.changed.connect(self.on_ctx_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def on_ctx_changed(self, _change: Change) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        try:
            names = history_rows.last_names(self.ctx.register)
            self.lines = lines(history_rows.register_changes(self.ctx.register), names)
        except UserError as exc:
            show_error(self, exc)
            return
        self.stale = False
        days: dict[datetime, date] = {}
        self.days = [local_day(item, days) for item in self.lines]
        folded: dict[str, str] = {}
        self.objects = [folded.get(i.object_text) or folded.setdefault(i.object_text, fold(i.object_text))
                        for i in self.lines]  # fmt: skip
        self._fill_choices()
        self.model.set_rows(self.lines)
        self.apply_filters()

    def _fill_choices(self) -> None:
        """The authors and fields found in the journal, keeping the current choice."""
        for combo, values in ((self.author, sorted({i.author for i in self.lines}, key=str.casefold)),
                              (self.field, sorted({i.field_text for i in self.lines if i.field_text},
                                                  key=str.casefold))):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for value in values:
                combo.addItem(value, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        since, until = self.since.value(), self.until.value()
        author, field = self.author.currentData(), self.field.currentData()
        words = fold(self.object.text()).split()
        if since is None and until is None and author is None and field is None and not words:
            self.model.set_accepted(None)
        else:
            self.model.set_accepted({
                item.key
                for item, day, obj in zip(self.lines, self.days, self.objects, strict=True)
                if (since is None or day >= since) and (until is None or day <= until)
                and (author is None or item.author == author) and (field is None or item.field_text == field)
                and all(w in obj for w in words)
            })  # fmt: skip
        shown, total = self.model.rowCount(), len(self.lines)
        self.count.setText(self.tr("%n change(s)", "", shown) if shown == total
                           else self.tr("{shown} of %n change(s)", "", total).format(shown=shown))  # fmt: skip
