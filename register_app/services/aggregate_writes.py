"""Create / update / delete for every aggregate: one code path that validates, writes, stamps and
records history in the caller's session. A `Batch` lets one session write many objects without a
query or a flush per object (the JSON import)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar, cast

from sqlalchemy.orm import Session

from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.services.common import Resolver, get_by_uid, raise_if_invalid
from register_app.services.history import (
    IDENTITY_FIELDS,
    PendingHistory,
    Subject,
    record,
    record_changes,
    record_created,
)
from register_app.services.validation import Issue

I = TypeVar("I")  # noqa: E741 - the input record type
R = TypeVar("R")


@dataclass(frozen=True)
class Aggregate(Generic[I, R]):
    kind: str
    model: type[Any]
    input_type: type[I]  # the editable part of a record (`records.input_part`)
    validate: Callable[[I], list[Issue]]
    apply: Callable[[Session, Any, I, Resolver], None]
    to_record: Callable[[Any], R]
    label: Callable[[Any], str]
    # Checks that need the session (e.g. a unique reference); may also complete the data.
    prepare: Callable[[Session, I, Any], tuple[I, list[Issue]]] | None = None
    # Derived columns to refresh once the row holds the new data.
    finish: Callable[[Any], None] | None = None

    def subject(self, row: Any) -> Subject:
        return Subject(self.kind, row.uid, self.label(row))


@dataclass
class Batch:
    """What many writes in one session share: the rows they link to, loaded once by the caller
    (any other is looked up once and kept), and their history, kept in order and written in one
    statement by `history.write(session)`. Writes in a batch take data the caller has already
    validated and prepared, and leave flushing to the caller."""

    rows: dict[tuple[type[Any], str], Any] = field(default_factory=dict)
    history: PendingHistory = field(default_factory=PendingHistory)

    def keep(self, rows: Iterable[Any]) -> None:
        for row in rows:
            self.rows[(type(row), row.uid)] = row


class _Derived:
    """Stands for a row while `finish` computes its derived columns: reads go to the row, what is
    set is kept in `values`."""

    def __init__(self, row: Any) -> None:
        object.__setattr__(self, "_row", row)
        object.__setattr__(self, "values", {})

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)

    def __setattr__(self, name: str, value: Any) -> None:
        self.values[name] = value


def derived_columns(agg: Aggregate[Any, Any], row: Any) -> dict[str, Any]:
    """The columns the aggregate's `finish` would set on `row` (the activity's search text), without
    setting them."""
    if agg.finish is None:
        return {}
    derived = _Derived(row)
    agg.finish(derived)
    return cast(dict[str, Any], derived.values)


def unchanged(before: Any, data: Any) -> bool:
    """Whether `data` (a record or an input) says nothing the register's record `before` does not already
    say: the same fields apart from identifier and dates, an activity's measures in any order (the
    register keeps no order for them)."""

    def comparable(name: str, value: Any) -> Any:
        return tuple(sorted(value, key=lambda link: link.measure_uid)) if name == "measures" else value

    return all(
        comparable(f.name, getattr(before, f.name)) == comparable(f.name, getattr(data, f.name))
        for f in dataclasses.fields(before)
        if f.name not in IDENTITY_FIELDS
    )


def write(
    session: Session,
    agg: Aggregate[I, R],
    *,
    author: str,
    data: I,
    row: Any = None,
    uid: str | None = None,
    timestamps: tuple[datetime, datetime] | None = None,
    path_prefix: str = "",
    batch: Batch | None = None,
    restored: bool = False,
) -> Any:
    """Create (row None) or update one object; raises ValidationFailed listing every issue.
    `restored`: the creation brings back a deleted object (journaled as a restoration)."""
    if batch is None:
        data = _validated(session, agg, data, row, path_prefix)
    before = agg.to_record(row) if row is not None else None
    if batch is not None and before is not None and unchanged(before, data):
        _refresh_unchanged(agg, row, timestamps)
        return row
    if row is None:
        row = _new_row(session, agg, uid, batch)
    _apply(session, agg, row, data, path_prefix=path_prefix, batch=batch)
    if timestamps:
        row.created_at, row.updated_at = timestamps
    elif before is None:
        row.created_at = row.updated_at = utcnow()
    if batch is None:
        session.flush()
    _record_history(session, agg, row, before, author=author, restamp=not timestamps, batch=batch,
                    restored=restored)  # fmt: skip
    return row


def _validated(session: Session, agg: Aggregate[I, R], data: I, row: Any, path_prefix: str) -> I:
    """The data as the aggregate completes it (`prepare`); raises ValidationFailed with every issue of
    the data alone and of the data in the register, under `path_prefix`."""
    issues = agg.validate(data)
    if agg.prepare is not None:
        data, more = agg.prepare(session, data, row)
        issues += more
    raise_if_invalid([dataclasses.replace(i, field=path_prefix + i.field) for i in issues])
    return data


def _refresh_unchanged(agg: Aggregate[Any, Any], row: Any, timestamps: tuple[datetime, datetime] | None) -> None:
    """Rewriting the row would give the same row: only the dates and derived columns can change,
    and only those that do are set, so the row stays out of the next flush."""
    for name, value in derived_columns(agg, row).items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    if timestamps and (row.created_at, row.updated_at) != timestamps:
        row.created_at, row.updated_at = timestamps


def _new_row(session: Session, agg: Aggregate[Any, Any], uid: str | None, batch: Batch | None) -> Any:
    row = agg.model(uid=uid) if uid else agg.model()
    session.add(row)
    if batch is not None and uid:
        batch.rows[(agg.model, uid)] = row
    return row


def _apply(session: Session, agg: Aggregate[I, R], row: Any, data: I, *, path_prefix: str, batch: Batch | None) -> None:
    """The data set on the row, its links resolved (raises ValidationFailed for a link to nothing),
    and its derived columns computed."""
    resolver = Resolver(session, path_prefix, rows=None if batch is None else batch.rows)
    agg.apply(session, row, data, resolver)
    raise_if_invalid(resolver.issues)
    if agg.finish is not None:
        agg.finish(row)


def _record_history(
    session: Session, agg: Aggregate[Any, Any], row: Any, before: Any, *, author: str, restamp: bool,
    batch: Batch | None, restored: bool,
) -> None:  # fmt: skip
    """The creation (or restoration), or each field changed, in the history (the batch's when there is
    one); an update that changed something is dated now unless the caller gave the dates (`restamp` False)."""
    into = batch.history if batch is not None else None
    after = agg.to_record(row)
    if before is None:
        record_created(session, author=author, subject=agg.subject(row), created=after, into=into, restored=restored)
    elif (
        record_changes(session, author=author, subject=agg.subject(row), before=before, after=after, into=into)
        and restamp
    ):
        row.updated_at = utcnow()


def delete(session: Session, agg: Aggregate[I, R], *, author: str, uid: str) -> R:
    row = get_by_uid(session, agg.model, uid, agg.kind)
    gone = agg.to_record(row)
    record(session, author=author, action=HistoryAction.DELETE, subject=agg.subject(row), old=gone)
    session.delete(row)
    return gone
