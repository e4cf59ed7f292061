"""Search keys: spelling- and script-independent strings to index persons by.

A person stored with the keys of each of their names is found by the keys of a query in any
spelling or script. Keys are prefixed by kind:

- ``n:<given class>|<family key>`` — a full name (given name as its class, so Sasha finds Alexander);
- ``s:<family key>`` — the family name alone, without gender (finds both spouses; rank by
  :func:`doorwatch.names.compare`);
- ``g:<given class>`` — the given name alone.
"""

from __future__ import annotations

from doorwatch.names.given_names import given_classes
from doorwatch.names.normalise import is_initial
from doorwatch.names.phonetic import token_keys
from doorwatch.names.readings import ParsedName, parse_name
from doorwatch.names.surnames import analyse_surname


def _given_ids(token: str) -> set[str]:
    if is_initial(token):
        return set()
    classes = given_classes(token)
    return set(classes) if classes else {f"~{key}" for key in token_keys(token)}


def _reading_keys(reading: ParsedName) -> set[str]:
    keys: set[str] = set()
    surnames = analyse_surname("".join(reading.surname)).keys if reading.surname else ()
    given = _given_ids(reading.given[0]) if reading.given else set()
    keys.update(f"s:{key}" for key in surnames)
    keys.update(f"g:{name}" for name in given)
    keys.update(f"n:{name}|{key}" for name in given for key in surnames)
    return keys


def name_keys(name: str) -> set[str]:
    """Return the index keys of ``name``: full-name, family-name and given-name keys."""
    keys: set[str] = set()
    for reading in parse_name(name):
        keys |= _reading_keys(reading)
    return keys


def search_keys(query: str, keys: set[str] | None = None) -> set[str]:
    """Return the keys to look up for a search: full-name keys, or the single word's keys.
    ``keys`` is ``name_keys(query)`` when the caller has it already.

    A query of one word (a family name or a given name) yields ``s:`` and ``g:`` keys; a query of
    a given and a family name yields only the ``n:`` keys, so it does not return every namesake.
    """
    keys = name_keys(query) if keys is None else keys
    full = {key for key in keys if key.startswith("n:")}
    if full:
        return full
    single: set[str] = set()
    for reading in parse_name(query):
        for token in (*reading.given, *reading.surname):
            single.update(f"s:{key}" for key in analyse_surname(token).keys)
            single.update(f"g:{name}" for name in _given_ids(token))
    return single | keys
