"""Export the register in any format the core supports (the list comes from EXPORTERS; the export
itself is services/export_files.py's, as the command line's). The dialog says first how many errors
the checks still find; the export runs in a worker thread behind a progress dialog whose Cancel
stops it before anything is written; at the end, the file or its folder can be opened from the
dialog."""

from __future__ import annotations

import logging
import threading
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
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.enums import ActivityStatus
from register_app.exports.formats import EXPORTERS, format_name
from register_app.services import registers
from register_app.services.document import Profile
from register_app.services.export_files import export_file
from register_app.store.register_file import RegisterFile
from register_app.ui.as_of_field import AsOfField
from register_app.ui.welcome import documents_dir
from register_app.ui.widgets import ErrorLabel, hint
from register_app.ui.worker_dialog import WorkerDialog

log = logging.getLogger(__name__)

WARNING_STYLE = "QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; padding: 6px; }"


class ExportDialog(WorkerDialog):
    def __init__(self, register: RegisterFile, *, extension: str, folder: Path | None, lang: str,
                 open_errors: int | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        """`open_errors`: how many errors the latest checks found (None: not known yet)."""
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
        # The extract holds the activities in progress only: a register of drafts gives an empty one, said here.
        by_status = dict(registers.register_info(register).activities_by_status)
        left_out = sum(n for status, n in by_status.items() if status != ActivityStatus.ACTIVE.value)
        self.left_out = hint(self.tr("%n activity(ies) in draft or retired will not be in the extract, which "
                                     "holds the activities in progress; the full register holds them all.", "",
                                     left_out))  # fmt: skip
        self.left_out.setVisible(left_out > 0)
        self.extract.toggled.connect(lambda extract: self.left_out.setVisible(extract and left_out > 0))
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
        form.addRow("", self.left_out)
        form.addRow(self.tr("Language of the document"), self.language)
        self.as_of = AsOfField()  # the register as of a past moment (issue 17)
        form.addRow(self.tr("Register as of"), self.as_of)
        form.addRow(self.tr("Save as"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        action = QDialogButtonBox.ButtonRole.ActionRole
        self.open_file_button = self.buttons.addButton(self.tr("Open the &file"), action)
        self.open_folder_button = self.buttons.addButton(self.tr("Open the f&older"), action)
        self.open_file_button.clicked.connect(self.on_open_file_clicked)
        self.open_folder_button.clicked.connect(self.on_open_folder_clicked)
        self.open_file_button.hide()
        self.open_folder_button.hide()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.lacks = QLabel(self.lacks_text(open_errors))
        self.lacks.setWordWrap(True)
        self.lacks.setStyleSheet(WARNING_STYLE)
        self.lacks.setVisible(bool(self.lacks.text()))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.lacks)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("The language of the document does not depend on the language of the app.")))
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.folder = folder or documents_dir()
        self.format.currentIndexChanged.connect(self.on_format_changed)
        self.on_format_changed()
        self.result_path: str | None = None
        self.cancel_requested = threading.Event()

    def lacks_text(self, open_errors: int | None) -> str:
        if open_errors is None:
            return self.tr("The checks have not finished yet: the register may still lack required items.")
        if open_errors == 0:
            return ""
        return self.tr("The checks still find %n error(s) in this register: the export will show these gaps. "
                       "The Checks page lists them.", "", open_errors)  # fmt: skip

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
        if not self.as_of.is_valid():
            self.error.show_messages([self.tr("The “as of” date is not a date: type it as dd/mm/yyyy.")])
            return
        self.start()

    def start(self) -> None:
        register, dest, profile, lang = self.register, self.dest(), self.profile(), self.language.currentData()
        moment = self.as_of.moment()
        self.cancel_requested.clear()
        cancelled = self.cancel_requested.is_set
        self.outcome.hide()
        job = partial(export_file, register, dest, profile=profile, lang=lang, as_of=moment, cancelled=cancelled)
        self.run_job(job, self.tr("Exporting the register…"), self.on_exported, cancel=self.on_progress_canceled)

    def on_progress_canceled(self) -> None:
        """The export stops before writing: the document being built is thrown away."""
        self.cancel_requested.set()
        self.outcome.setText(self.tr("Cancelling: the export stops before the file is written…"))
        self.outcome.show()

    def on_exported(self, path: Path | None) -> None:
        self.outcome.show()
        if path is None:
            self.outcome.setText(self.tr("Export cancelled: nothing was written."))
            self.fit_height()
            return
        self.result_path = str(path)
        self.outcome.setText(self.tr("Exported to {path}").format(path=str(path)))
        self.export_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.open_file_button.show()
        self.open_folder_button.show()
        self.open_file_button.setFocus()
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to the height the wrapped lines need at this width: the outcome's line and buttons must not
        take their room from the hints above (the "as of" hint's two lines were cut)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def on_open_file_clicked(self) -> None:
        if self.result_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result_path))

    def on_open_folder_clicked(self) -> None:
        if self.result_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result_path).parent)))

    def reject(self) -> None:
        if self.busy:
            return  # an export is under way: its thread must end before the dialog can go
        if self.result_path is not None:
            super().accept()  # closed after a finished export: the caller reports where it went
            return
        super().reject()
