"""The one model of a valid claim, used wherever a claim enters or changes in the store.

The review API and form, ``doorwatch import``, the bundled dataset and extracted articles all
pass their claims through :func:`check_claim`, so a value the analysis cannot read (a date
``abc``, an unknown measure, ``nan``, ``1e308``, a maximum below the value) never gets stored.
The vocabularies and bounds are data: ``data/claim_rules.yaml``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from doorwatch.ingest.field_parsers import (
    Where,
    parse_choice,
    parse_float,
    parse_partial,
    parse_text,
)

TEXT_FIELDS = (
    "measure",
    "speaker",
    "quote",
    "target",
    "imposer",
    "origin",
    "definition",
    "period_label",
    "wording",
)


@dataclass(frozen=True)
class ClaimRules:
    """What a claim may hold (read from ``data/claim_rules.yaml``)."""

    kinds: tuple[str, ...]
    measures: tuple[str, ...]
    signed_measures: frozenset[str]
    qualifiers: tuple[str, ...]
    actions: tuple[str, ...]
    statuses: tuple[str, ...]
    max_value: float
    earliest_year: int
    years_ahead: int
    max_length: Mapping[str, int]


@cache
def claim_rules() -> ClaimRules:
    """Return the claim vocabularies and bounds of this doorwatch."""
    text = (resources.files("doorwatch") / "data" / "claim_rules.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return ClaimRules(
        kinds=tuple(data["kinds"]),
        measures=tuple(data["measures"]),
        signed_measures=frozenset(data["signed_measures"]),
        qualifiers=tuple(data["qualifiers"]),
        actions=tuple(data["actions"]),
        statuses=tuple(data["statuses"]),
        max_value=float(data["max_value"]),
        earliest_year=int(data["earliest_year"]),
        years_ahead=int(data["years_ahead"]),
        max_length=dict(data["max_length"]),
    )


def _date(value: object, where: Where, field: str, rules: ClaimRules) -> tuple[str, str] | None:
    found = parse_partial(None if value is None else str(value), where, field)
    if found is None:
        return None
    last = date.today().year + rules.years_ahead
    if not rules.earliest_year <= int(found[0][:4]) <= last:
        raise where.error(
            field, f"{found[0]!r} is out of range", f"a year from {rules.earliest_year} to {last}"
        )
    return found


def _number(value: object, where: Where, field: str, signed: bool, rules: ClaimRules) -> Any:
    number = parse_float(value, where, field)
    if number is None:
        return None
    low = -rules.max_value if signed else 0.0
    if not math.isfinite(number) or not low <= number <= rules.max_value:
        raise where.error(
            field,
            f"{value!r} is not a plausible count",
            f"a number from {low:g} to {rules.max_value:g}",
        )
    return number


def check_claim(
    claim: Mapping[str, Any], where: Where, *, set_precision: bool = False
) -> dict[str, Any]:
    """Return ``claim`` with its checked fields normalised; an InputError names the first bad one.

    Text is checked but kept as given, so an export comes back exactly. A stated precision must
    fit the form of ``as_of`` (``2025`` year, ``2025-03`` month, ``2025-03-04`` day); with
    ``set_precision`` (an edit of the date) it is set from that form.
    """
    rules = claim_rules()
    row = dict(claim)
    if "kind" in row:
        row["kind"] = parse_choice(row["kind"], where, "kind", rules.kinds)
    for field in (*TEXT_FIELDS, "note"):
        if row.get(field) is not None:
            # Checked, not rewritten: an export must come back exactly as it was.
            parse_text(row[field], where, field, max_length=rules.max_length.get(field, 20_000))
    if row.get("measure") is not None and row["measure"] not in rules.measures:
        raise where.error(
            "measure", f"unknown measure {row['measure']!r}", ", ".join(rules.measures)
        )
    for field, choices in (
        ("qualifier", rules.qualifiers),
        ("action", rules.actions),
        ("status", rules.statuses),
    ):
        if field in row:
            row[field] = parse_choice(row[field], where, field, choices)
    signed = row.get("measure") in rules.signed_measures
    for field in ("value", "value_max"):
        if field in row:
            row[field] = _number(row[field], where, field, signed, rules)
    low, high = row.get("value"), row.get("value_max")
    if low is not None and high is not None and high < low:
        raise where.error("value_max", f"{high:g} is below the value {low:g}", "value_max >= value")
    if "as_of" in row:
        found = _date(row["as_of"], where, "as_of", rules)
        row["as_of"] = found[0] if found else None
        stated = row.get("as_of_precision")
        if set_precision:
            row["as_of_precision"] = found[1] if found else None
        elif stated is not None and (found is None or stated != found[1]):
            expected = f"{found[1]} for {found[0]}" if found else "none without a date"
            raise where.error("as_of_precision", f"precision {stated!r}", expected)
    for field in ("period_start", "period_end", "published"):
        if field in row:
            found = _date(row[field], where, field, rules)
            row[field] = found[0] if found else None
    return row
