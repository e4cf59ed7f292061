"""The mirror report: who one imposer lists and another does not, and the gaps within one list.

Three kinds of gap (docs/sanctions.md):

- across imposers (:func:`mirror`, :func:`matrix`): targets of list A under its Belarus (or Russia,
  or a named) programme that list B does not list at all, or only possibly (``uncertain``);
- across programmes of one imposer (:func:`programme_gaps`): targets under its Russia
  programmes that are Belarusian by nationality, registration, address or a link to a Belarus
  target, and not under its Belarus programme; and the reverse;
- across links (:func:`link_gaps`): listed targets whose owners, subsidiaries, directors,
  relatives or "Linked To" entries the same list does not list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from doorwatch.analysis.org_names import org_key
from doorwatch.analysis.sanction_match import Target, TargetIndex, target_of
from doorwatch.analysis.sanction_programmes import BELARUS, CLASSES, RUSSIA, classes_of
from doorwatch.errors import InputError
from doorwatch.store import Store
from doorwatch.store.sanctions import get_list, iter_entries

MIRROR_COLUMNS = [
    "list_id",
    "name",
    "schema",
    "programmes",
    "status",
    "matched_id",
    "score",
    "reason",
]
GAP_COLUMNS = ["list_id", "name", "schema", "programmes", "gap", "reason"]
MATRIX_COLUMNS = [
    "class", "list", "against", "listed", "shared", "shared_same_class", "shared_other_class",
    "uncertain", "not_listed",
]  # fmt: skip
_TIES = {BELARUS: ("by", "Belarus", "Belarusian"), RUSSIA: ("ru", "Russia", "Russian")}


class _Lists:
    """The targets and indexes of the lists a report reads, each read once."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._targets: dict[str, list[Target]] = {}
        self._indexes: dict[str, TargetIndex] = {}

    def targets(self, list_id: str) -> list[Target]:
        if list_id not in self._targets:
            self._targets[list_id] = [target_of(e) for e in iter_entries(self.store, list_id)]
        return self._targets[list_id]

    def index(self, list_id: str) -> TargetIndex:
        if list_id not in self._indexes:
            self._indexes[list_id] = TargetIndex(self.targets(list_id))
        return self._indexes[list_id]


def _summary(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("name", "imposer", "format", "list_date", "targets")}


def _selector(imposer: str, programme: str | None, cls: str) -> Callable[[Target], bool]:
    if programme:
        return lambda t: programme in t.programmes
    if cls not in CLASSES:
        raise InputError(
            f"unknown programme class {cls!r}", option="--class", expected="belarus or russia"
        )
    return lambda t: cls in classes_of(imposer, list(t.programmes))


def mirror(
    store: Store,
    list_name: str,
    against: str,
    *,
    programme: str | None = None,
    cls: str = BELARUS,
    progress: Callable[[int, int], None] | None = None,
    lists: _Lists | None = None,
) -> dict[str, Any]:
    """Return one row for every target of ``list_name`` in the selection (``programme``, else
    the programmes of class ``cls``): whether ``against`` lists it, its id there, score, reason.
    """
    lists = lists or _Lists(store)
    a, b = get_list(store, list_name), get_list(store, against)
    chosen = _selector(a["imposer"], programme, cls)
    selected = [t for t in lists.targets(a["id"]) if chosen(t)]
    index = lists.index(b["id"])
    rows = []
    for done, target in enumerate(selected, start=1):
        match = index.best(target)
        reason = match.reason
        other = match.other if match.status != "not_listed" else None
        if other is not None:
            where = classes_of(b["imposer"], list(other.programmes))
            listed_under = "; ".join(other.programmes) or "no programme"
            reason = f"{b['name']} lists it under {listed_under} ({', '.join(sorted(where)) or 'other'}); {reason}"
        rows.append(
            {
                "list_id": target.entry_id,
                "name": target.name,
                "schema": "person" if target.is_person else "organisation",
                "programmes": "; ".join(target.programmes),
                "status": match.status,
                "matched_id": other.entry_id if other else "",
                "matched_name": other.name if other else "",
                "matched_classes": sorted(classes_of(b["imposer"], list(other.programmes)))
                if other
                else [],
                "score": match.score,
                "reason": reason,
            }
        )
        if progress and (done % 50 == 0 or done == len(selected)):
            progress(done, len(selected))
    return {
        "list": _summary(a),
        "against": _summary(b),
        "selection": {"programme": programme} if programme else {"class": cls},
        "counts": dict(Counter(r["status"] for r in rows)),
        "rows": rows,
        "basis": (
            f"recorded: the targets as the two files list them ({a['name']} of "
            f"{a['list_date'] or 'an unknown date'}, {b['name']} of {b['list_date'] or 'an unknown date'}); "
            "matching by name, birth date, documents and nationality; uncertain ones need review"
        ),
    }


def matrix(store: Store, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Return, for each pair of lists and each programme class, in both directions: listed,
    shared (the other list lists it; under the same class or another), uncertain, not listed."""
    lists = _Lists(store)
    rows: list[dict[str, Any]] = []
    gaps: dict[str, list[dict[str, Any]]] = {}
    for left, right in pairs:
        for cls in CLASSES:
            for a, b in ((left, right), (right, left)):
                result = mirror(store, a, b, cls=cls, lists=lists)
                found = result["rows"]
                shared = [r for r in found if r["status"] == "listed"]
                rows.append(
                    {
                        "class": cls,
                        "list": result["list"]["name"],
                        "against": result["against"]["name"],
                        "listed": len(found),
                        "shared": len(shared),
                        "shared_same_class": sum(cls in r["matched_classes"] for r in shared),
                        "shared_other_class": sum(cls not in r["matched_classes"] for r in shared),
                        "uncertain": result["counts"].get("uncertain", 0),
                        "not_listed": result["counts"].get("not_listed", 0),
                    }
                )
                key = f"{result['list']['name']}|{result['against']['name']}|{cls}"
                gaps[key] = [r for r in found if r["status"] != "listed"]
    return {"rows": rows, "gaps": gaps}


def _tie(target: Target, country: str, in_class: set[str]) -> str | None:
    code, name, adjective = _TIES[country]
    if code in target.nationalities:
        return f"{adjective} nationality"
    if code in target.countries:
        return f"registered or with an address in {name}"
    for identifier in target.details.get("identifiers", []):
        if identifier.get("country") == code:
            return f"{identifier.get('kind')} {identifier.get('number')} issued in {name}"
    for link in target.details.get("links", []):
        if link.get("ref") in in_class or org_key(str(link.get("name") or "")) in in_class:
            return f"{link.get('kind', 'linked').replace('_', ' ')} {link.get('name') or link.get('ref')}, a {name} programme target"
    return None


def programme_gaps(store: Store, list_name: str) -> dict[str, Any]:
    """Return the targets of one list under one class of programme (Russia or Belarus) with a
    tie to the other country and not under that country's programme."""
    row = get_list(store, list_name)
    targets = _Lists(store).targets(row["id"])
    classes = {t.entry_id: classes_of(row["imposer"], list(t.programmes)) for t in targets}
    ids_in = {
        cls: {t.entry_id for t in targets if cls in classes[t.entry_id]}
        | {org_key(n) for t in targets if cls in classes[t.entry_id] for n in t.names[:3]}
        for cls in CLASSES
    }
    gaps = []
    for target in targets:
        mine = classes[target.entry_id]
        for listed, missing, kind in (
            (RUSSIA, BELARUS, "russia_not_belarus"),
            (BELARUS, RUSSIA, "belarus_not_russia"),
        ):
            if listed in mine and missing not in mine:
                tie = _tie(target, missing, ids_in[missing])
                if tie:
                    gaps.append(
                        {
                            "list_id": target.entry_id,
                            "name": target.name,
                            "schema": "person" if target.is_person else "organisation",
                            "programmes": "; ".join(target.programmes),
                            "gap": kind,
                            "reason": f"{tie}; not under a {missing.title()} programme of {row['name']}",
                        }
                    )
    return {"list": _summary(row), "counts": dict(Counter(g["gap"] for g in gaps)), "rows": gaps}


def link_gaps(store: Store, list_name: str) -> dict[str, Any]:
    """Return the listed Belarus and Russia targets whose linked entities (owners,
    subsidiaries, directors, relatives, "Linked To") the same list does not list."""
    row = get_list(store, list_name)
    targets = _Lists(store).targets(row["id"])
    ids = {t.entry_id for t in targets}
    keys = {org_key(n) for t in targets for n in t.names}
    gaps = []
    for target in targets:
        if not classes_of(row["imposer"], list(target.programmes)):
            continue
        for link in target.details.get("links", []):
            ref, name = link.get("ref"), link.get("name")
            if ref in ids or (not ref and name and org_key(name) in keys):
                continue
            if not ref and not name:
                continue
            gaps.append(
                {
                    "list_id": target.entry_id,
                    "name": target.name,
                    "schema": "person" if target.is_person else "organisation",
                    "programmes": "; ".join(target.programmes),
                    "gap": f"{link.get('kind', 'linked')}_not_listed",
                    "reason": f"{str(link.get('kind', 'linked')).replace('_', ' ')}: "
                    f"{name or ref} is not on {row['name']}",
                }
            )
    return {"list": _summary(row), "counts": dict(Counter(g["gap"] for g in gaps)), "rows": gaps}
