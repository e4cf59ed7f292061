"""server-side sessions, expiring and revocable API tokens, atomic login limits, and an
append-only audit log with a hash chain

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from doorwatch.store.audit import chain_existing
from doorwatch.store.engine import append_only_statements

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("api_tokens", sa.Column("expires_at", sa.DateTime()))
    op.add_column("api_tokens", sa.Column("revoked_at", sa.DateTime()))
    op.create_table(
        "sessions",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer(), sa.ForeignKey("users.id"), nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("address", sa.String(64)),
    )
    op.create_index("ix_sessions_user_id", "sessions", ["user_id"])
    op.drop_index("ix_login_attempts_name_address_at", table_name="login_attempts")
    op.drop_table("login_attempts")
    op.create_table(
        "login_limits",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
    )
    op.add_column("audit_log", sa.Column("prev_hash", sa.String(64)))
    op.add_column("audit_log", sa.Column("hash", sa.String(64)))
    connection = op.get_bind()
    # Entries written before the chain existed are chained now, in the order they were added;
    # from here on the database refuses to change or remove any entry.
    chain_existing(connection)
    for statement in append_only_statements(connection.dialect.name):
        connection.exec_driver_sql(statement)


def downgrade() -> None:
    connection = op.get_bind()
    for statement in append_only_statements(connection.dialect.name, drop=True):
        connection.exec_driver_sql(statement)
    op.drop_column("audit_log", "hash")
    op.drop_column("audit_log", "prev_hash")
    op.drop_table("login_limits")
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ix_login_attempts_name_address_at", "login_attempts", ["name", "address", "at"]
    )
    op.drop_index("ix_sessions_user_id", table_name="sessions")
    op.drop_table("sessions")
    op.drop_column("api_tokens", "revoked_at")
    op.drop_column("api_tokens", "expires_at")
