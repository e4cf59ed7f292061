"""The column layout of Viasna's public list of political prisoners, exported as CSV.

Viasna publishes one row per person with the person's name, status, detention date, the
criminal-code articles, the sentence and the release date. Headers are matched without regard
to case, spacing or punctuation; both the English and the Russian headers are understood.
"""

from __future__ import annotations

import re

from doorwatch.ingest.field_parsers import Where

# header (normalised) → doorwatch registry field
VIASNA_HEADERS: dict[str, str] = {
    "name": "name",
    "full name": "name",
    "фио": "name",
    "status": "status",
    "статус": "status",
    "detention date": "detained_on",
    "date of detention": "detained_on",
    "дата задержания": "detained_on",
    "articles": "charges",
    "статьи": "charges",
    "sentence": "sentence",
    "приговор": "sentence",
    "release date": "released_on",
    "date of release": "released_on",
    "дата освобождения": "released_on",
    "place of detention": "place",
    "место содержания": "place",
    "recognition date": "recognised_on",
    "date of recognition": "recognised_on",
    "дата признания": "recognised_on",
}
VIASNA_REQUIRED = ("name", "status")

# Viasna's status wording → (doorwatch status, release mode)
VIASNA_STATUSES: dict[str, tuple[str, str | None]] = {
    "political prisoner": ("held", None),
    "in custody": ("held", None),
    "политзаключенный": ("held", None),
    "released": ("released", None),
    "freed": ("released", None),
    "former political prisoner": ("released", None),
    "освобожден": ("released", None),
    "pardoned": ("released", "pardon"),
    "помилован": ("released", "pardon"),
    "sentence served": ("served", "end_of_sentence"),
    "served": ("served", "end_of_sentence"),
    "отбыл срок": ("served", "end_of_sentence"),
    "died": ("died", "died_in_custody"),
    "died in custody": ("died", "died_in_custody"),
    "умер": ("died", "died_in_custody"),
}


def normalise_header(header: str) -> str:
    """Return ``header`` lower-cased with punctuation and extra spaces removed."""
    return " ".join(re.sub(r"[^\w]+", " ", header.casefold()).split())


def is_viasna_header(headers: list[str]) -> bool:
    """Return True when ``headers`` look like Viasna's layout (every header known, name present)."""
    normal = [normalise_header(h) for h in headers]
    return (
        bool(normal)
        and all(h in VIASNA_HEADERS for h in normal)
        and any(VIASNA_HEADERS[h] == "name" for h in normal)
    )


def viasna_row(row: dict[str, str], where: Where) -> dict[str, str | None]:
    """Return a Viasna CSV row as a doorwatch registry row."""
    out: dict[str, str | None] = {}
    for header, value in row.items():
        out[VIASNA_HEADERS[normalise_header(header)]] = value
    status_text = " ".join((out.get("status") or "").casefold().split())
    if status_text:
        if status_text not in VIASNA_STATUSES:
            raise where.error(
                "status",
                f"unknown status {out.get('status')!r}",
                "one of " + ", ".join(sorted(VIASNA_STATUSES)),
            )
        status, mode = VIASNA_STATUSES[status_text]
        out["status"] = status
        out["release_mode"] = mode
    out["recognised_by"] = "Viasna"
    return out
