"""The breach register and the rights requests: every field stored and carried through the JSON
document, each write journaled, bad input refused with the field named, older documents upgraded."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from support.factories import full_activity, full_breach, full_request, full_subprocessor

from register_app.errors import ImportFailed, ValidationFailed
from register_app.exports.json_export import export_json
from register_app.exports.profiles import Profile
from register_app.services import activities, breaches, changes, rights_requests, subprocessors
from register_app.services import records as r
from register_app.services.deleted import list_deleted, restore_deleted
from register_app.services.history import object_history
from register_app.services.interchange import import_document, parse_document
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile, create_register


def fill(register: RegisterFile) -> tuple[r.Breach, r.RightsRequest]:
    activity = activities.create_activity(register, data=full_activity())
    sub = subprocessors.create_subprocessor(register, data=full_subprocessor())
    breach = breaches.create_breach(register, data=full_breach(activities=(activity.uid,), subprocessors=(sub.uid,)))
    request = rights_requests.create_request(register, data=full_request())
    return breach, request


def test_every_breach_and_request_field_is_stored(register: RegisterFile) -> None:
    breach, _request = fill(register)
    stored_breach = breaches.get_breach(register, uid=breach.uid)
    assert r.input_part(stored_breach, r.BreachInput) == r.input_part(breach, r.BreachInput)
    for f in dataclasses.fields(r.BreachInput):  # the factory sets every field: none is left at its default
        assert getattr(stored_breach, f.name) != f.default, f.name
    assert stored_breach.discovered_at.utcoffset() is not None  # type: ignore[union-attr]
    # 18:30 in Paris on 27 March 2026 (UTC+1) is 17:30 UTC
    assert stored_breach.discovered_at == datetime.fromisoformat("2026-03-27T17:30:00+00:00")
    stored_request = rights_requests.list_requests(register)[0]
    assert r.input_part(stored_request, r.RightsRequestInput) == full_request()
    for f in dataclasses.fields(r.RightsRequestInput):
        assert getattr(stored_request, f.name) != f.default, f.name


def test_every_field_round_trips_through_json(register: RegisterFile, tmp_path: Path) -> None:
    breach, request = fill(register)
    first = export_json(take_snapshot(register))
    document = json.loads(first)
    assert document["format_version"] == 3
    assert document["breaches"][0]["authority_reference"] == "CNIL-2026-123456"
    assert document["breaches"][0]["discovered_at"] == "2026-03-27T17:30:00Z"
    assert document["rights_requests"][0]["extension_reason"].startswith("Données dispersées")
    copy = create_register(tmp_path / "copy.rgpd", author="import")
    try:
        import_document(copy, parse_document(first))
        assert export_json(take_snapshot(copy)) == first
        again = take_snapshot(copy)
        assert again.breaches[0] == take_snapshot(register).breaches[0]
        assert again.rights_requests[0].uid == request.uid
        assert object_history(copy, uid=breach.uid)[0].action == "create"
        # importing the same document again changes nothing and adds no copy
        import_document(copy, parse_document(first))
        assert export_json(take_snapshot(copy)) == first
    finally:
        copy.close()


def test_extract_profile_carries_no_breach_nor_request(register: RegisterFile) -> None:
    fill(register)
    extract = json.loads(export_json(take_snapshot(register), profile=Profile.EXTRACT))
    assert extract["breaches"] == [] and extract["rights_requests"] == []


def test_changes_are_journaled_field_by_field(register: RegisterFile) -> None:
    breach, request = fill(register)
    changed = dataclasses.replace(r.input_part(breach, r.BreachInput), risk_level="high", activity_uids=())
    breaches.update_breach(register, uid=breach.uid, data=changed)
    entries = object_history(register, uid=breach.uid)
    assert [(e.action, e.field) for e in entries if e.field] == [
        ("link", "activity_uids"),
        ("link", "subprocessor_uids"),
        ("unlink", "activity_uids"),
        ("update", "risk_level"),
    ]
    rights_requests.delete_request(register, uid=request.uid)
    assert object_history(register, uid=request.uid)[-1].action == "delete"
    assert rights_requests.list_requests(register) == []


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"title": " "}, "title", "obligatoire"),
        ({"discovered_at": None}, "discovered_at", "obligatoire"),
        ({"discovered_at": datetime(2026, 3, 1, 10, 0)}, "discovered_at", "fuseau horaire"),
        ({"natures": ("leak",)}, "natures[0]", "breach_natures"),
        ({"risk_level": "huge"}, "risk_level", "breach_risk_levels"),
        ({"people_count": -1}, "people_count", "négative"),
        ({"authority_notified_at": datetime.fromisoformat("2026-03-01T00:00:00+00:00")}, "authority_notified_at",
         "découverte"),
    ],
)  # fmt: skip
def test_bad_breach_input_is_refused_with_its_field(
    register: RegisterFile, change: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationFailed) as caught:
        breaches.create_breach(register, data=dataclasses.replace(full_breach(), **change))  # type: ignore[arg-type]
    assert caught.value.issues[0].field == field
    assert words in caught.value.issues[0].message("fr")
    assert breaches.list_breaches(register) == []


def test_bad_request_input_is_refused(register: RegisterFile) -> None:
    with pytest.raises(ValidationFailed) as caught:
        rights_requests.create_request(register, data=dataclasses.replace(full_request(), answered_on=date(2026, 1, 1)))
    assert caught.value.issues[0].field == "answered_on"
    with pytest.raises(ValidationFailed):
        rights_requests.create_request(register, data=r.RightsRequestInput(requester="X"))


def test_version_2_document_is_read_as_having_no_breach(register: RegisterFile) -> None:
    document = parse_document(b'{"format": "register_app.register", "format_version": 2}')
    assert document.breaches == () and document.rights_requests == ()


def test_import_refuses_a_breach_linked_to_an_unknown_activity(register: RegisterFile) -> None:
    fill(register)
    document = json.loads(export_json(take_snapshot(register)))
    document["breaches"][0]["activity_uids"] = ["00000000-0000-0000-0000-000000000000"]
    document["breaches"][0]["uid"] = "11111111-1111-1111-1111-111111111111"
    with pytest.raises(ImportFailed) as caught:
        import_document(register, parse_document(json.dumps(document).encode()))
    assert any("breaches[0].activity_uids[0]" in e for e in caught.value.errors)
    assert len(breaches.list_breaches(register)) == 1


def test_deleting_a_linked_activity_or_subprocessor_is_journaled_on_the_breach_and_undone(
    register: RegisterFile,
) -> None:
    breach, _request = fill(register)
    [activity_uid], [subprocessor_uid] = breach.activity_uids, breach.subprocessor_uids
    deletions = [
        changes.delete_object(register, activities.ACTIVITIES, activity_uid),
        changes.delete_object(register, subprocessors.SUBPROCESSORS, subprocessor_uid),
    ]
    after = breaches.get_breach(register, uid=breach.uid)
    assert after.activity_uids == () and after.subprocessor_uids == ()
    unlinks = [(e.field, e.old_value) for e in object_history(register, uid=breach.uid) if e.action == "unlink"]
    assert unlinks == [("activity_uids", activity_uid), ("subprocessor_uids", subprocessor_uid)]
    for done in reversed(deletions):  # undo, latest first
        assert breaches.BREACHES.kind in changes.apply(register, done.inverse).kinds
    again = breaches.get_breach(register, uid=breach.uid)
    assert again.activity_uids == (activity_uid,) and again.subprocessor_uids == (subprocessor_uid,)


def test_a_breach_deleted_then_undone_or_restored_keeps_its_links(register: RegisterFile) -> None:
    breach, _request = fill(register)
    done = changes.delete_object(register, breaches.BREACHES, breach.uid)
    assert breaches.list_breaches(register) == []
    changes.apply(register, done.inverse)  # undo: the same breach, identifier, dates and links
    assert breaches.get_breach(register, uid=breach.uid) == breach
    breaches.delete_breach(register, uid=breach.uid)
    [item] = list_deleted(register)
    assert (item.kind, item.uid) == ("breach", breach.uid)
    restore_deleted(register, uid=breach.uid)  # File ▸ Deleted items…, even after a restart
    back = breaches.get_breach(register, uid=breach.uid)
    assert r.input_part(back, r.BreachInput) == r.input_part(breach, r.BreachInput)


def test_a_restored_activity_or_subprocessor_is_named_by_its_breaches_again(register: RegisterFile) -> None:
    breach, _request = fill(register)
    [activity_uid], [subprocessor_uid] = breach.activity_uids, breach.subprocessor_uids
    activities.delete_activity(register, uid=activity_uid)
    subprocessors.delete_subprocessor(register, uid=subprocessor_uid)
    assert breaches.get_breach(register, uid=breach.uid).activity_uids == ()
    restored = restore_deleted(register, uid=activity_uid)
    assert breach.uid not in restored.missing and restored.relinked == (f"{breach.reference} {breach.title}",)
    restore_deleted(register, uid=subprocessor_uid)
    again = breaches.get_breach(register, uid=breach.uid)
    assert again.activity_uids == (activity_uid,) and again.subprocessor_uids == (subprocessor_uid,)


def test_a_deleted_request_is_restored(register: RegisterFile) -> None:
    _breach, request = fill(register)
    rights_requests.delete_request(register, uid=request.uid)
    restore_deleted(register, uid=request.uid)
    assert rights_requests.get_request(register, uid=request.uid) == request


def test_a_breach_discovered_or_a_request_received_in_the_future_is_refused(register: RegisterFile) -> None:
    def breach(discovered: datetime) -> r.BreachInput:
        return dataclasses.replace(full_breach(), discovered_at=discovered, authority_notified_at=None,
                                   subjects_informed_on=None)  # fmt: skip

    def request(received: date) -> r.RightsRequestInput:
        return dataclasses.replace(full_request(), received_on=received, answered_on=None)

    with pytest.raises(ValidationFailed) as caught:
        breaches.create_breach(register, data=breach(datetime.now(UTC) + timedelta(days=1)))
    [refused] = caught.value.issues
    assert refused.field == "discovered_at" and "dans le futur" in refused.message("fr")
    assert "in the future" in refused.message("en")
    with pytest.raises(ValidationFailed) as caught:
        rights_requests.create_request(register, data=request(date.today() + timedelta(days=1)))
    assert [i.field for i in caught.value.issues] == ["received_on"]
    assert breaches.list_breaches(register) == [] and rights_requests.list_requests(register) == []
    # this very minute and today are accepted
    breaches.create_breach(register, data=breach(datetime.now(UTC)))
    rights_requests.create_request(register, data=request(date.today()))
