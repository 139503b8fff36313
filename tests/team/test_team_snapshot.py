"""What the exports and the checks read of a team register is the register at one moment: PostgreSQL
gives each query of a transaction its own view unless asked otherwise, so an export made while another
editor saves could hold half of that save (an activity, without the subprocessor it names)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event
from support.team_db import TeamDatabase

from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.checks import run_checks
from register_app.services.files import open_file
from register_app.services.snapshot import take_snapshot
from register_app.services.subprocessors import create_subprocessor
from register_app.services.team import init_team_register
from register_app.store.register_file import RegisterFile

pytestmark = pytest.mark.postgres


def _save_while_reading(reader: RegisterFile, writer: RegisterFile, read: Callable[[], Any]) -> tuple[Any, set[str]]:
    """`read()` on `reader`, with another editor's save (a subprocessor and an activity naming it)
    committed between the query that reads the subprocessors and the one that reads the activities;
    what `read` returned, and the uids that save wrote."""
    saved: set[str] = set()

    def between(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not saved and "FROM activity" in statement:
            host = create_subprocessor(writer, data=r.SubprocessorInput(name="Hébergeur", country="FR"))
            paie = create_activity(writer, data=r.ActivityInput(name="Paie", subprocessor_uids=(host.uid,)))
            saved.update((host.uid, paie.uid))

    event.listen(reader.engine, "before_cursor_execute", between)
    try:
        return read(), saved
    finally:
        event.remove(reader.engine, "before_cursor_execute", between)


def test_an_export_or_the_checks_never_read_half_of_another_editor_s_save(team_db: TeamDatabase) -> None:
    init_team_register(team_db.url(), organisation="Acme SAS").close()
    reader, writer = open_file(team_db.url()), open_file(team_db.url())
    try:
        snapshot, saved = _save_while_reading(reader, writer, lambda: take_snapshot(reader))
        assert len(saved) == 2  # the save did happen during the read
        assert ([a.name for a in snapshot.activities], [s.name for s in snapshot.subprocessors]) == ([], [])
        report, saved = _save_while_reading(reader, writer, lambda: run_checks(reader, today=date(2026, 1, 1)))
        about = {f.object_uid for f in report.findings}
        assert len(saved) == 2 and not about & saved  # the first save read whole, the second not at all
        assert len(about & {a.uid for a in snapshot.activities}) == 0
        assert [a.name for a in take_snapshot(reader).activities] == ["Paie", "Paie"]  # both saves are there
    finally:
        reader.close()
        writer.close()
