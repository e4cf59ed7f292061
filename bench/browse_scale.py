"""Benchmark: browsing the registry as it grows (1,000 / 100,000 / 1,000,000 cases).

    python bench/browse_scale.py [--sizes 1000,100000,1000000] [--repeat 7]

For each size, a SYNTHETIC store made by `doorwatch synth` (/tmp/dw-bench/browse-N.db, built
on first use and reused; synthetic cases carry charges) is opened in a fresh child process,
which times the people list as the web page, the API and `doorwatch people` ask for it:
- facets: the counts per filter value alone, the first read of a new process (from
  ``case_facets``, the table the writes keep), without a filter and with an article; then as
  the page asks for them: cold (the first request, which also counts the people matching for
  the list's total, a read of the cases kept afterwards) and again (the next requests); and
  cold for a new article filter (its total counted, too);
- pages of 50, each the median of --repeat after one warm-up (the totals kept): the first
  page, one halfway through the registry, filtered by status, by a common detention year, by
  an article, by status and release year together, and a page back (``before``);
- the baseline, measured in the same run: the page halfway through read by OFFSET (the path
  this listing had before paging by key).
The table prints each time at each size and the ratio of the largest size to the smallest.
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

WORK = Path("/tmp/dw-bench")
ROOT = Path(__file__).resolve().parents[1]


def _store_path(size: int) -> Path:
    path = WORK / f"browse-{size}.db"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "doorwatch.cli.main", "synth", "--cases", str(size),
             "--db", f"sqlite:///{path}", "--format", "json"],
            check=True, capture_output=True, cwd=ROOT,
        )  # fmt: skip
    return path


def _once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _median(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm: the page cache, the kept totals
    return statistics.median(_once(fn) for _ in range(repeat))


def _child(size: int, repeat: int, queue: Any) -> None:
    from doorwatch.services.listings import case_filters, people_facets, people_page
    from doorwatch.store import listing, open_store

    store = open_store(f"sqlite:///{_store_path(size)}")
    figures: dict[str, float] = {}

    def browse(**kwargs: Any) -> Callable[[], object]:
        filters = case_filters(**kwargs.pop("filters", {}))
        return lambda: people_page(store, filters=filters, limit=50, **kwargs)

    # The counts alone first (read from case_facets), then as a page asks for them, which
    # also counts the people matching (the list's total: a read of the cases, kept after).
    figures["facet counts alone, cold"] = _once(lambda: people_facets(store, case_filters()))
    figures["facet counts alone, article"] = _once(
        lambda: people_facets(store, case_filters(article="130"))
    )
    figures["facets, cold"] = _once(browse(with_facets=True))
    figures["facets, again"] = _median(browse(with_facets=True), repeat)
    figures["facets, new article, cold"] = _once(
        browse(filters={"article": "356"}, with_facets=True)
    )
    halfway = f"syn7-p{size // 2}"
    figures["page: first"] = _median(browse(), repeat)
    figures["page: halfway (after)"] = _median(browse(after=halfway), repeat)
    figures["page: status held"] = _median(
        browse(filters={"status": "held"}, after=halfway), repeat
    )
    figures["page: detained 2021"] = _median(
        browse(filters={"detained_year": 2021}, after=halfway), repeat
    )
    figures["page: article 361-1"] = _median(
        browse(filters={"article": "361-1"}, after=halfway), repeat
    )
    figures["page: released 2025, deal"] = _median(
        browse(filters={"released_year": 2025, "release_mode": "deal"}, after=halfway), repeat
    )
    figures["page: back (before)"] = _median(
        browse(filters={"status": "released"}, before=halfway), repeat
    )
    figures["baseline: halfway by OFFSET"] = _median(
        lambda: listing.page_persons(store, limit=50, offset=size // 2, total=size), repeat
    )
    store.close()
    queue.put(figures)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    context = multiprocessing.get_context("spawn")
    for size in sizes:
        _store_path(size)  # built outside the timed child
        queue = context.Queue()
        child = context.Process(target=_child, args=(size, args.repeat, queue))
        child.start()
        results[size] = queue.get()
        child.join()
    names = list(results[sizes[0]])
    head = "".join(f"{size:>12,}" for size in sizes)
    print(f"{'ms (SQLite, synthetic cases)':<30}{head}{'ratio':>9}")
    for name in names:
        row = [results[size][name] * 1000 for size in sizes]
        ratio = row[-1] / row[0] if row[0] else float("nan")
        cells = "".join(f"{ms:12.1f}" for ms in row)
        print(f"{name:<30}{cells}{ratio:8.1f}×")
    last = results[sizes[-1]]
    print(
        f"at {sizes[-1]:,} cases the page halfway by key takes "
        f"{last['page: halfway (after)'] / last['baseline: halfway by OFFSET']:.4f}× the OFFSET read"
    )


if __name__ == "__main__":
    main()
