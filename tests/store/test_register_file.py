"""Opening and creating register files: what is not a sound register of ours is refused with one
clear sentence and left byte-identical."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from register_app.errors import (
    DamagedRegisterError,
    NewerRegisterError,
    NotARegisterError,
    RegisterExistsError,
    RegisterNotFoundError,
    UserError,
)
from register_app.services import activities
from register_app.services import records as r
from register_app.services.registers import new_register
from register_app.store.engine import APPLICATION_ID
from register_app.store.register_file import create_register, open_register


def assert_refused(path: Path, error: type[UserError]) -> str:
    before = path.read_bytes()
    with pytest.raises(error) as caught:
        open_register(path)
    assert path.read_bytes() == before, "a refused file must be left untouched"
    message = caught.value.message
    assert str(path) in message
    assert "\n" not in message and message.endswith(".")
    return message


def make_register(path: Path) -> None:
    reg = new_register(path, organisation="Acme", with_catalogue=False)
    activities.create_activity(reg, data=r.ActivityInput(name="Paie"))
    reg.close()


def test_new_register_reopens_with_its_content(tmp_path: Path) -> None:
    path = tmp_path / "registre.rgpd"
    make_register(path)
    reg = open_register(path, author="moi")
    try:
        assert [row.name for row in activities.list_activities(reg)] == ["Paie"]
        assert reg.upgraded_from is None
    finally:
        reg.close()
    assert not list(tmp_path.glob("*.creating"))


@pytest.mark.sqlite_only("a file that is not a sound register of ours is refused")
def test_register_file_is_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "registre.rgpd"
    make_register(path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.sqlite_only("a file that is not a sound register of ours is refused")
def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.rgpd"
    path.write_text("Ceci n'est pas un registre.\n" * 20, encoding="utf-8")
    assert "not a register file" in assert_refused(path, NotARegisterError)


@pytest.mark.sqlite_only("a file that is not a sound register of ours is refused")
def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.rgpd"
    path.write_bytes(b"")
    assert_refused(path, NotARegisterError)


@pytest.mark.sqlite_only("a file that is not a sound register of ours is refused")
def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE activity (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO activity (name) VALUES ('x')")
    connection.close()
    assert_refused(path, NotARegisterError)


@pytest.mark.sqlite_only("a file that is not a sound register of ours is refused")
def test_truncated_register_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.rgpd"
    make_register(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    assert "damaged" in assert_refused(path, DamagedRegisterError)


@pytest.mark.sqlite_only("a file that is not a sound register of ours is refused")
def test_register_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.rgpd"
    make_register(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    assert "newer version" in assert_refused(path, NewerRegisterError)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(RegisterNotFoundError):
        open_register(tmp_path / "nope.rgpd")
    with pytest.raises(NotARegisterError):
        open_register(tmp_path)


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "registre.rgpd"
    path.write_text("précieux", encoding="utf-8")
    with pytest.raises(RegisterExistsError):
        create_register(path)
    assert path.read_text(encoding="utf-8") == "précieux"


def test_read_only_opening_cannot_write(tmp_path: Path) -> None:
    path = tmp_path / "registre.rgpd"
    make_register(path)
    before = path.read_bytes()
    reg = open_register(path, read_only=True)
    try:
        assert len(activities.list_activities(reg)) == 1
        with pytest.raises(UserError, match=r"the file is read-only|you may only read this register"):
            activities.create_activity(reg, data=r.ActivityInput(name="Interdit"))
    finally:
        reg.close()
    assert path.read_bytes() == before
