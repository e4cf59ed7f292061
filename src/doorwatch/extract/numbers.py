"""Numbers as news prose writes them: ``1,200``, ``1 200``, ``1.2 thousand``, ``fifty-two``.

``NUMBER_RE`` finds candidates; :func:`parse_number` turns a match's text into an int.
Vague quantities ("dozens", "hundreds of", "tens of thousands") are deliberately not numbers:
they state no figure a reader could check.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from doorwatch.extract.word_gates import ascii_lower

_UNITS: Final = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: Final = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_SPECIAL: Final = {"a dozen": 12, "one dozen": 12, "a couple of": 2, "a pair of": 2}

_WORD: Final = "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True))
_SCALE: Final = "|".join(_SCALES)
# A run of number words: "fifty-two", "one hundred and twenty", "a hundred", "two dozen".
_WORDS_RE: Final = (
    rf"(?:(?:{_WORD}|a(?=\s+(?:{_SCALE}|dozen)))(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}|{_SCALE}|dozen))*"
    rf"|a\s+dozen|a\s+couple\s+of|a\s+pair\s+of)"
)
# Digits with thousands separators (comma, thin or plain space) or a decimal part, then an
# optional scale word: "1,200", "1 200", "1.2 thousand", "3.5m".
# (not a telephone number's groups, "0 800 300 529": no number in thousands opens with 0 or
# goes on from digits before it, save a year's: "on 31 October 2024 1,299 persons")
_DIGITS_RE: Final = (
    r"(?:(?<=(?:19|20)\d\d )|(?<!\d ))(?!0\D)\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| )\d{3})+(?!\d|,\d)(?:\.\d+)?"
    r"|\d+(?:\.\d+)?"
)
NUMBER_RE: Final = re.compile(
    rf"(?:(?P<digits>{_DIGITS_RE})(?:\s*(?P<scale>thousand|million|billion|k)\b)?"
    rf"|(?P<words>{_WORDS_RE}))(?![\w])",
    re.IGNORECASE,
)
# Cheap scans that start with a character class, so the regex engine can skip ahead; the
# full NUMBER_RE then runs only where one of them fires.
_DIGITS: Final = "0123456789"


def _digit_runs(low: str) -> list[int]:
    """Return the start of every run of ASCII digits in ``low`` (unsorted).

    ``str.find`` per digit reaches them several times faster than a regex scan, and a text
    holds few digits; non-ASCII digits are not counted, as before.
    """
    out: list[int] = []
    for digit in _DIGITS:
        at = low.find(digit)
        while at >= 0:
            if at == 0 or low[at - 1] not in _DIGITS:
                out.append(at)
            at = low.find(digit, at + 1)
    return out


_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """Return a pattern matching any of ``words``, longest first, as a letter-by-letter trie.

    The engine tries a flat alternation's branches one by one at every candidate position;
    a trie rejects a position after one character comparison per first letter, which makes
    the number-word scan about three times faster.
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # the empty key marks that a word may end here

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


_NUMBER_WORDS: Final = _trie(
    [*_UNITS, *_TENS, *("a dozen", "a couple", "a pair", "a hundred", "a thousand")]
)
# A literal first character (the space or line break before the word) lets the engine skip
# ahead; the text's very first word is checked on its own.
_WORD_SCAN_RE: Final = re.compile(rf" (?:{_NUMBER_WORDS})\b")
_LINE_WORD_SCAN_RE: Final = re.compile(rf"\n(?:{_NUMBER_WORDS})\b")
_FIRST_WORD_RE: Final = re.compile(rf"(?:{_NUMBER_WORDS})\b")


_VAGUE_RE: Final = re.compile(r"s\s+of\b", re.IGNORECASE)
_VAGUE_FIRST: Final = ("s", "S", "ſ")  # every character the pattern's "s" matches
_FOLD: Final = ("-fold", "‑fold", " fold", "fold")


class Number(NamedTuple):
    """A number in the text: its span and the integer it denotes."""

    start: int
    end: int
    value: int


def find_numbers(text: str) -> list[Number]:
    """Return every whole number written in ``text`` (digits or words), in order."""
    # (the number words are ASCII: their capitals are all that need lowering)
    low = ascii_lower(text)
    out: list[Number] = []
    last_end = 0
    hits = _digit_runs(low)
    hits += [m.start() + 1 for m in _WORD_SCAN_RE.finditer(low)]
    hits += [m.start() + 1 for m in _LINE_WORD_SCAN_RE.finditer(low)]
    if _FIRST_WORD_RE.match(low):
        hits.append(0)
    hits.sort()
    for start in hits:
        if start < last_end:
            continue
        glued = start > 0 and (low[start - 1].isalnum() or low[start - 1] in ".,_")
        if glued and low[start].isdigit():
            continue  # part of a code or a decimal ("A2", "3.14"), not a count
        match = NUMBER_RE.match(text, start)
        if match is None:
            continue
        value = parse_number(match)
        last_end = match.end()
        if value is not None:
            out.append(Number(match.start(), match.end(), value))
    return out


def _parse_words(text: str) -> int | None:
    low = " ".join(text.lower().replace("-", " ").split())
    if low in _SPECIAL:
        return _SPECIAL[low]
    total = 0
    current = 0
    seen = False
    for word in low.split():
        if word == "and":
            continue
        if word == "a" and not seen:
            current = 1
            seen = True
        elif word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _TENS:
            current += _TENS[word]
            seen = True
        elif word == "dozen":
            current = max(current, 1) * 12
            seen = True
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
            seen = True
        else:
            return None
    if not seen or low == "a":
        return None
    return total + current


def parse_words(text: str) -> int | None:
    """Return the whole number that number words ("two", "fifty-two", "a") denote, or None."""
    return 1 if text.lower() in ("a", "an", "one") else _parse_words(text)


_SEPARATOR_RE: Final = re.compile(r"[,\u00a0\u202f\u2009 ]")


def parse_number(match: re.Match[str]) -> int | None:
    """Return the integer a ``NUMBER_RE`` match denotes, or None if it is not a whole count."""
    digits = match.group("digits")
    if digits is not None:
        # (most numbers are plain digits, which have no separator to take out)
        clean = digits if digits.isdigit() else _SEPARATOR_RE.sub("", digits)
        try:
            value = float(clean)
        except ValueError:
            return None
        scale = (match.group("scale") or "").lower()
        if scale:
            value *= 1000 if scale in ("thousand", "k") else _SCALES[scale]
        if value != int(value) or value > 10**12:
            return None
        return int(value)
    words = match.group("words")
    return _parse_words(words) if words else None


def is_vague_multiple(text: str, end: int) -> bool:
    """Return True when the number ending at ``end`` is a vague multiple ("hundreds of") or a
    ratio ("grew almost six-fold"), no count."""
    # (the pattern opens on "s", which matches "S" and the long "ſ" too: most numbers are
    # followed by none of them)
    return text.startswith(_FOLD, end) or (
        text.startswith(_VAGUE_FIRST, end) and bool(_VAGUE_RE.match(text, end, end + 5))
    )
