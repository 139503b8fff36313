"""The command line on a team register: `team init`, then the register's URL wherever a FILE goes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from support.team_db import TeamDatabase
from test_cli import cli

from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.files import open_file

pytestmark = pytest.mark.postgres


def test_team_init_then_info_check_and_export_by_url(team_db: TeamDatabase, tmp_path: Path) -> None:
    alice, bob = team_db.login("alice"), team_db.login("bob")
    done = cli("team", "init", team_db.url(), "--organisation", "Acme SAS", "--editor", alice, "--reader", bob,
               data_dir=tmp_path)  # fmt: skip
    assert f"{team_db.name}_editors" in done.stdout and f"{team_db.name}_readers" in done.stdout
    register = open_file(team_db.url(alice))
    create_activity(register, data=r.ActivityInput(name="Gestion de la paie"))
    register.close()

    info = cli("info", team_db.url(bob), data_dir=tmp_path).stdout
    assert "Acme SAS" in info and "Traitements :         1" in info
    report = json.loads(cli("check", team_db.url(bob), "--format", "json", data_dir=tmp_path, check=False).stdout)
    assert report["register"] == team_db.url(bob)
    cli("export", team_db.url(bob), tmp_path / "team.xlsx", data_dir=tmp_path)
    cells = {c.value for ws in openpyxl.load_workbook(tmp_path / "team.xlsx") for row in ws.iter_rows() for c in row}
    assert "Gestion de la paie" in cells


def test_an_empty_database_and_a_bad_address_get_one_sentence(team_db: TeamDatabase, tmp_path: Path) -> None:
    done = cli("info", team_db.url(), "--lang", "en", data_dir=tmp_path, check=False)
    assert done.returncode == 1
    assert done.stderr.strip() == (f"register-app: The database {team_db.url()} holds no register yet; its owner "
                                   f"creates one with `register-app team init {team_db.url()}`.")  # fmt: skip
    done = cli("team", "init", "postgresql://localhost", "--lang", "en", data_dir=tmp_path, check=False)
    assert done.returncode == 1
    assert "is not a PostgreSQL address" in done.stderr
