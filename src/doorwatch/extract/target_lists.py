"""A measure's target as written, split into its targets: the items of a list ("on
Belshina, MAZ and the potash trade"), each without what is said of it (its date, its route,
a relative clause, a count's determiners), goods by their usual name; and the words after a
target that carry on its list or add a second trade to the same ban."""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx
from doorwatch.extract.dates import MONTH_PATTERN
from doorwatch.extract.sanction_shapes import IMPOSERS, NEXT_MEASURE_VERBS, STOP, TRADE_NOUNS
from doorwatch.extract.targets import PERSON_NAME_RE

# the nouns that count a target's members without naming them ("a further group of Russian
# lawmakers", "a number of companies"): how many, not who
_QUANTITY_NOUNS: Final = r"group|number|series|handful|batch|raft|string|wave|host|slew|clutch"

DET_RE: Final = re.compile(
    # "25 more individuals": determiners and counts may stack
    # ("more than 190 Belarusian individuals": a count's qualifier with it)
    r"^(?:(?:(?:(?:well|far)\s+)?(?:more|fewer|less)\s+than|at\s+least|nearly|almost|about|around|"
    r"(?:well\s+|just\s+)?over|up\s+to|"
    # ("a further group of Russian lawmakers", "a number of companies": how many, not who)
    r"(?:a|an|another)\s+(?:(?:new|further|second|third|fresh|small|large|wider)\s+)?"
    rf"(?:{_QUANTITY_NOUNS})\s+of|"
    # ("only some grades of potassium chloride": which kinds, not what)
    r"only|(?:grades|kinds|types|categories|forms)\s+of|"
    # ("a list of officials and propagandists": those listed)
    r"(?:a|an)\s+list\s+of|"
    r"a\s+dozen|the|its|their|his|her|some|a|an|all|several|more|other|further|\d[\d,]*|two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"a\s+dozen|hundred|thousand|(?:dozens|hundreds|thousands)"
    r"\s+of)\s+)+",
    re.IGNORECASE,
)

# One item of a list of targets: up to four words, none a preposition, pronoun or adverb.
_ITEM: Final = (
    r"(?!(?:in|into|on|at|to|by|for|from|with|which|who|where|then|later|also|it|they|he|she|we|"
    # (", as Washington, London and Ottawa marked …": a clause of its own)
    # (", among other individuals and entities": those the list does not name)
    r"as|while|when|after|before|because|but|so|among)\b)"
    # (", and Europe has not moved": a clause of its own, not a target)
    r"(?!(?:[\w’'-]+\s+){1,2}(?:has|have|had|is|are|was|were|will|would|did|does|not)\b)"
    r"(?![a-z]+ing\b)"  # ", allowing repairs and …": a participle clause, not a target
    # (", and ban exports to …": a second verb of the same subject, not a target)
    rf"(?!(?:{lx.alternation(lx.words('sanctions', 'second_verbs'))})s?\s)"
    # ("… and the tyre maker Belshina and called for more": a verb in the past with its object)
    r"(?![a-z]+ed\s+(?:for|on|to|that|it|them|him|her|the|a|an|its|their)\b)"
    # ("…, and leaves the import bans on potash …": a verb in the present with its object)
    r"(?![a-z]{3,}s\s+(?:the|a|an|its|their)\s)"
    rf"(?!(?:{NEXT_MEASURE_VERBS})\s)"
    # (", and the import of Belarusian steel": a second trade, read as one (TRADE_AGAIN_RE))
    r"(?!(?:and\s+)?(?:the\s+)?(?:imports?|exports?|sales?|purchases?|transit|supply)\s+(?:of|to|from)\s)"
    # ("…, and Washington's designations of Belaruskali": a second measure, with its own targets)
    r"(?!(?:and\s+)?(?:[\w’'-]+\s+){0,2}(?:designations?|sanctions|bans?|restrictions|measures)\s+"
    r"(?:of|on|against)\s)"
    # ("the National Olympic Committee of Belarus")
    # (", run until 28 February": a verb with its time, not a target)
    # ("and a string of state enterprises": how many, before the words of the item)
    rf"(?:(?:a|an)\s+(?:{_QUANTITY_NOUNS})\s+of\s+)?"
    r"[\w’'-]{2,}(?:\s+(?:of\s+(?=[A-Z]))?"
    r"(?!(?:in|into|on|at|to|by|for|from|with|that|which|who|until|till|since)\b)"
    r"[\w’'-]{2,}){0,4}?"
)

# The rest of a list of targets after the first: ", Belshina and MAZ", ", oil and tobacco".
LIST_TAIL_RE: Final = re.compile(
    rf"(?:\s*,\s*{_ITEM}(?=\s*,|\s+and\s))*"
    r"\s*,?\s+and\s+(?!(?:the\s+)?(?:EU|US|U\.S\.|United|European|[A-Z]\w+\s+(?:said|added))\b"
    # (", and the wider EU ban on leasing …": a second measure, no item of the list)
    r"|(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:bans?|sanctions|measures|restrictions)\s+(?:on|against)\b)"
    rf"(?P<last>{_ITEM})"
    r"(?=\s*(?:[,.;:()—–\"“”]|$|\b(?:in|into|on|since|after|over|for|from|by|until|last|this|"
    # ("and five entities that generate revenue for the regime": what they do, not who)
    # ("potash, petroleum products and tobacco as well as access to …": a measure of
    # another kind after the list)
    r"that|which|who|whom|as\s+well\s+as)\b|"
    # ("gold, diamonds and helium and extends …": the subject's next verb after the list)
    # ("timber, cement, steel and rubber and cutting several banks off": a second participle)
    r"\s+and\s+[a-z]+(?:s|ed)\s+(?:the|a|an|its|their|to)\b|\s+and\s+[a-z]{3,}ing\s)"
    r")"
)

# ("… and on whether it is being evaded", "… and Washington still lists both": a question or a
# clause the sentence goes on to, no target)
_CLAUSE_RE: Final = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+(?:[a-z]+ed|said|says|"
    r"(?:still|also|now|already|again)\s+[a-z]+s)\b|(?:whether|how|why|what|when|where)\b"
)

_CAP_TAIL_RE: Final = re.compile(r"(?:[A-Z][\w’'.&-]*\s+)*[A-Z][\w’'.&-]*$")

# (a list's items may stand between semicolons: "A, its president; B, his adviser; and C")
# (not "flights to and from Belarus": one way both ways)
_SPLIT_RE: Final = re.compile(
    r"\s*[,;]\s*(?:and\s+|as\s+well\s+as\s+)?|(?<!\sto)\s+(?:and|&)\s+|\s+as\s+well\s+as\s+"
    # ("Belavia or Belaruskali": either of two names)
    # (not "Russian or Belarusian persons": two words of one noun)
    r"|(?<=[a-z])\s+or\s+(?=[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*(?:$|[,;]))"
)

_SEMICOLON_RE: Final = re.compile(r"\s*;\s*(?:and\s+)?")
# "the Minister of Transport and Communications, Aleksei Avramenko": a role, then its holder
_ROLE_THEN_NAME_RE: Final = re.compile(
    r"the\s+[^,;]{3,80},\s+(?:[A-Z][\w.’'-]*\s+){0,3}"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*(?=;|$)"
)
# ("on X and on the national airline", "apply to X, to Y and to Z")
PREP_START_RE: Final = re.compile(r"(?:on|against|to|of)\s+")
# a description between commas after a name: "the state exporter of fertilisers"
_DESCRIBED_PIECE_RE: Final = re.compile(r"the\s+[a-z][^,;A-Z]*$")
# a target that ends in a name ("Belavia", "the airline Belavia"), not a class of targets
NAME_END_RE: Final = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*$")

_OWNER_RE: Final = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+([a-z]+(?:\s+[a-z]+)?)")

_OWNED_ACTIVITIES: Final = frozenset(lx.words("sanctions", "owned_activities"))

_GOODS_ALIASES: Final = tuple(lx.table("sanctions", "goods_aliases").items())
_GOODS: Final = frozenset(lx.words("sanctions", "goods"))

# A second target after the first's date: "… on Belavia in November and on potash in December",
# "… since 2020, and on those supporting the war since 2022"
AND_ON_RE: Final = re.compile(
    # ("… on Belavia, in force since August 2023, and on Belaruskali")
    # ("… on Belaruskali, imposed in 2021, and on Belavia, imposed last August")
    r"(?:\s*,?\s+(?:(?:imposed|introduced)\s+)?(?:in|since|last|this|by|from)\s+[\w ]{1,25}?"
    # ("the designation of Belaruskali, dating from August 2021, and that of the airline
    # Belavia": when, told by a participle)
    r"|\s*,\s+dating\s+(?:back\s+)?(?:from|to)\s+[\w ]{1,25}?"
    # ("the US listing of Belaruskali (August 2021) and of the airline Belavia")
    r"|\s*\((?:since\s+|from\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\))?"
    # ("… on Belavia and, in December, on potash": the second's own date between)
    r"\s*,?\s+and(?:\s*,\s*(?:in|on|last|this|later\s+in)\s+[\w ]{1,25}?,)?\s+"
    # ("… on Belavia in October and its sanctions on potash in December", "and those on …")
    r"(?:(?:its|their|the)\s+(?:[\w-]+\s+)?(?:sanctions|restrictions|measures|penalties|bans?)\s+"
    r"|those\s+|that\s+(?=of\s))?(?:on|against|(?<=that\s)of|(?<=\sand\s)of|"
    # ("restricted trade in potash and in petroleum products": goods, not "and in December")
    r"(?<=\sand\s)in(?=\s+(?!(?:particular|part|addition|response|return|exchange|turn|force|"
    r"place|effect|the|a|an|its|their|this|that)\b)[a-z]))\s+"
    r"(?P<second>[^,.;:()—–\"“”]{1,80}?)" + STOP
)

_TOGETHER_WITH_RE: Final = re.compile(
    # ("The EU listed Belavia too, along with the travel firm Tsentrkurort")
    r"(?:\s+(?:on|in|since|last|this)\s+[\w ]{1,25}?)?(?:\s+(?:too|also|as\s+well))?\s*,\s+"
    r"(?:together|along)\s+with\s+"
    # (names to the sentence's end: not "…, together with Canada, were a response to …")
    r"(?P<more>(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?[A-Z][^,.;:()—–\"“”]{0,60}(?:,\s+[A-Z][^,.;:()—–\"“”]{0,60})*)(?=\s*[.;]|$)"
)

# "on Alexander Lukashenko, on his son Viktor and on six other senior officials": each target
# after the first with its own preposition, the last after "and"
_PREP_ITEM: Final = (
    # ("the designations of Lukashenko, of his inner circle and of Naftan": "of" after a
    # measure's noun; not "of which", "of them")
    r"(?:on|against|of(?!\s+(?:which|whom|them|those|these|its|their|course)\b))\s+"
    r"(?!(?:the\s+)?(?:grounds|basis|behalf|condition|charges?|Monday|Tuesday|"
    rf"Wednesday|Thursday|Friday|Saturday|Sunday|{MONTH_PATTERN}|\d)\b)[^,.;:()—–\"“”]{{1,80}}?"
)
_PREP_LIST_RE: Final = re.compile(
    rf"(?:\s*,\s+{_PREP_ITEM}(?=\s*,|\s+and\s))+\s*,?\s+and\s+(?P<last>{_PREP_ITEM})" + STOP
)

# ", which it said was used to evade sanctions, as well as the Grodno Tobacco Factory Neman":
# a list that goes on after a relative clause said of its last item
ASIDE_THEN_MORE_RE: Final = re.compile(
    # ("Belaruskali, the potash giant that produces a fifth of the world's supply, together with
    # the National Olympic Committee": the list goes on after a description too)
    # (a description holds no name: ", the chemical producer Grodno Azot, and …" is an item)
    # (but a possessive is no name: "the marketing arm that sells Belaruskali's output")
    r",\s+(?:(?:which|who)\b[^,.;:()\"“”]{1,120}?|"
    r"(?:the|a|an)\s(?:[^A-Z,.;:()\"“”]|[A-Z][\w-]*[’']s\b){1,120}?),\s+"
    r"(?:and|as\s+well\s+as|together\s+with|along\s+with)\s+"
    # (a name: "along with individuals and entities that …" names no one)
    r"(?P<more>(?=(?:[a-z][\w’'-]*\s+){0,6}[A-Z])[^,.;:()—–\"“”]{1,80}?)(?=\s*[,.;:]|$|"
    # ("put Belaruskali, the potash giant, and the Olympic Committee on its sanctions list":
    # where the list was put ends it)
    r"\s+(?:on|to)\s+(?:the|its|their)\s+(?:[\w’'.-]+\s+){0,2}?(?:lists?|blacklist)\b)"
)
# "banning the export of aviation fuel, and the import of gold": a second trade the ban stops
TRADE_AGAIN_RE: Final = re.compile(
    # ("exports of aviation equipment to Belarus and imports of Belarusian wood": where the
    # first trade goes, then the second)
    rf"(?:\s+(?:to|from|into)\s+[A-Z][\w.-]*)?\s*,?\s+and\s+(?:the\s+|all\s+)?{TRADE_NOUNS}"
    r"(?:\s+(?:to|from|into)\s+[A-Z][\w.-]*)?\s+of\s+"
    r"(?P<target>[^,.;:()—–\"“”]{1,80}?)"
    r"(?=[,.;]|\s+(?:in|into|on|since|after|as|over|to|from|and|last|this|through|via)\b)"
)

_APPOSITIVE_PIECE_RE: Final = re.compile(
    # (", one of the world's largest producers of potash,": said of the item before)
    r"\s*(?:(?:where|which|who|whose|whom|one\s+of)\b|[a-z]+ed\s+(?:in|on|since|last)\s+(?:\d|[A-Z])|"
    # (", in force since August 2023,": how long the measure on the item before has held)
    r"in\s+(?:force|place|effect)\s+(?:since|from)\b|"
    # (", since 2021,": since when, alone between commas)
    r"(?:since|from)\s+(?:[A-Z][a-z]+\s+)?\d{4}\s*$|"
    # ("JSC Integral, a producer of microelectronics": what the item before is; not "an
    # additional 17 individuals", a count)
    rf"(?:a|an)\s+(?!(?:additional|further|new|total|dozen|few|couple|{_QUANTITY_NOUNS})\b)[a-z])"
)
# the words after a comma inside a relative clause that no item of a list opens with
_CLAUSE_GOES_ON_RE: Final = re.compile(
    r"(?:according\s+to|have|has|had|is|are|was|were|be|been|being|will|would|can|could|may|"
    r"might|must|shall|should|not|also|still)\b"
)
# "state firms including Belaruskali": a group in lower case, then a member named
_GROUP_INCLUDING_RE: Final = re.compile(
    rf"[a-z][a-z\s-]{{0,40}}?\s(?:{lx.EXAMPLE_OPENERS})\s+(?=[A-Z])"
)
# (", including Mr. Viktor Khrenin": the word that opens a part of a list, and a courtesy title)
_INCLUDING_RE: Final = re.compile(rf"(?:{lx.EXAMPLE_OPENERS})\s+")
# "including the ban on Belarusian potash and the closure of its airspace to Belavia": an
# item that is itself a measure names its target after it (or, for an airspace closed, none)
_MEASURE_PIECE_RE: Final = re.compile(
    r"(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?(?:bans?|embargo(?:es)?|freezes|restrictions|"
    r"closure\s+of\s+(?:its|their|the)\s+airspace)(?:\s+(?:on|against|to)\s+|\s*$)"
)
_COURTESY_RE: Final = re.compile(rf"^{lx.COURTESY_TITLES}\.?\s+(?=[A-Z])")
_OFFICES: Final = lx.alternation(lx.words("sanctions", "offices"))
_GROUP_OFFICES: Final = lx.alternation(lx.words("sanctions", "group_offices"))
# a list's item that is people by their office, in lower case ("prison officials involved in
# …"): the office's plural first, after up to two words that say which
_PEOPLE_PIECE_RE: Final = re.compile(
    rf"(?:[a-z-]+\s+){{0,2}}?(?:{lx.PERSON_ROLE_NOUNS}|{_GROUP_OFFICES})s\b[^A-Z]*"
)
_SAID_OF: Final = r"\s(?:involved|complicit)\s+in\s"
_SAID_OF_RE: Final = re.compile(_SAID_OF)
# (what is said of a group, or the word left of it where the target was cut: "… responsible")
_SAID_TAIL_RE: Final = re.compile(rf"{_SAID_OF}|\s(?:involved|responsible|complicit)$")
# "the Minister of Defence, Viktor Khrenin, and the Chief of the General Staff, Viktor
# Gulevich": an office held, beside the name of who holds it
_OFFICE_RE: Final = re.compile(
    rf"(?:the\s+)?(?:[A-Za-z][\w-]*\s+){{0,2}}(?i:{lx.PERSON_ROLE_NOUNS}|{_OFFICES})(?:\s+General)?"
    r"(?:\s+(?:of|for)\s+.+)?"
)
# "Defence Minister Viktor Khrenin", "Chief of the General Staff Viktor Gulevich": an office
# written as a title before its holder's name; the person is the target
_TITLED_NAME_RE: Final = re.compile(
    rf"(?:[A-Z][\w-]*\s+){{0,2}}(?=[A-Z])(?i:{lx.PERSON_ROLE_NOUNS}|{_OFFICES})(?:\s+General)?"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)+?|\s+)"
    r"(?P<name>[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+)"
)
# the nouns of a group counted, not named ("23 individuals and 21 entities")
_GROUP_NOUNS: Final = frozenset(lx.words("sanctions", "group_nouns"))
_GROUP: Final = lx.alternation(sorted(_GROUP_NOUNS))
# each group noun's singular ("1 legal person" beside "4 natural persons")
_GROUP_ONE: Final = lx.alternation(
    sorted(n[:-3] + "y" if n.endswith("ies") else n[:-1] for n in _GROUP_NOUNS if n[-1] == "s")
)
# "individuals of the Republic of Belarus", "entities related to the military": a group by
# what its members are, not by name
_GROUP_PHRASE_RE: Final = re.compile(
    rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{_GROUP})(?:\s+and\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_GROUP}))?"
    r"(?:\s+(?:of|from|related|linked|connected|responsible|involved|in|who|that|which)\b.*)?"
)
# "10 individuals, including …, and 4 entities, including …": a count of those the list
# goes on to name
_COUNTED_GROUP_RE: Final = re.compile(
    r"(?:(?:more|fewer)\s+than\s+|about\s+|some\s+|at\s+least\s+|an?\s+(?:further|additional)\s+)?"
    r"(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    # ("11 Belarusian officials", "four defence officials": what kind, before the noun)
    rf"(?:more\s+|other\s+|further\s+|additional\s+)?(?:[A-Za-z][\w-]*\s+){{0,2}}?(?:{_GROUP})"
    # ("more than 200 individuals and entities", "17 people and 11 organisations", "and two
    # military enterprises")
    rf"(?:\s+and\s+(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
    rf"(?:[a-z][\w-]*\s+)?(?:{_GROUP})|"
    # ("4 natural persons and 1 legal person")
    rf"\s+and\s+(?:1|one)\s+(?:[a-z][\w-]*\s+)?(?:{_GROUP_ONE}))?"
)

_REFLEXIVE_RE: Final = re.compile(r"\s+(?:himself|herself|itself|themselves)$")

# ("a ban on entry into or transit through the Union": what a ban forbids, not whom)
_NO_ONE_IN_PARTICULAR: Final = ("either ", "neither ", "any ", "each ", "entry into", "entry to")
# ("his son Viktor and 13 others": those a list counts and does not name)
_UNNAMED_REST: Final = frozenset(("others", "other people", "other officials", "more"))

# ("its listing of Belaruskali", "(the) trade in potash": what the measure is on comes after)
_LISTING_OF_RE: Final = re.compile(
    r"^(?:the\s+)?(?:(?:listings?|designations?|blacklisting)\s+of|trade\s+in)\s+(?:the\s+)?"
)

# what trade a measure restricts, with no goods: no target ("restrictions on trade")
_NO_GOODS: Final = frozenset(
    ("trade", "imports", "exports", "transit", "sales", "import", "export", "purchase",
     "transport", "supply", "sale", "transfer")
)  # fmt: skip

_COMPLEMENT_RE: Final = re.compile(
    r"\b(?:against|of|for|from|with|by|in|to|[a-z]+ing)\s+(?:the\s+)?\S*$"
)

_TRAILING_WORDS_RE: Final = re.compile(
    # ("banned imports of Belarusian steel products altogether": how far, not what; "officials
    # and, eventually, …": a list cut at a comma; "… and Naftan remains in force": the verb
    # after the list)
    r"\s+(?:(?:therefore|thus|also|still)\s+)?(?:introduced|imposed|adopted|agreed|approved|"
    r"announced|altogether|outright|entirely|and|or|remains?)$"
)

# ("the transit of potash through Lithuania"; "Belarus in coordination with the EU": the way or
# the partners, not what)
_ROUTE_RE: Final = re.compile(
    r"\s+(?:through|via|across|in\s+coordination\s+with|in\s+line\s+with|together\s+with|jointly\s+with|"
    # ("imports of Belarusian potash into the UK": where they would go, the importer's own)
    r"(?<=[a-z]\s)into(?=\s+(?:the\s+)?[A-Z]))\s+"
)

# (not "designated entities", "sanctioned firms": a participle before the noun it describes)
_SUBJECT_CLAUSE_RE: Final = re.compile(r"\b(?:it|they|he|she|we)\s+[a-z]+ed\b")
_VERB_START_RE: Final = re.compile(
    r"\s*(?:[a-z]+ed|struck|took|made|gave|put|cut|set|hit|sold|kept)\b"
    r"(?!\s+(?:entities|individuals|persons|people|companies|firms|officials|banks)\b)"
    # ("… and refined oil products": an adjective before goods, not a verb)
    r"(?!\s+(?:[a-z]+\s+)?(?:products|goods)\b)"
)

# those a list counts without naming ("other officials", "six other senior figures", "several
# of his officials")
_NOT_NAMED_RE: Final = re.compile(
    r"(?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|all|"
    r"dozens)\s+)?(?:other\s|of\s+(?:his|her|its|their)\s)|other\s"
)
# "Alexander Lukashenko, his son Viktor": a man's son, brother or father named by his given name
# alone carries the family's name
_FAMILY_KIN_RE: Final = re.compile(
    rf"\s*(?:his|her)\s+(?:{lx.alternation(lx.words('names', 'family_name_kin'))})\s+"
    r"(?P<given>[A-Z][a-z]+)\s*$"
)
_KIN_ONLY_RE: Final = re.compile(
    r"\s*(?:his|her|their)\s+(?:son|sons|daughter|daughters|wife|husband|brother|sister|father|"
    r"mother|relatives|family)\s*"
)
# a verb with its object ("allowed it", "cut their"): a new clause after "and"
# ("… and allowed it to …"; "on potash and what Lithuania will do with Klaipeda": a question
# the sentence goes on to, no target)
# ("which still list Belavia and keep Belarusian carriers out of …": a second verb of the
# measure's own subject)
_CLAUSE_VERB_RE: Final = re.compile(
    # ("sanctioned one company and limits what US persons may do": a verb, then what it limits)
    # ("…, and argues that such measures matter less": the subject's next verb and its clause)
    r"[a-z]+ed\s+(?:it|them|him|her|its|their|his)\b|(?:[a-z]+s\s+)?(?:what|how|whether|why|that)\s|"
    r"(?:keeps?|bars?|bans?|blocks?|freezes?|excludes?|denies|deny|shuts?|closes?)\s+"
    r"(?!(?:and|or|of|on|in|to)\b)[\w’'-]+\s+[^,;]*?\b(?:out\s+of|from|to|access)\b|"
    # ("bans imports of potash and petroleum products and restricts dealings in …": the
    # power's next verb, no item of the list)
    r"(?:restricts|limits|prohibits|imposes|extends|widens|lifts|eases)\s+(?!(?:and|or|of|on|in|to)\b)\w"
)
# a piece that opens the sentence's next clause with its date ("…, and on 24 June it imposed …")
_DATED_CLAUSE_RE: Final = re.compile(
    rf"(?:on|in|by|since)\s+(?:(?:early|late|mid-)\s*)?(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN}|(?:19|20)\d\d)"
    r"(?:\s+\d{4})?,?\s+(?:it|they|he|she|the\s+[a-z]+|[A-Z][\w-]*)\b"
)
# a list's piece that tells only when ("last August", "in 2021")
# ("which the United States sanctioned that year": when, no target)
_WHEN_PIECE_RE: Final = re.compile(
    rf"(?:(?:last|this|next|early|late|in|since|that|the\s+same)\s+)?(?:{MONTH_PATTERN}|"
    r"(?:19|20)\d\d|year|month|week|spring|summer|autumn|winter)"
)
_WHEN_IN_RE: Final = re.compile(
    rf"\s+(?:in|on|since|last|this|by)\s+(?:(?:early|late|mid)\s+)?(?:{MONTH_PATTERN}|\d{{4}}\b|\w+day\b|"
    # ("new sanctions against Belarus on the third anniversary of the election")
    r"the\s+(?:\w+\s+)?anniversary\b)|"
    # ("banned imports of Belarusian potash that summer")
    r"\s+(?:that|the\s+same|the\s+following|the\s+next)\s+(?:spring|summer|autumn|fall|winter|"
    r"year|month|week)\b"
)

# a time told by one word ("sanctions on Belarus today", "The entities sanctioned today are")
_NOW_RE: Final = re.compile(
    r"(?<![\w’'-])(?:today|yesterday|tonight|now|(?:the\s+)?same\s+(?:day|week|month|time))\b"
)


def _names_goods(piece: str) -> bool:
    """Return True when ``piece`` names goods a sectoral measure covers ("oil products")."""
    return any(word in _GOODS for word in piece.lower().split())


def _named_part_at(raw: str) -> int:
    """Return where the named part of the list ``raw`` opens (", including …", ", among them
    …"), or the end of ``raw`` when it has none."""
    at = [i for i in (raw.find(", including "), raw.find(", among them ")) if i >= 0]
    if (
        len(at) != 1
        or raw.count(", including ") > 1
        or ", and " in raw[at[0] :]
        or " and " not in raw[: at[0]]
        # ("hundreds of officials and dozens of firms, including …": each its own count)
        or " " in raw[raw.rfind(" and ", 0, at[0]) + 5 : at[0]].strip()
    ):
        return len(raw)  # ("6 individuals, including X, and 2 entities, including Y": two)
    return at[0]


# what an item did, said of it after a comma ("ONT, responsible for broadcasting forced
# confessions"): no item of its own
_WHAT_IT_DID_RE: Final = re.compile(
    r"(?:responsible|involved|accused|suspected|linked|connected|blamed|known)\s+"
    r"(?:for|in|of|to|with|as)\b"
)


_BOUND_FOR_RE: Final = re.compile(
    r"^(?:(?:the|all|any)\s+)?(?:goods|exports|products|shipments|cargo|items)\s+"
    r"(?:bound|destined)\s+for\s+(?=[A-Z])"
)

# ("sanctions against Belarus mirroring those in force against Russia": a name, then a
# participle whose object a determiner opens, says what the measures are like, not whom)
_AFTERWORD_RE: Final = re.compile(
    r"(?:,\s+(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)\b|\s+through\s+(?:the\s+)?"
    r"(?:decisions?|decrees?|resolutions?|orders?)\s+of\b"
    # ("on Belavia dating from August 2023": when the measure began, cut before its date)
    r"|\s+dating(?:\s+(?:back|from|to)\b|$)"
    # ("the decision to halt the transit of Belaruskali potash took effect on 1 February": the
    # sentence's own verb after the measure's noun)
    r"|\s+(?:took|takes|came|comes|entered|enters)\s+(?:effect|into\s+force)\b).*$"
)
_NAME_THEN_CLAUSE_RE: Final = re.compile(
    r"^(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?=\s+[a-z]+ing\s+"
    r"(?:those|these|the|its|their|a|an|that|this|what)\b)"
)


_RESPONSIBLE_GROUP_RE: Final = re.compile(
    r"(?:all\s+)?(?:those|persons|people|individuals|officials|anyone)\s+(?:responsible|who)\b"
    # ("road haulage companies registered in Belarus and Russia": firms told by where they
    # are registered, however many countries)
    r"|(?:[A-Za-z][\w-]*\s+){0,3}?(?:companies|firms|undertakings|hauliers|carriers|operators|"
    r"airlines|banks|entities)\s+(?:registered|established|based|incorporated)\s+in\s"
)


def split_targets(raw: str) -> list[str]:
    """Return the targets the text ``raw`` after a measure names: a list split into its
    items, each without its determiners, its date or its route, a name kept where the words
    end in one."""
    # ("export controls on goods bound for Belarus": the country the goods go to)
    raw = _BOUND_FOR_RE.sub("", raw.strip())
    # ("on Belarusian potash, four years and four months after imposing them": how long it
    # held; "on state enterprises through decisions of the … Council": how it was taken)
    raw = _AFTERWORD_RE.sub("", raw)
    before_clause = _NAME_THEN_CLAUSE_RE.match(raw)
    if before_clause is not None:
        raw = before_clause.group()
    if ";" in raw and _ROLE_THEN_NAME_RE.match(raw):
        # ("the Minister of Transport and Communications, Aleksei Avramenko; the commander of
        # the Air Force and Air Defence Forces, Major General Igor Golub; and Leonid Churo":
        # items a semicolon parts, each a role and the name that holds it)
        held_by: list[str] = []
        for item in _SEMICOLON_RE.split(raw):
            held = _ROLE_THEN_NAME_RE.match(item)
            held_by.extend([held["name"]] if held is not None else split_targets(item))
        return held_by
    if _RESPONSIBLE_GROUP_RE.match(raw):
        # ("those responsible for violence, repression and the falsification of the results":
        # one group, told by what its members did or where they are registered)
        return [raw]
    pieces: list[tuple[int, int]] = []
    position = 0
    for sep in _SPLIT_RE.finditer(raw):
        pieces.append((position, sep.start()))
        position = sep.end()
    pieces.append((position, len(raw)))
    clause_end = -1  # where a relative clause said of an item ends
    merged: list[tuple[int, int]] = []
    # ("… penitentiary officials involved in the prosecution and mistreatment of …": the words
    # after a participle are said of the piece it follows, however many "and"s they hold)
    said = next((k for k, (a, b) in enumerate(pieces) if _SAID_OF_RE.search(raw, a, b)), None)
    if said is not None:
        pieces = [*pieces[:said], (pieces[said][0], pieces[-1][1])]
    if len(pieces) > 2 and all(_PEOPLE_PIECE_RE.fullmatch(raw, a, b) for a, b in pieces):
        # ("judges, prosecutors and prison officials responsible for …": one group of people
        # by their offices, as "judges and investigators" is, commas or not; named without
        # what is said of them)
        said_of = _SAID_TAIL_RE.search(raw, pieces[0][0], pieces[-1][1])
        pieces = [(pieces[0][0], said_of.start() if said_of else pieces[-1][1])]
    for k, (a, b) in enumerate(pieces):
        if merged and _DATED_CLAUSE_RE.match(raw, a, b):
            break  # ("…, and on 24 June it imposed …": the sentence's next clause, dated)
        # "on X and on the national airline": the preposition starts a second target
        prep = PREP_START_RE.match(raw, a, b)
        if prep is not None and merged and raw.startswith("other ", prep.end()):
            break  # "to Judge Vadzim Kuzmin and to other officials involved": those not named
        if prep is not None:
            merged.append((prep.end(), b))
            continue
        # "judges and investigators" is one group; "Belavia and Belaruskali" are two names,
        # and so are the items of a list with commas ("potash, oil products and tobacco").
        # ("potash and petroleum products introduced in August 2021": its date is no name)
        if merged and (
            _CLAUSE_VERB_RE.match(raw, a, b) or raw[a:b].split(" ", 1)[0] in lx.SPEECH_VERB_WORDS
        ):
            # "on the airline Belavia and allowed it to …", "…, and argues that …": the
            # sentence's next clause
            break
        if merged and _WHAT_IT_DID_RE.match(raw, a, b):
            continue  # "the broadcaster ONT, responsible for forced confessions": said of it
        if _WHEN_PIECE_RE.fullmatch(raw, a, b):
            # ("on Naftan, the state refiner, last August, and …", "added to the US list last
            # August": when, no target)
            continue
        if (
            merged
            and raw.startswith(("its ", "their "), a)
            and k + 1 < len(pieces)
            and raw.startswith(", ", b)
            and raw[pieces[k + 1][0] : pieces[k + 1][0] + 1].isupper()
        ):
            continue  # "Naftan and its sales arm, Belneftekhim": the name says which
        if (
            merged
            and _NOT_NAMED_RE.match(raw, a, b) is not None
            and k + 1 < len(pieces)
            and _INCLUDING_RE.match(raw, pieces[k + 1][0], pieces[k + 1][1]) is not None
        ):
            continue  # "Lukashenko and 4 other individuals, including …": those it names
        if merged and (
            _NOT_NAMED_RE.match(raw, a, b) is not None
            or (
                raw.startswith(("its ", "their "), a)
                and raw.find(" on ", a, b) < 0
                # ("… and its subsidiary Grodno Khimvolokno": named, a target of its own)
                and NAME_END_RE.search(raw, a, b) is None
            )
        ):
            # "the same two men and other senior officials": those not named; "Belavia and
            # its aircraft": what the target owns (not "and its restrictions on potash")
            break
        when = _WHEN_IN_RE.search(raw, a, b)
        if (
            merged
            # ("Belarusian individuals and organisations, including …": the named part
            # after the comma leaves the group whole)
            and "," not in raw[: _named_part_at(raw)]
            and "as well as" not in raw
            and _MEASURE_PIECE_RE.match(raw, a, b) is None
            and not any(c.isupper() for c in raw[a : when.start() if when else b])
            # ("potash and petroleum products": two goods, two measures; so are "Belavia and
            # potash", a name and goods)
            and not (
                _names_goods(raw[a:b])
                and (
                    _names_goods(raw[merged[-1][0] : merged[-1][1]])
                    or NAME_END_RE.search(raw, merged[-1][0], merged[-1][1]) is not None
                )
            )
            # ("the potash giant Belaruskali and a string of state enterprises", "Belshina and
            # the country's football federation": a name, then a target of its own)
            and not (
                raw.startswith(("a ", "an ", "the "), a)
                and NAME_END_RE.search(raw, merged[-1][0], merged[-1][1]) is not None
            )
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    out: list[str] = []
    written: list[str] = []  # each target's words as the list gave them
    for i, (a, b) in enumerate(merged):
        if (
            i > 0
            and raw.startswith(", the ", merged[i - 1][1])
            and _DESCRIBED_PIECE_RE.match(raw, a, b)
            and (raw.startswith(",", b) or i == len(merged) - 1)
            and NAME_END_RE.search(raw, merged[i - 1][0], merged[i - 1][1])
        ):
            # "the Belarusian Potash Company, the state exporter of fertilisers, as well as …":
            # what the name before it is, between commas, no item of its own; so is "the
            # Moscow Exchange, the country's main trading venue" at the list's end
            continue
        if _APPOSITIVE_PIECE_RE.match(raw, a, b):
            # ", where many prisoners are held,", ", designated in 2022,": said of the item
            # before, no item of its own
            clause_end = b
            continue
        if clause_end >= 0 and (
            ("," not in raw[clause_end:a] and ";" not in raw[clause_end:a])
            # ("…, whose products, according to Ukrainian intelligence, have been found …":
            # the clause goes on past its commas while no item's first word follows)
            or _CLAUSE_GOES_ON_RE.match(raw, a, b) is not None
        ):
            # ", which OFAC says was used to launder funds and evade sanctions": the clause
            # goes on after "and" with no comma
            clause_end = b
            continue
        clause_end = -1
        if _VERB_START_RE.match(raw, a, b) or _SUBJECT_CLAUSE_RE.search(raw, a, b):
            # "… in November and struck the line off the list", "…, and on 24 June it adopted
            # its first sectoral measures": a new clause begins
            break
        when = _WHEN_IN_RE.search(raw, a, b) or _NOW_RE.search(raw, a, b)
        if when is not None:
            b = when.start()  # "Ferronord in November", "Belarus today": when, not what
        route = _ROUTE_RE.search(raw, a, b)
        if route is not None:
            b = route.start()  # "the transit of potash through Lithuania": the way, not what
        including = _INCLUDING_RE.match(raw, a, b) or _GROUP_INCLUDING_RE.match(raw, a, b)
        if including is not None:
            # "…, including the State Authority for Military Industry"; "state firms
            # including Belaruskali": the group stands for the one it names
            a = including.end()
        measure = _MEASURE_PIECE_RE.match(raw, a, b)
        if measure is not None:
            a = measure.end()
        part = DET_RE.sub("", raw[a:b].strip()).strip(" ’'")
        part = _COURTESY_RE.sub("", part)
        part = _LISTING_OF_RE.sub("", part)  # "its listing of Belaruskali" is on Belaruskali
        part = _REFLEXIVE_RE.sub("", part)  # "and Lukashenko himself"
        part = _TRAILING_WORDS_RE.sub("", part)  # "petroleum products introduced"
        for alias, usual in _GOODS_ALIASES:
            if part.endswith(alias):
                # "Belarusian potassium chloride" is Belarusian potash: the goods by the name
                # the trade and the measures' readers use
                part = part[: len(part) - len(alias)] + usual
        if _KIN_ONLY_RE.fullmatch(raw, a, b):
            continue  # "Mr Lukashenko, his son and …": a relation, named (if at all) elsewhere
        if part.startswith(_NO_ONE_IN_PARTICULAR) or part in _NO_GOODS or part in _UNNAMED_REST:
            continue  # "against either country": no target in particular
        if not part or not any(c.isalpha() for c in part) or part in lx.STOPWORDS:
            continue  # "new measures on Tuesday" names no target
        if part.split(" ", 1)[0] in lx.PREPOSITIONS:
            continue  # ("…, including for Boeing aircraft": what a relief is for, no target)
        kin = _FAMILY_KIN_RE.match(raw, a, b) if out else None
        if (
            kin is not None
            and out[-1].split()[-1][:1].isupper()
            and out[-1].split()[-1] not in lx.PLACES
        ):
            part = f"{kin.group('given')} {out[-1].split()[-1]}"
        first, _, rest = part.partition(" ")
        if rest and first in lx.STOPWORDS and rest[:1].isupper():
            part = rest  # "Meanwhile Orlen Trans remains barred": the adverb opens the sentence
        if _CLAUSE_RE.match(part):
            continue  # "Belavia and Minsk freed 52 people": a new clause, not a target
        owner = _OWNER_RE.match(part)
        if (
            owner is not None
            and owner.group(1) not in lx.PLACES
            and any(w.lower() in _OWNED_ACTIVITIES for w in owner.group(2).split())
        ):
            part = owner.group(1)  # "Belavia's purchase of spare parts": Belavia's measure
        titled = _TITLED_NAME_RE.fullmatch(part)
        if titled is not None:
            part = titled.group("name")
        tail = _CAP_TAIL_RE.search(part)
        # "the state airline Belavia" is Belavia; "those supporting Russia's war against
        # Ukraine" is not Ukraine: a name after a preposition or a verb completes the phrase
        named = (
            tail is not None
            and tail.start() > 0
            and not _COMPLEMENT_RE.search(part, 0, tail.start())
        )
        out.append(tail.group() if named and tail is not None else part)
        written.append(raw[a:b].strip())
    for i in range(len(out) - 1):
        # "Belarusian and Russian road transport companies": two nationalities share the noun
        # after the second
        head, _, rest = out[i + 1].partition(" ")
        if out[i] in lx.DEMONYMS and head in lx.DEMONYMS and rest:
            out[i] = f"{out[i]} {rest}"
    return _named_over_described(out, written) if len(out) > 1 else out


def names_activity(raw: str) -> bool:
    """Return True when ``raw`` is what a company does rather than the company ("Belavia's
    servicing and the purchase of components"): a relief on it eases the company's measures."""
    owner = _OWNER_RE.match(raw.strip())
    return (
        owner is not None
        and owner.group(1) not in lx.PLACES
        and any(w.lower() in _OWNED_ACTIVITIES for w in owner.group(2).split())
    )


def is_group(raw: str) -> bool:
    """Return True when ``raw``, the words after a measure, name a group by what its members
    are and no one by name ("individuals and entities of the Republic of Belarus")."""
    return _GROUP_PHRASE_RE.fullmatch(raw.strip()) is not None


def is_counted_group(raw: str) -> bool:
    """Return True when ``raw``, the words after a measure, are a count of those it reached
    and nothing more ("20 individuals and 12 entities", "four defence officials")."""
    return _COUNTED_GROUP_RE.fullmatch(raw.strip()) is not None


def group_count(raw: str) -> str:
    """Return the count a counted group opens with ("78" of "78 individuals and 8 entities"),
    or "" when ``raw`` is no counted group."""
    found = _COUNTED_GROUP_RE.fullmatch(raw.strip())
    return found.group("count") if found is not None else ""


def _named_over_described(targets: list[str], written: list[str]) -> list[str]:
    """Return ``targets`` without the offices held by a person named beside them and, in a
    list that names someone, without the counts of those it names."""
    # ("Chief of the General Staff Viktor Gulevich" is an office with its holder's name)
    offices = [
        _OFFICE_RE.fullmatch(w) is not None and _TITLED_NAME_RE.fullmatch(w) is None
        for w in written
    ]
    # ("the Prosecutor General" is written as a name is, but is an office)
    people = [
        PERSON_NAME_RE.fullmatch(t) is not None and not office
        for t, office in zip(targets, offices, strict=True)
    ]
    # ("Belarusian defence officials" is written with a capital, and names no one)
    named = any(t[:1].isupper() and NAME_END_RE.search(t) for t in targets)
    out = []
    counted = False  # the item before was a count of those the list names
    for i, (target, words) in enumerate(zip(targets, written, strict=True)):
        beside = (i > 0 and people[i - 1]) or (i + 1 < len(targets) and people[i + 1])
        if beside and offices[i]:
            continue  # "the Minister of Defence, Viktor Khrenin": the person, not the office
        if named and (
            _COUNTED_GROUP_RE.fullmatch(words)
            or (counted and words in _GROUP_NOUNS)
            # ("assets of entities related to the military, including the Minsk Wheel
            # Tractor Plant": a group the list goes on to name, counted or not)
            or (i == 0 and _GROUP_PHRASE_RE.fullmatch(words))
        ):
            # "10 individuals, including Mr. Viktor Khrenin": those named count; "more than
            # 200 individuals and entities, including …" ("entities" the count's second part)
            counted = True
            continue
        counted = False
        out.append(target)
    return out


# "the Minsk Automobile Plant (MAZ) and …", "potassium chloride (potash), wood products": a
# name's short form or a word's gloss in brackets is said of the item before it, and would end
# the item there (a bracket ends a target); a bracket with a figure or a date keeps its place
_GLOSS_RE: Final = re.compile(
    r"\((?:(?:[A-Za-z][\w.&’'-]*)(?:\s+[A-Za-z][\w.&’'-]*){0,3}|"
    # ('potassium chloride ("potash")': the quoted gloss, its words blanked with the quotation)
    r"[\"“][^()\"“”]{1,30}[\"”])\)"
)


# "sanctions on Belaruskali (since August 2021) and on Belavia (since August 2023)": a date in
# brackets after a target, which the brackets would cut off from the rest of the list
# (only where the list goes on after it, or its verb: "Belaruskali (since August 2021) and …",
# "… and Belavia (since 2023) remain")
_DATE_ASIDE_RE: Final = re.compile(
    # (a bare date in brackets is a listing's own, read by listing_asides)
    # ("(in force since 2021)": the same, told as a state)
    rf"\((?:in\s+(?:force|place)\s+)?(?:since|from)\s+(?:(?:\d{{1,2}}\s+)?(?:{MONTH_PATTERN})\s+)?"
    r"(?:19|20)\d\d\)"
    r"(?=\s*,?\s+(?:and|or)\s|\s+(?:remain|remains|are|is|stay|stays)\b)"
)


_IN_FORCE_LEAD_RE: Final = re.compile(r"in\s+(?:force|place)\s+")


def blank_glosses(masked: str) -> str:
    """Return ``masked`` with each bracketed gloss after a word blanked to spaces, and the
    brackets around a date after a word turned to spaces, its words kept (same length, so
    offsets hold)."""
    # (found from each bracket: a pattern over the whole text costs a fifth of the reading)
    pieces: list[str] = []
    last = 0
    at = masked.find(" (")
    while at >= 0:
        gloss = _GLOSS_RE.match(masked, at + 1) if at > 0 and _is_word_end(masked[at - 1]) else None
        aside = _DATE_ASIDE_RE.match(masked, at + 1) if gloss is None and at > 0 else None
        if gloss is not None:
            pieces.append(masked[last:at])
            pieces.append(" " * (gloss.end() - at))
            last = gloss.end()
        elif aside is not None:
            pieces.append(masked[last:at])
            inside = masked[aside.start() + 1 : aside.end() - 1]
            # ("in force since 2021": the state's words blanked with the brackets, the date kept)
            stated = _IN_FORCE_LEAD_RE.match(inside)
            if stated is not None:
                inside = " " * stated.end() + inside[stated.end() :]
            pieces.append("  " + inside + " ")
            last = aside.end()
        at = masked.find(" (", at + 2)
    if not pieces:
        return masked
    pieces.append(masked[last:])
    return "".join(pieces)


def _is_word_end(char: str) -> bool:
    return char.isalnum() or char == "_" or char in "’'"


_AMONG_TAIL_RE: Final = re.compile(
    # ("sanctioned more than 200 individuals and entities under the Belarus sanctions regime,
    # including …", "added 17 people to its sanctions list, among them …")
    # ("more than 100 individuals and entities in Belarus since 2020, including …": where and
    # since when)
    # ("supply networks for Russian arms makers, including …": whom they serve)
    r"(?:\s+(?:under|to|in|for|from|of|with)\s+(?:the\s+|its\s+|their\s+)?[^,.;:()\"“”]{1,50}?)?"
    r"(?:\s+since\s+(?:[A-Z][a-z]+\s+)?\d{4})?"
    # ("added eight officials today, including …": when)
    r"(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+day|(?:last|this)\s+(?:week|month)))?"
    # ("eight individuals and five entities that generate revenue for the regime, among them
    # …": what the count's members do, told before them)
    r"(?:\s+(?:that|which|who)\s+[^,.;:()\"“”]{1,100}?)?"
    # (not "including those under Executive Order 14038": those a rule names, not a name)
    r"\s*,\s+(?:among\s+them|including)\s+(?!th(?:ose|ese)\s)(?P<items>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z][^,.;:()—–\"“”]{0,90}?"
    # ("including Alexander Lukashenko and his son and adviser, Viktor Lukashenko": the name
    # of an office's holder after it, ending the sentence)
    r"(?:,\s+[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}(?=\s*[.;]|$))?)"
    r"(?=\s*[,.;:]|\s+(?:entering|using|flying|from|since|in)\b|$)"
)


# ("lifted sanctions on 170 people, Alexander Lukashenko himself among them", "…, Lukashenka
# included": the named part after its name)
_NAME_AMONG_RE: Final = re.compile(
    r"\s*,\s+(?P<items>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+"
    r"(?:(?:himself|herself|itself)\s+)?(?:among\s+them|included)(?=\s*[,.;:]|$)"
)


def named_part(masked: str, raw: str, start: int, end: int) -> tuple[str, int] | None:
    """Return ``raw`` with the named part a measure on a group reaches, told after its target
    at ``start`` (", including …", ", among them …"), and where that part ends; or None."""
    if masked.find(",", start, start + 160) < 0 or (
        masked.find("among them", start, start + 160) < 0
        and masked.find("includ", start, start + 160) < 0
    ):
        return None
    among = _AMONG_TAIL_RE.match(masked, start, end)
    if among is None:
        after = _NAME_AMONG_RE.match(masked, start, end)
        return None if after is None else (f"{raw}, among them {after.group('items')}", after.end())
    # (the connector kept: "individuals and organisations, including X" is a group and its
    # named part, not a list of three)
    lead = (
        "among them" if masked.find("among them", start, among.start("items")) >= 0 else "including"
    )
    return f"{raw}, {lead} {among.group('items')}", among.end()


# "on three state-owned banks: Belagroprombank, Bank Dabrabyt and …": a count's members named
# after a colon, to the sentence's end
_COLON_ITEMS_RE: Final = re.compile(
    r"\s*:\s+(?P<items>[^.;:()\"“”]{1,200}?[A-Z][^.;:()\"“”]{0,200}?)(?=\s*[.;]|$)"
)


def colon_list(masked: str, raw: str, start: int, end: int) -> tuple[str, int] | None:
    """Return ``raw``, a count of those a measure reached, with its members named after a colon
    at ``start``, and where they end; or None when no such list follows."""
    if not masked.startswith(":", start, start + 2) and not masked.startswith(" :", start):
        return None
    if not is_counted_group(raw):
        return None
    items = _COLON_ITEMS_RE.match(masked, start, end)
    return None if items is None else (f"{raw}, {items.group('items')}", items.end())


def list_tail(masked: str, raw: str, start: int, end: int) -> tuple[str, int] | None:
    """Return ``raw`` with the rest of the list told after it at ``start`` (", Belshina and
    MAZ"; the words between kept: "… regime, including A, B and C"), and where the list ends;
    or None."""
    more = LIST_TAIL_RE.match(masked, start, end)
    return None if more is None else (raw + masked[start : more.end()], more.end())


def prep_list(masked: str, raw: str, start: int, end: int) -> tuple[str, int] | None:
    """Return ``raw`` with the targets told after it at ``start`` each with its own preposition
    (", on his son Viktor and on six other officials"), and where they end; or None."""
    if not masked.startswith((", on ", ", against ", ", of "), start):
        return None
    more = _PREP_LIST_RE.match(masked, start, end)
    return None if more is None else (raw + masked[start : more.end()], more.end())


def whole_list(
    masked: str, raw: str, start: int, end: int, imposed: bool, trade: bool
) -> tuple[str, int]:
    """Return ``raw``, a measure's target that ends at ``start``, with the rest of the list it
    opens (its named part, the items after it, a second target with its own preposition), and
    where the list ends. ``imposed`` says the measure is one imposed (only such a measure's
    named part is read); ``trade`` that it is a ban on a trade, which may go on to a second."""
    s_end, target_end = end, start
    # "on Belarusian air carriers, among them the national carrier Belavia": the
    # named part a measure on a group reaches
    part = named_part(masked, raw, target_end, s_end) if imposed else None
    if part is None and imposed:
        part = colon_list(masked, raw, target_end, s_end)
    if part is not None:
        raw, target_end = part
    aside = (
        ASIDE_THEN_MORE_RE.match(masked, target_end, s_end)
        if masked.startswith((", wh", ", the ", ", a ", ", an "), target_end)
        else None
    )
    if aside is not None:
        # "the National Olympic Committee, which it said …, as well as the Grodno
        # Tobacco Factory Neman": the list goes on after the clause (or after a
        # description: "Belaruskali, the potash giant …, together with …")
        raw, target_end = f"{raw}, {aside.group('more')}", aside.end()
    more = list_tail(masked, raw, target_end, s_end)
    if more is not None:  # "on officials, Belshina and MAZ"
        raw, target_end = more
        if part is None and imposed:
            # "designated eight individuals and five entities, including Belavia":
            # the named part after a count in two parts, and the list it goes on to
            part = named_part(masked, raw, target_end, s_end)
            if part is not None:
                raw, target_end = part
                more = list_tail(masked, raw, target_end, s_end)
                if more is not None:
                    raw, target_end = more
    if trade and masked.find("of ", target_end, target_end + 60) >= 0:
        again = TRADE_AGAIN_RE.match(masked, target_end, s_end)
        if again is not None:
            # "the export of aviation fuel, and the import of gold and cement":
            # the same ban on a second trade
            stop = again.end()
            tail = LIST_TAIL_RE.match(masked, stop, s_end)
            stop = tail.end() if tail is not None else stop
            raw = f"{raw}, {masked[again.start('target') : stop]}"
            target_end = stop
    if more is None:  # "on Alexander Lukashenko, on his son Viktor and on …"
        more = prep_list(masked, raw, target_end, s_end)
        if more is not None:
            raw, target_end = more
            # ("… and of state-owned enterprises, including the Naftan refinery": the last
            # item's named part)
            part = named_part(masked, raw, target_end, s_end) if imposed else None
            if part is not None:
                raw, target_end = part
    if more is None and imposed and "with " in masked[target_end : target_end + 60]:
        along = _TOGETHER_WITH_RE.match(masked, target_end, s_end)
        if along is not None and along.group("more").split(",")[0] not in IMPOSERS:
            # "first designated Grodno Azot on 2 December 2021, together with Naftan and …"
            # (not "…, together with Canada.": a power that joined it)
            return f"{raw}, {along.group('more')}", along.end()
    if more is None and " and" in masked[target_end : target_end + 40]:
        second = AND_ON_RE.match(masked, target_end, s_end)
        if second is not None:
            # "on the national airline in November and on potash in December"
            raw, target_end = f"{raw} and on {second.group('second')}", second.end()
    return raw, target_end


# A target told by who they are: "those", "people", after "more of" ("to designate more of
# those responsible"), and the words after it that say who ("responsible for repression",
# "who organised the flights")
MORE_OF_THOSE_RE: Final = re.compile(
    r"^(?:more|further|some|many|several|others)\s+of\s+(?=those$)"
)
WHO_WORDS: Final = frozenset(("those", "people", "individuals", "persons", "anyone", "all"))
RESPONSIBLE_RE: Final = re.compile(
    # ("those in the justice system who are responsible for …": where they serve, first)
    r"(?:\s+(?:in|within|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?(?=\s+who\b))?"
    # ("on those who organised the flights": who they are, told by what they did)
    r"\s+(?:responsible|involved|accused|suspected|linked|connected|who)\b[^,.;:()\"“”]{0,100}?"
    r"(?=\s*[,.;:()\"“”]|$|\s+(?:after|since|in\s+\d|on\s+\w+day|last|this)\b)"
)


_NEXT_GERUND_RE: Final = re.compile(r"\s+and\s+(?=[a-z]+ing\s)")
_DOING_RE: Final = re.compile(
    r"\s+(?:and\s+)?(?=[a-z]{3,}ing\s+(?:into|over|through|across|within|at|from)\s|"
    # ("on Belarusian road haulage firms carrying goods inside the Union": what they carry)
    r"(?:carry|transport|haul|ship|operat|fly)ing\s)"
)
# ("banned Belarusian carriers of all kinds from …": how many of them, no part of who)
# (nor "restrictions on potash imports that were put in place": the relative's pronoun, with
# its verb when the window ended after it: "on the national carrier Belavia that date from")
# ("a prohibition on imports of Belarusian potash of its own": whose the measure is)
_TARGET_TAIL_RE: Final = re.compile(
    r"\s+of\s+(?:all|every|any)\s+(?:kinds?|sorts?|types?)$|\s+(?:that|which|who)(?:\s+[a-z]+)?$|"
    r"\s+of\s+(?:its|their)\s+own$|"
    # ("removed Ihar Marozau's name from Annex I": the one named, not the entry's words)
    r"(?<=\w)[’']s?\s+names?$|"
    # ("to target Belarusian timber exports more tightly": how hard, not what)
    r"\s+(?:more|most|even|much|as)\s+[a-z]{3,}ly(?:\s+than\s+(?:before|ever|now))?$"
)


def without_tail(raw: str, gerund: bool) -> str:
    """Return the target ``raw`` without what follows it and is no part of whom the measure is
    on: the next clause after a gerund's target ("easing sanctions on the fertiliser sector and
    raising hopes", when ``gerund``), what the target may not do ("on Belarusian carriers flying
    into EU airspace"), how many of them ("of all kinds"), how hard ("more tightly"), a
    relative's pronoun and the noun of a name's entry ("Ihar Marozau's name")."""
    if gerund:
        raw = _NEXT_GERUND_RE.split(raw, 1)[0]
    return _TARGET_TAIL_RE.sub("", _DOING_RE.split(raw, 1)[0])
