"""Dates as sources give them: a day, a month or a year, each an interval of days."""

from __future__ import annotations

import calendar
from datetime import date


def date_interval(text: str) -> tuple[date, date]:
    """Return the first and last day covered by ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(parts[0], parts[1])[1]
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
    day = date(parts[0], parts[1], parts[2])
    return day, day


def days_apart(text: str, on: date) -> int:
    """Return how many days ``on`` lies outside the interval of ``text`` (0 when inside)."""
    first, last = date_interval(text)
    if on < first:
        return (first - on).days
    if on > last:
        return (on - last).days
    return 0


def precision_of(text: str) -> str:
    """Return ``day``, ``month`` or ``year`` for a partial ISO date."""
    return {1: "year", 2: "month", 3: "day"}[len(text.split("-"))]
