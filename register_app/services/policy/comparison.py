"""One comparison of the register with its privacy policy, as the DPO asks for it (the command
line's `compare-policy`, the app's Compare with the privacy policy…): the policy read and its
statements extracted, the register's snapshot taken, the differences listed. The policy's file is
identified by its path, its SHA-256 and the moment it was read, so a later look can tell whether it
is still the same file: the register remembers the last one (path, hash, date), and the comparison
is made again when the register opens only if that file is still there and unchanged."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select

from register_app.domain.catalogues import Lang
from register_app.domain.compared_policy import ComparedPolicy
from register_app.errors import UserError
from register_app.services import records as r
from register_app.services.policy import proposals as p
from register_app.services.policy.compare import Finding, compare
from register_app.services.policy.extract import extract
from register_app.services.policy.reader import read_policy
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile


@dataclass(frozen=True)
class Comparison:
    policy: Path
    sha256: str
    compared_at: datetime
    proposals: p.Proposals
    snapshot: r.Snapshot
    findings: tuple[Finding, ...]  # in the language asked for


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compare_policy(register: RegisterFile, policy: Path, lang: Lang = "fr") -> Comparison:
    """Read `policy`, compare it with the register as it is now; a policy that cannot be read is a
    UserError saying why."""
    proposals = extract(read_policy(policy), lang)
    snapshot = take_snapshot(register)
    return Comparison(policy, file_hash(policy), datetime.now(UTC), proposals, snapshot,
                      tuple(compare(snapshot, proposals, lang)))  # fmt: skip


@dataclass(frozen=True)
class Remembered:
    policy: Path
    sha256: str
    compared_at: datetime


def remember(register: RegisterFile, comparison: Comparison) -> None:
    """Keep in the register which policy was compared, replacing the one kept before (one transaction)."""
    with register.session() as session:
        session.execute(delete(ComparedPolicy))
        session.add(ComparedPolicy(path=str(comparison.policy), sha256=comparison.sha256,
                                   compared_at=comparison.compared_at))  # fmt: skip


def remembered(register: RegisterFile) -> Remembered | None:
    with register.session() as session:
        row = session.scalars(select(ComparedPolicy).order_by(ComparedPolicy.id.desc())).first()
        return Remembered(Path(row.path), row.sha256, row.compared_at) if row else None


def compare_again(register: RegisterFile, lang: Lang = "fr") -> Comparison | None:
    """The remembered policy compared again, if its file is still there and unchanged; otherwise None
    (a policy that changed must be compared again by the DPO, who sees what it now says)."""
    kept = remembered(register)
    if kept is None or not kept.policy.is_file():
        return None
    try:
        if file_hash(kept.policy) != kept.sha256:
            return None
        again = compare_policy(register, kept.policy, lang)
    except (OSError, UserError):
        return None
    return Comparison(again.policy, again.sha256, kept.compared_at, again.proposals, again.snapshot, again.findings)
