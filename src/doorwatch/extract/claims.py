"""The claims an article yields: attributed quotes, reported figures and sanction measures.

Each claim keeps ``start``/``end``, Python string offsets of the characters it was read from,
so that a reviewer can check it against its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Qualifier = Literal["exact", "about", "more_than", "at_least", "fewer_than", "up_to", "range"]
SanctionAction = Literal["imposed", "lifted", "eased", "threatened"]


@dataclass(frozen=True, slots=True)
class Quote:
    """Words inside quotation marks and who said them (``speaker`` is None when unknown)."""

    speaker: str | None
    text: str
    start: int
    end: int
    kind: Literal["quote"] = "quote"

    def to_json(self) -> dict[str, Any]:
        """Return the claim as a dict in the JSON Lines contract."""
        return {
            "kind": "quote",
            "speaker": self.speaker,
            "text": self.text,
            "start": self.start,
            "end": self.end,
        }


@dataclass(frozen=True, slots=True)
class Figure:
    """A reported count of people (``measure``) with its qualifier and, if fixed, its date."""

    measure: str
    value: int
    qualifier: Qualifier
    date: str | None
    start: int
    end: int
    value_max: int | None = None
    kind: Literal["figure"] = "figure"

    def to_json(self) -> dict[str, Any]:
        """Return the claim as a dict in the JSON Lines contract (``value_max`` only for ranges)."""
        out: dict[str, Any] = {
            "kind": "figure",
            "measure": self.measure,
            "value": self.value,
            "qualifier": self.qualifier,
            "date": self.date,
            "start": self.start,
            "end": self.end,
        }
        if self.value_max is not None:
            out["value_max"] = self.value_max
        return out


@dataclass(frozen=True, slots=True)
class Sanction:
    """A sanction measure imposed, lifted, eased or threatened against ``target``."""

    action: SanctionAction
    target: str
    imposer: str | None
    date: str | None
    start: int
    end: int
    kind: Literal["sanction"] = "sanction"

    def to_json(self) -> dict[str, Any]:
        """Return the claim as a dict in the JSON Lines contract."""
        return {
            "kind": "sanction",
            "action": self.action,
            "target": self.target,
            "imposer": self.imposer,
            "date": self.date,
            "start": self.start,
            "end": self.end,
        }


Claim = Quote | Figure | Sanction


MeasureKey = tuple[str, str, str | None]


def measure_keys(claims: list[Sanction]) -> set[MeasureKey]:
    """Return the measures ``claims`` tell, each as its action, its target in lower case and
    its power: what a measure derived from them is checked against before it is added."""
    return {(c.action, c.target.lower(), c.imposer) for c in claims}
