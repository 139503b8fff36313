"""One comparison of the register with its privacy policy, as the DPO asks for it (the command
line's `compare-policy`, the app's Compare with the privacy policy…): the policy read and its
statements extracted, the register's snapshot taken, the differences listed. The policy's file is
identified by its path, its SHA-256 and the moment it was read, so a later look can tell whether it
is still the same file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from register_app.domain.catalogues import Lang
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
