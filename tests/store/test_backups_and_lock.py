"""Backups made on open and before changes, restore that keeps the current file aside, and one
writer at a time."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest
from sqlalchemy import event

from register_app.errors import StorageError
from register_app.services import activities
from register_app.services import records as r
from register_app.services.interchange import import_document, parse_document
from register_app.services.registers import new_register
from register_app.store.backups import BackupPolicy, backup_copy, backup_dir_for, list_backups, restore_backup
from register_app.store.lock import lock_path
from register_app.store.register_file import open_register

pytestmark = pytest.mark.sqlite_only("the register file's backups, restore and lock, and a full disk under SQLite")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "registre.rgpd"
    reg = new_register(p, organisation="Acme", with_catalogue=False)
    activities.create_activity(reg, data=r.ActivityInput(name="Paie"))
    reg.close()
    return p


def test_opening_makes_one_daily_backup_with_its_content(path: Path, isolated_data_dir: Path) -> None:
    for _ in range(3):
        open_register(path).close()
    [daily] = list_backups(path)
    assert daily.reason == "daily" and daily.activities == 1 and daily.measures == 0
    assert isolated_data_dir in daily.path.parents


def test_import_is_preceded_by_a_backup(path: Path) -> None:
    reg = open_register(path)
    try:
        import_document(reg, parse_document(b'{"format": "register_app.register", "format_version": 1}'))
    finally:
        reg.close()
    assert "before-import" in {b.reason for b in list_backups(path)}


def test_rotation_keeps_the_configured_number_of_copies(path: Path) -> None:
    policy = BackupPolicy(daily=2, before_change=3)
    for _ in range(6):
        backup_copy(path, reason="before-import", policy=policy)
    assert [b.reason for b in list_backups(path)].count("before-import") == 3


def test_restore_puts_the_backup_back_and_keeps_the_current_file(path: Path) -> None:
    open_register(path).close()
    [backup] = list_backups(path)
    reg = open_register(path)
    activities.create_activity(reg, data=r.ActivityInput(name="Ajout regretté"))
    reg.close()
    aside = restore_backup(path, backup.path)
    reg = open_register(path)
    try:
        assert [a.name for a in activities.list_activities(reg)] == ["Paie"]
    finally:
        reg.close()
    assert aside is not None and "before-restore" in aside.name
    assert aside.parent == backup_dir_for(path)


def test_restore_over_a_damaged_file_keeps_the_damaged_file(path: Path) -> None:
    open_register(path).close()
    [backup] = list_backups(path)
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    aside = restore_backup(path, backup.path)
    assert aside is not None and aside.exists()
    open_register(path).close()


def test_second_writer_gets_a_read_only_register_and_is_told_who(path: Path) -> None:
    first = open_register(path, author="Alice")
    try:
        second = open_register(path, author="Bob")
        try:
            assert second.read_only and second.locked_by is not None
            assert second.locked_by.user == "Alice"
            assert "Alice on " in second.locked_by.describe()[1]
            assert "Alice sur " in second.locked_by.describe()[0]
            with pytest.raises(StorageError, match="read-only"):
                activities.create_activity(second, data=r.ActivityInput(name="Conflit"))
        finally:
            second.close()
    finally:
        first.close()
    assert not lock_path(path).exists()
    again = open_register(path, author="Bob")
    assert not again.read_only
    again.close()


def test_lock_of_a_crashed_process_on_this_machine_is_taken_over(path: Path) -> None:
    lock_path(path).write_text(json.dumps({"user": "ghost", "host": socket.gethostname(), "pid": 2**22 + 7,
                                           "since": "2024-01-01T00:00:00+00:00"}), encoding="utf-8")  # fmt: skip
    reg = open_register(path)
    assert not reg.read_only
    reg.close()


def test_lock_from_another_machine_is_respected(path: Path) -> None:
    lock_path(path).write_text(json.dumps({"user": "colleague", "host": "other-laptop", "pid": 1,
                                           "since": "2024-01-01T00:00:00+00:00"}), encoding="utf-8")  # fmt: skip
    reg = open_register(path)
    assert reg.read_only and reg.locked_by is not None and reg.locked_by.host == "other-laptop"
    reg.close()
    assert lock_path(path).exists(), "someone else's lock must not be removed"


def test_full_disk_gives_a_clear_error_and_no_partial_state(path: Path) -> None:
    reg = open_register(path)
    try:

        @event.listens_for(reg.engine, "connect")
        def tiny_disk(dbapi_connection: object, _record: object) -> None:
            pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 1}")  # type: ignore[attr-defined]

        reg.engine.dispose()
        big = r.ActivityInput(name="Gros", description="x" * 90_000, notes="y" * 90_000)
        with pytest.raises(StorageError, match="disk is full"):
            activities.create_activity(reg, data=big)
        assert [a.name for a in activities.list_activities(reg)] == ["Paie"]
    finally:
        reg.close()


def test_restoring_the_oldest_copy_at_the_rotation_limit(path: Path) -> None:
    policy = BackupPolicy(daily=2, before_change=2)
    reg = open_register(path)
    activities.create_activity(reg, data=r.ActivityInput(name="Deuxième"))
    reg.close()
    backup_copy(path, reason="before-import", policy=policy)
    backup_copy(path, reason="before-import", policy=policy)
    oldest = [b for b in list_backups(path) if b.reason == "before-import"][-1]
    restore_backup(path, oldest.path, policy=policy)  # keeping the current file aside prunes `oldest`
    reg = open_register(path)
    try:
        assert sorted(a.name for a in activities.list_activities(reg)) == ["Deuxième", "Paie"]
    finally:
        reg.close()
