"""Fixtures of the extraction tests."""

from __future__ import annotations

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture()
def corpus() -> Path:
    """Return the shared corpus folder, or skip when this checkout has none."""
    if not (CORPUS / "articles").is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    return CORPUS
