"""The 72-hour and one-month clocks at their edges: time zones, the daylight-saving change in
Europe/Paris, month ends."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from register_app.domain.enums import AuthorityNotification, RequestStatus
from register_app.services import records as r
from register_app.services.clocks import (
    add_months,
    notification_deadline,
    notification_overdue,
    notified_late,
    request_due,
    request_overdue,
    time_left,
)

PARIS = ZoneInfo("Europe/Paris")


def breach(discovered: datetime, **changes: object) -> r.BreachInput:
    return dataclasses.replace(r.BreachInput(title="Perte d'un ordinateur", discovered_at=discovered), **changes)  # type: ignore[arg-type]


def test_72_hours_across_the_spring_daylight_saving_change_are_72_real_hours() -> None:
    # Friday 27 March 2026, 10:00 in Paris (UTC+1); clocks go forward on Sunday 29 March.
    deadline = notification_deadline(breach(datetime(2026, 3, 27, 10, 0, tzinfo=PARIS)))
    assert deadline is not None
    assert deadline.astimezone(PARIS) == datetime(2026, 3, 30, 11, 0, tzinfo=PARIS)  # 11:00 summer time
    assert deadline == datetime(2026, 3, 30, 9, 0, tzinfo=UTC)


def test_72_hours_across_the_autumn_change() -> None:
    # Friday 23 October 2026, 10:00 in Paris (UTC+2); clocks go back on Sunday 25 October.
    deadline = notification_deadline(breach(datetime(2026, 10, 23, 10, 0, tzinfo=PARIS)))
    assert deadline is not None and deadline.astimezone(PARIS) == datetime(2026, 10, 26, 9, 0, tzinfo=PARIS)


def test_the_same_moment_written_in_two_zones_has_the_same_deadline() -> None:
    in_paris = notification_deadline(breach(datetime(2026, 7, 1, 23, 30, tzinfo=PARIS)))
    in_new_york = notification_deadline(breach(datetime(2026, 7, 1, 17, 30, tzinfo=ZoneInfo("America/New_York"))))
    assert in_paris == in_new_york == datetime(2026, 7, 4, 21, 30, tzinfo=UTC)


def test_the_clock_runs_out_on_the_minute() -> None:
    found = breach(datetime(2026, 5, 4, 8, 0, tzinfo=UTC))
    assert time_left(found, datetime(2026, 5, 4, 9, 0, tzinfo=UTC)) == timedelta(hours=71)
    assert not notification_overdue(found, datetime(2026, 5, 7, 8, 0, tzinfo=UTC))
    assert notification_overdue(found, datetime(2026, 5, 7, 8, 1, tzinfo=UTC))


def test_the_clock_stops_once_a_decision_is_recorded() -> None:
    found = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
    later = found + timedelta(days=10)
    assert notification_overdue(breach(found, risk_level="high"), later)
    assert not notification_overdue(breach(found, risk_level="unlikely"), later)  # no notification expected
    assert not notification_overdue(breach(found, authority_status=AuthorityNotification.NOT_NOTIFIED), later)
    notified = breach(found, authority_status=AuthorityNotification.NOTIFIED, authority_notified_at=later)
    assert time_left(notified, later) is None and notified_late(notified)
    on_time = dataclasses.replace(notified, authority_notified_at=found + timedelta(hours=72))
    assert not notified_late(on_time)


@pytest.mark.parametrize(
    ("received", "months", "due"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 2, 28), 1, date(2026, 3, 28)),
    ],
)
def test_month_arithmetic_at_month_ends(received: date, months: int, due: date) -> None:
    assert add_months(received, months) == due


def test_a_request_is_due_one_month_after_receipt_three_when_extended() -> None:
    request = r.RightsRequestInput(request_type="access", received_on=date(2026, 1, 31))
    assert request_due(request) == date(2026, 2, 28)
    assert not request_overdue(request, date(2026, 2, 28))
    assert request_overdue(request, date(2026, 3, 1))
    extended = dataclasses.replace(request, extended=True, extension_reason="Demande complexe")
    assert request_due(extended) == date(2026, 4, 30)
    assert not request_overdue(extended, date(2026, 4, 30))
    answered = dataclasses.replace(request, status=RequestStatus.ANSWERED, answered_on=date(2026, 3, 10))
    assert not request_overdue(answered, date(2026, 6, 1))
