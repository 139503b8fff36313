"""Nothing deleted for good: the history keeps each deleted activity, subprocessor, measure, breach
and rights request (the deletion entry holds the record as it was, and the links other objects lost
are recorded right after it), so they can be listed and restored with their links, even after the
register was closed.
A link to an object that no longer exists is reported, not invented."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.enums import HistoryAction
from register_app.errors import UserError
from register_app.services import activities, breaches, measures, rights_requests, subprocessors
from register_app.services import records as r
from register_app.services.aggregate_writes import Aggregate
from register_app.services.changes import Restore, Revise, Step, apply_in
from register_app.services.common import get_by_uid
from register_app.store.register_file import RegisterFile

# Each restorable kind: its aggregate, and its record (read back from the history through records.adapter).
RESTORABLE: dict[str, tuple[Aggregate[Any, Any], type]] = {
    activities.KIND: (activities.ACTIVITIES, r.Activity),
    subprocessors.SUBPROCESSORS.kind: (subprocessors.SUBPROCESSORS, r.Subprocessor),
    measures.MEASURES.kind: (measures.MEASURES, r.Measure),
    breaches.BREACHES.kind: (breaches.BREACHES, r.Breach),
    rights_requests.RIGHTS_REQUESTS.kind: (rights_requests.RIGHTS_REQUESTS, r.RightsRequest),
}


TRANSFER_LINK = re.compile(r"transfers\[(\d+)\]\.subprocessor_uid")  # the field of a transfer's lost link


class NotRestorableError(UserError):
    """{label} cannot be restored: the history holds no readable copy of it."""

    fr = "{label} ne peut pas être restauré : l'historique n'en garde pas de copie lisible."


@dataclass(frozen=True)
class DeletedItem:
    kind: str  # "activity", "subprocessor", "measure", "breach" or "rights_request"
    uid: str
    label: str
    deleted_at: datetime
    deleted_by: str


@dataclass(frozen=True)
class Restored:
    kind: str
    uid: str
    label: str
    relinked: tuple[str, ...]  # labels of the objects linked again to the restored one
    missing: tuple[str, ...]  # labels of linked objects that no longer exist: links left out


def _deletions(session: Session) -> list[m.HistoryEntry]:
    """The latest deletion entry of each restorable object that does not exist now, newest first."""
    latest = (
        select(func.max(m.HistoryEntry.id))
        .where(m.HistoryEntry.action == HistoryAction.DELETE, m.HistoryEntry.object_kind.in_(RESTORABLE))
        .group_by(m.HistoryEntry.object_uid)
    )
    entries = session.scalars(select(m.HistoryEntry).where(m.HistoryEntry.id.in_(latest))).all()
    present = {kind: _uids(session, agg.model) for kind, (agg, _record) in RESTORABLE.items()}
    gone = [e for e in entries if e.object_uid not in present[e.object_kind]]
    return sorted(gone, key=lambda e: e.id, reverse=True)


def _uids(session: Session, model: type[Any]) -> set[str]:
    return set(session.scalars(select(model.uid)))


def list_deleted(register: RegisterFile) -> list[DeletedItem]:
    """The deleted objects of this register (RESTORABLE's kinds), newest deletion first."""
    with register.session() as session:
        return [DeletedItem(e.object_kind, e.object_uid, e.object_label, e.at, e.author) for e in _deletions(session)]


def restore_deleted(register: RegisterFile, *, uid: str) -> Restored:
    """Bring back a deleted object as it was when deleted, with its own links and the links other
    objects held to it, wherever the linked object still exists; in one transaction."""
    with register.session() as session:
        entry = next((e for e in _deletions(session) if e.object_uid == uid), None)
        if entry is None:
            raise NotRestorableError(label=uid)
        kind, label = entry.object_kind, entry.object_label
        try:
            gone = r.adapter(RESTORABLE[kind][1]).validate_json(entry.old_value or "")
        except ValidationError as exc:
            raise NotRestorableError(label=label) from exc
        holders = _lost_links(session, entry)
        existing = {k: _uids(session, agg.model) for k, (agg, _record) in RESTORABLE.items()}
        existing["controller"] = _uids(session, m.ExternalController)
        labels = _labels(session)
        missing: list[str] = []

        def keep(kind_: str, linked: str | None) -> bool:
            if linked is None or linked in existing[kind_]:
                return True
            missing.append(labels.get(linked, linked))
            return False

        if kind == activities.KIND:
            kept = _kept_activity_links(gone, keep)
        elif kind == subprocessors.SUBPROCESSORS.kind:
            kept = dataclasses.replace(
                gone,
                uses_uids=tuple(u for u in gone.uses_uids if keep("subprocessor", u)),
                measure_uids=tuple(u for u in gone.measure_uids if keep("measure", u)),
            )
        elif kind == breaches.BREACHES.kind:
            kept = dataclasses.replace(
                gone,
                activity_uids=tuple(u for u in gone.activity_uids if keep("activity", u)),
                subprocessor_uids=tuple(u for u in gone.subprocessor_uids if keep("subprocessor", u)),
            )
        else:
            kept = gone
        steps: list[Step] = [Restore(RESTORABLE[kind][0], kept)]
        relinked: list[str] = []
        held_by: dict[str, tuple[Aggregate[Any, Any], Any]] = {}  # one revision per holder
        for holder_kind, holder_uid, field, note in holders:
            if keep(holder_kind, holder_uid):
                agg, held = held_by.get(holder_uid) or _held(session, holder_kind, holder_uid)
                held_by[holder_uid] = (agg, _relinked(held, field=field, target=uid, note=note))
                relinked.append(labels.get(holder_uid, holder_uid))
        steps += [Revise(agg, holder_uid, held) for holder_uid, (agg, held) in held_by.items()]
        apply_in(session, register.author, tuple(steps))
    return Restored(kind, uid, label, tuple(dict.fromkeys(relinked)), tuple(dict.fromkeys(missing)))


def _kept_activity_links(gone: r.Activity, keep: Callable[[str, str | None], bool]) -> r.Activity:
    transfers = tuple(t if keep("subprocessor", t.subprocessor_uid) else dataclasses.replace(t, subprocessor_uid=None)
                      for t in gone.transfers)  # fmt: skip
    return dataclasses.replace(
        gone,
        subprocessor_uids=tuple(u for u in gone.subprocessor_uids if keep("subprocessor", u)),
        measures=tuple(link for link in gone.measures if keep("measure", link.measure_uid)),
        joint_controller_uids=tuple(u for u in gone.joint_controller_uids if keep("controller", u)),
        client_uid=gone.client_uid if keep("controller", gone.client_uid) else None,
        transfers=transfers,
    )


def _lost_links(session: Session, deletion: m.HistoryEntry) -> list[tuple[str, str, str, str]]:
    """(kind, uid, field, note) of each object that lost its link to the deleted one: the unlink
    entries written right after the deletion, in the same transaction (a measure link's note is the
    entry's new value)."""
    following = session.scalars(
        select(m.HistoryEntry).where(m.HistoryEntry.id > deletion.id).order_by(m.HistoryEntry.id)
    )
    found = []
    for entry in following:
        if entry.action != HistoryAction.UNLINK or entry.old_value != deletion.object_uid:
            break
        found.append((entry.object_kind, entry.object_uid, entry.field, entry.new_value or ""))
    return found


def _labels(session: Session) -> dict[str, str]:
    """The last known label of every object the history names."""
    latest = select(func.max(m.HistoryEntry.id)).group_by(m.HistoryEntry.object_uid)
    rows = session.execute(
        select(m.HistoryEntry.object_uid, m.HistoryEntry.object_label).where(m.HistoryEntry.id.in_(latest))
    )
    return {uid: label for uid, label in rows}  # noqa: C416 (rows are Row objects, not pairs, for mypy)


def _held(session: Session, kind: str, uid: str) -> tuple[Aggregate[Any, Any], Any]:
    """An activity's, a subprocessor's or a breach's editable part, as it is now."""
    agg = RESTORABLE[kind][0]
    return agg, r.input_part(agg.to_record(get_by_uid(session, agg.model, uid, kind)), agg.input_type)


def _relinked(held: Any, *, field: str, target: str, note: str) -> Any:
    """`held` with its link to the restored object given back: an activity's subprocessor, the
    subprocessor named by one of its transfers (by position, unless another was named since) or a
    measure with its note; a subprocessor's measure or a subprocessor it uses; a breach's activity or
    subprocessor."""
    transfer = TRANSFER_LINK.fullmatch(field)
    if field in ("subprocessor_uids", "measure_uids", "uses_uids", "activity_uids"):
        held = dataclasses.replace(held, **{field: (*getattr(held, field), target)})
    elif transfer is not None:
        held = dataclasses.replace(held, transfers=tuple(
            dataclasses.replace(t, subprocessor_uid=target)
            if i == int(transfer[1]) and t.subprocessor_uid is None else t
            for i, t in enumerate(held.transfers)))  # fmt: skip
    else:
        held = dataclasses.replace(held, measures=(*held.measures, r.MeasureLink(measure_uid=target, note=note)))
    return held
