"""`register-app copy`: a register moved between a file and PostgreSQL, either way, with nothing
lost: the JSON documents are identical, the history goes along, and the copy takes new edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from support.team_db import TeamDatabase
from test_cli import cli

from register_app.domain import models as m
from register_app.exports.json_export import export_json
from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.demo import write_demo
from register_app.services.files import open_file
from register_app.services.register_copy import CopyIntoRegisterError, copy_register
from register_app.services.registers import new_register
from register_app.services.snapshot import take_snapshot
from register_app.services.verify import verify_register
from register_app.store.register_file import RegisterFile
from register_app.store.table_copy import ValueTooLongError

pytestmark = pytest.mark.postgres


def document_and_history(register: RegisterFile) -> tuple[bytes, int]:
    with register.session() as session:
        history = session.scalar(select(func.count()).select_from(m.HistoryEntry)) or 0
    return export_json(take_snapshot(register)), history


@pytest.mark.slow  # the demo register, written then copied twice: about 10 s
def test_the_demo_goes_to_postgresql_and_back_identical(team_db: TeamDatabase, tmp_path: Path) -> None:
    demo = write_demo(tmp_path / "demo.rgpd", author="dpo")
    original = document_and_history(demo)
    demo.close()
    done = cli("copy", tmp_path / "demo.rgpd", team_db.url(), "--lang", "en", data_dir=tmp_path)
    assert done.stdout.startswith(f"Copied {tmp_path / 'demo.rgpd'} to {team_db.url()}: ")
    team = open_file(team_db.url())
    try:
        assert document_and_history(team) == original
        assert verify_register(team).ok  # the chain of hashes reads the same from PostgreSQL
        create_activity(team, data=r.ActivityInput(name="Ajoutée en équipe"))  # the ids go on after the copy
        changed = document_and_history(team)
        assert verify_register(team).ok
    finally:
        team.close()
    cli("copy", team_db.url(), tmp_path / "back.rgpd", data_dir=tmp_path)
    back = open_file(tmp_path / "back.rgpd")
    try:
        assert document_and_history(back) == changed
        assert verify_register(back).ok  # ...and what was sealed on PostgreSQL verifies in a file
    finally:
        back.close()


def test_a_copy_never_lands_on_a_register(team_db: TeamDatabase, tmp_path: Path) -> None:
    new_register(tmp_path / "small.rgpd", organisation="Acme SAS", with_catalogue=False).close()
    copy_register(tmp_path / "small.rgpd", team_db.url()).close()
    with pytest.raises(CopyIntoRegisterError, match="already holds a register"):
        copy_register(tmp_path / "small.rgpd", team_db.url())
    done = cli("copy", team_db.url(), tmp_path / "small.rgpd", "--lang", "en", data_dir=tmp_path, check=False)
    assert done.returncode == 1 and "already exists" in done.stderr


def test_a_value_too_long_for_postgresql_is_named_before_anything_is_written(team_db: TeamDatabase,
                                                                             tmp_path: Path) -> None:  # fmt: skip
    source = new_register(tmp_path / "long.rgpd", organisation="Acme SAS", with_catalogue=False)
    create_activity(source, data=r.ActivityInput(name="Paie"))
    with source.session() as session, session.begin():  # as a JSON document from another tool can bring it
        session.execute(update(m.Activity).values(uid="paie-" + "x" * 40))
    source.close()
    with pytest.raises(ValueTooLongError) as refused:
        copy_register(tmp_path / "long.rgpd", team_db.url())
    assert "activity.uid" in refused.value.message and "45 caractères" in refused.value.message_in("fr")
    source = open_file(tmp_path / "long.rgpd")
    with source.session() as session, session.begin():
        session.execute(update(m.Activity).values(uid="paie"))
    source.close()
    copy_register(tmp_path / "long.rgpd", team_db.url()).close()  # the database was left empty: it takes the copy
