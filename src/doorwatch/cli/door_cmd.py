"""``doorwatch door``: is the door revolving? New prisoners against releases over a window."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from doorwatch.analysis.qualified_values import interval_text, value_interval
from doorwatch.cli.held_counts import print_counts
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
from doorwatch.cli.output import Format, print_csv, print_json, print_table

if TYPE_CHECKING:
    # Types only: the flows module imports in ~10 ms (python -X importtime), paid by --help.
    from doorwatch.analysis.flows import DoorRatio, Flows, FlowTerm

# Marks a value that holds a share spread from a count over a longer period.
SPREAD_MARK = "~"

COLUMNS = ["flow", "recorded", "reported", "coverage"]
WIDE_COLUMNS = ["flow", "recorded", "bounds", "basis", "reported", "coverage", "records"]


def _coverage_text(term: FlowTerm) -> str:
    if term.coverage is None:
        return "unknown" if term.reported_total is None else ""
    return f"{term.coverage:.0%}"


def flow_rows(flows: Flows) -> list[dict[str, Any]]:
    """Return one display row per flow term: recorded (spread marked), bounds, the reported
    total with its records, and coverage."""
    rows = []
    for term in flows.terms.values():
        high = float("inf") if term.high is None else term.high
        reported = ""
        if term.reported_total is not None:
            mark = SPREAD_MARK if term.reported_spread else ""
            reported = f"{mark}{term.reported_total:,.0f}"
        rows.append(
            {
                "flow": term.label,
                "recorded": (SPREAD_MARK if term.spread else "")
                + (f"{term.value:,.1f}".removesuffix(".0") if term.basis != "none" else "none"),
                "bounds": interval_text(round(term.low, 1), round(high, 1))
                if term.basis != "none"
                else "",
                "basis": term.basis,
                "reported": reported,
                "coverage": _coverage_text(term),
                "records": _records([*term.event_ids, *term.case_ids, *term.reported_claim_ids]),
            }
        )
    return rows


def _records(ids: list[str], shown: int = 3) -> str:
    """Return the first few record ids and how many more (``--format json`` lists them all)."""
    more = f" +{len(ids) - shown}" if len(ids) > shown else ""
    return "; ".join(ids[:shown]) + more


def ratio_text(ratio: DoorRatio, what: str) -> str:
    """Return a ratio interval as one line for the reader: its ends, their bases, and whether
    it is incomplete."""
    if ratio.low is None or ratio.high is None:
        return f"{what}: {ratio.note}"
    span = ratio.text
    flag = " INCOMPLETE" if ratio.incomplete else ""
    return f"{what}: {span}{flag}\n  low end: {ratio.basis_low}\n  high end: {ratio.basis_high}"


def _summary(flows: Flows) -> list[str]:
    lines = [
        ratio_text(flows.ratio, "door ratio new ÷ released"),
        ratio_text(flows.ratio_with_served, "counting completed sentences as releases"),
    ]
    if flows.ratio.reasons:
        lines.append("incomplete because: " + "; ".join(flows.ratio.reasons))
    for term in flows.terms.values():
        for total in term.reported:
            # A total left out is shown with the reason, so that it never passes unseen.
            if not total.used and total.reason:
                period = total.period_label or (
                    f"{total.period_start or 'unknown start'} to {total.period_end or 'unknown'}"
                )
                shown = interval_text(*value_interval(total.value, total.qualifier))
                lines.append(
                    f"not used for {term.label}: {shown} ({period}; "
                    f"{total.claim_id}): {total.reason}"
                )
    lines.append(
        f"{SPREAD_MARK} marks a value spread by days from a count over a longer period. "
        f"As known on {flows.known_on}"
        + (" with later publications (hindsight)" if flows.hindsight else "")
        + "."
    )
    lines.extend(flows.notes)
    return lines


def register(app: typer.Typer) -> None:
    """Add the ``door`` command to ``app``."""

    @app.command()
    def door(
        from_: Annotated[
            str | None,
            typer.Option("--from", help="First day of the window (inclusive), YYYY-MM-DD."),
        ] = None,
        to: Annotated[
            str | None,
            typer.Option("--to", help="Last day (inclusive); default: the latest report."),
        ] = None,
        since_deal: Annotated[
            str | None, typer.Option("--since-deal", help="A deal id: what happened after it.")
        ] = None,
        wide: WideOption = False,
        known_on: KnownOnOption = None,
        hindsight: HindsightOption = False,
        fmt: FormatOption = Format.table,
        db: DbOption = None,
    ) -> None:
        """New prisoners against releases (by mode) over a window: what is on record, the
        reported totals and the coverage of each term, and the door ratio as an interval whose
        ends name their basis (incomplete when a term is under 80 % covered)."""
        # Deferred: the store and SQLAlchemy import in 0.15-0.25 s (measured).
        from doorwatch.services.door_view import door_view

        flows, document = door_view(
            store_for(db),
            parse_cli_date(from_, "--from") if from_ else None,
            parse_cli_date(to, "--to") if to else None,
            since_deal=since_deal,
            known_on=parse_known_on(known_on),
            hindsight=hindsight,
        )
        rows = flow_rows(flows)
        if fmt is Format.json:
            print_json(document)
        elif fmt is Format.csv:
            print_csv(rows, WIDE_COLUMNS)
        else:
            title = f"flows {flows.start.isoformat()} to {flows.end.isoformat()} (both included)"
            console = Console()
            # What is solid comes first: the counts per origin at the window's end.
            counts = document["latest_counts"]
            print_counts(
                counts,
                console,
                title=f"latest count per origin near {counts['on'].isoformat()}",
            )
            console.print()
            if since_deal:
                deal, freed = document["deal"], document["freed_in_deal"]
                least = "at least " if "at_least" in freed["qualifiers"] else ""
                console.print(
                    f"deal {deal['id']} on {deal['date']}: {least}{freed['counted']} freed "
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
            for line in _summary(flows):
                console.print(line, markup=False)
