"""Undo in the core: every change returns its inverse, applied in one transaction, whose own inverse
is the change again (redo). A delete is undone with every link the deleted object had; an undo that
fails halfway leaves the register as it was before the undo."""

from __future__ import annotations

import dataclasses

import pytest
from support.factories import full_activity, full_controller, full_measure, full_subprocessor

from register_app.domain.enums import MeasureStatus
from register_app.errors import NotFoundError
from register_app.services import activities, changes, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.services.measures import MEASURES
from register_app.services.organisation import CONTROLLERS
from register_app.services.subprocessors import SUBPROCESSORS
from register_app.store.register_file import RegisterFile


def test_create_undo_redo_keeps_the_identifier(register: RegisterFile) -> None:
    done = changes.create(register, ACTIVITIES, r.ActivityInput(name="Paie"))
    assert done.uid and "activity" in done.kinds
    redo = changes.apply(register, done.inverse).inverse
    assert activities.list_activities(register) == []
    changes.apply(register, redo)
    assert activities.get_activity(register, uid=done.uid).name == "Paie"


def test_update_reverts_to_the_previous_input(register: RegisterFile) -> None:
    created = activities.create_activity(register, data=r.ActivityInput(name="Paie"))
    after = dataclasses.replace(r.input_part(created, r.ActivityInput), name="Paie et déclarations")
    undo = changes.update(register, ACTIVITIES, created.uid, after).inverse
    assert activities.get_activity(register, uid=created.uid).name == "Paie et déclarations"
    redo = changes.apply(register, undo).inverse
    assert activities.get_activity(register, uid=created.uid).name == "Paie"
    changes.apply(register, redo)
    assert activities.get_activity(register, uid=created.uid).name == "Paie et déclarations"


def test_undoing_a_deleted_controller_gives_back_every_activity_its_link(register: RegisterFile) -> None:
    client = organisation.create_controller(register, data=full_controller())
    joint = organisation.create_controller(register, data=r.ControllerInput(contact=r.Contact(name="Partenaire")))
    served = activities.create_activity(register, data=full_activity(client=client.uid, joint=(joint.uid,)))
    shared = activities.create_activity(register, data=full_activity(joint=(client.uid,), reference="RH-02"))
    done = changes.delete_object(register, CONTROLLERS, client.uid)
    assert done.kinds == {"controller", "activity"}
    assert activities.get_activity(register, uid=served.uid).client_uid is None
    assert activities.get_activity(register, uid=shared.uid).joint_controller_uids == ()

    redo = changes.apply(register, done.inverse)
    assert redo.uid == client.uid
    assert [c.uid for c in organisation.list_controllers(register)].count(client.uid) == 1
    assert activities.get_activity(register, uid=served.uid).client_uid == client.uid
    assert activities.get_activity(register, uid=served.uid).joint_controller_uids == (joint.uid,)
    assert activities.get_activity(register, uid=shared.uid).joint_controller_uids == (client.uid,)
    changes.apply(register, redo.inverse)
    assert client.uid not in {c.uid for c in organisation.list_controllers(register)}


def test_undoing_a_deleted_subprocessor_gives_back_its_activities_transfers_and_users(register: RegisterFile) -> None:
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor())
    reseller = subprocessors.create_subprocessor(register, data=r.SubprocessorInput(name="Revendeur",
                                                                                  uses_uids=(sub.uid,)))  # fmt: skip
    transfer = r.Transfer(recipient="Support", country="US", tool="scc", subprocessor_uid=sub.uid)
    act = activities.create_activity(register, data=dataclasses.replace(
        full_activity(subprocessors=(sub.uid,)), transfers=(transfer,)))  # fmt: skip
    before = activities.get_activity(register, uid=act.uid)
    done = changes.delete_object(register, SUBPROCESSORS, sub.uid)
    assert activities.get_activity(register, uid=act.uid).transfers[0].subprocessor_uid is None
    assert subprocessors.get_subprocessor(register, uid=reseller.uid).uses_uids == ()

    changes.apply(register, done.inverse)
    back = activities.get_activity(register, uid=act.uid)
    assert (back.subprocessor_uids, back.transfers) == (before.subprocessor_uids, before.transfers)
    assert subprocessors.get_subprocessor(register, uid=reseller.uid).uses_uids == (sub.uid,)
    assert subprocessors.get_subprocessor(register, uid=sub.uid) == sub


def test_undoing_a_deleted_measure_gives_back_its_links_and_notes(register: RegisterFile) -> None:
    measure = measures.create_measure(register, data=full_measure())
    link = r.MeasureLink(measure_uid=measure.uid, note="admins only")
    act = activities.create_activity(register, data=r.ActivityInput(name="CRM", measures=(link,)))
    held = r.SubprocessorInput(name="Host", measure_uids=(measure.uid,))
    sub = subprocessors.create_subprocessor(register, data=held)
    done = changes.delete_object(register, MEASURES, measure.uid)
    assert done.kinds == {"measure", "activity", "subprocessor"}
    changes.apply(register, done.inverse)
    assert activities.get_activity(register, uid=act.uid).measures == (link,)
    assert subprocessors.get_subprocessor(register, uid=sub.uid).measure_uids == (measure.uid,)


def test_undoing_a_deleted_activity_gives_it_back_with_its_reference_dates_and_links(register: RegisterFile) -> None:
    client = organisation.create_controller(register, data=full_controller())
    measure = measures.create_measure(register, data=full_measure())
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor())
    act = activities.create_activity(register, data=full_activity(
        client=client.uid, subprocessors=(sub.uid,), measures=(measure.uid,)))  # fmt: skip
    done = changes.delete_object(register, ACTIVITIES, act.uid)
    changes.apply(register, done.inverse)
    assert activities.get_activity(register, uid=act.uid) == act


def test_an_undo_that_fails_halfway_restores_nothing(register: RegisterFile) -> None:
    client = organisation.create_controller(register, data=full_controller())
    first = activities.create_activity(register, data=full_activity(client=client.uid))
    second = activities.create_activity(register, data=full_activity(client=client.uid, reference="RH-02"))
    undo = changes.delete_object(register, CONTROLLERS, client.uid).inverse
    activities.delete_activity(register, uid=second.uid)  # the file changed behind the undo stack
    with pytest.raises(NotFoundError):
        changes.apply(register, undo)
    assert organisation.list_controllers(register) == []
    assert activities.get_activity(register, uid=first.uid).client_uid is None


def test_undoing_an_edit_that_applied_a_suggestion_makes_it_a_suggestion_again(register: RegisterFile) -> None:
    suggestion = measures.create_measure(register, data=r.MeasureInput(name="2FA", status=MeasureStatus.NOT_DECLARED))
    planned = measures.create_measure(register, data=r.MeasureInput(name="Backups", status=MeasureStatus.PLANNED))
    act = activities.create_activity(register, data=r.ActivityInput(name="CRM"))
    links = tuple(r.MeasureLink(measure_uid=m.uid) for m in (suggestion, planned))
    done = changes.update(register, ACTIVITIES, act.uid, dataclasses.replace(r.input_part(act, r.ActivityInput),
                                                                               measures=links))  # fmt: skip
    assert "measure" in done.kinds
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.IN_PLACE
    redo = changes.apply(register, done.inverse).inverse
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.NOT_DECLARED
    assert measures.get_measure(register, uid=planned.uid).status is MeasureStatus.PLANNED
    undo = changes.apply(register, redo).inverse
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.IN_PLACE
    changes.apply(register, undo)

    created = changes.create(register, SUBPROCESSORS, r.SubprocessorInput(name="Host", measure_uids=(suggestion.uid,)))
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.IN_PLACE
    changes.apply(register, created.inverse)
    assert measures.get_measure(register, uid=suggestion.uid).status is MeasureStatus.NOT_DECLARED


def test_the_organisation_edit_is_undone(register: RegisterFile) -> None:
    before = organisation.get_organisation(register)
    renamed = dataclasses.replace(before, identity=r.Contact(name="Autre SAS"))
    done = changes.update_organisation(register, renamed)
    assert done.kinds == {"organisation"}
    changes.apply(register, done.inverse)
    assert organisation.get_organisation(register) == before
