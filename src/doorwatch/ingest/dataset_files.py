"""The machinery for reading a dataset folder's YAML files: ids, references, citations."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from doorwatch.errors import InputError
from doorwatch.ingest.field_parsers import Where, parse_partial, text_or_none
from doorwatch.store import RecordSet
from doorwatch.text_files import decode_utf8

SOURCE_KINDS = (
    "news_article",
    "rights_group_report",
    "official_statement",
    "registry_export",
    "registry_entry",
    "sanctions_list",
)
QUALIFIERS = ("exact", "about", "more_than", "at_least", "fewer_than", "up_to", "range")
EVENT_KINDS = ("recognition", "release", "detention", "death", "sentence_served")
PRECISIONS = ("day", "month", "year")
# Languages a spelling of a name may be told apart by (Belarusian and Russian Cyrillic differ).
LANGUAGES = ("be", "ru", "uk", "en", "lt", "pl")
CONCESSION_KINDS = ("sanction_eased", "sanction_lifted", "visit", "statement", "other")
FILES = ("sources", "persons", "measures", "deals", "cases", "events", "claims", "funds")

Item = Mapping[str, Any]


class Loader:
    """Reads the files of one dataset folder and collects their records."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.records = RecordSet()
        self.ids: dict[str, set[str]] = {f: set() for f in FILES}

    def items(self, name: str) -> list[tuple[Where, Item]]:
        """Return the records of ``name``.yaml with their places; ids must be unique."""
        path = self.folder / f"{name}.yaml"
        if name != "sources" and not path.exists():
            return []  # a dataset may leave out any kind of record but its sources
        try:
            data = yaml.safe_load(decode_utf8(path.read_bytes(), path)) or []
        except (OSError, yaml.YAMLError) as error:
            raise InputError(f"cannot read: {error}", file=str(path)) from None
        if not isinstance(data, list):
            raise InputError("not a list", file=str(path), expected="a YAML list of records")
        out: list[tuple[Where, Item]] = []
        for number, item in enumerate(data, start=1):
            where = Where(str(path), number)
            if not isinstance(item, dict) or not text_or_none(item.get("id")):
                raise where.error("id", "a record without an id", "a mapping with an id")
            if item["id"] in self.ids[name]:
                raise where.error("id", f"the id {item['id']!r} is used twice", "unique ids")
            self.ids[name].add(item["id"])
            out.append((where, item))
        return out

    def ref(self, where: Where, field: str, value: Any, kind: str, required: bool = True) -> Any:
        """Return ``value`` when it is an id of ``kind`` (or None when allowed); else an error."""
        if value is None and not required:
            return None
        if value not in self.ids[kind]:
            raise where.error(field, f"unknown {kind[:-1]} {value!r}", f"an id from {kind}.yaml")
        return value

    def cite(self, where: Where, item: Item, record_type: str) -> None:
        """Record the citations of ``item``'s non-empty ``sources`` list."""
        sources = item.get("sources")
        if not isinstance(sources, list) or not sources:
            raise where.error("sources", "no sources", "a non-empty list of source ids")
        for source in sources:
            self.records.cite(
                record_type, item["id"], self.ref(where, "sources", source, "sources")
            )


def allowed(where: Where, item: Item, fields: tuple[str, ...]) -> None:
    """Raise an InputError when ``item`` has a field not in ``fields``."""
    unknown = set(item) - set(fields)
    if unknown:
        raise where.error(
            ", ".join(sorted(unknown)), "unknown field(s)", "fields " + ", ".join(fields)
        )


def partial(where: Where, item: Item, field: str) -> tuple[str | None, str | None]:
    """Return (ISO text, precision) of a partial date field, or (None, None)."""
    parsed = parse_partial(item.get(field), where, field)
    return (parsed[0], parsed[1]) if parsed else (None, None)
