"""``doorwatch ingest --archive``: a news archive filtered, grouped and extracted, on Dask.

Each shard is one task (``process_shard``, a pure function of the shard's bytes): its articles
are read, kept or dropped by the relevance filter, the kept ones extracted and summarised for
wire-copy grouping, and their rows shaped (the same source and claim rows as ``ingest``, and
the signature rows). The driver only writes: a few finished shards in one transaction, each
with its new sources, their proposed claims and signatures and its record as done by the
SHA-256 of its bytes, so a rerun skips it and a run stopped before the commit takes it again.
A broken shard is reported with its position and nothing of it is written. When every
shard is in, the copies among all stored news articles are grouped, the LSH bands judged on
the workers, and each copy names its origin. The serial path (``workers=0``) and Dask store
the same rows: keys come from content, and grouping runs once over sorted keys, each pair
judged under one band whichever worker takes it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

from doorwatch.extract import extract_claims
from doorwatch.extract.relevance import relevance
from doorwatch.extract.targets import KnownTargets
from doorwatch.ingest.archive_shards import ShardError, read_shard, shard_digest, shard_files
from doorwatch.ingest.copies import (
    NUM_PERM,
    SIGNATURE_SCHEME,
    Article,
    BandMap,
    band_copies,
    group_copies,
    signature_text,
    signature_values,
    summarise,
)
from doorwatch.services.articles import KIND, claim_row
from doorwatch.services.described_targets import known_targets, resolve_described_targets
from doorwatch.store import Store
from doorwatch.store.archive import (
    ShardRows,
    claim_values,
    done_shards,
    save_signatures,
    set_copies,
    source_ids,
    source_texts,
    source_values,
    stored_signatures,
    write_shards,
)
from doorwatch.store.archive import signature_values as signature_row
from doorwatch.store.content_keys import content_key

Progress = Callable[[str, int], None]
IN_FLIGHT = 2  # shards submitted a worker: one running, one waiting to be fetched
# Finished shards written in one transaction: each index page that several of them touch is
# read, journaled and written once. A shard is recorded as done in the transaction that stores
# its rows, so a run stopped before the commit takes all of them again; the process writing
# holds at most this many finished shards.
WRITE_BATCH = 4
# Dask's housekeeping on a local cluster, made less frequent for tasks that each run for
# seconds: by default every worker samples its task thread's stack every 10 ms for the
# dashboard's profile, and each server (scheduler, nannies, workers) measures its event loop
# every 20 ms, its system counters every 0.5 s and its memory every 0.1 s: an idle cluster of
# two workers used 5 % of a core in the scheduler's process and 4 % in each worker. A worker
# past its memory limit is still restarted by its nanny, within a second.
CLUSTER_SETTINGS: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def source_key(text: str, url: str | None) -> str:
    """Return the key of an archived article: its text, and its URL when it has one (a
    reprint with the same words at another outlet is a source of its own)."""
    return content_key("src", text) if url is None else content_key("src", text, url)


def process_shard(path: str, known: dict[str | None, KnownTargets] | None = None) -> dict[str, Any]:
    """Return what one shard holds, ready to be written: articles read, kept and dropped; the
    kept ones' source and claim rows (``known``: stored measures a described target is
    resolved against) and copy summaries (their signatures, in key order); and the error that
    broke the shard (or None). Every row is shaped here, so that the process writing shards
    only writes."""
    shard = Path(path)
    out: dict[str, Any] = {"path": path, "sha256": shard_digest(shard), "articles": 0}
    # by key, a later article replacing an earlier one, as a RecordSet does
    source_rows: dict[str, tuple[Any, ...]] = {}
    claim_rows: dict[str, tuple[Any, ...]] = {}
    summaries: dict[str, Article] = {}
    kept = dropped = 0
    try:
        for article in read_shard(shard):
            out["articles"] += 1
            if not relevance(article.title, article.text).relevant:
                dropped += 1
                continue
            kept += 1
            key = source_key(article.text, article.url)
            day = date.fromisoformat(article.published) if article.published else None
            found = [
                claim_row(key, article.text, c.to_json()) for c in extract_claims(article.text, day)
            ]
            if known:
                resolve_described_targets(found, known)
            source_rows[key] = source_values(
                {
                    "id": key,
                    "kind": KIND,
                    "publisher": _outlet(article.url),
                    "title": article.title or None,
                    "url": article.url,
                    "published": article.published,
                    "retrieved": None,
                    "text": article.text,
                }
            )
            claim_rows.update((row["id"], claim_values(row)) for row in found)
            summaries[key] = summarise(key, article.published, article.text)
    except ShardError as exc:
        out.update(
            kept=0,
            dropped=0,
            sources=[],
            claims=[],
            signatures=[],
            published=[],
            matrix=np.empty((0, NUM_PERM), dtype=np.uint32),
            error={"position": exc.row, "reason": exc.reason},
        )
        return out
    keys = sorted(summaries)
    out.update(
        kept=kept,
        dropped=dropped,
        sources=list(source_rows.values()),
        claims=list(claim_rows.values()),
        # The signatures twice, each in the form its user takes: the stored rows (base64 text,
        # made here rather than by the process that writes) and, for grouping, one matrix of
        # their values, which travels as one buffer where an array an article made a frame of
        # each (about 1,900 a shard) for Dask to send and receive.
        signatures=[_signature_row(summaries[k]) for k in keys],
        published=[summaries[k].published for k in keys],
        matrix=(
            np.stack([summaries[k].signature for k in keys])
            if keys
            else np.empty((0, NUM_PERM), dtype=np.uint32)
        ),
        error=None,
    )
    return out


def _outlet(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host


@dataclass
class ArchiveSummary:
    """What an archive run did, shard by shard and in total."""

    shards: int = 0
    skipped: int = 0  # already taken in by an earlier run
    articles: int = 0
    kept: int = 0
    dropped: int = 0
    failed_shards: int = 0
    sources_added: int = 0
    claims_added: int = 0
    copies: int = 0
    failures: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the summary as plain data (for JSON and tables)."""
        return dict(self.__dict__)


def ingest_archive(
    store: Store,
    path: Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    actor: str = "cli",
) -> ArchiveSummary:
    """Take in the archive at ``path`` (a shard or a folder of shards) and return a summary.

    ``workers=0`` runs in this process; otherwise on Dask: the cluster at ``scheduler`` if
    given, else a local cluster of ``workers`` processes (default: one per CPU).
    """
    shards = shard_files(path)
    summary = ArchiveSummary(shards=len(shards))
    done = done_shards(store)
    todo = [str(s) for s in shards if shard_digest(s) not in done]
    summary.skipped = len(shards) - len(todo)
    if progress:
        progress("total", len(todo))
    signatures: dict[str, Article] = {}
    known = known_targets(store)  # measures are not changed by an archive run: read them once
    cluster = (
        None if (workers == 0 and scheduler is None) or not todo else _Dask(workers, scheduler)
    )
    try:
        outcomes: Iterable[dict[str, Any]] = (
            (process_shard(s, known) for s in todo)
            if cluster is None
            else cluster.shards(todo, known)
        )
        finished: list[ShardRows] = []
        for outcome in outcomes:
            rows = _take(outcome, summary, signatures, actor)
            if rows is None:
                if progress:
                    progress("shard", 1)
                continue
            finished.append(rows)
            if len(finished) >= WRITE_BATCH:
                _write(store, finished, summary, progress)
        _write(store, finished, summary, progress)
        summary.copies = _group(store, signatures, None if cluster is None else cluster.bands)
    finally:
        if cluster is not None:
            cluster.close()
    return summary


def local_cluster(workers: int | None = None) -> Any:
    """Return a local Dask cluster of ``workers`` processes of one thread (default: one per
    CPU), with ``CLUSTER_SETTINGS``."""
    # Deferred: Dask takes 0.29 s to import (measured) and only a run with workers needs it.
    import dask
    from dask.distributed import LocalCluster

    count = workers if workers is not None else (os.cpu_count() or 1)
    # A nanny hands the settings in force when it is made to its worker's process.
    with dask.config.set(CLUSTER_SETTINGS):
        return LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=":0"
        )


class _Dask:
    """The Dask client of one archive run: on the cluster at ``scheduler``, else on a local
    cluster of ``workers`` processes (one per CPU by default)."""

    def __init__(self, workers: int | None, scheduler: str | None) -> None:
        # Deferred: Dask takes 0.29 s to import (measured) and only a run with workers needs it.
        from dask.distributed import Client

        self.cluster = None if scheduler is not None else local_cluster(workers)
        # dask's client API is untyped; it is used through Any here and nowhere else
        self.client: Any = Client(scheduler if scheduler is not None else self.cluster)  # type: ignore[no-untyped-call]

    def shards(
        self, paths: list[str], known: dict[str | None, KnownTargets]
    ) -> Iterator[dict[str, Any]]:
        """Yield the outcome of each shard (``process_shard``) as it finishes."""
        import dask.bag as db
        from dask.distributed import as_completed

        # One partition a shard, and only IN_FLIGHT shards a worker submitted at a time: a
        # worker never holds more finished shards than the driver has yet to fetch.
        bag = db.from_sequence(paths, npartitions=len(paths)).map(process_shard, known=known)  # type: ignore[no-untyped-call]
        # Unfused: a fused partition answers through an alias task, which a worker runs only
        # after the next shard it was given, so each result reached the driver a shard late.
        pending = list(reversed(bag.to_delayed(optimize_graph=False)))
        window = IN_FLIGHT * max(1, len(self.client.nthreads()))
        first = [self.client.compute(pending.pop()) for _ in range(min(window, len(pending)))]
        running: Any = as_completed(first)  # type: ignore[no-untyped-call]
        for future in running:
            if pending:
                running.add(self.client.compute(pending.pop()))
            yield from future.result()
            future.release()
            del future

    def bands(
        self, signatures: np.ndarray, sizes: np.ndarray, parts: list[range]
    ) -> list[np.ndarray]:
        """Return ``band_copies`` of each group of bands, the groups spread over the workers
        (the signatures sent to each worker once)."""
        matrix = self.client.scatter(signatures, broadcast=True)
        counts = self.client.scatter(sizes, broadcast=True)
        futures = [self.client.submit(band_copies, matrix, counts, part) for part in parts]
        found: list[np.ndarray] = self.client.gather(futures)
        return found

    def close(self) -> None:
        """Close the client, and the local cluster if this run started one."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _take(
    outcome: dict[str, Any],
    summary: ArchiveSummary,
    signatures: dict[str, Article],
    actor: str,
) -> ShardRows | None:
    """Count a shard's outcome into ``summary`` and its articles into ``signatures``; return
    its rows to write, or None for a broken shard (reported, nothing of it written)."""
    summary.articles += outcome["articles"]
    if outcome["error"] is not None:
        summary.failed_shards += 1
        summary.failures.append({"shard": outcome["path"], **outcome["error"]})
        return None
    summary.kept += outcome["kept"]
    summary.dropped += outcome["dropped"]
    matrix: np.ndarray = outcome["matrix"]
    matrix.flags.writeable = False
    for row, published, values in zip(
        outcome["signatures"], outcome["published"], matrix, strict=True
    ):
        signatures[row[0]] = Article(row[0], published, values, row[2])
    return ShardRows(
        record={
            "sha256": outcome["sha256"],
            "path": outcome["path"],
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
            "articles": outcome["articles"],
            "kept": outcome["kept"],
            "failed": 0,
        },
        sources=outcome["sources"],
        claims=outcome["claims"],
        signatures=outcome["signatures"],
        audit={
            "actor": actor,
            "action": "archive.shard",
            "record_type": "archive_shard",
            "record_id": outcome["sha256"],
            "after": {
                "path": outcome["path"],
                "kept": outcome["kept"],
                "dropped": outcome["dropped"],
            },
        },
    )


def _write(
    store: Store, shards: list[ShardRows], summary: ArchiveSummary, progress: Progress | None
) -> None:
    """Write the finished ``shards`` in one transaction, count what they added, and empty the
    list."""
    for sources_added, claims_added in write_shards(store, shards):
        summary.sources_added += sources_added
        summary.claims_added += claims_added
    if progress:
        for _ in shards:
            progress("shard", 1)
    shards.clear()


def _signature_row(article: Article) -> tuple[Any, ...]:
    return signature_row(
        {
            "source_id": article.key,
            "scheme": SIGNATURE_SCHEME,
            "size": article.size,
            "signature": signature_text(article.signature),
        }
    )


def _group(store: Store, signatures: dict[str, Article], bands: BandMap | None) -> int:
    # Articles stored by earlier runs: their stored signatures; those stored without one (by
    # `ingest`, or before signatures were kept) are summarised from their text once, and kept.
    articles = dict(signatures)
    missing = [key for key in source_ids(store, KIND) if key not in articles]
    stored = stored_signatures(store, missing, SIGNATURE_SCHEME)
    for key, (published, size, text) in stored.items():
        articles[key] = Article(key, published, signature_values(text), size)
    computed = [
        summarise(key, published, text)
        for key, published, text in source_texts(store, [k for k in missing if k not in stored])
    ]
    save_signatures(store, [_signature_row(a) for a in computed])
    articles.update((a.key, a) for a in computed)
    origins = group_copies([articles[k] for k in sorted(articles)], bands)
    set_copies(store, origins)
    return sum(1 for origin in origins.values() if origin is not None)
