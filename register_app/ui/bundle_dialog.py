"""File ▸ Inspection bundle…: one zip for a CNIL inspection (services.bundle says what it holds), of
the register now or as of a past day, in French or English; made in a worker thread, written only
once whole, and its folder opened from the dialog."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from register_app.services.export_files import write_bundle
from register_app.store.register_file import RegisterFile
from register_app.ui.as_of_field import AsOfField
from register_app.ui.widgets import ErrorLabel, hint
from register_app.ui.worker_dialog import WorkerDialog


class BundleDialog(WorkerDialog):
    def __init__(self, register: RegisterFile, *, folder: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Inspection bundle"))
        self.as_of = AsOfField()
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "fr" else 1)
        self.path = QLineEdit(str(folder / f"{register.path.stem}-inspection-{date.today().isoformat()}.zip"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Register as of"), self.as_of)
        form.addRow(self.tr("Language of the documents"), self.language)
        form.addRow(self.tr("Save as"), path_row)
        self.error = ErrorLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setText(self.tr("Make the bundle"))
        self.open_folder_button = self.buttons.addButton(self.tr("Open the f&older"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)  # fmt: skip
        self.open_folder_button.hide()
        self.open_folder_button.clicked.connect(self.on_open_folder_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "One zip for an inspection: the Article 30 extract and the full register (Excel and PDF), the processor "
            "register, the subprocessors with their certificates and contracts, the current findings, the DPIA "
            "screening, the history of the period since the last frozen version, and a list of fingerprints "
            "(MANIFEST.sha256) that shows any file changed afterwards.")))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.result_path: str | None = None
        self.resize(640, self.sizeHint().height())

    def on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.path.text(), "Zip (*.zip)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")

    def dest(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ".zip" else path.with_suffix(".zip")

    def accept(self) -> None:
        if not self.path.text().strip():
            self.error.show_messages([self.tr("Choose where to save the bundle.")])
            return
        if not self.as_of.is_valid():
            self.error.show_messages([self.tr("The “as of” date is not a date: type it as dd/mm/yyyy.")])
            return
        self.error.show_messages([])
        register, dest, moment, lang = self.register, self.dest(), self.as_of.moment(), self.language.currentData()
        job = partial(write_bundle, register, dest, as_of=moment, lang=lang)
        # its exports cannot be stopped half way (no Cancel); nothing is written until the end
        self.run_job(job, self.tr("Making the inspection bundle…"), self.on_bundle_written)

    def on_bundle_written(self, path: Path) -> None:
        self.result_path = str(path)
        self.outcome.setText(self.tr("Bundle saved: {path}").format(path=str(path)))
        self.outcome.show()
        self.make_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.open_folder_button.show()

    def on_open_folder_clicked(self) -> None:
        if self.result_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result_path).parent)))
