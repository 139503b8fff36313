"""`register-app copy SOURCE DEST`: a register copied whole between a file and a team register
(PostgreSQL), either way: every table row for row — identifiers, dates, versions, the history and
the dismissed findings — so both give the same JSON document. DEST must not hold a register yet."""

from __future__ import annotations

from pathlib import Path

from register_app.errors import UserError
from register_app.services.files import open_file
from register_app.store.register_file import RegisterFile, create_register, open_team_register
from register_app.store.table_copy import check_lengths, copy_rows
from register_app.store.team import init_team_schema, shown


class CopyIntoRegisterError(UserError):
    """{dest} already holds a register; copy into a new file or an empty database."""

    fr = "{dest} contient déjà un registre ; copiez vers un nouveau fichier ou une base vide."


def copy_register(source: Path | str, dest: Path | str, *, author: str | None = None) -> RegisterFile:
    """Copy the register at `source` into `dest` (a new file, or an empty PostgreSQL database, which
    gets the team roles as `team init` makes them); returns `dest`, open."""
    origin = open_file(source, author=author)
    try:
        with origin.engine.connect() as reading:
            check_lengths(reading)
        target = _new_register(dest, author=author)
        try:
            with origin.engine.connect() as reading, target.engine.begin() as writing:
                copy_rows(reading, writing)
        except BaseException:
            target.close()
            if isinstance(dest, Path):
                dest.unlink(missing_ok=True)
            raise
    finally:
        origin.close()
    return target


def _new_register(dest: Path | str, *, author: str | None) -> RegisterFile:
    if isinstance(dest, Path):
        return create_register(dest, author=author)
    if not init_team_schema(dest):
        raise CopyIntoRegisterError(dest=shown(dest))
    return open_team_register(dest, author=author)
