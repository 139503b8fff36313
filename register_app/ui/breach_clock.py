"""The 72-hour clock in words: time left, time past the deadline, or the decision that stopped it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from register_app.domain.enums import AuthorityNotification
from register_app.services import records as r
from register_app.services.clocks import notification_deadline, notification_expected, time_left
from register_app.ui.activities_table_model import local_datetime


def now() -> datetime:
    """The clock's present (tests replace it)."""
    return datetime.now(UTC)


def span_text(span: timedelta) -> str:
    minutes = int(abs(span).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return QCoreApplication.translate("BreachClock", "{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)


def clock_text(breach: r.BreachInput) -> tuple[str, bool]:
    """What the clock says, and whether the deadline is past with nothing decided."""
    deadline = notification_deadline(breach)
    if deadline is None:
        return QCoreApplication.translate(
            "BreachClock", "The 72 hours start once the time of discovery is entered."
        ), False
    left = time_left(breach, now())
    if left is not None:
        due = local_datetime(deadline)
        if left >= timedelta(0):
            text = QCoreApplication.translate("BreachClock", "{left} left to notify the CNIL (by {due})")
            return text.format(left=span_text(left), due=due), False
        text = QCoreApplication.translate(
            "BreachClock", "72 hours over by {late} (since {due}): notify now, with the reasons for the delay"
        )
        return text.format(late=span_text(left), due=due), True
    if breach.authority_status is AuthorityNotification.NOTIFIED:
        return QCoreApplication.translate("BreachClock", "Notified to the CNIL: the clock has stopped."), False
    if not notification_expected(breach):
        return QCoreApplication.translate(
            "BreachClock", "Assessed as unlikely to result in a risk: no notification expected."
        ), False
    return QCoreApplication.translate("BreachClock", "Not notified, by decision: the clock has stopped."), False


def short_clock(breach: r.BreachInput) -> str:
    """The clock in a table cell."""
    left = time_left(breach, now())
    if left is None:
        return "—"
    if left >= timedelta(0):
        return QCoreApplication.translate("BreachClock", "{left} left").format(left=span_text(left))
    return QCoreApplication.translate("BreachClock", "late by {late}").format(late=span_text(left))
