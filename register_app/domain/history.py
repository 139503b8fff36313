"""The change history: who changed which field of which object, when, from what to what."""

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
