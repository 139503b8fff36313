"""Subprocessors (Art. 28): who they are, where they host data, their contract and certificates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session, selectinload

from register_app.domain import models as m
from register_app.domain.enums import ContractStatus, HistoryAction, SubprocessorRole
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, search_text, search_texts_of
from register_app.services.aggregate_writes import Aggregate, delete, write
from register_app.services.breaches import breach_links
from register_app.services.common import get_by_uid, raise_if_invalid
from register_app.services.history import record
from register_app.services.mapping import apply_subprocessor, subprocessor_record
from register_app.services.validation import issue, validate_subprocessor
from register_app.store.register_file import RegisterFile

SUBPROCESSORS: Aggregate[r.SubprocessorInput, r.Subprocessor] = Aggregate(
    kind="subprocessor",
    model=m.Subprocessor,
    input_type=r.SubprocessorInput,
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
        return subprocessor_record(save_subprocessor(session, author=register.author, data=data, row=row))


def save_subprocessor(session: Session, *, author: str, data: r.SubprocessorInput, row: m.Subprocessor) -> Any:
    """Update a subprocessor in an open session: it cannot use itself, and the activities it serves
    are searchable by its name."""
    if row.uid in data.uses_uids:
        raise_if_invalid([issue("SELF-LINK", "uses_uids")])
    renamed = row.name != data.name
    row = write(session, SUBPROCESSORS, author=author, data=data, row=row)
    if renamed:
        # in one statement, not through loaded rows: the search text is no part of what the journal
        # records of an activity, which would otherwise read and compare the state of each one
        used = m.activity_subprocessor
        served = select(used.c.activity_id).where(used.c.subprocessor_id == row.id)
        texts = [{"row_id": id_, "text": text} for id_, text in search_texts_of(session, served).items()]
        table = cast(Table, m.Activity.__table__)
        if texts:
            rewrite = update(table).where(table.c.id == bindparam("row_id")).values(search_text=bindparam("text"))
            session.execute(rewrite, texts)
        ids = {text["row_id"] for text in texts}
        for held in [o for o in session.identity_map.values() if isinstance(o, m.Activity) and o.id in ids]:
            session.expire(held, ["search_text"])  # read again if asked
    return row


def delete_subprocessor(register: RegisterFile, *, uid: str) -> r.Subprocessor:
    """Delete a subprocessor: it is unlinked from its activities, from the subprocessors that use it
    and from the breaches that name it, and transfers it carried keep their country and tool but no
    longer name it."""
    with register.session() as session:
        return remove_subprocessor(session, author=register.author, uid=uid)


def remove_subprocessor(session: Session, *, author: str, uid: str) -> r.Subprocessor:
    """Delete a subprocessor in an open session. Each lost link (a transfer's by its position) is
    recorded right after the deletion, so that the subprocessor can be restored with its links
    (services/deleted.py)."""
    row = get_by_uid(session, m.Subprocessor, uid, SUBPROCESSORS.kind)
    lost = [(ACTIVITIES.subject(a), "subprocessor_uids") for a in row.activities]
    carriers = session.scalars(select(m.Activity).join(m.Transfer).where(m.Transfer.subprocessor_id == row.id))
    lost += [(ACTIVITIES.subject(a), f"transfers[{i}].subprocessor_uid") for a in carriers.unique()
             for i, t in enumerate(a.transfers) if t.subprocessor_id == row.id]  # fmt: skip
    chain = m.subprocessor_chain
    users = session.scalars(select(m.Subprocessor).join(chain, chain.c.subprocessor_id == m.Subprocessor.id)
                            .where(chain.c.uses_id == row.id))  # fmt: skip
    lost += [(SUBPROCESSORS.subject(user), "uses_uids") for user in users]
    lost += breach_links(session, field="subprocessor_uids", uid=uid)
    affected = list(row.activities)
    gone = delete(session, SUBPROCESSORS, author=author, uid=uid)
    session.flush()
    for activity in affected:
        activity.search_text = search_text(activity)
    for subject, field in lost:
        record(session, author=author, action=HistoryAction.UNLINK, subject=subject, field=field, old=uid)
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
