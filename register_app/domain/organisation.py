"""The organisation that keeps the register (the controller), its representative, its DPO, and the
other controllers it works with: joint controllers and the clients it processes data for."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from register_app.domain.base import Base, Timestamped, WithUid, code_enum, text_column, version_column
from register_app.domain.enums import DpoStatus


class Organisation(Timestamped, Base):
    """A register holds exactly one organisation row (id 1)."""

    __tablename__ = "organisation"
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative attribute

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = text_column(type_=Text)
    legal_form: Mapped[str] = text_column(type_=Text)
    trade_names: Mapped[str] = text_column(type_=Text)
    websites: Mapped[str] = text_column(type_=Text)
    siren: Mapped[str] = text_column(type_=String(20))
    address: Mapped[str] = text_column(type_=Text)
    postcode: Mapped[str] = text_column(type_=String(20))
    city: Mapped[str] = text_column(type_=Text)
    country: Mapped[str] = text_column(type_=String(2))
    phone: Mapped[str] = text_column(type_=String(50))
    email: Mapped[str] = text_column(type_=Text)

    rep_name: Mapped[str] = text_column(type_=Text)
    rep_address: Mapped[str] = text_column(type_=Text)
    rep_postcode: Mapped[str] = text_column(type_=String(20))
    rep_city: Mapped[str] = text_column(type_=Text)
    rep_country: Mapped[str] = text_column(type_=String(2))
    rep_phone: Mapped[str] = text_column(type_=String(50))
    rep_email: Mapped[str] = text_column(type_=Text)

    dpo_status: Mapped[DpoStatus] = mapped_column(code_enum(DpoStatus), default=DpoStatus.UNDECIDED)
    dpo_name: Mapped[str] = text_column(type_=Text)
    dpo_title: Mapped[str] = text_column(type_=Text)
    dpo_company: Mapped[str] = text_column(type_=Text)
    dpo_address: Mapped[str] = text_column(type_=Text)
    dpo_postcode: Mapped[str] = text_column(type_=String(20))
    dpo_city: Mapped[str] = text_column(type_=Text)
    dpo_country: Mapped[str] = text_column(type_=String(2))
    dpo_phone: Mapped[str] = text_column(type_=String(50))
    dpo_email: Mapped[str] = text_column(type_=Text)
    dpo_not_designated_reason: Mapped[str] = text_column(type_=Text)


class ExternalController(WithUid, Timestamped, Base):
    """Another controller: a joint controller of some activities, or a client on whose behalf the
    organisation processes data (the Art. 30(2) processor register is grouped by these)."""

    __tablename__ = "external_controller"
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative attribute

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = text_column(type_=Text)
    address: Mapped[str] = text_column(type_=Text)
    postcode: Mapped[str] = text_column(type_=String(20))
    city: Mapped[str] = text_column(type_=Text)
    country: Mapped[str] = text_column(type_=String(2))
    phone: Mapped[str] = text_column(type_=String(50))
    email: Mapped[str] = text_column(type_=Text)
    rep_name: Mapped[str] = text_column(type_=Text)
    rep_contact: Mapped[str] = text_column(type_=Text)
    dpo_name: Mapped[str] = text_column(type_=Text)
    dpo_contact: Mapped[str] = text_column(type_=Text)
    notes: Mapped[str] = text_column(type_=Text)
