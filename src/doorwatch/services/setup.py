"""Creating a database and loading the bundled dataset."""

from __future__ import annotations

from typing import Any

from doorwatch.ingest.dataset_folder import bundled_dataset_dir
from doorwatch.ingest.importer import import_path
from doorwatch.store import Store, open_store
from doorwatch.store.derived_counts import rebuild_case_counts
from doorwatch.store.migrate import head_revision


def initialise(db: str | None, *, sample: bool = False, actor: str = "system") -> dict[str, Any]:
    """Create or upgrade the database at ``db``; with ``sample`` load the bundled dataset.

    Returns the database (password hidden), the schema revision and, with ``sample``, the write
    summary of the dataset.
    """
    store = open_store(db, create=True)
    try:
        result: dict[str, Any] = {"database": store.display_url, "schema": head_revision()}
        if sample:
            # The bundled dataset is a dataset folder, imported like any other file.
            loaded = import_path(store, bundled_dataset_dir(), actor=actor)
            result["sample"] = loaded.summary.as_dict()
        return result
    finally:
        store.close()


def reindex(store: Store) -> dict[str, Any]:
    """Rebuild the derived tables (the registry counted per day and per filter value of the
    people list) from the stored cases.

    Returns, per derived table, the rows it now holds and how many rows before the rebuild
    differed (0 when the counts kept by each write were right).
    """
    return dict(rebuild_case_counts(store))
