"""The privacy policy the DPO last compared the register with: where the file was, its SHA-256 and
when it was compared. Its differences are computed again from the file when the register opens,
only if the file is still there and unchanged; nothing of the policy's text is kept here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from register_app.domain.base import Base, UTCDateTime


class ComparedPolicy(Base):
    __tablename__ = "compared_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    compared_at: Mapped[datetime] = mapped_column(UTCDateTime())
