"""Lists refresh when another user saves: in a team register, the history is asked every few seconds,
off the GUI thread, what was saved since (services/watch.py); the pages read again the rows of those
objects, as after an edit made here."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from register_app.services.watch import Saved, saved_since, start_watching
from register_app.ui.edits import EVERYTHING, change_of
from register_app.ui.register_context import RegisterContext
from register_app.ui.worker import Worker

log = logging.getLogger(__name__)
INTERVAL_MS = 3000


class TeamWatch(QObject):
    def __init__(self, ctx: RegisterContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seen = start_watching(ctx.register)  # what is saved from now on is news (one cheap query)
        self.worker: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if self.worker is not None:
            return  # the previous question is still out (a slow server)
        register, seen = self.ctx.register, self.seen
        self.worker = Worker(lambda: saved_since(register, seen), self)
        self.worker.succeeded.connect(self.on_answer)
        self.worker.failed.connect(self.on_failed)
        self.worker.start()

    def on_answer(self, answer: Saved) -> None:
        self.join()
        self.seen = answer.seen
        if answer.objects is None or answer.objects:
            kinds = answer.kinds if answer.objects is not None else EVERYTHING.kinds
            self.ctx.changed.emit(change_of(kinds, None, answer.objects, by_others=True))

    def on_failed(self, exc: BaseException) -> None:
        """The server away: said by the next save; asked again at the next tick."""
        self.join()
        log.info("team register not reachable for its refresh: %s", exc)

    def join(self) -> None:
        if self.worker is not None:
            self.worker.join()
            self.worker = None

    def stop(self) -> None:
        self.timer.stop()
        self.join()
