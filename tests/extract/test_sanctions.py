"""Sanction measures: imposed, lifted, eased, threatened."""

from __future__ import annotations

from extract_helpers import claims_of, sanctions_of


def test_imposed_on_a_company() -> None:
    claims = claims_of("The European Union imposed new sanctions on Belaruskali on Monday.")
    assert sanctions_of(claims) == {("imposed", "Belaruskali")}
    assert claims[0]["imposer"] == "European Union"


def test_lifted_against_a_described_company() -> None:
    text = "Washington lifted sanctions against the state airline Belavia after the release."
    claims = claims_of(text)
    assert sanctions_of(claims) == {("lifted", "Belavia")}
    assert claims[0]["imposer"] == "United States"


def test_removed_from_the_sanctions_list() -> None:
    text = "The Treasury removed the potash maker Belaruskali from its sanctions list in 2025."
    assert sanctions_of(claims_of(text)) == {("lifted", "Belaruskali")}


def test_eased_and_threatened() -> None:
    text = (
        "Britain eased sanctions on Belarusian banks. Brussels threatened further sanctions "
        "against Grodno Azot if the arrests continue."
    )
    assert sanctions_of(claims_of(text)) == {
        ("eased", "Belarusian banks"),
        ("threatened", "Grodno Azot"),
    }


def test_permission_to_buy_parts_lifts_a_ban() -> None:
    text = (
        "In return, Washington relaxed its stance on sanctions. The arrangement allows the "
        "country to buy spare parts for its Boeing jets."
    )
    claims = claims_of(text)
    assert ("lifted", "spare parts for its Boeing jets") in sanctions_of(claims)


def test_passive_lifting() -> None:
    text = "Sanctions on the fertiliser producer Grodno Azot were lifted in December."
    assert sanctions_of(claims_of(text)) == {("lifted", "Grodno Azot")}


def test_opinions_in_quotes_are_not_measures() -> None:
    text = '"Sanctions should be imposed on every company that helps the regime," she said.'
    assert sanctions_of(claims_of(text)) == set()


def test_policy_gerund_about_a_country_is_left_out() -> None:
    text = "The U.S., which has begun easing sanctions on Belarus, wants more releases."
    assert sanctions_of(claims_of(text)) == set()
