"""Fixtures of the names tests: the labelled pairs file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

PAIRS = Path(__file__).with_name("pairs.csv")


@pytest.fixture(scope="session")
def labelled_pairs() -> list[dict[str, str]]:
    """Return the rows of tests/names/pairs.csv (left, right, same, relation)."""
    with PAIRS.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
