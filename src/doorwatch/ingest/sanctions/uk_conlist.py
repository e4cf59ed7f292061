"""HM Treasury's (OFSI) Consolidated List of Financial Sanctions Targets, xlsx or CSV.

Row 1 holds ``Last Updated`` and the date, row 2 the header; then one row per name or alias of
a target, the target being its ``Group ID``. The rows of a target need not be adjacent, so the
targets are gathered before they are handed on (a few thousand; the rows are streamed).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.sanctions.countries import country_code
from doorwatch.ingest.sanctions.model import Identifier, ListInfo, Listing, ParsedList, add_unique

REQUIRED = ("Name 6", "Name 1", "Group Type", "Regime", "Group ID")
_TYPES = {"individual": "person", "entity": "organisation", "ship": "vessel"}


def uk_date(text: str | None) -> str | None:
    """Return ISO for OFSI's ``dd/mm/yyyy`` (``00`` for an unknown day or month), else None."""
    value = (text or "").strip()
    parts = value.split(" ")[0].split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    day, month, year = parts
    if year == "0000" or not year:
        return None
    if month in ("00", "0"):
        return year
    if day in ("00", "0"):
        return f"{year}-{int(month):02d}"
    try:
        return datetime(int(year), int(month), int(day)).date().isoformat()
    except ValueError:
        return None


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    # Late: openpyxl takes 1.1 s to import (measured) and only spreadsheet lists need it.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, KeyError, OSError, ValueError) as error:
        raise InputError(f"not a readable xlsx workbook: {error}", file=str(path)) from None
    try:
        sheet = workbook["Data"] if "Data" in workbook.sheetnames else workbook.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [_cell(v) for v in row]
    finally:
        workbook.close()


def _csv_rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8-sig", newline="", errors="replace") as handle:
        for row in csv.reader(handle):
            yield [c.strip() for c in row]


def read_conlist(path: Path, *, spreadsheet: bool) -> ParsedList:
    """Return the targets of an OFSI ConList (xlsx when ``spreadsheet``, else CSV)."""
    info = ListInfo(
        format="uk-conlist-xlsx" if spreadsheet else "uk-conlist-csv",
        imposer="uk",
        publisher="HM Treasury, Office of Financial Sanctions Implementation",
        title="UK Consolidated List of Financial Sanctions Targets",
        series="uk-conlist",
    )

    def listings() -> Iterator[Listing]:
        source = _xlsx_rows(path) if spreadsheet else _csv_rows(path)
        header: list[str] | None = None
        targets: dict[str, Listing] = {}
        for number, row in enumerate(source, start=1):
            if header is None:
                if row and row[0] == "Last Updated":
                    info.list_date = uk_date(row[1] if len(row) > 1 else "")
                    continue
                if not all(name in row for name in REQUIRED):
                    raise InputError(
                        "no header row",
                        file=str(path),
                        row=number,
                        expected="the ConList header with " + ", ".join(REQUIRED),
                    )
                header = row
                continue
            if not any(row):
                continue
            if len(row) != len(header):
                # openpyxl returns rows as wide as the sheet; a CSV row must be as wide as its header
                if not spreadsheet:
                    raise InputError(
                        f"{len(row)} columns",
                        file=str(path),
                        row=number,
                        expected=f"{len(header)} columns",
                    )
                row = (row + [""] * len(header))[: len(header)]
            fields = dict(zip(header, row, strict=False))
            _add_row(path, number, fields, targets)
        if header is None:
            raise InputError("no header row", file=str(path), expected="the ConList header")
        yield from targets.values()

    return ParsedList(info, listings())


def _add_row(path: Path, number: int, fields: dict[str, str], targets: dict[str, Listing]) -> None:
    group = fields.get("Group ID", "")
    if not group:
        raise InputError("empty", file=str(path), row=number, field="Group ID", expected="an id")
    kind = _TYPES.get(fields.get("Group Type", "").lower(), "organisation")
    given = " ".join(fields.get(f"Name {i}", "") for i in range(1, 6)).strip()
    name = " ".join(p for p in (given, fields.get("Name 6", "")) if p)
    listing = targets.get(group)
    primary = fields.get("Alias Type", "").lower() == "primary name"
    if listing is None:
        listing = targets[group] = Listing(list_id=group, schema=kind, names=[])
    if primary and name:
        if name in listing.names:
            listing.names.remove(name)
        listing.names.insert(0, name)
    else:
        listing.add_name(name)
    listing.add_name(fields.get("Name Non-Latin Script"))
    add_unique(listing.programmes, fields.get("Regime"))
    add_unique(listing.birth_dates, uk_date(fields.get("DOB")))
    for nationality in fields.get("Nationality", "").replace(")", "").split("("):
        for part in nationality.replace(";", ",").split(","):
            add_unique(listing.nationalities, country_code(part.strip(" 0123456789.")))
    for column, kind_name in (
        ("Passport Number", "Passport"),
        ("National Identification Number", "National ID No."),
    ):
        number_text = fields.get(column, "")
        if number_text:
            identifier = Identifier(kind_name, number_text)
            if identifier not in listing.identifiers:
                listing.identifiers.append(identifier)
    address = ", ".join(
        p
        for p in [fields.get(f"Address {i}", "") for i in range(1, 7)] + [fields.get("Country", "")]
        if p
    )
    add_unique(listing.addresses, address)
    add_unique(listing.countries, country_code(fields.get("Country")))
    listing.listed_on = listing.listed_on or uk_date(fields.get("Listed On"))
    listing.remarks = listing.remarks or fields.get("Other Information") or None
