"""claim periods, publication dates, origins and definitions; batch overlaps; unknown expulsion

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        # "attributed_to" held who counted; it is now named for that meaning.
        batch.alter_column("attributed_to", new_column_name="origin", existing_type=sa.Text())
        batch.add_column(sa.Column("period_end", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("period_label", sa.Text(), nullable=True))
        batch.add_column(sa.Column("published", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("definition", sa.Text(), nullable=True))
    # A flow claim's period used to end on its as-of date; say so explicitly.
    op.execute(
        "UPDATE claims SET period_end = as_of WHERE period_start IS NOT NULL AND period_end IS NULL"
    )
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("expelled", existing_type=sa.Boolean(), nullable=True)
    with op.batch_alter_table("person_names") as batch:
        batch.add_column(sa.Column("language", sa.String(length=8), nullable=True))
    op.create_table(
        "batch_overlaps",
        sa.Column("event_id", sa.String(length=64), sa.ForeignKey("events.id"), primary_key=True),
        sa.Column(
            "includes_event_id", sa.String(length=64), sa.ForeignKey("events.id"), primary_key=True
        ),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("batch_overlaps")
    with op.batch_alter_table("person_names") as batch:
        batch.drop_column("language")
    op.execute("UPDATE cases SET expelled = false WHERE expelled IS NULL")
    with op.batch_alter_table("cases") as batch:
        batch.alter_column("expelled", existing_type=sa.Boolean(), nullable=False)
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("definition")
        batch.drop_column("published")
        batch.drop_column("period_label")
        batch.drop_column("period_end")
        batch.alter_column("origin", new_column_name="attributed_to", existing_type=sa.Text())
