"""Sanction targets an article only describes, resolved against the measures already stored.

Extraction resolves "the country's national airline" to a name only when the article itself
names the airline. When it does not, the store may know the company: a stored measure whose
target and kind describe a company of the same class ("Belavia", "blocking of the state
airline") is the one meant, if it is the only such measure of the claim's imposer. The claim
then names that target and its note keeps the article's own description, so a reviewer sees
what was read and what was inferred.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from doorwatch.extract.targets import KnownTargets, is_description
from doorwatch.store import Store
from doorwatch.store.deals import list_measures

_BRACKETS = re.compile(r"\s*\([^)]*\)")


def known_targets(store: Store) -> dict[str | None, KnownTargets]:
    """Return the stored measures' targets by imposer (and all of them under None)."""
    by_imposer: dict[str | None, list[tuple[str, str]]] = {None: []}
    for measure in list_measures(store):
        target = str(measure["target"])
        name = _BRACKETS.sub("", target).strip() or target
        entry = (name, f"{target} {measure.get('kind') or ''}")
        by_imposer[None].append(entry)
        by_imposer.setdefault(str(measure["imposer"]), []).append(entry)
    return {imposer: KnownTargets(entries) for imposer, entries in by_imposer.items()}


def resolve_described_targets(
    rows: Sequence[dict[str, Any]], known: dict[str | None, KnownTargets]
) -> int:
    """Name the stored target of each sanction claim row whose target is a description;
    return how many rows changed (in place)."""
    changed = 0
    for row in rows:
        target = row.get("target")
        if row.get("kind") != "sanction" or not target or not is_description(str(target)):
            continue
        imposer = row.get("imposer")
        candidates = known.get(str(imposer)) if imposer else known.get(None)
        name = candidates.resolve(str(target)) if candidates else None
        if name is not None:
            row["target"] = name
            row["note"] = f"target resolved from the stored measures; the article says {target!r}"
            changed += 1
    return changed
