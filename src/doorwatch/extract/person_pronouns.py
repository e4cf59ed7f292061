"""Who "he" or "she" (or "the 60-year-old") refers to: the nearest earlier sentence with a person
of a fitting gender, and within a sentence its first such person, which is usually the subject
(the centring heuristic); a woman by her given name first, one whose given name tells nothing
when she spoke just before; a pronoun that goes on as the subject of sentences before is
followed back to where it was named.

``PersonPronouns`` is the base of ``resolve.Resolver``, which also names institutions and roles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.caller_names import caller_cue_end
from doorwatch.extract.mentions import ORG_ROLE_RE, ROLE_RE, Mention, Mentions
from doorwatch.extract.name_genders import UNKNOWN_GIVEN, first_name_gender, given_gender
from doorwatch.extract.sentences import SENTENCE_OPEN_RE, SentenceIndex

# an example's opener before a name ("among them X"): one named as an example is spoken of
_EXAMPLE_BEFORE_RE: Final = re.compile(rf"\b(?:{lx.EXAMPLE_OPENERS})\s+(?:[\w’'.-]+\s+){{0,3}}$")
# the first word of each opener, one of which a match of _EXAMPLE_BEFORE_RE holds
_EXAMPLE_FIRST_WORDS: Final = tuple(
    dict.fromkeys(opener.split()[0] for opener in lx.words("speech", "example_openers"))
)

# the gender "she" and "he" tell
PRONOUN_GENDER: Final = {"she": "f", "he": "m"}
# the subject pronoun an object or possessive pronoun stands for ("him", "his" → "he")
OBJECT_SUBJECT: Final = {"him": "he", "her": "she", "them": "they"}
POSSESSIVE_SUBJECT: Final = {"his": "he", "her": "she", "its": "it", "their": "they"}

# the role a sentence's subject holds, in apposition before the name ("The Network's
# coordinator, ", "Its lead, "): a person, whatever the given name tells
_SUBJECT_LEAD_RE: Final = re.compile(r"\s*(?:The|Its|Their|His|Her|Our)\s[^,.;:\"“”]{1,60},\s+")
_LOOKBACK_SENTENCES: Final = 8  # sentences looked back over for a person of the pronoun's gender
_PRONOUN_CHAIN: Final = (
    3  # "He said …. He added …. '…,' he said": sentences a pronoun is followed back
)

# "Tsikhanouskaya, who leads …": a relative "who" tells a person
_WHO_AFTER_RE: Final = re.compile(r"\s*,\s+who\b")

# a name in a title: a capitalised given name and family name ("Maria Kalesnikava: a
# chronology")
_TITLE_NAME_RE: Final = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][\w-]+(?=[’']s\b|[\s:,;—–-]|$)")


@lru_cache(maxsize=8)
def _pronoun_re(pronoun: str) -> re.Pattern[str]:
    """Return the pattern of ``pronoun`` as a word, capitalised or not."""
    return re.compile(rf"\b(?:{pronoun}|{pronoun.capitalize()})\b")


# "who asked that only his first name, Andres, be published": the gender before the name
_FIRST_NAME_BEFORE_RE: Final = re.compile(
    r"\b(?P<whose>[Hh]is|[Hh]er)\s+(?:first|given)\s+name\s*,\s*$"
)

_HONORIFICS: Final[dict[str, str]] = lx.table("names", "honorific_genders")
# "Mr Justice Harrowby", "Ms Ozola": an honorific, or two, right before a surname given alone
_HONORIFIC_BEFORE_RE: Final = re.compile(
    rf"\b(?P<title>{lx.alternation(sorted(_HONORIFICS))})\.?\s+(?:(?:Justice|Judge)\s+)?$"
)

# a clause's verb after a name (" was", " doesn't", " told") or an appositive's end before
# one (", told reporters")
_SUBJECT_AFTER_RE: Final = re.compile(r",?\s+[a-z]+(?:n[’']t)?\b(?!\s*[,:])")
# a clause with the pronoun put before the main clause's subject ("When he reached Vilnius, …")
_CLAUSE_FIRST_RE: Final = re.compile(
    r"\s*(?:When|After|As|Once|Before|While|Although|Though|Since|Until)\s+"
    r"(?P<pronoun>he|she)\b[^,.;:!?\"“”]{1,80},\s+"
)
# what follows a first name given alone: an age ("Natallia, 58,") or what the person is
_GIVEN_NAME_CUE_RE: Final = re.compile(r",\s+(?:\d{1,2},|a\s+\d{1,2}-year-old\b)")

# a chair addressed in a debate ("Madam President,", "Mr Speaker,"): spoken to, not of
_ADDRESSED_RE: Final = re.compile(
    r"(?:Madam|Madame|Mr\.?|Mister)\s+(?:President|Speaker|Chair|Chairman|Chairwoman|Chairperson|"
    r"Commissioner|Deputy\s+Speaker),"
)

# a description the sentence opens with, before the name it gives ("A Berlin-based analyst, ")
# ("The Norwegian Helsinki Committee's secretary general, Berit Lindeman, said")
_DESCRIBED_BEFORE_NAME_RE: Final = re.compile(
    r"\s*(?:An?|One|The|Its|Their)\s+[^,.;:\"“”]{1,60},\s+"
)

# a name that opens its sentence, its description after it, then a speech verb ("Berit
# Lindeman, the committee's secretary general, said")
_DESCRIBED_AFTER_NAME_RE: Final = re.compile(
    rf"\s*,\s+(?:the|a|an|its|their)\s+[^,.;:\"“”]{{1,60}},\s+(?:{lx.SPEECH_VERBS})\b"
)

# a speech verb right before a name ('," said Geneviève Arsenault')
_SAID_BEFORE_NAME_RE: Final = re.compile(r"\b(?:said|says|added|wrote|explained)\s+$")

# a speech verb after a name, an appositive between ("Katrin Möller of the Centre for East
# European Studies, said")
_SPEAKS_NEAR_RE: Final = re.compile(
    rf"(?:\s+of\s+[^,.;:\"“”]{{1,60}})?\s*,?\s+(?:(?:has|had|also)\s+)?(?:{lx.SPEECH_VERBS})\b"
)


def _example(text: str, start: int, end: int) -> bool:
    """Return True when ``text[start:end]`` ends in an opener of examples ("among them X")."""
    # (plain searches first: most names follow none of the openers)
    for word in _EXAMPLE_FIRST_WORDS:
        if text.find(word, start, end) >= 0:
            return _EXAMPLE_BEFORE_RE.search(text, start, end) is not None
    return False


# a sentence that opens with a prepositional phrase ("In an e-mail to the Society's president,
# …"), and the comma that closes a name set in it, right before the subject's name
_FRONTED_PP_RE: Final = re.compile(
    r"\s*(?:In|At|On|After|Before|During|With|From|To|Through|Via|Over|Unlike|Like|For)\s"
    r"[^.;:!?\"“”\n]*$"
)
_APPOSED_THEN_SUBJECT_RE: Final = re.compile(rf",\s+(?:(?:{lx.HONORIFICS})\.?\s+)?")
# the role that sets a name off as the subject's appositive (", the oboist ") and the main verb
# right after it (", heard the news"): "A former colleague from the ensemble X helped to found,
# the oboist Y, heard …" has Y for its subject, not X inside the description
_APPOSED_ROLE_BEFORE_RE: Final = re.compile(r",\s+the\s+(?:[a-z-]+\s+){1,3}$")
_MAIN_VERB_AFTER_RE: Final = re.compile(
    rf",\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|{lx.IRREGULAR_PAST_VERBS})\b"
)
# a word of place right before a name ("in Zhodzina", "at Akrestsina"): no person is there
_WHERE_BEFORE_RE: Final = re.compile(r"\b(?:in|at|near|outside|inside|into)\s+$")
# ("the human rights centre Viasna", "the exile channel Nexta": the kind of body, then its name)
_BODY_KIND_BEFORE_RE: Final = re.compile(rf"\b(?:{lx.ORG_ROLE_NOUNS})\s$")
_BODY_KIND_REACH: Final = 30  # (the longest kind of body, and the space after it)


# the noun and colon after a label's first word ("Main points:")
_LABEL_WORD_RE: Final = re.compile(r"\s+[a-z]+s?:")


class PersonPronouns:
    """Names the person "he" or "she" refers to, given the whole text's mentions."""

    def __init__(
        self, masked: str, mentions: Mentions, index: SentenceIndex, headings: str = ""
    ) -> None:
        self.masked = masked
        self.headings = headings  # the title, byline and date lines, unmasked
        self.mentions = mentions
        self.index = index
        # each pronoun reads the same few sentences back, and so the same bare words, again
        # and again: what a word may be is read once per gender
        self._bare: dict[tuple[Mention, str], bool] = {}

    def role(self, phrase: str, position: int) -> str | None:
        """Return who the role ``phrase`` at ``position`` names, or None: a person's role
        read by the resolver of roles (``resolve.Resolver.role``); here, no one."""
        return None

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
                    # ("When he reached Vilnius, Yauhen was quiet": the pronoun of a clause
                    # put first points to the subject named after it)
                    clause = _CLAUSE_FIRST_RE.match(self.masked, before, before_end)
                    if clause is not None and clause.start("pronoun") == found.start():
                        first_name = self._first_named(clause.end(), clause.end() + 1, want)
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
            # ("I spoke to Ingvild Sandvik, who leads our office, and her read was: …": the
            # one her own sentence names first, whatever her given name tells)
            return (
                self._speaker_before(position)
                or self._person_pronoun(want, position, ("f", None), reach=1)
                or self._person_pronoun(want, position, (UNKNOWN_GIVEN,), reach=1)
                # ("The Network's coordinator, Élodie Marchal, closed the session. '…,' she
                # said": the one the sentence before names, before a woman further back)
                or self._opening_subject_before(position, (UNKNOWN_GIVEN,))
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
        s_start = self.index.span(last.start)[0]
        if not self.masked[s_start : last.start].strip() and _DESCRIBED_AFTER_NAME_RE.match(
            self.masked, last.end
        ):
            return persons[last.key].name  # "Berit Lindeman, the committee's head, said …"
        if not _SPEAKS_NEAR_RE.match(self.masked, last.end):
            return None
        if not _DESCRIBED_BEFORE_NAME_RE.fullmatch(self.masked, s_start, last.start):
            return None  # (only a name given after its description: "An analyst, X, said")
        return persons[last.key].name

    def _opening_subject_before(self, position: int, genders: tuple[str | None, ...]) -> str | None:
        """Return the person the sentence before ``position`` opens with as its subject, named
        after the role they hold ("Its lead, Morag Kinnear, opened …"), when their gender is
        one of ``genders``; else None."""
        si = self.index.index(position)
        if si < 1:
            return None
        start, end = self.index.spans[si - 1]
        first = next(
            (
                m
                for m in self.mentions.within(start, end)
                if m.kind == "person" and not m.possessive
            ),
            None,
        )
        if first is None or self.mentions.persons[first.key].gender not in genders:
            return None
        if self.masked.startswith(":", first.end) or self._addressed(first):
            return None  # (a turn's label, or the one a speech addresses)
        if _SUBJECT_LEAD_RE.fullmatch(self.masked, start, first.start) is None:
            return None
        return self._fullest(self.mentions.persons[first.key].name)

    def _person_pronoun(
        self,
        want: str | None,
        position: int,
        genders: tuple[str | None, ...],
        reach: int = _LOOKBACK_SENTENCES,
    ) -> str | None:
        persons = self.mentions.persons
        si = self.index.index(position)
        for i in range(si, max(-1, si - reach), -1):
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
                # (not a body's role, nor a newspaper's kind: "the daily interviews …")
                noun = subject.group().split()[-1] if subject is not None else ""
                if (
                    subject is not None
                    and not ORG_ROLE_RE.fullmatch(noun)
                    and noun.lower() not in lx.OUTLET_NOUN_WORDS
                ):
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
                # ("Jane Doyle: I spoke to Ms Kalesnikava. She said …": who speaks the turn
                # says "I", so "she" is another)
                and not (
                    self.masked.startswith(":", m.end)
                    and (m.start == 0 or self.masked[m.start - 1] == "\n")
                )
            ]
            if fits:
                # ("Thin and with his head shaved, Tikhanovsky told …": a name the text gives
                # in full before a capitalised word it gives alone)
                eligible = [m for m in fits if not m.possessive and not self.mentions.prep(m)]
                if (
                    len(eligible) > 1
                    and _FRONTED_PP_RE.match(self.masked, start, eligible[0].start)
                    and _APPOSED_THEN_SUBJECT_RE.fullmatch(
                        self.masked, eligible[0].end, eligible[1].start
                    )
                ):
                    # ("In an e-mail to the president, Professor X, Dr Y wrote …": the one
                    # inside the opening phrase is not the sentence's subject)
                    eligible = eligible[1:]
                elif len(eligible) > 1 and eligible[0].start > start:
                    apposed = next(
                        (
                            m
                            for m in eligible[1:]
                            if _MAIN_VERB_AFTER_RE.match(self.masked, m.end)
                            and _APPOSED_ROLE_BEFORE_RE.search(
                                self.masked, max(start, m.start - 50), m.start
                            )
                        ),
                        None,
                    )
                    if apposed is not None and not _MAIN_VERB_AFTER_RE.match(
                        self.masked, eligible[0].end
                    ):
                        eligible = [apposed]
                best = next(
                    (m for m in eligible if m.kind == "person"),
                    eligible[0] if eligible else fits[0],
                )
                if best.kind == "person" and " " in persons[best.key].name:
                    return persons[best.key].name
                # (a given name alone: the one person named in full with it)
                return self._fullest(persons[best.key].name if best.kind == "person" else best.key)
        if reach < _LOOKBACK_SENTENCES:
            return None
        # Beyond the look-back: the person of that gender named most often so far (a pronoun
        # does not point forward to someone introduced later).
        counts: dict[str, int] = {}
        for m in self.mentions.before(position):
            if m.kind == "person" and persons[m.key].gender in genders and not self._addressed(m):
                counts[m.key] = counts.get(m.key, 0) + 1
        if not counts:
            return None
        return persons[max(counts, key=lambda k: counts[k])].name

    def _fullest(self, word: str) -> str:
        """Return the full name of the one person the text names whose given name is
        ``word`` ("Valeryia" after "Valeryia Ramanchyk"), else ``word`` itself."""
        named = {p.name for p in self.mentions.persons.values() if p.name.split()[0] == word}
        return named.pop() if len(named) == 1 else word

    def _addressed(self, mention: Mention) -> bool:
        """Return True when ``mention`` is a chair addressed in a debate ("Madam President,")."""
        # (every title of address opens with "M": a plain test first)
        return (
            self.masked.startswith("M", mention.start)
            and _ADDRESSED_RE.fullmatch(self.masked, mention.start, mention.end + 1) is not None
        )

    def _person_names(self, genders: tuple[str | None, ...]) -> set[str]:
        """Return the full names of the people the text names whose gender is in
        ``genders``."""
        return {p.name for p in self.mentions.persons.values() if p.gender in genders}

    def _bare_person(self, mention: Mention, want: str) -> bool:
        """Return True when a surname the text never gives in full ("Tsikhanouskaya, who
        leads …") can be the person of gender ``want`` a pronoun refers to: its ending tells
        the gender, or a relative "who" after it tells a person."""
        known = self._bare.get((mention, want))
        if known is None:
            known = self._bare[mention, want] = self._read_bare(mention, want)
        return known

    def _read_bare(self, mention: Mention, want: str) -> bool:
        key = mention.key
        if key in lx.KIN_NAMES:
            # ("Mum sat by the phone. … she said")
            return lx.PERSON_NOUN_SEXES.get(lx.KIN_NAMES[key]) == want
        if key in lx.DEMONYMS or key in lx.PLACES:
            return False
        if self.masked.endswith(("the ", "The "), max(0, mention.start - 4), mention.start):
            return False  # "near the Pushkinskaya metro station": a name of a place or thing
        if _WHERE_BEFORE_RE.search(self.masked, max(0, mention.start - 8), mention.start):
            return False  # "her brother is still in Zhodzina": where someone is, a place
        if _BODY_KIND_BEFORE_RE.search(
            self.masked, max(0, mention.start - _BODY_KIND_REACH), mention.start
        ):
            return False  # "the rights centre Viasna": a body, by its kind before its name
        if _LABEL_WORD_RE.match(self.masked, mention.end):
            return False  # "Main points:", "Key dates:": a label's first word, no one's name
        if self.masked.startswith(".", mention.end) and SENTENCE_OPEN_RE.search(
            self.masked, max(0, mention.start - 3), mention.start
        ):
            return False  # "Thin. He said …": a word that is its own sentence, an answer
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
        if (
            ending is None
            and not mention.possessive
            and _SUBJECT_AFTER_RE.match(self.masked, mention.end)
        ):
            # ("His mother, Natalia, told reporters …", "Alesia doesn't know much about
            # sanctions": someone the text names by a given name alone, whose gender it tells,
            # as a clause's subject: not a chat's label, "Piotr, Łódź —", "Kiryl:")
            ending = given_gender(key.lower()) or None
        if ending is None and caller_cue_end(self.masked, mention, len(self.masked)):
            # ("Sigrid, a retired diplomat phoning from Lillehammer, was the most specific.
            # Norway, she said, …": a caller the text names by a given name alone; one whose
            # gender no list tells may be either)
            ending = first_name_gender(key.lower()) or want
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
