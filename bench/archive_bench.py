"""Archive ingest at scale: serial against one and two Dask workers, on the same archive.

Builds an archive of ``--articles`` news-length articles from shuffled paragraphs of the
reference articles and of the unseen test set (seeded), in gzipped JSON Lines shards of
``--shard`` articles; one article in twenty is a wire copy of an earlier one (a word changed,
another URL), and one in ten is off topic. Then takes it in three times into fresh SQLite
stores: serially (``--workers 0``, the baseline), on a local cluster of one worker and of two.
Prints for each run the wall time, articles per second and the ratio to the serial run, the
peak resident memory of each Dask worker, and whether the stored sources and claims are the
same bytes as the serial run's (a SHA-256 of the ordered rows); then the CPU time the run used
(this process, with the scheduler, and the workers) beside the time the machine's cores were
busy, so that other jobs on the same cores show.

A run named ``plainN`` reads the same shards in N plain processes with no Dask and no store
(each process reads whole shards and keeps only their counts): what N processes of this work
can do on these cores at all, the ceiling of the Dask runs' ratio (two processes of it slow
each other on shared caches and memory even when nothing else runs).

usage: python bench/archive_bench.py [--articles N] [--shard N] [--seed S] [--runs serial,1,2]
(a run may be repeated: --runs serial,1,2,1,2; the machine's own ceiling: --runs plain1,plain2)
Goal: two workers at least 1.7x one worker.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import resource
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT.parent / "shared" / "corpus" / "articles", ROOT / "tests" / "extract" / "unseen"]
OFF_TOPIC = [
    "The city council approved a new budget for road repairs and school buildings.",
    "The national football team won its qualifier after a late goal in the second half.",
    "Heavy rain is expected across the region over the weekend, forecasters said.",
    "The central bank kept its key rate unchanged, citing slowing inflation.",
]


def build(folder: Path, count: int, shard: int, seed: int) -> None:
    """Write ``count`` articles into gzipped JSON Lines shards under ``folder``."""
    rng = random.Random(seed)
    paragraphs = [
        p.strip()
        for source in SOURCES
        for path in sorted(source.glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n")
        if len(p.split()) > 12
    ]
    written: list[dict[str, str]] = []
    for start in range(0, count, shard):
        with gzip.open(folder / f"shard-{start // shard:05d}.jsonl.gz", "wt") as handle:
            for i in range(start, min(count, start + shard)):
                if written and i % 20 == 19:
                    row = dict(rng.choice(written))
                    row["text"] = row["text"].replace(" said", " told reporters", 1)
                    row["url"] = f"https://copy{i % 7}.example/{i}"
                elif i % 10 == 9:
                    body = " ".join(rng.sample(OFF_TOPIC, 3))
                    row = {"title": "Local news", "text": body, "url": f"https://local.example/{i}"}
                else:
                    body = "\n\n".join(rng.sample(paragraphs, rng.randint(4, 9)))
                    row = {
                        "title": body.split(".")[0][:90],
                        "text": body,
                        "url": f"https://outlet{i % 13}.example/{i}",
                        "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    }
                    written.append(row)
                handle.write(json.dumps(row) + "\n")


def digest(db: Path) -> str:
    """Return the SHA-256 of the stored sources and claims, rows in key order."""
    hasher = hashlib.sha256()
    with sqlite3.connect(db) as connection:
        for table, order in (("sources", "id"), ("claims", "id")):
            for row in connection.execute(f"SELECT * FROM {table} ORDER BY {order}"):
                hasher.update(repr(row).encode())
    return hasher.hexdigest()


def peak_rss() -> int:
    """Return this process's peak resident memory in MB: the high-water mark of its own
    address space (``VmHWM``). ``ru_maxrss`` is not it for a worker: a process started by fork
    and exec keeps its parent's peak there, so every worker reported the driver's."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def cpu_seconds() -> float:
    """Return the CPU time (user and system) this process has used, in seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def machine_busy() -> tuple[float, float]:
    """Return the seconds of CPU time the whole machine has spent busy and in all since boot
    (``/proc/stat``; zeros where it is missing): with the run's own CPU time, what else ran."""
    stat = Path("/proc/stat")
    if not stat.exists():
        return 0.0, 0.0
    ticks = [int(v) for v in stat.read_text().splitlines()[0].split()[1:]]
    hertz = 100  # USER_HZ, the unit of /proc/stat on Linux
    return (sum(ticks) - ticks[3] - ticks[4]) / hertz, sum(ticks) / hertz


@dataclass
class Run:
    """One run's figures: wall seconds, the summary, each worker's peak memory (MB), the CPU
    seconds the run used (this process and its workers) and those the machine was busy."""

    seconds: float
    summary: dict[str, object]
    peaks: list[int]
    own_cpu: float
    machine_cpu: float
    machine_all: float
    driver_cpu: float  # of own_cpu, this process's (which writes, and holds the scheduler)


def run(archive: Path, db: Path, workers: int) -> Run:
    """Take ``archive`` into a fresh store at ``db`` and return the run's figures."""
    from doorwatch.services.archive import ingest_archive
    from doorwatch.store import open_store

    store = open_store(str(db), create=True)
    if workers == 0:
        before, (busy, total) = cpu_seconds(), machine_busy()
        started = time.perf_counter()
        summary = ingest_archive(store, archive, workers=0)
        elapsed = time.perf_counter() - started
        after_busy, after_total = machine_busy()
        store.close()
        own = cpu_seconds() - before
        return Run(elapsed, summary.as_dict(), [], own, after_busy - busy, after_total - total, own)
    from dask.distributed import Client

    from doorwatch.services.archive import local_cluster

    # the cluster `ingest --archive --workers N` starts, started here to read its workers
    with local_cluster(workers) as cluster, Client(cluster) as client:
        # the cluster's start-up is not the archive's cost
        workers_before, driver_before = sum(client.run(cpu_seconds).values()), cpu_seconds()
        busy, total = machine_busy()
        started = time.perf_counter()
        summary = ingest_archive(store, archive, scheduler=cluster.scheduler_address)
        elapsed = time.perf_counter() - started
        after_busy, after_total = machine_busy()
        driver = cpu_seconds() - driver_before
        cpu = sum(client.run(cpu_seconds).values()) - workers_before + driver
        peaks = sorted(client.run(peak_rss).values())
    store.close()
    return Run(
        elapsed, summary.as_dict(), peaks, cpu, after_busy - busy, after_total - total, driver
    )


def _shard_counts(path: str) -> int:
    """Read the shard at ``path`` as a worker would and return how many articles it kept."""
    from doorwatch.services.archive import process_shard

    return int(process_shard(path)["kept"])


def plain(archive: Path, processes: int) -> tuple[float, float, int]:
    """Read every shard of ``archive`` in ``processes`` plain processes (spawned, as Dask's
    are); return the wall seconds, the CPU seconds the processes used (their start-up
    included) and the articles kept."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shards = sorted(str(p) for p in archive.iterdir())
    context = multiprocessing.get_context("spawn")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        # (the processes' start-up is not the archive's cost, as for the Dask runs)
        list(pool.map(_imported, range(processes)))
        started = time.perf_counter()
        kept = sum(pool.map(_shard_counts, shards, chunksize=1))
        elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return elapsed, cpu, kept


def _imported(_: int) -> None:
    import doorwatch.services.archive  # noqa: F401


def main() -> None:
    """Build the archive, run it serially and on Dask, and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--shard", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=20251213)
    parser.add_argument("--runs", default="serial,1,2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        build(folder, args.articles, args.shard, args.seed)
        size = sum(p.stat().st_size for p in folder.iterdir())
        print(
            f"archive: {args.articles:,} articles in {len(list(folder.iterdir()))} shards, {size / 1e6:.1f} MB gzipped"
        )
        base: tuple[float, str] | None = None
        one: float | None = None  # the one-worker run's seconds, the goal's baseline
        plain_one: float | None = None
        for index, name in enumerate(args.runs.split(",")):
            if name.startswith("plain"):
                processes = int(name[5:])
                seconds, cpu, kept = plain(folder, processes)
                plain_one = seconds if processes == 1 else plain_one
                print(
                    f"{'plain x' + str(processes):9s} {seconds:8.1f} s  "
                    f"{args.articles / seconds:7.0f} articles/s  "
                    + (f"x{plain_one / seconds:4.2f} of one plain process  " if plain_one else "")
                    + f"kept {kept:,}  CPU {cpu:.1f} s with start-up (no Dask, no store)"
                )
                continue
            workers = 0 if name == "serial" else int(name)
            db = Path(tmp) / f"{index}-{name}.sqlite"  # a fresh store each run, repeated or not
            result = run(folder, db, workers)
            seconds, summary = result.seconds, result.summary
            fingerprint = digest(db)
            if base is None:
                base = (seconds, fingerprint)
            label = "serial" if workers == 0 else f"dask x{workers}"
            if workers == 1:
                one = seconds
            print(
                f"{label:9s} {seconds:8.1f} s  {args.articles / seconds:7.0f} articles/s  "
                f"x{base[0] / seconds:4.2f} of serial  "
                + (f"x{one / seconds:4.2f} of one worker  " if one and workers else "")
                + f"kept {summary['kept']:,} "
                f"copies {summary['copies']:,}  claims {summary['claims_added']:,}  "
                f"same bytes as serial: {fingerprint == base[1]}"
                + (f"  worker peak RSS MB: {result.peaks}" if result.peaks else "")
            )
            # Another job on the same cores slows a run without showing in its own figures.
            print(
                f"{'':9s} CPU: this run {result.own_cpu:.1f} s (this process "
                f"{result.driver_cpu:.1f} s), machine busy "
                f"{result.machine_cpu:.1f} of {result.machine_all:.1f} core-s, "
                f"others {max(0.0, result.machine_cpu - result.own_cpu):.1f} core-s"
            )


if __name__ == "__main__":
    main()
