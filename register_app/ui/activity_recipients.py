"""Editor blocks 5 and 6: recipients and subprocessors; transfers outside the EEA."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from register_app.domain.catalogues import RECIPIENTS, TRANSFER_TOOLS, country_status
from register_app.services import records as r
from register_app.services.validation import Issue
from register_app.ui import screen_labels
from register_app.ui.activity_blocks import Block, Lookups
from register_app.ui.activity_data import group
from register_app.ui.widgets import Checklist, CodeCombo, CountryCombo, ErrorLabel, RowList, hint


def subprocessor_text(sub: r.Subprocessor) -> str:
    names = (screen_labels.country_label(c.country, with_status=False) for c in sub.countries)
    countries = ", ".join(dict.fromkeys(names))
    return f"{sub.name} ({countries})" if countries else sub.name


class RecipientsBlock(Block):
    help_topic = "recipients"
    fields = ("recipients", "subprocessor_uids")

    def __init__(self, lookups: Lookups) -> None:
        super().__init__(
            self.tr("Recipients and subprocessors"),
            self.tr("Who receives the data. Subprocessors are picked from the register's list; "
                    "their hosting countries feed the transfers."),
            lookups,
        )  # fmt: skip
        self.recipients = Checklist(RECIPIENTS, precision_hint=self.tr("precision"))
        self.layout_.addWidget(group(self.tr("Categories of recipients"), self.recipients,
                                     self.errors.add("recipients", ErrorLabel())))  # fmt: skip
        self.subprocessors = QListWidget()
        self.subprocessors.setMinimumHeight(140)
        self.subprocessors.setAccessibleName(self.tr("Subprocessors"))
        for sub in lookups.subprocessors:
            self._add_item(sub, checked=False)
        self.new_button = QPushButton(self.tr("New subprocessor…"))
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.new_button.setEnabled(lookups.new_subprocessor is not None)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        box = group(self.tr("Subprocessors (GDPR Art. 28)"),
                    hint(self.tr("Tick the subprocessors this processing uses (space bar ticks).")),
                    self.subprocessors, self.errors.add("subprocessor_uids", ErrorLabel()))  # fmt: skip
        box.layout().addLayout(buttons)  # type: ignore[union-attr]
        self.layout_.addWidget(box)
        self.finish()

    def _add_item(self, sub: r.Subprocessor, *, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(subprocessor_text(sub))
        item.setToolTip(sub.service)
        item.setData(Qt.ItemDataRole.UserRole, sub.uid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.subprocessors.addItem(item)
        return item

    def on_new_button_clicked(self) -> None:
        assert self.lookups.new_subprocessor is not None
        sub = self.lookups.new_subprocessor(self)
        if sub is not None:
            self.lookups.subprocessors.append(sub)
            self.subprocessors.setCurrentItem(self._add_item(sub, checked=True))

    def selected(self) -> list[r.Subprocessor]:
        by_uid = {s.uid: s for s in self.lookups.subprocessors}
        uids = self.selected_uids()
        return [by_uid[u] for u in uids if u in by_uid]

    def selected_uids(self) -> list[str]:
        found = []
        for i in range(self.subprocessors.count()):
            item = self.subprocessors.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def load(self, data: r.ActivityInput) -> None:
        self.recipients.set_checked((c.code, c.precision) for c in data.recipients)
        for i in range(self.subprocessors.count()):
            item = self.subprocessors.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in data.subprocessor_uids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        return dataclasses.replace(
            data,
            recipients=tuple(r.CodedItem(code=c, precision=p) for c, p in self.recipients.checked()),
            subprocessor_uids=tuple(self.selected_uids()),
        )


class TransferRow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.kept = r.Transfer()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recipient = QLineEdit()
        self.country = CountryCombo(empty=self.tr("— choose the country or organisation —"), organisations=True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tool = CodeCombo(TRANSFER_TOOLS, empty=self.tr("— no transfer tool —"))
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("e.g. SCC 2021, module 2 (controller to processor)"))
        self.documentation = QLineEdit()
        self.documentation.setPlaceholderText(self.tr("link or reference to the documentation"))
        self.tia = QLineEdit()
        self.country_error = ErrorLabel()
        self.tool_error = ErrorLabel()
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Destination"), self.country)
        form.addRow("", self.status)
        form.addRow("", self.country_error)
        form.addRow(self.tr("Transfer tool"), self.tool)
        form.addRow("", self.tool_error)
        form.addRow(self.tr("Safeguards in detail"), self.detail)
        form.addRow(self.tr("Documentation"), self.documentation)
        form.addRow(self.tr("Transfer impact assessment"), self.tia)
        self.country.currentIndexChanged.connect(self.on_country_changed)
        self.on_country_changed()
        self.setFocusProxy(self.recipient)

    def on_country_changed(self) -> None:
        code = self.country.code()
        if not code:
            self.status.setText("")
            return
        status = country_status(code)
        texts = {
            "eea": self.tr("Inside the EEA: no transfer tool is needed."),
            "adequate": self.tr("Adequacy decision: check that it covers this recipient."),
            "third": self.tr("Third country: a transfer tool (SCC, BCR…) or a derogation is required."),
        }
        self.status.setText(texts[status])

    def load(self, transfer: r.Transfer) -> None:
        self.kept = transfer
        self.recipient.setText(transfer.recipient)
        self.country.set_code(transfer.country or None)
        self.tool.set_code(transfer.tool)
        self.detail.setText(transfer.tool_detail)
        self.documentation.setText(transfer.documentation)
        self.tia.setText(transfer.tia_reference)

    def value(self) -> r.Transfer:
        return dataclasses.replace(
            self.kept,
            recipient=self.recipient.text().strip(),
            country=self.country.code() or "",
            tool=self.tool.code(),
            tool_detail=self.detail.text().strip(),
            documentation=self.documentation.text().strip(),
            tia_reference=self.tia.text().strip(),
        )

    def is_empty(self) -> bool:
        v = self.value()
        return not (v.recipient or v.country or v.tool or v.tool_detail or v.documentation or v.tia_reference)


class TransfersBlock(Block):
    help_topic = "transfers"
    fields = ("transfers",)

    def __init__(self, lookups: Lookups, selected: Callable[[], list[r.Subprocessor]]) -> None:
        super().__init__(
            self.tr("Transfers outside the EU"),
            self.tr("One line per recipient and country outside the European Economic Area."),
            lookups,
        )
        self.selected = selected
        self.list = RowList(TransferRow, self.tr("Add a transfer"))
        self.list.changed.connect(self.on_rows_changed)
        self.from_subs = QPushButton(self.tr("Add the transfers of the ticked subprocessors"))
        self.from_subs.clicked.connect(self.on_from_subs_clicked)
        self.layout_.addWidget(self.list)
        self.layout_.addWidget(self.from_subs, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.errors.add("transfers", ErrorLabel()))
        self.finish()

    def on_rows_changed(self) -> None:
        self.errors.forget("transfers[")
        for i, row in enumerate(self.list.rows()):
            self.errors.add(f"transfers[{i}].country", row.country_error)
            self.errors.add(f"transfers[{i}].tool", row.tool_error)
            self.errors.add(f"transfers[{i}]", row.tool_error)

    def on_from_subs_clicked(self) -> None:
        existing = {(row.value().subprocessor_uid, row.value().country) for row in self.list.rows()}
        for sub in self.selected():
            for hosting in sub.countries:
                if country_status(hosting.country) == "eea" or (sub.uid, hosting.country) in existing:
                    continue
                existing.add((sub.uid, hosting.country))
                self.list.add_row().load(r.Transfer(recipient=sub.name, country=hosting.country,
                                                    tool=sub.transfer_tool, tool_detail=sub.transfer_detail,
                                                    subprocessor_uid=sub.uid))  # fmt: skip

    def load(self, data: r.ActivityInput) -> None:
        self.list.clear()
        for transfer in data.transfers:
            self.list.add_row().load(transfer)

    def to_input(self, data: r.ActivityInput) -> r.ActivityInput:
        rows = self.list.rows()
        self.positions = [i for i, row in enumerate(rows) if not row.is_empty()]
        return dataclasses.replace(data, transfers=tuple(rows[i].value() for i in self.positions))

    def show_issues(self, issues: list[Issue]) -> list[Issue]:
        return self.errors.route(self.reindex(issues, "transfers", getattr(self, "positions", [])))
