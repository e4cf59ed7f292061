"""Wire copies: reprints and lightly edited copies of one story grouped under one origin.

Each article is cut into word 5-grams (lower case, punctuation dropped) and summarised by a
MinHash signature (datasketch) and its number of shingles. Pairs whose shingle sets may
overlap are proposed as a MinHash LSH index does it, with datasketch's bands for
``LSH_THRESHOLD`` (pairs equal on every value of one band), found by sorting the signatures
band by band; a pair is a copy when the overlap estimated from the
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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

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
# The LSH bands (first and last value of each) datasketch chooses for this threshold and size.
_BANDS: list[tuple[int, int]] = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM).hashranges
_ROWS = _BANDS[0][1] - _BANDS[0][0]  # values a band
_BANDS_A_PART = 4  # bands judged by one task when they are spread over workers
_PAIR_CHUNK = 20_000  # candidate pairs compared at once (about 10 MB of signature values each side)
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def shingles(text: str) -> set[bytes]:
    """Return the word 5-grams of ``text`` (lower case, punctuation dropped), as bytes."""
    words = _WORD_RE.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@dataclass(frozen=True, slots=True, eq=False)
class Article:
    """What grouping needs of an article: key, publication date, signature (its ``NUM_PERM``
    MinHash values, a read-only uint32 array), shingle count."""

    key: str
    published: str | None
    # An array, not a tuple of ints: an archive's signatures travel from the workers and are
    # stacked into one matrix, and 128 int objects an article cost more to move and to stack
    # than the article's extraction rows.
    signature: np.ndarray
    size: int


def summarise(key: str, published: str | None, text: str) -> Article:
    """Return the ``Article`` summary (MinHash signature and size) of one text."""
    grams = shingles(text)
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(list(grams))
    # the affine32 scheme's values are below 2**32, so uint32 holds them exactly
    signature = minhash.hashvalues.astype(np.uint32)
    signature.flags.writeable = False
    return Article(key, published, signature, len(grams))


def signature_text(signature: np.ndarray | Sequence[int]) -> str:
    """Return ``signature`` as stored: base64 of its values as little-endian uint32."""
    return base64.b64encode(np.asarray(signature, dtype="<u4").tobytes()).decode("ascii")


def signature_values(stored: str) -> np.ndarray:
    """Return the signature values of a stored ``signature_text`` (a read-only uint32 array)."""
    return np.frombuffer(base64.b64decode(stored), dtype="<u4").astype(np.uint32, copy=False)


def articles_of(rows: Iterable[tuple[str, str | None, str]]) -> list[Article]:
    """Return the summaries of ``(key, published, text)`` rows."""
    return [summarise(key, published, text) for key, published, text in rows]


def _order(article: Article) -> tuple[str, str]:
    return (article.published or "9999", article.key)


BandMap = Callable[[np.ndarray, np.ndarray, list[range]], list[np.ndarray]]


def copy_pairs(articles: Sequence[Article], bands: BandMap | None = None) -> list[tuple[str, str]]:
    """Return the pairs of keys that are copies of each other, each pair sorted.

    The LSH candidates are the pairs that agree on every value of at least one band of the
    signature (datasketch's banding for ``LSH_THRESHOLD``), found band by band by sorting the
    signature matrix rather than by inserting and querying one article at a time: the same
    candidates, a third of the time. Each pair is judged under the first band it agrees on,
    so bands can be taken apart: ``bands`` maps ``band_copies`` over groups of bands (on a
    Dask cluster, say); by default they are taken here.
    """
    unique = {a.key: a for a in articles}
    keys = sorted(unique)
    if not keys:
        return []
    signatures = np.stack([unique[k].signature for k in keys]).astype(np.uint32, copy=False)
    sizes = np.asarray([unique[k].size for k in keys], dtype=np.float64)
    parts = [
        range(i, min(i + _BANDS_A_PART, len(_BANDS))) for i in range(0, len(_BANDS), _BANDS_A_PART)
    ]
    if bands is None:
        found = [band_copies(signatures, sizes, part) for part in parts]
    else:
        found = bands(signatures, sizes, parts)
    pairs = np.concatenate([np.empty((0, 2), dtype=np.int64), *found])
    # keys are sorted and each pair's first row is the smaller, so each pair comes out sorted
    return sorted((keys[int(i)], keys[int(j)]) for i, j in pairs)


def band_copies(signatures: np.ndarray, sizes: np.ndarray, bands: range) -> np.ndarray:
    """Return the copies, as rows ``(i, j)`` with ``i < j``, among the pairs of rows of
    ``signatures`` (one a signature, ``sizes`` its shingle counts) whose first band of equal
    values is one of ``bands`` (indices into the LSH bands)."""
    count = len(signatures)
    found: list[np.ndarray] = [np.empty((0, 2), dtype=np.int64)]
    for band in bands:
        start, end = _BANDS[band]
        values = signatures[:, start:end]
        order = np.lexsort(values.T[::-1])
        ordered = values[order]
        # runs of rows equal on the whole band: one LSH bucket each
        opens = np.ones(count, dtype=bool)
        opens[1:] = (ordered[1:] != ordered[:-1]).any(axis=1)
        ends = np.append(np.flatnonzero(opens)[1:], count)
        # each position of a bucket is paired with every later position of the same bucket,
        # a block of positions at a time so that a big bucket never needs all its pairs at once
        later = ends[np.cumsum(opens) - 1] - np.arange(count) - 1
        total = np.cumsum(later)
        begin = int(np.searchsorted(total, 0, side="right"))  # the first position with a pair
        while begin < count:
            done = int(total[begin - 1]) if begin else 0
            stop = max(begin + 1, int(np.searchsorted(total, done + _PAIR_CHUNK, side="right")))
            partners = later[begin:stop]
            left = np.repeat(np.arange(begin, stop), partners)
            step = np.arange(len(left)) - np.repeat(np.cumsum(partners) - partners, partners) + 1
            first, second = order[left], order[left + step]
            i, j = np.minimum(first, second), np.maximum(first, second)
            begin = stop
            equal = signatures[i] == signatures[j]
            # the estimated Jaccard (a count over 128: exact, as datasketch's mean), then the
            # containment it implies (|A ∩ B| = J (|A| + |B|) / (1 + J), against the smaller)
            jaccard = np.count_nonzero(equal, axis=1) / NUM_PERM
            shared = jaccard * (sizes[i] + sizes[j]) / (1 + jaccard)
            smaller = np.maximum(np.minimum(sizes[i], sizes[j]), 1)
            copy = (sizes[i] > 0) & (sizes[j] > 0)
            copy &= (jaccard >= JACCARD) | (shared / smaller >= CONTAINMENT)
            # each pair is judged once, under the first band it agrees on
            earlier = equal[copy, : band * _ROWS].reshape(int(copy.sum()), band, _ROWS).all(axis=2)
            copy[copy] = ~earlier.any(axis=1)
            found.append(np.stack([i[copy], j[copy]], axis=1).astype(np.int64))
    return np.concatenate(found)


def group_copies(
    articles: Sequence[Article], bands: BandMap | None = None
) -> dict[str, str | None]:
    """Return for every article key the key of the origin it copies (None for an origin);
    ``bands`` as for ``copy_pairs``."""
    parent = {a.key: a.key for a in articles}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    order = {a.key: _order(a) for a in articles}
    for a, b in copy_pairs(articles, bands):
        ra, rb = root(a), root(b)
        if ra != rb:
            first, second = sorted((ra, rb), key=order.__getitem__)
            parent[second] = first
    return {key: (None if root(key) == key else root(key)) for key in parent}
