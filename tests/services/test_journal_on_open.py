"""The first opening of a register from before the history chain records every object's present
state, from a worker, while the DPO may already be saving: a save made then is neither refused
("database is locked") nor taken for an edit made outside the app, and the history is complete."""

from __future__ import annotations

import dataclasses
import shutil
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from support.factories import full_activity

from register_app.services import activities, journal, verify
from register_app.services.as_of import snapshot_as_of
from register_app.services.snapshot import take_snapshot
from register_app.services.verify import check_journal_on_open
from register_app.store.register_file import RegisterFile, open_register

OLD_REGISTER = Path(__file__).parent.parent / "data" / "registers" / "schema-0003.rgpd"


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[RegisterFile]:
    path = tmp_path / "old.rgpd"
    shutil.copy(OLD_REGISTER, path)
    reg = open_register(path, author="dpo")
    yield reg
    reg.close()


def rename_first_activity(register: RegisterFile, name: str) -> None:
    first = activities.get_activity(register, uid=activities.list_activities(register)[0].uid)
    activities.update_activity(register, uid=first.uid, data=dataclasses.replace(activities.input_of(first), name=name))


def test_saves_made_while_the_check_reads_are_neither_lost_nor_reported(
    upgraded: RegisterFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save lands after the baseline read an object and before it is written, and another between
    the check's reading of the journal and of the register."""
    real_baseline_read, real_check_read = journal.present_records, verify.present_records

    def baseline_read_then_save(session: Any) -> Any:
        found = real_baseline_read(session)
        rename_first_activity(upgraded, "Renommée pendant la lecture")
        return found

    def save_then_check_read(session: Any) -> Any:
        rename_first_activity(upgraded, "Renommée pendant la vérification")
        activities.create_activity(upgraded, data=full_activity(reference="NEW-01"))
        return real_check_read(session)

    monkeypatch.setattr(journal, "present_records", baseline_read_then_save)
    monkeypatch.setattr(verify, "present_records", save_then_check_read)
    check = check_journal_on_open(upgraded)
    monkeypatch.undo()
    assert check.baseline > 0 and check.complete_from is not None
    assert check.disagreements == ()
    again = verify.verify_register(upgraded)  # the journal holds the saved name, not the one read before
    assert again.ok and again.complete_from is not None
    now = take_snapshot(upgraded)
    assert snapshot_as_of(upgraded, datetime.now(UTC)).activities == now.activities
    assert "Renommée pendant la vérification" in {a.name for a in now.activities}


def test_a_save_during_the_baseline_write_waits_for_it(upgraded: RegisterFile, monkeypatch: pytest.MonkeyPatch) -> None:
    writing = threading.Event()
    real_write = verify.write_baseline

    def slow_write(session: Any, entries: Any) -> int:
        count = real_write(session, entries)
        writing.set()  # the write transaction is open: its lock is held until the session commits
        time.sleep(0.3)
        return count

    monkeypatch.setattr(verify, "write_baseline", slow_write)
    checked: list[verify.JournalCheck] = []
    worker = threading.Thread(target=lambda: checked.append(check_journal_on_open(upgraded)))
    worker.start()
    assert writing.wait(20)
    rename_first_activity(upgraded, "Enregistrée pendant l'écriture")  # raised "database is locked" before
    worker.join(20)
    assert checked and checked[0].baseline > 0 and checked[0].ok
    assert verify.verify_register(upgraded).ok
    assert "Enregistrée pendant l'écriture" in {a.name for a in snapshot_as_of(upgraded, datetime.now(UTC)).activities}
