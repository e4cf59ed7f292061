"""The tables of accounts: users, API tokens, the audit log, settings and failed logins.

They share the evidence store's metadata (so migrations see them) but are kept out of
``TABLE_ORDER``: an export of the evidence never carries password hashes or tokens.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, Integer, String, Table, Text

from doorwatch.store.schema import metadata

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),  # viewer, analyst, admin
    Column("created_at", DateTime, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    # Only a SHA-256 of the token is kept: a stolen database does not yield usable tokens.
    Column("hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("name", Text),
    Column("created_at", DateTime, nullable=False),
    Column("last_used_at", DateTime),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("record_type", String(32)),
    Column("record_id", String(64)),
    Column("before", Text),  # JSON
    Column("after", Text),  # JSON
    Index("ix_audit_log_at", "at"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False),
    Column("address", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
    Index("ix_login_attempts_name_address_at", "name", "address", "at"),
)

ACCOUNT_TABLES: tuple[Table, ...] = (users, api_tokens, audit_log, settings, login_attempts)
