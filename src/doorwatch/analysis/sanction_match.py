"""One target across lists: is a listing of one list the same person or organisation as one of
another, with a score and the reasons.

Candidates come from blocking: the search keys of :mod:`doorwatch.names` for people, the rarer
words of :func:`org_key` for organisations, and shared document numbers for both. A candidate is
then scored: people by :func:`doorwatch.names.compare` over their names, then birth dates (the
same name with another birth date is a namesake, not the target) and nationality; organisations
by the similarity of their names once legal forms and quotes are set aside, then country. A
shared document or register number decides on its own. Scores at or above ``LISTED`` are the
same target; from ``UNCERTAIN`` up they are listed for review; nothing is merged.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from doorwatch.analysis.org_names import distinctive, org_key, org_similarity
from doorwatch.names import Decision, ParsedName, compare, name_keys, parse_name
from doorwatch.names.compare import compare_readings

LISTED = 0.85
UNCERTAIN = 0.6
_NAMESAKE_CAP = 0.45
_MAX_NAMES = 12  # names of one target compared (aliases beyond are rare spellings)
_MAX_POSTING = 400  # an organisation word shared by more targets is no evidence
_MAX_ORG_CANDIDATES = 25  # organisations scored per target, by the rarity of shared words
_MIN_NUMBER = 5
_DIGITS_OR_UPPER = re.compile(r"[^0-9A-Z]")
_BRACKETED = re.compile(r"\(([^()]{2,})\)")


@dataclass(frozen=True, slots=True)
class Target:
    """A listing reduced to what matching uses."""

    entry_id: str
    schema: str
    name: str
    programmes: tuple[str, ...]
    names: tuple[str, ...]
    birth_dates: frozenset[str]
    nationalities: frozenset[str]
    countries: frozenset[str]
    numbers: frozenset[str]
    details: Mapping[str, Any] = field(repr=False, compare=False)

    @property
    def is_person(self) -> bool:
        """Return True for a person (vessels and aircraft are matched as organisations)."""
        return self.schema == "person"


def target_of(entry: Mapping[str, Any]) -> Target:
    """Return the :class:`Target` of a stored entry (a row with decoded ``details``)."""
    details = entry["details"]
    names = [str(entry["name"]), *(n for n in details.get("names", []) if n != entry["name"])]
    if entry["schema"] != "person":
        # "MZKT (MINSK WHEEL TRACTOR PLANT)": the name in brackets is a name of its own
        for name in list(names):
            inside = _BRACKETED.findall(name)
            outside = _BRACKETED.sub(" ", name).strip()
            for extra in [outside, *inside]:
                if extra and extra not in names:
                    names.append(extra)
    numbers = {
        _DIGITS_OR_UPPER.sub("", str(i.get("number", "")).upper())
        for i in details.get("identifiers", [])
    }
    return Target(
        entry_id=str(entry["entry_id"]),
        schema=str(entry["schema"]),
        name=str(entry["name"]),
        programmes=tuple(p for p in str(entry["programmes"]).split("; ") if p),
        names=tuple(names[: _MAX_NAMES * 2]),
        birth_dates=frozenset(details.get("birth_dates", [])),
        nationalities=frozenset(details.get("nationalities", [])),
        countries=frozenset(details.get("countries", [])),
        numbers=frozenset(n for n in numbers if len(n) >= _MIN_NUMBER),
        details=details,
    )


@dataclass(frozen=True, slots=True)
class Match:
    """The decision for one target against a whole list: the best candidate, if any."""

    status: str  # listed, uncertain, not_listed
    score: float
    reasons: tuple[str, ...]
    other: Target | None = None

    @property
    def reason(self) -> str:
        """Return the reasons as one line."""
        return "; ".join(self.reasons)


@lru_cache(maxsize=500_000)
def _person_keys(name: str) -> frozenset[str]:
    # Given-name keys alone ("g:…") gather thousands of people; they are no block.
    return frozenset(k for k in name_keys(name) if not k.startswith("g:"))


@lru_cache(maxsize=200_000)
def _readings(name: str) -> tuple[ParsedName, ...]:
    return tuple(parse_name(name))


def _compare(left: str, right: str) -> Decision:
    """Return :func:`doorwatch.names.compare` of two names, each parsed once per run."""
    left_readings, right_readings = _readings(left), _readings(right)
    if not left_readings or not right_readings:
        return compare(left, right)
    return compare_readings(left_readings, right_readings)


class TargetIndex:
    """The targets of one list, indexed for finding candidates."""

    def __init__(self, targets: Iterable[Target]) -> None:
        self.targets = list(targets)
        self._keys: dict[str, set[int]] = defaultdict(set)
        self._words: dict[str, set[int]] = defaultdict(set)
        self._numbers: dict[str, set[int]] = defaultdict(set)
        for position, target in enumerate(self.targets):
            for number in target.numbers:
                self._numbers[number].add(position)
            for name in target.names:
                if target.is_person:
                    for key in _person_keys(name):
                        self._keys[key].add(position)
                else:
                    for word in set(distinctive(name)):
                        self._words[word].add(position)
                    self._keys["o:" + org_key(name)].add(position)

    def candidates(self, target: Target) -> set[int]:
        """Return the positions of the targets that may be ``target``."""
        found: set[int] = set()
        for number in target.numbers:
            found |= self._numbers.get(number, set())
        surname_only: set[int] = set()
        for name in target.names:
            if target.is_person:
                for key in _person_keys(name):
                    # a family name alone ("s:…") finds every namesake; it is used only when
                    # no key of given and family name together finds anyone
                    (surname_only if key.startswith("s:") else found).update(
                        self._keys.get(key, set())
                    )
            else:
                found |= self._keys.get("o:" + org_key(name), set())
        if not target.is_person:
            found |= self._org_candidates(target)
        elif not any(self.targets[p].is_person for p in found):
            found |= surname_only
        return {p for p in found if self.targets[p].is_person == target.is_person}

    def _org_candidates(self, target: Target) -> set[int]:
        # Organisations sharing the rarer words first: a word shared by few is worth more.
        votes: dict[int, float] = defaultdict(float)
        for word in {w for name in target.names for w in distinctive(name)}:
            posting = self._words.get(word, set())
            if len(word) >= 3 and len(posting) <= _MAX_POSTING:
                for position in posting:
                    votes[position] += 1 / len(posting)
        ranked = sorted(votes, key=lambda p: (-votes[p], p))
        return set(ranked[:_MAX_ORG_CANDIDATES])

    def best(self, target: Target) -> Match:
        """Return the best decision for ``target`` against this list."""
        best: Match | None = None
        for position in sorted(self.candidates(target)):
            other = self.targets[position]
            score, reasons = score_pair(target, other)
            if best is None or score > best.score:
                best = Match(_status(score), score, reasons, other)
        if best is None:
            return Match("not_listed", 0.0, ("no listing with a similar name or the same number",))
        if best.status == "not_listed":
            return Match(
                "not_listed",
                best.score,
                (f"nearest: {best.other.name if best.other else ''}", *best.reasons),
                best.other,
            )
        return best


def _status(score: float) -> str:
    if score >= LISTED:
        return "listed"
    if score >= UNCERTAIN:
        return "uncertain"
    return "not_listed"


def score_pair(left: Target, right: Target) -> tuple[float, tuple[str, ...]]:
    """Return the score (0..1) that ``left`` and ``right`` are one target, and the reasons."""
    shared = left.numbers & right.numbers
    if shared:
        return 1.0, (f"same document or register number {sorted(shared)[0]}",)
    if left.is_person:
        return _score_person(left, right)
    return _score_organisation(left, right)


def _best_name_pair(left: Sequence[str], right: Sequence[str]) -> tuple[float, tuple[str, ...]]:
    best_score = 0.0
    best_reasons: tuple[str, ...] = ("no names to compare",)
    # Only names that share a search key can be one spelling of one name; comparing the rest
    # (a Swedish transliteration against an alias in Arabic script) only costs time.
    pairs = [(a, b) for a in left for b in right if _person_keys(a) & _person_keys(b)]
    if not pairs and left and right:
        pairs = [(left[0], right[0])]
    for a, b in pairs:
        decision = _compare(a, b)
        if decision.score > best_score:
            best_score, best_reasons = decision.score, (f"{a} ~ {b}", *decision.reasons)
            if best_score >= 1.0:
                return best_score, best_reasons
    return best_score, best_reasons


def _score_person(left: Target, right: Target) -> tuple[float, tuple[str, ...]]:
    score, reasons = _best_name_pair(left.names, right.names)
    notes = list(reasons)
    if left.birth_dates and right.birth_dates:
        if left.birth_dates & right.birth_dates:
            date = sorted(left.birth_dates & right.birth_dates)[0]
            notes.append(f"same birth date {date}")
            score = min(1.0, score + (0.1 if len(date) == 10 else 0.05))
        elif {d[:4] for d in left.birth_dates} & {d[:4] for d in right.birth_dates}:
            notes.append("same birth year")
        elif score >= 0.95 and _years_apart(left.birth_dates, right.birth_dates) <= 1:
            # lists disagree on a birth year more often than two people share a full name
            notes.append("birth years one apart: the same full name, to review")
            score = min(score, 0.7)
        else:
            notes.append(
                "different birth dates: "
                f"{', '.join(sorted(left.birth_dates))} and {', '.join(sorted(right.birth_dates))}"
                " (a namesake or relative)"
            )
            score = min(score, _NAMESAKE_CAP)
    if left.nationalities and right.nationalities and not left.nationalities & right.nationalities:
        notes.append(
            f"different nationality: {', '.join(sorted(left.nationalities))} and "
            f"{', '.join(sorted(right.nationalities))}"
        )
        score = max(0.0, score - 0.1)
    return round(score, 3), tuple(notes)


def _years_apart(left: frozenset[str], right: frozenset[str]) -> int:
    years_left = {int(d[:4]) for d in left if d[:4].isdigit()}
    years_right = {int(d[:4]) for d in right if d[:4].isdigit()}
    if not years_left or not years_right:
        return 99
    return min(abs(a - b) for a in years_left for b in years_right)


def _score_organisation(left: Target, right: Target) -> tuple[float, tuple[str, ...]]:
    best, pair = 0.0, ("", "")
    for a in left.names:
        for b in right.names:
            similarity = org_similarity(a, b)
            if similarity > best:
                best, pair = similarity, (a, b)
                if best >= 1.0:
                    break
        if best >= 1.0:
            break
    if best >= 1.0:
        notes = [f"{pair[0]} ~ {pair[1]}: the same name once legal form and quotes are set aside"]
        score = 0.95
    else:
        notes = [f"{pair[0]} ~ {pair[1]}: distinctive words {best:.0%} alike"]
        score = best * 0.95
    if left.countries and right.countries:
        if left.countries & right.countries:
            notes.append(f"same country {sorted(left.countries & right.countries)[0]}")
            score = min(1.0, score + 0.04)
        else:
            notes.append("no country in common")
            score = max(0.0, score - 0.1)
    return round(score, 3), tuple(notes)
