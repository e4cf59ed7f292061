"""wire-copy signatures of stored news articles, so grouping across runs reads no text again

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing articles get no row here: the next archive run summarises them from their text
    # once and stores what it computed.
    op.create_table(
        "source_signatures",
        sa.Column(
            "source_id",
            sa.String(length=64),
            sa.ForeignKey("sources.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("scheme", sa.String(length=32), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("source_signatures")
