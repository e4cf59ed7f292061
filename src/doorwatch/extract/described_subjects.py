"""People a sentence opens with by description only, whom a later "she" or "he" means.

"Maksim's mother, reached by phone in Babruisk, was more guarded. '…,' she said": the mother
speaks, not the last woman the text named. "Around midday a man in a torn shirt walked out.
'…,' he said": the man. The description is read where a sentence opens, before its verb, and
only when no name is given with it ("His wife, Sviatlana Zaitsava, sent …" names her, and the
name is who a pronoun means).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from doorwatch.extract import lexicon as lx
from doorwatch.extract.entry_labels import entry_speaker
from doorwatch.extract.letter_lines import described_sender
from doorwatch.extract.meeting_roles import opening_office
from doorwatch.extract.mentions import Mention
from doorwatch.extract.name_genders import first_name_gender
from doorwatch.extract.person_pronouns import PRONOUN_GENDER
from doorwatch.extract.quotes import QuoteSpan
from doorwatch.extract.resolve import Resolver
from doorwatch.extract.sentences import Paragraph, SentenceIndex
from doorwatch.extract.unnamed_speakers import (
    AGENT_NOUN,
    GATHERED_HEADS,
    NAMED_AFTER_RE,
    PIECE_PERSON_WORDS,
    SPEAKER_HEADS,
    TERM,
    is_agent_noun,
    met_person,
)
from doorwatch.extract.word_gates import any_in

# the nouns and the pronoun each takes ("mother": "she")
PERSON_NOUNS: Final = lx.PERSON_NOUN_SEXES
_NOUNS: Final = lx.alternation(PERSON_NOUNS)
# the offices and trades an unnamed person is described by ("A former Lithuanian minister was
# blunter. America, he told me, …"), which fit either pronoun; not a spokesperson, who speaks
# for an office the text names
# (with the heads of unnamed speakers by what they do: "A former miner … '…,' he said"; kin
# and people by their sex are person nouns, read as such; a body's staff speak for it)
_TRADES: Final = (
    frozenset(lx.words("roles", "described_trades") + lx.words("roles", "unnamed_speaker_heads"))
    - set(PERSON_NOUNS)
    - set(lx.words("roles", "staff_heads"))
    - GATHERED_HEADS
)
_ROLES: Final = (
    frozenset(
        noun
        for noun in lx.words("roles", "person_role_nouns")
        if " " not in noun and noun not in PERSON_NOUNS and not noun.startswith("spokes")
    )
    | _TRADES
)
_ROLE_NOUNS: Final = lx.alternation(sorted(_ROLES))
# what may open the sentence before its subject: a short adverbial ("Around midday",
# "On Friday,", "Later")
# ("One of those freed, a man from Brest region who …")
# (not "Her cousin, a nurse, was sentenced": a subject of its own, whose trade follows)
# ("P.S. My wife asked me to add …": a postscript's mark)
_OPENER: Final = (
    r"(?:P\.(?:P\.)?S\.\s+|"
    r"(?!(?:Her|His|Their|My|Our|Your|Its)\s)[A-Z][a-z]+(?:\s+[a-z0-9]+){0,3},?\s+)?"
)
# "Maksim's mother", "Halina Sakalova's elder daughter", "Her daughter"
# ("My mother called from Hrodna": the writer's own, as diaries and letters tell them)
_OWNED: Final = (
    r"(?P<owner>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+[’']s|[Hh]is|[Hh]er|My|Our)\s+"
    r"(?:(?:elder|eldest|younger|youngest|older|late|own|\d+-year-old)\s+)?"
    rf"(?P<noun>{_NOUNS})\b"
)


# "a man in a torn shirt", "one elderly woman from Homel": an indefinite person, with where
# they are or what they wear
# ("One of the freed men, a truck driver from Chernihiv, said …"; "A former Lithuanian
# minister was blunter")
def _indefinite_re(heads: str) -> str:
    """Return the pattern of an indefinite person whose head noun is a person noun or one of
    ``heads`` (the roles for the person a sentence opens with, any unnamed speaker's head
    for one the text says who they are)."""
    return (
        # ("Another mother, from Baranavichy, talked about …")
        # ("Our lawyer, who has defended three of our members, …": a body's own, unnamed)
        # ("The owner of a bakery in Lida said …": "the" one of something indefinite, unnamed)
        r"(?P<article>[Aa]n?|[Aa]nother|[Oo]ne(?:\s+of\s+the)?|Our|The(?=(?:\s+[\w-]+){1,3}\s+of\s+an?\s))"
        rf"\s+(?:[\w-]+\s+){{0,3}}?"
        rf"(?P<inoun>{_NOUNS}|(?<![Oo]ne\s)(?:{heads}))\b"
        # ("a woman from Hrodna who asked …": the relative pronoun opens what is said of her)
        # (not into "that employs …": the relative opens what is said of the firm)
        r"(?P<tail>,?\s+(?:in|with|from|of)\s+(?:(?:a|an|the|his|her)\s+)?"
        r"(?:(?!(?:who|that|which)\b)[\w-]+\s+){0,2}?(?!(?:who|that|which)\b)[\w-]+"
        # ("the owner of a small bakery in Lida", "the mother of a prisoner held in Shklou": and
        # where that is)
        r"(?:\s+(?:held\s+)?in\s+[A-Z][\w’'-]+)?"
        # ("One woman freed in December, a 44-year-old accountant, told me …")
        # ("A former prisoner, released in 2024 and now …": set off by a comma)
        r"|,?\s+(?:released|freed|detained|arrested|jailed|pardoned)\s+(?:in|on|last|this)\s+"
        r"(?:\d{1,2}\s+[A-Z][a-z]+|(?:the\s+)?[\w’'-]+)"
        # ("A Network member who was expelled to Lithuania in December described …": where or
        # when the one described was freed, which tells who they are)
        r"|\s+who\s+(?:was|were|had\s+been)\s+(?:released|freed|expelled|deported|pardoned)\s+"
        r"(?:to|in|from|on)\s+(?:[A-Z][\w’'-]*|\d{4})"
        # ("A woman released after four years spoke to …": how long she was held)
        rf"|\s+(?:released|freed|pardoned)\s+after\s+{TERM}"
        # ("A defence lawyer practising in Minsk, interviewed on …, described …")
        # ("a broker based in the Gulf")
        r"|\s+(?:practi[sc]ing|working|based)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*)?"
    )


# the verb or the aside that follows the subject (not a name: "His wife, Sviatlana Zaitsava,")
_IRREGULAR: Final = lx.IRREGULAR_PAST_VERBS
# ("a woman from Hrodna who asked …": "who" after where the person is from, not after the noun)
# ("A former miner whose scarf hangs in case 6 worries …": "whose" opens what is said of him)
_AFTER: Final = (
    # ("… who was expelled to Lithuania in December described": when, after where freed)
    r"(?=(?(tail)(?:\s+(?:in|on|last|this)\s+[A-Z0-9]\w*(?:\s+\d{4})?|"
    r"\s+after\s+[^,.;:\"“”]{1,40}?)?|)"
    rf"(?:\s*,\s+(?![A-Z])|\s+(?:[a-z]+ed|was|is|had|has|[a-z]+s|{_IRREGULAR}|whose)\b)"
    # ("the finance manager of a Vilnius printing firm with a plant near Hrodna put it …":
    # what the firm has is no part of who the person is)
    r"|(?(tail)\s+(?:who|and|with|that)\b|(?!)))"
)
_TRADE_OPENER_RE: Final = re.compile(
    r"\s*(?:(?:One|One\s+of\s+them|Another),\s+)?(?:[Aa]n?|[Aa]nother|[Oo]ne|Our|The)\s+"
    r"(?:[\w-]+\s+){0,3}?"
)
# (any noun of someone who does something, too: "A furniture importer in Gdańsk …")
_OPENING_RE: Final = re.compile(
    rf"\s*{_OPENER}(?:{_OWNED}|{_indefinite_re(f'{_ROLE_NOUNS}|{AGENT_NOUN}')}){_AFTER}"
)
# the same with no lead-in, read first ("The mother of a prisoner held in …" is the subject,
# not "The mother of" leading in to "a prisoner")
_PLAIN_OPENING_RE: Final = re.compile(
    rf"\s*(?:{_OWNED}|{_indefinite_re(f'{_ROLE_NOUNS}|{AGENT_NOUN}')}){_AFTER}"
)
# a name the one described gives later in the sentence ("only her first name, Aliaksandra")
_NAME_GIVEN_RE: Final = re.compile(r"\bname(?:,|\s+(?:only\s+)?as)\s+[A-Z]")
_PRONOUN_OPENS: Final = {"f": "She ", "m": "He "}
# a sentence that opens with the pronoun after a word of sequence ("Then she looked up")
_LATER_PRONOUN_RE: Final = {
    gender: re.compile(rf"\s*(?:Then|And|But|Later|Finally),?\s+{word.lower()}")
    for gender, word in _PRONOUN_OPENS.items()
}
# a sentence that says who the pronoun's person is ("He is a retired engineer from Mahilioŭ,
# seventy years old.")
_IS_A_RE: Final = {
    gender: re.compile(
        rf"\s*{word}(?:is|was)\s+{_indefinite_re(f'{_ROLE_NOUNS}|{SPEAKER_HEADS}')}"
        r"(?=\s*[,.;]|\s+who\b)"
    )
    for gender, word in _PRONOUN_OPENS.items()
}
# the writer's own turn in an exchange, which leaves "she" meaning whom it meant: "I asked her
# what she expected.", "I said yes."
_OWN_TURN_RE: Final = re.compile(r"\s*(?:Then\s+|And\s+)?I\s+[a-z]+\b")
_OBJECT_PRONOUN: Final = {"f": "her", "m": "him"}


class Opening(NamedTuple):
    """The person a sentence opens with: ``noun`` ("mother") and whose it is, ``owner``
    ("Maksim", "Her") at ``owner_at``, or, with no owner, the unnamed person as written
    (``description``: "man in a torn shirt")."""

    noun: str
    owner: str | None
    owner_at: int
    description: str


def opening_description(masked: str, start: int, end: int, gender: str) -> Opening | bool | None:
    """Read the sentence ``masked[start:end]`` for the person a later pronoun of ``gender``
    ("f" or "m") means. Return that person (``Opening``); True when the sentence opens with
    the pronoun itself (the person is further back); None when it opens with anyone or
    anything else."""
    if masked.startswith(_PRONOUN_OPENS[gender], start):
        told = _IS_A_RE[gender].match(masked, start, end)
        return (_indefinite(told, gender) or True) if told is not None else True
    if _LATER_PRONOUN_RE[gender].match(masked, start, end):
        return True
    if "I " in masked[start : start + 30] or any_in(masked, start, end, PIECE_PERSON_WORDS):
        met = _met(masked, start, end, gender)
        if met is not False:
            return met
        if _OWN_TURN_RE.match(masked, start, end) is not None:
            words = masked[start:end].split()
            return len(words) <= 4 or _OBJECT_PRONOUN[gender] in words or None
    # (plain words first: most sentences open with no such noun among their first words)
    if not any(
        word.rstrip(",") in PERSON_NOUNS
        or word.rstrip(",") in _ROLES
        or is_agent_noun(word.rstrip(","))
        for word in masked[start : start + 80].split()[:9]
    ):
        return None
    found = _PLAIN_OPENING_RE.match(masked, start, end) or _OPENING_RE.match(masked, start, end)
    if found is None or NAMED_AFTER_RE.match(masked, found.end(), end):
        return None
    if _NAME_GIVEN_RE.search(masked, found.end(), end) is not None:
        return None  # ("… who asked that we use only her first name, Aliaksandra, …": hers)
    noun = found.group("noun") or found.group("inoun")
    if PERSON_NOUNS.get(noun, gender) != gender:
        return None  # (a role fits either pronoun)
    if noun in PERSON_NOUNS and masked.startswith(" whose ", found.end()):
        return None  # ("A woman whose son was …": who she is is the clause, told no further)
    trade = noun in _TRADES or (noun not in _ROLES and noun not in PERSON_NOUNS)
    if trade and not _TRADE_OPENER_RE.fullmatch(masked, start, found.start("inoun")):
        # a trade describes the sentence's subject only where it opens the sentence or
        # follows "One," ("One, a retired engineer from Mahilioŭ, …")
        return None
    owner = found.group("owner")
    if owner is not None and _named_first(masked, start, found.start("owner")):
        return None  # ("Natallia, Dzmitry's wife, came …": the name given first is hers)
    if owner is not None:
        # ("Maksim's" names the owner; "Her" is resolved by the caller)
        named = owner[:-2] if owner.endswith(("’s", "'s")) else owner
        return Opening(noun, named, found.start("owner"), f"{owner} {noun}")
    return _indefinite(found, gender)


def _named_first(masked: str, start: int, owner_at: int) -> bool:
    """Return True when the word that opens the sentence before the owner's description is a
    given name set before it ("Natallia, Dzmitry's wife"), not a lead-in ("Later,")."""
    words = masked[start:owner_at].split()
    return (
        len(words) == 1
        and words[0].endswith(",")
        and first_name_gender(words[0][:-1].lower()) is not None
    )


def _met(masked: str, start: int, end: int, gender: str) -> Opening | bool | None:
    """Return the person the writer spoke to or asked in the sentence (see ``met_person``);
    None when their noun cannot be the pronoun of ``gender``; False when the sentence tells
    of no such person, or names them."""
    met = met_person(masked, start, end)
    if met is None:
        return False
    noun, description = met
    if PERSON_NOUNS.get(noun, gender) != gender:
        return None
    return Opening(noun, None, -1, description)


def _indefinite(found: re.Match[str], gender: str) -> Opening | None:
    """Return the unnamed person ``found`` describes ("a man in a torn shirt"), or None when
    its noun cannot be the pronoun of ``gender``."""
    noun = found.group("inoun")
    if PERSON_NOUNS.get(noun, gender) != gender:
        return None
    tail = found.group("tail") or ""
    # (without its article, but for "one of the freed men": one of many)
    words = found.string[found.start("article") : found.end("inoun")].split()
    words = words if words[1:2] == ["of"] else words[1:]
    return Opening(noun, None, -1, " ".join([*words, *tail.replace(",", " ").split()]))


def _fits(description: str, gender: str) -> bool:
    """Return True when the first person noun of ``description`` ("man held in …", "wife of
    a prisoner …") may be the pronoun of ``gender``; False when it has none or another's."""
    noun = next((w for w in description.split() if w in PERSON_NOUNS or w in _ROLES), None)
    return noun is not None and PERSON_NOUNS.get(noun, gender) == gender


_OWNER_PRONOUN: Final = {"his": "he", "her": "she"}
_WRITER_POSSESSIVES: Final = frozenset(("my", "our"))
_DESCRIBED_REACH: Final = 3  # sentences back a description may open for a later pronoun


def opened_with(
    masked: str,
    paras: list[Paragraph],
    index: SentenceIndex,
    resolver: Resolver,
    pronoun: Mention,
    quote: QuoteSpan,
) -> str | None:
    """Return the person described, not named, whom ``pronoun`` after ``quote`` means: the
    subject that opens the sentence before ("Maksim's mother, reached by phone, was more
    guarded. '…,' she said"), or one further back that the sentences between go on about ("She
    has stopped explaining …"); None when another subject opens one."""
    # ("14.12 — Pensioner, Hrodna region. … '…,' she said": the entry's label)
    labelled = entry_speaker(
        masked, index, resolver.mentions, pronoun.key, pronoun.start, (quote.open, quote.close)
    )
    if labelled is not None:
        return labelled
    gender = PRONOUN_GENDER[pronoun.key]
    para_start = paras[quote.para].start
    si = index.index(quote.open)
    for i in range(si - 1, max(-1, si - _DESCRIBED_REACH), -1):
        start, end = index.spans[i]
        if start < para_start:
            if quote.open != para_start or quote.para == 0 or paras[quote.para - 1].heading:
                return None
            # ('A reply arrived from a man held in … \n\n "…," he wrote': the sender)
            before = paras[quote.para - 1]
            return described_sender(
                masked, index, before.start, before.end, lambda desc: _fits(desc, gender)
            )
        # ("The Chair thanked the lawyers. '…,' she said": who held the office at the meeting)
        held = opening_office(masked, start, end, resolver.office_holders())
        if held is not None:
            return held
        found = opening_description(masked, start, end, gender)
        if found is True:
            continue
        if not isinstance(found, Opening):
            return None
        if found.owner is None:
            return found.description  # "man in a torn shirt"
        owner, description = found.owner, found.description
        possessive = owner.lower()
        if possessive in _WRITER_POSSESSIVES:
            return f"{possessive} {found.noun}"  # ("my mother": the writer's, as written)
        if possessive in _OWNER_PRONOUN:
            # ("Her daughter": whose daughter "her" is, and the spouse the text names)
            whose = resolver.person_pronoun(_OWNER_PRONOUN[possessive], found.owner_at)
            if whose is None:
                return None
            owner = whose
            spouse = resolver.kin(f"{possessive} {found.noun}", found.owner_at)
            if spouse is not None:
                return spouse
            description = f"{owner}'s {found.noun}"
        # ("His mother … '…,' she said" where the text named Halina Sialitskaya before her son
        # Dzianis Sialitski: the relative who carries the family's name)
        relative = resolver.relative(owner, gender)
        return relative or description
    return None


# a person described by the body they work for: "a former Belavia pilot", "one Naftan engineer"
_STAFF_AFTER_RE: Final = re.compile(rf"\s+(?P<head>{lx.PERSON_ROLE_NOUNS})\b")
_STAFF_BEFORE_RE: Final = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<qualifier>(?:[a-z][\w-]*\s+){0,2})$"
)


def body_staff(masked: str, body: Mention) -> str | None:
    """Return the description a body's name only qualifies ("former Belavia pilot" for
    "Belavia" in "A former Belavia pilot said …"): the one who works for it speaks, not the
    body; None when the name is not inside such a description."""
    head = _STAFF_AFTER_RE.match(masked, body.end)
    if head is None:
        return None
    before = _STAFF_BEFORE_RE.search(masked, max(0, body.start - 40), body.start)
    if before is None:
        return None
    return masked[before.start("qualifier") : head.end("head")]
