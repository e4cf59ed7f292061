"""``doorwatch import``: one file (or export folder) in, validated whole, then written at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.dataset_folder import is_dataset_folder, read_dataset_folder
from doorwatch.ingest.export_file import is_export_jsonl, read_csv_folder, read_jsonl
from doorwatch.ingest.files import decode_utf8, digest, read_bytes
from doorwatch.ingest.person_matching import link_known_persons
from doorwatch.ingest.registry import RegistryBatch, registry_records
from doorwatch.ingest.registry_csv import read_registry_csv
from doorwatch.ingest.registry_json import read_registry_json
from doorwatch.store import RecordSet, Store, WriteSummary, write_records
from doorwatch.store.deals import list_deals
from doorwatch.store.migrate import head_revision


@dataclass
class ImportResult:
    """What an import did: the kind of file, the write summary and anything to review."""

    path: str
    layout: str
    summary: WriteSummary
    flags: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the result as a JSON-friendly dict."""
        return {
            "file": self.path,
            "layout": self.layout,
            **self.summary.as_dict(),
            "flags": self.flags,
        }


def _registry_source(path: Path, data: bytes, publisher: str | None) -> dict[str, Any]:
    return {
        "id": f"registry-{digest(data)[:16]}",
        "kind": "registry_export",
        "publisher": publisher,
        "title": path.name,
        "url": None,
        "published": None,
        "retrieved": None,
        "text": None,
    }


def read_import(
    path: Path, *, publisher: str | None = None
) -> tuple[str, RecordSet, RegistryBatch | None]:
    """Return (layout, records, registry batch or None) read and validated from ``path``."""
    if path.is_dir():
        if is_dataset_folder(path):
            return "dataset-yaml", read_dataset_folder(path), None
        if not (path / "manifest.json").exists():
            raise InputError(
                "a folder without manifest.json or sources.yaml",
                file=str(path),
                expected="a doorwatch CSV export folder or a dataset folder of YAML files",
            )
        return "export-csv", read_csv_folder(path, head_revision()), None
    data = read_bytes(path)
    text = decode_utf8(data, path)
    first_line = text.split("\n", 1)[0]
    if is_export_jsonl(first_line):
        return "export-jsonl", read_jsonl(text, path, head_revision()), None
    suffix = path.suffix.lower()
    source = _registry_source(path, data, publisher)
    if suffix == ".json":
        batch = registry_records(read_registry_json(text, path), str(path), source)
        return "registry-json", batch.records, batch
    if suffix in (".csv", ".tsv", ".txt"):
        batch = registry_records(read_registry_csv(text, path), str(path), source)
        return "registry-csv", batch.records, batch
    raise InputError(
        f"unknown file type {suffix or '(none)'}",
        file=str(path),
        expected="a registry .csv or .json, or a doorwatch export (.jsonl or a folder)",
    )


def _check_references(store: Store, batch: RegistryBatch) -> None:

    if not batch.deal_refs:
        return
    known = {d["id"] for d in list_deals(store)}
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
) -> ImportResult:
    """Validate the whole file at ``path``, then store it in one transaction.

    Returns what was added or changed; a second import of the same file adds nothing.
    """
    layout, records, batch = read_import(path, publisher=publisher)
    flags: list[dict[str, Any]] = []
    if batch is not None:
        _check_references(store, batch)

        with store.read() as connection:
            flags = batch.flags + link_known_persons(connection, records)
    audit = {
        "actor": actor,
        "action": "import",
        "record_type": "file",
        "record_id": path.name,
        "after": {"file": str(path), "layout": layout},
    }
    summary = write_records(store, records, dry_run=dry_run, audit=audit)
    return ImportResult(path=str(path), layout=layout, summary=summary, flags=flags)
