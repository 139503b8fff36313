"""The breach editor: the facts of a personal data breach under the headings of Art. 33(3), the
decision to notify the authority and to inform the people, with the 72-hour clock shown live."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTimeEdit, QWidget

from register_app.domain.catalogues import (
    BREACH_CAUSES,
    BREACH_NATURES,
    BREACH_RISK_LEVELS,
    DATA_CATEGORIES,
    DATA_SUBJECTS,
    catalogue,
)
from register_app.domain.enums import AuthorityNotification, SubjectsInformation
from register_app.services import records as r
from register_app.services.breaches import validate_breach
from register_app.ui import screen_labels
from register_app.ui.activity_description import text_box
from register_app.ui.breach_clock import clock_text
from register_app.ui.form_dialog import CheckList, FormDialog
from register_app.ui.subprocessor_dialog import form_page
from register_app.ui.widgets import CodeCombo, DateField, EnumCombo, fit_to_screen, hint, scroll_page, with_error

CLOCK_REFRESH_MS = 30_000


class DateTimeField(QWidget):
    """A date typed with the keyboard (15/03/2025) or picked in a calendar, as every date of the app,
    and a time (hh:mm), in the computer's time zone. An empty date means not known; the time is
    entered once the date is."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.date = DateField(self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Time"))
        self.time.setEnabled(False)
        layout.addWidget(self.date)
        layout.addWidget(self.time)
        layout.addStretch(1)
        self.setFocusProxy(self.date)
        self.date.edit.textChanged.connect(self.on_date_text_changed)
        self.time.timeChanged.connect(self.changed)

    def value(self) -> datetime | None:
        day = self.date.value()
        if day is None:
            return None
        shown = self.time.time()
        return datetime(day.year, day.month, day.day, shown.hour(), shown.minute()).astimezone()  # the zone, stated

    def set_value(self, value: datetime | None) -> None:
        local = value.astimezone() if value is not None else None
        self.date.set_value(local.date() if local else None)
        if local is not None:
            self.time.setTime(QTime(local.hour, local.minute))

    def on_date_text_changed(self, _text: str) -> None:
        self.time.setEnabled(self.date.value() is not None)
        self.changed.emit()


def code_items(name: str) -> list[tuple[str, str]]:
    return [(entry.code, entry.label(screen_labels.lang())) for entry in catalogue(name)]


class BreachDialog(FormDialog):
    help_topic = "breaches"

    def __init__(self, *, data: r.BreachInput, submit: Callable[[r.BreachInput], None], title: str,
                 activities: list[tuple[str, str]], subprocessors: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(submit=submit, validate=validate_breach, title=title, parent=parent)
        e = self.errors
        page, form = form_page()
        self.clock = QLabel()
        self.clock.setWordWrap(True)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. V-2026-01"))
        self.title_edit = QLineEdit()
        self.discovered = DateTimeField()
        self.started = DateTimeField()
        self.ended = DateTimeField()
        self.description = text_box(3)
        self.natures = CheckList(code_items(BREACH_NATURES))
        self.natures.setMaximumHeight(80)
        self.cause = CodeCombo(BREACH_CAUSES, empty="—")
        self.categories = CheckList(code_items(DATA_CATEGORIES))
        self.subjects = CheckList(code_items(DATA_SUBJECTS))
        self.people = QSpinBox()
        self.records = QSpinBox()
        for box in (self.people, self.records):
            box.setRange(-1, 2_000_000_000)
            box.setSpecialValueText(self.tr("unknown"))
            box.setValue(-1)
        self.activities = CheckList(activities)
        self.subprocessors = CheckList(subprocessors)
        for widget in (self.categories, self.subjects, self.activities, self.subprocessors):
            widget.setMaximumHeight(110)
        self.consequences = text_box(2)
        self.measures_taken = text_box(2)
        self.measures_planned = text_box(2)
        self.risk = CodeCombo(BREACH_RISK_LEVELS, empty=self.tr("not assessed yet"))
        self.authority_status = EnumCombo(AuthorityNotification)
        self.notified_at = DateTimeField()
        self.authority_reference = QLineEdit()
        self.delay_reason = text_box(2)
        self.not_notified_reason = text_box(2)
        self.subjects_status = EnumCombo(SubjectsInformation)
        self.informed_on = DateField()
        self.informed_how = QLineEdit()
        self.informed_how.setPlaceholderText(self.tr("e.g. individual e-mail, letter, public notice"))
        self.not_informed_reason = text_box(2)
        self.notes = text_box(2)
        form.addRow("", self.clock)
        form.addRow(self.tr("Reference"), with_error(self.reference, e, "reference"))
        form.addRow(self.tr("Title *"), with_error(self.title_edit, e, "title"))
        form.addRow(self.tr("Discovered on *"), with_error(self.discovered, e, "discovered_at"))
        form.addRow(self.tr("Began on"), with_error(self.started, e, "started_at"))
        form.addRow(self.tr("Ended on"), with_error(self.ended, e, "ended_at"))
        form.addRow(self.tr("What happened"), with_error(self.description, e, "description"))
        form.addRow(self.tr("Nature"), with_error(self.natures, e, "natures"))
        form.addRow(self.tr("Cause"), self.cause)
        form.addRow(self.tr("Data categories"), with_error(self.categories, e, "data_categories"))
        form.addRow(self.tr("People concerned"), with_error(self.subjects, e, "subject_categories"))
        form.addRow(self.tr("Approximate number of people"), with_error(self.people, e, "people_count"))
        form.addRow(self.tr("Approximate number of records"), with_error(self.records, e, "records_count"))
        form.addRow(self.tr("Activities involved"), with_error(self.activities, e, "activity_uids"))
        form.addRow(self.tr("Subprocessors involved"), with_error(self.subprocessors, e, "subprocessor_uids"))
        form.addRow(self.tr("Likely consequences"), with_error(self.consequences, e, "consequences"))
        form.addRow(self.tr("Measures taken"), with_error(self.measures_taken, e, "measures_taken"))
        form.addRow(self.tr("Measures planned"), with_error(self.measures_planned, e, "measures_planned"))
        form.addRow(self.tr("Risk to people"), self.risk)
        form.addRow(self.tr("Notification to the CNIL"), self.authority_status)
        form.addRow(self.tr("Notified on"), with_error(self.notified_at, e, "authority_notified_at"))
        form.addRow(self.tr("Notification reference"), with_error(self.authority_reference, e, "authority_reference"))
        form.addRow(self.tr("Reasons for the delay"), with_error(self.delay_reason, e, "delay_reason"))
        form.addRow(self.tr("Why not notified"), with_error(self.not_notified_reason, e, "not_notified_reason"))
        form.addRow(self.tr("People informed"), self.subjects_status)
        form.addRow(self.tr("Informed on"), with_error(self.informed_on, e, "subjects_informed_on"))
        form.addRow(self.tr("Informed how"), with_error(self.informed_how, e, "subjects_informed_how"))
        form.addRow(self.tr("Why not informed"), with_error(self.not_informed_reason, e, "not_informed_reason"))
        form.addRow(self.tr("Notes"), with_error(self.notes, e, "notes"))
        form.addRow("", hint(self.tr("Times are in this computer's time zone; the 72 hours run from discovery.")))
        self.finish_layout(scroll_page(page))
        fit_to_screen(self, 820, 720)
        self.start(data)
        self.timer = QTimer(self)
        self.timer.setInterval(CLOCK_REFRESH_MS)
        self.timer.timeout.connect(self.show_clock)
        self.timer.start()
        for signal in (self.authority_status.currentIndexChanged, self.risk.currentIndexChanged,
                       self.discovered.changed):  # fmt: skip
            signal.connect(self.show_clock)
        self.title_edit.setFocus()

    def show_clock(self, *_args: object) -> None:
        text, late = clock_text(self.to_input())
        self.clock.setText(text)
        self.clock.setStyleSheet("color: #b00020; font-weight: bold;" if late else "font-weight: bold;")

    def load(self, data: r.BreachInput) -> None:
        self.reference.setText(data.reference)
        self.title_edit.setText(data.title)
        self.discovered.set_value(data.discovered_at)
        self.started.set_value(data.started_at)
        self.ended.set_value(data.ended_at)
        self.description.setPlainText(data.description)
        self.natures.set_checked(data.natures)
        self.cause.set_code(data.cause)
        self.categories.set_checked(data.data_categories)
        self.subjects.set_checked(data.subject_categories)
        self.people.setValue(-1 if data.people_count is None else data.people_count)
        self.records.setValue(-1 if data.records_count is None else data.records_count)
        self.activities.set_checked(data.activity_uids)
        self.subprocessors.set_checked(data.subprocessor_uids)
        self.consequences.setPlainText(data.consequences)
        self.measures_taken.setPlainText(data.measures_taken)
        self.measures_planned.setPlainText(data.measures_planned)
        self.risk.set_code(data.risk_level)
        self.authority_status.set_value(data.authority_status)
        self.notified_at.set_value(data.authority_notified_at)
        self.authority_reference.setText(data.authority_reference)
        self.delay_reason.setPlainText(data.delay_reason)
        self.not_notified_reason.setPlainText(data.not_notified_reason)
        self.subjects_status.set_value(data.subjects_status)
        self.informed_on.set_value(data.subjects_informed_on)
        self.informed_how.setText(data.subjects_informed_how)
        self.not_informed_reason.setPlainText(data.not_informed_reason)
        self.notes.setPlainText(data.notes)
        self.show_clock()

    def to_input(self) -> r.BreachInput:
        def count(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return dataclasses.replace(
            self.base,
            reference=self.reference.text().strip(),
            title=self.title_edit.text().strip(),
            discovered_at=self.discovered.value(),
            started_at=self.started.value(),
            ended_at=self.ended.value(),
            description=self.description.toPlainText().strip(),
            natures=self.natures.checked(),
            cause=self.cause.code(),
            data_categories=self.categories.checked(),
            subject_categories=self.subjects.checked(),
            people_count=count(self.people),
            records_count=count(self.records),
            activity_uids=self.activities.checked(),
            subprocessor_uids=self.subprocessors.checked(),
            consequences=self.consequences.toPlainText().strip(),
            measures_taken=self.measures_taken.toPlainText().strip(),
            measures_planned=self.measures_planned.toPlainText().strip(),
            risk_level=self.risk.code(),
            authority_status=self.authority_status.value(),
            authority_notified_at=self.notified_at.value(),
            authority_reference=self.authority_reference.text().strip(),
            delay_reason=self.delay_reason.toPlainText().strip(),
            not_notified_reason=self.not_notified_reason.toPlainText().strip(),
            subjects_status=self.subjects_status.value(),
            subjects_informed_on=self.informed_on.value(),
            subjects_informed_how=self.informed_how.text().strip(),
            not_informed_reason=self.not_informed_reason.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )
