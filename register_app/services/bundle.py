"""What the inspection bundle of a register holds, now or as of a past moment (exports/bundle.py
makes its files, services/export_files.py writes the zip): the journal extract covers the period
since the last version frozen before that moment (the whole journal when none was)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.services import records as r
from register_app.services.as_of import snapshot_as_of
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile


@dataclass(frozen=True)
class JournalRow:
    id: int
    at: datetime
    author: str
    action: str
    object_kind: str
    object_uid: str
    object_label: str
    field: str
    old_value: str | None
    new_value: str | None
    hash: str | None


@dataclass(frozen=True)
class BundleContent:
    snapshot: r.Snapshot
    journal: list[JournalRow]
    moment: datetime  # the register's moment: now, or the as-of moment
    since: datetime | None  # where the journal extract starts (None: the first entry)


def journal_extract(register: RegisterFile, *, since: datetime | None, until: datetime) -> list[JournalRow]:
    """The journal entries from `since` (None: the first) to `until`, oldest first: the columns the
    extract shows (not each object's recorded state, most of the journal's size)."""
    h = m.HistoryEntry
    query = select(h.id, h.at, h.author, h.action, h.object_kind, h.object_uid, h.object_label, h.field, h.old_value,
                   h.new_value, h.hash).where(h.at <= until).order_by(h.id)  # fmt: skip
    if since is not None:
        query = query.where(h.at >= since)
    with register.session() as session:
        return [JournalRow(e[0], e[1], e[2], e[3].value, *e[4:]) for e in session.execute(query)]


def bundle_content(register: RegisterFile, *, as_of: datetime | None = None) -> BundleContent:
    """What the bundle of the register now, or as of `as_of`, holds."""
    moment = as_of or utcnow()
    snapshot = snapshot_as_of(register, as_of) if as_of is not None else take_snapshot(register)
    with register.session() as session:
        since = session.scalar(
            select(m.FrozenVersion.frozen_at)
            .where(m.FrozenVersion.frozen_at <= moment)
            .order_by(m.FrozenVersion.frozen_at.desc())
            .limit(1)
        )
    return BundleContent(snapshot, journal_extract(register, since=since, until=moment), moment, since)
