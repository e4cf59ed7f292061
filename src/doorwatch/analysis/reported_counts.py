"""Which figure each reporting party gave nearest a date."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from doorwatch.analysis.partial_dates import days_apart
from doorwatch.analysis.qualified_values import finite_or_none, interval_text, value_interval


def reporter_of(claim: Mapping[str, Any]) -> str:
    """Return who a figure is by: its origin (who counted), else its publisher."""
    return str(
        claim.get("origin")
        or claim.get("publisher")
        or claim.get("source_title")
        or claim["source_id"]
    )


def nearest_by_reporter(
    claims: Sequence[Mapping[str, Any]], on: date, window_days: int
) -> list[dict[str, Any]]:
    """Return, per reporter, the claim nearest ``on`` within ``window_days``, nearest first.

    Ties go to the claim dated after ``on``'s side that is more precise, then the later one.
    Each row carries the claim, its distance in days and the interval its qualifier allows.
    """
    best: dict[str, tuple[tuple[int, int, str], Mapping[str, Any], int]] = {}
    for claim in claims:
        if claim.get("as_of") is None or claim.get("value") is None:
            continue
        distance = days_apart(str(claim["as_of"]), on)
        if distance > window_days:
            continue
        precision_rank = {"day": 0, "month": 1, "year": 2}.get(str(claim.get("as_of_precision")), 3)
        rank = (distance, precision_rank, "~" + str(claim["as_of"]))
        who = reporter_of(claim)
        if who not in best or rank < best[who][0]:
            best[who] = (rank, claim, distance)
    rows = []
    for who, (_, claim, distance) in best.items():
        low, high = value_interval(
            float(claim["value"]), claim.get("qualifier"), claim.get("value_max")
        )
        rows.append(
            {
                "reporter": who,
                "origin": str(claim.get("origin") or f"not named ({who})"),
                "origin_named": bool(claim.get("origin")),
                "value": claim["value"],
                "qualifier": claim.get("qualifier") or "exact",
                "interval": [low, finite_or_none(high)],
                "interval_text": interval_text(low, high),
                "definition": claim.get("definition"),
                "as_of": claim["as_of"],
                "published": claim.get("published") or claim.get("source_published"),
                "published_unknown": bool(claim.get("published_unknown")),
                "later": bool(claim.get("later")),
                "days_from_date": distance,
                "wording": claim.get("wording"),
                "claim_id": claim["id"],
                "source": {
                    "id": claim["source_id"],
                    "publisher": claim.get("publisher"),
                    "title": claim.get("source_title"),
                    "url": claim.get("source_url"),
                    "published": claim.get("source_published"),
                },
            }
        )
    rows.sort(key=lambda r: (r["days_from_date"], r["reporter"]))
    return rows
