"""OFAC's legacy CSV files: ``sdn.csv`` with, when given, ``add.csv`` and ``alt.csv``.

The files have no header (some copies add one), write ``-0-`` for an empty field and end with a
DOS end-of-file byte (0x1A) on a line of its own. Programme tags are joined by ``] [`` with the
outer brackets left out. Details sit in ``Remarks`` (:mod:`.ofac_remarks`).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from doorwatch.errors import InputError
from doorwatch.ingest.sanctions.countries import country_code
from doorwatch.ingest.sanctions.model import ListInfo, Listing, ParsedList, add_unique
from doorwatch.ingest.sanctions.ofac_remarks import apply_remarks

SDN_COLUMNS = 12
ADDRESS_COLUMNS = 6
ALT_COLUMNS = 5
_TYPES = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft", "": "organisation"}
_EOF = "\x1a"


def _value(cell: str) -> str:
    text = cell.strip()
    return "" if text == "-0-" else text


def rows(path: Path, width: int) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, cells) of an OFAC CSV file, skipping a header and the end-of-file row.

    A row of another width is an InputError naming the file and line.
    """
    with path.open(encoding="latin-1", newline="") as handle:
        reader = csv.reader(handle)
        for cells in reader:
            line = reader.line_num
            if not cells or cells[0].startswith(_EOF):
                continue
            if len(cells) != width:
                raise InputError(
                    f"{len(cells)} columns", file=str(path), row=line, expected=f"{width} columns"
                )
            if line == 1 and not cells[0].strip().isdigit():
                continue  # a header row some copies add
            if not cells[0].strip().isdigit():
                raise InputError(
                    f"{cells[0]!r} is not an entry number",
                    file=str(path),
                    row=line,
                    field="ent_num",
                    expected="a whole number",
                )
            yield line, [_value(c) for c in cells]


def _addresses(path: Path) -> dict[str, list[tuple[str, str | None]]]:
    found: dict[str, list[tuple[str, str | None]]] = {}
    for _line, cells in rows(path, ADDRESS_COLUMNS):
        text = ", ".join(c for c in cells[2:5] if c)
        found.setdefault(cells[0], []).append((text, country_code(cells[4])))
    return found


def _aliases(path: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for _line, cells in rows(path, ALT_COLUMNS):
        found.setdefault(cells[0], []).append(cells[3])
    return found


def read_sdn_csv(
    path: Path, *, addresses: Path | None = None, aliases: Path | None = None
) -> ParsedList:
    """Return the listings of an OFAC ``sdn.csv``, with the address and alias files if given."""
    info = ListInfo(
        format="ofac-csv",
        imposer="us",
        publisher="US Treasury, Office of Foreign Assets Control",
        title="OFAC Specially Designated Nationals list (CSV)",
        series="us-sdn",
    )
    address_map = _addresses(addresses) if addresses else {}
    alias_map = _aliases(aliases) if aliases else {}

    def listings() -> Iterator[Listing]:
        for _line, cells in rows(path, SDN_COLUMNS):
            ent_num, name, kind, programme = cells[0], cells[1], cells[2], cells[3]
            listing = Listing(
                list_id=ent_num,
                schema=_TYPES.get(kind.lower(), "organisation"),
                names=[name],
                programmes=[p.strip() for p in programme.split("] [") if p.strip()],
                remarks=cells[11] or None,
            )
            if cells[11]:
                apply_remarks(listing, cells[11])
            for alias in alias_map.get(ent_num, []):
                listing.add_name(alias)
            for text, country in address_map.get(ent_num, []):
                add_unique(listing.addresses, text)
                add_unique(listing.countries, country)
            if cells[9]:
                add_unique(listing.countries, country_code(cells[9]))
            yield listing

    return ParsedList(info, listings())
