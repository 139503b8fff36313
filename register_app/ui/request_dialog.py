"""The rights request editor: who asked what and when, the identity check, the extension with its
reasons, and the answer; the due date follows from what is entered."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from register_app.domain.catalogues import REQUEST_CHANNELS, REQUEST_TYPES
from register_app.domain.enums import IdentityCheck, RequestStatus
from register_app.services import records as r
from register_app.services.clocks import request_due
from register_app.services.rights_requests import validate_request
from register_app.ui import screen_labels
from register_app.ui.activity_description import text_box
from register_app.ui.form_dialog import FormDialog
from register_app.ui.subprocessor_dialog import form_page
from register_app.ui.widgets import CodeCombo, DateField, EnumCombo, fit_to_screen, scroll_page, with_error


class RequestDialog(FormDialog):
    help_topic = "requests"

    def __init__(self, *, data: r.RightsRequestInput, submit: Callable[[r.RightsRequestInput], None], title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(submit=submit, validate=validate_request, title=title, parent=parent)
        e = self.errors
        page, form = form_page()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("e.g. D-2026-07"))
        self.requester = QLineEdit()
        self.requester.setPlaceholderText(self.tr("only what is needed to answer"))
        self.contact = QLineEdit()
        self.request_type = CodeCombo(REQUEST_TYPES, empty="—")
        self.channel = CodeCombo(REQUEST_CHANNELS, empty="—")
        self.received = DateField()
        self.identity = EnumCombo(IdentityCheck)
        self.extended = QCheckBox(self.tr("Extended by two months (complexity, number of requests)"))
        self.extension_reason = text_box(2)
        self.due = QLabel()
        self.status = EnumCombo(RequestStatus)
        self.answered = DateField()
        self.summary = text_box(3)
        self.notes = text_box(2)
        form.addRow(self.tr("Reference"), with_error(self.reference, e, "reference"))
        form.addRow(self.tr("Person"), with_error(self.requester, e, "requester"))
        form.addRow(self.tr("Contact"), with_error(self.contact, e, "requester_contact"))
        form.addRow(self.tr("Right exercised *"), with_error(self.request_type, e, "request_type"))
        form.addRow(self.tr("Received by"), self.channel)
        form.addRow(self.tr("Received on *"), with_error(self.received, e, "received_on"))
        form.addRow(self.tr("Identity check"), self.identity)
        form.addRow("", self.extended)
        form.addRow(self.tr("Reasons for the extension"), with_error(self.extension_reason, e, "extension_reason"))
        form.addRow(self.tr("Answer due by"), self.due)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Answered on"), with_error(self.answered, e, "answered_on"))
        form.addRow(self.tr("Answer"), with_error(self.summary, e, "answer_summary"))
        form.addRow(self.tr("Notes"), with_error(self.notes, e, "notes"))
        self.finish_layout(scroll_page(page))
        fit_to_screen(self, 720, 620)
        self.start(data)
        self.received.edit.textChanged.connect(self.show_due)
        self.extended.toggled.connect(self.show_due)
        self.requester.setFocus()

    def show_due(self, *_args: object) -> None:
        due = request_due(self.to_input())
        self.due.setText(screen_labels.local_date(due) if due else self.tr("(enter the date received)"))

    def load(self, data: r.RightsRequestInput) -> None:
        self.reference.setText(data.reference)
        self.requester.setText(data.requester)
        self.contact.setText(data.requester_contact)
        self.request_type.set_code(data.request_type)
        self.channel.set_code(data.channel)
        self.received.set_value(data.received_on)
        self.identity.set_value(data.identity_check)
        self.extended.setChecked(data.extended)
        self.extension_reason.setPlainText(data.extension_reason)
        self.status.set_value(data.status)
        self.answered.set_value(data.answered_on)
        self.summary.setPlainText(data.answer_summary)
        self.notes.setPlainText(data.notes)
        self.show_due()

    def to_input(self) -> r.RightsRequestInput:
        return dataclasses.replace(
            self.base,
            reference=self.reference.text().strip(),
            requester=self.requester.text().strip(),
            requester_contact=self.contact.text().strip(),
            request_type=self.request_type.code(),
            channel=self.channel.code(),
            received_on=self.received.value(),
            identity_check=self.identity.value(),
            extended=self.extended.isChecked(),
            extension_reason=self.extension_reason.toPlainText().strip(),
            status=self.status.value(),
            answered_on=self.answered.value(),
            answer_summary=self.summary.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
        )
