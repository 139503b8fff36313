"""The checks page, the dashboard's compliance tiles and the error marks of the activities list,
on a register with known findings."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QStyleOptionViewItem
from services.checks.check_builders import MAILER, PAYROLL, TODAY, activity, clean, with_activity, with_subprocessor

from register_app.domain.enums import ContractStatus
from register_app.services import activities
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.services.checks import Severity
from register_app.ui import check_state
from register_app.ui.agenda_list import TARGET_ROLE
from register_app.ui.dismiss_dialog import DismissDialog
from register_app.ui.edits import update
from register_app.ui.finding_words import field_text
from register_app.ui.subprocessor_dialog import SubprocessorDialog
from register_app.ui.undo import run_edit
from register_app.ui.widgets import ErrorLabel
from tests.ui.check_cases import written
from tests.ui.conftest import answer_modal, checks_settled, type_text
from tests.ui.test_check_focus import is_focused


def spoiled() -> r.Snapshot:
    """Payroll without legal basis (error), Mailer's contract unsigned (error), its review overdue
    (warning) and a certificate expiring soon (info)."""
    purposes = (r.Purpose(description="Statistiques RH"),)
    snapshot = with_activity(clean(), PAYROLL, purposes=purposes)
    cert = r.Certification(kind="soc2", name="SOC 2", expires=TODAY + timedelta(days=30))
    return with_subprocessor(snapshot, MAILER, contract_status=ContractStatus.IN_NEGOTIATION,
                             contract_review=TODAY.replace(month=6, day=1), certifications=(cert,))  # fmt: skip


@pytest.fixture
def checked(window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(check_state, "today", lambda: TODAY)
    assert window.open_file(written(tmp_path / "r.rgpd", spoiled()))
    window.go_to(5)  # the checks page: a page out of sight is brought up to date when shown
    checks_settled(qtbot, window)
    return window


def codes(model: Any) -> list[str]:
    return [model.row_at(i).code if hasattr(model.row_at(i), "code") else model.row_at(i).finding.code
            for i in range(model.rowCount())]  # fmt: skip


def test_models_pass_the_model_tester(checked: Any, qtmodeltester: Any) -> None:
    page = checked.workspace.checks_page
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.dismissed_model)


def test_open_findings_are_listed_with_severity_field_in_words_and_reference(checked: Any) -> None:
    page = checked.workspace.checks_page
    assert set(codes(page.model)) == {"ART6-LEGAL-BASIS-MISSING", "CONTRACT-MISSING", "CONTRACT-REVIEW-OVERDUE",
                                      "CERT-EXPIRING"}  # fmt: skip
    row = codes(page.model).index("ART6-LEGAL-BASIS-MISSING")
    texts = [page.model.index(row, c).data() for c in range(page.model.columnCount())]
    assert texts[0] == "Error" and texts[2] == "Purpose 1: legal basis"
    assert "has no legal basis" in texts[3] and "Art. 6" in texts[4]
    assert page.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert page.tabs.tabText(0) == "Open findings (4)"


def test_filters_by_severity_and_text(checked: Any, qtbot: Any) -> None:
    page = checked.workspace.checks_page
    page.severity.setCurrentIndex(page.severity.findData(Severity.ERROR))
    assert set(codes(page.model)) == {"ART6-LEGAL-BASIS-MISSING", "CONTRACT-MISSING"}
    type_text(page.search, "mailer")
    assert codes(page.model) == ["CONTRACT-MISSING"]
    page.search.clear()
    page.severity.setCurrentIndex(0)
    assert page.model.rowCount() == 4


def test_the_detail_pane_shows_message_reference_and_fix(checked: Any) -> None:
    page = checked.workspace.checks_page
    finding = next(f for f in checked.workspace.checks.report.findings if f.code == "CONTRACT-MISSING")
    page.select_finding(finding)
    assert page.detail.message.text() == finding.message_en
    assert page.detail.reference.text() == finding.reference_en and page.detail.fix.text() == finding.fix_en


def test_dismiss_needs_a_reason_then_lists_apart_and_restores(checked: Any, qtbot: Any) -> None:
    workspace = checked.workspace
    checked.go_to(5)
    page = workspace.checks_page
    finding = next(f for f in workspace.checks.report.findings if f.code == "CONTRACT-MISSING")
    page.select_finding(finding)
    errors: list[str] = []

    def refuse_then_give(dialog: DismissDialog) -> None:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # empty: refused
        errors.append(dialog.error.text())
        assert dialog.isVisible()
        type_text(dialog.reason, "Contrat signé le 3 juin, scan en cours d'archivage")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    handled = answer_modal(qtbot, DismissDialog, refuse_then_give)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert handled and errors == ["A reason is required to dismiss a finding."]
    checks_settled(qtbot, checked)
    assert "CONTRACT-MISSING" not in codes(page.model)
    assert codes(page.dismissed_model) == ["CONTRACT-MISSING"]
    assert page.dismissed_model.index(0, 3).data() == "Contrat signé le 3 juin, scan en cours d'archivage"
    assert page.dismissed_model.index(0, 4).data() == checked.ctx.register.author
    checked.go_to(0)
    assert workspace.dashboard.findings.number.text() == "3"
    checked.go_to(5)
    page.tabs.setCurrentIndex(1)
    page.select_finding(finding)
    assert page.restore_button.isVisible()
    assert "Contrat signé" in page.detail.dismissal.text()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    checks_settled(qtbot, checked)
    assert "CONTRACT-MISSING" in codes(page.model) and page.dismissed_model.rowCount() == 0
    checked.ctx.undo_stack.undo()  # dismissed again, with its reason
    checks_settled(qtbot, checked)
    assert codes(page.dismissed_model) == ["CONTRACT-MISSING"]


def test_dashboard_shows_completeness_findings_and_what_falls_due(checked: Any, qtbot: Any) -> None:
    checked.go_to(0)
    dashboard = checked.workspace.dashboard
    report = checked.workspace.checks.report
    assert dashboard.completeness.number.text() == report.completeness.score.percent("en")
    assert dashboard.findings.number.text() == "4"
    assert "2 error(s), 1 warning(s), 1 information" in dashboard.findings.detail.text()
    # one agenda: each item a check speaks about carries that finding's icon and message
    entries = [dashboard.agenda.item(i) for i in range(dashboard.agenda.count())]
    contract = next(e for e in entries if "Contract review: Mailer Inc." in e.text())
    cert = next(e for e in entries if "Certificate SOC 2 expires: " in e.text())
    assert contract.text().endswith("(overdue)") and contract.data(TARGET_ROLE).code == "CONTRACT-REVIEW-OVERDUE"
    assert "The contract review was due on 1 June 2026." in contract.toolTip()
    assert cert.data(TARGET_ROLE).code == "CERT-EXPIRING" and "expires on 15 July 2026" in cert.toolTip()
    assert not contract.icon().isNull()
    reviews = [e for e in entries if "Yearly review: " in e.text()]  # not late on the check day: no finding
    assert reviews and all(e.data(TARGET_ROLE).code == "" for e in reviews)
    late = sum(e.text().endswith("(overdue)") for e in entries)
    assert dashboard.falling_due.number.text() == str(late)
    assert dashboard.falling_due.detail.text().startswith(f"{late} overdue; {len(entries) - late} more")


def test_an_agenda_item_opens_its_editor_on_the_date_it_is_about(checked: Any, qtbot: Any) -> None:
    checked.go_to(0)
    agenda = checked.workspace.dashboard.agenda
    contract = next(agenda.item(i) for i in range(agenda.count()) if "review: Mailer Inc." in agenda.item(i).text())
    seen: dict[str, Any] = {}

    def look(dialog: SubprocessorDialog) -> None:
        def check() -> None:
            seen["focus"] = dialog.focusWidget()
            seen["shown"] = " ".join(label.text() for label in dialog.findChildren(ErrorLabel) if label.isVisible())
            dialog.done(0)

        QTimer.singleShot(30, check)

    handled = answer_modal(qtbot, SubprocessorDialog, look)
    agenda.itemActivated.emit(contract)  # a double-click, or Enter
    assert handled
    assert is_focused(handled[0].contract_review, seen["focus"])
    assert "The contract review was due on 1 June 2026." in seen["shown"]


def test_until_the_first_checks_end_the_page_says_so_rather_than_zero(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(check_state, "today", lambda: TODAY)
    assert window.open_file(written(tmp_path / "r.rgpd", spoiled()))
    window.go_to(5)
    page = window.workspace.checks_page
    assert page.count.text() == "Checking the register…"
    assert [page.tabs.tabText(i) for i in (0, 1)] == ["Open findings (…)", "Dismissed (…)"]
    dashboard = window.workspace.dashboard  # nor does the agenda say that nothing falls due
    assert [dashboard.agenda.item(i).text() for i in range(dashboard.agenda.count())] == ["Checking the register…"]
    assert dashboard.falling_due.number.text() == "…"
    checks_settled(qtbot, window)
    assert [page.tabs.tabText(i) for i in (0, 1)] == ["Open findings (4)", "Dismissed (0)"]


def test_findings_refresh_after_an_edit(checked: Any, qtbot: Any) -> None:
    workspace = checked.workspace
    uid = activity(clean(), PAYROLL).uid
    assert uid in workspace.error_marks.errors
    row = workspace.activities.model.row_of(uid)
    tooltip = workspace.error_marks.tooltip(workspace.activities.model.index(row, 0))
    assert "has no legal basis" in tooltip
    data = activities.input_of(activities.get_activity(checked.ctx.register, uid=uid))
    fixed = dataclasses.replace(data, purposes=(r.Purpose(description="Statistiques RH", legal_basis="contract"),))
    run_edit(checked.ctx, update(ACTIVITIES, uid, fixed), "fix")
    assert workspace.checks.busy  # the edit returns at once; the checks follow in the background
    checks_settled(qtbot, checked)
    assert "ART6-LEGAL-BASIS-MISSING" not in codes(workspace.checks_page.model)
    assert uid not in workspace.error_marks.errors
    checked.go_to(0)
    assert workspace.dashboard.findings.number.text() == "3"


def test_edits_made_while_the_checks_run_are_all_checked(checked: Any, qtbot: Any) -> None:
    workspace = checked.workspace
    uid = activity(clean(), PAYROLL).uid
    data = activities.input_of(activities.get_activity(checked.ctx.register, uid=uid))
    published: list[set[str]] = []
    workspace.checks.updated.connect(lambda: published.append(set(codes(workspace.checks_page.model))))
    fixed = dataclasses.replace(data, purposes=(r.Purpose(description="Statistiques RH", legal_basis="contract"),))
    run_edit(checked.ctx, update(ACTIVITIES, uid, fixed), "fix")
    run_edit(checked.ctx, update(ACTIVITIES, uid, data), "spoil again")  # while the first run is under way
    checks_settled(qtbot, checked)
    assert published and "ART6-LEGAL-BASIS-MISSING" in published[-1]  # the latest state, not the fix
    assert "ART6-LEGAL-BASIS-MISSING" in codes(workspace.checks_page.model)


def test_fields_in_words() -> None:
    assert field_text("purposes[1].legal_basis") == "Purpose 2: legal basis"
    assert field_text("retention[0].criterion") == "Retention period 1: criterion"
    assert field_text("contract_review") == "Contract review due"
    assert field_text("unknown.path") == "unknown.path"


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_a_marked_reference_stays_whole_in_the_activity_list(checked: Any, size: tuple[int, int]) -> None:
    workspace = checked.workspace
    checked.resize(*size)
    checked.show()
    table, marks = workspace.activities.table, workspace.error_marks
    index = workspace.activities.model.index(workspace.activities.model.row_of(activity(clean(), PAYROLL).uid), 0)
    assert marks.messages(index)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.font = table.font()
    needed = marks.sizeHint(option, index).width()  # the mark, its spacing and the whole reference
    assert needed <= table.columnWidth(0), (index.data(), needed, table.columnWidth(0))
