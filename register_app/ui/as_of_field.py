"""The "Register as of" row of the export and bundle dialogs: a day, and a time on that day (23:59,
the end of the day, unless changed: "as of the morning" is a day and 09:00)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QHBoxLayout, QTimeEdit, QWidget

from register_app.services.as_of import moment_on
from register_app.ui.widgets import DateField, hint

END_OF_DAY = QTime(23, 59)


class AsOfField(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateField(self)
        self.time = QTimeEdit(END_OF_DAY, self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time of day"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date)
        layout.addWidget(self.time)
        layout.addWidget(hint(self.tr("23:59: the end of the day; no date: as it is now")), 1)
        self.setFocusProxy(self.date)

    def is_valid(self) -> bool:
        return self.date.is_valid()

    def moment(self) -> datetime | None:
        """The moment chosen (UTC), None for now."""
        day = self.date.value()
        if day is None:
            return None
        chosen = self.time.time()
        return moment_on(day, None if chosen == END_OF_DAY else chosen.toPython())  # type: ignore[arg-type]
