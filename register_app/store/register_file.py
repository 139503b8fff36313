"""Register files: create, inspect, open and upgrade. A register is one SQLite file the user opens
like a document; anything that is not one of ours, is damaged, or comes from a newer version is
refused before it is touched."""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from register_app.domain.models import Base
from register_app.errors import (
    DamagedRegisterError,
    NewerRegisterError,
    NotARegisterError,
    RegisterExistsError,
    RegisterNotFoundError,
    UpgradeNeededError,
)
from register_app.store.backups import backup_copy
from register_app.store.engine import APPLICATION_ID, make_engine, mark_as_register
from register_app.store.schema import head_revision, known_revisions, stamp_head, upgrade_to_head
from register_app.store.session import session_scope

EXTENSION = ".rgpd"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class RegisterFile:
    """An open register: its file, its engine, and who is editing (for the history)."""

    path: Path
    engine: Engine
    author: str
    read_only: bool = False
    upgraded_from: str | None = None
    upgrade_backup: Path | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self._factory) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def create_register(path: Path, *, author: str | None = None) -> RegisterFile:
    """Create an empty register at head schema. The file appears only once complete."""
    if path.exists():
        raise RegisterExistsError(path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".creating")
    partial.unlink(missing_ok=True)
    engine = make_engine(partial)
    try:
        Base.metadata.create_all(engine)
        stamp_head(engine)
        mark_as_register(engine)
    finally:
        engine.dispose()
    os.replace(partial, path)
    return RegisterFile(path=path, engine=make_engine(path), author=author or default_author())


def inspect_revision(path: Path) -> str:
    """Check that `path` is a sound register this version can open and return its schema
    revision. Reads only: a file we refuse is left byte-identical."""
    if not path.exists():
        raise RegisterNotFoundError(path=path)
    if not path.is_file():
        raise NotARegisterError(path=path)
    with path.open("rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotARegisterError(path=path)
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise NotARegisterError(path=path)
    try:
        connection = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            check = connection.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise DamagedRegisterError(path=path)
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DamagedRegisterError(path=path) from exc
    if len(rows) != 1:
        raise DamagedRegisterError(path=path)
    revision = str(rows[0][0])
    if revision not in known_revisions():
        raise NewerRegisterError(path=path)
    return revision


def open_register(path: Path, *, author: str | None = None, read_only: bool = False) -> RegisterFile:
    """Open a register, upgrading an older schema after copying the file aside."""
    revision = inspect_revision(path)
    upgraded_from = None
    backup = None
    if revision != head_revision():
        if read_only:
            raise UpgradeNeededError(path=path)
        backup = backup_copy(path, reason=f"before-upgrade-{revision}")
        engine = make_engine(path)
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()
        upgraded_from = revision
    return RegisterFile(
        path=path,
        engine=make_engine(path, read_only=read_only),
        author=author or default_author(),
        read_only=read_only,
        upgraded_from=upgraded_from,
        upgrade_backup=backup,
    )
