"""Write the register's agenda as an iCalendar file: what `register-app agenda` and the dashboard's
export button do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from register_app.domain.catalogues import Lang
from register_app.errors import UnsupportedFormatError
from register_app.exports.formats import write_atomically
from register_app.exports.ics import export_ics
from register_app.services.agenda import agenda
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile


@dataclass(frozen=True)
class AgendaWritten:
    items: int
    overdue: int


def check_ics_path(out: Path) -> None:
    """Refuse a file name that is not .ics before anything is read."""
    if out.suffix.lower() != ".ics":
        raise UnsupportedFormatError(path=out, expected=".ics")


def write_agenda(register: RegisterFile, out: Path, *, lang: Lang = "fr") -> AgendaWritten:
    check_ics_path(out)
    items = agenda(take_snapshot(register))
    now = datetime.now(UTC)
    write_atomically(out, export_ics(items, lang, stamp=now), register=register.path)
    return AgendaWritten(items=len(items), overdue=sum(item.overdue(now) for item in items))
