"""The patterns built for one role noun ("envoy", "centre"): who or what holds it.

A role names its holder before ("envoy John Coale", "the President of Belarus Alexander
Lukashenko") or after the name ("Coale, the US envoy,"), in a record's field line ("Chair:
Kadri Lepp"), or in the proper name of a body ("the Centre for East European Policy
Studies"); a body may be described in small letters instead ("Ukraine's coordination
headquarters for prisoners of war"). Each pattern is built once per noun and kept.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.outlet_names import title_cased


@lru_cache(maxsize=64)
def name_holding_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of a proper name in capitals that holds ``noun`` ("Centre for East
    European Policy Studies" for "Centre")."""
    # "Centre for East European Policy Studies", "Embassy of the United States"
    # (spaces, not line breaks: a name ends with its line, "… Prisoners of War\nKyiv, …")
    word = r"[A-Z][\w’'.&-]*"
    gap = r"[ \t\u00a0]+"
    link = rf"(?:(?:for|of|on|and|the){gap})*"
    return re.compile(
        rf"(?:\b{word}{gap}{link})*\b{re.escape(noun)}(?:{gap}{link}{word})+|"
        rf"\b{word}{gap}{link}(?:{word}{gap}{link})*{re.escape(noun)}\b"
    )


def capitals_name(noun: str, headings: str) -> str | None:
    """Return the name a title line in capitals gives an institution whose words hold ``noun``
    ("VILNIUS CENTRE FOR ELECTORAL INTEGRITY" for "Centre"), written as names are, or None."""
    found = re.search(
        rf"^(?=[^\n]*\b{re.escape(noun.upper())}\b)[A-Z][A-Z’'&-]*(?:[ \t]+[A-Z][A-Z’'&-]*){{1,7}}"
        r"[ \t]*$",
        headings,
        re.MULTILINE,
    )
    if found is None:
        return None
    return title_cased(found.group())


@lru_cache(maxsize=256)
def described_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of an institution a text describes in small letters after an owner
    or an article, its head ``noun`` (group "name")."""
    # "Ukraine's coordination headquarters for prisoners of war": an institution the text
    # describes in lower case after an owner, with what it is for
    return re.compile(
        r"(?:(?<![\w’'])[A-Z][\w-]*[’']s|\b(?:the|its|their))\s+"
        # (not "Over the year the rights centre …": a description opens at its own article)
        rf"(?P<name>(?:(?!(?:the|a|an)\s)[a-z][\w-]*\s+){{1,3}}{re.escape(noun)}"
        r"(?:\s+(?:for|of|on|against)\s+[a-z][\w-]*(?:\s+(?:of|for|and|on)\s+[a-z][\w-]*)*)?)\b"
    )


@lru_cache(maxsize=256)
def named_description_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of a name followed by what it is in small letters, its head
    ``noun`` (the name is group 1)."""
    # "the Viasna human rights center": a name, then what it is in lower case
    return re.compile(rf"\b[Tt]he\s+([A-Z][\w’'-]+)\s+(?:[a-z][\w-]*\s+){{0,3}}{re.escape(noun)}\b")


@lru_cache(maxsize=256)
def role_after_name_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of the role ``noun`` right after a name ("Coale, envoy")."""
    return re.compile(rf"\s+{re.escape(noun)}\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def role_for_name_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of the role ``noun`` and the preposition before a body's name,
    read backwards from the name."""
    # "a spokesperson for the Federal Foreign Office", "a spokesman at the ministry"
    return re.compile(rf"\b{re.escape(noun)}s?\s+(?:for|of|at|from)\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=256)
def role_field_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of a record's field line naming the holder of the role ``noun``
    (group "name")."""
    # ("Chair: Kadri Lepp, MP", a record's field line: the role, a colon, the holder's name)
    return re.compile(
        rf"(?m)^[ \t]*(?i:{re.escape(noun)})[ \t]*:[ \t]*"
        r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)+)"
    )


_TITLE_ROLES: Final = lx.table("roles", "title_roles")


@lru_cache(maxsize=256)
def role_before_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of the role ``noun`` (or a title or longer name that holds it) that
    ends right before a name: read on the stretch that ends where the name starts."""
    # "President of Belarus Alexander Lukashenko" holds the role; "Special Envoy of the US
    # President John Coale" holds another, of someone who holds it
    # (see _OF_ANOTHER_RE)
    # ("the President's press secretary Natalya Eismont" holds the secretary's role)
    # ("Fr Bohdan Lysyi" holds the priest's role: a title that names it, in its own case)
    titles = "".join(f"|(?-i:{re.escape(t)})" for t, role in _TITLE_ROLES.items() if role == noun)
    # ("the head of state, Alexander Lukashenko" holds the president's role)
    titles += "".join(
        f"|{re.escape(long)}" for long, short in lx.ROLE_SYNONYMS.items() if short == noun
    )
    return re.compile(
        # ("chief adviser to opposition leader X" gives X no adviser's role: the role is of
        # someone else when a preposition other than "of" follows it)
        rf"\b(?:{re.escape(noun)}s?{titles})\b(?![’']s?\s)"
        # ("The Minister for Europe, Eleanor Marchbank": a portfolio in capitals, then a comma;
        # "the High Representative of the Union for Foreign Affairs and Security Policy,
        # Josep Borrell": two, and words joined by "and")
        # ("the President of the Republic of Belarus, Alexander Lukashenko")
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?"
        r"(?:\s+of\s+(?-i:[A-Z])[\w.’'-]*)?"
        # ("The Consul of Georgia in Minsk, Davit Keburia": where the office sits)
        r"(?:\s+(?:in|to)\s+(?-i:[A-Z])[\w.’'-]*)?)?"
        r"(?:\s+for\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w’'-]*){0,4}(?=,))?"
        # (not "The Minister and Ms X": two people joined right after the role)
        r"(?!\s+(?:and|or)\s)"
        r"\W*(?:(?!(?:to|for|at|with|from|by)\s)[A-Z][\w.’'-]*\s+){0,3}$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=256)
def role_after_re(noun: str) -> re.Pattern[str]:
    """Return the pattern of the role ``noun`` in an appositive after a name's comma."""
    # an initial's full stop ("U.S. envoy") may stand in the appositive, a sentence's may not
    return re.compile(
        rf",\s+(?:[^,.;\n]|(?<=(?-i:[A-Z]))\.){{0,60}}\b{re.escape(noun)}\b", re.IGNORECASE
    )
