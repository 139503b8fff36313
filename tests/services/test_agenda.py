"""The agenda: one item per thing that falls due, from dates the DPO recorded, soonest first."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from support.factories import full_breach, full_request

from register_app.domain.enums import ActivityStatus, AuthorityNotification, DpiaStatus, RequestStatus
from register_app.services import records as r
from register_app.services.agenda import DueKind, agenda

STAMPS = {"created_at": datetime(2026, 1, 5, 9, 0, tzinfo=UTC), "updated_at": datetime(2026, 1, 5, 9, 0, tzinfo=UTC)}


def snapshot() -> r.Snapshot:
    payroll = r.Activity(uid="a1", **STAMPS, reference="T-001", name="Paie", status=ActivityStatus.ACTIVE,
                         last_review=date(2026, 3, 31),
                         dpia=r.Dpia(status=DpiaStatus.DONE, completed_on=date(2024, 2, 29)))  # fmt: skip
    retired = r.Activity(uid="a2", **STAMPS, reference="T-002", name="Ancien CRM", status=ActivityStatus.RETIRED)
    host = r.Subprocessor(uid="s1", **STAMPS, name="OVH", contract_review=date(2026, 9, 1),
                          certifications=(r.Certification(kind="iso27001", name="ISO 27001", reference="C-9",
                                                          expires=date(2027, 5, 2)),))  # fmt: skip
    pending = r.Breach(uid="b1", **STAMPS, **vars(dataclasses.replace(
        full_breach(), authority_status=AuthorityNotification.PENDING, authority_notified_at=None)))  # fmt: skip
    decided = r.Breach(uid="b2", **STAMPS, **vars(full_breach()))
    open_request = r.RightsRequest(uid="q1", **STAMPS, **vars(dataclasses.replace(
        full_request(), status=RequestStatus.IN_PROGRESS, extended=False, answered_on=None)))  # fmt: skip
    closed = r.RightsRequest(uid="q2", **STAMPS, **vars(full_request()))
    return r.Snapshot(organisation=r.Organisation(), activities=(payroll, retired), subprocessors=(host,),
                      breaches=(pending, decided), rights_requests=(open_request, closed))  # fmt: skip


def test_one_item_per_thing_due_soonest_first() -> None:
    items = agenda(snapshot())
    assert [(i.kind, i.object_uid, i.due_on) for i in items] == [
        (DueKind.REQUEST_ANSWER, "q1", date(2026, 2, 28)),  # received on 31 January
        (DueKind.BREACH_NOTIFICATION, "b1", date(2026, 3, 30)),
        (DueKind.CONTRACT_REVIEW, "s1", date(2026, 9, 1)),
        (DueKind.DPIA_REVIEW, "a1", date(2027, 2, 28)),  # completed on 29 February 2024, + 36 months
        (DueKind.ACTIVITY_REVIEW, "a1", date(2027, 3, 31)),
        (DueKind.CERTIFICATE_EXPIRY, "s1", date(2027, 5, 2)),
    ]  # nothing for the retired activity, the decided breach or the answered request
    breach = next(i for i in items if i.kind is DueKind.BREACH_NOTIFICATION)
    # discovered 27 March 2026 at 18:30 in Paris (17:30 UTC): due 72 real hours later
    assert breach.due_at == datetime(2026, 3, 30, 17, 30, tzinfo=UTC)
    assert breach.overdue(datetime(2026, 3, 30, 17, 31, tzinfo=UTC))
    assert not breach.overdue(datetime(2026, 3, 30, 17, 30, tzinfo=UTC))
    certificate = next(i for i in items if i.kind is DueKind.CERTIFICATE_EXPIRY)
    assert certificate.detail == "ISO 27001 C-9" and certificate.label == "OVH"
    assert len({i.key for i in items}) == len(items)


def test_an_empty_register_has_nothing_due() -> None:
    assert agenda(r.Snapshot(organisation=r.Organisation())) == []
