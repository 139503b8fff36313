"""The deadlines of the DPO's other registers: the 72 hours to notify a breach to the supervisory
authority, counted in real elapsed time from discovery (so across a daylight-saving change too), and
the month to answer a rights request, extendable by two (Art. 12(3)), counted in calendar months as
Regulation No 1182/71 counts them. The lengths are dated catalogue data (`deadlines`)."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from register_app.domain.catalogues import BREACH_RISK_LEVELS, DEADLINES, Entry, catalogue
from register_app.domain.enums import AuthorityNotification
from register_app.services import records as r

BREACH_NOTIFICATION = "breach_notification"
REQUEST_ANSWER = "request_answer"
REQUEST_EXTENSION = "request_extension"


def deadline_entry(code: str) -> Entry:
    entry = catalogue(DEADLINES).get(code)
    if entry is None:
        raise KeyError(f"deadline {code!r} missing from the {DEADLINES} catalogue")
    return entry


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the last day of that month when it has no such day
    (31 January + 1 month = 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- breaches ---------------------------------------------------------------------------------


def notification_deadline(breach: r.BreachInput) -> datetime | None:
    """When the notification to the authority is due: discovery + the catalogue's hours (72)."""
    if breach.discovered_at is None:
        return None
    hours = int(deadline_entry(BREACH_NOTIFICATION).get("hours"))
    # In UTC: Python adds a timedelta to a zoned time on the wall clock, which would make the
    # 72 hours 71 or 73 across a daylight-saving change.
    return breach.discovered_at.astimezone(UTC) + timedelta(hours=hours)


def notification_expected(breach: r.BreachInput) -> bool:
    """Whether the authority is to be notified: unless the DPO assessed the breach as unlikely to
    result in a risk (an unassessed breach counts as one to notify: the clock runs from discovery)."""
    level = catalogue(BREACH_RISK_LEVELS).get(breach.risk_level)
    return level is None or bool(level.get("notify_authority"))


def notification_pending(breach: r.BreachInput) -> bool:
    """The clock runs: no decision recorded yet, and nothing says the authority need not be told."""
    return breach.authority_status is AuthorityNotification.PENDING and notification_expected(breach)


def time_left(breach: r.BreachInput, now: datetime) -> timedelta | None:
    """What remains of the notification period at `now` (negative once it is over), while it runs."""
    deadline = notification_deadline(breach)
    if deadline is None or not notification_pending(breach):
        return None
    return deadline - now


def notification_overdue(breach: r.BreachInput, now: datetime) -> bool:
    left = time_left(breach, now)
    return left is not None and left < timedelta(0)


def notified_late(breach: r.BreachInput) -> bool:
    """Notified after the deadline: Art. 33(1) asks for the reasons of the delay."""
    deadline = notification_deadline(breach)
    return (
        breach.authority_status is AuthorityNotification.NOTIFIED
        and breach.authority_notified_at is not None
        and deadline is not None
        and breach.authority_notified_at > deadline
    )


# --- rights requests --------------------------------------------------------------------------


def request_due(request: r.RightsRequestInput) -> date | None:
    """The last day to answer: one month after receipt, three when the period was extended."""
    if request.received_on is None:
        return None
    months = int(deadline_entry(REQUEST_ANSWER).get("months"))
    if request.extended:
        months += int(deadline_entry(REQUEST_EXTENSION).get("months"))
    return add_months(request.received_on, months)


def request_overdue(request: r.RightsRequestInput, today: date) -> bool:
    """Still open the day after its due date."""
    due = request_due(request)
    return request.status.is_open and due is not None and today > due
