"""Speakers a text describes but does not name: '," said one Singapore-based trader',
'A senior EU diplomat said: "…"'.

The description, without its article, is the speaker ("Singapore-based trader"): it is all
the text says of who spoke, and it names no one a later "she said" could be carried to.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.entry_labels import label_of
from doorwatch.extract.mentions import NAME_PARTICLE
from doorwatch.extract.sanction_shapes import IMPOSERS
from doorwatch.extract.sentences import is_abbreviation
from doorwatch.extract.word_gates import any_in

_HEAD_LIST: Final = lx.words("roles", "unnamed_speaker_heads")
_HEAD_WORDS: Final = frozenset(_HEAD_LIST)
# any noun of someone who does something ("a Klaipeda forwarder", "a Polish historian"), save
# the words that only end like one
_NOT_AGENTS: Final = frozenset(lx.words("roles", "agent_noun_exceptions"))


# (seven letters or more, none "-ier": "a warier note" is no one; the cheap tests first,
# as most words are short or end otherwise)
def _agent_noun(plural: str = "") -> str:
    """Return the pattern of an agent noun, or of its plural when ``plural`` is "s"."""
    return (
        rf"(?=[a-z]{{{7 + len(plural)}}})(?=[a-z]*(?<!i)(?:er|or|ist|ian){plural}(?![\w’'-]))"
        rf"(?!(?:{lx.alternation(sorted(_NOT_AGENTS))}){plural}\b)[a-z]+"
    )


AGENT_NOUN: Final = _agent_noun()
_AGENT_RE: Final = re.compile(AGENT_NOUN)
# the head nouns of a description, as a pattern ("diplomat", "seafarer")
SPEAKER_HEADS: Final = f"{lx.alternation(_HEAD_LIST)}|{AGENT_NOUN}"
_VERBS: Final = lx.SPEECH_VERBS
# the words that follow a description's head: its speech verb (the first word of each) or
# where the person is from
_AFTER_HEAD: Final = frozenset(
    [verb.split()[0] for verb in lx.words("speech", "speech_verbs")] + ["from", "in", "at", "of"]
)
_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian")


def is_agent_noun(word: str) -> bool:
    """Return True when ``word`` is a noun of someone who does something ("importer",
    "lobbyist"; not "number"): plain tests first, the pattern for the few that pass."""
    return len(word) >= 7 and word.endswith(_AGENT_ENDINGS) and bool(_AGENT_RE.fullmatch(word))


_VERB_WORDS: Final = lx.SPEECH_VERB_WORDS
_ARTICLES: Final = frozenset(("a", "an", "one", "A", "An", "One"))
# how long someone was held: "four years", "more than two years", "18 months"
TERM: Final = (
    r"(?:(?:more\s+than|nearly|almost|over)\s+)?(?:\d{1,2}|a|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+(?:years?|months?|weeks?|days?)"
)
# The description: a few words, its head noun, and where the person works ("the head of
# compliance at one mid-sized American lender" ends at its lender).
_DESCRIBED: Final = (
    # ("a practice one former Belavia pilot described …": a second article opens the
    # description)
    # ("a prisoner's wife in Minsk": the head after a possessive)
    rf"(?P<who>(?:(?!(?:a|an|one|the)\s)[\w’'.-]+\s+){{0,5}}?(?:{SPEAKER_HEADS})(?![’']s\b)"
    # ("a diplomat from a southern member state": where they come from, described)
    r"(?:\s+(?:(?:at|of|for|with)\s+(?:a|an|one|the|his|her|their)|from\s+(?:a|an|the))\s+"
    r"(?:[\w’'.-]+\s+){0,6}?"
    # ("a pensioner from Homel"; "a columnist in the Warsaw Chronicle": where they write)
    # ("a former colleague of Kuznechyk": whose colleague)
    # ("a participant from a legal-aid network in Homiel": and where that is)
    r"[\w’'.-]+(?:\s+in\s+[A-Z][\w’'-]*)?|\s+(?:from|in|of)\s+[A-Z][\w’'-]*|"
    # ("a Catholic priest in the Hrodna region": the kind of place after its name)
    r"\s+(?:in|at|for)\s+the\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    r"(?:\s+(?:region|district|area|province|oblast))?|"
    # ("a woman among the nine": one of those the text counted)
    r"\s+among\s+the\s+[\w’'-]+|"
    # ("a retired engineer with relatives in Hrodna": where those they have are)
    r"\s+with\s+(?:[a-z]+\s+){1,2}?in\s+[A-Z][\w’'-]*|"
    # ("a woman released in September", "a 24-year-old IT worker released on Tuesday
    # evening", "one woman, whose brother is still inside,")
    # ("a man released on 11 September": a day and its month)
    r"\s+(?:released|freed|pardoned|detained|arrested|jailed|based)\s+(?:in|on|at|from|last|this)\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|(?:the\s+(?:same\s+)?)?[\w’'-]+(?:\s+(?:morning|afternoon|evening|night))?)|"
    # ("a woman released after four years": how long she was held)
    rf"\s+(?:released|freed|pardoned)\s+after\s+{TERM}|"
    # ("an adviser to Sviatlana Tsikhanouskaya": whose adviser)
    r"\s+to\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?|"
    # ("a defence lawyer practising in Minsk")
    # (not "now living in Warsaw", "now working in Tbilisi": where they are now ends it)
    r"\s+(?:practi[sc]ing|working)\s+(?:in|at)\s+[A-Z][\w’'-]*|"
    r",\s+whose\s+[^,.;:!?\"“”]{1,50}(?=,))?)"
    # ("a Western diplomat involved in the talks said", "a banker familiar with the matter
    # said": how the source knows, no part of who it is)
    r"(?:\s+(?:involved|engaged|familiar|close|briefed)\s+(?:in|with|to|on)\s+(?:the\s+)?"
    r"[\w’'-]+(?:\s+[\w’'-]+)?(?=\s+(?:said|says|told|added|warned|noted)\b))?"
)
# where the description ends: punctuation, a clause ("who …", "speaking on condition …") or a
# place or time after it ("a diplomat in Vilnius")
_END: Final = (
    # ("a former Belavia pilot now living in Warsaw": where they are now)
    r"(?=\s*(?:[,.;:!?]|$)|\s+(?:who|speaking|now|in|on|after|before|during|when|last|this|"
    rf"(?:{_VERBS}))\b)"
)
ARTICLE: Final = r"(?:[Aa]n?|[Oo]ne)\s+"
# what may stand between a closing mark and the words after it
_LEAD: Final = " ,;:–—-"


def after_quotation(who: str, end: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the two shapes in which ``who`` speaks right after a closing mark: the verb
    first ('," said a senior EU diplomat', ending where ``end`` says) and ``who`` first
    ('," a senior EU diplomat told reporters', '," as one analyst put it')."""
    lead = rf"[\s{_LEAD[1:]}]*"
    return (
        re.compile(rf"{lead}(?:{_VERBS})\s+{ARTICLE}{who}{end}"),
        re.compile(rf"{lead}(?:as\s+)?{ARTICLE}{who}\s+(?:{_VERBS})\b"),
    )


# '," one of the workers shouted': one of a group the text describes (a head in the plural;
# "men" and "women" are the plurals that do not add an "s")
# each head's plural and the head it is of ("men" and "women" are the plurals that do not add
# an "s")
_SINGULAR: Final = {
    (head[:-2] + "en" if head.endswith("man") else head + "s"): head for head in _HEAD_LIST
}
_PLURAL_HEADS: Final = lx.alternation(list(_SINGULAR))
_IRREGULAR_PLURALS: Final = lx.table("roles", "irregular_plurals")


def singular(plural: str) -> str | None:
    """Return the singular of a plural of people ("volunteers", "children", "women"), or None
    when ``plural`` is not one."""
    known = _SINGULAR.get(plural) or _IRREGULAR_PLURALS.get(plural)
    if known is not None:
        return known
    return plural[:-1] if plural.endswith("s") else None


# (after "one", the article after_quotation reads; not "one of his former aides": whose aides
# they are is a person to resolve, and the description without them says too little)
_OF_THE_GROUP: Final = (
    # ("one of our members": the writer's own body's, which needs no resolving)
    r"(?P<group>of\s+(?:the|our)\s+(?:[\w’'-]+\s+){0,2}?"
    rf"(?:{_PLURAL_HEADS}|{_agent_noun('s')}))(?=[\s,.;:!?]|$)"
    # (not "said one of our lawyers, Ala Markevich,": the one described is named after)
    r"(?!,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)"
)
# '"…," one of them said' after "according to two EU diplomats": one of a group counted just
# before, by its plural head ("EU diplomats": an EU diplomat)
_ONE_OF_THEM_VERB_FIRST_RE, _ONE_OF_THEM_FIRST_RE = after_quotation(
    r"of\s+them", r"(?=\s*(?:[,.;:!?]|$))"
)
# ("two EU diplomats", "its researchers": the group, counted or owned)
# ("Kuznechyk's former colleagues": owned by one the text names, who stays in the description)
_COUNTED_GROUP_RE: Final = re.compile(
    r"\b(?:two|three|four|five|several|some|a\s+few|\d+|its|their|"
    r"(?P<owner>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}[’']s))\s+"
    rf"(?P<words>(?:(?!(?:of|the|a|an)\s)[\w’'.-]+\s+){{0,3}}?)"
    rf"(?P<plural>{_PLURAL_HEADS}|{_agent_noun('s')})\b"
)
_GROUP_REACH: Final = 300  # how far back "one of them" looks for the group it is one of
# (not '," said a company spokesperson, Sintija Ozola,': the name follows)
_NAMED_AFTER: Final = r"(?!\s*,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)"
_VERB_FIRST_RE, _DESCRIBED_FIRST_RE = after_quotation(_DESCRIBED, _NAMED_AFTER + _END)
# ('," one client, a former regional reporter from Brest, told us', '," one of our clients, a
# bookkeeper from Minsk who filed in 2022, wrote': the description between the commas says
# more of who it is than the head before them)
_APPOSED_FIRST_RE: Final = re.compile(
    rf"[\s{_LEAD[1:]}]*{ARTICLE}(?:of\s+(?:the|our|their|its)\s+)?(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{SPEAKER_HEADS}|{_PLURAL_HEADS}),\s+(?:a|an)\s+{_DESCRIBED}"
    rf"(?:\s+(?:who|whose)\s+[^,.;:!?\"“”]{{1,80}})?,\s+(?:{_VERBS})\b"
)
_ONE_OF_VERB_FIRST_RE, _ONE_OF_FIRST_RE = after_quotation(
    _OF_THE_GROUP, r"(?=\s*(?:[,.;:!?]|$)|\s+(?:at|in|on)\b)"
)
# 'A senior EU diplomat said: "…"', 'one trader told Reuters that "…"': whom the verb may take
_LEAD_IN_OBJECTS: Final = ("reporters", "journalists", "me", "us", "him", "her")
# ('one Brussels diplomat told us flatly that "…"', 'a Treasury official told Congress in
# October that "…"': when, and how, between the verb and the quotation)
_SEASONS: Final = ("year", "week", "month", "spring", "summer", "autumn", "winter")
_LEAD_IN: Final = (
    rf"(?:\s+(?:{'|'.join(_LEAD_IN_OBJECTS)}|[A-Z][\w.]*))?"
    r"(?:\s+(?:in|on|last|this)\s+[A-Z0-9][\w]*(?:\s+\d{4})?|"
    # ("told me last year")
    rf"\s+(?:last|this)\s+(?:{'|'.join(_SEASONS)}))?(?:\s+[a-z]+ly)?"
    r"(?:\s+that)?\s*[,:]?\s*$"
)
# ('a practice one former Belavia pilot described to us as "…"': the words it was called)
# ("A senior U.S. official … described the release as "…"": what was so described)
_DESCRIBED_AS: Final = (
    r"described(?:\s+(?:it|this|them|the\s+[a-z]+(?:\s+[a-z]+)?))?"
    r"(?:\s+to\s+(?:us|me|reporters))?\s+as\s*$"
)
# what someone sends the writer with words in it ("sent us a long email about it"), which a
# "he wrote" after reads from, as after a speech verb
_SENT: Final = rf"sent\s+(?:us|me)\s+(?:an?\s+)?(?:[a-z]+\s+){{0,2}}?(?:{lx.SENT_PIECES})\b"
# ("a US official who spoke on condition of anonymity said": an aside with no commas)
_WHO_ASIDE: Final = (
    # ("A former prisoner who now lives in Warsaw wrote": where or how the one described lives)
    r"\s+who\s+(?:spoke|asked|declined|requested|did\s+not\s+want|(?:now\s+|still\s+)?"
    r"(?:lives|lived|works|worked|served|spent|fled|left))\b[^,\"“”.]{1,60}?"
    rf"(?=\s+(?:{_VERBS}|{_SENT})\b)|"
    # ("A defence lawyer who has handled forty cases, and who no longer gives interviews under
    # her own name, told us": two clauses on the one described, between commas)
    r"\s+who\s+[^,\"“”.]{1,70}?,\s+and\s+who\s+[^,\"“”.]{1,70}?,"
    rf"(?=\s+(?:{_VERBS})\b)"
)
# ('A Lithuanian diplomat, who did not want to be named, told me: "…"': an aside between)
# an aside between a description and its verb that does not name the one described ('A
# member of the committee, Laurynas Vaitkus, said': a person named, whom the names find)
# ("a US official who spoke on condition of anonymity said": the same, with no commas)
# what a name may be set after, between the comma and the name ("the violinist Petra …")
_WHAT_BEFORE_NAME: Final = r"(?:the\s+(?:[a-z][\w’'-]*\s+){1,3})?"
# where the bearer of a given name writes from, after it ("Siarhei from Lublin")
_WRITES_FROM: Final = r"(?:\s+(?:from|in)\s+[A-Z][\w’'-]+)?"
_UNNAMED_ASIDE: Final = (
    # ("A Dutch member, Joost van der Berg, asked": a person named, particles and all)
    # ("A former colleague, the violinist Petra Lindqvist, told us": named after what she is)
    # ("One woman freed in the summer, Natalia, told me": a given name alone; "A reader,
    # Siarhei from Lublin, wrote": with where they write from)
    rf"(?:\s*,(?!\s*{_WHAT_BEFORE_NAME}[A-Z][\w’'-]+\s+"
    rf"(?:(?:{NAME_PARTICLE})\s+)*[A-Z]|\s*[A-Z][\w’'-]+{_WRITES_FROM},)"
    # ("…, speaking on condition of anonymity because he was not authorised to talk to the
    # press, said")
    r"[^,\"“”]{1,100},|"
    rf"{_WHO_ASIDE})?"
)
# ("A Belavia pilot I used to fly with told me": who the writer knows the one described as,
# with no "who" or "that")
_WRITERS_CLAUSE: Final = (
    r"(?:\s+(?:I|we)\s+(?:[a-z]+\s+){0,4}?[a-z]+(?=\s+(?:told|said|says|wrote)\b))?"
)
_BEFORE_RE: Final = re.compile(
    # (not "One trader, Jeroen Bakker, remarked that": the one described is named after)
    rf"\b{ARTICLE}{_DESCRIBED}{_UNNAMED_ASIDE}{_WRITERS_CLAUSE}"
    # ("A guard helped me lift her and said quietly, …", "an old engineer from Barysau, shook my
    # hand and said": the subject's second verb)
    rf"(?:,?\s+[^.!?;:\"“”]{{1,80}}?\s+and\s+(?=(?:then\s+)?(?:{_VERBS})\b)(?:then\s+)?|\s+)"
    rf"(?:(?:{_VERBS}){_LEAD_IN}|{_DESCRIBED_AS})"
)
# 'One EU diplomat put it to me like this: "…"': a colon hands the quotation to the subject
# the sentence opens with
# a name given after a description, between commas ("a cook, Pavel Lukashonak,"; "A reader,
# Siarhei from Lublin,")
_NAMED_BETWEEN_COMMAS: Final = rf",\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,2}}{_WRITES_FROM},"
_COLON_RE: Final = re.compile(
    # (a sentence may open after a quotation's closing mark: '… a donor." One tax partner …')
    # (not "A reader in Hrodna, Alena, whose brother …, wrote:": the name given after)
    # ("One of them, a former schoolteacher from Mogilev, told our reporter:")
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))"
    # ("One, a software developer in Leeds whose uncle …, told us:")
    # ("One of those freed in November 2024, a former IT worker from Minsk, told us:")
    r"(?:One(?:\s+of\s+(?:them|those(?:\s+[a-z]+(?:\s+(?:in|on|last|this)\s+[\w ]{1,20}?)?)?|"
    r"the\s+(?:\d+\s+)?[a-z]+))?\s*,\s*)?"
    # ("Asked whether …, an EU official was curt:": the question put to the speaker first;
    # "Quote of the week, from a Belavia pilot …:": whose words a digest's line gives)
    r"(?:(?:Asked|Pressed|Questioned|Reached|Contacted)\b[^.!?\"“”:]{0,160}?,\s+|"
    r"(?:[•▪◾*]\s*)?[A-Z][^.!?\"“”:\n]{0,40}?,\s+from\s+|"
    # ("From a mother in Babruisk whose son …, received through our contact in January:")
    r"(?P<sent_from>From)\s+(?=(?:a|an|one)\s[^.!?\"“”:\n]{0,160}:\s*$)|"
    # ("A text from a listener in Odesa:": what a listener sent in)
    r"(?:(?:A|An|One|Another|The)\s+(?:(?:final|last|first|second|third|short|further)\s+)?|"
    rf"(?:[Aa]nother|[Oo]ne\s+more)\s+)(?i:{lx.SENT_PIECES}),?\s+from\s+)?"
    rf"{ARTICLE}{_DESCRIBED}\b"
    # ("A Singapore-based broker, who asked not to be named, was blunter about …:"; "A credit
    # officer, asked whether her bank would return, replied in one line:": an aside that
    # opens in lower case, no name; not an appositive, "a student we will call Lesia")
    r"(?:\s*,\s*(?=[a-z])(?!(?:a|an|the)\s)[^,.!?\"“”:]{1,100},)?"
    # (what is told of one a piece came from runs longer: "…, received through our parcel
    # contact in January:")
    # (the description whole, up to a comma or a clause; no name given after it: "From a
    # mother in our chat, Liudmila, whose son …:")
    r"(?(sent_from)(?=\s*[,:]|\s+whose?\b)"
    rf"(?:(?!{_NAMED_BETWEEN_COMMAS})[^.!?\"“”:\n]){{0,160}}:\s*$|"
    # (nor "One of them, a cook named Pavel Lukashonak, said to me:", "a cook, Pavel
    # Lukashonak,": the one described named after)
    # (nor "A Lithuanian rail dispatcher, Gediminas Petkus:": named right before the colon)
    rf"(?:(?!{_NAMED_BETWEEN_COMMAS}|\s+(?:named|called)\s+[A-Z]"
    r"|,\s*signed\s+[A-Z]|,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\s*:)"
    r"[^.!?\"“”:]){0,60}:\s*$)"
)
_LEAD_IN_REACH: Final = 40


def _verb_leads_in(masked: str, start: int, end: int) -> bool:
    """Return True when a speech verb stands right before ``end`` ("said:", "told reporters
    that"): most quotations have none there, and then no description is looked for. (Plain
    tests: this runs for every quotation.)"""
    words = masked[max(start, end - _LEAD_IN_REACH) : end].split()
    if words and words[-1].rstrip(",:") == "that":
        words.pop()
        if words and words[-1].endswith("ly"):
            words.pop()  # "told us flatly that"
        if len(words) > 2 and words[-2] in ("in", "on", "last", "this"):
            del words[-2:]  # "told Congress in October that"
        elif len(words) > 3 and words[-3] in ("in", "on") and words[-1].isdigit():
            del words[-3:]  # "told PACE in September 2025 that"
    if len(words) > 2 and words[-2] in ("last", "this") and words[-1].rstrip(",:") in _SEASONS:
        del words[-2:]  # "told me last year,"
    if not words:
        return False
    last = words[-1].rstrip(",:")
    if last in _VERB_WORDS:
        return True
    if last == "as" and "described" in words[-5:]:
        return True  # "described to us as"
    if last.endswith("ly") and len(words) > 1 and words[-2] in _VERB_WORDS:
        return True  # "said quietly,"
    return (
        len(words) > 1
        and words[-2] in _VERB_WORDS
        and (last in _LEAD_IN_OBJECTS or last[:1].isupper())
    )


_VERB_WORDS_OR_AS: Final = _VERB_WORDS | {"as"}  # ('," as one analyst put it')


def opens_description(masked: str, start: int, end: int) -> bool:
    """Return True when the words after a closing mark open with an article or with a speech
    verb and an article ('," said a …', '," one …'): the plain test before the patterns."""
    words = masked[start : min(end, start + 40)].lstrip(_LEAD).split(None, 2)
    if not words:
        return False
    if words[0] in _ARTICLES:
        return True
    return len(words) > 1 and words[0] in _VERB_WORDS_OR_AS and words[1] in _ARTICLES


# where a description tells a gathering the person was at, not where they work
_EVENT_TAIL_RE: Final = re.compile(
    r"\s+at\s+(?:a|an|the|this|last)\s+(?:[\w’'.-]+\s+){0,4}?"
    rf"(?:{lx.alternation(lx.words('roles', 'event_nouns'))})s?$"
)


# what tells how often one spoke, between the speaker and the verb ("used to", "likes to")
HABIT: Final = rf"(?:{lx.alternation(lx.words('speech', 'habit_words'))})(?:\s+to)?"
_DANGLING_TAIL_RE: Final = re.compile(
    rf"(?:\s+{HABIT}|\s+of\s+(?:his|hers|mine|ours|theirs|yours)|\s+(?:at|in|of|for|"
    r"with|from|on|to)|\s+(?:here|there))+$"
)


def _as_speaker(description: str) -> str:
    """Return ``description`` as a speaker: one line, no comma ("woman whose brother is still
    inside"), no gathering it was at ("manager at a Minsk travel fair"), a named body's
    spokesperson as the body (see ``as_described``)."""
    plain = " ".join(description.replace(",", " ").split())
    # (not the sentence's full stop: "… from the Chernihiv region.", but "U.S." keeps its own)
    plain = plain[:-1] if re.search(r"[a-z]{2}\.$", plain) else plain
    event = _EVENT_TAIL_RE.search(plain)
    return as_described(plain[: event.start()] if event is not None else plain)


# when, at the end of a description ("in 2020", "in November", "in early 2021")
_TRAILING_WHEN_RE: Final = re.compile(
    r"\s+(?:in|since|during)\s+(?:(?:early|late|mid)[\s-])?"
    rf"(?:{MONTH_PATTERN}(?:\s+\d{{4}})?|\d{{4}})$",
    re.IGNORECASE,
)


def _without_when(description: str) -> str:
    """Return ``description`` without the when at its end when a where stands before it
    ("member in Viciebsk in 2020"; not "woman released in September", whom the when
    describes)."""
    found = _TRAILING_WHEN_RE.search(description)
    if found is None:
        return description
    before = description[: found.start()].split()
    if len(before) > 2 and before[-2] in ("in", "from", "at") and before[-1][:1].isupper():
        return description[: found.start()]
    return description


def as_described(description: str) -> str:
    """Return the speaker a description names: a named body's unnamed spokesperson as the body
    ("EU spokesperson": the European Union speaks, as '," an EU spokesperson said' tells it;
    "person from the UK government"), any other description as it is."""
    # (without when what it tells of them happened: "… member in Viciebsk in 2020")
    # (nor the words before a speech verb that tell how often: "my old boss used to say", "a
    # colleague of mine likes to say"; nor whose colleague the writer's "of mine" tells, nor a
    # preposition the description's end left: "a colleague of his at Radio Liberty's …"; nor
    # "here" and "there", where the writer is: "the master here said")
    description = _without_when(_DANGLING_TAIL_RE.sub("", description) or description)
    words = description.split()
    if len(words) > 1 and re.fullmatch(SPOKESPERSON, words[-1]) and words[0][:1].isupper():
        body = " ".join(words[:-1])
        return IMPOSERS.get(body, body)
    if len(words) > 2 and words[0] in ("person", "someone") and words[1] in ("from", "at"):
        # ("A person from the UK government said:": plain English's spokesperson)
        body = " ".join(words[3:] if words[2] == "the" else words[2:])
        if body[:1].isupper():
            return body
    return description


# ('," recalled one man who was on the bus.': where they were, which tells who they are; read
# after the description's match, as few descriptions go on so)
_WHERE_THEY_WERE_RE: Final = re.compile(
    r"\s+who\s+(?:was|were|had\s+been)\s+(?:on|in|at|aboard|among)\s+(?:the|a|an)\s+"
    r"[\w’'-]+(?=\s*[,.;:!?]|$)"
)


# ('," said a woman who gave her name only as Iryna', "a man identified only as Siarhei K.":
# the name the one described gave, the only one the text has for them)
# ("who asked to be identified only by her initials, A.K.": initials, the name given)
_NAME_GIVEN: Final = (
    r"(?:who\s+(?:gave|gives|would\s+(?:only\s+)?give)\s+(?:only\s+)?(?:her|his|their)\s+"
    # ("who gave only her first name, Ieva,": the name after a comma)
    # ("identified by her first name, Tamara": the name after a comma, "only" or not)
    r"(?:first\s+|given\s+)?name(?:\s+(?:only\s+)?as|\s*,)|(?:identified|named|known)\s+(?:only\s+)?"
    r"(?:as|by\s+(?:her|his|their)\s+(?:initials|first\s+name|given\s+name),?))\s+"
    r"(?P<name>(?:[A-Z]\.\s?){1,3}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]*\.?)?)"
)
# ('," said a former member who now lives in Warsaw and asked to be named only as Yuras')
_NAME_GIVEN_RE: Final = re.compile(
    rf"\s*,?\s+(?:who\s+(?:[^,.;:\"“”]{{1,50}}?\s+and\s+)?(?:asked|wanted|agreed)\s+to\s+be\s+)?"
    rf"{_NAME_GIVEN}"
)
# ('A former observer, who asked to be identified only by her initials, A.K., was more
# direct: "…"': the name given, then the verb that leads into the quotation)
_NAME_GIVEN_BEFORE_RE: Final = re.compile(rf"\b{_NAME_GIVEN}[^\"“”.!?]{{0,60}}[:,]?\s*$")


# ('One passenger, a woman who gave only her first name, Ieva, told us that …. "…"': the name
# given, then the speech verb whose subject it is)
_NAME_GIVEN_SUBJECT_RE: Final = re.compile(rf"\b{_NAME_GIVEN}\s*,?\s+(?:{lx.SPEECH_VERBS})\b")


def name_given_subject(masked: str, start: int, end: int) -> str | None:
    """Return the only name the sentence ``masked[start:end]`` gives for the subject of its
    speech verb ("a woman who gave only her first name, Ieva, told Skylane …"), or None."""
    if masked.find(" only ", start, end) < 0:
        return None  # (the plain test first: most sentences give no such name)
    found = _NAME_GIVEN_SUBJECT_RE.search(masked, start, end)
    return found.group("name").strip() if found is not None else None


def name_given_before(masked: str, start: int, end: int) -> str | None:
    """Return the only name (or initials) the text gives for the one who speaks the quotation
    that opens at ``end``, told in its sentence before it (``start``), or None."""
    if masked.find(" only ", start, end) < 0:
        return None  # (the plain test first: most sentences give no such name)
    found = _NAME_GIVEN_BEFORE_RE.search(masked, start, end)
    return found.group("name").strip() if found is not None else None


# ('"Washington opens the door." That's what a Belarusian diplomat told me': the sentence
# after the quotation names who said it)
THATS_WHAT_RE: Final = re.compile(r"\s*(?:That|This)(?:[’']s|\s+is|\s+was)\s+what\s+")


# '"We watch the border every day." (Lithuanian border guard, to our correspondent)': a
# digest's quotation credited in brackets
_BRACKET_CREDIT_RE: Final = re.compile(
    r"[ \t]*\((?P<who>[A-Za-z][^(),\n]{2,60}?)(?:,[^()\n]{0,80})?\)"
)


# '," the observer's sister told …', '," said the detainee's mother': kin of someone the
# text describes by a lower-case noun; '," my mother said', '," said our son': the writer's
# own, as diaries, blogs and letters tell them
# the nouns of kin and of people by their sex ("mother", "son", "woman"), as one pattern
_KIN_NOUNS: Final = lx.alternation(lx.PERSON_NOUN_SEXES)


def _owned_kin(group: str) -> str:
    """Return the pattern of owned kin, the kin and its owner in the group named ``group``."""
    return (
        rf"(?:the\s+(?=[a-z][\w-]*[’']s\s)|(?=(?:my|our)\s))(?P<{group}>(?:[a-z][\w-]*[’']s|"
        rf"my|our)\s+(?:{_KIN_NOUNS}))"
    )


# (one of these stands in every match of the pattern below)
_OWNED_KIN_WORDS: Final = ("’s", "'s", "my", "our")
_OWNED_KIN_AFTER_RE: Final = re.compile(
    rf"[\s{_LEAD[1:]}]*(?:(?:{_VERBS})\s+{_owned_kin('kin1')}"
    rf"(?=\s*(?:[,.;]|$))|{_owned_kin('kin2')}\s+(?:{_VERBS})\b)"
)


# '," said the finance director of a Suwałki building-materials company': the head of a body
# the text does not name, told with "the", after the quotation
_HEAD_OF: Final = (
    rf"(?P<who>(?:[\w-]+\s+){{0,2}}?(?:{SPEAKER_HEADS}|head|chief|founder)\s+of\s+(?:a|an|one)\s+"
    rf"(?:[\w’'.-]+\s+){{0,5}}?[\w’'.-]+){_END}"
)
_THE_HEAD_OF_RES: Final = (
    re.compile(rf"[\s{_LEAD[1:]}]*(?:{_VERBS})\s+the\s+{_HEAD_OF}"),
    # ('," the sister of one returnee, from Zhytomyr oblast, told us': where they are from, set
    # off by commas)
    re.compile(
        rf"[\s{_LEAD[1:]}]*the\s+{_HEAD_OF}(?:,\s+[^,.;:!?\"“”]{{1,40}},)?\s+(?:{_VERBS})\b"
    ),
)

_THE_NOUN_RE: Final = re.compile(
    rf"[\s{_LEAD[1:]}]*(?:(?:{_VERBS})\s+the\s+(?P<noun>[a-z]+)|the\s+(?P<noun_first>[a-z]+)"
    rf"\s+(?:{_VERBS}))\b"
)


def described_after(masked: str, start: int, end: int) -> str | None:
    """Return the description of an unnamed speaker told right after a quotation (``start``
    is just past its closing mark, ``end`` the end of its sentence), or None."""
    if masked.startswith((" (", "("), start):
        credit = _BRACKET_CREDIT_RE.match(masked, start)
        if credit is not None and has_head(masked, credit.start("who"), credit.end("who")):
            who = credit.group("who")
            return _as_speaker(who.split(None, 1)[1] if who.split()[0] in _ARTICLES else who)
    if masked.startswith(("That", "This"), start + 1) and (
        told := THATS_WHAT_RE.match(masked, start, end)
    ):
        found = _DESCRIBED_FIRST_RE.match(masked, told.end(), end)
        return _as_speaker(found.group("who")) if found is not None else None
    # (kin are owned by a possessive, "my" or "our": a plain test first)
    owned = (
        _OWNED_KIN_AFTER_RE.match(masked, start, end)
        if any_in(masked, start, end, _OWNED_KIN_WORDS)
        else None
    )
    if owned is not None:
        # ('," the observer's sister told Rights Radar': kin of someone the text describes)
        return owned.group("kin1") or owned.group("kin2")
    if masked.find("the ", start, start + 30) >= 0:
        # ('"…," the nephew said' in an entry labelled "Nephew of a prisoner in Orsha.")
        the = _THE_NOUN_RE.match(masked, start, end)
        if the is not None and (
            labelled := label_of(masked, the.group("noun") or the.group("noun_first"), start)
        ):
            return labelled
        for pattern in _THE_HEAD_OF_RES:
            if (head := pattern.match(masked, start, end)) is not None:
                return _as_speaker(head.group("who"))
    if not opens_description(masked, start, end):
        return None
    if (
        masked[start - 2 : start - 1] in (".", "!", "?")
        and masked[start:end].lstrip()[:1].isupper()
    ):
        # ('…table." A Treasury official told Congress that …': the quotation ended its
        # sentence, and the description opens the next one)
        return None
    found = (
        _VERB_FIRST_RE.match(masked, start, end)
        or _DESCRIBED_FIRST_RE.match(masked, start, end)
        or _APPOSED_FIRST_RE.match(masked, start, end)
    )
    if found is None and (
        _ONE_OF_THEM_VERB_FIRST_RE.match(masked, start, end)
        or _ONE_OF_THEM_FIRST_RE.match(masked, start, end)
    ):
        groups = list(_COUNTED_GROUP_RE.finditer(masked, max(0, start - _GROUP_REACH), start))
        if not groups:
            return None
        last = groups[-1]
        plural = last.group("plural")
        if last.group("owner") is not None:
            return f"one of {last.group('owner')} {last.group('words')}{plural}"
        return _as_speaker(last.group("words") + (singular(plural) or plural[:-1]))
    if found is None:
        one = _ONE_OF_VERB_FIRST_RE.match(masked, start, end) or _ONE_OF_FIRST_RE.match(
            masked, start, end
        )
        return _as_speaker("one " + one.group("group")) if one is not None else None
    given = _NAME_GIVEN_RE.match(masked, found.end("who"), end)
    if given is not None:
        return given.group("name")  # ('," said a woman who gave her name only as Iryna')
    where = (
        _WHERE_THEY_WERE_RE.match(masked, found.end("who"), end)
        if masked.startswith(" who ", found.end("who"))
        else None
    )
    who = found.group("who") + where.group() if where is not None else found.group("who")
    return _as_speaker(who)


# a full stop after a word, not after an initial ("U.S. official")
_WORD_STOP_RE: Final = re.compile(r"(?<=[a-z]{2})[.!?]\s")


# ("A long-standing client, a retired engineer with relatives in Hrodna, wrote:"; "One
# customer, the owner of a Riga logistics firm who asked not to be named, told …": the
# description after the comma says more of who it is)
_APPOSITIVE_RE: Final = re.compile(rf"\s*,\s+(?:a|an|the)\s+{_DESCRIBED}{_END}")


# a second head right after the first ("a Dutch fertiliser trader", where "fertiliser" may
# read as a head of its own): the description runs on to it
_HEAD_AFTER_RE: Final = re.compile(
    rf"\s+(?:{SPEAKER_HEADS})(?=\s*[,:;]|\s+(?:who|whose|in|at|from)\b)"
)


# where the one described was, right after the head ("a man in civilian clothes opened the
# door", "A man in my detachment, …", "A man next to me, a history teacher from Hrodna, said")
_POST_PLACE_RE: Final = re.compile(
    r"\s+(?:in|next\s+to|beside|near)\s+(?:(?:my|our|the|his|her|their)\s+)?[a-z][\w’'-]*"
    r"(?:\s+[a-z][\w’'-]*)?(?=,|\s+[a-z]+\s)"
)


def _who(found: re.Match[str]) -> str:
    """Return the description ``found`` matched, with where the one described was when it
    follows the head, or the one set after it between commas."""
    at = found.end("who")
    place = _POST_PLACE_RE.match(found.string, at)
    appositive = _APPOSITIVE_RE.match(found.string, place.end() if place is not None else at)
    if appositive is not None:
        return appositive.group("who")
    if place is not None:
        return found.group("who") + place.group()
    more = _HEAD_AFTER_RE.match(found.string, at)
    return found.group("who") + (more.group() if more is not None else "")


def described_before(masked: str, start: int, end: int) -> str | None:
    """Return the description of an unnamed speaker whose speech verb leads into a quotation
    that opens at ``end`` (``start`` is its sentence's start), or None."""
    if masked[start:end].rstrip().endswith(":"):
        colon = _COLON_RE.search(masked, start, end)
        if colon is not None:
            return _as_speaker(_who(colon))
    if not _verb_leads_in(masked, start, end):
        return described_reporting(masked, start, end)
    found = _BEFORE_RE.search(masked, start, end)
    if found is None or _WORD_STOP_RE.search(found.group("who")):
        return None  # (none, or "a statement. The official described it as": two sentences)
    return _as_speaker(_who(found))


# 'A Foreign Office minister said the UK was "ready to go further"': words quoted inside what
# a described speaker reported (a clause of no speech verb of its own between)
# a described subject and its speech verb ("A Polish diplomat, speaking privately, said")
# ("A woman at the registration desk this morning was asked what she wanted": when, and the
# passive's auxiliary, before the verb)
# ("A trader in Gdynia was blunter. '…,' he said": how the words were put, with no verb)
_MANNER: Final = lx.alternation(lx.words("speech", "manner_comparatives"))
# ("A Lithuanian border official at Medininkai said": where the one described serves)
_POSTED_AT: Final = r"(?:\s+(?:at|in)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)?"
_SUBJECT: Final = (
    rf"\b{ARTICLE}{_DESCRIBED}{_POSTED_AT}{_UNNAMED_ASIDE}"
    r"(?:\s+(?:this|last|that|yesterday)\s+(?:morning|afternoon|evening|night|week))?"
    rf"(?:\s+(?:was|were))?\s+(?:{_VERBS}|{_SENT}|(?:(?<=was\s)|(?<=were\s))(?:{_MANNER}))"
)
_REPORTED_RE: Final = re.compile(
    # ("quoted a Western diplomat who called the releases "…"": the relative's own verb, for
    # the words quoted in it, not for a "she" or "he" after)
    # ("A court-appointed lawyer asked for leniency, telling the judge that X had "…"": a
    # participle after the subject's own clause)
    rf"\b{ARTICLE}{_DESCRIBED}(?:{_UNNAMED_ASIDE}|\s+who(?=\s+(?:{_VERBS})\b))\s+"
    rf"(?:{_VERBS}|[a-z]+ed\b[^,.;:\"“”]{{0,40}},\s+(?:{lx.PARTICIPLES}))\s+"
    # (not "a railway worker accused of passing information to …": no report follows)
    # ("that a U.S. decision would change little": the full stops of initials inside)
    r"(?!(?:of|for|about|to|with|by|from|in|on|at)\b)"
    r"(?P<clause>(?:[^\"“”.!?;:]|(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.){3,100}?)\s*$"
)
# 'A European Commission spokeswoman said Brussels had no plans …. "…," she said': a
# described subject and its speech verb, which a later "she" or "he" may refer back to
# (a description that runs on from the sentence before: "… told a briefing. The diplomat")
_RUN_ON_RE: Final = re.compile(r"[.!?]\s")
_SUBJECT_RE: Final = re.compile(rf"{_SUBJECT}\b")
# ('asked a Norwegian diplomat whether …. He said that was "…"': the person asked, who answers)
# ("I asked one young man who now works in a bakery what he remembers": a clause between)
_ASKED_RE: Final = re.compile(
    rf"\basked\s+{ARTICLE}{_DESCRIBED}(?:\s+who\s+[^,.;:\"“”]{{3,80}}?)?"
    r"\s+(?:whether|if|about|what|how|why|when)\b"
)
# ('I spoke to a woman released in September after three years. She told me, "…"': the one
# spoken to, who answers)
# ("I put this to a European diplomat who had followed the talks": the one asked, too)
# ("I spoke in September with a former Belavia engineer", "I met a retired teacher …": when,
# between the verb and whom)
_SPOKE_TO_RE: Final = re.compile(
    rf"\b(?:(?:spoke|speak|speaks|speaking|talked|talk|talks|talking|"
    rf"put\s+(?:this|it|that|the\s+question))"
    r"(?:\s+(?:briefly|again|once|(?:in|on|last|this|that|at|over)\s+[\w-]+(?:\s+[\w-]+)?))?"
    # ("spoke that week to one of the 12 women, a bookkeeper from Kobryn": one of a group,
    # described after it)
    r"\s+(?:to|with)(?:\s+one\s+of\s+the\s+(?:\d+\s+)?[a-z]+,)?|"
    r"(?<=\bI\s)(?:met|interviewed|visited|called|phoned|rang)|"
    # ("The same piece has a former prisoner, released in June, who …": one a piece quotes)
    rf"\b(?:{lx.DOCUMENT_NOUNS}|piece|article|story|film|documentary|programme|episode|feature)\s+(?:also\s+)?"
    r"(?:has|features|quotes|cites|interviews|profiles|follows))"
    rf"\s+{ARTICLE}{_DESCRIBED}{_END}"
)
# the words one a piece quotes is found by ("The report quotes a …")
PIECE_PERSON_WORDS: Final = (" has a", " has one", " features ", " quotes a", " quotes one", " cites a",
                      " interviews a", " interviews one", " profiles a", " follows a")  # fmt: skip
# the words the person spoken to is found by
_SPOKE_TO_WORDS: Final[tuple[str, ...]] = (
    *("spoke ", "talked ", "put ", "I met ", "I interviewed ", "I visited "),
    *("I called ", "I phoned ", "I rang "),
    *PIECE_PERSON_WORDS,
)
# ('The owner of a lorry firm, who asked not to be named, said …': "the" with an aside that
# keeps the name back)
_THE_SUBJECT_RE: Final = re.compile(
    rf"\b[Tt]he\s+{_DESCRIBED}\s*,\s+who\s+(?:asked|declined|requested|spoke)\b[^,\"“”]{{1,60}},"
    rf"\s+(?:{_VERBS})\b"
)


# ('One of those pardoned on Tuesday, a 59-year-old engineer from Baranavichy, reached us
# through a relative. "…," he said': one of a group, described, the sentence's subject)
_ONE_OF_RE: Final = re.compile(
    r"\bOne\s+of\s+(?:them|those\s+[a-z]+(?:\s+[a-z]+)?|the\s+[a-z]+)(?:\s+[^,.;:\"“”]{1,30})?"
    # (not "One of the released women, a nurse from Lida, said …": a speaker whom the
    # group's words describe, read as before)
    rf"\s*,\s+(?:a|an)\s+{_DESCRIBED}\s*,\s+(?!(?:{lx.SPEECH_VERBS})\b)(?:[a-z]+ed|[a-z]+s|was|had|"
    rf"{lx.IRREGULAR_PAST_VERBS})\b"
)


# the plain test before those patterns: a head noun of a description, as a word of its own
# or before the comma of an aside ("A diplomat, speaking privately, said")
_HEAD_GATE: Final = _HEAD_WORDS | frozenset(head + "," for head in _HEAD_WORDS)
# (an article in lower case after a space, capitalised where a sentence opens)
_ARTICLE_NEEDLES: Final = tuple(
    f" {article} " if article.islower() else f"{article} " for article in sorted(_ARTICLES)
)


def has_head(masked: str, start: int, end: int) -> bool:
    """Return True when a head noun of a description stands in ``masked[start:end]``: most
    texts hold none there, and the patterns are not run."""
    words = masked[start:end].split()
    if not _HEAD_GATE.isdisjoint(words):
        return True
    # an agent noun only where a description's head stands: before an aside, a speech verb or
    # where the person is from (plain tests on the words; the pattern for the few that pass)
    # (``word[-1]``, not ``word.endswith``: no word of a split is empty, and a method call
    # costs several times an index on the hundred-odd words a text's quotations have before)
    last = len(words) - 1
    for i, word in enumerate(words):
        if (word[-1] == "," or (i < last and words[i + 1] in _AFTER_HEAD)) and is_agent_noun(
            word.rstrip(",")
        ):
            return True
    return False


def _has_article(masked: str, start: int, end: int) -> bool:
    """Return True when an article that may open a description stands in
    ``masked[start:end]`` (plain searches: most sentences before a quotation are short)."""
    return any_in(masked, start, end, _ARTICLE_NEEDLES)


def described_reporting(masked: str, start: int, end: int) -> str | None:
    """Return the description of an unnamed speaker whose reported words hold a quotation
    that opens at ``end`` ('A Polish diplomat said the easing had "…"'; ``start`` is its
    sentence's start), or None."""
    # (the description stands in the quotation's own sentence: the words after the last full
    # stop are all the test needs to read)
    # ("… said that a U.S. decision would change little": initials are no full stop)
    stop = masked.rfind(". ", start, end)
    while stop > 0 and is_abbreviation(masked, max(0, stop - 8), stop):
        stop = masked.rfind(". ", start, stop)
    start = max(start, stop + 1)
    if not _has_article(masked, start, end) or not has_head(masked, start, end):
        return None
    found = _REPORTED_RE.search(masked, start, end)
    if found is None or _RUN_ON_RE.search(found.group("who")):
        return None  # (none, or a description run on from the sentence before)
    if any(word in _VERB_WORDS for word in found.group("clause").split()):
        return None  # ('a diplomat said Lukashenko had told him "…"': another speaks)
    return _as_speaker(_who(found))


def described_subject(
    masked: str, start: int, end: int, gender: str | None
) -> tuple[str, int] | None:
    """Return the last described speaker between ``start`` and ``end`` whose description
    fits a pronoun of ``gender`` ("f", "m" or None), with where the match ends, or None."""
    last = None
    if not has_head(masked, start, end):
        return None
    patterns = [_SUBJECT_RE]
    if masked.find(" who ", start, end) >= 0:
        patterns.append(_THE_SUBJECT_RE)
    if masked.find("asked ", start, end) >= 0:
        patterns.append(_ASKED_RE)
    if any_in(masked, start, end, _SPOKE_TO_WORDS):
        patterns.append(_SPOKE_TO_RE)
    if masked.find("One of ", start, end) >= 0:
        patterns.append(_ONE_OF_RE)
    for pattern in patterns:
        for found in pattern.finditer(masked, start, end):
            if last is None or found.start() > last.start():
                last = found
    if last is None or _RUN_ON_RE.search(last.group("who")):
        return None
    if last.re is _SUBJECT_RE and _NAMED_BEFORE_RE.search(
        masked, max(0, last.start() - 40), last.start()
    ):
        return None  # ("Sviataslau Aheyeu, a lawyer for the athletes, called …": one named)
    if GATHERED_HEADS.intersection(last.group("who").split()):
        return None  # (one of many at a meeting: a later "she" means someone the text names)
    kin = _KIN_OF_RE.search(masked, max(start, last.start() - 40), last.start())
    if kin is not None and last.re is _SUBJECT_RE:
        # ("The mother of a prisoner in Shklou told …. '…,' she said": the mother speaks)
        if gender is not None and _SEXES.get(kin["kin"], gender) != gender:
            return None
        return _as_speaker(masked[kin.start("kin") : last.end("who")]), last.end()
    genders = {_SEXES.get(word) for word in last.group("who").split()} - {None}
    if gender is not None and genders - {gender}:
        return None  # ("a spokesman said …. '…,' she said": not the one meant)
    if last.re is _SPOKE_TO_RE or last.re is _ASKED_RE:
        return _met_description(masked, last, end), last.end()
    return _as_speaker(last.group("who")), last.end()


# those at a gathering ("a participant from a Nordic ministry"), who speak where the text says
# so but whom a later pronoun does not mean (also left out of described_subjects' openings)
GATHERED_HEADS: Final = frozenset(lx.words("roles", "gathered_heads"))
# the nouns of a person that say nothing of them alone ("woman", "young man")
PLAIN_NOUNS: Final = frozenset(lx.PERSON_NOUN_SEXES)
# a name right before a description set after it between commas ("Sviataslau Aheyeu, a lawyer")
_NAMED_BEFORE_RE: Final = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,\s+$")
# the sex a word of a description tells ("spokesman", "wife", "woman")
_SEXES: Final = {**lx.PERSON_NOUN_SEXES, **lx.GENDERED_NOUNS}
# kin of the one described, before the description ("The mother of a prisoner in Shklou")
_KIN_OF_RE: Final = re.compile(rf"\b[Tt]he\s+(?P<kin>{_KIN_NOUNS})\s+of\s+$")
# what one met is told by when the noun alone says nothing of them ("one woman who had been
# held in a penal colony in Homel"): the relative clause, to its end, not into what the writer
# asked ("one young man who works in a bakery what he remembers")
_FREED_WHEN_RE: Final = re.compile(
    r",?\s+(?P<when>(?:released|freed|pardoned)\s+(?:in|on|last|this)\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+|\d{4}|year|month|week))\b"
)
_WHO_CLAUSE_RE: Final = re.compile(
    r"\s+who\s+[^,.;:!?\"“”]{3,80}?(?=\s*[,.;:!?]|\s+(?:what|whether|how|why|if|about|when)\b)"
)


def met_person(masked: str, start: int, end: int) -> tuple[str, str] | None:
    """Return the person the writer spoke to or asked in ``masked[start:end]`` ("I spoke in
    September with a former Belavia engineer …", "I asked one young man what he …"): the
    head noun and the description as a speaker; None when there is none or a name follows."""
    found: re.Match[str] | None = None
    if masked.find("asked ", start, end) >= 0:
        found = _ASKED_RE.search(masked, start, end)
    if found is None and any_in(masked, start, end, _SPOKE_TO_WORDS):
        found = _SPOKE_TO_RE.search(masked, start, end)
    if found is None or NAMED_AFTER_RE.match(masked, found.end("who"), end):
        return None
    return found.group("who").split()[-1], _met_description(masked, found, end)


def _met_description(masked: str, found: re.Match[str], end: int) -> str:
    """Return the description of one met (``found``) as a speaker, with the relative clause
    after a noun that says nothing alone."""
    who = found.group("who")
    words = who.split()
    description = _as_speaker(who)
    clause = _WHO_CLAUSE_RE.match(masked, found.end("who"), end)
    if clause is not None and words[-1] in PLAIN_NOUNS and len(words) <= 2:
        description = f"{description} {' '.join(clause.group().split())}"
    freed = _FREED_WHEN_RE.match(masked, found.end("who"), end)
    if freed is not None:
        # ("a former prisoner, released in June, who …": when they were freed tells who)
        description = f"{description} {' '.join(freed['when'].split())}"
    return description


# a name given after a description, which the name then stands for ("I spoke with a young
# man, Dzianis Sakalou, who …"; "A former colleague, the violinist Petra Lindqvist, told us …")
NAMED_AFTER_RE: Final = re.compile(
    rf"[^,.;:!?\"“”]{{0,60}},\s+{_WHAT_BEFORE_NAME}[A-Z][\w’'-]+\s+[A-Z]"
)

# (the word a spokesperson is told by; see spokesperson_speakers)
SPOKESPERSON: Final = r"spokes(?:person|man|woman)"


_STAFF: Final = frozenset(lx.words("roles", "staff_heads"))


@lru_cache(maxsize=64)
def _described_as(noun: str) -> re.Pattern[str]:
    # ("An underwriter from a Zurich firm reported …": where they are from, when the clause's
    # verb or a stop follows it)
    return re.compile(
        rf"\b{ARTICLE}(?P<who>(?:[\w’'.-]+\s+){{0,3}}?{re.escape(noun)}\b"
        r"(?:\s+from\s+(?:a|an|the)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+(?:\s+in\s+[A-Z][\w’'-]*)?"
        r"(?=\s*[,.;:]|\s+(?:who|[a-z]+ed|said|says|told)\b)"
        # ("A consular officer in Vilnius, asked …, answered": where one of a body's staff
        # serves tells which of its staff)
        + (
            r"|\s+in\s+[A-Z][\w’'-]*(?=\s*[,.;:]|\s+(?:who|[a-z]+ed|said|says|told)\b)"
            if noun in _STAFF
            else ""
        )
        + r")?)"
    )


def described_earlier(masked: str, noun: str, position: int, reach: int) -> str | None:
    """Return how the text first described the unnamed person "the <noun>" before
    ``position`` refers back to ('A Swiss diplomat who has handled the file …; "…," the
    diplomat said' gives "Swiss diplomat"), within ``reach`` characters; None when ``noun``
    heads no such description there."""
    if noun not in _HEAD_WORDS and not _AGENT_RE.fullmatch(noun):
        return None
    found = _described_as(noun).search(masked, max(0, position - reach), position)
    return _as_speaker(found.group("who")) if found is not None else None


# "Lithuania's foreign minister", "Ryanair's chief executive": a role given by whose it is, a
# few words before its noun
_OWNED: Final = (
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}[’']s\s+(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{lx.alternation(lx.words('roles', 'owned_roles'))}))"
)
# ('," said Ryanair's chief executive.', '," Lithuania's foreign minister said')
_OWNED_VERB_FIRST_RE: Final = re.compile(
    rf"[\s{_LEAD[1:]}]*(?:{_VERBS})\s+{_OWNED}{_NAMED_AFTER}(?=\s*(?:[,.;:!?]|$)|\s+(?:in|on|at|"
    r"after|before|during|when|last|this)\b)"
)
_OWNED_FIRST_RE: Final = re.compile(rf"[\s{_LEAD[1:]}]*{_OWNED}\s+(?:{_VERBS})\b")
# ('Poland's deputy foreign minister said in Warsaw that there could be "…"': the verb, and what
# it reports up to the quotation, with no speech verb of another)
# (the owner's name whole: not "Bialiatski's lawyer" inside "Ales Bialiatski's lawyer")
_OWNED_BEFORE_RE: Final = re.compile(
    rf"(?<![\w’'-]\s){_OWNED}{_UNNAMED_ASIDE}\s+(?:{_VERBS})\b(?P<clause>[^\"“”.!?;]{{0,140}})$"
)


def owned_role(masked: str, start: int, end: int, after: bool) -> str | None:
    """Return a role given by whose it is, with no name, that speaks right after a quotation
    (``after``: '," Lithuania's foreign minister said'; ``start`` is just past the closing mark)
    or leads into one that opens at ``end`` ('Ryanair's chief executive tells Irish radio the
    crew were made to feel "…"'); None when there is none."""
    if masked.find("'s ", start, end) < 0 and masked.find("’s ", start, end) < 0:
        return None  # (no possessive: the plain test before the patterns)
    if after:
        found = _OWNED_VERB_FIRST_RE.match(masked, start, end) or _OWNED_FIRST_RE.match(
            masked, start, end
        )
        return _as_speaker(found.group("who")) if found is not None else None
    found = _OWNED_BEFORE_RE.search(masked, start, end)
    if found is None or any(word in _VERB_WORDS for word in found.group("clause").split()):
        return None
    return _as_speaker(found.group("who"))


# ("My father, who flew …, called from Minsk and said, …", "My wife, reading over my shoulder,
# says: …": the writer's own kin, an aside or a first verb between; not "My husband Valery
# said": a name given)
_WRITER_KIN_BEFORE_RE: Final = re.compile(
    rf"\b(?P<who>(?:My|my|Our|our)\s+(?:{_KIN_NOUNS}))\b(?!\s+[A-Z])"
    r"(?:\s*,[^,\"“”]{1,100},)?"
    rf"(?:\s+[^.!?;:\"“”]{{1,80}}?\s+and)?\s+(?:{_VERBS}){_LEAD_IN}"
)


def writer_kin_before(masked: str, start: int, end: int) -> str | None:
    """Return the writer's own kin ("my father") whose speech verb leads into a quotation
    that opens at ``end`` (``start`` is its sentence's start), or None: the last reading
    of who spoke, when no name, body or description was found."""
    if "y " not in masked[start:end] and "r " not in masked[start:end]:
        return None  # (neither "my" nor "our" there: the plain test first)
    found = _WRITER_KIN_BEFORE_RE.search(masked, start, end)
    return found.group("who").lower() if found is not None else None
