"""Subprocessors (Art. 28): who they are, where they host data, their contract and certificates."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from register_app.domain import models as m
from register_app.domain.enums import ContractStatus, HistoryAction, SubprocessorRole
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, search_text
from register_app.services.breaches import record_lost_links
from register_app.services.common import get_by_uid, raise_if_invalid
from register_app.services.history import record
from register_app.services.mapping import apply_subprocessor, subprocessor_record
from register_app.services.validation import issue, validate_subprocessor
from register_app.services.writer import Aggregate, delete, write
from register_app.store.register_file import RegisterFile

SUBPROCESSORS: Aggregate[r.SubprocessorInput, r.Subprocessor] = Aggregate(
    kind="subprocessor",
    model=m.Subprocessor,
    validate=validate_subprocessor,
    apply=apply_subprocessor,
    to_record=subprocessor_record,
    label=lambda row: row.name,
)


@dataclass(frozen=True)
class SubprocessorRow:
    uid: str
    name: str
    service: str
    country: str
    role: SubprocessorRole
    contract_status: ContractStatus
    hosting_countries: tuple[str, ...]
    certifications: tuple[str, ...]
    activity_count: int


def create_subprocessor(register: RegisterFile, *, data: r.SubprocessorInput) -> r.Subprocessor:
    with register.session() as session:
        return subprocessor_record(write(session, SUBPROCESSORS, author=register.author, data=data))


def update_subprocessor(register: RegisterFile, *, uid: str, data: r.SubprocessorInput) -> r.Subprocessor:
    with register.session() as session:
        row = get_by_uid(session, m.Subprocessor, uid, SUBPROCESSORS.kind)
        if uid in data.uses_uids:
            raise_if_invalid([issue("SELF-LINK", "uses_uids")])
        renamed = row.name != data.name
        row = write(session, SUBPROCESSORS, author=register.author, data=data, row=row)
        if renamed:  # activities are searchable by their subprocessors' names
            for activity in row.activities:
                activity.search_text = search_text(activity)
        return subprocessor_record(row)


def delete_subprocessor(register: RegisterFile, *, uid: str) -> r.Subprocessor:
    """Delete a subprocessor: it is unlinked from its activities, and transfers it carried keep
    their country and tool but no longer name it. Each activity's lost link is recorded right after
    the deletion, so that the subprocessor can be restored with its links (services/deleted.py)."""
    with register.session() as session:
        row = get_by_uid(session, m.Subprocessor, uid, SUBPROCESSORS.kind)
        affected = list(row.activities)
        record_lost_links(session, author=register.author, field="subprocessor_uids", uid=uid)
        gone = delete(session, SUBPROCESSORS, author=register.author, uid=uid)
        session.flush()
        for activity in affected:
            activity.search_text = search_text(activity)
            record(session, author=register.author, action=HistoryAction.UNLINK, subject=ACTIVITIES.subject(activity),
                   field="subprocessor_uids", old=uid)  # fmt: skip
        return gone


def get_subprocessor(register: RegisterFile, *, uid: str) -> r.Subprocessor:
    with register.session() as session:
        return subprocessor_record(get_by_uid(session, m.Subprocessor, uid, SUBPROCESSORS.kind))


def list_subprocessors(register: RegisterFile) -> list[SubprocessorRow]:
    with register.session() as session:
        rows = session.scalars(
            select(m.Subprocessor)
            .options(selectinload(m.Subprocessor.countries), selectinload(m.Subprocessor.certifications))
            .order_by(m.Subprocessor.name)
        ).all()
        counts: dict[int, int] = dict(
            session.execute(
                select(m.activity_subprocessor.c.subprocessor_id, func.count()).group_by(
                    m.activity_subprocessor.c.subprocessor_id
                )
            ).all()
        )
        return [
            SubprocessorRow(
                uid=row.uid,
                name=row.name,
                service=row.service,
                country=row.country,
                role=row.role,
                contract_status=row.contract_status,
                hosting_countries=tuple(dict.fromkeys(c.country for c in row.countries)),
                certifications=tuple(c.kind for c in row.certifications),
                activity_count=counts.get(row.id, 0),
            )
            for row in rows
        ]


def linked_activities(register: RegisterFile, *, uid: str) -> list[tuple[str, str, str]]:
    """(uid, reference, name) of the activities a subprocessor serves."""
    with register.session() as session:
        row = get_by_uid(session, m.Subprocessor, uid, SUBPROCESSORS.kind)
        return sorted((a.uid, a.reference, a.name) for a in row.activities)


def restore_subprocessor(register: RegisterFile, *, subprocessor: r.Subprocessor) -> r.Subprocessor:
    """Bring back a deleted subprocessor with its identifier and dates (the inverse of delete).
    Links from activities are not part of the subprocessor: the caller restores those activities."""

    data = r.input_part(subprocessor, r.SubprocessorInput)
    with register.session() as session:
        row = write(
            session,
            SUBPROCESSORS,
            author=register.author,
            data=data,
            uid=subprocessor.uid,
            timestamps=(subprocessor.created_at, subprocessor.updated_at),
        )
        return subprocessor_record(row)
