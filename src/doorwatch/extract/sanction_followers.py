"""Measures a second power repeats without naming them again: "In March 2022 Brussels banned
imports of Belarusian steel, and Britain did the same later that year"; "The EU banned
Belarusian timber, and the United Kingdom followed within months"; and the first of two steps
one power took on the same measure: "the United States eased and then lifted its sanctions on
Belavia"; a target a later clause adds ("… and added Lukashenko himself in November"), and the
members an aside names after a measure on their group ("placed dozens of Belarusian companies
on its national sanctions list, including the fertiliser maker Grodno Azot").

The follower takes the measures its sentence (or the one before) reported, each with the
follower as the power, dated by what the follower's own words say of when.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Final

from doorwatch.extract.claims import Sanction, SanctionAction, measure_keys
from doorwatch.extract.dates import MONTH_PATTERN, find_dates
from doorwatch.extract.sanction_powers import power_of
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.word_gates import any_in

# (the follower opens its clause: after ", and", a semicolon or a sentence's start)
_FOLLOWED_RE: Final = re.compile(
    r"(?:,\s+and\s+|;\s+|(?<=[.!?])\s+|^)"
    r"(?P<power>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})(?:\s*,\s*too\s*,)?\s+"
    r"(?:later\s+|soon\s+|quickly\s+|also\s+)?"
    r"(?P<verb>did\s+(?:the\s+same|likewise)|followed\s+suit|followed"
    # ("followed within months", "followed in June": a bare "followed" needs its time)
    r"(?=\s+(?:within|in|on|later|that|weeks|months|days|a\s+(?:day|week|month|year))\b))"
)
# "…, although the European Union has kept its own ban in place", "The European Union's ban
# remains in place": another power's ban on the same target, told without it, in force (not
# "its own measures": a whole programme, whatever its targets)
_KEPT_OWN_RE: Final = re.compile(
    r"(?:,\s+(?:and|but|although|though|while|whereas)\s+|;\s+|(?<=[.!?])\s+|^)"
    r"(?P<power>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
    r"(?P<verb>[’']s\s+(?:own\s+)?(?:ban|embargo)\s+"
    r"(?:remains?|stays?)(?:\s+(?:firmly|fully|still))?\s+in\s+(?:place|force|effect)|"
    r"\s+(?:has|have)\s+(?:so\s+far\s+)?kept\s+(?:its|their)\s+own\s+"
    r"(?:ban|embargo)(?:\s+in\s+place)?)\b"
)
_KEPT_WORDS: Final = (" in place", " kept its own", " kept their own")
# "Belavia has been banned from EU airspace since 2021 and, since August 2023, has also been
# under US sanctions": the subject's second measure, another power's, told by its predicate
_ALSO_UNDER_RE: Final = re.compile(
    r",?\s+and,?\s+(?:since\s+[^,.;:()]{1,30},\s+)?"
    r"(?P<verb>(?:has|have)\s+(?:also\s+)?been\s+(?:on|under)\s+(?:the\s+)?)"
    r"(?P<power>[A-Z][\w.]*)\s+(?:sanctions|restrictions)\b"
)
_ALSO_UNDER_WORDS: Final = (" been under ", " been on ")
# "later that year": the year of the measure followed
_THAT_YEAR_RE: Final = re.compile(r"\s+(?:later\s+|earlier\s+)?that\s+year\b")
_YEAR_RE: Final = re.compile(r"\b(?:19|20)\d\d\b")
_FOLLOW_WORDS: Final = ("did the same", "did likewise", "followed")
_POWER_REACH: Final = 60  # the follower's name and what stands between it and its verb


def followed_measures(
    masked: str, claims: list[Sanction], index: SentenceIndex, published: dt.date | None
) -> list[Sanction]:
    """Return the measures another power took by following those in ``claims`` ("…, and
    Britain did the same later that year"): a copy of each measure told in the follower's
    sentence before it (or, when none, in the sentence before), with the follower as its power
    and the follower's own date; the measures already told of that power are left out."""
    if not claims:
        return []
    out: list[Sanction] = []
    told = measure_keys(claims)
    for found in _follows(masked) + _kept_own(masked) + _also_under(masked):
        follower = power_of(found.group("power"))
        if follower is None:
            continue
        s_index = index.index(found.start("power"))
        if s_index < 0:
            continue
        s_start, s_end = index.spans[s_index]
        followed = [c for c in claims if s_start <= c.start < found.start("power")]
        if not followed and s_index > 0:
            p_start = index.spans[s_index - 1][0]
            followed = [c for c in claims if p_start <= c.start < s_start]
        after = found.end()
        also = found.re is _ALSO_UNDER_RE
        # ("in August" after "in June 2021": counted from the dates told before it; "and,
        # since August 2023, has also been under …": its own date, told in its clause)
        own = find_dates(masked, found.start() if also else after, s_end, published)
        kept = found.re is _KEPT_OWN_RE
        if kept:
            # (the measure followed is the one a relief ended or a measure told: its target)
            followed = [dataclasses.replace(c, action="imposed") for c in followed]
        for claim in followed:
            key = (claim.action, claim.target.lower(), follower)
            if claim.imposer == follower or key in told:
                continue
            told.add(key)
            date: str | None
            if kept:
                date = None
            elif also:
                date = own[0][1] if own else None
            elif own:
                told_date = own[0][1]
                if claim.date is not None and not _YEAR_RE.search(masked, after, s_end):
                    # ("Canada followed suit in August", after "in June 2021"): the year of
                    # the measure followed, not of the text
                    told_date = claim.date[:4] + told_date[4:]
                date = told_date
            elif claim.date is not None and _THAT_YEAR_RE.match(masked, after):
                date = claim.date[:4]
            else:
                date = None
            out.append(
                dataclasses.replace(
                    claim,
                    imposer=follower,
                    date=date,
                    start=found.start("power"),
                    end=found.end("verb"),
                )
            )
    return out


def _follows(masked: str) -> list[re.Match[str]]:
    """Return where a power follows ("…, and Britain did the same"), found from the verb's
    words (a pattern over the whole text would cost more than the rest of this module)."""
    return _found_at_words(masked, _FOLLOW_WORDS, _FOLLOWED_RE, _POWER_REACH, 40)


def _kept_own(masked: str) -> list[re.Match[str]]:
    """Return where a power keeps its own measure on the target just told ("…, although the
    EU has kept its own ban in place", "The EU's ban remains in place"), found from plain
    searches for their words."""
    return _found_at_words(masked, _KEPT_WORDS, _KEPT_OWN_RE, _POWER_REACH + 40, 20)


def _also_under(masked: str) -> list[re.Match[str]]:
    """Return where the subject of a measure just told is said to be under another power's
    measures too ("… and, since August 2023, has also been under US sanctions")."""
    return _found_at_words(masked, _ALSO_UNDER_WORDS, _ALSO_UNDER_RE, 60, 40)


def _found_at_words(
    masked: str, words: tuple[str, ...], pattern: re.Pattern[str], before: int, after: int
) -> list[re.Match[str]]:
    """Return the matches of ``pattern`` (read ``before`` characters before each of ``words``
    and ``after`` past it) whose verb holds the word, once each, in the text's order."""
    found: dict[int, re.Match[str]] = {}
    for word in words:
        at = masked.find(word)
        while at >= 0:
            match = pattern.search(masked, max(0, at - before), at + len(word) + after)
            if match is not None and match.start("verb") <= at < match.end("verb"):
                found.setdefault(match.start(), match)
            at = masked.find(word, at + len(word))
    return [found[start] for start in sorted(found)]


# "eased and then lifted its sanctions on Belavia": a first step told by its verb alone, before
# the verb that names the measure (read inside the lift's own words)
# ("first eased and then, in November 2025, fully lifted its sanctions on X": when, and how
# far, between the two verbs; "suspended and later lifted its ban on X")
_EASED_FIRST_RE: Final = re.compile(
    # ("first eased, then lifted, its restrictions on X": the second step after a comma)
    r"\b(?:eased|relaxed|loosened|softened|suspended)(?:\s+and\s+(?:then|later|subsequently|"
    r"eventually)?|\s*,\s*(?:and\s+)?(?:then|later|subsequently|eventually))\s*,?(?:\s*(?:in|on|by|from|at)\s+[^,.;:()\"“”]{1,30},)?\s*"
    r"(?:fully\s+|finally\s+|completely\s+|formally\s+)?(?:lifted|removed|scrapped|dropped|ended)\b"
)


_LATER_TARGET_WORDS: Final = (" and", " before ")


def eased_first(masked: str, claims: list[Sanction]) -> list[Sanction]:
    """Return the other step of each lift or easing in ``claims`` whose verbs tell both
    ("eased and then lifted its sanctions on X", "first eased, then lifted, its restrictions
    on X"): a copy of the lift as eased, or of the easing as lifted, undated; none where that
    step is already told."""
    told = measure_keys(claims)
    out: list[Sanction] = []
    for claim in claims:
        if claim.action not in ("lifted", "eased") or (
            masked.find(" and ", claim.start, claim.end) < 0
            and masked.find(" then ", claim.start, claim.end) < 0
        ):
            continue
        steps = _EASED_FIRST_RE.search(masked, claim.start, claim.end)
        if steps is None:
            continue
        # (the target as written, or the description it was named by: "… fully lifted its
        # sanctions on the national airline, Belavia")
        at = masked.find(claim.target, steps.end(), claim.end)
        if any_in(masked, steps.end(), at if at >= 0 else claim.end, _LATER_TARGET_WORDS):
            # ("… on Belavia and, in December, on potash", "… on Belavia before lifting its
            # sanctions on potash": a later target of its own)
            continue
        other: SanctionAction = "eased" if claim.action == "lifted" else "lifted"
        key = (other, claim.target.lower(), claim.imposer)
        if key not in told:
            told.add(key)
            out.append(dataclasses.replace(claim, action=other, date=None))
    return out


# "In September the US eased the sanctions on Belavia; in November it lifted the rest of
# them": a lift of what a step just told left in place, its target that step's
_REST_RE: Final = re.compile(
    r"\b(?P<verb>(?:lifted|removed|scrapped|dropped|ended)\s+(?:what\s+(?:remained|was\s+left)|"
    r"the\s+(?:rest|remainder)|the\s+remaining\s+(?:ones|measures|sanctions|restrictions)))"
    # ("… and lifted the rest of them in November": the lift's own date after)
    r"(?:\s+of\s+(?:them|the\s+(?:sanctions|restrictions|measures)))?"
    r"(?=\s*[,.;:]|\s+(?:and|last|this|that)\b|\s+in\s+(?:[A-Z]|\d)|$)"
)
_REST_DATE_REACH: Final = 20  # how far after "lifted the rest" its own date may stand
_REST_WORDS: Final = (
    "what remained",
    "what was left",
    "the rest",
    "the remainder",
    "the remaining ",
)


def lifted_rest(
    masked: str, claims: list[Sanction], index: SentenceIndex, published: dt.date | None
) -> list[Sanction]:
    """Return the lifts of what an earlier step left in place ("… eased the sanctions on
    Belavia; in November it lifted the rest of them"): a copy of the step told just before, in
    the same sentence or the one before, as lifted by the same power, dated by the lift's own
    words; none where that lift is already told."""
    if not claims:
        return []
    told = measure_keys(claims)
    out: list[Sanction] = []
    for found in _found_at_words(masked, _REST_WORDS, _REST_RE, 40, 40):
        s_index = index.index(found.start())
        if s_index < 0:
            continue
        since = index.spans[max(0, s_index - 1)][0]
        before = [
            c
            for c in claims
            if since <= c.start and c.end <= found.start() and c.action != "threatened"
        ]
        if not before:
            continue
        step = before[-1]
        key = ("lifted", step.target.lower(), step.imposer)
        if key in told:
            continue
        told.add(key)
        # ("… and lifted the rest of them in June 2025": the date right after the lift, else
        # the last one between the step and it)
        after = find_dates(masked, found.end(), found.end() + _REST_DATE_REACH, published)
        own = after[:1] or find_dates(masked, step.end, found.end(), published)[-1:]
        out.append(
            dataclasses.replace(
                step,
                action="lifted",
                date=own[0][1] if own else None,
                start=found.start(),
                end=found.end(),
            )
        )
    return out


# a further target "added" in a clause after a measure, by the same power or one the clause
# names ("The EU listed 40 officials in October and added Lukashenko himself in November";
# "…, and in August Washington added the state airline, Belavia"); not "added Lukashenko must
# go", a speech verb's clause
_ADDED_RE: Final = re.compile(
    r"(?:,\s+and|\s+and|;)\s+(?:(?:in|on|last|this)\s+[^,.;:\"“”]{1,30}?,?\s+)?"
    r"(?:(?P<power>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+)?"
    r"(?:also\s+|then\s+|later\s+)?(?P<verb>added)\s+"
    # (a description, then the name it gives: "the state airline, Belavia")
    r"(?:the\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*,\s+)?"
    r"(?P<target>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})"
    # (where the clause ends: not "added Lukashenko must go", a speech verb's clause)
    # ("… in October and added Alexander Lukashenko to its list in November")
    r"(?![\w’'&.-])(?=\s*(?:[.,;:(]|$)|\s+(?:himself|herself|itself|in|on|last|this|and)\b|"
    r"\s+to\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?list\b)"
)


def added_targets(
    masked: str, claims: list[Sanction], index: SentenceIndex, published: dt.date | None
) -> list[Sanction]:
    """Return the measures a clause after an imposed one adds ("… and added Lukashenko himself
    in November"): imposed on the added target by the power the clause names, else the
    first measure's, dated by the clause's own date; targets already told are left out."""
    imposed = [c for c in claims if c.action == "imposed"]
    if not imposed or "added" not in masked:
        return []
    out: list[Sanction] = []
    told = {(c.target.lower(), c.imposer) for c in claims}
    for at in _word_starts(masked, "added"):
        s_index = index.index(at)
        if s_index < 0:
            continue
        s_start, s_end = index.spans[s_index]
        before = [c for c in imposed if s_start <= c.start and c.end <= at]
        found = next(
            (
                m
                for m in _ADDED_RE.finditer(masked, max(before[-1].end, at - 60), s_end)
                if m.start("verb") == at
            )
            if before
            else iter(()),
            None,
        )
        if found is None:
            continue
        # (a target the sentence told already under a longer name: "Alexander Lukashenko",
        # then "Lukashenko")
        last_word = found.group("target").rstrip(".").split()[-1].lower()
        if any(last_word in c.target.lower().split() for c in claims if s_start <= c.start < s_end):
            continue
        power = power_of(found.group("power")) if found.group("power") else before[-1].imposer
        if power is None or (found.group("target").rstrip(".").lower(), power) in told:
            continue  # (a name before "added" that is no power: someone else added it)
        # (the clause's own date, before the power or after the target)
        own = find_dates(masked, found.start(), s_end, published)
        # (a full stop after the name ends the sentence, unless the name is shortened: "Co.")
        target = found.group("target")
        if target.endswith(".") and len(target.rsplit(None, 1)[-1]) > 4:
            target = target[:-1]
        told.add((target.lower(), power))
        start = found.start("target")
        out.append(
            Sanction(
                "imposed", target, power, own[0][1] if own else None, start, start + len(target)
            )
        )
    return out


# ", including the fertiliser maker Grodno Azot", ", among them Naftan and Belshina": members
# of a group a measure reached, named right after it; each a name, maybe after its kind
# (not "firms in Belarus, China and Turkey": where members are, no names of theirs)
_MEMBER: Final = (
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:in|from|of|at|on|for|with|to|by|based)\b)[a-z][\w-]*\s+){0,3}?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"
)
_INCLUDING_RE: Final = re.compile(
    rf",\s+(?:including|among\s+them|notably)\s+(?P<members>{_MEMBER}"
    rf"(?:(?:\s*,\s*|\s+and\s+){_MEMBER})*)(?=\s*[,.;:)])"
)
_MEMBER_NAME_RE: Final = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}")
# the group's noun: a measure on some of a kind, whose members the aside names
_GROUP_RE: Final = re.compile(
    r"\b(?:companies|firms|entities|enterprises|businesses|producers|banks|individuals|"
    r"officials|persons|people|organi[sz]ations)$"
)
_MEMBERS_REACH: Final = 80  # how far after its group's measure the aside may open


def included_targets(masked: str, claims: list[Sanction], index: SentenceIndex) -> list[Sanction]:
    """Return a measure on each member an aside names after a measure on a group ("placed
    dozens of Belarusian companies … on its national sanctions list, including the fertiliser
    maker Grodno Azot"): imposed by the group's power, on its date; names told already are
    left out."""
    if "includ" not in masked and "among them" not in masked and "notably" not in masked:
        return []
    out: list[Sanction] = []
    told = {c.target.lower() for c in claims}
    for claim in claims:
        if claim.action != "imposed" or _GROUP_RE.search(claim.target) is None:
            continue
        s_index = index.index(claim.start)
        if s_index < 0:
            continue
        s_end = index.spans[s_index][1]
        aside = _INCLUDING_RE.search(masked, claim.end, s_end)
        if (
            aside is None
            or aside.start() > claim.end + _MEMBERS_REACH
            or any(mark in masked[claim.end : aside.start()] for mark in ",;.(")
        ):
            continue  # (the aside of another clause, not of this measure's target)
        for name in _MEMBER_NAME_RE.finditer(masked, aside.start("members"), aside.end("members")):
            if name.group().lower() in told:
                continue
            told.add(name.group().lower())
            out.append(Sanction("imposed", name.group(), claim.imposer, claim.date, *name.span()))
    return out


def _word_starts(masked: str, word: str) -> list[int]:
    """Return where ``word`` stands as a word of its own in ``masked``."""
    out = []
    at = masked.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not masked[at - 1].isalnum()) and not masked[end : end + 1].isalnum():
            out.append(at)
        at = masked.find(word, end)
    return out


# "The potash sanctions had been imposed in August 2021; the Belavia restrictions in August
# 2023": a second clause after a semicolon that leaves the step's verb out, its own target
# and its own date
_GAPPED_RE: Final = re.compile(
    r";\s+(?:the\s+|its\s+|their\s+)?(?:"
    # (a name or a good before the measure's noun, no verb or pronoun among its words)
    r"(?P<named>(?!(?:it|they|he|she|we|this|that|which|US|EU|UK)\b)"
    r"(?:[A-Z][\w’'-]*|[a-z]+)(?:\s+(?!(?:under|were|was|is|are|had|has|have)\b)[\w’'-]+){0,2}?)"
    r"\s+(?:sanctions|restrictions|measures|bans?)|"
    r"(?:sanctions|restrictions|measures|bans?|those|ones)\s+(?:on|against)\s+"
    r"(?P<after>(?:(?!\b(?:were|was|is|are|had|has|have|lifted|eased|imposed)\b)"
    r"[^,.;:()\"“”]){1,60}?))"
    # (the clause's own date, right after its target)
    rf"\s+(?P<when>(?:in|on|since)\s+(?:early\s+|late\s+|mid-)?(?:\d{{1,2}}\s+)?"
    rf"(?:{MONTH_PATTERN}|(?:19|20)\d\d)[^,.;:()\"“”]{{0,12}}?)\s*(?=[.;]|$)"
)


def gapped_targets(
    masked: str, claims: list[Sanction], index: SentenceIndex, published: dt.date | None
) -> list[Sanction]:
    """Return a measure for each clause after a semicolon that repeats a claim's step on a
    target of its own, with its verb left out ("… had been imposed in August 2021; the Belavia
    restrictions in August 2023"): the same step by the same power, on the clause's own
    date; targets told already with that step are left out."""
    if ";" not in masked:
        return []
    out: list[Sanction] = []
    for claim in claims:
        s_end = index.span(claim.start)[1]
        semicolon = masked.find(";", claim.end, s_end)
        if semicolon < 0 or masked.find(",", claim.end, semicolon) >= 0:
            continue
        gapped = _GAPPED_RE.match(masked, semicolon, s_end)
        if gapped is None:
            continue
        part = "named" if gapped.group("named") is not None else "after"
        when = find_dates(masked, *gapped.span("when"), published, later=False)
        if not when:
            continue  # (no date of its own: a list's next item, not a step told again)
        target = gapped.group(part)
        low = target.lower()
        if any(
            c.action == claim.action and (c.target.lower() in low or low in c.target.lower())
            for c in (*claims, *out)
        ):
            continue  # ("restrictions on the state airline Belavia": told as "Belavia")
        out.append(Sanction(claim.action, target, claim.imposer, when[0][1], *gapped.span(part)))
    return out
