"""General news grammar the held-out articles showed: one short case per rule."""

from __future__ import annotations

from doorwatch.extract import extract_claims
from doorwatch.extract.claims import Figure, Quote, Sanction


def _quotes(text: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in extract_claims(text) if isinstance(c, Quote)}


def _figures(text: str) -> set[tuple[str, int]]:
    return {(c.measure, c.value) for c in extract_claims(text) if isinstance(c, Figure)}


def _sanctions(text: str) -> set[tuple[str, str]]:
    return {(c.action, c.target) for c in extract_claims(text) if isinstance(c, Sanction)}


def test_a_paragraph_ending_in_a_colon_introduces_the_next() -> None:
    text = (
        "A lawyer for the defendants, Emil Hasanov, said after the hearing:\n\n"
        '"The judge refused every motion we filed.\n\n'
        '"We will appeal."\n'
    )
    assert _quotes(text) == {
        "The judge refused every motion we filed.": "Emil Hasanov",
        "We will appeal.": "Emil Hasanov",
    }


def test_an_appositive_is_not_the_subject() -> None:
    text = (
        "Ivan Petrau, a senior adviser to opposition leader Maria Kovalenka, wrote on X "
        'that "nothing has changed."'
    )
    assert _quotes(text) == {"nothing has changed.": "Ivan Petrau"}


def test_a_title_alone_is_the_person_who_holds_it() -> None:
    text = (
        "President Aleksandr Lukashenko met officials on Monday. The head of state noted: "
        '"We do not need them in prisons." "Whoever repents will be heard," the President said.'
    )
    assert set(_quotes(text).values()) == {"Aleksandr Lukashenko"}


def test_a_described_institution_speaks_under_its_description() -> None:
    text = '"All of them asked for pardon," the presidential press service said.'
    assert _quotes(text) == {"All of them asked for pardon": "presidential press service"}


def test_namesakes_keep_their_own_names() -> None:
    text = (
        "Laureate Narges Mohammadi remains in prison. Her brother Hamidreza Mohammadi spoke "
        'on Monday. "We only hear her voice on the phone," he told reporters.'
    )
    assert _quotes(text) == {"We only hear her voice on the phone": "Hamidreza Mohammadi"}


def test_an_unnamed_speaker_is_not_carried_over() -> None:
    text = (
        'The agency quoted the charge of "collusion against national security" on Monday.\n'
        '"We are not afraid," one of the released women told reporters.\n'
    )
    # the one described speaks, not a speaker carried over from before
    assert _quotes(text) == {"We are not afraid": "one of the released women"}


def test_a_reduced_relative_clause_keeps_its_main_verb() -> None:
    text = "Earlier, 18 people convicted of similar offences had been pardoned."
    assert _figures(text) == {("prisoners_released", 18)}


def test_descriptions_and_subsets_are_not_counts() -> None:
    text = (
        "Eight people were released, among them two dual citizens. In return the US handed "
        "over two Russian citizens convicted of fraud. At least seven political prisoners "
        "have died in custody."
    )
    assert _figures(text) == {("prisoners_released", 8)}


def test_a_list_as_political_prisoners_counts_those_held() -> None:
    assert _figures("Memorial lists 864 people as political prisoners.") == {
        ("political_prisoners_held", 864)
    }


def test_restrictions_packages_and_proposals() -> None:
    text = (
        "The sanctions debate went on. The Treasury eased restrictions on potash producer "
        "Belaruskali. The EU adopted its 20th package of sanctions against Russia. Brussels is "
        "discussing whether to add more judges to its sanctions list. Canada imposed sanctions "
        "on Iranian officials, and later imposed sanctions on 10 Iranian officials."
    )
    assert _sanctions(text) == {
        ("eased", "Belaruskali"),
        ("imposed", "Russia"),
        ("imposed", "Iranian officials"),
    }
