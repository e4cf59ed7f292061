"""Sanctions lists: importing them, the snapshots of a list and what changed, the programmes seen.

A re-import of a file already stored changes nothing. A newer (or older) snapshot of a list
already stored records, between each pair of consecutive snapshots, the targets added, removed
and changed; each removal is also a measure lifted on the newer snapshot's date, so the deal
ledger sees it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from doorwatch.analysis.sanction_changes import Change, diff
from doorwatch.analysis.sanction_programmes import IMPOSERS, classify
from doorwatch.errors import InputError
from doorwatch.ingest.sanctions import Listing, ParsedList, open_list
from doorwatch.json_encoding import dumps
from doorwatch.store import Store
from doorwatch.store.content_keys import content_key
from doorwatch.store.sanctions import (
    StoredList,
    find_list_by_hash,
    get_list,
    iter_entries,
    list_lists,
    read_fingerprints,
    read_series,
    replace_changes,
    write_list,
)


def _digest(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _entry_row(listing: Listing) -> dict[str, Any]:
    return {
        "entry_id": listing.list_id,
        "schema": listing.schema,
        "name": listing.name,
        "programmes": "; ".join(listing.programmes),
        "listed_on": listing.listed_on,
        "fingerprint": listing.fingerprint(),
        "details": dumps(listing.details(), spaced=True),
    }


def _merge_rows(stored: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Return one entry from two records of one target: names and programmes of both."""
    old_details, new_details = json.loads(stored["details"]), json.loads(new["details"])
    merged = Listing(
        list_id=str(stored["entry_id"]),
        schema=str(stored["schema"]),
        names=list(old_details.get("names", [])),
        programmes=list(old_details.get("programmes", [])),
        listed_on=stored["listed_on"] or new["listed_on"],
    )
    for name in new_details.get("names", []):
        merged.add_name(name)
    for programme in new_details.get("programmes", []):
        if programme not in merged.programmes:
            merged.programmes.append(programme)
    details = {**new_details, **old_details, "names": merged.names, "programmes": merged.programmes}
    return {
        **stored,
        "programmes": "; ".join(merged.programmes),
        "listed_on": merged.listed_on,
        "fingerprint": merged.fingerprint(),
        "details": dumps(details, spaced=True),
    }


def _rows(parsed: ParsedList, fallback: str | None) -> Iterator[dict[str, Any]]:
    for listing in parsed.listings:
        yield _entry_row(listing)
    if parsed.info.list_date is None and fallback:
        parsed.info.list_date = fallback


def import_list(
    store: Store,
    paths: Sequence[Path],
    *,
    name: str | None = None,
    list_date: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> StoredList:
    """Import one sanctions list (a file, or OFAC's sdn.csv with add.csv/alt.csv) and return it.

    ``name`` is the name to refer to it by (default ``imposer-date``); ``list_date`` stands for
    the date of the data when the file carries none (OFAC's CSV). All or nothing: a bad record
    anywhere leaves the database as it was.
    """
    if not paths:
        raise InputError("no file given", expected="a sanctions list file")
    sha = _digest(paths)
    stored = find_list_by_hash(store, sha)
    if stored is not None:
        return StoredList(
            stored["id"], stored["name"], stored["imposer"], stored["series"], stored["format"],
            stored["list_date"], stored["records"], stored["targets"], False,
        )  # fmt: skip
    parsed = open_list(paths)
    result = write_list(
        store,
        list_id=content_key("sanctions-list", sha),
        name=name,
        info=parsed.info,
        rows=_rows(parsed, list_date),
        sha256=sha,
        default_name=lambda: (
            f"{parsed.info.imposer}-{parsed.info.list_date or 'undated-' + sha[:8]}"
        ),
        merge=_merge_rows,
        progress=progress,
    )
    refresh_changes(store, result.series)
    return result


def refresh_changes(store: Store, series: str) -> int:
    """Recompute the changes between consecutive snapshots of ``series``; return how many."""
    snapshots = read_series(store, series)
    rows: list[dict[str, Any]] = []
    lifted: list[dict[str, Any]] = []
    for old, new in itertools.pairwise(snapshots):
        before, after = read_fingerprints(store, old["id"]), read_fingerprints(store, new["id"])
        for change in diff(before, after):
            measure_id = None
            if change.change == "removed":
                measure = _delisting(old, new, change, before[change.entry_id].get("listed_on"))
                lifted.append(measure)
                measure_id = measure["id"]
            rows.append(
                {
                    "id": content_key("sanction-change", old["id"], new["id"], change.entry_id),
                    "series": series,
                    "old_list_id": old["id"],
                    "new_list_id": new["id"],
                    "on": new["list_date"],
                    "measure_id": measure_id,
                    **asdict(change),
                }
            )
    replace_changes(store, series, rows, lifted)
    return len(rows)


def _delisting(
    old: dict[str, Any], new: dict[str, Any], change: Change, listed_on: str | None
) -> dict[str, Any]:
    return {
        "id": content_key("measure-delisting", old["series"], change.entry_id, new["list_date"]),
        "imposer": IMPOSERS.get(str(old["imposer"]), str(old["imposer"])),
        "programme": change.programmes or None,
        "target": change.name,
        "target_kind": change.schema,
        "kind": f"delisting: removed from the list {new['name']}",
        "imposed_on": listed_on,
        "eased_on": None,
        "lifted_on": new["list_date"],
        "note": (
            f"listed as {change.entry_id} in {old['name']} ({old['list_date'] or 'undated'}), "
            f"absent from {new['name']} ({new['list_date'] or 'undated'})"
        ),
        "source_id": new["source_id"],
    }


def lists(store: Store) -> list[dict[str, Any]]:
    """Return every imported list with its counts."""
    return list_lists(store)


def programmes_seen(store: Store) -> list[dict[str, Any]]:
    """Return every programme in the latest snapshot of each list: imposer, tag, class, targets
    (in that snapshot) and the source of its class (``unmapped`` when the map lacks it)."""
    counts: Counter[tuple[str, str]] = Counter()
    latest = {row["series"]: row for row in list_lists(store)}  # oldest first: the last wins
    for stored in latest.values():
        for entry in iter_entries(store, stored["id"], with_details=False):
            for programme in str(entry["programmes"]).split("; "):
                if programme:
                    counts[(stored["imposer"], programme)] += 1
    rows = []
    for (imposer, programme), targets in sorted(counts.items()):
        found = classify(imposer, programme)
        rows.append(
            {
                "imposer": imposer,
                "programme": programme,
                "class": found.cls if found.source else "unmapped",
                "targets": targets,
                "source": found.source,
            }
        )
    return rows


def list_diff(store: Store, old_name: str, new_name: str) -> dict[str, Any]:
    """Return the targets added, removed and changed from list ``old_name`` to ``new_name``."""
    old, new = get_list(store, old_name), get_list(store, new_name)
    changes = diff(read_fingerprints(store, old["id"]), read_fingerprints(store, new["id"]))
    return {
        "old": {k: old[k] for k in ("name", "imposer", "format", "list_date", "targets")},
        "new": {k: new[k] for k in ("name", "imposer", "format", "list_date", "targets")},
        "counts": dict(Counter(c.change for c in changes)),
        "changes": [asdict(c) for c in changes],
    }
