"""Figures: counts of people held, released, detained and designated."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims_of, figures_of


def test_women_and_men_pardoned_are_summed() -> None:
    text = "According to BelTA, 12 women and 13 men were pardoned on the eve of the holiday."
    assert figures_of(claims_of(text)) == {("prisoners_released", 25, "exact")}


def test_named_person_and_others_are_counted() -> None:
    text = "Authorities freed Ihar Losik and 13 other prisoners, who were driven to the border."
    assert figures_of(claims_of(text)) == {("prisoners_released", 14, "exact")}


def test_two_named_people_and_others() -> None:
    text = "Mikalai Statkevich, Maria Kalesnikava and 20 others were released in the deal."
    assert figures_of(claims_of(text)) == {("prisoners_released", 22, "exact")}


def test_unstated_number_yields_no_figure() -> None:
    text = "The authorities pardoned a group of prisoners on Friday but did not say how many."
    assert figures_of(claims_of(text)) == set()


def test_number_words() -> None:
    text = (
        "Fifty-two political prisoners were released on Thursday. "
        "A dozen activists were detained in Hrodna the same week."
    )
    assert figures_of(claims_of(text)) == {
        ("prisoners_released", 52, "exact"),
        ("prisoners_detained", 12, "exact"),
    }


def test_thousands_written_three_ways() -> None:
    texts = [
        "Rights groups count about 1,200 political prisoners.",
        "Rights groups count about 1 200 political prisoners.",
        "Rights groups count about 1.2 thousand political prisoners.",
    ]
    for text in texts:
        assert figures_of(claims_of(text)) == {("political_prisoners_held", 1200, "about")}


def test_qualifiers() -> None:
    text = (
        "At least 30 people were detained after the match. Nearly 200 protesters were arrested "
        "in the capital. Fewer than 40 detainees were freed. More than 1,100 political "
        "prisoners remain behind bars."
    )
    assert figures_of(claims_of(text)) == {
        ("prisoners_detained", 30, "at_least"),
        ("prisoners_detained", 200, "about"),
        ("prisoners_released", 40, "fewer_than"),
        ("political_prisoners_held", 1100, "more_than"),
    }


def test_range_has_value_max() -> None:
    claims = claims_of("Between 1,100 and 1,300 political prisoners are held in the colonies.")
    figures = [c for c in claims if c["kind"] == "figure"]
    assert len(figures) == 1
    assert figures[0]["qualifier"] == "range"
    assert (figures[0]["value"], figures[0]["value_max"]) == (1100, 1300)


def test_designated_by_a_rights_group() -> None:
    text = "Viasna recognised 11 more people as political prisoners last week."
    assert figures_of(claims_of(text)) == {("prisoners_designated", 11, "exact")}


def test_hoped_for_release_counts_people_still_held() -> None:
    text = "The envoy is working on the release of some 1,150 prisoners still in custody."
    assert figures_of(claims_of(text)) == {("political_prisoners_held", 1150, "about")}


def test_coordinated_bare_number_takes_the_measure() -> None:
    text = "Over 40 prisoners were freed in June, and more than 150 in total this year."
    assert figures_of(claims_of(text)) == {
        ("prisoners_released", 40, "more_than"),
        ("prisoners_released", 150, "more_than"),
    }


def test_ages_money_and_dates_are_not_figures() -> None:
    text = (
        "The 71-year-old leader, in power since 1994, offered 2,000 euros on May 23, 2022, "
        "and spoke for 45 minutes to 300 journalists."
    )
    assert figures_of(claims_of(text)) == set()


def test_relative_dates_resolve_against_publication() -> None:
    published = dt.date(2025, 6, 23)  # a Monday
    text = (
        "On Thursday, the authorities released 16 prisoners. "
        "Last month, 14 political prisoners were pardoned. "
        "In September, 52 political prisoners were freed."
    )
    dates = {c["value"]: c["date"] for c in claims_of(text, published) if c["kind"] == "figure"}
    assert dates == {16: "2025-06-19", 14: "2025-05", 52: "2024-09"}


def test_relative_dates_stay_null_without_publication() -> None:
    text = "In September, 52 political prisoners were freed. In March 2024, 18 were freed."
    dates = {c["value"]: c["date"] for c in claims_of(text) if c["kind"] == "figure"}
    assert dates == {52: None, 18: "2024-03"}


def test_same_figure_repeated_is_reported_once() -> None:
    text = (
        "The deal could free 1,300 prisoners. Officials hope all 1,300 political prisoners "
        "will be home by spring."
    )
    assert figures_of(claims_of(text)) == {("political_prisoners_held", 1300, "exact")}


def test_present_state_is_held_and_past_event_is_detained() -> None:
    text = (
        "The opposition estimates that between 1,100 and 1,200 people are still imprisoned. "
        "Some 40 activists were arrested in the same week. 300-plus prisoners were freed."
    )
    assert figures_of(claims_of(text)) == {
        ("political_prisoners_held", 1100, "range"),
        ("prisoners_detained", 40, "about"),
        ("prisoners_released", 300, "at_least"),
    }


def test_date_of_another_number_is_not_taken() -> None:
    text = (
        "Over 1,000 political prisoners are held in Belarus, according to Viasna, down from "
        "a peak of 1,500 in 2022."
    )
    claims = claims_of(text)
    assert figures_of(claims) == {("political_prisoners_held", 1000, "more_than")}
    assert claims[0]["date"] is None


def test_crowds_and_deaths_are_not_prisoner_figures() -> None:
    text = 'About 300 people attended the premiere of "Courage", and 52 died in the fire.'
    assert figures_of(claims_of(text)) == set()
