"""Word lists the rules share: titles, organisation words, places, speech verbs, name genders.

The lists live in ``doorwatch/data/extract/*.yaml`` (one entry a line, each list with a comment
on where its entries come from) and are read once, when this module is first imported. They
describe English news prose in general, not any one article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, Final

import yaml


@cache
def _file(name: str) -> dict[str, Any]:
    path = resources.files("doorwatch") / "data" / "extract" / f"{name}.yaml"
    loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict), f"{name}.yaml holds named lists"
    return loaded


def words(file: str, key: str) -> tuple[str, ...]:
    """Return the list ``key`` of ``data/extract/<file>.yaml``, in file order."""
    return tuple(str(entry) for entry in _file(file)[key])


def table(file: str, key: str) -> dict[str, str]:
    """Return the mapping ``key`` of ``data/extract/<file>.yaml``."""
    return {str(k): str(v) for k, v in _file(file)[key].items()}


def alternation(entries: Iterable[str]) -> str:
    """Return a regex matching any of ``entries``: spaces match any whitespace.

    The words are folded into a trie ("lift|lifted|lifts" -> "lift(?:ed|s)?") because the
    regex engine tries a flat alternation branch by branch at every position, and a trie
    fails on the first letter that no entry shares.
    """
    trie: dict[str, Any] = {}
    for entry in entries:
        node = trie
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        single = len(branches) == 1 and len(body) == len(re.escape(body[:1])) and not body[1:]
        return f"{body}?" if single else f"(?:{body})?"
    return body


STOPWORDS: Final[frozenset[str]] = frozenset(words("names", "stopwords"))
TITLES: Final[frozenset[str]] = frozenset(words("names", "titles"))
# the honorifics and ranks put before a surname ("Ms", "Dr", "Major"), as one pattern
HONORIFICS: Final[str] = alternation(sorted(table("names", "honorific_genders")))
# the courtesy titles before a name that a full stop may close ("Mr. Lukashenko", "Ms Kolesnikova")
COURTESY_TITLES: Final[str] = r"(?:Mr|Mrs|Ms|Dr)"
# the verbs whose past is no "-ed" ("put", "said"), as one pattern
IRREGULAR_PAST_VERBS: Final[str] = alternation(words("speech", "irregular_past_verbs"))
# what a person sends: a letter, a postcard, a text ("A text from …:", "Yahor's letter")
SENT_PIECES: Final[str] = alternation(words("speech", "sent_pieces"))
# what a person said, named by a noun ("verdict", "claim", "warning"): one alternation for
# every rule that reads such a noun
SPEECH_NOUNS: Final[str] = alternation(words("speech", "speech_nouns"))
DEMONYMS: Final[frozenset[str]] = frozenset(words("names", "demonyms"))
PARTY_MEMBERS: Final[frozenset[str]] = frozenset(words("names", "party_members"))
DEMONYM_WORDS: Final[str] = alternation(sorted(DEMONYMS, key=len, reverse=True))  # for patterns
PLACES: Final[frozenset[str]] = frozenset(words("names", "places"))
MULTIWORD_PLACES: Final[frozenset[str]] = frozenset(words("names", "multiword_places"))
SPEAKING_PLACES: Final[frozenset[str]] = frozenset(words("names", "speaking_places"))
ACRONYM_PLACES: Final[frozenset[str]] = frozenset(words("names", "acronym_places"))
SPEAKER_FULL_NAMES: Final[dict[str, str]] = table("names", "speaker_full_names")
# A company's legal form ("Corvane Agri Trading LLC", "Harborline Bank, N.A."); after a comma,
# the form that ends a company's name, not a word that goes on
LEGAL_FORMS: Final = words("names", "legal_forms")
LEGAL_FORM_AFTER_RE: Final = re.compile(
    rf",[ \t]+(?:{'|'.join(re.escape(f) for f in sorted(LEGAL_FORMS, key=len, reverse=True))})"
    r"(?![\w.])"
)
# (the capitalised legal forms, as the words of a name: "Baltic Bulk Solutions UAB", "… Corp.")
ORG_WORDS: Final[frozenset[str]] = frozenset(words("names", "org_words")) | {
    form.rstrip(".") for form in LEGAL_FORMS if form[0].isupper() and "." not in form.rstrip(".")
}
EVENT_WORDS: Final[frozenset[str]] = frozenset(words("names", "event_words"))
ACT_WORDS: Final[frozenset[str]] = frozenset(words("names", "act_words"))
PREPOSITIONS: Final[frozenset[str]] = frozenset(words("names", "prepositions"))
FEMALE_NAMES: Final[frozenset[str]] = frozenset(words("names", "female_given_names"))
MALE_NAMES_IN_A: Final[frozenset[str]] = frozenset(words("names", "male_given_names_in_a"))
MALE_GIVEN_ENDINGS: Final[tuple[str, ...]] = tuple(words("names", "male_given_name_endings"))
FEMALE_GIVEN_ENDINGS: Final[tuple[str, ...]] = tuple(words("names", "female_given_name_endings"))
FEMALE_SURNAME_ENDINGS: Final[tuple[str, ...]] = words("names", "female_surname_endings")
MALE_SURNAME_ENDINGS: Final[tuple[str, ...]] = words("names", "male_surname_endings")
UNISEX_SURNAME_ENDINGS: Final[tuple[str, ...]] = words("names", "unisex_surname_endings")
# the endings by which a word alone is taken for a surname, whatever its gender
SURNAME_ENDINGS: Final[tuple[str, ...]] = (
    *FEMALE_SURNAME_ENDINGS,
    *MALE_SURNAME_ENDINGS,
    *UNISEX_SURNAME_ENDINGS,
)
# The nouns a person may be described by alone ("a woman", "Maksim's mother"), with the pronoun's
# sex each takes ("f" or "m").
PERSON_NOUN_SEXES: Final[dict[str, str]] = table("names", "described_person_nouns")
# the names a family calls its own by ("Mum", "Papa"), with the kin each names ("mother")
KIN_NAMES: Final[dict[str, str]] = table("names", "kin_names")
GENDERED_NOUNS: Final[dict[str, str]] = {
    **{w: "f" for w in words("names", "female_person_nouns")},
    **{w: "m" for w in words("names", "male_person_nouns")},
}

# Verbs that introduce or report speech; participles take the clause's subject as speaker.
SPEECH_VERB_WORDS: Final[frozenset[str]] = frozenset(words("speech", "speech_verbs"))
SPEECH_VERBS: Final[str] = alternation(words("speech", "speech_verbs"))
PARTICIPLES: Final[str] = alternation(words("speech", "participles"))
# A speech verb or participle ("said", "told", "quoted"); the lookahead on first letters lets
# most positions fail before the long alternation runs.
_SPEECH_FIRST_LETTERS: Final = "".join(
    sorted({w[0] for w in words("speech", "participles") + words("speech", "speech_verbs")})
)
SPEECH_VERB_RE: Final = re.compile(
    rf"\b(?=[{_SPEECH_FIRST_LETTERS}])(?:(?P<part>{PARTICIPLES})|(?P<verb>{SPEECH_VERBS}))\b"
)
# Words that may stand between a subject and its speech verb: "has also said".
AUXILIARIES: Final[str] = alternation(words("speech", "auxiliaries")) + r"|\w+ly"
# Words that open the examples of a group ("among them Ales Bialiatski", "including Belavia").
EXAMPLE_OPENERS: Final[str] = alternation(words("speech", "example_openers"))
CHARACTERISING_VERBS: Final[frozenset[str]] = frozenset(words("speech", "characterising_verbs"))

ORG_ROLE_WORDS: Final[frozenset[str]] = frozenset(words("roles", "org_role_nouns"))
ORG_ROLE_NOUNS: Final[str] = alternation(ORG_ROLE_WORDS)
PERSON_ROLE_NOUNS: Final[str] = alternation(words("roles", "person_role_nouns"))
DOCUMENT_NOUNS: Final[str] = alternation(words("roles", "document_nouns"))
# a body's or a person's name in capitals, with "of" or "for" inside ("Ministry of Foreign
# Affairs", "Commissioner for Human Rights"): whose a piece is, after "a statement by"
NAME_WITH_OF: Final[str] = r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,6}"
# Kinds of periodical a press review refers back to a newspaper by ("the paper writes").
OUTLET_NOUN_WORDS: Final[frozenset[str]] = frozenset(words("roles", "outlet_nouns"))
OUTLET_NOUNS: Final[str] = alternation(sorted(OUTLET_NOUN_WORDS))
COLLECTIVE_AUTHOR_NOUNS: Final[frozenset[str]] = frozenset(
    words("roles", "collective_author_nouns")
)
# Roles named by a phrase whose last word is not the role noun itself.
ROLE_SYNONYMS: Final[dict[str, str]] = table("roles", "role_synonyms")
INSTITUTION_NOUNS: Final[dict[str, str]] = table("roles", "institution_nouns")
