"""Reading a file whole as UTF-8 text, with errors that name the file, the line and what was
expected.

Every layer that reads a user's file (imports, the bundled dataset, articles to extract from)
reads it through these two functions, so a missing file or a byte that is not UTF-8 is reported
the same way everywhere.
"""

from __future__ import annotations

from pathlib import Path

from doorwatch.errors import InputError


def read_bytes(path: Path) -> bytes:
    """Return the bytes of ``path``; a missing or unreadable file is an InputError."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a folder", file=str(path), expected="a file") from None
    except OSError as error:
        raise InputError(f"cannot read the file: {error.strerror}", file=str(path)) from None


def decode_utf8(data: bytes, path: Path) -> str:
    """Return ``data`` decoded as UTF-8 (a leading BOM dropped); else an InputError with the line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            f"byte 0x{data[error.start]:02x} at offset {error.start} is not UTF-8",
            file=str(path),
            row=line,
            expected="a UTF-8 text file",
        ) from None
    return text.removeprefix("\ufeff")
