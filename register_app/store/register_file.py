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
from register_app.store import journal
from register_app.store.backups import (
    DAILY,
    BackupPolicy,
    backup_copy,
    has_daily_backup_today,
)
from register_app.store.engine import APPLICATION_ID, make_engine, mark_as_register
from register_app.store.lock import LockOwner, RegisterLock, acquire
from register_app.store.schema import head_revision, known_revisions, stamp_head, upgrade_to_head
from register_app.store.session import session_scope
from register_app.store.team import database_name, open_team_engine, shown

EXTENSION = ".rgpd"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass
class RegisterFile:
    """An open register: its file, its engine, and who is editing (for the history). A team register
    (store/team.py) has its `url` (password hidden) and, as `path`, its database's name: what titles
    and export file names show."""

    path: Path
    engine: Engine
    author: str
    read_only: bool = False
    upgraded_from: str | None = None
    upgrade_backup: Path | None = None
    lock: RegisterLock | None = None
    locked_by: LockOwner | None = None  # set when another writer had it: opened read-only
    backup_policy: BackupPolicy = field(default_factory=BackupPolicy)
    url: str | None = None
    _factory: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        journal.install(self._factory)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with session_scope(self._factory) as session:
            session.info["author"] = self.author
            yield session

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A session that reads the register at one moment. On a team register, one REPEATABLE READ,
        read-only transaction: every query sees the same snapshot, so another editor's save never shows
        up half (PostgreSQL's default gives each query its own). On a file, the ordinary session."""
        if self.url is None:
            with self.session() as session:
                yield session
            return
        options = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}
        connection = self.engine.connect().execution_options(**options)
        with connection, session_scope(sessionmaker(connection, expire_on_commit=False)) as session:
            session.info["author"] = self.author
            yield session

    def is_at(self, location: Path | str) -> bool:
        """Whether this is the register at `location`: a file, or a team register's URL (text)."""
        if isinstance(location, str):
            return self.url is not None and self.url == shown(location)
        return self.url is None and self.path.resolve() == location.resolve()

    def ensure_daily_backup(self) -> Path | None:
        """Make today's first safety copy of a register file, unless there is one already (a team
        register's copy is its JSON document: services/daily_backups.py)."""
        if self.read_only or self.url is not None:
            return None
        if has_daily_backup_today(self.path):
            return None
        return backup_copy(self.path, reason=DAILY, policy=self.backup_policy)

    def refresh_daily_backup(self) -> Path | None:
        """Refresh today's safety copy of a register file (the app calls this periodically and on close)."""
        if self.read_only or self.url is not None:
            return None
        return backup_copy(self.path, reason=DAILY, policy=self.backup_policy)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


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
    write_empty_register(partial)
    os.replace(partial, path)
    author = author or default_author()
    lock = acquire(path, user=author)
    if isinstance(lock, LockOwner):  # someone else grabbed the brand-new file
        return RegisterFile(path=path, engine=make_engine(path, read_only=True), author=author, read_only=True,
                            locked_by=lock)  # fmt: skip
    return RegisterFile(path=path, engine=make_engine(path), author=author, lock=lock)


def write_empty_register(path: Path) -> None:
    """An empty register file at head schema at `path` (a partial name, renamed once complete)."""
    engine = make_engine(path)
    try:
        Base.metadata.create_all(engine)
        journal.start_seal(engine, complete=True)  # nothing in it yet: its history is complete from now
        stamp_head(engine)
        mark_as_register(engine)
    finally:
        engine.dispose()


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
    # After a crash SQLite leaves a hot journal that only a writable connection can roll back;
    # the file is known to be ours by now, so recovering it is the expected thing to do.
    mode = "rw" if path.with_name(path.name + "-journal").exists() else "ro"
    try:
        connection = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode={mode}", uri=True)
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


def open_register(
    path: Path,
    *,
    author: str | None = None,
    read_only: bool = False,
    backup_policy: BackupPolicy | None = None,
    daily_backup: bool = True,
) -> RegisterFile:
    """Open a register. Another writer's lock makes the opening read-only (see `locked_by`). An
    older schema is upgraded after a backup copy; a daily backup is made when none exists yet,
    unless `daily_backup` is False: the app makes it once its window is painted, before any edit
    (`RegisterFile.ensure_daily_backup`)."""
    revision = inspect_revision(path)
    author = author or default_author()
    policy = backup_policy or BackupPolicy()
    lock: RegisterLock | None = None
    locked_by: LockOwner | None = None
    if not read_only:
        got = acquire(path, user=author)
        if isinstance(got, LockOwner):
            locked_by, read_only = got, True
        else:
            lock = got
    try:
        upgraded_from = backup = None
        if revision != head_revision():
            if read_only:
                raise UpgradeNeededError(path=path)
            backup = backup_copy(path, reason=f"before-upgrade-{revision}", policy=policy)
            engine = make_engine(path)
            try:
                upgrade_to_head(engine)
            finally:
                engine.dispose()
            upgraded_from = revision
        register = RegisterFile(
            path=path,
            engine=make_engine(path, read_only=read_only),
            author=author,
            read_only=read_only,
            upgraded_from=upgraded_from,
            upgrade_backup=backup,
            lock=lock,
            locked_by=locked_by,
            backup_policy=policy,
        )
        if daily_backup:
            register.ensure_daily_backup()
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return register


def open_team_register(url: str, *, author: str | None = None, read_only: bool = False,
                       backup_policy: BackupPolicy | None = None) -> RegisterFile:  # fmt: skip
    """Open the register in a PostgreSQL database. A member of its readers' role gets it read-only.
    The history names the database user, after the display name `author` when one is given."""
    engine, access, read_only = open_team_engine(url, read_only=read_only)
    named = f"{author} ({access.user})" if author and author != access.user else access.user
    return RegisterFile(path=Path(database_name(url)), engine=engine, author=named, read_only=read_only,
                        url=shown(url), backup_policy=backup_policy or BackupPolicy())  # fmt: skip
