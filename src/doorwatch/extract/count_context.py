"""Where a count stands, for the counts no verb or noun of their own explains: whether its
text speaks of prisons or names political prisoners, whether it goes on a series of counts
(each with its own time, or their total), opens a timeline's line, or is a group's own count
("Viasna's figure this morning is about 1,340"), or a release it follows only hoped for."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.count_clauses import CLAUSE_STOP_RE
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.line_patterns import line_matches
from doorwatch.extract.word_gates import any_in

# "handed over fourteen prisoners in June; in September, fifty-two; this month, 123": a series
# of counts of one kind, each after its own time, the later ones without verb or noun
_SERIES_GAP_RE: Final = re.compile(
    # ("… after a visit by the U.S. envoy, 16 in …": the full stops of initials inside)
    # ("14 in June, when the U.S. envoy visited; 16 in …": an aside on the occasion between)
    # ("14 on 21 June (John Coale; US sanctions eased), 52 on …": an aside in brackets, whole)
    r"(?:\s*,?\s+(?:\([^()\n]{1,100}\)|[^\s,;:]+)){0,12}?\s*[,;]\s+(?:(?:and|then)\s+)?"
    r"(?P<when>(?:in|on|by|last|this|that)\s+(?:[A-Z][a-z]+|\d{4}|month|week|year)(?:\s+\d{1,4})?"
    r"\s*,\s*)?(?:another\s+|a\s+further\s+|further\s+)?"
)

_SERIES_WHEN_RE: Final = re.compile(
    # ("14 in June, 16 later in the summer, 52 in September")
    # ("52 on 11 September", "13 more later that month": a day before its month, "that")
    r"\s+(?:more\s+)?(?:(?:later|earlier)\s+)?(?:in|on|by|last|this|that)\s+(?:the\s+)?(?:\d{1,2}\s+)?"
    r"(?:[A-Z][a-z]+|\d{4}|month|week|year|spring|summer|autumn|fall|winter)\b(?:\s+\d{1,4})?"
    # ("52 on 11 September (after John Coale's visit), …": an aside on the occasion)
    r"(?:\s*\([^()\n]{1,100}\))?\s*(?:[,;.]|and\b|$)"
    # ("16 in an Independence Day pardon in July, 52 after John Coale's trip to Minsk"): the
    # occasion, named, for the time
    r"|\s+(?:more\s+)?(?:in|after|during|following|with)\s+"
    r"(?:(?:the|an?)\s+[\w’'-]+|[A-Z][\w’'-]*)(?:\s+[\w’'.-]+){0,7}?\s*(?:[,;.]|\s+and\b|$)"
)

# "released people in batches, 14 in June, 52 in September": a series of releases opened by
# the verb, with no count of its own
# ("has pardoned or expelled hundreds of political prisoners, in batches of 14, 16, …")
_BATCHES_BEFORE_RE: Final = re.compile(
    r"\b(?:released|freed|pardoned|expelled|let\s+go|handed\s+over|set\s+free)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:(?:political\s+)?prisoners|people|them|detainees)\s*,?\s+"
    # ("has freed prisoners in several batches this year: 14 in June, …")
    r"in\s+(?:(?:several|many|small|separate|a\s+series\s+of)\s+)?"
    r"(?:batches|groups|waves|stages|instalments|installments)(?:\s+(?:this|last)\s+year)?"
    r"\s*(?:[,:]|(?P<of>\s+of))\s+$"
    # ("in exchange for releases of political prisoners — 52 in September and 123 in
    # December": the releases by their noun, the series after a dash or a colon)
    r"|\b(?:releases|pardons)\s+of\s+(?:[\w-]+\s+){0,2}?(?:prisoners|detainees|people)\s*[—–:]\s*$"
)
_BATCHES_REACH: Final = 90


def opens_release_series(text: str, start: int, q_start: int, n_end: int, end: int) -> bool:
    """Return True when the count at ``q_start`` opens a series of releases that a verb
    before it tells ("released people in batches, 14 in June, 52 in September", "in
    batches of 14, 16 and 52")."""
    if text.find(" in ", max(start, q_start - _BATCHES_REACH), q_start) < 0 and not (
        text.find("s of ", max(start, q_start - _BATCHES_REACH), q_start) >= 0
    ):
        return False
    batches = _BATCHES_BEFORE_RE.search(text, max(start, q_start - _BATCHES_REACH), q_start)
    return batches is not None and (
        batches.group("of") is not None or _SERIES_WHEN_RE.match(text, n_end, end) is not None
    )


# "released 14, 16 and 52 political prisoners", "in batches of 14, 16, 52 and, in December
# 2025, 123": counts listed one after another, sharing the verb before them and the noun after
_LIST_GLUE_RE: Final = re.compile(
    r"\s*,\s+|(?P<and>\s*,?\s+and\s+|\s*,?\s+and\s*,\s+(?:in|on)\s+[^,;.:]{1,30},\s+)"
)
_LIST_MEMBERS: Final = 3  # two counts joined by "and" are read as they stand ("14 and 52 people")


def listed_counts(
    text: str,
    numbers: Sequence[tuple[int, int, int]],
    i: int,
    members: int = _LIST_MEMBERS,
    skip: Callable[[int], bool] | None = None,
) -> list[int]:
    """Return the indices in ``numbers`` (start, end and value of each number of a sentence)
    of the list of at least ``members`` counts that the count ``i`` opens, the numbers
    ``skip`` says are no counts (the parts of a date) left out; ``[i]`` when it opens none."""
    found = [i]
    for k in range(i + 1, len(numbers)):
        if skip is not None and skip(k):
            continue
        glue = _LIST_GLUE_RE.fullmatch(text, numbers[found[-1]][1], numbers[k][0])
        if glue is None:
            break
        found.append(k)
        if glue.group("and"):
            return found if len(found) >= members else [i]
    return [i]


# "14 in June, …, 123 in December, a total of 205": the sum of the series before it
TOTAL_BEFORE_RE: Final = re.compile(r"[,;]\s+(?:a\s+total\s+of|in\s+all|altogether)\s+$")

# a line that opens with its date and a colon or dash, as a timeline's entries do
TIMELINE_ENTRY_RE: Final = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{4}|\d{4})"
    r"\s*[:—–-]\s"
)

PRISON_TOPIC_RE: Final = re.compile(
    r"prison|detain|jail|custody|pardon|release|freed|behind\s+bars", re.IGNORECASE
)

CLAUSE_END_RE: Final = re.compile(r"\s*(?:[.,;:)]|$)")
# a count of new names that ends its clause, "more" and its period with it ("it recognised 19
# more.", "had recognised 30 more during that month alone")
# ("it has recognised 4,339 since May 2020": all it has named since it began)
MORE_END_RE: Final = re.compile(
    r"(?:\s+more(?:\s+(?:during|in|over|within)\s+(?:that|the|this|last)\s+(?:same\s+)?"
    r"(?:month|week|year|period)(?:\s+alone)?)?"
    rf"|\s+since\s+(?:(?:{MONTH_PATTERN})\s+)?(?:19|20)\d\d)?\s*(?:[.,;:)]|$)"
)
# "Viasna counted 1,430 at the beginning of January 2024 and 1,265 on 29 December": a count's
# day, then the clause's end or the next count
DATED_END_RE: Final = re.compile(
    rf"\s+(?:at|on|in|by)\s+(?:the\s+(?:beginning|start|end|close|middle|(?:last|first)\s+days?)\s+"
    rf"of\s+)?(?:\d{{1,2}}\s+)?"
    # ("at the end of 2025": a year's end)
    rf"(?:(?:{MONTH_PATTERN})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|(?<=of\s)\d{{4}})"
    r"\s*(?:[.,;:)—–-]|and\b|$)"
)

# the words that make a count a body's caseload ("Former political prisoners assisted: 214",
# "rent support for 34 released prisoners"; served_words in tables.yaml)
SERVED_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.words('tables', 'served_words'))})\b", re.IGNORECASE
)
_SERVED_BEFORE: Final = (
    50  # "rent support for 34 …", "Pastoral conversations with released persons"
)
_SERVED_AFTER: Final = 40  # "… 300 released persons will need support"


_HELP_FOR_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.words('tables', 'help_nouns'))})\s+(?:for|to)\s+"
    r"(?:(?:at\s+least|about|some|nearly|over)\s+)?$",
    re.IGNORECASE,
)

# ("… 300 released persons will need support"): help they need or get, after them
_NEED_HELP_RE: Final = re.compile(
    r"\b(?:need|needs|needed|require|requires|receive|receives|received|get|gets)\s+"
    rf"(?:\w+\s+)?(?:{lx.alternation(lx.words('tables', 'help_nouns'))})\b",
    re.IGNORECASE,
)


def served(text: str, start: int, q_start: int, n_end: int, end: int) -> bool:
    """Return True when the count at ``q_start`` is of people a body helps: help given to
    them right before it ("rent support for 34 …"), or a word of help in its clause just
    before it or just after its noun (``n_end``, "… will need support")."""
    # (the clause is read only as far as the words are looked for: a sentence may be long)
    before = clause_start(text, max(start, q_start - _SERVED_BEFORE), q_start)
    after = clause_end(text, n_end, min(end, n_end + _SERVED_AFTER))
    return bool(
        _HELP_FOR_RE.search(text, before, q_start)
        or SERVED_RE.search(text, before, q_start)
        or any(pattern.search(text, n_end, after) for pattern in (SERVED_RE, _NEED_HELP_RE))
    )


_CLAUSE_OPEN_RE: Final = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")


def clause_start(text: str, start: int, at: int) -> int:
    """Return where the clause holding ``at`` begins, at ``start`` or after the last ", and"
    or semicolon before ``at``."""
    opens = [m.end() for m in _CLAUSE_OPEN_RE.finditer(text, start, at)]
    return opens[-1] if opens else start


def clause_end(text: str, at: int, end: int) -> int:
    """Return where the clause holding ``at`` ends: at the first comma or semicolon after it,
    or ``end``."""
    stop = CLAUSE_STOP_RE.search(text, at, end)
    return stop.start() if stop else end


_PRISON_TOPIC_BEFORE: Final = 150  # "The number behind bars has barely fallen. Viasna put it at …"

_COUNT_TOPIC_REACH: Final = 300  # "counts 1,336": political prisoners named this far before


def in_series(text: str, last_end: int, q_start: int, n_end: int, end: int) -> bool:
    """Return True when a count without noun or verb continues a series of counts, each told
    with its own time ("14 prisoners in June, 52 in September", "in June, 14 prisoners; in
    September, fifty-two")."""
    gap = _SERIES_GAP_RE.fullmatch(text, last_end, q_start)
    if gap is None:
        return False
    if gap.group("when"):
        return bool(CLAUSE_END_RE.match(text, n_end, end))
    return bool(_SERIES_WHEN_RE.match(text, n_end, end))


# "Viasna's figure this morning is about 1,340", "Their count this morning was 1,227": a
# group's own count, in a text on political prisoners, is of those held
_OWN_COUNT_RE: Final = re.compile(
    # ("On 31 December 2025 the figure was 1,131", "the total on 31 December reached 1,446":
    # the count a timeline follows; not "the number of those released", a count of its own)
    # ("the last count before the weekend stood at about 1,230", "the independent list kept by
    # dissident.by has 1,336"; "Both are down from more than 1,400": two counts just given)
    # ("the dissident.by project's own list had 1,336": whose list, in small letters)
    r"\b(?:(?:[Tt]heir|[Ii]ts|[A-Z][\w-]*[’']s|(?<=[Tt]he\s)(?:[\w.-]+\s+)?(?:project|group|centre|center|organi[sz]ation|initiative|site)[’']s|[Tt]he|[Tt]hat)\s+"
    r"(?:(?:latest|own|official|last|current|updated|independent)\s+)?"
    # ("the prison population fell by only about 130 over the year, to 1,131"; "its count of
    # those behind bars has hovered around 1,430"; "Today that number is roughly six hundred")
    # ("… updated its count of political prisoners. The number stands at 1,437.")
    r"(?:figure|count|tally|total|list|prison\s+population|(?<=hat\s)number|"
    r"(?<=[Tt]he\s)number(?=\s+(?:now\s+)?(?:stands|stood|is|was)\s))"
    # ("Viasna's count, which stood at 1,174 on 1 July, fell to 1,164": an aside after it)
    r"(?!\s+of\b(?!\s+those\s+(?:behind\s+bars|held|in\s+(?:prison|jail)))),?"
    r"(?:\s+[\w,.]+){0,8}?|"
    r"[Bb]oth)\s+"
    # ("The total did fall, from 1,430 at the start of the year to …": where it moved from)
    r"(?:is|was|stood\s+at|stands\s+at|reached|peaked\s+at|has|had|holds|held|"
    r"(?:has\s+)?hovered(?:\s+(?:around|at|near))?|"
    # ("The figure is down from 1,265 a year earlier")
    r"(?:did\s+)?(?:fell|fall|dropped|drop|declined|decline|rose|rise|grew|grow|climbed|climb|"
    # ("The figure eased slightly to 1,438")
    r"eased|slipped|dipped|"
    r"(?:is|was|are|were)\s+(?:down|up))"
    r",?(?:\s+[\w,]+){0,7}?\s+(?:from|to))\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|over\s+|more\s+than\s+)?$"
)

# (plain tests before the pattern: the nouns, but "tally", that _OWN_COUNT_RE opens with)
_OWN_COUNT_NOUNS: Final = (
    "figure",
    "count",
    "total",
    "population",
    "list",
    "Both",
    "both",
    "number",
)
_OWN_COUNT_REACH: Final = 90  # "the prison population fell by only about 130 over the year, to …"
_OWN_COUNT_TOPIC_REACH: Final = 400  # political prisoners named this far before a group's own count


def own_count(text: str, start: int, end: int, n_start: int) -> bool:
    """Return True when the count at ``n_start`` is a group's own count of political
    prisoners ("Their count this morning was 1,227")."""
    return (
        any_in(text, start, n_start, _OWN_COUNT_NOUNS)
        and _OWN_COUNT_RE.search(text, max(start, n_start - _OWN_COUNT_REACH), n_start) is not None
        # ("since May 2020 the total has reached 4,339": all ever named, not those held)
        and text.find("ince ", max(start, n_start - 60), n_start) < 0
        and (
            text.find("political prisoners", max(0, start - _OWN_COUNT_TOPIC_REACH), end) >= 0
            # ("… the number of those released. The total did fall, from 1,430 …": prisons the
            # topic of the sentences just before)
            or prison_topic(text, start, end)
        )
    )


def prison_topic(text: str, start: int, end: int) -> bool:
    """Return True when the sentence or the one just before it speaks of prisons, or political
    prisoners are named in it or shortly before it."""
    return bool(
        PRISON_TOPIC_RE.search(text, max(0, start - _PRISON_TOPIC_BEFORE), end)
    ) or prisoners_named(text, start, end)


def prisoners_named(text: str, start: int, end: int, reach: int = _COUNT_TOPIC_REACH) -> bool:
    """Return True when political prisoners are named in the sentence ``text[start:end]`` or
    up to ``reach`` characters before it (the topic a count without its own noun is read in)."""
    # ("Political prisoner — In EU and US designations, …": a glossary's headword)
    return text.find("olitical prisoner", max(0, start - reach), end) >= 0


# a release hoped for, asked for or in prospect ("hoping for the release of 52 more"): the
# count is of those still held
_INTENT_RE: Final = re.compile(
    r"\b(?:hope[sd]?|hoping|imminent|potential|possible|prospective|future|work(?:s|ing)?\s+on|"
    r"seek(?:s|ing)?|sought|push(?:es|ing)?\s+for|call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|"
    r"would|will|could|might|may|plan(?:s|ned)?|want(?:s|ed)?|to\s+secure|negotiat(?:e|ing)|"
    r"expect(?:s|ed|ing)?|await(?:s|ing)?|pending|upcoming|propos(?:ed|es|al)|insufficient|"
    r"support)\b"
)
_INTENT_REACH: Final = 80  # a hoped-for or negotiated release before the number
# "will keep its sanctions despite the release of 123 prisoners": a release told as a fact,
# whatever the clause before it intends
# ("rights groups had confirmed the release of 18 people": a release reported as done)
_FACTIVE_RE: Final = re.compile(
    r"\b(?:despite|after|following|because\s+of|in\s+spite\s+of|confirm(?:ed|s)|"
    r"announc(?:ed|es)|welcom(?:ed|es))\b"
)


def intended_release(text: str, start: int, q_start: int) -> bool:
    """Return True when a word of intent ("hoped", "would", "to secure") stands before the
    count at ``q_start``, within its reach and after any word that tells the release as a
    fact."""
    reach = max(start, q_start - _INTENT_REACH)
    for factive in _FACTIVE_RE.finditer(text, reach, q_start):
        reach = factive.end()  # (the last one before the count)
    return _INTENT_RE.search(text, reach, q_start) is not None


# "1,131 — people on Viasna's list on 31 December", "• 18 – people newly recognised …": a
# digest's row, its count first and what it counts after a dash (matched at a line's start)
# ("969: political prisoners …", "about 800: people added …": a colon after the count)
_ROW_DASH_RE: Final = re.compile(
    r"(?m)^[ \t]*(?:[•▪◾*·-][ \t]*)?(?:(?:about|around|some|over|nearly|almost)[ \t]+)?\d[\d,.]*\+?"
    r"(?P<dash>[ \t]+[—–-][ \t]+|:[ \t]+)(?=[a-z])"
)
# what a row's line opens with: a bullet, a word of "about" and the like, or the count
_ROW_DASH_OPENERS: Final = "•▪◾*·-aosn0123456789"


def undash_rows(text: str) -> str:
    """Return ``text`` with the dash between a row's opening count and what it counts made
    spaces (the same length, so offsets hold): the count then reads as "1,131 people …"."""
    pieces: list[str] = []
    last = 0
    for row in line_matches(_ROW_DASH_RE, text, _ROW_DASH_OPENERS):
        pieces.append(text[last : row.start("dash")])
        pieces.append(" " * (row.end("dash") - row.start("dash")))
        last = row.end("dash")
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


_ITEM_AFTER_RE: Final = re.compile(r"[.)][ \t]+[A-Z\"“‘']")
# the numbers that open a text's lines as a list's items do ("2. ", "3) ")
_ITEM_LINE_RE: Final = re.compile(r"(?m)^[ \t]*(\d{1,2})[.)][ \t]")
_ITEM_MAX: Final = (
    100  # a list's items are numbered below this; a count may open a line too ("969.")
)


def is_item_number(text: str, start: int, end: int, value: int) -> bool:
    """Return True when the number at ``start`` numbers a list's item ("2. The number of
    political prisoners fell …", "3) Between …"): it opens its line, is small, is followed by
    a full stop or a bracket and a new sentence, and a line before or after it opens with the
    number before or after it (not "41. The number of people it recognised …" among counts);
    also when a "#" stands right before it ("Petition update #14", "Bulletin #3")."""
    if start > 0 and text[start - 1] == "#":
        return True
    if value >= _ITEM_MAX or (start > 0 and text[start - 1] not in "\n"):
        return False
    if _ITEM_AFTER_RE.match(text, end) is None:
        return False
    items = {int(n) for n in _ITEM_LINE_RE.findall(text)}
    return value - 1 in items or value + 1 in items


# The words that put a count on a day: the list as it stood then, not the names added.
AS_OF_RE: Final = re.compile(
    # ("By the last day of 2020 Viasna recognised 169 people as political prisoners")
    r"\b(?:[Aa]s\s+(?:of|at)|(?:[Aa]t|[Bb]y)\s+the\s+(?:end|close)\s+of|(?:[Bb]y|[Oo]n)\s+the\s+(?:last|final)\s+day\s+of|[Oo]n\s+\d{1,2}\s+[A-Z][a-z]+|[Oo]n\s+[A-Z][a-z]+\s+\d{1,2}\b|"
    # ("By 1 January 2022 Viasna recognised 969 political prisoners", "in mid-June 2023": the
    # list by a day, or around one)
    r"[Bb]y\s+\d{1,2}\s+[A-Z][a-z]+|[Bb]y\s+[A-Z][a-z]+\s+\d{1,2}\b|[Ii]n\s+mid-[A-Z][a-z]+)"
)
# ("… recognised as political prisoners at the end of September"): the day after the verb
_AS_OF_AFTER_RE: Final = re.compile(
    r"\s+as\s+political\s+prisoners\s+(?:in\s+[A-Z][a-z]+\s+)?"
    r"(?=(?:as\s+of|at\s+the\s+(?:end|close|start|beginning)\s+of|on|in\s+mid-[A-Z][a-z]+)\b)"
)
# ("1,401 persons were detained in Belarus as political prisoners")
_HELD_AS_RE: Final = re.compile(r"\s+(?:in\s+[A-Z][\w-]+\s+)?as\s+political\s+prisoners\b")


def on_a_day(text: str, start: int, q_start: int, verb_end: int, end: int) -> bool:
    """Return True when the count at ``q_start``, whose verb ends at ``verb_end``, is told on
    a day: one named before it in its sentence ("On 31 December, 1,131 people were recognised
    …", "as of January 20, 1,401 persons were detained …") or right after its verb ("…
    recognised as political prisoners as of 30 September")."""
    return bool(
        AS_OF_RE.search(text, start, q_start)
        or AS_OF_RE.match(text, verb_end + 1, end)
        or _AS_OF_AFTER_RE.match(text, verb_end, end)
    )


def held_as_prisoners(text: str, verb_end: int, end: int) -> bool:
    """Return True when the verb ending at ``verb_end`` is told of people "as political
    prisoners" ("were detained in Belarus as political prisoners"): the state they are held in."""
    return _HELD_AS_RE.match(text, verb_end, end) is not None


# "recognised 1,255 people as political prisoners as of July 20": the day the list stood at
# the count (not "on Monday", the day of a recognition)
_LIST_DAY_AFTER_RE: Final = re.compile(
    r"\s+(?:as\s+political\s+prisoners\s+)?(?:in\s+[A-Z][a-z]+\s+)?"
    r"(?:as\s+of|at\s+the\s+(?:end|start|beginning)\s+of|in\s+mid-[A-Z])"
)
# ("Viasna recognised 1,085 political prisoners on 15 March": those it counts as political
# prisoners, on a date; not "recognised 40 people as political prisoners on 15 March", the
# day of a recognition)
_TALLY_DAY_AFTER_RE: Final = re.compile(
    r"\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}\b)"
)


def list_day_after(text: str, noun: re.Match[str], end: int) -> bool:
    """Return True when the words after a count's noun ``noun`` (a match with a group "noun")
    give the day its list stood at that count."""
    return bool(
        _LIST_DAY_AFTER_RE.match(text, noun.end(), end)
        or (
            noun.group("noun").startswith("political")
            and _TALLY_DAY_AFTER_RE.match(text, noun.end(), end)
        )
    )
