"""The decision whether two name strings name one person: same, different or uncertain.

Any part that names a different person (another given name, the other gender's form of a family
name, another father) decides *different*: merging a free person into a prison count is the
costly mistake, so a conflict is never outweighed by agreement elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from doorwatch.names.compare_parts import (
    PartResult,
    compare_given,
    compare_patronymics,
    compare_surnames,
)
from doorwatch.names.given_names import classes_gender, given_classes
from doorwatch.names.normalise import is_initial
from doorwatch.names.patronymics import analyse_patronymic
from doorwatch.names.readings import ParsedName, parse_name
from doorwatch.names.surnames import analyse_surname

SAME_THRESHOLD = 0.8
DIFFERENT_THRESHOLD = 0.5
# Without a given name on both sides the family name alone cannot say "same".
_ONE_PART_CAP = 0.6
_CONFLICT_CAP = 0.3
WEIGHTS = {"surname": 0.5, "given": 0.35, "patronymic": 0.15}


@dataclass(frozen=True, slots=True)
class Decision:
    """The verdict on two names: ``same`` (None when uncertain), a score in 0..1, and reasons."""

    same: bool | None
    score: float
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """Return the decision as a JSON-ready mapping ``{"same", "score", "reasons"}``."""
        return {"same": self.same, "score": self.score, "reasons": list(self.reasons)}


def _gender(name: ParsedName) -> str:
    if name.given and not is_initial(name.given[0]):
        gender = classes_gender(given_classes(name.given[0]))
        if gender:
            return gender
    if name.surname:
        gender = analyse_surname("".join(name.surname)).gender
        if gender:
            return gender
    if name.patronymic and not is_initial(name.patronymic):
        return analyse_patronymic(name.patronymic).gender
    return ""


def compare_parsed(left: ParsedName, right: ParsedName) -> Decision:
    """Return the decision for two parsed readings of names."""
    parts: dict[str, PartResult] = {
        "surname": compare_surnames(left.surname, right.surname),
        "given": compare_given(left.given, right.given),
        "patronymic": compare_patronymics(left.patronymic, right.patronymic),
    }
    reasons = [part.reason for part in parts.values()]
    conflict = any(part.status == "conflict" for part in parts.values())
    left_gender, right_gender = _gender(left), _gender(right)
    if left_gender and right_gender and left_gender != right_gender:
        conflict = True
        reasons.append("gender: the names are of a man and a woman")
    if left.generation and right.generation and left.generation != right.generation:
        conflict = True
        reasons.append(f"generation: {left.generation} and {right.generation}")
    present = {k: p for k, p in parts.items() if p.status != "absent"}
    weight = sum(WEIGHTS[k] for k in present) or 1.0
    score = sum(WEIGHTS[k] * p.similarity for k, p in present.items()) / weight
    if conflict:
        score = min(score * _CONFLICT_CAP, _CONFLICT_CAP)
    elif "surname" not in present or "given" not in present:
        score = min(score, _ONE_PART_CAP)
    return _decide(score, reasons)


def _decide(score: float, reasons: list[str]) -> Decision:
    score = round(max(0.0, min(1.0, score)), 3)
    same: bool | None
    if score >= SAME_THRESHOLD:
        same = True
    elif score < DIFFERENT_THRESHOLD:
        same = False
    else:
        same = None
    return Decision(same, score, tuple(reasons))


def compare(left: str, right: str) -> Decision:
    """Return whether ``left`` and ``right`` name one person, with a score and the reasons.

    Both names may be in any script, spelling system and order; when a name can be read in two
    orders the better-scoring reading is kept.
    """
    left_readings, right_readings = parse_name(left), parse_name(right)
    if not left_readings or not right_readings:
        return Decision(None, 0.0, ("no letters in one of the names",))
    return compare_readings(left_readings, right_readings)


def compare_readings(
    left_readings: Sequence[ParsedName], right_readings: Sequence[ParsedName]
) -> Decision:
    """Return the best-scoring decision over every pair of readings (neither list empty)."""
    best: Decision | None = None
    for a in left_readings:
        for b in right_readings:
            decision = compare_parsed(a, b)
            if best is None or decision.score > best.score:
                best = decision
    assert best is not None
    return best
