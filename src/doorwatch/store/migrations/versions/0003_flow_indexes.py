"""flow indexes: counts of cases and events over windows without scanning every row

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A case starts counting on recognition, else detention; counted as two index ranges
    # (recognised_on, then detained_on where recognised_on is null), both covered.
    op.create_index("ix_cases_recognised_detained", "cases", ["recognised_on", "detained_on"])
    op.create_index(
        "ix_cases_released_outcome",
        "cases",
        ["released_on", "release_mode", "expelled", "recognised_on", "detained_on", "status"],
    )
    op.create_index(
        "ix_events_unlinked_date",
        "events",
        ["date"],
        sqlite_where=sa.text("case_id IS NULL"),
        postgresql_where=sa.text("case_id IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_events_unlinked_date", table_name="events")
    op.drop_index("ix_cases_released_outcome", table_name="cases")
    op.drop_index("ix_cases_recognised_detained", table_name="cases")
