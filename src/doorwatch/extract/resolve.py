"""Who a pronoun ("she", "it") or a role ("the department", "the envoy") refers to.

Pronouns for people are read by ``person_pronouns`` (the base of ``Resolver``). "It"/"they" go
to the last institution that spoke, else the last one named.
Roles go to the last person introduced with that role ("envoy John Coale", "Coale, the envoy,")
or the last organisation whose name holds the word ("the department" -> "State Department").
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.company_names import company_in_full, main_company
from doorwatch.extract.dates import MONTHS, WEEKDAYS
from doorwatch.extract.document_authors import document_author
from doorwatch.extract.meeting_roles import office_holders
from doorwatch.extract.mentions import (
    AGED,
    ORG_ROLE_RE,
    PERSON_ROLE_RE,
    SPOUSE_NOUNS,
    Mention,
    Mentions,
)
from doorwatch.extract.name_genders import UNKNOWN_GIVEN
from doorwatch.extract.outlet_names import outlet_before
from doorwatch.extract.person_pronouns import PRONOUN_GENDER, PersonPronouns
from doorwatch.extract.role_patterns import (
    capitals_name,
    described_re,
    name_holding_re,
    named_description_re,
    role_after_name_re,
    role_after_re,
    role_before_re,
    role_field_re,
    role_for_name_re,
)
from doorwatch.extract.sanction_powers import names_eu
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.targets import (
    ACRONYM_RE,
    GENERIC_CLASS,
    HEADS,
    DescribedTargets,
    spelled_out,
)
from doorwatch.extract.unnamed_speakers import described_earlier

_DOCUMENT_RE: Final = re.compile(rf"(?:{lx.DOCUMENT_NOUNS})", re.IGNORECASE)
_FORWARD_REACH: Final = 400
_NAME_AFTER_RE: Final = re.compile(r"\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")
# a body's kind and its name after a capitalised word ("Telegram channel Pul Pervogo")
_KIND_NAME_AFTER_RE: Final = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+)?(?:{lx.ORG_ROLE_NOUNS})\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})"
)
# a person's courtesy title before their name ("Mr Bialiatski")
_TITLED_RE: Final = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s")
# "Viasna, the rights group …": the name before a description in apposition
_NAME_BEFORE_RE: Final = re.compile(
    r"(?<![\w’'.-])(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}),\s*$"
)
_SPEAKS_AFTER_RE: Final = re.compile(rf"\s+(?:(?:has|had|also)\s+)?(?:{lx.SPEECH_VERBS})\b")
# bodies named by where they sit ("the U.S. Embassy in Vilnius"): the place is in the name
_SEATED_BODIES: Final = lx.words("roles", "seated_bodies")
_SEAT_AFTER_RE: Final = re.compile(r"\s+in\s+[A-Z][\w’'-]+(?![\w’'-]*[’']s\b)")
# a verb right after a name that opens its sentence ("Viasna recognised …"), not a noun it
# qualifies ("Rail freight fell")
_SUBJECT_VERB_RE: Final = re.compile(r"\s+(?:(?:has|had|also|now)\s+)?[a-z]+(?:ed|s)\b")
# the words before an institution's name that, with it, make one name: single capitalised
# words in a list after an article ("the Foreign, Commonwealth and Development Office")
_LISTED_NAME_RE: Final = re.compile(
    r"(?:^|\b(?:[Tt]he|[Aa]n?)\s+)(?P<head>[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+\s+(?:and|&)\s+)$"
)
# the letters a family name's masculine and feminine forms share ("Tsikhanousk-i", "-aya")
_FAMILY_STEM: Final = 6
# An organisation's proper name in quotation marks right after its kind (left unmasked: see
# doorwatch.extract.quotes)
_QUOTED_NAME_RE: Final = re.compile(r"\s*[\"“«](?P<name>[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?)[\"”»]")


# (a possessive is one word: "the forum's chair")
_QUALIFIER_RE: Final = re.compile(r"(?<![\w’'-])([a-z][\w’'-]*)\s+$")
# words before a role noun that make it another office than the noun alone names
_OTHER_OFFICES: Final = frozenset(lx.words("roles", "other_office_qualifiers"))
_DETERMINERS: Final = frozenset(
    ("the", "a", "an", "its", "his", "her", "their", "our", "and", "former")
)


def _act(name: str) -> bool:
    # "Council Implementing Regulation": a legal act's name, never the fuller name of the body
    # "the Council" stands for
    return name.rsplit(" ", 1)[-1] in lx.ACT_WORDS


# (the bodies of the EU that a text on it names by their noun alone: "the Council said")
_EU_BODIES: Final = lx.table("names", "eu_body_nouns")
# ("the UN Working Group on Arbitrary Detention …. The Working Group found": a body's name that
# goes on after "on", past where a run of capitals stops; not "the Council on Monday", nor a
# title line's "Statement by the Committee on the Release of …")
_ON_SUBJECT_RE: Final = re.compile(
    r"[ \t]+on[ \t]+(?P<first>[A-Z][\w’'-]*)"
    r"(?:[ \t]+(?:(?:of|and|in|for)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*)*"
)


def _named_on(key: str, text: str, end: int) -> str | None:
    """Return the first name in ``text`` before ``end`` that is ``key`` followed by "on" and
    a capitalised subject (not a day or a month), or None."""
    at = text.find(key + " on ", 0, end)
    while at >= 0:
        if at == 0 or not text[at - 1].isalnum():
            subject = _ON_SUBJECT_RE.match(text, at + len(key))
            if subject is not None and subject.end() <= end:
                first = subject.group("first").lower()
                if first not in MONTHS and first not in WEEKDAYS:
                    return text[at : subject.end()]
        at = text.find(key + " on ", at + 1, end)
    return None


_SEAT_RE: Final = re.compile(r"\s+in\s+[A-Z][\w’'-]+(?!\s+[A-Z])")
_NAMED_DESCRIPTION_REACH: Final = 600  # how far back "the center" looks for "the Viasna … center"


# roles any office holder fills, whatever other role the text gave them
_ANY_HOLDER_ROLES: Final = frozenset(lx.words("roles", "any_holder_roles"))
_PUBLIC_FIGURE_ROLES: Final = frozenset(lx.words("roles", "public_figure_roles"))
# a person's role right before their name ("by the opposition leader Sviatlana …")
_ROLE_WORD_BEFORE_RE: Final = re.compile(rf"\b(?P<role>{lx.PERSON_ROLE_NOUNS})\s+$", re.IGNORECASE)
# what a person is described as, set off by commas around the name ("A Brazilian purchasing
# director, Gustavo Ferraz, …", "Gustavo Ramos, a buyer, …")
_DESCRIBED_BEFORE_RE: Final = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,4}?(?P<role>[a-z]+),\s+$"
)
_DESCRIBED_AFTER_RE: Final = re.compile(
    r",\s+(?:an?|one)\s+(?:[\w-]+\s+){0,4}?(?P<role>[a-z]+)\s*[,.;]"
)


_MALE_KIN: Final = lx.words("names", "family_name_kin")
_MALE_KIN_NOUNS: Final = tuple(f"s {noun} " for noun in _MALE_KIN)  # (the pattern's plain test)
# a man named by his first name after whose relative he is ("Protasevich's dad Dmitry")
_MALE_KIN_BEFORE_RE: Final = re.compile(
    rf"\b(?P<owner>[A-Z][\w’'-]+)[’']s\s+(?:{lx.alternation(_MALE_KIN)})\s+$"
)
_SPOUSE: Final = "|".join(SPOUSE_NOUNS)
_NATIONAL_QUALIFIERS: Final = frozenset(w.lower() for w in lx.DEMONYMS | lx.ACRONYM_PLACES)
_NAME: Final = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"  # a person's name of two or three words
# "Special Envoy of the US President John Coale": the role named after "of" is held by
# someone else
# (not "at the decision of the President …, X": what the holder did, no one else's role)
_OF_ANOTHER_RE: Final = re.compile(
    r"\b(?<!decision\s)(?<!decree\s)(?<!initiative\s)(?<!request\s)(?<!invitation\s)"
    r"(?:of|to|for)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+)?$"
)


# a lower-case word other than those inside a portfolio's name ("… Civil Liberties and Human
# Rights, Ana Gomes"): a verb or the like, which ends what a role stands before
# a person's role that opens a sentence as its subject, before its verb ("The Minister said
# …", "The adviser recalled …")
_ROLE_SUBJECT_RE: Final = re.compile(
    rf"\s*The\s+(?P<role>(?:[A-Za-z]+\s+)?(?:{lx.PERSON_ROLE_NOUNS}))\s+(?:also\s+)?"
    r"(?:said|says|added|told|noted|recalled|stressed|confirmed|explained|warned|argued)\b",
    re.IGNORECASE,
)
_LOWER_WORD_RE: Final = re.compile(r"\b(?!(?:and|of|the|for|on)\b)[a-z]+\b")
_DESCRIBED_REACH: Final = 1600  # how far back "the official" may refer to "A U.S. official"
# whose an office is, when it is the head of state's ("the press service of the President")
_OF_HEAD_OF_STATE_RE: Final = re.compile(
    r"\s+of\s+the\s+(?:head\s+of\s+state|(?:[A-Z][a-z]+\s+)?[Pp]resident)\b"
)


# the ends of a given name that romanisations of Belarusian, Russian and Ukrainian spell
# differently ("Andrei", "Andrey"; "Yuri", "Yury", "Yuriy"; "Dmitri", "Dmitry")
_NAME_END_RE: Final = re.compile(r"(?:ey|ei|iy|ij|yi|y|i)$")


def spelling_key(given: str) -> str:
    """Return ``given`` with its end as romanisations vary it made one ("Andrey" and
    "Andrei" -> "Andr~"; a word in capitals or of three letters as it is), for matching a
    given name spelled two ways in one text."""
    return _NAME_END_RE.sub("~", given) if len(given) > 3 and given.istitle() else given


# the writer's own kin named: "our father, Ihar Sadouski", "my mother Halina Sakalova"
_OWN_KIN_RE: Final = re.compile(
    rf"\b(?:[Mm]y|[Oo]ur)\s+(?P<noun>{lx.alternation(sorted(set(lx.KIN_NAMES.values())))})"
    r"\s*,?\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
)


class Resolver(PersonPronouns):
    """Names the speaker a mention stands for, given the whole text's mentions."""

    def __init__(
        self,
        masked: str,
        mentions: Mentions,
        index: SentenceIndex,
        headings: str = "",
        headed: str = "",
    ) -> None:
        super().__init__(masked, mentions, index, headings)
        # the text with its quotations masked and its headings in place (``masked`` has them
        # blanked): a press review names a newspaper in a heading of its own
        self.headed = headed or masked
        self.last_institution: str | None = None
        self._companies: DescribedTargets | None = None
        self._given: dict[str, tuple[str, ...]] | None = None
        self._spelled: dict[str, tuple[str, ...]] = {}
        self._offices: dict[str, str] | None = None
        self._on_eu: bool | None = None

    def name(self, mention: Mention) -> str | None:
        """Return the speaker's fullest name for ``mention``, or None if it cannot be told."""
        if mention.kind in ("role", "bare") and (held := self.office(mention.key)) is not None:
            return held  # ("The Treasurer said: …" in minutes that list who holds the office)
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
            if _act(key):
                return self._eu_body(key) or key  # ("Council Regulation … states": the Council)
            if key.lower() in lx.ORG_ROLE_WORDS:
                # "the Centre concludes", "the Embassy said": a capitalised role noun refers
                # back to the institution whose own name holds it, in the text or its title
                # lines, else like its lower-case form
                # (the institution a role noun refers to holds its every word: "the State
                # Department" is not the "Department of the Treasury" named before it)
                held = self.role(key.lower(), mention.start)
                if held is not None and not all(w in held for w in key.split()):
                    held = None
                return (
                    self._titled_institution(key, mention.start)
                    or held
                    or self._eu_body(key)
                    or key
                )
            return key
        if mention.kind == "bare" and (
            described := _KIND_NAME_AFTER_RE.match(self.masked, mention.end)
        ):
            # ("the pro-government Telegram channel Pul Pervogo": the name after its kind)
            return described.group("name")
        if mention.kind == "bare":
            family = self._kin_family(mention.start)
            if family is not None:
                # "Protasevich's dad Dmitry": a father, son or brother has the family's name
                return f"{mention.key} {family}"
            return (
                self._one_named(mention.key)
                # ("Harborline said" after "Harborline Bank, N.A.": the company in full)
                or company_in_full(self.masked, self.mentions, mention.key)
                or mention.key
            )
        if mention.kind == "place":
            return mention.key
        if mention.kind == "pronoun":
            if mention.key in ("he", "she"):
                return self._role_subject(mention.key, mention.start) or self.person_pronoun(
                    mention.key, mention.start
                )
            if mention.key == AGED:
                return self.person_pronoun(mention.key, mention.start)
            return self.institution(mention.start)
        if mention.kind == "role":
            if mention.key.startswith(("his ", "her ")):
                return self.kin(mention.key, mention.start)
            named = self._named_after(mention)
            if named is not None:
                return named  # "the state news agency BelTA said": the name the role gives
            body = (
                _PRESS_OF_RE.match(self.masked, mention.end)
                if mention.key.startswith("press ")
                else None
            )
            if body is not None and body.group("body") not in lx.DEMONYMS:
                return body.group("body")  # ("The press service of the Minsk City Court said")
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

    def office_holders(self) -> dict[str, str]:
        """Return who holds each of the meeting's offices, as the record's list of those
        present names them (see ``meeting_roles``; read once)."""
        if self._offices is None:
            self._offices = office_holders(self.headed)
        return self._offices

    def office(self, word: str) -> str | None:
        """Return who holds the meeting's office ``word`` ("chair", "Treasurer"), or None."""
        return self.office_holders().get(word.lower())

    def _role_subject(self, pronoun: str, position: int) -> str | None:
        """Return the named holder of the role that opens the sentence before the pronoun
        at ``position`` as its subject ("The Minister said the Netherlands would …. '…,' he
        said"), when no one of the pronoun's gender is named between; None otherwise."""
        si = self.index.index(position)
        if si <= 0:
            return None
        start = self.index.spans[si - 1][0]
        opening = _ROLE_SUBJECT_RE.match(self.masked, start)
        if opening is None:
            return None
        want = PRONOUN_GENDER.get(pronoun)
        genders = {want, None, UNKNOWN_GIVEN}
        for m in self.mentions.within(opening.end(), position):
            if m.kind == "person" and self.mentions.persons[m.key].gender in genders:
                return None  # ("The adviser met X. '…,' he said": X may be meant)
        holder = self.role(opening.group("role").lower(), opening.start())
        person = next((p for p in self.mentions.persons.values() if p.name == holder), None)
        if person is None or person.gender not in genders:
            return None
        return holder

    def _named_after(self, mention: Mention) -> str | None:
        """Return the name right after a body's role phrase ("the state news agency BelTA"),
        or None (a person's role is read by ``role``; not a day, "the ministry Monday")."""
        noun = mention.key.split()[-1]
        if not ORG_ROLE_RE.fullmatch(noun) or noun in lx.OUTLET_NOUN_WORDS:
            return None
        named = _NAME_AFTER_RE.match(self.masked, mention.end)
        first = named.group("name").split()[0].lower() if named is not None else ""
        if named is None or first in MONTHS or first in WEEKDAYS or first in lx.STOPWORDS:
            return None
        return named.group("name")

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
        if owner is None:
            return None
        noun = phrase.split()[-1]
        named = self._named_spouse(owner, noun) if noun in _SPOUSE_SEXES else None
        return named or f"{owner}'s {noun}"

    def _named_spouse(self, owner: str, noun: str) -> str | None:
        """Return the one person of the spouse's sex the text names by the family name of
        ``owner`` in either form ("Siarhei Tsikhanouski" and "Sviatlana Tsikhanouskaya"), or
        None when it names none or several."""
        family = owner.split()[-1]
        sex = _SPOUSE_SEXES[noun]
        found = {
            person.name
            for person in self.mentions.persons.values()
            if person.name != owner
            and (person.gender or sex) == sex
            and same_family(family, person.name.split()[-1])
        }
        # (one person named in several forms, "S. Tsikhanouskaya" and "Sviatlana
        # Tsikhanouskaya": the fullest)
        if len({name.split()[-1] for name in found}) != 1:
            return None
        fullest = max(found, key=len)
        same = all(" " not in name or name[:1] == fullest[:1] for name in found)
        return fullest if same else None

    def _spouse_of(self, pronoun: str, position: int) -> str | None:
        """Return the person "his" or "her" (``pronoun``) at ``position`` refers to, or None."""
        return self.person_pronoun("he" if pronoun == "his" else "she", position)

    def _given_names(self) -> dict[str, tuple[str, ...]]:
        """Return the full names the text gives, by their first word (built once a text)."""
        if self._given is None:
            given: dict[str, set[str]] = {}
            for person in self.mentions.persons.values():
                given.setdefault(person.name.split()[0], set()).add(person.name)
            if self.headings:
                # ("… on behalf of her husband, the imprisoned journalist Dzianis Kavalev" in
                # the lines above the text, then "Dzianis wrote to me")
                for person in self.mentions.heading_persons().values():
                    if person.tokens > 1:
                        given.setdefault(person.name.split()[0], set()).add(person.name)
            for m in self.mentions.items:
                # ("Nina Bandarenka's son Yahor", then "Yahor's letter": the family's name)
                if m.kind == "bare" and (family := self._kin_family(m.start)) is not None:
                    given.setdefault(m.key, set()).add(f"{m.key} {family}")
            self._given = {first: tuple(sorted(names)) for first, names in given.items()}
            spelled: dict[str, set[str]] = {}
            for first, names in given.items():
                spelled.setdefault(spelling_key(first), set()).update(names)
            self._spelled = {key: tuple(sorted(names)) for key, names in spelled.items()}
        return self._given

    def _own_kin(self, noun: str) -> str | None:
        """Return the name the text, or its title lines, gives the writer's own kin ``noun``
        by ("our father, Ihar Sadouski", "my mother Halina Sakalova"), or None."""
        for text in (self.masked, self.headings):
            found = _OWN_KIN_RE.search(text)
            while found is not None and found.group("noun") != noun:
                found = _OWN_KIN_RE.search(text, found.end())
            if found is not None:
                return found.group("name")
        return None

    def _in_full(self, word: str) -> tuple[str, ...]:
        """Return the full names the text gives with the given name ``word``, or, when it
        gives none, with the same name spelled another way ("Andrei" for "Andrey Kuznechyk")."""
        in_full = self._given_names().get(word)
        if in_full is not None:
            return in_full
        return self._spelled.get(spelling_key(word), ())

    def _one_named(self, word: str) -> str | None:
        """Return the one person a bare ``word`` stands for by what the text names in full,
        or None: a family's name for its kin as the kin the text names, else the one full
        name the text, or its title lines ("WITH / Piotr Zaremba, …"), gives with that given
        name ("His daughter, Volha, said …" where the text names Volha Karpovich)."""
        if word in lx.KIN_NAMES:
            # ("Papa" in a blog "about our father, Ihar Sadouski": the writer's own kin)
            return self._own_kin(lx.KIN_NAMES[word]) or word
        in_full = self._in_full(word)
        return in_full[0] if len(in_full) == 1 else None

    def _fullest(self, word: str) -> str:
        """Return the full name of the one person the text names with the given name
        ``word`` (see ``_one_named``), else ``word``."""
        return self._one_named(word) or super()._fullest(word)

    def _kin_family(self, start: int) -> str | None:
        """Return the family name of the man whose first name stands at ``start`` right
        after whose father, son or brother he is ("Protasevich's dad Dmitry", "Nina
        Bandarenka's son Yahor"), or None."""
        if not self.masked.endswith(_MALE_KIN_NOUNS, max(0, start - 14), start):
            return None  # (the plain test first: most names follow no kin noun)
        kin = _MALE_KIN_BEFORE_RE.search(self.masked, max(0, start - 40), start)
        return (
            kin.group("owner") if kin is not None and kin.group("owner") not in lx.PLACES else None
        )

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
        return bool(ORG_ROLE_RE.fullmatch(noun) or _DOCUMENT_RE.fullmatch(noun))

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
                and not self.is_dateline(m)
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

    def is_dateline(self, mention: Mention, dated: bool = False) -> bool:
        """Return True when ``mention`` is a dateline's place in capitals opening a line
        ("VILNIUS, Aug 16 (Reuters) -", "MINSK (AP) —"); with ``dated``, only one a date or an
        agency follows (not "USCIS, asked about …": a body in capitals)."""
        return (
            mention.key.isupper()
            and (mention.start == 0 or self.masked[mention.start - 1] == "\n")
            and self.masked.startswith((", ", " (", " —", " -", " –"), mention.end)
            and (not dated or _DATED_RE.match(self.masked, mention.end) is not None)
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
        if noun.lower() in lx.OUTLET_NOUN_WORDS:
            # "the paper writes", "the liberal daily argues": the newspaper the review named
            return outlet_before(self.headed, position)
        if _DOCUMENT_RE.fullmatch(noun):
            owner = words[-2] if len(words) > 1 else ""
            if owner[-2:] in ("'s", "’s") and ORG_ROLE_RE.fullmatch(owner[:-2]):
                # ("The club's statement … described the list as …": the club's, when the
                # text tells which club; no other body that spoke or was named more)
                owned = self.role(" ".join([*words[:-2], owner[:-2]]), position)
                if owned is not None:
                    return owned
            return self.author(position, noun)
        if noun.lower() in lx.COLLECTIVE_AUTHOR_NOUNS:
            return self.author(position)  # "the human rights defenders note"
        if noun.endswith("s") and len(noun) > 4 and not ORG_ROLE_RE.fullmatch(noun):
            if PERSON_ROLE_RE.fullmatch(noun[:-1].lower()):
                # ("the three ministers wrote": several people speaking together, none of them
                # the one the text named last; which body they speak for is not told here)
                return None
            noun = noun.rstrip("s")  # a plural role ("the ministries") names the singular
        if ORG_ROLE_RE.fullmatch(noun):
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
                generic = HEADS[noun.lower()] == GENERIC_CLASS
                # ("Corvane Agri Trading LLC … Corvane said …; the company also said"): the
                # company named with its legal form that the text is about
                main = main_company(self.masked, self.mentions) if generic else None
                if main is not None:
                    return main
                company = self._companies.resolve(noun.lower())
                if company != noun.lower():
                    return company
                if generic:
                    # "the company" fits the one company of any kind the text describes
                    companies = {name for _, name, _ in self._companies.names}
                    if len(companies) == 1:
                        return companies.pop()
            # "the Viasna human rights center said …; '…,' the center said": the name the
            # text gave before its lower-case description
            named = list(
                named_description_re(noun).finditer(
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
                after = _NAME_AFTER_RE.match(self.masked, last.end())
                if after is not None and after.group("name").split()[0].lower() not in MONTHS:
                    # ("the Telegram channel Batka Says …; '…,' the channel told …": the name
                    # after the kind, not the platform before it)
                    return after.group("name")
                return last.group(1)
            # "RFE/RL said it was relieved. '…,' the broadcaster said": the institution that
            # opened the sentence before
            return self._described(noun, position) or self._previous_subject(
                self.index.span(position)[0], speaking=True
            )
        role_re, appositive_re = role_before_re(noun), role_after_re(noun)
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
        # ("Chair: Kadri Lepp, MP" among a record's title lines: the field names the holder)
        field = role_field_re(noun).search(self.headings)
        if field is not None and len(words) == 1:
            return field.group("name")
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
                    role_after_name_re(noun).match(self.masked, m.end)
                    # "a spokesperson for the Federal Foreign Office said …; '…,' the
                    # spokesperson said": the institution the role was given for
                    or role_for_name_re(noun).search(self.masked, max(0, m.start - 40), m.start)
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
            role = (
                _ROLE_WORD_BEFORE_RE.search(self.masked, max(0, m.start - 40), m.start)
                or _DESCRIBED_BEFORE_RE.search(self.masked, max(0, m.start - 60), m.start)
                or _DESCRIBED_AFTER_RE.match(self.masked, m.end, m.end + 60)
            )
            if role is not None and role.group("role").lower() != noun.lower():
                return True
        return False

    def _fuller_institution(self, key: str, position: int) -> str | None:
        """Return the longer name an institution named ``key`` at ``position`` was given
        before it ("Global Affairs Canada" before "Global Affairs"), or None."""
        longer = key + " "
        fuller = next(
            (
                m.key
                for m in self.mentions.before(position)
                if m.kind == "org" and m.key.startswith(longer) and not _act(m.key)
            ),
            None,
        )
        if fuller is None and " of " in key:
            # ("released by the Ministry of Transport and Communications …. The Ministry of
            # Transport said": a portfolio of two words joined by "and", which no run of
            # capitals holds whole)
            joined = re.compile(re.escape(key) + r"\s+and\s+[A-Z][\w’'-]*").search(
                self.masked, 0, position
            )
            fuller = joined.group() if joined is not None else None
        if fuller is None and self.masked.find(key + " on ", 0, position) >= 0:
            fuller = _named_on(key, self.masked, position)
        return fuller

    def _eu_body(self, key: str) -> str | None:
        """Return the full name of the EU body that a bare noun ("the Council") or a legal act
        it adopts ("Council Implementing Regulation") stands for, in a text or under title
        lines that name the EU, or None."""
        body = _EU_BODIES.get(key.split(" ", 1)[0] if _act(key) else key)
        if body is None:
            return None
        if self._on_eu is None:
            self._on_eu = names_eu(self.masked, self.headings)
        return body if self._on_eu else None

    def _titled_institution(self, noun: str, position: int) -> str | None:
        """Return the name of more than one word, holding the capitalised ``noun`` ("Centre"),
        that the text before ``position`` or its title lines give an institution, or None."""
        for m in self.mentions.before(position):
            if m.kind == "org" and m.key != noun and noun in m.key.split() and not _act(m.key):
                return self.name(m)
        found = name_holding_re(noun).search(self.headings)
        if found is None:
            return capitals_name(noun, self.headings)
        if _act(found.group()):
            return None
        # ('Monthly review by the Human Rights Centre "Viasna"': its proper name, as name()
        # gives it for a mention)
        quoted = _QUOTED_NAME_RE.match(self.headings, found.end())
        if quoted is not None:
            return quoted.group("name")
        # ("Working Group on Political Detention" as a title line: the name goes on past "on")
        return _named_on(found.group(), self.headings, len(self.headings)) or found.group()

    def _other_qualifier(self, noun_start: int, qualifier: str | None) -> bool:
        """Return True when a lower-case word other than ``qualifier`` qualifies the role noun
        at ``noun_start`` ("the protest leader" for "the opposition leader")."""
        before = _QUALIFIER_RE.search(self.masked, max(0, noun_start - 30), noun_start)
        if before is None:
            return False
        word = before.group(1).lower()
        if qualifier is None:
            # ("Alicia Kearns, the shadow minister, said …. The minister replied": another
            # office than the one "the minister" names)
            return word in _OTHER_OFFICES
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
        found = list(described_re(noun).finditer(self.masked, start, position))
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
        """Return who a document ("the review said") at ``position`` speaks for (see
        document_authors.document_author), or None when the text names no one."""
        return document_author(
            self.masked, self.mentions, self.index, self.headings, self.name, position, noun
        )

    def _has_role(
        self,
        mention: Mention,
        role_re: re.Pattern[str],
        appositive_re: re.Pattern[str],
        qualifier: str | None = None,
    ) -> bool:
        # (a title's portfolio may be long: "High Representative of the Union for Foreign
        # Affairs and Security Policy, Josep Borrell")
        found = role_re.search(self.masked, max(0, mention.start - 100), mention.start)
        if (
            found is not None
            and not _OF_ANOTHER_RE.search(self.masked, max(0, found.start() - 30), found.start())
            and not self._other_qualifier(found.start(), qualifier)
            # (not Y's in "Envoy X met Y": a person and a verb between; but "Press secretary
            # of President X, Y" is Y's)
            and not any(
                m.kind == "person" and _LOWER_WORD_RE.search(self.masked, m.end, mention.start)
                for m in self.mentions.within(found.start() + 1, mention.start)
            )
        ):
            return True
        appositive = appositive_re.match(self.masked, mention.end, mention.end + 80)
        # (the appositive ends on the role noun: its qualifier stands just before)
        return appositive is not None and not self._other_qualifier(
            appositive.end() - len(appositive.group().split()[-1]), qualifier
        )


# the date or the agency after a dateline's place ("WASHINGTON, Dec. 15", "MINSK (AP)")
_DATED_RE: Final = re.compile(
    r",\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b|\s+\([A-Z]"
)
_POSSESSIVE_END_RE: Final = re.compile(r"(?<=\w)[’']s$")
# ("a former teammate of Rudnik's": one of those the person has, the possessive kept)
_DOUBLE_GENITIVE_RE: Final = re.compile(r"\bof\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*['’]s$")
# a person's office named by its owner, given name and family name ("X Y's office")
_PERSONS_OFFICE_RE: Final = re.compile(r"^(?P<owner>[A-Z][a-z]+(?: [A-Z][\w-]+){1,2})[’']s office$")


# the sex of a spouse by the noun "his wife" or "her husband" names them with
_SPOUSE_SEXES: Final = {"wife": "f", "husband": "m"}


def same_family(one: str, other: str) -> bool:
    """Return True when two family names are one family's in its men's and women's forms
    ("Tsikhanouski" and "Tsikhanouskaya", "Kalesnikau" and "Kalesnikava") or the same."""
    short, long = sorted((one, other), key=len)
    if len(short) < 5 or len(long) - len(short) > 3:
        return False
    return long.startswith(short[:-2])


# the body whose press service or office speaks: "the press office of the Minsk City Court"
_PRESS_OF_RE: Final = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})"
)


def as_named(speaker: str) -> str:
    """Return a speaker as the text names it in full: "the EU" as the European Union (a
    union named by its acronym; "A DFAT spokesperson" spelled out where the text wrote "the
    Department of …’s reply"), a name without its possessive, and a person's office by its
    own name ("Sviatlana Tsikhanouskaya's office" is the "Office of Sviatlana
    Tsikhanouskaya")."""
    full = lx.SPEAKER_FULL_NAMES.get(speaker, speaker)
    if full.endswith(("’s", "'s")) and _DOUBLE_GENITIVE_RE.search(full) is None:
        return _POSSESSIVE_END_RE.sub("", full)
    office = _PERSONS_OFFICE_RE.match(full) if "s office" in full else None
    if office is None:
        return full
    # (as a substitution would, with what may follow the match kept)
    return f"Office of {office.group('owner')}{full[office.end() :]}"
