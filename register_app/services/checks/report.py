"""The checks as the user sees them: the findings still open, those dismissed (listed apart, with
their reason), the completeness score and the agenda of what falls due, for one register on one day."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from register_app.domain.enums import Severity
from register_app.services import records as r
from register_app.services.agenda import DueItem, DueKind, agenda
from register_app.services.checks.completeness import RegisterCompleteness, completeness
from register_app.services.checks.dismissals import Dismissal
from register_app.services.checks.engine import Finding, FindingKey, sort_key
from register_app.services.checks.registry import check_snapshot
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile

if TYPE_CHECKING:
    from register_app.services.policy.proposals import Proposals


# The findings that say an agenda item is late or close, on the field the item names.
DUE_FINDINGS = {
    DueKind.ACTIVITY_REVIEW: ("REVIEW-OVERDUE",),
    DueKind.CONTRACT_REVIEW: ("CONTRACT-REVIEW-OVERDUE",),
    DueKind.CERTIFICATE_EXPIRY: ("CERT-EXPIRED", "CERT-EXPIRING"),
    DueKind.BREACH_NOTIFICATION: ("BREACH-NOTIFICATION-OVERDUE",),
    DueKind.REQUEST_ANSWER: ("REQUEST-OVERDUE",),
}


@dataclass(frozen=True)
class CheckReport:
    checked_on: date
    findings: tuple[Finding, ...]
    dismissed: tuple[tuple[Finding, Dismissal], ...]
    completeness: RegisterCompleteness
    agenda: tuple[DueItem, ...] = ()

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def at_least(self, threshold: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity.at_least(threshold))

    def finding_for(self, item: DueItem) -> Finding | None:
        """The open finding that says this agenda item is late or close (none once dismissed)."""
        found = self._due_findings.get((item.object_uid, item.field))
        return found if found is not None and found.code in DUE_FINDINGS.get(item.kind, ()) else None

    @cached_property
    def _due_findings(self) -> dict[tuple[str, str], Finding]:
        codes = {code for group in DUE_FINDINGS.values() for code in group}
        return {(f.object_uid, f.field): f for f in self.findings if f.code in codes}


def build_report(snapshot: r.Snapshot, dismissals: Iterable[Dismissal], *, today: date,
                 policy: Proposals | None = None) -> CheckReport:  # fmt: skip
    """Check a snapshot (and against `policy`, the privacy policy the DPO compared it with) and set
    the dismissed findings apart. Dismissals that match no finding any more (the gap was fixed) are
    simply not shown."""
    by_key = {d.key: d for d in dismissals}
    findings = check_snapshot(snapshot, today=today)
    if policy is not None:
        from register_app.services.policy.check_findings import check_findings

        findings = sorted([*findings, *check_findings(snapshot, policy)], key=sort_key)
    return CheckReport(
        checked_on=today,
        findings=tuple(f for f in findings if f.key not in by_key),
        dismissed=tuple((f, by_key[f.key]) for f in findings if f.key in by_key),
        completeness=completeness(snapshot),
        agenda=tuple(agenda(snapshot)),
    )


def report_of(snapshot: r.Snapshot, *, today: date, policy: Proposals | None = None) -> CheckReport:
    """The report for a snapshot, with the dismissals it carries (what exports use)."""
    dismissals = [
        Dismissal(FindingKey(d.code, d.object_uid, d.field), d.reason, d.author, d.at)
        for d in snapshot.dismissed_findings
    ]
    return build_report(snapshot, dismissals, today=today, policy=policy)


def run_checks(register: RegisterFile, *, today: date, policy: Proposals | None = None) -> CheckReport:
    return report_of(take_snapshot(register), today=today, policy=policy)
