"""The one path that shows errors: a user error as a clear message, anything else as a crash
dialog that gives the log file's path (every edit is already saved, so nothing is lost)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from register_app.errors import UserError, ValidationFailed
from register_app.ui import screen_labels

log = logging.getLogger(__name__)
_log_path: list[Path | None] = [None]


def set_log_path(path: Path | None) -> None:
    _log_path[0] = path


def log_path() -> Path | None:
    return _log_path[0]


def user_message(exc: UserError) -> str:
    if isinstance(exc, ValidationFailed) and exc.issues:
        return "\n".join(f"• {i.message(screen_labels.lang())}" for i in exc.issues[:10])  # type: ignore[attr-defined]
    return exc.message_in(screen_labels.lang())


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, UserError):
        log.info("user error: %s", exc.message)
        QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Cannot do that"), user_message(exc))
        return
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    show_crash(parent, exc)


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    path = log_path()
    text = QCoreApplication.translate(
        "Errors",
        "Something went wrong inside register_app. Your register is safe: every change was saved "
        "as soon as it was made.\n\nPlease send the log file to your support:\n{path}",
    ).format(path=str(path) if path else "—")
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("Errors", "Unexpected error"), text,
                      QMessageBox.StandardButton.Ok, parent)  # fmt: skip
    box.setDetailedText(f"{type(exc).__name__}: {exc}")
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()
