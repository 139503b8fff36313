"""What others saved in a team register since we last looked: every save writes the history, so the
history's newest entries name the objects written. A cheap query on its primary key, made every few
seconds (ui/team_watch.py); the lists then read again the rows of those objects.

A history id is taken when a transaction inserts, not when it commits: a long transaction can commit
an id below one already seen. The look-back window (the last ids seen are read again and compared)
catches those."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.store.register_file import RegisterFile

LOOK_BACK = 200  # ids below the newest seen that are read again
MOST = 2000  # more entries than this at once: the caller reloads everything (objects is None)


@dataclass(frozen=True)
class Seen:
    """The history ids seen so far: the newest, and those of the look-back window."""

    newest: int = 0
    recent: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Saved:
    """The objects written since `Seen` (kind, uid); None when too many to name."""

    seen: Seen
    objects: frozenset[tuple[str, str]] | None

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _uid in self.objects or ())


def start_watching(register: RegisterFile) -> Seen:
    """Where the history is now: what was saved before is already on screen."""
    with register.session() as session:
        return _now(session)


def _now(session: Session) -> Seen:
    newest = session.scalar(select(func.max(m.HistoryEntry.id))) or 0
    ids = session.scalars(select(m.HistoryEntry.id).where(m.HistoryEntry.id > newest - LOOK_BACK)).all()
    return Seen(newest, frozenset(ids))


def saved_since(register: RegisterFile, seen: Seen) -> Saved:
    """The objects of the history entries committed since `seen` (ours included: reading a row again
    that we wrote ourselves costs little and shows the same)."""
    with register.session() as session:
        rows = session.execute(select(m.HistoryEntry.id, m.HistoryEntry.object_kind, m.HistoryEntry.object_uid)
                               .where(m.HistoryEntry.id > seen.newest - LOOK_BACK)
                               .order_by(m.HistoryEntry.id).limit(MOST)).all()  # fmt: skip
        if len(rows) == MOST:
            return Saved(_now(session), None)
    new = [row for row in rows if row.id not in seen.recent]
    newest = max([seen.newest, *(row.id for row in rows)])
    recent = frozenset(row.id for row in rows if row.id > newest - LOOK_BACK)
    return Saved(Seen(newest, recent), frozenset((row.object_kind, row.object_uid) for row in new))
