"""The breach register (Art. 33(5)): every personal data breach, notified or not, with its facts,
effects and remedial action, shaped on the EDPB's common notification template."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from register_app.domain.base import Base, Timestamped, UTCDateTime, WithUid, code_enum, text_column, version_column
from register_app.domain.enums import AuthorityNotification, SubjectsInformation
from register_app.domain.subprocessor import Subprocessor

if TYPE_CHECKING:
    from register_app.domain.activity import Activity

breach_activity = Table(
    "breach_activity",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
)

breach_subprocessor = Table(
    "breach_subprocessor",
    Base.metadata,
    Column("breach_id", ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True),
    Column("subprocessor_id", ForeignKey("subprocessor.id", ondelete="CASCADE"), primary_key=True),
)


class Breach(WithUid, Timestamped, Base):
    __tablename__ = "breach"
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative attribute

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = text_column(type_=Text)
    title: Mapped[str] = text_column(type_=Text)
    discovered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    description: Mapped[str] = text_column(type_=Text)
    # Catalogue codes (breach_natures, data_categories, data_subjects), as JSON lists.
    natures: Mapped[list[str]] = mapped_column(JSON, default=list)
    cause: Mapped[str | None] = mapped_column(String(40))
    data_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    subject_categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    people_count: Mapped[int | None]
    records_count: Mapped[int | None]
    consequences: Mapped[str] = text_column(type_=Text)
    measures_taken: Mapped[str] = text_column(type_=Text)
    measures_planned: Mapped[str] = text_column(type_=Text)
    risk_level: Mapped[str | None] = mapped_column(String(40))
    authority_status: Mapped[AuthorityNotification] = mapped_column(
        code_enum(AuthorityNotification), default=AuthorityNotification.PENDING
    )
    authority_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    authority_reference: Mapped[str] = text_column(type_=Text)
    delay_reason: Mapped[str] = text_column(type_=Text)
    not_notified_reason: Mapped[str] = text_column(type_=Text)
    subjects_status: Mapped[SubjectsInformation] = mapped_column(
        code_enum(SubjectsInformation), default=SubjectsInformation.PENDING
    )
    subjects_informed_on: Mapped[date | None]
    subjects_informed_how: Mapped[str] = text_column(type_=Text)
    not_informed_reason: Mapped[str] = text_column(type_=Text)
    notes: Mapped[str] = text_column(type_=Text)

    activities: Mapped[list[Activity]] = relationship(secondary=breach_activity, order_by="Activity.reference")
    subprocessors: Mapped[list[Subprocessor]] = relationship(
        secondary=breach_subprocessor, order_by=(Subprocessor.name, Subprocessor.uid)
    )
