"""The inspection bundle of a register, now or as of a past moment (exports/bundle.py makes its
files): the journal extract covers the period since the last version frozen before that moment
(the whole journal when none was)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.catalogues import Lang
from register_app.exports.bundle import JournalRow, bundle_files, zip_bytes
from register_app.services.as_of import snapshot_as_of
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile


def journal_extract(register: RegisterFile, *, since: datetime | None, until: datetime) -> list[JournalRow]:
    """The journal entries from `since` (None: the first) to `until`, oldest first."""
    h = m.HistoryEntry
    query = select(h).where(h.at <= until).order_by(h.id)
    if since is not None:
        query = query.where(h.at >= since)
    with register.session() as session:
        return [
            JournalRow(e.id, e.at, e.author, e.action.value, e.object_kind, e.object_uid, e.object_label, e.field,
                       e.old_value, e.new_value, e.hash)
            for e in session.scalars(query)
        ]  # fmt: skip


def make_bundle(register: RegisterFile, *, as_of: datetime | None = None, lang: Lang = "fr") -> bytes:
    """The zip of the bundle, of the register now or as of `as_of`."""
    moment = as_of or utcnow()
    snapshot = snapshot_as_of(register, as_of) if as_of is not None else take_snapshot(register)
    with register.session() as session:
        since = session.scalar(
            select(m.FrozenVersion.frozen_at)
            .where(m.FrozenVersion.frozen_at <= moment)
            .order_by(m.FrozenVersion.frozen_at.desc())
            .limit(1)
        )
    journal = journal_extract(register, since=since, until=moment)
    return zip_bytes(bundle_files(snapshot, journal, lang, moment=moment, since=since))
