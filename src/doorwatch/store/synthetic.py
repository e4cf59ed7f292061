"""Writing a synthetic registry into the store, clearly marked as synthetic.

A million cases come with a million persons (each with its name in ``person_names`` and its word
keys in ``name_keys``, so that search finds them) and about five million events, so the rows go in
as plain tuples through the database's bulk path (COPY, or executemany) in one transaction, with
the secondary indexes dropped for the load and built once at the end, and the daily case
counts rebuilt once. Either all of it is stored or none of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import Connection, Table, insert

from doorwatch.store.database import Store
from doorwatch.store.derived_counts import refresh_case_counts
from doorwatch.store.engine import copy_rows, refresh_statistics, secondary_indexes
from doorwatch.store.schema import (
    CASE_COLUMNS,
    cases,
    events,
    name_keys,
    person_names,
    persons,
    sources,
)


@dataclass
class CaseChunk:
    """One chunk of synthetic cases and their events as column arrays (NaT = no date)."""

    number: NDArray[np.int64]
    detained: NDArray[np.datetime64]
    recognised: NDArray[np.datetime64]
    released: NDArray[np.datetime64]
    mode: NDArray[np.str_]  # "", pardon, deal, end_of_sentence, died_in_custody
    expelled: NDArray[np.bool_]
    charges: list[str]  # criminal-code articles of each case, "; "-separated
    event_case: NDArray[np.int64]  # case number of each event
    event_kind: NDArray[np.str_]
    event_date: NDArray[np.datetime64]
    name: list[str]  # of the person of each case
    word_keys: list[list[str]]  # the search keys ("w:" + folded word) of each name


_PERSON_COLUMNS = ("id", "name", "note")
_NAME_COLUMNS = ("person_id", "name", "script", "source_id")
_EVENT_COLUMNS = ("id", "kind", "date", "date_precision", "count", "qualifier", "case_id")
_STATUS = {"": "held", "end_of_sentence": "served", "died_in_custody": "died"}


def _iso(days: NDArray[np.datetime64]) -> list[str | None]:
    """Return ISO day strings, None where there is no date (both backends read these)."""
    out = np.datetime_as_string(days.astype("datetime64[D]"), unit="D").astype(object)
    out[np.isnat(days)] = None
    return list(out.tolist())


def _person_ids(chunk: CaseChunk, prefix: str) -> list[str]:
    return [f"{prefix}p{n}" for n in chunk.number.tolist()]


def _name_rows(ids: list[str], chunk: CaseChunk, source_id: str) -> Iterator[tuple[Any, ...]]:
    return zip(ids, chunk.name, repeat("latin"), repeat(source_id))


def _key_rows(ids: list[str], chunk: CaseChunk) -> Iterator[tuple[str, str]]:
    return (
        (person, key) for person, keys in zip(ids, chunk.word_keys, strict=True) for key in keys
    )


def _case_rows(chunk: CaseChunk, prefix: str) -> Iterator[tuple[Any, ...]]:
    """Return the chunk's case rows in CASE_COLUMNS order, the columns it does not fill empty."""
    numbers = chunk.number.tolist()
    modes = chunk.mode.tolist()
    given: dict[str, Iterable[Any]] = {
        "id": [f"{prefix}c{n}" for n in numbers],
        "person_id": [f"{prefix}p{n}" for n in numbers],
        "detained_on": _iso(chunk.detained),
        "recognised_on": _iso(chunk.recognised),
        "recognised_by": repeat("synthetic"),
        "status": [_STATUS.get(m, "released") for m in modes],
        "released_on": _iso(chunk.released),
        "release_mode": [m or None for m in modes],
        "expelled": chunk.expelled.tolist(),
        "charges": chunk.charges,
    }
    return zip(*(given.get(column, repeat(None)) for column in CASE_COLUMNS), strict=False)


def _event_rows(chunk: CaseChunk, prefix: str, offset: int) -> Iterator[tuple[Any, ...]]:
    n = len(chunk.event_case)
    return zip(
        [f"{prefix}e{offset + i}" for i in range(n)],
        chunk.event_kind.tolist(),
        _iso(chunk.event_date),
        repeat("day"),
        repeat(1),
        repeat("exact"),
        [f"{prefix}c{c}" for c in chunk.event_case.tolist()],
    )


@contextmanager
def _indexes_deferred(connection: Connection, tables: Sequence[Table]) -> Iterator[None]:
    """Drop the secondary indexes of ``tables`` for the body and build them again after it:
    one sorted build is far cheaper than millions of scattered index updates."""
    saved = [index for table in tables for index in secondary_indexes(connection, table)]
    for name, _sql in saved:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in saved:
        connection.exec_driver_sql(sql)


def write_synthetic(
    store: Store,
    chunks: Iterable[CaseChunk],
    *,
    total: int,
    seed: int,
    on_chunk: Callable[[int], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Store the synthetic registry under one source row marked SYNTHETIC; return rows written.

    ``on_chunk`` hears how many cases each chunk wrote; ``on_stage`` hears when the load turns
    to building indexes and counts.
    """
    prefix = f"syn{seed}-"
    source = {
        "id": f"synthetic-registry-{seed}-{total}",
        "kind": "registry_export",
        "publisher": "doorwatch synth",
        "title": f"SYNTHETIC registry: {total} generated cases, no real person (seed {seed})",
        "text": "Generated by `doorwatch synth` for benchmarks; every case is invented.",
    }
    written = {"persons": 0, "name_keys": 0, "cases": 0, "events": 0}
    with store.bulk_write() as connection:
        connection.execute(insert(sources), [source])
        with _indexes_deferred(connection, (persons, person_names, name_keys, cases, events)):
            for chunk in chunks:
                ids = _person_ids(chunk, prefix)
                person_rows = zip(ids, chunk.name, repeat("synthetic"))
                copy_rows(connection, persons, _PERSON_COLUMNS, person_rows)
                name_rows = _name_rows(ids, chunk, source["id"])
                copy_rows(connection, person_names, _NAME_COLUMNS, name_rows)
                copy_rows(connection, name_keys, ("person_id", "key"), _key_rows(ids, chunk))
                copy_rows(connection, cases, CASE_COLUMNS, _case_rows(chunk, prefix))
                copy_rows(
                    connection,
                    events,
                    _EVENT_COLUMNS,
                    _event_rows(chunk, prefix, written["events"]),
                )
                written["persons"] += len(chunk.number)
                written["name_keys"] += sum(len(keys) for keys in chunk.word_keys)
                written["cases"] += len(chunk.number)
                written["events"] += len(chunk.event_case)
                if on_chunk:
                    on_chunk(len(chunk.number))
            if on_stage:
                on_stage("building indexes")
        if on_stage:
            on_stage("counting cases per day and per filter value")
        refresh_case_counts(connection)
    refresh_statistics(store.engine, (persons, person_names, name_keys, cases, events))
    return written
