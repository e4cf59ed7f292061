"""export → import restores the database exactly, in JSON Lines and in CSV."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from doorwatch.services.import_export import export_store, import_path
from doorwatch.store import RecordSet, Store, open_store, write_records
from doorwatch.store.dump import dump_rows


def _dump(store: Store) -> list[tuple[str, dict[str, object]]]:
    return list(dump_rows(store))


def test_jsonl_roundtrip_of_bundled_data(sample_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "export.jsonl"
    count = export_store(sample_store, "jsonl", out, io.StringIO())
    assert count > 100
    target = open_store(str(tmp_path / "restored.sqlite"), create=True)
    import_path(target, out)
    assert _dump(target) == _dump(sample_store)
    again = import_path(target, out)
    assert again.summary.total_added == 0 and again.summary.total_changed == 0


def test_csv_roundtrip_of_bundled_data(sample_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    export_store(sample_store, "csv", folder, io.StringIO())
    target = open_store(str(tmp_path / "restored.sqlite"), create=True)
    import_path(target, folder)
    assert _dump(target) == _dump(sample_store)


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=0, max_size=12)
_name = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzабвгдеёжзіўйклмнопрстуфхцчшыьэюя -'",
    min_size=1,
    max_size=20,
).filter(lambda s: s.strip() != "")
_day = st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 1, 1))


@st.composite
def registries(draw: st.DrawFn) -> RecordSet:
    records = RecordSet()
    records.add(
        "sources",
        {
            "id": "src",
            "kind": "registry_export",
            "title": draw(_text),
            "publisher": draw(st.none() | _text),
        },
    )
    for p in range(draw(st.integers(0, 6))):
        pid = f"p{p}"
        records.add(
            "persons",
            {
                "id": pid,
                "name": draw(_name),
                "gender": draw(st.sampled_from([None, "male", "female"])),
            },
        )
        for alias in draw(st.lists(_name, max_size=3, unique=True)):
            records.add(
                "person_names",
                {"person_id": pid, "name": alias, "script": "latin", "source_id": "src"},
            )
        for c in range(draw(st.integers(1, 3))):
            detained = draw(st.none() | _day)
            released = draw(
                st.none()
                | st.integers(0, 2000).map(lambda d, t=detained: t and t + timedelta(days=d))
            )
            records.add(
                "cases",
                {
                    "id": f"{pid}-c{c}",
                    "person_id": pid,
                    "detained_on": detained,
                    "charges": draw(st.none() | _text),
                    "sentence": draw(st.none() | _text),
                    "status": "released"
                    if released
                    else draw(st.sampled_from(["held", "served", "died"])),
                    "released_on": released,
                    "expelled": draw(st.booleans()),
                    "recognised_on": draw(st.none() | _day),
                    "note": draw(st.none() | _text),
                },
            )
            records.cite("case", f"{pid}-c{c}", "src")
    for k in range(draw(st.integers(0, 3))):
        records.add(
            "claims",
            {
                "id": f"cl{k}",
                "source_id": "src",
                "kind": "figure",
                "measure": "political_prisoners_held",
                "value": draw(st.floats(0, 1e6, allow_nan=False)),
                "as_of": draw(_day).isoformat(),
                "status": "accepted",
                "wording": draw(st.none() | _text),
            },
        )
    return records


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(registry=registries(), fmt=st.sampled_from(["jsonl", "csv"]))
def test_roundtrip_is_lossless(
    db_url: str, tmp_path_factory, registry: RecordSet, fmt: str
) -> None:  # type: ignore[no-untyped-def]
    work = tmp_path_factory.mktemp("rt")
    source = open_store(str(work / "source.sqlite"), create=True)
    write_records(source, registry)
    out = work / ("export.jsonl" if fmt == "jsonl" else "export")
    export_store(source, fmt, out, io.StringIO())
    # the restore goes to the backend under test, fresh for this example
    target = open_store(db_url, create=True)
    from doorwatch.store.schema import TABLE_ORDER
    from doorwatch.store.schema_support import SUPPORT_TABLES

    with target.write() as connection:
        # Support cases follow the releases, so they go before the cases they point at.
        for table in (*reversed(SUPPORT_TABLES), *reversed(TABLE_ORDER)):
            connection.execute(table.delete())
    import_path(target, out)
    assert _dump(target) == _dump(source)
    target.close()
    source.close()
