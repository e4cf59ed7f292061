"""The unseen and fresh sets (``fresh``, ``fresh2``, ``fresh3``, ``fresh4``, ``fresh5``, ``fresh6``, ``fresh7``, ``fresh8``, ``fresh9``, ``fresh10``, ``fresh11``): annotations well formed; the unseen set's two halves partition it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

_UNSEEN = Path(__file__).resolve().parent / "unseen"
_FRESH = Path(__file__).resolve().parent / "fresh"
_FRESH2 = Path(__file__).resolve().parent / "fresh2"
_FRESH3 = Path(__file__).resolve().parent / "fresh3"
_FRESH4 = Path(__file__).resolve().parent / "fresh4"
_FRESH5 = Path(__file__).resolve().parent / "fresh5"
_FRESH6 = Path(__file__).resolve().parent / "fresh6"
_FRESH7 = Path(__file__).resolve().parent / "fresh7"
_FRESH8 = Path(__file__).resolve().parent / "fresh8"
_FRESH9 = Path(__file__).resolve().parent / "fresh9"
_FRESH10 = Path(__file__).resolve().parent / "fresh10"
_FRESH11 = Path(__file__).resolve().parent / "fresh11"


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
    [
        _UNSEEN,
        _FRESH,
        _FRESH2,
        _FRESH3,
        _FRESH4,
        _FRESH5,
        _FRESH6,
        _FRESH7,
        _FRESH8,
        _FRESH9,
        _FRESH10,
    ],
    ids=[
        "unseen",
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
    ],
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
