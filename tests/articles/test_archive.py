"""Archive ingest: shards of JSON Lines, Parquet and WARC, broken shards, resuming, wire
copies, and the Dask path on a local cluster storing what the serial path stores."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from doorwatch.ingest.archive_shards import MAX_ARTICLE_CHARS
from doorwatch.services.archive import ingest_archive
from doorwatch.store import Store
from doorwatch.store.evidence import list_sources

UNSEEN = Path(__file__).resolve().parents[1] / "extract" / "unseen"
OFF_TOPIC = "Belarus harvested nine million tonnes of grain this year, the ministry said."


def _articles() -> list[dict[str, Any]]:
    out = []
    for i, path in enumerate(sorted(UNSEEN.glob("1*.txt"))[:6]):
        text = path.read_text(encoding="utf-8")
        out.append(
            {
                "title": text.split("\n", 1)[0],
                "text": text,
                "url": f"https://www.outlet{i % 2}.example/{i}",
                "published": f"2025-12-{10 + i:02d}",
                "section": "world",  # other keys are ignored
            }
        )
    return out


def _warc(records: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for url, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    return buffer.getvalue()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    rows = _articles()
    with (folder / "a.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows[:3]:
            handle.write(json.dumps(row) + "\n")
        handle.write(json.dumps({"title": "Harvest", "text": OFF_TOPIC, "url": None}) + "\n")
    # a wire copy of the first article, one word changed, at another outlet a day later
    copy = dict(rows[0], url="https://wire.example/copy", published="2025-12-11")
    copy["text"] = rows[0]["text"].replace(" said", " told reporters", 1)
    with gzip.open(folder / "b.jsonl.gz", "wt", encoding="utf-8") as handle:
        for row in [rows[3], copy]:
            handle.write(json.dumps(row) + "\n")
    table = pa.Table.from_pylist(
        [{k: r[k] for k in ("title", "text", "url", "published")} for r in rows[4:5]]
    )
    pq.write_table(table, folder / "c.parquet")
    html = f"<html><head><title>{rows[5]['title']}</title></head><body>"
    html += "".join(f"<p>{p}</p>" for p in rows[5]["text"].split("\n\n")[1:]) + "</body></html>"
    (folder / "d.warc").write_bytes(_warc([(rows[5]["url"], html.encode())]))
    return folder


def _broken(folder: Path) -> dict[str, int]:
    """Add one broken shard of each kind; return shard name -> position of the break."""
    good = (folder / "b.jsonl.gz").read_bytes()
    (folder / "e_truncated.jsonl.gz").write_bytes(good[: len(good) // 2])
    line = json.dumps({"title": "t", "text": "Minsk jailed a blogger.", "url": "u"})
    (folder / "f_invalid.jsonl").write_text(line + "\n{not json}\n", encoding="utf-8")
    (folder / "g_empty.warc").write_bytes(_warc([("https://x.example/empty", b"")]))
    (folder / "h_junk.parquet").write_bytes(bytes(range(256)) * 40)
    huge = {"title": "dump", "text": "Minsk " * (MAX_ARTICLE_CHARS // 6 + 10), "url": "u"}
    (folder / "i_huge.jsonl").write_text(line + "\n" + json.dumps(huge) + "\n", encoding="utf-8")
    return {
        "e_truncated.jsonl.gz": 1,
        "f_invalid.jsonl": 2,
        "g_empty.warc": 1,
        "h_junk.parquet": 0,
        "i_huge.jsonl": 2,
    }


def _stored(store: Store) -> tuple[list[tuple[Any, ...]], list[str]]:
    from doorwatch.store.evidence import get_source

    sources = sorted(
        (s["id"], s["copy_of"], s["outlet"], s["published"], s["claims"])
        for s in list_sources(store)
    )
    claims = sorted(
        repr(sorted(c.items())) for s in sources for c in get_source(store, s[0])["claims"]
    )
    return sources, claims


def test_serial_run_filters_groups_and_reports_broken_shards(store: Store, archive: Path) -> None:
    breaks = _broken(archive)
    summary = ingest_archive(store, archive, workers=0)
    assert (summary.shards, summary.failed_shards) == (9, 5)
    assert (summary.kept, summary.dropped, summary.copies) == (7, 1, 1)
    assert {Path(f["shard"]).name: f["position"] for f in summary.failures} == breaks
    sources = {s["id"]: s for s in list_sources(store)}
    assert len(sources) == 7  # nothing of a broken shard is stored
    copies = [s for s in sources.values() if s["copy_of"]]
    assert len(copies) == 1 and copies[0]["outlet"] == "wire.example"
    origin = sources[copies[0]["copy_of"]]
    assert origin["outlet"] == "outlet0.example" and origin["copy_of"] is None
    assert all(s["claims"] > 0 for s in sources.values())


def test_a_rerun_skips_the_shards_done_and_takes_a_repaired_one(
    store: Store, archive: Path
) -> None:
    (archive / "f_invalid.jsonl").write_text("{broken\n", encoding="utf-8")
    first = ingest_archive(store, archive, workers=0)
    before = _stored(store)
    again = ingest_archive(store, archive, workers=0)
    assert (again.skipped, again.articles, again.failed_shards) == (4, 0, 1)
    assert _stored(store) == before
    line = {
        "title": "t",
        "text": "Minsk jailed a blogger for a comment.",
        "url": "https://z.example/1",
    }
    (archive / "f_invalid.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    repaired = ingest_archive(store, archive, workers=0)
    assert (repaired.skipped, repaired.kept, repaired.failed_shards) == (4, 1, 0)
    assert len(list_sources(store)) == first.kept + 1


def _signatures(store: Store) -> dict[str, tuple[int, str]]:
    from sqlalchemy import select

    from doorwatch.store.schema import source_signatures

    with store.read() as connection:
        rows = connection.execute(select(source_signatures)).all()
    return {r.source_id: (r.size, r.signature) for r in rows}


def test_a_later_archive_is_grouped_against_articles_stored_by_earlier_runs(
    store: Store, tmp_path: Path
) -> None:
    from doorwatch.services.articles import ingest_article

    rows = _articles()
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows[:3]), encoding="utf-8"
    )
    ingest_archive(store, first, workers=0)
    kept = {s["id"] for s in list_sources(store)}
    stored = _signatures(store)
    assert set(stored) == kept  # written with the shard, one per article kept
    # an article taken in alone has no signature until an archive run needs it
    alone = ingest_article(
        store, rows[4]["text"], url="https://alone.example/4", published="2025-12-14"
    )
    # the next archive: copies of a first-run article and of the lone one, a day later
    copies = [
        dict(rows[1], url="https://wire.example/1", published="2025-12-20"),
        dict(rows[4], url="https://wire.example/4", published="2025-12-20"),
    ]
    for copy in copies:
        copy["text"] = copy["text"].replace(" said", " told reporters", 1)
    (second / "b.jsonl").write_text("".join(json.dumps(r) + "\n" for r in copies), encoding="utf-8")
    summary = ingest_archive(store, second, workers=0)
    assert summary.copies == 2
    sources = {s["id"]: s for s in list_sources(store)}
    by_url = {s["url"]: s for s in sources.values()}
    assert sources[by_url["https://wire.example/1"]["copy_of"]]["url"] == rows[1]["url"]
    assert by_url["https://wire.example/4"]["copy_of"] == alone["source_id"]
    after = _signatures(store)
    assert set(after) == set(sources)  # the lone article's signature was computed and kept
    assert {k: after[k] for k in stored} == stored  # earlier signatures were not rewritten


def test_stored_signatures_round_trip_and_match_the_text() -> None:
    from doorwatch.ingest.copies import signature_text, signature_values, summarise

    text = (UNSEEN / "101_ap_ill_prisoners.txt").read_text(encoding="utf-8")
    article = summarise("k", None, text)
    assert np.array_equal(signature_values(signature_text(article.signature)), article.signature)
    empty = summarise("k", None, "").signature
    assert np.array_equal(signature_values(signature_text(empty)), empty)


@pytest.mark.slow
def test_dask_on_a_local_cluster_stores_what_the_serial_path_stores(
    db_url: str, archive: Path, tmp_path: Path
) -> None:
    from doorwatch.store import open_store

    _broken(archive)
    serial_store = open_store(str(tmp_path / "serial.sqlite"), create=True)
    serial = ingest_archive(serial_store, archive, workers=0)
    dask_store = open_store(db_url, create=True)
    on_dask = ingest_archive(dask_store, archive, workers=2)
    assert on_dask.as_dict() | {"failures": None} == serial.as_dict() | {"failures": None}
    assert sorted(map(str, on_dask.failures)) == sorted(map(str, serial.failures))
    assert _stored(dask_store) == _stored(serial_store)


def test_cli_prints_one_json_summary(cli, db_url: str, archive: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    result = cli(
        "ingest", "--archive", str(archive), "--workers", "0", "--format", "json", "--db", db_url
    )
    assert result.code == 0, result.err
    summary = result.json()
    assert isinstance(summary, dict) and summary["kept"] == 7 and summary["copies"] == 1
    listed = cli("sources", "--format", "json", "--limit", "500", "--db", db_url).json()["items"]
    assert isinstance(listed, list)
    assert all({"copy_of", "outlet"} <= set(row) for row in listed)
