"""Sanctions told in a table: a header whose cells say which column gives the power that took
a measure ("Imposer", "Jurisdiction"), which its targets ("Main new targets", "Measure") and
which its date ("Date"), over rows that fill them in:

    Date     Imposer             Measure
    2 Oct    European Union      asset freezes, travel bans: 40 officials, incl. Yury Karayeu

A row gives one measure for each power its power cell names and each target its target cell
names (counts of those listed without their names, "+ 29 officials", are left out). The
column words are ``sanction_columns`` in ``data/extract/tables.yaml``. A row is imposed
unless its own words lift or ease the measure.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction, SanctionAction
from doorwatch.extract.dates import find_dates
from doorwatch.extract.sanction_powers import power_above, powers_of
from doorwatch.extract.sanction_shapes import EASE, LIFT
from doorwatch.extract.target_lists import is_counted_group, is_group, split_targets
from doorwatch.extract.text_tables import may_hold_table, table_rows

_COLUMNS: Final = tuple(lx.table("tables", "sanction_columns").items())
_DIGIT_RE: Final = re.compile(r"\d")
_ONLY_MEASURE_RE: Final = re.compile(r"(?:[a-z-]+\s+)?(?:measures|sanctions|restrictions|listings)")
# an aside in a cell of powers: "UK and Canada (jointly)"
_ASIDE_RE: Final = re.compile(r"\s*\([^)]*\)")
# the parts of a target cell: "Belaruskali; Grodno Azot", "entry bans: X + 29 officials",
# "40 officials, incl. X" (what is named after "incl." is a target of the same measure)
# (not "incl. for Boeing aircraft": what a step covers, no target of its own)
_PART_SPLIT_RE: Final = re.compile(
    r"\s*(?:;|\+|\bincl(?:uding|\.)(?!\s+(?:for|in|on|to|by|with|from)\b)|\bamong\s+them\b)\s*"
)
# a measure's kind before its targets: "entry bans: ", "asset freezes, travel bans: "
_KIND_LABEL_RE: Final = re.compile(r"^[^:A-Z]{1,60}:\s*")
# the measure's own words before what it hits: "import ban on", "sectoral curbs on"
# ("Airspace and airport ban for Belarusian carriers": a cell opens with a capital)
_MEASURE_WORDS_RE: Final = re.compile(
    r"^(?:[A-Za-z-]+\s+){0,3}?(?:bans?|embargo(?:es)?|freezes?|curbs|restrictions|sanctions|"
    # ("Sanctions imposed on Belarusian potash": the step's participle between)
    r"prohibitions?|tariffs|measures)\s+(?:(?:imposed|introduced|adopted)\s+)?(?:on|against|to|for)\s+"
    # ("Closure of EU airspace and airports to Belarusian carriers")
    r"|^closure\s+of\s+[^,;:]{1,60}?\s+to\s+",
    # ("Restrictions on imports of …": a cell opens with a capital)
    re.IGNORECASE,
)
# a measure named after its target ("Belavia designation (SDN)"): the target before it
_MEASURE_AFTER_RE: Final = re.compile(
    r"\s+(?:designation|listing|sanctions|asset\s+freeze)(?:\s*\([^()]*\))?$"
)
# a legal act that a row cites, no target ("E.O. 14038", "Regulation 2021/1030")
_LEGAL_ACT_RE: Final = re.compile(
    r"(?:E\.\s?O\.|Executive\s+Order|Regulation|Decision|Decree|Resolution)\s+(?:No\.?\s*)?\d"
)
# the words of a step in a cell besides lifting and easing, after its target or before it
# ("Belavia added to the SDN list", "Belavia permitted to service its fleet")
_STEP_VERBS: Final = (
    r"imposed|listed|delisted|designated|sanctioned|blacklisted|banned|barred|stopped|halted|"
    r"suspended|added|permitted|allowed|authori[sz]ed"
)
# what was done, after the target: "Belavia: sanctions lifted", "potash sanctions lifted"
_STEP_AFTER_RE: Final = re.compile(
    r"(?::\s*|\s+)(?:(?:sanctions|measures|restrictions|ban)\s+)?"
    # ("Belavia placed under restrictions")
    # ("Belarusian airlines banned from EU airspace", "transit of potash through its port
    # stopped")
    rf"(?:{LIFT}|{EASE}|{_STEP_VERBS}|restricted|(?:placed|put)\s+(?:under|on)\b)\b.*$"
)
# what was done, before the target: "halted potash transit via Klaipeda", "eased Belavia
# sanctions (parts, servicing)"
_STEP_BEFORE_RE: Final = re.compile(rf"^(?:{LIFT}|{EASE}|{_STEP_VERBS})\s+(?=[A-Za-z])")
# a cell that gives a year alone ("| 2021 |")
_YEAR_CELL_RE: Final = re.compile(r"\s*(?P<year>(?:19|20)\d\d)\s*")
_LIFT_RE: Final = re.compile(rf"\b(?:{LIFT})\b", re.IGNORECASE)
_EASE_RE: Final = re.compile(rf"\b(?:{EASE}|licen[cs]e)\b", re.IGNORECASE)
# ("| Belavia designation (SDN) | US Treasury | August 2023 |": a table of listings or bans
# that never says "sanctions"; the header's columns of powers and targets decide)
_TOPIC_WORDS: Final = (
    "anction", "ANCTION", "estrictive measures", "asset freeze", "designation", "embargo",
    "airspace",
)  # fmt: skip
# the columns that give the date of each step, and the step
_STEPS: Final[dict[str, SanctionAction]] = {
    "imposed": "imposed",
    "eased": "eased",
    "lifted": "lifted",
}


def table_sanctions(text: str, published: dt.date | None) -> list[Sanction]:
    """Return the measures the sanctions tables of ``text`` give, one for each power and
    target of a row, with the row's date."""
    if not may_hold_table(text) or not any(text.find(word) >= 0 for word in _TOPIC_WORDS):
        return []
    out: list[Sanction] = []
    for row in table_rows(text, _COLUMNS, _is_header):
        out.extend(_row_sanctions(text, {role: cells[0] for role, cells in row.items()}, published))
    return out


def untold_rows(rows: list[Sanction], told: list[Sanction]) -> list[Sanction]:
    """Return the measures of ``rows`` that no claim of ``told`` gives already: a table that
    sums up what the prose told ("| August 2021 | Potash | Imposed |" under "imposed sanctions
    on Belarusian potash in August 2021") tells each measure once. A claim gives a row's
    measure when it takes the same step, by the same power or an unnamed one, on a target
    that shares a word with the row's, on a date that agrees with the row's (the same, one
    within the other, or either unknown)."""
    out: list[Sanction] = []
    for row in rows:
        words = set(row.target.lower().split())
        if not any(
            claim.action == row.action
            and (claim.imposer is None or claim.imposer == row.imposer)
            and not words.isdisjoint(claim.target.lower().split())
            and _dates_agree(claim.date, row.date)
            for claim in told
        ):
            out.append(row)
    return out


def _dates_agree(one: str | None, other: str | None) -> bool:
    """Return True when two dates may be the same day: equal, one within the other
    ("2021-08" and "2021-08-09"), or either unknown."""
    return one is None or other is None or one.startswith(other) or other.startswith(one)


def _is_header(kinds: list[str | None]) -> bool:
    """Return True when a header's cells, by their kinds ("imposer", "target", "date",
    "action" or a step's date), give a column of targets and one of powers, of the dates
    of a step ("Measure | Imposed | Eased | Lifted", whose power the title above names), or
    of dated steps ("Date | Measure | Action", the same)."""
    if "target" not in kinds:
        # ("Date | Step" over "| August 2023 | Belavia restrictions imposed |": each row's
        # measure and what was done to it, in one cell's own words)
        return "date" in kinds and "action" in kinds and "imposer" not in kinds
    return (
        "imposer" in kinds
        or any(k in _STEPS for k in kinds)
        # ("Date | Measure | Action" under "SANCTIONS TIMELINE (United States)"; "Date | US
        # measure", the step in the measure's own words)
        or "date" in kinds
        # ("US measure | What happened": the steps of each measure, dated in their cell)
        or "action" in kinds
    )


def _row_sanctions(
    text: str, row: dict[str, tuple[int, int]], published: dt.date | None
) -> list[Sanction]:
    """Return the measures of one row of a sanctions table, its cells given by role."""
    if "target" not in row:
        if "action" not in row:
            return []
        # (a step told in its own words names its target: "Belavia restrictions imposed")
        row = {"target" if role == "action" else role: cell for role, cell in row.items()}
    if "imposer" in row:
        powers = cell_powers(text[slice(*row["imposer"])])
    elif any(step in row for step in _STEPS):
        return _step_sanctions(text, row, published)
    else:
        # (a timeline of one power's steps: the power the lines just above name)
        above = power_above(text, row["target"][0])
        powers = [above] if above is not None else []
    if not powers:
        return []
    if "action" in row and "date" not in row and "imposer" not in row:
        return _history_sanctions(text, row, powers, published)
    date = _cell_date(text, row["date"], published) if "date" in row else None
    a, b = row["target"]
    if date is None and "date" not in row:
        # ("| Halt of transit through Klaipeda (since Feb 2022) | Lithuania |": the date an
        # aside in the target's cell gives, when no column does)
        aside = _ASIDE_RE.search(text, a, b)
        when = find_dates(text, *aside.span(), published, later=False) if aside else []
        date = when[0][1] if when else None
    if date is None and "action" in row:
        # ("| Belavia | United States | eased, September |": the step's month in its cell)
        when = find_dates(text, *row["action"], published, later=False)
        date = when[0][1] if when else None
    # ("| August 2023 | Belavia | Lifted |": the step a column of its own tells)
    said = " " + text[slice(*row["action"])] if "action" in row else ""
    action = _said_action(text[a:b] + said)
    out: list[Sanction] = []
    for target in cell_targets(text[a:b]):
        at = text.find(target, a, b)
        span = (at, at + len(target)) if at >= 0 else (a, b)
        out.extend(Sanction(action, target, power, date, *span) for power in powers)
    return out


def _history_sanctions(
    text: str, row: dict[str, tuple[int, int]], powers: list[str], published: dt.date | None
) -> list[Sanction]:
    """Return the measures of a row that gives a measure, dated in brackets, and what
    happened to it since ("| Belavia sanctions (August 2023) | Eased in September 2025;
    remaining sanctions lifted in November 2025 |"): the measure imposed on its date, then each
    step its second cell tells, on the step's date; a step with no date of its own is left
    out."""
    a, b = row["target"]
    targets = cell_targets(text[a:b])
    out: list[Sanction] = []
    aside = _ASIDE_RE.search(text, a, b)
    when = find_dates(text, *aside.span(), published, later=False) if aside else []
    if when:
        out.extend(Sanction("imposed", t, p, when[0][1], a, b) for t in targets for p in powers)
    for step in _STEP_PART_RE.finditer(text, *row["action"]):
        action = _said_action(step.group())
        dated = find_dates(text, *step.span(), published, later=False)
        if dated and (action != "imposed" or not when):
            out.extend(Sanction(action, t, p, dated[0][1], a, b) for t in targets for p in powers)
    return out


# the steps of a measure's history in one cell: "Eased in September 2025; remaining sanctions
# lifted in November 2025"
_STEP_PART_RE: Final = re.compile(r"[^;|\n]+")


def _said_action(said: str) -> SanctionAction:
    """Return the step a row's words tell: lifted or eased when they say so, else imposed."""
    return "lifted" if _LIFT_RE.search(said) else "eased" if _EASE_RE.search(said) else "imposed"


def _cell_date(text: str, cell: tuple[int, int], published: dt.date | None) -> str | None:
    """Return the date a table's date cell gives: a written date, or a year alone ("2021",
    which outside a table would as often be a count)."""
    when = find_dates(text, *cell, published, later=False)
    if when:
        return when[0][1]
    year = _YEAR_CELL_RE.fullmatch(text, *cell)
    return year["year"] if year is not None else None


def cell_powers(cell: str) -> list[str]:
    """Return the powers a table's cell of powers names, its asides in brackets left out
    ("UK and Canada (jointly)", "Lithuania (transit restriction)")."""
    return powers_of(_ASIDE_RE.sub("", cell))


def cell_targets(cell: str) -> list[str]:
    """Return the targets a table's target cell names: each part of it less the measure's
    kind and words, split into its items, counts of those not named and legal acts left out."""
    out: list[str] = []
    for part in _PART_SPLIT_RE.split(_KIND_LABEL_RE.sub("", _ASIDE_RE.sub("", cell))):
        part = _STEP_BEFORE_RE.sub("", part.strip(" ,."))
        part = _STEP_AFTER_RE.sub("", _MEASURE_WORDS_RE.sub("", part))
        part = _MEASURE_AFTER_RE.sub("", part)
        if (
            not part
            or _DIGIT_RE.match(part)
            # ("Belavia, remaining measures": the measure's own words, after its target)
            or _ONLY_MEASURE_RE.fullmatch(part)
            or _LEGAL_ACT_RE.match(part)
            or is_counted_group(part)
            or is_group(part)
        ):
            continue
        for target in split_targets(part):
            if (
                target
                and not _DIGIT_RE.match(target)
                and not _ONLY_MEASURE_RE.fullmatch(target)
                and target not in out
            ):
                out.append(target)
    return out


def _step_sanctions(
    text: str, row: dict[str, tuple[int, int]], published: dt.date | None
) -> list[Sanction]:
    """Return the measures of one row of a timeline whose columns give the date of each step
    ("Belavia | August 2023 | 11 Sept 2025 | November 2025"), one for each dated step, by
    the one power the lines just above the table name; none when they name none or several."""
    a, b = row["target"]
    power = power_above(text, a)
    if power is None:
        return []
    out: list[Sanction] = []
    for step, action in _STEPS.items():
        if step in row:
            when = find_dates(text, *row[step], published, later=False)
            if when:
                out.extend(
                    Sanction(action, target, power, when[0][1], a, b)
                    for target in cell_targets(text[a:b])
                )
    return out
