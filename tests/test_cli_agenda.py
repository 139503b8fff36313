"""`register-app agenda FILE OUT.ics`, run as a user runs it."""

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
    assert f"Wrote {expected} due item(s)" in done.stdout
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) == expected == 1
    assert events[0].decoded("DTSTART") == date(2026, 12, 30)
    refused = cli("agenda", path, tmp_path / "agenda.txt", data_dir=tmp_path / "data", check=False)
    assert refused.returncode == 1 and "expected .ics" in refused.stderr
