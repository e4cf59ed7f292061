"""The bundled dataset (Belarus 2020–2025): package YAML files → validated records.

Every record names its sources; a reference to an unknown id is an error naming the file,
the record and the field, so a broken data file can never be half-loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from doorwatch.errors import InputError
from doorwatch.ingest.sample_entities import (
    load_cases,
    load_deals,
    load_events,
    load_measures,
    load_persons,
)
from doorwatch.ingest.sample_evidence import load_claims, load_funds, load_sources
from doorwatch.ingest.sample_loader import Loader
from doorwatch.store import RecordSet

DATASETS = ("belarus",)

# Sources first: every other file refers to them; deals before the cases and events that name them.
_STEPS: tuple[Callable[[Loader], None], ...] = (
    load_sources,
    load_persons,
    load_measures,
    load_deals,
    load_cases,
    load_events,
    load_claims,
    load_funds,
)


def dataset_dir(name: str = "belarus") -> Path:
    """Return the folder of the bundled dataset ``name``."""
    if name not in DATASETS:
        raise InputError(f"unknown dataset {name!r}", expected=", ".join(DATASETS))
    return Path(str(resources.files("doorwatch") / "data" / name))


def sample_records(name: str = "belarus", folder: Path | None = None) -> RecordSet:
    """Return the validated records of the bundled dataset ``name`` (or of ``folder``)."""
    loader = Loader(folder or dataset_dir(name))
    for step in _STEPS:
        step(loader)
    from doorwatch.ingest.person_matching import add_name_keys

    add_name_keys(loader.records)
    return loader.records
