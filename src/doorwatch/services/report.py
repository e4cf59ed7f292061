"""The brief: charts, tables and every number linked to its sources, as HTML or PDF."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from doorwatch.analysis.balance import count_day
from doorwatch.analysis.qualified_values import value_interval
from doorwatch.analysis.reported_counts import reporter_of
from doorwatch.errors import DoorwatchError, InputError
from doorwatch.ingest.values import link_target
from doorwatch.services import report_charts as charts
from doorwatch.services.accounts import User
from doorwatch.services.balance import balance_between
from doorwatch.services.door import held_claims
from doorwatch.services.ledger import deal_ledger
from doorwatch.services.ledger_rows import LEDGER_COLUMNS, ledger_row
from doorwatch.services.monthly_flows import monthly_flows
from doorwatch.services.projection import project, run_backtest
from doorwatch.services.support_report import support_section
from doorwatch.store import Store

# The flow charts cover the two years up to the latest count: long enough to see the door turn.
FLOW_YEARS = 2


def _link(text: str, url: str | None) -> str:
    # Stored addresses were checked on the way in; checking again here keeps a row written
    # before that check (or by hand) from becoming a live javascript: link.
    target = link_target(url)
    return (
        f'<a href="{html.escape(target)}">{html.escape(text)}</a>' if target else html.escape(text)
    )


def _table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + "".join(
            f"<td>{r.get(c) if c.endswith('_html') else html.escape(_text(r.get(c)))}</td>"
            for c in columns
        )
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_text(v) for v in value)
    if isinstance(value, float):
        return f"{value:.1f}" if not value.is_integer() else str(int(value))
    return str(value)


def build_report(store: Store, *, reader: User | None = None) -> str:
    """Return the brief as one self-contained HTML document (charts as inline SVG).

    ``reader`` is who reads it (default: the local operator); the support plan section is left
    out for anonymous readers.
    """
    claims = held_claims(store)
    if not claims:
        raise InputError(
            "the database holds no held counts; load data first (doorwatch init --sample)"
        )
    points = []
    for c in claims:
        low, high = value_interval(float(c["value"]), c.get("qualifier"), c.get("value_max"))
        points.append(
            {
                "day": count_day(c).isoformat(),
                "value": c["value"],
                "low": low,
                "high": high,
                "reporter": reporter_of(c),
                "qualifier": c.get("qualifier") or "exact",
                "as_of": c["as_of"],
                "claim_id": c["id"],
            }
        )
    params, projection = project(store, 12, threshold=1000)
    fan = []
    for i, m in enumerate(projection.months):
        index = params.start_day.year * 12 + params.start_day.month - 1 + m
        day = date(index // 12, index % 12 + 1, 1).isoformat()
        fan.append(
            {
                "day": day,
                "median": projection.median[i],
                "low": projection.low[i],
                "high": projection.high[i],
            }
        )
    last = max(count_day(c) for c in claims)
    flow_rows: list[dict[str, Any]] = []
    quarters: dict[str, tuple[float, float]] = {}
    first = date(last.year - FLOW_YEARS, last.month, 1)
    for row in monthly_flows(store, first, last):
        month = row["month"]
        flow_rows.append({"month": month, "flow": "recognised", "value": row["started"]})
        for name in ("pardon", "deal", "served"):
            flow_rows.append({"month": month, "flow": f"released: {name}", "value": -row[name]})
        year, number = int(month[:4]), int(month[5:7])
        q = f"{year} Q{(number - 1) // 3 + 1}"
        new, out = quarters.get(q, (0.0, 0.0))
        quarters[q] = (new + row["started"], out + row["released"])
    ratio_rows = [{"quarter": q, "ratio": n / r} for q, (n, r) in quarters.items() if r]
    balance = balance_between(store, date(2025, 6, 3), date(2025, 9, 30))
    backtest = run_backtest(store)
    ledger = [ledger_row(e) for e in deal_ledger(store)]
    sources = {c["source_id"]: c.get("source_url") for c in claims}
    held_table = [
        {
            **p,
            "source_html": _link(c.get("publisher") or c["source_id"], sources.get(c["source_id"])),
        }
        for p, c in zip(points, claims, strict=True)
    ]
    balance_rows = [
        {
            "term": t["term"],
            "sign": t["sign"],
            "value": t["value"],
            "basis": t["basis"],
            "records": t["records"],
        }
        for t in balance.terms
    ]
    parts = [
        "<h1>doorwatch brief: the revolving door</h1>",
        f"<p>Record to {last}. Every figure below names the claims, events or cases it rests on (ids) and links to its source.</p>",
        "<h2>Held over time</h2>",
        charts.to_svg(charts.held_chart(points, fan)),
        "<h2>Flows by month</h2>",
        charts.to_svg(charts.flows_chart(flow_rows)),
        "<h2>The door ratio</h2>",
        charts.to_svg(charts.ratio_chart(ratio_rows)),
        "<h2>The books, " + f"{balance.held_start['as_of']} → {balance.held_end['as_of']}</h2>",
        f"<p>{balance.held_start['value']:.0f} held ({_link(balance.held_start['claim_id'], balance.held_start['url'])}) → {balance.held_end['value']:.0f} ({_link(balance.held_end['claim_id'], balance.held_end['url'])}); "
        f"expected from recorded flows {balance.expected_end:.1f}; residual no recorded flow explains: <b>{balance.residual:+.1f}</b>.</p>",
        _table(balance_rows, ["term", "sign", "value", "basis", "records"]),
        "<h2>Deal ledger</h2>",
        _table(ledger, LEDGER_COLUMNS),
        "<h2>Projection</h2>",
        f"<p>From {params.start_held:.0f} on {params.start_day} ({params.start_claim_id}); chance of falling below 1,000 within 12 months: {projection.ever_below_threshold:.0%}. "
        f"Back-test (fitted to {backtest.fit_end}): mean absolute error {backtest.mean_absolute_error or 0:.1f} ({backtest.mean_absolute_percentage_error or 0:.1f} %), 80 % band coverage {backtest.band_coverage or 0:.0%}.</p>",
        support_section(store, reader),
        "<h2>Reported counts</h2>",
        _table(held_table, ["as_of", "value", "qualifier", "reporter", "claim_id", "source_html"]),
    ]
    style = "body{font-family:sans-serif;max-width:900px;margin:2em auto;font-size:12px}table{border-collapse:collapse;margin:1em 0;width:100%;table-layout:fixed}td,th{border:1px solid #ccc;padding:2px 5px;text-align:left;overflow-wrap:anywhere;word-break:break-word}@page{size:A4;margin:1.5cm}svg{max-width:100%;height:auto}"
    return f"<!doctype html><html lang=en><head><meta charset=utf-8><title>doorwatch brief</title><style>{style}</style></head><body>{''.join(parts)}</body></html>"


def pdf_of(document: str) -> bytes:
    """Return the PDF of an HTML ``document`` (static charts; no scripts)."""
    try:
        from weasyprint import HTML
    except OSError as error:  # WeasyPrint loads the Pango library when imported
        raise DoorwatchError(
            "PDF output needs the Pango library: install the Debian packages libpango-1.0-0 "
            f"and libpangoft2-1.0-0 (scripts/system-packages does), or write .html ({error})"
        ) from None
    pdf: bytes = HTML(string=document).write_pdf()
    return pdf


def write_report(store: Store, out: Path) -> Path:
    """Write the brief to ``out``: HTML, or PDF when the name ends in .pdf; return the path."""
    document = build_report(store)
    if out.suffix.lower() == ".pdf":
        out.write_bytes(pdf_of(document))
    elif out.suffix.lower() in (".html", ".htm"):
        out.write_text(document, encoding="utf-8")
    else:
        raise InputError(
            "unknown report format", file=str(out), expected="a name ending in .html or .pdf"
        )
    return out
