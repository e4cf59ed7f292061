"""The matcher on the held-out pairs (written before the matching rules were read).

The figures after the general fixes are no longer fully held out (see docs/names.md); the bar is
set a little below them: F1 at least 0.97 and no family member decided *same*.
"""

from __future__ import annotations

import csv
from pathlib import Path

from tests.names.pair_scores import FAMILY, score_pairs

HELDOUT = Path(__file__).with_name("heldout_pairs.csv")


def _rows() -> list[dict[str, str]]:
    with HELDOUT.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_heldout_file_is_labelled() -> None:
    rows = _rows()
    assert len(rows) >= 250
    assert {row["same"] for row in rows} == {"true", "false"}
    assert {row["relation"] for row in rows} <= FAMILY | {"same", "namesake", "different"}
    assert sum(row["relation"] in FAMILY for row in rows) >= 50


def test_heldout_f1_and_no_family_merges() -> None:
    scores = score_pairs(_rows())
    assert scores.family_merged == 0
    assert scores.f1 >= 0.97, scores
