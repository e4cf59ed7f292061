"""The reference articles: the extractor meets its quality targets on the gold annotation."""

from __future__ import annotations

import json
from pathlib import Path

from extract_helpers import eval_module

from doorwatch.extract import extract_claims, read_source


def test_gold_scores_meet_targets(corpus: Path) -> None:
    evaluator = eval_module()
    gold = [json.loads(line) for line in (corpus / "gold.jsonl").read_text().splitlines() if line]
    docs = sorted({g["doc"] for g in gold})
    scores = evaluator.evaluate(gold, evaluator.predict(corpus / "articles", docs))
    assert scores["overall"]["f1"] >= 0.95
    assert scores["speaker_acc"] >= 0.95


def test_offsets_point_at_the_claims(corpus: Path) -> None:
    for path in sorted((corpus / "articles").iterdir()):
        text = read_source(path).text
        for claim in extract_claims(text):
            assert text[claim.start : claim.end].strip()
            if claim.kind == "quote":
                assert text[claim.start : claim.end] == claim.text
