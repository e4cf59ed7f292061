"""Declared registry layouts: how a keeper's own file maps onto doorwatch's registry fields.

Each layout is a data file in ``doorwatch/data/registry_layouts/*.yaml``: the columns (or JSON
keys) that identify it, a map from its columns to doorwatch's fields, its status words, its date
formats, the splitters of joined fields, the placeholders that mean "empty", and who keeps the
registry and where each person's page is. ``layout_rows`` applies a layout to the rows of a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml

from doorwatch.errors import InputError
from doorwatch.ingest.registry import RELEASE_MODES, STATUSES

# The doorwatch registry fields a layout may fill from a keeper's columns.
TARGET_FIELDS = (
    "name",
    "aliases",
    "gender",
    "detained_on",
    "charges",
    "sentence",
    "place",
    "recognised_on",
    "released_on",
    "release_mode",
    "expelled",
    "expelled_to",
    "note",
)
DATE_FIELDS = ("detained_on", "recognised_on", "released_on")
# The keys a layout file, a field rule and a status rule may hold: a misspelt key is an error,
# not a rule silently left out.
LAYOUT_KEYS = frozenset({
    "name", "title", "keeper", "format", "native", "detect", "strict", "headers", "header_names",
    "placeholders", "record", "page", "recognised_by", "fields", "date_formats", "status",
    "ignore",
})  # fmt: skip
RULE_KEYS = frozenset(
    {"column", "columns", "split", "join", "extract", "number_format", "unless_same_as", "labels"}
)
STATUS_KEYS = frozenset({"column", "map", "empty", "end_date", "died"})
FORMATS = ("csv", "json")
# Date formats a layout may declare, as the keeper writes them.
DATE_PATTERNS = {
    "YYYY-MM-DD": (r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", "day"),
    "YYYY-MM": (r"(?P<y>\d{4})-(?P<m>\d{1,2})", "month"),
    "YYYY": (r"(?P<y>\d{4})", "year"),
    "DD/MM/YYYY": (r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})", "day"),
    "DD.MM.YYYY": (r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})", "day"),
    "MM/YYYY": (r"(?P<m>\d{1,2})/(?P<y>\d{4})", "month"),
}


@dataclass(frozen=True)
class FieldRule:
    """Where one doorwatch field comes from: columns, and how their values are cut or joined."""

    columns: tuple[str, ...]
    split: str | None = None
    join: str = "; "
    extract: re.Pattern[str] | None = None
    number_format: str | None = None
    unless_same_as: str | None = None
    labels: bool = False


@dataclass(frozen=True)
class StatusValue:
    """A doorwatch status (and release mode) that a keeper's status word maps to."""

    status: str
    release_mode: str | None = None


@dataclass(frozen=True)
class EndDateRule:
    """A status column that may hold the day a sentence ends instead of a word."""

    as_of: date
    ended: StatusValue
    running: StatusValue
    sentence: str = "{}"


@dataclass(frozen=True)
class StatusRule:
    """How a keeper's status column maps onto doorwatch's statuses."""

    column: str
    words: dict[str, StatusValue]
    empty: StatusValue | None = None
    end_date: EndDateRule | None = None
    died_column: str | None = None


@dataclass(frozen=True)
class RegistryLayout:
    """One keeper's registry layout, as declared in its data file."""

    name: str
    title: str
    format: str
    detect: tuple[str, ...]
    fields: dict[str, tuple[FieldRule, ...]]
    status: StatusRule | None
    keeper: str | None = None
    record: str | None = None
    page: FieldRule | None = None
    recognised_by: str | None = None
    placeholders: frozenset[str] = frozenset()
    date_formats: tuple[str, ...] = ("YYYY-MM-DD",)
    ignore: frozenset[str] = frozenset()
    strict: bool = False
    # Headers matched without regard to case, spacing or punctuation ("headers: loose").
    loose_headers: bool = False
    # Another title of a column (normalised when headers are loose) → the column's name.
    header_names: dict[str, str] = field(default_factory=dict)
    # doorwatch's own layouts: the file's fields are the registry's, read without a mapping.
    native: bool = False

    def column_of(self, header: str) -> str:
        """Return the layout's name for the file's ``header`` (the header itself if unknown)."""
        key = normalise_header(header) if self.loose_headers else header
        return self.header_names.get(key, header)

    def knows_all(self, headers: list[str]) -> bool:
        """Return True when every one of ``headers`` is a column of the layout."""
        known = self.columns()
        return all(self.column_of(h) in known for h in headers)

    def columns(self) -> set[str]:
        """Return every column the layout reads or knowingly ignores."""
        used = {c for rules in self.fields.values() for rule in rules for c in rule.columns}
        used |= {
            r.unless_same_as for rules in self.fields.values() for r in rules if r.unless_same_as
        }
        if self.status:
            used.add(self.status.column)
            if self.status.died_column:
                used.add(self.status.died_column)
        if self.page:
            used |= set(self.page.columns)
        if self.record:
            used.add(self.record)
        return used | set(self.ignore)

    def describe(self) -> dict[str, Any]:
        """Return the layout as a JSON-friendly summary (for ``--list-layouts``)."""
        return {
            "name": self.name,
            "title": self.title,
            "format": self.format,
            "keeper": self.keeper,
            "native": self.native,
            "detected_by": list(self.detect),
            "statuses": {
                w: v.status for w, v in (self.status.words if self.status else {}).items()
            },
        }


def normalise_header(header: str) -> str:
    """Return ``header`` lower-cased with punctuation and extra spaces removed."""
    return " ".join(re.sub(r"[^\w]+", " ", header.casefold()).split())


def _header_names(data: dict[str, Any], loose: bool) -> dict[str, str]:
    """Return every title of a column (the column's own name included) → the column."""
    names: dict[str, str] = {}
    for column, others in (data.get("header_names") or {}).items():
        for title in [column, *(others or [])]:
            names[normalise_header(str(title)) if loose else str(title)] = str(column)
    return names


def _error(file: str, message: str) -> InputError:
    return InputError(message, file=file, expected="a registry layout as docs/registry-format.md")


def _status_value(value: Any, file: str) -> StatusValue:
    if isinstance(value, str):
        value = {"status": value}
    if not isinstance(value, dict) or value.get("status") not in STATUSES:
        raise _error(file, f"a status mapping {value!r}: the status is not one of {STATUSES}")
    mode = value.get("release_mode")
    if mode is not None and mode not in RELEASE_MODES:
        raise _error(file, f"release mode {mode!r} is not one of {RELEASE_MODES}")
    return StatusValue(value["status"], mode)


def _check_keys(spec: dict[str, Any], known: frozenset[str], what: str, file: str) -> None:
    unknown = sorted(set(spec) - known)
    if unknown:
        raise _error(file, f"unknown key(s) {', '.join(unknown)} in {what}")


def _field_rule(spec: Any, file: str) -> FieldRule:
    if not isinstance(spec, dict):
        raise _error(file, f"a field rule {spec!r} is not a mapping")
    _check_keys(spec, RULE_KEYS, "a field rule", file)
    columns = spec.get("columns") or ([spec["column"]] if "column" in spec else [])
    if not columns:
        raise _error(file, f"the field rule {spec!r} names no column")
    extract = spec.get("extract")
    return FieldRule(
        columns=tuple(str(c) for c in columns),
        split=spec.get("split"),
        join=spec.get("join", "; "),
        extract=re.compile(extract) if extract else None,
        number_format=spec.get("number_format"),
        unless_same_as=spec.get("unless_same_as"),
        labels=bool(spec.get("labels", False)),
    )


def _status_rule(spec: Any, file: str) -> StatusRule | None:
    if spec is None:
        return None
    _check_keys(spec, STATUS_KEYS, "the status rule", file)
    words = {
        " ".join(str(word).casefold().split()): _status_value(value, file)
        for word, value in (spec.get("map") or {}).items()
    }
    end = spec.get("end_date")
    end_rule = None
    if end:
        as_of = end.get("as_of")
        if not isinstance(as_of, date):
            raise _error(file, "end_date needs as_of, the day the list speaks for (YYYY-MM-DD)")
        end_rule = EndDateRule(
            as_of=as_of,
            ended=_status_value(end["ended"], file),
            running=_status_value(end["running"], file),
            sentence=str(end.get("sentence", "{}")),
        )
    died = spec.get("died")
    return StatusRule(
        column=str(spec["column"]),
        words=words,
        empty=_status_value(spec["empty"], file) if "empty" in spec else None,
        end_date=end_rule,
        died_column=str(died["column"]) if died else None,
    )


def parse_layout(data: Any, file: str) -> RegistryLayout:
    """Return the layout declared by ``data`` (a layout file read as YAML, named ``file``);
    a misspelt key, an unknown field, status, release mode or date format is an InputError."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise _error(file, "the layout has no name")
    _check_keys(data, LAYOUT_KEYS, "the layout", file)
    fields: dict[str, tuple[FieldRule, ...]] = {}
    for target, spec in (data.get("fields") or {}).items():
        if target not in TARGET_FIELDS:
            raise _error(file, f"unknown field {target!r}; fields are {', '.join(TARGET_FIELDS)}")
        specs = spec if isinstance(spec, list) else [spec]
        fields[target] = tuple(_field_rule(s, file) for s in specs)
    if data.get("format") not in FORMATS:
        raise _error(file, f"format {data.get('format')!r} is not one of {', '.join(FORMATS)}")
    formats = tuple(data.get("date_formats") or ["YYYY-MM-DD"])
    for pattern in formats:
        if pattern not in DATE_PATTERNS:
            raise _error(file, f"date format {pattern!r}; known: {', '.join(DATE_PATTERNS)}")
    return RegistryLayout(
        name=data["name"],
        title=str(data.get("title") or data["name"]),
        format=data["format"],
        detect=tuple(str(c) for c in data.get("detect") or ()),
        fields=fields,
        status=_status_rule(data.get("status"), file),
        keeper=data.get("keeper"),
        record=data.get("record"),
        page=_field_rule(data["page"], file) if data.get("page") else None,
        recognised_by=data.get("recognised_by"),
        placeholders=frozenset(str(p) for p in data.get("placeholders") or ()),
        date_formats=formats,
        ignore=frozenset(str(c) for c in data.get("ignore") or ()),
        strict=bool(data.get("strict", False)),
        loose_headers=data.get("headers") == "loose",
        header_names=_header_names(data, data.get("headers") == "loose"),
        native=bool(data.get("native", False)),
    )


@cache
def registry_layouts() -> dict[str, RegistryLayout]:
    """Return every declared layout by name, read once from the package's data files."""
    folder = resources.files("doorwatch") / "data" / "registry_layouts"
    layouts: dict[str, RegistryLayout] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yaml"):
            continue
        layout = parse_layout(yaml.safe_load(entry.read_text(encoding="utf-8")), entry.name)
        layouts[layout.name] = layout
    return layouts


def layout_named(name: str) -> RegistryLayout:
    """Return the layout called ``name``; an unknown name is an InputError listing the known."""
    layouts = registry_layouts()
    if name not in layouts:
        raise InputError(
            f"no registry layout named {name!r}",
            field="--layout",
            expected="one of " + ", ".join(sorted(layouts)),
        )
    return layouts[name]


def detect_layout(columns: list[str], fmt: str) -> RegistryLayout | None:
    """Return the layout of format ``fmt`` whose identifying columns all appear in
    ``columns`` (the most specific when several do), or None. A strict layout is found only
    when it knows every one of ``columns``."""
    found = []
    for layout in registry_layouts().values():
        if layout.native:
            continue  # told apart by their own rules (registry_csv, registry_json)
        present = {layout.column_of(c) for c in columns}
        if layout.format != fmt or not layout.detect or not set(layout.detect) <= present:
            continue
        if layout.strict and not layout.knows_all(columns):
            continue
        found.append(layout)
    return max(found, key=lambda layout: len(layout.detect), default=None)
