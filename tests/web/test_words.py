"""Pages show qualifiers and statuses as words ("more than", "freed in a deal"), not as the
identifiers the store keeps (the API's JSON keeps those)."""

from __future__ import annotations

from tests.web.conftest import Web, check_declared_shape


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


def test_the_keepers_own_status_word_is_shown_beside_the_status(web: Web) -> None:
    """A Viasna export's status "np" has no doorwatch status: the case is "unknown", and every
    list of people shows the keeper's word with it (page, search results, API)."""
    from doorwatch.ingest.importer import import_path
    from tests.store.test_keeper_layouts import VIASNA

    import_path(web.store, VIASNA)
    h = web.headers("viewer")
    api = web.client.get("/api/v1/people?status=unknown&limit=500", headers=h)
    check_declared_shape(web.client, "GET", api)
    items = api.json()["items"]
    assert items and {p["keeper_status"] for p in items} == {"np"}
    held = web.client.get("/api/v1/people?status=held&limit=500", headers=h).json()["items"]
    # Mapped words are kept beside the status too ("active" is held).
    assert "active" in {p["keeper_status"] for p in held}
    cases = web.client.get("/api/v1/cases?status=unknown&limit=500", headers=h)
    check_declared_shape(web.client, "GET", cases)
    assert {c["keeper_status"] for c in cases.json()["items"]} == {"np"}
    page = web.client.get("/people?status=unknown", headers=h).text
    assert "(as the keeper wrote it: np)" in page
    name = items[0]["name"]
    results = web.client.get("/people/search", params={"q": name}, headers=h).text
    assert "(as the keeper wrote it: np)" in results
