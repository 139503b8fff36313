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
from register_app.services.mapping import organisation_record
from register_app.services.organisation import ORGANISATION_UID
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
                 fields: tuple[FieldConflict, ...], kind: str = "", uid: str = "") -> None:  # fmt: skip
        super().__init__(label=label, author=author)
        self.kind, self.uid = kind, uid  # the object refused (an undo resolves the step about it)
        self.mine = mine  # the editable part the refused save wanted
        self.theirs = theirs  # the editable part in the register now
        self.version = version  # the version `theirs` is: save again from it
        self.fields = fields


class DeleteConflict(EditConflict):
    """{author} saved {label} since: nothing was deleted, so as not to lose their changes."""

    fr = "{author} a enregistré « {label} » entre-temps : rien n'a été supprimé, pour ne pas perdre ses modifications."


def opened(register: RegisterFile, agg: Aggregate[Any, Record], uid: str) -> Opened[Record]:
    """The object `uid` and its version, read together (what an editor opens)."""
    with register.session() as session:
        row = get_by_uid(session, agg.model, uid, agg.kind)
        return Opened(agg.to_record(row), row.version)


def opened_organisation(register: RegisterFile) -> Opened[r.Organisation]:
    """The organisation and its version, read together (what its page edits)."""
    with register.session() as session:
        row = session.get(m.Organisation, 1)
        return Opened(organisation_record(row), row.version) if row else Opened(r.Organisation(), 0)


def refuse_if_changed(session: Session, agg: Aggregate[Any, Any], row: Any, *, version: int | None,
                      mine: Any, expected: Any = None,
                      conflict: type[EditConflict] = EditConflict) -> None:  # fmt: skip
    """Raise an EditConflict (or `conflict`) when `row` is no longer at `version` (an editor's save) or
    no longer as `expected` (an undo's) and its editable part differs from `mine` in some field
    (someone else saved it to the very same values: no conflict)."""
    if expected is None and (version is None or row.version == version):
        return
    theirs = r.input_part(agg.to_record(row), agg.input_type)
    if expected is not None and not conflicting_fields(expected, theirs):
        return
    refuse(session, kind=agg.kind, uid=row.uid, label=agg.label(row), version=row.version, mine=mine, theirs=theirs,
           conflict=conflict)  # fmt: skip


def refuse_if_organisation_changed(session: Session, row: m.Organisation | None, *, version: int | None,
                                   mine: r.Organisation, kind: str,
                                   expected: r.Organisation | None = None) -> None:  # fmt: skip
    """`refuse_if_changed` for the organisation (one row, no aggregate; `kind`: the organisation's)."""
    if row is None or (expected is None and (version is None or row.version == version)):
        return
    theirs = organisation_record(row)
    if expected is not None and not conflicting_fields(expected, theirs):
        return
    refuse(session, kind=kind, uid=ORGANISATION_UID, label=theirs.identity.name or ORGANISATION_UID,
           version=row.version, mine=mine, theirs=theirs)  # fmt: skip


def refuse(session: Session, *, kind: str, uid: str, label: str, version: int, mine: Any, theirs: Any,
           conflict: type[EditConflict] = EditConflict) -> None:  # fmt: skip
    fields = conflicting_fields(mine, theirs)
    if not fields:
        return
    author = session.scalar(select(m.HistoryEntry.author).where(m.HistoryEntry.object_uid == uid)
                            .order_by(m.HistoryEntry.id.desc()).limit(1))  # fmt: skip
    raise conflict(label=label, author=author or "?", mine=mine, theirs=theirs, version=version, fields=fields,
                   kind=kind, uid=uid)  # fmt: skip


def conflicting_fields(mine: Any, theirs: Any) -> tuple[FieldConflict, ...]:
    pairs = ((f.name, getattr(mine, f.name), getattr(theirs, f.name)) for f in dataclasses.fields(theirs))
    return tuple(FieldConflict(name, a, b) for name, a, b in pairs if not same(a, b))


def same(mine: Any, theirs: Any) -> bool:
    """Equal values; lists (measures, recipients…) whatever their order, which an editor may change."""
    if isinstance(mine, tuple) and isinstance(theirs, tuple):
        return sorted(map(repr, mine)) == sorted(map(repr, theirs))
    return bool(mine == theirs)


def merged(conflict: EditConflict, keep_mine: set[str]) -> Any:
    """Theirs, with my value for the fields in `keep_mine`: what to save (from `conflict.version`)."""
    unknown = keep_mine - {f.field for f in conflict.fields}
    assert not unknown, f"not in conflict: {unknown}"
    return dataclasses.replace(conflict.theirs, **{name: getattr(conflict.mine, name) for name in keep_mine})
