"""The shapes of the API's responses, for ``/api/v1/docs`` (and checked against real answers in
the tests).

Dates are ISO strings: a day (``2025-09-11``), or a month or year where a source gave no more
(``2025-09``). Records may carry fields beyond those listed here (``extra="allow"``); the listed
ones are always present.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class Shape(BaseModel):
    """A response record: the fields listed are always there; others may be."""

    model_config = ConfigDict(extra="allow")


class SourceSummary(Shape):
    """A source as it is cited: who published what, where and when."""

    id: str
    kind: str | None
    publisher: str | None
    title: str | None
    url: str | None
    published: str | None


class Person(Shape):
    """A person with their other names and the state of their latest case."""

    id: str
    name: str
    gender: str | None
    role: str | None
    aliases: list[str]
    status: str | None
    detained_on: str | None
    released_on: str | None


class PersonDetail(Shape):
    """A person with every spelling of their name, their cases and the sources of each."""

    id: str
    name: str
    names: list[dict[str, Any]]
    cases: list[dict[str, Any]]
    sources: list[SourceSummary]


class Case(Shape):
    """One detention case: a re-arrest is a new case."""

    id: str
    person_id: str
    person_name: str
    status: str
    detained_on: str | None
    recognised_on: str | None
    released_on: str | None
    release_mode: str | None
    deal_id: str | None


class CaseDetail(Case):
    """A case with the sources that support it."""

    sources: list[SourceSummary]


class Deal(Shape):
    """A release bought by a counterpart: what was conceded, who was freed, who says so."""

    id: str
    date: str
    counterpart: str
    envoy: str | None
    people_freed: int | None
    concessions: list[dict[str, Any]]
    named_people: list[dict[str, Any]]
    sources: list[SourceSummary]


class DealDetail(Deal):
    """A deal with its release events."""

    events: list[dict[str, Any]]


class Measure(Shape):
    """A sanctions measure: who imposed it on whom, and when it was eased or lifted."""

    id: str
    imposer: str
    programme: str | None
    target: str
    kind: str | None
    imposed_on: str | None
    eased_on: str | None
    lifted_on: str | None


class Source(SourceSummary):
    """A source with the number of claims read from it."""

    claims: int


class Claim(Shape):
    """A figure, quote, event or sanction action as one source stated it."""

    id: str
    source_id: str
    kind: str
    status: str
    measure: str | None
    value: float | None
    value_max: float | None
    qualifier: str | None
    as_of: str | None
    speaker: str | None
    quote: str | None
    action: str | None
    target: str | None
    wording: str | None


class SourceDetail(SourceSummary):
    """A source with its text (when stored) and its claims, by position in the text."""

    text: str | None
    claims: list[Claim]


class ClaimDetail(Claim):
    """A claim with the source (and its text) it was read from."""

    source: dict[str, Any]


class Page(BaseModel, Generic[T]):
    """One page of a list: ``limit`` items from ``offset`` of ``total``."""

    items: list[T]
    total: int
    limit: int
    offset: int


class ClaimPage(Page[Claim]):
    """A page of claims with the number of claims in each review status."""

    by_status: dict[str, int]


class Status(Shape):
    """The number held on a day: each source's nearest report and the registry's count."""

    on: str
    measure: str
    window_days: int
    known_on: str
    hindsight: bool
    reported: list[dict[str, Any]]
    registry: dict[str, Any]


class Overview(Shape):
    """Held over time, flows by month, the door ratio, the latest deals, the current count."""

    as_of: str | None
    known_on: str | None
    hindsight: bool
    notes: list[str]
    reported: list[dict[str, Any]]
    flows: list[dict[str, Any]]
    registry: list[dict[str, Any]]
    door: dict[str, Any] | None
    latest_deals: list[dict[str, Any]]


class Account(Shape):
    """A user account (never its password hash)."""

    name: str
    role: str


class Accounts(BaseModel):
    """Every user account."""

    items: list[Account]


class Answer(Shape):
    """A result or a record: every figure with its basis and the ids of the records it rests on
    (see the endpoint's description for its fields)."""


class Items(BaseModel):
    """Every record of a kind, unpaged (there are few)."""

    items: list[Answer]
