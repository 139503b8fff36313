"""The register as it stood at a past moment, rebuilt from the journal's recorded states: the same
snapshot `take_snapshot` would have read then, in the same order, so every export works from it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.errors import UserError
from register_app.services import records as r
from register_app.services.journal import DISMISSALS_FIELD, KINDS, parse_dismissals, parse_state
from register_app.store.register_file import RegisterFile

T = TypeVar("T")


class BadMomentError(UserError):
    """The text "{text}" is not a date: write it as 2026-03-31 (the end of that day) or 2026-03-31T14:30."""

    fr = "« {text} » n'est pas une date : écrivez-la 2026-03-31 (la fin de ce jour) ou 2026-03-31T14:30."


class HistoryIncompleteError(UserError):
    """The register's history is complete only from {since}: it cannot say what the register held on {when}."""

    fr = ("L'historique du registre n'est complet qu'à partir de {since} : il ne peut pas dire ce que le registre "
          "contenait le {when}.")  # fmt: skip


def parse_moment(text: str) -> datetime:
    """A moment the user typed: a day (its end, local time) or a local date and time; an explicit
    UTC offset is honoured. Returned in UTC."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return end_of_day(date.fromisoformat(text))
        moment = datetime.fromisoformat(text)
        if moment.tzinfo is None:
            moment = moment.astimezone()
    except ValueError as exc:
        raise BadMomentError(text=text) from exc
    return moment.astimezone(UTC)


def moment_on(day: date, at: time | None) -> datetime:
    """`at` on `day`, local time, in UTC; without a time, the end of the day."""
    if at is None:
        return end_of_day(day)
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def end_of_day(day: date) -> datetime:
    """The last moment of `day`, local time, in UTC: the register "as of" a day is as it ended."""
    return (datetime.combine(day + timedelta(days=1), time()).astimezone() - timedelta(microseconds=1)).astimezone(UTC)


def local_text(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def complete_from(session: Session) -> datetime | None:
    """Since when the journal holds every object's state (None: not yet)."""
    seal = session.get(m.HistorySeal, 1)
    return seal.complete_from if seal is not None else None


def snapshot_as_of(register: RegisterFile, at: datetime) -> r.Snapshot:
    """The register as it stood at `at` (an aware datetime), from the journal. Refused for a moment
    before the journal is complete."""
    with register.session() as session:
        since = complete_from(session)
        if since is None or at < since:
            first_opening = ("sa première ouverture par cette version", "its first opening by this version")
            raise HistoryIncompleteError(since=local_text(since) if since else first_opening, when=local_text(at))
        h = m.HistoryEntry
        latest = (
            select(func.max(h.id))
            .where(h.at <= at, (h.state.is_not(None)) | (h.action == HistoryAction.DELETE))
            .group_by(h.object_kind, h.object_uid, h.field == DISMISSALS_FIELD)
        )
        rows = session.execute(select(h.object_kind, h.field, h.state).where(h.id.in_(latest)).order_by(h.id)).all()
    records: dict[str, list[Any]] = {kind: [] for kind in KINDS}
    dismissals: tuple[r.DismissedFinding, ...] = ()
    for kind, field, state in rows:
        if field == DISMISSALS_FIELD:
            dismissals = parse_dismissals(state)  # the latest of them wins
        elif kind in KINDS and state is not None:
            records[kind].append(parse_state(kind, state))
    return assemble(records, dismissals, at)


def _by_name(uids: Iterable[str], names: dict[str, str]) -> tuple[str, ...]:
    return tuple(sorted(uids, key=lambda uid: (names.get(uid, ""), uid)))


def _latest_first(items: list[T], when: Callable[[T], Any]) -> list[T]:
    """Most recent first, those without a date last, ties by uid: as the register lists breaches and requests."""
    dated = sorted((x for x in items if when(x) is not None), key=lambda x: x.uid)  # type: ignore[attr-defined]
    dated.sort(key=when, reverse=True)  # a stable sort: ties stay by uid
    return dated + sorted((x for x in items if when(x) is None), key=lambda x: x.uid)  # type: ignore[attr-defined]


def assemble(records: dict[str, list[Any]], dismissals: tuple[r.DismissedFinding, ...], at: datetime) -> r.Snapshot:
    """A snapshot of these records in the order `take_snapshot` reads them: links by the linked
    object's name then uid, as the register's relationships order them."""
    controllers = sorted(records["controller"], key=lambda c: (c.contact.name, c.uid))
    measures = sorted(records["measure"], key=lambda x: (x.heading.value, x.name, x.uid))
    subs = sorted(records["subprocessor"], key=lambda s: (s.name, s.uid))
    controller_names = {c.uid: c.contact.name for c in controllers}
    measure_names = {x.uid: x.name for x in measures}
    sub_names = {s.uid: s.name for s in subs}
    subs = [
        replace(s, uses_uids=_by_name(s.uses_uids, sub_names), measure_uids=_by_name(s.measure_uids, measure_names))
        for s in subs
    ]
    activities = [
        replace(
            a,
            joint_controller_uids=_by_name(a.joint_controller_uids, controller_names),
            subprocessor_uids=_by_name(a.subprocessor_uids, sub_names),
            measures=tuple(sorted(a.measures, key=lambda x: (measure_names.get(x.measure_uid, ""), x.measure_uid))),
        )
        for a in sorted(records["activity"], key=lambda a: a.reference)
    ]
    activity_refs = {a.uid: a.reference for a in activities}
    breaches = [
        replace(
            b,
            activity_uids=tuple(sorted(b.activity_uids, key=lambda uid: activity_refs.get(uid, ""))),
            subprocessor_uids=_by_name(b.subprocessor_uids, sub_names),
        )
        for b in _latest_first(records["breach"], lambda b: b.discovered_at)
    ]
    requests = _latest_first(records["rights_request"], lambda q: q.received_on)
    organisation = records["organisation"][0] if records["organisation"] else r.Organisation()
    return r.Snapshot(
        organisation=organisation,
        controllers=tuple(controllers),
        measures=tuple(measures),
        subprocessors=tuple(subs),
        activities=tuple(activities),
        dismissed_findings=dismissals,
        breaches=tuple(breaches),
        rights_requests=tuple(requests),
        taken_at=utcnow(),
        as_of=at,
    )
