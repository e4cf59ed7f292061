"""OpenSanctions exports: ``targets.simple.csv`` and FollowTheMoney entities as JSON lines.

The simple CSV has one row per target with ``;``-separated values. The FtM file holds entities
of every schema; targets are the persons, organisations and vessels a ``Sanction`` names (or
that are marked ``target``), their programmes the ``programId`` of those sanctions, and their
links the ``Ownership``, ``Directorship``, ``Family``, ``Associate`` and ``UnknownLink``
entities. The FtM file is read twice (relations first, then targets) so that memory holds the
relations, not the entities.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.files import json_lines, readable_text
from doorwatch.ingest.sanctions.countries import country_code
from doorwatch.ingest.sanctions.model import (
    Identifier,
    Link,
    ListInfo,
    Listing,
    ParsedList,
    add_unique,
)

SIMPLE_COLUMNS = (
    "id", "schema", "name", "aliases", "birth_date", "countries", "addresses", "identifiers",
    "sanctions", "phones", "emails", "program_ids", "dataset", "first_seen", "last_seen",
    "last_change",
)  # fmt: skip
_SCHEMAS = {
    "Person": "person",
    "Company": "organisation",
    "Organization": "organisation",
    "LegalEntity": "organisation",
    "PublicBody": "organisation",
    "Vessel": "vessel",
    "Airplane": "aircraft",
}
# Relation schemas: (property of one end, property of the other, kind seen from each end).
_RELATIONS = {
    "Ownership": ("owner", "asset", "owned", "owner"),
    "Directorship": ("director", "organization", "directs", "director"),
    "Family": ("person", "relative", "family", "family"),
    "Associate": ("person", "associate", "associate", "associate"),
    "UnknownLink": ("subject", "object", "associate", "associate"),
}
_ID_PROPS = {
    "innCode": "INN",
    "ogrnCode": "OGRN",
    "taxNumber": "Tax ID No.",
    "registrationNumber": "Registration Number",
    "imoNumber": "IMO",
    "passportNumber": "Passport",
    "idNumber": "National ID No.",
}


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split(";") if v.strip()]


def read_simple_csv(path: Path) -> ParsedList:
    """Return the targets of an OpenSanctions ``targets.simple.csv``; dated by ``last_seen``."""
    info = ListInfo(
        format="os-simple-csv",
        imposer="os",
        publisher="OpenSanctions",
        title="OpenSanctions targets (simple CSV)",
        series="os-simple",
    )

    def listings() -> Iterator[Listing]:
        with path.open(encoding="utf-8-sig", newline="") as handle, readable_text(path):
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(header) != SIMPLE_COLUMNS:
                raise InputError(
                    "not the OpenSanctions simple header",
                    file=str(path),
                    row=1,
                    expected=",".join(SIMPLE_COLUMNS),
                )
            for cells in reader:
                if len(cells) != len(SIMPLE_COLUMNS):
                    raise InputError(
                        f"{len(cells)} columns",
                        file=str(path),
                        row=reader.line_num,
                        expected=f"{len(SIMPLE_COLUMNS)} columns",
                    )
                row = dict(zip(SIMPLE_COLUMNS, cells, strict=True))
                if info.title.endswith("(simple CSV)") and row["dataset"]:
                    info.title = f"OpenSanctions: {row['dataset']}"
                    info.series = "os-simple-" + re.sub(r"\W+", "-", row["dataset"].lower())
                seen = row["last_seen"][:10]
                if seen and (info.list_date is None or seen > info.list_date):
                    info.list_date = seen
                yield _simple_listing(row)

    return ParsedList(info, listings())


def _simple_listing(row: dict[str, str]) -> Listing:
    listing = Listing(
        list_id=row["id"],
        schema=_SCHEMAS.get(row["schema"], "organisation"),
        names=[row["name"]],
        programmes=_split(row["program_ids"]),
        birth_dates=_split(row["birth_date"]),
        countries=[c for c in _split(row["countries"]) if len(c) == 2],
        addresses=_split(row["addresses"]),
        listed_on=row["first_seen"][:10] or None,
    )
    for alias in _split(row["aliases"]):
        listing.add_name(alias)
    for number in _split(row["identifiers"]):
        kind = "IMO" if number.upper().startswith("IMO") else "identifier"
        listing.identifiers.append(
            Identifier(kind, number.removeprefix("IMO") if kind == "IMO" else number)
        )
    if listing.schema == "person":
        listing.nationalities = list(listing.countries)
    return listing


@dataclass
class _Relations:
    names: dict[str, str] = field(default_factory=dict)
    programmes: dict[str, list[str]] = field(default_factory=dict)
    listed_on: dict[str, str] = field(default_factory=dict)
    links: dict[str, list[Link]] = field(default_factory=dict)


def _entities(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as handle, readable_text(path):
        for number, data in json_lines(handle, path, expected="one entity a line"):
            if "schema" not in data or "id" not in data:
                raise InputError(
                    "not a FollowTheMoney entity",
                    file=str(path),
                    row=number,
                    expected='an object with "id", "schema" and "properties"',
                )
            yield number, data


def _proxy(path: Path, number: int, data: dict[str, Any]) -> Any:
    # Deferred: FollowTheMoney takes 0.42 s to import (measured); only OpenSanctions needs it.
    from followthemoney import model
    from followthemoney.exc import InvalidData

    try:
        return model.get_proxy(data)
    except (InvalidData, TypeError, ValueError) as error:
        raise InputError(f"not a valid entity: {error}", file=str(path), row=number) from None


def _relations(path: Path) -> _Relations:
    found = _Relations()
    for number, data in _entities(path):
        proxy = _proxy(path, number, data)
        schema = proxy.schema.name
        if schema in _SCHEMAS:
            found.names[proxy.id] = proxy.caption
        if schema == "Sanction":
            programmes = (
                proxy.get("programId", quiet=True)
                or proxy.get("program", quiet=True)
                or proxy.get("authority", quiet=True)
            )
            for target in proxy.get("entity", quiet=True):
                bucket = found.programmes.setdefault(target, [])
                for programme in programmes or ["(no programme)"]:
                    add_unique(bucket, programme)
                dates = sorted(
                    proxy.get("listingDate", quiet=True) + proxy.get("startDate", quiet=True)
                )
                if dates and (target not in found.listed_on or dates[0] < found.listed_on[target]):
                    found.listed_on[target] = dates[0]
        elif schema in _RELATIONS:
            one, other, kind_one, kind_other = _RELATIONS[schema]
            for left in proxy.get(one):
                for right in proxy.get(other):
                    found.links.setdefault(left, []).append(Link(kind_one, ref=right))
                    found.links.setdefault(right, []).append(Link(kind_other, ref=left))
    return found


def read_ftm(path: Path) -> ParsedList:
    """Return the sanctioned targets among the FollowTheMoney entities of a JSON lines file."""
    info = ListInfo(
        format="ftm-jsonl",
        imposer="os",
        publisher="OpenSanctions",
        title="OpenSanctions entities (FollowTheMoney)",
        series="os-ftm",
    )

    def listings() -> Iterator[Listing]:
        relations = _relations(path)
        for number, data in _entities(path):
            seen = str(data.get("last_seen") or "")[:10]
            if seen and (info.list_date is None or seen > info.list_date):
                info.list_date = seen
            if data["schema"] not in _SCHEMAS:
                continue
            if data["id"] not in relations.programmes and not data.get("target"):
                continue
            yield _ftm_listing(_proxy(path, number, data), relations)

    return ParsedList(info, listings())


def _ftm_listing(proxy: Any, relations: _Relations) -> Listing:
    listing = Listing(
        list_id=proxy.id,
        schema=_SCHEMAS[proxy.schema.name],
        names=[proxy.caption],
        programmes=relations.programmes.get(proxy.id, []),
        birth_dates=sorted(proxy.get("birthDate", quiet=True)),
        listed_on=relations.listed_on.get(proxy.id),
        remarks="; ".join(proxy.get("notes", quiet=True)) or None,
    )
    for name in (
        proxy.get("name", quiet=True)
        + proxy.get("alias", quiet=True)
        + proxy.get("weakAlias", quiet=True)
    ):
        listing.add_name(name)
    for country in proxy.get("nationality", quiet=True) + proxy.get("citizenship", quiet=True):
        add_unique(listing.nationalities, country)
    for country in (
        proxy.get("country", quiet=True)
        + proxy.get("jurisdiction", quiet=True)
        + proxy.get("mainCountry", quiet=True)
    ):
        add_unique(listing.countries, country_code(country) or country)
    for prop, kind in _ID_PROPS.items():
        if prop in proxy.schema.properties:
            for number in proxy.get(prop):
                identifier = Identifier(kind, number)
                if identifier not in listing.identifiers:
                    listing.identifiers.append(identifier)
    for link in relations.links.get(proxy.id, []):
        named = Link(link.kind, name=relations.names.get(link.ref or ""), ref=link.ref)
        if named not in listing.links:
            listing.links.append(named)
    return listing
