"""Registry files as JSON: doorwatch's own (a list of people, each with a list of cases), or a
keeper's list of flat objects read through a declared layout (``registry_layouts``).

Doorwatch's own:

```json
[{"name": "…", "aliases": ["…"], "gender": "female", "person_id": "…",
  "cases": [{"detained_on": "2020-09-07", "status": "released", "released_on": "…", …}]}]
```
A person with no cases is an error: a registry records people held or once held.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.layout_rows import LayoutReader, LayoutReport, check_as_of
from doorwatch.ingest.registry import REGISTRY_COLUMNS
from doorwatch.ingest.registry_layouts import detect_layout, layout_named, registry_layouts

DOORWATCH_JSON = "doorwatch-json"

_PERSON_FIELDS = ("person_id", "name", "aliases", "gender", "cases")
_CASE_FIELDS = tuple(
    c for c in REGISTRY_COLUMNS if c not in ("person_id", "name", "aliases", "gender")
)


def open_registry_json(
    text: str, path: Path, layout: str | None = None, as_of: date | None = None
) -> tuple[str, LayoutReport | None, Iterator[tuple[int, dict[str, Any]]]]:
    """Return (layout name, report, rows) for the JSON registry ``text``.

    ``layout`` names the layout; without it, a list of flat objects whose first object has
    the identifying keys of a declared JSON layout is read through that layout, and anything
    else as doorwatch's own JSON (people with their cases). The report is None for doorwatch's.
    ``as_of`` replaces the day the layout's list speaks for.
    """
    data = _load(text, str(path))
    first = data[0] if data and isinstance(data[0], dict) else {}
    if layout is None:
        found = detect_layout(list(first), "json") if "cases" not in first else None
        layout = found.name if found else DOORWATCH_JSON
    if layout == DOORWATCH_JSON:
        check_as_of(None, as_of)
        return layout, None, _doorwatch_rows(data, str(path))
    declared = layout_named(layout)
    if declared.format != "json":
        raise InputError(
            f"the layout {layout} reads {declared.format} files",
            file=str(path),
            expected="a JSON layout: "
            + ", ".join(n for n, x in registry_layouts().items() if x.format == "json"),
        )
    check_as_of(declared, as_of)
    reader = LayoutReader(declared, str(path), list(first), as_of=as_of)
    return layout, reader.report, _layout_rows(reader, data, str(path))


def _layout_rows(
    reader: LayoutReader, data: list[Any], file: str
) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, record in enumerate(data, start=1):
        if not isinstance(record, dict):
            raise InputError("not an object", file=file, row=number, expected="a flat object")
        yield number, reader.row(record, number)


def read_registry_json(text: str, path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (person number, registry row) for each case of each person in the JSON list."""
    return open_registry_json(text, path)[2]


def _load(text: str, file: str) -> list[Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(
            f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
            file=file,
            expected="a complete JSON list of people (is the file cut off?)",
        ) from None
    except RecursionError:
        raise InputError(
            "the JSON is nested too deeply to read",
            file=file,
            expected="a list of people, each with a list of cases",
        ) from None
    if not isinstance(data, list):
        raise InputError("the top level is not a list", file=file, expected="a JSON list of people")
    return data


def _doorwatch_rows(data: list[Any], file: str) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, person in enumerate(data, start=1):
        if not isinstance(person, dict):
            raise InputError("not an object", file=file, row=number, expected="a person object")
        unknown = set(person) - set(_PERSON_FIELDS)
        if unknown:
            raise InputError(
                "unknown field(s) " + ", ".join(sorted(unknown)),
                file=file,
                row=number,
                expected="fields " + ", ".join(_PERSON_FIELDS),
            )
        person_cases = person.get("cases")
        if not isinstance(person_cases, list) or not person_cases:
            raise InputError(
                "no cases",
                file=file,
                row=number,
                field="cases",
                expected="a non-empty list of cases",
            )
        for case in person_cases:
            if not isinstance(case, dict):
                raise InputError("a case is not an object", file=file, row=number, field="cases")
            extra = set(case) - set(_CASE_FIELDS)
            if extra:
                raise InputError(
                    "unknown case field(s) " + ", ".join(sorted(extra)),
                    file=file,
                    row=number,
                    field="cases",
                    expected="fields " + ", ".join(_CASE_FIELDS),
                )
            row = {k: person.get(k) for k in ("person_id", "name", "aliases", "gender")}
            row.update(case)
            yield number, row
