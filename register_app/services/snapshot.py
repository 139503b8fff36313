"""The whole register read at once, in a stable order: what exports and checks work from.

Activities are the bulk of a register (thousands, each with dozens of child rows), so they are read
as plain rows, one query per table, and grouped in memory: building ORM objects for them cost about
ten times as much. The few organisation-level objects are read through the ORM."""

from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from sqlalchemy import Row, Table, select
from sqlalchemy.orm import Session, selectinload

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.catalogues import DPIA_CRITERIA
from register_app.services import records as r
from register_app.services.mapping import (
    ActivityLinks,
    activity_record_from,
    coded_item_record,
    controller_record,
    data_category_record,
    data_subject_record,
    in_catalogue_order,
    measure_record,
    organisation_record,
    purpose_record,
    retention_record,
    subprocessor_record,
    transfer_record,
)
from register_app.store.register_file import RegisterFile

SUBPROCESSOR_LOADS = (
    selectinload(m.Subprocessor.countries),
    selectinload(m.Subprocessor.certifications).selectinload(m.Certification.hds_scopes),
    selectinload(m.Subprocessor.uses),
    selectinload(m.Subprocessor.measures),
)
T = TypeVar("T")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """A snapshot builds hundreds of thousands of records that all live on; Python's cyclic
    collector would walk them again and again as they pile up (a quarter of the time at 10,000
    activities). None of them forms a cycle, so the collector waits until they are built."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def take_snapshot(register: RegisterFile) -> r.Snapshot:
    with register.session() as session, collector_paused():
        org = session.get(m.Organisation, 1)
        controllers = session.scalars(
            select(m.ExternalController).order_by(m.ExternalController.name, m.ExternalController.uid)
        ).all()
        measures = session.scalars(select(m.Measure).order_by(m.Measure.heading, m.Measure.name, m.Measure.uid)).all()
        subprocessors = session.scalars(
            select(m.Subprocessor).options(*SUBPROCESSOR_LOADS).order_by(m.Subprocessor.name, m.Subprocessor.uid)
        ).all()
        dismissed = session.scalars(
            select(m.DismissedFinding).order_by(
                m.DismissedFinding.code, m.DismissedFinding.object_uid, m.DismissedFinding.field
            )
        ).all()
        activities = read_activities(
            session,
            controllers={row.id: (row.name, row.uid) for row in controllers},
            subprocessors={row.id: (row.name, row.uid) for row in subprocessors},
            measures={row.id: (row.name, row.uid) for row in measures},
        )
        return r.Snapshot(
            organisation=organisation_record(org) if org else r.Organisation(),
            controllers=tuple(controller_record(row) for row in controllers),
            measures=tuple(measure_record(row) for row in measures),
            subprocessors=tuple(subprocessor_record(row) for row in subprocessors),
            activities=activities,
            dismissed_findings=tuple(
                r.DismissedFinding(
                    code=d.code, object_uid=d.object_uid, field=d.field, reason=d.reason, author=d.author, at=d.at
                )
                for d in dismissed
            ),
            taken_at=utcnow(),
        )


NameAndUid = tuple[str, str]


def read_activities(
    session: Session,
    *,
    controllers: dict[int, NameAndUid],
    subprocessors: dict[int, NameAndUid],
    measures: dict[int, NameAndUid],
) -> tuple[r.Activity, ...]:
    """Every activity by reference, with its links ordered as the ORM relationships order them:
    children by position, linked objects by (name, uid), DPIA criteria in catalogue order."""

    def children(model: Any, build: Callable[[Row[Any]], T]) -> dict[int, list[T]]:
        table = model.__table__
        return grouped(session, table, build, order=(table.c.position, table.c.id))

    def linked(table: Table, column: str, names: dict[int, NameAndUid]) -> dict[int, tuple[str, ...]]:
        ids = grouped(session, table, lambda row: names[getattr(row, column)], columns=("activity_id", column))
        return {key: tuple(uid for _name, uid in sorted(pairs)) for key, pairs in ids.items()}

    purposes = children(m.Purpose, purpose_record)
    subjects = children(m.ActivityDataSubject, data_subject_record)
    categories = children(m.ActivityDataCategory, data_category_record)
    sources = children(m.ActivityDataSource, coded_item_record)
    recipients = children(m.ActivityRecipient, coded_item_record)
    retention = children(m.RetentionRule, retention_record)
    transfers = children(
        m.Transfer,
        lambda t: transfer_record(t, subprocessors[t.subprocessor_id][1] if t.subprocessor_id is not None else None),
    )
    joint = linked(m.activity_joint_controller, "controller_id", controllers)
    used = linked(m.activity_subprocessor, "subprocessor_id", subprocessors)
    measure_links = grouped(
        session, m.ActivityMeasure.__table__, lambda row: (measures[row.measure_id], row.note)
    )
    criteria = grouped(session, m.ActivityDpiaCriterion.__table__, lambda row: row.code)
    empty: tuple[Any, ...] = ()

    def links(row: Row[Any]) -> ActivityLinks:
        key = row.id
        return ActivityLinks(
            client_uid=controllers[row.client_id][1] if row.client_id is not None else None,
            joint_controller_uids=joint.get(key, empty),
            purposes=tuple(purposes.get(key, empty)),
            data_subjects=tuple(subjects.get(key, empty)),
            data_categories=tuple(categories.get(key, empty)),
            data_sources=tuple(sources.get(key, empty)),
            recipients=tuple(recipients.get(key, empty)),
            subprocessor_uids=used.get(key, empty),
            transfers=tuple(transfers.get(key, empty)),
            retention=tuple(retention.get(key, empty)),
            measures=tuple(
                r.MeasureLink(measure_uid=name_uid[1], note=note)
                for name_uid, note in sorted(measure_links.get(key, empty), key=lambda pair: pair[0])
            ),
            dpia_criteria=in_catalogue_order(DPIA_CRITERIA, criteria.get(key, empty)),
        )

    table = m.Activity.__table__
    columns = [column for column in table.c if column.name != "search_text"]
    rows = session.execute(select(*columns).order_by(table.c.reference)).all()
    return tuple(activity_record_from(row, links(row)) for row in rows)


def grouped(
    session: Session,
    table: Any,
    build: Callable[[Row[Any]], T],
    *,
    columns: Iterable[str] | None = None,
    order: Iterable[Any] = (),
) -> dict[int, list[T]]:
    """The rows of a table that belongs to activities, built and grouped by activity id."""
    selected = [table.c[name] for name in columns] if columns is not None else [table]
    found: defaultdict[int, list[T]] = defaultdict(list)
    for row in session.execute(select(*selected).order_by(table.c.activity_id, *order)).all():
        found[row.activity_id].append(build(row))
    return found
