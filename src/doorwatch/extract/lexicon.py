"""Word lists the rules share: titles, organisation words, places, speech verbs, name genders.

They describe English news prose in general, not any one article.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    "The A An In On At But And Or Nor However According Despite While When Where After Before "
    "Since As If For With By From To Of That This These Those It He She They We I You His Her "
    "Their Our My Its Your Meanwhile Yet So Only Even Also Last Next Both All Some Many Most "
    "Several Other Such Now Then There Here Still Although Though Because Earlier Later Under "
    "Over Until During Among Amid Against Between Without Within Once Instead Like Unlike Than "
    "Why What Who Whom Whose Which How Not No Every Each Any Another Few More Less Much Today "
    "Yesterday Tomorrow Thus Hence Indeed Further Besides Therefore Nevertheless Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April June July August "
    "September October November December Mon Tue Wed Thu Fri Sat Sun Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec Posted Published Updated Read Photo Editing Reporting Writing Sources "
    "Source Mr Mrs Ms Dr Prof Gen Sen Rep Gov Col Lt Sgt Capt St"
)

TITLES = _words(
    "President Prime Minister Foreign Defence Defense Interior Justice Finance Secretary State "
    "Vice Deputy Chief Chairman Chairwoman Chair Speaker Senator Sen Rep Representative Governor "
    "Gov Mayor Ambassador Envoy Special General Gen Colonel Col Lieutenant Lt Captain Capt "
    "Sergeant Judge Leader Opposition Pope King Queen Prince Princess Sir Dame Lord Lady Mr Mrs "
    "Ms Miss Dr Prof Professor Rev Father Sister Commissioner Chancellor Premier Spokesman "
    "Spokeswoman Spokesperson Director Head Commander Patriarch Archbishop Bishop Former Acting "
    "Exiled Opposition Dictator Activist Journalist Laureate Nobel Presidential Candidate "
    "Congressman Congresswoman Councillor Attorney Prosecutor Marshal Admiral Major Officer Agent "
    "Minister-President Secretary-General"
)

DEMONYMS = _words(
    "American Belarusian Russian Ukrainian Polish Lithuanian Latvian Estonian German French "
    "British English Scottish Irish Italian Spanish Portuguese Dutch Belgian Swiss Austrian Czech "
    "Slovak Hungarian Romanian Moldovan Bulgarian Serbian Croatian Greek Turkish Georgian "
    "Armenian Azerbaijani Kazakh Uzbek Chinese Japanese Korean Indian Iranian Israeli Palestinian "
    "Syrian Iraqi Egyptian Saudi Venezuelan Cuban Mexican Brazilian Argentine Canadian Australian "
    "Norwegian Swedish Danish Finnish Icelandic European Western Eastern Soviet Nordic Baltic "
    "Arab African Asian Latin Pro-democratic Pro-Russian Democratic Republican Belarus' Kremlin- "
    "backed"
)

PLACES = _words(
    "Belarus Russia Ukraine Poland Lithuania Latvia Estonia Germany France Britain England "
    "Scotland Ireland Italy Spain Portugal Netherlands Belgium Switzerland Austria Czechia "
    "Slovakia Hungary Romania Moldova Bulgaria Serbia Croatia Greece Turkey Georgia Armenia "
    "Azerbaijan Kazakhstan China Japan Korea India Iran Israel Syria Iraq Egypt Venezuela Cuba "
    "Mexico Brazil Argentina Canada Australia Norway Sweden Denmark Finland Iceland Europe Asia "
    "Africa America USA US U.S. UK U.K. EU E.U. UN U.N. Minsk Moscow Kyiv Kiev Vilnius Warsaw "
    "Riga Tallinn Berlin Paris London Brussels Geneva Vienna Prague Oslo Stockholm Copenhagen "
    "Helsinki Washington Beijing Tokyo Ankara Sochi Alaska Brest Grodno Hrodna Gomel Homiel "
    "Vitebsk Viciebsk Mogilev Mahiliou Crimea Donbas Kremlin Strasbourg Rome Madrid"
)

MULTIWORD_PLACES = frozenset(
    {
        "United States",
        "United Kingdom",
        "Czech Republic",
        "New York",
        "European Union",
        "Soviet Union",
        "Middle East",
        "White House",
        "Russian Federation",
        "Black Sea",
        "Baltic Sea",
        "Red Square",
    }
)

ORG_WORDS = _words(
    "Department Ministry Office Agency Council Committee Commission Union Assembly Parliament "
    "Government Court Party Cabinet Press Times News Service Services Centre Center Group Bank "
    "Fund Foundation Institute University Embassy Army Police Guard Summit Review Post Journal "
    "Reuters Nations Organization Organisation Watch International Federation Corporation Company "
    "Network Prize Images Agency Association Alliance Movement Coalition Initiative Board Bureau "
    "Directorate Administration Senate Congress Duma Treasury Mission Tribune Telegraph Guardian "
    "Herald Gazette Radio Television TV Channel Airlines Airline Airways Inc Ltd LLC Society "
    "Forum Club League Front Church Academy School Project Force Forces Navy Command Staff "
    "Secretariat Presidium Sejm Rada Inquiry Tribunal Parliamentary AFP BelTA TASS Interfax "
    "RFE/RL Politico Bloomberg Sea Ocean River Street Square Avenue Oblast Region Province "
    "Islands Island Bay Lake Republic Kingdom States Peninsula Mountains Valley District County"
)

PREPOSITIONS = _words(
    "of to with by from for in on at about against between toward towards into over under among "
    "via after before like than despite including through upon within without behind near across "
    "around beside alongside onto amid"
)

# Verbs that introduce or report speech; participles take the clause's subject as speaker.
SPEECH_VERBS = (
    "said|says|say|told|tells|tell|added|adds|stated|states|stressed|stresses|warned|warns|"
    "insisted|insists|explained|explains|emphasi[sz]ed|emphasi[sz]es|noted|notes|wrote|writes|"
    "posted|tweeted|argued|argues|claimed|claims|declared|declares|announced|announces|"
    "acknowledged|admitted|admits|asked|asks|replied|replies|responded|responds|recalled|"
    "urged|urges|cautioned|cautions|continued|commented|remarked|suggested|suggests|predicted|"
    "promised|vowed|pledged|repeated|reiterated|confirmed|complained|concluded|quipped|joked|"
    "observed|described|describes|called|calls|praised|branded|dubbed|labell?ed|accused|"
    "lamented|conceded|boasted|recounted|testified|alleged|demanded|agreed|countered|"
    "maintained|questioned|wondered|reported|reports|thundered|exclaimed|shouted|answered|insisted|"
    "told\\s+reporters|put\\s+it|opined|mused|cried|yelled|summed\\s+up|went\\s+on"
)

PARTICIPLES = (
    "saying|adding|stating|warning|noting|telling|writing|calling|describing|insisting|"
    "explaining|arguing|stressing|emphasi[sz]ing|urging|declaring|asking|claiming|cautioning|"
    "recalling|referring|praising|accusing|posting|tweeting|commenting|pointing\\s+out|"
    "questioning|lamenting|vowing|pledging|promising|suggesting|announcing|replying|responding"
)

# Words that may stand between a subject and its speech verb: "has also said".
AUXILIARIES = (
    "has|have|had|is|was|were|are|will|would|also|even|then|later|again|once|already|"
    "recently|previously|reportedly|repeatedly|earlier|further|simply|flatly|often|"
    "\\w+ly|not|never|since|subsequently"
)

ORG_ROLE_NOUNS = (
    "department|ministry|agency|office|embassy|committee|commission|council|court|"
    "government|group|organi[sz]ation|centre|center|service|union|bloc|administration|"
    "cabinet|movement|party|kremlin|mission|presidency|authorities|prosecutor's office|"
    "network|alliance|coalition|foundation|fund|company|airline|bank|campaign|secretariat|"
    "delegation|regime|white house|state department|foreign ministry|interior ministry"
)

PERSON_ROLE_NOUNS = (
    "head\\s+of\\s+state|head\\s+of\\s+government|"
    "leader|president|envoy|minister|spokesman|spokeswoman|spokesperson|official|ambassador|"
    "chancellor|premier|secretary|dictator|activist|campaigner|representative|chief|head|"
    "prosecutor|judge|lawyer|journalist|politician|laureate|founder|director|chairman|chair|"
    "chairwoman|analyst|expert|researcher|diplomat|negotiator|mediator|opponent|critic|"
    "strongman|ruler|senator|governor|mayor|adviser|advisor|aide|author|husband|wife|"
    "daughter|son|mother|father|brother|sister|colleague|ally|counterpart|adversary"
)

# Roles named by a phrase whose last word is not the role noun itself.
ROLE_SYNONYMS = {"head of state": "president", "head of government": "prime minister"}

FEMALE_NAMES = _words(
    "mary elizabeth catherine kathryn karen margaret ann anne jane helen sarah ruth alice rachel "
    "hillary ingrid annalena ursula kaja maria marie sophie chloe rose grace claire louise "
    "michelle nicole joan jean kate caroline emily charlotte isabel beatrix esther miriam judith "
    "ines carmen dolores mercedes lyubov liubou nadezhda ekaterina kristin kirsten karin birgit "
    "gudrun heidi astrid sigrid elin ellen eileen kathleen colleen sharon shirley beverly "
    "kimberly ashley brittany tiffany lindsey lindsay kelly amy lucy joy hope faith janet harriet "
    "margot narges nasrin shirin gunay nargiz nigar khadija"
)

MALE_NAMES_IN_A = _words(
    "nikita ilya ilia luka luca andrea kuzma foma sasha misha mykola joshua jonah micha noah "
    "elijah ezra isa musa mustafa yahya zakaria akira reza alireza hamidreza mohammadreza "
    "gholamreza ata hamza osama usama"
)

FEMALE_SURNAME_ENDINGS = ("aya", "ava", "ova", "eva", "ina", "kaja", "ska", "cka", "ienė", "ytė")

MALE_SURNAME_ENDINGS = ("ski", "sky", "ov", "ev", "in", "ich", "vich", "skiy", "skyi", "as", "us")
