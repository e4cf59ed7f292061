"""People a text names by an initial alone, as a lawyer's or a doctor's note names a client
to keep them safe ("K. told us", "Our client M., whose husband …").

An initial is a capital and a full stop with a comma or a word in lower case after it (not "J.
Smith", "U.S.", "Plan B. The …"), and counts as a name only when the text gives it at least
twice: a lone initial once is as likely a list's letter or a shortened word.
"""

from __future__ import annotations

import re
from typing import Final

# (what follows the stop; the stops are found with str.find and what stands before one is
# tested in Python: a pattern opening with the capital tries every capital of the text, and one
# opening with a look-behind every position)
_AFTER_STOP_RE: Final = re.compile(r",| +[a-z]")
_NOT_BEFORE: Final = "_.’'-"  # (nor a letter or a digit: "U.S.", "O'B.", "Jean-P.")
_MIN_TIMES: Final = 2


def initial_names(masked: str) -> list[tuple[int, int, str]]:
    """Return (start, end, initial) for each place ``masked`` names a person by an initial
    alone ("K."), in text order; an empty list when it names none."""
    if ". " not in masked and ".," not in masked:
        return []  # (the plain test first: every initial is followed by one of them)
    found: list[tuple[int, int, str]] = []
    stop = masked.find(".", 1)
    while stop >= 0:
        start = stop - 1
        if (
            "A" <= masked[start] <= "Z"
            and (
                start == 0 or not (masked[start - 1].isalnum() or masked[start - 1] in _NOT_BEFORE)
            )
            and _AFTER_STOP_RE.match(masked, stop + 1) is not None
        ):
            found.append((start, stop + 1, masked[start : stop + 1]))
        stop = masked.find(".", stop + 1)
    counts: dict[str, int] = {}
    for _, _, initial in found:
        counts[initial] = counts.get(initial, 0) + 1
    return [f for f in found if counts[f[2]] >= _MIN_TIMES]
