"""The subject of a speech verb that has none of its own, standing further back in its
sentence: the name before ", who" ("comes from X, who told an audience: …") or the sentence's
subject before "but" or "and" ("He welcomes the 123 freed, among them X and Y, but says …");
and the person who opens a sentence as its subject ("Bahdanau paused before answering."),
who then speaks in the quotation after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.caller_names import (
    caller_label,
    caller_named,
    caller_place,
    caller_subject,
)
from doorwatch.extract.colon_speakers import OPENING_RE, body_role_holder
from doorwatch.extract.mentions import Mention, Mentions, lone_name
from doorwatch.extract.person_pronouns import POSSESSIVE_SUBJECT, PRONOUN_GENDER
from doorwatch.extract.sentences import TITLE_STOP, Paragraph, SentenceIndex

# A speech verb whose subject stands further back: a relative pronoun (", who told …") or a
# verb coordinated with the sentence's first ("…, but says", "… and added")
# where someone lives or works, set off after their name ("now living in", "based in")
_LIVES_IN_RE: Final = re.compile(
    r",\s+(?:now\s+)?(?:living|based|working|settled|exiled)\s+(?:in|near)\s+$"
)
_WHO_RE: Final = re.compile(rf",\s+who\s+(?:(?:{lx.AUXILIARIES})\s+)*$")
# the relative pronoun right before a verb ("quotes a lawyer who advises families")
_RELATIVE_END_RE: Final = re.compile(r"\s(?:who|whom)\s+$")
_COORDINATED_RE: Final = re.compile(rf",?\s+(?:but|and)\s+(?:(?:{lx.AUXILIARIES}|then)\s+)*$")
# a role between its owner's possessive and the name of who holds it ("'s deputy director
# general, ")
_OWNED_ROLE_GAP_RE: Final = re.compile(r"(?:[’']s?)?\s+(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*,?\s+")
# the verb in the past right after a sentence's subject (an adverb may stand between)
_SUBJECT_VERB_AFTER_RE: Final = re.compile(r",?\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|has|had|was|is)\b")
# the verb after "he" or "she", which may be in the present of reportage or any past ("He holds
# it up to the camera.", "She scrolls down to show me.", "He spoke at last.")
_PRONOUN_VERB_AFTER_RE: Final = re.compile(
    rf"\s+(?:(?:[a-z]+ly|never|also|still|then|now|just|only|often|always)\s+)?"
    rf"(?:[a-z]+s|[a-z]+ed|{lx.IRREGULAR_PAST_VERBS})\b"
)
# the same after a title and surname, which may be any verb in the past ("Ms Mialnikava
# spoke about her daughter."; a name in full before "met" or "took" stays unread, as before)
_TITLED_VERB_AFTER_RE: Final = re.compile(
    rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|has|had|was|is|"
    rf"{lx.IRREGULAR_PAST_VERBS})\b"
)
# an appositive between a sentence's subject and its verb, which may then be in the present
# ("Vaidas Rimkus, commercial director of a rail firm, sees no read-across"; "Margarida Sousa
# of a Lisbon brokerage, put the point")
_APPOSED_VERB_AFTER_RE: Final = re.compile(
    rf"(?:,\s+|\s+(?:of|from|at)\s+)(?:[^,.;:\"“”]|{TITLE_STOP}){{1,90}}?,\s+"
    rf"(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|s)|has|had|was|is|"
    rf"{lx.IRREGULAR_PAST_VERBS})\b"
)
# a description that opens a sentence before the name of its subject ("A counterpart at a
# Polish rail operator, Agnieszka Mróz, was blunter")
# ("Her husband, Ihar, has been listening from the doorway.": a relative, then the name)
_DESCRIBED_OPENING_RE: Final = re.compile(
    r"(?:A|An|The|One|Another|His|Her|Their)\s+[a-z][^,.;:\"“”]{0,80},\s+"
)
# a clause that opens a sentence before its subject ("Asked about the men he left behind, he
# paused.")
# ("Speaking to the Council afterwards, he was blunt.": a participle's clause)
_LEAD_CLAUSE_RE: Final = re.compile(
    # ("On whether the refusal was wise, he was blunt."; "Later, asked by a journalist …, she
    # paused.": a word of sequence before the clause)
    r"\s*(?:(?:Later|Then|Afterwards|Finally),?\s+)?"
    r"(?:[Aa]sked|Pressed|Reached|When|After|As|Speaking|Talking|Writing|On|About)\b"
    r"[^,.;:\"“”]{1,120},\s*"
)
# a title before a surname given alone ("Ms Mialnikava", "Major Hrytsuk")
_TITLE_OPENING_RE: Final = re.compile(rf"(?:{lx.HONORIFICS})\.?\s+")
# ", the Commission president, " between a name and its speech verb
APPOSITIVE_TO_VERB_RE: Final = re.compile(
    # ("the rights group founded by Mr. Bialiatski": a title's full stop inside)
    rf",\s+(?:the|a|an)\s+(?:[^,.;:\"“”]|{TITLE_STOP}){{1,80}},\s*"
    # ("Director General of the Department for Russia, Eastern Europe and Central Asia,", "chargé
    # d'affaires a.i. of the EU Delegation,": an office of a body whose name holds commas)
    rf"|,\s+(?:[^,.;:\"“”]|\b[a-z]\.[a-z]\.){{1,40}}?\s(?:of|for)\s+(?:the\s+)?[A-Z]"
    rf"(?:[^.;:\"“”]|{TITLE_STOP}){{1,80}},\s*"
)
# a sentence that opens with whose kin or thing it tells of ("Her father has diabetes")
_OWNER_OPENS_RE: Final = re.compile(r"\s*(?P<owner>Her|His)\s+[a-z]")
# the kinds of mention that may speak
SPEAKING_KINDS: Final = frozenset({"person", "org", "pronoun", "role"})


def in_relative_clause(text: str, start: int, verb_at: int) -> bool:
    """Return True when the verb at ``verb_at`` follows a relative pronoun ("a lawyer who
    advises families"): the relative clause's verb, not its sentence's."""
    return _RELATIVE_END_RE.search(text, start, verb_at) is not None


def clause_subject(
    masked: str, cands: list[Mention], lead_start: int, s_start: int, lead: str
) -> Mention | None:
    """Return the subject of a speech verb that has none of its own: the name before
    ", who" ("comes from X, who told an audience: …", even after a preposition), or the
    sentence's subject before "but"/"and" ("He welcomes the 123 freed, among them X and
    Y, but says …"); None when there is no such mention."""
    who = _WHO_RE.search(lead)
    if who is not None:
        at = lead_start + who.start()
        for i in range(len(cands) - 1, -1, -1):
            m = cands[i]
            if m.end > at:
                continue
            if m.kind in ("bare", "place") and _LIVES_IN_RE.search(
                masked, max(0, m.start - 30), m.start
            ):
                # ("X, now living in Białystok, who calls …": where the one named lives)
                at = masked.rfind(",", 0, m.start)
                continue
            between = masked[m.end : at].strip()
            if i > 0 and not between and caller_place(masked, cands[i - 1], m):
                return cands[i - 1]  # ("a call came from Agnes in Tartu, who said …")
            if m.kind != "place" and not m.possessive and not between:
                return m
            return None
        return None
    if _COORDINATED_RE.search(lead) is None:
        return None
    for at, m in enumerate(cands):
        # the first mention, opening the sentence (after a lead-in such as "Later,")
        if OPENING_RE.fullmatch(masked, s_start, m.start) and (
            m.kind in SPEAKING_KINDS or lone_name(m)
        ):
            if not m.possessive:
                following = cands[at + 1] if at + 1 < len(cands) else None
                # ("Commission chair Barbara Zielińska answered …, and agreed …": the holder)
                return following if body_role_holder(masked, m, following) else m
            # "Belavia's deputy director general, Pavel Krivets, told … and described …":
            # the person whose role the possessive opens
            named = cands[at + 1] if at + 1 < len(cands) else None
            if (
                named is not None
                and named.kind == "person"
                and _OWNED_ROLE_GAP_RE.fullmatch(masked, m.end, named.start)
            ):
                return named
            return None
        return None
    return None


def opening_subject(
    masked: str,
    mentions: Mentions,
    label_end: Callable[[int, int], int | None],
    sentence: tuple[int, int],
) -> Mention | None:
    """Return the person who is the subject that opens ``sentence``, named, as "he" or
    "she", or by a title and surname, when a verb follows ("Bahdanau paused before
    answering.", "Asked about the men he left behind, he paused.", "Ms Mialnikava spoke about
    her daughter."); None otherwise. ``label_end`` gives where a transcript's turn label
    before the subject ends, if one does."""
    p_start, p_end = sentence
    if p_end - p_start < 140 and "," in masked[p_start:p_end]:
        first = next(iter(mentions.within(p_start, p_end)), None)
        if caller_label(masked, first, p_start, p_end):
            return first  # ("Oleh, Parma." above his words: a caller's label)
    lead = _LEAD_CLAUSE_RE.match(masked, p_start, p_end)
    at = lead.end() if lead is not None else p_start
    if lead is None:
        # ("KOVALCHUK: Tsikhanouskaya thanked …": after the turn's label)
        at = label_end(p_start, p_end) or p_start
    described = _DESCRIBED_OPENING_RE.match(masked, at, p_end)
    if described is not None:
        named = next(iter(mentions.within(described.end(), p_end, speakers=True)), None)
        if (
            named is not None
            and named.start == described.end()
            and (named.kind == "person" or (named.kind == "bare" and lone_name(named)))
            and not named.possessive
            and (
                _SUBJECT_VERB_AFTER_RE.match(masked, named.end, p_end)
                or _APPOSED_VERB_AFTER_RE.match(masked, named.end, p_end)
            )
        ):
            return named
    for m in mentions.within(p_start, min(p_end, at + 40), speakers=True):
        if m.start < at:
            continue  # (a name or pronoun inside the opening clause)
        if m.possessive:
            return None
        if (
            (
                (
                    m.kind == "person"
                    or (m.kind == "pronoun" and m.key in PRONOUN_GENDER)
                    # ("Dan was candid about the mechanics." under "WITH / Dan Whitcombe, …")
                    or (
                        m.kind == "bare"
                        and (mentions.titled_given(m.key) or caller_named(masked, m.key))
                    )
                )
                and OPENING_RE.fullmatch(masked, at, m.start)
                and (
                    _SUBJECT_VERB_AFTER_RE.match(masked, m.end, p_end)
                    or (m.kind == "person" and _APPOSED_VERB_AFTER_RE.match(masked, m.end, p_end))
                    # ("Tomas thinks so.": a guest by a given name, in the present of show notes too)
                    or (
                        m.kind in ("pronoun", "bare")
                        and _PRONOUN_VERB_AFTER_RE.match(masked, m.end, p_end)
                    )
                )
            )
            or (
                # ("Haruto, a farmer near Obihiro, phoned about fertiliser.": a caller by a given
                # name alone, with what or where they are)
                OPENING_RE.fullmatch(masked, at, m.start) and caller_subject(masked, m, p_end)
            )
            or (
                m.kind in ("bare", "person")
                and _TITLE_OPENING_RE.fullmatch(masked, at, m.start)
                and _TITLED_VERB_AFTER_RE.match(masked, m.end, p_end)
            )
        ):
            return m
        return None
    return None


def last_subject(
    masked: str, mentions: Mentions, index: SentenceIndex, paragraph: Paragraph
) -> Mention | None:
    """Return the person who opens the last sentence of ``paragraph`` (as ``opening_subject``
    reads it), or whom the possessive that opens it means ("Her father has diabetes."), as
    "she" or "he"; None otherwise."""
    end = len(masked[paragraph.start : paragraph.end].rstrip()) + paragraph.start
    if end <= paragraph.start:
        return None
    start, stop = index.span(end - 1)
    start = max(start, paragraph.start)
    subject = opening_subject(masked, mentions, lambda a, b: None, (start, stop))
    if subject is None and start > paragraph.start:
        # ("Sviatlana, from Favoriten, was first through. Her father has diabetes." above
        # "…": the one the paragraph is about, whose kin the last sentence tells of)
        owner = _OWNER_OPENS_RE.match(masked, start, stop)
        if owner is not None:
            key = POSSESSIVE_SUBJECT[owner.group("owner").lower()]
            return Mention(owner.start("owner"), owner.end("owner"), "pronoun", key)
    return subject


def object_of_verb(masked: str, mention: Mention) -> bool:
    """Return True when the pronoun ``mention`` stands right after a verb that characterises
    what it names ("called it", "described it") or says it ("I said it")."""
    before = masked[max(0, mention.start - 20) : mention.start].split()
    # ("I said it in Białystok and I say it again": what was said, not who said it)
    return bool(before) and (
        before[-1] in lx.CHARACTERISING_VERBS
        or (before[-1] in lx.SPEECH_VERB_WORDS and len(before) > 1)
    )


def placed_after(masked: str, person: Mention, place: Mention) -> bool:
    """Return True when ``place`` stands between commas right after ``person``, telling where
    that person is ("Dr. Katarzyna Wróbel, Warsaw, observes")."""
    if caller_place(masked, person, place):
        return True  # ("Thomas, Basel, argued": a caller by a given name)
    return (
        person.kind == "person"
        and masked[person.end : place.start] == ", "
        and masked.startswith(",", place.end)
    )


def titled_holder(masked: str, office: Mention, person: Mention, v_start: int) -> bool:
    """Return True when ``person`` is the whole appositive after ``office`` before the speech
    verb at ``v_start``, with only "the" and titles before the name (", the Honourable Ahmed
    Hussen, said")."""
    gap = masked[office.end : person.start]
    return (
        person.kind == "person"
        and gap.startswith(",")
        and all(w == "the" or w in lx.TITLES for w in gap[1:].split())
        and not masked[person.end : v_start].strip(", ")
    )
