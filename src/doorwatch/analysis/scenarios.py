"""Scenarios: named sets of changes to the fitted model, as a user writes them in YAML.

A scenario multiplies fitted rates (``recognitions``, ``release_batches``, ``batch_size``,
``served``), may replace the drift, may add one-off releases in given months, and may change any
of these from a given month on (``phases``), e.g. a snap-back of sanctions after a broken deal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from doorwatch.errors import InputError

MULTIPLIERS = ("recognitions", "release_batches", "batch_size", "served")


@dataclass(frozen=True)
class Phase:
    """Settings in force from ``from_month`` (1 = the first projected month) on."""

    from_month: int
    multipliers: Mapping[str, float]
    drift: float | None = None


@dataclass(frozen=True)
class Scenario:
    """A named scenario: phases in month order and one-off releases by month."""

    name: str
    description: str = ""
    phases: tuple[Phase, ...] = (Phase(1, {}),)
    one_off_releases: Mapping[int, float] = field(default_factory=dict)

    def phase_at(self, month: int) -> Phase:
        """Return the phase in force in ``month``."""
        current = self.phases[0]
        for phase in self.phases:
            if phase.from_month <= month:
                current = phase
        return current


BASELINE = Scenario("baseline", "the fitted model as it stands")


def _number(value: Any, file: str, field_name: str, minimum: float = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise InputError(
            f"{value!r} is not a number of at least {minimum:g}",
            file=file,
            field=field_name,
            expected="a number",
        )
    return float(value)


def _phase(data: Mapping[str, Any], file: str, where: str, from_month: int) -> Phase:
    allowed = {*MULTIPLIERS, "drift", "from_month", "name", "description", "phases", "one_off"}
    unknown = set(data) - allowed
    if unknown:
        raise InputError(
            f"unknown setting {sorted(unknown)[0]!r}",
            file=file,
            field=where,
            expected=", ".join(sorted(allowed)),
        )
    multipliers = {
        k: _number(data[k], file, f"{where}{k}")
        for k in MULTIPLIERS
        if k in data and data[k] is not None
    }
    drift = data.get("drift")
    return Phase(
        from_month,
        multipliers,
        None if drift is None else _number(drift, file, f"{where}drift", minimum=-1e9),
    )


def parse_scenario(data: Any, file: str) -> Scenario:
    """Return the scenario described by ``data`` (parsed YAML); InputError names what is wrong."""
    if not isinstance(data, Mapping):
        raise InputError(
            "a scenario is a mapping of settings",
            file=file,
            expected="name:, recognitions:, phases:, ...",
        )
    phases = [_phase(data, file, "", 1)]
    for i, item in enumerate(data.get("phases") or []):
        if not isinstance(item, Mapping) or "from_month" not in item:
            raise InputError(
                "each phase needs from_month",
                file=file,
                field=f"phases[{i}]",
                expected="from_month: N",
            )
        start = int(_number(item["from_month"], file, f"phases[{i}].from_month", minimum=1))
        base = {k: v for k, v in data.items() if k in MULTIPLIERS or k == "drift"}
        phases.append(_phase({**base, **item}, file, f"phases[{i}].", start))
    one_off: dict[int, float] = {}
    for i, item in enumerate(data.get("one_off") or []):
        if not isinstance(item, Mapping) or "month" not in item or "released" not in item:
            raise InputError(
                "each one-off needs month and released",
                file=file,
                field=f"one_off[{i}]",
                expected="{month: N, released: N}",
            )
        month = int(_number(item["month"], file, f"one_off[{i}].month", minimum=1))
        one_off[month] = one_off.get(month, 0.0) + _number(
            item["released"], file, f"one_off[{i}].released"
        )
    return Scenario(
        name=str(data.get("name") or file),
        description=str(data.get("description") or ""),
        phases=tuple(sorted(phases, key=lambda p: p.from_month)),
        one_off_releases=one_off,
    )
