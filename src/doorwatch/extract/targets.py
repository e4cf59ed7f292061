"""Described sanction targets resolved to the names the article gives them.

News often names a sanctioned company once and describes it afterwards ("the state airline
Belavia" … "sanctions on the country's national airline"). A description whose head noun
(airline, carrier, producer, lender…) belongs to the same class as the head of a name's
appositive in the same text resolves to that name; "potash producer" also needs the word
"potash" in the name's appositive. Without such a name the description stays as written.
"""

from __future__ import annotations

import re

from doorwatch.extract import lexicon as lx

HEADS = lx.table("sanctions", "described_heads")
_HEAD = lx.alternation(sorted(HEADS, key=len, reverse=True))
_NAME = r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
_DESC = rf"(?P<desc>(?:[a-z][\w’'-]*\s+){{0,3}}(?P<head>{_HEAD}))"
# "the state airline Belavia", "The airline, Belavia,", "lender Belinvestbank"
_BEFORE_RE = re.compile(rf"\b{_DESC}\s*,?\s+{_NAME}\b")
# "Belavia, the flag carrier", "Belaruskali, the state potash giant"
_AFTER_RE = re.compile(rf"\b{_NAME}\s*,\s+(?:the|its|a|an)\s+{_DESC}\b")
_WORD_RE = re.compile(r"[a-z]+")


class DescribedTargets:
    """The names a text gives to described companies, by the class of the description."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._names: list[tuple[str, str, frozenset[str]]] | None = None

    @property
    def names(self) -> list[tuple[str, str, frozenset[str]]]:
        """Return (class, name, description words) of each named description in the text."""
        # Read only when a target is a description: most texts never need it.
        if self._names is None:
            self._names = []
            for pattern in (_BEFORE_RE, _AFTER_RE):
                for match in pattern.finditer(self.text):
                    name = match.group("name")
                    if name.split()[0] in lx.STOPWORDS:
                        continue
                    words = frozenset(_WORD_RE.findall(match.group("desc").lower()))
                    self._names.append((HEADS[match.group("head").lower()], name, words))
        return self._names

    def resolve(self, target: str) -> str:
        """Return the name ``target`` stands for, or ``target`` itself when it is a name."""
        words = target.split()
        head = HEADS.get(words[-1]) if words else None
        if head is None or not self.names:
            return target
        wanted = {w for w in _WORD_RE.findall(target.lower()) if w not in HEADS}
        found = [name for cls, name, desc in self.names if cls == head and wanted & desc]
        if not found:
            found = [name for cls, name, _ in self.names if cls == head]
        names = set(found)
        return found[0] if len(names) == 1 else target
