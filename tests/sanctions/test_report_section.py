"""The brief's sanctions section: the matrix and gaps of lists of the same weeks, sectoral gaps."""

from __future__ import annotations

import re
from pathlib import Path

from doorwatch.services.report import build_report
from doorwatch.services.sanctions import import_list
from doorwatch.store import Store
from tests.sanctions.slices import LISTS, ofac_csv_slice
from tests.sanctions.test_mirror import _belarus_ids


def test_report_shows_the_mirror(sample_store: Store, tmp_path: Path) -> None:
    empty = build_report(sample_store)
    assert "No sanctions list is imported" in empty
    ofac = ofac_csv_slice("ofac-sdn-2024-05", tmp_path / "sdn.csv", _belarus_ids())
    import_list(sample_store, [ofac], list_date="2024-05-03")
    import_list(sample_store, [LISTS / "eu-fsf-2024-05-13/20240513-FULL-1_1.xml"])
    html = build_report(sample_store)
    section = html[html.index("Sanctions: the mirror") :]
    assert "eu-2024-05-13 and us-2024-05-03" in section
    row = re.search(
        r"<td>belarus</td><td>eu-2024-05-13</td><td>us-2024-05-03</td><td>270</td>", section
    )
    assert row is not None
    assert "Belarus programme targets of eu-2024-05-13 that us-2024-05-03 does not list" in section
    assert "833/2014" in section  # the sectoral gaps cite their acts
