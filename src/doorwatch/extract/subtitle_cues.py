"""Subtitles saved as text (SubRip's ``.srt``, WebVTT's ``.vtt``): a numbered cue, its time
span ("00:00:12,300 --> 00:00:17,600") and a line or two of what is said, cut wherever the
screen's time ran out, so a sentence, a quotation or a name runs over several cues.

``join_cues`` reads such a text as running prose: the cues' numbers, time spans and tags
("<v Host>", "<i>") become spaces and the breaks between cues spaces too, except where a cue
ends a sentence, so that offsets into the text stay as they were. A text with fewer than
``_MIN_CUES`` time spans is left as it is.
"""

from __future__ import annotations

import re
from typing import Final

_MIN_CUES: Final = 3  # fewer time spans than this do not make a subtitle file
_ARROW: Final = "-->"  # (every time span holds it: the plain test before the pattern)
# a cue's time span, with the cue's settings after it ("align:start position:10%")
_TIME_SPAN_RE: Final = re.compile(
    r"^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}"
    r"[^\n]*$",
    re.MULTILINE,
)
# a cue's number on the line above its time span
_CUE_NUMBER_RE: Final = re.compile(r"[ \t]*\d{1,6}[ \t]*")
# a cue's tags: a voice ("<v Host>"), a style ("<i>", "</b>") or a time inside it
_TAG_RE: Final = re.compile(r"</?(?:v|c|i|b|u|lang|ruby|rt)\b[^<>\n]{0,60}>|<\d{2}:[\d:.]{4,12}>")
# what opens a turn at a cue's start: a speaker's label in capitals ("ANCHOR:", "REINHOLT
# (voice-over):"), a bracketed note ("[LOWER THIRD: …]") or a dialogue dash
_TURN_OPEN_RE: Final = re.compile(r"[A-Z][A-Z’'. -]{1,40}(?:\([^()\n]{0,40}\))?:|\[|[-–—][ \t]")
# what ends a sentence at a cue's end (a closing mark may follow its stop), or a bracketed
# note ("[sound: bus engine]")
_SENTENCE_ENDS: Final = (".", "!", "?", "…", '."', ".”", '?"', "?”", '!"', "!”", "]")


def join_cues(text: str) -> str:
    """Return ``text`` with its subtitle cues read as running prose (see the module's note),
    the same length as ``text``; ``text`` itself when it holds no subtitle cues."""
    if text.count(_ARROW) < _MIN_CUES:
        return text
    spans = list(_TIME_SPAN_RE.finditer(text))
    if len(spans) < _MIN_CUES:
        return text
    out = list(text)
    for span in spans:
        _blank(out, span.start(), span.end())
        above_end = span.start() - 1  # (the break that ends the line above)
        above = text.rfind("\n", 0, max(0, above_end)) + 1
        if above_end > above and _CUE_NUMBER_RE.fullmatch(text, above, above_end):
            _blank(out, above, above_end)
    for tag in _TAG_RE.finditer(text, spans[0].start()):
        _blank(out, tag.start(), tag.end())
    _join_breaks(out, spans[0].start())
    return "".join(out)


def _blank(out: list[str], start: int, end: int) -> None:
    for at in range(start, end):
        out[at] = " "


def _join_breaks(out: list[str], start: int) -> None:
    """Turn each run of line breaks and blanked lines from ``start`` on into spaces, keeping
    one break, the run's last, where the words before it end a sentence or those after it
    open a turn."""
    at, end = start, len(out)
    while at < end:
        if out[at] != "\n":
            at += 1
            continue
        run_end = at
        while run_end < end and out[run_end] in " \t\n":
            run_end += 1
        before = "".join(out[max(0, at - 8) : at]).rstrip()
        last_break = max(i for i in range(at, run_end) if out[i] == "\n")
        for i in range(at, run_end):
            if out[i] == "\n":
                out[i] = " "
        if (
            before.endswith(_SENTENCE_ENDS)
            or run_end == end
            or _TURN_OPEN_RE.match("".join(out[run_end : run_end + 50])) is not None
        ):
            out[last_break] = "\n"
        at = run_end
