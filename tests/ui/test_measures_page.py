"""Catalogue suggestions against declared measures: the measures page greys them, hides them on
request and declares one in one click (undoable); the activity editor says which ticked measures
are suggestions that saving declares; the measure editor explains what a suggestion is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from register_app.domain.enums import MeasureStatus
from register_app.services import measures
from register_app.ui import editors


def row_of(page: Any, name: str) -> int:
    return next(i for i in range(page.model.rowCount()) if page.model.row_at(i).name == name)


def test_suggestions_are_greyed_hidden_on_request_and_declared_in_one_click(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    page = opened.workspace.measures
    opened.go_to(3)
    loaded = measures.list_measures(reg)
    assert loaded and all(m.status is MeasureStatus.NOT_DECLARED for m in loaded)
    first = loaded[0]
    row = row_of(page, first.name)
    assert page.model.index(row, 2).data() == "Suggestion"
    assert page.model.index(row, 1).data(Qt.ItemDataRole.FontRole).italic()
    assert page.count.text().startswith("0 declared measure")
    assert f"{len(loaded)} catalogue suggestion" in page.count.text()
    page.show_suggestions.setChecked(False)
    assert page.model.rowCount() == 0 and "declare" in page.empty.text()
    page.show_suggestions.setChecked(True)

    page.select(first.uid)
    assert page.declare_button.isEnabled()
    qtbot.mouseClick(page.declare_button, Qt.MouseButton.LeftButton)
    assert measures.get_measure(reg, uid=first.uid).status is MeasureStatus.IN_PLACE
    row = row_of(page, first.name)
    assert page.model.index(row, 2).data() == "In place"
    assert page.model.index(row, 1).data(Qt.ItemDataRole.FontRole) is None
    assert page.selected_uid() == first.uid and not page.declare_button.isEnabled()
    assert page.count.text().startswith("1 declared measure")
    page.show_suggestions.setChecked(False)
    assert [m.uid for m in page.model.rows()] == [first.uid]
    opened.undo_action.trigger()
    assert measures.get_measure(reg, uid=first.uid).status is MeasureStatus.NOT_DECLARED
    assert page.model.rowCount() == 0


def test_the_context_menu_declares_a_suggestion_as_planned(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    page = opened.workspace.measures
    opened.go_to(opened.workspace.pages.indexOf(page))  # a page out of sight reloads when shown
    target = measures.list_measures(reg)[3]
    page.select(target.uid)
    menu = page.context_menu()
    actions = {action.text(): action for action in menu.actions()}
    assert set(actions) == {"Open", "Declare in place", "Declare as planned"}
    actions["Declare as planned"].trigger()
    assert measures.get_measure(reg, uid=target.uid).status is MeasureStatus.PLANNED
    assert [a.text() for a in page.context_menu().actions()] == ["Open"]


def test_the_activity_editor_says_which_ticked_measures_are_suggestions(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    declared, suggested = measures.list_measures(reg)[:2]
    page = opened.workspace.measures
    page.select(declared.uid)
    page.declare(MeasureStatus.IN_PLACE)
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    block = dialog.measures
    assert block.items[suggested.uid].font(0).italic() and not block.items[declared.uid].font(0).italic()
    assert block.items[suggested.uid].text(1) == "Suggestion"
    block.items[declared.uid].setCheckState(0, Qt.CheckState.Checked)
    assert "suggestion" not in block.summary.text()
    block.items[suggested.uid].setCheckState(0, Qt.CheckState.Checked)
    assert block.items[suggested.uid].text(1) == "Suggestion → in place"
    assert block.summary.text().startswith("2 measure")
    assert "Of these, 1 catalogue suggestion" in block.summary.text()
    dialog.description.name.setText("CRM")
    dialog.accept()
    assert measures.get_measure(reg, uid=suggested.uid).status is MeasureStatus.IN_PLACE


def test_the_measure_editor_explains_a_suggestion(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    target = measures.list_measures(reg)[0]
    dialog = editors.measure_dialog(opened.ctx, opened, target.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.suggestion_note.isVisible()
    dialog.status.setCurrentIndex(dialog.status.findData(MeasureStatus.PLANNED))
    assert not dialog.suggestion_note.isVisible()
    dialog.accept()
    assert measures.get_measure(reg, uid=target.uid).status is MeasureStatus.PLANNED
