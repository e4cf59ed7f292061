"""Importing lists into the store: all or nothing, idempotent, snapshots diffed into measures."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from doorwatch.errors import ConflictError, InputError
from doorwatch.services.sanctions import import_list, list_diff, lists
from doorwatch.store import Store
from doorwatch.store.deals import list_measures
from tests.conftest import fingerprint
from tests.sanctions.slices import LISTS, ofac_csv_slice, xml_head


def _ids(path: Path) -> set[str]:
    with path.open(encoding="latin-1") as handle:
        return {r[0] for r in csv.reader(handle) if r and r[0].isdigit()}


def test_reimport_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = LISTS / "canada-sema-2025-03/sema-lmes.xml"
    first = import_list(store, [path])
    assert (first.name, first.targets, first.list_date, first.new) == (
        "ca-2025-03-20",
        4_759,
        "2025-03-20",
        True,
    )
    before = fingerprint(store)
    from doorwatch.store import open_store

    again = open_store(store.url)
    second = import_list(again, [path], name="another-name")
    assert (second.new, second.name) == (False, "ca-2025-03-20")
    assert fingerprint(again) == before
    again.close()


def test_newer_snapshot_records_additions_and_removals_as_measures(
    store: Store, tmp_path: Path
) -> None:
    old_all, new_all = (
        _ids(LISTS / "ofac-sdn-2023-01/sdn.csv"),
        _ids(LISTS / "ofac-sdn-2024-05/sdn.csv"),
    )
    removed = sorted(old_all - new_all, key=int)[:20]
    added = sorted(new_all - old_all, key=int)[:30]
    kept = sorted(old_all & new_all, key=int)[:50]
    old = ofac_csv_slice("ofac-sdn-2023-01", tmp_path / "old.csv", set(removed + kept))
    new = ofac_csv_slice("ofac-sdn-2024-05", tmp_path / "new.csv", set(added + kept))
    # the newer snapshot first: order of import does not matter, the dates do
    import_list(store, [new], list_date="2024-05-03")
    import_list(store, [old], list_date="2023-01-06")
    result = list_diff(store, "us-2023-01-06", "us-2024-05-03")
    assert result["counts"]["added"] == len(added)
    assert result["counts"]["removed"] == len(removed)
    assert {c["entry_id"] for c in result["changes"] if c["change"] == "removed"} == set(removed)
    delistings = [m for m in list_measures(store) if str(m["kind"]).startswith("delisting")]
    assert len(delistings) == len(removed)
    assert {m["lifted_on"] for m in delistings} == {"2024-05-03"}
    assert all(m["imposer"] == "United States" and m["sources"] for m in delistings)


def test_csv_without_date_is_named_undated_and_the_name_must_be_free(
    store: Store, tmp_path: Path
) -> None:
    path = ofac_csv_slice("ofac-sdn-2024-05", tmp_path / "sdn.csv", first=40)
    stored = import_list(store, [path])
    assert stored.list_date is None and stored.name.startswith("us-undated-")
    other = ofac_csv_slice("ofac-sdn-2023-01", tmp_path / "old.csv", first=40)
    with pytest.raises(ConflictError, match=stored.name):
        import_list(store, [other], name=stored.name)
    assert [row["name"] for row in lists(store)] == [stored.name]


def _nothing_stored(store: Store) -> None:
    assert lists(store) == []


def test_truncated_xml_names_file_and_line_and_stores_nothing(store: Store, tmp_path: Path) -> None:
    path = xml_head(
        LISTS / "eu-fsf-2024-05-13/20240513-FULL-1_1.xml", tmp_path / "eu.xml", 2_000_000
    )
    with pytest.raises(InputError, match=r"eu\.xml, row \d+: malformed XML"):
        import_list(store, [path])
    _nothing_stored(store)


def test_wrong_namespace_is_refused(store: Store, tmp_path: Path) -> None:
    text = (LISTS / "canada-sema-2025-03/sema-lmes.xml").read_text(encoding="utf-8")
    path = tmp_path / "ca.xml"
    path.write_text(
        text.replace("<data-set ", '<data-set xmlns="urn:example" ', 1), encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"ca\.xml.*namespace"):
        import_list(store, [path])
    _nothing_stored(store)


def test_xlsx_without_header_row(store: Store, tmp_path: Path) -> None:
    import openpyxl

    source = openpyxl.load_workbook(
        LISTS / "uk-ofsi-conlist-2025-04-14/ConList.xlsx", read_only=True
    )
    rows = [r for _, r in zip(range(60), source["Data"].iter_rows(values_only=True), strict=False)]
    source.close()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Data"
    sheet.append(list(rows[0]))  # "Last Updated" kept, the header row left out
    for row in rows[2:]:
        sheet.append(list(row))
    path = tmp_path / "ConList.xlsx"
    book.save(path)
    with pytest.raises(InputError, match=r"ConList\.xlsx, row 2: no header row"):
        import_list(store, [path])
    _nothing_stored(store)


def test_uk_csv_reads_like_the_workbook(store: Store, tmp_path: Path) -> None:
    import openpyxl

    source = openpyxl.load_workbook(
        LISTS / "uk-ofsi-conlist-2025-04-14/ConList.xlsx", read_only=True
    )
    rows = [r for _, r in zip(range(300), source["Data"].iter_rows(values_only=True), strict=False)]
    source.close()
    path = tmp_path / "ConList.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    stored = import_list(store, [path], name="uk-csv")
    groups = {str(r[35]) for r in rows[2:]}
    assert (stored.format, stored.list_date, stored.targets) == (
        "uk-conlist-csv",
        "2025-04-14",
        len(groups),
    )
    bad = tmp_path / "bad.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        records = list(csv.reader(handle))
    records[10] = records[10][:20]
    with bad.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(records)
    with pytest.raises(InputError, match=r"bad\.csv, row 11: 20 columns"):
        import_list(store, [bad])
    assert [r["name"] for r in lists(store)] == ["uk-csv"]


def test_ofac_csv_with_wrong_column_count(store: Store, tmp_path: Path) -> None:
    path = ofac_csv_slice("ofac-sdn-2024-05", tmp_path / "sdn.csv", first=30)
    lines = path.read_bytes().split(b"\r\n")
    lines[12] = lines[12].rsplit(b",", 1)[0]
    path.write_bytes(b"\r\n".join(lines))
    with pytest.raises(InputError, match=r"sdn\.csv, row 13: 11 columns \(expected 12 columns\)"):
        import_list(store, [path])
    _nothing_stored(store)


def test_eu_entity_repeated_under_two_programmes_is_one_target(store: Store) -> None:
    from doorwatch.store.sanctions import entries_named

    stored = import_list(store, [LISTS / "eu-fsf-2024-05-13/20240513-FULL-1_1.xml"])
    assert (stored.records, stored.targets, stored.name) == (4_811, 4_808, "eu-2024-05-13")
    [entry] = entries_named(store, "547")
    assert set(entry["programmes"].split("; ")) == {"AFG", "TAQA"}
    assert "Asem, Sayed Esmatullah" in entry["details"]["names"]
