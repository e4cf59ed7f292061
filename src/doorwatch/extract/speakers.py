"""Who said each quotation: attribution after it, before it, or carried over.

1. After the closing mark: ``," she said``, ``," said the envoy``, ``," according to BelTA``.
2. Before it, in the same sentence: the last speech verb ("said", "told", "wrote on X that",
   "said in a statement:") and its subject, the nearest name before the verb that is not a
   possessive nor after a preposition. A participle ("..., saying", "was quoted as saying")
   takes the sentence's subject instead: its first such name. Passives ("often called")
   attribute nothing.
3. Otherwise the words continue an earlier quotation: the previous one in the paragraph, or,
   for a paragraph that opens with a quotation mark, the last quotation of the paragraph
   before (news style for a speaker who goes on, including unclosed multi-paragraph quotes).
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.aside_speakers import CITING, aside_described, quoted_described
from doorwatch.extract.claim_fields import is_claim_label
from doorwatch.extract.clause_subjects import (
    APPOSITIVE_TO_VERB_RE,
    clause_subject,
    in_relative_clause,
    last_subject,
    object_of_verb,
    opening_subject,
    placed_after,
    titled_holder,
)
from doorwatch.extract.clause_subjects import SPEAKING_KINDS as _SPEAKING
from doorwatch.extract.colon_speakers import colon_speaker
from doorwatch.extract.credit_lines import credited
from doorwatch.extract.definite_speakers import definite_speaker
from doorwatch.extract.described_subjects import PERSON_NOUNS, body_staff, opened_with
from doorwatch.extract.first_person import I_AUX, said_by_writer
from doorwatch.extract.framed_speakers import FramedSpeakers
from doorwatch.extract.inverted_subjects import first_mention, subject_after
from doorwatch.extract.labelled_turns import LabelledTurns
from doorwatch.extract.mentions import Mention, Mentions, lone_name
from doorwatch.extract.office_holders import office_holder
from doorwatch.extract.person_pronouns import OBJECT_SUBJECT, POSSESSIVE_SUBJECT, PRONOUN_GENDER
from doorwatch.extract.pronoun_writers import PIECES, letter_writer, piece_author
from doorwatch.extract.quotes import QuoteSpan
from doorwatch.extract.resolve import Resolver, as_named
from doorwatch.extract.sentences import Paragraph, SentenceIndex
from doorwatch.extract.spokesperson_speakers import (
    spokesperson_after,
    spokesperson_before,
    spokesperson_body,
)
from doorwatch.extract.targets import ACRONYM_RE, spelled_out
from doorwatch.extract.title_portfolios import ends_portfolio, is_title_head
from doorwatch.extract.unnamed_speakers import (
    THATS_WHAT_RE,
    described_after,
    described_before,
    described_subject,
    name_given_before,
    name_given_subject,
    owned_role,
)

_VERB_RE: Final = lx.SPEECH_VERB_RE
# what may stand between a closing mark and its attribution, besides blank space
_POST_LEAD: Final = ",;:–—-"
# The last speech verb of a window (group "speech"): the greedy run before it tries positions
# from the last back (most verbs stand right before their quotation); no verb starts inside
# another (tests/extract/test_speakers.py), so it is the one _VERB_RE.finditer gives last.
_LAST_VERB_RE: Final = re.compile(rf"(?s:.*)(?P<speech>{_VERB_RE.pattern})")
# ("According to the words of Pavel Sapelka, '…'": a translation's turn)
_ACCORDING_RE: Final = re.compile(r"\baccording\s+to\s+(?:the\s+words\s+of\s+)?", re.IGNORECASE)
_I_SUBJECT_RE: Final = re.compile(rf"\bI\s+(?:{I_AUX}\s+)?$")
# a closing mark that ends its sentence ('"…."', '"…?" Then …')
# (or runs on into the speaker's own clause: '"Nobody gives away something for nothing," and …')
_SENTENCE_END_AFTER_RE: Final = re.compile(
    r"\s*(?:$|\n|(?<=[.!?][\"”])\s+[A-Z])|,?\s+(?:and|but)\s"
)
# '"…," as we say': the speaker's own saying
_AS_WE_SAY_RE: Final = re.compile(r"[,\s]*as\s+(?:we|I)\s+(?:say|said|put\s+it|like\s+to\s+say)\b")
_OWNED_SPEAKER_RE: Final = re.compile(
    rf"[’']s\s+(?P<noun>{lx.alternation(sorted(PERSON_NOUNS, key=len, reverse=True))})\s+"
    rf"(?:{lx.SPEECH_VERBS})\b"
)
# '"…," as Novotná puts it': the one named between "as" and the verb
_AS_PUTS_RE: Final = re.compile(
    r"as\s+(?P<who>[^,.;:]{2,60}?)\s+(?:puts|put|phrases|phrased)\s+it\b"
)
# a sentence that opens a quotation with only a word of sequence before it ("And then, "…"",
# "Later: "…"", "Then, after a while: "…"", "And further down, in smaller handwriting: "…"")
_GOES_ON_RE: Final = re.compile(
    r"\s*(?:[Aa]nd\s+)?(?:[Tt]hen|[Ll]ater|[Aa]fterwards|[Ff]inally|[Aa]gain|"
    r"[Ff]urther\s+down|[Ll]ower\s+down)(?:\s*,\s*[^.!?\"“”:,]{1,40}(?=:))?\s*[,:]?\s*"
)
# ('…," but said sanctions would stay "…"': a second verb of the first quotation's subject)
_SECOND_VERB_RE: Final = re.compile(
    r"[\s,]*(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:said|added|warned|insisted|told)\b"
)
# the participles by which a speaker goes on after the verb, up to a next quotation ('," a
# spokesperson said, adding that officials were "…"')
_GOES_ON: Final = ("adding", "noting", "saying", "warning", "stressing", "insisting", "arguing")
_GOES_ON_PARTICIPLE_RE: Final = re.compile(
    rf"\b(?:{lx.SPEECH_VERBS}),\s+(?:{'|'.join(_GOES_ON)})\b[^.!?;:\"“”]*$"
)
_BODY_REACH: Final = 300  # a spokesperson named for a body this far before a quotation
_PASSIVE_RE: Final = re.compile(
    r"\b(?:is|are|was|were|be|been|being|often|widely|commonly|sometimes|once|so|also|long)\s+$"
)
_CHARACTERISING: Final = lx.CHARACTERISING_VERBS
_OWNERS: Final = ("his", "His", "her", "Her", "its", "Its", "their", "Their")
_OWNER_BEFORE_RE: Final = re.compile(rf"\b(?:{'|'.join(_OWNERS)})\s+$")
_SAID_COLON_RE: Final = re.compile(r"[a-z]:\s*$")  # ("She said: '…'", not "HOST: '…'")
_BETWEEN_RE: Final = re.compile(rf"^(?:\s|,|(?:{lx.AUXILIARIES})\b)*$")
# Relative clauses and appositives (", who met Trump in July,", ", a senior adviser to X,")
# between a subject and its verb hold names that are not the subject.
# ("Marie Struthers, Amnesty International's Director for Eastern Europe and Central Asia,
# said": an appositive opened by its organisation's possessive)
_RELATIVE_RE: Final = re.compile(
    # ("Pavel Latushka, of the exiled United Transitional Cabinet, told": whose member he is)
    # ("Pavel Latushka, addressing the Parliamentary Assembly on 30 September, claimed")
    # (not ", a cook named Pavel Lukashonak, said", ", a Major Hrytsuk,": one named)
    r",\s+(?:who|which|whose|whom|where|when|of|"
    rf"(?:a|an)(?![^,]*\s(?:named|called)\s+[A-Z]|\s+(?:{lx.HONORIFICS})\.?\s+[A-Z])|"
    r"(?!including|according)[a-z]{3,}ing|"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s|"
    # ("the Honourable Marc Garneau, Minister of Foreign Affairs, issued": a title of office)
    rf"(?:[A-Z][\w-]*\s+)?(?i:{lx.PERSON_ROLE_NOUNS})\s+(?:of|for)\s)"
    r"\b[^,]*,"
)
# "Tsikhanouskaya's verdict has not changed: '…'": words of the person the possessive names
# ("Coale's own framing is widely cited:": the owner's own words)
# ("Viasna's year-end report says: …", "Amnesty's annual review puts it this way": a body's
# document, a word or two of which kind between)
_SPEECH_NOUN_RE: Final = re.compile(
    rf"(?:[’']s?)?\s+(?:own\s+)?(?:(?:{lx.SPEECH_NOUNS})|(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{lx.DOCUMENT_NOUNS}))\b"
)
# what may stand between a speaking piece and its verb: to whom, when or where it was given
_PIECE_PHRASE_RE: Final = re.compile(
    r"\s+(?:to|at|of|in|on|from|for|dated)\s+[^,.;:\"“”()]{1,40}?\s+(?:(?:has|had|also)\s+)?"
)
_OBJECT_PRONOUN_RE: Final = re.compile(r"(?:him|her|them)\b", re.IGNORECASE)
# ("Its letter says, and I quote, …", "Her statement said …": a piece whose owner a pronoun
# names is the whole subject of the speech verb)
_OWNED_PIECE_SUBJECT_RE: Final = re.compile(
    rf"\s*(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?"
    rf"(?:{lx.SPEECH_NOUNS}|{lx.DOCUMENT_NOUNS})\s+"
)
_CHAIN_REACH: Final = 700  # how far a "she" goes on meaning one described before
_IN_WORDS_RE: Final = re.compile(
    # ("In his view, '…'", "In her assessment, '…'": a party's opinion as a judgment gives it)
    # ("She is, by her own account, '…'": her words about herself)
    r"\b(?:[Ii]n|[Bb]y)\s+(?P<pronoun>his|her|its|their)\s+(?:own\s+)?"
    r"(?:words|view|opinion|assessment|estimation|account)\b"
)
# "The daily … quotes Kremlin spokesman Dmitry Peskov:", "in a commentary by X [an aside]:":
# the words of the one quoted or of the piece's author, not of the sentence's subject
# the subject after its verb, a description and a name before the colon (", argues our
# epidemiologist, Dr Piotr Zawadzki:")
_INVERTED_RE: Final = re.compile(
    r"\s+(?:our|the|their|its|his|her)\s+[^,.;:\"“”]{2,60},\s+[^,.;:\"“”]{2,60}:\s*"
)
_CITES_RE: Final = re.compile(
    # (not "X was quoted in the appeal:", "X, quoted by the Review:": X, quoted)
    # (", quoting X:" is the subject's act, no passive)
    rf"\b(?:(?<!was\s)(?<!were\s)(?<!is\s)(?<!been\s)(?<!,\s)(?:{CITING},?|(?:{PIECES})\s+by)"
    r"|(?<=,\s)(?:quoting|citing))\s+"
    r"(?=(?:[^.;:\"“”\[]|\[[^\]\n]{0,120}\]){1,160}:\s*$)"
)
_AS_SAYING: Final = ("saying", "telling", "stating", "writing")  # (looked for first, as plain text)
_QUOTED_AS_RE: Final = re.compile(
    # (not "X was quoted by the press service as saying": X is quoted)
    # ("State TV quoted Lukashenko after the call saying, …": "as" may be left out)
    rf"\b{CITING}\s+(?!by\b)(?P<who>[^.;:\"“”]{{1,80}}?)\s+(?:as\s+)?"
    rf"(?:{'|'.join(_AS_SAYING)})"
)
_SOMEONE_RE: Final = re.compile(r"(?:an?|one|two|three|several|some)\s")
# ("in the words of X, '…'", "conveyed the words of the Commissioner, Dmytro Lubinets: '…'",
# "I am aware of the statement by X, '…'")
_WORDS_OF_RE: Final = re.compile(
    rf"\b(?:[Ii]n\s+the|the)\s+(?:words|{lx.SPEECH_NOUNS})\s+(?:of|by)\s+"
    r"(?=[^.\"“”]{1,80}[,:]\s*$)"
)
_UNNAMED_AFTER_RE: Final = re.compile(
    rf"\s+(?:{lx.alternation(lx.words('roles', 'unnamed_nouns'))})\b"
)
_ISSUED_BY_RE: Final = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:{lx.DOCUMENT_NOUNS})\s+(?:from|by|of|issued\s+by)\s+"
    r"(?:the\s+)?(?:(?:office|team|press\s+service)\s+of\s+)?"
)
# the issuer a piece is from, by name, then only words that say how it speaks ("further",
# "also"), up to its verb
_ISSUER_RE: Final = re.compile(
    rf"(?P<name>{lx.NAME_WITH_OF})"
    r"(?:\s+(?:further|also|now|then|again|likewise))?\s+"
)
_SPOKESPERSON_AFTER_RE: Final = re.compile(
    r"\s+(?:spokesperson|spokesman|spokeswoman|press\s+secretary)\b"
)
_POST_WINDOW: Final = 120
# ('», — considers the expert X', '», — so described the situation X', '— so the situation was
# described by X': a verb of opinion or message, or "so" and a speech verb, straight after)
_POST_QUOTE_VERB_RE: Final = re.compile(
    rf"(?:(?:so|thus)\s+(?:the\s+\w+\s+(?:was|were)\s+)?(?:{lx.SPEECH_VERBS})(?:\s+by)?"
    rf"|(?:{lx.alternation(lx.words('speech', 'post_quote_verbs'))}))\b"
)
# (the first letters of every word that may open the pattern above: a plain test first)
_POST_QUOTE_FIRST: Final = tuple(
    sorted({w[0] for w in ("so", "thus", *lx.words("speech", "post_quote_verbs"))})
)
_POST_VERB_REACH: Final = 90  # how far after a quotation its speech verb may stand
_FAR_APPOSITIVE_RE: Final = re.compile(
    r"\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+[^,.;:\"“”]{1,140},\s+"
    rf"(?:{lx.SPEECH_VERBS})\b"
)
# '"Sanctions relief without releases is surrender." — Pavel Latushka, Vilnius, 3 March': a
# digest's quotation credited after a dash (see credit_lines)
_CREDIT_OPENINGS: Final = (
    " —",
    " –",
    "—",
    "–",
    "\n",
    " (",
    " [",
    " - ",
)  # (the plain test before credit_lines')
_VERB_REACH: Final = 200  # how far before a quotation its speech verb may stand
_PRE_WINDOW: Final = 400  # a speech verb further back than this belongs to another quotation


class Attributor:
    """Finds the speaker of each quotation of one text."""

    def __init__(
        self,
        masked: str,
        paras: list[Paragraph],
        index: SentenceIndex,
        mentions: Mentions,
        headings: str = "",
        headed: str = "",
    ) -> None:
        self.masked = masked
        self.paras = paras
        self.index = index
        self.mentions = mentions
        self.headings = headings
        self.resolver = Resolver(masked, mentions, index, headings, headed)
        self.anonymous = False
        self.turns = LabelledTurns(masked, paras, mentions, self.resolver, headings, headed)
        # (a caption line in capitals or a post's header is a heading, blanked in ``masked``)
        self.headed = headed or masked
        self.frames = FramedSpeakers(
            masked, self.headed, paras, index, mentions, self.resolver, self.turns
        )

    def speakers(self, quotes: list[QuoteSpan]) -> list[str | None]:
        """Return the speaker of each quotation in ``quotes`` (None where none is found)."""
        out: list[str | None] = []
        last_para_speaker: dict[int, str | None] = {}
        self._described_by: dict[str, tuple[int, str]] = {}  # (see ``_chained``)
        for i, quote in enumerate(quotes):
            framed = self.frames.speaker(quotes, i, out)
            claimed = framed.claimed
            if framed.hit:
                out.append(framed.speaker)
                last_para_speaker[quote.para] = framed.speaker
                continue
            described = self._described(quote)
            if described is not None:
                # '," said one Singapore-based trader': someone the text describes, not names
                out.append(described)
                self.anonymous = True
                continue
            found = self._after(quote)
            after_found = found is not None
            if found is None:
                found = self._before(quote.open, quote.para)
            if found is None:
                found = self._introduced(quote)
            if (
                found is not None
                and self.masked[found.end : found.end + 1].isspace()
                and _UNNAMED_AFTER_RE.match(self.masked, found.end)
            ):
                # "One EU official, speaking on condition of anonymity, said": someone
                # unnamed from that institution, who does not speak for it
                found, self.anonymous = None, True
            if found is not None and found.possessive and found.kind != "person":
                # ('," said Kestrel's Chief Risk Officer, Malte Jørgensen': the office's holder)
                found = office_holder(self.masked, self.mentions, found) or found
            speaker: str | None = None
            if found is not None:
                described_subject = (
                    self._described_subject(found)
                    or opened_with(self.masked, self.paras, self.index, self.resolver, found, quote)
                    or letter_writer(self.masked, self.index, self.mentions, found)
                    or piece_author(self.masked, self.index, self.mentions, found)
                    or self._chained(found)
                    if found.kind == "pronoun" and found.key in PRONOUN_GENDER
                    else None
                )
                if described_subject is not None:
                    self._described_by[found.key] = (found.end, described_subject)
                speaker = described_subject or self.resolver.name(found)
                owned = (
                    _OWNED_SPEAKER_RE.match(self.masked, found.end)
                    if found.possessive and found.kind == "person"
                    else None
                )
                if owned is not None:
                    # '"…," Kuznechyk's wife told Compass Media': his wife speaks, not he
                    speaker = self.masked[found.start : owned.end("noun")]
                if speaker is not None and self.resolver.is_institution(found):
                    self.resolver.last_institution = speaker
                elif speaker is not None:
                    self.resolver.last_institution = None
            if (
                speaker is None
                and i > 0
                and out[i - 1] is not None
                and (
                    self._resumes(quotes[i - 1], quote) or self._same_subject(quotes[i - 1], quote)
                )
            ):
                # '"…," said Daniel Hoeksema, a fund manager, "and this is …"': the same words
                # going on; 'An official told reporters the release "…," but said sanctions
                # would stay "…"': a second verb of the same subject
                speaker = out[i - 1]
            if (
                speaker is None
                and found is None
                # (the quotation ends its sentence, or "as we say" follows: not '"…," she
                # warned', '"…," as Viasna puts it', '"A Country for Life" says')
                and (
                    _SENTENCE_END_AFTER_RE.match(self.masked, quote.close + 1) is not None
                    or _AS_WE_SAY_RE.match(self.masked, quote.close + 1) is not None
                )
                and self.turns.opens(quote.para)
                # (not 'a guard opened the door and said, "…"': someone else speaks in it)
                and _VERB_RE.search(self.masked, self.index.span(quote.open)[0], quote.open) is None
                # (not 'ANCHOR: Tsikhanouskaya thanked Kyiv in a video. "…"': the words of the
                # one the sentence before is about, unless "as we say" follows)
                and (
                    _AS_WE_SAY_RE.match(self.masked, quote.close + 1) is not None
                    or not self._after_subject(quote)
                )
            ):
                # 'HANCHAR: … "The door opens in both directions," as we say.': words quoted
                # by the one whose turn the transcript's label gives
                speaker = self.turns.speaker(quote.para)
            if (
                speaker is None
                and i > 0
                and out[i - 1] is not None
                and quotes[i - 1].para == quote.para
                and _GOES_ON_RE.fullmatch(self.masked, self.index.span(quote.open)[0], quote.open)
                is not None
            ):
                # 'Bialiatski said: "I am free, but I am not home." And then, "…"': the same
                # voice goes on, in a sentence with no subject of its own
                speaker = out[i - 1]
            if speaker is None and said_by_writer(self.masked, self.paras[quote.para], quote):
                # 'The Minister (Ewan Hartley): … "…," I told our partners': the one whose
                # words the transcript's label or the byline gives
                speaker = self.turns.speaker(quote.para, as_labelled=True)
            if speaker is None and found is None:
                # 'Lithuania's foreign minister said …': a role given by whose it is, unnamed
                speaker = self._owned_role(quote)
            if speaker is None and not self.anonymous:
                speaker = self._carried(quotes, i, out, last_para_speaker)
            if (
                speaker is None
                and found is not None
                and found.kind == "role"
                and found.key.startswith(("his ", "her "))
            ):
                # ("His wife told Lithuanian radio, …", a wife the text never names)
                speaker = self.resolver.kin_of(found.key, found.start)
            if speaker is None and not after_found:
                # ('," the donor told the Centre': a person by a definite head no mention
                # holds, when nothing else tells who speaks)
                speaker = definite_speaker(
                    self.masked,
                    self.mentions,
                    self.index,
                    quote,
                    min(self.paras[quote.para].end, quote.close + 1 + _POST_WINDOW),
                )
            if claimed and speaker is not None and is_claim_label(speaker):
                speaker = None  # ('CLAIM: "…"' with no one named: the label says no one)
            out.append(speaker)
            if speaker is not None:
                last_para_speaker[quote.para] = speaker
        # An unclosed quotation whose paragraph names nobody is attributed where the speaker's
        # words continue: the next paragraph, which opens with a quotation mark.
        for i in range(len(quotes) - 2, -1, -1):
            quote, following = quotes[i], quotes[i + 1]
            if (
                out[i] is None
                and quote.unclosed
                and following.para == quote.para + 1
                and following.open == self.paras[following.para].start
            ):
                out[i] = out[i + 1]
        # ('," the PMOS said' after "the Prime Minister's official spokesman (PMOS)": the one
        # the acronym spells out)
        return [
            # ('," the PMOS said' after "the Prime Minister's official spokesman (PMOS)"; not
            # "EU" or "UK", whose initials other words share)
            as_named(
                spelled_out(self.masked, s) if 2 < len(s) <= 6 and ACRONYM_RE.fullmatch(s) else s
            )
            if s is not None
            else None
            for s in out
        ]

    def _described_subject(self, pronoun: Mention) -> str | None:
        """Return the description of an unnamed speaker ``pronoun`` refers back to ('A
        Commission spokeswoman said …. "…," she said'): one whose speech verb stands in the
        sentence before or earlier in the same one, with no person named after it."""
        si = self.index.index(pronoun.start)
        start = self.index.spans[max(0, si - 1)][0]
        found = described_subject(self.masked, start, pronoun.start, PRONOUN_GENDER[pronoun.key])
        if found is None:
            return None
        who, end = found
        if any(m.kind == "person" for m in self.mentions.within(end, pronoun.start)):
            return None  # (someone named since is nearer)
        return who

    def _chained(self, pronoun: Mention) -> str | None:
        """Return whom the last pronoun of the same sex was read as when more than a name told
        it (an unnamed person described: '"…," she said. / She added that …: "…"'), while no
        one is named since and the text has not gone far on; else None."""
        last = self._described_by.get(pronoun.key)
        if last is None or pronoun.start - last[0] > _CHAIN_REACH:
            return None
        named = self.mentions.within(last[0], pronoun.start, speakers=True)
        return None if any(m.kind in ("person", "bare") for m in named) else last[1]

    def _carried(
        self,
        quotes: list[QuoteSpan],
        i: int,
        done: list[str | None],
        last_para_speaker: dict[int, str | None],
    ) -> str | None:
        quote = quotes[i]
        s_start = max(self.index.span(quote.open)[0], quote.open - _PRE_WINDOW)
        opens_sentence = not self.masked[s_start : quote.open].strip()
        if not opens_sentence:
            return None  # words quoted inside someone else's sentence carry no speaker over
        if i > 0 and quotes[i - 1].para == quote.para and done[i - 1] is not None:
            return done[i - 1]
        para = self.paras[quote.para]
        if quote.open != para.start:
            # 'He added that 300 were freed. "They go home, …"': the sentence before, in the
            # same paragraph, has someone speaking; the quotation goes on in their words
            if s_start <= para.start or (i > 0 and quotes[i - 1].para == quote.para):
                return None  # (a quotation before it in the paragraph had no speaker to give)
            given = name_given_subject(self.masked, self.index.span(s_start - 2)[0], s_start)
            if given is not None:
                return given  # ('… only her first name, Ieva, told us that …. "…"': Ieva's)
            said = self._before(s_start - 1, quote.para)
            if said is None:
                # 'Zhuk laughed. "He is signalling to everyone."': the sentence before, with no
                # speech verb, is the one its subject then speaks after
                said = opening_subject(
                    self.masked, self.mentions, self.turns.label_end, self.index.span(s_start - 2)
                )
            if said is not None and said.kind in ("org", "bare"):
                # ('A former Belavia pilot said …. "…"': the pilot, not the airline)
                return body_staff(self.masked, said) or self.resolver.name(said)
            return self.resolver.name(said) if said is not None else None
        previous = quote.para - 1
        while previous >= 0 and self.paras[previous].heading:
            previous -= 1
        spoke_before = i > 0 and quotes[i - 1].para == previous
        if previous < 0 or previous in last_para_speaker or spoke_before:
            return last_para_speaker.get(previous) if previous >= 0 else None
        # ('He holds it up to the camera.' above '"This one came off a plane …"': words with
        # no attribution, after a paragraph that ends on what a person does, are that person's)
        said = last_subject(self.masked, self.mentions, self.index, self.paras[previous])
        if said is None:
            return None
        # ('I put this to a European diplomat …. She was unsentimental.' above '"…"')
        described = self._described_subject(said) if said.kind == "pronoun" else None
        return described or self.resolver.name(said)

    def _after_subject(self, quote: QuoteSpan) -> bool:
        """Return True when ``quote`` opens a sentence after one in its paragraph whose
        subject is a person named in full ("Tsikhanouskaya thanked Kyiv. "…"")."""
        s_start = self.index.span(quote.open)[0]
        if self.masked[s_start : quote.open].strip() or s_start <= self.paras[quote.para].start:
            return False
        subject = opening_subject(
            self.masked, self.mentions, self.turns.label_end, self.index.span(s_start - 2)
        )
        return subject is not None and subject.kind == "person"

    def _same_subject(self, before: QuoteSpan, quote: QuoteSpan) -> bool:
        """Return True when ``quote`` stands in the sentence of the quotation ``before``, after
        a second speech verb of its subject ("…," but said … "…") and no name between."""
        if before.para != quote.para or before.unclosed:
            return False
        if self.index.index(before.close) != self.index.index(quote.open):
            return False
        start = before.close + 1
        if not _SECOND_VERB_RE.match(self.masked, start, quote.open):
            # ('"…," a spokesperson said, adding that officials were "…"': the speaker's
            # participle goes on with their words)
            going_on = _GOES_ON_PARTICIPLE_RE.search(self.masked, start, quote.open)
            if going_on is None:
                return False
            start = going_on.start()
        return not any(
            m.kind in _SPEAKING for m in self.mentions.within(start, quote.open, speakers=True)
        )

    def _resumes(self, before: QuoteSpan, quote: QuoteSpan) -> bool:
        """Return True when ``quote`` goes on with the words of the quotation ``before`` in
        the same sentence: an attribution between commas, no full stop."""
        if before.para != quote.para or before.unclosed:
            return False
        between = self.masked[before.close + 1 : quote.open]
        return (
            between.rstrip().endswith(",")
            and self.index.index(before.close) == self.index.index(quote.open)
            and any(verb.group("verb") for verb in _VERB_RE.finditer(between))
        )

    def _owned_role(self, quote: QuoteSpan) -> str | None:
        """Return the unnamed role given by whose it is that speaks right after ``quote`` or
        leads into it in its own sentence ("Lithuania's foreign minister"), or None."""
        para = self.paras[quote.para]
        if not quote.unclosed:
            end = min(para.end, quote.close + 1 + _POST_WINDOW)
            after = owned_role(self.masked, quote.close + 1, end, after=True)
            if after is not None:
                return after
        start = max(para.start, self.index.span(quote.open)[0])
        return owned_role(self.masked, start, quote.open, after=False)

    def _described(self, quote: QuoteSpan) -> str | None:
        # (the paragraph bounds the windows: the patterns end at punctuation or at the verb
        # before the quotation, so no sentence span is needed)
        para = self.paras[quote.para]
        if not quote.unclosed:
            end = min(para.end, quote.close + 1 + _POST_WINDOW)
            # (both spokesperson's shapes name a "spokes…" noun: one plain test for the two)
            spokes = self.masked.find("spokes", quote.close + 1, end) >= 0
            described = (
                described_after(self.masked, quote.close + 1, end)
                or (spokesperson_body(self.masked, quote.close + 1, end, True) if spokes else None)
                or aside_described(self.masked, quote.close + 1, end)
            )
            if described is not None:
                return described
            if spokes and spokesperson_after(self.masked, quote.close + 1, end):
                # 'The German Foreign Office said … "…," a spokesperson said': the body
                return self.resolver.institution(quote.open)
        before = max(para.start, quote.open - _VERB_REACH)
        first = self.index.span(quote.open)[0]  # (the quotation's sentence, looked up once)
        only = self.masked.find(" only ", first, quote.open) >= 0  # (its plain test)
        given = name_given_before(self.masked, first, quote.open) if only else None
        if given is not None:
            return given  # ("…, who asked to be identified only by her initials, A.K., said:")
        # (the quotation's own sentence: 'A spokesperson for X said the department would …
        # and that "…"')
        if self.masked.find("spokes", max(para.start, quote.open - _BODY_REACH), quote.open) >= 0:
            body = spokesperson_body(
                self.masked,
                max(para.start, first),
                quote.open,
                after=False,
            )
            if body is not None:
                return body
            # (a spokesperson before the words stands in the stretch just tested)
            told = spokesperson_before(self.masked, before, quote.open)
            if told is not None:
                # 'The Foreign Office welcomed the releases. A spokesperson said: "…"' (the
                # body named before the spokesperson, not the outlet they told)
                return self.resolver.institution(told)
        described = described_before(self.masked, before, quote.open) or quoted_described(
            self.masked, first, quote.open
        )
        previous = self.paras[quote.para - 1] if quote.para > 0 else None
        if (
            described is None
            and quote.open == para.start
            and previous is not None
            and self.masked.startswith("From ", previous.start)
        ):
            # ('From a mother in Babruisk, received in January:' on the line above the words)
            described = described_before(self.masked, previous.start, previous.end)
        return described

    def _after(self, quote: QuoteSpan) -> Mention | None:
        # ``anonymous`` is left True when a speech verb follows but names nobody ('," one of
        # the women told AFP'): such words are not carried over to an earlier speaker.
        self.anonymous = False
        if quote.unclosed:
            return None
        begin = quote.close + 1
        # ('"…"\n— Ihar Lutski, deputy minister, 17 August 2024': credited on the next line)
        if self.masked.startswith(_CREDIT_OPENINGS, begin):
            credit = credited(self.masked, self.mentions, begin)
            if credit is not None:
                return credit.person
        sent_end = self.index.span(quote.close)[1]
        # (not after 'She said: "…"', whose words have their speaker: 'That is what X calls
        # mercy' then speaks of them)
        told = (
            THATS_WHAT_RE.match(self.masked, begin)
            if self.masked.startswith(("That", "This"), begin + 1)
            and _SAID_COLON_RE.search(self.masked, max(0, quote.open - 4), quote.open) is None
            else None
        )
        if sent_end <= begin + 1 and (
            self.masked[quote.close - 1 : quote.close] in ("!", "?") or told is not None
        ):
            # '"We are free!" Maria Kalesnikava shouted': the quotation's own mark ended the
            # sentence; its attribution is the sentence that follows
            sent_end = self.index.span(min(len(self.masked) - 1, begin + 1))[1]
        limit = min(sent_end, begin + _POST_WINDOW, self.paras[quote.para].end)
        window = self.masked[begin:limit]
        for mark in '“"«':
            cut = window.find(mark)
            if cut >= 0:
                window, limit = window[:cut], begin + cut
        # (a loop, not a pattern: one or two characters to skip, fewer than a call costs)
        offset = 0
        while offset < len(window) and (window[offset] in _POST_LEAD or window[offset].isspace()):
            offset += 1
        if told is not None:
            offset = told.end() - begin  # ('… That's what Pavel Latushka told me')
        if window.startswith("and ", offset):
            # ('that "…," and Lithuania has said it will not …': a clause of its own, not the
            # quotation's attribution)
            return None
        # (only "a" or "A" can open "according to": most windows are settled by that)
        according = (
            _ACCORDING_RE.match(window, offset) if window.startswith(("a", "A"), offset) else None
        )
        if according:
            # "according to a statement from the office of X": the document's issuer
            issued = _ISSUED_BY_RE.match(window, according.end())
            at = issued.end() if issued else according.end()
            return self._first_mention(begin + at, limit, 10)
        if window.startswith("as ", offset):
            puts = _AS_PUTS_RE.match(window, offset)
            if puts is not None:
                return self._first_mention(begin + puts.start("who"), begin + puts.end("who"), 60)
        after = (
            _POST_QUOTE_VERB_RE.match(window, offset)
            if window.startswith(_POST_QUOTE_FIRST, offset)
            else None
        )
        if after is not None:
            return self._subject_after(begin + after.end(), limit)
        verb = _VERB_RE.search(window, offset, offset + _POST_VERB_REACH)
        if verb is None:
            # '," Brian Nelson, the Treasury's under secretary for terrorism and financial
            # intelligence, said in a statement': a long appositive before the verb
            lead_at = begin + offset
            while lead_at < limit and self.masked[lead_at] in " ,":
                lead_at += 1
            if lead_at >= limit or not self.masked[lead_at].isupper():
                return None  # (no name right after the quotation: most have none)
            far = _FAR_APPOSITIVE_RE.match(self.masked, begin + offset, min(sent_end, begin + 240))
            if far is None:
                return None
            return next(
                (
                    m
                    for m in self.mentions.within(far.start("name"), far.end("name"))
                    if m.kind == "person"
                ),
                None,
            )
        v_start, v_end = begin + verb.start(), begin + verb.end()
        if verb.start() == offset:  # '," said Tsikhanouskaya'
            if window.startswith(_GOES_ON, offset):
                return None  # '," adding that Minsk …': the speaker before goes on
            return self._subject_after(v_end, limit)
        cands = [
            m
            for m in self.mentions.within(begin + offset, v_start, speakers=True)
            if m.kind in _SPEAKING
            or lone_name(m)
            # ('," a White House spokesperson said', '," the Kremlin said': a seat of power
            # speaking, directly or by its spokesperson)
            or (
                m.kind == "place"
                and (
                    self._directly_before(m, v_start)
                    or _SPOKESPERSON_AFTER_RE.match(self.masked, m.end, v_start)
                )
            )
        ]
        # (past the lead only an owner's word can open it; after "That's what" spaces may)
        piece = (
            _OWNED_PIECE_SUBJECT_RE.fullmatch(self.masked, begin + offset, v_start)
            if told is not None or self.masked.startswith(_OWNERS, begin + offset)
            else None
        )
        if piece is not None:
            # ('"…," his message said': the words of the one whose piece it is)
            at, key = piece.start("pronoun"), POSSESSIVE_SUBJECT[piece["pronoun"].lower()]
            return Mention(at, piece.end("pronoun"), "pronoun", key)
        cands = [m for m in cands if not m.possessive] or cands
        # ('," the Department of Foreign Affairs and Trade said': a name's last words after "and")
        cands = [
            m for m in cands if m.kind != "bare" or not ends_portfolio(self.masked, m.start)
        ] or cands
        # '," Olga Zazulinskaya of the cabinet said': a name after a preposition modifies
        # the subject rather than being it.
        cands = [m for m in cands if not self.mentions.prep(m)] or cands
        if not cands:
            bare = self.mentions.within(begin + offset, v_start, speakers=True)
            cands = [m for m in bare if self._directly_before(m, v_start)]
        if not cands:
            self.anonymous = v_start - begin <= 40
            return None
        head = self.masked[begin + offset : cands[0].start]
        # ('," the Minister for Foreign Affairs, Senator Marise Payne, said': a long title,
        # in capitals, before the name)
        if len(head) > 40 and not is_title_head(head):
            return None
        first = cands[0]
        if (
            len(cands) > 1
            and first.kind == "person"
            and self.masked.startswith(",", first.end)
            and self.masked.find(",", first.end + 1, v_start) >= 0
        ):
            # '," Franak Viacorka, senior adviser to Sviatlana Tsikhanouskaya, told Reuters':
            # the names inside the appositive are not who spoke
            return first
        return cands[-1]

    def _subject_after(self, start: int, limit: int) -> Mention | None:
        return subject_after(self.masked, self.mentions, start, limit)

    def _first_mention(self, start: int, limit: int, reach: int) -> Mention | None:
        return first_mention(self.masked, self.mentions, start, limit, reach)

    def _directly_before(self, mention: Mention, verb_start: int) -> bool:
        return bool(_BETWEEN_RE.match(self.masked[mention.end : verb_start]))

    def _introduced(self, quote: QuoteSpan) -> Mention | None:
        # 'A lawyer, Emin Huseynli, said after the hearing:' closing the paragraph before
        # introduces the quotation that opens this one.
        para = self.paras[quote.para]
        if quote.open != para.start or quote.para == 0:
            return None
        previous = self.paras[quote.para - 1]
        if previous.heading or self.masked[previous.end - 1] != ":":
            return None
        return self._before(previous.end, quote.para - 1)

    def _cited(self, start: int, end: int) -> Mention | None:
        """Return the one a text quotes after "quotes" and before the colon that opens the
        words: a person named there before any body; None when it names none (anonymous when
        it describes someone: 'The paper quotes a government source: "…"')."""
        named = [m for m in self.mentions.within(start, end, speakers=True) if m.kind in _SPEAKING]
        found = next((m for m in named if m.kind == "person"), named[0] if named else None)
        self.anonymous = found is None and _SOMEONE_RE.match(self.masked, start) is not None
        return found

    def _before(self, open_: int, para: int) -> Mention | None:
        s_start = max(self.index.span(open_)[0], self.paras[para].start, open_ - _PRE_WINDOW)
        window = self.masked[s_start:open_]
        last = _LAST_VERB_RE.match(window, max(0, len(window) - _VERB_REACH))
        if (
            last is not None
            # (the owner's word first, by plain tests: most speech verbs follow no "his")
            and window[: last.start("speech")].rstrip().endswith(_OWNERS)
            and _OWNER_BEFORE_RE.search(window, 0, last.start("speech"))
        ):
            last = None  # ("Her warning to donors was short: …": a noun, whose it is)
        if (
            last is not None
            and any(word in window for word in _AS_SAYING)
            and (as_saying := _QUOTED_AS_RE.search(window)) is not None
            and last.end("speech") == as_saying.end()
        ):
            # ('quoted Transport Minister X as saying the ministry would "…"': X's words)
            at, who_end = s_start + as_saying.start("who"), s_start + as_saying.end("who")
            object_pronoun = _OBJECT_PRONOUN_RE.fullmatch(self.masked, at, who_end)
            if object_pronoun is not None:
                # ("His press service quoted him as telling the envoy: …": the one "him" means)
                key = OBJECT_SUBJECT[object_pronoun.group().lower()]
                return Mention(at, who_end, "pronoun", key)
            quoted = self._cited(at, who_end)
            if quoted is not None:
                return quoted
        cited = _CITES_RE.search(window) if window.endswith((":", ": ", ":\n")) else None
        if cited is None and last is not None and _INVERTED_RE.fullmatch(window, last.end()):
            # ("…, argues our epidemiologist, Dr Piotr Zawadzki: …": the verb before its subject)
            named = [
                m
                for m in self.mentions.within(s_start + last.end(), open_, speakers=True)
                if m.kind == "person" and not m.possessive
            ]
            if named:
                return named[-1]
        if cited is not None and (
            last is None
            or last.end() <= cited.start()
            # ("the analyst the Tribune quoted, X:": the one quoted, named before the colon)
            or (last.start("speech") == cited.start() and window.startswith(",", cited.end() - 2))
            or in_relative_clause(window, 0, last.start("speech"))
        ):  # ("quotes a lawyer who advises families, X:")
            quoted = self._cited(s_start + cited.end(), open_)
            if quoted is not None or self.anonymous:
                return quoted
        # (its lookahead asks for a comma or a colon at the window's end: tested first)
        words_of = _WORDS_OF_RE.search(window) if window.rstrip().endswith((",", ":")) else None
        # ('has urged Warsaw to act, so that, in the words of its chair, X, "…"': after the
        # clause's own verb too)
        if words_of is not None and (last is None or last.end() <= words_of.start()):
            # 'in the words of Warsaw metals consultant Adam Kubiak, "…"': the name that
            # ends the phrase (a place or a trade may come first)
            named = [
                m
                for m in self.mentions.within(s_start + words_of.end(), open_, speakers=True)
                if m.kind in ("person", "org")
            ]
            if named:
                return named[-1]
        if last is None and window.rstrip().endswith(":"):
            # ("HOST: X was blunter in a statement: …", "VOLHA (V/O): …": the turn's label is
            # not the subject; but "… GLCN's CFO, Dev Sandhu, was more cautious:", inside a
            # paragraph with its colon the last, is no label)
            opened = self.turns.label_end(s_start, open_)
            if opened is None or (
                self.masked.find(":", opened, open_) < 0 and s_start != self.paras[para].start
            ):
                opened = s_start
            before_colon = colon_speaker(self.masked, self.index, self.mentions, opened, open_)
            if before_colon is not None:
                return before_colon
        if last is None:
            according = _ACCORDING_RE.search(window)
            if according:
                at = s_start + according.end()
                object_pronoun = _OBJECT_PRONOUN_RE.match(self.masked, at, open_)
                if object_pronoun is not None:
                    # 'According to him, the regime has turned them into "a currency"'
                    key = OBJECT_SUBJECT[object_pronoun.group().lower()]
                    return Mention(at, object_pronoun.end(), "pronoun", key)
                return self._first_mention(at, open_, 10)
            words = _IN_WORDS_RE.search(window)
            if words:  # 'In his words, the pressure "has not ..."'
                at = s_start + words.start("pronoun")
                key = POSSESSIVE_SUBJECT[words.group("pronoun")]
                return Mention(at, at + len(words.group("pronoun")), "pronoun", key)
            return None
        v_at = last.start("speech")  # (in the window)
        v_start = s_start + v_at
        if window.find("I", max(0, v_at - 24), v_at) >= 0 and _I_SUBJECT_RE.search(
            window, max(0, v_at - 24), v_at
        ):
            return None  # ("What I will say is that …": the speaker's own, see first_person)
        word = last.group("speech")
        if word in _CHARACTERISING and _PASSIVE_RE.search(window, 0, v_at):
            return None
        issued = _ISSUED_BY_RE.match(self.masked, s_start, v_start)
        issuer = _ISSUER_RE.fullmatch(self.masked, issued.end(), v_start) if issued else None
        if issuer is not None:
            # ("A statement from the Foreign Ministry says …", "The letter of the Initiative
            # further calls on …": the piece's issuer speaks, named or not before)
            by_name = self._first_mention(issuer.start("name"), issuer.end("name"), 0)
            if by_name is not None and by_name.kind in ("person", "org"):
                return by_name
            return Mention(issuer.start("name"), issuer.end("name"), "org", issuer["name"])
        owned = _OWNED_PIECE_SUBJECT_RE.fullmatch(self.masked, s_start, v_start)
        if owned is not None:
            key = POSSESSIVE_SUBJECT[owned["pronoun"].lower()]
            return Mention(owned.start("pronoun"), owned.end("pronoun"), "pronoun", key)
        # ("X (Renew Europe, Lithuania) put it bluntly": an aside in brackets is no subject)
        cands = [
            m
            for m in self.mentions.within(s_start, v_start, speakers=True)
            if self.masked.rfind("(", s_start, m.start) <= self.masked.rfind(")", s_start, m.start)
        ]
        label_end = self.turns.label_end(s_start, v_start)
        if label_end is not None:
            # ("DORSEY: So Coale came out and said, …": the turn's label is not the subject)
            s_start = label_end
            cands = [m for m in cands if m.start >= label_end]
        # (only the last words before the verb are read: most quotations have neither)
        lead = window[max(0, v_at - 40) : v_at]
        if " who " in lead or " but " in lead or " and " in lead:
            subject = clause_subject(self.masked, cands, v_start - len(lead), s_start, lead)
            if subject is not None:
                return subject
        if last.group("part") is not None or window[:v_at].endswith("quoted as "):
            # ("Team leader Dr X, speaking from …:": a capitalised word no name before a name)
            for m in sorted(cands, key=lambda m: m.kind == "bare"):
                if self._eligible(m, v_start) or (
                    # "The White House welcomed the releases, calling them …": a seat of
                    # government that opens the sentence speaks for it
                    m.kind == "place"
                    and m.key in lx.SPEAKING_PLACES
                    and not m.possessive
                    and self.masked[s_start : m.start].strip() in ("", "The", "the")
                ):
                    return m
            return None
        if "," in lead:
            # 'Ursula von der Leyen, the Commission president, said:': the body inside the
            # appositive is not who spoke ('Viasna, the group founded by Mr. Bialiatski,
            # posted a note': nor the person inside a body's)
            for at, m in enumerate(cands):
                if (
                    m.kind in ("person", "org", "bare")
                    and not m.possessive
                    and APPOSITIVE_TO_VERB_RE.fullmatch(self.masked, m.end, v_start)
                    # (not "…, Maria Kalesnikava, Amnesty's Director for …, Marie Struthers,
                    # said": a person named last is the one the office belongs to)
                    and not (
                        m.kind == "person" and any(c.kind == "person" for c in cands[at + 1 :])
                    )
                ):
                    held = cands[at + 1] if at + 1 < len(cands) else None
                    if (
                        held is not None
                        and m.kind != "person"
                        and titled_holder(self.masked, m, held, v_start)
                    ):
                        # "the Minister of International Development, the Honourable Ahmed
                        # Hussen, said": the office, then the one who holds it
                        return held
                    return m
        # Names inside a relative clause (", who met Trump in July,") are not the subject.
        relatives = _RELATIVE_RE.finditer(window) if "," in window else iter(())
        skipped = [(s_start + c.start(), s_start + c.end()) for c in relatives]
        for at in range(len(cands) - 1, -1, -1):
            m = cands[at]
            if any(a <= m.start < b for a, b in skipped):
                continue
            if (
                m.kind in ("place", "bare")
                and at > 0
                and placed_after(self.masked, cands[at - 1], m)
            ):
                continue  # "Dr. Katarzyna Wróbel, Warsaw, observes that …": where she is
            if self._eligible(m, v_start):
                return m
        return None

    def _eligible(self, mention: Mention, verb_start: int) -> bool:
        if (
            mention.possessive
            and (mention.kind in ("person", "org") or lone_name(mention))
            and not self.mentions.prep(mention)
        ):
            # ("Treasury's statement said the action …": whose statement speaks)
            noun = _SPEECH_NOUN_RE.match(self.masked, mention.end)
            # ("Belavia's own line, posted on its site:": the piece in apposition to the verb;
            # "The Department's reply to my office stated": a phrase of whom or when between)
            return noun is not None and (
                not self.masked[noun.end() : verb_start].strip(" ,")
                or _PIECE_PHRASE_RE.fullmatch(self.masked, noun.end(), verb_start) is not None
            )
        if mention.possessive or self.mentions.prep(mention):
            return False
        if self.masked[mention.start - 1 : mention.start] == "(" and self.masked.startswith(
            ")", mention.end
        ):
            return False  # "rapporteur Henrik Sjöberg (Renew) described …": a qualifier
        if self.resolver.is_label(mention) or (self.resolver.is_dateline(mention, dated=True)):
            # 'HOST: The ministry's spokesman said, "…"': a turn's label; "WASHINGTON, Dec.
            # 15 — The State Department … telling reporters": a dateline's place (not "USCIS,
            # asked about …, told us": a body in capitals)
            return False
        if (
            mention.kind == "pronoun"
            and mention.key == "it"
            and object_of_verb(self.masked, mention)
        ):
            return False  # "called it … and said …": what was so called, not who spoke
        if mention.kind in _SPEAKING:
            return True
        if lone_name(mention):
            return True  # a surname the text gives alone: "Lukashenko was quoted as saying"
        return self._directly_before(mention, verb_start)
