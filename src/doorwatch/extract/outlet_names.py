"""Which newspaper "the paper", "the daily" or "the weekly" is, in a press review.

A review names each newspaper once, either as a heading of its own (a line that is the name, in
capitals or not; the name before a colon and the review's headline; the name before an aside in
brackets such as "(editorial, 12 April)") or as the subject of a sentence that tells what it
printed ("X devoted its editorial to …", "X writes that …") or after its kind ("the business
weekly X"), and then refers
back to it by its kind. The outlet is the last such name before the reference; a shorter form
("the NZZ") stands for the fuller one the heading gave. The kinds are ``outlet_nouns`` in
``data/extract/roles.yaml``, the verbs ``publishing_verbs`` in ``data/extract/speech.yaml``.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.name_genders import given_gender

_PUBLISHING_VERBS: Final = lx.alternation(lx.words("speech", "publishing_verbs"))
_REACH: Final = 2500  # how far back a review's heading or subject is looked for
_WORD: Final = r"[A-ZÀ-ÖØ-Þ][\w’'.&-]*"
# a heading line: an optional bullet, the name, then a colon and the review's headline, an aside
# in brackets, or nothing ("Vedomosti: the price of …", "■ Asahi Shimbun (editorial, p. 3)")
_HEADING_RE: Final = re.compile(
    rf"(?m)^[ \t]*(?:[■•▪*#>-]+[ \t]*)?(?P<name>{_WORD}(?:[ \t]+[\w’'.&-]+){{0,3}}?)[ \t]*"
    r"(?:(?P<colon>:)[ \t]+[^\n]+|\([^)\n]{1,60}\)[ \t]*|(?P<bare>))$"
)
# lower-case words that go on a sentence after its first word, not a title's second word
_NOT_TITLE_WORDS: Final = (
    r"(?:the|a|an|it|its|has|had|have|also|again|then|later|now|even|which|who)"
)
# a sentence whose subject is a newspaper, told by what it printed ("The German X writes",
# "Poland's X reports", "X (Warsaw, 6 March) quotes")
_SUBJECT_RE: Final = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?:The\s+)?(?:{_WORD}[’']s\s+)?"
    # (a title in its own language may leave its second word in lower case)
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}}|{_WORD}\s+(?!{_NOT_TITLE_WORDS}\b)[a-z][\w’'-]+)"
    r"(?:\s*\([^)\n]{1,60}\))?"
    rf"\s+(?:(?:also|again|even|now)\s+)?(?:{_PUBLISHING_VERBS})\b"
)
# a newspaper named after its kind ("the business daily Kommersant", "the weekly Der Spiegel")
_DESCRIBED_RE: Final = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){{0,3}}?(?:{lx.OUTLET_NOUNS})\s+"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})"
)
# words that open a heading line but name no outlet ("By Jane Doe", "Note: …")
_NO_OUTLET: Final = frozenset(lx.words("roles", "outlet_heading_labels"))
_SMALL: Final = frozenset(lx.words("speech", "title_small_words")) | frozenset(
    lx.words("roles", "outlet_name_articles")
)


def outlet_before(text: str, position: int) -> str | None:
    """Return the newspaper a press review named last before ``position``, by its heading or
    as a sentence's subject, in its fullest form; None when it named none."""
    start = max(0, position - _REACH)
    found: list[tuple[int, str]] = []
    for heading in _HEADING_RE.finditer(text, start, position):
        name = _heading_name(heading)
        if name is not None:
            found.append((heading.start(), name))
    for described in _DESCRIBED_RE.finditer(text, start, position):
        found.append((described.start("name"), title_cased(described.group("name"))))
    for subject in _SUBJECT_RE.finditer(text, start, position):
        name = _subject_name(subject.group("name"))
        if name is not None:
            found.append((subject.start("name"), name))
    if not found:
        return None
    found.sort()
    last = found[-1][1]
    # ("the NZZ" after the heading "Neue Zürcher Zeitung"; "The Yomiuri" after "Yomiuri
    # Shimbun"): a short form stands for the fuller name given before it
    for _, name in reversed(found[:-1]):
        if len(name) > len(last) and (_initials(name) == last or last in name.split()):
            return name
    return last


def _heading_name(heading: re.Match[str]) -> str | None:
    """Return the outlet a heading line names, or None when the line is no outlet's heading."""
    name = heading.group("name").rstrip(" .")
    words = name.split()
    if words[0] in _NO_OUTLET or any(ch.isdigit() for ch in name):
        return None
    if heading.group("colon") is None and not all(
        w[0].isupper() or w.lower() in _SMALL for w in words
    ):
        return None  # a headline in sentence case ("The quiet winner is Moscow")
    if heading.group("bare") is not None and len(words) > 3:
        return None
    return title_cased(name)


def _subject_name(name: str) -> str | None:
    """Return a sentence's subject as an outlet's name, or None when it is a person's name
    or a country's people."""
    words = name.split()
    for i, word in enumerate(words):
        if word.endswith(("'", "’", "'s", "’s")):
            # ("X's editorial argues", "Postimees' leader writes"): the newspaper owns it
            words = words[: i + 1]
            words[i] = word[:-2] if word.endswith("s") and word[-2] in "'’" else word[:-1]
            break
    while words and words[0] in lx.DEMONYMS:
        words = words[1:]  # "The German X writes"
    if not words or given_gender(words[0].lower()) or words[0] in _NO_OUTLET:
        return None
    return title_cased(" ".join(words))


def title_cased(name: str) -> str:
    """Return a name as a text writes it in a sentence: a heading in capitals in title case."""
    # (a word of four capitals or fewer is an acronym: "BBC", "TASS")
    if name.isupper() and len(name) > 4:
        words = name.lower().split()
        return " ".join(w if w in _SMALL and i else w.capitalize() for i, w in enumerate(words))
    return name


def _initials(name: str) -> str:
    """Return the capitals of ``name``'s words ("NZZ" of "Neue Zürcher Zeitung")."""
    return "".join(w[0] for w in name.split() if w[0].isupper())
