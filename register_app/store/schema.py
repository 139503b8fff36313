"""Alembic, driven from code: the migration scripts ship inside the package.

Opening a register only needs to know which revisions exist. Each migration file is named after its
revision ("0002_dismissed_findings.py"), numbered in order, so that is read from the file names and
Alembic itself (a tenth of a second to import) is loaded only to upgrade or create a register.
tests/store/test_migrations.py checks that the file names and Alembic agree."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(rev)s")  # the file name is the revision
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> set[str]:
    return {path.stem for path in VERSIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py")}


def head_revision() -> str:
    revisions = known_revisions()
    assert revisions, "the package ships no migration"
    return max(revisions)


def upgrade_to_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")


def stamp_head(engine: Engine) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.stamp(alembic_config(connection), "head")
