"""Queries about the funds that pay for support: funds, exchange rates, money in and out.

Every change is written with its audit entry in the same transaction; donor names arrive
sealed and are never written to the audit log.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, select, update

from doorwatch.errors import ConflictError, NotFoundError
from doorwatch.store import audit
from doorwatch.store.database import Store
from doorwatch.store.engine import upsert
from doorwatch.store.schema_support import (
    exchange_rates,
    support_aid,
    support_cases,
    support_costs,
    support_donations,
    support_funds,
)

Row = dict[str, Any]


def add_fund(store: Store, row: Row, *, actor: str) -> None:
    """Store a new fund; a taken id is a ConflictError."""
    with store.write() as connection:
        taken = select(support_funds.c.id).where(support_funds.c.id == row["id"])
        if connection.execute(taken).first():
            raise ConflictError(f"a fund {row['id']!r} exists already")
        connection.execute(support_funds.insert().values(**row))
        audit.append(
            connection,
            actor=actor,
            action="fund.add",
            record_type="fund",
            record_id=row["id"],
            after=row,
        )


def get_fund(store: Store, fund_id: str) -> Row:
    """Return the fund ``fund_id``; unknown is NotFoundError."""
    with store.read() as connection:
        query = select(support_funds).where(support_funds.c.id == fund_id)
        row = connection.execute(query).mappings().first()
    if row is None:
        raise NotFoundError(f"no fund {fund_id!r}; `doorwatch fund list` lists them")
    return dict(row)


def list_funds(store: Store) -> list[Row]:
    """Return every fund, by id."""
    with store.read() as connection:
        query = select(support_funds).order_by(support_funds.c.id)
        return [dict(r) for r in connection.execute(query).mappings()]


def set_rate(
    store: Store, currency: str, on: date, eur_per_unit: float, source: str | None, *, actor: str
) -> None:
    """Store the rate of ``currency`` on ``on`` (replacing one stored for that day)."""
    with store.write() as connection:
        statement = upsert(exchange_rates, connection.dialect.name, ["eur_per_unit", "source"])
        connection.execute(
            statement.values(currency=currency, on=on, eur_per_unit=eur_per_unit, source=source)
        )
        audit.append(
            connection,
            actor=actor,
            action="rate.set",
            record_type="rate",
            record_id=f"{currency}/{on.isoformat()}",
            after={"eur_per_unit": eur_per_unit, "source": source},
        )


def rate_on_or_before(store: Store, currency: str, on: date, window_days: int) -> Row | None:
    """Return the newest rate of ``currency`` dated ``on`` or up to ``window_days`` before."""
    query = (
        select(exchange_rates)
        .where(
            exchange_rates.c.currency == currency,
            exchange_rates.c.on <= on,
            exchange_rates.c.on >= on - timedelta(days=window_days),
        )
        .order_by(exchange_rates.c.on.desc())
        .limit(1)
    )
    with store.read() as connection:
        row = connection.execute(query).mappings().first()
    return dict(row) if row else None


def has_rates(store: Store, currency: str) -> bool:
    """Return True when any rate of ``currency`` is stored."""
    with store.read() as connection:
        query = select(exchange_rates.c.currency).where(exchange_rates.c.currency == currency)
        return connection.execute(query.limit(1)).first() is not None


def list_rates(store: Store) -> list[Row]:
    """Return every stored rate, by currency and date."""
    with store.read() as connection:
        query = select(exchange_rates).order_by(exchange_rates.c.currency, exchange_rates.c.on)
        return [dict(r) for r in connection.execute(query).mappings()]


def add_money(store: Store, table: Table, row: Row, *, actor: str, action: str) -> int:
    """Add a donation, pledge, aid payment or operating cost ``row``; return its id."""
    with store.write() as connection:
        result = connection.execute(table.insert().values(**row))
        key = result.inserted_primary_key
        assert key is not None
        new_id = int(key[0])
        if table is support_aid:
            connection.execute(
                update(support_cases)
                .where(support_cases.c.id == row["support_case_id"])
                .values(updated_at=datetime.now())
            )
        shown = {k: v for k, v in row.items() if not k.endswith("_sealed")}
        audit.append(
            connection,
            actor=actor,
            action=action,
            record_type="fund",
            record_id=row["fund_id"],
            after={"id": new_id, **shown},
        )
    return new_id


def receive_pledge(store: Store, pledge_id: int, on: date, *, actor: str) -> Row:
    """Mark pledge ``pledge_id`` as received on ``on``; return it."""
    with store.write() as connection:
        query = select(support_donations).where(
            support_donations.c.id == pledge_id, support_donations.c.kind == "pledge"
        )
        row = connection.execute(query).mappings().first()
        if row is None:
            raise NotFoundError(f"no pledge {pledge_id}")
        if row["received_on"] is not None:
            raise ConflictError(f"pledge {pledge_id} was received on {row['received_on']}")
        connection.execute(
            update(support_donations)
            .where(support_donations.c.id == pledge_id)
            .values(received_on=on)
        )
        audit.append(
            connection,
            actor=actor,
            action="fund.pledge.received",
            record_type="fund",
            record_id=row["fund_id"],
            after={"pledge": pledge_id, "received_on": on},
        )
    return {**{k: v for k, v in row.items() if k != "donor_sealed"}, "received_on": on}


def money_totals(store: Store) -> dict[str, Row]:
    """Return per fund the euro sums: received, pledged (outstanding), paid, committed, costs."""
    totals: dict[str, Row] = {}

    def add(fund_id: str, key: str, value: float | None) -> None:
        entry = totals.setdefault(
            fund_id,
            {"received": 0.0, "pledged": 0.0, "paid": 0.0, "committed": 0.0, "costs": 0.0},
        )
        entry[key] += float(value or 0.0)

    d = support_donations
    with store.read() as connection:
        received = (d.c.kind == "donation") | d.c.received_on.is_not(None)
        for fund_id, total in connection.execute(
            select(d.c.fund_id, func.sum(d.c.amount_eur)).where(received).group_by(d.c.fund_id)
        ):
            add(fund_id, "received", total)
        for fund_id, total in connection.execute(
            select(d.c.fund_id, func.sum(d.c.amount_eur))
            .where(d.c.kind == "pledge", d.c.received_on.is_(None))
            .group_by(d.c.fund_id)
        ):
            add(fund_id, "pledged", total)
        a = support_aid
        for fund_id, status, total in connection.execute(
            select(a.c.fund_id, a.c.status, func.sum(a.c.amount_eur)).group_by(
                a.c.fund_id, a.c.status
            )
        ):
            add(fund_id, str(status), total)
        c = support_costs
        for fund_id, total in connection.execute(
            select(c.c.fund_id, func.sum(c.c.amount_eur)).group_by(c.c.fund_id)
        ):
            add(fund_id, "costs", total)
    return totals


def outflow_since(store: Store, since: date) -> float:
    """Return the euros paid out (aid paid and operating costs) on or after ``since``."""
    with store.read() as connection:
        paid = connection.execute(
            select(func.sum(support_aid.c.amount_eur)).where(
                support_aid.c.status == "paid", support_aid.c.on >= since
            )
        ).scalar()
        costs = connection.execute(
            select(func.sum(support_costs.c.amount_eur)).where(support_costs.c.on >= since)
        ).scalar()
    return float(paid or 0.0) + float(costs or 0.0)
