"""Country names and codes as the lists write them, reduced to ISO 3166 alpha-2 codes."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def country_code(text: str | None) -> str | None:
    """Return the lower-case ISO alpha-2 code for a country name or code, or None if unknown.

    Bilingual forms (Canada's ``Belarus / Bélarus``) are read by their first half; "former USSR
    (now Belarus)" by what is in the brackets.
    """
    # Deferred: FollowTheMoney takes 0.42 s to import (measured); most lists name countries
    # by code and never ask.
    from followthemoney.types import registry

    value = (text or "").strip()
    if not value:
        return None
    if "(now " in value:
        value = value.split("(now ", 1)[1].rstrip(") ")
    value = value.split(" / ", 1)[0].strip()
    code = registry.country.clean(value)
    return str(code) if code else None
