"""What a sanctions list says about one target, whatever the format it came in.

Every reader turns its format into :class:`Listing` records and fills a :class:`ListInfo` with what
the file says about itself (publisher, imposer, the date of the data). The store keeps a listing's
fields as JSON, so adding a field here needs no schema change.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from doorwatch.names.transliteration import to_ascii

# Quotation marks differ between formats of one list (OFAC's CSV writes ' where its XML has ").
_QUOTES = re.compile("[\"'«»“”„‘’`]")
# The kinds of target the lists name; vessels and aircraft are kept apart from organisations.
SCHEMAS = ("person", "organisation", "vessel", "aircraft")


@dataclass(frozen=True, slots=True)
class Identifier:
    """A document or register number: ``kind`` as the list words it (passport, tax id, IMO)."""

    kind: str
    number: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A tie from one listing to another target: by the other's list id, or by name only.

    ``kind`` is ``linked_to`` (OFAC remarks), ``owner``/``owned`` (ownership), ``director``/
    ``directs``, ``family`` or ``associate``.
    """

    kind: str
    name: str | None = None
    ref: str | None = None


@dataclass(slots=True)
class Listing:
    """One target as one list names it: the list's own id, names in every script, and details."""

    list_id: str
    schema: str
    names: list[str]
    programmes: list[str] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    listed_on: str | None = None
    remarks: str | None = None

    @property
    def name(self) -> str:
        """Return the primary name (the first the list gives)."""
        return self.names[0] if self.names else ""

    def fingerprint(self) -> str:
        """Return a hash of what makes a listing the same between two snapshots of one list.

        Only the kind, primary name and programmes count: two formats of one list (OFAC's CSV
        and XML) carry different detail, and a change of detail is not a change of listing.
        """
        name = _QUOTES.sub("", to_ascii(self.name)).casefold()
        text = "|".join([self.schema, " ".join(name.split()), *sorted(self.programmes)])
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    def details(self) -> dict[str, Any]:
        """Return the fields kept as JSON beside the indexed columns."""
        data = asdict(self)  # identifiers and links become plain mappings
        for key in ("list_id", "schema", "listed_on"):
            data.pop(key)
        return {k: v for k, v in data.items() if v}

    def add_name(self, name: str | None) -> None:
        """Add ``name`` (trimmed) unless it is empty or already known."""
        text = " ".join((name or "").split())
        if text and text not in self.names:
            self.names.append(text)


@dataclass(slots=True)
class ListInfo:
    """What a file says about itself; readers complete it while the listings are read."""

    format: str
    imposer: str  # us, eu, uk, ca, os
    publisher: str
    title: str
    list_date: str | None = None
    series: str = ""  # one list published again and again, e.g. ``us-sdn``


@dataclass(slots=True)
class ParsedList:
    """A list being read: ``info`` is complete once ``listings`` has been consumed."""

    info: ListInfo
    listings: Iterator[Listing]


def add_unique(values: list[str], value: str | None) -> None:
    """Append ``value`` (trimmed) to ``values`` unless it is empty or already there."""
    text = (value or "").strip()
    if text and text not in values:
        values.append(text)
