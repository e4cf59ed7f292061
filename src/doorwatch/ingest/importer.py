"""``doorwatch import``: one file (or export folder) in, validated whole, then written at once."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.dataset_folder import is_dataset_folder, read_dataset_folder
from doorwatch.ingest.export_file import is_export_jsonl, read_csv_folder, read_jsonl
from doorwatch.ingest.field_parsers import Where
from doorwatch.ingest.files import check_utf8_file, digest
from doorwatch.ingest.layout_rows import LayoutReport
from doorwatch.ingest.person_matching import link_known_persons
from doorwatch.ingest.registry import (
    RegistryBatch,
    add_registry_row,
    person_key,
    registry_records,
)
from doorwatch.ingest.registry_csv import open_registry_csv
from doorwatch.ingest.registry_json import open_registry_json
from doorwatch.store import Connection, RecordSet, Store, WriteSummary, write_records
from doorwatch.store.audit import append as append_audit
from doorwatch.store.deals import stored_deal_ids
from doorwatch.store.derived_counts import CaseCountChanges, apply_case_counts
from doorwatch.store.engine import analyze_within, large_cache
from doorwatch.store.import_scratch import ImportScratch, import_seen
from doorwatch.store.migrate import head_revision
from doorwatch.store.writer import apply_planned, plan_write
from doorwatch.text_files import decode_utf8, read_bytes

# Rows read, matched and written at a time: large enough that each statement carries many
# rows, small enough that a batch's records stay a few megabytes.
BATCH_ROWS = 5_000


@dataclass
class ImportResult:
    """What an import did: the kind of file, the write summary and anything to review."""

    path: str
    layout: str
    summary: WriteSummary
    flags: list[dict[str, Any]] = field(default_factory=list)
    # What a keeper's layout mapped and could not (None for doorwatch's own layouts).
    mapping: LayoutReport | None = None

    def as_dict(self) -> dict[str, Any]:
        """Return the result as a JSON-friendly dict."""
        return {
            "file": self.path,
            "layout": self.layout,
            **self.summary.as_dict(),
            "flags": self.flags,
            "mapping": self.mapping.as_dict() if self.mapping else None,
        }


def _registry_source(path: Path, sha256: str, publisher: str | None) -> dict[str, Any]:
    return {
        "id": f"registry-{sha256[:16]}",
        "kind": "registry_export",
        "publisher": publisher,
        "title": path.name,
        "url": None,
        "published": None,
        "retrieved": None,
        "text": None,
    }


def read_import(
    path: Path,
    *,
    publisher: str | None = None,
    layout: str | None = None,
    as_of: date | None = None,
) -> tuple[str, RecordSet, RegistryBatch | None]:
    """Return (layout, records, registry batch or None) read and validated from ``path``.

    ``layout`` names the registry layout; without it the layout is told from the content.
    """
    return _read_import(path, publisher=publisher, layout=layout, as_of=as_of)[:3]


def _read_import(
    path: Path, *, publisher: str | None, layout: str | None, as_of: date | None = None
) -> tuple[str, RecordSet, RegistryBatch | None, LayoutReport | None]:
    if path.is_dir():
        if is_dataset_folder(path):
            return "dataset-yaml", read_dataset_folder(path), None, None
        if not (path / "manifest.json").exists():
            raise InputError(
                "a folder without manifest.json or sources.yaml",
                file=str(path),
                expected="a doorwatch CSV export folder or a dataset folder of YAML files",
            )
        return "export-csv", read_csv_folder(path, head_revision()), None, None
    data = read_bytes(path)
    text = decode_utf8(data, path)
    first_line = text.split("\n", 1)[0]
    if is_export_jsonl(first_line):
        return "export-jsonl", read_jsonl(text, path, head_revision()), None, None
    suffix = path.suffix.lower()
    if suffix == ".json":
        name, report, rows = open_registry_json(text, path, layout, as_of)
    elif suffix in (".csv", ".tsv", ".txt"):
        name, report, rows = open_registry_csv(text, path, layout, as_of)
    else:
        raise InputError(
            f"unknown file type {suffix or '(none)'}",
            file=str(path),
            expected="a registry .csv or .json, or a doorwatch export (.jsonl or a folder)",
        )
    source = _registry_source(path, digest(data), publisher or (report.keeper if report else None))
    batch = registry_records(rows, str(path), source)
    return name, batch.records, batch, report


def _is_registry_csv(path: Path) -> bool:
    if path.is_dir() or path.suffix.lower() not in (".csv", ".tsv", ".txt"):
        return False
    try:
        with path.open("rb") as handle:
            first_line = handle.readline(1 << 16).decode("utf-8", "replace").lstrip("\ufeff")
    except OSError:
        return False  # read_import names the problem
    return not is_export_jsonl(first_line)


def _stream_registry_csv(
    store: Store,
    path: Path,
    *,
    publisher: str | None,
    dry_run: bool,
    actor: str,
    progress: Callable[[int, int], None] | None,
    layout: str | None = None,
    as_of: date | None = None,
) -> ImportResult:
    """Import a registry CSV of any size batch by batch inside one transaction, audited as
    ``actor`` in that transaction, and return what was added or changed.

    The file is read twice: once to check every row (a defect is refused before anything is
    written, in the time it takes to read the file), then to write. Memory holds one batch
    (and one chunk while the file is hashed), never the file; a defect the rows show only
    together with the store (an unknown deal) or with rows far apart (a case on two rows)
    rolls back every batch before it, so the store is left as it was.
    """
    file = str(path)
    sha256 = check_utf8_file(path)
    size = path.stat().st_size
    _check_rows(path, layout, as_of, (lambda done: progress(done, 2 * size)) if progress else None)
    summary = WriteSummary()
    flags: list[dict[str, Any]] = []
    # The derived counts move once, at the end: a batch touches thousands of days.
    pending = CaseCountChanges()
    crowded: set[str] = set()  # name keys too common to match on; only grows during a write
    with (
        store.write(keep=not dry_run) as connection,
        large_cache(connection),
        path.open("rb") as raw,
    ):
        scratch = ImportScratch(connection)
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        name, report, rows = open_registry_csv(stream, path, layout, as_of)
        source = _registry_source(path, sha256, publisher or (report.keeper if report else None))
        first = True
        written, analyzed = 0, 0
        while chunk := list(islice(rows, BATCH_ROWS)):
            batch = RegistryBatch(records=RecordSet(), source_id=str(source["id"]))
            if first:
                batch.records.add("sources", dict(source))
                first = False
            placed: dict[str, tuple[str, int, str]] = {}
            for number, row in chunk:
                where = Where(file, number)
                pid, cid = add_registry_row(batch, row, where)
                placed[cid] = (pid, number, "case_id" if row.get("case_id") else "detained_on")
            _check_across_batches(scratch, batch, placed, file)
            _check_deals(connection, batch)
            flags.extend(batch.flags)
            flags.extend(
                link_known_persons(
                    connection,
                    batch.records,
                    same_file=lambda ids: {
                        key for key, (_, _, added) in scratch.seen("person", ids).items() if added
                    },
                    crowded=crowded,
                )
            )
            inserts, updates, part = plan_write(connection, batch.records)
            added = {row["id"] for row in inserts.get("persons", [])}
            scratch.remember("case", [(cid, p[1], None, True) for cid, p in placed.items()])
            scratch.remember(
                "person",
                [
                    (pid, batch.person_rows[pid], person["name"], pid in added)
                    for (pid,), person in batch.records.rows.get("persons", {}).items()
                ],
            )
            apply_planned(connection, inserts, updates, actor, pending=pending)
            summary.include(part)
            written += len(chunk)
            # Statistics each time the rows written double: a few ANALYZEs over a whole load.
            if written >= 2 * max(analyzed, BATCH_ROWS):
                analyze_within(connection, [*inserts, import_seen.name])
                analyzed = written
            if progress:
                progress(size + raw.tell(), 2 * size)
        apply_case_counts(connection, pending)
        scratch.close()
        if summary.total_added or summary.total_changed:
            append_audit(
                connection,
                actor=actor,
                action="import",
                record_type="file",
                record_id=path.name,
                after={
                    "file": file,
                    "layout": name,
                    "added": summary.total_added,
                    "changed": summary.total_changed,
                },
            )
    return ImportResult(path=file, layout=name, summary=summary, flags=flags, mapping=report)


def _check_rows(
    path: Path,
    layout: str | None,
    as_of: date | None,
    progress: Callable[[int], None] | None,
) -> None:
    """Validate every row of a registry CSV on its own, a batch at a time, and keep nothing:
    the first defect is refused before a transaction is opened."""
    file = str(path)
    with path.open("rb") as raw:
        # Held here: a text stream closes its file when collected, as soon as rows run out.
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        _, _, rows = open_registry_csv(stream, path, layout, as_of)
        while chunk := list(islice(rows, BATCH_ROWS)):
            batch = RegistryBatch(records=RecordSet(), source_id="checked")
            for number, row in chunk:
                add_registry_row(batch, row, Where(file, number))
            if progress:
                progress(raw.tell())


def _check_across_batches(
    scratch: ImportScratch, batch: RegistryBatch, placed: dict[str, tuple[str, int, str]], file: str
) -> None:
    """Refuse a case an earlier batch of the file holds, or a person_id named otherwise there."""
    for cid, (first_row, _, _) in scratch.seen("case", placed).items():
        _, number, field = placed[cid]
        raise Where(file, number).error(
            field,
            f"the case {cid} is on row {first_row} as well",
            "one row per case (a re-arrest has its own detention date)",
        )
    persons = batch.records.rows.get("persons", {})
    for pid, (first_row, name, _) in scratch.seen("person", [k[0] for k in persons]).items():
        mine = persons[(pid,)]["name"]
        if name != mine and pid != person_key(mine):  # an id given in the file
            raise Where(file, batch.person_rows[pid]).error(
                "name",
                f"person {pid} is named {name!r} on row {first_row}",
                "the same name for the same person_id",
            )
        batch.person_rows[pid] = first_row


def _check_deals(connection: Connection, batch: RegistryBatch) -> None:
    known = stored_deal_ids(connection, batch.deal_refs)
    for deal_id, where in batch.deal_refs.items():
        if deal_id not in known:
            raise where.error("deal_id", f"unknown deal {deal_id!r}", "the id of a stored deal")


def import_path(
    store: Store,
    path: Path,
    *,
    publisher: str | None = None,
    dry_run: bool = False,
    actor: str = "system",
    progress: Callable[[int, int], None] | None = None,
    layout: str | None = None,
    as_of: date | None = None,
) -> ImportResult:
    """Validate the whole file at ``path`` and store it in one transaction (all or nothing).

    ``layout`` names the registry layout (see ``registry_layouts``); without it the layout is
    told from the file's columns or keys; ``as_of`` is the day a keeper's list speaks for,
    when it is not the day its layout declares (a newer edition of the list).

    A registry CSV is streamed in batches of :data:`BATCH_ROWS` rows, so its size is bounded
    by the disk, not by memory; ``progress`` hears (bytes done, bytes to do) after each batch
    (the file is read twice: checked, then written).
    Returns what was added or changed; a second import of the same file adds nothing.
    """
    if _is_registry_csv(path):
        return _stream_registry_csv(
            store,
            path,
            publisher=publisher,
            dry_run=dry_run,
            actor=actor,
            progress=progress,
            layout=layout,
            as_of=as_of,
        )
    name, records, batch, report = _read_import(
        path, publisher=publisher, layout=layout, as_of=as_of
    )
    flags: list[dict[str, Any]] = []
    if batch is not None:
        with store.read() as connection:
            _check_deals(connection, batch)
            flags = batch.flags + link_known_persons(connection, records)
    audit = {
        "actor": actor,
        "action": "import",
        "record_type": "file",
        "record_id": path.name,
        "after": {"file": str(path), "layout": name},
    }
    summary = write_records(store, records, dry_run=dry_run, audit=audit)
    return ImportResult(path=str(path), layout=name, summary=summary, flags=flags, mapping=report)
