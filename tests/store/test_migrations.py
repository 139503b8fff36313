"""Schema migrations: the models and the migrations describe the same schema, and a register
written by every released schema opens, is copied aside, and is upgraded with its content."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from register_app.domain.models import Base
from register_app.services import activities
from register_app.services.snapshot import take_snapshot
from register_app.store.engine import make_engine
from register_app.store.register_file import open_register
from register_app.store.schema import alembic_config, head_revision, known_revisions, upgrade_to_head

REGISTERS = sorted((Path(__file__).parent.parent / "data" / "registers").glob("schema-*.rgpd"))


def test_models_and_migrations_do_not_drift(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "migrated.db")
    upgrade_to_head(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ; generate a migration: {diff}"


def test_revisions_read_from_file_names_are_alembics() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}
    assert head_revision() == scripts.get_current_head()


def test_there_is_a_register_of_the_first_schema() -> None:
    assert any(p.name == "schema-0001.rgpd" for p in REGISTERS)


@pytest.mark.parametrize("source", REGISTERS, ids=lambda p: p.stem)
def test_old_register_is_backed_up_and_upgraded(source: Path, tmp_path: Path, isolated_data_dir: Path) -> None:
    path = tmp_path / source.name
    shutil.copy(source, path)
    revision = sqlite3.connect(path).execute("SELECT version_num FROM alembic_version").fetchone()[0]
    reg = open_register(path, author="test")
    try:
        if revision != head_revision():
            assert reg.upgraded_from == revision
            assert reg.upgrade_backup is not None and reg.upgrade_backup.is_file()
            assert isolated_data_dir in reg.upgrade_backup.parents
            backup_rev = sqlite3.connect(reg.upgrade_backup).execute("SELECT version_num FROM alembic_version")
            assert backup_rev.fetchone()[0] == revision
        snapshot = take_snapshot(reg)
        names = {a.name for a in snapshot.activities}
        assert {"Gestion de la paie", "Hébergement des dossiers patients"} <= names
        assert snapshot.organisation.identity.name == "Cabinet Dupré & Fils SARL"
        assert snapshot.subprocessors[0].certifications[0].hds_scopes == ("physical_sites", "offsite_backup")
        # and the upgraded register accepts edits
        activities.create_activity(reg, data=activities.input_of(snapshot.activities[0]).__class__(name="Nouveau"))
    finally:
        reg.close()
    reopened = open_register(path)
    assert reopened.upgraded_from is None
    reopened.close()
