"""Names across spellings in the store: search, linking on import, and duplicate review."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Бяляцкі", "Ales Bialiatski"),
        ("Алесь Беляцкий", "Ales Bialiatski"),
        ("Byalyatski", "Ales Bialiatski"),
        ("Kolesnikova", "Maria Kalesnikava"),
        ("LUKASHENKA, Alyaksandr", "Alexander Lukashenko"),
        ("Sergei Tikhanovsky", "Siarhei Tsikhanouski"),
    ],
)
def test_search_by_another_spelling(cli, db_url: str, query: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--sample", "--db", db_url)
    found = cli(
        "people", "--search", query, "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert isinstance(found, list) and found[0]["name"] == expected


def test_full_name_does_not_find_the_spouse(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--sample", "--db", db_url)
    found = cli(
        "people",
        "--search",
        "Sviatlana Tikhanovskaya",
        "--format",
        "json",
        "--limit",
        "500",
        "--db",
        db_url,
    ).json()["items"]
    assert isinstance(found, list)
    assert [p["name"] for p in found] == ["Sviatlana Tsikhanouskaya"]


def test_import_links_a_known_person_and_flags_an_uncertain_one(
    cli, db_url: str, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--sample", "--db", db_url)
    path = tmp_path / "reg.csv"
    path.write_text(
        "name,status,detained_on\n"
        "Алесь Бяляцкі,held,2021-07-14\n"  # the stored Ales Bialiatski, in Cyrillic
        "Kalesnikava,held,2020-09-07\n",  # a family name alone: uncertain
        encoding="utf-8",
    )
    result = cli("import", str(path), "--format", "json", "--db", db_url).json()
    assert isinstance(result, dict)
    actions = [(f["name"], f["action"]) for f in result["flags"]]
    assert ("Алесь Бяляцкі", "linked to the stored person") in actions
    assert any(n == "Kalesnikava" and a.startswith("added as a new person") for n, a in actions)
    assert result["by_table"]["persons"]["added"] == 1  # only the uncertain one
    bialiatski = cli("person", "person-ales-bialiatski", "--format", "json", "--db", db_url).json()
    assert isinstance(bialiatski, dict)
    (case,) = bialiatski["cases"]  # the same arrest, now cited by both sources
    assert case["released_on"] == "2025-12-13"  # the file's "held" does not overwrite it
    assert len(case["sources"]) > 1
    assert any(f["action"].startswith("kept the stored status") for f in result["flags"])
    pairs = cli("names", "dedupe", "--format", "json", "--db", db_url).json()
    assert isinstance(pairs, list)
    assert any({p["left_name"], p["right_name"]} >= {"Kalesnikava"} for p in pairs)
    assert all(p["same"] is not False for p in pairs)


def test_reindex_rebuilds_the_same_keys(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from doorwatch.store import open_store
    from doorwatch.store.dump import dump_rows

    cli("init", "--sample", "--db", db_url)

    def keys() -> list[dict[str, object]]:
        return [row for table, row in dump_rows(open_store(db_url)) if table == "name_keys"]

    before = keys()
    result = cli("names", "reindex", "--db", db_url)
    assert result.code == 0, result.err
    assert f"{len(before)} search keys written" in result.err
    assert keys() == before
    found = cli(
        "people", "--search", "Byalyatski", "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert isinstance(found, list) and found[0]["name"] == "Ales Bialiatski"
