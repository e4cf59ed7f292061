"""The error classes the unseen set's study half showed, each with its own short passage.

The passages are written for these tests (other names, other figures), so a rule that passes
them is a rule about news prose, not about one article.
"""

from __future__ import annotations

import datetime as dt

from doorwatch.extract import extract_claims
from doorwatch.extract.claims import Figure, Quote, Sanction
from doorwatch.extract.count_tables import table_figures
from doorwatch.extract.dates import detect_published
from doorwatch.extract.hard_wraps import unwrap_lines
from doorwatch.extract.mentions import find_mentions
from doorwatch.extract.subtitle_cues import join_cues


def _quotes(text: str) -> dict[str, str | None]:
    return {c.text: c.speaker for c in extract_claims(text) if isinstance(c, Quote)}


def _figures(text: str) -> set[tuple[str, int]]:
    return {(c.measure, c.value) for c in extract_claims(text) if isinstance(c, Figure)}


def _sanctions(text: str, published: dt.date | None = None) -> set[tuple[str, str, str | None]]:
    return {
        (c.action, c.target, c.date)
        for c in extract_claims(text, published)
        if isinstance(c, Sanction)
    }


def _sanction_rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    # (action, target, imposer, date) of each measure, in the text's order
    return [
        (c.action, c.target, c.imposer, c.date)
        for c in extract_claims(text)
        if isinstance(c, Sanction)
    ]


# Described targets


def test_a_described_target_resolves_to_the_name_the_article_gives() -> None:
    text = (
        "Canada eased sanctions on the country's flag carrier on Monday. "
        "The carrier, Avialinii, had been cut off from spare parts."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Avialinii")}


def test_a_name_after_its_description_resolves_too() -> None:
    text = (
        "Norway sanctioned Kalitorg, the state fertiliser exporter, in 2022. "
        "Oslo lifted sanctions on the exporter on Friday."
    )
    assert ("lifted", "Kalitorg", None) in _sanctions(text)


def test_a_description_without_a_name_stays_as_written() -> None:
    text = "Washington eased sanctions on the national airline in return for the releases."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "national airline")}


# Modality


def test_a_possible_measure_is_no_measure() -> None:
    text = "Officials said the EU could ease sanctions on Belarusian banks if more are freed."
    assert _sanctions(text) == set()


def test_a_conditional_imposition_is_a_threat() -> None:
    text = "London would impose sanctions on the shipping firms unless the transfers stopped."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "shipping firms")}


def test_relief_bargained_for_is_no_measure() -> None:
    text = (
        "Minsk said it was ready to free more people in exchange for lifting sanctions on "
        "its refineries."
    )
    assert _sanctions(text) == set()


def test_lifting_some_sanctions_eases_them() -> None:
    text = "In May, Switzerland lifted some of its sanctions on the Grodno Azot plant."
    assert {a for a, _, _ in _sanctions(text)} == {"eased"}


# Background measures and their dates


def test_a_measure_in_force_is_read_with_its_start() -> None:
    text = "The lender, Priorbank, has been under EU sanctions since 2022, officials said."
    assert _sanctions(text) == {("imposed", "Priorbank", "2022")}


def test_a_country_facing_sanctions_is_not_its_own_imposer() -> None:
    claims = extract_claims("Belarus has faced Western sanctions since 2020 over the crackdown.")
    assert [(c.target, c.imposer, c.date) for c in claims if isinstance(c, Sanction)] == [
        ("Belarus", None, "2020")
    ]


def test_blacklisting_is_an_imposed_sanction() -> None:
    text = "Ottawa blacklisted the state truck maker MAZ in 2023 over its deliveries to Russia."
    assert _sanctions(text) == {("imposed", "MAZ", "2023")}


def test_a_month_without_a_known_year_does_not_borrow_an_older_date() -> None:
    text = (
        "The crackdown began in 2020 and never stopped. In November, the Treasury lifted "
        "sanctions on Belshina."
    )
    assert _sanctions(text) == {("lifted", "Belshina", None)}
    assert _sanctions(text, dt.date(2025, 12, 3)) == {("lifted", "Belshina", "2025-11")}


def test_a_date_line_near_the_top_is_the_publication_date() -> None:
    assert detect_published("Freed at last\n\nMinsk Herald | 04.03.2025\n\nText.") == dt.date(
        2025, 3, 4
    )
    assert detect_published("Title\nBy Staff\nMarch 4, 2025\n\nBody text.") == dt.date(2025, 3, 4)
    assert detect_published("Pardons continue in 2025 as talks go on\n\nBody.") is None


# Figures


def test_a_count_after_a_full_date_is_not_a_year() -> None:
    text = "As of March 31, 1,020 people were behind bars for political reasons."
    assert _figures(text) == {("political_prisoners_held", 1020)}


def test_a_ratio_is_not_a_count() -> None:
    assert _figures("For every five people released, seven new ones are jailed.") == set()


def test_a_relative_clause_does_not_override_the_main_verb() -> None:
    text = "Minsk released 12 Latvian citizens who had been held since 2023."
    assert _figures(text) == {("prisoners_released", 12)}


def test_a_total_of_people_keeps_the_verb_before_it() -> None:
    text = "The group has designated a total of 2,210 people as political prisoners."
    assert _figures(text) == {("prisoners_designated", 2210)}


def test_running_totals() -> None:
    assert _figures("Nine more were freed, bringing the total freed this year to 88.") >= {
        ("prisoners_released", 88)
    }
    text = "Rights defenders added 12 political prisoners, and the total now stands at 990."
    assert ("political_prisoners_held", 990) in _figures(text)


def test_people_considered_political_prisoners_are_held() -> None:
    text = "Some 870 people are currently considered political prisoners in the country."
    assert _figures(text) == {("political_prisoners_held", 870)}


# Speakers


def test_a_name_after_a_preposition_does_not_take_the_quote() -> None:
    text = '"We need more help," Irina Volkava of the committee said in a statement.'
    assert _quotes(text) == {"We need more help": "Irina Volkava"}


def test_an_institution_named_with_for_the_speaks_in_full() -> None:
    text = (
        "The Committee for the Protection of Journalists condemned the verdict. "
        '"This sentence is absurd," the committee said.'
    )
    assert _quotes(text) == {
        "This sentence is absurd": "Committee for the Protection of Journalists"
    }


def test_a_gendered_noun_before_a_name_gives_its_gender() -> None:
    text = (
        "Nobel laureate Shirin Rostami is still in prison. Her brother Ali Rostami spoke "
        'on Monday. "We only get letters," he said.'
    )
    assert _quotes(text) == {"We only get letters": "Ali Rostami"}


# More shapes of measures told in passing


def test_sanctions_imposed_on_as_a_participle() -> None:
    assert _sanctions("EU sanctions imposed on Belshina in 2022 remain in force.") == {
        ("imposed", "Belshina", "2022")
    }


def test_a_relative_clause_can_carry_the_measure() -> None:
    text = "Naftan, which was sanctioned by London in 2022, still sells diesel to Russia."
    assert _sanctions(text) == {("imposed", "Naftan", "2022")}


def test_a_listing_told_in_the_passive() -> None:
    assert _sanctions("Belaruskali was added to the SDN list in 2021.") == {
        ("imposed", "Belaruskali", "2021")
    }
    assert {a for a, _, _ in _sanctions("Belshina was removed from the sanctions list.")} == {
        "lifted"
    }


def test_bans_and_freezes_in_a_text_about_sanctions() -> None:
    text = "As part of its sanctions, Ottawa banned Belavia from its airspace in 2021."
    assert ("imposed", "Belavia", "2021") in _sanctions(text)
    text = "Under the sanctions, Britain froze the assets of two Belarusian banks in 2022."
    assert ("imposed", "Belarusian banks", "2022") in _sanctions(text)


def test_every_item_of_a_list_of_targets() -> None:
    text = "Japan imposed sanctions on Belarusian officials, Belshina and MAZ on Friday."
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian officials", "Belshina", "MAZ"}
    text = "The bloc imposed wide restrictions on potash, oil products and tobacco in 2021, "
    text += "as part of its sanctions."
    assert {t for _, t, _ in _sanctions(text)} == {"potash", "oil products", "tobacco"}


def test_a_clause_after_and_is_not_a_target() -> None:
    text = "Washington lifted sanctions on Belshina and Minsk freed 20 people."
    assert {t for _, t, _ in _sanctions(text)} == {"Belshina"}


# Classes from the study half's second round (passages written for these tests)


def test_a_date_after_sanctioned_is_when_not_whom() -> None:
    text = "Ottawa lifted sanctions on Tractorsbyt, a machinery maker it sanctioned in 2019."
    found = _sanctions(text)
    assert not any(t.startswith("in ") for _, t, _ in found)


def test_a_relative_clause_tells_an_earlier_measure_with_its_date() -> None:
    text = (
        "On Monday Canada lifted sanctions on Kalitorg, the state fertiliser exporter, which it "
        "had sanctioned in 2019."
    )
    assert ("imposed", "Kalitorg", "2019") in _sanctions(text)
    assert ("lifted", "Kalitorg", None) in {(a, t, None) for a, t, _ in _sanctions(text)}


def test_a_description_as_subject_refers_back_to_the_target_named_before() -> None:
    text = (
        "Britain removed Avtozavod from its sanctions list on Tuesday. Ministers said the "
        "talks had helped. The company had been sanctioned in March 2022."
    )
    assert ("imposed", "Avtozavod", "2022-03") in _sanctions(text)


def test_a_description_refers_back_only_to_a_name() -> None:
    text = (
        "Japan imposed sanctions on Belarusian companies and officials in 2022. "
        "Tokyo eased sanctions on the state lender in May."
    )
    assert {t for _, t, _ in _sanctions(text)} == {
        "Belarusian companies and officials",
        "state lender",
    }


def test_a_description_under_sanctions_since_a_year() -> None:
    text = "The carrier has been under British sanctions since 2022, and its jets are grounded."
    assert {(a, t, d) for a, t, d in _sanctions(text)} == {("imposed", "carrier", "2022")}


def test_placed_under_named_sanctions() -> None:
    text = "The bank was placed under EU sanctions in June 2022."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "bank")}


def test_a_negated_measure_is_no_measure() -> None:
    for text in (
        "Japan and Norway have no plans to lift their sanctions on Minsk, officials said.",
        "Ottawa refused to lift sanctions on the tractor maker.",
        "Bern did not impose sanctions on the refinery.",
        "The Council has shown no appetite for easing them.",
    ):
        assert _sanctions(text) == set(), text


def test_a_relief_refused_keeps_the_own_measure_in_force() -> None:
    # a power that will not lift its own measure on a named target says it stays in force;
    # a country's whole programme ("their sanctions on Minsk", above) is no target of its own
    for text, target in (
        ("The EU did not ease its sanctions on Belarusian potash this year.", "Belarusian potash"),
        (
            "Despite the US sanctions relief, Latvia says it will not lift its ban on "
            "fertiliser transit.",
            "fertiliser transit",
        ),
        ("Tokyo has no intention of easing its restrictions on Naftan.", "Naftan"),
    ):
        assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", target)}, text


def test_a_regretted_relief_was_taken() -> None:
    text = "Critics argued that Canada should not have eased its sanctions on the Grodno plant."
    assert {a for a, _, _ in _sanctions(text)} == {"eased"}


def test_a_question_reports_no_measure() -> None:
    assert _sanctions("Which sanctions on Minsk have been eased so far?") == set()


def test_a_participle_clause_after_the_target_is_not_a_target() -> None:
    text = "London eased sanctions on Avialinii, allowing repairs and the purchase of engines."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Avialinii")}


def test_removed_from_a_list_of_blocked_companies_with_an_appositive() -> None:
    text = (
        "The Treasury removed Kalitorg, the fertiliser exporter, from its list of blocked "
        "companies on Friday, after two years of sanctions."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Kalitorg")}


def test_restricted_imports_are_a_measure_in_a_text_about_sanctions() -> None:
    text = (
        "Canada, which restricted imports of Belarusian timber in 2022, kept its sanctions in "
        "place."
    )
    assert ("imposed", "Belarusian timber", "2022") in _sanctions(text)


def test_a_company_allowed_some_dealings_has_its_sanctions_eased() -> None:
    text = (
        "Washington partly relaxed the restrictions on Friday, allowing the carrier to buy "
        "engines. Sanctions on the carrier date from 2022."
    )
    assert ("eased", "carrier") in {(a, t) for a, t, _ in _sanctions(text)}
    country = "The deal allows Belarus to buy tyres for its tractors, despite sanctions."
    assert {(a, t) for a, t, _ in _sanctions(country)} == {("lifted", "tyres for its tractors")}


def test_a_country_naming_a_programme_is_not_the_imposer() -> None:
    text = (
        "Britain lists 160 targets under its Belarus sanctions regime, including Kalitorg, "
        "which it sanctioned in 2021."
    )
    (claim,) = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert (claim.target, claim.imposer, claim.date) == ("Kalitorg", "United Kingdom", "2021")


def test_a_decision_already_taken_is_a_measure_even_when_its_answer_is_weighed() -> None:
    text = (
        "Ministers discussed whether to answer the Canadian decision to ease sanctions on "
        "Avialinii, the state airline."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Avialinii")}


def test_a_date_after_the_target_is_not_part_of_it() -> None:
    text = "Ottawa lifted the sanctions on Kalitorg on 4 March, officials said."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Kalitorg")}


def test_likely_expected_and_planned_measures_are_no_measures() -> None:
    for text in (
        "Analysts said Japan was unlikely to lift its sanctions on Belarusian timber.",
        "Norway is expected to ease sanctions on the tractor maker next year.",
        "Britain plans to impose sanctions on more judges.",
    ):
        assert _sanctions(text) == set(), text


def test_a_measure_named_by_its_noun_and_a_relative_clause_with_its_start() -> None:
    text = (
        "In March came the removal of sanctions on timber, the country's second export, which "
        "Ottawa had imposed in 2020."
    )
    found = {(a, t, d) for a, t, d in _sanctions(text, dt.date(2026, 4, 1))}
    assert ("imposed", "timber", "2020") in found
    assert ("lifted", "timber") in {(a, t) for a, t, _ in found}


def test_remaining_measures_on_a_described_target_named_before() -> None:
    text = (
        "Canada eased sanctions on Avialinii in May. Two months later it dropped the remaining "
        "measures on the airline, and Ottawa banned the airline from its skies in 2021."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("lifted", "Avialinii"), ("imposed", "Avialinii")} <= found


def test_a_measure_by_its_noun_that_is_wished_for_is_no_measure() -> None:
    text = (
        "Minsk has long sought the lifting of restrictions on its potash exporter, and wants "
        "the removal of sanctions on Belarusian banks."
    )
    assert _sanctions(text) == set()


def test_a_relief_is_dated_by_its_own_mention_not_by_when_the_measure_began() -> None:
    text = (
        "Ministers debated on Wednesday the Canadian decision to ease sanctions on Avialinii. "
        "Ottawa eased the sanctions on the airline on 11 September. Separately, Norway lifted "
        "restrictions on Kalitorg, which had been in force since the summer of 2021."
    )
    found = {(a, t, d) for a, t, d in _sanctions(text, dt.date(2025, 10, 3))}
    assert ("eased", "Avialinii", "2025-09-11") in found
    assert ("lifted", "Kalitorg", None) in found


def test_a_part_of_a_group_named_before_is_counted_by_its_own_verb() -> None:
    text = (
        "Minsk has released more than 400 prisoners since 2024. This year alone, 215 of them "
        "were freed after talks with Washington."
    )
    assert ("prisoners_released", 215) in _figures(text)


# Third round: the classes the first fresh set showed once it joined the studied pool.


def test_an_earlier_count_after_down_from_keeps_the_measure() -> None:
    text = "Memorial counts some 640 political prisoners, down from nearly 900 in 2021."
    assert _figures(text) == {
        ("political_prisoners_held", 640),
        ("political_prisoners_held", 900),
    }


def test_people_still_recognised_or_being_political_prisoners_are_held() -> None:
    assert _figures(
        "On the day of the amnesty, 412 people were still recognised as political prisoners."
    ) == {("political_prisoners_held", 412)}
    assert _figures("As of 1 March, 877 people were political prisoners in the country.") == {
        ("political_prisoners_held", 877)
    }


def test_a_guess_and_a_ratio_are_no_counts() -> None:
    text = "Four or five people are arrested for each one who is freed, the lawyer said."
    assert _figures(text) == set()


def test_the_number_of_those_held_is_a_count_of_the_held() -> None:
    text = "The rights group said the number of those still held remains close to 960."
    assert _figures(text) == {("political_prisoners_held", 960)}


def test_people_named_by_nationality_are_people() -> None:
    text = (
        "She spoke of the more than 700 Georgians who remain in Russian prisons. "
        "Moscow released 45 Lithuanians on Friday."
    )
    assert _figures(text) == {("political_prisoners_held", 700), ("prisoners_released", 45)}


def test_a_part_of_a_count_just_given_keeps_its_measure() -> None:
    text = (
        "The group recognised 320 people as political prisoners over the year, 41 of them in March."
    )
    assert _figures(text) == {("prisoners_designated", 320), ("prisoners_designated", 41)}


def test_a_verb_of_counting_gives_a_count_of_the_held_in_a_text_about_them() -> None:
    text = (
        "Memorial recorded 512 political prisoners on 1 May. Another monitor, which uses "
        "wider criteria, counts 598."
    )
    assert ("political_prisoners_held", 598) in _figures(text)
    assert _figures("The traffic police counted 30 on the bridge.") == set()


def test_the_other_people_were_counted_before() -> None:
    text = "Three prisoners were freed. The names of the other two released men were not published."
    assert _figures(text) == {("prisoners_released", 3)}


def test_a_plural_description_is_a_class_not_the_named_company() -> None:
    text = (
        "Ottawa imposed sanctions on the state airline Avialinii in 2023. It had barred "
        "Belarusian airlines from its airspace in 2022."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Avialinii"),
        ("imposed", "Belarusian airlines"),
    }


def test_a_measure_named_with_its_own_clause_and_a_second_verb_in_a_long_sentence() -> None:
    text = (
        "The sanctions relief came in two steps. Japan lifted its remaining sanctions on the "
        "state shipping line Marflot in March and, in April, removed the restrictions it had "
        "placed on the steel producer Ferronord."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("lifted", "Marflot"),
        ("lifted", "Ferronord"),
    }


def test_a_company_allowed_dealings_with_an_appositive_has_its_sanctions_eased() -> None:
    text = (
        "Under the sanctions deal, Ottawa allowed Avialinii, the state airline, to service its "
        "planes and buy parts."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Avialinii")}


def test_widening_sanctions_unless_something_changes_is_a_threat() -> None:
    text = "Brussels has said it will widen sanctions against the regime unless the arrests stop."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "regime")}


def test_restrictions_lifted_by_a_power_in_a_text_that_never_says_sanctions() -> None:
    text = (
        "Minsk freed 40 prisoners after talks with a U.S. delegation. Following that, the "
        "American side announced it was lifting restrictions on the state carrier Avialinii."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Avialinii")}
    assert _sanctions("The city lifted restrictions on traffic in the centre.") == set()


def test_the_opening_words_of_an_organisation_named_in_full_stand_for_it() -> None:
    text = (
        "Latvia's Refugee Assistance Board for the Baltic Region said on Monday that it had "
        "received the group.\n\n"
        '"Everyone will get shelter," the Refugee Assistance Board said in a statement.'
    )
    assert _quotes(text) == {
        "Everyone will get shelter": "Refugee Assistance Board for the Baltic Region"
    }


def test_a_document_speaks_for_the_organisation_the_text_names() -> None:
    text = (
        "Monitors of Memorial counted 40 new cases in March, according to the group's "
        "monthly review.\n\n"
        '"Nothing has changed since the vote," the review said.'
    )
    assert _quotes(text) == {"Nothing has changed since the vote": "Memorial"}


def test_a_name_list_with_an_appositive_before_and_n_others() -> None:
    text = "Minsk freed Ihar Losik, the blogger jailed in 2020, and 9 other prisoners on Monday."
    assert _figures(text) == {("prisoners_released", 10)}


def test_a_count_after_a_noun_and_a_colon() -> None:
    text = "What was gained? The releases: 40 people in May and 75 in August."
    assert _figures(text) == {("prisoners_released", 40), ("prisoners_released", 75)}


def test_a_threat_whose_object_refers_back_to_sanctions() -> None:
    text = (
        "Ottawa lifted sanctions on the steel producer Ferronord in May. What is left? "
        "Japan's sanctions stay, and Tokyo has threatened to widen them if arrests continue in "
        "Moldova. Moldova rejects the charge; Moldova's courts keep sitting."
    )
    assert ("threatened", "Moldova") in {(a, t) for a, t, _ in _sanctions(text)}
    text = "Tokyo kept its sanctions on Ferronord and has threatened to widen them."
    assert ("threatened", "Ferronord") in {(a, t) for a, t, _ in _sanctions(text)}


def test_a_date_counted_from_the_date_told_before() -> None:
    text = (
        "Baku freed 14 prisoners on June 21, 2024. Two months later, it released 40 more prisoners."
    )
    dates = {c.value: c.date for c in extract_claims(text) if isinstance(c, Figure)}
    assert dates == {14: "2024-06-21", 40: "2024-08"}


# The fourth round: classes the second fresh set showed once it was studied


def test_a_bare_count_with_its_own_release_or_prison_verb() -> None:
    text = (
        "The courts in Grodno freed 20 prisoners on Monday, and two days later another 9 "
        "walked out of the colony. Nearly 870 remain behind bars, the monitors said."
    )
    assert _figures(text) == {
        ("prisoners_released", 20),
        ("prisoners_released", 9),
        ("political_prisoners_held", 870),
    }


def test_people_who_are_still_political_prisoners_are_held() -> None:
    text = "The monitors count more than 640 people who are still political prisoners in Baku."
    assert _figures(text) == {("political_prisoners_held", 640)}
    text = "According to Memorial, 512 people were still recognised as political prisoners."
    assert _figures(text) == {("political_prisoners_held", 512)}


def test_a_count_after_a_colon_takes_the_clause_before_it() -> None:
    text = (
        "Designated as political prisoners in March: 41 people, among them two students. "
        "Releases under the spring amnesty: 77 people."
    )
    assert _figures(text) == {("prisoners_designated", 41), ("prisoners_released", 77)}


def test_a_designation_total_without_a_noun() -> None:
    text = (
        "The group named 220 political prisoners in 2024. Since 2021 it has recognised a "
        "total of 2,910."
    )
    found = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    # "since 2021" starts the period counted; it is not the date of the count
    assert ("prisoners_designated", 2910, None) in found


def test_names_on_a_list_of_political_prisoners() -> None:
    text = "This month Memorial added 31 new names to its list of political prisoners."
    assert _figures(text) == {("prisoners_designated", 31)}
    text = (
        "Memorial keeps a list of political prisoners in Azerbaijan. Its lawyers visit them "
        "every month and write to their families. The list now holds 412 names."
    )
    assert _figures(text) == {("political_prisoners_held", 412)}
    text = "Memorial, which tracks political prisoners, removed 12 names from its list."
    assert _figures(text) == set()
    text = "The petition for the release of political prisoners gathered 5,000 names."
    assert _figures(text) == set()


def test_what_could_be_done_is_no_count() -> None:
    text = '"They could free forty people tomorrow and jail forty more," the lawyer said.'
    assert _figures(text) == set()


def test_a_number_taken_up_again_with_the_counts_no_one_new() -> None:
    text = (
        "Tashkent pardoned 40 people on Friday. Rights groups could not say how many of the "
        "40 were political prisoners."
    )
    assert _figures(text) == {("prisoners_released", 40)}


def test_a_role_before_a_name_list() -> None:
    text = "Minsk freed rights defender Nasta Loika and 6 other prisoners on Thursday."
    assert _figures(text) == {("prisoners_released", 7)}


def test_the_last_of_the_sanctions_on_a_target() -> None:
    text = "Ottawa removed the last of its sanctions on the steel producer Ferronord in June."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Ferronord")}


def test_measures_referred_back_to() -> None:
    text = (
        "Ottawa blacklisted Kalitorg in 2022. It relaxed those measures in May 2025, and "
        "lifted the remaining restrictions in October 2025."
    )
    assert _sanctions(text) == {
        ("imposed", "Kalitorg", "2022"),
        ("eased", "Kalitorg", "2025-05"),
        ("lifted", "Kalitorg", "2025-10"),
    }
    text = "Oslo relaxed those measures in May."  # nothing named before: nothing to refer to
    assert _sanctions(text) == set()


def test_what_a_power_may_be_tempted_to_or_should_do_is_no_measure() -> None:
    text = (
        "Oslo may be tempted to ease its own restrictions on fertiliser exports. London "
        "should lift sanctions on the refinery, the columnist argues."
    )
    assert _sanctions(text) == set()


def test_a_ban_on_goods_named_before_the_trade_noun() -> None:
    text = "Canada, which banned most Belarusian timber imports in 2022, kept its sanctions."
    assert ("imposed", "Belarusian timber", "2022") in _sanctions(text)


def test_a_ban_extended_to_a_new_target() -> None:
    text = (
        "The EU adopted its 20th sanctions package on Monday. The package also extends the "
        "export ban to the state lender Priorbank."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Priorbank")}


def test_a_part_named_after_a_measure_shares_its_action() -> None:
    text = (
        "Ottawa eased some sanctions on Kazakhstan, including restrictions on the state "
        "railway KTZ, in return for the releases."
    )
    found = extract_claims(text)
    parts = {(c.action, c.target, c.imposer) for c in found if isinstance(c, Sanction)}
    assert ("eased", "KTZ", "Canada") in parts or ("eased", "KTZ", None) in parts


def test_the_measure_a_relief_ended_told_in_an_appositive() -> None:
    text = (
        "Norway has used sanctions to press for releases. In May 2025 Oslo allowed Avialinii, "
        "the state airline, to buy engines, a measure it had banned since 2022."
    )
    assert ("imposed", "Avialinii", "2022") in _sanctions(text)


def test_it_said_after_an_institution_opened_the_sentence_before() -> None:
    text = (
        "Poland's border guard service said on Monday that 12 men had crossed at night. "
        "The service said the men had asked for protection. "
        '"They were exhausted and some were injured," it said in a statement.'
    )
    assert _quotes(text) == {"They were exhausted and some were injured": "border guard service"}


def test_the_agency_is_the_name_that_followed_its_description() -> None:
    text = (
        "Forty people were pardoned, the state news agency Kabar reported. The agency said "
        'all of them had "asked for mercy".'
    )
    assert _quotes(text) == {"asked for mercy": "Kabar"}


def test_a_document_speaks_for_the_institution_its_byline_names() -> None:
    text = (
        "Repression in the regions: March\n\n"
        'Monthly review by the Human Rights Centre "Spring"\n\n'
        "Searches and detentions went on in every region. Courts handed down long terms.\n\n"
        '"The courts are working like a factory," the review says.'
    )
    assert _quotes(text) == {"The courts are working like a factory": "Human Rights Centre Spring"}


def test_a_second_target_after_and_on() -> None:
    text = "Tokyo imposed sanctions on the steel producer Ferronord and on the state railway."
    assert {t for _, t, _ in _sanctions(text)} == {"Ferronord", "state railway"}


def test_a_relief_whose_object_refers_back_to_measures() -> None:
    text = (
        "Ottawa imposed sanctions on the steel producer Ferronord in 2022. Ottawa has since "
        "eased some of them."
    )
    assert ("eased", "Ferronord", None) in _sanctions(text)
    text = "The police removed them from the square, and the sanctions stayed."
    assert _sanctions(text) == set()


def test_a_spokesperson_of_an_institution_speaks_for_it() -> None:
    text = (
        "A Foreign Office spokesperson said London was watching the trials closely. "
        '"Every one of these cases will be remembered," the spokesperson said.'
    )
    assert _quotes(text) == {"Every one of these cases will be remembered": "Foreign Office"}


def test_a_pronoun_refers_to_a_surname_never_given_in_full() -> None:
    text = (
        "Herasimenia, who leads the bar association in exile, said she was relieved. "
        '"The work starts now," she said.'
    )
    assert _quotes(text) == {"The work starts now": "Herasimenia"}
    text = 'Harutyunyan, who chairs the committee, spoke first. "We will vote," he said.'
    assert _quotes(text) == {"We will vote": "Harutyunyan"}


def test_naming_political_prisoners_designates_them() -> None:
    text = "Memorial said 23 people had been named political prisoners since the spring."
    assert _figures(text) == {("prisoners_designated", 23)}
    text = "In March the group named 19 people as political prisoners."
    assert _figures(text) == {("prisoners_designated", 19)}
    text = "In March the prosecutors named 19 people in the indictment for the prison riot."
    assert _figures(text) == set()


def test_removed_from_a_blacklist() -> None:
    text = "In December Ottawa removed the steel producer Ferronord from its blacklist."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Ferronord")}


def test_a_ban_extended_on_its_target_by_the_bloc() -> None:
    text = (
        "The EU adopted new sanctions on Monday. The bloc also extended its ban on "
        "Belarusian timber to cover transit, diplomats said."
    )
    found = extract_claims(text)
    assert ("imposed", "Belarusian timber", "European Union") in {
        (c.action, c.target, c.imposer) for c in found if isinstance(c, Sanction)
    }


def test_a_pronoun_target_told_beside_its_measure_is_one_measure() -> None:
    text = (
        "The airline Avialinii had been under Canadian sanctions since 2022, when Ottawa "
        "added it to its blacklist."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Avialinii")}


def test_counted_targets_lose_their_count() -> None:
    text = "Tokyo imposed sanctions on 25 more officials in Minsk on Monday."
    assert {t for _, t, _ in _sanctions(text)} == {"officials"}


def test_designated_for_sanctions_by_a_department() -> None:
    text = (
        "The U.S. Treasury Department on Tuesday designated three Georgian judges for "
        "sanctions over the trials of protesters."
    )
    found = {
        (c.action, c.target, c.imposer) for c in extract_claims(text) if isinstance(c, Sanction)
    }
    assert found == {("imposed", "Georgian judges", "United States")}


def test_hit_with_sanctions() -> None:
    text = "Britain hit the state shipping line Astramar with sanctions on Friday."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Astramar")}


def test_a_licence_for_dealings_with_a_target_eases_its_sanctions() -> None:
    text = (
        "Treasury sanctions on Avialinii stay. Separately, OFAC issued a general license "
        "authorizing transactions with Avialinii for the upkeep of aircraft."
    )
    assert ("eased", "Avialinii") in {(a, t) for a, t, _ in _sanctions(text)}


def test_sanctions_that_remain_in_place_are_in_force() -> None:
    text = "Sanctions against the Georgian steel industry remain in place, the ministry said."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Georgian steel industry")}


def test_delisted_and_struck_off_a_list() -> None:
    text = (
        "Sanctions policy shifted in the autumn. Washington delisted the steel producer "
        "Ferronord in November and struck the shipping line Astramar off the SDN list a "
        "month later."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("lifted", "Ferronord"),
        ("lifted", "Astramar"),
    }


def test_a_power_does_not_sanction_its_own_industry() -> None:
    text = (
        "Georgia protested on Monday. Sanctions against the Georgian steel industry remain "
        "in place."
    )
    assert {c.imposer for c in extract_claims(text) if isinstance(c, Sanction)} == {None}


def test_a_measure_on_what_a_company_does_is_on_the_company() -> None:
    text = "Ottawa lifted restrictions on Avialinii's purchase of engines under its sanctions."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Avialinii")}
    text = "Ottawa imposed sanctions on Lukashenko's government in 2020."
    assert {t for _, t, _ in _sanctions(text)} == {"Lukashenko's government"}


def test_a_count_fallen_below_a_number() -> None:
    text = "Memorial's count of political prisoners has fallen below 600 for the first time."
    found = {
        (c.measure, c.value, c.qualifier) for c in extract_claims(text) if isinstance(c, Figure)
    }
    assert found == {("political_prisoners_held", 600, "fewer_than")}


def test_an_ordinal_before_the_measure() -> None:
    text = "Tokyo imposed its first sanctions on the steel producer Ferronord in 2022."
    assert _sanctions(text) == {("imposed", "Ferronord", "2022")}


def test_the_statement_speaks_for_whoever_issued_it() -> None:
    text = (
        "Memorial counts 640 political prisoners. Herasimenia's office said in a statement "
        'that talks had begun. "We need all of them out," the statement said.'
    )
    assert _quotes(text) == {"We need all of them out": "Herasimenia"}


def test_them_on_a_target_of_their_own() -> None:
    text = (
        "Since June, Ottawa has eased sanctions on Avialinii, lifted them on steel and "
        "promised to consider more."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Avialinii"),
        ("lifted", "steel"),
    }


def test_a_relative_clause_says_what_they_were_coming_home_what_happened() -> None:
    text = (
        "Twenty-two Moldovan citizens who had been imprisoned in Transnistria returned home "
        "on Sunday."
    )
    assert _figures(text) == {("prisoners_released", 22)}


def test_an_aside_between_a_count_and_its_verb() -> None:
    text = "In May, 40 prisoners, among them 6 foreigners, were freed under the deal."
    assert _figures(text) == {("prisoners_released", 40)}


def test_an_unnamed_official_does_not_speak_for_the_institution() -> None:
    text = (
        "One OSCE official, speaking on condition of anonymity, said: "
        '"They talk, and nothing moves." A Foreign Office spokesperson said London agreed. '
        '"We are watching," the spokesperson said.'
    )
    # (the official speaks under the description, not for the OSCE; the spokesperson for
    # the office)
    assert _quotes(text) == {
        "They talk, and nothing moves.": "OSCE official",
        "We are watching": "Foreign Office",
    }


def test_a_power_ready_to_impose_measures_threatens_them() -> None:
    text = (
        "The European Union rejected the vote in Georgia and said it stands ready to impose "
        "further restrictive measures on those responsible for the crackdown."
    )
    found = {
        (c.action, c.target, c.imposer) for c in extract_claims(text) if isinstance(c, Sanction)
    }
    assert found == {("threatened", "those responsible for the crackdown", "European Union")}
    text = "Minsk said it was ready to free more people if Brussels lifted its sanctions."
    assert _sanctions(text) == set()


def test_sanctions_applied_to_a_country() -> None:
    text = "Since 2022, the EU has applied many of its Russia sanctions to Georgia as well."
    assert ("imposed", "Georgia", "2022") in _sanctions(text)


def test_the_same_day_is_when_not_whom() -> None:
    text = "Canada announced sanctions on six election officials the same day."
    assert {t for _, t, _ in _sanctions(text)} == {"election officials"}


def test_the_number_put_at_or_brought_to_a_count() -> None:
    text = (
        "Memorial counts political prisoners every month. The group puts the number at 640, "
        "down from 700 a year ago."
    )
    assert _figures(text) == {("political_prisoners_held", 640), ("political_prisoners_held", 700)}
    text = "The decree brought the total number of those freed since May 2024 to 210."
    assert _figures(text) == {("prisoners_released", 210)}
    text = "The number of the bus was 15."
    assert _figures(text) == set()


def test_political_prisoners_number_a_count() -> None:
    text = "Political prisoners in Azerbaijan now number 358, according to the list."
    assert _figures(text) == {("political_prisoners_held", 358)}


def test_the_people_counted_by_a_participle_alone() -> None:
    text = "Of the 86 freed, 70 went to Poland."
    assert ("prisoners_released", 86) in _figures(text)
    text = "He was freed in 2020, aged 45, and released a book in 2021."
    assert _figures(text) == set()


def test_according_to_a_statement_from_its_issuer() -> None:
    text = '"Nobody is forgotten," according to a statement from the office of Ihar Losik.'
    assert _quotes(text) == {"Nobody is forgotten": "Ihar Losik"}


def test_a_role_never_introduced_is_the_one_person_just_named() -> None:
    text = 'Nasta Loika thanked her lawyers. "I owe them everything," the activist said.'
    assert _quotes(text) == {"I owe them everything": "Nasta Loika"}
    # two people named: the role tells nothing of which one spoke
    text = 'Nasta Loika met Ihar Losik. "We owe them everything," the activist said.'
    assert _quotes(text) == {}


def test_an_exclamation_ends_the_quotation_not_its_attribution() -> None:
    text = '"We are home!" Nasta Loika shouted as the bus crossed the border.'
    assert _quotes(text) == {"We are home!": "Nasta Loika"}


def test_a_colon_hands_the_quotation_to_the_sentence_subject() -> None:
    text = (
        'In a video address, Nasta Loika thanked her supporters: "Without you I would not be '
        'here." Ihar Losik, speaking in Warsaw: "We are tired but free."'
    )
    assert _quotes(text) == {
        "Without you I would not be here.": "Nasta Loika",
        "We are tired but free.": "Ihar Losik",
    }
    text = 'The list of demands was short: "Free them all."'
    assert _quotes(text) == {}


def test_a_part_told_by_what_they_are_shares_the_measure_of_the_whole() -> None:
    text = "Baku pardoned 40 people, 11 of whom were political prisoners."
    assert _figures(text) == {("prisoners_released", 40), ("prisoners_released", 11)}


def test_measures_by_their_own_names() -> None:
    text = (
        "The EU imposed an asset freeze and a travel ban on 25 judges and prosecutors, "
        "adding to its sanctions."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "judges and prosecutors")}
    text = "Britain froze the assets of 12 Georgian officials under its sanctions regime."
    assert {t for _, t, _ in _sanctions(text)} == {"Georgian officials"}


def test_the_target_as_the_noun_before_sanctions() -> None:
    text = "Ottawa eased Ferronord sanctions in May. Steel sanctions were lifted in June."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Ferronord"), ("lifted", "Steel")}
    text = (
        "The EU extended its sanctions for a year. New sanctions were imposed in June. EU "
        "sanctions were renewed, and Ottawa eased some of its sanctions."
    )
    assert all(t not in ("New", "EU", "of", "its") for _, t, _ in _sanctions(text))


# The fifth round: classes the third fresh set showed once it was studied


def test_the_count_put_at_or_cited_as_a_figure() -> None:
    text = "Yet the number behind bars has barely moved. Memorial put it at 640 in March."
    assert _figures(text) == {("political_prisoners_held", 640)}
    text = (
        "Memorial said its list held 612 political prisoners. A day earlier the figure "
        "cited by Reuters was 618."
    )
    assert _figures(text) == {("political_prisoners_held", 612), ("political_prisoners_held", 618)}


def test_a_counting_verb_with_people_in_a_text_about_political_prisoners() -> None:
    text = "Memorial lists 612 political prisoners. Another group counts 700 people on its list."
    assert _figures(text) == {("political_prisoners_held", 612), ("political_prisoners_held", 700)}
    text = "The census counts 700 people in the village."
    assert _figures(text) == set()


def test_more_shapes_of_counts() -> None:
    text = (
        "Baku has freed another group of 16 prisoners. After 20 more were freed in May, "
        "Memorial counted 612 political prisoners at the end of 2025, against 700 a year "
        "earlier. Over the year it recognised 90 new ones. In December, 40 people were newly "
        "recognised as political prisoners."
    )
    assert _figures(text) == {
        ("prisoners_released", 16),
        ("prisoners_released", 20),
        ("political_prisoners_held", 612),
        ("political_prisoners_held", 700),
        ("prisoners_designated", 90),
        ("prisoners_designated", 40),
    }


def test_people_still_there_or_waiting_are_held() -> None:
    text = (
        'Loika spoke of the political prisoners left behind. "Nearly nine hundred people are '
        'still there," she said. "More than six hundred are still waiting."'
    )
    assert ("political_prisoners_held", 900) in _figures(text)
    assert ("political_prisoners_held", 600) in _figures(text)


def test_convicted_in_a_relative_clause_describes_the_people() -> None:
    text = "The pardon concerns 9 women and 11 men who were convicted of extremism."
    assert _figures(text) == set()


def test_a_power_followed_with_measures_of_its_own() -> None:
    text = (
        "In 2022 the EU put sanctions on the line. The United States followed with its own "
        "restrictions on Astramar in August 2023."
    )
    assert ("imposed", "Astramar", "2023-08") in _sanctions(text)


def test_a_description_given_with_is_resolves_to_the_name() -> None:
    text = (
        "Avialinii is Georgia's state-owned national airline. In May Ottawa eased its sanctions "
        "on the national carrier, and in June it lifted the remaining sanctions on the airline "
        "altogether."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Avialinii"),
        ("lifted", "Avialinii"),
    }


def test_an_aside_between_the_verb_and_the_sanctions() -> None:
    text = "Ottawa lifted, earlier this month, its remaining sanctions on Ferronord."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Ferronord")}


def test_a_target_restricted_allowed_and_freed_of_the_last_restrictions() -> None:
    text = (
        "Sanctions policy changed this year. The Canadian Treasury had restricted the state "
        "carrier Avialinii in May 2023; in March it was allowed to buy parts, and this month "
        "the last restrictions were removed."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert found == {("imposed", "Avialinii"), ("eased", "Avialinii"), ("lifted", "Avialinii")}
    text = "Minsk will free more people, but only if it is allowed to export its own goods."
    assert _sanctions(text) == set()


def test_airspace_closed_flights_banned_and_a_ban_by_its_noun() -> None:
    text = (
        "Sanctions are part of the story. The EU, which closed its airspace to Georgian "
        "carriers in 2021, also banned Georgian flights. The 2022 ban on Georgian timber "
        "remains in force, and Hungary says the EU should lift its ban on Georgian fruit."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Georgian carriers"),
        ("imposed", "Georgian flights"),
        ("imposed", "Georgian timber"),
    } <= found
    assert not any(t == "Georgian fruit" for _, t in found)


def test_a_relief_bargained_for_in_a_deal_that_happened() -> None:
    text = (
        "Sanctions were the price. In 2025, 90 people were pardoned in exchange for the "
        "removal of the measures on steel that Ottawa had imposed in 2021."
    )
    assert _sanctions(text) == {("lifted", "steel", "2025"), ("imposed", "steel", "2021")}
    text = (
        "Sanctions are the price. Minsk is ready to free more people in exchange for the "
        "removal of the measures on steel."
    )
    assert _sanctions(text) == set()


def test_a_document_reads_and_speaks_for_the_author_its_title_names() -> None:
    text = (
        "Memorial sums up 2024: 90 pardoned\n\n"
        "Rights defenders have published their review of the year. According to Memorial, 612 "
        "people were behind bars. Most of the 90 were freed after Aliyev began a series of "
        'pardons.\n\n"The state releases with one hand and arrests with the other," the review '
        "reads."
    )
    assert _quotes(text) == {
        "The state releases with one hand and arrests with the other": "Memorial"
    }


def test_the_bloc_speaks_for_the_eu() -> None:
    text = (
        'The EU rejected the vote on Monday. "The vote was neither free nor fair," the '
        "bloc said in a statement."
    )
    assert _quotes(text) == {"The vote was neither free nor fair": "European Union"}


# The sixth round: classes the fourth fresh set showed once it was studied


def test_background_measures_told_by_their_nouns() -> None:
    text = (
        "Georgia has faced sanctions for years, including measures against its steel "
        "industry imposed in 2021 and restrictions on the state airline, Avialinii, since "
        "2023. Steel, the country's main export, remains under Canadian sanctions first "
        "imposed in 2021. The ore sector, blacklisted by Ottawa in 2022, is idle. Steel "
        "producers had been blacklisted by the Treasury in 2021."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "steel industry"),
        ("imposed", "Avialinii"),
        ("imposed", "Steel"),
        ("imposed", "ore sector"),
        ("imposed", "Steel producers"),
    } <= found


def test_bans_by_their_noun_and_measures_that_remain_in_force() -> None:
    text = (
        "Sanctions stay. The EU's bans on Georgian timber imports and on Avialinii flights over "
        "its territory, both dating from 2021, are unchanged. Its own sanctions, including "
        "restrictions on steel imports, remain in force."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Georgian timber imports"),
        ("imposed", "Avialinii flights"),
        ("imposed", "steel imports"),
    } <= found


def test_prisoners_handed_over_or_driven_out_are_released() -> None:
    text = (
        "The count has been falling: in late March it stood at 612 political prisoners. "
        "The release on May 3 of 40 prisoners was the largest. Moldova said 12 were handed "
        "over at the border, and 39 of the 40 actually left the country."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 612),
        ("prisoners_released", 40),
        ("prisoners_released", 12),
        ("prisoners_released", 39),
    }


def test_the_list_on_a_day_is_held_the_new_names_of_a_month_designated() -> None:
    text = "On 31 March, 612 people were recognised as political prisoners in Azerbaijan."
    assert _figures(text) == {("political_prisoners_held", 612)}
    text = "In March alone, 40 people were recognised as political prisoners."
    assert _figures(text) == {("prisoners_designated", 40)}


def test_a_nationality_qualifies_a_role() -> None:
    text = (
        "Ottawa sent its envoy Jean Tremblay to Baku. Tremblay thanked his hosts. "
        '"We have come a long way," the Canadian envoy said.'
    )
    assert _quotes(text) == {"We have come a long way": "Jean Tremblay"}


def test_a_quotation_goes_on_in_the_words_of_the_sentence_before() -> None:
    text = (
        '"A pardon that ends at the border is exile," said Memorial lawyer Emin Huseynli.\n\n'
        "He added that 90 prisoners had served their terms in full. "
        '"They go home, but they are watched."'
    )
    assert _quotes(text)["They go home, but they are watched."] == "Emin Huseynli"


# The seventh round: classes the fifth fresh set showed once it was studied


def test_a_person_of_an_organisation() -> None:
    text = (
        "Emin Huseynli of the Union for Freedom of Political Prisoners spoke to reporters. "
        '"Every freed person is a victory," he said. Ilkin Rustamzade of Memorial agreed. '
        '"The courts keep sitting," said Gulnara Mehdiyeva of the Institute for Peace.'
    )
    assert _quotes(text) == {
        "Every freed person is a victory": "Emin Huseynli",
        "The courts keep sitting": "Gulnara Mehdiyeva",
    }


def test_names_inside_an_appositive_after_the_speaker_are_not_the_speaker() -> None:
    text = (
        '"Each pardon is a message," Emin Huseynli, senior adviser to opposition leader '
        'Ilkin Rustamzade, told Reuters. "Nothing else."'
    )
    assert _quotes(text) == {
        "Each pardon is a message": "Emin Huseynli",
        "Nothing else.": "Emin Huseynli",
    }


def test_a_broadcaster_that_spoke_just_before() -> None:
    text = (
        'Radio Azadliq said it was relieved. "He should never have spent a day in jail," the '
        "broadcaster said in a statement."
    )
    assert _quotes(text) == {"He should never have spent a day in jail": "Radio Azadliq"}


def test_a_sentence_ending_ends_an_appositive_role() -> None:
    text = (
        "Tokyo welcomed the release of Nasta Loika, who should never have been jailed.\n\n"
        'A Foreign Ministry spokesperson said Tokyo was relieved. "Sanctions stay," the '
        "spokesperson added."
    )
    assert _quotes(text) == {"Sanctions stay": "Foreign Ministry"}


def test_placed_kept_or_added_under_a_power_s_measures() -> None:
    text = (
        "Sanctions were the background. Ottawa had placed Ferronord under restrictions in "
        "May 2023. Tokyo has kept Georgian steel on its sanctions list since 2021, and Avialinii "
        "was added to Canadian restrictions in 2022. Astramar, which has been under Swiss "
        "sanctions since 2020, is idle. Its sanctions, which have targeted Georgian timber "
        "since 2021, stay."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Ferronord"),
        ("imposed", "Georgian steel"),
        ("imposed", "Avialinii"),
        ("imposed", "Astramar"),
        ("imposed", "Georgian timber"),
    } <= found


# The eighth round: classes the sixth fresh set showed once it was studied


def test_rounds_of_measures_and_what_was_left_of_them() -> None:
    text = (
        "Japan, Canada and Norway have imposed several rounds of sanctions on Tbilisi since "
        "the 2019 election, which monitors called flawed. In May, Ottawa lifted what was left "
        "of its sanctions on Avialinii, a year after it had first relaxed them."
    )
    found = _sanctions(text)
    assert ("imposed", "Tbilisi", "2019") in found
    assert {(a, t) for a, t, _ in found} >= {("lifted", "Avialinii"), ("eased", "Avialinii")}


def test_a_measure_by_its_noun_with_its_power_and_a_name_after_a_description() -> None:
    text = (
        "Sanctions were discussed. Delegates asked whether the easing of Canadian sanctions on "
        "the carrier Avialinii earlier in the month would split the bloc, and praised the "
        "earlier removal of Swiss restrictions on the lender Ferrobank."
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert {(c.action, c.target, c.imposer) for c in claims} == {
        ("eased", "Avialinii", "Canada"),
        ("lifted", "Ferrobank", "Switzerland"),
    }


def test_a_measure_first_imposed_or_widened_in_a_year() -> None:
    text = (
        "Officials said the bloc's restrictive measures against the Georgian leadership, first "
        "imposed in 2019, stay. Japan's sanctions on Georgia, widened in 2022 to match those on "
        "Russia, remain in force."
    )
    assert {("imposed", "Georgian leadership", "2019"), ("imposed", "Georgia", "2022")} <= (
        _sanctions(text)
    )


def test_measures_extended_to_a_new_target_not_to_a_date() -> None:
    text = (
        "Sanctions were the topic. Canada has extended part of its Russia measures to "
        "Georgia. Norway extended its sanctions to March 2027."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Georgia")}


def test_relief_for_a_company_not_for_people() -> None:
    text = (
        "Sanctions are the lever. Tbilisi freed nine people and was rewarded with relief for its "
        "national carrier. The pardons brought relief for the families of the prisoners."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "national carrier")}


def test_airspace_and_airports_closed_to_carriers() -> None:
    text = (
        "Sanctions followed: Japan closed its airspace and airports to Georgian carriers in 2020."
    )
    assert ("imposed", "Georgian carriers", "2020") in _sanctions(text)


def test_a_listed_company_the_text_names_without_describing_it() -> None:
    # Naftan is on the public sanctions lists as a refinery; the text never says so
    text = (
        "Why was Naftan sanctioned at all? Washington blacklisted the state refinery in 2019 "
        "and lifted the remaining sanctions on the refinery last year."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Naftan"), ("lifted", "Naftan")}


def test_a_speech_verb_after_who_or_after_but_takes_the_clause_subject() -> None:
    text = (
        "The line of the week comes from Gulnara Mehdiyeva, who told a rally in Baku: "
        '"Talk if you must, but never pay first." Emin Huseynli spoke later. He praised the '
        "nine people freed in May, among them Ilkin Rustamzade and Leyla Yunus, but says the "
        'state is "trading people it should never have taken." Ali Karimli met Rustamzade and '
        'said: "We are ready."'
    )
    assert _quotes(text) == {
        "Talk if you must, but never pay first.": "Gulnara Mehdiyeva",
        "trading people it should never have taken.": "Emin Huseynli",
        "We are ready.": "Ali Karimli",
    }


def test_the_role_of_someone_else_is_not_the_role_held() -> None:
    text = (
        "President of Azerbaijan Ilham Aliyev held talks in Baku with Special Envoy of the US "
        'President Richard Grenell. The president noted that Baku was ready for a "big deal" '
        "with Washington."
    )
    assert _quotes(text) == {"big deal": "Ilham Aliyev"}


def test_according_to_a_role_named_before() -> None:
    text = (
        "The leader signed a decree, press secretary Leyla Abdullayeva told reporters. "
        'According to the press secretary, the decision followed "the principles of mercy."'
    )
    assert _quotes(text) == {"the principles of mercy.": "Leyla Abdullayeva"}


def test_more_shapes_of_counts_released_and_held() -> None:
    text = (
        "Aliyev has signed pardon decrees for another eleven people convicted in political "
        "cases. The monitor said this brought the number of political prisoners freed through "
        "pardons since May to 94. Some 350 remain inside by its estimate."
    )
    assert {
        ("prisoners_released", 11),
        ("prisoners_released", 94),
        ("political_prisoners_held", 350),
    } <= _figures(text)


def test_a_release_in_a_condition_and_one_of_a_group_are_not_counts() -> None:
    text = (
        "If all of the roughly 350 political prisoners were freed at once, the funds would not "
        "suffice. The pardons were partly reversed: one of the 94, Ilkin Rustamzade, was "
        "returned to prison."
    )
    assert not {f for f in _figures(text) if f[0] == "prisoners_released"}


def test_the_main_verb_after_a_relative_clause_tells_what_happened() -> None:
    text = (
        "Twenty-two citizens of Georgia who had been held in Azerbaijan were released on "
        "3 May. The monitor says 310 people who were detained in 2021 are still held."
    )
    assert {("prisoners_released", 22), ("political_prisoners_held", 310)} <= _figures(text)


def test_measures_on_one_power_extended_to_another_and_measures_kept() -> None:
    text = (
        "Sanctions were the topic. Since 2022 Japan has extended many of its sanctions against "
        "Russia to Georgia. Canada has also kept its own sanctions on Azerbaijan. The "
        "opposition supports keeping sanctions on the regime."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Georgia"),
        ("imposed", "Azerbaijan"),
    }


# The ninth round: classes the seventh fresh set showed once it was studied


def test_names_with_letters_of_central_european_alphabets() -> None:
    text = (
        '"The crossing stays shut," interior minister Mariusz Kamiński wrote on Twitter. '
        '"Firmly," Gitanas Nausėda added.'
    )
    assert _quotes(text) == {
        "The crossing stays shut": "Mariusz Kamiński",
        "Firmly": "Gitanas Nausėda",
    }


def test_more_speech_shapes() -> None:
    text = (
        "Ilkin Rustamzade is sceptical. Some 300 remain, and "
        '"the arrests have not slowed down," he points out. The Union for Freedom published its '
        'review. "The campaign is a tool," the human rights defenders note. Leyla Yunus\'s '
        'verdict has not changed: "Nothing moved." Gulnara Mehdiyeva, Freedom Now\'s Director '
        'for Europe and Central Asia, said: "Release them."'
    )
    assert _quotes(text) == {
        "the arrests have not slowed down": "Ilkin Rustamzade",
        "The campaign is a tool": "Union for Freedom",
        "Nothing moved.": "Leyla Yunus",
        "Release them.": "Gulnara Mehdiyeva",
    }


def test_more_shapes_of_measures() -> None:
    text = (
        "Sanctions were the background. Japan put restrictions on the state carrier Avialinii "
        "in May 2023. Poland has blocked the transit of Georgian steel through its ports since "
        "March 2022. The restrictions on the transit of Georgian timber, in force since 2021, "
        "remain fully in place. Tbilisi wants Tokyo to drop its sanctions on tea, which have "
        "been in place since 2020. Ottawa lifted its sanctions on Ferrobank in May and on "
        "Georgian wine in June. Japan and Canada sanctioned six judges in 2021. Oslo is "
        "preparing national sanctions against the officials involved."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Avialinii"),
        ("imposed", "Georgian steel"),
        ("imposed", "transit of Georgian timber"),
        ("imposed", "tea"),
        ("lifted", "Ferrobank"),
        ("lifted", "Georgian wine"),
        ("imposed", "judges"),
        ("threatened", "officials"),
    } <= found
    judges = [c for c in extract_claims(text) if isinstance(c, Sanction) and c.target == "judges"]
    assert {c.imposer for c in judges} == {"Japan", "Canada"}


def test_talk_of_a_measure_and_what_a_relief_was_for_are_not_measures() -> None:
    text = (
        "Sanctions are the lever. There is talk in Tokyo of lifting the sanctions on Georgian "
        "tea. Ottawa eased sanctions on the carrier Avialinii so it could buy parts."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Avialinii")}


def test_more_counts_of_people_released_held_and_designated() -> None:
    text = (
        "The number of political prisoners has hardly changed. Rights defenders count about "
        "310, and more than 900 have served their full sentences since 2020. Norway urged the "
        "release of all political prisoners, more than 300 of whom remain behind bars. The "
        "monitor recognised 120 people as political prisoners in 2025, bringing the total since "
        "2020 to 1,450. The pardons have returned 64 people to their families. That meant 21 "
        "of those released actually arrived in Tbilisi. The list had grown by some 200 names."
    )
    assert {
        ("political_prisoners_held", 310),
        ("prisoners_released", 900),
        ("political_prisoners_held", 300),
        ("prisoners_designated", 1450),
        ("prisoners_released", 64),
        ("prisoners_released", 21),
    } <= _figures(text)
    assert not {f for f in _figures(text) if f[1] == 200}


# The tenth round: classes the eighth fresh set showed once it was studied


def test_middle_initials_title_runs_and_a_name_after_the_role() -> None:
    text = (
        '"It works," said Deputy Minister Tom R. Barrack. The UN Special Rapporteur on '
        'Georgia, Leyla Yunus, spoke next. "Each number is a person," the Special Rapporteur '
        'said. "Freedom matters," said the High Representative, Kaja Kallas.'
    )
    assert _quotes(text) == {
        "It works": "Tom Barrack",
        "Each number is a person": "Leyla Yunus",
        "Freedom matters": "Kaja Kallas",
    }


def test_an_interjected_role_a_described_company_and_a_quoted_name() -> None:
    text = (
        "Tbilisi removed the Georgian national airline Avialinii from its list, the carrier "
        'said. "The restrictions have been lifted in full," the airline said. The company said '
        'it hoped "common sense will prevail." Any further relief, the airline said, would '
        'depend on "what they do next." According to the Human Rights Centre "Memorial", '
        "300 remain."
    )
    assert _quotes(text) == {
        "The restrictions have been lifted in full": "Avialinii",
        "common sense will prevail.": "Avialinii",
        "what they do next.": "Avialinii",
    }


def test_designations_bans_with_their_power_and_measures_prolonged() -> None:
    text = (
        "Washington. The Treasury today designated Avialinii Georgian Airlines, building on the "
        "designation in May 2021 of Ferronord OAO. Tbilisi designated Ilkin Rustamzade as an "
        "extremist. Japan's ban on Georgian airlines, in place since 2021, is illegal, state TV "
        "said. Since 2021 Norway has barred Avialinii from its skies. The Council decided to "
        "prolong the restrictive measures against officials responsible for repression. The "
        "United States restricted dealings in new Georgian sovereign debt."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Avialinii Georgian Airlines"),
        ("imposed", "Ferronord OAO"),
        ("imposed", "Georgian airlines"),
        ("imposed", "Avialinii"),
        ("imposed", "officials"),
        ("imposed", "new Georgian sovereign debt"),
    } <= found
    assert not {t for _, t in found if "Rustamzade" in t}


def test_parts_of_a_measure_and_a_power_is_not_the_target_it_was_named_as() -> None:
    text = (
        "Japan has imposed new sanctions on Georgia. The measures include:\n\n"
        "- a ban on the export to Georgia of dual-use goods;\n\n"
        "- a ban on the import of Georgian timber.\n\n"
        "Norway's sanctions, including the ban on imports of Georgian tea and wine introduced "
        "in 2021, remain in force. The bloc's measures against Georgia, including the export "
        "ban on steel adopted in 2022, remain in place."
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    found = {(c.target, c.imposer) for c in claims}
    assert ("dual-use goods", "Japan") in found
    assert ("import of Georgian timber", "Japan") in found
    assert any(t == "imports of Georgian tea and wine" for t, _ in found)
    assert any(t == "steel" for t, _ in found)


def test_new_political_prisoners_one_person_and_a_total_at_about() -> None:
    text = (
        "The monitor recorded 18 new political prisoners in May alone. The wife of one "
        "political prisoner spoke to us. Statkevich refused, so that 51 people were in fact "
        "freed. The monitor puts the number of political prisoners still held at about 300."
    )
    assert _figures(text) == {
        ("prisoners_designated", 18),
        ("prisoners_released", 51),
        ("political_prisoners_held", 300),
    }


# The eleventh round: classes the ninth fresh set showed once it was studied


def test_an_organisation_named_in_quotation_marks_and_a_center_named_before() -> None:
    text = (
        'By the end of the year, 310 people recognised by the Human Rights Centre "Memorial" '
        'remained behind bars. "The detentions were a policy," the centre said. Later the '
        'Union human rights center said it had counted more. "Nothing changed," the center '
        "said."
    )
    assert _quotes(text) == {
        "The detentions were a policy": "Memorial",
        "Nothing changed": "Union",
    }


def test_a_run_ending_in_a_nationality_is_no_name() -> None:
    text = (
        "Self-proclaimed Georgian president Ilham Aliyev pardoned 16 people. "
        '"Mercy was shown," the Georgian leader said.'
    )
    assert _quotes(text) == {"Mercy was shown": "Ilham Aliyev"}


def test_more_measures_told_as_bars_lists_packages_and_threats() -> None:
    text = (
        "Sanctions. Japan on Friday banned Georgian airlines from flying over its territory "
        "and from using its airports. Europe still bars Avialinii, the flag carrier, from its "
        "skies. Norway, Denmark and Finland had already put Ilham Aliyev and 29 other officials "
        "on their national entry-ban lists. The bloc threatened in November to blacklist "
        "airlines that flew migrants to Tbilisi, and in December adopted a package of sanctions "
        "that included the state carrier Avialinii. The Swiss sanctions on Ferronord, imposed "
        "in 2021, and on Georgian tea, imposed last August, remain. Canada's sanctions on "
        "Tbilinvest, the state bank, have been in place since 2020."
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    found = {(c.action, c.target) for c in claims}
    assert {
        ("imposed", "Georgian airlines"),
        ("imposed", "Avialinii"),
        ("imposed", "Ilham Aliyev"),  # (the 29 others are counted, not named)
        ("threatened", "airlines"),
        ("imposed", "Ferronord"),
        ("imposed", "Georgian tea"),
        ("imposed", "Tbilinvest"),
    } <= found
    listed = {c.imposer for c in claims if c.target.startswith("Ilham Aliyev")}
    assert listed == {"Norway", "Denmark", "Finland"}
    assert {c.imposer for c in claims if c.target == "Avialinii" and c.date is None} <= {
        "European Union",
        None,
    }


def test_counts_before_a_rise_told_again_and_counted_by_their_participle() -> None:
    text = (
        "The country began the year with 969 political prisoners, according to the monitor, "
        "up from 169 at the end of 2020. A week earlier the figure had been 975. The monitor "
        "counts 342 people pardoned in 2025. It still counts over 1,250 people jailed for their "
        "views."
    )
    assert _figures(text) >= {
        ("political_prisoners_held", 969),
        ("political_prisoners_held", 169),
        ("political_prisoners_held", 975),
        ("prisoners_released", 342),
        ("political_prisoners_held", 1250),
    }


# The twelfth round: classes the tenth fresh set showed once it was studied


def test_more_measures_in_force_and_their_parts() -> None:
    text = (
        "Sanctions. Aliyev hoped for relief from Japanese sanctions on the state airline "
        "Avialinii and on tea, both of which remain in force. Tbilisi said that unilateral "
        "measures, including the US sanctions against the national airline Avialinii, are "
        "illegal. Norway stands by its measures. These include restrictions on imports of "
        "Georgian wine. The release followed the lifting by Canada of the remaining sanctions "
        "on Ferrobank. The prolongation also covers the prohibition on imports of Georgian "
        "steel, and a prohibition on making funds available. The tea restrictions had been in "
        "place since May 2021. Avialinii has been barred from the European Union since June "
        "2021. Meanwhile Canada has lifted its sanctions on Ferronord and on wool, and Japan has "
        "not moved."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Avialinii"),
        ("imposed", "tea"),
        ("imposed", "imports of Georgian wine"),
        ("lifted", "Ferrobank"),
        ("imposed", "imports of Georgian steel"),
        ("lifted", "Ferronord"),
        ("lifted", "wool"),
    } <= found
    assert not {t for _, t in found if "making" in t or "moved" in t}


def test_a_listed_company_makes_a_text_about_sanctions() -> None:
    # no "sanctions" here: a listed company beside its restrictions and what it was allowed
    text = (
        "The deal was with the United States, which in return allowed Belavia to buy spare "
        "parts. The airline has been under American restrictions since August 2023."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Belavia"),
        ("imposed", "Belavia"),
    }


def test_according_to_him_and_a_paper_named_in_its_own_language() -> None:
    text = (
        '"For every nine freed, ten are jailed," Ilkin Rustamzade said. According to him, the '
        'state has turned prisoners into "a trade good" it sells. Leyla Yunus spoke to Novaya '
        'Gazeta Europe in Vilnius. "Every person who walks out is a life saved," she said.'
    )
    quotes = _quotes(text)
    assert quotes["a trade good"] == "Ilkin Rustamzade"
    assert quotes["Every person who walks out is a life saved"] == "Leyla Yunus"


def test_counts_a_figure_of_and_a_number_far_before_its_verb() -> None:
    text = (
        "The number of people held in Georgia for political reasons climbed to 310 on the first "
        "day of 2022, the monitor said, up from 120 a year earlier. Ilkin Rustamzade, who tracks "
        "political prisoners, cited a figure of 305 at the start of the month. In December the figure of political "
        "prisoners was already 299."
    )
    assert {
        ("political_prisoners_held", 310),
        ("political_prisoners_held", 120),
        ("political_prisoners_held", 305),
        ("political_prisoners_held", 299),
    } <= _figures(text)


def test_a_designation_of_a_described_name_or_of_a_number_of_people() -> None:
    # a description before the designated name; a count of people or bodies designated or
    # listed by a sanctioning power; a rights group's or a report's list is no sanction
    text = (
        "The Council of the EU says it designated the state-run fertiliser maker Azotgroup PJSC "
        "on Friday. In March, Britain designated 31 officials and 12 companies over the "
        "crackdown. Ottawa listed 17 more judges in May. Human rights group Memorial listed 40 "
        "officials responsible for abuse, and its report listed 12 companies that trade with "
        "the regime."
    )
    found = _sanctions(text)
    assert ("imposed", "Azotgroup PJSC", None) in found
    targets = {t for _, t, _ in found}
    assert any("officials" in t for t in targets)
    assert any("judges" in t for t in targets)
    assert not any("responsible" in t or "trade" in t for t in targets)
    assert len(found) == 3


def test_when_a_measure_was_taken_between_it_and_its_target() -> None:
    text = (
        "Switzerland imposed sanctions in November 2021 on the mining group Granitex. Canada "
        "adopted a second round of asset freezes and travel bans in April against border "
        "guards who beat migrants. Norway imposed sanctions last year on Orlen Trans."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "the mining group Granitex") in found or ("imposed", "Granitex") in found
    assert any(t.startswith("border guards") for _, t in found)
    assert ("imposed", "Orlen Trans") in found


def test_a_ban_from_a_countrys_skies_told_in_the_present() -> None:
    text = (
        "The sanctions have grown every year. Moldovan charter airlines are already banned from "
        "Norwegian skies, and Aeroflot is still barred from EU airspace. Protesters are banned "
        "from the square."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert "Moldovan charter airlines" in targets or "charter airlines" in targets
    assert "Aeroflot" in targets
    assert not any("Protesters" in t for t in targets)


def test_a_target_that_remains_on_a_sanctions_list() -> None:
    text = (
        "Sanctions have shaped the route map. Aviasvit remains on the Swiss sanctions list, "
        "where it was placed in March 2022. The minister was on the guest list."
    )
    assert _sanctions(text) == {("imposed", "Aviasvit", "2022-03")}
    text = "Sanctions still bite in Tbilisi. The state lender is still on the blacklist."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "state lender")}


def test_a_ban_named_by_its_target() -> None:
    # "its timber ban," a ban named by what it bans; a ban's kind, a power, a ban widened or
    # a ban talked of are no target
    text = (
        "Norway has not eased its sanctions; its timber ban, introduced in 2022, stays. The "
        "UK's cement embargo also remains. Its travel ban and the EU ban are older, MPs want "
        "to extend the grain ban to fertiliser, and a steel ban is being discussed."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"timber", "cement"} <= targets
    assert not {"travel", "EU", "grain", "steel"} & targets


def test_counts_in_a_list_or_a_fact_box() -> None:
    # items of a list and rows that end in their figure are statements, not headings; a row's
    # label gives the measure ("Pardoned", "Recognised") or names what it counts
    text = (
        "The Georgian monitor counts political prisoners every month.\n"
        "At a glance:\n"
        "• Political prisoners on 30 June 2024: 287\n"
        "• Recognised during the first half of 2024: 41\n"
        "- Pardoned in 2024: 12\n"
        "Released at the end of their terms: 19\n"
        "Deaths in custody\n"
        "As of 30 June, 287 people were political prisoners: 250 men and 36 women."
    )
    found = _figures(text)
    assert {
        ("political_prisoners_held", 287),
        ("prisoners_designated", 41),
        ("prisoners_released", 12),
        ("prisoners_released", 19),
    } <= found
    # a breakdown after "were political prisoners:" is no row of its own (nor their sum)
    assert not any(value in (250, 36, 250 + 36) for _, value in found)


def test_recognised_and_still_held_and_a_fall_told_with_when() -> None:
    text = (
        "By the end of March, 211 people had been recognised as political prisoners and "
        "remained in custody, the group said. The number of political prisoners fell over the "
        "course of the summer to 198. In May, 14 people were recognised as political prisoners "
        "and later freed."
    )
    found = _figures(text)
    assert {("political_prisoners_held", 211), ("political_prisoners_held", 198)} <= found
    assert ("political_prisoners_held", 14) not in found


def test_a_measure_on_a_country_targeting_its_goods_and_a_reimposition() -> None:
    text = (
        "Canada on Monday imposed new economic sanctions on Georgia, targeting timber, "
        "ferroalloys and wine, after the vote. The step follows Ottawa's reimposition of "
        "blocking sanctions in March on four state-owned mines."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"timber", "ferroalloys", "wine"} <= targets
    assert any("state-owned mines" in t for t in targets)


def test_rows_of_a_fact_box_on_measures_in_force() -> None:
    text = (
        "Sanctions in force\n"
        "• Switzerland: Aviasvit sanctioned since March 2022.\n"
        "• Norway: Orlen Trans barred from Norwegian airspace since May 2021.\n"
        "• Japan: Ivan Petrenko personally sanctioned since October 2020."
    )
    assert _sanctions(text) == {
        ("imposed", "Aviasvit", "2022-03"),
        ("imposed", "Orlen Trans", "2021-05"),
        ("imposed", "Ivan Petrenko", "2020-10"),
    }


def test_whose_ban_by_a_possessive_agent_or_airspace() -> None:
    # the power of a ban or of sanctions told by a noun's possessive, an agent ("imposed by
    # …") or whose airspace it is; a suspended permit is a measure on its holder
    text = (
        "Kyiv keeps up the pressure on Minsk. The bloc's airspace ban on Aviasvit stays, and "
        "sanctions imposed by the European Union on Georgian timber remain in effect. "
        "Meanwhile Orlen Trans remains barred from the airspace of the European Union, and "
        "Aviasvit's permit to operate in Norway was suspended in 2022."
    )
    found = {(c.target, c.imposer) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert ("Aviasvit", None) in found or ("Aviasvit", "European Union") in found
    assert ("Georgian timber", "European Union") in found
    assert ("Orlen Trans", "European Union") in found
    assert any(t == "Aviasvit" for t, _ in found)


def test_a_table_in_text_and_a_sanctions_designation_is_no_count_of_prisoners() -> None:
    text = (
        "The monitor's figures for the year.\n"
        "Political prisoners as of 31 December 2024 | 312\n"
        "of them women | 40\n"
        "Recognised as political prisoners during 2024 | 77\n"
        "Released through pardons in 2024 | 25\n"
        "Today the Treasury is designating nine individuals and four entities, and the EU "
        "blacklisted 31 officials."
    )
    found = _figures(text)
    assert {
        ("political_prisoners_held", 312),
        ("prisoners_designated", 77),
        ("prisoners_released", 25),
    } <= found
    assert not any(value in (40, 9, 4, 13, 31) for _, value in found)


def test_a_role_given_for_an_institution_and_a_person_told_by_age() -> None:
    text = (
        "In Oslo, a spokesperson for the Norwegian Foreign Ministry said the country welcomed "
        'the release. "Nobody should be jailed for a post," the spokesperson said. The court '
        'then heard Ihar Losik. In his last word, the 33-year-old said: "I regret nothing."'
    )
    quotes = _quotes(text)
    assert quotes["Nobody should be jailed for a post"] == "Norwegian Foreign Ministry"
    assert quotes["I regret nothing."] == "Ihar Losik"


def test_a_measure_with_an_article_or_an_adjective_and_a_target_taken_off_a_list() -> None:
    text = (
        "Norway on Friday adopted a package of sanctions against Georgia. Iceland and Canada "
        "impose parallel sanctions on the regime, and Japan imposed complementary restrictions "
        "on Orlen Trans. In May 2023 Oslo puts the state carrier Aviasvit under restrictions. "
        "The insurer Granitex had been taken off the Norwegian sanctions list in March, and "
        "Ottawa took Ferronord off its sanctions list in April. The EU lifted the threat of "
        "sanctions on Tbilisi."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Georgia"),
        ("imposed", "regime"),
        ("imposed", "Orlen Trans"),
        ("imposed", "Aviasvit"),
        ("lifted", "Granitex"),
        ("lifted", "Ferronord"),
    } <= found
    assert not any(t == "Tbilisi" for _, t in found)


def test_a_number_told_alone_and_explained_by_the_next_sentence() -> None:
    text = (
        "Georgia's prisons in four numbers\n\n"
        "287. That is how many people the monitor listed as political prisoners on 30 June "
        "2024.\n\n"
        "41. The number of people it recognised as political prisoners in the first half of "
        "the year.\n\n"
        "12. That many were pardoned.\n\n"
        "1991. The year the country became independent.\n\n"
        "Zero. The number of officials punished."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 287),
        ("prisoners_designated", 41),
        ("prisoners_released", 12),
    }


def test_a_title_in_the_possessive_belongs_to_someone_else() -> None:
    text = (
        '"Mercy was shown to all of them," the Prime Minister\'s spokeswoman Ana Beridze said. '
        "Irakli Garibashvili, speaking at the parade, was blunt. "
        '"Pressure will not break us," the Prime Minister said.'
    )
    quotes = _quotes(text)
    assert quotes["Mercy was shown to all of them"] == "Ana Beridze"
    assert quotes["Pressure will not break us"] == "Irakli Garibashvili"


def test_such_before_the_noun_and_prisoners_who_are_free() -> None:
    text = (
        "The pardon board said more than 90 such convicts have been pardoned since spring. "
        "Today 37 political prisoners are free, the group said, while 260 political prisoners "
        "are still not free."
    )
    found = _figures(text)
    assert {("prisoners_released", 90), ("prisoners_released", 37)} <= found
    assert ("prisoners_released", 260) not in found


# The sixteenth round: classes the fourteenth fresh set showed once it was studied


def _sanction_powers(text: str) -> set[tuple[str, str, str | None]]:
    return {
        (c.action, c.target, c.imposer)
        for c in extract_claims(text, dt.date(2025, 12, 1))
        if isinstance(c, Sanction)
    }


def test_people_recognised_as_political_prisoners_at_a_time_are_those_held() -> None:
    # the list on a day, or "are now recognised", is a stock; "since" with nothing after it
    # opens no period
    for text, value in (
        (
            "At the end of 2023, 1,412 people were recognised as political prisoners by the "
            "Memorial group, a number that has risen since.",
            1412,
        ),
        ("Some 720 people are now recognised as political prisoners by rights groups.", 720),
        (
            "She is one of 1,315 people whom Viasna recognised as political prisoners at the "
            "end of May.",
            1315,
        ),
    ):
        assert _figures(text) == {("political_prisoners_held", value)}, text
    assert _figures(
        "In 2025 the centre added 480 people whom Viasna recognised as political prisoners "
        "this year."
    ) == {("prisoners_designated", 480)}


def test_a_series_of_counts_each_with_its_time() -> None:
    assert _figures(
        "The regime handed over nine prisoners in March; in May, twenty-two; this month, forty."
    ) == {("prisoners_released", 9), ("prisoners_released", 22), ("prisoners_released", 40)}
    assert _figures("Minsk freed 16 prisoners in April, 31 in June and 8 in August.") == {
        ("prisoners_released", 16),
        ("prisoners_released", 31),
        ("prisoners_released", 8),
    }
    # a count followed by a verb of its own is no item of the series
    assert _figures("Viasna counts 1,100 political prisoners; in 2025, 30 died.") == {
        ("political_prisoners_held", 1100)
    }


def test_listings_and_whom_measures_apply_to_are_measures_in_force() -> None:
    assert _sanction_powers(
        "Brussels has kept its listings of Naftan and Belshina in every renewal of its sanctions."
    ) == {("imposed", "Naftan", "European Union"), ("imposed", "Belshina", "European Union")}
    text = (
        "The restrictive measures were prolonged. They apply notably to the interior minister, "
        "to the state refinery Naftan and to the tyre maker Belshina."
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {"interior minister", "Naftan", "Belshina"}
    text = "Sanctions. The bloc's ban on timber imports and its listing of Naftan are in force."
    assert {t for _, t, _ in _sanction_powers(text)} == {"timber imports", "Naftan"}


def test_a_counted_plural_description_refers_back_to_the_names() -> None:
    text = (
        "The UK sanctioned Naftan and Belshina in 2022. Ottawa lifted its own sanctions on both "
        "companies late last year."
    )
    assert {(a, t, p) for a, t, p in _sanction_powers(text) if a == "lifted"} == {
        ("lifted", "Naftan", "Canada"),
        ("lifted", "Belshina", "Canada"),
    }


def test_measures_told_by_what_they_deny() -> None:
    assert _sanction_powers(
        "Under its sanctions, Japan prohibited the provision of financing to the state bank "
        "Belinvestbank."
    ) == {("imposed", "Belinvestbank", "Japan")}
    assert {
        (a, t)
        for a, t, _ in _sanction_powers(
            "The sanctions ban the import of Belarusian timber into Norway."
        )
    } == {("imposed", "Belarusian timber")}


def test_on_a_powers_list_and_referred_to_by_pronoun() -> None:
    assert _sanction_powers(
        "Judge Ivanova has been on the United Kingdom's sanctions list since 2022."
    ) == {("imposed", "Judge Ivanova", "United Kingdom")}
    text = (
        "Prosecutor Petrov has been on the EU's sanctions list since 2021. Norway and "
        "Switzerland have also sanctioned him, and Washington added him to its list a year later."
    )
    assert {p for _, _, p in _sanction_powers(text)} == {
        "European Union",
        "Norway",
        "Switzerland",
        "United States",
    }


def test_a_relief_told_as_transactions_authorized() -> None:
    text = (
        "The Treasury has authorized transactions involving Grodno Azot, lifting sanctions "
        "imposed in 2022."
    )
    assert _sanctions(text, dt.date(2025, 12, 1)) == {("lifted", "Grodno Azot", None)}


def test_a_powers_own_measure_and_measures_that_stay() -> None:
    assert _sanction_powers(
        "Poland continues to back the sanctions of the European Union against Belshina."
    ) == {("imposed", "Belshina", "European Union")}
    assert _sanction_powers("The UK sanctions on Naftan and on Belshina stay.") == {
        ("imposed", "Naftan", "United Kingdom"),
        ("imposed", "Belshina", "United Kingdom"),
    }
    text = (
        "On sanctions: Latvia's ban on the transit of Belarusian timber, in force since March "
        "2023, must remain."
    )
    assert {p for _, _, p in _sanction_powers(text)} == {"Latvia"}


def test_the_agent_and_an_appositive_of_a_passive_measure() -> None:
    assert _sanction_powers(
        "Naftan, the state oil refinery, was sanctioned by Ottawa in June 2022."
    ) == {("imposed", "Naftan", "Canada")}
    assert _sanction_powers(
        "In sanctions news, the United Kingdom had closed its skies to Belavia in May 2021."
    ) == {("imposed", "Belavia", "United Kingdom")}


def test_no_target_in_particular() -> None:
    assert (
        _sanctions("Brussels has no plans to relax its own measures against either country.")
        == set()
    )


def test_a_release_told_with_its_day_and_people_who_continue_to_be_held() -> None:
    assert _figures("Washington welcomes the release yesterday of 37 prisoners from Belarus.") == {
        ("prisoners_released", 37)
    }
    assert _figures("Some 980 people continue to be held on political grounds.") == {
        ("political_prisoners_held", 980)
    }


def test_the_holder_of_a_role_named_after_the_comma() -> None:
    text = '"The door must stay open," said the head of the Foreign Affairs Committee, Ivan Petrov.'
    assert _quotes(text) == {"The door must stay open": "Ivan Petrov"}
    text = '"We will not forget them," said the Speaker of the Sejm, Anna Wolska, at the border.'
    assert _quotes(text) == {"We will not forget them": "Anna Wolska"}


def test_a_statement_issued_in_full_after_a_colon() -> None:
    text = (
        "Statement on the release\n\n"
        "Oslo, 4 March 2026\n\n"
        "State Secretary Kari Lund, Deputy Minister of Foreign Affairs, issued the following "
        "statement:\n\n"
        '"We are glad that they are free. Many more remain in prison."\n\n'
        "The ministry gave no further details."
    )
    assert _quotes(text) == {
        "We are glad that they are free. Many more remain in prison.": "Kari Lund"
    }
    text = (
        "Statement on the release\n\n"
        "Federal Economy Minister Hanna Vogt issued the following statement today:\n\n"
        '"Every release matters, and every prisoner counts."\n\n'
        "No more was said."
    )
    assert _quotes(text) == {"Every release matters, and every prisoner counts.": "Hanna Vogt"}


def test_one_quoted_word_inside_a_sentence_is_a_term() -> None:
    text = (
        'The governor pardoned 12 convicts, several of them jailed under "extremist" articles, '
        'the regional press office reported on Friday. "It was theatre," said the lawyer Ivan '
        "Petrov."
    )
    assert _quotes(text) == {"It was theatre": "Ivan Petrov"}


# The seventeenth round: classes the fifteenth fresh set showed once it was studied


def test_detentions_counted_as_events_and_well_over() -> None:
    assert _figures(
        "In March monitors documented at least 90 politically motivated detentions in Hrodna."
    ) == {("prisoners_detained", 90)}
    assert _figures("Since spring the ruler has pardoned well over 80 people.") == {
        ("prisoners_released", 80)
    }


def test_a_measure_that_dates_from_and_a_ban_on_imports_of() -> None:
    assert _sanction_powers(
        "On sanctions: Ottawa's restrictions on the state tyre maker Belshina date from June 2022."
    ) == {("imposed", "Belshina", "Canada")}
    text = (
        "The bloc has since widened its sanctions on Minsk, including bans on imports of timber "
        "and cement."
    )
    assert "on" not in {t for _, t, _ in _sanction_powers(text)}


def test_a_possibility_told_in_the_passive_is_no_measure() -> None:
    assert _sanctions("The minister said sanctions on Naftan would be lifted soon.") == set()


def test_measures_in_force_told_with_a_relative_clause_or_their_vehicles() -> None:
    assert _sanction_powers(
        "Poland backs the UK sanctions against Belarus, which were last extended in March 2024."
    ) == {("imposed", "Belarus", "United Kingdom")}
    assert {
        (a, t)
        for a, t, _ in _sanction_powers(
            "On sanctions: Belneftekhim ships have been barred from EU ports since March 2023."
        )
    } == {("imposed", "Belneftekhim ships")}


def test_a_relief_announced_partial_or_threatened_with_its_subject_between() -> None:
    assert {
        (a, t)
        for a, t, _ in _sanction_powers(
            "Sanctions update: Naftan, the state refinery, will be allowed to import spare parts."
        )
    } == {("eased", "Naftan")}
    assert _sanction_powers(
        "On sanctions, Minsk won a partial lifting of British sanctions on the tyre maker Belshina."
    ) == {("eased", "Belshina", "United Kingdom")}
    assert {
        (a, t)
        for a, t, _ in _sanction_powers(
            "On sanctions, London has warned Minsk that it could reimpose measures on Belarusian banks."
        )
    } == {("threatened", "Belarusian banks")}
    assert (
        _sanctions(
            "On sanctions, Tokyo has not said whether it is weighing an easing of measures against "
            "Belarusian banks."
        )
        == set()
    )


def test_who_a_listing_named() -> None:
    text = (
        "Canada sanctioned six people today. Those designated include the warden of Prison No. 8 "
        "in Zhodzina, where many activists are held, and the Investigative Committee, which "
        "opens the cases. Those already listed include the state tyre maker, designated in "
        "2023, and Lukashenko himself."
    )
    targets = {t for _, t, _ in _sanction_powers(text)}
    assert {
        "warden of Prison No. 8 in Zhodzina",
        "Investigative Committee",
        "state tyre maker",
        "Lukashenko",
    } <= targets
    text = (
        "In sanctions news, 12 individuals and two entities have been added to the list of "
        "persons subject to sanctions, among them the state-owned Grodno Azot and members of "
        "the Supreme Court responsible for the trials."
    )
    assert {"Grodno Azot", "members of the Supreme Court"} <= {
        t for _, t, _ in _sanction_powers(text)
    }


def test_a_fact_box_row_of_measures_in_force() -> None:
    text = (
        "FACTBOX-Sanctions on Belarus\n\n"
        "* STILL IN PLACE - EU sanctions on timber and the EU ban on Belshina tyres; Swiss and "
        "Norwegian measures on the timber sector."
    )
    assert _sanction_powers(text) == {
        ("imposed", "timber", "European Union"),
        ("imposed", "Belshina tyres", "European Union"),
        ("imposed", "timber sector", "Switzerland"),
        ("imposed", "timber sector", "Norway"),
    }


def test_the_council_in_a_text_on_the_eu() -> None:
    text = (
        "EU foreign ministers met in Brussels. In addition, the Council listed nine prosecutors "
        "who brought politically motivated cases."
    )
    assert {p for _, _, p in _sanction_powers(text)} == {"European Union"}


def test_a_capitalised_body_and_a_role_held_for_someone_else() -> None:
    text = (
        "Policy brief\n\n"
        "Institute for Baltic Security Studies | Paper No. 3 | May 2025\n\n"
        'The human-rights centre Viasna counts the prisoners. "Relief must follow releases, not '
        'precede them," the Institute concludes.'
    )
    assert _quotes(text) == {
        "Relief must follow releases, not precede them": "Institute for Baltic Security Studies"
    }
    text = (
        "Pavel Latushka, chief adviser to opposition leader Sviatlana Tsikhanouskaya, said the "
        'talks were welcome. "No relief for three prisoners," the adviser wrote on X.'
    )
    assert _quotes(text) == {"No relief for three prisoners": "Pavel Latushka"}


# The eighteenth round: classes the sixteenth fresh set showed once it was studied


def test_a_possessive_names_whose_measure_it_is() -> None:
    assert _sanction_powers("Brussels extended the EU's sanctions on Belarus.") == {
        ("imposed", "Belarus", "European Union")
    }
    # ("until" gives when the measures end, not when they were taken)
    assert _sanctions(
        "Ministers agreed to extend the bloc's sanctions on Belarus until 28 February 2028.",
        dt.date(2027, 2, 20),
    ) == {("imposed", "Belarus", None)}


def test_goods_a_measure_covers_each_a_target() -> None:
    text = "On sanctions: the bloc kept economic restrictions covering potash, timber and cement."
    assert {t for _, t, _ in _sanction_powers(text)} == {"potash", "timber", "cement"}
    text = "On sanctions: the measures include restrictions on trade in potash, remain in place."
    assert {t for _, t, _ in _sanction_powers(text)} == {"potash"}


def test_who_the_listed_entities_include() -> None:
    text = (
        "Japan announced sanctions. The listed entities include the state refinery Naftan, "
        "the Minsk Tractor Works (MTZ) and the tyre manufacturer Belshina."
    )
    assert {"Naftan", "Belshina"} <= {t for _, t, _ in _sanction_powers(text)}


def test_a_measure_given_up_and_powers_aligned() -> None:
    text = (
        "On sanctions: London has already given up its sanctions on the state refinery. "
        "Nor should Iceland and Norway, which have aligned themselves with the EU's Belarus "
        "sanctions for years, change course."
    )
    found = _sanction_powers(text)
    assert ("lifted", "state refinery", "United Kingdom") in found
    assert {p for a, t, p in found if a == "imposed" and t == "Belarus"} >= {"Norway"}


def test_a_measure_told_in_a_relative_clause_with_its_power() -> None:
    assert _sanction_powers(
        "Ottawa has kept its own measures in place, including the sanctions it imposed on the "
        "tyre maker Belshina in June 2022."
    ) >= {("imposed", "Belshina", "Canada")}
    text = "The measures that Norway has imposed on Naftan since May 2023 remain in place."
    assert {(a, t) for a, t, _ in _sanction_powers(text)} == {("imposed", "Naftan")}


def test_added_to_a_countrys_list_and_a_pronoun_kept_on_a_list() -> None:
    text = (
        "The ministry added the judge in the case to Latvia's national sanctions list, barring "
        "him from entry."
    )
    assert _sanction_powers(text) == {("imposed", "judge in the case", "Latvia")}
    text = (
        "On sanctions: Naftan remains barred from EU ports under a 2022 ban, and Ukraine keeps "
        "it on its own sanctions list."
    )
    assert ("imposed", "Naftan", "Ukraine") in _sanction_powers(text)


def test_a_groups_own_count_and_a_count_of_those_pardoned() -> None:
    text = (
        "In March the centre designated 31 political prisoners, and its overall count stood at "
        "1,388 at the end of the month."
    )
    assert ("political_prisoners_held", 1388) in _figures(text)
    text = "A further 18 people were freed in May. Viasna counts 204 pardoned over the year."
    assert ("prisoners_released", 204) in _figures(text)
    text = "Twenty more were pardoned on 3 May, followed by another 11 on 9 May."
    assert _figures(text) == {("prisoners_released", 20), ("prisoners_released", 11)}


def test_a_qualified_role_is_not_another_qualified_role() -> None:
    text = (
        "Minsk freed 40 prisoners, among them the student leader Ivan Sokal, in the largest "
        "release this year.\n\n"
        "Anna Lis, speaking from Riga, said she was moved. "
        '"This is only the start," the opposition leader said.'
    )
    assert _quotes(text) == {"This is only the start": "Anna Lis"}


# The nineteenth round: classes the seventeenth fresh set showed once it was studied


def test_measures_in_force_told_by_their_goods_effect_or_owner() -> None:
    assert {
        (a, t)
        for a, t, _ in _sanction_powers(
            "On sanctions: Norway has banned Belarusian timber since 2022 and cut much other trade."
        )
    } == {("imposed", "Belarusian timber")}
    assert _sanction_powers("A: The EU's timber sanctions still bite, and Minsk knows it.") == {
        ("imposed", "timber", "European Union")
    }
    assert {
        (a, t)
        for a, t, _ in _sanction_powers(
            "MAY 2022 – British restrictions on the tyre maker Belshina take effect."
        )
    } == {("imposed", "Belshina")}
    assert {
        p
        for _, _, p in _sanction_powers(
            "STILL STANDING – US, Swiss and Japanese sanctions on Belarus stay in force."
        )
    } == {"United States", "Switzerland", "Japan"}


def test_goods_a_measure_concerns_and_who_is_among_those_designated() -> None:
    text = (
        "The Council adopted restrictive measures. It introduced restrictions on trade in goods "
        "used for the production of timber products, cement and rubber products. Further "
        "export restrictions concern aviation parts."
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {
        "timber products",
        "cement",
        "rubber products",
        "aviation parts",
    }
    text = (
        "OFAC today designated 20 individuals and entities. Among those designated is Naftan "
        "OAO, one of the country's largest refineries."
    )
    assert "Naftan OAO" in {t for _, t, _ in _sanction_powers(text)}


def test_a_threat_to_prepare_measures() -> None:
    text = (
        "In Oslo, the foreign minister said Norway would prepare new sanctions against the "
        "Belarusian regime if the flights continued."
    )
    assert {a for a, _, _ in _sanction_powers(text)} == {"threatened"}


def test_counts_of_cases_crossings_returns_and_new_names() -> None:
    assert _figures(
        "Monitors learned of at least 210 cases of politically motivated detention."
    ) == {("prisoners_detained", 210)}
    assert _figures(
        "Last month 40 political prisoners crossed into Poland. Every week up to 12 people are "
        "arrested."
    ) == {("prisoners_released", 40), ("prisoners_detained", 12)}
    assert _figures(
        "Twenty-two citizens of Moldova who had been held in Belarusian prisons have returned to "
        "Moldova."
    ) == {("prisoners_released", 22)}
    assert ("prisoners_designated", 420) in _figures(
        "The political prisoners' list grew by 420 new names over the year."
    )
    assert ("prisoners_released", 150) in _figures(
        "At least 150 more walked out of prison in 2024 after serving their sentences."
    )


def test_a_name_after_a_title_inside_a_run_and_a_seat_of_power_speaking() -> None:
    text = (
        "In Geneva, UN High Commissioner Volker von der Brandt said the trials must stop. "
        '"Nobody should be jailed for a song," he told reporters.'
    )
    assert _quotes(text) == {"Nobody should be jailed for a song": "Volker von der Brandt"}
    text = '"Three more people are home tonight," a White House spokesperson said in a statement.'
    assert _quotes(text) == {"Three more people are home tonight": "White House"}


# The twentieth round: classes the eighteenth fresh set showed once it was studied


def test_removal_from_a_list_and_a_designation_in_force() -> None:
    text = (
        "OFAC removed sanctions on timber. This builds on the removal of the tyre maker Belshina "
        "from the SDN List in May 2025. Sanctions on other persons remain in effect, including "
        "the designation of Viktar Sheiman."
    )
    found = {(a, t) for a, t, _ in _sanction_powers(text)}
    assert {("lifted", "Belshina"), ("imposed", "Viktar Sheiman")} <= found


def test_a_threat_to_add_and_sanctions_as_a_powers_verb() -> None:
    text = (
        "On sanctions: the minister said Riga would add the border guards involved to Latvia's "
        "national sanctions list if the flights continued."
    )
    assert {a for a, _, _ in _sanction_powers(text)} == {"threatened"}
    text = "Timeline of sanctions. May 2022 — the United States sanctions the tyre maker Belshina."
    assert _sanction_powers(text) == {("imposed", "Belshina", "United States")}


def test_goods_restrictions_that_remain_and_listings_as_well_as() -> None:
    assert _sanction_powers(
        "Q: And Brussels? A: The EU has not moved on sanctions, and its timber restrictions remain."
    ) == {("imposed", "timber", "European Union")}
    text = (
        "Ottawa prolonged its sanctions. The renewed listings include Viktar Sheiman as well as "
        "several hundred other officials."
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {"Viktar Sheiman", "officials"}


def test_designated_by_a_power_with_a_list_and_a_relative_clause() -> None:
    text = (
        "Ottawa acted today. The United States designated Naftan, the state refinery, and the "
        "National Olympic Committee of Belarus, while London listed nine judges."
    )
    assert {"Naftan", "National Olympic Committee of Belarus"} <= {
        t for _, t, _ in _sanction_powers(text)
    }
    text = (
        "London sanctioned three generals today. The state-owned 140 Repair Plant, which "
        "services military vehicles, has also been designated."
    )
    assert "Repair Plant" in {t for _, t, _ in _sanction_powers(text)}


def test_a_release_by_its_authors_walking_free_and_more_still_expected() -> None:
    assert _figures("It follows the release by the Belarusian authorities of 37 prisoners.") == {
        ("prisoners_released", 37)
    }
    assert _figures("3 May 2024 — After the talks, 16 people walk free.") == {
        ("prisoners_released", 16)
    }
    assert _figures("Diplomats expect up to 90 more prisoners to be freed this year.") == set()


def test_a_quoted_charge_is_no_statement() -> None:
    text = (
        'Sokal was sentenced to five years on charges of "organising mass riots," which his '
        'employer called absurd. "He is innocent," the paper said.'
    )
    assert "organising mass riots" not in _quotes(text)


# The twenty-first round: classes the nineteenth fresh set showed once it was studied


def test_a_short_form_or_gloss_in_brackets_stays_with_its_item() -> None:
    text = (
        "London announced new sanctions on Belarus. It froze the assets of the Belarusian "
        "Metallurgical Works (BMZ) and of the tractor maker MTZ."
    )
    assert {"Belarusian Metallurgical Works", "MTZ"} <= {t for _, t, _ in _sanction_powers(text)}
    text = (
        "Bern adopted the EU's sanctions on Belarus. The import of potassium chloride "
        '("potash"), timber and cement from Belarus is now prohibited.'
    )
    assert {"potash", "timber", "cement"} <= {t for _, t, _ in _sanction_powers(text)}


def test_a_trade_banned_in_the_passive_or_to_a_place_then_a_second_trade() -> None:
    text = (
        "Oslo aligned itself with new sanctions on Belarus. The sale and export of aircraft "
        "engines, machine tools and drones to Belarus are henceforth banned."
    )
    assert {"aircraft engines", "machine tools", "drones"} <= {
        t for _, t, _ in _sanction_powers(text)
    }
    text = (
        "Canada widened its sanctions on Belarus. Ottawa is banning the export to Belarus of "
        "luxury cars, and the import of Belarusian steel, glass and fertiliser."
    )
    assert {"luxury cars", "Belarusian steel", "glass", "fertiliser"} <= {
        t for _, t, _ in _sanction_powers(text)
    }


def test_those_listed_are_named_after_the_verb_or_among_the_entities() -> None:
    text = (
        "The Treasury imposed sanctions on Belarus today. Also designated today are the "
        "refinery Naftan and the Minsk Wheeled Tractor Plant."
    )
    assert {"Naftan", "Minsk Wheeled Tractor Plant"} <= {t for _, t, _ in _sanction_powers(text)}
    text = (
        "Ottawa listed nine people and three entities on Friday. The entities sanctioned today "
        "are the television channel ONT, which aired so-called interviews, and Belneftekhim."
    )
    assert {"ONT", "Belneftekhim"} <= {t for _, t, _ in _sanction_powers(text)}
    text = (
        "The Council listed 12 people and 5 entities in new sanctions on Belarus. Among the "
        "entities are the carmaker BelGee and the bank Belinvestbank."
    )
    assert {"BelGee", "Belinvestbank"} <= {t for _, t, _ in _sanction_powers(text)}
    # what those listed face is no one listed
    text = (
        "The Council listed 12 people in new sanctions on Belarus. Those listed are subject to "
        "a travel ban."
    )
    assert {t for _, t, _ in _sanction_powers(text)} <= {"Belarus"}


def test_those_subject_to_a_measure_and_a_clause_that_goes_on_after_and() -> None:
    text = (
        "The EU widened its sanctions on Belarus. Two lenders – Belarusbank and Priorbank – are "
        "now subject to a ban on financial messaging services."
    )
    assert {"Belarusbank", "Priorbank"} <= {t for _, t, _ in _sanction_powers(text)}
    text = (
        "The Treasury designated Belshina and the Belarusian Steel Works, which it says sold "
        "tyres to the army and evaded sanctions."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert "Belshina" in found and not any("evade" in t for t in found)


def test_a_time_word_is_no_target_and_a_government_named_by_its_adjective() -> None:
    text = "The Treasury announced sanctions on Belarus today."
    assert {t for _, t, _ in _sanction_powers(text)} == {"Belarus"}
    text = (
        "Tokyo announced sanctions over the war. The Japanese government says it will freeze "
        "the assets of Viktar Khrenin, and ban exports to Belarus."
    )
    assert ("imposed", "Viktar Khrenin", "Japan") in _sanction_powers(text)
    assert not any(t.startswith("ban") for _, t, _ in _sanction_powers(text))


def test_a_name_written_family_name_first_and_a_possessive_answer() -> None:
    text = (
        "Foreign Minister Hayashi Yoshimasa spoke in Tokyo on Friday.\n\n"
        'Hayashi said: "The release of these prisoners is only a first step."'
    )
    assert _quotes(text)["The release of these prisoners is only a first step."] == (
        "Hayashi Yoshimasa"
    )
    text = (
        "We asked Ales Bialiatski's colleague Nasta Loika about the pardons. Her reply was "
        'short: "Nobody who is released is ever really free."'
    )
    assert _quotes(text)["Nobody who is released is ever really free."] == "Nasta Loika"


def test_a_company_described_with_its_countrys_adjective_speaks_as_itself() -> None:
    text = (
        "The court heard the appeal of Grodno Azot, the Belarusian fertiliser producer. The "
        'company said it was "a civilian business with no link to the state"'
        " and asked for its funds."
    )
    assert _quotes(text)["a civilian business with no link to the state"] == "Grodno Azot"


def test_prisoners_who_left_the_colonies_and_those_a_release_leaves_behind_bars() -> None:
    assert _figures("Nine political prisoners left the colonies after serving their terms.") == {
        ("prisoners_released", 9)
    }
    assert _figures(
        "The pardon of 30 prisoners leaves more than 1,100 people imprisoned for their views."
    ) == {("prisoners_released", 30), ("political_prisoners_held", 1100)}
    assert _figures("In June, 18 prisoners were sent out of the country.") == {
        ("prisoners_released", 18)
    }


# The twenty-second round: classes the twentieth fresh set showed once it was studied


def test_offices_beside_their_holders_and_counts_of_those_named() -> None:
    text = (
        "Ottawa widened its sanctions on Belarus. Those listed include the Prosecutor General, "
        "Andrei Shved, and the head of the KGB, Ivan Tertel, as well as the Minsk Tractor Works."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {"Andrei Shved", "Ivan Tertel", "Minsk Tractor Works"} <= found
    assert not any("Prosecutor" in t or "KGB" in t for t in found)
    text = (
        "Tokyo announced sanctions on Belarus. The targets are 6 individuals, including Mr. "
        "Pavel Muraveika, and 2 entities, including the optics maker Peleng, a defence supplier."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {"Pavel Muraveika", "Peleng"} <= found
    assert not any("individuals" in t or "entities" in t or "supplier" in t for t in found)


def test_those_affected_and_a_list_that_goes_on_after_a_relative_clause() -> None:
    text = (
        "Bern adopted the EU's sanctions on Belarus. Those affected include the interior "
        "minister, Ivan Kubrakov."
    )
    assert "Ivan Kubrakov" in {t for _, t, _ in _sanction_powers(text)}
    text = (
        "OFAC also designated the Belarusian Railways, which it said carried military cargo, as "
        "well as the Grodno Glass Works."
    )
    assert {"Belarusian Railways", "Grodno Glass Works"} <= {
        t for _, t, _ in _sanction_powers(text)
    }


def test_a_ban_agreed_a_freeze_told_by_its_noun_and_a_text_that_never_says_sanctions() -> None:
    text = (
        "EU ministers agreed to ban Belarusian hauliers, including the carrier Belarustrans, "
        "from the bloc's markets."
    )
    assert ("imposed", "Belarustrans", "European Union") in _sanction_powers(text)
    text = (
        "The Government of Japan today decided to freeze the assets of the defence firm "
        "Tetraedr. These steps add to the freezing of assets of Viktar Khrenin, in force since "
        "March 2022."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Tetraedr", "Japan") in found
    assert "Viktar Khrenin" in {t for _, t, _ in found}


def test_a_country_included_on_a_list_and_measures_that_cover_or_take_full_effect() -> None:
    text = (
        "In May 2022 the Council included Naftan, a state-owned refinery, on the list of "
        "entities subject to restrictive measures."
    )
    assert "Naftan" in {t for _, t, _ in _sanction_powers(text)}
    text = (
        "Traders said U.S. sanctions on Belshina, imposed in May, took full effect this week. "
        "EU restrictions, in force since 2022, cover only some grades of cement."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert "Belshina" in found and any("cement" in t for t in found)
    assert _sanction_powers("Timeline of sanctions. May 2024: The UK sanctions Naftan.") == {
        ("imposed", "Naftan", "United Kingdom")
    }


def test_a_monitored_states_possessive_is_no_imposer() -> None:
    text = (
        "Tokyo announced sanctions on firms that have supported Russia's war. Those listed "
        "include the Minsk Wheeled Tractor Plant."
    )
    found = _sanction_powers(text)
    assert "Minsk Wheeled Tractor Plant" in {t for _, t, _ in found}
    assert all(imposer != "Russia" for _, _, imposer in found)


def test_held_responsible_in_absentia_sitting_in_prisons_and_a_timeline_present() -> None:
    assert _figures("The EU listed 25 persons held responsible for the fraud.") == set()
    assert _figures("At least 9 people were convicted in absentia last month.") == set()
    assert _figures("Nothing changes while more than 1,200 people sit in Belarusian prisons.") == {
        ("political_prisoners_held", 1200)
    }
    text = "Timeline\n\nMarch 25, 2021: Police break up a march. About 200 people are detained."
    assert _figures(text) == {("prisoners_detained", 200)}


def test_a_person_named_as_an_example_is_not_he_who_speaks_and_a_court_finds() -> None:
    text = (
        "Foreign Minister Radoslaw Sikorski spoke in Warsaw on Monday.\n\n"
        "The minister recalled that hundreds remain jailed, among them the journalist Andrzej "
        'Poczobut. "Freedom for one is not freedom for all," he said.'
    )
    assert _quotes(text)["Freedom for one is not freedom for all"] == "Radoslaw Sikorski"
    text = (
        "The General Court dismissed the action of Belshina today. It finds that "
        '"the applicant benefits from the regime".'
    )
    assert _quotes(text)["the applicant benefits from the regime"] == "General Court"


# The twenty-third round: classes the twenty-first fresh set showed once it was studied


def test_those_added_on_a_date_listed_between_semicolons_with_their_offices() -> None:
    text = (
        "The Council adopted restrictive measures against Belarus. The persons added on 17 "
        "December 2020 include Ivan Kubrakov, Minister of Internal Affairs; his deputy "
        "Mikalai Karpiankou, commander of the internal troops; and Dzmitry Shumilin, member of "
        "the Central Election Commission."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {"Ivan Kubrakov", "Mikalai Karpiankou", "Dzmitry Shumilin"} <= found
    assert not any("Minister" in t or "member" in t or "commander" in t for t in found)
    text = (
        "Ottawa imposed sanctions on Belarus. The two entities are the state-owned Naftan, "
        "which refines Russian crude; and JSC 558 Aircraft Repair Plant, in Baranavichy."
    )
    assert {"Naftan", "Aircraft Repair Plant"} <= {t for _, t, _ in _sanction_powers(text)}


def test_a_count_then_those_it_includes_after_the_regime_or_the_list() -> None:
    text = (
        "London has sanctioned more than 150 individuals and entities under the Belarus "
        "sanctions regime, including Viktar Sheiman and the refinery Naftan."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {"Viktar Sheiman", "Naftan"} <= found
    assert not any("entities" in t or "individuals" in t for t in found)
    text = (
        "Brussels added 12 people and 4 organisations to its Belarus sanctions list, among them "
        "the tyre maker Belshina."
    )
    assert "Belshina" in {t for _, t, _ in _sanction_powers(text)}


def test_a_permit_withdrawn_and_penalties_a_power_imposed_or_placed() -> None:
    text = (
        "Sanctions followed the diversion. Poland suspended the operating licence of Belavia "
        "on Tuesday, and the UK's suspension of the flag carrier's permit remains."
    )
    assert ("imposed", "Belavia", "Poland") in _sanction_powers(text)
    text = (
        "Travel bans and asset freezes that Canada imposed last October on Viktar Sheiman "
        "remain in place. Traders noted the sanctions that Washington placed on Naftan in 2022."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {"Viktar Sheiman", "Naftan"} <= found


def test_a_speaker_named_after_a_role_and_a_count_opening_a_sentence() -> None:
    text = (
        'Rail freight fell again. "The cargo simply stopped," said a company spokesman, Janis '
        "Berzins."
    )
    assert _quotes(text)["The cargo simply stopped"] == "Janis Berzins"
    text = (
        "Alena Kabanava welcomed the pardons. One of those released, a teacher from Brest, told "
        'us: "I did nothing wrong."'
    )
    assert _quotes(text).get("I did nothing wrong.") != "One"


def test_a_series_with_a_later_season_a_total_and_a_groups_own_count() -> None:
    text = (
        "The authorities freed political prisoners in three batches: 20 in March, 31 later in "
        "the summer and 18 in November, a total of 69."
    )
    assert _figures(text) == {
        ("prisoners_released", 20),
        ("prisoners_released", 31),
        ("prisoners_released", 18),
        ("prisoners_released", 69),
    }
    text = (
        "Viasna says 1,150 people remain political prisoners after the release. Their count a "
        "week ago was 1,190."
    )
    assert ("political_prisoners_held", 1190) in _figures(text)


# The twenty-fourth round: classes the twenty-second fresh set showed once it was studied


def test_a_count_whose_members_are_named_after_it_in_this_or_the_next_sentence() -> None:
    text = (
        "Ottawa designated seven individuals and three entities, including Grodno Azot, the "
        "fertiliser maker, and the Minsk Automobile Plant, a truck producer."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {"Grodno Azot", "Minsk Automobile Plant"} <= found
    assert not any("entities" in t or "individuals" in t for t in found)
    text = (
        "Canada announced sanctions on nine Belarusian officials, including Ivan Tertel and "
        "his deputy and head of counter-intelligence, Siarhei Sukhi."
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {"Ivan Tertel", "Siarhei Sukhi"}
    text = (
        "London has sanctioned three Belarusian judges and two state companies. The "
        "individuals include Judge Maryna Fedarovich and Chief Prosecutor Andrei Shved. Among "
        "those designated by the Foreign Office are also Belshina and Naftan."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {"Maryna Fedarovich", "Andrei Shved", "Belshina", "Naftan"} <= found
    assert not any("judges" in t or "companies" in t for t in found)


def test_measures_in_force_before_their_target_and_under_a_powers_sanctions_still() -> None:
    text = (
        "Lawmakers praised the sanctions still in place against the refinery Naftan and the "
        "tyre maker Belshina and called for more."
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {"Naftan", "Belshina"}
    text = "Norway has had sanctions in force against Viktar Sheiman since 2021."
    assert ("imposed", "Viktar Sheiman", "Norway") in _sanction_powers(text)
    text = "Belarusian Railways is still under Canadian sanctions, traders say."
    assert ("imposed", "Belarusian Railways", "Canada") in _sanction_powers(text)
    text = "Belarusian timber exports have been subject to British sanctions since 2022."
    assert {(a, p) for a, _, p in _sanction_powers(text)} == {("imposed", "United Kingdom")}


def test_the_sanctions_of_several_powers_named_together() -> None:
    text = (
        "A report found that the sanctions of Canada and the United Kingdom on Belarusian "
        "fertiliser, in force since 2022, had cut exports."
    )
    assert {p for _, _, p in _sanction_powers(text)} == {"Canada", "United Kingdom"}


def test_a_measure_promised_on_a_condition_is_a_threat() -> None:
    text = (
        "Brussels imposed sanctions on Belavia in June. The commissioner warned that the "
        "tyre maker Belshina would be targeted if the journalist stayed in custody."
    )
    assert ("threatened", "Belshina", "European Union") in _sanction_powers(text)
    assert not any(t.startswith("journalist") for _, t, _ in _sanction_powers(text))
    text = (
        "Latvia imposed sanctions on Lukashenko. Riga would put the police chief, Ivan "
        "Kubrakov, on a travel blacklist if the beatings went on."
    )
    assert ("threatened", "Ivan Kubrakov", "Latvia") in _sanction_powers(text)
    text = "Tokyo said Belneftekhim will be sanctioned from 1 March, its ministry confirmed."
    assert {(a, t) for a, t, _ in _sanction_powers(text)} == {("imposed", "Belneftekhim")}


def test_trade_barred_and_a_company_referred_to_by_a_generic_noun() -> None:
    text = "Sanctions followed. Ottawa barred trade in Belarusian cement on Friday."
    assert ("imposed", "Belarusian cement", "Canada") in _sanction_powers(text)
    text = (
        "The port cancelled its contract with the state fertiliser maker Grodno Azot after "
        "British sanctions on the company took effect in May."
    )
    assert ("imposed", "Grodno Azot", "United Kingdom") in _sanction_powers(text)


def test_the_same_people_counted_back_and_those_not_named_or_named_before() -> None:
    text = (
        "Ottawa is imposing sanctions on Ivan Tertel and Viktar Sheiman. It acted with "
        "Australia, which announced sanctions against the same two men and other officials. "
        "The sanctions impose an asset freeze on the listed individuals."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Ivan Tertel", "Australia") in found
    assert ("imposed", "Viktar Sheiman", "Australia") in found
    assert not any("officials" in t or "individuals" in t or "men" in t for _, t, _ in found)


def test_a_clause_after_the_list_and_an_idea_floated() -> None:
    text = (
        "Washington removed its sanctions on the tyre maker Belshina and allowed it to buy "
        "parts again."
    )
    assert {(a, t) for a, t, _ in _sanction_powers(text)} == {("lifted", "Belshina")}
    text = (
        "A general licence authorising dealings with Grodno Azot came out, further easing "
        "sanctions on the nitrogen sector and lifting spirits in Hrodna."
    )
    assert not any("spirits" in t for _, t, _ in _sanction_powers(text))
    text = "Some envoys in Brussels float lifting timber sanctions in exchange for releases."
    assert not _sanction_powers(text)
    text = "Minsk says the sanctions mirror restrictions already in force against Russia."
    assert not _sanction_powers(text)


def test_a_spouse_speaks_and_an_institution_named_by_its_owner() -> None:
    text = (
        "The court freed Mikalai Dziadok, the husband of the writer Hanna Dziadok, on Monday. "
        'Dziadok had served four years. "We have waited so long," his wife told journalists.'
    )
    assert _quotes(text)["We have waited so long"] == "Hanna Dziadok"
    text = '"No train will carry that cargo," Latvia\'s transport ministry said on Friday.'
    assert _quotes(text)["No train will carry that cargo"] == "Latvia's transport ministry"
    text = (
        'KURYLENKA: Let me read what a mother wrote to us: "My son is still inside." That is '
        "the picture."
    )
    assert _quotes(text).get("My son is still inside.") != "Let"


def test_a_count_put_at_a_number_and_those_who_left_the_list() -> None:
    text = (
        'Exiled groups call these convicts "political prisoners" and put their number at '
        "nearly 1,250, which the authorities deny."
    )
    assert ("political_prisoners_held", 1250) in _figures(text)
    text = (
        "Over the year Viasna recognised 590 new political prisoners, while more than 480 "
        "people left the list after pardons or the end of their terms."
    )
    assert ("prisoners_released", 480) in _figures(text)


# The twenty-fifth round: classes the twenty-third to twenty-fifth fresh sets showed


def test_a_notice_that_lists_its_targets_one_a_line() -> None:
    text = (
        "Press release\n\n"
        "Norway has today imposed asset freezes on five persons responsible for the crackdown.\n\n"
        "The following persons have been designated under the Regulations:\n\n"
        "- Ivan Tertel, Chairman of the KGB\n"
        "- Mikalai Karpiankou, Deputy Minister of Internal Affairs\n"
        "- OJSC GRODNO AZOT, Hrodna\n\n"
        "The persons concerned may not enter Norway.\n"
    )
    found = _sanction_powers(text)
    assert {t for _, t, _ in found} == {"Ivan Tertel", "Mikalai Karpiankou", "OJSC GRODNO AZOT"}
    assert {p for _, _, p in found} == {"Norway"}
    text = (
        "FINANCIAL SANCTIONS NOTICE\n\n"
        "1. The following entries have been added to the Consolidated List and are subject to "
        "an asset freeze:\n\n"
        "Entities\n"
        "(1) OPEN JOINT STOCK COMPANY BELSHINA\n\n"
        "Individuals\n"
        "(2) SHUMILIN, Dzmitry Aliaksandravich\n\n"
        "Annex (extract)\n"
        "(1) Name: OPEN JOINT STOCK COMPANY BELSHINA. Address: Babruisk.\n"
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {
        "OPEN JOINT STOCK COMPANY BELSHINA",
        "SHUMILIN, Dzmitry Aliaksandravich",
    }
    text = (
        "Amendment\n\n"
        "1 Part 1 of the schedule to the Regulations is amended by adding the following:\n\n"
        "21 Ivan Kubrakov (born on May 5, 1975), Minister of Internal Affairs\n"
        "22 These Regulations come into force on the day on which they are registered.\n"
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {"Ivan Kubrakov"}


def test_entries_deleted_and_names_removed_from_a_named_list() -> None:
    text = (
        "The Council renewed its sanctions. The entry for OOO Lesprom is deleted from Annex I, "
        "the company having been dissolved."
    )
    assert {(a, t) for a, t, _ in _sanction_powers(text)} == {("lifted", "OOO Lesprom")}
    text = (
        "In March OFAC removed JSC BELSHINA and its vehicles from the Specially Designated "
        "Nationals (SDN) List. The delisting follows talks in Minsk."
    )
    assert {(a, t) for a, t, _ in _sanction_powers(text)} == {("lifted", "JSC BELSHINA")}
    text = "The United States removed Belshina from its restrictions in May."
    assert ("lifted", "Belshina", "United States") in _sanction_powers(text)


def test_measures_told_in_the_passive_by_a_notice() -> None:
    text = (
        "Norway adopted the EU sanctions. Transactions with the National Bank of Belarus are "
        "prohibited, and the assets of Belinvestbank and Paritetbank are frozen. The import "
        "from Belarus of timber and cement is restricted."
    )
    found = {t for _, t, _ in _sanction_powers(text)}
    assert {
        "National Bank of Belarus",
        "Belinvestbank",
        "Paritetbank",
        "timber",
        "cement",
    } <= found
    text = (
        "Washington eased sanctions. Naftan, the state refinery, was hit by US measures in "
        "2022 and sells mostly to Europe."
    )
    assert ("imposed", "Naftan", "United States") in _sanction_powers(text)


def test_assets_frozen_by_a_possessive_airspace_closed_and_what_was_left_lifted() -> None:
    text = "Sanctions grew. Australia, which froze Tertel's assets in 2021, welcomed the move."
    assert ("imposed", "Tertel", "Australia") in _sanction_powers(text)
    text = "Sanctions grew. Norway has frozen the assets of Ivan Tertel and several of his aides."
    assert {t for _, t, _ in _sanction_powers(text)} == {"Ivan Tertel"}
    text = "EU ministers agreed on Friday to close their airspace and airports to Avialinii."
    assert ("imposed", "Avialinii") in {(a, t) for a, t, _ in _sanction_powers(text)}
    text = (
        "Ottawa eased sanctions on Belshina in May, lifted what was left of them in June, and "
        "then turned to potash."
    )
    assert ("lifted", "Belshina") in {(a, t) for a, t, _ in _sanction_powers(text)}


def test_a_counts_members_named_after_what_they_do_or_among_them() -> None:
    text = (
        "London is designating six individuals and two entities that supply the army, among "
        "them the truck maker MAZ."
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {"MAZ"}
    text = "Ottawa designated 14 individuals and 9 entities. Among them is Naftan, the refinery."
    assert {t for _, t, _ in _sanction_powers(text)} == {"Naftan"}
    text = (
        "Ottawa lifted its sanctions on potash, and 80 prisoners walked free. Among them were "
        "Ivan Sidarau and Olga Pratasenia."
    )
    assert not any("Sidarau" in t for _, t, _ in _sanction_powers(text))


def test_a_groups_list_as_it_stands_and_those_still_held_after_a_release() -> None:
    text = "At the end of the year, Viasna recognises 171 people as political prisoners."
    assert _figures(text) == {("political_prisoners_held", 171)}
    text = (
        "As of 30 June, the centre recognised 1,310 people as political prisoners, 28 of whom "
        "were recognised in June alone."
    )
    assert ("political_prisoners_held", 1310) in _figures(text)
    assert ("prisoners_designated", 28) in _figures(text)
    text = "The group currently recognises some 1,250 political prisoners."
    assert _figures(text) == {("political_prisoners_held", 1250)}
    text = "Brussels tied its move to the detention of more than 900 political prisoners."
    assert _figures(text) == {("political_prisoners_held", 900)}
    text = "The centre said that after their release 1,140 political prisoners remained in custody."
    assert _figures(text) == {("political_prisoners_held", 1140)}
    text = "Viasna counts 1,180 political prisoners. Another monitor, politzek.me, has 1,290 on its list."
    assert ("political_prisoners_held", 1290) in _figures(text)
    text = "Viasna says 1,415 people began the new year behind bars for their views."
    assert _figures(text) == {("political_prisoners_held", 1415)}


def test_quotations_in_low_marks_a_colon_handing_over_and_he_after_a_role() -> None:
    text = (
        "„The regime has chosen isolation“, says Anna Becker, who studies Belarus in Hamburg. "
        "„Nothing will change this year.“"
    )
    assert _quotes(text) == {
        "The regime has chosen isolation": "Anna Becker",
        "Nothing will change this year.": "Anna Becker",
    }
    text = (
        "Kari Nordmann, chair of the committee, praised the prisoners. The chair then turned to "
        'Minsk: "Free them all."'
    )
    assert _quotes(text)["Free them all."] == "Kari Nordmann"
    text = (
        "Foreign Minister Hayashi Yoshimasa met the opposition leader. Lukashenko was not "
        'mentioned.\n\nThe minister said more steps were possible. "We will move with our '
        'partners," he said.'
    )
    assert _quotes(text)["We will move with our partners"] == "Hayashi Yoshimasa"
    text = (
        "Halina, 61, a nurse from Hrodna, heard the news on the radio. 'I cried all day,' she said."
    )
    assert _quotes(text)["I cried all day"] == "Halina"


# The twenty-sixth round: classes the twenty-sixth fresh set showed once it was studied


def test_a_freeze_in_the_passive_where_the_text_never_says_sanctions() -> None:
    text = (
        "1. The Government of Australia has decided to implement the following measures.\n\n"
        "Assets of 9 individuals, including Mr. Ivan Tertel, Chairman of the KGB, and Mr. "
        "Viktar Sheiman, will be frozen.\n\n"
        "Assets of 3 entities, including the Development Bank of the Republic of Belarus, will "
        "be frozen.\n"
    )
    found = _sanction_powers(text)
    assert {t for _, t, _ in found} == {
        "Ivan Tertel",
        "Viktar Sheiman",
        "Development Bank of the Republic of Belarus",
    }
    assert {p for _, _, p in found} == {"Australia"}


def test_bans_told_by_flights_permits_and_lists_and_a_clause_after_the_target() -> None:
    text = (
        "Sanctions. EU ministers agreed to ban Avialinii from flying into, out of or over the bloc."
    )
    assert ("imposed", "Avialinii", "European Union") in _sanction_powers(text)
    text = "Sanctions. Ottawa had already suspended Avialinii's licence to land in Canada."
    assert ("imposed", "Avialinii", "Canada") in _sanction_powers(text)
    text = "Sanctions. Avialinii has been shut out of British airspace since 2022."
    assert {(a, t) for a, t, _ in _sanction_powers(text)} == {("imposed", "Avialinii")}
    text = "Washington has removed the carrier Avialinii from the Treasury's sanctions list."
    assert ("lifted", "Avialinii", "United States") in _sanction_powers(text)
    text = (
        "Canada sanctioned the tyre maker Belshina, as Ottawa, Canberra and Wellington marked "
        "the anniversary."
    )
    assert {t for _, t, _ in _sanction_powers(text)} == {"Belshina"}
    text = (
        "Britain froze the assets of Mr Sheiman, his daughter and adviser Alena, and two other "
        "aides."
    )
    assert "daughter" not in {t for _, t, _ in _sanction_powers(text)}
    text = (
        "Ministers agreed to start drawing up sanctions against Belarusian judges blamed for "
        "the verdicts."
    )
    assert ("threatened", "Belarusian judges") in {(a, t) for a, t, _ in _sanction_powers(text)}


def test_counts_that_go_free_recognised_in_the_plural_or_as_a_dated_part() -> None:
    text = "Since March, 212 political prisoners have gone free through pardons."
    assert _figures(text) == {("prisoners_released", 212)}
    text = "As of 30 June, Viasna and its partners recognise 1,180 people as political prisoners."
    assert _figures(text) == {("political_prisoners_held", 1180)}
    text = (
        "Viasna's list of political prisoners stood at 1,180 on Monday. The group has "
        "recognised 410 new names since January."
    )
    assert ("prisoners_designated", 410) in _figures(text)
    text = "Of those, 210 were released in 2025, including 80 in a single exchange on 2 May."
    assert _figures(text) == {("prisoners_released", 210), ("prisoners_released", 80)}
    text = (
        "Forty were freed in May. Some who have written to the president two, three times are "
        "still inside."
    )
    assert _figures(text) == {("prisoners_released", 40)}


def test_a_role_with_a_country_an_appositive_a_relative_and_a_day_named() -> None:
    text = (
        'Lukashenko met a delegation headed by special envoy Mark Ellison. "This is a good '
        'start," the US envoy told reporters.'
    )
    assert _quotes(text)["This is a good start"] == "Mark Ellison"
    text = (
        '"The regime answers protest with prison," Laura Finch, the Treasury\'s assistant '
        "secretary for terrorist financing and financial crimes, said in a statement."
    )
    assert _quotes(text)["The regime answers protest with prison"] == "Laura Finch"
    text = 'Sapega\'s brother Pavel, speaking from Vilnius, said: "She must come home."'
    assert _quotes(text)["She must come home."] == "Pavel Sapega"
    text = (
        "The day before, Alexander Lukashenko, speaking at an event marking Victory Day, said "
        'the sick would be freed. "We will let them go," he said.'
    )
    assert _quotes(text)["We will let them go"] == "Alexander Lukashenko"


def test_a_rate_of_names_recognised_is_no_count_of_those_held() -> None:
    text = "Each month, about 45 people are recognised as political prisoners, Viasna says."
    assert _figures(text) == {("prisoners_designated", 45)}
    text = "About 1,160 people are recognised as political prisoners today."
    assert _figures(text) == {("political_prisoners_held", 1160)}


# The twenty-seventh round: measures whose targets are named as a list's members, a measure's
# subject or a count's items after a colon.


def test_a_measure_as_the_subject_of_a_verb_that_names_whom_it_reaches() -> None:
    text = (
        "Ottawa, 12 March 2024. Canada adopted new sanctions on Monday. The new sanctions "
        "target the tyre maker Belshina."
    )
    assert ("imposed", "Belshina", "Canada") in _sanction_powers(text)
    text = (
        "Washington, 9 May 2023. Treasury imposed sanctions today. The action targets "
        "Belinvestbank, a state lender."
    )
    assert ("imposed", "Belinvestbank", "United States") in _sanction_powers(text)
    text = "Brussels, 3 June 2024. The EU's sanctions hit exporters hard, traders said."
    assert _sanctions(text) == set()


def test_a_count_whose_members_follow_a_colon_or_a_list_sentence() -> None:
    text = (
        "Bern, 5 July 2023. Switzerland widened its measures on Belarus. Sanctions now also "
        "apply to two state lenders: Belinvestbank and Priorbank."
    )
    assert _sanction_powers(text) >= {
        ("imposed", "Belinvestbank", "Switzerland"),
        ("imposed", "Priorbank", "Switzerland"),
    }
    assert not any(t == "state lenders" for _, t, _ in _sanction_powers(text))
    text = (
        "London, 2 June 2023. The UK imposed sanctions on 14 Belarusian firms on 1 June 2023. The "
        "list includes the glass maker Gomelsteklo and the bus maker MAZ."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Gomelsteklo", "MAZ"}
    text = (
        "Viasna said on Monday that sanctions must stay. The list includes the poet Ales "
        "Dranko and the teacher Olga Brisk."
    )
    assert _sanctions(text) == set()


def test_those_a_listing_reached_named_as_its_subject() -> None:
    text = (
        "Oslo, 4 May 2024. Norway aligned with new sanctions on Belarus. In addition, the "
        "refinery Mozyr and its trading arm, Belneftegaz, have been added to the list of "
        "sanctioned entities, together with the chemical maker Azot."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Mozyr", "Belneftegaz", "Azot"}
    text = (
        "Ottawa, 9 June 2022. Canada listed 9 entities under its sanctions regime. The glass "
        "maker Gomelsteklo and the chip firm Integral are among the companies added."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Gomelsteklo", "Integral"}


def test_a_numbered_freeze_and_a_group_the_list_goes_on_to_name() -> None:
    text = (
        "Tokyo, 4 March 2023. Japan has decided on the following sanctions.\n\n"
        "1. Freezing of assets of officials of the Republic of Belarus, including Deputy "
        "Minister Pavel Murav and General Oleg Dzyuba.\n"
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Pavel Murav", "Oleg Dzyuba"}


def test_an_adjective_a_date_and_an_apposition_are_no_targets() -> None:
    text = (
        "Brussels, 4 May 2022. The EU imposed sanctions on 2 May 2022. Exporters must check "
        "the list of sanctioned entities."
    )
    assert _sanctions(text) == set()
    text = (
        "The Council imposed sanctions on three bodies: the Minsk Glass Works, the state "
        "exporter of glass, as well as the Gomel Chemical Plant."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Minsk Glass Works", "Gomel Chemical Plant"}


# The twenty-eighth round: reliefs and listings told by a participle, a list or an apposition;
# the imposition a relief tells; parts of a count that only say what some are.


def test_a_step_told_by_its_participle_and_a_relief_by_its_target() -> None:
    text = (
        "London, 30 September 2020. Britain and Canada moved on Tuesday, sanctioning the "
        "interior minister Yuri Karaev."
    )
    assert _sanction_powers(text) >= {
        ("imposed", "Yuri Karaev", "United Kingdom"),
        ("imposed", "Yuri Karaev", "Canada"),
    }
    text = (
        "The sanctions debate goes on. Belshina, freed from US sanctions in March, still stays "
        "on the EU list."
    )
    assert _sanction_powers(text) >= {
        ("lifted", "Belshina", "United States"),
        ("imposed", "Belshina", "European Union"),
    }


def test_a_short_form_spelled_out_and_designations_ended_together() -> None:
    text = (
        "Minsk Tractor Works is struggling under sanctions. MTW, its export arm's parent, was "
        "designated by the US Treasury in March 2022. Both designations were removed on 2 May "
        "2026."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Minsk Tractor Works", "United States") in found
    assert ("lifted", "Minsk Tractor Works", "United States") in found


def test_a_relief_tells_when_the_measure_it_ends_began() -> None:
    text = (
        "Sanctions relief came on Friday. Washington lifted its sanctions on Belarusian "
        "timber, one of the country's biggest earners abroad, which had been in place since "
        "March 2022."
    )
    claims = {(c.action, c.target, c.date) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert ("imposed", "Belarusian timber", "2022-03") in claims
    assert any(a == "lifted" and t == "Belarusian timber" for a, t, _ in claims)


def test_listings_a_group_naming_its_members_and_a_list_before_another_measure() -> None:
    text = (
        "EU sanctions were renewed. The renewed listings cover the KGB chief Ivan Tertel and "
        "state firms including Belshina and Integral."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Ivan Tertel", "Belshina", "Integral"}
    text = (
        "Ministers approved the bloc's second sectoral sanctions on 3 June 2024, targeting "
        "timber, cement and rubber as well as access to its ports."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"timber", "cement", "rubber"}
    text = (
        "Sanctions news. In Washington, the Treasury put the chip maker Integral and the "
        "Belarusian Railway's freight arm on its blacklist."
    )
    assert "Integral" in {t for _, t, _ in _sanctions(text)}


def test_what_some_of_a_count_are_and_the_release_of_those_held() -> None:
    text = "Lukashenko pardoned 30 people convicted of protest offences, 12 of them women."
    assert _figures(text) == {("prisoners_released", 30)}
    text = "Warsaw welcomed the release today of 9 people held in Belarus."
    assert _figures(text) == {("prisoners_released", 9)}
    text = "On 2 May, 18 people were driven to the Polish border after talks."
    assert _figures(text) == {("prisoners_released", 18)}


def test_a_role_with_a_place_then_its_holder_and_a_title_ending_at_its_line() -> None:
    text = '"The trucks come back empty," said one Grodno driver, Pavel Sidorenko.'
    assert _quotes(text)["The trucks come back empty"] == "Pavel Sidorenko"
    text = (
        "Office for Returning Detained Citizens\nVilnius, 3 March 2026\n\nTwelve people came "
        'home. "Every one of them matters," the Office said.'
    )
    assert _quotes(text)["Every one of them matters"] == "Office for Returning Detained Citizens"


# The twenty-ninth round: a count's named members after where and since when, a power's own
# measure on a target another power also holds, a company named before "the company".


def test_members_named_after_where_and_since_when_a_count_was_listed() -> None:
    text = (
        "The UK has sanctioned more than 80 individuals and entities in Belarus since 2021, "
        "including the KGB chief Ivan Tertel and the truck maker MAZ."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Ivan Tertel", "MAZ"}
    text = (
        "These sanctions matter. Today's steps add to the asset freezes the EU has already "
        "imposed on 195 individuals, including Alexander Lukashenko."
    )
    assert ("imposed", "Alexander Lukashenko", "European Union") in _sanction_powers(text)


def test_the_entities_added_a_listing_with_its_date_between_and_an_apposed_measure() -> None:
    text = (
        "The EU imposed sanctions on 12 individuals and 4 entities. Among the entities added "
        "are the tyre maker Belshina and the chip firm Integral."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belshina", "Integral"}
    text = (
        "EU sanctions news. The package follows the listing, on 3 March, of Viktor Sheiman "
        "together with six other officials."
    )
    assert "Viktor Sheiman" in {t for _, t, _ in _sanctions(text)}
    text = (
        "Ottawa, 9 June 2023. Canada said it would impose sanctions. The measures, announced by "
        "the foreign minister, also target the arms exporter Beltechexport."
    )
    assert ("imposed", "Beltechexport", "Canada") in _sanction_powers(text)


def test_a_second_powers_measure_on_a_target_and_a_relief_in_a_text_of_bans() -> None:
    text = (
        "EU leaders agreed new sanctions and a ban on Belarusian airlines. In London, the "
        "transport secretary said he had suspended the operating permit of the state airline "
        "Belavia and instructed British carriers to avoid Belarus."
    )
    assert ("imposed", "Belavia", "United Kingdom") in _sanction_powers(text)
    text = (
        "The release of 30 prisoners, paid for with American relief for the state tyre maker "
        "Belshina, was welcome. Belshina has been barred from European markets since 2022."
    )
    assert ("eased", "Belshina", "United States") in _sanction_powers(text)


def test_goods_whose_transport_is_prohibited_and_a_company_named_before() -> None:
    text = (
        "Oslo adopts EU sanctions against Belarus. The import, purchase and transport of "
        "timber, cement and steel products originating in Belarus is now prohibited."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"timber", "cement", "steel products"}
    text = (
        "Latvia halted shipments of Naftan diesel through Ventspils in 2022, after the United "
        "States imposed sanctions on the company."
    )
    assert ("imposed", "Naftan", "United States") in _sanction_powers(text)


def test_a_count_behind_bars_and_the_names_of_lists_in_quotation_marks() -> None:
    text = "Viasna still counted 1,180 behind bars at the end of March."
    assert _figures(text) == {("political_prisoners_held", 1180)}
    text = (
        'Courts kept hearing cases, and new entries were added to the lists of "extremist '
        'organisations" and "terrorist materials".'
    )
    assert _quotes(text) == {}


# The thirtieth round: notices — a title that names the measures, a list's part under a line
# that points to it, those a notice names as its subject or after "are".


def test_a_notice_whose_title_names_the_measures() -> None:
    text = (
        "Council Decision concerning restrictive measures in view of the situation in Belarus\n\n"
        "The Council adds 5 natural persons and 2 legal persons to the list in Annex I. Among "
        "the entities added is the bus maker Neman, which carried migrants to the border. Also "
        "added are the travel agency Vostok and the hotel Orbita, both found to have issued "
        "invitations to migrants travelling to the Polish border.\n"
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Neman", "Vostok", "Orbita"}


def test_those_a_notice_names_after_its_verb_or_as_its_subject() -> None:
    text = (
        "WASHINGTON, 2 May 2023. Treasury imposed sanctions today. Designated today is Belneft, "
        "a state oil trader. OFAC is also designating the chip maker Integral and its subsidiary "
        "Planar Optics."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"Belneft", "Integral", "Planar Optics"}
    text = (
        "Tokyo, 3 March 2023. Japan will freeze the assets of officials under its sanctions. "
        "The persons subject to the measures are General Pavel Muraveiko and 2 other "
        "individuals, including the Deputy Minister, Andrei Bury."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Pavel Muraveiko", "Andrei Bury"}
    text = (
        "Ottawa, 9 August 2024. The amendments add 3 entities to Schedule 1 of the sanctions "
        "regulations. The entities are OJSC Belshina, the tyre maker, and OJSC Peleng."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"OJSC Belshina", "OJSC Peleng"}


def test_banks_cut_off_from_swift_and_a_subject_before_its_relative_clause() -> None:
    text = (
        "Sanctions news. Belinvestbank and Priorbank were cut off from SWIFT by the European "
        "Union in June 2022."
    )
    assert _sanction_powers(text) == {
        ("imposed", "Belinvestbank", "European Union"),
        ("imposed", "Priorbank", "European Union"),
    }
    text = (
        "Sanctions news. The airline, which flies Boeings, Embraers and Russian-built "
        "Superjets, had been under US restrictions since August 2023."
    )
    assert not any("Superjets" in t for _, t, _ in _sanctions(text))


def test_a_notices_list_in_parts_under_the_line_that_points_to_it() -> None:
    text = (
        "FINANCIAL SANCTIONS NOTICE\n\n"
        "1. The Foreign Office has today designated the persons listed below under the Belarus "
        "sanctions regulations. They are now subject to an asset freeze.\n\n"
        "2. The designations respond to the support given to Russia's war.\n\n"
        "3. Individuals:\n\n"
        "TERTEL, Ivan Stanislavovich. Position: Chairman of the KGB.\n\n"
        "4. Entities:\n\n"
        "JSC PELENG, Minsk.\n\n"
        "5. Persons must not deal with funds of a designated person.\n"
    )
    assert {t for _, t, _ in _sanctions(text)} == {"TERTEL, Ivan Stanislavovich", "JSC PELENG"}


def test_what_a_ban_forbids_and_a_group_the_next_sentence_names() -> None:
    text = (
        "Brussels, 2 May 2024. Listed persons are subject to an asset freeze and a ban on entry "
        "into or transit through the Union under the sanctions."
    )
    assert not any(t.startswith("entry") for _, t, _ in _sanctions(text))
    text = (
        "Tokyo, 3 March 2023. Japan imposed sanctions: freezing of assets of individuals and "
        "entities of the Republic of Belarus involved in the war. The persons subject to the "
        "measures are Viktor Sheiman and Leonid Maltsev."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Viktor Sheiman", "Leonid Maltsev"}


def test_the_council_under_a_title_that_names_the_eu_and_a_ban_asked_to_be_drawn_up() -> None:
    text = (
        "Official Journal of the European Union: restrictive measures concerning Belarus\n\n"
        "The Council adds 4 natural persons and 1 legal person to the list in Annex I. Among "
        "the entities added is the bus maker Neman.\n"
    )
    assert _sanction_powers(text) == {("imposed", "Neman", "European Union")}
    text = (
        "Sanctions news. Ministers asked the Commission to prepare, as a matter of urgency, a "
        "ban on Belarusian trucks entering the bloc."
    )
    assert _sanctions(text) == set()


# The thirty-first round: measures in force told by what is said of them ("are unaffected",
# "keep … in place"), by where their targets stand ("on the Treasury's blocking list"), by a
# clause inside a description; reliefs told as "no longer subject to"; a nationality before a
# designated name's description.


def test_a_nationality_before_the_description_of_a_designated_name() -> None:
    text = (
        "Sanctions news, 4 May 2024. On Friday OFAC designated the Belarusian state-run tractor "
        "maker MTZ, along with two of its managers."
    )
    assert _sanction_powers(text) == {("imposed", "MTZ", "United States")}
    text = "Sanctions news, 4 May 2024. On Friday OFAC designated the Belarusian Railways."
    assert _sanction_powers(text) == {("imposed", "Belarusian Railways", "United States")}


def test_measures_in_force_told_by_what_is_said_of_them() -> None:
    text = (
        "Sanctions digest. Washington eased its measures on the tractor maker. London's measures "
        "against Naftan, Belshina and the Belarusian insurance sector are unaffected."
    )
    assert {t for a, t, _ in _sanctions(text) if a == "imposed"} == {
        "Naftan",
        "Belshina",
        "Belarusian insurance sector",
    }
    text = "Sanctions digest. Ottawa's sanctions on the refiner Naftan continue to apply."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Naftan")}
    text = (
        "Sanctions digest. Canberra's asset freeze on Viktor Sheiman, adopted in 2020, remains "
        "in place."
    )
    assert _sanctions(text) == {("imposed", "Viktor Sheiman", "2020")}
    # another measure after the comma is no item of the list
    text = (
        "Sanctions digest. Vilnius has kept national sanctions on Belarusian hauliers since 2023, "
        "and the Union's sanctions on Belarus remain in force."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian hauliers", "Belarus"}


def test_a_measure_kept_in_place_is_in_force() -> None:
    text = (
        "Sanctions digest. Oslo and Canberra also keep their own measures against Belshina in "
        "place, and Brussels maintains its sanctions on Naftan."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belshina"),
        ("imposed", "Naftan"),
    }
    text = "Sanctions digest. Vilnius urged Brussels to keep sanctions on Belshina."
    assert _sanctions(text) == set()


def test_targets_on_a_powers_list_in_a_sentence_without_sanctions() -> None:
    text = (
        "Sanctions digest. The bank was delisted. In London, Priorbank and Bank Reshenie have "
        "been on the Treasury's blocking list since March 2023."
    )
    assert ("imposed", "Priorbank", "2023-03") in _sanctions(text)
    assert ("imposed", "Bank Reshenie", "2023-03") in _sanctions(text)
    text = (
        "Sanctions digest. An appeal by Belshina, which is also on the UK list, is pending. "
        "Naftan itself has been on EU sanctions lists since 2022."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belshina"),
        ("imposed", "Naftan"),
    }
    text = "Sanctions digest. Lukashenko is on the guest list for the parade."
    assert _sanctions(text) == set()


def test_no_longer_subject_to_a_powers_sanctions_is_a_lifting() -> None:
    text = (
        "Sanctions digest, 9 June 2026. The tractor maker MTZ is no longer subject to UK "
        "sanctions after London removed its last restrictions."
    )
    assert _sanction_powers(text) >= {("lifted", "MTZ", "United Kingdom")}


def test_a_measure_in_a_clause_inside_the_targets_description() -> None:
    text = (
        "Sanctions digest. London eased its measures on Belarusian timber, a major export that "
        "the UK Treasury blacklisted in March 2022."
    )
    assert ("imposed", "Belarusian timber", "2022-03") in _sanctions(text)


def test_officials_added_to_a_powers_named_regulations() -> None:
    text = (
        "Sanctions digest. Canberra added the judge Alena Shylko to its Autonomous Sanctions "
        "Regulations this week."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Alena Shylko")}


# The thirty-second round: banks cut off from SWIFT however it is told (and in a text that
# never says "sanctions"), a list that goes on after a description, a measure that "listed"
# its targets, a day between the verb and the measure.


def test_banks_disconnected_from_swift_however_told() -> None:
    text = (
        "Banking desk, 2 May 2023. The European Union on Tuesday disconnected two Belarusian "
        "lenders, Priorbank and Belinvestbank, from the SWIFT messaging network."
    )
    assert _sanction_powers(text) == {
        ("imposed", "Priorbank", "European Union"),
        ("imposed", "Belinvestbank", "European Union"),
    }
    text = (
        "Banking desk, 2 May 2023. Brussels ordered the disconnection of Paritetbank and the "
        "Bank of Development from the SWIFT system."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Paritetbank", "Bank of Development"}
    text = (
        "Banking desk, 2 May 2023. In Minsk, Paritetbank and Priorbank remain disconnected "
        "from SWIFT under EU rules, lenders said."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Paritetbank", "Priorbank"}
    text = "Banking desk, 2 May 2023. The EU cut two Belarusian banks off from the SWIFT system."
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian banks"}
    text = "Banking desk, 2 May 2023. The EU would cut Priorbank off from SWIFT if troops moved."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "Priorbank")}


def test_a_list_that_goes_on_after_a_description() -> None:
    text = (
        "Sanctions news, 3 June 2024. Washington on Monday blacklisted Belshina, the tyre maker "
        "that supplies Belaruskali's mines, together with the truck maker BelAZ."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belshina", "BelAZ"}
    # a description names no one; a name after it is an item of the list, not its aside
    text = (
        "Sanctions news, 3 June 2024. OFAC designated Naftan, the refiner, and the chemical "
        "maker Grodno Azot and its arm Khimvolokno, as well as the Minsk Wheel Tractor Plant."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"Naftan", "Grodno Azot", "Khimvolokno"}
    text = (
        "Sanctions news, 3 June 2024. OFAC designated Naftan, the state refiner, along with "
        "individuals and entities that generate revenue for the Lukashenka regime."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Naftan"}


def test_a_measure_that_listed_its_targets_and_a_day_before_the_measure() -> None:
    text = (
        "Sanctions news, 3 June 2024. The bloc's sixth round of sanctions, adopted the same "
        "day, listed prison governors and the refiner Naftan."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"prison governors", "Naftan"}
    text = "Sanctions news, 3 June 2024. The sanctions listed below apply from today."
    assert _sanctions(text) == set()
    text = (
        "Sanctions news, 3 June 2024. Oslo moved too, announcing on Monday its own sanctions "
        "against Viktor Sheiman."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Viktor Sheiman")}
    text = (
        "Sanctions news, 3 June 2024. OFAC added Naftan OAO, one of the largest refiners in the "
        "region, to its Specially Designated Nationals list."
    )
    assert _sanction_powers(text) == {("imposed", "Naftan OAO", "United States")}


def test_a_speaker_described_but_not_named() -> None:
    text = (
        'Riga, 4 May 2024. "Nobody ships before the paperwork arrives," said one Hamburg-based '
        'broker. "Prices have barely moved," a senior Latvian official told reporters.'
    )
    assert _quotes(text) == {
        "Nobody ships before the paperwork arrives": "Hamburg-based broker",
        "Prices have barely moved": "senior Latvian official",
    }
    text = 'Riga, 4 May 2024. A Lithuanian diplomat said: "We wait every day."'
    assert _quotes(text) == {"We wait every day.": "Lithuanian diplomat"}
    # a name after the description is the speaker; a spokesperson speaks for the office
    text = (
        'Riga, 4 May 2024. "Cargo stopped," said a port manager, Ilze Kalnina, on Monday. '
        '"We are watching," a Foreign Ministry spokesperson said.'
    )
    quotes = _quotes(text)
    assert quotes["Cargo stopped"] == "Ilze Kalnina"
    assert quotes["We are watching"] != "Foreign Ministry spokesperson"


def test_a_number_put_at_a_range_and_names_newly_recognised() -> None:
    text = (
        "Vilnius, 4 May 2024. Monitors put the number of political prisoners still held in "
        "Belarus at between 1,050 and 1,180."
    )
    assert _figures(text) == {("political_prisoners_held", 1050)}
    text = "Vilnius, 4 May 2024. Monitors put the number still jailed at about 1,240."
    assert _figures(text) == {("political_prisoners_held", 1240)}
    text = (
        "Vilnius, 4 May 2024. Viasna listed 1,212 political prisoners as of Monday and said that "
        "some 31 people were newly recognised as political prisoners that week."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1212),
        ("prisoners_designated", 31),
    }


def test_dealings_banned_a_relief_named_by_its_goods_and_a_ban_that_remains() -> None:
    text = (
        "Sanctions news, 3 June 2024. Ottawa also banned transactions with the Belarusian "
        "Republican Bank on Monday."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belarusian Republican Bank")}
    text = (
        "Sanctions news, 3 June 2024. The American timber delisting last month has done little "
        "for sawmills."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "timber")}
    text = (
        "Sanctions news, 3 June 2024. The Swiss embargo on Belarusian cement, in force since "
        "2022, remains, as does the Norwegian one."
    )
    assert _sanctions(text) == {("imposed", "Belarusian cement", "2022")}


def test_an_institution_speaks_under_its_fullest_name() -> None:
    text = (
        "Bern, 4 May 2024. The Federal Office for Customs Security (FOCS) confirmed the checks. "
        '"Shipments are stopped at the border," FOCS said.'
    )
    assert _quotes(text) == {
        "Shipments are stopped at the border": "Federal Office for Customs Security"
    }
    text = (
        "Bern, 4 May 2024. On Monday the Federal Office for Customs Security (FOCS) confirmed "
        'the checks. "Shipments are stopped," FOCS said.'
    )
    assert _quotes(text) == {"Shipments are stopped": "Federal Office for Customs Security"}
    text = (
        "Kyiv, 4 May 2024. A decision of the National Committee for Border Control took effect. "
        '"The crossings stay shut," the NCBC said.'
    )
    assert _quotes(text) == {"The crossings stay shut": "National Committee for Border Control"}
    text = (
        "MINSK, 4 May 2024. Twenty convicts were pardoned, the press service of the head of "
        'state reported. "They have repented," the press service said.'
    )
    assert _quotes(text) == {"They have repented": "press service of the head of state"}


# The thirty-third round (speakers): a person described but never named, referred back to by
# the role; a spokesperson of the body just named; a relative named after the comma; a place
# of detention is no person.


def test_the_role_refers_back_to_the_person_described_without_a_name() -> None:
    text = (
        "Vilnius, 4 May 2024. A Norwegian diplomat who has followed the talks for years, "
        "speaking on condition of anonymity, said little had changed. 'They smile and wait,' "
        "the diplomat said.\n\nA Kaunas trader who asked not to be named put the loss at a "
        'third. "Nobody buys now," the trader said.'
    )
    assert _quotes(text) == {
        "They smile and wait": "Norwegian diplomat",
        "Nobody buys now": "Kaunas trader",
    }
    # a spokesperson speaks for the body: the one named with the role, or just before
    text = (
        "Vilnius, 4 May 2024. A Foreign Ministry spokesperson said Oslo was pleased. "
        '"We welcome it," the spokesperson said. The Latvian Interior Ministry said it was "alarmed". '
        '"Releases are not reform," a spokesperson said.'
    )
    quotes = _quotes(text)
    assert quotes["We welcome it"] == "Foreign Ministry"
    assert quotes["Releases are not reform"] == "Latvian Interior Ministry"


def test_a_relative_named_after_the_comma_a_scholar_and_a_colony() -> None:
    text = (
        'Vilnius, 4 May 2024. "We waited three years," said his sister, Iryna Kavaliova, 41, by '
        'phone. Marek Nowak, a historian in Lublin, spoke too. "Minsk will sell more," the '
        "scholar predicted."
    )
    assert _quotes(text) == {
        "We waited three years": "Iryna Kavaliova",
        "Minsk will sell more": "Marek Nowak",
    }
    text = (
        "Vilnius, 4 May 2024. Pavel Zhuk took the news calmly. His son is held in Colony No. 9 "
        'in Horki.\n\n"My son wrote one post," he said.'
    )
    assert _quotes(text) == {"My son wrote one post": "Pavel Zhuk"}


def test_the_list_by_the_end_of_a_month_and_a_parts_own_participle() -> None:
    text = (
        "Vilnius, 4 May 2024. By the end of March, the rights group recognised 1,318 people as "
        "political prisoners, 204 of them added during the winter."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1318),
        ("prisoners_designated", 204),
    }


def test_a_body_named_short_after_its_full_name_speaks_under_the_full_one() -> None:
    text = (
        'Oslo, 4 May 2024. The Norwegian Refugee Council Oslo said the convoy had "arrived '
        'safely." Later the Norwegian Refugee Council said it would "keep the shelters open."'
    )
    quotes = _quotes(text)
    assert quotes["keep the shelters open."] == quotes["arrived safely."]


def test_a_described_speaker_before_a_colon_or_an_aside() -> None:
    text = (
        "Riga, 4 May 2024. The border stayed shut. One Polish haulier put it to me like this: "
        '"We drive empty now."'
    )
    assert _quotes(text) == {"We drive empty now.": "Polish haulier"}
    text = (
        "Riga, 4 May 2024. Officially, no. A Latvian diplomat, who did not want to be named, "
        'told me: "Nobody expects relief."'
    )
    assert _quotes(text) == {"Nobody expects relief.": "Latvian diplomat"}
    text = (
        "Riga, 4 May 2024. Many are watched. A man released in March wrote to us: "
        '"I still look over my shoulder."'
    )
    assert _quotes(text) == {"I still look over my shoulder.": "man released in March"}


# The thirty-fourth round: fresh38 (sanctions) and fresh43 (timelines, analysis, newsletters)


def test_a_count_told_by_a_group_noun_is_how_many_not_who() -> None:
    text = (
        "Norway on Monday added a group of Belarusian timber traders to its sanctions list. "
        "Separately, the government extended its asset freeze to a further group of "
        "prison governors."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert "Belarusian timber traders" in targets
    assert "prison governors" in targets


def test_freezes_of_their_own_by_several_powers() -> None:
    text = (
        "The EU imposed sanctions on the Belarusian customs service on Monday. Within hours, "
        "Japan, Australia and Norway announced asset freezes of their own on Belarusian judges."
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    judges = {c.imposer for c in claims if c.target == "Belarusian judges"}
    assert judges == {"Japan", "Australia", "Norway"}


def test_a_powers_list_includes_and_the_most_prominent_target() -> None:
    text = (
        "Several governments announced a coordinated round of sanctions on Thursday. "
        "The Canadian list included the state carrier Avialinii, which Ottawa accuses of "
        "flying migrants to the border."
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert [(c.target, c.imposer) for c in claims] == [("Avialinii", "Canada")]
    text = (
        "The US sanctioned more than 200 companies on Wednesday. Among the most prominent "
        "targets was the Kalinka Commodity Exchange, the country's main grain market."
    )
    # (the count is left to the names the text goes on to give, as for "among them")
    targets = {t for _, t, _ in _sanctions(text)}
    assert "Kalinka Commodity Exchange" in targets
    assert not any("grain market" in t for t in targets)


def test_those_who_could_face_sanctions_are_threatened() -> None:
    text = (
        "Treasury widened its rules on Tuesday, warning that Gulf lenders dealing with any "
        "sanctioned Belarusian entity could themselves face secondary sanctions."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "Gulf lenders")}


def test_a_relief_that_could_be_reversed_is_a_threat() -> None:
    text = (
        "Washington lifted sanctions on Kalitorg in March. Officials have warned that relief "
        "for Avialinii could be reversed if arrests continue."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("threatened", "Avialinii") in found
    assert ("eased", "Avialinii") not in found


def test_banks_cut_off_the_swift_system() -> None:
    text = (
        "The EU widened its sanctions on Tuesday. On the same day the bloc cut five Belarusian "
        "banks off the SWIFT messaging system."
    )
    assert ("imposed", "Belarusian banks") in {(a, t) for a, t, _ in _sanctions(text)}


def test_what_the_power_says_they_did_is_no_part_of_the_target() -> None:
    text = (
        "Ottawa widened its sanctions on Friday. Britain had moved a day earlier, freezing the "
        "assets of three Belarusian prison governors it said had profited from forced labour."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian prison governors"}


def test_a_series_of_releases_opened_by_the_verb() -> None:
    text = (
        "Take last year. The government released people in batches, 12 in March, 40 in "
        "August, 97 in November, and rights groups say the arrests went on."
    )
    assert {("prisoners_released", n) for n in (12, 40, 97)} <= _figures(text)
    text = (
        "The deals came one after another. Nine were freed on 4 April alongside a Polish "
        "priest, 38 on 2 October and 101 on 19 December."
    )
    assert {("prisoners_released", n) for n in (9, 38, 101)} <= _figures(text)


def test_a_timelines_count_told_by_the_figure_or_the_total() -> None:
    text = (
        "Viasna recognised 41 new political prisoners in May alone. The total did fall, "
        "from 1,388 at the start of the year to 1,214 at its end. On 31 December the figure "
        "was 1,207."
    )
    found = _figures(text)
    assert {("political_prisoners_held", n) for n in (1388, 1214, 1207)} <= found
    # all ever named since a day is no count of those held
    text = (
        "Viasna counted 1,180 political prisoners on Friday. Since May 2020 the total has "
        "reached 4,102."
    )
    assert ("political_prisoners_held", 4102) not in _figures(text)


def test_a_described_speaker_who_told_someone_when_and_how() -> None:
    text = (
        'The sanctions stay. One Vilnius diplomat told us flatly that "nobody will pay for '
        'hostages with market access." A Treasury official told Congress in May that "the '
        'banks are not on the table." Mechanics kept the jets flying, a practice one former '
        'Avialinii pilot described to us as "surgery without a donor." One tax partner put it '
        'plainly: "Nothing has moved in Brussels."'
    )
    assert _quotes(text) == {
        "nobody will pay for hostages with market access.": "Vilnius diplomat",
        "the banks are not on the table.": "Treasury official",
        "surgery without a donor.": "former Avialinii pilot",
        "Nothing has moved in Brussels.": "tax partner",
    }


def test_in_the_words_of_and_a_clause_after_the_quotation() -> None:
    text = (
        "Relief for fertiliser is, in the words of Gdansk shipping consultant Ewa Malinowska, "
        '"beside the point for a port that never shipped much of it." The Council said in a '
        'statement that "its measures remain fully in force," and Latvia has said it will '
        "keep its border closed."
    )
    assert _quotes(text) == {
        "beside the point for a port that never shipped much of it.": "Ewa Malinowska",
        "its measures remain fully in force": "Council",
    }


def test_a_target_before_its_measure_with_a_date_after() -> None:
    text = (
        "When Washington eased its Avialinii restrictions in May and lifted fertiliser "
        "sanctions that August, Ottawa said nothing. One envoy called the American easing of "
        "Kalitorg sanctions on 3 March a gift."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("eased", "Avialinii"), ("lifted", "fertiliser"), ("eased", "Kalitorg")} <= found
    assert not any("March" in t for _, t in found)


def test_a_second_measures_verb_ends_the_first_list() -> None:
    text = (
        "Norway widened its sanctions that summer. In July 2022 Oslo closed its airspace to "
        "Avialinii and banned imports of timber, cement and steel."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"Avialinii", "timber", "cement", "steel"} <= targets
    assert not any("banned" in t for t in targets)


def test_a_power_that_did_the_same_or_followed() -> None:
    text = (
        "In April 2022 Brussels banned imports of Belarusian cement altogether, and Norway did "
        "the same later that year. Tokyo sanctioned Kalitorg in June 2021. Canberra followed "
        "suit in August."
    )
    claims = {
        (c.target, c.imposer, c.date)
        for c in extract_claims(text, dt.date(2025, 12, 18))
        if isinstance(c, Sanction)
    }
    assert ("Belarusian cement", "Norway", "2022") in claims
    assert ("Kalitorg", "Australia", "2021-08") in claims


def test_a_list_that_covers_and_a_target_put_on_a_list() -> None:
    text = (
        "Canberra imposed sanctions on Alexander Lukashenko. Its list has since grown to cover "
        "judges and propagandists. Tokyo put Kalitorg on its asset-freeze list in May 2023. "
        "Oslo later added Avialinii to its asset-freeze list."
    )
    targets = {(t, d) for _, t, d in _sanctions(text)}
    assert {("judges and propagandists", None), ("Kalitorg", "2023-05")} <= targets or {
        ("judges", None),
        ("propagandists", None),
        ("Kalitorg", "2023-05"),
    } <= targets
    assert "Avialinii" in {t for t, _ in targets}


def test_a_body_inside_the_appositive_before_said_is_not_who_spoke() -> None:
    text = (
        'Leaders met late. Charlotte van der Berg, the Council president, said: "The regime '
        'will answer for this." Latvia said it would close a crossing.'
    )
    assert _quotes(text) == {"The regime will answer for this.": "Charlotte van der Berg"}


def test_a_given_name_the_table_does_not_know_takes_she_when_no_woman_is_in_reach() -> None:
    text = (
        'Deputy State Secretary Inese Lace was cautious. A ban, she said, "is possible, but '
        'it must be enforceable at the border."'
    )
    assert _quotes(text) == {"is possible, but it must be enforceable at the border.": "Inese Lace"}


def test_them_is_the_target_told_before_the_pronoun() -> None:
    text = (
        "Washington first eased sanctions on Avialinii in March, lifted them entirely in June, "
        "and on 2 October removed its sanctions on Belarusian cement."
    )
    found = {(a, t) for a, t, _ in _sanctions(text, dt.date(2025, 12, 1))}
    assert {
        ("eased", "Avialinii"),
        ("lifted", "Avialinii"),
        ("lifted", "Belarusian cement"),
    } <= found


def test_sanctions_and_travel_bans_and_listings_that_cover() -> None:
    text = (
        "Canberra has imposed targeted financial sanctions and travel bans on Ivan Karpenka, "
        "the minister announced. The listings, which took effect on 2 May 2023, also cover "
        "the state broadcaster Teleradio."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"Ivan Karpenka", "Teleradio"} <= targets


def test_the_persons_listed_include() -> None:
    text = (
        "The EU added 12 persons to Annex I. The persons listed include judges of the "
        "Homel Regional Court and the head of the penal colony in Mahilou."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert not any(t.startswith("include") for t in targets)
    assert "judges of the Homel Regional Court" in targets


def test_a_measure_on_the_same_day_and_only_some_grades() -> None:
    text = (
        "The Commission said its position had not changed. The United States removed its "
        "cement sanctions on the same day as the release. EU restrictions, in force since "
        "June 2021, cover only some grades of potassium chloride."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("lifted", "cement") in found
    assert ("imposed", "potash") in found


def test_a_relief_for_the_name_after_what_it_is_and_a_named_arm() -> None:
    text = (
        "Sanctions eased on Thursday. The Treasury authorized Norland's state carrier, "
        "Avialinii, to service its aircraft. On 2 May 2025 OFAC removed Kalitorg OAO and its "
        "trading arm, Kalitorg Export Company, from the Specially Designated Nationals list."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("eased", "Avialinii"),
        ("lifted", "Kalitorg OAO"),
        ("lifted", "Kalitorg Export Company"),
    } <= found


def test_entries_deleted_and_a_target_that_remains_listed() -> None:
    text = (
        "Two listings under the Belarus sanctions were annulled. The implementing act of 3 "
        "June 2024 deleted the entries "
        "of Andrei Kavalenka, founder of the group Mashkom. Mashkom-Holding itself remains "
        "listed."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("lifted", "Andrei Kavalenka"), ("imposed", "Mashkom-Holding")} <= found


def test_a_title_in_capitals_and_the_new_names_a_regulation_added() -> None:
    text = (
        "CLIENT ALERT | UK SANCTIONS | 2 JUNE 2025\n\n"
        "On 1 June 2025 the FCDO added 9 persons to the consolidated list. The designations "
        "target supply networks for Russian arms makers, including the Brest-based trading "
        "house Tekhsnab.\n\n"
        "Ottawa sanctioned 12 more individuals. The new names, added to the Special Economic "
        "Measures (Belarus) Regulations on 4 August 2025, include the state broadcaster "
        "Efir-TV."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"Tekhsnab", "Efir-TV"} <= targets


def test_a_relief_only_spoken_of_tells_the_measure_in_force() -> None:
    text = (
        "Pressed on whether Washington would ease sanctions on the cement maker Krasnoselsk, "
        "in force since March 2022, the spokeswoman said she would not comment."
    )
    assert _sanctions(text) == {("imposed", "Krasnoselsk", "2022-03")}


def test_the_persons_a_listing_names_stay_beside_the_entities_it_names() -> None:
    text = (
        "Council Implementing Regulation concerning restrictive measures in respect of "
        "Belarus.\n\n"
        "Summary: Adds 14 natural persons and one entity to Annex I. The persons listed "
        "include judges of the Hrodna Regional Court who presided over political trials and "
        "the head of the penal colony in Mahilou. The entities added are Beltransavto, a "
        "haulier owned by the state."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"Beltransavto", "head of the penal colony in Mahilou"} <= targets


def test_deaths_told_with_names_and_the_prison_population() -> None:
    text = (
        "Viasna counts political prisoners every week. Two political prisoners, Ihar Lednik "
        "and Pavel Sevyarynets, died in custody during the year. Yet the prison population "
        "fell by only about 90 over the year, to 1,142 on 31 December."
    )
    found = _figures(text)
    assert ("political_prisoners_held", 2) not in found
    assert ("political_prisoners_held", 1142) in found
    assert ("political_prisoners_held", 90) not in found


def test_a_described_speaker_whose_reported_words_hold_the_quotation() -> None:
    text = (
        "Lithuania kept its border crossings shut. A Latvian diplomat, speaking privately, "
        'said the airline deal had "sold a seat at the table for a few dozen people".'
    )
    assert _quotes(text) == {"sold a seat at the table for a few dozen people": "Latvian diplomat"}


def test_a_pronoun_refers_back_to_a_described_speaker() -> None:
    text = (
        "The carrier still cannot land in the bloc, and a German diplomat said there was no "
        'will to change that. "Landing rights are not a reward for hostage-taking," he said.'
    )
    assert _quotes(text) == {
        "Landing rights are not a reward for hostage-taking": "German diplomat"
    }


def test_an_age_and_a_release_around_a_described_speaker() -> None:
    text = (
        "Police held hundreds overnight in Homel. "
        '"We stood against the wall until dawn," said a 31-year-old bus driver released on '
        "Monday morning, who asked that his name be withheld."
    )
    assert _quotes(text) == {
        "We stood against the wall until dawn": "31-year-old bus driver released on Monday morning"
    }


def test_a_sentence_opening_preposition_or_a_facility_is_no_speaker() -> None:
    text = (
        "Near Minsk National Airport, the queue for the evening flight moves slowly. Hanna, "
        "a nurse who left in 2021, said her cousin was stopped at the gate. "
        '"They took his phone first," she said.\n\n'
        "Inside Belarus, relatives rarely speak to the press. "
        '"We were told to keep quiet," she added.'
    )
    quotes = _quotes(text)
    assert quotes["They took his phone first"] == "Hanna"
    assert "Inside Belarus" not in quotes.values()


def test_a_power_that_blocked_a_named_company() -> None:
    text = (
        "Relief came slowly. The Treasury has blocked the tractor maker MTZ since 2022 and "
        "designated Grodno Azot in 2021. Lithuania blocked Belarusian fertiliser transit in "
        "2022, and Poland blocked Naftan's shipments."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "MTZ") in found
    assert not any(t in ("Belarusian", "Naftan's") for _, t in found)


def test_penalties_imposed_earlier_are_a_measure_in_force() -> None:
    text = (
        "Washington eased its sanctions this week. The decision removes American penalties "
        "first imposed on the truck maker MAZ in March 2022."
    )
    assert ("imposed", "MAZ", "2022-03") in _sanctions(text)


def test_a_list_of_goods_whose_measures_remain() -> None:
    text = (
        "The thaw has limits. The EU's sectoral sanctions on potash, timber and cement remain "
        "tied to the release of all political prisoners, and its ban on Belavia, Belshina and "
        "Naftan remains in force."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"potash", "timber", "cement", "Belshina", "Naftan"} <= targets


def test_a_power_considering_a_measure_threatens_it() -> None:
    text = (
        "Sanctions were discussed in Brussels. The EU is considering new sanctions on "
        "Belarusian prison governors, and London is weighing measures against the state "
        "broadcaster ONT."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("threatened", "Belarusian prison governors") in found
    assert ("threatened", "ONT") in found


def test_a_spokesperson_before_the_quotation_speaks_for_the_body() -> None:
    text = (
        "REPORTER: The Swiss Federal Department of Foreign Affairs welcomed the news but kept "
        'its line. A spokesperson said: "Our measures against the regime stay in place."'
    )
    assert _quotes(text) == {
        "Our measures against the regime stay in place.": "Swiss Federal Department of Foreign Affairs"
    }


def test_the_described_speaker_who_asked_not_to_be_named() -> None:
    text = (
        "Kateryna Zhuk chairs the diaspora council in Lublin. The owner of a Lublin bakery, "
        "who asked not to be named, said the closures had cost her dearly. "
        '"We support the sanctions," she said.'
    )
    assert _quotes(text) == {"We support the sanctions": "owner of a Lublin bakery"}


def test_two_goods_joined_by_and_are_two_targets() -> None:
    text = (
        "Sanctions widened that summer. Oslo restricted trade in cement and oil products in 2022."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert {"cement", "oil products"} <= targets


def test_a_power_that_targeted_or_barred_a_named_target() -> None:
    text = (
        "Sanctions came in waves. The Treasury first targeted the tyre maker Belshina in "
        "December 2021. Latvia acted earlier, barring Viktor Sheiman and 40 other officials "
        "from entering the country."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Belshina"), ("imposed", "Viktor Sheiman")} <= found


def test_a_measure_that_would_stay_and_the_remaining_ones_lifted() -> None:
    text = (
        "Poland's sanctions against Belarusian border guards would stay, she said. Washington "
        "eased its sanctions on Belshina in May and lifted the remaining ones in July."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Belarusian border guards"), ("lifted", "Belshina")} <= found


def test_a_count_that_approaches_or_passed_a_number() -> None:
    text = (
        "The crackdown went on. The tally of political prisoners kept by the rights centre "
        "approaches 900, and by spring the number of political prisoners had passed 1,000."
    )
    found = {
        (c.measure, c.value, c.qualifier) for c in extract_claims(text) if isinstance(c, Figure)
    }
    assert ("political_prisoners_held", 900, "about") in found
    assert ("political_prisoners_held", 1000, "more_than") in found


def test_those_a_relative_clause_frees_or_lists() -> None:
    text = (
        "Olga was among the 16 prisoners whom Minsk released in June. Her cousin is one of some "
        "1,180 people the rights group lists as political prisoners. In a separate move, Minsk "
        "handed 22 Moldovan citizens over to Moldova."
    )
    found = _figures(text)
    assert ("prisoners_released", 16) in found
    assert ("political_prisoners_held", 1180) in found
    assert ("prisoners_released", 22) in found


def test_a_participle_between_the_people_and_their_verb_and_a_count_in_total() -> None:
    text = (
        "Viasna says at least 22 people coming back from Poland were detained in April, and "
        "it counts about 1,170 political prisoners... Viasna recognised 35 new political "
        "prisoners in May and counts about 1,160 in total. Another 30 people were branded "
        "political prisoners in June."
    )
    found = _figures(text)
    assert ("prisoners_detained", 22) in found
    assert ("political_prisoners_held", 1160) in found
    assert ("prisoners_designated", 30) in found


def test_two_counts_share_one_noun_and_now_recognised_is_the_list() -> None:
    text = (
        "Deals in May and August freed 11 and 40 people respectively. By then, 210 people "
        "were now recognised as political prisoners. Nine prisoners, among them the poet "
        "Ales Rak, had been taken to Poland. Two political prisoners have now died in custody."
    )
    found = _figures(text)
    assert {
        ("prisoners_released", 11),
        ("prisoners_released", 40),
        ("political_prisoners_held", 210),
        ("prisoners_released", 9),
    } <= found
    assert ("prisoners_designated", 210) not in found
    assert ("political_prisoners_held", 2) not in found


def test_a_count_put_at_with_a_qualifier_and_a_figure_down_from() -> None:
    text = (
        "How many remain in prison? Monitors put it at more than 1,050, and they say arrests "
        "go on. The group counts 1,090 political prisoners. The figure is down from 1,240 a "
        "year earlier."
    )
    found = _figures(text)
    assert {("political_prisoners_held", 1050), ("political_prisoners_held", 1240)} <= found


def test_threats_to_list_or_add_and_goods_banned_by_name() -> None:
    text = (
        "Sanctions loom again. The Commission has threatened to add Belarusian trucking firms "
        "to its next package, and Brussels threatened new listings of those behind the drone "
        "flights. Oslo banned Belarusian timber and cement products that winter. The Treasury "
        "had hit Belshina in December 2021."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("threatened", "Belarusian trucking firms"),
        ("threatened", "those behind the drone flights"),
        ("imposed", "Belarusian timber"),
        ("imposed", "cement products"),
        ("imposed", "Belshina"),
    } <= found


def test_a_participle_opening_a_sentence_and_a_name_given_after_its_description() -> None:
    text = (
        "Maria Kalesnikava spoke first. A Vilnius-based economist, Sigrun Dahl of the "
        "Baltic Policy Institute, said the deal set a price. "
        '"Each pardon now has a tariff," she said. Asked about the talks, an official said '
        'the two tracks "run separately."'
    )
    quotes = _quotes(text)
    assert quotes["Each pardon now has a tariff"] == "Sigrun Dahl"
    assert quotes.get("run separately.") != "Asked"


def test_the_body_in_an_appositive_of_is_not_the_speaker() -> None:
    text = (
        "Franak Viacorka, of the exiled Coordination Council, told the assembly that "
        '"every release is followed by new arrests."'
    )
    assert _quotes(text) == {"every release is followed by new arrests.": "Franak Viacorka"}


def test_a_capitalised_role_noun_refers_to_the_quoted_name_of_the_title() -> None:
    text = (
        'Weekly bulletin of the Human Rights Centre "Spring"\n\n'
        "Three more names were added this week. "
        '"We will keep counting until the last of them is free," the Centre said.'
    )
    assert _quotes(text) == {"We will keep counting until the last of them is free": "Spring"}


def test_a_target_that_is_off_a_sanctions_list() -> None:
    text = "Sanctions on the sector eased in the spring. Belshina is off the Treasury's blacklist."
    assert ("lifted", "Belshina") in {(a, t) for a, t, _ in _sanctions(text)}


def test_counts_told_after_the_number_and_as_one_of_a_list() -> None:
    text = (
        "Viasna counts political prisoners every week. It stood at 1,210 on 2 March. The ruling "
        "brought to more than 1,230 the number of people it recognises as political prisoners. "
        "She was one of roughly 1,240 people recognised as political prisoners by the centre. "
        "Rights groups say women make up a share of the 1,250 people they consider political "
        "prisoners. Eleven people held in Belarus crossed into Poland on Friday. That would put "
        "the number actually freed at 10."
    )
    found = _figures(text)
    assert {
        ("political_prisoners_held", 1210),
        ("political_prisoners_held", 1230),
        ("political_prisoners_held", 1240),
        ("political_prisoners_held", 1250),
        ("prisoners_released", 11),
        ("prisoners_released", 10),
    } <= found
    assert ("political_prisoners_held", 11) not in found


def test_a_release_before_a_relative_clause_and_new_names_in_a_month() -> None:
    text = (
        "Lukashenko pardoned 140 people it considered political prisoners in 2024. Olga is one "
        "of more than 40 people branded political prisoners in March alone. The latest pardon "
        "brings to 150 the number of political prisoners freed since July."
    )
    found = _figures(text)
    assert {
        ("prisoners_released", 140),
        ("prisoners_designated", 40),
        ("prisoners_released", 150),
    } <= found


def test_the_described_person_asked_answers() -> None:
    text = (
        "Our reporter, Tove Lunde, asked a Danish diplomat whether the prize might change "
        'Europe\'s course. He said that was "not what prizes are for".'
    )
    assert _quotes(text) == {"not what prizes are for": "Danish diplomat"}


# The thirty-sixth round: sanctions lists by name, measures in force, warnings, questions


def test_a_list_by_its_full_name_and_a_text_that_only_names_the_list() -> None:
    # a law firm's alert never says "sanctions": the list it names tells the topic
    text = (
        "Client note. This month OFAC removed Ferronord Steel Works from the Specially "
        "Designated Nationals and Blocked Persons List. Oleg Marsh, first designated in 2008, "
        "remains on the SDN List."
    )
    found = _sanction_powers(text)
    assert ("lifted", "Ferronord Steel Works", "United States") in found
    assert ("imposed", "Oleg Marsh", "United States") in found


def test_a_company_and_its_arm_remain_blocked() -> None:
    text = (
        "Sanctions update. Korvel Mining and its marketing arm, Korvel Trading House, remain "
        "blocked under the executive order. Astramar, first designated in 2022, remains "
        "blocked."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Korvel Mining"),
        ("imposed", "Korvel Trading House"),
        ("imposed", "Astramar"),
    } <= found


def test_a_participle_with_its_date_is_no_target_of_a_designation() -> None:
    text = "Astramar, designated in 2022, is under OFAC sanctions."
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "Astramar") in found
    assert not any(t.startswith(("in ", "is")) for _, t in found)


def test_a_licence_for_the_upkeep_of_a_companys_aircraft_and_a_delisting_as_a_noun() -> None:
    text = (
        "Sanctions on Avialinii were first eased in May, when OFAC issued a general license "
        "authorizing transactions for the servicing and repair of Avialinii's aircraft. A "
        "delisting does not by itself authorize exports."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("eased", "Avialinii") in found
    assert not any(t.startswith("does") for _, t in found)


def test_an_appositive_with_a_possessive_before_the_measure() -> None:
    text = (
        "Tariffs are a trade measure, not a sanction. Nordazot, Georgia's largest fertiliser "
        "maker, has been under U.S. sanctions since 2022."
    )
    assert ("imposed", "Nordazot", "United States") in _sanction_powers(text)


def test_added_to_a_powers_freeze_list_past_a_relative_clause() -> None:
    text = (
        "Swiss sanctions widened on Friday. Bern adds the truckmaker Kovra and the Lisk Tractor "
        "Works, which builds chassis for rocket launchers, to the Swiss freeze list."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Kovra", "Switzerland") in found
    assert ("imposed", "Lisk Tractor Works", "Switzerland") in found


def test_a_programme_before_a_list_names_no_power() -> None:
    text = (
        "The European Union on Thursday added 12 people to its Georgia sanctions list, among "
        "them the state airline Avialinii."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Avialinii", "European Union") in found
    assert all(imposer != "Georgia" for _, _, imposer in found)


def test_a_statement_before_a_question_after_a_colon() -> None:
    text = (
        "LONDON — Washington's decision to lift sanctions on Avialinii has sharpened an old "
        "question: should Georgia be sanctioned as an ally of Russia?"
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Avialinii")}
    assert not _sanctions("Will the sanctions on Avialinii be lifted this year?")


def test_a_quality_before_a_measure_is_no_target_nor_the_verb_after_a_ban() -> None:
    text = (
        "Sanctions news. The EU's ban on machine tools dates from March 2022; the United "
        "Kingdom, Switzerland and Norway apply comparable restrictions."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert found == {("imposed", "machine tools")}


def test_listings_that_run_until_a_date() -> None:
    text = (
        "EU sanctions news. The Council's current Georgia listings, which cover Oleg Marsh and "
        "dozens of judges, run until 28 February and are due for renewal next month."
    )
    found = _sanction_powers(text)
    assert any(t.startswith("Oleg Marsh") and p == "European Union" for _, t, p in found)
    assert not any(t in ("February", "are due") for _, t, _ in found)


def test_those_warned_they_are_exposed_to_sanctions() -> None:
    text = (
        "The Treasury warned on Wednesday that foreign banks handling payments for Georgian "
        "arms makers that supply Russia remain exposed to U.S. secondary sanctions. OFAC has "
        "also warned that shipping agents facilitating such trade risk secondary sanctions."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("threatened", "foreign banks"), ("threatened", "shipping agents")} <= found
    assert not _sanctions(
        "Analysts say banks risk sanctions. Lenders are exposed to sanctions risk."
    )


def test_a_release_told_as_a_fact_after_an_intent() -> None:
    text = "Britain will keep its sanctions despite the release of 123 prisoners at the weekend."
    assert _figures(text) == {("prisoners_released", 123)}
    text = "Washington hopes for the release of 123 prisoners."
    assert _figures(text) == {("political_prisoners_held", 123)}


def test_the_number_of_freed_prisoners_and_the_number_of_a_release_told_before() -> None:
    text = "The office now puts the number of freed prisoners at more than 50."
    assert _figures(text) == {("prisoners_released", 50)}
    text = (
        "Lukashenko has pardoned a group of prisoners ahead of the holiday. The press service "
        "puts the number at 25."
    )
    assert _figures(text) == {("prisoners_released", 25)}
    text = "Rights groups, writing after the release, put the number at more than 1,000."
    assert _figures(text) == {("political_prisoners_held", 1000)}


def test_an_institution_whose_name_is_a_list() -> None:
    text = (
        'London was cautious. "We welcome every release," the Foreign, Commonwealth and '
        "Development Office said."
    )
    assert _quotes(text) == {
        "We welcome every release": "Foreign, Commonwealth and Development Office"
    }


def test_airspace_closed_in_the_passive_and_by_its_noun() -> None:
    text = (
        "Sanctions news. Swiss airspace has been closed to Georgian carriers since June 2021. "
        "The EU's closure of its airspace to Avialinii remains in place. The closure of Polish "
        "airspace to Astramar Air was lifted in 2025."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Georgian carriers", "Switzerland") in found
    assert ("imposed", "Avialinii", "European Union") in found
    assert ("lifted", "Astramar Air", "Poland") in found
    assert {
        (a, t)
        for a, t, _ in _sanctions(
            "Sanctions news. The ban on Georgian airlines was lifted in 2025."
        )
    } == {("lifted", "Georgian airlines")}


def test_a_powers_sanctions_extended_to_a_further_group() -> None:
    text = (
        "Sanctions news. The Federal Council has extended Switzerland's sanctions against "
        "Georgia to a further group of Georgian judges and prosecutors."
    )
    assert _sanction_powers(text) == {("imposed", "Georgian judges and prosecutors", "Switzerland")}


def test_a_measure_kept_is_in_force_and_a_call_to_keep_one_is_a_stance() -> None:
    text = "Sanctions news. The bloc will keep its timber ban and will maintain its sanctions on Avialinii."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "timber"),
        ("imposed", "Avialinii"),
    }
    text = (
        "Sanctions news. Several capitals want the bloc to keep its own timber ban, in force "
        "since 2021, and to say so publicly."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "timber")}
    text = "We call on the European Union to keep its sanctions against the regime in place."
    assert not _sanctions(text)


def test_measures_against_a_producer_one_of_many_date_from_a_year() -> None:
    text = (
        "Sanctions news. The Treasury's measures against the state producer Korvel, one of the "
        "world's largest, date from 2021."
    )
    assert _sanction_powers(text) == {("imposed", "Korvel", "United States")}


def test_the_last_restrictions_removed() -> None:
    text = (
        "Sanctions news. Washington has removed the last U.S. restrictions on Avialinii, the "
        "Georgian state airline."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Avialinii")}


def test_new_measures_being_prepared_are_threatened() -> None:
    text = (
        "Sanctions news. Officials say new designations of Georgian judges and prison "
        "officials are being prepared. New sanctions on Georgian banks could be adopted next "
        "month."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("threatened", "Georgian judges and prison officials"),
        ("threatened", "Georgian banks"),
    }


def test_one_ban_read_by_its_trade_and_its_goods_is_one_measure() -> None:
    text = "Sanctions news. The Swiss ban on imports of Georgian timber remains in force."
    assert _sanction_powers(text) == {("imposed", "imports of Georgian timber", "Switzerland")}


def test_a_proposal_to_extend_a_ban_is_no_measure_on_the_new_target() -> None:
    text = (
        "Sanctions news. A proposal to extend the EU's ban on Russian diamonds to Georgian "
        "operators has been discussed in Brussels since the autumn."
    )
    assert not any(t == "Georgian operators" for _, t, _ in _sanctions(text))


def test_an_outlet_in_the_dateline_is_no_one_a_pronoun_refers_to() -> None:
    text = (
        "TBILISI (Tbilisi Business Courier) — For Levan, a 41-year-old engineer freed in the "
        'September release, the first interview came eleven days later.\n\n"I had no '
        'passport," he said.'
    )
    assert _quotes(text) == {"I had no passport": "Levan"}


def test_a_body_before_its_appositive_speaks() -> None:
    text = 'Spring, the rights group founded by Mr. Aliyev, said: "We keep counting."'
    assert _quotes(text) == {"We keep counting.": "Spring"}


def test_a_quotation_resumed_after_its_attribution() -> None:
    text = (
        '"Potash dollars pay coupons," said Daniel Vos, a fund manager in Rotterdam, "and '
        'this is the first good news in four years."'
    )
    assert _quotes(text) == {
        "Potash dollars pay coupons": "Daniel Vos",
        "and this is the first good news in four years.": "Daniel Vos",
    }


def test_a_description_by_any_noun_of_someone_who_does_something() -> None:
    text = (
        "One Poti forwarder said privately that a U.S. decision would change little "
        '"as long as Tbilisi says no".'
    )
    assert _quotes(text) == {"as long as Tbilisi says no": "Poti forwarder"}
    text = 'Levan Gelashvili struck a warier note. "The regime got a concession," he said.'
    assert _quotes(text) == {"The regime got a concession": "Levan Gelashvili"}


def test_he_that_opens_the_sentence_before_is_the_one_meant() -> None:
    text = (
        '"A law cannot," said Giorgi Beridze, the MP who drafted the bill. He said U.S. envoy '
        'John Coale had raised the route with officials. "We are grateful," he added.'
    )
    assert _quotes(text)["We are grateful"] == "Giorgi Beridze"


def test_an_embassy_is_named_with_its_seat() -> None:
    text = 'The U.S. Embassy in Tbilisi posted a statement: "The United States welcomes it."'
    assert _quotes(text) == {"The United States welcomes it.": "U.S. Embassy in Tbilisi"}
    text = (
        "The letter we kept\nA reader in Batumi, Nino, whose brother is serving six years, "
        'wrote this week: "We are not asking for pity."'
    )
    assert _quotes(text) == {"We are not asking for pity.": "Nino"}


def test_a_day_before_and_n_others_is_no_name() -> None:
    text = (
        "Lukashenko pardoned 16 prisoners on July 2, ahead of Independence Day, and 14 others "
        "were freed in June."
    )
    assert _figures(text) == {("prisoners_released", 16), ("prisoners_released", 14)}


def test_a_total_told_between_the_people_and_their_verb() -> None:
    text = "Viasna says 342 people in all were pardoned with U.S. help in 2025."
    assert _figures(text) == {("prisoners_released", 342)}


def test_a_groups_last_count_its_list_and_both_counts() -> None:
    text = (
        "Viasna will publish its updated list of political prisoners; the last count before "
        "the weekend stood at about 1,230. The independent list kept by dissident.by has "
        "1,336. Both are down from more than 1,400 in mid-2024."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1230),
        ("political_prisoners_held", 1336),
        ("political_prisoners_held", 1400),
    }


def test_a_measure_taken_jointly_with_another_power() -> None:
    text = (
        "Sanctions news. Ottawa first sanctioned Oleg Marsh on Sept. 29, 2020, in a joint move "
        "with the United Kingdom."
    )
    assert _sanction_powers(text) == {
        ("imposed", "Oleg Marsh", "Canada"),
        ("imposed", "Oleg Marsh", "United Kingdom"),
    }


def test_delisted_in_the_passive_names_its_target_before() -> None:
    text = "Sanctions news. Avialinii was delisted in November and no longer needs a license."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Avialinii")}


def test_a_bank_a_power_cut_off_from_swift_in_a_relative_clause() -> None:
    text = (
        "Sanctions news. Payments were disrupted by sanctions on the Tbilisi Credit Bank, "
        "which the EU cut off from SWIFT in March 2022."
    )
    assert _sanction_powers(text) == {("imposed", "Tbilisi Credit Bank", "European Union")}


def test_no_funds_made_available_is_a_freeze() -> None:
    text = (
        "Sanctions news. EU persons may still not make funds available to Avialinii or service "
        "its aircraft. The bank can make funds available to exporters."
    )
    assert _sanction_powers(text) == {("imposed", "Avialinii", "European Union")}


def test_a_described_target_designated_by_a_power() -> None:
    text = (
        "Sanctions news. The U.S. Treasury removed the Georgian flag carrier Avialinii from its "
        "sanctions list in November. The airline, designated by the U.S. in August 2023, kept "
        "flying."
    )
    assert _sanction_powers(text) == {
        ("lifted", "Avialinii", "United States"),
        ("imposed", "Avialinii", "United States"),
    }


def test_measures_rolled_over_are_renewed() -> None:
    text = (
        "EU governments agreed on Monday to roll over the bloc's restrictive measures against "
        "Georgia for another year. The bank rolled over the loan."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Georgia")}


def test_the_number_of_a_release_told_before_past_a_date() -> None:
    text = (
        "18:02 — Lukashenko has pardoned a group of prisoners ahead of the holiday on Sept. 17."
        "\n\n18:20 — The press service puts the number at 25."
    )
    assert _figures(text) == {("prisoners_released", 25)}


def test_one_of_them_described_and_a_source_who_knows() -> None:
    text = (
        "The freed prisoners are being examined. One of them, a former schoolteacher from "
        'Kutaisi, told our reporter: "I did not know."'
    )
    assert _quotes(text) == {"I did not know.": "former schoolteacher from Kutaisi"}
    text = (
        "Several states want a clause. A Western diplomat involved in the talks said the idea "
        'had broad support but "the lawyers hate it".'
    )
    assert _quotes(text) == {"the lawyers hate it": "Western diplomat"}


def test_a_list_of_goods_before_the_subjects_next_verb() -> None:
    text = (
        "Sanctions news. The package bans imports of Georgian gold, diamonds and helium and "
        "extends the export ban."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"Georgian gold", "diamonds", "helium"}


def test_a_power_that_answered_with_bans() -> None:
    text = "The EU answered with bans on timber, steel and rubber."
    assert _sanction_powers(text) == {
        ("imposed", "timber", "European Union"),
        ("imposed", "steel", "European Union"),
        ("imposed", "rubber", "European Union"),
    }


def test_a_decision_with_its_time_before_its_verb() -> None:
    text = (
        "A delegate asked whether Washington's decision this month to ease sanctions on "
        "Avialinii had been a mistake."
    )
    assert _sanction_powers(text) == {("eased", "Avialinii", "United States")}


def test_it_refers_to_a_one_word_subject_not_to_the_dateline() -> None:
    text = (
        "TBILISI, Jan 8, 2026 (TNW) – Georgia ended 2025 with 131 political prisoners, the "
        "group warned.\n\nSpring recognised 59 new political prisoners. Over the year 42 people "
        'were pardoned "with the assistance of the United States", it said.'
    )
    assert _quotes(text) == {"with the assistance of the United States": "Spring"}
    text = (
        "TBILISI, Aug 16 (Reuters) - The president pardoned 30 people.\n\nThe group includes "
        '14 women. It said all had "firmly chosen the path of correction".'
    )
    assert all(s not in ("Reuters", "TBILISI") for s in _quotes(text).values())


def test_a_partys_spokesman_is_the_person_named_before() -> None:
    text = (
        'That did not satisfy Calum Reid. "We should ask what our own leverage is worth," the '
        "Liberal Democrat foreign affairs spokesman said."
    )
    assert _quotes(text) == {"We should ask what our own leverage is worth": "Calum Reid"}
    text = (
        "Sweden's foreign ministry welcomed the news in a short statement but said the releases "
        '"do not change the overall picture."'
    )
    assert _quotes(text) == {"do not change the overall picture.": "Sweden's foreign ministry"}


def test_those_of_a_release_who_crossed_the_border() -> None:
    text = "Only 51 of the freed prisoners actually crossed into Lithuania: one refused to leave."
    assert _figures(text) == {("prisoners_released", 51)}
    text = (
        "Of the 52 prisoners put on buses to Lithuania on September 11, only 51 crossed the border."
    )
    assert ("prisoners_released", 51) in _figures(text)


def test_a_groups_list_held_a_number_of_names() -> None:
    text = "Viasna tracks political prisoners. On New Year's Day, Viasna's list held 969 names."
    assert _figures(text) == {("political_prisoners_held", 969)}


def test_one_after_a_colon_is_someone_not_a_count() -> None:
    assert not _figures("The freed prisoners arrived: one refused to leave.")


def test_a_first_name_given_as_the_only_one_published() -> None:
    text = (
        "A citizen was among the prisoners released during a visit by U.S. envoy Keith "
        "Kellogg.\n\nThe man, who asked that only his first name, Levan, be published, had been "
        'held since 2023. "The worst was not the hunger," he said.'
    )
    assert _quotes(text) == {"The worst was not the hunger": "Levan"}


def test_those_on_a_target_are_the_measures_named_before() -> None:
    text = "Ottawa eased its sanctions on Avialinii in March and lifted those on timber in June."
    assert _sanction_powers(text) == {
        ("eased", "Avialinii", "Canada"),
        ("lifted", "timber", "Canada"),
    }
    text = "The Treasury eased sanctions on Avialinii and lifted the ones on cement in May."
    assert ("lifted", "cement", "United States") in _sanction_powers(text)


def test_a_relief_tells_when_the_measure_it_ends_was_placed() -> None:
    text = (
        "When 40 prisoners were freed in May 2024, the Treasury lifted the sanctions it had "
        "placed on Kaliprom, the fertiliser maker, in March 2019."
    )
    assert {s for s in _sanctions(text) if s[1] == "Kaliprom"} == {
        ("lifted", "Kaliprom", "2024-05"),
        ("imposed", "Kaliprom", "2019-03"),
    }


def test_restrictions_on_a_target_in_the_passive() -> None:
    text = (
        "The EU imposed sanctions in 2021. The remaining restrictions on Avialinii had already "
        "been removed in November."
    )
    assert ("lifted", "Avialinii", "European Union") in _sanction_powers(text)
    text = (
        "The sanctions talks moved quickly. Washington sent an envoy in May; 30 prisoners walked "
        "free; restrictions on Avialinii were eased."
    )
    assert ("eased", "Avialinii", "United States") in _sanction_powers(text)


def test_a_courtesy_title_inside_a_target() -> None:
    text = (
        "Canada had frozen the assets of Mr. Pyatrou under an order signed in June 2019, and "
        "Britain froze those of Ms. Zhuk."
    )
    targets = {s[1] for s in _sanctions(text) if s[0] == "imposed"}
    assert "Pyatrou" in " ".join(targets)


def test_counts_listed_share_their_verb_and_noun() -> None:
    text = "The authorities released 11, 19 and 40 political prisoners over the year."
    assert _figures(text) == {
        ("prisoners_released", 11),
        ("prisoners_released", 19),
        ("prisoners_released", 40),
    }
    text = (
        "Since the spring he has pardoned or deported scores of political prisoners, in "
        "batches of 9, 21, 33 and, in March 2024, 70."
    )
    assert _figures(text) == {
        ("prisoners_released", 9),
        ("prisoners_released", 21),
        ("prisoners_released", 33),
        ("prisoners_released", 70),
    }


def test_ages_are_no_counts() -> None:
    assert not _figures("A man aged 47 was released from the colony.")
    ages = {23, 25, 31}
    assert not {v for _, v in _figures("Three men aged 23, 25 and 31 were released.")} & ages


def test_a_measure_recommended_or_urged_is_no_measure_taken() -> None:
    text = (
        "A Senate committee tabled a report recommending that the government add Kaliprom and "
        "the Avialinii carrier to the sanctions list."
    )
    assert not {s for s in _sanctions(text) if s[0] == "imposed"}
    text = (
        "The non-binding resolution also urges a full ban on imports of Belarusian cement and the "
        "listing of Avialinii."
    )
    assert not {s for s in _sanctions(text) if s[0] == "imposed"}


def test_measures_in_force_on_targets_each_with_its_preposition() -> None:
    text = (
        "Our sanctions on Belarusian timber, on cement and on the regime's judges will remain in "
        "place, the Canadian minister said."
    )
    assert {s[1] for s in _sanctions(text) if s[0] == "imposed"} == {
        "Belarusian timber",
        "cement",
        "regime's judges",
    }


def test_a_measure_that_came_fully_into_force() -> None:
    text = "Members spoke a week after American sanctions on Kaliprom came fully into force."
    assert ("imposed", "Kaliprom", "United States") in _sanction_powers(text)


def test_a_relief_opposed_leaves_the_measure_in_force() -> None:
    text = (
        "Latvia would oppose any relaxation of EU sanctions on Belarusian cement and would keep "
        "its own ban on cement transit."
    )
    assert ("imposed", "Belarusian cement", "European Union") in _sanction_powers(text)
    assert not {s for s in _sanction_powers(text) if s[0] in ("eased", "lifted")}


def test_a_measure_named_by_whose_it_is_in_the_passive() -> None:
    text = (
        "The Treasury lifted its sanctions on Kaliprom in May. Avialinii's sanctions were lifted "
        "last month, the envoy said."
    )
    assert ("lifted", "Avialinii", "United States") in _sanction_powers(text)
    assert not _sanction_powers("The EU's sanctions were extended in February.")


def test_two_measures_told_together_in_force() -> None:
    text = (
        "The United States has lifted its sanctions on Avialinii. The European Union's ban on "
        "the carrier Avialinii and its restrictions on Belarusian cement, both dating from 2021, "
        "are still in force."
    )
    imposed = {s[1] for s in _sanctions(text) if s[0] == "imposed"}
    assert not any("restrictions" in target for target in imposed)


def test_a_party_or_group_beside_a_name_is_no_speaker() -> None:
    text = (
        'Some members urged caution. "Talks have freed no one," argued Danish MEP Lars Holmgaard '
        "of the Greens, who said the bloc should keep a channel open."
    )
    assert _quotes(text) == {"Talks have freed no one": "Lars Holmgaard"}
    text = (
        "Opening the debate, rapporteur Ilse Vandamme (Renew) described the colonies as "
        '"a second front". "The regime counts on fatigue," she said.'
    )
    assert _quotes(text) == {
        "a second front": "Ilse Vandamme",
        "The regime counts on fatigue": "Ilse Vandamme",
    }


def test_a_titled_name_before_of_is_the_person() -> None:
    text = (
        "Should Oslo change course? Professor Ingrid Solheim of the Nordic Institute thinks not. "
        '"Our measures answer the war," she said.'
    )
    assert _quotes(text) == {"Our measures answer the war": "Ingrid Solheim"}


def test_i_is_the_one_the_transcripts_label_or_the_byline_names() -> None:
    text = (
        "Sanctions: Statement\n\nThe Minister for the Baltics (Owen Tremayne): This morning we "
        'imposed asset freezes. "This is not about a vote count," I told our partners last '
        "week.\n\nMaria Lowther (Lab): Will he look at the potash trade?\n\nOwen Tremayne: I "
        'will not speculate.\n\nAs I told the envoy on Friday, "the door is open."\n'
    )
    assert _quotes(text) == {
        "This is not about a vote count": "Owen Tremayne",
        "the door is open.": "Owen Tremayne",
    }
    text = (
        "Opinion: The price of a prisoner\n\nBy Helga Marstrand\n\nThe deals free people. "
        '"We cannot outbid the Americans," I was told by an official. As I wrote in March, '
        '"relief must be reversible."\n'
    )
    assert _quotes(text)["relief must be reversible."] == "Helga Marstrand"


def test_a_spokesperson_for_a_named_body_speaks_for_it() -> None:
    text = (
        'Bern has not moved. "We apply the measures of the Union," a spokesperson for the State '
        "Secretariat for Trade Affairs (STA) said when asked last month."
    )
    assert _quotes(text) == {
        "We apply the measures of the Union": "State Secretariat for Trade Affairs"
    }
    text = (
        "A spokesperson for Global Affairs Canada said the department would study the report and "
        'that "all options remain open."'
    )
    assert _quotes(text) == {"all options remain open.": "Global Affairs Canada"}
    assert _quotes('"We will study it," said a spokeswoman for the State Department.') == {
        "We will study it": "State Department"
    }


def test_a_deputy_described_not_named() -> None:
    text = '"Motions cost nothing," one Liberal deputy said. "Closing the border would."'
    assert _quotes(text) == {
        "Motions cost nothing": "Liberal deputy",
        "Closing the border would.": "Liberal deputy",
    }


def test_japanese_given_names_in_a_are_mens() -> None:
    text = (
        "Foreign Minister Takuya Ishida told the committee on Tuesday that Tokyo would act. "
        "Haruto Ono, an opposition member, asked why it had waited.\n\nThe minister answered "
        'that Japan had raised the issue. "Our measures are aimed at the war," he said.'
    )
    assert _quotes(text) == {"Our measures are aimed at the war": "Takuya Ishida"}


def test_a_series_of_releases_each_told_with_its_occasion() -> None:
    text = (
        "Since May, the authorities have released 12 people after a visit by the U.S. envoy "
        "Tom Baird, 18 in a Victory Day pardon in May, 40 after a second trip to Minsk on 2 "
        "August and 21 more in a National Day pardon a week later."
    )
    assert _figures(text) == {
        ("prisoners_released", 12),
        ("prisoners_released", 18),
        ("prisoners_released", 40),
        ("prisoners_released", 21),
    }


def test_a_measure_a_power_will_continue_to_apply_is_in_force() -> None:
    text = (
        "Iceland will continue to apply the EU's restrictive measures against Belarus, including "
        "the ban on imports of Belarusian cement, the minister said."
    )
    assert {s[0] for s in _sanctions(text)} == {"imposed"}


def test_a_clause_after_the_names_a_count_lists_is_theirs() -> None:
    text = (
        "The centre now counts 512 political prisoners, among them Ivanou and his wife Alena "
        "Ivanova, who were detained together at the border."
    )
    assert _figures(text) == {("political_prisoners_held", 512)}


def test_a_preposition_in_ing_is_no_participle() -> None:
    text = (
        "It recognised 33 new political prisoners during the month and reported that at least "
        "70 people had been detained."
    )
    assert _figures(text) == {("prisoners_designated", 33), ("prisoners_detained", 70)}


def test_a_groups_count_told_as_its_longer_list_or_where_it_had_stood() -> None:
    text = (
        "Viasna counts 1,090 political prisoners. Another monitor, politzek.org, keeps a longer "
        "list of 1,245."
    )
    assert ("political_prisoners_held", 1245) in _figures(text)
    text = (
        "Viasna recognised 31 new political prisoners during the week, leaving its list well "
        "above 1,300. It had stood at 1,288 at the start of the month."
    )
    assert ("political_prisoners_held", 1288) in _figures(text)


def test_people_whom_a_named_group_counts_as_political_prisoners() -> None:
    text = (
        "She asked what Oslo was doing for the roughly 1,050 people whom the Minsk human rights "
        "centre Viasna counts as political prisoners."
    )
    assert _figures(text) == {("political_prisoners_held", 1050)}


def test_a_month_without_its_year_takes_the_year_told_before() -> None:
    text = (
        "Washington eased sanctions on Avialinii in September 2024, lifted them in November "
        "and lifted those on cement in February."
    )
    assert _sanctions(text) == {
        ("eased", "Avialinii", "2024-09"),
        ("lifted", "Avialinii", "2024-11"),
        ("lifted", "cement", "2025-02"),
    }


def test_rounds_of_listings_against_a_list_of_groups() -> None:
    text = (
        "Nor can it repeat the formula of 2021, when the EU adopted three rounds of listings "
        "against officials, prosecutors and state companies."
    )
    assert {s[1] for s in _sanctions(text) if s[0] == "imposed"} == {
        "officials",
        "prosecutors",
        "state companies",
    }
    text = "Ottawa, for its part, should mirror its Russia listings against Belarusian firms."
    assert not _sanctions(text)


def test_listings_a_power_is_discussing_are_a_threat() -> None:
    text = (
        "The bloc is weighing new sanctions. EU foreign ministers are now discussing listings of the "
        "Belarusian officials and entities deemed responsible."
    )
    assert {s[0] for s in _sanctions(text)} == {"threatened"}


def test_a_measure_told_by_the_state_a_relief_left() -> None:
    text = (
        "Washington's bargaining chips are finite. Avialinii's American restrictions are gone. "
        "The cement sanctions were lifted on Dec. 13."
    )
    assert ("lifted", "Avialinii", "United States") in _sanction_powers(text)
    text = "The U.S. sanctioned Avialinii in 2023. In November the airline came off the list."
    assert ("lifted", "Avialinii", "United States") in _sanction_powers(text)


def test_an_executive_order_is_a_us_measure() -> None:
    text = (
        "The programme rests on two pillars. Executive Order 13405 of June 16, 2006, blocked the "
        "property of Viktar Sheiman and those around him."
    )
    assert {(s[0], s[2]) for s in _sanction_powers(text)} == {("imposed", "United States")}


def test_a_list_of_targets_before_whom() -> None:
    text = (
        "This morning Britain imposed asset freezes and travel bans on Viktar Sheiman, his son "
        "Pavel Sheiman and four other officials whom we hold responsible for the violence."
    )
    assert {s[1] for s in _sanctions(text)} >= {"Viktar Sheiman", "Pavel Sheiman"}


def test_prisoners_crossing_or_leaving_are_released() -> None:
    text = "His trip ended with 37 prisoners crossing into Lithuania, he told reporters."
    assert _figures(text) == {("prisoners_released", 37)}
    text = "The envoy arrived in May; 37 prisoners left; restrictions were eased."
    assert _figures(text) == {("prisoners_released", 37)}


def test_a_name_among_them_between_the_count_and_its_verb() -> None:
    text = "In August 2011 seven prisoners, Andrei Sannikau among them, were freed."
    assert _figures(text) == {("prisoners_released", 7)}
    text = "The visit ended with 11 prisoners, Ihar Losik among them, being driven to Lithuania."
    assert _figures(text) == {("prisoners_released", 11)}


def test_the_number_of_new_designations() -> None:
    text = (
        "Viasna lists political prisoners. Its annual review put the number of new designations "
        "for 2024 at 412."
    )
    assert _figures(text) == {("prisoners_designated", 412)}


def test_the_parts_of_a_release_told_without_its_count() -> None:
    text = (
        "Since May, several hundred people have left Belarusian prisons in brokered batches, "
        "including 40 on 2 August 2024 and 88 on 9 October."
    )
    assert _figures(text) == {("prisoners_released", 40), ("prisoners_released", 88)}


def test_put_on_buses_and_the_real_count_of_those_freed() -> None:
    text = (
        "On 3 May 2024 the veteran activist was among 40 prisoners put on buses to the Latvian "
        "border. He refused to cross. So the real count of those freed that day was 39."
    )
    assert _figures(text) == {("prisoners_released", 40), ("prisoners_released", 39)}


def test_a_bans_kind_is_no_target() -> None:
    text = (
        "EU diplomats say the draft would add further Belarusian banks to the EU's transaction "
        "ban. The EU's airspace ban, in force since June 2021, remains."
    )
    assert not {s for s in _sanctions(text) if s[1] in ("transaction", "airspace")}


def test_goods_referred_back_to_by_their_kind() -> None:
    text = (
        "Latvia will not resume the transit of Belarusian potash, ministers said, despite "
        "Washington's decision last weekend to lift its sanctions on the fertiliser."
    )
    assert ("lifted", "potash", "United States") in _sanction_powers(text)


def test_a_groups_total_after_sentences_about_prisons() -> None:
    text = (
        "2023 in review\n\nThe regime released some prisoners and jailed more. The total did "
        "fall, from 1,480 at the start of the year to 1,390 at its end."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1480),
        ("political_prisoners_held", 1390),
    }


def test_a_quotation_after_its_speakers_own_sentence() -> None:
    text = (
        "Host Rasa Vilke spoke with Andrei Kazlou of the rights centre.\n\nThe host asked "
        'whether the sanctions had changed anything. Kazlou paused before answering. "Honestly? '
        'Not yet."\n'
    )
    assert _quotes(text) == {"Honestly? Not yet.": "Andrei Kazlou"}


def test_both_refers_to_the_two_targets_named_just_before() -> None:
    text = (
        "Diplomats said there had been no talk of easing sanctions on cement or on the carrier "
        "Avialinii, even after the United States lifted its own measures on both last year."
    )
    assert {(s[0], s[1]) for s in _sanctions(text)} == {
        ("lifted", "cement"),
        ("lifted", "Avialinii"),
    }


# People described, not named, whom a later pronoun means


def test_a_relative_the_sentence_before_opens_with_speaks() -> None:
    text = (
        "Among those freed was the lawyer Pavel Siarko.\n\nYulia's father, reached by phone in "
        'Hrodna, was cautious. "I will believe it when I see him," he said.\n'
    )
    assert _quotes(text) == {"I will believe it when I see him": "Yulia's father"}


def test_her_son_is_the_son_of_the_woman_her_means() -> None:
    text = (
        "Lukashenko pardoned 20 people on Friday.\n\nTamara Zhuk, 61, was arrested in May. Her "
        'son, who lives in Gdansk, is angry. "They took her for a like," he told us.\n'
    )
    assert _quotes(text) == {"They took her for a like": "Tamara Zhuk's son"}


def test_a_relative_the_text_names_by_the_family_name() -> None:
    text = (
        "Alena Lobach has campaigned for her husband since 2021.\n\nIhar Lobach was freed on "
        "Friday, two years after the judge Maryna Siz sentenced him. His wife waited at the "
        'border. "I did not sleep for a week," she said.\n'
    )
    assert _quotes(text) == {"I did not sleep for a week": "Alena Lobach"}


def test_an_unnamed_person_the_sentence_before_opens_with() -> None:
    text = (
        "Maryna Kolas has led the vigil for a year.\n\nAround noon an elderly woman in a green "
        'coat came out of the gate. "Nobody told us anything," she said.\n'
    )
    assert _quotes(text) == {"Nobody told us anything": "elderly woman in a green coat"}


def test_a_named_relative_is_the_one_a_pronoun_means() -> None:
    text = (
        "Olga Ruzh has written about the camps.\n\nHis sister, Hanna Biel, met him at the "
        'border. "He looked so old," she said.\n'
    )
    assert _quotes(text) == {"He looked so old": "Hanna Biel"}


def test_a_groups_officer_named_after_the_comma() -> None:
    text = '"Nobody sentences the families," said its director, Ales Vysotski.'
    assert _quotes(text) == {"Nobody sentences the families": "Ales Vysotski"}


def test_a_described_speaker_who_lives_elsewhere_now() -> None:
    text = (
        "The airline Avialinii lost its parts supply.\n\n"
        '"Engines do not run on hope," said a former Avialinii mechanic now living in Riga.'
    )
    assert _quotes(text) == {"Engines do not run on hope": "former Avialinii mechanic"}


def test_a_quotation_after_a_pronoun_subjects_own_sentence() -> None:
    text = (
        "Raman Ivashka spent two years in a colony in Shklou.\n\nAsked about the friends he "
        'left behind, he paused. "Some of them have had no letters at all."\n\nHe has no plans '
        'to leave the country. "Who would write to them then?"\n'
    )
    assert _quotes(text) == {
        "Some of them have had no letters at all.": "Raman Ivashka",
        "Who would write to them then?": "Raman Ivashka",
    }


def test_an_auxiliary_opening_a_question_names_no_one() -> None:
    text = (
        "“The list grew by six hundred,” Hanna Karpuk said.\n\nIs that the peak? She doubted "
        'it. "Every week we add twenty people."\n'
    )
    assert _quotes(text)["Every week we add twenty people."] == "Hanna Karpuk"


# Measures told as standing while the sentence is about something else


def test_a_target_under_the_sanctions_of_several_powers() -> None:
    text = (
        "The fertiliser maker Kalitorg remains under both American and European Union "
        "sanctions. Its chief executive himself is under EU, US and British sanctions."
    )
    assert ("imposed", "Kalitorg", None) in _sanctions(text)
    assert {t for a, t, _ in _sanctions(text)} >= {"Kalitorg"}
    text = "Viktar Sheiman himself is under EU, US and British sanctions."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Viktar Sheiman")}


def test_a_relative_clause_tells_a_target_under_sanctions() -> None:
    text = "Sheiman, who has been under Western sanctions since 2020, wants the talks to go on."
    assert _sanctions(text) == {("imposed", "Sheiman", "2020")}


def test_the_measures_a_relief_is_sought_from_are_in_force() -> None:
    text = (
        "Minsk has long sought relief from Western sanctions on Belarusian cement and on the "
        "state airline, Avialinii, which have cost it dearly."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belarusian cement"),
        ("imposed", "Avialinii"),
    }


def test_a_relief_won_is_not_read_as_a_measure_in_force() -> None:
    text = "Belflot won relief from Western sanctions on its tankers last month."
    assert not {a for a, _, _ in _sanctions(text)} & {"imposed"}


def test_measures_kept_in_place() -> None:
    text = (
        "The bloc renewed its sanctions on Belarus, keeping in place bans on Belarusian "
        "cement, tyres and timber."
    )
    assert {t for a, t, _ in _sanctions(text) if a == "imposed"} >= {
        "Belarusian cement",
        "tyres",
        "timber",
    }


def test_a_power_still_lists_a_target() -> None:
    text = "The EU sanctions are wide. Britain and Norway still list the tyre maker Belshina."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belshina")}


def test_a_rights_group_still_listing_prisoners_is_no_measure() -> None:
    text = "The EU sanctions stay. Viasna still lists roughly 1,150 political prisoners."
    assert not {t for _, t, _ in _sanctions(text) if "prisoners" in t or t[0].isdigit()}


def test_a_sanctions_regime_that_covers_a_target() -> None:
    text = (
        "The EU is expected to extend its Belarus sanctions regime, which covers Viktar "
        "Sheiman, for another year."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Viktar Sheiman")}


def test_goods_hit_by_sanctions_told_by_a_participle() -> None:
    text = "Minsk wants relief for its potash exports hit by US and EU sanctions imposed in 2021."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "potash exports")}


def test_a_list_of_goods_before_a_second_participle() -> None:
    text = (
        "The EU widened its sanctions during 2022, banning imports of Belarusian tyres, cement "
        "and glass and cutting two Belarusian banks off from SWIFT."
    )
    assert {t for a, t, _ in _sanctions(text)} >= {"cement", "glass"}


# Counts told by how they changed or by a clause of their own


def test_a_count_that_rose_from_one_figure_to_another() -> None:
    text = "Over 2021 the rights group's count of political prisoners rose from 174 to 912."
    assert _figures(text) == {
        ("political_prisoners_held", 174),
        ("political_prisoners_held", 912),
    }


def test_people_a_group_recognised_in_a_month_are_its_new_names() -> None:
    text = "He is one of 46 people Viasna recognised as political prisoners in March."
    assert _figures(text) == {("prisoners_designated", 46)}


def test_people_a_group_counted_in_a_month_are_its_list() -> None:
    text = "He is one of 1,215 people Viasna counted as political prisoners in March."
    assert _figures(text) == {("political_prisoners_held", 1215)}


def test_recognised_a_number_more() -> None:
    text = (
        "Viasna says about 1,150 political prisoners are held; in the past month alone it "
        "recognised 31 more."
    )
    assert ("prisoners_designated", 31) in _figures(text)


def test_a_group_counted_by_its_kind_remains_on_a_list() -> None:
    text = "Dozens of Belarusian judges and companies remain on the U.S. Treasury's blacklist."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belarusian judges and companies")
    }


def test_the_measures_a_relief_ended_told_as_in_force_since_a_date() -> None:
    text = (
        "In return, Washington lifted its sanctions on the tyre maker Belshina. Those "
        "measures had been in force since March 2022."
    )
    assert _sanctions(text) == {
        ("lifted", "Belshina", None),
        ("imposed", "Belshina", "2022-03"),
    }


def test_prisoners_a_state_set_free_told_by_a_relative_clause() -> None:
    text = "Of the 37 prisoners Belarus set free on Friday, one went back home to Hrodna."
    assert _figures(text) == {("prisoners_released", 37)}


def test_a_rights_groups_list_is_no_sanctions_list() -> None:
    text = (
        "The EU sanctions stay. The rights group, which counted about 1,150 political "
        "prisoners in May, said 41 people had been added to its list in that month alone."
    )
    assert not {t for _, t, _ in _sanctions(text) if "said" in t or "prisoners" in t}
    assert not {t for _, t, _ in _sanctions(text) if "rights group" in t}


def test_the_fertiliser_industry_after_potash_is_potash() -> None:
    text = (
        "The United States has lifted its sanctions on Belarusian potash. The deal removes "
        "penalties that Washington first placed on the fertiliser industry in August 2021."
    )
    assert ("imposed", "potash", "2021-08") in _sanctions(text)
    assert not {t for _, t, _ in _sanctions(text) if "industry" in t}


def test_a_pronoun_means_the_full_name_not_a_capitalised_word_beside_it() -> None:
    text = (
        "Belarus freed Ihar Losik on Saturday.\n\nThin and with his head shaved, Losik told a "
        'press conference he had been kept alone. "Nobody spoke to me for months," he said.\n'
    )
    assert _quotes(text) == {"Nobody spoke to me for months": "Ihar Losik"}


def test_prisoners_driven_into_a_neighbouring_country() -> None:
    text = "The 13 were driven into neighbouring Lithuania on Saturday."
    assert _figures(text) == {("prisoners_released", 13)}


def test_a_name_then_a_group_of_its_own() -> None:
    text = (
        "Canada announced sanctions against Belarus on Monday, the anniversary of the vote, "
        "targeting the tyre maker Belshina and a string of state banks."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"Belshina", "state banks"}


def test_a_participle_that_blacklists_a_long_list() -> None:
    text = (
        "Canada announced sanctions on officials.\n\nWashington went further, blacklisting the "
        "state tyre maker Belshina and the country's national football federation. London "
        "banned imports of Belarusian cement.\n"
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert "Belshina" in targets
    assert any(t.endswith("national football federation") and "Belshina" not in t for t in targets)


def test_a_second_clause_in_the_present_ends_a_target() -> None:
    text = (
        "Moscow welcomes the US decision to lift sanctions on Belarusian cement and considers "
        "all remaining Western restrictions against Minsk illegitimate."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian cement"}


def test_a_target_an_aside_tells_as_still_under_sanctions() -> None:
    text = "Envoys hinted that Belarus's cement, still under American sanctions, is next."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belarus's cement")}


def test_a_response_made_with_sanctions() -> None:
    text = (
        "The EU has answered the crackdown with several rounds of sanctions against "
        "Belarusian judges."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belarusian judges")}


# The parts of a measure's target named after it


def test_the_named_parts_after_a_measures_target_share_its_action() -> None:
    text = (
        "Ukraine extended its own sanctions against Belarusian companies on Monday, including "
        "the tyre maker Belshina and the carmaker MAZ. Washington lifted sanctions on several "
        "state banks, including Belinvestbank."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} >= {
        ("imposed", "Belshina"),
        ("imposed", "MAZ"),
        ("lifted", "Belinvestbank"),
    }


def test_those_freed_after_a_measure_are_no_part_of_its_target() -> None:
    text = (
        "The United States lifted sanctions on Belarusian cement on Saturday after Belarus "
        "freed 40 prisoners, among them the lawyer Maksim Znak."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian cement"}


def test_those_a_listing_added_by_what_they_are() -> None:
    text = (
        "The EU sanctions were renewed. The decision also added seven people to the bloc's "
        "list, including judges and prison officials involved in political cases."
    )
    assert ("imposed", "judges and prison officials") in {(a, t) for a, t, _ in _sanctions(text)}


def test_another_powers_ban_on_the_same_target_kept_in_place() -> None:
    text = (
        "The deal saw the United States lift its sanctions on Belarusian cement. For builders "
        "the end of US cement sanctions could mean cheaper imports, although the European "
        "Union has kept its own ban in place."
    )
    assert ("imposed", "Belarusian cement", "European Union") in _sanction_powers(text)
    text = (
        "Washington lifted sanctions on Belarusian cement in December. The European Union's "
        "ban remains in place."
    )
    assert ("imposed", "Belarusian cement", "European Union") in _sanction_powers(text)


def test_a_powers_own_measures_kept_are_no_ban_on_the_target_just_told() -> None:
    text = (
        "In December Washington lifted sanctions on Belarusian cement. The European Union has "
        "kept its own measures in place."
    )
    assert ("imposed", "Belarusian cement", "European Union") not in _sanction_powers(text)


# Speakers named in part or described at length


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    text = (
        "Ihar Zhuk, a printer from Barysau, died on May 2.\n\nHis son, Pavel, said the prison "
        'had "broken his lungs."\n\n"He never complained," Pavel Zhuk said.\n'
    )
    assert _quotes(text)["broken his lungs."] == "Pavel Zhuk"


def test_a_described_institution_followed_by_its_founders_name() -> None:
    text = (
        "Viasna, the rights group Mr Bialiatski founded, said 1,100 people were still held. "
        '"Every release is welcome," the group said in a statement.'
    )
    assert _quotes(text) == {"Every release is welcome": "Viasna"}


def test_an_age_and_a_description_refer_back_to_the_person() -> None:
    text = (
        "Raman Losik served every day of his sentence.\n\n"
        '"I did not even unpack," the 29-year-old video blogger said.\n'
    )
    assert _quotes(text) == {"I did not even unpack": "Raman Losik"}


def test_a_described_speaker_with_where_they_were() -> None:
    text = '"He would not cross," recalled one woman who was on the bus.'
    assert _quotes(text) == {"He would not cross": "woman who was on the bus"}


def test_an_official_at_a_long_named_department() -> None:
    text = (
        '"We do not follow unilateral sanctions," an official at the Department of '
        "International Relations and Cooperation said."
    )
    assert _quotes(text) == {
        "We do not follow unilateral sanctions": (
            "official at the Department of International Relations and Cooperation"
        )
    }


def test_a_second_verb_of_the_same_subject_in_the_sentence() -> None:
    text = (
        'A Treasury official told reporters the release "shows what talks can do," but said '
        'the sanctions would stay "until we see real change."'
    )
    assert _quotes(text) == {
        "shows what talks can do": "Treasury official",
        "until we see real change.": "Treasury official",
    }


def test_a_series_of_releases_with_asides_between_semicolons() -> None:
    text = (
        "Belarus has freed prisoners in several batches this year: 11 in May, when the envoy "
        "visited; 18 in a Unity Day pardon in early September; and 43 on November 2, after "
        "talks in Minsk."
    )
    assert _figures(text) == {
        ("prisoners_released", 11),
        ("prisoners_released", 18),
        ("prisoners_released", 43),
    }


def test_a_count_freed_by_a_named_power() -> None:
    text = "He was among those handed over, part of a group of 87 freed by Minsk after talks."
    assert _figures(text) == {("prisoners_released", 87)}


def test_an_adverb_before_a_sanctioning_participle() -> None:
    text = (
        "The EU sanctions came later. Britain and Canada moved first, jointly sanctioning "
        "Viktar Sheiman on 29 September."
    )
    assert {(a, t, p) for a, t, p in _sanction_powers(text)} >= {
        ("imposed", "Viktar Sheiman", "United Kingdom"),
        ("imposed", "Viktar Sheiman", "Canada"),
    }


def test_national_travel_bans_and_when_they_came() -> None:
    text = (
        "The EU sanctions came later. Lithuania had already imposed national travel bans on "
        "Viktar Sheiman and 29 others at the end of August."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Viktar Sheiman and 29 others"}


def test_a_decision_covers_its_targets() -> None:
    text = (
        "The EU sanctions grew. The decision, adopted on 6 November, also covers the "
        "interior minister Yury Karaeu."
    )
    assert ("imposed", "Yury Karaeu") in {(a, t) for a, t, _ in _sanctions(text)}


# Measures a power weighs


def test_measures_a_power_would_consider_are_threatened() -> None:
    text = (
        "The EU sanctions were discussed. Its foreign policy chief said the bloc would consider "
        "measures against those responsible for the beatings."
    )
    assert _sanctions(text) == {("threatened", "those responsible for the beatings", None)}


def test_a_listing_a_power_is_considering_is_threatened() -> None:
    text = "Sanctions were renewed. Diplomats said the EU was considering listing more judges."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "judges")}


def test_a_package_aimed_at_some_under_discussion_is_threatened() -> None:
    text = (
        "Paris backed every round of EU sanctions, and diplomats say a further package aimed "
        "at prison governors is under discussion."
    )
    assert ("threatened", "prison governors") in {(a, t) for a, t, _ in _sanctions(text)}


def test_a_state_that_considers_sanctions_illegal_threatens_nothing() -> None:
    text = "Sanctions matter. Minsk considers the sanctions on cement illegal."
    assert not {a for a, _, _ in _sanctions(text)} & {"threatened"}


def test_a_participle_listing_a_target_among_others() -> None:
    text = (
        "On 2 December the European Union adopted its fifth package of sanctions, listing the "
        "tyre maker Belshina among others."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belshina")}


def test_measures_a_power_left_untouched() -> None:
    text = (
        "The EU renewed its Belarus measures in February, and the United States left its "
        "restrictions on Belshina untouched."
    )
    assert ("imposed", "Belshina") in {(a, t) for a, t, _ in _sanctions(text)}


def test_targets_an_aside_tells_are_both_still_listed() -> None:
    text = (
        "Sanctions matter. Minsk wants relief for more firms, notably Belshina and the "
        "refinery Naftan, both still on the US list."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Belshina"), ("imposed", "Naftan")} <= found


# Reliefs told by their parts


def test_a_modal_in_a_clause_before_a_relief_taken_after_it() -> None:
    text = (
        "Sanctions matter. Washington weighs what else it could offer Minsk after lifting its "
        "sanctions on cement and Belshina last year."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("lifted", "cement"),
        ("lifted", "Belshina"),
    }


def test_the_rest_of_a_measure_eased_before() -> None:
    text = (
        "In May the US relaxed sanctions on Belshina after 20 prisoners were freed, and in "
        "October it lifted the rest."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Belshina"),
        ("lifted", "Belshina"),
    }


def test_a_second_target_with_its_own_date_between_commas() -> None:
    text = "The United States lifted its sanctions on Belshina and, in December, on cement."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("lifted", "Belshina"),
        ("lifted", "cement"),
    }


def test_targets_added_to_a_powers_own_list() -> None:
    text = (
        "The EU sanctions grew. Britain banned imports of Belarusian cement, while Norway added "
        "the tyre maker Belshina to its own list."
    )
    assert ("imposed", "Belshina", "Norway") in _sanction_powers(text)


# First-person words in verbatim records and posts


def test_a_verbatim_records_speaker_label_with_a_dash() -> None:
    text = (
        "Debate: Prisoners in Belarus\n\nTHE PRESIDENT – I now call Mr Andrei Sannikau.\n\n"
        "Mr SANNIKAU – Thank you, Madam President. The count keeps rising.\n\n"
        'But I repeat what I told our partners in Riga: "the door turns both ways."\n'
    )
    assert _quotes(text) == {"the door turns both ways.": "Andrei Sannikau"}


def test_a_post_whose_source_note_names_its_author() -> None:
    text = (
        "[Post in the Telegram channel of Andrei Sannikau, 3 May 2026]\n\nToday I spoke in "
        'Strasbourg.\n\nI told the Assembly plainly: "Nobody is safe in Belarus."\n'
    )
    assert _quotes(text) == {"Nobody is safe in Belarus.": "Andrei Sannikau"}


def test_words_quoted_in_a_transcripts_labelled_turn() -> None:
    text = (
        "HOST (Ola Nowak): Is the number falling?\n\nGUEST (Ihar Sivets, lawyer): Slightly.\n\n"
        'SIVETS: They serve their terms, and others take their place. "The door turns both '
        'ways," as we say.\n\nSIVETS: Nobody explained anything. At six a guard came and said, '
        '"Pack your things."\n'
    )
    # (the guard's own words inside the turn are the guard's, not the turn's speaker's)
    assert _quotes(text) == {
        "The door turns both ways": "Ihar Sivets",
        "Pack your things.": "guard",
    }


def test_a_blogs_author_in_its_heading_speaks_in_the_first_person() -> None:
    text = (
        "The revolving door\n\nNotes on the East - a blog by Dr. Ilse Marten\nMay 2, 2026\n\n"
        'As I wrote in March: "Lift the sanctions for twenty and you pay again for the next."\n'
    )
    assert _quotes(text) == {
        "Lift the sanctions for twenty and you pay again for the next.": "Dr. Ilse Marten"
    }


def test_people_recognised_as_of_a_day_told_after_the_verb_are_the_list() -> None:
    text = (
        "According to the rights centre, 1,187 people were recognised as political prisoners "
        "as of 31 October."
    )
    assert _figures(text) == {("political_prisoners_held", 1187)}


def test_a_count_another_outlet_reported() -> None:
    text = (
        "Viasna said 1,176 political prisoners were held. The day before, the Associated "
        "Press, citing the same group, reported 1,172."
    )
    assert ("political_prisoners_held", 1172) in _figures(text)


def test_people_who_crossed_are_released() -> None:
    text = "Minsk freed 40 prisoners. She was one of the 39 people who crossed on Thursday."
    assert ("prisoners_released", 39) in _figures(text)


def test_a_relief_in_two_steps_told_by_two_verbs() -> None:
    text = (
        "In return, the United States eased and then lifted its sanctions on Belshina and, in "
        "December, on cement."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Belshina"),
        ("lifted", "Belshina"),
        ("lifted", "cement"),
    }


def test_a_broadcasts_role_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Ales Karpenka, a lawyer, joined the show.\n\nPresenter Volha Sinitsa pressed him: so "
        'nothing has changed? He disagreed. "Something has changed."\n'
    )
    assert _quotes(text) == {"Something has changed.": "Ales Karpenka"}


def test_a_mans_son_named_by_his_given_name_carries_the_family_name() -> None:
    text = "Over the year Norway sanctioned Ihar Sheiman, his son Pavel and two other officials."
    assert {t for _, t, _ in _sanctions(text)} >= {"Ihar Sheiman", "Pavel Sheiman"}


# Measures told from their subject


def test_measures_that_also_hit_named_targets() -> None:
    text = (
        "Sanctions grew. The measures announced Monday also hit Belshina, a tyre maker, and "
        "the Belarusian Football Federation."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belshina", "Belarusian Football Federation"}


def test_a_powers_lists_that_include_a_name() -> None:
    text = "Sanctions matter. Ukraine's earlier lists already include Viktar Sheiman."
    assert ("imposed", "Viktar Sheiman", "Ukraine") in _sanction_powers(text)


def test_a_trade_restricted_in_the_passive() -> None:
    text = "Sanctions matter. Trade in cement, glass and tyres from Belarus is also restricted."
    assert {t for _, t, _ in _sanctions(text)} == {"cement", "glass", "tyres"}


def test_a_measure_maintained_since_a_year_on_a_target() -> None:
    text = "She urged Washington to keep the sanctions it has maintained since 2022 on Belshina."
    assert ("imposed", "Belshina", "2022") in _sanctions(text)


# Broadcast scripts, threads and quotations that go on


def test_a_scripts_cut_label_gives_the_voice_of_the_recording() -> None:
    text = (
        "Evening bulletin\n\nNEWSREADER: Talks in Minsk ended without a deal.\n\n"
        'SOT, KAJA KALLAS, EU FOREIGN POLICY CHIEF: "Nothing changes until the prisoners '
        'are out."\n\nNEWSREADER: Minsk answered within the hour. Natalya Eismont spoke for '
        'the president.\n\nACTUALITY (EISMONT, BELARUS 1, TRANSLATED): "Pressure has never '
        'worked on us."\n'
    )
    assert _quotes(text) == {
        "Nothing changes until the prisoners are out.": "Kaja Kallas",
        "Pressure has never worked on us.": "Natalya Eismont",
    }


def test_a_label_line_before_the_recording() -> None:
    text = (
        "Radio script\n\nREADER: Maria Kalesnikava spoke to us from Kyiv.\n\n"
        "[GRAB: KALESNIKAVA, KYIV, 12 SECONDS]\n\n"
        '"I want to go back to a free country."\n\nREADER: The weather now.\n'
    )
    assert _quotes(text) == {"I want to go back to a free country.": "Maria Kalesnikava"}


def test_a_word_in_capitals_is_no_cut_label_without_a_name() -> None:
    text = 'Update\n\nCLIP: "Nobody asked us," said Ales Pushkin, a farmer near Hrodna.\n'
    assert _quotes(text) == {"Nobody asked us": "Ales Pushkin"}


def test_numbered_posts_are_the_words_of_the_threads_author() -> None:
    text = (
        "Thread of the day\n\nFranak Viacorka, an adviser to the opposition, spent the "
        "evening online. Here is the thread he posted after the vote.\n\n"
        'Post 1: "Forty more names were added to the list tonight."\n\n'
        'Post 2: "The door turns both ways."\n\nThe foreign ministry did not reply.\n'
    )
    assert _quotes(text) == {
        "Forty more names were added to the list tonight.": "Franak Viacorka",
        "The door turns both ways.": "Franak Viacorka",
    }


def test_numbered_posts_without_a_thread_named_before_are_left_alone() -> None:
    text = (
        "Notes\n\nFranak Viacorka spoke at a conference in Riga.\n\n"
        'Post 1: "The door turns both ways."\n'
    )
    assert _quotes(text).get("The door turns both ways.") != "Franak Viacorka"


def test_a_quotation_after_and_then_goes_on_in_the_same_voice() -> None:
    text = (
        'Maksim Znak spoke outside the hospital in Kyiv: "I am out, but my clients are not." '
        'And then, "Write to them, please."\n'
    )
    assert _quotes(text) == {
        "I am out, but my clients are not.": "Maksim Znak",
        "Write to them, please.": "Maksim Znak",
    }


def test_a_colleague_or_minister_of_a_named_body_is_described() -> None:
    text = (
        '"We lost count of the searches," a Belsat colleague told us. A Foreign Office '
        'minister said: "The door is open for talks, not for trades."\n'
    )
    assert _quotes(text) == {
        "We lost count of the searches": "Belsat colleague",
        "The door is open for talks, not for trades.": "Foreign Office minister",
    }


# Measures told as holding after their target


def test_measures_that_stand_while_a_sentence_refuses_something_else() -> None:
    text = (
        "Sanctions matter. Riga will not reopen the rail link while the US and EU sanctions "
        "on Naftan stand."
    )
    assert ("imposed", "Naftan") in {(a, t) for a, t, _ in _sanctions(text)}


def test_import_bans_on_goods_that_are_unchanged() -> None:
    text = "Sanctions matter. The bloc's import bans on Belarusian tyres are also unchanged."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belarusian tyres")}


def test_a_prohibition_on_importing_goods_that_remains_in_force() -> None:
    text = "Sanctions matter. Norway's prohibition on importing Belarusian timber remains in force."
    assert ("imposed", "Belarusian timber", "Norway") in _sanction_powers(text)


def test_a_measure_that_would_remain_in_force_holds_now() -> None:
    text = "Sanctions matter. Kyiv said its restrictions on Belshina would remain in force."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belshina")}


def test_a_measure_said_to_hold_after_it_was_told_is_not_told_twice() -> None:
    text = (
        "The EU sanctioned Belshina in 2022. After the court's ruling, the measures against "
        "Belshina remain in force."
    )
    assert [c.target for c in extract_claims(text) if isinstance(c, Sanction)] == ["Belshina"]


def test_two_described_targets_both_already_on_lists() -> None:
    text = (
        "Sanctions matter. The Mozyr oil refinery and the tyre maker Belshina, both already "
        "on Western lists, were not discussed."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"Belshina"}
    assert any("Mozyr" in t for _, t, _ in _sanctions(text))


def test_a_role_given_by_whose_it_is_with_no_name_is_described() -> None:
    text = (
        'Talks stalled. "We will not trade people for fertiliser," Latvia\'s foreign minister '
        "said on arrival. Belshina's chief executive told a trade fair the sanctions had been "
        '"a slow strangulation".\n'
    )
    assert _quotes(text) == {
        "We will not trade people for fertiliser": "Latvia's foreign minister",
        "a slow strangulation": "Belshina's chief executive",
    }


def test_a_role_given_by_whose_it_is_then_a_name_is_the_name() -> None:
    text = (
        '"We will not trade people for fertiliser," Latvia\'s foreign minister, Baiba Braze, '
        "said on arrival.\n"
    )
    assert _quotes(text) == {"We will not trade people for fertiliser": "Baiba Braze"}


def test_the_one_spoken_to_is_whom_a_later_she_means() -> None:
    text = (
        "HOST: Has anything changed?\n\nGUEST: Not much. Last week I talked to a teacher "
        'freed in August after two years. She told me, "Nobody inside believes the lists '
        'will shrink."\n'
    )
    assert _quotes(text) == {
        "Nobody inside believes the lists will shrink.": "teacher freed in August"
    }


def test_restrictions_that_continue_to_apply_to_named_targets() -> None:
    text = "Sanctions matter. British restrictions continue to apply to Belshina and Naftan."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belshina"),
        ("imposed", "Naftan"),
    }


def test_a_target_an_aside_tells_was_designated() -> None:
    text = "Sanctions matter. The licence covering Belshina, first designated in 2022, has lapsed."
    assert ("imposed", "Belshina", "2022") in _sanctions(text)


def test_an_aside_of_another_designation_is_no_sanction() -> None:
    text = "Sanctions matter. Viasna, designated extremist in 2023, still counts the prisoners."
    assert _sanctions(text) == set()


def test_a_power_preparing_to_add_targets_to_its_lists_threatens() -> None:
    text = (
        "Sanctions matter. Ottawa is preparing to add Belarusian shipping agents and "
        "insurers to its lists."
    )
    assert _sanction_powers(text) == {
        ("threatened", "Belarusian shipping agents and insurers", "Canada")
    }
    text = "Sanctions matter. Ottawa is preparing to add Belshina to its sanctions list."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "Belshina")}


def test_a_rights_group_preparing_to_add_names_threatens_nothing() -> None:
    text = "Sanctions matter. Viasna is preparing to add 40 names to its list."
    assert _sanctions(text) == set()


# Corrections


def test_a_count_a_correction_withdraws_and_the_one_it_gives() -> None:
    text = (
        "Belarus frees prisoners\n\nBelarus freed a group of prisoners on Friday, officials "
        "said.\n\nCORRECTION: An earlier entry said 44 people were freed. The correct number "
        "is 41.\n"
    )
    assert _figures(text) == {("prisoners_released", 41)}


def test_a_correction_with_more_numbers_than_counts_only_withdraws() -> None:
    text = (
        "Belarus pardons prisoners\n\nOn Friday Lukashenko pardoned 19 people, 7 of them "
        "women.\n\nCORRECTION: An earlier version of this article said 18 people had been "
        "pardoned. The correct figures are 19 and 7.\n"
    )
    assert ("prisoners_released", 18) not in _figures(text)
    assert ("prisoners_released", 19) in _figures(text)


def test_a_count_that_names_its_release() -> None:
    text = "Relief for the airline came after the 52-prisoner release in September."
    assert _figures(text) == {("prisoners_released", 52)}


def test_a_count_that_names_a_prisoner_deal_is_no_release() -> None:
    text = "The 52-prisoner deal was signed."
    assert _figures(text) == set()


def test_a_bodys_role_then_a_name_before_a_colon_is_the_person() -> None:
    text = 'Update\n\n11:02 Foreign Office minister Stephen Doughty, in a statement: "We stand ready."\n'
    assert _quotes(text) == {"We stand ready.": "Stephen Doughty"}


def test_a_body_then_a_name_in_another_clause_before_a_colon_is_the_body() -> None:
    text = (
        "Update\n\nThe State Department, which Marco Rubio leads, said in a statement: "
        '"We stand ready."\n'
    )
    assert _quotes(text) == {"We stand ready.": "State Department"}


def test_export_bans_added_on_goods_with_no_article() -> None:
    text = "Sanctions matter. Ottawa added export bans on aviation fuel."
    assert _sanction_powers(text) == {("imposed", "aviation fuel", "Canada")}


def test_export_bans_called_for_are_no_measure() -> None:
    text = "Sanctions matter. Activists called for export bans on aviation fuel."
    assert _sanctions(text) == set()


def test_a_second_trade_after_where_the_first_goes() -> None:
    text = (
        "Sanctions matter. Oslo is banning exports of machine tools to Belarus and imports of "
        "Belarusian tyres."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"machine tools", "Belarusian tyres"}


def test_measures_that_would_stay_until_a_condition() -> None:
    text = (
        "Sanctions matter. Brussels said the bloc's sanctions on Belarusian tyres and cement "
        "would stay until every prisoner is free."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belarusian tyres"),
        ("imposed", "cement"),
    }


def test_what_is_said_after_a_relief_is_no_measure_that_holds() -> None:
    text = (
        "Sanctions matter. Washington lifted sanctions on the country's tyre industry, but more "
        "than 1,000 people remain in prison. U.S. sanctions on Belarus remain extensive."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "country's tyre industry")}


def test_a_long_aside_between_a_name_and_the_list_it_was_added_to() -> None:
    text = (
        "Sanctions matter. The Treasury added Belshina, the state tyre maker that supplies most "
        "of the region's mining trucks, to its Specially Designated Nationals list."
    )
    assert _sanction_powers(text) == {("imposed", "Belshina", "United States")}


def test_a_target_on_a_powers_list_by_its_possessive() -> None:
    text = "Sanctions matter. Belshina is still on Canada's list."
    assert _sanction_powers(text) == {("imposed", "Belshina", "Canada")}


def test_a_name_on_a_rights_groups_list_is_no_sanction() -> None:
    text = "Sanctions matter. Pavel Seviarynets remains on Viasna's list."
    assert _sanctions(text) == set()


def test_a_target_a_relief_does_not_remove_from_a_list_stays_on_it() -> None:
    text = "Sanctions matter. The licence does not remove Belshina from the SDN List."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belshina")}


def test_a_ban_on_buying_goods() -> None:
    text = "Sanctions matter. Bern adopted a ban on buying Belarusian tyres and cement."
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian tyres", "cement"}


def test_back_in_a_year_is_no_target() -> None:
    text = "Sanctions matter. The tyres that the Treasury blacklisted back in 2022 still sell."
    assert all(t != "back" for _, t, _ in _sanctions(text))


def test_a_described_speaker_with_a_who_clause_and_no_commas() -> None:
    text = (
        "Talks went on. A Lithuanian diplomat who asked not to be named told reporters the "
        'deal was "a bad precedent".\n'
    )
    assert _quotes(text) == {"a bad precedent": "Lithuanian diplomat"}


def test_a_seat_of_government_speaks_through_a_participle() -> None:
    text = 'Relief\n\nThe Kremlin welcomed the talks, calling them "a useful channel."\n'
    assert _quotes(text) == {"a useful channel.": "Kremlin"}


def test_a_city_opening_a_sentence_does_not_speak_through_a_participle() -> None:
    text = 'Relief\n\nVilnius welcomed the freed, calling them "our guests."\n'
    assert _quotes(text).get("our guests.") != "Vilnius"


def test_a_second_verb_of_a_person_named_after_a_bodys_role() -> None:
    text = (
        "Belavia's sales director, Ihar Rudak, told state television the airline would \"keep "
        'flying" and described the measures as "a blow to workers."\n'
    )
    assert _quotes(text) == {"keep flying": "Ihar Rudak", "a blow to workers.": "Ihar Rudak"}


def test_a_second_measure_with_its_own_targets_ends_a_list() -> None:
    text = (
        "Sanctions matter. Nothing had changed: the EU's sectoral sanctions on tyres, glass and "
        "cement, and the broad bans on industrial goods added in 2022, remain tied to the "
        "release of all political prisoners."
    )
    assert "broad bans" not in {t for _, t, _ in _sanctions(text)}


def test_a_relief_told_as_unlikely_leaves_the_measure_in_force() -> None:
    text = (
        "Sanctions matter. Traders see little chance that the British sanctions on Belshina "
        "will be relaxed this year."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belshina")}


def test_a_doubt_in_a_clause_before_a_relief_leaves_the_relief() -> None:
    text = (
        "Sanctions matter. There is little chance that Minsk will be pleased, but London lifted "
        "its sanctions on Belshina."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "Belshina")}


def test_a_named_plant_with_its_description_under_sanctions() -> None:
    text = (
        "Sanctions matter. Minsk hopes for relief for the Belshina tyre plant, which remains "
        "under British sanctions."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belshina")}


def test_measures_aimed_at_their_targets() -> None:
    text = "Sanctions matter. Oslo imposed sanctions aimed at Belarusian tyres and cement."
    assert _sanction_powers(text) == {
        ("imposed", "Belarusian tyres", "Norway"),
        ("imposed", "cement", "Norway"),
    }
    text = "Sanctions matter. Diplomats said Oslo was drafting sanctions aimed at Belshina."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "Belshina")}


def test_a_verb_in_the_present_after_a_list_is_no_item() -> None:
    text = (
        "Sanctions matter. The renewal keeps the listings of the tyre maker Belshina and the "
        "refinery Naftan, and leaves the import bans on cement in place."
    )
    assert all("leaves" not in t for _, t, _ in _sanctions(text))


def test_the_named_parts_of_designated_entities_under_a_held_measure() -> None:
    text = (
        "Sanctions matter. Norway's prohibition on importing Belarusian tyres and its asset "
        "freezes on designated entities, including Belshina and Naftan, remain in force."
    )
    assert {t for _, t, _ in _sanctions(text)} >= {"Belarusian tyres", "Belshina", "Naftan"}


def test_measures_a_power_aligned_itself_with_are_its_own() -> None:
    text = (
        "Sanctions matter. Switzerland, though outside the EU, has aligned itself with most of the "
        "bloc's measures on Belarus since 2022, including the embargo on Belarusian tyres."
    )
    powers = _sanction_powers(text)
    assert ("imposed", "Belarusian tyres", "Switzerland") in powers
    assert all(p == "Switzerland" for _, _, p in powers)


def test_a_measure_named_as_an_item_of_a_list_gives_its_target() -> None:
    text = (
        "Sanctions matter. Switzerland has aligned itself with the bloc's measures on Belarus since "
        "2022, including the ban on Belarusian tyres and the closure of its airspace to Belavia."
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert "Belarusian tyres" in targets
    assert all(not t.startswith(("ban ", "closure ")) and "airspace" not in t for t in targets)


def test_freezes_and_bans_on_one_target_in_a_list() -> None:
    text = (
        "Sanctions matter. Switzerland follows the bloc's restrictive measures against Belarus, "
        "including the asset freezes and entry bans on judges who convicted protesters."
    )
    assert ("imposed", "judges", "Switzerland") in _sanction_powers(text)


def test_trade_banned_in_the_passive_at_a_sentence_start() -> None:
    text = (
        "Sanctions matter. Switzerland has its own sanctions on Belarus. Purchases of Belarusian "
        "tyres and cement are prohibited."
    )
    assert {(t, p) for _, t, p in _sanction_powers(text)} >= {
        ("Belarusian tyres", "Switzerland"),
        ("cement", "Switzerland"),
    }


def test_a_power_whose_measures_another_adopted_does_not_impose_the_next() -> None:
    text = (
        "Sanctions matter. In March Switzerland adopted the Union's new bans on cement. Exports of "
        "aircraft parts to Belarus have been prohibited since last year."
    )
    assert ("imposed", "aircraft parts", "Switzerland") in _sanction_powers(text)


def test_a_possible_hit_in_a_sentence_that_readies_measures_is_a_threat() -> None:
    text = (
        "Sanctions matter. Britain is drafting a new round of sanctions, and diplomats say it "
        "could hit Belshina, the tyre maker."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("threatened", "Belshina")}
    text = "Sanctions matter. Analysts say a slump in demand could hit Belshina this year."
    assert not _sanctions(text)


def test_a_measure_under_study_is_a_threat() -> None:
    text = (
        "Sanctions matter. Officials in Ottawa said a ban on imports of Belarusian tyres was "
        "under study, though they gave no date."
    )
    found = _sanctions(text)
    assert found and all(a == "threatened" for a, _, _ in found)
    assert all("though" not in t and "study" not in t for _, t, _ in found)


def test_a_step_announced_in_reported_speech_is_taken() -> None:
    text = "Sanctions matter. Ottawa said it would ban imports of Belarusian tyres."
    assert ("imposed", "Belarusian tyres", "Canada") in _sanction_powers(text)


def test_a_count_by_a_group_told_with_its_own_verb() -> None:
    text = (
        "Prisons matter. By the monitors' count 312 people were newly recognised as political "
        "prisoners last year."
    )
    assert _figures(text) == {("prisoners_designated", 312)}


def test_counts_of_a_group_each_with_its_day() -> None:
    text = (
        "Prisons matter. The number of political prisoners shrank. The monitors counted 1,512 "
        "at the start of March 2023 and 1,377 on 30 November."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1512),
        ("political_prisoners_held", 1377),
    }


def test_pardons_counted_as_events() -> None:
    text = "Prisons matter. The rights centre recorded 143 pardons of political prisoners in 2024."
    assert _figures(text) == {("prisoners_released", 143)}


def test_prisoners_an_envoy_brought_out_or_returned_with() -> None:
    text = "Prisons matter. A senator's trip to Minsk brought home 9 prisoners in May."
    assert _figures(text) == {("prisoners_released", 9)}
    text = (
        "Prisons matter. Political prisoners wait for news. The envoy flew home with 37 "
        "prisoners in October."
    )
    assert _figures(text) == {("prisoners_released", 37)}


def test_one_of_a_group_described_speaks() -> None:
    text = (
        'Prisons matter. Crowds gathered in 2020. "We are not machines," one of the protesters '
        "shouted outside the gates."
    )
    assert _quotes(text) == {"We are not machines": "one of the protesters"}
    text = 'Prisons matter. "They took our phones first," said one of the women.'
    assert _quotes(text) == {"They took our phones first": "one of the women"}


def test_a_role_is_not_a_person_the_text_gave_another_role() -> None:
    text = (
        "Prisons matter. Oslo gave NOK 5 million to a fund launched by the opposition leader "
        'Sviatlana Tsikhanouskaya. "Help follows need, not headlines," the ambassador said.'
    )
    assert _quotes(text) == {"Help follows need, not headlines": "ambassador"}
    text = (
        'Prisons matter. Sviatlana Tsikhanouskaya welcomed the fund. "Help follows need," the '
        "opposition leader said."
    )
    assert _quotes(text) == {"Help follows need": "Sviatlana Tsikhanouskaya"}


def test_two_steps_told_of_one_measure() -> None:
    text = (
        "Sanctions matter. Washington first relaxed and then, in March 2026, fully lifted its "
        "sanctions on the tyre maker Belshina."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Belshina"),
        ("lifted", "Belshina"),
    }
    text = (
        "Sanctions matter. Britain first suspended and later lifted its ban on Belshina and, in "
        "May, on Naftan."
    )
    assert ("eased", "Naftan") not in {(a, t) for a, t, _ in _sanctions(text)}


def test_each_step_of_a_measure_told_in_a_relative_clause() -> None:
    text = (
        "Sanctions matter. Minsk won relief for Belshina, whose restrictions were eased in "
        "April and lifted in June."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} >= {
        ("eased", "Belshina"),
        ("lifted", "Belshina"),
    }


def test_a_count_of_those_held_after_a_dash() -> None:
    text = (
        "Prisons matter. Diplomats cite the number of people still behind bars — about 1,340, "
        "by the monitors' count — and the arrests that go on."
    )
    assert _figures(text) == {("political_prisoners_held", 1340)}


def test_a_series_of_releases_named_by_their_noun() -> None:
    text = (
        "Prisons matter. The relief was paid for with releases of political prisoners — 17 in "
        "April and 64 in August."
    )
    assert _figures(text) == {("prisoners_released", 17), ("prisoners_released", 64)}


def test_a_count_with_a_list_of_names_before_its_verb() -> None:
    text = (
        "Prisons matter.\n\n4 May — 57 prisoners, among them Ihar Losik, Pavel Sevyarynets, "
        "Mikalai Statkevich and Eduard Babaryka, are released."
    )
    assert _figures(text) == {("prisoners_released", 57)}


def test_those_released_after_talks_in_a_group() -> None:
    text = (
        "Prisons matter. He walked out in June in a group of 38 released after talks with a US "
        "delegation."
    )
    assert _figures(text) == {("prisoners_released", 38)}


def test_a_day_beside_a_day_is_no_count() -> None:
    text = "Prisons matter. About 600 people were detained on March 25 and 26, the monitors said."
    assert _figures(text) == {("prisoners_detained", 600)}
    text = "Prisons matter. Minsk freed 9 prisoners on May 3 and 12 more in June."
    assert _figures(text) == {("prisoners_released", 9), ("prisoners_released", 12)}


def test_trade_barred_or_stopped_by_a_verb_in_its_plain_form() -> None:
    text = (
        "Sanctions matter. Switzerland will bar trade in Belarusian tyres, the Federal Council "
        "said."
    )
    assert ("imposed", "Belarusian tyres", "Switzerland") in _sanction_powers(text)
    text = (
        "Sanctions matter. Britain is to ban imports of Belarusian tyres and stop exports of "
        "drilling rigs to Belarus."
    )
    assert ("imposed", "drilling rigs", "United Kingdom") in _sanction_powers(text)


def test_goods_given_by_example_end_before_such_as() -> None:
    text = (
        "Sanctions matter. Tokyo will bar the export of dual-use goods such as drones that "
        "could reach the army."
    )
    assert ("imposed", "dual-use goods", "Japan") in _sanction_powers(text)


def test_listings_being_discussed_or_prepared_are_threats() -> None:
    text = (
        "Sanctions matter. Ottawa is now discussing new listings of Belarusian prosecutors "
        "involved in the trials."
    )
    assert _sanction_powers(text) == {("threatened", "Belarusian prosecutors", "Canada")}
    text = (
        "Sanctions matter. Oslo officials said they were preparing a further list aimed at "
        "Belarusian prison governors."
    )
    assert _sanction_powers(text) == {("threatened", "Belarusian prison governors", "Norway")}
    text = "Sanctions matter. The minister discussed sanctions on Belarus with his guest."
    assert not _sanctions(text)


def test_a_group_named_by_its_nationality_is_listed_whole() -> None:
    text = "Sanctions matter. In 2023 Ottawa listed Belarusian drone makers."
    assert _sanction_powers(text) == {("imposed", "Belarusian drone makers", "Canada")}


def test_a_pronoun_that_stays_the_subject_across_sentences() -> None:
    text = (
        "Prisons matter. Ihar Losik ran a Telegram channel. In 2020 he was arrested, along with "
        "his friend Pavel Sevyarynets. He was freed in June with the help of envoy Keith "
        "Kellogg. Most of the group went to Lithuania.\n\n"
        'In his first interview, he said: "I will keep writing."'
    )
    assert _quotes(text) == {"I will keep writing.": "Ihar Losik"}


def test_a_name_in_the_pronouns_own_sentence_comes_first() -> None:
    text = (
        'Prisons matter. Donald Tusk spoke first. "We will act," he said. Minister Marcin '
        "Kierwinski put it bluntly: the choice is ours, he told reporters, "
        '"not Minsk\'s."'
    )
    assert _quotes(text)["not Minsk's."] == "Marcin Kierwinski"


def test_a_described_speaker_with_a_short_trade() -> None:
    text = (
        'Prisons matter. The Belshina tyre plant went on strike. "We were told to sign or '
        'leave," a former Belshina welder recalled.'
    )
    assert _quotes(text) == {"We were told to sign or leave": "former Belshina welder"}
    text = 'Prisons matter. "Prayer is not a crime," one village pastor said.'
    assert _quotes(text) == {"Prayer is not a crime": "village pastor"}


def test_a_named_subject_in_apposition_then_speaks() -> None:
    text = (
        'Prisons matter. Our chair, Dagnija Ozola, has been just as blunt. "Deals for a few '
        'releases reward the jailers."'
    )
    assert _quotes(text) == {"Deals for a few releases reward the jailers.": "Dagnija Ozola"}


def test_the_pronoun_of_a_profile_is_the_person_its_title_names() -> None:
    text = (
        "Palina Sharenda-Panasiuk: a chronology\n\n"
        "2021 — Sharenda-Panasiuk is jailed; Olga Karach campaigns for her.\n\n"
        "2025 — She is freed with Ihar Losik and others. The US drops its potash sanctions "
        "that day.\n\n"
        'In her first message she said the women still inside must not be traded "like '
        'sacks of potash".'
    )
    assert _quotes(text) == {"like sacks of potash": "Palina Sharenda-Panasiuk"}


def test_banks_cut_off_from_a_powers_financial_system() -> None:
    text = (
        "Sanctions matter. The Treasury acted on Thursday. Priorbank and Belagroprombank are "
        "now cut off from the U.S. financial system."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Priorbank"),
        ("imposed", "Belagroprombank"),
    }
    text = "Sanctions matter. Belarus has a weak financial system."
    assert not _sanctions(text)


def test_a_glossary_entry_names_its_target_before_the_dash() -> None:
    text = (
        "Sanctions glossary\n\n"
        "Belshina — The state tyre maker in Babruisk, designated by the US Treasury in "
        "June 2023.\n\n"
        "Naftan — The Novopolotsk refinery, subject to EU sectoral sanctions since 2022.\n\n"
        "Viasna — The human rights centre founded in 1996."
    )
    assert _sanction_powers(text) == {
        ("imposed", "Belshina", "United States"),
        ("imposed", "Naftan", "European Union"),
    }


def test_restrictions_widened_to_new_goods() -> None:
    text = (
        "Sanctions matter. In May the Council extended the trade restrictions to tyres, glass "
        "and cement."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "tyres"),
        ("imposed", "glass"),
        ("imposed", "cement"),
    }


def test_two_nationalities_share_the_noun_after_them() -> None:
    text = (
        "Sanctions matter. Belarusian and Russian bus operators have been barred from the "
        "European Union since May 2023."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belarusian bus operators"),
        ("imposed", "Russian bus operators"),
    }


def test_counts_in_a_glossary_and_a_register_that_reaches_a_number() -> None:
    text = (
        "Terms\n\nPolitical prisoner — A person recognised as such by rights groups; the "
        "monitors counted 1,512 in March 2024."
    )
    assert _figures(text) == {("political_prisoners_held", 1512)}
    text = (
        "Prisons matter. The register of political prisoners grew by some 600 names, reaching "
        "1,020 on 1 July."
    )
    assert ("political_prisoners_held", 1020) in _figures(text)
    text = (
        "Prisons matter. The number of political prisoners kept rising. The monitors counted "
        "212 in the last days of August."
    )
    assert _figures(text) == {("political_prisoners_held", 212)}


def test_employees_counted_as_people() -> None:
    text = "Prisons matter. At least nine employees who joined the strike were later detained."
    assert _figures(text) == {("prisoners_detained", 9)}


def test_a_trade_told_unlawful_and_dealings_restricted() -> None:
    text = (
        "Sanctions matter. Since May 2022 it has been illegal to import Belarusian tyres into "
        "Norway."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belarusian tyres")}
    text = (
        "Sanctions matter. Canada acted in 2021. Dealings in new Belarusian bonds are also "
        "restricted."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "new Belarusian bonds")}


def test_an_asset_freeze_after_export_controls() -> None:
    text = (
        "Sanctions matter. Tokyo announced export controls and an asset freeze on the Belshina "
        "chairman Ihar Rudak."
    )
    assert ("imposed", "Ihar Rudak", "Japan") in _sanction_powers(text)


def test_a_clause_with_its_own_subject_ends_a_list() -> None:
    text = (
        "Sanctions matter. Within weeks Norway closed its airspace to Belarusian carriers, and "
        "on 2 July it adopted its first trade measures."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian carriers"}


def test_a_measure_widened_or_placed_told_in_the_passive() -> None:
    text = (
        "Sanctions matter. In May 2023 Canada's asset freeze was extended to further Belarusian "
        "banks."
    )
    assert _sanction_powers(text) == {("imposed", "Belarusian banks", "Canada")}
    text = (
        "Sanctions matter. Japan acted in March. Export controls were placed on Belarus at the "
        "same time."
    )
    assert _sanction_powers(text) == {("imposed", "Belarus", "Japan")}
    text = "Sanctions matter. The deadline was extended to March 2026."
    assert not _sanctions(text)


def test_one_case_of_those_a_group_counts() -> None:
    text = "Political prisoners wait. His case is one of some 1,310 that Viasna counts."
    assert _figures(text) == {("political_prisoners_held", 1310)}
    text = "Parliament met. The bill is one of some 40 that Parliament lists."
    assert _figures(text) == set()


def test_a_title_names_its_person_without_the_possessive() -> None:
    text = (
        "Ihar Losik’s first interview after five years\n\n"
        "Three days after his release, Ihar Losik still flinches at noises. He spent years in "
        "isolation.\n\n"
        "“I did not know whether my daughter was well,” he said."
    )
    assert _quotes(text) == {"I did not know whether my daughter was well": "Ihar Losik"}


def test_a_described_speaker_from_a_described_place() -> None:
    text = (
        "Sanctions matter. A diplomat from a northern member state said an exemption for "
        'tyres "merits a close look" if more prisoners go free.'
    )
    assert _quotes(text) == {"merits a close look": "diplomat from a northern member state"}


def test_words_quoted_after_thanked() -> None:
    text = (
        'Prisons matter. "He is home," Olga Karach wrote. She thanked the envoy and "every '
        'friend who kept writing letters."'
    )
    assert _quotes(text)["every friend who kept writing letters."] == "Olga Karach"


def test_asides_that_tell_a_measure_in_force_since_a_date() -> None:
    text = (
        "Sanctions matter. Minsk hopes for relief, starting with Belshina, under British "
        "restrictions since 2022, and the refinery Naftan, sanctioned since 2021."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belshina"),
        ("imposed", "Naftan"),
    }


def test_a_group_with_an_aside_barred_in_the_passive() -> None:
    text = (
        "Sanctions matter. Belarusian air taxis, the state ones among them, were banned from "
        "Norwegian airspace in 2021."
    )
    assert ("imposed", "Belarusian air taxis", "Norway") in _sanction_powers(text)


def test_a_count_with_an_aside_on_some_of_them_before_its_verb() -> None:
    text = "Prisons matter. The second group, 27 people, most of them elderly, was released in May."
    assert _figures(text) == {("prisoners_released", 27)}


def test_a_target_that_remains_on_a_list_named_by_a_power_adjective() -> None:
    text = (
        "Sanctions matter. London eased nothing this year, and Belshina remains on the British "
        "list. Viasna's list grew, and Ales Pushkin remains on the list of political prisoners."
    )
    assert ("imposed", "Belshina", "United Kingdom") in _sanction_powers(text)
    assert not any(t == "Ales Pushkin" for _, t, _ in _sanction_powers(text))


def test_targets_that_have_sat_on_a_list_for_years() -> None:
    text = (
        "Sanctions matter. The tyre maker Belshina has sat on the Swiss sanctions list for years."
    )
    assert ("imposed", "Belshina", "Switzerland") in _sanction_powers(text)


def test_a_count_of_listed_people_well_over_a_number_is_no_target_word() -> None:
    text = (
        "Sanctions matter. Japan still lists Naftan and has sanctioned well over sixty Belarusian "
        "officials and judges."
    )
    targets = {t for _, t, _ in _sanction_powers(text)}
    assert "well" not in targets
    assert "Belarusian officials and judges" in targets


def test_first_eased_then_lifted_with_commas_tells_both_steps() -> None:
    text = (
        "Sanctions matter. London first eased, then lifted, its restrictions on Belshina in the "
        "spring."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Belshina"),
        ("lifted", "Belshina"),
    }


def test_the_monitored_country_is_not_the_power_of_a_measure_on_its_own_company() -> None:
    text = (
        "Belarus wants relief from sanctions that have piled up since 2021: the British measures "
        "on Naftan, the restrictions on Belshina imposed in 2022."
    )
    powers = {p for _, t, p in _sanction_powers(text) if t == "Belshina"}
    assert powers and "Belarus" not in powers


def test_a_measure_whose_aside_tells_when_and_on_whom_it_was_imposed() -> None:
    text = (
        "Ottawa lifted its sanctions on timber last week. The timber measures, imposed in March "
        "2022 on Belshina, had cost Minsk dearly."
    )
    assert ("imposed", "Belshina", "2022-03") in _sanctions(text)


def test_a_listing_aside_by_an_agent_names_the_power() -> None:
    text = "Sanctions matter. Naftan, designated by the Treasury since 2022, wants its money back."
    assert ("imposed", "Naftan", "United States") in _sanction_powers(text)


def test_an_aside_that_tells_a_target_is_on_a_power_list_since_a_date() -> None:
    text = (
        "Viasna counts 1,050 political prisoners. The former warden of Zhodzina, on the Canadian "
        "sanctions list since 2021, was promoted. Viasna's founder, on its own list of political "
        "prisoners since 2021, stays in jail."
    )
    found = _sanction_powers(text)
    assert ("imposed", "former warden of Zhodzina", "Canada") in found
    assert not any("founder" in t for _, t, _ in found)


def test_a_target_taken_off_a_power_list() -> None:
    text = (
        "The United Kingdom lifted its remaining sanctions on Belshina in May and took Naftan off "
        "its list in June."
    )
    assert ("lifted", "Naftan", "United Kingdom") in _sanction_powers(text)


def test_a_proposal_to_add_targets_to_a_power_list_is_a_threat() -> None:
    text = (
        "Sanctions matter. Diplomats say a proposal to add further cement makers to the EU list "
        "is on the table. A proposal to extend the EU's ban on Russian steel to Belarusian "
        "traders has stalled."
    )
    found = _sanction_powers(text)
    assert ("threatened", "further cement makers", "European Union") in found or (
        "threatened",
        "cement makers",
        "European Union",
    ) in found
    assert not any(a == "threatened" and "steel" in t for a, t, _ in found)


def test_a_pronoun_after_a_sentence_opened_by_an_unnamed_role_is_that_role() -> None:
    text = (
        'Prisons matter. Anna Krasulina, an adviser, called the pardon "a start." A former Polish '
        'consul was less kind. Minsk, he told me, had "sold nothing it needed."'
    )
    assert _quotes(text)["sold nothing it needed."] == "former Polish consul"


def test_a_pronoun_after_one_of_a_group_that_opens_the_sentence_before() -> None:
    text = (
        "Prisons matter. President Gitanas Nauseda welcomed them. One of the released women, a "
        'nurse from Lida, said she had not seen her son for years. "I counted the days," she said.'
    )
    assert _quotes(text)["I counted the days"] == "One of the released women"


def test_words_quoted_then_told_by_thats_what_in_the_next_sentence() -> None:
    text = (
        'HOST: "The cells are never empty for long." That\'s what a Lithuanian border guard told '
        'me in May. GUEST: "True." That is what Pavel Sapelka wrote too.'
    )
    quotes = _quotes(text)
    assert quotes["The cells are never empty for long."] == "Lithuanian border guard"
    assert quotes["True."] == "Pavel Sapelka"


def test_a_description_by_the_paper_one_writes_in() -> None:
    text = (
        'Prisons matter. A columnist in the Riga Evening News wrote that the release "bought a '
        'dictator a photograph."'
    )
    assert _quotes(text)["bought a dictator a photograph."] == "columnist in the Riga Evening News"


def test_a_description_quoted_in_a_relative_clause_and_described_as() -> None:
    text = (
        'Prisons matter. Your report quoted a Lithuanian diplomat who called the pardons "a door '
        'left ajar." A senior EU official, speaking privately, described the decree as "late but '
        'welcome." The White House spoke in a statement. The official described the release as '
        '"a good day."'
    )
    quotes = _quotes(text)
    assert quotes["a door left ajar."] == "Lithuanian diplomat"
    assert quotes["late but welcome."] == "senior EU official"
    assert quotes.get("a good day.") != "statement. The official"


def test_a_count_of_those_freed_with_an_aside_on_several_of_them() -> None:
    text = "Prisons matter. In May, 21 political prisoners, several of them elderly, were freed."
    assert _figures(text) == {("prisoners_released", 21)}


def test_a_release_confirmed_after_a_promise_is_a_release() -> None:
    text = (
        "Lukashenko said ill prisoners would be freed, and by Friday Viasna had confirmed the "
        "release of 24 people."
    )
    assert _figures(text) == {("prisoners_released", 24)}


def test_prisoners_given_in_exchange_for_a_concession_are_released() -> None:
    text = "Prisons matter. London lifted its ban on timber in exchange for 37 prisoners."
    assert ("prisoners_released", 37) in _figures(text)


def test_people_who_came_out_in_a_month_are_released() -> None:
    text = (
        "Prisons matter. Forty-one people came out in March. Thousands came out on the streets "
        "in 2020."
    )
    assert _figures(text) == {("prisoners_released", 41)}


def test_a_list_that_now_recognises_people_after_a_period_in_another_clause() -> None:
    text = (
        "Monitors say 9,000 people have been detained since the vote, and Viasna now recognises "
        "more than 90 political prisoners."
    )
    assert ("political_prisoners_held", 90) in _figures(text)


def test_new_names_told_as_more_in_a_period_and_as_a_part_recognised_then() -> None:
    text = (
        "At the end of May Viasna counted 1,320 political prisoners, 170 of them women, and had "
        "recognised 41 more during that month alone. In June it counted 1,302 political "
        "prisoners, including 27 recognised during that month."
    )
    found = _figures(text)
    assert ("prisoners_designated", 41) in found
    assert ("prisoners_designated", 27) in found
    assert ("political_prisoners_held", 1302) in found


def test_one_freed_together_with_others_counts_them_all() -> None:
    text = (
        "Prisons matter. Ihar Losik was released on Tuesday together with 9 other prisoners. "
        "Days later Maryna Zolatava was freed along with at least four others."
    )
    found = {
        (c.measure, c.value, c.qualifier) for c in extract_claims(text) if isinstance(c, Figure)
    }
    assert ("prisoners_released", 10, "exact") in found
    assert ("prisoners_released", 5, "at_least") in found


def test_a_hyphenated_word_does_not_end_a_target() -> None:
    text = (
        "Sanctions matter. Tokyo's measures target several Belarusian officials and state-linked "
        "banks."
    )
    targets = {t for _, t, _ in _sanction_powers(text)}
    assert not any(t.endswith("-") for t in targets)
    assert any("state-linked banks" in t for t in targets)


def test_a_freeze_of_assets_ends_before_a_second_clause() -> None:
    text = (
        "Sanctions matter. In 2023 Norway froze the assets of several Belarusian judges while "
        "barring exports of drones."
    )
    targets = {t for _, t, _ in _sanction_powers(text)}
    assert "Belarusian judges" in targets or "several Belarusian judges" in targets


def test_one_more_added_to_a_list_along_with_the_first() -> None:
    text = (
        "To mark the date, Ottawa added Belshina, the tyre maker, to its sanctions list, along "
        "with two Belarusian judges."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Belshina", "Canada") in found
    assert any(a == "imposed" and "judges" in t for a, t, _ in found)


def test_it_before_a_listing_is_the_power_that_opened_the_sentence_before() -> None:
    text = (
        "London spent the spring sanctioning Belarus bit by bit. In April it listed some twenty "
        "judges."
    )
    assert any(
        a == "imposed" and "judges" in t and p == "United Kingdom"
        for a, t, p in _sanction_powers(text)
    )


def test_a_measure_promised_or_vowed_is_a_threat_and_a_relief_promised_is_none() -> None:
    text = (
        "Sanctions matter. Ottawa has promised to go further, closing its ports to Belarusian "
        "ships. Bern vowed to ban imports of Belarusian cement. Washington pledged to ease its "
        "sanctions on Naftan."
    )
    found = {(a, t) for a, t, _ in _sanction_powers(text)}
    assert ("threatened", "Belarusian cement") in found
    assert not any(a == "imposed" for a, _ in found)
    assert not any(t == "Naftan" for _, t in found)


def test_targets_an_aside_tells_are_freed_from_a_power_measures() -> None:
    text = (
        "Sanctions matter. London has given no sign that it will go beyond Belshina and timber, "
        "both freed from British sanctions last year."
    )
    assert {(a, t) for a, t, _ in _sanction_powers(text)} == {
        ("lifted", "Belshina"),
        ("lifted", "timber"),
    }


def test_a_body_that_dismissed_something_as_words_quoted() -> None:
    text = (
        "Sanctions matter. The Belarusian embassy in Riga, which rejects the listing, dismissed "
        'the decision as "a gift to smugglers".'
    )
    # (the body by its fullest name, with where it sits, as "the U.S. Embassy in Vilnius" is)
    assert _quotes(text) == {"a gift to smugglers": "Belarusian embassy in Riga"}


def test_one_of_them_said_is_one_of_the_group_counted_or_owned_before() -> None:
    text = (
        "A widening of the ban is under discussion, according to three Nordic officials. "
        '"We will not wait for Washington," one of them said. Viasna counts 1,100 political '
        'prisoners, and its monitors say arrests go on. "Nothing has changed," one of them said.'
    )
    quotes = _quotes(text)
    assert quotes["We will not wait for Washington"] == "Nordic official"
    assert quotes["Nothing has changed"] == "monitor"


def test_a_described_subject_whose_participle_reports_the_words() -> None:
    text = (
        "Prisons matter. A state-appointed lawyer pleaded for mercy, telling the court that the "
        'defendant had "shown remorse."'
    )
    assert _quotes(text) == {"shown remorse.": "state-appointed lawyer"}


def test_a_pronoun_after_a_surname_given_with_an_honorific_alone() -> None:
    text = (
        "Andrei Sannikau lost his appeal. Ms Okonjo was not persuaded. "
        '"The listing rests on evidence," she wrote. Mr Justice Pell agreed. "It does," he wrote.'
    )
    quotes = _quotes(text)
    assert quotes["The listing rests on evidence"] == "Okonjo"
    assert quotes["It does"] == "Pell"


def test_goods_after_an_adjective_in_ed_are_a_target_of_their_own() -> None:
    text = "Sanctions matter. Canada also bans imports of Belarusian timber and of refined sugar products."
    targets = {t for _, t, _ in _sanction_powers(text)}
    assert {"Belarusian timber", "refined sugar products"} <= targets


def test_measures_whose_relative_clause_tells_whom_they_still_target() -> None:
    text = (
        "The pardon came without any change to British sanctions, which continue to target "
        "Belshina, Naftan and dozens of judges."
    )
    found = _sanction_powers(text)
    assert ("imposed", "Belshina", "United Kingdom") in found
    assert ("imposed", "Naftan", "United Kingdom") in found


def test_a_freeze_of_any_assets_of_a_person() -> None:
    text = (
        "Sanctions matter. Tokyo's measures freeze any assets of Viktar Sheiman and four other "
        "officials in Japan."
    )
    assert ("imposed", "Viktar Sheiman", "Japan") in _sanction_powers(text)


def test_measures_a_power_aligned_with_named_after_including_its_or_as_a_range() -> None:
    text = (
        "Sanctions matter. Iceland has aligned with the bloc's sanctions against Belarus, "
        "including its restrictions on cement imports. Liechtenstein has aligned with most of the "
        "bloc's Belarus sanctions, from travel bans on judges to trade restrictions on steel."
    )
    found = {(a, t) for a, t, _ in _sanction_powers(text)}
    assert ("imposed", "cement imports") in found or ("imposed", "cement") in found
    assert ("imposed", "judges") in found
    assert ("imposed", "steel") in found


def test_a_package_that_diplomats_say_will_include_a_target_is_a_threat() -> None:
    text = (
        "Sanctions matter. EU ministers meet on Monday to approve a sixth package that, "
        "diplomats say, will include the tyre maker Belshina."
    )
    assert ("threatened", "Belshina", "European Union") in _sanction_powers(text)


def test_fertiliser_after_potash_named_before_is_potash() -> None:
    text = (
        "Potash sanctions took years to build. Norway, to its credit, has kept its own "
        "restrictions on Belarusian fertiliser in place."
    )
    assert ("imposed", "potash", "Norway") in _sanction_powers(text)


def test_a_described_target_under_restrictions_since_a_date() -> None:
    text = (
        "London said on Monday it would ease its sanctions on Belshina, the country's tyre "
        "maker. The manufacturer, under British restrictions since May 2022, may now buy parts."
    )
    assert ("imposed", "Belshina", "2022-05") in _sanctions(text)


def test_those_a_listing_names_after_a_colon_and_a_digest_item() -> None:
    text = (
        "Sanctions matter. Ottawa added the following entities to its sanctions list: Belshina "
        "and Naftan. Two companies were added to the EU list: Grodno Azot and MAZ.\n"
        "• BelAZ: still on the UK sanctions list.\n"
    )
    found = _sanction_powers(text)
    assert {
        ("imposed", "Belshina", "Canada"),
        ("imposed", "Naftan", "Canada"),
        ("imposed", "Grodno Azot", "European Union"),
        ("imposed", "MAZ", "European Union"),
        ("imposed", "BelAZ", "United Kingdom"),
    } <= found


def test_the_monitored_country_is_not_the_power_of_a_measure_on_its_ruler() -> None:
    text = (
        "Belarus-related designations, 3 March 2025. Ten firms in Hrodna, Belarus, were named. "
        "Sanctions matter: today's action targets the Lukashenka family's holdings."
    )
    assert not any(p == "Belarus" for _, _, p in _sanction_powers(text))


def test_a_ban_named_by_its_goods_after_whose_it_is() -> None:
    text = (
        "Sanctions matter. Ottawa eased Naftan restrictions; the EU's timber ban stays. "
        "The UK cement ban remains."
    )
    found = _sanction_powers(text)
    assert ("imposed", "timber", "European Union") in found
    assert ("imposed", "cement", "United Kingdom") in found


def test_citizens_brought_to_a_border_are_released() -> None:
    text = "Prisons matter. On Friday 18 citizens of Belarus were brought to the Polish border."
    assert _figures(text) == {("prisoners_released", 18)}


def test_a_measure_imposed_today_against_targets() -> None:
    text = "Sanctions matter. Japan imposed sanctions today against 14 Belarusian judges."
    assert any(a == "imposed" and "judges" in t for a, t, _ in _sanction_powers(text))


def test_a_listing_reported_in_a_that_clause_on_a_list_named_by_its_power() -> None:
    text = (
        "Sanctions matter. The Minister said that 12 judges had been added to the British "
        "sanctions list on 2 May 2024."
    )
    assert any(
        a == "imposed" and "judges" in t and p == "United Kingdom"
        for a, t, p in _sanction_powers(text)
    )


def test_a_legal_act_list_by_its_annex_or_schedule() -> None:
    text = (
        "Sanctions notice. Belshina is removed from Annex I with effect from 1 March 2025. The "
        "Regulations add the refinery Naftan to Schedule 1. The Council adds 12 natural persons "
        "to the list in Annex I."
    )
    found = {(a, t) for a, t, _ in _sanction_powers(text)}
    assert ("lifted", "Belshina") in found
    assert ("imposed", "Naftan") in found
    assert not any("natural persons" in t for _, t in found)


def test_measures_which_include_a_freeze_on_targets() -> None:
    text = (
        "Sanctions matter. Norway applies the EU's restrictive measures against Belarus, which "
        "include an asset freeze on Viktar Sheiman."
    )
    found = _sanction_powers(text)
    assert any(a == "imposed" and t == "Viktar Sheiman" for a, t, _ in found)
    assert not any(p == "Belarus" for _, _, p in found)


def test_parts_of_a_target_named_after_in_particular() -> None:
    text = (
        "Sanctions matter. Kyiv extended sanctions against 40 Belarusian companies, in particular "
        "Grodno Azot and MAZ."
    )
    targets = {t for _, t, _ in _sanction_powers(text)}
    assert {"Grodno Azot", "MAZ"} <= targets


def test_a_group_own_count_told_by_that_number_or_over_a_period() -> None:
    text = (
        "In May Viasna recognised 22 new political prisoners. Its count at the end of that "
        "month stood at 1,204. Five years ago Viasna counted 300 political prisoners; today that "
        "number is roughly nine hundred, and its count of those behind bars has hovered around "
        "1,150 since spring."
    )
    found = _figures(text)
    assert {
        ("political_prisoners_held", 1204),
        ("political_prisoners_held", 900),
        ("political_prisoners_held", 1150),
    } <= found


def test_goods_barred_in_the_passive_after_a_relative_clause_of_their_own() -> None:
    text = (
        "Sanctions matter. Exports to Belarus of drones and other items that could serve its "
        "army have been banned since May."
    )
    assert any(a == "imposed" and t == "drones" for a, t, _ in _sanction_powers(text))


def test_a_digest_quotation_credited_after_a_dash_or_in_brackets() -> None:
    text = (
        "Weekly digest\n\n"
        'Prisons matter. This week\'s line: "No relief before releases." — Olga Karach, Vilnius, '
        "2 May.\n\n"
        '"The queue at the border grows every day." (Polish customs officer, to our reporter)\n'
    )
    quotes = _quotes(text)
    assert quotes["No relief before releases."] == "Olga Karach"
    assert quotes["The queue at the border grows every day."] == "Polish customs officer"


def test_the_rows_of_a_sanctions_tracker() -> None:
    text = (
        "Digest\n\n"
        "Sanctions tracker, as of 1 May:\n"
        "• Naftan — UK sanctions lifted in April.\n"
        "• Belshina — sanctioned by the US and Canada.\n"
        "• Grodno Azot: EU sanctions remain.\n"
        "• MAZ and Integral: on the EU list since 2021.\n"
    )
    found = {(a, t) for a, t, _ in _sanction_powers(text)}
    assert {
        ("lifted", "Naftan"),
        ("imposed", "Belshina"),
        ("imposed", "Grodno Azot"),
        ("imposed", "MAZ"),
        ("imposed", "Integral"),
    } <= found


def test_according_to_the_words_of_a_speaker() -> None:
    text = 'Vilnius\n\nAccording to the words of Ales Mikhalevich, "the cells fill again."\n'
    assert _quotes(text) == {"the cells fill again.": "Ales Mikhalevich"}


def test_a_thread_tells_releases_and_reliefs_without_auxiliaries() -> None:
    text = (
        "Thread\n\n"
        "2/ May: Ihar Losik + 9 others freed. No relief announced.\n"
        "3/ June: OFAC issues a general license for Belshina. That is easing, not delisting.\n"
        "4/ July: Naftan delisted entirely.\n"
        "5/ Aug: timber sanctions lifted, Grodno Azot & MAZ off the SDN list.\n"
    )
    found = {(a, t) for a, t, _ in _sanction_powers(text)}
    assert {
        ("eased", "Belshina"),
        ("lifted", "Naftan"),
        ("lifted", "timber"),
        ("lifted", "Grodno Azot"),
        ("lifted", "MAZ"),
    } <= found
    assert ("prisoners_released", 10) in _figures(text)


def test_targets_that_fell_under_measures_or_were_included_in_a_list() -> None:
    text = (
        "News\n\n"
        "Naftan fell under British sanctions in March 2022. Later the refinery came under EU "
        "restrictions as well. Belshina was included in the Canadian sanctions list in 2023.\n"
    )
    found = {(a, t, p) for a, t, p in _sanction_powers(text)}
    assert ("imposed", "Naftan", "United Kingdom") in found
    assert ("imposed", "Naftan", "European Union") in found
    assert ("imposed", "Belshina", "Canada") in found


def test_a_roundup_rows_by_power_and_goods_bans_unchanged() -> None:
    text = (
        "Weekly roundup\n\n"
        "- Norway: new sanctions on Belshina (announced Friday).\n"
        "- EU extends its Belarus measures by a year; cement, rubber and tobacco bans unchanged.\n"
    )
    found = {(a, t, p) for a, t, p in _sanction_powers(text)}
    assert ("imposed", "Belshina", "Norway") in found
    assert {("imposed", g, "European Union") for g in ("cement", "rubber", "tobacco")} <= found


# The forty-second round: records, digests and notices


def test_each_target_with_its_own_preposition() -> None:
    text = (
        "Belarus sanctions: statement to the House\n\n"
        "This morning the United Kingdom imposed asset freezes on Mikhail Orda, on his deputy "
        "Pavel Sidorenko and on the Minsk tractor works.\n"
    )
    found = {(a, t, p) for a, t, p in _sanction_powers(text)}
    assert {
        ("imposed", "Mikhail Orda", "United Kingdom"),
        ("imposed", "Pavel Sidorenko", "United Kingdom"),
        ("imposed", "Minsk tractor works", "United Kingdom"),
    } <= found
    # a date told with its own "on" is no target
    dated = "Sanctions update\n\nCanada imposed sanctions on Belshina, on Monday, and on MAZ.\n"
    assert "Monday" not in {t for _, t, _ in _sanction_powers(dated)}
    month = "Sanctions update\n\nCanada imposed sanctions on Belshina, on August 9 and on MAZ.\n"
    assert not any("August" in t for _, t, _ in _sanction_powers(month))


def test_measures_and_designations_said_to_remain_in_effect() -> None:
    text = (
        "Treasury statement\n\n"
        "Sanctions on Belaruskali were lifted on Friday. The designation of Naftan remains in "
        "effect, and US sanctions on Grodno Azot and Belshina remain in effect as well.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Naftan"), ("imposed", "Grodno Azot"), ("imposed", "Belshina")} <= found
    assert ("lifted", "Belaruskali") in found


def test_full_blocking_sanctions_and_a_part_named_by_a_rule() -> None:
    text = (
        "Hearing record\n\n"
        "In June the administration reimposed full blocking sanctions on Naftan. Sanctions "
        "against other Belarusian entities and individuals, including those under Executive "
        "Order 14038, remain in effect.\n"
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert "Naftan" in targets
    assert not any(t.startswith("those") for t in targets)


def test_a_measure_named_by_its_goods_and_when_it_was_taken() -> None:
    text = (
        "Sanctions brief\n\n"
        "The timber restrictions Ottawa imposed in 2022 are untouched. New sanctions imposed "
        "in March hit the refinery, and European Union sanctions imposed in 2020 remain.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "timber", "2022") in found
    targets = {t for _, t, _ in found}
    assert not targets & {"New", "Union", "European Union"}


def test_a_carrier_locked_out_of_a_powers_airspace_is_that_powers_measure() -> None:
    text = (
        "Sanctions digest\n\n"
        "The Treasury sanctioned Avialinii on Wednesday. The move bars Americans from dealing "
        "with the carrier, which has been locked out of EU airspace since 2021.\n"
    )
    found = _sanction_powers(text)
    assert ("imposed", "Avialinii", "United States") in found
    assert ("imposed", "Avialinii", "European Union") in found


def test_a_measures_aim_after_a_comma_and_the_goods_of_a_trade() -> None:
    text = (
        "Sanctions digest\n\n"
        "Britain imposed parallel sanctions, targeting Belshina and Naftan. Canada imposed "
        "sanctions on exports of aviation components.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Belshina"), ("imposed", "Naftan")} <= found
    assert any(a == "imposed" and "aviation components" in t for a, t in found)
    assert ("imposed", "parallel") not in found


def test_put_under_asset_freezes_signed_off_and_a_list_that_still_includes() -> None:
    text = (
        "Sanctions digest\n\n"
        "On Tuesday Britain put Mikhail Orda, his deputy Pavel Sidorenko and six senior "
        "officials under asset freezes and travel bans. EU leaders signed off on sanctions "
        "against Belarusian judges. Ukraine's sanctions list still includes Belshina and MAZ.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Mikhail Orda"), ("imposed", "Pavel Sidorenko")} <= found
    assert ("imposed", "Belarusian judges") in found
    assert {("imposed", "Belshina"), ("imposed", "MAZ")} <= found
    # "placed under arrest" is no measure
    arrest = "Sanctions digest\n\nThe court placed Maria Kalesnikava under arrest in 2020.\n"
    assert not _sanctions(arrest)


def test_they_include_after_a_listing_names_its_targets() -> None:
    text = (
        "Sanctions update\n\n"
        "Canada added 57 individuals and 8 entities to its sanctions list on Friday. They "
        "include members of the Security Council, the Belarusian Potash Company and the "
        "state-owned oil refinery Naftan.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Belarusian Potash Company"), ("imposed", "Naftan")} <= found
    # after no listing, "They include" names no target
    plain = (
        "Sanctions update\n\n"
        "Viasna recognised 12 more people as political prisoners. They include the journalist "
        "Ihar Losik and the lawyer Maxim Znak.\n"
    )
    assert not _sanctions(plain)


def test_a_digests_rows_count_first_and_what_it_counts_after_a_dash() -> None:
    text = (
        "The month in numbers\n\n"
        "Every month we send one issue of figures only.\n\n"
        "• 1,187 — political prisoners on Viasna's list at the end of March\n"
        "• 23 – people newly recognised as political prisoners in March\n"
        "• 41 — people pardoned during the month\n"
    )
    found = _figures(text)
    assert {
        ("political_prisoners_held", 1187),
        ("prisoners_designated", 23),
        ("prisoners_released", 41),
    } <= found
    # a dash in prose, after a count that opens no row, is left as it is
    prose = "Brief\n\nThe colony holds 40 — or so officials say — of the prisoners.\n"
    assert not _figures(prose)


def test_a_package_to_come_and_whom_it_would_reach() -> None:
    text = (
        "Sanctions watch\n\n"
        "EU ambassadors are discussing whether the next sanctions round should add "
        "Belneftekhim. A new round of individual listings for prosecutors is on the table, "
        "diplomats say. Warsaw wants the next package to cover Belarusian judges.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("threatened", "Belneftekhim") in found
    assert ("threatened", "prosecutors") in found
    assert ("threatened", "Belarusian judges") in found
    assert not {t for a, t in found if a == "imposed"}


def test_what_a_target_may_not_do_and_measures_hitting_goods() -> None:
    text = (
        "Sanctions desk\n\n"
        "EU governments approved a ban on Belarusian carriers flying into EU airspace and "
        "using EU airports. Ministers signed off on sectoral measures hitting cement and "
        "rubber. Diplomats expect them later this month to sign off on measures hitting "
        "nitrogen fertilisers.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "Belarusian carriers") in found
    assert not any("using" in t or "flying" in t for _, t in found)
    assert {("imposed", "cement"), ("imposed", "rubber")} <= found
    assert ("threatened", "nitrogen fertilisers") in found
    assert ("imposed", "nitrogen fertilisers") not in found


def test_designations_each_with_of_and_sanctions_and_travel_bans_in_place() -> None:
    text = (
        "Treasury statement\n\n"
        "Sanctions on Belaruskali were lifted. The designations of Mikhail Orda, of members of "
        "his staff, and of state-owned enterprises, including Belshina and MAZ, remain in "
        "effect. Australia has had sanctions and travel bans on Belneftekhim in place since "
        "March 2022.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Mikhail Orda"), ("imposed", "Belshina"), ("imposed", "MAZ")} <= found
    assert ("imposed", "Belneftekhim") in found


def test_described_speakers_after_a_question_a_digest_credit_and_a_who_clause() -> None:
    text = (
        "Morning digest\n\n"
        'Asked whether Brussels would follow, an EU official was curt: "Our lists stay."\n\n'
        '• Line of the week, from a Belavia mechanic now working in Tbilisi: "We fixed what we '
        'could."\n\n'
        'A former prisoner who now lives in Gdansk wrote to us. "Forty letters," she said.\n'
    )
    found = _quotes(text)
    assert found["Our lists stay."] == "EU official"
    assert found["We fixed what we could."] == "Belavia mechanic"
    assert found["Forty letters"] == "former prisoner"


def test_a_lithuanian_or_latin_mans_name_is_no_she() -> None:
    text = (
        "Record\n\n"
        "Three weeks ago Gintaras Vaitkus received a letter from the mother of a prisoner. She "
        'wrote: "They let me see him for an hour."\n'
    )
    assert _quotes(text).get("They let me see him for an hour.") != "Gintaras Vaitkus"
    named = (
        'Record\n\nRasa Vaitkute met Andrius Kubilius in Vilnius. "We will not forget them," '
        "she said.\n"
    )
    assert _quotes(named)["We will not forget them"] == "Rasa Vaitkute"


def test_banks_removed_or_cut_out_of_swift() -> None:
    text = (
        "Sanctions digest\n\n"
        "On Tuesday Brussels removed three Belarusian banks — Belinvestbank, Priorbank and "
        "Belgazprombank — from the SWIFT messaging system. Ottawa cut Paritetbank out of SWIFT "
        "in April.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", b) for b in ("Belinvestbank", "Priorbank", "Belgazprombank")} <= found
    assert ("imposed", "Paritetbank") in found
    assert not {t for a, t in found if a == "lifted"}


def test_a_notices_additions_and_removals_under_a_line_that_points_below() -> None:
    text = (
        "Financial Sanctions Notice\n"
        "Notice 2025/03, 2 March 2025\n\n"
        "1. On 2 March 2025 the Foreign Office designated the persons listed below under the "
        "Belarus regulations. They are now subject to an asset freeze.\n"
        "Additions\n"
        "(a) MELNIK, Aliaksei Piatrovich. Position: Prosecutor. Group ID: 17001.\n"
        "(b) OPEN JOINT STOCK COMPANY GRODNO AZOT. Address: Hrodna. Group ID: 17002.\n"
        "Removals\n"
        "(c) KAVALEU, Siarhei (Group ID: 15010) has been removed following a review.\n"
        "2. Any funds held for a designated person must be frozen.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "MELNIK, Aliaksei Piatrovich") in found
    assert ("imposed", "OPEN JOINT STOCK COMPANY GRODNO AZOT") in found
    assert ("lifted", "KAVALEU, Siarhei") in found
    assert ("imposed", "KAVALEU, Siarhei") not in found


def test_an_sdn_removal_notice_lists_its_entries_after_a_sentence() -> None:
    text = (
        "Belarus-related Designation Removals\n"
        "Recent Actions\n\n"
        "OFAC has determined that circumstances no longer warrant the inclusion of the "
        "following entities on the SDN List. Their property is therefore no longer blocked.\n"
        'GRODNO AZOT OAO (a.k.a. GRODNO AZOT JSC; a.k.a. "AZOT"), 100 Slavinskogo Street, '
        "Grodno 230026, Belarus; Organization Established Date 1963; [BELARUS-EO14038].\n"
        "BELSHINA OAO (a.k.a. BELSHINA JSC), Babruysk, Belarus; [BELARUS-EO14038].\n\n"
        "The designations of other state-owned enterprises remain in effect.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("lifted", "GRODNO AZOT OAO"), ("lifted", "BELSHINA OAO")} <= found


def test_those_once_held_who_crossed_the_border_and_prisoners_put_on_buses() -> None:
    text = (
        "Statement\n\n"
        "Today 61 people who had been held in Belarusian prisons crossed the border into "
        "Lithuania. On 3 May the authorities put 17 prisoners on buses bound for the Polish "
        "border.\n"
    )
    found = _figures(text)
    assert {("prisoners_released", 61), ("prisoners_released", 17)} <= found
    assert ("political_prisoners_held", 61) not in found


def test_people_on_a_groups_political_prisoner_list() -> None:
    text = (
        "The year in numbers\n\n"
        "1,084 — people on Viasna's political-prisoner list on 31 December, 150 of them women.\n"
    )
    assert ("political_prisoners_held", 1084) in _figures(text)
    day = (
        "Local news\n\nHe had written to 40 prisoners this year. Only three of them were on "
        "Saturday's list.\n"
    )
    assert not _figures(day)


def test_i_in_a_written_reply_is_the_minister_who_replies() -> None:
    text = (
        "Written Question 0412 (2025): Belarus\n"
        "Parliament — Reply from Rt Hon Aroha Tane, Minister of Foreign Affairs, 3 March 2025\n\n"
        "Question: Will the Government lift its sanctions?\n\n"
        "Reply: The Government has no plans to do so. As I told the House last year, "
        '"our measures follow conduct, and the conduct has not changed."\n'
    )
    assert _quotes(text)["our measures follow conduct, and the conduct has not changed."] == (
        "Aroha Tane"
    )


def test_a_reports_numbered_findings_and_recognitions_counted_by_their_noun() -> None:
    text = (
        "Executive summary\n\n"
        "1. Between January and June the Centre documented 388 politically motivated "
        "detentions and 87 new recognitions of political prisoners.\n"
        "2. The number of political prisoners fell from 1,240 to 1,176.\n"
        "3) Three pardons freed 64 people.\n"
    )
    found = _figures(text)
    assert {
        ("prisoners_detained", 388),
        ("prisoners_designated", 87),
        ("political_prisoners_held", 1176),
        ("prisoners_released", 64),
    } <= found
    assert not {v for _, v in found} & {1, 2, 3}


def test_a_measure_a_correction_withdraws_is_no_claim() -> None:
    text = (
        "Correction\n\n"
        "An earlier version of this article said the United States had lifted sanctions on "
        "Belshina in September. In fact Washington eased restrictions on Belavia in September.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("lifted", "Belshina") not in found
    assert ("eased", "Belavia") in found


def test_a_refused_easing_is_no_easing() -> None:
    text = (
        "Open letter\n\n"
        "We ask that the United Kingdom refuse any easing of its sanctions on Belshina until "
        "every political prisoner is free.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("eased", "Belshina") not in found


def test_a_freeze_a_power_is_making_preparations_for_is_a_threat() -> None:
    text = (
        "Press conference\n\n"
        "Minister: In addition, we are making preparations to freeze the assets of Belneftekhim "
        "and of other entities.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("threatened", "Belneftekhim") in found
    assert ("imposed", "Belneftekhim") not in found


def test_the_rest_of_a_measure_and_a_listings_named_part_between_commas() -> None:
    text = (
        "Sanctions\n\n"
        "The US also lifted the rest of its Belshina restrictions in November. Kyiv has added "
        "further Belarusian enterprises, including the tractor maker MTZ, to its own sanctions "
        "list.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("lifted", "Belshina") in found
    assert {("imposed", "Belarusian enterprises"), ("imposed", "MTZ")} <= found


def test_names_added_to_a_sanctions_list_are_no_political_prisoners() -> None:
    text = (
        "Annual report\n\n"
        "Our fund supported 412 former political prisoners. Washington removed Belavia from the "
        "SDN List in November; Brussels renewed its measures in February and added 25 names to "
        "its list.\n"
    )
    assert ("prisoners_designated", 25) not in _figures(text)
    viasna = (
        "Monthly review\n\nViasna's list of political prisoners grew again: the group added 31 "
        "new names in March.\n"
    )
    assert ("prisoners_designated", 31) in _figures(viasna)


def test_a_second_measure_that_holds_as_the_first_does() -> None:
    text = (
        "Sanctions brief\n\n"
        "Britain has not followed: its bans on potash imports remain, as does its asset freeze "
        "on Viktar Sheiman.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "Viktar Sheiman") in found


def test_the_second_term_of_a_ratio_after_a_comma_is_no_count() -> None:
    text = (
        "Petition update\n\n"
        "Since our last update, Belarus has freed 16 more political prisoners, among them the "
        "lawyer Maksim Znak. But for every one released, two are jailed: Viasna recorded 37 new "
        "political prisoners in the same weeks.\n"
    )
    found = _figures(text)
    assert {("prisoners_released", 16), ("prisoners_designated", 37)} <= found
    assert not {v for _, v in found} & {1, 2}


def test_the_figure_or_that_number_after_a_release_told_by_its_verb() -> None:
    text = (
        "Media column\n\n"
        "How many were freed? Reuters put the figure at 31. Belta said convicts had been "
        "pardoned in May. Viasna later put that number at 17.\n"
    )
    found = _figures(text)
    assert {("prisoners_released", 31), ("prisoners_released", 17)} <= found


def test_what_a_speaker_called_it_is_no_speaker() -> None:
    text = (
        "Digest\n\n"
        "U.S. envoy Mark Reyes called it \u201ca fair exchange\u201d and said more could follow "
        "\u201cif the lists keep shrinking.\u201d\n"
    )
    found = _quotes(text)
    assert found["a fair exchange"] == "Mark Reyes"
    assert found["if the lists keep shrinking."] == "Mark Reyes"


def test_a_union_named_by_its_acronym_speaks_by_its_full_name() -> None:
    text = (
        "Digest\n\n"
        'The EU says its restrictions stay "until the last prisoner is free." The U.N. called '
        'the verdict "a travesty."\n'
    )
    found = _quotes(text)
    assert found["until the last prisoner is free."] == "European Union"
    assert found["a travesty."] == "United Nations"


def test_she_after_a_letter_from_someone_described_by_kin_and_no_chair_addressed() -> None:
    text = (
        "Debate record\n\n"
        "Anna Weber, on behalf of the Greens. – Madam President, last month I received a letter "
        "from the mother of a prisoner held in Navapolatsk. She wrote: \u201cThey let me see him "
        "for twenty minutes.\u201d We must answer her.\n"
    )
    assert _quotes(text)["They let me see him for twenty minutes."] == "mother of a prisoner"


def test_adding_that_names_no_new_speaker() -> None:
    text = (
        "Digest\n\n"
        'The foreign minister, Maksim Ryzhenkov, called the EU measures "a road to nowhere," '
        'adding that Minsk "will not bend."\n'
    )
    found = _quotes(text)
    assert found.get("a road to nowhere") != "Minsk"
    assert found.get("a road to nowhere") == "Maksim Ryzhenkov"


def test_a_roundups_row_of_those_a_power_listed() -> None:
    text = (
        "Sanctions roundup\n\n"
        "- Norway: Belshina listed on Friday.\n"
        "- Japan: three banks designated.\n"
        "4/ Canada: more judges and state entities listed, plus new export bans.\n"
    )
    found = _sanction_powers(text)
    assert ("imposed", "Belshina", "Norway") in found
    assert ("imposed", "banks", "Japan") in found
    assert any(a == "imposed" and "judges" in t and p == "Canada" for a, t, p in found)


# The forty-third round: fact-checks and translated copy


def test_a_target_that_has_itself_been_on_a_list() -> None:
    text = (
        "Sanctions check\n\n"
        "Viktar Sheiman himself has been on the EU sanctions list since 2004. The holding he "
        "ran has itself been on the UK list since 2022.\n"
    )
    assert ("imposed", "Viktar Sheiman", "2004") in _sanctions(text)


def test_banned_from_entry_is_a_travel_ban() -> None:
    text = "Sanctions check\n\nEstonia banned Viktar Sheiman from entry in September 2020.\n"
    assert ("imposed", "Viktar Sheiman", "2020-09") in _sanctions(text)


def test_placed_under_targeted_financial_sanctions() -> None:
    text = (
        "Sanctions check\n\n"
        "In April 2022 Australia placed Viktar Sheiman under targeted financial sanctions.\n"
    )
    assert ("imposed", "Viktar Sheiman", "2022-04") in _sanctions(text)


def test_a_power_listed_a_target_it_describes() -> None:
    text = (
        "Sanctions check\n\n"
        "The carrier, Avia Nord, still flies to Kazan. Canada listed the regional airline in "
        "January 2022, and it remains listed.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Avia Nord", "2022-01") in found
    # a bare "the company" names no one in particular
    other = "Sanctions check\n\nNorway listed the company in June 2021.\n"
    assert not {t for _, t, _ in _sanctions(other)} & {"company", "the company"}


def test_a_power_that_followed_another_in_listing_is_the_one_that_lists() -> None:
    text = (
        "Sanctions check\n\n"
        "Norway has aligned itself with the EU's measures since 2021, when it followed "
        "Brussels in listing Viktar Sheiman.\n"
    )
    found = _sanction_powers(text)
    assert ("imposed", "Viktar Sheiman", "Norway") in found
    assert ("imposed", "Viktar Sheiman", "European Union") not in found


def test_a_power_that_kept_a_target_out_of_its_airspace() -> None:
    text = (
        "Sanctions check\n\n"
        "Norway, which has kept Belarusian airlines out of its airspace since May 2021, gave "
        "no sign of a change.\n"
    )
    assert ("imposed", "Belarusian airlines", "Norway") in _sanction_powers(text)


def test_a_measure_being_lifted_with_an_aside_between_dashes() -> None:
    text = (
        "Sanctions check\n\n"
        "The envoy said that U.S. sanctions on Belarusian timber \u2014 in force since June "
        "2022 and among the broadest Washington has kept \u2014 were being lifted.\n"
    )
    found = _sanctions(text)
    assert any(a == "lifted" and t == "Belarusian timber" for a, t, _ in found)
    plain = "Sanctions check\n\nThe envoy said U.S. restrictions on Belshina are being eased.\n"
    assert any(a == "eased" and t == "Belshina" for a, t, _ in _sanctions(plain))


def test_restrictions_eased_and_then_lifted_are_two_steps() -> None:
    text = (
        "Sanctions check\n\n"
        "Washington's restrictions on the tyre maker Belshina were eased in March 2026 and "
        "lifted entirely in June.\n"
    )
    actions = {a for a, t, _ in _sanctions(text) if t == "Belshina"}
    assert actions == {"eased", "lifted"}


def test_a_second_measure_after_the_first_ones_date() -> None:
    text = (
        "Sanctions check\n\n"
        "Ottawa lifted its sanctions on Belshina in May and its restrictions on Belarusian "
        "timber in July.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "lifted"}
    assert targets == {"Belshina", "Belarusian timber"}


def test_a_measure_named_with_when_it_was_imposed_before_its_target() -> None:
    text = (
        "Sanctions check\n\n"
        "The EU sanctions imposed in 2023 on Belarusian tyre makers remain in force, and so do "
        "the sanctions imposed since 2021 on Belavia.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Belarusian tyre makers", "2023") in found
    assert any(a == "imposed" and t == "Belavia" for a, t, _ in found)


def test_the_writers_own_officer_named_after_the_comma() -> None:
    text = (
        "Clarification\n\n"
        "\u201cWe do not compete with anyone,\u201d said our director, Ales Mazur.\n"
    )
    assert _quotes(text)["We do not compete with anyone"] == "Ales Mazur"


def test_as_someone_puts_it() -> None:
    text = (
        "Media watch\n\n"
        "Our advice: date every number. Jana Novakova runs the lab in Brno. \u201cA figure "
        "without a date is gossip,\u201d as Novakova puts it.\n"
    )
    assert _quotes(text)["A figure without a date is gossip"] == "Jana Novakova"


def test_someone_described_by_where_they_are_from_then_who() -> None:
    text = (
        "Fact check\n\n"
        "One of those freed, a 51-year-old man from Brest region who had been jailed for a "
        "photograph, described his release to Radio Granica in a short call. \u201cI did not "
        "believe it until I saw the sign,\u201d he said.\n\n"
        "Another, a woman from Hrodna who asked us not to print her name, said she had signed "
        "nothing. \u201cIt was a form for the border, not a plea,\u201d she said.\n"
    )
    found = _quotes(text)
    assert found["I did not believe it until I saw the sign"] == (
        "51-year-old man from Brest region"
    )
    assert found["It was a form for the border, not a plea"] == "woman from Hrodna"


def test_a_speaker_is_named_without_a_possessive() -> None:
    text = (
        "Fact check\n\n"
        "A DFAT spokesperson told the site: \u201cOur measures stay in effect.\u201d The "
        "Department of Foreign Affairs and Trade\u2019s reply added nothing.\n"
    )
    assert _quotes(text)["Our measures stay in effect."] == (
        "Department of Foreign Affairs and Trade"
    )


def test_a_quotation_credited_on_the_next_line_after_a_dash() -> None:
    text = (
        "Spin meter\n\n"
        "The claim\n"
        '"There are no political prisoners in Belarus. There are only criminals."\n'
        "\u2014 Ihar Lutski, deputy minister, Aug. 17, 2024\n"
        "The ruling\nFalse.\n"
    )
    found = _quotes(text)
    assert found["There are no political prisoners in Belarus. There are only criminals."] == (
        "Ihar Lutski"
    )


def test_it_after_a_body_that_an_appositive_says_is_one() -> None:
    text = (
        "Fact check\n\n"
        "Nasha Niva reported the transfer first. Viasna, the human rights centre, was blunt: "
        "\u201cMikola Dziadok did not accept the deportation,\u201d it said in a statement.\n"
    )
    assert _quotes(text)["Mikola Dziadok did not accept the deportation"] == "Viasna"


def test_a_body_named_by_its_country_and_its_seat() -> None:
    text = (
        "Readers' editor\n\n"
        "The second complaint came from the Belarusian embassy in Riga, which objected to the "
        "phrase. \u201cThe paper repeats the inventions of foreign agents,\u201d the embassy "
        "wrote.\n"
    )
    found = _quotes(text)
    assert found["The paper repeats the inventions of foreign agents"] == (
        "Belarusian embassy in Riga"
    )


def test_the_press_service_of_a_countrys_president() -> None:
    text = (
        "Media lab\n\n"
        "State media used other words. \u201cThe head of state has once again shown mercy,\u201d "
        "the press service of the Belarusian president said after the decree.\n"
    )
    found = _quotes(text)
    assert found["The head of state has once again shown mercy"] == (
        "press service of the Belarusian president"
    )


def test_a_count_the_object_of_its_own_verb_is_not_summed_with_the_next_clauses() -> None:
    text = (
        "Explainer\n\n"
        "The ratio was lower in 2025, when Viasna recognised 488 new political prisoners and "
        "297 people were pardoned in US-brokered releases.\n"
    )
    found = _figures(text)
    assert ("prisoners_designated", 488) in found
    assert ("prisoners_released", 297) in found
    assert ("prisoners_released", 785) not in found
    parts = "Digest\n\nOn Friday 14 men and 2 women were freed and sent to Lithuania.\n"
    assert ("prisoners_released", 16) in _figures(parts)


def test_a_groups_count_at_the_end_of_a_year_then_on_a_day() -> None:
    text = (
        "Explainer\n\n"
        "How many political prisoners does Belarus hold? The best-known figure comes from the "
        "rights centre Viasna, which recognises people as political prisoners case by case. It "
        "counted 1,084 at the end of 2025 and 1,097 on 5 March 2026.\n"
    )
    found = _figures(text)
    assert {("political_prisoners_held", 1084), ("political_prisoners_held", 1097)} <= found


def test_a_further_count_after_its_own_date_continues_the_series() -> None:
    text = (
        "Media lab\n\n"
        "The first, in early July, freed 16 people. On 14 August, 27 more were pardoned, and on "
        "21 August a further 11. An autumn decree freed 24.\n"
    )
    assert ("prisoners_released", 11) in _figures(text)


def test_those_a_reporter_spoke_to_are_no_count() -> None:
    text = (
        "Debunk\n\n"
        "Our reporters spoke to seven of those released on 13 December, five in Ukraine and two "
        "in Lithuania. None had written a petition.\n"
    )
    assert not {v for _, v in _figures(text)} & {7, 5, 2}


def test_a_title_of_a_body_before_the_name_of_who_holds_it() -> None:
    text = (
        "Press release\n\n"
        "Deputy Head of the United Transitional Cabinet Pavel Latushka addressed the Assembly "
        "on 30 September. He stressed that the releases do not mean a thaw: \u201cFor every "
        "nine people the regime releases, ten new ones are put behind bars.\u201d\n"
    )
    found = _quotes(text)
    assert found[
        "For every nine people the regime releases, ten new ones are put behind bars."
    ] == ("Pavel Latushka")


def test_a_new_year_address_names_no_one() -> None:
    text = (
        "Year in review\n\n"
        "Alexander Lukashenko in his New Year address promised that the country \u201cwill "
        "survive any sanctions, as it survived worse\u201d.\n"
    )
    assert _quotes(text)["will survive any sanctions, as it survived worse"] == (
        "Alexander Lukashenko"
    )


def test_what_a_powers_restrictions_already_cover_among_other_things() -> None:
    text = (
        "Sanctions\n\n"
        "The EU restrictions against Belarus already cover, among other things, timber, cement "
        "and the state carrier Avia Nord.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"timber", "cement", "Avia Nord"} <= targets


def test_the_list_named_before_those_put_on_it() -> None:
    text = (
        "Sanctions\n\n"
        "The US Treasury added to its sanctions list the state enterprise Belshina and the "
        "Football Federation of Belarus.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Belshina", "Football Federation of Belarus"} <= targets


def test_a_total_brought_to_a_count_as_of_a_day_is_of_those_held() -> None:
    text = (
        "Monthly review\n\n"
        "The rights group Viasna recognised 31 people as political prisoners in March, bringing "
        "the total to 1,388 as of 31 March, the organisation said.\n"
    )
    found = _figures(text)
    assert ("prisoners_designated", 31) in found
    assert ("political_prisoners_held", 1388) in found
    since = (
        "Monthly review\n\n"
        "Viasna recognised 31 people as political prisoners in March, bringing the total since "
        "2020 to 4,102.\n"
    )
    assert ("prisoners_designated", 4102) in _figures(since)


def test_people_at_present_considered_political_prisoners() -> None:
    text = (
        "Digest\n\n"
        "According to the rights defenders, more than 800 people are at present considered "
        "political prisoners in the republic.\n"
    )
    assert ("political_prisoners_held", 800) in _figures(text)


def test_sanctions_removed_from_a_target_and_from_what_it_does() -> None:
    text = (
        "Sanctions\n\n"
        "Earlier in November, the US Treasury removed the remaining sanctions from the national "
        "air carrier Avia Nord.\n"
    )
    assert any(a == "lifted" and t == "Avia Nord" for a, t, _ in _sanctions(text))
    part = (
        "Sanctions\n\n"
        "The American side said it was removing sanctions from Avia Nord\u2019s servicing and "
        "the purchase of components.\n"
    )
    assert "lifted" not in {a for a, t, _ in _sanctions(part) if t == "Avia Nord"}


def test_a_chamber_is_a_body_and_jan_opens_a_name() -> None:
    text = (
        "Regional news\n\n"
        "The president of the Podlasie Chamber of Commerce, Mr Jan Kowalczyk, estimates the "
        "losses in the tens of millions. However, he stresses: \u201eNobody here will cry for "
        "Belarusian timber.\u201d\n"
    )
    assert _quotes(text)["Nobody here will cry for Belarusian timber."] == "Jan Kowalczyk"


def test_the_relative_of_a_named_person_speaks_not_the_person() -> None:
    text = (
        "Release\n\n"
        "Andrey Kuznechyk was freed on Friday. \u201cHe called me from the car. His voice was "
        "tired,\u201d Kuznechyk\u2019s wife told Compass Media.\n"
    )
    found = _quotes(text)
    assert found["He called me from the car. His voice was tired"] == "Kuznechyk\u2019s wife"


def test_the_politician_is_the_one_person_the_text_names() -> None:
    text = (
        "Press release\n\n"
        "Head of the National Anti-Crisis Management Pavel Latushka addressed the Assembly on "
        "30 September.\n\n"
        "The politician called on the member states not to weaken the pressure.\n\n"
        "\u201cRelief for the airline has already been given,\u201d the politician said.\n"
    )
    assert _quotes(text)["Relief for the airline has already been given"] == "Pavel Latushka"
    minister = (
        "Aid\n\n"
        "Sweden's Minister for International Development Cooperation, Benjamin Dousa, said the "
        "government would help. \u201cSweden stands with the people,\u201d he said.\n"
    )
    assert _quotes(minister)["Sweden stands with the people"] == "Benjamin Dousa"


def test_a_group_with_its_named_part_stays_whole_and_them_is_no_target() -> None:
    text = (
        "Fact check\n\n"
        "In March the government announced that Japan would freeze the assets of Belarusian "
        "individuals and organisations, including President Ihar Sergeenko.\n"
    )
    targets = {t for _, t, _ in _sanctions(text)}
    assert "organisations" not in targets
    assert "Ihar Sergeenko" in targets
    them = (
        "Fact check\n\n"
        "The EU first restricted imports of Belarusian timber in 2021 and banned them outright "
        "in 2022.\n"
    )
    assert "them" not in {t for _, t, _ in _sanctions(them)}


def test_a_question_after_and_is_no_target() -> None:
    text = (
        "Podcast: show notes\n\n"
        "The hosts also discuss the US decision to lift sanctions on potash and what Lithuania "
        "will do with Klaipeda.\n"
    )
    assert {t for _, t, _ in _sanctions(text)} == {"potash"}


def test_a_target_that_remains_designated_and_those_designated_together_with_it() -> None:
    text = (
        "Sanctions client alert\n\n"
        "Belshina OAO remains designated under Executive Order 14038. The United States first "
        "designated MAZ on 2 December 2021, together with Naftan and Grodno Khimvolokno.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"MAZ", "Naftan", "Grodno Khimvolokno"} <= targets
    assert any(t.startswith("Belshina") for t in targets)


def test_a_count_that_rose_to_a_peak_or_peaked() -> None:
    text = (
        "Five years on\n\n"
        "In those five years, the number of political prisoners in Belarus rose from a few "
        "dozen to a peak of about 1,500 in 2022, according to Viasna.\n"
    )
    assert ("political_prisoners_held", 1500) in _figures(text)
    peaked = (
        "Five years on\n\n"
        "The number of political prisoners in Belarus peaked at about 1,480 in 2022.\n"
    )
    assert ("political_prisoners_held", 1480) in _figures(peaked)


def test_a_ban_told_in_an_aside_after_its_target() -> None:
    text = (
        "Sanctions, five years on\n\n"
        "The state airline Avia Nord, banned from European skies after the Ryanair landing in "
        "2021, still flies to Moscow.\n"
    )
    assert ("imposed", "Avia Nord", "European Union") in _sanction_powers(text)


def test_a_turns_label_is_not_the_speaker_of_someone_else_it_quotes() -> None:
    text = (
        "Baltic Morning, transcript\n\n"
        "HOST: Our guest is Franak Viacorka.\n\n"
        "HOST: The State Department's spokesman said on Tuesday, \u201cWe will continue to "
        "engage.\u201d What do you make of that?\n"
    )
    assert _quotes(text)["We will continue to engage."] == "State Department"
    # (a person's spokeswoman does not speak as the person)
    person = (
        "Border news\n\n"
        "Minsk responded with scorn. Lukashenko's spokeswoman said Vilnius was \u201cpunishing "
        "its own hauliers and its own ports.\u201d\n"
    )
    assert _quotes(person).get("punishing its own hauliers and its own ports.") != "Lukashenko"


def test_i_said_it_in_a_turn_whose_label_names_someone_not_named_in_full() -> None:
    text = (
        "Press briefing\n\n"
        "Q: Anna Kowalska, Polish Radio. Minister, will Poland reopen the crossing?\n\n"
        "MINISTER KIERWI\u0143SKI: Not while he is in prison. I said it in Bia\u0142ystok and I "
        "say it again: \u201cThe border stays closed until he is free.\u201d\n"
    )
    assert _quotes(text)["The border stays closed until he is free."] == "Kierwi\u0144ski"


def test_whose_colleague_is_not_who_spoke() -> None:
    text = (
        "Podcast\n\n"
        "On the podcast, the host asked her guest what had changed. \u201cNothing,\u201d said "
        "Ales Bialiatski\u2019s former colleague Valiantsin Stefanovich.\n"
    )
    assert _quotes(text)["Nothing"] == "Valiantsin Stefanovich"


def test_a_court_annuls_a_listing_and_a_designation_revoked() -> None:
    text = (
        "Sanctions case note\n\n"
        "On 12 June 2024 the General Court annulled the listing of the businessman Aliaksandr "
        "Zaitsau. The designation of Avia Nord was revoked on 4 November 2025.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("lifted", "Aliaksandr Zaitsau") in found
    assert ("lifted", "Avia Nord") in found
    assert ("imposed", "Aliaksandr Zaitsau") not in found


def test_those_subject_to_asset_freezes_listed_with_commas_or_in_an_aside() -> None:
    text = (
        "Sanctions alert\n\n"
        "Clients should note that Naftan, Grodno Azot and Belaruskali remain subject to asset "
        "freezes. The General Court dismissed the action, and the applicant, Belshina, remains "
        "subject to the restrictive measures.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Naftan", "Grodno Azot", "Belaruskali", "Belshina"} <= targets


def test_one_freed_with_others_is_counted_in() -> None:
    text = "Year in pictures\n\nJune: Tsikhanouski, freed with 13 others, embraces his wife.\n"
    assert ("prisoners_released", 14) in _figures(text)
    plain = "Digest\n\nIn June Siarhei Tsikhanouski was freed with 13 others.\n"
    assert ("prisoners_released", 14) in _figures(plain)


def test_the_title_of_a_work_is_no_statement() -> None:
    text = (
        "Books\n\n"
        "In \u201cThe Quiet Barrack\u201d, the former political prisoner Ihar Losik recalls his "
        "four years inside. \u201cThe guards were also prisoners, just with keys,\u201d he writes. "
        "The documentary \u201cThe Glass Room of Hrodna\u201d follows three women.\n"
    )
    found = _quotes(text)
    assert "The Quiet Barrack" not in found
    assert "The Glass Room of Hrodna" not in found
    assert found["The guards were also prisoners, just with keys"] == "Ihar Losik"


def test_curbs_are_measures_and_them_is_the_target_just_named() -> None:
    text = (
        "Five years on\n\n"
        "By 2022 the EU had frozen the assets of dozens of officials. Then, in 2025, the "
        "direction changed: Washington eased its curbs on Avia Nord in September and lifted "
        "them in November.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("eased", "Avia Nord"), ("lifted", "Avia Nord")} <= found


def test_a_numbered_general_licence_in_capitals() -> None:
    text = (
        "Sanctions compliance bulletin\n\n"
        "On 11 September 2025 OFAC issued General License No. 11, authorising transactions "
        "involving Avia Nord related to the servicing of its aircraft.\n"
    )
    assert ("eased", "Avia Nord", "2025-09-11") in _sanctions(text)


def test_a_people_named_for_its_government() -> None:
    text = (
        "Podcast transcript\n\n"
        "HALKO: On the bus. Someone had a phone. The Americans had eased sanctions on Avia Nord.\n"
    )
    assert ("eased", "Avia Nord", "United States") in _sanction_powers(text)


# The forty-fourth round: transcripts, show notes and client alerts


def test_a_ban_told_in_the_present_passive() -> None:
    text = (
        "Press remarks on sanctions\n\n"
        "HIGH REPRESENTATIVE: Since 4 June Avia Nord and other Belarusian carriers are banned "
        "from EU airspace. That stays.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert any(a == "imposed" and "carriers" in t for a, t in found)


def test_a_list_put_on_a_sanctions_list_goes_on_after_a_description() -> None:
    text = (
        "Sanctions evening\n\n"
        "PRESENTER: The United States has put Kalinavka Chemicals, the state fertiliser group, "
        "and the Hrodna Rowing Federation on its sanctions list.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Kalinavka Chemicals", "Hrodna Rowing Federation"} <= targets
    assert not any("list" in t for t in targets)


def test_along_with_a_described_name_after_too() -> None:
    text = (
        "Sanctions call-in\n\n"
        "The EU listed Avia Nord too, along with the travel firm Sanatorkurort.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Avia Nord" in targets
    assert any("Sanatorkurort" in t for t in targets)


def test_a_package_hits_its_targets() -> None:
    text = (
        "Sanctions call-in\n\n"
        "Ottawa's package hits the state airline, Avia Nord, and a dozen officials.\n"
    )
    assert "Avia Nord" in {t for a, t, _ in _sanctions(text) if a == "imposed"}
    effect = "Sanctions\n\nThe sanctions hit exporters hard, the minister said.\n"
    assert not _sanctions(effect)


def test_people_picked_up_by_the_police_are_detained() -> None:
    text = (
        "Call-in show\n\n"
        "CALLER: My cousin was arrested in Mahilou. More than 60 people were picked up there "
        "in one week, for comments online.\n"
    )
    assert ("prisoners_detained", 60) in _figures(text)
    met = (
        "Release day\n\n"
        "At the border 31 people were picked up by their relatives and driven to Vilnius.\n"
    )
    assert ("prisoners_detained", 31) not in _figures(met)


def test_a_turn_labelled_by_surname_is_the_fuller_label_not_the_turn_before() -> None:
    text = (
        "Evening hour transcript\n\n"
        "MARYNA SHAUCHUK (ANCHOR): Good evening. Of the people freed today, 80 came to Kyiv.\n\n"
        "DANYLENKO: We were asked, and we know how to do this.\n\n"
        "SHAUCHUK: The ministry put it plainly. \u201cA corridor to freedom,\u201d as we say "
        "here.\n"
    )
    assert _quotes(text)["A corridor to freedom"] == "Maryna Shauchuk"


def test_words_after_a_sentence_about_someone_else_in_a_turn_are_theirs() -> None:
    text = (
        "Evening hour transcript\n\n"
        "MARYNA SHAUCHUK (ANCHOR): Our guest is Taras Danylenko, an adviser to the minister.\n\n"
        "DANYLENKO: Thank you. We were asked, and we know how to do this.\n\n"
        "SHAUCHUK: Halina Rusetskaya thanked Kyiv in a video message this afternoon. "
        "\u201cYou opened your doors while under fire. We will not forget.\u201d But most are "
        "still behind bars.\n\n"
        "DANYLENKO: And our own people too.\n"
    )
    found = _quotes(text)
    assert found["You opened your doors while under fire. We will not forget."] == (
        "Halina Rusetskaya"
    )


def test_its_statement_is_the_words_of_the_body_just_named() -> None:
    text = (
        "Political prisoners\n\n"
        "The Homel Rights Centre published its year-end report on Monday. Its statement ended: \u201cThe "
        "releases are real, and so are the arrests.\u201d\n"
    )
    assert _quotes(text)["The releases are real, and so are the arrests."] == "Homel Rights Centre"


def test_a_quotation_credited_after_a_dash_on_its_own_line() -> None:
    text = (
        "Show notes\n\n"
        "QUOTES FROM THE EPISODE\n"
        "\u201cEvery week we add names faster than we can write to them.\u201d \u2014 Hanna "
        "Zhuk\n\n"
        "\u201cI did not believe it until the bus crossed the border.\u201d \u2014 Ihar "
        "Losik, speaking after his release\n"
    )
    found = _quotes(text)
    assert found["Every week we add names faster than we can write to them."] == "Hanna Zhuk"
    assert found["I did not believe it until the bus crossed the border."] == "Ihar Losik"


def test_a_turns_label_is_not_the_subject_of_the_sentence_after_it() -> None:
    text = (
        "Podcast transcript\n\n"
        "The US envoy Daniel Harwood flew to Minsk on Thursday.\n\n"
        "KOVAL: So Harwood came out of the palace and said, \u201cThis is a process, not a "
        "bargain.\u201d Which is what people say about a bargain.\n"
    )
    assert _quotes(text)["This is a process, not a bargain."] == "Daniel Harwood"


def test_he_after_a_sentence_about_a_surname_both_sexes_bear() -> None:
    text = (
        "Podcast transcript\n\n"
        "VASYL: Now Mogilev Khimvolokno gets a licence. Every step is a little bigger.\n\n"
        "KOVAL: And every step, Marchenko says the same thing. On Sunday he told state TV, "
        "\u201cWe have never sold anyone, and we never will.\u201d\n"
    )
    assert _quotes(text)["We have never sold anyone, and we never will."] == "Marchenko"


def test_his_wife_never_named_is_his_wife() -> None:
    text = (
        "Assembly side event\n\n"
        "Mr NAVICKAS: Ihar Dziadok refused to leave on 11 September and was taken back to his "
        "cell. His wife told Lithuanian radio, \u201cHe will leave only as a free citizen, not "
        "as a parcel.\u201d What do we know of his condition?\n"
    )
    found = _quotes(text)
    assert found["He will leave only as a free citizen, not as a parcel."] == "Ihar Dziadok's wife"
    named = (
        "Obituary\n\n"
        "Ales Kaptur, a painter, has died in custody, his wife, Yanina, said on Tuesday.\n\n"
        "\u201cHe was killed by the conditions they kept him in,\u201d his wife told Belsat.\n"
    )
    assert _quotes(named)["He was killed by the conditions they kept him in"] == "Yanina"


def test_a_bodys_statement_said() -> None:
    text = (
        "Sanctions desk\n\n"
        "OKAFOR: Global Affairs Canada's statement said the delisting \u201creflects concrete "
        "steps and can be revisited if those steps are reversed.\u201d How seriously should "
        "clients take that?\n"
    )
    found = _quotes(text)
    assert found["reflects concrete steps and can be revisited if those steps are reversed."] == (
        "Global Affairs Canada"
    )


def test_a_measure_named_by_its_goods_and_the_year_it_dates_from() -> None:
    text = "Panel transcript\n\nTANAKA: The big chip is still the timber sanctions from 2021.\n"
    assert ("imposed", "timber", "2021") in _sanctions(text)
    aside = "Panel transcript\n\nThe big chip is still the timber sanctions, in force since 2021.\n"
    assert ("imposed", "timber", "2021") in _sanctions(aside)
    kind = "Briefing\n\nThe sectoral sanctions from June 2021 stay.\n"
    assert not any(t.lower() == "sectoral" for _, t, _ in _sanctions(kind))


def test_on_a_list_in_a_clause_inside_a_description() -> None:
    text = (
        "Podcast notes\n\n"
        "This week we look at Khimvolokno, the synthetic fibre maker that has been on the SDN "
        "list since 2021.\n"
    )
    assert ("imposed", "Khimvolokno", "2021") in _sanctions(text)


def test_a_ban_the_measures_do_not_include() -> None:
    text = (
        "Sanctions press conference\n\n"
        "Press Secretary: Today's measures do not include an import ban on timber. We are "
        "studying further steps.\n"
    )
    assert not any(t == "timber" for _, t, _ in _sanctions(text))
    taken = "Sanctions press conference\n\nThe package includes an import ban on timber.\n"
    assert any(t == "timber" for _, t, _ in _sanctions(taken))


def test_the_minister_is_the_one_named_with_a_portfolio() -> None:
    text = (
        "Client alert\n\n"
        "The Minister for Europe, Harriet Ashcombe, told the House that \u201cone release does "
        "not change the regime\u201d. The minister added: \u201cWe will keep adding names to "
        "our list.\u201d\n"
    )
    assert _quotes(text)["We will keep adding names to our list."] == "Harriet Ashcombe"


def test_those_added_to_a_named_list_are_its_targets() -> None:
    text = (
        "UK sanctions update\n\n"
        "The persons added to the Consolidated List are Pavel Lemiasheuski, head of Penal "
        "Colony No. 9; Andrei Rudkouski, head of Penal Colony No. 3; and Lieutenant Colonel "
        "Maksim Zhuk of the interior ministry.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Pavel Lemiasheuski", "Andrei Rudkouski"} <= targets
    assert any("Maksim Zhuk" in t for t in targets)


def test_a_powers_designations_with_their_date_before_the_noun() -> None:
    text = (
        "Sanctions litigation note\n\n"
        "The complaint contrasts this delay with OFAC's prompt August 2021 designations of "
        "Khimvolokno and Mogilev Azot.\n"
    )
    found = _sanctions(text)
    assert {("imposed", "Khimvolokno", "2021-08"), ("imposed", "Mogilev Azot", "2021-08")} <= found
    plain = (
        "Sanctions digest\n\n"
        "It follows the 21 June listing of 78 individuals and eight entities after the landing.\n"
    )
    assert not any("individuals" in t for _, t, _ in _sanctions(plain))


def test_a_list_item_designated_on_a_date() -> None:
    text = (
        "Screening bulletin\n\n"
        "The following Belarus entries remain on the SDN List:\n"
        "\u2022 KHIMVOLOKNO OAO (BELARUS-EO14038), designated August 2021;\n"
        "\u2022 Mogilev Azot (BELARUS-EO14038), designated December 2021.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "KHIMVOLOKNO OAO", "2021-08") in found
    assert ("imposed", "Mogilev Azot", "2021-12") in found


def test_the_first_designations_under_an_order_included() -> None:
    text = (
        "Sanctions alert\n\n"
        "Executive Order 14038, issued on August 9, 2021, authorizes blocking sanctions. The "
        "first designations under it, on the same day, included Khimvolokno OAO, the fibre "
        "producer, and the Hrodna Rowing Federation.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Khimvolokno OAO", "Hrodna Rowing Federation"} <= targets


def test_measures_in_force_on_a_list_with_a_described_name() -> None:
    text = (
        "OFAC client alert\n\n"
        "Sanctions on Viktar Sheiman, the refiner Mazyrnafta and most Belarusian state banks "
        "remain in effect.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Viktar Sheiman", "Mazyrnafta"} <= targets


def test_the_delisting_of_a_target_lifts_its_listing() -> None:
    text = (
        "OFAC sanctions alert\n\n"
        "Their removal is the third US relief measure in six months, following the delisting "
        "of Avia Nord in November 2025.\n"
    )
    assert ("lifted", "Avia Nord", "2025-11") in _sanctions(text)


def test_on_the_sdn_list_by_its_full_name_and_the_airline_described() -> None:
    text = (
        "OFAC client alert\n\n"
        'OFAC issued a general licence for Avia Nord Airlines OJSC ("Avia Nord"). It does not '
        "unblock Avia Nord's property. The airline has been on the Specially Designated "
        'Nationals and Blocked Persons List ("SDN List") since August 2023. The European Union '
        "listed the airline in December 2021.\n"
    )
    found = _sanctions(text)
    assert any(a == "imposed" and "Avia Nord" in t and d == "2023-08" for a, t, d in found)
    assert any(a == "imposed" and "Avia Nord" in t and d == "2021-12" for a, t, d in found)
    unnamed = "Sanctions digest\n\nThe European Union listed the company in June 2021.\n"
    assert not any(t.lower() == "company" for _, t, _ in _sanctions(unnamed))


def test_she_after_a_quotation_said_by_a_woman_whose_given_name_tells_nothing() -> None:
    text = (
        "Trade and sanctions bulletin\n\n"
        "According to Viasna, 1,104 people were held as political prisoners.\n\n"
        "\u201cIndirect exposure through Baltic logistics chains is real,\u201d said Ysolde "
        "Marchetti, a partner in our Ottawa office. She noted that the Regulations contain no "
        "threshold: \u201cA single shipment through a listed forwarder is enough.\u201d\n"
    )
    found = _quotes(text)
    assert found["A single shipment through a listed forwarder is enough."] == "Ysolde Marchetti"


def test_two_names_listed_together_in_the_passive() -> None:
    text = (
        "Sanctions case note\n\n"
        "1. Mr Kazlou and Stroibud Holding JSC were listed on 3 June 2022, in a package "
        "adopted in response to the invasion.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Stroibud Holding JSC", "2022-06-03") in found
    assert any(a == "imposed" and "Kazlou" in t for a, t, _ in found)


def test_a_list_of_those_listed_ends_where_a_clause_on_all_of_them_begins() -> None:
    text = (
        "Sanctions alert\n\n"
        "Among the listed companies are the machine-tool maker Stanko-Invest LLC and the optics "
        "producer Optron-Homel LLC, both of which, according to the council, supply components "
        "to missile and drone manufacturers.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Stanko-Invest LLC", "Optron-Homel LLC"} <= targets
    assert not any("which" in t or "according" in t or "manufacturers" in t for t in targets)


def test_a_release_announced_for_some_with_an_aside_on_them() -> None:
    text = (
        "Export control newsletter\n\n"
        "On 3 July Lukashenko announced that 21 political prisoners, several of them seriously "
        "ill, would be released.\n"
    )
    found = _figures(text)
    assert ("prisoners_released", 21) in found
    assert ("political_prisoners_held", 21) not in found


def test_a_powers_relaxation_for_a_target_eases_its_measures() -> None:
    text = (
        "Sanctions alert\n\n"
        "3. The US relaxation for the airline Avia Nord has no bearing on Polish or EU law.\n"
    )
    assert any(a == "eased" and "Avia Nord" in t for a, t, _ in _sanctions(text))


def test_our_sanctions_kept_in_a_communique() -> None:
    text = (
        "Foreign ministers' communique\n\n"
        "8. We will maintain our sanctions on Khimvolokno and Avia Nord.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Khimvolokno", "Avia Nord"} <= targets


def test_a_ban_named_with_its_power_is_that_powers() -> None:
    text = (
        "Earnings call on sanctions\n\n"
        "CEO: Washington lifted its sanctions on Khimvolokno in December, but the EU ban on "
        "Belarusian timber, in place since 2021, still stands.\n"
    )
    powers = {(a, t, p) for a, t, p in _sanction_powers(text)}
    assert ("imposed", "Belarusian timber", "European Union") in powers


def test_a_licence_that_authorises_maintenance_of_a_fleet() -> None:
    text = (
        "Ratings commentary on sanctions\n\n"
        "The agency said the US Treasury's general licence of 11 September 2025, which "
        "authorises maintenance of Avia Nord's fleet, reduces operational risk.\n"
    )
    assert any(a == "eased" and "Avia Nord" in t for a, t, _ in _sanctions(text))


def test_a_table_of_counts_by_month() -> None:
    text = (
        "By the numbers\n\n"
        "Table 1. Political prisoners in Belarus, end of month\n"
        "| Month | Held | Newly recognised |\n"
        "|---|---|---|\n"
        "| June 2025 | 1,177 | 38 |\n"
        "| July 2025 | ~1,160 | n/a |\n"
        "| Total | | 67 |\n"
    )
    found = [c for c in extract_claims(text) if isinstance(c, Figure)]
    got = {(c.measure, c.value, c.qualifier, c.date) for c in found}
    assert got == {
        ("political_prisoners_held", 1177, "exact", "2025-06"),
        ("prisoners_designated", 38, "exact", "2025-06"),
        ("political_prisoners_held", 1160, "about", "2025-07"),
    }
    votes = "Election results\n\nParty\tSeats held\tSeats won\nMarch 2024\t12\t4\n"
    assert not [c for c in extract_claims(votes) if isinstance(c, Figure)]


def test_a_target_closed_to_carriers_of_a_power_named_by_its_initials() -> None:
    text = (
        "Travel advisory on sanctions\n\n"
        "Belarusian airspace remains closed to U.S. carriers. Do not travel.\n"
    )
    assert any(t == "U.S. carriers" for _, t, _ in _sanctions(text))
    assert not any(t == "U" for _, t, _ in _sanctions(text))


def test_a_posts_sentence_before_its_hashtags_is_no_heading() -> None:
    text = (
        "Embassy post\n\n"
        "Today we mark the anniversary. 1,180 political prisoners are still held in Belarus. "
        "#FreeThemAll #StandWithBelarus\n"
    )
    assert ("political_prisoners_held", 1180) in _figures(text)


def test_a_decision_to_sanction_in_the_infinitive() -> None:
    text = (
        "Statement on sanctions\n\n"
        "We welcome the decision by Canada to sanction Khimvolokno and Stroibud. Ottawa decided "
        "to designate Mogilev Azot as well.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Khimvolokno", "Stroibud", "Mogilev Azot"} <= targets
    wish = (
        "Op-ed on sanctions\n\n"
        "The best way to sanction Khimvolokno would be a ban on its fibre. Activists urged "
        "the EU to sanction Stroibud.\n"
    )
    assert not any(t in ("Khimvolokno", "Stroibud") for _, t, _ in _sanctions(wish))


def test_a_seated_body_speaks_with_its_seat() -> None:
    text = (
        "Radio transcript\n\n"
        "HOST: The Belarusian embassy in Bern said yesterday that \u201cSwitzerland has "
        "abandoned its neutrality.\u201d\n"
    )
    assert _quotes(text)["Switzerland has abandoned its neutrality."] == (
        "Belarusian embassy in Bern"
    )


def test_the_assembly_is_the_one_the_title_names() -> None:
    text = (
        "Side event on political prisoners\n\n"
        "Parliamentary Assembly of the Council of Europe \u2014 Autumn Session\n\n"
        "Ms SOLBERG, chair: In January the Assembly called, in its words, for \u201cthe "
        "unconditional release of all political prisoners.\u201d Nine months on, some are free.\n"
    )
    assert _quotes(text)["the unconditional release of all political prisoners."] == (
        "Parliamentary Assembly of the Council of Europe"
    )


def test_words_told_as_someones_statement_are_theirs() -> None:
    text = (
        "UN briefing on political prisoners\n\n"
        "Asked whether the releases were connected to President Viktar Hrodzen's statement of "
        "3 July that \u201cthose who are ill will be released, if they ask,\u201d Ms Costa "
        "said the Office had taken note.\n"
    )
    assert _quotes(text)["those who are ill will be released, if they ask"] == "Viktar Hrodzen"


def test_a_delisting_that_would_come_later_names_no_target() -> None:
    text = (
        "Podcast on sanctions\n\n"
        "GUEST: It is a licence that lets Avia Nord service its planes. A full delisting would "
        "come later, if it comes.\n"
    )
    assert not any("would" in t for _, t, _ in _sanctions(text))


def test_a_power_lifted_its_own_sanctions_on_goods() -> None:
    text = (
        "Podcast on sanctions\n\n"
        "HOST: This comes two months after Washington lifted its own timber sanctions in "
        "exchange for the release of 31 prisoners.\n"
    )
    assert any(a == "lifted" and t == "timber" for a, t, _ in _sanctions(text))


def test_words_a_speaker_announces_as_their_own_in_a_call_transcript() -> None:
    text = (
        "Earnings call transcript\n\n"
        "Ingrid Solvang, Chief Executive Officer: I will not speculate on politics. What I will "
        "say is that \u201ca deal-by-deal policy is not a market signal.\u201d\n"
    )
    assert _quotes(text)["a deal-by-deal policy is not a market signal."] == "Ingrid Solvang"


def test_a_company_officers_title_before_the_name() -> None:
    text = (
        "Stock exchange announcement\n\n"
        "The Company will not accept cargoes of Belarusian potash. \u201cWe will comply "
        "fully,\u201d said CEO Lars Nygaard.\n"
    )
    assert _quotes(text)["We will comply fully"] == "Lars Nygaard"


def test_a_counts_parts_by_date() -> None:
    text = (
        "Chart of the day\n\n"
        "Releases in 2024: 18 (July), 30 (August), 37 (September). Data: Viasna.\n"
    )
    found = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert {
        ("prisoners_released", 30, "2024-08"),
        ("prisoners_released", 37, "2024-09"),
    } <= found
    dashed = (
        "Panel transcript\n\n"
        "GUEST: In 2024 more than 90 prisoners walked out of Belarusian jails \u2014 18 in "
        "July, 30 in August, and others along the way.\n"
    )
    assert {("prisoners_released", 18), ("prisoners_released", 30)} <= _figures(dashed)
    plain = "Digest\n\nThe court sat 12 times (June) and 14 times (July).\n"
    assert not _figures(plain)


def test_added_to_our_national_lists() -> None:
    text = (
        "Joint statement on sanctions\n\n"
        "Our three countries have today added 25 Belarusian officials responsible for the "
        "repression to our national sanctions lists. The list includes the chairman of the "
        "Central Election Commission, Ihar Kazlou.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Ihar Kazlou" in targets
    assert any("officials" in t for t in targets)


def test_new_names_added_in_a_sentence_that_counts_political_prisoners() -> None:
    text = (
        "Panel transcript\n\n"
        "GUEST: Viasna still counts about 1,150 political prisoners, and it has added more "
        "than 120 new names since September alone.\n"
    )
    assert ("prisoners_designated", 120) in _figures(text)
    sanctions = (
        "Sanctions digest\n\n"
        "Washington removed Avia Nord from the SDN List and added 25 new names.\n"
    )
    assert not _figures(sanctions)


def test_a_running_count_told_as_a_compound_or_just_under() -> None:
    text = (
        "Panel transcript\n\n"
        "GUEST: The political-prisoner count is almost 1,450 today, by Viasna's figures.\n"
    )
    assert ("political_prisoners_held", 1450) in _figures(text)
    under = (
        "Podcast transcript\n\n"
        "HOST: Viasna recognized 61 new political prisoners in February. The total is just "
        "under 1,150.\n"
    )
    found = {
        (c.measure, c.value, c.qualifier) for c in extract_claims(under) if isinstance(c, Figure)
    }
    assert ("political_prisoners_held", 1150, "fewer_than") in found


def test_individuals_a_power_designated_on_a_date_are_no_count_of_prisoners() -> None:
    text = (
        "Client alert on sanctions\n\n"
        "On August 9, 2023, the third anniversary of the election, OFAC designated eight "
        "individuals, five entities and one aircraft under Executive Order 14038.\n"
    )
    assert not _figures(text)


def _dated_figures(text: str, published: dt.date | None = None) -> set[tuple[str, int, str | None]]:
    return {
        (c.measure, c.value, c.date)
        for c in extract_claims(text, published)
        if isinstance(c, Figure)
    }


def test_a_table_whose_columns_are_lined_up_with_spaces() -> None:
    text = (
        "Quarterly data note\n\n"
        "People held as political prisoners in Belarus, by quarter:\n\n"
        "  Quarter end        Held       Newly recognised\n"
        "  31 Mar 2023       1,478            91\n"
        "  30 Jun 2023       1,502           104\n"
        "  30 Sep 2023       1,480             –\n\n"
        "Source: the Viasna lists.\n"
    )
    found = _dated_figures(text)
    assert ("political_prisoners_held", 1478, "2023-03-31") in found
    assert ("political_prisoners_held", 1480, "2023-09-30") in found
    assert ("prisoners_designated", 104, "2023-06-30") in found
    assert len(found) == 5
    # two spaces inside prose make no table
    prose = (
        "Weekly note\n\n"
        "Forty people were detained on Monday.  Held since then  are the editors.\n"
        "12 May 2023  saw 30 more.\n"
    )
    assert ("political_prisoners_held", 30) not in _figures(prose)


def test_key_figures_after_dot_leaders_under_an_as_of_heading() -> None:
    text = (
        "Monthly review\n\n"
        "FIGURES OF THE MONTH (as of 30 April 2024)\n\n"
        "  Political prisoners held ................ 1,388\n"
        "    of them foreigners ..................... 41\n"
        "  Released in April (all grounds) ......... 57\n"
        "    — 3 April, Easter pardon ................ 20 (all men)\n"
        "    — end of term ........................... 37\n"
        "  Newly recognised in April ............... at least 33\n"
        "  Recognised since 2020 ................... 3,402*\n\n"
        "* including those since freed.\n"
    )
    found = {
        (c.measure, c.value, c.qualifier, c.date)
        for c in extract_claims(text)
        if isinstance(c, Figure)
    }
    assert ("political_prisoners_held", 1388, "exact", "2024-04-30") in found
    assert ("prisoners_released", 57, "exact", "2024-04") in found
    assert ("prisoners_released", 20, "exact", "2024-04-03") in found
    assert ("prisoners_released", 37, "exact", "2024-04") in found
    assert ("prisoners_designated", 33, "at_least", "2024-04") in found
    assert ("prisoners_designated", 3402, "exact", "2024-04-30") in found
    assert not any(value == 41 for _, value, _, _ in found)


def test_a_key_figure_after_a_colon_in_a_list() -> None:
    text = (
        "Dashboard notes\n\n"
        "Year-end panel (as of 31 December 2024):\n"
        "  – political prisoners held: 1,265\n"
        "  – freed by pardon during 2024: 227\n"
    )
    found = _dated_figures(text)
    assert ("political_prisoners_held", 1265, "2024-12-31") in found
    assert ("prisoners_released", 227, "2024") in found
    # a list's line counts people only where the text speaks of prisons before it
    other = "Dashboard notes\n\nUptime this quarter: 99\nReleases of the app: 12\n"
    assert not table_figures(other, None)


def test_those_recognised_as_of_a_day_are_the_list_that_day() -> None:
    text = (
        "Ratings note\n\n"
        "The rights group recognised 1,310 people as political prisoners as of March 3 and "
        "has added 200 new names to its list since January.\n"
    )
    assert ("political_prisoners_held", 1310) in _figures(text)
    passive = (
        "Annual report, risks\n\n"
        "According to the rights group, 1,211 persons were recognised as political prisoners "
        "at the end of 2023, of whom 702 were recognised during the year.\n"
    )
    found = _figures(passive)
    assert ("political_prisoners_held", 1211) in found
    assert ("prisoners_designated", 702) in found
    event = (
        "News brief\n\n"
        "The rights group recognised 25 people as political prisoners on Monday, citing "
        "the cases of the Hrodna teachers.\n"
    )
    assert ("prisoners_designated", 25) in _figures(event)


def test_persons_a_power_listed_are_no_count_of_prisoners() -> None:
    text = (
        "Trade ministry notice\n\n"
        "On 12 March 2024 the European Union listed 29 individuals and 4 entities over the "
        "repression of political prisoners, and Norway followed a week later.\n"
    )
    assert not _figures(text)


def test_tariffs_laid_on_a_country_s_goods() -> None:
    text = (
        "Fertiliser market note: sanctions and trade\n\n"
        "The Council of the EU adopted tariffs on nitrogen fertilisers from Russia in May "
        "2025. The European Commission has proposed tariffs on Belarusian steel.\n"
    )
    found = {(a, t, i) for a, t, i in _sanction_powers(text)}
    assert ("imposed", "nitrogen fertilisers", "European Union") in found
    assert ("threatened", "Belarusian steel", "European Union") in found


def test_a_sanctions_table_of_powers_dates_and_targets() -> None:
    text = (
        "Data desk: who sanctioned whom\n\n"
        "  Date      Imposer                  Main targets\n"
        "  4 Mar     Norway and Iceland       asset freezes: Ivan Tertel + 12 officials\n"
        "  19 Apr    European Union           Naftan; Belshina; 25 individuals\n"
        "  2 May     United States            import ban on potash, incl. Belaruskali\n\n"
        "Source: official journals; desk tally.\n"
    )
    found = {
        (c.action, c.target, c.imposer, c.date)
        for c in extract_claims(text, dt.date(2024, 6, 1))
        if isinstance(c, Sanction)
    }
    assert ("imposed", "Ivan Tertel", "Norway", "2024-03-04") in found
    assert ("imposed", "Naftan", "European Union", "2024-04-19") in found
    assert ("imposed", "Belshina", "European Union", "2024-04-19") in found
    assert ("imposed", "potash", "United States", "2024-05-02") in found
    assert ("imposed", "Belaruskali", "United States", "2024-05-02") in found
    # counts of those listed without their names are no targets
    assert not any(target[0].isdigit() or "officials" in target for _, target, _, _ in found)


def test_a_ruled_sanctions_table_whose_row_lifts_a_measure() -> None:
    text = (
        "Sanctions tracker\n\n"
        "Jurisdiction | Date | Measure\n"
        "United States | 11 Sep 2025 | Belavia: sanctions lifted\n"
        "Canada | 3 Oct 2025 | asset freeze on Grodno Azot\n"
    )
    found = {
        (c.action, c.target, c.imposer)
        for c in extract_claims(text, dt.date(2025, 12, 1))
        if isinstance(c, Sanction)
    }
    assert ("lifted", "Belavia", "United States") in found
    assert ("imposed", "Grodno Azot", "Canada") in found


def test_banks_cut_off_from_swift_with_an_aside_of_what_goes_with_them() -> None:
    text = (
        "Notice to clients on sanctions\n\n"
        "From 12 April 2022, Priorbank and Paritetbank, together with their branches abroad, "
        "are cut off from the SWIFT messaging system.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "Priorbank") in found
    assert ("imposed", "Paritetbank") in found


def test_kept_under_sanctions_of_a_kind() -> None:
    text = (
        "Market note on sanctions\n\nLondon has kept Naftan under sectoral sanctions since 2022.\n"
    )
    assert {(a, t, i) for a, t, i in _sanction_powers(text)} == {
        ("imposed", "Naftan", "United Kingdom")
    }
    # the words of a list's name are no measure the target was put under
    listed = (
        "Market note on sanctions\n\n"
        "Nine people have been added to the list of persons subject to financial sanctions.\n"
    )
    assert not any("list" in t for _, t, _ in _sanctions(listed))


def test_a_barred_target_with_a_possessive_aside() -> None:
    text = (
        "Aviation note on sanctions\n\n"
        "Avialinii, Belarus's second carrier, has been barred from EU airspace since June "
        "2021.\n"
    )
    assert ("imposed", "Avialinii", "2021-06") in _sanctions(text)


def test_a_second_target_with_a_date_of_its_own_and_no_verb() -> None:
    text = (
        "Potash note on sanctions\n\n"
        "Ottawa designated Naftan in March 2022 and its trading arm Belneftekhim (BNK) in "
        "June.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Naftan", "2022-03") in found
    assert ("imposed", "Belneftekhim", "2022-06") in found
    held = (
        "Potash note on sanctions\n\n"
        "Naftan has been on the US Treasury's list since August 2021 and its refinery arm "
        "Polimir Co. since December 2021.\n"
    )
    assert ("imposed", "Polimir Co.", "2021-12") in _sanctions(held)
    # (what the second is may go unsaid)
    bare = held.replace("and its refinery arm Polimir Co.", "and Polimir Co.")
    assert ("imposed", "Polimir Co.", "2021-12") in _sanctions(bare)
    # a second power is no second target
    powers = (
        "Potash note on sanctions\n\n"
        "The United States designated Naftan in March 2022 and the EU in June.\n"
    )
    assert not any(t == "EU" for _, t, _ in _sanctions(powers))


def test_titles_before_an_honorific_s_full_stop_name_no_one() -> None:
    text = (
        'Company news\n\n"We cannot price that risk," said Head of Compliance Dr. Ilse Brandauer.\n'
    )
    assert _quotes(text) == {"We cannot price that risk": "Ilse Brandauer"}


def test_a_title_after_its_owner_names_no_one_itself() -> None:
    text = (
        "Company news\n\n"
        'NPPC\'s COO, Marta Kilian, was blunt: "We have no Belarusian tonnes left."\n'
    )
    assert _quotes(text) == {"We have no Belarusian tonnes left.": "Marta Kilian"}


def test_what_a_measure_on_a_country_covers() -> None:
    text = (
        "Annual report: sanctions\n\n"
        "On 3 May 2023 the European Union adopted sectoral sanctions against Belarus covering "
        "trade in timber and cement.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "timber"), ("imposed", "cement")} <= found
    assert not any("covering" in t for _, t in found)


def test_banks_named_between_dashes_cut_off_from_swift() -> None:
    text = (
        "Annual report: sanctions\n\n"
        "In April 2022 two Belarusian lenders – Priorbank and Paritetbank – were "
        "disconnected from SWIFT.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Priorbank"), ("imposed", "Paritetbank")} <= found


def test_a_ban_on_dealing_in_goods() -> None:
    text = (
        "Annual report: sanctions\n\n"
        "Last month Norway added a ban on dealing in Belarusian state bonds.\n"
    )
    assert ("imposed", "Belarusian state bonds") in {(a, t) for a, t, _ in _sanctions(text)}


def test_a_target_removed_from_the_list_of_specially_designated_nationals() -> None:
    text = (
        "Airline news: sanctions\n\n"
        "On 2 March 2026 the Office of Foreign Assets Control of the US Department of the "
        "Treasury removed Naftan from the list of Specially Designated Nationals.\n"
    )
    assert ("lifted", "Naftan", "United States") in _sanction_powers(text)


def test_the_one_entity_a_listing_named_after_is() -> None:
    text = (
        "Council press release: restrictive measures\n\n"
        "The Council today added 9 individuals and 1 entity to the list of those subject to "
        "restrictive measures. The entity listed is the state news agency BelTA, responsible "
        "for spreading propaganda.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "BelTA") in found
    assert not any(t.startswith("responsible") for _, t in found)


def test_a_measure_targeting_goods_without_a_comma() -> None:
    text = (
        "Trade note on sanctions\n\n"
        "In May 2023 Canada imposed sanctions on Belarus targeting its timber exports.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("imposed", "Belarus") in found
    assert any(t.endswith("timber exports") for _, t in found)


def test_she_after_a_woman_described_with_her_name_who_spoke() -> None:
    # (a woman named in full before; the one who spoke just before has a given name that
    # tells nothing)
    before = (
        "Fund launch\n\n"
        '"This will not open a cell," Maria Kalesnikava told the launch. She said the movement '
        "had found 300 families.\n\n"
        "The Danish Refugee Council's secretary general, Solveig Lindqvist, said the council had "
        'worked with exiles since 2001. "We know how much fast help matters," she said.\n'
    )
    assert _quotes(before)["We know how much fast help matters"] == "Solveig Lindqvist"
    after = before.replace(
        "The Danish Refugee Council's secretary general, Solveig Lindqvist, said",
        "Solveig Lindqvist, the council's secretary general, said",
    )
    assert _quotes(after)["We know how much fast help matters"] == "Solveig Lindqvist"


def test_a_barred_target_described_then_a_relative_clause() -> None:
    text = (
        "Leasing note on sanctions\n\n"
        "The lessor has two jets with Avialinii, Georgia's second carrier, which has been "
        "barred from EU airspace since May 2022.\n"
    )
    assert ("imposed", "Avialinii", "2022-05") in _sanctions(text)


def test_a_package_named_by_its_ordinal() -> None:
    text = (
        "Market note on sanctions\n\n"
        "On 9 June 2025 Canada adopted its seventh package of sanctions against Naftan.\n"
    )
    assert ("imposed", "Naftan", "2025-06-09") in _sanctions(text)


def test_a_telephone_number_s_groups_are_no_count() -> None:
    text = (
        "Notice to families of prisoners\n\n"
        "Relatives of those held in Belarusian prisons can call the hotline: 0 800 500 225 "
        "(free of charge).\n"
    )
    assert not any(value > 100_000 for _, value in _figures(text))


def test_people_who_came_home_from_prisons_were_released() -> None:
    text = (
        "Official update\n\n"
        "On Friday 22 Moldovans came home from Belarusian prisons after a pardon.\n"
    )
    assert ("prisoners_released", 22) in _figures(text)
    listed = (
        "Official update on prisoners\n\n"
        "FIGURES\n\n"
        "  Moldovans returned from Belarus, 4 May 2025 ............ 22\n"
    )
    assert ("prisoners_released", 22) in _figures(listed)


def test_a_chart_s_data_line_of_months_and_counts() -> None:
    text = (
        "Quarterly bulletin\n\n"
        "Chart: political prisoners held, end of quarter, 2023 (rights group's data):\n"
        "  Mar 1,478 | Jun 1,502 | Sep 1,480 | Dec 1,440\n"
    )
    found = _dated_figures(text)
    assert ("political_prisoners_held", 1502, "2023-06") in found
    assert ("political_prisoners_held", 1440, "2023-12") in found
    # a line of months and numbers under words of no count is no series
    other = "Quarterly bulletin\n\nExports of potash, thousand tonnes, 2023:\n  Mar 410 | Jun 395\n"
    assert not _figures(other)


# Press reviews: "the paper" is the newspaper the review named


def test_the_paper_is_the_newspaper_a_review_s_heading_names() -> None:
    text = (
        "Press review, 14 March 2024\n\n"
        "Helsingin Sanomat: patience with Minsk is over\n\n"
        "The editorial backs the new Finnish entry bans on Belarusian officials. "
        '"Words have not freed a single prisoner," the paper writes.\n\n'
        "KURIER (AT)\n\n"
        "A cautious welcome in Vienna\n\n"
        "The Viennese daily is less sure of the bans:\n\n"
        '"Lists of names change nothing for the hundreds who are still held."\n'
    )
    quotes = _quotes(text)
    assert quotes["Words have not freed a single prisoner"] == "Helsingin Sanomat"
    assert quotes["Lists of names change nothing for the hundreds who are still held."] == "Kurier"


def test_the_daily_is_the_newspaper_the_sentences_before_made_their_subject() -> None:
    text = (
        "What the Czech papers say\n\n"
        "Lidové noviny devotes its front page to the pardon of twenty prisoners. "
        '"A pardon is not an acquittal," the daily argues.\n\n'
        "The business weekly Ekonom looks at the potash trade instead. "
        '"Fertiliser still finds its way west," the weekly notes.\n'
    )
    quotes = _quotes(text)
    assert quotes["A pardon is not an acquittal"] == "Lidové noviny"
    assert quotes["Fertiliser still finds its way west"] == "Ekonom"
    # a periodical's kind that qualifies a noun ("the daily briefing") is no speaker
    other = (
        "Ministry update\n\n"
        "Foreign Minister Anna Kowal spoke after the daily briefing. "
        '"We will not recognise the sentences," the minister said.\n'
    )
    assert _quotes(other)["We will not recognise the sentences"] == "Anna Kowal"


def test_a_newspaper_s_short_name_stands_for_the_fuller_one_its_heading_gave() -> None:
    text = (
        "Nordic press review\n\n"
        "Dagens Nyheter\n\n"
        "The DN praises the government's line. "
        '"Sweden must not trade sanctions for hostages," the paper writes.\n'
    )
    assert _quotes(text)["Sweden must not trade sanctions for hostages"] == "Dagens Nyheter"


def test_the_one_a_newspaper_quotes_before_a_colon_speaks() -> None:
    text = (
        "Baltic press review\n\n"
        "Diena: a warning from Riga\n\n"
        "The Latvian daily reports on the border and quotes Interior Minister Rihards Kozlovskis: "
        '"Every crossing will be checked."\n\n'
        "Delfi reports a new arrest and quotes an unnamed official: "
        '"We expect more detentions."\n'
    )
    quotes = _quotes(text)
    assert quotes["Every crossing will be checked."] == "Rihards Kozlovskis"
    assert quotes.get("We expect more detentions.") is None


def test_a_newspaper_s_possessive_and_a_woman_it_interviews() -> None:
    text = (
        "European press review\n\n"
        "Les Echos: doubts about the bans\n\n"
        "Les Echos' editorial argues that bans on officials are symbolic. "
        '"Nobody in Minsk fears a visa ban," the paper writes.\n\n'
        "Der Standard\n\n"
        "The Vienna daily interviews a ministry spokeswoman, Judith Berger, who defended the "
        'measures. Asked about potash, she said: "Austria follows the European Union."\n'
    )
    quotes = _quotes(text)
    assert quotes["Nobody in Minsk fears a visa ban"] == "Les Echos"
    assert quotes["Austria follows the European Union."] == "Judith Berger"


# Profiles of one person or body: the subject is every listing's target


def test_a_profile_s_subject_is_the_target_of_its_table_of_listings() -> None:
    text = (
        "Screening database · Individual record\n\n"
        "NAME:           KARPENKOV, Nikolai Nikolaevich\n"
        "Position:       Deputy Minister of Internal Affairs\n\n"
        "LISTINGS\n"
        "Authority                 Legal basis                                Date listed\n"
        "European Union            Council Implementing Regulation 2020/1648  06.11.2020\n"
        "United Kingdom – OFSI     The Republic of Belarus (Sanctions) Regulations 2019   "
        "6 November 2020\n"
        "Canada                    Special Economic Measures (Belarus) Regs   15 October 2020\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Nikolai Nikolaevich Karpenkov", "2020-11-06") in found
    assert ("imposed", "Nikolai Nikolaevich Karpenkov", "2020-10-15") in found
    listed = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert {c.imposer for c in listed} == {"European Union", "United Kingdom", "Canada"}


def test_a_profile_s_heading_name_and_a_listing_s_end() -> None:
    text = (
        "Sanctions register\n\n"
        "NAUMCHIK Olga Viktorovna\n\n"
        "Role: judge of the Minsk City Court\n\n"
        "| Jurisdiction | Listed on | End date | Status |\n"
        "| United States | 2023-03-24 | 2025-09-11 | Removed |\n"
        "| Switzerland | 2023-04-05 | | Active |\n"
    )
    found = {
        (c.action, c.target, c.imposer, c.date)
        for c in extract_claims(text)
        if isinstance(c, Sanction)
    }
    assert ("imposed", "Olga Viktorovna Naumchik", "United States", "2023-03-24") in found
    assert ("lifted", "Olga Viktorovna Naumchik", "United States", "2025-09-11") in found
    assert ("imposed", "Olga Viktorovna Naumchik", "Switzerland", "2023-04-05") in found
    assert not any(a == "lifted" and p == "Switzerland" for a, _, p, _ in found)


def test_a_name_after_a_description_its_owner_s_possessive_opens() -> None:
    text = (
        "Sanctions update\n\n"
        "On 9 August 2024 the United States designated Belarus's state arms exporter "
        "Beltechexport.\n"
    )
    assert ("imposed", "Beltechexport", "2024-08-09") in _sanctions(text)
    unit = (
        "Sanctions update\n\n"
        "In March 2023 the United Kingdom listed the Interior Ministry's special rapid response "
        "unit Almaz.\n"
    )
    found = _sanctions(unit)
    assert ("imposed", "Almaz", "2023-03") in found
    assert not any(target.endswith(("'s", "’s")) for _, target, _ in found)


def test_a_second_target_with_its_own_date_after_a_comma_and() -> None:
    text = (
        "Sanctions update\n\n"
        "Naftan has been under EU sanctions since June 2021, and Grodno Azot since "
        "December 2021.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Naftan", "2021-06") in found
    assert ("imposed", "Grodno Azot", "2021-12") in found


def test_those_recognised_by_a_day_or_around_one_are_the_list() -> None:
    by_day = "Chronicle\n\nBy 1 March 2023 Viasna recognised 1,460 political prisoners.\n"
    assert ("political_prisoners_held", 1460) in _figures(by_day)
    mid = "Working paper\n\nViasna recognised about 1,100 political prisoners in mid-April 2022.\n"
    assert ("political_prisoners_held", 1100) in _figures(mid)
    passive = (
        "Profile\n\n"
        "According to rights groups, 1,515 people were recognised as political prisoners in "
        "Belarus in mid-May 2023.\n"
    )
    assert ("political_prisoners_held", 1515) in _figures(passive)
    # a month's new names stay new names
    month = "Monthly\n\nIn May 2023 Viasna recognised 34 people as political prisoners.\n"
    assert ("prisoners_designated", 34) in _figures(month)


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence() -> None:
    text = (
        "2024 pardons in Belarus\n\n"
        "Eighteen prisoners were pardoned on 3 July.[4] Kellogg said the talks were "
        '"going in the right direction", and added: "More will come."[5]\n'
    )
    assert _quotes(text)["More will come."] == "Kellogg"


def test_the_author_of_a_piece_a_newspaper_carries_speaks() -> None:
    text = (
        "Hungarian press review\n\n"
        "Népszava runs an op-ed by Gábor Horváth [a former diplomat - ed.]: "
        '"Budapest cannot stay silent on Minsk."\n\n'
        "The weekly HVG carries a commentary by Eszter Kovács, who argues that the EU's "
        'listings only push Lukashenko closer to Putin. "Every list is a gift to Moscow," '
        "she writes.\n"
    )
    quotes = _quotes(text)
    assert quotes["Budapest cannot stay silent on Minsk."] == "Gábor Horváth"
    assert quotes["Every list is a gift to Moscow"] == "Eszter Kovács"


def test_a_listing_s_date_in_brackets_after_its_target() -> None:
    text = (
        "Delisting notice\n\n"
        "On 4 May 2026 the United Kingdom removed the state lender Belinvestbank and the "
        "exporter Belneftekhim (listed in March 2022) from its sanctions list.\n"
    )
    found = _sanctions(text)
    assert ("lifted", "Belinvestbank", "2026-05-04") in found
    assert ("lifted", "Belneftekhim", "2026-05-04") in found
    assert ("imposed", "Belneftekhim", "2022-03") in found
    assert not any(a == "imposed" and t == "Belinvestbank" for a, t, _ in found)


def test_a_ban_on_what_may_not_be_done_hits_who_may_not_do_it() -> None:
    text = (
        "Chronology of measures\n\n"
        "• 12 May 2022: Canada imposed a ban on landing at Canadian airports and on overflight "
        "of its airspace by Belarusian aircraft;\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Belarusian aircraft", "2022-05-12") in found
    assert not any(t.startswith(("landing", "overflight")) for _, t, _ in found)
    verb = (
        "Sanctions news\n\nIn 2022 Norway banned the use of Norwegian ports by Belarusian ships.\n"
    )
    assert ("imposed", "Belarusian ships", "2022") in _sanctions(verb)


def test_the_one_quoted_as_saying_speaks() -> None:
    text = (
        "Morning media summary\n\n"
        "Delfi reported on the border and quoted Interior Minister Agnė Bilotaitė as saying "
        'the checks would "continue for as long as necessary".\n'
    )
    assert _quotes(text)["continue for as long as necessary"] == "Agnė Bilotaitė"
    # ("X was quoted by the press service as saying": X is quoted)
    passive = (
        "News agency report\n\n"
        "Lukashenko was quoted by the presidential press service as saying Minsk was "
        '"open to any talks".\n'
    )
    assert _quotes(passive)["open to any talks"] == "Lukashenko"


def test_a_body_s_kind_then_its_name_speaks_by_the_name() -> None:
    text = (
        "Monitoring report\n\n"
        "The state news agency Sputnik Belarus went further, claiming that "
        '"all the sanctions will be gone by spring".\n'
    )
    assert _quotes(text)["all the sanctions will be gone by spring"] == "Sputnik Belarus"
    channel = (
        "Monitoring report\n\n"
        "The pro-Kremlin Telegram channel Rybar wrote that "
        '"Minsk has won this round".\n'
    )
    assert _quotes(channel)["Minsk has won this round"] == "Rybar"


def test_a_table_s_measure_for_its_target_and_no_legal_act_as_a_target() -> None:
    text = (
        "Guide to the sanctions literature\n\n"
        "| Date | Imposer | Measure |\n"
        "| 20 Dec 2021 | Switzerland | Landing and overflight ban for Belarusian airlines |\n"
        "| 2 Dec 2021 | UK | Regulation 2021/1346; Belarusian Potash Company designated |\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Belarusian airlines", "2021-12-20") in found
    assert ("imposed", "Belarusian Potash Company", "2021-12-02") in found
    assert not any(t.startswith(("Regulation", "Landing")) for _, t, _ in found)


def test_a_list_of_those_barred_and_a_listing_among_others() -> None:
    text = (
        "Sanctions chronicle\n\n"
        "In March 2023 Latvia added the prosecutor, Aliaksei Vasilevich, to its national list "
        "of persons barred from entering the country.\n"
    )
    assert ("imposed", "Aliaksei Vasilevich", "2023-03") in _sanctions(text)
    others = (
        "Sanctions glossary\n\n"
        "In 2024 Canada listed, among others, the prison governor Ihar Kennik.\n"
    )
    assert ("imposed", "Ihar Kennik", "2024") in _sanctions(others)
    # (a speech verb's "added that …" is no addition to a list)
    said = (
        "Sanctions chronicle\n\n"
        "He added that the government was preparing to put more officials on Poland's "
        "national list of people barred from entering the country.\n"
    )
    assert not any(t.startswith("that ") for _, t, _ in _sanctions(said))


def test_those_currently_recognised_are_the_list() -> None:
    text = (
        "Evening news summary\n\n"
        "The broadcaster said that 1,118 people were currently recognised as political "
        "prisoners.\n"
    )
    assert ("political_prisoners_held", 1118) in _figures(text)


def test_an_aside_in_brackets_before_the_verb_is_no_subject() -> None:
    text = (
        "Parliament briefing\n\n"
        "MEPs urged the Council to act. Rasa Juknevičienė (European People's Party, "
        'Lithuania) put it plainly: "Half a sanction is no sanction."\n'
    )
    assert _quotes(text)["Half a sanction is no sanction."] == "Rasa Juknevičienė"


def test_a_footnote_mark_after_a_closing_single_quote() -> None:
    text = (
        "Research briefing\n\n"
        "The Foreign Secretary, Yvette Cooper, told the House: 'Sanctions stay until the "
        "prisons are empty.'[6] She gave no date.\n"
    )
    assert _quotes(text)["Sanctions stay until the prisons are empty."] == "Yvette Cooper"


def test_the_minister_is_not_the_shadow_minister() -> None:
    text = (
        "Debate summary\n\n"
        "The Minister for Europe, Hamish Falconer, opened the debate. Priti Patel, the shadow "
        'minister, said: "Potash money still reaches Minsk." Another member asked about the '
        'prisoners. The minister replied that the measures "will stay in place".\n'
    )
    assert _quotes(text)["will stay in place"] == "Hamish Falconer"


def test_a_place_after_its_preposition_before_a_surname_is_no_given_name() -> None:
    text = (
        "2024 pardons\n\n"
        "Those freed included the blogger Ihar Losik, held since 2020. In Warsaw Losik told "
        'reporters: "I want to see my daughter first."\n'
    )
    assert _quotes(text)["I want to see my daughter first."] == "Ihar Losik"


def test_someone_s_framing_or_formula_gives_them_the_words() -> None:
    text = (
        "Literature review\n\n"
        'Kellogg\'s own framing is often cited: "Prisoners first, then we talk about the rest" '
        "(quoted in Brandt 2025).\n\n"
        'Franak Viacorka\'s phrase, "a revolving door with a turnstile", recurs in the papers.\n'
    )
    quotes = _quotes(text)
    assert quotes["Prisoners first, then we talk about the rest"] == "Kellogg"
    assert quotes["a revolving door with a turnstile"] == "Franak Viacorka"


def test_a_person_s_office_speaks_by_its_own_name() -> None:
    text = (
        "Statement\n\n"
        'Pavel Latushka\'s office said: "The pardon changes nothing for the thousand still held."\n'
    )
    assert (
        _quotes(text)["The pardon changes nothing for the thousand still held."]
        == "Office of Pavel Latushka"
    )


def test_a_ban_weighed_by_its_noun_is_a_threat() -> None:
    text = (
        "Sanctions news\n\n"
        "Latvia is considering a national ban on Belarusian-registered buses, the interior "
        "minister said.\n"
    )
    found = _sanctions(text)
    assert ("threatened", "Belarusian-registered buses", None) in found
    assert not any(a == "imposed" for a, _, _ in found)
    # (a ban already in force that some reconsider stays one)
    held = (
        "Letter to the editor\n\nSome EU capitals are reconsidering the ban on Belarusian timber.\n"
    )
    assert ("imposed", "Belarusian timber", None) in _sanctions(held)


def test_words_a_speech_verb_introduces_are_kept_when_no_one_is_named() -> None:
    text = (
        "Embassy cable\n\n"
        '3. Several ministers met the delegation in Vilnius on Tuesday. One said, "We will not '
        'trade sanctions for a handful of pardons." A senior aide in the chancellery wrote in '
        'an email the next morning that "the list is longer than the one they showed us."\n\n'
        '4. The Deputy Foreign Minister said on Friday that "the door must not become a shop."\n'
    )
    quotes = _quotes(text)
    assert quotes["We will not trade sanctions for a handful of pardons."] is None
    assert (
        quotes["the list is longer than the one they showed us."]
        == "senior aide in the chancellery"
    )
    assert quotes["the door must not become a shop."] == "Deputy Foreign Minister"


def test_a_statement_s_frame_keeps_terms_and_named_speakers_apart() -> None:
    text = (
        "Weekly note\n\n"
        'The court found the four guilty of acts that "grossly violated public order".\n\n'
        'Its statement at the time said: "All political prisoners must be released."\n\n'
        'As I told the committee in March, "relief will follow releases, not precede them."\n'
    )
    quotes = _quotes(text)
    assert "grossly violated public order" not in quotes
    # (a document's words are its author's and a first person's the writer's: no one's here)
    assert "All political prisoners must be released." not in quotes
    assert "relief will follow releases, not precede them." not in quotes


def test_a_listing_to_come_is_a_threat_and_one_adopted_a_measure() -> None:
    text = (
        "Council briefing\n\n"
        "On sanctions, diplomats said a further listing of Belarusian prosecutors could be "
        "proposed by the EU in the spring. Brussels threatened new listings of those behind "
        "the smuggling flights.\n\n"
        "In March the EU adopted a new listing of Belarusian judges under its sanctions regime.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert found == {
        ("threatened", "Belarusian prosecutors"),
        ("threatened", "those behind the smuggling flights"),
        ("imposed", "Belarusian judges"),
    }


def test_a_measure_said_to_be_proposed_after_its_target_is_a_threat() -> None:
    text = (
        "Sanctions roundup\n\n"
        "A ban on Belarusian plywood could be proposed in the autumn, officials said.\n\n"
        "The ban on Belarusian timber is expected to cost the sawmills dearly.\n"
    )
    found = _sanctions(text)
    assert ("threatened", "Belarusian plywood", None) in found
    assert ("imposed", "Belarusian timber", None) in found


def test_a_long_title_s_portfolio_is_no_name() -> None:
    text = (
        "Press release\n\n"
        '"The listing is a signal," said the High Representative for Foreign Affairs and '
        "Security Policy, Kaja Kallas.\n\n"
        '"We stand with those still held," the Minister for Foreign Affairs, Senator Penny '
        "Wong, said in a statement.\n\n"
        '"Relief must follow releases," the Department of Foreign Affairs and Trade said.\n'
    )
    quotes = _quotes(text)
    assert quotes["The listing is a signal"] == "Kaja Kallas"
    assert quotes["We stand with those still held"] == "Penny Wong"
    assert quotes["Relief must follow releases"] != "Trade"


def test_a_power_s_next_package_and_new_listings_by_their_power_are_threats() -> None:
    text = (
        "Ministry statement\n\n"
        "Latvia will propose that the EU's next sanctions package include Belarusian insurers. "
        "The Baltic ministers said they would propose new EU listings of colony governors.\n\n"
        "The UK's sanctions package was announced in May, after the EU's next round was "
        "delayed.\n"
    )
    found = {
        (c.action, c.target, c.imposer) for c in extract_claims(text) if isinstance(c, Sanction)
    }
    assert ("threatened", "Belarusian insurers", "European Union") in found
    assert ("threatened", "colony governors", "European Union") in found
    # ("next" says which package, not on what)
    assert not any(t == "next" for _, t, _ in found)


def test_a_name_given_by_its_initial_is_a_person() -> None:
    text = (
        "Minutes of the committee\n\n"
        "K. Ramanauskas said that Ihar Losik and Maryna Zolatava had been held without contact "
        'for months. "We do not even know where they are," he said.\n\n'
        "Deputy Minister V. Ožolienė replied that the next package was ready. "
        '"We expect it in March," she said.\n\n'
        '"The list is final," said Brian E. Nelson of the Treasury.\n'
    )
    quotes = _quotes(text)
    assert quotes["We do not even know where they are"] == "K. Ramanauskas"
    assert quotes["We expect it in March"] == "V. Ožolienė"
    assert quotes["The list is final"] == "Brian Nelson"


def test_a_count_after_a_year_those_passed_through_detention_and_a_count_risen_past() -> None:
    text = (
        "Answer of the Federal Government\n\n"
        "According to the Human Rights Centre, on 30 June 2023 1,487 persons were recognised "
        "as political prisoners.\n\n"
        "By the centre's count more than 9,000 people have passed through detention since the "
        "protests began.\n\n"
        "The centre's count of political prisoners has since risen past 1,500.\n"
    )
    found = {
        (c.measure, c.value, c.qualifier) for c in extract_claims(text) if isinstance(c, Figure)
    }
    assert ("political_prisoners_held", 1487, "exact") in found
    assert ("prisoners_detained", 9000, "more_than") in found
    assert ("political_prisoners_held", 1500, "more_than") in found
    # (a telephone number's groups stay no count: "0 800 300 529")
    assert not any(v in (800, 300, 529) for _, v, _ in _figures("Call 0 800 300 529 for help."))


def test_a_list_s_lead_in_tells_whether_its_measures_are_proposed_or_taken() -> None:
    proposed = (
        "Working party outcome\n\n"
        "The sanctions options before the working party cover:\n"
        "   (a) a prohibition on the import of Belarusian cement;\n"
        "   (b) a prohibition on the import of Belarusian tyres.\n\n"
        "In particular, the rapporteur proposed:\n"
        "• to impose personal sanctions on the heads of pre-trial detention centres;\n"
        "• to keep the ban on Belarusian potash.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(proposed)}
    assert ("threatened", "import of Belarusian cement") in found
    assert ("threatened", "import of Belarusian tyres") in found
    assert ("threatened", "heads of pre-trial detention centres") in found
    assert ("imposed", "Belarusian potash") in found
    demanded = (
        "Open letter\n\nWe call on the EU and its partners:\n"
        "- to impose sanctions on Belarusian prison doctors;\n- to ban imports of Belarusian glass.\n"
    )
    assert _sanctions(demanded) == set()
    taken = (
        "Timeline\n\nThe Council was asked to prepare a ban on Belarusian sanctions evaders. "
        "The measures followed quickly:\n"
        "• 2 June 2022: a prohibition on the import of Belarusian rubber.\n"
    )
    assert ("imposed", "import of Belarusian rubber") in {(a, t) for a, t, _ in _sanctions(taken)}


def test_a_role_with_a_long_portfolio_is_its_holder_later() -> None:
    text = (
        "Press release\n\n"
        '"The listing stands," said the Special Rapporteur of the Council for Civil Liberties '
        "and Human Rights, Ana Gomes. \"Today's decision is only a first step, and more "
        'will follow if the arrests go on."\n\n'
        'Speaking to journalists later, the Special Rapporteur added: "We are ready to do more."\n'
    )
    assert _quotes(text)["We are ready to do more."] == "Ana Gomes"


def test_items_a_semicolon_parts_are_the_names_that_hold_each_role() -> None:
    text = (
        "News release\n\n"
        "Ottawa imposed sanctions on six officials today. Those sanctioned include the "
        "Minister of Industry and Trade, Viktar Karankevich; the head of the Border and "
        "Customs Service, Major General Dzmitry Gora; and Ivan Tertel.\n"
    )
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Viktar Karankevich", "Dzmitry Gora", "Ivan Tertel"} <= targets
    assert not targets & {"Minister of Industry", "General Dzmitry Gora", "Customs Service"}


def test_whom_a_speaker_told_is_not_who_adds_after_and() -> None:
    text = (
        "Cable\n\n"
        "Lukashenko's spokeswoman Natalya Eismont told state TV that the pardoned had repented, "
        'and added: "Anyone may follow them."\n\n'
        "Belavia's spokesman Ihar Sokal told Reuters that talks would go on, and added: "
        '"Nothing is agreed."\n'
    )
    quotes = _quotes(text)
    assert quotes["Anyone may follow them."] == "Natalya Eismont"
    assert quotes["Nothing is agreed."] == "Ihar Sokal"


def test_a_ministry_named_short_is_the_fuller_name_given_before() -> None:
    text = (
        "Transit papers\n\n"
        "The files were released by the Ministry of Energy and Mines after a request from "
        "journalists.\n\n"
        'The Ministry of Energy said in a statement that the release "shows nothing unlawful."\n'
    )
    assert _quotes(text)["shows nothing unlawful."] == "Ministry of Energy and Mines"


def test_a_release_s_credit_line_and_a_frame_before_a_later_verb() -> None:
    text = (
        "News release\n\nQuotes\n\n"
        '"The forced landing of a plane to seize a reporter cannot go unanswered."\n\n'
        "- The Honourable Anita Anand, Minister of Foreign Affairs\n\n"
        "Sanctions\n\n"
        "As the Minister for Europe said when the listings were announced, "
        '"those who run the colonies should know that we know their names."\n'
    )
    quotes = _quotes(text)
    assert (
        quotes["The forced landing of a plane to seize a reporter cannot go unanswered."]
        == "Anita Anand"
    )
    assert (
        quotes["those who run the colonies should know that we know their names."]
        == "Minister for Europe"
    )


def test_a_release_dated_between_commas_a_further_count_since_and_a_list_that_stood() -> None:
    text = (
        "Joint statement\n\n"
        "We welcome the release, on 12 March, of 18 political prisoners.\n\n"
        "Since the release of 18 prisoners on 12 March, rights defenders have recognised a "
        "further 64 people as political prisoners.\n\n"
        "The list of political prisoners maintained by the Belarusian Human Rights Centre "
        "stood at 1,164 at the time.\n"
    )
    found = {(c.measure, c.value) for c in extract_claims(text) if isinstance(c, Figure)}
    assert ("prisoners_released", 18) in found
    assert ("prisoners_designated", 64) in found
    assert ("political_prisoners_held", 64) not in found
    assert ("political_prisoners_held", 1164) in found


def test_a_power_s_promised_listing_is_a_threat() -> None:
    text = (
        "Sanctions memo\n\n"
        "The United States vowed to designate Grodno Azot under a new executive order. "
        "Canada has pledged to sanction the Naftan refinery as well.\n\n"
        "Analysts said it was the best way to sanction the regime's revenue.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("threatened", "Grodno Azot") in found
    assert any(a == "threatened" and "Naftan" in t for a, t in found)
    assert not any("revenue" in t for _, t in found)


def test_counts_in_brackets_after_their_months_are_the_releases_of_those_months() -> None:
    text = (
        "Fact sheet\n\n"
        "The releases with American help in 2025 came in April (5 persons, including a "
        "Japanese citizen), August (31 persons) and November (9 people).\n"
    )
    found = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert ("prisoners_released", 5, "2025-04") in found
    assert ("prisoners_released", 31, "2025-08") in found
    assert ("prisoners_released", 9, "2025-11") in found


def test_one_of_a_group_described_in_apposition_speaks_as_described() -> None:
    text = (
        "Evening bulletin\n\n"
        "One of those freed on Friday, a retired teacher from Lida, told reporters at the "
        'border: "I did not ask for a pardon."\n'
    )
    assert _quotes(text)["I did not ask for a pardon."] == "retired teacher from Lida"


def test_several_holders_of_a_role_are_not_the_one_named_last() -> None:
    text = (
        "Weimar meeting\n\n"
        "Polish Foreign Minister Radosław Sikorski hosted his French and German counterparts. "
        'In a joint statement, the three ministers wrote: "We demand the release of all '
        'political prisoners."\n'
    )
    assert _quotes(text).get("We demand the release of all political prisoners.") != (
        "Radosław Sikorski"
    )


def test_a_surname_tells_her_gender_behind_an_initial_and_a_hyphen() -> None:
    text = (
        "Committee minutes\n\n"
        "Maria Kalesnikava remains in prison.\n\n"
        "L. Talat-Kelpša asked about listings. Deputy Minister R. Žemaitaitė-Vogel replied "
        'that the package was ready. "We put forward nine names," she said.\n'
    )
    assert _quotes(text)["We put forward nine names"] == "R. Žemaitaitė-Vogel"


def test_the_chairperson_is_the_one_the_minutes_name_as_chair() -> None:
    text = (
        "Minutes of the contact group\n\n"
        "Chairperson: Ms Ingrid Solberg (Norway)\nSecretary: Mr Tomas Berg\n\n"
        "Mr Henrik Dahl cautioned against haste. The Chairperson concluded that "
        '"every release counts, and so does every new arrest."\n'
    )
    assert _quotes(text)["every release counts, and so does every new arrest."] == (
        "Ingrid Solberg"
    )


def test_the_words_of_someone_before_a_colon_are_theirs() -> None:
    text = (
        "Committee minutes\n\n"
        "The representative of the Ombudsman's Office conveyed the words of the Commissioner, "
        'Olena Havryliuk: "Our door stays open to those who stood against the dictator."\n'
    )
    assert _quotes(text)["Our door stays open to those who stood against the dictator."] == (
        "Olena Havryliuk"
    )


def test_words_i_said_are_those_of_the_writer_named_alone_below_the_title() -> None:
    text = (
        "A winter of parcels\n\n"
        "Marta Ilyushchenka\n"
        "12 min read · Jan 9, 2023\n\n"
        "The officer at the window refused the boots because the laces were too long. "
        'I told him: "Then cut them, and give him the boots." He did not answer.\n'
    )
    assert _quotes(text)["Then cut them, and give him the boots."] == "Marta Ilyushchenka"


def test_a_name_line_is_the_writer_only_where_i_speak() -> None:
    text = (
        "A winter of parcels\n\n"
        "Marta Ilyushchenka\n\n"
        "Viasna counted 1,446 political prisoners. The officer at the window said: "
        '"No parcels this month." I went home.\n'
    )
    assert _quotes(text).get("No parcels this month.") != "Marta Ilyushchenka"


def test_an_answer_told_to_the_writer_is_not_the_writers_own() -> None:
    text = (
        "Notes from a reception\n\n"
        "Henrik Solum\n\n"
        "Anna Lindqvist, the minister, told me when I asked her about the licences: "
        '"We will not trade our measures for hostages." I thought it was the right answer.\n\n'
        'One of my former students wrote to me in May: "Tell them we are not currency." '
        "I promised her I would.\n"
    )
    quotes = _quotes(text)
    assert quotes.get("We will not trade our measures for hostages.") != "Henrik Solum"
    assert quotes.get("Tell them we are not currency.") != "Henrik Solum"


def test_a_quotation_alone_after_a_letter_and_its_sender_is_the_senders() -> None:
    text = (
        "A mother's diary\n\n"
        "Halina Tsvirko's son Pavel, a 31-year-old engineer, was jailed in 2021.\n\n"
        'Pavel\'s letter of 3 March came today. "The soup is better on Sundays." I laughed.\n\n'
        "Andrei Lis, his cellmate until May, sent me a postcard from Vilnius. It said: "
        '"Your son is stronger than the walls."\n\n'
        'A letter from Kiryl Sadouski, dated 2 May. "Do not send chocolate, send books."\n'
    )
    quotes = _quotes(text)
    assert quotes["The soup is better on Sundays."] == "Pavel Tsvirko"
    assert quotes["Your son is stronger than the walls."] == "Andrei Lis"
    assert quotes["Do not send chocolate, send books."] == "Kiryl Sadouski"


def test_his_last_letter_gives_the_words_of_the_man_named_before() -> None:
    text = (
        "Opinion\n\n"
        "My son Siarhei Barysau has been in a colony in Mahiliou since 2021. He writes every "
        'week. In his last letter: "The waiting is the worst part, for both of us." I agree.\n'
    )
    assert _quotes(text)["The waiting is the worst part, for both of us."] == "Siarhei Barysau"


def test_a_letters_words_after_a_sentence_that_says_more_are_not_the_senders() -> None:
    text = (
        "Kiryl Sadouski's letter of 2 May came on Friday. His lawyer, Ala Hrynko, read it and "
        'said: "He is not well, whatever he writes."\n'
    )
    assert _quotes(text)["He is not well, whatever he writes."] == "Ala Hrynko"


def test_a_power_that_has_had_a_target_under_sanctions_since_a_date_holds_it() -> None:
    text = (
        "What is in force today:\n\n"
        "Canada has had the Minsk Tractor Works under sanctions since March 2022. "
        "The United Kingdom has had Grodno Azot, our largest fertiliser plant, under "
        "sanctions since December 2021.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Minsk Tractor Works", "2022-03") in found
    assert ("imposed", "Grodno Azot", "2021-12") in found


def test_having_had_something_that_is_no_measure_is_no_listing() -> None:
    text = (
        "Belavia has had its older aircraft under repair since 2021, and the EU has had "
        "enough of promises: its sanctions stay.\n"
    )
    assert not {s for s in _sanctions(text) if s[1] in ("older aircraft", "enough")}


def test_a_powers_designations_or_its_listings_included_are_its_targets() -> None:
    text = (
        "The sanctions came in layers. Ottawa's designations included the Minsk Automobile "
        "Plant. The EU adopted its sixth package on 4 August 2022; its listings included the "
        "state broadcaster ONT and the Belarusian Railway.\n"
    )
    found = _sanction_powers(text)
    assert ("imposed", "Minsk Automobile Plant", "Canada") in found
    assert {"ONT", "Belarusian Railway"} <= {
        t for _, t, power in found if power == "European Union"
    }


def test_a_single_quotation_mark_closes_before_a_footnotes_mark() -> None:
    text = (
        "Within a day the Council had acted. Its president, Anna Berglund, told reporters: "
        "‘The answer will be swift and it will be united.’³ It was.\n"
    )
    assert _quotes(text)["The answer will be swift and it will be united."] == "Anna Berglund"


def test_one_described_with_what_they_do_speaks_unnamed() -> None:
    text = (
        "The package took a month. A Latvian official who worked on the drafting described "
        'the outcome with some pride: "Four capitals published on the same afternoon." An EU '
        "diplomat involved in the talks on transit put it plainly: "
        '"Potash took a month, and we carved out most of it."\n'
    )
    quotes = _quotes(text)
    assert "Four capitals published on the same afternoon." in quotes
    assert "Potash took a month, and we carved out most of it." in quotes


def test_a_tables_caption_year_dates_its_month_rows() -> None:
    text = (
        "Political prisoners were pardoned in several rounds.\n\n"
        "Table 3. Pardons announced, March–October 2023\n"
        "| Month | Released | Note |\n"
        "| March | 12 | women with children |\n"
        "| October | 21 + 9 | two decrees |\n"
        "| Total | 42 | |\n"
    )
    figures = {(f.value, f.date) for f in table_figures(text, None)}
    assert figures == {(12, "2023-03"), (21, "2023-10"), (9, "2023-10")}


def test_a_count_cell_may_carry_a_note_in_brackets() -> None:
    text = (
        "Political prisoners, as counted by Viasna.\n\n"
        "Exhibit 2. Counts used in the talks, 2025\n"
        "| Date | Political prisoners held |\n"
        "| 10 December | ~1,250 (figure given to the envoy) |\n"
        "| 31 December | 1,131 |\n"
    )
    figures = {(f.value, f.qualifier, f.date) for f in table_figures(text, None)}
    assert figures == {(1250, "about", "2025-12-10"), (1131, "exact", "2025-12-31")}


def test_a_caption_of_several_years_dates_no_row() -> None:
    text = (
        "Political prisoners were pardoned in several rounds.\n\n"
        "Table 4. Pardons, 2023 and 2024\n"
        "| Month | Released |\n"
        "| March | 12 |\n"
    )
    assert not table_figures(text, None)


def test_the_writers_kin_speaks_unnamed_or_by_the_name_given_before() -> None:
    text = (
        'I kept some of the prize money. My husband said, "You already paid with the risk." '
        "He is right.\n\n"
        "My sister, Ala Marchuk, is a nurse in Hrodna. Last week my sister, who still visits "
        'the colony, said on the phone, "They have moved him again."\n'
    )
    quotes = _quotes(text)
    assert "You already paid with the risk." in quotes
    assert quotes["They have moved him again."] == "Ala Marchuk"


def test_an_answer_quoted_alone_after_the_writers_question_is_the_one_asked() -> None:
    text = (
        "In Warsaw I met Pavel Hryb, freed in June after three years. I asked him what he "
        'missed most. "Rain on my face." He did not smile.\n'
    )
    assert _quotes(text)["Rain on my face."] == "Pavel Hryb"


def test_what_he_writes_goes_on_in_a_quotation_alone() -> None:
    text = (
        "Ihar Losik has been held since 2020. A letter came on Monday. Ihar writes that a man "
        'in his unit was punished for singing. "Not even a political song. It was a lullaby."\n'
    )
    assert _quotes(text)["Not even a political song. It was a lullaby."] == "Ihar Losik"


def test_words_whose_attribution_follows_them_are_not_the_letter_writers() -> None:
    text = (
        "Ihar Losik has been held since 2020. His wife writes that the parcels come back. "
        '"We have not seen the changes that would justify it," the minister, Espen Lund, told '
        "the paper.\n"
    )
    assert _quotes(text)["We have not seen the changes that would justify it"] == "Espen Lund"


def test_aligning_with_a_powers_belarus_regime_is_a_measure_on_belarus() -> None:
    text = "Sanctions spread. Iceland aligned with the EU's Belarus regime in 2022.\n"
    assert ("imposed", "Belarus", "Iceland") in _sanction_powers(text)


def test_targets_a_relative_clause_says_a_power_has_listed_since_a_year() -> None:
    text = (
        "Sanctions stayed. Brussels did not touch its measures on the truck maker MAZ or on "
        "Belshina, which it has listed since 2021.\n"
    )
    assert ("imposed", "Belshina", "2021") in _sanctions(text)


def test_whom_a_rights_group_designated_is_no_listing() -> None:
    text = (
        "Sanctions stayed. The court sentenced Ales Pushkin, whom Viasna designated in 2021, "
        "to five years.\n"
    )
    assert not {s for s in _sanctions(text) if s[1] == "Ales Pushkin"}


def test_a_participles_aside_after_a_name_is_not_who_speaks() -> None:
    text = (
        "Pavel Latushka, addressing the Parliamentary Assembly of the Council of Europe on 30 "
        "September, claimed that 'for every nine people freed, ten new ones are taken', a "
        "ratio no one disputed.\n"
    )
    assert _quotes(text)["for every nine people freed, ten new ones are taken"] == (
        "Pavel Latushka"
    )


def test_a_footnotes_mark_after_a_full_stop_ends_the_sentence() -> None:
    text = (
        "Pavel Latushka spoke in Vilnius in June. The following day Alexander Lukashenko "
        "pardoned 16 more people, and the count fell to 1,164.¹ Latushka was unimpressed. "
        '"They open the door for sixteen and close it behind twenty others," he told a '
        "briefing.\n"
    )
    assert _quotes(text)["They open the door for sixteen and close it behind twenty others"] == (
        "Pavel Latushka"
    )


def test_a_footnote_number_in_brackets_after_a_quotation_ends_its_sentence() -> None:
    text = (
        'Chief Cabinet Secretary Ito Kenji told a press conference that Japan "will act '
        "with the G7.\"(3) Belarus's Ministry of Foreign Affairs called the measures "
        '"an unfriendly step" and promised a response.\n'
    )
    assert _quotes(text)["will act with the G7."] == "Ito Kenji"


def test_a_capitalised_participle_opening_a_clause_is_no_speaker() -> None:
    text = (
        'Announcing the move, the minister said the Union was "ready", and added: "Nobody '
        'should doubt it."\n'
    )
    assert _quotes(text).get("Nobody should doubt it.") != "Announcing"


def test_one_put_on_a_powers_list_with_an_appositive_is_its_target() -> None:
    text = (
        "The sanctions kept coming. Ottawa put Ihar Sluchak, deputy head of the prison "
        "service, on its list. Britain put our district judge, Judge Natallia Dziadkova, on "
        "its list as well.\n"
    )
    found = _sanction_powers(text)
    assert ("imposed", "Ihar Sluchak", "Canada") in found
    assert ("imposed", "Natallia Dziadkova", "United Kingdom") in found


def test_a_power_that_added_one_named_to_its_list_listed_it() -> None:
    text = (
        "The sanctions kept coming. Tokyo added the truck maker MAZ to its list. Viasna added "
        "Ihar Losik to its list in 2020, and Canberra added 25 people to its list.\n"
    )
    found = _sanction_powers(text)
    assert ("imposed", "MAZ", "Japan") in found
    assert not {s for s in found if s[1] in ("Ihar Losik", "people", "25 people")}


def test_a_measure_extended_to_trade_in_goods_reaches_each_good() -> None:
    text = (
        "Sanctions grew. On 4 June 2024 the European Union extended its sanctions on Belarus "
        "to trade in plywood, glass and tyres.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "plywood"), ("imposed", "glass"), ("imposed", "tyres")} <= found


def test_a_measure_extended_to_a_month_reaches_no_good() -> None:
    text = (
        "Sanctions grew. The European Union extended its sanctions on Belarus to February 2027.\n"
    )
    assert not {t for _, t, _ in _sanctions(text) if t.startswith("February")}


def test_those_a_package_counts_and_names_among_them_are_its_targets() -> None:
    text = (
        "Sanctions followed. On 4 August 2022 the European Union answered with its sixth "
        "package: twelve people and four organisations, among them the state broadcaster ONT "
        "and the Belarusian Railway.\n"
    )
    found = {t for _, t, _ in _sanctions(text)}
    assert {"ONT", "Belarusian Railway"} <= found


def test_those_a_release_counts_and_names_are_no_packages_targets() -> None:
    text = (
        "Sanctions followed. The round: twelve people freed, among them Ales Pushkin and "
        "Maryna Zolatava.\n"
    )
    assert not _sanctions(text)


def test_a_date_line_written_year_first_dates_the_text() -> None:
    text = (
        "OPINION\n"
        "From a diplomat's notebook\n"
        "Rimas Kalnas\n"
        "2021.08.20 12:05\n\n"
        "Last week Viasna counted 611 political prisoners.\n"
    )
    assert detect_published(text) == dt.date(2021, 8, 20)


def test_a_by_line_name_ends_with_its_line() -> None:
    text = (
        "Global Opinions\n"
        "I was one of the 52\n"
        "By Ales Marozau\n"
        "September 18, 2025\n\n"
        'At the border a guard asked where I would go. I said, "Vilnius, and then home." '
        "He laughed.\n"
    )
    assert _quotes(text)["Vilnius, and then home."] == "Ales Marozau"


def test_a_given_name_alone_is_the_person_the_lines_above_the_text_name_in_full() -> None:
    text = (
        "THE ARNE FOUNDATION\n"
        "Civic Courage Prize 2023\n"
        "Acceptance speech by Hanna Losik, on behalf of her husband, the journalist Ihar Losik\n\n"
        'Ihar wrote to me in May, before the verdict: "Tell them I am fine, which is a '
        'relative word." I tell you now.\n'
    )
    assert _quotes(text)["Tell them I am fine, which is a relative word."] == "Ihar Losik"


def test_an_orders_sub_points_under_the_following_foreigners_are_its_targets() -> None:
    text = (
        "GOVERNMENT OF THE REPUBLIC OF ESTONIA\n\n"
        "ORDER No. 211\n\n"
        "Tallinn, 3 March 2024\n\n"
        "1. To include the following foreigners in the list of persons whose entry into the "
        "Republic of Estonia is prohibited:\n\n"
        "1.1. Kanstantsin Ivanavich Barysau, born 4 June 1977, judge of the Homel Regional "
        "Court;\n\n"
        "1.2. Alena Piatrouna Shylava, born 9 July 1981, prosecutor of Vitebsk.\n\n"
        "2. This order enters into force on the day of its signing.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("imposed", "Kanstantsin Ivanavich Barysau"),
        ("imposed", "Alena Piatrouna Shylava"),
    } <= found


def test_those_an_order_enters_in_its_list_are_its_targets_by_the_power_in_its_head() -> None:
    text = (
        "Ministry of Foreign Affairs\n"
        "Republic of Latvia\n\n"
        "Decision of 2 May 2024\n\n"
        "§ 1. The following shall be entered in the list of persons subject to national "
        "sanctions:\n\n"
        "1) Baltrans-Servis LLC, registered office: Minsk – freezing of funds;\n\n"
        "2) Ihar Mikalaevich Lapko, born 1971 – entry ban.\n\n"
        "§ 2. The decision is immediately enforceable.\n"
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert {(c.target, c.imposer) for c in claims} >= {
        ("Baltrans-Servis LLC", "Latvia"),
        ("Ihar Mikalaevich Lapko", "Latvia"),
    }


def test_an_annex_titled_as_a_list_of_those_subject_to_measures_lists_its_targets() -> None:
    text = (
        "Ministry of Foreign Affairs of Japan\n\n"
        "October 4, 2023\n\n"
        "The Government of Japan will freeze the assets of the entities in the Annex.\n\n"
        "(Annex) List of entities subject to the freezing of assets\n\n"
        "1. Volatavo Machine Works\n"
        "   Address: 2 Lenina Street, Barysau, Republic of Belarus\n"
        "2. Tekhnoprom\n"
        "   Address: 14 Surhanava Street, Minsk, Republic of Belarus\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "Volatavo Machine Works"), ("imposed", "Tekhnoprom")} <= found


def test_a_list_titled_on_two_lines_names_its_targets_family_name_first() -> None:
    text = (
        "PRESIDENT OF UKRAINE\n\n"
        "DECREE No. 90/2025\n\n"
        "I hereby decree to put into effect the decision of 1 March 2025.\n\n"
        "Annex\n\n"
        "LIST\n"
        "of natural persons subject to personal special economic and other restrictive "
        "measures (sanctions)\n\n"
        "1. KORAL Viktar Mikalaevich, born 02.03.1970, Minsk. Judge of the Minsk City Court.\n"
        "   Blocking of assets. Term: ten years.\n\n"
        "2. SHAUTS Iryna Ivanauna, born 11.05.1982, Hrodna. Prosecutor.\n"
        "   Blocking of assets. Term: ten years.\n"
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert {(c.target, c.imposer) for c in claims} >= {
        ("KORAL Viktar Mikalaevich", "Ukraine"),
        ("SHAUTS Iryna Ivanauna", "Ukraine"),
    }


def test_entries_a_notice_says_were_added_are_listed_under_it_with_their_numbers() -> None:
    text = (
        "FINANCIAL SANCTIONS NOTICE\n\n"
        "BELARUS\n\n"
        "4. The following entries have been added to the Consolidated List and are now "
        "subject to an asset freeze.\n\n"
        "• KAZLOU, Siarhei Ivanavich\n"
        "• CORRECTIONAL COLONY NO. 3 (VITEBSK)\n\n"
        "5. You must check whether you hold any funds for these persons.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {("imposed", "KAZLOU, Siarhei Ivanavich"), ("imposed", "CORRECTIONAL COLONY NO. 3")} <= (
        found
    )


def test_a_numbered_sections_title_after_a_lettered_list_is_no_target() -> None:
    text = (
        "1. The package\n"
        "On 29 June 2024 the Council of the European Union adopted measures against Belarus "
        "which close loopholes for sanctioned goods. The package:\n"
        "(a) extends export bans on goods that could serve the military;\n"
        "(b) adds a no-re-export clause.\n\n"
        "2. Checklist\n"
        "☐ Review your contracts.\n"
    )
    assert not {t for _, t, _ in _sanctions(text) if t == "Checklist"}


def test_a_courtesy_titled_name_after_a_ministers_portfolio_is_who_spoke() -> None:
    text = (
        "On 3 May 2023 the Minister of International Development, the Honourable Ahmed "
        'Hussen, said: "Every release is owed to the people who kept count." Canada agreed.\n'
    )
    assert _quotes(text)["Every release is owed to the people who kept count."] == "Ahmed Hussen"


def test_a_portfolio_of_several_fields_after_a_name_is_no_speaker() -> None:
    text = (
        "Federal Councillor Elisabeth Baume-Schneider, head of the Department of Home "
        'Affairs, Education and Research (DHA), said the rules stood "for as long as the '
        'cells are full."\n'
    )
    assert _quotes(text)["for as long as the cells are full."] == "Elisabeth Baume-Schneider"


def test_a_ministers_name_after_the_portfolio_without_commas_is_the_whole_name() -> None:
    text = (
        '"The road to Europe is closed to them," Minister of Foreign Affairs Margus Tsahkna '
        "said in Tallinn.\n"
    )
    assert _quotes(text)["The road to Europe is closed to them"] == "Margus Tsahkna"


def test_the_place_after_a_name_between_commas_is_not_who_observes() -> None:
    text = (
        'Prof. Andrius Kubilius, Kaunas, notes that the new bans "change little in volume '
        'and much in signal".\n'
    )
    assert _quotes(text)["change little in volume and much in signal"] == "Andrius Kubilius"


def test_the_words_after_a_statement_by_a_named_minister_are_the_ministers() -> None:
    text = (
        "The Government relied on a statement by the Minister of Justice, Ewa Kowalczyk, of "
        '2 March 2024: "No release buys a transit permit."\n'
    )
    assert _quotes(text)["No release buys a transit permit."] == "Ewa Kowalczyk"


def test_a_chat_message_without_a_full_stop_is_no_heading() -> None:
    text = (
        "Family chat, shared with consent\n\n"
        "[14/05/2023, 08:02] Olia: Viasna says 1,492 political prisoners this morning\n"
        "[14/05/2023, 08:05] Dad: so many\n"
    )
    assert ("political_prisoners_held", 1492) in _figures(text)


def test_a_monitors_count_after_a_colon_is_of_those_held() -> None:
    text = (
        "Live chat with our correspondent\n\n"
        "[12:40] Ruta, Kaunas: Are people still being taken?\n"
        "[12:42] CORRESPONDENT: Viasna's count this evening: 1,317. It changes daily.\n"
    )
    assert ("political_prisoners_held", 1317) in _figures(text)


def test_a_count_named_by_its_monitor_is_of_those_held() -> None:
    text = (
        "He was taken in the spring of 2021. At the time the Viasna count was about 390. "
        "Nobody expected it to triple.\n"
    )
    assert ("political_prisoners_held", 390) in _figures(text)


def test_it_in_the_next_sentence_tells_the_same_count_again() -> None:
    text = (
        "Viasna lists 1,203 political prisoners this week. A month ago it was 1,226. "
        "In March it had been about 1,250.\n"
    )
    found = _figures(text)
    assert {
        ("political_prisoners_held", 1203),
        ("political_prisoners_held", 1226),
        ("political_prisoners_held", 1250),
    } <= found


def test_it_before_a_number_with_a_noun_of_its_own_is_no_count_again() -> None:
    text = (
        "Viasna lists 1,203 political prisoners this week. It was 40 days since the last pardon.\n"
    )
    assert ("political_prisoners_held", 40) not in _figures(text)


def test_a_surname_then_where_it_spoke_then_a_colon_is_the_speaker() -> None:
    text = (
        "[03.05.2024 09:12] Olia: Fresh from the morning shows. Kovalenko on Radio Racyja: "
        '"Nobody is leaving the colony this month, whatever the lists say."\n'
        "[03.05.2024 09:15] Olia: Reminder at the top of the chat: "
        '"Do not post the names of anyone still inside."\n'
    )
    quotes = _quotes(text)
    assert quotes["Nobody is leaving the colony this month, whatever the lists say."] == (
        "Kovalenko"
    )
    # (a word a line opens with is no one's name, though it stands where a name would)
    assert "Do not post the names of anyone still inside." not in quotes


def test_a_possessive_owner_of_a_piece_before_a_colon_is_the_speaker() -> None:
    text = (
        "Tsikhanouskaya's Christmas video message, the part about the colonies: "
        '"Each of them is waiting for a letter from you."\n\n'
        "Belavia's own reaction, posted on its website: "
        '"All flights continue as scheduled."\n'
    )
    quotes = _quotes(text)
    assert quotes["Each of them is waiting for a letter from you."] == "Tsikhanouskaya"
    assert quotes["All flights continue as scheduled."] == "Belavia"


def test_a_body_whose_document_a_sentence_opens_with_is_the_speaker() -> None:
    text = (
        "The listings came at noon. From the Foreign Office press release: "
        '"Those who jail their critics will be held to account."\n\n'
        "From a European Commission readout: "
        '"The talks covered the release of prisoners."\n'
    )
    quotes = _quotes(text)
    assert quotes["Those who jail their critics will be held to account."] == "Foreign Office"
    assert quotes["The talks covered the release of prisoners."] == "European Commission"


def test_a_relief_told_as_freeing_from_sanctions_in_either_voice() -> None:
    text = (
        "Grodno Azot had already been freed from EU sanctions by then. In March London "
        "released Naftan from its remaining sanctions. Belshina is now free of Canadian "
        "sanctions. The prisoners were freed from the colony the same day.\n"
    )
    lifted = {t for a, t, _ in _sanctions(text) if a == "lifted"}
    assert {"Grodno Azot", "Naftan", "Belshina"} <= lifted
    assert not {t for _, t, _ in _sanctions(text) if "colony" in t or "prisoners" in t}


def test_the_council_is_the_body_not_the_legal_act_named_before_it() -> None:
    text = (
        "The Council of the European Union today adopted Council Implementing Decision "
        "(CFSP) 2025/77 prolonging the listings. In a declaration, the Council said that it "
        '"will not look away from the colonies".\n'
    )
    assert _quotes(text)["will not look away from the colonies"] == (
        "Council of the European Union"
    )


def test_a_judgment_gives_the_applicants_case_in_the_applicants_words() -> None:
    text = (
        "1 By her action, the applicant, Ms Alesia Rudak, seeks the annulment of the acts "
        "that kept her name on the lists.\n\n"
        '5 The applicant contends that she "never signed a single detention order". In her '
        'view, "the lists punish an office, not a person".\n'
    )
    quotes = _quotes(text)
    assert quotes["never signed a single detention order"] == "Alesia Rudak"
    assert quotes["the lists punish an office, not a person"] == "Alesia Rudak"


def test_a_press_releases_present_designation() -> None:
    text = (
        "Treasury Sanctions Belarusian Enablers\n\n"
        "The Belarusian Football Federation (BFF) is being designated pursuant to E.O. 14038. "
        "Mikalai Karpiankou is being designated for being a leader of the Main Directorate. "
        "A further list is being prepared.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Belarusian Football Federation", "Mikalai Karpiankou"} <= imposed
    assert not {t for t in imposed if "list" in t}


def test_the_department_or_ministry_is_the_power_the_text_names_in_full() -> None:
    text = (
        "U.S. DEPARTMENT of STATE\n\nPRESS STATEMENT\n\nVisa restrictions on prison officials\n\n"
        "The Department is designating Ihar Kalinovich, head of Penal Colony No. 3, for his "
        "involvement in gross violations of human rights.\n"
    )
    assert ("imposed", "Ihar Kalinovich", "United States") in _sanction_powers(text)
    other = (
        "Sanctions notice\n\nThe Foreign Ministry of Latvia designated Ihar Kalinovich on "
        "Friday. The State Department designated Piotr Zhuk the same day.\n"
    )
    powers = _sanction_powers(other)
    assert ("imposed", "Ihar Kalinovich", "Latvia") in powers
    assert ("imposed", "Piotr Zhuk", "United States") in powers


def test_a_legal_acts_prohibition_on_carriers_is_a_ban() -> None:
    text = (
        "Council of the European Union\n\nRestrictive measures\n\n"
        "On 4 June 2021 the Council adopted a decision prohibiting Belarusian air carriers "
        "from overflying the territory of the Union. Later it banned Belarusian hauliers of "
        "all kinds from entering the territory of the Union. The prison rules prohibit "
        "inmates from receiving parcels.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Belarusian air carriers", "Belarusian hauliers"} <= imposed
    assert not {t for t in imposed if "inmates" in t}


def test_export_controls_are_a_measure_and_border_controls_are_not() -> None:
    text = (
        "Sanctions round-up\n\nIn March 2022 Canberra announced export controls on goods "
        "destined for Belarus. Lithuania tightened border controls on Belarus the same week.\n"
    )
    measures = _sanction_powers(text)
    assert ("imposed", "Belarus", "Australia") in measures
    assert not {m for m in measures if m[2] == "Lithuania"}


def test_a_count_told_again_after_a_day_of_the_month() -> None:
    text = (
        "Viasna's list of political prisoners had 1,204 names on Friday. On 3 March it was "
        "about 1,190.\n"
    )
    assert ("political_prisoners_held", 1190) in _figures(text)


def test_a_count_with_a_plus_and_a_count_above_a_number() -> None:
    text = (
        "My cousin is one of the 1,100+ political prisoners. Viasna counts 1,120 political "
        "prisoners today. The count last month was still above 1,150.\n"
    )
    figures = _figures(text)
    assert ("political_prisoners_held", 1100) in figures
    assert ("political_prisoners_held", 1150) in figures


def test_measures_after_a_colon_tell_what_a_power_adopted() -> None:
    text = (
        "Sanctions update\n\nOttawa approved it on Friday, after weeks of talks: asset "
        "freezes and travel bans on 12 officials, among them the prison chief Ihar Kalinovich.\n"
    )
    assert ("imposed", "Ihar Kalinovich", "Canada") in _sanction_powers(text)


def test_the_named_part_of_a_listing_after_when_it_was_made() -> None:
    text = (
        "Sanctions: the US Treasury designated eight officials today, including the prison "
        "chief Ihar Kalinovich. The EU listed 17 officials on Monday, among them the judge "
        "Iryna Zhuk.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Ihar Kalinovich", "Iryna Zhuk"} <= imposed


def test_a_word_that_is_its_own_sentence_is_no_one_a_pronoun_stands_for() -> None:
    text = (
        "Ihar Losik came out of the colony on Friday.\n\n"
        "HOST: How did he look?\n\nREPORTER: Thin. He told us at the border: "
        '"I have not seen a doctor in two years."\n'
    )
    assert _quotes(text)["I have not seen a doctor in two years."] == "Ihar Losik"


def test_the_one_the_writer_heard_or_saw_speak_before_a_colon() -> None:
    text = (
        "Lukashenko spoke of mercy again. I heard him on the prison radio in March: "
        '"Whoever asks will be forgiven."\n\n'
        'We watched Kalesnikava on television that night: "I am dancing again."\n\n'
        'I saw the guards at the gate: "Nobody leaves today."\n'
    )
    quotes = _quotes(text)
    assert quotes["Whoever asks will be forgiven."] == "Lukashenko"
    assert quotes["I am dancing again."] == "Kalesnikava"
    assert "Nobody leaves today." not in quotes


def test_a_powers_listing_named_by_whom_it_lists_told_as_standing() -> None:
    text = (
        "Sanctions talk\n\nCanada's Naftan listing from March 2022 still stands. The EU says "
        "its Belshina designation stays. The EU's Grodno Azot listing process took a year. "
        "The UK listing of Belaruskali still stands.\n"
    )
    measures = _sanction_powers(text)
    assert ("imposed", "Naftan", "Canada") in measures
    assert ("imposed", "Belshina", "European Union") in measures
    assert ("imposed", "Belaruskali", "United Kingdom") in measures
    assert not {m for m in measures if "Grodno" in m[1] or "still" in m[1]}


def test_a_measure_in_force_told_in_the_present_with_still_or_remain() -> None:
    text = (
        "Sanctions chat\n\nNothing official yet. Naftan still sanctioned. Belshina and "
        "Grodno Azot remain sanctioned. Polymir is still sanctioned. The company is "
        "sanctioned, so payments fail.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Naftan", "Belshina", "Grodno Azot", "Polymir"} <= imposed
    assert "company" not in imposed


def test_a_second_target_with_its_own_preposition_and_date() -> None:
    text = (
        "British sanctions on Naftan have been in force since 2022 and on Belshina since "
        "2023, and Minsk wants both gone.\n"
    )
    dated = {(t, d) for a, t, d in _sanctions(text) if a == "imposed"}
    assert {("Naftan", "2022"), ("Belshina", "2023")} <= dated


def test_the_named_part_of_a_group_told_after_its_name() -> None:
    text = (
        "In 2021 the EU imposed sanctions on 40 officials, Yury Karayeu included. Canada "
        "listed 12 judges, Iryna Zhuk herself among them.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Yury Karayeu", "Iryna Zhuk"} <= imposed


def test_a_release_with_its_full_date_or_that_day_before_its_count() -> None:
    text = (
        "The delistings follow the release on June 21, 2024 of 18 prisoners held in "
        "Belarus. A licence followed the release that day of 14 prisoners held in Minsk.\n"
    )
    figures = _figures(text)
    assert ("prisoners_released", 18) in figures
    assert ("prisoners_released", 14) in figures
    assert not {f for f in figures if f[0] == "political_prisoners_held"}


def test_the_people_of_a_release_named_among_the_releases_with_their_day() -> None:
    text = (
        "The claimant relied on the pardons of 2024, including 18 persons on 3 July 2024, "
        "as a change of circumstances.\n"
    )
    assert ("prisoners_released", 18, "2024-07-03") in _dated_figures(text)


def test_a_headlines_bare_count_detained_or_arrested() -> None:
    text = (
        "Rights groups say more than 300 detained across the country today after the vote. "
        "In Hrodna: 45 arrested, Viasna reports.\n"
    )
    figures = _figures(text)
    assert ("prisoners_detained", 300) in figures
    assert ("prisoners_detained", 45) in figures


def test_people_deprived_of_their_liberty_were_detained() -> None:
    text = "Since the vote more than 7 000 people have been deprived of their liberty.\n"
    assert ("prisoners_detained", 7000) in _figures(text)


def test_financial_messaging_services_withheld_by_law_are_the_swift_measure() -> None:
    text = (
        "Sanctions ordinance\n\nFrom 1 April, providers may no longer provide specialised "
        "financial messaging services to Belinvestbank, Paritetbank and the Bank of "
        "Development of the Republic of Belarus.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert {"Belinvestbank", "Paritetbank"} <= imposed
    assert any(t.startswith("Bank of Development") and not t.endswith(".") for t in imposed)


def test_one_object_for_a_freeze_and_a_travel_ban_told_together() -> None:
    text = (
        "Sanctions update\n\nThe decision froze assets of and banned travel by 25 officials, "
        "including the prison chief Ihar Kalinovich.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Ihar Kalinovich" in imposed
    assert not {t for t in imposed if t.startswith("and ")}


def test_a_roundups_row_after_a_dash_names_the_power_and_its_designations() -> None:
    text = (
        "Sanctions round-up\n\nTwo governments acted on Monday:\n\n"
        "• Canada — a new regulation (SOR/2021-176) plus designations that include Naftan, "
        "the state refinery, and the Belarusian Football Federation.\n"
        "• Japan — designations of Belshina and Grodno Azot.\n"
    )
    measures = _sanction_powers(text)
    assert ("imposed", "Naftan", "Canada") in measures
    assert ("imposed", "Belarusian Football Federation", "Canada") in measures
    assert ("imposed", "Belshina", "Japan") in measures


# English rendered from Russian, Belarusian, Polish or Ukrainian


def test_a_verb_of_opinion_straight_after_the_words_tells_who_spoke() -> None:
    text = (
        "The customs officers of Grodno noticed new rules in spring.\n\n"
        "«The queues at the crossing will only grow this summer», — considers the logistics "
        "consultant Tadeusz Wroblewski.\n\n"
        "„Every lorry is checked twice now“, – informed the press officer of the Border "
        "Guard Service Giedre Adomaitiene.\n"
    )
    quotes = _quotes(text)
    assert quotes["The queues at the crossing will only grow this summer"] == ("Tadeusz Wroblewski")
    assert quotes["Every lorry is checked twice now"] == "Giedre Adomaitiene"


def test_a_verb_of_opinion_elsewhere_tells_no_one_spoke() -> None:
    text = (
        'The colony marks the men it considers "prone to escape" with a red tag. The '
        "warden's deputy met the inspectors; he believes the rules were followed.\n"
    )
    assert "prone to escape" not in _quotes(text)


def test_so_and_a_verb_after_the_words_with_a_body_named_in_marks() -> None:
    text = (
        "Families wait for news from the colonies.\n\n"
        "«Letters take a month, sometimes they do not arrive at all», — so the situation was "
        "described by the volunteer of «Dapamoga» Hanna Barysevich.\n\n"
        "«Nobody is told the date in advance», — so explained the process Ihar Luchyk.\n"
    )
    quotes = _quotes(text)
    assert quotes["Letters take a month, sometimes they do not arrive at all"] == (
        "Hanna Barysevich"
    )
    assert quotes["Nobody is told the date in advance"] == "Ihar Luchyk"


def test_a_body_then_its_person_without_a_comma_is_the_person() -> None:
    text = (
        '"We registered forty new cases in March," said the coordinator of the Baltic '
        "Monitoring Committee Jurgita Kaziukonyte.\n"
    )
    assert _quotes(text)["We registered forty new cases in March"] == "Jurgita Kaziukonyte"


def test_a_title_lines_remark_after_or_before_its_speakers_name() -> None:
    text = (
        "Tsikhanouskaya in Warsaw: «The families must not be forgotten»\n\n"
        "Sviatlana Tsikhanouskaya met volunteers on Monday and spoke of the prisoners "
        "and their relatives.\n\n"
        '"Nobody asked me whether I wanted to leave" — Ihar Karnei on his release\n\n'
        "Ihar Karnei, a journalist, spent two years behind bars.\n"
    )
    quotes = _quotes(text)
    assert quotes["The families must not be forgotten"] == "Sviatlana Tsikhanouskaya"
    assert quotes["Nobody asked me whether I wanted to leave"] == "Ihar Karnei"


def test_a_title_lines_remark_told_again_in_the_body_is_one_quotation() -> None:
    text = (
        'Bialiatski: "Keep the pressure on"\n\n'
        '"Keep the pressure on," Ales Bialiatski told reporters in Vilnius.\n'
    )
    quotes = [c for c in extract_claims(text) if isinstance(c, Quote)]
    assert len(quotes) == 1 and quotes[0].speaker == "Ales Bialiatski"


def test_an_events_title_in_marks_on_a_title_line_is_no_remark() -> None:
    text = (
        'Side event: "Five Years of Repression in Belarus"\n\nThe panel met in Geneva on Tuesday.\n'
    )
    assert not _quotes(text)


def test_a_name_in_guillemets_is_a_name_not_a_quotation() -> None:
    text = (
        "Sanctions chronicle\n\nIn December 2021 the US Treasury blocked «Grodno Azot», the "
        "nitrogen fertiliser plant, and its subsidiary.\n"
    )
    assert ("imposed", "Grodno Azot", "2021-12") in _sanctions(text)
    assert not _quotes(text)


def test_a_chronicles_present_passive_on_a_powers_list() -> None:
    text = (
        "Sanctions chronicle\n\n— December 2021: the truck maker «MAZ» is added to the EU "
        "sanctions list.\n— Every month: 40 to 50 new names are added to the list.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert any("MAZ" in t for t in imposed)
    assert not any("names" in t for t in imposed)


def test_a_name_in_plain_marks_after_a_word_for_its_kind_reads_as_a_name() -> None:
    text = (
        "Sanctions news\n\nOn the same day the Treasury included in its sanction list the "
        'state fertiliser producer "Grodno Azot" — one of the largest in Europe.\n\n'
        'The Human Rights Centre "Viasna" keeps its own count. "Every name is checked," '
        "Viasna said.\n"
    )
    assert any(a == "imposed" and "Grodno Azot" in t for a, t, _ in _sanctions(text))
    assert _quotes(text)["Every name is checked"] == "Viasna"


def test_a_listing_in_or_into_a_powers_sanction_list() -> None:
    text = (
        "Sanctions chronicle\n\nIn November the European Union finally included Lidia "
        "Yermoshina personally in its sanction list. A year later London included Naftan "
        "into its sanctions list.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert any("Yermoshina" in t for t in imposed)
    assert any("Naftan" in t for t in imposed)


def test_a_description_by_its_country_resolves_to_the_company_named_beside_it() -> None:
    text = (
        "Sanctions news\n\nThe Treasury added the national air carrier of Belarus, the "
        "company Belavia, to its sanctions list on 9 August.\n"
    )
    assert ("imposed", "Belavia", "2023-08-09") in _sanctions(text, dt.date(2023, 8, 10))


def test_a_measure_in_a_relative_clause_after_a_preposition_or_put_under() -> None:
    text = (
        "Sanctions and work\n\nMany worked in the potash industry, against which the "
        "European Union and the United States introduced restrictions in 2021. Belarus, "
        "which the European Union put under sanctions in 2022 for its part in the war, "
        "still helps Moscow.\n"
    )
    powers = _sanction_powers(text)
    assert ("imposed", "potash industry", "European Union") in powers
    assert ("imposed", "Belarus", "European Union") in powers


def test_a_lift_of_what_an_earlier_step_left_takes_that_steps_target() -> None:
    text = (
        "Sanctions review\n\nIn March Ottawa eased its restrictions on Belshina, and in "
        "October it lifted the rest of them. Tokyo eased its measures on Naftan. Later "
        "it removed what remained.\n"
    )
    powers = _sanction_powers(text)
    assert ("lifted", "Belshina", "Canada") in powers
    assert ("lifted", "Naftan", "Japan") in powers


def test_how_long_a_measure_has_held_is_no_item_of_its_targets() -> None:
    text = (
        "Sanctions review\n\nThe British restrictions against Belshina, in force since June "
        "2022, and against Naftan, in force since March 2022, remain.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Belshina" in imposed
    assert not any("force" in t for t in imposed)


def test_prisoners_added_to_a_list_in_a_sanctions_review_are_no_listing() -> None:
    text = (
        "Sanctions and prisoners in review\n\nIn November alone, 48 people were added to "
        "the list. In December 2021 the truck maker MAZ was added to the EU list.\n"
        "— March 2022 — Belshina is included into the UK sanctions list.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert not any("people" in t or "alone" in t for t in imposed)
    assert any("MAZ" in t for t in imposed)
    assert "Belshina" in imposed


def test_she_or_he_after_someone_named_by_a_given_name_alone() -> None:
    text = (
        "Ursula von der Leyen spoke in Brussels on Monday.\n\n"
        "Mr Sapega's parents live in Poland. His mother, Anna, told reporters she had not "
        'heard from him. "I want my son home," she said.\n\n'
        'Stephen Capus thanked the government. "Nobody should spend a day in prison for '
        'this," he said.\n\n'
        'When he reached Vilnius, Yauhen was quiet at first. "I am happy to be free," he '
        "told reporters later.\n"
    )
    quotes = _quotes(text)
    assert quotes["I want my son home"] == "Anna"
    assert quotes["I am happy to be free"] == "Yauhen"


def test_a_given_name_alone_after_the_full_name_is_that_person() -> None:
    text = (
        "Valeryia Ramanchyk lives in Gdansk.\n\nThe minister, Piotr Nowak, spoke first.\n\n"
        'Valeryia writes to her grandmother every Sunday. "She answers in crosswords," '
        "she said.\n"
    )
    assert _quotes(text)["She answers in crosswords"] == "Valeryia Ramanchyk"


def test_a_chats_label_by_a_given_name_is_no_one_a_pronoun_refers_to() -> None:
    text = (
        "[13:47] Piotr, Gdansk — Is there any chance of an exchange?\n"
        "[13:49] EDITOR: His lawyer has not seen Andrzej Poczobut for weeks. He has said so "
        'himself through the family: "I will not ask for mercy."\n'
    )
    assert _quotes(text)["I will not ask for mercy."] == "Andrzej Poczobut"


def test_plain_englishs_measure_in_force_told_by_who_has_it() -> None:
    text = (
        "Sanctions explained\n\nCanada has sanctions on the judge Viktar Lazouski. Japan and "
        "the UK also have sanctions on Naftan.\n\nDo sanctions have an effect on Belarus?\n"
    )
    powers = _sanction_powers(text)
    assert ("imposed", "Viktar Lazouski", "Canada") in powers
    assert any(a == "imposed" and t == "Naftan" for a, t, _ in powers)
    assert not any(t == "Belarus" for _, t, _ in powers)


def test_airlines_banned_from_flying_over_or_landing_in_a_powers_territory() -> None:
    text = (
        "Sanctions explained\n\nSince June, Belarusian airlines have been banned from flying "
        "over EU countries. The company Belavia has also been barred from landing at British "
        "airports.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Belarusian airlines" in imposed
    assert "Belavia" in imposed


def test_a_glossarys_asterisk_after_a_word_leaves_the_word_as_it_is() -> None:
    text = (
        "Belarus frees prisoners\n\nThe president has pardoned* 23 people who were jailed "
        "for protests.\n\n*pardon: to forgive someone officially\n"
    )
    assert ("prisoners_released", 23) in _figures(text)


def test_a_part_of_the_people_named_before_counted_by_its_verb() -> None:
    text = (
        "Prisoners freed\n\nForty prisoners crossed the border. One refused to go, so 39 of "
        "the people were actually freed.\n"
    )
    assert ("prisoners_released", 39) in _figures(text)


def test_a_two_cell_row_of_a_key_figures_table() -> None:
    text = (
        "Study card\n\n| What | How many |\n| --- | --- |\n"
        "| Political prisoners held (Viasna, early May 2024) | about 1,390 |\n"
        "| Newly recognised in February 2024 | 31 |\n"
    )
    figures = _dated_figures(text)
    assert ("political_prisoners_held", 1390, "2024-05") in figures
    assert ("prisoners_designated", 31, "2024-02") in figures


def test_plain_englishs_lift_and_easing_and_two_powers_sanction() -> None:
    text = (
        "What the United States did\n\nThe United States talked to Belarus for months.\n\n"
        "• In September it made the sanctions on the airline Belavia smaller.\n"
        "• In November it ended the sanctions on Belavia.\n"
        "• In December it ended the sanctions on **potash**.\n\n"
        "Timeline\n\n• 29 Sep – Japan and Canada sanction Naftan.\n"
    )
    powers = _sanction_powers(text)
    assert ("eased", "Belavia", "United States") in powers
    assert ("lifted", "Belavia", "United States") in powers
    assert ("lifted", "potash", "United States") in powers
    assert any(a == "imposed" and t == "Naftan" for a, t, _ in powers)


def test_a_named_bodys_unnamed_spokesperson_before_the_words_is_the_body() -> None:
    text = (
        'Release news\n\nA Canadian government spokesperson said: "Canada welcomes the '
        'release."\n\nAn EU spokesman told reporters: "Our measures stay."\n\n'
        'A company spokesperson said: "We do not comment."\n'
    )
    quotes = _quotes(text)
    assert quotes["Canada welcomes the release."] == "Canadian government"
    assert quotes["Our measures stay."] == "European Union"
    assert quotes["We do not comment."] == "company spokesperson"


def test_a_head_of_state_by_office_is_the_one_the_text_names_in_it() -> None:
    text = (
        "Sanctions explained\n\nA spokesperson for the president, Natalya Eismont, spoke. "
        "The EU put sanctions on the president of Belarus, Alexander Lukashenko, in 2020. "
        "Canada also has sanctions on the Belarusian president.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Alexander Lukashenko" in imposed
    assert not any("president" in t for t in imposed)


def test_a_measure_told_in_the_future_passive_is_threatened() -> None:
    text = (
        "Sanctions diary\n\nIf the violence does not stop, sanctions against Ihar Karpenka "
        "will be put on the table again in the coming weeks. New restrictions on Belshina "
        "will also be imposed, diplomats said. Sanctions on Belavia were imposed in 2021.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert ("threatened", "Ihar Karpenka") in found
    assert ("threatened", "Belshina") in found
    assert ("imposed", "Belavia") in found


def test_a_month_then_a_count_is_no_day() -> None:
    text = (
        "Monthly monitoring\n\nOnly in October 27 people were newly recognised as political "
        "prisoners. According to Viasna, at the end of January 1,251 political prisoners "
        "remained in Belarus. On March 5 the court sat again.\n"
    )
    figures = _figures(text)
    assert ("prisoners_designated", 27) in figures
    assert ("political_prisoners_held", 1251) in figures
    assert not any(value == 5 for _, value in figures)


def test_those_who_came_out_under_pardon_and_those_added_as_new_prisoners() -> None:
    text = (
        "Monthly monitoring\n\nIn the following days 23 people came out under pardon. Since "
        "July 2024, 412 people have come out through pardons. Since 11 September, by our "
        "counting, 146 people were added as new political prisoners.\n"
    )
    figures = _figures(text)
    assert ("prisoners_released", 23) in figures
    assert ("prisoners_released", 412) in figures
    assert ("prisoners_designated", 146) in figures


def test_a_count_after_the_complement_of_its_verb() -> None:
    text = (
        "Year in review\n\nDuring the whole last year the human rights defenders recognised "
        "as political prisoners 912 new persons.\n"
    )
    assert ("prisoners_designated", 912) in _figures(text)


def test_trade_limited_or_stopped_and_measures_added() -> None:
    text = (
        "Sanctions news\n\nEarly this month, the EU limited trade in Belarusian timber. The "
        "U.S. stopped the export of aircraft parts to the country. Japan will stop exporting "
        "machine tools to Belarus. Canada added new measures on Belarusian banks.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Belarusian timber" in imposed
    assert "aircraft parts" in imposed
    assert "machine tools" in imposed
    assert "Belarusian banks" in imposed


def test_a_power_that_closed_its_sky_for_carriers() -> None:
    text = (
        "Aviation news\n\nAfter the forced landing in May 2021 the European Union closed its "
        "sky for Belarusian airlines. Polansky, the analyst, expected more.\n"
    )
    assert ("imposed", "Belarusian airlines", "2021-05") in _sanctions(text)


def test_a_measure_that_came_into_full_force_on_an_enterprise_named_before() -> None:
    text = (
        "Transit news\n\nThe state enterprise Grodno Azot exports through Lithuania. The "
        "government acted after the sanctions against the enterprise, imposed in August, "
        "came into full force in December.\n"
    )
    imposed = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Grodno Azot" in imposed


def test_goods_that_fall_under_a_powers_sanctions() -> None:
    text = "Border trade\n\nSince 2022 Belarusian timber falls under EU sanctions.\n"
    assert ("imposed", "Belarusian timber", "2022") in _sanctions(text)


def test_a_line_that_labels_the_words_below_names_whose_they_are() -> None:
    text = (
        "Lesson plan\n\nSource A — a statement by the Lithuanian Foreign Ministry (adapted)\n"
        '"The border stays closed to trucks from Belarus."\n\n'
        "Source B — an interview with Olga, a teacher in Hrodna\n"
        '"We stopped talking about politics in class."\n\n'
        'Discuss: "Sanctions work." Do you agree?\n'
    )
    quotes = _quotes(text)
    assert quotes["The border stays closed to trucks from Belarus."] == (
        "Lithuanian Foreign Ministry"
    )
    assert quotes["We stopped talking about politics in class."] == "Olga"
    assert "Sanctions work." not in quotes


def test_a_described_speaker_on_the_line_above_the_words() -> None:
    text = (
        "Easy news\n\nA person from the Polish government said:\n"
        '"Poland will help the families."\n\nA teacher in Hrodna told us:\n'
        '"The children ask about their fathers."\n'
    )
    quotes = _quotes(text)
    assert quotes["Poland will help the families."] == "Polish government"
    assert quotes["The children ask about their fathers."] == "teacher in Hrodna"


def test_a_count_of_those_held_told_again_by_there_were() -> None:
    text = (
        "Easy report\n\nAt the end of 2025 there were 1,140 political prisoners in Belarus.\n"
        "That is fewer than one year before.\nAt the end of 2024 there were 1,270.\n\n"
        "In 2025, 300 people went free. There are still more than a thousand.\n"
    )
    figures = _dated_figures(text)
    assert ("political_prisoners_held", 1270, "2024") in figures
    assert not any(m == "prisoners_released" and v == 1000 for m, v, _ in figures)


def test_words_a_press_service_gave_an_outlet_are_the_bodys() -> None:
    text = (
        "Airline news\n\n«All flights run to schedule», — told Aviaport in the press service "
        'of «Belavia».\n\n"We see no change," said a source in the press office of Grodno '
        "Azot.\n"
    )
    quotes = _quotes(text)
    assert quotes["All flights run to schedule"] == "Belavia"


def test_an_excerpt_of_a_letter_from_someone_named_by_kin() -> None:
    text = (
        "Newsletter\n\nOur member Iryna read a letter from her brother Siarhei, who is in a "
        'colony near Horki. With her permission we publish a short part of it: "The days are '
        'all alike, so I count the letters."\n'
    )
    assert _quotes(text)["The days are all alike, so I count the letters."] == "Siarhei"


def test_a_title_lines_speaker_whose_surname_ends_in_s() -> None:
    text = (
        'Landsbergis: "This is only the beginning"\n\n'
        "Gabrielius Landsbergis spoke to reporters in Vilnius about the new measures.\n"
    )
    assert _quotes(text)["This is only the beginning"] == "Gabrielius Landsbergis"


# Pictures and sound told in words: the name a script puts on screen


def test_the_name_a_lower_third_shows_speaks_in_the_sound_below_it() -> None:
    text = (
        "PACKAGE: THE LONG WAIT — 2'10\n\n"
        "[00:41] PICTURES: a queue outside the colony gate at dawn.\n"
        "LOWER THIRD: HANNA ZALESKAYA | sister of a prisoner, Hrodna\n"
        'SOT: "We bring the parcel on the first Monday and they tell us nothing."\n'
        "[01:05] LT: DZMITRY ARLOU · Released in June\n"
        '"They read my name out at six in the morning and I was outside by noon."\n'
    )
    quotes = _quotes(text)
    assert quotes["We bring the parcel on the first Monday and they tell us nothing."] == (
        "Hanna Zaleskaya"
    )
    assert (
        quotes["They read my name out at six in the morning and I was outside by noon."]
        == "Dzmitry Arlou"
    )


def test_a_later_label_by_a_word_of_the_captioned_name_is_that_voice() -> None:
    text = (
        "DOCUMENTARY SCRIPT, PART TWO\n\n"
        "[Interview, a kitchen in Białystok.]\n"
        "LOWER THIRD: ALESIA MAROZ · former teacher\n"
        "NARRATOR: She left the country in the spring.\n"
        'ALESIA: "I packed one bag because I thought I would be back within a month."\n'
    )
    assert (
        _quotes(text)["I packed one bag because I thought I would be back within a month."]
        == "Alesia Maroz"
    )


def test_a_caption_that_withholds_the_name_names_no_one() -> None:
    text = (
        "NEWS AT TEN — ITEM 3\n\n"
        "LT: NAME WITHHELD · Released in September\n"
        'SOT: "I cannot say where I am staying now."\n'
    )
    assert _quotes(text).get("I cannot say where I am staying now.") not in (
        "Name Withheld",
        "NAME WITHHELD",
    )


# Official correspondence: the words a reply tells as its addressee's


def test_a_reply_tells_the_addressees_words_as_theirs() -> None:
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nConsular Department\n\n"
        "Vilnius, 3 March 2024\n\n"
        "Ms Raisa Varonina\nPylimo g. 12\nVilnius\n\n"
        "Dear Ms Varonina,\n\n"
        "Thank you for your letter about your brother. You write that "
        '"nobody has seen him since the transfer in January". We have raised his case.\n\n'
        "Yours sincerely,\nTomas Kairys\n"
    )
    assert _quotes(text)["nobody has seen him since the transfer in January"] == "Raisa Varonina"


def test_a_reply_to_a_body_tells_the_bodys_words() -> None:
    text = (
        "NORTHLINE SHIPPING AB\nGöteborg\n\n"
        "To: Friends of Hrodna Prisoners\nAttn.: Mr Oleg Sauchuk, Chair\n\n"
        "Dear Mr Sauchuk,\n\n"
        "Your letter notes that the cargo was loaded in Klaipėda in May. It goes on to say that "
        '"each shipment is paid for in the currency of the cells". We do not accept that.\n'
    )
    assert _quotes(text)["each shipment is paid for in the currency of the cells"] == (
        "Friends of Hrodna Prisoners"
    )


def test_a_reply_that_names_no_one_in_its_salutation_answers_the_one_addressed() -> None:
    text = (
        "OMBUDSMAN OF THE REPUBLIC\n\n"
        "Mr Andrei Kolas\nul. Polna 4\nGdańsk\n\n"
        "Dear Sir,\n\n"
        'In your complaint you state: "I was asked for the same paper four times." '
        "The Office has asked the authority to explain the delay.\n"
    )
    assert _quotes(text)["I was asked for the same paper four times."] == "Andrei Kolas"


def test_a_bodys_piece_speaks_for_it_across_a_phrase_of_when_or_to_whom() -> None:
    text = (
        "The Treasury Department's announcement on Tuesday stated that the listings target "
        '"the networks that keep the regime supplied." Banks were told to comply.\n'
    )
    assert _quotes(text)["the networks that keep the regime supplied."] == "Treasury Department"


def test_words_inside_the_clause_a_role_states_are_the_roles() -> None:
    text = (
        "The Deputy Minister stated that the Union "
        '"remains ready to widen the measures at any time." No date was set.\n'
    )
    assert _quotes(text)["remains ready to widen the measures at any time."] == "Deputy Minister"


def test_further_listings_a_power_stands_ready_for_or_examines_are_a_threat() -> None:
    text = (
        "Sanctions. Finland is ready to support new listings of investigators involved in the "
        "trials of journalists. Norway is now examining, with its partners, further listings "
        "of the governors of the penal colonies. Estonia is working with its neighbours towards a "
        "further round of listings aimed at the prosecutors of the protesters.\n"
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert any(a == "threatened" and t.startswith("investigators") for a, t in found)
    assert ("threatened", "governors of the penal colonies") in found
    assert ("threatened", "prosecutors of the protesters") in found
    assert not any(a == "imposed" for a, _ in found)


def test_what_i_said_in_a_letter_is_the_signatorys() -> None:
    text = (
        "OFFICE OF SENATOR\n\n"
        "Mr. Pavel Rudak\n12 Elm Street\nAkron, OH\n\n"
        "Dear Mr. Rudak:\n\n"
        "Thank you for writing to me about your brother. "
        '"No country should trade its citizens for concessions," I said at the hearing, and '
        "I hold to it.\n\n"
        "Sincerely,\n\n"
        "Marion T. Okafor\nUnited States Senator\n"
    )
    assert _quotes(text)["No country should trade its citizens for concessions"] == (
        "Marion T. Okafor"
    )


def test_a_written_answer_tells_the_question_as_its_askers() -> None:
    text = (
        "Written answers\n\n"
        "Question reference: E-004417/2022, tabled on 3 March 2022 by Helga Nordqvist (Greens)\n\n"
        "1. The Honourable Member asks whether the Union will act, in her words, "
        '"before the next sham trial opens". The Commission refers to its earlier reply.\n'
    )
    assert _quotes(text)["before the next sham trial opens"] == "Helga Nordqvist"


def test_a_question_line_above_the_words_gives_them_to_who_put_it() -> None:
    text = (
        "Answer to Question No. 58 put by the Committee at the request of Jonas Lindqvist "
        "(V) on 2 May 2024\n\n"
        "Question No. 58:\n"
        '"Will the Minister state how many citizens remain in custody in Belarus?"\n\n'
        "Answer:\nThe Ministry knows of two such cases.\n"
    )
    assert _quotes(text)[
        "Will the Minister state how many citizens remain in custody in Belarus?"
    ] == ("Jonas Lindqvist")


def test_a_count_only_a_scripts_caption_line_states_is_read() -> None:
    text = (
        "EVENING NEWS — BELARUS\n\n"
        "NARRATOR: The arrests went on through the winter.\n"
        "GFX 2: ON 1 FEBRUARY, RIGHTS GROUPS COUNT 1,112 POLITICAL PRISONERS\n"
        "NARRATOR: Families wait for word from the colonies.\n"
    )
    assert ("political_prisoners_held", 1112) in _figures(text)


def test_a_headline_that_repeats_the_bodys_count_is_one_figure() -> None:
    text = (
        "Minsk hands over 27 foreign citizens held in its jails\n\n"
        "Belarus released 27 foreign citizens on Friday who had been held in its prisons, "
        "officials said.\n"
    )
    figures = _figures(text)
    assert ("prisoners_released", 27) in figures
    assert len([v for _, v in figures if v == 27]) == 1


def test_a_bracket_giving_a_targets_power_and_date_dates_its_measure() -> None:
    text = (
        "Background for editors: no sanctions relief came with the release. Grodno Azot "
        "(EU, December 2021) and Naftan (US, since August 2021) remain on the sanctions lists.\n"
    )
    found = _sanctions(text)
    assert ("imposed", "Grodno Azot", "2021-12") in found
    assert ("imposed", "Naftan", "2021-08") in found


def test_a_letterheads_care_of_line_is_no_addressee() -> None:
    text = (
        "Department of State\nBelarus Desk\nc/o U.S. Embassy Warsaw\n\n"
        "October 2, 2025\n\n"
        "Mrs. Alina Hrybko\n8 Birch Lane\nErie, PA\n\n"
        "Dear Mrs. Hrybko,\n\n"
        'You wrote that your son "has not been allowed a single call since March." '
        "We have raised his case.\n"
    )
    assert _quotes(text)["has not been allowed a single call since March."] == "Alina Hrybko"


def test_those_who_regained_their_freedom_were_released() -> None:
    text = (
        "Two refused to cross the border; in the end thirty-eight people regained their freedom.\n"
    )
    assert ("prisoners_released", 38) in _figures(text)


def test_a_count_in_a_prompters_copy_in_capitals_is_read() -> None:
    text = (
        "RADIO NORTH — 0700 BULLETIN\n\n"
        "GOOD MORNING.\n"
        "RIGHTS GROUPS IN BELARUS SAY 1,186 PEOPLE ARE NOW HELD AS POLITICAL PRISONERS.\n"
        "THE WEATHER IS NEXT.\n"
    )
    assert ("political_prisoners_held", 1186) in _figures(text)


def test_the_measures_imposed_on_a_part_named_after_including() -> None:
    text = (
        "Sanctions. All British sanctions on Belarus stay in force, including the measures "
        "imposed on the Belarusian fertiliser sector in 2022.\n"
    )
    assert any(
        a == "imposed" and t == "Belarusian fertiliser sector" for a, t, _ in _sanctions(text)
    )


def test_people_listed_by_their_offices_with_commas_are_one_group() -> None:
    text = (
        "Sanctions. Latvia imposed sanctions on investigators, judges and colony wardens "
        "responsible for the abuse of prisoners.\n"
    )
    targets = [t for a, t, _ in _sanctions(text) if a == "imposed"]
    assert len(targets) == 1 and targets[0].startswith("investigators, judges and colony wardens")


def test_goods_listed_with_commas_stay_apart() -> None:
    text = "Sanctions. Latvia imposed sanctions on potash, timber and cement.\n"
    assert {t for a, t, _ in _sanctions(text) if a == "imposed"} == {"potash", "timber", "cement"}


def test_her_piece_reads_gives_the_words_of_the_one_she_is() -> None:
    text = (
        "Room three shows a quilt stitched in a colony in Homel. The maker, Alena Shuba, served "
        'three years. Her label reads: "Every square is a woman who shared my cell."\n'
    )
    assert _quotes(text)["Every square is a woman who shared my cell."] == "Alena Shuba"


def test_one_described_who_gave_a_name_is_that_name() -> None:
    text = (
        'Families queued at the gate. "Nobody told us which bus he was on," said a woman who '
        "gave her name only as Tamara. Her husband was freed a week later.\n"
    )
    assert _quotes(text)["Nobody told us which bus he was on"] == "Tamara"


def test_a_piece_from_a_body_speaks_for_it_named_or_not_before() -> None:
    text = (
        "Minsk answered within a day. A statement from the Foreign Ministry says that the "
        'listings "will be answered in kind". The letter of the Initiative further calls on '
        'the Government to "stop all potash transit".\n'
    )
    quotes = _quotes(text)
    assert quotes["will be answered in kind"] == "Foreign Ministry"
    assert quotes["stop all potash transit"] == "Initiative"


def test_letters_after_a_name_are_not_part_of_it() -> None:
    text = (
        'Tom Bradwell KC, counsel to the families, said: "The courts there answer to one man." '
        '"We will keep asking," added Ruth Okafor MEP, who sits on the delegation.\n'
    )
    quotes = _quotes(text)
    assert quotes["The courts there answer to one man."] == "Tom Bradwell"
    assert quotes["We will keep asking"] == "Ruth Okafor"


def test_a_peers_style_keeps_the_place_after_of() -> None:
    text = (
        'Baroness Mallory of Penrith opened the debate: "Every listing is a letter to the cells." '
        'Later Lord Ashcombe said: "We are agreed."\n'
    )
    quotes = _quotes(text)
    assert quotes["Every listing is a letter to the cells."] == "Baroness Mallory of Penrith"
    assert quotes["We are agreed."] == "Ashcombe"


def test_a_name_with_a_particle_ends_before_where_its_bearer_works() -> None:
    text = (
        '"A colony is not a clinic," said Joris van Damme of the Free University of Brussels, '
        "who has studied the prison system.\n"
    )
    assert _quotes(text)["A colony is not a clinic"] == "Joris van Damme"


def test_a_latvian_womans_surname_tells_her_she() -> None:
    text = (
        "The list named the commission's chairwoman, Lidia Yermoshina.\n\n"
        "Riga deputy Inese Kalniņa recalled the winter of 1991. "
        '"We were told to wait then too," she said.\n'
    )
    assert _quotes(text)["We were told to wait then too"] == "Inese Kalniņa"


def test_a_piece_whose_owner_a_pronoun_names_speaks_for_its_owner() -> None:
    text = (
        "The Lithuanian Helsinki Group wrote to the Council in May. Its appeal says, and I "
        'quote, "a listing that stops at the border invites a detour."\n\n'
        "Olga Zayats sent the ministry a second note. Her statement said that "
        '"no family has been told where the men are."\n'
    )
    quotes = _quotes(text)
    assert quotes["a listing that stops at the border invites a detour."] == (
        "Lithuanian Helsinki Group"
    )
    assert quotes["no family has been told where the men are."] == "Olga Zayats"


def test_the_one_a_question_came_from_asks_it() -> None:
    text = (
        "The second question came from Marta Lind of Nordic Radio: "
        '"Were any of the freed men citizens of the Union?"\n'
    )
    assert _quotes(text)["Were any of the freed men citizens of the Union?"] == "Marta Lind"


def test_came_the_reply_gives_the_one_who_answered_before() -> None:
    text = (
        '"We do not discuss the terms," the Foreign Office said.\n\n'
        "Marta Lind's follow-up was sharper: had anything been promised for the airline?\n\n"
        '"Our position has not changed. The listings stay," came the reply.\n\n'
        'Then a second reporter asked: "Is the airline still listed?"\n\n'
        '"It is," came the short answer.\n'
    )
    quotes = _quotes(text)
    assert quotes["Our position has not changed. The listings stay"] == "Foreign Office"
    assert quotes.get("It is") is None


def test_a_count_that_answers_a_question_takes_the_questions_measure() -> None:
    text = (
        "Belarus: your questions answered\n15 July 2025\n\n"
        "Who was set free this time?\nTwenty-two people, on 11 July, among them two women.\n\n"
        "HOST: And how many political prisoners are left?\n\n"
        "KOVAL: Just over eleven hundred. The list changes every week.\n\n"
        "How long was his sentence?\nSix years, in a colony near Mahilyou.\n"
    )
    got = {
        (c.measure, c.value, c.qualifier, c.date)
        for c in extract_claims(text)
        if isinstance(c, Figure)
    }
    assert ("prisoners_released", 22, "exact", "2025-07-11") in got
    assert ("political_prisoners_held", 1100, "more_than", None) in got
    assert not any(value == 6 for _, value in _figures(text))


def test_a_count_after_a_question_of_two_measures_is_not_guessed() -> None:
    text = "How many were freed and how many were arrested in June?\nForty, by the group's count.\n"
    assert not any(value == 40 for _, value in _figures(text))


def test_a_second_target_after_a_comma_alone_or_with_what_it_is() -> None:
    comma = "Canada has had Grodno Azot under sanctions since June 2021, Naftan since March 2022.\n"
    described = (
        "Britain has had Belshina under sanctions since August 2021, and Naftan, the Novopolotsk "
        "refinery, since March 2022.\n"
    )
    assert _sanctions(comma) == {
        ("imposed", "Grodno Azot", "2021-06"),
        ("imposed", "Naftan", "2022-03"),
    }
    assert _sanctions(described) == {
        ("imposed", "Belshina", "2021-08"),
        ("imposed", "Naftan", "2022-03"),
    }


def test_a_word_of_the_argument_between_commas_keeps_the_target_under_its_measures() -> None:
    text = "Naftan, for instance, has been under British sanctions since March 2022.\n"
    assert _sanctions(text) == {("imposed", "Naftan", "2022-03")}


def test_a_target_and_a_longer_described_group_remain_under_measures() -> None:
    text = "Grodno Azot and the rest of the fertiliser industry remain under Canadian sanctions.\n"
    targets = {t for a, t, _ in _sanctions(text) if a == "imposed"}
    assert "Grodno Azot" in targets


def test_a_power_that_still_has_a_target_under_its_sanctions_keeps_them() -> None:
    text = "Britain still has Belshina under the sanctions it adopted in August 2021.\n"
    assert ("imposed", "Belshina", "2021-08") in _sanctions(text)


def test_a_readers_question_signed_with_a_given_name_and_a_town_is_theirs() -> None:
    text = (
        "Your questions\n\n"
        '"Can my brother still send parcels to the colony?" — Tatsiana, Baranavichy\n\n'
        "ANSWER: Yes, within limits.\n\n"
        'Q: "Will the airline fly to Vilnius again?" (Mindaugas, Kaunas)\n\n'
        "A: Not while the ban stands.\n"
    )
    quotes = _quotes(text)
    assert quotes["Can my brother still send parcels to the colony?"] == "Tatsiana"
    assert quotes["Will the airline fly to Vilnius again?"] == "Mindaugas"


def test_labelled_entries_tell_each_step_of_their_targets_measures() -> None:
    text = (
        "Canadian measures at a glance\n"
        "- Grodno Azot: designated in June 2021; restrictions eased in March 2025.\n"
        "- Naftan: under sanctions since August 2021; listing removed on 4 May 2025.\n"
        "\n"
        "Belshina: sanctioned by the United Kingdom in August 2021; lifted in June 2025.\n"
    )
    got = _sanctions(text)
    assert ("imposed", "Grodno Azot", "2021-06") in got
    assert ("eased", "Grodno Azot", "2025-03") in got
    assert ("imposed", "Naftan", "2021-08") in got
    assert ("lifted", "Naftan", "2025-05-04") in got
    assert ("imposed", "Belshina", "2021-08") in got
    assert ("lifted", "Belshina", "2025-06") in got


def test_a_prisoners_timeline_and_entries_with_no_power_tell_no_measure() -> None:
    text = (
        "Timeline\n"
        "- Ihar Losik: detained in June 2020; designated a political prisoner in July 2020; "
        "released on 21 June 2025.\n"
        "- Belshina: designated in August 2021; eased in June 2025.\n"
    )
    assert _sanctions(text) == set()


def test_a_number_after_a_hash_labels_an_item_and_joins_no_range() -> None:
    text = "Appeal update #12 — 40 more are free. 1,050 are not.\n"
    assert ("prisoners_released", 40) in _figures(text)
    assert not any(value == 12 for _, value in _figures(text))


def test_one_of_those_on_the_list_on_a_day_is_one_of_those_held() -> None:
    held = (
        "Mikalai Dziadok is one of 1,187 people recognised as political prisoners by the Viasna "
        "centre as of 1 March 2025; the centre recognised 20 new political prisoners in February "
        "alone.\n"
    )
    added = "She is one of 41 people Viasna recognised as political prisoners in March.\n"
    assert _figures(held) == {("political_prisoners_held", 1187), ("prisoners_designated", 20)}
    assert _figures(added) == {("prisoners_designated", 41)}


def test_the_power_whose_decision_adopts_the_measures_imposes_them() -> None:
    text = (
        "The committee welcomed the decision of the Government of Canada of 9 August 2021 to "
        "adopt new sanctions against Belarus matching those of its allies.\n"
    )
    got = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert [(c.action, c.target, c.imposer) for c in got] == [("imposed", "Belarus", "Canada")]


def test_measures_told_by_the_day_they_were_announced_stand_from_that_day() -> None:
    text = (
        "The port stopped the trains after the British sanctions on Belshina announced on "
        "2 December 2021 came into force.\n"
    )
    assert ("imposed", "Belshina", "2021-12-02") in _sanctions(text)


def test_a_designation_told_inside_what_a_target_is_stands() -> None:
    text = (
        "Canada later allowed Naftan, the state refinery designated in March 2022, to sell "
        "its stocks.\n"
    )
    assert ("imposed", "Naftan", "2022-03") in _sanctions(text)


def test_a_count_in_apposition_to_the_political_prisoners_counts_those_held() -> None:
    text = (
        "Aid groups doubt they could house the political prisoners, roughly 1,150 on the "
        "group's list, if all were freed together. The political prisoners, 2025 showed, "
        "are released in batches.\n"
    )
    assert _figures(text) == {("political_prisoners_held", 1150)}


def test_the_present_of_features_verbs_attributes_a_quotation() -> None:
    text = (
        '"Book the train, not the bus," advises Rasa Vaitkutė, who runs a ticket office in '
        'Kaunas. "Nobody wins a sanctions fight," concedes Marek Zielinski, a haulier.\n'
    )
    quotes = _quotes(text)
    assert quotes["Book the train, not the bus"] == "Rasa Vaitkutė"
    assert quotes["Nobody wins a sanctions fight"] == "Marek Zielinski"


def test_a_sentences_opening_word_does_not_hide_a_name_before_where_its_bearer_works() -> None:
    text = (
        'Yet Hanna Kryvets of the Belarusian Bar Forum has argued for a year that "the list only '
        'grows".\n'
    )
    assert _quotes(text)["the list only grows"] == "Hanna Kryvets"


def test_a_signer_who_gives_a_family_name_by_its_initial_is_credited() -> None:
    text = (
        "WHY THEY SIGNED\n\n"
        "“My cousin still writes from the colony every month.”\n— Volha S., Lida\n\n"
        "“A letter is the one thing the guards cannot confiscate.”\n"
        "— Ihar P., former political prisoner, Warsaw\n"
    )
    quotes = _quotes(text)
    assert quotes["My cousin still writes from the colony every month."] == "Volha S."
    assert quotes["A letter is the one thing the guards cannot confiscate."] == "Ihar P."


def test_where_imports_would_go_is_the_importer_not_the_target() -> None:
    text = (
        "Sanctions news.\n\nOttawa announced a ban on imports of Belarusian timber into Canada.\n"
    )
    got = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert [(c.target, c.imposer) for c in got] == [("imports of Belarusian timber", "Canada")]


def test_a_power_the_subject_is_compared_with_imposes_nothing() -> None:
    text = (
        "Sanctions news.\n\nOttawa moved further on the same day as Brussels, announcing a ban on "
        "imports of Belarusian timber.\n"
    )
    got = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert [c.imposer for c in got] == ["Canada"]


def test_a_power_adding_a_target_to_its_list_of_blocked_entities_imposes() -> None:
    text = (
        "Sanctions update.\n\nOn 2 March 2022 the Treasury added Naftan, the Novopolotsk "
        "refinery, to its list of blocked entities. Viasna added Ihar Losik to its list of "
        "political prisoners.\n"
    )
    assert _sanctions(text) == {("imposed", "Naftan", "2022-03-02")}


def test_an_aside_on_one_of_those_counted_keeps_the_count_and_its_verb() -> None:
    text = "Five prisoners, one of them a Polish citizen, were freed at the border on Friday.\n"
    assert _figures(text) == {("prisoners_released", 5)}


def test_a_power_that_has_been_sanctioning_a_target_since_a_date_imposed_then() -> None:
    text = "Sanctions.\n\nCanada has been blacklisting prison governors since March 2021.\n"
    assert _sanctions(text) == {("imposed", "prison governors", "2021-03")}


def test_a_decision_to_suspend_an_operating_permit_is_a_measure_taken() -> None:
    text = (
        "Sanctions.\n\nThe committee welcomed Canada's decision to suspend the operating permit "
        "of the cargo airline Rubystar.\n"
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Rubystar")}


def _measures(text: str) -> set[tuple[str, str, str | None, str | None]]:
    return {
        (c.action, c.target, c.imposer, c.date)
        for c in extract_claims(text)
        if isinstance(c, Sanction)
    }


def test_a_measure_that_goes_back_to_a_date_or_is_told_with_from_began_then() -> None:
    text = (
        "Sanctions.\n\nIn the camp the guards blamed every cold radiator on the British "
        "restrictions on Belarusian oil products from June 2022. The Canadian sanctions on "
        "Grodno Azot go back to March 2021.\n"
    )
    assert _measures(text) == {
        ("imposed", "Belarusian oil products", "United Kingdom", "2022-06"),
        ("imposed", "Grodno Azot", "Canada", "2021-03"),
    }


def test_a_measure_told_from_a_year_and_still_untouched_is_one_measure() -> None:
    text = "Sanctions.\n\nThe EU sanctions on Naftan from 2022 are untouched by the deal.\n"
    assert _measures(text) == {("imposed", "Naftan", "European Union", "2022")}


def test_a_second_target_after_a_semicolon_or_with_its_own_measure_keeps_its_date() -> None:
    text = (
        "Sanctions.\n\nNaftan has been under British sanctions since March 2022; Grodno Azot "
        "since June 2022. Belshina has been under EU restrictions since December 2021 and "
        "fertiliser under Canadian sanctions since May 2022, one officer recalled.\n"
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "United Kingdom", "2022-03"),
        ("imposed", "Grodno Azot", "United Kingdom", "2022-06"),
        ("imposed", "Belshina", "European Union", "2021-12"),
        ("imposed", "fertiliser", "Canada", "2022-05"),
    }


def test_the_power_of_a_relative_clause_after_a_measure_is_its_imposer() -> None:
    text = (
        "Sanctions.\n\nShe called the sanctions on Viktor Sheiman, which the European Union "
        "imposed in 2004, a badge he wears. Deputies asked about the restrictions on Naftan "
        "that the United Kingdom imposed in 2022. The potash restrictions the United States "
        "brought in back in 2021 were still cited.\n"
    )
    assert _measures(text) == {
        ("imposed", "Viktor Sheiman", "European Union", "2004"),
        ("imposed", "Naftan", "United Kingdom", "2022"),
        ("imposed", "potash", "United States", "2021"),
    }


def test_a_table_row_that_places_a_target_under_restrictions_imposes() -> None:
    text = (
        "Where the measures stand\n\n"
        "Imposer          | Measure                                  | Since\n"
        "United Kingdom   | Naftan placed under restrictions         | March 2022\n"
        "Canada           | Grodno Azot sanctioned                   | May 2022\n"
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "United Kingdom", "2022-03"),
        ("imposed", "Grodno Azot", "Canada", "2022-05"),
    }


def test_a_powers_entry_gives_each_clause_its_own_target() -> None:
    text = (
        "Measures that still apply\n"
        "- Canada: Grodno Azot designated (May 2022); Naftan under restrictions (June 2022).\n"
        "- Donors have not asked for any change.\n"
    )
    assert _measures(text) == {
        ("imposed", "Grodno Azot", "Canada", "2022-05"),
        ("imposed", "Naftan", "Canada", "2022-06"),
    }


def test_entries_with_a_dash_and_no_full_stop_are_read_with_their_title() -> None:
    text = (
        "PANEL 3 - OUTSIDE PRESSURE\n"
        "Two British measures in force:\n"
        "> Naftan, the oil refinery - sanctioned March 2022\n"
        "> Grodno Azot, the fertiliser maker - under restrictions since June 2022\n"
        "Caption: Neither has opened a cell door.\n"
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "United Kingdom", "2022-03"),
        ("imposed", "Grodno Azot", "United Kingdom", "2022-06"),
    }


def test_one_described_then_named_after_named_or_called_speaks_by_name() -> None:
    text = (
        "We slept in shifts. One of them, a welder named Ihar Palchys, said to me on the "
        'second evening: "Sleep when you can, nobody here will wake you kindly." Another '
        'man, a driver called Stsiapan Hrynko, whispered: "Do not trust the new ones."\n'
    )
    assert _quotes(text) == {
        "Sleep when you can, nobody here will wake you kindly.": "Ihar Palchys",
        "Do not trust the new ones.": "Stsiapan Hrynko",
    }


def test_an_officer_given_by_rank_and_surname_is_the_he_who_then_speaks() -> None:
    text = (
        "My husband, Aliaksei Ramanchuk, is a mechanic. He was sentenced in March.\n\n"
        "When I asked at the gate, the deputy head of the colony, a Lieutenant Kavaliuk, "
        'came out to meet me. He told me, "Your husband knows what paper he must sign." '
        "I did not answer.\n"
    )
    assert _quotes(text) == {"Your husband knows what paper he must sign.": "Kavaliuk"}


def test_a_doctor_given_as_a_dr_and_surname_in_an_aside_speaks() -> None:
    text = (
        "My heart got worse over the winter. The camp doctor, a Dr Marozau, told me, "
        '"Write the petition, Uladzimir Pyatrovich, your heart keeps no political '
        'calendar." So I wrote it.\n'
    )
    assert _quotes(text) == {
        "Write the petition, Uladzimir Pyatrovich, your heart keeps no political calendar.": (
            "Marozau"
        )
    }


def test_a_title_and_surname_opening_the_sentence_before_speak_the_words_after() -> None:
    text = (
        "WITNESS 3 — Halina Tsvirka, 51, accountant, released in May 2024\n\n"
        'Ms Tsvirka spoke about her mother. "She kept my coat on the hook for two years. '
        'She said a coat on a hook means someone is coming back."\n'
    )
    got = _quotes(text)
    assert list(got.values()) == ["Halina Tsvirka"] or list(got.values()) == ["Tsvirka"]


def test_a_measure_in_force_keeps_the_power_its_own_adjective_names() -> None:
    text = (
        "VILNIUS — Lithuania took in the freed men on Monday.\n\n"
        "Nobody said what had been given in return; the British restrictions on Naftan, in "
        "force since March 2022, were still there when we spoke to them.\n"
    )
    assert _measures(text) == {("imposed", "Naftan", "United Kingdom", "2022-03")}


def test_a_measure_said_to_hold_ends_its_target_before_a_relative_clause() -> None:
    text = (
        "Sanctions.\n\nThe sanctions on Grodno Azot that Ottawa imposed in 2022 were still "
        "in place when the prisoners crossed.\n"
    )
    assert _measures(text) == {("imposed", "Grodno Azot", "Canada", "2022")}


def test_an_aside_on_what_some_or_all_of_those_counted_are_keeps_the_count() -> None:
    text = (
        "The pardon of 3 March 2025 freed her too, when 31 people, 9 of them women, were "
        "released. A week earlier, on 24 February 2025, 18 people — 10 men and 8 women — had "
        "been pardoned.\n"
    )
    assert _figures(text) == {("prisoners_released", 31), ("prisoners_released", 18)}


def test_a_total_between_dashes_is_not_an_aside_to_skip() -> None:
    text = (
        "Political prisoners freed.\n\nWhat happened on Thursday? On 11 September 2025, hours "
        "after a US envoy met Alexander Lukashenko in Minsk, Mikalai Statkevich and 51 other "
        "prisoners – 52 people in all – were driven across the border into Lithuania.\n"
    )
    assert ("prisoners_released", 53) not in _figures(text)


def test_people_who_had_been_political_prisoners_are_no_count_of_those_held() -> None:
    text = (
        "At the forum in Warsaw the organisers gave the floor to three people who had been "
        "political prisoners. Viasna says 1,150 people are political prisoners today.\n"
    )
    assert _figures(text) == {("political_prisoners_held", 1150)}


def test_a_timeline_whose_columns_date_each_step_takes_its_power_from_its_title() -> None:
    text = (
        "Briefing pack, page 3\n\n"
        "CANADIAN SANCTIONS TIMELINE\n"
        "Measure           | Imposed     | Eased        | Lifted\n"
        "Naftan            | March 2022  | -            | -\n"
        "Grodno Azot       | May 2022    | 2 June 2025  | -\n\n"
        "What families ask us\n"
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "Canada", "2022-03"),
        ("imposed", "Grodno Azot", "Canada", "2022-05"),
        ("eased", "Grodno Azot", "Canada", "2025-06-02"),
    }


def test_a_panels_figure_alone_on_its_line_is_read_with_the_words_under_it() -> None:
    text = (
        "SOCIAL CARDS - Political prisoners in numbers\n\n"
        "CARD 1\n"
        "1,150\n"
        "people held as political prisoners in Belarus on 1 October 2025\n"
        "Source line: Viasna\n"
    )
    assert _figures(text) == {("political_prisoners_held", 1150)}


def test_a_telegraphic_count_with_its_participle_alone_is_a_count() -> None:
    text = (
        "Political prisoners: the month in brief\n\n"
        "31 pardoned on 3 March. 1,190 held at the end of the month.\n"
    )
    assert _figures(text) == {("prisoners_released", 31), ("political_prisoners_held", 1190)}


def test_an_entry_that_gives_its_own_words_after_a_colon_credits_none_above_it() -> None:
    text = (
        "VOICES OF THE MONTH (as reported)\n"
        '- Franak Viachorka, adviser: "Every release is a negotiation, not a gift."\n'
        '- Volha Harbunova, activist: "The cells are refilled within weeks."\n'
    )
    assert _quotes(text) == {
        "Every release is a negotiation, not a gift.": "Franak Viachorka",
        "The cells are refilled within weeks.": "Volha Harbunova",
    }


def test_a_pronouns_summary_or_description_before_a_colon_is_the_owners() -> None:
    text = (
        "3.1 The Viasna chair Ales Bialiatski has said the count never stands still. His "
        'summary: "They open the door with one hand and fill the cells with the other."\n'
    )
    assert _quotes(text) == {
        "They open the door with one hand and fill the cells with the other.": "Ales Bialiatski"
    }


def test_one_described_then_named_with_particles_speaks_by_name() -> None:
    text = (
        "- A Belgian member, Pieter van den Broek, asked the committee to remember the exiles. "
        "'Freed is not the same as free,' he said.\n"
    )
    assert set(_quotes(text).values()) == {"Pieter van den Broek"}


def test_a_described_speaker_whose_who_aside_runs_long_before_a_colon() -> None:
    text = (
        "A Vilnius-based freight forwarder, who asked not to be named, was more direct about "
        'the mood among hauliers: "Nobody will sign first."\n'
    )
    assert _quotes(text) == {"Nobody will sign first.": "Vilnius-based freight forwarder"}


def test_the_statement_by_someone_then_a_comma_gives_their_words() -> None:
    text = (
        '8. I have read the statement by Pavel Sapelka, "The pardons do not empty the '
        'prisons." I cannot say whether it is exact.\n'
    )
    assert _quotes(text) == {"The pardons do not empty the prisons.": "Pavel Sapelka"}


def test_someone_who_used_to_whisper_the_words_speaks_them() -> None:
    text = (
        "HOST: Did anyone help you?\n"
        "LAPITSKAYA: In the sewing shop a young woman, Iryna Kavalenka, worked beside me for "
        'months. She used to whisper, "One more seam, one more day." Then they moved her.\n'
    )
    assert _quotes(text) == {"One more seam, one more day.": "Iryna Kavalenka"}


def test_restrictions_imposed_on_a_target_by_a_named_power_are_a_measure() -> None:
    text = (
        "Sanctions.\n\nAsked by a reporter about the Canadian restrictions imposed on Grodno "
        "Azot in May 2022, she said she had no view. The campaign asked governments to mirror "
        "the restrictions imposed on Russia.\n"
    )
    assert _measures(text) == {("imposed", "Grodno Azot", "Canada", "2022-05")}


def test_relief_that_commentators_expect_is_no_step_taken() -> None:
    text = (
        "Sanctions.\n\nTwo British measures come up in every talk about a deal. Neither has "
        "changed. Some analysts expect relief for the refinery Naftan to come first.\n"
    )
    assert _measures(text) == set()


def test_powers_that_restricted_the_trade_in_goods_impose_and_a_negated_one_does_not() -> None:
    text = (
        "Sanctions.\n\nBoth London and Ottawa have restricted the fertiliser trade since 2022. "
        "Japan has never restricted fertiliser imports from Belarus.\n"
    )
    assert _measures(text) == {
        ("imposed", "fertiliser trade", "United Kingdom", "2022"),
        ("imposed", "fertiliser trade", "Canada", "2022"),
    }


def test_the_rest_lifted_with_its_own_date_is_a_second_step_on_the_same_target() -> None:
    text = (
        "Sanctions.\n\nThe panel heard that the United Kingdom eased its sanctions on Naftan "
        "in March 2025 and lifted the rest of them in June 2025.\n"
    )
    assert _measures(text) == {
        ("eased", "Naftan", "United Kingdom", "2025-03"),
        ("lifted", "Naftan", "United Kingdom", "2025-06"),
    }


def test_a_second_target_after_its_own_date_shares_the_first_ones_step() -> None:
    text = (
        "Sanctions.\n\nCanada has lifted its sanctions on Grodno Azot (4 March 2025) and, in "
        "June, on the refinery Naftan.\n"
    )
    assert _measures(text) == {
        ("lifted", "Grodno Azot", "Canada", "2025-03-04"),
        ("lifted", "Naftan", "Canada", "2025-06"),
    }


def test_a_further_round_of_listings_aimed_at_a_group_is_weighed() -> None:
    text = (
        "Sanctions.\n\nAn official told the meeting that the EU was preparing a further round "
        "of listings aimed at prison governors.\n"
    )
    assert {(a, t) for a, t, _, _ in _measures(text)} == {("threatened", "prison governors")}


def test_a_total_whose_own_words_say_still_held_is_of_those_held_after_a_release() -> None:
    text = (
        "On 3 March a further 31 people were pardoned. Human Rights Watch, citing Viasna, put "
        "the number still held at more than 1,150.\n"
    )
    assert _figures(text) == {("prisoners_released", 31), ("political_prisoners_held", 1150)}


def test_a_target_no_longer_allowed_to_fly_into_a_powers_skies_is_banned() -> None:
    text = (
        "Sanctions.\n\nSince June 2021 Belavia, the state airline, is no longer allowed to fly "
        "into or over the European Union. Belavia can no longer land in British airports "
        "either.\n"
    )
    assert {(a, t, p) for a, t, p, _ in _measures(text)} == {
        ("imposed", "Belavia", "European Union"),
        ("imposed", "Belavia", "United Kingdom"),
    }


def test_a_powers_department_in_a_timelines_present_sanctions() -> None:
    text = (
        "Timeline 2022\n"
        "- March 2022: the US Treasury sanctions Belshina, the tyre maker, after the invasion "
        "of Ukraine.\n"
    )
    assert _measures(text) == {("imposed", "Belshina", "United States", "2022-03")}


def test_a_power_calling_for_a_measure_threatens_it_and_others_calling_do_not() -> None:
    text = (
        "Sanctions.\n\nOn 24 May 2021 EU leaders called for Belarusian carriers to be banned "
        "from EU airspace. On 2 June 2021 the British government called for sanctions on "
        "Belshina. Viasna called for sanctions on prison governors.\n"
    )
    assert _measures(text) == {
        ("threatened", "Belarusian carriers", "European Union", "2021-05-24"),
        ("threatened", "Belshina", "United Kingdom", "2021-06-02"),
    }


def test_a_key_figure_row_naming_a_pardon_with_its_noun_is_a_release() -> None:
    text = (
        "MONTHLY ONE-PAGER\n\n"
        "AT A GLANCE\n"
        "Political prisoners (Viasna, 30 June) ............. 1,174\n"
        "Latest pardon ...................................... 16 people (8 women, 8 men)\n"
        "  Released in June ................................ 40\n"
        "    — 21 June, envoy's visit ....................... 14\n"
        "    — end of sentence .............................. 26\n"
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1174),
        ("prisoners_released", 16),
        ("prisoners_released", 40),
        ("prisoners_released", 14),
        ("prisoners_released", 26),
    }


def test_a_number_before_fold_is_a_ratio_not_a_count() -> None:
    text = (
        "The list of political prisoners grew almost six-fold in a year. Viasna counted 1,150 "
        "political prisoners on 1 October 2025.\n"
    )
    assert _figures(text) == {("political_prisoners_held", 1150)}


def test_a_place_ending_the_clause_before_a_name_list_is_no_one_named() -> None:
    text = (
        "On 11 September 2025, the day the envoy John Coale visited Minsk, Mikalai Statkevich "
        "and 51 other prisoners were driven across the border into Lithuania.\n"
    )
    assert _figures(text) == {("prisoners_released", 52)}


def test_the_parts_of_a_time_of_day_are_no_counts() -> None:
    text = (
        "[The witness was released from her affirmation at 11:20.] On 3 March 2025, 31 people "
        "were released.\n"
    )
    assert _figures(text) == {("prisoners_released", 31)}


def test_a_surname_alone_is_the_person_a_field_line_above_names_in_full() -> None:
    text = (
        "HOUSE BILL DIGEST\n"
        "Rapporteur: Rep. Wilhelmina Ostrander\n"
        "Filed: 12 June 2024\n\n"
        "The bill asks the administration to report on prisoners held in Belarus.\n\n"
        'Ostrander, presenting the report, spoke for ten minutes. "Every name on that list '
        "is somebody's father or daughter,\" she said.\n"
    )
    assert _quotes(text) == {
        "Every name on that list is somebody's father or daughter": "Wilhelmina Ostrander"
    }


def test_a_label_word_is_no_surname_of_a_heading_name() -> None:
    text = (
        "Written Reply 0412: prisoners in Belarus\n"
        "Reply from Margit Holloway, Minister of Foreign Affairs, 2 May 2025\n\n"
        "Reply: We keep our measures under review. As I told the chamber in March, "
        '"measures follow conduct, and the conduct has not changed."\n'
    )
    assert _quotes(text) == {
        "measures follow conduct, and the conduct has not changed.": "Margit Holloway"
    }


def test_a_titled_surname_opening_the_sentence_before_a_quote_speaks_it() -> None:
    text = (
        "WITNESS 3 — Tamara Sheveleva, 44, teacher, freed in July 2024\n\n"
        'Mrs Sheveleva talked about the letters. "None of them arrived. I learned that only '
        'when I came home."\n'
    )
    assert _quotes(text) == {
        "None of them arrived. I learned that only when I came home.": "Tamara Sheveleva"
    }


def test_a_spokesperson_who_told_an_outlet_speaks_for_the_body_named_before() -> None:
    text = (
        'The Foreign Office would not give a date. A spokeswoman told Daybreak Wire: "We '
        'have listed the men who ordered the beatings and will list more." The Home Office '
        "declined to comment.\n"
    )
    assert _quotes(text) == {
        "We have listed the men who ordered the beatings and will list more.": "Foreign Office"
    }


def test_a_portfolio_word_then_a_country_names_a_department_that_speaks() -> None:
    text = (
        'Global Affairs Canada said it would keep its listings. "We listed them for what they '
        'did, and what they did has not stopped," a spokesperson said.\n'
    )
    assert _quotes(text) == {
        "We listed them for what they did, and what they did has not stopped": (
            "Global Affairs Canada"
        )
    }


def test_a_participle_after_the_verb_goes_on_with_the_described_speakers_words() -> None:
    text = (
        'The Foreign Office said it would not follow. "Our measures answer repression," a '
        'spokesman said, adding that officials were "looking at further names."\n'
    )
    assert _quotes(text) == {
        "Our measures answer repression": "Foreign Office",
        "looking at further names.": "Foreign Office",
    }


def test_a_surname_alone_is_the_person_a_heading_in_capitals_names() -> None:
    text = (
        "EXTENSIONS OF REMARKS\n"
        "HON. PRISCILLA MARWOOD of Vermont\n"
        "in the House of Representatives\n\n"
        "Ms. MARWOOD. Madam Speaker, I rise to mark the release of a reporter from prison.\n\n"
        'Marwood, who sits on the Foreign Affairs Committee, later spoke to us. "Bring them '
        'home first and argue about the price afterwards," she said.\n'
    )
    assert _quotes(text) == {
        "Bring them home first and argue about the price afterwards": "Priscilla Marwood"
    }


def test_items_of_a_draft_that_recall_or_support_measures_report_them() -> None:
    text = (
        "Sanctions.\n\n"
        "In short, the draft resolution:\n"
        "- recalls that Poland barred Alexander Lukashenko from entering its territory on "
        "31 August 2020;\n"
        "- supports the sanctions adopted by the European Union in June 2021 on Belarusian "
        "potash;\n"
        "- proposes that the judges of political trials be added to the EU list.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Alexander Lukashenko", "2020-08-31"),
        ("imposed", "Belarusian potash", "2021-06"),
    }


def test_a_bill_that_requires_a_measure_or_obliges_a_power_to_take_it_threatens_it() -> None:
    text = (
        "Sanctions.\n\n"
        "The bill would require sanctions on the governors of penal colonies. Section 4 "
        "provides that the President shall impose sanctions on the judges of political trials. "
        "The President would also be required to block the property of Belarusian firms that "
        "repair Russian military vehicles.\n"
    )
    assert _sanctions(text) == {
        ("threatened", "governors of penal colonies", None),
        ("threatened", "judges of political trials", None),
        ("threatened", "Belarusian firms that repair Russian military vehicles", None),
    }


def test_blocking_the_property_of_a_target_is_an_asset_freeze() -> None:
    text = (
        "Sanctions.\n\n"
        "On 9 August 2021 the Treasury blocked all property and interests in property of "
        "Belarusian companies that sell potash abroad.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Belarusian companies that sell potash abroad", "2021-08-09")
    }


def test_observers_and_candidates_are_people_a_detention_counts() -> None:
    text = (
        "Since voting opened the monitors have confirmed the detention of 23 observers. Police "
        "also arrested 6 candidates on Friday.\n"
    )
    assert _figures(text) == {("prisoners_detained", 23), ("prisoners_detained", 6)}


def test_the_number_of_people_recognised_that_has_reached_a_count_is_designations() -> None:
    text = (
        "Since May 2020 the total number of people recognised has reached 3,912. In the same "
        "years the total has reached 3,900.\n"
    )
    assert _figures(text) == {("prisoners_designated", 3912)}


def test_people_now_at_liberty_are_released() -> None:
    text = "The pardon covered 40 prisoners, but by our count 38 people are now at liberty.\n"
    assert ("prisoners_released", 38) in _figures(text)


def test_a_role_owned_by_a_body_then_a_titled_name_is_that_person() -> None:
    text = (
        '"We counted the ballots twice and got two answers," said the mission\'s head, '
        'Dr Helga Varnas. "Nobody was allowed to watch," said the panel\'s chair, Professor '
        "Ivo Lindqvist.\n"
    )
    assert _quotes(text) == {
        "We counted the ballots twice and got two answers": "Helga Varnas",
        "Nobody was allowed to watch": "Ivo Lindqvist",
    }


def test_a_measure_named_by_its_year_is_kept_in_force() -> None:
    text = "Sanctions.\n\nCanada has maintained its September 2020 sanctions on Viktar Sheiman.\n"
    assert _sanctions(text) == {("imposed", "Viktar Sheiman", "2020-09")}


def test_what_a_measure_covers_after_an_aside_or_whose_it_is() -> None:
    text = (
        "Sanctions.\n\n"
        "In June 2021 the EU adopted sectoral sanctions that cover, among other goods, "
        "cement and timber. On 9 August 2021 Japan announced restrictions of its own on the "
        "same day, covering tyres.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "cement", "2021-06"),
        ("imposed", "timber", "2021-06"),
        ("imposed", "tyres", "2021-08-09"),
    }


def test_a_part_of_a_list_that_opens_with_a_preposition_is_no_target() -> None:
    text = (
        "Sanctions.\n\n"
        "On 11 September 2025 Washington eased sanctions on Belavia — allowing repairs and the "
        "purchase of parts, including for its Embraer jets — in a first step.\n"
    )
    assert _sanctions(text) == {("eased", "Belavia", "2025-09-11")}


def test_kin_of_someone_described_by_a_noun_speaks_as_that_kin() -> None:
    text = (
        '"They keep finding a new photograph to try him for," the cameraman\'s mother told '
        'Northline. "He will not sign anything," said the detainee\'s wife.\n'
    )
    assert _quotes(text) == {
        "They keep finding a new photograph to try him for": "cameraman's mother",
        "He will not sign anything": "detainee's wife",
    }


def test_a_described_speaker_is_told_without_when_after_where() -> None:
    text = (
        "A man who served as a polling station official in Barysau in 2020 told the panel "
        'after his release: "I counted what was there." "We were told to wait," said a '
        "woman released in March.\n"
    )
    assert _quotes(text) == {
        "I counted what was there.": "polling station official in Barysau",
        "We were told to wait": "woman released in March",
    }


def test_initials_or_a_given_name_an_unnamed_speaker_goes_by_are_the_speaker() -> None:
    text = (
        "A teacher from Pinsk, who asked to be identified only by his initials, R.S., was "
        'blunt: "Nobody here expects the vote to matter."\n'
    )
    assert _quotes(text) == {"Nobody here expects the vote to matter.": "R.S."}


def test_a_clause_of_a_resolution_that_runs_on_with_and_is_no_heading() -> None:
    text = (
        "Sanctions.\n\n"
        "WHEREAS, The United Kingdom lifted its travel ban on Viktar Sheiman in March 2025; "
        "and\n\n"
        "WHEREAS, political prisoners remain behind bars; now, therefore, be it\n"
    )
    assert _sanctions(text) == {("lifted", "Viktar Sheiman", "2025-03")}


def test_a_relief_of_measures_a_power_had_placed_on_a_date_is_dated_apart() -> None:
    text = (
        "Sanctions.\n\n"
        "In June 2025 Canada lifted the sanctions it had imposed in October 2020 on Viktar "
        "Sheiman.\n"
    )
    assert _sanctions(text) == {
        ("lifted", "Viktar Sheiman", "2025-06"),
        ("imposed", "Viktar Sheiman", "2020-10"),
    }


def test_a_bracketed_aside_that_tells_who_listed_a_target_and_since_when() -> None:
    text = (
        "Sanctions.\n\n"
        "The motion names Naftan (sanctioned by the European Union since December 2021) as an "
        "example.\n"
    )
    assert _sanctions(text) == {("imposed", "Naftan", "2021-12")}


def test_counts_reported_freed_or_released_early_in_a_month() -> None:
    text = (
        "Another 27 prisoners were reported pardoned in October. The minister welcomed the "
        "release in late March 2025 of 9 political prisoners.\n"
    )
    assert _figures(text) == {("prisoners_released", 27), ("prisoners_released", 9)}


def test_words_i_told_in_a_part_by_a_titled_author_are_the_authors() -> None:
    text = (
        "Draft report\n"
        "Rapporteur: Mr Jonas Adlercreutz, Sweden\n\n"
        "B. Explanatory memorandum by Mr Adlercreutz, rapporteur (extract)\n\n"
        '12. The figures speak for themselves. "Every release is followed by new arrests," I '
        "told the committee in March.\n"
    )
    assert _quotes(text) == {"Every release is followed by new arrests": "Jonas Adlercreutz"}


def test_those_responsible_for_a_list_of_wrongs_are_one_target() -> None:
    text = (
        "Sanctions.\n\n"
        "On 2 March 2021 Canada threatened sanctions against those responsible for "
        "torture, forced confessions and the beating of detainees.\n"
    )
    assert _sanctions(text) == {
        (
            "threatened",
            "those responsible for torture, forced confessions and the beating of detainees",
            "2021-03-02",
        )
    }


def test_a_trade_that_opens_the_sentence_before_he_said_is_the_speaker() -> None:
    text = (
        "Several volunteers were tried. One, a retired teacher from Barysau who asked not to be "
        'named, spent ten days in detention. "I only counted the ballots," he told us.\n\n'
        "For volunteer Alena Maroz, the pardon changed nothing. Her cousin, a nurse, was jailed "
        'in 2022. "She is still in the colony," she said.\n'
    )
    assert _quotes(text) == {
        "I only counted the ballots": "retired teacher from Barysau",
        "She is still in the colony": "Alena Maroz",
    }


def test_a_power_that_would_not_hesitate_to_list_more_threatens_it() -> None:
    text = (
        "Sanctions.\n\n"
        "On 4 May 2023 Canada said it would not hesitate to designate the judges of political "
        "trials. Poland has not designated Belavia.\n"
    )
    assert _sanctions(text) == {("threatened", "judges of political trials", "2023-05-04")}


def test_whose_phrase_a_quotation_is_told_after_it() -> None:
    text = (
        'In 2024, 230 people were pardoned "as an act of humanism", in the Belarusian '
        'Interior Ministry\'s phrase. Lithuania called the expulsions "a new form of exile", in '
        "the words of Gabrielius Landsbergis.\n"
    )
    assert _quotes(text) == {
        "as an act of humanism": "Belarusian Interior Ministry",
        "a new form of exile": "Gabrielius Landsbergis",
    }


_WRAPPED_REPORT = (
    "NORTHERN RIGHTS BUREAU                                          Occasional Paper 3/2024\n\n"
    "Summary\n"
    "On 1 March 2024 the Human Rights Centre Viasna listed 1,381 political prisoners in\n"
    "Belarus, and the number of those freed by pardon over the year so far stood at a\n"
    "handful. Several hundred more were detained for a day or two and released without a\n"
    "charge, which the list does not count.\n\n"
    "“Every name on the list is a case that someone has read from the first page to the\n"
    "last, and the pile of unread cases grows faster than we can read them,” said Marta\n"
    "Kowalewska, who leads the Bureau's monitoring of Belarus.\n\n"
    "In 2021 the European Union banned Belarusian carriers from its airspace and airports,\n"
    "and the United States designated the potash producer Belaruskali later that year.\n\n"
    "                 “A ban you can fly around is not a ban, but this one is\n"
    "                  hard to fly around.”\n"
    "                  – Ole Brekke, aviation analyst, Bergen\n\n"
    "Northern Rights Bureau · Occasional Paper 3/2024                                   1\n"
)


def test_a_hard_wrapped_report_is_read_as_its_paragraphs() -> None:
    claims = extract_claims(_WRAPPED_REPORT)
    quotes = {c.text: c.speaker for c in claims if isinstance(c, Quote)}
    assert quotes == {
        "Every name on the list is a case that someone has read from the first page to the\n"
        "last, and the pile of unread cases grows faster than we can read them": (
            "Marta Kowalewska"
        ),
        "A ban you can fly around is not a ban, but this one is\n"
        "                  hard to fly around.": "Ole Brekke",
    }
    assert {(c.measure, c.value) for c in claims if isinstance(c, Figure)} == {
        ("political_prisoners_held", 1381)
    }
    assert {(c.action, c.target) for c in claims if isinstance(c, Sanction)} == {
        ("imposed", "Belarusian carriers"),
        ("imposed", "Belaruskali"),
    }


def test_news_copy_whose_paragraphs_are_single_lines_is_not_unwrapped() -> None:
    from doorwatch.extract.hard_wraps import unwrap_lines

    text = (
        "PANEL 1 — HEADLINE NUMBER\n1,299\n"
        "political prisoners held in Belarus on 31 October 2024, according to Viasna\n"
        "Sub-line: 35 people were newly recognised as political prisoners in October alone.\n"
    ) * 3
    assert unwrap_lines(text) == text
    assert unwrap_lines(_WRAPPED_REPORT) != _WRAPPED_REPORT
    assert len(unwrap_lines(_WRAPPED_REPORT)) == len(_WRAPPED_REPORT)


def test_a_word_hyphenated_across_a_wrapped_line_is_one_word_again() -> None:
    from doorwatch.extract.hard_wraps import unwrap_lines

    text = _WRAPPED_REPORT.replace(
        "Several hundred more were detained for a day or two and released without a\n",
        "Several hundred more were detained for a day or two and re-\nleased without a\n",
    )
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert "and released   without a" in unwrapped
    assert "the Bureau's monitoring" in unwrapped  # (other lines as they were)


def test_a_count_by_the_last_day_of_a_year_is_of_those_held() -> None:
    text = (
        "By the last day of 2021 the Human Rights Centre Viasna recognised 969 people as\n"
        "political prisoners in Belarus.\n"
    )
    assert _figures(text) == {("political_prisoners_held", 969)}


def test_a_formulation_or_a_summary_before_a_colon_is_its_speakers() -> None:
    text = (
        "Ales Bialiatski has said the same for years. His formulation has become a motto of "
        "the rights community: “A prison is not emptied by pardons.” Asked by reporters in "
        "May, Nasta Loika summarised the year in one sentence: “They free ten and take twenty.”\n"
    )
    assert _quotes(text) == {
        "A prison is not emptied by pardons.": "Ales Bialiatski",
        "They free ten and take twenty.": "Nasta Loika",
    }


def test_a_boxed_quotation_of_short_lines_runs_on_to_its_closing_mark() -> None:
    text = _WRAPPED_REPORT + (
        "\nPANEL 2 · ONE VOICE\n\n"
        "   “I was given three years for a comment of\n"
        "    nine words.”\n"
        "         — Yahor Mikhnevich, released in 2024\n"
    )
    quotes = {c.text: c.speaker for c in extract_claims(text) if isinstance(c, Quote)}
    assert quotes["I was given three years for a comment of\n    nine words."] == (
        "Yahor Mikhnevich"
    )


def test_an_office_of_a_body_whose_name_holds_commas_between_a_name_and_said() -> None:
    text = (
        "Liisa Harju, Director General of the Department for Russia, Eastern Europe and "
        'Central Asia, said: "Releases are welcome, but they are not reform." Responding to '
        "the pardon of Ales Bialiatski and Maria Kalesnikava, the group's Director for Europe, "
        'Jonas Ekberg, said: "Expulsion is not freedom."\n'
    )
    assert _quotes(text) == {
        "Releases are welcome, but they are not reform.": "Liisa Harju",
        "Expulsion is not freedom.": "Jonas Ekberg",
    }


def test_a_participle_after_the_words_goes_on_with_the_speaker_before() -> None:
    text = (
        'Sanctions.\n\nThe Deputy Minister added that aid would continue "whatever happens '
        'in Brussels", stressing that Polish assistance is meant for Belarusian society.\n'
    )
    assert "Polish" not in _quotes(text).values()


def test_a_power_that_stands_ready_to_list_more_threatens_it() -> None:
    text = (
        "Sanctions.\n\n"
        "On 9 March 2022 Canada said it stands ready to designate the governors of penal "
        "colonies. Viasna is ready to help the families.\n"
    )
    assert _sanctions(text) == {("threatened", "governors of penal colonies", "2022-03-09")}


# Investor and market notes


def test_a_power_that_follows_with_a_measure_of_its_own_is_read_for_it() -> None:
    text = (
        "Sanctions.\n\n"
        "On 29 September 2020 Canada froze the assets of Alexander Lukashenko and his son "
        "Viktor. The European Union followed on 2 October 2020 with visa bans on 40 officials.\n"
    )
    powers = {
        (c.imposer, c.target, c.date) for c in extract_claims(text) if isinstance(c, Sanction)
    }
    assert ("European Union", "officials", "2020-10-02") in powers


def test_a_target_put_under_an_asset_freeze_in_the_singular() -> None:
    text = (
        "Sanctions.\n\n"
        "Ottawa put Viktor Sheiman himself under an asset freeze and travel ban on "
        "24 March 2021.\n"
    )
    assert _sanctions(text) == {("imposed", "Viktor Sheiman", "2021-03-24")}


def test_a_measure_a_body_is_asked_to_adopt_is_not_taken() -> None:
    text = (
        "Sanctions.\n\n"
        "On 25 May 2021 ministers asked the Commission to adopt measures banning Belarusian "
        "freight carriers from EU roads.\n"
    )
    assert not any(a == "imposed" for a, _, _ in _sanctions(text))


def test_a_transit_route_closed_by_a_power_is_a_measure() -> None:
    text = (
        "Sanctions and logistics.\n\n"
        "Riga's suspension of the Daugavpils transit route is still in force. Lithuania, for "
        "its part, halted the Kaunas rail transit in March 2022. Latvia then closed its "
        "freight corridor to Naftan cargo in April 2022. Poland stopped Grodno Azot's "
        "transit in May 2022.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Kaunas rail transit", "2022-03"),
        ("imposed", "Naftan cargo", "2022-04"),
        ("imposed", "Daugavpils transit route", None),
        ("imposed", "Grodno Azot", "2022-05"),
    }


def test_goods_that_sit_under_a_power_s_sanctions_are_sanctioned() -> None:
    text = (
        "Sanctions.\n\n"
        "Belarusian potash still sits under British sanctions imposed in August 2021.\n"
    )
    assert _sanctions(text) == {("imposed", "Belarusian potash", "2021-08")}


def test_a_designation_named_by_its_target_and_dated() -> None:
    text = (
        "Sanctions.\n\n"
        "The Grodno Azot designation dates from December 2021. The Naftan designation by the "
        "UK Treasury (March 2022) is in force.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Grodno Azot", "2021-12"),
        ("imposed", "Naftan", "2022-03"),
    }


def test_a_roundup_row_with_the_power_s_article_and_a_date_after_the_target() -> None:
    text = (
        "Sanctions in force:\n"
        "• the United Kingdom – restrictions on petroleum product imports, August 2021, "
        "widened to cement in 2022;\n"
    )
    assert _sanctions(text) == {("imposed", "petroleum product imports", "2021-08")}


def test_a_person_described_between_commas_then_speaks_in_the_next_sentence() -> None:
    text = (
        'Tomas Vaitkus, head of a Vilnius grain broker, sees no change. "Nobody has called '
        'us about Belarusian cargo this year."\n\nA trader at a Gdansk terminal, Ewa Nowak, '
        'was shorter. "We said no twice."\n'
    )
    assert _quotes(text) == {
        "Nobody has called us about Belarusian cargo this year.": "Tomas Vaitkus",
        "We said no twice.": "Ewa Nowak",
    }


def test_an_office_in_capitals_then_its_holder_before_a_colon() -> None:
    text = (
        "Our Chief Investment Officer, Lena Forsberg, put the fund's view plainly: \"We will not "
        'buy the bonds while the prisons are full."\n'
    )
    assert _quotes(text) == {
        "We will not buy the bonds while the prisons are full.": "Lena Forsberg"
    }


def test_a_table_whose_date_stands_in_a_cell_after_the_source() -> None:
    text = (
        "Political prisoners in Belarus\n\n"
        "| Source | Date | Political prisoners |\n"
        "|---|---|---|\n"
        "| Viasna | 31 Mar 2025 | 1,190 |\n"
        "| other list | same period | 1,300 |\n"
    )
    assert _figures(text) == {("political_prisoners_held", 1190)}


def test_a_count_column_named_by_the_caption_above_its_table() -> None:
    text = "Viasna, political prisoners:\n| Date | Count |\n|---|---|\n| 30 Apr 2024 | 1,377 |\n"
    assert _figures(text) == {("political_prisoners_held", 1377)}


# Political-risk briefings


def test_a_place_where_a_power_has_had_sanctions_is_no_target_named_had() -> None:
    text = (
        "Sanctions.\n\n"
        "Tobacco, where the UK has had sanctions in place since June 2022, matters less.\n"
    )
    assert not any(t == "had" for _, t, _ in _sanctions(text))


def test_goods_then_a_clause_under_a_power_s_sanctions() -> None:
    text = (
        "Sanctions.\n\n"
        "The relief does not touch timber, which remains under EU sanctions imposed in "
        "June 2021.\n"
    )
    assert _sanctions(text) == {("imposed", "timber", "2021-06")}


def test_a_target_told_as_a_designated_entity_is_sanctioned() -> None:
    text = (
        "Sanctions.\n\n"
        "Since December 2021 Grodno Azot has been a designated entity under British "
        "sanctions.\n"
    )
    assert _sanctions(text) == {("imposed", "Grodno Azot", "2021-12")}


def test_a_power_that_used_its_authority_or_decided_to_act_acted_that_day() -> None:
    text = (
        "Sanctions.\n\n"
        "On 2 December 2021 the Treasury used its new authority the same day to designate "
        "Naftan. On 4 June 2021 the Council decided to close EU airspace and EU airports to "
        "Belarusian cargo carriers.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Naftan", "2021-12-02"),
        ("imposed", "Belarusian cargo carriers", "2021-06-04"),
    }


def test_a_measure_announced_with_the_day_it_takes_effect_is_taken() -> None:
    text = (
        "Sanctions.\n\n"
        "The White House said on 1 March 2022 that it would impose blocking sanctions on "
        "two Belarusian banks with effect from 15 March.\n"
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction)]
    assert [(c.action, c.target, c.imposer) for c in claims] == [
        ("imposed", "Belarusian banks", "United States")
    ]


def test_the_total_held_at_a_date_and_the_figure_that_eased_are_counts_held() -> None:
    text = (
        "Viasna recognised 640 people as political prisoners during 2023, bringing the total "
        "held at year-end to 1,420. The figure eased slightly to 1,405 by mid-February.\n"
    )
    assert _figures(text) == {
        ("prisoners_designated", 640),
        ("political_prisoners_held", 1420),
        ("political_prisoners_held", 1405),
    }


def test_words_quoted_in_someone_s_assessment_are_theirs() -> None:
    text = (
        "Nasta Loika, a Viasna researcher, has studied the pardons. In her assessment, "
        "\u201ceach release is paid for with new arrests\u201d. We cannot check this.\n"
    )
    assert _quotes(text) == {"each release is paid for with new arrests": "Nasta Loika"}


def test_two_targets_of_one_measure_each_dated_after_it() -> None:
    text = (
        "Sanctions.\n\n"
        "Two UK measures remain in force: the designation of the refiner Naftan, dating from "
        "March 2022, and that of the truck maker MAZ, dating from June 2023. The EU listing "
        "of Grodno Azot (December 2021) and of the bank Belinvestbank (August 2022) also "
        "stands.\n"
    )
    dated = {(t, d) for _, t, d in _sanctions(text)}
    assert {
        ("Naftan", "2022-03"),
        ("MAZ", "2023-06"),
        ("Grodno Azot", "2021-12"),
        ("Belinvestbank", "2022-08"),
    } <= dated


def test_a_sanctions_table_whose_header_holds_a_date_and_whose_cells_hold_asides() -> None:
    text = (
        "What stays in place:\n"
        "| Measure | Imposer | Status after 1 March |\n"
        "|---|---|---|\n"
        "| Restrictions on imports of Belarusian timber (from 2021, widened 2022) | EU | "
        "in force |\n"
        "| Naftan designation (SDN) | US Treasury | in force |\n"
        "| Closure of UK airspace to Belarusian carriers (since May 2021) | UK | in force |\n"
    )
    assert _sanctions(text) == {
        ("imposed", "imports of Belarusian timber", "2021"),
        ("imposed", "Naftan", None),
        ("imposed", "Belarusian carriers", "2021-05"),
    }


def test_an_easing_an_analyst_considers_likely_is_no_step() -> None:
    text = (
        "Sanctions.\n\n"
        "We consider a partial US easing of tobacco sanctions — concerning Grodno Tobacco — "
        "more likely this year than any relief for potash.\n"
    )
    assert not any(a == "eased" for a, _, _ in _sanctions(text))


# Academic papers and web pages


def test_a_cited_author_s_words_are_theirs() -> None:
    text = (
        "Travel bans rarely change a ruler's mind. Lindqvist (2017: 45) puts it bluntly: "
        '"a visa ban on a man who never travels is a letter, not a fence." Halvorsen (2020) '
        'has written that "every pardon advertises the next one".\n'
    )
    assert _quotes(text) == {
        "a visa ban on a man who never travels is a letter, not a fence.": "Lindqvist",
        "every pardon advertises the next one": "Halvorsen",
    }


def test_a_described_speaker_named_between_commas_is_the_named_one() -> None:
    text = (
        "One broker, Pieter de Wit, remarked that \u201cthe relief moves the price, not the "
        "route.\u201d As a lawyer in Warsaw, Ewa Zielinska, told me, \u201ca licence can be "
        "withdrawn overnight.\u201d\n"
    )
    assert _quotes(text) == {
        "the relief moves the price, not the route.": "Pieter de Wit",
        "a licence can be withdrawn overnight.": "Ewa Zielinska",
    }


def test_a_phrase_owned_by_someone_for_a_thing_before_the_words() -> None:
    text = (
        "Arrests went on. Okafor's phrase for this pattern, \u2018the cells never empty\u2019, "
        "is often cited.\n"
    )
    assert _quotes(text) == {"the cells never empty": "Okafor"}


def test_listings_named_by_their_goods_and_year() -> None:
    text = "Sanctions.\n\nThe British tobacco designations of 2022 were untouched.\n"
    assert _sanctions(text) == {("imposed", "tobacco", "2022")}


def test_trade_restricted_in_two_goods_each_with_its_preposition() -> None:
    text = "Sanctions.\n\nIn June 2021 the EU restricted trade in timber and in cement.\n"
    assert _sanctions(text) == {("imposed", "timber", "2021-06"), ("imposed", "cement", "2021-06")}


def test_a_measure_told_as_the_time_of_what_followed() -> None:
    text = (
        "Sanctions.\n\n"
        "After the UK's March 2022 restrictions on timber, two more governments followed.\n"
    )
    assert _sanctions(text) == {("imposed", "timber", "2022-03")}


def test_an_order_used_within_hours_to_blacklist() -> None:
    text = (
        "Sanctions.\n\n"
        "On 2 December 2021 the President signed an order, and the Treasury used it within "
        "hours to blacklist Grodno Azot.\n"
    )
    assert _sanctions(text) == {("imposed", "Grodno Azot", "2021-12-02")}


def test_sanctions_which_restricted_or_covering_their_goods() -> None:
    text = (
        "Sanctions.\n\n"
        "London imposed its first trade sanctions in August 2021, which restricted some "
        "tobacco products. Ottawa imposed its own economic sanctions in 2022, covering "
        "cement.\n"
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "tobacco products"),
        ("imposed", "cement"),
    }


def test_a_timeline_row_in_the_present_and_sanctions_cleared() -> None:
    text = (
        "Timeline of sanctions, 2022\n"
        "  * 2 March - the European Union sanctions 22 officers of the armed forces;\n"
        "  * 24 March - the UK designates Belinvestbank, cutting it off from sterling;\n"
        "  * 30 May - the US delists Belshina;\n"
        "In April 2022 ministers cleared sanctions against the truck maker MAZ.\n"
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} >= {
        ("imposed", "officers of the armed forces"),
        ("imposed", "Belinvestbank"),
        ("imposed", "MAZ"),
        ("lifted", "Belshina"),
    }


def test_the_others_a_list_counts_are_no_target() -> None:
    text = (
        "Sanctions.\n\n"
        "On 6 November 2020 the EU sanctioned Natalia Kochanova, Ivan Tertel and 13 others.\n"
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Natalia Kochanova", "Ivan Tertel"}


def test_the_only_name_given_for_a_subject_who_then_speaks() -> None:
    text = (
        "One guard, a young man who gave only his first name, Andrei, told Baltika by phone that "
        'the colony went quiet when the warden announced the transfer. "Nobody is allowed near '
        'the fence now."\n'
    )
    assert _quotes(text) == {"Nobody is allowed near the fence now.": "Andrei"}


def test_one_of_a_group_described_is_the_he_who_speaks_after() -> None:
    text = (
        "Voices\n\n"
        "One of those freed on Friday, a retired teacher from Pinsk, reached us through her "
        'daughter. "I count the days I lost, and then I stop counting," she said.\n'
    )
    assert _quotes(text) == {
        "I count the days I lost, and then I stop counting": "retired teacher from Pinsk"
    }


def test_counts_another_source_gave_and_pardons_over_a_year() -> None:
    text = (
        "Reuters, citing Viasna, reported 1,390 political prisoners on 1 May. A Polish outlet "
        "gave 1,381. Viasna put the number of political prisoners on 30 June at 1,372. It "
        "counted 210 pardons during 2024.\n"
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1390),
        ("political_prisoners_held", 1381),
        ("political_prisoners_held", 1372),
        ("prisoners_released", 210),
    }


def test_sanctions_on_it_read_back_to_the_company_named_before() -> None:
    text = (
        "Sanctions.\n\n"
        "The refiner Naftan is one of the country's largest exporters. British sanctions on it "
        "were imposed in March 2022, a month after the invasion.\n"
    )
    assert _sanctions(text) == {("imposed", "Naftan", "2022-03")}


# Social media posts and court-watch reports


def test_a_post_s_author_named_by_its_header_or_handle() -> None:
    text = (
        "Evening digest\n\n"
        "[21:05] ⤵️ Forwarded from Pavel Latushka — office\n"
        '"Every release is a victory, and every new arrest a debt."\n\n'
        "   ↪ Hanna B. @hanna_brest · 3 Jul 2024\n"
        '   "Mama is home. I am not going to write anything else today."\n\n'
        'From the replies, @minsk_echo: "Good news, but the cells fill again." 40 likes.\n'
    )
    assert _quotes(text) == {
        "Every release is a victory, and every new arrest a debt.": "Pavel Latushka",
        "Mama is home. I am not going to write anything else today.": "Hanna B.",
        "Good news, but the cells fill again.": "minsk_echo",
    }


def test_a_digest_line_from_a_reader_or_a_body_before_a_colon() -> None:
    text = (
        "Readers' voices\n\n"
        "From Olena in Pinsk, whose brother was freed on Monday:\n"
        '"He asked for bread and for the news, in that order."\n\n'
        'Quote of the week, from the Lithuanian Foreign Ministry, in its post: "Freedom '
        'is not a bargaining chip."\n'
    )
    assert _quotes(text) == {
        "He asked for bread and for the news, in that order.": "Olena",
        "Freedom is not a bargaining chip.": "Lithuanian Foreign Ministry",
    }


def test_a_person_placed_on_one_list_after_another() -> None:
    text = (
        "Sanctions.\n\n"
        "Judge Kosovich has sentenced dozens in absentia. He was placed on the European "
        "Union's sanctions list in 2023 and on the United Kingdom's list the following year. "
        "Judge Bandarenka was placed on the Canadian sanctions list in 2022 and on the EU's "
        "shortly afterwards.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Kosovich", "2023"),
        ("imposed", "Kosovich", "2024"),
        ("imposed", "Bandarenka", "2022"),
    }
    powers = {c.imposer for c in extract_claims(text) if isinstance(c, Sanction)}
    assert powers == {"European Union", "United Kingdom", "Canada"}


def test_a_tracker_row_of_a_power_its_target_and_since_when() -> None:
    text = (
        "Sanctions still in force:\n"
        "— UK: Naftan, since March 2022\n"
        "— Canada: Grodno Azot, since December 2021\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Naftan", "2022-03"),
        ("imposed", "Grodno Azot", "2021-12"),
    }


def test_one_described_by_two_who_clauses_speaks() -> None:
    text = (
        "Judge Ilya Sauko read the verdict. A defence lawyer who has handled thirty cases, and "
        'who no longer speaks under her own name, told us the mood had changed. "Nobody asks '
        'about the law any more," she said.\n'
    )
    assert _quotes(text) == {"Nobody asks about the law any more": "defence lawyer"}


def test_a_listing_a_power_would_look_at_is_a_threat() -> None:
    text = (
        "Sanctions.\n\n"
        'A British diplomat said on Tuesday that London would "look again" at adding the '
        "judges in the case to its sanctions list.\n"
    )
    assert {a for a, _, _ in _sanctions(text)} == {"threatened"}


def test_a_measure_named_with_when_it_was_imposed_or_added() -> None:
    text = (
        "Sanctions.\n\n"
        "The Canadian measures against Naftan, imposed last March, are still in force. Minsk "
        "wants relief above all from the sanctions on the state refiner Grodno Azot, added in "
        "December 2021. The sawmills lost their markets in 2022: the European sanctions on Belarusian "
        "timber, imposed in March of that year, have not moved.\n"
    )
    assert _sanctions(text, dt.date(2023, 5, 2)) == {
        ("imposed", "Naftan", "2023-03"),
        ("imposed", "Grodno Azot", "2021-12"),
        ("imposed", "Belarusian timber", "2022-03"),
    }


def test_an_easing_tells_when_the_eased_measure_was_imposed() -> None:
    text = (
        "Sanctions.\n\n"
        "In return, London eased the sanctions it had imposed on Naftan in March 2022. Ottawa "
        "still had Grodno Azot under restrictions it imposed in December 2021.\n"
    )
    assert _sanctions(text) == {
        ("eased", "Naftan", None),
        ("imposed", "Naftan", "2022-03"),
        ("imposed", "Grodno Azot", "2021-12"),
    }


def test_the_power_adjective_before_a_measure_in_force_names_its_power() -> None:
    text = (
        "Sanctions.\n\n"
        "Poland closed the crossing after the Canadian sanctions against Naftan, imposed in "
        "March 2022, came into full force in June.\n"
    )
    claims = [c for c in extract_claims(text) if isinstance(c, Sanction) and c.target == "Naftan"]
    assert [(c.action, c.imposer, c.date) for c in claims] == [("imposed", "Canada", "2022-03")]


def test_listings_a_power_proposes_prepares_or_favours_are_threats() -> None:
    text = (
        "Sanctions.\n\n"
        "The minister has asked officials to prepare options for new listings of prosecutors "
        "involved in the show trials. Finland has asked the Commission to propose listings of "
        "Belarusian officials responsible for the raids on journalists. The Commission is "
        "preparing proposals to extend the Belarus listings to the heads of the penal colonies. "
        "We are weighing further designations, including of the governors of the detention "
        "centres. Sweden has proposed, with Estonia, that the next European package include "
        "the judges of the Minsk city court. We are prepared to go further, including against "
        "the guards who beat prisoners.\n"
    )
    assert _sanctions(text) == {
        ("threatened", "prosecutors", None),
        ("threatened", "Belarusian officials", None),
        ("threatened", "heads of the penal colonies", None),
        ("threatened", "governors of the detention centres", None),
        ("threatened", "judges of the Minsk city court", None),
        ("threatened", "guards", None),
    }


def test_words_after_what_a_person_does_are_that_persons() -> None:
    text = (
        "The first visitor of the morning, Pavel Hrytsuk, spreads a map across the table. He "
        "taps a village near the border with one finger.\n\n"
        '"We walked from here. Eleven hours, and the dog walked with us the whole way."\n\n'
        "Marta Sidorenka keeps the list on a laptop. She scrolls down to show me. "
        '"Red for the sentenced, grey for the freed. In May I ran out of rows."\n\n'
        "Ales Bykau looked at the river for a long time. He spoke at last without turning "
        'round. "The river was here before them. It will be here after them."\n'
    )
    assert _quotes(text) == {
        "We walked from here. Eleven hours, and the dog walked with us the whole way.": (
            "Pavel Hrytsuk"
        ),
        "Red for the sentenced, grey for the freed. In May I ran out of rows.": ("Marta Sidorenka"),
        "The river was here before them. It will be here after them.": "Ales Bykau",
    }


def test_a_place_after_in_is_no_one_she_refers_to() -> None:
    text = (
        "Volha keeps every letter her brother Andrei sends. He is still in Ostrava.\n\n"
        'She read one aloud for me, written in May: "The snow came early here and I watched '
        'it like a child."\n'
    )
    assert _quotes(text) == {"The snow came early here and I watched it like a child.": "Volha"}


def test_what_someone_calls_a_thing_after_words_led_by_a_colon() -> None:
    text = (
        "I spoke with an older woman, Ala Karpenka, who had served three years for a post. She "
        'said: "They gave me a pardon and a one-way ticket." That is what Lukashenka calls '
        "mercy.\n"
    )
    assert _quotes(text) == {"They gave me a pardon and a one-way ticket.": "Ala Karpenka"}


def test_a_department_named_by_its_own_words_is_not_another_department() -> None:
    text = (
        "Last month the Department of the Treasury lifted its sanctions on potash. The State "
        'Department said on Saturday that the release "marks a new chapter in our dealings."\n'
    )
    assert _quotes(text) == {"marks a new chapter in our dealings.": "State Department"}


def test_the_one_whose_turn_it_is_is_not_the_she_of_the_turn() -> None:
    text = (
        "Jane Doyle: I spoke to Ms Kalesnikava's sister, Alena Kalesnikava, last Thursday. She "
        'said to me, and was glad for me to repeat it: "Do not let them forget her name." On '
        "the second point, we are reviewing it.\n"
    )
    assert _quotes(text) == {"Do not let them forget her name.": "Alena Kalesnikava"}


def test_a_speakers_own_airspace_closed_and_own_measures() -> None:
    text = (
        "Sanctions.\n\n"
        "On 4 June 2021 we closed the airspace of the Union to Belarusian carriers. The measures "
        "we adopted in 2021, including the closure of our airspace to Belavia, remain in "
        "place. Likewise, the sanctions this country imposed on Naftan in 2022 were meant to "
        "cut off its revenues.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Belarusian carriers", "2021-06-04"),
        ("imposed", "Belavia", "2021"),
        ("imposed", "Naftan", "2022"),
    }


def test_measures_applied_to_one_country_extended_to_another() -> None:
    for sentence in (
        "In March 2022 the Union extended to Belarus a large part of the trade restrictions it "
        "had placed on Russia.",
        "In July 2022 Britain extended to Belarus the trade measures that it had applied to "
        "Russia.",
    ):
        found = _sanctions(f"Sanctions.\n\n{sentence}\n")
        assert ("imposed", "Belarus") in {(a, t) for a, t, _ in found}


def test_those_who_did_something_are_a_measures_target() -> None:
    text = (
        "Sanctions.\n\n"
        "The European Union on 2 December 2021 adopted its fifth package of sanctions, targeting "
        "those who organised the flights of migrants to the border.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "those who organised the flights of migrants to the border", "2021-12-02")
    }


def test_a_verbatim_records_label_with_a_full_stop_before_its_dash() -> None:
    text = (
        "Marta Kowalczyk, on behalf of the Renew Group. – Madam President, I recall what I said "
        'here last spring: "We will not trade our principles for a photograph." The regime has '
        "not changed.\n\n"
        "Henrik Lindqvist, Member of the Commission. – Madam President, I would recall what I "
        'said in this Chamber last autumn: "Our sanctions will end when the repression ends."\n'
    )
    assert _quotes(text) == {
        "We will not trade our principles for a photograph.": "Marta Kowalczyk",
        "Our sanctions will end when the repression ends.": "Henrik Lindqvist",
    }


def test_a_lithuanian_maiden_name_in_ute_is_a_womans() -> None:
    text = (
        "In Vilnius, Ana Sousa, a teacher, waited. I spoke this week to a passenger from Kaunas. "
        'Gintarė Dapkutė told me that he stood up when the pilot spoke. "He told us he would be '
        'killed there," she said.\n'
    )
    assert _quotes(text) == {"He told us he would be killed there": "Gintarė Dapkutė"}


def test_restrictions_on_the_trade_in_goods_among_a_packages_measures() -> None:
    text = (
        "Sanctions.\n\n"
        "On 24 June 2021 the EU adopted the economic measures promised a month earlier, among "
        "them restrictions on the trade in potash.\n"
    )
    assert _sanctions(text) == {("imposed", "potash", "2021-06-24")}


def test_what_remained_of_a_measure_lifted_and_its_target_released_from_the_last() -> None:
    text = (
        "Sanctions.\n\n"
        "In September 2025 the United States eased its sanctions on Belavia; in November it "
        "lifted what remained of those sanctions.\n\n"
        "Naftan, sanctioned by the United Kingdom since March 2022, was released from the last "
        "of those restrictions in May 2026.\n"
    )
    found = _sanctions(text)
    assert ("lifted", "Belavia", "2025-11") in found
    assert ("lifted", "Naftan", "2026-05") in found


def test_no_listing_in_a_count_added_to_a_list_or_a_list_with_no_power() -> None:
    text = (
        "Sanctions remain in place. So in the week that four were freed, twenty more were added "
        "to the list. I ask for it again: put every factory that uses prison labour on the "
        "list.\n"
    )
    assert _sanctions(text) == set()


def test_a_measures_target_ends_before_its_relative_pronoun() -> None:
    text = (
        "Sanctions.\n\n"
        "The sanctions Britain has imposed, including the restrictions on timber imports that "
        "were put in place in 2022, will remain.\n"
    )
    assert ("imposed", "timber imports", "2022") in _sanctions(text)
    assert not any(t.endswith(" that") for _, t, _ in _sanctions(text))


def test_counts_told_as_counted_held_by_men_and_women_or_the_number_standing() -> None:
    assert _figures(
        "About 1,100 people were still counted as political prisoners at the end of May."
    ) == {("political_prisoners_held", 1100)}
    assert _figures(
        "I rise to speak for the nearly 1,400 men and women who are held today as political "
        "prisoners in Belarus."
    ) == {("political_prisoners_held", 1400)}
    assert _figures(
        "This morning the rights group updated its count of political prisoners in Belarus. "
        "The number stands at 1,212."
    ) == {("political_prisoners_held", 1212)}


def test_listings_planned_in_a_text_that_never_says_sanctions() -> None:
    text = (
        "Minister: A further package of listings, aimed at the officers involved in the raids, is "
        "being finalised. The Government would also favour a new round of individual listings "
        "that includes those in the prison service who are responsible for the beatings. I can "
        "tell the House that if the repression continues we will not hesitate to designate more "
        "of those responsible.\n"
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("threatened", "officers involved in the raids"),
        ("threatened", "those in the prison service who are responsible for the beatings"),
        ("threatened", "those responsible"),
    }


def test_a_relative_named_after_a_comma_who_then_speaks_in_the_same_paragraph() -> None:
    text = (
        "The year has been one of tightening abroad. In the village, these things arrive as "
        "prices.\n\n"
        "Her husband, Andrei, has been listening from the doorway with his arms folded. "
        '"They put sanctions on timber, the fertiliser goes up, and her brother is still '
        'inside."\n'
    )
    assert _quotes(text) == {
        "They put sanctions on timber, the fertiliser goes up, and her brother is still inside.": (
            "Andrei"
        )
    }


def test_sanctioned_as_an_adjective_before_its_nouns_own_verb_is_no_measure() -> None:
    text = (
        "In June 2024 the European Union adopted a package of restrictions on Belarus, aimed at "
        "closing routes by which sanctioned machine parts had been reaching Moscow.\n"
    )
    assert _sanctions(text) == {("imposed", "Belarus", "2024-06")}


def test_measures_in_force_extended_and_trade_restricted_with_a_country() -> None:
    text = (
        "Sanctions.\n\n"
        "The American blacklisting of the steel maker BMZ had been in force since 2021. In March "
        "2022 Japan extended the export controls it had imposed on Russia to Belarus. That month "
        "the European Union restricted trade with Belarus in timber. In February 2022 Lithuania "
        "stopped the rail transit of Belarusian cement to the port of Klaipeda.\n"
    )
    found = _sanctions(text)
    assert {
        ("imposed", "BMZ", "2021"),
        ("imposed", "Belarus", "2022-03"),
        ("imposed", "timber", "2022-03"),
        ("imposed", "Belarusian cement", "2022-02"),
    } <= found


def test_those_responsible_told_at_length_and_individual_listings_as_the_topic() -> None:
    text = (
        "Minister: We have also proposed, together with Latvia, that the next European package "
        "include those responsible for the penal colonies in which Lithuanian-speaking prisoners "
        "are held. Ireland would favour a further round of individual listings that includes "
        "judges of the Minsk city court.\n"
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        (
            "threatened",
            "those responsible for the penal colonies in which Lithuanian-speaking prisoners "
            "are held",
        ),
        ("threatened", "judges of the Minsk city court"),
    }


def test_a_chambers_record_is_no_person_a_pronoun_means() -> None:
    text = (
        "Congressional Record — Senate\nTuesday, August 10, 2021\n\n"
        "Mr. ENGSTROM. Mr. President, I want to read into the Record part of a letter I received "
        "last month from Pavel Sidarenka, a nurse in Toledo whose sister was jailed in May for a "
        'comment she left. He writes: "I do not ask you to save my country. I ask you not to '
        'make it cheap for them."\n'
    )
    assert set(_quotes(text).values()) == {"Pavel Sidarenka"}


def test_one_described_as_asked_then_a_pronoun_then_their_words_alone() -> None:
    text = (
        "Harriet Vale met the envoy in July.\n\n"
        "I put this to a European diplomat who had followed the talks closely. She was "
        "unsentimental about it.\n\n"
        '"Of course it is a trade. Every release has been a trade."\n'
    )
    assert _quotes(text) == {
        "Of course it is a trade. Every release has been a trade.": "European diplomat"
    }


def test_a_count_of_political_prisoners_in_scare_quotes() -> None:
    assert _figures(
        "According to its count, as of 30 November 2023 there were 1,462 'political prisoners' "
        "in the country."
    ) == {("political_prisoners_held", 1462)}
    assert _figures(
        "The so-called human rights defenders still speak of more than 1,180 “political prisoners”."
    ) == {("political_prisoners_held", 1180)}


def test_skies_kept_closed_hauliers_banned_from_working_and_a_company_working_under() -> None:
    text = (
        "Sanctions.\n\n"
        "Grodno Azot, the fertiliser plant in Hrodna, works under US sanctions. "
        "The European Union continues to keep its skies closed to Belavia, as it has done since "
        "2021. Brussels has kept its airspace and airports closed to Belarusian carriers since "
        "June 2021. The United Kingdom has banned Belarusian road hauliers from working on its "
        "territory since 2022.\n"
    )
    assert _sanctions(text) == {
        ("imposed", "Belavia", "2021"),
        ("imposed", "Belarusian carriers", "2021-06"),
        ("imposed", "Belarusian road hauliers", "2022"),
        ("imposed", "Grodno Azot", None),
    }


def test_names_added_told_after_them_are_new_names() -> None:
    assert _figures(
        "Viasna counted 1,421 political prisoners, and 26 new names were added in May 2024."
    ) == {("political_prisoners_held", 1421), ("prisoners_designated", 26)}
    assert _figures(
        "Viasna's list of political prisoners stood at 1,310 at the end of September 2024, with "
        "33 names added in that month alone."
    ) == {("political_prisoners_held", 1310), ("prisoners_designated", 33)}


def test_a_member_of_parliament_referred_to_as_the_parliamentarian() -> None:
    text = (
        "Deputy Lyudmila Kavalchuk, who sits on the commission on human rights, called the "
        'decision a sign of strength. "Mercy is not weakness," the parliamentarian told the '
        "paper, adding that forgiveness must be asked for.\n"
    )
    assert _quotes(text) == {"Mercy is not weakness": "Lyudmila Kavalchuk"}


def test_new_trade_restrictions_being_worked_out_are_a_threat() -> None:
    text = (
        "Sanctions.\n\n"
        "According to European officials, new trade restrictions against Belarus that would "
        "mirror those in force against Russia are being worked out.\n"
    )
    assert _sanctions(text) == {("threatened", "Belarus", None)}


def test_a_notices_entries_under_a_part_title_and_a_line_of_removal() -> None:
    text = (
        "Notice of OFAC Sanctions Actions\n\n"
        "A. On March 3, 2026, OFAC removed from the SDN List the persons listed below, whose "
        'property had been blocked pursuant to E.O. 14038, "Blocking Property of Additional '
        'Persons Contributing to the Situation in Belarus."\n\n'
        "Entities\n\n"
        "1. GRODNO AZOT OAO (a.k.a. GRODNO AZOT), 100 Slavinskogo Street, Hrodna, Belarus "
        "[BELARUS-EO14038].\n\n"
        "2. NAFTAN OAO (a.k.a. NAFTAN), Navapolatsk, Belarus [BELARUS-EO14038].\n"
    )
    assert _sanctions(text) == {
        ("lifted", "GRODNO AZOT OAO", "2026-03-03"),
        ("lifted", "NAFTAN OAO", "2026-03-03"),
    }
    text = (
        "Financial sanctions notice.\n\n"
        "The following entries have been removed from the consolidated list and are no longer "
        "subject to an asset freeze:\n"
        "   - MIKHALEU, Andrei Ivanavich\n"
        "   - PALCHYK, Aliaksandra Uladzimirauna\n"
    )
    assert {a for a, _, _ in _sanctions(text)} == {"lifted"}


def test_an_eu_acts_recital_and_an_annex_entry_with_its_date_of_listing() -> None:
    text = (
        "COUNCIL IMPLEMENTING REGULATION (EU) 2022/881\n"
        "of 3 June 2022\n"
        "implementing Article 8a of Regulation (EC) No 765/2006 concerning restrictive measures "
        "in respect of Belarus\n\n"
        "Whereas:\n\n"
        "(3) In view of the gravity of the situation, 12 persons and 8 entities should be "
        "included in the list set out in Annex I to Regulation (EC) No 765/2006.\n\n"
        "HAS ADOPTED THIS REGULATION:\n\n"
        "ANNEX\n\n"
        "Name: Aliaksei Ivanavich SHULHA (Алексей Иванович ШУЛЬГА)\n"
        "Identifying information: Position: Judge of the Minsk City Court.\n"
        "Reasons: He handed down politically motivated sentences.\n"
        "Date of listing: 3.6.2022\n"
    )
    found = _sanctions(text)
    assert ("imposed", "12 persons and 8 entities", "2022-06-03") in found
    assert ("imposed", "Aliaksei Ivanavich SHULHA", "2022-06-03") in found


def test_a_power_that_took_action_against_a_named_target() -> None:
    text = (
        "Sanctions.\n\n"
        "On June 21, 2022, the Office of Foreign Assets Control (OFAC) took action against the "
        "state-owned refiner Naftan OAO, along with a group of individuals. OFAC also said it "
        "would take action against key sources of revenue.\n"
    )
    assert _sanctions(text) == {("imposed", "Naftan OAO", "2022-06-21")}


def test_a_number_of_individuals_designated_including_a_named_one() -> None:
    text = (
        "Sanctions.\n\n"
        "Concurrently, OFAC designated a number of individuals and entities, including the "
        "state-owned refiner Naftan OAO, pursuant to E.O. 14038.\n"
    )
    assert ("imposed", "Naftan OAO", None) in _sanctions(text)


def test_none_of_the_measures_lifted_is_no_relief() -> None:
    text = (
        "Sanctions.\n\n"
        "The European Union has barred Belarusian cement from its market since 2022. None of "
        "these restrictions was lifted after the pardons of this summer.\n"
    )
    assert _sanctions(text) == {("imposed", "Belarusian cement", "2022")}


def test_a_bulletins_rows_labelled_by_what_they_count_and_a_count_told_again() -> None:
    text = (
        "BULLETIN\n\n"
        "| Indicator | Value | Reference date |\n"
        "|---|---|---|\n"
        "| Recognised political prisoners | 1,371 | 30 Jun 2023 |\n"
        "| Recognised political prisoners | 1,446 | 1 Jan 2023 |\n"
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1371),
        ("political_prisoners_held", 1446),
    }
    text = (
        "As of 14 December 2022, human rights defenders recognised 1,437 people as political "
        "prisoners.\n\n"
        "Key figures:\n"
        "- Recognised political prisoners, 14 December 2022: 1,437\n"
    )
    counts = [c for c in extract_claims(text) if isinstance(c, Figure)]
    assert [(c.measure, c.value, c.date) for c in counts] == [
        ("political_prisoners_held", 1437, "2022-12-14")
    ]


def test_a_count_of_recognised_political_prisoners_is_of_those_held() -> None:
    assert _figures("Belarus entered 2024 with 1,412 recognised political prisoners.") == {
        ("political_prisoners_held", 1412)
    }


def test_a_place_joined_to_a_small_word_is_an_adjective_not_a_name() -> None:
    text = (
        "A Bulgarian grain buyer, Stoyan Petkov, is calm. His firm already buys Russian-origin "
        'wheat through traders. "We never ran short," he said.'
    )
    assert _quotes(text) == {"We never ran short": "Stoyan Petkov"}
    text = 'A Warsaw-based lawyer put it plainly. "The verdicts are written in advance," he said.'
    assert "Warsaw-based" not in _quotes(text).values()


def test_a_person_the_writer_met_or_asked_is_who_the_pronoun_means() -> None:
    text = (
        "Last month I spoke with a retired judge who now lives in Gdańsk. He asked me not to "
        'print his name. "The verdicts came from upstairs," he told me.'
    )
    assert _quotes(text) == {"The verdicts came from upstairs": "retired judge"}
    text = (
        "I talked last spring with a former crane operator from Salihorsk. "
        '"We counted the days by the soup," he told me.'
    )
    assert _quotes(text) == {
        "We counted the days by the soup": "former crane operator from Salihorsk"
    }
    # (a plain "woman" is told by what the relative clause says of her)
    text = (
        "I spoke briefly to one woman who had spent a year in the colony at Zhodzina. She told "
        'me, "I still wake at six."'
    )
    assert _quotes(text) == {
        "I still wake at six.": "woman who had spent a year in the colony at Zhodzina"
    }
    # (named after the description: the name)
    text = (
        "I spoke with a young man, Ihar Sauchuk, who had served three years. He said: "
        '"They let me keep my glasses."'
    )
    assert _quotes(text) == {"They let me keep my glasses.": "Ihar Sauchuk"}


def test_the_writers_own_turn_leaves_the_pronoun_where_it_was() -> None:
    text = (
        "A nurse from Lida, whose son was arrested in May, came to see us in Warsaw. I asked her "
        'what she wanted most. "A letter from him," she said.'
    )
    assert _quotes(text) == {"A letter from him": "nurse from Lida"}
    text = (
        "Oleg Brandt chaired the evening. A member of the city council, Hanna Varon, spoke "
        'first. "We will not forget them," she said.'
    )
    assert _quotes(text) == {"We will not forget them": "Hanna Varon"}


def test_a_person_described_by_when_they_were_freed() -> None:
    text = (
        "One man freed in March, a 51-year-old welder, told me he had been warned not to talk. I "
        'asked him why he spoke anyway. "Because the others cannot," he said.'
    )
    assert _quotes(text) == {"Because the others cannot": "man freed in March"}


def _dated_powers(text: str) -> set[tuple[str, str | None, str | None]]:
    return {
        (c.target, c.imposer, c.date)
        for c in extract_claims(text)
        if isinstance(c, Sanction) and c.action == "imposed"
    }


def test_rows_opening_with_a_power_tell_measures_in_force() -> None:
    text = (
        "FERTILISER MARKETS WEEKLY, 3 March 2024\n\n"
        "Sanctions that still bind the trade:\n\n"
        "  - United States: Naftan under blocking sanctions since June 2021.\n"
        "  - Latvia: transit via Ventspils halted since March 2022.\n"
        "  - Canada: officials listed since 2020, state-linked banks since 2021.\n"
        "  - European Union: three rounds since October.\n"
    )
    assert _dated_powers(text) == {
        ("Naftan", "United States", "2021-06"),
        ("transit via Ventspils", "Latvia", "2022-03"),
        ("officials", "Canada", "2020"),
        ("state-linked banks", "Canada", "2021"),
    }
    text = (
        "AIRLINE POLICY NOTE, 3 March 2024\n\n"
        "  EU          Belarusian carriers barred from EU airspace since June 2021\n"
        "  UK          Belavia's landing rights suspended since May 2021\n"
        "  US          Probability of easing in 2024: low\n"
    )
    assert _dated_powers(text) == {
        ("Belarusian carriers", "European Union", "2021-06"),
        ("Belavia's landing rights", "United Kingdom", "2021-05"),
    }
    # (one line that opens with a power is as likely prose)
    text = "Sanctions.\n\nLithuania: transit via Klaipeda halted since February 2022.\n"
    assert _dated_powers(text) == set()


def test_a_measure_a_power_should_take_is_no_measure() -> None:
    text = (
        "POLICY NOTE, 3 March 2024\n\n"
        "Sanctions are the issue. Latvia should stop the transit of Belarusian timber through "
        "Riga. Japan should restrict exports of machine tools to MAZ. The Government of Norway "
        "must now freeze the assets of Belarusian judges. Estonia has banned imports of "
        "Belarusian cement."
    )
    assert _sanctions(text) == {("imposed", "Belarusian cement", None)}


def test_a_carriers_rights_or_permit_suspended_when_it_is_described() -> None:
    text = (
        "SHIPPING NOTE, 3 March 2024\n\n"
        "Sanctions bite. Belavia, the national carrier, lost most of its network. Estonia "
        "suspended the airline's landing rights in June 2021."
    )
    assert _dated_powers(text) == {("Belavia", "Estonia", "2021-06")}


def test_a_timelines_rows_set_off_by_a_gap_or_after_another_step() -> None:
    text = (
        "POTASH NOTE, 3 March 2024\n\n"
        "Sanctions on Belarus have shifted.\n\n"
        "HOW WE GOT HERE\n\n"
        "  11 Sep 2025    40 prisoners released; US eases Grodno Azot sanctions\n"
        "  Nov 2025       US lifts remaining sanctions on Grodno Azot\n"
        "  Dec 2021 - US wind-down licence expires; EU lists Belshina over migrant flights\n"
    )
    assert _measures(text) == {
        ("eased", "Grodno Azot", "United States", "2025-09-11"),
        ("lifted", "Grodno Azot", "United States", "2025-11"),
        ("imposed", "Belshina", "European Union", "2021-12"),
    }


def test_a_pronouns_person_told_by_who_they_are_or_after_a_word_of_sequence() -> None:
    text = (
        "A man who was pardoned in May wrote to us in June. He is a retired welder from Lida, "
        'sixty years old. "They took my country," he wrote.'
    )
    assert _quotes(text) == {"They took my country": "retired welder from Lida"}
    text = (
        "I asked one young man who now works in a shop on Gedimino avenue what he remembers. "
        'He thought for a while. Then he said: "The door never stopped."'
    )
    assert _quotes(text) == {
        "The door never stopped.": "young man who now works in a shop on Gedimino avenue"
    }


def test_a_described_person_asked_when_and_in_the_passive() -> None:
    text = (
        "Rooms are ready. A man at the reception desk this evening was asked what he needed. "
        '"Sleep," he said.'
    )
    assert _quotes(text) == {"Sleep": "man at the reception desk"}


def test_key_figures_set_off_by_a_gap_and_a_caseload_is_no_count() -> None:
    text = (
        "SITUATION NOTE, 3 March 2024\n\n"
        "KEY NUMBERS\n"
        "  Political prisoners held, 29 Feb 2024          1,402 (of whom 160 women)\n"
        "  Newly recognised during 2023                   612\n"
        "  Former political prisoners assisted            214\n"
        "  Week 9    Vilnius office    Released    14\n"
    )
    assert {
        (c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)
    } == {
        ("political_prisoners_held", 1402, "2024-02-29"),
        ("prisoners_designated", 612, "2023"),
    }


def test_all_a_group_has_recognised_since_it_began() -> None:
    text = (
        "Minsk, 3 March 2024\n\n"
        "Viasna ended 2023 with 1,419 political prisoners on its list, and it has recognised "
        "3,850 since May 2020."
    )
    assert _figures(text) == {("political_prisoners_held", 1419), ("prisoners_designated", 3850)}


def test_a_relief_forecast_or_doubted_and_a_second_verb_or_whose_listings_are_no_target() -> None:
    text = (
        "AVIATION NOTE, 3 March 2024\n\n"
        "Sanctions update. The US has blocked Belshina since 2023. We see no near-term prospect "
        "of US relief for Belshina.\n\n"
        "Our assessment\n"
        "- Probability of US easing export controls on Belshina's fleet: low to moderate\n"
    )
    assert _sanctions(text) == {("imposed", "Belshina", "2023")}
    text = (
        "AVIATION NOTE, 3 March 2024\n\n"
        "Sanctions update. The same day Norway announced new listings of their own. European "
        "firms remain bound by EU sanctions, which still list Belshina and keep Belarusian "
        "hauliers out of EU roads."
    )
    assert {target for _, target, _ in _sanctions(text)} == {"Belshina"}


def test_a_sanctions_table_whose_header_holds_a_year_and_rows_without_digits() -> None:
    text = (
        "AVIATION NOTE, 3 March 2025\n\n"
        "7.3 Sanctions: what changed in 2024\n\n"
        "  Measure                           Imposer          2024 action\n"
        "  Naftan servicing and parts        United States    eased, September\n"
        "  Naftan, remaining measures        United States    lifted, November\n"
        "  Import ban on Belarusian timber   European Union   unchanged (since 2022)\n"
    )
    assert _measures(text) == {
        ("eased", "Naftan servicing and parts", "United States", "2024-09"),
        ("lifted", "Naftan", "United States", "2024-11"),
        ("imposed", "Belarusian timber", "European Union", "2022"),
    }


def test_links_cut_a_named_route_closed_and_a_cargo_no_longer_carried() -> None:
    text = (
        "PORT NOTE, 3 March 2024\n\n"
        "Sanctions bite. Ukraine halted all flights to and from Belarus in May 2021, and cut "
        "rail links with Belarus in 2022. Latvia closed the Ventspils route in March 2022. "
        "Estonia stopped carrying Naftan's fuel to Tallinn on 1 April 2022."
    )
    assert _dated_powers(text) == {
        ("flights to and from Belarus", "Ukraine", "2021-05"),
        ("rail links with Belarus", "Ukraine", "2022"),
        ("Ventspils route", "Latvia", "2022-03"),
        ("Naftan's fuel to Tallinn", "Estonia", "2022-04-01"),
    }


def test_a_permit_not_given_back_is_a_measure_in_force() -> None:
    text = (
        "AIR NOTE, 3 March 2024\n\n"
        "Sanctions hold. The United Kingdom has not reinstated Belshina's operating permit."
    )
    assert _sanction_powers(text) == {("imposed", "Belshina", "United Kingdom")}


def test_a_listing_kept_of_a_described_target_or_told_by_the_blocs_noun() -> None:
    text = (
        "AIR NOTE, 3 March 2024\n\n"
        "Sanctions hold. Naftan, the refinery, is cut off. The EU still lists the refinery."
    )
    assert _sanction_powers(text) == {("imposed", "Naftan", "European Union")}
    text = (
        "AIR NOTE, 3 March 2024\n\n"
        "Sanctions hold. The EU's ban on Belarusian hauliers remains in force, as does the "
        "bloc's listing of Grodno Azot itself."
    )
    assert {target for _, target, _ in _sanction_powers(text)} == {
        "Belarusian hauliers",
        "Grodno Azot",
    }


def test_a_travel_agent_is_a_described_speaker() -> None:
    text = (
        'Sviatlana Tsikhanouskaya welcomed the step. "It is overdue," she wrote.\n\n'
        "A Belarusian travel agent, reached by phone, said her clients would pay more. "
        '"They fly to see their grandchildren," she said.'
    )
    assert _quotes(text)["They fly to see their grandchildren"] == "Belarusian travel agent"


def test_a_described_speaker_without_the_gathering_they_were_at() -> None:
    text = '"We are half open," said a senior Belshina sales manager at a Minsk trade fair.'
    assert _quotes(text) == {"We are half open": "senior Belshina sales manager"}


def test_a_role_is_not_the_last_person_named_when_the_text_describes_them_otherwise() -> None:
    text = (
        "Minsk, 3 July 2025\n\n"
        "Alexander Lukashenko pardoned 16 people on Wednesday. Gustavo Ramos, a buyer, is "
        'relaxed.\n\n"We have things to offer," the president said.\n'
    )
    assert _quotes(text)["We have things to offer"] != "Gustavo Ramos"
    text = text.replace(
        "Gustavo Ramos, a buyer,", "A Brazilian purchasing director, Gustavo Ramos,"
    )
    assert _quotes(text)["We have things to offer"] != "Gustavo Ramos"


def test_the_same_voice_goes_on_after_a_word_of_sequence_and_an_aside() -> None:
    text = (
        'When I asked Anatol Krauchanka what he wanted me to say, he answered quickly. "Say '
        'that we are not tired," he told me. Then, after a while: "And say that we are a '
        'little tired."'
    )
    assert _quotes(text)["And say that we are a little tired."] == "Anatol Krauchanka"
    text = (
        'The letter came last week from Ihar Sauchuk. He writes: "They took my shoelaces." And '
        'further down, in smaller handwriting: "Tell them not to get tired."'
    )
    assert _quotes(text)["Tell them not to get tired."] == "Ihar Sauchuk"


def test_a_caseload_of_people_helped_is_no_count_of_a_measure() -> None:
    for line in (
        "Our programme covered rent support for 41 released prisoners in Lithuania.",
        "The initiative estimates that rehabilitating 250 released people costs EUR 1 million.",
        "Our budget assumes that at least 200 released persons will need support abroad.",
    ):
        assert _figures(f"SITUATION REPORT, Vilnius, 10 March 2024\n\n{line}") == set(), line
    # (the help is the release's: a count of those freed)
    text = (
        "FACTS, 10 January 2026\n\n"
        "- Pardoned in 2025 with the assistance of the United States: 342 people\n"
        "- Political prisoners on 31 December 2025: 1,131\n"
    )
    assert ("prisoners_released", 342) in _figures(text)


def test_a_described_speaker_whose_colleague_or_released_on_a_day_or_a_returnee() -> None:
    text = (
        "A man released on 4 March and now staying near Hajnowka told our volunteers he had "
        'not been asked. "They put a bag over my head," he said.'
    )
    assert _quotes(text) == {"They put a bag over my head": "man released on 4 March"}
    text = 'Ihar Losik was freed on Tuesday. "I am home," a former colleague of Losik said.'
    assert _quotes(text)["I am home"] == "former colleague of Losik"
    text = '"Cabbage meant winter," said one returnee from the Chernihiv region.'
    assert _quotes(text) == {"Cabbage meant winter": "returnee from the Chernihiv region"}


def test_a_surveys_sample_is_no_count_and_a_groups_count_told_with_an_aside() -> None:
    text = (
        "SURVEY NOTE, Vilnius, 3 February 2026\n\n"
        "Between 5 and 30 January we surveyed 87 people released in 2025. Fifteen respondents "
        "said a relative had been freed during the year."
    )
    assert _figures(text) == set()
    text = (
        "Minsk, 3 July 2024\n\n"
        "Lukashenka pardoned 16 political prisoners on 2 July. Viasna's count, which stood at "
        "1,174 on 1 July, fell to 1,164 after the pardon. The dissident.by project's own list "
        "had 1,336."
    )
    assert _figures(text) == {
        ("prisoners_released", 16),
        ("political_prisoners_held", 1174),
        ("political_prisoners_held", 1164),
        ("political_prisoners_held", 1336),
    }


def test_the_head_of_an_unnamed_body_and_another_person_described() -> None:
    text = (
        'Trade is slow. "I also have 140 people on payroll," wrote the owner of a small '
        'forwarding company in Riga. "Both things are true."'
    )
    assert set(_quotes(text).values()) == {"owner of a small forwarding company"}
    text = (
        'Iryna Kavaliova spoke first. "The whole family serves it," she said.\n\n'
        'Another mother, from Lida, talked about the parcel limits. "You pack five kilograms '
        'like gold," she said.'
    )
    assert _quotes(text)["You pack five kilograms like gold"] == "mother from Lida"


def test_a_body_named_before_a_role_and_its_holder_is_no_person() -> None:
    text = (
        'Costs rose. "We planned for ten arrivals a month," said Harbour Hall director Giedre '
        "Stankiene."
    )
    assert _quotes(text) == {"We planned for ten arrivals a month": "Giedre Stankiene"}


def test_a_measure_asked_for_by_a_request_or_a_call_is_no_measure() -> None:
    for line in (
        "Lanterna reiterates its own request, first made in March: that Poland and Lithuania "
        "impose sanctions on the heads of prison medical services.",
        "Dnipro Relief joins the call by Ukrainian rights groups for the Ukrainian government to "
        "impose sanctions on the Belarusian judges.",
    ):
        assert _sanctions(f"RELIEF NOTE, 3 July 2024\n\nSanctions remain. {line}") == set(), line
    # (a relief named after "call", not called for)
    text = (
        "Each batch bought him something: a phone call with the American president, the "
        "lifting of American sanctions on potash."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("lifted", "potash")}


def test_a_name_told_by_what_it_is_and_the_measure_it_is_under() -> None:
    text = (
        "RELIEF NOTE, 3 July 2024\n\n"
        "Several are former employees of Naftan, the refinery placed under US sanctions last "
        "August. Families depend on Grodno Azot, the fertiliser company under US sanctions "
        "since 2021."
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "United States", "2023-08"),
        ("imposed", "Grodno Azot", "United States", "2021"),
    }


def test_a_measure_in_the_imperative_is_no_measure() -> None:
    for line in (
        "To the European Union and the United Kingdom, we say: whatever others decide about "
        "potash, impose sanctions on the judges responsible.",
        "To the European Union, the United Kingdom and Canada: impose sanctions on the judges "
        "who send people to prison.",
        "Freeze the assets of the colony chiefs now.",
    ):
        assert _sanctions(f"APPEAL, 15 December 2025\n\nSanctions matter. {line}") == set(), line
    # (a verb after its subject's aside is no imperative)
    text = (
        "Sanctions. Ottawa's measures, adopted under the Special Economic Measures Act, freeze "
        "any assets of Ihar Karpenka."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Ihar Karpenka")}


def test_a_companys_officer_spelled_out_is_a_role_not_a_person() -> None:
    text = (
        "Report.\n\nOur Chief Executive Officer, Daniel Bouchard, has been consistent. "
        '"Sanctions changed the route," he told investors.'
    )
    assert _quotes(text) == {"Sanctions changed the route": "Daniel Bouchard"}
    text = (
        'Report.\n\nAlastair Breen, Chief Operating Officer, said:\n\n"We are a British company."'
    )
    assert _quotes(text) == {"We are a British company.": "Alastair Breen"}


def test_how_long_a_measure_held_or_how_it_was_taken_is_no_target() -> None:
    text = (
        "REVIEW, 26 February 2026\n\nSanctions. On 13 December the United States lifted its "
        "sanctions on Belarusian potash, four years and four months after imposing them."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian potash"}
    text = (
        "REVIEW, 26 February 2026\n\nSanctions. Ukraine has imposed sanctions on Belarusian "
        "state enterprises through decisions of the National Security and Defence Council."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belarusian state enterprises"}


def test_a_power_readying_proposing_or_arguing_for_a_new_measure_threatens_it() -> None:
    # a readiness by its noun, a power ready to add names, a member state's proposal or
    # argument for the bloc's measure, a call that names the bloc it asks
    for line, expected in (
        (
            "The minister restated Norway's readiness to impose further targeted sanctions on "
            "the colony governors.",
            ("threatened", "colony governors", "Norway"),
        ),
        (
            "The minister said Estonia is ready to add the camp wardens to its national entry "
            "ban list.",
            ("threatened", "camp wardens", "Estonia"),
        ),
        (
            "The prime minister said Vilnius will propose that the EU extend its restrictive "
            "measures to the investigators who opened the cases.",
            ("threatened", "investigators", "European Union"),
        ),
        (
            "The minister said Finland will keep arguing within the EU for new sanctions "
            "against the prosecutors of the Gomel court.",
            ("threatened", "prosecutors of the Gomel court", "European Union"),
        ),
        (
            "Poland has called on its EU partners to extend sanctions to the judges who "
            "convicted the strikers.",
            ("threatened", "judges", "European Union"),
        ),
        (
            "The adviser said Latvia will support new EU restrictive measures against the "
            "heads of the penal colonies.",
            ("threatened", "heads of the penal colonies", "European Union"),
        ),
    ):
        text = f"READOUT, 4 March 2024\n\n{line}"
        assert {(a, t, p) for a, t, p in _sanction_powers(text)} == {expected}, line
    # a power's call that names no power to act, its stance on a measure in force, its relief
    for line in (
        # (whose measure it would be is untold)
        "Kyiv has asked partners to add the wardens of the colonies to sanctions lists.",
        # (a measure in force, backed)
        "Sweden supports the EU sanctions on Belaruskali.",
        # (a relief offered)
        "The United States offered to allow the airline to buy spare parts if more prisoners "
        "were freed.",
    ):
        text = f"READOUT, 4 March 2024\n\nSanctions. {line}"
        assert "threatened" not in {a for a, _, _ in _sanction_powers(text)}, line


def test_a_measure_widened_to_people_is_read_and_an_infinitive_opening_an_item_is_a_demand() -> (
    None
):
    text = "NEWS, 5 May 2024\n\nLatvia extended sanctions to the judges who ran political cases."
    assert {(a, t, p) for a, t, p in _sanction_powers(text)} == {("imposed", "judges", "Latvia")}
    for text in (
        "OUR DEMANDS\n\nSanctions.\n| Power | Demand |\n| Canada | to extend its sanctions to "
        "the judges who convicted donors |\n",
        "We ask the European Union:\n\n• to extend sanctions to the officials of the "
        "Ministry of Information who draw up the lists;\n",
        "We support the call made by diaspora groups for the European Union to extend its "
        "sanctions to the officials who run the colonies.",
    ):
        assert _sanction_powers(text) == set(), text


def test_a_social_media_handle_is_a_speaker_whole() -> None:
    for line, handle in (
        (
            'On Monday the account @grodno_facts_21 wrote: "The sanctions hurt only farmers."',
            "@grodno_facts_21",
        ),
        (
            'A post by the account @Polesie_Voice said: "Every prisoner is home now."',
            "@Polesie_Voice",
        ),
        (
            '"Nobody is held for politics here," the account @pravda.by posted last week.',
            "@pravda.by",
        ),
        (
            'The account @NewsWest24 told its followers: "Thirty more are free tonight."',
            "@NewsWest24",
        ),
    ):
        text = f"FACT CHECK, 3 March 2022\n\n{line}"
        assert set(_quotes(text).values()) == {handle}, line
    # (an e-mail address holds no handle)
    text = 'CONTACT, 3 March 2022\n\nWrite to press@viasna.example. "We answer," Ales Kurts said.'
    assert set(_quotes(text).values()) == {"Ales Kurts"}


def test_a_role_is_held_by_the_person_it_stands_before_not_by_whom_that_person_met() -> None:
    for line in (
        "Envoy Marten Holm met Iryna Sauchuk in Vilnius.",
        "Foreign Office Minister Marten Holm met Iryna Sauchuk in London. They discussed the "
        "pardons.",
    ):
        role = "envoy" if line.startswith("Envoy") else "Minister"
        text = f'READOUT, 6 November 2024\n\n{line}\n\n"Each release matters," the {role} said.'
        assert _quotes(text) == {"Each release matters": "Marten Holm"}, line
    # (two people joined right after the role: the role is not the second's)
    text = (
        "READOUT, 6 November 2024\n\nThe Minister for Europe, Marten Holm, met Iryna Sauchuk. "
        "The Minister and Ms Sauchuk discussed the pardons.\n\nAfterwards the Minister said:\n\n"
        '"Each release matters."'
    )
    assert _quotes(text) == {"Each release matters.": "Marten Holm"}


def test_a_channel_named_after_its_platform_speaks_by_its_name() -> None:
    text = (
        "CHECK, 4 July 2024\n\nOn 4 July the Telegram channel Kupala Notes, which reposts state "
        'media, announced the end of an era. "The prisons are empty now," the channel told '
        "its subscribers."
    )
    assert _quotes(text) == {"The prisons are empty now": "Kupala Notes"}


def test_he_or_she_after_a_sentence_a_role_opens_is_that_roles_named_holder() -> None:
    text = (
        "READOUT, 16 December 2025\n\nMinister Pieter de Graaf spoke with the opposition "
        "leader Anna Kavalchuk. Topics discussed:\n- the detention of Ales Pushkarou, who "
        "refused to leave.\n\nThe Minister said the Netherlands would raise the matter in "
        "Brussels.\n\n'We should not let the good news end the story,' he said."
    )
    assert _quotes(text) == {"We should not let the good news end the story": "Pieter de Graaf"}
    # (a call by one who imposes nothing, whatever verb the measure takes after "by")
    text = (
        "MEETING, 10 December 2025\n\nSanctions. Latushka called on the European Union to answer "
        "the new arrests by extending sanctions to the judges who handle political cases."
    )
    assert _sanctions(text) == set()


def test_a_fact_checks_claim_label_is_no_speaker_and_its_field_names_who_said_it() -> None:
    text = (
        'FACT CHECK\n\nBy Ola Nowak | 12 January 2021\n\nCLAIM: "There is not one political '
        'prisoner in this country."\nWHO SAID IT: Pavel Hrynko, host of a state television '
        "show, on 10 January.\nVERDICT: FALSE\n"
    )
    assert _quotes(text) == {"There is not one political prisoner in this country.": "Pavel Hrynko"}
    text = (
        'CHECK No. 3 · 10 January 2023\n\nClaim: "More than 1,400 people are political '
        'prisoners today."\nSource: Telegram channel Free Minsk, post of 3 January 2023\n'
        "Verdict: TRUE\n"
    )
    assert _quotes(text) == {"More than 1,400 people are political prisoners today.": "Free Minsk"}
    # (no field names anyone: the label is no speaker)
    text = 'CHECK · 14 September 2025\n\nCLAIM: "The Americans have lifted everything."\n\nRATING: FALSE\n'
    assert "CLAIM" not in _quotes(text).values()


def test_counts_on_a_day_with_a_hyphen_aside_or_an_adverb_and_no_count_of_others() -> None:
    # those detained as political prisoners on a day are those held; the close of a year is a
    # day; a hyphen set off by spaces is a dash; "therefore" stands between the verb's parts
    for text, expected in (
        (
            "TOKYO, 25 January 2023. The minister noted that, as of January 20, 1,401 persons "
            "were detained in Belarus as political prisoners.",
            ("political_prisoners_held", 1401),
        ),
        (
            "VILNIUS, 8 January 2021. The minister cited data under which 169 people were "
            "recognised as political prisoners in Belarus at the close of 2020.",
            ("political_prisoners_held", 169),
        ),
        (
            "TALLINN, 23 August 2024. On 15 August, 28 people - 12 women and 16 men - were "
            "pardoned.",
            ("prisoners_released", 28),
        ),
        (
            "WASHINGTON, 12 September 2025. One of them declined to leave; 47 people were "
            "therefore freed.",
            ("prisoners_released", 47),
        ),
        # (the two leaders are no second count of those freed)
        (
            "WASHINGTON, 18 August 2025. He thanked him for the release of 16 prisoners and "
            "said that the two leaders had discussed more.",
            ("prisoners_released", 16),
        ),
    ):
        assert _figures(text) == {expected}, text


def test_a_powers_second_clause_adds_to_its_list_and_a_passive_permission_has_no_party() -> None:
    text = (
        "NOTE, 15 September 2025\n\nSanctions matter. The United States sanctioned the "
        "fertiliser maker Grodno Azot in August 2021 and added the state airline Belavia to its "
        "list in August 2023."
    )
    assert _measures(text) == {
        ("imposed", "Grodno Azot", "United States", "2021-08"),
        ("imposed", "Belavia", "United States", "2023-08"),
    }
    # ("the airline is now permitted to have its fleet serviced and to buy parts": the parts
    # are no target, and "to have …" is no party)
    text = (
        "NOTE, 15 September 2025\n\nSanctions. On the day of the release, Washington eased the "
        "sanctions on Belavia: the airline is now permitted to have its fleet serviced and to "
        "buy parts."
    )
    assert {(a, t) for a, t, _, _ in _measures(text)} == {("eased", "Belavia")}


def test_a_measure_told_with_who_imposed_it_and_when_is_a_background_measure() -> None:
    text = (
        "BRIEFING, 17 September 2025\n\nSanctions. He stressed that restrictions on Belarusian "
        "timber, imposed by Washington in 2021, continue to damage trade."
    )
    assert _measures(text) == {("imposed", "Belarusian timber", "United States", "2021")}


def test_a_measure_among_those_weighed_is_a_threat_and_a_verb_before_what_is_no_target() -> None:
    text = (
        "READOUT, 25 January 2023\n\nSanctions. The minister explained that Japan will continue "
        "to consider appropriate measures, including the freezing of assets of officials "
        "responsible for the repression."
    )
    assert {(a, p) for a, _, p, _ in _measures(text)} == {("threatened", "Japan")}
    text = (
        "CHECK, 18 August 2021\n\nSanctions. In fact the US sanctioned the refinery Naftan and "
        "limits what US persons may do."
    )
    assert {t for _, t, _, _ in _measures(text)} == {"Naftan"}


def test_talks_about_a_new_package_and_a_widening_to_described_judges_are_threats() -> None:
    text = (
        "BRIEFING, 3 July 2025\n\nSanctions. The state secretary also referred to discussions in "
        "Brussels about a new package of sanctions against Belarusian banks and enterprises."
    )
    assert _measures(text) == {
        ("threatened", "Belarusian banks and enterprises", "European Union", None)
    }
    text = (
        "READOUT, 24 November 2025\n\nSanctions. She said that Ukraine is ready to extend its "
        "own national sanctions to the Belarusian judges and prosecutors involved in the trials."
    )
    assert {(a, p) for a, _, p, _ in _measures(text)} == {("threatened", "Ukraine")}


def test_those_restrictions_extended_are_the_same_powers_not_a_country_named_between() -> None:
    text = (
        "CHECK, 21 February 2024\n\nSanctions. The European Union first restricted imports of "
        "Belarusian timber in June 2021. In March 2022, after Belarus allowed Russian forces to "
        "attack Ukraine from its territory, those restrictions were extended."
    )
    assert {p for _, _, p, _ in _measures(text)} == {"European Union"}


def test_a_relief_no_government_has_signalled_is_no_relief() -> None:
    text = (
        "NEWSLETTER, 2 May 2025\n\nSanctions. The US designation of Naftan and the US "
        "restrictions on Belavia remain in force, and no Western government has signalled that "
        "it will ease them in response to pardons."
    )
    assert {a for a, _, _, _ in _measures(text)} == {"imposed"}


def test_he_after_a_sentence_opened_by_a_described_trade_is_that_person() -> None:
    text = (
        'LEIPZIG, 3 March 2025\n\nThe maker, Hanna Lis, spoke at a preview. "Potash is all they '
        'have," Lis said.\n\nNot every lender agrees. A former miner whose scarf hangs in case 6 '
        'worries that the sanctions would hit the miners first. "My brother still goes down '
        'every morning," he said.'
    )
    assert _quotes(text)["My brother still goes down every morning"] == "former miner"

    # ("A woman whose son was recognised …": the clause is who she is; "woman" alone is not)
    text = (
        "BULLETIN, 30 November 2025\n\nA woman whose son was jailed in November spoke to the "
        'bulletin from Hrodna. "Then the lawyer told me his trial date," she said.'
    )
    assert _quotes(text).get("Then the lawyer told me his trial date") != "woman"


def test_a_person_told_by_a_definite_head_alone_speaks_as_described() -> None:
    # "the donor" the text spoke of before, never named; "the teacher" described before
    text = (
        "BERGEN, 3 March 2025\n\nThere is no evidence he used it; the donor is certain only that "
        'it was in their cell.\n\n"He let me drink from it first," the donor told the Centre.'
    )
    assert _quotes(text) == {"He let me drink from it first": "the donor"}
    text = (
        "KOBE, 3 March 2025\n\nHer pen friend, a retired teacher in Akashi, had folded a crane."
        '\n\n"I have never met her," the teacher told us.'
    )
    assert _quotes(text) == {"I have never met her": "retired teacher"}
    # (a name given with the head: no guess from the head)
    text = (
        "VILNIUS, 3 March 2025\n\nThe driver, Ivan Petrou, waited at the border.\n\n"
        '"We waited two days," the driver said.'
    )
    assert _quotes(text).get("We waited two days") != "the driver"
    # (one of a body's staff, described, is the officer who speaks: the annotations that name
    # "a consular officer in Vilnius" and "a border officer" for "the officer said")
    text = (
        "VILNIUS, 3 March 2025\n\nA consular officer at the embassy met the families.\n\n"
        '"Bring every document," the officer said.'
    )
    assert _quotes(text).get("Bring every document") == "consular officer"


def test_a_bodys_office_in_capitals_is_held_by_the_name_after_it() -> None:
    text = (
        'BULLETIN, 3 March 2025\n\n"Limits on buyers stay at zero," said Norwick\'s Chief Risk '
        'Officer, Malte Berg. "I would rather explain that today."'
    )
    assert set(_quotes(text).values()) == {"Malte Berg"}
    text = (
        "CIRCULAR, 3 March 2025\n\nUnderwriters should resist it. Our Active Underwriter, Thomas "
        "Hale, set out the reasoning in a memo, extracts of which are reproduced here:\n\n"
        '"Two releases in six weeks is unusual."'
    )
    assert _quotes(text) == {"Two releases in six weeks is unusual.": "Thomas Hale"}


def test_a_timelines_line_counts_those_freed_by_the_participle_alone() -> None:
    text = (
        "LIBRARY, 3 January 2025\n\nThe year in releases:\n\n16 August – 30 freed (14 women, 16 "
        "men)\n22 August – 13 freed\nNovember – 31 pardoned for the holiday\n"
    )
    assert _figures(text) == {
        ("prisoners_released", 30),
        ("prisoners_released", 13),
        ("prisoners_released", 31),
    }


def test_powers_acting_jointly_against_and_a_prohibition_of_their_own() -> None:
    text = (
        "LETTER, 3 December 2020\n\nSanctions. The United Kingdom and Canada had already acted "
        "jointly against Lukashenko and several members of his circle at the end of September."
    )
    assert {(a, p) for a, _, p, _ in _measures(text)} == {
        ("imposed", "United Kingdom"),
        ("imposed", "Canada"),
    }
    text = (
        "CIRCULAR, 3 September 2021\n\nSanctions. The UK has now introduced a prohibition on "
        "imports of Belarusian potash of its own."
    )
    assert {t for _, t, _, _ in _measures(text)} == {"imports of Belarusian potash"}


def test_a_question_or_a_clause_after_and_is_no_second_target() -> None:
    for text, expected in (
        (
            "DIARY, 27 January 2023\n\nSanctions. Possible questions on the 2022 EU ban on "
            "Belarusian road hauliers and on whether it is being evaded.",
            {"Belarusian road hauliers"},
        ),
        (
            "WEEK AHEAD, 1 December 2024\n\nSanctions. The EU has kept its bans on Belavia and on "
            "Belarusian potash, and Washington still lists both.",
            {"Belavia", "Belarusian potash"},
        ),
    ):
        assert {t for _, t, _, _ in _measures(text)} == expected, text


def test_a_participle_alone_counts_those_held_and_those_freed_a_week_earlier() -> None:
    assert _figures(
        "PLANNER, 27 January 2023\n\nViasna, 31 Dec 2022: 1,446 held; 889 recognised during the "
        "year."
    ) == {("political_prisoners_held", 1446), ("prisoners_designated", 889)}
    assert _figures(
        "DIARY, 23 August 2024\n\nThirteen more political prisoners were pardoned on Thursday. "
        "That follows 30 pardoned a week earlier and 18 in July."
    ) == {("prisoners_released", 13), ("prisoners_released", 30), ("prisoners_released", 18)}


def test_a_timeline_tables_rows_are_read_as_dated_sentences() -> None:
    text = (
        "REVISION GUIDE, 20 April 2026\n\n| When | What happened | Source |\n|---|---|---|\n"
        "| End of 2020 | 169 political prisoners on Viasna's list | Viasna |\n"
        "| Jul 2024 | First pardon of the series: 18 released | Freedom House |\n"
        "| 11 Sep 2025 | 52 released after talks with the US envoy | AP |\n"
    )
    assert {(m, v) for m, v in _figures(text)} >= {
        ("prisoners_released", 18),
        ("prisoners_released", 52),
    }


def test_a_date_in_brackets_inside_a_list_of_targets_keeps_the_list_and_dates_each() -> None:
    text = (
        "LECTURE, 3 March 2025\n\nThe US sanctions on the refinery Naftan (since August 2021) and "
        "on the airline Belavia (since August 2023) are still in force."
    )
    assert {(t, d) for _, t, _, d in _measures(text)} == {
        ("Naftan", "2021-08"),
        ("Belavia", "2023-08"),
    }
    text = (
        "PLANNER, 3 February 2025\n\nSanctions. Talking points: U.S. measures on Naftan (since "
        "2021) and Belavia (since 2023) remain."
    )
    assert {(t, d) for _, t, _, d in _measures(text)} == {("Naftan", "2021"), ("Belavia", "2023")}


def test_a_power_that_acted_against_a_named_target_imposed_a_measure_on_it() -> None:
    text = (
        "Oslo, 9 October 2023\n\nSANCTIONS\n\nThe union has asked Canada to sanction prison "
        "chiefs. It notes that Britain has acted against Grodno Azot this June and against the "
        "state airline Belavia in 2021, but the chiefs face nothing."
    )
    assert {(a, t, p, d) for a, t, p, d in _measures(text)} == {
        ("imposed", "Grodno Azot", "United Kingdom", "2023-06"),
        ("imposed", "Belavia", "United Kingdom", "2021"),
    }
    # (a power that has rarely acted took no measure)
    text = (
        "Tokyo, 9 October 2023\n\nSanctions. Japan has rarely acted against Minsk alone; a ban on "
        "wood imports is under study."
    )
    assert not any(a == "imposed" for a, _, _, _ in _measures(text))


def test_a_second_target_after_an_aside_of_the_first_date_is_dated_by_its_own_month() -> None:
    text = (
        "Oslo, 9 October 2023\n\nThe European Union sanctioned the fertiliser maker Grodno Azot "
        "in December 2021, after the border crisis, and the tyre maker Belshina last June."
    )
    assert {(t, d) for _, t, _, d in _measures(text)} == {
        ("Grodno Azot", "2021-12"),
        ("Belshina", "2023-06"),
    }


def test_measures_told_by_dealings_barred_by_when_and_by_those_like_them_are_in_force() -> None:
    text = (
        "Riga, 4 June 2024\n\nSanctions. It recalls that Canada has restricted dealings with "
        "Belavia, the state carrier, since June 2021."
    )
    assert _measures(text) == {("imposed", "Belavia", "Canada", "2021-06")}
    text = (
        "Warsaw, 2 May 2023\n\nSanctions. The group notes that last year's British measures "
        "against Belaruskali were aimed at revenue, not at people."
    )
    assert _measures(text) == {("imposed", "Belaruskali", "United Kingdom", "2022")}
    text = (
        "Riga, 4 June 2024\n\nSanctions. Trade measures, such as those the European Union has "
        "applied to Belarusian potash since 2021, have their place."
    )
    assert _measures(text) == {("imposed", "Belarusian potash", "European Union", "2021")}
    # (trade barred with a country in named goods is a measure on the goods, not the country)
    text = (
        "Riga, 4 June 2024\n\nSanctions. In March the EU restricted trade with Belarus in potash "
        "and timber."
    )
    assert ("imposed", "Belarus", "European Union", "2024-03") not in _measures(text)


def test_a_decision_told_with_an_aside_of_when_it_was_taken_is_a_measure_taken() -> None:
    text = (
        "Riga, 4 June 2024\n\nSanctions. The decision by the US Treasury, taken a year after the "
        "vote, to sanction the fertiliser maker Grodno Azot was welcome."
    )
    assert {(a, t, p) for a, t, p, _ in _measures(text)} == {
        ("imposed", "Grodno Azot", "United States")
    }


def test_a_roles_holder_after_its_comma_may_carry_an_honorific() -> None:
    text = (
        'BULLETIN, 3 November 2024\n\n"Money will not open a cell door," said our secretary, '
        'Dr Tomas Berger. "It keeps a family going."'
    )
    assert _quotes(text) == {
        "Money will not open a cell door": "Tomas Berger",
        "It keeps a family going.": "Tomas Berger",
    }


def test_a_bodys_name_in_capitals_over_a_circular_is_no_woman_a_pronoun_means() -> None:
    text = (
        "BASEL CIRCLE OF COURT TRANSLATORS\nCircular to members 4/2024\nBasel, 3 November 2024\n\n"
        'Our colleague Olena Marchuk is free. Her first note was short. "I am home and I am '
        'well," she wrote.\n\nOur president, Bernadette Kohler, urged members to keep going. '
        '"One letter a week is enough," she said at the Circle\'s spring assembly.'
    )
    assert _quotes(text) == {
        "I am home and I am well": "Olena Marchuk",
        "One letter a week is enough": "Bernadette Kohler",
    }


def test_a_woman_told_by_her_given_names_ending_or_the_description_before_her_name() -> None:
    # ("-ette", "-elle": women's names the table need not hold)
    text = (
        "Geneva, 6 November 2024\n\nThe lawyer Olga Sidorenko spoke first. Then Annette Pellaud "
        'took the floor. "We are glad for one and angry for the rest," she said.'
    )
    assert _quotes(text) == {"We are glad for one and angry for the rest": "Annette Pellaud"}
    # (a description with a woman's noun before the name, set off by a comma)
    text = (
        "Bern, 4 March 2022\n\nThe paper quotes the writer Maria Keller on the war. It also "
        "interviews a spokeswoman for the economics office (SECO), Dominique Vuilleumier, who said "
        'the measures would apply at once. Asked about more, she said: "We follow Brussels '
        'closely."'
    )
    assert _quotes(text) == {"We follow Brussels closely.": "Dominique Vuilleumier"}


def test_a_listicles_numbered_figure_is_read_with_the_sentence_under_it() -> None:
    text = (
        "THE TALLY\nYear in numbers · Friday 9 January 2026\n\nBelarus 2025 in three numbers\n\n"
        "1. 1,120\nPolitical prisoners held on 20 December, by the rights centre's count. The "
        "breakdown is 960 men and 160 women.\n\n2. 480\nPeople newly recognised as political "
        "prisoners during 2025, more than one a day.\n\n3. 310\nPrisoners pardoned in 2025 after "
        "talks with Washington.\n"
    )
    assert _dated_figures(text) >= {
        ("political_prisoners_held", 1120, "2025-12-20"),
        ("prisoners_designated", 480, "2025"),
        ("prisoners_released", 310, "2025"),
    }
    # (a year on its own line over an entry is no count)
    text = (
        "COUNTDOWN\nThe year in numbers · 12 January 2022\n\n2021\nPolitical prisoners filled "
        "the colonies all year.\n"
    )
    assert not _dated_figures(text)


def test_a_power_a_pronoun_opens_a_sentence_with_lists_its_targets() -> None:
    text = (
        "Explainer · 3 January 2021\n\nSanctions. The European Union took longer. It listed 25 "
        "judges in October."
    )
    assert _measures(text) == {("imposed", "judges", "European Union", "2020-10")}
    # (a timeline's present tense: "the Treasury lists …")
    text = (
        "Explainer · 10 August 2021\n\nSanctions. 9 August 2021: the President signs an order, "
        "and the Treasury lists the refinery Naftan and the tyre maker Belshina, among others."
    )
    assert {(a, t, p) for a, t, p, _ in _measures(text)} == {
        ("imposed", "Naftan", "United States"),
        ("imposed", "Belshina", "United States"),
    }
    # (not the lists a body publishes)
    text = (
        "Bern, 4 March 2022\n\nSanctions. SECO will publish the updated lists of persons and "
        "entities concerned."
    )
    assert not _measures(text)
    # (a target told with "personally")
    text = (
        "Explainer · 3 January 2021\n\nSanctions. Britain and Canada targeted Viktar Sheiman "
        "personally at the end of September."
    )
    assert {(t, p) for _, t, p, _ in _measures(text)} == {
        ("Viktar Sheiman", "United Kingdom"),
        ("Viktar Sheiman", "Canada"),
    }


def test_a_demand_opened_by_that_in_a_list_of_asks_takes_no_measure() -> None:
    text = (
        "WHAT THE BOARD ASKS\n\n- That the European Union and Canada impose personal sanctions "
        "on the judges who jailed reporters, whatever others decide.\n- That members write to "
        "their MPs.\n"
    )
    assert not _measures(text)
    # (a power's own proposal that another act is still its threat)
    text = (
        "Warsaw, 12 May 2025\n\nSanctions. Warsaw will propose that the EU extend restrictive "
        "measures to the Belarusian officials responsible for the trials."
    )
    assert {a for a, _, _, _ in _measures(text)} == {"threatened"}


def test_blacklists_of_people_kept_by_a_ministry_are_no_measure() -> None:
    text = (
        "Bulletin · 5 May 2024\n\nSanctions. The officials of the ministry who drew up and "
        "enforced blacklists of performers should face sanctions from Britain."
    )
    assert not any(t == "performers" for _, t, _, _ in _measures(text))


def test_a_number_of_people_placed_under_travel_bans_is_a_measures_target() -> None:
    text = (
        "Explainer · 10 August 2021\n\nSanctions. On 2 October EU governments placed 25 people "
        "accused of fixing the vote under travel bans and asset freezes."
    )
    assert {(a, p, d) for a, _, p, d in _measures(text)} == {
        ("imposed", "European Union", "2020-10-02")
    }
    assert any("fixing the vote" in t for _, t, _, _ in _measures(text))


def test_measures_that_came_back_into_force_hold() -> None:
    text = (
        "Explainer · 10 August 2021\n\nThe US sanctions on six state firms, among them the tyre "
        "maker Belshina, came back into full force."
    )
    assert ("imposed", "Belshina", "United States", None) in _measures(text)


def test_a_description_named_after_what_the_person_is_gives_the_name() -> None:
    text = (
        "BULLETIN, 16 December 2025\n\nThe union's secretary, Jonas Albrecht, spoke first. \"We "
        'kept a chair for her," he said.\n\nA former colleague, the violinist Katrin Lindqvist, '
        'told us she heard the news at dawn.\n\n"I did not believe it at first," she said.\n'
    )
    assert _quotes(text)["I did not believe it at first"] == "Katrin Lindqvist"


def test_a_name_inside_the_phrase_that_opens_a_sentence_is_not_its_subject() -> None:
    text = (
        "BULLETIN, 20 August 2024\n\nGood news. Dr Ihar Lasko, a historian, was freed last "
        "week.\n\nIn a letter to the society's president, Professor Kenji Sato, Dr Lasko wrote "
        'that he had been given back his glasses.\n\n"My notes are in a box somewhere," he wrote.'
    )
    assert _quotes(text) == {"My notes are in a box somewhere": "Ihar Lasko"}
    # (a name after the opening phrase is the subject)
    text = (
        "BULLETIN, 20 August 2024\n\nIn Vilnius, Andrei Sokal met Ihar Lasko on Monday.\n\n"
        '"We spoke for an hour," he said.'
    )
    assert _quotes(text) == {"We spoke for an hour": "Andrei Sokal"}


def test_a_trade_set_before_a_name_as_a_title_is_no_part_of_it() -> None:
    text = (
        "ISLAND NURSES' COUNCIL\nUpdate | 20 August 2024\n\nBELARUS: NURSE OLENA PETRENKO AMONG "
        "THIRTY PARDONED\n\nOlena Petrenko, a nurse from Pinsk, was freed on 16 August.\n\n"
        '"Thank you for every letter," Olena wrote in a note.'
    )
    assert _quotes(text) == {"Thank you for every letter": "Olena Petrenko"}


def test_a_surname_with_a_capital_after_its_prefix_is_a_name() -> None:
    text = (
        "BULLETIN, 20 August 2024\n\nOur chair, Fiona MacRae, put it plainly at the Council's "
        'summer meeting:\n\n"We have one colleague home. Tomorrow we work for the others."\n'
    )
    assert _quotes(text) == {
        "We have one colleague home. Tomorrow we work for the others.": "Fiona MacRae"
    }


def test_a_count_told_again_with_a_more_precise_date_is_one_count() -> None:
    text = (
        "MONITOR, 25 January 2023\n\nAt the end of December the centre was counting 1,446 "
        "people behind bars on political grounds.\n\nPolitical prisoners, the centre's counts\n"
        "Date              Held\n31 Dec 2021        969\n31 Dec 2022      1,446\n"
    )
    assert [(m, d) for m, v, d in _dated_figures(text) if v == 1446] == [
        ("political_prisoners_held", "2022-12-31")
    ]


def test_a_timeline_table_of_dated_steps_under_a_powers_title() -> None:
    text = (
        "YEAR REVIEW, 16 January 2026\n\nSANCTIONS TIMELINE (United Kingdom)\n\n"
        "Date            Measure                                            Action\n"
        "June 2021       Belarusian oil products, including Naftan          imposed\n"
        "March 2022      Grodno Azot, the fertiliser maker                  imposed\n"
        "December 2025   Grodno Azot                                        lifted\n\n"
        "Members are asked to write to their MPs.\n"
    )
    assert _measures(text) == {
        ("imposed", "Belarusian oil products", "United Kingdom", "2021-06"),
        ("imposed", "Naftan", "United Kingdom", "2021-06"),
        ("imposed", "Grodno Azot", "United Kingdom", "2022-03"),
        ("lifted", "Grodno Azot", "United Kingdom", "2025-12"),
    }


def test_a_target_a_power_reached_by_listing_it() -> None:
    text = (
        "Explainer, 14 December 2025\n\nThe United Kingdom lifted its sanctions on Belarusian "
        "oil products, which London had targeted in June 2021 by listing the refinery Naftan."
    )
    assert ("imposed", "Naftan", "United Kingdom", "2021-06") in _measures(text)


def test_key_figures_with_a_column_of_sources_after_the_count() -> None:
    text = (
        "Budapest, 29 December 2025\n\nKEY FIGURES\n\nIndicator                                 "
        "Figure   Source\nPolitical prisoners held, 20 December            1,120   Viasna\n"
        "Pardoned in 2025 with US help                       330   Viasna, year review\n\n"
        "Members may write to the secretariat.\n"
    )
    assert _dated_figures(text) == {
        ("political_prisoners_held", 1120, "2025-12-20"),
        ("prisoners_released", 330, "2025"),
    }


def test_a_participant_at_a_meeting_speaks_as_described() -> None:
    text = (
        'ROUNDTABLE SUMMARY, 12 March 2024\n\nThe conversation turned to lawyers. "In our town '
        'there are two left," said a participant from a legal-aid network in Viciebsk.'
    )
    assert _quotes(text) == {
        "In our town there are two left": "participant from a legal-aid network in Viciebsk"
    }
    text = (
        'ROUNDTABLE SUMMARY, 12 March 2024\n\nA Dutch participant called this "the coldest '
        'text I have read this year."'
    )
    assert _quotes(text) == {"the coldest text I have read this year.": "Dutch participant"}
    # (a later "she" means the woman the text names, not one of many at the meeting)
    text = (
        "GRANT REPORT, 3 May 2024\n\nMaria Koval led the session. A participant from Brest "
        'said it had helped. "We will run more," she said.'
    )
    assert _quotes(text) == {"We will run more": "Maria Koval"}


def test_the_head_told_again_is_the_description_with_where_they_are_from() -> None:
    text = (
        "ROUNDTABLE SUMMARY, 12 March 2024\n\nAn underwriter from a Zurich firm reported that "
        'clauses had changed. "Nobody here will sign that policy," the underwriter said.'
    )
    assert _quotes(text) == {"Nobody here will sign that policy": "underwriter from a Zurich firm"}


def test_a_power_studying_backing_or_arguing_for_measures_threatens_them() -> None:
    text = (
        "ROUNDTABLE NOTE, 26 January 2023\n\nSanctions. A Japanese diplomat said Tokyo was "
        "studying whether to impose asset freezes on Belarusian arms makers that supply Russia."
    )
    assert {(a, t, p) for a, t, p, _ in _measures(text)} == {
        ("threatened", "Belarusian arms makers", "Japan")
    }
    text = (
        "ROUNDTABLE NOTE, 26 January 2023\n\nSanctions. An Austrian participant said Vienna "
        "would back EU measures against Belarusian state banks."
    )
    assert {(a, t, p) for a, t, p, _ in _measures(text)} == {
        ("threatened", "Belarusian state banks", "European Union")
    }
    text = (
        "ROUNDTABLE NOTE, 26 January 2023\n\nSanctions. A Swedish official said Stockholm would "
        "argue in Brussels for EU listings of the heads of remand prisons."
    )
    assert {(a, t, p) for a, t, p, _ in _measures(text)} == {
        ("threatened", "heads of remand prisons", "European Union")
    }


def test_a_powers_measures_told_with_a_comma_before_their_targets() -> None:
    text = (
        "NOTE, 21 November 2024\n\nSanctions. Participants took stock of the existing US "
        "measures, on Belarusian potash since August 2021 and on Belavia since August 2023."
    )
    assert _measures(text) == {
        ("imposed", "Belarusian potash", "United States", "2021-08"),
        ("imposed", "Belavia", "United States", "2023-08"),
    }


def test_a_table_of_a_powers_dated_measures_told_in_their_own_words() -> None:
    text = (
        "ANNUAL REVIEW, 20 January 2026\n\nParticipants reconstructed the UK measures of the "
        "year:\n\n| Date          | UK measure                                     |\n"
        "|---------------|------------------------------------------------|\n"
        "| June 2021     | Sanctions imposed on Belarusian oil (Naftan)   |\n"
        "| March 2022    | Restrictions imposed on Grodno Azot            |\n"
        "| 11 Sep 2025   | Grodno Azot restrictions eased                 |\n"
    )
    assert _measures(text) == {
        ("imposed", "Belarusian oil", "United Kingdom", "2021-06"),
        ("imposed", "Grodno Azot", "United Kingdom", "2022-03"),
        ("eased", "Grodno Azot", "United Kingdom", "2025-09-11"),
    }


def test_the_list_as_it_stood_is_those_held() -> None:
    text = (
        "REPORT, 20 November 2023\n\n2.1 As at 31 October 2023, the centre recognised 1,402 "
        "people as political prisoners, 150 of them women. In October alone it recognised 31 new "
        "political prisoners."
    )
    assert _dated_figures(text) >= {
        ("political_prisoners_held", 1402, "2023-10-31"),
        ("prisoners_designated", 31, "2023-10"),
    }
    text = (
        "FLASH, 14 February 2025\n\nThe number of political prisoners recognised by the centre "
        "stood at 1,219 at the end of January."
    )
    assert {(m, v) for m, v, _ in _dated_figures(text)} == {("political_prisoners_held", 1219)}


def test_a_description_with_what_the_person_practises_and_where() -> None:
    text = (
        "COI QUERY RESPONSE, 20 December 2020\n\n2.3 A defence lawyer practising in Minsk, "
        'interviewed on 18 December, described a change. "In August my clients were fined," she '
        "said."
    )
    assert _quotes(text) == {
        "In August my clients were fined": "defence lawyer practising in Minsk"
    }
    text = (
        "ASSESSMENT, 20 December 2024\n\n7. A woman pardoned in the autumn, who spoke to the "
        "Office through an interpreter, described the conditions. She was asked to sign a "
        'petition. "I am grateful to be out," she said.'
    )
    assert _quotes(text) == {"I am grateful to be out": "woman pardoned in the autumn"}
    # (a given name after the description is who speaks)
    text = (
        "CHAT, 2 May 2025\n\nVARONKA: Often nobody warns the family. One woman freed in the "
        'summer, Natalia, told me, "They opened the gate." So keep your phone on.'
    )
    assert _quotes(text) == {"They opened the gate.": "Natalia"}


def test_in_the_words_of_a_named_officer_after_the_clauses_own_verb() -> None:
    text = (
        "MEMO, 2 October 2025\n\nA diaspora group has urged Warsaw to act, so that, in the words "
        'of its chair, Andrzej Kowal, "nobody who signed those verdicts can take a weekend in '
        'Krakow."'
    )
    assert _quotes(text) == {
        "nobody who signed those verdicts can take a weekend in Krakow.": "Andrzej Kowal"
    }


def test_an_adviser_described_by_whose_adviser_they_are() -> None:
    text = (
        "MEMO, 2 October 2025\n\n4.3 The opposition was more guarded. An adviser to Pavel "
        'Latushka, quoted in the exile press, said: "Relief for an airline is a price we '
        'understand."'
    )
    assert _quotes(text) == {
        "Relief for an airline is a price we understand.": "adviser to Pavel Latushka"
    }


def test_measures_a_power_still_applies_or_those_imposed_on_a_second_target() -> None:
    text = (
        "NOTE, 10 January 2024\n\n4.1 The United Kingdom continues to apply sanctions to the "
        "refinery Naftan, imposed in June 2021, and restrictions on the tyre maker Belshina, in "
        "force since March 2022."
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "United Kingdom", "2021-06"),
        ("imposed", "Belshina", "United Kingdom", "2022-03"),
    }
    text = (
        "NOTE, 10 January 2024\n\nAs of today, the United Kingdom had announced no change to the "
        "sanctions it imposed on Naftan in June 2021 or to those imposed on Belshina in March "
        "2022."
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "United Kingdom", "2021-06"),
        ("imposed", "Belshina", "United Kingdom", "2022-03"),
    }
    # (not measures compared with those on another country, nor a promise to go on)
    text = (
        "Vilnius, 3 May 2024\n\nLithuania will keep working for sanctions against Belarus to be "
        "mirrored with those imposed on Russia. Norway will continue to apply the bloc's "
        "measures."
    )
    assert not any(t == "Russia" for _, t, _, _ in _measures(text))


def test_a_documents_own_name_in_a_title_line_is_no_person() -> None:
    text = (
        "NORTH SEA FREIGHT COUNCIL\nRoundtable Minutes (non-attribution)\n\nRiga, 10 July 2025\n\n"
        "A rights researcher briefed the meeting. She noted that counts differ.\n\n"
        '"The difference is the pardon," she said.\n'
    )
    assert "Roundtable Minutes" not in _quotes(text).values()


def test_a_powers_readiness_to_back_its_blocs_listings_needs_no_new() -> None:
    text = (
        "NOTE, 17 December 2020\n\nSanctions. A diplomat from a Nordic member state said her "
        "government was prepared to back EU listings of judges who had sentenced protesters."
    )
    assert {(a, p) for a, _, p, _ in _measures(text)} == {("threatened", "European Union")}


def test_a_role_held_by_the_name_a_records_field_gives() -> None:
    text = (
        "CONTACT GROUP MINUTES\nDate: 20 February 2024\nChair: Kadri Lepp, MP\n\nThe chair "
        'recalled the mandate.\n\nThe chair summed up: "We will not free anyone from this room."\n'
    )
    assert _quotes(text) == {"We will not free anyone from this room.": "Kadri Lepp"}


def test_a_possessive_before_a_speech_noun_hands_the_quotation_to_its_owner() -> None:
    text = (
        "NOTE, 20 February 2024\n\nSigrid Aasen, a programme officer, argued for simplicity. Her "
        'warning to donors was short: "Every form you add is a person who gives up."'
    )
    assert _quotes(text) == {"Every form you add is a person who gives up.": "Sigrid Aasen"}


def test_his_words_before_the_colon_are_whose_the_quotation_is() -> None:
    text = (
        "UPDATE, 10 July 2024\n\n1.1 In early July 2024, Alexander Lukashenko said that some ill "
        'prisoners would be released. The state news agency carried his words: "People who are '
        'gravely ill should be at home."'
    )
    assert _quotes(text) == {
        "People who are gravely ill should be at home.": "Alexander Lukashenko"
    }


def test_a_quotation_after_a_sentence_a_pronoun_opens_with_a_regular_past() -> None:
    text = (
        "REPORT, 5 October 2024\n\nThe psychologist Nana Kobakhidze runs the programme.\n\n"
        '"The body has learned to live in a small room," she said.\n\nShe also pointed to the '
        'families. "The wife has carried the household alone. Nobody has prepared them."'
    )
    assert _quotes(text)["The wife has carried the household alone. Nobody has prepared them."] == (
        "Nana Kobakhidze"
    )


def test_counts_as_the_items_of_a_list_a_line_introduces() -> None:
    text = (
        "UPDATE, 30 August 2024\n\nThree rounds in two months\nBelarus has now announced three "
        "batches of pardons since early July:\n  • 17 people in July, the largest single release "
        "since 2020;\n  • 29 people on 16 August, 13 women and 16 men;\n  • 12 more on 22 "
        "August.\n\nMore text follows here.\n"
    )
    assert _dated_figures(text) >= {
        ("prisoners_released", 17, "2024-07"),
        ("prisoners_released", 29, "2024-08-16"),
        ("prisoners_released", 12, "2024-08-22"),
    }
    # (a list whose line names no kind of count counts nothing)
    text = "NOTES, 3 May 2024\n\nOur volunteers this year:\n- 40 people in Vilnius;\n- 12 more in Riga.\n"
    assert not _figures(text)


def test_a_surname_given_by_its_initial_is_part_of_the_name() -> None:
    text = (
        'SHADOW REPORT, 1 March 2024\n\n14. "We enter the new names every morning," said Nasta '
        'R., a volunteer. "Some days the first name is a colleague."\n'
    )
    assert _quotes(text) == {
        "We enter the new names every morning": "Nasta R.",
        "Some days the first name is a colleague.": "Nasta R.",
    }
    # (a chat's sender label keeps its own reading: the words passed on are another's)
    text = (
        "CHAT, 24 June 2021\n\n[24.06.2021 11:42] Ales B.: Dzianis got out after his 15 days. He "
        'asked me to pass this on: "Tell everyone the parcels arrive."\n'
    )
    assert _quotes(text) == {"Tell everyone the parcels arrive.": "Dzianis"}


def test_a_numbered_paragraphs_number_is_no_word_of_its_sentence() -> None:
    text = (
        "SHADOW REPORT, 1 March 2024\n\nThe opposition leader Pavel Latushka spoke first.\n\n"
        "3.3 A doctoral student in physics, arrested in 2024 and released in the September "
        'pardon, said the hardest loss was the data. "Five years of data sat on a server," he '
        "told the Council.\n"
    )
    assert _quotes(text) == {"Five years of data sat on a server": "doctoral student in physics"}


def test_a_given_name_alone_is_the_guest_the_title_lines_name_in_full() -> None:
    text = (
        "EASTERN NOTES\nMarkets between the Baltic and the Black Sea\n\nEPISODE 88: Potash and an "
        "Anniversary\nReleased 12 August 2021 | Running time 41:20\n\nWITH\nPiotr Zaremba, "
        "commodities analyst at a Warsaw brokerage\nIryna Savitskaya, Belarusian economist\n\n"
        'WHAT THEY SAID\nPiotr was careful not to oversell it. "A designation in Washington is a '
        'letter," he said early on.\n'
    )
    assert _quotes(text) == {"A designation in Washington is a letter": "Piotr Zaremba"}


def test_a_guests_given_name_opening_a_sentence_before_a_quotation() -> None:
    text = (
        "SHOW NOTES, 12 February 2025\n\nWITH\nDan Whitcombe, a negotiator\nLizaveta Kosak, an "
        'editor\n\nWHAT WAS SAID\nDan was candid about the mechanics. "Nobody gives up a prisoner '
        'for free."\n'
    )
    assert _quotes(text) == {"Nobody gives up a prisoner for free.": "Dan Whitcombe"}


def test_a_guests_given_name_with_a_verb_in_the_present() -> None:
    text = (
        "SHOW NOTES, 12 February 2025\n\nWITH\nTomas Vaitkus, a trade analyst\n\nNOTES\nShould "
        'the neighbours do more? Tomas thinks so. "Poland holds one of the few keys."\n'
    )
    assert _quotes(text) == {"Poland holds one of the few keys.": "Tomas Vaitkus"}


def test_a_guests_given_name_before_a_colon() -> None:
    text = (
        "SHOW NOTES, 12 February 2025\n\nWITH\nNatallia Kavalchuk, a translator\n\nPULL QUOTES\n"
        'Natallia on the letters she works with: "The handwriting gets smaller every month."\n'
    )
    assert _quotes(text) == {"The handwriting gets smaller every month.": "Natallia Kavalchuk"}


def test_measures_told_by_what_a_power_applied_or_targeted_and_since_when() -> None:
    text = (
        "REPORT, 1 March 2024\n\n4.1 Economic measures such as the sanctions the United Kingdom "
        "has applied to the refinery Naftan since June 2021 do not reach the people on campus."
    )
    assert _measures(text) == {("imposed", "Naftan", "United Kingdom", "2021-06")}
    text = (
        "REPORT, 1 March 2024\n\n4.1 The UK sanctions on the refinery Naftan (in force since 2021) "
        "and on the tyre maker Belshina (since 2022) remain in place."
    )
    assert _measures(text) == {
        ("imposed", "Naftan", "United Kingdom", "2021"),
        ("imposed", "Belshina", "United Kingdom", "2022"),
    }
    text = (
        "REPORT, 1 March 2024\n\n7. Debate has focused on economic sanctions - on the refinery "
        "Naftan, targeted by the United Kingdom since June 2021, and on others."
    )
    assert _measures(text) == {("imposed", "Naftan", "United Kingdom", "2021-06")}


def test_the_items_of_a_recommendation_that_list_demands_take_no_measure() -> None:
    text = (
        "REPORT, 1 March 2024\n\nSanctions.\n\n8. To States taking part in the review, the Network "
        "recommends that:\n   (a) the European Union, the United Kingdom and Canada adopt travel "
        "bans and asset freezes against the judges identified as responsible;\n   (b) States "
        "raise individual cases.\n"
    )
    assert not _measures(text)
    # (the same words told as news are measures)
    text = (
        "REPORT, 1 March 2024\n\nSanctions. The United Kingdom and Canada adopt travel bans "
        "against ten judges."
    )
    assert {(a, p) for a, _, p, _ in _measures(text)} == {
        ("imposed", "United Kingdom"),
        ("imposed", "Canada"),
    }


def test_a_caller_named_by_a_given_name_alone_with_what_or_where_they_are_speaks() -> None:
    text = (
        'Evening line.\n\nPiotr, a miner from Zabrze, wants Warsaw to act alone. "We can list '
        'them ourselves. Nobody needs to wait."\n\nOlga, calling from Tartu, had a question '
        'for the guest.\n\n"How many are still held, and who counts them?"\n\nIngrid, from '
        'Bergen, phoned about the ferries. "Nobody asks where the cargo comes from."'
    )
    assert _quotes(text) == {
        "We can list them ourselves. Nobody needs to wait.": "Piotr",
        "How many are still held, and who counts them?": "Olga",
        "Nobody asks where the cargo comes from.": "Ingrid",
    }
    # ... and "she" after her means her
    text = (
        "Talk show.\n\nSigrid Holm hosted. Astrid, a retired nurse in Molde, was the most "
        'direct. Norway, she said, should act now: "Freeze the money this week."'
    )
    assert _quotes(text) == {"Freeze the money this week.": "Astrid"}
    # (an office after a name is no caller; a place told by what it is speaks for no one)
    text = (
        "Report.\n\nLeah Okafor, Vice-President, Marketing, added that customers had asked. "
        'She described the shift as lasting. "It is the first question in the room."\n\n'
        'Lida, a town near the border, has grown quiet. "Nobody talks here any more."'
    )
    quotes = _quotes(text)
    assert quotes["It is the first question in the room."] == "Leah Okafor"
    assert "Lida" not in quotes.values()


def test_what_a_listener_sent_in_gives_the_senders_words() -> None:
    text = (
        'Mailbag.\n\nA text from Lauris in Cesis: "Keep reading the names on air, please."\n\n'
        'Another message, from Rasa in Utena: "Thank you for the programme in Lithuanian."\n\n'
        'An email from Tomasz, a nurse who works in Gdynia: "The clinics need volunteers."\n\n'
        'A voicemail from Gintaras in Alytus, shortened a little:\n\n"My brother has been '
        'inside for three years."'
    )
    assert _quotes(text) == {
        "Keep reading the names on air, please.": "Lauris",
        "Thank you for the programme in Lithuanian.": "Rasa",
        "The clinics need volunteers.": "Tomasz",
        "My brother has been inside for three years.": "Gintaras",
    }
    # (a listener the text does not name is the speaker as described; one who signed is named)
    text = (
        'Texts.\n\nA text from a listener in Tartu: "Please read the list again tomorrow."\n\n'
        'A text from a listener in Sopot, signed Ewa: "Please tell us the count every week."'
    )
    assert _quotes(text) == {
        "Please read the list again tomorrow.": "listener in Tartu",
        "Please tell us the count every week.": "Ewa",
    }


def test_measures_told_as_already_lifted_as_targeting_this_week_or_dating_from() -> None:
    text = "Sanctions. In return, Washington lifted its sanctions on Naftan. Sanctions on "
    text += "Belshina were already lifted last month."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("lifted", "Naftan"),
        ("lifted", "Belshina"),
    }
    text = (
        "Sanctions. The Treasury's new measures this week target the state refinery Naftan, "
        "along with other firms."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Naftan")}
    text = (
        "Sanctions talk. She was referring to the U.S. sanctions on the state refinery Naftan, "
        "which date from August 2021."
    )
    assert _sanctions(text) == {("imposed", "Naftan", "2021-08")}


def test_a_second_target_the_power_added_with_its_own_date() -> None:
    published = dt.date(2023, 10, 2)
    text = (
        "Sanctions note. The committee is aware that the United States has maintained "
        "sanctions on the refinery Naftan since 2021 and added the tyre maker Belshina this "
        "August."
    )
    assert _sanctions(text, published) == {
        ("imposed", "Naftan", "2021"),
        ("imposed", "Belshina", "2023-08"),
    }
    text = (
        "Sanctions note. Washington has had sanctions on Naftan, the refinery, since August "
        "2021, and last August it added the tyre maker Belshina."
    )
    assert ("imposed", "Belshina", "2023-08") in _sanctions(text, published)
    # (a relief's sentence adds no measure)
    text = "Sanctions note. Washington lifted its sanctions on Naftan in 2025 and added a clause."
    assert _sanctions(text, published) == {("lifted", "Naftan", "2025")}


def test_a_relief_on_the_sanctions_that_have_applied_to_a_target_since_a_date() -> None:
    text = (
        "Sanctions note. On 11 September Washington eased the sanctions that have applied to "
        "the tyre maker Belshina since August 2023."
    )
    assert {(a, t, d) for a, t, d in _sanctions(text)} == {
        ("eased", "Belshina", None),
        ("imposed", "Belshina", "2023-08"),
    }


def test_a_bodys_role_holder_and_a_given_name_before_whose_kin_she_is_speak() -> None:
    text = (
        "Union news.\n\nTwo members voted against.\n\nCommittee chair Agata Nowicka answered "
        'them at the meeting, and agreed that we could print her words:\n\n"I have heard that '
        'argument before. It is always too expensive."'
    )
    assert _quotes(text) == {
        "I have heard that argument before. It is always too expensive.": "Agata Nowicka"
    }
    text = (
        "Union news.\n\nOlga, Siarhei's wife, came to our last meeting with the children. "
        '"He is tired but not sorry," she said.'
    )
    assert _quotes(text) == {"He is tired but not sorry": "Olga"}
    # (a lead-in before the description names no one)
    text = (
        'News.\n\nLater, Maksim\'s mother, reached by phone, was more guarded. "We wait," she said.'
    )
    assert _quotes(text) == {"We wait": "Maksim's mother"}


def test_a_lists_count_newly_recognised_or_held_as_political_prisoners() -> None:
    text = (
        "The numbers\n\n• 37 — newly recognised as political prisoners in March, according to "
        "Viasna.\n• 1,208 — held as political prisoners on 31 March, Viasna's count."
    )
    assert _figures(text) == {("prisoners_designated", 37), ("political_prisoners_held", 1208)}
    text = "Prisoners. There were 1,208 held as political prisoners on 31 March."
    assert _figures(text) == {("political_prisoners_held", 1208)}


def test_a_count_given_as_a_number() -> None:
    text = "Prisoners. The agency, citing Viasna, gave the number of political prisoners as 1,192."
    assert _figures(text) == {("political_prisoners_held", 1192)}


def test_a_key_figures_line_shortened_to_two_leader_dots() -> None:
    text = (
        "Year in numbers, 2024\n\n  Newly recognised as political prisoners, March .. 41\n"
        "  Pardoned in 2024 .............. 311\n"
    )
    assert _figures(text) == {("prisoners_designated", 41), ("prisoners_released", 311)}


def test_a_caller_by_where_they_are_from_and_what_they_are_speaks() -> None:
    text = (
        'Calls.\n\nRuta, Kaunas Old Town, whose uncle is still in a colony: "Every time there '
        'is a release, I wait for the list."\n\nA last call came from Agnes in Tartu, who '
        'said she had never thought about Belarus. "I will write a letter tonight."\n\n'
        'Thomas, Basel, argued that neutrality is no excuse. "We can host talks and still say '
        'the names."'
    )
    assert _quotes(text) == {
        "Every time there is a release, I wait for the list.": "Ruta",
        "I will write a letter tonight.": "Agnes",
        "We can host talks and still say the names.": "Thomas",
    }
    text = (
        "Calls.\n\nDarya (Brno), a Belarusian nurse, said her brother was freed in the spring."
        '\n\n"He asked for a pardon because the alternative was two more years."\n\nPavel, a '
        'Belarusian living in Riga, knows one of the freed men from school.\n\n"He asked me '
        'how to unlock a phone with no buttons."'
    )
    assert _quotes(text) == {
        "He asked for a pardon because the alternative was two more years.": "Darya",
        "He asked me how to unlock a phone with no buttons.": "Pavel",
    }


def test_a_quotation_after_a_sentence_with_its_own_subject_is_not_a_letters_sender() -> None:
    text = (
        "World Line with host Anna Berezina.\n\nAn email from Daniel, a teacher in Asahikawa: "
        '"Prisoners for potash. Both at once."\n\nAnna answered him on air. "That is exactly '
        'how we feel."'
    )
    assert _quotes(text) == {
        "Prisoners for potash. Both at once.": "Daniel",
        "That is exactly how we feel.": "Anna Berezina",
    }


def test_a_quotation_after_a_paragraph_that_ends_on_her_kin_is_hers() -> None:
    text = (
        "Calls.\n\nDaria, from Ottakring, was first through. Her father is held in a colony "
        'near Mahilyou.\n\n"I will thank whoever thought of it."'
    )
    assert _quotes(text) == {"I will thank whoever thought of it.": "Daria"}


def test_a_callers_label_as_its_own_sentence_names_who_speaks_next() -> None:
    text = (
        'Calls.\n\nOleh, Parma. "Fifty-one people free and an airline gets spare parts."\n\n'
        'Rick, Strongsville, an aircraft mechanic for thirty years. "Spare parts are safety."'
        "\n\nLena, Silver Spring. Lena was born in Brest and has lived in Maryland for twelve "
        'years. "I was happy for his family."'
    )
    assert _quotes(text) == {
        "Fifty-one people free and an airline gets spare parts.": "Oleh",
        "Spare parts are safety.": "Rick",
        "I was happy for his family.": "Lena",
    }
    # (a town and its country is no caller)
    text = 'News.\n\nGdynia, Poland. "The port is quiet tonight."'
    assert "Gdynia" not in _quotes(text).values()


def test_a_measure_told_as_the_means_of_what_a_power_should_do_is_no_measure() -> None:
    text = (
        "Calls. The EU, he said, should answer the announcement by adding the judges in "
        "political cases to its sanctions list."
    )
    assert not _sanctions(text)
    # (one taken by that means is told)
    text = "News. The EU answered the announcement by adding the judges to its sanctions list."
    assert {a for a, _, _ in _sanctions(text)} == {"imposed"}


def test_a_bodys_own_unnamed_person_is_whom_a_later_pronoun_means() -> None:
    text = (
        'Union news.\n\nNatallia, Dzmitry\'s wife, came to our last gathering. "He is tired," '
        "she said.\n\nOur lawyer, who has defended three of our members, is less hopeful. "
        '"The verdict is written before the hearing," she told the committee.'
    )
    assert _quotes(text) == {
        "He is tired": "Natallia",
        "The verdict is written before the hearing": "lawyer",
    }


def test_a_monitors_name_in_the_title_is_no_person_a_pronoun_means() -> None:
    text = (
        "VILNIUS MEDIA HUB\n\nTsikhanouskaya thanked the United States for its part in the "
        "release. Speaking to Hub staff the following morning, she insisted that it could only "
        'be a beginning.\n\n"I have my husband back," she said.'
    )
    assert _quotes(text) == {"I have my husband back": "Tsikhanouskaya"}


def test_a_relative_named_after_the_comma_by_a_given_name_and_a_participle_lead_in() -> None:
    text = (
        'News.\n\n"She called from a neighbour\'s phone," said the cousin, Tatsiana. "So I '
        "haven't.\""
    )
    assert _quotes(text) == {
        "She called from a neighbour's phone": "Tatsiana",
        "So I haven't.": "Tatsiana",
    }
    text = (
        "News.\n\nPavel Latushka addressed the Assembly on 30 September. Speaking to the "
        'Council afterwards, he was blunt.\n\n"A cell in Belarus never stays empty for long."'
    )
    assert _quotes(text) == {"A cell in Belarus never stays empty for long.": "Pavel Latushka"}


def test_a_measure_a_word_tells_is_standing_with_no_verb_of_its_own() -> None:
    text = "Sanctions report 2023. The Centre notes the earlier US sanctions on Naftan."
    assert _sanctions(text) == {("imposed", "Naftan", None)}
    # (an adverb before a relief's verb, and measures named in a proposal's terms, are not)
    text = "Sanctions report. Washington lifted its sanctions on potash and earlier removed "
    text += "restrictions on Belshina."
    assert ("imposed", "Belshina") not in {(a, t) for a, t, _ in _sanctions(text)}
    text = "Sanctions bill. Any decision to remove existing sanctions on a state enterprise "
    text += "would need 30 days' notice to Congress."
    assert not _sanctions(text)


def test_a_key_facts_line_with_a_relief_told_by_its_participle() -> None:
    text = (
        "Key facts\n\n- 123 prisoners freed on 13 December 2025.\n- US sanctions on Belshina "
        "lifted in November 2025; US sanctions on Naftan lifted in December 2025.\n"
    )
    assert _measures(text) == {
        ("lifted", "Belshina", "United States", "2025-11"),
        ("lifted", "Naftan", "United States", "2025-12"),
    }


def test_a_count_and_a_new_clause_with_an_adverb_are_two_counts_not_one() -> None:
    text = (
        "The context. At the end of January, Viasna counted 1,244 political prisoners, and 18 "
        "people were newly recognised during the month."
    )
    assert _figures(text) == {("political_prisoners_held", 1244), ("prisoners_designated", 18)}


def test_a_groups_count_with_nothing_counted_after_the_number() -> None:
    text = (
        "Background. When we began, the list of political prisoners was short. Viasna counted "
        "169 at the end of last year."
    )
    assert _figures(text) == {("political_prisoners_held", 169)}
    # (a count of other things is not)
    text = (
        "Review. Viasna counted more than 80 cases of politically motivated repression in "
        "December, from searches to criminal charges."
    )
    assert ("political_prisoners_held", 80) not in _figures(text)


def test_a_key_figures_table_with_a_column_of_sources_in_bars() -> None:
    text = (
        "Annual review 2024\n\n| Figure | Count | Source |\n|---|---|---|\n"
        "| Political prisoners held, 31 December 2024 | 1,265 | Viasna |\n"
        "| Newly recognised, December 2024 | 44 | Viasna |\n"
        "| Pardoned in 2024 | 231 | Viasna annual review |\n"
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1265),
        ("prisoners_designated", 44),
        ("prisoners_released", 231),
    }


def test_a_series_of_releases_told_by_more_after_a_comma() -> None:
    text = (
        "Report 2026. On 21 June 2025, 14 people were released after a visit to Minsk; on 11 "
        "September, 52 more; and on 13 December, 123, including Maria Kalesnikava."
    )
    assert _figures(text) == {
        ("prisoners_released", 14),
        ("prisoners_released", 52),
        ("prisoners_released", 123),
    }
    # (a count whose own verb tells its kind keeps it)
    text = (
        "News. Viasna says there are now more than 500 political prisoners; in the past week "
        "alone it recognised 19 more."
    )
    assert ("prisoners_designated", 19) in _figures(text)


def test_one_of_the_writers_own_bodys_members_speaks_as_described() -> None:
    text = (
        'Report.\n\n"I have nine clients in three colonies," one of our members wrote to the '
        'board in December. "I can keep going until March."'
    )
    assert set(_quotes(text).values()) == {"one of our members"}
    # (one named after the comma is named)
    text = (
        'Report.\n\n"The first thing my client asked me was whether he could fish," said one '
        "of our lawyers, Ala Markevich, who represented him."
    )
    assert set(_quotes(text).values()) == {"Ala Markevich"}


def test_a_results_table_row_that_counts_other_things_than_people_is_no_count() -> None:
    text = (
        "Results 2025\n\n| Activity | Result |\n|---|---|\n"
        "| Families in Canada sponsoring released prisoners | 9 |\n"
        "| Immigration legal clinics held | 6 |\n"
        "| Political prisoners held, 31 December 2025 | 1,131 |\n"
        "| Releases in 2025 | 342 |\n| Women released | 40 |\n"
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1131),
        ("prisoners_released", 342),
        ("prisoners_released", 40),
    }


def test_a_key_figures_line_of_deaths_in_custody_is_no_count_of_those_held() -> None:
    text = (
        "Political prisoners: the year in numbers, 2025\n\nPardoned in 2025 .............. 342\n"
        "Died in custody in 2025 ............................. 2\n"
    )
    assert _figures(text) == {("prisoners_released", 342)}


def test_a_total_that_stayed_above_a_number_fell_from_one_to_another_or_stood_this_month() -> None:
    text = (
        "Fund. Viasna counted 1,429 political prisoners at the end of January, and the total "
        "has stayed above 1,400 since."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1429),
        ("political_prisoners_held", 1400),
    }
    text = "Correction. The chart showed the number of political prisoners falling from 1,174 to 1,164."
    assert _figures(text) == {
        ("political_prisoners_held", 1174),
        ("political_prisoners_held", 1164),
    }
    text = (
        "News. Freedom House put the number of political prisoners still held in Belarus this "
        "month at more than 1,395."
    )
    assert _figures(text) == {("political_prisoners_held", 1395)}


def test_a_wish_or_a_call_to_go_further_and_add_is_no_measure() -> None:
    text = (
        "News. He urged the administration to go further and add the judges who handle protest "
        "cases to the Treasury's sanctions list."
    )
    assert not _sanctions(text)
    text = (
        "News. Hrybava said she would like the European Union to add the judges who have "
        "convicted reporters to its sanctions lists."
    )
    assert not _sanctions(text)
    # (a power that went further and added them took a measure)
    text = "News. The United States went further and added the judges to its sanctions list."
    assert {a for a, _, _ in _sanctions(text)} == {"imposed"}


def test_a_second_target_the_power_placed_under_restrictions_with_its_own_date() -> None:
    text = (
        "Sanctions news 2024. The United States has had sanctions on the refinery Naftan since "
        "August 2021 and placed the tyre maker Belshina under restrictions in August 2023."
    )
    assert _sanctions(text) == {
        ("imposed", "Naftan", "2021-08"),
        ("imposed", "Belshina", "2023-08"),
    }


def test_a_second_target_to_which_measures_apply_in_place_since_a_date() -> None:
    text = (
        "Sanctions news 2024. The United States continues to apply sanctions to the refinery "
        "Naftan, imposed in August 2021, and to the tyre maker Belshina, in place since August "
        "2023."
    )
    assert _sanctions(text) == {
        ("imposed", "Naftan", "2021-08"),
        ("imposed", "Belshina", "2023-08"),
    }


def test_the_body_whose_press_service_speaks_is_the_speaker() -> None:
    text = (
        "News.\n\nWe sent questions to the judges. The press service of the Minsk City Court "
        'answered on their behalf: "Judges are independent."\n\nThe press office of the '
        'Supreme Court said in response that "judges do not give interviews."'
    )
    assert _quotes(text) == {
        "Judges are independent.": "Minsk City Court",
        "judges do not give interviews.": "Supreme Court",
    }
    # (a people's name after "of" is no body: "the press service of the Belarusian president")
    text = (
        'News.\n\n"The head of state has once again shown humanism," the press service of the '
        "Belarusian president said."
    )
    assert "Belarusian" not in _quotes(text).values()


def test_a_log_entry_label_is_who_a_later_pronoun_or_its_head_noun_means() -> None:
    text = (
        "HELP DESK LOG\n\n03.03, 18:20 — Pensioner, Hrodna region. Her grandson was detained at "
        'a bus stop. "They would not let me leave a coat for him," she said. The volunteer '
        "gave the number of a lawyer.\n\n07.03, 09:45 — Nephew of a prisoner in Orsha. He "
        'asked what a letter may contain. "Every page came back with black lines," the nephew '
        'said.\n\nC-17. Woman, 44, nurse, Slonim. Her daughter phones on Mondays. "Mum asks for '
        'socks," she said.\n\n- Retired teacher whose son is held in Polatsk. Asked how to send '
        'books. "He reads everything twice," she explained.'
    )
    assert _quotes(text) == {
        "They would not let me leave a coat for him": "Pensioner, Hrodna region",
        "Every page came back with black lines": "Nephew of a prisoner in Orsha",
        "Mum asks for socks": "Her daughter",
        "He reads everything twice": "Retired teacher",
    }
    # (a plain paragraph that opens with a description is no entry's label)
    text = 'News.\n\nMan, the river was high. "We waited," he said, Ales Byalou recalled.'
    assert "Man" not in str(_quotes(text).values())


def test_a_description_in_his_or_her_decade_of_life_is_kept_whole() -> None:
    text = (
        "News.\n\nA released woman in her sixties spoke to our caseworker. "
        '"The first week I only slept," she said.'
    )
    assert _quotes(text) == {"The first week I only slept": "released woman in her sixties"}


def test_kin_opening_a_sentence_in_a_case_note_is_who_the_later_pronoun_means() -> None:
    text = (
        "Case notes\n\nR-31. Woman, 52, teacher, released in March. Her son, who lives in "
        'Gdańsk, drove to the border to meet her. "She looked smaller," he told us.\n\nR-40. '
        'Man, 29, courier. His mother calls every week. "They moved him again," she said.'
    )
    assert _quotes(text) == {"She looked smaller": "Her son", "They moved him again": "His mother"}


def test_a_description_whose_noun_is_of_the_other_sex_is_not_who_the_pronoun_means() -> None:
    text = (
        "What relatives told us\n\nThe son of one pardoned woman, a bus driver from Pinsk, "
        'wrote to us in June. "She keeps the lights on all night now," he said.'
    )
    assert _quotes(text).get("She keeps the lights on all night now") != "pardoned woman"


def test_a_role_in_brackets_after_a_label_in_capitals_is_not_part_of_the_name() -> None:
    text = (
        "Investor day\n\nELISE MARTIN (CEO): On leasing, no. I said this to the board and I will "
        'say it to you: "We do not go back while the listing stands." That is final.\n\nTOM REED '
        '(Harbor Capital): Clear. I wrote to the board: "We want the lease back."'
    )
    assert _quotes(text) == {
        "We do not go back while the listing stands.": "Elise Martin",
        "We want the lease back.": "Tom Reed",
    }


def test_words_the_speaker_of_a_turn_says_they_said_are_theirs() -> None:
    # (the label on a line of its own above the turn's words)
    text = (
        "Results call\n\nPaolo Renzi – Chief Financial Officer\nMargins held up. I said to the "
        'finance team in May, and I will repeat it here, "A cheap tonne is not a safe tonne." '
        "We keep that.\n\nAnna Kowal – Baltic Equity\nUnderstood."
    )
    assert _quotes(text) == {"A cheap tonne is not a safe tonne.": "Paolo Renzi"}
    # (an adverb of habit before the verb; a dash before the words)
    text = (
        'Results call\n\nPaolo Renzi: Margins held up. I always say to the team: "A cheap '
        'tonne is not a safe tonne." We keep that.\n\nMARTA SOLE: I told my staff then – and '
        'it is in the memo – "Do not lease the wagon." That stands.'
    )
    assert _quotes(text) == {
        "A cheap tonne is not a safe tonne.": "Paolo Renzi",
        "Do not lease the wagon.": "Marta Sole",
    }


def test_measures_told_as_standing_by_what_they_do_or_where_they_are() -> None:
    day = dt.date(2025, 3, 14)
    text = (
        "Quarterly call on sanctions.\n\nThe American, Canadian and British sanctions on Naftan "
        "remain exactly where they were.\n\nThe EU restrictions on Belarusian timber mean that "
        "our mills buy elsewhere."
    )
    found = {(c.target, c.imposer) for c in extract_claims(text, day) if isinstance(c, Sanction)}
    assert found == {
        ("Naftan", "United States"),
        ("Naftan", "Canada"),
        ("Naftan", "United Kingdom"),
        ("Belarusian timber", "European Union"),
    }
    # (not what a call asks powers to keep doing)
    text = (
        "Report on sanctions.\n\nThe expert spoke of the effect of broad economic measures on "
        "ordinary workers, and urged states to keep their sanctions targeted."
    )
    assert _sanctions(text, day) == set()


def test_a_power_ending_the_transit_of_goods_imposes_a_measure_on_it() -> None:
    text = (
        "Call on sanctions.\n\nLatvia ended the transit of Belarusian timber in February 2022. "
        "Estonia shut the rail transit to Narva at the start of March, so the corridor closed."
    )
    assert _sanctions(text, dt.date(2025, 3, 14)) == {
        ("imposed", "transit of Belarusian timber", "2022-02"),
        ("imposed", "rail transit to Narva", "2025-03"),
    }


def test_a_description_keeps_how_long_the_person_was_held() -> None:
    text = 'Notes\n\nA woman released after three years said: "Sleep. Then find my sister."'
    assert _quotes(text) == {"Sleep. Then find my sister.": "woman released after three years"}
    text = (
        "Notes\n\nA man freed after more than two years spoke to our volunteers. "
        '"I counted the days," he said.'
    )
    assert _quotes(text) == {"I counted the days": "man freed after more than two years"}


def test_a_log_entry_label_ends_before_a_clause_of_its_own_and_gives_no_words_a_term() -> None:
    text = (
        "Case notes\n\nSD-31 — Woman, 51, pardoned in May, left Belarus with only a bag. Needs "
        'shoes and, in her words, "a quiet room with a door that locks".\n\nSD-34 — Man, 60, '
        "pardoned in June after signing a petition. He told his caseworker he was ashamed. "
        '"I signed so I could see my son," he said.\n\n16.12 — Wife of a prisoner in Orsha. '
        'She asked whether there is a "second list". The volunteer had no news.'
    )
    assert _quotes(text) == {
        "a quiet room with a door that locks": "Woman, 51, pardoned in May",
        "I signed so I could see my son": "Man, 60, pardoned in June",
    }


def test_her_means_the_one_her_own_sentence_names_whatever_her_given_name_tells() -> None:
    text = (
        "Call\n\nMaria Kalesnikava was freed in December.\n\nKRISTIAN AAS: No. I spoke this "
        "morning to Ingvild Sandvik, who runs our Brussels office, and her read was: "
        '"Nobody is in a hurry." We agree.'
    )
    assert _quotes(text) == {"Nobody is in a hurry.": "Ingvild Sandvik"}


def test_a_second_measure_told_between_a_measure_and_what_holds_it() -> None:
    text = (
        "Investor day on sanctions.\n\nOur Irish arm is bound: the EU measures against "
        "Belavia, and the wider EU ban on leasing aircraft to Belarusian operators, are still "
        "in force."
    )
    found = _sanctions(text, dt.date(2026, 2, 10))
    assert ("imposed", "Belavia", None) in {(a, t, None) for a, t, _ in found}
    # (the second measure is no item of the first one's list of targets)
    assert not any("wider" in target for _, target, _ in found)


def test_a_power_adding_targets_to_its_list_named_by_its_own_name() -> None:
    text = (
        "Call on sanctions\n\nOttawa added a group of Belarusian entities and officials to "
        "Canada's list.\n\nViasna added 25 names to Viasna's list of political prisoners."
    )
    found = {(c.target, c.imposer) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert found == {("Belarusian entities and officials", "Canada")}


def test_what_i_said_in_a_members_newsletter_is_the_members() -> None:
    text = (
        "LETTER FROM THE CHAMBER\nAnna Lindahl MEP  |  Stockholm\nIssue 4  |  March 2024\n"
        "=========\n\nDear readers,\n\nI had two minutes in plenary. For the record, this is what "
        'I said:\n\n"The door to Europe is open to the people, not to the regime\'s money."\n\n'
        'Later a journalist asked me about it. "I meant every word," I told him.'
    )
    assert _quotes(text) == {
        "The door to Europe is open to the people, not to the regime's money.": "Anna Lindahl",
        "I meant every word": "Anna Lindahl",
    }
    text = (
        "THE WEEKLY REPORT\nNews from Congressman Tom Barlow\nMay 2024\n\nFolks,\n\nAs I said "
        'on the floor: "Fertilizer money should not pay for prisons."'
    )
    assert _quotes(text) == {"Fertilizer money should not pay for prisons.": "Tom Barlow"}


def test_a_place_named_as_an_area_is_no_one_a_pronoun_means() -> None:
    text = (
        "Newsletter\n\nShe handed me a list of 40 names, all with relatives in the Greater "
        "Toronto Area.\n\nAnother member of the society spoke after her. Visits, he said, are a "
        'privilege now. "You write into silence," he said.'
    )
    assert _quotes(text).get("You write into silence") != "Greater Toronto Area"


def test_she_means_the_one_named_after_her_role_as_the_sentence_before_opens() -> None:
    text = (
        "Report\n\nMaria Kalesnikava was freed in December.\n\nThe Network's coordinator, "
        'Élodie Marchal, closed the session. "The role-play was short," she said.\n\n'
        "Humanitarian cell. Its lead, Morag Kinnear, opened the hotwash with a warning. "
        '"Nobody planned a reception," she said.'
    )
    assert _quotes(text) == {
        "The role-play was short": "Élodie Marchal",
        "Nobody planned a reception": "Morag Kinnear",
    }


def test_a_relief_of_measures_named_by_their_target_before_the_noun() -> None:
    text = (
        "Sanctions record\n\nWashington imposed sanctions on Naftan in August 2021. It eased "
        "the Naftan measures in September 2025 and lifted them entirely in November.\n\nIn "
        "March the EU widened its Belarus measures."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert found == {("imposed", "Naftan"), ("eased", "Naftan"), ("lifted", "Naftan")}


def test_powers_that_respond_with_measures_in_a_scenarios_present() -> None:
    text = (
        "Scenarios on sanctions\n\nScenario A. The number of political prisoners passes 1,500 "
        "by the autumn. The UK and Canada respond with sanctions on Belarusian state banks."
    )
    found = {(c.target, c.imposer) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert found == {
        ("Belarusian state banks", "United Kingdom"),
        ("Belarusian state banks", "Canada"),
    }


def test_a_meetings_office_is_the_one_its_list_of_those_present_names() -> None:
    text = (
        "MINUTES OF THE BOARD\n\nPresent: Alena Sakalouskaya (Chair), Richard Hale (Treasurer), "
        "Dr Oleg Tamashevich\n\n1. Plans\nThe Chair asked the trustees to take that scenario "
        'seriously. "We have planned for tens," she said.\n\n2. Money\nThe Treasurer said: "We '
        'have enough until May."\n\n3. Close\n"Thank you all," the Chair said.'
    )
    assert _quotes(text) == {
        "We have planned for tens": "Alena Sakalouskaya",
        "We have enough until May.": "Richard Hale",
        "Thank you all": "Alena Sakalouskaya",
    }


def test_a_note_on_an_official_paper_is_its_authors() -> None:
    text = (
        "SUBMISSION\nTo: Minister for Europe\n\n6. That the Minister agrees officials should "
        "finalise evidence packages.\n\nMinister's annotation (manuscript), 11 January 2021: "
        '"Agreed. Move with Ottawa."\n\nComment by Andrea Zurbuchen, Head of Section: "No '
        'change for now."\n\nVice-Minister\'s resolution (handwritten): "Prepare the draft."'
    )
    assert _quotes(text) == {
        "Agreed. Move with Ottawa.": "Minister for Europe",
        "No change for now.": "Andrea Zurbuchen",
        "Prepare the draft.": "Vice-Minister",
    }


def test_a_pronoun_means_the_unnamed_trader_or_the_firms_officer_a_sentence_opens_with() -> None:
    text = (
        "Our head of payments, Anna Berzina, said the bank would keep checking transfers. "
        '"We look at every payment," Berzina said.\n\nA furniture importer in Gdańsk who buys '
        'through our branch welcomed the news. "We lost two years of orders," he said.\n\nThe '
        "finance manager of a Vilnius printing firm with a plant near Hrodna put it bluntly. "
        '"Every transfer takes a phone call," she said.\n\nA former prisoner, released in 2023 '
        'and now a volunteer, opened the first appeal. "I came out with nothing," she wrote.\n\n'
        "One of them, a translator in Riga who asked that we use only her first name, Olena, "
        'said more. "It was not true," she wrote.'
    )
    assert _quotes(text) == {
        "We look at every payment": "Anna Berzina",
        "We lost two years of orders": "furniture importer in Gdańsk",
        "Every transfer takes a phone call": "finance manager of a Vilnius printing firm",
        "I came out with nothing": "former prisoner released in 2023",
        "It was not true": "Olena",
    }


def test_an_unnamed_speaker_is_the_description_set_after_the_comma() -> None:
    text = (
        "Our head of payments, Anna Berzina, said the bank would keep checking transfers. "
        '"We look at every payment," Berzina said.\n\nOne customer, the owner of a Riga bakery '
        'who asked not to be named, told us that the checks were "a price worth paying".\n\n'
        "A long-standing client, a retired teacher with family in Brest, wrote to us in May: "
        '"The forms are long, but the staff are kind."\n\nOne, a software developer in Leeds '
        'whose uncle was freed in June, told us: "He called the same night."'
    )
    assert _quotes(text) == {
        "We look at every payment": "Anna Berzina",
        "a price worth paying": "owner of a Riga bakery",
        "The forms are long, but the staff are kind.": "retired teacher with family in Brest",
        "He called the same night.": "software developer in Leeds",
    }


def test_the_parts_after_a_colon_break_down_the_count_before_it() -> None:
    text = (
        "According to Viasna, 1,204 people were held as political prisoners in Belarus on 2 "
        "May 2024: 1,041 men and 162 women. On 3 July, 14 men and 2 women were pardoned."
    )
    found = {(c.measure, c.value) for c in extract_claims(text) if isinstance(c, Figure)}
    assert found == {("political_prisoners_held", 1204), ("prisoners_released", 16)}


def test_words_a_possessives_piece_said_after_them_are_its_owners() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nAles Mikhalevich, the lawyer who has "
        'followed the trials, sent a message to the meeting. "The courts have learned to work '
        'quietly," his message said. "We must not."'
    )
    assert _quotes(text) == {
        "The courts have learned to work quietly": "Ales Mikhalevich",
        "We must not.": "Ales Mikhalevich",
    }


def test_a_warder_the_text_described_speaks_as_the_warder() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nHe recalled the day a warder took "
        'him to the gate. "You will come back," the warder told him.'
    )
    assert _quotes(text) == {"You will come back": "warder"}


def test_lines_printed_from_a_note_sent_to_a_body_are_its_senders() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nDarya Lapko, who studies law in "
        "Kraków, sent the committee a short note when she heard the news. With her permission "
        'we print a few lines of it here: "My father will read this in a censored letter."'
    )
    assert _quotes(text) == {"My father will read this in a censored letter.": "Darya Lapko"}


def test_a_subject_after_a_lead_clause_on_a_question_speaks_next() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nMr Kurbatau, asked what he thought of "
        'the deal, did not hesitate. "It was a bad bargain," he said.\n\nOn whether the refusal '
        'was brave, he was plain. "Brave? No. He was being stubborn, and he knew it."'
    )
    assert _quotes(text) == {
        "It was a bad bargain": "Kurbatau",
        "Brave? No. He was being stubborn, and he knew it.": "Kurbatau",
    }


def test_a_count_with_its_parts_in_brackets_keeps_its_verb_and_date() -> None:
    text = (
        "Figures\n\n- 42 political prisoners (19 women, 23 men) were pardoned on 3 March 2024. "
        "Most had served half their terms."
    )
    found = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert found == {("prisoners_released", 42, "2024-03-03")}


def test_a_fact_boxs_row_may_give_its_count_before_a_colon() -> None:
    text = (
        "THE YEAR IN FIGURES\n\n1,187: political prisoners recognised by Viasna on 1 March 2023\n"
        "Pardons: few\n"
    )
    found = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert found == {("political_prisoners_held", 1187, "2023-03-01")}


def test_targets_an_aside_tells_are_both_under_a_powers_sanctions() -> None:
    text = (
        "Sanctions matter. We refuse payments to Grodno Azot or Belshina, both under US "
        "sanctions, and we check every other transfer. Russian or Belarusian persons on the "
        "list are refused too."
    )
    found = {
        (c.action, c.target, c.imposer) for c in extract_claims(text) if isinstance(c, Sanction)
    }
    assert found == {
        ("imposed", "Grodno Azot", "United States"),
        ("imposed", "Belshina", "United States"),
    }


def test_finnish_mens_names_in_a_are_mens() -> None:
    text = (
        "Alexander Lukashenko pardoned 30 people in July.\n\nOur head of risk, Pekka Laine, "
        'accepted the point but not the conclusion. "The check is the control," he said.'
    )
    assert _quotes(text) == {"The check is the control": "Pekka Laine"}


def test_a_description_ends_before_what_is_said_of_the_firm_and_keeps_where_its_based() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nThe HR director of a Brno foundry that "
        'employs about thirty Belarusian welders said the checks had calmed her staff. "They '
        'worry every day," she said.\n\nOne of them, a broker based in the Gulf whose firm sells '
        'old engines, confirmed the interest. "We have been here before," he said.'
    )
    assert _quotes(text) == {
        "They worry every day": "HR director of a Brno foundry",
        "We have been here before": "broker based in the Gulf",
    }


def test_a_long_question_put_before_the_subject_leaves_the_subject() -> None:
    text = (
        "The prize went to Maryia Sabaleuskaya, a former teacher from Barysau, and to Olga "
        "Pratasevich.\n\nLater, asked by a reporter whether she had hesitated for long before "
        'accepting a prize in her own name, Sabaleuskaya paused.\n\n"Yes. Because the women '
        'still inside cannot say yes. So I said yes for them."'
    )
    assert _quotes(text) == {
        "Yes. Because the women still inside cannot say yes. So I said yes for them.": (
            "Maryia Sabaleuskaya"
        )
    }


def test_the_count_of_a_days_releases_is_a_release() -> None:
    text = (
        "Fifty-two were named on the list. One refused to leave. So the number of that week's "
        "releases, counted properly, is 37."
    )
    found = {(c.measure, c.value) for c in extract_claims(text) if isinstance(c, Figure)}
    assert ("prisoners_released", 37) in found
    assert ("political_prisoners_held", 37) not in found


def test_a_timelines_numbered_rows_tell_reliefs_by_participle() -> None:
    text = (
        "In 2025 Washington took three steps on sanctions:\n\n  1. September 11 - sanctions on "
        "the state airline Belavia eased, allowing spare parts.\n  2. November - the remaining "
        "US sanctions on Belavia lifted.\n  3. December 13 - sanctions on Belarusian potash "
        "lifted."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert {
        ("eased", "Belavia"),
        ("lifted", "Belavia"),
        ("lifted", "Belarusian potash"),
    } <= found


def test_a_pronoun_goes_on_meaning_the_unnamed_person_it_meant() -> None:
    text = (
        "The bank works with Tomasz Wierzbicki, its head of trade finance.\n\nThe owner of a "
        'small bakery in Sokolka described the change calmly. "We do not go east any more," '
        'she said.\n\nShe added that she had no quarrel with the bank: "The bank did not write '
        'the sanctions."'
    )
    assert _quotes(text) == {
        "We do not go east any more": "owner of a small bakery in Sokolka",
        "The bank did not write the sanctions.": "owner of a small bakery in Sokolka",
    }


def test_a_description_with_a_whose_clause_speaks_not_the_noun_inside_it() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nA customer in Tartu whose mother is "
        'serving a sentence in Homel wrote to our helpdesk:\n\n"I only want to know that the '
        'money arrives."'
    )
    assert _quotes(text) == {"I only want to know that the money arrives.": "customer in Tartu"}


def test_one_described_after_a_comma_speaks_without_their_relative_clause() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nOne, a London software developer whose "
        'uncle was among those freed in June and taken to Ukraine, told us:\n\n"He called from '
        'Chernihiv on Christmas Eve."'
    )
    assert _quotes(text) == {
        "He called from Chernihiv on Christmas Eve.": "London software developer"
    }


def test_a_lists_relative_clause_tells_whom_it_includes() -> None:
    text = (
        "Sanctions matter. Those banks apply the US lists, which include Belshina, the tyre "
        "maker (since August 2021)."
    )
    assert ("imposed", "Belshina", "2021-08") in _sanctions(text)


def test_targets_named_as_examples_of_those_a_power_designated() -> None:
    text = (
        "Sanctions matter. Remittances involving parties designated by the United States, such "
        "as Grodno Azot and Belshina, may be refused. We cannot route dollars for "
        "US-designated Belarusian entities, such as the refinery Naftan. Companies like Belinvestbank "
        "have lost customers."
    )
    found = {(a, t) for a, t, _ in _sanctions(text)}
    assert found == {("imposed", "Grodno Azot"), ("imposed", "Belshina"), ("imposed", "Naftan")}


def test_measures_in_force_named_by_one_of_their_targets() -> None:
    text = (
        "Sanctions matter. Dollar payments are not possible: US sanctions, including those on "
        "the tyre maker Belshina, deter American banks."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "Belshina")}


def test_measures_that_continue_in_full_and_a_ban_on_carrying_goods() -> None:
    text = (
        "Sanctions matter. The EU sanctions on Belavia continue in full. Since 2022 the EU has "
        "prohibited Belarusian road transport companies from carrying goods on its territory."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belavia"),
        ("imposed", "Belarusian road transport companies"),
    }


def test_a_plain_noun_keeps_the_whose_clause_that_tells_who_she_is() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nA woman whose husband is serving an "
        'eight-year term wrote to us after the list came out: "I looked for his name twice."'
    )
    assert _quotes(text) == {
        "I looked for his name twice.": "woman whose husband is serving an eight-year term"
    }


def test_words_a_catalogue_entry_quotes_are_its_items_writers_or_speakers() -> None:
    text = (
        "COLLECTION GUIDE: Letters from detention\n\nSeries 1 holds letters from prisoners.\n\n"
        "Box 2, Folder 4. Letter, Mikita Zhuk to Olga Zhuk, 3 March 2021. 1 leaf, pencil. "
        'Includes the line: "They give us soup that remembers a potato."\n\nRB/07\n'
        "Interviewee:  Dzianis Karp (b. 1979), electrician\nRecorded:     4 May 2023, Kaunas\n"
        'Excerpt:      "I learned the names of every guard."\n\nTrack 05 (31 min). Father of a '
        "jailed student, Gdańsk, 2 June 2022. Summary: the last visit. Excerpt from the "
        'transcript: "He asked me to bring his glasses."'
    )
    assert _quotes(text) == {
        "They give us soup that remembers a potato.": "Mikita Zhuk",
        "I learned the names of every guard.": "Dzianis Karp",
        "He asked me to bring his glasses.": "Father of a jailed student",
    }


def test_a_records_role_told_alone_is_the_one_its_fields_name_with_it() -> None:
    text = (
        "Identifier:   SAU-0419-051\nTitle:        [Potash cartoon]\nCreator:      Ales "
        "Vabishchevich (artist), London\nNotes:        The artist told the Library by e-mail: "
        '"I drew it the week the sanctions came."'
    )
    assert _quotes(text) == {"I drew it the week the sanctions came.": "Ales Vabishchevich"}


def test_a_measure_on_its_target_told_when_it_was_imposed_in_an_aside() -> None:
    text = (
        "Sanctions matter. A handbill refers to the sanctions imposed that month by the United "
        "States on Belshina, the tyre maker, and urges readers to write. Posters refer to the "
        "American sanctions on Grodno Azot, the fertiliser maker, imposed that August. The EU's "
        "new round of restrictions on Belarus, adopted on 29 June, closes loopholes."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Belshina"),
        ("imposed", "Grodno Azot"),
    }


def test_a_hard_wrapped_text_with_a_few_overlong_lines_is_still_unwrapped() -> None:
    lines = [
        "GRUENWALD LIBRARY FOUNDATION - ANNUAL ACQUISITIONS REPORT 2025 - SPECIAL COLLECTIONS AND "
        "ARCHIVES - BELARUS HOLDINGS",
        "",
        "The foundation added four collections on Belarus this year, from donors in three cities,",
        "and it expects more of them as families send what they kept from",
        "the years of arrests, trials and releases that the catalogue below describes item by",
        "item, with the letters, posters and recordings that the donors chose to give to us.",
        "",
        "The figures that frame these acquisitions come from the year-end review by Viasna. At 31",
        "December 2025 the group counted 1,131 political prisoners, 167 of them women. It recognised",
        "509 new political prisoners during 2025, and has recognised 4,339 people in total since",
        "May 2020, most of them sentenced after the protests that followed the election of",
        "that year, and many of them still held in the colonies of the country's east and south.",
        "",
        "Each item is described below with its date, its donor and the words it holds, as far",
        "as the donors allowed us to publish them in this report and in the online catalogue.",
        "",
        "COLLECTIONS RECEIVED IN 2025: LETTERS FROM DETENTION; POSTERS AND STICKERS; ORAL HISTORY "
        "RECORDINGS; WEB ARCHIVE SEEDS",
        "",
        "The letters came from two families whose sons were held in the colonies of the east,",
        "and the posters from a group of students who printed them in a flat in the old town of",
        "the capital during the first winter, before most of the group left for the west.",
        "",
        "GRUENWALD LIBRARY FOUNDATION - ANNUAL ACQUISITIONS REPORT 2025 - PAGE 2 OF 14 - "
        "SPECIAL COLLECTIONS AND ARCHIVES",
    ]
    text = "\n".join(lines)
    unwrapped = unwrap_lines(text)
    assert len(unwrapped) == len(text)
    assert "It recognised 509 new political prisoners during 2025" in unwrapped
    assert "\n\nEach item" in unwrapped  # (a paragraph's end stays one)


def test_one_who_was_quoted_in_a_piece_speaks_not_the_pieces_author() -> None:
    text = (
        "The Cabinet appealed to the diaspora. Its representative Olga Zazulinskaya was quoted in "
        'the appeal: "Freedom arrives with a bill."'
    )
    assert _quotes(text) == {"Freedom arrives with a bill.": "Olga Zazulinskaya"}


def test_a_body_by_its_noun_is_the_one_a_title_line_in_capitals_names() -> None:
    text = (
        "VILNIUS CENTRE FOR CIVIC STUDIES\nInterim report No. 2\n\nThe Centre monitored the "
        'campaign from Vilnius.\n\n"The vote will produce the result they choose," the Centre '
        "concluded in its briefing."
    )
    assert _quotes(text) == {
        "The vote will produce the result they choose": "Vilnius Centre for Civic Studies"
    }


def test_a_description_keeps_where_or_when_the_one_described_was_freed() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening. Viktor Sosna spoke next.\n\nA Network "
        'member who was deported to Poland in June described the first days. "You walk out '
        'and you know no one," he said.\n\nA former observer who was released in 2023 after her '
        "full term told the panel that she had refused to sign. She refused again later. "
        '"They laughed at me," she recalled.'
    )
    assert _quotes(text) == {
        "You walk out and you know no one": "Network member who was deported to Poland",
        "They laughed at me": "former observer who was released in 2023",
    }


def test_a_dated_lists_later_rows_count_what_its_first_row_names() -> None:
    text = (
        "The panel relies on the counts of the Viasna human rights centre:\n\n- 31 December "
        "2020: 169 political prisoners\n- 31 December 2022: 1,446\n- 29 December 2024: 1,265\n\n"
        "Arrests went on:\n\n- 12 March 2023: 14\n"
    )
    found = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert found == {
        ("political_prisoners_held", 169, "2020-12-31"),
        ("political_prisoners_held", 1446, "2022-12-31"),
        ("political_prisoners_held", 1265, "2024-12-29"),
    }


def test_a_talk_pages_signatures_speak_none_of_the_words_it_quotes() -> None:
    text = (
        "== Freedom House figure ==\n\nAdded their number in Background. Brahin Bureau (talk) "
        "08:30, 9 August 2024 (UTC)\n\n:Support. The same Freedom House piece notes roughly 25 "
        'newly recognised. It has a memorable line on it: "A door that opens at one end while '
        "another slams is not a thaw.\" I'd paraphrase. Ashmyany Annotator (talk) 09:15, 9 "
        "August 2024 (UTC)\n"
    )
    speakers = _quotes(text)
    assert "Brahin Bureau" not in speakers.values()
    assert "Ashmyany Annotator" not in speakers.values()


def test_one_quoted_by_an_outlet_in_an_aside_speaks_not_the_outlet() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\nThere is a line from a colleague in the "
        'Prague newsroom, Kamila Navratil, quoted by the Central European Media Review: "The '
        'first thing he asked was whether his byline was still on the website."'
    )
    assert _quotes(text) == {
        "The first thing he asked was whether his byline was still on the website.": (
            "Kamila Navratil"
        )
    }


def test_a_piece_that_reads_in_part_gives_its_senders_words() -> None:
    text = (
        "Our chair, Anna Berzina, opened the evening.\n\n:Right. One source does: Viasna's letter "
        'that evening. It reads, in part: "Sixteen families got their people back today."'
    )
    assert _quotes(text) == {"Sixteen families got their people back today.": "Viasna"}


def test_a_given_name_told_as_one_of_a_groups_people_is_a_person() -> None:
    text = (
        "TALLINN POSTAL CIRCLE\n\nOur chair Kadri Tamm thanked the writers.\n\nMarten, one of "
        'our longest-serving writers, had exactly this happen in August. "I kept the last '
        'letter I never sent," he said at the December evening.'
    )
    assert _quotes(text) == {"I kept the last letter I never sent": "Marten"}


def test_a_wiki_tables_markup_parts_its_rows_without_ending_the_table() -> None:
    text = (
        "== Releases by year ==\n"
        '{| class="wikitable sortable"\n'
        "! Date !! Released !! Source\n|-\n"
        "| 11 Sep 2025 || 52 || State Department\n|-\n"
        "| 13 Dec 2025 || 123 || Viasna\n|}\n"
        "Counts are of people freed in each batch."
    )
    dated = {(c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert dated == {(52, "2025-09-11"), (123, "2025-12-13")}


def test_a_measure_in_force_told_by_when_it_came_in() -> None:
    text = (
        "Sanctions.\n\n"
        "The chapter on the airline needs one fix: London's restrictions on Belavia came in "
        "June 2021, not May."
    )
    assert _sanctions(text) == {("imposed", "Belavia", "2021-06")}


def test_a_designation_with_its_power_named_before_its_target() -> None:
    text = "Sanctions.\n\nThe UK Naftan designation dates from March 2022."
    found = {(c.target, c.imposer, c.date) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert found == {("Naftan", "United Kingdom", "2022-03")}


def test_goods_under_a_measure_in_a_that_clause_after_another() -> None:
    text = (
        "Sanctions.\n\n"
        "The filings say that Grodno Azot has been under EU sanctions since June 2021 and that "
        "potash has been under EU sanctions since June 2021 as well."
    )
    assert ("imposed", "potash", "2021-06") in _sanctions(text)


def test_a_verb_of_speech_in_a_relative_clause_before_the_one_quoted() -> None:
    text = (
        "The weekly digest ran long this time.\n\nThe same report quotes a lawyer who advises "
        'families, Tomas Liepa: "Most of them need months before they sleep through the night."'
    )
    assert _quotes(text) == {
        "Most of them need months before they sleep through the night.": "Tomas Liepa"
    }


def test_the_line_that_came_from_one_named_with_a_role_before_the_colon() -> None:
    came = (
        "The weekly digest ran long this time.\n\nThe ministry line came from spokesman Pavel "
        'Dranko: "Everyone who asked for clemency received it."'
    )
    this_one = (
        "The weekly digest ran long this time.\n\nThe ministry line used in the coverage is this "
        'one, from spokesman Pavel Dranko: "Everyone who asked for clemency received it."'
    )
    for text in (came, this_one):
        assert _quotes(text) == {"Everyone who asked for clemency received it.": "Pavel Dranko"}


def test_one_a_piece_has_or_quotes_by_description_is_whom_he_then_means() -> None:
    text = (
        "The weekly digest ran long this time. Donald Trump called it a great deal.\n\n"
        "The same article has a former prisoner, freed in July and flown to Vilnius, who "
        'disagrees with that framing. "I was never a coin to be traded," he says.'
    )
    assert _quotes(text) == {"I was never a coin to be traded": "former prisoner freed in July"}


def test_its_director_is_the_director_of_the_body_a_sentence_before_opens_with() -> None:
    text = (
        "The weekly digest ran long this time.\n\nThe Riga-based Baltic Media Watch called the "
        "arrest a warning to the EU. Worth a line. Its director put it this way in the release: "
        '"Nobody in the newsroom thinks this is the last one."'
    )
    assert _quotes(text) == {
        "Nobody in the newsroom thinks this is the last one.": "director of Baltic Media Watch"
    }


def test_a_rule_of_dashes_and_pluses_under_a_header_ends_no_table() -> None:
    text = (
        "Handbook, section 2\n\n"
        "  Date              | Political prisoners (Viasna) | Note\n"
        "  ------------------+------------------------------+---------------------------\n"
        "  1 June 2021       | 460                          | 38 newly recognised in May\n"
        "  1 June 2022       | 1,200                        |\n"
    )
    dated = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert ("political_prisoners_held", 460, "2021-06-01") in dated
    assert ("political_prisoners_held", 1200, "2022-06-01") in dated
    # (a count in a note's cell after the row's own is read as prose)
    assert any(c[:2] == ("prisoners_designated", 38) for c in dated)


def test_a_paragraph_telling_of_a_piece_from_one_described_gives_whose_words_follow() -> None:
    base = "Our newsletter, winter issue. Anna Berg chairs the group.\n\n"
    arrived = (
        base + "A reply arrived in March from a man held in the colony at Horki, the first from "
        'there in a year. He let us quote it.\n\n"Your card about the harbour came with three '
        'others," he wrote.'
    )
    sent = (
        base + "The mother of a prisoner in Mahiliou, who gets our letters through a lawyer, "
        'sent a message on Friday. She said we could print it.\n\n"He reads every card twice," '
        "she wrote."
    )
    assert _quotes(arrived) == {
        "Your card about the harbour came with three others": "man held in the colony at Horki"
    }
    assert _quotes(sent) == {"He reads every card twice": "mother of a prisoner in Mahiliou"}
    # (a pronoun the description does not fit means someone else)
    other = arrived.replace("he wrote", "she wrote")
    assert _quotes(other) == {"Your card about the harbour came with three others": "Anna Berg"}


def test_the_kin_of_one_described_is_the_one_who_speaks() -> None:
    text = (
        "Our newsletter, winter issue. Anna Berg chairs the group.\n\n"
        "The sister of a teacher in Horki told our volunteers she had been called twice. "
        '"He is thinner but calm," she said.'
    )
    held = text.replace("a teacher in Horki", "a man held in Horki")
    assert _quotes(text) == {"He is thinner but calm": "sister of a teacher in Horki"}
    assert _quotes(held) == {"He is thinner but calm": "sister of a man held in Horki"}


def test_a_measure_asked_for_in_a_that_clause_or_by_a_gerund_after_a_comma_is_none() -> None:
    that = (
        "Sanctions notes.\n\nSome members have written to their senators asking that the "
        "United States add the prison officials responsible for conditions to its sanctions list."
    )
    including = (
        "Sanctions notes.\n\nThe group co-signed an appeal asking the European Union to keep "
        "pressure on the officials who run the colonies, including by adding the governor of the "
        "Hlybokaye colony to its sanctions list."
    )
    assert _sanctions(that) == set()
    assert _sanctions(including) == set()


def test_since_when_alone_between_commas_is_no_target() -> None:
    text = (
        "Sanctions notes.\n\nThe United States has sanctioned Naftan, the state refinery, since "
        "2021, and the airline Belavia since 2023."
    )
    assert _sanctions(text) == {("imposed", "Naftan", "2021"), ("imposed", "Belavia", "2023")}


def test_a_monitors_own_number_told_by_its_name_alone_is_of_those_held() -> None:
    texts = (
        "Political prisoners in Belarus: talk.\n\nThe last solid number we have is Viasna's 460 "
        "in June 2021.",
        "Political prisoners in Belarus: talk.\n\nFor the stock figure we have AP citing Viasna "
        "at 1,212 on 3 March 2025.",
        "Political prisoners in Belarus: talk.\n\nFor the total, Viasna published 1,212 on 3 "
        "March 2025.",
    )
    for text in texts:
        held = {c.value for c in extract_claims(text) if isinstance(c, Figure)}
        assert held & {460, 1212}, text
    # (a number whose kind follows it is that kind's)
    pardoned = (
        "Political prisoners in Belarus: talk.\n\nIn its annual review Viasna gives 227 as the "
        "total pardoned over the whole of 2024."
    )
    assert ("political_prisoners_held", 227) not in _figures(pardoned)


def test_a_wiki_sanctions_timeline_takes_its_power_from_the_line_above_its_markup() -> None:
    text = (
        "== Chronology table ==\n\nCleaned up the UK measures table. It now reads:\n\n"
        '{| class="wikitable"\n! Date !! Measure !! Action\n|-\n'
        "| March 2022 || Sanctions on Naftan || imposed\n|-\n"
        "| June 2024 || Restrictions on Belshina || imposed\n|}\n"
    )
    found = {(c.target, c.imposer, c.date) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert found == {
        ("Naftan", "United Kingdom", "2022-03"),
        ("Belshina", "United Kingdom", "2024-06"),
    }


def test_a_measure_named_by_its_year_its_power_and_its_target_before_the_noun() -> None:
    text = (
        "Sanctions.\n\nAnd the 2022 EU steel sanctions are still in force; worth one clause so "
        "readers do not assume everything was eased."
    )
    found = {(c.target, c.imposer, c.date) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert found == {("steel", "European Union", "2022")}


def test_words_after_a_sentence_opening_with_someones_remark_are_theirs() -> None:
    remark = (
        "Talk page.\n\nAgreed. Hrynko's remark to reporters is quoted widely: \"Nobody leaves "
        'this room unchanged." Put it in the main article.'
    )
    speech = (
        "Talk page.\n\nThe site paraphrases Pavel Latushka's speech at PACE. His speech also had "
        'a quotable line that the site reproduces: "Every release is real." Keep it.'
    )
    quoted = (
        "Talk page.\n\nAlso adding the Vilnius analyst the Neris Tribune quoted, Yana "
        'Stsiapanenka: "Every prisoner is now a bargaining chip." It is opinion.'
    )
    assert _quotes(remark) == {"Nobody leaves this room unchanged.": "Hrynko"}
    assert _quotes(speech) == {"Every release is real.": "Pavel Latushka"}
    assert _quotes(quoted) == {"Every prisoner is now a bargaining chip.": "Yana Stsiapanenka"}


def test_the_line_named_alone_after_a_sentence_telling_who_spoke() -> None:
    text = (
        "Talk page.\n\nFor Reactions, Ales Hrynko spoke to reporters in Riga that evening. The "
        'cleanest line: "We will keep the door open." Keep it.'
    )
    assert _quotes(text) == {"We will keep the door open.": "Ales Hrynko"}


def test_a_line_from_one_described_above_the_words_gives_whose_they_are() -> None:
    whose = (
        "IN THEIR OWN WORDS\n\nFrom a mother in Hrodna whose son has been in prison since 2022, "
        'received through our parcel contact in March:\n\n"Your cards are on the shelf above '
        'his bed now."'
    )
    possessive = (
        "Briefing notes. Anna Berg chairs the group.\n\nFrom a prisoner's wife in Mahiliou, "
        'received in May through a lawyer:\n"He reads every card twice."'
    )
    assert _quotes(whose) == {"Your cards are on the shelf above his bed now.": "mother in Hrodna"}
    assert _quotes(possessive) == {"He reads every card twice.": "prisoner's wife in Mahiliou"}
    # (a name given after the description is who it is)
    named = whose.replace("in Hrodna whose", "in our chat, Liudmila, whose")
    assert _quotes(named) == {"Your cards are on the shelf above his bed now.": "Liudmila"}


def test_a_count_discussed_in_conversations_is_no_caseload() -> None:
    text = (
        "A: There are reports that the envoy's talks in Minsk this month concern a large group "
        "of prisoners. The figure being discussed in those conversations is some 1,250 "
        "political prisoners in total. We do not know what will happen."
    )
    assert _figures(text) == {("political_prisoners_held", 1250)}


def test_a_designation_named_by_the_goods_it_lists() -> None:
    text = "Sanctions.\n\nThe UK potash designation dates from August 2021."
    found = {(c.target, c.imposer, c.date) for c in extract_claims(text) if isinstance(c, Sanction)}
    assert found == {("potash", "United Kingdom", "2021-08")}
    assert _sanctions("Sanctions.\n\nThe earlier designation dates from August 2021.") == set()


def test_an_indefinite_pronoun_is_no_speaker() -> None:
    text = (
        "Talk page.\n\nSomeone added that Lithuania 'put Belarusian judges on its sanctions "
        "list' in December. The source says no such thing.\n\nNobody writes \"you will be out "
        'soon" to be cruel.'
    )
    assert "Someone" not in _quotes(text).values()
    assert "Nobody" not in _quotes(text).values()


def test_a_count_whose_kind_is_asked_whether_is_no_count() -> None:
    asked = (
        "Release of Ukrainians.\n\nEditors have asked whether all 27 were political prisoners. "
        "The sources do not say that."
    )
    assert _figures(asked) == set()
    # (what was asked of a count told as a fact leaves the count)
    worth = (
        "Panel notes.\n\nAsked from the floor whether the 52 freed in September had been worth "
        "it, the speaker paused."
    )
    assert _figures(worth) == {("prisoners_released", 52)}


def test_a_labels_first_word_is_no_one_a_pronoun_means() -> None:
    text = (
        "TRAINING NOTES\n\nOur guest, Pavel Hrynko, released in May after a year, now lives in "
        "Vilnius. He spoke for half an hour. Main points:\n\n  - Letters came in batches.\n  - "
        'Stamps drew attention.\n\n"Write about ordinary things," he told the room.'
    )
    assert _quotes(text) == {"Write about ordinary things": "Pavel Hrynko"}


def test_a_list_after_a_question_asked_and_answered_reports_measures() -> None:
    text = (
        "Q6. Why?\n\nBut volunteers have asked, so here is where things stand:\n\n"
        "  - In March 2022 the United Kingdom placed Naftan, the state refinery, under sanctions.\n"
    )
    assert _sanctions(text) == {("imposed", "Naftan", "2022-03")}
    calls = text.replace("But volunteers have asked, so here is where things stand:", "We ask:")
    assert _sanctions(calls) == set()


def test_lithuanian_womens_surnames_written_without_their_marks_tell_a_woman() -> None:
    text = (
        "The clinic's year. Sviatlana Tsikhanouskaya visited in May.\n\nOur clinic director, Dr "
        "Aiste Jankute, believes the fund could change how long we can keep people in care. "
        '"At the moment we plan treatment around the money," she said.'
    )
    assert _quotes(text) == {"At the moment we plan treatment around the money": "Aiste Jankute"}


def test_a_speech_verb_before_its_described_and_named_subject_and_a_colon() -> None:
    text = (
        "The clinic's year. Donald Trump spoke of deals.\n\nFor member clinics it carries a "
        'practical lesson, argues our epidemiologist, Dr Tomas Liepa: "Plan with the larger '
        'number."'
    )
    assert _quotes(text) == {"Plan with the larger number.": "Tomas Liepa"}


def test_a_named_person_after_a_capitalised_role_word_speaks_in_a_participle_frame() -> None:
    text = (
        "Situation report. Donald Trump spoke of deals.\n\nTeam leader Dr Tomas Liepa, speaking "
        'from the reception point overnight: "Most of them did not know where they were going."'
    )
    assert _quotes(text) == {"Most of them did not know where they were going.": "Tomas Liepa"}


def test_a_target_dating_from_a_month_is_the_target_alone() -> None:
    text = (
        "Sanctions.\n\nThe US sanctions on the potash giant Belaruskali, imposed in 2021, and the "
        "US restrictions on Naftan dating from August 2023 remain in force."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Belaruskali", "Naftan"}


def test_a_numbered_timeline_of_dates_with_arrows_to_counts() -> None:
    text = (
        "SIX DATES\nA timeline of political prisoners in Belarus.\n\nAll the counts are "
        "Viasna's.\n\n1. 1 June 2021 → 460\nThe first summer.\n\n2. 1 June 2022 → 1,200\n"
        "A year later.\n"
    )
    dated = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert dated == {
        ("political_prisoners_held", 460, "2021-06-01"),
        ("political_prisoners_held", 1200, "2022-06-01"),
    }
    # (with no political prisoners named above, the counts are of nothing told)
    plain = text.replace("A timeline of political prisoners in Belarus.", "A timeline.")
    assert not [c for c in extract_claims(plain) if isinstance(c, Figure)]


def test_a_timeline_row_or_cell_tells_a_relief_without_its_auxiliary() -> None:
    text = (
        "Chronology of the refinery file.\n\n"
        "| 2 Mar 2026 | talks in Vilnius | Naftan sanctions eased |\n"
        "| 9 Jun 2026 | — | Remaining Naftan sanctions lifted |\n\n"
        "14 Jul 2026 — EU potash restrictions relaxed; 30 prisoners freed.\n"
    )
    found = {(a, t, i) for a, t, i, _ in _sanction_rows(text)}
    assert found == {
        ("eased", "Naftan", None),
        ("lifted", "Naftan", None),
        ("eased", "potash", "European Union"),
    }
    # (a measure's own noun in a cell is no target)
    assert _sanction_rows("Who acted.\n\n| United States | Sanctions lifted, 9 June 2026 |\n") == []


def test_a_timeline_in_the_present_tells_a_measure_taken() -> None:
    text = (
        "Chronology.\n\nMar 2022 - Naftan, the state refinery, comes under UK restrictions.\n\n"
        "Jun 2022 - Grodno Azot is placed under EU sanctions.\n"
    )
    assert {(a, t, i) for a, t, i, _ in _sanction_rows(text)} == {
        ("imposed", "Naftan", "United Kingdom"),
        ("imposed", "Grodno Azot", "European Union"),
    }


def test_a_relative_clause_puts_its_target_under_restrictions() -> None:
    text = "The refinery file. Our readers asked about Naftan, which Britain put under restrictions in 2022."
    assert _sanctions(text) == {("imposed", "Naftan", "2022")}


def test_a_verb_a_clause_follows_is_no_target_of_the_measure_after_it() -> None:
    text = "Readers ask whether the talks mean sanctions will be lifted, and we hope sanctions are eased."
    assert _sanctions(text) == set()


def test_a_count_cell_with_a_floor_or_a_note_after_a_comma() -> None:
    text = (
        "Exchanges.\n\n| Date | Envoy | Released | Measure |\n|---|---|---|---|\n"
        "| 3 Mar 2026 | Envoy in Minsk | at least 6, incl. two journalists | none |\n"
        "| 8 May 2026 | Envoy in Minsk | 40, among them a priest; taken to Poland | none |\n"
    )
    dated = {
        (c.measure, c.value, c.qualifier, c.date)
        for c in extract_claims(text)
        if isinstance(c, Figure)
    }
    assert dated == {
        ("prisoners_released", 6, "at_least", "2026-03-03"),
        ("prisoners_released", 40, "exact", "2026-05-08"),
    }


def test_the_writers_own_kin_speak_after_the_words_and_by_a_later_pronoun() -> None:
    text = (
        "Diary, 3 March. Olga Karach spoke at the rally.\n\n"
        '"The parcel came back unopened," my sister said. "Again."\n\n'
        'My father phoned from Lida after supper. "They moved him to another barrack," he said.\n\n'
        '"We will try on Monday," said our son.'
    )
    assert _quotes(text) == {
        "The parcel came back unopened": "my sister",
        "Again.": "my sister",
        "They moved him to another barrack": "my father",
        "We will try on Monday": "our son",
    }


def test_a_postscripts_mark_is_no_name() -> None:
    text = (
        "That is all for this week. Olga Karach spoke at the rally.\n\n"
        "P.S. My daughter asked me to say the parcels still arrive. She said, "
        '"Tell them to send socks, not books."'
    )
    assert _quotes(text) == {"Tell them to send socks, not books.": "my daughter"}


def test_words_in_single_marks_beside_words_in_double_marks() -> None:
    text = (
        "Casework. Olga Karach rang me on Monday about her son. She said: 'He asks for letters "
        "and nothing else.' She also told me the judge had said to her: \"Write to the "
        "President, not to me.\" The state press calls them 'destructive forces'."
    )
    quotes = _quotes(text)
    assert quotes["He asks for letters and nothing else."] == "Olga Karach"
    assert "destructive forces" not in quotes


def test_a_measure_named_by_its_target_and_the_restrictions_date() -> None:
    text = "Sanctions update. The EU fertiliser restrictions of May 2022 stay."
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("imposed", "fertiliser")}
    assert _sanctions("Sanctions update. The travel restrictions of 2020 were harsh.") == set()


def test_a_series_of_counts_with_asides_in_brackets_and_a_held_count_by_its_source() -> None:
    text = (
        "Political prisoners. The release deals, in order: 9 on 4 March (a priest among them; "
        "no sanctions eased), 20 on 2 May (after a visit by the envoy), 35 on 1 June.\n\n"
        "Figures for the bulletin: 12 pardoned in July, and still about 1,150 held according "
        "to Viasna."
    )
    assert _figures(text) == {
        ("prisoners_released", 9),
        ("prisoners_released", 20),
        ("prisoners_released", 35),
        ("prisoners_released", 12),
        ("political_prisoners_held", 1150),
    }


def test_a_described_subjects_second_verb_and_a_speech_verb_with_its_adverb() -> None:
    text = (
        "Court diary. Olga Karach was not there.\n\n"
        'A nurse took my arm at the door and said softly, "Sit down, the hearing is long."\n\n'
        'One of them, a retired teacher from Lida, kissed my cheek and said, "Write to him '
        'every week."'
    )
    assert _quotes(text) == {
        "Sit down, the hearing is long.": "nurse",
        "Write to him every week.": "retired teacher from Lida",
    }


def test_the_writers_kin_before_the_words_with_an_aside_or_a_first_verb() -> None:
    text = (
        "Diary. Olga Karach spoke in Vilnius.\n\n"
        'My grandmother, who has kept every letter, phoned at nine and said, "Burn nothing."\n\n'
        'My brother Ales listened and said, "Then we wait."'
    )
    assert _quotes(text) == {"Burn nothing.": "my grandmother", "Then we wait.": "Ales"}


def test_a_given_name_spelled_another_way_is_the_person_named_in_full() -> None:
    text = (
        "Our colleague Sergey Lobach was freed yesterday. Olga Karach was there.\n\n"
        'Sergei called me at night. "I am in Vilnius and I do not believe it," he said.'
    )
    assert _quotes(text) == {"I am in Vilnius and I do not believe it": "Sergey Lobach"}
    # (only the end romanisations vary: "Andrea" is not "Andrei")
    other = text.replace("Sergey Lobach", "Andrea Rossi").replace("Sergei", "Andrei")
    assert _quotes(other) == {"I am in Vilnius and I do not believe it": "Andrei"}


def test_a_familys_own_name_for_its_kin_is_a_person_and_the_one_it_names() -> None:
    text = (
        "No visit this week. Olga Karach spoke in Vilnius.\n\n"
        'Mum sat by the window all evening. She said, "They moved him again."\n\n'
        'Dad phoned later. "Send the warm boots," he said.'
    )
    assert _quotes(text) == {"They moved him again.": "Mum", "Send the warm boots": "Dad"}
    named = "A blog about my father, Pavel Mazheika, jailed since 2021.\n\n" + text
    assert _quotes(named)["Send the warm boots"] == "Pavel Mazheika"


def test_a_bodys_document_with_words_of_its_kind_between_speaks_for_the_body() -> None:
    text = (
        "Olga Karach spoke in Vilnius.\n\n"
        'Viasna\'s year-end report says: "The prisons were emptied and refilled."\n\n'
        '[Editor\'s note: "M." asked that her name not be used.]'
    )
    assert _quotes(text) == {"The prisons were emptied and refilled.": "Viasna"}


def test_an_authority_speaks_as_a_body() -> None:
    text = (
        "Transit. Olga Karach spoke in Vilnius.\n\n"
        'Gdynia\'s port authority told us: "No Belarusian cargo has been booked this year."'
    )
    assert _quotes(text) == {
        "No Belarusian cargo has been booked this year.": "Gdynia's port authority"
    }


def test_a_time_code_before_a_transcripts_label_keeps_it_a_label() -> None:
    text = (
        "Evening programme, transcript.\n\n"
        "[00:01:02] PRESENTER: Human Rights Watch published a report this month.\n"
        '[00:01:13] PRESENTER: The report argues, and I am quoting, "the pardons have not '
        'changed how the courts work."\n'
        "[00:01:29] MAZHEIKA: Releases do not mean the repression has stopped.\n"
        "[00:01:33] PRESENTER: His colleague Anton Rodnenkov was blunter in a written "
        'statement: "They let a few out and take more in."'
    )
    assert _quotes(text) == {
        "the pardons have not changed how the courts work.": "Human Rights Watch",
        "They let a few out and take more in.": "Anton Rodnenkov",
    }


def test_a_colon_that_ends_a_sentence_inside_a_paragraph_is_no_label() -> None:
    text = (
        "Miners' calls. On Nutrien's call, CEO Ken Seitz was brief: \"No change.\" ACME's "
        'CFO, Dev Sandhu, was more cautious: "Sanctions can change faster than mine plans."'
    )
    assert _quotes(text)["Sanctions can change faster than mine plans."] == "Dev Sandhu"


def test_quote_as_a_readers_word_gives_the_one_the_sentence_before_says_spoke() -> None:
    text = (
        "[19:05] HOST: Brussels says it is weighing new listings.\n"
        "[19:08] HOST: Let me read you something Maria Kalesnikava said in Berlin, because "
        'listeners keep asking. Quote: "A pardon is not a reform." End quote.'
    )
    assert _quotes(text) == {"A pardon is not a reform.": "Maria Kalesnikava"}


def test_quoted_him_as_telling_or_quoted_a_name_saying_gives_the_one_quoted() -> None:
    text = (
        "VO: Alexander Lukashenko met the envoy on Friday.\n"
        "VO: Lukashenko's press service quoted him as telling the envoy: \"We can solve "
        'many problems."\n'
        'VO: State TV quoted Lukashenko after the call saying, "Belarus is ready for a '
        'big deal."'
    )
    assert _quotes(text) == {
        "We can solve many problems.": "Alexander Lukashenko",
        "Belarus is ready for a big deal.": "Alexander Lukashenko",
    }


def test_a_description_between_commas_after_the_head_says_who_speaks() -> None:
    text = (
        "Practice notes. Olga Karach spoke in Vilnius.\n\n"
        '"I had a summons in my pocket," one client, a former regional reporter from Hrodna, '
        'told us. "Nobody would say what was enough."\n\n'
        '"I thought the world would forget," one of our clients, a bookkeeper from Minsk who '
        "filed in 2022, wrote in her declaration."
    )
    assert _quotes(text) == {
        "I had a summons in my pocket": "former regional reporter from Hrodna",
        "Nobody would say what was enough.": "former regional reporter from Hrodna",
        "I thought the world would forget": "bookkeeper from Minsk",
    }


def test_a_central_european_degree_before_a_name_is_a_title() -> None:
    text = (
        "Practice notes. Olga Karach spoke in Vilnius.\n\n"
        '"A signature from a penal colony takes months," says our associate Mgr. Petr '
        'Dvořák. "We have done it twice."'
    )
    assert _quotes(text) == {
        "A signature from a penal colony takes months": "Petr Dvořák",
        "We have done it twice.": "Petr Dvořák",
    }


_SUBTITLES = (
    "1\n00:00:00,000 --> 00:00:04,100\nANCHOR: The US Treasury imposed sanctions on\n\n"
    "2\n00:00:04,100 --> 00:00:07,900\nBelaruskali, the state potash producer, on Monday.\n\n"
    "3\n00:00:07,900 --> 00:00:11,000\n[sound: a mine lift]\n\n"
    "4\n00:00:11,000 --> 00:00:15,600\nOne of the miners, a 40-year-old electrician from "
    'Salihorsk, said briefly: "They took my pass at the\n\n'
    '5\n00:00:15,600 --> 00:00:18,000\ngate and that was it."\n'
)


def test_subtitle_cues_read_as_running_prose() -> None:
    joined = join_cues(_SUBTITLES)
    assert len(joined) == len(_SUBTITLES)
    assert "-->" not in joined and "\n2\n" not in joined
    assert " ".join(joined.split()).startswith(
        "ANCHOR: The US Treasury imposed sanctions on Belaruskali, the state potash producer"
    )
    assert _quotes(_SUBTITLES) == {
        "They took my pass at the\n\n5\n00:00:15,600 --> 00:00:18,000\ngate and that was it.": (
            "40-year-old electrician from Salihorsk"
        )
    }
    assert ("imposed", "Belaruskali") in {
        (c.action, c.target) for c in extract_claims(_SUBTITLES) if isinstance(c, Sanction)
    }
    # (fewer than three time spans: no subtitle file, left as it is)
    plain = "The talks ran 10:00,000 --> nothing.\nNext line."
    assert join_cues(plain) == plain


def test_a_target_added_in_a_clause_after_a_measure() -> None:
    text = (
        "Published 3 March 2024.\n\n"
        "The European Union listed 40 officials in early October 2020 and added Alexander "
        "Lukashenko himself in November 2020. Through 2023 the EU widened its sanctions on "
        "Belarusian judges, and in August 2023 Washington added the state airline, Belavia. "
        "The EU sanctioned Belavia in 2021, and the spokesman added Lukashenko must free them."
    )
    found = {
        (c.action, c.target, c.imposer, c.date)
        for c in extract_claims(text)
        if isinstance(c, Sanction)
    }
    assert found >= {
        ("imposed", "Alexander Lukashenko", "European Union", "2020-11"),
        ("imposed", "Belavia", "United States", "2023-08"),
    }
    # (the spokesman's "added" tells what he said, not a target)
    assert not any(c[1] == "Lukashenko" for c in found)


def test_a_cards_remark_credited_after_a_dash_on_a_timed_line() -> None:
    text = (
        "Evening programme. Olga Karach spoke in Vilnius.\n\n"
        '(00:15–00:24) ON SCREEN: "The sick will be let go." — Alexander Lukashenko, 2 July\n\n'
        'CAPTION: "This is not a thaw." — Sviatlana Tsikhanouskaya, 28 December\n\n'
        "(00:24–00:31) PRESENTER: Minsk freed 16 people on Wednesday."
    )
    assert _quotes(text) == {
        "The sick will be let go.": "Alexander Lukashenko",
        "This is not a thaw.": "Sviatlana Tsikhanouskaya",
    }


def test_a_person_named_by_an_initial_alone() -> None:
    text = (
        "Practice note. Olga Karach spoke in Vilnius.\n\n"
        "K. is a software tester from Minsk. He left for Vilnius in October.\n\n"
        '"They did not beat me in the van," K. told us. Later he added: "The interpreter '
        'wrote the wrong word."\n\n'
        "Plan B. The U.S. Embassy was closed."
    )
    assert _quotes(text) == {
        "They did not beat me in the van": "K.",
        "The interpreter wrote the wrong word.": "K.",
    }


def test_the_kin_of_someone_described_with_an_aside_before_the_verb() -> None:
    text = (
        "Practice notes. Olga Karach spoke in Vilnius.\n\n"
        '"He came home with a plastic bag," the brother of one returnee, from Homel region, '
        'told us. "The certificate was the only proof."'
    )
    assert _quotes(text) == {
        "He came home with a plastic bag": "brother of one returnee",
        "The certificate was the only proof.": "brother of one returnee",
    }


def test_a_descriptions_habit_words_and_trailing_owner_are_no_part_of_it() -> None:
    text = (
        "Answers. Olga Karach spoke in Vilnius.\n\n"
        'I may be wrong. As my old boss in Brussels used to say, "Sanctions are a marathon."\n\n'
        'We are careful. A colleague of mine likes to say, "Our list is the floor."\n\n'
        "Several of my clients refuse the trade. One of them, a Dutch fertiliser trader, told "
        'me: "Legal is not the same as clean."\n\n'
        'In the workshop a master here said to me: "You have golden hands."'
    )
    assert _quotes(text) == {
        "Sanctions are a marathon.": "old boss in Brussels",
        "Our list is the floor.": "colleague",
        "Legal is not the same as clean.": "Dutch fertiliser trader",
        "You have golden hands.": "master",
    }


def test_one_of_a_kind_or_of_a_group_before_the_verb_speaks() -> None:
    text = (
        "Forum. Olga Karach spoke in Vilnius.\n\n"
        'The families are divided. One mother said to me, "I want the pressure."\n\n'
        'Do not forget the others. One of our volunteers used to say, "Fame is a shield."\n\n'
        "We know 279 families. One of the children in our summer camp asked a volunteer, "
        '"Is my dad a criminal or a hero?"'
    )
    assert _quotes(text) == {
        "I want the pressure.": "mother",
        "Fame is a shield.": "volunteer",
        "Is my dad a criminal or a hero?": "child in our summer camp",
    }


def test_said_she_after_a_name_tells_the_persons_sex() -> None:
    text = (
        "Letters. Hanna Kask wrote the riddle column.\n\n"
        "Kadri Tamm, who sent the riddle, said she had already mailed the answer. "
        '"I felt bad," she said.'
    )
    assert _quotes(text) == {"I felt bad": "Kadri Tamm"}


def test_where_the_one_described_was_and_an_apposition_after_it() -> None:
    text = (
        "Letters. Olga Karach spoke in Vilnius.\n\n"
        "We sat in the bus for hours. Then a man in civilian clothes opened the door and "
        'said: "Get out."\n\n'
        "I did not know where we were going. A man next to me, a history teacher from Hrodna, "
        'said: "If it is Ukraine, I will kiss the ground."'
    )
    assert _quotes(text) == {
        "Get out.": "man in civilian clothes",
        "If it is Ukraine, I will kiss the ground.": "history teacher from Hrodna",
    }


def test_the_writers_own_clause_after_a_description_and_last_year() -> None:
    text = (
        "Forum. Olga Karach spoke in Vilnius.\n\n"
        "They will take two aircraft apart. A Belavia pilot I used to fly with told me last "
        'year, "we are one spare part away from a museum."\n\n'
        'A source we trust said, "Nothing is agreed."'
    )
    assert _quotes(text) == {
        "we are one spare part away from a museum.": "Belavia pilot",
        "Nothing is agreed.": "source",
    }


def test_two_listings_of_one_kind_of_target_with_their_own_counts_are_two_measures() -> None:
    text = (
        "How the EU widened its Belarus sanctions\n\n"
        "In the spring of 2022 the Council listed 12 judges of regional courts. In the same "
        "decision, it added 3 prison governors. On 9 December 2022 the Council listed 30 judges "
        "and 2 firms that supply the colonies."
    )
    assert _sanctions(text) == {
        ("imposed", "judges", "2022"),
        ("imposed", "judges", "2022-12-09"),
    }


def test_it_after_a_sentence_opening_with_when_and_the_council_or_the_bloc() -> None:
    dated = (
        "The EU and the prison service\n\n"
        "On 4 March 2023 the Council listed 9 officials of the prison service. On 21 July it "
        "listed 14 officials and 5 companies."
    )
    assert _sanction_rows(dated) == [
        ("imposed", "officials", "European Union", "2023-03-04"),
        ("imposed", "officials", "European Union", "2023-07-21"),
    ]
    undated = (
        "The EU and the prison service\n\n"
        "Within a month, the bloc listed 9 officials of the prison service. In July it listed "
        "14 judges."
    )
    assert _sanction_rows(undated) == [
        ("imposed", "officials", "European Union", None),
        ("imposed", "judges", "European Union", None),
    ]


def test_a_time_after_its_preposition_is_no_target() -> None:
    text = (
        "KEY POINTS\n"
        "• Canada: steel sanctions lifted (4 Mar); Naftan fully delisted since February.\n"
        "• Japan: no changes."
    )
    assert all(target != "February" for _, target, _ in _sanctions(text))


def test_each_step_of_a_measure_named_by_its_target_in_a_relative_clause() -> None:
    text = (
        "The British sanctions policy shifted. It followed the unwinding of the Naftan "
        "restrictions, which were eased in April, after 30 prisoners walked free, and lifted "
        "altogether in July. Its steel sanctions, which were eased in May, stay in part. The "
        "new sanctions, which were imposed in June, bite."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("eased", "Naftan"),
        ("lifted", "Naftan"),
        ("eased", "steel"),
    }


def test_the_later_step_of_a_measure_named_by_its_target_in_the_passive() -> None:
    text = (
        "The British sanctions policy shifted. London's Naftan sanctions were eased in April "
        "and lifted in July."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Naftan"), ("lifted", "Naftan")}


def test_a_measure_put_forward_or_readied_is_a_threat() -> None:
    text = (
        "Sanctions are back on the agenda. Latvia will propose entry bans and asset freezes on "
        "the prosecutors who ran the trials. Britain floated asset freezes on the heads of the "
        "remand prisons. Norway stands ready to list under its sanctions law the judges of the "
        "regional court. Denmark is not ready to sanction the governors."
    )
    assert _sanction_rows(text) == [
        ("threatened", "prosecutors", "Latvia", None),
        ("threatened", "heads of the remand prisons", "United Kingdom", None),
        ("threatened", "judges of the regional court", "Norway", None),
    ]


def test_a_letters_salutation_is_no_one_who_speaks() -> None:
    text = (
        "NOTE FROM THE ORGANISERS\n\n"
        "Dear Participants,\n\n"
        "Thank you for coming. On the train I met a retired nurse from Lida. "
        '"Every month the parcels got smaller," she said.'
    )
    assert _quotes(text) == {"Every month the parcels got smaller": "retired nurse from Lida"}
    alone = 'Dear Colleagues,\n\n"We are ready," she said.'
    assert _quotes(alone) == {}


def test_a_statement_by_someone_described_then_named_and_what_it_is_before_its_words() -> None:
    text = (
        "Annex 4 is a statement by the defendant's sister, Iryna Bahdanava. It is short, and "
        "the panel should read it:\n\n"
        '"We were allowed one parcel a month. They opened every jar."'
    )
    assert _quotes(text) == {
        "We were allowed one parcel a month. They opened every jar.": "Iryna Bahdanava"
    }


def test_a_word_after_the_kind_of_body_it_names_is_no_one_a_pronoun_means() -> None:
    text = (
        "According to the monitoring group Vesna, 1,120 people were behind bars in May.\n\n"
        "Mariko Sato, who writes to prisoners from Kobe, told our delegate about the parcels. "
        '"Half of them come back unopened," she said.'
    )
    assert _quotes(text) == {"Half of them come back unopened": "Mariko Sato"}


def test_an_ordinal_that_opens_a_line_is_no_name() -> None:
    text = (
        "CASE NOTES\n\n"
        "First Deputy Foreign Minister Ihar Lutski spoke in Minsk. "
        '"Nobody is held for politics," Lutski said.\n\n'
        'Second margin note, beside the last paragraph: "Drop the statistics here."'
    )
    assert _quotes(text).get("Nobody is held for politics") == "Ihar Lutski"
    assert "Second" not in _quotes(text).values()


def test_an_aside_between_the_one_described_and_the_verb_after_the_words() -> None:
    text = (
        '"The queue at the border grows every week," said one Polish customs officer '
        "interviewed for this report.\n\n"
        '"Nobody in Minsk is in a hurry," a Latvian banker who asked not to be named told us.'
    )
    assert _quotes(text) == {
        "The queue at the border grows every week": "Polish customs officer",
        "Nobody in Minsk is in a hurry": "Latvian banker",
    }


def test_listings_of_described_groups_a_second_verb_after_a_freeze_and_a_reinstatement() -> None:
    text = (
        "Norway's sanctions on Belarus. In April 2022 the Government of Norway froze the assets "
        "of Viktar Sheiman and several other Belarusian officials and banned exports of machine "
        "tools to Belarus. On 9 May Norway listed 14 senior Belarusian police officers. In June "
        "Washington reinstated blocking sanctions on the tractor maker MTZ."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {
        ("imposed", "Viktar Sheiman"),
        ("imposed", "machine tools"),
        ("imposed", "senior Belarusian police officers"),
        ("imposed", "MTZ"),
    }


def test_a_labelled_row_dated_by_a_year_alone_or_by_a_period() -> None:
    text = (
        "Figures from the monitors.\n\n"
        "| Indicator | Figure | Period |\n"
        "|---|---|---|\n"
        "| Political prisoners held | 1,204 | 30 Jun 2024 |\n"
        "| Newly recognised as political prisoners | 412 | 2023 |\n"
        "| Released through pardons | 118 | Jan 2024 - Jun 2024 |\n"
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1204),
        ("prisoners_designated", 412),
        ("prisoners_released", 118),
    }


def test_as_one_described_put_it_after_the_words() -> None:
    text = (
        '"We leave one cell and another fills," as a retired teacher put it.\n\n'
        '"Nobody counts the ones who never signed," as one of the lawyers put it.'
    )
    assert _quotes(text) == {
        "We leave one cell and another fills": "retired teacher",
        "Nobody counts the ones who never signed": "one of the lawyers",
    }


def test_a_witness_testimony_and_a_piece_posted_by_someone() -> None:
    text = (
        "The file holds the testimony of Danuta Wilk, a border guard in Podlasie: "
        '"We were given an hour to prepare beds for thirty people."\n\n'
        'A reminder posted by the coach, Ilse Brandt: "Quote the source, then the number."'
    )
    quotes = _quotes(text)
    assert quotes["We were given an hour to prepare beds for thirty people."] == "Danuta Wilk"
    assert quotes.get("Quote the source, then the number.") != "reminder"


def test_the_one_an_outlet_quoted_as_saying_the_words() -> None:
    text = (
        "Reuters quoted a senior Latvian diplomat as saying the exchange was "
        '"a first step, not a thaw".'
    )
    assert _quotes(text) == {"a first step, not a thaw": "senior Latvian diplomat"}


def test_where_the_one_named_lives_before_who_and_a_translation_before_a_credit() -> None:
    text = (
        "The weekly interviews the exiled lawyer Yauhen Marozau, now living in Suwalki, who "
        'urges the Council to "list every judge who signs these sentences".\n\n'
        "WORDS OF THE WEEK\n"
        "„Nie zapomnimy.” [We will not forget.]\n"
        "— Halina Szustak, head of a teachers' union in Lida"
    )
    assert _quotes(text) == {
        "list every judge who signs these sentences": "Yauhen Marozau",
        "Nie zapomnimy.": "Halina Szustak",
    }


def test_quoting_someone_after_a_comma_and_quoted_as_warning() -> None:
    text = (
        "Novy Chas tied the pardon to the envoy's visit, quoting the sociologist Andrei Vardamatski: "
        '"The bargaining has only begun."\n\n'
        'The digest quotes a senior diplomat as warning that "nothing is settled yet".'
    )
    assert _quotes(text) == {
        "The bargaining has only begun.": "Andrei Vardamatski",
        "nothing is settled yet": "senior diplomat",
    }


def test_how_hard_a_measure_bites_is_no_part_of_its_target() -> None:
    text = (
        "Sanctions news. Canada imposed sanctions on Belarusian timber exports more tightly. "
        "Norway imposed sanctions on Belarusian steel imports more strictly than before."
    )
    assert {t for _, t, _ in _sanctions(text)} == {
        "Belarusian timber exports",
        "Belarusian steel imports",
    }


def test_a_count_another_outlet_gave_in_quotation_marks() -> None:
    text = (
        'Press review. The wire service wrote that "more than 1,180" political prisoners '
        'remain behind bars. A weekly reported "about 1,200" on Monday.'
    )
    assert _figures(text) == {("political_prisoners_held", 1180)}


def test_a_verb_before_under_is_no_second_target() -> None:
    text = (
        "Letters. Naftan had been shut out of the EU market since June 2021 and placed under "
        "British sanctions in March 2022."
    )
    assert all(target != "placed" for _, target, _ in _sanctions(text))


def test_a_measure_named_by_whose_target_it_is_in_the_active() -> None:
    text = (
        "Letters. Ottawa eased Naftan's sanctions in May and has now lifted them altogether. "
        "Brussels extended the EU's sanctions in February."
    )
    assert {(a, t) for a, t, _ in _sanctions(text)} == {("eased", "Naftan"), ("lifted", "Naftan")}


def test_a_labelled_entry_whose_steps_are_sentences_or_joined_by_and() -> None:
    text = (
        "Screening note\n\n2. Position of the United Kingdom\n\n"
        "  - Grodno Azot: sanctions lifted on 4 March 2026. They had been in place since "
        "June 2022.\n"
        "  - Naftan: restrictions eased on 2 February 2026 (spare parts only), and the "
        "remaining sanctions lifted in April 2026.\n"
    )
    assert set(_sanction_rows(text)) == {
        ("lifted", "Grodno Azot", "United Kingdom", "2026-03-04"),
        ("imposed", "Grodno Azot", "United Kingdom", "2022-06"),
        ("eased", "Naftan", "United Kingdom", "2026-02-02"),
        ("lifted", "Naftan", "United Kingdom", "2026-04"),
    }


def test_a_relative_pronoun_and_its_verb_are_no_part_of_a_target() -> None:
    text = (
        "Compliance brief. The US restrictions on the refinery Naftan that date from "
        "March 2022 remain in force."
    )
    assert {t for _, t, _ in _sanctions(text)} == {"Naftan"}


def test_so_do_carries_a_measure_held_to_the_next_sentence() -> None:
    text = (
        "Compliance brief. The US sanctions on Naftan remain in force. So do the "
        "restrictions on Grodno Azot that date from June 2022. Our alerts are unchanged. "
        "The UK listing of Belshina stands. So do EU sanctions on Belarusian steel."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Grodno Azot", "United States", "2022-06") in rows
    assert ("imposed", "Belarusian steel", "European Union", None) in rows


def test_one_who_sent_the_writer_a_letter_is_the_he_who_wrote() -> None:
    text = (
        'Travel notes. A Latvian reader sent us a short letter in March. "The guards kept '
        'my passport for a day," he wrote. A viewer sent me an email. "Nobody explained '
        'anything," she wrote.'
    )
    assert _quotes(text) == {
        "The guards kept my passport for a day": "Latvian reader",
        "Nobody explained anything": "viewer",
    }


def test_a_given_name_with_where_its_bearer_writes_from_names_the_one_described() -> None:
    text = 'Mailbag. A retired diplomat, Aliaksei from Gdańsk, wrote: "Why did the count not fall?"'
    assert _quotes(text) == {"Why did the count not fall?": "Aliaksei"}


def test_a_table_headed_who_what_when_with_years_alone_and_steps_in_the_cell() -> None:
    text = (
        "Briefing pack\n\nMEASURES SO FAR\n"
        "| Who | What | When |\n|---|---|---|\n"
        "| Canada | sanctions on Grodno Azot | 2022 |\n"
        "| Latvia | halted timber transit via Riga | 2023 |\n"
        "| Canada | eased Grodno Azot sanctions (spare parts) | March 2026 |\n"
        "\n| Year | Who | Measure |\n|---|---|---|\n"
        "| 2022 | Switzerland | Belarusian trucks banned from Swiss roads |\n"
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Grodno Azot", "Canada", "2022") in rows
    assert ("eased", "Grodno Azot", "Canada", "2026-03") in rows
    assert ("imposed", "Belarusian trucks", "Switzerland", "2022") in rows
    assert any(t.startswith("timber transit") and d == "2023" for _, t, _, d in rows)


def test_a_measure_widened_by_a_long_list_or_by_a_decision_to_extend_it() -> None:
    text = (
        "Sanctions digest. In March 2025 Norway extended a long list of its Russia sanctions "
        "to Belarus. Switzerland's decision in May 2025 to extend Russia-style measures to "
        "Belarus was welcomed in Vilnius."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Belarus", "Norway", "2025-03") in rows
    assert ("imposed", "Belarus", "Switzerland", "2025-05") in rows


def test_a_dated_listing_named_by_its_noun() -> None:
    text = (
        "Sanctions digest. The 2022 listing of Grodno Azot by the United Kingdom still "
        "stands. The first lever is Ottawa's blocking of Naftan, in place since March 2022."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Grodno Azot", "United Kingdom", "2022") in rows
    assert ("imposed", "Naftan", "Canada", "2022-03") in rows


def test_a_dated_designation_in_a_text_that_never_says_sanctions() -> None:
    text = (
        "Op-ed. What does Canada hold? The designation of Naftan last March, which cut the "
        "refinery off from Canadian banks, is the main thing."
    )
    assert ("imposed", "Naftan", "2026-03") in _sanctions(text, dt.date(2026, 11, 2))


def test_an_undone_listing_is_no_listing_imposed_on_the_undoing_date() -> None:
    text = "Sanctions digest. Ottawa revoked the listing of Naftan in May 2026."
    assert ("imposed", "Naftan", "2026-05") not in _sanctions(text)


def test_went_further_leads_into_the_same_speakers_words() -> None:
    text = (
        "Vigil report. Ales Mikhalevich spoke at the rally in Warsaw. Later, on his channel, "
        "he went further: “Nobody in that cell is forgotten.”"
    )
    assert _quotes(text) == {"Nobody in that cell is forgotten.": "Ales Mikhalevich"}


def test_an_adverb_that_opens_a_paragraph_is_no_name_a_pronoun_means() -> None:
    text = (
        "Year review\n\nAgain and again, volunteers met the buses at the border. Among those "
        'freed was a boxing coach.\n\nOur boxer was one of them. "I wanted to go home," he '
        "told us."
    )
    assert "Again" not in _quotes(text).values()


def test_one_who_shared_a_team_or_a_cell_is_described_and_keeps_whose() -> None:
    text = (
        "Sport. “A good month is not a good year,” said a former teammate of Karpovich's who "
        "now plays in Latvia. Prison. A cellmate told us: “He shared his bread.”"
    )
    assert _quotes(text) == {
        "A good month is not a good year": "former teammate of Karpovich's",
        "He shared his bread.": "cellmate",
    }


def test_a_coach_or_a_player_is_the_she_who_said() -> None:
    text = (
        "Tennis. Iryna Marozava won in three sets. One coach, who asked us not to print her "
        'name, said the mood was grim. "They are punishing teenagers," she said.'
    )
    assert _quotes(text) == {"They are punishing teenagers": "coach"}


def test_what_a_measure_was_eased_for_is_no_target() -> None:
    text = (
        "History. In March 2026 Ottawa eased the Naftan sanctions to allow the sale of spare "
        "parts. The EU extended the timber sanctions to Belarusian sawmills."
    )
    rows = set(_sanction_rows(text))
    assert ("eased", "Naftan", "Canada", "2026-03") in rows
    assert any(t == "Belarusian sawmills" for _, t, _, _ in rows)


def test_a_clergy_title_is_no_part_of_the_name_and_names_the_role() -> None:
    text = (
        "Parish news. Fr Andrei Kruk said Mass in Hrodna. «We pray for them all,» the priest "
        "said. Deacon Ihar Savich spoke next. After the service, Deacon Ihar asked us to add "
        'one line. "Write that they are not forgotten," he said. Bishop Tomas Varna closed '
        "the evening. “Their names are read every Sunday,” the bishop said."
    )
    assert _quotes(text) == {
        "We pray for them all": "Andrei Kruk",
        "Write that they are not forgotten": "Ihar Savich",
        "Their names are read every Sunday": "Tomas Varna",
    }


def test_a_participle_that_opens_a_sentence_is_no_name() -> None:
    text = (
        "Court report. The judge ruled against the pastor. Contacted by email, her clerk "
        'replied: "The court does not comment on its decisions."'
    )
    assert "Contacted" not in _quotes(text).values()


def test_a_described_speaker_in_a_named_region() -> None:
    text = (
        "Survey. A Lutheran pastor in the Vitsebsk region, who asked not to be named, said "
        'congregations were "praying with the windows shut."'
    )
    assert _quotes(text) == {
        "praying with the windows shut.": "Lutheran pastor in the Vitsebsk region"
    }


def test_a_legal_act_is_no_person_a_later_he_could_mean() -> None:
    text = (
        "Background. In June the president signed Executive Order 14129, which lets the "
        "Treasury freeze the assets of Naftan. A Hrodna-based haulage manager we work with "
        'described the effect bluntly. "We had six lorries a week," he said.'
    )
    assert "Executive Order" not in _quotes(text).values()


def test_a_professional_title_before_a_name_is_no_part_of_it() -> None:
    text = (
        '"Rome will not move first," said Avv. Chiara Benedetti. Dott. Paolo Serra agreed: '
        '"We wait for the regulation."'
    )
    assert _quotes(text) == {
        "Rome will not move first": "Chiara Benedetti",
        "We wait for the regulation.": "Paolo Serra",
    }


def test_one_described_as_blunter_is_the_she_who_speaks_next() -> None:
    text = (
        "Banks in Riga were split. A risk head at a Latvian lender was blunter.\n\n"
        '"We will not finance it while the ban stands," she told us.'
    )
    assert _quotes(text) == {
        "We will not finance it while the ban stands": "risk head at a Latvian lender"
    }


def test_the_holder_named_after_a_long_office_of_a_body_speaks() -> None:
    text = (
        '"No licence is coming this quarter," said Harwick\'s director of regulatory '
        'affairs, Lena Dorn. "The quota is not the point," wrote Corvin\'s Baltic desk lead, '
        "Tomas Reinis, in a client memo."
    )
    assert _quotes(text) == {
        "No licence is coming this quarter": "Lena Dorn",
        "The quota is not the point": "Tomas Reinis",
    }


def test_one_of_a_named_persons_group_keeps_whose_group() -> None:
    text = (
        "Aleh Zhuk's old teammates were more guarded. "
        '"He is home, and that is enough for now," one of them told us.'
    )
    assert _quotes(text) == {
        "He is home, and that is enough for now": "one of Aleh Zhuk's old teammates"
    }


def test_an_aside_in_lower_case_before_a_colon_keeps_the_described_speaker() -> None:
    text = (
        "Lending. One credit officer at a Danish bank, asked whether her bank would return to "
        'the trade, replied: "Not this decade." A former prisoner, released in May after four '
        'years, told us by phone that the pardons were a test: "They want something for '
        'nothing."'
    )
    assert _quotes(text) == {
        "Not this decade.": "credit officer at a Danish bank",
        "They want something for nothing.": "former prisoner",
    }


def test_a_place_based_adjective_is_no_name() -> None:
    text = (
        "Trade. A Dubai-based fertiliser broker who has bought from the company told us that "
        'its traders "never hide where the product comes from".'
    )
    assert _quotes(text) == {
        "never hide where the product comes from": "Dubai-based fertiliser broker"
    }


def test_a_bodys_press_office_speaks_for_the_body() -> None:
    text = (
        "Naftan is the state refiner. Its press office said on Monday that the plant "
        '"meets every export contract in full".'
    )
    assert _quotes(text) == {"meets every export contract in full": "Naftan"}


def test_his_wife_is_the_woman_the_text_names_by_his_family_name() -> None:
    text = (
        "On 3 May Ihar Sadouski was released with 13 others. His wife, speaking in Vilnius, "
        'said the day had been "the best of my life". "One man is home," Alena Sadouskaya '
        "said."
    )
    assert _quotes(text) == {
        "the best of my life": "Alena Sadouskaya",
        "One man is home": "Alena Sadouskaya",
    }


def test_the_power_named_in_subject_to_its_restrictions_is_the_imposer() -> None:
    text = "Background. Naftan remains subject to EU restrictions, and the refinery still sells."
    assert ("imposed", "Naftan", "European Union", None) in set(_sanction_rows(text))


def test_a_designation_dated_in_brackets_after_its_target_was_taken() -> None:
    text = (
        "No OFAC action came with the release. Clients ask whether the Naftan designation "
        "(June 2022) or the Grodno Azot designation (December 2021) could go."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Naftan", "United States", "2022-06") in rows
    assert ("imposed", "Grodno Azot", "United States", "2021-12") in rows


def test_a_step_denied_by_its_noun_is_no_step() -> None:
    text = (
        "Washington eased sanctions on Naftan in May 2026. The easing is narrow. It is not an "
        "outright delisting of the refinery; it covers spare parts only."
    )
    assert {action for action, *_ in _sanction_rows(text)} == {"eased"}


def test_a_power_named_in_a_ban_after_a_capital_article_is_the_imposer() -> None:
    text = (
        "Sanctions news. The EU ban on Belarusian tyre makers has applied since 2023. The "
        "EU-wide bar on Belarusian bus operators carrying passengers inside the Union has "
        "applied since 2022. In the chart, the short bar on the left stops at 169."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Belarusian tyre makers", "European Union", "2023") in rows
    assert ("imposed", "Belarusian bus operators", "European Union", "2022") in rows
    assert len(rows) == 2


def test_a_transit_refused_or_its_termination_is_a_measure_of_the_power() -> None:
    text = (
        "Sanctions review. Since March 2023, Riga has refused the rail transit of Belarusian "
        "timber through Ventspils.\n\nMeasures in force:\n• Estonia's termination of "
        "Belarusian fertiliser transit through Muuga, effective since May 2024."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "rail transit of Belarusian timber", "Latvia", "2023-03") in rows
    assert ("imposed", "Belarusian fertiliser transit", "Estonia", "2024-05") in rows


def test_a_decision_dated_by_its_noun_is_taken_on_that_date() -> None:
    text = (
        "Sanctions check. Clients ask whether the United States' decision of 13 May 2026 to "
        "lift sanctions on Belarusian timber will bring traffic back. No links to Naftan, "
        "which the US restricted in 2022."
    )
    rows = set(_sanction_rows(text))
    assert ("lifted", "Belarusian timber", "United States", "2026-05-13") in rows
    assert ("imposed", "Naftan", "United States", "2022") in rows


def test_a_datelines_place_is_no_speaker() -> None:
    text = (
        "WASHINGTON, Nov. 3, 2026 — The State Department on Monday defended the agreement, telling "
        "reporters that it was “the cost of getting people home” and no reward."
    )
    assert _quotes(text) == {"the cost of getting people home": "State Department"}


def test_a_code_of_law_is_no_person_a_later_he_could_mean() -> None:
    text = (
        "EISMONT: People are convicted under the articles of the Criminal Code. He has said the "
        'door is "open to those who repent."'
    )
    assert "Criminal Code" not in _quotes(text).values()


def test_an_acronym_the_text_spells_out_is_the_speaker_in_full() -> None:
    text = (
        "Notes from the morning briefing by the Prime Minister's official spokesman (PMOS), "
        "with a line from the Foreign, Commonwealth and Development Office.\n\n"
        '"These people should never have been in prison," the PMOS said. An FCDO spokesperson '
        'went further: "We will not hesitate to act."'
    )
    assert _quotes(text) == {
        "These people should never have been in prison": "Prime Minister's official spokesman",
        "We will not hesitate to act.": "Foreign, Commonwealth and Development Office",
    }


def test_the_head_of_state_named_once_is_the_president_later() -> None:
    text = (
        "EISMONT: Yesterday the head of state, Alexander Lukashenko, signed a decree.\n\n"
        "Question (Minsk Evening): Will there be more pardons? Who decides?\n\n"
        "EISMONT: Every petition is read. I will not announce anything in advance. The head of "
        'state has said many times that "the door is open."\n\n'
        "VARANKOU: At the decision of the President of the Republic of Belarus, Alexander "
        'Lukashenko, 31 citizens were handed over. The President has said he is open to "a big '
        'conversation."'
    )
    assert _quotes(text) == {
        "the door is open.": "Alexander Lukashenko",
        "a big conversation.": "Alexander Lukashenko",
    }


def test_a_monitors_tally_stood_well_over_or_above_a_count() -> None:
    text = (
        "Background: rights defenders recognise political prisoners by published criteria. "
        "Viasna's tally stood at well over 1,400 for most of 2023. Before Saturday, the "
        "Viasna centre's tally stood above 1,200."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1400),
        ("political_prisoners_held", 1200),
    }


def test_a_word_named_as_a_term_is_no_quotation() -> None:
    text = (
        'Editor\'s note: officials in Minsk avoid the term "political prisoners" and call the '
        "so-called “extremists” convicts. “We count them all,” said Ales Kapusta."
    )
    assert _quotes(text) == {"We count them all": "Ales Kapusta"}


def test_when_and_the_next_verb_after_a_target_list_are_no_targets() -> None:
    text = (
        "Sanctions. She reminds readers that the United States imposed sanctions on Naftan, the "
        "state refiner, last August, and argues that such measures matter less."
    )
    assert [t for _, t, _, _ in _sanction_rows(text)] == ["Naftan"]


def test_a_consul_of_a_country_in_a_city_is_the_consul_later() -> None:
    text = (
        "The Consul of Armenia in Minsk, Davit Keburia, met the families on Monday. The "
        'hotline stays open.\n\nThe consul added one request. "If you know a citizen who '
        'stopped answering, tell us."'
    )
    assert _quotes(text) == {
        "If you know a citizen who stopped answering, tell us.": "Davit Keburia"
    }


def test_words_signed_by_a_given_name_an_age_and_a_trade() -> None:
    text = (
        "This month we asked members what people here should understand.\n\n"
        '"That the ones inside are cold and bored." — Volha, 29, teacher\n\n'
        '"That we never wanted to leave." — Siarhei, 52, driver'
    )
    assert _quotes(text) == {
        "That the ones inside are cold and bored.": "Volha",
        "That we never wanted to leave.": "Siarhei",
    }


def test_a_diaspora_body_by_its_noun_is_the_body_named_before() -> None:
    text = (
        "The Belarusian-Danish Society in Aarhus has asked us to share the following:\n\n"
        '"We have collected four hundred cards this month," the Society writes.'
    )
    assert _quotes(text) == {
        "We have collected four hundred cards this month": "Belarusian-Danish Society"
    }


def test_the_nearest_total_before_a_count_names_its_kind() -> None:
    text = (
        "It was the ninth pardon since the spring, and by Viasna's count it brought the "
        "number freed in this way to 214."
    )
    assert _figures(text) == {("prisoners_released", 214)}


def test_one_of_a_group_described_after_it_speaks_after_a_colon_or_a_she() -> None:
    text = (
        "One of those freed in March 2025, a former welder from Hrodna, told the Ledger at the "
        'time: "They gave me a bus ticket and a form." The Ledger spoke that week to one of '
        "the 14 women, a nurse from Lida who had been jailed for a comment. "
        '"I was told at lunch and I was at the gate by supper," she said.'
    )
    assert _quotes(text) == {
        "They gave me a bus ticket and a form.": "former welder from Hrodna",
        "I was told at lunch and I was at the gate by supper": "nurse from Lida",
    }


def test_a_description_set_after_a_name_is_that_persons() -> None:
    text = (
        "Ales Martsinovich, a lawyer for the rowers who testified, called the ruling a start. "
        '"Six years is a serious sanction," he said. The head of the Athletes\' Commission, '
        'Marta Olsen, backed the rules for Individual Neutral Athletes. "We asked for '
        'hearings," she said.'
    )
    assert _quotes(text) == {
        "Six years is a serious sanction": "Ales Martsinovich",
        "We asked for hearings": "Marta Olsen",
    }


def test_the_next_clause_opened_by_its_date_is_no_target() -> None:
    text = (
        "Sanctions. In early May the EU banned Belarusian hauliers, including Transavto, from "
        "its roads, and on 12 May it imposed economic sanctions on timber."
    )
    targets = [t for _, t, _, _ in _sanction_rows(text)]
    assert "timber" in targets
    assert not any("May" in t for t in targets)


def test_the_subjects_second_predicate_under_another_powers_measures() -> None:
    text = (
        "Travel. There are no direct flights: Naftair has been banned from EU airspace since "
        "2021 and, since August 2023, has also been under US sanctions."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Naftair", "European Union", "2021") in rows
    assert ("imposed", "Naftair", "United States", "2023-08") in rows


def test_a_name_given_after_a_clause_or_by_a_first_name() -> None:
    text = (
        '"We did not leave the stage," said a former member of the troupe who now lives in '
        "Kraków and asked to be named only as Uladzimir. A mother from Lida, who asked to be "
        "identified by her first name, Halina, stood by a drawing of her son's. "
        '"He drew it from memory," she said.'
    )
    assert _quotes(text) == {
        "We did not leave the stage": "Uladzimir",
        "He drew it from memory": "Halina",
    }


def test_a_time_alone_after_a_listing_is_no_target() -> None:
    text = (
        "Chess. Flying home is not an option: Naftair, the national carrier, was added to the "
        "US sanctions list last August. Several players came by bus."
    )
    assert [t for _, t, _, _ in _sanction_rows(text)] == ["Naftair"]


def test_a_monitors_own_count_fallen_to_a_number_is_of_those_held() -> None:
    text = (
        "On Monday Viasna listed 1,181 political prisoners; by Thursday, its own count had "
        "fallen to 1,170, as sentences ended."
    )
    assert ("political_prisoners_held", 1170) in _figures(text)


def test_a_dash_before_a_conjunction_ends_the_counts_clause() -> None:
    text = (
        "At the close of November the centre recognises 212 political prisoners — among them "
        "teachers and doctors — and dozens more await trials that may add them to the list in "
        "2022."
    )
    figures = {
        (c.measure, c.value, c.date)
        for c in extract_claims(text, dt.date(2021, 12, 2))
        if isinstance(c, Figure)
    }
    assert figures == {("political_prisoners_held", 212, "2021-11")}


def test_political_prisoners_recognised_on_a_day_are_those_held_that_day() -> None:
    text = "Figures. The centre recognised 1,212 political prisoners on 4 April, against 1,190 in March."
    assert ("political_prisoners_held", 1212) in _figures(text)
    assert ("prisoners_designated", 1212) not in _figures(text)
    # (the day of a recognition: the people it named)
    named = "The centre recognised 31 people as political prisoners on 4 April."
    assert _figures(named) == {("prisoners_designated", 31)}


def test_each_count_of_a_list_takes_the_date_after_it() -> None:
    text = "There were three pardons this year: 9 people in March, 27 in July and 40 in October."
    dated = {
        (c.value, c.date)
        for c in extract_claims(text, dt.date(2024, 11, 20))
        if isinstance(c, Figure)
    }
    assert dated == {(9, "2024-03"), (27, "2024-07"), (40, "2024-10")}


def test_a_title_with_its_own_of_before_a_name_and_the_body_after_it() -> None:
    text = (
        "Minister of State Kieran Doyle of the Department of Justice, opening the session, said "
        'the country would "keep every channel open". He added: "We will not be silent."'
    )
    assert _quotes(text) == {
        "keep every channel open": "Kieran Doyle",
        "We will not be silent.": "Kieran Doyle",
    }


def test_a_piece_of_writing_after_a_is_no_verb_and_its_adjective_no_speaker() -> None:
    text = (
        "Olena Marchuk was freed in March and has asked for privacy. A brief note passed on by "
        'her sister read: "Thank you for every card. I kept them all."'
    )
    speakers = _quotes(text)
    assert speakers.get("Thank you for every card. I kept them all.") != "brief"


def test_a_clergy_title_with_its_full_stop_ends_no_sentence() -> None:
    text = '"He came back thinner but smiling," said Fr. Andrii Kovalchuk, the parish priest.'
    assert _quotes(text) == {"He came back thinner but smiling": "Andrii Kovalchuk"}


def test_dealings_restricted_with_a_named_company_are_a_measure() -> None:
    text = (
        "Sanctions stay: Washington still restricts dealings with the fertiliser maker Grodno "
        "Azot, and London keeps its own measures."
    )
    assert ("imposed", "Grodno Azot", "United States", None) in _sanction_rows(text)


def test_a_permit_suspended_in_a_text_that_never_says_sanctions() -> None:
    text = (
        "The bloc shut its skies to Belarusian carriers within days. Canada had already "
        "suspended Belavia's landing permit."
    )
    assert ("imposed", "Belavia", "Canada", None) in _sanction_rows(text)


def test_the_goods_a_measure_on_a_country_covers_in_a_relative_clause() -> None:
    text = (
        "Estonia applies the European Union's sanctions on Belarus, which cover potash, "
        "cement and steel, and which were renewed in February."
    )
    targets = {t for _, t, _, _ in _sanction_rows(text)}
    assert {"potash", "cement", "steel"} <= targets


def test_a_count_in_words_opening_a_sentence_is_no_name() -> None:
    text = "Twelve students sat in the gallery. Forty people waited outside for Ales Mikhalevich."
    found = [text[m.start : m.end] for m in find_mentions(text).within(0, len(text))]
    assert "Twelve" not in found
    assert "Forty" not in found
    assert "Ales Mikhalevich" in found


def test_a_remark_after_his_is_the_noun_and_its_adjective_no_speaker() -> None:
    text = (
        "The politician took the floor at noon. His main claim was a ratio: "
        '"for every nine released, ten new people are put behind bars."'
    )
    assert (
        _quotes(text).get("for every nine released, ten new people are put behind bars.") != "main"
    )


def test_a_bodys_statement_is_the_body_the_text_names_by_its_noun() -> None:
    text = (
        "Amnesty International and Amnesty International's Polish section wrote to the ministry. "
        "The Kalinouski Club of Gdańsk held a vigil on Monday. The club's statement, read aloud "
        'at the vigil, called the list "long and growing."'
    )
    assert _quotes(text) == {"long and growing.": "Kalinouski Club of Gdańsk"}


def test_a_count_before_down_from_a_qualified_count_far_behind_it() -> None:
    text = (
        "HRODNA, Dec. 2 — The rights centre counted 1,210 political prisoners in Belarus at the "
        "end of November 2023, down from more than 1,450 at the start of the spring."
    )
    assert ("political_prisoners_held", 1450) in _figures(text)


def test_those_still_held_after_a_count() -> None:
    text = "Doctors have seen at least 20 prisoners with heart disease among the roughly 1,180 still held."
    assert ("political_prisoners_held", 1180) in _figures(text)


def test_people_added_to_a_list_that_month_are_its_new_names() -> None:
    text = (
        "The centre recognised the teacher as a political prisoner in March, one of 27 people "
        "added to its list that month."
    )
    assert _figures(text) == {("prisoners_designated", 27)}


def test_the_council_in_a_text_on_the_eu_is_the_council_of_the_eu() -> None:
    text = (
        "The EU prolonged its listings for a year. The Council said the regime must free "
        '"every person held for their views" at once.'
    )
    assert _quotes(text) == {"every person held for their views": "Council of the European Union"}


def test_a_legal_act_of_the_council_speaks_for_the_council() -> None:
    text = (
        "The EU added nine judges to its list. Council Implementing Regulation 2023/421 states "
        'that the courts "serve the repression" of dissent.'
    )
    assert _quotes(text) == {"serve the repression": "Council of the European Union"}


def test_a_bodys_name_that_goes_on_after_on_is_its_name_when_referred_back() -> None:
    text = (
        "Last week the UN Committee on Enforced Disappearances wrote to Minsk. On Friday the "
        'Committee said the families "have a right to know" where the men are held.'
    )
    assert _quotes(text) == {"have a right to know": "Committee on Enforced Disappearances"}


def test_a_council_named_with_its_day_keeps_its_bare_name() -> None:
    text = (
        "The Council on Monday met in Lublin with the mayor. The Council said the grant "
        'was "not yet settled" for the year.'
    )
    assert _quotes(text) == {"not yet settled": "Council"}


def test_what_a_body_considered_that_a_remedy_was_is_its_words() -> None:
    text = (
        "The Human Rights Committee reviewed the case in March. It considered that the only "
        'adequate remedy was "an immediate release and an apology" for the years lost.'
    )
    assert _quotes(text) == {"an immediate release and an apology": "Human Rights Committee"}


def test_a_womans_form_of_a_mans_given_name_is_a_woman() -> None:
    text = 'Petra Novak introduces the seminar on Monday. "Nobody here is a number," she wrote.'
    assert _quotes(text) == {"Nobody here is a number": "Petra Novak"}


def test_a_pronouns_preview_before_a_colon_is_its_owners_words() -> None:
    text = (
        "Maksim Rudak will open the evening with the year's figures. His two-minute preview: "
        '"The courts never closed, whatever the pardons say."'
    )
    assert _quotes(text) == {"The courts never closed, whatever the pardons say.": "Maksim Rudak"}


def test_a_body_credited_after_a_dash_under_its_words_speaks() -> None:
    text = (
        "The programme runs over two days in Kaunas.\n\n"
        '"Nobody is free while one is held." — Baltic Lawyers Solidarity Committee, May 2024\n'
    )
    assert _quotes(text) == {
        "Nobody is free while one is held.": "Baltic Lawyers Solidarity Committee"
    }


def test_words_by_her_own_account_are_hers() -> None:
    text = (
        "Halina Ramanava will respond to the papers. She is, by her own account, "
        '"wary of any clemency that arrives in batches."'
    )
    assert _quotes(text) == {"wary of any clemency that arrives in batches.": "Halina Ramanava"}


def test_a_measure_named_by_its_year_is_one_taken_that_year() -> None:
    text = (
        "The seminar looks back at the 2022 sanctions on Grodno Azot and the 2024 restrictions "
        "on the state lender Belagroprombank, and asks what relief could buy."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Grodno Azot", "2022") in rows
    assert ("imposed", "Belagroprombank", "2024") in rows


def test_the_goods_a_measure_restricts_end_before_the_clauses_verb() -> None:
    text = (
        "The sanctions debate goes on. Measures restricting imports of Belarusian steel pipes "
        "remain firmly in force."
    )
    targets = {t for _, t, _, _ in _sanction_rows(text)}
    assert "Belarusian steel pipes" in targets
    assert not any("remain" in t for t in targets)


def test_the_lifting_in_a_month_of_sanctions_on_a_target() -> None:
    text = (
        "Traders welcomed the lifting in March 2024 of the Canadian sanctions on the "
        "fertiliser maker Grodno Azot."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("lifted", "Grodno Azot") in rows


def test_the_office_of_foreign_assets_control_is_a_body_that_designates() -> None:
    text = (
        "The sanctions net widened again. The Office of Foreign Assets Control designated "
        "Belneftekhim on Tuesday."
    )
    assert ("imposed", "Belneftekhim", "United States", None) in _sanction_rows(text)
    found = find_mentions(text).within(0, len(text))
    assert not any(m.kind == "person" for m in found)


def test_a_target_placed_under_a_powers_restrictions() -> None:
    text = "The sanctions hit hard. Belshina was placed under US restrictions in March 2024."
    assert ("imposed", "Belshina", "United States", "2024-03") in _sanction_rows(text)


def test_the_applicant_of_a_case_is_the_party_its_name_gives() -> None:
    text = (
        "Case T-212/24 Haurylchyk v Council\n\n"
        "The EU's Belarus sanctions are renewed each February. Tatsiana Haurylchyk headed a "
        "regional court. The applicant was added to the Belarus sanctions list in March 2022."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("imposed", "Tatsiana Haurylchyk") in rows
    assert not any("applicant" in t for _, t in rows)


def test_a_name_removed_from_an_annex_is_the_one_named() -> None:
    text = (
        "The EU sanctions changed again. On 14 April 2025 the Council removed Siarhei "
        "Andreyeu's name from Annex I."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("lifted", "Siarhei Andreyeu") in rows


def test_a_count_broken_down_in_an_aside_and_more_of_it_later() -> None:
    text = (
        "The spring brought two pardons: 18 people, eleven men and seven women, on 3 May 2024, "
        "just before the holiday parade in the capital, and 20 more on 9 June 2024."
    )
    figures = {(c.measure, c.value, c.date) for c in extract_claims(text) if isinstance(c, Figure)}
    assert ("prisoners_released", 18, "2024-05-03") in figures
    assert ("prisoners_released", 20, "2024-06-09") in figures


def test_a_further_count_after_a_semicolon_is_more_of_the_same() -> None:
    text = (
        "The spring amnesty freed 40 people in April and brought the total released since "
        "January to 95; a further 12 followed in May 2024."
    )
    assert ("prisoners_released", 12) in _figures(text)


def test_prisoners_who_came_out_at_the_end_of_their_terms_were_released() -> None:
    text = "Over four years, some 900 political prisoners came out at the end of their terms."
    assert _figures(text) == {("prisoners_released", 900)}


def test_a_count_after_a_colon_takes_the_clauses_verb_not_the_participle_of_its_people() -> None:
    text = (
        "In the spring, Lithuanian nationals held in Belarusian colonies were handed over in "
        "a swap at the border: 6 on 4 April 2025."
    )
    assert _figures(text) == {("prisoners_released", 6)}


def test_the_officer_who_speaks_is_the_officer_the_text_described() -> None:
    text = (
        "A customs officer in Terespol, asked about the queue, answered with a shrug. "
        '"Nobody here decides the politics," the officer said.'
    )
    assert _quotes(text) == {"Nobody here decides the politics": "customs officer in Terespol"}


def test_a_run_of_capitals_after_the_town_of_is_a_place() -> None:
    text = (
        "The head of the village of Stary Dvor, Mikhas Zhuk, called a meeting. "
        '"We want the crossing closed," he said on Friday.'
    )
    assert _quotes(text) == {"We want the crossing closed": "Mikhas Zhuk"}
    kinds = {text[m.start : m.end]: m.kind for m in find_mentions(text).within(0, len(text))}
    assert kinds.get("Stary Dvor") == "place"


def test_a_body_named_for_its_building_is_no_person() -> None:
    text = (
        "The agency stresses that the ruling changes nothing. "
        '"Every wagon will be weighed," said the director of the Harbour House, Ona Vaitkute.'
    )
    assert _quotes(text) == {"Every wagon will be weighed": "Ona Vaitkute"}
    found = {text[m.start : m.end]: m.kind for m in find_mentions(text).within(0, len(text))}
    assert found.get("Harbour House") == "org"


def test_a_description_named_right_before_the_colon_is_the_named_one() -> None:
    text = (
        "We asked people at the depot what had changed.\n\n"
        'A Latvian crane driver, Janis Ozols: "The wagons stand where they stood."'
    )
    assert _quotes(text) == {"The wagons stand where they stood.": "Janis Ozols"}


def test_a_target_that_has_spent_a_year_under_a_powers_sanctions() -> None:
    text = (
        "Naftan has now spent more than two years under Canadian sanctions, imposed in "
        "March 2022, and its exports have shrunk."
    )
    assert ("imposed", "Naftan", "Canada", "2022-03") in _sanction_rows(text)


def test_a_target_restricted_by_a_power_since_a_date() -> None:
    text = (
        "The sanctions still bite. Grodno Azot, restricted by the European Union since June "
        "2021, keeps its Baltic customers."
    )
    assert ("imposed", "Grodno Azot", "European Union", "2021-06") in _sanction_rows(text)


def test_a_timelines_rows_told_as_headlines() -> None:
    text = (
        "Our sanctions timeline\n"
        "  Jun 2022   Oil refiner Naftan sanctioned\n"
        "  Mar 2024   Grodno Azot placed under restrictions\n"
        "  Oct 2025   Naftan sanctions eased (spare parts)\n"
        "\nMore next week.\n"
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "2022-06") in rows
    assert ("imposed", "Grodno Azot", "2024-03") in rows
    assert ("eased", "Naftan", "2025-10") in rows


def test_a_total_after_a_count_of_the_same_verb() -> None:
    text = (
        "The rights centre recognised 312 new political prisoners during 2023 across the "
        "regions and a total of 3,611 people since May 2020."
    )
    assert ("prisoners_designated", 3611) in _figures(text)


def test_a_surname_with_a_prefix_alone_is_the_person_named_before() -> None:
    text = (
        "The exhibition opened on Friday. Its curator, Niamh MacGowan, walked the guests "
        'through the rooms. "Every cup here was used in a cell," MacGowan said.'
    )
    assert _quotes(text) == {"Every cup here was used in a cell": "Niamh MacGowan"}


def test_words_after_anothers_attributed_words_are_not_a_piece_told_before() -> None:
    text = (
        "Volha Rubets was jailed in 2022. At Lund she wrote her dissertation, an irony that "
        "her old supervisor, Greta Olsen, does not find funny.\n\n"
        '"She asked better questions than I did," Olsen said. "We read her chapters at the '
        'vigil."'
    )
    assert _quotes(text)["We read her chapters at the vigil."] == "Greta Olsen"


def test_the_head_of_a_school_by_title_before_the_name() -> None:
    text = (
        "Rector Tomas Lindgren signed the appeal for the university. "
        '"We teach free people," he said.'
    )
    assert _quotes(text) == {"We teach free people": "Tomas Lindgren"}


def test_capitals_that_qualify_a_trade_before_a_name_are_no_person() -> None:
    text = (
        "The prize cello will be played by current Young Soloist student Mateusz Wrona, who "
        'never met her.\n\n"Her instrument has strong opinions," he said.'
    )
    assert _quotes(text) == {"Her instrument has strong opinions": "Mateusz Wrona"}


def test_a_name_that_could_be_added_to_the_list_is_threatened() -> None:
    text = (
        "The EU sanctions list grew by forty names. Diplomats in Brussels said Viktar "
        "Sheiman could be added to the list if the beatings go on."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("threatened", "Viktar Sheiman") in rows


def test_another_sources_count_after_a_semicolon_is_the_same_measure() -> None:
    text = (
        "A wire service put the figure at 1,236 political prisoners on 3 March 2024; the "
        "centre's own website showed 1,229."
    )
    assert _figures(text) == {
        ("political_prisoners_held", 1236),
        ("political_prisoners_held", 1229),
    }


def test_a_long_title_before_the_name_after_said() -> None:
    text = (
        "Officials in Riga say the ban will stay.\n\n"
        '"Every release is a family made whole," said Latvian State Secretary of Foreign '
        'Affairs Andris Pelss. "Every arrest is one broken."'
    )
    assert _quotes(text) == {
        "Every release is a family made whole": "Andris Pelss",
        "Every arrest is one broken.": "Andris Pelss",
    }


def test_ad_interim_after_a_diplomats_title_ends_no_sentence() -> None:
    text = (
        "The embassy welcomed the release.\n\n"
        '"They walked out together," said Chargé d\'Affaires a.i. Tomas Berg. "We waited with '
        'them."'
    )
    assert _quotes(text) == {
        "They walked out together": "Tomas Berg",
        "We waited with them.": "Tomas Berg",
    }


def test_a_credit_line_whose_name_opens_with_an_accented_capital() -> None:
    text = (
        "Quotes\n\n"
        '"The names on our list are not numbers."\n'
        "- Šarūnas Vaitkus, Vice-Minister of Justice\n\n"
        "Background\n"
    )
    assert _quotes(text) == {"The names on our list are not numbers.": "Šarūnas Vaitkus"}


def test_a_second_powers_measure_on_the_same_target_after_the_first_date() -> None:
    text = (
        "The sanctions question came up. Grodno Azot has been barred from EU markets since "
        "June 2022 and under Canadian restrictions since March 2024."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Grodno Azot", "European Union", "2022-06") in rows
    assert ("imposed", "Grodno Azot", "Canada", "2024-03") in rows


def test_a_target_himself_designated() -> None:
    text = "The sanctions grew again. Viktar Lukashenka himself has been designated since 2021."
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Viktar Lukashenka", "2021") in rows


def test_a_power_that_added_bans_on_goods() -> None:
    text = "The sanctions grew. In 2023 the bloc added bans on timber, glass and fertiliser."
    targets = {t for a, t, _, _ in _sanction_rows(text) if a == "imposed"}
    assert {"timber", "glass", "fertiliser"} <= targets


def test_targets_with_an_including_aside_before_their_passive() -> None:
    text = (
        "The sanctions still bite. Since May 2022, Belarusian hauliers, including the state "
        "firm Belavtotrans, have been banned from EU roads."
    )
    targets = {t for a, t, _, _ in _sanction_rows(text) if a == "imposed"}
    assert {"Belarusian hauliers", "Belavtotrans"} <= targets


def test_the_main_clauses_modal_before_that_is_not_the_measures() -> None:
    text = (
        "Travellers should be aware that Grodno Azot, the fertiliser maker, was placed under "
        "Canadian sanctions in March 2024."
    )
    assert ("imposed", "Grodno Azot", "Canada", "2024-03") in _sanction_rows(text)


def test_a_target_placed_under_sanctions_of_a_power_of_two_words() -> None:
    text = "The sanctions hit. Naftan was placed under United Kingdom sanctions in May 2023."
    assert ("imposed", "Naftan", "United Kingdom", "2023-05") in _sanction_rows(text)


def test_a_councillor_by_the_short_title_before_the_name() -> None:
    text = (
        "The twinning committee met on Monday. Cllr Aoife Brennan said the letters to Lida had "
        'gone unanswered. "We keep writing anyway," she said.'
    )
    assert _quotes(text) == {"We keep writing anyway": "Aoife Brennan"}


def test_a_list_of_counts_each_a_count_a_dash_and_what_it_counts() -> None:
    text = (
        "THE MONITOR'S YEAR\n"
        "Friday, 9 January 2026\n\n"
        "COUNTS\n"
        "3,870 - recognised as political prisoners since the summer of 2020\n"
        "276 - pardoned in 2025 after the talks with Washington\n"
        "4 - political prisoners who died in custody in 2025\n"
    )
    figures = _figures(text)
    assert ("prisoners_designated", 3870) in figures
    assert ("prisoners_released", 276) in figures
    assert ("political_prisoners_held", 4) not in figures


def test_a_quotation_line_credited_after_a_plain_hyphen() -> None:
    text = (
        "IN THEIR WORDS\n"
        '"Every pardon is a receipt for a concession." - Ales Marozau, Minsk Analysts, June\n'
        '"We count the ones still inside." - Hanna Ziuzina, November\n'
    )
    assert _quotes(text) == {
        "Every pardon is a receipt for a concession.": "Ales Marozau",
        "We count the ones still inside.": "Hanna Ziuzina",
    }


def test_a_timeline_row_whose_date_has_no_year() -> None:
    text = (
        "THE SANCTIONS IN 2025\n"
        "4 March - Canada lifts its sanctions on Belshina\n"
        "October - Canada eases its restrictions on Grodno Azot\n"
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert {("lifted", "Belshina"), ("eased", "Grodno Azot")} <= rows


def test_a_count_of_prisoners_who_died_is_no_count_of_those_held() -> None:
    text = (
        "THE COUNT\n"
        "1,102 - political prisoners held at the end of March\n"
        "6 - political prisoners who died in custody since 2021\n"
    )
    assert ("political_prisoners_held", 6) not in _figures(text)


def test_a_dated_list_whose_rows_open_with_the_end_of_a_year() -> None:
    text = (
        "HOW THE LIST GREW\n"
        "- End of 2021: 969 political prisoners\n"
        "- End of 2023: 1,470\n"
        "- March 2024: close to 1,400, the monitors say\n"
    )
    figures = _figures(text)
    assert ("political_prisoners_held", 1470) in figures
    assert ("political_prisoners_held", 1400) in figures


def test_a_fact_box_row_labelled_behind_bars() -> None:
    text = "THIS WINTER\n* Behind bars: 1,163 on the last day of February, 170 of them women.\n"
    assert ("political_prisoners_held", 1163) in _figures(text)


def test_a_permit_withdrawn_is_a_measure_on_its_holder() -> None:
    text = (
        "The sanctions on the airline widened. Canada withdrew Avialinii's landing permit in "
        "March 2022, and Norway withdrew the operating licence of Kalitorg Air in April 2022."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Avialinii", "2022-03") in rows
    assert ("imposed", "Kalitorg Air", "2022-04") in rows


def test_a_quotation_after_a_numbered_items_label_credited_after_a_plain_hyphen() -> None:
    text = (
        "4. Word of the week. "
        '"They took the books first, then the letters." - Kseniya Dubrova, 22, whose brother '
        "was jailed in 2022.\n"
    )
    assert _quotes(text) == {"They took the books first, then the letters.": "Kseniya Dubrova"}


def test_a_colon_after_the_subject_past_a_lead_in_and_a_clause_that_dates_it() -> None:
    text = (
        'Hanna Ziuzina, in March, called the pardon "a gesture". This week, after the last bus '
        'had left, she chose harder words: "They open one door and brick up two."'
    )
    assert _quotes(text)["They open one door and brick up two."] == "Hanna Ziuzina"


def test_hauliers_barred_from_carrying_goods_on_a_powers_territory() -> None:
    text = (
        "The sanctions still bite. Since May 2022 road transport firms registered in Belarus "
        "and Russia have been barred from carrying goods on EU territory."
    )
    rows = {(a, t, i) for a, t, i, _ in _sanction_rows(text)}
    assert (
        "imposed",
        "road transport firms registered in Belarus and Russia",
        "European Union",
    ) in rows


def test_a_company_named_by_its_first_word_after_its_full_name() -> None:
    text = (
        "The regulator fined Northgate Grain Partners, LLC for shipments of Belarusian potash. "
        'In a statement, Northgate said it "has changed its suppliers" since the inquiry began.'
    )
    assert _quotes(text) == {"has changed its suppliers": "Northgate Grain Partners, LLC"}


def test_a_company_defined_by_a_short_name_in_brackets() -> None:
    text = (
        'The office settled with Lindqvist Freight Services Ltd ("Lindqvist"). Lindqvist said '
        'it "cooperated fully" with the review.'
    )
    assert _quotes(text) == {"cooperated fully": "Lindqvist Freight Services Ltd"}


def test_a_legal_form_after_a_name_makes_a_company_not_a_person() -> None:
    text = "Daugava Bulk Terminals SIA and Northgate Grain Partners, LLC were fined."
    kinds = {text[m.start : m.end]: m.kind for m in find_mentions(text).items}
    assert kinds["Daugava Bulk Terminals SIA"] == "org"
    assert kinds["Northgate Grain Partners"] == "org"


def test_the_company_is_the_company_the_text_is_about() -> None:
    text = (
        "Regulators fined Westbrook Agri Supply Inc. for buying potash from Belaruskali OAO, "
        "the state producer. Westbrook cooperated with the inquiry. Westbrook has since changed "
        'its suppliers. The company said it "will not buy Belarusian potash again."'
    )
    assert _quotes(text) == {"will not buy Belarusian potash again.": "Westbrook Agri Supply Inc"}


def test_members_named_after_a_measure_on_their_group() -> None:
    text = (
        "The sanctions widened. Vilnius has put some forty Belarusian firms and officials on "
        "its national list, including the tyre maker Belshina, and closed two crossings."
    )
    rows = {(a, t, i) for a, t, i, _ in _sanction_rows(text)}
    assert ("imposed", "Belshina", "Lithuania") in rows


def test_a_count_with_an_including_aside_that_holds_an_appositive() -> None:
    text = (
        "In June, 12 prisoners including Ihar Losik, the blogger from Baranavichy, were released "
        "and taken to Vilnius."
    )
    assert ("prisoners_released", 12) in _figures(text)


def test_a_group_of_offices_with_what_they_were_involved_in() -> None:
    text = (
        "The sanctions widened. Norway sanctioned investigators, judges and prison guards "
        "involved in the arrest and torture of protesters on Monday."
    )
    targets = [t for _, t, _, _ in _sanction_rows(text)]
    assert targets == ["investigators, judges and prison guards"]


def test_a_table_of_measures_and_what_happened_to_them() -> None:
    text = (
        "Where the Canadian measures stand:\n\n"
        "| Canadian measure | What happened |\n"
        "|---|---|\n"
        "| Belshina sanctions (March 2022) | Eased in May 2025; lifted in October 2025 |\n"
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Belshina", "Canada", "2022-03") in rows
    assert ("eased", "Belshina", "Canada", "2025-05") in rows
    assert ("lifted", "Belshina", "Canada", "2025-10") in rows


def test_a_timeline_row_whose_measure_cell_tells_the_step_in_its_own_words() -> None:
    text = (
        "UK sanctions timeline\n\n"
        "| Date | Measure | UK action |\n"
        "|---|---|---|\n"
        "| May 2022 | Naftan added to the sanctions list | Imposed |\n"
        "| 2 June 2025 | Naftan permitted to sell fuel, incl. for Polish buyers | Eased |\n"
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Naftan", "United Kingdom", "2022-05") in rows
    assert ("eased", "Naftan", "United Kingdom", "2025-06-02") in rows
    assert not any("|" in t or t == "Polish buyers" for _, t, _, _ in rows)


def test_measures_on_names_each_dated_by_a_year_in_brackets() -> None:
    text = (
        "The sanctions still shape our work. The EU measures against Naftan (2022) and "
        "Belshina (2023) remain in force."
    )
    rows = set(_sanction_rows(text))
    assert ("imposed", "Naftan", "European Union", "2022") in rows
    assert ("imposed", "Belshina", "European Union", "2023") in rows


def test_a_measure_a_participle_tells_inside_a_question_about_its_effect() -> None:
    text = (
        "Staff have asked whether the Canadian sanctions imposed on Belshina in 2022 affect our "
        "orders. They do not."
    )
    assert ("imposed", "Belshina", "Canada", "2022") in _sanction_rows(text)


def test_that_year_after_the_verb_of_a_relative_clause_is_no_target() -> None:
    text = (
        "The sanctions. Our suppliers have certified since 2022 that they buy nothing from "
        "Naftan, which the European Union sanctioned that year."
    )
    targets = {t for _, t, _, _ in _sanction_rows(text)}
    assert "Naftan" in targets
    assert "that year" not in targets


def test_a_count_whose_participle_clause_is_long_before_its_own_verb() -> None:
    text = (
        "Twenty-two people jailed in Belarus after the 2020 election or for alleged "
        '"extremism" online were pardoned on Friday, state media said.'
    )
    figures = _figures(text)
    assert ("prisoners_released", 22) in figures
    assert ("prisoners_detained", 22) not in figures


def test_a_package_of_measures_names_sanctions_and_a_powers_next_verb_ends_the_list() -> None:
    text = (
        "Norway marked the date with a new package of measures. It bans imports of Belarusian "
        "timber and cement and restricts dealings in Belarusian state bonds."
    )
    targets = {t for a, t, _, _ in _sanction_rows(text) if a == "imposed"}
    assert {"Belarusian timber", "cement", "Belarusian state bonds"} <= targets
    assert not any("restricts" in t for t in targets)


def test_a_second_powers_ban_told_by_where_the_target_may_not_go_either() -> None:
    text = (
        "Sanctions apply to these routes. Belarusian airlines have been barred from EU airspace "
        "since 2021 and from Swiss airspace as well."
    )
    rows = {(t, i) for a, t, i, _ in _sanction_rows(text) if a == "imposed"}
    assert {
        ("Belarusian airlines", "European Union"),
        ("Belarusian airlines", "Switzerland"),
    } <= rows


def test_a_second_ban_of_another_clause_is_not_the_first_targets() -> None:
    text = (
        "Sanctions apply. Naftan was placed under US sanctions in 2022, and Belarusian "
        "carriers remain banned from EU airspace and from UK airspace."
    )
    rows = {(t, i) for a, t, i, _ in _sanction_rows(text)}
    assert ("Naftan", "United Kingdom") not in rows
    assert ("Belarusian carriers", "United Kingdom") in rows


def test_goods_kept_from_crossing_a_country_are_its_measure() -> None:
    text = (
        "Goods under EU sanctions are checked. Naftan's freight has not been allowed through "
        "Latvia since March 2023."
    )
    assert ("imposed", "Naftan's freight", "Latvia", "2023-03") in _sanction_rows(text)


def test_a_measures_target_ends_before_the_sentences_own_verb() -> None:
    text = (
        "Sanctions apply. The Latvian government's decision to halt the transit of Naftan "
        "fuel took effect on 1 March."
    )
    targets = {t for _, t, _, _ in _sanction_rows(text)}
    assert "Naftan fuel" in targets
    assert not any("took" in t for t in targets)


def test_a_described_speaker_with_where_they_serve_and_a_long_aside() -> None:
    text = (
        'Ales Marozau spoke first. "We are relieved," he said.\n\n'
        "A Polish customs officer at Terespol, speaking on condition of anonymity because he was "
        "not allowed to brief reporters, said the lanes had been cleared. "
        '"Nobody told us who was coming," he said.'
    )
    assert _quotes(text)["Nobody told us who was coming"] == "Polish customs officer"


def test_a_measures_noun_opening_a_sentence_is_found() -> None:
    text = (
        "London widened its sanctions on Belarus in March. Restrictions on Naftan were "
        "lifted in October."
    )
    assert ("lifted", "Naftan") in {(a, t) for a, t, _, _ in _sanction_rows(text)}


def test_a_chronologys_dot_leaders_join_a_rows_date_to_its_step() -> None:
    text = (
        "TIMELINE OF UK SANCTIONS\n\n"
        "  June 2022 .......... Restrictions imposed on Naftan\n"
        "  5 March 2024 . Grodno Azot sanctions eased\n\n"
        "The list is reviewed each year."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "2022-06") in rows
    assert ("eased", "Grodno Azot", "2024-03-05") in rows


def test_a_measure_said_to_hold_after_it_was_told_imposed_is_one_claim() -> None:
    text = (
        "In June 2022 the United Kingdom imposed sanctions on Belarusian cement. In May 2024 "
        "it lifted its ban on Naftan.\n\nThe cement sanctions remain in force."
    )
    cement = [t for a, t, _, _ in _sanction_rows(text) if a == "imposed" and "cement" in t]
    assert cement == ["Belarusian cement"]


def test_a_country_measures_are_against_is_no_power_of_a_tables_title() -> None:
    text = (
        "Table 2: UK measures against Belarus, 2022-2024\n\n"
        "| Date       | Target  | Action  |\n"
        "|------------|---------|---------|\n"
        "| June 2022  | Naftan  | Imposed |\n"
        "| May 2024   | Naftan  | Lifted  |\n\n"
        "The sanctions were reviewed in 2024."
    )
    rows = {(a, t, i, d) for a, t, i, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "United Kingdom", "2022-06") in rows
    assert ("lifted", "Naftan", "United Kingdom", "2024-05") in rows


def test_a_tables_step_column_names_the_target_in_its_own_words() -> None:
    text = (
        "CANADIAN SANCTIONS TIMELINE\n\n"
        "| Date       | Step                          |\n"
        "|------------|-------------------------------|\n"
        "| March 2022 | Grodno Azot restrictions imposed |\n"
        "| April 2025 | Grodno Azot sanctions lifted  |\n"
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Grodno Azot", "2022-03") in rows
    assert ("lifted", "Grodno Azot", "2025-04") in rows


def test_a_table_that_sums_up_the_prose_gives_each_measure_once() -> None:
    text = (
        "In June 2022 the United Kingdom imposed sanctions on Naftan, and in May 2024 it "
        "lifted them.\n\nUK sanctions on Naftan\n\n"
        "| Date       | Target  | Action  |\n"
        "|------------|---------|---------|\n"
        "| June 2022  | Naftan  | Imposed |\n"
        "| March 2023 | Belshina | Imposed |\n"
    )
    imposed = [(t, d) for a, t, _, d in _sanction_rows(text) if a == "imposed"]
    assert imposed.count(("Naftan", "2022-06")) == 1
    assert ("Belshina", "2023-03") in imposed


def test_a_later_target_after_before_and_a_gerund_is_its_own() -> None:
    text = (
        "Sanctions policy shifted. In 2024 London eased, then lifted, its sanctions on Naftan "
        "before lifting its sanctions on Belarusian cement."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert {("eased", "Naftan"), ("lifted", "Naftan"), ("lifted", "Belarusian cement")} <= rows
    assert ("eased", "Belarusian cement") not in rows
    assert not any("before" in t for _, t in rows)


def test_a_timeline_row_that_closes_on_its_steps_participle() -> None:
    text = (
        "Chronology of British sanctions:\n"
        "  - June 2022 - restrictions on Naftan imposed\n"
        "  - May 2024 - sanctions on Naftan lifted\n"
        "  Mar 2023   Belshina restrictions imposed\n"
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "2022-06") in rows
    assert ("lifted", "Naftan", "2024-05") in rows
    assert ("imposed", "Belshina", "2023-03") in rows


def test_measures_as_the_subject_that_targeted_a_target() -> None:
    text = (
        "Sanctions news. The British sanctions of June 2022 had targeted the refinery Naftan "
        "among others. New measures targeted at the judiciary were only discussed."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "2022-06") in rows
    assert not any("judiciary" in t for _, t, _ in rows)


def test_a_clause_after_a_semicolon_that_leaves_the_verb_out() -> None:
    text = (
        "Sanctions news. The timber sanctions had been imposed in March 2022; the Naftan "
        "restrictions in June 2023. Ottawa lifted its ban on Belshina in May 2024; the "
        "restrictions on Grodno Azot in July 2024."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "2023-06") in rows
    assert ("lifted", "Grodno Azot", "2024-07") in rows


def test_a_bodys_name_inside_a_description_is_not_who_speaks() -> None:
    text = (
        "Naftan shipped less fuel this year. A former Naftan engineer, now living in Vilnius, "
        'said the plant had slowed down. "The pipes are old and the spare parts are gone."'
    )
    assert _quotes(text)["The pipes are old and the spare parts are gone."] == (
        "former Naftan engineer"
    )


def test_a_measure_imposed_back_in_a_year_and_still_in_place() -> None:
    text = "Sanctions news. London's sanctions on Naftan, imposed back in 2022, are still in place."
    assert ("imposed", "Naftan", "United Kingdom", "2022") in _sanction_rows(text)


def test_a_powers_officials_weighing_a_measures_own_verb_is_a_threat() -> None:
    text = (
        "Sanctions news. EU diplomats are now seriously discussing banning Belarusian cement. "
        "Member states have discussed extending the asset freeze to further Belarusian judges."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("threatened", "Belarusian cement") in rows
    assert ("threatened", "Belarusian judges") in rows
    assert not any(a == "imposed" for a, _ in rows)


def test_a_service_denied_to_those_it_would_come_from() -> None:
    text = (
        "Sanctions news. The EU has prohibited the acceptance of deposits above 50,000 euros "
        "from Belarusian state companies."
    )
    assert ("imposed", "Belarusian state companies") in {
        (a, t) for a, t, _, _ in _sanction_rows(text)
    }


def test_a_powers_list_drawn_up_names_those_on_it() -> None:
    text = (
        "Sanctions news. In March 2021 Canada published its first list of some thirty judges, "
        "and added Yury Karayeu in May 2021. Ottawa imposed sanctions on Karayeu personally."
    )
    rows = {(a, t, i) for a, t, i, _ in _sanction_rows(text)}
    assert ("imposed", "judges", "Canada") in rows
    assert ("imposed", "Yury Karayeu", "Canada") in rows
    assert not any("personally" in t for _, t, _ in rows)


def test_a_key_figure_with_a_reference_works_note_marks() -> None:
    text = (
        "The pardons of political prisoners in 2023\n\nAt a glance\n"
        "Pardoned in 2023 ........ 41 (rights group count)[4]\n"
        "Political prisoners held ........ 1,480[5]\n"
    )
    assert {("prisoners_released", 41), ("political_prisoners_held", 1480)} <= _figures(text)


def test_a_second_target_dated_by_a_month_of_this_year() -> None:
    text = (
        "Published 5 November 2024\n\nSanctions news. London sanctioned Naftan in 2022 and the "
        "tyre maker Belshina in March this year. Ottawa and Canberra announced parallel "
        "measures against Belarusian judges on the same day."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Belshina", "2024-03") in rows
    assert any(t == "Belarusian judges" for _, t, _ in rows)


def test_a_target_after_a_courtesy_title_with_a_full_stop() -> None:
    text = "Sanctions news. Australia imposed sanctions on Mrs. Yermoshina in October 2020."
    rows = {(a, t, i, d) for a, t, i, d in _sanction_rows(text)}
    assert any(a == "imposed" and "Yermoshina" in t and d == "2020-10" for a, t, _, d in rows)


def test_a_measure_a_clause_tells_taken_under_a_relief_only_wished() -> None:
    text = (
        "Sanctions news. The opposition fears Brussels may soon relax the sanctions it placed "
        "on Naftan in June 2021 and on Grodno Azot in 2022."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "2021-06") in rows
    assert ("imposed", "Grodno Azot", "2022") in rows
    assert not any(a in ("lifted", "eased") for a, _, _ in rows)


def test_a_second_target_after_a_long_aside_on_the_first_date() -> None:
    text = (
        "Sanctions news. Ottawa imposed measures on Belarusian timber in 2022, eighteen months "
        "after the crackdown that followed the vote of August 2020, and on the refinery Naftan "
        "in 2024."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Naftan", "2024") in rows


def test_a_power_adds_to_a_list_no_word_names() -> None:
    text = (
        "Sanctions news. In May 2023 the Australian government added the tractor maker MTZ and "
        "four judges to its list. The rights group Viasna added 12 people to its list that week, and Japan "
        "added more names to the list."
    )
    rows = {(a, t, i) for a, t, i, _ in _sanction_rows(text)}
    assert any(a == "imposed" and "MTZ" in t and i == "Australia" for a, t, i in rows)
    assert not any("people" in t or "names" in t for _, t, _ in rows)


def test_a_step_a_power_holds_out_on_a_condition_is_a_threat() -> None:
    text = (
        "Sanctions news. A Japanese diplomat said Tokyo could impose sanctions on Belarusian "
        "bankers if the arrests went on."
    )
    assert ("threatened", "Belarusian bankers") in {(a, t) for a, t, _, _ in _sanction_rows(text)}


def test_a_condition_opened_by_should_is_no_step() -> None:
    text = (
        "Sanctions news. Should the EU add further prison officials to its sanctions list, Bern "
        "would follow. Should London impose sanctions on the Naftan refinery, Minsk would answer "
        "in kind, an official warned."
    )
    assert not any(a == "imposed" for a, _, _, _ in _sanction_rows(text))


def test_a_measure_told_by_a_list_in_a_relative_clause() -> None:
    text = (
        "Sanctions news. The team's sponsor is the refinery Naftan, which Britain added to its "
        "sanctions list in March 2022, weeks after the invasion."
    )
    assert ("imposed", "Naftan", "United Kingdom", "2022-03") in _sanction_rows(text)


def test_words_drawn_from_a_possessed_letter_are_its_writers() -> None:
    text = (
        "Pavel Seviarynets has been held since 2020. His sister Maryna, who runs a bakery in "
        "Grodno, wrote to the paper in March. She sent us two sentences of his latest letter: "
        '"The winter here is long. I count the days by the books I finish."'
    )
    assert _quotes(text) == {
        "The winter here is long. I count the days by the books I finish.": "Pavel Seviarynets"
    }


def test_a_pronoun_means_the_name_an_appositive_sets_off_as_subject() -> None:
    text = (
        "Maryna Zolatava was released on Friday. In Warsaw, a reporter from the news site "
        "Zolatava once ran, the editor Hanna Sauchuk, learned of it at her desk. "
        '"I had to sit down for a minute," she said.'
    )
    assert _quotes(text) == {"I had to sit down for a minute": "Hanna Sauchuk"}


def test_a_place_where_something_happened_writes_no_document() -> None:
    text = (
        "In Gdansk, the painter Olga Yakubovskaya opened an exhibition of prison drawings.\n\n"
        "A circle of exiled Belarusian poets published an appeal on Monday asking Brussels to "
        'hold its course. "Freedom is not for sale," the appeal said.'
    )
    assert _quotes(text).get("Freedom is not for sale") != "Gdansk"


def test_a_role_by_a_possessive_pronoun_is_the_one_named_with_it_before() -> None:
    text = (
        "Palina Sharenda was moved to a colony in Homel. Her lawyer, Anna Bokhan, visited her "
        'on Monday. Asked about an appeal, her lawyer said: "We will file it within the week."'
    )
    assert _quotes(text) == {"We will file it within the week.": "Anna Bokhan"}


def test_a_number_after_according_to_names_sources_not_a_count() -> None:
    text = (
        "Western diplomats work from a figure of about 1,200 political prisoners, and according "
        "to one exile estimate another 90 people were recognised as political prisoners in June."
    )
    assert ("political_prisoners_held", 1) not in _figures(text)
    assert ("political_prisoners_held", 1200) in _figures(text)


def test_a_measure_dated_the_previous_or_the_following_year() -> None:
    text = (
        "Sanctions news. In 2023 Latvia closed its border crossing at Silene to freight, "
        "following EU sanctions imposed the previous year on the truck maker MAZ. Britain "
        "listed Naftan in 2021 and banned imports of Belarusian timber the following year."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "MAZ", "2022") in {(a, t.split()[-1], d) for a, t, d in rows}
    assert any(a == "imposed" and "timber" in t and d == "2022" for a, t, d in rows)


def test_a_headline_remark_before_its_speaker_and_a_present_verb() -> None:
    text = (
        "EASTERN DESK\n\n"
        '"The prisons fill faster than they empty," Tsikhanouskaya tells MEPs\n\n'
        "By Jan Ostrowski\n\n"
        "Sviatlana Tsikhanouskaya addressed the European Parliament on Wednesday.\n"
    )
    assert _quotes(text) == {"The prisons fill faster than they empty": "Sviatlana Tsikhanouskaya"}


def test_a_count_of_one_in_the_singular_stands_for_those_named_after_it() -> None:
    text = (
        "Sanctions news. Ottawa added 6 individuals and 1 entity to its sanctions list. Among the "
        "entities added is the tyre maker Belshina."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("imposed", "Belshina") in rows
    assert not any("entity" in t for _, t in rows)


def test_a_full_stop_after_a_numbered_part_ends_the_sentence() -> None:
    text = (
        "Official Journal of the European Union: restrictive measures concerning Belarus\n\n"
        "The Council adds 3 natural persons and 2 legal persons to the list in Annex I. Among "
        "the entities added is the truck maker MAZ.\n"
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("imposed", "MAZ") in rows
    assert not any("persons" in t for _, t in rows)


def test_a_bare_verb_of_listing_after_a_modal_is_a_threat() -> None:
    text = (
        "Sanctions news. Canberra has said it might designate more Belarusian prison governors "
        "if the deaths in custody go on. Tokyo will also blacklist two Minsk arms dealers."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert ("threatened", "Belarusian prison governors") in rows
    assert ("threatened", "Minsk arms dealers") in rows
    assert not any(a == "imposed" for a, _ in rows)


def test_hauliers_barred_from_moving_goods_across_a_powers_territory() -> None:
    text = (
        "Sanctions news. Since 10 May 2022, freight carriers registered in Belarus and Russia "
        "have been barred from transporting cargo through the European Union under the sanctions "
        "package."
    )
    rows = {(a, t, i) for a, t, i, _ in _sanction_rows(text)}
    assert (
        "imposed",
        "freight carriers registered in Belarus and Russia",
        "European Union",
    ) in rows
    assert not any(t == "Russia" for _, t, _ in rows)


def test_a_group_added_with_its_kinds_in_an_aside_to_a_list_of_those_barred() -> None:
    text = (
        "Sanctions news. Vilnius has added two hundred Belarusian officials, among them riot "
        "police commanders, to the list of foreigners barred from entering Lithuania."
    )
    rows = {(a, t, i) for a, t, i, _ in _sanction_rows(text)}
    assert ("imposed", "Belarusian officials", "Lithuania") in rows


def test_a_count_that_reached_a_neighbouring_country_was_freed() -> None:
    text = (
        "Minsk let 31 prisoners go on Friday after a visit by a US delegation. One man refused "
        "to leave and was driven back to his colony, so 30 actually reached Lithuania. By "
        "Christmas, 12 of them had reached Warsaw."
    )
    found = _figures(text)
    assert ("prisoners_released", 30) in found
    assert ("prisoners_released", 12) not in found


def test_a_sanctions_list_extended_to_those_it_now_covers() -> None:
    text = (
        "Sanctions news. In March 2023 Oslo extended its sanctions list to further Belarusian "
        "prosecutors and prison governors."
    )
    rows = {(a, t, d) for a, t, _, d in _sanction_rows(text)}
    assert ("imposed", "Belarusian prosecutors and prison governors", "2023-03") in rows


def test_people_alone_added_to_a_powers_own_list_tell_no_target() -> None:
    text = (
        "Sanctions news. In June Ottawa added 40 people to its own list, and in July it added "
        "nine border guards to its own list."
    )
    rows = {(a, t) for a, t, _, _ in _sanction_rows(text)}
    assert any(a == "imposed" and t.endswith("border guards") for a, t in rows)
    assert not any("people" in t for _, t in rows)


def test_two_measures_named_by_their_nouns_in_one_list() -> None:
    text = (
        "Sanctions news. Iceland has aligned itself with the bloc's sanctions on Belarus since "
        "2022, including the ban on Belarusian timber and the restrictions on petroleum products."
    )
    targets = {t for a, t, _, _ in _sanction_rows(text) if a == "imposed"}
    assert "petroleum products" in targets
    assert not any(" and " in t for t in targets)
    assert not any(t.startswith("restrictions") for t in targets)


def test_a_chamber_or_a_federation_described_is_a_body_that_speaks() -> None:
    text = (
        "Fertiliser costs climbed again. The district traders' chamber said it "
        '"sees no quick end to the shortage". The national rowing federation said the athletes '
        'would "compete as neutrals or not at all".'
    )
    quotes = _quotes(text)
    assert quotes.get("sees no quick end to the shortage") == "district traders' chamber"
    assert quotes.get("compete as neutrals or not at all") == "national rowing federation"
