"""scripts/desktop-libraries: the libraries the linker cannot find for Qt's xcb plugin become the
exact Debian packages to install, named when the script cannot install them itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "desktop-libraries"
LDD = """#!/bin/sh
cat <<'OUT'
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibQt6Gui.so.6 => /venv/PySide6/Qt/lib/libQt6Gui.so.6 (0x00007f)
OUT
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="a bash script for Debian/Ubuntu")


def fake_bin(tmp_path: Path, **scripts: str) -> dict[str, str]:
    folder = tmp_path / "bin"
    folder.mkdir()
    for name, text in scripts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}


def test_the_missing_libraries_become_their_packages(tmp_path: Path) -> None:
    env = fake_bin(tmp_path, ldd=LDD)
    done = subprocess.run(["bash", str(SCRIPT), "--list", "libqxcb.so"], env=env, capture_output=True, text=True,
                          check=True)  # fmt: skip
    assert done.stdout.split() == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]


def test_without_root_or_sudo_it_names_the_packages_to_install(tmp_path: Path) -> None:
    env = fake_bin(tmp_path, ldd=LDD, id="#!/bin/sh\necho 1000\n", sudo="#!/bin/sh\nexit 1\n")
    done = subprocess.run(["bash", str(SCRIPT), "libqxcb.so"], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in done.stderr


def test_nothing_missing_nothing_to_do(tmp_path: Path) -> None:
    env = fake_bin(tmp_path, ldd="#!/bin/sh\necho '\tlibc.so.6 => /lib/libc.so.6'\n")
    done = subprocess.run(["bash", str(SCRIPT), "libqxcb.so"], env=env, capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
