"""Dismissing a finding on a real register file: a reason is required, the finding is listed apart
from then on (also after reopening the file), the history says who and why, and it can be restored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from services.checks.check_builders import NEWSLETTER, PAYROLL, TODAY, clean, with_activity

from register_app.errors import ValidationFailed
from register_app.exports.json_export import document_of
from register_app.services import records as r
from register_app.services.checks import dismiss, list_dismissals, restore, run_checks
from register_app.services.history import object_history
from register_app.services.interchange import import_document
from register_app.store.register_file import RegisterFile, open_register

DATA = Path(__file__).parents[2] / "data" / "registers"


def stale(snapshot: r.Snapshot) -> r.Snapshot:
    """Two activities whose review is overdue."""
    old = {"last_review": TODAY.replace(year=2024)}
    return with_activity(with_activity(snapshot, PAYROLL, **old), NEWSLETTER, **old)


def overdue_in(register: RegisterFile) -> list[str]:
    return [f.object_ref for f in run_checks(register, today=TODAY).findings if f.code == "REVIEW-OVERDUE"]


@pytest.fixture
def checked(register: RegisterFile) -> RegisterFile:
    import_document(register, document_of(stale(clean())))
    return register


def test_a_clean_register_file_gives_no_error(register: RegisterFile) -> None:
    import_document(register, document_of(clean()))
    report = run_checks(register, today=TODAY)
    assert report.findings == () and report.completeness.score.percent("fr") == "100,0\u00a0%"


def test_dismissing_requires_a_reason(checked: RegisterFile) -> None:
    finding = run_checks(checked, today=TODAY).findings[0]
    with pytest.raises(ValidationFailed):
        dismiss(checked, finding=finding, reason="   ")
    assert list_dismissals(checked) == []


def test_a_dismissed_finding_is_listed_apart_with_its_reason_after_reopening(checked: RegisterFile) -> None:
    payroll = next(f for f in run_checks(checked, today=TODAY).findings if f.object_ref == PAYROLL)
    dismiss(checked, finding=payroll, reason="Revue faite en réunion, fiche inchangée")
    checked.close()
    reopened = open_register(checked.path, author="autre")
    try:
        report = run_checks(reopened, today=TODAY)
        assert [f.object_ref for f in report.findings if f.code == "REVIEW-OVERDUE"] == [NEWSLETTER]
        [(finding, dismissal)] = report.dismissed
        assert finding.key == payroll.key
        assert (dismissal.reason, dismissal.author) == ("Revue faite en réunion, fiche inchangée", "testeur")
    finally:
        reopened.close()


def test_dismissing_and_restoring_are_recorded_in_the_history(checked: RegisterFile) -> None:
    payroll = next(f for f in run_checks(checked, today=TODAY).findings if f.object_ref == PAYROLL)
    dismiss(checked, finding=payroll, reason="Fiche revue oralement")
    assert restore(checked, finding=payroll) is not None
    assert overdue_in(checked) == [PAYROLL, NEWSLETTER]
    entries = [e for e in object_history(checked, uid=payroll.object_uid) if e.field == "dismissed_findings"]
    assert [(e.old_value is None, e.new_value is None) for e in entries] == [(True, False), (False, True)]
    assert "Fiche revue oralement" in (entries[0].new_value or "") and "REVIEW-OVERDUE" in (entries[0].new_value or "")
    assert entries[0].author == "testeur"


def test_a_dismissal_is_no_longer_shown_once_the_gap_is_fixed(checked: RegisterFile) -> None:
    payroll = next(f for f in run_checks(checked, today=TODAY).findings if f.object_ref == PAYROLL)
    dismiss(checked, finding=payroll, reason="Revue prévue le mois prochain")
    import_document(checked, document_of(clean()))  # both activities reviewed since
    report = run_checks(checked, today=TODAY)
    assert report.dismissed == () and PAYROLL not in overdue_in(checked)


def test_a_register_upgraded_from_the_first_schema_records_dismissals(tmp_path: Path) -> None:
    path = tmp_path / "old.rgpd"
    shutil.copy(DATA / "schema-0001.rgpd", path)
    upgraded = open_register(path, author="dpo")
    try:
        finding = run_checks(upgraded, today=TODAY).findings[0]
        dismiss(upgraded, finding=finding, reason="Accepté par la direction")
        assert run_checks(upgraded, today=TODAY).dismissed[0][0].key == finding.key
    finally:
        upgraded.close()
