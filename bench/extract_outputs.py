"""Extraction outputs as one canonical JSON document, to show a speed change altered nothing.

Runs ``extract_claims`` over every reference article (``shared/corpus/articles``), every
annotated test text (``tests/extract/*/*.txt``), the relevance sample's texts and the
shuffled texts ``extract_speed.py`` times, and writes every claim of each as sorted-key JSON.
Each text is extracted twice: with caches cleared before it (as the benchmark's headline
figure runs) and with caches kept from the texts before it; the two must agree, since a cache
may only save work, never change an answer. ``--compare`` then checks a new document byte for
byte against one written before the change and names the texts whose claims differ.

usage: python bench/extract_outputs.py OUT.json [--compare BEFORE.json] [--texts N]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parent.parent
_ARTICLES = _ROOT.parent / "shared" / "corpus" / "articles"
_TESTS = _ROOT / "tests" / "extract"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import build_corpus  # noqa: E402  (a sibling script, not a package)


def texts(shuffled: int, seed: int) -> dict[str, str]:
    """Return every text to extract, keyed by where it comes from, in a fixed order."""
    out: dict[str, str] = {}
    for path in sorted(_ARTICLES.glob("*.txt")):
        out[f"corpus/{path.name}"] = path.read_text(encoding="utf-8")
    for path in sorted(_TESTS.glob("*/*.txt")):
        out[f"tests/{path.parent.name}/{path.name}"] = path.read_text(encoding="utf-8")
    sample = _TESTS / "relevance" / "sample.jsonl"
    if sample.exists():
        for line in sample.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            out[f"relevance/{record['id']}"] = f"{record['title']}\n{record['text']}"
    for i, text in enumerate(build_corpus(_ARTICLES, shuffled, seed)):
        out[f"shuffled/{i:04d}"] = text
    return out


def claims_of(corpus: dict[str, str], cold: bool) -> dict[str, list[dict[str, Any]]]:
    """Return each text's claims as JSON dicts; with ``cold``, caches are cleared per text."""
    from doorwatch.extract import clear_caches, extract_claims

    clear_caches()
    out: dict[str, list[dict[str, Any]]] = {}
    for key, text in corpus.items():
        if cold:
            clear_caches()
        out[key] = [claim.to_json() for claim in extract_claims(text)]
    return out


def main() -> None:
    """Write the canonical claims document; exit 1 if cold and warm runs or ``--compare`` differ."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--texts", type=int, default=1000, help="shuffled texts to add")
    parser.add_argument("--seed", type=int, default=20251210)
    args = parser.parse_args()

    corpus = texts(args.texts, args.seed)
    cold = claims_of(corpus, cold=True)
    warm = claims_of(corpus, cold=False)
    failed = False
    for key in corpus:
        if cold[key] != warm[key]:
            print(f"cold and warm differ: {key}")
            failed = True
    document = json.dumps(cold, sort_keys=True, ensure_ascii=False, indent=1) + "\n"
    args.out.write_text(document, encoding="utf-8")
    claims = sum(len(c) for c in cold.values())
    print(f"{len(corpus)} texts, {claims} claims -> {args.out}")
    if args.compare is not None:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = sorted(set(before) ^ set(cold) | {k for k in cold if before.get(k) != cold[k]})
        for key in changed[:20]:
            print(f"differs from {args.compare}: {key}")
        same = args.compare.read_text(encoding="utf-8") == document
        print(f"byte for byte against {args.compare}: {'identical' if same else 'DIFFERENT'}"
              f" ({len(changed)} texts differ)")  # fmt: skip
        failed = failed or not same
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
