"""Claims from news text: attributed quotes, reported figures and sanction measures.

Pure: text in, claims out (no database, no printing). ``extract_claims`` is the entry point;
``read_source`` turns a file (plain text or HTML) into the text the offsets refer to.

The rules run compiled to C when a current build of them exists (see ``native``).
"""

from __future__ import annotations

from doorwatch.extract import native

# Before any rule module is imported: a current compiled build is found ahead of the sources.
__path__ = native.search_path(__path__)

from doorwatch.extract.claims import Claim, Figure, Quote, Sanction
from doorwatch.extract.pipeline import clear_caches, extract_claims
from doorwatch.extract.sources import Source, read_source, read_sources

__all__ = [
    "Claim",
    "Figure",
    "Quote",
    "Sanction",
    "Source",
    "clear_caches",
    "extract_claims",
    "read_source",
    "read_sources",
]
