"""Thin Qt undo commands over the Qt-free edits of `edits.py`. An edit is applied once, outside the
stack, so a refused edit (invalid input) raises to the dialog that asked for it and never enters
the stack; the command's first redo() is then a no-op."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QDialog

from register_app.services.conflicts import DeleteConflict, EditConflict
from register_app.ui.conflict_dialog import ConflictDialog
from register_app.ui.edits import Change, Edit, Steps
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
            change = self._settling(step)
        except EditConflict:  # the user cancelled: nothing was written, and the stack no longer says what is
            QTimer.singleShot(0, self.ctx.undo_stack.clear)
            return
        except Exception as exc:  # the file changed under us, or a bug: never leave the stack lying
            log.exception("undo/redo failed")
            QTimer.singleShot(0, self.ctx.undo_stack.clear)
            show_error(QApplication.activeWindow(), exc)
            return
        self.ctx.notify(change)

    def _settling(self, step) -> Change:  # type: ignore[no-untyped-def]
        """Apply `step`; when someone else saved an object it reverts since (a team register), show
        both versions and apply it with what the user chooses. Cancelled, or an undone creation they
        changed (not deleted, said so): the conflict is raised."""
        while True:
            try:
                return step(self.ctx.register)  # type: ignore[no-any-return]
            except DeleteConflict as conflict:  # nothing to choose: the object stays as they saved it
                show_error(QApplication.activeWindow(), conflict)
                raise
            except EditConflict as conflict:
                choice = ConflictDialog(conflict, QApplication.activeWindow())
                if choice.exec() != QDialog.DialogCode.Accepted or not isinstance(self.edit, Steps):
                    raise
                self.edit.settle(conflict, choice.result_input())


def run_edit(ctx: RegisterContext, edit: Edit, text: str) -> Change:
    """Apply an edit (raising UserError/ValidationFailed when refused), then put it on the stack."""
    change = edit.apply(ctx.register)
    ctx.undo_stack.push(EditCommand(ctx, edit, text))
    ctx.notify(change)
    return change
