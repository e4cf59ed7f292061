"""Sanction measures: who imposed, lifted, eased or threatened sanctions on what, and when.

Read on the masked text, so words inside quotations (opinions about sanctions) are not taken
as measures. The shapes a measure is told in, and where each is tried, are in
``doorwatch.extract.sanction_shapes``; this module reads each match: whether it happened
(modality: threatened, possible, called for, negated, conditional), its targets (descriptions
resolved to names, pronouns and "those measures" read back, lists split), who imposed it (the
actor before the verb, else the last sanctioning power named shortly before) and when. A
gerund about a whole country ("easing sanctions on Belarus") restates a policy rather than
reporting a measure and is left out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Final, cast

from doorwatch.extract import lexicon as lx
from doorwatch.extract.adjunct_shapes import (
    ADJUNCT_ACTIVE_RE,
    ADJUNCT_BACKGROUND_RE,
    ADJUNCT_PASSIVE_RE,
    ADJUNCT_PASSIVE_THEN_RE,
    ADJUNCT_REMAIN_RE,
    MEASURE_ADJECTIVES,
    NOMINAL_ADJUNCT_RE,
    OWNED_ACTIVE_RE,
    POSSESSIVE_ADJUNCT_RE,
)
from doorwatch.extract.ban_shapes import (
    CLOSURE_RE,
    NOUN_BAN_RE,
)
from doorwatch.extract.claims import Sanction
from doorwatch.extract.dated_listings import (
    BRACKET_DATED_RE,
    DATED_LISTING_RE,
    DATED_MEASURE_ON_RE,
    undone_before,
)
from doorwatch.extract.dates import DATE_RE, MONTH_PATTERN, find_dates, nearest_date, opens_period
from doorwatch.extract.list_shapes import (
    LIST_RE,
    PUT_ON_LIST_RE,
    REMAINS_LISTED_RE,
    SUBJECT_AMONG_RE,
    SUBJECT_LISTED_RE,
    THOSE_LISTED_RE,
)
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.referred_targets import (
    previous_claim,
    referred_target,
    without_pronoun_doubles,
)
from doorwatch.extract.sanction_dates import (
    IMPOSED_WHEN_RE,
    IN_FORCE_AFTER_RE,
    RELIEF_SINCE_REACH,
    began_date,
    own_date,
    part_date,
    placed_when,
)
from doorwatch.extract.sanction_hits import measure_hits
from doorwatch.extract.sanction_in_force import MEASURES_HOLD_RE, told_before
from doorwatch.extract.sanction_modality import (
    DECIDED_RE,
    MODAL_BEFORE_RE,
    MODAL_REACH,
    NEGATED_RE,
    OPPOSED_RE,
    PROPOSAL_RE,
    READY_RE,
    WISH_RE,
    action_of,
    bare_infinitive,
    doubted,
    imposing_step,
    kept_measure,
    power_proposes,
    promised_before,
    weighed_among,
)
from doorwatch.extract.sanction_powers import (
    accompanying_powers,
    fill_power,
    fill_powers,
    imposer_of,
    joint_powers,
    own_country,
    power_of,
    powers_of,
)
from doorwatch.extract.sanction_shapes import (
    ALLOW_RE,
    ANAPHORIC_PASSIVE_RE,
    AUTHORIZED_RE,
    BACKGROUND_RE,
    BANNED_SINCE_RE,
    DESIGNATED_NAME_RE,
    EASE,
    EXTEND_TO_RE,
    IMPOSERS,
    IN_PLACE_ON_RE,
    INCLUDING_RE,
    IT_IMPOSED_RE,
    LIFT,
    LISTING_RE,
    MEASURE,
    NO_DESIGNATORS,
    OF_POWER_RE,
    OWN_PASSIVE_RE,
    PASSIVE_AFTER_RE,
    RELIEF_RE,
    REMAIN_RE,
    RESTRICTED_RE,
    ROW_IN_FORCE_RE,
    THEM_RE,
    TO_SANCTION_RE,
    WAS_SANCTIONED_RE,
    WIDENED_TO,
)
from doorwatch.extract.sanction_steps import WHICH_FIRST_RE, WHICH_SECOND_RE
from doorwatch.extract.sanction_windows import (
    EASING_SHAPES,
    EXTEND_WORDS,
    IMPOSING_SHAPES,
    REFERRING_SHAPES,
    sentence_windows,
)
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.target_lists import (
    DET_RE,
    MORE_OF_THOSE_RE,
    NAME_END_RE,
    PREP_START_RE,
    RESPONSIBLE_RE,
    WHO_WORDS,
    blank_glosses,
    group_count,
    is_counted_group,
    is_group,
    names_activity,
    split_targets,
    whole_list,
    without_tail,
)
from doorwatch.extract.targets import DescribedTargets, is_description
from doorwatch.extract.threat_shapes import PRONOUN_THREAT_RE, THREAT_TO_RE
from doorwatch.extract.trade_shapes import TRADE_RE, without_trade_doubles
from doorwatch.extract.word_gates import any_in, ends_with_word
from doorwatch.extract.word_groups import Windows

# "only if Minsk is allowed to export its goods": the verb inside a condition
# a lower-case adjective of quality before a measure's noun, not what it is on
_QUALITY_RE: Final = re.compile(r"[a-z]+(?:able|ible|ive|ous|ful)")
# ("Should the EU add further judges to its list, Bern would follow": a condition told by
# "Should" opening its clause, the subject after it)
_CONDITION_RE: Final = re.compile(
    r"\b(?:if|unless|provided\s+that|Should(?=\s+(?:the\s+)?[A-Z]))\s+[^,.;:]{0,50}$"
)
# (one of which every condition holds: a plain test before the pattern)
_CONDITION_WORDS: Final = ("if", "unless", "provided", "Should")
# Shapes whose measure's noun opens them ("American sanctions on X, imposed in 2021, remain"):
# the power's adjective before it says whose measure it is, over the sentence's subject
_NOUN_SUBJECT_SHAPES: Final = (BACKGROUND_RE, REMAIN_RE)
# ("None of these restrictions was lifted", "no Western government has signalled that it will
# ease them": a relief no one took)
_NONE_OF_RE: Final = re.compile(
    r"\b(?:[Nn]one|[Nn]either)\s+of\s+$|\b[Nn]o\s+(?:[\w-]+\s+)?(?:government|country|power|"
    r"capital|member\s+state)s?\s+(?:has|have|had|is|was)\s+[^.;:]{0,60}$"
)
_RELIEF_BEFORE_RE: Final = re.compile(rf"\b(?:{LIFT}|{EASE})\s+(?:[\w-]+\s+){{0,3}}$")
_LIFT_BEFORE_RE: Final = re.compile(rf"\b(?:(?P<lift>{LIFT})|(?P<ease>{EASE}))\s+$")
# "Today's measures do not include an import ban on potash", "there is no ban on …": a ban
# the text says was not taken
_NO_BAN_BEFORE_RE: Final = re.compile(
    r"\b(?:(?:do|does|did)\s+not|(?:don|doesn|didn)[’']t)\s+(?:include|contain|cover|add)\s+$|"
    r"\b(?:is|was|are|were)\s+no\s+$"
)
_ENDED_AFTER_RE: Final = re.compile(
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:was|were|(?:has|have|had)\s+been)\s+"
    rf"(?:now\s+|finally\s+|also\s+|partly\s+)?(?:(?P<lift>{LIFT})|(?P<ease>{EASE}))\b"
)
_UNTIL_RE: Final = re.compile(
    r"\b(?:until|till|through|(?<!\bback\s)to)\s+$"
)  # (not "date back to")
# what new measures copy ("mirroring measures in force against Russia"): no report of them
_MODEL_BEFORE_RE: Final = re.compile(
    r"\b(?:mirror\w*|match\w*|cop(?:y|ies|ied|ying)|like|similar\s+to|in\s+line\s+with)"
    r"\s+(?:all\s+|the\s+|those\s+|many\s+of\s+the\s+)?(?:[a-z]+\s+)?$"
)
_MODELLED_SHAPES: Final = (
    IN_PLACE_ON_RE,
    LISTING_RE,
    PASSIVE_AFTER_RE,
)  # (shapes a model may open)
_POWER_WORD_BEFORE_RE: Final = re.compile(r"\b([A-Z][\w.]*)\s+$")
_FUTURE_BE_RE: Final = re.compile(r"\b(?:would|will|could)\s+(?:also\s+)?be\s")


_REFER_BACK_SENTENCES: Final = 6  # a description refers back to a target named this recently


# a relief that ends what it names: "authorized transactions involving X, lifting sanctions"
_ENDING_AFTER_RE: Final = re.compile(
    rf"\s*,\s+(?:thereby\s+|effectively\s+)?(?:{LIFT}|ending|removing)\s+(?:the\s+)?(?:\w+\s+)?{MEASURE}"
)
# the agent after a passive shape: "was sanctioned by Ottawa"
_BY_POWER_RE: Final = re.compile(
    r"\s+by\s+(?:the\s+)?(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})"
)


def find_sanctions(
    masked: str,
    sentences: list[tuple[int, int]],
    index: SentenceIndex,
    mentions: Mentions,
    published: dt.date | None,
    listed_at: Sequence[int] = (),
    headings: str = "",
) -> list[Sanction]:
    """Return the sanction measures that ``masked`` (quotations blanked) reports; a count of
    those a measure reached told just before ``listed_at`` (the ends of the lines that open
    lists of its targets, see ``doorwatch.extract.listings``) is left to the list. A text
    whose ``headings`` (its title lines, blanked in ``masked``) say "sanctions" or "restrictive
    measures" is read as a text about sanctions."""
    masked = blank_glosses(masked)
    plain, groups = measure_hits(masked, headings)
    if not groups:
        return []
    out: list[Sanction] = []
    # claims whose target was a pronoun, by sentence: "The carrier had been under sanctions
    # since 2023, when Washington added it to its blacklist" reports one measure, not two
    by_pronoun: dict[int, int] = {}  # id of the claim -> its sentence
    # ids of the claims on a count of those a measure reached ("20 individuals and 12
    # entities") -> their sentence and power; dropped when the next sentences name them
    counts: dict[int, tuple[int, str | None]] = {}
    named_later: set[int] = set()
    # each (action, target) once; a later mention replaces one that had no date. The key's
    # third part is None, or the power of another power's measure on the same target, which
    # is a measure of its own -> (index in out, dated, imposer)
    seen: dict[tuple[str, str, str | None], tuple[int, bool, str | None]] = {}
    described = DescribedTargets(masked, headings)
    named: list[tuple[int, str]] = []  # (sentence, target) of each named target so far
    by_sentence: dict[int, list[tuple[int, Windows]]] = {}
    for positions, windows in groups:
        for position in positions:
            by_sentence.setdefault(index.index(position), []).append((position, windows))
    for s_index, found in sorted(by_sentence.items()):
        if s_index < 0:
            continue
        s_start, s_end = sentences[s_index]
        question_from = s_end
        if masked[s_start:s_end].rstrip().endswith("?"):
            # a question ("Which sanctions have been lifted?") reports nothing; a statement
            # that a colon or a dash ends before one ("Washington's decision to lift … has
            # sharpened a question: should Belarus …?") still reports its own measures
            question_from = max(
                masked.rfind(": ", s_start, s_end), masked.rfind(" — ", s_start, s_end)
            )
            if question_from < 0:
                continue
        dates: list[tuple[int, str]] | None = None
        found_in_sentence = False
        # where each shape's target began, by the shape and its verb: a later window that
        # starts inside a target reads the same verb with a tail of it ("… in Belarus and
        # Russia have been barred …" read again from "Russia")
        target_at: dict[tuple[int, int], int] = {}
        for pattern, a, b in sentence_windows(masked, found, s_start, s_end):
            for match in pattern.finditer(masked, a, b):
                if match.start() >= question_from:
                    continue
                if b < s_end and match.end("target") >= b - 1:
                    continue  # cut off by the window's end; a wider window reads it whole
                # "discussed the decision to ease sanctions": a decision taken before, on a
                # date this sentence does not give
                # (every decision told closes with "to" right before the verb, and every
                # condition holds one of its words: plain tests settle most matches)
                verb_at = match.start("verb")
                decision = (
                    DECIDED_RE.search(masked, s_start, verb_at)
                    if ends_with_word(masked, s_start, verb_at, "to")
                    else None
                )
                decided = decision is not None
                if (
                    not decided
                    # ("whether the Naftan designation (June 2022) could go": a measure dated
                    # in brackets was taken, whatever the sentence asks of it)
                    and pattern is not BRACKET_DATED_RE
                    and any_in(masked, max(s_start, verb_at - 60), verb_at, _CONDITION_WORDS)
                    and _CONDITION_RE.search(masked, max(s_start, verb_at - 60), verb_at)
                    # ("if it goes on we will not hesitate to designate …": a threat's condition)
                    and not promised_before(masked, s_start, match)
                ):
                    continue  # "only if Minsk is allowed to export": a condition, not a measure
                ready = False
                # ("would ease sanctions on Belaruskali, in force since August 2021": a relief
                # only spoken of, on a measure the text says is in force)
                # ("want the bloc to keep its own potash ban, in force since 2021": a measure
                # wished kept, in force)
                in_force = (
                    IN_FORCE_AFTER_RE.match(masked, match.end("target"))
                    if match.groupdict().get("lift")
                    or match.groupdict().get("ease")
                    or kept_measure(match, masked)
                    else None
                )
                proposal = (
                    # ("supports the sanctions of the European Union against …": a power's
                    # own measure is in force, whatever is said of it)
                    # (nor a measure dated in brackets, which was taken; nor "the US sanctions
                    # imposed on Belaruskali last August", a measure a participle tells as taken,
                    # whatever is asked about it)
                    None
                    if decided
                    or pattern is OF_POWER_RE
                    or pattern is BRACKET_DATED_RE
                    or (pattern is PASSIVE_AFTER_RE and bool(match.groupdict().get("impose")))
                    else PROPOSAL_RE.search(masked, s_start, match.start("verb"))
                )
                if (
                    proposal is not None
                    and proposal.group("bargain")
                    and not WISH_RE.search(masked, s_start, proposal.start())
                ):
                    proposal = None
                if proposal is not None:
                    # "stands ready to impose further measures", "stands ready to designate
                    # further officials": a power's warning is a threat; ready to lift, or
                    # asked to impose, is no measure
                    ready = bool(
                        match.groupdict().get("impose")
                        and READY_RE.search(masked, s_start, match.end("verb"))
                    ) or promised_before(masked, s_start, match)
                    ready = ready or power_proposes(masked, proposal, match)
                    if not ready and in_force is None and not match.groupdict().get("threat"):
                        continue  # (a threat stays one when wished or asked about)
                verb = match.group("verb")
                if (
                    pattern is THOSE_LISTED_RE
                    and (
                        masked.startswith(("Among them", "among them", "They"), match.start())
                        or (
                            (subject := _LIST_SUBJECT_RE.match(masked, match.start())) is not None
                            # ("The EU list included the national airline Belavia": a power's
                            # list is a sanctions list, whatever the sentences before told)
                            and fill_power(subject.group("whose") or "") is None
                            and not any(
                                sentences[max(0, s_index - _COUNT_NAMED_SENTENCES)][0]
                                <= claim.start
                                < s_start
                                for claim in out
                            )
                        )
                    )
                    and not any(
                        s_index - _COUNT_NAMED_SENTENCES <= at < s_index
                        for at, _ in counts.values()
                    )
                ):
                    # "123 prisoners walked out. Among them were …", "Viasna's count grew. The
                    # list includes …": not a listing
                    continue
                if pattern is TO_SANCTION_RE and promised_before(masked, s_start, match):
                    ready = True  # ("vowed to designate X": a measure promised, a threat)
                elif (
                    pattern is TO_SANCTION_RE
                    and not decided
                    and not MODAL_BEFORE_RE.search(
                        masked, max(s_start, match.start() - 40), match.end("verb")
                    )
                    # ("it could sanction more officials": the modal right before the verb)
                    and (
                        masked.startswith("to", match.start())
                        or not MODAL_BEFORE_RE.search(
                            masked, max(s_start, match.start() - 40), match.start("verb")
                        )
                    )
                ):
                    continue  # ("the best way to sanction X": no step, no threat)
                if pattern is EXTEND_TO_RE and not ready and bare_infinitive(masked, match):
                    continue  # ("• to extend sanctions to the officials …": a demand's)
                if (
                    pattern is DATED_LISTING_RE or pattern is DATED_MEASURE_ON_RE
                ) and undone_before(masked, match.start()):
                    continue  # ("lifted the designation of Belavia in November")
                if pattern in _MODELLED_SHAPES and _MODEL_BEFORE_RE.search(
                    masked, max(0, match.start() - 30), match.start()
                ):
                    continue  # "mirror all sanctions in force against Russia": the model
                if pattern is ALLOW_RE and verb.endswith("ing") and found_in_sentence:
                    continue  # ", allowing it to buy parts": what the measure just named does
                action = (
                    imposing_step(match, masked, s_start)
                    if (id(pattern) in IMPOSING_SHAPES or verb in ("sanctioned", "blacklisted"))
                    # ("Belaruskali would be sanctioned if …": read for its modal)
                    and not (pattern is WAS_SANCTIONED_RE and _FUTURE_BE_RE.search(match.group()))
                    else action_of(match, masked)
                )
                if (ready and action is not None) or (
                    action == "imposed" and weighed_among(masked, s_start, match.start())
                ):
                    action = "threatened"
                # where the words that date the measure in force end, when only that is told
                in_force_at = (
                    in_force.end()
                    if in_force is not None
                    and (action is None or (proposal is not None and not ready))
                    else None
                )
                if in_force_at is not None:
                    action = "imposed"  # the measure the relief would end
                if action is None:
                    continue
                if action in ("lifted", "eased") and OPPOSED_RE.search(
                    masked, max(s_start, match.start("verb") - 40), match.start("verb")
                ):
                    action = "imposed"  # "would oppose any relaxation of EU sanctions on X"
                if action in ("lifted", "eased") and _NONE_OF_RE.search(
                    masked, max(s_start, match.start() - 100), match.start()
                ):
                    continue  # "None of these restrictions was lifted": no relief
                raw, target_end = match.group("target"), match.end("target")
                read_at = target_at.setdefault(
                    (id(pattern), match.start("verb")), match.start("target")
                )
                if read_at < match.start("target"):
                    continue
                if raw.startswith("|"):
                    continue  # ("added to the SDN list | Imposed |": a table's next cell)
                if pattern is SUBJECT_LISTED_RE and match.group("more"):
                    raw = f"{raw}, {match.group('more')}"  # "…, together with Grodno Azot"
                if pattern in (LIST_RE, REMAINS_LISTED_RE, PUT_ON_LIST_RE) and match["apposed"]:
                    raw = f"{raw}, {match.group('apposed')}"  # "… its trading arm, BPC, from"
                if (
                    pattern is not EXTEND_TO_RE
                    and match.group("verb").startswith(EXTEND_WORDS)
                    and _WIDENED_ON_RE.match(masked, target_end)
                ):
                    continue  # "extended its sanctions against Russia to Belarus" (EXTEND_TO_RE)
                # (a threat's "them" is read by referred_target, from the sanctions named)
                pronoun = (
                    pattern is not PRONOUN_THREAT_RE and raw.strip().lower() in _PRONOUN_TARGETS
                )
                whole: Sanction | None = None  # the measure a part or appositive belongs to
                if pattern is PRONOUN_THREAT_RE:
                    power = imposer_of(masked, mentions, index, s_index, s_start, match.start())[1]
                    referred = referred_target(
                        masked, sentences, s_index, mentions, match.start(), power
                    )
                    if referred is None:
                        continue
                    raw = referred
                if raw.strip() in ("both", "both of them"):
                    # "… easing sanctions on potash or on the airline Belavia, even after the
                    # United States lifted its own measures on both": the two named just before
                    pair = _PAIR_RE.search(masked, s_start, match.start("target"))
                    if pair is None:
                        continue
                    raw = f"{pair.group('first')} and {pair.group('second')}"
                elif pattern is THEM_RE and (head := _REFERRED_HEAD_RE.match(raw)) is not None:
                    raw = PREP_START_RE.sub("", raw[head.end() :])  # "them on potash"
                elif id(pattern) in REFERRING_SHAPES or pronoun:
                    # "added it to its blacklist": the target reported just before
                    referred_claim = previous_claim(out, index, s_index, match.start())
                    previous = referred_claim.target if referred_claim is not None else None
                    if pattern is ANAPHORIC_PASSIVE_RE and referred_claim is not None:
                        whole = referred_claim  # ("those restrictions were extended": its power)
                    if previous is None and pronoun and raw.strip().lower() == "it":
                        # ("Belaruskali is among the largest suppliers. American sanctions on
                        # it were imposed in 2021": the company the sentence before names)
                        companies = described.named_between(
                            sentences[max(0, s_index - 1)][0], match.start()
                        )
                        previous = companies[-1] if len(set(companies)) == 1 else None
                    if previous is None:
                        continue
                    raw = previous
                if pattern is INCLUDING_RE or pattern is BANNED_SINCE_RE:
                    # the measure this part or appositive belongs to: reported in this sentence
                    before = [c for c in out if s_start <= c.start < match.start()]
                    if before:
                        whole = max(before, key=lambda c: c.start)  # the nearest before
                        if pattern is INCLUDING_RE:
                            action = whole.action
                        else:
                            raw = whole.target
                    elif pattern is BANNED_SINCE_RE:
                        continue
                    # ("restrictive measures, including the US sanctions against the national
                    # airline Belavia, are illegal": a part named with its own measure word is
                    # a measure in force even when the whole names no target)
                if (
                    id(pattern) in EASING_SHAPES
                    and action != "threatened"
                    and not doubted(masked, match.start())
                ):
                    action = "eased"  # a licence or a permission lets some dealings through
                if (
                    pattern is IT_IMPOSED_RE
                    and (
                        relief := _RELIEF_BEFORE_RE.search(
                            masked, max(s_start, match.start() - 40), match.start()
                        )
                    )
                    is not None
                    # ("wants Washington to ease the sanctions it imposed on Belavia in 2023": a
                    # relief only wished leaves the measure the clause tells as taken)
                    # ("the bloc may relax the sanctions it placed on …": nor one only foreseen)
                    and PROPOSAL_RE.search(masked, s_start, relief.start()) is None
                    and MODAL_BEFORE_RE.search(
                        masked, max(s_start, relief.start() - 40), relief.end()
                    )
                    is None
                ):
                    continue  # "eased several measures it had imposed on …": the relief's object
                if pattern is AUTHORIZED_RE and _ENDING_AFTER_RE.match(
                    masked, match.end("target"), s_end
                ):
                    action = "lifted"  # "authorized transactions involving X, lifting sanctions"
                if pattern is NOUN_BAN_RE or pattern is LISTING_RE or pattern is CLOSURE_RE:
                    # "lifted the ban on …" ends the ban the noun names; else the ban is in force
                    before_ban = _LIFT_BEFORE_RE.search(
                        masked, max(s_start, match.start() - 30), match.start()
                    )
                    if before_ban is None and _NO_BAN_BEFORE_RE.search(
                        masked, max(s_start, match.start() - 24), match.start()
                    ):
                        continue
                    if before_ban is not None:
                        lift_at = before_ban.start()
                        if NEGATED_RE.search(masked, max(0, lift_at - MODAL_REACH), lift_at):
                            pass  # "will not lift its ban on …": the ban stays in force
                        elif MODAL_BEFORE_RE.search(
                            masked, max(0, lift_at - MODAL_REACH), lift_at
                        ) or PROPOSAL_RE.search(masked, s_start, lift_at):
                            continue  # "should lift its airspace ban": no measure
                        else:
                            action = "lifted" if before_ban.group("lift") else "eased"
                    if pattern is LISTING_RE and _WEIGHED_BEFORE_RE.search(
                        masked, max(s_start, match.start() - 16), match.start()
                    ):
                        action = "threatened"  # "is discussing listings of …": weighed
                    ended = _ENDED_AFTER_RE.match(masked, match.end("target"), s_end)
                    if ended is not None:
                        # "The ban on Belarusian airlines was lifted in 2025": the noun's own
                        # verb, in the passive, ends it
                        action = "lifted" if ended.group("lift") else "eased"
                if (pattern is RESTRICTED_RE or pattern is RELIEF_RE) and not (
                    NAME_END_RE.search(raw.strip()) or is_description(raw.strip())
                ):
                    # "restricted access to …", "relief for the families": not a company or body
                    continue
                if (
                    pattern is ADJUNCT_ACTIVE_RE
                    or pattern is ADJUNCT_PASSIVE_RE
                    or pattern is ADJUNCT_PASSIVE_THEN_RE
                    or pattern is POSSESSIVE_ADJUNCT_RE
                    or pattern is ADJUNCT_REMAIN_RE
                    or pattern is NOMINAL_ADJUNCT_RE
                    or pattern is ADJUNCT_BACKGROUND_RE
                    or pattern is WHICH_FIRST_RE
                    or pattern is WHICH_SECOND_RE
                ) and (
                    (raw in IMPOSERS and raw not in NO_DESIGNATORS)
                    or raw.lower() in MEASURE_ADJECTIVES
                    # ("apply comparable restrictions", "the decisive restrictions"): a quality
                    or _QUALITY_RE.fullmatch(raw) is not None
                    or raw[0].isdigit()
                ):
                    continue  # "EU sanctions", "new sanctions": whose or what kind, not on what
                if (pattern is OWN_PASSIVE_RE or pattern is OWNED_ACTIVE_RE) and (
                    power_of(raw) is not None or fill_power(raw) is not None
                ):
                    continue  # "the EU's sanctions were extended": whose, not on what
                if pattern is ALLOW_RE:
                    party = DET_RE.sub("", match.group("party").strip())
                    if party not in lx.PLACES and (
                        NAME_END_RE.search(party) or is_description(party)
                    ):
                        # a sanctioned company allowed some dealings ("allowed the carrier to
                        # buy parts"): its sanctions eased; a country allowed to buy goods
                        # ("allows Belarus to buy parts") has a ban on those goods lifted
                        action, raw = "eased", party
                    elif party.lower() in _PRONOUN_TARGETS:
                        continue  # "lifted its sanctions on Belavia and allowed it to …"
                if _DATE_TARGET_RE.match(raw):
                    continue  # "imposed new sanctions on 2 June 2023": when, not on whom
                if (
                    match.start("target") < match.start("verb")
                    and masked.find(", wh", s_start, match.start("target")) >= 0
                    and _INSIDE_RELATIVE_RE.search(masked, s_start, match.start("target"))
                ):
                    # "The carrier, which operates Boeings, Embraers and Russian-built
                    # Superjets, had been under US restrictions": the clause's last words are
                    # not the subject the measure is told of
                    continue
                if " on " in raw:
                    # "asset freezes on the regime's leadership and our trade measures on potash
                    # … remain", "its ban on Belavia and its restrictions on potash": two
                    # measures told together, each on its own targets
                    raw = _SECOND_MEASURE_RE.sub(" and ", raw)
                if _TOLD_BEFORE_RE.match(raw.strip()):
                    continue  # "an asset freeze on the listed individuals": those just named
                raw = without_tail(raw, verb.endswith("ing"))
                # ("to designate more of those responsible": who they are)
                trimmed = MORE_OF_THOSE_RE.sub("", raw)
                who_at = match.start("target") + len(raw) - len(trimmed)
                if trimmed.strip().lower() in WHO_WORDS:
                    # "on those responsible for repression": the target is who they are
                    who = RESPONSIBLE_RE.match(masked, target_end, s_end)
                    if who is None:
                        continue
                    raw, target_end = masked[who_at : who.end()], who.end()
                # "on Belarusian air carriers, among them the national carrier Belavia", "on
                # officials, Belshina and MAZ": the whole list the target opens
                if pattern is not DATED_MEASURE_ON_RE:
                    # (not "the 2021 sanctions on Belaruskali and the 2023 restrictions on
                    # Belavia": each dated measure names its own target, read by its own match)
                    raw, target_end = whole_list(
                        masked, raw, target_end, s_end, action == "imposed", pattern is TRADE_RE
                    )
                # ("individuals and entities of the Republic of Belarus involved": a group the
                # next sentences may name, as a count)
                # (not those a listing itself names: "The persons listed include judges of …")
                counted = pattern is not THOSE_LISTED_RE and (
                    is_counted_group(raw) or is_group(raw)
                )
                # ("listed 40 individuals" in October, "listed 78 individuals" in June: two
                # listings of one kind of target, not one told twice)
                count = f" ({group_count(raw)})" if counted and is_counted_group(raw) else ""
                if masked.startswith("from ", match.start("target") - 5) and names_activity(raw):
                    continue  # "removing sanctions from Belavia's servicing": some dealings
                resolved: list[str] = []
                for target in split_targets(raw):
                    # "lifted its own sanctions on both companies": the two named before
                    group = described.refer_back_group(
                        target, [t for i, t in named if i >= s_index - _REFER_BACK_SENTENCES]
                    )
                    resolved.extend(group or [described.resolve(target)])
                for target in resolved:
                    goods = described.goods_referred(
                        DET_RE.sub("", target),
                        sentences[max(0, s_index - _REFER_BACK_SENTENCES)][0],
                        match.start(),
                    )
                    if goods is not None:
                        target = goods  # "… lift its sanctions on the fertiliser": potash
                    elif is_description(target):
                        earlier = [t for i, t in named if i >= s_index - _REFER_BACK_SENTENCES]
                        back = described.refer_back(target, earlier)
                        if back == target:
                            # "the contract with the state potash producer Belaruskali …
                            # after US sanctions on the company took effect": a name the text
                            # gave just before, though not as a target
                            back = described.refer_back(
                                target,
                                described.named_between(
                                    sentences[max(0, s_index - 1)][0], match.start()
                                ),
                            )
                        target = back
                        if pattern is DESIGNATED_NAME_RE and target.islower():
                            continue  # "listed the company in 2021", a company never named
                    elif NAME_END_RE.search(target) and not (
                        target in lx.PLACES or target in lx.MULTIWORD_PLACES
                    ):
                        named.append((s_index, target))
                    if verb.endswith("ing") and (
                        target in lx.PLACES or target in lx.MULTIWORD_PLACES
                    ):
                        continue
                    key: tuple[str, str, str | None] = (
                        cast(str, action),
                        target.lower() + count,
                        None,
                    )
                    prior = seen.get(key)
                    if prior is not None and prior[1] and action not in _SHARED_ACTIONS:
                        continue  # told before with its date (only one power's step)
                    actor_start, imposer = imposer_of(
                        masked, mentions, index, s_index, s_start, match.start(), headings
                    )
                    if whole is not None:
                        imposer = whole.imposer
                    elif (
                        whose := (match.groupdict().get("power") or match.groupdict().get("named"))
                    ) and whose not in NO_DESIGNATORS:
                        # (not "to its Belarus sanctions list": the programme's name)
                        # the shape names whose measure it is: "sanctions imposed by the
                        # European Union on …", "barred from EU airspace", "the EU list"
                        imposer = power_of(whose) or fill_power(whose) or imposer
                    elif pattern is NOUN_BAN_RE and (
                        named_ban := fill_power(masked[match.start() : match.start("verb")])
                    ):
                        imposer = named_ban  # "the EU ban on Belarusian potash"
                    elif by_power := _BY_POWER_RE.match(masked, match.end()):
                        # "Naftan, the refinery, was sanctioned by Ottawa in 2022": the agent
                        imposer = power_of(by_power.group("power")) or imposer
                    elif match.groupdict().get("fill"):
                        # "the easing of American sanctions on …": the measure names its power
                        imposer = fill_power(match.group("fill")) or imposer
                    if decision is not None and decision.group("whose"):
                        # "the American decision to ease sanctions": whose decision it was
                        imposer = fill_power(decision.group("whose").rstrip("’'s")) or imposer
                    if imposer is not None and (
                        IMPOSERS.get(target) == imposer or own_country(imposer, target)
                    ):
                        imposer = None  # "Belarus has faced sanctions": the target, not who
                    if imposer is None or (whole is None and pattern in _NOUN_SUBJECT_SHAPES):
                        # "after British sanctions on the company took effect": the power's
                        # adjective before the noun (kept over the sentence's by a background)
                        adjective = _POWER_WORD_BEFORE_RE.search(
                            masked, max(0, match.start() - 24), match.start()
                        )
                        own = fill_power(adjective.group(1)) if adjective else None
                        imposer = own if imposer is None or own is not None else imposer
                    if plain and imposer is None:
                        continue  # "restrictions on" with no sanctioning power in sight
                    plain_list = match.groupdict().get("plainlist")
                    if (plain_list or match.groupdict().get("ownlist")) and (
                        # ("Canada added more names to its list", "Canberra added 25 people to
                        # its own list": names or people alone are how rights groups' lists grow
                        # too, so they tell no sanctions list)
                        (raw.rstrip().endswith(("names", "people")) and " and " not in raw)
                        # ("Viasna added 35 names to its list": a list no word names is a
                        # power's only where the power adds to it)
                        or (plain_list and (imposer is None or actor_start >= match.start()))
                    ):
                        continue
                    if pattern is PUT_ON_LIST_RE and imposer is None:
                        continue  # "put every enterprise that uses prison labour on the list"
                    if pattern is THREAT_TO_RE and imposer is None and verb.startswith("prepar"):
                        continue  # "Viasna is preparing to add 40 names to its list": no power
                    if (
                        (match.groupdict().get("bare") or match.groupdict().get("adj"))
                        and not power_of(owner := match.groupdict().get("power") or match["named"])
                        and not fill_power(owner)
                    ):
                        continue  # "X remains on Viasna's list": no sanctioning power's list
                    if pattern is DESIGNATED_NAME_RE and (
                        imposer is None
                        # (_imposer answers the verb's own start for a power named only in
                        # an earlier sentence: "its report listed …" is not that power's)
                        or actor_start >= match.start()
                        or imposer in NO_DESIGNATORS
                    ):
                        continue  # a designation by no sanctioning power named with it
                    if (
                        prior is not None
                        and action in _SHARED_ACTIONS
                        and None not in (prior[2], imposer)
                        and prior[2] != imposer
                    ):
                        key = (key[0], key[1], imposer)  # another power's measure
                        prior = seen.get(key)
                    if prior is not None and prior[1]:
                        continue

                    if dates is None:
                        dates = find_dates(masked, s_start, s_end, published)
                        # borrow the date of the sentence before only when this one names
                        # none at all ("In November" without a known year fixes nothing)
                        if (
                            not dates
                            and s_index > 0
                            and sentences[s_index - 1][1] >= s_start - 2
                            and DATE_RE.search(masked, s_start, s_end) is None
                        ):
                            p_start, p_end = sentences[s_index - 1]
                            dates = find_dates(masked, p_start, p_end, published)
                    # ("extend the sanctions until 28 February 2027": when they end)
                    usable = [
                        d for d in dates if not _UNTIL_RE.search(masked, max(0, d[0] - 9), d[0])
                    ]
                    if action in ("lifted", "eased"):
                        # "ending restrictions in force since 2021": a relief is not dated by
                        # when the measure began
                        usable = [
                            d
                            for d in usable
                            if not opens_period(masked, d[0], RELIEF_SINCE_REACH)
                            # "the removal of the measures that Ottawa had imposed in 2021"
                            and not IMPOSED_WHEN_RE.search(masked, max(0, d[0] - 60), d[0])
                            # "lifted the sanctions it had imposed on X in 2021"
                            and not placed_when(masked, match.start(), d[0])
                        ]
                    if id(pattern) in REFERRING_SHAPES:
                        # the sentence before dates the measure referred to, not this step
                        usable = [d for d in usable if d[0] >= s_start]
                    # (a decision told by its noun was taken before, on a date the sentence
                    # does not give; "On 4 June the Council decided to close …" dates it)
                    # ("the decision of 13 December 2025 to lift …": the decision's own date)
                    date = (
                        next(
                            (d for at, d in usable if decision.start() <= at < decision.end()), None
                        )
                        if decision is not None and _DECISION_NOUN_RE.search(decision.group())
                        else own_date(masked, usable, match, s_end)
                    )
                    if len(resolved) > 1 and date is not None:
                        # ("on the airline in November and on potash in December": each its own)
                        date = (
                            part_date(
                                masked, usable, target, resolved, match.start("target"), s_end
                            )
                            or date
                        )
                    if in_force_at is not None:
                        date = nearest_date(dates, in_force_at)
                    if key in seen and date is None:
                        continue
                    if pattern is MEASURES_HOLD_RE and told_before(out, target):
                        continue  # "The measures against Belaruskali remain in force": told
                    found_in_sentence = True
                    claim = Sanction(
                        action, target, imposer, date, min(actor_start, match.start()), target_end
                    )
                    if key in seen:  # the first mention had no date: this one tells it
                        out[seen[key][0]] = claim
                        seen[key] = (seen[key][0], True, imposer)
                        continue
                    seen[key] = (len(out), date is not None, imposer)
                    out.append(claim)
                    if pronoun:
                        by_pronoun[id(claim)] = s_index
                    began = (
                        began_date(masked, dates, match.start(), s_end)
                        if action in ("lifted", "eased") and dates
                        else None
                    )
                    if began is not None and ("imposed", key[1], None) not in seen:
                        # "lifted its sanctions on potash, which had been in place since
                        # August 2021": the relief tells when the measure it ends began
                        seen[("imposed", key[1], None)] = (len(out), True, imposer)
                        out.append(dataclasses.replace(claim, action="imposed", date=began))
                    if counted:
                        counts[id(claim)] = (s_index, imposer)
                    elif (
                        pattern is THOSE_LISTED_RE
                        or pattern is SUBJECT_LISTED_RE
                        or pattern is SUBJECT_AMONG_RE
                    ):
                        # "… on 20 individuals and 12 entities. Among those designated are
                        # A, B and C": those named stand for the count
                        named_later.update(
                            i
                            for i, (at, power) in counts.items()
                            if s_index - _COUNT_NAMED_SENTENCES <= at < s_index
                            and power in (imposer, None)
                        )
                    # "Britain and Canada sanctioned Lukashenko": one measure a power
                    others = joint_powers(masked, s_start, match.start(), imposer)
                    others += [
                        p
                        for p in accompanying_powers(masked, match.end(), s_end, imposer)
                        if p not in others
                    ]
                    if pattern is ROW_IN_FORCE_RE:
                        # "British and Canadian measures on …": each adjective's power
                        others = fill_powers(match.group("fill"), imposer)
                    elif pattern is OF_POWER_RE:
                        # "the sanctions of the European Union and the United States on …"
                        others = [p for p in powers_of(match.group("power")) if p != imposer]
                    for power in others:
                        joint = (key[0], key[1], power)
                        if joint not in seen:
                            seen[joint] = (len(out), date is not None, power)
                            out.append(dataclasses.replace(claim, imposer=power))
                            if pronoun:
                                by_pronoun[id(out[-1])] = s_index
    for at in listed_at:
        # "imposed asset freezes on eight individuals …. The following persons have been
        # designated: …": those the list names stand for the count
        s_at = index.index(at)
        named_later.update(
            i for i, (s, _) in counts.items() if s_at - _COUNT_LISTED_SENTENCES <= s <= s_at
        )
    if named_later:
        out = [c for c in out if id(c) not in named_later]
    return without_pronoun_doubles(without_trade_doubles(out), by_pronoun, index)


# the first target of a measure widened to a second, read by EXTEND_TO_RE
# "The list includes …": the list a measure on a count just added to (see THOSE_LISTED_RE)
_LIST_SUBJECT_RE: Final = re.compile(
    r"[Tt]he\s+(?:(?P<whose>[\w.]+)\s+)?(?:(?:sanctions\s+)?lists?|names)\b"
)
_DECISION_NOUN_RE: Final = re.compile(r"\b(?:decision|move|order|step)\b")
_INSIDE_RELATIVE_RE: Final = re.compile(r",\s+(?:which|who)\s+[^,.;:]*(?:,[^,.;:]*)*$")
# ("delisted since November", "lifted in 2025": a time, led by its preposition)
_TIME_PREPOSITION: Final = r"(?:since|in|until|till|from|after|before)\s+"
_DATE_TARGET_RE: Final = re.compile(
    rf"\s*(?:{_TIME_PREPOSITION})?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_PATTERN}(?:\s+\d|\s*$)"
    rf"|\s*{_TIME_PREPOSITION}(?:19|20)\d\d\s*$"
)

_WIDENED_ON_RE: Final = re.compile(rf"\s+{WIDENED_TO}")
# Measures several powers keep on one target at once (the EU's, Britain's and Canada's own
# sanctions on Belarus); a relief or a threat on a target is one power's step, and a second
# power read for it is more often a misreading than a second step
_SHARED_ACTIONS: Final = frozenset(("imposed",))
_COUNT_NAMED_SENTENCES: Final = 2  # a count's members named this many sentences after it
_COUNT_LISTED_SENTENCES: Final = 3  # … or listed line by line after this many sentences


# those a measure reached, named before ("the listed individuals", "the designated persons")
_TOLD_BEFORE_RE: Final = re.compile(
    r"(?:[Tt]he\s+)?(?:listed|designated|sanctioned|targeted|named|following)\s+"
    r"(?:individuals|persons|people|entities|entries|companies|officials)$"
    # ("designated the persons listed below": those the notice's list names)
    r"|(?:[Tt]he\s+)?(?:individuals|persons|people|entities|entries|companies|officials)\s+"
    r"(?:listed|named|set\s+out)\s+below$"
)
_PRONOUN_TARGETS: Final = frozenset(("it", "them", "they", "him", "her"))
_WEIGHED_BEFORE_RE: Final = re.compile(r"\b(?:considering|weighing|discussing|preparing)\s+$")
_SECOND_MEASURE_RE: Final = re.compile(
    r"\s+and\s+(?:(?:its|their|our|his|her|the|[A-Z][\w.]*[’']s)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?:{MEASURE}|bans?|freezes?)\s+on\s+"
)
# two targets named in a measure's phrase: "on potash or on the airline Belavia"
_PAIR_RE: Final = re.compile(
    r"(?s:.*)\b(?:on|against)\s+(?P<first>[^,.;:()\"“”]{1,40}?)\s+(?:or|and)\s+(?:on|against)\s+"
    r"(?P<second>[^,.;:()\"“”]{1,40}?)(?=\s*[,.;:])"
)
# the measures named before, on a target of their own: "them on potash", "those on potash"
_REFERRED_HEAD_RE: Final = re.compile(r"(?:them|those|the\s+ones)\s+")
