"""Figure 7: saving an activity, a subprocessor and a measure in the open workspace (every page
built, the activities list on screen), from the save to the list repainted, against the same row
saved with raw sqlite3 (the saves are timed with the checks stopped, so that a run in the worker
does not compete with them); and, as figure "checks", how long the checks take to publish from
their worker thread (every save starts such a run) and the longest pause of the GUI thread while
they run (what a user would feel as a freeze). Each save is also timed in CPU seconds of the process
(`time.process_time`), which a machine loaded by other work inflates less than the wall clock."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.figures import Series, _app, _drain, peak_mb

KINDS = ("activity", "subprocessor", "measure")
TABLES = {"activity": "activity", "subprocessor": "subprocessor", "measure": "measure"}
STAMP = "%Y-%m-%d %H:%M:%S.%f"  # as the store writes its dates


def _targets(register: Any, page: Any) -> dict[str, tuple[Any, str, Any]]:
    """(aggregate, uid, editable part) of the object saved for each kind: the activity selected in
    the middle of the list, the first subprocessor, the first measure."""
    from register_app.services import activities, measures, subprocessors
    from register_app.services import records as r
    from register_app.services.activities import ACTIVITIES
    from register_app.services.measures import MEASURES
    from register_app.services.subprocessors import SUBPROCESSORS

    activity = page.model.row_at(page.model.rowCount() // 2).uid
    page.select(activity)
    sub = subprocessors.list_subprocessors(register)[0].uid
    measure = measures.list_measures(register)[0].uid
    return {
        "activity": (ACTIVITIES, activity, activities.input_of(activities.get_activity(register, uid=activity))),
        "subprocessor": (SUBPROCESSORS, sub, r.input_part(subprocessors.get_subprocessor(register, uid=sub),
                                                          r.SubprocessorInput)),
        "measure": (MEASURES, measure, r.input_part(measures.get_measure(register, uid=measure), r.MeasureInput)),
    }  # fmt: skip


def _wait_for_checks(app: Any, checks: Any) -> tuple[float, float]:
    """Seconds until the checks publish the latest state, and the longest gap between two turns
    of the GUI thread's event loop meanwhile."""
    start = last = time.perf_counter()
    longest = 0.0
    while checks.busy:
        app.processEvents()
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
        time.sleep(0.002)
    return time.perf_counter() - start, longest


def measure_checks(path: Path, repeat: int) -> Series:
    """The checks' run as after a save (the one at opening is the same full run), once: seconds
    to the report published, and the longest pause of the window meanwhile."""
    from register_app.store.register_file import open_register
    from register_app.ui.main_window import Workspace
    from register_app.ui.register_context import RegisterContext

    app, settings = _app()
    register = open_register(path, author="bench", read_only=True)
    ctx = RegisterContext(register, settings)
    workspace = Workspace(ctx)
    workspace.resize(1280, 760)
    workspace.show()
    _drain(app)
    checks, pause = _wait_for_checks(app, workspace.checks)
    peak = peak_mb()
    workspace.checks.stop()
    workspace.close()
    ctx.close()
    return {"checks": [checks], "pause": [pause], "peak_mb": peak}


def measure_edits(path: Path, repeat: int) -> Series:
    from register_app.store.register_file import open_register
    from register_app.ui.edits import update
    from register_app.ui.main_window import Workspace
    from register_app.ui.register_context import RegisterContext
    from register_app.ui.undo import run_edit

    app, settings = _app()
    folder = Path(tempfile.mkdtemp(prefix="bench-edit-"))
    copy = folder / path.name
    shutil.copyfile(path, copy)
    register = open_register(copy, author="bench")
    ctx = RegisterContext(register, settings)
    workspace = Workspace(ctx)
    workspace.checks.stop()  # before its first run: the saves are timed without one competing for the GIL
    for row in range(workspace.pages.count()):  # every page built, as once the user has visited them all
        workspace.page(row)
    workspace.resize(1280, 760)
    workspace.show()
    _drain(app)
    series: Series = {}
    page = workspace.activities
    targets = _targets(register, page)
    for n in range(repeat):
        for kind in KINDS:
            agg, uid, data = targets[kind]
            renamed = dataclasses.replace(data, name=f"{data.name} ({n})")
            start, cpu = time.perf_counter(), time.process_time()
            run_edit(ctx, update(agg, uid, renamed), "bench")
            _drain(app)
            series.setdefault(kind, []).append(time.perf_counter() - start)
            series.setdefault(kind + "_cpu", []).append(time.process_time() - cpu)
    for _ in range(repeat):  # what every save cost before: the list read again in full
        start = time.perf_counter()
        page.reload()
        _drain(app)
        series.setdefault("reload", []).append(time.perf_counter() - start)
    peak = peak_mb()
    workspace.close()
    ctx.close()
    connection = sqlite3.connect(copy, isolation_level=None)
    for n in range(repeat):
        for kind in KINDS:
            _agg, uid, data = targets[kind]
            start, cpu = time.perf_counter(), time.process_time()
            connection.execute("BEGIN IMMEDIATE")
            connection.execute(f"UPDATE {TABLES[kind]} SET name = ?, updated_at = ? WHERE uid = ?",
                               (f"{data.name} [{n}]", datetime.now(UTC).strftime(STAMP), uid))  # fmt: skip
            connection.execute("COMMIT")
            series.setdefault(kind + "_floor", []).append(time.perf_counter() - start)
            series.setdefault(kind + "_floor_cpu", []).append(time.process_time() - cpu)
    connection.close()
    shutil.rmtree(folder, ignore_errors=True)
    return {**series, "peak_mb": peak}
