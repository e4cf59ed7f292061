"""``doorwatch support plan``: the cost of supporting released people against the money at
hand, with every assumption and its source printed beside the figures."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, print_json, render

# Services are imported inside each command (the store and SQLAlchemy alone take 0.15-0.25 s),
# so that --help and the other commands do not pay for them.

MONTH_COLUMNS = [
    "label",
    "released",
    "open_cases",
    "need_eur",
    "need_low_eur",
    "need_high_eur",
    "funds_left_eur",
    "shortfall_eur",
    "caseworkers",
]


def _sources(row: dict[str, Any]) -> str:
    return "; ".join(
        f"{s['publisher']}" + (f" <{s['url']}>" if s.get("url") else " (no address recorded)")
        for s in row["sources"]
    )


def print_plan(plan: dict[str, Any]) -> None:
    """Print the plan for a reader: months, totals, then every assumption with its source."""
    months = [
        {**m, "released": round(m["released"], 1), "open_cases": round(m["open_cases"])}
        for m in plan["months"]
    ]
    render(months, MONTH_COLUMNS, Format.table, title=f"support plan: {plan['releases']}")
    low, high = plan["shortfall_band_eur"]
    runway = plan["runway_months"]
    console = Console()
    console.print(
        f"need €{plan['need_eur']:,.0f} (band €{plan['need_band_eur'][0]:,.0f}–"
        f"€{plan['need_band_eur'][1]:,.0f}); funds available €{plan['funds_available_eur']:,.0f}\n"
        f"[bold]shortfall at month {len(plan['months'])}: €{plan['shortfall_eur']:,.0f}[/] "
        f"(band €{low:,.0f}–€{high:,.0f}); runway "
        f"{'the whole plan' if runway is None else f'{runway} month(s)'}; fundraising that closes "
        f"the gap: €{plan['fundraising_per_month_eur']:,.0f} a month; caseworkers needed: "
        f"{plan['caseworkers_needed']}\nbasis: {plan['basis']}",
        highlight=False,
    )
    rows = [{**a, "sources": _sources(a)} for a in plan["assumptions"]]
    render(
        rows,
        ["name", "value", "per", "basis", "sources"],
        Format.table,
        title="assumptions and sources",
    )


def add_plan(group: typer.Typer) -> None:
    """Add the ``plan`` command to the ``support`` command group."""

    @group.command("plan")
    def plan(
        released: Annotated[
            int | None,
            typer.Option("--released", help="People freed at once (all-at-once scenario)."),
        ] = None,
        months: Annotated[int, typer.Option("--months", help="Months to plan.")] = 12,
        on: Annotated[
            str | None, typer.Option("--on", help="First month (YYYY-MM-DD); default today.")
        ] = None,
        stay_share: Annotated[
            float | None,
            typer.Option(
                "--stay-share", help="Share staying in Belarus, 0–1; default from the cost model."
            ),
        ] = None,
        per_caseworker: Annotated[
            int | None, typer.Option("--per-caseworker", help="Open cases a caseworker follows.")
        ] = None,
        scenario: Annotated[
            str, typer.Option("--scenario", help="all-at-once, projection or deal.")
        ] = "all-at-once",
        deal: Annotated[
            str | None, typer.Option("--deal", help="The deal repeated (deal scenario).")
        ] = None,
        every: Annotated[
            int, typer.Option("--every", help="Months between repeats of the deal.")
        ] = 3,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """Plan support for released people: need per month (median and band), funds, the
        shortfall, runway, caseworkers, and the fundraising that closes the gap."""
        from doorwatch.services.support_access import LOCAL_OPERATOR
        from doorwatch.services.support_plan import support_plan

        document = support_plan(
            store_for(db),
            user=LOCAL_OPERATOR,
            released=released,
            months=months,
            on=parse_cli_date(on, "--on") if on else None,
            stay_share=stay_share,
            per_caseworker=per_caseworker,
            scenario=scenario,
            deal=deal,
            every=every,
        )
        if fmt is Format.json:
            print_json(document)
        else:
            print_plan(document)
