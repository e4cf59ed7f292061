"""The details OFAC's legacy CSV keeps inside ``Remarks``: birth dates, documents, aliases, links.

``Remarks`` is a ``;``-separated list of notes such as ``DOB 26 May 1958``, ``nationality
Belarus``, ``Passport MP1234567 (Belarus)``, ``Tax ID No. 600390798 (Belarus)``,
``a.k.a. 'BELAVIA'``, ``Linked To: BELARUSKALI OAO``. The XML form carries the same as fields.
"""

from __future__ import annotations

import re
from datetime import datetime

from doorwatch.ingest.sanctions.countries import country_code
from doorwatch.ingest.sanctions.model import Identifier, Link, Listing, add_unique

_ALIAS = re.compile(r"^(?:f\.k\.a\.|a\.k\.a\.|n\.k\.a\.)\s*'(?P<name>.+)'\.?$")
_ID_WITH_COUNTRY = re.compile(r"^(?P<number>.+?)\s*\((?P<country>[^()]+)\)\s*$")
# Document kinds OFAC writes before a number; the longest first so that "Tax ID No." wins
# over a shorter prefix.
_ID_KINDS = (
    "Vessel Registration Identification IMO",
    "Government Gazette Number",
    "Registration Number",
    "National ID No.",
    "Identification Number",
    "Tax ID No.",
    "Passport",
    "Registration ID",
    "Personal ID Card",
    "Cedula No.",
    "SSN",
)
_KIND_NAMES = {"Vessel Registration Identification IMO": "IMO"}


def ofac_date(text: str) -> str | None:
    """Return an ISO date (or year, or year-month) for OFAC's ``26 May 1958``/``May 1958``/``1958``."""
    value = text.strip().split(" to ", 1)[0].strip()
    for pattern, width in (("%d %b %Y", 10), ("%b %Y", 7), ("%Y", 4)):
        try:
            return datetime.strptime(value, pattern).date().isoformat()[:width]
        except ValueError:
            continue
    return None


def apply_remarks(listing: Listing, remarks: str) -> None:
    """Add the birth dates, nationalities, documents, aliases and links in ``remarks``."""
    for raw in remarks.split(";"):
        note = raw.strip().rstrip(".").strip()
        if not note:
            continue
        alias = _ALIAS.match(note + ("." if note.endswith("'") else ""))
        if alias is None:
            alias = _ALIAS.match(note)
        if alias:
            listing.add_name(alias.group("name"))
            continue
        if note.startswith("Linked To:"):
            listing.links.append(Link("linked_to", name=note.split(":", 1)[1].strip()))
            continue
        for prefix in ("DOB ", "alt. DOB "):
            if note.startswith(prefix):
                iso = ofac_date(note[len(prefix) :])
                if iso:
                    add_unique(listing.birth_dates, iso)
                break
        else:
            _apply_note(listing, note)


def _apply_note(listing: Listing, note: str) -> None:
    for prefix, target in (
        ("nationality ", listing.nationalities),
        ("alt. nationality ", listing.nationalities),
        ("citizen ", listing.nationalities),
        ("alt. citizen ", listing.nationalities),
        ("Nationality of Registration ", listing.countries),
    ):
        if note.startswith(prefix):
            add_unique(target, country_code(note[len(prefix) :]))
            return
    for kind in _ID_KINDS:
        if note.startswith(kind + " "):
            rest = note[len(kind) + 1 :].strip()
            found = _ID_WITH_COUNTRY.match(rest)
            number, country = (found["number"], found["country"]) if found else (rest, None)
            listing.identifiers.append(
                Identifier(_KIND_NAMES.get(kind, kind), number.strip(), country_code(country))
            )
            return
