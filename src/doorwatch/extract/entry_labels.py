"""The label that opens a log entry or a case note, and whom a later "she" or "he" means.

A helpline's log and a support service's case notes open each entry with a stamp (a date and
time, a case number, a list mark) and a label that says who called or who the client is:
"03.03, 18:20 — Pensioner, Hrodna region. Her grandson was detained …. '…,' she said." The
pronoun means the one the label describes, not the last name the text gave; so does "the
nephew" after "Nephew of a prisoner in Orsha." A subject of the pronoun's sex that opens a
sentence between ("His sister calls the desk every Friday.") is nearer, and is who speaks.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.sentences import SentenceIndex

_KIN_AND_SEX: Final = lx.PERSON_NOUN_SEXES
# (person_pronouns.PRONOUN_GENDER, which this module cannot import: that module reads the
# speaker modules that read this one)
_PRONOUN_GENDER: Final = {"she": "f", "he": "m"}
_HEADS: Final = sorted(
    set(_KIN_AND_SEX)
    | set(lx.words("roles", "described_trades"))
    | set(lx.words("roles", "unnamed_speaker_heads"))
    | set(lx.words("roles", "entry_label_heads"))
)
# the stamp: a date with or without a time ("04.12, 21:40 —", "11.06 —") or a case's number
# ("P-21/031.", "SD-24-201 —", "Matter 23-311."), after a list mark or none
_STAMP: Final = (
    r"(?:\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?(?:,?\s+\d{1,2}[:.]\d{2})?"
    r"|(?:(?:Case|Matter|File|Entry|No\.)\s+)?[A-Z]{0,4}-?\d+(?:[-/]\d+)*)"
    r"(?:\s*[—–-]|\.|:)\s+"
)
_LABEL_RE: Final = re.compile(
    rf"(?:[-–—•*]\s+)?(?:{_STAMP})?"
    # (up to two words before the head: "Former miner", "Ukrainian grandmother")
    r"(?P<label>(?:[A-Z][a-z’'-]+\s+(?:[a-z][a-z’'-]+\s+)?)?"
    rf"(?P<noun>(?i:{lx.alternation(_HEADS)}))(?:,|\.|\s+[a-z\d])[^.\n]{{0,120}}?)"
    r"\.(?=\s|$)"
)
# where the description stops: a relative clause ("Ukrainian grandmother whose grandson …"),
# what the person is doing, right after the head ("Defence lawyer returning one of our …")
# a clause of its own ("Woman, 51, pardoned in October, left Belarus with …"; "Man, 63,
# pardoned in October after signing a petition …"): what is said of the person, not who they are
_RELATIVE_RE: Final = re.compile(
    r"\s+(?:who|whose|which|that|after)\b"
    r"|,\s+(?:left|lives|lived|served|serves|came|comes|wants|asked|says|said|has|had|is|was)\b"
)
_DOING_RE: Final = re.compile(r"\s+(?:now\s+)?[a-z]+ing\b")
_LIST_MARKS: Final = frozenset("-–—•*")
# what stands between a pronoun and the quotation it leads into: "she said: ", "in her words, "
_LEADS_IN_RE: Final = re.compile(r"[^\"“”.!?]{0,40}[:,]\s*")
# a sentence's subject of either sex, told by kin or by sex: "His sister calls …"
_OWNED_SUBJECT_RE: Final = re.compile(
    r"\s*(?:[A-Z][a-z]+\s+[a-z]+,?\s+)?(?P<owner>His|Her|Their)\s+"
    rf"(?:(?:elder|younger|older|own)\s+)?(?P<noun>{lx.alternation(_KIN_AND_SEX)})\b"
)


class EntryLabel(NamedTuple):
    """The label of an entry: ``description`` as written, its head ``noun`` (lower case), the
    pronoun's sex it takes (``gender``: "f", "m" or None) and where it ends (``end``)."""

    description: str
    noun: str
    gender: str | None
    end: int


def entry_label(masked: str, position: int) -> EntryLabel | None:
    """Return the label that opens the line ``position`` stands on, when the line opens with
    a stamp (or a list mark) and a label; else None."""
    line_start = masked.rfind("\n", 0, position) + 1
    opening = masked[line_start : line_start + 24]
    if opening[:1] not in _LIST_MARKS and not any(c.isdigit() for c in opening):
        return None  # (the plain test first: an entry opens with a list mark or a stamp)
    found = _LABEL_RE.match(masked, line_start, position)
    if found is None or found.start("label") == line_start:
        return None  # (a stamp or a list mark tells an entry; a plain line may be prose)
    label = found.group("label")
    head_end = found.end("noun") - found.start("label")
    relative = _RELATIVE_RE.search(label, head_end)
    if relative is not None:
        label = label[: relative.start()]
    elif _DOING_RE.match(label, head_end) is not None:
        label = label[:head_end]
    noun = found.group("noun").lower()
    return EntryLabel(label.rstrip(" ,"), noun, _KIN_AND_SEX.get(noun), found.end())


def entry_speaker(
    masked: str,
    index: SentenceIndex,
    mentions: Mentions,
    word: str,
    at: int,
    quote: tuple[int, int],
) -> str | None:
    """Return whom the pronoun ``word`` ("she" or "he") at ``at`` means in an entry that opens
    with a label: the label's person, or a subject of that sex opening a sentence since ("His
    sister"); None when the line opens with no label, when the label's person cannot be
    meant, or when a person is named since. ``quote`` is the (open, close) of the quotation:
    the pronoun before it must lead into it ("she said:", "in her words,")."""
    label = entry_label(masked, at)
    if label is None or label.end > at:
        return None
    if at < quote[0] and _LEADS_IN_RE.fullmatch(masked, at, quote[0]) is None:
        return None  # ('She asked whether there is a "second list".': words of no one's own)
    gender = _PRONOUN_GENDER[word]
    if any(m.kind == "person" for m in mentions.within(label.end, at)):
        return None  # (a name given since is nearer)
    nearer: str | None = None
    for start, end in index.spans[max(0, index.index(label.end)) : max(0, index.index(at))]:
        owned = _OWNED_SUBJECT_RE.match(masked, max(start, label.end), end)
        if owned is not None and _KIN_AND_SEX[owned.group("noun")] == gender:
            nearer = f"{owned.group('owner')} {owned.group('noun')}"
    if nearer is not None:
        return nearer  # ("Ukrainian woman, 44, … Her husband met her. '…,' he said")
    return label.description if label.gender in (None, gender) else None


def label_of(masked: str, noun: str, at: int) -> str | None:
    """Return the description of the label that opens the line ``at`` stands on when its head
    is ``noun`` ("the nephew said" after "Nephew of a prisoner in Orsha."), else None."""
    label = entry_label(masked, at)
    if label is None or label.end > at or label.noun != noun:
        return None
    return label.description
