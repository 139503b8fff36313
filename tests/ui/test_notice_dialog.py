"""Fichier ▸ Note d'information…: the dialog offers the audiences the register has, previews the
notice in the language chosen, lists what it lacks, and saves it in the format asked for."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document


@pytest.fixture
def demo_window(window: Any, demo_path: Path) -> Any:
    assert window.open_file(demo_path)
    return window


@pytest.fixture
def dialog(demo_window: Any, qtbot: Any, tmp_path: Path) -> Any:
    from register_app.ui.notice_dialog import NoticeDialog

    found = NoticeDialog(demo_window.ctx.register, folder=tmp_path, lang="en", parent=demo_window)
    qtbot.addWidget(found)
    return found


def choose(combo: Any, data: object) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_file_menu_offers_the_notice_once_a_register_is_open(window: Any, demo_window: Any) -> None:
    action = next(a for a in window.findChildren(type(window.undo_action)) if a.text() == "Infor&mation notice…")
    assert action.isEnabled()
    window.close_register()
    assert not action.isEnabled()


def test_the_audiences_are_the_register_s_and_the_preview_follows_the_choice(dialog: Any) -> None:
    items = [dialog.audience.itemText(i) for i in range(dialog.audience.count())]
    assert items[0] == "Everyone (the whole company)"
    assert "Customers" in items and "Job applicants" in items
    choose(dialog.audience, "customers")
    assert "Privacy notice — Customers" in dialog.preview.toPlainText()
    assert "[To be completed: legal basis]" in dialog.preview.toPlainText()
    assert dialog.missing.count() == 4 and dialog.missing.isVisibleTo(dialog)
    assert "(4)" in dialog.missing_title.text()
    choose(dialog.audience, "candidates")
    choose(dialog.language, "fr")
    assert "Note d'information — Candidats" in dialog.preview.toPlainText()
    assert "Recrutement des salariés" in dialog.preview.toPlainText()
    assert dialog.missing.count() == 0 and not dialog.missing.isVisibleTo(dialog)
    assert dialog.missing_title.text().startswith("Nothing is missing")


def test_the_notice_is_saved_in_the_format_of_the_file(dialog: Any, tmp_path: Path) -> None:
    choose(dialog.audience, "candidates")
    out = tmp_path / "candidats.docx"
    assert dialog.save_to(out)
    assert dialog.saved_path == out
    headings = [p.text for p in Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Who is responsible for your data?"
