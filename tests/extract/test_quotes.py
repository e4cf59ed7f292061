"""Quotations and their speakers in passages written in the styles news outlets use."""

from __future__ import annotations

from extract_helpers import claims_of, quotes_of


def test_statement_with_colon_names_the_institution() -> None:
    text = (
        "Lithuania's Foreign Ministry reacted within hours. The ministry said in a statement: "
        "\u201cWe condemn the verdicts and demand the release of everyone held.\u201d"
    )
    assert quotes_of(claims_of(text)) == {
        "We condemn the verdicts and demand the release of everyone held.": "Foreign Ministry"
    }


def test_wrote_on_x_that() -> None:
    text = (
        'Opposition politician Maryna Dubrouskaya wrote on X that "nobody should mistake these '
        'pardons for a thaw" and called for more pressure.'
    )
    assert quotes_of(claims_of(text)) == {
        "nobody should mistake these pardons for a thaw": "Maryna Dubrouskaya"
    }


def test_was_quoted_as_saying_by_an_agency() -> None:
    text = (
        "Lukashenko was quoted as saying by the state agency BelTA that \u201cthe doors are open "
        "for anyone who repents.\u201d"
    )
    assert quotes_of(claims_of(text)) == {
        "the doors are open for anyone who repents.": "Lukashenko"
    }


def test_according_to_an_agency_after_the_quote() -> None:
    text = (
        "\u201cThe decision was taken on humanitarian grounds,\u201d according to BelTA. "
        "Relatives were not told in advance."
    )
    assert quotes_of(claims_of(text)) == {"The decision was taken on humanitarian grounds": "BelTA"}


def test_said_then_speaker_and_pronoun_in_next_paragraph() -> None:
    text = (
        "Human rights lawyer Tomas Vaitkus has followed the cases for years.\n"
        '"Every release is followed by new arrests," said Tomas Vaitkus.\n'
        '"The numbers barely move," he said. "That is the whole point of the system."'
    )
    assert quotes_of(claims_of(text)) == {
        "Every release is followed by new arrests": "Tomas Vaitkus",
        "The numbers barely move": "Tomas Vaitkus",
        "That is the whole point of the system.": "Tomas Vaitkus",
    }


def test_she_resolves_past_a_man_mentioned_in_between() -> None:
    text = (
        "Activist Hanna Lisouskaya spent three years in a penal colony. Her lawyer, Ihar "
        "Barysau, was later disbarred.\n"
        "\u201cI was not allowed a single phone call,\u201d she said."
    )
    assert quotes_of(claims_of(text)) == {
        "I was not allowed a single phone call": "Hanna Lisouskaya"
    }


def test_unclosed_quote_continues_in_next_paragraph() -> None:
    text = (
        "Former inmate Alena Klimovich described the colony in detail.\n"
        "\u201cThe lights stay on all night and letters from home are held back for weeks.\n"
        "\u201cNobody tells you why,\u201d she said."
    )
    assert quotes_of(claims_of(text)) == {
        "The lights stay on all night and letters from home are held back for weeks.": (
            "Alena Klimovich"
        ),
        "Nobody tells you why": "Alena Klimovich",
    }


def test_unclosed_quote_after_attribution_in_same_paragraph() -> None:
    text = (
        'But, Klimovich warned, the guards were "people who follow orders without question.\n'
        '"They will do it again if nobody stops them."'
    )
    claims = claims_of(text)
    assert quotes_of(claims) == {
        "people who follow orders without question.": "Klimovich",
        "They will do it again if nobody stops them.": "Klimovich",
    }


def test_split_quote_around_attribution() -> None:
    text = (
        "Sviatlana Tsikhanouskaya spoke after the ceremony.\n"
        "\u201cWe welcome every release,\u201d she said, \u201cbut the arrests go on.\u201d"
    )
    assert quotes_of(claims_of(text)) == {
        "We welcome every release": "Sviatlana Tsikhanouskaya",
        "but the arrests go on.": "Sviatlana Tsikhanouskaya",
    }


def test_the_department_is_the_state_department() -> None:
    text = (
        "The U.S. State Department welcomed the news on Wednesday.\n"
        "\u201cThis is a step in the right direction,\u201d the department said. It added, "
        "\u201cWe expect further releases.\u201d"
    )
    assert quotes_of(claims_of(text)) == {
        "This is a step in the right direction": "U.S. State Department",
        "We expect further releases.": "U.S. State Department",
    }


def test_said_the_role_resolves_to_the_named_person() -> None:
    text = (
        "Exiled opposition leader Sviatlana Tsikhanouskaya met ministers in Warsaw.\n"
        '"Sanctions must stay until the last prisoner walks out," said the opposition leader.'
    )
    assert quotes_of(claims_of(text)) == {
        "Sanctions must stay until the last prisoner walks out": "Sviatlana Tsikhanouskaya"
    }


def test_told_reporters_with_colon() -> None:
    text = "Pavel Latushko told reporters: \u201cThe regime sells people, and the price keeps rising.\u201d"
    assert quotes_of(claims_of(text)) == {
        "The regime sells people, and the price keeps rising.": "Pavel Latushko"
    }


def test_participle_takes_the_sentence_subject() -> None:
    text = (
        "President Donald Trump praised his Belarusian counterpart after a call with Vladimir "
        'Putin, saying he had a "very good conversation" with him.'
    )
    assert quotes_of(claims_of(text)) == {"very good conversation": "Donald Trump"}


def test_british_single_quotes() -> None:
    text = (
        "Ms Iryna Khalip, a journalist, left the country last year.\n"
        "\u2018We cannot go back while they hold our friends,\u2019 Khalip said."
    )
    assert quotes_of(claims_of(text)) == {
        "We cannot go back while they hold our friends": "Iryna Khalip"
    }


def test_apostrophes_are_not_quotes() -> None:
    text = "Belarus' opposition said the country's prisons hold Lukashenko's critics."
    assert quotes_of(claims_of(text)) == {}


def test_unattributed_scare_quote_is_left_out() -> None:
    text = 'Critics call the arrangement a "prisoner market" that rewards hostage-taking.'
    assert quotes_of(claims_of(text)) == {}


def test_headline_quotes_are_not_claims() -> None:
    text = (
        "\u201cThe Door Keeps Revolving\u201d: Inside Belarus's Prisons\n"
        "Rights groups documented dozens of new cases this month."
    )
    assert quotes_of(claims_of(text)) == {}


def test_passive_description_has_no_speaker() -> None:
    text = 'The leader, often called "the last dictator of Europe", met the envoy.'
    assert quotes_of(claims_of(text)) == {}


def test_pronoun_does_not_point_forward() -> None:
    text = 'He called the verdict "absurd". Pavel Sapelka, a lawyer, said the case was political.'
    assert quotes_of(claims_of(text)) == {}


def test_outlet_reported_that() -> None:
    text = 'Radio Svaboda reported that "dozens of people" were taken from their homes overnight.'
    assert quotes_of(claims_of(text)) == {"dozens of people": "Radio Svaboda"}


def test_second_woman_named_last_is_she() -> None:
    text = (
        "Olga Karach and her colleague Maria Rabkova spoke to reporters. "
        '"The colony is freezing," Rabkova said. "And the food is rotten," she added.'
    )
    assert quotes_of(claims_of(text)) == {
        "The colony is freezing": "Maria Rabkova",
        "And the food is rotten": "Maria Rabkova",
    }


def test_age_between_name_and_verb() -> None:
    text = "\u201cWe are not going to stop,\u201d Tsikhanouskaya, 42, told a news agency."
    assert quotes_of(claims_of(text)) == {"We are not going to stop": "Tsikhanouskaya"}


def test_possessive_relation_then_name() -> None:
    text = (
        "Ales Bialiatski is still in prison. \u201cIt is a hard day,\u201d said Bialiatski\u2019s "
        "wife, Natallia Pinchuk."
    )
    assert quotes_of(claims_of(text)) == {"It is a hard day": "Natallia Pinchuk"}
