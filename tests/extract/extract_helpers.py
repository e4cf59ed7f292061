"""Helpers shared by the extraction tests."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import doorwatch.extract
from doorwatch.extract import extract_claims


def claims_of(text: str, published: dt.date | None = None) -> list[dict[str, Any]]:
    """Return the claims of ``text`` as contract dicts, checking every offset on the way."""
    out = []
    for claim in extract_claims(text, published):
        record = claim.to_json()
        assert 0 <= record["start"] <= record["end"] <= len(text)
        if record["kind"] == "quote":
            assert text[record["start"] : record["end"]] == record["text"]
        out.append(record)
    return out


def quotes_of(claims: list[dict[str, Any]]) -> dict[str, str | None]:
    """Return quote text -> speaker."""
    return {c["text"]: c["speaker"] for c in claims if c["kind"] == "quote"}


def figures_of(claims: list[dict[str, Any]]) -> set[tuple[str, int, str]]:
    """Return (measure, value, qualifier) of each figure."""
    return {(c["measure"], c["value"], c["qualifier"]) for c in claims if c["kind"] == "figure"}


def sanctions_of(claims: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """Return (action, target) of each sanction."""
    return {(c["action"], c["target"]) for c in claims if c["kind"] == "sanction"}


_EVAL_SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "extract_eval.py"


def eval_module() -> ModuleType:
    """Return bench/extract_eval.py loaded as a module (the evaluation the tests hold to)."""
    spec = importlib.util.spec_from_file_location("extract_eval", _EVAL_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stored_texts(every: int) -> list[str]:
    """Return every ``every``-th stored passage of the annotated sets, then the reference
    articles in ``../shared/corpus/articles``."""
    root = Path(__file__).resolve().parent
    paths = sorted(root.glob("*/*.txt"))[::every]
    articles = root.parent.parent.parent / "shared" / "corpus" / "articles"
    paths += sorted(articles.glob("*.txt"))
    return [path.read_text(encoding="utf-8") for path in paths]


def rule_patterns() -> list[re.Pattern[str]]:
    """Return every compiled pattern a module of the rules holds at its top level."""
    found: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(doorwatch.extract.__path__):
        module = importlib.import_module(f"doorwatch.extract.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[id(value)] = value
    return list(found.values())
