"""Benchmark: status, door and balance on a SYNTHETIC registry, beside DuckDB (and PostgreSQL).

    python bench/status_door_balance.py [--cases 1000000] [--db FILE] [--pg URL] [--pg-cases N]
                                        [--pg-database NAME [--drop-pg-database]] [--repeat 3]

Builds (or reuses, with --db) a SQLite database with `doorwatch synth`, answers the three
questions through doorwatch's own services in a child process, then answers the same questions
with DuckDB in another child process over the same rows, read out of the SQLite file (DuckDB gets
the raw cases and events only, not doorwatch's daily counts), and prints the times, the ratio
ours ÷ DuckDB and each process's peak memory (RSS). With --pg (or $DOORWATCH_TEST_PG_URL) the
same services run on PostgreSQL, on a registry generated with the same seed in the schema
bench_N of that database (loaded by COPY; kept for the next run), or with --pg-database in a
database of its own on that server (created when missing; --drop-pg-database drops it at the end).
Beside the three questions, doorwatch's overview (the web app's front page and /api/v1/overview)
is built from scratch, without its kept copy; DuckDB has no counterpart for it.

10,000,000 events on PostgreSQL beside SQLite and DuckDB on the same rows:

    python bench/status_door_balance.py --cases 2000000 --db /tmp/dw-2m.sqlite \
        --pg "$DOORWATCH_TEST_PG_URL" --pg-database doorwatch_bench_2m --drop-pg-database
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from child_process import in_child
from pg_database import create_database, drop_database

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


def _ours(url: str, repeat: int, out: Any) -> None:
    from doorwatch.services.door import flows_between
    from doorwatch.services.overview import forget, overview
    from doorwatch.services.status import status_on
    from doorwatch.store import open_store
    from doorwatch.store.counts import held_on_each

    store = open_store(url)
    results = {
        "status": _best(lambda: status_on(store, ON), repeat),
        "door": _best(lambda: flows_between(store, *WINDOW), repeat),
        # The balance of the registry: held at both ends (one query) and the flows between.
        "balance": _best(
            lambda: (held_on_each(store, list(WINDOW)), flows_between(store, *WINDOW)),
            repeat,
        ),
        # Built whole each time: the kept copy is what a page would normally be served from.
        "overview": _best(lambda: (forget(store), overview(store)), repeat),
        "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    store.close()
    out.put(results)


def _read_sqlite(path: Path, query: str, columns: list[str]) -> Any:
    """Return the rows of ``query`` on the SQLite file as an Arrow table, read in batches."""
    import sqlite3

    import pyarrow as pa

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    cursor = connection.execute(query)
    batches = []
    while rows := cursor.fetchmany(500_000):
        batches.append(pa.table({c: [r[i] for r in rows] for i, c in enumerate(columns)}))
    connection.close()
    # A batch whose column holds no value at all reads as type null; promote it.
    return pa.concat_tables(batches, promote_options="default")


def _duckdb(path: Path, repeat: int, out: Any) -> None:
    import duckdb

    con = duckdb.connect()
    c = _read_sqlite(  # read by DuckDB by name
        path,
        "SELECT recognised_on, detained_on, released_on, release_mode, expelled, status FROM cases",
        ["recognised_on", "detained_on", "released_on", "release_mode", "expelled", "status"],
    )
    con.execute(
        "CREATE TABLE cases AS SELECT CAST(recognised_on AS DATE) AS recognised_on, "
        "CAST(detained_on AS DATE) AS detained_on, CAST(released_on AS DATE) AS released_on, "
        "release_mode, CAST(expelled AS BOOLEAN) AS expelled, status FROM c"
    )
    del c
    e = _read_sqlite(  # read by DuckDB by name
        path,
        "SELECT id, kind, date, period_start, count, case_id FROM events",
        ["id", "kind", "date", "period_start", "count", "case_id"],
    )
    con.execute(
        "CREATE TABLE events AS SELECT id, kind, CAST(date AS DATE) AS date, "
        "CAST(period_start AS DATE) AS period_start, count, case_id FROM e"
    )
    del e
    start_expr = "coalesce(recognised_on, detained_on)"
    held = f"SELECT count(*) FILTER (WHERE {start_expr} <= $d AND ((released_on IS NULL AND status = 'held') OR released_on > $d)), count(*), count(*) FILTER (WHERE {start_expr} IS NULL) FROM cases"
    held_both = f"SELECT count(*) FILTER (WHERE {start_expr} <= $a AND (released_on IS NULL OR released_on > $a) AND NOT (status <> 'held' AND released_on IS NULL)), count(*) FILTER (WHERE {start_expr} <= $b AND (released_on IS NULL OR released_on > $b) AND NOT (status <> 'held' AND released_on IS NULL)), count(*), count(*) FILTER (WHERE {start_expr} IS NULL) FROM cases"
    door = [
        f"SELECT count(*) FROM cases WHERE {start_expr} > $a AND {start_expr} <= $b",
        "SELECT release_mode, expelled, count(*) FROM cases WHERE released_on > $a AND released_on <= $b GROUP BY ALL",
        # doorwatch's recorded_count_events: count events whose span may reach the window.
        "SELECT * FROM events WHERE case_id IS NULL AND date > $a AND (period_start <= $b OR (period_start IS NULL AND date <= $b + INTERVAL 366 DAY))",
    ]
    window = {"a": WINDOW[0], "b": WINDOW[1]}

    def run_door() -> None:
        for q in door:
            con.execute(q, window).fetchall()

    out.put(
        {
            "status": _best(lambda: con.execute(held, {"d": ON}).fetchall(), repeat),
            "door": _best(run_door, repeat),
            "balance": _best(
                lambda: (con.execute(held_both, window).fetchall(), run_door()), repeat
            ),
            "rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )


def _pg_schema_url(url: str, cases: int) -> str:
    """Return ``url`` pointed at the schema bench_<cases> (created when missing)."""
    import sqlalchemy as sa

    from doorwatch.store.engine import resolve_url

    url = resolve_url(url)
    schema = f"bench_{cases}"
    admin = sa.create_engine(url)
    with admin.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    admin.dispose()
    return f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"


def _fill(name: str, url: str, cases: int, events_per_case: float) -> float | None:
    """Generate the registry into ``url`` unless it holds cases; return seconds taken or None."""
    from doorwatch.store import open_store
    from doorwatch.store.counts import held_on
    from doorwatch.store.synthetic import write_synthetic
    from doorwatch.tools.synthetic_registry import generate

    store = open_store(url, create=True)
    try:
        if held_on(store, date(2030, 1, 1))["cases"]:
            return None
        print(f"generating {cases} SYNTHETIC cases into {name} …", flush=True)
        start = time.perf_counter()
        write_synthetic(
            store,
            generate(cases, events_per_case=events_per_case, seed=SEED),
            total=cases,
            seed=SEED,
        )
        return time.perf_counter() - start
    finally:
        store.close()


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
    parser.add_argument(
        "--pg-cases",
        type=int,
        default=None,
        help="cases for the PostgreSQL registry (default: --cases)",
    )
    parser.add_argument("--pg-database", default=None, help="a database of its own on --pg")
    parser.add_argument("--drop-pg-database", action="store_true")
    args = parser.parse_args()
    from sqlalchemy import func, select

    from doorwatch.store import open_store
    from doorwatch.store.counts import held_on
    from doorwatch.store.schema import events

    path = args.db or Path(f"/tmp/doorwatch-bench-{args.cases}.sqlite")
    urls = {"sqlite": str(path)}
    sizes = {"sqlite": args.cases}
    if args.pg:
        sizes["postgresql"] = args.pg_cases or args.cases
        urls["postgresql"] = (
            create_database(args.pg, args.pg_database)
            if args.pg_database
            else _pg_schema_url(args.pg, sizes["postgresql"])
        )
    for name, url in urls.items():
        took = _fill(name, url, sizes[name], args.events_per_case)
        if took is not None:
            print(f"  generated in {took:.1f} s", flush=True)
        store = open_store(url)
        sizes[name] = held_on(store, date(2030, 1, 1))["cases"]
        with store.read() as connection:
            counted = connection.execute(select(func.count()).select_from(events)).scalar_one()
        print(f"{name}: {sizes[name]} cases, {counted} events", flush=True)
        store.close()
    timings = {name: in_child(_ours, url, args.repeat) for name, url in urls.items()}
    duck = in_child(_duckdb, path, args.repeat)
    print(
        f"\n{sizes['sqlite']} cases (SQLite file {path}); median of {args.repeat} runs; "
        "baseline DuckDB (in memory, the same rows read from that file)"
    )
    if "postgresql" in sizes and sizes["postgresql"] != sizes["sqlite"]:
        print(
            f"PostgreSQL holds {sizes['postgresql']} cases (its ratio is against DuckDB at "
            f"{sizes['sqlite']})"
        )
    header = f"{'question':10} {'sqlite s':>9} {'duckdb s':>9} {'ratio':>7}" + (
        f" {'postgres s':>11} {'ratio':>7}" if "postgresql" in timings else ""
    )
    print(header)
    for q in ("status", "door", "balance", "overview"):
        base = duck.get(q)
        line = f"{q:10} {timings['sqlite'][q]:9.3f} " + (
            f"{base:9.3f} {timings['sqlite'][q] / base:7.1f}" if base else f"{'—':>9} {'—':>7}"
        )
        if "postgresql" in timings:
            ratio = f"{timings['postgresql'][q] / base:7.1f}" if base else f"{'—':>7}"
            line += f" {timings['postgresql'][q]:11.3f} {ratio}"
        print(line)
    rss = ", ".join(f"{name} {t['rss_mib']:.0f} MiB" for name, t in timings.items())
    print(f"peak RSS: doorwatch ({rss}); DuckDB {duck['rss_mib']:.0f} MiB")
    if "postgresql" in timings:
        slowest = max(timings["postgresql"][q] for q in ("status", "door", "balance", "overview"))
        print(f"PostgreSQL's slowest answer: {slowest:.3f} s (goal: under 0.5 s)")
    if args.pg and args.pg_database and args.drop_pg_database:
        drop_database(args.pg, args.pg_database)


if __name__ == "__main__":
    main()
