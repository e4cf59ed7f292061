"""The report's section on supporting the released: the plan for 1,300 freed at once, with
its chart, its months and every assumption beside its source.

Only counts and money appear here, never a person; still, anonymous readers of a public
instance do not get the section (support data is never shown to them).
"""

from __future__ import annotations

import html
from typing import Any

from doorwatch.services.accounts import User
from doorwatch.services.report_charts import spec_to_svg
from doorwatch.services.support_access import LOCAL_OPERATOR
from doorwatch.services.support_chart import support_plan_chart
from doorwatch.services.support_plan import support_plan
from doorwatch.store import Store

# The release the plan is made for: the figure of seed article 004 (1,300 freed at once).
REPORT_RELEASED = 1300
REPORT_MONTHS = 12


def _sources(sources: list[dict[str, Any]]) -> str:
    parts = []
    for source in sources:
        name = html.escape(str(source["publisher"]))
        url = source.get("url")
        parts.append(f'<a href="{html.escape(url)}">{name}</a>' if url else f"{name} (no address)")
    return "; ".join(parts)


def support_section(store: Store, reader: User | None = None) -> str:
    """Return the HTML of the support plan section ("" for an anonymous reader)."""
    user = reader or LOCAL_OPERATOR
    if user.id is None and user is not LOCAL_OPERATOR:
        return ""
    plan = support_plan(store, user=user, released=REPORT_RELEASED, months=REPORT_MONTHS)
    low, high = plan["shortfall_band_eur"]
    months = "".join(
        f"<tr><td>{m['label']}</td><td>{m['released']:,.0f}</td><td>{m['need_eur']:,.0f}</td>"
        f"<td>{m['need_low_eur']:,.0f}–{m['need_high_eur']:,.0f}</td>"
        f"<td>{m['shortfall_eur']:,.0f}</td><td>{m['caseworkers']}</td></tr>"
        for m in plan["months"]
    )
    assumptions = "".join(
        f"<tr><td>{html.escape(a['name'].replace('_', ' '))}</td><td>{html.escape(a['value'])}</td>"
        f"<td>{html.escape(a['per'])}</td><td>{html.escape(a['basis'])}</td>"
        f"<td>{_sources(a['sources'])}</td></tr>"
        for a in plan["assumptions"]
    )
    runway = plan["runway_months"]
    return (
        f"<h2>Supporting {REPORT_RELEASED:,} freed at once</h2>"
        f"<p>Over {REPORT_MONTHS} months the need is €{plan['need_eur']:,.0f} (band "
        f"€{plan['need_band_eur'][0]:,.0f}–€{plan['need_band_eur'][1]:,.0f}) against "
        f"€{plan['funds_available_eur']:,.0f} available: a shortfall of "
        f"<b>€{plan['shortfall_eur']:,.0f}</b> (band €{low:,.0f}–€{high:,.0f}); runway "
        f"{'the whole plan' if runway is None else f'{runway} month(s)'}; closing the gap takes "
        f"€{plan['fundraising_per_month_eur']:,.0f} a month; {plan['caseworkers_needed']} "
        f"caseworkers. Basis: {html.escape(plan['basis'])}.</p>"
        + spec_to_svg({**support_plan_chart(plan), "width": 700})
        + "<table><thead><tr><th>month</th><th>freed</th><th>need (EUR)</th><th>band</th>"
        f"<th>shortfall</th><th>caseworkers</th></tr></thead><tbody>{months}</tbody></table>"
        + "<table><thead><tr><th>figure</th><th>value</th><th>per</th><th>basis</th>"
        f"<th>sources</th></tr></thead><tbody>{assumptions}</tbody></table>"
    )
