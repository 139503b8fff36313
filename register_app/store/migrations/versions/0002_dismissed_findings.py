"""Dismissed findings: compliance findings the DPO set aside, with the reason, who and when.

Revision ID: 0002_dismissed_findings
Revises: 0001_initial
Create Date: 2026-11-22 12:26:20.648787
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_dismissed_findings"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "dismissed_finding",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=60), nullable=False),
        sa.Column("object_uid", sa.String(length=36), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dismissed_finding")),
        sa.UniqueConstraint("code", "object_uid", "field", name="uq_dismissed_finding_identity"),
    )


def downgrade() -> None:
    op.drop_table("dismissed_finding")
