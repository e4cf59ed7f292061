"""Mentions of people, organisations and places, and who may be speaking at an offset.

Names are runs of capitalised words found on the masked text (so names inside quotations do not
count as mentions). Titles, demonyms and sentence-initial function words are peeled off the
front; the rest is a person (two or more name words), an organisation (an organisation word
such as "Department" or an acronym), a place, or a bare single word. Each person gets the
fullest name the article gives and, where the name shows it, a grammatical gender, which is
what pronoun resolution needs.
"""

from __future__ import annotations

import bisect
import collections
import itertools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final, NamedTuple

from doorwatch.extract import lexicon as lx
from doorwatch.extract.initial_names import initial_names
from doorwatch.extract.name_genders import (
    UNKNOWN_GIVEN,
    gender_cue,
    name_gender,
)
from doorwatch.extract.offset_index import OffsetIndex
from doorwatch.extract.pronoun_cues import said_pronoun_gender

_UP: Final = "A-ZÀ-ÖØ-ÞĀ-žА-ЯЁІЎЄЇҐ"
_LOW: Final = "a-zß-öø-ÿĀ-žа-яёіўєїґ"
# Titles written with a full stop ("Mr.") end a run at the stop; they are stopwords, so the
# name after them is a run of its own. Spelling them out here would slow the scan twofold.
# A middle initial ("Brian E. Nelson") stays inside its run when a name word follows it.
# A surname given by its initial ("Volha S., whose husband …", "Aksana M. told us") ends its run
# when a comma or a word in small letters follows (not a chat's "Ales B.:", a sender's label).
_WORD: Final = (
    rf"[{_UP}](?:(?:\.[{_UP}])+\.|\.(?=[ \u00a0][{_UP}][{_LOW}])|\.(?=[,;]|[ \u00a0][{_LOW}]))|"
    rf"[{_UP}][{_UP}{_LOW}’'/-]*"
)
# the particles inside a name ("Joost van der Berg")
NAME_PARTICLE: Final = r"(?:de|da|di|van|von|der|den|del|la|le|al|el|bin|ibn|of|for)"
# Starts with a character class so the engine skips ahead fast; words are checked after.
# "Committee for the Protection of Journalists": "of the" and "for the" join a name too.
NAME_RE: Final = re.compile(
    # ("Ursula von der Leyen": two particles)
    rf"(?:{_WORD})(?:[ \u00a0](?:{NAME_PARTICLE}[ \u00a0](?:(?:the|{NAME_PARTICLE})[ \u00a0])?)?(?:{_WORD}))*"
)
_TOKEN_RE: Final = re.compile(
    rf"[A-Z][a-z]{{1,3}}\.|[{_UP}](?:\.[{_UP}])+\.|(?:Mc|Mac|O['’])?[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*"
    rf"(?:[{_UP}][{_UP}{_LOW}]*)?(?:['’]s?)?|[{_UP}]{{2,}}(?:[-/][{_UP}]+)?(?:['’]s)?|the|"
    + NAME_PARTICLE
)
_PRONOUN_RE: Final = re.compile(
    r"[HhSsTtIi](?<=\b[HhSsTtIi])(?:(?<=[Hh])e|(?<=[Ss])he|(?<=[Tt])hey|(?<=[Ii])t)\b"
)
ROLE_RE: Final = re.compile(
    # ("the American envoy": a nationality may qualify the role)
    # ("the US envoy": a country's acronym too; "the Liberal Democrat foreign affairs
    # spokesman": a party's member)
    # (no function word among them: "the news in a short statement" is no role)
    rf"[Tt](?<=\b[Tt])he\s+(?:(?!(?:in|a|an|the|of|on|at|to|for|with|by|and|or|from)\s)"
    rf"[a-z][\w’'-]*\s+|"
    # ("the Viennese daily", "the Warsaw weekly": a newspaper by its city)
    rf"[A-Z][a-z]+\s+(?=(?:[a-z][\w’'-]*\s+){{0,2}}(?:{lx.OUTLET_NOUNS})\b)|(?:{lx.DEMONYM_WORDS}|"
    rf"{lx.alternation(sorted(lx.ACRONYM_PLACES))}|{lx.alternation(sorted(lx.PARTY_MEMBERS))})\s+){{0,4}}?"
    rf"(?:(?:{lx.ORG_ROLE_NOUNS}|{lx.PERSON_ROLE_NOUNS}|{lx.DOCUMENT_NOUNS}|"
    rf"{lx.alternation(lx.COLLECTIVE_AUTHOR_NOUNS)})s?\b(?![’']s?\s)|"
    # a newspaper by its kind, where it does something ("the paper writes", "the daily
    # argues:") or ends a clause or the window looked in (whose end is the verb's start); not
    # a word that qualifies a noun ("the daily briefing")
    rf"(?:{lx.OUTLET_NOUNS})"
    r"(?=\s*(?:[,.;:—–)]|$)|\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:s|ed)|said|wrote|ran|saw)\b))"
)  # a possessive ("the bloc's foreign service") is not the role that speaks
# "Lithuania's transport ministry", "the opposition leader's office": an institution named by
# whose it is, with no name of its own; what the owner holds, after the possessive
_OWNED_HEAD_RE: Final = re.compile(
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{lx.ORG_ROLE_NOUNS})\b(?![’']s?\s)"
)
# a person's role noun alone ("the envoy", "the chairperson"; a plural is read by its singular)
PERSON_ROLE_RE: Final = re.compile(rf"(?:{lx.PERSON_ROLE_NOUNS})")
# a body's role noun alone ("the ministry", "the department")
ORG_ROLE_RE: Final = re.compile(rf"(?:{lx.ORG_ROLE_NOUNS})s?", re.IGNORECASE)
_ACRONYM_PLACES: Final = lx.ACRONYM_PLACES
_CAMEL_RE: Final = re.compile(rf"[{_LOW}][{_UP}]")
# "the 60-year-old" standing alone (not "the 60-year-old activist", a role with its noun)
_AGED_RE: Final = re.compile(
    # ("the 31-year-old video blogger said": what they are, after their age)
    rf"[Tt]he\s+\d{{1,3}}-year-old(?:\s+[a-z][\w-]*){{0,2}}\b"
    rf"(?=\s*[,.;:—–]|\s+(?:(?:also|then|later)\s+)?(?:{lx.SPEECH_VERBS})\b)"
)
AGED: Final = "the aged"  # the key of such a mention, resolved like "he" or "she"


# (start, end, kind, key, possessive, name, words) relative to the run's start; for a person
# the key is the surname in lower case and name the run's form of the name.
_Found = tuple[int, int, str, str, bool, str, int]


@dataclass(slots=True)
class Person:
    """A person the article names: the fullest form of the name and a gender if it shows."""

    name: str
    tokens: int
    gender: str | None = None
    count: int = 0


class Mention(NamedTuple):
    """A possible speaker: ``kind`` is person, org, place, bare, pronoun or role."""

    start: int
    end: int
    kind: str
    key: str
    possessive: bool = False


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    """Return True when ``at`` falls inside one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (at, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def _spouse_mentions(masked: str, start: int, end: int, out: list[Mention]) -> None:
    """Add to ``out`` each spouse ``masked[start:end]`` names by whose spouse they are ("his
    wife", "her husband"); return nothing."""
    for noun in SPOUSE_NOUNS:
        at = masked.find(noun, start, end)
        while at >= 0:
            stop = at + len(noun)
            if (
                at - 4 >= start
                and masked[at - 4 : at] in _KIN_PRONOUNS
                and not (stop < len(masked) and masked[stop].isalnum())
                and not masked.startswith(("'s ", "’s "), stop)
            ):
                out.append(Mention(at - 4, stop, "role", masked[at - 4 : stop].lower()))
            at = masked.find(noun, stop, end)


_KIN_PRONOUNS: Final = frozenset(("his ", "her ", "His ", "Her "))
# the nouns by which someone is named as whose spouse they are (see Resolver.kin)
SPOUSE_NOUNS: Final = ("wife", "husband")


@dataclass(slots=True)
class Mentions:
    """All mentions of a text in order, with the people table they refer to."""

    items: list[Mention]
    persons: dict[str, Person]
    masked: str = ""
    starts: list[int] = field(default_factory=list)
    _spouses: bool | None = None  # whether the text names a spouse at all (asked once)
    headings: str = ""  # the title and field lines, which ``masked`` has blanked
    _headed: dict[str, Person] | None = None  # the people they name (read once)
    # where each offset falls among ``starts`` (built with them)
    _at: OffsetIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.items]
        self._at = OffsetIndex(self.starts)

    def prep(self, mention: Mention) -> bool:
        """Return True when ``mention`` follows a preposition ("with the Financial Times")."""
        return _is_prep(self.masked, mention.start)

    def within(self, start: int, end: int, speakers: bool = False) -> list[Mention]:
        """Return the mentions that begin in ``[start, end)``.

        With ``speakers``, pronouns and role phrases ("the department") are included too;
        they are looked for only on demand, in the short windows where a speaker may be.
        """
        lo = self._at.left(start)
        hi = self._at.left(end)
        found = self.items[lo:hi]
        if not speakers:
            return found
        masked = self.masked
        # Every role phrase ("the envoy") and every pronoun but "He" and "it" holds "he": a
        # window without it (two in five) is settled by cheap substring searches (in one copy
        # of the window: a bounded str.find parses its arguments anew each time).
        window = masked[start:end]
        he = "he" in window
        if he or "it" in window or "He" in window or "It" in window:
            extra = [
                Mention(m.start(), m.end(), "pronoun", m.group().lower())
                for m in _PRONOUN_RE.finditer(masked, start, end)
            ]
        else:
            extra = []
        if he:
            # (a role phrase opens on "the" or "The": a window without either has none)
            if "the" in window or "The" in window:
                for m in ROLE_RE.finditer(masked, start, end):
                    key = m.group().split(None, 1)[1].lower()
                    extra.append(Mention(m.start(), m.end(), "role", key))
                    if key.rsplit(None, 1)[-1] in lx.OUTLET_NOUN_WORDS:
                        # ("the Viennese daily": a newspaper by its kind and seat; the
                        # place is no speaker of its own)
                        found = [x for x in found if not m.start() <= x.start < m.end()]
            if "-year-old" in window:
                # "the 60-year-old said": someone named before, told by their age
                # (read past ``end``: the verb after it, which tells it stands alone, may lie
                # beyond a window that ends where the verb begins)
                for m in _AGED_RE.finditer(masked, start, end + 40):
                    if m.start() < end:
                        extra.append(Mention(m.start(), m.end(), "pronoun", AGED))
        # ("'…,' Lithuania's transport ministry said", "'…,' his wife told reporters")
        for owner in found:
            # ("'…,' Lithuania's transport ministry said": an institution by its owner)
            if owner.possessive and masked.startswith(("’s ", "'s "), owner.end):
                head = _OWNED_HEAD_RE.match(masked, owner.end + 3)
                if head is not None:
                    key = masked[owner.start : head.end()]
                    extra.append(Mention(owner.start, head.end(), "org", key))
        spouses = self._spouses
        if spouses is None:
            spouses = self._spouses = any(masked.find(noun) >= 0 for noun in SPOUSE_NOUNS)
        if spouses:
            _spouse_mentions(masked, start, end, extra)  # "'…,' his wife told reporters"
        if not extra:
            return found
        return sorted(found + extra)

    def heading_persons(self) -> dict[str, Person]:
        """Return the people the title and field lines name, by surname (read once a text)."""
        if self._headed is None:
            self._headed = find_mentions(self.headings).persons if self.headings else {}
        return self._headed

    def titled_given(self, word: str) -> bool:
        """Return True when ``word`` is the given name of a person the title and field lines
        name in full ("WITH / Dan Whitcombe, a negotiator", then "Dan was candid …")."""
        return any(
            p.tokens > 1 and p.name.split()[0] == word for p in self.heading_persons().values()
        )

    def before(self, position: int, limit: int = 400) -> Iterator[Mention]:
        """Yield up to ``limit`` mentions that begin before ``position``, nearest first."""
        i = self._at.left(position)
        for j in range(i - 1, max(-1, i - 1 - limit), -1):
            yield self.items[j]


def _strip_possessive(token: str) -> tuple[str, bool]:
    if token[-1] not in "s’'":
        return token, False
    for suffix in ("’s", "'s", "’", "'"):
        if token.endswith(suffix) and len(token) > len(suffix) + 1:
            return token[: -len(suffix)], True
    return token, False


def _place_adjective(word: str) -> bool:
    """Return True when ``word`` is a place or a people's name joined to a word in small
    letters ("Vilnius-based", "Russian-origin", "Belarusian-born"): an adjective, which
    names no one."""
    head, hyphen, rest = word.partition("-")
    return bool(hyphen) and rest.islower() and (head in lx.PLACES or head in lx.DEMONYMS)


# the last words of a company's offices, spelled out ("Chief Executive Officer", "Commercial
# Director"): a run that ends in one names an office, not a person
# a noun of a person's trade or office, then a name of two capitalised words: what a run
# before them qualifies ("Artist Diploma student Jonas Feld")
_QUALIFIES_NAME_RE: Final = re.compile(
    r"[ \t]+(?P<noun>[a-z][\w-]+)[ \t]+[A-Z][\w’'-]+[ \t]+[A-Z][\w’'-]"
)
_QUALIFIED_NOUNS: Final = frozenset(
    lx.words("roles", "unnamed_speaker_heads") + lx.words("roles", "person_role_nouns")
)
# the nouns of kinds of places before "of" and a place's name ("the town of Bukowy Gaj")
_KIND_OF_PLACE_RE: Final = re.compile(
    rf"\b(?:{lx.alternation(lx.words('names', 'place_kind_nouns'))})\s+of\s+$", re.IGNORECASE
)
_OFFICE_TAILS: Final = frozenset(("Officer", "Director"))


def _is_prep(text: str, start: int) -> bool:
    # (only the last two words are read; the rest stays one unsplit piece)
    words = text[max(0, start - 24) : start].rsplit(None, 2)
    if words and words[-1] in ("the", "a", "an"):
        words.pop()
    return bool(words) and words[-1].lower() in lx.PREPOSITIONS


# the prefixes of surnames spelled with a capital inside ("McGregor", "MacRae", "DeVos")
_SURNAME_PREFIX_RE: Final = re.compile(r"(?:Mc|Mac|Fitz|De|Di|Du|La|Le)(?=[A-Z][a-z])")


@lru_cache(maxsize=16_384)
def _camel(word: str) -> bool:
    """Return True when ``word`` has a capital inside it past a surname's prefix ("iPhone",
    "TikTok"; not "McGregor", "MacRae")."""
    prefix = _SURNAME_PREFIX_RE.match(word)
    return _inner_capital(word[prefix.end() :] if prefix is not None else word)


def _inner_capital(word: str) -> bool:
    """Return True when a capital follows a small letter in ``word``."""
    # The classes of _CAMEL_RE hold Latin Extended-A whole, small letters and capitals alike
    # ("Kamiński", "Nausėda" are not camel case); the pattern only finds where to look.
    if _CAMEL_RE.search(word) is None:
        return False
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word))


# What the analysis of a run asks of each of its words, as bits of one int: the word lists
# are looked up once per word, not once per run, and a run's answer is then bit tests over
# its words. "base" is the word without a possessive ending; the title and leading-place
# tests read it without a full stop too ("Gen." -> "Gen"), unless it is an initialism.
_NAME: Final = 1  # can be part of a name at all (_TOKEN_RE)
_DROP: Final = 2  # a stopword or lower case: comes off the front of a run
_TITLE: Final = 4  # a title, demonym or acronym of a place ("President", "Russian", "U.S.")
_LEAD_PLACE: Final = (
    8  # a place, which may lead a run that lacks a comma ("in Belarus Sviatlana …")
)
_ORG_BASE: Final = 16  # the base is an organisation word ("Ministry")
_ORG_TOKEN: Final = 32  # the word as written is an organisation word (not "Ministry's")
_OF: Final = 64  # "of" or "for", which a person's name does not hold
_PLACE: Final = 128  # the base is a place
_CAMEL: Final = 256  # a capital inside the base past a "Mc" ("TikTok")
_UPPER: Final = 512  # the base is all capitals
_SINGLE_ORG: Final = 1024  # alone, the base reads as an organisation (an acronym, "iPhone")

# (flags, base, possessive)
_Facts = tuple[int, str, bool]
# (offset in the run, word, base, flags)
_Word = tuple[int, str, str, int]

_WORDS: dict[str, _Facts] = {}
_SINGLES: dict[str, tuple[_Found, ...]] = {}
_WORD_LIMIT: Final = 16_384


def _facts(token: str) -> _Facts:
    """Return what the rules need to know of one word of a run: its flags and base.

    A fact about one word, kept across texts (``clear_cache`` leaves it): words repeat in
    every article, whatever its subject.
    """
    base, possessive = _strip_possessive(token)
    lead = base.rstrip(".") if token[-2:-1] != "." else token
    flags = 0
    if _TOKEN_RE.fullmatch(token) is not None and not _place_adjective(base):
        flags |= _NAME
    if token in lx.STOPWORDS or token.islower():
        flags |= _DROP
    if lead in lx.TITLES or lead in lx.DEMONYMS or lead in _ACRONYM_PLACES:
        flags |= _TITLE
    if lead in lx.PLACES:
        flags |= _LEAD_PLACE
    if base in lx.ORG_WORDS:
        flags |= _ORG_BASE
    if token in lx.ORG_WORDS:
        flags |= _ORG_TOKEN
    if token in ("of", "for"):
        flags |= _OF
    if base in lx.PLACES:
        flags |= _PLACE
    if _camel(base):
        flags |= _CAMEL
    if base.isupper():
        flags |= _UPPER
    if (base.isupper() and len(base) > 1) or _inner_capital(base):
        flags |= _SINGLE_ORG
    if len(_WORDS) >= _WORD_LIMIT:
        _WORDS.clear()
    facts = _WORDS[token] = (flags, base, possessive)
    return facts


def _single(word: str) -> tuple[_Found, ...]:
    """Return the analysis of a one-word run: one mention, or none if the word names nobody.

    A fact about one word, kept across texts like ``_facts``.
    """
    found = _single_kind(word)
    result: tuple[_Found, ...] = ()
    if found is not None:
        kind, key, possessive = found
        result = ((0, len(key), kind, key, possessive, key, 1),)
    if len(_SINGLES) >= _WORD_LIMIT:
        _SINGLES.clear()
    _SINGLES[word] = result
    return result


def _single_kind(word: str) -> tuple[str, str, bool] | None:
    if word in lx.STOPWORDS:
        return None
    base, possessive = _strip_possessive(word)
    if base in lx.STOPWORDS or not _TOKEN_RE.fullmatch(base) or _place_adjective(base):
        return None
    if base in lx.PLACES:
        return "place", base, possessive
    if base in lx.TITLES:
        # A title standing alone ("the President said") is a role, not a name; other title
        # words alone ("Presidential", "Former") name nobody.
        low = base.lower()
        return ("role", low, possessive) if PERSON_ROLE_RE.fullmatch(low) else None
    # (not "McAllister" alone: a surname past its prefix, which a person named before holds)
    if base in lx.ORG_WORDS or (base.isupper() and len(base) > 1) or _camel(base):
        return "org", base, possessive
    return "bare", base, possessive


_CACHE: dict[str, tuple[_Found, ...]] = {}
_CACHE_LIMIT: Final = 20_000


def clear_cache() -> None:
    """Forget every analysed run of two or more words; return nothing.

    What is known of single words (``_facts``, ``_single``) stays: it does not depend on
    the texts read so far, only on the word lists.
    """
    _CACHE.clear()


def _analysed(found: str) -> tuple[_Found, ...]:
    # A pure function of the run's text, cached: names recur within and across texts. A
    # single word goes to the word-level table instead, which clear_cache leaves alone.
    if " " not in found and "\u00a0" not in found:
        return _single(found)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    result = _CACHE[found] = _analyse(found)
    return result


def _analyse(found: str) -> tuple[_Found, ...]:
    # Split the run at possessives ("Tsikhanouskaya's United Cabinet" is two names). NAME_RE
    # joins words with exactly one space or no-break space (both split() separators, and no
    # word holds whitespace), so offsets follow from lengths.
    out: list[_Found] = []
    known = _WORDS.get
    seg: list[_Word] = []
    at = 0
    tokens = found.split()
    for k, token in enumerate(tokens):
        flags, base, possessive = known(token) or _facts(token)
        if flags & _NAME:
            seg.append((at, token, base, flags))
        elif (
            len(token) == 2
            and token[1] == "."
            and token[0].isupper()
            and (
                all(word[3] & _LEADING for word in seg)
                # ("Volha S.": a surname's initial ending the run, after a given name)
                or (k == len(tokens) - 1 and len(seg) == 1 and not seg[0][3] & _NOT_PERSON)
            )
        ):
            # ("F. Viacorka", "Deputy Minister A. Bilotaitė-Vinkler": minutes and lists give a
            # name by its initial; a middle initial, "Brian E. Nelson", stays out of the words)
            seg.append((at, token, token, _NAME))
        at += len(token) + 1
        if possessive and seg:
            _name(seg, out)
            seg = []
    if seg:
        _name(seg, out)
    return tuple(out)


_GIVEN_STOPWORDS: Final = frozenset(lx.words("names", "given_name_stopwords"))
_POST_NOMINALS: Final = frozenset(lx.words("names", "post_nominals"))
_PEERAGE_TITLES: Final = frozenset(lx.words("names", "peerage_titles"))
# A word with one of these may come off the front of a run (see _lead).
_LEADING: Final = _DROP | _TITLE | _LEAD_PLACE
# A word with one of these is not part of a person's name before "of".
_NOT_PERSON: Final = _DROP | _TITLE | _LEAD_PLACE | _ORG_BASE | _PLACE | _CAMEL | _UPPER | _OF


def _lead(seg: list[_Word], lo: int) -> int:
    """Return where the name in ``seg[lo:]`` starts once titles and stopwords come off.

    Titles stay on organisations ("U.S. State Department") but come off people. Whether the
    run is an organisation is asked only when a title or place leads it, which is rare.
    """
    org: bool | None = None
    size = len(seg)
    i = lo
    while i < size:
        flags = seg[i][3]
        if flags & _DROP and not (size - i > 1 and seg[i][1] in _GIVEN_STOPWORDS):
            i += 1
            continue
        left = size - i
        if not (
            (left > 1 and flags & _TITLE)
            or (left > 2 and flags & _LEAD_PLACE)
            # ("In Vilnius Tsikhanouski told us": a place after its preposition, a surname alone)
            or (
                left == 2
                and flags & _LEAD_PLACE
                and i > lo
                and seg[i - 1][1].lower() in lx.PREPOSITIONS
            )
        ):
            break
        if org is None:
            org = any(w[3] & _ORG_BASE for w in seg[lo:])
        if org:
            break
        i += 1  # a title, or "in Belarus Sviatlana Tsikhanouskaya" missing a comma
    return i


def _name(seg: list[_Word], out: list[_Found]) -> None:
    # Add to ``out`` what one segment of a run names, if anything: a place, an organisation,
    # a bare word or a person (key: the surname). Most segments need no peeling, so the
    # front is looked at before _lead is called.
    lo = 0
    size = len(seg)
    if size > 2 and seg[-1][2] in _POST_NOMINALS and not seg[-1][3] & _DROP:
        # ("Dame Margaret Ellery MP": the letters after a name are not part of it)
        seg = seg[:-1]
        size -= 1
    if size == 4 and seg[0][1] in _PEERAGE_TITLES and seg[2][3] & _OF and _peer(seg, out):
        return
    if size > 1 and seg[-1][3] & _DROP and seg[-1][3] & _TITLE:
        # ("Chief Risk Officer Dr. Verena Hollerith": the titles before an honorific's full
        # stop name no one; the name is the run after the stop)
        return
    if size > 3:
        # "Pavel Sapelka of Viasna", "Olga Zazulinskaya of the United Transitional Cabinet":
        # a person's name before "of" is the person, and what follows names where they work
        ofs = [j for j in range(size) if seg[j][3] & _OF]
        k = ofs[0] if ofs else -1
        base = 0
        if (
            len(ofs) > 1
            and seg[k + 1][3] & _TITLE
            and all(w[3] & (_TITLE | _DROP) for w in seg[:k])
        ):
            # ("Secretary of State Marta Lis of the Ministry of Foreign Affairs": the first
            # "of" is the title's own; the name follows the title)
            base, k = k + 2, ofs[1]
        # ("Dutch MEP Joost Verhaegen of the Greens": titles before the name; "But Pavel
        # Sapelka of Viasna": a sentence's opening word)
        t = next((j for j in range(base, max(k, 0)) if not seg[j][3] & (_TITLE | _DROP)), base)
        # ("Marijke de Wolff of the University of Amsterdam": a particle inside the name is
        # in lower case and is not one of its words)
        named = [w for j, w in enumerate(seg[t:k]) if j == 0 or not w[1].islower()]
        if k > 0 and len(named) in (2, 3) and not any(w[3] & _NOT_PERSON for w in named):
            _name(seg[:k], out)
            rest = seg[k + 1 :]
            while rest and rest[0][3] & _DROP:
                rest = rest[1:]
            if rest:
                _name(rest, out)
            return
    while True:
        if seg[lo][3] & _LEADING:
            lo = _lead(seg, lo)
            if lo == size:
                return
        either = 0
        every = -1
        for w in seg[lo:] if lo else seg:
            either |= w[3]
            every &= w[3]
        if not (either & _OF and not either & _ORG_TOKEN):
            break
        # "Committee for the Protection of Journalists" is an organisation (an org word), but
        # in "head of the Viasna centre Ales Bialiatski" the name follows the last "of".
        lo = max(j for j in range(lo, size) if seg[j][3] & _OF) + 1
        if lo == size:
            return
    start, token, last, _ = seg[-1]
    if last in lx.EVENT_WORDS and size - lo > 1:
        return  # "Independence Day", "National Unity Day": a day named, neither who nor what
    possessive = len(last) != len(token)
    words = [w[1] for w in seg[lo:]] if lo else [w[1] for w in seg]
    words[-1] = last
    name = " ".join(words)
    count = size - lo
    # Only a run's last word may carry a possessive, so the words' bases are ``words``.
    if count > 3 and either & _ORG_BASE and _body_then_person(seg, lo, out):
        return
    if count > 2 and seg[-1][3] & _TITLE == 0 and _titled_person(seg, lo + 1, out):
        # "Federal Foreign Minister Johann Wadephul", "European Commission President Ursula von
        # der Leyen": a title inside the run, the person after it
        return
    if name in lx.MULTIWORD_PLACES or every & _PLACE:
        kind = "place"
    elif (
        (count > 1 and last in lx.ACT_WORDS)
        or either & _ORG_BASE
        or (either & _TITLE and seg[-1][3] & _PLACE and not every & _UPPER)
    ):
        # ("Global Affairs Canada": a portfolio's word, then a country, names a department;
        # "Executive Order 14038": a legal act, its issuer's, never a person a "he" means)
        kind = "org"
    elif count == 1 and every & _TITLE and PERSON_ROLE_RE.fullmatch(last.lower()):
        # "the High Representative", "the Special Rapporteur": the titles name a role
        key = last.lower()
        out.append((seg[lo][0], start + len(last), "role", key, possessive, key, 1))
        return
    elif (
        count == 1 and last in lx.TITLES and last not in lx.DEMONYMS and last not in _ACRONYM_PLACES
    ):
        return  # ("GLCN's CFO, Dev Sandhu, said": a title after its owner names no one itself)
    elif count == 1 and last.rpartition("-")[2][:1].islower():
        return  # ("A Dubai-based broker", "a Minsk-trained mechanic": an adjective, no name)
    elif count == 1:
        kind = "org" if every & _SINGLE_ORG else "bare"
    elif (
        either & _CAMEL
        or every & _UPPER
        or count > 4
        or last in lx.DEMONYMS
        or last in lx.PARTY_MEMBERS
    ):
        # brand names, bylines, photo credits, shouted headings; a run that ends in a
        # nationality qualifies someone named after it ("Self-proclaimed Belarusian president")
        return
    else:
        out.append((seg[lo][0], start + len(last), "person", last.lower(), possessive, name, count))
        return
    out.append((seg[lo][0], start + len(last), kind, name, possessive, name, count))


def _body_then_person(seg: list[_Word], lo: int, out: list[_Found]) -> bool:
    """Add the body and the person of a run that names a body and then, without a comma, one
    of its people ("the spokesman of the State Border Guard Service Rokas Vaitiekūnas"), and
    return True; return False when the run's last words after a body's head noun are not two
    or three plain name words."""
    size = len(seg)
    head = next(
        (
            k
            for k in range(size - 3, lo, -1)
            if seg[k][3] & _ORG_BASE and seg[k][2].lower() in lx.ORG_ROLE_WORDS
        ),
        -1,
    )
    if head < 0:
        return False
    start = head + 1
    if size - start > 3:
        return False
    names = seg[start:]
    if any(w[3] & _NOT_PERSON or not w[1][:1].isupper() for w in names):
        return False
    _name(seg[lo:start], out)
    _name(names, out)
    return True


def _titled_person(seg: list[_Word], lo: int, out: list[_Found]) -> bool:
    """Add the person a long run names after its last title word ("Federal Foreign Minister
    Johann Wadephul") or after the body the title is of, and return True, or return False when
    two or three plain name words do not follow a title."""
    size = len(seg)
    j = max((k for k in range(lo, size) if seg[k][3] & _TITLE), default=-1)
    if seg[lo - 1][3] & _TITLE:
        # ("Deputy Head of the United Transitional Cabinet Pavel Latushka": a title of a
        # body, the body's last word ends the title)
        title = max(j, lo - 1)
        body = max((k for k in range(title, size) if seg[k][3] & _ORG_BASE), default=title)
        # (its head noun, "Cabinet", "Ministry", not "International" of "International
        # Development Cooperation")
        if seg[body][2].lower() in lx.ORG_ROLE_WORDS and any(
            seg[k][3] & _OF for k in range(title, body)
        ):
            j = body
    # (particles, "von der", are in lower case and do not count as name words)
    names = [w for w in seg[j + 1 :] if w[1][:1].isupper()]
    if j < lo or not 2 <= len(names) <= 3:
        return False
    if any(w[3] & _NOT_PERSON for w in names):
        return False
    _name(seg[j + 1 :], out)
    return True


def _peer(seg: list[_Word], out: list[_Found]) -> bool:
    """Add the person a peer's style names ("Lord Hartwell of Kirkby") and return True, or
    return False when the words after the title are not a name and a place.

    The place after "of" belongs to the style, so the whole run is the name; the key is the
    name before "of", by which the text goes on to call the peer.
    """
    name, place = seg[1], seg[3]
    if any(w[3] & (_DROP | _TITLE | _ORG_BASE | _UPPER | _CAMEL) for w in (name, place)):
        return False
    possessive = len(place[1]) != len(place[2])
    full = " ".join((seg[0][1], name[1], seg[2][1], place[2]))
    out.append(
        (seg[0][0], place[0] + len(place[2]), "person", name[2].lower(), possessive, full, 4)
    )
    return True


# a role in small letters between two names ("Harbour House director Giedrė Stankevičienė"):
# the first name is the body the role is of, the second its holder
_ROLE_BETWEEN_RE: Final = re.compile(rf"\s+(?:[a-z][\w-]*\s+)?(?:{lx.PERSON_ROLE_NOUNS})\s+")


def _bodies_of_roles(
    masked: str, items: list[Mention], persons: dict[str, Person], people: list[int]
) -> list[int]:
    """Make a person's mention an organisation's where a role and another person's name
    follow it ("Harbour House director Giedrė Stankevičienė"), drop the person when no other
    mention is of them, and return ``people`` without such mentions."""
    bodies: set[int] = set()
    named = collections.Counter(m.key for m in items if m.kind == "person")
    for i in range(len(items) - 1):
        first, second = items[i], items[i + 1]
        if (
            first.kind != "person"
            or second.kind != "person"
            or first.possessive
            or _ROLE_BETWEEN_RE.fullmatch(masked, first.end, second.start) is None
        ):
            continue
        items[i] = first._replace(kind="org", key=masked[first.start : first.end])
        bodies.add(i)
        named[first.key] -= 1
        if not named[first.key]:
            persons.pop(first.key, None)
    return [i for i in people if i not in bodies] if bodies else people


def _split_namesakes(
    items: list[Mention], names: list[str | None], persons: dict[str, Person]
) -> None:
    # People who share a surname ("Narges Mohammadi" and her brother "Hamidreza Mohammadi")
    # keep their own names; the surname alone then means the one named in full last before it.
    firsts: dict[str, set[str]] = {}
    for m, name in zip(items, names, strict=True):
        if name is not None:
            firsts.setdefault(m.key, set()).add(name.split()[0])
    clashing = {key for key, found in firsts.items() if len(found) > 1}
    if not clashing:
        return
    current: dict[str, str] = {}
    for i, (m, name) in enumerate(zip(items, names, strict=True)):
        if m.kind != "person" or m.key not in clashing:
            continue
        if name is not None:
            current[m.key] = name
        own = current.get(m.key)
        if own is None:
            continue
        key = own.lower()
        if key not in persons:
            persons[key] = Person(own, len(own.split()))
        items[i] = m._replace(key=key)


def _fullest_orgs(items: list[Mention], orgs: list[int]) -> None:
    # "the Coordination Headquarters" after "Coordination Headquarters for the Treatment of
    # Prisoners of War": the opening words of an organisation named in full before stand for
    # it. ``orgs`` are the indices of the organisations among ``items``.
    longer: dict[str, str] = {}  # opening words -> the first full name they open
    for i in orgs:
        key = items[i].key
        full = longer.get(key)
        if full is not None:
            items[i] = items[i]._replace(key=full)
            continue
        words = key.split()
        for n in range(1, len(words)):
            longer.setdefault(" ".join(words[:n]), key)


_ORG_APPOSITIVE_RE: Final = re.compile(
    rf",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){{0,3}}(?:{lx.ORG_ROLE_NOUNS})\s*,"
)


# what follows a capitalised participle that opens a clause ("Announcing the move",
# "Speaking to reporters"), not a name
_AFTER_PARTICIPLE_RE: Final = re.compile(
    r" (?:the|a|an|to|at|on|in|with|his|her|its|their|this|that|from|after|before)\b"
)


def lone_name(mention: Mention) -> bool:
    """Return True when ``mention`` is a name given alone that can be someone's (a surname,
    a company's short name), not a people's name ("Belarusian")."""
    return mention.kind == "bare" and mention.key not in lx.DEMONYMS


# words in capitals before a surname that are no given name: titles, honorifics, stopwords
_NOT_GIVEN_RE: Final = re.compile(
    rf"(?:{lx.HONORIFICS}|{lx.alternation(lx.TITLES)}"
    rf"|{lx.alternation(word.title() for word in lx.STOPWORDS)})"
)


def _headed_persons(
    masked: str,
    headings: str,
    items: list[Mention],
    bares: list[int],
    persons: dict[str, Person],
) -> dict[str, Person] | None:
    # ("Sponsor: Sen. Tobias Halvorsen" above the text, then "Halvorsen said"): add to
    # ``persons`` the people the heading lines name in full whose surname the text gives
    # only alone (and return all those the lines name, when they were read), so that the surname is read as theirs (not a label's word before its
    # colon, "Question: …" under "Written Question 01862")
    spelled = {
        items[i].key.lower(): items[i].key
        for i in bares
        if not masked.startswith(":", items[i].end) and items[i].key.lower() not in persons
    }
    alone = set(spelled)
    if not alone:
        return None
    # (a person the lines name has a surname they spell: when they spell none of the words
    # given alone, they are not read here, and Mentions.heading_persons reads them if asked)
    folded = headings.casefold()
    read = any(key.casefold() in folded for key in alone)
    headed = find_mentions(headings).persons if read else {}
    for key, person in headed.items():
        if key in alone and person.tokens > 1:
            persons[key] = Person(person.name, person.tokens)
            alone.discard(key)
    for key in alone:
        # ("HON. CORWIN BELLAMY of Ohio" above "Bellamy said": a record's heading in
        # capitals, which the runs above do not read as a name)
        if key.upper() not in headings:
            continue
        given = {
            found.group(1)
            for found in re.finditer(
                rf"(?<![\w’'.-])([A-Z][A-Z’'-]+)\s+{re.escape(key.upper())}(?![\w’'-])",
                headings,
            )
            if not _NOT_GIVEN_RE.fullmatch(found.group(1).title())
        }
        if len(given) == 1:
            first = "-".join(part.capitalize() for part in given.pop().split("-"))
            persons[key] = Person(f"{first} {spelled[key]}", 2)
    return headed if read else None


# a social-media handle ("@belpatriot_24", "@truth.minsk"): an account, which may speak under
# that name (not the part of an e-mail address after its "@")
_HANDLE_RE: Final = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")


def find_mentions(masked: str, headings: str = "") -> Mentions:
    """Return the mentions in ``masked`` (quotations blanked) and the people they name.

    ``headings`` holds the text's title and field lines, which ``masked`` has blanked: a
    surname the text gives alone is the person those lines name in full with it.
    """
    items: list[Mention] = []
    names: list[str | None] = []  # a person's name as this mention gives it in full
    persons: dict[str, Person] = {}
    clash = False  # two people named in full share a surname
    orgs: list[int] = []  # indices of organisations with more than one word
    people: list[int] = []  # indices of the mentions of people
    bares: list[int] = []  # indices of bare single words, which may be surnames
    singles = _SINGLES.get
    cache = _CACHE.get
    new = tuple.__new__
    handles = [(h.start(), h.end()) for h in _HANDLE_RE.finditer(masked)] if "@" in masked else []
    for match in NAME_RE.finditer(masked):
        if handles and _within(handles, match.start()):
            continue  # ("@Baltic_Voice": the words of a handle are no names of their own)
        found = match.group()
        analysed = singles(found)
        if analysed is None:
            analysed = cache(found)
            if analysed is None:
                analysed = _analysed(found)
        if not analysed:
            continue
        base = match.start()
        for start, end, kind, key, possessive, name, words in analysed:
            if (
                kind == "bare"
                and key.endswith("ing")
                and _AFTER_PARTICIPLE_RE.match(masked, base + end) is not None
            ):
                continue  # ("Announcing the move, Borrell said": a participle, no name)
            if kind == "person" and lx.LEGAL_FORM_AFTER_RE.match(masked, base + end):
                kind, key = "org", name  # ("Northgate Grain Partners, LLC": a company)
            if kind == "person" and name.rsplit(None, 1)[-1] in _OFFICE_TAILS:
                # ("Annelies Kroon, Chief Financial Officer, said": an office, spelled out)
                kind, key = "role", name.lower()
            if (
                kind == "person"
                and masked.startswith("of ", base + start - 3)
                and _KIND_OF_PLACE_RE.search(masked, max(0, base + start - 24), base + start)
            ):
                kind, key = "place", name  # ("the mayor of the town of Bukowy Gaj": a place)
            if (
                kind == "person"
                and (qualified := _QUALIFIES_NAME_RE.match(masked, base + end)) is not None
                and qualified.group("noun") in _QUALIFIED_NOUNS
                and name_gender(name) in (UNKNOWN_GIVEN, None)
            ):
                # ("current Artist Diploma student Jonas Feld": capitals that qualify the noun
                # before a name, no given name of their own)
                continue
            if kind == "person":
                person = persons.get(key)
                if person is None or words > person.tokens:
                    persons[key] = Person(name, words)
                if person is not None and words > 1 and person.tokens > 1:
                    clash = clash or name.split()[0] != person.name.split()[0]
                people.append(len(items))
            elif kind == "bare":
                bares.append(len(items))
            elif kind == "org" and " " in key:
                orgs.append(len(items))
            items.append(new(Mention, (base + start, base + end, kind, key, possessive)))
            names.append(name if kind == "person" and words > 1 else None)
    headed = (
        _headed_persons(masked, headings, items, bares, persons) if bares and headings else None
    )
    if bares and persons:  # a surname given alone refers to the person named in full
        # ... and so does the first word of one person's name alone, where no surname is that
        # word: a name written family name first ("Matsuno Hirokazu", then "Matsuno said")
        firsts: dict[str, list[str]] = {}
        for key, person in persons.items():
            if person.tokens > 1:
                firsts.setdefault(person.name.split()[0].lower(), []).append(key)
        for i in bares:
            start, end, _, key, possessive = items[i]
            if (low := key.lower()) in persons:
                items[i] = new(Mention, (start, end, "person", low, possessive))
                people.append(i)
            elif (owners := firsts.get(low)) is not None and len(owners) == 1:
                items[i] = new(Mention, (start, end, "person", owners[0], possessive))
                people.append(i)
    for i in bares:
        start, end, kind, key, possessive = items[i]
        if (
            kind == "bare"
            and masked.startswith((", the ", ", a ", ", an "), end)
            and _ORG_APPOSITIVE_RE.match(masked, end)
        ):
            # "Viasna, the human rights centre, was blunt": what the word is says it is a body
            items[i] = new(Mention, (start, end, "org", key, possessive))
    if len(people) > 1:
        people = _bodies_of_roles(masked, items, persons, people)
    if clash:
        _split_namesakes(items, names, persons)
    if len(orgs) > 1:
        _fullest_orgs(items, orgs)
    for person in persons.values():
        person.gender = name_gender(person.name)
    # ``people`` lists the people named in full in text order, then the surnames given
    # alone: only the former carry a gender cue, and the last cue for a person wins.
    for i in people:
        m = items[i]
        person = persons[m.key]
        person.count += 1
        # "her brother X", "spokeswoman X": the noun before a full name tells its gender
        if names[i] is not None and (cue := gender_cue(masked, m.start)):
            person.gender = cue
    for person in persons.values():
        if person.gender in (None, UNKNOWN_GIVEN) and person.tokens > 1:
            # ("Kadri Tamm, who sent the riddle, said she …": a name the tables do not know)
            person.gender = said_pronoun_gender(masked, person.name) or person.gender
    if handles:
        items = sorted(
            items + [Mention(start, end, "org", masked[start:end]) for start, end in handles]
        )
    initials = [i for i in initial_names(masked) if i[2].lower() not in persons]
    if initials:
        # ("K. told us": a person the text names by an initial alone)
        for _, _, initial in initials:
            persons.setdefault(initial.lower(), Person(initial, 1))
        items = sorted(items + [Mention(a, b, "person", i.lower()) for a, b, i in initials])
    return Mentions(items, persons, masked, headings=headings, _headed=headed)
