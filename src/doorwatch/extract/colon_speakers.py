"""Who speaks the words after a colon when no verb of speech stands before them: the
sentence's subject ('X thanked her supporters: "…"'), the owner of a piece ("Coale's words
were blunt:", "Belavia's own line, posted …:"), a body whose document the sentence opens with
("From the Treasury press release:"), a surname then where it spoke ("Latushka on Belsat:"),
the one the writer heard or saw speak ("I heard him on the radio in November:")."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.caller_names import caller_cue_end
from doorwatch.extract.mentions import Mention, Mentions, lone_name
from doorwatch.extract.office_holders import apposed_holder
from doorwatch.extract.person_pronouns import OBJECT_SUBJECT, POSSESSIVE_SUBJECT
from doorwatch.extract.sentences import SENTENCE_OPEN_RE, SentenceIndex

# ("Later, …", "So Coale …": a lead-in before the sentence's subject)
# ("This month, after the 123 were freed, she …": a time, then a clause that dates it)
OPENING_RE: Final = re.compile(
    r"\s*(?:(?:So|And|But|Then|Well)\s+)?(?:[A-Z]\w*(?:\s+\w+){0,2},\s*"
    r"(?:(?:after|before|when|once|as|since|until)\s+[^,.;:!?\"“”\n]{1,50},\s*)?)?"
)
# the role between a body and the person who holds it ("State Department spokesman Matthew
# Miller"; not "the EU and Kaja Kallas": two who speak)
_ROLE_BETWEEN_RE: Final = re.compile(r"\s+(?:(?!(?:and|or|with|for|of|to)\b)[a-z]+\s+){1,3}")
# ("Tsikhanouskaya's New Year message, …:", "Belavia's own line, posted …:": a colon after
# the piece, whatever words tell which one)
_OWNED_PIECE_RE: Final = re.compile(rf"(?:[’']s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:{lx.SPEECH_NOUNS})\b")
# 'Latushka on Belsat: "…"', 'Lukashenko at a meeting an hour ago: "…"': a name alone, then
# where or when it spoke, then the colon (no verb: a chat's or a digest's shorthand)
_PLACED_COLON_RE: Final = re.compile(
    r"\s+(?:at|on|in|during|to|after|before)\s+[^.;:!?\"“”\n]{1,60}:\s*"
)
# a surname followed by the year of the work cited ("Kaarlsen (2019: 88)", "Ferreira (2023)")
_CITED_YEAR_RE: Final = re.compile(
    r"\s*\((?:19|20)\d\d[a-z]?(?:\s*[:,]\s*(?:p\.\s*)?\d+(?:[-–]\d+)?)?\)"
)
# 'From Iryna in Lida, …:', 'From a mother in our chat, Liudmila, …:': a digest's line that
# gives whom the words below come from (a person, not a document)
# ("Quote of the month, from the U.S. Embassy in Vilnius, in its post …:")
# ("A text from Olena in Valmiera:", "Another message, from Tadas:", "An email from a listener
# in Chitose, signed Mika:": what a listener sent in, and who sent it)
_FROM_READER_RE: Final = re.compile(
    r"(?:(?:^|(?<=[\s.:]))From|(?:(?<=day,\s)|(?<=week,\s)|(?<=month,\s)|(?<=year,\s))from|"
    r"\b(?:(?:A|An|One|Another|The)\s+(?:(?:final|last|first|second|third|short|further)\s+)?"
    rf"|(?:^|(?<=[\s.:]))(?:[Aa]nother|[Oo]ne\s+more)\s+)?(?i:{lx.SENT_PIECES}),?\s+from)"
    r"\s+(?:the\s+)?"
    r"(?:(?:a|an|one)\s+[^,:;.\"“”]{1,60},\s+(?:signed\s+(?:only\s+)?)?)?$"
)
# 'From the Treasury press release: "…"': the words of the body whose document the
# sentence opens with (the body is the object of "From", so no other rule takes it)
_FROM_DOCUMENT_RE: Final = re.compile(r"\s*From\s+(?:(?:the|an?)\s+)?$")
_DOCUMENT_COLON_RE: Final = re.compile(
    rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{lx.DOCUMENT_NOUNS}|{lx.SPEECH_NOUNS}|readout)\s*:\s*"
)
# 'The opening question came from Lena Ortiz of Global Wire: "…"': the one a question or a
# reply came from, then at most where they work, then the colon
# ("The next question came from X:", "The official line came from spokesman X:", "The line
# the sources use is this one, from spokeswoman X:": the one the words come from, by their role)
_CAME_FROM_RE: Final = re.compile(
    r"(?:\b(?:question|questions|query|follow-up|reply|answer|response|line|statement|words|"
    r"comment|remark|message|framing|wording)\s+(?:\w+\s+)?came\s+from|"
    r"\b(?:is|was)\s+this(?:\s+one)?\s*,\s+from)\s+(?:(?:the\s+)?[a-z]+\s+)?$"
)
_CAME_FROM_AFTER_RE: Final = re.compile(r"(?:,?\s+(?:of|at|from)\s+[^.;:!?\"“”\n]{1,50})?:\s*")
# a sentence that opens with someone's remark or speech ("Coale's remark to reporters is quoted
# widely:", "His speech also had a quotable line:")
_SPEECH_OWNED_RE: Final = re.compile(
    r"^\s*(?:(?:[A-Z][a-z]+,?\s+)?(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+[’']s|(?P<pronoun>[Hh]is|[Hh]er))\s+"
    r"(?:own\s+|latest\s+|first\s+|last\s+)?"
    r"(?:remarks?|reply|answer|comments?|reaction|speech|response|verdict)\b"
)
# 'His answer was blunt: "…"': the words of the one the pronoun refers to
# "his words:", "her own words:" ending the sentence before the quotation
_OWN_WORDS_END_RE: Final = re.compile(
    r"\b(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+)?(?:words|remarks|comments)\s*:\s*$"
)
_PRONOUN_SPEECH_RE: Final = re.compile(
    rf"\b(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?(?:{lx.SPEECH_NOUNS})\b"
)
# 'I heard him on the radio in November: "…"', 'We watched Tsikhanouskaya on television:
# "…"': the one heard or seen is the one who spoke
_HEARD_RE: Final = re.compile(
    r"\b(?:heard|hear|saw|see|watched|watch|caught)(?:\s+(?P<object>him|her))?(?=\s|$)"
)
# (the verbs' stems: most sentences hold none of them, and then the pattern is not run)
_HEARD_WORDS: Final = ("hear", "saw", "see", "watch", "caught")
_HEARD_OVER_RE: Final = re.compile(r"\s+(?:on|at|in|during|speaking|say)\b[^.;:!?\"“”\n]{0,80}:\s*")


def _surname(mention: Mention, mentions: Mentions) -> bool:
    # a name alone is a person's when its ending is a surname's or the text names someone in
    # full by it (not "Reminder", "Update": words a line opens with)
    key = mention.key
    return (
        key.endswith(lx.SURNAME_ENDINGS)
        or any(m.kind == "person" and m.key.split()[-1] == key for m in mentions.items)
        # ("Natallia on the letters she works with:" under "WITH / Natallia Kavalchuk, …")
        or mentions.titled_given(key)
    )


def body_role_holder(masked: str, body: Mention, following: Mention | None) -> bool:
    """Return True when ``following`` is a person named right after ``body`` and a role of
    it ("State Department spokesman Matthew Miller", "Commission chair Barbara Zielińska"):
    the person speaks, not the body."""
    return (
        body.kind == "org"
        and following is not None
        and following.kind == "person"
        and _ROLE_BETWEEN_RE.fullmatch(masked, body.end, following.start) is not None
    )


# a sentence that only names the line quoted ("The cleanest line:", "The key quote:")
# ("… something Tsikhanouskaya said in Warsaw. Quote: …": a reader's word for what follows)
_LINE_FRAME_RE: Final = re.compile(
    r"\s*(?:(?:The|That|This|One)\s+(?:[a-z]+\s+){0,2}(?:line|lines|quote|sentence|remark|part)|"
    r"(?:I\s+)?[Qq]uote)\s*:\s*$"
)
# the verb right after the one who spoke ("… spoke to reporters", "… told the Courier")
_SPOKE_RE: Final = re.compile(
    r"\s+(?:(?:also|then|later|briefly)\s+)?(?:spoke|speaks|talked|said|says|told|tells|addressed|"
    r"replied|answered|commented|reacted|wrote|writes|posted)\b"
)


def _spoke_before(
    masked: str, index: SentenceIndex, mentions: Mentions, s_start: int
) -> Mention | None:
    """Return the person the sentence just before ``s_start``, on its line, opens with, when a
    verb of speech follows them in it ("Sviatlana Tsikhanouskaya spoke to reporters that
    evening."), or None."""
    si = index.index(s_start)
    if si < 1:
        return None
    start, end = index.spans[si - 1]
    if masked.find("\n", start, s_start) >= 0:
        return None
    people = [m for m in mentions.within(start, end) if m.kind == "person"]
    if not people or people[0].possessive or mentions.prep(people[0]):
        return None
    return people[0] if _SPOKE_RE.match(masked, people[0].end, s_start) is not None else None


def _ends_own_line(lead: str) -> bool:
    # the colon ends the line the name stands in, with no quotation between: not a colon of
    # a later line ("An email from Tomasz: "…"" above "A voicemail from Gintaras:")
    return lead.endswith(":") and "\n" not in lead and not any(mark in lead for mark in '"“”')


def colon_speaker(
    masked: str, index: SentenceIndex, mentions: Mentions, s_start: int, open_: int
) -> Mention | None:
    """Return who speaks the quotation opened at ``open_`` when the sentence from ``s_start``
    ends in a colon and holds no verb of speech; None when it names no one."""
    found = mentions.within(s_start, open_, speakers=True)
    window = masked[s_start:open_]
    heard = (
        _HEARD_RE.search(masked, s_start, open_)
        if any(word in window for word in _HEARD_WORDS)
        else None
    )
    if heard is not None:
        if heard.group("object"):
            if _HEARD_OVER_RE.fullmatch(masked, heard.end(), open_):
                key = OBJECT_SUBJECT[heard.group("object")]
                return Mention(heard.start("object"), heard.end("object"), "pronoun", key)
        else:
            seen = next((m for m in found if m.start > heard.end()), None)
            if (
                seen is not None
                and (seen.kind in ("person", "org") or lone_name(seen))
                and not masked[heard.end() : seen.start].strip()
                and _HEARD_OVER_RE.fullmatch(masked, seen.end, open_)
            ):
                return seen
    if _LINE_FRAME_RE.match(window):  # (its words hold no name: "Quote" may read as one)
        # ("X spoke to reporters that evening. The cleanest line: …": the one who spoke)
        return _spoke_before(masked, index, mentions, s_start)
    owned = _SPEECH_OWNED_RE.search(window)
    if owned is not None and not any(
        m.kind == "person" and m.start > s_start + owned.end() for m in found
    ):
        # ("Coale's remark to reporters is quoted widely:", "His speech also had a line the site
        # reproduces:": the words of the one whose remark or speech the sentence opens with)
        pronoun = owned.group("pronoun")
        if pronoun is not None:
            at = s_start + owned.start("pronoun")
            return Mention(at, at + len(pronoun), "pronoun", POSSESSIVE_SUBJECT[pronoun.lower()])
        owner = next((m for m in found if m.possessive and m.end <= s_start + owned.end()), None)
        if owner is not None and owner.kind in ("person", "org", "bare"):
            return owner
    own_words = _OWN_WORDS_END_RE.search(window)
    if own_words is not None:
        # ('The state news agency carried his words: "…"': whose words they are, right before
        # the colon, not the sentence's subject)
        key = POSSESSIVE_SUBJECT[own_words.group("pronoun").lower()]
        at = s_start + own_words.start("pronoun")
        return Mention(at, at + len(own_words.group("pronoun")), "pronoun", key)
    for m in found if " from " in window else ():
        if (
            m.kind in ("person", "org")
            and _CAME_FROM_RE.search(masked, max(s_start, m.start - 40), m.start)
            and _CAME_FROM_AFTER_RE.fullmatch(masked, m.end, open_)
        ):
            return m  # (before the sentence's subject: "The official line came from X:")
    for at, m in enumerate(found):
        if caller_cue_end(masked, m, open_) is not None and _ends_own_line(
            masked[m.end : open_].rstrip()
        ):
            return m  # ('Nadia, Cleveland Heights, whose brother is still inside: "…"')
        if (
            (m.kind in ("person", "org") or lone_name(m))
            and not m.possessive
            and _FROM_READER_RE.search(masked, max(s_start, m.start - 80), m.start)
            and _ends_own_line(masked[m.end : open_].rstrip())
        ):
            # ('From Iryna in Lida, whose sister was freed yesterday: "…"', 'From a mother in
            # our chat, Liudmila, whose son …:': the one the words come from)
            return m
        if (
            m.kind in ("person", "org")
            and _FROM_DOCUMENT_RE.fullmatch(masked, s_start, m.start)
            and _DOCUMENT_COLON_RE.fullmatch(masked, m.end, open_)
        ):
            return m
        if m.kind in ("person", "org") and not m.possessive and not mentions.prep(m):
            following = found[at + 1] if at + 1 < len(found) else None
            if body_role_holder(masked, m, following):
                # 'State Department spokesman Matthew Miller, in a statement: "…"': the
                # person whose role the body names
                return following
            holder = apposed_holder(masked, m, following)
            if holder is not None:
                return holder  # ('Our Chief Commercial Officer, Henrik Aasland, put …:')
            return m  # 'X thanked her supporters: "…"': a colon hands the sentence to its subject
        if m.kind in ("role", "pronoun") and OPENING_RE.fullmatch(masked, s_start, m.start):
            return m  # 'The chair then addressed Minsk directly: "…"'
        if m.kind in ("role", "pronoun"):
            continue
        if lone_name(m) and not m.possessive and _CITED_YEAR_RE.match(masked, m.end):
            return m  # 'Kaarlsen (2019: 88) puts the point sharply: "…"': a cited author
        if (
            lone_name(m)
            and not m.possessive
            and _PLACED_COLON_RE.fullmatch(masked, m.end, open_)
            and SENTENCE_OPEN_RE.search(masked, max(0, m.start - 40), m.start)
            and _surname(m, mentions)
        ):
            return m
        if (
            (m.kind in ("person", "org") or lone_name(m))
            and m.possessive
            and _OWNED_PIECE_RE.match(masked, m.end)
        ):
            return m  # "Coale's words were blunt: …" (a surname alone is bare)
    own = _PRONOUN_SPEECH_RE.search(masked, s_start, open_)
    if own is None:
        return None
    key = POSSESSIVE_SUBJECT[own.group("pronoun").lower()]
    return Mention(own.start("pronoun"), own.end("pronoun"), "pronoun", key)
