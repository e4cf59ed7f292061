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
    Column("expires_at", DateTime),  # None: never (only tokens made before expiry existed)
    Column("revoked_at", DateTime),
)

sessions = Table(
    "sessions",
    metadata,
    # The cookie holds a random token; only its SHA-256 is kept, so the table yields no cookie.
    Column("id", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id"), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("address", String(64)),
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
    # SHA-256 over the previous entry's hash and this entry: editing or removing an entry
    # breaks every later link (`doorwatch audit verify`).
    Column("prev_hash", String(64)),
    Column("hash", String(64)),
    Index("ix_audit_log_at", "at"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

login_limits = Table(
    "login_limits",
    metadata,
    # One counter per account ("name:…") and per address ("addr:…"): logins tried within the
    # window that began at ``since``. Raised before the password is checked, atomically.
    Column("key", String(200), primary_key=True),
    Column("since", DateTime, nullable=False),
    Column("tries", Integer, nullable=False),
)

ACCOUNT_TABLES: tuple[Table, ...] = (
    users,
    api_tokens,
    sessions,
    audit_log,
    settings,
    login_limits,
)
