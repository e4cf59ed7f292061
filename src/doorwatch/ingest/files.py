"""Reading input files as text, with errors that name the file and what was wrong."""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from doorwatch.errors import InputError


def json_lines(
    lines: Iterable[str],
    path: Path,
    *,
    expected: str = "a JSON object",
    start: int = 1,
    error: type[InputError] = InputError,
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield (line number, object) for each line of a JSON Lines file read as ``lines``, blank
    lines skipped; a line that is not one JSON object is an ``error`` naming ``path``, the line
    and ``expected``."""
    for number, line in enumerate(lines, start=start):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"not JSON: {exc.msg}"
            raise error(message, file=str(path), row=number, expected=expected) from None
        except RecursionError:
            message = "nested too deeply"
            raise error(message, file=str(path), row=number, expected=expected) from None
        if not isinstance(item, dict):
            raise error("not a JSON object", file=str(path), row=number, expected=expected)
        yield number, item


def digest(data: bytes) -> str:
    """Return the SHA-256 hex digest of ``data``."""
    return hashlib.sha256(data).hexdigest()


# Bytes read at a time when checking or hashing a file without holding it whole.
_CHUNK = 1 << 20


def check_utf8_file(path: Path) -> str:
    """Read ``path`` once in chunks: check that it is UTF-8 and return its SHA-256 hex digest.

    Memory stays at one chunk whatever the file's size. A byte that is not UTF-8 is an
    InputError naming its line, as :func:`doorwatch.text_files.decode_utf8` does for a file read
    whole.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    hasher = hashlib.sha256()
    lines = 0
    offset = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                hasher.update(chunk)
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as error:
                    # The decoder may hold back up to 3 bytes of the chunk before.
                    held = len(error.object) - len(chunk)
                    at = max(error.start - held, 0)
                    raise InputError(
                        f"byte 0x{chunk[at]:02x} at offset {offset + at} is not UTF-8",
                        file=str(path),
                        row=lines + chunk[:at].count(b"\n") + 1,
                        expected="a UTF-8 text file",
                    ) from None
                lines += chunk.count(b"\n")
                offset += len(chunk)
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                raise InputError(
                    "the file ends inside a UTF-8 character",
                    file=str(path),
                    row=lines + 1,
                    expected="a UTF-8 text file (is it cut off?)",
                ) from None
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot read the file: {error.strerror}", file=str(path)) from None
    return hasher.hexdigest()


@contextmanager
def readable_text(path: Path) -> Iterator[None]:
    """Turn bytes that are not UTF-8, or CSV the csv module cannot read, met while reading
    ``path`` in the block into an InputError naming the file (never a traceback)."""
    try:
        yield
    except UnicodeDecodeError as error:
        raise InputError(
            f"byte 0x{error.object[error.start]:02x} is not UTF-8",
            file=str(path),
            expected="a UTF-8 text file",
        ) from None
    except csv.Error as error:
        raise InputError(f"unreadable CSV: {error}", file=str(path)) from None
