"""Tab walks every form in the order it is shown (top to bottom, left to right, a two-column page
column by column) and reaches every field: the organisation page, each section of the activity
editor (rows added included), each tab of the subprocessor editor, the measure and controller
editors."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from support.factories import full_activity, full_controller, full_measure, full_subprocessor

from register_app.services import activities, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.ui import editors
from register_app.ui.organisation_page import ControllerDialog
from tests.ui.tab_walk import check_tab_order, describe


def assert_in_order(form: QWidget, minimum: int) -> None:
    QApplication.processEvents()
    order, wrong = check_tab_order(form)
    assert not wrong, (
        type(form).__name__ + ":\n" + "\n".join(wrong[:8]) + "\nreached: " + ", ".join(describe(w) for w in order[:12])
    )
    assert len(order) >= minimum, [describe(w) for w in order]


def test_the_organisation_page(opened: Any) -> None:
    opened.go_to(4)
    opened.activateWindow()
    assert_in_order(opened.workspace.organisation, 15)  # the DPO fields wait for a decision on a new register


@pytest.fixture
def full(opened: Any) -> dict[str, str]:
    reg = opened.ctx.register
    measure = measures.create_measure(reg, data=full_measure())
    sub = subprocessors.create_subprocessor(reg, data=full_subprocessor(measures=(measure.uid,)))
    client = organisation.create_controller(reg, data=full_controller())
    data = full_activity(client=client.uid, subprocessors=(sub.uid,), measures=(measure.uid,))
    second = r.RetentionRule(category="civil_status", label="candidats non retenus", criterion="2 ans")
    activity = activities.create_activity(
        reg, data=r.ActivityInput(**{**vars(data), "retention": (*data.retention, second)})
    )
    return {"activity": activity.uid, "sub": sub.uid, "measure": measure.uid}


def test_every_section_of_the_activity_editor(qtbot: Any, opened: Any, full: dict[str, str]) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, full["activity"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    for block in dialog.blocks:
        dialog.show_section(block)
        assert_in_order(block, 1)
    for block, rows in ((dialog.purposes, dialog.purposes.list), (dialog.transfers, dialog.transfers.list)):
        dialog.show_section(block)
        rows.add_button.click()  # a row made last is still reached in its place
        assert_in_order(block, 4)
    dialog.show_section(dialog.retention)
    dialog.retention.first_row("health").add_button.click()
    assert_in_order(dialog.retention, 20)


def test_every_tab_of_the_subprocessor_editor(qtbot: Any, opened: Any, full: dict[str, str]) -> None:
    dialog = editors.subprocessor_dialog(opened.ctx, opened, full["sub"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        assert_in_order(dialog.tabs.currentWidget(), 1)


def test_the_measure_and_controller_editors(qtbot: Any, opened: Any, full: dict[str, str]) -> None:
    dialog = editors.measure_dialog(opened.ctx, opened, full["measure"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert_in_order(dialog, 5)
    controller = ControllerDialog(data=r.ControllerInput(), submit=lambda _data: None, title="", parent=opened)
    qtbot.addWidget(controller)
    controller.show()
    controller.activateWindow()
    assert_in_order(controller, 8)
