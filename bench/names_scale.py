"""Linkage at scale: a registry of names against a long list, ours beside splink (DuckDB).

Synthetic people (seeded) get Belarusian and Russian given names with realistic frequencies,
patronymics from their father's given name, and family names built as real ones are: a root (a
trade, an animal, a plant, a feature, a baptismal name or a town), sometimes a prefix or a
derivational infix, and an East Slavic or Polish ending (-enka/-enko, -ovich/-evich,
-ski/-skaya, -ov/-ova and -au/-ava, -uk/-yuk, -chyk, -ionak...), drawn with Zipf-like
frequencies. Given and family
name together are distinct but for a small share of true namesakes (another father), which
count as non-matches. Each person is written in one of the spellings in use (Belarusian or
Russian Cyrillic, Belarusian national, BGN/PCGN, ICAO, Polish, Russian press) and in one of the
orders ("Given Surname", "Surname Given Patronymic", "SURNAME, Given Patronymic"). A share of
the registry reappears in the list under another spelling: those are the true pairs.

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
# Family names are built as real ones are: a root (a trade, an animal, a plant, a feature, a
# baptismal name), sometimes a derivational infix, and one of the East Slavic and Polish endings.
ROOTS = """
Ковал Кузнец Мельн Бондар Ткач Гончар Швец Пекар Рыбак Пастух Коваль Кравец Сапожн Плотн Столяр
Колесн Дегтяр Бочар Мясн Кожем Шапов Косар Жнец Пахар Бортн Млын Попов Дьяк Писар Солдат Казак
Сокол Ворон Волк Лис Заяц Медвед Козл Бык Жук Комар Голуб Орл Лебед Гус Петуш Сорок Грач Щегл
Воробь Синиц Дрозд Журав Чиж Снегир Бобр Барсук Ёж Кот Конь Баран Вол Олень Лось Кун Горност
Дуб Берез Клен Лип Сосн Ольх Осин Рябин Калин Малин Вишн Груш Яблон Орех Мак Хмел Горох Капуст
Репин Ячмен Овес Жит Пшен Гриб Ягод Цвет Трав Мох Камен Глин Песок Бор Лес Пол Луг Гор Рек
Бел Черн Рыж Сед Рус Смугл Мал Велик Высок Низ Толст Тонк Крив Лыс Глух Слеп Хром Кос Рябц
Добр Злоб Тих Гром Мороз Снег Дожд Ветр Солн Мес Звезд Зор Лун Весн Зим Лет Осен Ранн Позд
Иван Петр Павл Сидор Семен Степан Мартын Лукаш Данил Яков Михал Андр Тимош Назар Макар Тарас
Кирил Гаврил Федор Григор Захар Ермол Прохор Фом Кузьм Демид Харитон Остап Юрк Янк Стас Адам
Антон Марк Лавр Клим Борис Глеб Игнат Евсе Савел Трофим Филипп Матве Онуфр Исак Мирон Нестер
Новик Стар Молод Шумск Пинск Брест Гродн Слуцк Минск Лид Орш Полоцк Витеб Гомел Могил Бобруйск
Кабан Сом Щук Карп Окун Линь Ерш Лещ Судак Налим Плотв Пескар Рак Краб Слон Лев Тигр Верблюд
Чайк Цапл Стриж Ласточ Удод Филин Сыч Кукушк Дятл Клест Скворц Галк Шмел Пчел Оса Мурав Мух
Сух Мокр Кисл Сладк Горьк Солон Прост Хитр Мудр Умн Дурн Весел Груст Смел Быстр Шустр Ловк
"""
ROOT_LIST = ROOTS.split()
# Each infix brings its own consonant: names one vowel apart are rare in life.
INFIXES = ["", "ан", "ик", "ул"]
# Prefixed roots as in Zabolotny, Podberezski, Perevalov, Nadtochy, Prikhodko.
PREFIXES = ["", "За", "По", "Под", "Пере", "Раз", "Над", "При", "Без", "Вы"]
# (masculine, feminine, weight): endings of family names; many do not change with gender.
ENDINGS = [
    ("енко", "енко", 10), ("ович", "ович", 13), ("ский", "ская", 12), ("ов", "ова", 15),
    ("ин", "ина", 6), ("ук", "ук", 8), ("чик", "чик", 3), ("ёнок", "ёнок", 2), ("ец", "ец", 2),
    ("ня", "ня", 1), ("ель", "ель", 1), ("ага", "ага", 1),
]  # fmt: skip
# After a soft or hushing consonant -ов, -ович and -ук are written -ев, -евич and -юк.
SOFT_ENDINGS = {"ов": "ев", "ова": "ева", "ович": "евич", "ук": "юк"}
# Registry entries whose given and family name repeat another entry's (a different father):
# true namesakes, which no linker can tell apart without the patronymic.
NAMESAKE_SHARE = 0.02
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
    soft_sign = father_ru.endswith("ий") and father_ru != "Дмитрий"
    if soft_sign:
        father_ru = father_ru[:-2] + "ь"  # Юрий -> Юрьевич, Виталий -> Витальевич
    if father_ru == "Михаил":
        father_ru, father_be = "Михайл", "Міхайл"
    stem_ru = father_ru[:-1] if father_ru[-1] in "йь" else father_ru
    stem_be = father_be[:-1] if father_be[-1] in "йь" else father_be
    soft = father_ru[-1] in "йь"
    if soft_sign:
        stem_ru += "ь"
    if gender == "m":
        return stem_ru + ("евич" if soft else "ович"), stem_be + ("евіч" if soft else "авіч")
    return stem_ru + ("евна" if soft else "овна"), stem_be + ("еўна" if soft else "аўна")


def surname_lemmas(rng: random.Random) -> list[tuple[str, str, float]]:
    """Return the generated family names as (masculine, feminine, weight), the commonest first.

    Weights follow Zipf's law over a shuffled order, as family-name frequencies do.
    """
    forms: dict[str, str] = {}
    roots = [p + (r.lower() if p else r) for p in PREFIXES for r in ROOT_LIST]
    for root in roots:
        for infix in dict.fromkeys(INFIXES):
            for masculine, feminine, _ in ENDINGS:
                stem = root + infix
                if (
                    (
                        infix
                        and (infix[-1] == masculine[0] or infix in masculine or root.endswith("ь"))
                    )
                    or (infix == "ик" and masculine[0] in "чуё")
                ) or (
                    stem.endswith(("ск", "цк", "шк", "к", "ц")) and masculine in ("ский", "цкий")
                ):
                    continue
                if stem.endswith(("ь", "й", "ж", "ш", "ч", "щ", "ц")):
                    masculine = SOFT_ENDINGS.get(masculine, masculine)
                    feminine = SOFT_ENDINGS.get(feminine, feminine)
                    if masculine[0] in "еяю" or masculine == "юк":
                        stem = stem.rstrip("ь")
                forms.setdefault(stem + masculine, stem + feminine)
    lemmas = list(forms.items())
    rng.shuffle(lemmas)
    ending_weight = {m: w for m, _, w in ENDINGS}
    out = []
    for rank, (masculine, feminine) in enumerate(lemmas, start=1):
        ending = next(
            m
            for m, _, _ in ENDINGS
            if masculine.endswith(m) or masculine.endswith(SOFT_ENDINGS.get(m, m))
        )
        out.append((masculine, feminine, ending_weight[ending] / rank**0.6))
    return out


def generate(count: int, rng: random.Random) -> list[Person]:
    """Return ``count`` synthetic people; given and family name together are distinct but for
    a share of true namesakes (:data:`NAMESAKE_SHARE`), who differ in their father's name.
    """
    males = [g for g in GIVEN if g[2] == "m"]
    male_weights = [g[3] for g in males]
    weights = [g[3] for g in GIVEN]
    lemmas = surname_lemmas(rng)
    lemma_weights = [w for _, _, w in lemmas]
    seen: dict[tuple[str, str], str] = {}
    people: list[Person] = []
    namesakes = 0
    batch = 4096
    while len(people) < count:
        givens = rng.choices(GIVEN, weights, k=batch)
        families = rng.choices(lemmas, lemma_weights, k=batch)
        fathers = rng.choices(males, male_weights, k=batch)
        for given, family, father in zip(givens, families, fathers, strict=True):
            if len(people) >= count:
                break
            surname = family[0] if given[2] == "m" else family[1]
            key = (given[0], surname)
            # A namesake is kept up to a realistic share, and only with another father.
            if key in seen:
                if namesakes >= NAMESAKE_SHARE * len(people) or seen[key] == father[0]:
                    continue
                namesakes += 1
            seen[key] = father[0]
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
