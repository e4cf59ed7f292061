"""Sanction measures: who imposed, lifted, eased or threatened sanctions on what, and when.

Read on the masked text, so words inside quotations (opinions about sanctions) are not taken
as measures. Shapes: "<verb> [some new] sanctions on|against TARGET", "sanctions on TARGET
were <verb>", "sanctioned TARGET", "TARGET was sanctioned", "removed TARGET from the sanctions
list", and, in a text about sanctions, "allowed X to buy|repair ... TARGET" (a ban lifted).
A gerund about a whole country ("easing sanctions on Belarus") restates a policy rather than
reporting a measure and is left out. The imposer is the actor before the verb, else the last
sanctioning power named shortly before.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import cast

from doorwatch.extract import lexicon as lx
from doorwatch.extract.claims import Sanction, SanctionAction
from doorwatch.extract.dates import DATE_RE, MONTH_PATTERN, find_dates, nearest_date
from doorwatch.extract.mentions import Mentions
from doorwatch.extract.sentences import SentenceIndex
from doorwatch.extract.targets import HEADS, DescribedTargets, is_description

_LIFT = lx.alternation(lx.words("sanctions", "lift_verbs"))
_DESCRIBED_HEAD = lx.alternation(sorted(HEADS, key=len, reverse=True))
_EASE = lx.alternation(lx.words("sanctions", "ease_verbs"))
_IMPOSE = lx.alternation(lx.words("sanctions", "impose_verbs"))
_THREAT = lx.alternation(lx.words("sanctions", "threat_verbs"))
_VERB = (
    rf"(?P<verb>(?P<lift>{_LIFT})|(?P<ease>{_EASE})|(?P<impose>{_IMPOSE})|(?P<threat>{_THREAT}))"
)
_FILL = r"(?:(?:to\s+\w+|\d+(?:st|nd|rd|th)|(?:last|rest|remainder|bulk)\s+of|(?:package|round|wave|set|raft)\s+of|(?:some|part|most|several|many|all|one|parts)\s+of|own|some|all|several|many|the|its|their|new|fresh|further|additional|certain|more|first|second|third|latest|initial|existing|economic|financial|sectoral|targeted|personal|[A-Z][\w.]*|key|most|remaining|tough|harsh|sweeping|wide|broad|heavy|strict|stringent|trade|travel|export|import|visa|asset|western|own)\s+){0,4}"
_STOP = (
    r"(?=\s*(?:[,.;:()—–\"“”]|$|\b(?:after|in\s+exchange|following|as|because|while|in\s+return|"
    r"for|over|in|since|until|amid|when|if|unless|but|which|that|who|from|under|to|by|last|this|off|"
    r"involved|responsible|accused|suspected|linked|connected|the\s+same\s+(?:day|week|month)|"
    r"altogether|entirely|completely|fully|as\s+well|too|again|"
    # "the 2022 ban on Georgian timber remains in force": the target's own verb
    r"remains?|remained|stays?|stayed|is|are|was|were|has|have|had|will|would|"
    rf"on\s+\w+day|on\s+(?:\d{{1,2}}\s+)?{MONTH_PATTERN})\b))"
)
_TARGET = rf"(?P<target>[^,.;:()—–\"“”]{{1,80}}?){_STOP}"
# "restrictions" and "restrictive measures" name sanctions only in a text about sanctions.
_MEASURE = r"(?:sanctions(?:\s+package)?|restrictions|restrictive\s+measures|measures)"
# "removed the restrictions it had placed on X": the measure's own clause before its target
_PLACED = (
    r"(?:(?:that|which)\s+)?(?:(?:it|they|[A-Z][\w.]*)\s+(?:(?:had|has|have|first)\s+)*)?"
    r"(?:imposed|placed|put|introduced)\s+"
)
_ACTIVE_RE = re.compile(
    # "lifted, earlier this month, its remaining sanctions on …": an aside after the verb
    rf"\b{_VERB}(?:\s*,\s*[^,.;:()\"“”]{{1,40}}?,)?\s+(?P<fill>{_FILL}){_MEASURE}\s+(?:{_PLACED})?"
    rf"(?:on|against|targeting|to(?=\s+[A-Z]))\s+{_TARGET}"
)
_BE = r"(?:were|was|have\s+been|has\s+been|had\s+been|are|is|will\s+be|would\s+be)"
_PASSIVE_AFTER_RE = re.compile(
    rf"\b[Ss]anctions\s+(?:(?:that|which)\s+)?(?:{_BE}\s+)?"
    rf"(?:(?:partly|partially|also|now|formally|first|originally)\s+)?{_VERB}\s+"
    rf"(?:on|against|for)\s+{_TARGET}"
)
_PASSIVE_RE = re.compile(
    rf"\b[Ss]anctions\s+(?:on|against)\s+(?P<target>[^,.;:()—–\"“”]{{1,80}}?)\s+{_BE}\s+"
    rf"(?:(?:partly|partially|also|now|formally)\s+)?{_VERB}\b"
)
# "sanctioned in 2021", "blacklisted since 2023": what follows is when, not whom (the target
# then stands before the verb, for _WAS_SANCTIONED_RE and _WHICH_SANCTIONED_RE)
_WHEN_AFTER = (
    r"(?:by|in|since|on|at|last|this|for|until|after|before|over|under|earlier|later|again|"
    r"the\s+same|a\s+year|two\s+years|years?|months?|as|because|amid|when|and|or|but)\b"
)
_SANCTIONED_RE = re.compile(rf"\b(?P<verb>sanctioned|blacklisted)\s+(?!{_WHEN_AFTER}){_TARGET}")
_WAS_SANCTIONED_RE = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{_DESCRIBED_HEAD}))(?:\s*,\s*(?:which|who))?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|first|later)\s+)?"
    r"(?P<verb>sanctioned|blacklisted|(?:placed|put)\s+under\s+(?:[A-Z][\w.]*\s+|\w+\s+)?sanctions|"
    r"added\s+to\s+(?:the|its|a)?\s*(?:\w+\s+)?(?:sanctions?|SDN|blacklist)\s*lists?|"
    r"(?P<lift>removed|delisted|struck\s+off)(?:\s+from\s+(?:the|its|a)?\s*(?:\w+\s+)?"
    r"(?:sanctions?|SDN|blacklist)\s*lists?)?)\b"
)
# A measure told in a relative clause: "Belaruskali, the potash producer, which it sanctioned
# in 2021", "the airline Belavia, which Washington had blacklisted in 2023".
_WHICH_SANCTIONED_RE = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})"
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,60})?\s*,\s*(?:which|whom|who)\s+"
    r"(?:it|they|the\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
    r"(?:(?:had|has|have|first|also|originally)\s+)*(?P<verb>sanctioned|blacklisted)"
    rf"(?=\s*[,.;]|\s+{_WHEN_AFTER})"
)
# A measure named by its noun: "the removal of sanctions on potash", "the easing of restrictions
# on the airline", "the imposition of sanctions on …".
_NOMINAL_RE = re.compile(
    r"\b(?P<verb>(?P<lift>removal|lifting|scrapping|end)|(?P<ease>easing|relaxation|loosening)|"
    r"(?P<impose>imposition|introduction))\s+of\s+(?:the\s+|its\s+|all\s+|remaining\s+|some\s+)*"
    rf"{_MEASURE}\s+(?:on|against)\s+{_TARGET}"
)
# "sanctions on potash, the country's main export, which the US had imposed in 2021"
_WHICH_IMPOSED_RE = re.compile(
    rf"\b{_MEASURE}\s+(?:on|against)\s+(?P<target>[^,.;:()—–\"“”]{{1,60}}?)"
    # "…, which Washington had imposed in 2021", "… that Washington had imposed in 2021"
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,60})?(?:\s*,\s*which|\s+that|\s+which)\s+"
    r"(?:it|they|the\s+\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:(?:had|has|have|first)\s+)*"
    rf"(?P<verb>imposed|introduced)(?=\s*[,.;]|\s+{_WHEN_AFTER})"
)
# Bans and freezes that are sanctions in a text about sanctions: "banned Belavia from its
# airspace", "froze the assets of Belarusian banks".
_BAN_RE = re.compile(
    r"\b(?P<verb>bann(?:ed|ing)|bans|barred)\s+(?P<target>[^,.;:()—–\"“”]{1,60}?)\s+"
    r"from\s+(?:using\s+|entering\s+)?(?:its\s+|the\s+|EU\s+|European\s+|their\s+)?"
    r"(?:airspace|skies|airports|ports|markets?|territory)\b"
)
# "closed its airspace to Belarusian carriers"
_CLOSED_TO_RE = re.compile(
    r"\b(?P<verb>closed|closes|closing|shut|shuts)\s+(?:its|their|the|EU|European)\s+(?:\w+\s+)?"
    r"(?:airspace|skies|airports|ports|borders?|markets?)\s+to\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,60}?)(?=\s*[,.;:()]|\s+(?:in|on|since|after|as|over|from)\b)"
)
# "banned Belarusian flights": what a ban stops, named with what it belongs to
_BANNED_NOUN_RE = re.compile(
    r"\b(?P<verb>bann(?:ed|ing)|bans|barred)\s+(?:all\s+|most\s+)?"
    r"(?P<target>(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+)?(?:flights|aircraft|planes|carriers|"
    r"airlines|trucks|lorries|ships|vessels))\b"
)
# "the 2021 ban on Belarusian airlines", "The EU ban on Belarusian aircraft remains in force"
_NOUN_BAN_RE = re.compile(
    r"\b(?:the|its|an?|EU|U\.S\.|US|[A-Z][\w.]*)\s+(?:\d{4}\s+)?(?:[\w-]+\s+)?"
    rf"(?P<verb>ban|embargo)\s+on\s+{_TARGET}"
)
# "only if Minsk is allowed to export its goods": the verb inside a condition
_CONDITION_RE = re.compile(r"\b(?:if|unless|provided\s+that)\s+[^,.;:]{0,50}$")
_LIFT_BEFORE_RE = re.compile(rf"\b(?:(?P<lift>{_LIFT})|(?P<ease>{_EASE}))\s+$")
# "The United States followed with its own restrictions on Belavia"
_FOLLOWED_RE = re.compile(
    r"\b(?P<verb>followed|responded|answered|retaliated)\s+with\s+"
    rf"(?P<fill>{_FILL}){_MEASURE}\s+(?:on|against)\s+{_TARGET}"
)
# "The U.S. Treasury had restricted the state carrier in August 2023"
_RESTRICTED_RE = re.compile(rf"\b(?P<verb>restricted)\s+{_TARGET}")
# "in September it was allowed to buy parts": a relief told of its target
_ALLOWED_PASSIVE_RE = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|it|they|the\s+(?:[a-z][\w-]*\s+){0,2}"
    rf"(?:{_DESCRIBED_HEAD}))\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:now\s+|also\s+|finally\s+)?(?P<verb>allowed|permitted|authori[sz]ed)\s+to\s+"
    r"(?:buy|purchase|repair|import|export|acquire|service|sell|resume|maintain|obtain|receive)\b"
)
# "this month the last restrictions were removed": a measure referred back to, in the passive
_ANAPHORIC_PASSIVE_RE = re.compile(
    r"\b(?P<target>(?:those|these|such|the\s+(?:remaining|last)|its\s+(?:remaining|last))\s+"
    rf"{_MEASURE})\s+{_BE}\s+(?:(?:also|now|finally|formally)\s+)?{_VERB}\b"
)
# "restricted imports of Belarusian potash", "banned exports of dual-use goods to Belarus"
_TRADE_RE = re.compile(
    r"\b(?P<verb>restrict(?:ed|s|ing)?|bann(?:ed|ing)|bans|halt(?:ed|s|ing)?|prohibit(?:ed|s|ing)?)"
    r"\s+(?:the\s+|all\s+)?(?:imports?|exports?|purchases?|sales?|transit|shipments?)\s+of\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,60}?)"
    r"(?=[,.;]|\s+(?:in|on|since|after|as|over|the\s+same|to|from|and|last|this)\b)"
)
# "banned most Belarusian potash imports": the goods before the trade noun
_TRADE_NOUN_RE = re.compile(
    r"\b(?P<verb>restrict(?:ed|s|ing)?|bann(?:ed|ing)|bans|halt(?:ed|s|ing)?|prohibit(?:ed|s|ing)?)"
    r"\s+(?:the\s+|all\s+|most\s+|some\s+)?"
    r"(?P<target>(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?)"
    r"\s+(?:imports|exports|purchases|shipments|sales)\b"
)
# "extends the transaction ban to Belinvestbank": a ban or embargo widened to a new target
_EXTEND_TO_RE = re.compile(
    r"\b(?P<verb>(?P<impose>extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|widen(?:s|ed|ing)?|"
    r"broaden(?:s|ed|ing)?))\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    # "extended its ban on Belarusian potash to cover transit": a ban's own target
    rf"(?:(?:ban|embargo|freeze|{_MEASURE})\s+to|(?:ban|embargo)\s+on)\s+{_TARGET}"
)
# "It relaxed those measures", "lifted the remaining restrictions": a measure named before,
# referred back to; its target is that of the measure reported just before
_ANAPHORIC_RE = re.compile(
    rf"\b{_VERB}\s+(?P<target>(?:those|these|such|the\s+same|"
    r"(?:the|its|their)\s+(?:remaining|last)|the\s+(?:rest|remainder)\s+of\s+(?:the|its|their))"
    rf"\s+{_MEASURE})(?!\s+(?:on|against|targeting)\b)"
)
# "eased some sanctions on Belarus, including restrictions on the state airline Belavia": a
# part named after a measure shares its action (taken from the measure the sentence reported)
_INCLUDING_RE = re.compile(
    rf"\b(?P<verb>including|notably|among\s+them)\s+(?:the\s+|those\s+)?{_MEASURE}\s+"
    rf"(?:on|against)\s+{_TARGET}"
)
# "allowed Belavia to buy parts, a measure it had banned since 2023": the measure the relief
# ended, told in an appositive after it; its target is that of the relief
_BANNED_SINCE_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:\w+\s+)?(?:measure|ban|restriction|step|sanction)\s+"
    r"(?:that\s+|which\s+)?(?:it|they|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:had\s+|has\s+)?"
    r"(?:first\s+)?(?P<verb>banned|imposed|introduced|prohibited|barred|blocked)"
    r"(?P<target>)\s+(?:since|in)\b"
)
# "Washington has since eased some of them": a relief whose object refers back to measures
# just reported ("removed them", "dropped them" are left out: they say as much of people)
_THEM_LIFT = lx.alternation(
    [w for w in lx.words("sanctions", "lift_verbs") if not w.startswith(("drop", "remov"))]
)
_THEM_RE = re.compile(
    rf"\b(?P<verb>(?P<lift>{_THEM_LIFT})|(?P<ease>{_EASE}))\s+"
    r"(?P<fill>(?:(?:some|most|many|all|several|part|parts|one)\s+of\s+)?)"
    # "lifted them on potash": the sanctions named before, on a target of their own
    r"(?P<target>them(?:\s+(?:on|against)\s+[^,.;:()—–\"“”]{1,60}?"
    r"(?=\s*[,.;:]|\s+(?:and|but|in|on|since|after|as|for|from|to|last|this)\b))?)\b"
)
# "designated four prison officials and a penal colony for sanctions"
_DESIGNATED_RE = re.compile(
    r"\b(?P<verb>designat(?:ed|es|ing))\s+(?P<target>[^.;:()—–\"“”]{1,120}?)\s+(?:for|under)\s+"
    r"(?:(?:its|the|their|new|[A-Z][\w.]*)\s+){0,3}sanctions\b"
)
# "hit the state-owned oil company with sanctions"
_HIT_WITH_RE = re.compile(
    r"\b(?P<verb>hit|hits|hitting|slapped|slaps|slapping|targeted|targets|targeting)\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)\s+with\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sanctions|restrictions|measures)\b"
)
# "issued a general license authorizing transactions with Belavia": a relief for its target
_LICENSE_RE = re.compile(
    r"\blicen[cs]es?\s+(?P<verb>authori[sz]ing|allowing|permitting)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:transactions|dealings|business|trade|payments)\s+(?:with|involving)\s+{_TARGET}"
)
# "Sanctions against the potash industry remain in place": a measure in force
_REMAIN_RE = re.compile(
    r"\b[Ss]anctions\s+(?:on|against)\s+(?P<target>[^,.;:()—–\"“”]{1,80}?)\s+"
    r"(?P<verb>remain(?:s|ed)?|stay(?:s|ed)?)\s+in\s+(?:place|force)\b"
)
# "The U.S. delisted the airline in November"
_DELISTED_RE = re.compile(rf"\b(?P<verb>(?P<lift>delist(?:ed|s|ing)))\s+{_TARGET}")
_FREEZE_RE = re.compile(
    r"\b(?P<verb>froze|freez(?:es|ing|e))\s+(?:the\s+)?assets\s+of\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,60}?)"
    r"(?=[,.;]|\s+(?:in|on|since|after|as|over|under|for|from|by|last|this)\b)"
)
# "imposed an asset freeze and a travel ban on 25 judges": the measures by their own names
_PENALTY = r"(?:an?\s+|the\s+)?(?:asset\s+freezes?|travel\s+bans?|entry\s+bans?|visa\s+bans?|arms\s+embargo)"
_PENALTY_RE = re.compile(
    rf"\b{_VERB}\s+{_PENALTY}(?:\s*,?\s+and\s+{_PENALTY})?\s+(?:on|against)\s+{_TARGET}"
)
# "US lifts potash sanctions", "Potash sanctions were lifted": the target as the noun before
# "sanctions" (a power or a kind of measure there is no target: "EU sanctions", "new sanctions")
_ADJUNCT = (
    r"(?!(?:of|on|in|to|for|by|with|and|or|a|an|his|her|our|your|part|parts|one|out)\b)"
    r"(?P<target>[A-Za-z][\w-]+)"
)
_ADJUNCT_ACTIVE_RE = re.compile(
    rf"\b{_VERB}\s+(?:the\s+|its\s+|their\s+|all\s+)?{_ADJUNCT}\s+sanctions\b"
    r"(?!\s+(?:on|against|targeting|to)\b)"
)
_ADJUNCT_PASSIVE_RE = re.compile(
    rf"\b{_ADJUNCT}\s+sanctions\s+(?:{_BE}\s+)(?:(?:partly|partially|also|now|formally)\s+)?"
    rf"{_VERB}\b"
)
# A measure in force told as background: "Belarus has faced Western sanctions since 2020",
# "The airline, Belavia, has been under U.S. restrictions since 2023".
_UNDER_RE = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{_DESCRIBED_HEAD}))\s*,?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:long\s+|also\s+)?(?P<verb>faced?|faces|been\s+under|been\s+subject\s+to|"
    r"come\s+under|remain(?:s|ed)?\s+under|(?:is|are|was|were)\s+under)\s+"
    rf"{_FILL}{_MEASURE}\b"
)
# "Brussels has threatened to expand them if ...": a threat whose object refers back to
# sanctions named before; the target is read from that mention (see _referred_target)
_PRONOUN_THREAT_RE = re.compile(
    rf"\b(?P<verb>(?P<threat>{_THREAT}))\s+to\s+(?:{_IMPOSE})\s+(?P<target>them|those)\b"
)
_NAMED_PART_RE = re.compile(r"(.*[A-Z][\w’'.-]*)\s+[a-z]")
_MEASURE_RE = re.compile(rf"\b{_MEASURE}\b")
_TARGET_OF_RE = re.compile(rf"\b{_MEASURE}\s+(?:on|against)\s+{_TARGET}")
# a target that does not run on into a second clause ("X in May and struck Y off the list")
_CLAUSE_TARGET = (
    r"(?P<target>(?:(?!\band\s+(?:[a-z]+ed|struck|took|put)\b)[^,.;:()—–\"“”]){1,80}?)" + _STOP
)
_LIST_RE = re.compile(
    rf"\b(?P<verb>(?P<lift>remov(?:ed|es|ing|e)|delist(?:ed|s|ing)?|struck|strik(?:es|ing|e))|"
    rf"(?P<impose>add(?:ed|s|ing)?))\s+{_CLAUSE_TARGET}"
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,60},)?"  # "Belaruskali, the potash giant,"
    r"\s+(?:from|to|off)\s+(?:the|its|their|a)?\s*(?:\w+\s+)?"
    r"(?:(?:sanctions?|SDN|Specially\s+Designated\s+Nationals)\s*lists?|blacklist|"
    r"list\s+of\s+(?:\w+\s+)?(?:blocked|sanctioned|designated|banned))"
)
_ALLOW_RE = re.compile(
    r"\b(?P<verb>allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz](?:es|ed|ing|e)|"
    r"grant(?:s|ed|ing)?(?=[\w’'. ]{1,40}?\blicen[cs]es?\b))\s+"
    r"(?P<party>[\w’'. ]{1,40}?)"
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,40}?,)?"  # "Belavia, the state airline,"
    r"\s+to\s+(?:(?:buy|purchase|repair|import|export|acquire|service|sell|"
    r"resume|maintain|obtain|receive)(?:\s*,\s*|\s+(?:and|or)\s+|\s+))+"
    r"(?P<target>[^,.;:()—–\"“”]{3,80}?)(?=\s*(?:[,.;:()—–\"“”]|$|\band\s+other\b|\bin\s+exchange\b))"
)
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:(?P<threat>threat(?:s|ened)?\s+to|warn(?:s|ed)?\s+it\s+(?:could|would))|"
    r"(?P<maybe>could|may|might|(?:un)?likely\s+to|expected\s+to|set\s+to|due\s+to|poised\s+to|"
    r"plan(?:s|ned|ning)?\s+to|intend(?:s|ed|ing)?\s+to|hop(?:e|es|ed|ing)\s+to|"
    # "should lift", "must ease": what ought to be done is not done
    r"aim(?:s|ed|ing)?\s+to|should|must|ought\s+to)|would|will)"
    # "may be tempted to ease": a few words may stand between the modal and the verb
    r"\s+(?:\w+\s+){0,3}$"
)
_NEGATED_RE = re.compile(
    r"\b(?:not|never|no\s+(?:plans?|intention|decision)\s+to|refus(?:e|es|ed|ing)\s+to|"
    r"declin(?:e|es|ed|ing)\s+to|rul(?:e|es|ed|ing)\s+out)\s+(?:\w+\s+)?$"
)
_PARTIAL_RE = re.compile(r"\b(?:some|part|parts|several|one)\s+of\b|\bcertain\b")
_DET_RE = re.compile(
    # "25 more individuals": determiners and counts may stack
    r"^(?:(?:the|its|their|his|her|some|a|an|all|several|more|other|further|\d[\d,]*|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|(?:dozens|hundreds|thousands)"
    r"\s+of)\s+)+",
    re.IGNORECASE,
)
# Asking or weighing a measure ("calling on the EU to impose", "whether to add") is no measure.
_PROPOSAL_RE = re.compile(
    r"\b(?:whether|call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"consider(?:s|ed|ing)?|discuss(?:es|ed|ing)?|propos(?:e|es|ed|ing)|demand(?:s|ed|ing)?|"
    r"seek(?:s|ing)?|sought|want(?:s|ed)?|push(?:es|ed|ing)?\s+for|ready|willing|prepared|"
    r"offer(?:s|ed|ing)?)\b[^.;]*\bto\s+$"
    # a gerund bargained for: "in exchange for lifting sanctions", "calls for easing"
    r"|(?P<bargain>\b(?:for|about|on)\s+(?:the\s+)?$)"
    # a measure by its noun, wished for: "has long sought the lifting of", "wants the removal of"
    r"|\b(?:sought|seek(?:s|ing)?|want(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|"
    r"(?:press|push|ask|hope|call)(?:s|es|ed|ing)?\s+for|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?)"
    r"\s+(?:the\s+|a\s+|an\s+)?$"
)
# A gerund or noun bargained for is wished for only where the sentence speaks of wishes,
# talks or conditions; "342 people were pardoned in exchange for the removal of the measures
# on potash" tells a removal that happened
_WISH_RE = re.compile(
    r"\b(?:ready|willing|prepared|would|could|might|may|offer\w*|propos\w*|demand\w*|seek\w*|"
    r"sought|want\w*|hop\w*|push\w*|call\w*|ask\w*|negotiat\w*|talk\w*|discuss\w*|if|"
    r"unless|expect\w*|likely|possible|urg\w*|press\w*|in\s+return)\b"
)
_READY_RE = re.compile(r"\b(?:ready|prepared)\s+to\s+(?:\w+\s+)?$")
# ... unless what is weighed is a decision already taken ("the American decision to ease")
_DECIDED_RE = re.compile(r"\b(?:decision|move|order|step)\s+to\s+$")
# One item of a list of targets: up to four words, none a preposition, pronoun or adverb.
_ITEM = (
    r"(?!(?:in|on|at|to|by|for|from|with|which|who|where|then|later|also|it|they|he|she|we)\b)"
    r"(?![a-z]+ing\b)"  # ", allowing repairs and …": a participle clause, not a target
    r"[\w’'-]{2,}(?:\s+(?!(?:in|on|at|to|by|for|from|with)\b)[\w’'-]{2,}){0,3}?"
)
# The rest of a list of targets after the first: ", Belshina and MAZ", ", oil and tobacco".
_LIST_TAIL_RE = re.compile(
    rf"(?:\s*,\s*{_ITEM}(?=\s*,|\s+and\s))*"
    r"\s*,?\s+and\s+(?!(?:the\s+)?(?:EU|US|U\.S\.|United|European|[A-Z]\w+\s+(?:said|added))\b)"
    rf"(?P<last>{_ITEM})"
    r"(?=\s*(?:[,.;:()—–\"“”]|$|\b(?:in|on|since|after|over|for|from|by|until|last|this)\b))"
)
_CLAUSE_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:[a-z]+ed|said|says)\b")
_CAP_TAIL_RE = re.compile(r"(?:[A-Z][\w’'.&-]*\s+)*[A-Z][\w’'.&-]*$")
_SPLIT_RE = re.compile(r"\s*,\s*|\s+and\s+")
# Plain substring searches find the sentences worth reading far faster than a pattern would.
_TOPIC_WORDS = ("anction", "SDN", "lacklist", "Designated Nationals")
# Words that name measures in a text about sanctions: "restrictions", "restrictive measures",
# "its measures", "new measures", "measures on", "measures against"; and the verbs of bans
# "restricted", "restricting", "restricts". Found by two scans, for "restrict" and "measures"
# (see _shared_hits), since a scan of the whole text per word is the cost that counts here.
_RESTRICT_MEASURES = ("restrictions", "restrictive measures")
_RESTRICT_BANS = ("restricted ", "restricting ", "restricts ")
_PERMIT_WORDS = ("allow", "permit", "authori", "licen")
IMPOSERS = lx.table("sanctions", "imposers")


# a target that ends in a name ("Belavia", "the airline Belavia"), not a class of targets
_NAME_END_RE = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*$")
_REFER_BACK_SENTENCES = 6  # a description refers back to a target named this recently
_MODAL_REACH = 40  # a modal verb ("could", "threatened to") this close before the verb
_IMPOSER_REACH = 200  # mentions looked back over for the imposer
_IMPOSER_SENTENCES = 5  # ... within this many sentences before the measure's


def _action(match: re.Match[str], masked: str) -> SanctionAction | None:
    """Return the action ``match`` reports; None when it is only a possibility."""
    groups = match.groupdict()
    modal = _MODAL_BEFORE_RE.search(masked, max(0, match.start() - _MODAL_REACH), match.start())
    if groups.get("threat") or (modal is not None and modal.group("threat")):
        return "threatened"
    if _NEGATED_RE.search(masked, max(0, match.start() - _MODAL_REACH), match.start()):
        return None  # "has no plans to lift", "did not ease", "refused to lift"
    verb = match.group("verb")
    relief = bool(groups.get("lift") or groups.get("ease")) or verb.startswith(
        ("allow", "permit", "authori", "grant")
    )
    if modal is not None:
        if modal.group("maybe"):
            return None  # "could ease", "may lift": a possibility, not a measure
        if not relief:
            return "threatened"  # "would impose sanctions unless …"
    if groups.get("ease") or (groups.get("lift") and _PARTIAL_RE.search(groups.get("fill") or "")):
        return "eased"  # "lifted some of its sanctions" eases them
    return "lifted" if relief else "imposed"


_PREP_START_RE = re.compile(r"(?:on|against)\s+")
_OWNER_RE = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+([a-z]+(?:\s+[a-z]+)?)")
_OWNED_ACTIVITIES = frozenset(lx.words("sanctions", "owned_activities"))
_VERB_START_RE = re.compile(r"\s*(?:[a-z]+ed|struck|took|made|gave|put|cut|set|hit|sold|kept)\b")
_WHEN_IN_RE = re.compile(
    rf"\s+(?:in|on|since|last|this|by)\s+(?:(?:early|late|mid)\s+)?(?:{MONTH_PATTERN}|\d{{4}}\b|\w+day\b)"
)


def _targets(raw: str) -> list[str]:
    raw = raw.strip()
    pieces: list[tuple[int, int]] = []
    position = 0
    for sep in _SPLIT_RE.finditer(raw):
        pieces.append((position, sep.start()))
        position = sep.end()
    pieces.append((position, len(raw)))
    merged: list[tuple[int, int]] = []
    for a, b in pieces:
        # "on X and on the national airline": the preposition starts a second target
        prep = _PREP_START_RE.match(raw, a, b)
        if prep is not None:
            merged.append((prep.end(), b))
            continue
        # "judges and investigators" is one group; "Belavia and Belaruskali" are two names,
        # and so are the items of a list with commas ("potash, oil products and tobacco").
        if merged and "," not in raw and not any(c.isupper() for c in raw[a:b]):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    out = []
    for a, b in merged:
        if _VERB_START_RE.match(raw, a, b):
            break  # "… in November and struck the line off the list": a new clause begins
        when = _WHEN_IN_RE.search(raw, a, b)
        if when is not None:
            b = when.start()  # "Ferronord in November": when, not what
        part = _DET_RE.sub("", raw[a:b].strip()).strip(" ’'")
        if not part or not any(c.isalpha() for c in part) or part in lx.STOPWORDS:
            continue  # "new measures on Tuesday" names no target
        if _CLAUSE_RE.match(part):
            continue  # "Belavia and Minsk freed 52 people": a new clause, not a target
        owner = _OWNER_RE.match(part)
        if (
            owner is not None
            and owner.group(1) not in lx.PLACES
            and any(w.lower() in _OWNED_ACTIVITIES for w in owner.group(2).split())
        ):
            part = owner.group(1)  # "Belavia's purchase of spare parts": Belavia's measure
        tail = _CAP_TAIL_RE.search(part)
        out.append(tail.group() if tail and tail.start() > 0 else part)
    return out


def find_sanctions(
    masked: str,
    sentences: list[tuple[int, int]],
    index: SentenceIndex,
    mentions: Mentions,
    published: dt.date | None,
) -> list[Sanction]:
    """Return the sanction measures that ``masked`` (quotations blanked) reports."""
    topic = _hits(masked, _TOPIC_WORDS)
    # A text that never says "sanctions" (state media often does not) still reports a measure
    # when a sanctioning power lifts or imposes "restrictions on" something; "allowed to buy"
    # and bans are measures only in a text about sanctions. "Restrictive measures" is the
    # EU's own word for its sanctions (its statements often use no other).
    plain = not topic and masked.find("restrictive measures") < 0
    if plain and masked.find("restrictions on") < 0:
        return []
    out: list[Sanction] = []
    # claims whose target was a pronoun, by sentence: "The carrier had been under sanctions
    # since 2023, when Washington added it to its blacklist" reports one measure, not two
    by_pronoun: dict[int, int] = {}  # id of the claim -> its sentence
    # each (action, target) once; a later mention replaces one that had no date
    seen: dict[tuple[str, str], tuple[int, bool]] = {}  # -> (index in out, dated)
    described = DescribedTargets(masked)
    named: list[tuple[int, str]] = []  # (sentence, target) of each named target so far
    by_sentence: dict[int, list[tuple[int, _Windows]]] = {}
    groups: tuple[tuple[list[int], _Windows], ...]
    if plain:
        groups = ((_hits(masked, ("restrictions on",)), _PLAIN_WINDOWS),)
    else:
        measures, bans, appositives = _shared_hits(masked)
        banned, widened = _ban_hits(masked)
        groups = (
            (topic + measures, _TOPIC_WINDOWS),
            (_hits(masked, ("threaten",)), _THREAT_WINDOWS),
            (_hits(masked, _PERMIT_WORDS), _PERMIT_WINDOWS),
            (bans + banned + _hits(masked, _BAN_WORDS), _BAN_WINDOWS),
            (widened, _EXTEND_WINDOWS),
            (_hits_near(masked, (" them",), _THEM_NEEDLES_RE, 30, 0), _THEM_WINDOWS),
            (_hits(masked, ("delist",)), _DELIST_WINDOWS),
            (_hits(masked, ("airspace",)), _AIRSPACE_WINDOWS),
            (appositives, _BANNED_SINCE_WINDOWS),
        )
    for positions, windows in groups:
        for position in positions:
            by_sentence.setdefault(index.index(position), []).append((position, windows))
    for s_index, found in sorted(by_sentence.items()):
        if s_index < 0:
            continue
        s_start, s_end = sentences[s_index]
        if masked[s_start:s_end].rstrip().endswith("?"):
            continue  # a question ("Which sanctions have been lifted?") reports nothing
        dates: list[tuple[int, str]] | None = None
        found_in_sentence = False
        for pattern, a, b in _windows(masked, found, s_start, s_end):
            for match in pattern.finditer(masked, a, b):
                if b < s_end and match.end("target") == b:
                    continue  # cut off by the window's end; a wider window reads it whole
                # "discussed the decision to ease sanctions": a decision taken before, on a
                # date this sentence does not give
                decided = _DECIDED_RE.search(masked, s_start, match.start("verb")) is not None
                if not decided and _CONDITION_RE.search(
                    masked, max(s_start, match.start("verb") - 60), match.start("verb")
                ):
                    continue  # "only if Minsk is allowed to export": a condition, not a measure
                ready = False
                proposal = (
                    None if decided else _PROPOSAL_RE.search(masked, s_start, match.start("verb"))
                )
                if (
                    proposal is not None
                    and proposal.group("bargain")
                    and not _WISH_RE.search(masked, s_start, proposal.start())
                ):
                    proposal = None
                if proposal is not None:
                    # "stands ready to impose further measures": a power's warning is a threat;
                    # ready to lift, or asked to impose, is no measure
                    ready = bool(
                        match.groupdict().get("impose")
                        and _READY_RE.search(masked, s_start, match.start("verb"))
                    )
                    if not ready:
                        continue
                verb = match.group("verb")
                if pattern is _ALLOW_RE and verb.endswith("ing") and found_in_sentence:
                    continue  # ", allowing it to buy parts": what the measure just named does
                action = (
                    "imposed"
                    if pattern
                    in (
                        _UNDER_RE,
                        _BAN_RE,
                        _FREEZE_RE,
                        _TRADE_RE,
                        _TRADE_NOUN_RE,
                        _BANNED_SINCE_RE,
                        _DESIGNATED_RE,
                        _REMAIN_RE,
                        _CLOSED_TO_RE,
                        _BANNED_NOUN_RE,
                        _NOUN_BAN_RE,
                        _FOLLOWED_RE,
                        _RESTRICTED_RE,
                        _WHICH_SANCTIONED_RE,
                        _WHICH_IMPOSED_RE,
                    )
                    or verb in ("sanctioned", "blacklisted")
                    else _action(match, masked)
                )
                if ready and action is not None:
                    action = "threatened"
                if action is None:
                    continue
                raw, target_end = match.group("target"), match.end("target")
                # (a threat's "them" is read by _referred_target, from the sanctions named)
                pronoun = (
                    pattern is not _PRONOUN_THREAT_RE and raw.strip().lower() in _PRONOUN_TARGETS
                )
                whole: Sanction | None = None  # the measure a part or appositive belongs to
                if pattern is _PRONOUN_THREAT_RE:
                    power = _imposer(masked, mentions, index, s_index, s_start, match.start())[1]
                    referred = _referred_target(
                        masked, sentences, s_index, mentions, match.start(), power
                    )
                    if referred is None:
                        continue
                    raw = referred
                if pattern is _THEM_RE and raw.startswith("them "):
                    raw = _PREP_START_RE.sub("", raw[5:].lstrip())  # "them on potash"
                elif (
                    pattern is _ANAPHORIC_RE
                    or pattern is _ANAPHORIC_PASSIVE_RE
                    or pattern is _THEM_RE
                    or pronoun
                ):
                    # "added it to its blacklist": the target reported just before
                    previous = _previous_target(out, index, s_index, match.start())
                    if previous is None:
                        continue
                    raw = previous
                if pattern in (_INCLUDING_RE, _BANNED_SINCE_RE):
                    # the measure this part or appositive belongs to: reported in this sentence
                    before = [c for c in out if s_start <= c.start < match.start()]
                    if not before:
                        continue
                    whole = before[-1]
                    if pattern is _INCLUDING_RE:
                        action = whole.action
                    else:
                        raw = whole.target
                if pattern is _LICENSE_RE or pattern is _ALLOWED_PASSIVE_RE:
                    action = "eased"  # a licence or a permission lets some dealings through
                if pattern is _NOUN_BAN_RE:
                    # "lifted the ban on …" ends the ban the noun names; else the ban is in force
                    before_ban = _LIFT_BEFORE_RE.search(
                        masked, max(s_start, match.start() - 30), match.start()
                    )
                    if before_ban is not None:
                        lift_at = before_ban.start()
                        if _MODAL_BEFORE_RE.search(
                            masked, max(0, lift_at - _MODAL_REACH), lift_at
                        ) or _PROPOSAL_RE.search(masked, s_start, lift_at):
                            continue  # "should lift its airspace ban": no measure
                        action = "lifted" if before_ban.group("lift") else "eased"
                if pattern is _RESTRICTED_RE and not (
                    _NAME_END_RE.search(raw.strip()) or is_description(raw.strip())
                ):
                    continue  # "restricted access to …": not a company or body restricted
                if (pattern is _ADJUNCT_ACTIVE_RE or pattern is _ADJUNCT_PASSIVE_RE) and (
                    raw in IMPOSERS or raw.lower() in _MEASURE_ADJECTIVES or raw[0].isdigit()
                ):
                    continue  # "EU sanctions", "new sanctions": whose or what kind, not on what
                if pattern is _ALLOW_RE:
                    party = _DET_RE.sub("", match.group("party").strip())
                    if party not in lx.PLACES and (
                        _NAME_END_RE.search(party) or is_description(party)
                    ):
                        # a sanctioned company allowed some dealings ("allowed the carrier to
                        # buy parts"): its sanctions eased; a country allowed to buy goods
                        # ("allows Belarus to buy parts") has a ban on those goods lifted
                        action, raw = "eased", party
                if raw.strip().lower() in _WHO_WORDS:
                    # "on those responsible for repression": the target is who they are
                    who = _RESPONSIBLE_RE.match(masked, target_end, s_end)
                    if who is None:
                        continue
                    raw, target_end = masked[match.start("target") : who.end()], who.end()
                more = _LIST_TAIL_RE.match(masked, target_end, s_end)
                if more is not None:  # "on officials, Belshina and MAZ"
                    raw, target_end = masked[match.start("target") : more.end()], more.end()
                for target in map(described.resolve, _targets(raw)):
                    if is_description(target):
                        earlier = [t for i, t in named if i >= s_index - _REFER_BACK_SENTENCES]
                        target = described.refer_back(target, earlier)
                    elif _NAME_END_RE.search(target) and not (
                        target in lx.PLACES or target in lx.MULTIWORD_PLACES
                    ):
                        named.append((s_index, target))
                    if verb.endswith("ing") and (
                        target in lx.PLACES or target in lx.MULTIWORD_PLACES
                    ):
                        continue
                    key = (cast(str, action), target.lower())
                    if seen.get(key, (0, False))[1]:
                        continue
                    actor_start, imposer = _imposer(
                        masked, mentions, index, s_index, s_start, match.start()
                    )
                    if whole is not None:
                        imposer = whole.imposer
                    if imposer is not None and (
                        IMPOSERS.get(target) == imposer or _own_country(imposer, target)
                    ):
                        imposer = None  # "Belarus has faced sanctions": the target, not who
                    if plain and imposer is None:
                        continue  # "restrictions on" with no sanctioning power in sight

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
                    usable = dates
                    if action in ("lifted", "eased"):
                        # "ending restrictions in force since 2021": a relief is not dated by
                        # when the measure began
                        usable = [
                            d
                            for d in dates
                            if not _SINCE_RE.search(masked, max(0, d[0] - 24), d[0])
                            # "the removal of the measures that Ottawa had imposed in 2021"
                            and not _IMPOSED_WHEN_RE.search(masked, max(0, d[0] - 60), d[0])
                        ]
                    if pattern in (_ANAPHORIC_RE, _ANAPHORIC_PASSIVE_RE, _THEM_RE):
                        # the sentence before dates the measure referred to, not this step
                        usable = [d for d in usable if d[0] >= s_start]
                    date = None if decided else _own_date(masked, usable, match, s_end)
                    if key in seen and date is None:
                        continue
                    found_in_sentence = True
                    claim = Sanction(
                        action, target, imposer, date, min(actor_start, match.start()), target_end
                    )
                    if key in seen:  # the first mention had no date: this one tells it
                        out[seen[key][0]] = claim
                        seen[key] = (seen[key][0], True)
                        continue
                    seen[key] = (len(out), date is not None)
                    out.append(claim)
                    if pronoun:
                        by_pronoun[id(claim)] = s_index
    if not by_pronoun:
        return out
    told = {(index.index(c.start), c.action, c.date) for c in out if id(c) not in by_pronoun}
    return [
        c
        for c in out
        if id(c) not in by_pronoun or (by_pronoun[id(c)], c.action, c.date) not in told
    ]


_SINCE_RE = re.compile(r"\bsince\b[^,.;]*$")
_IMPOSED_WHEN_RE = re.compile(
    r"\b(?:that|which)\b[^,.;]*\b(?:imposed|introduced|placed|banned|blacklisted)\s*$"
)
_WHICH_PATTERNS = (_WHICH_SANCTIONED_RE, _WHICH_IMPOSED_RE)
_UNDER_HINT_RE = re.compile(r"\b(?:under|fac(?:ed|es|e)|subject)\b")
_Windows = tuple[tuple[re.Pattern[str], int, int], ...]
# Where each shape can stand relative to a hit on "sanction" (or "allow"): reading only
# these windows, not whole sentences, keeps the cost proportional to the hits.
_TOPIC_WINDOWS: _Windows = (
    (_ACTIVE_RE, -120, 130),
    (_PASSIVE_RE, -1, 200),
    (_PASSIVE_AFTER_RE, -1, 200),
    (_SANCTIONED_RE, -1, 100),
    (_WAS_SANCTIONED_RE, -90, 40),
    (_WHICH_SANCTIONED_RE, -160, 40),
    (_NOMINAL_RE, -40, 120),
    (_WHICH_IMPOSED_RE, -1, 160),
    (_LIST_RE, -150, 80),
    (_UNDER_RE, -90, 30),
)
# Rarer shapes around the same hits, each tried only where one of its own words stands.
_RARE_TOPIC_WINDOWS: tuple[tuple[re.Pattern[str], int, int, tuple[str, ...]], ...] = (
    (_ANAPHORIC_RE, -60, 40, ("those ", "these ", "remaining ", "rest of", "last of", "same ")),
    (_INCLUDING_RE, -30, 120, ("including ",)),
    (_DESIGNATED_RE, -160, 12, ("designat",)),
    (_HIT_WITH_RE, -120, 12, (" with ",)),
    (_REMAIN_RE, -1, 140, (" in place", " in force")),
    (_FOLLOWED_RE, -60, 120, ("followed with", "responded with", "answered with", "retaliated")),
    (_ANAPHORIC_PASSIVE_RE, -40, 100, ("those ", "these ", "remaining ", "last ")),
)
# "lifted potash sanctions", "potash sanctions were lifted": tried only where a word that
# could be a target stands right before "sanctions" (see _adjunct_before)
_ADJUNCT_WINDOWS: _Windows = ((_ADJUNCT_ACTIVE_RE, -60, 12), (_ADJUNCT_PASSIVE_RE, -30, 60))
_BANNED_SINCE_WINDOWS: _Windows = ((_BANNED_SINCE_RE, -20, 80),)
_EXTEND_WINDOWS: _Windows = ((_EXTEND_TO_RE, -80, 100),)
_PLAIN_WINDOWS: _Windows = ((_ACTIVE_RE, -120, 130),)
_THREAT_WINDOWS: _Windows = ((_PRONOUN_THREAT_RE, -1, 60),)
_REFERRED_SENTENCES = 2  # "them" refers to sanctions named this many sentences before
_BAN_WINDOWS: _Windows = (
    (_PENALTY_RE, -80, 120),
    (_BANNED_NOUN_RE, -1, 80),
    (_NOUN_BAN_RE, -60, 100),
    (_RESTRICTED_RE, -1, 100),
    (_BAN_RE, -1, 160),
    (_FREEZE_RE, -1, 160),
    (_TRADE_RE, -1, 140),
    (_TRADE_NOUN_RE, -1, 100),
)
_BAN_WORDS = (
    "barred",
    "froze",
    "freez",
    "prohibit",
    "halt",
)
_PERMIT_WINDOWS: _Windows = (
    (_ALLOW_RE, -60, 220),
    (_LICENSE_RE, -1, 200),
    (_ALLOWED_PASSIVE_RE, -80, 60),
)
_AIRSPACE_WINDOWS: _Windows = ((_CLOSED_TO_RE, -60, 80),)
_DELIST_WINDOWS: _Windows = ((_DELISTED_RE, -1, 120),)
_EXTEND_WORDS = ("extend", "expand", "widen", "broaden")
_THEM_WINDOWS: _Windows = ((_THEM_RE, -50, 80),)
# Most hits of these common words are not measures: a hit is kept only when one of its
# needles stands this close to it, so that its sentence is not read for nothing.
_THEM_NEEDLES_RE = re.compile(r"lift|eas|relax|loosen|suspend|waiv|soften|rescind|revok|scrap|back")


def _windows(
    masked: str, found: list[tuple[int, _Windows]], s_start: int, s_end: int
) -> list[tuple[re.Pattern[str], int, int]]:
    out = []
    for position, windows in sorted(found, key=lambda hit: hit[0]):
        for pattern, before, after in windows:
            a, b = max(s_start, position + before), min(s_end, position + after)
            if pattern is _UNDER_RE and not _UNDER_HINT_RE.search(masked, a, b):
                continue  # most mentions of sanctions are not "has been under" them
            if pattern in _WHICH_PATTERNS and not _any_in(masked, a, b, ("which", " that ")):
                continue  # nor told in a relative clause
            if pattern is _NOMINAL_RE and not _any_in(masked, a, b, _NOMINAL_HINTS):
                continue  # nor named by a noun ("the removal of")
            if pattern is _LIST_RE and masked.find("list", a, b) < 0:
                continue  # nor added to or removed from a list
            if pattern is _WAS_SANCTIONED_RE and not _any_in(masked, a, b, _PASSIVE_HINTS):
                continue  # nor told in the passive
            if pattern is _LICENSE_RE and not masked.startswith("licen", position):
                continue  # a licence's own shape starts at its noun
            if pattern is _NOUN_BAN_RE and not masked.startswith(
                ("ban on ", "embargo on "), position
            ):
                continue  # a ban named by its noun: "the 2021 ban on …"
            if pattern is _RESTRICTED_RE and not masked.startswith("restricted ", position):
                continue
            if pattern is _ALLOWED_PASSIVE_RE and not _any_in(
                masked,
                max(0, position - 12),
                position,
                (" was ", " were ", " been ", " is ", " are "),
            ):
                continue  # a permission told in the passive
            if pattern is _EXTEND_TO_RE and not _any_in(masked, a, b, (" to ", " on ")):
                continue  # nor widened "to" a new target or a ban "on" one
            if pattern is _PENALTY_RE and not _any_in(
                masked, max(0, position - 8), position, _PENALTY_WORDS
            ):
                continue  # a freeze or ban named as a measure: "asset freeze", "travel ban"
            out.append((pattern, a, b))
        if windows is _TOPIC_WINDOWS:
            for pattern, before, after, needles in _RARE_TOPIC_WINDOWS:
                a, b = max(s_start, position + before), min(s_end, position + after)
                if _any_in(masked, a, b, needles):
                    out.append((pattern, a, b))
            if _adjunct_before(masked, position):
                for pattern, before, after in _ADJUNCT_WINDOWS:
                    out.append(
                        (pattern, max(s_start, position + before), min(s_end, position + after))
                    )
    return out


_FUNCTION_WORDS = frozenset(
    ("of", "from", "with", "and", "or", "on", "for", "by", "to", "in", "against", "about",
     "under", "over", "no", "any", "a", "an", "as", "but", "that", "than", "are", "is", "were",
     "was", "be", "been", "have", "has", "had", "not", "into", "at", "ease", "lift", "impose")
)  # fmt: skip
_PENALTY_WORDS = ("asset", "travel", "entry", "visa", "arms")
_NOT_ADJUNCT_AFTER = ("anctions on ", "anctions against ", "anctions to ", "anctions targeting ")


def _adjunct_before(masked: str, position: int) -> bool:
    """Return True when the hit at ``position`` ("anctions") follows a word that may name
    the measure's target ("potash sanctions"), not a power or a kind ("EU sanctions")."""
    if not masked.startswith("anctions", position) or masked.startswith(
        _NOT_ADJUNCT_AFTER, position
    ):
        return False
    if masked[position - 2 : position - 1] != " ":
        return False  # "sanctions" opens the text or follows punctuation
    space = masked.rfind(" ", max(0, position - 30), position - 2)
    word = masked[space + 1 : position - 2]
    if not word or word in IMPOSERS or word.lower() in _MEASURE_ADJECTIVES:
        return False
    # a lower-case word there is mostly a function word or a verb ("of", "and", "lifted")
    return word[0].isupper() or not (word in _FUNCTION_WORDS or word.endswith(("ed", "ing", "ly")))


_NOMINAL_HINTS = ("ion of ", "ing of ", "al of ", "end of ")
_PASSIVE_HINTS = (" was ", " were ", " been ")


def _any_in(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    # A plain loop: this runs for every window of every hit, and a generator costs more
    # than the searches it drives.
    for word in words:  # noqa: SIM110 (see above)
        if text.find(word, start, end) >= 0:
            return True
    return False


def _shared_hits(text: str) -> tuple[list[int], list[int], list[int]]:
    """Return the positions of the measure words, of the "restrict…" ban verbs and of "a
    measure" in an appositive that may tell the measure a relief ended."""
    measures: list[int] = []
    bans: list[int] = []
    appositives: list[int] = []
    at = text.find("restrict")
    while at >= 0:
        if text.startswith(_RESTRICT_MEASURES, at):
            measures.append(at)
        elif text.startswith(_RESTRICT_BANS, at):
            bans.append(at)
        at = text.find("restrict", at + 8)
    at = text.find("measure")
    while at >= 0:
        if not text.startswith("measures", at):
            if text.startswith(" a ", at - 3):
                appositives.append(at)  # ", a measure it had banned since 2023"
        elif at >= 4 and text[at - 4 : at] in ("its ", "new "):
            measures.append(at - 4)
        elif at >= 6 and text[at - 6 : at] in ("those ", "these "):
            measures.append(at - 6)  # referred back to (_ANAPHORIC_RE)
        if text.startswith(("measures on", "measures against"), at):
            measures.append(at)
        at = text.find("measure", at + 7)
    return measures, bans, appositives


def _ban_hits(text: str) -> tuple[list[int], list[int]]:
    """Return the positions of the verb "ban" ("banned", "bans") and of the noun "ban" after
    a verb that widens it ("extends the transaction ban to …"), from one scan for "ban"."""
    verbs: list[int] = []
    widened: list[int] = []
    at = text.find("ban")
    while at >= 0:
        after = text[at + 3 : at + 4]
        if at == 0 or not text[at - 1].isalpha():  # not "urban"
            if after in ("n", "s"):
                verbs.append(at)
            elif after == " ":
                verbs.append(at)  # "imposed a travel ban on …" (_PENALTY_RE)
                if any(w in text[max(0, at - 80) : at] for w in _EXTEND_WORDS):
                    widened.append(at)
        at = text.find("ban", at + 3)
    return verbs, widened


def _hits_near(
    text: str, words: tuple[str, ...], near: re.Pattern[str], before: int, after: int
) -> list[int]:
    """Return the positions of ``words`` in ``text`` where ``near`` finds something within
    ``before`` characters before them or ``after`` characters after them."""
    return [at for at in _hits(text, words) if near.search(text, max(0, at - before), at + after)]


def _hits(text: str, words: tuple[str, ...]) -> list[int]:
    """Return the start of each occurrence of each of ``words`` (not overlapping), by word."""
    out: list[int] = []
    for word in words:
        rare = _rare_letter(word)
        if rare < 0:
            at = text.find(word)
            while at >= 0:
                out.append(at)
                at = text.find(word, at + len(word))
            continue
        # A search for one letter runs several times faster than one for a word; a letter
        # that news prose rarely holds ("SDN", "freez") gives few places to check.
        letter, free = word[rare], 0
        at = text.find(letter, rare)
        while at >= 0:
            start = at - rare
            if start >= free and text.startswith(word, start):
                out.append(start)
                free = start + len(word)
            at = text.find(letter, at + 1)
    return out


@cache
def _rare_letter(word: str) -> int:
    """Return where ``word`` holds a capital or one of English prose's four rarest letters
    (z, q, x, j), or -1 if it holds none."""
    for at, letter in enumerate(word):
        if letter.isupper() or letter in "zqxj":
            return at
    return -1


_CLAUSE_END_RE = re.compile(r"[,;:]|\s(?:and|but|while|whereas)\s")


def _own_date(
    masked: str, dates: list[tuple[int, str]], match: re.Match[str], s_end: int
) -> str | None:
    """Return the date told in the measure's own clause after its verb ("… and lifted the
    remaining restrictions in October"), else the date nearest its verb."""
    stop = _CLAUSE_END_RE.search(masked, match.end(), s_end)
    end = stop.start() if stop else s_end
    own = [iso for at, iso in dates if match.start("verb") <= at < end]
    return own[0] if own else nearest_date(dates, match.start("verb"))


def _own_country(power: str, target: str) -> bool:
    """Return True when ``target`` belongs to the country ``power`` ("Belarus" and "the
    Belarusian potash industry"): a power does not sanction its own."""
    stem = power.split()[0][:5].lower()
    return len(stem) == 5 and any(w.lower().startswith(stem) for w in target.split())


_WHO_WORDS = frozenset(("those", "people", "individuals", "persons", "anyone", "all"))
_RESPONSIBLE_RE = re.compile(
    r"\s+(?:responsible|involved|accused|suspected|linked|connected)\b[^,.;:()\"“”]{0,60}?"
    r"(?=\s*[,.;:()\"“”]|$|\s+(?:after|since|in\s+\d|on\s+\w+day|last|this)\b)"
)
_MEASURE_ADJECTIVES = frozenset(lx.words("sanctions", "measure_adjectives"))
_PRONOUN_TARGETS = frozenset(("it", "them", "they", "him", "her"))
_PREVIOUS_SENTENCES = 3  # "those measures" refers to a measure reported this recently


def _previous_target(
    found: list[Sanction], index: SentenceIndex, s_index: int, position: int
) -> str | None:
    """Return the target of the last measure reported before ``position`` within a few
    sentences ("It relaxed those measures" after "blacklisted Belavia"), or None."""
    for claim in reversed(found):
        if claim.start < position and index.index(claim.start) >= s_index - _PREVIOUS_SENTENCES:
            return claim.target
    return None


def _referred_target(
    masked: str,
    sentences: list[tuple[int, int]],
    s_index: int,
    mentions: Mentions,
    position: int,
    power: str | None,
) -> str | None:
    """Return what the sanctions a pronoun refers back to are on: the target of the nearest
    mention of sanctions in this or the sentences before when it names one ("sanctions on
    X"), else ("the EU's sanctions") the country other than the sanctioning ``power`` that the
    text names most (the one whose sanctions it discusses), else None."""
    begin = sentences[max(0, s_index - _REFERRED_SENTENCES)][0]
    found = list(_MEASURE_RE.finditer(masked, begin, position))
    if not found:
        return None
    nearest = _TARGET_OF_RE.match(masked, found[-1].start(), position)
    if nearest is not None:
        # "sanctions on Ferronord and has threatened": the name ends the target
        named = _NAMED_PART_RE.match(nearest.group("target"))
        return named.group(1) if named else nearest.group("target")
    counts: dict[str, int] = {}
    for m in mentions.items:
        if m.kind == "place" and IMPOSERS.get(m.key) != power:
            counts[m.key] = counts.get(m.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


# "the bloc", "the 27-nation bloc" as the subject of the measure's own clause
_BLOC_RE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?bloc(?:'s)?\s+(?:\w+\s+){0,3}$")
_PROGRAMME_AFTER_RE = re.compile(r"\s+(?:sanctions?|regime|programme|program)\b")


def _imposer(
    masked: str,
    mentions: Mentions,
    index: SentenceIndex,
    s_index: int,
    s_start: int,
    verb_start: int,
) -> tuple[int, str | None]:
    bloc = _BLOC_RE.search(masked, s_start, verb_start)
    if bloc is not None:
        return bloc.start(), IMPOSERS["EU"]  # "The bloc also extended …": news's word for the EU
    for m in mentions.before(verb_start, _IMPOSER_REACH):
        if m.start < index.spans[max(0, s_index - _IMPOSER_SENTENCES)][0]:
            break
        name = m.key if m.kind != "person" else mentions.persons[m.key].name
        if _PROGRAMME_AFTER_RE.match(masked, m.end):
            continue  # "under its Belarus sanctions regime": the programme, not who imposed
        if m.start >= s_start and _PLACE_PREP_RE.search(masked, max(0, m.start - 6), m.start):
            continue  # "rejected the election in Belarus and said it stands ready to impose"
        power = _power_of(name)
        if power is not None:
            return (m.start if m.start >= s_start else verb_start), power
    return verb_start, None


_PLACE_PREP_RE = re.compile(r"\b(?:in|of|from|at|to|with|against|on)\s+$")


def _power_of(name: str) -> str | None:
    """Return the sanctioning power ``name`` names ("U.S. Treasury Department": the power
    that names the department), or None."""
    words = name.split()
    for candidate in (name, words[-1], words[0]):
        if candidate in IMPOSERS:
            return IMPOSERS[candidate]
    return None
