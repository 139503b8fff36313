"""File ▸ Import…: preview, confirm, import in a worker thread; a bad file is refused with one
message and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from register_app.exports.json_export import export_json
from register_app.exports.xlsx.workbook import export_xlsx
from register_app.services import activities
from register_app.services.document import Profile
from register_app.services.snapshot import take_snapshot
from register_app.store.backups import list_backups
from register_app.ui.import_dialog import PREVIEW, ImportDialog
from tests.ui.conftest import answer_modal

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory: pytest.TempPathFactory, demo_source: Path) -> tuple[Path, Path, int]:
    """The demo register exported as a workbook and as JSON, and its number of activities."""
    from register_app.store.backups import DATA_DIR_ENV
    from register_app.store.register_file import open_register

    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        reg = open_register(Path(shutil.copyfile(demo_source, folder / "demo.rgpd")), author="demo")
        try:
            snapshot = take_snapshot(reg)
        finally:
            reg.close()
    (folder / "demo.xlsx").write_bytes(export_xlsx(snapshot, Profile.FULL, "fr"))
    (folder / "demo.json").write_bytes(export_json(snapshot))
    return folder / "demo.xlsx", folder / "demo.json", len(snapshot.activities)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: texts.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *_a: texts.append(text)
                        or QMessageBox.StandardButton.Yes)  # fmt: skip
    return texts


def drive(qtbot: Any, source: Path, seen: dict[str, Any]) -> Any:
    def act(dialog: ImportDialog) -> None:
        dialog.path.setText(str(source))
        qtbot.mouseClick(dialog.next_button, LEFT)
        qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW and dialog.isEnabled(), timeout=20000)
        seen["preview"] = dialog.preview
        seen["rows"] = dialog.report.model.rowCount()
        seen["summary"] = dialog.report.summary.text()
        qtbot.mouseClick(dialog.import_button, LEFT)

    return act


def test_import_a_workbook_exported_from_the_demo(qtbot: Any, opened: Any, demo_exports: Any,
                                                  told: list[str]) -> None:  # fmt: skip
    workbook, _json, count = demo_exports
    seen: dict[str, Any] = {}
    handled = answer_modal(qtbot, ImportDialog, drive(qtbot, workbook, seen), timeout=20000)
    opened.on_import_triggered()
    assert handled
    preview = seen["preview"]
    assert preview.layout == "register_app" and preview.importable and seen["rows"] > 0
    assert f"{count} processing activit" in seen["summary"] and "to create" in seen["summary"]
    assert "cannot be undone" in told[0] and "Before import" in told[0]
    page = opened.workspace.activities
    assert page.model.rowCount() == count, "the pages were refreshed"
    assert len(activities.list_activities(opened.ctx.register)) == count
    assert opened.ctx.undo_stack.count() == 0
    assert any(b.reason == "before-import" for b in list_backups(opened.ctx.register.path))


def test_import_a_json_document(qtbot: Any, opened: Any, demo_exports: Any, told: list[str]) -> None:
    _workbook, document, count = demo_exports
    seen: dict[str, Any] = {}
    answer_modal(qtbot, ImportDialog, drive(qtbot, document, seen), timeout=20000)
    opened.on_import_triggered()
    assert seen["preview"].layout == "json"
    assert len(activities.list_activities(opened.ctx.register)) == count


def test_a_bad_file_is_refused_with_a_message_and_no_change(qtbot: Any, opened: Any, tmp_path: Path,
                                                            told: list[str]) -> None:  # fmt: skip
    bad = tmp_path / "notes.xlsx"
    bad.write_bytes(b"this is not a workbook")
    before = export_json(take_snapshot(opened.ctx.register))
    dialog = ImportDialog(opened.ctx.register, folder=tmp_path, parent=opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(bad))
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.failure is not None and dialog.isEnabled(), timeout=10000)
    assert len(told) == 1 and "notes.xlsx" in told[0]
    assert dialog.pages.currentIndex() == 0
    assert export_json(take_snapshot(opened.ctx.register)) == before


def test_a_workbook_with_errors_cannot_be_imported(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    from register_app.services.registers import new_register
    from tests.ui.test_safety import activity

    source = new_register(tmp_path / "src.rgpd", organisation="Source", author="dpo", lang="en")
    activities.create_activity(source, data=activity("Paie"))
    path = tmp_path / "own.xlsx"
    path.write_bytes(export_xlsx(take_snapshot(source), Profile.FULL, "en"))
    source.close()
    activities.create_activity(opened.ctx.register, data=activity("Autre"))  # takes the same reference
    dialog = ImportDialog(opened.ctx.register, folder=tmp_path, parent=opened)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(tmp_path / "missing.xlsx"))
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert "does not exist" in dialog.error.text()
    (tmp_path / "notes.docx").write_bytes(b"a letter")
    dialog.path.setText(str(tmp_path / "notes.docx"))
    qtbot.mouseClick(dialog.next_button, LEFT)
    assert ".xlsx, .ods, .csv, .json or .md file, or a folder" in dialog.error.text()
    dialog.path.setText(str(path))
    qtbot.mouseClick(dialog.next_button, LEFT)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW and dialog.isEnabled(), timeout=10000)
    assert not dialog.preview.ok
    assert "Nothing can be imported" in dialog.report.refusal.text()
    assert not dialog.import_button.isEnabled()
    actions = [dialog.report.model.index(row, 0).data() for row in range(dialog.report.model.rowCount())]
    assert "error" in actions
