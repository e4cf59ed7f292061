"""Extraction speed: articles per second on one core, against spaCy's bare tokenizer.

Builds a corpus of news-length texts by shuffling the paragraphs of the reference articles
(seeded, so every run measures the same texts), then times ``extract_claims`` over all of
them and, in the same run, ``spacy.blank("en").tokenizer`` over the same texts. Times are
CPU seconds of this process (one core), best of ``--repeat`` interleaved runs. The baseline
is the cheapest thing any spaCy-based extractor must do; the ratio says how many tokenizer
passes the whole extraction costs.

The texts reuse five articles' paragraphs, so anything cached across texts (the analysis of
a name) is far warmer here than on a stream of unrelated news. The headline figure is
therefore "cold": ``clear_caches()`` runs before every text, inside the timed loop. The
"warm" figure, with caches kept across texts, is printed beside it for comparison.

The rules run compiled when ``scripts/setup-venv`` built them (``doorwatch.extract.native``);
the first line printed says which; ``DOORWATCH_PURE_PYTHON=1`` times the Python rules.

usage: python bench/extract_speed.py [--articles DIR] [--texts N] [--seed S] [--repeat R]
Targets: >= 1,000 articles/s (at first 300), and extraction within 3x of the bare tokenizer.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

_DEFAULT_ARTICLES = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "articles"


def build_corpus(articles: Path, count: int, seed: int) -> list[str]:
    """Return ``count`` texts, each a seeded shuffle of paragraphs from ``articles``."""
    paragraphs: list[str] = []
    sizes: list[int] = []
    for path in sorted(articles.iterdir()):
        if path.is_file():
            lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
            paragraphs.extend(lines)
            sizes.append(len(lines))
    if not paragraphs:
        raise SystemExit(f"no articles found in {articles}")
    rng = random.Random(seed)
    per_text = max(1, round(statistics.mean(sizes)))
    return ["\n".join(rng.sample(paragraphs, min(per_text, len(paragraphs)))) for _ in range(count)]


def _time(run: Callable[[str], object], texts: Sequence[str]) -> float:
    # CPU time of this process: other processes on the machine do not count against it.
    started = time.process_time()
    for text in texts:
        run(text)
    return time.process_time() - started


def main() -> None:
    """Print articles per second for extraction and the bare tokenizer, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=_DEFAULT_ARTICLES)
    parser.add_argument("--texts", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20251210)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    import spacy

    from doorwatch.extract import clear_caches, extract_claims, native

    def cold(text: str) -> object:
        clear_caches()
        return extract_claims(text)

    texts = build_corpus(args.articles, args.texts, args.seed)
    chars = sum(len(t) for t in texts)
    tokenizer = spacy.blank("en").tokenizer
    extract_claims(texts[0])  # warm caches and imports outside the timed runs
    tokenizer(texts[0])
    claims = sum(len(extract_claims(t)) for t in texts)
    t_cold = t_warm = t_tokens = float("inf")
    for _ in range(args.repeat):  # interleaved, so a busy moment hits all three alike
        t_tokens = min(t_tokens, _time(tokenizer, texts))
        t_cold = min(t_cold, _time(cold, texts))
        t_warm = min(t_warm, _time(extract_claims, texts))
    n = len(texts)
    print(f"extraction runs as: {native.status()}")
    print(f"corpus: {n} texts, {chars / n:,.0f} chars on average, "
          f"{claims} claims (seed {args.seed}, best of {args.repeat})")  # fmt: skip
    print(f"extract, caches cleared per text: {t_cold:7.3f} s  {n / t_cold:7,.0f} articles/s")
    print(f"extract, caches kept:             {t_warm:7.3f} s  {n / t_warm:7,.0f} articles/s")
    print(f"spaCy bare tokenizer:             {t_tokens:7.3f} s  {n / t_tokens:7,.0f} articles/s")
    print(f"ratio cold/tokenizer:             {t_cold / t_tokens:7.2f}x  (headline; target <= 3x)")
    print(f"ratio warm/tokenizer:             {t_warm / t_tokens:7.2f}x")


if __name__ == "__main__":
    main()
