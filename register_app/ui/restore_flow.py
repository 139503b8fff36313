"""Putting a backup back: from File ▸ Restore from backup…, and when a register turns out to be
damaged on opening. The register is closed first (restore_backup needs it closed), the current
file is kept aside by the core, the register is reopened with a fresh undo stack, and the user is
told where the previous file went. Nothing is overwritten without asking."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from register_app.errors import UserError
from register_app.services.files import backups_of, restore_from
from register_app.store.backups import Backup
from register_app.ui.backups_dialog import BackupsDialog, contents_text, reason_text, taken_text
from register_app.ui.errors import show_error

if TYPE_CHECKING:
    from register_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def tell_restored(parent: QWidget, backup: Backup, aside: Path | None) -> None:
    text = QCoreApplication.translate("Restore", "The register was restored from the backup of {taken}.").format(
        taken=taken_text(backup)
    )
    if aside is not None:
        text += "\n\n" + QCoreApplication.translate("Restore", "The previous file was kept here:\n{path}").format(
            path=str(aside)
        )
    QMessageBox.information(parent, QCoreApplication.translate("Restore", "Register restored"), text)


def restore_from_backup(window: MainWindow) -> None:
    """File ▸ Restore from backup…"""
    if window.ctx is None:
        return
    path = window.ctx.register.path
    dialog = BackupsDialog(path, backups_of(path), window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return
    window.close_register(daily_backup=False)  # the current state is kept as a before-restore copy
    try:
        aside = restore_from(path, dialog.chosen, author=window.settings.author or None,
                             policy=window.settings.backup_policy)  # fmt: skip
    except UserError as exc:
        show_error(window, exc)
        window.open_file(path)
        return
    if window.open_file(path):
        tell_restored(window, dialog.chosen, aside)


def offer_damaged_restore(window: MainWindow, path: Path) -> bool:
    """The register at `path` failed its integrity check: offer its latest readable backup, restore
    it and open the register. Returns True when the register is open."""
    latest = next((b for b in backups_of(path) if b.readable), None)
    if latest is None:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("Restore", "Damaged register"),
            QCoreApplication.translate(
                "Restore",
                "{file} is damaged and cannot be opened safely, and it has no readable backup on this computer.\n\n"
                "The file was left as it is. If you keep copies elsewhere (another computer, a shared folder), "
                "open one of them.",
            ).format(file=path.name),
        )
        return False
    text = QCoreApplication.translate(
        "Restore",
        "{file} is damaged and cannot be opened safely.\n\nIts latest readable backup is from {taken} "
        "({reason}): {contents}.\n\nRestore it? The damaged file is kept in the backup folder, unchanged.",
    ).format(
        file=path.name, taken=taken_text(latest), reason=reason_text(latest.reason), contents=contents_text(latest)
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Restore", "Damaged register"),
        text,
        QMessageBox.StandardButton.Cancel,
        window,
    )
    restore = box.addButton(
        QCoreApplication.translate("Restore", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        aside = restore_from(path, latest, author=window.settings.author or None, policy=window.settings.backup_policy)
    except UserError as exc:
        show_error(window, exc)
        return False
    log.info("damaged register %s restored from %s; damaged file kept as %s", path, latest.path, aside)
    if not window.open_file(path):
        return False
    tell_restored(window, latest, aside)
    return True
