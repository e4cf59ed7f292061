"""Who speaks in a recorded piece a broadcast script labels: "SOT, JOE BIDEN, WHITE HOUSE
STATEMENT: "…"", "CLIP (LUKASHENKO, STATE TELEVISION, TRANSLATED): "…"", a line "[CLIP:
TSIKHANOUSKAYA, VILNIUS, 14 SECONDS]" before the quotation.

The label's first word says what kind of recording follows (``script_cuts`` in
``data/extract/speech.yaml``) and the name in capitals after it says whose voice it is; the
words after the name (a title, a place, a duration) describe the recording, not a speaker.

A transcript's turns are labelled too ("HANCHAR: …", "MINISTER KIERWIŃSKI: …", "Mr LATUSHKA
– …"): ``turn_label``, ``label_capitals`` and ``name_as_labelled`` read such a label.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.word_gates import any_in

_CUTS: Final = lx.alternation(lx.words("speech", "script_cuts"))
# (case-sensitive: a script writes its labels in capitals, and "Clip" or "Tape" in a sentence
# names no recording)
_NAME: Final = r"[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}"
_CUT_LABEL_RE: Final = re.compile(
    rf"\[?\s*(?:{_CUTS})\s*(?:[,:(]|\s[–—-])\s*(?P<name>{_NAME})\s*(?=[,)\]:]|\s[–—-])"
)
# a label that is a line of its own, before the paragraph the quotation opens
_LINE_LABEL_RE: Final = re.compile(r"\[[^\]\n]{1,120}\]\s*$")


def cut_label_name(masked: str, start: int, end: int) -> str | None:
    """Return the name in capitals a script's cut label gives at ``start`` ("JOE BIDEN"
    from "SOT, JOE BIDEN, WHITE HOUSE STATEMENT:"), or None when no such label opens
    ``masked[start:end]``."""
    found = _CUT_LABEL_RE.match(masked, start, end)
    return found.group("name") if found is not None else None


def is_line_label(masked: str, start: int, end: int) -> bool:
    """Return True when ``masked[start:end]`` is a bracketed label line of its own ("[CLIP:
    TSIKHANOUSKAYA, VILNIUS, 14 SECONDS]")."""
    return _LINE_LABEL_RE.match(masked, start, end) is not None


# a post of a thread the text reproduces, by its number ("Post 1:", "Tweet 3:", "Post 2/5:")
_POST_WORDS: Final = ("Post", "Tweet", "Message")
_POST_LABEL_RE: Final = re.compile(
    rf"(?:{'|'.join(_POST_WORDS)})\s+\d{{1,2}}(?:\s*/\s*\d{{1,2}})?\s*:\s"
)
_POST_HEADS: Final = frozenset(word[:2] for word in _POST_WORDS)


def may_open_label(head: str) -> bool:
    """Return True when a paragraph whose first two characters are ``head`` may open with a
    label: in capitals ("SOT, …"), with a bracket or a quotation mark ("[CLIP: …]"), or with a
    post's word ("Post 1:"). The plain test before the label patterns: most paragraphs open
    otherwise."""
    return head.isupper() or head[:1] in '["“' or head in _POST_HEADS


# the sentence that says a thread or its posts are reproduced ("We reproduce the thread he
# posted", "posted a thread on X")
_THREAD_WORDS_RE: Final = re.compile(r"\b(?:thread|posts|posted|tweeted|tweets)\b")


def is_post_label(masked: str, start: int, end: int) -> bool:
    """Return True when a numbered post's label ("Post 1:") opens ``masked[start:end]``."""
    return _POST_LABEL_RE.match(masked, start, end) is not None


def tells_of_thread(masked: str, start: int, end: int) -> bool:
    """Return True when ``masked[start:end]`` speaks of a thread or of posts."""
    return _THREAD_WORDS_RE.search(masked, start, end) is not None


# a transcript's label opening a paragraph: "Ewan Hartley:", "The Minister for Europe (Stephen
# Caldwell):", "Baroness X (CB):"
# ("Mr LATUSHKA – Thank you, Madam President": a verbatim record's speaker and a dash)
# ("Lucia Ferrante, Member of the Commission. – Mr President, …": a verbatim record's full stop
# before the dash)
_TURN_LABEL_RE: Final = re.compile(r"[^\n:.;\"“”–—]{2,90}?(?::|\.?\s[–—])\s")
_TURN_LABEL_ENDS: Final = (":", "–", "—")
_TURN_LABEL_REACH: Final = 90 + 3  # (the label's words, then a full stop, a space and the dash)
# (a surname in capitals may hold letters past ASCII: "KIERWIŃSKI")
_CAPITALS_RE: Final = re.compile(r"\b[A-Z](?:[^\W\da-z]|[’'-](?=[^\W\da-z])){2,}\b")
_TURN_WORDS: Final = frozenset(lx.words("names", "transcript_turn_words"))


# a time code before a transcript's label: "[00:01:33] HOST: …", "0:39 DAN: …", a span
# "(00:07–00:15) PRESENTER: …"
_TIME: Final = r"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?"
_TIME_CODE_RE: Final = re.compile(
    rf"[\[(]?{_TIME}(?:[ \t]*(?:[–—]|-->?)[ \t]*{_TIME})?[\])]?[ \t]+"
)


def past_time_code(masked: str, start: int, end: int) -> int:
    """Return where the paragraph ``masked[start:end]`` goes on past the time code that opens
    it ("[00:01:33] "), or ``start`` when no time code opens it."""
    if not masked[start : start + 1].isdigit() and not masked.startswith(("[", "("), start):
        return start  # (the plain test first: most paragraphs open with a letter)
    code = _TIME_CODE_RE.match(masked, start, end)
    return start if code is None else code.end()


# what follows a transcript's label in capitals: a role in brackets, then the colon
_LABEL_TAIL_RE: Final = re.compile(r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*:")


def is_turn_label(masked: str, start: int, end: int) -> bool:
    """Return True when the words in capitals ``masked[start:end]`` are a transcript's label
    ("HOST: …", "[00:01:02] ANCHOR (Rebecca Lyle): …"): they open their line, past a time
    code, and a colon follows them; a label names who speaks, not a body in the text."""
    if not masked[start:end].isupper() or _LABEL_TAIL_RE.match(masked, end) is None:
        return False
    line = masked.rfind("\n", 0, start) + 1
    return not masked[past_time_code(masked, line, start) : start].strip()


def turn_label(masked: str, start: int, end: int) -> re.Match[str] | None:
    """Return the label that opens the paragraph ``masked[start:end]`` ("HANCHAR: ", "The
    Minister for Europe (Stephen Caldwell): "), past a time code that opens it ("[00:01:33]
    HOST: "), or None."""
    start = past_time_code(masked, start, end)
    # (the label ends in a colon or a dash within its first _TURN_LABEL_REACH characters: a
    # plain test first, since most paragraphs open with no label)
    if not any_in(masked, start, min(end, start + _TURN_LABEL_REACH), _TURN_LABEL_ENDS):
        return None
    return _TURN_LABEL_RE.match(masked, start, end)


def label_capitals(masked: str, start: int, end: int) -> list[str]:
    """Return the words in capitals of the label ``masked[start:end]`` ("MINISTER",
    "KIERWIŃSKI"), three letters or more."""
    return [w for w in _CAPITALS_RE.findall(masked, start, end) if len(w) > 2 and w.isupper()]


def name_as_labelled(label: str) -> str | None:
    """Return the name a label in capitals gives, as written ("MINISTER KIERWIŃSKI: " gives
    "Kierwiński"), or None when it names a turn ("QUESTION:"), a newsletter's section ("THE
    OPPOSITION'S WORRY:") or no one; a role in brackets after the name is not part of it
    ("ELISE MARTIN (CEO): ", "TOM REED (Harbor Capital): ")."""
    head = label.split(" (", 1)[0]
    if head != label and any(c.isupper() for c in head):
        return name_as_labelled(head.rstrip(" :–—") + ": ")
    if any(c.islower() for c in label):
        return None
    words = label_capitals(label, 0, len(label))
    named = [
        w.title() for w in words if w.title() not in lx.TITLES and w.title() not in _TURN_WORDS
    ]
    if not named or len(words) > 3:
        return None
    if any(w.title() in lx.STOPWORDS or "’" in w or "'" in w for w in words):
        return None
    return " ".join(named)


def full_label_names(masked: str, spans: list[tuple[int, int]]) -> dict[str, str]:
    """Return, by surname, the full names that the transcript labels opening ``spans`` give in
    capitals ("IRYNA KOVALCHUK (ANCHOR): " gives "Kovalchuk": "Iryna Kovalchuk"), for the
    later turns that label the speaker by surname alone."""
    out: dict[str, str] = {}
    for start, end in spans:
        label = turn_label(masked, start, end)
        if label is None:
            continue
        # (the part before a role in brackets: "ALES HURYNOVICH (Belarusian activist, Vilnius)")
        head = masked[label.start() : label.end()].split("(")[0]
        name = name_as_labelled(head.rstrip(" :–—") + ": ")
        if name is not None and " " in name:
            out.setdefault(name.rsplit(" ", 1)[1], name)
    return out
