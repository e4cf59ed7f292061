"""Alembic environment: runs migrations on the connection doorwatch hands over."""

from __future__ import annotations

from alembic import context

from doorwatch.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - doorwatch always passes a connection
    raise RuntimeError("doorwatch migrations run only through doorwatch.store.migrate")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
