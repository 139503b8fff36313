"""A job run off the GUI thread (checks, exports, imports), its result or error sent back by signal.

While any worker runs, Python's cyclic garbage collector is off, and the GUI thread turns it back
on once the last worker has ended. A collection frees the cyclic garbage it finds in whichever
thread triggers it. When that garbage holds Qt objects of the GUI thread (a closed dialog's
widgets, a replaced model), a collection in a worker thread destroys them there while the GUI
thread may be using them, and the app crashes: CI once died that way as the checks worker
finished reading the register. With the collector off during workers, every collection runs in
the GUI thread."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal


class _Collector:
    """How many workers hold the collector off, and whether it was on before the first of them."""

    held = 0
    was_enabled = False

    @classmethod
    def hold(cls) -> None:
        if cls.held == 0:
            cls.was_enabled = gc.isenabled()
            gc.disable()
        cls.held += 1

    @classmethod
    def release(cls) -> None:
        cls.held -= 1
        if cls.held == 0 and cls.was_enabled:
            gc.enable()


def workers_running() -> int:
    """Workers started and not yet joined (tests check that none is left holding the collector)."""
    return _Collector.held


class Worker(QThread):
    """Runs `job` once in its own thread. Start and join it from the GUI thread; `join` must follow
    every `start`, after `succeeded` or `failed`, or before the owner goes away."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception, for the GUI thread to show

    def __init__(self, job: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self._holding = False

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        _Collector.hold()
        self._holding = True
        super().start(priority)

    def join(self) -> None:
        """Wait for the thread to end, then let the collector run again if no other worker runs."""
        self.wait()
        if self._holding:
            self._holding = False
            _Collector.release()

    def run(self) -> None:
        try:
            result = self.job()
        except Exception as exc:  # shown by the GUI thread: user error or crash dialog
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)
