"""``doorwatch balance``: do the books balance between two reported counts?"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any

import typer
from rich.console import Console

from doorwatch.analysis.qualified_values import interval_text
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

COLUMNS = ["term", "sign", "value", "bounds", "basis", "coverage", "records"]


def register(app: typer.Typer) -> None:
    """Add the ``balance`` command to ``app``."""

    @app.command()
    def balance(
        first: Annotated[str, typer.Argument(help="The first date, YYYY-MM-DD.")],
        second: Annotated[str, typer.Argument(help="The second date, YYYY-MM-DD.")],
        reporter: Annotated[
            str | None, typer.Option(help="Use this reporter's counts (e.g. Viasna).")
        ] = None,
        window: Annotated[
            int, typer.Option(help="Days a count may lie from each date.", min=0)
        ] = 31,
        wide: WideOption = False,
        known_on: KnownOnOption = None,
        hindsight: HindsightOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """held(t2) = held(t1) + recognised − released − served − died, term by term with its
        records, and the residual that no recorded flow explains."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.balance import balance_between

        result = balance_between(
            store_for(db),
            parse_cli_date(first, "FIRST"),
            parse_cli_date(second, "SECOND"),
            window_days=window,
            reporter=reporter,
            known_on=parse_known_on(known_on),
            hindsight=hindsight,
        )
        start, end = result.held_start, result.held_end
        rows: list[dict[str, Any]] = [
            {
                "term": f"held on {start['as_of']}",
                "sign": "",
                "value": start["value"],
                "records": [start["claim_id"]],
            }
        ]
        for term in result.terms:
            high = float("inf") if term["high"] is None else round(term["high"], 1)
            rows.append(
                {
                    **term,
                    "value": "none recorded"
                    if term["basis"] == "none"
                    else ("~" if term["spread"] else "") + f"{term['value']:.1f}",
                    # Nothing on record bounds nothing: no "0" beside "none recorded".
                    "bounds": ""
                    if term["basis"] == "none"
                    else interval_text(round(term["low"], 1), high),
                    "coverage": "unknown"
                    if term["coverage"] is None
                    else f"{term['coverage']:.0%}",
                }
            )
        rows.append({"term": "expected", "sign": "=", "value": round(result.expected_end, 1)})
        rows.append(
            {
                "term": f"held on {end['as_of']}",
                "sign": "",
                "value": end["value"],
                "records": [end["claim_id"]],
            }
        )
        rows.append(
            {
                "term": "residual (unexplained)",
                "sign": "",
                "value": round(result.residual, 1),
                "bounds": _open_interval(result.residual_low, result.residual_high),
            }
        )
        title = f"the books, {start['as_of']} → {end['as_of']}"
        if render(rows, COLUMNS, fmt, title=title, document=asdict(result), wide=wide):
            Console().print(
                f"counts by {start['source']} / {end['source']}; residual {result.residual:+.1f} "
                f"(from recorded counts alone, without spread shares: "
                f"{result.recorded_only_residual:+.1f}); ~ marks a value spread from a longer "
                f"count; as known on {result.flows.known_on}"
                + (" with later publications" if result.flows.hindsight else ""),
                markup=False,
            )


def _open_interval(low: float | None, high: float | None) -> str:
    """Return a residual's bounds, either end possibly open ("unbounded")."""
    left = "unbounded" if low is None else f"{low:+.1f}"
    right = "unbounded" if high is None else f"{high:+.1f}"
    return f"{left} to {right}"
