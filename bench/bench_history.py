"""The register over time, measured on the benchmark's synthetic register edited in steps: each
activity renamed and its notes changed in 10 transactions (10 recorded edits per activity), the
edited copy cached beside the register it comes from.

- as of: the register rebuilt from the journal as of the middle of those edits, against reading the
  current register (`take_snapshot`, what every export starts from); target ≤ 2×;
- verify: the chain of hashes walked and every object compared with its journal, against reading
  the journal once (every entry, every column)."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

EDITS = 10


def edited_register(path: Path) -> tuple[Path, datetime]:
    """A copy of the register at `path` after EDITS rounds of edits of every activity, and the moment
    between round 5 and round 6 (cached: the edits take minutes at 1,000 activities)."""
    from sqlalchemy import select

    from register_app.domain import models as m
    from register_app.domain.base import utcnow
    from register_app.services.activities import input_of, write_activity
    from register_app.services.mapping import activity_record
    from register_app.store.register_file import open_register

    edited = path.with_name(f"{path.stem}-edited{EDITS}.rgpd")
    middle = edited.with_suffix(".middle")
    if edited.exists() and middle.exists():
        return edited, datetime.fromisoformat(middle.read_text().strip())
    partial = edited.with_name(edited.name + ".tmp.rgpd")
    shutil.copy(path, partial)
    register = open_register(partial, author="bench", daily_backup=False)
    moment = utcnow()
    try:
        for round_ in range(EDITS):
            with register.session() as session:
                for row in session.scalars(select(m.Activity)):
                    data = input_of(activity_record(row))
                    data = dataclasses.replace(data, name=f"{data.name.split(' #')[0]} #{round_}",
                                               notes=f"revue {round_}")  # fmt: skip
                    write_activity(session, author="bench", data=data, row=row)
            if round_ == EDITS // 2 - 1:
                moment = utcnow()
    finally:
        register.close()
    partial.rename(edited)
    middle.write_text(moment.isoformat())
    return edited, moment


def fig_history(path: Path, repeat: int) -> dict[str, list[float]]:
    from sqlalchemy import text

    from bench.figures import timed
    from register_app.services.as_of import snapshot_as_of
    from register_app.services.snapshot import take_snapshot
    from register_app.services.verify import verify_register
    from register_app.store.register_file import open_register

    edited, moment = edited_register(path)
    register = open_register(edited, author="bench", read_only=True, daily_backup=False)

    def read_journal() -> Any:
        with register.session() as session:
            return session.execute(text("SELECT * FROM history ORDER BY id")).all()

    try:
        assert verify_register(register).ok, "the edited register does not verify"
        return {
            "as_of": timed(lambda: snapshot_as_of(register, moment), repeat),
            "snapshot": timed(lambda: take_snapshot(register), repeat),
            "verify": timed(lambda: verify_register(register), repeat),
            "journal": timed(read_journal, repeat),
        }
    finally:
        register.close()
