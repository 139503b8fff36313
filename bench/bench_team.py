"""A team register against a register file (issue 20, target ≤ 2×): the benchmark's synthetic
register of N activities copied into a fresh database of a local PostgreSQL server (`register-app
copy`), then on both, each figure the median of several runs:

- list: opening the register and reading the activities list (what the window shows first);
- save: saving an edit of one activity (the editor's save, with its version check and history);
- xlsx: exporting the full register as the Excel workbook (the findings of the checks included).

The server is named by an administrator's URL in REGISTER_APP_BENCH_PG (or REGISTER_APP_TEST_PG, as
the tests use); without one, or when it cannot be reached, the benchmark says so and stops, exit
status 0. Run from the repository root:

    .venv/bin/python -m bench.bench_team [--size 1000] [--repeat 5] [--out bench/results-team.json]
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.figures import timed

RESULTS = Path(__file__).with_name("results-team.json")
UID_LENGTH = 36  # domain/base.py: String(36)
TARGET = 2.0
FIGURES = {
    "list": "opening the register and its activities list",
    "save": "saving an edit of one activity",
    "xlsx": "exporting the workbook (full register)",
}


def server_url() -> str | None:
    return os.environ.get("REGISTER_APP_BENCH_PG") or os.environ.get("REGISTER_APP_TEST_PG") or None


def admin(url: str, statement: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    engine = create_engine(make_url(url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql(statement)
    finally:
        engine.dispose()


def measure(location: Path | str, repeat: int, out: Path) -> dict[str, list[float]]:
    """The figures on the register at `location` (a file or a team register's URL)."""
    from register_app.services import changes
    from register_app.services.activities import ACTIVITIES, input_of, list_activities
    from register_app.services.conflicts import opened
    from register_app.services.document import Profile
    from register_app.services.export_files import export_file
    from register_app.services.files import open_file

    def open_and_list() -> None:
        register = open_file(location, daily_backup=False)
        try:
            list_activities(register)
        finally:
            register.close()

    register = open_file(location, daily_backup=False)
    try:
        rows = list_activities(register)
        uid = rows[len(rows) // 2].uid
        saves = []
        for turn in range(repeat):  # the editor opened the activity before; the save is what is timed
            mine = opened(register, ACTIVITIES, uid)
            data = dataclasses.replace(input_of(mine.record), notes=f"revue {turn}")
            gc.collect()
            start = time.perf_counter()
            changes.update(register, ACTIVITIES, uid, data, mine.version)
            saves.append(time.perf_counter() - start)
        return {
            "list": timed(open_and_list, repeat),
            "save": saves,
            "xlsx": timed(lambda: export_file(register, out, profile=Profile.FULL, lang="fr"), repeat),
        }
    finally:
        register.close()


def team_register_path(size: int) -> Path:
    """The benchmark's register of `size` activities with its measures' identifiers shortened to the
    36 characters a team register's columns hold (the generator's `m-<catalogue code>` can be longer,
    which a file does not check and PostgreSQL refuses); generated once, cached beside the others."""
    from bench.generate import CACHE, GENERATOR_VERSION, document
    from register_app.services.interchange import import_document
    from register_app.store.register_file import create_register

    path = CACHE / f"team-register-{size}-v{GENERATOR_VERSION}.rgpd"
    if path.exists():
        return path
    full = document(size)
    short = {m.uid: m.uid if len(m.uid) <= UID_LENGTH else "m-" + hashlib.sha256(m.uid.encode()).hexdigest()[:16]
             for m in full.measures}  # fmt: skip
    shortened = dataclasses.replace(
        full,
        measures=tuple(dataclasses.replace(m, uid=short[m.uid]) for m in full.measures),
        subprocessors=tuple(dataclasses.replace(s, measure_uids=tuple(short[u] for u in s.measure_uids))
                            for s in full.subprocessors),
        activities=tuple(dataclasses.replace(a, measures=tuple(dataclasses.replace(link, measure_uid=short[
            link.measure_uid]) for link in a.measures)) for a in full.activities),
    )  # fmt: skip
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".tmp.rgpd")
    partial.unlink(missing_ok=True)
    register = create_register(partial, author="bench")
    try:
        import_document(register, shortened)
    finally:
        register.close()
    partial.rename(path)
    return path


def run(size: int, repeat: int, url: str) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    from register_app.services.register_copy import copy_register

    source = team_register_path(size)
    database = f"bench_team_{uuid.uuid4().hex[:10]}"
    admin(url, f'CREATE DATABASE "{database}"')
    team = make_url(url).set(database=database).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            os.environ["REGISTER_APP_DATA_DIR"] = str(work / "data")  # no backup of ours lands in the user's
            copy_register(source, team, author="bench").close()
            local = work / "register.rgpd"
            copy_register(source, local, author="bench").close()  # the file, copied the same way
            results: dict[str, Any] = {}
            for name, location in (("file", local), ("team", team)):
                results[name] = measure(location, repeat, work / f"{name}.xlsx")
    finally:
        admin(url, f'DROP DATABASE "{database}" WITH (FORCE)')
    return {figure: {"file_s": statistics.median(results["file"][figure]),
                     "team_s": statistics.median(results["team"][figure]),
                     "runs": {name: results[name][figure] for name in results}} for figure in FIGURES}  # fmt: skip


def table(size: int, figures: dict[str, Any]) -> str:
    lines = [f"{'figure':<48}{'size':>6}{'file':>11}{'team':>11}{'ratio':>8}   target ≤ {TARGET:g}×"]
    for name, label in FIGURES.items():
        file_s, team_s = figures[name]["file_s"], figures[name]["team_s"]
        ratio = team_s / file_s
        verdict = "ok" if ratio <= TARGET else "OVER"
        lines.append(f"{label:<48}{size:>6}{_ms(file_s):>11}{_ms(team_s):>11}{ratio:>7.2f}×   {verdict}")
    return "\n".join(lines)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    url = server_url()
    if url is None:
        print("team benchmark skipped: no PostgreSQL server (set REGISTER_APP_BENCH_PG to an administrator's URL, "
              "postgresql://postgres@localhost:5432/postgres)")  # fmt: skip
        return 0
    try:
        admin(url, "SELECT 1")
    except Exception as exc:  # the server named cannot be reached: said, not a failure of the benchmark
        print(f"team benchmark skipped: {url} cannot be reached ({type(exc).__name__})")
        return 0
    figures = run(args.size, args.repeat, url)
    print(table(args.size, figures))
    args.out.write_text(json.dumps({"size": args.size, "repeat": args.repeat, "target": TARGET,
                                    "figures": figures}, indent=2) + "\n", encoding="utf-8")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
