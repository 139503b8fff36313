"""The schema stays portable to PostgreSQL (a shared team register will live there): the
migrations render as PostgreSQL SQL and the models' DDL compiles for it, with nothing
SQLite-specific in either."""

from __future__ import annotations

import io

from alembic import command
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateTable

from register_app.domain.models import Base
from register_app.store.schema import alembic_config


def test_migrations_render_for_postgresql() -> None:
    config = alembic_config()
    config.set_main_option("sqlalchemy.url", "postgresql://")
    config.output_buffer = io.StringIO()
    command.upgrade(config, "head", sql=True)
    sql = config.output_buffer.getvalue()
    for table in Base.metadata.tables:
        assert f"CREATE TABLE {table} (" in sql
    assert "PRAGMA" not in sql and "AUTOINCREMENT" not in sql
    assert "TIMESTAMP WITH TIME ZONE" in sql


def test_models_compile_for_postgresql() -> None:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    ddl = "\n".join(str(CreateTable(table).compile(dialect=dialect)) for table in Base.metadata.sorted_tables)
    assert "CREATE TABLE activity" in ddl
    assert "PRAGMA" not in ddl
