"""Preferences: interface language, the author name written in the history, the export folder, and
how many safety copies of each register are kept (with the folder where they are)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from register_app.store.backups import BackupPolicy, data_dir
from register_app.store.register_file import default_author
from register_app.ui.settings import Settings
from register_app.ui.widgets import hint


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText(default_author())
        self.folder = QLineEdit(settings.export_folder)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Your name (recorded in the history)"), self.author)
        form.addRow(self.tr("Default export folder"), row)
        policy = settings.backup_policy
        self.daily = self.count_box(policy.daily, 365, self.tr(" copies"))
        self.daily.setToolTip(self.tr("One copy per day the register was open: its last state that day."))
        self.before_change = self.count_box(policy.before_change, 500, self.tr(" copies"))
        self.before_change.setToolTip(self.tr("Copies made just before an upgrade, an import or a restore."))
        form.addRow(self.tr("Daily backups kept"), self.daily)
        form.addRow(self.tr("Backups kept before a change"), self.before_change)
        self.backup_folder = data_dir() / "backups"
        show = QPushButton(self.tr("Open the backup folder"))
        show.clicked.connect(self.on_show_backups_clicked)
        where = QHBoxLayout()
        folder_label = hint(str(self.backup_folder))
        folder_label.setWordWrap(False)
        where.addWidget(folder_label, 1)
        where.addWidget(show)
        form.addRow(self.tr("Backup folder"), where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint(self.tr("A new language applies the next time the app starts.")))
        layout.addWidget(buttons)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    @staticmethod
    def count_box(value: int, maximum: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, maximum)
        box.setValue(value)
        box.setSuffix(suffix)
        return box

    def on_show_backups_clicked(self) -> None:
        self.backup_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.backup_folder)))

    def on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Default export folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        self.settings.author = self.author.text()
        self.settings.export_folder = self.folder.text().strip()
        self.settings.backup_policy = BackupPolicy(daily=self.daily.value(), before_change=self.before_change.value())
        self.settings.sync()
        super().accept()
