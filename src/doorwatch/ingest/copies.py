"""Wire copies: reprints and lightly edited copies of one story grouped under one origin.

Each article is cut into word 5-grams (lower case, punctuation dropped) and summarised by a
MinHash signature; a MinHash LSH index (datasketch) proposes pairs whose shingle sets may
overlap, and a pair is a copy when the exact overlap is high: Jaccard ≥ ``JACCARD`` or, for
a copy trimmed to its first paragraphs, containment (shared ÷ the shorter) ≥ ``CONTAINMENT``.
Groups are the connected copies; the origin of a group is its earliest publication (then
the smallest key), so the result does not depend on the order articles arrive in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

SHINGLE = 5  # words a shingle: long enough that two different stories rarely share many
NUM_PERM = 128  # hash functions a signature
SCHEME = "affine32"  # datasketch's hashing scheme, fixed so stored signatures stay comparable
LSH_THRESHOLD = 0.3  # the LSH proposes pairs from this estimated Jaccard up
JACCARD = 0.5  # a pair this similar is a copy
CONTAINMENT = 0.8  # ... or one whose shorter text lies this much inside the longer
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def shingles(text: str) -> set[bytes]:
    """Return the word 5-grams of ``text`` (lower case, punctuation dropped), as bytes."""
    words = _WORD_RE.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    """Return the MinHash signature of ``text``'s shingles (``NUM_PERM`` unsigned ints)."""
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return np.asarray(minhash.hashvalues, dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class Article:
    """What grouping needs of an article: its key, publication date, text and signature."""

    key: str
    published: str | None
    text: str
    signature: np.ndarray


def _order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.key)


def copy_pairs(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Return the pairs of keys that are copies of each other, each pair sorted."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    by_key = {a.key: a for a in articles}
    sets: dict[str, set[bytes]] = {}
    pairs: set[tuple[str, str]] = set()
    for article in sorted(by_key.values(), key=_order):
        minhash = MinHash(num_perm=NUM_PERM, hashvalues=article.signature, scheme=SCHEME)
        for other in lsh.query(minhash):
            if _similar(sets, by_key[other], article):
                pairs.add((min(other, article.key), max(other, article.key)))
        lsh.insert(article.key, minhash)
    return sorted(pairs)


def _similar(sets: dict[str, set[bytes]], a: Article, b: Article) -> bool:
    sa = sets.get(a.key) or sets.setdefault(a.key, shingles(a.text))
    sb = sets.get(b.key) or sets.setdefault(b.key, shingles(b.text))
    if not sa or not sb:
        return False
    shared = len(sa & sb)
    return shared / len(sa | sb) >= JACCARD or shared / min(len(sa), len(sb)) >= CONTAINMENT


def group_copies(articles: Sequence[Article]) -> dict[str, str | None]:
    """Return for every article key the key of the origin it copies (None for an origin)."""
    parent = {a.key: a.key for a in articles}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    order = {a.key: _order(a) for a in articles}
    for a, b in copy_pairs(articles):
        ra, rb = root(a), root(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=order.__getitem__)
            parent[second] = first
    return {key: (None if root(key) == key else root(key)) for key in parent}


def articles_of(rows: Iterable[tuple[str, str | None, str]]) -> list[Article]:
    """Return ``Article`` records (with signatures) for ``(key, published, text)`` rows."""
    return [Article(key, published, text, signature(text)) for key, published, text in rows]
