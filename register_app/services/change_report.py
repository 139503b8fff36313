"""What changed in the register between two moments, from the register rebuilt as of each: the
activities created, retired, deleted and changed field by field, the subprocessors, measures, data
breaches and rights requests added or removed. Linked objects are named, not given by uid."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from register_app.domain.base import utcnow
from register_app.domain.enums import ActivityStatus, MeasureStatus
from register_app.services import records as r
from register_app.services.as_of import snapshot_as_of
from register_app.services.history import IDENTITY_FIELDS
from register_app.services.mapping import breach_label, request_label
from register_app.store.register_file import RegisterFile

NAMED_LINKS = {"subprocessor_uids": "subprocessor", "joint_controller_uids": "controller", "client_uid": "controller"}


@dataclass(frozen=True)
class FieldChange:
    field: str  # the record's field ("dpia.status" for a field of the DPIA)
    old: Any  # the values as the records hold them, linked objects by name
    new: Any


@dataclass(frozen=True)
class ActivityChange:
    uid: str
    reference: str
    name: str
    change: str  # "created", "retired", "deleted" or "changed"
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class ObjectChange:
    kind: str  # "subprocessor", "measure", "breach" or "rights_request"
    uid: str
    name: str
    change: str  # "added" or "removed"


@dataclass(frozen=True)
class ChangeReport:
    organisation: str
    since: datetime
    until: datetime
    activities: tuple[ActivityChange, ...]
    objects: tuple[ObjectChange, ...]
    since_version: str | None = None  # the frozen version the report starts from, if any


def changes_between(
    register: RegisterFile, *, since: datetime, until: datetime | None = None, since_version: str | None = None
) -> ChangeReport:
    """What changed from `since` to `until` (default: now)."""
    until = until or utcnow()
    before, after = snapshot_as_of(register, since), snapshot_as_of(register, until)
    return compare(before, after, since=since, until=until, since_version=since_version)


def compare(
    before: r.Snapshot, after: r.Snapshot, *, since: datetime, until: datetime, since_version: str | None = None
) -> ChangeReport:
    names = _names(before) | _names(after)
    old = {a.uid: a for a in before.activities}
    new = {a.uid: a for a in after.activities}
    activities: list[ActivityChange] = []
    for uid, a in new.items():
        if uid not in old:
            activities.append(ActivityChange(uid, a.reference, a.name, "created"))
            continue
        fields = _field_changes(old[uid], a, names)
        retired = a.status is ActivityStatus.RETIRED and old[uid].status is not ActivityStatus.RETIRED
        if retired or fields:
            activities.append(ActivityChange(uid, a.reference, a.name, "retired" if retired else "changed", fields))
    activities += [ActivityChange(uid, a.reference, a.name, "deleted") for uid, a in old.items() if uid not in new]
    objects = [
        *_added_removed("subprocessor", before.subprocessors, after.subprocessors),
        *_added_removed("measure", _declared(before.measures), _declared(after.measures)),
        *_added_removed("breach", before.breaches, after.breaches, label=breach_label),
        *_added_removed("rights_request", before.rights_requests, after.rights_requests, label=request_label),
    ]
    return ChangeReport(
        organisation=after.organisation.identity.name,
        since=since,
        until=until,
        activities=tuple(sorted(activities, key=lambda c: (c.reference, c.uid))),
        objects=tuple(objects),
        since_version=since_version,
    )


def _declared(measures: tuple[r.Measure, ...]) -> tuple[r.Measure, ...]:
    """Measures the DPO declared: a catalogue suggestion is not a measure of the register."""
    return tuple(x for x in measures if x.status is not MeasureStatus.NOT_DECLARED)


def _names(snapshot: r.Snapshot) -> dict[str, str]:
    found = {s.uid: s.name for s in snapshot.subprocessors}
    found |= {x.uid: x.name for x in snapshot.measures}
    found |= {c.uid: c.contact.name for c in snapshot.controllers}
    return found


def _added_removed(
    kind: str, before: tuple[Any, ...], after: tuple[Any, ...], label: Callable[[Any], str] = lambda x: x.name
) -> list[ObjectChange]:
    old, new = {x.uid: x for x in before}, {x.uid: x for x in after}
    return [ObjectChange(kind, uid, label(x), "added") for uid, x in new.items() if uid not in old] + [
        ObjectChange(kind, uid, label(x), "removed") for uid, x in old.items() if uid not in new
    ]


def _named(field: str, value: Any, names: dict[str, str]) -> Any:
    if field in NAMED_LINKS:
        return names.get(value, value) if isinstance(value, str) else tuple(names.get(u, u) for u in value)
    if field == "measures":
        return tuple(names.get(link.measure_uid, link.measure_uid) + (f" ({link.note})" if link.note else "")
                     for link in value)  # fmt: skip
    return value


def _field_changes(before: r.Activity, after: r.Activity, names: dict[str, str]) -> tuple[FieldChange, ...]:
    found = []
    for f in dataclasses.fields(after):
        if f.name in IDENTITY_FIELDS:
            continue
        old, new = getattr(before, f.name), getattr(after, f.name)
        if f.name == "measures":
            old, new = (sorted(v, key=lambda link: link.measure_uid) for v in (old, new))
        elif f.name in NAMED_LINKS and isinstance(new, tuple):
            old, new = sorted(old), sorted(new)  # linked objects come in name order: a rename is no change here
        if old == new:
            continue
        if isinstance(new, r.Dpia):
            found += [FieldChange(f"dpia.{g.name}", getattr(old, g.name), getattr(new, g.name))
                      for g in dataclasses.fields(new) if getattr(old, g.name) != getattr(new, g.name)]  # fmt: skip
        else:
            found.append(FieldChange(f.name, _named(f.name, old, names), _named(f.name, new, names)))
    return tuple(found)
