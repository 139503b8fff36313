"""Compliance findings the DPO has dismissed, with the reason. A dismissal names the finding by its
stable identity (rule code, object uid, field), so it still applies when the checks run again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from register_app.domain.base import Base, UTCDateTime


class DismissedFinding(Base):
    __tablename__ = "dismissed_finding"
    __table_args__ = (UniqueConstraint("code", "object_uid", "field", name="uq_dismissed_finding_identity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60))
    object_uid: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
