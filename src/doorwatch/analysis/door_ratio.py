"""The door ratio new ÷ released as an interval whose ends name their basis.

Each term offers up to two bases: what is on record in the window and the best reported total
covering it. The low end is the smallest new over the largest out, the high end the largest new
over the smallest out, each naming its basis. A ratio with a term under 80 % covered, or of
unknown coverage, is incomplete; with nothing released on record there is no ratio, said so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for annotations: flows imports this module
    from doorwatch.analysis.flows import FlowTerm

# A term with less of its reported total on record than this is incomplete.
COMPLETE_COVERAGE = 0.8


@dataclass
class DoorRatio:
    """new ÷ out as an interval, each end with its basis; None ends when it cannot be formed."""

    low: float | None
    high: float | None
    basis_low: str | None
    basis_high: str | None
    incomplete: bool
    reasons: list[str]
    note: str | None
    # The interval as a reader says it: "1.49–1.93", "6.00", or "≤ 6.00" when nothing bounds it
    # from below; None when no ratio can be formed.
    text: str | None = None

    def __post_init__(self) -> None:
        if self.text is None and self.low is not None and self.high is not None:
            low, high = f"{self.low:.2f}", f"{self.high:.2f}"
            self.text = f"≤ {high}" if self.low == 0 else low if low == high else f"{low}–{high}"


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value - round(value)) < 0.05 else f"{value:,.1f}"


def _bases(term: FlowTerm, what: str) -> list[tuple[float, str]]:
    """Return (value, description) for each basis a term offers: on record, and reported."""
    out: list[tuple[float, str]] = []
    if term.basis != "none":
        spread = ", partly spread" if term.spread else ""
        out.append((term.value, f"{_number(term.value)} {what} on record ({term.basis}{spread})"))
    if term.reported_total is not None:
        origins = sorted(
            {t.origin for t in term.reported if t.used and t.claim_id in term.reported_claim_ids}
        )
        spread = ", spread from a longer period" if term.reported_spread else ""
        out.append(
            (
                term.reported_total,
                f"{_number(term.reported_total)} {what} reported by {', '.join(origins)} "
                f"({', '.join(term.reported_claim_ids)}{spread})",
            )
        )
    return out


def _incomplete(terms: Sequence[FlowTerm]) -> list[str]:
    reasons = []
    for term in terms:
        if term.coverage is None:
            reasons.append(f"{term.label}: no reported total covers the window (coverage unknown)")
        elif term.coverage < COMPLETE_COVERAGE:
            reasons.append(
                f"{term.label}: {term.coverage:.0%} of the reported "
                f"{_number(term.reported_total or 0)} on record"
            )
    return reasons


def door_ratio(new: FlowTerm, outs: Sequence[FlowTerm], what: str) -> DoorRatio:
    """Return new ÷ the sum of ``outs`` as an interval over the bases each term offers."""
    news = _bases(new, "recognised")
    if len(outs) == 1:
        out_bases = _bases(outs[0], what)
    else:
        recorded = [t for t in outs if t.basis != "none"]
        reported = [t for t in outs if t.reported_total is not None]
        out_bases = []
        if recorded:
            total = sum(t.value for t in outs)
            out_bases.append((total, f"{_number(total)} {what} on record"))
        if reported:
            total = sum(t.reported_total if t.reported_total is not None else t.value for t in outs)
            named = "; ".join(
                f"{t.label} {_number(t.reported_total)} reported ({', '.join(t.reported_claim_ids)})"
                if t.reported_total is not None
                else f"{t.label} {_number(t.value)} on record"
                if t.basis != "none"
                # Nothing on record is not a count of zero.
                else f"{t.label} none recorded"
                for t in outs
            )
            out_bases.append((total, f"{_number(total)} {what}: {named}"))
    out_bases = [(v, d) for v, d in out_bases if v > 0]
    reasons = _incomplete([new, *outs])
    if not out_bases:
        return DoorRatio(None, None, None, None, True, reasons, f"no {what} recorded")
    if not news:
        return DoorRatio(None, None, None, None, True, reasons, "no recognitions recorded")
    low_new, high_new = min(news), max(news)
    low_out, high_out = min(out_bases), max(out_bases)
    # A term on record only as "at least n", with no reported total to bound it, may be any
    # number above n: the ratio then has no low end above zero, and says so.
    open_terms = [
        t for t in outs if t.basis != "none" and t.high is None and t.reported_total is None
    ]
    if open_terms:
        named = ", ".join(f"{t.label} at least {_number(t.value)}" for t in open_terms)
        return DoorRatio(
            low=0.0,
            high=high_new[0] / low_out[0],
            basis_low=f"{low_new[1]} ÷ no upper count ({named} on record, no total reported)",
            basis_high=f"{high_new[1]} ÷ {low_out[1]}",
            incomplete=True,
            reasons=reasons,
            note=None,
        )
    return DoorRatio(
        low=low_new[0] / high_out[0],
        high=high_new[0] / low_out[0],
        basis_low=f"{low_new[1]} ÷ {high_out[1]}",
        basis_high=f"{high_new[1]} ÷ {low_out[1]}",
        incomplete=bool(reasons),
        reasons=reasons,
        note=None,
    )
