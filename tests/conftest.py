"""Shared fixtures. Qt must never look for a display in tests, no test may touch the real
user data folder (backups, logs), and an error the app logs fails the test that caused it, unless
the test is marked `logs_error` (it provokes one on purpose)."""

from __future__ import annotations

import logging
import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ.get("PYTEST_XDIST_WORKER"):
    # Each worker of a parallel run (scripts/test: -n auto) gets its own configuration folder: two
    # LibreOffice processes sharing one user profile hand their work to each other and lose it.
    import atexit
    import tempfile

    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix=f"register-app-{os.environ['PYTEST_XDIST_WORKER']}-")
    atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from register_app.store import register_file
from register_app.store.backups import DATA_DIR_ENV
from register_app.store.engine import make_engine
from register_app.store.journal import start_seal
from register_app.store.register_file import RegisterFile

# team_db: a PostgreSQL database of the test's own; engines: REGISTER_APP_TEST_ENGINE=postgresql puts the
# registers tests create in PostgreSQL
pytest_plugins = ("support.team_db", "support.engines")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("app-data")
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test fails when register_app logs an ERROR (or worse) it did not expect: such a record is
    what a user would find in the log after an unexpected failure the test may otherwise miss."""
    caught = _Errors()
    logger = logging.getLogger("register_app")
    logger.addHandler(caught)
    try:
        yield
    finally:
        logger.removeHandler(caught)
    if caught.records and request.node.get_closest_marker("logs_error") is None:
        pytest.fail("unexpected errors logged (mark the test `logs_error` if it provokes them):\n"
                    + "\n".join(f"{r.name}: {r.getMessage()}" for r in caught.records), pytrace=False)  # fmt: skip


@pytest.fixture(scope="session")
def empty_register_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty register file written once by the app's own `write_empty_register` (creating its
    schema and stamping its revision takes a fifth of a second, and tests create a thousand)."""
    path = tmp_path_factory.mktemp("empty-register") / "empty.rgpd"
    register_file.write_empty_register(path)
    return path


@pytest.fixture(autouse=True)
def copied_empty_registers(empty_register_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every register a test creates starts as a copy of `empty_register_file`, its journal sealed
    anew at the time of the copy as `write_empty_register` seals it (the only part of the file that
    depends on when it is written). tests/store writes its registers from nothing."""
    def write_empty_register(path: Path) -> None:
        shutil.copyfile(empty_register_file, path)
        engine = make_engine(path)
        try:
            with engine.begin() as connection:
                connection.exec_driver_sql("DELETE FROM history_seal")
            start_seal(engine, complete=True)
        finally:
            engine.dispose()

    monkeypatch.setattr(register_file, "write_empty_register", write_empty_register)


@pytest.fixture
def register(tmp_path: Path) -> Iterator[RegisterFile]:
    """A new, empty register (organisation set, no measure catalogue)."""
    from register_app.services.registers import new_register

    reg = new_register(tmp_path / "test.rgpd", organisation="Société Test SAS", author="testeur", with_catalogue=False)
    yield reg
    reg.close()


@pytest.fixture(scope="session")
def demo_by(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str | None], Path]:
    """`demo_by(author)`: the demo register written by `author` (its history's; None: the user's),
    once per author for the whole run (writing it takes seconds). Tests take a copy
    (support.engines.copy_register) and never open it."""
    from register_app.services.demo import write_demo

    written: dict[str | None, Path] = {}

    def demo(author: str | None) -> Path:
        if author not in written:
            folder = tmp_path_factory.mktemp("demo-source")
            with pytest.MonkeyPatch.context() as patch:
                patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
                write_demo(folder / "demo.rgpd", author=author).close()
            written[author] = folder / "demo.rgpd"
        return written[author]

    return demo


@pytest.fixture(scope="session")
def demo_source(demo_by: Callable[[str | None], Path]) -> Path:
    """The demo register, built once for the whole run: tests take a copy."""
    return demo_by(None)


@pytest.fixture
def demo_path(demo_source: Path, tmp_path: Path) -> Path:
    """The test's own copy of the demo register, closed, at `tmp_path / "demo.rgpd"`."""
    from support.engines import copy_register  # a plugin: imported by pytest first

    return copy_register(demo_source, tmp_path / "demo.rgpd")
