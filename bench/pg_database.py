"""A PostgreSQL database of its own for a benchmark, on the server a URL points at."""

from __future__ import annotations

import sqlalchemy as sa

from doorwatch.store.engine import resolve_url


def create_database(url: str, database: str) -> str:
    """Return ``url`` pointed at ``database`` on the same server, creating it when missing."""
    base = sa.engine.make_url(resolve_url(url))
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(
            sa.text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": database}
        ).first()
        if not exists:
            connection.execute(sa.text(f'CREATE DATABASE "{database}"'))
    admin.dispose()
    return base.set(database=database).render_as_string(hide_password=False)


def drop_database(url: str, database: str, *, quiet: bool = False) -> None:
    """Drop ``database`` from the server ``url`` points at (nothing when it is missing)."""
    admin = sa.create_engine(resolve_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
    admin.dispose()
    if not quiet:
        print(f"dropped the PostgreSQL database {database}")
