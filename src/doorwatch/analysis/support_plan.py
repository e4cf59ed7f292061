"""The support planner: what supporting released people costs month by month, set against the
money at hand (pure: the cost model, the releases and the funds come in as arguments).

Every unit cost is a range; the need is given as a median (the middle of each range, and the
median stay share) and a band (every cost at its low end with the share that costs least, and
every cost at its high end with the share that costs most).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class UnitCost:
    """One unit cost of the model: who it applies to, when it falls due, and its range."""

    id: str
    label: str
    applies_to: str  # everyone, leaving
    when: str  # release month, spread
    low: float
    high: float
    basis: str
    sources: tuple[Mapping[str, Any], ...] = ()

    @property
    def middle(self) -> float:
        """Return the middle of the range."""
        return (self.low + self.high) / 2


@dataclass(frozen=True)
class PlanInputs:
    """Everything the plan is computed from."""

    releases: Sequence[float]  # people freed in each month of the plan (index 0 = month 1)
    costs: Sequence[UnitCost]
    stay_share: tuple[float, float, float]  # median, low, high
    operating_share: tuple[float, float]  # low, high
    spread_months: int
    per_caseworker: int
    funds_eur: float


@dataclass
class PlanMonth:
    """One month of the plan (euros; need as median with its band)."""

    month: int
    released: float
    open_cases: float
    need_eur: float
    need_low_eur: float
    need_high_eur: float
    cumulative_need_eur: float
    funds_left_eur: float
    shortfall_eur: float
    caseworkers: int
    by_cost: dict[str, float] = field(default_factory=dict)


def _month_need(
    inputs: PlanInputs, month: int, pick: str, stay: float, overhead: float
) -> dict[str, float]:
    """Return the need of ``month`` (0-based) per unit cost, at the ``pick`` end of each range."""
    spent: dict[str, float] = {}
    for cost in inputs.costs:
        unit = {"low": cost.low, "high": cost.high, "middle": cost.middle}[pick]
        share = 1.0 if cost.applies_to == "everyone" else 1.0 - stay
        if cost.when == "spread":
            first = max(0, month - inputs.spread_months + 1)
            people = sum(inputs.releases[first : month + 1]) / inputs.spread_months
        else:
            people = inputs.releases[month]
        spent[cost.id] = people * share * unit
    spent["operating"] = sum(spent.values()) * overhead
    return spent


def plan(inputs: PlanInputs) -> list[PlanMonth]:
    """Return the plan month by month: need, funds left, cumulative shortfall, caseworkers."""
    stay_median, stay_low, stay_high = inputs.stay_share
    # Leaving costs more than staying, so the low end has the most staying.
    cheap_stay, dear_stay = max(stay_low, stay_high), min(stay_low, stay_high)
    overhead_mid = sum(inputs.operating_share) / 2
    months: list[PlanMonth] = []
    cumulative = 0.0
    open_cases = 0.0
    for index, released in enumerate(inputs.releases):
        middle = _month_need(inputs, index, "middle", stay_median, overhead_mid)
        low = _month_need(inputs, index, "low", cheap_stay, inputs.operating_share[0])
        high = _month_need(inputs, index, "high", dear_stay, inputs.operating_share[1])
        need = sum(middle.values())
        cumulative += need
        open_cases += released
        months.append(
            PlanMonth(
                month=index + 1,
                released=released,
                open_cases=open_cases,
                need_eur=round(need, 2),
                need_low_eur=round(sum(low.values()), 2),
                need_high_eur=round(sum(high.values()), 2),
                cumulative_need_eur=round(cumulative, 2),
                funds_left_eur=round(max(0.0, inputs.funds_eur - cumulative), 2),
                shortfall_eur=round(max(0.0, cumulative - inputs.funds_eur), 2),
                caseworkers=math.ceil(open_cases / inputs.per_caseworker) if open_cases else 0,
                by_cost={k: round(v, 2) for k, v in middle.items()},
            )
        )
    return months


def runway_months(months: Sequence[PlanMonth]) -> int | None:
    """Return how many whole months the funds cover the need (None: the whole plan)."""
    for month in months:
        if month.shortfall_eur > 0:
            return month.month - 1
    return None


def band_total(months: Sequence[PlanMonth], end: str) -> float:
    """Return the total need of the plan at the ``low`` or ``high`` end of its band."""
    return round(sum(m.need_low_eur if end == "low" else m.need_high_eur for m in months), 2)
