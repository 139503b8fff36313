"""Late or undocumented breach notifications and unanswered rights requests become findings."""

from __future__ import annotations

from datetime import UTC, date, datetime

from services.checks.check_builders import hits, where, with_breach, with_request

from register_app.domain.enums import AuthorityNotification, RequestStatus


def test_a_pending_notification_past_72_hours_is_an_error() -> None:
    # TODAY is 15 June 2026: discovered on the 11th at 23:59 UTC, the 72 hours ended on the 14th at 23:59
    [finding] = hits(with_breach(discovered_at=datetime(2026, 6, 11, 23, 59, tzinfo=UTC)),
                     "BREACH-NOTIFICATION-OVERDUE")  # fmt: skip
    assert where([finding]) == [("V-01", "authority_status")]
    assert "le délai de 72 heures a expiré le 14 juin 2026 à 23:59 UTC" in finding.message_fr
    assert finding.object_kind == "breach"
    # ending today (not yet over at the start of the day), or with a decision recorded: no finding
    assert hits(with_breach(discovered_at=datetime(2026, 6, 12, 0, 0, tzinfo=UTC)), "BREACH-NOTIFICATION-OVERDUE") == []
    old = datetime(2026, 1, 1, tzinfo=UTC)
    decided = with_breach(discovered_at=old, authority_status=AuthorityNotification.NOT_NOTIFIED,
                          not_notified_reason="Données chiffrées, clé non compromise")  # fmt: skip
    assert hits(decided, "BREACH-NOTIFICATION-OVERDUE") == []
    assert hits(with_breach(discovered_at=old, risk_level="unlikely"), "BREACH-NOTIFICATION-OVERDUE") == []


def test_a_late_notification_needs_its_reasons() -> None:
    found = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    late = {"discovered_at": found, "authority_status": AuthorityNotification.NOTIFIED,
            "authority_notified_at": datetime(2026, 6, 5, 8, 0, tzinfo=UTC)}  # fmt: skip
    [finding] = hits(with_breach(**late), "BREACH-DELAY-UNEXPLAINED")
    assert finding.field == "delay_reason" and "5 June 2026 at 08:00 UTC" in finding.message_en
    assert hits(with_breach(**late, delay_reason="Périmètre connu le 4 juin"), "BREACH-DELAY-UNEXPLAINED") == []
    on_time = late | {"authority_notified_at": datetime(2026, 6, 4, 8, 0, tzinfo=UTC)}
    assert hits(with_breach(**on_time), "BREACH-DELAY-UNEXPLAINED") == []


def test_a_breach_not_notified_needs_its_reason() -> None:
    snapshot = with_breach(discovered_at=datetime(2026, 6, 1, tzinfo=UTC),
                           authority_status=AuthorityNotification.NOT_NOTIFIED)  # fmt: skip
    assert where(hits(snapshot, "BREACH-NOT-NOTIFIED-UNEXPLAINED")) == [("V-01", "not_notified_reason")]


def test_an_open_request_past_its_due_date_is_an_error() -> None:
    # received on 14 May, due on 14 June; TODAY is 15 June
    [finding] = hits(with_request(received_on=date(2026, 5, 14)), "REQUEST-OVERDUE")
    assert finding.message_fr == "Cette demande (accès) devait recevoir une réponse au plus tard le 14 juin 2026."
    assert hits(with_request(received_on=date(2026, 5, 15)), "REQUEST-OVERDUE") == []
    answered = with_request(received_on=date(2026, 1, 2), status=RequestStatus.ANSWERED, answered_on=date(2026, 2, 1))
    assert hits(answered, "REQUEST-OVERDUE") == []
    extended = with_request(received_on=date(2026, 4, 1), extended=True, extension_reason="Complexe")
    assert hits(extended, "REQUEST-OVERDUE") == [] and hits(extended, "REQUEST-EXTENSION-UNEXPLAINED") == []


def test_an_extension_needs_its_reasons() -> None:
    snapshot = with_request(received_on=date(2026, 6, 1), extended=True)
    assert where(hits(snapshot, "REQUEST-EXTENSION-UNEXPLAINED")) == [("D-01", "extension_reason")]
