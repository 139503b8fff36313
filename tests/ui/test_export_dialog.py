"""The export dialog: it says how many errors the checks still find before an extract goes out,
its Cancel stops an export before anything is written, and the finished file or its folder opens
from the dialog."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton

from register_app.services import activities
from register_app.services import records as r
from register_app.ui.export_dialog import ExportDialog
from tests.ui.conftest import answer_modal, checks_settled


def dialog_for(qtbot: Any, window: Any, folder: Path, open_errors: int | None = 0) -> ExportDialog:
    dialog = ExportDialog(window.ctx.register, extension=".json", folder=folder, lang="en", open_errors=open_errors,
                          parent=window)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_says_how_many_errors_are_still_open(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    assert "8 error(s)" in dialog_for(qtbot, opened, tmp_path, open_errors=8).lacks.text()
    assert dialog_for(qtbot, opened, tmp_path, open_errors=8).lacks.isVisible()
    assert not dialog_for(qtbot, opened, tmp_path, open_errors=0).lacks.isVisible()
    assert "not finished" in dialog_for(qtbot, opened, tmp_path, open_errors=None).lacks.text()


def test_the_menu_passes_the_open_errors_of_the_latest_checks(qtbot: Any, opened: Any) -> None:
    checks_settled(qtbot, opened)
    expected = len([f for f in opened.workspace.checks.report.findings if f.severity.name == "ERROR"])
    seen = answer_modal(qtbot, ExportDialog, lambda d: d.reject())
    opened.on_export_triggered(".json")
    assert seen and (expected == 0) != seen[0].lacks.isVisibleTo(seen[0])


def test_the_finished_export_opens_its_file_and_folder(qtbot: Any, opened: Any, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    opened_urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url) or True)
    dialog = dialog_for(qtbot, opened, tmp_path)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.failure is not None, timeout=10_000)
    assert json.loads(Path(dialog.result_path or "").read_text(encoding="utf-8"))
    assert dialog.isVisible() and dialog.open_file_button.isVisible() and not dialog.export_button.isVisible()
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert [u.toLocalFile() for u in opened_urls] == [dialog.result_path, str(tmp_path)]
    dialog.reject()
    assert dialog.result() == ExportDialog.DialogCode.Accepted


def test_cancel_stops_the_export_before_the_file_is_written(qtbot: Any, opened: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from register_app.services import export_files

    clicked = threading.Event()
    snapshot = export_files.take_snapshot

    def slow_snapshot(register: Any) -> Any:  # the export is still being built when Cancel is clicked
        clicked.wait(10)
        return snapshot(register)

    monkeypatch.setattr(export_files, "take_snapshot", slow_snapshot)
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = dialog_for(qtbot, opened, folder)
    dialog.accept()
    assert dialog.progress is not None
    dialog.progress.findChild(QPushButton).click()
    clicked.set()
    qtbot.waitUntil(lambda: "nothing was written" in dialog.outcome.text(), timeout=10_000)
    assert dialog.result_path is None and dialog.isVisible()
    assert list(folder.iterdir()) == []


def test_an_export_as_of_a_date_is_the_register_as_it_stood_then(qtbot: Any, opened: Any, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from PySide6.QtCore import QTime

    from register_app.ui import as_of_field

    reg = opened.ctx.register
    made = activities.create_activity(reg, data=r.ActivityInput(name="Paie"))
    morning = datetime.now(UTC)
    activities.update_activity(reg, uid=made.uid, data=dataclasses.replace(activities.input_of(made),
                                                                           name="Paie et notes de frais"))  # fmt: skip
    asked: list[tuple[date, time | None]] = []
    # the dialog asks for a day and a time to the minute; the morning stands for 09:00 (both edits are
    # made within the same minute)
    monkeypatch.setattr(as_of_field, "moment_on", lambda day, at: asked.append((day, at)) or morning)
    dialog = dialog_for(qtbot, opened, tmp_path)
    dialog.as_of.date.set_value(date.today())
    dialog.as_of.time.setTime(QTime(9, 0))
    dialog.full.setChecked(True)  # the activity is a draft, which an extract leaves out
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.failure is not None, timeout=10_000)
    text = Path(dialog.result_path or "").read_text(encoding="utf-8")
    assert asked == [(date.today(), time(9, 0))]
    assert '"Paie"' in text and "Paie et notes de frais" not in text
    dialog.reject()


def test_an_export_as_of_a_date_before_the_history_is_complete_is_refused(qtbot: Any, opened: Any,
                                                                         tmp_path: Path) -> None:  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    dialog = dialog_for(qtbot, opened, out)
    dialog.as_of.date.set_value(date.today() - timedelta(days=400))
    seen = answer_modal(qtbot, QMessageBox, lambda box: box.accept())
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.failure is not None, timeout=10_000)
    assert "complete only from" in str(dialog.failure) and seen
    assert not list(out.iterdir())  # nothing written
    dialog.as_of.date.edit.setText("31/02/2026")
    dialog.accept()
    assert "not a date" in dialog.error.text()


def test_the_finished_export_squeezes_no_wrapped_text(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    """The outcome's line and buttons used to take their room from the "as of" hint, whose two lines were
    cut at top and bottom (seen at 1366x768 in French)."""
    from PySide6.QtWidgets import QLabel

    dialog = dialog_for(qtbot, opened, tmp_path, open_errors=3)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=10_000)

    def cut() -> list[str]:
        return [label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.wordWrap()
                and label.height() < label.heightForWidth(label.width())]  # fmt: skip

    qtbot.waitUntil(lambda: not cut(), timeout=2000)  # once the dialog has laid itself out again
    dialog.reject()


def test_the_dialog_says_which_activities_the_extract_leaves_out(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    """A new DPO's first activity is a draft: the extract came out with no activity and nothing said why."""
    activities.create_activity(opened.ctx.register, data=r.ActivityInput(name="Recrutement"))  # a draft
    dialog = dialog_for(qtbot, opened, tmp_path)
    said = dialog.left_out.isVisible(), dialog.left_out.text()
    dialog.full.setChecked(True)
    hidden_for_full = not dialog.left_out.isVisible()
    dialog.reject()
    assert said[0] and said[1].startswith("1 ") and "will not be in the extract" in said[1]
    assert hidden_for_full
