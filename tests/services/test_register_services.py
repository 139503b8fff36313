"""Every field of the register can be set and read back through the services, and every change
is recorded in the history in the same transaction."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from support.factories import full_activity, full_controller, full_measure, full_organisation, full_subprocessor

from register_app.errors import NotFoundError, ValidationFailed
from register_app.services import activities, changes, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.services.history import object_history
from register_app.store.register_file import RegisterFile, open_register


def input_fields(record: object, input_type: type) -> dict[str, object]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(input_type)}


@pytest.fixture
def linked(register: RegisterFile) -> dict[str, str]:
    client = organisation.create_controller(register, data=full_controller())
    measure = measures.create_measure(register, data=full_measure())
    other = subprocessors.create_subprocessor(register, data=r.SubprocessorInput(name="Sauvegardes SA", country="DE"))
    sub = subprocessors.create_subprocessor(
        register, data=full_subprocessor(uses=(other.uid,), measures=(measure.uid,))
    )
    return {"client": client.uid, "measure": measure.uid, "sub": sub.uid, "other": other.uid}


def test_every_activity_field_round_trips(register: RegisterFile, linked: dict[str, str]) -> None:
    data = full_activity(
        client=linked["client"],
        joint=(linked["client"],),
        subprocessors=(linked["sub"],),
        measures=(linked["measure"],),
    )
    created = activities.create_activity(register, data=data)
    reopened = open_register(register.path)
    try:
        stored = activities.get_activity(reopened, uid=created.uid)
    finally:
        reopened.close()
    assert input_fields(stored, r.ActivityInput) == input_fields(data, r.ActivityInput)
    assert stored.created_at == stored.updated_at


def test_every_subprocessor_measure_controller_and_organisation_field_round_trips(
    register: RegisterFile, linked: dict[str, str]
) -> None:
    sub = subprocessors.get_subprocessor(register, uid=linked["sub"])
    assert input_fields(sub, r.SubprocessorInput) == input_fields(
        full_subprocessor(uses=(linked["other"],), measures=(linked["measure"],)), r.SubprocessorInput
    )
    assert input_fields(measures.get_measure(register, uid=linked["measure"]), r.MeasureInput) == input_fields(
        full_measure(), r.MeasureInput
    )
    [controller] = organisation.list_controllers(register)
    assert input_fields(controller, r.ControllerInput) == input_fields(full_controller(), r.ControllerInput)
    organisation.update_organisation(register, data=full_organisation())
    assert organisation.get_organisation(register) == full_organisation()


def test_update_records_each_changed_field_and_links(register: RegisterFile, linked: dict[str, str]) -> None:
    created = activities.create_activity(register, data=r.ActivityInput(name="Recrutement"))
    changed = dataclasses.replace(
        activities.input_of(created),
        name="Recrutement des cadres",
        subprocessor_uids=(linked["sub"],),
        measures=(r.MeasureLink(measure_uid=linked["measure"], note="ATS"),),
    )
    updated = activities.update_activity(register, uid=created.uid, data=changed)
    assert updated.updated_at > created.updated_at
    unlinked = dataclasses.replace(changed, subprocessor_uids=())
    activities.update_activity(register, uid=created.uid, data=unlinked)
    steps = [(h.action, h.field, h.old_value, h.new_value) for h in object_history(register, uid=created.uid)]
    assert steps == [
        ("create", "", None, "T-001 Recrutement"),
        ("update", "name", "Recrutement", "Recrutement des cadres"),
        ("link", "subprocessor_uids", None, linked["sub"]),
        ("link", "measures", None, linked["measure"]),
        ("unlink", "subprocessor_uids", linked["sub"], None),
    ]
    assert all(h.author == "testeur" for h in object_history(register, uid=created.uid))


def test_saving_unchanged_data_records_nothing(register: RegisterFile) -> None:
    created = activities.create_activity(register, data=r.ActivityInput(name="Paie"))
    again = activities.update_activity(register, uid=created.uid, data=activities.input_of(created))
    assert again.updated_at == created.updated_at
    assert len(object_history(register, uid=created.uid)) == 1


def test_references_are_numbered_and_unique(register: RegisterFile) -> None:
    first = activities.create_activity(register, data=r.ActivityInput(name="A"))
    second = activities.create_activity(register, data=r.ActivityInput(name="B", reference="RH-7"))
    third = activities.create_activity(register, data=r.ActivityInput(name="C"))
    assert (first.reference, second.reference, third.reference) == ("T-001", "RH-7", "T-002")
    with pytest.raises(ValidationFailed) as caught:
        activities.create_activity(register, data=r.ActivityInput(name="D", reference="RH-7"))
    assert [(i.code, i.field) for i in caught.value.issues] == [("REFERENCE-TAKEN", "reference")]


def test_duplicate_retire_delete_and_restore(register: RegisterFile, linked: dict[str, str]) -> None:
    source = activities.create_activity(register, data=full_activity(subprocessors=(linked["sub"],)))
    copy = activities.duplicate_activity(register, uid=source.uid, name="Paie (copie)")
    assert copy.reference == "T-001" and copy.name == "Paie (copie)" and copy.status.value == "draft"
    assert copy.subprocessor_uids == source.subprocessor_uids and copy.purposes == source.purposes
    retired = activities.retire_activity(register, uid=source.uid)
    assert retired.status.value == "retired" and retired.retired_on == date.today()
    assert activities.duplicate_activity(register, uid=source.uid).retired_on is None
    gone = activities.get_activity(register, uid=source.uid)
    undo = changes.delete_object(register, activities.ACTIVITIES, source.uid).inverse
    with pytest.raises(NotFoundError):
        activities.get_activity(register, uid=source.uid)
    changes.apply(register, undo)
    assert activities.get_activity(register, uid=source.uid) == gone
    actions = [h.action for h in object_history(register, uid=source.uid)]
    assert actions[actions.index("delete") :] == ["delete", "restore", "link"]  # an undone deletion restores


def test_invalid_input_is_refused_with_every_issue(register: RegisterFile) -> None:
    bad = r.ActivityInput(
        name=" ",
        purposes=(r.Purpose(legal_basis="because"),),
        data_categories=(r.DataCategory(code="health"), r.DataCategory(code="health")),
        transfers=(r.Transfer(country="XX"),),
        retention=(r.RetentionRule(category="health", active=r.Duration(value=0, unit="years")),),
        notes="x" * 100_001,
        subprocessor_uids=("no-such-uid",),
    )
    with pytest.raises(ValidationFailed) as caught:
        activities.create_activity(register, data=bad)
    found = {(i.code, i.field) for i in caught.value.issues}
    assert found == {
        ("REQUIRED", "name"),
        ("UNKNOWN-CODE", "purposes[0].legal_basis"),
        ("DUPLICATE", "data_categories[1].code"),
        ("UNKNOWN-CODE", "transfers[0].country"),
        ("DURATION-INVALID", "retention[0].active.value"),
        ("TOO-LONG", "notes"),
    }
    assert activities.list_activities(register) == []
    french = {i.message("fr") for i in caught.value.issues}
    assert "Ce champ est obligatoire." in french


def test_unknown_link_is_refused_and_nothing_written(register: RegisterFile) -> None:
    with pytest.raises(ValidationFailed) as caught:
        activities.create_activity(register, data=r.ActivityInput(name="X", subprocessor_uids=("ghost",)))
    assert [(i.code, i.field) for i in caught.value.issues] == [("LINK-UNKNOWN", "subprocessor_uids[0]")]
    assert activities.list_activities(register) == []


def test_deleting_a_subprocessor_unlinks_it_and_keeps_the_transfer(
    register: RegisterFile, linked: dict[str, str]
) -> None:
    act = activities.create_activity(register, data=full_activity(subprocessors=(linked["sub"],)))
    subprocessors.delete_subprocessor(register, uid=linked["sub"])
    after = activities.get_activity(register, uid=act.uid)
    assert after.subprocessor_uids == ()
    assert after.transfers[0].country == "MA" and after.transfers[0].subprocessor_uid is None


def test_a_subprocessor_cannot_use_itself(register: RegisterFile, linked: dict[str, str]) -> None:
    sub = subprocessors.get_subprocessor(register, uid=linked["sub"])
    data = dataclasses.replace(input_fields_as(sub, r.SubprocessorInput), uses_uids=(sub.uid,))
    with pytest.raises(ValidationFailed):
        subprocessors.update_subprocessor(register, uid=sub.uid, data=data)


def input_fields_as(record: object, input_type: type) -> r.SubprocessorInput:
    return input_type(**input_fields(record, input_type))  # type: ignore[no-any-return]


def test_measure_usage_lists_activities_and_subprocessors(register: RegisterFile, linked: dict[str, str]) -> None:
    act = activities.create_activity(register, data=full_activity(measures=(linked["measure"],)))
    usage = measures.measure_usage(register, uid=linked["measure"])
    assert usage.activities == ((act.uid, "RH-01 Gestion de la paie"),)
    assert usage.subprocessors == ((linked["sub"], "Nuage Santé SAS"),)
