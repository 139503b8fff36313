"""Shared fixtures. Qt must never look for a display in tests, and no test may touch the real
user data folder (backups, logs)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from register_app.store.backups import DATA_DIR_ENV
from register_app.store.register_file import RegisterFile


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("app-data")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def register(tmp_path: Path) -> Iterator[RegisterFile]:
    """A new, empty register (organisation set, no measure catalogue)."""
    from register_app.services.registers import new_register

    reg = new_register(tmp_path / "test.rgpd", organisation="Société Test SAS", author="testeur", with_catalogue=False)
    yield reg
    reg.close()
