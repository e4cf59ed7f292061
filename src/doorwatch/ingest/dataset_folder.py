"""A dataset folder: YAML files of sources, persons, measures, deals, cases, events, claims and
funds, each record citing its sources. ``doorwatch import FOLDER`` reads one like any other file;
the bundled Belarus dataset is such a folder in the package, loaded by ``init --sample`` through
the same import.

Every record names its sources; a reference to an unknown id is an error naming the file,
the record and the field, so a broken data file can never be half-loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from doorwatch.errors import InputError
from doorwatch.ingest.dataset_entities import (
    load_cases,
    load_deals,
    load_events,
    load_measures,
    load_persons,
)
from doorwatch.ingest.dataset_evidence import load_claims, load_funds, load_sources
from doorwatch.ingest.dataset_files import Loader
from doorwatch.ingest.person_matching import add_name_keys
from doorwatch.store import RecordSet

BUNDLED = ("belarus",)

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


def bundled_dataset_dir(name: str = "belarus") -> Path:
    """Return the folder of the bundled dataset ``name``."""
    if name not in BUNDLED:
        raise InputError(f"unknown dataset {name!r}", expected=", ".join(BUNDLED))
    return Path(str(resources.files("doorwatch") / "data" / name))


def is_dataset_folder(folder: Path) -> bool:
    """Return True when ``folder`` holds a dataset's YAML files (at least its sources)."""
    return (folder / "sources.yaml").is_file()


def read_dataset_folder(folder: Path) -> RecordSet:
    """Return the validated records of the dataset folder ``folder`` (files it lacks are
    empty: every record type but sources is optional)."""
    loader = Loader(folder)
    for step in _STEPS:
        step(loader)
    add_name_keys(loader.records)
    return loader.records
