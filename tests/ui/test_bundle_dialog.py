"""File ▸ Inspection bundle…: the dialog makes the zip in a worker, writes it whole, and every file
its manifest lists is there with the right SHA-256; a date before the history is complete is
refused in one sentence and nothing is written."""

from __future__ import annotations

import hashlib
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from register_app.ui.bundle_dialog import BundleDialog
from tests.ui.conftest import answer_modal


def dialog_for(qtbot: Any, window: Any, folder: Path) -> BundleDialog:
    dialog = BundleDialog(window.ctx.register, folder=folder, lang="en", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_bundle_is_written_whole_and_its_manifest_checks(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, opened, tmp_path)
    dialog.language.setCurrentIndex(0)  # French documents
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.failure is not None, timeout=60_000)
    assert dialog.failure is None and dialog.open_folder_button.isVisible()
    with zipfile.ZipFile(dialog.result_path or "") as bundle:
        names = set(bundle.namelist())
        manifest = bundle.read(next(n for n in names if n.endswith("MANIFEST.sha256"))).decode("utf-8")
        listed = {}
        for line in manifest.splitlines():
            digest, name = line.split(maxsplit=1)
            listed[name.lstrip("*")] = digest
        assert listed and all(hashlib.sha256(bundle.read(n)).hexdigest() == d for n, d in listed.items())
        assert any(n.endswith(".xlsx") for n in names) and any(n.endswith(".pdf") for n in names)
    dialog.reject()


def test_a_date_before_the_history_is_complete_is_refused(qtbot: Any, opened: Any, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dialog = dialog_for(qtbot, opened, out)
    dialog.as_of.date.set_value(date.today() - timedelta(days=400))
    seen = answer_modal(qtbot, QMessageBox, lambda box: box.accept())
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.failure is not None, timeout=10_000)
    assert "complete only from" in str(dialog.failure) and seen
    assert not list(out.iterdir())
