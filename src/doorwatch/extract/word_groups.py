"""The sanction shapes found by their own words rather than by the topic's: each group's words,
the windows around them and what a window must hold before its shape is tried.

A measure told as standing ("sought relief from sanctions on …"), by its parts ("…, including
MAZ and BelAZ"), weighed ("would consider measures against …") or from its subject ("The
measures … also hit Grodno Azot") is found where its own words stand; ``sanction_windows``
finds the words in its one pass over the text and applies the gates.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract.adjunct_shapes import (
    ADJUNCT_ACTIVE_RE,
    ADJUNCT_IMPOSED_RE,
    ADJUNCT_LISTING_RE,
    ADJUNCT_PASSIVE_RE,
    ADJUNCT_PASSIVE_THEN_RE,
    NOMINAL_ADJUNCT_RE,
)
from doorwatch.extract.ban_shapes import NO_LONGER_FLIES_RE, NOUN_BAN_RE
from doorwatch.extract.dated_listings import (
    BRACKET_DATED_RE,
    BRACKET_DATED_WORDS,
    DATED_LISTING_RE,
    DATED_LISTING_WORDS,
    DATED_MEASURE_ON_RE,
    DATED_MEASURE_WORDS,
)
from doorwatch.extract.dates import MONTHS
from doorwatch.extract.headword_entries import (
    HEADWORD_MEASURE_RE,
    HEADWORD_STATE_RE,
    POWER_LISTED_ROW_RE,
    POWER_ROW_RE,
    POWER_SINCE_ROW_RE,
    TIMELINE_CLOSING_STEP_RE,
    TIMELINE_PARTICIPLE_RE,
    TIMELINE_STEP_RE,
)
from doorwatch.extract.list_shapes import LIST_ADOPTED_RE
from doorwatch.extract.permit_shapes import NOT_RESTORED_WORDS, PERMIT_NOT_RESTORED_RE
from doorwatch.extract.sanction_in_force import AS_DOES_RE, GOODS_HOLD_RE, MEASURES_HOLD_RE
from doorwatch.extract.sanction_parts import (
    LIST_PARTS_RE,
    MEASURE_PARTS_RE,
    PACKAGE_PARTS_RE,
    RANGE_FROM_RE,
    RANGE_TO_RE,
)
from doorwatch.extract.sanction_shapes import (
    BLACKLISTED_BY_RE,
    DESIGNATED_NAME_RE,
    EXTEND_TO_FRONT_RE,
    EXTEND_TO_RE,
    WAS_SANCTIONED_RE,
    WHICH_SANCTIONED_RE,
    WHICH_TARGETED_RE,
)
from doorwatch.extract.sanction_standing import (
    AFTER_MEASURE_RE,
    ANSWERED_WITH_RE,
    APPOSED_UNDER_RE,
    APPOSED_UNDER_WORDS,
    BOTH_LISTED_RE,
    DEALINGS_BARRED_RE,
    DESIGNATED_ASIDE_RE,
    EXISTING_MEASURES_RE,
    FELL_UNDER_RE,
    GOODS_HIT_BY_RE,
    IMPOSED_ASIDE_RE,
    IMPOSED_BY_ON_RE,
    INCLUDING_THOSE_RE,
    KEPT_IN_PLACE_RE,
    KIND_SUCH_AS_RE,
    LEFT_UNTOUCHED_RE,
    LISTED_KIND_RE,
    MAINTAINED_SINCE_RE,
    MEASURES_TARGETED_RE,
    MEASURES_WHICH_TARGET_RE,
    ON_TARGET_IMPOSED_RE,
    PUT_UNDER_RE,
    REGIME_COVERS_RE,
    RELIEF_SOUGHT_RE,
    SPENT_UNDER_RE,
    STILL_APPLIED_RE,
    STILL_LISTS_RE,
    STILL_UNDER_RE,
    SUCH_AS_DESIGNATED_RE,
    THOSE_APPLIED_RE,
    TOOK_ACTION_RE,
    WHEN_MEASURE_RE,
)
from doorwatch.extract.sanction_states import (
    FREED_ACTIVE_RE,
    FREED_FROM_RE,
    FREED_PASSIVE_RE,
    GONE_RE,
    HEADLINE_RELIEF_RE,
    LICENSE_FOR_RE,
    OFF_LIST_RE,
)
from doorwatch.extract.sanction_steps import (
    PLACED_PASSIVE_RE,
    WHICH_FIRST_RE,
    WHICH_SECOND_RE,
    WHOSE_FIRST_RE,
    WHOSE_SECOND_RE,
    WIDENED_PASSIVE_RE,
)
from doorwatch.extract.sanction_subjects import (
    ILLEGAL_TRADE_RE,
    LISTS_INCLUDE_RE,
    MEASURES_ALSO_HIT_RE,
    TRADE_IN_RESTRICTED_RE,
)
from doorwatch.extract.threat_shapes import (
    BACKED_RE,
    CALLED_BANNED_RE,
    CALLED_FOR_RE,
    CONSIDERED_RE,
    GO_FURTHER_RE,
    NEXT_PACKAGE_RE,
    PACKAGE_WEIGHED_RE,
    PLANNED_LISTINGS_RE,
    SUPPORTED_RE,
)
from doorwatch.extract.transit_closures import (
    CARRYING_STOPPED_RE,
    LINKS_CUT_RE,
    ROUTE_CLOSED_RE,
    ROUTE_CLOSED_TO_RE,
    ROUTE_CLOSURE_RE,
    ROUTE_OWNER_CLOSED_RE,
    ROUTE_WORDS,
)

# the shapes tried around a hit: each pattern, and how far before and after the hit it reads
Windows = tuple[tuple[re.Pattern[str], int, int], ...]

# ("Belavia's American restrictions are gone", "the airline came off the list")
# ("Belavia had been freed from US sanctions", "London released Naftan from its remaining
# sanctions", "is now free of", "relieved of": the verb alone finds both orders)
STATE_WORDS: Final = (
    " gone",
    " off the ",
    " off its ",
    " freed ",
    " released ",
    " relieved ",
    " free of ",
    " no longer subject to ",
    " no longer under ",
)
STATE_WINDOWS: Final[Windows] = (
    (GONE_RE, -80, 10),
    (OFF_LIST_RE, -80, 60),
    (FREED_FROM_RE, -90, 60),
    (FREED_PASSIVE_RE, -80, 60),
    (FREED_ACTIVE_RE, -120, 80),
)
# ("Nov: Belavia delisted", "a general license for Belavia": a relief told as a thread or a
# headline tells it, or by its instrument)
HEADLINE_WORDS: Final = (" delisted", " lifted", " eased", " relaxed", "license for", "licence for")
HEADLINE_WINDOWS: Final[Windows] = ((HEADLINE_RELIEF_RE, -70, 30), (LICENSE_FOR_RE, -30, 100))
# ("sought relief from sanctions on …", "keeping in place bans on …", "still lists …", "its
# sanctions regime, which covers …", "potash exports hit by US sanctions", "X, still under
# American sanctions,", "answered the crackdown with sanctions on …")
STANDING_WORDS: Final = (
    "relief from",
    "kept in place",
    "keep in place",
    "keeps in place",
    "keeping in place",
    "left in place",
    "leaving in place",
    "maintained in place",
    "still list",
    "to list ",
    "regime, which",
    " hit by ",
    ", still under ",
    ", under ",
    ", now under ",
    ", long under ",
    ", also under ",
    ", already under ",
    # ("Belavia and Belaruskali, both under US sanctions")
    ", both under ",
    ", both still under ",
    ", all under ",
    "answered",
    "responded",
    # (a scenario's or a timeline's present: "The UK and Canada respond with sanctions on …")
    "respond with ",
    "responds with ",
    "answer with ",
    "answers with ",
    "followed on ",
    "followed in ",
    "followed with ",
    "retaliated",
    " untouched",
    " intact",
    ", both still on ",
    ", both already on ",
    ", both on ",
    ", all still on ",
    "maintained since",
    "kept since",
    ", designated ",
    # ("Belavia, the state airline designated in August 2023,")
    " designated in ",
    ", banned from ",
    ", barred from ",
    ", first designated ",
    ", blacklisted ",
    ", targeted by ",
    ", blocked by ",
    ", sanctioned ",
    ", imposed ",
    ", introduced ",
    # ("the sanctions imposed that month by the United States on …")
    "s imposed ",
    ", adopted ",
    ", which continue to ",
    ", which target",
    ", which cover",
    ", which restricted",
    ", which still ",
    ", which also ",
    " fell under ",
    " came under ",
    " falls under ",
    " comes under ",
    " under asset freeze",
    " under travel ban",
    # ("put Lukashenko himself under an asset freeze and travel ban")
    " under an asset freeze",
    " under a travel ban",
    " under an entry ban",
    " under sanctions",
    # ("still has Belaruskali under the sanctions it imposed in 2021")
    " under the sanctions",
    # ("Belavia has been a designated entity under US sanctions")
    "designated entit",
    "sanctioned entit",
    "designated person",
    "sanctioned person",
    "blocked person",
    "sanctioned compan",
    "designated compan",
    " under its sanctions",
    " under their sanctions",
    " under targeted ",
    " under financial ",
    "existing ",
    "earlier ",
    "current ",
)
STANDING_WINDOWS: Final[Windows] = (
    (EXISTING_MEASURES_RE, -7, 220),
    (RELIEF_SOUGHT_RE, -60, 160),
    (STILL_UNDER_RE, -80, 60),
    (PUT_UNDER_RE, -160, 60),
    (ANSWERED_WITH_RE, -80, 160),
    (LEFT_UNTOUCHED_RE, -160, 12),
    (BOTH_LISTED_RE, -110, 60),
    (MAINTAINED_SINCE_RE, -10, 150),
    (DESIGNATED_ASIDE_RE, -60, 110),
    (KEPT_IN_PLACE_RE, -20, 180),
    (STILL_LISTS_RE, -10, 100),
    (REGIME_COVERS_RE, -40, 160),
    (GOODS_HIT_BY_RE, -60, 80),
    (IMPOSED_ASIDE_RE, -60, 140),
    (ON_TARGET_IMPOSED_RE, -160, 60),
    (IMPOSED_BY_ON_RE, -60, 200),
    (MEASURES_WHICH_TARGET_RE, -90, 160),
    (FELL_UNDER_RE, -70, 60),
    (LISTED_KIND_RE, -90, 40),
)
# ("The European Union adopted its first list of about forty officials", see list_shapes)
LIST_ADOPTED_WORDS: Final = (" list of ",)
LIST_ADOPTED_WINDOWS: Final[Windows] = ((LIST_ADOPTED_RE, -60, 120),)
# ("The 2021 sanctions targeted Belaruskali", see sanction_standing)
TARGETED_WORDS: Final = (" targeted ", " target ", " targets ")
TARGETED_WINDOWS: Final[Windows] = ((MEASURES_TARGETED_RE, -90, 160),)
# ("sanctions against Belarusian companies, including MAZ and BelAZ", "added nine people to
# the bloc's list, including judges": the parts named after a measure's target)
PARTS_WORDS: Final = (", including ", ", among them ", ", notably ", ", such as ", ", in particular ",
               ", particularly ")  # fmt: skip
PARTS_WINDOWS: Final[Windows] = (
    (MEASURE_PARTS_RE, -220, 140),
    (LIST_PARTS_RE, -140, 140),
    (PACKAGE_PARTS_RE, -140, 140),
)
# ("added Belavia to its sanctions list, along with several Belarusian officials": one more
# listed with the first)
ALONG_WORDS: Final = (", along with ", ", together with ", ", as well as ")
ALONG_WINDOWS: Final[Windows] = ((LIST_PARTS_RE, -140, 140),)
# ("…, from travel bans on officials to trade restrictions on oil products": a range's ends)
RANGE_WORDS: Final = (", from ",)
RANGE_WINDOWS: Final[Windows] = ((RANGE_FROM_RE, -2, 140), (RANGE_TO_RE, -2, 260))
# ("parties designated by the United States, such as Belaruskali": examples of those listed)
SUCH_AS_WORDS: Final = (" such as ", " like ", " including ")
# ("US sanctions, including those on Belaruskali": measures in force named by one target)
SUCH_AS_WINDOWS: Final[Windows] = (
    (SUCH_AS_DESIGNATED_RE, -70, 140),
    (KIND_SUCH_AS_RE, -90, 140),
    (INCLUDING_THOSE_RE, -40, 140),
)
# ("The measures … also hit Grodno Azot", "its lists already include …", "Trade in potash … is
# also restricted": a measure, a list or a trade as the subject)
SUBJECT_WORDS: Final = (" also hit ", "lists include", "lists already include", "list includes",
                 "list already includes", "list still includes", "lists still include",
                 "list also includes", "lists also include", "lists, which include",
                 "list, which includes", "Trade in ", "trade in ", "Dealings in ", "dealings in ",
                 "illegal to ", "unlawful to ")  # fmt: skip
SUBJECT_WINDOWS: Final[Windows] = (
    (MEASURES_ALSO_HIT_RE, -160, 160),
    (LISTS_INCLUDE_RE, -17, 160),
    (TRADE_IN_RESTRICTED_RE, -1, 200),
    (ILLEGAL_TRADE_RE, -1, 160),
)
# ("would consider measures against …", "considering listing …", "a further package aimed at
# … is under discussion": measures a power weighs)
# ("a fifth package that, diplomats say, will include the national carrier": a package to come,
# found from its noun where no word of the topic stands near)
# the words a measure told with when it began holds ("imposed in 2021", "since 2023",
# "announced on 9 August"; see sanction_shapes.BACKGROUND_RE)
BACKGROUND_WORDS: Final = (
    "since ",
    "imposed in ",
    "introduced in ",
    "adopted in ",
    "widened in ",
    "added in ",
    "imposed last ",
    "introduced last ",
    "added last ",
    " dat",
    "announced on ",
    "imposed on ",
    # ("…, imposed by Washington in 2021")
    "imposed by ",
    " back to ",
    " from ",
    # ("restrictions on Belavia came in August 2023", "… took effect in 2021")
    " came in ",
    " effect in ",
)
WEIGHED_WORDS: Final = ("consider", "weigh", "draw up", "drawing up", " under discussion", " discussing ", "discussions ",
                 " preparing ", " drafting ", " package that", " package which", " drafted",
                 " on the table", " being prepared", " being discussed", " being finali", " in the works",
                 " in the pipeline", "next package", "next round", "next sanctions",
                 "next EU", "next UK", "next US", "next European", "next British", "ready to ", "prepared to ", "examining",
                 "working towards", "towards a further", "towards new", " support new", " support further", " support personal",
                 " support additional", "whether to impose", "would back ", "will back ",
                 "would support ", "will support ")  # fmt: skip
WEIGHED_WINDOWS: Final[Windows] = (
    (SUPPORTED_RE, -90, 200),
    (BACKED_RE, -10, 160),
    (CONSIDERED_RE, -25, 170),
    (PACKAGE_WEIGHED_RE, -200, 40),
    (WHICH_TARGETED_RE, -10, 160),
    (NEXT_PACKAGE_RE, -10, 220),
)
# ("extended to Belarus the trade measures that it had applied to Russia": found from the
# verb, in a text whose measure word is no topic's hit)
# ("OFAC took action against the airline Belavia": a designation told as an action)
ACTION_WORDS: Final = (
    " action against ",
    " acted against ",
    "acted jointly against ",
    "acted together against ",
)
ACTION_WINDOWS: Final[Windows] = ((TOOK_ACTION_RE, -40, 140),)
# ("extended the export controls it had imposed on Russia to Belarus": the same, the new
# target last)
# ("decided to extend Russia-style measures to Belarus", "extended a long list of …"; not an
# item's bare "extend sanctions to …", a demand, nor a gerund, often one said of a plan)
EXTENDED_WORDS: Final = (
    "xtended to ",
    "xtended the ",
    "xtended its ",
    "xtended a ",
    "to extend ",
    "xpanded to ",
)
EXTENDED_WINDOWS: Final[Windows] = ((EXTEND_TO_FRONT_RE, -2, 160), (EXTEND_TO_RE, -2, 160))
# ("would favour a further round of listings that includes …", "ready to go further, including
# against …": listings proposed, prepared or favoured)
PLANNED_WORDS: Final = ("propos", "prepar", " forward", "favour", "favor", "case for", "weigh", "consider",
                 "go further")  # fmt: skip
PLANNED_WINDOWS: Final[Windows] = ((PLANNED_LISTINGS_RE, -12, 220), (GO_FURTHER_RE, -30, 160))
# ("the US and EU sanctions on Belaruskali stand", "import bans on potash … are unchanged": a
# measure told as holding, after its target)
IN_FORCE_WORDS: Final = (" stand", " in force", " in place", " in effect", " unchanged", " stay",
                  " remain", ", as does ", ", as do ", "So do ", "So does ", " into force",
                  " into full force",
                  " date from", " date back", " dates from", " dating from", " dating back",
                  " mean ", " means ", " meant ", " keep ", " keeps ", " kept ", " prevent",
                  " bar ", " bars ", " continue in full", " continues in full",
                  " continue unchanged", " continues unchanged", " continue to apply",
                  " continues to apply")  # fmt: skip
IN_FORCE_WINDOWS: Final[Windows] = (
    (MEASURES_HOLD_RE, -220, 40),
    (GOODS_HOLD_RE, -80, 20),
    (AS_DOES_RE, -2, 140),
)
# ("Belaruskali or the Belarusian Potash Company, which it has listed since 2021": a listing
# told in a relative clause by its own verb, not by the topic's word)
WHICH_LISTED_WORDS: Final = (" listed", " designated", " restricted")
WHICH_LISTED_WINDOWS: Final[Windows] = ((WHICH_SANCTIONED_RE, -160, 14),)
# ("Belavia, whose restrictions were eased … and lifted …", "the Belavia measures, which were
# eased … and lifted …", "the asset freeze was extended to
# further …": later steps told of a measure named once)
STEPS_WORDS: Final = (
    "whose sanctions",
    "whose restrictions",
    "whose measures",
    "whose listing",
    "whose designation",
    "sanctions, which ",
    "restrictions, which ",
    "measures, which ",
    " extended to ",
    " expanded to ",
    " widened to ",
    " placed on ",
)
STEPS_WINDOWS: Final[Windows] = (
    (WHOSE_FIRST_RE, -80, 120),
    (WHOSE_SECOND_RE, -80, 160),
    (WHICH_FIRST_RE, -60, 60),
    (WHICH_SECOND_RE, -60, 160),
    (WIDENED_PASSIVE_RE, -60, 160),
    (PLACED_PASSIVE_RE, -60, 160),
)
# ("Naftan — The Novopolotsk refinery, subject to US blocking sanctions since 2021": a
# glossary's or a key-facts box's entry, its headword before the dash, found from the words of
# its measure)
ENTRY_WORDS: Final = ("designated by", "subject to", "blocked by", "sanctioned by", "blacklisted by",
               " sanctions lifted", " sanctions eased", " sanctions remain", " ban still",
               " sanctions still", ": new sanctions on", ": sanctions on",
               ": new sanctions against", " listed,", " listed.", " listed on ", " designated,",
               " designated.", " designated on ",
               # ("• United States — designations that include …": a roundup's row after a dash)
               "— designations", "– designations", " plus designations", ": designations",
               "— new sanctions on", "— sanctions on", "— new listings", "— listings",
               # ("• the European Union – restrictions on potash imports, June 2021")
               "– restrictions on", "— restrictions on", "– sanctions on")  # fmt: skip
ENTRY_WINDOWS: Final[Windows] = (
    (HEADWORD_MEASURE_RE, -260, 40),
    (HEADWORD_STATE_RE, -80, 40),
    (POWER_ROW_RE, -80, 160),
    (POWER_LISTED_ROW_RE, -140, 14),
)
# ("* 2 October - the European Union sanctions 40 officials", see headword_entries)
TIMELINE_WORDS: Final = (
    " sanctions ",
    " lists ",
    " designates ",
    " blacklists ",
    " delists ",
    " eases ",
)
TIMELINE_WINDOWS: Final[Windows] = ((TIMELINE_STEP_RE, -80, 160),)
# ("  Aug 2021   Potash producer Belaruskali sanctioned": a row's headline, see headword_entries)
TIMELINE_PARTICIPLE_WORDS: Final = (" sanctioned", " placed under ", " designated", " blacklisted",
                             " sanctions eased", " sanctions lifted", " restrictions eased",
                             " restrictions lifted", " sanctions imposed",
                             " restrictions imposed")  # fmt: skip
TIMELINE_PARTICIPLE_WINDOWS: Final[Windows] = ((TIMELINE_PARTICIPLE_RE, -90, 40),)
# ("• August 2023 — restrictions on Belavia imposed": the row's last word, found with the line
# break after it, see headword_entries)
TIMELINE_CLOSING_WORDS: Final = (" imposed\n", " eased\n", " lifted\n", " imposed.\n")
TIMELINE_CLOSING_WINDOWS: Final[Windows] = ((TIMELINE_CLOSING_STEP_RE, -160, 12),)
# ("— US: Belaruskali, since August 2021", see headword_entries)
SINCE_ROW_WORDS: Final = (", since ",)
SINCE_ROW_WINDOWS: Final[Windows] = ((POWER_SINCE_ROW_RE, -90, 40),)
# The shapes found by their own words, in a text about sanctions: each group's words, and the
# windows around them
# "is no longer allowed to fly into or over the European Union" (see ban_shapes)
FLIES_WORDS: Final = ("no longer allowed to", "not been allowed to", "no longer fly", "no longer land",
               "no longer permitted to", "not been permitted to", "not been allowed through",
               "no longer allowed through", "not been permitted through")  # fmt: skip
FLIES_WINDOWS: Final[Windows] = ((NO_LONGER_FLIES_RE, -80, 80),)
# "EU leaders called for sanctions on …", "Sweden argued for new sanctions against …" (see
# threat_shapes)
CALLS_WORDS: Final = (
    "called for ",
    "calls for ",
    "call for ",
    "argue ",
    "argues ",
    "argued ",
    "arguing ",
)
CALLS_WINDOWS: Final[Windows] = ((CALLED_FOR_RE, -90, 160), (CALLED_BANNED_RE, -90, 140))
# ("the potash designations of 2021", see adjunct_shapes)
LISTING_YEAR_WORDS: Final = ("designations of", "designations from", "listings of", "listings from")
LISTING_YEAR_WINDOWS: Final[Windows] = ((ADJUNCT_LISTING_RE, -40, 40),)
# ("After the EU's June restrictions on potash, …", see sanction_standing)
AFTER_MEASURE_WORDS: Final = ("After the ", "after the ", "Following the ", "following the ",
                       "Since the ", "since the ")  # fmt: skip
AFTER_MEASURE_WINDOWS: Final[Windows] = ((AFTER_MEASURE_RE, -1, 140),)
# ("Canada has restricted dealings with Belavia", "last year's British measures against …",
# "those the EU has applied to potash since 2021", see sanction_standing)
PAST_MEASURE_WORDS: Final = (" dealings with ", " transactions with ", " business with ",
                      "year's ", "year’s ", "summer's ", "summer’s ", "spring's ", "spring’s ",
                      "autumn's ", "autumn’s ", "winter's ", "winter’s ", "ber's ", "ber’s ",
                      "uary's ", "uary’s ", "March's ", "March’s ", "April's ", "April’s ",
                      "May's ", "May’s ", "June's ", "June’s ", "July's ", "July’s ",
                      "August's ", "August’s ", " has applied ", " have applied ",
                      " had applied ", " has imposed ", " have imposed ", " had imposed ",
                      "to apply ", "still apply", "those imposed ")  # fmt: skip
# ("the Treasury lists the refinery Naftan": a timeline's present tense, read only by the
# designation shape)
LISTS_WORDS: Final = (" lists ",)
LISTS_WINDOWS: Final[Windows] = ((DESIGNATED_NAME_RE, -1, 100),)
PAST_MEASURE_WINDOWS: Final[Windows] = (
    (DEALINGS_BARRED_RE, -40, 140),
    (WHEN_MEASURE_RE, -30, 160),
    (THOSE_APPLIED_RE, -80, 140),
    (STILL_APPLIED_RE, -30, 160),
)
# "Lithuania stopped the Klaipeda transit", "closed its rail corridor to Belaruskali cargo" (see
# transit_closures)
ROUTE_WINDOWS: Final[Windows] = (
    (ROUTE_CLOSED_TO_RE, -80, 120),
    (ROUTE_CLOSED_RE, -80, 80),
    (ROUTE_CLOSURE_RE, -60, 80),
    (ROUTE_OWNER_CLOSED_RE, -80, 80),
    (LINKS_CUT_RE, -40, 80),
    (CARRYING_STOPPED_RE, -40, 120),
)
# ("has not reinstated Belavia's operating permit", see permit_shapes)
NOT_RESTORED_WINDOWS: Final[Windows] = ((PERMIT_NOT_RESTORED_RE, -20, 100),)
# ("Belaruskali, the potash company placed under US sanctions last August", see
# sanction_standing)
APPOSED_UNDER_WINDOWS: Final[Windows] = ((APPOSED_UNDER_RE, -120, 60),)
# "lifted potash sanctions", "potash sanctions were lifted": tried only where a word that
# could be a target stands right before "sanctions" (see adjunct_before)
# (past the measure's noun far enough to see a date after it: "… sanctions on 11 September")
ADJUNCT_WINDOWS: Final[Windows] = (
    (ADJUNCT_ACTIVE_RE, -60, 32),
    (ADJUNCT_PASSIVE_RE, -30, 64),
    (ADJUNCT_PASSIVE_THEN_RE, -30, 140),
    (NOMINAL_ADJUNCT_RE, -50, 32),
    (ADJUNCT_IMPOSED_RE, -30, 80),
)
# ("eased the Belavia measures in September": found from "measures" after a name)
NAMED_MEASURES_WORDS: Final = ("measures",)
# ("the 2023 listing of Belavia", "the Treasury's blocking of Belaruskali, in place since …")
DATED_LISTING_WINDOWS: Final[Windows] = ((DATED_LISTING_RE, -40, 120),)
# ("Belavia has now spent almost a year under US sanctions", "Belavia, restricted by the
# United States since August 2023,", see sanction_standing and sanction_shapes)
SPENT_UNDER_WORDS: Final = (" spent ",)
SPENT_UNDER_WINDOWS: Final[Windows] = ((SPENT_UNDER_RE, -80, 120),)
RESTRICTED_BY_WORDS: Final = (", restricted by ",)
RESTRICTED_BY_WINDOWS: Final[Windows] = ((BLACKLISTED_BY_RE, -60, 16),)
# ("Lukashenko could be added to the list if the repression does not stop", see
# sanction_shapes.WAS_SANCTIONED_RE)
ADDED_WORDS: Final = (" be added",)
ADDED_WINDOWS: Final[Windows] = ((WAS_SANCTIONED_RE, -90, 60),)
# ("the 2021 sanctions on Belaruskali", see dated_listings)
DATED_MEASURE_WINDOWS: Final[Windows] = ((DATED_MEASURE_ON_RE, -16, 120),)
# ("the EU-wide bar on Belarusian road hauliers": a ban by another name)
BAR_WORDS: Final = ("bar on ",)
BAR_WINDOWS: Final[Windows] = ((NOUN_BAN_RE, -60, 100),)
# ("the Belavia designation (August 2023)")
BRACKET_DATED_WINDOWS: Final[Windows] = ((BRACKET_DATED_RE, -60, 40),)
WORD_GROUPS: Final[tuple[tuple[tuple[str, ...], Windows], ...]] = (
    (NAMED_MEASURES_WORDS, ADJUNCT_WINDOWS),
    (APPOSED_UNDER_WORDS, APPOSED_UNDER_WINDOWS),
    (NOT_RESTORED_WORDS, NOT_RESTORED_WINDOWS),
    (STATE_WORDS, STATE_WINDOWS),
    (HEADLINE_WORDS, HEADLINE_WINDOWS),
    (STANDING_WORDS, STANDING_WINDOWS),
    (PARTS_WORDS, PARTS_WINDOWS),
    (ALONG_WORDS, ALONG_WINDOWS),
    (RANGE_WORDS, RANGE_WINDOWS),
    (WEIGHED_WORDS, WEIGHED_WINDOWS),
    (PLANNED_WORDS, PLANNED_WINDOWS),
    (EXTENDED_WORDS, EXTENDED_WINDOWS),
    (ACTION_WORDS, ACTION_WINDOWS),
    (SUBJECT_WORDS, SUBJECT_WINDOWS),
    (IN_FORCE_WORDS, IN_FORCE_WINDOWS),
    (STEPS_WORDS, STEPS_WINDOWS),
    (ENTRY_WORDS, ENTRY_WINDOWS),
    (WHICH_LISTED_WORDS, WHICH_LISTED_WINDOWS),
    (FLIES_WORDS, FLIES_WINDOWS),
    (CALLS_WORDS, CALLS_WINDOWS),
    (ROUTE_WORDS, ROUTE_WINDOWS),
    (TIMELINE_WORDS, TIMELINE_WINDOWS),
    (TIMELINE_PARTICIPLE_WORDS, TIMELINE_PARTICIPLE_WINDOWS),
    (TIMELINE_CLOSING_WORDS, TIMELINE_CLOSING_WINDOWS),
    (TARGETED_WORDS, TARGETED_WINDOWS),
    (LIST_ADOPTED_WORDS, LIST_ADOPTED_WINDOWS),
    (SINCE_ROW_WORDS, SINCE_ROW_WINDOWS),
    (LISTING_YEAR_WORDS, LISTING_YEAR_WINDOWS),
    (AFTER_MEASURE_WORDS, AFTER_MEASURE_WINDOWS),
    (PAST_MEASURE_WORDS, PAST_MEASURE_WINDOWS),
    (LISTS_WORDS, LISTS_WINDOWS),
    (SUCH_AS_WORDS, SUCH_AS_WINDOWS),
    (DATED_LISTING_WORDS, DATED_LISTING_WINDOWS),
    (DATED_MEASURE_WORDS, DATED_MEASURE_WINDOWS),
    (SPENT_UNDER_WORDS, SPENT_UNDER_WINDOWS),
    (ADDED_WORDS, ADDED_WINDOWS),
    (RESTRICTED_BY_WORDS, RESTRICTED_BY_WINDOWS),
    (BRACKET_DATED_WORDS, BRACKET_DATED_WINDOWS),
    (BAR_WORDS, BAR_WINDOWS),
)

# a word that each month's name in dates.MONTH_PATTERN holds
_MONTH_STEMS: Final = tuple(sorted({month[:3].title() for month in MONTHS}))
# a word that each branch of sanction_shapes.MEASURE holds
_MEASURE_WORDS: Final = (
    "sanctions",
    "restrictions",
    "measures",
    "penalties",
    "curbs",
    "tariffs",
    "controls",
)
# What a window must hold before a group's shape is tried: its own words anywhere in the window
GROUP_WINDOW_GATES: Final[dict[int, tuple[str, ...]]] = {
    id(RELIEF_SOUGHT_RE): ("relief from",),
    id(KEPT_IN_PLACE_RE): (" in place ",),
    id(STILL_LISTS_RE): ("still list", "to list "),
    id(REGIME_COVERS_RE): ("regime, which", "programme, which", "program, which"),
    id(GOODS_HIT_BY_RE): (" hit by ",),
    id(STILL_UNDER_RE): (" under ",),
    id(SPENT_UNDER_RE): (" under ",),
    id(EXISTING_MEASURES_RE): ("existing ", "earlier ", "current "),
    id(LEFT_UNTOUCHED_RE): (" untouched", " intact", " in place"),
    id(BOTH_LISTED_RE): (", both ", ", all "),
    id(LIST_PARTS_RE): ("add",),
    id(LICENSE_FOR_RE): ("license for", "licence for"),
    id(RANGE_FROM_RE): (" to ",),
    id(RANGE_TO_RE): (" to ",),
    id(PACKAGE_WEIGHED_RE): ("package", "round"),
    id(NEXT_PACKAGE_RE): ("next ",),
    id(WHICH_TARGETED_RE): (" package that", " package which"),
    id(WHICH_SANCTIONED_RE): ("which", " that "),
    id(MAINTAINED_SINCE_RE): (" since ",),
    id(DESIGNATED_ASIDE_RE): (
        "designated",
        "blacklisted",
        "sanctioned",
        "banned",
        "barred",
        "targeted",
        "blocked",
    ),
    id(IMPOSED_ASIDE_RE): (", imposed ", ", introduced ", ", adopted "),
    id(ON_TARGET_IMPOSED_RE): (", imposed ", ", introduced ", ", adopted "),
    # (its verb, rarer than its " by ")
    id(IMPOSED_BY_ON_RE): ("imposed", "introduced", "adopted"),
    # (a timeline's row holds a month: "2 October - the European Union sanctions …")
    id(TIMELINE_STEP_RE): _MONTH_STEMS,
    id(TIMELINE_PARTICIPLE_RE): _MONTH_STEMS,
    id(TIMELINE_CLOSING_STEP_RE): _MONTH_STEMS,
    # (a state's own words: " freed " and " released " stand in most news of prisoners)
    id(GONE_RE): ("gone",),
    id(OFF_LIST_RE): ("off",),
    id(FREED_FROM_RE): _MEASURE_WORDS,
    id(FREED_PASSIVE_RE): ("sanctions", "restrictions"),
    id(FREED_ACTIVE_RE): ("sanctions", "restrictions"),
    id(MEASURES_WHICH_TARGET_RE): (", which ",),
    id(MEASURES_ALSO_HIT_RE): (" also hit ",),
    id(LISTS_INCLUDE_RE): ("nclude",),
    id(SUCH_AS_DESIGNATED_RE): (" by ",),
    id(KIND_SUCH_AS_RE): ("-designated", "-sanctioned", "-listed", "-blacklisted"),
    id(INCLUDING_THOSE_RE): (" those on ", " those against "),
}
# ... or its own words this close before and after the hit: a measure's noun before the parts
# of a target (most "including" lists are of something else), a measure's noun or a listing
# verb right after a weighing verb (most of these verbs weigh something else), "with" after a
# response
GROUP_NEAR_GATES: Final[dict[int, tuple[int, int, tuple[str, ...]]]] = {
    # (a headline's relief opens its clause after a colon, a semicolon, a new line, a table's
    # cell rule or a dash)
    id(HEADLINE_RELIEF_RE): (70, 0, (": ", "; ", "\n", "| ", " - ", " – ", " — ")),
    # (a measure's noun right before the words that it holds, the "which" of its clause, or
    # right after the "from" of a range)
    id(GOODS_HOLD_RE): (30, 0, ("bans", "sanctions", "embargoes", "restrictions")),
    id(MEASURES_WHICH_TARGET_RE): (30, 0, ("sanctions", "measures", "restrictions", "penalties")),
    id(MEASURES_TARGETED_RE): (40, 0, ("sanctions", "measures", "restrictions", "penalties")),
    id(LIST_ADOPTED_RE): (
        60,
        0,
        ("adopt", "publish", "issue", "approve", "drew up", "draws up"),
    ),
    id(RANGE_FROM_RE): (0, 60, ("ban", "sanctions", "restrictions", "freezes", "measures")),
    # (the year right before the measure's noun: "the 2021 sanctions on …")
    id(DATED_MEASURE_ON_RE): (16, 0, ("he 19", "he 20")),
    id(RANGE_TO_RE): (0, 60, ("ban", "sanctions", "restrictions", "freezes", "measures")),
    # (a measure's noun before the words that it holds: most "remain" and "stay" are of people)
    id(MEASURES_HOLD_RE): (
        220,
        0,
        (
            "sanctions ",
            "measures ",
            "restrictions ",
            "ban",
            "prohibition",
            "embargo",
            "freezes ",
            "designation",
            "blacklisting",
        ),
    ),
    id(ANSWERED_WITH_RE): (0, 80, (" with ",)),
    # (a measure's noun before "extended to" or "placed on"; a dash before the words of a
    # glossary entry's measure, after its headword)
    id(WIDENED_PASSIVE_RE): (
        40,
        0,
        ("reeze", "ban ", "mbargo", "sanctions", "measures", "restrictions", "isting"),
    ),
    id(PLACED_PASSIVE_RE): (40, 0, ("controls", "restrictions", "bans", "freezes")),
    id(HEADWORD_MEASURE_RE): (260, 0, (" — ", " – ")),
    id(POWER_LISTED_ROW_RE): (140, 0, (": ",)),
    id(MEASURE_PARTS_RE): (200, 0, ("sanctions ", "measures ", "restrictions ")),
    id(CONSIDERED_RE): (
        0,
        60,
        (
            "sanction",
            "measures",
            "listing",
            "restriction",
            "penalt",
            "designat",
            "list aimed",
            "freezes",
            "bans on",
        ),
    ),
}
