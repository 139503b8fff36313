"""Consistent copies of a register, made with SQLite's online backup API (never a plain file copy,
which could catch a transaction half-written)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_path

DATA_DIR_ENV = "REGISTER_APP_DATA_DIR"


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


def backup_copy(register: Path, *, reason: str, dest_dir: Path | None = None) -> Path:
    """Copy the register into its backup folder; returns the copy's path."""
    folder = dest_dir or backup_dir_for(register)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    dest = folder / f"{register.stem}.{stamp}.{reason}{register.suffix or '.rgpd'}"
    source = sqlite3.connect(f"file:{register.resolve().as_posix()}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return dest
