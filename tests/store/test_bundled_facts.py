"""The bundled dataset checked against the facts sheet and the articles: every figure, quote
and alias is found where the record says it comes from, and the corrections hold."""

from __future__ import annotations

import re
from typing import Any

import pytest

from doorwatch.ingest.dataset_folder import bundled_dataset_dir, read_dataset_folder
from doorwatch.store import Store
from doorwatch.store.listing import get_case
from tests.conftest import SHARED

FACTS = (SHARED / "facts" / "belarus.md").read_text(encoding="utf-8")
ARTICLES = {
    path.name[:3]: path.read_text(encoding="utf-8")
    for path in (SHARED / "corpus" / "articles").glob("*.txt")
}
RECORDS = read_dataset_folder(bundled_dataset_dir())


def _article(source_id: str) -> str | None:
    match = re.fullmatch(r"seed-(\d{3})", source_id)
    return ARTICLES[match.group(1)] if match else None


def _forms(value: float) -> list[str]:
    n = int(value)
    return [f"{n:,}", str(n)]


def _in_facts(value: float, dates: list[str]) -> bool:
    """Return True when a line of the facts sheet holds the number and one of the dates."""
    for line in FACTS.splitlines():
        has_number = any(
            re.search(rf"(?<![\d,]){re.escape(f)}(?![\d,])", line) for f in _forms(value)
        )
        if has_number and any(d and d in line for d in dates):
            return True
    return False


def _dates(text: str | None) -> list[str]:
    return [] if not text else [text, text[:7], text[:4]]


@pytest.mark.parametrize("claim", RECORDS.table("claims"), ids=lambda c: c["id"])
def test_every_claim_is_in_its_article_or_the_facts(claim: dict[str, Any]) -> None:
    article = _article(claim["source_id"])
    if article is not None:
        words = claim["quote"] if claim["kind"] == "quote" else claim["wording"]
        assert words and words.lower() in article.lower(), f"{words!r} not in the article"
        return
    if claim["kind"] == "quote":
        assert claim["quote"] in FACTS
        return
    dates = _dates(claim["as_of"]) + _dates(claim["period_start"])
    assert _in_facts(claim["value"], dates), f"{claim['value']} ({dates}) not in the facts"


@pytest.mark.parametrize(
    "event",
    [e for e in RECORDS.table("events") if (e["count"] or 0) > 1],
    ids=lambda e: e["id"],
)
def test_every_recorded_count_is_in_the_facts(event: dict[str, Any]) -> None:
    dates = _dates(event["date"].isoformat())
    if event["period_start"]:
        dates += _dates(event["period_start"].isoformat())
    assert _in_facts(event["count"], dates)


def test_people_who_died_are_named_in_the_facts() -> None:
    deaths = [e for e in RECORDS.table("events") if e["kind"] == "death"]
    names = {p["id"]: p["name"] for p in RECORDS.table("persons")}
    for event in deaths:
        person = "person-" + event["id"].split("-", 2)[2]
        assert names[person] in FACTS


def test_aliases_are_credited_to_the_source_that_used_them() -> None:
    credited = [n for n in RECORDS.table("person_names") if n["source_id"]]
    assert credited
    for name in credited:
        article = _article(name["source_id"])
        if article is not None:
            assert name["name"] in article, f"{name['name']} not in {name['source_id']}"
    languages = {n["language"] for n in RECORDS.table("person_names") if n["script"] == "cyrillic"}
    assert {"be", "ru"} <= languages
    for name in RECORDS.table("person_names"):
        if name["language"] == "be":
            assert not re.search("[ищъИЩЪ]", name["name"]), name["name"]
        if name["language"] == "ru":
            assert not re.search("[іўІЎ]", name["name"]), name["name"]


def _claim(claim_id: str) -> dict[str, Any]:
    return next(c for c in RECORDS.table("claims") if c["id"] == claim_id)


def test_corrections() -> None:
    trump = _claim("claim-held-2025-08-seed-004")
    assert (trump["origin"], trump["qualifier"]) == ("Donald Trump", "about")
    # seed 001's "some 1,300" is the figure Trump set his envoy, not a new count
    envoy = _claim("claim-held-2025-12-10-seed-001")
    assert (envoy["origin"], envoy["definition"]) == ("Donald Trump", trump["definition"])
    # the 52 of September 2025: each outlet names whose count it gives
    assert _claim("claim-released-2025-09-11-ap")["origin"].startswith("Gitanas Nausėda")
    assert _claim("claim-released-2025-09-11-kyiv-independent")["origin"] == (
        "U.S. Embassy in Vilnius"
    )
    dissident = _claim("claim-held-2025-09-30-dissident-by")
    assert dissident["source_id"] == "belarus-nau-2025-09-30"
    assert dissident["origin"] == "dissident.by" and dissident["definition"]
    source = next(s for s in RECORDS.table("sources") if s["id"] == "belarus-nau-2025-09-30")
    assert source["published"] == "2025-09-30"
    ukrainians = next(e for e in RECORDS.table("events") if e["date"].isoformat() == "2025-11-22")
    assert ukrainians["deal_id"] is None and ukrainians["release_mode"] is None
    assert not [d for d in RECORDS.table("deals") if d["date"].isoformat() == "2025-11-22"]
    february = next(e for e in RECORDS.table("events") if e["id"] == "release-2025-02-12-deal")
    assert february["qualifier"] == "at_least"
    for claim in RECORDS.table("claims"):
        if "likeliest" in (claim["note"] or ""):
            assert claim["status"] == "proposed" and "To check" in claim["note"]
    past_year = _claim("claim-released-past-year-seed-002")
    assert past_year["period_start"] is None and past_year["period_label"]
    since = _claim("claim-served-since-2020")
    assert since["period_label"] == "since 2020" and since["period_start"] == "2020"
    overlaps = RECORDS.table("batch_overlaps")
    assert [(o["event_id"], o["includes_event_id"], o["count"]) for o in overlaps] == [
        ("release-2024-08-16-pardon", "release-2024-07-pardon", 18)
    ]


def test_unknown_expulsion_is_stored_as_unknown(sample_store: Store) -> None:
    case = get_case(sample_store, "case-andrey-kuznechyk-2021")
    assert case["expelled"] is None
