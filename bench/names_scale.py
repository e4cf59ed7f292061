"""Linkage at scale: a registry of names against a long list, ours beside splink (DuckDB).

Synthetic people (seeded) get Belarusian and Russian given names, patronymics and generated family
names with gendered endings; each is written in one of the spellings in use (Belarusian or
Russian Cyrillic, Belarusian national, BGN/PCGN, ICAO, Polish, Russian press) and in one of the
orders ("Given Surname", "Surname Given Patronymic", "SURNAME, Given Patronymic"). A share of the
registry reappears in the list in another spelling: those are the true pairs.

splink is given the names already split into given and family name (ASCII-folded), which spares
it the parsing our linker does. At full size splink runs on a sample (--splink-registry,
--splink-list) and its per-pair rate is reported for that sample.

Usage: python bench/names_scale.py [--registry 100000] [--list 1000000] [--no-splink]
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass

from rigour.text import ascii_text

from doorwatch.names import link, prepare, romanise
from doorwatch.names.transliteration import System

# (Russian, Belarusian, gender, weight): common given names.
GIVEN = [
    ("Александр", "Аляксандр", "m", 9), ("Сергей", "Сяргей", "m", 8), ("Дмитрий", "Дзмітрый", "m", 6),
    ("Андрей", "Андрэй", "m", 6), ("Алексей", "Аляксей", "m", 5), ("Николай", "Мікалай", "m", 4),
    ("Владимир", "Уладзімір", "m", 5), ("Виктор", "Віктар", "m", 3), ("Игорь", "Ігар", "m", 3),
    ("Евгений", "Яўген", "m", 3), ("Павел", "Павел", "m", 3), ("Максим", "Максім", "m", 3),
    ("Олег", "Алег", "m", 3), ("Юрий", "Юрый", "m", 3), ("Иван", "Іван", "m", 3),
    ("Михаил", "Міхаіл", "m", 3), ("Василий", "Васіль", "m", 2), ("Геннадий", "Генадзь", "m", 2),
    ("Денис", "Дзяніс", "m", 2), ("Артём", "Арцём", "m", 2), ("Вадим", "Вадзім", "m", 2),
    ("Виталий", "Віталь", "m", 2), ("Роман", "Раман", "m", 2), ("Кирилл", "Кірыл", "m", 2),
    ("Станислав", "Станіслаў", "m", 1), ("Леонид", "Леанід", "m", 1), ("Пётр", "Пятро", "m", 1),
    ("Григорий", "Рыгор", "m", 1), ("Степан", "Сцяпан", "m", 1), ("Тимофей", "Цімафей", "m", 1),
    ("Ольга", "Вольга", "f", 6), ("Татьяна", "Таццяна", "f", 6), ("Елена", "Алена", "f", 6),
    ("Наталья", "Наталля", "f", 6), ("Светлана", "Святлана", "f", 5), ("Ирина", "Ірына", "f", 5),
    ("Мария", "Марыя", "f", 4), ("Анна", "Ганна", "f", 4), ("Екатерина", "Кацярына", "f", 4),
    ("Юлия", "Юлія", "f", 4), ("Анастасия", "Анастасія", "f", 4), ("Людмила", "Людміла", "f", 3),
    ("Галина", "Галіна", "f", 3), ("Дарья", "Дар'я", "f", 3), ("Марина", "Марына", "f", 3),
    ("Надежда", "Надзея", "f", 2), ("Валентина", "Валянціна", "f", 2), ("Ксения", "Ксенія", "f", 2),
    ("Вероника", "Вераніка", "f", 2), ("Людмила", "Людміла", "f", 1), ("Оксана", "Аксана", "f", 2),
]  # fmt: skip
ONSETS = ["б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "х", "ц", "ч", "ш", "бр", "гр", "кр", "пр", "тр", "ст", "шк", "кл", "гл", "дв", "св"]  # fmt: skip
VOWELS = ["а", "о", "е", "у", "и"]
CODAS = ["", "", "н", "л", "р", "к", "с", "т", "ш", "ль"]
# (masculine, feminine) endings of generated family names.
ENDINGS = [("ов", "ова"), ("ин", "ина"), ("ский", "ская"), ("енко", "енко"), ("евич", "евич"),
           ("ук", "ук"), ("ик", "ик"), ("ка", "ка"), ("ёнок", "ёнок"), ("ев", "ева")]  # fmt: skip
LATIN_SYSTEMS: tuple[System, ...] = ("be_national", "bgn_be", "icao", "polish")
RUSSIAN_SYSTEMS: tuple[System, ...] = ("bgn_ru", "press_ru")


@dataclass(frozen=True, slots=True)
class Person:
    """A synthetic person: Russian and Belarusian Cyrillic given, patronymic and family name."""

    given: tuple[str, str]
    patronymic: tuple[str, str]
    surname: tuple[str, str]


def _belarusian(russian: str) -> str:
    # A rough Russian-to-Belarusian respelling: і for и, akanne, ў, ць/дзь, -скі.
    text = russian.replace("ский", "скі").replace("и", "і").replace("ті", "ці").replace("ді", "дзі")
    if text.endswith(("ов", "ев")):
        text = text[:-1] + "ў"
    first = next((i for i, c in enumerate(text) if c in "аоеуі"), 0)
    return text[: first + 1] + text[first + 1 :].replace("о", "а")


def _patronymic(father_ru: str, father_be: str, gender: str) -> tuple[str, str]:
    stem_ru = father_ru[:-1] if father_ru[-1] in "йь" else father_ru
    stem_be = father_be[:-1] if father_be[-1] in "йь" else father_be
    soft = father_ru[-1] in "йь"
    if gender == "m":
        return stem_ru + ("евич" if soft else "ович"), stem_be + ("евіч" if soft else "авіч")
    return stem_ru + ("евна" if soft else "овна"), stem_be + ("еўна" if soft else "аўна")


def generate(count: int, rng: random.Random) -> list[Person]:
    """Return ``count`` distinct synthetic people (distinct given class, family stem and gender)."""
    males = [g for g in GIVEN if g[2] == "m"]
    weights = [g[3] for g in GIVEN]
    seen: set[tuple[str, str]] = set()
    people: list[Person] = []
    while len(people) < count:
        given = rng.choices(GIVEN, weights)[0]
        syllables = rng.choice((2, 2, 3))
        stem = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
        stem += rng.choice(CODAS)
        masculine, feminine = rng.choice(ENDINGS)
        surname = stem.capitalize() + (masculine if given[2] == "m" else feminine)
        if (given[0], surname) in seen:
            continue
        seen.add((given[0], surname))
        father = rng.choice(males)
        people.append(
            Person(
                (given[0], given[1]),
                _patronymic(father[0], father[1], given[2]),
                (surname, _belarusian(surname)),
            )
        )
    return people


def render(person: Person, rng: random.Random) -> tuple[str, str, str]:
    """Return one written form of ``person`` and its (ASCII-folded) given and family name."""
    language = rng.randrange(2)
    given, patronymic, surname = (
        person.given[language],
        person.patronymic[language],
        person.surname[language],
    )
    script = rng.random()
    if script < 0.3:
        pass
    else:
        systems = LATIN_SYSTEMS if language == 1 else RUSSIAN_SYSTEMS
        system = rng.choice(systems)
        given, patronymic, surname = (romanise(x, system) for x in (given, patronymic, surname))
    order = rng.random()
    if order < 0.5:
        text = f"{given} {surname}"
    elif order < 0.8:
        text = f"{surname.upper()}, {given} {patronymic}"
    else:
        text = f"{surname} {given} {patronymic}"
    return text, ascii_text(given).lower(), ascii_text(surname).lower()


def f1(found: set[tuple[int, int]], truth: set[tuple[int, int]]) -> tuple[float, float, float]:
    """Return precision, recall and F1 of ``found`` against ``truth``."""
    tp = len(found & truth)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(truth) if truth else 1.0
    return precision, recall, (2 * precision * recall / (precision + recall) if tp else 0.0)


def build(registry: int, listed: int, seed: int) -> tuple[list[tuple[str, str, str]], ...]:
    """Return the registry rows, the list rows and the truth as (registry, list) index pairs."""
    rng = random.Random(seed)
    people = generate(registry + max(0, listed - registry // 2), rng)
    registry_rows = [render(p, rng) for p in people[:registry]]
    shared = rng.sample(range(registry), min(registry // 2, listed))
    list_people = [people[i] for i in shared] + people[registry : registry + listed - len(shared)]
    list_rows = [render(p, rng) for p in list_people]
    order = list(range(len(list_rows)))
    rng.shuffle(order)
    list_rows = [list_rows[i] for i in order]
    position = {old: new for new, old in enumerate(order)}
    truth = [(r, position[k]) for k, r in enumerate(shared)]
    return registry_rows, list_rows, [tuple(t) for t in truth]  # type: ignore[return-value]


def run_ours(registry_rows: list, list_rows: list, truth: set, workers: int) -> None:  # type: ignore[type-arg]
    started = time.perf_counter()
    left = prepare([r[0] for r in registry_rows])
    right = prepare([r[0] for r in list_rows])
    prepared = time.perf_counter()
    result = link(left, right, workers=workers)
    linked = time.perf_counter()
    found = {(int(a), int(b)) for a, b in result.pairs}
    precision, recall, score = f1(found, truth)
    rate = result.compared / (linked - prepared)
    print(f"doorwatch.names.link: {len(registry_rows):,} x {len(list_rows):,}")
    print(f"  features {prepared - started:.1f} s, scoring {linked - prepared:.1f} s, "
          f"total {linked - started:.1f} s")  # fmt: skip
    print(f"  scored pairs {result.compared:,} -> {rate:,.0f} pairs/s (scoring)")
    print(f"  precision {precision:.3f} recall {recall:.3f} F1 {score:.3f}")


def run_splink(registry_rows: list, list_rows: list, truth: set) -> None:  # type: ignore[type-arg]
    import pandas as pd
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    frames = [
        pd.DataFrame({"unique_id": range(len(rows)), "given": [r[1] for r in rows],
                      "surname": [r[2] for r in rows]})
        for rows in (registry_rows, list_rows)
    ]  # fmt: skip
    settings = SettingsCreator(
        link_type="link_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("given", [0.92, 0.8]),
            cl.JaroWinklerAtThresholds("surname", [0.92, 0.8]),
        ],
        blocking_rules_to_generate_predictions=[block_on("substr(surname, 1, 2)")],
    )
    started = time.perf_counter()
    db_api = DuckDBAPI()
    tables = [
        db_api.register(frames[0], table_name="reg"),
        db_api.register(frames[1], table_name="lst"),
    ]
    linker = Linker(tables, settings)
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("given"))
    trained = time.perf_counter()
    predictions = linker.inference.predict(threshold_match_probability=0.5).as_pandas_dataframe()
    done = time.perf_counter()
    compared = (
        int(
            linker.inference.predict(threshold_match_probability=0.0).as_duckdbpyrelation().shape[0]
        )
        if len(list_rows) <= 100_000
        else None
    )
    found: set[tuple[int, int]] = set()
    for row in predictions.itertuples():
        a, b = (row.unique_id_l, row.unique_id_r)
        if row.source_dataset_l == "reg":
            found.add((int(a), int(b)))
        else:
            found.add((int(b), int(a)))
    precision, recall, score = f1(found, truth)
    print(f"splink (DuckDB): {len(registry_rows):,} x {len(list_rows):,}")
    print(f"  training {trained - started:.1f} s, prediction {done - trained:.1f} s, "
          f"total {done - started:.1f} s")  # fmt: skip
    if compared:
        print(
            f"  scored pairs {compared:,} -> {compared / (done - trained):,.0f} pairs/s (prediction)"
        )
    print(f"  precision {precision:.3f} recall {recall:.3f} F1 {score:.3f}")


def main() -> None:
    """Generate the data, run both linkers and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--registry", type=int, default=100_000)
    parser.add_argument("--list", type=int, default=1_000_000, dest="listed")
    parser.add_argument("--splink-registry", type=int, default=10_000)
    parser.add_argument("--splink-list", type=int, default=100_000)
    parser.add_argument("--no-splink", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    started = time.perf_counter()
    registry_rows, list_rows, truth = build(args.registry, args.listed, args.seed)
    print(f"generated {len(registry_rows):,} registry and {len(list_rows):,} list names "
          f"({len(truth):,} true pairs) in {time.perf_counter() - started:.1f} s")  # fmt: skip
    print("examples:", "; ".join(r[0] for r in registry_rows[:4]))
    run_ours(registry_rows, list_rows, set(truth), args.workers)
    if args.no_splink:
        return
    small_registry, small_list, small_truth = build(
        min(args.splink_registry, args.registry), min(args.splink_list, args.listed), args.seed
    )
    if len(small_list) < len(list_rows):
        print(f"sample for both linkers: {len(small_registry):,} x {len(small_list):,}")
        run_ours(small_registry, small_list, set(small_truth), args.workers)
    run_splink(small_registry, small_list, set(small_truth))


if __name__ == "__main__":
    main()
