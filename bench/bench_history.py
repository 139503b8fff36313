"""The register over time, measured on the benchmark's synthetic register edited in steps: each
activity renamed and its notes changed in 10 transactions (10 recorded edits per activity), the
edited copy cached beside the register it comes from.

- as of: the register rebuilt from the journal as of the middle of those edits, against reading the
  current register (`take_snapshot`, what every export starts from); target ≤ 2×;
- verify: the chain of hashes walked and every object compared with its journal, against reading
  the journal once (every entry, every column);
- bundle: the inspection bundle against its files made one by one; target ≤ 1.1×.

Timed in CPU seconds of the process (`CPU`): the figures compare work, and the machine they run on
is shared."""

from __future__ import annotations

import dataclasses
import shutil
import time
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

EDITS = 10
CPU = time.process_time  # the figures' clock: the machine is shared (bench.figures.timed)
RECIPE = 2  # of the edits: a new one makes the cached edited registers be edited again


def edited_register(path: Path) -> tuple[Path, datetime]:
    """A copy of the register at `path` after EDITS rounds of edits of every activity, and the moment
    between round 5 and round 6; cached beside the register."""
    from register_app.domain.base import utcnow
    from register_app.store.register_file import open_register

    edited = path.with_name(f"{path.stem}-edited{EDITS}-r{RECIPE}.rgpd")
    middle = edited.with_suffix(".middle")
    if edited.exists() and middle.exists():
        return edited, datetime.fromisoformat(middle.read_text().strip())
    partial = edited.with_name(edited.name + ".tmp.rgpd")
    shutil.copy(path, partial)
    register = open_register(partial, author="bench", daily_backup=False)
    moment = utcnow()
    try:
        for round_ in range(EDITS):
            edit_round(register, round_)
            if round_ == EDITS // 2 - 1:
                moment = utcnow()
    finally:
        register.close()
    partial.rename(edited)
    middle.write_text(moment.isoformat())
    return edited, moment


def renamed(activity: Any, round_: int, now: datetime) -> Any:
    """The edit of round `round_`: the activity renamed and its notes rewritten."""
    return dataclasses.replace(activity, name=f"{activity.name.split(' #')[0]} #{round_}", notes=f"revue {round_}",
                               updated_at=now)  # fmt: skip


def edit_round(register: Any, round_: int) -> None:
    """Every activity edited, in one transaction, with the journal a save of each would write: its
    entries recorded by the services' `record_changes` (field, old and new value), its states by the
    journal's recorder and its seal at commit, as for any write. Only the rows are written in bulk
    (one UPDATE per activity of its name, notes, date of change and search text, where a save
    rewrites all its child rows: 0.1 s each, hours for the rounds at 10,000 activities);
    tests/test_bench_history.py compares the journal with the one saving each activity writes."""
    from sqlalchemy import bindparam, select, update

    from register_app.domain import models as m
    from register_app.domain.base import utcnow
    from register_app.services.activities import ACTIVITIES, input_of
    from register_app.services.aggregate_writes import derived_columns
    from register_app.services.bulk import activity_columns
    from register_app.services.history import PendingHistory, record_changes
    from register_app.services.mapping import declared
    from register_app.services.snapshot import snapshot_in

    table = m.Activity.__table__
    with register.session() as session:
        snapshot = snapshot_in(session)
        names = {s.uid: s.name for s in snapshot.subprocessors}
        now, history, rows = utcnow(), PendingHistory(), []
        for before in snapshot.activities:
            after = renamed(before, round_, now)
            row = SimpleNamespace(  # what `finish` and `label` read of a row
                uid=before.uid, **activity_columns(input_of(after)), purposes=after.purposes,
                data_categories=after.data_categories,
                subprocessors=[SimpleNamespace(name=names[u]) for u in after.subprocessor_uids],
            )  # fmt: skip
            record_changes(session, author=register.author, subject=ACTIVITIES.subject(row), before=before,
                           after=after, into=history)  # fmt: skip
            rows.append({"key": before.uid, "name": after.name, "notes": after.notes, "updated_at": now,
                         **derived_columns(ACTIVITIES, row)})  # fmt: skip
        session.execute(update(table).where(table.c.uid == bindparam("key")), rows)
        history.write(session)
        linked = {link.measure_uid for a in snapshot.activities for link in a.measures}
        for measure in session.scalars(select(m.Measure).where(m.Measure.uid.in_(linked))):
            declared(measure)  # as a save does


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
        halfway = {a.name.rsplit(" #", 1)[-1] for a in snapshot_as_of(register, moment).activities}
        assert halfway == {str(EDITS // 2 - 1)}, f"as of the middle of the edits, rounds {halfway}"
        return {
            "as_of": timed(lambda: snapshot_as_of(register, moment), repeat, CPU),
            "snapshot": timed(lambda: take_snapshot(register), repeat, CPU),
            "verify": timed(lambda: verify_register(register), repeat, CPU),
            "journal": timed(read_journal, repeat, CPU),
        }
    finally:
        register.close()


def fig_bundle(path: Path, repeat: int) -> dict[str, list[float]]:
    """The inspection bundle of the edited register against its files made one by one from one
    reading of the register, each written to its own file (no zip, no manifest, no README). The
    files are listed here: one the bundle gains and this list lacks makes the ratio worse, never
    better."""
    import tempfile

    from bench.figures import timed
    from register_app.domain.base import utcnow
    from register_app.exports import bundle as b
    from register_app.exports.formats import exported, pdf_exporter, xlsx_exporter
    from register_app.services.bundle import journal_extract
    from register_app.services.document import Profile
    from register_app.services.export_files import write_bundle
    from register_app.services.snapshot import take_snapshot
    from register_app.store.register_file import open_register

    edited, _moment = edited_register(path)
    register = open_register(edited, author="bench", read_only=True, daily_backup=False)
    out = Path(tempfile.mkdtemp(prefix="bench-bundle-"))

    def separately() -> None:
        snapshot = take_snapshot(register)
        files = {}
        for profile in (Profile.EXTRACT, Profile.FULL):
            files[f"{profile.value}.xlsx"] = exported(xlsx_exporter, snapshot, profile, "fr")
            files[f"{profile.value}.pdf"] = exported(pdf_exporter, snapshot, profile, "fr")
        for which in ("processor", "subprocessors"):
            files[which] = b.sheets(snapshot, "fr", which) or b""
        files["findings"] = b.findings_json(snapshot, "fr")
        files["dpia"] = b.dpia_screening(snapshot, "fr")
        files["journal"] = b.journal_csv(journal_extract(register, since=None, until=utcnow()), "fr")
        for name, data in files.items():
            (out / name).write_bytes(data)

    try:
        return {
            "bundle": timed(lambda: write_bundle(register, out / "bundle.zip", lang="fr"), repeat, CPU),
            "separately": timed(separately, repeat, CPU),
        }
    finally:
        register.close()
        shutil.rmtree(out)
