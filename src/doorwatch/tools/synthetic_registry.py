"""A synthetic registry of political-prisoner cases, for benchmarks and load tests.

Nothing in it is real: each person gets an invented given name and family name, built from
syllables that are not a real person's name, and "(synthetic N)" after them; the source row says
so too. The family names repeat (some hundreds of them), so that a search by a family name or
its first letters finds thousands of persons, as on a real registry. The distributions follow the shape of the record: a wave of detentions after August 2020, a steady
flow since; recognition some weeks after detention; sentences of a few years (log-normal);
pardons and deals from mid-2024; a small death rate; earlier short detentions for some.
Generation is seeded and chunked (numpy arrays per chunk), so a million cases need little memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from importlib import resources

import numpy as np
import yaml
from numpy.typing import NDArray

from doorwatch.names.word_keys import word_keys
from doorwatch.store import Store
from doorwatch.store.synthetic import CaseChunk, write_synthetic

FIRST_DAY = date(2020, 8, 1)
LAST_DAY = date(2025, 12, 31)
WAVE_END = date(2021, 6, 30)
DEALS_FROM = date(2024, 7, 1)
_EPOCH = np.datetime64(FIRST_DAY, "D")


# Invented parts: a stem and an ending make a family name ("Darnevich", "Lomavets"); none is
# meant to be, or to be read as, anyone's name.
GIVEN = (
    "Aleran",
    "Birut",
    "Danas",
    "Edvila",
    "Halin",
    "Iryan",
    "Lavor",
    "Marysa",
    "Nadzin",
    "Orest",
    "Pallina",
    "Rusan",
    "Stasia",
    "Tamil",
    "Uladar",
    "Veran",
    "Yalina",
    "Zoran",
)
STEMS = (
    "Darn",
    "Lomav",
    "Kirsh",
    "Bratul",
    "Hvost",
    "Mirav",
    "Sokat",
    "Tral",
    "Vesn",
    "Zhurn",
    "Palad",
    "Rodav",
    "Selm",
    "Charn",
    "Dubr",
    "Kalun",
    "Lesh",
    "Nerav",
    "Ostr",
    "Pryl",
    "Rusk",
    "Shabl",
    "Tsvir",
    "Yarab",
    "Zanov",
)
ENDINGS = ("evich", "avets", "enka", "ski", "uk", "ovich", "enia", "ich", "ava", "ko")
SURNAMES = tuple(stem + ending for stem in STEMS for ending in ENDINGS)
# A few family names are far commoner than the rest, as in any population (the commonest is
# borne by about one person in twenty).
_FAMILY_SHARE = 1 / (np.arange(len(SURNAMES)) + 5.0)
_FAMILY_SHARE /= _FAMILY_SHARE.sum()


def _names(
    number: NDArray[np.int64], rng: np.random.Generator
) -> tuple[list[str], list[list[str]]]:
    """Return each person's name and its word keys; keys are folded once per name pair."""
    given = rng.integers(0, len(GIVEN), len(number)).tolist()
    family = rng.choice(len(SURNAMES), len(number), p=_FAMILY_SHARE).tolist()
    pair_keys: dict[tuple[int, int], list[str]] = {}
    names, keys = [], []
    for n, g, f in zip(number.tolist(), given, family, strict=True):
        names.append(f"{GIVEN[g]} {SURNAMES[f]} (synthetic {n})")
        found = pair_keys.get((g, f))
        if found is None:
            words = word_keys(f"{GIVEN[g]} {SURNAMES[f]} (synthetic)")
            found = pair_keys[(g, f)] = [f"w:{w}" for w in words]
        keys.append(found)
    return names, keys


@cache
def _charge_table() -> tuple[tuple[str, ...], NDArray[np.float64], float]:
    """Return the articles, their shares (summing to 1) and the chance of a second charge,
    from ``data/synthetic/charges.yaml``."""
    path = resources.files("doorwatch") / "data" / "synthetic" / "charges.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    articles = tuple(str(a["article"]) for a in data["articles"])
    shares = np.array([float(a["share"]) for a in data["articles"]])
    return articles, shares / shares.sum(), float(data["second_charge"])


def _charges(n: int, rng: np.random.Generator) -> list[str]:
    """Return each case's charges: one article, sometimes a second, "; "-joined."""
    articles, shares, second = _charge_table()
    first = rng.choice(len(articles), n, p=shares)
    # A second article a step or more along the table, so it is never the first one again.
    other = (first + rng.integers(1, len(articles), n)) % len(articles)
    two = rng.random(n) < second
    return [
        f"{articles[a]}; {articles[b]}" if both else articles[a]
        for a, b, both in zip(first.tolist(), other.tolist(), two.tolist(), strict=True)
    ]


def _days(d: date) -> int:
    return (d - FIRST_DAY).days


def generate(
    cases: int, *, events_per_case: float = 5.0, seed: int = 7, chunk: int = 100_000
) -> Iterator[CaseChunk]:
    """Yield the synthetic registry of ``cases`` cases in chunks, about ``events_per_case``
    events per case (detention, recognition, the outcome, and earlier short detentions)."""
    rng = np.random.default_rng(seed)
    span, wave = _days(LAST_DAY), _days(WAVE_END)
    for first in range(0, cases, chunk):
        n = min(chunk, cases - first)
        in_wave = rng.random(n) < 0.35
        start = np.where(in_wave, rng.integers(0, wave, n), rng.integers(wave, span, n))
        recognised = start + rng.exponential(60, n).astype(np.int64)
        unrecognised = (rng.random(n) < 0.1) | (recognised > span)
        sentence = (rng.lognormal(np.log(3 * 365), 0.6, n)).astype(np.int64)
        pardon = start + rng.exponential(6 * 365, n).astype(np.int64)
        pardon_ok = pardon >= _days(DEALS_FROM)
        death = start + rng.exponential(150 * 365, n).astype(np.int64)
        served_at = start + sentence
        exit_day = np.minimum(
            np.where(pardon_ok, pardon, np.iinfo(np.int64).max), np.minimum(served_at, death)
        )
        held = exit_day > span
        mode = np.where(
            exit_day == death,
            "died_in_custody",
            np.where(
                exit_day == served_at,
                "end_of_sentence",
                np.where(rng.random(n) < 0.3, "deal", "pardon"),
            ),
        )
        mode = np.where(held, "", mode)
        expelled = ~held & (
            ((mode == "deal") & (rng.random(n) < 0.6))
            | ((mode == "pardon") & (rng.random(n) < 0.1))
        )
        number = np.arange(first, first + n, dtype=np.int64)
        extra = rng.poisson(max(0.0, events_per_case - 2.5), n)
        ev_case = [number, number[~unrecognised], number[~held], np.repeat(number, extra)]
        ev_kind = [
            np.full(n, "detention"),
            np.full(int((~unrecognised).sum()), "recognition"),
            np.where(
                mode[~held] == "end_of_sentence",
                "sentence_served",
                np.where(mode[~held] == "died_in_custody", "death", "release"),
            ),
            np.full(int(extra.sum()), "detention"),
        ]
        earlier = np.repeat(start, extra) - rng.integers(10, 400, int(extra.sum()))
        ev_day = [start, recognised[~unrecognised], exit_day[~held], earlier]
        names, keys = _names(number, rng)
        yield CaseChunk(
            number=number,
            detained=_EPOCH + start,
            recognised=np.where(unrecognised, np.datetime64("NaT"), _EPOCH + recognised),
            released=np.where(held, np.datetime64("NaT"), _EPOCH + np.where(held, 0, exit_day)),
            mode=mode,
            expelled=expelled,
            charges=_charges(n, rng),
            event_case=np.concatenate(ev_case),
            event_kind=np.concatenate(ev_kind),
            event_date=_EPOCH + np.concatenate(ev_day),
            name=names,
            word_keys=keys,
        )


def fill(
    store: Store,
    cases: int,
    *,
    events_per_case: float = 5.0,
    seed: int = 7,
    on_chunk: Callable[[int], None] | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Generate a synthetic registry of ``cases`` cases into ``store`` (all or nothing) and
    return the rows written; ``on_chunk`` and ``on_stage`` hear the progress."""
    chunks = generate(cases, events_per_case=events_per_case, seed=seed)
    return write_synthetic(
        store, chunks, total=cases, seed=seed, on_chunk=on_chunk, on_stage=on_stage
    )
