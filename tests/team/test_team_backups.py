"""A team register's safety copies: register files in the app's backup folder, on the file
backups' rotation, holding the same register (history included)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.team_db import TeamDatabase

from register_app.exports.json_export import export_json
from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.files import open_file
from register_app.services.snapshot import take_snapshot
from register_app.services.team import init_team_register
from register_app.store.backups import BackupPolicy

pytestmark = pytest.mark.postgres


def test_an_editor_s_opening_makes_the_day_s_copy_a_reader_s_none(team_db: TeamDatabase,
                                                                   isolated_data_dir: Path) -> None:  # fmt: skip
    bob = team_db.login("bob")
    init_team_register(team_db.url(), organisation="Acme SAS", readers=(bob,)).close()
    reader = open_file(team_db.url(bob))
    assert reader.ensure_daily_backup() is None
    reader.close()
    register = open_file(team_db.url(), backup_policy=BackupPolicy(daily=2))
    try:
        create_activity(register, data=r.ActivityInput(name="Paie"))
        copy = register.ensure_daily_backup()
        assert copy is not None and isolated_data_dir in copy.parents and copy.suffix == ".rgpd"
        assert register.ensure_daily_backup() is None  # one a day
        create_activity(register, data=r.ActivityInput(name="Recrutement"))
        refreshed = register.refresh_daily_backup()
        assert refreshed is not None and not copy.exists()  # today's copy replaced, not piled up
        assert [p.name for p in refreshed.parent.iterdir()] == [refreshed.name]
        document = export_json(take_snapshot(register))
    finally:
        register.close()
    kept = open_file(refreshed)
    try:
        assert export_json(take_snapshot(kept)) == document
    finally:
        kept.close()
