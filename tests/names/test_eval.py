"""The matcher on the labelled pairs: F1 at least 0.97 and no family members merged."""

from __future__ import annotations

from tests.names.pair_scores import FAMILY, score_pairs


def test_pairs_file_is_large_and_labelled(labelled_pairs: list[dict[str, str]]) -> None:
    assert len(labelled_pairs) >= 250
    assert {row["same"] for row in labelled_pairs} == {"true", "false"}
    assert sum(row["relation"] in FAMILY for row in labelled_pairs) >= 40


def test_f1_and_no_family_merges(labelled_pairs: list[dict[str, str]]) -> None:
    scores = score_pairs(labelled_pairs)
    assert scores.family_merged == 0
    assert scores.f1 >= 0.97, scores
