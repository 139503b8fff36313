"""Nothing deleted for good: the history keeps each deleted activity, subprocessor and measure (the
deletion entry holds the record as it was, and the links other objects lost are recorded right
after it), so they can be listed and restored with their links, even after the register was closed.
A link to an object that no longer exists is reported, not invented."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.enums import HistoryAction
from register_app.errors import UserError
from register_app.services import activities, measures, subprocessors
from register_app.services import records as r
from register_app.services.common import get_by_uid
from register_app.services.mapping import activity_record, subprocessor_record
from register_app.services.writer import write
from register_app.store.register_file import RegisterFile

RESTORABLE: dict[str, tuple[type[Any], Any]] = {
    activities.KIND: (m.Activity, TypeAdapter(r.Activity)),
    subprocessors.SUBPROCESSORS.kind: (m.Subprocessor, TypeAdapter(r.Subprocessor)),
    measures.MEASURES.kind: (m.Measure, TypeAdapter(r.Measure)),
}


TRANSFER_LINK = re.compile(r"transfers\[(\d+)\]\.subprocessor_uid")  # the field of a transfer's lost link


class NotRestorableError(UserError):
    """{label} cannot be restored: the history holds no readable copy of it."""

    fr = "{label} ne peut pas être restauré : l'historique n'en garde pas de copie lisible."


@dataclass(frozen=True)
class DeletedItem:
    kind: str  # "activity", "subprocessor" or "measure"
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
    present = {kind: _uids(session, model) for kind, (model, _adapter) in RESTORABLE.items()}
    gone = [e for e in entries if e.object_uid not in present[e.object_kind]]
    return sorted(gone, key=lambda e: e.id, reverse=True)


def _uids(session: Session, model: type[Any]) -> set[str]:
    return set(session.scalars(select(model.uid)))


def list_deleted(register: RegisterFile) -> list[DeletedItem]:
    """The deleted activities, subprocessors and measures of this register, newest deletion first."""
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
            gone = RESTORABLE[kind][1].validate_json(entry.old_value or "")
        except ValidationError as exc:
            raise NotRestorableError(label=label) from exc
        holders = _lost_links(session, entry)
        existing = {k: _uids(session, model) for k, (model, _adapter) in RESTORABLE.items()}
        existing["controller"] = _uids(session, m.ExternalController)
        labels = _labels(session)
        missing: list[str] = []

        def keep(kind_: str, linked: str | None) -> bool:
            if linked is None or linked in existing[kind_]:
                return True
            missing.append(labels.get(linked, linked))
            return False

        author, stamps = register.author, (gone.created_at, gone.updated_at)
        if kind == activities.KIND:
            kept_activity = activities.input_of(_kept_activity_links(gone, keep))
            activities.write_activity(session, author=author, data=kept_activity, uid=uid, timestamps=stamps)
        elif kind == subprocessors.SUBPROCESSORS.kind:
            kept = dataclasses.replace(
                gone,
                uses_uids=tuple(u for u in gone.uses_uids if keep("subprocessor", u)),
                measure_uids=tuple(u for u in gone.measure_uids if keep("measure", u)),
            )
            held = r.input_part(kept, r.SubprocessorInput)
            write(session, subprocessors.SUBPROCESSORS, author=author, data=held, uid=uid, timestamps=stamps)
        else:
            measure = r.input_part(gone, r.MeasureInput)
            write(session, measures.MEASURES, author=author, data=measure, uid=uid, timestamps=stamps)
        relinked: list[str] = []
        for holder_kind, holder_uid, field, note in holders:
            if keep(holder_kind, holder_uid):
                _relink(session, author, holder_kind, holder_uid, field=field, target=uid, note=note)
                relinked.append(labels.get(holder_uid, holder_uid))
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


def _relink(session: Session, author: str, kind: str, uid: str, *, field: str, target: str, note: str) -> None:
    """Give back to an activity or a subprocessor its link to the restored object: an activity's
    subprocessor, the subprocessor named by one of its transfers (by position, unless another was
    named since) or a measure with its note; a subprocessor's measure or a subprocessor it uses."""
    if kind == activities.KIND:
        row = get_by_uid(session, m.Activity, uid, activities.KIND)
        activity = activities.input_of(activity_record(row))
        transfer = TRANSFER_LINK.fullmatch(field)
        if field == "subprocessor_uids":
            activity = dataclasses.replace(activity, subprocessor_uids=(*activity.subprocessor_uids, target))
        elif transfer is not None:
            activity = dataclasses.replace(activity, transfers=tuple(
                dataclasses.replace(t, subprocessor_uid=target)
                if i == int(transfer[1]) and t.subprocessor_uid is None else t
                for i, t in enumerate(activity.transfers)))  # fmt: skip
        else:
            link = r.MeasureLink(measure_uid=target, note=note)
            activity = dataclasses.replace(activity, measures=(*activity.measures, link))
        activities.write_activity(session, author=author, data=activity, row=row)
    else:
        held_row = get_by_uid(session, m.Subprocessor, uid, subprocessors.SUBPROCESSORS.kind)
        held = r.input_part(subprocessor_record(held_row), r.SubprocessorInput)
        if field == "uses_uids":
            held = dataclasses.replace(held, uses_uids=(*held.uses_uids, target))
        else:
            held = dataclasses.replace(held, measure_uids=(*held.measure_uids, target))
        write(session, subprocessors.SUBPROCESSORS, author=author, data=held, row=held_row)
