"""File ▸ Import…: a workbook (the CNIL model or our own export, .xlsx or .ods), a register_app
JSON document, or any other table (spreadsheet, CSV, JSON list, Markdown files with YAML front matter)
through a mapping step (`import_mapping`). Three steps: choose the file (and map its columns); read
the preview (what would be created, updated, interpreted or refused, with sheet and cell); confirm and
import — reading and writing both run in
a worker thread behind a progress dialog. All or nothing: a refusal changes nothing."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from register_app.services.document import IMPORT_SUFFIXES
from register_app.services.interchange import ImportSummary
from register_app.services.mapped_import.plan import read_source
from register_app.services.xlsx_import.plan import ImportPlan, apply_import, needs_mapping, plan_import
from register_app.store.register_file import RegisterFile
from register_app.ui.import_mapping import MappingStep
from register_app.ui.import_preview import ImportPreview
from register_app.ui.widgets import ErrorLabel, hint
from register_app.ui.worker_dialog import WorkerDialog

log = logging.getLogger(__name__)
MAPPING, PREVIEW = 1, 2  # the wizard's pages after the file's


class ImportDialog(WorkerDialog):
    def __init__(self, register: RegisterFile, *, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.folder = folder
        self.preview: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import into the register"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.choose_page())
        self.mapping_step = MappingStep()
        self.pages.addWidget(self.mapping_step)
        self.mapped = False
        self.report = ImportPreview()
        self.pages.addWidget(self.report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = self.buttons.addButton(self.tr("< Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self.buttons.addButton(self.tr("Preview >"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.show_page(0)
        self.resize(940, 600)

    def choose_page(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.returnPressed.connect(self.on_next_clicked)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        layout = QVBoxLayout(page)
        layout.addWidget(
            hint(
                self.tr(
                    "Import processing activities, subprocessors and security measures from:\n"
                    "• the CNIL's register model (spreadsheet, .ods or .xlsx);\n"
                    "• a workbook exported by this application (.xlsx);\n"
                    "• a register exported by this application as JSON (.json);\n"
                    "• any other table (.xlsx, .ods, .csv), a JSON list or Markdown files with YAML front matter "
                    "(a file or a folder): you then say which field each column goes to.\n\n"
                    "Objects already in the register are updated; the others are added. You will see what the "
                    "import would do before anything is written."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        return page

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        on_preview = index == PREVIEW
        self.back_button.setVisible(index > 0)
        self.next_button.setVisible(not on_preview)
        self.import_button.setVisible(on_preview)
        self.import_button.setEnabled(on_preview and self.preview is not None and self.preview.importable)
        (self.import_button if on_preview and self.import_button.isEnabled() else self.next_button).setDefault(True)

    # --- step 1: the file
    def on_browse_clicked(self) -> None:
        kinds = self.tr("Registers to import (*.xlsx *.xlsm *.ods *.json *.csv *.tsv *.md);;All files (*)")
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import into the register"), self.path.text() or str(self.folder), kinds
        )
        if chosen:
            self.path.setText(chosen)

    def source(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def on_next_clicked(self) -> None:
        if self.pages.currentIndex() == MAPPING:
            source, mapping = self.source(), self.mapping_step.mapping()
            self.run_job(
                lambda: plan_import(self.register, source, mapping=mapping),
                self.tr("Reading {file}…").format(file=source.name),
                self.on_preview_ready,
            )
            return
        if not self.path.text().strip():
            self.error.show_messages([self.tr("Choose the file to import.")])
            return
        source = self.source()
        if not source.exists():
            self.error.show_messages([self.tr("This file does not exist.")])
            return
        if source.suffix.lower() not in IMPORT_SUFFIXES and not source.is_dir():
            self.error.show_messages([self.tr("Choose an .xlsx, .ods, .csv, .json or .md file, or a folder.")])
            return
        self.error.show_messages([])
        self.run_job(lambda: self.first_read(source), self.tr("Reading {file}…").format(file=source.name), self.on_read)

    def first_read(self, source: Path) -> object:
        """In the worker: a preview for the layouts read as they are, the table to map for the others."""
        return read_source(source) if needs_mapping(source) else plan_import(self.register, source)

    def on_read(self, result: object) -> None:
        self.mapped = isinstance(result, tuple)
        if isinstance(result, tuple):
            self.mapping_step.load(*result)
            self.show_page(MAPPING)
        elif isinstance(result, ImportPlan):
            self.on_preview_ready(result)

    # --- step 2: the preview
    def on_preview_ready(self, preview: ImportPlan) -> None:
        self.preview = preview
        self.report.show_preview(preview)
        self.show_page(PREVIEW)

    def on_back_clicked(self) -> None:
        self.show_page(MAPPING if self.pages.currentIndex() == PREVIEW and self.mapped else 0)

    # --- step 3: confirm and import
    def on_import_clicked(self) -> None:
        preview = self.preview
        if preview is None or not preview.importable:
            return
        text = self.tr(
            "Import {file} into the register?\n\n"
            "An import cannot be undone with Edit ▸ Undo (nor can the edits made before it). A backup of the "
            "register is made just before the import: to go back, use File ▸ Restore from backup… and choose "
            "the copy marked “Before import”."
        ).format(file=preview.source.name)
        answer = QMessageBox.question(
            self,
            self.tr("Import"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_job(
            lambda: apply_import(self.register, preview),
            self.tr("Importing {file}…").format(file=preview.source.name),
            self.on_import_done,
        )

    def on_import_done(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.accept()
