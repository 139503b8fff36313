"""The activity editor when someone else saved the activity since it was opened: both versions field
by field, the user's choice per field saved, nothing overwritten silently."""

from __future__ import annotations

import dataclasses
from typing import Any

from register_app.services import changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, create_activity, get_activity
from register_app.ui import editors
from register_app.ui.conflict_dialog import ConflictDialog
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
