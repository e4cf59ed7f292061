"""Targets across lists, measures tied to listings and deals, and the sectoral table."""

from __future__ import annotations

from pathlib import Path

import pytest

from doorwatch.analysis.sectoral import sectoral_measures, sectoral_rows
from doorwatch.services.sanctions import import_list
from doorwatch.services.sanctions_targets import deal_links, target_detail
from doorwatch.store import Store
from tests.sanctions.slices import LISTS, ofac_csv_slice

BELAVIA, BELARUSKALI = "44541", "32746"


@pytest.fixture
def with_lists(sample_store: Store, tmp_path: Path) -> Store:
    """The bundled dataset, OFAC's 2023 and 2024 Belarus-related listings and the EU list."""
    ids = {BELAVIA, BELARUSKALI, "9760", "9797"}
    old = ofac_csv_slice("ofac-sdn-2023-01", tmp_path / "old.csv", ids)
    new = ofac_csv_slice("ofac-sdn-2024-05", tmp_path / "new.csv", ids)
    import_list(sample_store, [old], list_date="2023-01-06")
    import_list(sample_store, [new], list_date="2024-05-03")
    import_list(sample_store, [LISTS / "eu-fsf-2024-05-13/20240513-FULL-1_1.xml"])
    return sample_store


def test_deals_link_conceded_measures_to_their_listings(with_lists: Store) -> None:
    rows = {r["measure"]: r for r in deal_links(with_lists)}
    assert rows["measure-us-belavia"]["list_id"] == BELAVIA
    assert rows["measure-us-belavia"]["deal"] == "deal-2025-09-11-us"
    assert rows["measure-us-belavia"]["kind"] == "sanction_eased"
    assert rows["measure-us-potash"]["list_id"] == BELARUSKALI
    assert rows["measure-us-potash"]["kind"] == "sanction_lifted"


def test_a_delisting_after_a_deal_is_proposed_and_written_to_the_ledger(
    with_lists: Store, tmp_path: Path
) -> None:
    from doorwatch.store.deals import get_deal

    # a later snapshot of the same list without Belavia: a removal dated 20 days after the deal
    later = ofac_csv_slice(
        "ofac-sdn-2024-05", tmp_path / "later.csv", {BELARUSKALI, "9760", "9797"}
    )
    import_list(with_lists, [later], list_date="2025-10-01")
    links = [r for r in deal_links(with_lists) if r["basis"].startswith("proposed")]
    assert [(r["deal"], r["target"]) for r in links] == [
        ("deal-2025-09-11-us", "OPEN JOINT STOCK COMPANY BELAVIA BELARUSIAN AIRLINES")
    ]
    before = get_deal(with_lists, "deal-2025-09-11-us")["concessions"]
    deal_links(with_lists, write=True)
    deal_links(with_lists, write=True)  # writing twice adds nothing more
    after = get_deal(with_lists, "deal-2025-09-11-us")["concessions"]
    assert len(after) == len(before) + 1
    assert [c["kind"] for c in after].count("sanction_lifted") == 1


def test_target_page_shows_snapshots_other_lists_and_measures(with_lists: Store) -> None:
    detail = target_detail(with_lists, "us-2024-05-03", BELAVIA)
    assert [s["list"] for s in detail["snapshots"]] == ["us-2024-05-03"]  # listed in 2023-08
    eu = next(e for e in detail["elsewhere"] if e["imposer"] == "eu")
    assert eu["status"] == "listed" and "600390798" in eu["reason"]
    assert [m["id"] for m in detail["measures"]] == ["measure-us-belavia"]
    father = target_detail(with_lists, "us", "9760")
    assert len(father["snapshots"]) == 2


def test_sectoral_table_pairs_russia_and_belarus_with_sources() -> None:
    for entry in sectoral_measures():
        assert entry["source"] and entry["as_of"] and entry["country"] in ("russia", "belarus")
    rows = sectoral_rows("eu")
    assert all(r["gap"] in ("both", "russia_only", "belarus_only", "neither") for r in rows)
    gold = next(r for r in rows if r["goods"] == "gold")
    assert gold["gap"] == "russia_only" and "833/2014" in gold["russia_source"]
