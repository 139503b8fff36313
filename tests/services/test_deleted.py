"""Nothing deleted for good: deleted activities, subprocessors and measures are listed from the
history with when and who, and restored with their links, even after the register was closed
and reopened; a link to an object that no longer exists is reported, not invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.factories import full_activity, full_controller, full_measure, full_subprocessor

from register_app.services import activities, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.services.deleted import NotRestorableError, list_deleted, restore_deleted
from register_app.store.register_file import RegisterFile, open_register


@pytest.fixture
def linked(register: RegisterFile) -> dict[str, str]:
    client = organisation.create_controller(register, data=full_controller())
    measure = measures.create_measure(register, data=full_measure())
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor(measures=(measure.uid,)))
    activity = activities.create_activity(register, data=full_activity(
        client=client.uid, subprocessors=(sub.uid,), measures=(measure.uid,)))  # fmt: skip
    return {"measure": measure.uid, "sub": sub.uid, "activity": activity.uid}


def reopen(register: RegisterFile, author: str = "testeur") -> RegisterFile:
    path: Path = register.path
    register.close()
    return open_register(path, author=author)


def test_a_deleted_activity_comes_back_with_its_links_after_a_restart(register: RegisterFile,
                                                                       linked: dict[str, str]) -> None:  # fmt: skip
    before = activities.get_activity(register, uid=linked["activity"])
    activities.delete_activity(register, uid=linked["activity"])
    register = reopen(register)
    try:
        [item] = list_deleted(register)
        assert (item.kind, item.uid, item.deleted_by) == ("activity", before.uid, "testeur")
        assert before.name in item.label
        restored = restore_deleted(register, uid=before.uid)
        assert restored.missing == ()
        again = activities.get_activity(register, uid=before.uid)
        assert r.input_part(again, r.ActivityInput) == r.input_part(before, r.ActivityInput)
        assert again.subprocessor_uids == (linked["sub"],)
        assert list_deleted(register) == []
    finally:
        register.close()


def test_a_restored_subprocessor_is_linked_again_to_its_activities(register: RegisterFile,
                                                                   linked: dict[str, str]) -> None:  # fmt: skip
    subprocessors.delete_subprocessor(register, uid=linked["sub"])
    assert activities.get_activity(register, uid=linked["activity"]).subprocessor_uids == ()
    register = reopen(register)
    try:
        restored = restore_deleted(register, uid=linked["sub"])
        assert activities.get_activity(register, uid=linked["activity"]).subprocessor_uids == (linked["sub"],)
        assert subprocessors.get_subprocessor(register, uid=linked["sub"]).measure_uids == (linked["measure"],)
        assert len(restored.relinked) == 1
    finally:
        register.close()


def test_a_restored_measure_is_ticked_again_where_it_was(register: RegisterFile, linked: dict[str, str]) -> None:
    measures.delete_measure(register, uid=linked["measure"])
    restore_deleted(register, uid=linked["measure"])
    activity = activities.get_activity(register, uid=linked["activity"])
    assert [link.measure_uid for link in activity.measures] == [linked["measure"]]
    assert subprocessors.get_subprocessor(register, uid=linked["sub"]).measure_uids == (linked["measure"],)


def test_a_link_to_an_object_deleted_since_is_reported_not_invented(register: RegisterFile,
                                                                    linked: dict[str, str]) -> None:  # fmt: skip
    activities.delete_activity(register, uid=linked["activity"])
    subprocessors.delete_subprocessor(register, uid=linked["sub"])
    restored = restore_deleted(register, uid=linked["activity"])
    assert restored.missing == ("Nuage Santé SAS",)
    assert activities.get_activity(register, uid=linked["activity"]).subprocessor_uids == ()
    assert [i.kind for i in list_deleted(register)] == ["subprocessor"]


def test_the_listing_shows_the_latest_deletions_first(register: RegisterFile, linked: dict[str, str]) -> None:
    measures.delete_measure(register, uid=linked["measure"])
    activities.delete_activity(register, uid=linked["activity"])
    assert [i.uid for i in list_deleted(register)] == [linked["activity"], linked["measure"]]


def test_an_object_that_exists_cannot_be_restored(register: RegisterFile, linked: dict[str, str]) -> None:
    with pytest.raises(NotRestorableError):
        restore_deleted(register, uid=linked["activity"])



def test_a_restore_that_fails_halfway_restores_nothing(
    register: RegisterFile, linked: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The object and the links given back to others are one transaction: no half-restored measure."""
    from register_app.services import deleted

    measures.delete_measure(register, uid=linked["measure"])
    calls = []

    def failing(*args: object, **kwargs: object) -> object:
        calls.append(args)
        if len(calls) == 2:  # the activity got its link back, the subprocessor fails
            raise RuntimeError("disk full")
        return original(*args, **kwargs)

    original = deleted._relinked
    monkeypatch.setattr(deleted, "_relinked", failing)
    with pytest.raises(RuntimeError):
        restore_deleted(register, uid=linked["measure"])
    assert [item.uid for item in list_deleted(register)] == [linked["measure"]]
    assert activities.get_activity(register, uid=linked["activity"]).measures == ()


def test_a_subprocessor_restored_after_a_restart_gets_back_its_transfers_and_users(
    register: RegisterFile, linked: dict[str, str]
) -> None:
    """The activity's transfer named the subprocessor, and another subprocessor used it: both come back."""
    user = subprocessors.create_subprocessor(register, data=full_subprocessor(uses=(linked["sub"],)))
    before = activities.get_activity(register, uid=linked["activity"])
    assert before.transfers[0].subprocessor_uid == linked["sub"]
    subprocessors.delete_subprocessor(register, uid=linked["sub"])
    assert activities.get_activity(register, uid=linked["activity"]).transfers[0].subprocessor_uid is None
    assert subprocessors.get_subprocessor(register, uid=user.uid).uses_uids == ()
    register = reopen(register)
    try:
        restore_deleted(register, uid=linked["sub"])
        again = activities.get_activity(register, uid=linked["activity"])
        assert again.transfers == before.transfers
        assert again.subprocessor_uids == (linked["sub"],)
        assert subprocessors.get_subprocessor(register, uid=user.uid).uses_uids == (linked["sub"],)
    finally:
        register.close()


def test_a_measure_restored_after_a_restart_gets_back_its_notes(register: RegisterFile,
                                                                 linked: dict[str, str]) -> None:  # fmt: skip
    before = activities.get_activity(register, uid=linked["activity"])
    assert before.measures[0].note == "note 0"
    measures.delete_measure(register, uid=linked["measure"])
    register = reopen(register)
    try:
        restore_deleted(register, uid=linked["measure"])
        assert activities.get_activity(register, uid=linked["activity"]).measures == before.measures
    finally:
        register.close()
