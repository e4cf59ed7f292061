"""Canada's consolidated autonomous sanctions list (SEMA and JVCFOA), both schemas.

One ``record`` per listing; the programme is the country the listing is under (``Belarus /
Bélarus``). The list has no date of its own: the latest ``DateOfListing`` stands for it. The
pre-2021 schema writes ``Entity``, ``DateOfBirth`` and ``Title`` where the newer one writes
``EntityOrShip``, ``DateOfBirthOrShipBuildDate`` and ``TitleOrShip``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from doorwatch.ingest.sanctions.model import Identifier, ListInfo, Listing, ParsedList, add_unique
from doorwatch.ingest.sanctions.xml_stream import element_error, local, records

_ALIAS_SPLIT = re.compile(r"[,;]\s*|\s+\(|\)\s*")


def read_sema_xml(path: Path) -> ParsedList:
    """Return the listings of Canada's SEMA XML; its date is the latest date of listing."""
    info = ListInfo(
        format="ca-sema-xml",
        imposer="ca",
        publisher="Global Affairs Canada",
        title="Consolidated Canadian autonomous sanctions list",
        series="ca-sema",
    )

    def listings() -> Iterator[Listing]:
        for record in records(path, root="data-set", namespace="", record="record"):
            listing = _listing(path, {local(c.tag): (c.text or "").strip() for c in record}, record)
            if listing.listed_on and (info.list_date is None or listing.listed_on > info.list_date):
                info.list_date = listing.listed_on
            yield listing

    return ParsedList(info, listings())


def _listing(path: Path, fields: dict[str, str], record: etree._Element) -> Listing:
    country, item = fields.get("Country", ""), fields.get("Item", "")
    if not country or not item:
        raise element_error(
            path, record, "a record without Country or Item", expected="<Country>, <Item>"
        )
    programme = country.split(" / ", 1)[0].strip()
    schedule = fields.get("Schedule", "")
    entity = fields.get("EntityOrShip") or fields.get("Entity", "")
    if entity:
        name = entity
        schema = "vessel" if fields.get("ShipIMONumber") else "organisation"
    else:
        name = " ".join(p for p in (fields.get("GivenName"), fields.get("LastName")) if p)
        schema = "person"
    listing = Listing(
        list_id=f"{programme}/{schedule}/{item}" if schedule else f"{programme}/{item}",
        schema=schema,
        names=[name],
        programmes=[programme],
        listed_on=fields.get("DateOfListing") or None,
    )
    for alias in _ALIAS_SPLIT.split(fields.get("Aliases", "")):
        listing.add_name(alias.strip(" .;"))
    born = fields.get("DateOfBirthOrShipBuildDate") or fields.get("DateOfBirth", "")
    if schema == "person" and born:
        add_unique(listing.birth_dates, born)
    if fields.get("ShipIMONumber"):
        listing.identifiers.append(Identifier("IMO", fields["ShipIMONumber"]))
    title = fields.get("TitleOrShip") or fields.get("Title")
    listing.remarks = title or None
    return listing
