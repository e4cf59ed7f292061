"""support: cases of released people, needs, notes, referrals, aid, funds, rates

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _recorded() -> list[sa.Column[object]]:
    return [
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "support_cases",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("person_id", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=64), nullable=True),
        sa.Column("deal_id", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("assigned_to", sa.String(length=64), nullable=True),
        sa.Column("where_sealed", sa.Text(), nullable=True),
        sa.Column("location_sealed", sa.Text(), nullable=True),
        sa.Column("contacts_sealed", sa.Text(), nullable=True),
        sa.Column("consent_given", sa.Boolean(), nullable=False),
        sa.Column("consent_on", sa.Date(), nullable=True),
        sa.Column("consent_scope_sealed", sa.Text(), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"]),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"]),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("case_id", name="uq_support_cases_case_id"),
    )
    op.create_index("ix_support_cases_person_id", "support_cases", ["person_id"])
    op.create_index("ix_support_cases_assigned_to", "support_cases", ["assigned_to"])
    op.create_table(
        "support_needs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("support_case_id", sa.String(length=16), nullable=False),
        sa.Column("kind_sealed", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note_sealed", sa.Text(), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["support_case_id"], ["support_cases.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_support_needs_case", "support_needs", ["support_case_id"])
    op.create_table(
        "support_notes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("support_case_id", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("text_sealed", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["support_case_id"], ["support_cases.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_support_notes_case", "support_notes", ["support_case_id"])
    op.create_table(
        "support_referrals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("support_case_id", sa.String(length=16), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("partner", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("reason_sealed", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["support_case_id"], ["support_cases.id"]),
        sa.ForeignKeyConstraint(["need_id"], ["support_needs.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_support_referrals_case", "support_referrals", ["support_case_id"])
    op.create_table(
        "support_funds",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("administrator", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "exchange_rates",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("eur_per_unit", sa.Float(), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("currency", "on"),
    )
    op.create_table(
        "support_donations",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fund_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("donor_sealed", sa.Text(), nullable=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_eur", sa.Float(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        *_recorded(),
        sa.ForeignKeyConstraint(["fund_id"], ["support_funds.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_support_donations_fund", "support_donations", ["fund_id"])
    op.create_table(
        "support_aid",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("support_case_id", sa.String(length=16), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=True),
        sa.Column("fund_id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_eur", sa.Float(), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=True),
        *_recorded(),
        sa.ForeignKeyConstraint(["support_case_id"], ["support_cases.id"]),
        sa.ForeignKeyConstraint(["need_id"], ["support_needs.id"]),
        sa.ForeignKeyConstraint(["fund_id"], ["support_funds.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_support_aid_case", "support_aid", ["support_case_id"])
    op.create_index("ix_support_aid_fund", "support_aid", ["fund_id"])
    op.create_table(
        "support_costs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fund_id", sa.String(length=64), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("amount_eur", sa.Float(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        *_recorded(),
        sa.ForeignKeyConstraint(["fund_id"], ["support_funds.id"]),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    for table in (
        "support_costs",
        "support_aid",
        "support_donations",
        "exchange_rates",
        "support_funds",
        "support_referrals",
        "support_notes",
        "support_needs",
        "support_cases",
    ):
        op.drop_table(table)
