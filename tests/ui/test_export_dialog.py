"""The export dialog: it says how many errors the checks still find before an extract goes out,
its Cancel stops an export before anything is written, and the finished file or its folder opens
from the dialog."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton

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
