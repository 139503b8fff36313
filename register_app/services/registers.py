"""Whole-register use cases: start a new register, summarise one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from register_app.domain import models as m
from register_app.domain.catalogues import Lang
from register_app.domain.enums import MeasureStatus
from register_app.services import records as r
from register_app.services.measures import seed_catalogue
from register_app.services.organisation import write_organisation
from register_app.store.register_file import RegisterFile, create_register


@dataclass(frozen=True)
class RegisterInfo:
    path: Path
    organisation: str
    activities: int
    activities_by_status: tuple[tuple[str, int], ...]
    subprocessors: int
    measures: int  # declared by the DPO (in place or planned)
    suggestions: int  # catalogue measures not declared
    controllers: int


def new_register(
    path: Path, *, organisation: str, author: str | None = None, lang: Lang = "fr", with_catalogue: bool = True
) -> RegisterFile:
    """Create a register file for an organisation, with the security-measure catalogue loaded."""
    register = create_register(path, author=author)
    try:
        start_register(register, organisation=organisation, lang=lang, with_catalogue=with_catalogue)
    except BaseException:
        register.close()
        path.unlink(missing_ok=True)
        raise
    return register


def start_register(
    register: RegisterFile, *, organisation: str, lang: Lang = "fr", with_catalogue: bool = True
) -> None:
    """Give an empty register its organisation and, `with_catalogue`, the security-measure catalogue:
    one transaction."""
    with register.session() as session:
        data = r.Organisation(identity=r.Contact(name=organisation.strip(), country="FR"))
        write_organisation(session, author=register.author, data=data)
        if with_catalogue:
            seed_catalogue(session, author=register.author, lang=lang)


def register_info(register: RegisterFile) -> RegisterInfo:
    with register.session() as session:
        org = session.get(m.Organisation, 1)

        def count(model: type[m.Base]) -> int:
            return session.scalar(select(func.count()).select_from(model)) or 0

        suggestions = session.scalar(
            select(func.count()).select_from(m.Measure).where(m.Measure.status == MeasureStatus.NOT_DECLARED)
        ) or 0
        by_status = session.execute(
            select(m.Activity.status, func.count()).group_by(m.Activity.status).order_by(m.Activity.status)
        ).all()
        return RegisterInfo(
            path=register.path,
            organisation=org.name if org else "",
            activities=count(m.Activity),
            activities_by_status=tuple((status.value, n) for status, n in by_status),
            subprocessors=count(m.Subprocessor),
            measures=count(m.Measure) - suggestions,
            suggestions=suggestions,
            controllers=count(m.ExternalController),
        )
