"""case facets: the cases counted per value of the people list's filters, kept by the writes

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorwatch.store.facets import refresh_case_facets

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The counts per filter value were a GROUP BY over every case on the first request (2.1 s
    # at a million cases); kept in this table by each write, they are a read of a few hundred
    # rows. Filled here from the cases already stored.
    op.create_table(
        "case_facets",
        sa.Column("article", sa.Text()),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("detained_year", sa.Integer()),
        sa.Column("released_year", sa.Integer()),
        sa.Column("release_mode", sa.String(24)),
        sa.Column("expelled", sa.Boolean()),
        sa.Column("recognised_by", sa.Text()),
        sa.Column("count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_case_facets_article", "case_facets", ["article"])
    refresh_case_facets(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_case_facets_article", table_name="case_facets")
    op.drop_table("case_facets")
