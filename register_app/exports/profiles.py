"""Export profiles. The Article 30 extract is what a controller hands the authority: only the
items Article 30 requires, without internal notes; the full register keeps everything."""

from __future__ import annotations

import dataclasses
from enum import StrEnum

from register_app.services import records as r


class Profile(StrEnum):
    EXTRACT = "extract"
    FULL = "full"


def for_profile(snapshot: r.Snapshot, profile: Profile) -> r.Snapshot:
    """The snapshot as the profile shows it: the extract drops every internal note and the DPO's
    dismissed findings (internal working notes too)."""
    if profile is Profile.FULL:
        return snapshot
    return dataclasses.replace(
        snapshot,
        dismissed_findings=(),
        controllers=tuple(dataclasses.replace(c, notes="") for c in snapshot.controllers),
        subprocessors=tuple(dataclasses.replace(s, notes="") for s in snapshot.subprocessors),
        activities=tuple(
            dataclasses.replace(
                a,
                notes="",
                measures=tuple(dataclasses.replace(link, note="") for link in a.measures),
            )
            for a in snapshot.activities
        ),
    )
