"""Object versions: every editable object (activity, subprocessor, measure, organisation, other
controller) carries a version that each save raises, so that a save started from an older one is
refused rather than overwriting someone else's change (team registers).

Revision ID: 0007_object_versions
Revises: 0006_compared_policy
Create Date: 2026-12-03 02:05:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_object_versions"
down_revision = "0006_compared_policy"
branch_labels = None
depends_on = None

TABLES = ("activity", "subprocessor", "measure", "organisation", "external_controller")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
