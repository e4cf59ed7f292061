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
from typing import Final

from doorwatch.extract.claims import Sanction, SanctionAction
from doorwatch.extract.dates import MONTH_PATTERN, find_dates
from doorwatch.extract.line_patterns import line_matches
from doorwatch.extract.listing_asides import blank_asides
from doorwatch.extract.sanction_powers import fill_power, power_above, power_of

# "- Belavia: …", "• Belarusian potash: …": a label of at most six words, then its clauses
# ("> Belaruskali, the potash giant - sanctioned August 2021": what the label is, and a spaced
# dash for the colon)
_ENTRY_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:[-•*–>][ \t]+)?(?P<target>[A-Z][\w’'.&-]*(?:[ \t]+[\w’'.&-]+){0,5}?)"
    r"(?:,[ \t]+(?:the|its|a|an)[ \t]+[^,:\n]{1,40}?)?"
    r"(?:[ \t]*:|[ \t]+[-–—])[ \t]+(?P<clauses>[^\n]+)$"
)
# what stands between an entry's label and its clauses: a colon or a dash
_ENTRY_SEPARATORS: Final = (":", "-", "–", "—")
# when a clause's date follows its words with no preposition: "sanctioned August 2021",
# "designated (August 2021)"
_DATE_AHEAD: Final = rf"(?=\s+\(?(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|(?:19|20)\d\d))"
_POWER_NAME: Final = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}"
# one clause, from its start to the words before its date
_CLAUSE_RE: Final = re.compile(
    # "under US sanctions since August 2021", "subject to EU restrictions since 2021"
    r"(?:still\s+)?(?:under|subject\s+to)\s+(?P<fill>(?:[A-Z][\w.]*\s+){0,2})"
    rf"(?:sanctions|restrictions|measures)(?:\s+since\b|{_DATE_AHEAD})|"
    # "designated in August 2023", "first sanctioned by the US Treasury on 9 August 2023"
    r"(?:first\s+)?(?:designated|sanctioned|blacklisted)"
    rf"(?:\s+by\s+(?P<by>{_POWER_NAME}))?(?:\s+(?:in|on|since)\b|{_DATE_AHEAD})|"
    # "They had been in place since August 2021", "in force since 2021": the measure taken then
    r"(?:(?:They|It|These|Those)\s+(?:had|have|has)\s+been\s+)?in\s+(?:place|force)\s+since\b|"
    # "sanctions lifted on 13 December 2025", "remaining US sanctions lifted in November
    # 2025", "restrictions eased in September 2025 to allow servicing"
    r"(?P<noun>(?:(?:the|remaining|all|most|some|[A-Z][\w.]*)\s+){0,3}"
    r"(?:sanctions|restrictions|measures|ban|bans|listing)\s+)?"
    r"(?:(?P<lift>lifted|removed)|(?P<ease>eased|relaxed|loosened)|imposed|reimposed)"
    rf"(?:\s+by\s+(?P<step_by>{_POWER_NAME}))?(?:\s+(?:in|on)\b|{_DATE_AHEAD})"
)
# a clause of a power's entry, its target first: "- United States: Belaruskali designated
# (August 2021); Belavia under restrictions (August 2023)"
_SUBJECT_RE: Final = re.compile(
    r"(?P<subject>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|\([^()]{1,20}\)|of|and)){0,4})\s+"
)
_SEPARATORS: Final = (":", " - ", " – ", " — ")  # between a label and its clauses
# what opens an entry under another, past its indent
_ENTRY_MARKS: Final = ("-", "•", ">")
_AND: Final = ", and "  # before a clause of its own
_SENTENCE_STOP_RE: Final = re.compile(r"(?<=[a-z0-9)])\.(?=\s+[A-Z])")
_VERBS_RE: Final = re.compile(r"\b(?:is|are|was|were|has|have|had|said|says)\b")


def labelled_measures(headed: str, published: dt.date | None) -> list[Sanction]:
    """Return the measures the labelled entries of ``headed`` (the masked text with its title
    lines kept: entries end with no full stop, and a title names whose they are, "US measures
    at a glance") tell, one per clause whose step and date it reads and whose power the clause
    or the lines before name."""
    if not any(mark in headed for mark in _SEPARATORS) or not _holds_runs(headed):
        return []
    # (read with the brackets that date a listing blanked, as the other measures are)
    masked = blank_asides(headed)
    out: list[Sanction] = []
    header_power: str | None = None
    last_end = -2
    for entry in line_matches(_ENTRY_RE, masked, needs=_ENTRY_SEPARATORS):
        label = entry.group("target")
        if _VERBS_RE.search(label):
            continue  # ("The ministry said: …": a sentence, not a label)
        if entry.start() != last_end + 1:
            # (the first of a run of entries: the lines above it name whose measures they are)
            header_power = power_above(masked, entry.start())
        last_end = entry.end()
        power = power_of(label)
        # ("- EU: …": a power's entry, each clause naming its own target)
        out.extend(_clauses(masked, entry, power or header_power, published, power is not None))
    return out


def _holds_runs(text: str) -> bool:
    """Return True when ``text`` holds clauses after one another (a semicolon) or entries under
    one another (a line that opens with a dash, a bullet or ">", indented or not)."""
    # (plain searches: a pattern over the whole text costs several times as much)
    if ";" in text:
        return True
    at = text.find("\n")
    while at >= 0:
        opening = text[at + 1 : at + 9].lstrip(" \t")
        if opening[:1] in _ENTRY_MARKS:
            return True
        at = text.find("\n", at + 1)
    return False


def _clauses(
    masked: str,
    entry: re.Match[str],
    header_power: str | None,
    published: dt.date | None,
    by_power: bool,
) -> list[Sanction]:
    """Return the measures of one entry's clauses, each on the entry's target, or on the
    clause's own first words when the entry is a power's (``by_power``)."""
    out: list[Sanction] = []
    at = entry.start("clauses")
    end = entry.end("clauses")
    while at < end:
        stop = _clause_end(masked, at, end)
        while at < stop and masked[at] == " ":
            at += 1
        target: tuple[int, int] | None = (entry.start("target"), entry.end("target"))
        clause = None
        if by_power:
            subject = _SUBJECT_RE.match(masked, at, stop)
            target = subject.span("subject") if subject else None
            if subject is not None and power_of(subject.group("subject")) is None:
                clause = _CLAUSE_RE.match(masked, subject.end(), stop)
        else:
            clause = _CLAUSE_RE.match(masked, at, stop)
        if clause is not None and target is not None:
            # ("designated by the United States in August 2023; eased in September 2025":
            # a clause that names no power takes the one an earlier clause named)
            known = out[-1].imposer if out and not by_power else header_power
            sanction = _measure(masked, target, clause, stop, known, published)
            if sanction is not None:
                out.append(sanction)
        at = stop + (len(_AND) if masked.startswith(_AND, stop) else 1)
    return out


def _clause_end(masked: str, at: int, end: int) -> int:
    """Return where the clause that starts at ``at`` ends: at a semicolon, a full stop that
    ends a sentence, or ", and" before a clause of its own, whichever comes first; else ``end``."""
    stop = masked.find(";", at, end)
    stop = end if stop < 0 else stop
    # ("sanctions lifted on 13 December 2025. They had been in place since August 2021."; not
    # the stop of "U.S. Treasury", after a capital)
    sentence = _SENTENCE_STOP_RE.search(masked, at, stop)
    if sentence is not None:
        stop = sentence.start()
    # ("restrictions eased on 11 September 2025 (for parts), and the remaining sanctions
    # lifted in November 2025")
    joined = masked.find(_AND, at, stop)
    return joined if joined >= 0 else stop


def _measure(
    masked: str,
    target: tuple[int, int],
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
    start, end = target
    return Sanction(action, masked[start:end], power, dates[0][1], start, end)
