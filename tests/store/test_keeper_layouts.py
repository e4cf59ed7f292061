"""Registries as their keepers publish them (Viasna's JSON export, CPPC's Chinese list, Prisoners
Defenders' Cuban list), read through the declared layouts, on each backend."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from doorwatch.errors import InputError
from doorwatch.ingest.importer import import_path
from doorwatch.store import Store
from doorwatch.store.dump import dump_rows
from tests.conftest import SHARED, fingerprint

REGISTRIES = SHARED / "data" / "registries"
VIASNA = REGISTRIES / "viasna-belarus-2023-02-excerpt" / "prisoners.excerpt.json"
CPPC = REGISTRIES / "cppc-china-2020-09" / "chinese-political-prisoners.csv"
CUBA = REGISTRIES / "prisonersdefenders-cuba-2026-08-excerpt" / "prisoners.excerpt.csv"

pytestmark = pytest.mark.skipif(not REGISTRIES.exists(), reason="shared registries not present")


def _tables(store: Store) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {}
    for table, row in dump_rows(store):
        tables.setdefault(table, []).append(row)
    return tables


def _keeper_pages(tables: dict[str, list[dict[str, Any]]]) -> dict[str, set[str]]:
    """Return the keeper's page addresses each person cites."""
    urls = {s["id"]: s["url"] for s in tables["sources"] if s["kind"] == "registry_entry"}
    pages: dict[str, set[str]] = {}
    for citation in tables["citations"]:
        if citation["record_type"] == "person" and citation["source_id"] in urls:
            pages.setdefault(citation["record_id"], set()).add(urls[citation["source_id"]])
    return pages


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_viasna_json_export(store: Store) -> None:
    records = json.loads(VIASNA.read_text(encoding="utf-8"))
    result = import_path(store, VIASNA)
    assert result.layout == "viasna-json"
    assert result.summary.added["persons"] == len(records)
    assert result.summary.added["cases"] == len(records)
    words = Counter(r["status"] for r in records)
    mapping = result.mapping.as_dict() if result.mapping else {}
    # active and former are mapped; np is kept as written and reported, never guessed
    assert mapping["statuses"] == {
        "held": words["active"],
        "released": words["former"],
        "unknown": words["np"],
    }
    assert [(u["value"], u["rows"]) for u in mapping["unmapped_statuses"]] == [("np", words["np"])]
    tables = _tables(store)
    cases = tables["cases"]
    assert Counter(c["keeper_status"] for c in cases) == words
    assert all(c["recognised_by"] == "Viasna" for c in cases)
    # every person links to the keeper's page about them
    assert sorted(u for urls in _keeper_pages(tables).values() for u in urls) == sorted(
        r["url"] for r in records
    )
    # FALSE is a placeholder, never a value
    assert not any("FALSE" in str(value) for c in cases for value in c.values())
    charged = {r["name"]: [r[f"articles/{i}"] for i in range(13) if r[f"articles/{i}"]]
               for r in records}  # fmt: skip
    by_person = {p["id"]: p["name"] for p in tables["persons"]}
    for case in cases:
        expected = charged[by_person[case["person_id"]]]
        assert (case["charges"] or "") == "; ".join(expected)
    again = import_path(store, VIASNA)
    assert again.summary.total_added == 0 and again.summary.total_changed == 0


def _cppc_slice(tmp_path: Path, size: int) -> tuple[Path, list[dict[str, str]]]:
    """The first ``size`` rows of the Chinese list and those with a death or unknown sentence."""
    rows = _csv_rows(CPPC)
    chosen = (
        rows[:size]
        + [r for r in rows[size:] if r["Date of Death"] or not r["Sentence"][:1].isdigit()][:size]
    )
    return _write_csv(tmp_path / "cppc-slice.csv", chosen), chosen


def _expected_cppc(row: dict[str, str], as_of: str = "2020-09-22") -> str:
    """The status the layout's rules give one row, computed independently of the importer."""
    sentence, death = row["Sentence"], row["Date of Death"]
    if re.fullmatch(r"\d{4}(-\d\d){0,2}", sentence):
        if sentence < as_of[: len(sentence)]:
            status = "served"
        elif sentence > as_of[: len(sentence)]:
            status = "held"
        else:
            return "unknown"
    else:
        status = {"detention": "held", "life": "held", "unknown": "unknown"}.get(
            sentence, "unknown"
        )
    if not death:
        return status
    if sentence[:1].isdigit():
        common = min(len(sentence), len(death))
        if sentence[:common] < death[:common]:
            return status
        if death[:common] < sentence[:common]:
            return "died"
        return "unknown"
    return "died"


def test_cppc_list_slice(store: Store, tmp_path: Path) -> None:
    path, rows = _cppc_slice(tmp_path, 120)
    result = import_path(store, path)
    assert result.layout == "cppc-csv"
    # namesakes are different people: one person per profile
    assert result.summary.added["persons"] == len(rows)
    tables = _tables(store)
    pages = _keeper_pages(tables)
    cases = {c["person_id"]: c for c in tables["cases"]}
    by_page = {next(iter(urls)): pid for pid, urls in pages.items()}
    for row in rows:
        pid = by_page[row["Source"].split()[0]]
        case = cases[pid]
        assert case["status"] == _expected_cppc(row), row
        sentence = row["Sentence"]
        if sentence[:1].isdigit():
            # the end of the sentence as the keeper gave it: no day invented for 2021-10
            assert case["sentence"] == f"until {sentence}"
        elif sentence in ("detention", "life", "death", "unknown"):
            assert case["keeper_status"] == sentence
        assert case["detained_on"] is None and case["released_on"] is None
        for label in ("Place", "Date of Birth", "Date of Death"):
            if row[label]:
                assert f"{label}: {row[label]}" in case["note"]
    names = {(n["person_id"], n["name"]): n["script"] for n in tables["person_names"]}
    latin = [row for row in rows if re.search(r"（[A-Za-z]", row["Name"])]
    for row in latin:
        pid = by_page[row["Source"].split()[0]]
        form = re.search(r"（([A-Za-z][^）]*)）", row["Name"])
        assert form and names[(pid, form.group(1))] == "latin"
        assert names[(pid, row["Name"])] == "han"
    mapping = result.mapping.as_dict() if result.mapping else {}
    deaths = sum(1 for r in rows if r["Sentence"] == "death")
    assert {u["value"]: u["rows"] for u in mapping["unmapped_statuses"]}.get("death", 0) == deaths


def test_cppc_complete_list(store: Store) -> None:
    rows = _csv_rows(CPPC)
    result = import_path(store, CPPC)
    assert result.summary.added["persons"] == len(rows) == 926
    mapping = result.mapping.as_dict() if result.mapping else {}
    expected = Counter(_expected_cppc(r) for r in rows)
    assert mapping["statuses"] == dict(expected)
    assert import_path(store, CPPC).summary.total_added == 0


def test_prisoners_defenders_list(store: Store) -> None:
    rows = _csv_rows(CUBA)
    result = import_path(store, CUBA)
    assert result.layout == "prisonersdefenders-csv"
    assert result.summary.added["cases"] == len(rows)
    tables = _tables(store)
    pages = _keeper_pages(tables)
    cases = {c["person_id"]: c for c in tables["cases"]}
    by_page = {next(iter(urls)): pid for pid, urls in pages.items()}
    for row in rows:
        case = cases[by_page[row["url"]]]
        charges = [c for c in row["charge_type"].split(",") if c and c != "No disponible"]
        assert (case["charges"] or "") == "; ".join(charges)
        assert case["keeper_status"] == (row["penal_status"] or None)
        assert case["status"] == "held"
        if row["arrest_date"]:
            day, month, year = row["arrest_date"].split("/")
            assert str(case["detained_on"]) == f"{year}-{month}-{day}"
        # outside prison the prison column repeats the penal status: not a place
        if row["prison"] == row["penal_status"] or row["prison"] == "No disponible":
            assert case["place"] is None
        else:
            assert case["place"] == row["prison"]
        if row["sentence_years"].isdigit():
            assert case["sentence"] == f"{row['sentence_years']} years"


def test_an_unknown_penal_status_is_kept_and_reported(store: Store, tmp_path: Path) -> None:
    rows = _csv_rows(CUBA)
    rows[4]["penal_status"] = rows[4]["prison"] = "Excarcelado bajo vigilancia"
    result = import_path(store, _write_csv(tmp_path / "cuba.csv", rows))
    mapping = result.mapping.as_dict() if result.mapping else {}
    assert mapping["unmapped_statuses"] == [
        {"value": "Excarcelado bajo vigilancia", "rows": 1, "first_rows": [6]}
    ]
    kept = [c for c in _tables(store)["cases"] if c["status"] == "unknown"]
    assert [c["keeper_status"] for c in kept] == ["Excarcelado bajo vigilancia"]


def test_a_bad_date_refuses_the_whole_file(store: Store, tmp_path: Path) -> None:
    import_path(store, VIASNA)
    before = fingerprint(store)
    rows = _csv_rows(CUBA)
    rows[-1]["arrest_date"] = "2021-07-11"
    path = _write_csv(tmp_path / "cuba.csv", rows)
    with pytest.raises(InputError) as refused:
        import_path(store, path)
    message = str(refused.value)
    assert str(path) in message and f"row {len(rows) + 1}" in message
    assert "'arrest_date'" in message and "DD/MM/YYYY" in message
    assert fingerprint(store) == before


def test_a_missing_name_names_the_keepers_column(store: Store, tmp_path: Path) -> None:
    rows = _csv_rows(CPPC)[:5]
    rows[2]["Name"] = ""
    with pytest.raises(InputError) as refused:
        import_path(store, _write_csv(tmp_path / "cppc.csv", rows))
    assert "row 4" in str(refused.value) and "'Name'" in str(refused.value)


def test_a_named_layout_checks_the_columns(store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        import_path(store, CUBA, layout="cppc-csv")
    assert "missing column" in str(refused.value) and "'Sentence'" in str(refused.value)
    with pytest.raises(InputError) as unknown:
        import_path(store, CUBA, layout="no-such-layout")
    assert "prisonersdefenders-csv" in str(unknown.value)
    forced = import_path(store, CUBA, layout="prisonersdefenders-csv")
    assert forced.summary.added["cases"] == len(_csv_rows(CUBA))


def test_cli_lists_layouts_and_reports_the_mapping(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    listed = cli("import", "--list-layouts", "--format", "json")
    assert listed.code == 0
    names = {x["name"] for x in listed.json()}
    assert {"viasna-json", "cppc-csv", "prisonersdefenders-csv", "doorwatch-csv"} <= names
    assert cli("init", "--db", db_url).code == 0
    done = cli("import", str(VIASNA), "--db", db_url, "--format", "json")
    assert done.code == 0
    document = done.json()
    assert document["layout"] == "viasna-json"
    assert document["mapping"]["unmapped_statuses"][0]["value"] == "np"
    table = cli("import", str(VIASNA), "--db", db_url)
    assert "status kept as written" in table.out and "'np'" in table.out


def test_a_keepers_page_must_be_a_web_address(store: Store, tmp_path: Path) -> None:
    rows = _csv_rows(CUBA)[:3]
    rows[1]["url"] = "javascript:alert(1)"
    with pytest.raises(InputError) as refused:
        import_path(store, _write_csv(tmp_path / "cuba.csv", rows))
    assert "row 3" in str(refused.value) and "'url'" in str(refused.value)
    assert "http" in str(refused.value)


def test_viasna_csv_export_with_russian_headers(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "viasna.csv"
    path.write_text(
        "ФИО,Статус,Дата задержания,Статьи,Приговор,Дата освобождения\n"
        "Тестаў Пётр,политзаключенный,05.03.2021,ст. 342; ст. 293,3 года,\n"
        "Тэставa Алена,помилован,01.02.2022,ст. 361-1,2 года,16.09.2025\n"
        "Тэстаў Іван,под следствием,2022-04-01,ст. 342,,\n",
        encoding="utf-8",
    )
    result = import_path(store, path)
    assert result.layout == "viasna-csv"
    mapping = result.mapping.as_dict() if result.mapping else {}
    assert mapping["unmapped_statuses"] == [
        {"value": "под следствием", "rows": 1, "first_rows": [4]}
    ]
    cases = sorted(_tables(store)["cases"], key=lambda c: str(c["detained_on"]))
    assert [(c["status"], c["release_mode"], c["keeper_status"]) for c in cases] == [
        ("held", None, "политзаключенный"),
        ("released", "pardon", "помилован"),
        ("unknown", None, "под следствием"),
    ]
    assert cases[0]["charges"] == "ст. 342; ст. 293"
    assert str(cases[1]["released_on"]) == "2025-09-16"
    assert all(c["recognised_by"] == "Viasna" for c in cases)


def test_an_error_names_the_column_as_the_file_titles_it(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "viasna.csv"
    path.write_text(
        "ФИО,Статус,Дата задержания\nТестаў Пётр,политзаключенный,31.02.2021\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as refused:
        import_path(store, path)
    message = str(refused.value)
    assert "row 2" in message and "'Дата задержания'" in message and "DD.MM.YYYY" in message


def test_a_newer_edition_gives_its_own_date(store: Store, tmp_path: Path) -> None:
    path, rows = _cppc_slice(tmp_path, 150)
    result = import_path(store, path, as_of=date(2016, 1, 1))
    mapping = result.mapping.as_dict() if result.mapping else {}
    assert mapping["as_of"] == "2016-01-01"
    assert mapping["statuses"] == dict(Counter(_expected_cppc(r, "2016-01-01") for r in rows))
    with pytest.raises(InputError) as refused:
        import_path(store, CUBA, as_of=date(2026, 1, 1))
    assert "--as-of" in str(refused.value)


def test_only_cases_the_keeper_holds_count_as_held(store: Store) -> None:
    from doorwatch.store.counts import held_on

    records = json.loads(VIASNA.read_text(encoding="utf-8"))
    import_path(store, VIASNA)
    on = date(2023, 2, 1)
    # former without a release date and np: not held on any day no source gives
    expected = sum(
        1
        for r in records
        if r["status"] == "active" and r["arrested"] and date.fromisoformat(r["arrested"]) <= on
    )
    assert held_on(store, on)["held"] == expected


def test_every_layout_file_is_read_and_checked() -> None:
    from doorwatch.ingest.registry_layouts import parse_layout, registry_layouts

    layouts = registry_layouts()
    assert {"viasna-json", "viasna-csv", "cppc-csv", "prisonersdefenders-csv"} <= set(layouts)
    good = {"name": "x", "format": "csv", "fields": {"name": {"column": "N"}}}
    assert parse_layout(good, "x.yaml").fields["name"][0].columns == ("N",)
    for bad, words in (
        ({**good, "statuss": {}}, "statuss"),
        ({**good, "fields": {"name": {"colum": "N"}}}, "colum"),
        ({**good, "fields": {"birth": {"column": "B"}}}, "birth"),
        ({**good, "status": {"column": "S", "map": {"free": "liberated"}}}, "liberated"),
        ({**good, "date_formats": ["MM-DD-YYYY"]}, "MM-DD-YYYY"),
    ):
        with pytest.raises(InputError) as refused:
            parse_layout(bad, "x.yaml")
        assert words in str(refused.value) and "x.yaml" in str(refused.value)


def test_a_partial_detention_date_is_not_given_a_day() -> None:
    from doorwatch.ingest.layout_rows import LayoutReader
    from doorwatch.ingest.registry_layouts import parse_layout

    layout = parse_layout(
        {
            "name": "partial",
            "format": "csv",
            "fields": {"name": {"column": "who"}, "detained_on": {"column": "arrested"}},
            "date_formats": ["YYYY-MM-DD", "YYYY-MM", "YYYY"],
            "status": {"column": "state", "map": {"in": "held"}},
        },
        "partial.yaml",
    )
    reader = LayoutReader(layout, "list.csv", ["who", "arrested", "state"])
    month = reader.row({"who": "A B", "arrested": "2021-03", "state": "in"}, 2)
    day = reader.row({"who": "C D", "arrested": "2021-03-04", "state": "in"}, 3)
    assert month["detained_on"] is None and month["note"] == "arrested: 2021-03"
    assert day["detained_on"] == date(2021, 3, 4) and day["note"] is None
    report = reader.report.as_dict()
    assert report["partial_dates"] == [{"value": "arrested (month)", "rows": 1, "first_rows": [2]}]


def test_people_lists_show_the_keepers_status_word(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    """The people list (table, CSV, JSON) shows a status the keeper wrote as they wrote it:
    Viasna's "np" beside the status doorwatch stores for it, "unknown"."""
    assert cli("init", "--db", db_url).code == 0
    assert cli("import", str(VIASNA), "--db", db_url).code == 0
    document = cli("people", "--status", "unknown", "--limit", "500", "--format", "json",
                   "--db", db_url).json()  # fmt: skip
    records = json.loads(VIASNA.read_text(encoding="utf-8"))
    assert len(document["items"]) == sum(1 for r in records if r["status"] == "np")
    assert {p["keeper_status"] for p in document["items"]} == {"np"}
    table = cli("people", "--status", "unknown", "--db", db_url)
    assert table.code == 0, table.err
    assert "unknown (keeper: np)" in " ".join(table.out.split())
    rows = list(csv.DictReader(cli("people", "--status", "unknown", "--format", "csv",
                                   "--db", db_url).out.splitlines()))  # fmt: skip
    assert rows and {r["keeper_status"] for r in rows} == {"np"}
    assert {r["status"] for r in rows} == {"unknown"}
