"""The latest count per origin as the command line shows it: the lead of ``status`` and
``door``. A table fits 80 columns: an origin a source does not name shows as "not named [n]",
and note [n] under the table says which outlet published the figure (``--wide``, CSV and JSON
keep every field)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console

from doorwatch.cli.output import print_table

COLUMNS = ["origin", "value", "as_of", "published"]
WIDE_COLUMNS = [*COLUMNS, "definition", "source", "claim_id"]
# Below this many columns the --wide table cannot show its prose: counts print as blocks.
WIDE_TABLE_WIDTH = 140


def source_label(source: Mapping[str, Any]) -> str:
    """Return the name of the outlet that published a figure: its publisher, else its title."""
    return str(source.get("publisher") or source.get("title") or source.get("id") or "")


def _published_by(source: Mapping[str, Any]) -> str:
    if source.get("publisher"):
        return f"published by {source['publisher']}"
    return f"published in “{source.get('title') or source.get('id')}” (publisher not named)"


def count_rows(
    reported: Sequence[Mapping[str, Any]], *, wide: bool = False
) -> tuple[list[dict[str, Any]], list[str]]:
    """Return the display rows of reported counts and the notes that go under the table: each
    unnamed origin is "not named [n]" and note n names the outlet and the claim (with ``wide``
    the source column does that, and no note is needed)."""
    rows: list[dict[str, Any]] = []
    notes: list[str] = []
    for r in reported:
        origin = str(r["origin"])
        if not r.get("origin_named", True):
            origin = "not named"
            if not wide:
                notes.append(
                    f"[{len(notes) + 1}] origin not named; {_published_by(r['source'])} "
                    f"({r['claim_id']})"
                )
                origin += f" [{len(notes)}]"
        rows.append(
            {
                **r,
                "origin": origin,
                "value": r["interval_text"],
                "published": (r["published"] or "unknown") + (" (later)" if r["later"] else ""),
                "source": source_label(r["source"]),
            }
        )
    return rows, notes


def print_counts(
    picture: Mapping[str, Any], console: Console, *, title: str, wide: bool = False
) -> None:
    """Print the status picture: the counts per origin, the notes naming unnamed origins' outlets,
    the registry's count, what was known when, and the picture's own notes."""
    rows, notes = count_rows(picture["reported"], wide=wide)
    # A value ("≥ 1,001") is one word to the table: it never breaks, and leaves the width to
    # the origin.
    rows = [{**r, "value": str(r["value"]).replace(" ", "\u00a0")} for r in rows]
    if rows and wide and console.width < WIDE_TABLE_WIDTH:
        # Seven columns do not fit a narrow terminal: each count is a block of its fields.
        console.print(title, markup=False, highlight=False)
        for r in rows:
            console.print(
                f"{r['origin']}: {r['value']}, as of {r['as_of']}, published {r['published']}",
                markup=False,
                highlight=False,
            )
            for field in ("definition", "source", "claim_id"):
                if r.get(field):
                    console.print(
                        f"  {field.replace('_', ' ')}: {r[field]}", markup=False, highlight=False
                    )
    elif rows:
        print_table(
            rows, WIDE_COLUMNS if wide else COLUMNS, title=title, console=console, wide=wide
        )
    else:
        console.print(f"{title}: no count known", markup=False)
    for note in notes:
        console.print(note, markup=False, highlight=False)
    registry = picture["registry"]
    console.print(
        f"registry: {registry['held']} held on that date, of {registry['cases_on_record']} "
        f"cases on record ({registry['undated_cases']} without dates)"
    )
    known = f"as known on {picture['known_on']}"
    if picture["hindsight"]:
        known += ", with later publications marked (later)"
    elif picture["published_later"]:
        known += (
            f"; {picture['published_later']} count(s) published later are left out "
            "(--hindsight adds them)"
        )
    console.print(known, markup=False)
    for note in picture["notes"]:
        console.print(note, markup=False)
