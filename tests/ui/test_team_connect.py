"""File ▸ Connect to a team register…: the database's address in a form, the password kept in the
system keyring (a fake one here) and never in the settings; without a keyring, asked each time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy.engine import make_url
from support.team_db import TeamDatabase

from register_app.services.credentials import SERVICE
from register_app.services.team import init_team_register
from register_app.ui.team_connect import TeamConnectDialog
from tests.ui.conftest import answer_modal


class FakeKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def fake_keyring() -> Iterator[FakeKeyring]:
    before = keyring.get_keyring()
    fake = FakeKeyring()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(before)


@pytest.mark.postgres
def test_connecting_keeps_the_password_in_the_keyring_and_lists_the_register_without_it(
    qtbot: Any, window: Any, team_db: TeamDatabase, fake_keyring: FakeKeyring, isolated_data_dir: Path
) -> None:
    alice = team_db.login("alice")
    init_team_register(team_db.url(), organisation="Acme SAS", editors=(alice,)).close()

    def fill(dialog: TeamConnectDialog) -> None:
        assert dialog.remember.isVisible() and dialog.remember.isChecked() and not dialog.no_keyring.isVisible()
        server = make_url(team_db.admin_url)
        assert server.host, f"the dialog takes a host name and a port, not a socket folder: {team_db.admin_url}"
        dialog.host.setText(server.host)
        dialog.port.setValue(server.port or 5432)
        dialog.database.setText(team_db.name)
        dialog.user.setText(alice)
        dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
        dialog.password.setText("s3cret")
        dialog.accept()

    handled = answer_modal(qtbot, TeamConnectDialog, fill)
    window.on_connect_triggered()
    assert handled and window.ctx is not None and window.ctx.register.url is not None
    url = window.ctx.register.url
    assert "s3cret" not in url and team_db.name in window.windowTitle()
    assert fake_keyring.kept == {(SERVICE, url): "s3cret"}
    assert window.settings.recent_team_registers == [url]
    window.settings.sync()
    assert "s3cret" not in (isolated_data_dir / "settings.ini").read_text(encoding="utf-8")
    window.close_register()

    # Next time: the register listed, its password from the keyring.
    def reuse(dialog: TeamConnectDialog) -> None:
        assert dialog.recent.currentData() == url and dialog.database.text() == team_db.name
        assert dialog.user.text() == alice and dialog.sslmode.currentData() == "disable"
        assert dialog.password.text() == "s3cret"
        dialog.accept()

    handled = answer_modal(qtbot, TeamConnectDialog, reuse)
    window.on_connect_triggered()
    assert handled and window.ctx is not None and window.ctx.register.url == url


def test_without_a_keyring_the_dialog_says_so_and_keeps_nothing(qtbot: Any, no_keyring: None) -> None:
    dialog = TeamConnectDialog(["postgresql://alice@db.example:5432/registre?sslmode=verify-full"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_keyring.isVisible() and not dialog.remember.isVisible()
    assert "asked each time" in dialog.no_keyring.text()
    assert (dialog.host.text(), dialog.database.text(), dialog.sslmode.currentData()) == (
        "db.example", "registre", "verify-full")
    assert dialog.password.text() == ""
    dialog.password.setText("typed")
    assert dialog.url_with_password() == "postgresql://alice:typed@db.example:5432/registre?sslmode=verify-full"
    assert dialog.url() == "postgresql://alice@db.example:5432/registre?sslmode=verify-full"
