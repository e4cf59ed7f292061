"""Cutting a source's text into plain and highlighted segments for display."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def segments(text: str, claims: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the text as a list of ``{"text", "claim"}`` pieces; ``claim`` is the claim a
    highlighted piece belongs to, None for plain text. Overlapping claims after the first are
    left unmarked (their own pages highlight them)."""
    pieces: list[dict[str, Any]] = []
    at = 0
    spans = sorted(
        (c for c in claims if c.get("start") is not None and c.get("end") is not None),
        key=lambda c: (int(c["start"]), -int(c["end"])),
    )
    for claim in spans:
        start, end = int(claim["start"]), int(claim["end"])
        if start < at or end > len(text) or end <= start:
            continue
        if start > at:
            pieces.append({"text": text[at:start], "claim": None})
        pieces.append({"text": text[start:end], "claim": claim})
        at = end
    if at < len(text):
        pieces.append({"text": text[at:], "claim": None})
    return pieces
