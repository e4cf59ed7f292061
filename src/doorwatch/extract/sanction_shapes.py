"""The shapes in which news tells a sanction measure.

Each shape is one compiled pattern ("<verb> [some new] sanctions on|against TARGET",
"sanctions on TARGET were <verb>", "TARGET was sanctioned", "removed TARGET from the sanctions
list", "allowed X to buy … TARGET", bans, freezes, licences, measures in force, measures
referred back to …). ``doorwatch.extract.sanction_windows`` says where in a text each is
tried; ``doorwatch.extract.sanctions`` reads the matches (modality, targets, imposer, date)
into claims.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.targets import HEADS

LIFT: Final = lx.alternation(lx.words("sanctions", "lift_verbs"))
DESCRIBED_HEAD: Final = lx.alternation(sorted(HEADS, key=len, reverse=True))
EASE: Final = lx.alternation(lx.words("sanctions", "ease_verbs"))
IMPOSE: Final = lx.alternation(lx.words("sanctions", "impose_verbs"))
THREAT: Final = lx.alternation(lx.words("sanctions", "threat_verbs"))
VERB: Final = (
    rf"(?P<verb>(?P<lift>{LIFT})|(?P<ease>{EASE})|(?P<impose>{IMPOSE})|(?P<threat>{THREAT}))"
)
FILL: Final = r"(?:(?:(?:[A-Z][\w.]*|[a-z]+)[’']s|to\s+\w+|an?|\d+(?:st|nd|rd|th)|(?:19|20)\d\d|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:last|rest|remainder|bulk)\s+of|(?:package|round|wave|set|raft)s?\s+of|what\s+(?:was|is|had\s+been)\s+left\s+of|what\s+remain(?:s|ed)\s+of|(?:some|part|most|several|many|all|one|parts)\s+of|own|some|all|several|many|the|its|their|our|new|fresh|further|additional|certain|more|first|second|third|latest|initial|existing|economic|financial|sectoral|targeted|personal|national|unilateral|punitive|[A-Z][\w.]*,?|both|and(?=\s+[A-Z])|key|most|remaining|last|tough|harsh|sweeping|wide|broad|heavy|strict|stringent|full|blocking|trade|travel|export|import|visa|asset|western|own|(?!(?:of|to|for|with|and|or|that|which|not|no|than|from|by|in|on|against)\b)[a-z][a-z-]*(?:al|ar|ic|ive|ary|el|ed|ous|ate))\s+){0,5}"
# a second measure's verbs after "and" ("closed its airspace to Belavia and banned imports of
# potash"): its own clause
NEXT_MEASURE_VERBS: Final = (
    r"banned|barred|froze|closed|cut|added|lifted|eased|suspended|extended|imposed|designated|"
    r"sanctioned|blacklisted|listed|removed|dropped"
)
# "two enterprises it said had supported the offensive": what a power says they did, not who
SAID_OF: Final = r"(?:it|they)\s+(?:said|says|say|alleged|alleges|claimed|claims)\b"
STOP: Final = (
    r"(?=\s*(?:[,.;:()—–\"“”]|$|"
    r"(?<!-)\b(?:after|before(?=\s+\w)|in\s+exchange|following|as|because|while|in\s+return|"
    r"(?<!\bbound\s)(?<!\bdestined\s)for|(?<!\bwell\s)(?<!\bjust\s)over|in|since|until|during|amid|when|if|unless|but|which|that|who|from|under|to|by|last|"
    r"this|off|with\s+effect|effective\s+(?:from|on|as)|"
    # ("sanctions against Belarus covering trade in potash": what the measure covers, see
    # TARGETING_RE)
    r"covering|targeting|targetting|hitting|"
    r"involved|responsible|accused|suspected|linked|connected|blamed|deemed|"
    r"(?:on\s+)?the\s+same\s+(?:day|week|month)|at\s+the\s+(?:end|start|beginning|close)\s+of|"
    r"altogether|entirely|completely|fully|personally|individually|as\s+well|too|again|earlier|later|among\s+others|"
    # "on the state airline Belavia so it could service its fleet": what the step was for
    r"so\s+(?:that|it|they|he|she|the|as)|related\s+to|and(?=\s*,)|"
    # ("… and the Belarusian Potash Company and call on the Council to …": the next clause)
    r"and\s+(?:call(?:s|ed)?\s+(?:on|for)|urg(?:e|es|ed)|demand(?:s|ed)?)|"
    # ("… Belavia and instructed UK airlines to …", "… and considers all remaining …")
    r"and\s+[a-z]{3,}(?:ed|s)\s+(?:the|its|their|his|her|all|UK|US|EU|British|American|European)\s|"
    # ("… to Belavia and banned imports of potash": the next measure's own verb)
    rf"and\s+(?:then\s+)?(?:{NEXT_MEASURE_VERBS})\s|"
    # ("the ban on Belavia flights and the restrictions on potash": the next measure's noun)
    r"and\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:restrictions|bans?|sanctions|embargo)\s+on\s|"
    # "the 2022 ban on Georgian timber remains in force": the target's own verb
    r"remains?|remained|stays?|stayed|is|are|was|were|has|have|had|will|would|imposed|introduced|"
    # ("the EU listing of Belavia still stands")
    r"still|stands?|stood|"
    r"could|can|may|might|must|should|"
    # ("the ban on machine tools dates from March 2022")
    r"dat(?:es|ed|ing)\s+(?:from|back)|"
    rf"{SAID_OF}|"
    # ("on both companies late last year": when, not what)
    r"(?:late|early|mid)[\s-](?:last|this|next|in|on)|"
    rf"on\s+\w+day|on\s+(?:\d{{1,2}}\s+)?{MONTH_PATTERN})\b))"
)
# the trades a measure stops ("imports of", "the transit of")
TRADE_NOUNS: Final = r"(?:imports?|exports?|purchases?|sales?|transit|shipments?)"
# ("imposed sanctions on Mr. Lukashenko": a courtesy title's full stop is inside the target)
TARGET: Final = rf"(?P<target>(?:{lx.COURTESY_TITLES}\.\s+)?[^,.;:()—–\"“”]{{1,100}}?){STOP}"
# an aside after a name that says what it is or when it was listed: ", the potash giant,",
# ", first designated in 2021,", ", the state miner that supplies a fifth of the world's potash,"
APPOSITIVE: Final = (
    r"(?:\s*,\s*(?:the|its|a|an|one\s+of|[A-Z][\w.]*[’']s|(?:first\s+|originally\s+)?[a-z]+ed)\s+"
    r"[^,.;:()\"“”]{1,90},|"
    # ("Belavia, for example, has been under …": a word of the argument between commas)
    r"\s*,\s*(?:for\s+(?:example|instance)|however|meanwhile|too|likewise|by\s+contrast),)"
)
# "restrictions" and "restrictive measures" name sanctions only in a text about sanctions.
# ("sanctions and travel bans on …": the measures of a listing named together)
MEASURE: Final = (
    r"(?:(?:sanctions|restrictions)(?:\s+and\s+(?:travel|entry|visa)\s+bans|\s+and\s+asset\s+freezes)"
    r"|sanctions(?:\s+package)?|restrictions|restrictive\s+measures|measures|penalties|curbs|tariffs|"
    # ("Japan announced export controls on Belarus"; not "border controls": no measure)
    r"(?<=export\s)controls)"
)
# "removed the restrictions it had placed on X": the measure's own clause before its target
PLACED: Final = (
    r"(?:(?:(?:that|which)\s+)?(?:(?:it|they|[A-Z][\w.]*)\s+(?:(?:had|has|have|first)\s+)*)?"
    r"(?:imposed|placed|put|introduced)\s+|(?:that|which)\s+(?:have|has|had)\s+applied\s+(?=to\s))"
)
# "imposed sanctions in December 2020 on …", "travel bans on 9 August against …": when the
# measure was taken, told between the measure and its target
WHEN_BETWEEN: Final = (
    rf"(?:(?:in|on)\s+(?:(?:early|late|mid-)\s*)?(?:\d{{1,2}}\s+)?{MONTH_PATTERN}"
    r"(?:\s+\d{1,2}(?!\d))?(?:,?\s+(?:19|20)\d\d)?|in\s+(?:19|20)\d\d|"
    r"(?:last|this|that)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|"
    # ("sanctions imposed the previous year on the state producer")
    r"the\s+(?:previous|same)\s+(?:week|month|year)|"
    # ("imposed last November on Alexander Lukashenko"; "imposed sanctions today against …")
    rf"(?:last|this|that)\s+{MONTH_PATTERN}|today|yesterday|on\s+[A-Z][a-z]+day)\s+"
)
ACTIVE_RE: Final = re.compile(
    # "lifted, earlier this month, its remaining sanctions on …": an aside after the verb
    # ("announcing on Tuesday their own sanctions against …": the day after the verb)
    # ("announced parallel measures, targeting exports of …": the aim after a comma)
    rf"\b{VERB}(?:\s*,\s*[^,.;:()\"“”]{{1,40}}?,|\s+on\s+[A-Z][a-z]+day)?\s+(?P<fill>{FILL}){MEASURE}"
    r"(?:,(?=\s+target))?\s+"
    # ("lifted the sanctions it had imposed in August 2021 on …": when, after who placed them)
    rf"(?:{WHEN_BETWEEN})?(?:{PLACED}(?:{WHEN_BETWEEN})?)?"
    # ("extended its sanctions to March 2026": until when, not on whom)
    # ("removed the remaining sanctions from the national air carrier Belavia": a relief)
    rf"(?:on|against|targeting|hitting|aimed\s+at|(?<=applied\s)to|to(?=\s+[A-Z])(?!\s+{MONTH_PATTERN}\b)|(?(lift)from|(?!))|"
    # ("imposed restrictive measures in relation to Belarus in 2004")
    r"in\s+relation\s+to|with\s+respect\s+to|in\s+respect\s+of)\s+"
    rf"{TARGET}"
)
BE: Final = r"(?:(?:were|was|are|is)\s+being|were|was|have\s+been|has\s+been|had\s+been|are|is|will\s+be|would\s+be)"
# ("had already been removed")
BEEN: Final = rf"(?:(?:have|has|had)\s+(?:already|since|now|also)\s+been|{BE})"
# "barred from the European Union", "banned from British skies", "from the airspace of the
# European Union": where a target may not go; ``power`` says whose ban it is
BARRED_FROM: Final = (
    r"(?:(?:barred|banned)\s+from|(?:shut|locked)\s+out\s+of)\s+"
    # ("banned from flying over European Union countries", "from landing at British airports")
    r"(?:(?:flying|landing|entering|operating)\s+(?:over|into|to|in|at)\s+)?"
    # ("barred from carrying goods on EU territory": hauliers kept off a power's roads)
    # ("barred from moving goods across the European Union")
    r"(?:(?:carrying|moving|transporting|hauling)\s+(?:goods|freight|cargo)\s+"
    r"(?:on|in|within|across|through)\s+)?"
    r"(?P<power>(?:the\s+)?(?:European\s+Union|EU|"
    r"[\w\s-]{0,25}?(?:airspace|skies|airports|roads|territory)"
    r"(?:\s+of\s+(?:the\s+)?European\s+Union)?))"
)
PASSIVE_AFTER_RE: Final = re.compile(
    # ("American penalties first imposed on Belaruskali in 2021", "restrictions imposed on …")
    rf"\b(?:[Ss]anctions|penalties|[Rr]estrictions|[Rr]estrictive\s+measures)\s+"
    rf"(?:(?:that|which)\s+)?(?:{BE}\s+)?"
    rf"(?:(?:partly|partially|also|now|formally|first|originally)\s+)?{VERB}\s+"
    # ("sanctions imposed by the European Union on Belarusian potash")
    r"(?:by\s+(?:the\s+)?(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})\s+)?"
    # ("the sanctions imposed since 2022 on Belarusian arms makers": when, before whom)
    rf"(?:{WHEN_BETWEEN}|since\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?"
    rf"(?:on|against|for)\s+{TARGET}"
)
PASSIVE_RE: Final = re.compile(
    # ("the EU sanctions against Belarus, which were last extended in February")
    # ("The remaining restrictions on Belavia had already been removed in November")
    r"\b(?:[Ss]anctions|[Rr]estrictions|[Pp]enalties)\s+(?:on|against)\s+"
    # ("sanctions on potash — in place since 2021 — were lifted": an aside between dashes)
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)(?:\s*,\s*which|\s+[—–][^—–.;]{1,120}[—–])?\s+"
    rf"{BEEN}\s+"
    rf"(?:(?:part(?:ly|ially)|also|now|formally|last|first|recently|entirely|fully|already)\s+)?"
    rf"{VERB}\b"
)
# "restrictions on Belavia were eased in August and lifted in November": the later step
PASSIVE_THEN_RE: Final = re.compile(
    r"\b(?:[Ss]anctions|[Rr]estrictions|[Pp]enalties)\s+(?:on|against)\s+"
    rf"(?P<target>[^,.;:()—–\"“”]{{1,80}}?)\s+{BEEN}\s+(?:(?:partly|partially|first)\s+)?"
    rf"(?:{EASE})\b[^.;:]{{0,40}}?\s+and\s+(?:(?:then|later|finally)\s+)?"
    rf"(?:(?:entirely|fully|formally|completely)\s+)?(?P<verb>(?P<lift>{LIFT}))\b"
)
# "Belavia's sanctions were lifted last month", "Belavia's American restrictions were eased": a
# measure named by whose it is, in the passive (a power's own is no target: find_sanctions)
OWN_PASSIVE_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})[’']s\s+"
    r"(?:(?:remaining|last|American|U\.S\.|US|EU|European|British|UK|Canadian|Swiss|Japanese|own)"
    r"\s+)?(?:sanctions|restrictions|penalties)\s+"
    rf"{BEEN}\s+(?:(?:now|also|fully|finally|already|partly|partially)\s+)?{VERB}\b"
)
# "sanctioned in 2021", "blacklisted since 2023": what follows is when, not whom (the target
# then stands before the verb, for WAS_SANCTIONED_RE and WHICH_SANCTIONED_RE)
WHEN_AFTER: Final = (
    # ("which the United States sanctioned that year")
    r"(?:that\s+(?:year|month|week|day|spring|summer|autumn|winter)|"
    r"by|in|since|on|at|last|this|for|until|after|before|over|under|earlier|later|again|"
    r"the\s+same|a\s+year|two\s+years|years?|months?|as|because|amid|when|and|or|but)\b"
)
# ("the US Treasury blacklists Belaruskali": a timeline's present)
# (not "would be sanctioned if …", "sanctioned for its role": a condition or a reason follows)
SANCTIONED_RE: Final = re.compile(
    # (not "the list of sanctioned entities", "its sanctioned firms": an adjective, no measure;
    # but "Belaruskali, the sanctioned state company": its measure told in an apposition)
    # (the lookahead first: the lookbehinds run only where the verb stands)
    r"\b(?=sanction|blacklist|listing\s|jointly\s|also\s)"
    r"(?<![Oo]f\s)(?<!(?<!,\s)[Tt]he\s)(?<!\ban\s)(?<!\ba\s)(?<![Ii]ts\s)(?<!their\s)(?<!these\s)"
    r"(?<!those\s)(?<!other\s)(?<!with\s)(?<!newly\s)(?<!any\s)(?<!every\s)(?<!each\s)"
    # ("Britain and Canada moved on Tuesday, sanctioning Lukashenko …", "…, blacklisting X")
    # ("the EU has been sanctioning judges since October 2020": a measure going on)
    rf"(?P<verb>sanctioned|blacklist(?:ed|s)|(?<=,\s)(?:jointly\s+|also\s+)?(?:sanctioning|blacklisting|listing)|"
    rf"(?<=been\s)(?:sanctioning|blacklisting))\s+(?!{WHEN_AFTER})"
    r"(?!(?:if|unless|because|when|while|although|though|for|over|as|from|back|cannot|can|may|"
    # ("Those sanctioned include …": a subject, see THOSE_LISTED_RE)
    r"must|will|would|are|is|were|was|have|has|had|include|includes|included|of)\b)"
    # (nor "routes by which sanctioned goods had been reaching Moscow": an adjective, the
    # goods the subject of their own verb)
    r"(?!(?:[\w’'-]+\s+){1,3}(?:had|have|has|were|was|are|is)\s+(?:been\s+)?[a-z]+(?:ed|ing)\b)"
    + TARGET
)
# What a ban keeps out besides its owner's name ("Belavia aircraft", "banned Belarusian flights")
VEHICLES: Final = (
    r"(?:flights|aircraft|planes|jets|airliners|carriers|airlines|trucks|lorries|ships|vessels)"
)
WAS_SANCTIONED_RE: Final = re.compile(
    # ("Potash producers had been blacklisted": a name may be followed by a plural noun)
    # ("Mr Krasouski and Krasbud Holding JSC were listed on 3 June 2022": two names)
    # ("road haulage companies registered in Belarus and Russia have been barred": firms named
    # by where they are registered)
    r"\b(?P<target>(?:[A-Za-z][\w-]*\s+){0,3}?(?:companies|firms|undertakings|hauliers|"
    r"carriers|operators|airlines|banks|entities)\s+(?:registered|established|based|"
    r"incorporated)\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w.]*)?"
    r"(?=\s+(?:were|was|have|has|had|are|is|remain)\b)|"
    rf"(?:(?=[A-Z][a-z]+\s+and\s)(?:{lx.DEMONYM_WORDS})\s+and\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,4}}(?:\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}(?=\s+(?:were|have|are|remain|still)\b))?(?:(?:\s+[a-z]+){{0,2}}\s+[a-z]+s(?=(?:\s*,\s*(?:the|its|a|an|including)\s+[^,.;:()\"“”]{{1,60}},)?\s+(?:was|were|had|have|are|remain)\b))?"  # ("Belarusian and Russian road transport companies have been barred")
    # ("Belavia aircraft have been barred from EU airspace")
    rf"(?:\s+{VEHICLES}(?=\s+(?:were|have|had|are|remain)\b))?|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD}))(?:\s*,\s*(?:which|who))?"
    # ("Belaruskali, the state fertiliser group, was sanctioned"; "The 558 Aircraft Repair
    # Plant, which services Russian military aircraft, has also been designated")
    # ("Belavia, Belarus's state airline, has been barred from EU airspace"; "…, which has
    # been barred …": the relative after the description)
    # ("Belarusian airlines, including the state carrier Belavia, have been banned …")
    r"(?:\s*,\s*(?:the|its|a|an|which|who|including|[A-Z][\w.]*[’']s)\s+[^,.;:()\"“”]{1,60},"
    r"(?:\s+(?:which|who)(?=\s))?)?"
    # ("Lukashenka himself has been designated since 2006")
    r"(?:\s+(?:himself|herself|itself|themselves))?\s+"
    # ("has also been designated")
    r"(?:was|were|(?:has|have|had)\s+(?:also\s+|already\s+|since\s+)?been|"
    # ("The NOC is being designated pursuant to E.O. 14038", "Belavia is placed under": a present)
    r"(?:is|are)\s+(?:also\s+)?being(?=\s+(?:designated|sanctioned|listed)\b)|"
    r"(?:is|are)(?=\s+(?:placed|put)\s+under\b)|"
    # ("Belaruskali would be targeted if …": a threat, see find_sanctions)
    r"(?:would|will|could)\s+(?:also\s+)?be(?=\s+(?:sanctioned|blacklisted|targeted|added)\b)|"
    r"(?=(?:are|is|remains?)\s+(?:\w+\s+)?(?:barred|banned|off)\b)(?:are|is|remains?)|"
    # ("Belavia is still sanctioned", "Belaruskali remains sanctioned", a chat's "Belavia still
    # sanctioned": a measure in force, told in the present)
    r"(?:(?:(?:are|is)\s+)?still|remain(?:s|ed)?)(?=\s+(?:sanctioned|blacklisted)\b))\s+"
    r"(?:(?:also|first|later|already|still|now)\s+)?"
    r"(?P<verb>sanctioned|blacklisted|(?<=be\s)targeted|(?<=been\s)designated|(?<=been\s)listed|"
    # ("Lukashenko could be added to the list if the repression does not stop": promised)
    r"(?<=be\s)added(?=\s+(?:to\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:list|blacklist)\b|if\b|unless\b))|"
    r"(?<=being\s)designated|(?<=being\s)listed|"
    # ("BPC … was designated by the US Treasury in December 2021": the agent or the date after)
    r"(?:(?<=was\s)|(?<=were\s))designated(?=\s+(?:by|on|in|under)\b)|"
    # ("OAO Grodno Azot was listed on the same day": when, after the verb)
    # ("Belavia was placed under US restrictions in August 2023")
    r"(?:(?<=was\s)|(?<=were\s))listed(?=\s+(?:on|in|by|under|at|the\s+same)\b)|(?:placed|put)\s+under\s+(?:(?P<named>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+|\w+\s+)?(?:sanctions|restrictions)|"
    r"added\s+to\s+(?:the|its|a)?\s*(?:\w+\s+)?(?:sanctions?|SDN|blacklist)\s*lists?|"
    # "Belavia was added to U.S. restrictions in 2023"
    r"added\s+to\s+(?:the\s+|its\s+)?(?:[A-Z][\w.]*\s+|own\s+)?(?:restrictions|sanctions)|"
    # "Belavia has been barred from the European Union since June 2021", "Belarusian
    # airlines are already banned from British skies" (in the present only a ban: "X is
    # sanctioned" says as much of who is meant as of a measure)
    rf"{BARRED_FROM}|"
    # ("Belavia has been shut out of European Union airspace since 2021")
    r"(?:shut|locked)\s+out\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?markets?|"
    # ("Belavia is off the American blacklist")
    r"(?P<lift>removed|delisted|struck\s+off|taken\s+off|(?:(?<=is\s)|(?<=are\s))off(?=\s+(?:the|its)\s+"
    r"(?:[\w.’']+\s+)?(?:blacklist|(?:sanctions?|SDN)\s+lists?)))"
    r"(?:\s+(?:from|off)\s+(?:the|its|a)?\s*(?:\w+\s+)?"
    r"(?:sanctions?|SDN|blacklist)\s*lists?)?)\b"
)
# A measure told in a relative clause: "Belaruskali, the potash producer, which it sanctioned
# in 2021", "the airline Belavia, which Washington had blacklisted in 2023".
WHICH_SANCTIONED_RE: Final = re.compile(
    # ("Belarusian potash, a key export that the US Treasury blacklisted in August 2021": a
    # name and its goods, the clause inside its description)
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}(?:\s+[a-z]{3,}(?=\s*,))?|"
    # ("the potash industry, against which the EU introduced restrictions in 2021")
    r"(?<=\bthe\s)[a-z][\w-]+(?:\s+[a-z][\w-]+){0,2}(?=\s*,\s*(?:against|on)\s+which\b))"
    r"(?:(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,60})?\s*,\s*(?:(?:against|on)\s+which|which|whom|who)|"
    r"\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,40}?\s+(?:that|which))\s+"
    # (the clause's subject: whose measure it is, see find_sanctions)
    r"(?P<power>it|they|the\s+(?:[A-Z][\w.]*\s+)?\w+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)"
    # ("which the European Union and the United States introduced …": two powers)
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+"
    # ("Belaruskali or the Belarusian Potash Company, which it has listed since 2021")
    r"(?:(?:had|has|have|first|also|originally)\s+)*(?P<verb>sanctioned|blacklisted|listed|designated|restricted|"
    # ("…, against which the US imposed sanctions in 2021", "Belarus, which the EU put under
    # sanctions in 2022", "… put under restrictions last August": the measure's noun after it)
    r"(?:imposed|introduced|adopted)\s+(?:[a-z]+\s+){0,2}?(?:sanctions|restrictions)|"
    r"(?:put|placed)\s+under\s+(?:[a-z]+\s+)?(?:sanctions|restrictions)|"
    # ("Belaruskali, which the United States added to its sanctions list last month")
    r"(?:added\s+to|put\s+on|placed\s+on)\s+(?:its|their|the)\s+(?:[\w.’']+\s+)?"
    r"(?:blacklist|(?:sanctions?|SDN)\s+list))"
    rf"(?=\s*[,.;]|\s+{WHEN_AFTER})"
)
# A measure named by its noun: "the removal of sanctions on potash", "the easing of restrictions
# on the airline", "the imposition of sanctions on …".
NOMINAL_RE: Final = re.compile(
    r"\b(?P<verb>(?P<lift>removal|lifting|scrapping|end)|(?P<ease>easing|relaxation|loosening)|"
    # ("the lifting by the United States of the remaining sanctions on Belavia")
    rf"(?P<impose>(?:re)?imposition|introduction))\s+(?:by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?"
    # ("the lifting in November of the remaining US sanctions on Belavia": when, before "of")
    rf"(?:in\s+(?:(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s+)?"
    # ("reimposition of blocking sanctions in June on nine state-owned enterprises")
    rf"of\s+(?P<fill>{FILL}(?:blocking\s+)?){MEASURE}\s+(?:{WHEN_BETWEEN})?(?:on|against)\s+"
    # (not "… sanctions on 11 September": when, not on what)
    rf"(?!(?:\d{{1,2}}\s+)?{MONTH_PATTERN}\b){TARGET}"
)
# "the removal of the national airline Belavia from the SDN List in November 2025"
REMOVAL_FROM_LIST_RE: Final = re.compile(
    r"\b(?P<verb>(?P<lift>removal|delisting))\s+of\s+(?P<target>[^,.;:()—–\"“”]{1,80}?)\s+from\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}(?:list|List|blacklist)\b"
)
# "the United States sanctions the potash giant Belaruskali": "sanctions" as a power's verb
_VERB_POWERS: Final = (
    # ("the US Treasury sanctions Belaruskali": a power's department)
    r"(?:the\s+)?(?:(?:United\s+States|US|U\.S\.)(?:\s+Treasury)?|Treasury|OFAC|EU|European\s+Union|"
    r"UK|Britain|Canada|Japan|Washington|Brussels|London|Ottawa|Tokyo|Switzerland|Norway)"
)
SANCTIONS_VERB_RE: Final = re.compile(
    # ("29 Sep – UK and Canada sanction Lukashenko": two powers, the verb's plural)
    rf"\b(?P<power>{_VERB_POWERS})(?P<two>\s+and\s+{_VERB_POWERS})?\s+(?:also\s+|now\s+)?"
    r"(?P<verb>(?(two)sanction|sanctions))\s+(?=the\s|[A-Z])" + TARGET
)
# "imposed its first economic sanctions on Belarus, targeting potash, …": the parts a measure
# on a country is aimed at, each its own target (after an aside: ", the first anniversary …,")
TARGETING_RE: Final = re.compile(
    # ("imposed its first economic sanctions, covering potash, …": no country named)
    # ("adopted its fifth package of listings, directed at those who …")
    rf"\b{VERB}\s+(?P<fill>{FILL})(?:{MEASURE}|listings|designations)"
    r"(?:\s+(?:on|against)\s+[^,.;:()\"“”]{1,60}?|"
    r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?"
    rf"(?:,\s+(?:(?:the|a|an)\s+[^,.;:()\"“”]{{1,80}}?,\s+)?|\s+)"
    r"(?:targeting|targetting|covering|hitting|(?<=,\s)(?:aimed|directed)\s+at)\s+"
    # ("sectoral sanctions against Belarus covering trade in potash products": the goods)
    r"(?:(?:trade|dealings)\s+in\s+|(?:imports?|exports?|sales?|purchases?)\s+of\s+)?"
    rf"{TARGET}"
)
# A fact box's row, "United States: Belaruskali sanctioned since August 2021", "European
# Union: Belavia barred from EU airspace since June 2021": the power names the row, the
# target and its participle follow with no verb of their own
ROW_SANCTIONED_RE: Final = re.compile(
    r"(?<=[:;]\s)(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+"
    r"(?:(?:personally|also|first)\s+)?"
    rf"(?P<verb>sanctioned|blacklisted|designated|listed|{BARRED_FROM})\s+since\b"
)
# "sanctions on potash, the country's main export, which the US had imposed in 2021"
WHICH_IMPOSED_RE: Final = re.compile(
    rf"\b{MEASURE}\s+(?:on|against)\s+(?P<target>[^,.;:()—–\"“”]{{1,60}}?)"
    # "…, which Washington had imposed in 2021", "… that Washington had imposed in 2021"
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,60})?(?:\s*,\s*which|\s+that|\s+which)\s+"
    # ("… that the United States imposed in 2021")
    r"(?:it|they|(?P<power>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})|the\s+\w+)\s+"
    r"(?:(?:had|has|have|first)\s+)*"
    # ("…, which the Treasury had targeted in August 2021": the target's own clause)
    rf"(?P<verb>imposed|introduced|targeted|sanctioned|blacklisted)(?=\s*[,.;]|\s+{WHEN_AFTER})"
)
# "The United States followed with its own restrictions on Belavia"
FOLLOWED_RE: Final = re.compile(
    r"\b(?P<verb>followed|responded|answered|retaliated)\s+with\s+"
    # ("The EU answered with bans on timber, steel and rubber")
    rf"(?P<fill>{FILL})(?:{MEASURE}|bans|embargoes)\s+(?:on|against)\s+{TARGET}"
)
# "The U.S. Treasury had restricted the state carrier in August 2023"
# (not "restricted imports of …", which TRADE_RE reads)
RESTRICTED_RE: Final = re.compile(
    r"\b(?P<verb>restricted)\s+(?!(?:the\s+|all\s+)?(?:imports?|exports?|purchases?|sales?|"
    rf"transit|shipments?|dealings|transactions|trade|access)\b){TARGET}"
)
# "in September it was allowed to buy parts": a relief told of its target
ALLOWED_PASSIVE_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|it|they|the\s+(?:[a-z][\w-]*\s+){0,2}"
    # ("Belavia, the state airline, will be allowed to service …": announced)
    rf"(?:{DESCRIBED_HEAD}))(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{{1,40}},)?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|is\s+to\s+be)\s+"
    r"(?:now\s+|also\s+|finally\s+)?(?P<verb>allowed|permitted|authori[sz]ed)\s+to\s+"
    r"(?:buy|purchase|repair|import|export|acquire|service|sell|resume|maintain|obtain|receive)\b"
)
# "this month the last restrictions were removed": a measure referred back to, in the passive
ANAPHORIC_PASSIVE_RE: Final = re.compile(
    # ("Both designations were removed on 13 December": those just told of)
    r"\b(?P<target>(?:those|these|such|[Bb]oth|the\s+(?:remaining|last)|its\s+(?:remaining|last))\s+"
    rf"(?:{MEASURE}|designations|listings))\s+{BE}\s+(?:(?:also|now|finally|formally)\s+)?{VERB}\b"
)
# "three banks – Belagroprombank, Bank Dabrabyt and … – are subject to a ban on …", "Belavia
# is subject to an asset freeze": those a measure in force reaches, before it
SUBJECT_TO_RE: Final = re.compile(
    r"(?P<target>(?<=[–—]\s)[^–—.;:()\"“”]{1,160}?(?=\s*[–—])|"
    # (a name ends in a capital: not "… added to the Consolidated List and are now subject to")
    # ("Naftan, Grodno Azot and Belaruskali remain subject to …"; "the applicant, Belshina,
    # remains subject to …")
    r"[A-Z][\w’'.-]*(?:(?:\s+(?:of|and|the)|,)*\s+[A-Z][\w’'.-]*)*)"
    r"\s*[–—,]?\s+(?:is|are|was|were|remains?|remained|will\s+be|(?:has|have|had)\s+been)\s+"
    r"(?:now\s+|also\s+|still\s+|likewise\s+)?(?P<verb>subject)\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:(?P<power>[A-Z][\w.]*)\s+)?(?:[\w-]+\s+){0,2}?(?:bans?|asset\s+freezes?|sanctions|restrictions|restrictive\s+measures|"
    r"embargo|travel\s+bans?)\b"
)
# "extends the transaction ban to Belinvestbank": a ban or embargo widened to a new target
EXTEND_TO_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>extend(?:s|ed|ing)?|expand(?:s|ed|ing)?|widen(?:s|ed|ing)?|"
    # "extended part (a long list) of its Russia measures to Belarus": one's measure widened
    r"broaden(?:s|ed|ing)?))\s+(?:(?:part|parts|some|most|many|all|a\s+long\s+list)\s+of\s+)?"
    # ("extended Switzerland's sanctions against Belarus to a further group of …")
    r"(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?"
    # "extended its ban on Belarusian potash to cover transit": a ban's own target
    # ("extended many of its sanctions against Russia to Belarus": the first target named)
    # ("extended the export controls it had imposed on Russia to Belarus")
    # ("extended its sanctions list to further judges": the list the measures are)
    rf"(?:(?:ban|embargo|freeze|{MEASURE})(?:\s+list)?"
    r"(?:\s+(?:(?:that|which)\s+)?(?:it|they)\s+(?:had\s+|has\s+)?"
    r"(?:imposed|applied|placed))?(?:\s+(?:on|against)\s+[A-Z][\w.]*)?\s+to|"
    r"(?:ban|embargo)\s+on)\s+"
    # ("extended its sanctions on Belarus to trade in wood, cement and rubber": the goods)
    r"(?:(?:trade|imports?|exports?)\s+(?:in|of)\s+)?"
    # ("extended the sanctions to March 2026", "… to cover transit": how long, or what more)
    # (nor "… to mirror its measures on Russia", "… to reflect Minsk's role": what for)
    rf"(?!(?:\d|{MONTH_PATTERN}|the\s+end|cover|include|run|last|apply)\b)"
    r"(?!(?!an?\s)[a-z]+\s+(?:its|their|the|an?|his|her)\s)"
    rf"{TARGET}"
)
# the new target a measure is widened to ("… to Belarus", "… to a further group of judges"),
# not how long it runs ("… to March 2026")
WIDENED_TO: Final = (
    rf"to\s+(?!{MONTH_PATTERN}\b)(?:[A-Z]|(?:a\s+)?(?:further|new|more|additional|another)\b|"
    # ("… to trade in wood, cement and rubber", "… to the judges who …": goods or people it reaches)
    rf"(?:trade|imports?|exports?)\s+(?:in|of)\b|the\s+(?:[A-Z][a-z]+\s+)?(?:{lx.alternation(lx.words('sanctions', 'listed_nouns'))})\b)"
)
# "extended to Belarus many of the trade restrictions it imposed on Russia": the new target
# told before the measures widened to it
EXTEND_TO_FRONT_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>extend(?:s|ed|ing)?|expand(?:s|ed|ing)?))\s+to\s+"
    r"(?P<target>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+"
    # ("extended to Belarus a large part of the trade restrictions …", "… the trade measures
    # that we had applied to Russia")
    r"(?:(?:a\s+(?:large|good|big|major)\s+)?(?:many|some|most|all|part|parts|much)\s+of\s+)?"
    r"(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"{MEASURE}\b"
)
# "It relaxed those measures", "lifted the remaining restrictions": a measure named before,
# referred back to; its target is that of the measure reported just before
ANAPHORIC_RE: Final = re.compile(
    rf"\b{VERB}\s+(?P<target>(?:those|these|such|the\s+same|the\s+rest(?=\s*[,.;]|\s+in\b)|"
    # ("lifted what remained of those sanctions", "the rest of those measures")
    r"(?:the|its|their)\s+(?:remaining|last)|"
    r"(?:the\s+(?:rest|remainder)|what\s+remain(?:ed|s))\s+of\s+(?:the|its|their|those|these))"
    # ("lifted the remaining ones in November"; "in November it lifted the rest")
    rf"(?:(?<=rest)|\s+(?:{MEASURE}|ones)))(?!\s+(?:on|against|targeting)\b)"
)
# "eased some sanctions on Belarus, including restrictions on the state airline Belavia": a
# part named after a measure shares its action (taken from the measure the sentence reported)
INCLUDING_RE: Final = re.compile(
    # ("including the export ban on dual-use goods")
    # ("These include restrictions on imports of …", "including the US sanctions against …")
    rf"\b(?P<verb>including|include[sd]?|notably|among\s+them)\s+(?:the\s+|those\s+|an?\s+|its\s+)?"
    rf"(?P<fill>(?:US|U\.S\.|EU|UK|[A-Z][a-z]+an|extensive|new|further)\s+)?"
    rf"(?:(?:asset\s+)?freezes\s+and\s+)?(?:{MEASURE}|(?:[\w-]+\s+)?(?:bans?|embargo|freezes?))\s+"
    r"(?:(?:imposed|adopted|introduced|placed)\s+)?(?:on|against)\s+"  # ("the measures imposed on …")
    rf"{TARGET}"
)  # ("including the asset freezes and travel bans on Belarusian officials": two measures on one)
# "allowed Belavia to buy parts, a measure it had banned since 2023": the measure the relief
# ended, told in an appositive after it; its target is that of the relief
BANNED_SINCE_RE: Final = re.compile(
    r",\s+(?:a|an|the)\s+(?:\w+\s+)?(?:measure|ban|restriction|step|sanction)\s+"
    r"(?:that\s+|which\s+)?(?:it|they|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:had\s+|has\s+)?"
    r"(?:first\s+)?(?P<verb>banned|imposed|introduced|prohibited|barred|blocked)"
    r"(?P<target>)\s+(?:since|in)\b"
)
# "Washington has since eased some of them": a relief whose object refers back to measures
# just reported ("removed them", "dropped them" are left out: they say as much of people)
THEM_LIFT: Final = lx.alternation(
    [w for w in lx.words("sanctions", "lift_verbs") if not w.startswith(("drop", "remov"))]
)
_ON_OWN_TARGET: Final = (
    r"\s+(?:on|against)\s+[^,.;:()—–\"“”]{1,60}?"
    r"(?=\s*[,.;:]|\s+(?:and|but|in|on|since|after|as|for|from|to|last|this)\b)"
)
THEM_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<lift>{THEM_LIFT})|(?P<ease>{EASE}))\s+"
    r"(?P<fill>(?:(?:some|most|many|all|several|part|parts|one)\s+of\s+|"
    # ("lifted what was left of them in November": the rest of the measures named before)
    r"what\s+(?:was|is|had\s+been)\s+left\s+of\s+|what\s+remain(?:s|ed)\s+of\s+)?)"
    # "lifted them on potash": the sanctions named before, on a target of their own; "lifted
    # those on potash": the same, with the target it must have
    rf"(?P<target>them(?:{_ON_OWN_TARGET})?|(?:those|the\s+ones){_ON_OWN_TARGET})\b"
)
# "designated four prison officials and a penal colony for sanctions"
DESIGNATED_RE: Final = re.compile(
    # (not "Belavia has been a designated entity under US sanctions": an adjective)
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?P<verb>designat(?:ed|es|ing))\s+"
    # (not "Belaruskali, designated in 2021, is under OFAC sanctions": a participle's date)
    r"(?!(?:in|on|by|since|at|during|last|earlier|first|this|that|then)\b)"
    r"(?P<target>[^.;:()—–\"“”]{1,120}?)\s+(?:for|under)\s+"
    r"(?:(?:its|the|their|new|[A-Z][\w.]*)\s+){0,3}sanctions\b"
)
# "OFAC today designated Belavia Belarusian Airlines", "the designation in August 2021 of
# Belaruskali OAO", "designated the state-owned potash producer Belaruskali OAO", "listed 40
# officials", "designated 23 individuals and 21 entities": a named target, or a number of
# people or bodies, designated by a sanctioning power named in the sentence (see
# find_sanctions); "designated X as a political prisoner" is a rights group's word
LISTED_NOUNS: Final = lx.alternation(lx.words("sanctions", "listed_nouns"))
DESIGNATED_NAME_RE: Final = re.compile(
    # ("the Treasury has blocked the potash producer Belaruskali since 2021": a US blocking;
    # "first targeted the potash giant Belaruskali in August 2021", "had hit Belaruskali in
    # August 2021")
    r"\b(?P<verb>designat(?:ed|es|ing)\b|listed\b|(?<=\bin\s|\bby\s)listing\b|(?<![’'esd]\s)(?<!still\s)lists\b(?=\s+(?:the\s+(?:[a-z][\w-]*\s+){0,3})?[A-Z])|(?P<blocked>blocked|targeted|hit)\b|"
    # ("listed, among others, the judge X")
    r"designation(?:\s+in\s+[\w ]{1,20}?)?\s+of)(?:\s*,\s*(?:among\s+others|inter\s+alia)\s*,)?\s+"
    # a description before the name ("the Belarusian state-owned airline Belavia": a
    # nationality may open it)
    r"(?:the\s+[A-Z][a-z]+\s+(?:[a-z][\w’'-]*\s+){1,4}(?=[A-Z])|"
    # ("Russia's state nuclear corporation Rosatom", "the Interior Ministry's riot police unit
    # OMON": a description owned by a country or body, then the name)
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(?:[a-z][\w’'-]*\s+){1,4}(?=[A-Z])|"
    r"the\s+(?:(?!(?:in|on|since)\s)[a-z][\w’'-]*\s+){0,4}(?=[A-Z]))?"
    # ("the National Olympic Committee of the Republic of Belarus": a name may hold "of")
    rf"(?P<target>(?!(?:{lx.DEMONYM_WORDS})\s+[a-z])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,5}}"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}){0,2}"
    # (not "The persons listed include judges"; "listed Belarusian defence manufacturers";
    # "listed some forty officials", "designated a number of individuals and entities")
    rf"|(?:(?:some|about|around|nearly|roughly)\s+)?(?:\d[\d,]*|dozens\s+of|a\s+(?:number|group)\s+of|(?:{lx.DEMONYM_WORDS})(?:\s+[a-z][\w-]*)?|(?!(?:include[sd]?|are|were|also|or|and)\b)[a-z]+(?:-[a-z]+)?)\s+"
    r"(?:(?:[A-Z][\w’'-]*|(?!(?:and|or|of|in|on|the|to|for|with|from|as|at|by)\s)[a-z][\w-]*)\s+){0,3}"
    # ("listed the state airline in December 2021": a target described, named elsewhere)
    # ("The European Union listed the airline in December 2021")
    rf"(?:{LISTED_NOUNS})\b|the\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD})(?=\s+(?:in|on|since)\s))"
    r"(?!\s+(?:as|an?)\b)"
    # (what was blocked is the name itself, not "Belarusian potash transit" nor "Belaruskali's
    # shipments")
    r"(?(blocked)(?<![’']s)(?=\s*[,.;:]|\s+(?:in|on|since|and|for|under|at|last|this|from|personally|"
    r"with|over|after|before|by|until|which|who)\b))"
)
# "hit the state-owned oil company with sanctions"
HIT_WITH_RE: Final = re.compile(
    r"\b(?P<verb>hit|hits|hitting|slapped|slaps|slapping|targeted|targets|targeting)\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)\s+with\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sanctions|restrictions|measures)\b"
)
# "issued a general license authorizing transactions with Belavia": a relief for its target
LICENSE_RE: Final = re.compile(
    # ("General License No. 11, authorising transactions involving Belavia")
    # ("the general licence of 11 September 2025, which authorises maintenance of Belavia's
    # fleet": its date, then a clause)
    r"\b[Ll]icen[cs]es?(?:\s+(?:No\.|Number)\s*\d+[A-Z]?)?"
    r"(?:\s+of\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+\d{4})?\s*,?\s+(?:which\s+|that\s+)?"
    r"(?P<verb>authori[sz]ing|allowing|permitting|authori[sz]es|allows|permits)\s+"
    r"(?:(?:[\w-]+\s+){0,2}?"
    rf"(?:transactions|dealings|business|trade|payments)\s+(?:with|involving|"
    # ("transactions for the servicing, repair and parts supply of Belavia's aircraft")
    r"(?:for|covering)\s+(?:the\s+)?[\w ,-]{1,60}?\s+of)|"
    r"(?:the\s+)?(?:maintenance|servicing|repair|overhaul)(?:,?\s+(?:and\s+)?[a-z]+){0,3}\s+of)\s+"
    rf"{TARGET}"
)
# "the decision of the United Kingdom to designate Ihar Kaliada", "decided to sanction Naftan",
# "threatened to blacklist …": a sanctioning verb in the infinitive, read only after a decision
# or a threat (see find_sanctions); a wish or a call ("urged the EU to sanction …") is none
TO_SANCTION_RE: Final = re.compile(
    # ("warned that it could sanction more officials": the verb's bare form after a modal too,
    # which the modality reads before the match; the lookbehinds are tried only where the verb
    # stands)
    r"(?:\bto\s+|(?=(?:sanction|designate|blacklist)\s)"
    r"(?:(?<=could\s)|(?<=would\s)|(?<=might\s)|(?<=\bwill\s)|(?<=\bmay\s)|(?<=\balso\s)))"
    r"(?P<verb>sanction|designate|blacklist)\s+(?!(?:it|them|him|her|those|anyone)\b)" + TARGET
)
# "was rewarded with relief for its national airline", "sanctions relief for Belavia"
# ("The US relaxation for the airline Belavia has no bearing on EU law")
RELIEF_RE: Final = re.compile(r"\b(?P<verb>relief|relaxation)\s+(?:for|to)\s+" + TARGET)

# What follows a measure's target when the measure is in force: "…, imposed in 2021, remains
# in force", "… are unaffected", "… continue to apply"
_STILL_IN_FORCE: Final = (
    # ("measures against Belavia, Belaruskali and the banking sector are unaffected": a list,
    # each item after a comma a name or "the …")
    # (not "…, and the European Union's sanctions on Belarus remain": another measure)
    # ("sanctions on potash, petroleum products and tobacco remain": goods of a word or two)
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?(?:,\s+(?:and\s+)?(?:the\s+)?"
    # ("Sanctions on A, the refiner Naftan and … remain": a name after its description)
    r"(?:[A-Z]|[a-z]+(?:\s+[a-z]+)?(?=,|\s+and\s)|(?:[a-z]+\s+){1,3}(?=[A-Z]))"
    r"(?:(?!\b(?:sanctions|measures|restrictions|on|against)\b)[^,.;:()—–\"“”]){0,60}?"
    # ("on Belarusian potash, on petroleum products and on the regime's leadership": each
    # item with its own preposition)
    r"|(?:,\s+|,?\s+and\s+)(?:on|against)\s+[^,.;:()—–\"“”]{1,60}?){0,5}?)"
    # ("restrictions on the transit of X, in force since February 2022, remain fully in place")
    # ("… on the state airline Belavia and on potash, both of which remain in force")
    # ("The US sanctions on Belaruskali from 2021 are untouched": when, not on whom)
    r"(?:\s*,\s+[^,.;:()\"“”]{1,60},\s+|\s*,\s+(?:both|all|each)\s+of\s+which\s+|"
    r"\s+(?:from|since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+|\s*,?\s+)"
    # ("…, in force since February 2022, must remain": kept, so in force)
    r"(?:therefore\s+|thus\s+|also\s+|still\s+|must\s+|will\s+|would\s+|should\s+)?"
    # ("US restrictions on the state airline Belavia take effect")
    r"(?P<verb>remain(?:s|ed)?|stay(?:s|ed)?|t(?:ake|akes|ook|aking)\s+(?:full\s+)?effect|"
    # ("… came into full force in December")
    r"c(?:ome|omes|ame)\s+(?:fully\s+)?into\s+(?:full\s+)?(?:force|effect)|"
    r"enter(?:s|ed)?\s+(?:fully\s+)?into\s+(?:full\s+)?force|"
    # ("EU measures against X and Y are unaffected", "… continue to apply"): kept as they were
    r"(?:are|is|were|was)\s+(?:still\s+|also\s+|so\s+far\s+)?(?:unaffected|unchanged|untouched)|"
    r"continu(?:e|es|ed)\s+to\s+apply|still\s+appl(?:y|ies))"
    # ("The EU sanctions on Belaruskali and on Belavia stay.")
    r"(?:(?<=effect)|(?<=force)|(?<=affected)|(?<=changed)|(?<=touched)|(?<=apply)|(?<=applies)|"
    # ("… remains, as does the UK prohibition")
    r"\s+(?:fully\s+|firmly\s+|still\s+|largely\s+)?in\s+(?:place|force|effect)\b|"
    # ("… would stay, he said": the sentence's attribution after it)
    r"(?=\s*[.;]|,\s+as\s+(?:does|do|did)\b|,\s+(?:he|she|they|it)\s+(?:said|says|added)\b)|"
    # ("… remain tied to the release of all political prisoners": kept until a condition)
    r"(?<=remain)\s+(?:tied|linked)\s+to\b)"
)
# "Sanctions against the potash industry remain in place": a measure in force
REMAIN_RE: Final = re.compile(
    # ("its own sanctions, including restrictions on potash imports, remain in force")
    rf"\b(?:[Ss]anctions|{MEASURE}|bans?)\s+(?:on|against)\s+{_STILL_IN_FORCE}"
)
# "Tokyo's asset freeze on Alexander Lukashenko, imposed in March 2022, remains in place": a
# freeze or an embargo in force, found from its own noun
FREEZE_REMAIN_RE: Final = re.compile(
    rf"\b(?:(?:asset\s+)?freezes?|embargo(?:es)?)\s+(?:on|against)\s+{_STILL_IN_FORCE}"
)
# "the EU sanctions already in place against Belaruskali", "has had sanctions in force against
# Alexander Lukashenko since 2020": a measure in force, told before its target
IN_PLACE_ON_RE: Final = re.compile(
    rf"\b(?P<fill>{FILL})(?P<verb>{MEASURE})\s+(?:already\s+|still\s+|now\s+|long\s+)?"
    rf"in\s+(?:place|force)\s+(?:on|against)\s+{TARGET}"
)
# "Canada and the UK keep their own measures against Belaruskali in place", "maintains its
# sanctions on Naftan": a measure kept is in force
KEPT_RE: Final = re.compile(
    r"\b(?P<verb>keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining)\s+"
    rf"(?P<fill>{FILL}){MEASURE}\s+(?:on|against)\s+{TARGET}"
)
# "measures against its potash industry imposed in 2021", "restrictions on the state airline,
# Belavia, since 2023": a measure in force told by its noun, with when it began
BACKGROUND_RE: Final = re.compile(
    rf"\b(?P<verb>{MEASURE})(?:,(?=\s+on\s))?\s+(?:on|against)\s+"  # ("US measures, on potash since …")
    r"(?P<target>(?:(?!\b(?:that|which|who)\b)[^,.;:()—–\"“”]){1,60}?)"
    # ("sanctions on Belaruskali, the potash monopoly, have been in place since 2021")
    # ("…, one of the world's largest, date from 2021")
    r"(?:\s*,\s*(?:(?:the|its|a|an|one\s+of)\s+[^,.;:()\"“”]{1,40}|[A-Z][^,.;:()\"“”]{0,40}),)?"
    # "…, first imposed in 2020", "…, widened in 2022 to …": when the measure began or grew
    # ("…, which have been in place since August 2021")
    # ("restrictions on some potash grades have applied since last June")
    # ("American sanctions on it were imposed in August 2021")
    r"(?:\s*,\s*|\s+)(?:(?:(?:which|that)\s+)?(?:(?:have|has|had)\s+(?:been\s+)?|(?:were|was)\s+))?"
    r"(?:(?:first\s+|originally\s+)?(?:imposed|introduced|adopted|in\s+place|in\s+force|"
    # ("… Belavia, added in August 2023"; "…, imposed by Washington in 2021": by whom)
    r"widened|extended|expanded|tightened|applied|added|came|took\s+effect)"  # ("… came in August 2023")
    r"(?:(?<=imposed)\s+by\s+(?:the\s+)?(?P<named>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}))?\s+(?:in|since)|since|"
    # ("the American measures against Belavia, imposed last August": when, from the dateline)
    r"(?<=,\s)(?:imposed|introduced|adopted|added)(?=\s+last\s)|"
    # ("the US sanctions on Belaruskali announced on 9 August 2021": the day it was told)
    r"(?:imposed|introduced|adopted|announced)\s+on\s+\d{1,2}(?=\s+[A-Z])|"
    # ("Washington's restrictions on Belaruskali date from August 2021", "go back to …")
    r"dat(?:e|es|ed|ing)\s+(?:back\s+)?(?:from|to)|(?:go|goes|going|went)\s+back\s+to|from)\s+"
    r"(?:(?:[A-Z][a-z]+\s+)?\d{4}\b|(?:[A-Z][a-z]+\s+)?last\s+(?:[A-Z][a-z]+|year)\b|"
    # ("…, imposed in August of that year, are still in force": the year told before)
    # (only after its participle: not "restrictions on X from June", when they will start)
    rf"(?:(?<=imposed\sin\s)|(?<=added\sin\s)|(?<=adopted\sin\s)){MONTH_PATTERN}(?:\s+of\s+(?:that|the\s+same|this)\s+year)?"
    r"(?=\s*[,.;]))"
)
# "The U.S. had placed Belavia under restrictions", "kept Belarusian potash on its sanctions list",
# "added the state airline to its own restrictions", "sanctions, which have targeted X since"
HELD_UNDER_RE: Final = re.compile(
    # ("included Grodno Azot, a state-owned producer of fertilisers, on the list of entities
    # subject to restrictive measures")
    # ("The US has had Belavia under sanctions since August 2023": held in force)
    r"\b(?P<verb>placed|put|puts|places|kept|keeps|added|adds|add|included|includes|"
    # ("Washington still had Belavia under restrictions it imposed in 2023")
    r"(?<=has\s)had|(?<=have\s)had|(?<=still\s)had)\s+"
    # (not "He added that the government was preparing to put …": a speech verb's clause)
    r"(?!that\s)(?P<target>[^,.;:()—–\"“”]{1,120}?"
    # ("the head of the Central Election Commission, Lidia Yermoshina,": the office's holder)
    r"(?:\s*,\s*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?=\s*,))?)"
    # ("added Belaruskali OAO, one of the world's largest potash producers, to …"; "put
    # Belaruskali, the potash giant, and the Olympic Committee on its list": the next target,
    # read with the rest of the list by target_lists.whole_list)
    r"(?:\s*,\s*(?:the|its|a|an|one\s+of|our)\s+[^,.;:()\"“”]{1,60},"
    r"(?:\s+and\s+[^,.;:()—–\"“”]{1,80}?)?|"
    # ("added several hundred officials, among them judges and prosecutors, to the list": kinds
    # of them, in lower case; those named after "among them" stand for the group instead)
    r"\s*,\s*(?:among\s+them|including)\s+[^,.;:()\"“”A-Z]{1,80},|\s*,)?\s+"
    # ("included Lukashenka in its sanction list", "into the EU list": English rendered from
    # other languages gives the list's preposition as theirs does)
    r"(?:under|on|to|in|into)\s+(?:the\s+|its\s+|their\s+|our\s+|an?\s+)?"
    # ("added the judge to Poland's national sanctions list")
    # ("kept Belaruskali under blocking sanctions": the measure's kind; not "added to the list
    # of persons subject to financial sanctions", the list's own words)
    r"(?:(?P<power>[A-Z][\w.]*)[’']s\s+)?(?:[A-Z][\w.]*\s+|own\s+|national\s+|"
    r"(?<=under\s)(?:blocking|full|sectoral|economic|financial|targeted)\s+)?"
    # ("put Lukashenko and 29 other officials on their national entry-ban lists")
    r"(?:restrictions|sanctions(?:\s+list)?|blacklist|SDN\s+list|(?<=its\s)list|(?<=their\s)list|"
    r"(?<=our\s)list|"
    # ("added further officials to its Special Economic Measures (Belarus) Regulations", "to
    # its Specially Designated Nationals list")
    r"(?:[A-Z][\w.]*\s+){1,4}(?:\([A-Z][\w.]*\)\s+)?(?:[Rr]egulations|[Ll]ist)|"
    r"list\s+of\s+(?:[\w-]+\s+){1,3}?(?:subject\s+to|sanctioned|designated|blocked|barred|banned)|"
    # ("put Mr Karayev … on a travel blacklist")
    r"(?:[\w-]+\s+)?(?:[\w-]*(?:ban|sanctions?|black)[\w-]*\s+lists?|blacklists?))\b"
)
# "its listings of Belavia and Belaruskali, renewed every February": a listing is a measure in
# force ("lifted the listing of …" ends it, see find_sanctions)
LISTING_RE: Final = re.compile(
    # ("adopted the EU's latest listings of …")
    r"\b(?P<fill>(?:(?:its|their|[Tt]he|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?P<whose>[’']s))\s+"
    r"(?:own\s+|latest\s+|new\s+|recent\s+|earlier\s+|first\s+|prompt\s+)?"
    # ("OFAC's prompt August 2021 designations of …": when, before a power's noun)
    rf"(?(whose)(?:(?:{MONTH_PATTERN})\s+)?(?:(?:19|20)\d\d\s+)?|)"
    # ("including the designation of Alexander Lukashenko")
    # ("the listing, on 6 November, of Aliaksandr Lukashenka": its date between)
    r"(?:[A-Z][\w.]*\s+)?"
    # ("adopted four rounds of listings against officials, judges and …")
    r"|(?:[\w-]+\s+)?(?:rounds?|waves?|packages?|sets?)\s+of\s+"
    # ("preparing a further listing of Belarusian judges", "new listings of individuals …":
    # a listing to come, told by its adjective)
    r"|(?P<coming>(?:(?:a|an|any)\s+)?(?:further|new|fresh|additional|second|third|next)\s+"
    # ("preparing a further round of listings aimed at judges")
    r"(?:(?P<power>EU|UK|US|U\.S\.)\s+)?(?:(?:rounds?|waves?|packages?|sets?)\s+of\s+)?)"
    # ("is discussing listings of the officials deemed responsible": a listing weighed)
    r"|(?<=considering\s)|(?<=weighing\s)|(?<=discussing\s)|(?<=preparing\s)))"
    # ("following the delisting of Belavia": a listing ended; not "new listings of their own")
    r"(?P<verb>listings?|designations?|(?P<lift>delistings?))(?:\s*,\s*on\s+[^,.;:()]{1,30},)?"
    r"\s+(?:of(?!\s+(?:its|their|our|his|her)\s+own\b)|against|aimed\s+at|targeting)\s+" + TARGET
)
# "They apply among others to Alexander Lukashenko, to the state airline Belavia and to the
# potash producer Belaruskali": whom measures in force reach, each target after its own "to"
APPLY_TO_RE: Final = re.compile(
    # ("Trade restrictions now also apply to …": no determiner before a kind of measure)
    rf"\b(?:[Tt]hey|[Tt]hese|[Ss]anctions|[Rr]estrictions|"
    rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[\w-]+\s+)?(?:{MEASURE}|bans?|listings?))\s+"
    r"(?:(?:also|still|now)\s+){0,2}(?:continue[sd]?\s+to\s+)?(?P<verb>apply|applies|applied)\s+"
    r"(?:(?:among\s+others|inter\s+alia|notably|in\s+particular|also),?\s+)?to\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?(?:\s*,\s+(?:and\s+)?to\s+[^,.;:()—–\"“”]{1,80}?|"
    r"\s+and\s+to\s+[^,.;:()—–\"“”]{1,80}?)*)"
    r"(?=\s*(?:[.;:()]|,(?!\s+(?:and\s+)?to\b))|$)"
)
# "the sanctions of the European Union against the Lukashenko regime": a measure in force, its
# power named after it
OF_POWER_RE: Final = re.compile(
    rf"\b(?P<verb>{MEASURE})\s+of\s+(?P<power>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}"
    # ("the sanctions of the European Union and the United States on …": each power's)
    r"(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}){0,3})\s+"
    rf"(?:on|against)\s+{TARGET}"
)
# "has authorized transactions involving Belarusian potash": dealings let through (", lifting
# sanctions imposed in 2021" after it makes it an end, see find_sanctions)
AUTHORIZED_RE: Final = re.compile(
    r"\b(?P<verb>authori[sz]ed|permitted|allowed)\s+(?:all\s+)?(?:transactions|dealings|trade|"
    r"business)\s+(?:with|involving|in)\s+" + TARGET
)
# A fact box's row of measures in force: "STILL IN PLACE - EU sanctions on potash and petroleum
# products and the EU ban on Belavia flights; British and Canadian measures on the potash
# sector" (each measure after the label, a semicolon or "and the", its powers before its noun)
ROW_IN_FORCE_RE: Final = re.compile(
    r"(?:(?<=[-–—:;]\s)|(?<=\band\s))(?:the\s+)?"
    r"(?P<fill>[A-Z][\w.]*(?:\s*,\s*[A-Z][\w.]*)*(?:\s+and\s+[A-Z][\w.]*)?\s+)"
    r"(?P<verb>sanctions|measures|restrictions|bans?|embargo)\s+(?:on|against)\s+"
    r"(?P<target>(?:(?!\s+and\s+the\s)[^,.;:()—–\"“”]){1,80}?)"
    r"(?=\s*[,.;:()]|\s+and\s+the\s|$)"
)
_PENALTY_NOUN: Final = r"(?:asset\s+freezes|travel\s+bans|entry\s+bans)"
_PENALTIES: Final = rf"{_PENALTY_NOUN}(?:\s*,?\s+and\s+{_PENALTY_NOUN})?"
# "the sanctions it imposed on the potash giant Belaruskali in August 2021", "The measures that
# Japan has imposed on Belarus since March 2022": a measure in force, its power the clause's subject
IT_IMPOSED_RE: Final = re.compile(
    # ("Asset freezes and travel bans that the EU imposed last November on …", "sanctions that
    # Washington placed on the state fertiliser giant")
    rf"\b(?:{MEASURE}|{_PENALTIES})\s+(?:that\s+|which\s+)?"
    # ("the sanctions this country imposed on Belaruskali in 2021": a speaker's own country)
    r"(?P<power>it|they|we|this\s+country|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+"
    # ("the asset freezes … the UK has already imposed on 99 individuals")
    r"(?:(?:has|have|had)\s+)?(?:first\s+|originally\s+|long\s+|already\s+)?"
    r"(?P<verb>imposed|introduced|maintained|kept|placed|put)\s+"
    rf"(?:{WHEN_BETWEEN})?(?:on|against)\s+" + TARGET
)
# "economic restrictions covering potash, petroleum products and tobacco", "restrictions on
# trade in potash and petroleum products": the goods a measure covers
COVERING_RE: Final = re.compile(
    # ("The renewed listings cover Alexander Lukashenko, …": those a listing names)
    rf"\b(?P<verb>{MEASURE}|bans?|listings)"
    # ("EU sectoral restrictions, in force since June 2021, cover only some grades of …")
    # ("UK sanctions, which cover Belaruskali and …": a relative clause)
    # ("trade restrictions of its own on the same day, covering …": whose, then when)
    # ("the EU's sanctions on Belarus, which cover potash, …": the country, then the goods)
    r"(?:\s*,\s+[^,.;:()\"“”]{1,50},|(?:\s+(?:on|against)\s+[A-Z][\w.-]*)?\s*,\s+which|\s+that|"
    r"\s+of\s+(?:its|their)\s+own(?:\s+(?:on|in|from)\s+[^,.;:()\"“”]{1,30})?\s*,)?\s+"
    # ("The EU restrictions against Belarus already cover, among other things, …")
    r"(?:(?:against|on)\s+[A-Z][\w.-]*\s+(?:already\s+|also\s+|now\s+)?(?=cover))?"
    r"(?:covering|cover(?:s|ed)?(?:\s+only)?|concern(?:s|ing)?|"
    r"on\s+(?:the\s+)?trade\s+in|on\s+(?:the\s+)?(?:imports|exports)\s+of)"
    r"(?:\s*,\s*(?:among\s+other\s+(?:things|goods|products)|among\s+others|inter\s+alia)\s*,)?\s+"
    # ("restrictions on trade in goods used for the production of tobacco products, …")
    r"(?:goods\s+used\s+(?:for|in)\s+the\s+production\s+of\s+)?"
    # (the goods, a list of them: "potash, timber and cement"; not ", remain in place")
    r"(?P<target>[^,.;:()—–\"“”]{1,60}?(?:\s*,(?!\s*(?:remain|stay|which|who|as|were|was|are|is|"
    r"have|has|had|will|would|introduced|imposed|adopted|in\s+(?:place|force)|since|first|"
    # ("listings, which cover X and Y, run until 28 February": the relative clause ended)
    r"tightened|extended|widened|runs?|ran|expire[sd]?|last(?:s|ed)?|end(?:s|ed)?|"
    r"continue[sd]?|appl(?:y|ies|ied))\b)[^,.;:()—–\"“”]{1,40}?)*"
    r"(?:\s*,?\s+and\s+(?!(?:the|an?|its|their)\s)[^,.;:()—–\"“”]{1,40}?)?)"
    r"(?=\s*[,.;:()]|\s+(?:and|as)\s+(?:the|an?|its)\s|\s+(?:introduced|imposed|adopted|since|in|from|"
    r"which|that|who|is|are|was|were)\b|$)"  # ("… on imports of X was under study": what of it
)
# "Switzerland and Norway, which have aligned themselves with the EU's Belarus sanctions":
# the aligned power keeps the same measures
ALIGNED_RE: Final = re.compile(
    # (the target: the country the programme is named after, "Belarus sanctions" or
    # "measures against Belarus")
    r"\b(?=[^.;]{0,90}?\b(?P<target>Belarus|Russia)\b)"
    r"(?P<verb>align(?:ed|s|ing)?)\s+(?:itself\s+|themselves\s+)?with\s+(?:the\s+)?"
    r"(?:EU|European\s+Union|E\.U\.|bloc)(?:[’']s)?\s+(?:decision\s+to\s+extend\s+its\s+)?"
    # ("aligned with the EU's Belarus regime in 2021": the sanctions regime named by country)
    r"(?:(?:Belarus|Russia)\s+)?(?:sanctions|restrictive\s+measures|measures|"
    r"(?<=Belarus\s)regime|(?<=Russia\s)regime)"
)
WHICH_TARGETED_RE: Final = re.compile(
    # ("a fifth package of sanctions that included the state carrier Belavia"; "a fifth package
    # that, diplomats say, will include the national carrier, Belavia": a package to come)
    rf"\b(?:{MEASURE}|package)\s*,?\s+(?:which|that)(?:\s*,\s*[a-z]+\s+(?:say|said|says)\s*,)?\s+"
    r"(?:(?:have|has|had)\s+)?(?:long\s+|also\s+)?(?P<verb>targeted|hit|covered|included|includes|"
    rf"listed|(?P<threat>(?:will|would)\s+(?:also\s+)?include))\s+{TARGET}"
)
# "The new sanctions target the refiner Naftan", "The action targets Belaruskali OAO", "The
# fifth package names 17 individuals and 11 entities, among them …": a measure as the subject
# of a verb that names whom it reaches (not "sanctions targeting …", TARGETING_RE)
MEASURE_TARGETS_RE: Final = re.compile(
    # ("The measures, announced by …, also target …": an apposition between)
    # ("Its list has since grown to cover judges, …"; "The EU's first three lists, adopted
    # between October and December 2020, covered officials")
    rf"\b(?:{MEASURE}|package|action|decision|listings?|designations?|lists|list(?=\s+(?:has|have)\s))"
    r"(?:\s*,\s*[^,.;:()\"“”]{1,60},)?"
    r"\s+(?:also\s+|now\s+|only\s+|(?:this|last)\s+(?:week|month)\s+)?"
    # (not "sanctions hit exporters hard": "hit" tells a measure's effect more often than its target)
    # ("whose fifth round of sanctions, adopted the same day, listed judges …"; not "the
    # sanctions listed below", "listed in Annex I": the participle of a list)
    # ("Ottawa's package hits the state airline, Belavia": a package's blow has a target)
    rf"(?P<verb>targets?|names|(?<=package\s)hits|listed(?!\s+(?:below|above|here|in|on|under|at)\b)|cover(?:s|ed)?|"
    r"(?<=list\s)(?:has|have)\s+(?:since\s+)?(?:grown|expanded|widened)\s+to\s+(?:cover|include))\s+"
    rf"(?!(?:the|a|an)\s+(?:same|most|hardest)\b){TARGET}"
)
# "the potash sector, blacklisted by Washington in 2021"
BLACKLISTED_BY_RE: Final = re.compile(
    r"\b(?P<target>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    # ("The airline, designated by the U.S. in August 2023, had kept …")
    r"(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*,\s+(?:first\s+)?"
    # ("Belavia, restricted by the United States since August 2023, …")
    # (the agent after it read as a passive's: "by the United States")
    r"(?P<verb>sanctioned|blacklisted|designated|listed|restricted)(?=\s+by\b)"  # (not "based in Salihorsk,")
)
IMPOSERS: Final = lx.table("sanctions", "imposers")
# the powers by any name, initials or adjective ("European Union", "EU", "Washington", "British")
POWER_NAMES: Final = lx.alternation(
    sorted({*IMPOSERS, *lx.table("sanctions", "imposer_adjectives")}, key=len, reverse=True)
)
# a power by its initials or its adjective ("US", "EU", "American"), as the tables give them
POWER_WORDS: Final = lx.alternation(
    [name for name in IMPOSERS if name.replace(".", "").isupper()]
    + list(lx.table("sanctions", "imposer_adjectives"))
)
# "The US potash delisting last month", "the American potash relief": a power's relief
# named by its goods
NOUN_RELIEF_RE: Final = re.compile(
    rf"\b(?P<power>{POWER_WORDS})\s+"
    r"(?!sanctions\b)(?P<target>[a-z][\w-]*)\s+(?P<verb>(?P<lift>delisting)|(?P<ease>relief))\b"
)
# "Belaruskali, the state potash giant, was hit by US measures in 2021"
HIT_BY_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})"
    rf"{APPOSITIVE}?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|first\s+)?(?P<verb>hit)\s+"
    r"(?:with|by)\s+(?:(?P<power>[A-Z][\w.]*)\s+)?(?:[a-z]+\s+){0,2}?(?:sanctions|measures|restrictions)\b"
)
# (not "The delisting follows the release": the noun, with its own verb after it)
DELISTED_RE: Final = re.compile(
    # (not "the US potash delisting last month": when, not whom)
    # ("A delisting does not by itself authorize an export": the noun after an article)
    # (not "Belavia was delisted in November": the passive, its target before)
    rf"(?<![Tt]he\s)(?<![Tt]his\s)(?<![Tt]hat\s)(?<![Aa]\s)(?<![Aa]ny\s)(?<![Ee]ach\s)"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
    rf"\b(?P<verb>(?P<lift>delist(?:ed|s|ing)))\s+"
    # (not "A full delisting would come later": the noun, its verb after it)
    r"(?!(?:would|will|could|may|might|is|was|has|had|does|did|can)\b)"
    rf"(?!(?:last|this|next|earlier|later)\s){TARGET}"
)
# "imposed an asset freeze and a travel ban on 25 judges": the measures by their own names
PENALTY: Final = r"(?:an?\s+|the\s+)?(?:national\s+|own\s+)?(?:asset\s+freezes?|travel\s+bans?|entry\s+bans?|visa\s+bans?|arms\s+embargo)"
PENALTY_RE: Final = re.compile(
    # ("adopted a third round of asset freezes and travel bans in December against …")
    rf"\b{VERB}\s+(?:(?:a|an|the|its)\s+(?:[a-z]+\s+)?(?:round|package|set|wave)\s+of\s+)?"
    # ("Brussels adopted it this morning, after …: asset freezes and travel bans on …": what
    # "it" was, after a colon)
    r"(?:(?:it|them)\b[^.;:\"“”]{0,70}:\s+)?"
    # ("imposed targeted financial sanctions and travel bans on …")
    r"(?:(?:targeted\s+|financial\s+|economic\s+|new\s+)*(?:sanctions|export\s+controls)\s*,?\s+and\s+)?"  # ("export controls and an asset freeze on")
    rf"{PENALTY}(?:\s*,?\s+and\s+{PENALTY})?\s+"
    # ("announced asset freezes of their own on Belarusian officials": another power's too)
    r"(?:of\s+(?:its|their|his|her)\s+own\s+)?"
    rf"(?:{WHEN_BETWEEN})?(?:on|against)\s+{TARGET}"
)
# A measure in force told as background: "Belarus has faced Western sanctions since 2020",
# "The airline, Belavia, has been under U.S. restrictions since 2023".
_UNDER_GOODS: Final = lx.alternation(lx.words("sanctions", "goods"))
UNDER_RE: Final = re.compile(
    # ("potash, which remains under US sanctions", "… and that potash has been under …": goods)
    rf"\b(?P<target>(?:{_UNDER_GOODS})(?=\s*,\s+(?:which|that)\s)|(?:(?<=\bthat\s)|(?<=\bwhile\s))(?:{_UNDER_GOODS})(?=\s+(?:has\s+been|remains|is)\s+under\s)|"
    # ("Belaruskali and the potash trade remain under US sanctions")
    rf"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,4}}(?:(?:\s+[a-z][\w-]*)?\s+(?:{DESCRIBED_HEAD}))?"
    # ("Belaruskali and the rest of the potash sector remain under …")
    r"(?:\s+and\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?(?=\s+(?:remain|are|were|have|has)\b))?|"
    # ("Belarusian potash exports have been subject to …": goods by their country's adjective)
    rf"(?=[A-Z][a-z]+\s+[a-z])(?:{lx.DEMONYM_WORDS})\s+[a-z][\w-]*(?:\s+(?:exports|imports|sales|shipments))?|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD}))"
    # "Potash, the country's main export, remains under …"; "the airline that has been under …"
    # ("Lukashenko himself is under …", "Lukashenko, who has been under …")
    rf"{APPOSITIVE}?(?:\s*,?\s+(?:that|which|who)|\s+(?:himself|herself|itself))?"
    r"\s*,?\s+(?:has\s+|have\s+|had\s+)?"
    # ("Belarusian potash falls under EU sanctions")
    r"(?:long\s+|also\s+|still\s+)?(?P<verb>faced?|faces|been\s+under|been\s+subject\s+to|"
    r"f(?:all|alls|ell|allen)\s+under|"
    # ("Belarusian potash sits under US sanctions imposed in August 2021")
    # ("Naftan, the refinery in Novopolotsk, works under US sanctions")
    r"come\s+under|(?:remain(?:s|ed)?|sits?|sat|stays?|stayed|works?|worked|operates?|operated)"
    r"\s+(?:still\s+)?under|"
    r"(?:is|are|was|were)\s+(?:still\s+|now\s+|also\s+)?under)\s+"
    rf"(?P<fill>{FILL}){MEASURE}\b"
)
ALLOW_RE: Final = re.compile(
    r"\b(?P<verb>allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|authori[sz](?:es|ed|ing|e)|"
    r"grant(?:s|ed|ing)?(?=[\w’'. ]{1,40}?\blicen[cs]es?\b))\s+"
    # ("authorized Belarus's state airline, Belavia, to service …": the name after what it is)
    r"(?:[A-Z][\w.]*[’']s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*(?=[A-Z]))?"
    r"(?!to\s)(?P<party>[\w’'. ]{1,40}?)"
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,40}?,|\s*,(?=\s+to\s))?"  # "Belavia, the state airline,"
    r"\s+to\s+(?:(?:buy|purchase|repair|import|export|acquire|service|sell|"
    r"resume|maintain|obtain|receive)(?:\s*,\s*|\s+(?:and|or)\s+|\s+))+"
    r"(?P<target>[^,.;:()—–\"“”]{3,80}?)(?=\s*(?:[,.;:()—–\"“”]|$|\band\s+other\b|\bin\s+exchange\b))"
)
# The monitored states, which designate their opponents "extremists" (no sanction on them) and
# after which sanctions programmes are named ("its Belarus sanctions"): see no_designators.
NO_DESIGNATORS: Final = frozenset(lx.words("sanctions", "no_designators"))
