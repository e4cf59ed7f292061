"""Targets a notice lists one a line: "The following persons have been designated …:" and then
a line for each person or entity ("- Alexander Lukashenko, President of Belarus", "(1) OJSC
NAFTAN", "12 Ivan Kubrakov (born on May 5, 1975), Minister of Internal Affairs").

Such lines carry no sentence punctuation, so ``doorwatch.extract.sentences`` takes many of them
for headings and they are blanked before measures are read; this module reads them from the
original text, after the line that introduces them. Each named item is a target of the measure
that line tells (designated, added, blocked: imposed; removed, deleted: lifted), by the power
named in it or just before it, on the date it gives or the notice's own date.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction, SanctionAction
from doorwatch.extract.dates import dotted_date, find_dates
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.sanction_powers import as_name, fill_power, imposer_of, names_eu, power_of
from doorwatch.extract.sanction_shapes import IMPOSERS, NO_DESIGNATORS
from doorwatch.extract.sentences import Paragraph, SentenceIndex
from doorwatch.extract.word_gates import any_in

# the verbs by which a notice's line takes names off its list
_REMOVAL: Final = r"removed|delisted|deleted|revoked|struck\s+off"
# The line before a list of those a measure names, ending in a colon ("The following persons
# have been designated under …:", "Among the persons designated today:", "Asset freeze targets
# added to the Consolidated List:", "… is amended by adding the following in numerical order:")
_INTRO_RE: Final = re.compile(
    # ("To include the following foreigners in the national list …:", "The following shall be
    # entered in the list of persons and entities subject to …:": a national order's wording)
    r"\b(?:following\s+(?:persons|individuals|entities|entries|people|names|foreigners|"
    r"nationals|citizens|companies|organi[sz]ations|(?:natural|legal)\s+persons)|"
    r"(?:entered|included|inserted|placed)\s+(?:in|into|on)\s+the\s+(?:[\w-]+\s+){0,3}list|"
    r"adding\s+the\s+following|designat\w*|listed|added|blocked|sanctioned|"
    rf"(?P<lift>{_REMOVAL}|no\s+longer\s+(?:designated|listed|blocked|warrant)))\b"
)
_LIFT_IN_RE: Final = re.compile(
    rf"\b(?:{_REMOVAL}|no\s+longer\s+(?:designated|listed|blocked|subject))\b"
)
# a measure only weighed or asked for is no listing ("persons who could be designated:")
_NOT_DONE_RE: Final = re.compile(r"\b(?:could|would|might|may|should|propos\w*|call\w*\s+for)\b")
# how a line of a list begins: a bullet, a number or a letter ("- ", "(1) ", "12 ", "a) ")
# a list item's mark: a bullet or dash, a number, a letter in brackets (also read by
# proposed_lists, whose items a lead-in proposes)
# ("1.1. Dzianis Kavaliou, born …": an order's numbered point and sub-point)
ITEM_MARKER_RE: Final = re.compile(
    r"(?:[-•◦▪‣·*–—]\s+|\(\d{1,3}\)\s+|\d{1,3}(?:\.\d{1,3})*[.)]?\s+|\(?[a-z]\)\s+)"
)
# a line that names a part of the list ("Entities", "Individuals", "Aircraft")
_SUBHEAD_RE: Final = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+)?:?")
# a sentence of the text again after the list: "The persons concerned are subject to …"
_PROSE_RE: Final = re.compile(r"(?:The|This|These|Those|All|In|Under|On|It|They|Since)\s+[a-z]")
# "LYUBOVITSKY, Igor Vyacheslavovich": a family name in capitals, then the given names
_FAMILY_FIRST_RE: Final = re.compile(r"[A-Z][A-Z’'-]+,\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)*")
# an entry that opens with its name in capitals ("BELARUSKALI OAO (a.k.a. …", "OPEN JOINT STOCK
# COMPANY BELAZ, Zhodzina")
_CAPS_ENTRY_RE: Final = re.compile(r"[A-Z0-9][A-Z0-9’'.&-]+(?:\s+[A-Z0-9][A-Z0-9’'.&-]+)*\s*[(,]")
# where an item's name ends: its description, birth date, address or reference follows
# ("PENAL COLONY NO. 15 (MOGILEV)": a full stop before a number ends no name)
_NAME_END_RE: Final = re.compile(r",\s|\s\(|;|\s\[|:\s|\s[–—]\s|\.\s(?!\d)|\.$")
_MAX_NAME_WORDS: Final = 10
# the only words in lower case a name may hold ("National Olympic Committee of the Republic of
# Belarus", "Banco de …")
_NAME_LINKS: Final = frozenset(lx.words("sanctions", "name_links"))
# the titles of a list's parts ("2. Entities"); a numbered line of another word is a name
_LIST_PARTS: Final = frozenset(lx.words("sanctions", "list_parts"))
# a notice's line that ends by pointing to the list under it
_BELOW: Final = ("listed below.", "set out below.", "as follows.", "named below.")  # (all end so)
_BELOW_REACH: Final = 3  # paragraphs between the one that points to a list and its part's title
_BELOW_INSIDE: Final = (
    " listed below ",
    " set out below ",
    " named below ",
    " following persons ",
    " following entities ",
    " following individuals ",
    " following entries ",
)
_BELOW_WORDS: Final = tuple(word.rstrip() for word in _BELOW_INSIDE)  # (a comma may follow one)
_BELOW_STEMS: Final = (" below", " following ")  # (one of which each of them holds: tested first)
# the title of an annex or a schedule that lists those a measure is imposed on, the list
# under it ("LIST of natural persons subject to personal special economic and other
# restrictive measures (sanctions)", "(Annex) List of entities subject to the freezing of
# assets"): the title may break after "LIST"
_LIST_TITLE_RE: Final = re.compile(
    r"(?:\(?Annex\)?\s+)?(?:LIST|List)?\s*of\s+(?:(?:natural|legal)\s+)?(?:persons|entities|"
    r"individuals)\b(?:\s+and\s+(?:(?:natural|legal)\s+)?(?:persons|entities))?\s+"
    r"(?:subject\s+to|designated|whose\s+assets)\b[^.:]*"
)
# what the title opens with, spaces aside: "(Annex)", "Annex", "LIST" or "List", "of"
_LIST_TITLE_OPENERS: Final = frozenset("(ALo")
# the title of a notice's part that adds to or takes off its list
_PART_RE: Final = re.compile(
    r"(?:Additions|New\s+designations|Designations|"
    r"(?P<removed>Removals|Deletions|Delistings|Revocations)):?"
)


def find_listed(
    text: str,
    masked: str,
    paras: list[Paragraph],
    index: SentenceIndex,
    mentions: Mentions,
    published: dt.date | None,
) -> tuple[list[Sanction], list[int]]:
    """Return the measures on each target a notice lists one a line, and where each list's
    introducing line ends (a count of those listed told just before stands for them)."""
    out: list[Sanction] = []
    intros: list[int] = []
    for i, para in enumerate(paras):
        # (the line's last mark before any closing quotation mark: '… in Belarus."')
        last = text[para.start : para.end].rstrip('"”’')[-1:]
        titled = _list_title(text, paras, i)
        if not titled and (
            para.heading
            or not (
                last == ":"
                or (last == "." and text.endswith(_BELOW, para.start, para.end))
                or (last == "." and _points_below(text, paras, i))
            )
        ):
            continue
        told = _told_below(text, paras, i)
        if told is not None:
            # "3. Individuals:" under "… has today designated the persons listed below …":
            # the list's part names no measure; the paragraph that points to it does
            para = told
        intro = None if titled else _INTRO_RE.search(text, para.start, para.end)
        if (intro is None and not titled) or _NOT_DONE_RE.search(text, para.start, para.end):
            continue
        names = _items(text, paras, i + 1)
        if not names:
            continue
        s_index = index.index(para.end - 1)
        s_start = index.spans[s_index][0] if s_index >= 0 else para.start
        _, imposer = imposer_of(masked, mentions, index, s_index, s_start, para.end)
        if imposer in NO_DESIGNATORS:
            imposer = None
        if imposer is None:
            imposer = _issuer(text, paras, para.start)
        dates = find_dates(masked, para.start, para.end, published, later=False)
        date = dates[0][1] if dates else (published.isoformat() if published else None)
        # ("The following entries have been removed from the consolidated list …:": the
        # line's verb of relief, wherever it stands)
        lifted = intro is not None and (
            intro.group("lift") is not None
            or _LIFT_IN_RE.search(text, intro.end(), para.end) is not None
        )
        action: SanctionAction = "lifted" if lifted else "imposed"
        if not titled:
            # (an annex's title tells no count, and the prose above it is about other things)
            intros.append(para.end)
        for start, name, removed in names:
            # (a notice's "Removals" part lists those taken off the list it amends)
            step: SanctionAction = "lifted" if removed else action
            out.append(Sanction(step, name, imposer, date, start, start + len(name)))
    return out, intros


_WORD_RE: Final = re.compile(r"[A-Z][\w.]*")


def _issuer(text: str, paras: list[Paragraph], intro: int) -> str | None:
    """Return the power that issues a notice or an order, the first named in a title or a
    heading line above the line that introduces its list ("Ministry of the Interior and
    Administration / Republic of Poland"), or None (a power named in its prose may be the one
    it protects: "to counteract support for aggression against Ukraine")."""
    for para in paras:
        if para.start >= intro:
            break
        if not para.heading:
            continue
        # (headings are masked out of the prose mentions are read in; their words are read
        # one by one, those in capitals as words: "PRESIDENT OF UKRAINE")
        for word in _WORD_RE.findall(text, para.start, para.end):
            power = power_of(as_name(word))
            power = power or fill_power(word)
            if power is not None and power not in NO_DESIGNATORS:
                return power
    return None


def _list_title(text: str, paras: list[Paragraph], i: int) -> bool:
    """Return True when ``paras[i]`` is the title of an annex's list of those a measure is
    imposed on ("List of entities subject to the freezing of assets"), or its second line
    under "LIST"."""
    para = paras[i]
    first = text[para.start : para.start + 1]
    if not (first in _LIST_TITLE_OPENERS or first.isspace()):
        return False  # (how the title must open: most paragraphs open otherwise)
    title = _LIST_TITLE_RE.fullmatch(text, para.start, para.end)
    if title is None:
        return False
    if not text.startswith("of", para.start):
        return True
    return i > 0 and text[paras[i - 1].start : paras[i - 1].end] in ("LIST", "List")


def _points_below(text: str, paras: list[Paragraph], i: int) -> bool:
    """Return True when ``paras[i]`` points to a list below inside its text ("designated the
    persons listed below under … . They are now subject to …") and the next line opens that
    list's first part ("Additions")."""
    if i + 1 >= len(paras):
        return False
    para, after = paras[i], paras[i + 1]
    # ("the persons listed below, whose property …": a comma may follow)
    # (a plain test of the paragraph first: most paragraphs point to no list below)
    if not any_in(text, para.start, para.end, _BELOW_STEMS) or not any_in(
        text, para.start, para.end, _BELOW_WORDS
    ):
        return False
    if text[after.start : after.end] in _LIST_PARTS and i + 2 < len(paras):
        # ("… removed from the SDN List the persons listed below …." over "Entities" and then
        # "1. BELAVIA BELARUSIAN AIRLINES OJSC (a.k.a. …), …": the part's first entry)
        after = paras[i + 2]
    # (the line after first: most paragraphs are followed by prose, which ends the test)
    part = _PART_RE.fullmatch(text, after.start, after.end) is not None
    # ("… no longer warrant the inclusion of the following entities on the SDN List. Their
    # property … is no longer blocked." and a line for each: the list right after)
    # ("The following entries have been added … and are now subject to an asset freeze." and
    # "• HALAVACH, Uladzimir Mikalaevich": a bulleted entry)
    marker = ITEM_MARKER_RE.match(text, after.start, after.end)
    at = marker.end() if marker else after.start
    if not part and _CAPS_ENTRY_RE.match(text, at, after.end) is None:
        return False
    return part or _name(text[at : after.end]) is not None


def _told_below(text: str, paras: list[Paragraph], i: int) -> Paragraph | None:
    """Return the paragraph, among the few before ``paras[i]``, that points to a list below
    ("the persons listed below") when ``paras[i]`` is only the title of a part of that list
    ("3. Individuals:"); else None."""
    line = text[paras[i].start : paras[i].end]
    marker = ITEM_MARKER_RE.match(line)
    if not _SUBHEAD_RE.fullmatch(line[marker.end() if marker else 0 :]):
        return None
    for para in reversed(paras[max(0, i - _BELOW_REACH) : i]):
        if text.find(" below", para.start, para.end) >= 0 and _INTRO_RE.search(
            text, para.start, para.end
        ):
            return para
    return None


def _items(text: str, paras: list[Paragraph], first: int) -> list[tuple[int, str, bool]]:
    """Return (offset, name, removed) of each named item in the lines from ``paras[first]``
    on, up to the first line that is prose or a section's title again; ``removed`` when the
    item stands under a part that takes names off the list ("Removals")."""
    found: list[tuple[int, str, bool]] = []
    marked: bool | None = None  # whether the list's lines begin with a bullet or a number
    numbered = False  # whether the last name's line began with a number
    removed = False
    for para in paras[first:]:
        line = text[para.start : para.end]
        marker = ITEM_MARKER_RE.match(line)
        if marked and marker is None and text[para.start - 1] in " \t":
            continue  # "   Address: 7 Fabrichnaya Street, …": an item's indented second line
        body = line[marker.end() if marker else 0 :]
        if _SUBHEAD_RE.fullmatch(body) and (
            # ("4. Belspetsvneshtechnika" after "3. JSC Integral": one word numbered as the
            # names before it is a name; "2. Checklist" after "(a) …" a section's title)
            not (marker and numbered and line[:1].isdigit())
            or body.endswith(":")
            or body in _LIST_PARTS
        ):
            part = _PART_RE.fullmatch(body)
            if part is not None:
                removed = part.group("removed") is not None
            continue  # "Entities", "Individuals", "4. Entities:", "Removals"
        if marker is None and (
            marked
            or _PROSE_RE.match(line)
            # (an entry of the SDN List runs long: "BELARUSKALI OAO (a.k.a. …), 5 Korzha …")
            or (line.count(" ") > 14 and _CAPS_ENTRY_RE.match(line) is None)
            # (an item with no bullet is a name and what it is: "Ivan Tertel, KGB chairman")
            or not (", " in line or " (" in line)
        ):
            break  # "Coming into Force", "The persons concerned are subject to …"
        if marked is None:
            marked = marker is not None
        at = marker.end() if marker else 0
        if line.startswith("Name:", at):
            at = len(line) - len(line[at + 5 :].lstrip())
        if text[para.start + at : para.start + at + 1].islower():
            continue  # "- a ban on importing potash …": a measure, read as prose
        name = _name(line[at:])
        if name is None:
            break  # "3. Since polling day more than 12,000 people …": prose again
        found.append((para.start + at, name, removed))
        numbered = line[:1].isdigit()
    return found


def _name(body: str) -> str | None:
    """Return the name an item's line begins with, or None when it begins with none (or
    with a clause: "Since polling day more than …")."""
    if not body[:1].isupper() and not body[:1].isdigit():
        return None
    family = _FAMILY_FIRST_RE.match(body)
    if family is not None:
        return family.group()
    end = _NAME_END_RE.search(body)
    name = (body[: end.start()] if end else body).strip().rstrip(".;,")
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or not any(c.isalpha() for c in name):
        return None
    if any(w[:1].islower() and w not in _NAME_LINKS for w in words):
        return None  # "The Council decided …": a clause, not a name
    return name


# an annex entry's own date ("Date of listing: 2.12.2021"), day, month and year by numbers
_LISTING_DATE_RE: Final = re.compile(
    r"^[ \t]*Date\s+of\s+(?:listing|designation)\s*:\s*(?P<date>\d{1,2}\.\d{1,2}\.\d{4})\b",
    re.MULTILINE,
)
# the line that opens an annex entry with its name: "Name: Anatol Mikalaevich DRAZDOU (…)",
# "56.  Aliaksandr Ryhoravich LUKASHENKA (Alexander Grigorievich LUKASHENKO)"
_ENTRY_NAME_RE: Final = re.compile(
    r"^[ \t]*(?:Name\s*:\s*|\d{1,3}\.?[ \t]+)(?P<name>[A-Z][^\n(;:]{2,120}?)[ \t]*(?:\(|$)",
    re.MULTILINE,
)
_ENTRY_REACH: Final = 6  # the lines an entry runs from its name to its date of listing


def dated_entries(text: str) -> list[Sanction]:
    """Return a measure imposed on each annex entry that gives its own date of listing (the
    entry's name line, then "Date of listing: 2.12.2021" a few lines under it), dated by it;
    the European Union's where the text names the Union's acts."""
    if "Date of" not in text:
        return []
    power = IMPOSERS["EU"] if names_eu(text) else None
    out: list[Sanction] = []
    for when in _LISTING_DATE_RE.finditer(text):
        iso = dotted_date(text, *when.span("date"))
        # (the entry's lines above its date: from the line ``_ENTRY_REACH`` lines up)
        begin = when.start()
        for _ in range(_ENTRY_REACH + 1):
            begin = max(0, text.rfind("\n", 0, begin))
        names = list(_ENTRY_NAME_RE.finditer(text, begin, when.start()))
        if iso is None or not names:
            continue
        name = names[-1]
        target = name.group("name").strip()
        if len(target.split()) <= _MAX_NAME_WORDS:
            out.append(Sanction("imposed", target, power, iso, *name.span("name")))
    return out


# an EU act's recital that tells whom the act lists or delists ("(4) In view of the gravity of
# the situation, 17 persons and 11 entities should be included in the list set out in Annex
# I …"): in the act itself, "should be" is what it does
_RECITAL_RE: Final = re.compile(
    r"\b(?P<target>\d[\d,]*\s+(?:natural\s+)?persons?(?:\s+and\s+\d[\d,]*\s+entit(?:y|ies))?|"
    r"\d[\d,]*\s+entit(?:y|ies))(?:\s*,\s*[^,.;:]{1,80},)?\s+should\s+be\s+"
    r"(?:(?P<lift>removed|deleted)\s+from|(?:included|added|entered|inserted)\s+(?:in|to|into|on))"
    r"\s+the\s+list\b"
)
# the act's own date, on the line under its title ("of 2 December 2021")
_ACT_DATE_RE: Final = re.compile(
    r"^of\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)\s*$", re.MULTILINE
)


def recital_listings(text: str) -> list[Sanction]:
    """Return the measure an EU act's recital tells it takes on a number of persons or
    entities ("… 17 persons and 11 entities should be included in the list …"), dated by the
    act's own date; none in a text that is not such an act."""
    if "HAS ADOPTED THIS" not in text or "should be" not in text:
        return []
    dated = _ACT_DATE_RE.search(text)
    found = find_dates(text, dated.start("date"), dated.end("date"), None) if dated else []
    date = found[0][1] if found else None
    out: list[Sanction] = []
    for recital in _RECITAL_RE.finditer(text):
        action: SanctionAction = "lifted" if recital.group("lift") else "imposed"
        start, end = recital.span("target")
        out.append(Sanction(action, recital.group("target"), IMPOSERS["EU"], date, start, end))
    return out
