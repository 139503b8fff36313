"""A register opened read-only (another writer holds it): the banner that says who, and a helper
that turns any form into a read-only view (texts stay selectable, nothing can be changed)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from register_app.store.lock import LockOwner
from register_app.ui import screen_labels

BANNER_STYLE = "QLabel { background: #fff4ce; color: #4d3800; border-bottom: 1px solid #e0c060; padding: 8px 12px; }"


def owner_text(owner: LockOwner) -> str:
    """Who holds the register, in the interface language, with the date in the interface's format."""
    since = owner.since.astimezone()
    return QCoreApplication.translate("ReadOnly", "{user} on {host} since {date} {time}").format(
        user=owner.user, host=owner.host, date=screen_labels.local_date(since.date()), time=since.strftime("%H:%M")
    )


def read_only_banner(owner: LockOwner | None) -> QLabel:
    if owner is not None:
        text = QCoreApplication.translate(
            "ReadOnly",
            "Opened read-only: {who} has it open for editing. You can read and export this register, not change it.",
        ).format(who=owner_text(owner))
    else:
        text = QCoreApplication.translate(
            "ReadOnly", "Opened read-only: you can read and export this register, not change it."
        )
    banner = QLabel(text)
    banner.setWordWrap(True)
    banner.setObjectName("read_only_banner")
    banner.setStyleSheet(BANNER_STYLE)
    banner.setAccessibleName(QCoreApplication.translate("ReadOnly", "Read-only"))
    return banner


def make_read_only(root: QWidget, *, keep: Iterable[QWidget] = ()) -> None:
    """Make every input under `root` read-only, except the widgets in `keep` (navigation) and the
    dialog's own buttons (Close must still work). Texts stay readable and selectable."""
    kept = list(keep)
    for widget in root.findChildren(QWidget):
        if any(k is widget or k.isAncestorOf(widget) for k in kept):
            continue
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            widget.setReadOnly(True)
            if isinstance(widget, QLineEdit):
                widget.setCursorPosition(0)  # show the start of a long text, not its end
        elif isinstance(widget, QComboBox) or (
            isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QDialogButtonBox)
        ):
            widget.setEnabled(False)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEditable)
        elif isinstance(widget, QTreeWidget):
            iterator = QTreeWidgetItemIterator(widget)
            while iterator.value() is not None:
                node = iterator.value()
                node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEditable)
                iterator += 1


def make_dialog_read_only(dialog: QWidget, buttons: QDialogButtonBox, *, keep: Iterable[QWidget] = ()) -> None:
    """An editor opened on a read-only register: no Save, Cancel becomes Close."""
    make_read_only(dialog, keep=keep)
    for button in buttons.buttons():
        role = buttons.buttonRole(button)
        if role in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.ApplyRole):
            button.hide()
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    if cancel is not None:
        cancel.setText(QCoreApplication.translate("ReadOnly", "Close"))
    title = dialog.windowTitle()
    dialog.setWindowTitle(QCoreApplication.translate("ReadOnly", "{title} (read-only)").format(title=title))
