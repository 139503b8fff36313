"""Editor blocks 1 and 2: description and actors; purposes with a legal basis each."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.catalogues import LEGAL_BASES
from register_app.domain.enums import ActivityRole, ActivityStatus
from register_app.services import records as r
from register_app.services.validation import Issue
from register_app.ui import screen_labels
from register_app.ui.activity_blocks import Block, Lookups
from register_app.ui.widgets import CodeCombo, DateField, EnumCombo, ErrorLabel, RowList, hint, with_error


def text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * (lines + 4) + 12)
    return box


def contact_line(contact: r.Contact) -> str:
    parts = [contact.name, contact.email, contact.phone]
    return " · ".join(p for p in parts if p) or "—"


class DescriptionBlock(Block):
    help_topic = "description"
    fields = ("reference", "name", "description", "role", "client_uid", "joint_controller_uids", "department",
              "owner_name", "owner_email", "status", "retired_on", "software", "last_review")  # fmt: skip

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(self.tr("Description and actors"), "", lookups)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Payroll, Customer management, Recruitment"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Left empty, it is numbered automatically (T-001…)"))
        self.description = text_box()
        self.status = EnumCombo(ActivityStatus)
        self.status.currentIndexChanged.connect(self.on_status_changed)
        self.status.activated.connect(self.on_status_activated)
        self.retired_label = QLabel(self.tr("Retired on"))
        self.retired_on = DateField()
        self.retired_label.setBuddy(self.retired_on)
        status_row = QWidget()
        status_layout = QHBoxLayout(status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status)
        status_layout.addWidget(self.retired_label)
        status_layout.addWidget(self.retired_on)
        status_layout.addStretch(1)
        self.role = EnumCombo(ActivityRole)
        self.client = QComboBox()
        self.client.addItem(self.tr("— choose the client —"), None)
        for uid, name in lookups.controllers:
            self.client.addItem(name, uid)
        self.joint = QWidget()
        joint_layout = QVBoxLayout(self.joint)
        joint_layout.setContentsMargins(0, 0, 0, 0)
        self.joint_boxes: dict[str, QCheckBox] = {}
        for uid, name in lookups.controllers:
            box = QCheckBox(name)
            self.joint_boxes[uid] = box
            joint_layout.addWidget(box)
        if not lookups.controllers:
            joint_layout.addWidget(hint(self.tr("No other controller yet: add them on the Organisation & DPO page.")))
        self.department = QLineEdit()
        self.owner_name = QLineEdit()
        self.owner_email = QLineEdit()
        self.software = QLineEdit()
        self.last_review = DateField()
        e = self.errors
        form.addRow(self.tr("Name of the processing *"), with_error(self.name, e, "name"))
        form.addRow(self.tr("Reference"), with_error(self.reference, e, "reference"))
        form.addRow(self.tr("Description"), with_error(self.description, e, "description"))
        form.addRow(self.tr("Status"), with_error(status_row, e, "retired_on"))
        form.addRow(self.tr("Our role"), self.role)
        form.addRow(self.tr("Client (controller)"), with_error(self.client, e, "client_uid"))
        form.addRow(self.tr("Joint controllers"), with_error(self.joint, e, "joint_controller_uids"))
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Person in charge"), self.owner_name)
        form.addRow(self.tr("Their email"), with_error(self.owner_email, e, "owner_email"))
        form.addRow(self.tr("Software or tool used"), self.software)
        form.addRow(self.tr("Last review"), self.last_review)
        org = lookups.organisation
        actors = QGridLayout()
        actors.addWidget(QLabel(self.tr("Controller:")), 0, 0)
        actors.addWidget(QLabel(contact_line(org.identity)), 0, 1)
        actors.addWidget(QLabel(self.tr("Data protection officer:")), 1, 0)
        dpo = contact_line(org.dpo) if org.dpo_designated else screen_labels.label(org.dpo_status)
        actors.addWidget(QLabel(dpo), 1, 1)
        actors.setColumnStretch(1, 1)
        self.layout_.addLayout(form)
        self.layout_.addWidget(hint(self.tr("Actors (from the Organisation & DPO page):")))
        self.layout_.addLayout(actors)
        self.role.currentIndexChanged.connect(self.on_role_changed)
        self.on_role_changed()
        self.finish()

    def on_status_changed(self) -> None:
        retired = self.status.value() is ActivityStatus.RETIRED
        self.retired_label.setVisible(retired)
        self.retired_on.setVisible(retired)

    def on_status_activated(self) -> None:
        """Retiring an activity dates its end today (the user can change it); bringing it back into
        use clears that date."""
        if self.status.value() is not ActivityStatus.RETIRED:
            self.retired_on.set_value(None)
        elif self.retired_on.value() is None:
            self.retired_on.set_value(date.today())

    def on_role_changed(self) -> None:
        role = self.role.value()
        self.client.setEnabled(role == ActivityRole.PROCESSOR)
        self.joint.setEnabled(role == ActivityRole.JOINT_CONTROLLER)

    def load(self, data: r.ActivityInput) -> None:
        self.name.setText(data.name)
        self.reference.setText(data.reference)
        self.description.setPlainText(data.description)
        self.status.set_value(data.status)
        self.retired_on.set_value(data.retired_on)
        self.on_status_changed()
        self.role.set_value(data.role)
        self.client.setCurrentIndex(max(self.client.findData(data.client_uid), 0))
        for uid, box in self.joint_boxes.items():
            box.setChecked(uid in data.joint_controller_uids)
        self.department.setText(data.department)
        self.owner_name.setText(data.owner_name)
        self.owner_email.setText(data.owner_email)
        self.software.setText(data.software)
        self.last_review.set_value(data.last_review)

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        role = self.role.value()
        return dataclasses.replace(
            data,
            name=self.name.text().strip(),
            reference=self.reference.text().strip(),
            description=self.description.toPlainText().strip(),
            status=self.status.value(),
            retired_on=self.retired_on.value(),
            role=role,
            client_uid=self.client.currentData() if role == ActivityRole.PROCESSOR else None,
            joint_controller_uids=tuple(uid for uid, box in self.joint_boxes.items() if box.isChecked())
            if role == ActivityRole.JOINT_CONTROLLER else (),
            department=self.department.text().strip(),
            owner_name=self.owner_name.text().strip(),
            owner_email=self.owner_email.text().strip(),
            software=self.software.text().strip(),
            last_review=self.last_review.value(),
        )  # fmt: skip


class PurposeRow(QWidget):
    def __init__(self, first: bool) -> None:
        super().__init__()
        self.kept = r.Purpose()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What the processing is for"))
        self.basis = CodeCombo(LEGAL_BASES, empty=self.tr("— choose the legal basis —"))
        self.interest = QLineEdit()
        self.interest.setPlaceholderText(self.tr("The legitimate interest pursued"))
        self.basis_error = ErrorLabel()
        self.description_error = ErrorLabel()
        self.label = QLabel()
        form.addRow(self.label, self.description)
        form.addRow("", self.description_error)
        form.addRow(self.tr("Legal basis"), self.basis)
        form.addRow("", self.basis_error)
        self.interest_label = QLabel(self.tr("Legitimate interest"))
        form.addRow(self.interest_label, self.interest)
        self.basis.currentIndexChanged.connect(self.on_basis_changed)
        self.on_basis_changed()
        self.setFocusProxy(self.description)

    def set_position(self, index: int) -> None:
        self.label.setText(self.tr("Main purpose") if index == 0 else self.tr("Sub-purpose {n}").format(n=index))

    def on_basis_changed(self) -> None:
        show = self.basis.code() == "legitimate_interest"
        self.interest.setVisible(show)
        self.interest_label.setVisible(show)

    def load(self, purpose: r.Purpose) -> None:
        self.kept = purpose
        self.description.setText(purpose.description)
        self.basis.set_code(purpose.legal_basis)
        self.interest.setText(purpose.legitimate_interest)

    def value(self) -> r.Purpose:
        basis = self.basis.code()
        return dataclasses.replace(
            self.kept,
            description=self.description.text().strip(),
            legal_basis=basis,
            legitimate_interest=self.interest.text().strip() if basis == "legitimate_interest" else "",
        )


class PurposesBlock(Block):
    help_topic = "purposes"
    fields = ("purposes",)

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("Purposes"),
            self.tr("One line per purpose, the main one first, each with its legal basis (GDPR Art. 6)."),
            lookups,
        )
        self.list = RowList(lambda: PurposeRow(False), self.tr("Add a purpose"))
        self.list.changed.connect(self.on_rows_changed)
        self.layout_.addWidget(self.list)
        self.general_error = self.errors.add("purposes", ErrorLabel())
        self.layout_.addWidget(self.general_error)
        self.finish()

    def on_rows_changed(self) -> None:
        self.errors.forget("purposes[")
        for i, row in enumerate(self.list.rows()):
            row.set_position(i)
            self.errors.add(f"purposes[{i}].legal_basis", row.basis_error)
            self.errors.add(f"purposes[{i}].description", row.description_error)
            self.errors.add(f"purposes[{i}]", row.description_error)

    def load(self, data: r.ActivityInput) -> None:
        self.list.clear()
        for purpose in data.purposes or (r.Purpose(),):
            self.list.add_row().load(purpose)

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        purposes = [row.value() for row in self.list.rows()]
        self.positions = [i for i, p in enumerate(purposes) if p.description or p.legal_basis]
        return dataclasses.replace(data, purposes=tuple(purposes[i] for i in self.positions))

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        return self.errors.route(self.reindex(issues, "purposes", getattr(self, "positions", [])))
