"""Articles in, claims proposed, reviewed at the terminal, and counted once accepted."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

ARTICLE = (
    "Minsk freed 25 political prisoners on Tuesday, the presidential press service said.\n"
    "Human rights group Viasna said more than 1,100 political prisoners remain behind bars.\n"
    '"We will keep asking for every one of them," Viasna head Ales Bialiatski told reporters.\n'
    "The United States lifted sanctions on Belarusian potash producer Belaruskali.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_ingest_twice_adds_nothing(cli, db_url: str, article: Path) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--sample", "--db", db_url)
    first = cli(
        "ingest", str(article), "--published", "2025-09-18", "--format", "json", "--db", db_url
    )
    assert first.code == 0, first.err
    rows = first.json()
    assert isinstance(rows, list) and rows[0]["claims_added"] >= 3
    assert rows[0]["speakers_linked"] == ["Ales Bialiatski"]
    again = cli("ingest", str(article), "--format", "json", "--db", db_url).json()
    assert isinstance(again, list) and again[0]["claims_added"] == 0
    assert again[0]["new_source"] is False
    proposed = cli(
        "claims", "--status", "proposed", "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert isinstance(proposed, list)
    # the bundled data's own proposed claims (inferred citations) are not this article's
    from_article = [c for c in proposed if c["source_id"] == rows[0]["source_id"]]
    assert len(from_article) == rows[0]["claims"]
    person = cli("person", "person-ales-bialiatski", "--format", "json", "--db", db_url).json()
    assert isinstance(person, dict)
    assert any(s["id"] == rows[0]["source_id"] for s in person["sources"])


def test_review_accept_reject_edit(
    cli, db_url: str, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    cli("init", "--db", db_url)
    cli("ingest", str(article), "--published", "2025-09-18", "--db", db_url)
    queue = cli(
        "claims", "--status", "proposed", "--format", "json", "--limit", "500", "--db", db_url
    ).json()["items"]
    assert isinstance(queue, list) and len(queue) >= 3
    # accept the first, reject the second, edit the third (a note), then quit
    monkeypatch.setattr("sys.stdin", io.StringIO("a\nr\ne\nnote=checked against Viasna\n\nq\n"))
    result = cli("review", "--reviewer", "monitor-1", "--db", db_url)
    assert result.code == 0, result.err
    assert "2 decision" not in result.out and "3 decision(s) recorded as monitor-1" in result.out
    claims = cli("claims", "--format", "json", "--limit", "500", "--db", db_url).json()["items"]
    assert isinstance(claims, list)
    by_status = {c["status"] for c in claims}
    assert {"accepted", "rejected", "proposed"} <= by_status
    reviewed = [c for c in claims if c["reviewed_by"] == "monitor-1"]
    assert len(reviewed) == 3
    assert any(c["note"] == "checked against Viasna" for c in reviewed)
