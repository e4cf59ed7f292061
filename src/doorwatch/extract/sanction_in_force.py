"""Measures told as in force by what is said of them after their target: "the US and EU
sanctions on Belaruskali stand", "the bloc's import bans on potash, wood and cement are
unchanged", "its prohibition on importing potash … remains in force", "potash, timber and oil
bans unchanged".

The measure is the subject and its target comes with it; the words after the target ("stand",
"remain in force", "are unchanged") say only that it holds, so whatever a sentence says before
it (a refusal, a condition: "will not reopen the route while …") does not undo it.
``doorwatch.extract.sanctions`` tries the shape around its words (``IN_FORCE_WORDS`` in
``word_groups``) and reports it as imposed.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction
from doorwatch.extract.sanction_shapes import MEASURE
from doorwatch.extract.sentences import SentenceIndex

# what is said of a measure that holds, after its target and any list that goes on
_HOLDS: Final = (
    # ("would remain in force", "will continue to stand": a measure kept holds now)
    r"(?:(?:also|still)\s+)?(?:(?:will|would|shall|must|should|can|could)\s+(?:(?:also|still)\s+)?"
    r"(?:continue\s+to\s+)?)?(?:stand\b|stands\b|stood\b|"
    # ("would stay as long as the repression continues", "remain until …"; not "remain
    # extensive": what they are like)
    r"(?:remain(?:s|ed)?|stay(?:s|ed)?)(?=\s*(?:[,.;\"“]|$)|\s+(?:until|till|as\s+long\s+as|for|"
    r"through|beyond|while|unless|in\s+(?:force|place|effect))\b"
    # ("remain exactly where they were")
    r"|\s+(?:exactly\s+|just\s+)?(?:as|where)\s+(?:they|it)\s+(?:were|was|are|is|stood)\b))|"
    r"(?:(?:also|still)\s+)?(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:(?:also|still)\s+)?"
    r"(?:unchanged|in\s+force|in\s+place|in\s+effect)\b|"
    # ("The EU restrictions on Belarusian potash mean that European traders cannot …": what
    # the measure does now, or did)
    # ("the EU's sanctions on the airline continue in full")
    r"(?:continue|continues)\s+(?:in\s+full|unchanged|in\s+force|to\s+apply)\b|"
    r"(?:mean|means|meant)\s+that\b|(?:keep|keeps|kept|prevent|prevents|prevented|bar|bars)\s+"
    r"(?:us|our|European|American|British|Western)\b|"
    # ("came back into full force" when a grace period ran out; "came into force")
    r"(?:came|come|comes|went|go|goes)\s+(?:back\s+)?into\s+(?:full\s+)?force\b|"
    # ("the U.S. sanctions on the state potash producer, which date from August 2021")
    r"(?:which\s+)?(?:date|dates|dated|dating)\s+(?:back\s+)?(?:from|to)\b"
)
# (read from the measure's noun: whose it is, "the US and EU sanctions", is read before it as
# for any measure named by its power's word)
MEASURES_HOLD_RE: Final = re.compile(
    rf"\b(?P<verb>{MEASURE}|bans?|prohibitions?|embargo(?:es)?|"
    # ("The American blacklisting of Belaruskali had been in force since 2021")
    r"(?:asset[\s-])?freezes|designations?|blacklistings?)\s+(?:on|against|of)\s+"
    # ("its prohibition on importing Belarusian potash": the goods the trade is in)
    r"(?:(?:importing|buying|exporting|selling|purchasing|imports?\s+of|exports?\s+of)\s+)?"
    # (the target ends where the list that goes on, or the words that it holds, begin)
    # (not "on potash in place, and shipments …": the target ends where what is said of it
    # begins; not "on Belavia landing in or flying over the Union": what it may not do)
    # (nor "on Belarusian potash that Washington imposed in 2021": a relative clause's words)
    r"(?P<target>(?:(?!\bin\s+(?:place|force|effect)\b|\b[a-z]+ing\b|\b(?:that|which)\s)"
    r"[^,.;:()—–\"“”]){1,100}?)"
    # (not ", and the Union's sanctions on Belarus remain …": another measure, which holds)
    r"(?=(?:\s*,\s*(?!(?:but|while|yet|although|though|whereas)\b)(?:(?!\b(?:sanctions|measures|"
    r"restrictions|bans?|on|against|people|prisoners)\b|\d)"
    rf"[^,.;:()\"“”]){{1,60}}?)*"
    # (", and the wider EU ban on leasing aircraft to Belarusian operators, are still in force":
    # a second measure told between, which holds too)
    r"(?:\s*,\s*and\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:bans?|sanctions|measures|"
    r"restrictions)\s+(?:on|against)\s+[^,.;:()\"“”]{1,80},)?"
    rf",?\s+(?:{_HOLDS}))"
)
_PLAIN_WORDS: Final = frozenset(lx.words("sanctions", "plain_target_words"))


def told_before(claims: list[Sanction], target: str) -> bool:
    """Return True when a measure in force on a target that shares a word with ``target``
    is among ``claims``: a measure said to hold ("The measures against Belaruskali remain in
    force") is most often one the text has told already."""
    words = set(target.lower().split()) - _PLAIN_WORDS
    return any(
        c.action == "imposed" and not words.isdisjoint(c.target.lower().split()) for c in claims
    )


_GOODS: Final = lx.alternation(lx.words("sanctions", "goods"))
# "EU prolongs Belarus sanctions by a year; potash, timber and oil bans unchanged": measures
# named by their goods, told as holding
GOODS_HOLD_RE: Final = re.compile(
    rf"\b(?P<target>(?:{_GOODS})(?:\s*,\s*(?:{_GOODS}))*(?:\s*,?\s+and\s+(?:{_GOODS}))?)\s+"
    r"(?P<verb>bans|sanctions|embargoes|restrictions)\s+(?:(?:remain|remains|are|stay|stays)\s+)?"
    r"(?:unchanged|in\s+force|in\s+place|intact)\b"
)
# "its bans on potash and petroleum imports remain, as does its asset freeze on Alexander
# Lukashenko": a second measure said to hold as the first does
AS_DOES_RE: Final = re.compile(
    # ("…, as does the bloc's listing of the airline itself"; "… remain in force. So do the
    # restrictions on the national carrier", the next sentence)
    r"(?:,\s+as|(?<=[.!?]\s)So)\s+(?:does|do|did)\s+"
    r"(?:(?:its|their|(?:the\s+)?[\w.]+[’']s|the)\s+)?(?:own\s+)?"
    # ("So do US sanctions on the potash sector": a power of its own)
    r"(?:(?P<power>[A-Z][\w.]*)\s+)?"
    r"(?P<verb>(?:asset\s+)?freeze|(?:travel\s+|entry\s+)?ban|sanctions|"
    r"restrictions|embargo|designation|listing)\s+(?:on|against|of)\s+"
    # ("… on Belavia that date from August 2023": when, in a relative clause)
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)(?:\s+itself)?(?=\s*[,.;:]|$|\s+(?:that|which)\s)"
)


# what is said of a measure that holds, anywhere after its target in its sentence
_HOLDS_RE: Final = re.compile(rf"\s(?:{_HOLDS})")


def restated_measures(masked: str, claims: list[Sanction], index: SentenceIndex) -> list[Sanction]:
    """Return ``claims`` without the measures a sentence only says still hold ("The potash
    sanctions remain in force.") when an earlier sentence has told the same measure imposed:
    one measure, told twice, is one claim. A measure with its own year in the sentence ("its
    potash ban, introduced in 2021, remains in force"), or another power's, is kept."""
    imposed = [c for c in claims if c.action == "imposed"]
    if len(imposed) < 2:
        return claims
    dropped: list[Sanction] = []
    for claim in imposed:
        start, end = index.span(claim.start)
        if claim.date is not None and masked.find(claim.date[:4], start, end) >= 0:
            continue  # (dated in its own sentence: told as news, not restated)
        if _HOLDS_RE.search(masked, claim.start, end) is None:
            continue
        words = set(claim.target.lower().split())
        if any(
            earlier.start < start
            and (claim.imposer is None or earlier.imposer == claim.imposer)
            and words <= set(earlier.target.lower().split())
            for earlier in imposed
        ):
            dropped.append(claim)
    return [c for c in claims if c not in dropped] if dropped else claims
