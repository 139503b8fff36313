"""Import a source (a register document, a workbook, any table through a mapping) into a register
file, for the command line: plan, then apply, all or nothing. The desktop wizard plans and applies
on the register it has open (`plan_import`, `apply_import`); both read and write the same way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from register_app.errors import UnsupportedFormatError, UserError
from register_app.services.document import IMPORT_SUFFIXES
from register_app.services.dry_run import preview_register
from register_app.services.files import open_file
from register_app.services.interchange import ImportSummary
from register_app.services.xlsx_import.plan import ImportPlan, apply_import, plan_import
from register_app.store.register_file import create_register

if TYPE_CHECKING:
    from register_app.services.mapped_import.mapping import Mapping


class SourceNotFoundError(UserError):
    """{path} does not exist."""

    fr = "{path} n'existe pas."


def check_source(source: Path) -> None:
    """Refuse, in one sentence, a source that is missing or of a kind no import reads."""
    if not source.exists():
        raise SourceNotFoundError(path=source)
    if source.suffix.lower() not in IMPORT_SUFFIXES and not source.is_dir():
        raise UnsupportedFormatError(path=source, expected=", ".join(IMPORT_SUFFIXES) + " or a folder")


def plan_file_import(file: Path | str, source: Path, *, mapping: Mapping | None = None,
                     author: str | None = None) -> ImportPlan:  # fmt: skip
    """What importing `source` into the register at `file` would do (`--dry-run`): the file is left
    byte-identical, or not created when it does not exist."""
    check_source(source)
    with preview_register(file, author=author) as preview:
        return plan_import(preview, source, mapping=mapping)


def import_file(file: Path | str, source: Path, *, mapping: Mapping | None = None, author: str | None = None,
                planned: Callable[[ImportPlan], None] = lambda plan: None) -> ImportSummary:  # fmt: skip
    """Import `source` into the register at `file` (created when missing) in one transaction;
    `planned` sees the plan before it is applied. On any failure nothing is written, and a file
    created for the import is removed."""
    check_source(source)
    created = file if isinstance(file, Path) and not file.exists() else None  # a URL's exists once `team init` ran
    register = create_register(created, author=author) if created else open_file(file, author=author, for_writing=True)
    try:
        plan = plan_import(register, source, mapping=mapping)
        planned(plan)
        summary = apply_import(register, plan)
    except BaseException:
        register.close()
        if created:
            created.unlink(missing_ok=True)
        raise
    register.close()
    return summary
