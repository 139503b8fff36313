"""The whole register read at once, in a stable order: what exports and checks work from.

Activities are the bulk of a register (thousands, each with dozens of child rows), so they are read
as plain rows, one query per table, and grouped in memory: building ORM objects for them cost about
ten times as much. The few organisation-level objects are read through the ORM."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, selectinload

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.catalogues import DPIA_CRITERIA
from register_app.gc_pause import collection_paused
from register_app.services import records as r
from register_app.services.mapping import (
    ActivityLinks,
    activity_record_from,
    breach_record,
    coded_item_record,
    controller_record,
    data_category_record,
    data_subject_record,
    in_catalogue_order,
    measure_record,
    organisation_record,
    purpose_record,
    request_record,
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
# What `activity_record` reads, loaded for the activities an import updates or a save journals.
ACTIVITY_LOADS = (
    selectinload(m.Activity.client),
    selectinload(m.Activity.joint_controllers),
    selectinload(m.Activity.purposes),
    selectinload(m.Activity.data_subjects),
    selectinload(m.Activity.data_categories),
    selectinload(m.Activity.data_sources),
    selectinload(m.Activity.recipients),
    selectinload(m.Activity.subprocessors),
    selectinload(m.Activity.transfers).selectinload(m.Transfer.subprocessor),
    selectinload(m.Activity.retention_rules),
    selectinload(m.Activity.dpia_criteria),
    selectinload(m.Activity.measure_links).selectinload(m.ActivityMeasure.measure),
)
BREACH_LOADS = (selectinload(m.Breach.activities), selectinload(m.Breach.subprocessors))
T = TypeVar("T")


def take_snapshot(register: RegisterFile) -> r.Snapshot:
    """The register at one moment (`RegisterFile.reading`: on a team register, one repeatable-read
    transaction, never half of another editor's save)."""
    # The session (and with it SQLite's read lock, which holds back a save) lasts only while rows
    # are fetched; the records are built after it ends.
    with collection_paused():
        with register.reading() as session:
            build = _fetch_all(session)
        return build()


def snapshot_in(session: Session) -> r.Snapshot:
    """The register as this session sees it (its own pending writes included)."""
    with collection_paused():
        return _fetch_all(session)()


def _fetch_all(session: Session) -> Callable[[], r.Snapshot]:
    """Fetch every row now; the returned function builds the records from them."""
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
    rows = ActivityRows.fetch(session)
    breaches = [breach_record(row) for row in breach_rows(session)]  # records built while the session is open
    requests = [request_record(row) for row in request_rows(session)]

    def build() -> r.Snapshot:
        return r.Snapshot(
            organisation=organisation_record(org) if org else r.Organisation(),
            controllers=tuple(controller_record(row) for row in controllers),
            measures=tuple(measure_record(row) for row in measures),
            subprocessors=tuple(subprocessor_record(row) for row in subprocessors),
            activities=rows.records(
                controllers={row.id: (row.name, row.uid) for row in controllers},
                subprocessors={row.id: (row.name, row.uid) for row in subprocessors},
                measures={row.id: (row.name, row.uid) for row in measures},
            ),
            dismissed_findings=tuple(
                r.DismissedFinding(
                    code=d.code, object_uid=d.object_uid, field=d.field, reason=d.reason, author=d.author, at=d.at
                )
                for d in dismissed
            ),
            breaches=tuple(breaches),
            rights_requests=tuple(requests),
            taken_at=utcnow(),
        )

    return build


def breach_rows(session: Session) -> list[m.Breach]:
    """Every breach, most recently discovered first."""
    return list(
        session.scalars(
            select(m.Breach).options(*BREACH_LOADS).order_by(m.Breach.discovered_at.desc(), m.Breach.uid)
        ).all()
    )


def request_rows(session: Session) -> list[m.RightsRequest]:
    """Every request, most recently received first."""
    order = (m.RightsRequest.received_on.desc(), m.RightsRequest.uid)
    return list(session.scalars(select(m.RightsRequest).order_by(*order)).all())


NameAndUid = tuple[str, str]
Rows = list[Any]  # of sqlalchemy Row objects: attribute access by column name


def _fetch(session: Session, table: Any, *, columns: Iterable[str] | None = None, order: Iterable[Any] = ()) -> Rows:
    """The rows of a table that belongs to activities, by activity."""
    selected = [table.c[name] for name in columns] if columns is not None else [table]
    return list(session.execute(select(*selected).order_by(table.c.activity_id, *order)).all())


def _children(session: Session, model: Any) -> Rows:
    table = model.__table__
    return _fetch(session, table, order=(table.c.position, table.c.id))


def _grouped(rows: Rows, build: Callable[[Any], T]) -> dict[int, list[T]]:
    found: defaultdict[int, list[T]] = defaultdict(list)
    for row in rows:
        found[row.activity_id].append(build(row))
    return found


@dataclass(frozen=True)
class ActivityRows:
    """Every activity's own row and its child and link rows, as plain rows."""

    activities: Rows
    purposes: Rows
    subjects: Rows
    categories: Rows
    sources: Rows
    recipients: Rows
    retention: Rows
    transfers: Rows
    joint: Rows
    used: Rows
    measure_links: Rows
    criteria: Rows

    @classmethod
    def fetch(cls, session: Session) -> ActivityRows:
        table = m.Activity.__table__
        columns = [column for column in table.c if column.name != "search_text"]
        return cls(
            activities=list(session.execute(select(*columns).order_by(table.c.reference)).all()),
            purposes=_children(session, m.Purpose),
            subjects=_children(session, m.ActivityDataSubject),
            categories=_children(session, m.ActivityDataCategory),
            sources=_children(session, m.ActivityDataSource),
            recipients=_children(session, m.ActivityRecipient),
            retention=_children(session, m.RetentionRule),
            transfers=_children(session, m.Transfer),
            joint=_fetch(session, m.activity_joint_controller, columns=("activity_id", "controller_id")),
            used=_fetch(session, m.activity_subprocessor, columns=("activity_id", "subprocessor_id")),
            measure_links=_fetch(session, m.ActivityMeasure.__table__),
            criteria=_fetch(session, m.ActivityDpiaCriterion.__table__),
        )

    def records(
        self,
        *,
        controllers: dict[int, NameAndUid],
        subprocessors: dict[int, NameAndUid],
        measures: dict[int, NameAndUid],
    ) -> tuple[r.Activity, ...]:
        """Every activity by reference, with its links ordered as the ORM relationships order them:
        children by position, linked objects by (name, uid), DPIA criteria in catalogue order."""

        def linked(rows: Rows, names: dict[int, NameAndUid]) -> dict[int, tuple[str, ...]]:
            pairs = _grouped(rows, lambda row: names[row[1]])
            return {key: tuple(uid for _name, uid in sorted(found)) for key, found in pairs.items()}

        def transfer(row: Row[Any]) -> r.Transfer:
            sub = row.subprocessor_id
            return transfer_record(row, subprocessors[sub][1] if sub is not None else None)

        purposes = _grouped(self.purposes, purpose_record)
        subjects = _grouped(self.subjects, data_subject_record)
        categories = _grouped(self.categories, data_category_record)
        sources = _grouped(self.sources, coded_item_record)
        recipients = _grouped(self.recipients, coded_item_record)
        retention = _grouped(self.retention, retention_record)
        transfers = _grouped(self.transfers, transfer)
        joint = linked(self.joint, controllers)
        used = linked(self.used, subprocessors)
        measure_links = _grouped(self.measure_links, lambda row: (measures[row.measure_id], row.note))
        criteria = _grouped(self.criteria, lambda row: row.code)
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

        return tuple(activity_record_from(row, links(row)) for row in self.activities)
