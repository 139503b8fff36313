"""Dismissing a finding and listing it again, as undoable edits (Qt-free, like `edits.py`)."""

from __future__ import annotations

from register_app.services.checks import Dismissal, Finding, dismiss, restore
from register_app.store.register_file import RegisterFile
from register_app.ui.edits import Change

FINDING = "finding"  # the Change kind of a dismissal or a restored finding


def _change(finding: Finding) -> Change:
    return Change(frozenset({FINDING}), finding.object_uid)


class DismissFinding:
    """Set a finding aside with a reason; undo lists it again."""

    def __init__(self, finding: Finding, reason: str) -> None:
        self.finding = finding
        self.reason = reason

    def apply(self, register: RegisterFile) -> Change:
        dismiss(register, finding=self.finding, reason=self.reason)
        return _change(self.finding)

    def revert(self, register: RegisterFile) -> Change:
        restore(register, finding=self.finding)
        return _change(self.finding)


class RestoreFinding:
    """List a dismissed finding again; undo dismisses it again with the same reason."""

    def __init__(self, finding: Finding) -> None:
        self.finding = finding
        self.gone: Dismissal | None = None

    def apply(self, register: RegisterFile) -> Change:
        self.gone = restore(register, finding=self.finding) or self.gone
        return _change(self.finding)

    def revert(self, register: RegisterFile) -> Change:
        if self.gone is not None:
            dismiss(register, finding=self.finding, reason=self.gone.reason)
        return _change(self.finding)
