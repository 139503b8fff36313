"""What the smaller editors share: Save / Cancel, validation shown beside the fields, a refusal that
says why, a question before unsaved changes are discarded, and the guide's page on F1 (or Help)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from register_app.errors import UserError, ValidationFailed
from register_app.services.validation import Issue
from register_app.ui import screen_labels
from register_app.ui.help_window import show_help
from register_app.ui.widgets import ErrorLabel, ErrorMap, follow_layout_order

log = logging.getLogger(__name__)


def discard_confirmed(parent: QWidget, question: str) -> bool:
    """Whether the user, asked `question` about changes not saved, chose to discard them; the buttons
    say what they do (Qt's own "Discard" reads "Ne pas tenir compte" in French)."""
    buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
    title = QCoreApplication.translate("FormDialog", "Unsaved changes")
    box = QMessageBox(QMessageBox.Icon.Question, title, question, buttons, parent)
    box.button(QMessageBox.StandardButton.Discard).setText(
        QCoreApplication.translate("FormDialog", "&Discard the changes")
    )
    box.button(QMessageBox.StandardButton.Cancel).setText(QCoreApplication.translate("FormDialog", "&Keep editing"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Discard


class FormDialog(QDialog):
    help_topic = ""  # the editor's page (anchor) in the guide, opened by F1 and the Help button

    def __init__(self, *, submit: Callable[[Any], None], validate: Callable[[Any], list[Issue]], title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.validate = validate
        self.errors = ErrorMap()
        self.banner = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if self.help_topic:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Help)
            self.buttons.helpRequested.connect(self.on_help)
            QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.on_help)
        self.outer = QVBoxLayout(self)
        self.outer.addWidget(self.banner)

    def finish_layout(self, body: QWidget) -> None:
        self.body = body
        self.outer.addWidget(body, 1)
        self.outer.addWidget(self.buttons)

    def add_history(self, history: QWidget) -> None:
        """A *History* tab after the editor's own tabs (a one-page editor gets a *Details* tab first)."""
        tabs = self.body
        if not isinstance(tabs, QTabWidget):
            tabs = QTabWidget()
            self.outer.replaceWidget(self.body, tabs)
            tabs.addTab(self.body, QCoreApplication.translate("FormDialog", "Details"))
            self.body = tabs
        tabs.addTab(history, QCoreApplication.translate("FormDialog", "History"))

    def on_help(self) -> None:
        show_help(self, self.help_topic)

    # subclasses bind by hand
    def load(self, data: Any) -> None:
        raise NotImplementedError

    def to_input(self) -> Any:
        raise NotImplementedError

    def start(self, data: Any) -> None:
        self.base = data
        self.load(data)
        follow_layout_order(self)  # rows made while loading come last in the making order, not on screen
        self.initial = self.to_input()

    def is_modified(self) -> bool:
        return bool(self.to_input() != self.initial)

    def issue_shown(self, issues: list[Issue]) -> None:
        """Hook: switch to the tab holding the first issue."""

    def show_issues(self, issues: list[Issue]) -> None:
        rest = self.errors.route(issues)
        messages = (
            [QCoreApplication.translate("FormDialog", "Please correct the marked fields before saving.")]
            if issues
            else []
        )
        messages += [f"{item.field}: {item.message(screen_labels.lang())}" for item in rest]
        self.banner.show_messages(messages)
        if issues:
            self.issue_shown(issues)

    def accept(self) -> None:
        if save(self, self.validate):
            super().accept()

    def show_save_failure(self, exc: UserError) -> None:
        log.info("save refused: %s", exc.message)
        again = QCoreApplication.translate(
            "FormDialog", "Nothing was saved; your changes are still here. Try again, or Cancel to discard them."
        )
        self.banner.show_messages([exc.message, again])

    def reject(self) -> None:
        if self.is_modified() and not discard_confirmed(
            self, QCoreApplication.translate("FormDialog", "Your changes are not saved. Discard them?")
        ):
            return
        super().reject()


class CheckList(QListWidget):
    """A list of (uid, label) with check boxes, for links to other objects."""

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for uid, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)

    def set_checked(self, uids: tuple[str, ...]) -> None:
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in uids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        )


def save(dialog: Any, validate: Callable[[Any], list[Issue]]) -> bool:
    """What Save does in every editor: validate, hand the data to the dialog's submit, and on a
    problem keep the dialog open with the issues beside their fields, or the reason nothing was
    saved (read-only file, full disk...) with the edit still on screen. True when saved."""
    data = dialog.to_input()
    issues = validate(data)
    if not issues:
        try:
            dialog.submit(data)
        except ValidationFailed as exc:
            issues = list(exc.issues)
        except UserError as exc:
            dialog.show_save_failure(exc)
            return False
    if issues:
        dialog.show_issues(issues)
        return False
    dialog.initial = data
    return True
