"""Processing activities: create, update, duplicate, retire, delete; list, search and filter."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, exists, func, or_, select, true
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.catalogues import DATA_CATEGORIES, catalogue, category_regime
from register_app.domain.enums import ActivityRole, ActivityStatus, HistoryAction
from register_app.services import records as r
from register_app.services.aggregate_writes import Aggregate, delete, write
from register_app.services.breaches import breach_links
from register_app.services.common import get_by_uid
from register_app.services.history import record
from register_app.services.mapping import activity_record, apply_activity
from register_app.services.text import fold, search_terms
from register_app.services.validation import Issue, issue, validate_activity
from register_app.store.register_file import RegisterFile

KIND = "activity"
REFERENCE_PATTERN = re.compile(r"^T-(\d+)$")


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activities table: list columns only, no detail loaded."""

    uid: str
    reference: str
    name: str
    role: ActivityRole
    status: ActivityStatus
    main_purpose: str
    legal_bases: tuple[str, ...]
    sensitive: bool
    subprocessor_count: int
    updated_at: datetime


@dataclass(frozen=True)
class ActivityFilter:
    query: str = ""
    status: ActivityStatus | None = None
    role: ActivityRole | None = None
    data_category: str | None = None
    subprocessor_uid: str | None = None
    measure_uid: str | None = None
    country: str | None = None
    uids: frozenset[str] | None = None  # only these activities (a list refreshing the rows an edit touched)


def reference_number(reference: str) -> int | None:
    """The number of a generated reference ("T-007" is 7), None for a reference of the DPO's own."""
    match = REFERENCE_PATTERN.match(reference)
    return int(match.group(1)) if match else None


def numbered_reference(number: int) -> str:
    return f"T-{number:03d}"


def next_reference(session: Session) -> str:
    references = session.scalars(select(m.Activity.reference).where(m.Activity.reference.like("T-%")))
    numbers = [n for ref in references if (n := reference_number(ref)) is not None]
    return numbered_reference(max(numbers, default=0) + 1)


def search_text(row: m.Activity) -> str:
    return _search_text(
        (row.reference, row.name, row.description, row.department, row.software),
        [p.description for p in row.purposes],
        [(c.code, c.description) for c in row.data_categories],
        [s.name for s in row.subprocessors],
    )


def _search_text(
    own: Sequence[str], purposes: list[str], categories: list[tuple[str, str]], subprocessors: list[str]
) -> str:
    labels = catalogue(DATA_CATEGORIES)
    parts = [*own, *purposes]
    for code, description in categories:
        parts += [labels.label(code, "fr"), labels.label(code, "en"), description]
    parts += subprocessors
    return fold(" ".join(part for part in parts if part))


def search_texts_of(session: Session, ids: Select[tuple[int]]) -> dict[int, str]:
    """`search_text` of the activities whose ids `ids` selects, by id, read with four plain queries
    rather than through ORM objects (a subprocessor's rename: the hundreds of activities it serves)."""
    a, purpose, category, used = m.Activity, m.Purpose, m.ActivityDataCategory, m.activity_subprocessor
    own = {id_: tuple(rest) for id_, *rest in session.execute(
        select(a.id, a.reference, a.name, a.description, a.department, a.software).where(a.id.in_(ids)))}  # fmt: skip
    purposes: dict[int, list[str]] = {}
    for id_, description in session.execute(select(purpose.activity_id, purpose.description)
                                            .where(purpose.activity_id.in_(ids))
                                            .order_by(purpose.activity_id, purpose.position)):  # fmt: skip
        purposes.setdefault(id_, []).append(description)
    categories: dict[int, list[tuple[str, str]]] = {}
    for id_, code, description in session.execute(select(category.activity_id, category.code, category.description)
                                                  .where(category.activity_id.in_(ids))
                                                  .order_by(category.activity_id, category.position)):  # fmt: skip
        categories.setdefault(id_, []).append((code, description))
    names: dict[int, list[str]] = {}
    sub = m.Subprocessor
    for id_, name in session.execute(select(used.c.activity_id, sub.name)
                                     .join(sub, sub.id == used.c.subprocessor_id).where(used.c.activity_id.in_(ids))
                                     .order_by(used.c.activity_id, sub.name, sub.uid)):  # fmt: skip
        names.setdefault(id_, []).append(name)
    return {id_: _search_text(parts, purposes.get(id_, []), categories.get(id_, []), names.get(id_, []))
            for id_, parts in own.items()}  # fmt: skip


def _prepare(session: Session, data: r.ActivityInput, row: m.Activity | None) -> tuple[r.ActivityInput, list[Issue]]:
    """Number a new activity (T-001...) and keep references unique; an activity retired without an
    end date stopped today."""
    reference = data.reference.strip() or next_reference(session)
    clash = session.scalar(select(m.Activity.id).where(m.Activity.reference == reference))
    issues = []
    if clash is not None and (row is None or clash != row.id):
        issues.append(issue("REFERENCE-TAKEN", "reference", reference=reference))
    retired_on = data.retired_on
    if data.status is ActivityStatus.RETIRED and retired_on is None:
        retired_on = date.today()
    return dataclasses.replace(data, reference=reference, retired_on=retired_on), issues


def _finish(row: m.Activity) -> None:
    row.search_text = search_text(row)


ACTIVITIES: Aggregate[r.ActivityInput, r.Activity] = Aggregate(
    kind=KIND,
    model=m.Activity,
    input_type=r.ActivityInput,
    validate=validate_activity,
    apply=apply_activity,
    to_record=activity_record,
    label=lambda row: f"{row.reference} {row.name}",
    prepare=_prepare,
    finish=_finish,
)


def write_activity(
    session: Session,
    *,
    author: str,
    data: r.ActivityInput,
    row: m.Activity | None = None,
    uid: str | None = None,
    timestamps: tuple[datetime, datetime] | None = None,
    path_prefix: str = "",
) -> m.Activity:
    """Create (row None) or update an activity in an open session, recording history. Raises
    ValidationFailed with every issue found. `uid` and `timestamps` are given by importers only."""
    row = write(session, ACTIVITIES, author=author, data=data, row=row, uid=uid, timestamps=timestamps,
                path_prefix=path_prefix)  # fmt: skip
    assert isinstance(row, m.Activity)
    return row


def create_activity(register: RegisterFile, *, data: r.ActivityInput) -> r.Activity:
    with register.session() as session:
        return activity_record(write_activity(session, author=register.author, data=data))


def update_activity(register: RegisterFile, *, uid: str, data: r.ActivityInput) -> r.Activity:
    with register.session() as session:
        row = get_by_uid(session, m.Activity, uid, KIND)
        return activity_record(write_activity(session, author=register.author, data=data, row=row))


def get_activity(register: RegisterFile, *, uid: str) -> r.Activity:
    with register.session() as session:
        return activity_record(get_by_uid(session, m.Activity, uid, KIND))


def input_of(activity: r.Activity) -> r.ActivityInput:
    """The editable part of an activity, e.g. to modify one field and update."""
    return r.input_part(activity, r.ActivityInput)


def duplicate_activity(register: RegisterFile, *, uid: str, name: str | None = None) -> r.Activity:
    """A draft copy with a new reference; `name` replaces the copied name when given."""
    with register.session() as session:
        source = activity_record(get_by_uid(session, m.Activity, uid, KIND))
        return activity_record(write_activity(session, author=register.author, data=copy_of(source, name)))


def copy_of(source: r.Activity, name: str | None = None) -> r.ActivityInput:
    """What a duplicate of `source` holds: a draft, to be numbered, named `name` when given."""
    return dataclasses.replace(
        input_of(source), reference="", name=name or source.name, status=ActivityStatus.DRAFT, retired_on=None
    )


def retire_activity(register: RegisterFile, *, uid: str) -> r.Activity:
    with register.session() as session:
        row = get_by_uid(session, m.Activity, uid, KIND)
        data = dataclasses.replace(input_of(activity_record(row)), status=ActivityStatus.RETIRED)
        return activity_record(write_activity(session, author=register.author, data=data, row=row))


def delete_activity(register: RegisterFile, *, uid: str) -> r.Activity:
    """Delete an activity; returns it as it was, so the caller can offer to undo."""
    with register.session() as session:
        return remove_activity(session, author=register.author, uid=uid)


def remove_activity(session: Session, *, author: str, uid: str) -> r.Activity:
    """Delete an activity in an open session. The breaches that named it lose the link; each is
    recorded right after the deletion, so that the activity can be restored with them
    (services/deleted.py)."""
    lost = breach_links(session, field="activity_uids", uid=uid)
    gone = delete(session, ACTIVITIES, author=author, uid=uid)
    for subject, field in lost:
        record(session, author=author, action=HistoryAction.UNLINK, subject=subject, field=field, old=uid)
    return gone


def _filtered(flt: ActivityFilter):  # type: ignore[no-untyped-def]
    stmt = select(m.Activity.id)
    for term in search_terms(flt.query):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(m.Activity.search_text.like(f"%{escaped}%", escape="\\"))
    if flt.uids is not None:
        stmt = stmt.where(m.Activity.uid.in_(flt.uids))
    if flt.status is not None:
        stmt = stmt.where(m.Activity.status == flt.status)
    if flt.role is not None:
        stmt = stmt.where(m.Activity.role == flt.role)
    if flt.data_category:
        stmt = stmt.where(
            exists().where(
                m.ActivityDataCategory.activity_id == m.Activity.id, m.ActivityDataCategory.code == flt.data_category
            )
        )
    if flt.subprocessor_uid:
        stmt = stmt.where(m.Activity.subprocessors.any(m.Subprocessor.uid == flt.subprocessor_uid))
    if flt.measure_uid:
        stmt = stmt.where(m.Activity.measure_links.any(m.ActivityMeasure.measure.has(m.Measure.uid == flt.measure_uid)))
    if flt.country:
        stmt = stmt.where(
            or_(
                m.Activity.transfers.any(m.Transfer.country == flt.country),
                m.Activity.subprocessors.any(
                    m.Subprocessor.countries.any(m.SubprocessorCountry.country == flt.country)
                ),
            )
        )
    return stmt


def search_texts(register: RegisterFile, uids: Iterable[str] | None = None) -> dict[str, str]:
    """Each activity's folded search text by uid (only those of `uids` when given): what
    `ActivityFilter.query` matches, for a list that filters as the user types without a query per
    keystroke."""
    stmt = select(m.Activity.uid, m.Activity.search_text)
    if uids is not None:
        stmt = stmt.where(m.Activity.uid.in_(list(uids)))
    with register.session() as session:
        return dict(session.execute(stmt).all())


def matching(texts: dict[str, str], query: str, among: set[str] | None = None) -> set[str]:
    """The uids whose text contains every term of `query` (as ActivityFilter.query), optionally
    only among `among`."""
    found: set[str] | Iterable[str] = texts.keys() if among is None else among
    for term in search_terms(query):  # one pass per term, over what the previous ones kept
        found = {uid for uid in found if term in texts[uid]}
    return set(found)


def list_activities(register: RegisterFile, *, where: ActivityFilter | None = None) -> list[ActivityRow]:
    """The activities table's rows, sorted by reference, loaded with a handful of light queries."""
    flt = where or ActivityFilter()
    ids = _filtered(flt).subquery()

    def kept(activity_id: Any) -> Any:  # a condition on an activity id column
        return true() if flt == ActivityFilter() else activity_id.in_(select(ids.c.id))

    with register.session() as session:
        base = session.execute(
            select(
                m.Activity.id, m.Activity.uid, m.Activity.reference, m.Activity.name, m.Activity.role,
                m.Activity.status, m.Activity.updated_at,
            ).where(kept(m.Activity.id)).order_by(m.Activity.reference)
        ).all()  # fmt: skip
        purposes: dict[int, list[tuple[str, str | None]]] = {}
        for activity_id, description, basis in session.execute(
            select(m.Purpose.activity_id, m.Purpose.description, m.Purpose.legal_basis)
            .where(kept(m.Purpose.activity_id))
            .order_by(m.Purpose.activity_id, m.Purpose.position)
        ):
            purposes.setdefault(activity_id, []).append((description, basis))
        special = [entry.code for entry in catalogue(DATA_CATEGORIES) if category_regime(entry.code) != "standard"]
        sensitive = set(
            session.scalars(
                select(m.ActivityDataCategory.activity_id)
                .distinct()
                .where(
                    kept(m.ActivityDataCategory.activity_id),
                    m.ActivityDataCategory.code.in_(special),
                )
            )
        )
        counts: dict[int, int] = dict(
            session.execute(
                select(m.activity_subprocessor.c.activity_id, func.count())
                .where(kept(m.activity_subprocessor.c.activity_id))
                .group_by(m.activity_subprocessor.c.activity_id)
            ).all()
        )
    rows = []
    for id_, uid, reference, name, role, status, updated_at in base:
        own = purposes.get(id_, [])
        rows.append(
            ActivityRow(
                uid=uid,
                reference=reference,
                name=name,
                role=role,
                status=status,
                main_purpose=own[0][0] if own else "",
                legal_bases=tuple(dict.fromkeys(basis for _, basis in own if basis)),
                sensitive=id_ in sensitive,
                subprocessor_count=counts.get(id_, 0),
                updated_at=updated_at,
            )
        )
    return rows
