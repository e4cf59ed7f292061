"""``OffsetIndex`` answers as ``bisect`` does, for every position, on sorted and unsorted offsets."""

from __future__ import annotations

import bisect
import random

import pytest

from doorwatch.extract.offset_index import OffsetIndex


@pytest.mark.parametrize("seed", range(20))
def test_the_table_answers_as_the_binary_search(seed: int) -> None:
    rng = random.Random(seed)
    size = rng.randrange(0, 3000)
    # (repeated offsets and empty stretches of blocks, as mentions and sentences give)
    offsets = sorted(rng.randrange(0, size + 1) for _ in range(rng.randrange(0, 120)))
    index = OffsetIndex(offsets)
    for position in range(-3, size + 200):
        assert index.left(position) == bisect.bisect_left(offsets, position)
        assert index.right(position) == bisect.bisect_right(offsets, position)


def test_unsorted_offsets_fall_back_to_the_binary_search() -> None:
    offsets = [5, 70, 64, 300]
    index = OffsetIndex(offsets)
    assert index.before == []
    for position in range(0, 400):
        assert index.left(position) == bisect.bisect_left(offsets, position)
        assert index.right(position) == bisect.bisect_right(offsets, position)
