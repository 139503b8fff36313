"""Safety copies of a register, made with SQLite's online backup API (never a plain file copy,
which could catch a transaction half-written), kept in a rotating set in the user's data folder:
a number of daily copies (the latest state of each day the register was open) and a number of
before-change copies (before an upgrade, an import or a restore)."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_path

DATA_DIR_ENV = "REGISTER_APP_DATA_DIR"
DAILY = "daily"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
NAME_PATTERN = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z0-9-]+)\.[^.]+$")


@dataclass(frozen=True)
class BackupPolicy:
    daily: int = 14
    before_change: int = 20


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime
    reason: str
    activities: int | None  # None: the copy cannot be read
    subprocessors: int | None
    measures: int | None

    @property
    def readable(self) -> bool:
        return self.activities is not None


def data_dir() -> Path:
    """Where the app keeps its own files (backups, logs); overridable for tests and portable use."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else user_data_path("register_app", appauthor=False)


def backup_dir_for(register: Path) -> Path:
    """Backups of one register live in their own folder, named after the file and its location so
    that two registers with the same name never mix their copies."""
    resolved = register.resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:10]
    return data_dir() / "backups" / f"{resolved.stem}-{digest}"


def copy_database(source: Path, dest: Path) -> None:
    """A consistent copy of a SQLite file, even while another connection writes to it."""
    reader = sqlite3.connect(f"file:{source.resolve().as_posix()}?mode=ro", uri=True)
    try:
        writer = sqlite3.connect(dest)
        try:
            reader.backup(writer)
        finally:
            writer.close()
    finally:
        reader.close()


def backup_copy(register: Path, *, reason: str, policy: BackupPolicy | None = None) -> Path:
    """Copy the register into its backup folder, then prune old copies; returns the copy.
    A daily copy replaces the same day's earlier one."""
    folder = backup_dir_for(register)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    dest = folder / f"{register.stem}.{now.strftime(STAMP_FORMAT)}.{reason}{register.suffix or '.rgpd'}"
    partial = dest.with_name(dest.name + ".part")
    copy_database(register, partial)
    os.replace(partial, dest)
    if reason == DAILY:
        drop_older_dailies(folder, dest)
    prune(register, policy or BackupPolicy())
    return dest


def prune(register: Path, policy: BackupPolicy) -> None:
    prune_folder(backup_dir_for(register), policy)


def prune_folder(folder: Path, policy: BackupPolicy) -> None:
    """Keep the policy's number of daily and of before-change copies in a register's backup folder."""
    copies = sorted(_copies(folder), key=lambda c: c.taken_at, reverse=True)
    daily = [c for c in copies if c.reason == DAILY]
    changes = [c for c in copies if c.reason != DAILY]
    for old in daily[policy.daily :] + changes[policy.before_change :]:
        old.path.unlink(missing_ok=True)


@dataclass(frozen=True)
class _Copy:
    path: Path
    taken_at: datetime
    reason: str


def _copies(folder: Path) -> list[_Copy]:
    found = []
    for path in folder.glob("*") if folder.is_dir() else []:
        match = NAME_PATTERN.match(path.name)
        if match:
            taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
            found.append(_Copy(path, taken, match["reason"]))
    return found


def has_daily_backup_today(register: Path) -> bool:
    return has_daily_copy_today(backup_dir_for(register))


def has_daily_copy_today(folder: Path) -> bool:
    today = datetime.now(UTC).date()
    return any(c.reason == DAILY and c.taken_at.date() == today for c in _copies(folder))


def drop_older_dailies(folder: Path, dest: Path) -> None:
    """A daily copy replaces the same day's earlier one."""
    today = datetime.now(UTC).date()
    for old in _copies(folder):
        if old.reason == DAILY and old.taken_at.date() == today and old.path != dest:
            old.path.unlink(missing_ok=True)


def list_backups(register: Path) -> list[Backup]:
    """The register's backups, newest first, each with what it holds."""
    copies = sorted(_copies(backup_dir_for(register)), key=lambda c: c.taken_at, reverse=True)
    return [Backup(c.path, c.taken_at, c.reason, *_counts(c.path)) for c in copies]


def _counts(path: Path) -> tuple[int | None, int | None, int | None]:
    try:
        connection = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
                return None, None, None
            return tuple(
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("activity", "subprocessor", "measure")
            )
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return None, None, None


def restore_backup(register: Path, backup: Path, *, policy: BackupPolicy | None = None) -> Path | None:
    """Put a backup in the register's place. The backup is read first (keeping the current file
    aside may prune old copies, the chosen one among them); then the current file, if it can still
    be read, is kept as a before-restore backup, or moved aside unchanged if it is too damaged to
    copy. Returns where the previous file went."""
    partial = register.with_name(register.name + ".restoring")
    copy_database(backup, partial)
    try:
        aside: Path | None = None
        if register.exists():
            try:
                aside = backup_copy(register, reason="before-restore", policy=policy)
            except sqlite3.DatabaseError:
                folder = backup_dir_for(register)
                folder.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
                aside = folder / f"{register.stem}.{stamp}.damaged{register.suffix or '.rgpd'}"
                os.replace(register, aside)
        os.replace(partial, register)
    finally:
        partial.unlink(missing_ok=True)
    return aside
