"""Is an article about the monitored country's political prisoners, releases, deals or
sanctions? A keyword rule with its reasons, fast enough for archives of millions of articles.

An article is relevant when its title or text names the monitored country (the country,
its capital, its ruler, the targets of its sanctions; ``data/extract/relevance.yaml``) *and*
speaks of at least one topic: imprisonment, release, or sanctions. The decision carries the
words that made it, so a reviewer can see why an article was kept or dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from doorwatch.extract import lexicon as lx

TOPICS = ("imprisonment", "release", "sanctions")
_COUNTRY_RE = re.compile(rf"\b(?:{lx.alternation(lx.words('relevance', 'country'))})\b")
_TOPIC_RE = re.compile(
    "|".join(
        rf"\b(?P<{topic}>{lx.alternation(lx.words('relevance', topic))})\b" for topic in TOPICS
    ),
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Relevance:
    """A relevance decision: ``relevant``, and the words of the country and of each topic."""

    relevant: bool
    country: tuple[str, ...]
    topics: dict[str, tuple[str, ...]]

    @property
    def reason(self) -> str:
        """Return the decision in words: what was found, or what was missing."""
        found = "; ".join(f"{t}: {', '.join(w)}" for t, w in self.topics.items())
        if self.relevant:
            return f"names {', '.join(self.country)}; {found}"
        if not self.country:
            return "does not name the monitored country"
        return f"names {', '.join(self.country)} but no prisoners, releases or sanctions"


def _distinct(words: list[str], limit: int = 3) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for word in words:
        seen.setdefault(" ".join(word.split()), None)
    return tuple(list(seen)[:limit])


def relevance(title: str, text: str) -> Relevance:
    """Return whether the article ``title``/``text`` is on topic, and why."""
    body = f"{title}\n{text}" if title else text
    country = _distinct(_COUNTRY_RE.findall(body))
    if not country:
        return Relevance(False, (), {})
    found: dict[str, list[str]] = {}
    for match in _TOPIC_RE.finditer(body):
        topic = match.lastgroup
        if topic is not None:
            found.setdefault(topic, []).append(match.group())
    topics = {t: _distinct(found[t]) for t in TOPICS if t in found}
    return Relevance(bool(topics), country, topics)
