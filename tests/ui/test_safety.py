"""Nothing lost, on the desktop: restore from a backup, a damaged register offering its latest
backup, a second opening read-only with every editing action disabled, and a failed save that
keeps the editor open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from register_app.errors import StorageError
from register_app.services import activities, changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES
from register_app.store.backups import backup_copy, list_backups
from register_app.ui import editors
from register_app.ui.backups_dialog import BackupsDialog
from register_app.ui.edits import create
from register_app.ui.main_window import MainWindow
from register_app.ui.undo import run_edit
from tests.ui.conftest import answer_modal, type_text

LEFT = Qt.MouseButton.LeftButton


def activity(name: str) -> r.ActivityInput:
    return r.ActivityInput(
        name=name,
        purposes=(r.Purpose(description="Salaires", legal_basis="legal_obligation"),),
        data_categories=(r.DataCategory(code="civil_status", description="Nom"),),
    )


def names(window: Any) -> list[str]:
    return sorted(a.name for a in activities.list_activities(window.ctx.register))


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of information and warning boxes; every question answered Yes."""
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *_a: texts.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: texts.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return texts


def test_restore_from_the_dialog_brings_back_the_older_content(qtbot: Any, opened: Any, told: list[str]) -> None:
    window = opened
    path = window.ctx.register.path
    activities.create_activity(window.ctx.register, data=activity("Paie"))
    backup_copy(path, reason="before-import")
    run_edit(window.ctx, create(ACTIVITIES, activity("Ajout regretté")), "Create")
    assert window.ctx.undo_stack.count() == 1

    def choose(dialog: BackupsDialog) -> None:
        rows = dialog.model.rows()
        assert [b.readable for b in rows] == [True] * len(rows)
        row = next(i for i, b in enumerate(rows) if b.reason == "before-import")
        assert dialog.model.index(row, 1).data() == "Before import"
        assert dialog.model.index(row, 2).data() == "1"
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.restore_button, LEFT)

    handled = answer_modal(qtbot, BackupsDialog, choose)
    window.on_restore_triggered()
    assert handled
    assert names(window) == ["Paie"]
    assert window.ctx.undo_stack.count() == 0
    assert not window.ctx.register.read_only
    kept = [b for b in list_backups(path) if b.reason == "before-restore"]
    assert len(kept) == 1 and kept[0].activities == 2, "the file as it was is kept aside"
    assert str(kept[0].path) in told[-1]


def test_an_unreadable_backup_is_greyed_and_cannot_be_chosen(qtbot: Any, opened: Any) -> None:
    path = opened.ctx.register.path
    broken = backup_copy(path, reason="before-import")
    broken.write_bytes(b"SQLite format 3\x00" + b"\x01" * 3000)
    dialog = BackupsDialog(path, list_backups(path), opened)
    qtbot.addWidget(dialog)
    row = next(i for i, b in enumerate(dialog.model.rows()) if not b.readable)
    assert dialog.model.flags(dialog.model.index(row, 0)) == Qt.ItemFlag.NoItemFlags
    assert dialog.model.index(row, 2).data() == "unreadable"
    dialog.table.selectRow(row)
    assert dialog.selected() is None or dialog.selected().readable


def test_a_damaged_register_offers_its_latest_backup(qtbot: Any, window: Any, tmp_path: Path, told: list[str]) -> None:
    from register_app.services.registers import new_register

    path = tmp_path / "acme.rgpd"
    reg = new_register(path, organisation="Acme", author="dpo", lang="en")
    activities.create_activity(reg, data=activity("Paie"))
    reg.close()
    backup_copy(path, reason="before-import")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    damaged = path.read_bytes()
    offered: list[str] = []

    def restore(box: QMessageBox) -> None:
        offered.append(box.text())
        button = next(b for b in box.buttons() if b.text() == "Restore the backup")
        button.click()

    answer_modal(qtbot, QMessageBox, restore)
    assert window.open_file(path)
    assert "is damaged" in offered[0] and "1 activit" in offered[0] and "Before import" in offered[0]
    assert names(window) == ["Paie"]
    kept = [b.path for b in list_backups(path) if b.reason in ("before-restore", "damaged")]
    assert any(p.read_bytes() == damaged for p in kept), "the damaged file is kept unchanged"
    assert "kept here" in told[-1]


def test_a_damaged_register_is_left_alone_when_the_user_declines(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from register_app.services.registers import new_register

    path = tmp_path / "acme.rgpd"
    new_register(path, organisation="Acme", author="dpo", lang="en").close()
    backup_copy(path, reason="before-import")
    path.write_bytes(path.read_bytes()[:3000])
    damaged = path.read_bytes()
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not window.open_file(path)
    assert path.read_bytes() == damaged
    assert window.ctx is None


def test_a_second_opening_is_read_only_with_editing_disabled(qtbot: Any, opened: Any, settings: Any) -> None:
    path = opened.ctx.register.path
    uid = activities.create_activity(opened.ctx.register, data=activity("Paie")).uid
    second = MainWindow(settings)
    qtbot.addWidget(second)
    second.show()
    try:
        assert second.open_file(path)
        reg = second.ctx.register
        assert reg.read_only and reg.locked_by is not None
        banner = second.workspace.banner
        assert banner is not None and banner.isVisible()
        assert "Opened read-only" in banner.text() and reg.locked_by.user in banner.text()
        assert "read-only" in second.windowTitle()
        assert not second.import_action.isEnabled() and not second.restore_action.isEnabled()
        page = second.workspace.activities
        page.select(uid)
        assert page.open_button.isEnabled()
        for button in (page.new_button, page.duplicate_button, page.retire_button, page.delete_button):
            assert not button.isEnabled(), button.text()
        assert second.workspace.organisation.identity.name.isReadOnly()
        assert not second.workspace.organisation.dpo_status.isEnabled()
        dialog = editors.activity_dialog(second.ctx, second, uid)
        qtbot.addWidget(dialog)
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isHidden()
        assert dialog.description.name.isReadOnly() and dialog.sections.isEnabled()
        assert "read-only" in dialog.windowTitle()
        dialog.reject()  # closes without asking: nothing can have changed
        assert not dialog.isVisible()
        assert not opened.ctx.register.read_only, "the first window keeps writing"
    finally:
        second.close_register()


def test_a_failed_save_keeps_the_editor_open(qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    uid = activities.create_activity(opened.ctx.register, data=activity("Paie")).uid
    dialog = editors.activity_dialog(opened.ctx, opened, uid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.description.name.setText("Paie mensuelle")
    original = changes.apply

    def full_disk(*_a: Any, **_k: Any) -> None:
        raise StorageError(reason="the disk is full.")

    monkeypatch.setattr(changes, "apply", full_disk)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, LEFT)
    assert dialog.isVisible()
    assert "disk is full" in dialog.banner.text() and dialog.banner.isVisible()
    assert dialog.description.name.text() == "Paie mensuelle"
    assert opened.ctx.undo_stack.count() == 0
    monkeypatch.setattr(changes, "apply", original)
    qtbot.mouseClick(save, LEFT)
    assert not dialog.isVisible()
    assert names(opened) == ["Paie mensuelle"]


def test_a_failed_save_keeps_a_form_dialog_open(qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
    dialog = editors.measure_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.name, "Coffre-fort")

    def read_only_file(*_a: Any, **_k: Any) -> None:
        raise StorageError(reason="the file is read-only.")

    monkeypatch.setattr(changes, "apply", read_only_file)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), LEFT)
    assert dialog.isVisible() and "read-only" in dialog.banner.text()
    assert dialog.name.text() == "Coffre-fort"


def test_backup_preferences_reach_the_open_register(qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from register_app.ui.preferences import PreferencesDialog

    def set_counts(dialog: PreferencesDialog) -> None:
        assert dialog.backup_folder.name == "backups"
        dialog.daily.setValue(3)
        dialog.before_change.setValue(4)
        dialog.accept()

    answer_modal(qtbot, PreferencesDialog, set_counts)
    opened.on_preferences_triggered()
    policy = opened.settings.backup_policy
    assert (policy.daily, policy.before_change) == (3, 4)
    assert opened.ctx.register.backup_policy == policy


def test_today_s_first_copy_is_made_once_the_window_is_painted(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from register_app.services.registers import new_register

    path = tmp_path / "large.rgpd"
    new_register(path, organisation="Acme", author="dpo", lang="en").close()
    assert window.open_file(path)
    assert not list_backups(path)  # copying a large register would delay the window
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(path)] == ["daily"])
    window.close_register()
    window.open_file(path)
    qtbot.wait(50)
    assert [b.reason for b in list_backups(path)] == ["daily"]  # one first copy a day


@pytest.mark.logs_error
def test_the_periodic_backup_refreshes_today_s_copy_and_logs_failures(
    opened: Any, caplog: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert opened.backup_timer.interval() == 10 * 60 * 1000 and opened.backup_timer.isActive()
    path = opened.ctx.register.path
    activities.create_activity(opened.ctx.register, data=activity("Paie"))
    opened.backup_timer.timeout.emit()
    [daily] = [b for b in list_backups(path) if b.reason == "daily"]
    assert daily.activities == 1

    def broken() -> None:
        raise OSError("no space left")

    monkeypatch.setattr(opened.ctx.register, "refresh_daily_backup", broken)
    opened.backup_timer.timeout.emit()
    assert "daily backup failed" in caplog.text


def test_save_a_copy_writes_a_register_beside(opened: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from register_app.store.register_file import open_register

    activities.create_activity(opened.ctx.register, data=activity("Paie"))
    dest = tmp_path / "copie"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(dest), ""))
    opened.on_save_copy_triggered()
    copy = open_register(tmp_path / "copie.rgpd", read_only=True)
    try:
        assert [a.name for a in activities.list_activities(copy)] == ["Paie"]
    finally:
        copy.close()
