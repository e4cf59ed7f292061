"""Specific hard cases of ``compare``: scripts, systems, list forms, families."""

from __future__ import annotations

import pytest

from doorwatch.names import Decision, compare


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Ales Bialiatski", "Алесь Бяляцкі"),
        ("Ales Byalyatski", "Алесь Беляцкий"),
        ("LUKASHENKA, Alyaksandr Ryhoravich", "Александр Григорьевич Лукашенко"),
        ("Andrzej Poczobut", "Андрей Почобут"),
        ("Maria Kalesnikava", "Мария Колесникова"),
        ("Sviatlana Tsikhanouskaya", "Swiatłana Cichanouska"),
        ("Mikola Statkevich", "Nikolai Statkiewicz"),
        ("Sasha Lukashenko", "Alexander Lukashenka"),
        ("A. Bialiatski", "Ales Bialiatski"),
        ("Лукашенко А. Г.", "Alexander Lukashenko"),
        ("Pavel Latushko", "Paweł Łatuszka"),
        ("Tsimafei Dranchuk", "Тимофей Дранчук"),
    ],
)
def test_same_person(left: str, right: str) -> None:
    decision = compare(left, right)
    assert decision.same is True, decision.reasons
    assert decision.score >= 0.8


@pytest.mark.parametrize(
    ("left", "right", "why"),
    [
        ("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya", "feminine"),
        ("Sasha Tsikhanouski", "Sasha Tsikhanouskaya", "feminine"),
        ("Alexander Lukashenko", "Viktor Lukashenko", "different names"),
        ("Viktor Alexandrovich Lukashenko", "Viktor Grigorievich Lukashenko", "fathers"),
        ("Ivan Petrov Jr.", "Ivan Petrov Sr.", "generation"),
        ("Kalesnikau", "Kalesnikava", "feminine"),
        ("V. Lukashenko", "Alexander Lukashenko", "cannot abbreviate"),
        ("Yevgeny Prigozhin", "Yevgeny Prigarin", "different names"),
    ],
)
def test_different_people(left: str, right: str, why: str) -> None:
    decision = compare(left, right)
    assert decision.same is False
    assert any(why in reason for reason in decision.reasons), decision.reasons


def test_family_name_alone_is_uncertain() -> None:
    decision = compare("Lukashenko", "Alexander Lukashenko")
    assert decision.same is None
    assert 0.5 <= decision.score < 0.8


def test_decision_json_shape() -> None:
    document = compare("Ales Bialiatski", "Алесь Бяляцкі").to_dict()
    assert set(document) == {"same", "score", "reasons"}
    assert document["same"] is True
    assert all(isinstance(reason, str) for reason in document["reasons"])


def test_empty_names_are_uncertain() -> None:
    assert compare("", "Ales Bialiatski") == Decision(
        None, 0.0, ("no letters in one of the names",)
    )
