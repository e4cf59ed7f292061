"""What was knowable on a date: a claim or a recorded count counts as known from the day it was
published, so that an answer "as of D" uses only what had been published by D.

The rule (docs/analysis.md, "Knowledge as of a date"):

- a claim is known from its own ``published`` date, else its source's; a partial date counts
  from its last day ("2025-12" is known by 2025-12-31 for certain);
- a claim whose publication date is unknown is taken as known from the end of what it is about
  (its as-of or period end): it cannot have been published earlier, and it is flagged so a
  reader sees the assumption;
- a recorded count (event) is known from the earliest publication of the sources that cite it,
  and never before its own date; with no dated source, from its date.

With ``hindsight`` everything is kept and what was published after D is marked ``later``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from doorwatch.analysis.partial_dates import date_interval


def claim_published(claim: Mapping[str, Any]) -> str | None:
    """Return the claim's publication date as stored (ISO, possibly partial), or None."""
    value = claim.get("published") or claim.get("source_published")
    return str(value) if value else None


def _about_end(claim: Mapping[str, Any]) -> date | None:
    about = claim.get("period_end") or claim.get("as_of")
    return date_interval(str(about))[1] if about else None


def claim_known_from(claim: Mapping[str, Any]) -> tuple[date | None, bool]:
    """Return (the first day the claim is known for certain, whether that day is assumed because
    the publication date is unknown). (None, True) when neither date is known."""
    published = claim_published(claim)
    if published:
        return date_interval(published)[1], False
    return _about_end(claim), True


def event_known_from(event: Mapping[str, Any], published: Iterable[str | None]) -> date:
    """Return the first day a recorded count is known: its sources' earliest publication, not
    before its own date."""
    days = [date_interval(p)[1] for p in published if p]
    day: date = event["date"]
    return max(day, min(days)) if days else day


def known_claims(
    claims: Sequence[Mapping[str, Any]], on: date | None, *, hindsight: bool = False
) -> list[dict[str, Any]]:
    """Return the claims knowable on ``on`` (all of them when ``on`` is None), each with
    ``published``, ``known_from``, ``published_unknown`` and ``later`` (published after ``on``,
    present only with ``hindsight``)."""
    kept = []
    for claim in claims:
        known_from, assumed = claim_known_from(claim)
        later = on is not None and (known_from is None or known_from > on)
        if later and not hindsight:
            continue
        kept.append(
            {
                **claim,
                "published": claim_published(claim),
                "known_from": known_from,
                "published_unknown": assumed,
                "later": later,
            }
        )
    return kept


def known_events(
    events: Sequence[Mapping[str, Any]],
    published: Mapping[str, Sequence[str | None]],
    on: date | None,
    *,
    hindsight: bool = False,
) -> list[dict[str, Any]]:
    """Return the events knowable on ``on`` given the publication dates of each event's sources
    (``published`` by event id), each with ``known_from`` and ``later``."""
    kept = []
    for event in events:
        known_from = event_known_from(event, published.get(str(event["id"]), ()))
        later = on is not None and known_from > on
        if later and not hindsight:
            continue
        kept.append({**event, "known_from": known_from, "later": later})
    return kept
