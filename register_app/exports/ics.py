"""The agenda as an iCalendar file (RFC 5545) the DPO imports into their calendar: one event per
item, all-day on its due date, or at the minute for a breach's 72 hours, each with a reminder
(`REMINDERS`) early enough to act on it. Written by hand: CRLF lines
folded at 75 octets, text escaped, times in UTC, a stable UID per item so that importing a newer export
updates the events instead of doubling them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from register_app.domain.catalogues import Lang
from register_app.services.agenda import DueItem, DueKind

PRODID = "-//register_app//Agenda//FR"
UID_DOMAIN = "register-app.invalid"
SUMMARIES: dict[DueKind, tuple[str, str]] = {
    DueKind.ACTIVITY_REVIEW: ("Revue annuelle du traitement {label}", "Yearly review of activity {label}"),
    DueKind.CONTRACT_REVIEW: ("Revue du contrat de sous-traitance : {label}",
                              "Review of the processing agreement: {label}"),
    DueKind.CERTIFICATE_EXPIRY: ("Fin de validité du certificat {detail} ({label})",
                                 "Certificate {detail} ({label}) expires"),
    DueKind.DPIA_REVIEW: ("Réexamen de l'AIPD du traitement {label}", "Review of the DPIA of activity {label}"),
    DueKind.BREACH_NOTIFICATION: ("Fin du délai de 72 heures pour notifier la violation {label}",
                                  "End of the 72 hours to notify breach {label}"),
    DueKind.REQUEST_ANSWER: ("Réponse due à la demande {label}", "Answer due to request {label}"),
}  # fmt: skip
CATEGORY = ("Registre RGPD", "GDPR register")
# How long before it falls due the calendar reminds the DPO: time enough to do what is due. A breach's
# notification: 12 hours, half a working day to complete and file it with the CNIL before the 72 hours
# end. A request's answer: a week, to gather the person's data and write it. An activity's yearly review
# and a contract's review: a week, to plan the meeting. A certificate's expiry and a DPIA's review: a
# month, since the new certificate has to come from the subprocessor and a DPIA is reviewed with the
# business. Whole days or whole hours.
REMINDERS: dict[DueKind, timedelta] = {
    DueKind.BREACH_NOTIFICATION: timedelta(hours=12),
    DueKind.REQUEST_ANSWER: timedelta(days=7),
    DueKind.ACTIVITY_REVIEW: timedelta(days=7),
    DueKind.CONTRACT_REVIEW: timedelta(days=7),
    DueKind.CERTIFICATE_EXPIRY: timedelta(days=30),
    DueKind.DPIA_REVIEW: timedelta(days=30),
}


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 § 3.3.11): backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets (§ 3.1), never inside a UTF-8 character; CRLF-ended."""
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def before(lead: timedelta) -> str:
    """A TRIGGER's negative DURATION (§ 3.3.6) of whole days or whole hours: -P7D, -PT12H."""
    return f"-P{lead.days}D" if not lead.seconds else f"-PT{int(lead.total_seconds()) // 3600}H"


def alarm_lines(item: DueItem, summary: str) -> list[str]:
    """The reminder: shown on screen `REMINDERS[kind]` before the event starts."""
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{escape(summary)}",
            f"TRIGGER;RELATED=START:{before(REMINDERS[item.kind])}", "END:VALARM"]  # fmt: skip


def event_lines(item: DueItem, lang: Lang, stamp: datetime) -> list[str]:
    fr, en = SUMMARIES[item.kind]
    summary = (fr if lang == "fr" else en).format(label=item.label, detail=item.detail)
    lines = ["BEGIN:VEVENT", f"UID:{escape(item.key)}@{UID_DOMAIN}", f"DTSTAMP:{utc_text(stamp)}"]
    if item.due_at is not None:
        lines.append(f"DTSTART:{utc_text(item.due_at)}")
    else:
        lines.append(f"DTSTART;VALUE=DATE:{item.due_on:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{item.due_on + timedelta(days=1):%Y%m%d}")
    category = CATEGORY[0] if lang == "fr" else CATEGORY[1]
    lines += [f"SUMMARY:{escape(summary)}", f"CATEGORIES:{escape(category)}", "TRANSP:TRANSPARENT"]
    lines += [*alarm_lines(item, summary), "END:VEVENT"]
    return lines


def export_ics(items: Iterable[DueItem], lang: Lang, *, stamp: datetime) -> bytes:
    """The calendar; `stamp` (when it is written) is every event's DTSTAMP."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for item in items:
        lines += event_lines(item, lang, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines).encode("utf-8")
