"""The bundled dataset loads, cites its sources, and answers the foundation's questions."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

from doorwatch.ingest.dataset_folder import bundled_dataset_dir, read_dataset_folder
from doorwatch.services.status import status_on
from doorwatch.store import Store, write_records
from doorwatch.store.deals import list_deals
from doorwatch.store.schema import RECORD_TYPES


def test_every_record_cites_a_source() -> None:
    records = read_dataset_folder(bundled_dataset_dir())
    cited = {(c["record_type"], c["record_id"]) for c in records.table("citations")}
    tables = {
        "person": "persons",
        "case": "cases",
        "event": "events",
        "deal": "deals",
        "measure": "measures",
        "concession": "concessions",
        "fund": "funds",
    }
    assert set(tables) == set(RECORD_TYPES)
    for record_type, table in tables.items():
        rows = records.table(table)
        assert rows, table
        for row in rows:
            assert (record_type, row["id"]) in cited, (table, row["id"])
    source_ids = {s["id"] for s in records.table("sources")}
    assert all(c["source_id"] in source_ids for c in records.table("claims"))


def test_loading_twice_changes_nothing(store: Store) -> None:
    first = write_records(store, read_dataset_folder(bundled_dataset_dir()))
    assert first.total_added > 100
    second = write_records(store, read_dataset_folder(bundled_dataset_dir()))
    assert second.total_added == 0 and second.total_changed == 0
    assert second.total_unchanged == first.total_added


def test_status_shows_viasna_beside_other_sources(sample_store: Store) -> None:
    picture = status_on(sample_store, date(2025, 9, 30))
    by_reporter = {r["reporter"]: r for r in picture["reported"]}
    assert by_reporter["Viasna"]["value"] == 1201
    assert by_reporter["Viasna"]["as_of"] == "2025-09-30"
    others = [r for r in picture["reported"] if r["reporter"] != "Viasna"]
    assert any(r["value"] == 1336 for r in others)  # dissident.by's own list
    assert any(r["qualifier"] == "about" and r["value"] == 1200 for r in others)
    for row in picture["reported"]:
        assert row["source"]["id"]
        assert row["interval"][0] <= row["value"] <= row["interval"][1] or row["qualifier"] in (
            "more_than",
            "fewer_than",
        )


def test_registry_count_is_derived_from_cases(sample_store: Store) -> None:
    # Before 2025-06-21 Tsikhanouski's case is open; after it, it is not.
    before = status_on(sample_store, date(2025, 6, 20))["registry"]["held"]
    after = status_on(sample_store, date(2025, 6, 22))["registry"]["held"]
    assert before - after == 1


def test_deals_of_2025(sample_store: Store) -> None:
    deals = {d["date"]: d for d in list_deals(sample_store)}
    assert deals[date(2025, 6, 21)]["people_freed"] == 14
    september = deals[date(2025, 9, 11)]
    assert september["people_freed"] == 52
    assert any(
        c["target"] == "Belavia" and c["kind"] == "sanction_eased" for c in september["concessions"]
    )
    december = deals[date(2025, 12, 13)]
    assert december["people_freed"] == 123
    assert any(
        "potash" in (c["target"] or "").lower() or "potash" in (c["description"] or "").lower()
        for c in december["concessions"]
    )
    for deal in deals.values():
        assert deal["sources"], deal["id"]


def test_a_dataset_folder_is_imported_like_any_file(
    store: Store, db_url: str, cli: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "dataset"
    shutil.copytree(bundled_dataset_dir(), folder)
    first = cli("import", str(folder), "--format", "json", "--db", db_url)
    assert first.code == 0, first.err
    assert first.json()["layout"] == "dataset-yaml" and first.json()["added"] > 500
    again = cli("import", str(bundled_dataset_dir()), "--format", "json", "--db", db_url).json()
    assert again["added"] == 0 and again["changed"] == 0
    # A broken reference names the file, the record and the field; nothing is written.
    claims = folder / "claims.yaml"
    claims.write_text(
        claims.read_text(encoding="utf-8").replace("source: seed-001", "source: seed-999", 1),
        encoding="utf-8",
    )
    broken = cli("import", str(folder), "--db", db_url)
    assert broken.code == 2 and "claims.yaml" in broken.err and "seed-999" in broken.err
