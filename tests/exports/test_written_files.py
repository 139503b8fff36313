"""Exported files are written whole (temporary file, then rename) and readable as any file the user
creates: they follow the umask, not the temporary file's owner-only permissions."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from register_app.exports.formats import current_umask, write_atomically

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_an_export_follows_the_umask(umask: None, tmp_path: Path, mask: int, mode: int) -> None:
    os.umask(mask)
    dest = tmp_path / "registre.xlsx"
    write_atomically(dest, b"data")
    assert stat.S_IMODE(dest.stat().st_mode) == mode
    assert dest.read_bytes() == b"data"
    assert [p.name for p in tmp_path.iterdir()] == ["registre.xlsx"]


def test_reading_the_umask_leaves_it_unchanged(umask: None) -> None:
    os.umask(0o027)
    assert current_umask() == 0o027
    assert current_umask() == 0o027
