"""Which sanctions format a file is in, found from its first bytes and first row."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from doorwatch.errors import InputError
from doorwatch.ingest.sanctions import canada_sema, eu_fsf, ofac_csv, ofac_xml, opensanctions
from doorwatch.ingest.sanctions.model import ParsedList
from doorwatch.ingest.sanctions.uk_conlist import read_conlist
from doorwatch.ingest.sanctions.xml_stream import root_of

FORMATS = (
    "ofac-csv", "ofac-address-csv", "ofac-alt-csv", "ofac-xml", "eu-fsf-xml", "uk-conlist-xlsx",
    "uk-conlist-csv", "ca-sema-xml", "os-simple-csv", "ftm-jsonl",
)  # fmt: skip
_XML_ROOTS = {
    (ofac_xml.NAMESPACE, "sdnList"): "ofac-xml",
    (ofac_xml.OLD_NAMESPACE, "sdnList"): "ofac-xml",
    (eu_fsf.NAMESPACE, "export"): "eu-fsf-xml",
    ("", "data-set"): "ca-sema-xml",
}
_EXPECTED = (
    "OFAC sdn.csv/add.csv/alt.csv or sdn.xml, EU FSF XML 1.1, UK ConList xlsx/CSV, Canada SEMA "
    "XML, OpenSanctions targets.simple.csv or FollowTheMoney JSON lines"
)


def detect_format(path: Path) -> str:
    """Return the format name of ``path`` (one of FORMATS); an InputError when none fits."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise InputError(f"cannot read the file: {error.strerror}", file=str(path)) from None
    if head.startswith(b"PK\x03\x04"):
        return "uk-conlist-xlsx"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<"):
        namespace, name = root_of(path)
        found = _XML_ROOTS.get((namespace, name))
        if found is None:
            raise InputError(
                f"an XML file whose root is <{name}> in the namespace {namespace or '(none)'}",
                file=str(path),
                expected=_EXPECTED,
            )
        return found
    if text.startswith(b"{"):
        return "ftm-jsonl"
    first = head.decode("latin-1").splitlines()[0] if head else ""
    cells = next(csv.reader(io.StringIO(first)), [])
    if (cells and cells[0] == "Last Updated") or "Group ID" in cells:
        return "uk-conlist-csv"
    if tuple(cells) == opensanctions.SIMPLE_COLUMNS:
        return "os-simple-csv"
    if cells and (cells[0].strip().isdigit() or cells[0] == "ID"):
        by_width = {
            ofac_csv.SDN_COLUMNS: "ofac-csv",
            ofac_csv.ADDRESS_COLUMNS: "ofac-address-csv",
            ofac_csv.ALT_COLUMNS: "ofac-alt-csv",
        }
        if len(cells) in by_width:
            return by_width[len(cells)]
        raise InputError(
            f"a CSV of {len(cells)} columns",
            file=str(path),
            row=1,
            expected="OFAC's 12 (sdn), 6 (add) or 5 (alt) columns",
        )
    raise InputError("not a sanctions list doorwatch can read", file=str(path), expected=_EXPECTED)


def open_list(paths: Sequence[Path]) -> ParsedList:
    """Return the list in ``paths``: one file, or OFAC's ``sdn.csv`` with its companion files."""
    formats = {path: detect_format(path) for path in paths}
    main = [p for p, f in formats.items() if f not in ("ofac-address-csv", "ofac-alt-csv")]
    if len(main) != 1:
        raise InputError(
            f"{len(main)} lists among {', '.join(map(str, paths))}",
            expected="one list, with only OFAC's add.csv/alt.csv beside an sdn.csv",
        )
    path, fmt = main[0], formats[main[0]]
    extras = {f: p for p, f in formats.items() if p != path}
    if extras and fmt != "ofac-csv":
        raise InputError(
            "OFAC address or alias files belong with an OFAC sdn.csv",
            file=str(next(iter(extras.values()))),
        )
    if fmt == "ofac-csv":
        return ofac_csv.read_sdn_csv(
            path, addresses=extras.get("ofac-address-csv"), aliases=extras.get("ofac-alt-csv")
        )
    if fmt == "ofac-xml":
        namespace, _name = root_of(path)
        return ofac_xml.read_sdn_xml(path, namespace)
    if fmt == "eu-fsf-xml":
        return eu_fsf.read_fsf_xml(path)
    if fmt == "ca-sema-xml":
        return canada_sema.read_sema_xml(path)
    if fmt in ("uk-conlist-xlsx", "uk-conlist-csv"):
        return read_conlist(path, spreadsheet=fmt == "uk-conlist-xlsx")
    if fmt == "os-simple-csv":
        return opensanctions.read_simple_csv(path)
    if fmt == "ftm-jsonl":
        return opensanctions.read_ftm(path)
    raise InputError(f"{fmt} is read only beside an OFAC sdn.csv", file=str(path))
