"""listing indexes: people by name, cases by status and by deal, without scanning every row

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # People lists and search results are ordered by name (then id, to be stable).
    op.create_index("ix_persons_name", "persons", ["name", "id"])
    # A page of cases in one status, by id, is a walk along this index; so is its count.
    op.create_index("ix_cases_status_id", "cases", ["status", "id"])
    # The people a deal freed: few cases have a deal, so this index is small and read whole.
    op.create_index("ix_cases_deal_id", "cases", ["deal_id"])


def downgrade() -> None:
    op.drop_index("ix_cases_deal_id", table_name="cases")
    op.drop_index("ix_cases_status_id", table_name="cases")
    op.drop_index("ix_persons_name", table_name="persons")
