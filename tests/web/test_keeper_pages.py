"""A person imported from a keeper's registry links to the keeper's page, and shows the status
as the keeper wrote it beside doorwatch's."""

from __future__ import annotations

import json

import pytest

from doorwatch.ingest.importer import import_path
from doorwatch.store.dump import dump_rows
from tests.conftest import SHARED
from tests.web.conftest import Web, login

VIASNA = (
    SHARED / "data" / "registries" / "viasna-belarus-2023-02-excerpt" / "prisoners.excerpt.json"
)


@pytest.mark.skipif(not VIASNA.exists(), reason="shared registries not present")
def test_person_page_links_to_the_keepers_page(web: Web) -> None:
    import_path(web.store, VIASNA)
    record = next(r for r in json.loads(VIASNA.read_text(encoding="utf-8")) if r["status"] == "np")
    person_id = next(
        row["id"]
        for table, row in dump_rows(web.store)
        if table == "persons" and row["name"] == record["name"]
    )
    login(web.client, "viewer")
    page = web.client.get(f"/people/{person_id}")
    assert page.status_code == 200
    assert f'href="{record["url"]}"' in page.text
    assert "as the keeper wrote it: np" in page.text
