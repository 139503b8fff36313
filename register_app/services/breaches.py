"""The breach register (Art. 33(5)): create, change and delete breaches, one transaction each,
journaled in the history like every other object."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.catalogues import (
    BREACH_CAUSES,
    BREACH_NATURES,
    BREACH_RISK_LEVELS,
    DATA_CATEGORIES,
    DATA_SUBJECTS,
)
from register_app.errors import NotFoundError
from register_app.services import records as r
from register_app.services.aggregate_writes import Aggregate, delete, write
from register_app.services.common import Resolver, get_by_uid
from register_app.services.history import Subject
from register_app.services.mapping import BREACH_PLAIN_FIELDS, breach_label, breach_record
from register_app.services.snapshot import breach_rows
from register_app.services.validation import Issue, code_issue, issue, text_issues
from register_app.store.register_file import RegisterFile


def _code_list_issues(name: str, codes: tuple[str, ...], path: str) -> list[Issue]:
    found: list[Issue] = []
    for i, code in enumerate(codes):
        found += code_issue(name, code, f"{path}[{i}]")
        if code in codes[:i]:
            found.append(issue("DUPLICATE", f"{path}[{i}]", code=code))
    return found


def _aware_issues(data: r.BreachInput) -> list[Issue]:
    names = ("discovered_at", "started_at", "ended_at", "authority_notified_at")
    return [
        issue("TIME-WITHOUT-ZONE", name)
        for name in names
        if (value := getattr(data, name)) is not None and value.tzinfo is None
    ]


def validate_breach(data: r.BreachInput, now: datetime | None = None) -> list[Issue]:
    """What cannot be stored sensibly, such as a breach discovered after `now` (default: this moment);
    a missing fact (no risk level yet…) is the checks' business."""
    found = text_issues(data)
    if not data.title.strip():
        found.append(issue("REQUIRED", "title"))
    if data.discovered_at is None:
        found.append(issue("REQUIRED", "discovered_at"))
    found += _aware_issues(data)
    found += _code_list_issues(BREACH_NATURES, data.natures, "natures")
    found += _code_list_issues(DATA_CATEGORIES, data.data_categories, "data_categories")
    found += _code_list_issues(DATA_SUBJECTS, data.subject_categories, "subject_categories")
    found += code_issue(BREACH_CAUSES, data.cause, "cause")
    found += code_issue(BREACH_RISK_LEVELS, data.risk_level, "risk_level")
    for name in ("people_count", "records_count"):
        value = getattr(data, name)
        if value is not None and value < 0:
            found.append(issue("NEGATIVE", name))
    if not found:  # the times are comparable only once each states its zone
        if data.discovered_at and data.discovered_at > (now or utcnow()):
            found.append(issue("IN-FUTURE", "discovered_at"))
        if data.started_at and data.ended_at and data.ended_at < data.started_at:
            found.append(issue("DATES-ORDER", "ended_at"))
        notified = data.authority_notified_at
        if notified and data.discovered_at and notified < data.discovered_at:
            found.append(issue("BEFORE-DISCOVERY", "authority_notified_at"))
        informed = data.subjects_informed_on
        if informed and data.discovered_at and informed < data.discovered_at.date():
            found.append(issue("BEFORE-DISCOVERY", "subjects_informed_on"))
    return found


def apply_breach(_session: Session, row: m.Breach, data: r.BreachInput, resolver: Resolver) -> None:
    for name in BREACH_PLAIN_FIELDS:
        setattr(row, name, getattr(data, name))
    for name in ("natures", "data_categories", "subject_categories"):
        setattr(row, name, list(dict.fromkeys(getattr(data, name))))
    row.activities = resolver.many(m.Activity, data.activity_uids, "activity_uids")
    row.subprocessors = resolver.many(m.Subprocessor, data.subprocessor_uids, "subprocessor_uids")




BREACHES: Aggregate[r.BreachInput, r.Breach] = Aggregate(
    kind="breach",
    model=m.Breach,
    input_type=r.BreachInput,
    validate=validate_breach,
    apply=apply_breach,
    to_record=breach_record,
    label=breach_label,
)


def create_breach(register: RegisterFile, *, data: r.BreachInput) -> r.Breach:
    with register.session() as session:
        return breach_record(write(session, BREACHES, author=register.author, data=data))


def update_breach(register: RegisterFile, *, uid: str, data: r.BreachInput) -> r.Breach:
    with register.session() as session:
        row = get_by_uid(session, m.Breach, uid, BREACHES.kind)
        return breach_record(write(session, BREACHES, author=register.author, data=data, row=row))


def delete_breach(register: RegisterFile, *, uid: str) -> r.Breach:
    with register.session() as session:
        return delete(session, BREACHES, author=register.author, uid=uid)


def get_breach(register: RegisterFile, *, uid: str) -> r.Breach:
    with register.session() as session:
        return breach_record(get_by_uid(session, m.Breach, uid, BREACHES.kind))


def list_breaches(register: RegisterFile) -> list[r.Breach]:
    with register.session() as session:
        return [breach_record(row) for row in breach_rows(session)]


def find_breach(breaches: Sequence[r.Breach], ident: str) -> r.Breach:
    """The breach with this reference (as the DPO wrote it, whatever the case) or identifier."""
    wanted = ident.strip().casefold()
    found = next((b for b in breaches if wanted in (b.uid, b.reference.strip().casefold())), None)
    if found is None:
        raise NotFoundError(kind=BREACHES.kind, ident=ident)
    return found


def breach_links(session: Session, *, field: str, uid: str) -> list[tuple[Subject, str]]:
    """Before an activity (`activity_uids`) or a subprocessor (`subprocessor_uids`) is deleted: each
    breach naming it, with the field, since the database drops the link with the object. The caller
    records an unlink for each right after the deletion, so a restore links them again."""
    model, relation = (m.Activity, m.Breach.activities) if field == "activity_uids" else (
        m.Subprocessor, m.Breach.subprocessors)  # fmt: skip
    rows = session.scalars(select(m.Breach).where(relation.any(model.uid == uid)).order_by(m.Breach.id))
    return [(BREACHES.subject(row), field) for row in rows]
