"""``doorwatch support plan``: the cost of supporting released people against the money at
hand, with every assumption and its source printed beside the figures."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from doorwatch.cli.options import DbOption, FormatOption, WideOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, print_json, print_table, print_terms

# Services are imported inside each command (the store and SQLAlchemy alone take 0.15-0.25 s),
# so that --help and the other commands do not pay for them.

# The months in 80 columns; --wide adds the need's band.
MONTH_COLUMNS = [
    "month",
    "released",
    "open_cases",
    "need_eur",
    "funds_left_eur",
    "shortfall_eur",
    "caseworkers",
]
MONTH_WIDE_COLUMNS = [*MONTH_COLUMNS[:4], "need_low_eur", "need_high_eur", *MONTH_COLUMNS[4:]]
EUROS = ("need_eur", "need_low_eur", "need_high_eur", "funds_left_eur", "shortfall_eur")


def _sources(row: dict[str, Any]) -> str:
    return "; ".join(
        f"{s['publisher']}" + (f" <{s['url']}>" if s.get("url") else " (no address recorded)")
        for s in row["sources"]
    )


def print_plan(plan: dict[str, Any], *, wide: bool = False) -> None:
    """Print the plan for a reader: months (whole euros), totals, then every assumption with
    its basis and sources."""
    months = [
        {
            **m,
            "month": m["label"],
            "released": f"{m['released']:,.1f}".removesuffix(".0"),
            "open_cases": f"{m['open_cases']:,.0f}",
            **{k: f"{m[k]:,.0f}" for k in EUROS},
        }
        for m in plan["months"]
    ]
    print_table(
        months,
        MONTH_WIDE_COLUMNS if wide else MONTH_COLUMNS,
        title=f"support plan: {plan['releases']}",
        wide=wide,
    )
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
    console.print(Text("assumptions and sources", style="table.title"), justify="center")
    print_terms(
        (
            (
                a["name"],
                f"{a['value']} ({a['per']})",
                a["basis"] + (f" Sources: {_sources(a)}." if a["sources"] else ""),
            )
            for a in plan["assumptions"]
        ),
        console,
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
        wide: WideOption = False,
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
            print_plan(document, wide=wide)
