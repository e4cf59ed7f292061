"""Whose words a reply quotes back to the one it answers: a letter that opens "Dear Mr
Shypila," and tells what its addressee wrote ('You write: "…"', 'You wrote that your father
"…"', 'Your letter asks, in its closing paragraph, that Germany "…"', 'It goes on to say that
"…"' after "Your letter notes …") gives the addressee's words. The addressee is the body the
address block names above an "Attn." or "c/o" line ("To: Coalition for Accountability in
Belarus" / "Attn.: Ms Ingrid Solberg"), else the person the salutation names, in full as the
address block or the text names them ("Mr Tobias Okonkwo-Reid" for "Dear Mr Okonkwo-Reid"),
or the one person the address block names when the salutation names nobody ("Dear Sir").

The verbs are ``reply_verbs`` and the pieces ``reply_pieces`` in ``data/extract/speech.yaml``.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.resolve import Resolver
from doorwatch.extract.sentences import SentenceIndex

_VERBS: Final = lx.alternation(lx.words("speech", "reply_verbs"))
_PIECES: Final = lx.alternation(lx.words("speech", "reply_pieces"))
_HEAD: Final = 3000  # how far into a text its salutation may stand
_COLON_REACH: Final = 20  # how far above the words the colon that announces them may stand
# words one of which a text that tells words as its addressee's or its asker's holds
_CUE_WORDS: Final = ("Dear ", "Member", "Question")
_SENTENCE_REACH: Final = (
    300  # how far before the words the verb that tells them as another's may stand
)
_TITLE_WORDS: Final = rf"(?:{lx.HONORIFICS})\.?"
# the salutation on a line of its own ("Dear Mr Shypila,", "Dear Representative Whitcombe:",
# "Dear Sir or Madam,")
_SALUTATION_RE: Final = re.compile(
    r"^Dear[ \t]+(?P<name>[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|or|and))*)[ \t]*[,:]?[ \t]*$",
    re.M,
)
# an address block's line that is a person: "Mr Paweł Hrynkiewicz", "The Honorable Graham T.
# Whitcombe", "Attn.: Ms Ingrid Solberg, Coordinator"
_PERSON_LINE_RE: Final = re.compile(
    rf"^(?:(?:Attn\.?|Attention|FAO|c/o)[: \t]+)?(?:The[ \t]+Hon(?:ou?rable|\.)?[ \t]+"
    rf"(?:{_TITLE_WORDS}[ \t]+)*|(?:{_TITLE_WORDS}[ \t]+)+)(?P<name>[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){{0,3}})"
    r"[ \t]*(?:,|$)",
    re.M,
)
# a line that hands the letter to someone at a body: the body is on the line above
_CARE_OF_RE: Final = re.compile(r"(?:Attn\.?|Attention|FAO|c/o|For the attention of)\b")
# "To: Coalition for Accountability in Belarus": the addressee named by its line's label
_TO_LINE_RE: Final = re.compile(r"To:[ \t]+(?P<name>[A-Z][^\n\d]{2,80})$")
# a body's name on a line of its own, no street or number
_BODY_LINE_RE: Final = re.compile(r"[A-Z][^\n\d,;:]{2,80}")
# the addressee as the one who wrote ("You write", "In your complaint you state", "Your letter
# asks, in its closing paragraph, that")
_YOU_RE: Final = re.compile(
    r"(?:\b[Yy]ou(?:[ \t]+(?:also|further|then|rightly|correctly|have|had|now))*[ \t]+"
    rf"(?:{_VERBS})\b|\b[Yy]our[ \t]+(?:{_PIECES})\b[^.;:\"“”«»\n]{{0,100}}?\b(?:{_VERBS})\b)"
)
# the addressee's piece as "it" in the sentence after "Your letter …" ("It goes on to say")
_IT_RE: Final = re.compile(
    rf"\s*It[ \t]+(?:also[ \t]+|further[ \t]+|then[ \t]+)?(?:goes[ \t]+on[ \t]+to[ \t]+say|"
    rf"(?:{_VERBS}))\b"
)
# "The Honourable Member asks whether …": a written answer tells the question's words as its
# asker's, whom its head names ("tabled on 26 May 2021 by Matas Grinius", "put … at the
# request of Kirstine Holm-Bæk")
_MEMBER_RE: Final = re.compile(
    r"\b[Tt]he\s+(?:[Hh]onou?rable|[Hh]on\.|[Nn]oble)\s+(?:Member|Lord|Lady|Baroness|Senator)\b"
    rf"[^.;:\"“”]{{0,40}}?\b(?:{_VERBS})\b"
)
_QUESTION_LINE_RE: Final = re.compile(r"(?m:^)Question(?:\s+No\.?)?(?:\s*\d+)?[^:\n]{0,40}:\s*$")
_ASKER_NAME: Final = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}"
_ASKER_RE: Final = re.compile(
    rf"\bat[ \t]+the[ \t]+request[ \t]+of[ \t]+(?P<requested>{_ASKER_NAME})|"
    r"\b(?:tabled|asked|put|submitted|raised)\b[^.\n]{0,60}?\bby[ \t]+"
    rf"(?:(?:the[ \t]+)?(?:Honou?rable|hon\.)[ \t]+)?(?:{_TITLE_WORDS}[ \t]+)?"
    rf"(?P<asker>{_ASKER_NAME})"
)
_YOUR_PIECE_RE: Final = re.compile(rf"\s*Your[ \t]+(?:{_PIECES})\b")


class ReplyAddressees:
    """The addressee of one text's letter, found the first time a reply quotes them."""

    def __init__(
        self, masked: str, index: SentenceIndex, resolver: Resolver, headed: str = ""
    ) -> None:
        self.masked = masked
        # (the address block's lines are read as headings and blanked in ``masked``)
        self.headed = headed or masked
        self.index = index
        self.resolver = resolver
        self._addressee: str | None = None
        self._read = False
        # (the plain test first: most texts are no letter and no written answer)
        self._may_tell = any(word in self.headed for word in _CUE_WORDS)

    def speaker(self, open_: int) -> str | None:
        """Return the addressee when the words opening at ``open_`` are told as theirs ("You
        write: "…""), the one who asked when they are a question's ("The Honourable Member
        asks whether …, in his words, "…"", a "Question No. 112:" line above them); None
        when the text is no letter or the words are not told so."""
        if not self._may_tell:
            return None
        # (the sentence's last stretch only: a text without stops is one sentence)
        start = max(self.index.span(open_)[0], open_ - _SENTENCE_REACH)
        if _MEMBER_RE.search(self.masked, start, open_) is not None or _QUESTION_LINE_RE.search(
            self.headed, max(0, open_ - _COLON_REACH * 3), open_
        ):
            asker = _ASKER_RE.search(self.headed, 0, _HEAD)
            if asker is not None:
                return asker.group("requested") or asker.group("asker")
        if not self._told_by_addressee(start, open_):
            return None
        if not self._read:
            self._read = True
            self._addressee = self._find_addressee()
        return self._addressee

    def _told_by_addressee(self, start: int, open_: int) -> bool:
        """Return True when the sentence before ``open_`` tells the words as the addressee's,
        or ends the paragraph before with a colon ('You asked:' above the words)."""
        if start == open_ and open_ > 0:
            # (a short stretch only: the prefix of a long text must not be copied per quotation)
            lo = max(0, open_ - _COLON_REACH)
            before = self.masked[lo:open_].rstrip()
            if not before.endswith(":"):
                return False
            open_ = lo + len(before)
            start = max(self.index.span(open_ - 1)[0], open_ - _SENTENCE_REACH)
        if "ou" not in self.masked[start:open_]:
            return self._it_after_piece(start, open_)
        return _YOU_RE.search(self.masked, start, open_) is not None or self._it_after_piece(
            start, open_
        )

    def _it_after_piece(self, start: int, open_: int) -> bool:
        """Return True when the sentence opens 'It goes on to say' and the one before opens
        'Your letter …'."""
        if _IT_RE.match(self.masked, start, open_) is None or start == 0:
            return False
        before = max(self.index.span(start - 1)[0], start - _SENTENCE_REACH)
        return _YOUR_PIECE_RE.match(self.masked, before, start) is not None

    def _find_addressee(self) -> str | None:
        """Return the letter's addressee: the body its address block names, else the person
        its salutation names; None when the text opens with no salutation."""
        salutation = _SALUTATION_RE.search(self.headed, 0, _HEAD)
        if salutation is None:
            return None
        block = self.headed[: salutation.start()]
        lines = block.split("\n")
        for i, line in enumerate(lines):
            to = _TO_LINE_RE.match(line.strip())
            if to is not None:
                return to.group("name").strip()
            # (to someone at the body: "c/o Ms Dr. Johanna Brettschneider"; not a letterhead's
            # "c/o U.S. Embassy Vilnius", the sender's own address)
            if i > 0 and _CARE_OF_RE.match(line.strip()) and _PERSON_LINE_RE.match(line.strip()):
                body = lines[i - 1].strip()
                if _BODY_LINE_RE.fullmatch(body) and not _PERSON_LINE_RE.match(body):
                    return body
        words = [
            w
            for w in salutation.group("name").split()
            if w.rstrip(".") not in lx.TITLES and w not in ("Sir", "Madam", "or", "and")
        ]
        listed = [m.group("name") for m in _PERSON_LINE_RE.finditer(block)]
        if not words:
            return listed[0] if len(listed) == 1 else None
        surname = words[-1]
        for name in listed:
            if name.split()[-1] == surname:
                return name
        return self.resolver.by_surname(surname) or " ".join(words)
