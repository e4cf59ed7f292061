"""The programme map: whether an imposer's programme is about Belarus, Russia, or neither.

The map is the data file ``data/sanctions/programmes.yaml``; every entry cites where the
programme's meaning is stated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

BELARUS = "belarus"
RUSSIA = "russia"
OTHER = "other"
CLASSES = (BELARUS, RUSSIA)
IMPOSERS = {
    "us": "United States",
    "eu": "European Union",
    "uk": "United Kingdom",
    "ca": "Canada",
    "os": "OpenSanctions",
}


@dataclass(frozen=True, slots=True)
class Programme:
    """One programme of one imposer, its class and the source that says what it is about."""

    imposer: str
    programme: str
    cls: str
    source: str | None


@lru_cache(maxsize=1)
def programme_map() -> dict[tuple[str, str], Programme]:
    """Return the bundled map, keyed by (imposer, programme tag)."""
    text = (resources.files("doorwatch") / "data" / "sanctions" / "programmes.yaml").read_text(
        encoding="utf-8"
    )
    data = yaml.safe_load(text)
    return {
        (e["imposer"], e["programme"]): Programme(
            e["imposer"], e["programme"], e["class"], e.get("source")
        )
        for e in data["entries"]
    }


def classify(imposer: str, programme: str) -> Programme:
    """Return the class of ``programme`` of ``imposer``; ``other`` (no source) when unmapped."""
    return programme_map().get((imposer, programme)) or Programme(imposer, programme, OTHER, None)


def classes_of(imposer: str, programmes: list[str]) -> set[str]:
    """Return the classes (belarus, russia) that any of ``programmes`` of ``imposer`` fall in."""
    return {c for c in (classify(imposer, p).cls for p in programmes) if c != OTHER}
