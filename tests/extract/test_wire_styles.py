"""Whole short reports in the shapes of wire copy, rights-group notes and briefings."""

from __future__ import annotations

import datetime as dt

from extract_helpers import claims_of, figures_of, quotes_of, sanctions_of

_PUBLISHED = dt.date(2025, 6, 21)  # a Saturday


def test_wire_report_with_dateline_and_envoy() -> None:
    text = (
        "MINSK, June 21 (Reuters) - Belarus freed 14 prisoners including opposition figure "
        "Siarhei Tsikhanouski on Saturday after a visit by U.S. envoy Keith Kellogg.\n"
        '"This is a tremendous moment," Kellogg wrote on X.\n'
        'Tsikhanouski, who was jailed in 2020, looked thin. "I am free," he told reporters.'
    )
    claims = claims_of(text, _PUBLISHED)
    assert figures_of(claims) == {("prisoners_released", 14, "exact")}
    assert quotes_of(claims) == {
        "This is a tremendous moment": "Keith Kellogg",
        "I am free": "Siarhei Tsikhanouski",
    }
    figure = next(c for c in claims if c["kind"] == "figure")
    assert figure["date"] == "2025-06-21"


def test_pardon_note_with_rights_group_counts() -> None:
    text = (
        "Alexander Lukashenko pardoned 16 people convicted of \u201cextremist\u201d crimes, his "
        "press service said on Thursday.\n"
        "According to the rights group Viasna, there are still 1,150 political prisoners. The "
        "group said it had recognised 25 new political prisoners in May alone.\n"
        '"The pardons change nothing," said Viasna spokeswoman Natallia Satsunkevich. "For '
        'each person released, another two are put behind bars."'
    )
    claims = claims_of(text, _PUBLISHED)
    assert figures_of(claims) == {
        ("prisoners_released", 16, "exact"),
        ("political_prisoners_held", 1150, "exact"),
        ("prisoners_designated", 25, "exact"),
    }
    assert quotes_of(claims) == {
        "The pardons change nothing": "Natallia Satsunkevich",
        "For each person released, another two are put behind bars.": "Natallia Satsunkevich",
    }


def test_ministry_statement_with_it_said() -> None:
    text = (
        "The Belarusian Foreign Ministry dismissed the criticism. In a statement, it said: "
        '"Belarus does not hold political prisoners."'
    )
    assert quotes_of(claims_of(text)) == {
        "Belarus does not hold political prisoners.": "Belarusian Foreign Ministry"
    }


def test_relative_clause_between_subject_and_verb() -> None:
    text = 'Tsikhanouskaya, who met Trump in July, said: "We need more pressure, not less."'
    assert quotes_of(claims_of(text)) == {"We need more pressure, not less.": "Tsikhanouskaya"}


def test_title_with_full_stop_and_possessive_office() -> None:
    text = (
        '"We will not give up," said Mr. Anton Motolko, a blogger.\n'
        '"The decision is final," Lukashenko\'s press secretary Natalya Eismont told reporters.'
    )
    assert quotes_of(claims_of(text)) == {
        "We will not give up": "Anton Motolko",
        "The decision is final": "Natalya Eismont",
    }


def test_count_stated_after_the_noun() -> None:
    text = "The number of political prisoners has fallen to 1,130, according to Viasna."
    assert figures_of(claims_of(text)) == {("political_prisoners_held", 1130, "exact")}


def test_delisting_from_the_sdn_list() -> None:
    claims = claims_of("OFAC removed Belavia from the Specially Designated Nationals list.")
    assert sanctions_of(claims) == {("lifted", "Belavia")}
    assert claims[0]["imposer"] == "United States"


def test_pronoun_with_nobody_before_it_gives_no_speaker() -> None:
    text = '"We are watching closely," she said, referring to Kalesnikava, who remains in jail.'
    assert quotes_of(claims_of(text)) == {}


def test_role_introduced_after_the_quote() -> None:
    text = (
        "Asked whether more releases were planned, the envoy said: \u201cWe are working on it.\u201d\n"
        "John Coale, the U.S. special envoy, met officials in Minsk on Thursday."
    )
    assert quotes_of(claims_of(text)) == {"We are working on it.": "John Coale"}


def test_present_tense_says_and_continuation() -> None:
    text = (
        "\u201cI spent months in a punishment cell,\u201d says Ihar Losik, a blogger freed in "
        "June. \u201cNobody knew where I was.\u201d"
    )
    assert quotes_of(claims_of(text)) == {
        "I spent months in a punishment cell": "Ihar Losik",
        "Nobody knew where I was.": "Ihar Losik",
    }


def test_licence_to_buy_parts() -> None:
    text = (
        "Washington has kept most sanctions in place, but on Thursday it granted the airline a "
        "licence to buy spare engine parts, an official said."
    )
    assert sanctions_of(claims_of(text)) == {("lifted", "spare engine parts")}


def test_cumulative_detentions_since_a_year() -> None:
    text = (
        "In total, 1,247 people are behind bars on political charges, including 43 reporters. "
        "Since 2020, more than 65,000 people have been detained, the group says."
    )
    claims = claims_of(text)
    assert figures_of(claims) == {
        ("political_prisoners_held", 1247, "exact"),
        ("prisoners_detained", 65000, "more_than"),
    }
    # "since 2020" starts the period counted and fixes no date of the count (as the reference
    # annotation leaves "since Coale negotiated … in September, … a further 157" undated)
    detained = next(c for c in claims if c.get("measure") == "prisoners_detained")
    assert detained["date"] is None
