"""The shapes in which a listing is told by its list: added to, removed from, put on or
still on a sanctions list ("removed Belavia from the SDN list", "Belavia remains on the EU
sanctions list", "Stroymash-Holding itself remains listed", "The entry for X is deleted from
Annex I"); and those a listing named: "Those designated include …", "The refiner Naftan and
the carmaker MAZ were added to the EU's list", "… are among the state enterprises listed"."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.sanction_shapes import APPOSITIVE, DESCRIBED_HEAD, IMPOSERS, STOP, TARGET
from doorwatch.extract.sentences import TITLE_STOP

# the kinds of target a group of them is counted by ("hundreds of Belarusian officials")
_KINDS: Final = (
    r"officials|companies|firms|entities|individuals|enterprises|banks|businesses|people|judges|"
    r"prosecutors"
)
# a target that does not run on into a second clause ("X in May and struck Y off the list")
CLAUSE_TARGET: Final = (
    r"(?P<target>(?:(?!\band\s+(?:[a-z]+ed|struck|took|put)\b)[^,.;:()—–\"“”]){1,80}?)" + STOP
)
LIST_RE: Final = re.compile(
    rf"\b(?P<verb>(?P<lift>remov(?:ed|es|ing|e)|delist(?:ed|s|ing)?|struck|strik(?:es|ing|e)|"
    # ("took Belavia off its sanctions list")
    r"t(?:ook|akes|aking|ake)(?=[^.;:]{1,60}?\boff\b))|"
    rf"(?P<impose>add(?:ed|s|ing)?))\s+{CLAUSE_TARGET}"
    rf"{APPOSITIVE}?"  # "Belaruskali, the potash giant,"
    # ("the Minsk Wheeled Tractor Plant, which builds chassis for …, to the freeze list")
    r"(?:\s*,\s*which\s+[^,.;:()\"“”]{1,80},)?"
    # ("Belaruskali OAO and its trading arm, Belarusian Potash Company, from …": the name of
    # what the list's last item describes)
    # ("further Belarusian enterprises, including the truck maker MAZ, to its own list": the
    # named part of those added)
    r"(?:\s*,\s*(?:(?:including|among\s+them)\s+(?=(?:[a-z]+\s+){0,4}[A-Z]))?"
    r"(?P<apposed>(?:(?<=including\s)|(?<=them\s))[^,.;:()\"“”]{1,60}|[A-Z][^,.;:()\"“”]{1,60}),)?"
    # ("from the Treasury's sanctions list": whose list, by its possessive)
    # ("to the Swiss freeze list", "from the Treasury's list": whose list it is)
    r"\s+(?:from|to|off)\s+(?:the|its|their|a)?\s*(?:(?P<named>[\w’'.]+)\s+)?"
    # ("from the Specially Designated Nationals (SDN) List": the list by its name)
    # ("added Neman to its asset-freeze list")
    # ("from the Specially Designated Nationals and Blocked Persons List": its full name)
    r"(?:(?:sanctions?|SDN|Specially\s+Designated\s+Nationals(?:\s+and\s+Blocked\s+Persons)?|"
    r"(?:asset[\s-])?freeze|blocking|consolidated)\s*[Ll]ists?|"
    r"blacklist|"
    # ("to the EU list": a list named by a power's word, read where the word names one)
    r"(?<=[A-Z]\s)(?P<adj>lists?)\b|"
    # ("to Canada's list": whose list, by its owner's name; not "Viasna's list of political
    # prisoners")
    r"(?<=[’']s\s)lists?\b(?!\s+of\b)|"
    # ("Canada added officials and state companies to its own list", "… to their own lists")
    r"(?<=own\s)(?P<ownlist>lists?)\b|"
    # ("took Belarusian potash off its list": only a sanctioning power takes a target off)
    r"(?:(?<=\boff\sits\s)|(?<=\boff\sthe\s))lists?\b|"
    # ("Washington could add more officials to the list": a list no word names, read where a
    # sanctioning power named before the verb adds to it)
    r"(?:(?<=\sto\sthe\s)|(?<=\sto\sits\s))(?P<plainlist>lists?)\b(?!\s+of\b)|"
    # ("removed Belavia from its restrictions": the measures themselves)
    r"(?:(?<=its\s)|(?<=their\s))(?:restrictions|sanctions)\b|"
    # ("to the list of people barred from entering Poland")
    r"list\s+of\s+(?:\w+\s+)?(?:blocked|sanctioned|designated|banned|barred)|"
    # ("removed Belavia from the list of Specially Designated Nationals": the list by its name)
    r"list\s+of\s+Specially\s+Designated\s+Nationals)"
)
# "The US Treasury included in the sanctions list the state enterprise Belaruskali": the list
# before those put on it
LIST_FIRST_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>added|included|adds|includes))\s+(?:to|in|on)\s+(?:the|its|their)\s+"
    r"(?:[A-Z][\w.]*\s+)?(?:sanctions?|SDN|blocking|consolidated)\s+[Ll]ist\s+"
    r"(?!(?:of|for|in|on|since|as|and|which|that)\b)" + CLAUSE_TARGET
)
# a power's sanctions list, after "on": "the European Union's sanctions list", "US sanctions
# lists", "the EU list", "the American list"
_POWER_LIST: Final = (
    # ("on the European Union's sanctions list": whose list, by its possessive)
    # ("on US sanctions lists": no determiner before a power's lists)
    r"(?:(?:the\s+)?(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})[’']s\s+|"
    r"(?:(?:the|its|their)\s+)?(?:(?P<named>[A-Z][\w.]*)\s+)?)"
    r"(?:(?:sanctions?|blocking|consolidated)\s+[Ll]ists?|blacklists?|SDN\s+[Ll]ist|"
    # ("on the Specially Designated Nationals and Blocked Persons List ("SDN List")")
    r"Specially\s+Designated\s+Nationals(?:\s+and\s+Blocked\s+Persons)?\s+[Ll]ist"
    r"(?:\s*\(\W*SDN\s+[Ll]ist\W*\))?|"
    # ("on the EU list": a power's list is its sanctions list)
    # ("remains on the EU's list": a power's list by its possessive, read where the power is
    # one that sanctions)
    r"(?<=[A-Z]\s)[Ll]ist|(?<=[A-Z]\.\s)[Ll]ist|(?<=[’']s\s)(?P<bare>[Ll]ist)|"
    # ("remains on the American list": a power's adjective, read where it names a power)
    r"(?(named)(?P<adj>[Ll]ist)|(?!)))\b"
)
# "Belavia remains on the EU sanctions list", "the carrier is still on the blacklist": a
# measure in force told by where its target stands
ON_LIST_RE: Final = re.compile(
    # ("Belinvestbank and Bank Dabrabyt have been on …": names joined by "and")
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"
    r"(?:\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})?|"
    rf"[Tt]he\s+(?:[a-z][\w’'-]*\s+){{0,2}}(?:{DESCRIBED_HEAD})|"
    # ("Hundreds of Belarusian officials and companies remain on …": a group by its kind)
    r"(?<![\w,] )(?:[Hh]undreds|[Dd]ozens|[Ss]cores|[Tt]housands)\s+of\s+[A-Z][a-z]+\s+"
    rf"(?:{_KINDS})(?:\s+and\s+(?:{_KINDS}))?)"
    # ("Belavia, freed from US sanctions in November, also remains on the EU list")
    # ("BelAZ, which is also on the EU list"; "Grodno Azot itself has been on …")
    # ("Grodno Azot, the fertilizer maker that has been on …": the clause inside its description)
    r"(?:\s*,\s*[^,.;:()\"“”]{1,60},|\s*,\s*(?:which|who)|\s+(?:it|him|her)self|"
    r"\s*,\s*(?:the|a|an)\s+[^,.;:()\"“”]{1,60}?\s+(?:that|which|who))?\s+(?:also\s+|still\s+)?"
    # ("have sat on the European Union's sanctions list for years")
    r"(?P<verb>remain(?:s|ed)?|stay(?:s|ed)?|sits?|sat|is|are|was|were|"
    r"(?:has|have|had)\s+(?:long\s+|(?:it|him|her)self\s+)?(?:been|sat))\s+(?:still\s+|also\s+)?on\s+"
    rf"{_POWER_LIST}"
)
# "The former head of Akrestsina, on the EU's sanctions list since 2020, has never been
# charged": a target an aside tells is on a power's list; "• Belaruskali: still on the UK
# sanctions list": a digest's item, the target before a colon
ON_LIST_ASIDE_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+and\s+[A-Z][\w’'.-]*)?|"
    r"[Tt]he\s+(?:[a-z][\w’'-]*\s+){1,3}of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
    r"\s*(?:,|(?P<colon>:))\s+(?:(?:still|also|already|long)\s+)?(?:(?:remains|is|stays)\s+)?"
    rf"(?P<verb>on)\s+{_POWER_LIST}"
    r"(?:\s+(?:since|from)\s+[A-Z0-9][\w]*(?:\s+\d{4})?)?(?(colon)(?=\s*(?:[.;]|$))|\s*,)"
)
# "The following entities have been added to OFAC's SDN List: Belshina and Naftan": those a
# listing names after a colon
LISTED_AFTER_COLON_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>added|designated|listed|included)|(?P<lift>removed|deleted|delisted))"
    # ("OFAC added the following entities to the SDN List: …": those counted, then named)
    r"\s+(?:(?:the\s+following|these|those|\d+|two|three|four|five|several)\s+[^.;:]{0,40}?\s+)?"
    r"(?:to|on|in|from)\s+"
    r"(?:(?:the\s+)?(?P<power>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})[’']s\s+|"
    r"(?:(?:the|its|their)\s+)?(?:(?P<named>[A-Z][\w.]*)\s+)?)"
    r"(?:(?:sanctions?|SDN|consolidated|asset[\s-]freeze|blocking)\s+)?(?:[Ll]ists?|blacklist)"
    r"\s*:\s*(?P<target>[^.;:()\"“”\n]{1,200}?)(?=\s*(?:[.;\n]|$))"
)
# "The EU put BMZ on its asset-freeze list in December 2021": a listing told by where it was put
PUT_ON_LIST_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>put|puts|putting|placed|places|placing))\s+"
    # (not "He was placed on the EU's list in 2024 and on the UK's list …": the passive)
    r"(?!on\s)(?P<target>[^,.;:()—–\"“”]{1,80}?)"
    # ("put Viktar Chaika, chairman of the Minsk City Bar Association, on its list", "put our
    # colony head, Colonel Alena Novik, on its list": who the one put there is)
    r"(?:\s*,\s*(?P<apposed>[^,.;:()\"“”]{1,60}),)?"
    r"\s+on\s+(?:the|its|their)\s+(?:[\w’'.-]+\s+){0,2}?(?:lists?|blacklist)\b"
)
# "The European Union adopted its first list of about forty officials in early October": a
# power's list drawn up, and those on it
LIST_ADOPTED_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>adopted|adopts|published|publishes|issued|issues|approved|"
    r"approves|drew\s+up|draws\s+up))\s+(?:its|their|a|the)\s+"
    r"(?:(?:first|new|initial|second|third|latest|own)\s+)*(?:sanctions\s+|blacklist\s+)?"
    r"list\s+of\s+"
    # (those it names: a count of a kind, or names; not "a list of demands")
    rf"(?=(?:(?:about|some|around|nearly|almost|more\s+than|over|at\s+least)\s+)?"
    rf"(?:\d+|[a-z]+(?:-[a-z]+)?|dozens|hundreds)\s+(?:[\w-]+\s+)?(?:{_KINDS})\b|[A-Z])"
    rf"{CLAUSE_TARGET}"
)
# "London added Belaruskali to its list": a power's own list, named by "its" alone, where the
# power itself is the subject (not "Viasna added 25 names to its list"), or the subject of a
# first clause the verb joins ("The United States sanctioned X in 2021 and added Y to its list")
POWER_ADDED_RE: Final = re.compile(
    rf"\b(?P<power>{lx.alternation(IMPOSERS)})\s+(?:(?:[a-z]+\s+){{0,3}}?|"
    r"(?:[a-z]+\s+){0,2}?[a-z]+ed\s+[^.;:()\"“”]{1,80}?\s+and\s+)"
    # (one named, "Belaruskali", "the truck maker MAZ": not "25 people", whom a count gives)
    r"(?P<verb>(?P<impose>added|adds))\s+(?=(?:the\s+(?:[a-z][\w-]*\s+){0,3})?[A-Z])"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)"
    # ("added Belavia, the Belarusian national carrier, to its list of blocked entities": what
    # the one added is; a list of those blocked or sanctioned, not "its list of political
    # prisoners")
    r"(?:\s*,\s*(?:the|its|a|an)\s+[^,.;:()\"“”]{1,60},)?\s+to\s+(?:its|their)\s+lists?\b"
    r"(?!\s+of\b(?!\s+(?:[\w-]+\s+){0,2}?(?:blocked|sanctioned|designated|banned|barred)\b))"
)
# "The U.S. delisted the airline in November"
# "The entry for OOO Gardservis is deleted from Annex I": a listing ended, told by its entry
# "The Council's implementing act deleted the entries of Viktar Lazouski": the same, active
ENTRY_DELETED_ACTIVE_RE: Final = re.compile(
    r"\b(?P<verb>(?P<lift>deleted|deletes|deleting|removed|removes|removing))\s+the\s+"
    r"(?:entry|entries|listing|listings|designation|designations)\s+(?:for|of|concerning)\s+"
    rf"{TARGET}"
)
# "Stroymash-Holding itself remains listed": a listing in force, told of its target
REMAINS_LISTED_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    # ("Belaruskali OAO and its marketing arm, Belarusian Potash Company, remain blocked")
    r"(?:\s+and\s+(?:its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)"
    r"(?:\s*,\s*(?P<apposed>[A-Z][^,.;:()\"“”]{1,60}),)?"
    # ("Belaruskali, first designated in 2021, remains blocked": an aside on the listing)
    rf"{APPOSITIVE}?"
    r"(?:\s+itself)?\s+(?:still\s+)?(?P<verb>remains?|remained|stays?|stayed)\s+(?:still\s+)?"
    r"(?:listed|designated|sanctioned|blacklisted|blocked|"
    r"on\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}list)\b"
)
# "Belavia is removed from Annex I with effect from 15 November", "The Regulations add 22
# individuals and 3 entities to Schedule 1": a legal act's list, by its annex or schedule
_ANNEX: Final = r"(?:the\s+)?(?:Annex|Schedule)\s+(?:[IVX]+|\d+)\b"
ANNEX_PASSIVE_RE: Final = re.compile(
    r"\b(?P<target>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|shall\s+be)\s+"
    rf"(?P<verb>(?P<lift>removed|deleted)|(?P<impose>added|included|listed))\s+(?:from|to|in)\s+{_ANNEX}"
)
ANNEX_ACTIVE_RE: Final = re.compile(
    r"\b(?P<verb>(?P<impose>add(?:s|ed)?|include[sd]?)|(?P<lift>remove[sd]?|delete[sd]?))\s+"
    # (a name, or one described: not "adds 15 natural persons to the list in Annex I", a count)
    r"(?P<target>(?:the\s+(?:[a-z][\w-]*\s+){0,3})?[A-Z]"
    rf"(?:(?!\s(?:to|from|in)\s+(?:the\s+)?(?:list|Annex|Schedule)\b)[^.;:()—–\"“”]){{0,118}}?)"
    r"\s+(?:to|from|in)\s+(?:the\s+list\s+(?:set\s+out\s+)?in\s+)?"
    rf"{_ANNEX}"
)
ENTRY_DELETED_RE: Final = re.compile(
    r"\b(?:[Tt]he\s+)?(?:entry|entries|listing|listings|designation|designations)\s+"
    r"(?:for|of|concerning)\s+(?P<target>[^,.;:()—–\"“”]{1,80}?)\s+"
    r"(?:is|are|was|were|has\s+been|have\s+been|shall\s+be)\s+"
    r"(?P<verb>(?P<lift>deleted|removed|struck\s+off|withdrawn))\b"
)
# "• BELARUSKALI OAO (BELARUS-EO14038), designated August 2021;": a list's item that names a
# target, its programme's code, and when it was listed
ITEM_DESIGNATED_RE: Final = re.compile(
    r"(?<![^\n])[ \t]*(?:[•◦▪‣·*–—-]|\d{1,2}[.)])[ \t]+"
    r"(?P<target>[A-Z][\w’'.&-]*(?:[ \t]+[A-Z][\w’'.&-]*){0,5})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*,[ \t]+(?:(?:first|originally)[ \t]+)?"
    r"(?P<verb>designated|listed|sanctioned|blacklisted)"
    rf"(?=[ \t]+(?:(?:on|in)[ \t]+)?(?:\d{{1,2}}[ \t]+)?(?:{MONTH_PATTERN}|(?:19|20)\d\d)\b)"
)


# "Those designated include the head of Penal Colony No. 4 in Gomel, …, and the Department of
# Corrections …": who a listing named, each item a target ("No." inside an item is no full stop)
_LIST_GOES_ON: Final = r"\s+(?:and\s+)?(?:[A-Z][\w’'-]*\s+[A-Z0-9]|(?:the|his|her|its)\s)"
THOSE_LISTED_RE: Final = re.compile(
    r"\b(?P<verb>(?:(?:[Tt]hose|[Tt]he\s+(?:people|individuals|persons|entities|companies|officials))\s+"
    r"(?:already\s+|newly\s+|now\s+)?(?:designated|listed|sanctioned|targeted|blacklisted|affected|added)"
    # ("The persons added to the Consolidated List are …": where they were added)
    r"(?:\s+to\s+(?:the\s+|its\s+)?(?:[\w.’'-]+\s+){0,3}?(?:[Ll]ist|[Rr]egulations|[Aa]nnex(?:\s+[IVX]+)?))?"
    # ("The persons listed include judges of …": the verb after the participle)
    r"(?:\s+(?:also\s+)?(?:include[sd]?|are|were)(?=\s+(?:the\s|[a-z]+\s|[A-Z])))?"
    # ("The three entities are the state-owned Belarusian Railway, …")
    # ("The entities are OJSC BelAZ, … and OJSC Minsk Automobile Plant (MAZ)")
    r"|[Tt]he\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:people|individuals|persons|entities|companies|officials|banks)(?=\s+are\b)"
    # ("The targets are 10 individuals, including Mr. Viktor Khrenin, …")
    r"|[Tt]he\s+(?:new\s+)?targets"
    # ("They include members of the Security Council and Naftan": after a count of them)
    r"|They(?=\s+include[sd]?\s)"
    # ("The individuals include Defence Minister Viktor Khrenin and …": after a count of them)
    r"|[Tt]he\s+(?:individuals|entities|persons|companies|banks|enterprises)(?=\s+includ)"
    # ("The persons subject to the measures are President Alexander Lukashenko and …")
    r"|[Tt]he\s+(?:people|individuals|persons|entities|companies)\s+subject\s+to\s+the\s+"
    r"(?:measures|sanctions|restrictions)(?=\s+(?:are|were|include)\b)"
    # ("The listed entities include the state airline Belavia, …")
    r"|[Tt]he\s+(?:listed|designated|sanctioned)\s+(?:people|individuals|persons|entities|companies|officials)"
    # ("The renewed listings include Alexander Lukashenko as well as …")
    # ("The list includes the truck maker BelAZ, …": the list a measure just added to)
    # ("The EU list included …": whose list it is names the power)
    r"|[Tt]he\s+(?:(?P<named>[\w.]+)\s+)?(?:listings|designations|names|(?:sanctions\s+)?lists?)"
    # ("its listings included …", "Washington's designations included …": whose they are)
    r"|(?:[Ii]ts|[Tt]heir|(?P<power>[A-Z][\w.]*)[’']s)\s+(?:(?:new|first|latest)\s+)?"
    r"(?:listings|designations))"
    # ("The first designations under it, on the same day, included …": under an order, when)
    r"(?:\s+under\s+(?:it|(?:the|this|that)\s+(?:order|regulation|decree|programme|program)))?"
    r"(?:\s*,\s*on\s+[^,.;:()\"“”]{1,30},)?"
    # ("The new names, added to the … Regulations on 9 August 2025, include …")
    r"(?:\s*,\s*(?:added|adopted|published|announced|agreed)\b[^,;:.\"“”]{1,100},)?"
    # ("The persons added on 6 November 2020 include …")
    r"(?:\s+(?:today|on\s+\w+day|this\s+\w+|on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
    r"on\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|in\s+[A-Z][a-z]+(?:\s+\d{4})?))?\s+(?:also\s+)?(?:includ(?:e|es|ed)|"
    # ("The entities sanctioned today are the state broadcaster …": who, named after the verb)
    r"(?:are|were)(?=\s+(?:the\s|[A-Z0-9])))"
    # ("Among those designated is Belaruskali OAO, …"; "Among the entities are the state
    # airline Belavia, …": those of the listing just told)
    # ("… designated 23 individuals and 21 entities. Among them is Belaruskali OAO")
    # ("The entity listed is the state television company ONT": one, named after "is")
    r"|[Tt]he\s+(?:entity|individual|person|company|bank|enterprise)\s+"
    r"(?:designated|listed|sanctioned|added)(?:\s+today)?\s+(?:is|was)(?=\s+(?:the\s|[A-Z]))"
    r"|[Aa]mong\s+them\s+(?:is|are|was|were)(?=\s+(?:the\s|[A-Z]))"
    # ("Among the most prominent targets was the Moscow Exchange")
    r"|[Aa]mong\s+the\s+(?:[a-z]+\s+){0,2}targets\s+(?:is|are|was|were)(?=\s+(?:the\s|[A-Z]))"
    r"|[Aa]mong\s+(?:those|the\s+(?:people|individuals|persons|entities|companies|officials))\s+"
    # ("Among the entities added are …")
    r"(?:(?:\w+\s+)?(?:designated|listed|sanctioned|targeted|added)(?:\s+\w+)?"
    # ("Among those designated by the Department of the Treasury are …": the agent named)
    r"(?:\s+by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w.]*){0,4})?\s+)?"
    r"(?:is|are|was|were)"
    # ("Also designated today are Grodno Azot, …": the verb before those it names; "Designated
    # today is Belaruskali OAO, …" opening the sentence)
    r"|(?:[Aa]lso\s+|(?<=[.!?]\s)|(?<=\n)|(?<=^))(?:newly\s+)?"
    r"(?:[Dd]esignated|[Ll]isted|[Ss]anctioned|[Tt]argeted|[Bb]lacklisted|(?<=lso\s)added)"
    r"(?:\s+(?:today|on\s+\w+day|this\s+\w+))?\s+(?:is|are|was|were)(?=\s+(?:the\s|[A-Z])))\s+"
    # ("the Minsk Automobile Plant (MAZ)": a parenthesis inside an item)
    # (a quoted word inside an item: "which has aired forced “confessions” of activists")
    # ("including Mr. Viktor Khrenin": an abbreviation's full stop is no sentence's)
    # ("… include A, its president; B, his adviser; and C": items between semicolons)
    rf"(?P<target>(?:[^.;:—–]|{TITLE_STOP}|"
    rf";(?={_LIST_GOES_ON})){{1,400}}?)"
    rf"(?=\s*(?:;(?!{_LIST_GOES_ON})|:|(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)\.)|$|"
    # ("…, both found to have arranged visas …": what the items did, no item of its own)
    r",\s+(?:both|all|each)\s+(?:[a-z]+ed|found|held|known|seen|made|built|run)\b|"
    # ("…, both of which, according to the NSDC, supply …": a clause on the items)
    r",\s+(?:both|all|each|some|most)\s+of\s+(?:which|whom)\b)"
)
# "The refiner Naftan and the carmaker MAZ were added to the EU's list": those a listing
# reached, the sentence's subject (not "Viasna … said 35 people had been added to its list")
SUBJECT_LISTED_RE: Final = re.compile(
    # ("— August 2023: the national air carrier «Belavia» is added to the list": a dated item)
    r"(?:(?<=[.;!?]\s)|(?<=\n)|(?<=^)|(?<=\d:\s)|(?<=\d\s—\s)|(?<=\d\s–\s))"
    # ("In addition, the potash producer Belaruskali … have been added": the sentence's link)
    # ("The Minister replied that 17 individuals had been added …": the reported clause)
    r"(?:(?:In\s+addition|Also|Meanwhile|Separately|Moreover|Furthermore|Additionally),\s+|"
    r"[^.;:\"“”]{0,80}?\b(?:said|says|replied|announced|confirmed|stated)\s+that\s+)?"
    # (not "In December alone, 50 people were added to the list": prisoners counted)
    # (nor "eighteen more were added to the list": a count of those named before)
    r"(?P<target>(?:(?!political\s+prisoner|said\s|(?:people|names)\b|more,?\s+(?:were|have|had)\b)"
    r"[^.;:()—–\"“”]){1,200}?),?\s+"
    # ("In November 2020 Lukashenko is included into the EU list": a chronicle's present)
    # (in the present only a power's or a sanctions list: "new names are added to the list"
    # is a count of prisoners growing)
    r"(?:(?:have|has|had)\s+(?:also\s+)?been|were|was|(?:is|are)(?=\s+(?:also\s+)?[a-z]+\s+"
    r"(?:to|on|in|into)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w.]*|[\w-]+\s+sanctions?)\s))"
    r"\s+(?:also\s+)?"
    # ("… were cut off from SWIFT by the European Union"; "to the Canadian sanctions list")
    r"(?P<verb>added|listed|included|cut\s+off(?=\s+from\s+(?:the\s+)?SWIFT\b))\s+"
    r"(?:(?:to|on|in|into)\s+(?:the\s+|its\s+|their\s+)?(?:(?P<named>[A-Z][\w.]*)(?:[’']s)?\s+)?"
    r"(?:[\w-]+\s+){0,2}?list\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:entities|persons|individuals|companies))?"
    r"|from\s+(?:the\s+)?SWIFT\b)"
    # ("…, together with the fertiliser maker Grodno Azot": one more, after the list)
    r"(?:\s*,\s*(?:together|along)\s+with\s+(?P<more>[^,.;:()—–\"“”]{1,80}?))?"
    r"(?=\s*[.;,]|$|\s+(?:by|in|on|since|after|from|last|this)\b)"
)
# "Grodno Azot and Naftan are among the state enterprises listed": the same, as some of many
SUBJECT_AMONG_RE: Final = re.compile(
    r"(?:(?<=[.;!?]\s)|(?<=\n)|(?<=^))(?P<target>[^.;:()—–\"“”]{1,200}?)\s+(?:is|are|was|were)\s+"
    r"(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[a-z]+s\s+(?:newly\s+)?"
    r"(?P<verb>added|listed|designated|sanctioned|targeted|blacklisted)\b"
)
# "25 individuals and seven entities have been added to the list of persons subject to
# financial sanctions, among them the state-owned Minsk Tractor Works and …"
ADDED_AMONG_RE: Final = re.compile(
    r"\b(?:have|has|had|were|was)\s+(?:been\s+)?(?P<verb>added|listed|designated)\s+to\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}list\b[^.;:]{0,100}?,\s+"
    r"(?:among\s+them|including)\s+(?P<target>[^,.;:()—–\"“”]{1,160}?)" + STOP
)
