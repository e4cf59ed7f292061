"""The mirror across imposers on real lists: the CSV contract, matches, relatives kept apart."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from doorwatch.analysis.sanction_match import UNCERTAIN, score_pair, target_of
from doorwatch.services.sanctions import import_list
from doorwatch.services.sanctions_mirror import MIRROR_COLUMNS, matrix, mirror, programme_gaps
from doorwatch.store import Store
from doorwatch.store.sanctions import get_list, iter_entries
from tests.sanctions.slices import LISTS, ofac_csv_slice

HEADER = "list_id,name,schema,programmes,status,matched_id,score,reason"


def _belarus_ids() -> set[str]:
    with (LISTS / "ofac-sdn-2024-05/sdn.csv").open(encoding="latin-1") as handle:
        return {r[0] for r in csv.reader(handle) if len(r) == 12 and "BELARUS" in r[3]}


@pytest.fixture
def eu_us(store: Store, tmp_path: Path) -> Store:
    """The EU list of 2024-05-13 and OFAC's Belarus targets of 2024-05-03 (a real slice)."""
    ofac = ofac_csv_slice("ofac-sdn-2024-05", tmp_path / "sdn.csv", _belarus_ids())
    import_list(store, [ofac], name="us-belarus", list_date="2024-05-03")
    import_list(store, [LISTS / "eu-fsf-2024-05-13/20240513-FULL-1_1.xml"])
    return store


def test_mirror_csv_contract(eu_us: Store, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DOORWATCH_DB", eu_us.url)
    result = cli(
        "sanctions", "mirror", "--list", "eu", "--against", "us-belarus", "--format", "csv"
    )
    assert result.code == 0, result.err
    rows = list(csv.DictReader(io.StringIO(result.out)))
    assert result.out.splitlines()[0] == HEADER
    eu_belarus = {
        e["entry_id"]
        for e in iter_entries(eu_us, get_list(eu_us, "eu")["id"], with_details=False)
        if "BLR" in e["programmes"].split("; ")
    }
    assert [r["list_id"] for r in rows] == sorted(eu_belarus) and len(rows) == 270
    assert {r["status"] for r in rows} <= {"listed", "not_listed", "uncertain"}
    assert {r["schema"] for r in rows} == {"person", "organisation"}
    us_ids = _belarus_ids()
    for row in rows:
        assert (row["matched_id"] in us_ids) == (row["status"] != "not_listed")
        assert row["reason"]
    by_id = {r["list_id"]: r for r in rows}
    # hand-checked: the same people in both lists (names, birth dates)
    assert by_id["125263"]["matched_id"] == "29642"  # Karaev, born 1966-06-21
    assert by_id["125269"]["matched_id"] == "29674"  # Ipatov / Ipatau, born 1964-10-30
    listed = sum(r["status"] == "listed" for r in rows)
    assert 60 <= listed <= 130


def test_relatives_do_not_merge(eu_us: Store) -> None:
    us = {
        e["entry_id"]: target_of(e)
        for e in iter_entries(eu_us, get_list(eu_us, "us-belarus")["id"])
    }
    family = [us["9760"], us["9797"], us["32615"], us["35748"]]  # Lukashenka father, sons, wife
    for left in family:
        for right in family:
            if left is not right:
                score, reasons = score_pair(left, right)
                assert score < UNCERTAIN, (left.name, right.name, reasons)
    result = mirror(eu_us, "eu", "us-belarus")
    rows = {r["list_id"]: r for r in result["rows"]}
    viktar = next(r for r in result["rows"] if "ЛУКАШЭНКА" in r["name"] and "Віктар" in r["name"])
    assert viktar["matched_id"] in ("9797", "")  # never his father or brother
    # the father is matched once, by his own listing (born 1954-08-30), never by a son's
    assert [k for k, r in rows.items() if r["matched_id"] == "9760"] == ["126365"]


def test_matrix_counts_add_up(eu_us: Store) -> None:
    result = matrix(eu_us, [("eu", "us-belarus")])
    belarus = [r for r in result["rows"] if r["class"] == "belarus"]
    assert {(r["list"], r["listed"]) for r in belarus} == {
        ("eu-2024-05-13", 270),
        ("us-belarus", len(_belarus_ids())),
    }
    for row in result["rows"]:
        assert row["shared"] + row["uncertain"] + row["not_listed"] == row["listed"]
        assert row["shared_same_class"] + row["shared_other_class"] == row["shared"]
    gaps = result["gaps"]["eu-2024-05-13|us-belarus|belarus"]
    assert all(g["status"] in ("not_listed", "uncertain") for g in gaps)


def test_programme_gaps_of_one_imposer(store: Store) -> None:
    import_list(store, [LISTS / "canada-sema-2025-03/sema-lmes.xml"])
    found = programme_gaps(store, "ca")
    assert found["list"]["name"] == "ca-2025-03-20"
    for row in found["rows"]:
        assert row["gap"] in ("russia_not_belarus", "belarus_not_russia")
        programmes = set(row["programmes"].split("; "))
        if row["gap"] == "russia_not_belarus":
            assert "Belarus" not in programmes and programmes & {"Russia", "Ukraine"}


def test_unknown_list_names_what_is_there(
    eu_us: Store, cli, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DOORWATCH_DB", eu_us.url)
    result = cli("sanctions", "mirror", "--list", "nope", "--against", "us", "--format", "csv")
    assert result.code != 0
    assert "us-belarus" in result.err and "eu-2024-05-13" in result.err
    assert MIRROR_COLUMNS[0] == "list_id"
