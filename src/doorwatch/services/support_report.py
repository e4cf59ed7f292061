"""The report's section on supporting the released: the plan for 1,300 freed at once, with
its chart, its months and every assumption beside its source.

Only counts and money appear here, never a person; still, anonymous readers of a public
instance do not get the section (support data is never shown to them).
"""

from __future__ import annotations

from typing import Any

from doorwatch.services.accounts import User
from doorwatch.services.charts import support_plan_chart
from doorwatch.services.support_access import LOCAL_OPERATOR
from doorwatch.services.support_plan import support_plan
from doorwatch.store import Store

# The release the plan is made for: the figure of seed article 004 (1,300 freed at once).
REPORT_RELEASED = 1300
REPORT_MONTHS = 12


def support_section(store: Store, reader: User | None = None) -> dict[str, Any] | None:
    """Return what the report's support plan section shows: the plan of ``REPORT_RELEASED``
    freed over ``REPORT_MONTHS`` months and its chart (None for an anonymous reader)."""
    user = reader or LOCAL_OPERATOR
    if user.id is None and user is not LOCAL_OPERATOR:
        return None
    plan = support_plan(store, user=user, released=REPORT_RELEASED, months=REPORT_MONTHS)
    chart = {**support_plan_chart(plan), "width": 700}
    return {"released": REPORT_RELEASED, "months": REPORT_MONTHS, "plan": plan, "chart": chart}
