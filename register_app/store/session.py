"""One session per use case: commit on success, roll back on any error, and turn database errors
into a StorageError the user can read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from register_app.errors import StorageError


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    session = factory()
    try:
        yield session
        session.commit()
    except SQLAlchemyError as exc:
        session.rollback()
        raise StorageError(reason=describe_storage_error(exc)) from exc
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# What PostgreSQL's client says when the server went away (restarted, killed, network down).
LOST_CONNECTION = ("server closed the connection", "terminating connection", "connection refused",
                   "connection is lost", "connection already closed", "could not receive data", "ssl syscall error")


def describe_storage_error(exc: SQLAlchemyError) -> tuple[str, str]:
    """Why the database refused, in French and English."""
    text = str(getattr(exc, "orig", exc)).lower()
    if any(sign in text for sign in LOST_CONNECTION):  # a team register's server (store/team.py)
        return ("la connexion au serveur du registre a été perdue ; réessayez, elle sera rétablie.",
                "the connection to the register's server was lost; try again, it will be re-established.")  # fmt: skip
    if "expected to update" in text:  # an object's version moved under our UPDATE (domain/base.py version_column)
        return ("quelqu'un d'autre a enregistré le même objet au même instant ; rouvrez-le.",
                "someone else saved the same object at the same moment; open it again.")  # fmt: skip
    if "read-only transaction" in text or "permission denied" in text:  # a team register's reader
        return "vous ne pouvez que lire ce registre.", "you may only read this register."
    if "readonly" in text or "read-only" in text:
        return "le fichier est en lecture seule.", "the file is read-only."
    if "disk is full" in text or "database or disk is full" in text:
        return "le disque est plein.", "the disk is full."
    if "locked" in text or "busy" in text:
        return "le fichier est utilisé par un autre programme.", "the file is in use by another program."
    if "unique constraint" in text:
        return ("un identifiant qui doit être unique est déjà utilisé.",
                "an identifier that must be unique is already used.")  # fmt: skip
    return "le fichier n'a pas pu être écrit.", "the file could not be written."
