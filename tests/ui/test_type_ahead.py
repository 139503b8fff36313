"""A drop-down is chosen by typing, as a user expects: "En cours" typed on the activity editor's status
selects it (Qt alone stopped at the space, which opened the list), "termine" selects "Terminé" and dates
the retirement today, as choosing it with the mouse does; a space alone still opens the list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from register_app.domain.enums import ActivityStatus
from register_app.services import activities
from register_app.services import records as r
from register_app.ui import editors, screen_labels
from register_app.ui.type_ahead import TypeAheadCombo
from tests.ui.conftest import type_text


@pytest.fixture
def french_labels() -> Iterator[None]:
    screen_labels.set_catalogue_lang("fr")
    yield
    screen_labels.set_catalogue_lang("en")


def test_typing_a_status_in_the_activity_editor_selects_it(qtbot: Any, opened: Any, french_labels: None) -> None:
    activity = activities.create_activity(opened.ctx.register, data=r.ActivityInput(name="Paie"))
    dialog = editors.activity_dialog(opened.ctx, opened, activity.uid)
    qtbot.addWidget(dialog)
    dialog.show()
    status = dialog.description.status
    assert status.currentText() == "Brouillon"
    status.setFocus()
    QTest.keyClicks(status, "En cours")
    typed = status.value(), status.view().isVisible()
    status.hidePopup()  # a list left open would outlive the test
    QTest.qWait(QApplication.keyboardInputInterval() + 50)  # a pause: the next keys are a new search
    QTest.keyClicks(status, "termine")
    retired = status.value(), dialog.description.retired_on.value()
    dialog.accept()
    if dialog.isVisible():
        dialog.done(0)
    assert typed == (ActivityStatus.ACTIVE, False)  # chosen, and the list not opened by the space
    assert retired == (ActivityStatus.RETIRED, date.today())  # dated today, as when chosen from the list
    assert activities.get_activity(opened.ctx.register, uid=activity.uid).status is ActivityStatus.RETIRED


def test_a_space_alone_still_opens_the_list(qtbot: Any, opened: Any, french_labels: None) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.description.name, "Recrutement")
    status = dialog.description.status
    status.setFocus()
    QTest.keyClick(status, Qt.Key.Key_Space)
    listed = status.view().isVisible()
    status.hidePopup()
    assert listed
    dialog.done(0)


def test_a_word_inside_an_item_chooses_it_and_a_word_of_no_item_changes_nothing(qtbot: Any) -> None:
    """Typing "contrat" chooses the basis "Exécution d'un contrat…", not "Consentement" (whose start its first
    letters are); a word no item holds leaves the choice as it was, where it used to land on the item of
    its last letter ("en cours" typed on a role gave "Sous-traitant")."""
    combo = TypeAheadCombo()
    qtbot.addWidget(combo)
    combo.addItems(["—", "Consentement", "Exécution d'un contrat ou de mesures précontractuelles", "Obligation légale"])
    combo.show()
    combo.setFocus()
    QTest.keyClicks(combo, "contrat")
    chosen = combo.currentText()
    QTest.qWait(QApplication.keyboardInputInterval() + 50)  # a pause: the next keys are a new search
    QTest.keyClicks(combo, "en cours")
    assert chosen == "Exécution d'un contrat ou de mesures précontractuelles"
    assert combo.currentText() == chosen  # "en cours" names no item: nothing changed
