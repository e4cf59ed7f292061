"""``doorwatch reconcile``: every origin's figure for one quantity near one date, reconciled."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console

from doorwatch.cli.options import (
    DbOption,
    FormatOption,
    HindsightOption,
    KnownOnOption,
    WideOption,
    parse_cli_date,
    parse_known_on,
    store_for,
)
from doorwatch.cli.output import Format, render

# Services and analysis are imported inside each command: `doorwatch --help` imports every
# command module, and the store with SQLAlchemy alone takes 0.15-0.25 s (measured).

COLUMNS = ["origin", "value", "definition", "agrees"]
WIDE_COLUMNS = ["origin", "value", "definition", "as_of", "claims", "sources", "agrees"]


def register(app: typer.Typer) -> None:
    """Add the ``reconcile`` command to ``app``."""

    @app.command()
    def reconcile(
        measure: Annotated[
            str, typer.Argument(help="e.g. political_prisoners_held, prisoners_released")
        ],
        near: Annotated[str, typer.Option("--near", help="The date, YYYY-MM-DD.")],
        window: Annotated[int, typer.Option(help="Days a claim may lie from the date.", min=0)] = 7,
        wide: WideOption = False,
        known_on: KnownOnOption = None,
        hindsight: HindsightOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """One row per independent origin (who counted), with every outlet that relayed it; the
        consensus of the origins that count alike, each definitional difference, and each
        outlier with its recorded reason. Qualified figures ("more than", "about") are
        intervals. By default only what was published by the end of the window."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.reconcile import reconcile_measure

        result = reconcile_measure(
            store_for(db),
            measure,
            parse_cli_date(near, "--near"),
            window,
            known_on=parse_known_on(known_on),
            hindsight=hindsight,
        )
        rows = [
            {
                "origin": v.origin,
                "value": v.interval_text,
                "definition": v.definition or (f"total: {v.period}" if v.period else ""),
                "as_of": v.as_of,
                "claims": len(v.claim_ids),
                "sources": v.sources,
                "agrees": "" if v.agrees is None else ("yes" if v.agrees else "no"),
            }
            for v in result.groups
        ]
        title = f"{measure} near {result.near.isoformat()}, as known on {result.known_on}" + (
            " with later publications" if hindsight else ""
        )
        columns = WIDE_COLUMNS if wide or fmt is Format.csv else COLUMNS
        if not rows and fmt is Format.table:
            # No empty table: the notes say why there is nothing to reconcile.
            console = Console()
            console.print(f"{title}: nothing to reconcile", markup=False)
            for line in summary_lines(result):
                console.print(line, markup=False)
        elif render(rows, columns, fmt, title=title, document=asdict(result), wide=wide):
            console = Console()
            for line in summary_lines(result):
                console.print(line, markup=False)


def summary_lines(result: object) -> list[str]:
    """Return the reader's lines under the reconcile table."""
    from doorwatch.analysis.reconcile import ReconciledFigure

    assert isinstance(result, ReconciledFigure)
    lines = []
    if result.consensus is not None:
        lines.append(
            f"consensus {result.consensus:g}: {result.agreeing} of {result.origins} origin "
            f"group(s) admit it ({result.citations} citation(s); outlets that name no origin "
            "are one group per figure, or relay a named origin that gave it)"
            + (f", counting {result.definition}" if result.definition else "")
        )
    for family in result.definitions:
        if not family["main"]:
            values = ", ".join(f"{v:g}" for v in family["values"])
            lines.append(
                f"a different definition, not an outlier: {values} = {family['definition']}"
            )
    for other in result.other_quantities:
        lines.append(f"not compared: {other['interval_text']} ({other['reason']})")
    for o in result.outliers:
        lines.append(f"outlier: {o['value']:g} ({o['origin']}, {o['claim_id']}): {o['reason']}")
    lines.extend(result.notes)
    return lines
