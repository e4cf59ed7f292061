"""A registry file with any defect is refused whole, with a precise message, on each backend;
the database afterwards is exactly what it was before."""

from __future__ import annotations

from pathlib import Path

import pytest

from doorwatch.store import Store, open_store
from tests.conftest import fingerprint

HEADER = "name,aliases,gender,detained_on,charges,status,released_on,release_mode\n"
GOOD = HEADER + (
    "Ihar Losik,Игорь Лосик,male,2020-06-25,Art. 342; Art. 293,released,2025-06-21,deal\n"
    "Maria Kalesnikava,Kolesnikova,female,2020-09-07,Art. 361,released,2025-12-13,deal\n"
    "Anna Testova,,female,2023-03-01,Art. 342,held,,\n"
)

# defect → (file name, content, the words the error must contain)
DEFECTS: dict[str, tuple[str, bytes, list[str]]] = {
    "bad date": (
        "bad_date.csv",
        (GOOD + "Piotr Testau,,male,2021-13-45,Art. 342,held,,\n").encode(),
        ["row 5", "detained_on", "2021-13-45", "YYYY-MM-DD"],
    ),
    "release before detention": (
        "early_release.csv",
        (GOOD + "Piotr Testau,,male,2022-05-01,Art. 342,released,2021-01-01,pardon\n").encode(),
        ["row 5", "released_on", "before detention"],
    ),
    "unknown status": (
        "status.csv",
        (GOOD + "Piotr Testau,,male,2022-05-01,Art. 342,vanished,,\n").encode(),
        ["row 5", "status", "vanished", "held"],
    ),
    "missing name": (
        "noname.csv",
        (GOOD + ",,male,2022-05-01,Art. 342,held,,\n").encode(),
        ["row 5", "name", "missing"],
    ),
    "wrong column set": (
        "columns.csv",
        (b"fullname,state\nIhar Losik,held\n"),
        ["row 1", "unknown column", "fullname", "missing column", "name"],
    ),
    "not UTF-8": (
        "latin1.csv",
        (GOOD + "Piotr Testau,,male,2022-05-01,Art. 342,held,,\n")
        .encode()
        .replace(b"Piotr", "Pïotr".encode("latin-1")),
        ["row 5", "not UTF-8", "UTF-8"],
    ),
    "truncated row": (
        "cut.csv",
        (GOOD + "Piotr Testau,,male,2022-05").encode(),
        ["row 5", "fields", "cut off"],
    ),
    "truncated quote": (
        "cutquote.csv",
        (GOOD + 'Piotr Testau,"Пётр Тестов,male').encode(),
        ["row 5", "cut off"],
    ),
    "truncated JSON": (
        "cut.json",
        b'[{"name": "Ihar Losik", "cases": [{"status": "held", "detained_on": "2020-06-25"}]}, {"na',
        ["cut.json", "not valid JSON", "cut off"],
    ),
    "list-valued name": (
        "listname.json",
        b'[{"name": ["x"], "cases": [{"status": "held"}]}]',
        ["row 1", "name", "list where text belongs"],
    ),
    "NUL byte in a name": (
        "nul.csv",
        (GOOD + "Piotr\x00Testau,,male,2022-05-01,Art. 342,held,,\n").encode(),
        ["row 5", "name", "NUL"],
    ),
    "absurdly long name": (
        "long.csv",
        (GOOD + "P" * 100_000 + ",,male,2022-05-01,Art. 342,held,,\n").encode(),
        ["row 5", "name", "100000 characters", "at most 300"],
    ),
    "deeply nested JSON": (
        "deep.json",
        b"[" * 100_000 + b"]" * 100_000,
        ["deep.json", "nested too deeply"],
    ),
    "unknown JSON field": (
        "field.json",
        b'[{"name": "Ihar Losik", "born": 1992, "cases": [{"status": "held"}]}]',
        ["row 1", "born"],
    ),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_defective_file_is_refused_whole(cli, db_url: str, tmp_path: Path, defect: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--sample", "--db", db_url).code == 0
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    assert cli("import", str(good), "--db", db_url).code == 0
    before = fingerprint(open_store(db_url))

    name, content, words = DEFECTS[defect]
    bad = tmp_path / name
    bad.write_bytes(content)
    result = cli("import", str(bad), "--db", db_url)

    assert result.code == 2, result.err
    message = " ".join(result.err.split())
    assert str(bad.name) in message
    for word in words:
        assert word in message, (word, message)
    assert "Traceback" not in result.err
    assert fingerprint(open_store(db_url)) == before


def test_second_import_is_a_no_op(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    good = tmp_path / "good.csv"
    good.write_text(GOOD, encoding="utf-8")
    first = cli("import", str(good), "--format", "json", "--db", db_url).json()
    assert isinstance(first, dict) and first["added"] > 0
    before = fingerprint(open_store(db_url))
    second = cli("import", str(good), "--format", "json", "--db", db_url).json()
    assert isinstance(second, dict)
    assert second["added"] == 0 and second["changed"] == 0
    assert fingerprint(open_store(db_url)) == before


def test_reimport_with_a_release_updates_the_case(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    first = tmp_path / "v1.csv"
    first.write_text(GOOD, encoding="utf-8")
    cli("import", str(first), "--db", db_url)
    second = tmp_path / "v2.csv"
    second.write_text(
        GOOD.replace("Art. 342,held,,", "Art. 342,released,2025-09-16,pardon"), "utf-8"
    )
    result = cli("import", str(second), "--format", "json", "--db", db_url).json()
    assert isinstance(result, dict)
    assert result["by_table"]["cases"]["changed"] == 1
    people = cli(
        "people", "--search", "Testova", "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert isinstance(people, list) and people[0]["status"] == "released"
    detail = cli("person", people[0]["id"], "--format", "json", "--db", db_url).json()
    assert isinstance(detail, dict)
    assert len(detail["sources"]) == 2  # both files stay cited


def test_viasna_layout(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    path = tmp_path / "viasna.csv"
    path.write_text(
        "Full name,Status,Date of detention,Articles,Sentence,Date of release\n"
        "Testau Piotr,political prisoner,05.03.2021,Art. 342,3 years,\n"
        "Testava Alena,pardoned,01.02.2022,Art. 361-1,2 years,16.09.2025\n",
        encoding="utf-8",
    )
    result = cli("import", str(path), "--format", "json", "--db", db_url)
    assert result.code == 0, result.err
    people = cli("people", "--format", "json", "--limit", "500", "--db", db_url).json()["items"]
    assert isinstance(people, list)
    by_name = {p["name"]: p for p in people}
    assert by_name["Testau Piotr"]["status"] == "held"
    assert by_name["Testava Alena"]["released_on"] == "2025-09-16"


def test_unknown_deal_reference(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    path = tmp_path / "deal.csv"
    path.write_text("name,status,released_on,deal_id\nA B,released,2025-01-01,deal-nope\n", "utf-8")
    result = cli("import", str(path), "--db", db_url)
    assert result.code == 2 and "deal-nope" in result.err and "row 2" in result.err


def test_mixed_script_name_is_flagged(cli, db_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    path = tmp_path / "homoglyph.csv"
    # Cyrillic А and В inside otherwise Latin words
    path.write_text(
        HEADER + "\u0410les \u0412ialiatski,,male,2021-07-14,Art. 228,held,,\n", "utf-8"
    )
    result = cli("import", str(path), "--format", "json", "--db", db_url).json()
    assert isinstance(result, dict)
    flagged = [f for f in result["flags"] if "look-alike" in f["action"]]
    assert flagged and flagged[0]["row"] == 2
    assert "\u0410les" in flagged[0]["action"] and "\u0412ialiatski" in flagged[0]["action"]
    plain = tmp_path / "plain.csv"
    plain.write_text(
        HEADER + "Ales Bialiatski,Алесь Бяляцкі,male,2021-07-14,Art. 228,held,,\n", "utf-8"
    )
    result = cli("import", str(plain), "--format", "json", "--db", db_url).json()
    assert isinstance(result, dict)
    assert not [f for f in result["flags"] if "look-alike" in f["action"]]


BAD_CLAIMS = {
    "as_of": ("abc", "is not a date"),
    "measure": ("nonsense", "unknown measure"),
    "value": (float("inf"), "plausible"),
    "value_max": (1.0, "below the value"),
    "qualifier": ("roughly", "unknown value"),
}


@pytest.mark.parametrize("field", sorted(BAD_CLAIMS))
def test_export_with_a_bad_claim_is_refused(cli, db_url: str, tmp_path: Path, field: str) -> None:  # type: ignore[no-untyped-def]
    import json

    assert cli("init", "--sample", "--db", db_url).code == 0
    out = tmp_path / "dump.jsonl"
    assert cli("export", "--out", str(out), "--db", db_url).code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    number = next(
        i
        for i, line in enumerate(lines)
        if (row := json.loads(line)).get("table") == "claims"
        and (row["row"].get("value") or 0) >= 1
    )
    record = json.loads(lines[number])
    value, words = BAD_CLAIMS[field]
    record["row"][field] = value
    lines[number] = json.dumps(record)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "fresh.sqlite"
    assert cli("init", "--db", str(target)).code == 0
    result = cli("import", str(out), "--db", str(target))
    assert result.code == 2, result.err
    message = " ".join(result.err.split())
    assert f"row {number + 1}" in message and field in message and words in message, message


@pytest.mark.parametrize("written", ['"342;361-1"', '["342;361-1 "]', '["342", " 361-1"]'])
def test_a_datasets_articles_are_kept_in_one_form(
    store: Store, tmp_path: Path, written: str
) -> None:
    """A dataset's case may give its articles as one text or a list, with or without spaces:
    they are stored "342; 361-1" (a text was once joined letter by letter), the form the
    people filter and its counts read."""
    import shutil

    from doorwatch.ingest.dataset_folder import bundled_dataset_dir
    from doorwatch.services.import_export import import_path
    from doorwatch.services.listings import people_page
    from doorwatch.store.filters import CaseFilters

    folder = tmp_path / "dataset"
    shutil.copytree(bundled_dataset_dir(), folder)
    cases = folder / "cases.yaml"
    text = cases.read_text(encoding="utf-8")
    head = "- id: case-ales-bialiatski-2021\n  person: person-ales-bialiatski\n"
    at = text.index(head)
    old = text.index("  charges: []\n", at)
    cases.write_text(text[:old] + f"  charges: {written}\n" + text[old + 14 :], encoding="utf-8")
    import_path(store, folder)
    for article in ("342", "361-1"):
        page = people_page(store, filters=CaseFilters(article=article), with_facets=True)
        assert [p["id"] for p in page["items"]] == ["person-ales-bialiatski"], article
        counts = {f["value"]: f["count"] for f in page["facets"]["article"]}
        assert counts.get(article) == 1, (article, counts)
