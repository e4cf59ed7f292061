"""Precision, recall and F1 of ``doorwatch.names.compare`` on the labelled pairs, beside a baseline.

Baseline: ``rapidfuzz.fuzz.ratio`` on ASCII-folded, lower-cased names (rigour's ``ascii_text``),
"same" at a ratio of 80 or more; the best threshold in hindsight is printed too.
An *uncertain* decision counts as "not same". Family members (spouse, parent, child, sibling)
decided *same* are counted separately: there must be none.

Two labelled sets exist: ``tests/names/pairs.csv`` (the tuning set, written while the matcher
was built) and ``tests/names/heldout_pairs.csv`` (written before the matcher's rules were read;
see docs/names.md). ``--all`` prints the figures for both.

Usage: python bench/names_eval.py [--pairs FILE | --all] [--show-errors]
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from rapidfuzz import fuzz
from rigour.text import ascii_text

from doorwatch.names import compare

FAMILY = {"spouse", "parent", "child", "sibling"}
BASELINE_THRESHOLD = 80.0
DEFAULT_PAIRS = Path(__file__).resolve().parent.parent / "tests" / "names" / "pairs.csv"
HELDOUT_PAIRS = DEFAULT_PAIRS.with_name("heldout_pairs.csv")


def metrics(truth: list[bool], predicted: list[bool]) -> tuple[float, float, float]:
    """Return precision, recall and F1 of ``predicted`` against ``truth``."""
    tp = sum(t and p for t, p in zip(truth, predicted, strict=True))
    fp = sum(p and not t for t, p in zip(truth, predicted, strict=True))
    fn = sum(t and not p for t, p in zip(truth, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _fold(name: str) -> str:
    return " ".join(ascii_text(name).lower().replace(",", " ").split())


def evaluate(path: Path, show_errors: bool = False) -> dict[str, float]:
    """Print the evaluation table for the pairs in ``path``.

    Returns our precision, recall, F1 and family-member merges, keyed by name.
    """
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    truth = [row["same"] == "true" for row in rows]
    family = [row["relation"] in FAMILY for row in rows]

    started = time.perf_counter()
    decisions = [compare(row["left"], row["right"]) for row in rows]
    elapsed = time.perf_counter() - started
    ours = [d.same is True for d in decisions]
    uncertain = sum(d.same is None for d in decisions)
    ratios = [fuzz.ratio(_fold(row["left"]), _fold(row["right"])) for row in rows]
    baseline = [r >= BASELINE_THRESHOLD for r in ratios]
    best = max(
        ((metrics(truth, [r >= t for r in ratios])[2], t) for t in range(50, 100)),
        key=lambda x: x[0],
    )

    print(f"== {path.name}")
    print(f"pairs: {len(rows)} ({sum(truth)} same, {len(rows) - sum(truth)} different, "
          f"{sum(family)} family members)")  # fmt: skip
    print(f"{'matcher':<44} {'precision':>9} {'recall':>7} {'F1':>6} {'family merged':>13}")
    result: dict[str, float] = {}
    for label, predicted in (
        ("doorwatch.names.compare", ours),
        (f"baseline fuzz.ratio >= {BASELINE_THRESHOLD:.0f} (ASCII-folded)", baseline),
        (f"baseline fuzz.ratio >= {best[1]} (best in hindsight)",
         [r >= best[1] for r in ratios]),
    ):  # fmt: skip
        precision, recall, f1 = metrics(truth, predicted)
        merged = sum(p and f for p, f in zip(predicted, family, strict=True))
        print(f"{label:<44} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {merged:>13d}")
        if not result:
            result = {"precision": precision, "recall": recall, "f1": f1, "family": merged}
    print(f"uncertain decisions (counted as not same): {uncertain}")
    print(f"compare: {len(rows) / elapsed:,.0f} pairs/s (cold caches)")
    if show_errors:
        for row, decision, t in zip(rows, decisions, truth, strict=True):
            if (decision.same is True) != t:
                print(f"\n{row['left']!r} vs {row['right']!r} ({row['relation']}): "
                      f"truth {t}, got {decision.same}")  # fmt: skip
                for reason in decision.reasons:
                    print(f"   {reason}")
    return result


def main() -> None:
    """Print the evaluation table for one set of pairs, or for both with ``--all``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--all", action="store_true", help="tuning set and held-out set")
    parser.add_argument("--show-errors", action="store_true")
    args = parser.parse_args()
    paths = [DEFAULT_PAIRS, HELDOUT_PAIRS] if args.all else [args.pairs]
    for index, path in enumerate(paths):
        if index:
            print()
        evaluate(path, args.show_errors)


if __name__ == "__main__":
    main()
