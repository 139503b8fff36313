"""Compile the translations: i18n/register_app_<lang>.ts → register_app/ui/i18n/register_app_<lang>.qm.

    python scripts/build_translations.py            compile (what launch and test scripts call)
    python scripts/build_translations.py --update   first refresh the .ts from the sources (lupdate)
    python scripts/build_translations.py --check    fail if lupdate would change a .ts, a French
                                                    translation is unfinished, or a translation
                                                    swallowed the messages after it (for CI)

The .qm files are build products, not committed: the app starts in English without them."""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "register_app" / "ui" / "i18n"
LANGS = {"fr": "fr_FR", "en": "en_GB"}


def tool(name: str) -> str:
    """The pyside6 tool beside this Python (the venv), else on the PATH."""
    here = Path(sys.executable).with_name(name)
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    files = [*sorted((ROOT / "register_app" / "ui").glob("*.py")), ROOT / "register_app" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def update(ts_files: list[Path]) -> None:
    for ts in ts_files:
        lang = ts.stem.rsplit("_", 1)[1]
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", "-source-language", "en_GB",
                        "-target-language", LANGS[lang], *sources(), "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)  # fmt: skip


def unfinished(ts: Path) -> list[str]:
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(message.findtext("source") or "")
            continue
        forms = translation.findall("numerusform")
        if (forms and not all((f.text or "").strip() for f in forms)) or (not forms and not (translation.text or "")):
            found.append(message.findtext("source") or "")
    return found


def swallowed(ts: Path) -> list[str]:
    """Sources whose translation holds Linguist markup as text ("<message>", "</source>"): a hand
    edit that swallowed the messages after it. The app shows the whole block as one label."""
    found = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if any(tag in text for tag in ("<message>", "</message>", "<source>", "</source>", "<translation>")):
            found.append(message.findtext("source") or "")
    return found


def check() -> int:
    problems = 0
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(TS_DIR.glob("register_app_*.ts")):
            copy = Path(tmp) / ts.name
            shutil.copy(ts, copy)
            update([copy])
            if not filecmp.cmp(ts, copy, shallow=False):
                print(f"{ts.name}: out of date, run scripts/build_translations.py --update")
                problems += 1
            missing = unfinished(ts)
            if missing:
                print(f"{ts.name}: {len(missing)} unfinished, e.g. {missing[:3]}")
                problems += 1
            for source in swallowed(ts):
                print(f"{ts.name}: the translation of {source!r} holds other messages' markup")
                problems += 1
    return 1 if problems else 0


def compile_all() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts in sorted(TS_DIR.glob("register_app_*.ts")):
        qm = QM_DIR / f"{ts.stem}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {qm.relative_to(ROOT)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="refresh the .ts files from the sources first")
    parser.add_argument("--check", action="store_true", help="check the .ts files are current and complete")
    args = parser.parse_args()
    if args.check:
        return check()
    if args.update:
        update([TS_DIR / f"register_app_{lang}.ts" for lang in LANGS])
    compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
