"""The desktop app on a team register: an editor edits it like a file; a reader gets the read-only
banner a file held by another writer gets, with editing disabled."""

from __future__ import annotations

from typing import Any

import pytest
from support.team_db import TeamDatabase

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
