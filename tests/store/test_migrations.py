"""Schema migrations: the models and the migrations describe the same schema, and a register
written by every released schema opens, is copied aside, and is upgraded with its content."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from register_app.domain.catalogues import SECURITY_MEASURES, catalogue
from register_app.domain.enums import DpoStatus, MeasureStatus
from register_app.domain.models import Base
from register_app.services import activities
from register_app.services.snapshot import take_snapshot
from register_app.store.engine import make_engine
from register_app.store.register_file import open_register
from register_app.store.schema import alembic_config, head_revision, known_revisions, upgrade_to_head

REGISTERS_DIR = Path(__file__).parent.parent / "data" / "registers"
REGISTERS = sorted(REGISTERS_DIR.glob("schema-*.rgpd"))


@pytest.mark.sqlite_only("compares the migrations with the models on a SQLite file")
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
@pytest.mark.sqlite_only("upgrades register files of released schemas (tests/data/registers)")
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


@pytest.mark.sqlite_only("upgrades register files of released schemas (tests/data/registers)")
def test_upgrade_keeps_declared_measures_and_makes_untouched_catalogue_ones_suggestions(
    tmp_path: Path, isolated_data_dir: Path
) -> None:
    """schema-0002.rgpd has the catalogue loaded, TLS applied to the payroll and the VPN measure
    edited: those two (and the register's own measure) stay declared; the other catalogue ones were never
    declared by anyone, and the upgrade says so instead of printing them as "in place"."""
    path = tmp_path / "schema-0002.rgpd"
    shutil.copy(REGISTERS_DIR / "schema-0002.rgpd", path)
    reg = open_register(path, author="test")
    try:
        snapshot = take_snapshot(reg)
    finally:
        reg.close()
    declared = {m.catalogue_code or m.name for m in snapshot.measures if m.status is not MeasureStatus.NOT_DECLARED}
    assert declared == {"tls_https", "remote_access_vpn", *(m.name for m in snapshot.measures if not m.catalogue_code)}
    suggestions = [m for m in snapshot.measures if m.status is MeasureStatus.NOT_DECLARED]
    assert len(suggestions) == len(catalogue(SECURITY_MEASURES)) - 2
    assert snapshot.organisation.dpo_status is DpoStatus.DESIGNATED  # Élise Marchand was entered


@pytest.mark.parametrize(
    ("designated", "name", "expected"),
    [
        (True, "", DpoStatus.UNDECIDED),  # the old flag's default: nobody declared anything
        (True, "Élise Marchand", DpoStatus.DESIGNATED),
        (False, "", DpoStatus.NOT_DESIGNATED),
    ],
)
@pytest.mark.sqlite_only("upgrades register files of released schemas (tests/data/registers)")
def test_upgrade_reads_the_old_dpo_flag_as_what_was_declared(
    tmp_path: Path, designated: bool, name: str, expected: DpoStatus
) -> None:
    engine = make_engine(tmp_path / "r.db")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002_dismissed_findings")
        connection.execute(
            text("INSERT INTO organisation (id, dpo_designated, dpo_name, created_at, updated_at) "
                 "VALUES (1, :d, :n, '2026-01-01', '2026-01-01')"),
            {"d": designated, "n": name},
        )  # fmt: skip
        command.upgrade(alembic_config(connection), "head")
        status = connection.execute(text("SELECT dpo_status FROM organisation")).scalar_one()
    engine.dispose()
    assert status == expected.value
