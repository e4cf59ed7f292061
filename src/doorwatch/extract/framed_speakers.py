"""Speakers a quotation's frame gives before its sentence is read: the one a caption puts on
screen or whose letter a reply answers, a claim's field, a post's header, an annotation's or a
catalogue entry's writer, a script's cut label or a thread's author, the one whose statement
the words are, a letter's sender, the one who answered before ('," came the reply'), and the
owner of a phrase told after the words ('", in Viasna's phrase').

Few texts use any of these frames, and each is tried only where its plain test passes;
``speakers.Attributor`` asks them first and reads the sentence around a quotation only when
none applies.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from doorwatch.extract.annotation_lines import noted_by
from doorwatch.extract.catalogue_entries import catalogue_writer
from doorwatch.extract.claim_fields import claim_speaker
from doorwatch.extract.credit_lines import phrase_owner, words_owner
from doorwatch.extract.labelled_turns import LabelledTurns
from doorwatch.extract.letter_lines import letter_sender
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.name_captions import NameCaptions
from doorwatch.extract.post_headers import post_author
from doorwatch.extract.quotes import QuoteSpan
from doorwatch.extract.reply_addressees import ReplyAddressees
from doorwatch.extract.resolve import Resolver
from doorwatch.extract.script_labels import may_open_label
from doorwatch.extract.sentences import Paragraph, SentenceIndex

_CAME_REPLY_RE: Final = re.compile(
    r"\s*came\s+the\s+(?:[a-z]+\s+)?(?:reply|answer|response|retort)\b"
)


class Framed(NamedTuple):
    """What a quotation's frame tells: ``hit`` when a frame applies, ``speaker`` then its
    speaker (None where the frame tells no one), ``claimed`` when a claim's field frames the
    quotation, whether or not it names anyone."""

    hit: bool
    speaker: str | None
    claimed: bool


class FramedSpeakers:
    """The frames of one text's quotations (see the module's docstring)."""

    def __init__(
        self,
        masked: str,
        headed: str,
        paras: list[Paragraph],
        index: SentenceIndex,
        mentions: Mentions,
        resolver: Resolver,
        turns: LabelledTurns,
    ) -> None:
        self.masked = masked
        self.headed = headed
        self.paras = paras
        self.index = index
        self.mentions = mentions
        self.resolver = resolver
        self.turns = turns
        self.captions = NameCaptions(headed, resolver)
        self.addressees = ReplyAddressees(masked, index, resolver, headed)
        # (a post's header holds its handle or "Forwarded from", and so does a handle before
        # its colon: a text with neither, as most are, credits no quotation to a post)
        self.posts = "@" in headed or "Forwarded" in headed

    def speaker(self, quotes: list[QuoteSpan], i: int, out: list[str | None]) -> Framed:
        """Return what the frame of ``quotes[i]`` tells of its speaker, given the speakers
        ``out`` found for the quotations before it."""
        quote = quotes[i]
        # ('LOWER THIRD: KASIA WRÓBEL | analyst' above 'SOT: "…"': the one on screen; 'Dear Mr
        # Shypila, … You write: "…"': the one the reply answers)
        placed = self.captions.speaker(quote.open) or self.addressees.speaker(quote.open)
        if placed is not None:
            return Framed(True, placed, False)
        # ('CLAIM: "…"' over 'WHO SAID IT: X, …': the one the field names, never the label)
        claimed, claimant = claim_speaker(self.headed, quote.open)
        if claimant is not None:
            return Framed(True, claimant, claimed)
        # ('↪ Katsiaryna M. @katya_mg · 28 Dec 2024' above '"…"': the post's author)
        posted = (
            (post_author(self.headed, quote.open) if self.posts else None)
            or noted_by(self.headed, quote.open)
            or catalogue_writer(self.headed, quote.open)
        )
        if posted is not None:
            return Framed(True, posted, claimed)
        # 'SOT, JOE BIDEN, WHITE HOUSE STATEMENT: "…"': the voice the script's label gives the
        # recording
        opens = self.paras[quote.para].start
        cut = (
            self.turns.cut_speaker(quote.para, quote.open)
            or self.turns.thread_author(quote.para, quote.open)
            if may_open_label(self.masked[opens : opens + 2])
            else None
        )
        if cut is not None:
            return Framed(True, cut, claimed)
        # ("connected to President Lukashenko's statement of 3 July that '…,' Ms Costa said":
        # the words are his, whoever speaks of them)
        owned_by = words_owner(self.masked, self.mentions, quote.open)
        owner = self.resolver.name(owned_by) if owned_by is not None else None
        if owner is not None:
            return Framed(True, owner, claimed)
        # ('Yahor's letter came today. "…"': the words of the piece's sender)
        sender = letter_sender(self.masked, self.index, self.mentions, self.resolver, quote)
        if sender is not None:
            return Framed(True, sender, claimed)
        # (what follows the words, spaces aside, must open with "came": a plain test first,
        # and the pattern itself past a run of spaces longer than the stretch looked at)
        follows = self.masked[quote.close + 1 : quote.close + 41].lstrip()
        if (
            i > 0
            and (not follows or follows.startswith("came"))
            and _CAME_REPLY_RE.match(self.masked, quote.close + 1) is not None
        ):
            # ('"…," came the reply': the one who answered before answers again; after a
            # question quoted last, the answer is not the asker's, and its speaker untold)
            asked = self.masked[quotes[i - 1].close - 1 : quotes[i - 1].close] == "?"
            return Framed(True, None if asked else out[i - 1], claimed)
        phrased = None if quote.unclosed else phrase_owner(self.masked, self.mentions, quote.close)
        if phrased is not None:
            # ('"…", in Viasna's phrase': whose words they are, told after them)
            return Framed(True, self.resolver.name(phrased), claimed)
        return Framed(False, None, claimed)
