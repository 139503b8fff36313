"""GUI test fixtures: the app set up as `run_desktop` does (English), a main window on a fresh
register, a helper to answer modal dialogs, and a Qt message handler that fails any test which
makes Qt print an unexpected warning, or leaves a worker thread behind."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from register_app.ui.binding import protect_none

protect_none()  # as the app does at start: see register_app/ui/binding.py

# Harmless notices of the offscreen platform plugin itself.
IGNORED = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()",
           "This plugin does not support grabbing the keyboard")  # fmt: skip


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[list[str]]:
    caught: list[str] = []

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg) and not message.startswith(IGNORED):
            caught.append(f"{kind.name}: {message}")
        if previous is not None:
            previous(kind, context, message)

    previous = qInstallMessageHandler(handler)
    yield caught
    qInstallMessageHandler(previous)
    assert not caught, "unexpected Qt warnings:\n" + "\n".join(caught)


@pytest.fixture(autouse=True)
def no_worker_left() -> Iterator[None]:
    """Every worker thread a test started was joined: none is left running or holding the collector."""
    yield
    from register_app.ui.worker import workers_running

    assert workers_running() == 0, "a worker thread was started and never joined"


@pytest.fixture
def settings(isolated_data_dir: Path) -> Any:
    from register_app.ui import screen_labels
    from register_app.ui.settings import Settings

    screen_labels.set_catalogue_lang("en")
    found = Settings(isolated_data_dir / "settings.ini")
    found.language = "en"
    return found


@pytest.fixture
def window(qtbot: Any, settings: Any) -> Iterator[Any]:
    from register_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_register()


@pytest.fixture(scope="session")
def new_register_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new register with the measure catalogue, written once for the run (seeding the catalogue
    takes most of a second): `opened` opens a copy of it."""
    from register_app.services.registers import new_register
    from register_app.store.backups import DATA_DIR_ENV

    folder = tmp_path_factory.mktemp("new-register-source")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(DATA_DIR_ENV, str(folder / "app-data"))
        new_register(folder / "acme.rgpd", organisation="Acme Conseil SARL", author="dpo", lang="en").close()
    return folder / "acme.rgpd"


@pytest.fixture
def opened(window: Any, new_register_source: Path, tmp_path: Path) -> Any:
    """The main window on a new register with the measure catalogue (the test's own copy)."""
    path = Path(shutil.copyfile(new_register_source, tmp_path / "acme.rgpd"))
    assert window.open_file(path)
    return window


def checks_settled(qtbot: Any, window: Any) -> None:
    """Wait until the background checks have published the report of the register's latest state."""
    qtbot.waitUntil(lambda: not window.workspace.checks.busy, timeout=10_000)


def answer_modal(qtbot: Any, kind: type[QWidget], act: Callable[[Any], None], timeout: int = 5000) -> list[Any]:
    """Schedule `act(dialog)` for the next modal dialog of type `kind` (call before opening it).
    Returns a list that holds the dialog once it was handled."""
    seen: list[Any] = []
    left = [timeout // 20]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and widget not in seen:
            seen.append(widget)
            try:
                act(widget)
            except BaseException:
                widget.close()  # a failed answer must fail the test, not leave it waiting on the dialog
                raise
        elif left[0] > 0:
            left[0] -= 1
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def type_text(widget: QWidget, text: str) -> None:
    """Type text key by key; accented characters go through sendKeyEvent (qtbot.keyClicks aborts)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
