"""Vega-Lite charts of the report, built with Altair and rendered to static SVG by vl-convert."""

from __future__ import annotations

from typing import Any

import altair as alt
import vl_convert as vlc


def held_chart(points: list[dict[str, Any]], projection: list[dict[str, Any]]) -> Any:
    """Return held over time: every source's reported points with their intervals, and the fan."""
    base = alt.Chart({"values": points})
    bars = base.mark_rule(opacity=0.6).encode(
        x="day:T", y=alt.Y("low:Q", title="held"), y2="high:Q", color="reporter:N"
    )
    dots = base.mark_point(filled=True, size=40).encode(
        x=alt.X("day:T", title=None),
        y="value:Q",
        color=alt.Color("reporter:N", legend=alt.Legend(orient="bottom", columns=3)),
        tooltip=["reporter:N", "value:Q", "qualifier:N", "as_of:N", "claim_id:N"],
    )
    fan = alt.Chart({"values": projection})
    band = fan.mark_area(opacity=0.25, color="grey").encode(x="day:T", y="low:Q", y2="high:Q")
    median = fan.mark_line(color="black", strokeDash=[4, 3]).encode(x="day:T", y="median:Q")
    return alt.layer(band, median, bars, dots).properties(
        width=640,
        height=300,
        title="Political prisoners held: reported counts (with intervals) and projection (80 % band)",
    )


def flows_chart(rows: list[dict[str, Any]]) -> Any:
    """Return flows by month: new prisoners up, releases by mode down."""
    return (
        alt.Chart({"values": rows})
        .mark_bar()
        .encode(
            x=alt.X("month:O", title=None),
            y=alt.Y("value:Q", title="people"),
            color=alt.Color("flow:N", legend=alt.Legend(orient="bottom")),
        )
        .properties(width=640, height=240, title="Flows by month (recognised up, released down)")
    )


def ratio_chart(rows: list[dict[str, Any]]) -> Any:
    """Return the revolving-door ratio (new ÷ released) by quarter, with the line of 1."""
    base = alt.Chart({"values": rows})
    bars = base.mark_bar().encode(
        x=alt.X("quarter:O", title=None), y=alt.Y("ratio:Q", title="new ÷ released")
    )
    one = alt.Chart({"values": [{"y": 1}]}).mark_rule(color="red").encode(y="y:Q")
    return alt.layer(bars, one).properties(
        width=640, height=200, title="Revolving-door ratio by quarter"
    )


def to_svg(chart: alt.TopLevelMixin) -> str:
    """Return the chart as a standalone SVG document (no script, no network)."""
    return str(vlc.vegalite_to_svg(chart.to_dict()))


def spec_to_svg(spec: dict[str, Any]) -> str:
    """Return the SVG of a Vega-Lite specification given as a dict."""
    return str(vlc.vegalite_to_svg(spec))
