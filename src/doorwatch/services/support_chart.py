"""The support plan's chart as a Vega-Lite specification, for the web page and the report."""

from __future__ import annotations

from typing import Any

Spec = dict[str, Any]
_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def support_plan_chart(plan: dict[str, Any]) -> Spec:
    """Return the support plan's chart: the cumulative need (median with its band) against the
    money available, month by month."""
    values = []
    low = high = 0.0
    for month in plan["months"]:
        low += month["need_low_eur"]
        high += month["need_high_eur"]
        values.append(
            {
                "month": month["label"] + "-01",
                "need": month["cumulative_need_eur"],
                "low": round(low, 2),
                "high": round(high, 2),
                "funds": plan["funds_available_eur"],
            }
        )
    x = {"field": "month", "type": "temporal", "title": None, "timeUnit": "yearmonth"}
    return {
        "$schema": _SCHEMA,
        "width": "container",
        "height": 300,
        "data": {"values": values},
        "layer": [
            {
                "mark": {"type": "area", "opacity": 0.2, "color": "#b33"},
                "encoding": {
                    "x": x,
                    "y": {"field": "low", "type": "quantitative"},
                    "y2": {"field": "high"},
                },
            },
            {
                "mark": {"type": "line", "point": True, "color": "#b33"},
                "encoding": {
                    "x": x,
                    "y": {"field": "need", "type": "quantitative", "title": "euros (cumulative)"},
                    "tooltip": [
                        {"field": "month", "type": "temporal", "timeUnit": "yearmonth"},
                        {"field": "need", "format": ",.0f"},
                        {"field": "low", "format": ",.0f"},
                        {"field": "high", "format": ",.0f"},
                    ],
                },
            },
            {
                "mark": {"type": "rule", "color": "#27a", "strokeWidth": 2},
                "encoding": {"y": {"field": "funds", "type": "quantitative"}},
            },
        ],
    }
