"""Numbers with qualifiers ("more than 1,200", "some 1,300") as intervals of possible values."""

from __future__ import annotations

from doorwatch.errors import InputError

# How far "about"/"some" may stray: sources round to the nearest 50 or 100 at this scale, so a
# tolerance of 5 % (at least 1) reads "about 1,200" as 1,140–1,260.
ABOUT_TOLERANCE = 0.05
# "more than 1,200" rarely means more than 1,300: a source would have said so.
OPEN_BOUND_SPAN = 0.10
QUALIFIERS = ("exact", "about", "more_than", "at_least", "fewer_than", "up_to", "range")


def value_interval(
    value: float, qualifier: str | None, value_max: float | None = None
) -> tuple[float, float]:
    """Return the (low, high) values a claim allows; ``exact`` gives a point."""
    q = qualifier or "exact"
    if q == "exact":
        return value, value
    if q == "about":
        spread = max(1.0, abs(value) * ABOUT_TOLERANCE)
        return value - spread, value + spread
    if q == "more_than":
        return value + 1, value * (1 + OPEN_BOUND_SPAN)
    if q == "at_least":
        return value, value * (1 + OPEN_BOUND_SPAN)
    if q == "fewer_than":
        return value * (1 - OPEN_BOUND_SPAN), value - 1
    if q == "up_to":
        return value * (1 - OPEN_BOUND_SPAN), value
    if q == "range":
        return value, value_max if value_max is not None else value
    raise InputError(
        f"unknown qualifier {qualifier!r}", field="qualifier", expected=", ".join(QUALIFIERS)
    )
