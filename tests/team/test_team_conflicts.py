"""Two editors of one team register, each with a connection of their own: the second to save the
same activity gets the conflict with both versions, keeps both changes by merging, and the
history names each of them."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select
from support.team_db import TeamDatabase

from register_app.domain import models as m
from register_app.errors import StorageError
from register_app.services import changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, create_activity, get_activity
from register_app.services.conflicts import EditConflict, merged, opened
from register_app.services.files import open_file
from register_app.services.team import init_team_register

pytestmark = pytest.mark.postgres


def test_the_second_editor_to_save_gets_the_conflict_and_keeps_both_changes(team_db: TeamDatabase) -> None:
    alice, carol = team_db.login("alice"), team_db.login("carol")
    init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice, carol)).close()
    first, second = open_file(team_db.url(alice)), open_file(team_db.url(carol))
    try:
        uid = create_activity(first, data=r.ActivityInput(name="Paie")).uid
        hers = opened(first, ACTIVITIES, uid)
        mine = opened(second, ACTIVITIES, uid)
        base = r.input_part(mine.record, r.ActivityInput)
        changes.update(first, ACTIVITIES, uid, dataclasses.replace(base, description="Salaires"), hers.version)
        with pytest.raises(EditConflict) as caught:
            changes.update(second, ACTIVITIES, uid, dataclasses.replace(base, notes="Revue 2026"), mine.version)
        conflict = caught.value
        assert alice in conflict.message
        assert {(f.field, f.mine, f.theirs) for f in conflict.fields} == {
            ("description", "", "Salaires"), ("notes", "Revue 2026", "")}
        assert get_activity(second, uid=uid).description == "Salaires"  # nothing overwritten
        changes.update(second, ACTIVITIES, uid, merged(conflict, {"notes"}), conflict.version)
        now = get_activity(first, uid=uid)
        assert (now.description, now.notes) == ("Salaires", "Revue 2026")
        with first.session() as session:
            authors = set(session.scalars(select(m.HistoryEntry.author).where(m.HistoryEntry.field == "notes")))
        assert authors == {carol}
    finally:
        first.close()
        second.close()


def test_two_saves_at_the_same_moment_one_wins_the_other_is_refused(team_db: TeamDatabase) -> None:
    """Both passed the version check; the server makes the second UPDATE wait for the first, which then
    finds the row at another version: refused, and the first save stays."""
    alice, carol = team_db.login("alice"), team_db.login("carol")
    init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice, carol)).close()
    first, second = open_file(team_db.url(alice)), open_file(team_db.url(carol))
    try:
        uid = create_activity(first, data=r.ActivityInput(name="Paie")).uid
        hers = opened(first, ACTIVITIES, uid)

        def carol_saves_while_alice_does() -> None:
            with second.session() as session:
                row = session.scalars(select(m.Activity).where(m.Activity.uid == uid)).one()
                changes.update(first, ACTIVITIES, uid, dataclasses.replace(
                    r.input_part(hers.record, r.ActivityInput), notes="Alice"), hers.version)  # fmt: skip
                row.notes = "Carol"

        with pytest.raises(StorageError, match="someone else saved the same object at the same moment"):
            carol_saves_while_alice_does()
        assert get_activity(second, uid=uid).notes == "Alice"
    finally:
        first.close()
        second.close()
