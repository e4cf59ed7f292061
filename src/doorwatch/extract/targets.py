"""Described sanction targets resolved to the names the article gives them.

News often names a sanctioned company once and describes it afterwards ("the state airline
Belavia" … "sanctions on the country's national airline"). A description whose head noun
(airline, carrier, producer, lender…) belongs to the same class as the head of a name's
appositive in the same text resolves to that name; "potash producer" also needs the word
"potash" in the name's appositive. Without such a name the description stays as written;
``KnownTargets`` then resolves it against names known from elsewhere (a store's measures).
Goods named by their kind ("the fertiliser") refer back to the goods the text named just before.
"""

from __future__ import annotations

import re
from typing import Final

from doorwatch.extract import lexicon as lx

HEADS: Final = lx.table("sanctions", "described_heads")
GENERIC_CLASS: Final = (
    "company"  # the class of heads that fit any company ("the company", "the firm")
)
_HEAD: Final = lx.alternation(sorted(HEADS, key=len, reverse=True))
_NAME: Final = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
# (a country's adjective may stand among the words: "the Belarusian state-owned potash producer")
_DESC: Final = (
    rf"(?P<desc>(?:(?:[a-z][\w’'-]*|[A-Z][a-z]+(?:ian|an|ese|ish))\s+){{0,3}}(?P<head>{_HEAD}))"
)
# "the state airline Belavia", "The airline, Belavia,", "lender Belinvestbank"
_BEFORE_RE: Final = re.compile(rf"\b{_DESC}\s*,?\s+{_NAME}\b")
# "Belavia, the flag carrier", "Belaruskali, the state potash giant"
_AFTER_RE: Final = re.compile(rf"\b{_NAME}\s*,\s+(?:the|its|a|an)\s+{_DESC}\b")
# "Belavia is Belarus' state-owned national airline"
_IS_RE: Final = re.compile(
    rf"\b{_NAME}\s+(?:is|was|remains)\s+(?:the\s+|a\s+|an\s+|[A-Z][\w’'-]*\s+)?{_DESC}\b"
)
_WORD_RE: Final = re.compile(r"[a-z]+")
# (class, name, words) of each company the sanctions lists name, for texts that name one of
# them without describing it ("Why was Belavia sanctioned?" … "the state airline")
_KNOWN: Final = tuple(
    (value.split()[0], name, frozenset(value.split()[1:]))
    for name, value in lx.table("sanctions", "known_companies").items()
)
_KNOWN_CLASS: Final = {name: cls for cls, name, _ in _KNOWN}
_SAID_AFTER_RE: Final = re.compile(rf"\s+(?:{lx.SPEECH_VERBS})\b")
# Words of a description that say nothing about which company it is (nationality included).
_GENERIC: Final = frozenset(lx.words("sanctions", "generic_description_words")) | {
    d.lower() for d in lx.DEMONYMS
}


# "the president of Belarus", "the Belarusian leader", "Belarus's president": an office a text
# may name its holder by instead of his name
_ROLE: Final = r"(?P<role>[Pp]resident|[Ll]eader|[Rr]uler)"
_HEAD_OF_STATE_RE: Final = re.compile(
    rf"(?:the\s+)?(?:(?:{lx.DEMONYM_WORDS}|[A-Z][a-z]+[’']s?)\s+)?{_ROLE}(?:\s+of\s+[A-Z][a-z]+)?"
)
_PERSON: Final = r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
# the holder named right after the office, or the office in apposition after the name
_HOLDER_RES: Final = (
    # (not "a spokesperson for the president, Natalya Eismont": whose aide is named)
    re.compile(
        rf"(?<!\bfor\sthe\s)(?<!\bto\sthe\s)\b{_ROLE}(?:\s+of\s+[A-Z][a-z]+)?\s*,?\s+{_PERSON}\b"
    ),
    re.compile(
        rf"\b{_PERSON}\s*,\s+(?:the|its)\s+(?:(?:{lx.DEMONYM_WORDS}|country[’']s)\s+)?{_ROLE}\b"
    ),
)

# Goods a text names once and then by their kind ("potash" … "the fertiliser")
_DESCRIBED_GOODS: Final = lx.table("sanctions", "described_goods")

# What a case report calls the party who brought it, and how it names a party and the case
# ("Case T-617/23 Sidarenka v Council", "Karpovich v Council of the European Union")
_PARTY_WORDS: Final = frozenset(("applicant", "claimant"))
_PARTY_NAME: Final = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}"
_CASE_NAME_RE: Final = re.compile(rf"(?P<party>{_PARTY_NAME})\s+v\.?\s+[A-Z]")

# a short form in capitals ("BPC"), which a text may spell out elsewhere
ACRONYM_RE: Final = re.compile(r"[A-Z]{2,6}")


class DescribedTargets:
    """The names a text gives to described companies, by the class of the description."""

    def __init__(self, text: str, headings: str = "") -> None:
        self.text = text
        # (a judgment's note gives the case's name and its parties in its title lines)
        self.headings = headings
        self._names: list[tuple[str, str, frozenset[str]]] | None = None
        self._known: dict[str, list[tuple[str, str, frozenset[str]]]] = {}

    @property
    def names(self) -> list[tuple[str, str, frozenset[str]]]:
        """Return (class, name, description words) of each named description in the text."""
        # Read only when a target is a description: most texts never need it.
        if self._names is None:
            self._names = []
            for pattern in (_BEFORE_RE, _AFTER_RE, _IS_RE):
                for match in pattern.finditer(self.text):
                    name = match.group("name")
                    if name.split()[0] in lx.STOPWORDS:
                        continue
                    if _SAID_AFTER_RE.match(self.text, match.end()):
                        continue  # "… the national airline, the Foreign Ministry said"
                    words = frozenset(_WORD_RE.findall(match.group("desc").lower()))
                    self._names.append((HEADS[match.group("head").lower()], name, words))
        return self._names

    def _with_known(self, head: str) -> list[tuple[str, str, frozenset[str]]]:
        """Return ``names`` and the listed companies of class ``head`` the text names
        without describing them (looked for only when a description of that class needs
        them)."""
        found = self._known.get(head)
        if found is None:
            described = {name for _, name, _ in self.names}
            found = self._known[head] = [
                known
                for known in _KNOWN
                if known[0] == head
                and known[1] not in described
                and _names_word(self.text, known[1])
            ]
        return self.names + found if found else self.names

    def resolve(self, target: str) -> str:
        """Return the name ``target`` stands for, or ``target`` itself when it is a name."""
        party_word = target.lower().removeprefix("the ")
        if party_word in _PARTY_WORDS:
            # ("The applicant was added to the list": the party a judgment or its note names)
            return self.party(party_word) or target
        if ACRONYM_RE.fullmatch(target):
            return self.spelled_out(target)
        role = _HEAD_OF_STATE_RE.fullmatch(target)
        if role is not None:
            # ("sanctions on the president of Belarus": the one the text names in that office)
            return self.holder(role.group("role").lower()) or target
        words = target.split()
        if len(words) > 2 and words[-2] == "of" and words[-1] in lx.PLACES:
            # ("the national air carrier of Belarus": a description by its country after it)
            words = words[:-2]
        head = HEADS.get(words[-1]) if words else None
        if head is None or _is_plural(words[-1]):
            return target
        candidates = self._with_known(head)
        if not candidates:
            return target
        wanted = {w for w in _WORD_RE.findall(target.lower()) if w not in HEADS}
        found = [name for cls, name, desc in candidates if cls == head and wanted & desc]
        if not found:
            found = [name for cls, name, _ in candidates if cls == head]
        if not found:
            # ("the national air carrier of Belarus, the company Belavia": a name the text
            # calls only a company, which the lists know as of the description's class)
            found = [
                name
                for cls, name, _ in candidates
                if cls == GENERIC_CLASS and _KNOWN_CLASS.get(name) == head
            ]
        names = set(found)
        return found[0] if len(names) == 1 else target

    def party(self, word: str) -> str | None:
        """Return the name of the party a case report calls ``word`` ("applicant",
        "claimant"): the one named with that word in brackets ("Alena Sidarenka
        (applicant)"), else the first party of the case's name ("Sidarenka v Council") in its
        fullest form in the text; None when the text names no such party."""
        text = f"{self.headings}\n{self.text}"
        bracketed = re.search(rf"({_PARTY_NAME})\s*\((?:the\s+)?{word}\)", text)
        if bracketed is not None:
            return bracketed.group(1)
        case = _CASE_NAME_RE.search(text)
        if case is None:
            return None
        surname = case.group("party").split()[-1]
        fuller = re.search(rf"\b[A-Z][\w’'-]+\s+{re.escape(surname)}\b(?!\s+v\b)", text)
        return fuller.group() if fuller is not None else case.group("party")

    def holder(self, role: str) -> str | None:
        """Return the one person the text names in office ``role`` ("The President of
        Belarus, Alexander Lukashenko", "Lukashenko's rival …, the Belarusian leader": a name
        beside the role), or None when it names none or more than one."""
        names = {
            m.group("name")
            for pattern in _HOLDER_RES
            for m in pattern.finditer(self.text)
            if m.group("role").lower() == role
        }
        return names.pop() if len(names) == 1 else None

    def goods_referred(self, kind: str, start: int, end: int) -> str | None:
        """Return the goods the kind ``kind`` (without its article) refers back to when the
        text names them between ``start`` and ``end`` ("… lift its sanctions on the
        fertiliser" after potash), else None."""
        words = kind.split()
        if len(words) > 1 and words[0] in lx.DEMONYMS:
            kind = " ".join(words[1:])  # ("its restrictions on Belarusian fertiliser")
        goods = _DESCRIBED_GOODS.get(kind.lower())
        if goods is None:
            return None
        # ("Potash sanctions …": the goods may open a sentence)
        named = max(
            self.text.find(goods, start, end), self.text.find(goods.capitalize(), start, end)
        )
        return goods if named >= 0 else None

    def spelled_out(self, acronym: str) -> str:
        """Return the name ``acronym`` stands for where the text gives it; else ``acronym``
        (see ``spelled_out``)."""
        return spelled_out(self.text, acronym)

    def refer_back(self, target: str, earlier: list[str]) -> str:
        """Return the named target, among ``earlier`` ones (oldest first), that the description
        ``target`` refers back to ("… sanctions on Belavia. … removed the state airline"): the
        latest one whose class, when the text gives it, is the description's; a generic head
        ("the company") fits any. ``target`` itself when none fits."""
        words = target.split()
        head = HEADS.get(words[-1].lower()) if words else None
        if head is None or _is_plural(words[-1].lower()):
            return target
        classes = {name: cls for cls, name, _ in self.names}
        for name in reversed(earlier):
            known = classes.get(name) or _KNOWN_CLASS.get(name)
            if known is None and not _company_like(name):
                continue  # "the Department of Corrections" is described by no company noun
            if known is None or known == head or head == GENERIC_CLASS:
                return name
        return target

    def named_between(self, start: int, end: int) -> list[str]:
        """Return the names the text gives with a company noun between ``start`` and ``end``,
        and the companies the sanctions lists hold named there ("shipments of Belaruskali
        potash … sanctions on the company"), in the order they stand."""
        found: list[tuple[int, str]] = []
        for _, name, _ in (*self.names, *_KNOWN):
            at = self.text.rfind(name, start, end)
            if at >= 0 and (at, name) not in found:
                found.append((at, name))
        return [name for _, name in sorted(found)]

    def refer_back_group(self, target: str, earlier: list[str]) -> list[str] | None:
        """Return the named targets, among ``earlier`` ones (oldest first), that a counted
        plural description refers back to ("… Belavia and Belaruskali. … on both companies"):
        the latest ones of its class, as many as it counts; None when ``target`` is no such
        description or the text has not named that many."""
        group = _GROUP_RE.match(target)
        if group is None:
            return None
        wanted = _GROUP_SIZES[group.group("count").lower()]
        if group.group("head").lower() in _PEOPLE_HEADS:
            # "the same two men": the people named last
            companies = {name for _, name, _ in self.names}
            people = [
                name
                for name in dict.fromkeys(reversed(earlier))
                if PERSON_NAME_RE.fullmatch(name)
                and name not in companies
                and name not in _KNOWN_CLASS
            ]
            return people[:wanted][::-1] if len(people) >= wanted else None
        head = HEADS.get(_singular(group.group("head").lower()))
        if head is None:
            return None
        classes = {name: cls for cls, name, _ in self.names}
        found: list[str] = []
        for name in reversed(earlier):
            known = classes.get(name) or _KNOWN_CLASS.get(name)
            if name in found or not (known is None or known == head or head == GENERIC_CLASS):
                continue
            found.append(name)
            if len(found) == wanted:
                return found[::-1]
        return None


_PEOPLE_HEADS: Final = frozenset(lx.words("sanctions", "people_heads"))
# a person's name: two to four capitalised words ("Viktor Khrenin", "Ivan Tertel")
PERSON_NAME_RE: Final = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}")
# "both companies", "the two firms", "all three carriers": named targets counted back
_GROUP_SIZES: Final = {"both": 2, "two": 2, "three": 3, "four": 4}
_GROUP_RE: Final = re.compile(
    r"^(?:the\s+|all\s+)?(?:same\s+)?(?P<count>both|two|three|four)\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<head>[a-z]+)$",
    re.IGNORECASE,
)


def _singular(noun: str) -> str:
    """Return the singular of an English plural noun ("companies" -> "company")."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") else noun


def _company_like(name: str) -> bool:
    """Return True when ``name`` may be a company's: capitalised words, none a noun of an
    office or body ("Department", "Ministry", "Court")."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and not any(
        w.lower() in lx.ORG_ROLE_WORDS for w in words
    )


def names_listed_company(text: str) -> bool:
    """Return True when ``text`` names one of the companies the sanctions lists hold."""
    return any(_names_word(text, name) for _, name, _ in _KNOWN)


def _names_word(text: str, name: str) -> bool:
    """Return True when ``text`` holds ``name`` as whole words."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        at = text.find(name, end)
    return False


def _is_plural(head: str) -> bool:
    # "Belarusian airlines" are a class of companies, not the one the text names
    return head.endswith("s") and head[:-1] in HEADS


def is_description(target: str) -> bool:
    """Return True when ``target`` is a description ("the national airline"), not a name."""
    words = target.split()
    if not words or words[-1].lower() not in HEADS:
        return False
    # a capitalised word is a name ("Belavia airline") unless it is a country's possessive or
    # adjective ("Belarus's largest producer", "the Belarusian carrier")
    return all(
        not w[:1].isupper() or w.lower() in _GENERIC or w.endswith(("'s", "’s")) for w in words[:-1]
    )


class KnownTargets:
    """Names known from elsewhere (a store's measures), each with words describing it.

    A description resolves to a known name when the name's own description has a head noun
    of the same class ("the national airline" → a measure on Belavia described as "blocking
    of the state airline"), preferring those that share a qualifier word ("potash"), and
    only when one name is left.
    """

    def __init__(self, known: list[tuple[str, str]]) -> None:
        self._entries = known
        self.known: list[tuple[str, frozenset[str], frozenset[str]]] = []
        for name, description in known:
            words = frozenset(_WORD_RE.findall(description.lower()))
            classes = frozenset(HEADS[w] for w in words if w in HEADS)
            if classes:
                self.known.append((name, classes, words - set(HEADS)))

    def __reduce__(self) -> tuple[type[KnownTargets], tuple[list[tuple[str, str]]]]:
        # An archive's workers receive these; compiled (see native.py), the class pickles
        # only as the names and descriptions it was made from.
        return (KnownTargets, (self._entries,))

    def resolve(self, target: str) -> str | None:
        """Return the one known name ``target`` describes, or None."""
        if not is_description(target):
            return None
        head = HEADS[target.split()[-1].lower()]
        wanted = {
            w
            for w in _WORD_RE.findall(target.lower())
            if len(w) > 1 and w not in HEADS and w not in _GENERIC
        }
        fitting = [(name, words) for name, classes, words in self.known if head in classes]
        found = {name for name, words in fitting if wanted & words}
        if not found and not wanted:
            # nothing in the description tells companies of its class apart: any will do
            # when only one is known
            found = {name for name, _ in fitting}
        return found.pop() if len(found) == 1 else None


# the small words an acronym leaves out ("Office for Democratic Institutions and Human Rights")
_SMALL_WORDS: Final = ("of", "for", "and", "the", "on", "in")
_SMALL: Final = "|".join(_SMALL_WORDS)


def spelled_out(text: str, acronym: str) -> str:
    """Return the name the short form ``acronym`` stands for in ``text``: the name it follows
    in parentheses ("the State Secretariat for Economic Affairs (SECO)"), else the name whose
    words' initials it is ("BPC" after "Belarusian Potash Company", "NSDC" after "National
    Security and Defence Council"); ``acronym`` itself when the text gives neither."""
    # (the name opens with the short form's first letter: not "On Monday the State …")
    defined = re.search(
        rf"\b(?!The\s)({acronym[0]}[\w’'-]+(?:\s+(?:(?:{_SMALL})\s+)*[A-Z][\w’'-]+)"
        r"{1,7})\s+\(" + re.escape(acronym) + r"\)",
        text,
    )
    if defined is not None:
        return defined.group(1)
    # ("the Prime Minister's official spokesman (PMOS)": a name with words in lower case, told
    # by the first letters of its words)
    for bracketed in re.finditer(r"\s\(" + re.escape(acronym) + r"\)", text):
        words = text[max(0, bracketed.start() - 120) : bracketed.start()].split()[-10:]
        for size in range(2, len(words) + 1):
            tail = words[-size:]
            if tail[0][:1].isupper() and _initials(tail) == acronym:
                return " ".join(tail)
    # ("FCDO" after "the Foreign, Commonwealth and Development Office": commas between, too)
    spelled = re.search(
        r"\b"
        + rf"(?:,\s+|\s+(?:(?:{_SMALL})\s+)*)".join(rf"{c}[a-z’'-]+" for c in acronym)
        + r"\b",
        text,
    )
    return acronym if spelled is None else spelled.group()


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w not in _SMALL_WORDS).upper()
