"""Sectoral measures side by side: what each imposer restricts for Russia and not for Belarus.

The measures are the cited data file ``data/sanctions/sectoral.yaml``. A row pairs the Russia
and the Belarus entry of one imposer, category and kind of goods, and names the gap.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

SECTORAL_COLUMNS = [
    "imposer", "category", "goods", "russia", "belarus", "gap", "as_of", "russia_source",
    "belarus_source",
]  # fmt: skip


@lru_cache(maxsize=1)
def sectoral_measures() -> list[dict[str, Any]]:
    """Return the entries of the sectoral measures table as the data file gives them."""
    text = (resources.files("doorwatch") / "data" / "sanctions" / "sectoral.yaml").read_text(
        encoding="utf-8"
    )
    entries: list[dict[str, Any]] = yaml.safe_load(text)["entries"]
    return entries


def _cell(entry: dict[str, Any] | None) -> str:
    if entry is None:
        return "not recorded"
    if entry["restricted"]:
        return f"restricted since {entry['since']}" if entry.get("since") else "restricted"
    return "not restricted"


def sectoral_rows(imposer: str | None = None) -> list[dict[str, Any]]:
    """Return one row per imposer, category and goods: Russia and Belarus side by side, the gap
    (``russia_only``, ``belarus_only``, ``both``, ``neither``, ``unknown``) and each source."""
    paired: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {}
    for entry in sectoral_measures():
        if imposer and entry["imposer"] != imposer:
            continue
        key = (entry["imposer"], entry["category"], entry["goods"])
        paired.setdefault(key, {})[entry["country"]] = entry
    rows = []
    for (who, category, goods), by_country in paired.items():
        russia, belarus = by_country.get("russia"), by_country.get("belarus")
        if russia is None or belarus is None:
            gap = "unknown"
        else:
            gap = {
                (True, True): "both",
                (True, False): "russia_only",
                (False, True): "belarus_only",
                (False, False): "neither",
            }[(bool(russia["restricted"]), bool(belarus["restricted"]))]
        rows.append(
            {
                "imposer": who,
                "category": category,
                "goods": goods,
                "russia": _cell(russia),
                "belarus": _cell(belarus),
                "gap": gap,
                "as_of": (russia or belarus or {}).get("as_of"),
                "russia_source": russia["source"] if russia else None,
                "belarus_source": belarus["source"] if belarus else None,
            }
        )
    return rows
