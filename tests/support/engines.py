"""The same store, services and command-line tests on PostgreSQL: REGISTER_APP_TEST_ENGINE=postgresql
(with REGISTER_APP_TEST_PG naming the server, see team_db.py) puts every register a test creates in a
fresh database of that server instead of a file. A plugin of tests/conftest.py.

The tests name registers by file paths (`tmp_path / "r.rgpd"`, as the CLI's users do). Under the
switch, creating a register at such a path creates a database (a copy of a template migrated once per
session, from nothing, by the file format's Alembic revisions) and leaves at the path a small text
file that names it; opening the path opens that database as a team register (`open_team_engine`: the
same checks and read-only engine; the history's author is the test's, without the database user that
team registers add, tests/team's business). So the services, the exports and the commands run on
PostgreSQL, and `path.exists()` still says whether a register was created. Each database is dropped
when the test that made it ends.

A test about the file itself (its lock, its backups, SQLite's journal, a copy of its bytes) is marked
`sqlite_only("why")`: under the switch it is skipped with that reason."""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from register_app.errors import RegisterExistsError
from register_app.store import register_file
from register_app.store.backups import BackupPolicy
from register_app.store.register_file import RegisterFile, default_author
from register_app.store.schema import upgrade_to_head
from register_app.store.team import open_team_engine, shown
from support.team_db import ENV as PG_ENV
from support.team_db import admin

ENGINE_ENV = "REGISTER_APP_TEST_ENGINE"
STUB_HEADER = "register_app test register, in PostgreSQL (REGISTER_APP_TEST_ENGINE=postgresql)"


def on_postgresql() -> bool:
    """Whether this run keeps the tests' registers in PostgreSQL."""
    engine = os.environ.get(ENGINE_ENV, "sqlite")
    if engine not in ("sqlite", "postgresql"):
        raise pytest.UsageError(f"{ENGINE_ENV}={engine}: write sqlite (the default) or postgresql")
    return engine == "postgresql"


def copy_register(source: Path, dest: Path) -> Path:
    """A copy of the (closed) register at `source`, at `dest`: of its file, or, under the switch, of
    its database. For tests that want a register of their own, not a copy of a file's bytes."""
    if _Server.current is None:
        return Path(shutil.copyfile(source, dest))
    _Server.current.clone(_stub_url(source), dest)
    return dest


@contextlib.contextmanager
def edited_outside_the_app(path: Path) -> Iterator[Connection]:
    """A transaction on the register at `path` made outside the app, with plain SQL and no journal, as
    someone with sqlite3 makes one on a file (or, under the switch, someone with psql on a database)."""
    url = _stub_url(path) if _Server.current is not None else f"sqlite:///{path.resolve().as_posix()}"
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def location(path: Path) -> Path | str:
    """The register at `path` as a user names it on the command line: the file, or its database's URL."""
    return path if _Server.current is None else _stub_url(path)


def _stub_url(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines) != 3 or lines[0] != STUB_HEADER:
        raise AssertionError(f"{path} is not a test register of this run")
    if Path(lines[2]) != path.resolve():
        raise AssertionError(f"{path} is a copy of the test register {lines[2]}: its bytes name the same database; "
                             "copy it with support.engines.copy_register, or mark the test sqlite_only")  # fmt: skip
    return lines[1]


def _is_stub(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(STUB_HEADER)) == STUB_HEADER.encode()
    except OSError:
        return False


class _Server:
    """The server's databases of this run: the template and the test registers still there."""

    current: _Server | None = None

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.template = self._name("tpl")
        self.made: list[str] = []
        admin(admin_url, f'CREATE DATABASE "{self.template}"')
        engine = create_engine(self.url(self.template))
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()

    @staticmethod
    def _name(kind: str) -> str:
        return f"rt_{kind}_{uuid.uuid4().hex[:12]}"  # unique between pytest-xdist's workers

    def url(self, database: str) -> str:
        url = make_url(self.admin_url).set(database=database, drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)

    def clone(self, source_url: str | None, dest: Path) -> str:
        """A new database, a copy of `source_url`'s or of the template, named by a stub at `dest`."""
        name = self._name("reg")
        source = make_url(source_url).database if source_url else self.template
        admin(self.admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
        self.made.append(name)
        url = self.url(name)
        dest.write_text(f"{STUB_HEADER}\n{url}\n{dest.resolve()}\n", encoding="utf-8")
        return url

    def drop(self, names: list[str]) -> None:
        admin(self.admin_url, *(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)' for name in names))
        self.made = [name for name in self.made if name not in names]


def _open(path: Path, url: str, *, author: str | None, read_only: bool,
          backup_policy: BackupPolicy | None) -> RegisterFile:  # fmt: skip
    engine, _access, read_only = open_team_engine(url, read_only=read_only)
    return RegisterFile(path=path, engine=engine, author=author or default_author(), read_only=read_only,
                        url=shown(url), backup_policy=backup_policy or BackupPolicy())  # fmt: skip


def _create_register(path: Path, *, author: str | None = None) -> RegisterFile:
    if path.exists():
        raise RegisterExistsError(path=path)
    assert _Server.current is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    url = _Server.current.clone(None, path)
    return _open(path, url, author=author, read_only=False, backup_policy=None)


def _open_register(original: Callable[..., RegisterFile]) -> Callable[..., RegisterFile]:
    def open_register(
        path: Path,
        *,
        author: str | None = None,
        read_only: bool = False,
        backup_policy: BackupPolicy | None = None,
        daily_backup: bool = True,
    ) -> RegisterFile:
        if not _is_stub(path):  # a file of tests/data, or one a test wrote: a file it stays
            return original(path, author=author, read_only=read_only, backup_policy=backup_policy,
                            daily_backup=daily_backup)  # fmt: skip
        register = _open(path, _stub_url(path), author=author, read_only=read_only, backup_policy=backup_policy)
        if daily_backup:
            register.ensure_daily_backup()
        return register

    return open_register


def _patch_everywhere(monkeypatch: pytest.MonkeyPatch, original: Any, replacement: Any) -> None:
    """Replace `original` in every module that holds it (the app's and the tests': they import it by name)."""
    import sys

    for module in list(sys.modules.values()):
        if module is not None:
            for attribute, value in list(getattr(module, "__dict__", {}).items()):
                if value is original:
                    monkeypatch.setattr(module, attribute, replacement)


@pytest.fixture(scope="session")
def _registers_in_postgresql(request: pytest.FixtureRequest) -> Iterator[_Server | None]:
    if not on_postgresql():
        yield None
        return
    admin_url = os.environ.get(PG_ENV)
    if not admin_url:
        raise pytest.UsageError(f"{ENGINE_ENV}=postgresql needs a server: set {PG_ENV} (see tests/support/team_db.py)")
    import register_app.cli
    import register_app.services.dry_run
    import register_app.services.import_files
    import register_app.services.register_copy  # noqa: F401

    server = _Server(admin_url)
    _Server.current = server
    with pytest.MonkeyPatch.context() as patch:
        _patch_everywhere(patch, register_file.create_register, _create_register)
        _patch_everywhere(patch, register_file.open_register, _open_register(register_file.open_register))
        try:
            yield server
        finally:
            _Server.current = None
            server.drop([*server.made, server.template])


@pytest.fixture(autouse=True)
def _drop_test_databases(_registers_in_postgresql: _Server | None) -> Iterator[None]:
    """Drop the databases a test made (those of wider-scoped fixtures, made before, go at the end)."""
    server = _registers_in_postgresql
    before = len(server.made) if server else 0
    yield
    if server is not None and len(server.made) > before:
        server.drop(server.made[before:])


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the `sqlite_only` tests under the switch, with their reason (which every run asks for)."""
    skip = on_postgresql()
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else marker.kwargs.get("reason", "")
            if not reason:
                raise pytest.UsageError(f'{item.nodeid}: say why with sqlite_only("...")')
            if skip:
                item.add_marker(pytest.mark.skip(reason=f"sqlite_only under {ENGINE_ENV}=postgresql: {reason}"))
