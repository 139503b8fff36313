"""The whole flow a DPO goes through, driving the real widgets: welcome screen → new register →
activity editor with every kind of block → undo/redo → close and reopen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from register_app.domain.enums import DurationUnit
from register_app.services import activities, measures, organisation, subprocessors
from register_app.services import records as r
from register_app.ui import main_window as main_window_module
from register_app.ui.activity_dialog import ActivityDialog
from register_app.ui.subprocessor_dialog import SubprocessorDialog
from register_app.ui.welcome import NewRegisterDialog
from tests.ui.conftest import answer_modal, type_text

LEFT = Qt.MouseButton.LeftButton


def save_button(dialog: Any) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_create_a_register_from_the_welcome_screen(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setattr(main_window_module, "documents_dir", lambda: tmp_path)
    assert window.stack.currentWidget() is window.welcome

    def fill(dialog: NewRegisterDialog) -> None:
        type_text(dialog.organisation, "Société Café & Thé")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    handled = answer_modal(qtbot, NewRegisterDialog, fill)
    qtbot.mouseClick(window.welcome.new_button, LEFT)
    assert handled
    assert window.ctx is not None
    path = window.ctx.register.path
    assert path.parent == tmp_path and path.suffix == ".rgpd" and path.exists()
    assert "Société Café & Thé" in window.windowTitle()
    assert organisation.get_organisation(window.ctx.register).identity.name == "Société Café & Thé"
    assert measures.list_measures(window.ctx.register), "the measure catalogue is loaded"
    assert window.settings.recent_files[0] == path.resolve()


def test_new_register_dialog_refuses_an_empty_name(qtbot: Any, tmp_path: Path) -> None:
    dialog = NewRegisterDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.isVisible() and dialog.error.isVisible()


def fill_subprocessor(qtbot: Any) -> Any:
    def fill(dialog: SubprocessorDialog) -> None:
        type_text(dialog.name, "Paie Services SAS")
        type_text(dialog.service, "Payroll")
        qtbot.mouseClick(dialog.hosting.add_button, LEFT)
        dialog.hosting.rows()[0].country.set_code("FR")
        qtbot.mouseClick(save_button(dialog), LEFT)

    return fill


def fill_activity(qtbot: Any, measure_uid: str) -> Any:
    def fill(dialog: ActivityDialog) -> None:
        type_text(dialog.description.name, "Gestion de la paie")
        first = dialog.purposes.list.rows()[0]
        type_text(first.description, "Payer les salariés")
        first.basis.set_code("contract")
        qtbot.mouseClick(dialog.purposes.list.add_button, LEFT)
        second = dialog.purposes.list.rows()[1]
        type_text(second.description, "Déclarations sociales")
        second.basis.set_code("legal_obligation")
        dialog.data.subjects.boxes["employees"].click()
        dialog.data.categories.boxes["civil_status"].click()
        type_text(dialog.data.categories.texts["civil_status"], "nom, adresse")
        dialog.data.categories.boxes["economic_financial"].click()
        dialog.special.nir.boxes["nir"].click()
        type_text(dialog.special.nir_justification, "Déclarations à l'URSSAF")
        retention = dialog.retention
        assert [row.category for row in retention.visible_rows()] == ["civil_status", "economic_financial", "nir"]
        retention.first_row("civil_status").active.number.setValue(5)
        retention.first_row("civil_status").active.unit.set_value(DurationUnit.YEARS)
        answer_modal(qtbot, SubprocessorDialog, fill_subprocessor(qtbot))
        qtbot.mouseClick(dialog.recipients.new_button, LEFT)
        assert dialog.recipients.selected_uids(), "the new subprocessor is ticked"
        dialog.measures.items[measure_uid].setCheckState(0, Qt.CheckState.Checked)
        dialog.dpia.criteria["sensitive_data"].click()
        qtbot.mouseClick(save_button(dialog), LEFT)
        assert not dialog.isVisible()

    return fill


def test_add_an_activity_undo_redo_and_reopen(qtbot: Any, opened: Any) -> None:
    window = opened
    reg = window.ctx.register
    path = reg.path
    measure = measures.list_measures(reg)[0]
    page = window.workspace.activities
    handled = answer_modal(qtbot, ActivityDialog, fill_activity(qtbot, measure.uid))
    qtbot.mouseClick(page.new_button, LEFT)
    assert handled
    assert page.model.rowCount() == 1

    def check(register: Any) -> None:
        (row,) = activities.list_activities(register)
        saved = activities.get_activity(register, uid=row.uid)
        assert saved.name == "Gestion de la paie" and saved.reference == "T-001"
        assert [(p.description, p.legal_basis) for p in saved.purposes] == [
            ("Payer les salariés", "contract"),
            ("Déclarations sociales", "legal_obligation"),
        ]
        assert [s.code for s in saved.data_subjects] == ["employees"]
        assert {c.code for c in saved.data_categories} == {"civil_status", "economic_financial", "nir"}
        assert saved.nir_justification == "Déclarations à l'URSSAF"
        (sub,) = subprocessors.list_subprocessors(register)
        assert saved.subprocessor_uids == (sub.uid,) and sub.name == "Paie Services SAS"
        assert [m.measure_uid for m in saved.measures] == [measure.uid]
        rule = next(x for x in saved.retention if x.category == "civil_status")
        assert rule.active == r.Duration(value=5, unit=DurationUnit.YEARS)
        assert saved.dpia.criteria == ("sensitive_data",)
        assert row.sensitive and row.subprocessor_count == 1

    check(reg)
    # undo the activity, then the inline subprocessor; redo both
    window.undo_action.trigger()
    assert activities.list_activities(reg) == [] and page.model.rowCount() == 0
    window.undo_action.trigger()
    assert subprocessors.list_subprocessors(reg) == []
    assert not window.undo_action.isEnabled()
    window.redo_action.trigger()
    window.redo_action.trigger()
    check(reg)
    assert page.model.rowCount() == 1
    # close, reopen, and find it all, in the editor too
    window.close_register()
    assert window.stack.currentWidget() is window.welcome
    assert window.open_file(path)
    check(window.ctx.register)
    page = window.workspace.activities
    page.table.selectRow(0)
    from register_app.ui import editors

    dialog = editors.activity_dialog(window.ctx, window, page.selected_uid())
    qtbot.addWidget(dialog)
    assert dialog.description.name.text() == "Gestion de la paie"
    assert dialog.special.nir.boxes["nir"].isChecked()
    assert not dialog.is_modified()


def test_the_editor_refuses_invalid_input_beside_the_field(qtbot: Any, opened: Any, monkeypatch: Any) -> None:
    from register_app.ui import editors

    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.description.owner_email, "not-an-address")
    qtbot.mouseClick(save_button(dialog), LEFT)
    assert dialog.isVisible()
    errors = dialog.description.errors
    assert "required" in errors._labels["name"].text() and errors._labels["name"].isVisible()
    assert "email" in errors._labels["owner_email"].text()
    assert dialog.banner.isVisible()
    assert activities.list_activities(opened.ctx.register) == []
    # closing with unsaved changes asks first
    from PySide6.QtWidgets import QMessageBox

    buttons: list[str] = []

    def answer(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
        buttons.extend(b.text() for b in box.buttons())
        box.button(button).click()

    answer_modal(qtbot, QMessageBox, lambda box: answer(box, QMessageBox.StandardButton.Cancel))
    dialog.reject()
    assert dialog.isVisible()
    assert sorted(buttons) == ["&Discard the changes", "&Keep editing"]  # what each does, not Qt's "Discard"
    answer_modal(qtbot, QMessageBox, lambda box: answer(box, QMessageBox.StandardButton.Discard))
    dialog.reject()
    assert not dialog.isVisible()


def test_reference_taken_is_shown_beside_the_reference(qtbot: Any, opened: Any) -> None:
    from register_app.ui import editors

    activities.create_activity(opened.ctx.register, data=r.ActivityInput(name="Paie", reference="RH-1"))
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.description.name, "Recrutement")
    type_text(dialog.description.reference, "RH-1")
    qtbot.mouseClick(save_button(dialog), LEFT)
    assert dialog.isVisible()
    assert "RH-1" in dialog.description.errors._labels["reference"].text()
    dialog.done(0)


def test_open_the_demo_register(qtbot: Any, window: Any) -> None:
    qtbot.mouseClick(window.welcome.demo_button, LEFT)
    assert window.ctx is not None
    assert window.workspace.activities.model.rowCount() > 3
    assert window.workspace.subprocessors.model.rowCount() > 1


def test_keyboard_goes_through_the_editor(qtbot: Any, opened: Any) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from register_app.ui import editors

    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.description.name)
    seen = []
    for _ in range(14):
        seen.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    block = dialog.description
    expected = [
        *(block.name, block.reference, block.description, block.status, block.role, block.department),
        *(block.owner_name, block.owner_email, block.software, block.last_review.edit, save_button(dialog)),
    ]
    assert seen[: len(expected)] == expected
    assert dialog.sections in seen and seen[-1] is block.name, "tabbing comes back round, no trap"
    QTest.keyClick(dialog, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert dialog.pages.currentIndex() == 1


def test_reopening_the_open_register_keeps_it_writable(opened: Any) -> None:
    path = opened.ctx.register.path
    assert opened.open_file(path)
    assert not opened.ctx.register.read_only
    assert "read-only" not in opened.windowTitle()
