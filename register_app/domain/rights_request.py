"""The log of data subjects' requests (Art. 12 and 15 to 22): who asked what, when, and the answer.
The person is named with the minimum needed to answer them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from register_app.domain.base import Base, Timestamped, WithUid, code_enum, text_column, version_column
from register_app.domain.enums import IdentityCheck, RequestStatus


class RightsRequest(WithUid, Timestamped, Base):
    __tablename__ = "rights_request"
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative attribute

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = text_column(type_=Text)
    requester: Mapped[str] = text_column(type_=Text)
    requester_contact: Mapped[str] = text_column(type_=Text)
    request_type: Mapped[str | None] = mapped_column(String(40))  # request_types catalogue
    channel: Mapped[str | None] = mapped_column(String(40))  # request_channels catalogue
    received_on: Mapped[date | None]
    identity_check: Mapped[IdentityCheck] = mapped_column(code_enum(IdentityCheck), default=IdentityCheck.NOT_NEEDED)
    extended: Mapped[bool] = mapped_column(default=False)
    extension_reason: Mapped[str] = text_column(type_=Text)
    status: Mapped[RequestStatus] = mapped_column(code_enum(RequestStatus), default=RequestStatus.RECEIVED)
    answered_on: Mapped[date | None]
    answer_summary: Mapped[str] = text_column(type_=Text)
    notes: Mapped[str] = text_column(type_=Text)
