"""How much of a counted flow falls inside a window of days.

A recorded count covers a span of days: one day ("52 freed on 2025-09-11"), a month ("30
recognised in October") or a year ("509 recognised in 2025"). A window that covers only part of a
span receives a share in proportion to its days, on the assumption that the count is spread
evenly over the span; such shares are marked as prorated.

Tallies of the same kind can nest: "50 in December" is part of "509 in 2025". The finer count is
used for its own days and the coarser one contributes only the remainder, spread over the days no
finer count covers, so that nothing is counted twice.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from doorwatch.analysis.partial_dates import date_interval

# Kinds whose records are running tallies over a period (and so may nest), as opposed to
# batches, where two records over the same days are two different groups of people.
TALLY_KINDS = frozenset({"recognition", "detention", "sentence_served"})


@dataclass(frozen=True)
class Span:
    """A closed interval of days."""

    first: date
    last: date

    @property
    def days(self) -> int:
        """Return the number of days in the span."""
        return (self.last - self.first).days + 1

    def overlap(self, other: Span) -> int:
        """Return the number of days this span shares with ``other``."""
        first, last = max(self.first, other.first), min(self.last, other.last)
        return max(0, (last - first).days + 1)

    def contains(self, other: Span) -> bool:
        """Return True when ``other`` lies wholly inside this span."""
        return self.first <= other.first and other.last <= self.last


@dataclass(frozen=True)
class Share:
    """The part of one counted record that falls inside a window."""

    record_id: str
    kind: str
    mode: str | None
    count: float
    qualifier: str
    span_first: date
    span_last: date
    share: float
    prorated: bool
    nested_in: str | None = None


def window_span(start: date, end: date) -> Span:
    """Return the days of the window ``start`` < day <= ``end``."""
    return Span(start + timedelta(days=1), end)


def event_span(event: Mapping[str, Any]) -> Span:
    """Return the days an event's count covers, from its period start or its date precision."""
    last: date = event["date"]
    if event.get("period_start"):
        return Span(event["period_start"], last)
    precision = event.get("date_precision") or "day"
    if precision == "year":
        return Span(date(last.year, 1, 1), last)
    if precision == "month":
        return Span(date(last.year, last.month, 1), last)
    return Span(last, last)


def claim_span(claim: Mapping[str, Any]) -> Span:
    """Return the days a reported flow covers: from its period start to the end of its as-of."""
    first, last = date_interval(str(claim["as_of"]))
    if claim.get("period_start"):
        first = date_interval(str(claim["period_start"]))[0]
    return Span(first, last)


def _union_days(spans: Sequence[Span], within: Span) -> int:
    """Return the number of days of ``within`` covered by at least one of ``spans``."""
    pieces = sorted(
        (max(s.first, within.first), min(s.last, within.last))
        for s in spans
        if s.overlap(within) > 0
    )
    total, current_first, current_last = 0, None, None
    for first, last in pieces:
        if current_last is None or current_first is None or first > current_last + timedelta(1):
            if current_last is not None and current_first is not None:
                total += (current_last - current_first).days + 1
            current_first, current_last = first, last
        elif last > current_last:
            current_last = last
    if current_last is not None and current_first is not None:
        total += (current_last - current_first).days + 1
    return total


@dataclass(frozen=True)
class Counted:
    """A counted record reduced to what proration needs."""

    record_id: str
    kind: str
    mode: str | None
    count: float
    qualifier: str
    span: Span


def counted_events(
    events: Sequence[Mapping[str, Any]], term: str, keep: Callable[[Mapping[str, Any]], bool]
) -> list[Counted]:
    """Return the events with a count that ``keep`` accepts, as records counted for ``term``."""
    return [
        Counted(
            str(e["id"]),
            term,
            None,
            float(e["count"]),
            str(e.get("qualifier") or "exact"),
            event_span(e),
        )
        for e in events
        if e.get("count") is not None and keep(e)
    ]


def _children(parent: Counted, records: Sequence[Counted]) -> list[Counted]:
    """Return the outermost records of the parent's tally nested strictly inside its span."""
    inside = [
        r
        for r in records
        if r is not parent
        and r.kind == parent.kind
        and r.mode == parent.mode
        and parent.span.contains(r.span)
        and r.span != parent.span
    ]
    return [
        c
        for c in inside
        if not any(o is not c and o.span.contains(c.span) and o.span != c.span for o in inside)
    ]


def shares_in_window(
    records: Sequence[Counted], window: Span, tally_kinds: frozenset[str] = TALLY_KINDS
) -> list[Share]:
    """Return each record's share of its count inside ``window`` (records with none are left out).

    Nested tallies (kinds in ``tally_kinds``) contribute only what their finer parts do not
    already count.
    """
    shares: list[Share] = []
    for record in records:
        tally = record.kind in tally_kinds
        children = _children(record, records) if tally else []
        nested_in = None
        if tally:
            parents = [p for p in records if p is not record and record in _children(p, records)]
            nested_in = parents[0].record_id if parents else None
        if children:
            remainder = max(0.0, record.count - sum(c.count for c in children))
            free_days = record.span.days - _union_days([c.span for c in children], record.span)
            inside = 0
            if window.overlap(record.span):
                common = Span(
                    max(window.first, record.span.first), min(window.last, record.span.last)
                )
                inside = common.days - _union_days([c.span for c in children], common)
            share = remainder * inside / free_days if free_days > 0 else 0.0
            prorated = inside < free_days
        else:
            inside = window.overlap(record.span)
            share = record.count * inside / record.span.days
            prorated = 0 < inside < record.span.days
        if inside <= 0:
            continue
        shares.append(
            Share(
                record_id=record.record_id,
                kind=record.kind,
                mode=record.mode,
                count=record.count,
                qualifier=record.qualifier,
                span_first=record.span.first,
                span_last=record.span.last,
                share=share,
                prorated=prorated,
                nested_in=nested_in,
            )
        )
    return shares


def month_end(day: date) -> date:
    """Return the last day of ``day``'s month."""
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
