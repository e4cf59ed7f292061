"""doorwatch's persons, deals and sanctions as FollowTheMoney entities (JSON lines).

Persons become ``Person`` (every stored spelling a ``name``/``alias``); deals become ``Event``
(the people a deal freed are ``involved``, the counterpart a ``PublicBody`` as ``organizer``);
measures become ``Sanction`` entities naming an ``Organization`` or ``Person`` for their target,
with the imposer as ``authority``, the programme, and the dates imposed and lifted. Ids are
``doorwatch-`` plus the stored id, so an export of the same database gives the same ids. The
output is what ``followthemoney`` reads (``model.get_proxy``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import IO, Any

from doorwatch.json_encoding import dumps
from doorwatch.store import Store
from doorwatch.store.content_keys import slug
from doorwatch.store.dump import dump_rows


def _id(kind: str, key: str) -> str:
    return f"doorwatch-{kind}-{slug(key)[:80]}"


def ftm_entities(store: Store) -> Iterator[dict[str, Any]]:
    """Yield the FollowTheMoney entities of ``store`` as plain dicts, validated by the model."""
    # Deferred: FollowTheMoney takes 0.42 s to import (measured); only this export needs it.
    from followthemoney import model

    names: dict[str, list[str]] = defaultdict(list)
    freed: dict[str, list[str]] = defaultdict(list)
    persons: list[dict[str, Any]] = []
    deals: list[dict[str, Any]] = []
    measures: list[dict[str, Any]] = []
    for table, row in dump_rows(store):
        if table == "persons":
            persons.append(row)
        elif table == "person_names":
            names[row["person_id"]].append(row["name"])
        elif table == "cases" and row.get("deal_id"):
            freed[row["deal_id"]].append(row["person_id"])
        elif table == "deals":
            deals.append(row)
        elif table == "measures":
            measures.append(row)
    for person in persons:
        proxy = model.make_entity("Person")
        proxy.id = _id("person", person["id"])
        proxy.add("name", person["name"])
        proxy.add("alias", [n for n in names.get(person["id"], []) if n != person["name"]])
        proxy.add("gender", person.get("gender"), quiet=True)
        proxy.add("position", person.get("role"), quiet=True)
        proxy.add("notes", person.get("note"), quiet=True)
        yield proxy.to_dict()
    bodies: dict[str, str] = {}
    for counterpart in sorted({str(d["counterpart"]) for d in deals if d.get("counterpart")}):
        body = model.make_entity("PublicBody")
        body.id = _id("body", counterpart)
        body.add("name", counterpart)
        bodies[counterpart] = body.id
        yield body.to_dict()
    for deal in deals:
        event = model.make_entity("Event")
        event.id = _id("deal", deal["id"])
        event.add(
            "name",
            f"Release deal of {deal['date']} with {deal.get('counterpart') or 'an unknown counterpart'}",
        )
        event.add("date", str(deal["date"]))
        event.add("summary", deal.get("description"), quiet=True)
        event.add("involved", [_id("person", p) for p in freed.get(deal["id"], [])])
        if deal.get("counterpart") in bodies:
            event.add("organizer", bodies[deal["counterpart"]])
        event.add("country", "by")
        yield event.to_dict()
    for measure in measures:
        kind = "Person" if measure.get("target_kind") == "person" else "Organization"
        target = model.make_entity(kind)
        target.id = _id("target", f"{measure['imposer']}-{measure['target']}")
        target.add("name", measure["target"])
        target.add("topics", "sanction")
        yield target.to_dict()
        sanction = model.make_entity("Sanction")
        sanction.id = _id("sanction", measure["id"])
        sanction.add("entity", target.id)
        sanction.add("authority", measure["imposer"])
        sanction.add("program", measure.get("programme"), quiet=True)
        sanction.add("provisions", measure.get("kind"), quiet=True)
        sanction.add("startDate", measure.get("imposed_on"), quiet=True)
        sanction.add("endDate", measure.get("lifted_on"), quiet=True)
        sanction.add("summary", measure.get("note"), quiet=True)
        yield sanction.to_dict()


def write_ftm(store: Store, stream: IO[str]) -> int:
    """Write :func:`ftm_entities` as JSON lines to ``stream``; return how many."""
    count = 0
    for entity in ftm_entities(store):
        stream.write(dumps(entity, sort_keys=True, spaced=True) + "\n")
        count += 1
    return count
