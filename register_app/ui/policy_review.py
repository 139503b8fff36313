"""The review of what a privacy policy proposes: each proposal beside the policy's text, its source
sentence highlighted; the DPO unticks what to reject and renames activities and purposes in place.
The dialog only collects the choices: services.policy.review turns them into the proposals kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from register_app.services.policy import proposals as p
from register_app.services.policy.review import Item, accepted, items

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
        self.fill()
        self.tree.currentItemChanged.connect(self.on_current_changed)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.text)
        split.setSizes([560, 520])
        hint = QLabel(self.tr("Untick what the register must not hold; double-click an activity or a purpose to "
                              "reword it. The activities enter as drafts, in one step."))  # fmt: skip
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add the accepted proposals"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(1180, 680)

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
        edits: dict[str, str] = {}
        rows = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while rows:
            row = rows.pop()
            rows += [row.child(i) for i in range(row.childCount())]
            key = row.data(0, KEY)
            if row.checkState(0) != Qt.CheckState.Checked:
                rejected.add(key)
            if self.items[key].editable and row.text(0).strip() and row.text(0) != self.items[key].label:
                edits[key] = row.text(0).strip()
        return accepted(self.proposals, rejected, edits)
