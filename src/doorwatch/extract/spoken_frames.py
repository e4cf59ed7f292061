"""Quotations a verb of speech introduces, whether or not the text names who spoke: 'One
said, "…"', 'an adviser responded in an email the next morning: "…"', 'the Deputy Minister
said on Friday that "…"'.

Such words are a statement even when the speaker stays unnamed (a redacted name, "one of
them", an office never given a holder's name): they are proposed with the description that
spoke ("Deputy Minister", "partner lawyer in Vilnius"), or with no speaker, rather than
dropped, so a reviewer sees them and who said them stays open. A verb that only
characterises ("called it", "described as") introduces a term, not a statement; a document's
words, a first person's and a named speaker's are left to the other rules.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from doorwatch.extract import lexicon as lx
from doorwatch.extract.clause_subjects import in_relative_clause
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.unnamed_speakers import HABIT, PLAIN_NOUNS, as_described, singular

_NOT_INTRODUCING: Final = frozenset(lx.words("speech", "non_introducing_verbs"))
_INTRODUCING: Final = sorted(
    (
        verb
        for verb in lx.words("speech", "speech_verbs")
        if verb.split()[0] not in lx.CHARACTERISING_VERBS and verb not in _NOT_INTRODUCING
    ),
    key=len,
    reverse=True,
)
# The verb, a short stretch of where and when and to whom ("told the House on 24 September",
# "noted in the coordination call"), and what opens speech: a colon, a comma, "that", or
# "as saying". The stretch holds no clause end and no other quotation.
_FRAME_RE: Final = re.compile(
    rf"\b(?P<verb>{lx.alternation(_INTRODUCING)}|(?:{lx.PARTICIPLES}))\b"
    # (not "A reminder posted by X:": a piece, its author after "by", no frame of its subject;
    # "was told by a contact that": whoever told, unnamed, is the frame's)
    r"(?:(?<=told)|(?!\s+by\s))(?:[^.!?;:\"“”‘’\n]{0,70}?)?"
    # ("stated that the Union "…"": the words go on the clause that "that" opens)
    r"(?:\s*[:,]|\s+that(?:\s+(?!that\b)[\w’'-]+){0,3}|\s+as\s+saying(?:\s+that)?)\s*$"
    # ("described the result with some pride: …": a verb that characterises introduces
    # speech when what it tells of ends in a colon, with no "as" to give a term)
    rf"|\b(?P<verb2>{lx.alternation(sorted(lx.CHARACTERISING_VERBS))})\s+"
    r"(?:(?!as\b)[^.!?;:\"“”‘’\n,]){1,70}?:\s*$"
)
_REACH: Final = 120  # (a frame longer than this before its quotation is no frame of it)
# one thing, or whose it is, right before a word that names a piece of writing or a remark as
# well as a verb of speech ("note", "claim"): the word is the noun, as no verb's plain form
# follows "a" or "his" (with at most a word between that is no plural: not "His lawyers claim")
_NOUN_DETERMINER_RE: Final = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)\s+"
    r"(?:[a-z][\w’'-]*(?<!s)\s+)?$"
)
_NOUN_OR_VERB_RE: Final = re.compile(rf"(?:{lx.DOCUMENT_NOUNS}|{lx.SENT_PIECES}|{lx.SPEECH_NOUNS})")
_BODY_SENTENCES: Final = (
    3  # how many sentences back the body whose office "its director" is is named
)
# the offices through which a body itself speaks ("its press office"), not a person of it
_PRESS_OFFICES: Final = frozenset(lx.words("speech", "press_offices"))


# ("As I told the committee, "…"": the writer, whom a byline or a label names, not no one)
_FIRST_PERSON_RE: Final = re.compile(r"\b(?:I|[Ww]e|[Mm]y|me)\b")
_NAMING: Final = frozenset({"person", "org", "pronoun"})
_AUXILIARY_WORDS: Final = frozenset(lx.words("speech", "auxiliaries"))
_NOT_IN_PLACE: Final = rf"(?:{lx.alternation(lx.words('speech', 'not_place_words'))})\b"
# The description that speaks, right before its verb: a determiner, one to three words, a
# title's tail in capitals ("the Minister for Europe", "our minister", "the Deputy Minister"),
# and where they are from or work ("a partner lawyer in Vilnius"), as unnamed_speakers tells
# one ('," said a diplomat from a southern member state').
# the possessive pronouns by which a text refers back to one it named with them ("her manager")
_OWNERS: Final = ("his", "her", "their")
_DESCRIPTION_RE: Final = re.compile(
    r"(?:^|(?<=\s))(?P<det>[Tt]he|[Aa]n?|[Aa]nother|[Oo]ur|[Mm]y|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\s+"
    r"(?P<desc>(?P<head>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,2}?)"
    r"(?:\s+(?:for|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
    # (no verb of speech or clause word inside: "the Minister for Europe said when the
    # listings were announced" describes no one by the listings)
    r"(?:\s+(?:for|of|from|at|in|with)\s+(?:(?!" + _NOT_IN_PLACE + r")[\w’'-]+\s+){0,4}?"
    r"(?!" + _NOT_IN_PLACE + r")[\w’'-]+)?)"
    # ("A Polish official who worked on the coordination described …", "An EU diplomat
    # involved in drafting the June measures put it plainly": what the one described does)
    # ("my mother, who still lives in Hrodna, said": the clause between commas)
    # ("A customer in Tartu whose mother is serving a sentence in Homel wrote": whose kin)
    r"(?P<post>\s+(?:who|that)\s+(?:[\w’'-]+\s+){1,8}?[\w’'-]+|\s+whose\s+(?:[\w’'-]+\s+){1,11}?[\w’'-]+|\s*,\s*who\s+[^,.;:]{1,60},|"
    r"\s+(?:involved|engaged|working|based|responsible)\s+(?:in|on|for|at|with)\s+"
    r"(?:[\w’'-]+\s+){0,6}?[\w’'-]+)?"
    rf"(?:\s+(?:{lx.AUXILIARIES}))*\s*$"
)
# words that make a description no speaker's: a clause's joint ("opened the door and"), a
# reference back ("the same woman"), a count ("the four")
_NOT_DESCRIBING: Final = frozenset(lx.words("speech", "not_describing_words"))
_DOCUMENTS_RE: Final = re.compile(rf"(?i:\b(?:{lx.DOCUMENT_NOUNS})s?)$")
# ('One said', 'Several told us'): a clause whose subject is someone the text does not single
# out, and does not describe
# ("One, a London software developer whose uncle was freed in June, told us:": "One," alone,
# and what the relative clause says of them left out)
_ONE_OF_DESCRIBED_RE: Final = re.compile(
    r"\s*One(?:\s+of\s+[^,]{1,60})?,\s+(?:a|an)\s+(?P<desc>[^,]{3,60}?)"
    r"(?:\s+(?:who|whose)\s+[^,]{1,120})?,\s*$"
)
_UNDESCRIBED_RE: Final = re.compile(r"\s*(?:As\s+)?(?:One|Some|Several|Another)\b")
# "One mother said to me", "One of our volunteers used to say", "One of the children in our
# summer camp asked": one of a kind, or one of a group the words after "of" name (the words
# that tell how often, "used to", "likes to", stand between the subject and the verb)
_ONE_KIND_RE: Final = re.compile(
    r"\s*One\s+(?:(?P<kind>[a-z][\w’'-]*)|of\s+(?:the|our|their|its|his|her|my)\s+"
    r"(?P<group>[a-z][\w’'-]*)(?P<post>\s+(?:in|at|from|on)\s+[^,.;:]{1,40}?)?)"
    rf"(?:\s+{HABIT})?\s*$"
)


class Frame(NamedTuple):
    """A quotation's introduction by a verb of speech: ``speaker`` is the description that
    speaks ("Minister for Europe"), or None when the text tells no one."""

    speaker: str | None


def unnamed_statement(
    masked: str, index: SentenceIndex, mentions: Mentions, open_: int
) -> Frame | None:
    """Return the frame of the quotation opening at ``open_`` when, in its own sentence, a
    verb of speech and what introduces speech after it (a colon, a comma or "that") come
    before it, and nothing before the verb names who spoke (no person, body or pronoun, no
    "I" or "we"); None when there is no such frame."""
    first = index.span(open_)[0]
    if not masked[first:open_].strip() and masked[:first].rstrip().endswith(":"):
        # ("A person from the UK government said:" on the line above the words)
        first = index.span(len(masked[:first].rstrip()) - 1)[0]
    frames: list[re.Match[str]] = []
    at = max(first, open_ - _REACH)
    while (frame := _FRAME_RE.search(masked, at, open_)) is not None:
        frames.append(frame)
        at = frame.start() + 1
    # (the verb nearest the quotation first: "one of the Baltic states told us that" is told;
    # then those before it: "As the Foreign Secretary said when these designations were
    # announced," is said)
    for frame in reversed(frames):
        found = _frame_of(masked, index, mentions, first, frame.start())
        if (
            found is not None
            and _NOUN_OR_VERB_RE.fullmatch(frame["verb"] or "")
            and _NOUN_DETERMINER_RE.search(masked, max(first, frame.start() - 40), frame.start())
        ):
            # ("A short note from her read: …", "His central claim was a ratio: …": after "a"
            # or "his", the noun, no verb: no one it describes speaks)
            return Frame(None)
        if found is not None:
            return found
    return None


def _frame_of(
    masked: str, index: SentenceIndex, mentions: Mentions, first: int, verb_at: int
) -> Frame | None:
    """Return the frame whose verb stands at ``verb_at`` in the sentence opening at
    ``first``, or None when its subject names someone or is no description."""
    subject = masked[first:verb_at]
    if in_relative_clause(masked, first, verb_at):
        # ("quotes a lawyer who advises families, X:": the relative clause's verb, no frame's)
        return Frame(None) if _UNDESCRIBED_RE.match(subject) else None
    described = _DESCRIPTION_RE.search(subject)
    # ("My husband said, …": the writer's kin speaks, whom "my" only tells whose they are)
    mine = (
        described.start("det")
        if described is not None and described["det"].lower() in ("my", "our")
        else -1
    )
    if any(m.start() != mine for m in _FIRST_PERSON_RE.finditer(subject)):
        return None
    # (a body may qualify one described, "An EU diplomat said", not name who spoke)
    lo, hi = (
        (first + described.start("desc"), first + described.end("desc"))
        if described is not None and described["det"].lower() in ("a", "an", "another")
        else (verb_at, verb_at)
    )
    if any(
        m.kind in _NAMING and not lo <= m.start < hi for m in mentions.within(first, verb_at, True)
    ):
        return None
    if described is not None and _description(subject, described):
        det = described["det"].lower()
        if mine >= 0 or det in _OWNERS:
            # ("My father, Mikalai Harbunou, is a teacher. … My father once told a court,"):
            # the one the writer named so before; ("Her manager, Denis Aliakseyeu, … . Asked
            # about a show, her manager said:"): the one the text named so
            owner = "[Mm]y" if mine >= 0 else f"[{det[0].upper()}{det[0]}]{det[1:]}"
            named = re.search(
                rf"\b{owner}\s+{re.escape(described['desc'])},\s+(?P<name>[A-Z][\w’'-]+"
                r"(?:\s+[A-Z][\w’'-]+){1,2}),",
                masked[:first],
            )
            if named is not None:
                return Frame(named["name"])
        desc = described["desc"]
        if described["det"].lower() == "its" and desc.lower() in _PRESS_OFFICES:
            # ("Belavia is the state carrier. Its press office said …": the body speaks)
            body = _opening_body(masked, index, mentions, first, ("org", "bare"))
            if body is not None:
                return Frame(body)
        if described["det"].lower() == "its" and " " not in desc:
            # ("The Riga-based Baltic Media Watch called … Its director put it this way: …":
            # the office of the body a sentence before opens with)
            body = _opening_body(masked, index, mentions, first)
            if body is not None:
                return Frame(f"{desc} of {body}")
        if desc.split()[-1] in PLAIN_NOUNS and (described["post"] or "").startswith(" whose "):
            # ("A woman whose brother is serving ten years wrote": the clause tells who she is)
            desc += described["post"]
        return Frame(as_described(desc))
    one_of = _ONE_OF_DESCRIBED_RE.match(subject)
    if one_of is not None:
        return Frame(one_of["desc"])  # ("One of those freed, a pensioner from Homel, told us")
    one = _ONE_KIND_RE.match(subject)
    if one is not None and (one["kind"] or "") in PLAIN_NOUNS:
        return Frame(one["kind"])  # ("One mother said to me, …")
    if one is not None and one["group"]:
        single = singular(one["group"])
        if single is not None:
            return Frame(as_described(single + (one["post"] or "")))
    return Frame(None) if _UNDESCRIBED_RE.match(subject) else None


def _opening_body(
    masked: str,
    index: SentenceIndex,
    mentions: Mentions,
    first: int,
    kinds: tuple[str, ...] = ("org",),
) -> str | None:
    """Return the body named first in the nearest of the few sentences before the one opening
    at ``first``, on its line, that names one (a mention of one of ``kinds``), or None."""
    si = index.index(first)
    for i in range(si - 1, max(-1, si - 1 - _BODY_SENTENCES), -1):
        start, end = index.spans[i]
        if masked.find("\n", start, first) >= 0:
            return None  # (a sentence of a line or a paragraph before)
        body = next((m for m in mentions.within(start, end) if m.kind in kinds), None)
        if body is not None:
            return masked[body.start : body.end]
    return None


def _description(subject: str, described: re.Match[str]) -> bool:
    """Return True when ``described`` is the subject that speaks: no preposition's object
    ("for the centre", "at the time"), no auxiliary or small word inside, no document."""
    if (
        described["det"].lower() == "the"
        and described["desc"].islower()
        and " " not in described["desc"]
    ):
        return False  # ("the judge said", "the broadcaster said": one the text named before)
    before = subject[: described.start()].split()
    if before and before[-1].lower() in lx.PREPOSITIONS:
        return False
    if any(
        w.lower() in _AUXILIARY_WORDS or w in lx.PREPOSITIONS or w.lower() in _NOT_DESCRIBING
        for w in described["head"].split()
    ):
        return False
    return _DOCUMENTS_RE.search(described["head"]) is None
