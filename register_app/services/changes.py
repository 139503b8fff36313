"""Undoable changes to the register: each is a list of steps applied in one transaction, which
returns its inverse — the steps that put back what it changed, computed with queries in the same
session. Applying the inverse returns the change again (redo), so undo needs nothing else.

Deleting an object returns as inverse its restoration (same identifier and dates) followed by the
objects that linked to it as they were (activities, subprocessors, breaches); saving an activity or
a subprocessor declares the catalogue suggestions it applies, and the inverse makes them suggestions
again."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Row, Table, or_, select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.enums import MeasureStatus
from register_app.errors import NotFoundError
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, remove_activity
from register_app.services.aggregate_writes import Aggregate, delete, write
from register_app.services.breaches import BREACHES
from register_app.services.common import get_by_uid
from register_app.services.conflicts import DeleteConflict, refuse_if_changed, refuse_if_organisation_changed
from register_app.services.mapping import measure_record, organisation_record
from register_app.services.measures import MEASURES, remove_measure
from register_app.services.organisation import CONTROLLERS, ORGANISATION_UID, write_organisation
from register_app.services.subprocessors import SUBPROCESSORS, remove_subprocessor, save_subprocessor
from register_app.store.register_file import RegisterFile

ORGANISATION = "organisation"  # the kind of the organisation's own record


@dataclass(frozen=True)
class Add:
    """Create an object from its input (the service gives it an identifier)."""

    agg: Aggregate[Any, Any]
    data: Any


@dataclass(frozen=True)
class Restore:
    """Bring back a deleted object as `record` holds it: identifier, dates and links."""

    agg: Aggregate[Any, Any]
    record: Any


@dataclass(frozen=True)
class Revise:
    """Give an existing object the editable part `data`; with `version` (the one the editor opened,
    services/conflicts.py), refused when someone else saved it since."""

    agg: Aggregate[Any, Any]
    uid: str
    data: Any
    version: int | None = None
    expected: Any = None  # an undo's: the editable part the edit left; anything else is someone else's change


@dataclass(frozen=True)
class Remove:
    """Delete an object; the objects linking to it lose their link. With `expected` (an undo's: the
    editable part the creation left), refused when someone else changed it since."""

    agg: Aggregate[Any, Any]
    uid: str
    expected: Any = None


@dataclass(frozen=True)
class ReviseOrganisation:
    data: r.Organisation
    version: int | None = None  # as Revise's
    expected: r.Organisation | None = None


Step = Add | Restore | Revise | Remove | ReviseOrganisation


@dataclass(frozen=True)
class Done:
    """What applying steps did: their inverse, the kinds of the objects written (for screens to
    refresh), and the object the first step was about when it exists afterwards."""

    inverse: tuple[Step, ...]
    kinds: frozenset[str]
    uid: str | None
    objects: frozenset[tuple[str, str]] = frozenset()  # (kind, uid) of every object written


def create(register: RegisterFile, agg: Aggregate[Any, Any], data: Any) -> Done:
    return apply(register, (Add(agg, data),))


def update(register: RegisterFile, agg: Aggregate[Any, Any], uid: str, data: Any, version: int | None = None) -> Done:
    return apply(register, (Revise(agg, uid, data, version),))


def delete_object(register: RegisterFile, agg: Aggregate[Any, Any], uid: str) -> Done:
    return apply(register, (Remove(agg, uid),))


def update_organisation(register: RegisterFile, data: r.Organisation, version: int | None = None) -> Done:
    return apply(register, (ReviseOrganisation(data, version),))


def apply(register: RegisterFile, steps: tuple[Step, ...]) -> Done:
    """Apply `steps` in one transaction (all or nothing) and return their inverse."""
    with register.session() as session:
        return apply_in(session, register.author, steps)


def apply_in(session: Session, author: str, steps: tuple[Step, ...]) -> Done:
    """`apply` in an open session (a caller that also reads, such as the restore of deleted items)."""
    suggestions = _suggestions(session)
    inverse: list[Step] = []
    kinds: set[str] = set()
    objects: set[tuple[str, str | None]] = set()
    first: str | None = None
    for i, step in enumerate(steps):
        undo, uid = _apply_one(session, author, step)
        inverse[:0] = undo
        kinds |= {_kind(s) for s in (step, *undo)}
        objects |= {(_kind(s), _uid(s)) for s in (step, *undo)} | {(_kind(step), uid)}
        if i == 0:
            first = uid
    session.flush()
    stepped = {_uid(s) for s in steps}
    still = set(session.scalars(select(m.Measure.uid).where(m.Measure.status == MeasureStatus.NOT_DECLARED)))
    declared = [Revise(MEASURES, uid, r.input_part(measure_record(row), r.MeasureInput))
                for uid, row in suggestions.items() if uid not in still and uid not in stepped]  # fmt: skip
    if declared:
        kinds.add(MEASURES.kind)
        objects |= {(MEASURES.kind, step.uid) for step in declared}
    written = frozenset((kind, uid) for kind, uid in objects if uid is not None)
    return Done(_versioned(session, (*inverse, *declared)), frozenset(kinds), first, written)


def _versioned(session: Session, steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """The inverse's revisions with what each object is now: undoing after someone else saved one of
    them meets the same conflict as a save would, rather than overwriting their change (and undoing
    one's own edits in turn does not)."""
    return tuple(_with_expected(session, step) for step in steps)


def _with_expected(session: Session, step: Step) -> Step:
    if isinstance(step, Remove):  # undoing a creation or a restoration
        row = get_by_uid(session, step.agg.model, step.uid, step.agg.kind)
        return replace(step, expected=r.input_part(step.agg.to_record(row), step.agg.input_type))
    if isinstance(step, Revise):
        row = get_by_uid(session, step.agg.model, step.uid, step.agg.kind)
        return replace(step, version=None, expected=r.input_part(step.agg.to_record(row), step.agg.input_type))
    if isinstance(step, ReviseOrganisation):
        return replace(step, version=None, expected=_organisation(session))
    return step


def _apply_one(session: Session, author: str, step: Step) -> tuple[list[Step], str | None]:
    """Apply one step; return its inverse and the uid of its object when it exists afterwards."""
    if isinstance(step, Add):
        row = _save(session, author, step.agg, step.data)
        return [Remove(step.agg, row.uid)], row.uid
    if isinstance(step, Restore):
        data = r.input_part(step.record, step.agg.input_type)
        if (back := _back_already(session, step.agg, step.record.uid, data)) is not None:
            return [Remove(step.agg, back.uid)], back.uid
        stamps = (step.record.created_at, step.record.updated_at)
        row = _save(session, author, step.agg, data, uid=step.record.uid, timestamps=stamps, restored=True)
        return [Remove(step.agg, row.uid)], row.uid
    if isinstance(step, Revise):
        row = _locked(session, step.agg, step.uid)
        refuse_if_changed(session, step.agg, row, version=step.version, mine=step.data, expected=step.expected)
        before = r.input_part(step.agg.to_record(row), step.agg.input_type)
        _save(session, author, step.agg, step.data, row=row)
        return [Revise(step.agg, step.uid, before)], step.uid
    if isinstance(step, Remove):
        if step.expected is not None:
            row = _locked(session, step.agg, step.uid)
            refuse_if_changed(session, step.agg, row, version=None, mine=step.expected, expected=step.expected,
                              conflict=DeleteConflict)  # fmt: skip
        holders = [Revise(agg, row.uid, r.input_part(agg.to_record(row), agg.input_type))
                   for agg, row in _holders(session, step.agg, step.uid)]  # fmt: skip
        gone = _remove(session, author, step.agg, step.uid)
        return [Restore(step.agg, gone), *holders], None
    row = session.get(m.Organisation, 1, with_for_update=True, populate_existing=True)  # as _locked's
    refuse_if_organisation_changed(session, row, version=step.version, mine=step.data,
                                   kind=ORGANISATION, expected=step.expected)  # fmt: skip
    before_organisation = _organisation(session)
    write_organisation(session, author=author, data=step.data)
    return [ReviseOrganisation(before_organisation)], ORGANISATION_UID


def _locked(session: Session, agg: Aggregate[Any, Any], uid: str) -> Any:
    """The object's row, locked until the transaction ends (a team register: another editor's save of
    it waits, then finds our version and meets the conflict, rather than failing at its UPDATE; SQLite
    writes one transaction at a time anyway)."""
    locking = select(agg.model).where(agg.model.uid == uid).with_for_update(of=agg.model)
    row = session.scalar(locking.execution_options(populate_existing=True))  # not as read before the lock
    if row is None:
        raise NotFoundError(kind=agg.kind, ident=uid)
    return row


def _back_already(session: Session, agg: Aggregate[Any, Any], uid: str, data: Any) -> Any:
    """The object an undo of its deletion is to restore, when someone else restored it since (None
    otherwise): as the undo would put it back, or else the conflict with their version."""
    row = session.scalar(select(agg.model).where(agg.model.uid == uid).with_for_update(of=agg.model))
    if row is not None:
        refuse_if_changed(session, agg, row, version=None, mine=data, expected=data)
    return row


def _save(session: Session, author: str, agg: Aggregate[Any, Any], data: Any, **where: Any) -> Any:
    if agg is SUBPROCESSORS and where.get("row") is not None:
        return save_subprocessor(session, author=author, data=data, row=where["row"])
    return write(session, agg, author=author, data=data, **where)


def _remove(session: Session, author: str, agg: Aggregate[Any, Any], uid: str) -> Any:
    if agg is ACTIVITIES:
        return remove_activity(session, author=author, uid=uid)
    if agg is SUBPROCESSORS:
        return remove_subprocessor(session, author=author, uid=uid)
    if agg is MEASURES:
        return remove_measure(session, author=author, uid=uid)
    return delete(session, agg, author=author, uid=uid)


def _holders(session: Session, agg: Aggregate[Any, Any], uid: str) -> list[tuple[Aggregate[Any, Any], Any]]:
    """The objects whose editable part links to the object `uid` (and so changes when it goes)."""
    row_id = get_by_uid(session, agg.model, uid, agg.kind).id
    activities: Any = None
    subprocessors: Any = None
    breaches: Any = None
    if agg is ACTIVITIES:
        breaches = m.Breach.activities.any(m.Activity.id == row_id)
    elif agg is SUBPROCESSORS:
        activities = or_(m.Activity.subprocessors.any(m.Subprocessor.id == row_id),
                         m.Activity.transfers.any(m.Transfer.subprocessor_id == row_id))  # fmt: skip
        chain = m.subprocessor_chain.c
        subprocessors = m.Subprocessor.id.in_(select(chain.subprocessor_id).where(chain.uses_id == row_id))
        breaches = m.Breach.subprocessors.any(m.Subprocessor.id == row_id)
    elif agg is MEASURES:
        activities = m.Activity.measure_links.any(m.ActivityMeasure.measure_id == row_id)
        held = m.subprocessor_measure.c
        subprocessors = m.Subprocessor.id.in_(select(held.subprocessor_id).where(held.measure_id == row_id))
    elif agg is CONTROLLERS:
        activities = or_(m.Activity.client_id == row_id,
                         m.Activity.joint_controllers.any(m.ExternalController.id == row_id))  # fmt: skip
    found: list[tuple[Aggregate[Any, Any], Any]] = []
    if activities is not None:
        rows = session.scalars(select(m.Activity).where(activities).order_by(m.Activity.id))
        found += [(ACTIVITIES, row) for row in rows]
    if subprocessors is not None:
        rows = session.scalars(select(m.Subprocessor).where(subprocessors).order_by(m.Subprocessor.id))
        found += [(SUBPROCESSORS, row) for row in rows]
    if breaches is not None:
        rows = session.scalars(select(m.Breach).where(breaches).order_by(m.Breach.id))
        found += [(BREACHES, row) for row in rows]
    return found


def _suggestions(session: Session) -> dict[str, Row[Any]]:
    """The catalogue suggestions (measures not declared) by uid, as their columns: read without ORM
    objects, since a save reads them all and only those it declares become records."""
    table = cast(Table, m.Measure.__table__)
    return {row.uid: row for row in session.execute(select(table).where(table.c.status == MeasureStatus.NOT_DECLARED))}


def _organisation(session: Session) -> r.Organisation:
    row = session.get(m.Organisation, 1)
    return organisation_record(row) if row else r.Organisation()


def _kind(step: Step) -> str:
    return ORGANISATION if isinstance(step, ReviseOrganisation) else step.agg.kind


def _uid(step: Step) -> str | None:
    if isinstance(step, Restore):
        return str(step.record.uid)
    if isinstance(step, Revise | Remove):
        return step.uid
    return None
