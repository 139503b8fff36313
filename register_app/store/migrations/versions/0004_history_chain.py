"""A tamper-evident journal that can rebuild the register: each history entry gets the state of its
object after the change (`state`) and a SHA-256 chained to the previous entry (`hash`); the entries
an older register already holds are chained now. `history_seal` says since when the journal is
chained, and since when it is complete (every object's state recorded): for an upgraded register
holding objects, not before the app records their present state as a baseline, on first opening.
`frozen_version` keeps the versions the DPO froze, each as its JSON document and that document's hash.

Revision ID: 0004_history_chain
Revises: 0003_declared_facts
Create Date: 2026-12-02 20:50:00
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import context, op

from register_app.store.journal import seal_after

revision = "0004_history_chain"
down_revision = "0003_declared_facts"
branch_labels = None
depends_on = None

OBJECT_TABLES = ("organisation", "external_controller", "measure", "subprocessor", "activity")


def upgrade() -> None:
    with op.batch_alter_table("history") as batch:
        batch.add_column(sa.Column("state", sa.Text(), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_table(
        "history_seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("chained_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("chained_from_id", sa.Integer(), nullable=False),
        sa.Column("complete_from", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "frozen_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("comment", sa.Text(), server_default="", nullable=False),
        sa.Column("frozen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("frozen_by", sa.Text(), server_default="", nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    now = datetime.now(UTC)
    seal = sa.table(
        "history_seal",
        sa.column("id", sa.Integer()),
        sa.column("chained_at", sa.DateTime(timezone=True)),
        sa.column("chained_from_id", sa.Integer()),
        sa.column("complete_from", sa.DateTime(timezone=True)),
    )
    if context.is_offline_mode():  # a script for a new database: no entry to chain, complete from its creation
        op.execute(seal.insert().values(id=1, chained_at=now, chained_from_id=1, complete_from=now))
        return
    connection = op.get_bind()
    seal_after(connection, 0)
    empty = all(connection.execute(sa.text(f"SELECT count(*) FROM {t}")).scalar_one() == 0 for t in OBJECT_TABLES)
    first = connection.execute(sa.text("SELECT coalesce(min(id), 1) FROM history")).scalar_one()
    op.execute(seal.insert().values(id=1, chained_at=now, chained_from_id=first, complete_from=now if empty else None))


def downgrade() -> None:
    op.drop_table("frozen_version")
    op.drop_table("history_seal")
    with op.batch_alter_table("history") as batch:
        batch.drop_column("hash")
        batch.drop_column("state")
