"""A team register's safety copies: its JSON document (the export's), in the app's backup folder, on
the file backups' rotation; a DPO restores one by importing it into a new register file, which gives
the same document again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.team_db import TeamDatabase

from register_app.exports.json_export import export_json
from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.daily_backups import ensure_daily_backup, refresh_daily_backup
from register_app.services.files import open_file
from register_app.services.import_files import import_file
from register_app.services.snapshot import take_snapshot
from register_app.services.subprocessors import create_subprocessor
from register_app.services.team import init_team_register
from register_app.store.backups import BackupPolicy

pytestmark = pytest.mark.postgres


def test_an_editor_s_opening_makes_the_day_s_json_copy_a_reader_s_none(team_db: TeamDatabase,
                                                                        isolated_data_dir: Path) -> None:  # fmt: skip
    bob = team_db.login("bob")
    init_team_register(team_db.url(), organisation="Acme SAS", readers=(bob,)).close()
    reader = open_file(team_db.url(bob))
    assert ensure_daily_backup(reader) is None
    reader.close()
    register = open_file(team_db.url(), backup_policy=BackupPolicy(daily=2))
    try:
        create_activity(register, data=r.ActivityInput(name="Paie"))
        copy = ensure_daily_backup(register)
        assert copy is not None and isolated_data_dir in copy.parents and copy.suffix == ".json"
        assert [a["name"] for a in json.loads(copy.read_bytes())["activities"]] == ["Paie"]
        assert ensure_daily_backup(register) is None  # one a day
        create_activity(register, data=r.ActivityInput(name="Recrutement"))
        refreshed = refresh_daily_backup(register)
        assert refreshed is not None and not copy.exists()  # today's copy replaced, not piled up
        assert [p.name for p in refreshed.parent.iterdir()] == [refreshed.name]
    finally:
        register.close()


def test_a_json_backup_restores_into_a_new_file_register_with_the_same_document(team_db: TeamDatabase,
                                                                                isolated_data_dir: Path,
                                                                                tmp_path: Path) -> None:  # fmt: skip
    register = init_team_register(team_db.url(), organisation="Acme SAS")
    try:
        host = create_subprocessor(register, data=r.SubprocessorInput(name="Hébergeur", country="FR"))
        create_activity(register, data=r.ActivityInput(name="Paie", description="Salaires",
                                                       subprocessor_uids=(host.uid,)))  # fmt: skip
        backup = refresh_daily_backup(register)
        assert backup is not None
        assert backup.read_bytes() == export_json(take_snapshot(register))  # the export's document, byte for byte
    finally:
        register.close()
    restored = tmp_path / "restauré.rgpd"
    import_file(restored, backup)  # what the README tells the DPO: register-app import NEW.rgpd BACKUP.json
    again = open_file(restored)
    try:
        assert export_json(take_snapshot(again)) == backup.read_bytes()
    finally:
        again.close()
