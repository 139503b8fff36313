"""A dialog whose long jobs (an export; reading and writing an import) run in a worker thread, one
at a time, behind a window-modal progress dialog. The job's result goes to the step that asked for
it; its error is shown (a user error's sentence, or the crash dialog) and kept in `failure`. The
dialog cannot be closed while a job runs: the job's thread must end first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from register_app.ui.widgets import busy_progress
from register_app.ui.worker import Worker


class WorkerDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker: Worker | None = None
        self.progress: QProgressDialog | None = None
        self.failure: BaseException | None = None
        self._done: Callable[[Any], None] = lambda _result: None
        self._cancel: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def run_job(self, job: Callable[[], Any], label: str, done: Callable[[Any], None], *,
                cancel: Callable[[], None] | None = None) -> None:  # fmt: skip
        """Run `job` off the GUI thread, then `done(result)` in it. With `cancel`, the progress has
        a Cancel button that calls it (the job decides when it can stop) and the form stays as it
        is, out of reach behind the window-modal progress; without, the form is disabled meanwhile."""
        self.failure = None
        self._done, self._cancel = done, cancel
        self.worker = Worker(job, self)
        self.worker.succeeded.connect(self.on_worker_succeeded)
        self.worker.failed.connect(self.on_worker_failed)
        cancel_text = QCoreApplication.translate("WorkerDialog", "Cancel") if cancel is not None else None
        self.progress = busy_progress(self, label, cancel=cancel_text)
        if cancel is not None:
            self.progress.canceled.connect(cancel)
        else:
            self.setEnabled(False)  # (disabling the form with a Cancel button would disable the button too)
        self.worker.start()

    def _finish(self) -> None:
        if self.progress is not None:
            if self._cancel is not None:
                self.progress.canceled.disconnect(self._cancel)  # closing a progress dialog emits `canceled`
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        if self.worker is not None:
            self.worker.join()
        self.setEnabled(True)

    def on_worker_succeeded(self, result: object) -> None:
        self._finish()
        self._done(result)

    def on_worker_failed(self, exc: BaseException) -> None:
        self._finish()
        self.failure = exc
        from register_app.ui.errors import show_error

        show_error(self, exc)

    def reject(self) -> None:
        if self.busy:
            return  # an export or an import is under way: its thread must end before the dialog can go
        super().reject()
