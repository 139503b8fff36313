"""Alembic environment: always run on a connection handed over by register_app.store."""

from __future__ import annotations

from alembic import context

from register_app.domain.models import Base

if context.is_offline_mode():
    # SQL scripts for another database (e.g. PostgreSQL), rendered without connecting to one.
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=Base.metadata,
        literal_binds=True,
        render_as_batch=True,
    )
else:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("register_app migrations run only through register_app.store.schema")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: batch mode copies the table
        compare_type=True,
    )
with context.begin_transaction():
    context.run_migrations()
