"""Team registers (store/team.py) as use cases: set one up in a PostgreSQL database."""

from __future__ import annotations

from register_app.domain import models as m
from register_app.domain.catalogues import Lang
from register_app.errors import UserError
from register_app.services.registers import start_register
from register_app.store.register_file import RegisterFile, open_team_register
from register_app.store.team import init_team_schema, shown


class OrganisationNeededError(UserError):
    """The database {url} is empty: name the organisation whose register it will hold (--organisation)."""

    fr = "La base {url} est vide : nommez l'organisation dont elle tiendra le registre (--organisation)."


def init_team_register(url: str, *, organisation: str | None = None, lang: Lang = "fr", author: str | None = None,
                       editors: tuple[str, ...] = (), readers: tuple[str, ...] = ()) -> RegisterFile:  # fmt: skip
    """Set up (or bring up to date) the team register in `url`'s database: the schema at head, the
    editors' and readers' roles with their rights, the named members; an empty database also gets
    the organisation and the measure catalogue. Returns the register, open."""
    if organisation is not None and not organisation.strip():
        organisation = None
    was_empty = init_team_schema(url, editors=editors, readers=readers)
    register = open_team_register(url, author=author)
    try:
        if was_empty or register_is_empty(register):
            if organisation is None:
                raise OrganisationNeededError(url=shown(url))
            start_register(register, organisation=organisation, lang=lang)
    except BaseException:
        register.close()
        raise
    return register


def register_is_empty(register: RegisterFile) -> bool:
    with register.session() as session:
        return session.get(m.Organisation, 1) is None
