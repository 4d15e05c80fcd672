"""Figures one sentence tells together, and parts told as such (issue 10): values one sentence lists of several
things are never the sides of one conflict; a part of a whole no figure gives counts what it names; and the
extraction rules these lean on (a clinic is where the hurt are treated, who gauges an amount is not what it
measures, a clock "shortly after" places an event, a permitted speed is a limit)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.reconcile import reconcile
from claimcheck.types import AS_OF_HEDGE, Claim, Quantity
from test_reconcile import art


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def _claims(nlp: Language, source: str, text: str) -> list[Claim]:
    return [c for c in claimcheck.extract_text(source, f"date 2026-05-19\n\n{text}\n", nlp) if c.kind != "name"]


def _conflict_values(nlp: Language, *texts: str) -> list[set[str]]:
    """The values of each conflict group that reconciling one article per text reports."""
    claims = [c for i, t in enumerate(texts, 1) for c in _claims(nlp, f"00{i}", t)]
    by_id = {c.id: c for c in claims}
    groups = reconcile(tuple(claims), tuple(art(f"00{i}") for i in range(1, len(texts) + 1))).groups
    return [{by_id[x].value_text() for x in g.claims} for g in groups if g.verdict == "conflict"]


def _story_conflict(slug: str, sides: set[tuple[str, str]]) -> bool:
    """Does scanning a held-out fixture story give a conflict group holding each (source prefix, claim text)?"""
    story = Path(__file__).resolve().parents[1] / "fixtures" / "heldout_stories" / slug
    result = claimcheck.scan([story / "articles"])
    said = {c.id: (c.source[:3], c.text) for c in result.claims}
    return any(g.verdict == "conflict" and sides <= {said[c] for c in g.claims} for g in result.groups)


def test_ages_one_sentence_lists_are_two_peoples() -> None:
    """ "two men, aged 29 and 33" in three outlets: two people's ages, never one age told two ways."""
    nlp = claimcheck.load_model()
    text = "Police said they had arrested two men, aged 29 and 33, on suspicion of smuggling."
    assert not [v for v in _conflict_values(nlp, text, text, text) if {"29", "33"} <= v]


def test_durations_one_clause_gives_are_of_several_things() -> None:
    """ "every ten minutes at peak times and every 20 minutes on Sundays": one verb's two durations in one sentence
    are two things, never one duration two outlets tell two ways, however another outlet's reads beside them."""
    nlp = claimcheck.load_model()
    a = "The new buses will run every ten minutes at peak times and every 20 minutes on Sundays."
    b = "The new buses will run every ten minutes at peak times, the council said."
    c = "The operator said the new buses were running every 20 minutes."
    assert not [v for v in _conflict_values(nlp, a, b, c) if {"10 minute", "20 minute"} <= v]


def test_measures_one_sentence_gives_are_of_several_things() -> None:
    """A survey's width and the height of its top, both in metres, in one sentence: two things, not one measure
    whose outlets disagree, however another outlet's width reads beside them."""
    nlp = claimcheck.load_model()
    a = (
        "The failure mass was approximately 400m wide and around 700m long, with a head scarp at about 1,850m and"
        " the toe reaching houses at 1,600m above sea level."
    )
    b = "The mass of mud and rocks, some 400 metres wide, came down at around 4:30 am on the village."
    c = "A section of hillside roughly 400 metres across broke away and poured down on to the houses below."
    d = "The town lies 1,600m above sea level."
    assert _conflict_values(nlp, a, b, c, d) == []


def test_two_clauses_rival_values_still_conflict() -> None:
    """ "officials measured it at 6.1; the survey gave 6.3": one sentence, two clauses, two rival values."""
    nlp = claimcheck.load_model()
    a = "Local officials measured the quake at magnitude 6.1; the national survey gave a magnitude of 6.3."
    b = "The quake had a magnitude of 6.1, officials said."
    c = "The national survey said the quake had a magnitude of 6.3."
    assert any({"6.1 magnitude", "6.3 magnitude"} <= v for v in _conflict_values(nlp, a, b, c))


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a part of a whole no figure gives, what befell the part said: the count of those it befell
        ("Nine of the climbers were flown to hospital.", "Six climbers were flown to hospital.", True),
        # a part said only by what it is ("of whom"), with nothing befalling it: no count of its own kind
        ("The inquiry looked at 21 officers, nine of whom could have been dismissed.", "It named 21 officers.", False),
    ],
)
def test_a_part_of_an_unnumbered_whole_counts_what_it_names(nlp: Language, a: str, b: str, conflict: bool) -> None:
    values = _conflict_values(nlp, a, b)
    assert bool(values) == conflict, values


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the whole a part is told of, against the same things counted by another outlet: that outlet's own figure
        ("The strike shut the line's 27 stations.", "Nine of the line's 29 stations remain closed.", True),
        ("The fire station had a crew of 14.", "One of the 12 crew on duty was hurt.", True),
        # a whole's own noun says what they are, as a count's does ("staff": people employed)
        ("Forty guests and nine staff were inside the hotel.", "She was one of eight staff on duty that night.", True),
        # but not against people in general, nor a whole far from the count (another set of those things)
        ("The fire injured 14 people.", "One of the 12 crew on duty was hurt.", False),
        (
            "Nobody knows where the six most recent patients were infected.",
            "One of the two patients had flown in.",
            False,
        ),
    ],
)
def test_a_parts_whole_is_its_outlets_count_of_those_things(nlp: Language, a: str, b: str, conflict: bool) -> None:
    values = _conflict_values(nlp, a, b)
    assert bool(values) == conflict, values


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Eleven people were taken to the town's clinic.", "hospitalised"),
        ("Three climbers were treated at the infirmary.", "hospitalised"),
    ],
)
def test_a_clinic_is_where_the_hurt_are_treated(nlp: Language, sentence: str, measure: str) -> None:
    (c,) = [c for c in _claims(nlp, "001", sentence) if c.kind == "count"]
    assert c.measure == measure


def test_who_gauges_an_amount_is_not_what_it_measures(nlp: Language) -> None:
    """ "Brantwood Council puts it at £3m a year": the council gauges the cost the pronoun stands for; the amount is
    no council's (but "puts the cost at £3m" measures the cost)."""
    (it,) = [c for c in _claims(nlp, "001", "Brantwood Council puts it at £3m a year.") if c.kind == "money"]
    assert it.counted != "council"
    (cost,) = [c for c in _claims(nlp, "001", "The council puts the cost at £3m a year.") if c.kind == "money"]
    assert cost.counted == "cost"


def test_a_clock_shortly_after_places_the_event(nlp: Language) -> None:
    """ "rescued 40 people shortly after 2.10am": when the rescue happened, not a cut-off the figure held by."""
    claims = _claims(nlp, "001", "The lifeboat crew rescued 40 people shortly after 2.10am on Monday.")
    (clock,) = [c for c in claims if c.kind == "date" and c.text.startswith("shortly")]
    assert AS_OF_HEDGE not in clock.hedges


def test_a_clock_named_bare_on_the_verb_places_the_event(nlp: Language) -> None:
    """ "crossed the coast about 1am on Tuesday", with no "at": still when the crossing happened, so another
    outlet's "at about 2am" is its rival, not a figure of another moment."""
    claims = _claims(nlp, "001", "Rowan, a Category 4 cyclone, crossed the coast near the heads about 1am on Tuesday.")
    (clock,) = [c for c in claims if c.kind == "date" and "1am" in c.text]
    assert AS_OF_HEDGE not in clock.hedges
    conflicts = _conflict_values(
        nlp,
        "The storm, a Category 4 cyclone, crossed the coast near the headland about 1am on Tuesday.",
        "The Category 4 storm crossed the coast near the headland at about 2am on Tuesday.",
    )
    assert any({"2026-05-19T01:00", "2026-05-19T02:00"} <= values for values in conflicts)


def test_a_permitted_speed_read_as_a_noun_phrase_is_a_limit(nlp: Language) -> None:
    """The model may read "the maximum permitted speed drops" as one noun phrase: its speeds are still a limit's."""
    claims = _claims(nlp, "001", "On the bend the maximum permitted speed drops from 60 mph to 40 mph.")
    assert [c.about for c in claims if c.kind == "measure"] == ["limit", "limit"]


def test_a_price_and_a_loss_far_apart_are_never_rivals() -> None:
    """ "Weekend tickets cost £185" and "the cancellation will cost them almost £2m": both "cost", told in sentences
    that read alike, but ten thousand times apart with other digits, no slip of one another."""
    nlp = claimcheck.load_model()
    a = "A weekend ticket cost £185, or about $250."
    b = "Organisers say the decision will cost them almost £2m, although it was too early for precise figures."
    assert not [v for v in _conflict_values(nlp, a, b) if len(v) > 1]


def test_a_figure_in_a_days_print_is_no_update_of_that_days_timed_one(tmp_path: Path) -> None:
    """ "weekend tickets cost £265" posted at 9.30am and "weekend tickets cost £256" in that day's paper, which gives
    no time: nothing orders them, so they disagree rather than one updating the other."""
    for name, stamp, price in (("001_wire", "2026-05-19T09:30", "£265"), ("002_paper", "2026-05-19", "£256")):
        text = f"date {stamp}\nFestival off\n\nThe Brackwood festival was cancelled. Weekend tickets cost {price}.\n"
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = claimcheck.scan([tmp_path])
    text = {c.id: c.text for c in result.claims}
    assert any(g.verdict == "conflict" and {text[c] for c in g.claims} == {"£265", "£256"} for g in result.groups)
    # a date of one day is left ordered: "open until Friday" may be put back to "until Monday" within the day
    for name, stamp, day in (("001_wire", "2026-05-19T09:30", "Friday"), ("002_paper", "2026-05-19", "Monday")):
        text = f"date {stamp}\nFestival off\n\nThe Brackwood festival site is closed until {day}.\n"
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    result = claimcheck.scan([tmp_path])
    assert not [g for g in result.groups if g.verdict == "conflict" and g.kind == "date"]


def test_years_one_apart_meet_when_nothing_else_would_bring_them_together(nlp: Language) -> None:
    """ "The previous stoppage, in 2016, lasted three days" and "drivers last walked out in 2017, for three days":
    no word of the two sentences is shared but the figure beside the year, so only a blocking key of neighbouring
    years brings them to be compared, and then they are one past event given two years."""
    got = _conflict_values(
        nlp,
        "The previous stoppage, in 2016, lasted three days.",
        "Drivers last walked out in 2017, for three days.",
    )
    assert {"2016", "2017"} in got


def test_a_place_in_a_series_is_its_subjects(nlp: Language) -> None:
    """ "The fire started on the seventh floor" against "on the eighth floor": one fire placed on two floors. Two
    residents who live on two floors are two places, each a person's."""
    got = _conflict_values(
        nlp,
        "The fire started on the seventh floor of the block, firefighters said.",
        "Firefighters said the fire started on the eighth floor of the block.",
    )
    assert {"7", "8"} in got
    residents = _conflict_values(
        nlp,
        "Dorota Nowak, who lives on the 12th floor of the block, said she smelled smoke.",
        "Callum Reid, who lives on the third floor of the block, said he smelled smoke.",
    )
    assert not residents


def test_a_goals_minute_is_a_place_in_the_series_of_the_games_minutes(nlp: Language) -> None:
    """ "Velazquez scored the winner in the 87th minute" against "an 88th-minute winner": one goal placed at two
    minutes. Two players' goals are two places, each its scorer's."""
    got = _conflict_values(
        nlp,
        "Velazquez scored the winner in the 87th minute, firing low past the keeper.",
        "Velazquez scored the winner in the 88th minute, firing low past the keeper.",
    )
    assert {"87", "88"} in got
    scorers = _conflict_values(
        nlp,
        "Ortega scored in the 19th minute with a header from a corner.",
        "Castaneda scored in the 58th minute with a header from a corner.",
    )
    assert not scorers


def test_a_thing_sized_in_a_sentence_set_in_another_year_is_another_thing(nlp: Language) -> None:
    """ "Last year a 1,000-pound mine was found off Dover" beside this year's "450-pound mine": the size of a thing
    is of no day, but the year its sentence sets it in says it is another mine."""
    texts = (
        "Divers found a 450-pound mine in the harbour on Tuesday.",
        "Navy divers made safe a 450-pound mine in the harbour on Tuesday.",
        "Last year a 1,000-pound mine was found off Dover, forcing the port to close.",
    )
    claims = [c for i, t in enumerate(texts, 1) for c in _claims(nlp, f"00{i}", t)]
    arts = tuple(art(f"00{i}", date(2026, 5, 19)) for i in range(1, len(texts) + 1))
    by_id = {c.id: c for c in claims}
    groups = reconcile(tuple(claims), arts).groups
    conflicts = [{by_id[x].text for x in g.claims} for g in groups if g.verdict == "conflict"]
    assert not [v for v in conflicts if "1,000" in v], conflicts


def test_a_whole_told_with_its_parts_is_never_their_rival(nlp: Language) -> None:
    """ "Six people were hurt, among them two Veltron employees and four firefighters": another outlet's "two Veltron
    employees were hurt" is that part and "six people were injured" that whole, so no conflict sets the two against
    each other, whatever the score of the pair that would join them."""
    whole_and_parts = "Six people were hurt, among them two Veltron employees and four firefighters."
    part = "Two Veltron employees were hurt in the blast at the resin plant."
    whole = "Six people were injured in the blast at the resin plant."
    assert _conflict_values(nlp, whole_and_parts, part, whole, part, whole) == []
    # two outlets' wholes still conflict
    assert _conflict_values(nlp, whole, "Seven people were injured in the blast at the resin plant.")


def test_one_after_a_count_with_an_adverb_of_severity_counts_the_part_so_hurt(nlp: Language) -> None:
    """ "Two Veltron employees were injured, one seriously": the "one" is one of the two, seriously injured, as "one
    of them seriously" would be, not a rival count of the injured."""
    (two, one) = _claims(nlp, "001", "Two Veltron employees were injured, one seriously.")
    assert (two.measure, one.measure) == ("injured", "seriously injured")
    (five, two) = _claims(nlp, "001", "Five people were hurt, two critically.")
    assert (five.measure, two.measure) == ("injured", "critical")
    (_, plain) = _claims(nlp, "001", "Five people were hurt, two in the crash.")
    assert plain.measure == "injured"


def test_a_relative_clause_told_of_a_part_says_nothing_of_the_whole(nlp: Language) -> None:
    """ "two Veltron workers, one of whom is being treated at a burn center": the clause says what befell one of
    the two, so the two are not counted as people treated (set against "Four responders were treated"); a clause
    told of the noun itself still gives its measure."""
    text = (
        "Six people were hurt: two Veltron workers, one of whom is being treated at a burn center,"
        " and four firefighters."
    )
    two = next(c for c in _claims(nlp, "001", text) if c.text == "two")
    assert two.measure != "treated"
    (told,) = _claims(nlp, "001", "Two Veltron workers who were treated at a burn center went home.")
    assert told.measure == "treated"


@pytest.mark.parametrize(
    "text",
    [
        "Six people were injured, including two plant workers.",
        "Six people were hurt: two Veltron workers and four firefighters.",
        "The blast injured six people, including two plant workers.",
    ],
)
def test_workers_named_as_part_of_the_hurt_are_of_the_hurt(nlp: Language, text: str) -> None:
    """ "including two plant workers" after "Six people were injured": the two are of the six, hurt as they were, and
    not a count of the plant's workforce (which "37 workers were on shift" gives); a list after a colon alike."""
    two = next(c for c in _claims(nlp, "001", text) if c.text.lower() == "two")
    assert (two.measure, two.partitive, two.value.whole) == ("injured", True, 6)  # type: ignore[union-attr]
    (staff, engineers, workers) = _claims(nlp, "001", "The plant had 300 staff: 40 engineers and 260 workers.")
    assert (engineers.measure, workers.measure, workers.value.whole) == ("employed", "employed", 300)  # type: ignore[union-attr]



@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("The PFA said on Tuesday, as the number of deaths rose to five, including two children.", 5),
        ("The blast killed 12, including two children.", 12),
    ],
)
def test_a_part_including_gives_of_a_figure_its_verb_reaches_is_of_that_figure(
    nlp: Language, text: str, whole: int
) -> None:
    """ "the number of deaths rose to five, including two children", "killed 12, including two children": the parse
    hangs "including" on the verb, whose figure no noun of its own counts; the two children are of the dead."""
    two = next(c for c in _claims(nlp, "001", text) if c.text == "two")
    assert (two.measure, two.partitive, two.value.whole) == ("killed", True, whole)  # type: ignore[union-attr]


def test_a_bare_figure_including_gives_is_a_part_of_the_counted_noun_s_count(nlp: Language) -> None:
    """ "The order now covers 260 pupils at four schools, including 95 at Eastbrook": the 95 are pupils, and of the
    260, though the clause's subject comes first and the figure names no noun."""
    text = "The order now covers 260 pupils at four schools, including 95 at Eastbrook."
    part = next(c for c in _claims(nlp, "001", text) if c.text == "95")
    assert (part.partitive, part.counted, part.value.whole) == (True, "pupil", 260)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "Nine hikers are still missing, among them three teenagers from a Leeds school.",
        "Twelve people were unaccounted for last night, among whom four children.",
    ],
)
def test_a_figure_after_among_them_is_a_part_of_the_count_before(nlp: Language, text: str) -> None:
    """ "Nine hikers are still missing, among them three teenagers": the three are of the nine, whatever the parse
    hangs "among" on, and never another count of the missing."""
    part = next(c for c in _claims(nlp, "001", text) if c.text.lower() in ("three", "four"))
    assert part.partitive and part.value.whole in (9, 12)  # type: ignore[union-attr]


def test_every_count_of_the_list_among_them_opens_is_a_part(nlp: Language) -> None:
    """ "Six people were hurt, among them two Veltron employees and four firefighters": the four, joined to the two,
    share their fate and are of the six as the two are, never a rival count of the hurt."""
    text = "Six people were hurt, among them two employees and four firefighters."
    got = {c.text: c for c in _claims(nlp, "001", text)}
    assert [(got[k].measure, got[k].partitive) for k in ("two", "four")] == [("injured", True), ("injured", True)]


def test_parts_of_a_whole_no_figure_gives_told_side_by_side_are_never_rivals() -> None:
    """ "Of the dead, 19 were recovered at the scene, ... while four died in hospital" (set 62's tanker explosion):
    two parts of the dead, which no conflict sets against each other through other outlets' pairs ("She said four of
    the victims died in hospital overnight", "19 bodies were recovered at the scene")."""
    story = Path(__file__).resolve().parents[1] / "fixtures" / "heldout_stories" / "iwolagba-tanker-explosion-2026"
    result = claimcheck.scan([story / "articles"])
    text = {c.id: c.value_text() for c in result.claims}
    conflicts = [{text[c] for c in g.claims} for g in result.groups if g.verdict == "conflict"]
    assert not [vs for vs in conflicts if {"19", "4"} <= vs]


def test_a_part_told_with_its_whole_is_never_the_rival_of_that_whole(nlp: Language) -> None:
    """ "eight of its 19 crew members were taken": the outlet gives 19 as the crew and 8 as the part taken, so another
    outlet's "The crew of 19" is that whole, and "Eight crew ... were taken" that part: not rivals."""
    part = "The tanker was freed on Monday, but eight of its 19 crew members remain in the hands of kidnappers."
    taken = "Eight crew, including the master and the chief engineer, were taken."
    whole = "The crew of 19 was made up of 14 Nigerians, three Ghanaians and two Indians."
    texts = (f"{part} {whole}", f"{taken} {whole}", f"{part} {whole}", taken)
    assert not [v for v in _conflict_values(nlp, *texts) if "19" in v]
    # two outlets' crews still conflict
    assert _conflict_values(nlp, whole, "The crew of 18 was made up of 14 Nigerians, three Ghanaians and one Indian.")


def test_a_part_of_its_own_outlets_count_is_no_count_of_the_whole(nlp: Language) -> None:
    """ "failings contributed to the deaths of three of the men", in an outlet that also speaks for "the families of
    the four men": three is a part of its own outlet's four, not another outlet's "The deaths of these four young men"
    told again; a part whose outlet counts no more of them still meets another outlet's count."""
    own = "The families of the four men welcomed the ruling. Failings contributed to the deaths of three of the men."
    other = "Police said: 'The deaths of these four young men is a tragedy.'"
    assert not _conflict_values(nlp, own, other)
    alone = "Failings contributed to the deaths of three of the men, the coroner found."
    assert _conflict_values(nlp, alone, other)


def test_a_share_copied_with_its_two_digits_swapped_meets_its_original(nlp: Language) -> None:
    """ "rainfall over the basin had been 64 percent below the thirty-year average" and, in a later paper, "rainfall
    in the basin has been 46% below normal": one share of two digits, copied with them swapped, is a conflict; before,
    two-digit shares had no key that let them meet unless they shared a word of their clause."""
    first = "She said rainfall over the basin since September had been 64 percent below the thirty-year average."
    copy = "The agency says rainfall in the basin has been 46% below normal since last September."
    assert _conflict_values(nlp, first, copy)


def test_a_named_things_year_of_making_meets_the_year_of_the_noun_its_name_ends_in() -> None:
    """ "The stadium, built in 1989" and "The Ilugbade Township Stadium was opened in 1986 by the then military
    administrator" (a held-out stadium crush): an outlet that calls it "the stadium" and one that names it each give
    their one year for when it came to be, so the two years disagree; a name that ends in another noun ("the Kelford
    Arena") is another thing's."""
    story = Path(__file__).resolve().parents[1] / "fixtures" / "heldout_stories" / "ilugbade-stadium-crush-2026"
    result = claimcheck.scan([story / "articles"])
    said = {c.id: (c.source[:3], c.text) for c in result.claims}
    sides = {("001", "1989"), ("003", "1986")}
    assert any(g.verdict == "conflict" and sides <= {said[c] for c in g.claims} for g in result.groups)

    from claimcheck.reconcile.compare import _made_alike

    assert _made_alike("date|o|@Kelford Memorial Stadium", "date|o|stadium")
    assert not _made_alike("date|o|stadium", "date|o|@Kelford Arena")


def test_a_measure_of_two_digits_with_its_unit_miswritten_conflicts_in_one_place() -> None:
    """ "an average weight of 4.2 kilograms" and the tabloid's "salmon weighing around 4.2lb" (a held-out salmon
    escape): two digits in two units of mass, one figure with its unit miswritten, so the two disagree; but "31
    centimetres of snow" at Toronto's airport and "31 inches" in Hamburg (a held-out blizzard) are two places'
    figures, which two digits alike do not join."""
    root = Path(__file__).resolve().parents[1] / "fixtures" / "heldout_stories"
    result = claimcheck.scan([root / "brattholmen-salmon-escape-2026" / "articles"])
    said = {c.id: c.text for c in result.claims}
    assert any(g.verdict == "conflict" and "around 4.2lb" in {said[c] for c in g.claims} for g in result.groups)
    result = claimcheck.scan([root / "lakes-blizzard-2025" / "articles"])
    units = {c.id: c.value.unit for c in result.claims if isinstance(c.value, Quantity) and c.value.value == 31}
    for g in result.groups:
        assert not (g.verdict == "conflict" and {"cm", "in"} <= {units.get(c) for c in g.claims}), g.reason


def test_two_outlets_ledes_a_day_apart_give_the_event_two_days() -> None:
    """ "A locust swarm that descended on farmland ... on Saturday has destroyed crops ..., officials said on Monday"
    and another outlet's lede, "a swarm ... came down on their fields on Friday afternoon": each outlet's first
    sentence dates the story's event, in two verbs that share no word, so the two days disagree (the day of the
    officials' telling is no second event of the lede). A lede's day further off is not set against it: "after the
    fish were counted out at harvest on Thursday" is more often a later development's day."""
    nlp = claimcheck.load_model()
    a = (
        "A desert locust swarm that descended on farmland in the Oromia region on Saturday has destroyed crops on"
        " 12,400 hectares, local officials said on Monday, only weeks before farmers were due to bring in their"
        " sorghum."
    )
    b = (
        "Villagers in Dembel describe the moment a monster locust swarm, billions strong, came down on their fields"
        " on Friday afternoon and began to eat."
    )
    assert {"2026-05-16", "2026-05-15"} in _conflict_values(nlp, a, b)
    later = (
        "The company has told the regulator that 9,400 hectares were lost to the swarm, after the remaining fields"
        " were surveyed by drone on Tuesday."
    )
    assert not [v for v in _conflict_values(nlp, a, later) if "2026-05-19" in v]


def test_two_outlets_sizes_of_one_thing_hyphened_to_it_disagree() -> None:
    """ "outside the 20,000-capacity stadium" and "at one of the gates of the 25,000-capacity stadium": each outlet's
    one size of the stadium, a count hyphened to the noun it sizes, so the two disagree; an event's count hyphened to
    its noun ("a nine-car derailment") is no size of a thing."""
    assert _story_conflict("ilugbade-stadium-crush-2026", {("001", "20,000"), ("007", "25,000")})

    from claimcheck.reconcile.compare import size_of

    nlp = claimcheck.load_model()

    (derailment,) = (c for c in _claims(nlp, "001", "A nine-car derailment closed the line.") if c.kind == "count")
    assert size_of(derailment) is None


def test_two_outlets_sizes_of_one_thing_days_apart_disagree_and_update_nothing() -> None:
    """ "the 22-metre bell tower" on 19 August and "The village's 27-metre bell tower" on 25 August (a held-out
    drought story): a thing's size set before it is no running figure a later report updates, so the two
    disagree."""
    assert _story_conflict("orbaneja-reservoir-drowned-village-2025", {("001", "22"), ("007", "27")})


def test_two_ledes_that_time_the_event_to_one_part_of_a_day_give_it_two_days() -> None:
    """ "the afternoon of Tuesday 11 August" in one outlet's first sentence and "on Wednesday afternoon" in another's
    (a held-out firefighting-plane crash): both ledes date the story's event and time it to the same part of a day,
    a detail two events on two days seldom share, so the two days disagree."""
    assert _story_conflict("ortigosa-canadair-crash-2026", {("006", "Tuesday 11 August"), ("001", "Wednesday")})

    from claimcheck.reconcile.compare import day_parts

    nlp = claimcheck.load_model()
    (day,) = (c for c in _claims(nlp, "001", "A hillside gave way early on Tuesday, police said.") if c.kind == "date")
    assert day_parts(day) == {"early"}


def test_a_date_whose_weekday_and_day_of_the_month_disagree_meets_the_weekday_others_give() -> None:
    """ "on Tuesday, 11 March" (a held-out bank siege, of 2026, whose 11 March is a Wednesday) against the other
    outlets' "on Tuesday" (10 March): the one date's two parts disagree, and the weekday it names is the others' day,
    so the two days are one fact told two ways, in conflict."""
    story = Path(__file__).resolve().parents[1] / "fixtures" / "heldout_stories" / "juruacu-bank-hostage-siege-2026"
    result = claimcheck.scan([story / "articles"])
    by_id = {c.id: c for c in result.claims}
    slipped = [c.id for c in result.claims if c.source.startswith("006") and c.text == "Tuesday, 11 March"]
    assert slipped
    assert any(
        g.verdict == "conflict"
        and slipped[0] in g.claims
        and any(by_id[x].value_text() == "2026-03-10" and not by_id[x].source.startswith("006") for x in g.claims)
        for g in result.groups
    )


def test_times_since_a_date_meet_whatever_each_outlet_calls_the_thing(nlp: Language) -> None:
    """ "its eighth mass bleaching since 1998" and "for the seventh time since 1998": one count of times since one
    date, in rival values; "the sixth since 2016" counts from another date, and is no side."""
    conflicts = _conflict_values(
        nlp,
        "The reef has suffered its eighth mass bleaching since 1998, and the sixth since 2016, the authority said.",
        "A brutal marine heatwave cooked the reef for the seventh time since 1998, scientists said on Wednesday.",
    )
    assert {"7", "8"} in conflicts
    assert not any("6" in values for values in conflicts)


def test_a_beasts_age_is_no_persons(nlp: Language) -> None:
    """ "a lone bull estimated to be about 45 years old" and "the 40-year-old bull" are rival ages of one beast;
    "Kabelo Segokgo (45)" is a man's age, no side of theirs (WordNet's "bull" is also a heavyset man: its first
    sense, a beast, decides)."""
    conflicts = _conflict_values(
        nlp,
        "Rangers shot a lone bull estimated to be about 45 years old on Tuesday.",
        "Rangers gunned down the 40-year-old bull on Tuesday evening.",
        "Kabelo Segokgo (45) was attacked on Sunday when he went to chase elephants from his field.",
    )
    assert any({"~45 [40.5, 49.5]", "40"} <= values for values in conflicts)
    assert not any("45" in values for values in conflicts)


def test_two_groups_age_ranges_are_two_facts(nlp: Language) -> None:
    """A range of ages belongs to the group its sentence counts before it: the 14 cases' ages and the six other
    cases' ages are two facts, and the same group's two ranges still conflict."""
    whole = "Officials said the 14 cases were aged 38 to 89, with nine men and five women."
    others = "The six other cases, aged between 52 and 88, remain in hospital."
    assert not any("[38, 89]" in v or "[52, 88]" in v for g in _conflict_values(nlp, whole, others) for v in g)
    slip = "Officials said the 14 cases were aged 36 to 89, with nine men and five women."
    assert any("[36, 89]" in g for g in _conflict_values(nlp, whole, slip))
