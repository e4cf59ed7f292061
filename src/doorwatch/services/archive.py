"""``doorwatch ingest --archive``: a news archive filtered, grouped and extracted, on Dask.

Each shard is one task (``process_shard``, a pure function of the shard's bytes): its articles
are read, kept or dropped by the relevance filter, and the kept ones extracted and summarised
for wire-copy grouping. The driver writes each finished shard in one transaction (sources and
their proposed claims, through the same rows as ``ingest``) and records the shard as done by
the SHA-256 of its bytes, so a rerun skips it. A broken shard is reported with its position and
nothing of it is written. When every shard is in, the copies among all stored news articles are
grouped and each copy names its origin. The serial path (``workers=0``) and Dask store the same
rows: keys come from content, and grouping runs once, on the driver, over sorted keys.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from doorwatch.extract import extract_claims
from doorwatch.extract.relevance import relevance
from doorwatch.extract.targets import KnownTargets
from doorwatch.ingest.archive_shards import ShardError, read_shard, shard_digest, shard_files
from doorwatch.ingest.copies import (
    SIGNATURE_SCHEME,
    Article,
    group_copies,
    signature_text,
    signature_values,
    summarise,
)
from doorwatch.services.articles import KIND, claim_row
from doorwatch.services.described_targets import known_targets, resolve_described_targets
from doorwatch.store import RecordSet, Store, write_records
from doorwatch.store.archive import (
    done_shards,
    mark_shard_done,
    save_signatures,
    set_copies,
    source_ids,
    source_texts,
    stored_signatures,
    stored_source_ids,
)
from doorwatch.store.audit import record
from doorwatch.store.content_keys import content_key

Progress = Callable[[str, int], None]
IN_FLIGHT = 2  # shards submitted a worker: one running, one waiting to be written


def source_key(text: str, url: str | None) -> str:
    """Return the key of an archived article: its text, and its URL when it has one (a
    reprint with the same words at another outlet is a source of its own)."""
    return content_key("src", text) if url is None else content_key("src", text, url)


def process_shard(path: str) -> dict[str, Any]:
    """Return what one shard holds: articles read, dropped, the kept ones with their source
    row, claim rows and copy summary, and the error that broke the shard (or None)."""
    shard = Path(path)
    out: dict[str, Any] = {"path": path, "sha256": shard_digest(shard), "articles": 0}
    kept: list[dict[str, Any]] = []
    dropped = 0
    try:
        for article in read_shard(shard):
            out["articles"] += 1
            decision = relevance(article.title, article.text)
            if not decision.relevant:
                dropped += 1
                continue
            key = source_key(article.text, article.url)
            day = date.fromisoformat(article.published) if article.published else None
            found = [c.to_json() for c in extract_claims(article.text, day)]
            summary = summarise(key, article.published, article.text)
            kept.append(
                {
                    "source": {
                        "id": key,
                        "kind": KIND,
                        "publisher": _outlet(article.url),
                        "title": article.title or None,
                        "url": article.url,
                        "published": article.published,
                        "retrieved": None,
                        "text": article.text,
                    },
                    "claims": [claim_row(key, article.text, f) for f in found],
                    "signature": summary.signature,
                    "size": summary.size,
                    "reason": decision.reason,
                }
            )
    except ShardError as exc:
        out.update(kept=[], dropped=0, error={"position": exc.row, "reason": exc.reason})
        return out
    out.update(kept=kept, dropped=dropped, error=None)
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
    todo = [s for s in shards if shard_digest(s) not in done]
    summary.skipped = len(shards) - len(todo)
    if progress:
        progress("total", len(todo))
    signatures: dict[str, Article] = {}
    known = known_targets(store)  # measures are not changed by an archive run: read them once
    if workers == 0 and scheduler is None:
        outcomes: Iterable[dict[str, Any]] = (process_shard(str(s)) for s in todo)
    else:
        outcomes = _on_dask([str(s) for s in todo], workers, scheduler)
    for outcome in outcomes:
        _take(store, outcome, summary, signatures, known, actor)
        if progress:
            progress("shard", 1)
    summary.copies = _group(store, signatures)
    return summary


def _on_dask(
    paths: list[str], workers: int | None, scheduler: str | None
) -> Iterator[dict[str, Any]]:
    # Deferred: Dask takes 0.29 s to import (measured) and only a run with workers needs it.
    import dask.bag as db
    from dask.distributed import Client, LocalCluster, as_completed

    if not paths:
        return
    cluster = None
    if scheduler is None:
        count = workers if workers is not None else (os.cpu_count() or 1)
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=count, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
    # dask's client API is untyped; it is used through Any here and nowhere else
    client: Any = Client(scheduler if scheduler is not None else cluster)  # type: ignore[no-untyped-call]
    try:
        # One partition a shard, and only IN_FLIGHT shards a worker submitted at a time: a
        # worker never holds more finished shards than the driver has yet to write.
        bag = db.from_sequence(paths, npartitions=len(paths)).map(process_shard)  # type: ignore[no-untyped-call]
        pending = list(reversed(bag.to_delayed()))
        window = IN_FLIGHT * max(1, len(client.nthreads()))
        first = [client.compute(pending.pop()) for _ in range(min(window, len(pending)))]
        running: Any = as_completed(first)  # type: ignore[no-untyped-call]
        for future in running:
            if pending:
                running.add(client.compute(pending.pop()))
            yield from future.result()
            future.release()
            del future
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _take(
    store: Store,
    outcome: dict[str, Any],
    summary: ArchiveSummary,
    signatures: dict[str, Article],
    known: dict[str | None, KnownTargets],
    actor: str,
) -> None:
    summary.articles += outcome["articles"]
    if outcome["error"] is not None:
        summary.failed_shards += 1
        summary.failures.append({"shard": outcome["path"], **outcome["error"]})
        return
    kept = outcome["kept"]
    summary.kept += len(kept)
    summary.dropped += outcome["dropped"]
    stored = stored_source_ids(store, [k["source"]["id"] for k in kept])
    records = RecordSet()
    for article in kept:
        source = article["source"]
        if source["id"] not in stored:  # a stored source keeps its claims and their review
            records.add("sources", source)
            resolve_described_targets(article["claims"], known)
            for row in article["claims"]:
                records.add("claims", row)
        signatures[source["id"]] = Article(
            source["id"], source["published"], tuple(article["signature"]), article["size"]
        )
    written = write_records(store, records)
    summary.sources_added += written.added.get("sources", 0)
    summary.claims_added += written.added.get("claims", 0)
    mark_shard_done(
        store,
        {
            "sha256": outcome["sha256"],
            "path": outcome["path"],
            "finished": datetime.now(UTC).isoformat(timespec="seconds"),
            "articles": outcome["articles"],
            "kept": len(kept),
            "failed": 0,
        },
        [_signature_row(signatures[k["source"]["id"]]) for k in kept],
    )
    if written.total_added:
        record(
            store,
            actor=actor,
            action="archive.shard",
            record_type="archive_shard",
            record_id=outcome["sha256"],
            after={"path": outcome["path"], "kept": len(kept), "dropped": outcome["dropped"]},
        )


def _signature_row(article: Article) -> dict[str, Any]:
    return {
        "source_id": article.key,
        "scheme": SIGNATURE_SCHEME,
        "size": article.size,
        "signature": signature_text(article.signature),
    }


def _group(store: Store, signatures: dict[str, Article]) -> int:
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
    origins = group_copies([articles[k] for k in sorted(articles)])
    set_copies(store, origins)
    return sum(1 for origin in origins.values() if origin is not None)
