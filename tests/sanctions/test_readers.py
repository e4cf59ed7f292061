"""Every shared sanctions file reads with the counts its README gives."""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest

from doorwatch.analysis.sanction_programmes import classes_of
from doorwatch.ingest.sanctions import detect_format, open_list
from tests.conftest import SHARED

LISTS = SHARED / "data" / "sanctions"
OFAC_BELARUS = {"BELARUS", "BELARUS-EO14038"}
OFAC_RUSSIA = {
    "RUSSIA-EO14024", "UKRAINE-EO13660", "UKRAINE-EO13661", "UKRAINE-EO13662",
    "UKRAINE-EO13685", "CAATSA - RUSSIA", "RUSSIA-EO14065",
}  # fmt: skip


@functools.cache
def _read(*names: str) -> tuple[object, list]:  # type: ignore[type-arg]
    parsed = open_list([LISTS / n for n in names])
    listings = list(parsed.listings)
    return parsed.info, listings


@pytest.mark.parametrize(
    ("files", "fmt", "date", "records", "by_schema"),
    [
        (
            ("ofac-sdn-2023-01/sdn.csv", "ofac-sdn-2023-01/sdn_address.csv"),
            "ofac-csv",
            None,
            11_443,
            {"person": 5_890, "organisation": 4_575, "vessel": 685, "aircraft": 293},
        ),
        (
            ("ofac-sdn-2024-05/sdn.csv",),
            "ofac-csv",
            None,
            14_965,
            {"organisation": 6_884, "person": 6_854, "vessel": 851, "aircraft": 376},
        ),
        (("ofac-sdn-xml-2024-05-07/sdn.xml",), "ofac-xml", "2024-05-07", 14_966, None),
        (
            ("eu-fsf-2024-05-13/20240513-FULL-1_1.xml",),
            "eu-fsf-xml",
            "2024-05-13",
            4_811,
            {"person": 3_755, "organisation": 1_056},
        ),
        (
            ("uk-ofsi-conlist-2023-06-05/ConList.xlsx",),
            "uk-conlist-xlsx",
            "2023-06-05",
            3_993,
            None,
        ),
        (
            ("uk-ofsi-conlist-2025-04-14/ConList.xlsx",),
            "uk-conlist-xlsx",
            "2025-04-14",
            4_688,
            None,
        ),
        (("canada-sema-2025-03/sema-lmes.xml",), "ca-sema-xml", "2025-03-20", 4_759, None),
        (("canada-sema-2020-04/sema-lmes.xml",), "ca-sema-xml", None, 1_369, None),
        (
            ("opensanctions-ua-war-sanctions-2026-03/targets.simple.csv",),
            "os-simple-csv",
            "2026-03-13",
            5_600,
            {"person": 1_543, "organisation": 2_717, "vessel": 1_340},
        ),
    ],
)
def test_each_shared_file_reads_with_the_readme_counts(
    files: tuple[str, ...],
    fmt: str,
    date: str | None,
    records: int,
    by_schema: dict[str, int] | None,
) -> None:
    assert detect_format(LISTS / files[0]) == fmt
    info, listings = _read(*files)
    assert info.format == fmt  # type: ignore[attr-defined]
    assert info.list_date == date  # type: ignore[attr-defined]
    assert len(listings) == records
    if by_schema:
        counts = Counter(listing.schema for listing in listings)
        # EU entities are 1,056 enterprises; doorwatch keeps no vessel apart in the EU list
        assert dict(counts) == by_schema
    assert all(listing.name for listing in listings)


def test_ofac_address_rows_all_attach_to_records() -> None:
    import csv

    _info, listings = _read("ofac-sdn-2023-01/sdn.csv", "ofac-sdn-2023-01/sdn_address.csv")
    with (LISTS / "ofac-sdn-2023-01/sdn_address.csv").open(encoding="latin-1") as handle:
        rows = [r for r in csv.reader(handle) if r and r[0].strip().isdigit()]
    assert len(rows) == 16_357
    with_text = {r[0] for r in rows if any(c.strip() not in ("", "-0-") for c in r[2:5])}
    assert {x.list_id for x in listings if x.addresses} == with_text


def test_ofac_xml_programme_counts() -> None:
    _info, listings = _read("ofac-sdn-xml-2024-05-07/sdn.xml")
    belarus = [x for x in listings if OFAC_BELARUS & set(x.programmes)]
    russia = [x for x in listings if OFAC_RUSSIA & set(x.programmes)]
    assert (len(belarus), len(russia)) == (232, 4_882)
    assert len([x for x in listings if "belarus" in classes_of("us", x.programmes)]) == 232
    belavia = next(x for x in listings if x.list_id == "44541" or "BELAVIA" in x.name)
    assert "BELAVIA BELARUSIAN AIRLINES" in belavia.names
    assert any(i.number == "600390798" for i in belavia.identifiers)


def test_ofac_csv_and_xml_of_one_week_agree() -> None:
    _i, csv_rows = _read("ofac-sdn-2024-05/sdn.csv")
    _j, xml_rows = _read("ofac-sdn-xml-2024-05-07/sdn.xml")
    csv_prints = {x.list_id: x.fingerprint() for x in csv_rows}
    xml_prints = {x.list_id: x.fingerprint() for x in xml_rows}
    # OFAC added one target between 3 and 7 May 2024; everything else is the same listing
    assert set(xml_prints) - set(csv_prints) == {"48603"}
    assert not set(csv_prints) - set(xml_prints)
    assert all(csv_prints[k] == xml_prints[k] for k in csv_prints)


def test_eu_counts_and_repeated_entities() -> None:
    _info, listings = _read("eu-fsf-2024-05-13/20240513-FULL-1_1.xml")
    ids = Counter(x.list_id for x in listings)
    assert len(ids) == 4_808  # three entities are repeated under a second programme
    blr = [x for x in listings if "BLR" in x.programmes]
    assert len(blr) == 270
    assert Counter(x.schema for x in blr) == {"person": 233, "organisation": 37}
    assert len([x for x in listings if "UKR" in x.programmes]) == 2_130
    assert sum(len(x.names) for x in listings) <= 25_257  # identical aliases are kept once
    sheiman = next(x for x in blr if "Виктор Владимирович ШЕЙМАН" in x.names)
    assert sheiman.birth_dates == ["1958-05-26"]


@pytest.mark.parametrize(
    ("folder", "belarus", "russia"),
    [("uk-ofsi-conlist-2023-06-05", 124, 1_829), ("uk-ofsi-conlist-2025-04-14", 167, 2_181)],
)
def test_uk_regime_counts(folder: str, belarus: int, russia: int) -> None:
    _info, listings = _read(f"{folder}/ConList.xlsx")
    regimes = Counter(p for x in listings for p in x.programmes)
    assert (regimes["Belarus"], regimes["Russia"]) == (belarus, russia)


def test_canada_counts_and_ids() -> None:
    _info, listings = _read("canada-sema-2025-03/sema-lmes.xml")
    countries = Counter(p for x in listings for p in x.programmes)
    assert (countries["Belarus"], countries["Russia"], countries["Ukraine"]) == (320, 2_426, 553)
    assert len({x.list_id for x in listings}) == 4_759
    assert listings[0].list_id == "Belarus/1, Part 1/1"


def test_ftm_targets_programmes_and_links() -> None:
    info, listings = _read("ftm-sample/entities.ftm.json")
    assert info.list_date == "2026-04-29"  # type: ignore[attr-defined]
    assert len(listings) == 14
    zakharov = next(x for x in listings if "Zakharov" in x.name and x.schema == "person")
    assert "US-RUSHAR" in zakharov.programmes or zakharov.links
    kinds = Counter(link.kind for x in listings for link in x.links)
    assert kinds["owner"] and kinds["owned"] and kinds["family"]
    assert any(any("\u0400" <= ch <= "\u04ff" for ch in name) for x in listings for name in x.names)


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    from doorwatch.errors import InputError

    with pytest.raises(InputError, match=r"README\.md"):
        detect_format(LISTS / "README.md")
