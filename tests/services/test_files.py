"""Register files as wholes (services/files.py), as the command line and the app use them: a copy
saved while the register is open, never over the register itself; a backup named by a user."""

from __future__ import annotations

from pathlib import Path

import pytest

from register_app.errors import BackupNotFoundError, UserError
from register_app.services import activities
from register_app.services import records as r
from register_app.services.files import chosen_backup, open_file, save_copy
from register_app.store.register_file import RegisterFile


@pytest.mark.sqlite_only("save a copy copies the register file")
def test_a_copy_of_an_open_register_holds_its_activities(register: RegisterFile, tmp_path: Path) -> None:
    activities.create_activity(register, data=r.ActivityInput(name="Paie"))
    dest = save_copy(register.path, tmp_path / "copie.rgpd")
    copy = open_file(dest)
    try:
        assert [a.name for a in activities.list_activities(copy)] == ["Paie"]
    finally:
        copy.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copie")) == ["copie.rgpd"]


@pytest.mark.sqlite_only("save a copy copies the register file")
def test_a_copy_over_the_register_itself_is_refused_in_one_sentence(register: RegisterFile) -> None:
    before = register.path.read_bytes()
    with pytest.raises(UserError) as caught:
        save_copy(register.path, register.path)
    assert caught.value.message == f"Choose another file than the register itself ({register.path}) for its copy."
    assert "Choisissez un autre fichier" in caught.value.message_in("fr")
    assert register.path.read_bytes() == before


@pytest.mark.sqlite_only("the register file's backups")
def test_a_backup_is_named_by_its_number_or_refused(register: RegisterFile) -> None:
    register.close()
    open_file(register.path).close()  # the first opening of the day makes the daily backup
    assert chosen_backup(register.path, "1").reason == "daily"
    with pytest.raises(BackupNotFoundError):
        chosen_backup(register.path, "7")
