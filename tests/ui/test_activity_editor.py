"""The activity editor shows when a retired activity stopped, beside its status, and lets the DPO
correct that date; a date typed wrong keeps the saved one; the editor saves its activity's record as
a PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from register_app.domain.enums import ActivityStatus
from register_app.services import activities
from register_app.services import records as r
from register_app.ui import editors
from tests.ui.conftest import answer_modal


def choose(combo: Any, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_retired_activity_shows_and_edits_its_end_date(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    created = activities.create_activity(
        reg, data=r.ActivityInput(name="Ancien CRM", status=ActivityStatus.RETIRED, retired_on=date(2025, 6, 30))
    )
    dialog = editors.activity_dialog(opened.ctx, opened, created.uid)
    qtbot.addWidget(dialog)
    block = dialog.description
    assert block.retired_on.isVisibleTo(block) and block.retired_on.value() == date(2025, 6, 30)
    assert not dialog.is_modified()
    block.retired_on.set_value(date(2025, 3, 31))
    dialog.accept()
    assert activities.get_activity(reg, uid=created.uid).retired_on == date(2025, 3, 31)


def test_retiring_in_the_editor_dates_it_today_and_bringing_it_back_clears_it(qtbot: Any, opened: Any) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    block = dialog.description
    assert not block.retired_on.isVisibleTo(block)
    choose(block.status, ActivityStatus.RETIRED)
    assert block.retired_on.isVisibleTo(block) and block.retired_on.value() == date.today()
    choose(block.status, ActivityStatus.ACTIVE)
    assert not block.retired_on.isVisibleTo(block) and dialog.to_input().retired_on is None


def test_a_date_typed_wrong_in_the_editor_saves_the_previous_date(qtbot: Any, opened: Any) -> None:
    reg = opened.ctx.register
    created = activities.create_activity(reg, data=r.ActivityInput(name="Paie", last_review=date(2025, 9, 1)))
    dialog = editors.activity_dialog(opened.ctx, opened, created.uid)
    qtbot.addWidget(dialog)
    field = dialog.description.last_review
    field.edit.setText("31/02/2025")
    field.edit.editingFinished.emit()
    assert field.message.isVisibleTo(dialog)
    dialog.accept()
    assert activities.get_activity(reg, uid=created.uid).last_review == date(2025, 9, 1)


def test_the_editor_saves_its_activity_s_record_as_a_pdf(qtbot: Any, opened: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    reg = opened.ctx.register
    purposes = (r.Purpose(description="Calcul des salaires", legal_basis="legal_obligation"),)
    paie = activities.create_activity(reg, data=r.ActivityInput(reference="RH-01", name="Paie", purposes=purposes))
    activities.create_activity(reg, data=r.ActivityInput(reference="CO-02", name="Prospection commerciale"))
    assert not editors.activity_dialog(opened.ctx, opened, None).fiche_button.isVisibleTo(opened)  # nothing saved yet
    dialog = editors.activity_dialog(opened.ctx, opened, paie.uid)
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def choose_file(_parent: Any, _title: str, proposal: str, _kinds: str) -> tuple[str, str]:
        asked.append(proposal)
        return str(tmp_path / "fiche-paie"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose_file)
    shown = answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Close).click())
    qtbot.mouseClick(dialog.fiche_button, Qt.MouseButton.LeftButton)
    assert shown and asked[0].endswith("acme-RH-01.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "fiche-paie.pdf").pages)
    assert "Paie" in text and "Calcul des salaires" in text
    assert "Prospection" not in text and "CO-02" not in text


def test_the_record_is_of_the_saved_activity(qtbot: Any, opened: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    created = activities.create_activity(opened.ctx.register, data=r.ActivityInput(name="Paie"))
    dialog = editors.activity_dialog(opened.ctx, opened, created.uid)
    qtbot.addWidget(dialog)
    dialog.description.name.setText("Paie et primes")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: pytest.fail("no file asked for unsaved changes"))
    said: list[str] = []
    answer_modal(qtbot, QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    dialog.fiche_button.click()
    assert said and "save your changes first" in said[0]
