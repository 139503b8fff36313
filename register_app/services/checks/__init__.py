"""Compliance checks over the register: rules with stable codes that return findings as data,
the completeness score, and dismissals recorded with a reason.

For a screen or an export: `check_snapshot(snapshot, today=...)` (pure), or
`run_checks(register, today=...)` / `report_of(snapshot, today=...)`, which also set dismissed findings
apart."""

from register_app.domain.enums import Severity
from register_app.services.checks.completeness import RegisterCompleteness, Score, completeness, item_label
from register_app.services.checks.dismissals import Dismissal, dismiss, list_dismissals, restore
from register_app.services.checks.engine import Finding, FindingKey, Rule
from register_app.services.checks.registry import RULES, check_snapshot
from register_app.services.checks.report import CheckReport, build_report, report_of, run_checks

__all__ = [
    "RULES",
    "CheckReport",
    "Dismissal",
    "Finding",
    "FindingKey",
    "RegisterCompleteness",
    "Rule",
    "Score",
    "Severity",
    "build_report",
    "check_snapshot",
    "completeness",
    "dismiss",
    "item_label",
    "list_dismissals",
    "report_of",
    "restore",
    "run_checks",
]
