"""The desktop app on a team register: an editor edits it like a file; a reader gets the read-only
banner a file held by another writer gets, with editing disabled."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from support.team_db import TeamDatabase

from register_app.services import changes
from register_app.services import records as r
from register_app.services.activities import ACTIVITIES, get_activity
from register_app.services.files import open_file
from register_app.services.team import init_team_register

pytestmark = pytest.mark.postgres


def test_an_editor_edits_and_a_reader_reads_with_the_read_only_banner(window: Any, team_db: TeamDatabase) -> None:
    alice, bob = team_db.login("alice"), team_db.login("bob")
    init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice,), readers=(bob,)).close()

    assert window.open_file(team_db.url(alice))
    assert window.workspace.banner is None
    assert window.workspace.activities.new_button.isEnabled()
    assert team_db.name in window.windowTitle() and "saved" in window.windowTitle()
    assert "team register" in window.saved_label.text()
    assert not window.save_copy_action.isEnabled() and not window.import_action.isEnabled()
    assert window.open_file(team_db.url(alice))  # already open: nothing happens
    window.close_register()

    assert window.open_file(team_db.url(bob))
    banner = window.workspace.banner
    assert banner is not None and banner.isVisible()
    assert banner.text() == "Opened read-only: you can read and export this register, not change it."
    assert "read-only" in window.windowTitle()
    assert not window.workspace.activities.new_button.isEnabled()
    assert window.settings.recent_files == []  # recent files are files (a URL may hold a password)


def test_the_lists_show_what_another_user_saves(qtbot: Any, window: Any, team_db: TeamDatabase) -> None:
    """Two registers open on one database: what the other saves appears in this window's list."""
    init_team_register(team_db.url(), organisation="Acme SAS").close()
    assert window.open_file(team_db.url())
    window.workspace.watch.timer.setInterval(100)
    other = open_file(team_db.url(), author="Bob")
    try:
        uid = changes.create(other, ACTIVITIES, r.ActivityInput(name="Paie")).uid or ""
        page = window.workspace.activities
        qtbot.waitUntil(lambda: page.model.row_of(uid) >= 0, timeout=5000)
        assert "others saved" in window.saved_label.text()
        record = get_activity(other, uid=uid)
        changes.update(other, ACTIVITIES, uid, dataclasses.replace(r.input_part(record, r.ActivityInput),
                                                                   name="Paie des salariés"))  # fmt: skip
        qtbot.waitUntil(lambda: page.model.row_at(page.model.row_of(uid)).name == "Paie des salariés", timeout=5000)
        changes.delete_object(other, ACTIVITIES, uid)
        qtbot.waitUntil(lambda: page.model.row_of(uid) < 0, timeout=5000)
    finally:
        other.close()
