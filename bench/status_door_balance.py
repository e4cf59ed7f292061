"""Benchmark: status, door and balance on a SYNTHETIC registry, beside DuckDB (and PostgreSQL).

    python bench/status_door_balance.py [--cases 1000000] [--db FILE] [--pg URL] [--repeat 3]

Builds (or reuses) a SQLite database with `doorwatch synth`, answers the three questions through
doorwatch's own services, then answers the same questions with DuckDB over the same generated
data (same seed) in a child process, and prints the times and the ratio ours ÷ DuckDB. Peak
memory (RSS) of doorwatch's process is printed too. With --pg (or $DOORWATCH_TEST_PG_URL) the
same services run on PostgreSQL.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ON = date(2024, 6, 30)
WINDOW = (date(2024, 12, 31), date(2025, 12, 31))
SEED = 7


def _best(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ours(url: str, repeat: int) -> dict[str, float]:
    """Return the median seconds of status, door and balance through doorwatch's services."""
    from doorwatch.services.door import flows_between
    from doorwatch.services.status import status_on
    from doorwatch.store import open_store
    from doorwatch.store.counts import held_on

    store = open_store(url)
    results = {
        "status": _best(lambda: status_on(store, ON), repeat),
        "door": _best(lambda: flows_between(store, *WINDOW), repeat),
        # The balance of the registry: held at both ends and the flows between.
        "balance": _best(
            lambda: (
                held_on(store, WINDOW[0]),
                held_on(store, WINDOW[1]),
                flows_between(store, *WINDOW),
            ),
            repeat,
        ),
    }
    store.close()
    return results


def _duckdb(cases: int, events_per_case: float, repeat: int, out: Any) -> None:
    import duckdb
    import numpy as np
    import pyarrow as pa

    from doorwatch.services.synthetic_registry import generate

    con = duckdb.connect()
    con.execute(
        "CREATE TABLE cases (recognised_on DATE, detained_on DATE, released_on DATE, release_mode VARCHAR, expelled BOOLEAN, status VARCHAR)"
    )
    con.execute("CREATE TABLE events (kind VARCHAR, date DATE, case_id BIGINT)")
    for chunk in generate(cases, events_per_case=events_per_case, seed=SEED):
        mode = chunk.mode
        status = np.where(
            mode == "",
            "held",
            np.where(
                mode == "end_of_sentence",
                "served",
                np.where(mode == "died_in_custody", "died", "released"),
            ),
        )
        c = pa.table(  # noqa: F841 (read by DuckDB by name)
            {
                "recognised_on": chunk.recognised.astype("datetime64[D]"),
                "detained_on": chunk.detained.astype("datetime64[D]"),
                "released_on": chunk.released.astype("datetime64[D]"),
                "release_mode": np.where(mode == "", None, mode),
                "expelled": chunk.expelled,
                "status": status,
            }
        )
        e = pa.table(  # noqa: F841 (read by DuckDB by name)
            {
                "kind": chunk.event_kind,
                "date": chunk.event_date.astype("datetime64[D]"),
                "case_id": chunk.event_case,
            }
        )
        con.execute("INSERT INTO cases SELECT * FROM c")
        con.execute("INSERT INTO events SELECT * FROM e")
    start_expr = "coalesce(recognised_on, detained_on)"
    held = f"SELECT count(*) FILTER (WHERE {start_expr} <= $d AND (released_on IS NULL OR released_on > $d) AND status <> 'died') + count(*) FILTER (WHERE {start_expr} <= $d AND status = 'died' AND released_on > $d), count(*), count(*) FILTER (WHERE {start_expr} IS NULL) FROM cases"
    door = [
        f"SELECT count(*) FROM cases WHERE {start_expr} > $a AND {start_expr} <= $b",
        "SELECT release_mode, expelled, count(*) FROM cases WHERE released_on > $a AND released_on <= $b GROUP BY ALL",
        "SELECT * FROM events WHERE case_id IS NULL AND date > $a AND date <= $b",
    ]

    def run_door() -> None:
        for q in door:
            con.execute(q, {"a": WINDOW[0], "b": WINDOW[1]}).fetchall()

    out.put(
        {
            "status": _best(lambda: con.execute(held, {"d": ON}).fetchall(), repeat),
            "door": _best(run_door, repeat),
            "balance": _best(
                lambda: (
                    con.execute(held, {"d": WINDOW[0]}).fetchall(),
                    con.execute(held, {"d": WINDOW[1]}).fetchall(),
                    run_door(),
                ),
                repeat,
            ),
            "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )


def duckdb_times(cases: int, events_per_case: float, repeat: int) -> dict[str, float]:
    """Return DuckDB's median seconds for the same questions, measured in a child process."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    child = ctx.Process(target=_duckdb, args=(cases, events_per_case, repeat, queue))
    child.start()
    result: dict[str, float] = queue.get()
    child.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--events-per-case", type=float, default=5.0)
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (reused when it exists)")
    parser.add_argument(
        "--pg",
        default=os.environ.get("DOORWATCH_TEST_PG_URL"),
        help="PostgreSQL URL (filled when empty)",
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from doorwatch.services.synthetic_registry import generate
    from doorwatch.store import open_store
    from doorwatch.store.synthetic import write_synthetic

    path = args.db or Path(f"/tmp/doorwatch-bench-{args.cases}.sqlite")
    urls = {"sqlite": str(path)}
    if args.pg:
        urls["postgresql"] = args.pg
    for name, url in urls.items():
        store = open_store(url, create=True)
        from doorwatch.store.counts import held_on

        if held_on(store, date(2030, 1, 1))["cases"] == 0:
            print(f"generating {args.cases} SYNTHETIC cases into {name} …", flush=True)
            write_synthetic(
                store,
                generate(args.cases, events_per_case=args.events_per_case, seed=SEED),
                total=args.cases,
                seed=SEED,
            )
            if name == "postgresql":
                with store.engine.connect().execution_options(
                    isolation_level="AUTOCOMMIT"
                ) as connection:
                    from sqlalchemy import text

                    connection.execute(text("VACUUM ANALYZE cases"))
                    connection.execute(text("VACUUM ANALYZE events"))
        store.close()
    timings = {name: ours(url, args.repeat) for name, url in urls.items()}
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    duck = duckdb_times(args.cases, args.events_per_case, args.repeat)
    print(
        f"\n{args.cases} cases; median of {args.repeat} runs; baseline DuckDB (in memory, same data)"
    )
    header = f"{'question':10} {'sqlite s':>9} {'duckdb s':>9} {'ratio':>7}" + (
        f" {'postgres s':>11} {'ratio':>7}" if "postgresql" in timings else ""
    )
    print(header)
    for q in ("status", "door", "balance"):
        line = f"{q:10} {timings['sqlite'][q]:9.3f} {duck[q]:9.3f} {timings['sqlite'][q] / duck[q]:7.1f}"
        if "postgresql" in timings:
            line += f" {timings['postgresql'][q]:11.3f} {timings['postgresql'][q] / duck[q]:7.1f}"
        print(line)
    print(f"peak RSS: doorwatch process {rss:.0f} MiB; DuckDB process {duck['rss_mib']:.0f} MiB")


if __name__ == "__main__":
    main()
