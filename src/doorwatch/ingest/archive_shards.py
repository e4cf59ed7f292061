"""Reading news archives: shards of JSON Lines, Parquet or WARC, article by article.

A shard is one file: ``*.jsonl`` / ``*.json`` / ``*.ndjson`` (optionally ``.gz``),
``*.parquet``, or ``*.warc`` / ``*.warc.gz``. A JSON Lines record has ``title``, ``text``, ``url``
and ``published`` (ISO date); other keys are ignored. A Parquet shard has the same columns.
A WARC shard yields its ``response``, ``resource`` and ``conversion`` records: HTML is reduced to
its main text, the title comes from ``<title>``, the date from ``WARC-Date``.

Reading stops at the first broken record (a truncated gzip stream, a line that is not JSON, a
record without text, an article over ``MAX_ARTICLE_CHARS``, bytes that are no such file) with
a ``ShardError`` that names the shard and the position (line, row or record number).
"""

from __future__ import annotations

import gzip
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.files import json_lines

MAX_ARTICLE_CHARS = 2_000_000  # longer "articles" are dumps or junk, not news
JSONL_SUFFIXES = (".jsonl", ".json", ".ndjson")
SHARD_SUFFIXES = (*JSONL_SUFFIXES, ".parquet", ".warc")
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class ArchiveArticle:
    """One article of a shard and where it stands in it (1-based line, row or record)."""

    position: int
    title: str
    text: str
    url: str | None
    published: str | None


class ShardError(InputError):
    """A broken shard: the file and the position where reading failed, and why."""


def shard_files(path: Path) -> list[Path]:
    """Return the shard files of ``path`` (a shard, or a folder of them), in name order."""
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise InputError("no such file or folder", file=str(path), expected="an archive shard")
    return sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) is not None)


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    for suffix in SHARD_SUFFIXES:
        if name.endswith(suffix):
            return "jsonl" if suffix in JSONL_SUFFIXES else suffix[1:]
    return None


def shard_digest(path: Path) -> str:
    """Return the SHA-256 of the shard's bytes (its identity for resuming)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_shard(path: Path) -> Iterator[ArchiveArticle]:
    """Yield the articles of the shard ``path``; raise ``ShardError`` where it is broken."""
    kind = _kind(path)
    if kind is None:
        raise ShardError("not an archive shard", file=str(path), expected=", ".join(SHARD_SUFFIXES))
    readers = {"jsonl": _jsonl, "parquet": _parquet, "warc": _warc}
    yield from readers[kind](path)


def _article(path: Path, position: int, raw: dict[str, Any]) -> ArchiveArticle:
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ShardError("the record has no text", file=str(path), row=position, field="text")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ShardError(
            f"the article has {len(text):,} characters",
            file=str(path),
            row=position,
            field="text",
            expected=f"at most {MAX_ARTICLE_CHARS:,}",
        )
    published = raw.get("published")
    if published in ("", None):
        published = None
    else:
        try:
            published = date.fromisoformat(str(published)[:10]).isoformat()
        except ValueError:
            raise ShardError(
                f"{published!r} is not a date",
                file=str(path),
                row=position,
                field="published",
                expected="an ISO date YYYY-MM-DD",
            ) from None
    title, url = raw.get("title"), raw.get("url")
    return ArchiveArticle(
        position,
        title if isinstance(title, str) else "",
        text,
        url if isinstance(url, str) and url else None,
        published,
    )


def _jsonl(path: Path) -> Iterator[ArchiveArticle]:
    opener: Any = gzip.open if path.name.lower().endswith(".gz") else open
    line_no = 0
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for line_no, raw in json_lines(handle, path, error=ShardError):
                yield _article(path, line_no, raw)
    except (EOFError, OSError, UnicodeDecodeError) as exc:
        raise ShardError(
            f"unreadable after line {line_no} ({type(exc).__name__}: {exc})",
            file=str(path),
            row=line_no + 1,
        ) from None


def _parquet(path: Path) -> Iterator[ArchiveArticle]:
    # Deferred: pyarrow takes 0.30 s to import (measured); only Parquet shards need it.
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise ShardError(f"not a Parquet file ({exc})", file=str(path), row=0) from None
    columns = [c for c in ("title", "text", "url", "published") if c in parquet.schema.names]
    row = 0
    for batch in parquet.iter_batches(batch_size=1024, columns=columns):
        for raw in batch.to_pylist():
            row += 1
            yield _article(path, row, raw)


def _warc(path: Path) -> Iterator[ArchiveArticle]:
    # Deferred: warcio and the HTML reader take 0.04 s to import (measured); only WARC needs them.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from doorwatch.extract.html_text import html_to_text, looks_like_html

    number = 0
    try:
        with path.open("rb") as handle:
            for record in ArchiveIterator(handle):
                number += 1
                if record.rec_type not in ("response", "resource", "conversion"):
                    continue
                body = record.content_stream().read().decode("utf-8", errors="replace")
                title = ""
                if looks_like_html(body):
                    found = _TITLE_RE.search(body)
                    title = " ".join(found.group(1).split()) if found else ""
                    body = html_to_text(body)
                raw = {
                    "title": title,
                    "text": body,
                    "url": record.rec_headers.get_header("WARC-Target-URI"),
                    "published": (record.rec_headers.get_header("WARC-Date") or "")[:10] or None,
                }
                yield _article(path, number, raw)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        if isinstance(exc, ShardError):
            raise
        raise ShardError(
            f"unreadable at record {number + 1} ({type(exc).__name__})",
            file=str(path),
            row=number + 1,
        ) from None
