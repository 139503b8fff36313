"""File ▸ Deleted items…: the activities, subprocessors, measures, breaches and rights requests
deleted from this register, newest first, with when and who; restoring one brings it back with its
links (services/deleted.py) and says which linked objects no longer exist. The dialog only shows
and asks: the service restores."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from register_app.errors import UserError
from register_app.services.deleted import DeletedItem, list_deleted, restore_deleted
from register_app.store.register_file import RegisterFile
from register_app.ui import screen_labels
from register_app.ui.errors import show_error
from register_app.ui.finding_words import kind_text
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.widgets import hint


def deleted_when(item: DeletedItem) -> str:
    local = item.deleted_at.astimezone()
    return f"{screen_labels.local_date(local.date())} {local.strftime('%H:%M')}"


COLUMNS: list[Column[DeletedItem]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Deleted on"), deleted_when, sort_key=lambda i: i.deleted_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda i: kind_text(i.kind)),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda i: i.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Deleted by"), lambda i: i.deleted_by),
]


class DeletedDialog(QDialog):
    def __init__(self, register: RegisterFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.restored = 0
        self.setWindowTitle(self.tr("Deleted items"))
        self.model: RowTableModel[DeletedItem] = RowTableModel(COLUMNS, uid=lambda i: i.uid, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.on_restore_clicked)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "What was deleted from this register, newest first, kept in its history. Restoring an item "
            "brings it back as it was, with its links to the objects that still exist.")))  # fmt: skip
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.reload()
        self.resize(max(760, self.sizeHint().width()), 420)

    def reload(self) -> None:
        self.model.set_rows(list_deleted(self.register))
        if self.model.rowCount():
            self.table.selectRow(0)
        elif not self.outcome.text():  # after a restore, what was restored stays said
            self.outcome.setText(self.tr("Nothing has been deleted from this register."))
        self.on_selection_changed()

    def selected(self) -> DeletedItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def on_selection_changed(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.register.read_only)

    def on_restore_clicked(self, *_args: Any) -> None:
        item = self.selected()
        if item is None or self.register.read_only:
            return
        try:
            done = restore_deleted(self.register, uid=item.uid)
        except UserError as exc:
            show_error(self, exc)
            return
        self.restored += 1
        lines = [self.tr("Restored: {name}.").format(name=done.label)]
        if done.missing:
            lines.append(self.tr("Links left out, to objects that no longer exist: {names}.").format(
                names=", ".join(done.missing)))  # fmt: skip
        self.outcome.setText("\n".join(lines))
        self.reload()
