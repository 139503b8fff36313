"""File ▸ Restore from backup…: the open register's safety copies, newest first, with what each
holds; unreadable copies are shown greyed and cannot be chosen. The dialog only chooses: the main
window closes the register, restores and reopens it (see restore_flow.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.words.backups import backup_reason
from register_app.store.backups import Backup
from register_app.ui import screen_labels
from register_app.ui.table_model import Column, Index, RowTableModel
from register_app.ui.widgets import hint


def reason_text(reason: str) -> str:
    """A backup's reason in words ("before-upgrade-0003" is a before-upgrade copy)."""
    return backup_reason(reason, screen_labels.lang())


def taken_text(backup: Backup) -> str:
    local = backup.taken_at.astimezone()
    return f"{screen_labels.local_date(local.date())} {local.strftime('%H:%M')}"


def contents_text(backup: Backup) -> str:
    if not backup.readable:
        return QCoreApplication.translate("Backups", "unreadable")
    return ", ".join((QCoreApplication.translate("Backups", "%n activity(ies)", "", backup.activities),
                      QCoreApplication.translate("Backups", "%n subprocessor(s)", "", backup.subprocessors),
                      QCoreApplication.translate("Backups", "%n measure(s)", "", backup.measures)))  # fmt: skip


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


COLUMNS: list[Column[Backup]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Taken"), taken_text, sort_key=lambda b: b.taken_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda b: reason_text(b.reason)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Activities"),
        lambda b: _count(b.activities),
        sort_key=lambda b: b.activities or -1,
        align_center=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Subprocessors"),
        lambda b: _count(b.subprocessors),
        sort_key=lambda b: b.subprocessors or -1,
        align_center=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Measures"),
        lambda b: _count(b.measures),
        sort_key=lambda b: b.measures or -1,
        align_center=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
]


class BackupsTableModel(RowTableModel[Backup]):
    """Unreadable copies are greyed and cannot be selected."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, uid=lambda b: str(b.path), parent=parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and not self.row_at(index.row()).readable:
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 2 and not self.row_at(index.row()).readable:
            return QCoreApplication.translate("Backups", "unreadable")
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and not self.row_at(index.row()).readable:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)


class BackupsDialog(QDialog):
    def __init__(self, register: Path, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.chosen: Backup | None = None
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.model = BackupsTableModel(self)
        self.model.set_rows(backups)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        folder = backups[0].path.parent if backups else None
        intro = self.tr(
            "Copies of {file}, newest first. Restoring one puts it in the register's place; the "
            "current file is kept as a backup first."
        ).format(file=register.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(intro))
        layout.addWidget(self.table, 1)
        if folder is not None:
            where = hint(self.tr("Backup folder: {folder}").format(folder=str(folder)))
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        else:
            layout.addWidget(hint(self.tr("This register has no backup yet.")))
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        first = next((i for i, b in enumerate(backups) if b.readable), None)
        if first is not None:
            self.table.selectRow(first)
        self.on_selection_changed()
        self.resize(max(820, self.sizeHint().width()), 460)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def on_selection_changed(self, *_args: object) -> None:
        backup = self.selected()
        self.restore_button.setEnabled(backup is not None and backup.readable)

    def on_table_double_clicked(self, *_args: object) -> None:
        self.on_restore_clicked()

    def on_restore_clicked(self) -> None:
        backup = self.selected()
        if backup is None or not backup.readable:
            return
        text = self.tr(
            "Put the backup of {taken} ({reason}: {contents}) in the place of {file}?\n\n"
            "The current file is kept as a backup first, so this can itself be undone from this list. "
            "The register is closed and reopened; Edit ▸ Undo starts afresh."
        ).format(
            taken=taken_text(backup),
            reason=reason_text(backup.reason),
            contents=contents_text(backup),
            file=self.register.name,
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore from a backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()
