"""Every finding code the engine can emit opens the right editor with the right field focused,
from the checks page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QWidget

from register_app.services.checks import RULES
from register_app.ui import check_state
from register_app.ui.activity_dialog import ActivityDialog
from register_app.ui.breach_dialog import BreachDialog
from register_app.ui.measure_dialog import MeasureDialog
from register_app.ui.request_dialog import RequestDialog
from register_app.ui.subprocessor_dialog import SubprocessorDialog
from tests.ui.check_cases import CASES, written
from tests.ui.conftest import answer_modal, checks_settled

EDITORS: dict[str, type[QWidget]] = {"activity": ActivityDialog, "subprocessor": SubprocessorDialog,
                                     "measure": MeasureDialog, "breach": BreachDialog,
                                     "rights_request": RequestDialog}  # fmt: skip


def is_focused(expected: QWidget, focus: QWidget | None) -> bool:
    """The widget has focus itself, through its focus proxy, or in one of its children."""
    proxy = expected
    while proxy.focusProxy() is not None:
        proxy = proxy.focusProxy()
    return focus is not None and (focus in (expected, proxy) or expected.isAncestorOf(focus))


def test_every_rule_code_has_a_case() -> None:
    assert set(CASES) == set(RULES)


@pytest.mark.parametrize("code", sorted(RULES))
def test_a_finding_opens_its_editor_on_its_field(code: str, window: Any, qtbot: Any, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from services.checks.check_builders import TODAY

    build, kind, widget_of = CASES[code]
    monkeypatch.setattr(check_state, "today", lambda: TODAY)
    assert window.open_file(written(tmp_path / "r.rgpd", build()))
    checks_settled(qtbot, window)
    workspace = window.workspace
    window.go_to(5)
    page = workspace.checks_page
    assert workspace.current_page() is page
    finding = next(f for f in workspace.checks.report.findings if f.code == code)
    page.select_finding(finding)
    assert page.current()[0] == finding
    if kind == "organisation":
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        organisation = workspace.organisation
        assert workspace.current_page() is organisation
        assert is_focused(widget_of(organisation), window.focusWidget()), window.focusWidget()
        return
    seen: dict[str, Any] = {}

    def look(dialog: QDialog) -> None:
        def check() -> None:
            seen["dialog"] = dialog
            seen["expected"] = widget_of(dialog)
            seen["focus"] = dialog.focusWidget()
            seen["visible"] = seen["expected"].isVisible()
            dialog.done(0)

        QTimer.singleShot(30, check)

    handled = answer_modal(qtbot, QDialog, look)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert handled
    assert type(seen["dialog"]) is EDITORS[kind]
    assert seen["visible"], "the field is not shown"
    assert is_focused(seen["expected"], seen["focus"]), (seen["expected"], seen["focus"])


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_field_a_rule_names_is_in_words_on_screen_and_in_exports(code: str, qapp: Any) -> None:
    """A finding's field reads as words ("Transfer 1: transfer tool"), never as the path the rule
    uses ("transfers[0].tool"), in the app and in both languages of the exports."""
    from services.checks.check_builders import TODAY, hits

    from register_app.domain.words.fields import field_text as export_field_text
    from register_app.ui.finding_words import field_text

    build = CASES[code][0]
    for finding in hits(build(), code, TODAY):
        if finding.field:
            assert field_text(finding.field) != finding.field
            assert export_field_text(finding.field, "fr") != finding.field
            assert export_field_text(finding.field, "en") != finding.field
