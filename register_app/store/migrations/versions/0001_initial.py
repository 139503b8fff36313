"""Initial schema: organisation, activities, subprocessors, measures, history.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-22 12:18:52.203380
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "external_controller",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column("postcode", sa.String(length=20), server_default="", nullable=False),
        sa.Column("city", sa.Text(), server_default="", nullable=False),
        sa.Column("country", sa.String(length=2), server_default="", nullable=False),
        sa.Column("phone", sa.String(length=50), server_default="", nullable=False),
        sa.Column("email", sa.Text(), server_default="", nullable=False),
        sa.Column("rep_name", sa.Text(), server_default="", nullable=False),
        sa.Column("rep_contact", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_name", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_contact", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_controller")),
        sa.UniqueConstraint("uid", name=op.f("uq_external_controller_uid")),
    )
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("author", sa.Text(), server_default="", nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("object_kind", sa.String(length=40), nullable=False),
        sa.Column("object_uid", sa.String(length=36), nullable=False),
        sa.Column("object_label", sa.Text(), server_default="", nullable=False),
        sa.Column("field", sa.Text(), server_default="", nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history")),
    )
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_history_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_history_object_uid"), ["object_uid"], unique=False)

    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("catalogue_code", sa.String(length=60), nullable=True),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("heading", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("evidence", sa.Text(), server_default="", nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("organisation_wide", sa.Boolean(), nullable=False),
        sa.Column("reference", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measure")),
        sa.UniqueConstraint("uid", name=op.f("uq_measure_uid")),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("siren", sa.String(length=20), server_default="", nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column("postcode", sa.String(length=20), server_default="", nullable=False),
        sa.Column("city", sa.Text(), server_default="", nullable=False),
        sa.Column("country", sa.String(length=2), server_default="", nullable=False),
        sa.Column("phone", sa.String(length=50), server_default="", nullable=False),
        sa.Column("email", sa.Text(), server_default="", nullable=False),
        sa.Column("rep_name", sa.Text(), server_default="", nullable=False),
        sa.Column("rep_address", sa.Text(), server_default="", nullable=False),
        sa.Column("rep_postcode", sa.String(length=20), server_default="", nullable=False),
        sa.Column("rep_city", sa.Text(), server_default="", nullable=False),
        sa.Column("rep_country", sa.String(length=2), server_default="", nullable=False),
        sa.Column("rep_phone", sa.String(length=50), server_default="", nullable=False),
        sa.Column("rep_email", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_designated", sa.Boolean(), nullable=False),
        sa.Column("dpo_name", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_company", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_address", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_postcode", sa.String(length=20), server_default="", nullable=False),
        sa.Column("dpo_city", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_country", sa.String(length=2), server_default="", nullable=False),
        sa.Column("dpo_phone", sa.String(length=50), server_default="", nullable=False),
        sa.Column("dpo_email", sa.Text(), server_default="", nullable=False),
        sa.Column("dpo_not_designated_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    op.create_table(
        "subprocessor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("service", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_name", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_email", sa.Text(), server_default="", nullable=False),
        sa.Column("contact_phone", sa.String(length=50), server_default="", nullable=False),
        sa.Column("address", sa.Text(), server_default="", nullable=False),
        sa.Column("postcode", sa.String(length=20), server_default="", nullable=False),
        sa.Column("city", sa.Text(), server_default="", nullable=False),
        sa.Column("country", sa.String(length=2), server_default="", nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("contract_status", sa.String(length=40), nullable=False),
        sa.Column("contract_signed", sa.Date(), nullable=True),
        sa.Column("contract_review", sa.Date(), nullable=True),
        sa.Column("contract_reference", sa.Text(), server_default="", nullable=False),
        sa.Column("transfer_tool", sa.String(length=40), nullable=True),
        sa.Column("transfer_detail", sa.Text(), server_default="", nullable=False),
        sa.Column("dpf_certified", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subprocessor")),
        sa.UniqueConstraint("uid", name=op.f("uq_subprocessor_uid")),
    )
    op.create_table(
        "activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("department", sa.Text(), server_default="", nullable=False),
        sa.Column("owner_name", sa.Text(), server_default="", nullable=False),
        sa.Column("owner_email", sa.Text(), server_default="", nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("software", sa.Text(), server_default="", nullable=False),
        sa.Column("last_review", sa.Date(), nullable=True),
        sa.Column("art9_condition", sa.String(length=40), nullable=True),
        sa.Column("art9_justification", sa.Text(), server_default="", nullable=False),
        sa.Column("art10_justification", sa.Text(), server_default="", nullable=False),
        sa.Column("nir_justification", sa.Text(), server_default="", nullable=False),
        sa.Column("dpia_list_match", sa.String(length=60), nullable=True),
        sa.Column("dpia_conclusion", sa.String(length=40), nullable=False),
        sa.Column("dpia_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("dpia_status", sa.String(length=40), nullable=False),
        sa.Column("dpia_date", sa.Date(), nullable=True),
        sa.Column("dpia_reference", sa.Text(), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column("search_text", sa.Text(), server_default="", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["external_controller.id"],
            name=op.f("fk_activity_client_id_external_controller"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity")),
        sa.UniqueConstraint("reference", name=op.f("uq_activity_reference")),
        sa.UniqueConstraint("uid", name=op.f("uq_activity_uid")),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_client_id"), ["client_id"], unique=False)

    op.create_table(
        "certification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("scope", sa.Text(), server_default="", nullable=False),
        sa.Column("issuer", sa.Text(), server_default="", nullable=False),
        sa.Column("reference", sa.Text(), server_default="", nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("expires", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name=op.f("fk_certification_subprocessor_id_subprocessor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification")),
    )
    with op.batch_alter_table("certification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certification_subprocessor_id"), ["subprocessor_id"], unique=False)

    op.create_table(
        "subprocessor_chain",
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.Column("uses_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name=op.f("fk_subprocessor_chain_subprocessor_id_subprocessor"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uses_id"],
            ["subprocessor.id"],
            name=op.f("fk_subprocessor_chain_uses_id_subprocessor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subprocessor_id", "uses_id", name=op.f("pk_subprocessor_chain")),
    )
    op.create_table(
        "subprocessor_country",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name=op.f("fk_subprocessor_country_subprocessor_id_subprocessor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subprocessor_country")),
        sa.UniqueConstraint("subprocessor_id", "country", "role", name=op.f("uq_subprocessor_country_subprocessor_id")),
    )
    with op.batch_alter_table("subprocessor_country", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subprocessor_country_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_subprocessor_country_subprocessor_id"), ["subprocessor_id"], unique=False)

    op.create_table(
        "subprocessor_measure",
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_subprocessor_measure_measure_id_measure"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name=op.f("fk_subprocessor_measure_subprocessor_id_subprocessor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("subprocessor_id", "measure_id", name=op.f("pk_subprocessor_measure")),
    )
    op.create_table(
        "activity_data_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_data_category_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_data_category")),
        sa.UniqueConstraint("activity_id", "code", name=op.f("uq_activity_data_category_activity_id")),
    )
    with op.batch_alter_table("activity_data_category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_data_category_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_data_category_code"), ["code"], unique=False)

    op.create_table(
        "activity_data_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("precision", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_data_source_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_data_source")),
        sa.UniqueConstraint("activity_id", "code", name=op.f("uq_activity_data_source_activity_id")),
    )
    with op.batch_alter_table("activity_data_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_data_source_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "activity_data_subject",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("precision", sa.Text(), server_default="", nullable=False),
        sa.Column("estimated_count", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_data_subject_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_data_subject")),
        sa.UniqueConstraint("activity_id", "code", name=op.f("uq_activity_data_subject_activity_id")),
    )
    with op.batch_alter_table("activity_data_subject", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_data_subject_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "activity_dpia_criterion",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_dpia_criterion_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "code", name=op.f("pk_activity_dpia_criterion")),
    )
    op.create_table(
        "activity_joint_controller",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("controller_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_joint_controller_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["controller_id"],
            ["external_controller.id"],
            name=op.f("fk_activity_joint_controller_controller_id_external_controller"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "controller_id", name=op.f("pk_activity_joint_controller")),
    )
    op.create_table(
        "activity_measure",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("measure_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_activity_measure_activity_id_activity"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["measure_id"], ["measure.id"], name=op.f("fk_activity_measure_measure_id_measure"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("activity_id", "measure_id", name=op.f("pk_activity_measure")),
    )
    with op.batch_alter_table("activity_measure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_measure_measure_id"), ["measure_id"], unique=False)

    op.create_table(
        "activity_recipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("precision", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_recipient_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_recipient")),
        sa.UniqueConstraint("activity_id", "code", name=op.f("uq_activity_recipient_activity_id")),
    )
    with op.batch_alter_table("activity_recipient", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_recipient_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "activity_subprocessor",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("subprocessor_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activity.id"],
            name=op.f("fk_activity_subprocessor_activity_id_activity"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name=op.f("fk_activity_subprocessor_subprocessor_id_subprocessor"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("activity_id", "subprocessor_id", name=op.f("pk_activity_subprocessor")),
    )
    op.create_table(
        "certification_hds_scope",
        sa.Column("certification_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["certification_id"],
            ["certification.id"],
            name=op.f("fk_certification_hds_scope_certification_id_certification"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("certification_id", "code", name=op.f("pk_certification_hds_scope")),
    )
    op.create_table(
        "purpose",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("legal_basis", sa.String(length=40), nullable=True),
        sa.Column("legal_basis_note", sa.Text(), server_default="", nullable=False),
        sa.Column("legitimate_interest", sa.Text(), server_default="", nullable=False),
        sa.Column("balancing_test", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_purpose_activity_id_activity"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_purpose")),
    )
    with op.batch_alter_table("purpose", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_purpose_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "retention_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("active_value", sa.Integer(), nullable=True),
        sa.Column("active_unit", sa.String(length=40), nullable=True),
        sa.Column("archive_value", sa.Integer(), nullable=True),
        sa.Column("archive_unit", sa.String(length=40), nullable=True),
        sa.Column("start_event", sa.String(length=40), nullable=True),
        sa.Column("final_fate", sa.String(length=40), nullable=True),
        sa.Column("criterion", sa.Text(), server_default="", nullable=False),
        sa.Column("source", sa.Text(), server_default="", nullable=False),
        sa.Column("reference_code", sa.String(length=60), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_retention_rule_activity_id_activity"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rule")),
    )
    with op.batch_alter_table("retention_rule", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_retention_rule_activity_id"), ["activity_id"], unique=False)

    op.create_table(
        "transfer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.Text(), server_default="", nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("tool", sa.String(length=40), nullable=True),
        sa.Column("tool_detail", sa.Text(), server_default="", nullable=False),
        sa.Column("documentation", sa.Text(), server_default="", nullable=False),
        sa.Column("tia_reference", sa.Text(), server_default="", nullable=False),
        sa.Column("subprocessor_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["activity_id"], ["activity.id"], name=op.f("fk_transfer_activity_id_activity"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["subprocessor_id"],
            ["subprocessor.id"],
            name=op.f("fk_transfer_subprocessor_id_subprocessor"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfer")),
    )
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transfer_activity_id"), ["activity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_transfer_subprocessor_id"), ["subprocessor_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("transfer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transfer_subprocessor_id"))
        batch_op.drop_index(batch_op.f("ix_transfer_country"))
        batch_op.drop_index(batch_op.f("ix_transfer_activity_id"))

    op.drop_table("transfer")
    with op.batch_alter_table("retention_rule", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_rule_activity_id"))

    op.drop_table("retention_rule")
    with op.batch_alter_table("purpose", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_purpose_activity_id"))

    op.drop_table("purpose")
    op.drop_table("certification_hds_scope")
    op.drop_table("activity_subprocessor")
    with op.batch_alter_table("activity_recipient", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_recipient_activity_id"))

    op.drop_table("activity_recipient")
    with op.batch_alter_table("activity_measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_measure_measure_id"))

    op.drop_table("activity_measure")
    op.drop_table("activity_joint_controller")
    op.drop_table("activity_dpia_criterion")
    with op.batch_alter_table("activity_data_subject", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_data_subject_activity_id"))

    op.drop_table("activity_data_subject")
    with op.batch_alter_table("activity_data_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_data_source_activity_id"))

    op.drop_table("activity_data_source")
    with op.batch_alter_table("activity_data_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_data_category_code"))
        batch_op.drop_index(batch_op.f("ix_activity_data_category_activity_id"))

    op.drop_table("activity_data_category")
    op.drop_table("subprocessor_measure")
    with op.batch_alter_table("subprocessor_country", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subprocessor_country_subprocessor_id"))
        batch_op.drop_index(batch_op.f("ix_subprocessor_country_country"))

    op.drop_table("subprocessor_country")
    op.drop_table("subprocessor_chain")
    with op.batch_alter_table("certification", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certification_subprocessor_id"))

    op.drop_table("certification")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_client_id"))

    op.drop_table("activity")
    op.drop_table("subprocessor")
    op.drop_table("organisation")
    op.drop_table("measure")
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_history_object_uid"))
        batch_op.drop_index(batch_op.f("ix_history_at"))

    op.drop_table("history")
    op.drop_table("external_controller")
