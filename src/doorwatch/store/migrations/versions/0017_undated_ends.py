"""case flow days: a case released, served or of unknown status with no date stops counting

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

from alembic import op

from doorwatch.store.flow_days import refresh_case_flow_days

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A case released (or served, or of a keeper's status doorwatch cannot map) on a day no
    # source gives used to count as held for ever; the daily counts are rebuilt by the rule
    # that ends it at its start, so later writes move counts that agree with the cases.
    refresh_case_flow_days(op.get_bind())


def downgrade() -> None:
    # The counts follow the rule of the code that reads them; rebuilding here keeps them so.
    refresh_case_flow_days(op.get_bind())
