"""Fichier ▸ Compare with the privacy policy…: the policy chosen, the comparison run in the background,
the differences listed with both sides quoted, each opening the activity it is about; the differences
then appear on the checks page as findings that can be dismissed like any other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from register_app.domain.enums import ActivityStatus
from register_app.services import records as r
from register_app.services.activities import create_activity
from register_app.services.checks import dismiss
from register_app.services.subprocessors import create_subprocessor
from register_app.ui.activity_dialog import ActivityDialog
from register_app.ui.edits import EVERYTHING
from register_app.ui.policy_compare import FINDING, PolicyCompareDialog
from tests.ui.conftest import answer_modal, checks_settled

POLICY = """Privacy policy

What we use your data for

- Sending our newsletter (legitimate interest)

Card payments are processed by our payment provider Stripe.
"""


def test_the_differences_are_listed_opened_and_checked(qtbot: Any, opened: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    register = opened.ctx.register
    newsletter = create_activity(register, data=r.ActivityInput(
        name="Newsletter", status=ActivityStatus.ACTIVE,
        purposes=(r.Purpose(description="Sending our newsletter", legal_basis="consent"),),
    ))  # fmt: skip
    create_subprocessor(register, data=r.SubprocessorInput(name="Brevo", service="E-mailing"))
    opened.ctx.notify(EVERYTHING)
    policy = tmp_path / "policy.md"
    policy.write_text(POLICY, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(policy), ""))
    seen: dict[str, Any] = {}

    def compare(dialog: PolicyCompareDialog) -> None:
        try:
            qtbot.waitUntil(lambda: dialog.comparison is not None, timeout=10_000)
            rows = {dialog.tree.topLevelItem(i).child(j).text(0): dialog.tree.topLevelItem(i).child(j)
                    for i in range(dialog.tree.topLevelItemCount())
                    for j in range(dialog.tree.topLevelItem(i).childCount())}  # fmt: skip
            seen["rows"] = {name: (row.text(1), row.text(2)) for name, row in rows.items()}
            basis = next(row for name, row in rows.items() if name.startswith("Legal basis"))
            dialog.tree.setCurrentItem(basis)
            seen["can_open"] = dialog.open_button.isEnabled()
            seen["uid"] = basis.data(0, FINDING).activity_uid
            answer_modal(qtbot, ActivityDialog, lambda editor: (seen.setdefault("opened", editor.windowTitle()),
                                                                editor.reject()))  # fmt: skip
            dialog.open_button.click()
        finally:
            dialog.reject()

    answer_modal(qtbot, PolicyCompareDialog, compare, timeout=20_000)
    opened.compare_policy_action.trigger()
    rows = seen["rows"]
    assert rows["Subprocessor — Stripe"] == ("Card payments are processed by our payment provider Stripe.",
                                            "(nothing recorded)")  # fmt: skip
    assert rows["Subprocessor — Brevo"] == ("(says nothing of it)", "Brevo — E-mailing")
    basis = next(v for k, v in rows.items() if k.startswith("Legal basis"))
    assert basis == ("Sending our newsletter (legitimate interest)", "Newsletter — Sending our newsletter: Consent")
    assert seen["can_open"] and seen["uid"] == newsletter.uid and "Newsletter" in seen["opened"]

    checks_settled(qtbot, opened)
    report = opened.workspace.checks.report
    policy_findings = [f for f in report.findings if f.code.startswith("POLICY-")]
    on_basis = next(f for f in policy_findings if f.code.startswith("POLICY-LEGAL-BASIS-"))
    assert on_basis.field == "purposes"  # the checks page opens the activity on its purposes
    assert on_basis.object_uid == newsletter.uid and "“Sending our newsletter (legitimate interest)”" in (
        on_basis.message("en"))  # fmt: skip
    assert "« Sending our newsletter (legitimate interest) »" in on_basis.message("fr")
    dismiss(register, finding=on_basis, reason="The policy is being rewritten")
    opened.ctx.notify(EVERYTHING)
    checks_settled(qtbot, opened)
    report = opened.workspace.checks.report
    assert on_basis.key not in {f.key for f in report.findings}
    assert [f.key for f, _ in report.dismissed] == [on_basis.key]  # and still known, as dismissed
    assert any(f.code.startswith("POLICY-SUBPROCESSOR-") for f in report.findings)

    path = register.path  # the register remembers the policy: its findings come back when it opens again
    opened.close_register()
    assert opened.open_file(path)
    checks_settled(qtbot, opened)
    report = opened.workspace.checks.report
    assert any(f.code.startswith("POLICY-SUBPROCESSOR-") for f in report.findings)
    assert [f.key for f, _ in report.dismissed] == [on_basis.key]
    policy.write_text(POLICY + "\nWe also keep invoices for 10 years.\n", encoding="utf-8")  # changed since
    opened.close_register()
    assert opened.open_file(path)
    checks_settled(qtbot, opened)
    assert not any(f.code.startswith("POLICY-") for f in opened.workspace.checks.report.findings)
