"""A second target of a measure told with its own date and no verb of its own: "The US
designated Belaruskali in August 2021 and its trading arm Belarusian Potash (BPC) in
December"; "Belaruskali has been on the SDN list since August 2021 and its marketing arm
Belarusian Potash Co. since December 2021" (with or without what the second is). The verb, the power and the action are the
first target's; the date is the second's own. And a second power's ban on the same target,
told by where the target may not go either: "Belarusian carriers remain banned from EU airspace
and from UK airspace".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Sanction
from doorwatch.extract.dates import MONTH_PATTERN, find_dates
from doorwatch.extract.sanction_powers import fill_power, power_of
from doorwatch.extract.sentences import SentenceIndex

_WHEN: Final = (
    rf"(?:in|on|since)\s+(?:(?:early|late|mid-)\s*)?(?:\d{{1,2}}\s+)?{MONTH_PATTERN}"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d\d)?|(?:in|since)\s+(?:19|20)\d\d|"
    # ("… and the national airline Belavia last August", "… in August this year")
    rf"(?:last|this)\s+{MONTH_PATTERN}|in\s+{MONTH_PATTERN}\s+(?:this|last)\s+year"
)
# the first target's date, then "and" the second target (what it is, its name, an aside of
# its short name) and its own date, ending the clause
_SECOND_RE: Final = re.compile(
    # ("… since August 2023, and Belaruskali since August 2021": a comma may stand before "and")
    # ("sanctions on Belaruskali have been in force since 2021 and on Belavia since 2023": the
    # second's own preposition)
    # ("Belaruskali has been designated since August 2021, Belavia since August 2023": the
    # comma alone, "and" left out)
    # ("Potash has been under US sanctions since August 2021; Belavia since August 2023")
    # ("… in August 2021, a year after the election, and …": an aside of the first date)
    rf"\s(?:{_WHEN})(?:,\s+[a-z][^,.;:()\"“”]{{0,90}}(?=,\s+and\s))?(?:,?\s+and|,|;)\s+"
    # ("continues to apply sanctions to X, imposed in 2021, and to Y, in place since 2023")
    r"(?:(?:on|against|to)\s+)?"
    r"(?:(?:its|their|the)\s+(?:[a-z][\w-]*\s+){0,3}?)?"
    r"(?P<target>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*\.?){0,4}"
    # ("… since August 2023 and potash under US sanctions since August 2021": a common noun
    # only with its own measure told)
    # (not "… since June 2021 and placed under American sanctions": a verb, the first's again)
    r"|(?:[A-Z][\w-]*\s+)?(?![a-z]+ed\b|(?:put|kept|brought|came|fell|been|be)\b)[a-z][\w-]*"
    r"(?=\s+under\s))(?:\s*\([^()]{1,20}\))?"
    # ("and Belaruskali, the state potash producer, since August 2021": what it is, between
    # commas)
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,60},)?"
    r"(?:\s+under\s+(?P<under>(?:[A-Z][\w.]*\s+)?)(?:sanctions|restrictions|measures))?"
    rf",?\s+(?:(?:in\s+(?:place|force)|imposed|introduced)\s+)?(?P<when>{_WHEN})(?=\s*[.;,]|\s*$)"
)
# the second target after its own date: "lifted its sanctions on Belarusian potash (13
# December) and, in November, on the state airline Belavia"
_WHEN_FIRST_RE: Final = re.compile(
    rf"\s+and,?\s+(?P<when>{_WHEN}),\s+(?:on|against)\s+"
    r"(?:(?:its|their|the)\s+(?:[a-z][\w-]*\s+){0,3}?)?"
    r"(?P<target>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*\.?){0,4})(?=\s*[.;,]|\s*$)"
)
# a second target the power "added" to the first, with its own date before or after it:
# "has maintained sanctions on Belaruskali since 2021 and added the airline Belavia this
# August", "… since August 2021, and last August it added the state airline Belavia"
_ADDED: Final = (
    r"(?:,?\s+and|,)\s+(?:(?:then|later)\s+)?{when_first}(?:(?:it|they)\s+)?(?:also\s+)?"
    # ("… since August 2021 and placed the state airline Belavia under restrictions in …")
    r"(?P<placed>placed\s+|put\s+)?(?(placed)|added\s+)"
    r"(?:(?:its|their|the)\s+(?:[a-z][\w-]*\s+){{0,3}}?)?"
    r"(?P<target>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*\.?){{0,4}})"
    r"(?(placed)\s+under\s+(?:[A-Z][\w.]*\s+)?(?:restrictions|sanctions)|)"
    r"{when_after}(?=\s*[.;,]|\s*$)"
)
_ADDED_RES: Final = (
    re.compile(_ADDED.format(when_first=rf"(?P<when>{_WHEN}),?\s+", when_after="")),
    re.compile(_ADDED.format(when_first="", when_after=rf"\s+(?P<when>{_WHEN})")),
)
_PLACED_OR_ADDED_RE: Final = re.compile(r"\b(?:added|placed|put)\b")
# a second power's measure on the same target after the first's date: "Belavia has been barred
# from EU airspace since June 2021 and under US restrictions since August 2023"
_SECOND_POWER_RE: Final = re.compile(
    rf"\s(?:{_WHEN})(?:,?\s+and|;)\s+(?:also\s+)?under\s+(?P<under>[A-Z][\w.]*)\s+"
    rf"(?:sanctions|restrictions|measures)\s+(?P<when>{_WHEN})(?=\s*[.;,]|\s*$)"
)
# a second power's ban on the same target, told by where the target may not go either:
# "Belarusian carriers remain banned from EU airspace and from UK airspace"
_SECOND_BAN_RE: Final = re.compile(
    r"\s+and\s+(?:also\s+)?from\s+(?:the\s+)?(?P<power>[A-Z][\w.]*)\s+"
    r"(?:airspace|airports|skies|ports|roads|territory)\b"
)
_AND: Final = " and "
_YEAR_RE: Final = re.compile(r"\d{4}")


def _second_ban_power(masked: str, claim: Sanction, s_end: int) -> str | None:
    """Return the second power whose ban on ``claim``'s target its clause tells right after
    the first ban's own place ("banned from EU airspace and from UK airspace"), or None."""
    if (
        claim.action != "imposed"
        or claim.imposer is None
        or masked.find(" from ", claim.end, s_end) < 0
    ):
        return None
    ban = _SECOND_BAN_RE.search(masked, claim.end, s_end)
    if ban is None or (
        # (right after the first ban's own place, in the same clause)
        masked.find(" from ", claim.end, ban.start()) < 0
        or any(masked.find(mark, claim.end, ban.start()) >= 0 for mark in ",;:")
    ):
        return None
    power = fill_power(ban.group("power"))
    return power if power is not None and power != claim.imposer else None


def second_targets(
    masked: str, claims: list[Sanction], index: SentenceIndex, published: dt.date | None
) -> list[Sanction]:
    """Return a copy of each dated measure in ``claims`` for the second target its sentence
    names after its date with a date of its own, that target not already told in the same
    action, or for a second power's measure on the same target told the same way."""
    out: list[Sanction] = []
    told = {(c.action, c.target.lower()) for c in claims}
    for claim in claims:
        s_end = index.span(claim.start)[1]
        banning = _second_ban_power(masked, claim, s_end)
        if banning is not None:
            # (its own date only: "… since 2021 and from UK airspace as well" gives none)
            out.append(dataclasses.replace(claim, imposer=banning, date=None))
            continue
        if claim.date is None:
            continue  # (what follows reads a second target by its own date, after the first's)
        if not any(masked.find(sep, claim.end, s_end) >= 0 for sep in (_AND, ",", ";")):
            continue
        other = (
            _SECOND_POWER_RE.search(masked, claim.end, s_end)
            if claim.action == "imposed" and masked.find(" under ", claim.end, s_end) >= 0
            else None
        )
        power = fill_power(other.group("under")) if other is not None else None
        if other is not None and power is not None and power != claim.imposer:
            when = find_dates(masked, other.start("when"), other.end("when"), published)
            out.append(dataclasses.replace(claim, imposer=power, date=when[0][1] if when else None))
            continue
        found = _SECOND_RE.search(masked, claim.end, s_end) or _WHEN_FIRST_RE.search(
            masked, claim.end, s_end
        )
        if (
            found is None
            and claim.action == "imposed"
            and _PLACED_OR_ADDED_RE.search(masked, claim.end, s_end)
        ):
            found = next((m for r in _ADDED_RES if (m := r.search(masked, claim.end, s_end))), None)
        if found is None or power_of(found.group("target")) is not None:
            continue  # (not "… in 2021 and the EU in 2022": a second power, not a target)
        target = found.group("target")
        if (claim.action, target.lower()) in told:
            continue
        when = find_dates(masked, found.start("when"), found.end("when"), published) or (
            # ("and, in May, on …" after a date the brackets gave: the first date's year)
            find_dates(
                masked, found.start("when"), found.end("when"), dt.date(int(claim.date[:4]), 12, 31)
            )
        )
        date = when[0][1] if when else None
        if (
            date is not None
            and len(date) >= 7
            and not _YEAR_RE.search(found.group("when"))
            and not found.group("when").startswith(("last", "this"))
            and not found.group("when").endswith(("this year", "last year"))
        ):
            # ("… in August 2021 and … in December": the year of the first date; "last
            # August" and "in August this year" are the publication's)
            date = claim.date[:4] + date[4:]
        told.add((claim.action, target.lower()))
        power = fill_power(found.groupdict().get("under") or "") or claim.imposer
        out.append(
            dataclasses.replace(
                claim,
                target=target,
                imposer=power,
                date=date,
                start=found.start("target"),
                end=found.end("target"),
            )
        )
    return out
