"""Python's cyclic garbage collector never runs in a worker thread (checks, export, import): there
it would destroy the GUI thread's Qt objects while the GUI thread uses them. CI crashed that way
(a segmentation fault as the checks worker finished reading the register)."""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject

from tests.ui.conftest import checks_settled


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The thread of every collection, with collections made frequent (every 50 allocations)."""
    threads: list[int] = []

    def on_collection(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.get_ident())

    threshold = gc.get_threshold()
    gc.set_threshold(50, 5, 5)
    gc.callbacks.append(on_collection)
    yield threads
    gc.callbacks.remove(on_collection)
    gc.set_threshold(*threshold)


def qt_garbage() -> None:
    """Cycles holding Qt objects, as closed dialogs and replaced models leave behind."""
    for _ in range(200):
        holder = QObject()
        holder.setProperty("me", [holder])  # type: ignore[call-overload]


def test_check_runs_leave_every_collection_to_the_gui_thread(opened: Any, qtbot: Any, collections: list[int]) -> None:
    checks = opened.workspace.checks
    for _ in range(5):
        checks.refresh()
        qt_garbage()
        checks_settled(qtbot, opened)
    assert checks.report is not None
    assert set(collections) == {threading.get_ident()}
    assert gc.isenabled()


def test_an_export_while_the_checks_run_leaves_every_collection_to_the_gui_thread(
    opened: Any, qtbot: Any, tmp_path: Path, collections: list[int]
) -> None:
    from register_app.ui.export_dialog import ExportDialog
    from register_app.ui.worker import workers_running

    checks_settled(qtbot, opened)
    qtbot.waitUntil(lambda: workers_running() == 0)  # the history's check on opening too
    dialog = ExportDialog(opened.ctx.register, extension=".json", folder=tmp_path, lang="fr", parent=opened)
    qtbot.addWidget(dialog)
    opened.workspace.checks.refresh()
    dialog.accept()
    assert workers_running() == 2  # the checks and the export, each in its thread
    qt_garbage()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.failure is not None, timeout=10_000)
    checks_settled(qtbot, opened)
    assert dialog.failure is None and workers_running() == 0
    assert json.loads(Path(dialog.result_path).read_text(encoding="utf-8"))["activities"] == []
    assert set(collections) == {threading.get_ident()}
    assert gc.isenabled()
