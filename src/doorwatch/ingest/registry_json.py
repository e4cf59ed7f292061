"""Registry files as JSON: a list of people, each with a list of cases.

```json
[{"name": "…", "aliases": ["…"], "gender": "female", "person_id": "…",
  "cases": [{"detained_on": "2020-09-07", "status": "released", "released_on": "…", …}]}]
```
A person with no cases is an error: a registry records people held or once held.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.registry import REGISTRY_COLUMNS

_PERSON_FIELDS = ("person_id", "name", "aliases", "gender", "cases")
_CASE_FIELDS = tuple(
    c for c in REGISTRY_COLUMNS if c not in ("person_id", "name", "aliases", "gender")
)


def read_registry_json(text: str, path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (person number, registry row) for each case of each person in the JSON list."""
    file = str(path)
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
