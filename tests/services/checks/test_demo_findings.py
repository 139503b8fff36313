"""The checks on the demo register: every flaw it keeps on purpose is found where the user would
look for it, and no other error is raised on what is meant to be sound."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from support.engines import copy_register

from register_app.services.checks import Finding, Severity, run_checks
from register_app.services.demo import (
    ATLAS,
    DELIBERATE_GAPS,
    MAILORA,
    PIXELUNE,
    SSL_MEASURE,
    VISIOLIEN,
    DemoGap,
)
from register_app.store.backups import DATA_DIR_ENV
from register_app.store.register_file import open_register

# The rule expected to report each deliberate gap, on the gap's own object and field.
EXPECTED: dict[tuple[str, str, str], str] = {
    ("activity", "T-003", "purposes[2].legal_basis"): "ART6-LEGAL-BASIS-MISSING",
    ("activity", "T-004", "data_categories[1]"): "RETENTION-CATEGORY-MISSING",
    ("activity", "T-006", "retention[3].criterion"): "RETENTION-INDEFINITE",
    ("activity", "T-006", "transfers[1].tool"): "TRANSFER-TOOL-MISSING",
    ("activity", "T-008", "last_review"): "REVIEW-OVERDUE",
    ("activity", "T-009", "dpia.status"): "DPIA-MISSING",
    ("activity", "T-011", "art9_condition"): "ART9-CONDITION-MISSING",
    ("subprocessor", ATLAS, "transfer_tool"): "TRANSFER-TOOL-MISSING",
    ("subprocessor", VISIOLIEN, "certifications"): "HDS-MISSING",
    ("subprocessor", PIXELUNE, "contract_status"): "CONTRACT-MISSING",
    ("subprocessor", MAILORA, "certifications[0].expires"): "CERT-EXPIRED",
    ("measure", SSL_MEASURE, "description"): "SSL-WORDING",
}


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory, demo_by: Callable[[str], Path]) -> Iterator[list[Finding]]:
    folder = tmp_path_factory.mktemp("demo-checks")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        register = open_register(copy_register(demo_by("démo"), folder / "demo.rgpd"), author="démo")
        try:
            yield list(run_checks(register, today=date.today()).findings)
        finally:
            register.close()


def key(gap: DemoGap) -> tuple[str, str, str]:
    return gap.kind, gap.target, gap.field


def found(gap: DemoGap, findings: list[Finding]) -> list[Finding]:
    return [
        f
        for f in findings
        if (f.code, f.object_kind, f.object_ref, f.field) == (EXPECTED[key(gap)], gap.kind, gap.target, gap.field)
    ]


@pytest.mark.parametrize("gap", DELIBERATE_GAPS, ids=lambda g: f"{g.target}:{g.field}")
def test_each_deliberate_gap_is_found(gap: DemoGap, findings: list[Finding]) -> None:
    assert key(gap) in EXPECTED, f"new deliberate gap {key(gap)}: say which rule should report it"
    assert len(found(gap, findings)) == 1


def test_the_findings_name_what_the_gap_is_about(findings: list[Finding]) -> None:
    retention = next(f for f in findings if f.code == "RETENTION-CATEGORY-MISSING")
    assert "« Internet »" in retention.message_fr
    hds = next(f for f in findings if f.code == "HDS-MISSING")
    assert "T-015" in hds.message_fr


def test_no_other_error_is_raised_on_the_demo(findings: list[Finding]) -> None:
    gaps = {(kind, ref, field) for kind, ref, field in EXPECTED}
    unexplained = [
        (f.code, f.object_ref, f.field)
        for f in findings
        if f.severity == Severity.ERROR and (f.object_kind, f.object_ref, f.field) not in gaps
    ]
    assert unexplained == []
