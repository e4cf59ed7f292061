"""Hypothesis throws odd files at every importer and odd edits at the claim-edit endpoint, on
SQLite and on PostgreSQL: the answer is always a result or a clear DoorwatchError (a 422 on
the web), never another exception, a traceback or a 500, and a refused input writes nothing.

Two kinds of input: files built from scratch out of odd cells and JSON values, and real files
(an export, the bundled dataset, slices of real sanctions lists) with a few bytes inserted,
removed, replaced or cut off. ``DOORWATCH_FUZZ_EXAMPLES`` sets the examples a test (default
40; docs/security.md says how a longer run is made)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doorwatch.errors import DoorwatchError
from doorwatch.ingest.registry import REGISTRY_COLUMNS
from doorwatch.services.articles import ingest_article
from doorwatch.services.import_export import export_store, import_path
from doorwatch.store import Store, open_store
from tests.conftest import fingerprint
from tests.sanctions.slices import LISTS, ofac_csv_slice

FUZZ = settings(
    max_examples=int(os.environ.get("DOORWATCH_FUZZ_EXAMPLES", "40")),
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
odd_bytes = st.one_of(
    odd_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=12),
    st.sampled_from([b"\xff\xfe", b"\xef\xbb\xbf", b"<", b"</", b"&#0;", b"\r\n", b'"', b"{["]),
)
# One change to a file: (where, as a share of its length; how many bytes go; what comes in).
edits = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 64), odd_bytes), min_size=1, max_size=3)


def mutate(data: bytes, changes: list[tuple[float, int, bytes]]) -> bytes:
    """Return ``data`` with each change applied: ``removed`` bytes at ``where`` replaced by
    ``inserted`` (a change with nothing inserted past the end cuts the file off there)."""
    out = bytearray(data)
    for where, removed, inserted in changes:
        at = int(where * len(out))
        out[at : at + removed] = inserted
    return bytes(out)


@pytest.fixture
def fuzz_store(db_url: str) -> Iterator[Store]:
    """A store on each backend holding the bundled dataset, shared by a test's examples."""
    from doorwatch.services.setup import initialise

    initialise(db_url, sample=True)
    handle = open_store(db_url)
    yield handle
    handle.close()


def _refused_whole(store: Store, attempt: Any) -> None:
    """Run ``attempt``; when it raises a DoorwatchError the store must be as it was. Any other
    exception fails the test (it would be a traceback on the command line, a 500 on the web)."""
    before = fingerprint(store)
    try:
        attempt()
    except DoorwatchError as error:
        assert str(error)  # a message a person can read
        assert fingerprint(store) == before  # refused whole: nothing written


def _import(store: Store, path: Path) -> None:
    _refused_whole(store, lambda: import_path(store, path, actor="fuzz"))


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
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["Full name", "Status", "Date of detention", "Articles", "Sentence", "Date of release"]
    )
    writer.writerows(rows)
    path = tmp_path / "viasna.csv"
    if _write(path, buffer.getvalue()):
        _import(fuzz_store, path)


def _mutated_folder(seed: Path, out: Path, pick: int, changes: list[Any]) -> Path:
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(seed, out)
    files = sorted(p for p in out.iterdir() if p.is_file())
    target = files[pick % len(files)]
    target.write_bytes(mutate(target.read_bytes(), changes))
    return out


@FUZZ
@given(pick=st.integers(0, 100), changes=edits)
def test_export_csv_folder(
    fuzz_store: Store, tmp_path: Path, pick: int, changes: list[Any]
) -> None:
    seed = tmp_path / "seed"
    if not seed.exists():
        export_store(fuzz_store, "csv", seed, io.StringIO())
    _import(fuzz_store, _mutated_folder(seed, tmp_path / "export", pick, changes))


@FUZZ
@given(pick=st.integers(0, 100), changes=edits)
def test_dataset_folder(fuzz_store: Store, tmp_path: Path, pick: int, changes: list[Any]) -> None:
    from doorwatch.ingest.dataset_folder import bundled_dataset_dir

    folder = _mutated_folder(bundled_dataset_dir(), tmp_path / "dataset", pick, changes)
    _import(fuzz_store, folder)


def _sanctions_seeds(folder: Path) -> dict[str, Path]:
    """Small real slices of three list formats (OFAC CSV, Canada's XML, OpenSanctions CSV)."""
    seeds = {"ofac": ofac_csv_slice("ofac-sdn-2024-05", folder / "sdn.csv", first=8)}
    sema = (LISTS / "canada-sema-2020-04" / "sema-lmes.xml").read_bytes()
    cut = sema.index(b"</record>", 1200) + len(b"</record>")
    seeds["sema"] = folder / "sema-lmes.xml"
    seeds["sema"].write_bytes(sema[:cut] + b"\n</data-set>\n")
    simple = LISTS / "opensanctions-ua-war-sanctions-2026-03" / "targets.simple.csv"
    with simple.open("rb") as handle:
        head = b"".join(handle.readline() for _ in range(9))
    seeds["simple"] = folder / "targets.simple.csv"
    seeds["simple"].write_bytes(head)
    return seeds


@FUZZ
@given(which=st.sampled_from(["ofac", "sema", "simple"]), changes=edits)
def test_sanctions_lists(fuzz_store: Store, tmp_path: Path, which: str, changes: list[Any]) -> None:
    from doorwatch.services.sanctions import import_list

    seeds = tmp_path / "seeds"
    if not seeds.exists():
        seeds.mkdir()
        _sanctions_seeds(seeds)
    seed = {p.name: p for p in seeds.iterdir()}
    name = {"ofac": "sdn.csv", "sema": "sema-lmes.xml", "simple": "targets.simple.csv"}[which]
    path = tmp_path / "list" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(mutate(seed[name].read_bytes(), changes))
    _refused_whole(fuzz_store, lambda: import_list(fuzz_store, [path], list_date="2024-05-01"))


@FUZZ
@given(text=odd_text, title=odd_text, url=odd_text, published=cells)
def test_article_ingestion(
    fuzz_store: Store, text: str, title: str, url: str, published: str
) -> None:
    _refused_whole(
        fuzz_store,
        lambda: ingest_article(
            fuzz_store, text, title=title, url=url or None, published=published or None
        ),
    )


EDIT_FIELDS = st.sampled_from(
    ["measure", "value", "value_max", "qualifier", "as_of", "as_of_precision", "speaker",
     "quote", "action", "target", "imposer", "note", "status", "id"]
)  # fmt: skip


@pytest.fixture
def edit_client(fuzz_store: Store) -> Iterator[tuple[Any, dict[str, str], str]]:
    """A client of the app with an analyst's headers and the id of an accepted held count."""
    from fastapi.testclient import TestClient

    from doorwatch.services import accounts
    from doorwatch.store.evidence import list_claims
    from doorwatch.web.app import create_app

    accounts.add_user(fuzz_store, "fuzzer", "long enough password", "analyst", actor="test")
    token = accounts.new_token(fuzz_store, "fuzzer", actor="test")
    headers = {"Authorization": f"Bearer {token}", "content-type": "application/json"}
    held = list_claims(fuzz_store, status="accepted", measure="political_prisoners_held")
    with TestClient(create_app(store=fuzz_store), raise_server_exceptions=False) as client:
        yield client, headers, str(held[0]["id"])


@FUZZ
@given(edits=st.dictionaries(EDIT_FIELDS, json_values, max_size=4))
def test_claim_edit_endpoint(
    edit_client: tuple[Any, dict[str, str], str], edits: dict[str, Any]
) -> None:
    client, headers, claim_id = edit_client
    before = client.get(f"/api/v1/claims/{claim_id}", headers=headers).json()
    body = json.dumps(edits).encode("utf-8", "surrogatepass")
    response = client.post(f"/api/v1/claims/{claim_id}/edit", content=body, headers=headers)
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert client.get(f"/api/v1/claims/{claim_id}", headers=headers).json() == before
    for page in ("/api/v1/overview", f"/api/v1/claims/{claim_id}", "/"):
        assert client.get(page, headers=headers).status_code == 200, page
