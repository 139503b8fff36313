"""The registers two careful DPOs drew from real privacy policies (tests/data/expected/): entered
literally, the checks raise every `machine_checks` entry on its object; completed as a DPO would
complete them, no error remains, and every warning left is listed here with the reason it is right."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from services.checks.expected_completions import COMPLETIONS, JUSTIFIED_WARNINGS
from support.expected_registers import (
    EXPECTED_FILES,
    build_register,
    expected_document,
    load_expected,
    object_uids,
)

from register_app.services.checks import Finding, Severity, run_checks
from register_app.store.backups import DATA_DIR_ENV

TODAY = date(2026, 12, 15)
# (file, completed) -> the findings of its register and its objects' uids by name
Results = dict[tuple[str, bool], tuple[list[Finding], dict[str, str]]]

# The file's kind of finding -> the rules that mean the same thing.
RULES_FOR_HINT: dict[str, set[str]] = {
    "CONTROLLER_IDENTITY_INCOMPLETE": {"ART30-CONTROLLER-MISSING"},
    "DPO_NOT_RECORDED": {"DPO-NOT-RECORDED", "DPO-REQUIRED-NOT-RECORDED"},
    "DPO_INCOMPLETE": {"ART30-DPO-MISSING"},
    "LEGAL_BASIS_MISSING": {"ART6-LEGAL-BASIS-MISSING"},
    "SPECIAL_CATEGORY_NO_ART9": {"ART9-CONDITION-MISSING"},
    "DPIA_SIGNS": {"DPIA-MISSING", "DPIA-PROBABLE"},
    "DATA_CATEGORIES_MISSING": {"ART30-CATEGORIES-MISSING"},
    "RETENTION_MISSING": {"ART30-RETENTION-MISSING"},
    "RETENTION_NO_START": {"RETENTION-START-MISSING"},
    "RETENTION_VAGUE": {"RETENTION-VAGUE"},
    "RETENTION_EXCEEDS_REFERENCE": {"RETENTION-EXCEEDS-REFERENCE"},
    "TRANSFER_NO_SAFEGUARD": {"TRANSFER-TOOL-MISSING"},
    "SUBPROCESSOR_UNNAMED": {"SUBPROCESSOR-UNNAMED"},
    "SUBPROCESSOR_NO_DPA": {"CONTRACT-MISSING"},
    "HDS_CERT_INCOMPLETE": {"HDS-CERT-INCOMPLETE"},
    "SECURITY_HEADING_EMPTY_SENSITIVE": {"SECURITY-HEADING-EMPTY"},
    "SSL_NOT_TLS": {"SSL-WORDING"},
}
def machine_checks() -> list[Any]:
    params = []
    for name in EXPECTED_FILES:
        for entry in load_expected(name)["machine_checks"]:
            label = f"{name.split('-')[0]}:{entry['code_hint']}:{entry['object'][:40]}"
            params.append(pytest.param(name, entry["code_hint"], entry["object"], id=label))
    return params


@pytest.fixture(scope="module")
def registers(tmp_path_factory: pytest.TempPathFactory) -> Results:
    """The findings and object uids of each file's register, literal (False) and completed (True)."""
    folder = tmp_path_factory.mktemp("expected")
    results: Results = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        for name in EXPECTED_FILES:
            literal = expected_document(load_expected(name))
            for completed in (False, True):
                document = COMPLETIONS[name](literal) if completed else literal
                register = build_register(folder / f"{name}-{completed}.rgpd", document)
                try:
                    results[name, completed] = list(run_checks(register, today=TODAY).findings), object_uids(document)
                finally:
                    register.close()
    return results


@pytest.mark.parametrize(("name", "hint", "obj"), machine_checks())
def test_each_machine_check_is_raised_on_its_object(registers: Results, name: str, hint: str, obj: str) -> None:
    findings, uids = registers[name, False]
    on_object = [f for f in findings if f.object_uid == uids[obj]]
    assert any(f.code in RULES_FOR_HINT[hint] for f in on_object), sorted({f.code for f in on_object})


def test_no_dpo_beside_health_data_is_a_warning(
    registers: Results,
) -> None:
    findings, _ = registers["itiaki-expected.json", False]
    [finding] = [f for f in findings if f.code in RULES_FOR_HINT["DPO_NOT_RECORDED"]]
    assert finding.severity is Severity.WARNING and "37.1.c" in finding.reference_fr


@pytest.mark.parametrize("name", EXPECTED_FILES)
def test_a_completed_register_keeps_only_justified_warnings(registers: Results, name: str) -> None:
    findings, _ = registers[name, True]
    assert [(f.code, f.object_ref, f.field) for f in findings if f.severity is Severity.ERROR] == []
    warnings = {(f.code, f.object_ref, f.field) for f in findings if f.severity is Severity.WARNING}
    assert warnings == set(JUSTIFIED_WARNINGS[name])
