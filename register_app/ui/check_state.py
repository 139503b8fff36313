"""The latest check report of the open register, shared by the dashboard, the checks page and the
activities list: the checks run when the register opens and again after every change.

They run in a worker thread (`ui.worker`) with its own database session, so that the window
appears and edits return at once: reading and checking a register of 10,000 activities takes
seconds. Changes made while a run is under way are coalesced into one more run; only the report of
the latest state is published. The checks and the privacy-policy comparison are imported by the
worker's first run, not before the window is shown."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from register_app.domain.catalogues import Lang
from register_app.domain.enums import Severity
from register_app.errors import UserError
from register_app.store.register_file import RegisterFile
from register_app.ui import screen_labels
from register_app.ui.edits import Change
from register_app.ui.register_context import RegisterContext
from register_app.ui.worker import Worker

if TYPE_CHECKING:
    from register_app.services.checks import CheckReport, Finding
    from register_app.services.policy.comparison import Comparison
    from register_app.services.policy.proposals import Proposals

log = logging.getLogger(__name__)


def today() -> date:
    """The day of the checks (tests replace it to replay a fixed day)."""
    return date.today()


def finding_id(finding: Finding) -> str:
    """A finding's identity as one string: the row id of the checks tables."""
    return f"{finding.code}|{finding.object_uid}|{finding.field}"


def check_register(register: RegisterFile, day: date, policy: Proposals | None = None) -> CheckReport | None:
    """One run, in the worker thread: None when the register cannot be read (the pages say nothing
    rather than something wrong; the error is in the log)."""
    from register_app.services.checks import run_checks

    try:
        return run_checks(register, today=day, policy=policy)
    except UserError:
        log.warning("the register could not be checked", exc_info=True)
    except Exception:  # a bug in a rule must not take the app down from a thread
        log.exception("the checks failed")
    return None


def recall_comparison(register: RegisterFile, lang: Lang) -> Comparison | None:
    from register_app.services.policy.comparison import compare_again

    try:
        return compare_again(register, lang)
    except Exception:  # the checks must run even if the remembered policy cannot be compared
        log.exception("the remembered privacy policy could not be compared")
        return None


class CheckState(QObject):
    updated = Signal()

    def __init__(self, ctx: RegisterContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: CheckReport | None = None
        self.comparison: Comparison | None = None  # the privacy policy last compared: its findings join the checks
        self._recall = True  # the first run compares the policy the register remembers, if still unchanged
        self._wanted = 1  # bumped by every change; -1 once stopped
        self._published = 0  # the run whose report is shown
        self._worker: Worker | None = None
        ctx.changed.connect(self.on_ctx_changed)
        QTimer.singleShot(0, self, self._start)  # once the window has had its first paint

    @property
    def busy(self) -> bool:
        """A run is under way or due: the report does not reflect the latest change yet."""
        return self._wanted > 0 and self._published != self._wanted

    def on_ctx_changed(self, _change: Change) -> None:
        self.refresh()  # any change can open or close a finding

    def refresh(self) -> None:
        if self._wanted > 0:
            self._wanted += 1
            self._start()

    def set_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.refresh()

    def stop(self) -> None:
        """Wait for the run under way (before the register is closed) and publish nothing more."""
        self._wanted = -1
        self._end_worker()

    def _start(self) -> None:
        if self._worker is not None or not self.busy:
            return  # one run at a time; the one under way starts the next when it ends
        run, register, day, lang = self._wanted, self.ctx.register, today(), screen_labels.lang()
        comparison, recall = self.comparison, self._recall
        self._recall = False

        def job() -> tuple[int, CheckReport | None, Comparison | None]:
            recalled = recall_comparison(register, lang) if recall else comparison
            return run, check_register(register, day, recalled.proposals if recalled else None), recalled

        self._worker = Worker(job, self)
        self._worker.succeeded.connect(self._on_finished)  # queued: sent by the worker thread
        self._worker.start()

    def _on_finished(self, result: tuple[int, CheckReport | None, Comparison | None]) -> None:
        if self._wanted < 0 or self._worker is None:
            return  # stopped: the register is closing
        run, report, comparison = result
        self._end_worker()
        if self.comparison is None:
            self.comparison = comparison
        if run != self._wanted:
            self._start()  # something changed during the run: check the latest state
            return
        self.report, self._published = report, run
        self.updated.emit()

    def _end_worker(self) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker.deleteLater()
            self._worker = None

    def errors_by_activity(self) -> dict[str, list[str]]:
        """The error messages of each activity that has some (for the activities list)."""
        found: dict[str, list[str]] = {}
        for finding in self.report.findings if self.report else ():
            if finding.severity == Severity.ERROR and finding.object_kind == "activity":
                found.setdefault(finding.object_uid, []).append(finding.message(screen_labels.lang()))
        return found
