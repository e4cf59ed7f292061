"""The matcher on the held-out pairs (written before the matching rules were read).

The figures after the general fixes are no longer fully held out (see docs/names.md); the bar is
set a little below them: F1 at least 0.97 and no family member decided *same*.
"""

from __future__ import annotations

import csv
from pathlib import Path

from doorwatch.names import compare

FAMILY = {"spouse", "parent", "child", "sibling"}
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
    tp = fp = fn = family_merged = 0
    for row in _rows():
        predicted = compare(row["left"], row["right"]).same is True
        truth = row["same"] == "true"
        tp += predicted and truth
        fp += predicted and not truth
        fn += truth and not predicted
        family_merged += predicted and row["relation"] in FAMILY
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert family_merged == 0
    assert f1 >= 0.97, (precision, recall, f1)
