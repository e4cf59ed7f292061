"""Benchmark: importing a large registry CSV, beside DuckDB's read_csv into a table.

    python bench/import_scale.py [--rows 1000000] [--sizes 2000,8000,32000] [--into FILE]
                                 [--pg URL] [--skip-defect]

Writes a SYNTHETIC registry CSV in doorwatch's layout (names and dates from `doorwatch synth`'s
generator with a seed of its own; reused from /tmp/dw-bench when present) and, each in a child
process so that peak memory (RSS) is its own:
- imports the first N rows of it into an empty SQLite store for each of --sizes and --rows,
  printing seconds, rows per second and peak memory (linear time: rows/s stays level);
- with --into FILE (a store made by `doorwatch synth`, e.g. 1,000,000 cases), imports the
  --rows file into a copy of that store;
- imports the same file with a defect in its last row and checks that the store is unchanged;
- with --pg URL, imports --rows into an empty PostgreSQL schema (COPY);
- loads the same file with DuckDB's read_csv into a table, the baseline of the ratios.
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing
import os
import resource
import shutil
import time
from pathlib import Path
from typing import Any

WORK = Path("/tmp/dw-bench")
SEED = 11


def _write_csv(path: Path, rows: int) -> None:
    import numpy as np

    from doorwatch.tools.synthetic_registry import generate

    tmp = path.with_suffix(".part")
    with tmp.open("w", newline="", encoding="utf-8") as handle:
        out = csv.writer(handle)
        out.writerow(["name", "detained_on", "recognised_on", "status", "released_on",
                      "release_mode", "expelled"])  # fmt: skip
        modes = {"": "held", "end_of_sentence": "served", "died_in_custody": "died"}
        for chunk in generate(rows, seed=SEED):

            def iso(values: Any) -> list[str]:
                return ["" if np.isnat(v) else str(v)[:10] for v in values]

            detained, recognised, released = (
                iso(chunk.detained), iso(chunk.recognised), iso(chunk.released)
            )  # fmt: skip
            for i in range(len(chunk.number)):
                if released[i] and recognised[i] > released[i]:
                    recognised[i] = ""  # the generator allows it; a registry file may not
                if released[i] and detained[i] > released[i]:
                    detained[i] = ""
                mode = str(chunk.mode[i])
                status = modes.get(mode, "released") if released[i] else "held"
                out.writerow([chunk.name[i] + f" {int(chunk.number[i])}", detained[i],
                              recognised[i], status, released[i],
                              mode if released[i] else "", "yes" if chunk.expelled[i] else ""])  # fmt: skip
    tmp.replace(path)


def _head(source: Path, rows: int) -> Path:
    path = WORK / f"registry-{rows}.csv"
    if not path.exists():
        with source.open(encoding="utf-8") as inp, path.open("w", encoding="utf-8") as out:
            for i, line in enumerate(inp):
                if i > rows:
                    break
                out.write(line)
    return path


def _peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not carried over from the
    parent that started it)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _import_child(db: str, path: str, queue: Any) -> None:
    from doorwatch.errors import InputError
    from doorwatch.ingest.importer import import_path
    from doorwatch.store import open_store

    store = open_store(db, create=True)
    start = time.perf_counter()
    try:
        result = import_path(store, Path(path))
        outcome = f"added {result.summary.total_added}"
    except InputError as error:
        outcome = f"refused: {str(error)[:80]}"
    seconds = time.perf_counter() - start
    peak = _peak_mb()
    queue.put((seconds, peak, outcome))


def _duckdb_child(path: str, queue: Any) -> None:
    import duckdb

    connection = duckdb.connect(str(WORK / "import-duck.duckdb"))
    connection.execute("DROP TABLE IF EXISTS registry")
    start = time.perf_counter()
    connection.execute(f"CREATE TABLE registry AS SELECT * FROM read_csv('{path}', header=true)")
    seconds = time.perf_counter() - start
    peak = _peak_mb()
    queue.put((seconds, peak, "loaded"))


def _run(target: Any, *args: Any) -> tuple[float, float, str]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=target, args=(*args, queue))
    child.start()
    result: tuple[float, float, str] = queue.get()
    child.join()
    return result


def _counts(db: str) -> dict[str, int]:
    from sqlalchemy import func, select

    from doorwatch.store import open_store
    from doorwatch.store.schema import case_flow_days, cases, persons

    store = open_store(db)
    with store.read() as connection:
        found = {t.name: int(connection.execute(select(func.count()).select_from(t)).scalar_one())
                 for t in (persons, cases, case_flow_days)}  # fmt: skip
    store.close()
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--sizes", default="2000,8000,32000")
    parser.add_argument("--into", help="a store made by doorwatch synth to import into (copied)")
    parser.add_argument("--pg", default=None)
    parser.add_argument("--skip-defect", action="store_true")
    args = parser.parse_args()
    WORK.mkdir(exist_ok=True)
    full = WORK / f"registry-{args.rows}.csv"
    if not full.exists():
        _write_csv(full, args.rows)
    print(f"{'import':<44} {'rows':>9} {'s':>8} {'rows/s':>9} {'peak MB':>8}  outcome")

    def show(label: str, rows: int, result: tuple[float, float, str]) -> float:
        seconds, peak, outcome = result
        print(f"{label:<44} {rows:9d} {seconds:8.2f} {rows / seconds:9.0f} {peak:8.0f}  {outcome}")
        return seconds

    duck = _run(_duckdb_child, str(full))
    duck_s = show("DuckDB read_csv into a table", args.rows, duck)
    sizes = [int(s) for s in args.sizes.split(",") if s] + [args.rows]
    for rows in sizes:
        path = full if rows == args.rows else _head(full, rows)
        db = WORK / f"import-empty-{rows}.sqlite"
        db.unlink(missing_ok=True)
        seconds = show(
            "doorwatch import, empty SQLite store", rows, _run(_import_child, str(db), str(path))
        )
        db.unlink(missing_ok=True)
    print(f"ratio at {args.rows} rows, doorwatch ÷ DuckDB: {seconds / duck_s:.1f}")
    if args.into:
        copy = WORK / "import-into-copy.sqlite"
        for leftover in (copy, *copy.parent.glob(copy.name + "-*")):
            leftover.unlink(missing_ok=True)  # a journal left by an interrupted run is replayed
        shutil.copyfile(args.into, copy)
        before = _counts(str(copy))
        result = _run(_import_child, str(copy), str(full))
        show(f"doorwatch import, store of {before['cases']} cases", args.rows, result)
        copy.unlink()
    if args.pg:
        import sqlalchemy as sa

        schema = f"bench_import_{os.getpid()}"
        admin = sa.create_engine(args.pg)
        with admin.begin() as connection:
            connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        try:
            url = f"{args.pg}?options=-csearch_path%3D{schema}"
            show(
                "doorwatch import, empty PostgreSQL store",
                args.rows,
                _run(_import_child, url, str(full)),
            )
        finally:
            with admin.begin() as connection:
                connection.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    if not args.skip_defect:
        bad = WORK / f"registry-{args.rows}-bad-last-row.csv"
        if not bad.exists():
            shutil.copyfile(full, bad)
            with bad.open("a", encoding="utf-8") as handle:
                handle.write("Defect Lastrow,2021-13-45,,held,,,\n")
        db = WORK / "import-defect.sqlite"
        for leftover in (db, *db.parent.glob(db.name + "-*")):
            leftover.unlink(missing_ok=True)
        from doorwatch.store import open_store

        open_store(str(db), create=True).close()
        before = _counts(str(db))
        show(
            "doorwatch import, defect in the last row",
            args.rows + 1,
            _run(_import_child, str(db), str(bad)),
        )
        after = _counts(str(db))
        print(
            f"store after the refused import: {after} — {'unchanged' if after == before else 'CHANGED'}"
        )
        db.unlink()


if __name__ == "__main__":
    main()
