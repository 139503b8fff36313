"""A register's rows copied whole from one database to another (a file and PostgreSQL, either way):
`register-app copy` and the backups of a team register."""

from __future__ import annotations

from sqlalchemy import Connection, String, func, select, text

from register_app.domain.models import Base
from register_app.errors import UserError


class ValueTooLongError(UserError):
    """The register cannot be copied: {table}.{column} holds a value of {length} characters ("{value}"),
    longer than the {limit} the database allows. Shorten it in the source register, then copy again."""

    fr = ("Le registre ne peut pas être copié : {table}.{column} contient une valeur de {length} caractères "
          "(« {value} »), plus longue que les {limit} admis par la base. Raccourcissez-la dans le registre "
          "d'origine, puis recommencez la copie.")  # fmt: skip


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


def check_lengths(reading: Connection) -> None:
    """Refuse, before anything is written, a value longer than its column allows: a file keeps any
    length (SQLite does not enforce them), PostgreSQL refuses the whole copy with a database error."""
    for table in Base.metadata.sorted_tables:
        for column in table.c:
            limit = column.type.length if isinstance(column.type, String) else None
            if not limit:
                continue
            value = reading.scalar(select(column).where(func.length(column) > limit).limit(1))
            if value is not None:
                shown = value if len(value) <= 60 else value[:57] + "…"
                raise ValueTooLongError(table=table.name, column=column.name, length=len(value), value=shown,
                                        limit=limit)  # fmt: skip
