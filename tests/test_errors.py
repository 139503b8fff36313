"""Core error messages in both languages: every UserError has a French message with the same
placeholders as its English one, and details given as (french, english) pairs follow the language."""

from __future__ import annotations

import importlib
import pkgutil
import string
from pathlib import Path

import register_app
from register_app.errors import ImportFailed, NotARegisterError, RegisterLockedError, UserError


def all_user_errors() -> list[type[UserError]]:
    for module in pkgutil.walk_packages(register_app.__path__, "register_app."):
        if ".ui" not in module.name and not module.name.endswith(("__main__", ".env")):
            importlib.import_module(module.name)
    found: list[type[UserError]] = []
    todo = [UserError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_user_error_has_its_own_french_message_with_the_same_placeholders() -> None:
    errors = all_user_errors()
    assert len(errors) > 15
    for cls in errors:
        assert "fr" in cls.__dict__, f"{cls.__name__} has no French message"
        assert placeholders(cls.fr) == placeholders(cls.__doc__ or ""), cls.__name__


def test_a_message_follows_the_language() -> None:
    error = NotARegisterError(path=Path("notes.rgpd"))
    assert error.message_in("fr").startswith("notes.rgpd n'est pas un fichier de registre")
    assert error.message_in("en").startswith("notes.rgpd is not a register file")
    assert str(error) == error.message == error.message_in("en")


def test_details_given_in_both_languages_follow_the_language() -> None:
    error = RegisterLockedError(path="a.rgpd", owner=("Alice sur pc-1", "Alice on pc-1"))
    assert error.message_in("fr") == "a.rgpd est ouvert en modification par Alice sur pc-1 ; fermez-le d'abord là-bas."
    assert "by Alice on pc-1;" in error.message_in("en")
    failed = ImportFailed(["$: x"], summary=("le fichier n'est pas un JSON valide.", "the file is not valid JSON."))
    assert failed.message_in("fr") == "Rien n'a été importé : le fichier n'est pas un JSON valide."
