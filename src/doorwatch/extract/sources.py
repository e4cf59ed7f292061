"""Reading a file or a folder of files into the text that claims' offsets refer to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from doorwatch.errors import InputError
from doorwatch.extract.html_text import html_to_text, looks_like_html
from doorwatch.text_files import decode_utf8, read_bytes

_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".xhtml", ""})


@dataclass(frozen=True, slots=True)
class Source:
    """One document: its name (the file name) and its text (main text for HTML)."""

    name: str
    text: str


def read_source(path: Path) -> Source:
    """Return the text of ``path``; raise InputError if it is unreadable or not UTF-8."""
    text = decode_utf8(read_bytes(path), path)
    if "\x00" in text:
        raise InputError(
            "the file holds NUL bytes, so it is binary, not text",
            file=str(path),
            expected="UTF-8 encoded plain text or HTML",
        )
    if path.suffix.lower() in (".html", ".htm", ".xhtml") or looks_like_html(text):
        text = html_to_text(text)
    return Source(path.name, text)


def read_sources(path: Path) -> list[Source]:
    """Return the documents at ``path``: the file itself, or each text/HTML file of a folder."""
    if path.is_dir():
        files = sorted(
            p for p in path.iterdir()
            if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in _SUFFIXES
        )  # fmt: skip
        return [read_source(p) for p in files]
    if not path.exists():
        raise InputError("no such file or folder", file=str(path), expected="a text or HTML file")
    return [read_source(path)]
