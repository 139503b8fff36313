"""Subprocessors (sous-traitants, Art. 28): where they host data, their contract and certificates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from register_app.domain.base import Base, Timestamped, WithUid, code_enum, text_column, version_column
from register_app.domain.enums import ContractStatus, CountryRole, SubprocessorRole
from register_app.domain.measure import Measure

if TYPE_CHECKING:
    from register_app.domain.activity import Activity

subprocessor_chain = Table(
    "subprocessor_chain",
    Base.metadata,
    Column("subprocessor_id", ForeignKey("subprocessor.id", ondelete="CASCADE"), primary_key=True),
    Column("uses_id", ForeignKey("subprocessor.id", ondelete="CASCADE"), primary_key=True),
)

subprocessor_measure = Table(
    "subprocessor_measure",
    Base.metadata,
    Column("subprocessor_id", ForeignKey("subprocessor.id", ondelete="CASCADE"), primary_key=True),
    Column("measure_id", ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True),
)


class Subprocessor(WithUid, Timestamped, Base):
    __tablename__ = "subprocessor"
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative attribute

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = text_column(type_=Text)
    service: Mapped[str] = text_column(type_=Text)
    contact_name: Mapped[str] = text_column(type_=Text)
    contact_email: Mapped[str] = text_column(type_=Text)
    contact_phone: Mapped[str] = text_column(type_=String(50))
    address: Mapped[str] = text_column(type_=Text)
    postcode: Mapped[str] = text_column(type_=String(20))
    city: Mapped[str] = text_column(type_=Text)
    country: Mapped[str] = text_column(type_=String(2))
    role: Mapped[SubprocessorRole] = mapped_column(code_enum(SubprocessorRole), default=SubprocessorRole.PROCESSOR)
    contract_status: Mapped[ContractStatus] = mapped_column(code_enum(ContractStatus), default=ContractStatus.NONE)
    contract_signed: Mapped[date | None]
    contract_review: Mapped[date | None]
    contract_reference: Mapped[str] = text_column(type_=Text)
    transfer_tool: Mapped[str | None] = mapped_column(String(40))
    transfer_detail: Mapped[str] = text_column(type_=Text)
    dpf_certified: Mapped[bool] = mapped_column(Boolean, default=False)
    # The transfer tool to fall back on should the tool relied on (the DPF) fall: e.g. "scc".
    transfer_fallback: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = text_column(type_=Text)

    countries: Mapped[list[SubprocessorCountry]] = relationship(
        cascade="all, delete-orphan", order_by="SubprocessorCountry.position"
    )
    certifications: Mapped[list[Certification]] = relationship(
        cascade="all, delete-orphan", order_by="Certification.position"
    )
    uses: Mapped[list[Subprocessor]] = relationship(
        secondary=subprocessor_chain,
        primaryjoin=lambda: Subprocessor.id == subprocessor_chain.c.subprocessor_id,
        secondaryjoin=lambda: Subprocessor.id == subprocessor_chain.c.uses_id,
        order_by=lambda: (Subprocessor.name, Subprocessor.uid),
    )
    measures: Mapped[list[Measure]] = relationship(
        secondary=subprocessor_measure, order_by=(Measure.name, Measure.uid)
    )
    activities: Mapped[list[Activity]] = relationship(
        secondary="activity_subprocessor", back_populates="subprocessors", viewonly=False
    )


class SubprocessorCountry(Base):
    """A country where the subprocessor hosts the data, or from which it can access it."""

    __tablename__ = "subprocessor_country"
    __table_args__ = (UniqueConstraint("subprocessor_id", "country", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subprocessor_id: Mapped[int] = mapped_column(ForeignKey("subprocessor.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    country: Mapped[str] = mapped_column(String(2), index=True)
    role: Mapped[CountryRole] = mapped_column(code_enum(CountryRole))


class Certification(Base):
    """A certificate held by a subprocessor (HDS with its scopes, ISO 27001, SecNumCloud, SOC 2...)."""

    __tablename__ = "certification"

    id: Mapped[int] = mapped_column(primary_key=True)
    subprocessor_id: Mapped[int] = mapped_column(ForeignKey("subprocessor.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = text_column(type_=Text)
    scope: Mapped[str] = text_column(type_=Text)
    # The référentiel an HDS certificate was issued under (hds_scopes catalogue's versions), if known.
    hds_version: Mapped[str | None] = mapped_column(String(20))
    issuer: Mapped[str] = text_column(type_=Text)
    reference: Mapped[str] = text_column(type_=Text)
    valid_from: Mapped[date | None]
    expires: Mapped[date | None]

    hds_scopes: Mapped[list[CertificationHdsScope]] = relationship(
        cascade="all, delete-orphan", order_by="CertificationHdsScope.code"
    )


class CertificationHdsScope(Base):
    """One of the six activities of the HDS standard that a certificate covers."""

    __tablename__ = "certification_hds_scope"

    certification_id: Mapped[int] = mapped_column(ForeignKey("certification.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
