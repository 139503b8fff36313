"""A register's rows copied whole from one database to another (a file and PostgreSQL, either way):
`register-app copy` and the backups of a team register."""

from __future__ import annotations

from sqlalchemy import Connection, select, text

from register_app.domain.models import Base


def copy_rows(reading: Connection, writing: Connection) -> None:
    """Every table of the register, parents first, row for row (identifiers, dates, versions,
    history); on PostgreSQL, the identifier sequences moved past the copied rows."""
    for table in Base.metadata.sorted_tables:
        if table.name == "history_seal":
            writing.execute(table.delete())  # the new register's own seal gives way to the copied history's
        rows = [dict(row._mapping) for row in reading.execute(select(table))]
        if rows:
            writing.execute(table.insert(), rows)
        if writing.dialect.name == "postgresql" and "id" in table.c and table.c.id.autoincrement is not False:
            writing.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                 f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"))  # fmt: skip
