"""First run: the window fits the available screen, and the author's name is asked once and kept
in the settings (the history then records it, not the computer account)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog

from register_app.services.history import recent_history
from register_app.services.registers import new_register
from register_app.ui.first_run import ask_author_once
from tests.ui.conftest import answer_modal


def answer(name: str) -> Any:
    def act(dialog: QInputDialog) -> None:
        dialog.setTextValue(name)
        dialog.accept()

    return act


def test_the_author_is_asked_once_and_recorded_in_the_history(qtbot: Any, window: Any, settings: Any,
                                                              tmp_path: Path) -> None:  # fmt: skip
    seen = answer_modal(qtbot, QInputDialog, answer("Claire Martin"))
    ask_author_once(window, settings)
    assert seen and settings.author == "Claire Martin"
    ask_author_once(window, settings)  # not asked again: no dialog is waiting to be answered
    path = tmp_path / "atelier.rgpd"
    new_register(path, organisation="Atelier Dupont SARL", lang="fr").close()
    assert window.open_file(path)
    from register_app.services import activities
    from register_app.services import records as r

    activities.create_activity(window.ctx.register, data=r.ActivityInput(name="Recrutement"))
    assert recent_history(window.ctx.register, limit=1)[0].author == "Claire Martin"


def test_a_declined_question_is_not_asked_again(qtbot: Any, window: Any, settings: Any) -> None:
    seen = answer_modal(qtbot, QInputDialog, lambda d: d.reject())
    ask_author_once(window, settings)
    assert seen and settings.author == "" and settings.author_asked


def test_the_first_window_fits_a_1366_by_768_screen(qtbot: Any, settings: Any) -> None:
    from register_app.ui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert win.width() <= available.width() and win.height() <= available.height()
    win.close()


def test_the_window_comes_back_as_left_on_the_same_screen_and_fits_another(qtbot: Any, settings: Any) -> None:
    from register_app.ui.main_window import MainWindow

    first = MainWindow(settings)
    qtbot.addWidget(first)
    fitted = first.size()
    first.resize(fitted.width() - 100, fitted.height() - 50)
    first.close()  # saves the geometry, with the size of the screen it was on
    again = MainWindow(settings)
    qtbot.addWidget(again)
    assert again.size() == first.size()  # same screen: as the user left it
    again.close()
    settings.geometry_screen = "1366x768"  # saved on another screen (the user now has a smaller one)
    other = MainWindow(settings)
    qtbot.addWidget(other)
    assert other.size() == fitted  # sized for this screen, as a first window is
    other.close()
