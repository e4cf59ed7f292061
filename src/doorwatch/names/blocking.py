"""Blocking: cheap keys that put names which might match into the same small bucket.

Two names are compared only when they share a block. The block is the given name's class (or its
initial's sound) together with the first two letters of the family-name key, so spelling variants
of one family name stay together while a list of a million names is cut into small buckets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from doorwatch.names.given_names import given_classes, initial_class
from doorwatch.names.normalise import is_initial
from doorwatch.names.phonetic import token_keys
from doorwatch.names.readings import parse_name
from doorwatch.names.surnames import analyse_surname

SURNAME_PREFIX = 2


def blocking_keys(name: str) -> set[str]:
    """Return the blocking keys of ``name`` (one per reading, given class and spelling)."""
    blocks: set[str] = set()
    for reading in parse_name(name):
        if not reading.surname:
            continue
        prefixes = {key[:SURNAME_PREFIX] for key in analyse_surname("".join(reading.surname)).keys}
        # Initials and given names meet in the block of the initial's sound.
        givens: set[str] = {"*"}
        if reading.given:
            token = reading.given[0]
            givens = {f"i:{initial_class(token)}"}
            if not is_initial(token):
                givens |= set(given_classes(token)) or {f"~{k[:3]}" for k in token_keys(token)}
        blocks.update(f"{given}/{prefix}" for given in givens for prefix in prefixes)
    return blocks


def candidate_pairs(
    names: Iterable[tuple[str, str]], *, max_block: int = 5_000
) -> Iterator[tuple[int, int]]:
    """Yield index pairs ``(i, j)``, ``i < j``, of names that share a block, each pair once.

    A name without a given name (``*`` block) also meets every name of its family-name prefix,
    so that a bare family name is reviewed beside the full names it may stand for. Blocks larger
    than ``max_block`` (a very common name with no family name) are skipped.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    by_prefix: dict[str, set[int]] = defaultdict(set)
    for index, (_, name) in enumerate(names):
        for block in blocking_keys(name):
            blocks[block].append(index)
            by_prefix[block.rsplit("/", 1)[1]].add(index)
    for block in [b for b in blocks if b.startswith("*/")]:
        blocks[block] = sorted(by_prefix[block[2:]])
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > max_block:
            continue
        for position, i in enumerate(members):
            for j in members[position + 1 :]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair
