"""How the speech verb before a quotation is found."""

from __future__ import annotations

import re

from doorwatch.extract import lexicon as lx
from doorwatch.extract.speakers import _LAST_VERB_RE, _VERB_RE


def test_no_speech_verb_starts_inside_another() -> None:
    # _LAST_VERB_RE takes the verb that starts last, which is the last verb finditer gives
    # only while no entry can start at a later word of another ("told reporters" holds no
    # verb after its first word).
    entries = lx.words("speech", "participles") + lx.words("speech", "speech_verbs")
    assert all(re.fullmatch(r"[a-z]+(?: [a-z]+)*", entry) for entry in entries)  # words only
    firsts = {entry.split()[0] for entry in entries}
    later = {word for entry in entries for word in entry.split()[1:]}
    assert not firsts & later


def test_last_verb_is_the_last_of_the_scan() -> None:
    windows = [
        "Tsikhanouskaya, who said on Monday that she would return, told reporters: ",
        "He added that the talks, he said, were pointing out a way forward, and wrote",
        "The ministry said in a statement issued the following statement",
        "Nothing here speaks of anything",
    ]
    for window in windows:
        for pos in (0, 10, 30):
            scanned = list(_VERB_RE.finditer(window, pos))
            last = _LAST_VERB_RE.match(window, pos)
            if not scanned:
                assert last is None
            else:
                assert last is not None
                assert last.span("speech") == scanned[-1].span()
                assert last.group("part") == scanned[-1].group("part")
