"""Whether a sanction measure a shape matched happened: imposed, lifted or eased, threatened,
or only a possibility (could, should, negated, hoped for).

``doorwatch.extract.sanctions`` reads each match of a shape through ``action_of``; the
patterns here are the words before the verb that change what the match reports: a modal, a
negation, a measure asked for, weighed or opposed, or a decision already taken.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import SanctionAction
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.sanction_powers import powers_named
from doorwatch.extract.sanction_shapes import POWER_NAMES

# a measure promised ("has promised to go further, closing its skies to …")
_PROMISE: Final = (
    # ("we are making preparations to freeze the assets of …": a power readying its measure)
    # ("would not hesitate to designate further individuals": a readiness told by its denial)
    r"(?:promis(?:es|ed|ing)|pledg(?:es|ed|ing)|vow(?:s|ed|ing)?|mak(?:e|es|ing)\s+preparations|"
    r"(?:would|will)\s+not\s+hesitate|"
    # ("The UK stands ready to designate further officials": a power's readiness, a threat)
    r"(?:stands?|remains?)\s+ready)"
    r"\s+to(?:\s+go\s+further\s*,)?"
)
_PROMISED_RE: Final = re.compile(rf"\b{_PROMISE}\s+$")


def promised_before(masked: str, s_start: int, match: re.Match[str]) -> bool:
    """Return True when a promise stands right before the verb of ``match`` ("vowed to
    designate …", "pledged to sanction …"): a measure promised, a threat."""
    verb_at = match.start("verb")
    return _PROMISED_RE.search(masked, max(s_start, verb_at - 40), verb_at) is not None


MODAL_BEFORE_RE: Final = re.compile(
    # ("has warned Minsk that it could reimpose measures")
    # ("Brussels is preparing to add … to its lists": a power readying its own measure)
    r"\b(?:(?P<threat>threat(?:s|ened)?\s+to|prepar(?:es|ing)\s+to|"
    # ("the bill would require the President to impose …": a law that obliges a power to act
    # proposes its measure)
    r"(?:requir|direct|instruct)(?:e|es|ing)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,4}to|"
    r"warn(?:s|ed|ing)?\s+(?:[A-Z][\w.]*\s+)?(?:that\s+)?(?:it|they)\s+(?:could|would|will|might))|"
    r"(?P<maybe>could|may|might|(?:un)?likely\s+to|expected\s+to|set\s+to|due\s+to|poised\s+to|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|hop(?:e|es|ed|ing)\s+to|"
    # "should lift", "must ease": what ought to be done is not done
    r"aim(?:s|ed|ing)?\s+to|should|must|ought\s+to|"
    # ("Probability of US easing export controls on …: low": a forecast's odds)
    r"[Pp]robability\s+of|[Ll]ikelihood\s+of|[Oo]dds\s+of|"
    # ("Some commentators expect relief for the airline to come first": a forecast)
    # ("the President shall impose …": what a bill's text obliges is not yet done)
    r"(?<=\s)(?:expect|expects|predict|predicts|anticipate|anticipates))|would|will|shall|"
    # ("has promised to go further, closing its skies to …": a measure promised, a threat; a
    # relief promised is only a possibility)
    rf"(?P<promise>{_PROMISE}))"
    # "may be tempted to ease": a few words may stand between the modal and the verb (not
    # "what it could offer Minsk after lifting …": a step taken before, in a clause of its own)
    # ("should answer the announcement by adding …": the means of what ought to be done)
    r"\s+(?:(?:(?!(?:after|before|since|following|despite)\b)\w+\s+){0,3}|"
    r"(?:(?!(?:after|before|since|following|despite)\b)\w+\s+){1,5}?by\s+)$"
)
# ('member states would "look closely" at adding …': a step looked at, its words quoted)
_LOOK_AT_RE: Final = re.compile(r"\b(?:would|will|could|might)\b[^.;]{0,30}?\sat\s+$")
NEGATED_RE: Final = re.compile(
    # ("has shown no appetite for easing them")
    r"\b(?:not(?!\s+hesitate\b)|never|"
    r"no\s+(?:plans?|intention|decision|appetite|desire|interest|rush|hurry|discussion|talk|"
    r"question)\s+(?:to|for|of|about)|refus(?:e|es|ed|ing)\s+to|"
    r"declin(?:e|es|ed|ing)\s+to|rul(?:e|es|ed|ing)\s+out|"
    # ("refuse any easing of its sanctions on …", "rejected the lifting of …")
    r"(?:refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?)\s+(?:any|all|the|an?))\s+"
    # ("is not an outright delisting of …": an article and a word before the step's noun)
    r"(?:(?:an?|the)\s+)?(?:\w+\s+)?$"
)
# a relief told as unlikely ("little chance that the US sanctions on X will be relaxed", "no
# prospect that the ban on X will be lifted"): the measures stay in force
_DOUBTED_RE: Final = re.compile(
    # ("no near-term prospect of …")
    r"\b(?:little|no|slim|small|scant)\s+(?:[\w-]+\s+)?(?:chance|prospect|likelihood|sign)s?"
    r"\s+(?:that|of)\b"
    # (not "…, but Washington lifted …": a clause of its own after the doubt)
    r"(?:(?!,\s+(?:but|and|while|yet|although)\b)[^.;:\"“”]){0,80}$"
)


def doubted(masked: str, at: int) -> bool:
    """Return True when the words before ``at`` doubt the relief told there ("no near-term
    prospect of US relief for …"): the measure stays in force."""
    return _DOUBTED_RE.search(masked, max(0, at - 100), at) is not None


_INNER_MODAL_RE: Final = re.compile(
    r"\b(?:would|could|may|might|should|must)\s+(?:not\s+)?(?:be|have\s+been)\s+(?:\w+\s+)?$"
)
_WITH_EFFECT_RE: Final = re.compile(
    r"\s+(?:with\s+effect\s+from|effective\s+(?:from|on|as\s+of))\s"
)
_IN_EFFECT_FROM_RE: Final = re.compile(r"\s+(?:from|as\s+of|starting|effective|with\s+effect)\b")
_INNER_WILL_RE: Final = re.compile(
    r"\b(?:will|shall)\s+(?:also\s+|again\s+|soon\s+)*be\s+(?:\w+\s+)?$"
)
# a condition told after a measure ("… if the violence continued", "… unless he is freed")
_CONDITION_AFTER_RE: Final = re.compile(r"[^.;]{0,40}?\b(?:if|unless|should\s+[A-Z])\b")
_REGRET_RE: Final = re.compile(
    r"\b(?:should|ought\s+to)\s+(?:not|never)\s+have\s+$|\bshouldn[’']t\s+have\s+$"
)
# a refused relief keeps in force only a measure named as someone's own ("its ban on")
# ("will not lift its ban on …", "does not remove Belavia from the SDN List": what stays)
_OWN_MEASURE_RE: Final = re.compile(
    r"\b(?:its|their|the)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:sanctions|ban|restrictions|measures|"
    r"[Ll]ist)\b"
)
# ("relief for Belavia could be reversed if arrests continue": the relief is in doubt, and
# its reversal is promised)
_MODAL_AFTER_RE: Final = re.compile(
    r"\s+(?:could|would|may|might|will|can)\s+(?:soon\s+|also\s+|still\s+|quickly\s+)?be\s+"
    r"(?P<undone>reversed|revoked|withdrawn|rescinded|reimposed|re-imposed|cancelled|canceled)?"
)
# ("adopted a new listing of …": a listing to come that a power has taken)
_TAKEN_BEFORE_RE: Final = re.compile(
    r"\b(?:adopted|approved|agreed|published|announced|imposed|unveiled|added|made)\s+$"
)
# ("a further listing of judges could be proposed in the autumn", "a ban on timber is
# expected next month": a measure to come, told by what is said of it after its target)
_READIED_AFTER_RE: Final = re.compile(
    r"\s+(?:(?:could|would|may|might|will|(?:is|are)\s+to)\s+(?:soon\s+|also\s+|then\s+)?be\s+"
    r"(?:proposed|adopted|prepared|tabled|agreed|presented|put\s+forward)|"
    # (not "the ban on X is expected to cost …": what one in force will do)
    r"(?:is|are)\s+(?:now\s+|also\s+)?expected\s+(?:in|next|by|soon|later|this|"
    r"to\s+be\s+(?:adopted|agreed|approved|proposed)))\b"
)
_PARTIAL_BEFORE_RE: Final = re.compile(r"\bpartial(?:ly)?\s+$")
_PARTIAL_RE: Final = re.compile(r"\b(?:some|part|parts|several|one)\s+of\b|\bcertain\b")

# the verbs of a relief besides "lift" and "ease" ("allowed the carrier to buy parts")
_RELIEF_VERBS: Final = ("allow", "permit", "authori", "grant", "relief")
MODAL_REACH: Final = 40  # a modal verb ("could", "threatened to") this close before the verb
# "will keep its sanctions on …", "wants the bloc to keep its own potash ban": a measure kept
# is in force, whatever is said of keeping it
_KEEP_RE: Final = re.compile(r"(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)")
# ("will continue to apply the EU's restrictive measures against …": kept in force)
_KEEP_BEFORE_RE: Final = re.compile(
    rf"\b(?:{_KEEP_RE.pattern}\s+(?:(?:its|their|the)\s+(?:own\s+)?)?|"
    r"continu(?:e|es|ed|ing)\s+to\s+)$"
)


def kept_measure(match: re.Match[str], masked: str) -> bool:
    """Return True when the measure of ``match`` is told as kept ("will keep its sanctions
    on …", "to keep its own potash ban", "will continue to apply …"): one in force, whatever
    modal or wish comes before."""
    return bool(
        _KEEP_RE.fullmatch(match.group("verb"))
        or _KEEP_BEFORE_RE.search(masked, max(0, match.start() - 24), match.start())
    )


# a measure's verb in its bare form that opens its sentence or follows a colon or a comma ("To
# the European Union: impose sanctions on …", "whatever others decide, impose …"): an
# imperative, addressed to a power, which takes no measure
_BARE_VERBS: Final = frozenset(lx.words("sanctions", "imperative_verbs"))
_IMPERATIVE_BEFORE_RE: Final = re.compile(r"(?:[.!?:;]|\n)\s*$")
# (after a comma only where a subordinate clause opens the sentence: "whatever others decide
# about potash, impose …"; not "Ottawa's measures, adopted under the Act, freeze …")
_CLAUSE_THEN_IMPERATIVE_RE: Final = re.compile(
    r"(?:^|[.!?:]\s+)(?:[Ww]hatever|[Ww]hen|[Oo]nce|[Bb]efore|[Uu]ntil|[Nn]ow)\b[^.;:]{0,80},\s*$"
)


# a demand's subject and bare verb, as an item of a list of what a body asks: "- That the EU
# and Canada impose …" (a wish, no measure; "Warsaw will propose that the EU extend …" is a
# power's own proposal, see power_proposes)
_DEMANDED_THAT_RE: Final = re.compile(r"(?:^|[\n.:;])[ \t]*(?:[-•*–][ \t]*)?That\s+[^.;:\n]{1,80}$")
# an item of a list a line ending in "that:" introduces ("… recommends that: / (a) the
# European Union … adopt travel bans …"): its bare verb is the demand's
_THAT_ITEM_RE: Final = re.compile(
    r"[ \t]*(?:\(?[a-z]{1,4}\)|[-•*–]|\d{1,2}[.)])[ \t]+[^.;:\n]{1,120}$"
)
_THAT_LIST_RE: Final = re.compile(r"\bthat:[ \t]*\n(?:[^\n]*\n){0,8}$")


def _listed_demand(masked: str, verb_at: int) -> bool:
    """Return True when the verb at ``verb_at`` stands in an item of a list that a line ending
    in "that:" introduces (a recommendation's demands)."""
    line_start = masked.rfind("\n", 0, verb_at) + 1
    return (
        _THAT_ITEM_RE.match(masked, line_start, verb_at) is not None
        and _THAT_LIST_RE.search(masked, max(0, line_start - 800), line_start) is not None
    )


def imperative(match: re.Match[str], masked: str) -> bool:
    """Return True when the verb of ``match`` is an imperative: a bare form after the end of a
    sentence or a colon, or after a subordinate clause that opens its sentence; or a demand's
    bare verb after the "That" opening its line and the demand's subject."""
    verb_at = match.start("verb")
    if match.group("verb").lower() not in _BARE_VERBS:
        return False
    return (
        verb_at == 0
        or _IMPERATIVE_BEFORE_RE.search(masked, max(0, verb_at - 4), verb_at) is not None
        or _DEMANDED_THAT_RE.search(masked, max(0, verb_at - 120), verb_at) is not None
        or _listed_demand(masked, verb_at)
        or (
            masked.startswith(",", verb_at - 2)
            and _CLAUSE_THEN_IMPERATIVE_RE.search(masked, max(0, verb_at - 100), verb_at)
            is not None
        )
    )


def action_of(match: re.Match[str], masked: str) -> SanctionAction | None:
    """Return the action ``match`` reports; None when it is only a possibility."""
    groups = match.groupdict()
    if imperative(match, masked):
        return None  # ("To the European Union: impose sanctions on …")
    if groups.get("aside") is not None:
        # ("… relief beyond Belavia and potash, both freed from American sanctions": a state
        # an aside tells, whatever the sentence around it weighs)
        return "lifted" if groups.get("lift") else "imposed"
    if kept_measure(match, masked) and not groups.get("lift") and not groups.get("ease"):
        if NEGATED_RE.search(masked, max(0, match.start() - MODAL_REACH), match.start()):
            return None  # "will not keep its sanctions on …": no measure told
        return "imposed"
    reach = max(0, match.start() - MODAL_REACH)
    modal = MODAL_BEFORE_RE.search(masked, reach, match.start())
    that = masked.rfind(" that ", reach, match.start()) if modal is not None else -1
    if modal is not None and modal.start() < that and not modal.group("threat"):
        # ("Members should be aware that Belavia was placed under US sanctions", "will explain
        # the measures that the United States took against …": the modal is the main clause's,
        # not the measure's, which its own clause tells after "that"; not "warned that …")
        modal = MODAL_BEFORE_RE.search(masked, that + 5, match.start())
    if groups.get("threat") or (modal is not None and modal.group("threat")):
        return "threatened"
    if not groups.get("lift") and _LOOK_AT_RE.search(
        masked, max(0, match.start() - MODAL_REACH), match.start()
    ):
        return "threatened"  # ('would "look closely" at adding … to the list')
    verb = match.group("verb")
    relief = bool(groups.get("lift") or groups.get("ease")) or verb.startswith(_RELIEF_VERBS)
    if modal is not None and modal.group("promise"):
        return None if relief else "threatened"
    if relief and (after := _MODAL_AFTER_RE.match(masked, match.end())) is not None:
        return "threatened" if after.group("undone") else None
    verb_at = match.start("verb")
    if (
        not relief
        and verb_at - match.start() > 8
        and _INNER_WILL_RE.search(masked, match.start(), verb_at)
        and not _IN_EFFECT_FROM_RE.match(masked, match.end())
    ):
        # ("sanctions against Lukashenka will be put on the table again", "… will be imposed
        # in the coming weeks": a measure announced, not yet taken; not "will be sanctioned
        # from 1 March", a measure decided with the day it takes effect)
        return "threatened"
    if verb_at - match.start() > 8 and _INNER_MODAL_RE.search(masked, match.start(), verb_at):
        # "sanctions on Belavia would be lifted": a possibility, told in the passive; "Belaruskali
        # would be targeted if …": a measure promised on a condition, a threat
        if not relief and _CONDITION_AFTER_RE.match(masked, match.end()):
            return "threatened"
        return None
    if masked.find("have ", max(0, match.start() - 12), match.start()) >= 0 and _REGRET_RE.search(
        masked, max(0, match.start() - MODAL_REACH), match.start()
    ):
        # "should not have eased its sanctions": a step regretted was taken
        return "eased" if groups.get("ease") else "lifted" if relief else "imposed"
    if NEGATED_RE.search(masked, max(0, match.start() - MODAL_REACH), match.start()):
        # "will not lift its ban on …", "refused to ease sanctions on …": the measure a
        # relief is refused for stays in force; "did not impose" reports nothing
        # (not "no plans to lift their sanctions on Belarus": a country's whole programme)
        target = (groups.get("target") or "").strip()
        kept = relief and _OWN_MEASURE_RE.search(match.group()) and target not in lx.PLACES
        return "imposed" if kept else None
    if relief and doubted(masked, match.start()):
        return "imposed"  # "little chance that the US sanctions on X will be relaxed"
    if modal is not None:
        if modal.group("maybe"):
            if not relief and _CONDITION_AFTER_RE.match(masked, match.end()):
                # ("said Washington could add more officials to its list if Minsk went on": a
                # step a power holds out on a condition, a threat)
                return "threatened"
            return None  # "could ease", "may lift": a possibility, not a measure
        if _WITH_EFFECT_RE.match(masked, match.end()):
            # ("announced that it would reimpose blocking sanctions on X with effect from
            # 3 June": a measure decided, with the day it takes effect)
            return "eased" if groups.get("ease") else "lifted" if relief else "imposed"
        if not relief:
            return "threatened"  # "would impose sanctions unless …"
    if (
        groups.get("ease")
        or (groups.get("lift") and _PARTIAL_RE.search(groups.get("fill") or ""))
        # ("obtained a partial lifting of American sanctions on …")
        or (
            groups.get("lift")
            and _PARTIAL_BEFORE_RE.search(masked, max(0, match.start() - 12), match.start())
        )
    ):
        return "eased"  # "lifted some of its sanctions" eases them
    return "lifted" if relief else "imposed"


# a measure said to be weighed after its target ("a ban on imports of X was under study",
# "further listings, including of X, are being prepared"): a threat, not a step
_WEIGHED_AFTER_RE: Final = re.compile(
    r"\s*,?\s+(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:under\s+(?:study|"
    r"consideration|discussion|review)|being\s+(?:prepared|drafted|considered|discussed|weighed|"
    r"studied))\b"
)
# a possibility right before the verb of a measure taken ("officials say it could hit X")
# (not "said it would ban imports of …": a step announced, told in reported speech)
_MODAL_NEXT_RE: Final = re.compile(r"\b(?:could|may|might)\s+(?:also\s+|soon\s+|even\s+)?$")
# what ought to be done, right before the verb ("should restrict exports of …", "must now
# freeze the assets of …"): a call, no measure
_OUGHT_NEXT_RE: Final = re.compile(
    r"\b(?:should|must|ought\s+to)\s+(?:(?:also|now|immediately|finally|at\s+last)\s+)?$"
)
# what tells measures being readied in the same sentence ("is preparing a fifth round of
# sanctions, and officials say it could hit …")
_READYING_RE: Final = re.compile(r"\b(?:prepar|draft|threat|warn|consider|weigh|discuss)")


# an obligation right before a measure's verb ("shall freeze", "would be required to block";
# not "said it would ban imports of …", a step announced in reported speech)
_WOULD_BEFORE_RE: Final = re.compile(
    r"\b(?:shall\s+(?:also\s+)?|(?:would|will)\s+(?:also\s+)?(?:be\s+(?:required|obliged)|have)"
    r"\s+to\s+)$"
)


def imposing_step(match: re.Match[str], masked: str, s_start: int) -> SanctionAction | None:
    """Return the action of a shape whose own words tell a measure taken (None when its verb
    is negated, "has never restricted …"): "threatened" when
    the measure is said to be weighed after it ("… was under study"), or when a possibility
    stands right before its verb in a sentence that tells measures being readied ("is
    preparing a fifth round of sanctions, and officials say it could hit Belavia"); None for
    such a possibility with nothing readied; else "lifted" for a shape whose own words end a
    measure, "imposed" for the rest."""
    verb_at = match.start("verb")
    if imperative(match, masked):
        return None  # ("Freeze the assets of the colony chiefs now.")
    if (
        match.groupdict().get("threat")
        or _WEIGHED_AFTER_RE.match(masked, match.end())
        or _READIED_AFTER_RE.match(masked, match.end())
        or (
            match.groupdict().get("coming")
            and not _TAKEN_BEFORE_RE.search(masked, max(0, verb_at - 40), match.start())
        )
        or _PROMISED_RE.search(masked, max(0, verb_at - 40), verb_at)
    ):
        # ("a package that will include …", "… was under study", "vowed to ban imports of …")
        return "threatened"
    if (
        match.start("verb") == match.start()
        and any(
            masked.find(word, max(0, match.start() - 16), match.start()) >= 0
            for word in ("could", "may", "might")
        )
        and _MODAL_NEXT_RE.search(masked, max(0, match.start() - 16), match.start())
    ):
        return "threatened" if _READYING_RE.search(masked, s_start, match.start()) else None
    if _WOULD_BEFORE_RE.search(masked, max(s_start, verb_at - 40), verb_at) or _LOOK_AT_RE.search(
        masked, max(s_start, verb_at - 40), verb_at
    ):
        # ("the President would be required to block the property of …", "shall freeze
        # …"): a measure a text obliges, not yet taken
        return "threatened"
    if _OUGHT_NEXT_RE.search(masked, max(s_start, verb_at - 30), verb_at):
        return None  # ("Latvia should stop the transit of …": a measure called for)
    negated = NEGATED_RE.search(masked, max(0, verb_at - MODAL_REACH), verb_at)
    if negated is not None and not masked.startswith("not only", negated.start()):
        return None  # ("Japan has never restricted potash imports": no measure)
    # ("following the delisting of Belavia in November": a listing ended, told by its noun)
    return "lifted" if match.groupdict().get("lift") else "imposed"


# "to" that opens a line, a table's cell or a list's item ("• to extend sanctions to …", "| to
# extend its sanctions to …"): an infinitive nothing governs, a demand's
_BARE_TO_RE: Final = re.compile(r"(?:^|[\n|•:;]|\s[-–—*])\s*to\s+$")


def bare_infinitive(masked: str, match: re.Match[str]) -> bool:
    """Return True when the verb of ``match`` is an infinitive that opens a line, a cell or an
    item ("• to extend sanctions to …"): a measure asked for, not taken."""
    at = match.start("verb")
    return _BARE_TO_RE.search(masked, max(0, at - 8), at) is not None


# A power as the subject right before a proposal, a call or a readiness ("Latvia has called on
# its partners to extend …", "Canada's readiness to impose …", "Warsaw will propose that …",
# "Sweden will continue to argue for …"): a power readying a measure, which is a threat; the
# same call by anyone else is none
_POWER_SUBJECT_RE: Final = re.compile(
    # ("EU officials are now openly discussing …", "Member states have discussed …": those
    # who speak and decide for a power)
    rf"\b(?:{POWER_NAMES})(?:[’']s|\s+(?:officials|diplomats|ministers|leaders|governments))?"
    r"\s+(?:(?:has|have|had|is|are|was|were|would|will|shall|also|again|now|still|further|"
    r"openly|seriously|reportedly|already|remains?|continu(?:e|es|ed)\s+to)\s+)*$|"
    r"\b[Mm]ember\s+[Ss]tates\s+(?:(?:have|had|are|were|also|now|openly|already)\s+)*$"
)
# ("Germany supports further listings of …"; not "supports the sanctions on …", those in force)
_STANCE_RE: Final = re.compile(r"(?:support|back|favou?r|advocat|want|seek|sought)")
_NEW_MEASURE_RE: Final = re.compile(
    r"\b(?:new|further|additional|more|next|fresh|another|tougher)\b"
)
# a call, which names whom it asks ("called on its EU partners to …", "asked Brussels to …")
_CALL_RE: Final = re.compile(r"(?:call|urg|ask|demand|appeal|request)")


def power_proposes(masked: str, proposal: re.Match[str], match: re.Match[str]) -> bool:
    """Return True when a power is the subject of ``proposal`` (a call, a proposal, a
    readiness or a stance) for the measure of ``match``, and that measure is one still to come:
    neither a relief nor one kept, and after a stance ("supports …") told as new or further."""
    groups = match.groupdict()
    if (
        groups.get("lift")
        or groups.get("ease")
        or match.group("verb").startswith(_RELIEF_VERBS)
        or kept_measure(match, masked)
    ):
        return False
    at = proposal.start()
    if masked.find("whether", at, match.start("verb")) >= 0:
        return False  # ("Brussels is discussing whether to add …": a question still open)
    if _POWER_SUBJECT_RE.search(masked, max(0, at - 60), at) is None:
        return False
    if _CALL_RE.match(masked, at) and not powers_named(masked, at, match.start("verb")):
        return False  # ("Kyiv has asked partners to add …": whose measure it would be is untold)
    return (
        _STANCE_RE.match(masked, at) is None
        or _NEW_MEASURE_RE.search(masked, at, match.start("target")) is not None
    )


# a measure named as one of those a power weighs ("will continue to consider appropriate
# measures, including the freezing of assets of …", "is examining options such as a ban on …")
_WEIGHED_INCLUDING_RE: Final = re.compile(
    r"\b(?:consider|examin|weigh|discuss|prepar|explor|stud(?:y|ies|ied|ying))\w*\s+"
    r"(?:[\w-]+\s+){0,3}?(?:measures|sanctions|options|steps|restrictions)\s*,?\s+"
    r"(?:including|such\s+as|notably)\s+(?:the\s+|a\s+|an\s+)?$"
)


def weighed_among(masked: str, s_start: int, at: int) -> bool:
    """Return True when the measure at ``at`` is named as one of the measures a power weighs
    ("… to consider appropriate measures, including the freezing of assets of …"): a threat."""
    return _WEIGHED_INCLUDING_RE.search(masked, max(s_start, at - 120), at) is not None


# Asking or weighing a measure ("calling on the EU to impose", "whether to add") is no measure.
PROPOSAL_RE: Final = re.compile(
    # ("has not said whether it is weighing an easing of measures": an open question)
    # (not "asked whether the easing of sanctions on X would …": that easing happened)
    r"\bwhether\s+[\w’'.]+\s+(?:[\w’'.]+\s+){1,4}$|"
    r"\b(?:whether|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    # ("A proposal to extend the EU's ban on … to …")
    r"consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|propos(?:e|es|ed|ing|als?)|demand(?:s|ed|ing)?|"
    # ("Canada's readiness to impose …": a readiness told by its noun)
    r"seek(?:s|ing)?|sought|want(?:s|ed)?|push(?:es|ed|ing)?\s+for|read(?:y|iness)|"
    r"willing(?:ness)?|prepared|"
    # ("Diplomats expect EU ministers to sign off on …": a step foreseen)
    r"expect(?:s|ed|ing)?|"
    # ("she would like the European Union to add …": a wish)
    r"would\s+like|"
    # ("called on the EU to respond to the arrests by extending …"; "urged the administration
    # to go further and add …")
    # ("asking the EU to keep pressure on the officials who run the colonies, including by
    # adding …")
    r"offer(?:s|ed|ing)?)\b[^.;]*\bto\s+(?:(?:[\w’'-]+,?\s+){1,12}?by\s+|"
    r"(?:[\w’'-]+\s+){1,3}?and\s+)?$|"
    # ("a report recommending that the government add X to its sanctions list")
    # ("Warsaw will propose to its partners that the EU extend …")
    # ("asking that the United States add the prison officials to its sanctions list")
    r"\b(?:recommend(?:s|ed|ing|ations?)?|propos(?:e|es|ed|ing|als?)|ask(?:s|ed|ing)?|"
    r"urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|request(?:s|ed|ing)?)"
    r"(?:\s+to\s+[^.;]{1,40}?)?\s+that\b[^.;]*$|"
    # ("its own request, first made in March: that Poland impose …", "joins the call by
    # rights groups for the government to impose …": a measure asked for by its noun)
    # ("the call made by diaspora groups for the EU to extend …")
    r"\b(?:request|call|appeal|plea|demand)s?(?:\s+(?:made\s+)?by\s+[^.;:]{1,80}?|,[^.;:]{1,40}?)?"
    r"(?::\s*that|\s+for)\s[^.;]{0,60}$|"
    # ("asked the Council to prepare, without delay, a ban on …": a measure to be drawn up)
    r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?)\b[^.;]*\bto\s+"
    # ("asked the Council to adopt measures banning …": a measure still to be adopted)
    r"(?:prepare|draw\s+up|draft|propose|work\s+out|adopt)\b[^.;]{0,30}?(?:\s+(?:a|an|the|new|further))*\s+$"
    # a gerund bargained for: "in exchange for lifting sanctions", "calls for easing"
    # ("there is talk in Washington of lifting the sanctions")
    r"|(?P<bargain>\b(?:for|about|on|of)\s+(?:the\s+)?$)"
    # a measure by its noun, wished for: "has long sought the lifting of", "wants the removal of"
    r"|\b(?:sought|seek(?:s|ing)?|want(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
    r"(?:press|push|ask|hope|call)(?:s|es|ed|ing)?\s+for|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|"
    # ("will continue to argue in Brussels for new sanctions against …")
    r"argu(?:e|es|ed|ing)\s+(?:(?:in|within|at)\s+(?:the\s+)?[A-Z][\w.]*\s+)?for|"
    # ("diplomats float easing tobacco sanctions": an idea put forward)
    r"float(?:s|ed|ing)?|suggest(?:s|ed|ing)?|mooted|moot(?:s|ing)?|"
    # "support keeping sanctions on the regime", "favour lifting them": a stance, not a step
    r"support(?:s|ed|ing)?|back(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|advocat(?:e|es|ed|ing))"
    # ("urges a full ban on imports of …")
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:full|total|complete|comprehensive|wider|broader|"
    r"stricter|tougher|EU-wide|new|further|export|import|trade|transit)\s+)*$"
    # ("officials are now openly discussing cutting Belarusian banks off from SWIFT": the
    # measure's own verb, weighed)
    r"|\b(?:consider|discuss|weigh|debat|mull)(?:s|es|ed|ing)?\s+"
    r"(?:(?:now|openly|seriously|publicly|privately|again|also)\s+)*$"
    # ("We consider a partial US easing of aviation sanctions more likely than …": a forecast)
    r"|\bconsider(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+)?(?:(?:partial|limited|full|further)\s+)*"
    r"(?:(?:US|U\.S\.|EU|UK|American|European|British)\s+)?$"
)
# A gerund or noun bargained for is wished for only where the sentence speaks of wishes,
# talks or conditions; "342 people were pardoned in exchange for the removal of the measures
# on potash" tells a removal that happened
WISH_RE: Final = re.compile(
    r"\b(?:ready|willing|prepared|would|could|might|may|offer\w*|propos\w*|demand\w*|seek\w*|"
    r"sought|want\w*|hop\w*|push\w*|call\w*|ask\w*|negotiat\w*|talk\w*|discuss\w*|if|"
    r"unless|expect\w*|likely|possible|urg\w*|press\w*|in\s+return)\b"
)
# a relief opposed is no relief: the measure stays in force
OPPOSED_RE: Final = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing)|resist(?:s|ed|ing)?|reject(?:s|ed|ing)?|veto(?:es|ed|ing)?|"
    r"block(?:s|ed|ing)?)\s+(?:any\s+|the\s+|an?\s+)?(?:(?:attempts?|moves?|efforts?|calls?|"
    r"push|plans?|proposals?)\s+to\s+)?(?:(?:further|premature|early|hasty)\s+)?$"
)
# ("stands ready to impose …"; "a proposal to add … to the EU list is on the table": a
# measure put forward, read up to its verb; not "a proposal to extend the ban on X to Y",
# whose target is not the ban's)
READY_RE: Final = re.compile(
    r"\b(?:(?:ready|readiness|willingness|prepared)\s+to\s+(?:\w+\s+)?\w+|"
    # ("expect EU ministers later this month to sign off on …": a power's step foreseen)
    r"expect(?:s|ed|ing)?\s+(?:[\w’'.-]+\s+){0,6}?to\s+(?:\w+\s+){0,2}\w+|"
    r"(?:[Aa]|[Tt]he|its|their)\s+(?:[\w-]+\s+){0,2}?proposals?\s+to\s+(?:\w+\s+)?"
    r"(?!extend|expand)\w+)$"
)
# ... unless what is weighed is a decision already taken ("the American decision to ease")
# ("leaders agreed to ban Belarusian airlines": a decision taken, told by its verb)
DECIDED_RE: Final = re.compile(
    # ("the Treasury used the new authority the same day to designate X": a power acting)
    # ("signed an executive order …, and the Treasury used it within hours to blacklist X")
    r"\bused\s+(?:it|(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?(?:authority|powers?|order))"
    r"(?:\s+(?:the\s+same\s+day|that\s+day|at\s+once|immediately|within\s+(?:hours|days)))?"
    r"\s+to\s+$|"
    r"\b(?:(?P<whose>[A-Z][\w.’']*)\s+)?(?:decisions?|moves?|order|step|agreed|decided|voted|resolved)"
    # ("the decision of the United Kingdom to designate …", "the decision by Canada to …")
    r"(?:\s+(?:of|by)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    # ("Washington's decision this month to ease …": when, between the noun and its verb)
    r"(?:\s+(?:this|last|earlier\s+this)\s+(?:week|month|year|spring|summer|autumn|winter))?"
    # ("the United States' decision of 13 December 2025 to lift …": its date)
    rf"(?:\s+(?:of|on)\s+(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?)?"
    # ("the decision by the US Treasury, taken a year after the election, to sanction …")
    r"(?:,\s+(?:taken|made|announced|reached)\s+[^,.;:\"“”]{1,60},)?"
    r"\s+to\s+$"
)
