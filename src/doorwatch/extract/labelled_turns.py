"""Who speaks in a labelled piece of text: a transcript's turn (the label that opens its
paragraph, "HANCHAR: …", "The Minister for Europe (Stephen Caldwell): …", "Mr LATUSHKA – …",
the label of the nearest turn before it, or the byline, "By Rebecca Thorne"), a broadcast
script's recorded cut ("CLIP (LUKASHENKO, STATE TELEVISION): …") and a thread's numbered post
("Post 2: …").

A label in capitals gives a surname the text may name in full elsewhere, in prose or in a
fuller label ("IRYNA KOVALCHUK (ANCHOR):" before "KOVALCHUK:"); a turn whose label names
no one the text knows is never given to the speaker of the turn before.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.first_person import member_line, signed_name, writer_line
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.resolve import Resolver
from doorwatch.extract.script_labels import (
    cut_label_name,
    full_label_names,
    is_line_label,
    is_post_label,
    label_capitals,
    name_as_labelled,
    past_time_code,
    tells_of_thread,
    turn_label,
)
from doorwatch.extract.sentences import Paragraph

# (the byline is a heading line, blanked in the masked text)
_BYLINE_RE: Final = re.compile(
    # (the name ends with its line: "By Alyaksandr Karpenka" above "December 18, 2025")
    r"^[Bb]y[ \t]+(?P<name>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3})\b",
    re.MULTILINE,
)
# ("[Post in the Telegram channel of Pavel Latushka, …]": whose own words the text gives)
_AUTHOR_HEADING_RE: Final = re.compile(
    # ("Reply from Rt Hon Winston Peters, Minister of Foreign Affairs": a written answer's)
    # ("Explanatory memorandum by Ms Verhoeven, rapporteur": a report's part by its author,
    # a surname after a title)
    r"\b(?:[Cc]hannel|[Aa]ccount|[Bb]log|[Cc]olumn|[Ss]peech|[Rr]emarks|[Pp]ost|[Ll]etter|"
    r"[Rr]eply|[Aa]nswer|[Mm]emorandum)\s+(?:of|by|from)\s+(?:(?:Rt\.?\s+)?Hon\.?\s+)?"
    rf"(?:(?:{lx.HONORIFICS})\.?\s+(?P<surname>[A-Z][\w’'-]+)(?=,|\s*$)|"
    r"(?P<name>[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})\b)",
    re.MULTILINE,
)

# a turn's label on a line of its own: a name, a dash and a role or a firm
_LABEL_LINE_RE: Final = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){1,2})\s[–—-]\s[A-Z][^\n.:;]{1,80}"
)
_AUTHOR_LINE_SIZE: Final = 120  # the longest line read as naming a part's author


class LabelledTurns:
    """The labelled turns of one text."""

    def __init__(
        self,
        masked: str,
        paras: list[Paragraph],
        mentions: Mentions,
        resolver: Resolver,
        headings: str,
        headed: str = "",
    ) -> None:
        self.masked = masked
        # (a letter's signature lines are read as headings and blanked in ``masked``)
        self.headed = headed or masked
        self.paras = paras
        self.mentions = mentions
        self.resolver = resolver
        self.headings = headings
        self._label_names: dict[str, str] | None = None

    def label_end(self, start: int, end: int) -> int | None:
        """Return where a turn's label in capitals that opens ``masked[start:end]`` ends
        ("KOVALCHUK: ", "Mr LATUSHKA – "), past a time code before it ("[00:01:33] HOST: "),
        or None when no such label opens it."""
        start = past_time_code(self.masked, start, end)
        if not self.masked[start : start + 1].isupper():
            return None  # (the plain test first: most sentences open with no label)
        label = turn_label(self.masked, start, end)
        if label is None or not label_capitals(self.masked, start, label.end()):
            return None
        return label.end()

    def opens(self, para: int) -> bool:
        """Return True when a transcript's label in capitals opens paragraph ``para``
        ("HANCHAR: …", "Mr LATUSHKA – …")."""
        p = self.paras[para]
        return not p.heading and self.label_end(p.start, p.end) is not None

    def speaker(self, para: int, as_labelled: bool = False) -> str | None:
        """Return the person whose words paragraph ``para`` gives: the label that opens it or
        the nearest paragraph before it ("The Minister for Europe (Stephen Caldwell): …"), else
        the byline ("By Rebecca Thorne"; with ``as_labelled`` also a writer's name alone
        below the title); None when there is neither. A label of its own that
        names no one the text names in full gives the name a fuller label gave ("IRYNA
        KOVALCHUK (ANCHOR):"), else none (with ``as_labelled``: the name as written)."""
        for at in range(para, -1, -1):
            p = self.paras[at]
            if p.heading and at == para - 1 and as_labelled:
                # ("Paolo Renzi – Chief Financial Officer" on the line above the turn's words)
                above = _LABEL_LINE_RE.fullmatch(self.headed, p.start, p.end)
                if above is not None:
                    return above.group("name")
            label = None if p.heading else turn_label(self.masked, p.start, p.end)
            named = (
                [
                    m
                    for m in self.mentions.within(label.start(), label.end(), speakers=True)
                    if m.kind == "person"
                ]
                # ("TOM REED (Harbor Capital):": the name in capitals, not the firm after it)
                if label is not None
                and not (
                    self.masked.find(" (", label.start(), label.end()) >= 0
                    and name_as_labelled(self.masked[label.start() : label.end()]) is not None
                )
                else []
            )
            if named:
                # ("The Minister for Europe (Stephen Caldwell):" names its holder in brackets;
                # "Anne Lise Berg, Chief Executive Officer:" its speaker before the role)
                held = [m for m in named if self.masked[m.start - 1 : m.start] == "("]
                return self.resolver.name(held[0] if held else named[0])
            if label is not None:
                # ("Mr LATUSHKA –": the person the text names in full with that surname)
                for word in label_capitals(self.masked, label.start(), label.end()):
                    person = self.resolver.by_surname(word)
                    if person is not None:
                        return person
                written = name_as_labelled(self.masked[label.start() : label.end()])
                if written is not None and at == para:
                    # ("KOVALCHUK:" after "IRYNA KOVALCHUK (ANCHOR):": the name a fuller label
                    # gave; a turn of its own is never the turn of the speaker before)
                    if self._label_names is None:
                        spans = [(q.start, q.end) for q in self.paras if not q.heading]
                        self._label_names = full_label_names(self.masked, spans)
                    full = self._label_names.get(written.rsplit(" ", 1)[-1])
                    return full or (written if as_labelled else None)
                if as_labelled and written is not None:
                    return written
        byline = _BYLINE_RE.search(self.headings) or _AUTHOR_HEADING_RE.search(self.headings)
        if byline is None and self.paras:
            # (a source note that opens the text: "[Post in the Telegram channel of …]")
            first = self.paras[0]
            byline = _AUTHOR_HEADING_RE.search(self.masked, first.start, first.end)
        if byline is None and as_labelled:
            # ("B. Explanatory memorandum by Ms Verhoeven, rapporteur (extract)": the part's
            # author, on a short line of its own above the words "I" told)
            for p in reversed(self.paras[:para]):
                if p.end - p.start <= _AUTHOR_LINE_SIZE:
                    byline = _AUTHOR_HEADING_RE.search(self.masked, p.start, p.end)
                    if byline is not None:
                        break
        if byline is None and as_labelled:
            # (the words "I" told: a first-person piece's writer, named alone below its title)
            # (or a member of a parliament, by the newsletter's masthead: "FIONA CARRICK MP")
            return (
                signed_name(self.headed) or writer_line(self.headings) or member_line(self.headings)
            )
        if byline is None:
            return None
        surname = byline.group("surname") if byline.re is _AUTHOR_HEADING_RE else None
        if surname is None:
            return byline.group("name")
        # (the author's full name, where the title lines give it: "Rapporteur: Ms Annika
        # Verhoeven")
        author = self.mentions.heading_persons().get(surname.lower())
        return author.name if author is not None and author.tokens > 1 else surname

    def cut_speaker(self, para: int, open_: int) -> str | None:
        """Return whose voice a broadcast script's cut label gives the recording that the quotation
        at ``open_`` in paragraph ``para`` stands in: the label opening its paragraph ("CLIP (LUKASHENKO, STATE TELEVISION): …")
        or a label line just before it ("[CLIP: TSIKHANOUSKAYA, VILNIUS]"); the person the
        text names in full with that surname, else the name as the label spells it; None
        when there is no such label."""
        p = self.paras[para]
        name = cut_label_name(self.masked, p.start, open_)
        if name is None and open_ == p.start and para > 0:
            before = self.paras[para - 1]
            if is_line_label(self.masked, before.start, before.end):
                name = cut_label_name(self.masked, before.start, before.end)
        if name is None:
            return None
        words = name.split()
        full = self.resolver.by_surname(words[-1])
        if full is not None and (len(words) == 1 or full.split()[0].upper() == words[0]):
            return full
        return " ".join(word.title() for word in words)

    def thread_author(self, para: int, open_: int) -> str | None:
        """Return who wrote the numbered post that the quotation at ``open_`` opens ("Post 2: "…""): the person
        the paragraph before the thread's posts opens with, when that paragraph speaks of a
        thread or posts ("Pavel Latushka … We reproduce the thread he posted"); None
        otherwise."""
        at = para
        if not is_post_label(self.masked, self.paras[at].start, open_ + 1):
            return None
        while at > 0 and is_post_label(self.masked, self.paras[at].start, self.paras[at].end):
            at -= 1
        intro = self.paras[at]
        if intro.heading or not tells_of_thread(self.masked, intro.start, intro.end):
            return None
        for m in self.mentions.within(intro.start, intro.end, speakers=True):
            if m.kind == "person" and not m.possessive:
                return self.resolver.name(m)
        return None
