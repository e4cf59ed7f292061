"""Import and export of whole files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import IO, Any

from doorwatch.ingest.export_file import write_csv_folder, write_jsonl
from doorwatch.ingest.importer import ImportResult, import_path
from doorwatch.ingest.registry_layouts import registry_layouts
from doorwatch.store import Store
from doorwatch.store.dump import dump_rows
from doorwatch.store.migrate import head_revision


def import_file(
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
    """Import ``path`` into ``store`` (all or nothing, audited as ``actor``) and return what
    it did; ``progress`` hears (bytes done, bytes to do) as a registry CSV is checked, then
    streamed in; ``layout`` names the registry layout when it should not be told from the
    content; ``as_of`` is the day a keeper's list speaks for, when not its layout's."""
    return import_path(
        store,
        path,
        publisher=publisher,
        dry_run=dry_run,
        actor=actor,
        progress=progress,
        layout=layout,
        as_of=as_of,
    )


def registry_layout_list() -> list[dict[str, Any]]:
    """Return every registry layout ``doorwatch import`` reads: name, format, keeper, title,
    the columns (or keys) it is told by, and its status words."""
    return [layout.describe() for layout in registry_layouts().values()]


def export_store(store: Store, fmt: str, out: Path | None, stdout: IO[str]) -> int:
    """Write the whole store as ``jsonl`` (to ``out`` or ``stdout``) or ``csv`` (folder ``out``).

    Returns the number of rows written.
    """
    rows = dump_rows(store)
    if fmt == "csv":
        assert out is not None
        return write_csv_folder(rows, out, head_revision())
    if out is None:
        return write_jsonl(rows, stdout, head_revision())
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8") as handle:
        count = write_jsonl(rows, handle, head_revision())
    tmp.replace(out)  # never leave a half-written export behind
    return count
