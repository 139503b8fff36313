"""The review of what a privacy policy proposes: each proposal beside the policy's text, its source
sentence highlighted; the DPO unticks what to reject, renames activities and purposes in place, and
corrects the selected proposal's main fields below the list (a purpose's legal basis, a retention
rule's duration and start, a subprocessor's country, the measure chosen from the catalogue). The
dialog only collects the choices: services.policy.review turns them into the proposals kept."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.catalogues import LEGAL_BASES, SECURITY_MEASURES, START_EVENTS
from register_app.domain.enums import DurationUnit
from register_app.services import records as r
from register_app.services.policy import proposals as p
from register_app.services.policy.review import EDITABLE, Item, accepted, items
from register_app.ui import screen_labels
from register_app.ui.widgets import CodeCombo, CountryCombo, DurationField, fit_to_screen

KEY = Qt.ItemDataRole.UserRole


class PolicyReviewDialog(QDialog):
    def __init__(self, proposals: p.Proposals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proposals = proposals
        self.setWindowTitle(self.tr("Review the proposals of {policy}").format(policy=proposals.source))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Proposal"), self.tr("Kind")])
        self.tree.setColumnWidth(0, 420)
        self.text = QPlainTextEdit(proposals.text)
        self.text.setReadOnly(True)
        self.items: dict[str, Item] = {}
        self.edits: dict[str, dict[str, object]] = {}  # item key → field → the DPO's value
        self.fill()
        self.editor = self.make_editor()
        self.tree.currentItemChanged.connect(self.on_current_changed)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.tree)
        left.addWidget(self.editor)
        left.setStretchFactor(0, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.text)
        split.setSizes([560, 520])
        hint = QLabel(self.tr("Untick what the register must not hold; select a proposal to correct it below the "
                              "list. The activities enter as drafts, in one step."))  # fmt: skip
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add the accepted proposals"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        chain = [self.tree, self.wording, self.basis, self.duration.number, self.duration.unit, self.start,
                 self.country, self.measure, self.text]  # as shown: the list, its corrections, then the policy
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        fit_to_screen(self, 1180, 680)

    def make_editor(self) -> QGroupBox:
        """The selected proposal's main fields, each row shown only for the kinds it belongs to."""
        box = QGroupBox(self.tr("Correct the selected proposal"))
        self.loading = False  # True while the fields show another proposal: no edit to record
        self.form = QFormLayout(box)
        self.wording = QLineEdit()
        self.basis = CodeCombo(LEGAL_BASES, empty=self.tr("— not stated —"))
        self.duration = DurationField()
        self.start = CodeCombo(START_EVENTS, empty=self.tr("— not stated —"))
        self.country = CountryCombo(empty=self.tr("— not stated —"))
        self.measure = CodeCombo(SECURITY_MEASURES)
        self.rows: dict[str, tuple[str, QWidget]] = {
            "wording": (self.tr("Wording"), self.wording), "basis": (self.tr("Legal basis"), self.basis),
            "duration": (self.tr("Duration"), self.duration), "start": (self.tr("Starting from"), self.start),
            "country": (self.tr("Country"), self.country), "measure": (self.tr("Measure"), self.measure),
        }  # fmt: skip
        for text, widget in self.rows.values():
            self.form.addRow(text, widget)
        self.none = QLabel(self.tr("Nothing to correct here: tick or untick it."))
        self.form.addRow(self.none)
        self.wording.textEdited.connect(self.on_wording_edited)
        for combo in (self.basis, self.start, self.country, self.measure, self.duration.unit):
            combo.activated.connect(self.on_field_changed)
        self.duration.number.valueChanged.connect(self.on_field_changed)
        self.show_fields(None)
        return box

    def show_fields(self, item: Item | None) -> None:
        shown = {"activity": {"wording"}, "purpose": {"wording", "basis"}, "retention": {"duration", "start"},
                 "subprocessor": {"country"}, "measure": {"measure"}}.get(item.kind if item else "", set())  # fmt: skip
        for name, (_text, widget) in self.rows.items():
            self.form.setRowVisible(widget, name in shown)
        self.form.setRowVisible(self.none, not shown)

    def current_item(self) -> tuple[QTreeWidgetItem | None, Item | None]:
        row = self.tree.currentItem()
        return row, (self.items.get(row.data(0, KEY)) if row is not None else None)

    def values(self, item: Item) -> dict[str, object]:
        """The item's fields as the DPO last left them (the proposal's, where not corrected)."""
        edited = self.edits.get(item.key, {})
        proposal = self.proposal(item)
        return {name: edited.get(name, getattr(proposal, name, None)) for name in EDITABLE.get(item.kind, ())}

    def proposal(self, item: Item) -> object:
        kind, _, rest = item.key.partition(":")
        if kind == "activity":
            return self.proposals.activities[int(rest)]
        if kind == "purpose":
            i, j = rest.split(":")
            return self.proposals.activities[int(i)].purposes[int(j)]
        if kind == "retention":
            return self.proposals.retention[int(rest)]
        if kind == "measure":
            return next(m for m in self.proposals.measures if m.code == rest)
        if kind == "subprocessor":
            return next(x for x in self.proposals.subprocessors if x.name == rest)
        return None

    def load_fields(self, item: Item | None) -> None:
        self.loading = True
        try:
            self.show_fields(item)
            if item is None or item.kind not in EDITABLE:
                return
            v = self.values(item)
            row, _ = self.current_item()
            self.wording.setText(row.text(0) if row is not None else "")
            self.basis.set_code(v.get("legal_basis"))  # type: ignore[arg-type]
            value, unit = v.get("duration_value"), v.get("duration_unit")
            self.duration.set_value(r.Duration(value=int(str(value)), unit=DurationUnit(str(unit)))
                                    if value and unit else None)  # fmt: skip
            self.start.set_code(v.get("start_event"))  # type: ignore[arg-type]
            self.country.set_code(v.get("country") or None)  # type: ignore[arg-type]
            self.measure.set_code(v.get("code"))  # type: ignore[arg-type]
        finally:
            self.loading = False

    def on_wording_edited(self, text: str) -> None:
        row, item = self.current_item()
        if row is not None and item is not None and item.editable and text.strip():
            row.setText(0, text)  # the list keeps the wording; chosen() reads it from there

    def on_field_changed(self, *_args: object) -> None:
        row, item = self.current_item()
        if self.loading or row is None or item is None:
            return
        edit = self.edits.setdefault(item.key, {})
        if item.kind == "purpose":
            edit["legal_basis"] = self.basis.code()
        elif item.kind == "retention":
            duration = self.duration.value()
            edit["duration_value"] = duration.value if duration else None
            edit["duration_unit"] = duration.unit.value if duration else None
            edit["start_event"] = self.start.code()
        elif item.kind == "subprocessor":
            edit["country"] = self.country.code() or ""
        elif item.kind == "measure":
            edit["code"] = self.measure.code()
            row.setText(0, self.measure.currentText())

    def kind_label(self, kind: str) -> str:
        return {
            "organisation": self.tr("Organisation"), "dpo": self.tr("DPO"), "activity": self.tr("Activity (draft)"),
            "purpose": self.tr("Purpose"), "retention": self.tr("Retention"), "measure": self.tr("Security measure"),
            "subprocessor": self.tr("Subprocessor"), "transfer": self.tr("Transfer"),
        }.get(kind, kind)  # fmt: skip

    def fill(self) -> None:
        parents: dict[str, QTreeWidgetItem] = {}
        for item in items(self.proposals):
            row = QTreeWidgetItem([item.label, self.kind_label(item.kind)])
            row.setData(0, KEY, item.key)
            flags = row.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if item.editable:
                flags |= Qt.ItemFlag.ItemIsEditable
            row.setFlags(flags)
            row.setCheckState(0, Qt.CheckState.Checked)
            if item.sources:
                row.setToolTip(0, item.sources[0].text)
            self.items[item.key] = item
            owner = parents.get(item.parent)
            if owner is not None:
                owner.addChild(row)
            else:
                self.tree.addTopLevelItem(row)
            parents[item.key] = row
        self.tree.expandAll()

    def on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        item = self.items.get(current.data(0, KEY)) if current is not None else None
        self.load_fields(item)
        selections = []
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        sources = item.sources if item else ()
        for source in sources:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(source.start)
            cursor.setPosition(source.end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)
        if sources:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(sources[0].start)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def chosen(self) -> p.Proposals:
        """The proposals the DPO kept, as worded in the list."""
        rejected: set[str] = set()
        edits = {key: dict(fields) for key, fields in self.edits.items()}
        rows = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while rows:
            row = rows.pop()
            if row is None:
                continue
            rows += [row.child(i) for i in range(row.childCount())]
            key = row.data(0, KEY)
            if row.checkState(0) != Qt.CheckState.Checked:
                rejected.add(key)
            item = self.items[key]
            if item.editable and row.text(0).strip() and row.text(0) != item.label:
                edits.setdefault(key, {})[EDITABLE[item.kind][0]] = row.text(0).strip()  # name, or the purpose's text
        return accepted(self.proposals, rejected, edits, screen_labels.lang())
