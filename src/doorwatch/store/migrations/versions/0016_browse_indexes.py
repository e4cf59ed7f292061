"""browse indexes: pages of the registry filtered by status, release mode or recognising group

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A page of the people whose cases have one status (or release mode, or recognising group)
    # is read in person order along these indexes from the last person of the page before:
    # the read costs the page, not the number of matching cases.
    op.create_index("ix_cases_status_person", "cases", ["status", "person_id"])
    op.create_index("ix_cases_release_mode_person", "cases", ["release_mode", "person_id"])
    op.create_index("ix_cases_recognised_by_person", "cases", ["recognised_by", "person_id"])


def downgrade() -> None:
    op.drop_index("ix_cases_recognised_by_person", table_name="cases")
    op.drop_index("ix_cases_release_mode_person", table_name="cases")
    op.drop_index("ix_cases_status_person", table_name="cases")
