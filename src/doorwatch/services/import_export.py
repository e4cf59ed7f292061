"""Import and export of whole files.

Importing is :func:`doorwatch.ingest.importer.import_path` itself (one implementation), offered
here so that the command line and the web reach it through the services layer.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from doorwatch.ingest.export_file import write_csv_folder, write_jsonl
from doorwatch.ingest.importer import ImportResult, import_path
from doorwatch.ingest.registry_layouts import registry_layouts
from doorwatch.store import Store
from doorwatch.store.dump import dump_rows
from doorwatch.store.migrate import head_revision

__all__ = ["ImportResult", "export_store", "import_path", "registry_layout_list"]


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
