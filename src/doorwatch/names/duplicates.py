"""Finding names in one collection that may name the same person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from doorwatch.names.blocking import candidate_pairs
from doorwatch.names.compare import compare


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """Two records whose names may be one person: ids, names, verdict, score and reasons."""

    left_id: str
    right_id: str
    left_name: str
    right_name: str
    same: bool | None
    score: float
    reasons: tuple[str, ...]


def find_duplicates(
    names: Iterable[tuple[str, str]], *, include_uncertain: bool = True
) -> list[DuplicateCandidate]:
    """Return pairs of ``(id, name)`` records that name one person, best score first.

    Only names sharing a blocking key are compared. Uncertain pairs are included unless
    ``include_uncertain`` is False; pairs decided *different* never are.
    """
    records = list(names)
    found: list[DuplicateCandidate] = []
    for i, j in candidate_pairs(records):
        (left_id, left_name), (right_id, right_name) = records[i], records[j]
        if left_id == right_id:
            continue
        decision = compare(left_name, right_name)
        if decision.same is False or (decision.same is None and not include_uncertain):
            continue
        found.append(
            DuplicateCandidate(
                left_id,
                right_id,
                left_name,
                right_name,
                decision.same,
                decision.score,
                decision.reasons,
            )
        )
    found.sort(key=lambda c: (-c.score, c.left_id, c.right_id))
    return found
