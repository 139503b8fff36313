"""No lost update (services/conflicts.py): a save that started from an older version of an object
than the register's is refused with both versions field by field, and saves what the user merged."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import select

from register_app.domain import models as m
from register_app.errors import NotFoundError, StorageError
from register_app.services import changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, create_activity, get_activity
from register_app.services.aggregate_writes import Aggregate
from register_app.services.breaches import BREACHES
from register_app.services.conflicts import DeleteConflict, EditConflict, merged, opened, opened_organisation
from register_app.services.deleted import restore_deleted
from register_app.services.organisation import get_organisation
from register_app.services.rights_requests import RIGHTS_REQUESTS
from register_app.store.register_file import RegisterFile


def edited(record: r.Activity, **fields: object) -> r.ActivityInput:
    return dataclasses.replace(r.input_part(record, r.ActivityInput), **fields)


def test_a_save_from_an_older_version_is_refused_with_both_versions_and_saves_the_merge(
    register: RegisterFile,
) -> None:
    uid = create_activity(register, data=r.ActivityInput(name="Paie", notes="v1")).uid
    mine = opened(register, ACTIVITIES, uid)
    theirs = opened(register, ACTIVITIES, uid)
    changes.update(register, ACTIVITIES, uid, edited(theirs.record, name="Paie des salariés", notes="leur note"),
                   theirs.version)  # fmt: skip
    with pytest.raises(EditConflict) as caught:
        changes.update(register, ACTIVITIES, uid, edited(mine.record, notes="ma note"), mine.version)
    conflict = caught.value
    assert {(f.field, f.mine, f.theirs) for f in conflict.fields} == {
        ("name", "Paie", "Paie des salariés"), ("notes", "ma note", "leur note")}
    assert "testeur" in conflict.message and "Paie des salariés" in conflict.message
    assert get_activity(register, uid=uid).notes == "leur note"  # nothing overwritten
    # The user keeps their note and takes the other name: saved from the other version.
    changes.update(register, ACTIVITIES, uid, merged(conflict, {"notes"}), conflict.version)
    now = get_activity(register, uid=uid)
    assert (now.name, now.notes) == ("Paie des salariés", "ma note")


def test_the_same_change_made_twice_and_a_save_without_version_are_not_conflicts(register: RegisterFile) -> None:
    uid = create_activity(register, data=r.ActivityInput(name="Paie")).uid
    first = opened(register, ACTIVITIES, uid)
    changes.update(register, ACTIVITIES, uid, edited(first.record, notes="même"), first.version)
    changes.update(register, ACTIVITIES, uid, edited(first.record, notes="même"), first.version)
    assert opened(register, ACTIVITIES, uid).version > first.version
    changes.update(register, ACTIVITIES, uid, edited(first.record, notes="sans version"))  # undo, imports
    assert get_activity(register, uid=uid).notes == "sans version"


def test_a_save_racing_another_is_refused_by_the_version_in_its_update(register: RegisterFile) -> None:
    """Both saves passed the check; the second to write finds the row at another version."""
    uid = create_activity(register, data=r.ActivityInput(name="Paie")).uid
    other = opened(register, ACTIVITIES, uid)

    def save_racing_the_other() -> None:
        with register.session() as session:
            row = session.scalars(select(m.Activity).where(m.Activity.uid == uid)).one()
            changes.update(register, ACTIVITIES, uid, edited(other.record, notes="l'autre"), other.version)
            row.notes = "la mienne"

    with pytest.raises(StorageError, match="someone else saved the same object at the same moment"):
        save_racing_the_other()
    assert get_activity(register, uid=uid).notes == "l'autre"


def test_undo_after_someone_else_saved_meets_the_conflict_and_overwrites_nothing(register: RegisterFile) -> None:
    uid = create_activity(register, data=r.ActivityInput(name="Paie", notes="v1")).uid
    mine = opened(register, ACTIVITIES, uid)
    done = changes.update(register, ACTIVITIES, uid, edited(mine.record, notes="ma note"), mine.version)
    theirs = opened(register, ACTIVITIES, uid)
    changes.update(register, ACTIVITIES, uid, edited(theirs.record, notes="leur note"), theirs.version)
    with pytest.raises(EditConflict) as caught:
        changes.apply(register, done.inverse)  # my undo: back to "v1"
    assert {(f.field, f.mine, f.theirs) for f in caught.value.fields} == {("notes", "v1", "leur note")}
    assert (caught.value.kind, caught.value.uid) == (ACTIVITIES.kind, uid)
    assert get_activity(register, uid=uid).notes == "leur note"
    # Undo and redo with nobody else in between still work, each from the version the other left.
    again = changes.update(register, ACTIVITIES, uid, edited(get_activity(register, uid=uid), notes="v3"),
                           opened(register, ACTIVITIES, uid).version)  # fmt: skip
    redo = changes.apply(register, again.inverse)
    assert get_activity(register, uid=uid).notes == "leur note"
    changes.apply(register, redo.inverse)
    assert get_activity(register, uid=uid).notes == "v3"


def test_the_organisation_is_conflict_checked_like_the_objects(register: RegisterFile) -> None:
    mine = opened_organisation(register)
    theirs = opened_organisation(register)
    changes.update_organisation(register, dataclasses.replace(theirs.record, siren="123456789"), theirs.version)
    with pytest.raises(EditConflict) as caught:
        changes.update_organisation(register, dataclasses.replace(mine.record, legal_form="SAS"), mine.version)
    assert {f.field for f in caught.value.fields} == {"siren", "legal_form"}
    assert get_organisation(register).legal_form == mine.record.legal_form
    changes.update_organisation(register, merged(caught.value, {"legal_form"}), caught.value.version)
    assert (get_organisation(register).siren, get_organisation(register).legal_form) == ("123456789", "SAS")


@pytest.mark.parametrize("agg", [BREACHES, RIGHTS_REQUESTS], ids=["breach", "rights request"])
def test_breaches_and_rights_requests_carry_a_version(register: RegisterFile, agg: Aggregate[Any, Any]) -> None:
    discovered = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    request = r.RightsRequestInput(requester="Dupont", request_type="access", received_on=date(2026, 3, 2))
    data = r.BreachInput(title="Vol d'un portable", discovered_at=discovered) if agg is BREACHES else request
    uid = changes.create(register, agg, data).uid or ""
    mine, theirs = opened(register, agg, uid), opened(register, agg, uid)
    changes.update(register, agg, uid, dataclasses.replace(r.input_part(theirs.record, agg.input_type),
                                                           notes="leur note"), theirs.version)  # fmt: skip
    with pytest.raises(EditConflict):
        changes.update(register, agg, uid, dataclasses.replace(r.input_part(mine.record, agg.input_type),
                                                               notes="ma note"), mine.version)  # fmt: skip
    assert r.input_part(opened(register, agg, uid).record, agg.input_type).notes == "leur note"


def test_undoing_ones_own_edits_in_turn_is_no_conflict(register: RegisterFile) -> None:
    uid = create_activity(register, data=r.ActivityInput(name="Paie", notes="v1")).uid
    first = changes.update(register, ACTIVITIES, uid, edited(get_activity(register, uid=uid), notes="v2"))
    second = changes.update(register, ACTIVITIES, uid, edited(get_activity(register, uid=uid), name="Salaires"))
    changes.apply(register, second.inverse)
    changes.apply(register, first.inverse)
    now = get_activity(register, uid=uid)
    assert (now.name, now.notes) == ("Paie", "v1")


def test_undoing_a_creation_after_someone_else_saved_the_object_is_refused(register: RegisterFile) -> None:
    done = changes.create(register, ACTIVITIES, r.ActivityInput(name="Paie"))
    uid = done.uid or ""
    theirs = opened(register, ACTIVITIES, uid)
    changes.update(register, ACTIVITIES, uid, edited(theirs.record, notes="leur note"), theirs.version)
    with pytest.raises(DeleteConflict) as caught:
        changes.apply(register, done.inverse)  # my undo: delete what I created
    assert isinstance(caught.value, EditConflict) and (caught.value.kind, caught.value.uid) == (ACTIVITIES.kind, uid)
    assert {(f.field, f.mine, f.theirs) for f in caught.value.fields} == {("notes", "", "leur note")}
    assert caught.value.message_in("en").endswith("Paie since: nothing was deleted, so as not to lose their changes.")
    assert "rien n'a été supprimé" in caught.value.message_in("fr")
    assert get_activity(register, uid=uid).notes == "leur note"  # not deleted


def test_undoing_a_deletion_after_someone_else_restored_and_changed_the_object_is_refused(
    register: RegisterFile,
) -> None:
    uid = create_activity(register, data=r.ActivityInput(name="Paie", notes="v1")).uid
    done = changes.delete_object(register, ACTIVITIES, uid)
    restore_deleted(register, uid=uid)  # someone else brings it back from the deleted items…
    theirs = opened(register, ACTIVITIES, uid)
    changes.update(register, ACTIVITIES, uid, edited(theirs.record, notes="leur note"), theirs.version)  # …and edits it
    with pytest.raises(EditConflict) as caught:
        changes.apply(register, done.inverse)  # my undo: restore it as I deleted it
    assert not isinstance(caught.value, DeleteConflict)
    assert {(f.field, f.mine, f.theirs) for f in caught.value.fields} == {("notes", "v1", "leur note")}
    assert get_activity(register, uid=uid).notes == "leur note"  # not overwritten


def test_undoing_a_deletion_someone_else_already_undid_the_same_way_is_no_conflict(register: RegisterFile) -> None:
    uid = create_activity(register, data=r.ActivityInput(name="Paie", notes="v1")).uid
    done = changes.delete_object(register, ACTIVITIES, uid)
    restore_deleted(register, uid=uid)
    undone = changes.apply(register, done.inverse)
    assert get_activity(register, uid=uid).notes == "v1"
    changes.apply(register, undone.inverse)  # redo: deleted again
    with pytest.raises(NotFoundError):
        get_activity(register, uid=uid)
