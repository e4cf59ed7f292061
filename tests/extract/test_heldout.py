"""The held-out articles: quality on texts the rules were not first written against.

``heldout/`` holds thirteen articles in varied outlet styles with a hand annotation written
before the rules were studied against them. Some rules were generalised after that first
score, so the thresholds guard the level reached then against regressions; they are not an
unseen-data estimate.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extract_helpers import eval_module

_HERE = Path(__file__).resolve().parent
_HELDOUT = _HERE / "heldout"


def test_heldout_scores_stay_at_the_reached_level() -> None:
    evaluator = eval_module()
    lines = (_HELDOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line]
    docs = sorted({g["doc"] for g in gold})
    scores = evaluator.evaluate(gold, evaluator.predict(_HELDOUT, docs))
    assert scores["overall"]["f1"] >= 0.95
    assert scores["speaker_acc"] >= 0.95


def test_heldout_quotes_are_exact_text() -> None:
    # The annotation itself: every gold quote is a verbatim span of its article.
    for line in (_HELDOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry["kind"] == "quote":
            assert entry["text"] in (_HELDOUT / entry["doc"]).read_text(encoding="utf-8")


# The sets whose errors later rounds studied (the fresh sets up to fresh54 but fresh40, fresh44
# and fresh47, then fresh57 to fresh60, fresh62 to fresh65, fresh67 to fresh69, fresh71 to
# fresh75, fresh78 to fresh81, fresh83 to fresh85, fresh88 to fresh90, fresh93, fresh94, fresh96
# to fresh103, fresh105, fresh108, fresh110, fresh111 to fresh117, fresh120, fresh122 to fresh125,
# fresh127, fresh128, fresh130, fresh131, fresh133, fresh135 to fresh137, fresh139, fresh141,
# fresh143, fresh145, fresh147 to fresh149, fresh151, fresh152, fresh158 to fresh160, fresh162,
# fresh163, fresh165, fresh166, fresh168, fresh170, fresh171, fresh173, fresh175, fresh177,
# fresh178, fresh180, fresh181, fresh174, fresh182, fresh183, fresh187, fresh66, fresh157,
# fresh188, fresh179, fresh155, fresh167, fresh185, fresh132, fresh118, fresh56, fresh70, fresh190,
# fresh156, fresh119, fresh138, fresh192, fresh76, fresh129, fresh140, fresh193, fresh172,
# fresh109, fresh164, fresh77, fresh61, fresh134, fresh44, fresh186, fresh142, fresh153,
# fresh126, fresh121, fresh154, fresh86, fresh189, fresh82, fresh91, fresh106, fresh150,
# fresh184, fresh87, fresh47, fresh144, fresh169, fresh55, fresh176, fresh161, fresh146,
# fresh104, fresh107, fresh92, fresh95, fresh191, fresh40, the unseen set's study half): the
# level each reached, less a margin, is guarded against regressions.
# The untouched set (the unseen set's other half) has no floor: a floor would invite tuning.
_STUDIED = [
    ("fresh", None, 0.97, 0.97),
    ("fresh2", None, 0.97, 0.97),
    ("fresh3", None, 0.97, 0.97),
    ("fresh4", None, 0.92, 0.97),
    ("fresh5", None, 0.92, 0.97),
    ("fresh6", None, 0.96, 0.97),
    ("fresh7", None, 0.93, 0.97),
    ("fresh8", None, 0.93, 0.97),
    ("fresh9", None, 0.89, 0.97),
    ("fresh10", None, 0.82, 0.93),
    ("fresh11", None, 0.82, 0.97),
    ("fresh12", None, 0.85, 0.93),
    ("fresh13", None, 0.84, 0.97),
    ("fresh14", None, 0.92, 0.93),
    ("fresh15", None, 0.92, 0.95),
    ("fresh16", None, 0.86, 0.95),
    ("fresh17", None, 0.86, 0.93),
    ("fresh18", None, 0.86, 0.93),
    # (speakers 0.93 → 0.92: an office is named with whose it is, "the press service of the
    # head of state", as four other sets annotate it; this set's writer wrote "presidential")
    # (speakers 0.92 → 0.89: "the Council" of a text on the EU is the Council of the EU, as
    # eight documents of five other sets annotate it; this set's press release keeps "Council")
    ("fresh19", None, 0.90, 0.89),
    ("fresh20", None, 0.89, 0.95),
    ("fresh21", None, 0.83, 0.95),
    ("fresh22", None, 0.93, 0.97),
    ("fresh23", None, 0.87, 0.95),
    ("fresh24", None, 0.86, 0.90),
    ("fresh25", None, 0.90, 0.97),
    ("fresh26", None, 0.95, 0.97),
    ("fresh27", None, 0.81, 0.93),
    ("fresh28", None, 0.86, 0.97),
    ("fresh29", None, 0.88, 0.95),
    ("fresh30", None, 0.87, 0.97),
    ("fresh31", None, 0.89, 0.97),
    ("fresh32", None, 0.85, 0.95),
    ("fresh33", None, 0.86, 0.97),
    ("fresh34", None, 0.80, 0.95),
    ("fresh35", None, 0.81, 0.95),
    ("fresh36", None, 0.83, 0.93),
    ("fresh37", None, 0.87, 0.95),
    ("fresh38", None, 0.79, 0.97),
    ("fresh39", None, 0.78, 0.87),
    ("fresh41", None, 0.83, 0.89),
    ("fresh42", None, 0.81, 0.89),
    ("fresh43", None, 0.77, 0.93),
    ("fresh45", None, 0.85, 0.91),
    ("fresh46", None, 0.87, 0.90),
    ("fresh48", None, 0.88, 0.87),
    ("fresh49", None, 0.85, 0.89),
    ("fresh50", None, 0.83, 0.95),
    ("fresh51", None, 0.89, 0.93),
    ("fresh52", None, 0.89, 0.93),
    ("fresh53", None, 0.82, 0.88),
    ("fresh54", None, 0.81, 0.89),
    ("fresh57", None, 0.83, 0.91),
    ("fresh58", None, 0.82, 0.87),
    ("fresh59", None, 0.80, 0.92),
    ("fresh60", None, 0.84, 0.86),
    ("fresh62", None, 0.83, 0.90),
    ("fresh63", None, 0.78, 0.93),
    ("fresh64", None, 0.81, 0.91),
    ("fresh65", None, 0.83, 0.92),
    ("fresh68", None, 0.79, 0.87),
    ("fresh69", None, 0.85, 0.96),
    ("fresh72", None, 0.83, 0.96),
    ("fresh73", None, 0.81, 0.95),
    ("fresh74", None, 0.77, 0.92),
    ("fresh75", None, 0.80, 0.88),
    ("fresh71", None, 0.85, 0.96),
    ("fresh78", None, 0.74, 0.92),
    ("fresh81", None, 0.75, 0.87),
    ("fresh80", None, 0.78, 0.93),
    ("fresh84", None, 0.75, 0.90),
    ("fresh85", None, 0.72, 0.93),
    ("fresh88", None, 0.87, 0.96),
    ("fresh83", None, 0.81, 0.96),
    ("fresh90", None, 0.76, 0.85),
    ("fresh89", None, 0.78, 0.94),
    ("fresh93", None, 0.85, 0.94),
    ("fresh67", None, 0.79, 0.97),
    ("fresh94", None, 0.85, 0.90),
    ("fresh96", None, 0.85, 0.92),
    ("fresh98", None, 0.80, 0.97),
    ("fresh99", None, 0.85, 0.97),
    ("fresh101", None, 0.78, 0.95),
    ("fresh103", None, 0.80, 0.93),
    ("fresh102", None, 0.85, 0.97),
    ("fresh105", None, 0.86, 0.97),
    ("fresh108", None, 0.84, 0.97),
    ("fresh97", None, 0.83, 0.95),
    ("fresh111", None, 0.78, 0.92),
    ("fresh112", None, 0.81, 0.86),
    ("fresh114", None, 0.85, 0.88),
    ("fresh115", None, 0.88, 0.92),
    ("fresh116", None, 0.83, 0.93),
    ("fresh117", None, 0.68, 0.62),
    ("fresh120", None, 0.79, 0.92),
    ("fresh122", None, 0.82, 0.88),
    ("fresh123", None, 0.73, 0.73),
    ("fresh125", None, 0.77, 0.84),
    ("fresh127", None, 0.75, 0.85),
    ("fresh124", None, 0.80, 0.87),
    ("fresh128", None, 0.79, 0.93),
    ("fresh113", None, 0.86, 0.97),
    ("fresh133", None, 0.86, 0.91),
    ("fresh136", None, 0.78, 0.89),
    ("fresh135", None, 0.79, 0.87),
    ("fresh139", None, 0.74, 0.80),
    ("fresh137", None, 0.75, 0.86),
    ("fresh141", None, 0.88, 0.95),
    ("fresh100", None, 0.87, 0.96),
    ("fresh145", None, 0.84, 0.91),
    ("fresh143", None, 0.86, 0.90),
    ("fresh148", None, 0.74, 0.82),
    ("fresh147", None, 0.78, 0.89),
    ("fresh151", None, 0.83, 0.94),
    ("fresh149", None, 0.80, 0.92),
    ("fresh152", None, 0.77, 0.88),
    ("fresh131", None, 0.85, 0.94),
    ("fresh79", None, 0.83, 0.94),
    ("fresh130", None, 0.84, 0.94),
    ("fresh160", None, 0.75, 0.76),
    ("fresh159", None, 0.80, 0.84),
    ("fresh158", None, 0.79, 0.93),
    ("fresh162", None, 0.81, 0.82),
    ("fresh165", None, 0.79, 0.81),
    ("fresh166", None, 0.78, 0.72),
    ("fresh110", None, 0.81, 0.79),
    ("fresh163", None, 0.87, 0.91),
    ("fresh168", None, 0.84, 0.96),
    ("fresh170", None, 0.82, 0.79),
    ("fresh171", None, 0.83, 0.91),
    ("fresh173", None, 0.77, 0.92),
    ("fresh175", None, 0.86, 0.94),
    ("fresh177", None, 0.73, 0.77),
    ("fresh178", None, 0.81, 0.84),
    ("fresh180", None, 0.79, 0.82),
    ("fresh181", None, 0.81, 0.8),
    ("fresh174", None, 0.86, 0.91),
    ("fresh182", None, 0.81, 0.89),
    ("fresh183", None, 0.85, 0.85),
    ("fresh187", None, 0.78, 0.83),
    ("fresh66", None, 0.85, 0.97),
    ("fresh157", None, 0.87, 0.90),
    ("fresh188", None, 0.78, 0.86),
    ("fresh179", None, 0.83, 0.82),
    ("fresh155", None, 0.85, 0.92),
    ("fresh167", None, 0.84, 0.88),
    ("fresh185", None, 0.91, 0.97),
    ("fresh132", None, 0.85, 0.97),
    ("fresh118", None, 0.86, 0.96),
    ("fresh56", None, 0.87, 0.97),
    ("fresh70", None, 0.85, 0.93),
    ("fresh190", None, 0.87, 0.86),
    ("fresh156", None, 0.84, 0.96),
    ("fresh119", None, 0.89, 0.99),
    ("fresh138", None, 0.87, 0.91),
    ("fresh192", None, 0.86, 0.92),
    ("fresh76", None, 0.85, 0.95),
    ("fresh129", None, 0.85, 0.95),
    ("fresh140", None, 0.87, 0.96),
    ("fresh193", None, 0.85, 0.82),
    ("fresh172", None, 0.87, 0.92),
    ("fresh109", None, 0.87, 0.94),
    ("fresh164", None, 0.86, 0.96),
    ("fresh77", None, 0.87, 0.99),
    ("fresh61", None, 0.88, 0.91),
    ("fresh134", None, 0.86, 0.92),
    ("fresh44", None, 0.88, 0.97),
    ("fresh186", None, 0.90, 0.99),
    ("fresh142", None, 0.89, 0.94),
    ("fresh153", None, 0.90, 0.93),
    ("fresh126", None, 0.89, 0.95),
    ("fresh121", None, 0.87, 0.95),
    ("fresh154", None, 0.89, 0.94),
    ("fresh86", None, 0.88, 0.97),
    ("fresh189", None, 0.90, 0.97),
    ("fresh82", None, 0.88, 0.93),
    ("fresh91", None, 0.87, 0.93),
    ("fresh106", None, 0.88, 0.86),
    ("fresh150", None, 0.88, 0.91),
    ("fresh184", None, 0.90, 0.92),
    ("fresh87", None, 0.89, 0.96),
    ("fresh47", None, 0.90, 0.97),
    ("fresh144", None, 0.90, 0.96),
    ("fresh169", None, 0.91, 0.93),
    ("fresh55", None, 0.90, 0.96),
    ("fresh176", None, 0.90, 0.97),
    ("fresh161", None, 0.90, 0.93),
    ("fresh146", None, 0.91, 0.95),
    ("fresh104", None, 0.90, 0.96),
    ("fresh107", None, 0.91, 0.95),
    ("fresh92", None, 0.91, 0.96),
    ("fresh95", None, 0.94, 0.97),
    ("fresh191", None, 0.94, 0.95),
    ("fresh40", None, 0.95, 0.97),
    ("unseen", "dev.txt", 0.97, 0.97),
]


@pytest.mark.parametrize(
    ("folder", "docs_file", "floor", "speaker_floor"),
    _STUDIED,
    ids=[f for f, _, _, _ in _STUDIED],
)
def test_studied_sets_stay_at_the_reached_level(
    folder: str, docs_file: str | None, floor: float, speaker_floor: float
) -> None:
    evaluator = eval_module()
    path = _HERE / folder
    lines = (path / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line]
    if docs_file is not None:
        wanted = set((path / docs_file).read_text(encoding="utf-8").split())
        gold = [g for g in gold if g["doc"] in wanted]
    docs = sorted({g["doc"] for g in gold})
    scores = evaluator.evaluate(gold, evaluator.predict(path, docs))
    assert scores["overall"]["f1"] >= floor
    assert scores["speaker_acc"] >= speaker_floor
