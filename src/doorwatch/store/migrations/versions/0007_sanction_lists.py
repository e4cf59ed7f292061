"""sanction lists: imported lists, their targets as listed, and changes between snapshots

Revision ID: 0007
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sanction_lists",
        sa.Column("id", sa.String(length=64), primary_key=True),
        sa.Column("name", sa.String(length=64), nullable=False, unique=True),
        sa.Column("source_id", sa.String(length=64), sa.ForeignKey("sources.id"), nullable=False),
        sa.Column("imposer", sa.String(length=8), nullable=False),
        sa.Column("series", sa.String(length=64), nullable=False),
        sa.Column("format", sa.String(length=24), nullable=False),
        sa.Column("list_date", sa.String(length=10)),
        sa.Column("sha256", sa.String(length=64), nullable=False, unique=True),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("targets", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_sanction_lists_imposer_date", "sanction_lists", ["imposer", "list_date"])
    op.create_table(
        "sanction_entries",
        sa.Column(
            "list_id",
            sa.String(length=64),
            sa.ForeignKey("sanction_lists.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("entry_id", sa.String(length=96), primary_key=True),
        sa.Column("schema", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("programmes", sa.Text(), nullable=False),
        sa.Column("listed_on", sa.String(length=10)),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
    )
    op.create_table(
        "sanction_changes",
        sa.Column("id", sa.String(length=64), primary_key=True),
        sa.Column("series", sa.String(length=64), nullable=False, index=True),
        sa.Column(
            "old_list_id",
            sa.String(length=64),
            sa.ForeignKey("sanction_lists.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "new_list_id",
            sa.String(length=64),
            sa.ForeignKey("sanction_lists.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("entry_id", sa.String(length=96), nullable=False),
        sa.Column("change", sa.String(length=8), nullable=False),
        sa.Column("on", sa.String(length=10)),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("schema", sa.String(length=16), nullable=False),
        sa.Column("programmes", sa.Text(), nullable=False),
        sa.Column("before", sa.Text()),
        sa.Column("measure_id", sa.String(length=64)),
    )


def downgrade() -> None:
    op.drop_table("sanction_changes")
    op.drop_table("sanction_entries")
    op.drop_index("ix_sanction_lists_imposer_date", table_name="sanction_lists")
    op.drop_table("sanction_lists")
