"""The matcher on the labelled pairs: F1 at least 0.97 and no family members merged."""

from __future__ import annotations

from doorwatch.names import compare

FAMILY = {"spouse", "parent", "child", "sibling"}


def test_pairs_file_is_large_and_labelled(labelled_pairs: list[dict[str, str]]) -> None:
    assert len(labelled_pairs) >= 250
    assert {row["same"] for row in labelled_pairs} == {"true", "false"}
    assert sum(row["relation"] in FAMILY for row in labelled_pairs) >= 40


def test_f1_and_no_family_merges(labelled_pairs: list[dict[str, str]]) -> None:
    tp = fp = fn = family_merged = 0
    for row in labelled_pairs:
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
