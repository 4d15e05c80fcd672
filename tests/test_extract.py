"""The extractor on short texts with the real model: what is counted, what is said of it, who says it."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.types import Claim, DateValue, Quantity


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def claims_of(nlp: Language, text: str) -> list[Claim]:
    return list(claimcheck.extract_text("t", text, nlp))


def one(claims: list[Claim], text: str, kind: str | None = None) -> Claim:
    hits = [c for c in claims if c.text == text and (kind is None or c.kind == kind)]
    assert len(hits) == 1, [(c.kind, c.text) for c in claims]
    return hits[0]


def test_offsets_are_exact(nlp: Language) -> None:
    text = "Headline without a stop\n\nThe IOPC investigated the actions of 17 officers.\r\n\r\nIt ended in 2018.\n"
    for c in claims_of(nlp, text):
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_end] == c.sentence


def test_count_with_its_noun_predicate_and_modifiers(nlp: Language) -> None:
    cs = claims_of(nlp, "The IOPC investigated the actions of 17 officers.")
    c = one(cs, "17", "count")
    assert c.value == Quantity.exact(17) and c.counted == "officer"
    assert c.predicate is not None and c.predicate.startswith("investigate action")
    cs = claims_of(nlp, "Eight former and current Met Police officers are being investigated for gross misconduct.")
    c = one(cs, "Eight", "count")
    assert c.counted == "officer" and {"former", "current"} <= set(c.modifiers)
    assert c.tense == "present"


def test_part_of_a_whole_and_the_whole(nlp: Language) -> None:
    cs = claims_of(nlp, "16 of the 17 officers involved in the case refused to answer questions.")
    part = one(cs, "16 of the 17", "count")
    assert isinstance(part.value, Quantity) and part.value.value == 16 and part.value.whole == 17 and part.partitive
    whole = one(cs, "17 officers", "count")
    assert whole.value == Quantity.exact(17) and whole.derived_from == part.id


def test_all_but_one_takes_its_whole_from_the_article(nlp: Language) -> None:
    text = (
        'He said: "In our original investigation, we examined the actions of 17 officers.\n\n'
        '"All but one gave no-comment interviews under misconduct caution."'
    )
    c = one(claims_of(nlp, text), "All but one", "count")
    assert isinstance(c.value, Quantity) and c.value.value == 16 and c.value.whole == 17
    assert c.counted == "officer" and c.inferred


def test_a_sum_of_conjoined_counts(nlp: Language) -> None:
    text = "Five Metropolitan Police officers and three former officers are being investigated."
    cs = claims_of(nlp, text)
    total = one(cs, "Five Metropolitan Police officers and three former officers", "count")
    assert total.value == Quantity.exact(8) and total.counted == "officer"
    five = one(cs, "Five", "count")
    assert five.partitive and isinstance(five.value, Quantity) and five.value.whole == 8


def test_a_breakdown_after_a_dash_is_no_further_part_of_a_list(nlp: Language) -> None:
    """ "Injured: five workers - three NEGC employees and two contract workers": the parse of the whole fact box
    joins the last "workers" to the first, but the count of employees between them says the two is a part of the
    five's breakdown, not a second item of a list of workers; there is no total of seven."""
    article = Path(__file__).parent.parent / "fixtures/heldout_stories/dhekiajan-gas-well-blowout-2025/articles"
    text = next(article.glob("007_*.txt")).read_text(encoding="utf-8")
    cs = claims_of(nlp, text)
    assert not [c for c in cs if c.kind == "count" and c.value == Quantity.exact(7)]
    assert one(cs, "five", "count").value == Quantity.exact(5)


def test_a_list_with_a_rounded_count_has_no_exact_sum(nlp: Language) -> None:
    """ "1,240 permanent jobs and about 3,100 construction jobs": no exact total of jobs, and no part of one."""
    cs = claims_of(nlp, "The arena would create 1,240 permanent jobs and about 3,100 construction jobs.")
    assert [c.text for c in cs if c.kind == "count"] == ["1,240", "about 3,100"]


def test_a_sum_of_a_list_of_three_counts(nlp: Language) -> None:
    # the parse chains each noun to the one before it; the total is of the whole list, and each count is a part of
    # it (a list of three once took the middle count as a part twice and stopped extraction with an error)
    cs = claims_of(nlp, "Divers brought up 4 crates, 5 crates and 6 crates from the wreck.")
    total = one(cs, "4 crates, 5 crates and 6 crates", "count")
    assert total.value == Quantity.exact(15) and total.inferred == "the sum of 4, 5 and 6"
    for n in ("4", "5", "6"):
        part = one(cs, n, "count")
        assert part.partitive and isinstance(part.value, Quantity) and part.value.whole == 15


def test_a_list_that_adds_up_to_a_count_of_what_befell_people_names_its_parts(nlp: Language) -> None:
    # the parse may hang the list on the verb ("three crew members" as an adverb of "taken"), not on the count
    text = (
        "Paramedics assessed 38 people at the airport. Seventeen were taken to hospital, three crew members and 14 "
        "passengers, several with head injuries."
    )
    cs = claims_of(nlp, text)
    for n, counted in (("three", "crew"), ("14", "passenger")):
        part = one(cs, n, "count")
        assert part.partitive and isinstance(part.value, Quantity) and part.value.whole == 17
        assert (part.counted, part.measure) == (counted, "hospitalised")
    # a list that adds up to a count of no measure lists all of each; one that does not add up is no list of parts
    for text, n in (
        ("The ship carried 301 people, 287 passengers and 14 crew.", "287"),
        ("Police said 12 people were arrested, four men and six women.", "four"),
    ):
        assert not one(claims_of(nlp, text), n, "count").partitive


def test_others_after_a_count_of_the_same_measure_are_a_part(nlp: Language) -> None:
    """ "Twelve injured are admitted to the hospital. Seven others with head injuries were referred to ...": the
    others are the rest of the injured, a part and never the whole; "Two people died and 12 others were injured"
    counts all the injured, and a headline's count is no group the story's "others" go on from."""
    text = (
        "Twelve injured are admitted to the Civil Hospital, where the condition of most was stable. Seven others"
        " with head and spinal injuries were referred to the Medical College in the afternoon."
    )
    assert one(claims_of(nlp, text), "Seven").partitive
    assert not one(claims_of(nlp, "Two people died and 12 others were injured."), "12").partitive
    text = "Train overturns: 7 killed, 200 injured\n\nThe train flipped over, injuring more than 200 others."
    assert not one(claims_of(nlp, text), "more than 200").partitive


def test_comparatives_keep_their_interval(nlp: Language) -> None:
    c = one(claims_of(nlp, "Port went on to assault more than a dozen other men."), "more than a dozen")
    assert isinstance(c.value, Quantity) and c.value.low == 12 and not c.value.low_inclusive and c.value.high is None
    assert c.counted == "man" and "other" in c.modifiers


def test_age_of_a_named_person(nlp: Language) -> None:
    cs = claims_of(nlp, "The family of Jack Taylor, 25, from Dagenham, are not commenting.")
    c = one(cs, "25", "age")
    assert c.about == "Jack Taylor" and c.value == Quantity.exact(25)
    assert not [x for x in cs if x.kind == "count" and x.text == "25"]


@pytest.mark.parametrize(
    ("text", "span", "about"),
    [
        ("Two hikers - Ana Ruiz, 24, and Tom Bell, 29 - were found on Monday.", "29", "Tom Bell"),
        ("date 2025-06-02\n\nTown mourns Sarah Jones, 34\n\nThe hiker was found on Monday.\n", "34", "Sarah Jones"),
    ],
)
def test_an_age_after_a_name_before_a_dash_or_at_a_line_end(nlp: Language, text: str, span: str, about: str) -> None:
    """A dash may go on after the age ("Tom Bell, 29 - were found"), and a headline may end with it."""
    c = one(claims_of(nlp, text), span, "age")
    assert c.about == about and c.value == Quantity.exact(int(span))


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "people"),
    [
        ("The patients were aged between 41 and 88, officials said.", "41 and 88", 41, 88, "patient"),
        ("Four students aged 19 to 23 were hurt.", "19 to 23", 19, 23, "student"),
        ("The injured ranged in age from 6 to 70.", "6 to 70", 6, 70, None),
        ("Children aged 5-11 can now be vaccinated.", "5-11", 5, 11, "child"),
        # a number written as a word at either end, or at both
        ("The school takes pupils aged four to 11 from the village.", "four to 11", 4, 11, "pupil"),
        ("Two girls aged seven to nine were treated for burns.", "seven to nine", 7, 9, "girl"),
        ("The victims were aged between twenty and thirty, police said.", "twenty and thirty", 20, 30, "victim"),
    ],
)
def test_a_range_of_ages_is_an_age_of_a_group(
    nlp: Language, text: str, span: str, low: int, high: int, people: str | None
) -> None:
    """ "aged between 41 and 88": the ages of a group of people, from the youngest to the oldest, and no count."""
    cs = claims_of(nlp, text)
    c = one(cs, span, "age")
    assert c.value == Quantity(value=None, low=low, high=high) and c.about is None
    assert c.modifiers == ((people,) if people else ())
    assert not [x for x in cs if x.kind == "count" and set(x.text.split()) & set(span.replace("-", " ").split())]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("Police held two women, aged 27 and 45, overnight.", ["27", "45"]),
        ("The three climbers, aged 19, 22 and 30, were rescued.", ["19", "22", "30"]),
    ],
)
def test_a_list_of_ages_is_one_age_each(nlp: Language, text: str, ages: list[str]) -> None:
    """ "aged 27 and 45" is two people's ages, not a range from 27 to 45, and none of them is a count."""
    cs = claims_of(nlp, text)
    assert [c.text for c in cs if c.kind == "age"] == ages
    assert all(one(cs, a, "age").value == Quantity.exact(int(a)) for a in ages)
    assert not [c for c in cs if c.kind == "count" and c.text in ages]


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "people"),
    [
        ("A woman in her 70s was pulled from the car.", "70s", 70, 79, "woman"),
        ("The driver, a man in his early forties, was arrested.", "early forties", 40, 43, "man"),
        ("Two brothers in their late 20s were named.", "late 20s", 27, 29, None),
    ],
)
def test_an_age_told_by_its_decade_is_a_range(
    nlp: Language, text: str, span: str, low: int, high: int, people: str | None
) -> None:
    """ "in his 60s", "in her early forties": an age within the decade, or the part of it told, and no count."""
    cs = claims_of(nlp, text)
    c = one(cs, span, "age")
    assert c.value == Quantity(value=None, low=low, high=high)
    if people is not None:
        assert c.modifiers == (people,)


@pytest.mark.parametrize(
    ("text", "age", "about"),
    [
        # an age told as the person's age now
        ("The report asks how Dr Oliver Brandt, now 58, kept operating.", "58", "Oliver Brandt"),
        # a person's role before a name the model takes for an organisation's
        ("The hall administrator, Mihai Stan, 47, and promoter Emil Dobre, 39, were detained.", "39", "Emil Dobre"),
        # a role before the name says whose age it is, wherever the clause goes on after it
        ("For retiree Tan Boon Huat, 61, the breach was not just a headline.", "61", "Tan Boon Huat"),
    ],
)
def test_an_age_after_a_name_told_as_now_or_after_a_role(nlp: Language, text: str, age: str, about: str) -> None:
    c = one(claims_of(nlp, text), age, "age")
    assert c.value == Quantity.exact(int(age)) and c.about == about


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The veteran northern trucker, 57, smashed his way out through the cab window.", "trucker"),
        ("A motorist, 33, was cut free by firefighters.", "motorist"),
    ],
)
def test_the_operator_of_a_machine_is_a_person_with_an_age(nlp: Language, text: str, role: str) -> None:
    """WordNet puts a driver, a trucker, a motorist beside person, under causal agent; each is a person whose age
    follows set off by commas."""
    c = one(claims_of(nlp, text), text.split(", ")[1], "age")
    assert role in c.modifiers


def test_an_age_set_beside_a_name_is_that_persons_whatever_the_names_label(nlp: Language) -> None:
    # the model labels "Anouk van der Berg" no PERSON; "a 19-year-old Dutch student" says she is one
    c = one(claims_of(nlp, "The victims included Anouk van der Berg, a 19-year-old Dutch student."), "19", "age")
    assert c.about == "Anouk van der Berg"


def test_a_count_hyphened_to_a_noun_counts_that_noun_and_is_not_timed_by_its_clause(nlp: Language) -> None:
    text = (
        "date 2024-03-06\nShip docks\n\nThe 8,500-TEU vessel docked in Hamburg on Monday. A 300-bed hospital opened "
        "on Tuesday. 40 containers were lost on Sunday.\n"
    )
    got = claims_of(nlp, text)
    teu, beds, lost = one(got, "8,500"), one(got, "300"), one(got, "40")
    assert (teu.counted, beds.counted, lost.counted) == ("teu", "bed", "container")
    # a ship's capacity and a hospital's beds are properties of the ship and the hospital, of no one day
    assert teu.time is None and beds.time is None
    assert lost.time == "2024-03-03"


@pytest.mark.parametrize(
    ("text", "span", "time"),
    [
        # a year tells which of many such things ("Last year a 1,100-pound bomb was found")
        ("Last year a 1,100-pound bomb was found in the river.", "1,100", "2023"),
        # a thing named by its name, or as a definite, is that thing, whatever year its clause gives
        ("The 91,400-tonne Ocean Marigold entered service in 2019 and sails weekly.", "91,400", None),
        ("In 2023 the 22-metre bell tower of the church stood clear of the water.", "22", None),
        ("In 1990 a 300-bed hospital opened in the town.", "300", "1990"),
    ],
)
def test_a_year_times_a_size_hyphened_to_a_noun_only_where_it_tells_which_thing(
    nlp: Language, text: str, span: str, time: str | None
) -> None:
    assert one(claims_of(nlp, "date 2024-03-06\n\n" + text + "\n"), span).time == time


@pytest.mark.parametrize(
    "text",
    ["The walkers were aged 20 to 30 per cent fitter.", "Prices for those aged 18 rose 20 to 30 percent."],
)
def test_a_range_of_percentages_is_no_range_of_ages(nlp: Language, text: str) -> None:
    assert not [c for c in claims_of(nlp, text) if c.kind == "age" and c.value.low != c.value.high]  # type: ignore[union-attr]


def test_dates_attach_to_events_and_relative_ones_need_a_date_line(nlp: Language) -> None:
    c = one(claims_of(nlp, "Port was given a whole life sentence in November 2016."), "November 2016", "date")
    assert isinstance(c.value, DateValue) and c.value.iso() == "2016-11"
    assert c.predicate is not None and "sentence" in c.predicate
    undated = one(claims_of(nlp, "The IOPC began reinvestigating the case last year."), "last year", "date")
    assert undated.value is None and undated.unresolved
    dated = one(claims_of(nlp, "date 2023-02-01\nThe IOPC began reinvestigating the case last year."), "last year")
    assert isinstance(dated.value, DateValue) and dated.value.iso() == "2022"


def test_a_datelines_place_is_never_the_subject_a_figure_is_about(nlp: Language) -> None:
    """ "WASHINGTON (APS) - An Ohio meat processor on Thursday expanded a recall ... to about 3.6 million pounds": the
    parse reads the dateline's city as a second subject; the recall's size is the processor's, as a syndicated copy
    without the dateline makes it."""
    text = (
        "date 2026-10-15\n\nWASHINGTON (APS) - An Ohio meat processor on Thursday expanded a recall of deli meats to"
        " about 3.6 million pounds after a listeria outbreak."
    )
    c = one(claims_of(nlp, text), "about 3.6 million")
    assert c.about is not None and "processor" in c.about


def test_speakers_of_quotes_across_paragraphs(nlp: Language) -> None:
    text = (
        'IOPC regional director Graham Beesley said: "In our original investigation, we examined the actions '
        "of 17 officers.\n\n"
        '"All but one gave no-comment interviews under misconduct caution."\n\n'
        "The watchdog investigated nine officers in 2015."
    )
    cs = claims_of(nlp, text)
    assert one(cs, "17", "count").speaker == "Graham Beesley"
    assert one(cs, "All but one", "count").speaker == "Graham Beesley"
    assert one(cs, "nine", "count").speaker is None
    name = next(c for c in cs if c.kind == "name" and c.about == "Graham Beesley")
    assert name.role == "IOPC regional director"


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # an office right before a name, which the parse hung elsewhere (the company's name read as a verb)
        ("Coralwing chief executive Mark Tolliver said the airline would pay.", "Mark Tolliver", "chief executive"),
        ("The airline hired managing director Jo Bell.", "Jo Bell", "managing director"),
        # a plural or a noun with no modifier before a name is no office of it
        ("Police told local residents Ann Cole and Tim Cole to leave.", "Ann Cole", None),
        ("He thanked the driver Tom Hale.", "Tom Hale", None),
    ],
)
def test_an_office_written_before_a_name_is_its_role(nlp: Language, text: str, person: str, role: str | None) -> None:
    name = next(c for c in claims_of(nlp, text) if c.kind == "name" and c.about == person)
    assert name.role == role


def test_reported_speech_has_a_claimant(nlp: Language) -> None:
    c = one(claims_of(nlp, "Organisers said 1.7 million people took part in the march."), "1.7 million")
    assert c.speaker is None and c.claimant == "Organisers"


def test_hedges(nlp: Language) -> None:
    text = "Failures by the police probably contributed to the deaths of three of the men."
    c = one(claims_of(nlp, text), "three", "count")
    assert "probably" in c.hedges and c.partitive and c.counted == "man"


def test_headlines_and_captions_are_read_and_say_so(nlp: Language) -> None:
    text = (
        "Nine officers face questions\n\n"
        "Stephen Port's four victims. Picture: Met Police\n\n"
        "By Jane Doe, Crime Correspondent\n\n"
        "The performance of nine officers fell below the standard required.\n\n"
        "Officers at the scene on Friday. (AP Photo/John Roe, 2021)\n"
    )
    cs = [c for c in claims_of(nlp, text) if c.kind in ("count", "name", "date")]
    got = [(c.text, c.block) for c in cs]
    assert ("Nine", "headline") in got and ("four", "caption") in got and ("nine", "body") in got
    assert ("Friday", "caption") in got
    # the credits ("Picture: Met Police", the byline, "(AP Photo/John Roe, 2021)") give nothing
    assert not [c for c in cs if c.text in ("2021", "Met Police", "Jane Doe", "John Roe")]


def test_acronyms_defined_in_the_text_are_aliases(nlp: Language) -> None:
    text = (
        "The Independent Office for Police Conduct (IOPC) found no breach.\n\n"
        "The IOPC investigated the actions of 17 officers."
    )
    c = one(claims_of(nlp, text), "17", "count")
    assert "Independent Office for Police Conduct" in c.entities


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # the clock's full stop ends the sentence before a capitalised determiner, preposition or pronoun
        (
            "The alarm sounded at about 10 a.m. Of the 80 pupils, 12 were hurt.",
            ["The alarm sounded at about 10 a.m.", "Of the 80 pupils, 12 were hurt."],
        ),
        ("The bus left at 7 a.m. It carried 40 people.", ["The bus left at 7 a.m.", "It carried 40 people."]),
        # but not before the time's day, zone or a lower-case word
        (
            "The pier fell at 9 a.m. Tuesday and 14 people were hurt.",
            ["The pier fell at 9 a.m. Tuesday and 14 people were hurt."],
        ),
        ("Trading stopped at 2 p.m. ET on Friday.", ["Trading stopped at 2 p.m. ET on Friday."]),
        ("She arrived at 4 p.m. and left at 5.", ["She arrived at 4 p.m. and left at 5."]),
    ],
)
def test_sentences_after_a_clock_time(nlp: Language, text: str, sentences: list[str]) -> None:
    doc = next(claimcheck.nlp.parse_texts(nlp, [text]))
    assert [s.text.strip() for s in doc.sents] == sentences


def test_an_age_may_end_the_sentence_after_a_named_person(nlp: Language) -> None:
    c = one(claims_of(nlp, "The crash was avoidable, said the driver, Rafael Ortega, 49."), "49", "age")
    assert c.about == "Rafael Ortega"


@pytest.mark.parametrize(
    ("text", "span", "place"),
    [
        # "there" points back to the place its sentence names before it
        ("Snow fell on Ottawa overnight, and about 90 flights were cancelled there on Sunday.", "about 90", "Ottawa"),
        # the "there" of "there were" points to nothing
        ("There were 90 flights cancelled on Sunday.", "90", None),
        # a place set before the first of two joined clauses scopes the second too, not a place after its own
        ("He said that in Mashkey at least 177 people had died and over 400 had been injured.", "over 400", "Mashkey"),
        ("At least 177 people had died in Mashkey and over 400 had been injured.", "over 400", None),
    ],
)
def test_there_is_the_place_its_sentence_named(nlp: Language, text: str, span: str, place: str | None) -> None:
    assert one(claims_of(nlp, text), span, "count").place == place


@pytest.mark.parametrize(
    ("text", "span", "measure"),
    [
        # those with an injury are injured, seriously when it is serious, whatever else the clause says of them
        ("Six passengers with severe burns were moved to a specialist unit.", "Six", "seriously injured"),
        ("Four walkers with minor injuries were treated at the scene.", "Four", "injured"),
        ("Two men with knives were arrested.", "Two", "arrested"),
        # those treated for an injury were injured, wherever the phrase hangs; treated for an illness were treated
        ("Two walkers were treated at the scene by paramedics from the county for minor injuries.", "Two", "injured"),
        ("Five firefighters were treated for serious burns.", "Five", "seriously injured"),
        ("Forty people were treated for heatstroke.", "Forty", "treated"),
        ("Six were treated in hospital for injuries.", "Six", "hospitalised"),
    ],
)
def test_people_with_an_injury_are_injured(nlp: Language, text: str, span: str, measure: str) -> None:
    assert one(claims_of(nlp, text), span, "count").measure == measure


@pytest.mark.parametrize(
    ("text", "span", "place"),
    [
        # the town of a hospital is where the hurt are cared for, not where the figure holds
        ("Nine people were being treated in hospitals in Leeds on Sunday.", "Nine", None),
        ("Nine people were killed in Leeds on Sunday.", "Nine", "Leeds"),
    ],
)
def test_a_hospitals_town_does_not_place_the_figure(nlp: Language, text: str, span: str, place: str | None) -> None:
    assert one(claims_of(nlp, text), span, "count").place == place


@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("The levy will rise by 4.20 euros to 63 euros per tonne.", "4.20", "63"),
        ("The council raised the fee by £20 to £140.", "£20", "£140"),
        ("Ministers announced a £3,000 increase in the allowance, to £41,000.", "£3,000", "£41,000"),
    ],
)
def test_an_amount_a_thing_changed_by_is_a_change(nlp: Language, text: str, change: str, level: str) -> None:
    got = claims_of(nlp, text)
    assert "a change" in one(got, change, "money").hedges
    assert "a change" not in one(got, level, "money").hedges


def test_a_gapped_clause_of_a_list_of_places_counts_the_noun_before_it(nlp: Language) -> None:
    """ "3,410 cases ... in the Leeds district, 2,875 in Bradford and 1,204 in Wakefield": each bare number of the
    gapped clauses counts cases, in its own place (a generic noun, "cases", lends itself within its sentence)."""
    text = (
        "Health officials said 3,410 cases have been reported in the Leeds district, 2,875 in Bradford and 1,204 in"
        " Wakefield."
    )
    got = {c.text: (c.counted, c.place) for c in claims_of(nlp, text) if c.kind == "count"}
    assert got == {"3,410": ("case", "Leeds"), "2,875": ("case", "Bradford"), "1,204": ("case", "Wakefield")}


def test_a_bare_count_that_runs_parallel_to_the_sentence_before_counts_its_noun(nlp: Language) -> None:
    """ "Texas had the most cases, 21. Ohio had 12": a bare object of the same verb, with a name for its subject,
    counts what the parallel clause before it counts (even "cases", which the running count skips), and a place
    that has it is its place."""
    text = "By Friday the outbreak had reached six states. Texas had the most cases, 21. Ohio had 12."
    got = {c.text: (c.counted, c.place) for c in claims_of(nlp, text) if c.kind == "count"}
    assert got["12"] == ("case", "Ohio")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Greens won 14 seats, the Social Democrats nine and the Liberals four.",
            {
                "14": ("seat", "win", None),
                "nine": ("seat", "win", "Social Democrats"),
                "four": ("seat", "win", "Liberals"),
            },
        ),
        (
            "Norway took 11 gold medals and Sweden 7.",  # (a place's count has the place as its place)
            {"11": ("medal", "take", None), "7": ("medal", "take", "Sweden")},
        ),
        (
            "Ana Duarte received 8,412 votes and Rui Matos 7,903.",
            {"8,412": ("vote", "receive", "Ana Duarte"), "7,903": ("vote", "receive", "Rui Matos")},
        ),
    ],
)
def test_a_gapped_clause_after_a_name_counts_the_noun_before_it_for_that_name(
    nlp: Language, text: str, expected: dict[str, tuple[str, str, str | None]]
) -> None:
    """ "The Greens won 14 seats, the Social Democrats nine": English gapping leaves out the first clause's verb and
    noun; each bare number after a name counts that noun, with that verb, for that name. A number after a name that is
    a preposition's object stays a numbered name's ("flights from Gate 12 and Gate 14")."""
    got = {c.text: (c.counted, c.predicate, c.about or c.place) for c in claims_of(nlp, text) if c.kind == "count"}
    assert got == expected
    labels = claims_of(nlp, "The airline moved 40 flights from Gate 12 and Gate 14.")
    assert [c.text for c in labels if c.kind == "count"] == ["40"]
    labels = claims_of(nlp, "She lost Round 2 and Round 5 but won the final.")  # labels after their nouns
    assert not [c for c in labels if c.kind == "count"]


@pytest.mark.parametrize(
    ("text", "date", "negated"),
    [
        ("The last climbers were not brought down until 7.20pm.", "7.20pm", False),  # when it happened
        ("The road did not reopen until Thursday.", "Thursday", False),
        ("The crews did not reach the hut on Thursday.", "Thursday", True),
        ("Nurses will not return until Sunday.", "Sunday", True),  # a stand, not a report of when
        # a subject that says no one did it: the day of nothing that happened
        ("In the harbour this week nobody was talking about the vote.", "this week", True),
        ("No ferries sailed on Monday.", "Monday", True),
        ("The ferries sailed on Monday.", "Monday", False),
    ],
)
def test_not_until_says_when_and_denies_nothing(nlp: Language, text: str, date: str, negated: bool) -> None:
    got = claims_of(nlp, f"date 2026-05-19\n\n{text}\n")
    assert one(got, date, "date").negated is negated


@pytest.mark.parametrize(
    ("text", "figure", "condition"),
    [
        ('"But if he scores 30 goals, nobody will care," he said.', "30", True),
        ("Unless 300 more nurses are hired, wards will close.", "300", True),
        ("If approved, the plan will cost £5m.", "£5m", False),  # the condition is another clause's
        ("He scored 30 goals last season.", "30", False),
    ],
)
def test_a_figure_in_a_clause_of_condition_is_a_what_if(nlp: Language, text: str, figure: str, condition: bool) -> None:
    assert ("a condition" in one(claims_of(nlp, text), figure).hedges) is condition


@pytest.mark.parametrize(
    "text",
    [
        '"We have a gap of DKK 90 million in next year\'s budget, and a duty to run a safe railway."',
        'Fares rise by NOK 30 from January. "We have a gap of NOK 186 million in next year\'s budget," she said.',
    ],
)
def test_an_amounts_own_currency_code_is_no_one_it_is_about(nlp: Language, text: str) -> None:
    """ "We have a gap of DKK 90 million": with no named subject, an amount is about the one name its sentence
    gives, but never a word of the amount itself, a currency code the model may take for an organisation's name."""
    assert not [c.about for c in claims_of(nlp, text) if c.kind == "money" and c.about in ("DKK", "NOK")]


def test_an_amounts_scale_letter_with_a_full_stop_ends_its_sentence(nlp: Language) -> None:
    """ "insured losses: R450m. It says ..." is two sentences: the tokenizer's abbreviation "m." would run the
    amount's sentence on into the next; "5 p.m." and the initial in "M. Smith" stay what they are."""
    doc = nlp("Losses reached £450m. It says that could change. He came at 5 p.m. with M. Smith.")
    assert [s.text for s in doc.sents] == [
        "Losses reached £450m.",
        "It says that could change.",
        "He came at 5 p.m. with M. Smith.",
    ]
