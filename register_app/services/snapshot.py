"""The whole register read at once, in a stable order: what exports and checks work from."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.services import records as r
from register_app.services.mapping import (
    activity_record,
    controller_record,
    measure_record,
    organisation_record,
    subprocessor_record,
)
from register_app.store.register_file import RegisterFile

ACTIVITY_LOADS = (
    selectinload(m.Activity.client),
    selectinload(m.Activity.joint_controllers),
    selectinload(m.Activity.purposes),
    selectinload(m.Activity.data_subjects),
    selectinload(m.Activity.data_categories),
    selectinload(m.Activity.data_sources),
    selectinload(m.Activity.recipients),
    selectinload(m.Activity.transfers).selectinload(m.Transfer.subprocessor),
    selectinload(m.Activity.retention_rules),
    selectinload(m.Activity.dpia_criteria),
    selectinload(m.Activity.subprocessors),
    selectinload(m.Activity.measure_links).selectinload(m.ActivityMeasure.measure),
)
SUBPROCESSOR_LOADS = (
    selectinload(m.Subprocessor.countries),
    selectinload(m.Subprocessor.certifications).selectinload(m.Certification.hds_scopes),
    selectinload(m.Subprocessor.uses),
    selectinload(m.Subprocessor.measures),
)


def take_snapshot(register: RegisterFile) -> r.Snapshot:
    with register.session() as session:
        org = session.get(m.Organisation, 1)
        controllers = session.scalars(
            select(m.ExternalController).order_by(m.ExternalController.name, m.ExternalController.uid)
        ).all()
        measures = session.scalars(select(m.Measure).order_by(m.Measure.heading, m.Measure.name, m.Measure.uid)).all()
        subprocessors = session.scalars(
            select(m.Subprocessor).options(*SUBPROCESSOR_LOADS).order_by(m.Subprocessor.name, m.Subprocessor.uid)
        ).all()
        activities = session.scalars(select(m.Activity).options(*ACTIVITY_LOADS).order_by(m.Activity.reference)).all()
        dismissed = session.scalars(
            select(m.DismissedFinding).order_by(
                m.DismissedFinding.code, m.DismissedFinding.object_uid, m.DismissedFinding.field
            )
        ).all()
        return r.Snapshot(
            organisation=organisation_record(org) if org else r.Organisation(),
            controllers=tuple(controller_record(row) for row in controllers),
            measures=tuple(measure_record(row) for row in measures),
            subprocessors=tuple(subprocessor_record(row) for row in subprocessors),
            activities=tuple(activity_record(row) for row in activities),
            dismissed_findings=tuple(
                r.DismissedFinding(
                    code=d.code, object_uid=d.object_uid, field=d.field, reason=d.reason, author=d.author, at=d.at
                )
                for d in dismissed
            ),
            taken_at=utcnow(),
        )
