"""Whose words a quotation gives when it stands alone after a sentence that tells of a letter
and its sender: "Yahor's letter of 20 December came today. "…"", "A letter from Ilya, dated 2
December. "…"", "X, a friend from university, sent me a postcard in June. It said: "…"",
"He writes every week. In his last letter: "…"", and the one the writer asked just before
("I asked him what he did first. "…""). A paragraph that tells of a piece from one it
describes, not names ("A reply arrived in December from a man held in the colony at
Navapolatsk."), gives whose words the next paragraph opens with ('"…," he wrote'):
``described_sender``. The quotation's own sentence says nothing
but that it is the piece ("It said:", "It was short:", "The line was:"), so the sender is
the one speaking.

The pieces are ``sent_pieces`` in ``data/extract/speech.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.clause_subjects import opening_subject
from doorwatch.extract.mentions import Mention, Mentions
from doorwatch.extract.person_pronouns import OBJECT_SUBJECT, POSSESSIVE_SUBJECT, PRONOUN_GENDER
from doorwatch.extract.quotes import QuoteSpan
from doorwatch.extract.resolve import Resolver
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.word_gates import any_in, needles

_SENTENCES_BACK: Final = 2  # how many sentences before the quotation may tell of its piece
_SENTENCE_ENDS: Final = (".", "!", "?", "…")
_PIECES: Final = lx.SENT_PIECES
# the quotation's own sentence before it: nothing, or only the piece itself
_FRAME_RE: Final = re.compile(
    r"\s*(?:(?:It|(?:The|That|This)\s+(?:line|text|" + _PIECES + r"))\s+"
    # ("It reads, in part:": a part of the piece)
    r"(?:said|says|read|reads|went|ran|was(?:\s+(?:short|brief|this|simple))?)"
    r"(?:\s*,\s*in\s+part\s*,?)?\s*:?|"
    # ("It is the centre of the record, and teams will lean on it:": what the piece is to the
    # writer, then its words)
    r"It\s+(?:is|was)\s+[^.;:\"“”]{3,100}\bit\s*:|"
    # ("In his last letter:": the piece of one named before)
    # ("Her label reads:": the words of the one whose piece it is)
    # ("She asked that we quote one line from his last letter:": the words drawn from it)
    r"(?:In\s+|[^.;:\"“”]{0,80}?\b(?:from|of|in)\s+)?"
    r"(?P<owner>[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:last|latest|first|next)\s+)?"
    r"(?:" + _PIECES + r")(?:\s+(?:said|says|read|reads|ran|runs))?\s*:|"
    # ("With her permission we publish a small part of it:": an excerpt of the piece)
    # ("we print a few lines of it here:": lines of it)
    r"[^.;:\"“”]{0,40}?\b(?:publish|quote|share|print|give)\s+"
    r"(?:a\s+(?:small\s+|short\s+|few\s+)?|an\s+|one\s+)?"
    r"(?:part|excerpt|fragment|extract|passage|lines?|sentences?)\s+(?:of|from)\s+it"
    r"(?:\s+here)?\s*:)?\s*$"
)
# a piece told with its sender: "Yahor's letter", "a letter from Ilya", "wrote to me",
# "sent me a postcard"
_OWNED_PIECE_RE: Final = re.compile(
    r"(?:[’']s)?\s+(?:(?:last|latest|first|short|new)\s+)?(?:" + _PIECES + r")\b"
)
# ("a letter from her husband Andrei": the sender by kin, then by name)
# ("a statement by the author's mother, Valiantsina Levanovich": by kin, then the name set off)
_PIECE_FROM_RE: Final = re.compile(
    r"\b(?:" + _PIECES + r")\s+(?:from|by)\s+(?:(?:his|her|their|my|our)\s+(?:[a-z]+\s+){1,2}|"
    r"the\s+[a-z]+[’']s\s+[a-z]+,\s+)?$"
)
# the verbs that tell a piece sent (looked for as plain text first: most sentences have none)
_SENT_VERBS: Final = ("wrote", "writes", "sent", "sends", "smuggled")
_SENT_RE: Final = re.compile(
    # ("He writes that a man in his unit was punished. "…"": what he wrote goes on)
    r"\b(?:wrote|writes)\s+(?:that|about)\b|"
    r"\b(?:" + "|".join(_SENT_VERBS) + r")\s+(?:(?:to\s+)?(?:me|us|her|him|them)\b|"
    # ("sent the committee a short note": to whom, then the piece)
    r"(?:the\s+)?[a-z]+\s+(?=(?:a|an)\s+(?:(?:short|long|brief)\s+)?(?:" + _PIECES + r")\b)|"
    r"(?:a|an|one|his|her)\s+(?:(?:short|long|brief)\s+)?(?:" + _PIECES + r")\b)"
)

# What a sentence before must hold to tell of a piece and its sender: a piece's name or a verb
# that sends one
_TELLS: Final = needles((*lx.words("speech", "sent_pieces"), *_SENT_VERBS))

# what a sentence that describes a piece's sender holds ("a reply from …", "sent", "wrote")
_SENDER_WORDS: Final = ("from", "sent", "wrote")

# the writer's question just before an answer quoted alone
_ASKED_RE: Final = re.compile(r"\bI\s+(?:then\s+|once\s+|had\s+)?asked\s+(?P<who>him|her)\b")


def letter_sender(
    masked: str,
    index: SentenceIndex,
    mentions: Mentions,
    resolver: Resolver,
    quote: QuoteSpan,
) -> str | None:
    """Return who sent the letter, postcard or note whose words ``quote`` gives alone after the
    sentence that tells of it, or whom the writer asked just before it; None when the
    quotation's sentence says more than that it is the piece, its attribution follows it, or
    no sentence just before names the piece's sender."""
    if quote.unclosed or masked[quote.close - 1 : quote.close] not in _SENTENCE_ENDS:
        return None  # ('"…," he said': words whose attribution follows them)
    si = index.index(quote.open)
    start = index.spans[si][0]
    # (every frame but "It …" and "The/That/This …" ends on a colon, or is blank: plain
    # tests first, as most sentences before a quotation are none of these)
    lead = masked[start : quote.open].strip()
    frame = (
        _FRAME_RE.fullmatch(masked, start, quote.open)
        if not lead or lead.endswith(":") or lead.startswith(("It", "Th"))
        else None
    )
    if frame is None:
        return None
    if frame.group("owner") is not None:
        # ("He writes every week. In his last letter: …": the one the pronoun stands for)
        pronoun = POSSESSIVE_SUBJECT[frame.group("owner").lower()]
        if pronoun not in PRONOUN_GENDER:
            return None  # ("their last letter": no one person)
        return resolver.person_pronoun(pronoun, frame.start("owner"))
    if (
        si > 0
        and not masked[start : quote.open].strip()
        and masked.find("asked", *index.spans[si - 1]) >= 0
    ):
        # ('I asked him what he did first. "…"': the answer of the one asked)
        asked = _ASKED_RE.search(masked, *index.spans[si - 1])
        if asked is not None:
            return resolver.person_pronoun(OBJECT_SUBJECT[asked["who"]], asked.start("who"))
    first = max(0, si - _SENTENCES_BACK)
    if si == 0 or not any_in(masked, index.spans[first][0], quote.open, _TELLS):
        # (most quotations: no sentence before tells of a piece, so none names its sender)
        return None
    for back in range(si - 1, max(-1, si - _SENTENCES_BACK - 1), -1):
        s_start, s_end = index.spans[back]
        if (
            any(mark in masked[s_start:s_end] for mark in _QUOTE_MARKS)
            and lx.SPEECH_VERB_RE.search(masked, s_start, s_end) is not None
        ):
            # ('"…," McAllister said.' between: words with a speaker of their own, whom the
            # words after go on from, not the writer of a piece told before them; a scare
            # quote with no verb of speech, 'a "foreign agent"', is no such words)
            return None
        found = mentions.within(s_start, s_end, speakers=True)
        for m in found:
            if m.kind in ("person", "bare", "pronoun") and (
                (m.possessive and _OWNED_PIECE_RE.match(masked, m.end) is not None)
                or _PIECE_FROM_RE.search(masked, max(s_start, m.start - 60), m.start) is not None
            ):
                return _person(resolver, m)
        sent = (
            _SENT_RE.search(masked, s_start, s_end)
            if any_in(masked, s_start, s_end, _SENT_VERBS)
            else None
        )
        if sent is not None:
            # (the sender is the nearest person before the verb: "X, a friend who sews gloves
            # in the colony in Horki, sent me a postcard")
            before = [
                m
                for m in found
                if m.end <= sent.start()
                and (m.kind == "person" or (m.kind == "pronoun" and m.key in PRONOUN_GENDER))
            ]
            return _person(resolver, before[-1]) if before else None
        subject = opening_subject(masked, mentions, lambda a, b: None, (s_start, s_end))
        if subject is not None and not subject.possessive:
            return None  # ("Anna answered him on air. "…"": one nearer speaks, not the sender)
    return None


# a piece from one described ("A reply arrived in December from a man held in …", "we received
# a letter from a woman in …"), or one described who sent it ("A man now in his third year at a
# colony … sent us a reply", "The wife of a prisoner in Vitsebsk, who …, sent a message")
_REPLY: Final = r"(?:" + _PIECES + r"|reply|replies)"
_DESCRIBED_SENDER_RES: Final = (
    re.compile(
        rf"\b{_REPLY}\s+(?:(?:arrived|came)\b[^,.;:\"“”]{{0,30}}?\s+)?from\s+"
        r"(?:an?|one)\s+(?P<desc>[^,.;:\"“”]{3,90}?)(?=\s*[,.;:]|\s+(?:who|which|that)\b)"
    ),
    re.compile(
        r"\s*(?:An?|One|The(?=\s+[a-z]+\s+of\s+an?\s))\s+(?P<desc>[^,.;:\"“”]{3,90}?)"
        r"(?:\s*,[^.;:\"“”]{1,140}?,)?\s+(?:sent|wrote)\s+(?:(?:us|me|our\s+[a-z]+)\s+)?"
        rf"(?:a|an|one)\s+(?:(?:short|long|brief)\s+)?{_REPLY}\b"
    ),
)
_QUOTE_MARKS: Final = '"“”«»'
_SENDER_SENTENCES: Final = 3  # how many sentences of the paragraph before may tell of the piece


def described_sender(
    masked: str, index: SentenceIndex, start: int, end: int, fits: Callable[[str], bool]
) -> str | None:
    """Return the one described, not named, whom the first sentences of the paragraph
    ``masked[start:end]`` tell a piece came from, when ``fits`` their description (the
    pronoun after the words is theirs); None when they tell of none."""
    first = index.index(start)
    for si in range(first, min(len(index.spans), first + _SENDER_SENTENCES)):
        s_start, s_end = index.spans[si]
        if s_start >= end:
            break
        # (a piece "from" one described, or one who "sent" or "wrote" it: plain tests first,
        # most sentences hold none of the three)
        if not any_in(masked, s_start, s_end, _SENDER_WORDS):
            continue
        found = _DESCRIBED_SENDER_RES[0].search(masked, s_start, s_end)
        found = found or _DESCRIBED_SENDER_RES[1].match(masked, s_start, s_end)
        if found is not None:
            description = " ".join(found["desc"].split())
            return description if fits(description) else None
    return None


def _person(resolver: Resolver, mention: Mention | None) -> str | None:
    return None if mention is None else resolver.name(mention)
