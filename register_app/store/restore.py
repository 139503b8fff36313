"""Restoring a register from one of its backups, as one step for the CLI and the app: the backup
must itself be a sound register, and nobody else may have the register open."""

from __future__ import annotations

from pathlib import Path

from register_app.errors import RegisterLockedError
from register_app.store.backups import BackupPolicy, restore_backup
from register_app.store.lock import LockOwner, acquire
from register_app.store.register_file import default_author, inspect_revision


def restore_register(
    path: Path, backup: Path, *, author: str | None = None, policy: BackupPolicy | None = None
) -> Path | None:
    """Put `backup` in place of the (closed) register at `path`; returns where the previous file
    was kept. Raises a UserError when the backup is not a sound register or someone else has the
    register open."""
    inspect_revision(backup)
    lock = acquire(path, user=author or default_author()) if path.exists() else None
    if isinstance(lock, LockOwner):
        raise RegisterLockedError(path=path, owner=lock.describe())
    try:
        return restore_backup(path, backup, policy=policy)
    finally:
        if lock is not None:
            lock.release()
