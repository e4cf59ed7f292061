"""A keeper's rows read through a declared layout into doorwatch registry rows.

What the layout cannot map is never guessed: a status word the map does not know is kept as the
keeper wrote it (the case's status is ``unknown``), a partial date stays text in the note, and
each is counted in the :class:`LayoutReport` that the import summary carries.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from doorwatch.errors import InputError
from doorwatch.ingest.field_parsers import Where, parse_text
from doorwatch.ingest.registry import LayoutRow
from doorwatch.ingest.registry_layouts import (
    DATE_FIELDS,
    DATE_PATTERNS,
    FieldRule,
    RegistryLayout,
    StatusValue,
)
from doorwatch.store.content_keys import content_key

# Row numbers kept per reported item: enough to find the rows, not a copy of the file.
_EXAMPLE_ROWS = 5
_LIST_FIELDS = ("aliases", "charges")
_DIGITS = re.compile(r"^\d+(?:[.,]\d+)?$")

# A date as the keeper wrote it: (ISO text, precision "day"/"month"/"year", first day, last day).
Dated = tuple[str, str, date, date]


@dataclass
class Seen:
    """How many rows held one value, and the first of them (a bounded record of a big file)."""

    rows: int = 0
    first_rows: list[int] = field(default_factory=list)


@dataclass
class LayoutReport:
    """What a layout mapped and what it could not, counted over a file."""

    layout: str
    keeper: str | None
    rows: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    unmapped_statuses: dict[str, Seen] = field(default_factory=dict)
    ambiguous: dict[str, Seen] = field(default_factory=dict)
    partial_dates: dict[str, Seen] = field(default_factory=dict)
    dropped_columns: list[str] = field(default_factory=list)
    # The day the list speaks for, when its statuses are told from the end of sentences.
    as_of: str | None = None

    def count(self, book: dict[str, Seen], key: str, row: int | None) -> None:
        """Count ``row`` under ``key`` in ``book`` (one of the report's tallies)."""
        seen = book.setdefault(key, Seen())
        seen.rows += 1
        if len(seen.first_rows) < _EXAMPLE_ROWS:
            seen.first_rows.append(row or 0)

    def as_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-friendly dict (counts, and the first rows of each)."""

        def summary(book: dict[str, Seen]) -> list[dict[str, Any]]:
            return [
                {"value": key, "rows": seen.rows, "first_rows": seen.first_rows}
                for key, seen in sorted(book.items(), key=lambda item: -item[1].rows)
            ]

        return {
            "layout": self.layout,
            "keeper": self.keeper,
            "rows": self.rows,
            "statuses": dict(sorted(self.statuses.items(), key=lambda item: -item[1])),
            "unmapped_statuses": summary(self.unmapped_statuses),
            "ambiguous": summary(self.ambiguous),
            "partial_dates": summary(self.partial_dates),
            "dropped_columns": self.dropped_columns,
            "as_of": self.as_of,
        }


def _dated(text: str, formats: tuple[str, ...]) -> Dated | None:
    for name in formats:
        pattern, precision = DATE_PATTERNS[name]
        match = re.fullmatch(pattern, text)
        if not match:
            continue
        year = int(match["y"])
        month = int(match.groupdict().get("m") or 0)
        day = int(match.groupdict().get("d") or 0)
        try:
            first = date(year, month or 1, day or 1)
        except ValueError:
            return None
        if precision == "day":
            last = first
        elif precision == "month":
            last = date(year, month, calendar.monthrange(year, month)[1])
        else:
            last = date(year, 12, 31)
        iso = first.isoformat()[: {"day": 10, "month": 7, "year": 4}[precision]]
        return iso, precision, first, last
    return None


def check_as_of(layout: RegistryLayout | None, as_of: date | None) -> None:
    """Refuse ``as_of`` for a layout (None: doorwatch's own) whose status is not told from the
    end of a sentence, where the day a list speaks for decides nothing."""
    if as_of is None or (layout and layout.status and layout.status.end_date):
        return
    raise InputError(
        f"the layout {layout.name if layout else 'of this file'} does not use a list's date",
        option="--as-of",
        expected="--as-of only with a layout whose status is the end of a sentence (cppc-csv)",
    )


class LayoutReader:
    """Turns the keeper's rows of one file into doorwatch registry rows, reporting as it goes."""

    def __init__(
        self,
        layout: RegistryLayout,
        file: str,
        columns: list[str],
        titles: Mapping[str, str] | None = None,
        as_of: date | None = None,
    ) -> None:
        """Read rows whose keys are ``columns`` (the layout's names); ``titles`` gives the
        file's own title of a column where it differs, so that errors use the file's words;
        ``as_of`` replaces the day the layout says its list speaks for."""
        self.layout = layout
        self.as_of = as_of
        self.report = LayoutReport(layout=layout.name, keeper=layout.keeper)
        if layout.status and layout.status.end_date:
            self.report.as_of = (as_of or layout.status.end_date.as_of).isoformat()
        self.file = file
        self.titles = dict(titles or {})
        missing = [c for c in layout.detect if c not in columns]
        if missing:
            raise InputError(
                "missing column(s) " + ", ".join(repr(m) for m in missing),
                file=file,
                row=1,
                expected=f"the columns of the {layout.name} layout ({', '.join(layout.detect)})",
            )
        known = layout.columns()
        unknown = [c for c in columns if c not in known]
        if unknown and layout.strict:
            raise InputError(
                "unknown column(s) " + ", ".join(repr(u) for u in unknown),
                file=file,
                row=1,
                expected=f"only the columns of the {layout.name} layout",
            )
        self.report.dropped_columns = unknown
        # The keeper's column behind each doorwatch field, for errors about the field.
        self.columns = {
            target: " + ".join(map(self._title, rules[0].columns))
            for target, rules in layout.fields.items()
        }
        if layout.status:
            self.columns["status"] = self._title(layout.status.column)
        if layout.record:
            self.columns["person_id"] = self._title(layout.record)
        if layout.page:
            self.columns["keeper_pages"] = " + ".join(map(self._title, layout.page.columns))

    def _title(self, column: str) -> str:
        return self.titles.get(column, column)

    def _cell(self, raw: Mapping[str, Any], column: str, where: Where) -> str | None:
        text = parse_text(raw.get(column), where, self._title(column))
        if text is None or text in self.layout.placeholders:
            return None
        return text

    def _values(self, raw: Mapping[str, Any], rule: FieldRule, where: Where) -> list[str]:
        found: list[str] = []
        for column in rule.columns:
            value = self._cell(raw, column, where)
            if value is None:
                continue
            if rule.unless_same_as and value == self._cell(raw, rule.unless_same_as, where):
                continue
            parts = value.split(rule.split) if rule.split else [value]
            for part in (p.strip() for p in parts):
                if not part or part in self.layout.placeholders:
                    continue
                pieces = rule.extract.findall(part) if rule.extract else [part]
                for piece in (p.strip() for p in pieces):
                    if not piece:
                        continue
                    if rule.number_format and _DIGITS.match(piece):
                        piece = rule.number_format.format(piece)
                    found.append(f"{self._title(column)}: {piece}" if rule.labels else piece)
        return found

    def _date(self, text: str | None, column: str, where: Where, notes: list[str]) -> date | None:
        if text is None:
            return None
        dated = _dated(text, self.layout.date_formats)
        if dated is None:
            raise where.error(
                self._title(column),
                f"{text!r} is not a date",
                "a date as " + " or ".join(self.layout.date_formats),
            )
        iso, precision, first, _ = dated
        if precision == "day":
            return first
        # A day the keeper did not give is not invented: the date stays text, in the note.
        notes.append(f"{self._title(column)}: {iso}")
        self.report.count(
            self.report.partial_dates, f"{self._title(column)} ({precision})", where.row
        )
        return None

    def row(self, raw: Mapping[str, Any], number: int) -> LayoutRow:
        """Return the registry row of the keeper's record ``raw`` (row ``number`` of the file)."""
        layout = self.layout
        where = Where(self.file, number)
        self.report.rows += 1
        out = LayoutRow(self.columns)
        notes: list[str] = []
        for target, rules in layout.fields.items():
            values = [v for rule in rules for v in self._values(raw, rule, where)]
            if target in DATE_FIELDS:
                out[target] = self._date(
                    values[0] if values else None, rules[0].columns[0], where, notes
                )
            elif target in _LIST_FIELDS:
                out[target] = list(dict.fromkeys(values))
            elif target == "note":
                notes[:0] = values
            else:
                out[target] = rules[0].join.join(values) or None
        out["recognised_by"] = layout.recognised_by
        if layout.record:
            record = self._cell(raw, layout.record, where)
            if record is None:
                raise where.error(
                    self._title(layout.record),
                    "the keeper's record id is missing",
                    "a value in every row",
                )
            out["person_id"] = content_key("person", layout.keeper or layout.name, record)
        out["keeper"] = layout.keeper
        out["keeper_pages"] = self._values(raw, layout.page, where) if layout.page else []
        self._status(raw, where, out)
        out["note"] = "; ".join(notes) or None
        return out

    def _status(self, raw: Mapping[str, Any], where: Where, out: LayoutRow) -> None:
        rule = self.layout.status
        if rule is None:
            return
        word = self._cell(raw, rule.column, where)
        value: StatusValue | None
        ends: Dated | None = None
        if word is None:
            value = rule.empty
            if value is None:
                raise where.error(
                    self._title(rule.column),
                    "the status is missing",
                    "one of " + ", ".join(sorted(rule.words)),
                )
        else:
            value = rule.words.get(" ".join(word.casefold().split()))
            if value is None and rule.end_date:
                ends = _dated(word, self.layout.date_formats)
            if value is None and ends is None:
                self.report.count(self.report.unmapped_statuses, word, where.row)
            out["keeper_status"] = None if ends else word
        if ends and rule.end_date:
            value = self._end_status(ends, self.as_of or rule.end_date.as_of, where)
            out["sentence"] = rule.end_date.sentence.format(ends[0])
            out["keeper_status"] = None
        if rule.died_column:
            value = self._death(raw, rule.died_column, value, ends, where)
        status = value.status if value else "unknown"
        out["status"] = status
        if value and value.release_mode:
            out["release_mode"] = value.release_mode
        self.report.statuses[status] = self.report.statuses.get(status, 0) + 1

    def _end_status(self, ends: Dated, as_of: date, where: Where) -> StatusValue | None:
        end_rule = self.layout.status.end_date if self.layout.status else None
        assert end_rule is not None
        _, precision, first, last = ends
        if last < as_of:
            return end_rule.ended
        if first > as_of:
            return end_rule.running
        # "2020" on a list of 2020-09-22: ended or not, the keeper does not say.
        self.report.count(
            self.report.ambiguous,
            f"sentence ends in the {precision} of the list's date ({as_of.isoformat()})",
            where.row,
        )
        return None

    def _death(
        self,
        raw: Mapping[str, Any],
        column: str,
        value: StatusValue | None,
        ends: Dated | None,
        where: Where,
    ) -> StatusValue | None:
        text = self._cell(raw, column, where)
        if text is None:
            return value
        died = _dated(text, self.layout.date_formats)
        if died is None:
            raise where.error(
                self._title(column),
                f"{text!r} is not a date",
                " or ".join(self.layout.date_formats),
            )
        if ends is not None:
            if ends[3] < died[2]:
                return value  # the sentence had ended before the death
            if died[3] < ends[2]:
                return StatusValue("died")
            self.report.count(
                self.report.ambiguous,
                "death and end of sentence fall in the same month or year",
                where.row,
            )
            return None
        if value is not None and value.status in ("released", "served"):
            self.report.count(
                self.report.ambiguous, "a death date for a released person", where.row
            )
            return value
        return StatusValue("died")
