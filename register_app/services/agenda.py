"""What falls due, in one list: activity reviews, subprocessor contract reviews, certificate
expiries, DPIA reviews, breach notification deadlines and rights-request answers. A pure function of
the snapshot; only dates the DPO recorded (or that the law and the catalogues derive from them) appear."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum

from register_app.domain.enums import ActivityStatus, DpiaStatus
from register_app.services import records as r
from register_app.services.clocks import (
    add_months,
    deadline_entry,
    notification_deadline,
    notification_pending,
    request_due,
)

REVIEW_MONTHS = 12  # the yearly review the REVIEW-OVERDUE rule checks
DPIA_REVIEW = "dpia_review"


class DueKind(StrEnum):
    ACTIVITY_REVIEW = "activity_review"
    CONTRACT_REVIEW = "contract_review"
    CERTIFICATE_EXPIRY = "certificate_expiry"
    DPIA_REVIEW = "dpia_review"
    BREACH_NOTIFICATION = "breach_notification"
    REQUEST_ANSWER = "request_answer"


@dataclass(frozen=True)
class DueItem:
    """One thing that falls due: on a day, or at a moment (a breach's 72 hours end at a given minute)."""

    kind: DueKind
    object_kind: str  # activity, subprocessor, breach or rights_request
    object_uid: str
    label: str  # the object, as the DPO named it
    due_on: date
    due_at: datetime | None = None
    detail: str = ""  # which certificate
    field: str = ""  # where the object records the date or decision (its editor opens there)

    @property
    def key(self) -> str:
        """Stable across exports, so that a calendar replaces an event instead of adding a copy."""
        return f"{self.kind.value}.{self.object_uid}.{self.detail}" if self.detail else f"{self.kind}.{self.object_uid}"

    def overdue(self, now: datetime) -> bool:
        if self.due_at is not None:
            return now > self.due_at
        return now.date() > self.due_on


def _activity_items(activity: r.Activity) -> list[DueItem]:
    label = f"{activity.reference} {activity.name}".strip()
    last = activity.last_review or activity.created_at.date()
    review = add_months(last, REVIEW_MONTHS)
    items = [DueItem(DueKind.ACTIVITY_REVIEW, "activity", activity.uid, label, review, field="last_review")]
    if activity.dpia.status is DpiaStatus.DONE and activity.dpia.completed_on is not None:
        review = add_months(activity.dpia.completed_on, int(deadline_entry(DPIA_REVIEW).get("months")))
        items.append(DueItem(DueKind.DPIA_REVIEW, "activity", activity.uid, label, review, field="dpia.completed_on"))
    return items


def _subprocessor_items(sub: r.Subprocessor) -> list[DueItem]:
    items = []
    if sub.contract_review is not None:
        review = DueItem(DueKind.CONTRACT_REVIEW, "subprocessor", sub.uid, sub.name, sub.contract_review,
                         field="contract_review")  # fmt: skip
        items.append(review)
    for i, cert in enumerate(sub.certifications):
        if cert.expires is not None:
            detail = f"{cert.name or cert.kind} {cert.reference}".strip()
            item = DueItem(DueKind.CERTIFICATE_EXPIRY, "subprocessor", sub.uid, sub.name, cert.expires, detail=detail,
                           field=f"certifications[{i}].expires")  # fmt: skip
            items.append(item)
    return items


def agenda(snapshot: r.Snapshot) -> list[DueItem]:
    """Everything that falls due, soonest first (so overdue items come first). Retired activities have
    nothing left to review; a breach leaves the agenda once its notification is decided, a request
    once it is closed."""
    items: list[DueItem] = []
    for activity in snapshot.activities:
        if activity.status is not ActivityStatus.RETIRED:
            items += _activity_items(activity)
    for sub in snapshot.subprocessors:
        items += _subprocessor_items(sub)
    for breach in snapshot.breaches:
        deadline = notification_deadline(breach)
        if deadline is not None and notification_pending(breach):
            label = f"{breach.reference} {breach.title}".strip()
            day = deadline.astimezone(UTC).date()
            items.append(DueItem(DueKind.BREACH_NOTIFICATION, "breach", breach.uid, label, day, deadline,
                                 field="authority_status"))  # fmt: skip
    for request in snapshot.rights_requests:
        due = request_due(request)
        if due is not None and request.status.is_open:
            label = f"{request.reference} {request.requester}".strip()
            items.append(DueItem(DueKind.REQUEST_ANSWER, "rights_request", request.uid, label, due, field="status"))
    return sorted(items, key=lambda item: (item.due_on, item.due_at or datetime.min.replace(tzinfo=UTC), item.key))
