"""The privacy policy last compared with the register (path, SHA-256, when), so that its differences
stay on the checks page across restarts.

Revision ID: 0006_compared_policy
Revises: 0005_breaches_requests
Create Date: 2026-12-03 02:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_compared_policy"
down_revision = "0005_breaches_requests"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "compared_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("compared_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_compared_policy")),
    )


def downgrade() -> None:
    op.drop_table("compared_policy")
