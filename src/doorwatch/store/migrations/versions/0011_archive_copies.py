"""archive ingest: a source may be a copy of another (wire copies), and archive shards done

Revision ID: 0011
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The source a news article reprints (its origin); null for an origin or a lone article.
    # Plain ALTER TABLE on both backends: rebuilding "sources" would break the keys pointing at it.
    op.add_column("sources", sa.Column("copy_of", sa.String(length=64), nullable=True))
    op.create_index("ix_sources_copy_of", "sources", ["copy_of"])
    # Shards of an archive already taken in, by the SHA-256 of their bytes: a rerun skips them.
    op.create_table(
        "archive_shards",
        sa.Column("sha256", sa.String(length=64), primary_key=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("finished", sa.String(length=32), nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("archive_shards")
    op.drop_index("ix_sources_copy_of", table_name="sources")
    op.drop_column("sources", "copy_of")  # SQLite 3.35 and later drop a column in place
