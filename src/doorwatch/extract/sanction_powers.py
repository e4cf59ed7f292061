"""Which sanctioning power a measure is told of: the subject before its verb, a power named
in its own words ("the EU's sanctions", "American sanctions"), powers named together, and the
words news uses for the European Union ("the bloc", "the Council")."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.sanction_shapes import IMPOSERS, NO_DESIGNATORS
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.text_tables import is_markup, line_cells

_IMPOSER_REACH: Final = 200  # mentions looked back over for the imposer
_IMPOSER_SENTENCES: Final = 5  # ... within this many sentences before the measure's


_COMPANIES: Final = frozenset(lx.table("sanctions", "known_companies"))
# how news names the monitored country (whose companies the sanctions lists hold), its ruler
# and its best-known companies
_COUNTRY_WORDS: Final = frozenset(lx.words("relevance", "country"))


def own_country(power: str, target: str) -> bool:
    """Return True when ``target`` belongs to the country ``power`` ("Belarus" and "the
    Belarusian potash industry", "Belarus" and Belavia, "the Lukashenka regime's revenue"): a
    power does not sanction its own."""
    if power in _COUNTRY_WORDS and (
        target in _COMPANIES
        or not _COUNTRY_WORDS.isdisjoint(
            w[:-2] if w.endswith(("'s", "’s")) else w for w in target.split()
        )
    ):
        return True
    stem = power.split()[0][:5].lower()
    return len(stem) == 5 and any(w.lower().startswith(stem) for w in target.split())


# "the bloc", "the 27-nation bloc" as the subject of the measure's own clause
_BLOC_RE: Final = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?bloc(?:'s)?\s+(?:\w+\s+){0,3}$")
# "The bloc threatened …, and in December adopted …": the bloc opens the sentence as its subject
_BLOC_SUBJECT_RE: Final = re.compile(r"\s*The\s+bloc\s+(?![’']s)")
# "the Council listed seven judges" in a text that names the EU
# ("The Council's current Belarus listings, which cover …": its listings by its possessive)
_COUNCIL_RE: Final = re.compile(r"\b[Tt]he\s+(?:EU\s+)?Council(?:[’']s)?\s+(?:\w+\s+){0,3}$")
_EU_NAMED_RE: Final = re.compile(r"\b(?:EU|E\.U\.|European\s+Union)\b")
_PROGRAMME_AFTER_RE: Final = re.compile(
    r"\s+(?:sanctions?|measures|regime|programme|program|listings?)\b"
)


# a power whose measures another takes over ("has taken over the EU's restrictive measures",
# "Norway has aligned itself with most of the bloc's measures"): the measures are the taker's
_TAKEN_OVER_RE: Final = re.compile(
    r"\b(?:adopt(?:ed|s|ing)?|implement(?:ed|s|ing)?|(?:took|taken|takes|taking)\s+over|cop(?:ied|ies|y)|"
    r"mirror(?:ed|s|ing)?|align(?:ed|s|ing)?\s+(?:itself\s+|themselves\s+)?with)\s+"
    r"(?:(?:most|many|all|some)\s+of\s+)?(?:the\s+)?$"
)
_WHICH_AFTER_RE: Final = re.compile(r"\s*,\s*(?:which|who)\b")
# "Norway followed Brussels in listing …": the power followed is not the one that lists
# a power the sentence compares its subject with, not the subject ("on the same day as
# Washington", "further than Brussels", "unlike Ottawa")
_COMPARED_RE: Final = re.compile(r"\b(?:same\s+[a-z]+\s+as|than|unlike)\s+(?:the\s+)?$")
_FOLLOWED_RE: Final = re.compile(r"\b(?:followed|follows|following|joined|joins|joining)\s+$")


def imposer_of(
    masked: str,
    mentions: Mentions,
    index: SentenceIndex,
    s_index: int,
    s_start: int,
    verb_start: int,
    headings: str = "",
) -> tuple[int, str | None]:
    """Return where the power of the measure whose verb starts at ``verb_start`` is named
    (the verb's own start when it stands in an earlier sentence or nowhere) and that power,
    or None: "the bloc" and "the Council" as the EU (in a text, or under a title, that names
    the EU), else the nearest power named before the verb within a few sentences that is no
    programme, place or target."""
    bloc = _BLOC_RE.search(masked, s_start, verb_start) or _BLOC_SUBJECT_RE.match(
        masked, s_start, verb_start
    )
    if bloc is not None:
        taken = _TAKEN_OVER_RE.search(masked, max(s_start, bloc.start() - 40), bloc.start())
        if taken is not None:
            # "Norway has aligned itself with the bloc's measures": the taker's own
            return imposer_of(masked, mentions, index, s_index, s_start, taken.start(), headings)
        return bloc.start(), IMPOSERS["EU"]  # "The bloc also extended …": news's word for the EU
    council = (
        _COUNCIL_RE.search(masked, s_start, verb_start)
        if masked.find("Council", s_start, verb_start) >= 0
        else None
    )
    if council is not None and _TAKEN_OVER_RE.search(
        masked, max(s_start, council.start() - 40), council.start()
    ):
        return imposer_of(masked, mentions, index, s_index, s_start, council.start(), headings)
    if council is not None and names_eu(masked, headings):
        # "the Council listed seven judges" in a text on the EU: the Council of the EU, which
        # adopts its sanctions
        return council.start(), IMPOSERS["EU"]
    # "The Japanese government says it will freeze …": a government named by its adjective,
    # the subject of the measure's own sentence unless a power is named after it
    government = None
    if (
        masked.find("overnment", s_start, verb_start) >= 0
        or masked.find("uthorities", s_start, verb_start) >= 0
    ):
        governments = list(_GOVERNMENT_RE.finditer(masked, s_start, verb_start))
        government = governments[-1] if governments else None
    pronoun = _PRONOUN_SUBJECT_RE.search(masked, max(s_start, verb_start - 12), verb_start)
    if pronoun is not None and government is None and s_index > 0:
        # "Brussels has spent the autumn sanctioning Belarus. In October it listed some forty
        # officials": the pronoun before the verb is the power that opened the sentence before
        # ("On 2 October the Council listed forty officials. On 21 June it listed …": the
        # sentence before may open with when, and with the Council or the bloc)
        before, before_end = index.spans[s_index - 1]
        lead = _LEADING_WHEN_RE.match(masked, before, before_end)
        at = lead.end() if lead is not None else before  # (it always matches)
        if masked.startswith(("Council ", "bloc "), at) and names_eu(masked, headings):
            return pronoun.start(), IMPOSERS["EU"]
        first = next(iter(mentions.within(before, before_end)), None)
        if first is not None and first.start == at:
            power = power_of(first.key) if first.kind != "person" else None
            if power is not None:
                return pronoun.start(), power
    for m in mentions.before(verb_start, _IMPOSER_REACH):
        if government is not None and m.start < government.start():
            break
        if m.start < index.spans[max(0, s_index - _IMPOSER_SENTENCES)][0]:
            break
        name = m.key if m.kind != "person" else mentions.persons[m.key].name
        if m.possessive and _TAKEN_OVER_RE.search(masked, max(0, m.start - 40), m.start):
            continue  # "adopted the Union's latest trade bans": the adopting power's own
        if masked.startswith(" in ", m.end) and _FOLLOWED_RE.search(
            masked, max(0, m.start - 12), m.start
        ):
            continue
        if m.possessive and name in NO_DESIGNATORS:
            continue  # "that have supported Russia's aggression": the war's, not a measure's
        if _COMPARED_RE.search(masked, max(0, m.start - 24), m.start):
            continue  # "London went further on the same day as Washington, announcing …"
        if _PROGRAMME_AFTER_RE.match(masked, m.end) and fill_power(name) is None:
            # "under its Belarus sanctions regime": the programme, not who imposed ("The EU
            # sanctions on …": an acronym before the noun names whose they are)
            continue
        if (
            _PLACE_PREP_RE.search(masked, max(0, m.start - 13), m.start)
            # ("the Government of Japan decided": the country's government acts for it)
            and not _GOVERNMENT_OF_RE.search(masked, max(0, m.start - 24), m.start)
            and not (
                m.start >= s_start and _DECISION_OF_RE.search(masked, max(0, m.start - 20), m.start)
            )
            # ("It acted with Australia, which announced sanctions …": the clause's subject;
            # not "the EU's measures against Belarus, which include …": the measures')
            and not (
                _WHICH_AFTER_RE.match(masked, m.end)
                and not _MEASURE_ON_RE.search(masked, max(0, m.start - 30), m.start)
            )
        ):
            # "rejected the election in Belarus and said it stands ready to impose"; "new
            # sanctions on Belarus. The measures include …": a place, a target, not a power
            continue
        power = power_of(name)
        if power is None and name == "Council" and names_eu(masked, headings):
            # "The Council adds 17 natural persons …. Among the entities added is …": the
            # Council of the EU, in a text (or under a title) that names the EU
            power = IMPOSERS["EU"]
        if power is None and name in _BODY_NAME_RES:
            # "The Department is publicly designating …" under "U.S. DEPARTMENT of STATE": the
            # power of the body the text or its title lines name in full
            power = _named_body_power(name, masked[: m.start], headings)
        if power is not None:
            return (m.start if m.start >= s_start else verb_start), power
    if government is not None:
        return government.start(), _IMPOSER_ADJECTIVES[government.group("adjective")]
    return verb_start, None


# the body nouns a measure's subject may stand for alone, and how each is named in full ("U.S.
# Department of State", "Foreign Ministry of Lithuania", a title line's "U.S. DEPARTMENT of STATE")
_BODY_NAME_RES: Final = {
    noun: re.compile(
        rf"(?:\b[A-Z][\w.]*\s+){{0,3}}(?i:{noun})(?:\s+(?i:of)\s+(?:(?i:the)\s+)?[A-Z][A-Za-z]+)?"
    )
    for noun in ("Department", "Ministry")
}


def as_name(word: str) -> str:
    """Return ``word`` as a name is written when a title line gives it in capitals
    ("DEPARTMENT" as "Department"; initials and short acronyms such as "EU" kept)."""
    return word.title() if word.isupper() and len(word) > 3 else word


def _named_body_power(noun: str, before: str, headings: str) -> str | None:
    """Return the power of the last body named in full with ``noun`` in ``before`` or else
    in ``headings``, or None."""
    for source in (before, headings):
        for found in reversed(list(_BODY_NAME_RES[noun].finditer(source))):
            words = [as_name(w) for w in found.group().split()]
            if len(words) > 1 and (power := power_of(" ".join(words))) is not None:
                return power
    return None


def names_eu(masked: str, headings: str = "") -> bool:
    """Return True when the text or its title lines name the European Union."""
    return bool(_EU_NAMED_RE.search(masked) or _EU_NAMED_RE.search(headings))


# ("the Development Bank of the Republic of Belarus": a place or name after "of the")
# ("Norway, though outside the EU, has aligned …": a place it stands in or out of)
_PLACE_PREP_RE: Final = re.compile(
    r"\b(?:(?:in|of|from|at|to|with|against|on|outside|inside|within)\s+|"
    r"(?:of|with|outside|inside|within)\s+the\s+)$"
)
_MEASURE_ON_RE: Final = re.compile(
    r"\b(?:sanctions|measures|restrictions|bans?)\s+(?:against|on)\s+$"
)
_PRONOUN_SUBJECT_RE: Final = re.compile(r"\b(?:[Ii]t|[Tt]hey)\s+$")
# when a sentence's measure was taken, before its subject ("On 2 October 2020 the", "In June,
# the", "Within two weeks the"), or its "The" alone
_LEADING_WHEN_RE: Final = re.compile(
    r"\s*(?:(?:On|In|By|Within|Since|From|After|Later|Then|Earlier|Last|This|That)\s+"
    r"(?:[\w-]+\s+){0,4}?(?=[\w-]+,?\s+[Tt]he\s)[\w-]+,?\s+)?(?:[Tt]he\s+)?"
)
_GOVERNMENT_OF_RE: Final = re.compile(
    r"\b(?:[Gg]overnment|[Cc]abinet|[Pp]arliament)\s+of\s+(?:the\s+)?$"
)
# ("welcomes the decision of the Council of the European Union to adopt …": in the measure's
# own sentence, the power whose decision it is)
_DECISION_OF_RE: Final = re.compile(r"\b(?:decision|move|step|choice)\s+of\s+(?:the\s+)?$")


_IMPOSER_ADJECTIVES: Final = lx.table("sanctions", "imposer_adjectives")
# ("EU, UK and Canadian sanctions on Belarus": powers by name or adjective before the noun)
_POWER_OR_ADJECTIVE: Final = lx.alternation(
    sorted(set(IMPOSERS) | set(_IMPOSER_ADJECTIVES), key=len, reverse=True)
)
# Powers named together as the subject right before the verb: "The European Union, Britain
# and the United States have imposed …", "Canada and the United Kingdom have also kept …"
_JOINT_RE: Final = re.compile(
    rf"(?P<powers>(?:(?:[Tt]he\s+)?(?:{_POWER_OR_ADJECTIVE})\s*,\s*)*(?:[Tt]he\s+)?"
    rf"(?:{_POWER_OR_ADJECTIVE})\s*,?\s+and\s+"
    # ("Switzerland and Norway, which have aligned …")
    rf"(?:the\s+)?(?:{_POWER_OR_ADJECTIVE}))(?:\s*,\s*(?:which|who)\s+(?=(?:have|are|were)\b)|\s+)"
    r"(?:(?:have|has|had|also|both|jointly|each|all|since|then|already)\s+)*"
    # ("Britain and Canada moved earlier in the week, sanctioning …": a participle of theirs)
    r"(?:[a-z]+ed\b[^,.;]{0,40},\s*)?$"
)
_POWER_RE: Final = re.compile(rf"\b(?:{_POWER_OR_ADJECTIVE})(?![\w.])")
_GOVERNMENT_RE: Final = re.compile(
    rf"\b[Tt]he\s+(?P<adjective>{lx.alternation(sorted(_IMPOSER_ADJECTIVES, key=len, reverse=True))})"
    r"\s+(?:government|authorities|administration|cabinet)\b"
)


def joint_powers(masked: str, s_start: int, verb_start: int, imposer: str | None) -> list[str]:
    """Return the powers other than ``imposer`` that a coordinated subject right before the
    verb at ``verb_start`` names, in order; empty when the subject names one power."""
    if imposer is None or masked.find(" and ", max(s_start, verb_start - 90), verb_start) < 0:
        return []
    joint = _JOINT_RE.search(masked, max(s_start, verb_start - 90), verb_start)
    if joint is None:
        return []
    out: list[str] = []
    for name in _POWER_RE.findall(joint.group("powers")):
        power = IMPOSERS.get(name) or _IMPOSER_ADJECTIVES[name]
        if power != imposer and power not in out:
            out.append(power)
    return out


# ("US measures against Belarus": the country measures are against is their target)
_TARGETED_BEFORE: Final = ("against ", "on ", "targeting ", "toward ", "towards ")


def powers_named(text: str, start: int, end: int, targets: bool = True) -> list[str]:
    """Return the powers that ``text`` from ``start`` to ``end`` names, by name or adjective
    ("What did the United States change?", "US measures:"), in order, each once; with
    ``targets`` False, not those it names as what measures are against ("Table: US measures
    against Belarus")."""
    out: list[str] = []
    for found in _POWER_RE.finditer(text, start, end):
        if not targets and text[start : found.start()].lower().endswith(_TARGETED_BEFORE):
            continue
        name = found.group()
        power = IMPOSERS.get(name) or _IMPOSER_ADJECTIVES[name]
        if power not in out:
            out.append(power)
    return out


def power_above(text: str, start: int, lines: int = 2) -> str | None:
    """Return the one power the title lines just above the line at ``start`` name ("What did
    the United States change in return?", "US SANCTIONS TIMELINE"), up to ``lines`` lines of
    words with a table's own rows passed over, or None when they name none or several."""
    end = text.rfind("\n", 0, start)
    titles: list[str] = []
    while end > 0 and len(titles) < lines:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if is_markup(text, begin, end):
            pass  # ("|-" between a wiki table's rows)
        elif line.strip() and len(line_cells(text, begin, end)) < 2:
            titles.append(line)
        elif titles and not line.strip():
            break  # (the blank line above the titles)
        end = begin - 1
    powers: set[str] = set()
    for line in titles:
        # ("CANADIAN SANCTIONS TIMELINE": a title in capitals names its power in them)
        powers.update(
            powers_named(line, 0, len(line), targets=False)
            or (powers_named(line.title(), 0, len(line), targets=False) if line.isupper() else [])
        )
    return powers.pop() if len(powers) == 1 else None


# A power that took the same step with the subject, named after the measure: "Ottawa first
# sanctioned Lukashenko on Sept. 29, 2020, in a joint move with the United Kingdom"
_WITH_POWER_RE: Final = re.compile(
    # ("on Sept. 29, 2020, in a joint move with …": a month's stop before its day)
    r"(?:[^.;]|\.(?=\s+\d)){0,80}?\b(?:in\s+a\s+joint\s+(?:move|step|action|decision)\s+with|together\s+with|"
    # (not "in coordination with": each power's own step, told or not)
    r"jointly\s+with)\s+(?:the\s+)?"
    rf"(?P<power>{_POWER_OR_ADJECTIVE})(?![\w’'])"
)


def accompanying_powers(masked: str, end: int, s_end: int, imposer: str | None) -> list[str]:
    """Return the power other than ``imposer`` named after a measure ending at ``end`` as
    taking it together with its subject ("in a joint move with the United Kingdom")."""
    if imposer is None or masked.find(" with ", end, s_end) < 0:
        return []
    found = _WITH_POWER_RE.match(masked, end, s_end)
    if found is None:
        return []
    name = found.group("power")
    power = IMPOSERS.get(name) or _IMPOSER_ADJECTIVES[name]
    return [power] if power != imposer else []


def fill_powers(fill: str, imposer: str | None) -> list[str]:
    """Return the powers other than ``imposer`` that the words of ``fill`` name, in order."""
    out: list[str] = []
    for word in fill.replace(",", " ").split():
        power = fill_power(word)
        if power is not None and power != imposer and power not in out:
            out.append(power)
    return out


def fill_power(fill: str) -> str | None:
    """Return the power a measure's own words name ("American sanctions", "its EU
    restrictions"), or None."""
    for word in fill.split():
        # an adjective or an acronym names whose measure it is; a country's name may name
        # whom it is on ("its Russia measures"); a possessive names its owner ("the EU's")
        word = word.removesuffix("-wide")  # ("the EU-wide bar": the bloc's own)
        if word.endswith(("'s", "’s")):
            owner = word[:-2]
            if owner in IMPOSERS:
                return IMPOSERS[owner]
            continue
        power = _IMPOSER_ADJECTIVES.get(word) or (
            IMPOSERS.get(word) if word.isupper() or "." in word else None
        )
        if power is not None:
            return power
    return None


def powers_of(names: str) -> list[str]:
    """Return the sanctioning powers a list of names names ("the European Union and the
    United States", "Estonia, Latvia, Lithuania"), in order, each once."""
    out: list[str] = []
    for name in _LIST_SEPARATOR_RE.split(names.strip()):
        power = power_of(name) if name else None
        if power is not None and power not in out:
            out.append(power)
    return out


# (a table's cell joins them with "/", "&" or "+": "UK / Canada")
_LIST_SEPARATOR_RE: Final = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*[/&+]\s*")


def power_of(name: str) -> str | None:
    """Return the sanctioning power ``name`` names ("U.S. Treasury Department": the power
    that names the department), or None."""
    if name.startswith(("the ", "The ")):
        name = name[4:]  # "the United States"
    words = name.split()
    # ("the President of the Republic of Belarus", "the Development Bank of the Republic of
    # Belarus": a person or body of a country, not its government; "the Government of
    # Japan" is)
    # ("the Foreign Ministry of Lithuania": a governing body named before its country)
    owned = " of " in name and not name.startswith(_GOVERNING)
    if owned and name[: name.find(" of ")].endswith(_GOVERNING):
        owned = False
    for candidate in (name, words[0]) if owned else (name, words[-1], words[0]):
        if candidate in IMPOSERS:
            return IMPOSERS[candidate]
    if owned:
        # ("the Office of Foreign Assets Control of the US Department of the Treasury": a
        # power's own body named before what it belongs to)
        at = name.find(" of ", name.find(" of ") + 4)
        while at >= 0:
            if name[:at] in IMPOSERS:
                return IMPOSERS[name[:at]]
            at = name.find(" of ", at + 4)
    return None


_GOVERNING: Final = tuple(lx.words("sanctions", "governing_heads"))
