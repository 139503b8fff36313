"""Frozen versions: the list of the versions the DPO froze (name, when, by whom, comment), *Freeze a
version…* (a name and a comment), and a version's document saved exactly as it was frozen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from register_app.errors import UserError
from register_app.exports.formats import write_atomically
from register_app.services import versions
from register_app.services.versions import Version
from register_app.store.register_file import RegisterFile
from register_app.ui.activities_table_model import local_datetime
from register_app.ui.errors import show_error
from register_app.ui.list_page import TableView
from register_app.ui.table_model import Column, RowTableModel
from register_app.ui.welcome import documents_dir
from register_app.ui.widgets import ErrorLabel, hint

COLUMNS: list[Column[Version]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Version"), lambda v: v.name, tooltip=lambda v: v.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Frozen on"), lambda v: local_datetime(v.frozen_at),
           sort_key=lambda v: v.frozen_at),
    Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda v: v.frozen_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Comment"), lambda v: v.comment, tooltip=lambda v: v.comment),
]  # fmt: skip


class FreezeDialog(QDialog):
    """A name and a comment; Freeze records the version, or says why not and keeps what was typed."""

    def __init__(self, register: RegisterFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.frozen: Version | None = None
        self.setWindowTitle(self.tr("Freeze a version"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Register validated on 31/03/2026"))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("e.g. Validated by the management committee"))
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 5)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Freeze"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The register as it is now is kept under this name, dated, with your name as "
                                      "the one who froze it. A frozen version never changes; its document can be "
                                      "saved at any time.")))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.frozen = versions.freeze_version(self.register, name=self.name.text(),
                                                  comment=self.comment.toPlainText())  # fmt: skip
        except UserError as exc:
            self.error.show_messages([exc.message])
            return
        super().accept()


class VersionsDialog(QDialog):
    def __init__(self, register: RegisterFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Frozen versions"))
        self.model: RowTableModel[Version] = RowTableModel(COLUMNS, uid=lambda v: v.name, parent=self)
        self.table = TableView(self.model)
        self.table.set_widths((24, 20, 20, 30), {0: 1, 3: 2})  # a date and time, a name: whole
        self.empty = QLabel(self.tr("No version frozen yet. “Freeze a version…” keeps the register as it is now."))
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.freeze_button = buttons.addButton(self.tr("&Freeze a version…"), action)
        self.save_button = buttons.addButton(self.tr("&Save its document…"), action)
        self.save_button.setToolTip(self.tr("The selected version's JSON document, exactly as it was frozen"))
        self.freeze_button.setEnabled(not register.read_only)
        self.freeze_button.clicked.connect(self.on_freeze_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("Versions of the register the DPO froze, oldest first.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        rows = versions.list_versions(self.register)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.on_selection_changed()

    def selected(self) -> Version | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def on_selection_changed(self, *_args: object) -> None:
        self.save_button.setEnabled(self.selected() is not None)

    def on_freeze_clicked(self) -> None:
        dialog = FreezeDialog(self.register, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.frozen is not None:
            self.reload()
            self.table.selectRow(self.model.row_of(dialog.frozen.name))

    def on_save_clicked(self) -> None:
        version = self.selected()
        if version is None:
            return
        suggested = documents_dir() / f"{self.register.path.stem}-{version.frozen_at.date().isoformat()}.json"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the version's document"), str(suggested),
                                                "JSON (*.json)")  # fmt: skip
        if chosen:
            self.save(version, Path(chosen))

    def save(self, version: Version, path: Path) -> None:
        try:
            write_atomically(path, versions.version_document(self.register, name=version.name),
                             register=self.register.path)  # fmt: skip
        except UserError as exc:
            show_error(self, exc)
