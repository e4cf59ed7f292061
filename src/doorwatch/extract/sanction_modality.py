"""Whether a sanction measure a shape matched happened: imposed, lifted or eased, threatened,
or only a possibility (could, should, negated, hoped for).

``doorwatch.extract.sanctions`` reads each match of a shape through ``action_of``; the
patterns here are the words before the verb that change what the match reports.
"""

from __future__ import annotations

import re

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import SanctionAction

MODAL_BEFORE_RE = re.compile(
    # ("has warned Minsk that it could reimpose measures")
    r"\b(?:(?P<threat>threat(?:s|ened)?\s+to|"
    r"warn(?:s|ed|ing)?\s+(?:[A-Z][\w.]*\s+)?(?:that\s+)?(?:it|they)\s+(?:could|would|will|might))|"
    r"(?P<maybe>could|may|might|(?:un)?likely\s+to|expected\s+to|set\s+to|due\s+to|poised\s+to|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|hop(?:e|es|ed|ing)\s+to|"
    # "should lift", "must ease": what ought to be done is not done
    r"aim(?:s|ed|ing)?\s+to|should|must|ought\s+to)|would|will)"
    # "may be tempted to ease": a few words may stand between the modal and the verb
    r"\s+(?:\w+\s+){0,3}$"
)
NEGATED_RE = re.compile(
    # ("has shown no appetite for easing them")
    r"\b(?:not|never|"
    r"no\s+(?:plans?|intention|decision|appetite|desire|interest|rush|hurry|discussion|talk|"
    r"question)\s+(?:to|for|of|about)|refus(?:e|es|ed|ing)\s+to|"
    r"declin(?:e|es|ed|ing)\s+to|rul(?:e|es|ed|ing)\s+out)\s+(?:\w+\s+)?$"
)
_INNER_MODAL_RE = re.compile(
    r"\b(?:would|could|may|might|should|must)\s+(?:not\s+)?(?:be|have\s+been)\s+(?:\w+\s+)?$"
)
# a condition told after a measure ("… if the violence continued", "… unless he is freed")
_CONDITION_AFTER_RE = re.compile(r"[^.;]{0,40}?\b(?:if|unless|should\s+[A-Z])\b")
_REGRET_RE = re.compile(
    r"\b(?:should|ought\s+to)\s+(?:not|never)\s+have\s+$|\bshouldn[’']t\s+have\s+$"
)
# a refused relief keeps in force only a measure named as someone's own ("its ban on")
_OWN_MEASURE_RE = re.compile(
    r"\b(?:its|their|the)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:sanctions|ban|restrictions|measures)\b"
)
# ("relief for Belavia could be reversed if arrests continue": the relief is in doubt, and
# its reversal is promised)
_MODAL_AFTER_RE = re.compile(
    r"\s+(?:could|would|may|might|will|can)\s+(?:soon\s+|also\s+|still\s+|quickly\s+)?be\s+"
    r"(?P<undone>reversed|revoked|withdrawn|rescinded|reimposed|re-imposed|cancelled|canceled)?"
)
_PARTIAL_BEFORE_RE = re.compile(r"\bpartial(?:ly)?\s+$")
_PARTIAL_RE = re.compile(r"\b(?:some|part|parts|several|one)\s+of\b|\bcertain\b")

MODAL_REACH = 40  # a modal verb ("could", "threatened to") this close before the verb
# "will keep its sanctions on …", "wants the bloc to keep its own potash ban": a measure kept
# is in force, whatever is said of keeping it
_KEEP_RE = re.compile(r"(?:keep(?:s|ing)?|kept|maintain(?:s|ed|ing)?|retain(?:s|ed|ing)?)")
_KEEP_BEFORE_RE = re.compile(rf"\b{_KEEP_RE.pattern}\s+(?:(?:its|their|the)\s+(?:own\s+)?)?$")


def kept_measure(match: re.Match[str], masked: str) -> bool:
    """Return True when the measure of ``match`` is told as kept ("will keep its sanctions
    on …", "to keep its own potash ban"): one in force, whatever modal or wish comes before."""
    return bool(
        _KEEP_RE.fullmatch(match.group("verb"))
        or _KEEP_BEFORE_RE.search(masked, max(0, match.start() - 24), match.start())
    )


def action_of(match: re.Match[str], masked: str) -> SanctionAction | None:
    """Return the action ``match`` reports; None when it is only a possibility."""
    groups = match.groupdict()
    if kept_measure(match, masked) and not groups.get("lift") and not groups.get("ease"):
        if NEGATED_RE.search(masked, max(0, match.start() - MODAL_REACH), match.start()):
            return None  # "will not keep its sanctions on …": no measure told
        return "imposed"
    modal = MODAL_BEFORE_RE.search(masked, max(0, match.start() - MODAL_REACH), match.start())
    if groups.get("threat") or (modal is not None and modal.group("threat")):
        return "threatened"
    verb = match.group("verb")
    relief = bool(groups.get("lift") or groups.get("ease")) or verb.startswith(
        ("allow", "permit", "authori", "grant", "relief")
    )
    if relief and (after := _MODAL_AFTER_RE.match(masked, match.end())) is not None:
        return "threatened" if after.group("undone") else None
    verb_at = match.start("verb")
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
    if modal is not None:
        if modal.group("maybe"):
            return None  # "could ease", "may lift": a possibility, not a measure
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
