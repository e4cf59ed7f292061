"""Funds that pay for support: funds, exchange rates, donations, pledges, aid and costs.

Every amount is kept in its own currency and in euros at the rate of its date. An amount in
a currency with no stored rate, or with no rate within RATE_WINDOW_DAYS before its date, is
refused: a guessed rate would make every balance after it wrong.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from doorwatch.crypto.keyring import load_keyring
from doorwatch.crypto.sealed import place, seal
from doorwatch.errors import InputError
from doorwatch.services.accounts import User
from doorwatch.services.support_access import (
    require_aggregates,
    require_case,
    require_coordinator,
)
from doorwatch.services.support_vocabulary import choice
from doorwatch.store import Store
from doorwatch.store import support as case_db
from doorwatch.store import support_funds as db
from doorwatch.store.schema_support import support_aid, support_costs, support_donations

Row = dict[str, Any]
BASE = "EUR"
# Reference rates are published on working days only; a rate up to this many days old stands
# for a weekend or a holiday (Good Friday to Easter Monday is the longest common gap).
RATE_WINDOW_DAYS = 4
# The months of outflow that runway is measured against.
BURN_MONTHS = 3
_FUND_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


# Dates outside these years are typing mistakes, not bookkeeping.
FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2200, 12, 31)


def check_day(value: date, field: str = "on") -> date:
    """Return ``value`` when it is a plausible date of money or a plan; else an InputError."""
    if not FIRST_DAY <= value <= LAST_DAY:
        raise InputError(
            f"{value.isoformat()} is out of range",
            field=field,
            expected=f"a date from {FIRST_DAY} to {LAST_DAY}",
        )
    return value


def _amount(value: float, field: str = "amount") -> float:
    if not value > 0:
        raise InputError(f"{value} is not a positive amount", field=field, expected="> 0")
    return float(value)


def to_eur(store: Store, amount: float, currency: str, on: date) -> tuple[float, float]:
    """Return (amount in euros, euros per unit) at the rate of ``on``.

    An unknown currency, or one without a rate within RATE_WINDOW_DAYS before ``on``, is an
    InputError that says how to add the rate.
    """
    code = currency.strip().upper()
    if not _CURRENCY.match(code):
        raise InputError(
            f"{currency!r} is not a currency code",
            field="currency",
            expected="a three-letter ISO 4217 code such as EUR, PLN, USD",
        )
    if code == BASE:
        return float(amount), 1.0
    if not db.has_rates(store, code):
        raise InputError(
            f"unknown currency {code}: no exchange rate is stored for it",
            field="currency",
            expected=f"a rate added first with `doorwatch fund rate {code} YYYY-MM-DD EUR_PER_UNIT`",
        )
    rate = db.rate_on_or_before(store, code, on, RATE_WINDOW_DAYS)
    if rate is None:
        raise InputError(
            f"no {code} rate for {on.isoformat()} (nor in the {RATE_WINDOW_DAYS} days before)",
            field="currency",
            expected=f"`doorwatch fund rate {code} {on.isoformat()} EUR_PER_UNIT` first",
        )
    per_unit = float(rate["eur_per_unit"])
    return round(float(amount) * per_unit, 2), per_unit


def set_rate(
    store: Store, currency: str, on: date, eur_per_unit: float, *, source: str | None, user: User
) -> Row:
    """Store what one unit of ``currency`` was worth in euros on ``on``; return the rate."""
    require_coordinator(user)
    code = currency.strip().upper()
    if not _CURRENCY.match(code) or code == BASE:
        raise InputError(
            f"{currency!r} cannot take a rate",
            field="currency",
            expected="a three-letter ISO 4217 code other than EUR",
        )
    db.set_rate(
        store, code, check_day(on), _amount(eur_per_unit, "eur_per_unit"), source, actor=user.name
    )
    return {"currency": code, "on": on, "eur_per_unit": eur_per_unit, "source": source}


def add_fund(
    store: Store, fund_id: str, name: str, *, administrator: str | None, user: User
) -> Row:
    """Create a fund with its administrator; return it."""
    require_coordinator(user)
    if not _FUND_ID.match(fund_id):
        raise InputError(
            f"{fund_id!r} is not a fund id",
            field="fund",
            expected="lower-case letters, digits and dashes",
        )
    if not name.strip():
        raise InputError("a fund needs a name", field="name")
    row = {
        "id": fund_id,
        "name": name.strip(),
        "administrator": administrator,
        "created_at": datetime.now(),
    }
    db.add_fund(store, row, actor=user.name)
    return row


def receive(
    store: Store,
    fund_id: str,
    amount: float,
    currency: str,
    on: date,
    *,
    donor: str | None,
    pledge: bool,
    user: User,
) -> Row:
    """Record a donation received (or, with ``pledge``, one promised); return it.

    The donor's name is sealed: giving to these funds is prosecuted in Belarus.
    """
    require_coordinator(user)
    db.get_fund(store, fund_id)
    eur, rate = to_eur(store, _amount(amount), currency, on)
    donor_sealed = None
    if donor and donor.strip():
        donor_sealed = seal(
            load_keyring(), donor.strip(), place("support_donations", "donor", fund_id)
        )
    row = {
        "fund_id": fund_id,
        "kind": "pledge" if pledge else "donation",
        "donor_sealed": donor_sealed,
        "on": on,
        "amount": float(amount),
        "currency": currency.upper(),
        "amount_eur": eur,
        "recorded_by": user.name,
        "recorded_at": datetime.now(),
    }
    action = "fund.pledge" if pledge else "fund.donate"
    new_id = db.add_money(store, support_donations, row, actor=user.name, action=action)
    shown = {k: v for k, v in row.items() if k != "donor_sealed"}
    return {"id": new_id, **shown, "eur_per_unit": rate}


def receive_pledge(store: Store, pledge_id: int, on: date, *, user: User) -> Row:
    """Mark a pledge as received; return it."""
    require_coordinator(user)
    check_day(on)
    return db.receive_pledge(store, pledge_id, on, actor=user.name)


def add_cost(
    store: Store,
    fund_id: str,
    amount: float,
    currency: str,
    on: date,
    *,
    description: str | None,
    user: User,
) -> Row:
    """Record an operating cost of the fund; return it."""
    require_coordinator(user)
    db.get_fund(store, fund_id)
    eur, rate = to_eur(store, _amount(amount), currency, on)
    row = {
        "fund_id": fund_id,
        "on": on,
        "amount": float(amount),
        "currency": currency.upper(),
        "amount_eur": eur,
        "description": description,
        "recorded_by": user.name,
        "recorded_at": datetime.now(),
    }
    new_id = db.add_money(store, support_costs, row, actor=user.name, action="fund.cost")
    return {"id": new_id, **row, "eur_per_unit": rate}


def give(
    store: Store,
    case_id: str,
    *,
    kind: str,
    amount: float,
    currency: str,
    fund_id: str,
    on: date,
    user: User,
    organisation: str | None = None,
    need_id: int | None = None,
    committed: bool = False,
) -> Row:
    """Record aid given to a support case from a fund (paid, or only committed); return it."""
    case = case_db.get_case(store, case_id)
    require_case(user, case)
    choice("aid_kinds", kind, "kind")
    db.get_fund(store, fund_id)
    if need_id is not None and case_db.get_need(store, need_id)["support_case_id"] != case_id:
        raise InputError(f"need {need_id} belongs to another case", field="need")
    eur, rate = to_eur(store, _amount(amount), currency, on)
    row = {
        "support_case_id": case_id,
        "need_id": need_id,
        "fund_id": fund_id,
        "kind": kind,
        "status": "committed" if committed else "paid",
        "on": on,
        "amount": float(amount),
        "currency": currency.upper(),
        "amount_eur": eur,
        "organisation": organisation,
        "recorded_by": user.name,
        "recorded_at": datetime.now(),
    }
    new_id = db.add_money(store, support_aid, row, actor=user.name, action="support.give")
    return {"id": new_id, **row, "eur_per_unit": rate}


def fund_position(store: Store, *, user: User, on: date | None = None) -> Row:
    """Return every fund's balance, commitments, outstanding pledges, and the runway.

    balance = received − paid − operating costs; available = balance − committed + pledged;
    runway = available ÷ the average monthly outflow of the last BURN_MONTHS months (None
    when nothing went out then).
    """
    require_aggregates(user)
    on = check_day(on or date.today())
    totals = db.money_totals(store)
    funds = []
    for fund in db.list_funds(store):
        t = totals.get(
            fund["id"],
            {"received": 0.0, "pledged": 0.0, "paid": 0.0, "committed": 0.0, "costs": 0.0},
        )
        balance = t["received"] - t["paid"] - t["costs"]
        funds.append(
            {
                "id": fund["id"],
                "name": fund["name"],
                "administrator": fund["administrator"],
                **t,
                "balance": balance,
            }
        )
    balance = sum(f["balance"] for f in funds)
    committed = sum(f["committed"] for f in funds)
    pledged = sum(f["pledged"] for f in funds)
    burn = db.outflow_since(store, on - timedelta(days=30 * BURN_MONTHS)) / BURN_MONTHS
    available = balance - committed + pledged
    return {
        "currency": BASE,
        "on": on,
        "funds": funds,
        "balance_eur": round(balance, 2),
        "committed_eur": round(committed, 2),
        "pledged_eur": round(pledged, 2),
        "available_eur": round(available, 2),
        "monthly_outflow_eur": round(burn, 2),
        "runway_months": round(available / burn, 1) if burn > 0 else None,
        "basis": "recorded: the donations, pledges, aid and costs stored in this database",
    }


def list_funds(store: Store, *, user: User) -> list[Row]:
    """Return every fund."""
    require_aggregates(user)
    return db.list_funds(store)


def list_rates(store: Store, *, user: User) -> list[Row]:
    """Return every stored exchange rate."""
    require_aggregates(user)
    return db.list_rates(store)
