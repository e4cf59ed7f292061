"""People a text names by a given name alone, told as people by what or where they are right
after the name: "Jonas, a pensioner from Alytus, wants …", "Sigrid, a retired diplomat
phoning from Lillehammer, was …", "Knut, calling from Drammen, had …", "Marc, Lausanne,
works …", "Krzysztof (Tarnów) wants …": the way phone-ins, mailbags and letters pages name
their callers and writers.

A word told by what it is names a person only when that description has a person's head noun
(see ``unnamed_speakers.has_head``): "Lida, a town near the border, has …" is a place.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mention, lone_name
from doorwatch.extract.unnamed_speakers import has_head

_PLACE: Final = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
# a list item's or a log line's mark before a name
_MARKS: Final = "-–—•*"
_MARK: Final = f"[{re.escape(_MARKS)}]"
# what a name that opens its sentence or line may stand after
_OPENERS: Final = (".", "!", "?", "\n", "—", "–", "-", "•", "*")
# what or where the person is, between commas or in brackets after the name
_CUE_RE: Final = re.compile(
    # ("Natallia, Dzmitry's wife, came …": whose kin the person is)
    # ("Marten, one of our longest-serving writers, had …": one of a group of people)
    r",\s+(?:(?P<description>(?:an?|[A-Z][\w’'-]*[’']s)\s+[^,.;:!?\"“”()\n]{1,90}?)"
    r"|one\s+of\s+(?:our|the|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z]+(?:ers|ors|ists|ians)"
    rf"|(?:(?:calling|phoning|ringing|writing|texting)\s+(?:in\s+)?)?from\s+(?:the\s+)?{_PLACE}"
    rf"|{_PLACE}),"
    rf"|\s+\({_PLACE}\)"
)
# a people's name as what the person is ("Pavel, a Belarusian living in Riga,"), not as a
# word before a thing ("a Belarusian company")
_DEMONYM_RE: Final = re.compile(
    rf"an?\s+(?:{lx.alternation(lx.DEMONYMS)})(?=\s*$|\s+(?:living|working|who|from|in|based|now)\b)"
)
# the verb the person is the subject of, after the cue ("wants", "phoned", "had", "was"), and
# what they are after where they are ("Darya (Brno), a Belarusian nurse, said")
_VERB_RE: Final = re.compile(
    r"(?:,?\s*an?\s+[^,.;:!?\"“”()\n]{1,60}?,)?"
    rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|has|had|was|is|{lx.IRREGULAR_PAST_VERBS})\b"
)


def _given_alone(mention: Mention) -> bool:
    """Return True when ``mention`` is a word given alone that may be a person's given name:
    no possessive, no place and no people's name ("Jonas", not "Riga" or "Belarusian")."""
    return lone_name(mention) and not mention.possessive and mention.key not in lx.PLACES


def _opens_line(masked: str, start: int) -> bool:
    """Return True when the word at ``start`` opens the text, its line or its sentence."""
    before = masked[max(0, start - 3) : start].rstrip(" \t")
    return not before or before.endswith(_OPENERS)


def caller_cue_end(masked: str, mention: Mention, end: int) -> int | None:
    """Return where the description or place told right after ``mention`` ends (before
    ``end``), when ``mention`` is a word given alone that is no place nor people's name and
    that cue tells a person ("Jonas, a pensioner from Alytus,", "Marc, Lausanne,"); None
    otherwise."""
    if not _given_alone(mention) or not _opens_line(masked, mention.start):
        return None  # ("Leah Okafor, Vice-President, Marketing,": an office after a name)
    cue = _CUE_RE.match(masked, mention.end, end)
    if cue is None:
        return None
    described = cue.span("description")
    if (
        described[0] >= 0
        and not has_head(masked, *described)
        and _DEMONYM_RE.match(masked, *described) is None
    ):
        return None
    return cue.end()


def caller_subject(masked: str, mention: Mention, end: int) -> bool:
    """Return True when ``mention`` is a person named by a given name alone with what or where
    they are (``caller_cue_end``), and the subject of the verb after that ("Haruto, a farmer
    near Obihiro, phoned about fertiliser.")."""
    cue_end = caller_cue_end(masked, mention, end)
    return cue_end is not None and _VERB_RE.match(masked, cue_end, end) is not None


# where a name given alone is from: "Agnes in Tartu", "Thomas, Basel, argued", "Nadia,
# Cleveland Heights, whose …" (not a list of names: "Belavia, Belaruskali and …")
_PLACE_GAP_RE: Final = re.compile(r"\s+(?:in|from)\s+|,\s+")
_AFTER_PLACE_RE: Final = re.compile(r",\s+(?!(?:and|or|but)\b)[a-z]")


def caller_place(masked: str, name: Mention, place: Mention) -> bool:
    """Return True when ``place`` tells where ``name``, a name given alone right before it,
    is from ("Agnes in Tartu", "Thomas, Basel, argued"): the place speaks for no one."""
    if not _given_alone(name) or place.possessive:
        return False
    gap = _PLACE_GAP_RE.fullmatch(masked, name.end, place.start)
    if gap is None:
        return False
    if gap.group().startswith(","):
        # (", X," between names only where the first opens its line or sentence)
        return _AFTER_PLACE_RE.match(masked, place.end) is not None and _opens_line(
            masked, name.start
        )
    return True


# a caller's label as its own sentence: "Oleh, Parma.", "Rick, Strongsville, an aircraft
# mechanic for thirty years." (not a dateline in capitals, nor "Gdynia, Poland.")
_LABEL_RE: Final = re.compile(
    rf"\s*(?:{_MARK}\s*)?(?P<name>[A-Z][a-z][\w’'-]*),\s+(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}})"
    r"(?:,\s+[^.;:!?\"“”\n]{1,90})?\.?\s*"
)
_LABEL_REACH: Final = 140  # the longest such sentence read


def caller_label(masked: str, name: Mention | None, start: int, end: int) -> bool:
    """Return True when the sentence ``masked[start:end]`` is only a caller's label, ``name``
    then where they are ("Oleh, Parma.", "Rick, Strongsville, an aircraft mechanic for thirty
    years."): the one named then speaks."""
    if name is None or end - start > _LABEL_REACH or not _given_alone(name):
        return False
    label = _LABEL_RE.fullmatch(masked, start, end)
    return (
        label is not None
        and label.start("name") == name.start
        and label.group("place").split()[-1].rstrip(".") not in lx.PLACES
    )


def caller_named(masked: str, key: str) -> bool:
    """Return True when the text names a caller ``key`` by the given name alone, with where
    or what they are, at the start of a line or sentence ("Lena, Silver Spring. Lena was
    born in Brest …")."""
    # (each place the name stands is tried, and what stands before it read backwards: a
    # pattern that opens with what may stand before a name would be tried at every position)
    at = masked.find(key)
    while at >= 0:
        if _AFTER_CALLER_RE.match(masked, at + len(key)) is not None and _opens_caller_line(
            masked, at
        ):
            return True
        at = masked.find(key, at + 1)
    return False


# what follows a caller's name given alone: a comma, or where they are in brackets
_AFTER_CALLER_RE: Final = re.compile(r",\s|\s+\(")
_SENTENCE_MARKS: Final = "\n.!?"


def _opens_caller_line(masked: str, at: int) -> bool:
    """Return True when ``masked[:at]`` ends where a caller's name may open: the text's start,
    or a line's or a sentence's end and spaces, then a list item's mark and spaces or not."""
    if _after_break(masked, at):
        return True
    mark = _space_before(masked, at) - 1
    return mark >= 0 and masked[mark] in _MARKS and _after_break(masked, mark)


def _after_break(masked: str, at: int) -> bool:
    """Return True when ``at`` is the text's start, or only spaces stand between it and a
    line's or a sentence's end."""
    j = _space_before(masked, at)
    return at == 0 or "\n" in masked[j:at] or (j > 0 and masked[j - 1] in _SENTENCE_MARKS)


def _space_before(text: str, at: int) -> int:
    """Return where the run of white space that ends at ``at`` starts."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at
