"""Who a pronoun ("she", "it") or a role ("the department", "the envoy") refers to.

Pronouns for people go to the nearest earlier sentence with a person of a fitting gender, and
within a sentence to its first such person, which is usually the subject (the centring
heuristic). "It"/"they" go to the last institution that spoke, else the last one named.
Roles go to the last person introduced with that role ("envoy John Coale", "Coale, the envoy,")
or the last organisation whose name holds the word ("the department" -> "State Department").
"""

from __future__ import annotations

import re
from functools import lru_cache

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTHS, WEEKDAYS
from doorwatch.extract.mentions import (
    AGED,
    ROLE_RE,
    SPOUSE_NOUNS,
    UNKNOWN_GIVEN,
    Mention,
    Mentions,
    given_gender,
)
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.targets import (
    ACRONYM_RE,
    GENERIC_CLASS,
    HEADS,
    DescribedTargets,
    spelled_out,
)
from doorwatch.extract.unnamed_speakers import described_earlier

_ORG_ROLE_RE = re.compile(rf"(?:{lx.ORG_ROLE_NOUNS})s?", re.IGNORECASE)
_DOCUMENT_RE = re.compile(rf"(?:{lx.DOCUMENT_NOUNS})", re.IGNORECASE)
_AUTHOR_REACH = 120  # mentions looked back over for a document's author
_OPENERS = frozenset('.!?:"“”') | {""}  # what stands before a sentence's first word
_LOOKBACK_SENTENCES = 8
_FORWARD_REACH = 400
_NAME_AFTER_RE = re.compile(r"\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")
# a person's courtesy title before their name ("Mr Bialiatski")
_TITLED_RE = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
# "Viasna, the rights group …": the name before a description in apposition
_NAME_BEFORE_RE = re.compile(r"(?<![\w’'.-])(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}),\s*$")
_ISSUER_SENTENCES = 2  # "X said in a statement." this many sentences before "the statement"
_SPEAKS_AFTER_RE = re.compile(rf"\s+(?:(?:has|had|also)\s+)?(?:{lx.SPEECH_VERBS})\b")
_WHO_AFTER_RE = re.compile(r"\s*,\s+who\b")
# bodies named by where they sit ("the U.S. Embassy in Vilnius"): the place is in the name
_SEATED_BODIES = lx.words("roles", "seated_bodies")
_SEAT_AFTER_RE = re.compile(r"\s+in\s+[A-Z][\w’'-]+(?![\w’'-]*[’']s\b)")
# a verb right after a name that opens its sentence ("Viasna recognised …"), not a noun it
# qualifies ("Rail freight fell")
_SUBJECT_VERB_RE = re.compile(r"\s+(?:(?:has|had|also|now)\s+)?[a-z]+(?:ed|s)\b")
_PRONOUN_CHAIN = 3  # "He said …. He added …. '…,' he said": sentences a pronoun is followed back
# the words before an institution's name that, with it, make one name: single capitalised
# words in a list after an article ("the Foreign, Commonwealth and Development Office")
_LISTED_NAME_RE = re.compile(
    r"(?:^|\b(?:[Tt]he|[Aa]n?)\s+)(?P<head>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+\s+(?:and|&)\s+)$"
)
# the gender "she" and "he" tell
PRONOUN_GENDER = {"she": "f", "he": "m"}
# the letters a family name's masculine and feminine forms share ("Tsikhanousk-i", "-aya")
_FAMILY_STEM = 6
# a description the sentence opens with, before the name it gives ("A Berlin-based analyst, ")
_DESCRIBED_BEFORE_NAME_RE = re.compile(r"\s*(?:An?|One)\s+[^,.;:\"“”]{1,60},\s+")
# a speech verb right before a name ('," said Geneviève Arsenault')
_SAID_BEFORE_NAME_RE = re.compile(r"\b(?:said|says|added|wrote|explained)\s+$")
# a speech verb after a name, an appositive between ("Katrin Möller of the Centre for East
# European Studies, said")
_SPEAKS_NEAR_RE = re.compile(
    rf"(?:\s+of\s+[^,.;:\"“”]{{1,60}})?\s*,?\s+(?:(?:has|had|also)\s+)?(?:{lx.SPEECH_VERBS})\b"
)
# An organisation's proper name in quotation marks right after its kind (left unmasked: see
# doorwatch.extract.quotes)
_QUOTED_NAME_RE = re.compile(r"\s*[\"“«](?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)[\"”»]")
# "Review by the Human Rights Centre "Viasna"", "A statement of the Office of X"
_BYLINE_RE = re.compile(
    r"\b(?:[Bb]y|[Oo]f|[Ff]rom)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*)*"
    r"(?:\s+[\"“«][A-Z][^\"”»\n]{1,40}[\"”»])?)"
)
_QUOTE_MARKS = str.maketrans(
    "", "", '"“”«»'
)  # how far back "the headquarters" looks for its description


_QUALIFIER_RE = re.compile(r"\b([a-z][\w-]*)\s+$")
_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "and", "former"))


_EXAMPLE_BEFORE_RE = re.compile(rf"\b(?:{lx.EXAMPLE_OPENERS})\s+(?:[\w’'.-]+\s+){{0,3}}$")
# the first word of each opener, one of which a match of _EXAMPLE_BEFORE_RE holds
_EXAMPLE_FIRST_WORDS = tuple(
    dict.fromkeys(opener.split()[0] for opener in lx.words("speech", "example_openers"))
)


def _example(text: str, start: int, end: int) -> bool:
    """Return True when ``text[start:end]`` ends in an opener of examples ("among them X")."""
    # (plain searches first: most names follow none of the openers)
    for word in _EXAMPLE_FIRST_WORDS:
        if text.find(word, start, end) >= 0:
            return _EXAMPLE_BEFORE_RE.search(text, start, end) is not None
    return False


@lru_cache(maxsize=64)
def _name_holding_re(noun: str) -> re.Pattern[str]:
    # "Centre for East European Policy Studies", "Embassy of the United States"
    # (spaces, not line breaks: a name ends with its line, "… Prisoners of War\nKyiv, …")
    word = r"[A-Z][\w’'.&-]*"
    gap = r"[ \t\u00a0]+"
    link = rf"(?:(?:for|of|on|and|the){gap})*"
    return re.compile(
        rf"(?:\b{word}{gap}{link})*\b{re.escape(noun)}(?:{gap}{link}{word})+|"
        rf"\b{word}{gap}{link}(?:{word}{gap}{link})*{re.escape(noun)}\b"
    )


@lru_cache(maxsize=256)
def _described_re(noun: str) -> re.Pattern[str]:
    # "Ukraine's coordination headquarters for prisoners of war": an institution the text
    # describes in lower case after an owner, with what it is for
    return re.compile(
        r"(?:(?<![\w’'])[A-Z][\w-]*[’']s|\b(?:the|its|their))\s+"
        # (not "Over the year the rights centre …": a description opens at its own article)
        rf"(?P<name>(?:(?!(?:the|a|an)\s)[a-z][\w-]*\s+){{1,3}}{re.escape(noun)}"
        r"(?:\s+(?:for|of|on|against)\s+[a-z][\w-]*(?:\s+(?:of|for|and|on)\s+[a-z][\w-]*)*)?)\b"
    )


@lru_cache(maxsize=256)
def _named_description_re(noun: str) -> re.Pattern[str]:
    # "the Viasna human rights center": a name, then what it is in lower case
    return re.compile(rf"\b[Tt]he\s+([A-Z][\w’'-]+)\s+(?:[a-z][\w-]*\s+){{0,3}}{re.escape(noun)}\b")


_SEAT_RE = re.compile(r"\s+in\s+[A-Z][\w’'-]+(?!\s+[A-Z])")
_NAMED_DESCRIPTION_REACH = 600  # how far back "the center" looks for "the Viasna … center"


@lru_cache(maxsize=256)
def _role_after_name_re(noun: str) -> re.Pattern[str]:
    return re.compile(rf"\s+{re.escape(noun)}\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _role_for_name_re(noun: str) -> re.Pattern[str]:
    # "a spokesperson for the Federal Foreign Office", "a spokesman at the ministry"
    return re.compile(rf"\b{re.escape(noun)}s?\s+(?:for|of|at|from)\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _role_before_re(noun: str) -> re.Pattern[str]:
    # "President of Belarus Alexander Lukashenko" holds the role; "Special Envoy of the US
    # President John Coale" holds another, of someone who holds it
    # (see _OF_ANOTHER_RE)
    # ("the President's press secretary Natalya Eismont" holds the secretary's role)
    return re.compile(
        # ("chief adviser to opposition leader X" gives X no adviser's role: the role is of
        # someone else when a preposition other than "of" follows it)
        rf"\b{re.escape(noun)}s?\b(?![’']s?\s)"
        # ("The Minister for Europe, Eleanor Marchbank": a portfolio in capitals, then a comma)
        r"(?:\s+(?:of|for(?=\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?,))\s+"
        r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)?"
        r"\W*(?:(?!(?:to|for|at|with|from|by)\s)[A-Z][\w.’'-]*\s+){0,3}$",
        re.IGNORECASE,
    )


# a name in a title: a capitalised given name and family name ("Maria Kalesnikava: a
# chronology")
_TITLE_NAME_RE = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][\w-]+(?=[’']s\b|[\s:,;—–-]|$)")


@lru_cache(maxsize=8)
def _pronoun_re(pronoun: str) -> re.Pattern[str]:
    """Return the pattern of ``pronoun`` as a word, capitalised or not."""
    return re.compile(rf"\b(?:{pronoun}|{pronoun.capitalize()})\b")


# roles any office holder fills, whatever other role the text gave them
_ANY_HOLDER_ROLES = frozenset(lx.words("roles", "any_holder_roles"))
_PUBLIC_FIGURE_ROLES = frozenset(lx.words("roles", "public_figure_roles"))
# a person's role right before their name ("by the opposition leader Sviatlana …")
_ROLE_WORD_BEFORE_RE = re.compile(rf"\b(?P<role>{lx.PERSON_ROLE_NOUNS})\s+$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _role_after_re(noun: str) -> re.Pattern[str]:
    # an initial's full stop ("U.S. envoy") may stand in the appositive, a sentence's may not
    return re.compile(
        rf",\s+(?:[^,.;\n]|(?<=(?-i:[A-Z]))\.){{0,60}}\b{re.escape(noun)}\b", re.IGNORECASE
    )


# what follows a first name given alone: an age ("Natallia, 58,") or what the person is
_FIRST_NAME_BEFORE_RE = re.compile(r"\b(?P<whose>[Hh]is|[Hh]er)\s+(?:first|given)\s+name\s*,\s*$")
_HONORIFICS: dict[str, str] = lx.table("names", "honorific_genders")
# "Mr Justice Harrowby", "Ms Ozola": an honorific, or two, right before a surname given alone
_HONORIFIC_BEFORE_RE = re.compile(
    rf"\b(?P<title>{lx.alternation(sorted(_HONORIFICS))})\.?\s+(?:(?:Justice|Judge)\s+)?$"
)
_GIVEN_NAME_CUE_RE = re.compile(r",\s+(?:\d{1,2},|a\s+\d{1,2}-year-old\b)")
_MALE_KIN = lx.words("names", "family_name_kin")
_MALE_KIN_NOUNS = tuple(f"s {noun} " for noun in _MALE_KIN)  # (the pattern's plain test)
# a man named by his first name after whose relative he is ("Protasevich's dad Dmitry")
_MALE_KIN_BEFORE_RE = re.compile(
    rf"\b(?P<owner>[A-Z][\w’'-]+)[’']s\s+(?:{lx.alternation(_MALE_KIN)})\s+$"
)
_SPOUSE = "|".join(SPOUSE_NOUNS)
# a chair addressed in a debate ("Madam President,", "Mr Speaker,"): spoken to, not of
_ADDRESSED_RE = re.compile(
    r"(?:Madam|Madame|Mr\.?|Mister)\s+(?:President|Speaker|Chair|Chairman|Chairwoman|Chairperson|"
    r"Commissioner|Deputy\s+Speaker),"
)
_NATIONAL_QUALIFIERS = frozenset(w.lower() for w in lx.DEMONYMS | lx.ACRONYM_PLACES)
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"  # a person's name of two or three words
# "Special Envoy of the US President John Coale": the role named after "of" is held by
# someone else
_OF_ANOTHER_RE = re.compile(r"\b(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)?$")


_DESCRIBED_REACH = 1600  # how far back "the official" may refer to "A U.S. official"
# whose an office is, when it is the head of state's ("the press service of the President")
_OF_HEAD_OF_STATE_RE = re.compile(
    r"\s+of\s+the\s+(?:head\s+of\s+state|(?:[A-Z][a-z]+\s+)?[Pp]resident)\b"
)


class Resolver:
    """Names the speaker a mention stands for, given the whole text's mentions."""

    def __init__(
        self, masked: str, mentions: Mentions, index: SentenceIndex, headings: str = ""
    ) -> None:
        self.masked = masked
        self.headings = headings  # the title, byline and date lines, unmasked
        self.mentions = mentions
        self.index = index
        self.last_institution: str | None = None
        self._companies: DescribedTargets | None = None
        self._given: dict[str, tuple[str, ...]] | None = None

    def name(self, mention: Mention) -> str | None:
        """Return the speaker's fullest name for ``mention``, or None if it cannot be told."""
        if mention.kind == "person":
            return self.mentions.persons[mention.key].name
        if mention.kind == "org":
            quoted = _QUOTED_NAME_RE.match(self.masked, mention.end)
            if quoted is not None:
                return quoted.group("name")  # 'the Human Rights Centre "Viasna"': Viasna
            key = mention.key[4:] if mention.key.startswith("The ") else mention.key
            if key.endswith(_SEATED_BODIES):
                seat = _SEAT_AFTER_RE.match(self.masked, mention.end)
                if seat is not None:
                    return f"{key}{seat.group()}"  # "the U.S. Embassy in Vilnius"
            listed = _LISTED_NAME_RE.search(self.masked, max(0, mention.start - 60), mention.start)
            if listed is not None and " " in key:
                # "the Foreign, Commonwealth and Development Office": a name whose words are
                # a list (the run of capitals stops at the comma)
                return f"{listed.group('head')}{key}"
            fuller = self._fuller_institution(key, mention.start)
            if fuller is not None:
                return fuller  # "Global Affairs said" after "Global Affairs Canada said"
            if len(key) > 2 and ACRONYM_RE.fullmatch(key):
                # "SECO said": the fullest name the text gives ("the State Secretariat for
                # Economic Affairs (SECO)"; not "EU" or "UK", whose initials other words share)
                return spelled_out(self.masked, key)
            if key.lower() in lx.ORG_ROLE_WORDS:
                # "the Centre concludes", "the Embassy said": a capitalised role noun refers
                # back to the institution whose own name holds it, in the text or its title
                # lines, else like its lower-case form
                return self._titled_institution(key, mention.start) or (
                    self.role(key.lower(), mention.start) or key
                )
            return key
        if mention.kind == "bare":
            kin = (
                _MALE_KIN_BEFORE_RE.search(self.masked, max(0, mention.start - 40), mention.start)
                if self.masked.endswith(_MALE_KIN_NOUNS, max(0, mention.start - 14), mention.start)
                else None
            )
            if kin is not None and kin.group("owner") not in lx.PLACES:
                # "Protasevich's dad Dmitry": a father, son or brother has the family's name
                return f"{mention.key} {kin.group('owner')}"
            # ("His daughter, Volha, said …" where the text names Volha Karpovich: a given
            # name alone is the one person the text names in full with it)
            in_full = self._given_names().get(mention.key, ())
            return in_full[0] if len(in_full) == 1 else mention.key
        if mention.kind == "place":
            return mention.key
        if mention.kind == "pronoun":
            if mention.key in ("he", "she", AGED):
                return self.person_pronoun(mention.key, mention.start)
            return self.institution(mention.start)
        if mention.kind == "role":
            if mention.key.startswith(("his ", "her ")):
                return self.kin(mention.key, mention.start)
            held = self.role(mention.key, mention.start)
            if (
                held is not None
                and held.lower() == mention.key
                and held.endswith(_SEATED_BODIES)
                and (seat := _SEAT_AFTER_RE.match(self.masked, mention.end)) is not None
            ):
                return f"{held}{seat.group()}"  # "the Belarusian embassy in Bern said"
            return held
        return None

    def kin(self, phrase: str, position: int) -> str | None:
        """Return who "his wife" or "her husband" at ``position`` is: the spouse the text
        names of the person "his" or "her" refers to, or None."""
        pronoun = phrase.split()[0]
        owner = self._spouse_of(pronoun, position)
        if owner is None:
            return None
        surname = re.escape(owner.split()[-1])
        text = self.masked[:position]
        for pattern in (
            # "Siarhei Tsikhanouski, the husband of opposition leader Sviatlana Tsikhanouskaya"
            rf"\b{surname}\w*,\s+(?:the\s+)?(?:{_SPOUSE})\s+of\s+(?:[\w-]+\s+){{0,4}}?"
            rf"(?P<name>{_NAME})",
            # "Sviatlana Tsikhanouskaya, the wife of jailed blogger Siarhei Tsikhanouski"
            rf"(?P<name>{_NAME}),\s+(?:the\s+)?(?:{_SPOUSE})\s+of\s+(?:[\w-]+\s+){{0,5}}?"
            rf"{surname}",
            # "Bialiatski's wife, Natallia Pinchuk", "Natallia Pinchuk, Bialiatski's wife"
            rf"\b{surname}\w*[’']s\s+(?:{_SPOUSE}),?\s+(?P<name>{_NAME})",
            rf"(?P<name>{_NAME}),\s+(?:[A-Z][\w’'-]*\s+)*{surname}\w*[’']s\s+(?:{_SPOUSE})",
            # "…, his wife, Janina, said": the spouse by a given name
            rf"\b{pronoun}\s+(?:{_SPOUSE}),\s+(?P<name>[A-Z][\w’'-]+)(?=,)",
        ):
            found = re.search(pattern, text)
            if found is not None:
                for m in self.mentions.within(found.start("name"), found.end("name")):
                    if m.kind == "person":
                        return self.mentions.persons[m.key].name
                return found.group("name")
        return None

    def kin_of(self, phrase: str, position: int) -> str | None:
        """Return "his wife" or "her husband" at ``position`` as that person's ("Mikola
        Statkevich's wife"), for a spouse the text never names; None when the pronoun refers
        to no one."""
        owner = self._spouse_of(phrase.split()[0], position)
        return None if owner is None else f"{owner}'s {phrase.split()[-1]}"

    def _spouse_of(self, pronoun: str, position: int) -> str | None:
        """Return the person "his" or "her" (``pronoun``) at ``position`` refers to, or None."""
        return self.person_pronoun("he" if pronoun == "his" else "she", position)

    def _given_names(self) -> dict[str, tuple[str, ...]]:
        """Return the full names the text gives, by their first word (built once a text)."""
        if self._given is None:
            given: dict[str, set[str]] = {}
            for person in self.mentions.persons.values():
                given.setdefault(person.name.split()[0], set()).add(person.name)
            self._given = {first: tuple(sorted(names)) for first, names in given.items()}
        return self._given

    def by_surname(self, word: str) -> str | None:
        """Return the one person the text names in full whose surname is ``word`` in any case
        ("LATUSHKA" for Pavel Latushka), or None."""
        found = {
            p.name
            for p in self.mentions.persons.values()
            if p.tokens > 1 and p.name.split()[-1].upper() == word.upper()
        }
        return found.pop() if len(found) == 1 else None

    def relative(self, owner: str, gender: str) -> str | None:
        """Return the person of ``gender`` the text names with the family name of ``owner``
        (Halina Sialitskaya for Dzianis Sialitski's mother, Sviatlana Tsikhanouskaya for
        Siarhei Tsikhanouski's wife: the feminine and masculine forms share their stem), or
        None when it names no one such."""
        family = owner.split()[-1] if owner.split() else ""
        if len(family) < _FAMILY_STEM:
            return None
        stem = family[:_FAMILY_STEM]
        for person in self.mentions.persons.values():
            last = person.name.split()[-1]
            if (
                person.gender in (gender, None, UNKNOWN_GIVEN)
                and person.tokens > 1
                and person.name != owner
                and last.startswith(stem)
                and abs(len(last) - len(family)) <= 3
            ):
                return person.name
        return None

    def is_institution(self, mention: Mention) -> bool:
        """Return True when ``mention`` names or stands for an organisation."""
        if mention.kind in ("org", "place"):
            return True
        if mention.kind == "pronoun":
            return mention.key in ("it", "they")
        if mention.kind != "role":
            return False
        noun = mention.key.split()[-1]
        return bool(_ORG_ROLE_RE.fullmatch(noun) or _DOCUMENT_RE.fullmatch(noun))

    def person_pronoun(self, pronoun: str, position: int, depth: int = 0) -> str | None:
        """Return the person "he"/"she" (or "the 60-year-old", ``AGED``) at ``position``
        most likely refers to."""
        want = PRONOUN_GENDER.get(pronoun)  # an age tells no gender
        si = self.index.index(position)
        if want is not None and si > 0 and depth < _PRONOUN_CHAIN:
            # 'He said U.S. envoy John Coale had raised the route. "…," he added': the "he"
            # that opens the sentence before is the one meant, not a name inside its clause;
            # so is one that opens the sentence before that, when the sentence between names
            # no one ("He was among 123 freed with envoy X's help. Most were taken to Ukraine.
            # In his first statement, he said: …")
            # ("On 14 July 2021 he was arrested again, along with his colleagues X and Y": the
            # pronoun before any name in its sentence is its subject, the same one)
            # (not when the pronoun's own sentence names someone before it: "Minister X put it
            # bluntly: …, he told reporters")
            named_own = self._first_named(self.index.spans[si][0], position, want) >= 0
            for back in range(si - 1, si - 1 if named_own else max(-1, si - 3), -1):
                before, before_end = self.index.spans[back]
                # (plain searches first: most sentences before hold no such pronoun)
                found = (
                    _pronoun_re(pronoun).search(self.masked, before, before_end)
                    if self.masked.startswith(pronoun.capitalize(), before)
                    or self.masked.find(" " + pronoun, before, before_end) >= 0
                    or self.masked.find(" " + pronoun.capitalize(), before, before_end) >= 0
                    else None
                )
                first_name = self._first_named(
                    before, found.start() if found is not None else before_end, want
                )
                if found is not None and first_name < 0:
                    return self.person_pronoun(pronoun, before, depth + 1)
                if first_name >= 0:
                    break
        if depth > 0 and want is not None:
            # ("Maria Kalesnikava: a chronology … She is freed with X and Y …. In her first
            # message she thanked …": the pronoun that goes on as the subject is the one person
            # the title names, when the title names one of that gender)
            titled = self._title_person(want)
            if titled is not None:
                return titled
        if want == "f":
            # a woman by her name first; one whose given name tells nothing ("Inese Ozola")
            # only when no woman stands in reach, or when she spoke in the sentence before
            # with no woman named since ('An analyst, Katrin Möller, said …. "…," she said')
            return (
                self._speaker_before(position)
                or self._person_pronoun(want, position, ("f", None))
                or self._person_pronoun(want, position, (UNKNOWN_GIVEN,))
            )
        genders = ("m", None, UNKNOWN_GIVEN) if want == "m" else ("f", "m", None, UNKNOWN_GIVEN)
        return self._person_pronoun(want, position, genders)

    def _first_named(self, start: int, end: int, want: str) -> int:
        """Return where the first mention between ``start`` and ``end`` that names a person
        (see ``_names_someone``) stands, or -1."""
        for m in self.mentions.within(start, end):
            if self._names_someone(m, want):
                return m.start
        return -1

    def _names_someone(self, mention: Mention, want: str) -> bool:
        """Return True when ``mention`` names a person, or a capitalised word that may be
        one of gender ``want`` ("Tsikhanouskaya, speaking in Vilnius, said …")."""
        return mention.kind == "person" or (
            mention.kind == "bare" and self._bare_person(mention, want)
        )

    def _title_person(self, want: str) -> str | None:
        """Return the one person named in the text's first line (its title), when that
        person's gender is ``want``; None otherwise."""
        title = self.headings.split("\n", 1)[0]
        # (a title is no sentence the names are read from: its name runs, a given name first)
        named = {m.group() for m in _TITLE_NAME_RE.finditer(title)}
        if len(named) != 1:
            return None
        name = named.pop()
        return name if given_gender(name.split()[0].lower()) == want else None

    def _speaker_before(self, position: int) -> str | None:
        """Return the person whose given name tells no gender, named after the description
        that opens their sentence or right after a speech verb, who is the last person named,
        as the subject of a speech verb, in the sentence before ``position``'s or earlier in its
        own ("A Berlin-based analyst, Katrin Möller, said …", '"…," said Katrin Möller');
        None when someone else is named after them."""
        si = self.index.index(position)
        start = self.index.spans[max(0, si - 1)][0]
        persons = self.mentions.persons
        found = [m for m in self.mentions.within(start, position) if m.kind == "person"]
        if not found:
            return None
        last = found[-1]
        if persons[last.key].gender != UNKNOWN_GIVEN or last.possessive:
            return None
        if _SAID_BEFORE_NAME_RE.search(self.masked, max(0, last.start - 12), last.start):
            return persons[last.key].name  # '"…," said Geneviève Arsenault, a partner. She …'
        if not _SPEAKS_NEAR_RE.match(self.masked, last.end):
            return None
        s_start = self.index.span(last.start)[0]
        if not _DESCRIBED_BEFORE_NAME_RE.fullmatch(self.masked, s_start, last.start):
            return None  # (only a name given after its description: "An analyst, X, said")
        return persons[last.key].name

    def _person_pronoun(
        self, want: str | None, position: int, genders: tuple[str | None, ...]
    ) -> str | None:
        persons = self.mentions.persons
        si = self.index.index(position)
        for i in range(si, max(-1, si - _LOOKBACK_SENTENCES), -1):
            start, end = self.index.spans[i]
            if i == si:
                end = min(end, position)
            start = max(start, end - 2000)  # bounded work in a text without full stops
            if i < si:
                # "The minister said Japan was considering …. '…,' he said": the subject of
                # the sentence before, named by a person's role
                subject = (
                    ROLE_RE.match(self.masked, start)
                    if self.masked.startswith(("The ", "the "), start)
                    else None
                )
                if subject is not None and not _ORG_ROLE_RE.fullmatch(subject.group().split()[-1]):
                    holder = self.role(subject.group().split(None, 1)[1].lower(), start)
                    if holder is not None and holder in self._person_names(genders):
                        return holder
            fits = [
                m
                for m in self.mentions.within(start, end)
                if (
                    (m.kind == "person" and persons[m.key].gender in genders)
                    or (m.kind == "bare" and want is not None and self._bare_person(m, want))
                )
                # ("…, among them Nobel laureate Ales Bialiatski. '…,' he said": one named as
                # an example is spoken of, not speaking)
                and not _example(self.masked, max(start, m.start - 48), m.start)
                # ("– Madam President, three weeks ago I received …": the one addressed)
                and not self._addressed(m)
            ]
            if fits:
                # ("Thin and with his head shaved, Tikhanovsky told …": a name the text gives
                # in full before a capitalised word it gives alone)
                eligible = [m for m in fits if not m.possessive and not self.mentions.prep(m)]
                best = next(
                    (m for m in eligible if m.kind == "person"),
                    eligible[0] if eligible else fits[0],
                )
                return persons[best.key].name if best.kind == "person" else best.key
        # Beyond the look-back: the person of that gender named most often so far (a pronoun
        # does not point forward to someone introduced later).
        counts: dict[str, int] = {}
        for m in self.mentions.before(position):
            if m.kind == "person" and persons[m.key].gender in genders and not self._addressed(m):
                counts[m.key] = counts.get(m.key, 0) + 1
        if not counts:
            return None
        return persons[max(counts, key=lambda k: counts[k])].name

    def _addressed(self, mention: Mention) -> bool:
        """Return True when ``mention`` is a chair addressed in a debate ("Madam President,")."""
        return _ADDRESSED_RE.fullmatch(self.masked, mention.start, mention.end + 1) is not None

    def _person_names(self, genders: tuple[str | None, ...]) -> set[str]:
        """Return the full names of the people the text names whose gender is in
        ``genders``."""
        return {p.name for p in self.mentions.persons.values() if p.gender in genders}

    def _bare_person(self, mention: Mention, want: str) -> bool:
        """Return True when a surname the text never gives in full ("Tsikhanouskaya, who
        leads …") can be the person of gender ``want`` a pronoun refers to: its ending tells
        the gender, or a relative "who" after it tells a person."""
        key = mention.key
        if key in lx.DEMONYMS or key in lx.PLACES:
            return False
        if self.masked.endswith(("the ", "The "), max(0, mention.start - 4), mention.start):
            return False  # "near the Pushkinskaya metro station": a name of a place or thing
        ending = (
            "f"
            if key.endswith(lx.FEMALE_SURNAME_ENDINGS)
            else "m"
            if key.endswith(lx.MALE_SURNAME_ENDINGS)
            # ("Lukashenko says the same thing. On Sunday he told …"; a "she" is sought first
            # among the names that tell a woman, so such a surname is read for "he" only)
            else want
            if want == "m" and key.endswith(lx.UNISEX_SURNAME_ENDINGS)
            else None
        )
        if (
            ending is None
            and self.masked.startswith(", ", mention.end)
            and _GIVEN_NAME_CUE_RE.match(self.masked, mention.end)
        ):
            # "Natallia, 58, a retired teacher": someone the text names by a first name alone;
            # a first name in -a is a woman's (by rule, as in the names module)
            female = key.lower() in lx.FEMALE_NAMES or (
                key.endswith("a") and key.lower() not in lx.MALE_NAMES_IN_A
            )
            ending = "f" if female else "m"
        if ending is None:
            # ("who asked that only his first name, Andres, be published": the name and the
            # gender the text gives)
            named = _FIRST_NAME_BEFORE_RE.search(
                self.masked, max(0, mention.start - 30), mention.start
            )
            if named is not None:
                ending = "m" if named.group("whose").lower() == "his" else "f"
        if ending is None:
            honorific = _HONORIFIC_BEFORE_RE.search(
                self.masked, max(0, mention.start - 24), mention.start
            )
            if honorific is not None:
                return _HONORIFICS[honorific.group("title")] in (want, "any")
        if ending is not None and ending != want:
            return False
        return ending == want or bool(_WHO_AFTER_RE.match(self.masked, mention.end))

    def institution(self, position: int) -> str | None:
        """Return the organisation "it"/"they" at ``position`` most likely refers to."""
        # Within its own sentence "it" is the subject: "Canada imposed ..., for what it called".
        start = self.index.span(position)[0]
        for m in self.mentions.within(start, position):
            if m.kind in ("org", "place") and not m.possessive and not self.mentions.prep(m):
                return self.name(m)
        subject = self._previous_subject(start)
        if subject is not None:
            return subject
        if self.last_institution is not None:
            return self.last_institution
        org = next(
            (
                m
                for m in self.mentions.before(position)
                if m.kind == "org"
                and not self.is_label(m)
                and not self._bracketed(m)
                and not self._dateline(m)
            ),
            None,
        )
        return None if org is None else self.name(org)

    def _bracketed(self, mention: Mention) -> bool:
        """Return True when ``mention`` stands alone in brackets, as an outlet after its
        dateline does ("VILNIUS, Jan 8 (TNW) –"): no one a later "it" means."""
        return self.masked[mention.start - 1 : mention.start] == "(" and self.masked.startswith(
            ")", mention.end
        )

    def _dateline(self, mention: Mention) -> bool:
        """Return True when ``mention`` is a dateline's place in capitals opening a line
        ("VILNIUS, Aug 16 (Reuters) -", "MINSK (AP) —")."""
        return (
            mention.key.isupper()
            and (mention.start == 0 or self.masked[mention.start - 1] == "\n")
            and self.masked.startswith((", ", " (", " —", " -", " –"), mention.end)
        )

    def is_label(self, mention: Mention) -> bool:
        """Return True when ``mention`` is a transcript's label in capitals ("PRESENTER:")."""
        return self.masked.startswith(":", mention.end) and mention.key.isupper()

    def role(self, phrase: str, position: int) -> str | None:
        """Return who "the <role>" at ``position`` is: a named person or organisation."""
        phrase = " ".join(phrase.split())
        for long, short in lx.ROLE_SYNONYMS.items():
            if phrase.endswith(long):
                phrase = phrase[: -len(long)] + short
        words = phrase.split()
        noun = words[-1]
        if _DOCUMENT_RE.fullmatch(noun):
            return self.author(position, noun)
        if noun.lower() in lx.COLLECTIVE_AUTHOR_NOUNS:
            return self.author(position)  # "the human rights defenders note"
        if noun.endswith("s") and len(noun) > 4 and not _ORG_ROLE_RE.fullmatch(noun):
            noun = noun.rstrip("s")  # a plural role ("the ministries") names the singular
        if _ORG_ROLE_RE.fullmatch(noun):
            for m in self.mentions.before(position, 150):
                if m.kind == "org" and noun.lower() in m.key.lower():
                    return self.name(m)
            # "the bloc" is the European Union when the text names the EU
            institution = lx.INSTITUTION_NOUNS.get(noun.lower())
            if institution is not None and len(words) == 1 and self._names_institution(institution):
                return institution
            # An institution the text names only by description ("the presidential press
            # service") speaks under that description; a lone "the group" is too vague unless
            # the text described it before ("Ukraine's coordination headquarters for …").
            if len(words) > 1:
                return self._as_written(phrase, position)
            if noun.lower() in HEADS:
                # "the national airline Belavia … '…,' the airline said": the company the
                # text names with that description
                if self._companies is None:
                    self._companies = DescribedTargets(self.masked)
                company = self._companies.resolve(noun.lower())
                if company != noun.lower():
                    return company
                if HEADS[noun.lower()] == GENERIC_CLASS:
                    # "the company" fits the one company of any kind the text describes
                    companies = {name for _, name, _ in self._companies.names}
                    if len(companies) == 1:
                        return companies.pop()
            # "the Viasna human rights center said …; '…,' the center said": the name the
            # text gave before its lower-case description
            named = list(
                _named_description_re(noun).finditer(
                    self.masked, max(0, position - _NAMED_DESCRIPTION_REACH), position
                )
            )
            if named:
                last = named[-1]
                if last.group(1) in lx.DEMONYMS:
                    # "the Belarusian embassy in Riga …; '…,' the embassy wrote": a body named
                    # by its country, and where it sits
                    seat = _SEAT_RE.match(self.masked, last.end())
                    return last.group()[4:] + (seat.group() if seat is not None else "")
                return last.group(1)
            # "RFE/RL said it was relieved. '…,' the broadcaster said": the institution that
            # opened the sentence before
            return self._described(noun, position) or self._previous_subject(
                self.index.span(position)[0], speaking=True
            )
        role_re, appositive_re = _role_before_re(noun), _role_after_re(noun)
        # ("the opposition leader said" is not "the protest leader Maria Kalesnikava")
        qualifier = words[-2].lower() if len(words) > 1 else None
        if qualifier is not None and qualifier in _NATIONAL_QUALIFIERS:
            qualifier = None  # "the US envoy" is "special envoy John Coale": a nationality
        for m in self.mentions.before(position, 150):
            if m.kind == "person" and self._has_role(m, role_re, appositive_re, qualifier):
                return self.name(m)
        # Introduced only afterwards: "the envoy said: ... John Coale, the U.S. envoy, met ..."
        for m in self.mentions.within(position, position + _FORWARD_REACH):
            if m.kind == "person" and self._has_role(m, role_re, appositive_re, qualifier):
                return self.name(m)
        # No person holds the role, and the text described the one who does without a name:
        # "A U.S. official, briefing on condition of anonymity, said …; '…,' the official
        # said" is that "U.S. official" (a spokesperson speaks for the office, see below)
        described = described_earlier(self.masked, noun.lower(), position, _DESCRIBED_REACH)
        if described is not None:
            return described
        # No person holds the role: "A State Department spokesperson said …; the spokesperson
        # added" speaks for the institution named before the role
        for m in self.mentions.before(position, 150):
            if (
                m.kind in ("org", "place")
                and not m.possessive
                and (
                    _role_after_name_re(noun).match(self.masked, m.end)
                    # "a spokesperson for the Federal Foreign Office said …; '…,' the
                    # spokesperson said": the institution the role was given for
                    or _role_for_name_re(noun).search(self.masked, max(0, m.start - 40), m.start)
                )
            ):
                return self.name(m)
        # Never introduced with the role: "X welcomed the news. '…,' the opposition leader
        # said" is X when X is the one person the sentences just before name, unless the text
        # gave X another role ("presented by the opposition leader X. '…,' the ambassador
        # said": someone the text does not name, told by the role as written)
        only = self._only_person_before(position)
        if (
            only is not None
            # (not "the Georgian leader" after "president Ilham Aliyev": a president leads)
            and noun.lower() not in _ANY_HOLDER_ROLES
            and self._holds_other_role(only, noun, position)
        ):
            return self._as_written(phrase, position)
        if only is None and noun.lower() in _PUBLIC_FIGURE_ROLES:
            # "The politician called on …. '…,' the politician said": the one person the
            # text has named at all
            keys = {m.key for m in self.mentions.within(0, position) if m.kind == "person"}
            if len(keys) == 1:
                return self.mentions.persons[keys.pop()].name
        return only

    def _holds_other_role(self, name: str, noun: str, position: int) -> bool:
        """Return True when the person ``name`` is given a role other than ``noun`` right
        before a mention of them in the two sentences before ``position``."""
        start = self.index.spans[max(0, self.index.index(position) - 1)][0]
        for m in self.mentions.within(start, position):
            if m.kind != "person" or self.mentions.persons[m.key].name != name:
                continue
            role = _ROLE_WORD_BEFORE_RE.search(self.masked, max(0, m.start - 40), m.start)
            if role is not None and role.group("role").lower() != noun.lower():
                return True
        return False

    def _fuller_institution(self, key: str, position: int) -> str | None:
        """Return the longer name an institution named ``key`` at ``position`` was given
        before it ("Global Affairs Canada" before "Global Affairs"), or None."""
        longer = key + " "
        return next(
            (
                m.key
                for m in self.mentions.before(position)
                if m.kind == "org" and m.key.startswith(longer)
            ),
            None,
        )

    def _titled_institution(self, noun: str, position: int) -> str | None:
        """Return the name of more than one word, holding the capitalised ``noun`` ("Centre"),
        that the text before ``position`` or its title lines give an institution, or None."""
        for m in self.mentions.before(position):
            if m.kind == "org" and m.key != noun and noun in m.key.split():
                return self.name(m)
        found = _name_holding_re(noun).search(self.headings)
        if found is None:
            return None
        # ('Monthly review by the Human Rights Centre "Viasna"': its proper name, as name()
        # gives it for a mention)
        quoted = _QUOTED_NAME_RE.match(self.headings, found.end())
        return quoted.group("name") if quoted is not None else found.group()

    def _other_qualifier(self, noun_start: int, qualifier: str | None) -> bool:
        """Return True when a lower-case word other than ``qualifier`` qualifies the role noun
        at ``noun_start`` ("the protest leader" for "the opposition leader")."""
        if qualifier is None:
            return False
        before = _QUALIFIER_RE.search(self.masked, max(0, noun_start - 30), noun_start)
        if before is None:
            return False
        word = before.group(1).lower()
        return word != qualifier and word not in _DETERMINERS

    def _as_written(self, phrase: str, position: int) -> str:
        """Return ``phrase`` (a role in lower case) as the text writes it at ``position``
        ("the Belarusian foreign ministry"), or ``phrase`` itself if it is not found there;
        with whose it is when the text says so there or before ("the press service of the
        head of state reported …; the press service said")."""
        window = self.masked[position : position + len(phrase) + 16]
        at = window.lower().find(phrase)
        if at < 0:
            return phrase
        written = window[at : at + len(phrase)]
        whose = _OF_HEAD_OF_STATE_RE.match(self.masked, position + at + len(phrase))
        if whose is not None:
            return written + whose.group()
        # ("the press service said" after "the press service of the head of state reported")
        earlier = re.compile(re.escape(written) + _OF_HEAD_OF_STATE_RE.pattern).search(
            self.masked, 0, position
        )
        return earlier.group() if earlier is not None else written

    def _names_institution(self, institution: str) -> bool:
        """Return True when the text names ``institution`` in full or by its initials."""
        initials = "".join(w[0] for w in institution.split() if w[0].isupper())
        return any(
            m.key in (institution, initials) for m in self.mentions.items if m.kind != "person"
        )

    def _only_person_before(self, position: int) -> str | None:
        """Return the one person named in the sentence of ``position`` (before it) and the
        sentence before it, or None when there are none or several."""
        si = self.index.index(position)
        start = self.index.spans[max(0, si - 1)][0]
        keys = {m.key for m in self.mentions.within(start, position) if m.kind == "person"}
        if len(keys) != 1:
            return None
        return self.mentions.persons[keys.pop()].name

    def _previous_subject(self, sentence_start: int, speaking: bool = False) -> str | None:
        """Return the institution that opens the sentence before, as its subject ("The
        headquarters said …" before '"…," it said'), or None; with ``speaking``, only one
        whose own verb is a speech verb ("RFE/RL said it was relieved")."""
        si = self.index.index(sentence_start)
        if si <= 0:
            return None
        p_start, p_end = self.index.spans[si - 1]
        for m in self.mentions.within(p_start, p_end, speakers=True):
            if m.possessive or self.mentions.prep(m):
                continue
            if self.is_label(m):
                continue  # a transcript's label ("CORRESPONDENT: The Foreign Office said …")
            if (
                m.kind == "org"
                or (m.kind == "role" and self.is_institution(m))
                # ("Viasna recognised 509 new political prisoners. …, it said": a name of one
                # word opening the sentence as its subject)
                # (not "MINSK (AP) —": a dateline's city in capitals)
                or (
                    m.kind == "bare"
                    and not speaking
                    and m.start == p_start
                    and not m.key.isupper()
                    and _SUBJECT_VERB_RE.match(self.masked, m.end) is not None
                )
            ):
                if speaking and not _SPEAKS_AFTER_RE.match(self.masked, m.end):
                    return None
                return self.name(m)
            return None  # the sentence opens with someone else
        return None

    def _described(self, noun: str, position: int) -> str | None:
        """Return the last lower-case description of an institution called ``noun`` before
        ``position`` ("coordination headquarters for prisoners of war"), or None."""
        start = max(0, position - _DESCRIBED_REACH)
        found = list(_described_re(noun).finditer(self.masked, start, position))
        if not found:
            return None
        # "the state news agency BelTA": the name that follows the description
        named = _NAME_AFTER_RE.match(self.masked, found[-1].end())
        if named is not None and (
            _TITLED_RE.match(named.group("name"))
            or any(
                m.kind == "person" for m in self.mentions.within(named.start("name"), named.end())
            )
        ):
            # ("Viasna, the rights group Mr Bialiatski founded": its founder follows; the
            # institution is the name the description stands beside)
            apposed = _NAME_BEFORE_RE.search(
                self.masked, max(0, found[-1].start() - 60), found[-1].start()
            )
            return apposed.group("name") if apposed is not None else None
        return named.group("name") if named else found[-1].group("name")

    def author(self, position: int, noun: str = "") -> str | None:
        """Return who a document ("the review said") at ``position`` speaks for: whoever a
        sentence just before says issued such a document ("X's office said in a statement"),
        else the organisation the text has named most often so far (the nearest of them on a
        tie), counting a single capitalised word only inside a sentence, where its capital
        marks a name; else the institution a byline names. None when there is none."""
        issuer = self._issuer(position, noun) if noun else None
        if issuer is not None:
            return issuer
        counts: dict[str, int] = {}
        order: dict[str, int] = {}
        for i, m in enumerate(self.mentions.before(position, _AUTHOR_REACH)):
            if (
                m.kind == "org"
                or (
                    m.kind == "bare"
                    and m.key not in lx.DEMONYMS
                    # ("since May 2020": a month is no author)
                    and m.key.lower() not in MONTHS
                    and m.key.lower() not in WEEKDAYS
                    and self.masked[max(0, m.start - 3) : m.start].strip()[-1:] not in _OPENERS
                )
            ):
                name = self.name(m) or m.key
                counts[name] = counts.get(name, 0) + (2 if m.kind == "org" else 1)
                order.setdefault(name, i)
        if not counts:
            return self._byline_author()
        for name in counts:
            # the title names the author of a review more often than anyone else
            # ("Viasna sums up 2024: …")
            if self.headings and re.search(rf"\b{re.escape(name)}\b", self.headings):
                counts[name] += 2
        return min(counts, key=lambda name: (-counts[name], order[name]))

    def _issuer(self, position: int, noun: str) -> str | None:
        """Return the first name of the nearest sentence before ``position`` (within two)
        that speaks of a document called ``noun``, or None."""
        si = self.index.index(position)
        for i in range(si - 1, max(-1, si - _ISSUER_SENTENCES - 1), -1):
            start, end = self.index.spans[i]
            at = self.masked[start:end].lower().find(noun.lower())
            if at < 0:
                continue
            for m in self.mentions.within(start, start + at):
                if m.kind in ("person", "org", "bare") and m.key not in lx.DEMONYMS:
                    return self.name(m) or m.key
        return None

    def _byline_author(self) -> str | None:
        """Return the organisation a byline names ('Review by the Human Rights Centre
        "Viasna"'), quotation marks around its proper name dropped, or None."""
        for found in _BYLINE_RE.finditer(self.headings):
            org = " ".join(found.group("org").translate(_QUOTE_MARKS).split())
            # "By Jane Smith" names the reporter; an author here is an institution
            if any(_ORG_ROLE_RE.fullmatch(word) for word in org.split()):
                return org
        return None

    def _has_role(
        self,
        mention: Mention,
        role_re: re.Pattern[str],
        appositive_re: re.Pattern[str],
        qualifier: str | None = None,
    ) -> bool:
        found = role_re.search(self.masked, max(0, mention.start - 60), mention.start)
        if (
            found is not None
            and not _OF_ANOTHER_RE.search(self.masked, max(0, found.start() - 30), found.start())
            and not self._other_qualifier(found.start(), qualifier)
        ):
            return True
        return bool(appositive_re.match(self.masked, mention.end, mention.end + 80))
