"""Pages show qualifiers and statuses as words ("more than", "freed in a deal"), not as the
identifiers the store keeps (the API's JSON keeps those)."""

from __future__ import annotations

from tests.web.conftest import Web


def test_pages_show_words_not_identifiers(web: Web) -> None:
    h = web.headers("viewer")
    claims = web.client.get("/claims?status=all&kind=figure", headers=h).text
    assert "more than" in claims and "more_than" not in claims
    people = web.client.get("/people?release_mode=deal", headers=h).text
    assert "freed in a deal" in people and ">deal<" not in people
    person = web.client.get("/people/person-ales-bialiatski", headers=h).text
    assert "freed in a deal" in person
    api = web.client.get("/api/v1/people?release_mode=deal", headers=h).json()
    assert {p["release_mode"] for p in api["items"]} == {"deal"}
    assert {f["value"]: f["label"] for f in api["facets"]["release_mode"]}["deal"] == (
        "freed in a deal"
    )
