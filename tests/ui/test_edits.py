"""The undo logic without Qt: each edit applied, reverted and re-applied through the services."""

from __future__ import annotations

import dataclasses

from register_app.domain.enums import MeasureStatus
from register_app.services import activities, measures, subprocessors
from register_app.services import records as r
from register_app.store.register_file import RegisterFile
from register_app.ui.edits import ACTIVITIES, MEASURES, SUBPROCESSORS, Create, Delete, Update


def test_create_undo_redo_keeps_the_identifier(register: RegisterFile) -> None:
    edit = Create(ACTIVITIES, r.ActivityInput(name="Paie"))
    change = edit.apply(register)
    uid = change.uid
    assert uid and change.concerns("activity")
    edit.revert(register)
    assert activities.list_activities(register) == []
    edit.apply(register)
    assert activities.get_activity(register, uid=uid).name == "Paie"


def test_update_reverts_to_the_previous_input(register: RegisterFile) -> None:
    created = activities.create_activity(register, data=r.ActivityInput(name="Paie"))
    after = dataclasses.replace(activities.input_of(created), name="Paie et déclarations")
    edit = Update(ACTIVITIES, created.uid, after)
    edit.apply(register)
    assert activities.get_activity(register, uid=created.uid).name == "Paie et déclarations"
    edit.revert(register)
    assert activities.get_activity(register, uid=created.uid).name == "Paie"
    edit.apply(register)
    assert activities.get_activity(register, uid=created.uid).name == "Paie et déclarations"


def test_deleting_a_subprocessor_is_undone_with_its_links(register: RegisterFile) -> None:
    sub = subprocessors.create_subprocessor(register, data=r.SubprocessorInput(name="OVH"))
    other = subprocessors.create_subprocessor(register, data=r.SubprocessorInput(name="Reseller", uses_uids=(sub.uid,)))
    act = activities.create_activity(register, data=r.ActivityInput(name="Site", subprocessor_uids=(sub.uid,)))
    edit = Delete(SUBPROCESSORS, sub.uid)
    change = edit.apply(register)
    assert change.concerns("activity")
    assert activities.get_activity(register, uid=act.uid).subprocessor_uids == ()
    edit.revert(register)
    assert activities.get_activity(register, uid=act.uid).subprocessor_uids == (sub.uid,)
    assert subprocessors.get_subprocessor(register, uid=other.uid).uses_uids == (sub.uid,)
    edit.apply(register)
    assert [row.name for row in subprocessors.list_subprocessors(register)] == ["Reseller"]


def test_deleting_a_measure_is_undone_with_its_links_and_notes(register: RegisterFile) -> None:
    measure = measures.create_measure(register, data=r.MeasureInput(name="2FA"))
    link = r.MeasureLink(measure_uid=measure.uid, note="admins only")
    act = activities.create_activity(register, data=r.ActivityInput(name="CRM", measures=(link,)))
    sub = subprocessors.create_subprocessor(
        register, data=r.SubprocessorInput(name="Host", measure_uids=(measure.uid,))
    )
    edit = Delete(MEASURES, measure.uid)
    edit.apply(register)
    edit.revert(register)
    assert activities.get_activity(register, uid=act.uid).measures == (link,)
    assert subprocessors.get_subprocessor(register, uid=sub.uid).measure_uids == (measure.uid,)


def test_deleting_an_activity_is_undone_with_its_dates(register: RegisterFile) -> None:
    act = activities.create_activity(register, data=r.ActivityInput(name="Paie"))
    edit = Delete(ACTIVITIES, act.uid)
    edit.apply(register)
    edit.revert(register)
    back = activities.get_activity(register, uid=act.uid)
    assert (back.reference, back.created_at) == (act.reference, act.created_at)


def test_undoing_an_edit_that_applied_a_suggestion_makes_it_a_suggestion_again(register: RegisterFile) -> None:
    suggestion = measures.create_measure(register, data=r.MeasureInput(name="2FA", status=MeasureStatus.NOT_DECLARED))
    planned = measures.create_measure(register, data=r.MeasureInput(name="Backups", status=MeasureStatus.PLANNED))
    act = activities.create_activity(register, data=r.ActivityInput(name="CRM"))
    links = tuple(r.MeasureLink(measure_uid=m.uid) for m in (suggestion, planned))
    edit = Update(ACTIVITIES, act.uid, dataclasses.replace(activities.input_of(act), measures=links))
    assert edit.apply(register).concerns("measure")
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.IN_PLACE
    edit.revert(register)
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.NOT_DECLARED
    assert measures.get_measure(register, uid=planned.uid).status is MeasureStatus.PLANNED
    edit.apply(register)
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.IN_PLACE

    create = Create(SUBPROCESSORS, r.SubprocessorInput(name="Host", measure_uids=(suggestion.uid,)))
    edit.revert(register)
    create.apply(register)
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.IN_PLACE
    create.revert(register)
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.NOT_DECLARED
