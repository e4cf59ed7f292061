"""The UK list of 2025-04-14 against Canada's of 2025-03: the mirror both ways, from the CLI."""

from __future__ import annotations

import csv
import io

import pytest

from doorwatch.services.sanctions import import_list
from doorwatch.store import Store
from tests.sanctions.slices import LISTS
from tests.sanctions.test_mirror import HEADER


@pytest.fixture
def uk_ca(store: Store) -> Store:
    import_list(store, [LISTS / "uk-ofsi-conlist-2025-04-14/ConList.xlsx"])
    import_list(store, [LISTS / "canada-sema-2025-03/sema-lmes.xml"])
    return store


def _rows(cli, *args: str) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    result = cli("sanctions", "mirror", *args, "--format", "csv")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == HEADER
    return list(csv.DictReader(io.StringIO(result.out)))


def test_uk_against_canada_both_ways(uk_ca: Store, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DOORWATCH_DB", uk_ca.url)
    uk = _rows(cli, "--list", "uk", "--against", "ca")
    ca = _rows(cli, "--list", "ca-2025-03-20", "--against", "uk-2025-04-14")
    assert len(uk) == 167 and len(ca) == 320  # the README's Belarus counts
    uk_ids = {r["list_id"] for r in uk}
    ca_ids = {r["list_id"] for r in ca}
    by_uk = {r["list_id"]: r for r in uk}
    # hand-checked pairs (bench/data/sanction_pairs.csv)
    assert by_uk["13925"]["matched_id"] == "Belarus/1, Part 1/10"  # Nazarenko, 1976-04-17
    assert by_uk["14044"]["matched_id"] == "Belarus/1, Part 2/33"  # MZKT
    assert by_uk["14162"]["status"] in ("uncertain", "listed")  # Azarenok: birth years differ
    listed_uk = [r for r in uk if r["status"] == "listed"]
    assert 90 <= len(listed_uk) <= 150
    # most pairs are found from both sides: a UK target matched to a Canadian one is matched back
    back = {r["matched_id"]: r["list_id"] for r in ca if r["status"] == "listed"}
    agree = sum(back.get(r["list_id"]) == r["matched_id"] for r in listed_uk)
    assert agree >= 0.8 * len(listed_uk)
    # a UK Belarus target that Canada lists outside its Belarus schedule says so in the reason
    for row in listed_uk:
        if row["matched_id"] not in ca_ids:
            assert "(belarus)" not in row["reason"].split(";")[0]
    assert uk_ids.isdisjoint(ca_ids)
