"""The strings every match of a pattern holds, read from the pattern itself.

Most of the windows a shape is tried in hold no match of it: the shape is tried wherever one of
its group's words stands, and reads a long way around it. Where each match must hold one of a
few plain strings (a verb from a short list, "sanctions" or "restrictions" after the target), a
plain search for them (``word_gates.any_in``) passes over the window for a small part of the
pattern's cost. ``required_literals`` finds such strings in the pattern's parsed form, so that
no list is written by hand beside the pattern and none goes stale when the pattern changes.

Only what a match consumes counts: nothing a look-around reads (it may stand outside the
window), nothing in a part that may be skipped (repeated from zero times) and nothing matched
without regard to case. An alternation gives strings only when each of its branches does, and
then all of them together.

The parsed form is the standard library's own (``re._parser``, the parser ``re.compile`` uses).
Were it ever to change shape, every pattern gets no strings, and the shapes are tried in every
window as before: slower, never with another answer.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

from doorwatch.extract.word_gates import needles

try:
    _PARSER: Any = importlib.import_module("re._parser")
    _OPS: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - an interpreter whose parser moved
    _PARSER = None
    _OPS = None

# A set of strings one of which every match holds.
_Candidates = list[frozenset[str]]


def _candidates(items: Any, ignore_case: bool) -> _Candidates:
    """Return the sets of strings found in the parsed sequence ``items`` (any one of the sets
    may serve: every match of the sequence holds a string of each)."""
    out: _Candidates = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(frozenset(("".join(run),)))
            run.clear()

    for op, arg in items:
        if not ignore_case and op is _OPS.LITERAL:
            run.append(chr(arg))
            continue
        if not ignore_case and op is _OPS.IN and len(arg) == 1 and arg[0][0] is _OPS.LITERAL:
            run.append(chr(arg[0][1]))  # a class of one character ("[.]")
            continue
        flush()
        if op is _OPS.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not (
                del_flags & re.IGNORECASE
            )
            out.extend(_candidates(sub.data, case))
        elif op is _OPS.ATOMIC_GROUP:
            out.extend(_candidates(arg.data, ignore_case))
        elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, _OPS.POSSESSIVE_REPEAT):
            least, _most, sub = arg
            if least >= 1:
                out.extend(_candidates(sub.data, ignore_case))
        elif op is _OPS.BRANCH:
            union: set[str] = set()
            for branch in arg[1]:
                best = _best(_candidates(branch.data, ignore_case), most=64, shortest=1)
                if best is None:
                    break
                union |= best
            else:
                out.append(frozenset(union))
        # (anything else, a look-around among them, consumes no string that a match must hold)
    flush()
    return out


def _best(candidates: _Candidates, most: int, shortest: int) -> frozenset[str] | None:
    """Return the set that a plain search tells apart best: the longest shortest string (up to
    six characters, past which length hardly matters), then the fewest strings; None when no
    set has at most ``most`` strings all at least ``shortest`` long."""
    fitting = [
        found
        for found in candidates
        if found and len(found) <= most and min(len(s) for s in found) >= shortest
    ]
    if not fitting:
        return None
    return max(fitting, key=lambda found: (min(min(len(s) for s in found), 6), -len(found)))


@cache
def required_literals(
    pattern: re.Pattern[str], most: int = 8, shortest: int = 3
) -> tuple[str, ...]:
    """Return up to ``most`` strings, each at least ``shortest`` long, one of which every match
    of ``pattern`` holds; an empty tuple when the pattern gives none.

    The strings are sorted, without those that hold another of them (``word_gates.needles``).
    """
    if _PARSER is None:
        return ()
    try:
        parsed = _PARSER.parse(pattern.pattern, pattern.flags)
        found = _best(_candidates(parsed.data, bool(pattern.flags & re.IGNORECASE)), most, shortest)
    except (AttributeError, TypeError, ValueError):  # pragma: no cover - see the module's text
        return ()
    if found is None:
        return ()
    return needles(sorted(found))
