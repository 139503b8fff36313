"""The welcome screen, shown when no register is open: new register, open one, the demo, recent files."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from register_app.store.register_file import EXTENSION
from register_app.ui.widgets import ErrorLabel, heading, hint


def documents_dir() -> Path:
    """Where file dialogs start: the user's Documents folder, or their home folder when it has none
    (a file dialog given a folder that does not exist shows its parent with the name typed in)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def file_name_for(organisation: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", organisation).strip().replace(" ", "-") or "register"
    return f"{stem}{EXTENSION}"


class NewRegisterDialog(QDialog):
    """Asks the organisation's name and where to keep the file (a default is proposed)."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New register"))
        self.folder = folder
        self._path_edited = False
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("e.g. Dupont & Fils SARL"))
        self.path = QLineEdit()
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.on_browse_clicked)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Organisation's legal name"), self.organisation)
        form.addRow(self.tr("Register file"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create the register"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The register is one file on your computer. Keep it with your other "
                                      "documents; every change is saved in it at once.")))  # fmt: skip
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.organisation.textChanged.connect(self.on_organisation_text_changed)
        self.path.textEdited.connect(self.on_path_text_edited)
        self.on_organisation_text_changed("")
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    def on_organisation_text_changed(self, text: str) -> None:
        if not self._path_edited:
            self.path.setText(str(self.folder / file_name_for(text)))

    def on_path_text_edited(self, _text: str) -> None:
        self._path_edited = True

    def on_browse_clicked(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Register file"), self.path.text(),
                                                self.tr("Registers (*{ext})").format(ext=EXTENSION))  # fmt: skip
        if chosen:
            if not chosen.endswith(EXTENSION):
                chosen += EXTENSION
            self.path.setText(chosen)
            self._path_edited = True

    def chosen_path(self) -> Path:
        text = self.path.text().strip()
        return Path(text if text.endswith(EXTENSION) else text + EXTENSION).expanduser()

    def accept(self) -> None:
        if not self.organisation.text().strip():
            self.error.show_messages([self.tr("Enter the organisation's name.")])
            self.organisation.setFocus()
            return
        if self.chosen_path().exists():
            self.error.show_messages([self.tr("This file already exists: choose another name, or open it.")])
            self.path.setFocus()
            return
        super().accept()


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QWidget()
        box.setMaximumWidth(640)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        title = heading(self.tr("Your GDPR record of processing activities"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout.addWidget(title)
        intro = self.tr(
            "Keep the Article 30 register of your organisation: processing activities, "
            "subprocessors and security measures, ready to export for the CNIL."
        )
        layout.addWidget(hint(intro))
        self.new_button = QPushButton(self.tr("New register…"))
        self.open_button = QPushButton(self.tr("Open a register…"))
        self.demo_button = QPushButton(self.tr("Open the demo register"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() + 10)
            layout.addWidget(button)
        self.recent_label = QLabel(self.tr("Recent registers"))
        self.recent = QListWidget()
        self.recent.setMaximumHeight(self.recent.fontMetrics().height() * 10)
        self.recent.itemActivated.connect(self.on_recent_item_activated)
        layout.addSpacing(12)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent)
        layout.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 3)
        outer.addStretch(1)

    def set_recent(self, files: list[Path]) -> None:
        self.recent.clear()
        for path in files:
            item = QListWidgetItem(f"{path.name}  —  {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(files))
        self.recent_label.setVisible(bool(files))

    def on_recent_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
