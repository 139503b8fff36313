"""Security measures (Art. 32), each under one of the seven CNIL headings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from register_app.domain.base import Base, Timestamped, WithUid, code_enum, text_column, version_column
from register_app.domain.enums import CnilHeading, MeasureCategory, MeasureStatus


class Measure(WithUid, Timestamped, Base):
    __tablename__ = "measure"
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative attribute

    id: Mapped[int] = mapped_column(primary_key=True)
    # The catalogue code this measure was seeded from; None for the user's own measures.
    catalogue_code: Mapped[str | None] = mapped_column(String(60))
    name: Mapped[str] = text_column(type_=Text)
    heading: Mapped[CnilHeading] = mapped_column(code_enum(CnilHeading))
    category: Mapped[MeasureCategory | None] = mapped_column(code_enum(MeasureCategory))
    description: Mapped[str] = text_column(type_=Text)
    status: Mapped[MeasureStatus] = mapped_column(code_enum(MeasureStatus), default=MeasureStatus.IN_PLACE)
    evidence: Mapped[str] = text_column(type_=Text)
    review_date: Mapped[date | None]
    organisation_wide: Mapped[bool] = mapped_column(default=False)
    reference: Mapped[str] = text_column(type_=Text)
