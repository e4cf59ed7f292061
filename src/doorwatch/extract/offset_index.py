"""Where an offset falls among a text's sorted offsets (its sentences' or its mentions'
starts), told in constant time.

A text's sentences and mentions are looked up by offset a hundred-odd times, once or more
for every quotation and pronoun; a binary search per look-up (``bisect``) costs a generic call
and a comparison of boxed integers at every step when the rules are compiled. ``OffsetIndex``
reads the sorted offsets once into a table of fixed-size blocks of the text, each holding how
many offsets fall before the block; a look-up reads its block's entry and steps over the few
offsets inside the block. The answers are ``bisect``'s, offset for offset.
"""

from __future__ import annotations

import bisect
from typing import Final

_SHIFT: Final = 6  # blocks of 64 characters: a sentence or a mention seldom starts twice in one


class OffsetIndex:
    """The sorted ``offsets`` of one text, for ``bisect``'s two look-ups in constant time."""

    def __init__(self, offsets: list[int]) -> None:
        self.offsets = offsets
        # ``before[b]``: how many offsets are below the block ``b`` opens (``b << _SHIFT``)
        self.before: list[int] = []
        count = len(offsets)
        if not count or offsets[0] < 0:
            return  # (no table: every look-up falls back to the binary search)
        at = 0
        previous = offsets[0]
        for block in range((offsets[-1] >> _SHIFT) + 1):
            start = block << _SHIFT
            while at < count and offsets[at] < start:
                if offsets[at] < previous:
                    self.before = []
                    return  # (unsorted offsets: the binary search answers as it would)
                previous = offsets[at]
                at += 1
            self.before.append(at)
        while at < count:
            if offsets[at] < previous:
                self.before = []
                return
            previous = offsets[at]
            at += 1

    def left(self, position: int) -> int:
        """Return how many offsets are below ``position`` (``bisect.bisect_left``)."""
        block = position >> _SHIFT
        if position < 0 or block >= len(self.before):
            return bisect.bisect_left(self.offsets, position)
        at = self.before[block]
        offsets = self.offsets
        count = len(offsets)
        while at < count and offsets[at] < position:
            at += 1
        return at

    def right(self, position: int) -> int:
        """Return how many offsets are at or below ``position`` (``bisect.bisect_right``)."""
        # (offsets are whole numbers: those at or below ``position`` are those below the next
        # one, and bisect takes the same steps for both questions, sorted offsets or not)
        return self.left(position + 1)
