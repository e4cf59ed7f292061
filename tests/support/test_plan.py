"""The support planner: its JSON contract, its arithmetic and its scenarios."""

from __future__ import annotations

import json

import pytest

from doorwatch.errors import InputError
from doorwatch.services.support_access import LOCAL_OPERATOR as OP
from doorwatch.services.support_plan import cost_model, support_plan
from doorwatch.store import Store


def test_plan_cli_json_contract(sample_store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "support",
        "plan",
        "--released",
        "1300",
        "--months",
        "12",
        "--format",
        "json",
        "--db",
        sample_store.url,
    )
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert len(document["months"]) == 12
    assert isinstance(document["shortfall_eur"], float) and document["shortfall_eur"] > 0
    assert document["shortfall_eur"] == document["months"][-1]["shortfall_eur"]
    names = {a["name"] for a in document["assumptions"]}
    assert {"material_aid", "relocation", "rehabilitation", "stay_share"} <= names
    table = cli("support", "plan", "--released", "1300", "--months", "12", "--db", sample_store.url)
    assert "shortfall at month 12" in table.out and "bysol.org" in table.out


def test_everyone_staying_costs_material_aid_and_rehabilitation_only(
    sample_store: Store,
) -> None:
    model = cost_model()
    units = {c["id"]: (c["low"] + c["high"]) / 2 for c in model["unit_costs"]}
    overhead = (model["operating_share"]["low"] + model["operating_share"]["high"]) / 2
    plan = support_plan(sample_store, user=OP, released=100, months=12, stay_share=1.0)
    expected = 100 * (units["material_aid"] + units["rehabilitation"]) * (1 + overhead)
    assert plan["need_eur"] == pytest.approx(expected, rel=1e-6)
    assert plan["need_band_eur"][0] <= plan["need_eur"] <= plan["need_band_eur"][1]
    leaving = support_plan(sample_store, user=OP, released=100, months=12, stay_share=0.0)
    assert leaving["need_eur"] > plan["need_eur"]
    bigger = support_plan(sample_store, user=OP, released=1300, months=12)
    assert bigger["shortfall_eur"] > 0 and bigger["runway_months"] == 0
    assert bigger["caseworkers_needed"] == 52  # 1,300 at 25 open cases each
    assert bigger["fundraising_per_month_eur"] == pytest.approx(bigger["shortfall_eur"] / 12)
    small = support_plan(sample_store, user=OP, released=10, months=12)
    assert small["shortfall_eur"] == 0 and small["runway_months"] is None


def test_scenarios_and_bad_input(sample_store: Store) -> None:
    repeated = support_plan(
        sample_store,
        user=OP,
        scenario="deal",
        deal="deal-2025-12-13-us",
        every=3,
        months=12,
        released=None,
    )
    assert [m["released"] for m in repeated["months"]][:4] == [123.0, 0.0, 0.0, 123.0]
    projected = support_plan(sample_store, user=OP, scenario="projection", months=6, released=None)
    assert len(projected["months"]) == 6 and projected["released"] > 0
    with pytest.raises(InputError):
        support_plan(sample_store, user=OP, released=None, months=12)
    with pytest.raises(InputError):
        support_plan(sample_store, user=OP, released=10, months=0)
    with pytest.raises(InputError):
        support_plan(sample_store, user=OP, released=10, stay_share=1.5)


def test_report_section_shows_the_plan_to_readers_not_to_anonymous(sample_store: Store) -> None:
    from doorwatch.services.accounts import ANONYMOUS
    from doorwatch.services.report import build_report

    section = build_report(sample_store)
    plan = support_plan(sample_store, user=OP, released=1300, months=12)
    assert "Supporting 1,300 freed at once" in section
    assert f"€{plan['shortfall_eur']:,.0f}" in section
    support = section[section.index("Supporting 1,300 freed at once") :]
    assert "<svg" in support and "bysol.org" in support and "bcfausa.org" in support
    assert "Supporting 1,300" not in build_report(sample_store, reader=ANONYMOUS)
