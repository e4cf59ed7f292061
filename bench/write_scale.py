"""Benchmark: the cost of one write as the registry grows (1,000 / 100,000 / 1,000,000 cases).

    python bench/write_scale.py [--sizes 1000,100000,1000000] [--repeat 5]

For each size, a SYNTHETIC store made by `doorwatch synth` (/tmp/dw-bench/reg-N.db, built on
first use and reused; each run adds a few rows to it) is opened in a child process, which times:
- one-case import: `import_path` of a CSV with one new person and case (matching, planning,
  writing, the daily counts);
- one web edit: an article posted as the web app does (`ingest_article`, POST /api/v1/articles)
  and the review of one of its claims (`review`, POST /api/v1/claims/{id}/accept).
Each figure is the median of --repeat writes, each of a new person or article. The table prints
the time per write at each size and the ratio to the smallest size (the goal: 1M ÷ 1k under 3×,
and under 50 ms at 1M).
"""

from __future__ import annotations

import argparse
import multiprocessing
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

WORK = Path("/tmp/dw-bench")
ROOT = Path(__file__).resolve().parents[1]
# Written for this benchmark: a made-up dispatch with a figure and a quote, about nobody real.
ARTICLE = (
    "Minsk, 3 March 2025. The rights group Testwatch said on Monday that {n} political prisoners "
    'remained behind bars. "We count every name," said Orest Lomavets {tag}, who keeps the list.'
)


def _store_path(size: int) -> Path:
    path = WORK / f"reg-{size}.db"
    if not path.exists():
        subprocess.run(
            [sys.executable, "-m", "doorwatch.cli.main", "synth", "--cases", str(size),
             "--db", f"sqlite:///{path}", "--format", "json"],
            check=True, capture_output=True, cwd=ROOT,
        )  # fmt: skip
    return path


def _child(size: int, repeat: int, queue: Any) -> None:
    from doorwatch.ingest.importer import import_path
    from doorwatch.services.articles import ingest_article
    from doorwatch.services.review import review
    from doorwatch.store import open_store

    store = open_store(f"sqlite:///{_store_path(size)}")
    imports: list[float] = []
    edits: list[float] = []
    reviews: list[float] = []
    for i in range(repeat + 1):  # the first round warms the name tables and caches
        tag = uuid.uuid4().hex[:6]
        csv = WORK / f"one-{size}.csv"
        csv.write_text(
            "name,status,detained_on,released_on,release_mode\n"
            f"Benchmark Person{tag},released,2023-0{i % 9 + 1}-11,2025-01-0{i % 9 + 1},pardon\n",
            encoding="utf-8",
        )
        start = time.perf_counter()
        import_path(store, csv)
        imports.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = ingest_article(store, ARTICLE.format(n=1100 + i, tag=tag), actor="bench")
        edits.append(time.perf_counter() - start)
        claims = [c for c in result["claims"] if c["status"] == "proposed"]
        if claims:
            start = time.perf_counter()
            review(store, claims[0]["id"], "accept", actor="bench")
            reviews.append(time.perf_counter() - start)
    store.close()
    queue.put(
        {
            "import": statistics.median(imports[1:]),
            "article": statistics.median(edits[1:]),
            "review": statistics.median(reviews[1:]) if len(reviews) > 1 else float("nan"),
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    context = multiprocessing.get_context("spawn")
    results: dict[int, dict[str, float]] = {}
    for size in sizes:
        queue = context.Queue()
        child = context.Process(target=_child, args=(size, args.repeat, queue))
        child.start()
        results[size] = queue.get()
        child.join()
    base = results[sizes[0]]
    print(
        f"{'write':<28}"
        + "".join(f"{s:>12,} ms" for s in sizes)
        + f"   {sizes[-1]:,} ÷ {sizes[0]:,}"
    )
    labels = {"import": "one-case import", "article": "web edit: post an article",
              "review": "web edit: review a claim"}  # fmt: skip
    for key, label in labels.items():
        cells = "".join(f"{results[s][key] * 1000:15.1f}" for s in sizes)
        print(f"{label:<28}{cells}   {results[sizes[-1]][key] / base[key]:.1f}×")
    print(f"(median of {args.repeat} writes each; goal: under 3× and under 50 ms at the largest)")


if __name__ == "__main__":
    main()
