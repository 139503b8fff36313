"""Screenshots of the real app under Xvfb, on the demo register, for the README and for review.

    python scripts/screenshots.py                       French and English, 1366x768 and 1920x1080
    python scripts/screenshots.py --lang fr --size 1366x768
    python scripts/screenshots.py --all --out /tmp/shots  every editor section and tab too, for review

Needs Xvfb (Debian: xvfb xauth, and the libxcb-* packages listed in ENVIRONMENT.md). Each run starts
its own X server, runs the app there with the xcb platform (a real X window, not offscreen), grabs
the screen, and writes docs/screenshots/<view>-<lang>-<size>.png. The app's data folder and settings
are a temporary folder: your own settings and recent files are not touched."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZES = ("1366x768", "1920x1080")
LANGS = ("fr", "en")
VIEWS = ("activities", "activity-editor", "subprocessor-editor", "welcome", "dashboard", "organisation", "checks")


def free_display() -> int:
    for number in range(90, 200):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise SystemExit("no free X display number")


def run_outer(langs: list[str], sizes: list[str], out: Path, every: bool) -> int:
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise SystemExit("Xvfb not found: apt-get install xvfb xauth (see ENVIRONMENT.md)")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    for size in sizes:
        number = free_display()
        server = subprocess.Popen([xvfb, f":{number}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            for _ in range(50):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    break
                time.sleep(0.1)
            for lang in langs:
                with tempfile.TemporaryDirectory(prefix="register-shots-") as data:
                    env = dict(os.environ, DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb", REGISTER_APP_DATA_DIR=data,
                               LANG="C.UTF-8")  # fmt: skip
                    env.pop("WAYLAND_DISPLAY", None)
                    cmd = [sys.executable, __file__, "--inner", "--lang", lang, "--size", size, "--out", str(out)]
                    cmd += ["--all"] if every else []
                    result = subprocess.run(cmd, check=False, env=env, cwd=ROOT)
                    failures += result.returncode != 0
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 1 if failures else 0


def run_inner(lang: str, size: str, out: Path, every: bool) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from register_app.app import create_app
    from register_app.services import activities, subprocessors
    from register_app.services.demo import write_demo
    from register_app.store.backups import data_dir
    from register_app.ui import editors
    from register_app.ui.settings import Settings

    settings = Settings()
    settings.language = lang
    settings.author = "Claire Martin"
    settings.sync()
    app, settings, _ = create_app()
    from register_app.ui.main_window import MainWindow, demo_path

    write_demo(demo_path(), author="Claire Martin").close()
    window = MainWindow(settings)
    screen = app.primaryScreen().availableGeometry()
    window.setGeometry(screen)
    window.show()

    def settle(ms: int = 400) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def settled(done: Callable[[], bool], seconds: float = 60) -> None:
        """Wait for work the app does in the background (the checks) before the picture."""
        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            settle(100)

    def shot(view: str) -> None:
        settle()
        path = out / f"{view}-{lang}-{size}.png"
        app.primaryScreen().grabWindow(0).save(str(path))
        print(f"wrote {path}")

    def centre(dialog: QWidget) -> None:
        dialog.show()
        settle(100)
        frame = dialog.frameGeometry()
        frame.moveCenter(screen.center())
        dialog.move(frame.topLeft())

    def scenario() -> None:
        try:
            shot("welcome")
            window.open_file(demo_path())
            window.go_to(0)
            settled(lambda: window.workspace is not None and window.workspace.checks.report is not None)
            shot("dashboard")  # its tiles and agenda come with the checks' report
            window.go_to(1)
            page = window.workspace.activities
            rows = activities.list_activities(window.ctx.register)
            rich = max(rows, key=lambda row: (row.subprocessor_count, len(row.legal_bases), row.sensitive))
            page.select(rich.uid)
            shot("activities")
            dialog = editors.activity_dialog(window.ctx, window, rich.uid)
            centre(dialog)
            shot("activity-editor")
            for section in range(1, len(dialog.blocks)) if every else ():
                dialog.sections.setCurrentRow(section)
                shot(f"activity-editor-{section + 1}")
            dialog.done(0)
            window.go_to(2)
            subs = subprocessors.list_subprocessors(window.ctx.register)
            sub = max(subs, key=lambda row: (len(row.certifications), row.activity_count))
            window.workspace.subprocessors.select(sub.uid)
            shot("subprocessors")
            dialog = editors.subprocessor_dialog(window.ctx, window, sub.uid)
            centre(dialog)
            shot("subprocessor-editor")
            for tab in range(1, dialog.tabs.count()) if every else ():
                dialog.tabs.setCurrentIndex(tab)
                shot(f"subprocessor-editor-{tab + 1}")
            dialog.done(0)
            window.go_to(3)
            shot("measures")
            window.go_to(4)
            shot("organisation")
            window.go_to(5)
            checks = window.workspace.checks_page
            if checks.model.rowCount():
                checks.table.selectRow(0)
            shot("checks")
        except Exception as exc:  # report and exit non-zero
            import traceback

            traceback.print_exception(exc)
            app.exit(1)
            return
        window.close()
        app.exit(0)

    del data_dir
    QTimer.singleShot(300, scenario)
    return int(app.exec())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, action="append")
    parser.add_argument("--size", choices=SIZES, action="append")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--all", action="store_true", help="also every editor section and tab (for review)")
    parser.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        return run_inner(args.lang[0], args.size[0], args.out, args.all)
    return run_outer(args.lang or list(LANGS), args.size or list(SIZES), args.out, args.all)


if __name__ == "__main__":
    raise SystemExit(main())
