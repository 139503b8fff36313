"""No lost update: an editor opens an object with its version (`opened`), and saving it says which
version it started from. When someone else saved the object since, the save is refused with an
EditConflict carrying both versions field by field, and the user chooses per field what to keep
(`merged`) before saving again from the other version. Nothing is overwritten silently."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.errors import UserError
from register_app.services import records as r
from register_app.services.aggregate_writes import Aggregate
from register_app.services.common import get_by_uid
from register_app.store.register_file import RegisterFile

Input = TypeVar("Input")
Record = TypeVar("Record")


@dataclass(frozen=True)
class Opened(Generic[Record]):
    """An object as an editor opened it, and the version that was."""

    record: Record
    version: int


@dataclass(frozen=True)
class FieldConflict:
    """One field both sides say differently: `mine` (the save refused) and `theirs` (in the register)."""

    field: str
    mine: Any
    theirs: Any


class EditConflict(UserError):
    """{label} was saved by {author} since you opened it; your changes were not saved: choose which to keep."""

    fr = ("{label} a été enregistré par {author} depuis que vous l'avez ouvert ; vos modifications n'ont pas été "
          "enregistrées : choisissez lesquelles garder.")  # fmt: skip

    def __init__(self, *, label: str, author: str, mine: Any, theirs: Any, version: int,
                 fields: tuple[FieldConflict, ...]) -> None:  # fmt: skip
        super().__init__(label=label, author=author)
        self.mine = mine  # the editable part the refused save wanted
        self.theirs = theirs  # the editable part in the register now
        self.version = version  # the version `theirs` is: save again from it
        self.fields = fields


def opened(register: RegisterFile, agg: Aggregate[Any, Record], uid: str) -> Opened[Record]:
    """The object `uid` and its version, read together (what an editor opens)."""
    with register.session() as session:
        row = get_by_uid(session, agg.model, uid, agg.kind)
        return Opened(agg.to_record(row), row.version)


def refuse_if_changed(session: Session, agg: Aggregate[Any, Any], row: Any, *, version: int | None,
                      mine: Any) -> None:  # fmt: skip
    """Raise an EditConflict when `row` is no longer at `version` and its editable part differs from
    `mine` in some field (someone else saved it to the very same values: no conflict)."""
    if version is None or row.version == version:
        return
    theirs = r.input_part(agg.to_record(row), agg.input_type)
    fields = conflicting_fields(mine, theirs)
    if not fields:
        return
    author = session.scalar(select(m.HistoryEntry.author).where(m.HistoryEntry.object_uid == row.uid)
                            .order_by(m.HistoryEntry.id.desc()).limit(1))  # fmt: skip
    raise EditConflict(label=agg.label(row), author=author or "?", mine=mine, theirs=theirs, version=row.version,
                       fields=fields)  # fmt: skip


def conflicting_fields(mine: Any, theirs: Any) -> tuple[FieldConflict, ...]:
    return tuple(FieldConflict(f.name, getattr(mine, f.name), getattr(theirs, f.name))
                 for f in dataclasses.fields(theirs) if getattr(mine, f.name) != getattr(theirs, f.name))  # fmt: skip


def merged(conflict: EditConflict, keep_mine: set[str]) -> Any:
    """Theirs, with my value for the fields in `keep_mine`: what to save (from `conflict.version`)."""
    unknown = keep_mine - {f.field for f in conflict.fields}
    assert not unknown, f"not in conflict: {unknown}"
    return dataclasses.replace(conflict.theirs, **{name: getattr(conflict.mine, name) for name in keep_mine})
