"""Security measures: the register's catalogue of measures and where each is applied."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.catalogues import SECURITY_MEASURES, Lang, catalogue
from register_app.domain.enums import CnilHeading, HistoryAction, MeasureCategory, MeasureStatus
from register_app.services import records as r
from register_app.services.aggregate_writes import Aggregate, delete, write
from register_app.services.common import get_by_uid
from register_app.services.history import Subject, record
from register_app.services.mapping import apply_measure, measure_record
from register_app.services.validation import validate_measure
from register_app.store.register_file import RegisterFile

MEASURES: Aggregate[r.MeasureInput, r.Measure] = Aggregate(
    kind="measure",
    model=m.Measure,
    input_type=r.MeasureInput,
    validate=validate_measure,
    apply=lambda _session, row, data, _resolver: apply_measure(row, data),
    to_record=measure_record,
    label=lambda row: row.name,
)


@dataclass(frozen=True)
class MeasureUsage:
    activities: tuple[tuple[str, str], ...]  # (uid, "reference name")
    subprocessors: tuple[tuple[str, str], ...]  # (uid, name)


def create_measure(register: RegisterFile, *, data: r.MeasureInput) -> r.Measure:
    with register.session() as session:
        return measure_record(write(session, MEASURES, author=register.author, data=data))


def update_measure(register: RegisterFile, *, uid: str, data: r.MeasureInput) -> r.Measure:
    with register.session() as session:
        row = get_by_uid(session, m.Measure, uid, MEASURES.kind)
        return measure_record(write(session, MEASURES, author=register.author, data=data, row=row))


def delete_measure(register: RegisterFile, *, uid: str) -> r.Measure:
    """Delete a measure; its links to activities and subprocessors go with it."""
    with register.session() as session:
        return remove_measure(session, author=register.author, uid=uid)


def remove_measure(session: Session, *, author: str, uid: str) -> r.Measure:
    """Delete a measure in an open session; each link it loses is recorded right after the deletion,
    an activity's with the note it carried (as the entry's new value), so that the measure can be
    restored with its links (services/deleted.py)."""
    usage = _usage(session, get_by_uid(session, m.Measure, uid, MEASURES.kind))
    rows = session.execute(select(m.Activity.uid, m.ActivityMeasure.note).join(m.ActivityMeasure)
                           .join(m.Measure).where(m.Measure.uid == uid))  # fmt: skip
    notes = {activity_uid: note for activity_uid, note in rows}  # noqa: C416 (Row objects, for mypy)
    gone = delete(session, MEASURES, author=author, uid=uid)
    holders = [("activity", "measures", held) for held in usage.activities]
    holders += [("subprocessor", "measure_uids", held) for held in usage.subprocessors]
    for kind, field, (holder_uid, label) in holders:
        record(session, author=author, action=HistoryAction.UNLINK, subject=Subject(kind, holder_uid, label),
               field=field, old=uid, new=notes.get(holder_uid) or None)  # fmt: skip
    return gone


def get_measure(register: RegisterFile, *, uid: str) -> r.Measure:
    with register.session() as session:
        return measure_record(get_by_uid(session, m.Measure, uid, MEASURES.kind))


def list_measures(register: RegisterFile) -> list[r.Measure]:
    """All measures, by CNIL heading (in the model's order) then name."""
    order = {heading: i for i, heading in enumerate(CnilHeading)}
    with register.session() as session:
        rows = session.scalars(select(m.Measure)).all()
        return sorted((measure_record(row) for row in rows), key=lambda x: (order[x.heading], x.name.casefold()))


def measure_usage(register: RegisterFile, *, uid: str) -> MeasureUsage:
    with register.session() as session:
        return _usage(session, get_by_uid(session, m.Measure, uid, MEASURES.kind))


def _usage(session: Session, row: m.Measure) -> MeasureUsage:
    activities = session.execute(
        select(m.Activity.uid, m.Activity.reference, m.Activity.name)
        .join(m.ActivityMeasure)
        .where(m.ActivityMeasure.measure_id == row.id)
        .order_by(m.Activity.reference)
    ).all()
    subprocessors = session.execute(
        select(m.Subprocessor.uid, m.Subprocessor.name)
        .join(m.subprocessor_measure)
        .where(m.subprocessor_measure.c.measure_id == row.id)
        .order_by(m.Subprocessor.name)
    ).all()
    return MeasureUsage(
        activities=tuple((uid_, f"{ref} {name}") for uid_, ref, name in activities),
        subprocessors=tuple((uid_, name) for uid_, name in subprocessors),
    )


def catalogue_measures(lang: Lang) -> list[r.MeasureInput]:
    """The shipped measure catalogue as inputs, in the given language: suggestions the DPO has not
    declared, until they are declared in place or planned."""
    return [
        r.MeasureInput(
            name=entry.label(lang),
            heading=CnilHeading(entry.get("heading")),
            category=MeasureCategory(entry.get("category")) if entry.get("category") else None,
            description=entry.text("description", lang),
            status=MeasureStatus.NOT_DECLARED,
            reference=entry.text("reference", lang),
            catalogue_code=entry.code,
        )
        for entry in catalogue(SECURITY_MEASURES)
    ]


def seed_catalogue(session: Session, *, author: str, lang: Lang) -> int:
    """Load the measure catalogue into a new register; returns how many measures were added."""
    for data in catalogue_measures(lang):
        write(session, MEASURES, author=author, data=data)
    return len(catalogue(SECURITY_MEASURES))
