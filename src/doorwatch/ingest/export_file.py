"""doorwatch's export format, written by ``doorwatch export`` and read back by ``import``.

JSON Lines: a header line ``{"format": "doorwatch-export", "version": 1, "schema": REV}``,
then one ``{"table": NAME, "row": {...}}`` per row, parents first. CSV: a folder holding
``manifest.json`` and one ``TABLE.csv`` per table, ``\\N`` standing for NULL (as in
PostgreSQL's COPY) so that an empty text and a missing value stay apart.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from doorwatch.errors import InputError
from doorwatch.ingest.claim_rules import check_claim
from doorwatch.ingest.csv_table import csv_header, neutral_cell, restore_cell
from doorwatch.ingest.field_parsers import (
    Where,
    parse_bool,
    parse_datetime,
    parse_day,
    parse_float,
    parse_int,
    parse_url,
)
from doorwatch.ingest.files import json_lines
from doorwatch.json_encoding import dumps
from doorwatch.store.dump import column_types, table_columns
from doorwatch.store.records import RecordSet
from doorwatch.text_files import decode_utf8, read_bytes

FORMAT = "doorwatch-export"
VERSION = 1
NULL = "\\N"


def write_jsonl(rows: Iterable[tuple[str, dict[str, Any]]], out: IO[str], schema: str) -> int:
    """Write the export of ``rows`` as JSON Lines to ``out``; return the number of rows."""
    out.write(dumps({"format": FORMAT, "version": VERSION, "schema": schema}, spaced=True) + "\n")
    count = 0
    for table, row in rows:
        out.write(dumps({"table": table, "row": row}, spaced=True) + "\n")
        count += 1
    return count


def write_csv_folder(rows: Iterable[tuple[str, dict[str, Any]]], folder: Path, schema: str) -> int:
    """Write the export of ``rows`` as one CSV per table in ``folder``; return the row count."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = table_columns()
    handles: dict[str, tuple[IO[str], Any]] = {}
    count = 0
    try:
        for name, cols in columns.items():
            handle: IO[str] = (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(cols)
            handles[name] = (handle, writer)
        for table, row in rows:
            writer = handles[table][1]
            writer.writerow(
                [NULL if row[c] is None else _csv_value(row[c]) for c in columns[table]]
            )
            count += 1
    finally:
        for handle, _ in handles.values():
            handle.close()
    manifest = {"format": FORMAT, "version": VERSION, "schema": schema, "tables": list(columns)}
    (folder / "manifest.json").write_text(dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return count


def _csv_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    # Text is escaped so that a spreadsheet never runs it; import undoes the escape.
    return str(neutral_cell(value.isoformat() if hasattr(value, "isoformat") else value))


def is_export_jsonl(first_line: str) -> bool:
    """Return True when ``first_line`` is the header line of a doorwatch JSON Lines export."""
    try:
        header = json.loads(first_line)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(header, dict) and header.get("format") == FORMAT


def typed_row(
    table: str, raw: dict[str, Any], where: Where, *, check: bool = True
) -> dict[str, Any]:
    """Return ``raw`` (text values as read) with each column converted to its type; with
    ``check``, claims and source addresses also pass the rules of every way in."""
    kinds = column_types(table)
    unknown = set(raw) - set(kinds)
    missing = set(kinds) - set(raw)
    if unknown or missing:
        raise where.error(
            None,
            f"columns of table {table!r} do not match"
            + (f"; unknown: {', '.join(sorted(unknown))}" if unknown else "")
            + (f"; missing: {', '.join(sorted(missing))}" if missing else ""),
            ", ".join(kinds),
        )
    row: dict[str, Any] = {}
    for column, kind in kinds.items():
        value = raw[column]
        if value is None:
            row[column] = None
        elif kind == "date":
            row[column] = parse_day(value, where, column)
        elif kind == "datetime":
            row[column] = parse_datetime(value, where, column)
        elif kind == "int":
            row[column] = parse_int(value, where, column)
        elif kind == "float":
            row[column] = parse_float(value, where, column)
        elif kind == "bool":
            row[column] = parse_bool(value, where, column)
        else:
            row[column] = str(value)
    # An export may have been edited by hand: its claims and addresses pass the same checks as
    # every other way in.
    if check and table == "claims":
        return check_claim(row, where)
    if check and table == "sources":
        row["url"] = parse_url(row["url"], where, "url")
    return row


def _restore_text(table: str, raw: dict[str, Any]) -> dict[str, Any]:
    kinds = column_types(table)
    return {
        c: restore_cell(v) if isinstance(v, str) and kinds.get(c) == "text" else v
        for c, v in raw.items()
    }


def read_jsonl(text: str, path: Path, schema: str) -> RecordSet:
    """Return the records of a JSON Lines export; any defect is an InputError naming the line."""
    file = str(path)
    records = RecordSet()
    tables = table_columns()
    header_checked = False
    for number, item in json_lines(text.split("\n"), path, expected="one JSON object per line"):
        where = Where(file, number)
        if not header_checked:
            _check_header(item, where, schema)
            header_checked = True
            continue
        if not isinstance(item, dict) or set(item) != {"table", "row"}:
            raise where.error(None, "not an export record", '{"table": ..., "row": {...}}')
        table = item["table"]
        if table not in tables:
            raise where.error("table", f"unknown table {table!r}", ", ".join(tables))
        if not isinstance(item["row"], dict):
            raise where.error("row", "the row is not an object", "a JSON object")
        records.add(table, typed_row(table, item["row"], where))
    if not header_checked:
        raise InputError("the file is empty", file=file, expected="a doorwatch export")
    return records


def _check_header(item: Any, where: Where, schema: str) -> None:
    if not isinstance(item, dict) or item.get("format") != FORMAT:
        raise where.error(None, "not a doorwatch export header", f'{{"format": "{FORMAT}", ...}}')
    if item.get("version") != VERSION:
        raise where.error("version", f"export version {item.get('version')!r}", str(VERSION))
    if item.get("schema") != schema:
        raise where.error(
            "schema",
            f"the export has schema {item.get('schema')!r}, this doorwatch {schema!r}",
            "an export made by the same doorwatch version",
        )


def read_csv_folder(folder: Path, schema: str) -> RecordSet:
    """Return the records of a CSV folder export; defects name the file, row and column."""

    manifest_path = folder / "manifest.json"
    try:
        manifest = json.loads(decode_utf8(read_bytes(manifest_path), manifest_path))
    except json.JSONDecodeError as error:
        raise InputError(f"not JSON: {error.msg}", file=str(manifest_path)) from None
    _check_header(manifest, Where(str(manifest_path)), schema)
    records = RecordSet()
    for table, columns in table_columns().items():
        path = folder / f"{table}.csv"
        text = decode_utf8(read_bytes(path), path)
        for number, raw in _csv_rows(text, path, columns):
            raw = _restore_text(table, raw)
            records.add(table, typed_row(table, raw, Where(str(path), number)))
    return records


def _csv_rows(text: str, path: Path, columns: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    header, rows = csv_header(text, path)
    if header != columns:
        raise InputError(
            "the columns differ from this doorwatch's",
            file=str(path),
            row=1,
            expected=", ".join(columns),
        )
    for number, cells in rows:
        yield number, {c: (None if v == NULL else v) for c, v in zip(columns, cells, strict=True)}
