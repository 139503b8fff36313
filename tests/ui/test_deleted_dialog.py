"""File ▸ Deleted items…: an activity deleted before the register was closed is listed after it is
reopened, with who deleted it, and comes back with its subprocessor from the dialog."""

from __future__ import annotations

from typing import Any

from support.factories import full_breach

from register_app.services import activities, breaches, subprocessors
from register_app.services import records as r
from register_app.ui.deleted_dialog import DeletedDialog
from tests.ui.conftest import answer_modal


def test_a_deleted_activity_is_restored_with_its_link_after_reopening(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    sub = subprocessors.create_subprocessor(register, data=r.SubprocessorInput(name="Paie Express", country="FR"))
    made = activities.create_activity(register, data=r.ActivityInput(name="Recrutement", subprocessor_uids=(sub.uid,)))
    activities.delete_activity(register, uid=made.uid)
    path = register.path
    opened.close_register()
    assert opened.open_file(path)

    seen = answer_modal(qtbot, DeletedDialog, lambda d: (d.restore_button.click(), d.reject()))
    opened.on_deleted_triggered()
    dialog = seen[0]
    assert dialog.model.rows() == []  # the list was reloaded after the restore
    assert "Recrutement" in dialog.outcome.text()
    back = activities.get_activity(opened.ctx.register, uid=made.uid)
    assert back.subprocessor_uids == (sub.uid,)
    page = opened.workspace.activities
    qtbot.waitUntil(lambda: any(row.uid == made.uid for row in page.model.rows()), timeout=5000)


def test_the_dialog_lists_when_and_who(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    made = activities.create_activity(register, data=r.ActivityInput(name="Vidéosurveillance"))
    activities.delete_activity(register, uid=made.uid)
    dialog = DeletedDialog(register, parent=opened)
    qtbot.addWidget(dialog)
    texts = [dialog.model.index(0, col).data() for col in range(dialog.model.columnCount())]
    assert texts[1:] == ["Processing activity", f"{made.reference} Vidéosurveillance", register.author]
    assert dialog.restore_button.isEnabled()


def test_a_deleted_breach_is_listed_as_one_and_shown_again_once_restored(qtbot: Any, opened: Any) -> None:
    register = opened.ctx.register
    made = breaches.create_breach(register, data=full_breach())
    breaches.delete_breach(register, uid=made.uid)
    page = opened.workspace.breaches
    opened.workspace.pages.setCurrentWidget(page)  # on screen: pages out of sight refresh when shown
    assert page.model.rows() == []

    def restore(dialog: DeletedDialog) -> None:
        assert dialog.model.index(0, 1).data() == "Data breach"
        dialog.restore_button.click()
        dialog.reject()

    answer_modal(qtbot, DeletedDialog, restore)
    opened.on_deleted_triggered()
    qtbot.waitUntil(lambda: [row.uid for row in page.model.rows()] == [made.uid], timeout=5000)


def test_a_register_with_nothing_deleted_says_so(qtbot: Any, opened: Any) -> None:
    dialog = DeletedDialog(opened.ctx.register, parent=opened)
    qtbot.addWidget(dialog)
    assert dialog.model.rows() == [] and not dialog.restore_button.isEnabled()
    assert dialog.outcome.text() == "Nothing has been deleted from this register."
