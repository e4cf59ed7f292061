"""The foundation's commands, end to end, on each backend."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import CliResult


def test_init_status_deals(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--sample", "--db", db_url).code == 0
    result: CliResult = cli("status", "--on", "2025-09-30", "--format", "json", "--db", db_url)
    assert result.code == 0, result.err
    picture = result.json()
    assert isinstance(picture, dict)
    viasna = [r for r in picture["reported"] if r["reporter"] == "Viasna"]
    assert viasna[0]["value"] == 1201
    assert len(picture["reported"]) >= 3
    deals = cli("deals", "--format", "json", "--limit", "500", "--db", db_url).json()["items"]
    assert isinstance(deals, list)
    freed = {d["date"]: d["people_freed"] for d in deals}
    assert freed["2025-06-21"] == 14 and freed["2025-09-11"] == 52 and freed["2025-12-13"] == 123


def test_listings_in_every_format(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--sample", "--db", db_url)
    for command in (
        ["people"],
        ["deals"],
        ["claims", "--kind", "figure"],
        ["sources"],
        ["status", "--on", "2025-12-31"],
    ):
        as_json = cli(*command, "--format", "json", "--db", db_url)
        assert as_json.code == 0, (command, as_json.err)
        assert as_json.json()
        as_csv = cli(*command, "--format", "csv", "--db", db_url)
        assert as_csv.code == 0 and as_csv.out.count("\n") >= 2
        as_table = cli(*command, "--db", db_url)
        assert as_table.code == 0 and as_table.out.strip()


def test_people_search_and_person(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--sample", "--db", db_url)
    found = cli(
        "people", "--search", "Byalyatski", "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert isinstance(found, list) and [p["name"] for p in found] == ["Ales Bialiatski"]
    detail = cli("person", found[0]["id"], "--format", "json", "--db", db_url).json()
    assert isinstance(detail, dict)
    assert detail["cases"][0]["released_on"] == "2025-12-13"
    assert detail["cases"][0]["sources"]
    missing = cli("person", "nobody", "--db", db_url)
    assert missing.code == 3 and "nobody" in missing.err


def test_claims_filters(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--sample", "--db", db_url)
    quotes = cli(
        "claims", "--kind", "quote", "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert isinstance(quotes, list) and quotes
    assert all(q["kind"] == "quote" for q in quotes)
    # Claims whose citation had to be inferred wait for review, each saying what to check.
    proposed = cli(
        "claims", "--status", "proposed", "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert proposed and all("To check" in c["note"] for c in proposed)


def test_missing_database_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("people", "--db", str(tmp_path / "none.sqlite"))
    assert result.code == 4
    assert "doorwatch init" in result.err
    assert "Traceback" not in result.err


def test_unreadable_database(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    result = cli("people", "--db", str(path))
    assert result.code == 4
    assert "garbage.sqlite" in result.err and "Traceback" not in result.err


def test_newer_schema_is_refused(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from doorwatch.store import open_store

    store = open_store(db_url, create=True)
    with store.engine.begin() as connection:  # a later doorwatch's migration
        connection.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    result = cli("people", "--db", db_url)
    assert result.code == 4
    assert "newer" in result.err and "9999" in result.err


def test_settings(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    assert cli("settings", "set", "public_read", "true", "--db", db_url).code == 0
    values = cli("settings", "list", "--format", "json", "--db", db_url).json()
    assert values == {"public_read": "true", "trusted_proxy": "false"}
    bad = cli("settings", "set", "public_read", "maybe", "--db", db_url)
    assert bad.code == 2 and "true, false" in bad.err


def test_text_from_sources_is_printed_as_text_not_markup(cli, db_url: str) -> None:  # type: ignore[no-untyped-def]
    import io

    from rich.console import Console

    from doorwatch.cli.output import print_table

    buffer = io.StringIO()
    rows = [{"quote": "[he] said [bold]no[/bold]", "speaker": "[link]x"}]
    print_table(rows, ["speaker", "quote"], title="[he]", console=Console(file=buffer, width=120))
    printed = buffer.getvalue()
    assert "[he] said [bold]no[/bold]" in printed and "[link]x" in printed
    assert printed.count("[he]") == 2
    cli("init", "--db", db_url)
    bad = cli("door", "--from", "[he]", "--db", db_url)
    assert bad.code == 2 and "option --from: '[he]' is not a date" in bad.err
