"""Whom "he" or "she" at a quotation means when the sentence before tells of a piece of writing
and who wrote it: a letter from someone described, not named ("I received a letter from the
wife of a prisoner. She wrote: …"), or a piece by a named author ("The weekly carries a
commentary by X, who argues that …. '…,' he writes"). The writer is the one the pronoun refers
to when it fits their gender, whoever else the sentence names after them.

The pieces are ``authored_pieces`` in ``data/extract/speech.yaml``.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mention, Mentions
from doorwatch.extract.person_pronouns import PRONOUN_GENDER
from doorwatch.extract.sentences import SentenceIndex

# "a letter from the wife of a prisoner held in …": one described by kin, who wrote
_LETTER_FROM_RE: Final = re.compile(
    r"\b(?:letter|message|note|email|postcard|call)s?\s+from\s+(?:the|a|an)\s+"
    r"(?P<who>(?P<noun>[a-z]+)\s+of\s+(?:a|an|one)\s+(?:[a-z-]+\s+)??[a-z-]+)"
    r"(?=\s*[,.;:]|\s+(?:held|jailed|in|at|from|who|serving|sentenced|now)\b)"
)
PIECES: Final = lx.alternation(lx.words("speech", "authored_pieces"))
# "a commentary by ", "an op-ed by ": the author's name follows
_PIECE_BY_RE: Final = re.compile(rf"\b(?:{PIECES})\s+by\s+")
# the verbs by which a writer's words are told ("he writes", "she argues")
_WRITING_VERB_RE: Final = re.compile(
    r"\s*,?\s*(?:writes|wrote|argues|argued|adds|added|concludes)\b"
)


def letter_writer(
    masked: str, index: SentenceIndex, mentions: Mentions, pronoun: Mention
) -> str | None:
    """Return the person described, not named, whose letter or message the sentence before
    ``pronoun`` tells of, when the pronoun fits their gender and no one is named between;
    else None."""
    si = index.index(pronoun.start)
    if si <= 0:
        return None
    start = index.spans[si - 1][0]
    if masked.find(" from ", start, pronoun.start) < 0:
        return None
    letter = _LETTER_FROM_RE.search(masked, start, pronoun.start)
    if (
        letter is None
        or lx.GENDERED_NOUNS.get(letter.group("noun")) != (PRONOUN_GENDER[pronoun.key])
    ):
        return None
    if any(m.kind == "person" for m in mentions.within(letter.end(), pronoun.start)):
        return None
    return letter.group("who")


def piece_author(
    masked: str, index: SentenceIndex, mentions: Mentions, pronoun: Mention
) -> str | None:
    """Return the author the sentence before ``pronoun`` names after a piece of writing
    ("a commentary by X"), when the pronoun writes or argues and fits the author's gender;
    else None."""
    if _WRITING_VERB_RE.match(masked, pronoun.end) is None:
        return None
    si = index.index(pronoun.start)
    start = index.spans[max(0, si - 1)][0]
    # (the last piece named before the pronoun)
    by = next(reversed(list(_PIECE_BY_RE.finditer(masked, start, pronoun.start))), None)
    if by is None:
        return None
    author = next(iter(mentions.within(by.end(), by.end() + 1)), None)
    if author is None or author.kind != "person":
        return None
    person = mentions.persons[author.key]
    # (a name of no known gender fits either pronoun)
    other = "f" if PRONOUN_GENDER[pronoun.key] == "m" else "m"
    return None if person.gender == other else person.name
