"""The latest check report of the open register, shared by the dashboard, the checks page and the
activities list: the checks run once when the register opens and again after every change."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from register_app.errors import UserError
from register_app.services.checks import CheckReport, Finding, Severity, run_checks
from register_app.ui import labels
from register_app.ui.context import RegisterContext
from register_app.ui.edits import Change


def today() -> date:
    """The day of the checks (tests replace it to replay a fixed day)."""
    return date.today()


def finding_id(finding: Finding) -> str:
    """A finding's identity as one string: the row id of the checks tables."""
    return f"{finding.code}|{finding.object_uid}|{finding.field}"


class CheckState(QObject):
    updated = Signal()

    def __init__(self, ctx: RegisterContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: CheckReport | None = None
        ctx.changed.connect(self.on_ctx_changed)
        self.refresh()

    def on_ctx_changed(self, _change: Change) -> None:
        self.refresh()  # any change can open or close a finding

    def refresh(self) -> None:
        try:
            self.report = run_checks(self.ctx.register, today=today())
        except UserError:
            self.report = None
        self.updated.emit()

    def errors_by_activity(self) -> dict[str, list[str]]:
        """The error messages of each activity that has some (for the activities list)."""
        found: dict[str, list[str]] = {}
        for finding in self.report.findings if self.report else ():
            if finding.severity == Severity.ERROR and finding.object_kind == "activity":
                found.setdefault(finding.object_uid, []).append(finding.message(labels.lang()))
        return found
