"""Aide ▸ À propos: the version, the licence, where the log files are, and the third-party
notices (the licences of the software the app ships, register_app/resources/THIRD_PARTY_NOTICES.txt,
written by packaging/third_party_notices.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from register_app import __version__
from register_app.store.backups import data_dir

NOTICES = Path(__file__).resolve().parents[1] / "resources" / "THIRD_PARTY_NOTICES.txt"


def third_party_notices() -> str | None:
    try:
        return NOTICES.read_text(encoding="utf-8")
    except OSError:
        return None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About register_app"))
        self.resize(720, 560)
        summary = self.tr(
            "register_app {version}\nThe GDPR Article 30 register, kept offline.\n\n"
            "Proprietary software. © The register_app authors. All rights reserved.\n\nLog files: {logs}"
        )
        self.summary = QLabel(summary.format(version=__version__, logs=data_dir() / "logs"))
        self.summary.setWordWrap(True)
        self.notices = QPlainTextEdit()
        self.notices.setReadOnly(True)
        self.notices.setAccessibleName(self.tr("Third-party licences"))
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        missing = self.tr("The third-party notices are missing from this installation: {path}")
        self.notices.setPlainText(third_party_notices() or missing.format(path=NOTICES))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Third-party software and licences:")))
        layout.addWidget(self.notices, 1)
        layout.addWidget(buttons)
