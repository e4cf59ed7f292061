"""Numbers with qualifiers ("more than 1,200", "some 1,300") as intervals of possible values.

One rule, documented in docs/analysis.md ("Honest bounds"):

- exact → [n, n]
- about → [n − b, n + b] with b = 5 % of n (at least 1): at the scale of these counts sources
  say "about" of figures rounded to the nearest 50 or 100 ("approximately 1,200" for Viasna's
  1,201), which is within 5 %.
- more than → [n + 1, ∞); at least → [n, ∞): the source sets no upper end, so neither do we.
- up to → [0, n]; fewer than → [0, n − 1] (a count below n is at most n − 1).
- range → [n, value_max].

An open end is ``math.inf`` here and ``null`` in JSON; it is shown as "≥ 1,001", never filled in
with an invented number.
"""

from __future__ import annotations

import math

from doorwatch.errors import InputError

ABOUT_TOLERANCE = 0.05
QUALIFIERS = ("exact", "about", "more_than", "at_least", "fewer_than", "up_to", "range")


def value_interval(
    value: float, qualifier: str | None, value_max: float | None = None
) -> tuple[float, float]:
    """Return the (low, high) values a claim allows; ``high`` is ``math.inf`` when open."""
    q = qualifier or "exact"
    if q == "exact":
        return value, value
    if q == "about":
        band = max(1.0, abs(value) * ABOUT_TOLERANCE)
        return value - band, value + band
    if q == "more_than":
        return value + 1, math.inf
    if q == "at_least":
        return value, math.inf
    if q == "fewer_than":
        return 0.0, max(0.0, value - 1)
    if q == "up_to":
        return 0.0, value
    if q == "range":
        return value, value_max if value_max is not None else value
    raise InputError(
        f"unknown qualifier {qualifier!r}", field="qualifier", expected=", ".join(QUALIFIERS)
    )


def finite_or_none(value: float) -> float | None:
    """Return ``value``, or None for an open (infinite) end, as JSON shows it."""
    return None if math.isinf(value) else value


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def interval_text(low: float, high: float) -> str:
    """Return an interval as a reader sees it: "1,201", "1,140–1,260" or "≥ 1,201"."""
    if math.isinf(high):
        return f"≥ {_number(low)}"
    if low == high:
        return _number(low)
    return f"{_number(low)}–{_number(high)}"
