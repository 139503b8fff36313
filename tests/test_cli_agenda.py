"""`register-app agenda FILE OUT.ics` and `register-app breach-notice FILE BREACH OUT.pdf`, run as a user runs them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
from support.factories import full_request
from test_cli import cli

from register_app.services import rights_requests
from register_app.services.agenda import agenda
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot


def test_agenda_writes_one_event_per_due_item(tmp_path: Path) -> None:
    path, out = tmp_path / "r.rgpd", tmp_path / "agenda.ics"
    register = new_register(path, organisation="Cabinet Test", author="test", with_catalogue=False)
    try:
        rights_requests.create_request(register, data=full_request().__class__(
            requester="Jeanne Martin", request_type="erasure", received_on=date(2026, 11, 30)))  # fmt: skip
        expected = len(agenda(take_snapshot(register)))
    finally:
        register.close()
    done = cli("agenda", path, out, "--lang", "en", data_dir=tmp_path / "data")
    assert f"Wrote {expected} due item to" in done.stdout
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == expected == 1
    assert events[0].decoded("DTSTART") == date(2026, 12, 30)
    refused = cli("agenda", path, tmp_path / "agenda.txt", "--lang", "en", data_dir=tmp_path / "data", check=False)
    assert refused.returncode == 1 and "expected .ics" in refused.stderr


def test_breach_notice_writes_the_draft_of_the_breach_named_by_its_reference(tmp_path: Path) -> None:
    from support.factories import full_breach

    from register_app.services import breaches

    path, out = tmp_path / "r.rgpd", tmp_path / "notice.pdf"
    register = new_register(path, organisation="Cabinet Test", author="test", with_catalogue=False)
    try:
        breaches.create_breach(register, data=full_breach())
    finally:
        register.close()
    done = cli("breach-notice", path, "v-2026-01", out, "--lang", "en", data_dir=tmp_path / "data")
    assert "Wrote the draft notification of V-2026-01" in done.stdout
    assert out.read_bytes().startswith(b"%PDF")
    missing = cli("breach-notice", path, "V-9999", out, data_dir=tmp_path / "data", check=False)
    assert missing.returncode == 1 and "V-9999" in missing.stderr
