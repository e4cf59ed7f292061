"""Search keys, duplicates, linkage, parsing and transliteration."""

from __future__ import annotations

import pytest

from doorwatch.names import (
    find_duplicates,
    link,
    name_keys,
    parse_name,
    prepare,
    romanise,
    search_keys,
)


@pytest.mark.parametrize(
    "query", ["Bialiatski", "Беляцкий", "Ales Byalyatski", "Алесь Бяляцкі", "Aleś Bialiacki"]
)
def test_any_spelling_finds_the_person(query: str) -> None:
    assert search_keys(query) & name_keys("Ales Bialiatski")


def test_full_name_search_does_not_return_namesakes() -> None:
    assert not search_keys("Viktor Lukashenko") & name_keys("Alexander Lukashenko")


def test_find_duplicates_keeps_spouses_apart() -> None:
    records = [
        ("1", "Siarhei Tsikhanouski"),
        ("2", "Sviatlana Tsikhanouskaya"),
        ("3", "Светлана Тихановская"),
        ("4", "Сергей Тихановский"),
        ("5", "Ales Bialiatski"),
    ]
    found = {(c.left_id, c.right_id) for c in find_duplicates(records)}
    assert found == {("1", "4"), ("2", "3")}


def test_link_matches_like_compare() -> None:
    left = prepare(["Ales Bialiatski", "Sviatlana Tsikhanouskaya", "Viktar Babaryka"])
    right = prepare(
        ["Алесь Беляцкий", "Siarhei Tsikhanouski", "Светлана Тихановская", "Eduard Babaryka"]
    )
    result = link(left, right)
    assert sorted(map(tuple, result.pairs.tolist())) == [(0, 0), (1, 2)]
    assert result.compared >= 2


@pytest.mark.parametrize(
    ("text", "given", "patronymic", "surname"),
    [
        ("LUKASHENKA, Alyaksandr Ryhoravich", "Alyaksandr", "Ryhoravich", "LUKASHENKA"),
        ("Лукашенко Александр Григорьевич", "Александр", "Григорьевич", "Лукашенко"),
        ("Alexander Grigorievich Lukashenko", "Alexander", "Grigorievich", "Lukashenko"),
        ("Mikola Statkevich", "Mikola", None, "Statkevich"),
        ("Bialiatski A.", "A.", None, "Bialiatski"),
    ],
)
def test_parse_orders(text: str, given: str, patronymic: str | None, surname: str) -> None:
    reading = parse_name(text)[0]
    assert reading.given[0] == given
    assert reading.patronymic == patronymic
    assert reading.surname == (surname,)


def test_romanise_systems() -> None:
    assert romanise("Лукашэнка", "be_national") == "Lukashenka"
    assert romanise("Ціханоўская", "polish") == "Cichanoŭskaja"
    assert romanise("Святлана", "bgn_be") == "Svyatlana"
    assert romanise("Григорий", "bgn_ru") == "Grigoriy"
