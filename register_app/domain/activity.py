"""A processing activity (traitement) and everything its CNIL fiche records."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from register_app.domain.base import Base, Timestamped, WithUid, code_enum, text_column, version_column
from register_app.domain.enums import (
    ActivityRole,
    ActivityStatus,
    DpiaConclusion,
    DpiaStatus,
    DurationUnit,
    FinalFate,
)
from register_app.domain.measure import Measure
from register_app.domain.organisation import ExternalController
from register_app.domain.subprocessor import Subprocessor

activity_joint_controller = Table(
    "activity_joint_controller",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("controller_id", ForeignKey("external_controller.id", ondelete="CASCADE"), primary_key=True),
)

activity_subprocessor = Table(
    "activity_subprocessor",
    Base.metadata,
    Column("activity_id", ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True),
    Column("subprocessor_id", ForeignKey("subprocessor.id", ondelete="CASCADE"), primary_key=True),
)


class Activity(WithUid, Timestamped, Base):
    __tablename__ = "activity"
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative attribute

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = text_column(type_=Text)
    description: Mapped[str] = text_column(type_=Text)
    role: Mapped[ActivityRole] = mapped_column(code_enum(ActivityRole), default=ActivityRole.CONTROLLER)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("external_controller.id", ondelete="SET NULL"), index=True)
    department: Mapped[str] = text_column(type_=Text)
    owner_name: Mapped[str] = text_column(type_=Text)
    owner_email: Mapped[str] = text_column(type_=Text)
    status: Mapped[ActivityStatus] = mapped_column(code_enum(ActivityStatus), default=ActivityStatus.DRAFT)
    software: Mapped[str] = text_column(type_=Text)
    last_review: Mapped[date | None]
    # When a retired activity stopped (the full register shows it; the extract leaves it out).
    retired_on: Mapped[date | None]

    art9_condition: Mapped[str | None] = mapped_column(String(40))
    art9_justification: Mapped[str] = text_column(type_=Text)
    art10_justification: Mapped[str] = text_column(type_=Text)
    nir_justification: Mapped[str] = text_column(type_=Text)

    dpia_list_match: Mapped[str | None] = mapped_column(String(60))
    dpia_conclusion: Mapped[DpiaConclusion] = mapped_column(
        code_enum(DpiaConclusion), default=DpiaConclusion.UNDETERMINED
    )
    dpia_reason: Mapped[str] = text_column(type_=Text)
    dpia_status: Mapped[DpiaStatus] = mapped_column(code_enum(DpiaStatus), default=DpiaStatus.NOT_STARTED)
    dpia_date: Mapped[date | None]
    dpia_reference: Mapped[str] = text_column(type_=Text)

    notes: Mapped[str] = text_column(type_=Text)
    # Accent-folded, lower-case text of the searchable fields, kept up to date by the services:
    # SQLite's LIKE neither folds accents nor non-ASCII case.
    search_text: Mapped[str] = text_column(type_=Text)

    client: Mapped[ExternalController | None] = relationship()
    joint_controllers: Mapped[list[ExternalController]] = relationship(
        secondary=activity_joint_controller, order_by=(ExternalController.name, ExternalController.uid)
    )
    purposes: Mapped[list[Purpose]] = relationship(cascade="all, delete-orphan", order_by="Purpose.position")
    data_subjects: Mapped[list[ActivityDataSubject]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityDataSubject.position"
    )
    data_categories: Mapped[list[ActivityDataCategory]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityDataCategory.position"
    )
    data_sources: Mapped[list[ActivityDataSource]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityDataSource.position"
    )
    recipients: Mapped[list[ActivityRecipient]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityRecipient.position"
    )
    transfers: Mapped[list[Transfer]] = relationship(cascade="all, delete-orphan", order_by="Transfer.position")
    retention_rules: Mapped[list[RetentionRule]] = relationship(
        cascade="all, delete-orphan", order_by="RetentionRule.position"
    )
    dpia_criteria: Mapped[list[ActivityDpiaCriterion]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityDpiaCriterion.code"
    )
    subprocessors: Mapped[list[Subprocessor]] = relationship(
        secondary=activity_subprocessor,
        order_by=(Subprocessor.name, Subprocessor.uid),
        back_populates="activities"
    )
    measure_links: Mapped[list[ActivityMeasure]] = relationship(cascade="all, delete-orphan", back_populates="activity")


class Purpose(Base):
    """A purpose of the activity; position 0 is the main purpose. Each has its own legal basis."""

    __tablename__ = "purpose"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = text_column(type_=Text)
    legal_basis: Mapped[str | None] = mapped_column(String(40))
    legal_basis_note: Mapped[str] = text_column(type_=Text)
    legitimate_interest: Mapped[str] = text_column(type_=Text)
    balancing_test: Mapped[str] = text_column(type_=Text)


class ActivityDataSubject(Base):
    __tablename__ = "activity_data_subject"
    __table_args__ = (UniqueConstraint("activity_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    precision: Mapped[str] = text_column(type_=Text)
    estimated_count: Mapped[int | None]


class ActivityDataCategory(Base):
    """A category of personal data processed. The catalogue entry's regime tells whether it is an
    Art. 9 special category, Art. 10 offence data, the NIR, or ordinary data."""

    __tablename__ = "activity_data_category"
    __table_args__ = (UniqueConstraint("activity_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40), index=True)
    description: Mapped[str] = text_column(type_=Text)


class ActivityDataSource(Base):
    __tablename__ = "activity_data_source"
    __table_args__ = (UniqueConstraint("activity_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    precision: Mapped[str] = text_column(type_=Text)


class ActivityRecipient(Base):
    __tablename__ = "activity_recipient"
    __table_args__ = (UniqueConstraint("activity_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    precision: Mapped[str] = text_column(type_=Text)


class Transfer(Base):
    """A transfer outside the EU/EEA, optionally tied to the subprocessor that carries it."""

    __tablename__ = "transfer"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    recipient: Mapped[str] = text_column(type_=Text)
    # A country code, or an international organisation's code from the same catalogue (INT-...).
    country: Mapped[str] = mapped_column(String(20), index=True)
    tool: Mapped[str | None] = mapped_column(String(40))
    tool_detail: Mapped[str] = text_column(type_=Text)
    documentation: Mapped[str] = text_column(type_=Text)
    tia_reference: Mapped[str] = text_column(type_=Text)
    subprocessor_id: Mapped[int | None] = mapped_column(ForeignKey("subprocessor.id", ondelete="SET NULL"), index=True)

    subprocessor: Mapped[Subprocessor | None] = relationship()


class RetentionRule(Base):
    """How long one data category is kept: active-base and intermediate-archive durations from a
    start event, then a final fate; or, where no fixed duration is possible, a criterion."""

    __tablename__ = "retention_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(40))
    # Which data the rule covers, in the DPO's words ("factures", "logs de connexion"), beside its category.
    label: Mapped[str] = text_column(type_=Text)
    active_value: Mapped[int | None]
    active_unit: Mapped[DurationUnit | None] = mapped_column(code_enum(DurationUnit))
    archive_value: Mapped[int | None]
    archive_unit: Mapped[DurationUnit | None] = mapped_column(code_enum(DurationUnit))
    start_event: Mapped[str | None] = mapped_column(String(40))
    final_fate: Mapped[FinalFate | None] = mapped_column(code_enum(FinalFate))
    criterion: Mapped[str] = text_column(type_=Text)
    source: Mapped[str] = text_column(type_=Text)
    reference_code: Mapped[str | None] = mapped_column(String(60))


class ActivityDpiaCriterion(Base):
    __tablename__ = "activity_dpia_criterion"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)


class ActivityMeasure(Base):
    """A security measure applied to an activity, with what is specific to that activity."""

    __tablename__ = "activity_measure"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True, index=True)
    note: Mapped[str] = text_column(type_=Text)

    activity: Mapped[Activity] = relationship(back_populates="measure_links")
    measure: Mapped[Measure] = relationship()
