"""The journal keeps the register's memory and shows tampering: a register edited in steps, rebuilt
as of each step, gives the JSON document exported at that step; an edit made with sqlite3, a
deleted journal row and reordered rows are each reported; an untouched register verifies."""

from __future__ import annotations

import dataclasses
import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text
from support.engines import edited_outside_the_app
from support.factories import (
    full_activity,
    full_breach,
    full_controller,
    full_measure,
    full_request,
    full_subprocessor,
)

from register_app.domain import models as m
from register_app.exports import formats
from register_app.services import activities, breaches, changes, measures, organisation, rights_requests, subprocessors
from register_app.services import records as r
from register_app.services.as_of import HistoryIncompleteError, parse_moment, snapshot_as_of
from register_app.services.checks.dismissals import dismiss
from register_app.services.checks.report import run_checks
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.services.verify import check_journal_on_open, describe, verify_register
from register_app.store.register_file import RegisterFile, open_register

REGISTERS_DIR = Path(__file__).parent.parent / "data" / "registers"


def document(snapshot: r.Snapshot) -> dict[str, object]:
    return json.loads(formats.exported(formats.json_exporter, snapshot, Profile.FULL, "fr"))  # type: ignore[no-any-return]


def edit_in_steps(register: RegisterFile) -> list[tuple[datetime, dict[str, object]]]:
    """Edit the register in steps; after each, the moment and the JSON document exported then."""
    steps = []

    def step() -> None:
        steps.append((datetime.now(UTC), document(take_snapshot(register))))

    step()
    client = organisation.create_controller(register, data=full_controller())
    tls = measures.create_measure(register, data=full_measure())
    vpn = measures.create_measure(register, data=dataclasses.replace(full_measure(), name="A VPN"))
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor(measures=(tls.uid,)))
    other = subprocessors.create_subprocessor(register, data=dataclasses.replace(full_subprocessor(), name="Zeta"))
    payroll = activities.create_activity(register, data=full_activity(
        client=client.uid, subprocessors=(sub.uid, other.uid), measures=(tls.uid, vpn.uid)))  # fmt: skip
    breaches.create_breach(register, data=full_breach(activities=(payroll.uid,), subprocessors=(sub.uid, other.uid)))
    breaches.create_breach(register, data=dataclasses.replace(full_breach(), reference="V-2"))  # same discovery
    rights_requests.create_request(register, data=full_request())
    step()
    changed = dataclasses.replace(activities.input_of(payroll), name="Paie et notes de frais", software="Silae")
    activities.update_activity(register, uid=payroll.uid, data=changed)
    # renaming a measure changes the order of every list of links to it
    measures.update_measure(register, uid=vpn.uid, data=dataclasses.replace(full_measure(), name="Z VPN"))
    org = organisation.get_organisation(register)
    organisation.update_organisation(register, data=dataclasses.replace(org, siren="123456789"))
    step()
    finding = run_checks(register, today=datetime.now(UTC).date()).findings[0]
    dismiss(register, finding=finding, reason="Vu avec la direction")
    step()
    subprocessors.delete_subprocessor(register, uid=sub.uid)
    activities.create_activity(register, data=full_activity(reference="RH-02"))
    step()
    activities.delete_activity(register, uid=payroll.uid)
    step()
    return steps


def test_the_register_as_of_each_step_is_what_was_exported_then(register: RegisterFile) -> None:
    steps = edit_in_steps(register)
    assert len({json.dumps(exported) for _at, exported in steps}) == len(steps)  # each step changed something
    for at, exported in steps:
        assert document(snapshot_as_of(register, at)) == exported
    # between two steps, the register is as the earlier step left it
    assert document(snapshot_as_of(register, steps[2][0] + timedelta(microseconds=1))) == steps[2][1]


def test_a_moment_before_the_history_is_complete_is_refused(register: RegisterFile) -> None:
    with pytest.raises(HistoryIncompleteError) as caught:
        snapshot_as_of(register, datetime(2020, 1, 1, tzinfo=UTC))
    assert "complet" in caught.value.message_in("fr")


def test_a_day_means_its_end_and_a_bad_date_says_how_to_write_it() -> None:
    end = parse_moment("2026-03-31").astimezone()
    assert (end.date().isoformat(), end.hour, end.minute) == ("2026-03-31", 23, 59)
    with pytest.raises(Exception, match="2026-03-31"):
        parse_moment("31/03/2026")


def test_a_side_effect_is_journaled(register: RegisterFile) -> None:
    """Ticking a catalogue suggestion for an activity declares it: the measure's change has its own entry."""
    suggestion = measures.create_measure(
        register, data=dataclasses.replace(full_measure(), status=r.MeasureStatus.NOT_DECLARED)
    )
    activities.create_activity(register, data=full_activity(measures=(suggestion.uid,)))
    assert verify_register(register).ok
    status = [e for e in register_history(register) if e[0] == suggestion.uid and e[1] == "status"]
    assert status == [(suggestion.uid, "status", "not_declared", "in_place")]


def test_a_change_left_for_the_commit_to_write_is_journaled(register: RegisterFile) -> None:
    """A service that sets a value and lets the commit write it gets its entry, and the register verifies."""
    measure = measures.create_measure(register, data=full_measure())
    with register.session() as session:
        session.scalars(select(m.Measure).where(m.Measure.uid == measure.uid)).one().name = "Badges nominatifs"
    assert verify_register(register).ok
    assert (measure.uid, "name", measure.name, "Badges nominatifs") in register_history(register)


def register_history(register: RegisterFile) -> list[tuple[str, str, str | None, str | None]]:
    with register.engine.connect() as db:
        rows = db.execute(text("SELECT object_uid, field, old_value, new_value FROM history ORDER BY id"))
        return [tuple(row) for row in rows]


@pytest.fixture
def edited(register: RegisterFile) -> Path:
    edit_in_steps(register)
    path = register.path
    register.close()
    return path


def verify_file(path: Path) -> list[str]:
    reg = open_register(path, author="inspecteur")
    try:
        return describe(verify_register(reg), "en")
    finally:
        reg.close()


def test_an_untouched_register_verifies(edited: Path) -> None:
    lines = verify_file(edited)
    assert lines[0].startswith("History intact")
    assert len(lines) == 2 and lines[1].startswith("History complete since")


def test_a_value_changed_with_sqlite3_is_reported(edited: Path) -> None:
    with edited_outside_the_app(edited) as db:
        db.execute(text("UPDATE activity SET name = 'Paie (modifiée à la main)' WHERE reference = 'RH-02'"))
    lines = verify_file(edited)
    assert lines[0].startswith("History intact")
    assert "Processing activity 'RH-02 Paie (modifiée à la main)': changed outside the app" in lines[1]


def test_a_deleted_journal_row_is_reported(edited: Path) -> None:
    with edited_outside_the_app(edited) as db:
        db.execute(text("DELETE FROM history WHERE id = 5"))
    assert verify_file(edited)[0].startswith("History altered: entry no. 6 (")


def test_reordered_journal_rows_are_reported(edited: Path) -> None:
    with edited_outside_the_app(edited) as db:
        columns = "at, author, action, object_kind, object_uid, object_label, field, old_value, new_value, state, hash"
        three, four = (db.execute(text(f"SELECT {columns} FROM history WHERE id = {i}")).one() for i in (3, 4))
        sets = ", ".join(f"{c.strip()} = :{c.strip()}" for c in columns.split(","))
        db.execute(text(f"UPDATE history SET {sets} WHERE id = 3"), four._asdict())
        db.execute(text(f"UPDATE history SET {sets} WHERE id = 4"), three._asdict())
    assert verify_file(edited)[0].startswith("History altered: entry no. 3 (")


def test_an_entry_slipped_in_with_sqlite3_stays_unsealed_after_the_next_edit(edited: Path) -> None:
    with edited_outside_the_app(edited) as db:
        db.execute(text("INSERT INTO history (at, author, action, object_kind, object_uid, object_label, field) "
                        "VALUES ('2026-01-01 00:00:00', 'x', 'update', 'activity', 'u', 'Faux', 'name')"))
    reg = open_register(edited, author="dpo")
    try:
        activities.create_activity(reg, data=full_activity(reference="RH-09"))
        check = verify_register(reg)
    finally:
        reg.close()
    assert check.broken is not None and check.broken.reason == "unsealed" and check.broken.object_label == "Faux"


def test_an_older_register_is_chained_on_upgrade_and_complete_once_opened(tmp_path: Path) -> None:
    path = tmp_path / "old.rgpd"
    shutil.copy(REGISTERS_DIR / "schema-0003.rgpd", path)
    reg = open_register(path, author="dpo")
    try:
        before = verify_register(reg)
        assert before.broken is None and before.entries == 71 and before.complete_from is None
        with pytest.raises(HistoryIncompleteError):
            snapshot_as_of(reg, datetime.now(UTC))
        opened = check_journal_on_open(reg)
        assert opened.ok and opened.baseline > 0 and opened.complete_from is not None
        assert "Present state of" in describe(opened, "en")[-1]
        assert document(snapshot_as_of(reg, datetime.now(UTC))) == document(take_snapshot(reg))
        assert check_journal_on_open(reg).baseline == 0  # once is enough
    finally:
        reg.close()


def test_the_history_is_filtered_by_period_author_object_and_field(register: RegisterFile) -> None:
    from register_app.services.history import search_history

    payroll = activities.create_activity(register, data=full_activity())
    middle = datetime.now(UTC)
    changed = dataclasses.replace(activities.input_of(payroll), name="Paie", software="Autre logiciel")
    activities.update_activity(register, uid=payroll.uid, data=changed)
    names = search_history(register, object_uid=payroll.uid, field="name")
    assert [(i.old_value, i.new_value) for i in names] == [("Gestion de la paie", "Paie")]
    assert {i.field for i in search_history(register, since=middle)} == {"name", "software"}
    assert search_history(register, author="quelqu'un d'autre") == []


def test_an_activity_deleted_then_restored_verifies_and_is_rebuilt_right(register: RegisterFile) -> None:
    """The undo core's restore writes through the services: journaled and chained like any edit."""
    from register_app.services.deleted import restore_deleted

    sub = subprocessors.create_subprocessor(register, data=full_subprocessor())
    payroll = activities.create_activity(register, data=full_activity(subprocessors=(sub.uid,)))
    before_delete = datetime.now(UTC)
    activities.delete_activity(register, uid=payroll.uid)
    while_deleted = datetime.now(UTC)
    restore_deleted(register, uid=payroll.uid)
    restored = document(take_snapshot(register))

    check = verify_register(register)
    assert check.ok, describe(check, "en")
    assert [a.name for a in snapshot_as_of(register, before_delete).activities] == ["Gestion de la paie"]
    assert snapshot_as_of(register, while_deleted).activities == ()
    now = document(snapshot_as_of(register, datetime.now(UTC)))
    assert now["activities"] == restored["activities"]  # its links to the subprocessor came back too

    undo = changes.delete_object(register, activities.ACTIVITIES, payroll.uid).inverse  # ...and its undo
    changes.apply(register, undo)
    assert verify_register(register).ok
    assert document(snapshot_as_of(register, datetime.now(UTC)))["activities"] == restored["activities"]


def test_a_time_on_a_day_is_local_and_no_time_means_the_end_of_the_day() -> None:
    from datetime import date, time

    from register_app.services.as_of import end_of_day, moment_on

    day = date(2026, 3, 31)
    assert moment_on(day, None) == end_of_day(day)
    nine = moment_on(day, time(9, 0))
    assert nine == datetime(2026, 3, 31, 9, 0).astimezone().astimezone(UTC) == parse_moment("2026-03-31 09:00")


def test_a_reading_session_open_during_a_save_leaves_the_journal_and_its_rows_alone(register: RegisterFile) -> None:
    # The checks read the register in their own thread while the user saves: the reading session's end
    # must not take the save's entries for its own (it rewrote their states and expired the rows it read).
    from register_app.services import activities
    from register_app.services import records as rec
    from register_app.services.verify import verify_register

    made = activities.create_activity(register, data=rec.ActivityInput(name="Supprimée pendant la lecture"))
    with register.session() as reading:
        organisation = reading.get(m.Organisation, 1)
        activities.delete_activity(register, uid=made.uid)  # a deletion's entry records no state
        with register.session() as session:
            states = session.execute(select(m.HistoryEntry.id, m.HistoryEntry.state)).all()
    assert organisation.name == "Société Test SAS"  # still loaded once the reading session is closed
    with register.session() as session:
        assert session.execute(select(m.HistoryEntry.id, m.HistoryEntry.state)).all() == states
    assert verify_register(register).ok
