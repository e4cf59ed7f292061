"""Vega-Lite specifications of the overview's charts, built from the overview picture.

Every mark that stands for a record links (``href``) to the page of that record.
"""

from __future__ import annotations

from typing import Any

Spec = dict[str, Any]
_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"


def held_chart(picture: dict[str, Any]) -> Spec:
    """Return the held-over-time chart: the registry's line and every source's reports
    (a point at the figure, a rule over the interval its qualifier allows)."""
    registry = [
        {"month": r["month"] + "-15", "held": r["held"], "series": "registry (derived)"}
        for r in picture["registry"]
    ]
    reported = [{**p, "href": f"/claims/{p['claim_id']}"} for p in picture["reported"]]
    x = {"field": "date", "type": "temporal", "title": None}
    return {
        "$schema": _SCHEMA,
        "width": "container",
        "height": 320,
        "layer": [
            {
                "data": {"values": registry},
                "mark": {"type": "line", "color": "#666", "strokeDash": [4, 3]},
                "encoding": {
                    "x": {"field": "month", "type": "temporal", "title": None},
                    "y": {"field": "held", "type": "quantitative", "title": "held"},
                    "tooltip": [
                        {"field": "series"},
                        {"field": "month", "type": "temporal", "timeUnit": "yearmonth"},
                        {"field": "held", "type": "quantitative"},
                    ],
                },
            },
            {
                "data": {"values": reported},
                "layer": [
                    {
                        "mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.5},
                        "encoding": {
                            "x": x,
                            "y": {"field": "low", "type": "quantitative"},
                            "y2": {"field": "high"},
                            "color": {"field": "reporter", "type": "nominal"},
                        },
                    },
                    {
                        "mark": {"type": "point", "filled": True, "size": 70, "cursor": "pointer"},
                        "encoding": {
                            "x": x,
                            "y": {"field": "value", "type": "quantitative"},
                            "color": {
                                "field": "reporter",
                                "type": "nominal",
                                "title": "reported by",
                            },
                            "href": {"field": "href"},
                            "tooltip": [
                                {"field": "reporter"},
                                {"field": "as_of", "title": "as of"},
                                {"field": "value", "type": "quantitative"},
                                {"field": "qualifier"},
                                {"field": "source_id", "title": "source"},
                            ],
                        },
                    },
                ],
            },
        ],
    }


def flows_chart(picture: dict[str, Any]) -> Spec:
    """Return the monthly flows chart: new political prisoners (recognised) and releases, each
    month from the best evidence it has (registry, recorded events or reported figures)."""
    values = []
    for row in picture["flows"]:
        values.append({"month": row["month"] + "-01", "flow": "recognised", "n": row["started"]})
        values.append({"month": row["month"] + "-01", "flow": "released", "n": -row["released"]})
    return {
        "$schema": _SCHEMA,
        "width": "container",
        "height": 200,
        "data": {"values": values},
        "mark": "bar",
        "encoding": {
            "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": None},
            "y": {"field": "n", "type": "quantitative", "title": "people per month"},
            "color": {
                "field": "flow",
                "type": "nominal",
                "scale": {"range": ["#b2182b", "#2166ac"]},
                "title": None,
            },
            "tooltip": [
                {"field": "flow"},
                {"field": "month", "type": "temporal", "timeUnit": "yearmonth"},
                {"field": "n", "type": "quantitative"},
            ],
        },
    }
