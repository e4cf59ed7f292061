"""OFAC's ``sdn.xml``: one ``sdnEntry`` per target, with aliases, documents and dates as fields."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from lxml import etree

from doorwatch.ingest.sanctions.countries import country_code
from doorwatch.ingest.sanctions.model import (
    Identifier,
    Link,
    ListInfo,
    Listing,
    ParsedList,
    add_unique,
)
from doorwatch.ingest.sanctions.ofac_remarks import ofac_date
from doorwatch.ingest.sanctions.xml_stream import children, element_error, records, text_of

NAMESPACE = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML"
# OFAC published the same schema under the older namespace before 2023.
OLD_NAMESPACE = "http://tempuri.org/sdnList.xsd"
_TYPES = {
    "individual": "person",
    "entity": "organisation",
    "vessel": "vessel",
    "aircraft": "aircraft",
}


def _name(element: etree._Element) -> str:
    last, first = text_of(element, "lastName"), text_of(element, "firstName")
    return f"{last}, {first}" if last and first else last or first


def read_sdn_xml(path: Path, namespace: str = NAMESPACE) -> ParsedList:
    """Return the listings of an OFAC ``sdn.xml``; the list date is its ``Publish_Date``."""
    info = ListInfo(
        format="ofac-xml",
        imposer="us",
        publisher="US Treasury, Office of Foreign Assets Control",
        title="OFAC Specially Designated Nationals list (XML)",
        series="us-sdn",
    )

    def publish(element: etree._Element) -> None:
        raw = text_of(element, "Publish_Date")
        if raw:
            try:
                info.list_date = datetime.strptime(raw, "%m/%d/%Y").date().isoformat()
            except ValueError:
                raise element_error(
                    path, element, f"Publish_Date {raw!r}", expected="MM/DD/YYYY"
                ) from None

    def listings() -> Iterator[Listing]:
        for entry in records(
            path, root="sdnList", namespace=namespace, record="sdnEntry", on_other=publish
        ):
            yield _listing(path, entry)

    return ParsedList(info, listings())


def _listing(path: Path, entry: etree._Element) -> Listing:
    uid = text_of(entry, "uid")
    if not uid:
        raise element_error(path, entry, "an sdnEntry without <uid>", expected="<uid>")
    kind = text_of(entry, "sdnType").lower()
    listing = Listing(
        list_id=uid,
        schema=_TYPES.get(kind, "organisation"),
        names=[_name(entry)],
        programmes=[(p.text or "").strip() for p in children(entry, "programList", "program")],
        remarks=text_of(entry, "remarks") or None,
    )
    for aka in children(entry, "akaList", "aka"):
        listing.add_name(_name(aka))
    for item in children(entry, "dateOfBirthList", "dateOfBirthItem"):
        add_unique(listing.birth_dates, ofac_date(text_of(item, "dateOfBirth")))
    for item in children(entry, "nationalityList", "nationality"):
        add_unique(listing.nationalities, country_code(text_of(item, "country")))
    for item in children(entry, "citizenshipList", "citizenship"):
        add_unique(listing.nationalities, country_code(text_of(item, "country")))
    for item in children(entry, "idList", "id"):
        number = text_of(item, "idNumber")
        if number:
            kind_name = text_of(item, "idType")
            if kind_name.startswith("Vessel Registration Identification"):
                kind_name = "IMO"
            listing.identifiers.append(
                Identifier(kind_name, number, country_code(text_of(item, "idCountry")))
            )
    for item in children(entry, "addressList", "address"):
        parts = [text_of(item, n) for n in ("address1", "address2", "address3", "city")]
        parts += [text_of(item, "postalCode"), text_of(item, "country")]
        add_unique(listing.addresses, ", ".join(p for p in parts if p))
        add_unique(listing.countries, country_code(text_of(item, "country")))
    for flag in children(entry, "vesselInfo", "vesselFlag"):
        add_unique(listing.countries, country_code(flag.text))
    for note in (listing.remarks or "").split(";"):
        if note.strip().startswith("Linked To:"):
            listing.links.append(Link("linked_to", name=note.split(":", 1)[1].strip(" .")))
    return listing
