"""The unseen set: its annotation is well formed and its two halves partition it."""

from __future__ import annotations

import json
from pathlib import Path

_UNSEEN = Path(__file__).resolve().parent / "unseen"


def _gold() -> list[dict[str, object]]:
    lines = (_UNSEEN / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def test_halves_partition_the_articles() -> None:
    dev = set((_UNSEEN / "dev.txt").read_text(encoding="utf-8").split())
    test = set((_UNSEEN / "test.txt").read_text(encoding="utf-8").split())
    articles = {p.name for p in _UNSEEN.glob("*.txt")} - {"dev.txt", "test.txt"}
    assert not dev & test
    assert dev | test == articles
    assert {str(g["doc"]) for g in _gold()} <= articles


def test_gold_quotes_are_exact_text_and_kinds_follow_the_contract() -> None:
    for entry in _gold():
        text = (_UNSEEN / str(entry["doc"])).read_text(encoding="utf-8")
        if entry["kind"] == "quote":
            assert str(entry["text"]) in text
        elif entry["kind"] == "sanction":
            assert entry["action"] in {"imposed", "lifted", "eased", "threatened"}
        else:
            assert entry["kind"] == "figure"
