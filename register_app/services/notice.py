"""Write the information notice from the register: one use case for the command line and the app.
The register is read once; the notice is written to a temporary file, then put in place."""

from __future__ import annotations

from pathlib import Path

from register_app.domain.catalogues import DATA_SUBJECTS, Lang, catalogue
from register_app.errors import UserError
from register_app.exports.formats import write_atomically
from register_app.exports.notice.content import audiences, build_notice
from register_app.exports.notice.formats import renderer_for
from register_app.exports.notice.model import Notice
from register_app.services.snapshot import take_snapshot
from register_app.store.register_file import RegisterFile


class UnknownAudienceError(UserError):
    """{audience} is not a category of data subjects; choose one of: {known}."""

    fr = "{audience} n'est pas une catégorie de personnes concernées ; choisissez parmi : {known}."


def notice_audiences(register: RegisterFile) -> list[str]:
    """The data-subject codes a notice can be written for: those of the activities in progress
    that we run as controller."""
    return audiences(take_snapshot(register))


def read_notice(register: RegisterFile, *, audience: str | None = None, lang: Lang = "fr") -> Notice:
    if audience is not None and audience not in catalogue(DATA_SUBJECTS):
        raise UnknownAudienceError(audience=audience, known=", ".join(e.code for e in catalogue(DATA_SUBJECTS)))
    return build_notice(take_snapshot(register), audience=audience, lang=lang)


def write_notice(register: RegisterFile, out: Path, *, audience: str | None = None, lang: Lang = "fr") -> Notice:
    """Write the notice for `audience` (a data_subjects code, None for everyone) in the format of
    OUT's extension (.html, .docx, .pdf); returns it, with what it still lacks."""
    renderer = renderer_for(out)
    notice = read_notice(register, audience=audience, lang=lang)
    write_atomically(out, renderer(notice), register=register.path)
    return notice
