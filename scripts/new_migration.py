"""Generate an Alembic revision from the difference between the models and the head schema.

Usage: .venv/bin/python scripts/new_migration.py 0002_dismissed_findings "dismissed findings"
Then read the generated file: replace app types (register_app.domain.base.UTCDateTime,
sa.Enum(...)) with plain sa.DateTime(timezone=True) / sa.String(length=40), so the migration
stays frozen whatever the models become, and add a checked-in register of the previous schema
under tests/data/registers/ (see tests/store/test_migrations.py)."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from register_app.store.engine import make_engine
from register_app.store.schema import alembic_config, upgrade_to_head


def main(rev_id: str, message: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "head.db")
        upgrade_to_head(engine)
        with engine.begin() as connection:
            command.revision(alembic_config(connection), message=message, autogenerate=True, rev_id=rev_id)
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
