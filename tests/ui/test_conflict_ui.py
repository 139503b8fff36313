"""The activity editor when someone else saved the activity since it was opened: both versions field
by field, the user's choice per field saved, nothing overwritten silently."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QMessageBox

from register_app.services import changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, create_activity, get_activity
from register_app.services.deleted import restore_deleted
from register_app.services.organisation import get_organisation
from register_app.ui import editors, edits
from register_app.ui.conflict_dialog import ConflictDialog
from register_app.ui.undo import run_edit
from tests.ui.conftest import answer_modal


def test_the_editor_shows_both_versions_and_saves_the_choice_per_field(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    uid = create_activity(register, data=r.ActivityInput(name="Paie")).uid
    dialog = editors.activity_dialog(opened.ctx, opened, uid)
    qtbot.addWidget(dialog)
    dialog.description.name.setText("Paie des salariés")
    other = dataclasses.replace(r.input_part(get_activity(register, uid=uid), r.ActivityInput), description="Salaires")
    changes.update(register, ACTIVITIES, uid, other)  # someone else, meanwhile

    def choose(conflict: ConflictDialog) -> None:
        assert set(conflict.mine) == {"name", "description"}
        assert conflict.mine["name"].text() == "Paie des salariés" and conflict.theirs["name"].text() == "Paie"
        assert conflict.theirs["description"].text() == "Salaires" and conflict.mine["description"].text() == "—"
        conflict.theirs["description"].setChecked(True)
        conflict.accept()

    handled = answer_modal(qtbot, ConflictDialog, choose)
    dialog.accept()
    assert handled, "the conflict was not shown"
    now = get_activity(register, uid=uid)
    assert (now.name, now.description) == ("Paie des salariés", "Salaires")


def test_cancelling_the_choice_keeps_the_editor_open_with_nothing_saved(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    uid = create_activity(register, data=r.ActivityInput(name="Paie")).uid
    dialog = editors.activity_dialog(opened.ctx, opened, uid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.name.setText("Paie des salariés")
    other = dataclasses.replace(r.input_part(get_activity(register, uid=uid), r.ActivityInput), name="Rémunération")
    changes.update(register, ACTIVITIES, uid, other)
    answer_modal(qtbot, ConflictDialog, lambda conflict: conflict.reject())
    dialog.accept()
    assert dialog.isVisible() and dialog.description.name.text() == "Paie des salariés"
    assert "since you opened it" in dialog.banner.text()
    assert get_activity(register, uid=uid).name == "Rémunération"
    dialog.initial = dialog.to_input()  # closing at teardown must not ask about the unsaved edit


def test_undo_after_someone_else_saved_shows_both_versions_and_overwrites_nothing(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    uid = create_activity(register, data=r.ActivityInput(name="Paie", notes="v1")).uid
    dialog = editors.activity_dialog(opened.ctx, opened, uid)
    qtbot.addWidget(dialog)
    dialog.description.name.setText("Paie des salariés")
    dialog.accept()
    other = dataclasses.replace(r.input_part(get_activity(register, uid=uid), r.ActivityInput), notes="leur note")
    changes.update(register, ACTIVITIES, uid, other)  # someone else, after my save

    def keep_theirs_and_my_old_name(conflict: ConflictDialog) -> None:
        assert set(conflict.mine) == {"name", "notes"}
        assert conflict.mine["name"].text() == "Paie" and conflict.theirs["notes"].text() == "leur note"
        conflict.theirs["notes"].setChecked(True)
        conflict.accept()

    handled = answer_modal(qtbot, ConflictDialog, keep_theirs_and_my_old_name)
    opened.ctx.undo_stack.undo()
    assert handled, "the undo overwrote without showing the conflict"
    now = get_activity(register, uid=uid)
    assert (now.name, now.notes) == ("Paie", "leur note")
    opened.ctx.undo_stack.redo()  # from the version the undo left: no conflict
    assert get_activity(register, uid=uid).name == "Paie des salariés"


def test_the_organisation_page_meets_the_conflict_too(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    page = opened.workspace.organisation
    mine = get_organisation(register)
    changes.update_organisation(register, dataclasses.replace(mine, siren="123456789"))  # someone else
    page.legal_form.setText("SAS")

    def as_proposed(conflict: ConflictDialog) -> None:  # their SIREN, which I did not touch; my legal form
        assert conflict.theirs["siren"].isChecked() and conflict.mine["legal_form"].isChecked()
        conflict.accept()

    handled = answer_modal(qtbot, ConflictDialog, as_proposed)
    page.commit()
    assert handled, "the organisation page overwrote the other save"
    now = get_organisation(register)
    assert (now.siren, now.legal_form) == ("123456789", "SAS")


def test_undoing_a_creation_someone_else_changed_says_so_and_deletes_nothing(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    uid = run_edit(opened.ctx, edits.create(ACTIVITIES, r.ActivityInput(name="Paie")), "create").uid or ""
    other = dataclasses.replace(r.input_part(get_activity(register, uid=uid), r.ActivityInput), notes="leur note")
    changes.update(register, ACTIVITIES, uid, other)  # someone else, after my creation
    said: list[str] = []
    handled = answer_modal(qtbot, QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    opened.ctx.undo_stack.undo()
    assert handled and "nothing was deleted, so as not to lose their changes" in said[0]
    assert get_activity(register, uid=uid).notes == "leur note"
    qtbot.waitUntil(lambda: opened.ctx.undo_stack.count() == 0)  # the stack no longer says what is


def test_undoing_a_deletion_someone_else_restored_and_changed_shows_both_versions(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    uid = create_activity(register, data=r.ActivityInput(name="Paie", notes="v1")).uid
    run_edit(opened.ctx, edits.delete(ACTIVITIES, uid), "delete")
    restore_deleted(register, uid=uid)  # someone else brings it back and edits it
    other = dataclasses.replace(r.input_part(get_activity(register, uid=uid), r.ActivityInput), name="Salaires")
    changes.update(register, ACTIVITIES, uid, other)

    def keep_my_name(conflict: ConflictDialog) -> None:
        assert conflict.mine["name"].text() == "Paie" and conflict.theirs["name"].text() == "Salaires"
        conflict.mine["name"].setChecked(True)
        conflict.accept()

    handled = answer_modal(qtbot, ConflictDialog, keep_my_name)
    opened.ctx.undo_stack.undo()
    assert handled, "the undo overwrote without showing the conflict"
    assert get_activity(register, uid=uid).name == "Paie"
