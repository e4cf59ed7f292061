"""The brief: charts, tables and every number linked to its sources, as HTML or PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import vl_convert
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from doorwatch.analysis.backtest import BacktestResult
from doorwatch.analysis.balance import Balance, count_day
from doorwatch.analysis.qualified_values import finite_or_none, interval_text, value_interval
from doorwatch.analysis.reported_counts import reporter_of
from doorwatch.errors import DoorwatchError, InputError, NoDataError, NotFoundError
from doorwatch.ingest.field_parsers import link_target
from doorwatch.services import charts
from doorwatch.services.accounts import User
from doorwatch.services.balance import balance_between
from doorwatch.services.door import flows_of_windows, held_claims, last_held_day
from doorwatch.services.ledger import LEDGER_COLUMNS, LEDGER_LIMITS, deal_ledger, ledger_row
from doorwatch.services.monthly_flows import door_last_year, monthly_flows
from doorwatch.services.projection import BACKTEST_FIT_END, projection_picture, run_backtest
from doorwatch.services.sanctions_report import sanctions_section
from doorwatch.services.status import status_on
from doorwatch.services.support_report import support_section
from doorwatch.store import Store

# The flow charts cover the two years up to the latest count: long enough to see the door turn.
FLOW_YEARS = 2
# The page templates' way: autoescaped Jinja, so no value from a source reaches the page raw.
_TEMPLATES = Environment(
    loader=PackageLoader("doorwatch.services", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
)


def _link(text: str, url: str | None) -> dict[str, str | None]:
    """Return a table cell that links ``text`` to ``url`` (plain text when there is none)."""
    # Stored addresses were checked on the way in; checking again here keeps a row written
    # before that check (or by hand) from becoming a live javascript: link.
    return {"text": text, "url": link_target(url)}


def svg_of(spec: charts.Spec) -> str:
    """Return the chart as a standalone SVG document (no script, no network)."""
    return str(vl_convert.vegalite_to_svg(spec))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:.1f}" if not value.is_integer() else str(int(value))
    return str(value)


_TEMPLATES.filters["plain"] = _text
_TEMPLATES.filters["whole"] = lambda value: f"{value:,.0f}"


def quarter_windows(first: date, last: date) -> list[tuple[date, date]]:
    """Return the (first day, last day) of each calendar quarter from ``first`` to ``last``."""
    windows = []
    start = date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    while start <= last:
        following = date(start.year + (start.month + 2) // 12, (start.month + 2) % 12 + 1, 1)
        windows.append((start, following - timedelta(days=1)))
        start = following
    return windows


def build_report(
    store: Store,
    *,
    reader: User | None = None,
    on: date | None = None,
    hindsight: bool = False,
) -> str:
    """Return the brief as one self-contained HTML document (charts as inline SVG), as known on
    ``on`` (default: the latest reported count; never later than today): only what had been
    published by then, and with ``hindsight`` later publications too, marked "later". It leads
    with the latest count per origin, then the flows with their coverage and the door ratio
    interval.

    ``reader`` is who reads it (default: the local operator); the support plan section is left
    out for anonymous readers.
    """
    latest = last_held_day(store)  # NoDataError when no held count is stored
    last = min(on, date.today()) if on else latest
    claims = held_claims(store, last, hindsight=hindsight)
    if not claims:
        raise NoDataError(f"no held count had been published by {last}: the brief needs one")
    # After the last count, the counts to lead with are the latest ones.
    counts_day = min(last, max(count_day(c) for c in claims))
    points = []
    for c in claims:
        low, high = value_interval(float(c["value"]), c.get("qualifier"), c.get("value_max"))
        points.append(
            {
                "day": count_day(c).isoformat(),
                "value": interval_text(low, high),
                "low": low,
                "high": finite_or_none(high),
                "reporter": reporter_of(c),
                "origin": reporter_of(c),
                "published": (c.get("published") or "unknown")
                + (" (later)" if c.get("later") else ""),
                "qualifier": c.get("qualifier") or "exact",
                "as_of": c["as_of"],
                "claim_id": c["id"],
            }
        )
    chart_points = [{**p, "value": float(c["value"])} for p, c in zip(points, claims, strict=True)]
    projected = projection_picture(
        store, 12, threshold=1000, known_on=last if on else None, hindsight=hindsight
    )
    fan = [
        {
            "day": f"{row['month']}-01",
            "median": row["median"],
            "low": row["low_10"],
            "high": row["high_90"],
        }
        for row in projected["rows"]
    ]
    flow_rows: list[dict[str, Any]] = []
    first = date(last.year - FLOW_YEARS, last.month, 1)
    for row in monthly_flows(store, first, last, known_on=last, hindsight=hindsight):
        month, spread = row["month"], set(row["spread"])
        flow_rows.append(
            {
                "month": month,
                "flow": "recognised",
                "value": row["started"],
                "basis": charts.basis_label("recognised" in spread),
            }
        )
        for name in ("pardon", "deal", "served"):
            flow_rows.append(
                {
                    "month": month,
                    "flow": f"released: {name}",
                    "value": -row[name],
                    "basis": charts.basis_label(name in spread),
                }
            )
    ratio_rows = []
    windows = quarter_windows(first, last)
    for (start, _end), flows in zip(
        windows, flows_of_windows(store, windows, known_on=last, hindsight=hindsight), strict=True
    ):
        if flows.ratio.low is not None and flows.ratio.high is not None:
            ratio_rows.append(
                {
                    "quarter": f"{start.year} Q{(start.month - 1) // 3 + 1}",
                    "low": flows.ratio.low,
                    "high": flows.ratio.high,
                    "status": "incomplete" if flows.ratio.incomplete else "complete",
                }
            )
    door = door_last_year(store, last, known_on=last, hindsight=hindsight)
    coverage_rows = [
        {
            "flow": t["label"],
            "on_record": "none recorded"
            if t["basis"] == "none"
            else ("~" if t["spread"] else "") + _text(round(t["recorded"], 1)),
            "reported": "" if t["reported_total"] is None else _text(round(t["reported_total"])),
            "coverage": "unknown" if t["coverage"] is None else f"{t['coverage']:.0%}",
        }
        for name, t in door["terms"].items()
        if name in ("recognised", "released", "served", "died")
    ]
    current = status_on(store, counts_day, known_on=last, hindsight=hindsight)
    counts = [
        {
            "origin": r["origin"],
            "held": r["interval_text"],
            "as_of": r["as_of"],
            "published": (r["published"] or "unknown") + (" (later)" if r["later"] else ""),
            "definition": r["definition"],
            "source": _link(
                r["source"]["publisher"] or r["source"]["title"] or r["source"]["id"],
                r["source"]["url"],
            ),
        }
        for r in current["reported"]
    ]
    # The books between the two counts of one reporter nearest these days, the months of the
    # 2025 deals; before the second is known, over the 120 days up to the latest count.
    books = (date(2025, 6, 3), date(2025, 9, 30))
    if last < books[1]:
        books = (counts_day - timedelta(days=120), counts_day)
    try:
        balance: Balance | None = balance_between(store, *books, known_on=last, hindsight=hindsight)
    except NotFoundError:  # no two counts of one reporter near both days
        balance = None
    # As known on an earlier day, the back-test is fitted a year before it, so that what
    # followed had been published by then.
    fit_end = BACKTEST_FIT_END if on is None else min(BACKTEST_FIT_END, last - timedelta(days=365))
    try:
        backtest: BacktestResult | None = run_backtest(
            store, fit_end, known_on=last if on else None, hindsight=hindsight
        )
    except NotFoundError:  # no count to fit to by then
        backtest = None
    ledger = [
        ledger_row(e)
        for e in deal_ledger(store, known_on=last, hindsight=hindsight)
        if str(e.date) <= last.isoformat()
    ]
    sources = {c["source_id"]: c.get("source_url") for c in claims}
    held_table = [
        {**p, "source": _link(c.get("publisher") or c["source_id"], sources.get(c["source_id"]))}
        for p, c in zip(points, claims, strict=True)
    ]
    balance_rows = [
        {
            "term": t["term"],
            "sign": t["sign"],
            "value": "none recorded"
            if t["basis"] == "none"
            else ("~" if t["spread"] else "") + _text(round(t["value"], 1)),
            "basis": t["basis"],
            "coverage": "unknown" if t["coverage"] is None else f"{t['coverage']:.0%}",
            "records": t["records"],
        }
        for t in (balance.terms if balance else [])
    ]
    support = support_section(store, reader)
    sanctions = sanctions_section(store)
    return _TEMPLATES.get_template("report.html").render(
        last=last,
        counts=counts,
        door=door,
        coverage_rows=coverage_rows,
        charts={
            "held": svg_of(charts.report_held_chart(chart_points, fan)),
            "flows": svg_of(charts.report_flows_chart(flow_rows)),
            "ratio": svg_of(charts.report_ratio_chart(ratio_rows)),
        },
        hindsight=hindsight,
        books=books,
        balance=balance,
        start_link=_link(balance.held_start["claim_id"], balance.held_start["url"])
        if balance
        else None,
        end_link=_link(balance.held_end["claim_id"], balance.held_end["url"]) if balance else None,
        balance_rows=balance_rows,
        ledger=ledger,
        ledger_columns=LEDGER_COLUMNS,
        ledger_limits=LEDGER_LIMITS,
        params=projected["parameters"],
        projection=projected["projection"],
        assumptions=[
            {"term": a["term"], "value": a["shown"], "basis": a["basis"]}
            for a in projected["assumptions"]
        ],
        backtest=backtest,
        held_table=held_table,
        support=support,
        support_chart=svg_of(support["chart"]) if support else None,
        sanctions=sanctions,
    )


def pdf_of(document: str) -> bytes:
    """Return the PDF of an HTML ``document`` (static charts; no scripts)."""
    try:
        # Deferred: WeasyPrint takes 0.53 s to import (measured) and only a PDF needs it.
        from weasyprint import HTML
    except OSError as error:  # WeasyPrint loads the Pango library when imported
        raise DoorwatchError(
            "PDF output needs the Pango library: install the Debian packages libpango-1.0-0 "
            f"and libpangoft2-1.0-0 (scripts/system-packages does), or write .html ({error})"
        ) from None
    pdf: bytes = HTML(string=document).write_pdf()
    return pdf


def write_report(
    store: Store, out: Path, *, on: date | None = None, hindsight: bool = False
) -> Path:
    """Write the brief as known on ``on`` (see :func:`build_report`) to ``out``: HTML, or PDF
    when the name ends in .pdf; return the path."""
    document = build_report(store, on=on, hindsight=hindsight)
    if out.suffix.lower() == ".pdf":
        out.write_bytes(pdf_of(document))
    elif out.suffix.lower() in (".html", ".htm"):
        out.write_text(document, encoding="utf-8")
    else:
        raise InputError(
            "unknown report format", file=str(out), expected="a name ending in .html or .pdf"
        )
    return out
