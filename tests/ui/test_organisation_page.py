"""The Organisation & DPO page: the DPO's three states switch the fields that apply, and the
organisation's legal form, trade names, websites and the DPO's title are saved on leaving the
field and undone like any edit."""

from __future__ import annotations

from typing import Any

from register_app.domain.enums import DpoStatus
from register_app.services.organisation import get_organisation
from tests.ui.conftest import type_text


def choose(page: Any, status: DpoStatus) -> None:
    index = page.dpo_status.findData(status)
    page.dpo_status.setCurrentIndex(index)
    page.dpo_status.activated.emit(index)


def dpo_fields(page: Any) -> list[Any]:
    return [page.dpo.name, page.dpo.email, page.dpo_title, page.dpo_company]


def test_each_dpo_state_enables_only_its_fields(qtbot: Any, opened: Any) -> None:
    page = opened.workspace.organisation
    opened.go_to(4)
    assert page.dpo_status.value() is DpoStatus.UNDECIDED
    assert not any(w.isEnabled() for w in dpo_fields(page)) and not page.dpo_reason.isEnabled()
    assert page.dpo_undecided.isVisible()
    choose(page, DpoStatus.DESIGNATED)
    assert all(w.isEnabled() for w in dpo_fields(page)) and not page.dpo_reason.isEnabled()
    assert not page.dpo_undecided.isVisible()
    choose(page, DpoStatus.NOT_DESIGNATED)
    assert not any(w.isEnabled() for w in dpo_fields(page)) and page.dpo_reason.isEnabled()
    assert get_organisation(opened.ctx.register).dpo_status is DpoStatus.NOT_DESIGNATED
    opened.undo_action.trigger()
    assert get_organisation(opened.ctx.register).dpo_status is DpoStatus.DESIGNATED
    assert page.dpo_status.value() is DpoStatus.DESIGNATED and page.dpo_title.isEnabled()


def test_identity_and_dpo_title_are_saved_and_undone(qtbot: Any, opened: Any) -> None:
    page = opened.workspace.organisation
    opened.go_to(4)
    reg = opened.ctx.register
    for field, text in ((page.legal_form, "SAS"), (page.trade_names, "Acme Santé, Acmédic"),
                        (page.websites, "acme.fr, boutique.acme.fr")):  # fmt: skip
        field.setFocus()
        type_text(field, text)
        field.editingFinished.emit()
    choose(page, DpoStatus.DESIGNATED)
    type_text(page.dpo_title, "Référent RGPD")
    page.dpo_title.editingFinished.emit()
    saved = get_organisation(reg)
    assert (saved.legal_form, saved.trade_names, saved.websites) == ("SAS", "Acme Santé, Acmédic",
                                                                     "acme.fr, boutique.acme.fr")  # fmt: skip
    assert saved.dpo_title == "Référent RGPD"
    opened.undo_action.trigger()
    assert get_organisation(reg).dpo_title == "" and page.dpo_title.text() == ""
    opened.undo_action.trigger()  # the designation
    opened.undo_action.trigger()  # the websites
    assert get_organisation(reg).websites == "" and page.websites.text() == ""
    assert get_organisation(reg).trade_names == "Acme Santé, Acmédic"


def test_the_activity_editor_shows_an_undecided_dpo_as_such(qtbot: Any, opened: Any) -> None:
    from PySide6.QtWidgets import QLabel

    from register_app.ui import editors

    dialog = editors.activity_dialog(opened.ctx, opened, None)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.description.findChildren(QLabel)]
    assert "Designation of a DPO not yet decided" in texts and "not designated" not in texts
