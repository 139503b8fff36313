"""Create / update / delete for the simpler aggregates (controllers, measures, subprocessors): one
code path that validates, writes, stamps and records history in the caller's session."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.services.common import Resolver, get_by_uid, raise_if_invalid
from register_app.services.history import Subject, record, record_changes, record_created
from register_app.services.validation import Issue

I = TypeVar("I")  # noqa: E741 - the input record type
R = TypeVar("R")


@dataclass(frozen=True)
class Aggregate(Generic[I, R]):
    kind: str
    model: type[Any]
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
) -> Any:
    """Create (row None) or update one object; raises ValidationFailed listing every issue."""
    issues = agg.validate(data)
    if agg.prepare is not None:
        data, more = agg.prepare(session, data, row)
        issues += more
    raise_if_invalid([dataclasses.replace(i, field=path_prefix + i.field) for i in issues])
    before = agg.to_record(row) if row is not None else None
    if row is None:
        row = agg.model(uid=uid) if uid else agg.model()
        session.add(row)
    resolver = Resolver(session, path_prefix)
    agg.apply(session, row, data, resolver)
    raise_if_invalid(resolver.issues)
    if agg.finish is not None:
        agg.finish(row)
    if timestamps:
        row.created_at, row.updated_at = timestamps
    elif before is None:
        row.created_at = row.updated_at = utcnow()
    session.flush()
    after = agg.to_record(row)
    if before is None:
        record_created(session, author=author, subject=agg.subject(row), created=after)
    elif (
        record_changes(session, author=author, subject=agg.subject(row), before=before, after=after) and not timestamps
    ):
        row.updated_at = utcnow()
    return row


def delete(session: Session, agg: Aggregate[I, R], *, author: str, uid: str) -> R:
    row = get_by_uid(session, agg.model, uid, agg.kind)
    gone = agg.to_record(row)
    record(session, author=author, action=HistoryAction.DELETE, subject=agg.subject(row), old=gone)
    session.delete(row)
    return gone
