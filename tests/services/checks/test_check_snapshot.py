"""Running every rule over a register: a clean register is silent, findings come errors first with
an identity of their own, and retired activities are left alone."""

from __future__ import annotations

import dataclasses
from datetime import date

from services.checks.check_builders import MAILER, PAYROLL, TODAY, clean, with_activity, with_subprocessor

from register_app.domain.enums import ActivityStatus, ContractStatus
from register_app.services import records as r
from register_app.services.checks import Severity, check_snapshot


def broken() -> r.Snapshot:
    """The clean register with an error, a warning and an info finding."""
    snapshot = with_activity(clean(), PAYROLL, purposes=(r.Purpose(description="Paie"), r.Purpose(description="RH")))
    snapshot = with_subprocessor(snapshot, MAILER, contract_status=ContractStatus.NONE)
    return with_activity(snapshot, PAYROLL, dpia=r.Dpia(criteria=("sensitive_data",)), last_review=date(2025, 1, 6))


def test_a_complete_clean_register_gives_no_finding() -> None:
    assert check_snapshot(clean(), today=TODAY) == []


def test_findings_come_errors_first_and_each_has_its_own_identity() -> None:
    findings = check_snapshot(broken(), today=TODAY)
    severities = [f.severity for f in findings]
    assert severities == sorted(severities, key=lambda s: -s.rank)
    assert {Severity.ERROR, Severity.WARNING, Severity.INFO} <= set(severities)
    assert [f.code for f in findings[:4]] == [
        "ART6-LEGAL-BASIS-MISSING",
        "ART6-LEGAL-BASIS-MISSING",
        "CONTRACT-MISSING",
        # health data of employees: two criteria, one read from the register; staff management may be
        # exempt from a DPIA (CNIL list, under 250 staff), so the first warning, not an error
        "DPIA-PROBABLE",
    ]
    assert len({f.key for f in findings}) == len(findings)


def test_every_finding_speaks_french_and_english() -> None:
    for finding in check_snapshot(broken(), today=TODAY):
        for lang in ("fr", "en"):
            assert finding.message(lang) and finding.fix(lang) and finding.reference(lang)
        assert finding.message("fr") != finding.message("en")


def test_a_retired_activity_is_not_checked() -> None:
    gutted = dataclasses.replace(
        clean().activities[0], purposes=(), data_subjects=(), retention=(), status=ActivityStatus.RETIRED
    )
    snapshot = dataclasses.replace(clean(), activities=(gutted, *clean().activities[1:]))
    assert check_snapshot(snapshot, today=TODAY) == []
