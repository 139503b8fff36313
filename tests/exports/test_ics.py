"""The agenda's iCalendar file, read back with a real iCalendar parser: one event per due item, with
its date (or UTC time), a stable UID, the text as written (escaping) and lines of at most 75 octets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from register_app.exports.ics import export_ics, fold
from register_app.services.agenda import DueItem, DueKind

STAMP = datetime(2026, 12, 2, 20, 0, tzinfo=UTC)
LONG_NAME = "Hébergeur « Données de santé » de Bourgogne-Franche-Comté"
ITEMS = [
    DueItem(DueKind.REQUEST_ANSWER, "rights_request", "q1", "D-07 Jeanne Martin; née Dupré, Lyon", date(2027, 2, 28)),
    DueItem(DueKind.BREACH_NOTIFICATION, "breach", "b1", "V-01 Rançongiciel\nsur le serveur de fichiers",
            date(2026, 12, 5), datetime(2026, 12, 5, 9, 30, tzinfo=UTC)),
    DueItem(DueKind.CERTIFICATE_EXPIRY, "subprocessor", "s1", LONG_NAME, date(2027, 5, 2), detail="HDS v2 C-9"),
]  # fmt: skip


def test_each_due_item_is_one_event_a_real_parser_reads() -> None:
    raw = export_ics(ITEMS, "fr", stamp=STAMP)
    calendar = icalendar.Calendar.from_ical(raw)
    events = calendar.walk("VEVENT")
    assert len(events) == len(ITEMS)
    request, breach, certificate = events
    assert str(request["SUMMARY"]) == "Réponse due à la demande D-07 Jeanne Martin; née Dupré, Lyon"
    assert request.decoded("DTSTART") == date(2027, 2, 28)
    assert request.decoded("DTEND") == date(2027, 3, 1)
    assert str(breach["SUMMARY"]).endswith("V-01 Rançongiciel\nsur le serveur de fichiers")
    assert breach.decoded("DTSTART") == datetime(2026, 12, 5, 9, 30, tzinfo=UTC)
    assert "HDS v2 C-9" in str(certificate["SUMMARY"])
    assert {str(e["UID"]) for e in events} == {
        "request_answer.q1@register-app.invalid",
        "breach_notification.b1@register-app.invalid",
        "certificate_expiry.s1.HDS v2 C-9@register-app.invalid",
    }
    assert all(e.decoded("DTSTAMP") == STAMP for e in events)
    assert calendar["VERSION"] == "2.0" and "register_app" in str(calendar["PRODID"])


def test_lines_are_crlf_and_folded_at_75_octets_without_splitting_a_character() -> None:
    raw = export_ics(ITEMS, "en", stamp=STAMP)
    lines = raw.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # each physical line is whole UTF-8: no character was cut
    assert any(line.startswith(b" ") for line in lines)  # the long French summary was folded
    assert fold("é" * 40).count("\r\n ") == 1  # 80 octets: two lines


def test_english_summaries() -> None:
    calendar = icalendar.Calendar.from_ical(export_ics(ITEMS[1:2], "en", stamp=STAMP))
    [event] = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("End of the 72 hours to notify breach V-01")


def test_each_event_reminds_the_dpo_early_enough_to_act() -> None:
    """A breach's notification 12 hours before the 72 hours end, a request's answer a week before, a
    certificate a month before: one on-screen reminder per event, saying what falls due."""
    calendar = icalendar.Calendar.from_ical(export_ics(ITEMS, "fr", stamp=STAMP))
    leads = []
    for event in calendar.walk("VEVENT"):
        [alarm] = event.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY" and str(alarm["DESCRIPTION"]) == str(event["SUMMARY"])
        leads.append(alarm.decoded("TRIGGER"))
    assert leads == [-timedelta(days=7), -timedelta(hours=12), -timedelta(days=30)]
    review = DueItem(DueKind.ACTIVITY_REVIEW, "activity", "a1", "T-01 Paie", date(2027, 1, 15))
    [alarm] = icalendar.Calendar.from_ical(export_ics([review], "en", stamp=STAMP)).walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(days=7)
    assert str(alarm["DESCRIPTION"]) == "Yearly review of activity T-01 Paie"
