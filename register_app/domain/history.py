"""The change history: who changed which field of which object, when, from what to what.

The journal is also the register's memory: the last entry a transaction writes about an object
holds the whole object as it stood after that transaction (`state`, the record as JSON; NULL once
the object is deleted), so the register can be rebuilt as of any moment since its history is
complete. Each entry carries a SHA-256 (`hash`) chained to the previous entry's (store/journal.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from register_app.domain.base import Base, UTCDateTime, code_enum, text_column
from register_app.domain.enums import HistoryAction


class HistoryEntry(Base):
    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    author: Mapped[str] = text_column(type_=Text)
    action: Mapped[HistoryAction] = mapped_column(code_enum(HistoryAction))
    object_kind: Mapped[str] = mapped_column(String(40))
    object_uid: Mapped[str] = mapped_column(String(36), index=True)
    object_label: Mapped[str] = text_column(type_=Text)
    field: Mapped[str] = text_column(type_=Text)
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str | None] = mapped_column(Text)
    hash: Mapped[str | None] = mapped_column(String(64))


class HistorySeal(Base):
    """One row: since when the journal is chained, and since when it holds every object's state
    (NULL until the states of the objects an older register already held are recorded)."""

    __tablename__ = "history_seal"

    id: Mapped[int] = mapped_column(primary_key=True)
    chained_at: Mapped[datetime] = mapped_column(UTCDateTime())
    chained_from_id: Mapped[int] = mapped_column(default=1)
    complete_from: Mapped[datetime | None] = mapped_column(UTCDateTime())


class FrozenVersion(Base):
    """A version of the register the DPO froze: its JSON document as it was, with the document's
    SHA-256 (also recorded in the chained journal, so that a stored version changed later shows)."""

    __tablename__ = "frozen_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    comment: Mapped[str] = text_column(type_=Text)
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    frozen_by: Mapped[str] = text_column(type_=Text)
    document: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
