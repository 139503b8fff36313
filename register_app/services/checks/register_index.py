"""What the rules look at: the register snapshot with its links resolved, and the day of the check
(passed in, never read from the clock, so that a check can be replayed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from register_app.domain.catalogues import category_regime
from register_app.domain.enums import ActivityRole, ActivityStatus, CountryRole, MeasureStatus
from register_app.services import records as r
from register_app.services.checks.engine import Target
from register_app.services.organisation import ORGANISATION_UID
from register_app.services.snapshot_index import SnapshotIndex

SENSITIVE_REGIMES = frozenset({"art9", "art10", "nir"})
T = TypeVar("T")


class RegisterIndex(SnapshotIndex):
    """The snapshot index as the rules and the completeness score see it. Retired activities are
    left out: they are kept for the record, no longer run. So are catalogue suggestions the DPO has
    not declared: they protect nothing."""

    def __init__(self, snapshot: r.Snapshot) -> None:
        super().__init__(snapshot, tuple(a for a in snapshot.activities if a.status != ActivityStatus.RETIRED))
        self.organisation = snapshot.organisation
        self.measures = {m.uid: m for m in snapshot.measures if m.status is not MeasureStatus.NOT_DECLARED}
        self.organisation_measures = tuple(m for m in self.measures.values() if m.organisation_wide)
        self._memo: dict[tuple[str, int], tuple[object, Any]] = {}

    @property
    def controller_activities(self) -> tuple[r.Activity, ...]:
        """Activities of the controller register (Art. 30(1)): the organisation decides the purposes."""
        return tuple(a for a in self.activities if a.role != ActivityRole.PROCESSOR)

    @property
    def processor_activities(self) -> tuple[r.Activity, ...]:
        """Activities of the processor register (Art. 30(2)): carried out for a client."""
        return tuple(a for a in self.activities if a.role == ActivityRole.PROCESSOR)

    def remembered(self, name: str, of: object, compute: Callable[[], T]) -> T:
        """A value worked out once per object for the whole check run, when several rules ask for it
        (the object is kept beside it, so its id is not reused)."""
        entry = self._memo.get((name, id(of)))
        if entry is None:
            entry = self._memo[(name, id(of))] = (of, compute())
        value: T = entry[1]
        return value

    def measures_of(self, activity: r.Activity) -> tuple[r.Measure, ...]:
        """The measures protecting an activity: those linked to it and those of the whole organisation."""
        linked = [self.measures[link.measure_uid] for link in activity.measures if link.measure_uid in self.measures]
        return tuple({m.uid: m for m in (*linked, *self.organisation_measures)}.values())

    def missing_transfers(self, activity: r.Activity) -> list[tuple[r.Subprocessor, tuple[str, ...]]]:
        """The implied transfers (see `snapshot_index`) of the activity, by the subprocessor making them."""
        by_sub: dict[str, tuple[r.Subprocessor, list[str]]] = {}
        for x in self.implied_transfers(activity):
            by_sub.setdefault(x.made_by.uid, (x.made_by, []))[1].append(x.country)
        return [(sub, tuple(countries)) for sub, countries in by_sub.values()]


def regimes(activity: r.Activity) -> set[str]:
    """The data regimes an activity touches: 'standard', 'art9', 'art10', 'nir'."""
    return {category_regime(c.code) for c in activity.data_categories}


def hosts_data(subprocessor: r.Subprocessor) -> bool:
    """A subprocessor hosts data unless its recorded countries are access-only."""
    return not subprocessor.countries or any(h.role == CountryRole.HOSTING for h in subprocessor.countries)


class Context(RegisterIndex):
    def __init__(self, snapshot: r.Snapshot, *, today: date) -> None:
        super().__init__(snapshot)
        self.today = today


def organisation_target(organisation: r.Organisation) -> Target:
    name = organisation.identity.name
    return Target("organisation", ORGANISATION_UID, name, name)


def activity_target(activity: r.Activity) -> Target:
    return Target(
        "activity", activity.uid, activity.reference or activity.name, f"{activity.reference} {activity.name}".strip()
    )


def subprocessor_target(subprocessor: r.Subprocessor) -> Target:
    return Target("subprocessor", subprocessor.uid, subprocessor.name, subprocessor.name)


def measure_target(measure: r.Measure) -> Target:
    return Target("measure", measure.uid, measure.name, measure.name)
