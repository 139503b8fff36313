"""Fichier ▸ Note d'information…: the information notice written from the register, for everyone
or one audience, in French or English, previewed as it will read, with the list of what it still
lacks, and saved as HTML, Word or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from register_app.domain.catalogues import DATA_SUBJECTS, catalogue
from register_app.errors import UserError
from register_app.exports.notice.html import render_html
from register_app.exports.notice.model import Notice
from register_app.services.notice import notice_audiences, read_notice, write_notice
from register_app.store.register_file import RegisterFile
from register_app.ui import screen_labels
from register_app.ui.errors import show_error

FORMATS = {".html": "HTML", ".docx": "Word", ".pdf": "PDF"}


class NoticeDialog(QDialog):
    def __init__(self, register: RegisterFile, *, folder: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.folder = folder
        self.notice: Notice | None = None
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Information notice"))
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Audience"))
        self.audience.addItem(self.tr("Everyone (the whole company)"), None)
        subjects = catalogue(DATA_SUBJECTS)
        for code in notice_audiences(register):
            self.audience.addItem(subjects.label(code, screen_labels.lang()), code)
        self.language = QComboBox()
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "fr" else 1)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the notice"))
        self.preview.setOpenLinks(False)
        self.missing_title = QLabel()
        self.missing = QListWidget()
        self.missing.setAccessibleName(self.tr("What the notice still lacks"))
        self.missing.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("For"), self.audience)
        form.addRow(self.tr("Language of the notice"), self.language)
        lacks = QWidget()
        lacks_layout = QVBoxLayout(lacks)
        lacks_layout.setContentsMargins(0, 0, 0, 0)
        lacks_layout.addWidget(self.missing_title)
        lacks_layout.addWidget(self.missing)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        splitter.addWidget(lacks)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.audience.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.resize(900, 760)
        self.refresh()

    def choice(self) -> tuple[str | None, str]:
        return self.audience.currentData(), self.language.currentData()

    def refresh(self) -> None:
        """Write the notice again for the audience and language chosen, and show it."""
        audience, lang = self.choice()
        try:
            self.notice = read_notice(self.register, audience=audience, lang=lang)  # type: ignore[arg-type]
        except UserError as exc:
            show_error(self, exc)
            return
        self.preview.setHtml(render_html(self.notice).decode("utf-8"))
        self.missing.clear()
        self.missing.addItems(list(self.notice.missing))
        if self.notice.missing:
            self.missing_title.setText(self.tr("What the notice still lacks ({count}), highlighted in the text:")
                                       .format(count=len(self.notice.missing)))  # fmt: skip
        else:
            self.missing_title.setText(self.tr("Nothing is missing: the register gives every fact the notice needs."))
        self.missing.setVisible(bool(self.notice.missing))

    def proposed_path(self, extension: str) -> Path:
        audience, lang = self.choice()
        return self.folder / f"{self.register.path.stem}-notice-{audience or 'all'}-{lang}{extension}"

    def on_save_button_clicked(self) -> None:
        kinds = ";;".join(f"{name} (*{ext})" for ext, name in FORMATS.items())
        chosen, kind = QFileDialog.getSaveFileName(self, self.tr("Save the notice"), str(self.proposed_path(".html")),
                                                   kinds)  # fmt: skip
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in FORMATS:
            extension = next((ext for ext, name in FORMATS.items() if kind.startswith(name)), ".html")
            path = path.with_name(path.name + extension)
        self.save_to(path)

    def save_to(self, path: Path) -> bool:
        audience, lang = self.choice()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_notice(self.register, path, audience=audience, lang=lang)  # type: ignore[arg-type]
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return False
        QApplication.restoreOverrideCursor()
        self.saved_path = path
        return True
