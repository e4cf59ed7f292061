"""Reconciling the figures sources give for one quantity near one date, by independent origin.

A figure's *origin* is who counted it (Viasna), apart from who published it (AP, a newspaper):
outlets relaying one origin's count are one voice with several citations. Claims whose origin
the source does not name are grouped by the figure they give: outlets repeating the same number
on the same days are taken as one voice until a source says otherwise, and one repeating the
figure of a named origin relays that origin, so that repetition never passes for independent
agreement.

Figures counted differently are not compared as if they were one quantity: a claim's
``definition`` (walked free vs named on the release list; one counter's list vs another's) puts
it in its own family, reported as a definitional difference, never as an outlier; a total over a
period ("over 300 in the past year") is a different quantity from the size of one release.

Within the main family (the definition with the most voices, joined by the voices that state
no definition) qualified figures are intervals (see :mod:`qualified_values`); the consensus is
the value the most voices admit, and a voice whose interval excludes it is an outlier, with the
reason the record gives.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import median
from typing import Any

from doorwatch.analysis.partial_dates import days_apart
from doorwatch.analysis.qualified_values import finite_or_none, interval_text, value_interval
from doorwatch.analysis.reported_counts import reporter_of
from doorwatch.analysis.reported_totals import is_period_total

UNSTATED = None


@dataclass
class Voice:
    """One origin's figure with every claim that relayed it."""

    origin: str
    origin_named: bool
    value: float
    qualifier: str
    interval: tuple[float, float | None]
    interval_text: str
    definition: str | None
    period: str | None
    claim_ids: list[str]
    sources: list[str]
    as_of: list[str]
    later: bool
    note: str | None
    agrees: bool | None = None


@dataclass
class ReconciledFigure:
    """The consensus of independent origins, definitional differences, and the outliers."""

    measure: str
    near: date
    window_days: int
    known_on: date | None
    hindsight: bool
    consensus: float | None
    consensus_interval: tuple[float, float | None] | None
    definition: str | None
    range: tuple[float, float | None] | None
    agreeing: int
    origins: int
    citations: int
    all_consistent: bool
    groups: list[Voice]
    definitions: list[dict[str, Any]]
    other_quantities: list[dict[str, Any]]
    outliers: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    published_later: int = 0
    notes: list[str] = field(default_factory=list)


def _most_admitted(intervals: Sequence[tuple[float, float]], values: Sequence[float]) -> float:
    """Return the value admitted by the most intervals; ties go to the one nearest the median."""
    middle = median(values)
    candidates = sorted({v for pair in intervals for v in pair if not math.isinf(v)} | set(values))

    def score(x: float) -> tuple[int, float]:
        return (-sum(lo <= x <= hi for lo, hi in intervals), abs(x - middle))

    return min(candidates, key=score)


def _period_key(claim: Mapping[str, Any]) -> str | None:
    if not is_period_total(claim):
        return None
    label = claim.get("period_label")
    start, end = claim.get("period_start"), claim.get("period_end") or claim.get("as_of")
    return str(label or f"{start or '?'} to {end or '?'}")


def _row(claim: Mapping[str, Any], near: date) -> dict[str, Any]:
    low, high = value_interval(
        float(claim["value"]), claim.get("qualifier"), claim.get("value_max")
    )
    return {
        "claim_id": claim["id"],
        "origin": reporter_of(claim),
        "origin_named": bool(claim.get("origin")),
        "reporter": reporter_of(claim),
        "value": float(claim["value"]),
        "qualifier": claim.get("qualifier") or "exact",
        "interval": (low, finite_or_none(high)),
        "interval_text": interval_text(low, high),
        "definition": claim.get("definition"),
        "period": _period_key(claim),
        "as_of": claim["as_of"],
        "as_of_precision": claim.get("as_of_precision"),
        "published": claim.get("published") or claim.get("source_published"),
        "later": bool(claim.get("later")),
        "days_from_date": days_apart(str(claim["as_of"]), near),
        "note": claim.get("note"),
        "source_id": claim["source_id"],
        # a wire copy speaks with the voice of the source it copies
        "copy_of": claim.get("source_copy_of"),
        "source": claim.get("publisher") or claim.get("source_title") or claim["source_id"],
        "url": claim.get("source_url"),
    }


def _voice_key(
    row: Mapping[str, Any], by_source: Mapping[str, Mapping[str, Any]]
) -> tuple[Any, ...]:
    """Return the key of the voice a claim speaks with: its copied source's, else its origin's
    (one per named origin and figure; origins not named, by figure)."""
    if row.get("copy_of"):
        original = by_source.get(str(row["copy_of"]))
        if original is not None and original is not row:
            return _voice_key(original, by_source)
        return (
            "copy of",
            row["copy_of"],
            row["value"],
            row["qualifier"],
            row["definition"],
            row["period"],
        )
    who = row["origin"] if row["origin_named"] else "origin not named"
    return (who, row["value"], row["qualifier"], row["definition"], row["period"])


def _voices(rows: Sequence[dict[str, Any]]) -> list[Voice]:
    """Group claims into voices: wire copies with the source they copy; then one per named
    origin and figure; origins not named, by figure."""
    by_source = {str(r["source_id"]): r for r in rows if not r.get("copy_of")}
    grouped: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in rows:
        grouped.setdefault(_voice_key(r, by_source), []).append(r)
    # An outlet that names no origin and repeats a figure a named origin gave relays that count
    # (the nearest such origin's, rows being nearest first): it adds a citation, not a voice.
    named_figures: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for key, group in grouped.items():
        if key[0] not in ("origin not named", "copy of") and group[0]["origin_named"]:
            named_figures.setdefault(key[1:], key)
    for key in [k for k in grouped if k[0] == "origin not named"]:
        if key[1:] in named_figures:
            grouped[named_figures[key[1:]]].extend(grouped.pop(key))
    voices = []
    for group in grouped.values():
        first = group[0]
        value, qualifier = first["value"], first["qualifier"]
        definition, period = first["definition"], first["period"]
        low, high = value_interval(value, qualifier)
        named = next((r for r in group if r["origin_named"]), None)
        publishers = sorted({str(r["source"]) for r in group})
        voices.append(
            Voice(
                origin=str(named["origin"])
                if named is not None
                else f"origin not named ({len(group)} outlet"
                + ("s" if len(group) > 1 else "")
                + ")",
                origin_named=named is not None,
                value=value,
                qualifier=qualifier,
                interval=(low, finite_or_none(high)),
                interval_text=interval_text(low, high),
                definition=definition,
                period=period,
                claim_ids=[str(r["claim_id"]) for r in group],
                sources=publishers,
                as_of=sorted({str(r["as_of"]) for r in group}),
                later=all(r["later"] for r in group),
                note=next((r["note"] for r in group if r["note"]), None),
            )
        )
    voices.sort(
        key=lambda v: (v.period is not None, v.definition or "", -len(v.claim_ids), v.value)
    )
    return voices


def _bounds(voice: Voice) -> tuple[float, float]:
    low, high = voice.interval
    return low, math.inf if high is None else high


def reconcile(
    claims: Sequence[Mapping[str, Any]],
    measure: str,
    near: date,
    window_days: int,
    *,
    known_on: date | None = None,
    hindsight: bool = False,
) -> ReconciledFigure:
    """Return the reconciled figure for ``measure`` from the claims dated within
    ``window_days`` of ``near`` (a claim dated by month or year is near when its period is)."""
    rows = [
        _row(c, near)
        for c in claims
        if c.get("measure") == measure
        and c.get("value") is not None
        and c.get("as_of")
        and days_apart(str(c["as_of"]), near) <= window_days
    ]
    rows.sort(key=lambda r: (r["days_from_date"], r["as_of"], r["claim_id"]))
    voices = _voices(rows)
    counts = [v for v in voices if v.period is None]
    others = [v for v in voices if v.period is not None]
    families: dict[str | None, list[Voice]] = {}
    for voice in counts:
        families.setdefault(voice.definition, []).append(voice)
    stated = {d: vs for d, vs in families.items() if d is not UNSTATED}
    main = (
        max(stated, key=lambda d: (len(stated[d]), sum(len(v.claim_ids) for v in stated[d])))
        if stated
        else UNSTATED
    )
    family = [*stated.get(main, []), *families.get(UNSTATED, [])] if main else counts
    result = ReconciledFigure(
        measure=measure,
        near=near,
        window_days=window_days,
        known_on=known_on,
        hindsight=hindsight,
        consensus=None,
        consensus_interval=None,
        definition=main,
        range=None,
        agreeing=0,
        origins=len(family),
        citations=sum(len(v.claim_ids) for v in family),
        all_consistent=True,
        groups=voices,
        definitions=[],
        other_quantities=[
            {
                "period": v.period,
                "value": v.value,
                "interval_text": v.interval_text,
                "origin": v.origin,
                "claim_ids": v.claim_ids,
                "reason": f'a total for the period "{v.period}", not the size of one release or count on one date',
            }
            for v in others
        ],
        outliers=[],
        claims=rows,
    )
    if not family:
        return result
    intervals = [_bounds(v) for v in family]
    consensus = _most_admitted(intervals, [v.value for v in family])
    agreeing = [v for v in family if _bounds(v)[0] <= consensus <= _bounds(v)[1]]
    common = (max(_bounds(v)[0] for v in agreeing), min(_bounds(v)[1] for v in agreeing))
    for voice in family:
        voice.agrees = voice in agreeing
    result.consensus = consensus
    result.consensus_interval = (common[0], finite_or_none(common[1]))
    highs = [_bounds(v)[1] for v in family]
    result.range = (min(i[0] for i in intervals), finite_or_none(max(highs)))
    result.agreeing = len(agreeing)
    result.outliers = [
        {
            "origin": v.origin,
            "value": v.value,
            "qualifier": v.qualifier,
            "claim_ids": v.claim_ids,
            "claim_id": v.claim_ids[0],
            "reason": v.note or "no reason recorded",
            "off_by": v.value - consensus,
        }
        for v in family
        if v not in agreeing
    ]
    result.all_consistent = not result.outliers
    result.definitions = [
        {
            "definition": definition,
            "main": definition == main,
            "values": sorted({v.value for v in group}),
            "origins": [v.origin for v in group],
            "claim_ids": [i for v in group for i in v.claim_ids],
            "note": next((v.note for v in group if v.note), None),
        }
        for definition, group in stated.items()
    ]
    for row in rows:
        row["agrees"] = any(row["claim_id"] in v.claim_ids and v.agrees for v in voices)
    return result
