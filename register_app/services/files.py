"""Register files as wholes, for the command line and the desktop app alike: open one, list its
backups and put one back, save a copy. (A new register: `registers.new_register`.)"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

from register_app.errors import BackupNotFoundError, RegisterLockedError, UserError
from register_app.store.backups import Backup, BackupPolicy, copy_database, list_backups
from register_app.store.register_file import RegisterFile, open_register, open_team_register
from register_app.store.restore import restore_register


class CopyOverRegisterError(UserError):
    """Choose another file than the register itself ({path}) for its copy."""

    fr = "Choisissez un autre fichier que le registre lui-même ({path}) pour sa copie."


class TeamReaderError(UserError):
    """You may only read the team register {url}; ask its owner to make you one of its editors."""

    fr = "Vous ne pouvez que lire le registre d'équipe {url} ; demandez à son propriétaire de vous en faire éditeur."


def open_file(path: Path | str, *, author: str | None = None, for_writing: bool = False,
              backup_policy: BackupPolicy | None = None, daily_backup: bool = True) -> RegisterFile:  # fmt: skip
    """Open a register: a file, or a team register's PostgreSQL URL (text). Another writer's lock
    opens a file read-only (`locked_by`), or, `for_writing`, refuses it with one sentence naming who
    holds it; a team register's reader gets it read-only, or, `for_writing`, refused."""
    if isinstance(path, str):
        register = open_team_register(path, author=author, backup_policy=backup_policy)
        if for_writing and register.read_only:
            register.close()
            raise TeamReaderError(url=register.url)
        return register
    register = open_register(path, author=author, backup_policy=backup_policy, daily_backup=daily_backup)
    if for_writing and register.locked_by is not None:
        register.close()
        raise RegisterLockedError(path=path, owner=register.locked_by.describe())
    return register


def backups_of(path: Path) -> list[Backup]:
    """The register's backups, newest first."""
    return list_backups(path)


def chosen_backup(path: Path, choice: str) -> Backup:
    """The backup a user names: its number in `backups_of` (1 = newest), its file name or path, or
    any register file."""
    backups = backups_of(path)
    if choice.isdigit() and 1 <= int(choice) <= len(backups):
        return backups[int(choice) - 1]
    chosen = next((b for b in backups if b.path == Path(choice) or b.path.name == choice), None)
    if chosen is None and Path(choice).is_file():
        taken = datetime.fromtimestamp(Path(choice).stat().st_mtime, UTC)
        chosen = Backup(Path(choice), taken, "file", None, None, None)
    if chosen is None:
        raise BackupNotFoundError(choice=choice, path=path)
    return chosen


def restore_from(path: Path, backup: Backup, *, author: str | None = None,
            policy: BackupPolicy | None = None) -> Path | None:  # fmt: skip
    """Put `backup` in place of the (closed) register at `path`; returns where the previous file
    was kept (None when there was none)."""
    return restore_register(path, backup.path, author=author, policy=policy)


def save_copy(register: Path, dest: Path) -> Path:
    """A consistent copy of the register at `dest`, even while it is being written; a reader never
    sees half a copy."""
    if dest.exists() and dest.resolve() == register.resolve():
        raise CopyOverRegisterError(path=dest)
    partial = dest.with_name(dest.name + ".part")
    copy_database(register, partial)
    os.replace(partial, dest)
    return dest
