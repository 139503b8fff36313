"""File dialogs start in the user's Documents folder, or in their home folder on a machine that has
none (Qt, given a folder that does not exist, shows its parent with "Documents" typed as the name)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths

from register_app.ui.welcome import documents_dir


def test_file_dialogs_start_in_documents_or_home_when_there_is_none(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    QStandardPaths.setTestModeEnabled(False)
    assert documents_dir() == tmp_path
    (tmp_path / "Documents").mkdir()
    assert documents_dir() == tmp_path / "Documents"
