"""Sanctions lists: import time and peak memory per shared file, and one target across lists.

1. Each file of ../shared/data/sanctions is imported into a fresh SQLite database in a process of
   its own; the time and that process's peak resident memory are printed.
2. EU 2024-05-13 (4.8k targets), OFAC sdn.xml 2024-05-07 (15k), UK 2025-04-14 (4.7k) and Canada
   2025-03 (4.8k) are resolved against each other, every target of each list against each later
   list (six pairs), end to end: reading the stored targets, building features and indexes,
   finding candidates and scoring them. Beside it, in the same process, the baseline: brute
   force with rapidfuzz (token_sort_ratio on ASCII-folded, case-folded names, every name of
   every target of one list against every name of the other, the best above 90 taken as the
   match). nomenklatura's xref is left out: it is not installed in the project's environment.
3. Precision and recall of both on the hand-labelled pairs in bench/data/sanction_pairs.csv
   (a pair counts as found when the method's best match for the left listing is the right one,
   decided ``listed``; uncertain decisions are reported apart, as the review queue).

Usage: python bench/sanctions_match.py [--skip-import-sizes]
"""

from __future__ import annotations

import argparse
import csv
import re
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from doorwatch.analysis.sanction_match import TargetIndex, target_of
from doorwatch.names.transliteration import to_ascii
from doorwatch.services.sanctions import import_list
from doorwatch.store import Store, open_store
from doorwatch.store.sanctions import get_list, iter_entries

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "sanctions"
PAIRS = Path(__file__).resolve().parent / "data" / "sanction_pairs.csv"
FILES = [
    (["ofac-sdn-2023-01/sdn.csv", "ofac-sdn-2023-01/sdn_address.csv"], "2023-01-06"),
    (["ofac-sdn-2024-05/sdn.csv"], "2024-05-03"),
    (["ofac-sdn-xml-2024-05-07/sdn.xml"], None),
    (["eu-fsf-2024-05-13/20240513-FULL-1_1.xml"], None),
    (["uk-ofsi-conlist-2023-06-05/ConList.xlsx"], None),
    (["uk-ofsi-conlist-2025-04-14/ConList.xlsx"], None),
    (["canada-sema-2025-03/sema-lmes.xml"], None),
    (["canada-sema-2020-04/sema-lmes.xml"], None),
    (["opensanctions-ua-war-sanctions-2026-03/targets.simple.csv"], None),
    (["ftm-sample/entities.ftm.json"], None),
]
RESOLVED = ["eu-2024-05-13", "us-2024-05-07", "uk-2025-04-14", "ca-2025-03-20"]
_NON_WORD = re.compile(r"[^a-z0-9]+")


def _import_one(args: tuple[str, list[str], str | None]) -> tuple[int, float, int]:
    db, names, when = args
    store = open_store(db, create=True)
    started = time.perf_counter()
    result = import_list(store, [SHARED / n for n in names], list_date=when)
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    store.close()
    return result.targets, seconds, peak_kib


def import_sizes(folder: Path) -> None:
    """Print time and peak memory of importing each shared file on its own."""
    print("import (each file into a fresh SQLite database, one process each)")
    print(f"  {'file':58} {'targets':>8} {'seconds':>8} {'peak MiB':>9}")
    for number, (names, when) in enumerate(FILES):
        db = str(folder / f"size{number}.sqlite")
        with ProcessPoolExecutor(max_workers=1, max_tasks_per_child=1) as pool:
            targets, seconds, peak = pool.submit(_import_one, (db, names, when)).result()
        print(f"  {names[0]:58} {targets:>8} {seconds:>8.1f} {peak / 1024:>9.0f}")


def _fold(name: str) -> str:
    return " ".join(sorted(_NON_WORD.sub(" ", to_ascii(name).casefold()).split()))


def ours(store: Store) -> tuple[dict[tuple[str, str, str], tuple[str, str]], float, int]:
    """Resolve every list against each later one; return decisions, seconds and lookups."""
    started = time.perf_counter()
    decisions: dict[tuple[str, str, str], tuple[str, str]] = {}
    targets = {
        n: [target_of(e) for e in iter_entries(store, get_list(store, n)["id"])] for n in RESOLVED
    }
    lookups = 0
    for i, left in enumerate(RESOLVED):
        for right in RESOLVED[i + 1 :]:
            index = TargetIndex(targets[right])
            for target in targets[left]:
                match = index.best(target)
                lookups += 1
                other = match.other.entry_id if match.other and match.status != "not_listed" else ""
                decisions[(left, right, target.entry_id)] = (match.status, other)
    return decisions, time.perf_counter() - started, lookups


def baseline(store: Store) -> tuple[dict[tuple[str, str, str], tuple[str, str]], float, int]:
    """Brute force: every folded name against every folded name of the other list."""
    started = time.perf_counter()
    names: dict[str, tuple[list[str], list[str]]] = {}
    for list_name in RESOLVED:
        owners, folded = [], []
        for entry in iter_entries(store, get_list(store, list_name)["id"]):
            for name in [entry["name"], *entry["details"].get("names", [])][:12]:
                owners.append(str(entry["entry_id"]))
                folded.append(_fold(name))
        names[list_name] = (owners, folded)
    decisions: dict[tuple[str, str, str], tuple[str, str]] = {}
    compared = 0
    for i, left in enumerate(RESOLVED):
        for right in RESOLVED[i + 1 :]:
            left_owners, left_names = names[left]
            right_owners, right_names = names[right]
            best: dict[str, tuple[float, str]] = {}
            for start in range(0, len(left_names), 2_000):
                chunk = left_names[start : start + 2_000]
                scores = process.cdist(
                    chunk, right_names, scorer=fuzz.token_sort_ratio, dtype=np.uint8, workers=1
                )
                compared += scores.size
                columns = scores.argmax(axis=1)
                for row, column in enumerate(columns):
                    owner = left_owners[start + row]
                    score = float(scores[row, column])
                    if owner not in best or score > best[owner][0]:
                        best[owner] = (score, right_owners[column])
            for owner, (score, other) in best.items():
                decisions[(left, right, owner)] = (
                    ("listed", other) if score >= 90 else ("not_listed", "")
                )
    return decisions, time.perf_counter() - started, compared


def evaluate(decisions: dict[tuple[str, str, str], tuple[str, str]]) -> dict[str, float]:
    """Return precision, recall and the uncertain count on the labelled pairs."""
    tp = fp = fn = uncertain = review_found = 0
    with PAIRS.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    for row in rows:
        status, other = decisions.get(
            (row["left_list"], row["right_list"], row["left_id"]), ("not_listed", "")
        )
        same = row["same"] == "1"
        if status == "uncertain":
            uncertain += 1
            review_found += same and other == row["right_id"]
        found = status == "listed"
        if same:
            if found and other == row["right_id"]:
                tp += 1
            else:
                fn += 1
                if found:
                    fp += 1  # matched someone else
        elif found and (not row["right_id"] or other == row["right_id"]):
            fp += 1
    return {
        "pairs": len(rows),
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "uncertain": uncertain,
        # recall when the review queue is worked through: uncertain decisions naming the right one
        "recall_after_review": (tp + review_found) / (tp + fn) if tp + fn else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-import-sizes", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if not options.skip_import_sizes:
            import_sizes(Path(folder))
        store = open_store(str(Path(folder) / "resolve.sqlite"), create=True)
        for names, when in FILES:
            if names[0].split("/")[0] in (
                "eu-fsf-2024-05-13", "ofac-sdn-xml-2024-05-07", "uk-ofsi-conlist-2025-04-14", "canada-sema-2025-03",
            ):  # fmt: skip
                import_list(store, [SHARED / n for n in names], list_date=when)
        mine, my_seconds, lookups = ours(store)
        theirs, their_seconds, compared = baseline(store)
        store.close()
    sizes = "EU 4.8k × OFAC 15k × UK 4.7k × Canada 4.8k, six pairs"
    print(f"\nresolution ({sizes}), end to end")
    for label, decisions, seconds in (
        ("doorwatch", mine, my_seconds),
        ("brute-force rapidfuzz", theirs, their_seconds),
    ):
        scores = evaluate(decisions)
        print(
            f"  {label:22} {seconds:7.1f} s   precision {scores['precision']:.3f}   recall {scores['recall']:.3f}"
            f" (after review {scores['recall_after_review']:.3f})"
            f"   uncertain {scores['uncertain']} of {scores['pairs']:.0f} labelled pairs"
        )
    print(f"  doorwatch: {lookups} targets resolved, {lookups / my_seconds:,.0f} targets/s")
    print(f"  baseline: {compared:,} name pairs scored, {compared / their_seconds:,.0f} pairs/s")
    print(f"  time ratio doorwatch / baseline: {my_seconds / their_seconds:.2f}")


if __name__ == "__main__":
    main()
