"""The shapes of the API's responses, for ``/api/v1/docs`` (and checked against real answers in
the tests).

Dates are ISO strings: a day (``2025-09-11``), or a month or year where a source gave no more
(``2025-09``). Records may carry fields beyond those listed here (``extra="allow"``); the listed
ones are always present.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from doorwatch.analysis.support_plan import PlanMonth

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
    """A person with their other names and their latest case (latest matching, in a filtered
    list): status (and the registry keeper's own word for it), days, release mode, charges,
    expulsion and who recognised them."""

    id: str
    name: str
    gender: str | None
    role: str | None
    aliases: list[str]
    status: str | None
    # The status as the registry's keeper wrote it ("np"), kept beside the mapped status, and
    # in place of one when doorwatch has no status for the word (status "unknown").
    keeper_status: str | None = None
    detained_on: str | None
    released_on: str | None
    release_mode: str | None = None
    charges: str | None = None
    expelled: bool | None = None
    recognised_by: str | None = None


class FacetValue(Shape):
    """One value of a filter, the reader's word for it, and the cases that have it."""

    value: str | int
    label: str
    count: int


class PeoplePage(Shape):
    """A page of the people list: paged by key (``next`` is the ``after`` of the next page,
    ``previous`` the ``before`` of the one before; null at an end), or, for a search, by
    ``offset``; the filters given; and per filter the cases with each value (``facets``)."""

    items: list[Person]
    total: int
    limit: int
    next: str | None = None
    previous: str | None = None
    offset: int | None = None
    filters: dict[str, str | int]
    facets: dict[str, list[FacetValue]] | None = None


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
    keeper_status: str | None = None  # the status as the registry's keeper wrote it
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


# Sanctions lists as published (``/sanctions/…``).


class SanctionsList(Shape):
    """One imported snapshot of a sanctions list: who publishes it, its date and its size."""

    id: str
    name: str
    source_id: str
    imposer: str
    series: str
    format: str
    list_date: str | None
    sha256: str
    records: int
    targets: int
    imported_at: str


class ProgrammeSeen(Shape):
    """A programme found in the latest snapshot of a list, with its class (belarus, russia or
    unmapped) and the source of that mapping."""

    imposer: str
    programme: str
    cls: str = Field(alias="class")
    targets: int
    source: str | None


class ListSummary(Shape):
    """The snapshot a comparison read: its name, imposer, format, date and number of targets."""

    name: str
    imposer: str
    format: str
    list_date: str | None
    targets: int


class MirrorRow(Shape):
    """One target of list A and whether list B lists it: ``listed``, ``not_listed`` or
    ``uncertain``, with B's entry, the match score and the reason."""

    list_id: str
    name: str
    schema_: str = Field(alias="schema")
    programmes: str
    status: str
    matched_id: str
    matched_name: str
    matched_classes: list[str]
    score: float
    reason: str


class Mirror(Shape):
    """List A's targets in a programme class, each looked up in list B, with the counts."""

    list_: ListSummary = Field(alias="list")
    against: ListSummary
    selection: dict[str, Any]
    counts: dict[str, int]
    rows: list[MirrorRow]
    basis: str


class MatrixRow(Shape):
    """One direction of a pair of lists in one programme class: targets listed, shared (in the
    same class or another), uncertain and not listed by the other."""

    cls: str = Field(alias="class")
    list_: str = Field(alias="list")
    against: str
    listed: int
    shared: int
    shared_same_class: int
    shared_other_class: int
    uncertain: int
    not_listed: int


class PairMatrix(Shape):
    """A pair of lists compared both ways; ``gaps`` holds the unmatched targets, keyed
    ``LIST|AGAINST|CLASS``."""

    rows: list[MatrixRow]
    gaps: dict[str, list[MirrorRow]]


class Matrix(BaseModel):
    """Every pair of lists asked for (or the lists of the same weeks), compared."""

    pairs: list[PairMatrix]


class ElsewhereListing(Shape):
    """Whether another imposer's latest list names the same target, and how sure the match is."""

    list_: str = Field(alias="list")
    imposer: str
    status: str
    matched_id: str
    matched_name: str
    programmes: list[str]
    score: float
    reason: str


class SanctionsTarget(Shape):
    """One target as a list names it: its details, the snapshots that hold it, the other
    imposers' lists, its history across snapshots and the recorded measures on it."""

    list_: str = Field(alias="list")
    imposer: str
    entry_id: str
    schema_: str = Field(alias="schema")
    name: str
    programmes: list[str]
    classes: list[str]
    listed_on: str | None
    details: dict[str, Any]
    snapshots: list[dict[str, Any]]
    elsewhere: list[ElsewhereListing]
    history: list[dict[str, Any]]
    measures: list[dict[str, Any]]


class SectoralRow(Shape):
    """Goods or services one imposer restricts for Russia and for Belarus, side by side."""

    imposer: str
    category: str
    goods: str
    russia: str
    belarus: str
    gap: str
    as_of: str
    russia_source: str
    belarus_source: str


# Support for released people (``/support/…``, ``/funds``, ``/rates``).


class SupportCase(Shape):
    """A support case without its sealed fields: whom it supports, after which release, its
    status and caseworker."""

    id: str
    person_id: str
    person_name: str
    case_id: str | None
    deal_id: str | None
    status: str
    origin: str
    assigned_to: str | None
    consent_given: bool
    opened_at: str
    updated_at: str


class SupportCases(BaseModel):
    """The support cases the caller may see."""

    items: list[SupportCase]


class Consent(Shape):
    """The person's consent to referrals, when it was given and what it covers."""

    given: bool
    on: str | None
    scope: list[str]


class SupportCaseDetail(SupportCase):
    """A support case with every field opened: where the person is, how to reach them, their
    consent, needs, notes, referrals and aid (reading it is audited)."""

    where: str | None
    location: str | None
    contacts: str | None
    consent: Consent
    needs: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    referrals: list[dict[str, Any]]
    aid: list[dict[str, Any]]


class Need(Shape):
    """A need of a support case, as stored (its kind and note sealed at rest)."""

    id: int
    support_case_id: str
    status: str


class Note(Shape):
    """A note added to a support case: when and by whom (the text is sealed at rest)."""

    id: int
    support_case_id: str
    at: str
    author: str


class Referral(Shape):
    """A referral of a support case to a partner organisation."""

    id: int
    support_case_id: str
    partner: str
    need_id: int | None


class Aid(Shape):
    """Aid paid or committed to a support case from a fund, with its amount in euros at the
    rate of its date."""

    id: int
    support_case_id: str
    need_id: int | None
    fund_id: str
    kind: str
    status: str
    on: str
    amount: float
    currency: str
    amount_eur: float
    eur_per_unit: float
    organisation: str | None
    recorded_by: str
    recorded_at: str


class SupportSummary(Shape):
    """Counts of support work; counts under ``suppressed_below`` are null for callers who are
    not coordinators."""

    basis: str
    suppressed_below: int | None
    cases: int | None
    cases_by_status: dict[str, int | None]
    needs_by_status: dict[str, int | None]
    where: dict[str, int | None]
    needs_by_kind: dict[str, int | None]
    aid_eur_by_kind: dict[str, float | None]
    key_available: bool


class Assumption(Shape):
    """One input of a plan: its value, what it is per, its basis and its sources."""

    name: str
    value: str
    per: str
    basis: str
    sources: list[dict[str, Any]]


class SupportPlan(Shape):
    """What supporting a release would cost against the funds: need, shortfall (with bands),
    runway, fundraising a month, caseworkers, month by month (each month also carries its
    ``label``, YYYY-MM), and every assumption."""

    scenario: str
    releases: str
    released: float
    start: str
    months: list[PlanMonth]
    need_eur: float
    need_band_eur: list[float]
    funds_available_eur: float
    shortfall_eur: float
    shortfall_band_eur: list[float]
    runway_months: int | None
    fundraising_per_month_eur: float
    caseworkers_needed: int
    assumptions: list[Assumption]
    basis: str


class FundBalance(Shape):
    """One fund's money in and out, in euros."""

    id: str
    name: str
    administrator: str | None
    received: float
    pledged: float
    paid: float
    committed: float
    costs: float
    balance: float


class FundPosition(Shape):
    """Every fund's balance, commitments, pledges, the money available and the runway in
    months at the recent monthly outflow (null when nothing went out)."""

    currency: str
    on: str
    funds: list[FundBalance]
    balance_eur: float
    committed_eur: float
    pledged_eur: float
    available_eur: float
    monthly_outflow_eur: float
    runway_months: float | None
    basis: str


class Fund(Shape):
    """A fund and who runs it."""

    id: str
    name: str
    administrator: str | None
    created_at: str


class Donation(Shape):
    """A donation received or a pledge, with its amount in euros at the rate of its date."""

    id: int
    fund_id: str
    kind: str
    on: str
    amount: float
    currency: str
    amount_eur: float
    eur_per_unit: float
    recorded_by: str
    recorded_at: str


class Cost(Shape):
    """An operating cost of a fund, with its amount in euros at the rate of its date."""

    id: int
    fund_id: str
    on: str
    amount: float
    currency: str
    amount_eur: float
    description: str | None
    recorded_by: str
    recorded_at: str


class ExchangeRate(Shape):
    """What one unit of a currency was worth in euros on a day, and who says so."""

    currency: str
    on: str
    eur_per_unit: float
    source: str | None


class ExchangeRates(BaseModel):
    """The stored exchange rates."""

    items: list[ExchangeRate]
