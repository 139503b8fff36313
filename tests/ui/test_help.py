"""The bundled guide: F1 (Help ▸ Guide) opens it offline in the interface's language; in the
activity editor F1 and each block's "?" open the page of that block, and every block has one in
both languages."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from register_app.ui import editors, screen_labels
from register_app.ui.activity_blocks import Block
from register_app.ui.breaches_page import breach_dialog
from register_app.ui.help_window import HelpWindow, guide_path
from register_app.ui.requests_page import request_dialog
from register_app.ui.template_gallery import TemplateGallery


def help_windows() -> list[HelpWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()]


def test_f1_opens_the_guide(qtbot: Any, window: Any) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    [shown] = help_windows()
    assert "Guide to the record of processing activities" in shown.browser.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_F1)  # again: the same window, not a second one
    assert help_windows() == [shown]
    shown.close()


def test_the_guide_follows_the_interface_language(qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_labels, "lang", lambda: "fr")
    guide = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu().actions()[0]
    guide.trigger()
    [shown] = help_windows()
    assert "Ce guide dit quoi écrire dans chaque bloc" in shown.browser.toPlainText()
    shown.close()


def test_f1_in_the_editor_opens_the_page_of_the_section_shown(qtbot: Any, opened: Any) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_section(dialog.retention)
    dialog.on_help()
    [shown] = help_windows()
    assert shown.parent() is dialog  # it belongs to the modal editor, so it can be scrolled while the editor is open
    assert shown.browser.source().fragment() == "retention"
    shown.close()


def test_a_block_s_question_mark_opens_its_page(qtbot: Any, opened: Any) -> None:
    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    [link] = [label for label in dialog.purposes.findChildren(QLabel) if label.text() == '<a href="purposes">?</a>']
    link.linkActivated.emit("purposes")
    [shown] = help_windows()
    assert shown.browser.source().fragment() == "purposes"
    shown.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_block_has_its_page_in_both_guides(lang: str) -> None:
    topics = {cls.help_topic for cls in Block.__subclasses__()}
    assert len(topics) == 10 and "" not in topics
    html = guide_path(lang).read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([a-z]+)">', html))
    assert topics <= anchors
    for topic in topics:
        page = html.split(f'<a name="{topic}">', 1)[1].split("<h2", 1)[0]
        words = ("Quoi écrire", "Exemple", "Référence") if lang == "fr" else ("What to write", "Example", "Reference")
        assert all(word in page for word in words), topic


@pytest.mark.parametrize(("make", "topic"), [(editors.subprocessor_dialog, "subprocessors"),
                                             (editors.measure_dialog, "measures"),
                                             (breach_dialog, "breaches"), (request_dialog, "requests")])  # fmt: skip
def test_f1_and_help_in_the_other_editors_open_their_page(
    qtbot: Any, opened: Any, make: Any, topic: str
) -> None:
    dialog = make(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # as the editor is when the user presses F1 in it
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    [shown] = help_windows()
    assert shown.parent() is dialog and shown.browser.source().fragment() == topic
    shown.close()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Help).click()
    [shown] = help_windows()
    assert shown.browser.source().fragment() == topic
    shown.close()


OTHER_PAGES = ("breaches", "requests", "agenda", "templates")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_dpo_s_other_registers_the_agenda_and_templates_have_their_page(lang: str) -> None:
    html = guide_path(lang).read_text(encoding="utf-8")
    for topic in OTHER_PAGES:
        assert f'<a href="#{topic}">' in html, topic  # in the contents
        page = html.split(f'<a name="{topic}">', 1)[1].split("<h2", 1)[0]
        words = (("Ce que demande la loi", "Utiliser la page", "Délais", "Référence") if lang == "fr"
                 else ("What the law asks", "Using the page", "Deadlines", "Reference"))  # fmt: skip
        assert all(word in page for word in words), topic
    breaches = html.split('<a name="breaches">', 1)[1].split("<h2", 1)[0]
    requests = html.split('<a name="requests">', 1)[1].split("<h2", 1)[0]
    assert "72" in breaches and "33" in breaches and "12" in requests


def test_f1_and_help_in_the_template_gallery_open_its_page(qtbot: Any) -> None:
    gallery = TemplateGallery()
    qtbot.addWidget(gallery)
    gallery.show()
    gallery.buttons.button(QDialogButtonBox.StandardButton.Help).click()
    [shown] = help_windows()
    assert shown.browser.source().fragment() == "templates"
    shown.close()


def test_the_guide_opens_on_the_page_shown(qtbot: Any, opened: Any) -> None:
    guide = next(a for a in opened.menuBar().actions() if a.text() == "&Help").menu().actions()[0]
    for page, topic in ((opened.workspace.breaches, "breaches"), (opened.workspace.requests, "requests"),
                        (opened.workspace.dashboard, "agenda")):  # fmt: skip
        opened.workspace.nav.setCurrentRow(opened.workspace.pages.indexOf(page))
        guide.trigger()
        [shown] = help_windows()
        assert shown.browser.source().fragment() == topic
        shown.close()
