"""Killing the app (SIGKILL) in the middle of a burst of edits or an import never corrupts the
register and never loses a committed edit: at worst the one unfinished transaction is lost."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from support import crash_writers

from register_app.services.registers import new_register

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
              pytest.mark.sqlite_only("SQLite's journal recovers the register file after a killed writer")]


def kill_repeatedly(path: Path, target: Callable[..., None], kills: int, seed: int) -> list[int]:
    """Start a writer, kill it at a random moment, check the file; again and again. Returns the
    numbers the writers reported as committed."""
    # fork: the writer starts in milliseconds with everything already imported (a spawned
    # interpreter would take a second per kill). It opens its own connections after the fork.
    ctx = multiprocessing.get_context("fork")
    progress = path.with_suffix(".progress")
    rng = random.Random(seed)
    reported: list[int] = []
    for _ in range(kills):
        process = ctx.Process(target=target, args=(str(path), str(progress), len(reported) * 1000 + 1000))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # Python 3.12+: fork with threads
            process.start()
        time.sleep(rng.uniform(0.02, 0.35))
        os.kill(process.pid, signal.SIGKILL)  # type: ignore[arg-type]
        process.join()
        assert process.exitcode == -signal.SIGKILL, "the writer stopped before it was killed"
        reported = [int(line) for line in progress.read_text().split()] if progress.exists() else []
        connection = sqlite3.connect(path)  # read-write: rolls back the killed transaction's journal
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            connection.close()
    return reported


def names(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM activity")}
    finally:
        connection.close()


def test_killed_during_edits(tmp_path: Path) -> None:
    path = tmp_path / "edits.rgpd"
    new_register(path, organisation="Crash SA", with_catalogue=False).close()
    reported = kill_repeatedly(path, crash_writers.write_edits, kills=200, seed=1)
    stored = names(path)
    assert len(reported) > 200, "the writers hardly wrote anything: the test proves nothing"
    assert {f"edit-{n}" for n in reported} <= stored, "a committed edit was lost"
    # at most the one edit in flight at each kill was written without being reported
    assert len(stored) - len(reported) <= 200


def test_killed_during_imports(tmp_path: Path) -> None:
    path = tmp_path / "imports.rgpd"
    new_register(path, organisation="Crash SA", with_catalogue=False).close()
    reported = kill_repeatedly(path, crash_writers.write_imports, kills=100, seed=2)
    stored = names(path)
    batches: dict[str, int] = {}
    for name in stored:
        batch = name.rsplit("-", 1)[0]
        batches[batch] = batches.get(batch, 0) + 1
    assert reported, "no import finished between kills: the test proves nothing"
    assert all(count == crash_writers.BATCH for count in batches.values()), "an import was half-written"
    assert {f"batch-{n}" for n in reported} <= set(batches)
