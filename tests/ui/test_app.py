"""The composition root: log file, crash dialog with the log's path, `register-app FILE`."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from register_app import app as app_module
from register_app import cli
from register_app.errors import RegisterNotFoundError
from register_app.ui import errors


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        texts.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: texts.append(text))
    return texts


@pytest.mark.logs_error
def test_an_unexpected_error_is_logged_and_shows_the_log_path(qapp: Any, shown: list[str],
                                                               isolated_data_dir: Path) -> None:  # fmt: skip
    path = app_module.setup_logging()
    errors.set_log_path(path)
    previous = sys.excepthook
    app_module.install_excepthook()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
        for handler in logging.getLogger().handlers[:]:
            if getattr(handler, "baseFilename", None) == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert path.parent == isolated_data_dir / "logs"
    assert "RuntimeError: boom" in path.read_text(encoding="utf-8")
    assert shown and str(path) in shown[0]


def test_a_user_error_shows_its_sentence(qapp: Any, shown: list[str]) -> None:
    errors.show_error(None, RegisterNotFoundError(path=Path("/nowhere/x.rgpd")))
    assert shown == ["/nowhere/x.rgpd does not exist."]


def test_cli_routes_an_existing_file_to_the_desktop_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(app_module, "run_desktop", lambda argv: calls.append(list(argv)) or 0)
    target = tmp_path / "reg.rgpd"
    target.write_bytes(b"")
    assert cli.main([str(target)]) == 0
    assert calls == [[str(target)]]
    assert cli.main([]) == 0
    assert calls[-1] == []


def test_a_missing_file_on_the_command_line_is_reported(window: Any, shown: list[str], tmp_path: Path) -> None:
    assert not window.open_file(tmp_path / "gone.rgpd")
    assert "does not exist" in shown[0]
    assert window.stack.currentWidget() is window.welcome


def test_a_file_the_desktop_sends_as_an_event_is_opened(qapp: Any, tmp_path: Path) -> None:
    opened: list[Path] = []
    handler = app_module.open_files_from_the_desktop(qapp, opened.append)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(tmp_path / "reg.rgpd")))
    finally:
        qapp.removeEventFilter(handler)
    assert opened == [tmp_path / "reg.rgpd"]
