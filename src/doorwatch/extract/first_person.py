"""The writer's own voice: words a text says "I" spoke ('"…," I told them', 'I said, "…"',
'As I told partners last month, "…"') and who "I" is when no label or "By" line says so: a
first-person piece's writer, printed alone on a line below its title ("Yuras Lapitski" under
a post's title), as blogs, columns, diaries and memoirs print it, or a letter's signatory,
named below its closing ("Sincerely," / "Dana K. Halvorsen").
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.mentions import find_mentions
from doorwatch.extract.quotes import QuoteSpan
from doorwatch.extract.sentences import Paragraph

_VERB_REACH: Final = 200  # how far before a quotation the writer's speech verb may stand
# what may stand between "I" and its speech verb ("I have said", "I will say")
# (with the adverbs of habit: "I always say to the team: …")
I_AUX: Final = r"(?:have|had|also|then|once|will|would|can|must|should|always|often|never|\w+ly)"
_I_AFTER_RE: Final = re.compile(
    rf"[,\s]*I\s+(?:(?:have|had|also|then|once)\s+)?{lx.SPEECH_VERB_RE.pattern}"
)
_I_BEFORE_RE: Final = re.compile(
    # ("What I will say is that '…'": the speaker's own words, announced)
    rf"\bI\s+(?:{I_AUX}\s+)?{lx.SPEECH_VERB_RE.pattern}"
    # (or a dash before the words: "I told my team then – and it is on the memo – …")
    r"[^.;\"“”]{0,60}(?:[,:–—]|\bthat)\s*$"
)
# ('Sikorski told me when I asked him: "…"': someone else's answer to the writer)
_TOLD_ME_RE: Final = re.compile(r"\b(?:told|tells|said\s+to|wrote\s+to|answered)\s+(?:me|us)\b")
# a letter's closing, on a line of its own ("Yours sincerely,", "With kind regards,")
_CLOSING_RE: Final = re.compile(
    r"^(?:Yours\s+(?:sincerely|faithfully|truly)|(?:Very\s+)?(?:Sincerely|Respectfully|Cordially)"
    r"(?:\s+yours)?|(?:With\s+)?(?:[Kk]ind|[Bb]est|[Ww]arm)(?:est)?\s+regards|Regards)\s*,?[ \t]*$",
    re.M,
)
_BEHALF_RE: Final = re.compile(
    r"(?:[Oo]n\s+behalf\s+of|[Ff]or\s+(?:and\s+on\s+behalf\s+of|the)\b|\[)"
)
_SIGNATURE_REACH: Final = 1500  # how far from a letter's end its closing may stand
_SIGNATURE_LINES: Final = 4  # how many lines below the closing the signatory's name may stand
_MASTHEAD_LINES: Final = 4  # how many heading lines a member's masthead may stand in
# a heading line that is only a name: a piece's writer, below the title
_NAME_LINE_RE: Final = re.compile(r"[A-Z][a-zà-žа-я’'-]+(?: [A-Z][a-zà-žа-я’'-]+){1,2}")


def said_by_writer(masked: str, para: Paragraph, quote: QuoteSpan) -> bool:
    """Return True when "I" attributes ``quote`` (in paragraph ``para``): '"…," I told them',
    'As I told partners last month, "…"'; False when someone else told the writer."""
    start = max(para.start, quote.open - _VERB_REACH)
    # (plain tests first: most quotations have no "I" near them, and then nothing else need
    # be read)
    i_after = not quote.unclosed and masked.find("I ", quote.close + 1, quote.close + 6) >= 0
    i_start = start
    if quote.open == para.start:
        # ('For the record, this is what I said:' closing the paragraph above the words)
        i_start = max(
            0, masked.rfind("\n", 0, max(0, para.start - 2)) + 1, quote.open - _VERB_REACH
        )
    i_before = masked.find("I ", i_start, quote.open) >= 0
    if not i_after and not i_before:
        return False
    # ('One of my students wrote to me: "…" I promised her …': hers, whoever answers)
    lead = max(start, *(masked.rfind(stop, start, quote.open) for stop in ".!?"))
    if _TOLD_ME_RE.search(masked, lead, quote.open) is not None:
        return False
    if i_after and _I_AFTER_RE.match(masked, quote.close + 1) is not None:
        return True
    if not i_before:
        return False
    said = _I_BEFORE_RE.search(masked, i_start, quote.open)
    return said is not None and _TOLD_ME_RE.search(masked, i_start, said.start()) is None


def signed_name(text: str) -> str | None:
    """Return the person who signs a letter: the name on the first line below its closing
    ("Yours sincerely," then "Katarzyna Wielgosz"), past a line of whose behalf they sign;
    None when the text ends with no closing or no one's name below it."""
    closings = list(_CLOSING_RE.finditer(text, max(0, len(text) - _SIGNATURE_REACH)))
    if not closings:
        return None
    closing = closings[-1]
    for line in text[closing.end() :].split("\n")[:_SIGNATURE_LINES]:
        line = line.strip()
        if not line or _BEHALF_RE.match(line):
            continue
        found = find_mentions(line).items
        if len(found) == 1 and found[0].kind == "person" and found[0].end == len(line):
            return line[found[0].start :]
        return None
    return None


def writer_line(headings: str) -> str | None:
    """Return the name a heading line after the first gives alone (a post's or a column's
    writer, "Yuras Lapitski" below the title), when the line reads as one person's name;
    else None."""
    for line in headings.split("\n")[1:]:
        line = line.strip()
        if _NAME_LINE_RE.fullmatch(line) is None:
            continue
        found = find_mentions(line).items
        if len(found) == 1 and found[0].kind == "person" and found[0].start == 0:
            return line
    return None


# A member's masthead or sign-off: "FIONA CARRICK MP", "Declan Moriarty MEP  |  Ireland
# South", "News from Congressman Grant Hollister", "KATARZYNA WRÓBEL, MEMBER OF THE EUROPEAN
# PARLIAMENT", "Kenji Morimoto, Member of the House of Councillors"
_NAME_WORD: Final = r"[A-ZÀ-Ž][\w’'-]+"
_MEMBER_LINE_RE: Final = re.compile(
    r"(?:^|\|\s*|\bfrom\s+)(?:(?P<title>Congress(?:wo)?man|Senator|Representative)\s+)?"
    rf"(?P<name>{_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})"
    rf"(?:,?\s+(?:{lx.alternation(lx.words('names', 'post_nominals'))})\b"
    r"|,\s+(?i:member\s+of)\s|(?(title)\s*(?:$|\|)|(?!)))"
)


def member_line(headings: str) -> str | None:
    """Return the member of a parliament whose newsletter this is, as the masthead in
    ``headings`` names them ("FIONA CARRICK MP" gives "Fiona Carrick"), when it names one;
    else None."""
    for line in headings.split("\n")[:_MASTHEAD_LINES]:
        found = _MEMBER_LINE_RE.search(line.strip())
        if found is not None:
            name = found.group("name")
            return name.title() if name.isupper() else name
    return None
