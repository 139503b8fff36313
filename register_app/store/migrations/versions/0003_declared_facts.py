"""What real registers need to state only what the DPO declared: the DPO's three states (undecided,
designated, not designated) replace a flag that defaulted to "designated"; catalogue measures nobody
touched become suggestions instead of measures "in place"; the organisation's legal form, trade names
and websites; the DPO's title; a retention rule's own label; when a retired activity stopped; an HDS
certificate's référentiel; a fallback transfer tool; transfers to international organisations (codes
longer than a country's).

Revision ID: 0003_declared_facts
Revises: 0002_dismissed_findings
Create Date: 2026-12-02 15:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_declared_facts"
down_revision = "0002_dismissed_findings"
branch_labels = None
depends_on = None


def _text(name: str) -> sa.Column[str]:
    return sa.Column(name, sa.Text(), server_default="", nullable=False)


def upgrade() -> None:
    with op.batch_alter_table("organisation") as batch:
        for name in ("legal_form", "trade_names", "websites", "dpo_title"):
            batch.add_column(_text(name))
        batch.add_column(sa.Column("dpo_status", sa.String(length=40), nullable=False, server_default="undecided"))
    # A DPO counted as designated only if someone entered one: the old flag defaulted to True.
    op.execute(
        "UPDATE organisation SET dpo_status = CASE"
        " WHEN NOT dpo_designated THEN 'not_designated'"
        " WHEN trim(dpo_name) <> '' OR trim(dpo_company) <> '' THEN 'designated'"
        " ELSE 'undecided' END"
    )
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("dpo_designated")
        batch.alter_column("dpo_status", server_default=None)

    with op.batch_alter_table("activity") as batch:
        batch.add_column(sa.Column("retired_on", sa.Date(), nullable=True))
    with op.batch_alter_table("retention_rule") as batch:
        batch.add_column(_text("label"))
    with op.batch_alter_table("subprocessor") as batch:
        batch.add_column(sa.Column("transfer_fallback", sa.String(length=40), nullable=True))
    with op.batch_alter_table("certification") as batch:
        batch.add_column(sa.Column("hds_version", sa.String(length=20), nullable=True))
    with op.batch_alter_table("transfer") as batch:
        batch.alter_column("country", existing_type=sa.String(length=2), type_=sa.String(length=20))

    # A catalogue measure that was never edited, linked or made organisation-wide was loaded with the
    # catalogue, not declared by the DPO.
    op.execute(
        "UPDATE measure SET status = 'not_declared'"
        " WHERE catalogue_code IS NOT NULL AND NOT organisation_wide"
        " AND trim(evidence) = '' AND review_date IS NULL AND updated_at = created_at"
        " AND id NOT IN (SELECT measure_id FROM activity_measure)"
        " AND id NOT IN (SELECT measure_id FROM subprocessor_measure)"
    )


def downgrade() -> None:
    op.execute("UPDATE measure SET status = 'in_place' WHERE status = 'not_declared'")
    with op.batch_alter_table("transfer") as batch:
        batch.alter_column("country", existing_type=sa.String(length=20), type_=sa.String(length=2))
    with op.batch_alter_table("certification") as batch:
        batch.drop_column("hds_version")
    with op.batch_alter_table("subprocessor") as batch:
        batch.drop_column("transfer_fallback")
    with op.batch_alter_table("retention_rule") as batch:
        batch.drop_column("label")
    with op.batch_alter_table("activity") as batch:
        batch.drop_column("retired_on")
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("dpo_designated", sa.Boolean(), nullable=False, server_default=sa.true()))
    op.execute("UPDATE organisation SET dpo_designated = (dpo_status <> 'not_designated')")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("dpo_status")
        for name in ("dpo_title", "websites", "trade_names", "legal_form"):
            batch.drop_column(name)
