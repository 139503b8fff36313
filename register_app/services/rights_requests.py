"""The log of data subjects' requests: create, change and delete them, one transaction each,
journaled in the history like every other object."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.catalogues import REQUEST_CHANNELS, REQUEST_TYPES
from register_app.services import records as r
from register_app.services.aggregate_writes import Aggregate, delete, write
from register_app.services.common import Resolver, get_by_uid
from register_app.services.mapping import REQUEST_FIELDS, request_label, request_record
from register_app.services.snapshot import request_rows
from register_app.services.validation import Issue, code_issue, issue, text_issues
from register_app.store.register_file import RegisterFile


def validate_request(data: r.RightsRequestInput, today: date | None = None) -> list[Issue]:
    """What cannot be stored sensibly, such as a request received after `today` (default: the local date)."""
    found = text_issues(data)
    if data.request_type is None:
        found.append(issue("REQUIRED", "request_type"))
    if data.received_on is None:
        found.append(issue("REQUIRED", "received_on"))
    found += code_issue(REQUEST_TYPES, data.request_type, "request_type")
    found += code_issue(REQUEST_CHANNELS, data.channel, "channel")
    if data.received_on and data.received_on > (today or date.today()):
        found.append(issue("IN-FUTURE", "received_on"))
    if data.answered_on and data.received_on and data.answered_on < data.received_on:
        found.append(issue("BEFORE-RECEIPT", "answered_on"))
    return found


def apply_request(_session: Session, row: m.RightsRequest, data: r.RightsRequestInput, _resolver: Resolver) -> None:
    for name in REQUEST_FIELDS:
        setattr(row, name, getattr(data, name))




RIGHTS_REQUESTS: Aggregate[r.RightsRequestInput, r.RightsRequest] = Aggregate(
    kind="rights_request",
    model=m.RightsRequest,
    input_type=r.RightsRequestInput,
    validate=validate_request,
    apply=apply_request,
    to_record=request_record,
    label=request_label,
)


def create_request(register: RegisterFile, *, data: r.RightsRequestInput) -> r.RightsRequest:
    with register.session() as session:
        return request_record(write(session, RIGHTS_REQUESTS, author=register.author, data=data))


def update_request(register: RegisterFile, *, uid: str, data: r.RightsRequestInput) -> r.RightsRequest:
    with register.session() as session:
        row = get_by_uid(session, m.RightsRequest, uid, RIGHTS_REQUESTS.kind)
        return request_record(write(session, RIGHTS_REQUESTS, author=register.author, data=data, row=row))


def delete_request(register: RegisterFile, *, uid: str) -> r.RightsRequest:
    with register.session() as session:
        return delete(session, RIGHTS_REQUESTS, author=register.author, uid=uid)


def list_requests(register: RegisterFile) -> list[r.RightsRequest]:
    with register.session() as session:
        return [request_record(row) for row in request_rows(session)]


def get_request(register: RegisterFile, *, uid: str) -> r.RightsRequest:
    with register.session() as session:
        return request_record(get_by_uid(session, m.RightsRequest, uid, RIGHTS_REQUESTS.kind))
