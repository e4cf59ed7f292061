"""Every chart doorwatch draws, as a Vega-Lite specification (a plain dict).

The web page embeds the specification and vega-embed draws it in the browser (marks that stand
for a record link to its page); the report turns the same kind of specification into static SVG
with vl-convert (no script, no network). Both draw a source's figure the same way: a point at
the value and a rule over the interval its qualifier allows.
"""

from __future__ import annotations

from typing import Any

Spec = dict[str, Any]
SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
# The report's charts are drawn at a fixed width to fit an A4 page; the web's fill their box.
REPORT_WIDTH = 640
# A value spread by days from a count over a longer period is drawn paler, and the legend says so.
ON_RECORD, SPREAD = "on record", "spread from a longer total"
BASIS_OPACITY = {
    "field": "basis",
    "type": "nominal",
    "scale": {"domain": [ON_RECORD, SPREAD], "range": [1.0, 0.35]},
    "legend": {"title": "value", "orient": "bottom"},
}


def _band(x: dict[str, Any], color: str, opacity: float) -> dict[str, Any]:
    """Return the layer that shades the band between the ``low`` and ``high`` fields."""
    return {
        "mark": {"type": "area", "opacity": opacity, "color": color},
        "encoding": {
            "x": x,
            "y": {"field": "low", "type": "quantitative"},
            "y2": {"field": "high"},
        },
    }


def basis_label(spread: bool) -> str:
    """Return how a charted value is known: on record, or spread from a longer total."""
    return SPREAD if spread else ON_RECORD


def _reported_layers(
    x: dict[str, Any],
    *,
    rule: dict[str, Any],
    point: dict[str, Any],
    color: dict[str, Any],
    channels: dict[str, Any],
    y_title: str | None = None,
) -> list[Spec]:
    """Return a rule over each figure's interval and a point at its value, by reporter;
    ``channels`` are further encodings of the point (tooltip, link)."""
    low: dict[str, Any] = {"field": "low", "type": "quantitative"}
    if y_title is not None:
        low["title"] = y_title
    return [
        {
            "mark": {"type": "rule", **rule},
            "encoding": {
                "x": x,
                "y": low,
                "y2": {"field": "high"},
                "color": {"field": "reporter", "type": "nominal"},
            },
        },
        {
            "mark": {"type": "point", "filled": True, **point},
            "encoding": {
                "x": x,
                "y": {"field": "value", "type": "quantitative"},
                "color": {"field": "reporter", "type": "nominal", **color},
                **channels,
            },
        },
    ]


def overview_held_chart(picture: dict[str, Any]) -> Spec:
    """Return the overview's held-over-time chart: the registry's line and every source's
    reports (a point at the figure, a rule over the interval its qualifier allows)."""
    registry = [
        {"month": r["month"] + "-15", "held": r["held"], "series": "registry (derived)"}
        for r in picture["registry"]
        if r.get("drawn")
    ]
    reported = [{**p, "href": f"/claims/{p['claim_id']}"} for p in picture["reported"]]
    x = {"field": "date", "type": "temporal", "title": None}
    return {
        "$schema": SCHEMA,
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
                "layer": _reported_layers(
                    x,
                    rule={"strokeWidth": 3, "opacity": 0.5},
                    point={"size": 70, "cursor": "pointer"},
                    color={"title": "reported by"},
                    channels={
                        "href": {"field": "href"},
                        "tooltip": [
                            {"field": "reporter"},
                            {"field": "as_of", "title": "as of"},
                            {"field": "value", "type": "quantitative"},
                            {"field": "qualifier"},
                            {"field": "source_id", "title": "source"},
                        ],
                    },
                ),
            },
        ],
    }


def overview_flows_chart(picture: dict[str, Any]) -> Spec:
    """Return the overview's monthly flows chart: new political prisoners (recognised) and
    releases; a value spread by days from a count over a longer period is a pale bar, named in
    the legend."""
    values = []
    for row in picture["flows"]:
        spread = set(row.get("spread", []))
        released_spread = bool(spread & {"pardon", "deal", "other_release", "released"})
        for flow, n, is_spread in (
            ("recognised", row["started"], "recognised" in spread),
            ("released", -row["released"], released_spread),
        ):
            values.append(
                {
                    "month": row["month"] + "-01",
                    "flow": flow,
                    "n": n,
                    "basis": basis_label(is_spread),
                }
            )
    return {
        "$schema": SCHEMA,
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
            "opacity": BASIS_OPACITY,
            "tooltip": [
                {"field": "flow"},
                {"field": "month", "type": "temporal", "timeUnit": "yearmonth"},
                {"field": "n", "type": "quantitative"},
                {"field": "basis"},
            ],
        },
    }


def report_held_chart(points: list[dict[str, Any]], projection: list[dict[str, Any]]) -> Spec:
    """Return the report's held over time: every source's reported points with their
    intervals, and the projection's median and 80 % band."""
    x = {"field": "day", "type": "temporal", "title": None}
    return {
        "$schema": SCHEMA,
        "width": REPORT_WIDTH,
        "height": 300,
        "title": "Political prisoners held: reported counts (with intervals) and projection "
        "(80 % band)",
        "layer": [
            {
                "data": {"values": projection},
                "layer": [
                    _band(x, "grey", 0.25),
                    {
                        "mark": {"type": "line", "color": "black", "strokeDash": [4, 3]},
                        "encoding": {"x": x, "y": {"field": "median", "type": "quantitative"}},
                    },
                ],
            },
            {
                "data": {"values": points},
                "layer": _reported_layers(
                    x,
                    rule={"opacity": 0.6},
                    point={"size": 40},
                    y_title="held",
                    color={"legend": {"orient": "bottom", "columns": 3}},
                    channels={
                        "tooltip": [
                            {"field": f}
                            for f in ("reporter", "value", "qualifier", "as_of", "claim_id")
                        ]
                    },
                ),
            },
        ],
    }


def report_flows_chart(rows: list[dict[str, Any]]) -> Spec:
    """Return the report's flows by month: new prisoners up, releases by mode down; spread
    values pale, named in the legend."""
    return {
        "$schema": SCHEMA,
        "width": REPORT_WIDTH,
        "height": 240,
        "title": "Flows by month (recognised up, released down)",
        "data": {"values": rows},
        "mark": "bar",
        "encoding": {
            "x": {"field": "month", "type": "ordinal", "title": None},
            "y": {"field": "value", "type": "quantitative", "title": "people"},
            "color": {"field": "flow", "type": "nominal", "legend": {"orient": "bottom"}},
            "opacity": BASIS_OPACITY,
        },
    }


def report_ratio_chart(rows: list[dict[str, Any]]) -> Spec:
    """Return the revolving-door ratio (new ÷ released) by quarter as intervals from the bases
    available, pale where incomplete (a term under 80 % covered), with the line of 1."""
    return {
        "$schema": SCHEMA,
        "width": REPORT_WIDTH,
        "height": 200,
        "title": "Revolving-door ratio by quarter (interval from the bases available)",
        "layer": [
            {
                "data": {"values": rows},
                "mark": {"type": "bar", "size": 14},
                "encoding": {
                    "x": {"field": "quarter", "type": "ordinal", "title": None},
                    "y": {"field": "low", "type": "quantitative", "title": "new ÷ released"},
                    "y2": {"field": "high"},
                    "opacity": {
                        "field": "status",
                        "type": "nominal",
                        "scale": {"domain": ["complete", "incomplete"], "range": [0.9, 0.3]},
                        "legend": {
                            "title": "incomplete: a term under 80 % covered",
                            "orient": "bottom",
                        },
                    },
                },
            },
            {
                "data": {"values": [{"y": 1}]},
                "mark": {"type": "rule", "color": "red"},
                "encoding": {"y": {"field": "y", "type": "quantitative"}},
            },
        ],
    }


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
        "$schema": SCHEMA,
        "width": "container",
        "height": 300,
        "data": {"values": values},
        "layer": [
            _band(x, "#b33", 0.2),
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
