"""Wire copies: reprints and lightly edited copies of one story grouped under one origin.

Each article is cut into word 5-grams (lower case, punctuation dropped) and summarised by a
MinHash signature and its number of shingles. A MinHash LSH index (datasketch) proposes pairs
whose shingle sets may overlap; a pair is a copy when the overlap estimated from the
signatures is high: Jaccard ≥ ``JACCARD``, or containment (shared shingles ÷ those of the
shorter text, from the Jaccard estimate and the two sizes) ≥ ``CONTAINMENT``, which keeps a
copy cut down to its first paragraphs. Only signatures are needed, so an archive's articles
can be summarised where they are read and grouped where they are stored. Groups are the
connected copies; the origin of a group is its earliest publication (then the smallest key),
so the result does not depend on the order in which articles arrive.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE = 5  # words a shingle: long enough that two different stories rarely share many
NUM_PERM = 128  # hash functions a signature
SCHEME = "affine32"  # datasketch's hashing scheme, fixed so signatures stay comparable
# What a stored signature was made with: a signature stored under another label (other
# shingles, permutations or scheme) is not comparable and is computed again from the text.
SIGNATURE_SCHEME = f"minhash-{SCHEME}-{NUM_PERM}-w{SHINGLE}"
LSH_THRESHOLD = 0.3  # the LSH proposes pairs from this estimated Jaccard up
JACCARD = 0.5  # a pair this similar is a copy
CONTAINMENT = 0.8  # ... or one whose shorter text lies this much inside the longer
# Drawing the permutations costs more than hashing an article's shingles: draw them once.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def shingles(text: str) -> set[bytes]:
    """Return the word 5-grams of ``text`` (lower case, punctuation dropped), as bytes."""
    words = _WORD_RE.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@dataclass(frozen=True, slots=True)
class Article:
    """What grouping needs of an article: key, publication date, signature, shingle count."""

    key: str
    published: str | None
    signature: tuple[int, ...]
    size: int


def summarise(key: str, published: str | None, text: str) -> Article:
    """Return the ``Article`` summary (MinHash signature and size) of one text."""
    grams = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(list(grams))
    return Article(key, published, tuple(int(v) for v in minhash.hashvalues), len(grams))


def signature_text(signature: Sequence[int]) -> str:
    """Return ``signature`` as stored: base64 of its values as little-endian uint32."""
    return base64.b64encode(np.asarray(signature, dtype="<u4").tobytes()).decode("ascii")


def signature_values(stored: str) -> tuple[int, ...]:
    """Return the signature values of a stored ``signature_text``."""
    return tuple(int(v) for v in np.frombuffer(base64.b64decode(stored), dtype="<u4"))


def articles_of(rows: Iterable[tuple[str, str | None, str]]) -> list[Article]:
    """Return the summaries of ``(key, published, text)`` rows."""
    return [summarise(key, published, text) for key, published, text in rows]


def _order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.key)


def copy_pairs(articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Return the pairs of keys that are copies of each other, each pair sorted."""
    ordered = sorted({a.key: a for a in articles}.values(), key=_order)
    if not ordered:
        return []
    keys = [a.key for a in ordered]
    position = {key: i for i, key in enumerate(keys)}
    signatures = np.asarray([a.signature for a in ordered], dtype=np.uint64)
    sizes = np.asarray([a.size for a in ordered], dtype=np.float64)
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    pairs: set[tuple[str, str]] = set()
    for i, key in enumerate(keys):
        minhash = LeanMinHash(seed=1, hashvalues=signatures[i], scheme=SCHEME)
        found = lsh.query(minhash)
        if found and sizes[i]:
            # all candidates at once: the estimated Jaccard, then the containment it implies
            # (|A ∩ B| = J (|A| + |B|) / (1 + J), against the smaller set)
            others = np.asarray(sorted(position[k] for k in found))
            jaccard = (signatures[others] == signatures[i]).mean(axis=1)
            shared = jaccard * (sizes[others] + sizes[i]) / (1 + jaccard)
            smaller = np.maximum(np.minimum(sizes[others], sizes[i]), 1)
            copies = (sizes[others] > 0) & (
                (jaccard >= JACCARD) | (shared / smaller >= CONTAINMENT)
            )
            for j in others[copies]:
                other = keys[int(j)]
                pairs.add((min(other, key), max(other, key)))
        lsh.insert(key, minhash)
    return sorted(pairs)


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
