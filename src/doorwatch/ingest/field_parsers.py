"""Parsing single values of input files, with errors that say where and what was expected."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TypeVar

from doorwatch.errors import InputError

_ISO_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
# A NUL ends strings in C and PostgreSQL refuses it; a lone surrogate cannot be encoded.
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
# The days doorwatch reasons about: before any record and past any projection, and far from the
# end of the calendar, where date arithmetic overflows.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)
# Longest text of one field: a longer value is a paste accident or an attack on memory.
MAX_TEXT = 20_000
T = TypeVar("T")


class Where:
    """The place of a value in an input file, for error messages."""

    def __init__(self, file: str, row: int | None = None) -> None:
        self.file = file
        self.row = row

    def error(self, field: str | None, message: str, expected: str | None = None) -> InputError:
        """Return an InputError located at this place and ``field``."""
        return InputError(message, file=self.file, row=self.row, field=field, expected=expected)

    def required(self, value: T | None, field: str, message: str, expected: str) -> T:
        """Return ``value`` of a required ``field``; an empty one (None) is an InputError
        saying ``message`` and what was ``expected``."""
        if value is None:
            raise self.error(field, message, expected)
        return value


def parse_day(value: object, where: Where, field: str) -> date | None:
    """Return the date in ``value`` (ISO ``YYYY-MM-DD`` or ``DD.MM.YYYY``), None when empty."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        dotted = _DOTTED.match(text)
        if dotted:
            return date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
        return date.fromisoformat(text)
    except ValueError:
        raise where.error(field, f"{text!r} is not a date", "YYYY-MM-DD or DD.MM.YYYY") from None


def parse_partial(value: object, where: Where, field: str) -> tuple[str, str] | None:
    """Return (ISO text, precision) for ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None if empty."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat(), "day"
    text = str(value).strip()
    if not text:
        return None
    match = _ISO_PARTIAL.match(text)
    if not match:
        raise where.error(field, f"{text!r} is not a date", "YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        raise where.error(field, f"{text!r} is not a valid date", "a real calendar date") from None
    precision = "day" if day else "month" if month else "year"
    return text, precision


def parse_datetime(value: object, where: Where, field: str) -> datetime | None:
    """Return the ISO date-time in ``value``, None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise where.error(field, f"{value!r} is not a date-time", "ISO 8601") from None


def parse_int(value: object, where: Where, field: str) -> int | None:
    """Return the whole number in ``value`` (``1,201`` allowed), None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise where.error(field, f"{value!r} is not a whole number", "a whole number")
    if isinstance(value, int):
        return value
    text = str(value).strip().replace(",", "").replace("\u202f", "").replace(" ", "")
    try:
        return int(text)
    except ValueError:
        raise where.error(field, f"{value!r} is not a whole number", "a whole number") from None


def parse_float(value: object, where: Where, field: str) -> float | None:
    """Return the number in ``value``, None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise where.error(field, f"{value!r} is not a number", "a number")
    try:
        return (
            float(str(value).replace(",", ""))
            if not isinstance(value, (int, float))
            else float(value)
        )
    except ValueError:
        raise where.error(field, f"{value!r} is not a number", "a number") from None


_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0", ""}


def parse_bool(value: object, where: Where, field: str) -> bool:
    """Return the yes/no in ``value`` (empty means no)."""
    if isinstance(value, bool):
        return value
    text = "" if value is None else str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise where.error(field, f"{value!r} is not yes or no", "yes/no or true/false")


def parse_choice(value: object, where: Where, field: str, choices: tuple[str, ...]) -> str | None:
    """Return ``value`` if it is one of ``choices`` (case-insensitive), None when empty."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    if text not in choices:
        raise where.error(field, f"unknown value {value!r}", "one of " + ", ".join(choices))
    return text


def parse_text(
    value: object, where: Where, field: str, *, max_length: int = MAX_TEXT
) -> str | None:
    """Return ``value`` as stripped text, None when empty; refuse lists, objects, NUL bytes,
    lone surrogates and text longer than ``max_length``."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise where.error(field, f"a {type(value).__name__} where text belongs", "text")
    text = str(value).strip()
    if _UNSTORABLE.search(text):
        raise where.error(field, "holds a NUL byte or a lone surrogate", "printable text")
    if len(text) > max_length:
        raise where.error(field, f"{len(text)} characters long", f"at most {max_length}")
    return text or None


def text_or_none(value: object) -> str | None:
    """Return ``value`` stripped, or None when it is empty."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


# Only web addresses are links: javascript:, data: and the like would run in the reader's page.
URL_SCHEMES = ("http", "https")


def link_target(url: object) -> str | None:
    """Return ``url`` when it is an http(s) address that may be linked to, else None."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    scheme, colon, rest = text.partition(":")
    if not colon or scheme.lower() not in URL_SCHEMES or not rest.startswith("//"):
        return None
    if _UNSTORABLE.search(text) or any(c.isspace() or ord(c) < 32 for c in text):
        return None
    return text


def parse_url(value: object, where: Where, field: str) -> str | None:
    """Return the web address in ``value`` (None when empty); other schemes are refused."""
    text = parse_text(value, where, field, max_length=2_000)
    if text is None:
        return None
    found = link_target(text)
    if found is None:
        raise where.error(
            field, f"{text[:80]!r} is not a web address", "an http:// or https:// URL"
        )
    return found
