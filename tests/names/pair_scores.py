"""Scoring the matcher on a labelled pairs file, shared by the evaluation tests."""

from __future__ import annotations

from dataclasses import dataclass

from doorwatch.names import compare

FAMILY = {"spouse", "parent", "child", "sibling"}


@dataclass
class PairScores:
    """Precision, recall and F1 of ``same`` decisions, and family members decided *same*."""

    precision: float
    recall: float
    f1: float
    family_merged: int


def score_pairs(rows: list[dict[str, str]]) -> PairScores:
    """Return the scores of :func:`compare` on labelled rows (left, right, same, relation)."""
    tp = fp = fn = family_merged = 0
    for row in rows:
        predicted = compare(row["left"], row["right"]).same is True
        truth = row["same"] == "true"
        tp += predicted and truth
        fp += predicted and not truth
        fn += truth and not predicted
        family_merged += predicted and row["relation"] in FAMILY
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return PairScores(
        precision, recall, 2 * precision * recall / (precision + recall), family_merged
    )
