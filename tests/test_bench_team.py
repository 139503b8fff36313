"""The team-register benchmark (bench/bench_team.py): without a PostgreSQL server it says why it
does not run and exits cleanly; with one, it measures its three figures on both engines."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench import bench_team

ROOT = Path(__file__).resolve().parent.parent


def test_without_a_server_the_team_bench_says_so_and_exits_cleanly(monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str],
                                                                    tmp_path: Path) -> None:  # fmt: skip
    monkeypatch.delenv("REGISTER_APP_BENCH_PG", raising=False)
    monkeypatch.delenv("REGISTER_APP_TEST_PG", raising=False)
    assert bench_team.main(["--out", str(tmp_path / "out.json")]) == 0
    assert "team benchmark skipped: no PostgreSQL server" in capsys.readouterr().out
    monkeypatch.setenv("REGISTER_APP_BENCH_PG", "postgresql://nobody@127.0.0.1:1/postgres")
    assert bench_team.main(["--out", str(tmp_path / "out.json")]) == 0
    assert "cannot be reached" in capsys.readouterr().out
    assert not (tmp_path / "out.json").exists()


@pytest.mark.slow
@pytest.mark.postgres
def test_the_team_bench_runs_at_a_small_size(pg_admin_url: str, tmp_path: Path) -> None:
    out = tmp_path / "results-team.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REGISTER_APP_BENCH_PG": pg_admin_url}
    command = [sys.executable, "-m", "bench.bench_team", "--size", "100", "--repeat", "1", "--out", str(out)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["figures"]
    assert set(figures) == {"list", "save", "xlsx"}
    assert all(f["file_s"] > 0 and f["team_s"] > 0 for f in figures.values())
    assert "saving an edit of one activity" in done.stdout
