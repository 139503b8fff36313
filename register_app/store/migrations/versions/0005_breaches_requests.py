"""The DPO's other registers: the breach register (Art. 33(5)), with the activities and subprocessors
a breach involved, and the log of data subjects' requests (Art. 12, 15 to 22).

Revision ID: 0005_breaches_requests
Revises: 0004_history_chain
Create Date: 2026-12-02 20:29:24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_breaches_requests"
down_revision = "0004_history_chain"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "breach",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.Text(), server_default="", nullable=False),
        sa.Column("title", sa.Text(), server_default="", nullable=False),
        sa.Column("discovered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("natures", sa.JSON(), nullable=False),
        sa.Column("cause", sa.String(length=40), nullable=True),
        sa.Column("data_categories", sa.JSON(), nullable=False),
        sa.Column("subject_categories", sa.JSON(), nullable=False),
        sa.Column("people_count", sa.Integer(), nullable=True),
        sa.Column("records_count", sa.Integer(), nullable=True),
        sa.Column("consequences", sa.Text(), server_default="", nullable=False),
        sa.Column("measures_taken", sa.Text(), server_default="", nullable=False),
        sa.Column("measures_planned", sa.Text(), server_default="", nullable=False),
        sa.Column("risk_level", sa.String(length=40), nullable=True),
        sa.Column("authority_status", sa.String(length=40), nullable=False),
        sa.Column("authority_notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("authority_reference", sa.Text(), server_default="", nullable=False),
        sa.Column("delay_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("not_notified_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("subjects_status", sa.String(length=40), nullable=False),
        sa.Column("subjects_informed_on", sa.Date(), nullable=True),
        sa.Column("subjects_informed_how", sa.Text(), server_default="", nullable=False),
        sa.Column("not_informed_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_breach")),
        sa.UniqueConstraint("uid", name=op.f("uq_breach_uid")),
    )
    op.create_table(
        "rights_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.Text(), server_default="", nullable=False),
        sa.Column("requester", sa.Text(), server_default="", nullable=False),
        sa.Column("requester_contact", sa.Text(), server_default="", nullable=False),
        sa.Column("request_type", sa.String(length=40), nullable=True),
        sa.Column("channel", sa.String(length=40), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("identity_check", sa.String(length=40), nullable=False),
        sa.Column("extended", sa.Boolean(), nullable=False),
        sa.Column("extension_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer_summary", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rights_request")),
        sa.UniqueConstraint("uid", name=op.f("uq_rights_request_uid")),
    )
    op.create_table(
        "breach_subprocessor",
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], name=op.f("fk_breach_subprocessor_breach_id_breach"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name=op.f("fk_breach_subprocessor_subprocessor_id_subprocessor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("breach_id", "subprocessor_id", name=op.f("pk_breach_subprocessor")),
    )
    op.create_table(
        "breach_activity",
        sa.Column("breach_id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_breach_activity_activity_id_activity"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["breach_id"], ["breach.id"], name=op.f("fk_breach_activity_breach_id_breach"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("breach_id", "activity_id", name=op.f("pk_breach_activity")),
    )


def downgrade() -> None:
    op.drop_table("breach_activity")
    op.drop_table("breach_subprocessor")
    op.drop_table("rights_request")
    op.drop_table("breach")
