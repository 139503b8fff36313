"""The benchmark's edited register holds the journal the app writes: its rounds of edits, written in
bulk, give the entries and states that saving each activity gives (bench/bench_history.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bench.bench_history import edit_round, renamed
from bench.generate import document
from register_app.domain.base import utcnow
from register_app.services.activities import input_of, update_activity
from register_app.services.interchange import import_document
from register_app.services.journal import last_entry_id
from register_app.services.snapshot import take_snapshot
from register_app.services.verify import verify_register
from register_app.store.register_file import RegisterFile, create_register, open_register


def _registers(folder: Path) -> tuple[RegisterFile, RegisterFile, int]:
    """Two copies of a register of three activities, and its journal's last entry."""
    register = create_register(folder / "bulk.rgpd", author="bench")
    import_document(register, document(3))
    with register.session() as session:
        start = last_entry_id(session)
    register.close()
    shutil.copy(folder / "bulk.rgpd", folder / "saved.rgpd")
    return (
        open_register(folder / "bulk.rgpd", author="bench"),
        open_register(folder / "saved.rgpd", author="bench"),
        start,
    )


def _journal(register: RegisterFile, after: int) -> list[tuple[Any, ...]]:
    """The entries after `after`, each object's in the order written, without what differs from one
    run to the next (ids, moments, hashes, dates of change)."""
    with register.session() as session:
        rows = session.execute(
            text("SELECT action, object_kind, object_uid, object_label, field, old_value, new_value, state "
                 "FROM history WHERE id > :after ORDER BY id"), {"after": after}
        ).all()  # fmt: skip

    def state(value: str | None) -> Any:
        return None if value is None else {k: v for k, v in json.loads(value).items() if k != "updated_at"}

    entries = [(*row[:-1], state(row[-1])) for row in rows]
    return sorted(entries, key=lambda entry: (entry[1], entry[2]))  # each object's entries, in their order


@pytest.mark.slow  # two registers of 300 subprocessors, and six saves
def test_the_bench_rounds_journal_what_saving_each_activity_journals(tmp_path: Path) -> None:
    bulk, saved, start = _registers(tmp_path)
    try:
        for round_ in range(2):
            edit_round(bulk, round_)
            for activity in take_snapshot(saved).activities:
                update_activity(saved, uid=activity.uid, data=input_of(renamed(activity, round_, utcnow())))
        journal = _journal(bulk, start)
        assert journal == _journal(saved, start)
        assert {(kind, field) for _a, kind, _u, _l, field, *_ in journal} == {
            ("activity", "name"),
            ("activity", "notes"),
            ("measure", "status"),
        }  # a save declares the measures
        assert verify_register(bulk).ok and verify_register(saved).ok
        names = sorted(a.name for a in take_snapshot(bulk).activities)
        assert names == sorted(a.name for a in take_snapshot(saved).activities) and names[0].endswith(" #1")
    finally:
        bulk.close()
        saved.close()
