"""Measures told in labelled entries: a line that names its target, a colon, then clauses
with no subject of their own, each one step of that target's measures, as ledgers, fact
sheets and timelines by target write them:

    What did the United States change in return?
    - Belarusian potash: under US sanctions since August 2021; sanctions lifted on 13 December 2025.
    - Belavia: designated in August 2023; restrictions eased in September 2025; remaining
      sanctions lifted in November 2025.

Each clause is one measure on the label's target, dated by its own date. Its power is the one
the clause names ("under US sanctions"), else the one power the lines just before the entries
name, else the one an earlier clause of the entry named; with none, the clause is not read
(whose measure it is would be a guess).
"""

from __future__ import annotations

import datetime as dt
import re

from doorwatch.extract.claims import Sanction, SanctionAction
from doorwatch.extract.dates import find_dates
from doorwatch.extract.sanction_powers import fill_power, power_of, powers_named

# "- Belavia: …", "• Belarusian potash: …": a label of at most six words, then its clauses
_ENTRY_RE = re.compile(
    r"(?m)^[ \t]*(?:[-•*–][ \t]+)?(?P<target>[A-Z][\w’'.&-]*(?:[ \t]+[\w’'.&-]+){0,5}?)"
    r"[ \t]*:[ \t]+(?P<clauses>[^\n]+)$"
)
_POWER_NAME = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
# one clause, from its start to the words before its date
_CLAUSE_RE = re.compile(
    # "under US sanctions since August 2021", "subject to EU restrictions since 2021"
    r"(?:still\s+)?(?:under|subject\s+to)\s+(?P<fill>(?:[A-Z][\w.]*\s+){0,2})"
    r"(?:sanctions|restrictions|measures)\s+since\b|"
    # "designated in August 2023", "first sanctioned by the US Treasury on 9 August 2023"
    r"(?:first\s+)?(?:designated|sanctioned|blacklisted)"
    rf"(?:\s+by\s+(?P<by>{_POWER_NAME}))?\s+(?:in|on|since)\b|"
    # "sanctions lifted on 13 December 2025", "remaining US sanctions lifted in November
    # 2025", "restrictions eased in September 2025 to allow servicing"
    r"(?P<noun>(?:(?:the|remaining|all|most|some|[A-Z][\w.]*)\s+){0,3}"
    r"(?:sanctions|restrictions|measures|ban|bans|listing)\s+)?"
    r"(?:(?P<lift>lifted|removed)|(?P<ease>eased|relaxed|loosened)|imposed|reimposed)"
    rf"(?:\s+by\s+(?P<step_by>{_POWER_NAME}))?\s+(?:in|on)\b"
)
_HEADER_LINES = 2  # how many lines before the first entry may name the entries' power
_VERBS_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says)\b")


def labelled_measures(masked: str, headed: str, published: dt.date | None) -> list[Sanction]:
    """Return the measures the labelled entries of ``masked`` tell, one per clause whose
    step and date it reads and whose power the clause or the lines before name (read in
    ``headed``, the same text with its title lines kept: "US measures at a glance")."""
    if ":" not in masked or (";" not in masked and "\n-" not in masked and "\n•" not in masked):
        return []
    out: list[Sanction] = []
    header_power: str | None = None
    last_end = -2
    for entry in _ENTRY_RE.finditer(masked):
        target = entry.group("target")
        if _VERBS_RE.search(target) or power_of(target) is not None:
            continue  # ("The ministry said: …", "EU: …": a sentence or a power, no target)
        if entry.start() != last_end + 1:
            # (the first of a run of entries: the lines above it name whose measures they are)
            header_power = _header_power(headed, entry.start())
        last_end = entry.end()
        out.extend(_clauses(masked, entry, header_power, published))
    return out


def _header_power(masked: str, start: int) -> str | None:
    """Return the one power the lines just before ``start`` name, or None."""
    begin = start
    for _ in range(_HEADER_LINES):
        begin = masked.rfind("\n", 0, max(0, begin - 1)) + 1
    powers = powers_named(masked, begin, start)
    return powers[0] if len(powers) == 1 else None


def _clauses(
    masked: str, entry: re.Match[str], header_power: str | None, published: dt.date | None
) -> list[Sanction]:
    """Return the measures of one entry's clauses, each on the entry's target."""
    out: list[Sanction] = []
    at = entry.start("clauses")
    end = entry.end("clauses")
    while at < end:
        stop = masked.find(";", at, end)
        stop = end if stop < 0 else stop
        while at < stop and masked[at] == " ":
            at += 1
        clause = _CLAUSE_RE.match(masked, at, stop)
        if clause is not None:
            # ("designated by the United States in August 2023; eased in September 2025":
            # a clause that names no power takes the one an earlier clause named)
            known = out[-1].imposer if out else header_power
            sanction = _measure(masked, entry, clause, stop, known, published)
            if sanction is not None:
                out.append(sanction)
        at = stop + 1
    return out


def _measure(
    masked: str,
    entry: re.Match[str],
    clause: re.Match[str],
    stop: int,
    known: str | None,
    published: dt.date | None,
) -> Sanction | None:
    """Return the measure one clause tells, its power the clause's own or else ``known``;
    None when it has no date or no power."""
    dates = find_dates(masked, clause.end(), stop, published)
    if not dates:
        return None
    action: SanctionAction = (
        "lifted" if clause.group("lift") else "eased" if clause.group("ease") else "imposed"
    )
    named = clause.group("by") or clause.group("step_by")
    power = (
        power_of(named) if named else fill_power(clause.group("fill") or clause.group("noun") or "")
    )
    power = power or known
    if power is None:
        return None
    target = entry.group("target")
    return Sanction(action, target, power, dates[0][1], entry.start("target"), entry.end("target"))
