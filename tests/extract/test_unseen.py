"""The unseen set and the fresh sets (``fresh``, ``fresh2`` … ``fresh100``): annotations well
formed; the unseen set's two halves partition it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

_UNSEEN = Path(__file__).resolve().parent / "unseen"
# every fresh set, oldest first
_FRESH_SETS = ("fresh", *(f"fresh{n}" for n in range(2, 194)))


def _gold(folder: Path = _UNSEEN) -> list[dict[str, object]]:
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def test_halves_partition_the_articles() -> None:
    dev = set((_UNSEEN / "dev.txt").read_text(encoding="utf-8").split())
    test = set((_UNSEEN / "test.txt").read_text(encoding="utf-8").split())
    articles = {p.name for p in _UNSEEN.glob("*.txt")} - {"dev.txt", "test.txt"}
    assert not dev & test
    assert dev | test == articles
    assert {str(g["doc"]) for g in _gold()} <= articles


@pytest.mark.parametrize(
    "folder",
    [_UNSEEN, *(_UNSEEN.parent / name for name in _FRESH_SETS)],
    ids=["unseen", *_FRESH_SETS],
)
def test_gold_quotes_are_exact_text_and_kinds_follow_the_contract(folder: Path) -> None:
    articles = {p.name for p in folder.glob("*.txt")}
    for entry in _gold(folder):
        assert entry["doc"] in articles
        text = (folder / str(entry["doc"])).read_text(encoding="utf-8")
        if entry["kind"] == "quote":
            assert str(entry["text"]) in text
        elif entry["kind"] == "sanction":
            assert entry["action"] in {"imposed", "lifted", "eased", "threatened"}
        else:
            assert entry["kind"] == "figure"
