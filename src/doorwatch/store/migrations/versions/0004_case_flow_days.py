"""case flow days: the registry counted per day, so held counts and flows read few rows

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorwatch.store.flow_days import refresh_case_flow_days

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_flow_days",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("release_mode", sa.String(length=24), nullable=True),
        sa.Column("expelled", sa.Boolean(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_case_flow_days_kind_day", "case_flow_days", ["kind", "day"])
    # A database migrated with cases in it gets its daily counts now, from those cases.
    refresh_case_flow_days(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_case_flow_days_kind_day", table_name="case_flow_days")
    op.drop_table("case_flow_days")
