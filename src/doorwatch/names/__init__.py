"""Personal names across scripts and spellings: normalisation, matching, search keys, linkage.

The public functions:

- :func:`compare` ``(left, right) -> Decision`` — whether two names name one person:
  ``Decision.same`` is True, False or None (uncertain), ``Decision.score`` is in 0..1 and
  ``Decision.reasons`` says which parts matched and how (``Decision.to_dict()`` for JSON).
- :func:`name_keys` ``(name) -> set[str]`` — keys to index a person by, one set per name or alias;
  :func:`search_keys` ``(query) -> set[str]`` — the keys to look up for a search. Any spelling or
  script of a name yields a common key; rank the hits with :func:`compare`.
- :func:`find_duplicates` ``(names) -> list[DuplicateCandidate]`` — pairs of ``(id, name)``
  records that may be one person (decided same or uncertain), found through blocking.
- :func:`parse_name` ``(name) -> list[ParsedName]`` — readings of a name into given name,
  patronymic and family name; :func:`romanise` and :func:`to_ascii` for transliteration.
- :func:`prepare` and :func:`link` — blocked, vectorised linkage of two large lists.

Nothing here touches a database or prints.
"""

from typing import TYPE_CHECKING, Any

from doorwatch.names.compare import DIFFERENT_THRESHOLD, SAME_THRESHOLD, Decision, compare
from doorwatch.names.duplicates import DuplicateCandidate, find_duplicates
from doorwatch.names.readings import ParsedName, parse_name
from doorwatch.names.search_keys import name_keys, search_keys
from doorwatch.names.transliteration import SYSTEMS, romanise, to_ascii

if TYPE_CHECKING:
    from doorwatch.names.linkage import Linkage, link, prepare

# Linkage needs numpy; it is imported when first asked for, so that reading names (extraction
# imports the given-name tables) neither loads numpy nor starts its threads.
_LAZY = frozenset(("Linkage", "link", "prepare"))


def __getattr__(name: str) -> Any:
    """Return the linkage function or class ``name``, importing its module on first use."""
    if name in _LAZY:
        from doorwatch.names import linkage

        return getattr(linkage, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DIFFERENT_THRESHOLD",
    "SAME_THRESHOLD",
    "SYSTEMS",
    "Decision",
    "DuplicateCandidate",
    "Linkage",
    "ParsedName",
    "compare",
    "find_duplicates",
    "link",
    "name_keys",
    "parse_name",
    "prepare",
    "romanise",
    "search_keys",
    "to_ascii",
]
