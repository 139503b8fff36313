"""The demo register, written once for the notice tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from support.engines import copy_register

from register_app.services import records as r
from register_app.services.snapshot import take_snapshot
from register_app.store.backups import DATA_DIR_ENV


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory, demo_by: Callable[[str], Path]) -> Path:
    return copy_register(demo_by("tests"), tmp_path_factory.mktemp("notice-demo") / "demo.rgpd")


@pytest.fixture(scope="session")
def demo(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> r.Snapshot:
    from register_app.store.register_file import open_register

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(tmp_path_factory.mktemp("notice-data")))
        register = open_register(demo_file, author="tests")
        try:
            return take_snapshot(register)
        finally:
            register.close()

