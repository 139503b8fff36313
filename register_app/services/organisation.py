"""The organisation keeping the register, and the other controllers it deals with."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.services import records as r
from register_app.services.aggregate_writes import Aggregate, delete, write
from register_app.services.common import get_by_uid, raise_if_invalid
from register_app.services.history import Subject, record, record_changes
from register_app.services.mapping import (
    apply_controller,
    apply_organisation,
    controller_record,
    organisation_record,
)
from register_app.services.validation import validate_controller, validate_organisation
from register_app.store.register_file import RegisterFile

ORGANISATION_UID = "organisation"

CONTROLLERS: Aggregate[r.ControllerInput, r.Controller] = Aggregate(
    kind="controller",
    model=m.ExternalController,
    input_type=r.ControllerInput,
    validate=validate_controller,
    apply=lambda _session, row, data, _resolver: apply_controller(row, data),
    to_record=controller_record,
    label=lambda row: row.name,
)


def organisation_row(session: Session) -> m.Organisation:
    row = session.get(m.Organisation, 1)
    if row is None:
        row = m.Organisation(id=1)
        session.add(row)
        session.flush()
    return row


def get_organisation(register: RegisterFile) -> r.Organisation:
    with register.session() as session:
        row = session.get(m.Organisation, 1)
        return organisation_record(row) if row else r.Organisation()


def write_organisation(session: Session, *, author: str, data: r.Organisation, path_prefix: str = "") -> None:
    raise_if_invalid([i.__class__(i.code, path_prefix + i.field, i.params) for i in validate_organisation(data)])
    row = session.get(m.Organisation, 1)
    before = organisation_record(row) if row else None
    row = organisation_row(session)
    apply_organisation(row, data)
    subject = Subject("organisation", ORGANISATION_UID, data.identity.name)
    if before is None:
        record(session, author=author, action=HistoryAction.CREATE, subject=subject, new=data.identity.name)
    elif record_changes(session, author=author, subject=subject, before=before, after=organisation_record(row)):
        row.updated_at = utcnow()


def update_organisation(register: RegisterFile, *, data: r.Organisation) -> r.Organisation:
    with register.session() as session:
        write_organisation(session, author=register.author, data=data)
        return data


def list_controllers(register: RegisterFile) -> list[r.Controller]:
    with register.session() as session:
        rows = session.scalars(select(m.ExternalController).order_by(m.ExternalController.name)).all()
        return [controller_record(row) for row in rows]


def get_controller(register: RegisterFile, *, uid: str) -> r.Controller:
    with register.session() as session:
        return controller_record(get_by_uid(session, m.ExternalController, uid, CONTROLLERS.kind))


def create_controller(register: RegisterFile, *, data: r.ControllerInput) -> r.Controller:
    with register.session() as session:
        return controller_record(write(session, CONTROLLERS, author=register.author, data=data))


def update_controller(register: RegisterFile, *, uid: str, data: r.ControllerInput) -> r.Controller:
    with register.session() as session:
        row = get_by_uid(session, m.ExternalController, uid, CONTROLLERS.kind)
        return controller_record(write(session, CONTROLLERS, author=register.author, data=data, row=row))


def delete_controller(register: RegisterFile, *, uid: str) -> r.Controller:
    """Delete a controller; activities that named it as client or joint controller no longer do."""
    with register.session() as session:
        return delete(session, CONTROLLERS, author=register.author, uid=uid)
