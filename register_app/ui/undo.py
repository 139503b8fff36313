"""Thin Qt undo commands over the Qt-free edits of `edits.py`. An edit is applied once, outside the
stack, so a refused edit (invalid input) raises to the dialog that asked for it and never enters
the stack; the command's first redo() is then a no-op."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from register_app.ui.edits import Change, Edit
from register_app.ui.errors import show_error
from register_app.ui.register_context import RegisterContext

log = logging.getLogger(__name__)


class EditCommand(QUndoCommand):
    def __init__(self, ctx: RegisterContext, edit: Edit, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.edit = edit
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.edit.apply)

    def undo(self) -> None:
        self._run(self.edit.revert)

    def _run(self, step) -> None:  # type: ignore[no-untyped-def]
        try:
            change = step(self.ctx.register)
        except Exception as exc:  # the file changed under us, or a bug: never leave the stack lying
            log.exception("undo/redo failed")
            QTimer.singleShot(0, self.ctx.undo_stack.clear)
            show_error(QApplication.activeWindow(), exc)
            return
        self.ctx.notify(change)


def run_edit(ctx: RegisterContext, edit: Edit, text: str) -> Change:
    """Apply an edit (raising UserError/ValidationFailed when refused), then put it on the stack."""
    change = edit.apply(ctx.register)
    ctx.undo_stack.push(EditCommand(ctx, edit, text))
    ctx.notify(change)
    return change
