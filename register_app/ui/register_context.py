"""The explicit application context handed to every page and dialog: the open register, the undo
stack, the settings, and the one `changed` signal that tells pages what an edit touched."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from register_app.store.register_file import RegisterFile
from register_app.ui.edits import Change
from register_app.ui.settings import Settings


class RegisterContext(QObject):
    changed = Signal(object)  # Change
    saved = Signal()

    def __init__(self, register: RegisterFile, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.settings = settings
        self.undo_stack = QUndoStack(self)

    def notify(self, change: Change) -> None:
        self.changed.emit(change)
        self.saved.emit()

    def close(self) -> None:
        self.undo_stack.clear()
        self.register.close()
