"""Which gender a person's name, or the words set before it, tells.

"She" and "he" go to the person of the fitting gender: a given name tells it by the table of
given names, the lists of names and their endings; a Slavic surname by its ending ("-ava",
"-aya"); a noun before the name ("his wife", "a spokeswoman for …, X") by what it says. When
nothing tells, a given name the table does not know is UNKNOWN_GIVEN, which either pronoun
may take (see ``person_pronouns``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.names.given_names import classes_gender, given_classes, is_written_form

UNKNOWN_GIVEN: Final = "u"  # the gender of a person whose given name the table does not know


def name_gender(name: str) -> str | None:
    """Return "m" or "f" for the person named ``name`` by the given name or the surname,
    UNKNOWN_GIVEN when a given name tells nothing, else None."""
    words = name.split()
    first = words[0].lower() if len(words) > 1 else None
    initial = first is not None and len(first) == 2 and first.endswith(".")
    if initial:
        first = None  # ("A. Bilotaitė-Vinkler": an initial tells no gender, the surname may)
    # ("Bilotaitė-Vinkler": a double surname's first part may tell it)
    last = words[-1].lower().split("-")[0]
    if first is not None and (by_first := first_name_gender(first)) is not None:
        return by_first
    if last.endswith(lx.FEMALE_SURNAME_ENDINGS):
        return "f"
    if first is not None or initial:
        # a given name the table does not know ("Inese Ozola", "Tammy Bruce"): most such
        # names in the news are men's, so "he" takes it; "she" only when no woman is in
        # reach (see Resolver.person_pronoun)
        return UNKNOWN_GIVEN
    return "m" if last.endswith(lx.MALE_SURNAME_ENDINGS) else None


def first_name_gender(first: str) -> str | None:
    """Return "m" or "f" for the given name ``first`` (lower case) by the table, the lists of
    names and their endings ("Petras", "Marcus" are men's; "Jurgita", "Marianne" women's),
    or None when none of them tells."""
    known = given_gender(first)
    if known:
        return known
    if first in lx.FEMALE_NAMES:
        return "f"
    if first in lx.MALE_NAMES_IN_A:
        return "m"
    if len(first) > 3 and first.endswith(lx.MALE_GIVEN_ENDINGS):
        return "m"
    if first.endswith(("a", *lx.FEMALE_GIVEN_ENDINGS)):
        return "f"
    return None


@lru_cache(maxsize=16_384)
def given_gender(first: str) -> str:
    """Return "m" or "f" when the given-name table genders ``first`` (lower case), else "".

    A fact about one word, cached: the table's classes are a set built per call.
    """
    classes = given_classes(first)
    gender = classes_gender(classes)
    if gender == "m" and first.endswith("a") and not is_written_form(first, classes):
        # ("Pavla", "Paula", "Petra": a woman's form of a man's name, which the table knows
        # only by its sound, the final vowel folded away)
        return "f"
    return gender


# ("a spokeswoman for the State Secretariat (SECO), Fabienne Rochat": the description the name
# is set after, its noun first)
_APPOSED_CUE_RE: Final = re.compile(
    r"\b(?:an?|the|its|their|our|his|her)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)\b"
    r"[^,.;:!?\"“”\n]{0,80},\s$"
)


def gender_cue(text: str, start: int) -> str | None:
    """Return "m" or "f" when the words right before the name at ``start`` tell its gender
    ("his wife Natallia", "a spokeswoman for …, Fabienne Rochat"), else None."""
    space = text.rfind(" ", max(0, start - 16), start - 1)
    cue = lx.GENDERED_NOUNS.get(text[space + 1 : start].strip().rstrip(".,"))
    if cue is None and text.endswith(", ", 0, start):
        apposed = _APPOSED_CUE_RE.search(text, max(0, start - 120), start)
        if apposed is not None:
            cue = lx.GENDERED_NOUNS.get(apposed.group("noun"))
    return cue
