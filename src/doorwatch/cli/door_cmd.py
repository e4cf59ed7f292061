"""``doorwatch door``: is the door revolving? New prisoners against releases over a window."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from doorwatch.cli.options import DbOption, FormatOption, WideOption, parse_cli_date, store_for
from doorwatch.cli.output import Format, print_csv, print_json, print_table
from doorwatch.errors import InputError

if TYPE_CHECKING:
    from doorwatch.analysis.flows import Flows

COLUMNS = ["flow", "value", "low", "high", "basis"]
WIDE_COLUMNS = [*COLUMNS, "prorated", "registry", "recorded", "reported", "records"]
LABELS = {
    "recognised": "newly recognised / detained",
    "pardon": "released: pardon",
    "deal": "released: deal",
    "other_release": "released: other",
    "served": "released: end of sentence",
    "died": "died in custody",
    "expelled": "of the released: expelled",
}


def flow_rows(flows: Flows) -> list[dict[str, Any]]:
    """Return one display row per flow term, rounded, with the ids of its records."""
    rows = []
    for name, term in flows.terms.items():
        rows.append(
            {
                "flow": LABELS[name],
                "value": round(term.value, 1),
                "low": round(term.low, 1),
                "high": round(term.high, 1),
                "basis": term.basis,
                "prorated": "yes" if term.prorated else "",
                "registry": term.registry,
                "recorded": round(term.recorded, 1),
                "reported": None if term.reported is None else round(term.reported, 1),
                "records": term.event_ids or term.claim_ids or term.case_ids[:10],
            }
        )
    return rows


def _summary(flows: Flows) -> str:
    ratio = "n/a" if flows.door_ratio is None else f"{flows.door_ratio:.2f}"
    ratio_all = (
        "n/a" if flows.door_ratio_with_served is None else f"{flows.door_ratio_with_served:.2f}"
    )
    return (
        f"new {flows.new:.0f}, released {flows.released:.0f} (pardons, deals, other), "
        f"net change {flows.net_change:+.0f}; door ratio new ÷ released = {ratio} "
        f"({ratio_all} counting completed sentences as releases). bases used: {', '.join(flows.bases)}"
    )


def register(app: typer.Typer) -> None:
    """Add the ``door`` command to ``app``."""

    @app.command()
    def door(
        from_: Annotated[
            str | None, typer.Option("--from", help="Window start (exclusive), YYYY-MM-DD.")
        ] = None,
        to: Annotated[
            str | None,
            typer.Option("--to", help="Window end (inclusive); default: the latest report."),
        ] = None,
        since_deal: Annotated[
            str | None, typer.Option("--since-deal", help="A deal id: what happened after it.")
        ] = None,
        wide: WideOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """New prisoners against releases (by mode) over a window, the net change and the
        revolving-door ratio, each flow from the registry, recorded events or reported figures."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.door import door_since_deal, flows_between, latest_held_day

        store = store_for(db)
        end: date | None = parse_cli_date(to, "--to") if to else None
        if since_deal:
            result = door_since_deal(store, since_deal, end)
            flows: Flows = result["flows"]
            document: dict[str, Any] = {**result, "flows": asdict(flows)}
        else:
            if not from_:
                raise InputError(
                    "give --from DATE or --since-deal DEAL", option="--from", expected="YYYY-MM-DD"
                )
            end = end or latest_held_day(store) or date.today()
            flows = flows_between(store, parse_cli_date(from_, "--from"), end)
            document = asdict(flows)
        rows = flow_rows(flows)
        if fmt is Format.json:
            print_json(document)
        elif fmt is Format.csv:
            print_csv(rows, WIDE_COLUMNS)
        else:
            title = f"flows {flows.start.isoformat()} < day ≤ {flows.end.isoformat()}"
            console = Console()
            if since_deal:
                deal, freed = document["deal"], document["freed_in_deal"]
                console.print(
                    f"deal {deal['id']} on {deal['date']}: {freed['counted']} freed "
                    f"({len(freed['named'])} named) — counterpart {deal['counterpart']}",
                    markup=False,
                )
                then, now = document["held_then"], document["held_now"]
                if then and now:
                    console.print(
                        f"held then {then['value']:.0f} ({then['as_of']}), now {now['value']:.0f} "
                        f"({now['as_of']}), per {document['reporter']}",
                        markup=False,
                    )
            columns = WIDE_COLUMNS if wide else COLUMNS
            print_table(rows, columns, title=title, console=console, wide=wide)
            console.print(_summary(flows))
