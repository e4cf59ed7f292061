"""Sanctions lists as their publishers write them, read into :class:`Listing` records.

:func:`open_list` finds the format from the content (never from the file name) and returns a
:class:`ParsedList` whose listings are read lazily, with bounded memory. Formats: OFAC's legacy
CSV (``sdn.csv`` with ``add.csv``/``alt.csv``) and ``sdn.xml``; the EU's FSF XML 1.1; the UK's
OFSI ConList (xlsx and CSV); Canada's SEMA XML (both schemas); OpenSanctions'
``targets.simple.csv`` and FollowTheMoney JSON lines.
"""

from doorwatch.ingest.sanctions.detect import detect_format, open_list
from doorwatch.ingest.sanctions.model import Identifier, Link, ListInfo, Listing, ParsedList

__all__ = [
    "Identifier",
    "Link",
    "ListInfo",
    "Listing",
    "ParsedList",
    "detect_format",
    "open_list",
]
