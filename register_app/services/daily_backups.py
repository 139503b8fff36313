"""The day's safety copy of an open register, as the app makes it when the register opens, every ten
minutes and on closing. A register file's is a copy of the file (store/backups.py). A team
register's is its JSON document — the one `register-app export URL register.json` writes, which
`register-app import NEW.rgpd COPY.json` reads back into a new register file, and `register-app
copy NEW.rgpd URL` puts into an empty database — kept in the app's backup folder on the same rotation.
The document holds every statement of the register, not its history: that stays in the database
(and the DBA's `pg_dump`); `register-app copy URL FILE.rgpd` takes a whole copy with it."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from register_app.exports.json_export import export_json
from register_app.services.snapshot import take_snapshot
from register_app.store.backups import (
    DAILY,
    STAMP_FORMAT,
    backup_copy,
    data_dir,
    drop_older_dailies,
    has_daily_copy_today,
    prune_folder,
)
from register_app.store.register_file import RegisterFile

TEAM_BACKUP_SUFFIX = ".json"


def ensure_daily_backup(register: RegisterFile) -> Path | None:
    """Make today's first safety copy, unless there is one already (none for a read-only register)."""
    if register.url is None:
        return register.ensure_daily_backup()
    if register.read_only or has_daily_copy_today(team_backup_dir(register)):
        return None
    return team_backup(register, reason=DAILY)


def refresh_daily_backup(register: RegisterFile) -> Path | None:
    """Replace today's safety copy with the register as it is now."""
    if register.url is None:
        return register.refresh_daily_backup()
    if register.read_only:
        return None
    return team_backup(register, reason=DAILY)


def safety_copy(register: RegisterFile, *, reason: str) -> Path:
    """A copy of the register now (before an import, say): of its file, or a team register's JSON document."""
    if register.url is not None:
        return team_backup(register, reason=reason)
    return backup_copy(register.path, reason=reason, policy=register.backup_policy)


def team_backup_dir(register: RegisterFile) -> Path:
    """A team register's backups: a folder named after its database and its URL (without password)."""
    digest = hashlib.sha256(str(register.url).encode("utf-8")).hexdigest()[:10]
    return data_dir() / "backups" / f"{register.path.name}-{digest}"


def team_backup(register: RegisterFile, *, reason: str) -> Path:
    """Write the team register's JSON document into its backup folder, then prune old copies. The
    document is the register at one moment (`take_snapshot`), never half of another editor's save."""
    folder = team_backup_dir(register)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{register.path.name}.{datetime.now(UTC).strftime(STAMP_FORMAT)}.{reason}{TEAM_BACKUP_SUFFIX}"
    snapshot = take_snapshot(register)
    partial = dest.with_name(dest.name + ".part")
    partial.write_bytes(export_json(snapshot))
    os.replace(partial, dest)
    if reason == DAILY:
        drop_older_dailies(folder, dest)
    prune_folder(folder, register.backup_policy)
    return dest
