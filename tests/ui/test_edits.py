"""The screens' side of undo, without Qt: an edit alternates between undo and redo through the
inverse the services return (tests/services/test_changes.py tests the changes themselves), and
tells the pages what to reload and which object to select."""

from __future__ import annotations

from register_app.services import activities, subprocessors
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.services.subprocessors import SUBPROCESSORS
from register_app.store.register_file import RegisterFile
from register_app.ui.edits import create, delete


def test_create_undo_redo_selects_the_same_object(register: RegisterFile) -> None:
    edit = create(ACTIVITIES, r.ActivityInput(name="Paie"))
    change = edit.apply(register)
    uid = change.uid
    assert uid and change.concerns("activity") and change.concerns("subprocessor", "measure")
    assert edit.revert(register).uid is None
    assert activities.list_activities(register) == []
    assert edit.apply(register).uid == uid
    assert activities.get_activity(register, uid=uid).name == "Paie"


def test_deleting_a_subprocessor_refreshes_the_activities_and_is_undone(register: RegisterFile) -> None:
    sub = subprocessors.create_subprocessor(register, data=r.SubprocessorInput(name="OVH"))
    act = activities.create_activity(register, data=r.ActivityInput(name="Site", subprocessor_uids=(sub.uid,)))
    edit = delete(SUBPROCESSORS, sub.uid)
    assert edit.apply(register).concerns("activity")
    back = edit.revert(register)
    assert back.uid == sub.uid
    assert activities.get_activity(register, uid=act.uid).subprocessor_uids == (sub.uid,)
    edit.apply(register)
    assert subprocessors.list_subprocessors(register) == []
