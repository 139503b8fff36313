"""The security measure editor: heading, status, evidence, review date, and where it is applied."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QWidget

from register_app.domain.enums import CnilHeading, MeasureCategory, MeasureStatus
from register_app.services import records as r
from register_app.services.measures import MeasureUsage
from register_app.services.validation import validate_measure
from register_app.ui import suggestions
from register_app.ui.activity_description import text_box
from register_app.ui.form_dialog import FormDialog
from register_app.ui.subprocessor_dialog import form_page
from register_app.ui.widgets import DateField, EnumCombo, fit_to_screen, hint, scroll_page, with_error


class MeasureDialog(FormDialog):
    help_topic = "measures"

    def __init__(self, *, data: r.MeasureInput, submit: Callable[[r.MeasureInput], None], title: str,
                 usage: MeasureUsage | None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(submit=submit, validate=validate_measure, title=title, parent=parent)
        e = self.errors
        page, form = form_page()
        self.name = QLineEdit()
        self.heading = EnumCombo(CnilHeading)
        self.category = EnumCombo(MeasureCategory, empty="—")
        self.description = text_box(4)
        self.status = EnumCombo(MeasureStatus)
        self.evidence = text_box(2)
        self.evidence.setPlaceholderText(self.tr("where the proof is: procedure, audit report, screenshot…"))
        self.review = DateField()
        self.organisation_wide = QCheckBox(self.tr("Applies to the whole organisation"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. CNIL security guide, sheet 5"))
        self.activities = QListWidget()
        self.subprocessors = QListWidget()
        for widget, items in ((self.activities, usage.activities if usage else ()),
                              (self.subprocessors, usage.subprocessors if usage else ())):  # fmt: skip
            widget.addItems([text for _uid, text in items] or [self.tr("(none)")])
            widget.setMaximumHeight(96)
        form.addRow(self.tr("Name *"), with_error(self.name, e, "name"))
        form.addRow(self.tr("CNIL heading"), self.heading)
        form.addRow(self.tr("Kind"), self.category)
        form.addRow(self.tr("Description"), with_error(self.description, e, "description"))
        form.addRow(self.tr("Status"), self.status)
        self.suggestion_note = hint(suggestions.explained())
        form.addRow("", self.suggestion_note)
        self.status.currentIndexChanged.connect(self.on_status_changed)
        form.addRow(self.tr("Evidence"), with_error(self.evidence, e, "evidence"))
        form.addRow(self.tr("Next review"), self.review)
        form.addRow("", self.organisation_wide)
        form.addRow(self.tr("Reference"), with_error(self.reference, e, "reference"))
        form.addRow(self.tr("Activities"), self.activities)
        form.addRow(self.tr("Subprocessors"), self.subprocessors)
        self.finish_layout(scroll_page(page))
        fit_to_screen(self, 760, 680)
        self.start(data)
        self.name.setFocus()

    def on_status_changed(self) -> None:
        self.suggestion_note.setVisible(self.status.value() is MeasureStatus.NOT_DECLARED)

    def load(self, data: r.MeasureInput) -> None:
        self.name.setText(data.name)
        self.heading.set_value(data.heading)
        self.category.set_value(data.category)
        self.description.setPlainText(data.description)
        self.status.set_value(data.status)
        self.on_status_changed()
        self.evidence.setPlainText(data.evidence)
        self.review.set_value(data.review_date)
        self.organisation_wide.setChecked(data.organisation_wide)
        self.reference.setText(data.reference)

    def to_input(self) -> r.MeasureInput:
        return dataclasses.replace(
            self.base,
            name=self.name.text().strip(),
            heading=self.heading.value(),
            category=self.category.value(),
            description=self.description.toPlainText().strip(),
            status=self.status.value(),
            evidence=self.evidence.toPlainText().strip(),
            review_date=self.review.value(),
            organisation_wide=self.organisation_wide.isChecked(),
            reference=self.reference.text().strip(),
        )
