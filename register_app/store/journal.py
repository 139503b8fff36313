"""The journal's seal: each history entry carries a SHA-256 over a canonical form of the entry and
the previous entry's hash, so an entry changed, removed or moved after it was written breaks the
chain from there on.

Entries are sealed when the transaction that wrote them commits: the sessions of a register run
`seal_transaction` before each commit (after the state recorders the services register, which
complete the transaction's entries). Only entries written in that transaction are sealed: an entry
slipped into the file by another program stays unsealed, and `first_broken_link` reports it.

The canonical form is frozen: a register sealed with it is verified with it. It reads the columns
as SQLite stores them (text; a PostgreSQL moment is written as SQLite writes it), so the same
bytes are hashed whoever reads them, and a register copied between the two still verifies."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, event, insert, text
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker

from register_app.domain.base import utcnow
from register_app.domain.history import HistorySeal

CHAINED_COLUMNS = (
    "id", "at", "author", "action", "object_kind", "object_uid", "object_label", "field", "old_value", "new_value",
    "state",
)  # fmt: skip
GENESIS = "0" * 64
# Where a session keeps the last history id that existed when its transaction began, and the ORM
# objects its flushes added, changed or deleted (for the recorders: a side effect such as a
# suggested measure becoming declared when an activity ticks it writes no entry of its own).
START_KEY = "history_start_id"
TOUCHED_KEY = "history_touched"
WROTE_KEY = "history_wrote"  # in a connection's info: whether its transaction has written anything

# Run before sealing, in registration order, with the session and the id after which this
# transaction's entries start: the services' recorders of object states.
Recorder = Callable[[Session, int], None]
RECORDERS: list[Recorder] = []


def add_recorder(recorder: Recorder) -> None:
    if recorder not in RECORDERS:
        RECORDERS.append(recorder)


def _as_stored(value: Any) -> Any:
    """A column's value as SQLite stores it: PostgreSQL gives a moment back as a datetime (in the
    session's time zone), SQLite as the text of its UTC value with microseconds."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, datetime) else value


def entry_hash(previous: str, row: Any) -> str:
    """SHA-256 (hex) of the previous hash and the entry's chained columns, as canonical JSON."""
    values = [previous, *(_as_stored(row[i]) for i in range(len(CHAINED_COLUMNS)))]
    canonical = json.dumps(values, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


_SELECT = "SELECT " + ", ".join(CHAINED_COLUMNS) + ", hash FROM history"


def _rows(connection: Connection, after_id: int) -> Iterator[Any]:
    return iter(connection.execute(text(_SELECT + " WHERE id > :after ORDER BY id"), {"after": after_id}))


def _last_hash(connection: Connection, upto_id: int) -> str:
    found = connection.execute(
        text("SELECT hash FROM history WHERE id <= :upto AND hash IS NOT NULL ORDER BY id DESC LIMIT 1"),
        {"upto": upto_id},
    ).scalar()
    return str(found) if found else GENESIS


def seal_after(connection: Connection, after_id: int) -> int:
    """Seal every entry whose id is above `after_id`, chained to the last sealed entry before
    them; returns how many were sealed."""
    previous = _last_hash(connection, after_id)
    updates = []
    for row in _rows(connection, after_id):
        previous = entry_hash(previous, row)
        updates.append({"id": row[0], "hash": previous})
    if updates:
        connection.execute(text("UPDATE history SET hash = :hash WHERE id = :id"), updates)
    return len(updates)


@dataclass(frozen=True)
class BrokenLink:
    """The first entry whose hash does not follow from the entries before it."""

    entry_id: int
    at: str
    object_label: str
    reason: str  # "unsealed" (no hash), "altered" (hash does not match: changed, removed before or reordered)


def first_broken_link(connection: Connection, *, from_id: int = 1) -> tuple[BrokenLink | None, int]:
    """Walk the chain from the first sealed entry; returns the first broken link (None if the chain
    holds) and how many entries were checked."""
    previous = _last_hash(connection, from_id - 1)
    checked = 0
    for row in _rows(connection, from_id - 1):
        checked += 1
        stored = row[len(CHAINED_COLUMNS)]
        if stored is None:
            return BrokenLink(row[0], str(row[1]), str(row[6]), "unsealed"), checked
        expected = entry_hash(previous, row)
        if stored != expected:
            return BrokenLink(row[0], str(row[1]), str(row[6]), "altered"), checked
        previous = stored
    return None, checked


def _remember_start(session: Session, transaction: SessionTransaction, connection: Connection) -> None:
    if START_KEY not in session.info:
        connection.info[WROTE_KEY] = False
        session.info[START_KEY] = connection.execute(text("SELECT coalesce(max(id), 0) FROM history")).scalar_one()


def _note_write(connection: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
    if statement.lstrip()[:6].upper() != "SELECT":
        connection.info[WROTE_KEY] = True


def seal_transaction(session: Session) -> None:
    """Complete and seal the entries this session's transaction wrote (before it commits). What is
    still pending is flushed first: the commit would write it after the recorders ran, unjournaled
    (and `verify` would then report the app's own change as one made outside it)."""
    session.flush()
    start = session.info.pop(START_KEY, None)
    if start is None or not session.connection().info.get(WROTE_KEY, True):
        # A session that only read has nothing to seal. What the journal gained since it began is
        # another session's, committed meanwhile (a read outside a transaction sees it): its recorders
        # would take those entries for this session's own, rewrite their states and expire the rows read.
        return
    for recorder in RECORDERS:
        recorder(session, start)
    session.flush()
    session.info.pop(TOUCHED_KEY, None)
    seal_after(session.connection(), start)


def _forget_start(session: Session, *_args: Any) -> None:
    session.info.pop(START_KEY, None)
    session.info.pop(TOUCHED_KEY, None)


def _collect_touched(session: Session, *_args: Any) -> None:
    touched = session.info.setdefault(TOUCHED_KEY, [])
    touched.extend(session.new)
    touched.extend(session.dirty)
    touched.extend(session.deleted)


def touched_objects(session: Session) -> list[Any]:
    """The ORM objects this transaction's flushes added, changed or deleted (and forget them)."""
    return list(session.info.pop(TOUCHED_KEY, ()))


def install(factory: sessionmaker[Session]) -> None:
    """Make every session of `factory` seal the journal entries it writes."""
    engine = factory.kw["bind"]
    if not event.contains(engine, "before_cursor_execute", _note_write):
        event.listen(engine, "before_cursor_execute", _note_write)
    event.listen(factory, "after_begin", _remember_start)
    event.listen(factory, "before_flush", _collect_touched)
    event.listen(factory, "before_commit", seal_transaction)
    event.listen(factory, "after_rollback", _forget_start)


def start_seal(engine: Engine, *, complete: bool) -> None:
    """Record that the journal is chained from now on (and, for a register with nothing in it yet,
    complete from now on: every object it will hold is journaled from its creation)."""
    with engine.begin() as connection:
        insert_seal(connection, complete=complete)


def insert_seal(connection: Connection, *, complete: bool) -> None:
    now = utcnow()
    first = connection.execute(text("SELECT coalesce(min(id), 1) FROM history")).scalar_one()
    connection.execute(
        insert(cast(Table, HistorySeal.__table__)).values(id=1, chained_at=now, chained_from_id=first,
                                             complete_from=now if complete else None)
    )  # fmt: skip
