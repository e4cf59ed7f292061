"""doorwatch export --format ftm: persons, deals and sanctions that followthemoney reads back."""

from __future__ import annotations

import json

import pytest
from followthemoney import model

from doorwatch.store import Store


def test_export_ftm_reads_back(sample_store: Store, cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from doorwatch.store.deals import list_deals, list_measures

    monkeypatch.setenv("DOORWATCH_DB", sample_store.url)
    result = cli("export", "--format", "ftm")
    assert result.code == 0, result.err
    proxies = [model.get_proxy(json.loads(line)) for line in result.out.splitlines()]
    ids = {p.id for p in proxies}
    assert len(ids) == len(proxies)
    by_schema: dict[str, list] = {}  # type: ignore[type-arg]
    for proxy in proxies:
        by_schema.setdefault(proxy.schema.name, []).append(proxy)
    assert len(by_schema["Event"]) == len(list_deals(sample_store))
    assert len(by_schema["Sanction"]) == len(list_measures(sample_store))
    for sanction in by_schema["Sanction"]:
        assert set(sanction.get("entity")) <= ids
    belavia = next(s for s in by_schema["Sanction"] if "belavia" in s.id)
    assert belavia.get("authority") == ["United States"]
    involved = {i for event in by_schema["Event"] for i in event.get("involved")}
    assert involved and involved <= {p.id for p in by_schema["Person"]}
    bialiatski = next(p for p in by_schema["Person"] if p.id.endswith("ales-bialiatski"))
    assert any("Бяляцкі" in n for n in bialiatski.get("name") + bialiatski.get("alias"))
