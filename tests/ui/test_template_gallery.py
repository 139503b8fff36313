"""New activity ▸ From a template…: search the gallery, see the preview, “Create” drafts the activity
(undoable) and opens its editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from register_app.domain.enums import ActivityStatus
from register_app.services import activities
from register_app.ui.activity_dialog import ActivityDialog
from register_app.ui.template_gallery import TemplateGallery
from tests.ui.conftest import answer_modal, type_text


def test_search_filters_the_gallery_and_the_preview_shows_the_template_and_its_sources(qtbot: Any,
                                                                                        opened: Any) -> None:
    gallery = TemplateGallery(opened)
    qtbot.addWidget(gallery)
    visible = [gallery.list.item(i) for i in range(gallery.list.count())]
    assert len(visible) >= 20
    type_text(gallery.search, "video")
    shown = [i.text() for i in visible if not i.isHidden()]
    assert shown == ["Video surveillance of premises"]
    preview = gallery.preview.toPlainText()
    assert "Security of property and people" in preview and "1 month" in preview
    assert "Sources" in preview and "CNIL" in preview and "To complete after creating" in preview
    gallery.search.clear()
    type_text(gallery.search, "Sapin")  # a word of a source, not of the name
    assert [i.text() for i in visible if not i.isHidden()] == ["Whistle-blowing scheme"]
    type_text(gallery.search, " zzz")
    assert gallery.chosen() is None and not gallery.create_button.isEnabled()


def test_create_drafts_the_activity_opens_its_editor_and_can_be_undone(qtbot: Any, opened: Any) -> None:
    page = opened.workspace.activities

    def choose(gallery: TemplateGallery) -> None:
        type_text(gallery.search, "badge")
        gallery.create_button.click()

    editors: list[Any] = []
    answer_modal(qtbot, TemplateGallery, choose)
    answer_modal(qtbot, ActivityDialog, lambda dialog: (editors.append(dialog.windowTitle()), dialog.reject()))
    page.template_button.click()
    rows = activities.list_activities(opened.ctx.register)
    assert [(r.name, r.status) for r in rows] == [("Access control by badge", ActivityStatus.DRAFT)]
    assert editors == ["T-001 Access control by badge — processing activity"]
    assert page.selected_uid() == rows[0].uid
    opened.undo_group.undo()
    assert activities.list_activities(opened.ctx.register) == []


def test_the_edit_menu_offers_new_activity_from_a_template(qtbot: Any, opened: Any) -> None:
    opened.go_to(0)
    [action] = [a for a in opened.register_actions if a.text() == "From a &template…"]
    seen = answer_modal(qtbot, TemplateGallery, lambda gallery: gallery.reject())
    action.trigger()
    assert len(seen) == 1 and opened.workspace.current_page() is opened.workspace.activities
    assert activities.list_activities(opened.ctx.register) == []


def test_enter_in_the_search_creates_the_template_found(qtbot: Any, opened: Any) -> None:
    def choose(gallery: TemplateGallery) -> None:
        type_text(gallery.search, "payroll")
        qtbot.keyClick(gallery.search, Qt.Key.Key_Return)  # Create is the default button, not Cancel

    answer_modal(qtbot, TemplateGallery, choose)
    answer_modal(qtbot, ActivityDialog, lambda dialog: dialog.reject())
    opened.workspace.activities.template_button.click()
    assert [r.name for r in activities.list_activities(opened.ctx.register)] == ["Payroll"]


def test_the_search_chooses_the_template_whose_name_holds_the_words(qtbot: Any, opened: Any) -> None:
    """Words found only in another template's purposes or sources still show it, but the one named by
    them is chosen: "pay" finds the online orders (paid online) and the payroll, and chooses the payroll."""
    gallery = TemplateGallery(opened)
    qtbot.addWidget(gallery)
    gallery.list.setCurrentRow(0)
    type_text(gallery.search, "pay")
    shown = [gallery.list.item(i) for i in range(gallery.list.count()) if not gallery.list.item(i).isHidden()]
    assert len(shown) > 1 and shown[0].text() != "Payroll"
    assert gallery.list.currentItem().text() == "Payroll"
