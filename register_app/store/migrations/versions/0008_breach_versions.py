"""Breaches and rights requests carry a version too, as the other editable objects since
0007_object_versions: two people of a team register editing the same breach or request get the
conflict, not a lost update.

Revision ID: 0008_breach_versions
Revises: 0007_object_versions
Create Date: 2026-12-03 03:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_breach_versions"
down_revision = "0007_object_versions"
branch_labels = None
depends_on = None

TABLES = ("breach", "rights_request")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
