"""The journal as the register's memory: the state of every object after each transaction that
touched it, recorded in the transaction itself (see domain/history.py), so that the register can be
rebuilt as of any moment since its history is complete, and compared with what the file holds now.

Recorded before each commit (store/journal.py runs `record_states`), whatever wrote the change:
the services, an import's bulk rows, or a side effect (a suggested measure that becomes declared
when an activity ticks it gets its own `update` entry here)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import CursorResult, Table, func, insert, inspect, select, text, update
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.services import records as r
from register_app.services.history import LINK_FIELDS, Subject, as_text, record, record_changes
from register_app.services.mapping import (
    activity_record,
    breach_label,
    breach_record,
    controller_record,
    measure_record,
    organisation_record,
    request_label,
    request_record,
    subprocessor_record,
)
from register_app.services.snapshot import ACTIVITY_LOADS, snapshot_in
from register_app.store import journal as store_journal

if TYPE_CHECKING:
    from pydantic import TypeAdapter

ORGANISATION_UID = "organisation"  # the organisation's subject in the history (services/organisation.py)
DISMISSALS_FIELD = "dismissed_findings"  # services/checks/dismissals.py records dismissals under it
DISMISSALS_SUBJECT = Subject("register", "dismissed_findings", "")
DISMISSALS_KEY = (DISMISSALS_SUBJECT.kind, DISMISSALS_SUBJECT.uid)
BULK_READ = 2000  # above this many objects in one transaction, read the whole register at once
CHUNK = 500  # uids per IN (...) query


@dataclass(frozen=True)
class Kind:
    """An object kind the journal keeps the state of."""

    model: type[Any]
    to_record: Callable[[Any], Any]
    record: type  # its shape in services.records, read and written through records.adapter
    label: Callable[[Any], str]

    @property
    def adapter(self) -> TypeAdapter[Any]:
        return r.adapter(self.record)


KINDS: dict[str, Kind] = {
    "activity": Kind(m.Activity, activity_record, r.Activity, lambda a: f"{a.reference} {a.name}"),
    "subprocessor": Kind(m.Subprocessor, subprocessor_record, r.Subprocessor, lambda s: s.name),
    "measure": Kind(m.Measure, measure_record, r.Measure, lambda x: x.name),
    "controller": Kind(m.ExternalController, controller_record, r.Controller, lambda c: c.contact.name),
    "organisation": Kind(m.Organisation, organisation_record, r.Organisation, lambda o: o.identity.name),
    "breach": Kind(m.Breach, breach_record, r.Breach, breach_label),
    "rights_request": Kind(m.RightsRequest, request_record, r.RightsRequest, request_label),
}
DISMISSALS = tuple[r.DismissedFinding, ...]  # the dismissed findings' state (records.adapter reads it)
ObjectKey = tuple[str, str]  # (kind, uid)


def state_text(record: Any) -> str:
    """A record as the journal keeps it: JSON, its links to other objects in uid order (the register
    keeps no order for them; exports order them by name)."""
    links = {name: tuple(sorted(getattr(record, name))) for name in LINK_FIELDS if hasattr(record, name)}
    if hasattr(record, "measures"):
        links["measures"] = tuple(sorted(record.measures, key=lambda link: link.measure_uid))
    return as_text(dataclasses.replace(record, **links)) or ""


def _key_of(row: Any) -> ObjectKey | None:
    for name, kind in KINDS.items():
        if isinstance(row, kind.model):
            return (name, ORGANISATION_UID) if name == "organisation" else (name, row.uid)
    return None


def _row(session: Session, key: ObjectKey) -> Any:
    kind, uid = key
    if kind == "organisation":
        return session.get(m.Organisation, 1)
    return session.scalar(select(KINDS[kind].model).where(KINDS[kind].model.uid == uid))


def last_states(session: Session, keys: Iterable[ObjectKey] | None = None) -> dict[ObjectKey, str | None]:
    """The last recorded state of each object (None once deleted): of `keys`, or of every object."""
    h = m.HistoryEntry
    wanted = set(keys) if keys is not None else None
    latest = (
        select(func.max(h.id))
        .where((h.state.is_not(None)) | (h.action == HistoryAction.DELETE), h.field != DISMISSALS_FIELD)
        .group_by(h.object_kind, h.object_uid)
    )
    if wanted is not None and len(wanted) <= 500:  # a save's few objects: through the index on their uids
        latest = latest.where(h.object_uid.in_(sorted({uid for _, uid in wanted})))
    rows = session.execute(select(h.object_kind, h.object_uid, h.state).where(h.id.in_(latest)))
    return {
        (kind, uid): state for kind, uid, state in rows if kind in KINDS and (wanted is None or (kind, uid) in wanted)
    }


def last_entry_id(session: Session) -> int:
    """The id of the journal's last entry (0: none)."""
    return int(session.scalar(select(func.coalesce(func.max(m.HistoryEntry.id), 0))) or 0)


def journaled_since(session: Session, entry_id: int) -> set[ObjectKey]:
    """The objects (and the dismissals' subject) the journal recorded after entry `entry_id`."""
    h = m.HistoryEntry
    return {(kind, uid) for kind, uid in session.execute(select(h.object_kind, h.object_uid).where(h.id > entry_id))}


def last_dismissals(session: Session) -> str | None:
    """The dismissed findings as the journal last recorded them (None: never)."""
    h = m.HistoryEntry
    found = session.scalar(
        select(h.state).where(h.field == DISMISSALS_FIELD, h.state.is_not(None)).order_by(h.id.desc()).limit(1)
    )
    return str(found) if found is not None else None


def _current_states(
    session: Session, keys: set[ObjectKey], loaded: dict[ObjectKey, Any]
) -> dict[ObjectKey, str | None]:
    """The state of each object now, as the journal records it (None if it no longer exists).
    `loaded`: the objects the session wrote through the ORM (up to date); the others were written
    by bulk statements, which the loaded objects do not see."""
    session.flush()
    if not keys <= set(loaded):
        session.expire_all()
        loaded = {}
    if len(keys) > BULK_READ:  # the records of the whole register, but only those wanted written as text
        found = present_records(session)[1]
        return {key: state_text(found[key]) if key in found else None for key in keys}
    # the activities with every row their records read, in a few queries (a subprocessor renamed
    # rewrites the search text of the hundreds of activities it serves), rather than one per row;
    # those the session holds already get the rows they lack (a select of loaded rows fills only
    # what is not loaded, leaving what the transaction wrote as it is)
    uids = sorted(uid for kind, uid in keys if kind == "activity" and _lacks_rows(loaded.get((kind, uid))))
    activities: dict[ObjectKey, Any] = {("activity", row.uid): row for i in range(0, len(uids), CHUNK)
                                        for row in session.scalars(select(m.Activity)
                                                                   .where(m.Activity.uid.in_(uids[i : i + CHUNK]))
                                                                   .options(*ACTIVITY_LOADS))}  # fmt: skip
    states: dict[ObjectKey, str | None] = {}
    for key in keys:
        if key in loaded:
            row = loaded[key]
        elif key[0] == "activity":
            row = activities.get(key)
        else:
            row = _row(session, key)
        gone = row is None or inspect(row).was_deleted or inspect(row).deleted
        states[key] = None if gone else state_text(KINDS[key[0]].to_record(row))
    return states


def _lacks_rows(row: Any) -> bool:
    """Whether a row is not loaded or some of what its record reads is not."""
    return row is None or bool(inspect(row).unloaded)


def present_records(session: Session) -> tuple[r.Snapshot, dict[ObjectKey, Any]]:
    """The register now, and each of its objects' records by (kind, uid)."""
    snapshot = snapshot_in(session)
    found: dict[ObjectKey, Any] = {}
    if session.get(m.Organisation, 1) is not None:
        found[("organisation", ORGANISATION_UID)] = snapshot.organisation
    for kind, records in (
        ("activity", snapshot.activities), ("subprocessor", snapshot.subprocessors),
        ("measure", snapshot.measures), ("controller", snapshot.controllers),
        ("breach", snapshot.breaches), ("rights_request", snapshot.rights_requests),
    ):  # fmt: skip
        found.update({(kind, rec.uid): rec for rec in records})
    return snapshot, found


def _dismissals_state(session: Session) -> str:
    rows = session.scalars(
        select(m.DismissedFinding).order_by(
            m.DismissedFinding.code, m.DismissedFinding.object_uid, m.DismissedFinding.field
        )
    )
    return (
        as_text(
            [
                r.DismissedFinding(
                    code=d.code, object_uid=d.object_uid, field=d.field, reason=d.reason, author=d.author, at=d.at
                )
                for d in rows
            ]
        )
        or "[]"
    )


def _written_since(session: Session, start: int) -> tuple[dict[ObjectKey, int], int | None, set[int]]:
    """The id of the last entry this transaction wrote about each object, and about dismissals; and
    the ids of the entries written with their state already (the baseline's)."""
    rows = session.execute(
        text("SELECT id, object_kind, object_uid, field, state IS NOT NULL FROM history WHERE id > :start ORDER BY id"),
        {"start": start},
    )
    last: dict[ObjectKey, int] = {}
    dismissal: int | None = None
    stated: set[int] = set()
    for entry_id, kind, uid, field, has_state in rows:
        if has_state:
            stated.add(entry_id)
        if field == DISMISSALS_FIELD:
            dismissal = entry_id
        elif kind in KINDS:
            last[(kind, uid)] = entry_id
    return last, dismissal, stated


def record_states(session: Session, start: int) -> None:
    """Give the last entry this transaction wrote about each object the object's state after the
    transaction; record an entry for a change nothing recorded (a side effect)."""
    touched = store_journal.touched_objects(session)
    session.flush()
    last, last_dismissal, stated = _written_since(session, start)
    loaded = {key: row for row in touched if (key := _key_of(row)) is not None}
    keys = set(loaded)
    dismissals_changed = any(isinstance(row, m.DismissedFinding) for row in touched)
    # an entry written with the state it records, about an object nothing else changed, is complete
    last = {key: entry_id for key, entry_id in last.items() if key in keys or entry_id not in stated}
    if last_dismissal in stated and not dismissals_changed:
        last_dismissal = None
    if not keys and not last and not dismissals_changed and last_dismissal is None:
        return
    author = str(session.info.get("author", ""))
    current = _current_states(session, keys | set(last), loaded)
    unrecorded = keys - set(last)
    before = last_states(session, unrecorded) if unrecorded else {}
    changed = [key for key in sorted(unrecorded) if before.get(key) != current[key]]  # touched and changed
    for key in changed:
        _record_side_effect(session, author, key, before.get(key), current[key])
    dismissed = _dismissals_state(session) if dismissals_changed or last_dismissal is not None else None
    recorded = last_dismissals(session) or "[]" if dismissed is not None and last_dismissal is None else None
    new_dismissals = recorded is not None and dismissed != recorded
    if new_dismissals:
        record(session, author=author, action=HistoryAction.UPDATE, subject=DISMISSALS_SUBJECT, field=DISMISSALS_FIELD)
    if changed or new_dismissals:
        session.flush()
        last, last_dismissal, _stated = _written_since(session, start)
    updates = [{"id": entry_id, "state": current[key]} for key, entry_id in last.items()]
    if dismissed is not None and last_dismissal is not None:
        updates.append({"id": last_dismissal, "state": dismissed})
    if updates:
        session.execute(text("UPDATE history SET state = :state WHERE id = :id"), updates)


def _record_side_effect(session: Session, author: str, key: ObjectKey, old: str | None, new: str | None) -> None:
    kind = KINDS[key[0]]
    if new is None:
        subject = Subject(key[0], key[1], key[1])
        record(session, author=author, action=HistoryAction.DELETE, subject=subject, old=old)
        return
    after = kind.adapter.validate_json(new)
    subject = Subject(key[0], key[1], kind.label(after))
    if old is None:
        record(session, author=author, action=HistoryAction.BASELINE, subject=subject)
        return
    previous = kind.adapter.validate_json(old)
    if not record_changes(session, author=author, subject=subject, before=previous, after=after):
        record(session, author=author, action=HistoryAction.UPDATE, subject=subject, field="updated_at",
               old=previous.updated_at, new=after.updated_at)  # fmt: skip


def baseline_entries(session: Session, *, author: str) -> list[dict[str, Any]] | None:
    """The entries recording the present state of every object the journal holds no state of (a
    register from before states were journaled); None when the journal is complete already. Reads
    only: the long part of the baseline, which `write_baseline` then records in a short write."""
    seal = session.get(m.HistorySeal, 1)
    if seal is None or seal.complete_from is not None:
        return None
    known = last_states(session)
    snapshot, present = present_records(session)
    entries = [
        _baseline_entry(author, key, KINDS[key[0]].label(rec), state_text(rec))
        for key, rec in present.items()
        if key not in known
    ]
    if snapshot.dismissed_findings and last_dismissals(session) is None:
        entries.append(_baseline_entry(author, DISMISSALS_KEY, "",
                                       as_text(list(snapshot.dismissed_findings)), field=DISMISSALS_FIELD))  # fmt: skip
    return entries


def _baseline_entry(author: str, key: ObjectKey, label: str, state: str | None, field: str = "") -> dict[str, Any]:
    return {
        "author": author, "action": HistoryAction.BASELINE, "object_kind": key[0], "object_uid": key[1],
        "object_label": label, "field": field, "old_value": None, "new_value": None, "state": state,
    }  # fmt: skip


def write_baseline(session: Session, entries: list[dict[str, Any]]) -> int:
    """Record the baseline's entries and mark the journal complete from now, in one short write;
    returns how many were recorded. Its first statement claims the seal: from there no other writer
    commits until this one does, so an object the app journaled since `baseline_entries` read it
    keeps the state it was saved with (its entry is not overwritten by an older one)."""
    now = utcnow()
    seal = cast(Table, m.HistorySeal.__table__)
    claimed = session.execute(
        update(seal).where(seal.c.id == 1, seal.c.complete_from.is_(None)).values(complete_from=now)
    )
    if cast(CursorResult[Any], claimed).rowcount == 0:
        return 0  # recorded meanwhile (another window, another command)
    known = last_states(session)
    has_dismissals = last_dismissals(session) is not None
    missing = [
        {**entry, "at": now}
        for entry in entries
        if ((entry["object_kind"], entry["object_uid"]) not in known and entry["field"] != DISMISSALS_FIELD)
        or (entry["field"] == DISMISSALS_FIELD and not has_dismissals)
    ]
    if missing:
        session.execute(insert(cast(Table, m.HistoryEntry.__table__)), missing)
    return len(missing)


def parse_state(kind: str, state: str) -> Any:
    """The record a journaled state holds."""
    return KINDS[kind].adapter.validate_json(state)


def parse_dismissals(state: str | None) -> tuple[r.DismissedFinding, ...]:
    return r.adapter(DISMISSALS).validate_python(json.loads(state)) if state else ()


store_journal.add_recorder(record_states)
