"""Small real slices of the shared sanctions files, written into a test's folder."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SHARED

LISTS = SHARED / "data" / "sanctions"


def ofac_csv_slice(folder: str, out: Path, ids: set[str] | None = None, first: int = 0) -> Path:
    """Write the records of an OFAC sdn.csv whose ent_num is in ``ids`` (or the first ``first``),
    keeping the file's own header row (if any) and its end-of-file row."""
    lines = (LISTS / folder / "sdn.csv").read_bytes().split(b"\r\n")
    kept = [
        line
        for i, line in enumerate(lines)
        if line.startswith(b"ID,")
        or line.startswith(b"\x1a")
        or (ids is not None and line.split(b",", 1)[0].decode() in ids)
        or (ids is None and 0 < i <= first)
    ]
    out.write_bytes(b"\r\n".join(kept))
    return out


def xml_head(path: Path, out: Path, size: int) -> Path:
    """Write the first ``size`` bytes of an XML file: a truncated file."""
    with path.open("rb") as handle:
        out.write_bytes(handle.read(size))
    return out
