"""Finding people by any spelling, and a person's full record."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from doorwatch.ingest.person_matching import keys_for_name
from doorwatch.names import compare, search_keys
from doorwatch.names.duplicates import find_duplicates
from doorwatch.names.word_keys import word_keys
from doorwatch.store import Store
from doorwatch.store.name_index import replace_name_keys
from doorwatch.store.people import all_person_names, get_person, search_persons


def find_people(store: Store, text: str | None, *, limit: int = 200) -> list[dict[str, Any]]:
    """Return people whose names contain ``text`` or match it in another spelling or script.

    A name that contains the query (any word's beginning) is always found; other key matches
    are kept unless the name matcher calls them different, so that a family name in its other
    gendered form (a spouse, a parent) does not bring in the wrong person. Best matches first.
    """
    if not text:
        return search_persons(store, limit=limit)
    keys = sorted(search_keys(text))
    rows = search_persons(store, keys=keys, word_prefixes=word_keys(text), limit=limit)
    needle = text.casefold()
    kept = []
    for row in rows:
        names = [row["name"], *row["aliases"]]
        if any(needle in n.casefold() for n in names):
            row["match"] = 1.0
            kept.append(row)
            continue
        decisions = [compare(text, n) for n in names]
        best = max(decisions, key=lambda d: d.score)
        if best.same is not False:
            row["match"] = round(best.score, 3)
            kept.append(row)
    kept.sort(key=lambda r: (-r["match"], r["name"]))
    return kept


def person_detail(store: Store, person_id: str) -> dict[str, Any]:
    """Return one person with names, cases and their sources."""
    return get_person(store, person_id)


def duplicate_people(store: Store, *, include_uncertain: bool = True) -> list[dict[str, Any]]:
    """Return pairs of stored persons whose names may name one person, best score first.

    One row per pair of persons (their best-matching names); nothing is merged.
    """

    best: dict[tuple[str, str], dict[str, Any]] = {}
    for candidate in find_duplicates(all_person_names(store), include_uncertain=include_uncertain):
        pair = tuple(sorted((candidate.left_id, candidate.right_id)))
        key = (pair[0], pair[1])
        if key in best and best[key]["score"] >= candidate.score:
            continue
        best[key] = {
            "left_id": candidate.left_id,
            "left_name": candidate.left_name,
            "right_id": candidate.right_id,
            "right_name": candidate.right_name,
            "same": candidate.same,
            "score": round(candidate.score, 3),
            "reasons": list(candidate.reasons),
        }
    return sorted(best.values(), key=lambda r: (-r["score"], r["left_id"], r["right_id"]))


def reindex_names(store: Store, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Recompute the search keys of every stored name with the current rules; return how many
    keys the index now holds. Needed after an upgrade that changes the name rules."""

    names = all_person_names(store)

    def pairs() -> Iterator[tuple[str, str]]:
        for done, (person_id, name) in enumerate(names, start=1):
            for key in keys_for_name(name):
                yield person_id, key
            if progress and done % 1_000 == 0:
                progress(done, len(names))

    count = replace_name_keys(store, pairs())
    if progress:
        progress(len(names), len(names))
    return count
