"""History from day one: each change is recorded in the same transaction as the change itself."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from enum import Enum
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.domain.models import HistoryEntry
from register_app.services.records import HistoryItem
from register_app.store.register_file import RegisterFile

# Fields holding lists of linked objects: their changes are recorded as link / unlink.
LINK_FIELDS = {"subprocessor_uids", "joint_controller_uids", "uses_uids", "measure_uids", "activity_uids"}
IDENTITY_FIELDS = {"uid", "created_at", "updated_at"}


def plain(value: Any) -> Any:
    """A JSON-compatible form of a record value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(plain(value), ensure_ascii=False, sort_keys=True)


@dataclasses.dataclass(frozen=True)
class Subject:
    """The object a history entry is about."""

    kind: str
    uid: str
    label: str


class PendingHistory:
    """History entries kept in order and written in one statement at the end: an import records
    one entry per object and per link, tens of thousands for a large register."""

    def __init__(self) -> None:
        self.entries: list[dict[str, Any]] = []

    def write(self, session: Session) -> None:
        """Insert the entries kept so far (after anything the session has pending)."""
        session.flush()
        if self.entries:
            session.execute(insert(cast(Table, HistoryEntry.__table__)), self.entries)
            self.entries = []


def record(
    session: Session,
    *,
    author: str,
    action: HistoryAction,
    subject: Subject,
    field: str = "",
    old: Any = None,
    new: Any = None,
    into: PendingHistory | None = None,
) -> None:
    """Record one entry: in the session, or kept in `into` to be written later."""
    entry = {
        "at": utcnow(),
        "author": author,
        "action": action,
        "object_kind": subject.kind,
        "object_uid": subject.uid,
        "object_label": subject.label,
        "field": field,
        "old_value": as_text(old),
        "new_value": as_text(new),
    }
    if into is None:
        session.add(HistoryEntry(**entry))
    else:
        into.entries.append(entry)


def record_changes(
    session: Session, *, author: str, subject: Subject, before: Any, after: Any, into: PendingHistory | None = None
) -> int:
    """Record one entry per field that differs between two records of the same input type;
    returns how many fields changed."""
    changed = 0
    for f in dataclasses.fields(after):
        if f.name in IDENTITY_FIELDS:
            continue
        old, new = getattr(before, f.name), getattr(after, f.name)
        if old == new:
            continue
        changed += 1
        if f.name in LINK_FIELDS:
            _record_links(
                session,
                author=author,
                subject=subject,
                field=f.name,
                old=dict.fromkeys(old, ""),
                new=dict.fromkeys(new, ""),
                into=into,
            )
        elif f.name == "measures":
            old_notes = {link.measure_uid: link.note for link in old}
            new_notes = {link.measure_uid: link.note for link in new}
            _record_links(
                session, author=author, subject=subject, field=f.name, old=old_notes, new=new_notes, into=into
            )
        else:
            record(session, author=author, action=HistoryAction.UPDATE, subject=subject, field=f.name,
                   old=old, new=new, into=into)  # fmt: skip
    return changed


def _record_links(
    session: Session,
    *,
    author: str,
    subject: Subject,
    field: str,
    old: dict[str, str],
    new: dict[str, str],
    into: PendingHistory | None,
) -> None:
    """Link / unlink entries for uids added or removed; an update where only the link's note changed."""
    for uid, note in new.items():
        if uid not in old:
            record(session, author=author, action=HistoryAction.LINK, subject=subject, field=field, new=uid, into=into)
        elif old[uid] != note:
            record(session, author=author, action=HistoryAction.UPDATE, subject=subject,
                   field=f"{field}[{uid}].note", old=old[uid], new=note, into=into)  # fmt: skip
    for uid in old:
        if uid not in new:
            record(session, author=author, action=HistoryAction.UNLINK, subject=subject, field=field, old=uid,
                   into=into)  # fmt: skip


def record_created(
    session: Session,
    *,
    author: str,
    subject: Subject,
    created: Any,
    into: PendingHistory | None = None,
    restored: bool = False,
) -> None:
    """A creation entry (a restoration's, `restored`), then one link entry per object the new record
    is linked to. `created` is read for its link fields only (any object with those attributes will do)."""
    action = HistoryAction.RESTORE if restored else HistoryAction.CREATE
    record(session, author=author, action=action, subject=subject, new=subject.label, into=into)
    for name in sorted(LINK_FIELDS):
        for uid in getattr(created, name, ()):
            record(session, author=author, action=HistoryAction.LINK, subject=subject, field=name, new=uid, into=into)
    for link in getattr(created, "measures", ()):
        record(session, author=author, action=HistoryAction.LINK, subject=subject, field="measures",
               new=link.measure_uid, into=into)  # fmt: skip


def object_history(register: RegisterFile, *, uid: str) -> list[HistoryItem]:
    """Every recorded change of one object, oldest first."""
    with register.session() as session:
        rows = session.scalars(
            select(HistoryEntry).where(HistoryEntry.object_uid == uid).order_by(HistoryEntry.id)
        ).all()
        return [_item(row) for row in rows]


def recent_history(register: RegisterFile, *, limit: int = 200) -> list[HistoryItem]:
    """The latest changes, newest first (the states recorded when an older register was first opened
    are not changes: left out)."""
    with register.session() as session:
        rows = session.scalars(
            select(HistoryEntry)
            .where(HistoryEntry.action != HistoryAction.BASELINE)
            .order_by(HistoryEntry.id.desc())
            .limit(limit)
        ).all()
        return [_item(row) for row in rows]


def search_history(
    register: RegisterFile,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    author: str | None = None,
    object_uid: str | None = None,
    field: str | None = None,
    limit: int | None = 5000,
) -> list[HistoryItem]:
    """The register-wide history filtered by period, author, object and field, newest first
    (recorded baseline states left out; `limit` None: every entry). The one reader of the journal
    for the screens: plain rows, not ORM objects, as a journal runs to tens of thousands of entries."""
    h = HistoryEntry
    query = select(h.id, h.at, h.author, h.action, h.object_kind, h.object_uid, h.object_label, h.field,
                   h.old_value, h.new_value).where(h.action != HistoryAction.BASELINE)  # fmt: skip
    if since is not None:
        query = query.where(h.at >= since)
    if until is not None:
        query = query.where(h.at <= until)
    if author is not None:
        query = query.where(h.author == author)
    if object_uid is not None:
        query = query.where(h.object_uid == object_uid)
    if field is not None:
        query = query.where(h.field == field)
    query = query.order_by(h.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with register.session() as session:
        rows = session.execute(query).all()
    return [
        HistoryItem(at, author_, action.value, kind, uid, label, field_, old, new, entry_id)
        for entry_id, at, author_, action, kind, uid, label, field_, old, new in rows
    ]


def _item(row: HistoryEntry) -> HistoryItem:
    return HistoryItem(
        at=row.at,
        author=row.author,
        action=row.action.value,
        object_kind=row.object_kind,
        object_uid=row.object_uid,
        object_label=row.object_label,
        field=row.field,
        old_value=row.old_value,
        new_value=row.new_value,
        entry_id=row.id,
    )


# The journal's state recorder runs before every commit of a register's session: imported here, with
# the history every writer imports, so that no write goes unrecorded.
from register_app.services import journal as _journal  # noqa: E402, F401
