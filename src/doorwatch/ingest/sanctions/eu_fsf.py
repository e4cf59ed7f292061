"""The EU's Financial Sanctions Files, XML 1.1: one ``sanctionEntity`` per target.

Names are ``nameAlias`` elements (one per spelling and script), programmes the ``programme``
attribute of ``regulation``; the list date is the root's ``generationDate``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from doorwatch.ingest.sanctions.model import Identifier, ListInfo, Listing, ParsedList, add_unique
from doorwatch.ingest.sanctions.xml_stream import children, element_error, records

NAMESPACE = "http://eu.europa.ec/fpi/fsd/export"
_TYPES = {"person": "person", "enterprise": "organisation"}
_ID_KINDS = {"fiscalcode": "Tax ID No.", "regnumber": "Registration Number", "imo": "IMO"}


def _code(value: str | None) -> str | None:
    code = (value or "").strip().lower()
    return code if len(code) == 2 and code != "00" else None


def read_fsf_xml(path: Path) -> ParsedList:
    """Return the listings of an EU FSF XML 1.1 file; the list date is ``generationDate``."""
    info = ListInfo(
        format="eu-fsf-xml",
        imposer="eu",
        publisher="European Commission, Financial Sanctions Files",
        title="EU consolidated list of financial sanctions",
        series="eu-fsf",
    )

    def root(element: etree._Element) -> None:
        generated = element.get("generationDate") or ""
        info.list_date = generated[:10] or None

    def listings() -> Iterator[Listing]:
        for entity in records(
            path, root="export", namespace=NAMESPACE, record="sanctionEntity", on_root=root
        ):
            yield _listing(path, entity)

    return ParsedList(info, listings())


def _listing(path: Path, entity: etree._Element) -> Listing:
    logical_id = entity.get("logicalId")
    if not logical_id:
        raise element_error(
            path, entity, "a sanctionEntity without logicalId", expected="logicalId"
        )
    subject = next(children(entity, "subjectType"), None)
    kind = subject.get("code", "") if subject is not None else ""
    listing = Listing(
        list_id=logical_id,
        schema=_TYPES.get(kind, "organisation"),
        names=[],
        listed_on=entity.get("designationDate") or None,
        remarks=entity.get("designationDetails") or None,
    )
    for regulation in children(entity, "regulation"):
        add_unique(listing.programmes, regulation.get("programme"))
    for alias in children(entity, "nameAlias"):
        whole = alias.get("wholeName") or " ".join(
            p for p in (alias.get("firstName"), alias.get("middleName"), alias.get("lastName")) if p
        )
        listing.add_name(whole)
    for birth in children(entity, "birthdate"):
        add_unique(listing.birth_dates, birth.get("birthdate") or birth.get("year"))
    for citizenship in children(entity, "citizenship"):
        add_unique(listing.nationalities, _code(citizenship.get("countryIso2Code")))
    for document in children(entity, "identification"):
        number = document.get("number") or document.get("latinNumber")
        if number:
            code = document.get("identificationTypeCode") or "other"
            listing.identifiers.append(
                Identifier(
                    _ID_KINDS.get(code, document.get("identificationTypeDescription") or code),
                    number,
                    _code(document.get("countryIso2Code")),
                )
            )
    for address in children(entity, "address"):
        parts = [address.get(k) for k in ("street", "city", "zipCode", "countryDescription")]
        add_unique(listing.addresses, ", ".join(p for p in parts if p and p != "UNKNOWN"))
        add_unique(listing.countries, _code(address.get("countryIso2Code")))
    if not listing.names:
        raise element_error(path, entity, "a sanctionEntity without a name", expected="nameAlias")
    return listing
