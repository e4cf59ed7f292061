"""Where in a text each shape of a sanction measure is tried, and what lets it be tried.

Reading every shape of ``doorwatch.extract.sanction_shapes`` over a whole text would cost more
than the rest of extraction. The words a measure needs ("sanction", "restrict", "ban",
"allow" …) are found in one pass (``WordHits``), and each shape is tried only in a window of
its sentence around such a hit (``sentence_windows``), the rarer ones only where their own
words stand (the gates).
"""

from __future__ import annotations

import re
from typing import Any, Final

from doorwatch.extract.adjunct_shapes import (
    ADJUNCT_BACKGROUND_RE,
    ADJUNCT_BAN_RE,
    ADJUNCT_IMPOSED_RE,
    ADJUNCT_REMAIN_RE,
    NAMED_LISTING_RE,
    NOMINAL_ADJUNCT_RE,
    OWNED_ACTIVE_RE,
    POSSESSIVE_ADJUNCT_RE,
    adjunct_before,
)
from doorwatch.extract.ban_shapes import (
    BAN_BY_RE,
    BAN_RE,
    BANNED_NOUN_RE,
    CLOSED_PASSIVE_RE,
    CLOSED_TO_RE,
    CLOSURE_RE,
    KEPT_OUT_RE,
    NOUN_BAN_RE,
)
from doorwatch.extract.dated_listings import BRACKET_DATED_RE, DATED_LISTING_RE
from doorwatch.extract.freeze_shapes import (
    ASSETS_FROZEN_RE,
    DEALINGS_BANNED_RE,
    DEALINGS_PROHIBITED_RE,
    FREEZE_RE,
    FROZE_OWN_RE,
    FUNDS_AVAILABLE_RE,
)
from doorwatch.extract.list_shapes import (
    ADDED_AMONG_RE,
    ANNEX_ACTIVE_RE,
    ANNEX_PASSIVE_RE,
    ENTRY_DELETED_ACTIVE_RE,
    ENTRY_DELETED_RE,
    ITEM_DESIGNATED_RE,
    LIST_FIRST_RE,
    LIST_RE,
    LISTED_AFTER_COLON_RE,
    ON_LIST_ASIDE_RE,
    ON_LIST_RE,
    POWER_ADDED_RE,
    PUT_ON_LIST_RE,
    REMAINS_LISTED_RE,
    SUBJECT_AMONG_RE,
    SUBJECT_LISTED_RE,
    THOSE_LISTED_RE,
)
from doorwatch.extract.pattern_literals import required_literals
from doorwatch.extract.permit_shapes import (
    PERMIT_OWN_WITHDRAWN_RE,
    PERMIT_SUSPENDED_RE,
    PERMIT_SUSPENSION_RE,
    PERMIT_WITHDRAWN_RE,
)
from doorwatch.extract.plain_shapes import HAS_SANCTIONS_RE, MADE_LIGHTER_RE
from doorwatch.extract.sanction_in_force import AS_DOES_RE, MEASURES_HOLD_RE
from doorwatch.extract.sanction_shapes import (
    ACTIVE_RE,
    ALIGNED_RE,
    ALLOW_RE,
    ALLOWED_PASSIVE_RE,
    ANAPHORIC_PASSIVE_RE,
    ANAPHORIC_RE,
    APPLY_TO_RE,
    AUTHORIZED_RE,
    BACKGROUND_RE,
    BANNED_SINCE_RE,
    BLACKLISTED_BY_RE,
    COVERING_RE,
    DELISTED_RE,
    DESIGNATED_NAME_RE,
    DESIGNATED_RE,
    EXTEND_TO_FRONT_RE,
    EXTEND_TO_RE,
    FOLLOWED_RE,
    FREEZE_REMAIN_RE,
    HELD_UNDER_RE,
    HIT_BY_RE,
    HIT_WITH_RE,
    IN_PLACE_ON_RE,
    INCLUDING_RE,
    IT_IMPOSED_RE,
    KEPT_RE,
    LICENSE_RE,
    LISTING_RE,
    MEASURE_TARGETS_RE,
    NOMINAL_RE,
    NOUN_RELIEF_RE,
    OF_POWER_RE,
    OWN_PASSIVE_RE,
    PASSIVE_AFTER_RE,
    PASSIVE_RE,
    PASSIVE_THEN_RE,
    PENALTY_RE,
    RELIEF_RE,
    REMAIN_RE,
    REMOVAL_FROM_LIST_RE,
    RESTRICTED_RE,
    ROW_IN_FORCE_RE,
    ROW_SANCTIONED_RE,
    SANCTIONED_RE,
    SANCTIONS_VERB_RE,
    SUBJECT_TO_RE,
    TARGETING_RE,
    THEM_RE,
    TO_SANCTION_RE,
    UNDER_RE,
    WAS_SANCTIONED_RE,
    WHICH_IMPOSED_RE,
    WHICH_SANCTIONED_RE,
    WHICH_TARGETED_RE,
)
from doorwatch.extract.sanction_standing import DESIGNATED_ASIDE_RE
from doorwatch.extract.threat_shapes import (
    FACE_RE,
    PREPARED_RE,
    PRONOUN_THREAT_RE,
    READY_TO_RE,
    THREAT_TO_RE,
    WEIGHED_BAN_RE,
)
from doorwatch.extract.trade_shapes import (
    BANNED_GOODS_RE,
    PROVISION_RE,
    TRADE_NOUN_RE,
    TRADE_PASSIVE_RE,
    TRADE_RE,
    TRANSIT_ENDED_RE,
    TRANSIT_ENDING_RE,
)
from doorwatch.extract.word_gates import any_in, any_word
from doorwatch.extract.word_groups import (
    ADJUNCT_WINDOWS,
    BACKGROUND_WORDS,
    GROUP_NEAR_GATES,
    GROUP_WINDOW_GATES,
    Windows,
)

SUSPENDED_WINDOWS: Final[Windows] = (
    (PERMIT_SUSPENDED_RE, -120, 20),
    (PERMIT_WITHDRAWN_RE, -1, 140),
    (PERMIT_OWN_WITHDRAWN_RE, -1, 80),
    (PERMIT_SUSPENSION_RE, -1, 100),
)
# the words a permit taken away is found by ("suspended", "the suspension of …", "the
# decision to suspend the operating permit of …", "withdrew the airline's operating permit")
SUSPENDED_WORDS: Final = (
    "suspended",
    "revoked",
    "suspension of",
    "revocation of",
    "suspend the ",
    "withdrew ",
    "withdrawn",
)
# ("The 558 Aircraft Repair Plant, which services …, has also been designated")
DESIGNATED_WINDOWS: Final[Windows] = (
    (DESIGNATED_NAME_RE, -1, 120),
    # ("the designation of Belavia last August", in a text that never says "sanctions")
    (DATED_LISTING_RE, -40, 120),
    # ("the Naftan designation (June 2022)")
    (BRACKET_DATED_RE, -60, 40),
    (WAS_SANCTIONED_RE, -140, 14),
    # ("• BELAVIA OJSC (BELARUS-EO14038), designated August 2023;")
    (ITEM_DESIGNATED_RE, -120, 14),
    (TO_SANCTION_RE, -4, 140),
    # ("The airline, designated by the U.S. in August 2023, …")
    (BLACKLISTED_BY_RE, -60, 16),
)
# where DESIGNATED_WINDOWS are tried ("would be targeted if …": a threat told in the passive)
DESIGNATION_WORDS: Final = ("designat", "listed ", "listed,", "be targeted", " in listing ")
# "the Treasury has blocked the potash producer Belaruskali", "first targeted …", "had hit …":
# a power's verb before a named target, read only by the designation shape
# ("the Treasury's blocking of Belaruskali, in place since August 2021": a dated listing)
BLOCKING_WORDS: Final = ("blocked ", "targeted ", " hit ", "block the ", "blocks the ", "blocking the ",
                  "blocking of ")  # fmt: skip
BLOCKING_WINDOWS: Final[Windows] = (
    (DESIGNATED_NAME_RE, -1, 100),
    (FREEZE_RE, -1, 160),
    (DATED_LISTING_RE, -40, 120),
)
# Plain substring searches find the sentences worth reading far faster than a pattern would.
# ("removed X from the Specially Designated Nationals and Blocked Persons List", "the UK's
# Consolidated List": a sanctions list by its name)
# ("four rounds of listings against officials", "a further package of listings": never "sanctions")
TOPIC_WORDS: Final = ("anction", "SDN", "lacklist", "Designated Nationals", "Blocked Persons",
               "Consolidated List", "listings against", "of listings", "new listings",
               "further listings", "listings of", "individual listings",
               # ("marked the anniversary with a new package of measures")
               "package of measures", "package of restrictive")  # fmt: skip
# Words that name measures in a text about sanctions: "restrictions", "restrictive measures",
# "its measures", "new measures", "measures on", "measures against"; and the verbs of bans
# "restricted", "restricting", "restricts". Found by two scans, for "restrict" and "measures"
# (see shared_hits), since a scan of the whole text per word is the cost that counts here.
RESTRICT_MEASURES: Final = ("restrictions", "restrictive measures")
# ("The import from Belarus of potash … is restricted.": the passive ends the sentence)
RESTRICT_BANS: Final = (
    "restricted ",
    "restricting ",
    "restricts ",
    "restrict ",
    "restricted.",
    "restricted,",
)
PERMIT_WORDS: Final = ("allow", "permit", "authori", "licen", "Licen")
# (each verb of UNDER_RE with the space after it, any adverb allowed: "are already under
# stringent sanctions" holds "under", and no verb of the shape)
UNDER_HINT_RE: Final = re.compile(
    r"(?:fac(?:ed|es|e)|been\s+subject\s+to|(?:been|f(?:all|alls|ell|allen)|come|remain(?:s|ed)?|"
    r"sits?|sat|stays?|stayed|works?|worked|operates?|operated|is|are|was|were)\s+"
    r"(?:(?:still|now|also)\s+)?under)\s"
)
# Where each shape can stand relative to a hit on "sanction" (or "allow"): reading only
# these windows, not whole sentences, keeps the cost proportional to the hits.
_COMMON_TOPIC_WINDOWS: Final[Windows] = (
    (TO_SANCTION_RE, -4, 140),
    (ACTIVE_RE, -120, 130),
    (PASSIVE_RE, -1, 200),
    (PASSIVE_THEN_RE, -1, 220),
    (ADJUNCT_BACKGROUND_RE, -30, 80),
    (PASSIVE_AFTER_RE, -1, 200),
    (SANCTIONED_RE, -10, 160),  # (", jointly sanctioning …": an adverb before the hit)
    (WAS_SANCTIONED_RE, -90, 40),
    (WHICH_SANCTIONED_RE, -160, 40),
    (NOMINAL_RE, -70, 120),
    (WHICH_IMPOSED_RE, -1, 160),
    (TARGETING_RE, -120, 200),
    (ROW_SANCTIONED_RE, -60, 60),
    (LIST_RE, -150, 80),
    (LIST_FIRST_RE, -40, 200),
    (UNDER_RE, -90, 30),
    (SUBJECT_TO_RE, -220, 30),
    (HAS_SANCTIONS_RE, -40, 100),
)


def _ids(patterns: tuple[re.Pattern[str], ...]) -> frozenset[int]:
    """Return the ids of ``patterns``: a set of compiled patterns would hash each pattern's
    whole program on every membership test (some microseconds a test)."""
    return frozenset(id(p) for p in patterns)


# Shapes that report a measure in force or imposed whatever their verb ("banned … from its
# airspace", "remain in place", "which it sanctioned in 2021"), and shapes whose relief only
# lets some dealings through (a licence, a permission told in the passive): eased.
IMPOSING_SHAPES: Final = _ids(
    (
        UNDER_RE,
        HAS_SANCTIONS_RE,
        ROW_SANCTIONED_RE,
        MEASURES_HOLD_RE,
        AS_DOES_RE,
        DESIGNATED_ASIDE_RE,
        PERMIT_SUSPENDED_RE,
        PERMIT_WITHDRAWN_RE,
        PERMIT_OWN_WITHDRAWN_RE,
        PERMIT_SUSPENSION_RE,
        BAN_RE,
        KEPT_OUT_RE,
        FREEZE_RE,
        FROZE_OWN_RE,
        DEALINGS_PROHIBITED_RE,
        DEALINGS_BANNED_RE,
        ASSETS_FROZEN_RE,
        HIT_BY_RE,
        TRADE_RE,
        TRADE_NOUN_RE,
        TRADE_PASSIVE_RE,
        SUBJECT_TO_RE,
        PROVISION_RE,
        BANNED_GOODS_RE,
        POSSESSIVE_ADJUNCT_RE,
        SANCTIONS_VERB_RE,
        ADJUNCT_REMAIN_RE,
        LISTING_RE,
        APPLY_TO_RE,
        OF_POWER_RE,
        THOSE_LISTED_RE,
        IT_IMPOSED_RE,
        COVERING_RE,
        ALIGNED_RE,
        ROW_IN_FORCE_RE,
        ADDED_AMONG_RE,
        BANNED_SINCE_RE,
        DESIGNATED_RE,
        REMAIN_RE,
        FREEZE_REMAIN_RE,
        BACKGROUND_RE,
        BLACKLISTED_BY_RE,
        WHICH_TARGETED_RE,
        CLOSED_TO_RE,
        BANNED_NOUN_RE,
        BAN_BY_RE,
        NOUN_BAN_RE,
        EXTEND_TO_FRONT_RE,
        DESIGNATED_NAME_RE,
        FOLLOWED_RE,
        RESTRICTED_RE,
        WHICH_SANCTIONED_RE,
        WHICH_IMPOSED_RE,
        ADJUNCT_BACKGROUND_RE,
        ADJUNCT_IMPOSED_RE,
        IN_PLACE_ON_RE,
        KEPT_RE,
    )
)
EASING_SHAPES: Final = _ids(
    (LICENSE_RE, ALLOWED_PASSIVE_RE, RELIEF_RE, AUTHORIZED_RE, MADE_LIGHTER_RE)
)
# Shapes whose target refers back to the measure reported just before ("relaxed those
# measures", "the last restrictions were removed", "eased some of them").
REFERRING_SHAPES: Final = _ids((ANAPHORIC_RE, ANAPHORIC_PASSIVE_RE, THEM_RE))
# Verbs that widen a measure, found inside a window ("extended", "expands", "widened")
WIDEN_WORDS: Final = ("xtend", "xpand", "iden", "roaden")
# Rarer shapes around the same hits, each tried only where one of its own words stands in
# its window (the words are the shape's gate, see _GATES).
_RARE_TOPIC_WINDOWS: Final[tuple[tuple[re.Pattern[str], int, int, tuple[str, ...]], ...]] = (
    (ANAPHORIC_RE, -60, 40, ("those ", "these ", "remaining ", "the rest", "last of", "same ")),
    (INCLUDING_RE, -30, 120, ("including ", "include")),
    (MADE_LIGHTER_RE, -40, 100, ("smaller", "weaker", "softer", "lighter", "less ")),
    (DESIGNATED_RE, -160, 12, ("designat",)),
    (HIT_WITH_RE, -120, 12, (" with ",)),
    (FACE_RE, -220, 20, (" face ", " exposed to ", " risk ")),
    (PREPARED_RE, -20, 200, (" being ", " under consideration", " in preparation", " be ")),
    (
        REMAIN_RE,
        -1,
        220,
        (
            " in place",
            " in force",
            " remain",
            " stay",
            " effect",
            "into force",
            "into full force",
            "unaffected",
            "unchanged",
            "untouched",
            " apply",
            " applies",
        ),
    ),
    (
        BACKGROUND_RE,
        -1,
        140,
        BACKGROUND_WORDS,
    ),
    (
        IN_PLACE_ON_RE,
        -60,
        140,
        (" in place ", " in force "),
    ),
    (BLACKLISTED_BY_RE, -80, 30, (" by ",)),
    (KEPT_RE, -70, 140, ("keep", "kept", "maintain")),
    (
        HELD_UNDER_RE,
        -160,
        80,
        (
            "placed ",
            "put ",
            "puts ",
            "places ",
            "kept ",
            "keeps ",
            "added ",
            "adds ",
            " add ",
            "included ",
            "includes ",
            "has had ",
            "still had ",
        ),
    ),
    (ON_LIST_RE, -90, 80, ("list", "List")),
    (POSSESSIVE_ADJUNCT_RE, -40, 12, ("'s ", "’s ")),
    (OWN_PASSIVE_RE, -60, 60, ("'s ", "’s ")),
    (OWNED_ACTIVE_RE, -60, 12, ("'s ", "’s ")),
    (REMOVAL_FROM_LIST_RE, -120, 60, ("removal of", "delisting of")),
    (SANCTIONS_VERB_RE, -40, 120, (" sanctions the ",)),
    (ADJUNCT_REMAIN_RE, -40, 30, (" remain", " stay")),
    (WHICH_TARGETED_RE, -1, 120, (" which ", " that ", " that,")),
    (FOLLOWED_RE, -60, 120, ("followed with", "responded with", "answered with", "retaliated")),
    (ANAPHORIC_PASSIVE_RE, -40, 100, ("those ", "these ", "remaining ", "last ", "oth ")),
    (EXTEND_TO_FRONT_RE, -90, 20, ("xtended to ", "xpanded to ")),
)
# Every shape tried around a hit on "sanction" or a measure word, common ones first.
TOPIC_WINDOWS: Final[Windows] = (
    _COMMON_TOPIC_WINDOWS
    + tuple((pattern, before, after) for pattern, before, after, _ in _RARE_TOPIC_WINDOWS)
    + ADJUNCT_WINDOWS
)
BANNED_SINCE_WINDOWS: Final[Windows] = ((BANNED_SINCE_RE, -20, 80),)
EXTEND_WINDOWS: Final[Windows] = ((EXTEND_TO_RE, -80, 100),)
PLAIN_WINDOWS: Final[Windows] = ((ACTIVE_RE, -120, 130),)
# "The EU has restricted imports of Belarusian potash since 2021" in a text that never says
# "sanctions": read only where a sanctioning power is the subject (see find_sanctions)
PLAIN_TRADE_WINDOWS: Final[Windows] = ((TRADE_RE, -1, 140),)
THREAT_WINDOWS: Final[Windows] = (
    (PRONOUN_THREAT_RE, -1, 60),
    (THREAT_TO_RE, -1, 140),
    (WEIGHED_BAN_RE, -1, 160),
    (READY_TO_RE, -1, 160),
)
# ("threatened to blacklist …", "is preparing to add … to its lists", "stands ready to list …")
THREAT_WORDS: Final = (
    "threaten",
    "preparing to ",
    "prepares to ",
    "considering a",
    "weighing a",
    "ready to ",
)
BAN_WINDOWS: Final[Windows] = (
    (PENALTY_RE, -80, 120),
    # ("The EU answered with bans on timber, steel and rubber")
    (FOLLOWED_RE, -40, 120),
    (ADJUNCT_BAN_RE, -40, 10),
    (ROW_SANCTIONED_RE, -60, 60),
    (BANNED_NOUN_RE, -1, 80),
    # ("a ban on overflight … by Belarusian carriers": who may not fly, before what)
    (BAN_BY_RE, -1, 200),
    (NOUN_BAN_RE, -60, 100),
    (RESTRICTED_RE, -1, 100),
    (BAN_RE, -1, 160),
    (FREEZE_RE, -1, 160),
    (FROZE_OWN_RE, -1, 80),
    # ("Tokyo's asset freeze on X, imposed in March 2022, remains in place")
    (FREEZE_REMAIN_RE, -12, 220),
    (TRADE_RE, -1, 140),
    (TRADE_NOUN_RE, -1, 100),
    (PROVISION_RE, -1, 200),
    (BANNED_GOODS_RE, -1, 80),
    (TRADE_PASSIVE_RE, -220, 14),
    (DEALINGS_PROHIBITED_RE, -140, 14),
    (DEALINGS_BANNED_RE, -1, 160),
    (ASSETS_FROZEN_RE, -220, 10),
    (SUBJECT_TO_RE, -220, 30),
    # "put Lukashenko and 29 other officials on their national entry-ban lists"
    (HELD_UNDER_RE, -120, 20),
    (WAS_SANCTIONED_RE, -90, 60),
)
BAN_WORDS: Final = (
    " bar ",  # ("will bar trade in …")
    "barred",
    "barring ",
    "shut out",
    "locked out",
    "bars ",
    "froze",
    "reez",  # ("1. Freezing of assets of …": capitalised at a numbered item's start)
    "prohibit",
    "halt",
    "embargo",
    # ("the EU limited trade in …", "the U.S. stopped the export of …", "will stop exporting")
    "limited trade",
    "stopped the ",
    "stop exporting",
    "stop importing",
)
PERMIT_WINDOWS: Final[Windows] = (
    (ALLOW_RE, -60, 220),
    (LICENSE_RE, -1, 200),
    (AUTHORIZED_RE, -1, 120),
    (ALLOWED_PASSIVE_RE, -80, 60),
)
# the words that open AIRSPACE_WINDOWS ("sky" as a word: not inside a surname in "-sky")
AIRSPACE_WORDS: Final = ("airspace", "skies", " sky ")
AIRSPACE_WINDOWS: Final[Windows] = (
    (CLOSED_TO_RE, -60, 80),
    (CLOSED_PASSIVE_RE, -30, 120),
    (CLOSURE_RE, -40, 100),
    # ("has kept Belarusian carriers out of its airspace")
    (KEPT_OUT_RE, -110, 30),
)
# "blocked the transit of Belarusian potash", "ended the rail transit to Klaipėda": found from
# "transit" and the word after it
TRANSIT_WINDOWS: Final[Windows] = (
    (TRADE_RE, -40, 160),
    (TRANSIT_ENDED_RE, -40, 120),
    (TRANSIT_ENDING_RE, -90, 100),
)
TRANSIT_WORDS: Final = ("transit of", "transit to", "transit through", "transit via", "transit in",
                 "transit,", "transit.", "transit at", "transit and")  # fmt: skip
DELIST_WINDOWS: Final[Windows] = ((DELISTED_RE, -1, 120),)
# "Belaruskali, the state potash giant, was hit by US measures": found from its verb
HIT_BY_WINDOWS: Final[Windows] = ((HIT_BY_RE, -140, 60),)
HIT_BY_WORDS: Final = (" hit by ", " hit with ")
# "Belavia, freed from US sanctions in November": found from the participle
# "Belinvestbank has been on the Treasury's blocking list since 2022", "BelAZ, which is also
# on the EU list": where a target stands, in a sentence that never says "sanctions"
ON_LIST_WINDOWS: Final[Windows] = (
    (ON_LIST_RE, -130, 12),
    (PUT_ON_LIST_RE, -130, 12),
    (ON_LIST_ASIDE_RE, -110, 40),
)
ON_LIST_WORDS: Final = (" list", " List")
# "added Neman to its asset-freeze list": a listing found from its list
ADDED_TO_LIST_WINDOWS: Final[Windows] = (
    (LIST_RE, -150, 8),
    (LISTED_AFTER_COLON_RE, -60, 220),
    (POWER_ADDED_RE, -150, 40),  # (to read "its list of blocked entities" whole)
)
# "The US potash delisting": found from the relief's noun
NOUN_RELIEF_WINDOWS: Final[Windows] = ((NOUN_RELIEF_RE, -40, 12),)
NOUN_RELIEF_WORDS: Final = ("delist", "relief ")
# "added further officials to its Special Economic Measures Regulations": a power's
# regulations are its list
REGULATIONS_WINDOWS: Final[Windows] = ((HELD_UNDER_RE, -200, 14),)
REGULATIONS_WORDS: Final = ("egulations",)
# "may not make funds available to Belavia": found from what the freeze withholds
FUNDS_WINDOWS: Final[Windows] = ((FUNDS_AVAILABLE_RE, -90, 100),)
FUNDS_WORDS: Final = (" available to ",)
# "The new sanctions target the refiner Naftan": found from the verb after the measure
MEASURE_TARGETS_WINDOWS: Final[Windows] = ((MEASURE_TARGETS_RE, -110, 200),)
# ("Ottawa's package hits the state airline": only a package's "hits" names whom it reaches)
MEASURE_TARGETS_WORDS: Final = (
    " target ",
    " targets ",
    " names ",
    " listed ",
    " cover",
    "package hits ",
)
# "The entry for X is deleted from Annex I": found from the participle
ENTRY_DELETED_WINDOWS: Final[Windows] = (
    (ENTRY_DELETED_RE, -140, 20),
    (ENTRY_DELETED_ACTIVE_RE, -1, 140),
    (REMAINS_LISTED_RE, -80, 40),
    (ANNEX_PASSIVE_RE, -120, 30),
    (ANNEX_ACTIVE_RE, -140, 30),
)
# ("… is removed from Annex I", "… add 22 individuals to Schedule 1": a legal act's list)
ENTRY_DELETED_WORDS: Final = (
    "deleted", "removed from", "struck off", "withdrawn", "removed the entr", "ins listed",
    "remain listed", "ays listed", "ins blocked", "remain blocked", "ays blocked", " Annex ",
    " Schedule ", "ins designated", "remain designated", "ins sanctioned", "remain sanctioned",
)  # fmt: skip
EXTEND_WORDS: Final = ("extend", "expand", "widen", "broaden")
RELIEF_WINDOWS: Final[Windows] = ((RELIEF_RE, -1, 100),)
# ("Both designations were removed": the listings told just before, ended)
LISTING_WINDOWS: Final[Windows] = (
    (LISTING_RE, -60, 120),
    (NAMED_LISTING_RE, -60, 70),
    (ANAPHORIC_PASSIVE_RE, -30, 80),
    (PREPARED_RE, -20, 200),
)
LISTING_WORDS: Final = ("listing", "designation")
APPLY_WINDOWS: Final[Windows] = ((APPLY_TO_RE, -40, 240),)
APPLY_WORDS: Final = (" appl",)
# who a listing named: "Those designated include …", "added to the list …, among them …"
LISTED_WINDOWS: Final[Windows] = (
    (THOSE_LISTED_RE, -60, 300),
    (ADDED_AMONG_RE, -40, 300),
    (SUBJECT_LISTED_RE, -240, 160),
    (SUBJECT_AMONG_RE, -240, 80),
)
LISTED_WORDS: Final = (
    " include",
    "added to",
    "cut off from",
    "included in",
    "mong th",
    # ("The entities sanctioned today are …", "Also designated are …")
    "ted are ",
    "ned are ",
    "ted were ",
    "ned were ",
    "today are ",
    "targets are ",
    # ("The three entities are …")
    "ties are ",
    "uals are ",
    "sons are ",
    "nies are ",
    "anks are ",
    "today were ",
    "ted is ",
    "ned is ",
    # ("Designated today is …", "Also added are …", "The persons subject to the measures are …")
    "today is ",
    "ded are ",
    "ures are ",
)
ALIGNED_WINDOWS: Final[Windows] = ((ALIGNED_RE, -1, 160),)
IMPOSED_ON_WINDOWS: Final[Windows] = ((IT_IMPOSED_RE, -120, 80),)
IMPOSED_ON_WORDS: Final = (
    " imposed on ",
    " imposed again",
    " introduced on ",
    " maintained ",
    # ("that Washington placed on …", "that the EU imposed last November on …")
    " placed on ",
    " imposed last ",
    " imposed this ",
)
# the rarer shapes of measures in force, each tried only where its own words stand (one scan
# a text, not one a hit on "sanctions")
OF_POWER_WINDOWS: Final[Windows] = ((OF_POWER_RE, -1, 120),)
OF_POWER_WORDS: Final = ("sanctions of ", "measures of ", "restrictions of ")
COVERING_WINDOWS: Final[Windows] = ((COVERING_RE, -60, 240),)
COVERING_WORDS: Final = (
    "covering ",
    "trade in ",
    "imports of ",
    "exports of ",
    " concern",
    " cover ",
    " cover,",
    " covers ",
    " covered ",
)
ALIGNED_WORDS: Final = ("align",)
# a row's label that says its measures are in force ("STILL IN PLACE -", "In force:"): found by
# plain searches, the row read after it (a pattern over every text would cost more than all
# the shapes together)
ROW_LABEL_WORDS: Final = ("IN PLACE", "IN FORCE")
ROW_WINDOWS: Final[Windows] = ((ROW_IN_FORCE_RE, 0, 300),)
# ("lifted them", "lifted those on potash": measures named before)
THEM_WORDS: Final = (" them", " those on ", " those against ", " the ones on ")
THEM_WINDOWS: Final[Windows] = ((THEM_RE, -50, 80),)
# "… eased its sanctions on Belavia in September, lifted the remaining ones in November":
# the measures referred back to by "ones", too far from "sanctions" for its windows
ONES_WORDS: Final = ("remaining ones", " the rest")
ONES_WINDOWS: Final[Windows] = ((ANAPHORIC_RE, -40, 20),)
# Most hits of these common words are not measures: a hit is kept only when one of its
# needles stands this close to it, so that its sentence is not read for nothing.
THEM_NEEDLES_RE: Final = re.compile(
    r"lift|eas|relax|loosen|suspend|waiv|soften|rescind|revok|scrap|back"
)


def sentence_windows(
    masked: str, found: list[tuple[int, Windows]], s_start: int, s_end: int
) -> list[tuple[re.Pattern[str], int, int]]:
    """Return (pattern, start, end) for each shape worth trying around the hits in ``found``
    (positions in one sentence, each with the windows of its word): the window clipped to
    the sentence, once the shape's own gate (see _GATES) has passed and the window holds one
    of the strings every match of the shape holds (see required_literals)."""
    out = []
    # Whether the sentence holds one of a gate's words, by the id of the words: a window lies
    # inside its sentence, so a sentence without them settles every window of every hit in it
    # (most gates fail, and most sentences read have two hits or more).
    in_sentence: dict[int, bool] = {}
    sentence = ""  # (cut out once, at the first gate read over the whole sentence)
    for position, windows in sorted(found, key=lambda hit: hit[0]):
        for pattern, before, after, kind, arg, literals in _prepared(windows):
            # (conditionals, not max and min: this runs for every window of every hit)
            a = position + before
            if a < s_start:
                a = s_start
            b = position + after
            if b > s_end:
                b = s_end
            if kind == _IN_WINDOW:
                held = in_sentence.get(id(arg))
                if held is None:
                    if not sentence:
                        sentence = masked[s_start:s_end]
                    held = in_sentence[id(arg)] = any_word(sentence, arg)
                # (a window that spans its whole sentence holds what the sentence holds)
                if not held or ((a > s_start or b < s_end) and not any_in(masked, a, b, arg)):
                    continue
            elif kind == _AT_HIT:
                if not masked.startswith(arg, position):
                    continue
            elif kind == _BEFORE_HIT:
                reach, words = arg
                if not any_in(masked, max(0, position - reach), position, words):
                    continue
            elif kind == _NEAR_HIT:
                before, after_hit, words = arg
                if not any_in(masked, max(0, position - before), position + after_hit, words):
                    continue
            elif kind == _ADJUNCT:
                if not adjunct_before(masked, position):
                    continue
            elif kind == _PATTERN and not arg.search(masked, a, b):
                continue
            # (the strings every match of the shape holds, read from the shape itself: most
            # windows hold none of them, and a plain search says so for less than a try)
            if literals:
                held = in_sentence.get(id(literals))
                if held is None:
                    if not sentence:
                        sentence = masked[s_start:s_end]
                    held = in_sentence[id(literals)] = any_word(sentence, literals)
                if not held or ((a > s_start or b < s_end) and not any_in(masked, a, b, literals)):
                    continue
            out.append((pattern, a, b))
    return out


# A window with its shape's gate and the strings every match of the shape holds:
# (pattern, before, after, gate kind, gate argument, strings)
_Prepared = tuple[re.Pattern[str], int, int, int, Any, tuple[str, ...]]
# Each group's windows with their gates and strings, by the id of the group's windows (held
# here, so that the id stays theirs): looked up once a hit, not twice a window.
_prepared_windows: dict[int, tuple[Windows, tuple[_Prepared, ...]]] = {}


def _prepared(windows: Windows) -> tuple[_Prepared, ...]:
    """Return ``windows`` each with its shape's gate (kind 0 when it has none) and the strings
    every match of the shape holds (see required_literals)."""
    entry = _prepared_windows.get(id(windows))
    if entry is None:
        prepared = []
        for pattern, before, after in windows:
            kind, arg = _GATES.get(id(pattern), (_NO_GATE, None))
            prepared.append((pattern, before, after, kind, arg, _literals_of(pattern)))
        entry = _prepared_windows[id(windows)] = (windows, tuple(prepared))
    return entry[1]


def _literals_of(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Return the strings one of which every match of ``pattern`` holds (see required_literals)."""
    literals = _literals.get(id(pattern))
    if literals is None:
        literals = _literals[id(pattern)] = _VERB_WORDS.get(id(pattern)) or required_literals(
            pattern
        )
    return literals


# The strings every match of a shape holds, by the shape's id (see required_literals): looked
# up for every window, and a compiled pattern's own hash reads its whole program each time.
_literals: dict[int, tuple[str, ...]] = {}


PENALTY_WORDS: Final = ("asset", "travel", "entry", "visa", "arms")


NOMINAL_HINTS: Final = ("ion of ", "ing of ", "al of ", "end of ", "ing by ", "ing in ", "al in ",
                        "ion in ")  # fmt: skip
# (" be targeted", " be sanctioned": a measure promised, see WAS_SANCTIONED_RE)
PASSIVE_HINTS: Final = (
    " was ", " were ", " been ", " is still ", " are still ", " already ", " remain",
    " be targeted", " be sanctioned", " be blacklisted", " be added", " is off ", " are off ",
    # ("Belarusian carriers are banned from EU airspace": a ban in the present)
    " are banned ", " is banned ", " are barred ", " is barred ",
    # ("The NOC is being designated pursuant to E.O. 14038": a press release's present)
    " being designated", " being listed", " being sanctioned", " still sanctioned",
    # ("Belavia is placed under US sanctions": a timeline's present)
    " is placed ", " are placed ", " is put ", " are put ",
    " remain sanctioned", " remains sanctioned", " remained sanctioned",
)  # fmt: skip
RELATIVE_HINTS: Final = ("which", " that ")
# One of which each verb of WAS_SANCTIONED_RE holds ("blacklisted" and "delisted" hold "listed",
# "struck off" and "taken off" hold "off"): read from the shape's many branches they are too
# many for required_literals, which settles for "sanctions", a word every window of a hit on
# it holds. (Most windows that pass its gate hold a "was" and no such verb.)
WAS_SANCTIONED_VERBS: Final = ("sanctioned", "listed", "targeted", "designated", "added", "placed",
                               "put", "barred", "banned", "shut", "locked", "removed", "off")  # fmt: skip
# ... and each verb of WHICH_SANCTIONED_RE ("imposed sanctions", "put under restrictions",
# "added to its sanctions list"), where required_literals reads the relative's "which"
WHICH_SANCTIONED_VERBS: Final = ("sanctioned", "listed", "designated", "restricted", "imposed",
                                 "introduced", "adopted", "put", "placed", "added")  # fmt: skip
# ... and what a permission of ALLOW_RE lets its party do ("to buy", "to service …")
ALLOWED_VERBS: Final = ("buy", "purchase", "repair", "import", "export", "acquire", "service",
                        "sell", "resume", "maintain", "obtain", "receive")  # fmt: skip
# The strings one of which every match of a shape holds, where they are the verbs of a shape
# whose verbs required_literals does not read (or reads after the measure's own noun, which a
# window of a hit on it always holds: "the EU has sanctions on …")
_VERB_WORDS: Final[dict[int, tuple[str, ...]]] = {
    id(WAS_SANCTIONED_RE): WAS_SANCTIONED_VERBS,
    id(WHICH_SANCTIONED_RE): WHICH_SANCTIONED_VERBS,
    id(HAS_SANCTIONS_RE): ("has", "have"),
    id(ALLOW_RE): ALLOWED_VERBS,
    # (and what a relief lets be done: "authorized transactions with …")
    id(AUTHORIZED_RE): ("transactions", "dealings", "trade", "business"),
}


# What a window must hold before its shape is tried, by shape: most mentions of sanctions
# are not "has been under" them, nor told in a relative clause, by a noun ("the removal of"),
# on a list or in the passive; a licence's own shape starts at its noun, and so does a ban
# named by its noun ("the 2021 ban on …"); a permission is told in the passive, a measure is
# widened "to" a new target or a ban "on" one, a freeze or ban named as a measure ("asset
# freeze", "travel ban").
_NO_GATE, _IN_WINDOW, _AT_HIT, _BEFORE_HIT, _PATTERN, _ADJUNCT, _NEAR_HIT = 0, 1, 2, 3, 4, 5, 6
_Gate = tuple[int, Any]
# (keyed by the pattern's id: a compiled pattern hashes its whole program on every lookup)
_GATES: dict[int, _Gate] = {
    id(UNDER_RE): (_PATTERN, UNDER_HINT_RE),
    id(WHICH_SANCTIONED_RE): (_IN_WINDOW, RELATIVE_HINTS),
    id(WHICH_IMPOSED_RE): (_IN_WINDOW, RELATIVE_HINTS),
    id(NOMINAL_RE): (_IN_WINDOW, NOMINAL_HINTS),
    id(LIST_RE): (_IN_WINDOW, ("list", "List", "from its ", "from their ")),
    # ("withdrawn", "hit by" are mostly no measure: the entry or the measure's noun must stand
    # in the window)
    id(ENTRY_DELETED_RE): (_IN_WINDOW, ("ntry ", "ntries ", "isting", "esignation")),
    id(HIT_BY_RE): (_IN_WINDOW, ("sanctions", "measures", "restrictions")),
    id(WAS_SANCTIONED_RE): (_IN_WINDOW, PASSIVE_HINTS),
    id(ADJUNCT_BACKGROUND_RE): (
        _IN_WINDOW,
        # ("the 2021 US potash sanctions": a year before)
        # ("The EU potash restrictions of June 2021 stay": the other noun's)
        (
            " in place",
            " in force",
            " in effect",
            "anctions of ",
            "anctions from ",
            "he 20",
            "estrictions of ",
            "estrictions from ",
        ),
    ),
    id(LICENSE_RE): (_AT_HIT, ("licen", "Licen")),
    id(NOUN_BAN_RE): (
        _AT_HIT,
        ("ban on ", "bans on ", "embargo on ", "prohibition on ", "bar on "),
    ),
    id(RESTRICTED_RE): (_AT_HIT, "restricted "),
    id(ALLOWED_PASSIVE_RE): (
        _BEFORE_HIT,
        (12, (" was ", " were ", " been ", " is ", " are ", " be ")),
    ),
    id(EXTEND_TO_RE): (_IN_WINDOW, (" to ", " on ")),
    id(PENALTY_RE): (_BEFORE_HIT, (8, PENALTY_WORDS)),
    id(TARGETING_RE): (_IN_WINDOW, ("targeting", "targetting", "covering", "hitting")),
    id(ROW_SANCTIONED_RE): (_IN_WINDOW, (": ", "; ")),
    # The shapes found by common words ("include", "apply", "imports of") are tried only where
    # the words they need stand next to the hit: most hits are no measure, and a wide window
    # read for nothing costs more than the plain searches.
    id(THOSE_LISTED_RE): (
        _NEAR_HIT,
        (
            60,
            8,
            (
                "hose ",
                "listed ",
                "designat",
                "sanctioned ",
                "targeted ",
                "listings ",
                "lists ",
                "list ",
                "subject ",
                "esignated ",
                "Also ",
                "mong th",
                "They ",
                "affected ",
                "targets ",
                "added ",
                "entities ",
                "individuals ",
                "persons ",
                "companies ",
                "banks ",
            ),
        ),
    ),
    id(ADDED_AMONG_RE): (_NEAR_HIT, (0, 50, (" list",))),
    id(LIST_FIRST_RE): (_BEFORE_HIT, (30, ("added to", "included in", "adds to", "includes in"))),
    id(SUBJECT_LISTED_RE): (_AT_HIT, ("added to", "cut off from", "included in")),
    id(SUBJECT_AMONG_RE): (_AT_HIT, "mong th"),
    id(APPLY_TO_RE): (
        _BEFORE_HIT,
        (46, ("hey", "hese", "measures", "anctions", "estrictions", "ban", "listings")),
    ),
    id(COVERING_RE): (_BEFORE_HIT, (64, ("sanction", "restriction", "measure", "ban", "listings"))),
    id(IT_IMPOSED_RE): (
        _BEFORE_HIT,
        (90, ("sanction", "measure", "restriction", "freezes", "bans")),
    ),
    id(LISTING_RE): (_NEAR_HIT, (0, 40, (" of ", " against ", " aimed at ", " targeting "))),
    # (a passive's auxiliary: "sanctions on X were lifted", "had already been removed")
    id(PASSIVE_RE): (
        _IN_WINDOW,
        (" were ", " was ", " been ", " are ", " is ", " be ", " have ", " has "),
    ),
    id(PASSIVE_THEN_RE): (_IN_WINDOW, (" and ",)),
    id(SUBJECT_TO_RE): (_BEFORE_HIT, (40, ("subject to",))),
    id(TRADE_PASSIVE_RE): (
        _BEFORE_HIT,
        (20, (" are ", " is ", " be ", " been ", " was ", " were ")),
    ),
}
# The shapes found by their own words (WORD_GROUPS) are tried only where their own words
# stand in the window or near the hit: one group's words find the windows of all its shapes.
_GATES.update((key, (_IN_WINDOW, words)) for key, words in GROUP_WINDOW_GATES.items())
_GATES.update((key, (_NEAR_HIT, near)) for key, near in GROUP_NEAR_GATES.items())
# the rare shapes' own words; a target's noun right before "sanctions" (see adjunct_before)
_GATES.update((id(pattern), (_IN_WINDOW, words)) for pattern, _, _, words in _RARE_TOPIC_WINDOWS)
# ("The US sanctions Belavia": a power's verb before a name, not only before "the")
_GATES[id(SANCTIONS_VERB_RE)] = (_PATTERN, re.compile(r"\bsanctions?\s+(?:the\s|[A-Z])"))
_GATES.update((id(pattern), (_ADJUNCT, None)) for pattern, _, _ in ADJUNCT_WINDOWS)
# ("the easing of Belavia sanctions": the noun's "of" before the target, else nothing to read)
_GATES[id(NOMINAL_ADJUNCT_RE)] = (_NEAR_HIT, (50, 0, ("ing of ", "al of ")))
