"""One index over a register snapshot, used alike by the compliance checks and the exports: the
objects by uid, the subprocessors an activity's data reaches (those linked to it, then down the
chain of the sub-processors they use), and the transfers outside the EEA that this chain implies.

An implied transfer is a country outside the EEA where a subprocessor anywhere down the chain
hosts or accesses the activity's data, with no transfer to that country recorded on the activity
for that subprocessor (or for no subprocessor in particular): a sub-processor's transfer is an
onward transfer of the activity's data, which Art. 44 GDPR covers as much as the first one. It is
kept with who makes it and through which of the activity's own subprocessors."""

from __future__ import annotations

from dataclasses import dataclass

from register_app.domain.catalogues import country_status
from register_app.services import records as r


@dataclass(frozen=True)
class Reached:
    """A subprocessor an activity's data reaches, and the activity's own subprocessor through whose
    chain it does (None when it is linked to the activity itself)."""

    subprocessor: r.Subprocessor
    through: r.Subprocessor | None


@dataclass(frozen=True)
class ImpliedTransfer:
    """A transfer the register implies but does not record: `made_by` hosts or accesses the data in
    `country`, outside the EEA; `through` as in `Reached`."""

    made_by: r.Subprocessor
    country: str
    through: r.Subprocessor | None


class SnapshotIndex:
    """The snapshot's objects by uid and the links followed from an activity. `activities` are the
    ones the reader considers (all by default)."""

    def __init__(self, snapshot: r.Snapshot, activities: tuple[r.Activity, ...] | None = None) -> None:
        self.snapshot = snapshot
        self.activities = snapshot.activities if activities is None else activities
        self.subprocessors = {s.uid: s for s in snapshot.subprocessors}
        self.measures = {m.uid: m for m in snapshot.measures}
        self.controllers = {c.uid: c for c in snapshot.controllers}
        self._reached: dict[int, tuple[r.Activity, tuple[Reached, ...]]] = {}
        self._served: dict[str, list[r.Activity]] | None = None

    def direct_subprocessors(self, activity: r.Activity) -> list[r.Subprocessor]:
        """The subprocessors linked to the activity itself, in its order."""
        return [self.subprocessors[u] for u in activity.subprocessor_uids if u in self.subprocessors]

    def reached(self, activity: r.Activity) -> tuple[Reached, ...]:
        """The subprocessors the activity's data reaches, its own first, then down their chains
        (worked out once per activity: several rules and documents ask)."""
        entry = self._reached.get(id(activity))
        if entry is None:  # the activity is kept in the entry, so its id is not reused
            entry = self._reached[id(activity)] = (activity, self._reach(activity))
        return entry[1]

    def _reach(self, activity: r.Activity) -> tuple[Reached, ...]:
        found: dict[str, Reached] = {}
        pending: list[tuple[str, r.Subprocessor | None]] = [(uid, None) for uid in activity.subprocessor_uids]
        while pending:
            uid, through = pending.pop(0)
            sub = self.subprocessors.get(uid)
            if uid in found or sub is None:
                continue
            found[uid] = Reached(sub, through)
            pending += [(used, through or sub) for used in sub.uses_uids]
        return tuple(found.values())

    def subprocessors_of(self, activity: r.Activity) -> tuple[r.Subprocessor, ...]:
        return tuple(x.subprocessor for x in self.reached(activity))

    def activities_served(self, subprocessor: r.Subprocessor) -> tuple[r.Activity, ...]:
        """The activities whose data reaches the subprocessor, directly or down a chain."""
        served = self._served
        if served is None:  # one pass over the activities, not one per subprocessor
            served = self._served = {}
            for activity in self.activities:
                for sub in self.subprocessors_of(activity):
                    served.setdefault(sub.uid, []).append(activity)
        return tuple(served.get(subprocessor.uid, ()))

    def implied_transfers(self, activity: r.Activity) -> list[ImpliedTransfer]:
        """The transfers outside the EEA the activity's subprocessors imply and it does not record."""
        found = []
        for x in self.reached(activity):
            sub = x.subprocessor
            for country in dict.fromkeys(h.country for h in sub.countries):
                if country_status(country) != "eea" and not recorded(activity, country, sub.uid):
                    found.append(ImpliedTransfer(sub, country, x.through))
        return found


def recorded(activity: r.Activity, country: str, subprocessor_uid: str) -> bool:
    """Whether the activity records a transfer to `country` by that subprocessor or by no one named."""
    return any(t.country == country and t.subprocessor_uid in (subprocessor_uid, None) for t in activity.transfers)
