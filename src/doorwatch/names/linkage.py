"""Linking two large lists of names: blocking plus vectorised scoring.

For each name only the features the decision needs are kept (family-name key and gender, given-name
class, father's class). Names are grouped into blocks of one given-name class and one family-key
initial; inside a block all family-name keys are scored at once with
``rapidfuzz.process.cdist`` and the rest of the decision is numpy arithmetic over the score matrix.
The rules are those of :func:`doorwatch.names.compare` restricted to the first reading of a name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import Indel
from rapidfuzz.process import cdist

from doorwatch.names.compare import SAME_THRESHOLD, WEIGHTS
from doorwatch.names.compare_parts import (
    CONSONANT_THRESHOLD,
    SHORT_KEY,
    SPELLING_THRESHOLD,
    consonant_similarity,
)
from doorwatch.names.given_names import given_classes, table
from doorwatch.names.normalise import is_initial
from doorwatch.names.patronymics import analyse_patronymic
from doorwatch.names.phonetic import token_key
from doorwatch.names.readings import parse_name
from doorwatch.names.surnames import analyse_surname

_GENDER_CODE = {"": 0, "m": 1, "f": 2}
_SUFFIX_CODE = {"": 0, "sk": 1, "v": 2, "in": 3, "adj": -1}


@dataclass(frozen=True, slots=True)
class NameFeatures:
    """Per-entry features of one list as parallel arrays; a name has one entry per key reading."""

    owner: npt.NDArray[np.int64]
    surname_keys: list[str]
    gender: npt.NDArray[np.int8]
    suffix: npt.NDArray[np.int8]
    father: npt.NDArray[np.int32]
    blocks: list[list[str]]


@dataclass(frozen=True, slots=True)
class Linkage:
    """The result of a linkage: matched index pairs, their scores and how many pairs were scored."""

    pairs: npt.NDArray[np.int64]
    scores: npt.NDArray[np.float32]
    compared: int


def prepare(names: Sequence[str]) -> NameFeatures:
    """Return the linkage features of ``names`` (computed once per list)."""
    # Class ids must agree between the two lists, so they come from the shared table.
    fathers = {name: index for index, name in enumerate(sorted(table().gender))}
    owner: list[int] = []
    keys: list[str] = []
    gender: list[int] = []
    suffix: list[int] = []
    father: list[int] = []
    blocks: list[list[str]] = []
    for index, name in enumerate(names):
        readings = parse_name(name)
        if not readings or not readings[0].surname or not readings[0].given:
            continue
        reading = readings[0]
        surname = analyse_surname("".join(reading.surname))
        father_id = -1
        if reading.patronymic and not is_initial(reading.patronymic):
            classes = analyse_patronymic(reading.patronymic).father
            if classes:
                father_id = fathers[min(classes)]
        given = reading.given[0]
        classes = given_classes(given) if not is_initial(given) else frozenset()
        ids = sorted(classes) if classes else [f"~{token_key(given)}"]
        # Latin "ch" may be ч or х: each reading of the family name is its own entry.
        for key in surname.keys:
            owner.append(index)
            keys.append(key)
            gender.append(_GENDER_CODE[surname.gender])
            suffix.append(_SUFFIX_CODE[surname.suffix])
            father.append(father_id)
            blocks.append([f"{g}/{key[:1]}" for g in ids])
    return NameFeatures(
        np.asarray(owner, dtype=np.int64),
        keys,
        np.asarray(gender, dtype=np.int8),
        np.asarray(suffix, dtype=np.int8),
        np.asarray(father, dtype=np.int32),
        blocks,
    )


def _group(features: NameFeatures) -> dict[str, list[int]]:
    groups: dict[str, list[int]] = defaultdict(list)
    for index, blocks in enumerate(features.blocks):
        for block in blocks:
            groups[block].append(index)
    return groups


def link(
    left: NameFeatures,
    right: NameFeatures,
    *,
    threshold: float = SAME_THRESHOLD,
    workers: int = 2,
) -> Linkage:
    """Return the pairs ``(left index, right index)`` decided *same*, with scores.

    Fathers' names are compared only when both sides give a patronymic, as in ``compare``.
    """
    right_groups = _group(right)
    found_pairs: list[npt.NDArray[np.int64]] = []
    found_scores: list[npt.NDArray[np.float32]] = []
    compared = 0
    for block, left_members in _group(left).items():
        right_members = right_groups.get(block)
        if not right_members:
            continue
        li = np.asarray(left_members, dtype=np.int64)
        ri = np.asarray(right_members, dtype=np.int64)
        compared += len(li) * len(ri)
        similarity = cdist(
            [left.surname_keys[i] for i in left_members],
            [right.surname_keys[i] for i in right_members],
            scorer=Indel.normalized_similarity,
            dtype=np.float32,
            workers=workers,
        )
        score = _score(similarity, left, right, li, ri)
        rows, cols = np.nonzero(score >= threshold)
        if rows.size:
            # The consonant check of compare, only on the few pairs that passed the rest.
            keep = np.fromiter(
                (
                    consonant_similarity(
                        (left.surname_keys[left_members[r]],),
                        (right.surname_keys[right_members[c]],),
                    )
                    >= CONSONANT_THRESHOLD
                    or similarity[r, c] >= 1.0
                    for r, c in zip(rows.tolist(), cols.tolist(), strict=True)
                ),
                dtype=bool,
                count=rows.size,
            )
            rows, cols = rows[keep], cols[keep]
        if rows.size:
            found_pairs.append(np.stack([left.owner[li[rows]], right.owner[ri[cols]]], axis=1))
            found_scores.append(score[rows, cols])
    if not found_pairs:
        return Linkage(np.empty((0, 2), dtype=np.int64), np.empty(0, dtype=np.float32), compared)
    pairs = np.concatenate(found_pairs)
    scores = np.concatenate(found_scores)
    # A name in two blocks (Sasha; a "ch" read two ways) can match twice: keep the best score.
    order = np.argsort(-scores, kind="stable")
    pairs, scores = pairs[order], scores[order]
    pairs, first = np.unique(pairs, axis=0, return_index=True)
    return Linkage(pairs, scores[first], compared)


def _score(
    similarity: npt.NDArray[np.float32],
    left: NameFeatures,
    right: NameFeatures,
    li: npt.NDArray[np.int64],
    ri: npt.NDArray[np.int64],
) -> npt.NDArray[np.float32]:
    lg, rg = left.gender[li][:, None], right.gender[ri][None, :]
    lf, rf = left.father[li][:, None], right.father[ri][None, :]
    short = np.array([len(left.surname_keys[i]) < SHORT_KEY for i in li])[:, None]
    exact = similarity >= 1.0
    ok = (similarity >= SPELLING_THRESHOLD) | exact
    ok &= exact | ~short
    ok &= (lg == 0) | (rg == 0) | (lg == rg)
    ls, rs = left.suffix[li][:, None], right.suffix[ri][None, :]
    ok &= (ls == rs) | (ls < 0) | (rs < 0)
    both_fathers = (lf >= 0) & (rf >= 0)
    ok &= ~both_fathers | (lf == rf)
    # The weights of compare; the given names are equal within a block.
    surname, given, father = WEIGHTS["surname"], WEIGHTS["given"], WEIGHTS["patronymic"]
    score = np.where(
        both_fathers,
        (surname * similarity + given + father) / (surname + given + father),
        (surname * similarity + given) / (surname + given),
    )
    return np.where(ok, score, 0.0).astype(np.float32)
