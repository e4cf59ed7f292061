"""The support planner behind ``doorwatch support plan``, its web page and its report section.

It reads the cited cost model (``data/support/costs.yaml``), the money at hand (the funds the
model cites plus what is recorded in this database) and the releases of a scenario, and
returns the plan with every assumption and its source beside it.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from doorwatch.analysis.support_plan import (
    PlanInputs,
    UnitCost,
    band_total,
    plan,
    runway_months,
)
from doorwatch.errors import InputError, NotFoundError
from doorwatch.services.accounts import User
from doorwatch.services.projection import fitted_model
from doorwatch.services.support_access import require_aggregates
from doorwatch.services.support_funds import check_day, fund_position
from doorwatch.store import Store
from doorwatch.store.deals import get_deal

SCENARIOS = ("all-at-once", "projection", "deal")
MAX_MONTHS = 120


@cache
def cost_model() -> dict[str, Any]:
    """Return the cost model as written in ``data/support/costs.yaml``."""
    path = resources.files("doorwatch") / "data" / "support" / "costs.yaml"
    model: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return model


def _unit_costs(model: dict[str, Any]) -> list[UnitCost]:
    return [
        UnitCost(
            id=c["id"],
            label=c["label"],
            applies_to=c["applies_to"],
            when=c["when"],
            low=float(c["low"]),
            high=float(c["high"]),
            basis=" ".join(str(c["basis"]).split()),
            sources=tuple(c["sources"]),
        )
        for c in model["unit_costs"]
    ]


def _month_label(start: date, offset: int) -> str:
    index = start.year * 12 + start.month - 1 + offset
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _releases(
    store: Store, scenario: str, months: int, released: int | None, deal: str | None, every: int
) -> tuple[list[float], str]:
    if scenario == "all-at-once":
        if released is None or released <= 0:
            raise InputError("the all-at-once plan needs --released N (N > 0)", field="released")
        return [float(released)] + [0.0] * (months - 1), f"{released} freed at once in month 1"
    if scenario == "deal":
        if not deal:
            raise InputError("the deal scenario needs --deal DEAL_ID", field="deal")
        found = get_deal(store, deal)
        size = found.get("people_freed")
        if not size:
            raise NotFoundError(f"deal {deal} records no number of people freed")
        if every < 1:
            raise InputError("--every must be at least 1 month", field="every")
        flow = [float(size) if m % every == 0 else 0.0 for m in range(months)]
        return flow, f"deal {deal} ({size} freed) repeated every {every} month(s)"
    params = fitted_model(store)
    sizes = params.batch_sizes or [0.0]
    per_month = params.batches_per_month * sum(sizes) / len(sizes)
    return [per_month] * months, (
        f"the projection's releases continuing: {params.batches_per_month:.2f} releases a month "
        f"of {sum(sizes) / len(sizes):.0f} people on average (fitted {params.fit_start} to "
        f"{params.fit_end}), {per_month:.1f} people a month"
    )


def support_plan(
    store: Store,
    *,
    user: User,
    released: int | None = 1300,
    months: int = 12,
    on: date | None = None,
    stay_share: float | None = None,
    per_caseworker: int | None = None,
    scenario: str = "all-at-once",
    deal: str | None = None,
    every: int = 3,
) -> dict[str, Any]:
    """Return the plan: per month the need (median and band), funds left, shortfall and
    caseworkers needed; the shortfall at the horizon (``shortfall_eur``), the runway, the
    fundraising a month that closes the gap, and every assumption with its source."""
    require_aggregates(user)
    if scenario not in SCENARIOS:
        raise InputError(
            f"unknown scenario {scenario!r}", field="scenario", expected=", ".join(SCENARIOS)
        )
    if not 1 <= months <= MAX_MONTHS:
        raise InputError(f"{months} months", field="months", expected=f"1 to {MAX_MONTHS}")
    if stay_share is not None and not 0.0 <= stay_share <= 1.0:
        raise InputError(f"stay share {stay_share}", field="stay-share", expected="0 to 1")
    model = cost_model()
    defaults = model["assumptions"]
    per_worker = per_caseworker or int(defaults["per_caseworker"]["value"])
    if per_worker < 1:
        raise InputError("--per-caseworker must be at least 1", field="per-caseworker")
    start = check_day(on or date.today())
    flow, described = _releases(store, scenario, months, released, deal, every)
    share = model["stay_share"]
    stay = (
        (stay_share, stay_share, stay_share)
        if stay_share is not None
        else (float(share["median"]), float(share["low"]), float(share["high"]))
    )
    operating = model["operating_share"]
    recorded = fund_position(store, user=user, on=start)
    cited = [
        {**f, "left": float(f["collected"]) - float(f["distributed"]) - float(f["operating_costs"])}
        for f in model["funds"]
    ]
    funds_eur = sum(f["left"] for f in cited) + recorded["available_eur"]
    costs = _unit_costs(model)
    result = plan(
        PlanInputs(
            releases=flow,
            costs=costs,
            stay_share=stay,
            operating_share=(float(operating["low"]), float(operating["high"])),
            spread_months=int(defaults["rehabilitation_months"]["value"]),
            per_caseworker=per_worker,
            funds_eur=funds_eur,
        )
    )
    total_low, total_high = band_total(result, "low"), band_total(result, "high")
    shortfall = result[-1].shortfall_eur
    return {
        "scenario": scenario,
        "releases": described,
        "released": sum(flow),
        "start": _month_label(start, 0),
        "months": [{**asdict(m), "label": _month_label(start, m.month - 1)} for m in result],
        "need_eur": result[-1].cumulative_need_eur,
        "need_band_eur": [total_low, total_high],
        "funds_available_eur": round(funds_eur, 2),
        "shortfall_eur": shortfall,
        "shortfall_band_eur": [round(max(0.0, t - funds_eur), 2) for t in (total_low, total_high)],
        "runway_months": runway_months(result),
        "fundraising_per_month_eur": round(shortfall / months, 2),
        "caseworkers_needed": max(m.caseworkers for m in result),
        "assumptions": _assumptions(
            costs,
            model,
            stay,
            stay_share is not None,
            per_worker,
            per_caseworker is not None,
            cited,
            recorded,
        ),
        "basis": "planned from the cited cost model; money from the cited funds and this "
        "database's records",
    }


def _assumptions(
    costs: list[UnitCost],
    model: dict[str, Any],
    stay: tuple[float, float, float],
    stay_given: bool,
    per_worker: int,
    per_worker_given: bool,
    cited: list[dict[str, Any]],
    recorded: dict[str, Any],
) -> list[dict[str, Any]]:
    """Return every figure the plan rests on, with its basis and sources."""
    rows: list[dict[str, Any]] = [
        {
            "name": c.id,
            "value": f"€{c.low:,.0f}" if c.low == c.high else f"€{c.low:,.0f}–{c.high:,.0f}",
            "per": "person" if c.applies_to == "everyone" else "person leaving Belarus",
            "basis": c.basis,
            "sources": list(c.sources),
        }
        for c in costs
    ]
    operating = model["operating_share"]
    rows.append(
        {
            "name": "operating_share",
            "value": f"{float(operating['low']):.2%}",
            "per": "of aid",
            "basis": " ".join(operating["basis"].split()),
            "sources": operating["sources"],
        }
    )
    share = model["stay_share"]
    rows.append(
        {
            "name": "stay_share",
            "value": f"{stay[0]:.1%}"
            + ("" if stay_given else f" (band {stay[1]:.0%}–{stay[2]:.0%})"),
            "per": "of those freed",
            "basis": "given with --stay-share" if stay_given else " ".join(share["basis"].split()),
            "sources": [] if stay_given else share["sources"],
        }
    )
    for fund in cited:
        rows.append(
            {
                "name": f"fund {fund['id']}",
                "value": f"€{fund['left']:,.0f}",
                "per": "left to spend",
                "basis": " ".join(fund["basis"].split()),
                "sources": fund["sources"],
            }
        )
    rows.append(
        {
            "name": "recorded funds",
            "value": f"€{recorded['available_eur']:,.0f}",
            "per": "balance − committed + pledged",
            "basis": recorded["basis"],
            "sources": [],
        }
    )
    defaults = model["assumptions"]
    rows.append(
        {
            "name": "rehabilitation_months",
            "value": str(defaults["rehabilitation_months"]["value"]),
            "per": "months",
            "basis": " ".join(defaults["rehabilitation_months"]["basis"].split()),
            "sources": [],
        }
    )
    rows.append(
        {
            "name": "per_caseworker",
            "value": str(per_worker),
            "per": "open cases",
            "basis": "given with --per-caseworker"
            if per_worker_given
            else " ".join(defaults["per_caseworker"]["basis"].split()),
            "sources": [],
        }
    )
    return rows
