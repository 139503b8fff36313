"""Export profiles (`Profile` is in services/document.py). The Article 30 extract is what a
controller hands the authority: the processing actually carried out (active activities only), the
measures the DPO declared and only the items Article 30 requires, without internal notes; the full
register keeps everything.

`for_profile` is the data each profile carries (the JSON export uses it as it is: its full profile
is a lossless interchange format); `for_document` is what a document a person reads states (PDF,
Excel): never a catalogue suggestion the DPO has not declared, whatever the profile."""

from __future__ import annotations

import dataclasses

from register_app.domain.enums import ActivityStatus, MeasureStatus
from register_app.services import records as r
from register_app.services.document import Profile


def for_profile(snapshot: r.Snapshot, profile: Profile) -> r.Snapshot:
    """The snapshot as the profile carries it: the extract keeps the active activities and the
    declared measures, and drops every internal note, the DPO's dismissed findings (internal
    working notes too) and the DPO's other registers (breaches, rights requests: not Article 30)."""
    if profile is Profile.FULL:
        return snapshot
    shown = declared_only(snapshot)
    return dataclasses.replace(
        shown,
        dismissed_findings=(),
        breaches=(),
        rights_requests=(),
        controllers=tuple(dataclasses.replace(c, notes="") for c in shown.controllers),
        subprocessors=tuple(dataclasses.replace(s, notes="") for s in shown.subprocessors),
        activities=tuple(
            dataclasses.replace(
                a,
                notes="",
                measures=tuple(dataclasses.replace(link, note="") for link in a.measures),
            )
            for a in shown.activities
            if a.status is ActivityStatus.ACTIVE
        ),
    )


def for_document(snapshot: r.Snapshot, profile: Profile) -> r.Snapshot:
    """What a PDF or Excel document of the profile states: the profile's data, declared measures only."""
    return declared_only(for_profile(snapshot, profile))


def declared_only(snapshot: r.Snapshot) -> r.Snapshot:
    """The snapshot without the measures the DPO has not declared (catalogue suggestions), nor any
    link to them. Activities and subprocessors without such a link are kept as they are."""
    if all(m.status is not MeasureStatus.NOT_DECLARED for m in snapshot.measures):
        return snapshot
    measures = tuple(m for m in snapshot.measures if m.status is not MeasureStatus.NOT_DECLARED)
    kept = {m.uid for m in measures}
    activities = tuple(
        a if all(link.measure_uid in kept for link in a.measures)
        else dataclasses.replace(a, measures=tuple(link for link in a.measures if link.measure_uid in kept))
        for a in snapshot.activities
    )  # fmt: skip
    subprocessors = tuple(
        s if all(uid in kept for uid in s.measure_uids)
        else dataclasses.replace(s, measure_uids=tuple(uid for uid in s.measure_uids if uid in kept))
        for s in snapshot.subprocessors
    )  # fmt: skip
    return dataclasses.replace(snapshot, measures=measures, activities=activities, subprocessors=subprocessors)
