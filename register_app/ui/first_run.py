"""The first run asks once for the name the history records beside each change (the DPO's, not the
computer account's "root" or "jdupont"); Preferences can change it later."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from register_app.ui.settings import Settings


def ask_author_once(parent: QWidget | None, settings: Settings) -> None:
    """Ask for the author's name unless it is set or was already asked; a declined question is not
    asked again (the account name is used until Preferences sets one)."""
    if settings.author or settings.author_asked:
        return
    name, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("FirstRun", "Welcome"),
        QCoreApplication.translate(
            "FirstRun",
            "Your name, as the register's history will record it beside each change\n"
            "(you can change it later in Preferences):",
        ),
        QLineEdit.EchoMode.Normal,
        "",
    )
    settings.author_asked = True
    if ok and name.strip():
        settings.author = name
    settings.sync()
