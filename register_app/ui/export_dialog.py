"""Export the register in any format the core supports (the list comes from EXPORTERS, so Excel and
PDF appear when their exporters land). The export runs in a worker thread behind a progress dialog."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from register_app.exports.formats import EXPORTERS, write_atomically
from register_app.exports.profiles import Profile
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile
from register_app.ui.welcome import documents_dir
from register_app.ui.widgets import ErrorLabel, busy_progress, hint
from register_app.ui.worker import Worker

log = logging.getLogger(__name__)

FORMAT_NAMES = {".json": "JSON", ".xlsx": "Excel", ".pdf": "PDF", ".ods": "OpenDocument", ".csv": "CSV"}


def format_name(extension: str) -> str:
    return FORMAT_NAMES.get(extension, extension.lstrip(".").upper())


def export(register: RegisterFile, dest: Path, profile: Profile, lang: str) -> str:
    """Snapshot, export and write (the export worker's job): the path written."""
    snapshot = take_snapshot(register)
    data = EXPORTERS[dest.suffix.lower()](snapshot, profile, lang)  # type: ignore[arg-type]
    write_atomically(dest, data, register=register.path)
    return str(dest)


class ExportDialog(QDialog):
    def __init__(self, register: RegisterFile, *, extension: str, folder: Path | None, lang: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.register = register
        self.setWindowTitle(self.tr("Export the register"))
        self.format = QComboBox()
        for ext in EXPORTERS:
            self.format.addItem(f"{format_name(ext)} ({ext})", ext)
        self.format.setCurrentIndex(max(self.format.findData(extension), 0))
        self.extract = QRadioButton(self.tr("Article 30 extract — what the CNIL asks for, without internal notes"))
        self.full = QRadioButton(self.tr("Full register — everything, notes included"))
        self.extract.setChecked(True)
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "fr" else 1)
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Content"), self.extract)
        form.addRow("", self.full)
        form.addRow(self.tr("Language of the document"), self.language)
        form.addRow(self.tr("Save as"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("The language of the document does not depend on the language of the app.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.folder = folder or documents_dir()
        self.format.currentIndexChanged.connect(self.on_format_changed)
        self.on_format_changed()
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.result_path: str | None = None
        self.failure: BaseException | None = None

    def on_format_changed(self) -> None:
        ext = self.format.currentData()
        current = Path(self.path.text()) if self.path.text() else None
        if current is None:
            stem = f"{self.register.path.stem}-{date.today().isoformat()}"
            self.path.setText(str(self.folder / f"{stem}{ext}"))
        else:
            self.path.setText(str(current.with_suffix(ext)))

    def on_browse_clicked(self) -> None:
        ext = self.format.currentData()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the register"), self.path.text(),
                                                f"{format_name(ext)} (*{ext})")  # fmt: skip
        if chosen:
            self.path.setText(chosen if chosen.endswith(ext) else chosen + ext)

    def dest(self) -> Path:
        ext = self.format.currentData()
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix.lower() == ext else path.with_suffix(ext)

    def profile(self) -> Profile:
        return Profile.EXTRACT if self.extract.isChecked() else Profile.FULL

    def accept(self) -> None:
        if not self.path.text().strip():
            self.error.show_messages([self.tr("Choose where to save the export.")])
            return
        self.start()

    def start(self) -> None:
        register, dest, profile, lang = self.register, self.dest(), self.profile(), self.language.currentData()
        self.worker = Worker(lambda: export(register, dest, profile, lang), self)
        self.worker.succeeded.connect(self.on_worker_succeeded)
        self.worker.failed.connect(self.on_worker_failed)
        self.progress = busy_progress(self, self.tr("Exporting the register…"))
        self.setEnabled(False)
        self.worker.start()

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
        if self.worker is not None:
            self.worker.join()
        self.setEnabled(True)

    def on_worker_succeeded(self, path: str) -> None:
        self._finish()
        self.result_path = path
        super().accept()

    def on_worker_failed(self, exc: BaseException) -> None:
        self._finish()
        self.failure = exc
        from register_app.ui.errors import show_error

        show_error(self, exc)

    def reject(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            return  # an export is under way: its thread must end before the dialog can go
        super().reject()
