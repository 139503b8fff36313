"""Frozen versions: the DPO freezes a named, dated version of the register (Figer une version). Its
JSON document is stored as it was, with its SHA-256, and the freezing is an entry of the chained
journal holding that hash: nothing edits a version, and a version changed behind the app's back is
refused when exported (and shows in `verify`, as a broken link if the journal was changed too)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from register_app.domain import models as m
from register_app.domain.base import utcnow
from register_app.domain.enums import HistoryAction
from register_app.errors import UserError
from register_app.exports.json_export import export_json
from register_app.services import records as r
from register_app.services.document import Profile
from register_app.services.history import Subject, record
from register_app.services.interchange import parse_document
from register_app.services.snapshot import snapshot_in
from register_app.store.register_file import RegisterFile

KIND = "version"


class VersionNameError(UserError):
    """A frozen version needs a name that no other version of this register has ("{name}")."""

    fr = "Une version figée doit avoir un nom qu'aucune autre version de ce registre ne porte (« {name} »)."


class NoVersionError(UserError):
    """No version of this register has been frozen yet: give a date with --since."""

    fr = "Aucune version de ce registre n'a encore été figée : indiquez une date avec --since."


class UnknownVersionError(UserError):
    """This register has no frozen version named "{name}"."""

    fr = "Ce registre n'a pas de version figée nommée « {name} »."


class VersionAlteredError(UserError):
    """The frozen version "{name}" was changed after it was frozen: it is not exported."""

    fr = "La version figée « {name} » a été modifiée après avoir été figée : elle n'est pas exportée."


@dataclass(frozen=True)
class Version:
    name: str
    comment: str
    frozen_at: datetime
    frozen_by: str
    sha256: str  # of its JSON document


def _version(row: m.FrozenVersion) -> Version:
    return Version(row.name, row.comment, row.frozen_at, row.frozen_by, row.sha256)


def freeze_version(register: RegisterFile, *, name: str, comment: str = "") -> Version:
    """Freeze the register as it is now, under a name the DPO gives, with their comment."""
    name, comment = name.strip(), comment.strip()
    if not name:
        raise VersionNameError(name=name)
    try:
        with register.session() as session:
            if session.scalar(select(m.FrozenVersion.id).where(m.FrozenVersion.name == name)) is not None:
                raise VersionNameError(name=name)
            document = export_json(snapshot_in(session), profile=Profile.FULL)
            digest = hashlib.sha256(document).hexdigest()
            row = m.FrozenVersion(name=name, comment=comment, frozen_at=utcnow(), frozen_by=register.author,
                                  document=document.decode("utf-8"), sha256=digest)  # fmt: skip
            session.add(row)
            record(session, author=register.author, action=HistoryAction.CREATE,
                   subject=Subject(KIND, str(uuid.uuid4()), name), field="sha256", new=digest)  # fmt: skip
            session.flush()
            return _version(row)
    except IntegrityError as exc:  # another window froze the same name first
        raise VersionNameError(name=name) from exc


def list_versions(register: RegisterFile) -> list[Version]:
    """The frozen versions, oldest first."""
    with register.session() as session:
        return [_version(row) for row in session.scalars(select(m.FrozenVersion).order_by(m.FrozenVersion.id))]


def last_version(register: RegisterFile) -> Version:
    versions = list_versions(register)
    if not versions:
        raise NoVersionError()
    return versions[-1]


def _row(session: Session, name: str) -> m.FrozenVersion:
    row = session.scalar(select(m.FrozenVersion).where(m.FrozenVersion.name == name))
    if row is None:
        raise UnknownVersionError(name=name)
    return row


def version_document(register: RegisterFile, *, name: str) -> bytes:
    """The version's JSON document, byte for byte as frozen; refused if it no longer matches the hash
    the journal recorded when it was frozen."""
    with register.session() as session:
        row = _row(session, name)
        journaled = session.scalars(
            select(m.HistoryEntry.new_value).where(
                m.HistoryEntry.object_kind == KIND,
                m.HistoryEntry.object_label == name,
                m.HistoryEntry.field == "sha256",
            )
        ).all()
        document = row.document.encode("utf-8")
    if hashlib.sha256(document).hexdigest() != row.sha256 or row.sha256 not in journaled:
        raise VersionAlteredError(name=name)
    return document


def version_snapshot(register: RegisterFile, *, name: str) -> r.Snapshot:
    """The version as a snapshot every export works from, dated when it was frozen."""
    document = parse_document(version_document(register, name=name))
    frozen_at = next(v.frozen_at for v in list_versions(register) if v.name == name)
    return r.Snapshot(
        organisation=document.organisation,
        controllers=document.controllers,
        measures=document.measures,
        subprocessors=document.subprocessors,
        activities=document.activities,
        dismissed_findings=document.dismissed_findings,
        taken_at=utcnow(),
        as_of=frozen_at,
        version=name,
    )
