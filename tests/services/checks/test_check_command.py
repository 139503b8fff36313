"""`register-app check FILE`: the findings as text or JSON, and an exit status scripts can rely on
(0 below the threshold, 3 at or above it, 1 when the file cannot be read)."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from services.checks.check_builders import NEWSLETTER, PAYROLL, activity, clean, with_activity

from register_app.cli import main
from register_app.exports.json_export import document_of
from register_app.services import records as r
from register_app.services.checks import dismiss, run_checks
from register_app.services.interchange import import_document
from register_app.services.registers import new_register
from register_app.store.register_file import open_register


def timeless(snapshot: r.Snapshot) -> r.Snapshot:
    """The register as checked on the day the test runs: reviewed today, nothing due or expiring."""
    far = date.today() + timedelta(days=3 * 365)
    subs = tuple(
        dataclasses.replace(s, contract_review=None,
                            certifications=tuple(dataclasses.replace(c, expires=far) for c in s.certifications))
        for s in snapshot.subprocessors
    )  # fmt: skip
    activities = tuple(dataclasses.replace(a, last_review=date.today()) for a in snapshot.activities)
    return dataclasses.replace(snapshot, subprocessors=subs, activities=activities)


def written(path: Path, snapshot: r.Snapshot) -> Path:
    register = new_register(path, organisation="Société Exemple SAS", author="dpo", with_catalogue=False)
    import_document(register, document_of(timeless(snapshot)))
    register.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str]:
    code = main(["check", *map(str, args)])
    return code, capsys.readouterr().out


def no_basis() -> r.Snapshot:
    purposes = (r.Purpose(description="Statistiques RH"),)
    return with_activity(clean(), PAYROLL, purposes=purposes)


def test_a_clean_register_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, written(tmp_path / "clean.rgpd", clean()))
    assert code == 0
    assert "Aucun point à signaler." in out and "100,0\u00a0%" in out


def test_errors_give_status_3_and_json_lists_each_finding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, written(tmp_path / "r.rgpd", no_basis()), "--format", "json", "--lang", "en")
    assert code == 3
    data: dict[str, Any] = json.loads(out)
    [finding] = data["findings"]
    assert {k: finding[k] for k in ("code", "severity", "field")} == {
        "code": "ART6-LEGAL-BASIS-MISSING", "severity": "error", "field": "purposes[0].legal_basis"
    }  # fmt: skip
    assert finding["object"] | {"uid": ""} == {
        "kind": "activity",
        "uid": "",
        "reference": PAYROLL,
        "label": "T-001 Paie",
    }
    assert finding["message"] == "The purpose 'Statistiques RH' has no legal basis."
    assert data["summary"] == {"error": 1, "warning": 0, "info": 0, "dismissed": 0}


def test_warnings_fail_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    purpose = dataclasses.replace(activity(clean(), NEWSLETTER).purposes[0], legal_basis="legitimate_interest")
    path = written(tmp_path / "r.rgpd", with_activity(clean(), NEWSLETTER, purposes=(purpose,)))
    code, out = run(capsys, path)
    assert code == 0 and "ALERTE      ART6-INTEREST-MISSING" in out  # severities aligned on INFORMATION
    assert run(capsys, path, "--fail-on", "warning")[0] == 3


def test_dismissed_findings_are_listed_apart_and_do_not_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = written(tmp_path / "r.rgpd", no_basis())
    register = open_register(path, author="dpo")
    dismiss(register, finding=run_checks(register, today=date.today()).findings[0], reason="Finalité supprimée en juin")
    register.close()
    code, out = run(capsys, path)
    assert code == 0
    assert "Points écartés (1) :" in out and "écarté par dpo" in out and "Finalité supprimée en juin" in out


def test_an_unreadable_file_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path / "missing.rgpd"), "--lang", "en"]) == 1
    assert "does not exist" in capsys.readouterr().err
