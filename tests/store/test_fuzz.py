"""Hypothesis throws odd files at every importer and odd edits at the claim-edit endpoint:
the answer is always a result or a clear InputError (a 422 on the web), never a traceback or a
500, and a refused input writes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doorwatch.errors import DoorwatchError
from doorwatch.ingest.registry import REGISTRY_COLUMNS
from doorwatch.services.articles import ingest_article
from doorwatch.services.import_export import import_file
from doorwatch.store import Store, open_store
from tests.conftest import fingerprint

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Text with the characters that broke things before: NUL, lone surrogates, formulas, quotes.
odd_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(["\x00", "\ud800", "=", "+", "@", '"', ",", ";", "\n", "\t", "А", "В"]),
    ),
    max_size=40,
)
cells = st.one_of(
    odd_text,
    st.sampled_from(["2020-01-01", "9999-12-31", "31.12.2021", "held", "released", "pardon", ""]),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.floats(), st.integers(), odd_text),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(odd_text, inner, max_size=4),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """One SQLite store with the bundled dataset, shared by the examples of this module."""
    from doorwatch.services.setup import initialise

    path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    initialise(str(path), sample=True)
    return open_store(str(path))


def _import(store: Store, path: Path) -> None:
    before = fingerprint(store)
    try:
        import_file(store, path)
    except DoorwatchError:
        assert fingerprint(store) == before  # refused whole: nothing written
    except UnicodeEncodeError:  # writing the fuzz file itself, not doorwatch
        pass


def _write(path: Path, text: str) -> bool:
    try:
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
    except UnicodeEncodeError:
        return False
    return True


@FUZZ
@given(
    rows=st.lists(
        st.lists(cells, min_size=len(REGISTRY_COLUMNS), max_size=len(REGISTRY_COLUMNS)), max_size=5
    )
)
def test_registry_csv(fuzz_store: Store, tmp_path: Path, rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(REGISTRY_COLUMNS)
    writer.writerows(rows)
    path = tmp_path / "fuzz.csv"
    if _write(path, buffer.getvalue()):
        _import(fuzz_store, path)


@FUZZ
@given(data=json_values)
def test_registry_json(fuzz_store: Store, tmp_path: Path, data: Any) -> None:
    path = tmp_path / "fuzz.json"
    if _write(path, json.dumps(data)):
        _import(fuzz_store, path)


@FUZZ
@given(
    people=st.lists(
        st.fixed_dictionaries(
            {
                "name": cells,
                "cases": st.lists(
                    st.dictionaries(st.sampled_from(REGISTRY_COLUMNS[4:]), cells, max_size=6),
                    min_size=1,
                    max_size=2,
                ),
            }
        ),
        max_size=4,
    )
)
def test_registry_json_shaped(
    fuzz_store: Store, tmp_path: Path, people: list[dict[str, Any]]
) -> None:
    path = tmp_path / "shaped.json"
    if _write(path, json.dumps(people)):
        _import(fuzz_store, path)


@FUZZ
@given(lines=st.lists(json_values, max_size=4))
def test_export_jsonl(fuzz_store: Store, tmp_path: Path, lines: list[Any]) -> None:
    from doorwatch.store.migrate import head_revision

    header = {"format": "doorwatch-export", "version": 1, "schema": head_revision()}
    text = "\n".join(json.dumps(x) for x in [header, *lines]) + "\n"
    path = tmp_path / "fuzz.jsonl"
    if _write(path, text):
        _import(fuzz_store, path)


@FUZZ
@given(rows=st.lists(st.lists(cells, min_size=6, max_size=6), max_size=4))
def test_viasna_layout(fuzz_store: Store, tmp_path: Path, rows: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["Full name", "Status", "Date of detention", "Articles", "Sentence", "Date of release"]
    )
    writer.writerows(rows)
    path = tmp_path / "viasna.csv"
    if _write(path, buffer.getvalue()):
        _import(fuzz_store, path)


@FUZZ
@given(text=odd_text, title=odd_text, url=odd_text, published=cells)
def test_article_ingestion(
    fuzz_store: Store, text: str, title: str, url: str, published: str
) -> None:
    before = fingerprint(fuzz_store)
    try:
        ingest_article(fuzz_store, text, title=title, url=url or None, published=published or None)
    except DoorwatchError:
        assert fingerprint(fuzz_store) == before


_WEB: dict[str, Any] = {}
EDIT_FIELDS = st.sampled_from(
    ["measure", "value", "value_max", "qualifier", "as_of", "as_of_precision", "speaker",
     "quote", "action", "target", "imposer", "note", "status", "id"]
)  # fmt: skip


@FUZZ
@given(edits=st.dictionaries(EDIT_FIELDS, json_values, max_size=4))
def test_claim_edit_endpoint(fuzz_store: Store, edits: dict[str, Any]) -> None:
    from fastapi.testclient import TestClient

    from doorwatch.services import accounts
    from doorwatch.store.evidence import list_claims
    from doorwatch.web.app import create_app

    if not _WEB:
        accounts.add_user(fuzz_store, "fuzzer", "long enough password", "analyst", actor="test")
        _WEB["token"] = accounts.new_token(fuzz_store, "fuzzer", actor="test")
        _WEB["client"] = TestClient(create_app(store=fuzz_store))
        held = list_claims(fuzz_store, status="accepted", measure="political_prisoners_held")
        _WEB["claim"] = held[0]["id"]
    _CLIENT, claim_id = _WEB["client"], _WEB["claim"]
    headers = {"Authorization": f"Bearer {_WEB['token']}", "content-type": "application/json"}
    before = _CLIENT.get(f"/api/v1/claims/{claim_id}", headers=headers).json()
    body = json.dumps(edits).encode("utf-8", "surrogatepass")
    response = _CLIENT.post(f"/api/v1/claims/{claim_id}/edit", content=body, headers=headers)
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert _CLIENT.get(f"/api/v1/claims/{claim_id}", headers=headers).json() == before
    assert _CLIENT.get("/api/v1/overview", headers=headers).status_code == 200
