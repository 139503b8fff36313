"""The speed benchmark: synthetic registers of 100, 1,000 and 10,000 activities, each figure the
median of several runs, against the floors set by the libraries themselves. Run from the
repository root:

    .venv/bin/python -m bench.run [--sizes 100,1000,10000] [--repeat 3] [--heavy-repeat 1] [--quick] [--only open,table]

Prints one table and writes bench/results.json. Each figure runs in its own process, so its peak
memory (max RSS) is its own; registers are generated once and cached under bench/.cache/."""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).with_name("results.json")
COLD_SIZES = (1000, 10000)
# The heavy figures (minutes each at 10,000 activities) and the largest size the default run measures
# each at, once (--heavy-limit and --heavy-repeat give the heavy run): the Excel figure's raw-openpyxl
# floor alone takes one to three minutes of CPU per run at 1,000 activities.
HEAVY = {"xlsx": 100, "pdf": 1000, "import": 1000, "bundle": 1000, "checks": 1000}


def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["REGISTER_APP_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_child(figure: str, size: int, repeat: int, data_dir: Path) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.run", "--child", figure, "--size", str(size), "--repeat", str(repeat)]
    done = subprocess.run(command, cwd=ROOT, env=child_env(data_dir), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{figure} at {size} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(figure: str, size: int, repeat: int) -> None:
    """In the child process: generate (or reuse) the register, measure, print JSON."""
    import resource

    from bench import figures
    from bench.generate import register_path

    path = register_path(size)
    if figure == "rows":
        print(json.dumps({"rows": str(dump_rows(path))}))
        return
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    series = figures.FIGURES[figure](path, repeat)
    own = series.pop("peak_mb", None)  # the app's peak, measured before the floors ran
    peak = own[0] if own else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"series": series, "peak_mb": peak, "start_mb": base}))


def dump_rows(path: Path) -> Path:
    """The activities table's display texts, for the bare window of the cold start."""
    from register_app.app import create_app
    from register_app.services.activities import list_activities
    from register_app.store.register_file import open_register
    from register_app.ui.activities_table_model import ActivitiesTableModel

    create_app()
    register = open_register(path, author="bench", read_only=True)
    model = ActivitiesTableModel()
    model.set_rows(list_activities(register))
    register.close()
    header = [str(model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal))
              for c in range(model.columnCount())]  # fmt: skip
    rows = [tuple(str(model.index(i, c).data()) for c in range(model.columnCount())) for i in range(model.rowCount())]
    out = path.with_suffix(".rows.pickle")
    with out.open("wb") as handle:
        pickle.dump((header, rows), handle)
    return out


def cold_start(kind: str, target: Path, data_dir: Path, *extra: str) -> tuple[float, float]:
    """Seconds from process start to the window shown, and the process's peak memory in MB."""
    command = [sys.executable, "-m", "bench.coldstart", kind, str(target), *extra]
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, env=child_env(data_dir), stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.wait()
    if not line.startswith("shown"):
        raise SystemExit(f"cold start ({kind}) failed")
    return elapsed, float(line.split()[1])


def measure_cold(size: int, repeat: int, data_dir: Path) -> dict[str, Any]:
    # An installed app starts from compiled bytecode (pip compiles it at install), as the floor's
    # libraries do from the venv: compile the app's modules first (a no-op when they are up to date),
    # else a run under PYTHONDONTWRITEBYTECODE would time Python compiling our sources at every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "register_app", "bench"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    from_child = run_child("rows", size, 1, data_dir)
    rows = Path(from_child["rows"])
    register = ROOT / "bench" / ".cache" / f"register-{size}-v1.rgpd"
    first, _ = cold_start("app", register, data_dir)  # makes today's backup
    codes = ",".join(special_categories())
    app, bare, floor = [], [], []
    for _ in range(repeat):  # in turn, so that a machine whose load changes weighs on all three alike
        app.append(cold_start("app", register, data_dir))
        bare.append(cold_start("bare", rows, data_dir))
        floor.append(cold_start("floor", register, data_dir, codes))
    return {"series": {"app": [t for t, _ in app], "bare": [t for t, _ in bare], "floor": [t for t, _ in floor],
                       "first_of_day": [first]},
            "peak_mb": max(m for _, m in app), "bare_peak_mb": max(m for _, m in bare)}  # fmt: skip


def special_categories() -> list[str]:
    """The data categories that make an activity's "sensitive data" column say yes."""
    from register_app.domain.catalogues import DATA_CATEGORIES, catalogue, category_regime

    return [entry.code for entry in catalogue(DATA_CATEGORIES) if category_regime(entry.code) != "standard"]


# --- the table -------------------------------------------------------------------------------
# (figure, series, floor series, target kind, target value, label)
LINES = [
    ("open", "app", None, None, None, "1. open the register and fill the activities table"),
    ("open", "first_open_of_day", None, None, None, "   the same, first opening of the day (daily backup)"),
    ("table", "filter_app", "filter_bare", "speedup", 10, "2. filter as you type, per keystroke"),
    ("table", "filter_app", "filter_bare_cpp", None, None, "   vs a proxy over QStandardItemModel (C++ data)"),
    ("table", "filter_first_app", "filter_bare", None, None, "   first keystroke (loads the search texts)"),
    ("table", "sort_app", "sort_bare", "speedup", 10, "   sort by a column (median of all columns)"),
    ("table", "sort_app", "sort_bare_cpp", None, None, "   vs a proxy over QStandardItemModel (C++ data)"),
    ("xlsx", "app", "floor", "ratio", 1.2, "3. Excel export vs write-only openpyxl"),
    ("pdf", "app", "floor", "ratio", 1.0, "4. PDF dossier vs one platypus pass, no contents"),
    ("pdf", "app", "canvas", None, None, "   vs raw canvas text drawing"),
    ("json", "export", None, None, None, "5. JSON export"),
    ("import", "import", None, None, None, "   JSON import (parse, check, write) into a new file"),
    ("json", "snapshot", None, None, None, "   (read the whole register: what exports start from)"),
    ("cold", "app", "floor", "ratio", 1.5, "6. cold start vs PySide6+SQLAlchemy+sqlite3 rows"),
    ("cold", "app", "bare", None, None, "   vs a bare window showing the rows from a pickle"),
    ("cold", "first_of_day", "floor", None, None, "   first start of the day (daily backup)"),
    ("edit", "activity", "activity_floor", "ratio", 3, "7. save an activity, to the list repainted, vs sqlite3"),
    ("edit", "subprocessor", "subprocessor_floor", "ratio", 3, "   save a subprocessor (list updated)"),
    ("edit", "measure", "measure_floor", "ratio", 3, "   save a measure (list updated)"),
    ("edit", "reload", "activity_floor", None, None, "   (before: the list read again in full)"),
    ("edit", "activity_cpu", "activity_floor_cpu", None, None, "   an activity's save, CPU seconds"),
    ("edit", "subprocessor_cpu", "subprocessor_floor_cpu", None, None, "   a subprocessor's save, CPU seconds"),
    ("edit", "measure_cpu", "measure_floor_cpu", None, None, "   a measure's save, CPU seconds"),
    ("checks", "checks", None, None, None, "9. the checks after a save, in their thread"),
    ("checks", "pause", None, None, None, "   longest pause of the window meanwhile"),
    ("history", "as_of", "snapshot", "ratio", 2.0, "8. the register as of a date vs reading it now"),
    ("history", "verify", "journal", None, None, "   verify vs reading the journal once"),
    ("bundle", "bundle", "separately", "ratio", 1.1, "   the inspection bundle vs its files one by one"),
]


def children_cpu() -> float:
    """CPU seconds used so far by the figures' processes (on a shared machine, what a figure costs)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt_time(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def table(results: dict[str, dict[str, Any]], sizes: list[int]) -> tuple[str, list[dict[str, Any]]]:
    lines, verdicts = [], []
    head = (
        f"{'figure':52} {'size':>6} {'register_app':>12} {'floor':>10} {'ratio':>8} {'×10k/1k':>8} "
        f"{'peak MB':>8}  target"
    )
    lines.append(head)
    lines.append("-" * len(head))
    for figure, name, floor_name, kind, value, label in LINES:
        for size in sizes:
            got = results.get(f"{figure}/{size}")
            if not got or name not in got["series"]:
                continue
            ours = median(got["series"][name])
            floor = median(got["series"][floor_name]) if floor_name and floor_name in got["series"] else None
            ratio = ""
            verdict = ""
            if floor:
                if kind == "speedup" or (kind is None and figure == "table"):
                    ratio = f"{floor / ours:.1f}×↑"
                else:
                    ratio = f"{ours / floor:.2f}"
                largest = max(int(key.split("/")[1]) for key in results if key.startswith(figure + "/"))
                if kind and size == largest and size >= 1000:  # the targets are for large registers
                    met = floor / ours >= value if kind == "speedup" else ours / floor <= value
                    verdict = ("met" if met else "MISSED") + (f" (≥{value}× faster)" if kind == "speedup"
                                                            else f" (≤{value}×)")  # fmt: skip
                    verdicts.append({"figure": label.strip(), "met": met})
            growth = ""
            small = results.get(f"{figure}/1000")
            if size == 10000 and small and name in small["series"]:
                g = ours / median(small["series"][name])
                growth = f"{g:.1f}"
                verdicts.append({"figure": label.strip() + " grows at most linearly", "met": g <= 10.5})
                verdict += "" if g <= 10.5 else " SUPERLINEAR"
            peak = f"{got.get('peak_mb', 0):.0f}" if name in ("app", "filter_app", "export", "activity") else ""
            floor_text = fmt_time(floor) if floor else ""
            lines.append(f"{label:52} {size:>6} {fmt_time(ours):>12} {floor_text:>10} {ratio:>8} {growth:>8} "
                         f"{peak:>8}  {verdict}".rstrip())  # fmt: skip
    return "\n".join(lines), verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the median is kept")
    parser.add_argument("--heavy-repeat", type=int, default=1,
                        help="runs per heavy figure (the Excel and PDF exports, the JSON import, the bundle and "
                             "the checks: the Excel floor alone takes about a minute per run at 1,000 activities)")
    parser.add_argument("--quick", action="store_true", help="one run per figure (a smoke test)")
    parser.add_argument("--only", default="open,table,xlsx,pdf,json,import,cold,edit,checks",
                        help="figures to measure (also history, bundle: bench_history.py)")
    parser.add_argument(
        "--heavy-limit",
        type=int,
        default=None,
        help="largest size at which the Excel and PDF exports, the JSON import, the bundle and the checks are "
        "measured (by default the Excel figure up to 100 activities, the others up to 1000; 10000 for the full "
        "table: they take minutes each at that size)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the results (JSON)")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.size, args.repeat)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    repeat = 1 if args.quick else args.repeat
    heavy_repeat = 1 if args.quick else args.heavy_repeat
    only = args.only.split(",")
    results: dict[str, dict[str, Any]] = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-data-") as tmp:
        data_dir = Path(tmp)
        for size in sizes:
            for figure in only:
                if figure == "cold" and size not in COLD_SIZES and len(sizes) > 1:
                    continue
                if figure in HEAVY and size > (args.heavy_limit or HEAVY[figure]):
                    continue
                t0, cpu0 = time.perf_counter(), children_cpu()
                runs = heavy_repeat if figure in HEAVY else repeat
                results[f"{figure}/{size}"] = (measure_cold(size, runs, data_dir) if figure == "cold"
                                               else run_child(figure, size, runs, data_dir))  # fmt: skip
                print(f"  {figure} at {size}: {time.perf_counter() - t0:.0f} s ({children_cpu() - cpu0:.0f} s CPU)",
                      file=sys.stderr, flush=True)  # fmt: skip
    text, verdicts = table(results, sizes)
    print(text)
    print(f"\n{len(sizes)} sizes, {repeat} run(s) per figure ({heavy_repeat} per heavy figure), "
          f"{time.perf_counter() - started:.0f} s in all ({children_cpu():.0f} s CPU)")  # fmt: skip
    summary = {"sizes": sizes, "repeat": repeat, "heavy_repeat": heavy_repeat, "results": results,
               "targets": verdicts, "table": text}  # fmt: skip
    args.out.write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
