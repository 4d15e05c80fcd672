"""A claim's identity: which pairs are about different things, which may never conflict, and when a tally stands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import claimcheck
from claimcheck.reconcile.compare import (
    Scorer,
    bound_digits,
    digit_twins,
    exact_digits,
    long_digits,
    one_apart,
    size_of,
    swapped_digits,
)
from claimcheck.reconcile.identity import (
    Guard,
    era,
    eras,
    future_and_past,
    guard,
    guards_allow,
    other_identity,
    other_party,
    state_at,
    with_slipped_conversions,
)
from claimcheck.types import Claim, DateValue, Quantity
from golden import group_texts, scan_texts
from test_reconcile import art, claim, q


def _kill(source: str, v: int, **kw: object) -> object:
    base: dict[str, object] = {"counted": "people", "measure": "killed", "predicate": "be kill"}
    base.update(kw)
    return claim(source, 1, q(v), **base)


def test_different_measures_places_or_years_are_other_facts() -> None:
    killed, injured = _kill("000", 7), _kill("001", 7, measure="injured")
    assert other_identity(guard(killed), guard(injured), None, None)
    here, there = _kill("000", 7, place="Beira"), _kill("001", 7, place="Chimanimani")
    assert other_identity(guard(here), guard(there), None, None)
    assert other_identity(guard(killed), guard(_kill("001", 7)), (1943, 1943), (2019, 2019))
    assert not other_identity(guard(killed), guard(_kill("001", 8)), (2019, 2019), (2019, 2019))


def test_a_plain_count_of_a_specific_noun_is_not_a_measured_count_of_people() -> None:
    children = claim("000", 1, q(5), counted="child", predicate="have measle")
    vaccinated = claim("001", 1, q(5), counted="people", measure="vaccinated", predicate="be vaccinate")
    assert other_identity(guard(children), guard(vaccinated), None, None)
    bodies = claim("002", 1, q(5), counted="body", measure="killed", predicate="recover")
    assert not other_identity(guard(_kill("003", 5)), guard(bodies), None, None)


@pytest.mark.parametrize(
    "predicate",
    ["be underground", "remain aboard", "be on board ferry", "stay indoors", "be at work when blast hit", "be on site"],
)
def test_a_count_of_who_was_somewhere_is_not_a_count_of_what_happened_to_them(predicate: str) -> None:
    """ "40 miners were underground when the shaft flooded" and "9 miners were trapped": who was there, and what
    happened to some of them, are two figures even of one noun; "the 9 miners" says nothing of either."""
    there = claim("000", 1, q(40), counted="miner", predicate=predicate)
    trapped = claim("001", 1, q(9), counted="miner", measure="stranded", predicate="be trap")
    assert other_identity(guard(there), guard(trapped), None, None)
    assert other_identity(guard(trapped), guard(there), None, None)
    bare = claim("002", 1, q(9), counted="miner", predicate=None)
    assert not other_identity(guard(bare), guard(trapped), None, None)
    for unplaced in ("be trap underground", "be against", "be for", "be in danger", "remain"):
        plain = claim("003", 1, q(9), counted="miner", predicate=unplaced)
        assert not other_identity(guard(plain), guard(trapped), None, None), unplaced


def test_guards_keep_one_outlet_parts_and_generic_nouns_from_conflict() -> None:
    assert not guards_allow(guard(_kill("000", 7)), guard(_kill("000", 8)))  # one outlet, two figures
    plain = claim("000", 1, q(8), counted="people", predicate="be aboard")
    assert not guards_allow(guard(plain), guard(claim("001", 1, q(9), counted="people", predicate="be aboard")))
    assert guards_allow(guard(_kill("000", 7)), guard(_kill("001", 8)))  # "people killed" says what they are


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        ("be catch in slide", "be catch", True),  # "Nine people were caught in the slide" / "eight people were caught"
        ("move to high ground", "move to high ground", True),  # "about 8,000 people moved to higher ground"
        ("move to high ground", "be rescue from high ground", False),  # two doings say nothing of which people
        ("be aboard", "be aboard", False),  # no doing: "8 people were aboard"
        ("remain in hospital", "remain in hospital", False),  # a state told by a verb of no doing of its own
        # the crowd a doing had, not who did it: "played in front of a few thousand people"
        ("play in big stadium in front of", "play in front of", False),
    ],
)
def test_a_generic_count_says_which_people_by_the_doing_it_tells(a: str, b: str, linked: bool) -> None:
    nine = claim("000", 1, q(9), counted="people", predicate=a)
    eight = claim("001", 1, q(8), counted="people", predicate=b)
    assert guards_allow(guard(nine), guard(eight)) == linked
    # one noun named, one generic: the generic one may be anyone ("eight skiers", "nine people")
    skiers = claim("001", 1, q(8), counted="skier", predicate=b)
    assert not guards_allow(guard(nine), guard(skiers))


def test_a_generic_count_told_with_one_doing_meets_and_conflicts(tmp_path: Path) -> None:
    res = scan_texts(
        tmp_path,
        [
            ("001", "2026-02-10", "Nine people were caught in the avalanche on Sunday, police said."),
            ("002", "2026-02-10", "Eight people were caught in the avalanche on Sunday, according to police."),
        ],
    )
    assert {"Nine", "Eight"} in group_texts(res, "conflict")


def test_a_running_tally_is_placed_in_time_and_may_change_tense() -> None:
    when = {"000": datetime(2019, 3, 17), "001": datetime(2019, 3, 19)}
    assert state_at(_kill("000", 24, tense="past"), when) == datetime(2019, 3, 17)
    dated = _kill("001", 64, tense="past", time="2019-03-18")
    assert state_at(dated, when) == datetime(2019, 3, 18)  # the day its sentence gives
    assert state_at(claim("000", 1, q(3), counted="ship", tense="past"), when) is None  # a past event
    was, now = _kill("000", 6, measure="critical", tense="past"), _kill("001", 8, measure="critical", tense="present")
    assert guards_allow(guard(was), guard(now))


def test_an_undated_article_takes_the_corpus_year() -> None:
    arts = (art("000", date(2019, 3, 17)), art("001", date(2019, 3, 18)), art("002"))
    year_of = eras(arts)
    assert year_of["002"] == 2019
    assert era(_kill("002", 5), year_of) == (2019, 2019)
    assert era(_kill("002", 79, time="1943"), year_of) == (1943, 1943)


def test_an_undated_articles_day_of_a_named_month_is_as_stated() -> None:
    """An article with no date line reads its relative dates against its corpus's, a guess that keeps them from
    rivals (Guard.previous); but "postponed to 19 June" leaves only its year to the corpus, and stays a rival of
    another outlet's "postponed to 12 June"."""
    from claimcheck.types import UNDATED

    day = DateValue(date(2026, 6, 19), date(2026, 6, 20), "day")
    on = claim("003", 1, day, kind="date", text="19 June", inferred=UNDATED, predicate="postpone to")
    assert not guard(on).previous
    weekday = claim("003", 1, day, kind="date", text="Friday", inferred=UNDATED, predicate="postpone to")
    assert guard(weekday).previous


def test_a_figure_told_as_what_is_or_will_be_may_be_of_the_year_to_come() -> None:
    """ "the minimum wage rises by 65 cent to €14.80" in a 2026 budget report may be the figure another outlet dates
    "from 1 January" 2027; a figure told in the past is its article's year's."""
    year_of = eras((art("000", date(2026, 10, 14)),))
    wage = claim("000", 1, Quantity.exact(14.8), kind="money", counted="wage", predicate="rise", tense="present")
    assert era(wage, year_of) == (2026, 2027)
    assert era(replace(wage, tense="future"), year_of) == (2026, 2027)
    assert era(replace(wage, tense="past"), year_of) == (2026, 2026)
    assert not other_identity(guard(wage), guard(wage), era(wage, year_of), (2027, 2027))


def test_a_later_report_of_a_running_tally_supersedes_at_a_lower_score_than_a_conflict_needs() -> None:
    from claimcheck.reconcile import reconcile

    arts = (art("000", date(2021, 5, 1)), art("001", date(2021, 5, 3)))
    # scored about 50: enough to join a group, not enough to be a conflict
    early = _kill("000", 12, predicate="be kill", tense="past", sentence="12 people were killed when the bridge fell.")
    late = _kill(
        "001", 31, predicate="confirm", tense="present", sentence="Officials have confirmed 31 deaths in the region."
    )
    groups = reconcile((early, late), arts).groups  # type: ignore[arg-type]
    assert not [g for g in groups if g.verdict == "conflict"]
    (newer,) = [g for g in groups if g.supersedes]
    assert late.id in newer.claims  # type: ignore[attr-defined]


def test_a_later_report_says_when_and_by_whom_each_figure_was_given() -> None:
    from claimcheck.reconcile import reconcile

    arts = (art("000", date(2021, 5, 1)), art("001", date(2021, 5, 3)))
    early = _kill(
        "000",
        12,
        predicate="be kill",
        tense="past",
        claimant="the fire service",
        sentence="12 people were killed when the bridge fell, the fire service said.",
    )
    late = _kill("001", 31, predicate="confirm", tense="present", sentence="Officials have confirmed 31 deaths.")
    (newer,) = [g for g in reconcile((early, late), arts).groups if g.supersedes]  # type: ignore[arg-type]
    assert "12 on 2021-05-01 (000, per the fire service), then 31 on 2021-05-03 (001)" in newer.reason


def test_a_running_tally_given_at_two_hours_of_one_day_is_an_update() -> None:
    """ "By 10 a.m., 12 had been confirmed dead" and "by 4 p.m., 15" (two outlets, one day) are one toll at two
    times, the later an update; the same hour with two figures is still a conflict."""
    from claimcheck.reconcile import reconcile
    from claimcheck.types import AS_OF_HEDGE

    arts = (art("000", date(2026, 3, 11)), art("001", date(2026, 3, 11)))
    morning = _kill(
        "000",
        12,
        predicate="confirm dead by",
        time="2026-03-11T10:00",
        hedges=(AS_OF_HEDGE,),
        sentence="By 10 a.m. on Wednesday, 12 people had been confirmed dead.",
    )
    afternoon = _kill(
        "001",
        15,
        predicate="confirm dead by",
        time="2026-03-11T16:00",
        hedges=(AS_OF_HEDGE,),
        sentence="By 4 p.m. on Wednesday, 15 people had been confirmed dead.",
    )
    groups = reconcile((morning, afternoon), arts).groups  # type: ignore[arg-type]
    assert not [g for g in groups if g.verdict == "conflict"]
    (newer,) = [g for g in groups if g.supersedes]
    assert afternoon.id in newer.claims  # type: ignore[attr-defined]
    assert "12 on 2026-03-11 10:00 (000), then 15 on 2026-03-11 16:00 (001)" in newer.reason
    same_hour = replace(afternoon, time="2026-03-11T10:00")  # type: ignore[call-arg]
    assert [g for g in reconcile((morning, same_hour), arts).groups if g.verdict == "conflict"]  # type: ignore


def test_an_update_is_of_one_place_s_tally() -> None:
    """ "12 killed in Kech" (and another outlet's unplaced 12) on Monday, "31 killed in Awaran" (and an unplaced 31)
    on Wednesday: the two unplaced figures meet, but Awaran's toll is no update of Kech's."""
    from claimcheck.reconcile import reconcile

    arts = tuple(art(s, date(2021, 5, d)) for s, d in (("000", 3), ("001", 3), ("002", 5), ("003", 5)))
    kech = _kill("000", 12, place="Kech", sentence="Twelve people were killed in Kech.")
    kech_unplaced = _kill("001", 12, sentence="Twelve people were killed.")
    awaran = _kill("002", 31, place="Awaran", sentence="Thirty-one people were killed in Awaran.")
    awaran_unplaced = _kill("003", 31, sentence="Thirty-one people were killed.")
    groups = reconcile((kech, kech_unplaced, awaran, awaran_unplaced), arts).groups  # type: ignore[arg-type]
    assert not [g for g in groups if g.supersedes or g.verdict == "conflict"]
    both_unplaced = reconcile((kech_unplaced, awaran_unplaced), arts).groups  # type: ignore[arg-type]
    assert [g for g in both_unplaced if g.supersedes]  # the two unplaced figures alone are one tally's update


def test_a_total_that_only_grows_is_no_update_when_it_falls() -> None:
    """ "52 cases" on Friday and "six cases" on Wednesday are not one count of the infected updated (the six are a
    part, or another place's); the missing may well be fewer later."""
    from claimcheck.reconcile import reconcile
    from claimcheck.reconcile.identity import falls_back

    friday = _kill("000", 52, measure="infected", counted="case", predicate="confirm")
    wednesday = _kill("001", 6, measure="infected", counted="case", predicate="confirm")
    assert falls_back(friday, wednesday)  # type: ignore[arg-type]
    assert not falls_back(wednesday, friday)  # type: ignore[arg-type]
    assert not falls_back(replace(friday, measure="missing"), replace(wednesday, measure="missing"))  # type: ignore
    at_least = replace(friday, value=q(None, 50, None))  # type: ignore[call-arg]
    assert falls_back(at_least, wednesday)  # type: ignore[arg-type]
    assert not falls_back(at_least, replace(wednesday, value=q(51)))  # type: ignore[arg-type]
    arts = (art("000", date(2021, 5, 1)), art("001", date(2021, 5, 5)))
    groups = reconcile((friday, wednesday), arts).groups  # type: ignore[arg-type]
    assert not [g for g in groups if g.supersedes or g.verdict == "conflict"]
    grown = replace(wednesday, value=q(60))  # type: ignore[call-arg]
    assert [g for g in reconcile((friday, grown), arts).groups if g.supersedes]  # type: ignore[arg-type]


def test_parts_of_one_whole_said_by_different_verbs_never_conflict() -> None:
    def part(source: str, v: int, predicate: str) -> object:
        return claim(source, 1, q(v, v, v, whole=382), counted="area", predicate=predicate, partitive=True)

    assert not guards_allow(guard(part("000", 338, "declare")), guard(part("001", 382, "count vote")))  # type: ignore[arg-type]
    assert guards_allow(guard(part("000", 338, "declare")), guard(part("001", 340, "declare")))  # type: ignore[arg-type]


def test_a_physical_measure_is_the_event_s_whatever_the_tense_or_the_names_around_it() -> None:
    def mag(source: str, v: float, **kw: object) -> object:
        value = Quantity(value=v, low=v, high=v, unit="magnitude")
        return claim(source, 1, value, kind="measure", counted="magnitude", **kw)

    # "The Survey put the magnitude at 6.1" (its reporter is no party: about None) and "the quake is a 6.2"
    reported = mag("000", 6.1, tense="past", entities=("Survey", "Denver"))
    struck = mag("001", 6.2, tense="present", about="quake", entities=("Lowland", "Harbour Town"))
    assert guards_allow(guard(reported), guard(struck))
    # but two things measured are two facts: "Hurricane Ada had winds of 185 mph", "Hurricane Bo's 150 mph";
    # "the train was doing 106 mph", "the speed limit is 50 mph"
    ada = claim(
        "000",
        1,
        Quantity(value=185, low=185, high=185, unit="mph"),
        kind="measure",
        counted="speed",
        about="Hurricane Ada",
    )
    bo = claim(
        "001",
        1,
        Quantity(value=150, low=150, high=150, unit="mph"),
        kind="measure",
        counted="speed",
        about="Hurricane Bo",
    )
    assert not guards_allow(guard(ada), guard(bo))
    train = replace(ada, about="train")
    limit = replace(bo, about="speed limit")
    assert not guards_allow(guard(train), guard(limit))
    # amounts of other kinds keep their parties apart: "Ann's fine of $400", "Ben's fine of $500"
    ann = claim("000", 1, q(400), kind="money", about="Ann Reed", entities=("Ann Reed",))
    ben = claim("001", 1, q(500), kind="money", about="Ben Ford", entities=("Ben Ford",))
    assert not guards_allow(guard(ann), guard(ben))
    # and counts keep the tense guard: "were examined" against "are being examined"
    was = claim("000", 1, q(12), counted="sample", tense="past", predicate="be examine")
    now = claim("001", 1, q(14), counted="sample", tense="present", predicate="be examine")
    assert not guards_allow(guard(was), guard(now))


@pytest.mark.parametrize(
    ("x", "y", "twins"),
    [
        (48_306_115, 48_306_116, True),  # the last digit
        (2_514_870, 2_154_870, True),  # two neighbouring digits swapped
        (73_105, 73_015, True),
        (20_000, 30_000, False),  # round figures: no slip of each other
        (73_105, 73_150, False),  # "73,150" has four significant digits
        (48_306_115, 48_306_125, True),
        (48_306_115, 48_306_126, False),  # two digits changed: two figures
        (2_514_870, 2_415_870, False),  # swapped, but not neighbours
        (9_999, 9_998, False),  # too short to tell a slip from another figure
        (12_345, 123_450, False),
        (12_345, 12_345, False),  # the same figure is no slip
    ],
)
def test_a_long_figure_off_by_one_digit_is_a_copying_slip(x: int, y: int, twins: bool) -> None:
    assert digit_twins(long_digits(Quantity.exact(x)), long_digits(Quantity.exact(y))) is twins


def test_a_copying_slip_is_compared_and_conflicts_whatever_each_outlet_says_it_counts() -> None:
    from claimcheck.reconcile.blocking import keys

    ballots = claim("000", 1, q(4_817_302), counted="ballot", predicate="count")
    voters = claim("001", 1, q(4_817_320), counted="voter", predicate="turn out")
    assert set(keys(ballots, str)) & set(keys(voters, str))
    assert guards_allow(guard(ballots), guard(voters))
    assert not guards_allow(guard(ballots), guard(claim("001", 1, q(4_871_320), counted="voter")))
    # told in two tenses ("12,347 residents are under orders", "12,374 people had been placed under"): still one
    residents = claim("002", 1, q(12_347), counted="resident", predicate="be under order", tense="present")
    people = claim("003", 1, q(12_374), counted="people", predicate="place under order", tense="past")
    assert guards_allow(guard(residents), guard(people))
    assert not guards_allow(guard(residents), guard(replace(people, value=q(12_300))))  # a round figure: no slip
    approx = Quantity(value=4_817_320, low=4_000_000, high=5_000_000, approximate=True)
    assert long_digits(approx) is None  # "about 4.8 million" is no slip of anything


@pytest.mark.parametrize(
    ("x", "y", "other"),
    [
        ("measles patient", "patient", False),  # one party, described twice
        ("youngest patient", "infant patient", True),  # neither description holds the other
        ("first defendant", "second defendant", True),
        ("quake", "earthquake", False),  # one thing under two words (WordNet)
        ("aftershock", "quake", True),
        ("older brother", "younger brother", True),
        ("Ann Reed", "Ann Reed", False),
        ("Ann Reed", "Ben Ford", True),  # two names
        ("Reed", "Ann Reed", False),  # a name given in part is the name given in full
        ("Collector", "Joint Collector A. Harish", False),
        ("Ann Reed", "Ben Reed", True),  # two names that share a word are still two
        ("Ann Reed", "patient", True),  # a description may be anyone: kept apart, as a name and another
        ("maximum sentence", "patient", True),  # descriptions of different things
        # a name and a class pick out people in two ways, and may pick the same ones; two names or two classes
        # tell them apart
        ("measle patient", "California patient", False),
        ("Ohio victim", "Texas victim", True),
        ("Ohio adult victim", "child victim", True),
        ("California patient", "Ann Reed", True),  # still a description against a name
        # unless the description's noun is the name's own: what the name names, described
        ("Harlow Moor Fire", "wildfire", False),
        ("Hurricane Dolores", "hurricane", False),
        ("Hurricane Dolores", "storm", True),
        ("Turnout", "turnout", False),  # a sentence's first word the model took for a name
        # a description that holds all of another's two words or more, and more, is that thing described more fully
        ("adult single", "single adult fare", False),
        ("return ticket", "day return ticket", False),
        ("adult", "adult fare", True),  # one word is too little to say it is the same thing
        ("first defendant", "first defendant's brother", True),
        # a place and the body that governs it, named by the place, are one party that pays and pledges
        ("state government", "state", False),
        ("county", "county council", False),
        ("state", "state company", True),  # (a company the state owns is not the state)
        ("city", "city police", True),
        # a name written as the other's initials is that name
        ("NZ", "New Zealand", False),
        ("Central Bank of Kenya", "CBK", False),
        ("NZ", "Nigeria", True),
        ("NZ", "Zealand", True),  # (one word has no initials to write)
    ],
)
def test_which_parties_an_amount_may_share(x: str, y: str, other: bool) -> None:
    assert other_party(x, y) is other


def test_one_event_dated_alike_under_two_names_is_one_fact_even_said_twice_by_one_outlet() -> None:
    from dataclasses import replace

    from claimcheck.reconcile import reconcile
    from claimcheck.types import DateValue

    y = DateValue(date(1999, 1, 1), date(2000, 1, 1), "year")

    def dated(source: str, start: int, noun: str, sentence: str, predicate: str) -> object:
        c = claim(source, start, y, kind="date", counted=noun, predicate=predicate, sentence=sentence)
        return replace(c, sentence_start=start)  # type: ignore[type-var]

    a1 = dated("000", 1, "quake", "The 1999 quake killed thousands in the valley.", "quake kill thousand in valley")
    a2 = dated("000", 60, "earthquake", "Survivors of the 1999 earthquake still wait.", "earthquake survivor valley")
    b = dated("001", 1, "quake", "The 1999 quake killed thousands across the valley.", "quake kill thousand valley")
    groups = reconcile((a1, a2, b), (art("000"), art("001"))).groups  # type: ignore[arg-type]
    together = [g for g in groups if b.id in g.claims]  # type: ignore[attr-defined]
    assert together and together[0].verdict == "agree"
    assert set(together[0].claims) == {a1.id, a2.id, b.id}  # type: ignore[attr-defined]


def test_an_addition_to_a_total_never_meets_a_part_of_a_stated_whole() -> None:
    from claimcheck.types import ADDED

    part = _kill("000", 5, partitive=True, predicate="be hospitalise")
    part = replace(part, value=Quantity(value=5, low=5, high=5, whole=34))  # type: ignore[type-var]
    added = _kill("001", 6, partitive=True, inferred=ADDED, predicate="be hospitalise")
    assert not guards_allow(guard(part), guard(added))
    more = _kill("002", 7, partitive=True, inferred=ADDED, predicate="be hospitalise")
    assert guards_allow(guard(added), guard(more))


def test_a_figure_hyphened_to_its_noun_is_that_things_own_whatever_the_tense() -> None:
    """ "The 11-day hearing ended on Friday" and "the decision follows a nine-day hearing": each figure describes
    the hearing, so the clauses' tenses do not tell two times apart; "11 days were lost" and "nine days are left"
    still do."""
    past = claim(
        "000",
        1,
        q(11, "day"),
        kind="duration",
        counted="hearing",
        about="hearing",
        predicate="end hearing day",
        tense="past",
        sentence="The 11-day hearing ended on Friday.",
        text="11",
    )
    present = claim(
        "001",
        1,
        q(9, "day"),
        kind="duration",
        counted="hearing",
        about="hearing",
        predicate="follow hearing day",
        tense="present",
        sentence="The decision follows a nine-day hearing.",
        text="nine",
    )
    past = replace(past, start=past.sentence.index("11"), end=past.sentence.index("-"))
    present = replace(present, start=present.sentence.index("nine"), end=present.sentence.index("-"))
    assert guard(past).hyphened and guard(present).hyphened
    assert guards_allow(guard(past), guard(present))
    lost = replace(past, sentence="In all, 11 days were lost.", start=8, end=10)
    left = replace(present, sentence="Only nine days are left.", start=5, end=9)
    assert (lost.sentence[lost.start : lost.end], left.sentence[left.start : left.end]) == ("11", "nine")
    assert not guard(lost).hyphened
    assert not guards_allow(guard(lost), guard(left))


def test_two_dates_whose_sentences_give_the_same_other_figure_score_as_one_event() -> None:
    """ "In 2009, a smaller burst on the same main cut supplies to 9,000 homes" and "A burst in 2008 ... left 9,000
    homes without water": the same detail beside each date tells one past event, whatever verb each dates it by.
    A person's age beside each ("Ann Reid, 71,") tells the person, not the event; a sentence with two dates does
    not say which its figure goes with; and two equal dates gain nothing from it."""

    def dated(source: str, year: int, sentence: str) -> Claim:
        at = sentence.index(str(year))
        return replace(
            claim(
                source, at, DateValue(date(year, 1, 1), date(year + 1, 1, 1), "year"), kind="date", sentence=sentence
            ),
            text=str(year),
            end=at + 4,
        )

    def beside(d: Claim, kind: str, value: float, text: str) -> Claim:
        at = d.sentence.index(text)
        return replace(
            claim(d.source, at, _at(value), kind=kind, sentence=d.sentence),
            text=text,
            end=at + len(text),
            id=f"{d.source}:{kind}:{at}",
        )

    a = dated("000", 2009, "In 2009, a smaller burst on the same main cut supplies to 9,000 homes.")
    b = dated("001", 2008, "A burst in 2008 on the same stretch left 9,000 homes without water.")
    homes_a, homes_b = beside(a, "count", 9000, "9,000"), beside(b, "count", 9000, "9,000")
    alone = Scorer([a, b], str).score(a, b)
    told = Scorer([a, b, homes_a, homes_b], str).score(a, b)
    assert "both sentences also give 9,000" in told.notes
    assert told.total == alone.total + 15
    # an age beside each date tells a person
    aged_a = dated("000", 2009, "In 2009 Ann Reid, 71, saw the main burst.")
    aged_b = dated("001", 2008, "Ann Reid, 71, recalled the burst of 2008.")
    ages = [beside(aged_a, "age", 71, "71"), beside(aged_b, "age", 71, "71")]
    assert not any("also give" in n for n in Scorer([aged_a, aged_b, *ages], str).score(aged_a, aged_b).notes)
    # nor a span of decades beside each: any two of a life's doings may share one
    spanned_a = dated("000", 2009, "She moved in 2009 and stayed for forty years.")
    spanned_b = dated("001", 2008, "He bought it in 2008 and kept it for forty years.")
    forty = replace(Quantity.exact(40), unit="year")
    spans = [replace(beside(d, "duration", 40, "forty"), value=forty) for d in (spanned_a, spanned_b)]
    spanned = Scorer([spanned_a, spanned_b, *spans], str).score(spanned_a, spanned_b)
    assert not any("also give" in n for n in spanned.notes)
    # two dates in one sentence: the figure may go with either
    two = dated("001", 2008, "A burst in 2008 left 9,000 homes without water, and another in 2015 few.")
    other_date = dated("001", 2015, two.sentence)
    homes_two = beside(two, "count", 9000, "9,000")
    scored = Scorer([a, two, other_date, homes_a, homes_two], str).score(a, two)
    assert not any("also give" in n for n in scored.notes)
    # equal dates: agreement needs no such help, and traps ("the 1998 strike", "the 1998 merger") fear it
    same = dated("001", 2009, "A burst in 2009 on the same stretch left 9,000 homes without water.")
    homes_same = beside(same, "count", 9000, "9,000")
    assert not any("also give" in n for n in Scorer([a, same, homes_a, homes_same], str).score(a, same).notes)
    # one day and a month in one sentence: the month is no second day, and the figure goes with the day
    text = "On Wednesday, 17 June, the minister signed off on a quota for 9,000 homes from the year that begins in May."
    at = text.index("Wednesday, 17 June")
    day = replace(
        claim("001", at, DateValue(date(2026, 6, 17), date(2026, 6, 18), "day"), kind="date", sentence=text),
        text="Wednesday, 17 June", end=at + 18,
    )
    at = text.index("May")
    month = replace(
        claim("001", at, DateValue(date(2026, 5, 1), date(2026, 6, 1), "month"), kind="date", sentence=text),
        text="May", end=at + 3, id="001:date:may",
    )
    homes_day = beside(day, "count", 9000, "9,000")
    scored = Scorer([a, day, month, homes_a, homes_day], str).score(a, day)
    assert "both sentences also give 9,000" in scored.notes


def test_two_written_years_one_apart_score_as_a_slip_of_the_year() -> None:
    """ "The lodge first opened in 1994" and "the lodge, which opened in 1995": two years written out, one apart,
    score ten more than years further apart; "this year" against "last year" is a comparison, not a slip."""

    def year(source: str, y: int, sentence: str, text: str) -> Claim:
        at = sentence.index(text)
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return replace(claim(source, at, value, kind="date", sentence=sentence), text=text, end=at + len(text))

    a = year("000", 1994, "The lodge first opened in 1994.", "1994")
    b = year("001", 1995, "The lodge, which opened in 1995, was rebuilt.", "1995")
    far = year("002", 1997, "The lodge, which opened in 1997, was rebuilt.", "1997")
    scorer = Scorer([a, b, far], str)
    slip = scorer.score(a, b)
    assert "'1994' and '1995' are a year apart, as a slip of the year is" in slip.notes
    assert slip.total == scorer.score(a, far).total + 10
    now = year("000", 2025, "Applications rose this year.", "this year")
    before = year("001", 2024, "Applications were higher last year.", "last year")
    assert not any("a year apart" in n for n in Scorer([now, before], str).score(now, before).notes)


def test_one_exact_amount_to_the_digit_scores_as_one_amount() -> None:
    """ "The estate sold for £3.45m" and "the buyer paid £3.45m": an exact amount of two significant digits or more
    is seldom two things' in one story, so the pair scores 15 more; "£3m", one digit, is too round to say so."""
    sold = claim("000", 1, _at(3_450_000, "GBP"), kind="money", predicate="sell for", text="£3.45m")
    paid = claim("001", 1, _at(3_450_000, "GBP"), kind="money", predicate="pay", text="£3.45m")
    round_sold = replace(sold, id="002:money:1-2", source="002", value=_at(3_000_000, "GBP"), text="£3m")
    round_paid = replace(paid, id="003:money:1-2", source="003", value=_at(3_000_000, "GBP"), text="£3m")
    scorer = Scorer([sold, paid, round_sold, round_paid], str)
    digit = scorer.score(sold, paid)
    assert "the same amount to the digit (£3.45m, £3.45m)" in digit.notes
    assert digit.total == scorer.score(round_sold, round_paid).total + 15
    # one bound told alike is one amount too: "more than £3.45m" in two outlets; not against the exact figure
    more = Quantity(value=None, low=3_450_000, high=None, low_inclusive=False, unit="GBP")
    over_a = replace(sold, id="004:money:1-2", source="004", value=more, text="more than £3.45m")
    over_b = replace(paid, id="005:money:1-2", source="005", value=more, text="more than £3.45m")
    bounded = Scorer([over_a, over_b, sold], str)
    assert "the same amount to the digit (more than £3.45m, more than £3.45m)" in bounded.score(over_a, over_b).notes
    assert not any("to the digit" in n for n in bounded.score(over_a, sold).notes)


def test_a_place_the_other_sentence_also_names_scopes_neither_figure_apart() -> None:
    """ "boil notices went to 4,210 homes in Carrbridge" and "about 4,600 homes around Carrbridge were affected",
    whose parse gives no place: the place both sentences name is the story's, not a part of it. A sentence that
    does not name it ("4,600 homes were affected") may count a wider area."""
    placed = claim(
        "000", 1, q(4210), counted="home", place="Carrbridge", entities=("Carrbridge",), predicate="send notice to"
    )
    named = claim("001", 1, q(4600), counted="home", entities=("Carrbridge",), predicate="be affect")
    unnamed = replace(named, entities=())
    assert guards_allow(guard(placed), guard(named))
    assert not guards_allow(guard(placed), guard(unnamed))


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        ("2024-03-01T11:00", "2024-03-02", True),  # two days
        ("2024-03-01T11:00", "2024-03-01T18:00", True),  # two hours of one day
        ("2024-03-01", "2024-03-01T00:00", False),  # a day and an hour of it may be one moment
        ("2024-03-01", "2024-03-01", False),
        (None, "2024-03-01", False),
    ],
)
def test_two_moments_apart(x: str | None, y: str | None, apart: bool) -> None:
    from claimcheck.reconcile.identity import apart_in_time

    assert apart_in_time(x, y) is apart


def test_figures_of_two_moments_never_conflict_but_a_running_tally_may_update() -> None:
    """ "193,000 trips by 11 a.m. on Friday" and "more than a million trips on Saturday" are two days' figures;
    a toll given on two days is one tally's update (state_at orders them), so its guard lets it through."""
    friday = claim("000", 1, q(193000), counted="trip", predicate="be take", time="2024-03-01T11:00")
    saturday = claim("001", 1, q(1200000), counted="trip", predicate="be take", time="2024-03-02")
    same_day = replace(saturday, time="2024-03-01T11:00")
    assert not guards_allow(guard(friday), guard(saturday))
    assert guards_allow(guard(friday), guard(same_day))
    toll_then = _kill("000", 24, time="2024-03-01")
    toll_now = _kill("001", 31, time="2024-03-02")
    assert guards_allow(guard(toll_then), guard(toll_now))  # type: ignore[arg-type]
    year = replace(saturday, time="2024")  # a year pins no moment
    assert guards_allow(guard(friday), guard(year))


def test_a_tally_up_to_a_time_of_day_never_conflicts_with_a_figure_for_the_day() -> None:
    """ "41,000 visitors by 10 a.m. on Sunday" is part of Sunday's count, not a report of all of it; two tallies
    up to one time of day may still conflict, and one figure copied with a slip is still one figure."""
    from claimcheck.types import AS_OF_HEDGE

    by_ten = claim(
        "000", 1, q(41000), counted="visitor", predicate="pass gate by", time="2024-03-03T10:00", hedges=(AS_OF_HEDGE,)
    )
    whole_day = claim("001", 1, q(97000), counted="visitor", predicate="pass gate on", time="2024-03-03")
    undated = replace(whole_day, time=None)
    other_by_ten = replace(whole_day, value=q(44000), time="2024-03-03T10:00", hedges=(AS_OF_HEDGE,))
    assert not guards_allow(guard(by_ten), guard(whole_day))
    assert not guards_allow(guard(by_ten), guard(undated))
    assert guards_allow(guard(by_ten), guard(other_by_ten))
    assert guards_allow(guard(replace(by_ten, hedges=())), guard(whole_day))
    at_ten = replace(whole_day, time="2024-03-03T10:00")  # "at 10 a.m. on Sunday, 97,000 had passed": one moment
    assert guards_allow(guard(by_ten), guard(at_ten))
    slip = replace(whole_day, value=q(1041613))
    assert guards_allow(guard(replace(by_ten, value=q(1041616))), guard(slip))
    # "from 14 villages had been registered by Wednesday evening": a tally up to a day is its outlet's latest, as
    # an undated "from 15 villages have been evacuated" is
    by_the_day = replace(by_ten, time="2024-03-03")
    assert guards_allow(guard(by_the_day), guard(undated))
    assert not guards_allow(guard(by_the_day), guard(replace(whole_day, time="2024-03-04")))


def test_a_figure_summed_over_several_days_never_conflicts_with_one_day_s() -> None:
    from claimcheck.types import SPAN_HEDGE

    two_days = claim("000", 1, q(None, 2000000, None), counted="trip", predicate="handle", hedges=(SPAN_HEDGE,))
    one_day = claim("001", 1, q(None, 1000000, None), counted="trip", predicate="handle")
    assert not guards_allow(guard(two_days), guard(one_day))
    assert guards_allow(guard(two_days), guard(replace(one_day, hedges=(SPAN_HEDGE,))))
    assert guards_allow(guard(replace(two_days, hedges=())), guard(one_day))


def test_as_of_days_and_days_of_speaking_never_conflict() -> None:
    from claimcheck.types import AS_OF_HEDGE, DateValue

    def day(source: str, d: int, predicate: str, **kw: object) -> object:
        return claim(
            source, 1, DateValue(date(2024, 3, d), date(2024, 3, d + 1), "day"), kind="date", predicate=predicate, **kw
        )

    burned_mon = day("000", 4, "burn more than acre by", hedges=(AS_OF_HEDGE,))
    burned_tue = day("001", 5, "burn acre by", hedges=(AS_OF_HEDGE,))
    assert not guards_allow(guard(burned_mon), guard(burned_tue))  # type: ignore[arg-type]
    said_tue, said_thu = day("000", 5, "say"), day("001", 7, "say on")
    assert not guards_allow(guard(said_tue), guard(said_thu))  # type: ignore[arg-type]
    began_sat, began_sun = day("000", 2, "begin on"), day("001", 3, "begin on")
    assert guards_allow(guard(began_sat), guard(began_sun))  # type: ignore[arg-type]


def test_only_articles_a_month_apart_leave_room_for_a_birthday() -> None:
    from claimcheck.reconcile.identity import ages_years_apart, birthday_allowance

    assert birthday_allowance(0) == 0
    assert birthday_allowance(3) < 0.01  # a birthday in three days is one chance in a hundred: a slip is likelier
    assert 1.08 < birthday_allowance(30) < 1.09
    when = {
        "000": datetime(2024, 4, 19),
        "001": datetime(2024, 4, 19),
        "002": datetime(2024, 4, 22),
        "003": datetime(2024, 6, 1),
    }
    young = claim("000", 1, q(19), kind="age", about="Ben Ford")
    older = claim("001", 1, q(20), kind="age", about="Ben Ford")
    days_later = claim("002", 1, q(20), kind="age", about="Ben Ford")
    weeks_later = claim("003", 1, q(20), kind="age", about="Ben Ford")
    assert not ages_years_apart(young, older, when)  # type: ignore[arg-type]
    assert not ages_years_apart(young, days_later, when)  # type: ignore[arg-type]
    assert ages_years_apart(young, weeks_later, when)  # type: ignore[arg-type]
    assert not ages_years_apart(young, replace(weeks_later, value=q(21)), when)  # type: ignore[arg-type]


def test_months_apart_and_groups_apart_are_other_facts() -> None:
    from claimcheck.reconcile.identity import apart_in_time

    assert apart_in_time("2024-03", "2024-04")
    assert not apart_in_time("2024-03", "2024-03-05")  # a day of that month
    march = claim("000", 1, q(4.1, 4.1, 4.1, unit="%"), kind="percent", counted="rate", time="2024-03")
    april = claim("001", 1, q(4.6, 4.6, 4.6, unit="%"), kind="percent", counted="rate", time="2024-04")
    assert not guards_allow(guard(march), guard(april))
    children = claim("000", 1, q(92, 92, 92, unit="%"), kind="percent", counted="rate", party="child")
    adults = claim("001", 1, q(78, 78, 78, unit="%"), kind="percent", counted="rate", party="adult")
    assert other_identity(guard(children), guard(adults), None, None)


def test_equal_ages_of_two_named_people_are_two_facts() -> None:
    from claimcheck.reconcile.identity import about_different_named_parties

    captain = claim("000", 1, q(58), kind="age", about="Nikos Vardakis")
    passenger = claim("001", 1, q(58), kind="age", about="Janet Hollis")
    assert about_different_named_parties(captain, passenger, str)
    assert not about_different_named_parties(captain, replace(passenger, about="Vardakis"), lambda n: n.split()[-1])


def test_near_ages_of_two_named_people_are_two_facts() -> None:
    """ "said Nasser al-Maamari, 52" and "Abdullah al-Busaidi, 58, who farms": a digit apart, which one person's age
    mistyped might be, but two names that share no word are two people; a name misspelt is still one person's."""
    grocer = claim("000", 1, q(52), kind="age", counted="age", about="Nasser al-Maamari")
    farmer = claim("001", 1, q(58), kind="age", counted="age", about="Abdullah al-Busaidi")
    assert not guards_allow(guard(grocer), guard(farmer))
    assert guards_allow(guard(grocer), guard(replace(farmer, about="Naser al-Maamari")))
    assert guards_allow(guard(grocer), guard(replace(farmer, about=None)))
    # (a surname's lower-case particle, or a hyphened given name, still ends a name)
    from claimcheck.reconcile.identity import named

    assert named("Nasser al-Maamari") and named("Lo Hsiu-yun") and not named("the Ohio-based firm")


def test_an_earlier_value_never_conflicts_with_a_figure_of_now() -> None:
    """'the margin shrank to 4.1% from 9.8% a year earlier' (one outlet) and 'a margin of 9.8%'... the value a
    change starts from is another moment's; two outlets' earlier values may still disagree."""
    from claimcheck.types import EARLIER_HEDGE

    pct = Quantity(value=9.8, low=9.8, high=9.8, unit="%")
    before = claim(
        "000",
        1,
        pct,
        kind="percent",
        counted="margin",
        predicate="shrink to from",
        hedges=(EARLIER_HEDGE,),
        tense="past",
    )
    now = claim(
        "001",
        1,
        replace(pct, value=4.6, low=4.6, high=4.6),
        kind="percent",
        counted="margin",
        predicate="shrink to",
        tense="past",
    )
    other_before = replace(before, id="002:x", source="002", value=replace(pct, value=9.2, low=9.2, high=9.2))
    assert not guards_allow(guard(before), guard(now))
    assert guards_allow(guard(before), guard(other_before))
    # "rises from £2.40" told in the present and "rising from £2.50" in the past: both the value before one change,
    # whatever tense tells the change
    assert guards_allow(guard(before), guard(replace(other_before, tense="present")))


def test_figures_over_two_windows_and_the_windows_themselves_never_conflict() -> None:
    from claimcheck.types import WINDOW_HEDGE

    mm = Quantity(value=120, low=120, high=120, unit="mm")
    day = claim("000", 1, mm, kind="measure", counted="length", predicate="fall in hour", hedges=("over 24 hours",))
    two = claim(
        "001",
        1,
        replace(mm, value=185, low=185, high=185),
        kind="measure",
        counted="length",
        predicate="fall over day",
        hedges=("over 48 hours",),
    )
    same = replace(two, hedges=("over 24 hours",))
    assert not guards_allow(guard(day), guard(two))
    assert guards_allow(guard(day), guard(same))
    hours = claim(
        "000",
        9,
        Quantity(value=24, low=24, high=24, unit="hour"),
        kind="duration",
        counted="hour",
        predicate="fall in hour",
        hedges=(WINDOW_HEDGE,),
    )
    other = replace(hours, id="001:w", source="001", value=Quantity(value=48, low=48, high=48, unit="hour"))
    assert not guards_allow(guard(hours), guard(other))


def test_a_bracketed_conversion_may_agree_but_never_conflict() -> None:
    """ "40 million litres (9 million gallons)": the bracket converts the outlet's own figure, rounded; another
    outlet's figure is weighed against the figure it converts, not against the conversion."""
    primary = claim("000", 1, q(40e6), kind="measure", counted="volume", predicate="spill")
    bracket = replace(
        claim("000", 30, q(9e6), kind="measure", counted="volume", predicate="spill"), restates=primary.id
    )
    other = claim("001", 1, q(45e6), kind="measure", counted="volume", predicate="spill")
    assert guards_allow(guard(primary), guard(other))
    assert not guards_allow(guard(bracket), guard(other))
    exact = replace(claim("000", 30, q(17_410_742), counted="vote", predicate="vote"), restates="000:count:1-2")
    slip = claim("001", 1, q(17_410_724), counted="vote", predicate="vote")
    assert guards_allow(guard(exact), guard(slip))  # "17 million (17,410,742)": a count's exact figure still counts


def test_a_conversion_copied_with_two_digits_swapped_is_a_conflict() -> None:
    """ "1.4 billion rupees ($16.8 million)" against a copy's "about $18.6m": no exchange rate or rounding swaps
    two digits, so the copy miscopied the conversion; one that is only another rounding ("$17.1m") is no rival."""
    from claimcheck.reconcile import reconcile
    from test_reconcile import art

    said = "Calmisol generated sales of 1.4 billion rupees ($16.8 million)."
    inr, usd = q(1.4e9, 1.4e9, 1.4e9, unit="INR"), q(16.8e6, 16.8e6, 16.8e6, unit="USD")
    rupees = claim("000", 1, inr, kind="money", predicate="generate sale of", sentence=said, text="1.4bn rupees")
    bracket = replace(
        claim("000", 2, usd, kind="money", predicate="generate sale of", sentence=said, text="$16.8 million"),
        restates=rupees.id,
    )
    copy = "Calmisol generated sales of about $18.6m last year."
    for value, conflict in (
        (q(18.6e6, 18.5e6, 18.7e6, unit="USD", approximate=True), True),
        (q(17.1e6, 17.1e6, 17.1e6, unit="USD"), False),
    ):
        other = claim("001", 1, value, kind="money", predicate="generate sale of", sentence=copy, text="$18.6m")
        groups = reconcile((rupees, bracket, other), (art("000"), art("001"))).groups
        found = [g.claims for g in groups if g.verdict == "conflict"]
        assert found == ([(bracket.id, other.id)] if conflict else []), groups


@pytest.mark.parametrize(
    ("first", "conversion", "slipped"),
    [
        (q(101.7, 101.7, 101.7, unit="°F"), q(38.7, 38.7, 38.7, unit="°C"), False),  # 101.7 F is 38.7 C
        (q(101.7, 101.7, 101.7, unit="°F"), q(37.8, 37.8, 37.8, unit="°C"), True),  # two digits swapped
        (q(50, 50, 50, unit="m"), q(165, 165, 165, unit="ft"), False),  # 164 ft, rounded loosely
        (q(50, 50, 50, unit="m"), q(250, 250, 250, unit="ft"), True),  # no rounding of 164 ft
    ],
)
def test_a_conversion_that_is_no_rounding_of_its_figure_is_the_outlets_slip(
    first: Quantity, conversion: Quantity, slipped: bool
) -> None:
    """ "101.7 degrees Fahrenheit (37.8 Celsius)": a conversion its own figure cannot give, even rounded, is a
    slip of the outlet's copy, and may conflict with another outlet's figure as any figure may."""
    primary = claim("000", 1, first, kind="measure", counted="temperature", predicate="hit", text="101.7")
    bracket = replace(
        claim("000", 30, conversion, kind="measure", counted="temperature", predicate="hit"),
        text=f"{conversion.value}",
        restates=primary.id,
    )
    guards = with_slipped_conversions([primary, bracket], [guard(primary), guard(bracket)])
    assert guards[1].conversion is not slipped


def _counts(source: str, text: str) -> dict[str, object]:
    """The counts the extractor reads from one invented sentence, by their text, as outlet ``source``."""
    import claimcheck

    got = claimcheck.extract_text(source, text, claimcheck.load_model())
    return {c.text: c for c in got if c.kind == "count"}


@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("The ferry, carrying 350 passengers and 20 crew, ran aground.", "350", "20"),  # a list's two items
        ("Inspectors found 1,400 faults in six hangars.", "1,400", "six"),  # the noun a phrase hangs from
        ("The council received 1,400 complaints from six towns.", "1,400", "six"),
        ("Four lorries and nine buses carried the wounded to clinics.", "Four", "nine"),
    ],
)
def test_neighbouring_counts_of_one_sentence_are_other_things(text: str, one: str, other: str) -> None:
    """Two outlets printing one sentence: a figure of one never meets the other figure of the other, however
    alike the sentences read; each still meets its own twin."""
    a, b = _counts("000", text), _counts("001", text)
    assert not guards_allow(guard(a[one]), guard(b[other]))  # type: ignore[arg-type]
    assert not guards_allow(guard(a[other]), guard(b[one]))  # type: ignore[arg-type]
    assert guards_allow(guard(a[other]), guard(b[other]))  # type: ignore[arg-type]


def test_a_noun_joined_by_of_is_still_the_thing_counted() -> None:
    from claimcheck.reconcile.identity import same_thing

    part = _counts("000", "Two of the deaths were caused by the fire.")["Two"]
    men = _counts("001", "The fire contributed to the deaths of two of the residents.")["two"]
    assert same_thing(guard(part), guard(men))  # type: ignore[arg-type]


def test_parts_of_one_whole_named_apart_are_two_parts() -> None:
    """ "36 were hurt, 27 passengers and 9 crew": the passengers and the crew are two parts, and "eight of them"
    may be any eight; two outlets' parts of one name may still conflict."""

    def part(source: str, v: int, counted: str) -> object:
        return claim(source, 1, q(v, v, v, whole=36), counted=counted, measure="injured", partitive=True)

    assert not guards_allow(guard(part("000", 27, "passenger")), guard(part("001", 9, "crew")))  # type: ignore[arg-type]
    assert not guards_allow(guard(part("000", 8, "people")), guard(part("001", 9, "crew")))  # type: ignore[arg-type]
    assert guards_allow(guard(part("000", 8, "crew")), guard(part("001", 9, "crew")))  # type: ignore[arg-type]
    assert guards_allow(guard(part("000", 8, "people")), guard(part("001", 9, "people")))  # type: ignore[arg-type]


def _durations(source: str, text: str) -> list[object]:
    import claimcheck

    return [c for c in claimcheck.extract_text(source, text, claimcheck.load_model()) if c.kind == "duration"]


def test_a_duration_is_the_length_of_what_lasts_not_of_its_unit() -> None:
    """A prison term and its suspension are two lengths, whatever unit each is given in; two outlets' terms
    (said with "jailed", "imprisonment" or "sentence") are one."""
    term, suspended = _durations("000", "The driver was jailed for eight months, suspended for 12 months.")
    said = "The driver received nine months' imprisonment suspended for 18 months."
    other_term, other_suspended = _durations("001", said)
    given, _ = _durations("002", "The driver was given a nine-month sentence, suspended for 18 months.")
    assert not guards_allow(guard(term), guard(other_suspended))  # type: ignore[arg-type]
    assert not guards_allow(guard(other_term), guard(suspended))  # type: ignore[arg-type]
    assert guards_allow(guard(term), guard(other_term))  # type: ignore[arg-type]
    assert guards_allow(guard(suspended), guard(other_suspended))  # type: ignore[arg-type]
    assert guard(term).lasting == guard(other_term).lasting == guard(given).lasting == "jail"  # type: ignore[arg-type]
    assert guard(suspended).lasting == "suspend"  # type: ignore[arg-type]


def test_durations_told_with_verbs_of_one_meaning_are_one_length() -> None:
    """ "The schools stayed closed for seven days" and "the schools were shut for two weeks": one closure's length, told
    with "close" and "shut", which mean one doing, and in days and in weeks, which convert; the staying verb names no
    doing of its own. A term and its suspension stay two lengths, and "remained in hospital" keeps its own verb."""
    (closed,) = _durations("000", "The schools in the town stayed closed for seven days after the quake.")
    (shut,) = _durations("001", "The schools in the town were shut for two weeks after the quake.")
    (hospital,) = _durations("002", "The driver remained in hospital for two weeks.")
    assert guard(closed).lasting == "close" and guard(hospital).lasting == "remain"  # type: ignore[arg-type]
    assert guards_allow(guard(closed), guard(shut))  # type: ignore[arg-type]
    assert not guards_allow(guard(hospital), guard(shut))  # type: ignore[arg-type]


def test_a_length_a_verb_sets_up_is_the_length_of_the_thing_set_up() -> None:
    """ "declared a state of emergency for 60 days": the length of the state of emergency, whichever verb of setting
    up an outlet uses and whoever sets it up (a council or "the government"); an extension's length is not the
    state's."""
    (declared,) = _durations("000", "The Council of Ministers declared a state of emergency on Monday for 60 days.")
    (approved,) = _durations("001", "The government has approved a state of emergency for 90 days, the decree says.")
    (hyphened,) = _durations("002", "The Council of Ministers approved a 60-day state of emergency on Monday.")
    (extended,) = _durations("003", "The government later extended the state of emergency for 30 days.")
    assert guard(declared).lasting == guard(approved).lasting == "state"  # type: ignore[arg-type]
    assert guards_allow(guard(declared), guard(approved))  # type: ignore[arg-type]
    assert guards_allow(guard(hyphened), guard(approved))  # type: ignore[arg-type]
    assert not guards_allow(guard(extended), guard(approved))  # type: ignore[arg-type]


def test_a_headcount_or_a_carried_count_is_its_holders() -> None:
    """ "The Kisaragi plant employs about 5,400 people" and "a plant in Lawrenceburg, which employs about 4,200
    people": two employers' staff, two facts; so are "NSR carries around 48 million journeys a year" and "the
    Skelwick line carries about 1.9 million". A bare description may be any employer ("the company", "the firm"),
    and "the plant employs 5,100 people" in another outlet is the plant's figure told otherwise."""
    import claimcheck

    def count(source: str, text: str) -> Claim:
        (c,) = [c for c in claimcheck.extract_text(source, text, claimcheck.load_model()) if c.kind == "count"]
        return c

    kisaragi = count("000", "The Kisaragi plant employs about 5,400 people.")
    tennessee = count("001", "The firm opened a plant in Lawrenceburg, which employs about 4,200 people.")
    company = count("002", "The company employs about 5,100 people.")
    firm = count("003", "The firm, which makes the cars, employs about 4,600 people.")
    assert kisaragi.about == "Kisaragi plant" and company.about == "company"
    assert not guards_allow(guard(kisaragi), guard(tennessee))
    assert guards_allow(guard(kisaragi), guard(company))
    assert guards_allow(guard(company), guard(firm))
    network = count("004", "NSR was nationalised this year and carries around 48 million passenger journeys a year.")
    line = count("005", "The Skelwick line, which runs to the coast, carries about 1.9 million journeys a year.")
    assert not guards_allow(guard(network), guard(line))


def test_a_figure_one_part_reached_alone_is_no_rival_of_the_whole() -> None:
    """ "more than 310,000 bottles were handed out on Wednesday alone" is one day's part of "more than 1.4 million
    bottles were given out": "alone" says the whole is more. Two outlets' figures for that one part still meet, and
    a sentence's other figure, told without the "alone", is no part."""
    import claimcheck

    def counts(source: str, text: str) -> list[Claim]:
        return [c for c in claimcheck.extract_text(source, text, claimcheck.load_model()) if c.kind == "count"]

    (day,) = counts("000", "The city says more than 310,000 bottles of water were handed out on Wednesday alone.")
    (whole,) = counts("001", "The city says more than 1.4 million bottles were given out.")
    (other_day,) = counts("002", "The city said 290,000 bottles of water were handed out on Wednesday alone.")
    july, total = counts("003", "In July alone, 300 claims were filed, which brought the total to 2,000 claims.")
    assert guard(day).alone and guard(july).alone and not guard(total).alone and not guard(whole).alone
    assert not guards_allow(guard(day), guard(whole))
    assert guards_allow(guard(day), guard(other_day))


def test_a_length_told_as_an_amount_of_a_thing_is_that_things_whatever_the_verb() -> None:
    """ "ordered to complete 200 hours of unpaid work" and "ordered to perform 250 hours of unpaid work": one
    order's hours of work, whichever verb hangs them; but "within 72 hours of the order" counts from the order and
    is no amount of it, and a term in prison is still no amount of work."""
    (complete,) = _durations("000", "The builder was ordered to complete 200 hours of unpaid work.")
    (perform,) = _durations("001", "The builder was ordered to perform 250 hours of unpaid work.")
    (within,) = _durations("002", "The builder must start within 72 hours of the order.")
    (jailed,) = _durations("003", "The builder was jailed for 200 hours.")
    (first,) = _durations("004", "The first dose should come at 12 to 15 months of age.")
    (second,) = _durations("005", "The second dose should be given at 4 to 6 years of age.")
    assert "age" not in (guard(first).lasting, guard(second).lasting)  # type: ignore[arg-type]
    assert guard(complete).lasting == guard(perform).lasting != "complete"  # type: ignore[arg-type]
    assert guards_allow(guard(complete), guard(perform))  # type: ignore[arg-type]
    assert guard(within).lasting != "order"  # type: ignore[arg-type]
    assert not guards_allow(guard(jailed), guard(perform))  # type: ignore[arg-type]


def test_a_planned_length_in_its_unit_is_the_length_of_the_thing_it_is_planned_for() -> None:
    """ "The province had planned a 45-day season" and "the season had been planned at 54 days": one season's
    length, though one counts the season and the other only days; but a headline's "six seconds of starlight" is
    no length of the pulse that lasted 6.2 seconds."""
    (hyphened,) = _durations("000", "The province had planned a 45-day season, but it could be cut short.")
    (planned,) = _durations("001", "The road opened Jan. 24 and the season had been planned at 54 days.")
    assert guards_allow(guard(hyphened), guard(planned))  # type: ignore[arg-type]
    (starlight,) = _durations("003", "Six seconds of starlight in a shed")
    (pulse,) = _durations("004", "The machine produced 84 megajoules in a pulse lasting 6.2 seconds.")
    assert not guards_allow(guard(starlight), guard(pulse))  # type: ignore[arg-type]


def test_a_things_own_size_is_not_denied_by_its_clauses_not() -> None:
    """ "did not survive the fall into the 350-feet-deep gorge": the gorge's depth, hyphened to it through a word of
    dimension, which the clause's "not" does not deny; another outlet's "a 300-feet-deep gorge" is its rival."""
    import claimcheck

    def depth(source: str, text: str) -> Claim:
        (c,) = [c for c in claimcheck.extract_text(source, text, claimcheck.load_model()) if c.kind == "measure"]
        return c

    denied = depth("000", "Twenty-six of them did not survive the fall into the 350-feet-deep gorge.")
    told = depth("001", "The bus plunged into a 300-feet-deep gorge near Bhurela village.")
    assert denied.negated and guard(denied).hyphened  # type: ignore[arg-type]
    assert guards_allow(guard(denied), guard(told))  # type: ignore[arg-type]


def test_a_named_persons_votes_are_theirs_and_no_rival_of_the_total_or_anothers() -> None:
    """ "Arowolo-Bankole polled 287,416 votes", "Ige-Moses came third with 38,512 votes" and "Total valid votes came
    to 582,228": what each named candidate got is that candidate's, and a part of the total, never its rival."""
    import claimcheck

    def votes(source: str, text: str) -> Claim:
        got = claimcheck.extract_text(source, text, claimcheck.load_model())
        (c,) = [c for c in got if c.kind == "count" and "," in c.text]  # (not the rank, "third")
        return c

    winner = votes("000", "Olumide Arowolo-Bankole polled 287,416 votes to defeat his closest rival.")
    third = votes("001", "Folasade Ige-Moses of the Labour Renewal Party came third with 38,512 votes.")
    total = votes("002", "Total valid votes came to 582,228, the returning officer said.")
    assert winner.about is not None and "Arowolo-Bankole" in winner.about and third.about == "Folasade Ige-Moses"
    assert not guards_allow(guard(winner), guard(third))  # type: ignore[arg-type]
    assert not guards_allow(guard(third), guard(total))  # type: ignore[arg-type]
    assert not guards_allow(guard(total), guard(winner))  # type: ignore[arg-type]


def test_a_nationality_s_count_is_a_group_of_those_counted_never_the_whole() -> None:
    """ "SIX CANADIANS KILLED" in a headline counts the Canadian dead, not everyone killed; two outlets' counts of
    one nationality may still conflict, and two nationalities are two facts."""
    headline = _counts("000", "SIX CANADIANS KILLED IN BUS CRASH")["SIX"]
    everyone = _counts("001", "Eleven people were killed in the bus crash.")["Eleven"]
    body = _counts("002", "Four Canadians were killed in the bus crash.")["Four"]
    italians = _counts("003", "Four Italians were killed in the bus crash.")["Four"]
    assert guard(headline).nationality == guard(body).nationality == "canadian"  # type: ignore[arg-type]
    assert not guards_allow(guard(headline), guard(everyone))  # type: ignore[arg-type]
    assert not guards_allow(guard(body), guard(everyone))  # type: ignore[arg-type]
    assert guards_allow(guard(headline), guard(body))  # type: ignore[arg-type]
    assert other_identity(guard(body), guard(italians), None, None)  # type: ignore[arg-type]


def test_a_kind_of_has_a_direction() -> None:
    from claimcheck.reconcile.related import kind_of

    assert kind_of("spaniard", "european") and kind_of("californian", "american")
    assert not kind_of("person", "european")  # a European is a person, not the other way round
    assert not kind_of("resident", "european")


def test_parts_joined_by_of_are_one_part_said_two_ways() -> None:
    deaths = _counts("000", "Inquests found failures that contributed to two of the deaths.")["two"]
    men = _counts("001", "Inquests found failures contributed to the deaths of three of the men.")["three"]
    assert guards_allow(guard(deaths), guard(men))  # type: ignore[arg-type]


def test_a_limit_is_never_what_was_measured() -> None:
    """ "he was going at 90 km/h" (whoever he is) never meets "a stretch limited to 60 km/h" of another outlet,
    while two outlets' limits may still disagree."""
    import claimcheck

    def speeds(source: str, text: str) -> dict[str, object]:
        got = claimcheck.extract_text(source, text, claimcheck.load_model())
        return {c.text: c for c in got if c.kind == "measure"}

    going = speeds("000", "Police said he was going at 90 km/h where 60 km/h is permitted.")
    limited = speeds("001", "The lorry was doing 90 km/h on a stretch limited to 50 km/h.")
    assert not guards_allow(guard(going["90"]), guard(limited["50"]))  # type: ignore[arg-type]
    assert other_identity(guard(going["90"]), guard(limited["50"]), None, None)  # type: ignore[arg-type]
    assert guards_allow(guard(going["60"]), guard(limited["50"]))  # type: ignore[arg-type]


def test_parts_of_one_whole_said_with_near_verbs_are_one_part() -> None:
    """ "58% of the customers had been told" and "55% of the customers had been notified": WordNet puts telling and
    notifying side by side under informing, so the two parts may disagree; "opened" and "closed" stay apart."""
    told = claim(
        "000",
        1,
        q(58, 58, 58, unit="%", whole=100),
        kind="percent",
        counted="customer",
        partitive=True,
        predicate="be tell",
    )
    notified = replace(
        told, source="001", id="001:percent:1-2", value=q(55, 55, 55, unit="%", whole=100), predicate="be notify"
    )
    assert guards_allow(guard(told), guard(notified))
    closed = replace(notified, predicate="be close")
    opened = replace(told, predicate="be open")
    assert not guards_allow(guard(opened), guard(closed))


def test_an_entity_s_acronym_and_its_full_name_are_one_entity_to_the_guards() -> None:
    """Two amounts naming disjoint entities never conflict; "ICO" and "Information Commissioner's Office" are not
    disjoint once the corpus's names are given."""
    a = claim("000", 1, q(4), kind="money", entities=("Information Commissioner's Office",), predicate="fine")
    b = replace(a, source="001", id="001:money:1-2", value=q(2), entities=("ICO",))
    assert not guards_allow(guard(a), guard(b))
    names = {"ICO": "Information Commissioner's Office"}
    assert guards_allow(guard(a, lambda s: names.get(s, s)), guard(b, lambda s: names.get(s, s)))


def test_an_entity_named_in_part_is_the_entity_named_in_full_to_the_guards() -> None:
    """ "told to submit a report within 15 days" beside "Joint Collector A. Harish" and "within 30 days" beside the
    same man named in part ("Collector"): one party's deadline, not two disjoint entities'."""
    a = claim("000", 1, q(15), kind="duration", entities=("Collector",), predicate="submit report within")
    b = replace(a, source="001", id="001:duration:1-2", value=q(30), entities=("Joint Collector A. Harish",))
    assert guards_allow(guard(a), guard(b))
    c = replace(b, entities=("Joint Secretary B. Rao",))
    assert not guards_allow(guard(a), guard(c))


@pytest.mark.parametrize(
    ("text", "counted", "modifiers", "predicate", "nation"),
    [
        ("Six Brits died.", "brit", (), "die", "brit"),
        ("Three German tourists were hurt.", "tourist", ("german",), "be hurt", "german"),
        ("Six British nationals died.", "national", ("british",), "die", "briton"),  # irregular: British -> Briton
        ("Nine of the passengers were French.", "passenger", (), "be french", "frenchman"),
        ("Federal agents arrested 12 people.", "agent", ("federal",), "arrest", None),  # no capital: no people
        ("Four Greek tour guides were hurt.", "guide", ("tour", "greek"), "be hurt", "greek"),
    ],
)
def test_a_count_s_nationality_is_read_from_its_noun_adjective_or_copula(
    text: str, counted: str, modifiers: tuple[str, ...], predicate: str, nation: str | None
) -> None:
    from claimcheck.reconcile.nationality import nationality

    c = claim("000", 1, q(6), counted=counted, modifiers=modifiers, predicate=predicate, sentence=text)
    assert nationality(c) == nation


def test_one_nationality_s_counts_meet_whatever_noun_each_gives_it() -> None:
    """ "carrying 18 Brits" and "eighteen British passengers": one nationality's count, scored as one thing;
    a Briton and a Frenchman are two nationalities, never one fact."""
    from claimcheck.reconcile.compare import Scorer
    from claimcheck.reconcile.nationality import same_nationality

    brits = claim("000", 1, q(18), counted="brit", predicate="carry", sentence="The bus, carrying 18 Brits, crashed.")
    british = claim(
        "001",
        1,
        q(18),
        counted="passenger",
        modifiers=("british",),
        predicate="be",
        sentence="Eighteen British passengers were on the coach.",
    )
    scored = Scorer([brits, british], str).score(brits, british)
    assert "both count Brits" in scored.notes
    assert same_nationality("brit", "briton") and not same_nationality("briton", "frenchman")
    french = replace(british, modifiers=("french",), sentence="Eighteen French passengers were on the coach.")
    assert other_identity(guard(brits), guard(french), None, None)


def test_a_figure_told_against_a_reference_is_another_thing_than_a_level() -> None:
    """ "nearly 40 km/h over the limit" is no speed the bus travelled, and "licensed to carry 51 passengers" no
    count of those on board: neither joins nor contradicts the level another outlet gives."""
    from claimcheck.types import DIFFERENCE_HEDGE, LIMIT_HEDGE

    level = claim("000", 1, q(62), counted="passenger", predicate="carry")
    limit = replace(level, source="001", id="001:count:1-2", value=q(51), hedges=(LIMIT_HEDGE,))
    assert other_identity(guard(level), guard(limit), None, None)
    speed = claim("000", 1, q(110, unit="km/h"), kind="measure", counted="speed", predicate="travel at")
    over = replace(speed, source="001", id="001:measure:1-2", value=q(40, unit="km/h"), hedges=(DIFFERENCE_HEDGE,))
    assert other_identity(guard(speed), guard(over), None, None)
    assert not other_identity(guard(level), guard(replace(level, source="001", id="001:count:1-2")), None, None)


def test_an_amount_each_one_gets_is_no_rival_of_a_total() -> None:
    """ "up to £1,500 per boat" is each boat's share and "a £2 million fund" the whole: two amounts, never one."""
    fund = claim("000", 1, q(2_000_000, unit="GBP"), kind="money", counted="fund", predicate="set up")
    share = replace(fund, source="001", id="001:money:1-2", value=q(1500, unit="GBP"), party="boat")
    assert other_identity(guard(fund), guard(share), None, None)
    assert not other_identity(guard(share), guard(replace(share, source="002", id="002:money:1-2")), None, None)


def test_a_share_told_without_each_is_one_amount_with_the_share() -> None:
    """ "will pay £40 to every customer" (each customer's share) and "has promised to pay £50 to customers whose
    payments were rejected": the second names the same party without "each", and of about the same size it is the
    share told plainly, one amount with the first (so they may disagree); a total paid to customers is many times
    a share ("a £2 million fund for customers")."""
    share = claim("000", 1, q(40, unit="GBP"), kind="money", predicate="pay to customer", party="customer")
    plain = replace(
        share, source="001", id="001:money:1-2", value=q(50, unit="GBP"), party=None,
        predicate="promise to pay to customer whose payment be reject",
    )
    assert not other_identity(guard(share), guard(plain), None, None)
    fund = replace(plain, value=q(2_000_000, unit="GBP"), predicate="set up fund for customer")
    assert other_identity(guard(share), guard(fund), None, None)
    elsewhere = replace(plain, predicate="raise price by")  # no customer in it: no share of theirs
    assert other_identity(guard(share), guard(elsewhere), None, None)


def _at(v: float, unit: str | None = None) -> Quantity:
    return Quantity(value=v, low=v, high=v, unit=unit)


@pytest.mark.parametrize(
    ("x", "y", "swapped"),
    [
        (_at(870, "t"), _at(780, "t"), True),  # "870 tonnes" / "780 tonnes"
        (_at(27), _at(72), True),
        (_at(1_432), _at(1_342), True),
        (_at(870, "t"), _at(780, "kg"), False),  # two units
        (_at(870), _at(880), False),  # one digit off: an update as often as a slip
        (_at(27), _at(27), False),
        (_at(123), _at(321), False),  # not neighbours
        (_at(12), _at(120), False),
        (_at(500), _at(50), False),
        (_at(7), _at(7), False),
        (Quantity(value=870, low=860, high=880, approximate=True), _at(780), False),  # "about 870"
        (Quantity(value=None, low=27, high=None), _at(72), False),  # "at least 27": a bound
        (_at(2.7), _at(7.2), False),  # the point between two digits: two figures as often as one
        (_at(14.2, "kg"), _at(12.4, "kg"), True),  # of three digits, swapped across the point: a slip
        # a figure with a fraction, as written: "84.6 miles" / "48.6 miles"
        (_at(84.6, "mi"), _at(48.6, "mi"), True),
        (_at(14.46, "%"), _at(14.64, "%"), True),
        (_at(84.6, "mi"), _at(84.5, "mi"), False),
    ],
)
def test_two_neighbouring_digits_swapped_are_read_from_exact_figures(
    x: Quantity, y: Quantity, swapped: bool
) -> None:
    assert swapped_digits(exact_digits(x), exact_digits(y)) is swapped


def _up_to(v: float, unit: str | None = None) -> Quantity:
    return Quantity(value=None, low=None, high=v, unit=unit)


def _over(v: float, unit: str | None = None) -> Quantity:
    return Quantity(value=None, low=v, high=None, unit=unit)


@pytest.mark.parametrize(
    ("x", "y", "swapped"),
    [
        (_up_to(4800, "CAD"), _up_to(8400, "CAD"), True),
        (_over(870, "t"), _over(780, "t"), True),
        (_up_to(4800, "CAD"), _over(8400, "CAD"), False),  # a maximum and a minimum: no one figure written twice
        (Quantity(value=None, low=20, high=40), Quantity(value=None, low=20, high=40), False),  # a range
        (_at(4800), _at(8400), False),  # exact figures are exact_digits' to read
    ],
)
def test_two_bounds_of_one_side_with_digits_swapped_are_one_figure_miscopied(
    x: Quantity, y: Quantity, swapped: bool
) -> None:
    """ "up to $4,800" and "The biggest payouts — up to $8,400": a bound writes a figure, which may be miscopied as
    an exact one may."""
    assert swapped_digits(bound_digits(x), bound_digits(y)) is swapped


@pytest.mark.parametrize(
    ("held_at", "slipped_at", "other_at", "bonus"),
    [
        (64, 46, 45, 10),  # two digits: 27 and 72 are two figures as often as one
        (640, 460, 450, 30),  # three digits: seldom two figures of one story by chance
        (1206, 1260, 1250, 40),  # four or more: all but never
        (79580, 79850, 79800, 40),
    ],
)
def test_a_swapped_figure_of_one_fact_scores_as_a_copying_slip(
    held_at: int, slipped_at: int, other_at: int, bonus: int
) -> None:
    """ "The tanker held 640 tonnes of crude" and "the tanker, with 460 tonnes of crude on board": the same figure with
    two digits swapped scores more than another figure would, and the more digits it has, the more."""
    held = claim(
        "000",
        1,
        _at(held_at, "t"),
        kind="measure",
        counted="crude",
        predicate="hold tonne of crude",
        sentence=f"The tanker held {held_at} tonnes of crude when it ran aground.",
    )
    slip = claim(
        "001",
        1,
        _at(slipped_at, "t"),
        kind="measure",
        counted="crude",
        predicate="have tonne aboard",
        sentence=f"Crews said the stricken vessel had {slipped_at} tonnes aboard.",
    )
    other = replace(slip, id="002:measure:1-2", source="002", value=_at(other_at, "t"))
    # (its outlet's second figure of crude: a score of the pair that leaves room below 100 for the largest bonus)
    before = replace(held, id="000:measure:3-4", value=_at(900, "t"), start=3, end=4)
    scorer = Scorer([held, before, slip, other], str)
    swapped = scorer.score(held, slip)
    assert "the same figure with two digits swapped: a typing or copying slip" in swapped.notes
    assert swapped.total < 100 and swapped.total == scorer.score(held, other).total + bonus


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        (_at(17), _at(18), True),  # "17 lifeboats" / "18 lifeboats"
        (_at(18), _at(17), True),
        (_at(29), _at(30), True),  # one apart across a ten
        (_at(1_999, "m"), _at(2_000, "m"), True),
        (_at(17), _at(19), False),  # two apart
        (_at(31), _at(21), False),  # one digit, ten apart
        (_at(4), _at(5), False),  # under ten: two facts of one thing are one apart too often
        (_at(9), _at(10), False),
        (_at(17, "t"), _at(18, "kg"), False),  # two units
        (_at(17), _at(17), False),
        (Quantity(value=17, low=15, high=19, approximate=True), _at(18), False),  # "about 17"
        (Quantity(value=None, low=17, high=None), _at(18), False),  # "at least 17": a bound
        (_at(17.5), _at(18.5), False),  # not whole figures
    ],
)
def test_two_exact_whole_figures_of_ten_or_more_one_apart_are_read_as_a_miscount(
    x: Quantity, y: Quantity, apart: bool
) -> None:
    assert one_apart(x, y) is apart


def test_a_figure_one_apart_from_another_of_one_thing_scores_as_a_miscount() -> None:
    """ "The inquiry heard from 17 experts" and "18 experts gave evidence": two figures of one thing, one apart,
    score ten more than two figures further apart would; a figure of another thing gains nothing."""
    heard = claim(
        "000",
        1,
        _at(17),
        counted="expert",
        predicate="hear from",
        sentence="The inquiry heard from 17 experts over three weeks.",
        text="17",
    )
    gave = claim(
        "001",
        1,
        _at(18),
        counted="expert",
        predicate="give evidence",
        sentence="In all, 18 experts gave evidence before the panel.",
        text="18",
    )
    further = replace(gave, id="002:count:1-2", source="002", value=_at(21), text="21")
    others = replace(gave, id="003:count:1-2", source="003", counted="juror")
    scorer = Scorer([heard, gave, further, others], str)
    apart = scorer.score(heard, gave)
    assert "'17' and '18' are one apart, as a miscount or a slip is" in apart.notes
    assert apart.total == scorer.score(heard, further).total + 10
    assert not any("one apart" in n for n in scorer.score(heard, others).notes)
    # a duration's unit is what it counts: "held for 31 days", "after 32 days in captivity"
    held = claim("004", 1, _at(31, "day"), kind="duration", counted="day", predicate="hold for", text="31")
    freed = claim("005", 1, _at(32, "day"), kind="duration", counted="day", predicate="free after", text="32")
    days = Scorer([held, freed], str).score(held, freed)
    assert "'31' and '32' are one apart, as a miscount or a slip is" in days.notes


def test_a_live_blog_entry_under_a_stamp_on_its_own_line_is_outgrown_by_the_blogs_later_total() -> None:
    """ "Sunday 09:30" on a line, "The toll has risen to 11." below it, and the blog's "17 people have died" later:
    the 11 is the blog's own earlier entry, as when the stamp opens the sentence; a sentence that opens no line,
    or one below a line of prose, is in no stamped entry."""
    from claimcheck.reconcile.identity import stamped, with_outgrown

    text = "LIVE\n\nSunday 14:05\nSeventeen people have died.\n\nSunday 09:30\nThe toll has risen to 11. Rain fell.\n"
    s17, s11 = text.index("Seventeen"), text.index("The toll")
    late = claim("005", s17, q(17), measure="killed", sentence="Seventeen people have died.")
    early = claim("005", s11, q(11), measure="killed", sentence="The toll has risen to 11.")
    late, early = replace(late, sentence_start=s17), replace(early, sentence_start=s11)
    assert stamped(early, text) and not stamped(early, None)
    rain = text.index("Rain")
    assert not stamped(replace(early, sentence="Rain fell.", sentence_start=rain), text)
    prose = "The coastguard spoke\nThe toll has risen to 11."
    assert not stamped(replace(early, sentence_start=prose.index("The toll")), prose)
    guards = with_outgrown([late, early], [guard(late), guard(early)], {"005": text})
    assert [g.outgrown for g in guards] == [False, True]
    assert not with_outgrown([late, early], [guard(late), guard(early)])[1].outgrown


def _march(d: int) -> DateValue:
    """A day of March 2026."""
    return DateValue(date(2026, 3, d), date(2026, 3, d + 1), "day")


def test_a_date_told_as_future_and_one_told_as_past_before_it_was_written_are_two_doings() -> None:
    """ "Inspectors will visit the plant tomorrow" in a Wednesday paper, and "inspectors had last visited the plant
    on Monday": on Wednesday the one had not happened and the other had. Two past dates, or a future date against a
    past one not yet past when the future one was written, stay comparable (unless done after the day foretold: a
    plan that slipped, below)."""
    when = {"001": datetime(2026, 3, 11), "002": datetime(2026, 3, 12)}
    will = claim("001", 1, _march(12), kind="date", tense="future", predicate="visit plant")
    had = claim("002", 1, _march(9), kind="date", tense="past", predicate="visit plant on")
    assert future_and_past(will, had, when) and future_and_past(had, will, when)
    assert not future_and_past(replace(will, tense="past"), had, when)
    assert not future_and_past(will, replace(had, value=_march(11)), when)  # the day it was written: not yet over
    assert not future_and_past(will, had, {"002": datetime(2026, 3, 12)})  # no date for the future one's article


def test_a_plan_and_what_was_done_later_are_no_rivals() -> None:
    """ "The tanker is expected to berth on Wednesday" in a Tuesday paper, and "berthed at 6.40am on Thursday" told as
    done in a Friday one: the plan slipped. Done a day before the plan ("began on Jan. 28" against "will begin on
    Wednesday"), one of them is wrong; and a day still ahead of its own paper is no doing told as done."""
    when = {"001": datetime(2026, 3, 10), "002": datetime(2026, 3, 13)}
    expected = claim("001", 1, _march(11), kind="date", tense="future", predicate="berth on")
    berthed = claim("002", 1, _march(12), kind="date", tense="past", predicate="berth at")
    assert future_and_past(expected, berthed, when) and future_and_past(berthed, expected, when)
    assert not future_and_past(expected, replace(berthed, value=_march(10)), when)  # not after the day foretold
    # "is to close by 14 March", read as past in a paper of the 13th: still ahead of its own paper
    assert not future_and_past(expected, replace(berthed, value=_march(15)), when)


def test_reconcile_keeps_a_future_doing_from_a_past_one_of_the_same_verb() -> None:
    from claimcheck.reconcile import reconcile
    from claimcheck.types import DateValue

    def day(d: int) -> DateValue:
        return DateValue(date(2026, 3, d), date(2026, 3, d + 1), "day")

    s = "Inspectors visit the Harwick plant"
    # (each with its own words for its day: one sentence copied with one word for the day gives one date)
    will = claim("001", 1, day(12), kind="date", tense="future", predicate="visit harwick plant", sentence=s, text="c")
    had = claim("002", 1, day(9), kind="date", tense="past", predicate="visit harwick plant", sentence=s, text="d")
    arts = (art("001", date(2026, 3, 11)), art("002", date(2026, 3, 12)))
    assert not [g for g in reconcile((will, had), arts).groups if g.verdict == "conflict"]
    same_tense = replace(will, tense="past")
    assert [g for g in reconcile((same_tense, had), arts).groups if g.verdict == "conflict"]


def test_two_days_apart_only_in_a_year_one_text_did_not_give_never_conflict() -> None:
    """ "Use-by dates up to 12 May" is read as this year's 12 May, "up to 12 May 2027" gives its year: the year is
    ours, not the outlet's, so the two are never rivals; two years both written, or two days, stay comparable."""
    from claimcheck.reconcile.identity import years_guessed_apart
    from claimcheck.types import DateValue

    def day(y: int, m: int, d: int) -> DateValue:
        return DateValue(date(y, m, d), date(y, m, d + 1), "day")

    bare = claim("001", 1, day(2026, 5, 12), kind="date", text="12 May")
    dated = claim("002", 1, day(2027, 5, 12), kind="date", text="12 May 2027")
    assert years_guessed_apart(bare, dated) and years_guessed_apart(dated, bare)
    assert not years_guessed_apart(replace(bare, text="12 May 2026"), dated)
    assert not years_guessed_apart(replace(bare, value=day(2027, 5, 13)), dated)
    assert not years_guessed_apart(bare, replace(dated, value=day(2026, 5, 12)))


def test_two_outlets_each_telling_both_days_are_not_rivals_over_either() -> None:
    """ "Divers will search on Friday and lift the wreck on Monday" and "a search planned for Friday, with the lift on
    Monday": a clash of one's Friday with the other's Monday is two events' days the outlets agree on; an outlet
    that tells only one of the days may still contradict the other."""
    from claimcheck.reconcile.identity import both_listed, sentence_dates
    from claimcheck.types import DateValue

    def day(d: int) -> DateValue:
        return DateValue(date(2026, 3, d), date(2026, 3, d + 1), "day")

    s1 = "Divers will search on Friday and lift the wreck on Monday."
    s2 = "A search is planned for Friday, with the lift on Monday."
    fri1 = claim("001", 10, day(13), kind="date", sentence=s1)
    mon1 = claim("001", 40, day(16), kind="date", sentence=s1)
    fri2 = claim("002", 10, day(13), kind="date", sentence=s2)
    mon2 = claim("002", 40, day(16), kind="date", sentence=s2)
    dates = sentence_dates([fri1, mon1, fri2, mon2])
    assert both_listed(fri1, mon2, dates) and both_listed(mon2, fri1, dates)
    assert not both_listed(fri1, mon2, sentence_dates([fri1, fri2, mon2]))
    # told with two doings, one outlet's sentence giving both days is enough: "found the leak on Friday and
    # reported it on Monday" against another's "found it on Friday" gives its Monday to the report
    one_only = sentence_dates([fri1, mon1, fri2])
    assert both_listed(fri2, mon1, one_only, same_doing=False)
    assert not both_listed(fri2, mon1, one_only)


def test_a_rate_and_a_count_are_other_facts() -> None:
    """ "9,000 vehicles a day" over a bridge and "9,000 vehicles" of one event, or a rate per day and one per year,
    never join and never conflict; two rates per day may."""
    daily = claim("000", 1, q(9000), counted="vehicle", hedges=("per day",))
    count = claim("001", 1, q(9000), counted="vehicle")
    yearly = claim("002", 1, q(9000), counted="vehicle", hedges=("per year",))
    also_daily = claim("003", 1, q(9400), counted="vehicle", hedges=("per day",))
    assert other_identity(guard(daily), guard(count), None, None)
    assert other_identity(guard(daily), guard(yearly), None, None)
    assert not other_identity(guard(daily), guard(also_daily), None, None)


def test_an_interval_and_a_length_are_other_facts() -> None:
    """ "trams run every seven minutes" and "a journey taking 26 minutes": how often and how long; two intervals
    may meet."""
    every = claim("000", 1, q(7, "minute"), kind="duration", counted="minute", hedges=("an interval",))
    length = claim("001", 1, q(26, "minute"), kind="duration", counted="minute")
    also_every = claim("002", 1, q(8, "minute"), kind="duration", counted="minute", hedges=("an interval",))
    assert other_identity(guard(every), guard(length), None, None)
    assert not other_identity(guard(every), guard(also_every), None, None)


def test_a_count_of_people_and_a_count_of_things_are_no_copying_slip() -> None:
    """ "officers recovered 126 gold bars" and "screened 162 passengers on the flight": a slip of copying keeps what
    the figure counts, so two digits swapped between a count of people and one of made things are two counts."""
    bars = claim("000", 1, q(126), counted="bar", predicate="recover bar", sentence="Officers recovered 126 gold bars.")
    people = claim(
        "001", 1, q(162), counted="passenger", predicate="screen passenger", sentence="They screened 162 passengers."
    )
    told = claim("002", 1, q(162), counted="bar", predicate="screen bar", sentence="They screened 162 bars.")
    scorer = Scorer([bars, people, told], str)
    assert "the same figure with two digits swapped: a typing or copying slip" not in scorer.score(bars, people).notes
    assert "the same figure with two digits swapped: a typing or copying slip" in scorer.score(bars, told).notes


def test_two_swapped_digits_of_one_doing_may_conflict_though_one_counts_people() -> None:
    """ "the manifest listed 143 people" and "134 passengers were listed": one figure with two digits swapped, told
    of one doing, is one fact though "people" says nothing alone of which people."""
    people = claim("000", 1, q(143), counted="people", predicate="list")
    swapped = claim("001", 1, q(134), counted="passenger", predicate="be list on manifest")
    assert guards_allow(guard(people), guard(swapped))
    assert not guards_allow(guard(people), guard(replace(swapped, value=q(314))))  # no neighbouring swap
    assert not guards_allow(guard(people), guard(replace(swapped, predicate="be rescue")))  # another doing


def test_a_long_figure_with_two_digits_swapped_may_conflict_whatever_doing_a_generic_count_tells() -> None:
    """ "the data included the social insurance numbers of 19,306 people" and "hackers helped themselves to the social
    insurance numbers of 19,360 people": a figure of four digits or more with two neighbouring digits swapped is one
    figure miscopied, though "people" says nothing of which people and the two verbs differ; a shorter one ("143",
    "134") needs one doing."""
    told = claim("000", 1, q(19306), counted="people", predicate="include social insurance number of")
    copied = claim("001", 1, q(19360), counted="people", predicate="help to social insurance number of")
    assert guards_allow(guard(told), guard(copied))
    assert not guards_allow(guard(told), guard(replace(copied, value=q(19630))))  # no neighbouring swap
    assert not guards_allow(guard(replace(told, value=q(143))), guard(replace(copied, value=q(134))))


def _dated(source: str, text: str, when: str, predicate: str, today: tuple[int, int, int]) -> Claim:
    """A date claim whose sentence is ``text`` then ``when``, read on the day ``today``."""
    from datetime import date as day

    from claimcheck.extract.dates import parse_date

    value = parse_date(when, day(*today))
    return claim(source, len(text) + 1, value, kind="date", predicate=predicate, sentence=f"{text} {when}.", text=when)


def test_a_date_a_state_has_held_since_is_no_rival_of_another_doings_date() -> None:
    """ "has been on the same start line since 1994" dates when a state began; "was due to start at 8.30am on
    Sunday" dates a doing."""
    today = (2025, 7, 19)
    state = _dated("000", "The race has been on the same start line since", "1994", "be on same start line", today)
    doing = _dated("001", "The race was due to start on", "Sunday", "be due to start", today)
    assert guard(state).since and not guard(doing).since
    assert not guards_allow(guard(state), guard(doing))


def test_when_a_state_began_is_no_rival_of_when_it_ends() -> None:
    """ "the family had barely slept since Saturday" dates when a state began; "the plan is to sleep until Thursday"
    when it will end: one doing, two ends of it."""
    today = (2025, 8, 19)
    began = _dated("000", "Her sister said the family had barely slept since", "Saturday", "sleep since", today)
    ends = _dated("001", "Right now the plan is to sleep until", "Thursday", "sleep until", today)
    assert guard(began).since and guard(ends).until
    assert not guards_allow(guard(began), guard(ends))


def test_the_period_a_figure_covers_is_no_rival_of_a_doings_date() -> None:
    """ "reported revenue of $640 million for 2023" gives the year the revenue covers; "the recall, reported
    earlier this month" dates a doing. Two periods may still differ."""
    today = (2024, 3, 20)
    period = _dated("000", "The bakery chain reported revenue of $640 million for", "2023", "report revenue", today)
    doing = _dated("001", "The recall was first reported in", "January 2024", "be report", today)
    other = _dated("002", "The chain reported revenue of $610 million for fiscal", "2022", "report revenue", today)
    assert guard(period).period and guard(other).period and not guard(doing).period
    assert not guards_allow(guard(period), guard(doing))
    assert guards_allow(guard(period), guard(other))


def test_a_days_possessive_after_for_names_an_event_not_a_period() -> None:
    """ "Final results for Sunday's Vleiberg Ultra" name the race by its day; "for" does not make the day a period
    the results cover, so another outlet's "Saturday's Vleiberg Ultra" may be its rival."""
    today = (2026, 6, 16)
    results = _dated("000", "Final results for", "Sunday's", "ultra show result for", today)
    won = _dated("001", "Dube stormed to victory in", "Saturday's", "ultra storm to victory in", today)
    assert not guard(results).period
    assert guards_allow(guard(results), guard(won))


def test_ages_of_no_one_named_meet_only_when_described_alike() -> None:
    """ "The captain, 52," and "the aircraft ... is about 11 years old": no one named, and not described alike, so
    never one person's age; "the 53-year-old driver" and "the driver, 58" may be."""
    captain = claim("000", 1, q(52), kind="age", counted="age", modifiers=("captain",))
    aircraft = claim("001", 1, q(11), kind="age", counted="age")
    driver = claim("002", 1, q(53), kind="age", counted="age", modifiers=("driver",))
    assert not guards_allow(guard(captain), guard(aircraft))
    assert not guards_allow(guard(captain), guard(driver))
    assert guards_allow(guard(driver), guard(replace(captain, value=q(58), modifiers=("driver",))))


def test_the_days_news_and_a_date_years_back_are_two_events() -> None:
    """ "a passenger died in hospital this afternoon" and "In 2019, 29 Germans died when a bus crashed": no outlet
    misdates the day's event by years; but two years told of one old event may disagree."""
    from datetime import date as day
    from datetime import datetime

    from claimcheck.reconcile.identity import news_and_history
    from claimcheck.types import DateValue

    when = {"000": datetime(2025, 4, 9, 18, 30), "001": datetime(2025, 4, 10)}
    today = claim("000", 1, DateValue(day(2025, 4, 9), day(2025, 4, 10), "day"), kind="date", predicate="die")
    then = claim("001", 1, DateValue(day(2019, 1, 1), day(2020, 1, 1), "year"), kind="date", predicate="die")
    other = claim("000", 5, DateValue(day(2018, 1, 1), day(2019, 1, 1), "year"), kind="date", predicate="die")
    assert news_and_history(today, then, when)
    assert not news_and_history(then, other, when)  # 2019 against 2018: two outlets' years for one past event


def test_an_undated_outlets_date_years_before_the_news_is_history() -> None:
    """An undated explainer's "In March 2024, 12 people were killed there" against a dated wire's "nine people were
    killed on Friday": one story's outlets write within days of each other, so the explainer's date is history
    measured from the wire's day too; a time of day with no day is not (its placeholder day is no date)."""
    from datetime import date as day
    from datetime import datetime

    from claimcheck.reconcile.identity import news_and_history
    from claimcheck.types import DateValue

    when = {"000": datetime(2026, 7, 24, 23, 10), "001": None}
    friday = claim("000", 1, DateValue(day(2026, 7, 24), day(2026, 7, 25), "day"), kind="date", predicate="be kill")
    then = claim("001", 1, DateValue(day(2024, 3, 1), day(2024, 4, 1), "month"), kind="date", predicate="be kill")
    assert news_and_history(friday, then, when) and news_and_history(then, friday, when)
    undated_clock = claim(
        "001", 2, DateValue(day(1, 1, 1), day(1, 1, 2), "minute", minute=401, day_known=False), kind="date"
    )
    assert not news_and_history(friday, undated_clock, when)
    last_month = claim("001", 1, DateValue(day(2026, 6, 1), day(2026, 7, 1), "month"), kind="date")
    assert not news_and_history(friday, last_month, when)  # (weeks, not years: its own date line is unknown)


def test_the_days_news_and_a_month_weeks_back_are_two_events() -> None:
    """ "Haskins was arrested on Tuesday afternoon" and, in an October paper, "Haskins was arrested in August on
    armed robbery charges": the day's news is told by its day, and a month that ended weeks before is another
    arrest; but a month that holds the news day, or a day a fortnight back, may be the same one misdated."""
    from datetime import date as day
    from datetime import datetime

    from claimcheck.reconcile.identity import news_and_history
    from claimcheck.types import DateValue

    when = {"000": datetime(2025, 10, 15), "001": datetime(2025, 10, 15)}
    tuesday = claim("000", 1, DateValue(day(2025, 10, 14), day(2025, 10, 15), "day"), kind="date")
    august = claim("001", 1, DateValue(day(2025, 8, 1), day(2025, 9, 1), "month"), kind="date")
    a_day_back = claim("001", 1, DateValue(day(2025, 9, 30), day(2025, 10, 1), "day"), kind="date")
    assert news_and_history(tuesday, august, when)
    assert not news_and_history(tuesday, a_day_back, when)  # a day told to the day may be the news day misdated


def test_a_plain_count_is_no_rival_of_what_befell_some_of_them() -> None:
    """ "the 157 whales" and "102 whales have died": how many there were, and what befell some of them; but a
    part named by what it is ("the deaths of three of the men") may be "three of the deaths"."""
    whole = claim("000", 1, q(157), counted="whale")
    dead = claim("001", 1, q(102), counted="whale", measure="killed", predicate="die")
    assert not guards_allow(guard(whole), guard(dead))
    part = claim("000", 1, q(3), counted="man", predicate="contribute to death of", partitive=True)
    deaths = claim("001", 1, q(2), counted="death", measure="killed", predicate="contribute to", partitive=True)
    assert guards_allow(guard(part), guard(deaths))
    slip = claim("002", 1, q(175), counted="whale", measure="stranded", predicate="strand")
    assert guards_allow(guard(whole), guard(slip))  # a digit swap speaks for itself


def _whales(source: str, v: int, text: str, **kw: object) -> Claim:
    base: dict[str, object] = {"counted": "whale", "measure": "killed", "predicate": "die", "tense": "perfect"}
    base.update(kw)
    return claim(source, 1, q(v), sentence=text, **base)  # type: ignore[return-value]


def test_an_undated_papers_tally_stands_when_the_dated_papers_that_give_it_told_it() -> None:
    """An undated syndicated copy's "38 whales have died", beside Thursday's papers' 38, is Thursday's toll,
    which Friday's 102 updates: no conflict."""
    from claimcheck.reconcile import reconcile

    arts = (art("000", date(2025, 2, 13)), art("001"), art("002", date(2025, 2, 13)), art("003", date(2025, 2, 14)))
    said = "Conservation officials said {} whales have died on the beach."
    claims = (
        _whales("000", 38, said.format(38)),
        _whales("001", 38, said.format(38)),
        _whales("002", 38, said.format(38)),
        _whales("003", 102, said.format(102)),
    )
    groups = reconcile(claims, arts).groups  # type: ignore[arg-type]
    assert not [g for g in groups if g.verdict == "conflict"]
    assert [g for g in groups if g.supersedes]


def test_a_figure_with_two_digits_swapped_is_a_slip_not_an_update() -> None:
    """ "157 whales stranded" on Thursday and "175 whales stranded" on Saturday: a later figure that is an earlier
    one with two digits swapped is one figure copied with a slip, a conflict, however the days order them."""
    from claimcheck.reconcile import reconcile

    arts = (art("000", date(2025, 2, 13)), art("001", date(2025, 2, 15)))
    said = "Officials said {} whales have stranded on the spit."
    claims = (
        _whales("000", 157, said.format(157), measure="stranded", predicate="strand"),
        _whales("001", 175, said.format(175), measure="stranded", predicate="strand"),
    )
    groups = reconcile(claims, arts).groups  # type: ignore[arg-type]
    assert [g for g in groups if g.verdict == "conflict"]
    assert not [g for g in groups if g.supersedes]


def test_a_hedged_figure_with_two_digits_swapped_is_a_slip_not_an_update() -> None:
    """ "about 240,000 whales" on Thursday and "420,000 whales" on Saturday: a hedge leaves the figure's digits as
    they were written, and two of them swapped are still one figure copied with a slip, no tally grown."""
    from claimcheck.reconcile import reconcile

    arts = (art("000", date(2025, 2, 13)), art("001", date(2025, 2, 15)))
    said = "Officials said {} whales have stranded on the spit."
    hedged = Quantity(240000, 230000, 250000, approximate=True)
    claims = (
        replace(_whales("000", 0, said.format("about 240,000"), measure="stranded", predicate="strand"), value=hedged),
        _whales("001", 420000, said.format("420,000"), measure="stranded", predicate="strand"),
    )
    groups = reconcile(claims, arts).groups  # type: ignore[arg-type]
    assert [g for g in groups if g.verdict == "conflict"]
    assert not [g for g in groups if g.supersedes]


def test_an_untimed_report_does_not_undo_an_update_two_timed_reports_make() -> None:
    """Thursday's "63 of the whales have died" and Saturday's "111 of the whales have died" are one toll updated; an
    undated copy's "111 of the whales died", which says nothing of when, does not make Thursday's figure its rival."""
    from claimcheck.reconcile import reconcile

    arts = (art("000", date(2025, 2, 13)), art("001", date(2025, 2, 15)), art("002"))
    said = "Conservation officials said {} of the whales have died."
    claims = (
        _whales("000", 63, said.format(63), partitive=True),
        _whales("001", 111, said.format(111), partitive=True),
        _whales("002", 111, said.format(111), partitive=True, measure=None, tense="past"),
    )
    groups = reconcile(claims, arts).groups  # type: ignore[arg-type]
    assert [g for g in groups if g.supersedes]
    assert not [g for g in groups if g.verdict == "conflict"]


def test_the_age_of_a_thing_is_no_named_persons_age() -> None:
    """ "The 47-year-old operation" and "Darrell Pruitt, 47": an age of a mine, not of the man; "the driver, 58"
    may still be the named driver's."""
    person = claim("000", 1, q(47), kind="age", counted="age", about="Darrell Pruitt")
    mine = claim("001", 1, q(47), kind="age", counted="age", modifiers=("operation",))
    assert other_identity(guard(person), guard(mine), None, None)
    driver = claim("001", 1, q(47), kind="age", counted="age", modifiers=("driver",))
    assert not other_identity(guard(person), guard(driver), None, None)
    student = claim("001", 1, q(47), kind="age", counted="age", modifiers=("university student",))
    assert not other_identity(guard(person), guard(student), None, None)  # a role told in two words


def test_dates_whose_clauses_give_other_amounts_are_two_events() -> None:
    """ "Stan made $31.8m in 2020" and "the family sold the rights for about $150,000 in 2020": one year, two sales,
    told apart by what each cost; "sold for $31.2m on Wednesday" and "on Tuesday" with one price are one sale."""
    from claimcheck.reconcile.identity import with_dated_amounts
    from claimcheck.types import DateValue

    def dated(source: str, day: date, grain: str, amount: float) -> list[Claim]:
        end = date(day.year + 1, 1, 1) if grain == "year" else date.fromordinal(day.toordinal() + 1)
        value = DateValue(day, end, grain)  # type: ignore[arg-type]
        d = claim(source, 1, value, kind="date", counted=None, predicate="sell")
        told = value.iso()
        m = claim(source, 9, q(amount, unit="USD"), kind="money", counted=None, predicate="sell", time=told)
        return [d, m]  # type: ignore[list-item]

    def apart(x: list[Claim], y: list[Claim]) -> bool:
        claims = [*x, *y]
        gs = with_dated_amounts(claims, [guard(c) for c in claims])
        return other_identity(gs[0], gs[2], None, None)

    assert apart(dated("000", date(2020, 1, 1), "year", 31_800_000), dated("001", date(2020, 1, 1), "year", 150_000))
    wednesday, tuesday = date(2025, 7, 16), date(2025, 7, 15)
    assert not apart(dated("000", wednesday, "day", 31_200_000), dated("001", tuesday, "day", 31_200_000))


def test_one_things_length_told_in_sentences_naming_other_names_may_conflict() -> None:
    """ "a 12-day tour of Spain and Portugal" and "a 10-day tour ... through Hanbit Tours": amounts whose sentences
    name no entity in common are kept apart, unless both measure one thing they name as its noun."""
    kw: dict[str, object] = {"kind": "duration", "counted": "tour", "about": "tour"}
    twelve = claim("000", 1, q(12, unit="day"), entities=("Spain", "Portugal"), **kw)
    ten = claim("001", 1, q(10, unit="day"), entities=("Hanbit Tours",), **kw)
    assert guards_allow(guard(twelve), guard(ten))
    a, b = replace(twelve, about="Graham"), replace(ten, about="Graham")  # type: ignore[type-var]
    assert not guards_allow(guard(a), guard(b))  # a named party's amounts keep the entity test


def test_one_amount_miscopied_may_conflict_whatever_names_its_sentences_hold() -> None:
    """ "accounts filed at Companies House show it made a pre-tax loss of £14.9m" and "Corran made a pre-tax loss of
    £19.4m in 2023": two neighbouring digits swapped are one figure copied with a slip, as a slipped point is, though
    the two sentences name nothing in common; two amounts that are no slip of each other keep the entity test."""
    kw: dict[str, object] = {"kind": "money", "counted": "loss", "predicate": "make loss"}
    filed = claim("000", 1, q(14_900_000, unit="GBP"), entities=("Companies House",), **kw)
    told = claim("001", 1, q(19_400_000, unit="GBP"), entities=("Corran",), **kw)
    assert guards_allow(guard(filed), guard(told))
    other = claim("001", 1, q(17_400_000, unit="GBP"), entities=("Corran",), **kw)
    assert not guards_allow(guard(filed), guard(other))


def test_ages_of_someone_from_one_place_told_by_role_and_as_a_man_are_one_persons() -> None:
    """ "a 64-year-old season-ticket holder from Garnet Springs" and "A 67-year-old man from Garnet Springs": one
    person, described more or less closely; not so ages further apart, nor two roles, nor no place in common."""
    kw: dict[str, object] = {"kind": "age", "counted": "age"}
    holder = claim("000", 1, q(64), modifiers=("ticket holder",), entities=("Garnet Springs", "Lomax"), **kw)
    man = claim("001", 1, q(67), modifiers=("man",), entities=("Garnet Springs", "KLMX 8"), **kw)
    assert guards_allow(guard(holder), guard(man))
    older = claim("001", 1, q(71), modifiers=("man",), entities=("Garnet Springs",), **kw)
    assert not guards_allow(guard(holder), guard(older))
    elsewhere = claim("001", 1, q(67), modifiers=("man",), entities=("Ashby",), **kw)
    assert not guards_allow(guard(holder), guard(elsewhere))
    steward = claim("001", 1, q(67), modifiers=("steward",), entities=("Garnet Springs",), **kw)
    assert not guards_allow(guard(holder), guard(steward))


def test_ages_of_no_one_named_meet_by_the_nouns_of_their_roles() -> None:
    """ "the youngest was a 19-year-old university student" and "an 18-year-old student": one role, told with more
    or fewer words; "the captain, 52" and "the aircraft is 11 years old" are still apart."""
    from claimcheck.reconcile.blocking import keys

    uni = claim("000", 1, q(19), kind="age", counted="age", modifiers=("university student",))
    student = claim("001", 1, q(18), kind="age", counted="age", modifiers=("student",))
    assert guards_allow(guard(uni), guard(student))
    assert "age|role:student" in set(keys(uni, str)) & set(keys(student, str))  # type: ignore[arg-type]
    captain = claim("001", 1, q(52), kind="age", counted="age", modifiers=("captain",))
    assert not guards_allow(guard(uni), guard(captain))


def test_a_clock_of_an_undated_copy_with_two_digits_swapped_is_a_slip_not_another_day() -> None:
    """ "at 6.14am" (dated 7 November) and "at 6.41am" in a syndicated copy with no date line: one time copied with
    a slip; a time of unknown day against another time is still no rival."""
    from claimcheck.reconcile.identity import two_events

    day = date(2024, 11, 7).toordinal()
    dated = replace(guard(claim("000", 1, None)), clock=(day, 6 * 60 + 14, 6 * 60 + 15), event_time=True)
    undated = replace(dated, source="001", clock=(0, 6 * 60 + 41, 6 * 60 + 42), day_assumed=True)
    assert not two_events(dated, undated)
    other = replace(undated, clock=(0, 7 * 60 + 30, 7 * 60 + 31))
    assert two_events(dated, other)


def test_a_share_of_what_there_is_is_no_state_a_later_paper_updates() -> None:
    """ "About two-thirds of the flats are council-owned" (Friday) and "60 per cent of flats are council-owned"
    (Saturday): a share of what there is holds from day to day, so the two disagree; a share told with its own
    time ("turnout was 31% by noon") is a tally's, placed in time."""
    when = {"000": datetime(2024, 11, 8), "001": datetime(2024, 11, 9)}
    share = claim("000", 1, q(60, unit="%"), kind="percent", counted="flat", tense="present")
    assert state_at(share, when) is None
    turnout = claim(
        "001", 1, q(31, unit="%"), kind="percent", counted="turnout", tense="present", time="2024-11-09T12:00"
    )
    assert state_at(turnout, when) is not None


@pytest.mark.parametrize(
    ("sentence", "figure", "kind", "ordinal"),
    [
        ("A second eruption, at 2:15 p.m., sent ash 5 km up.", "5 km", "measure", "second"),
        ("For a third time the river burst its banks on Sunday.", "Sunday", "date", "third"),
        ("The volcano erupted on Monday.", "Monday", "date", None),
        ("The volcano erupted again on Tuesday.", "Tuesday", "date", None),  # "again" may restore, not repeat
        ("Water was supplied to all customers again at 11pm.", "11pm", "date", None),
        ("It was the second-largest eruption, sending ash 9 km up.", "9 km", "measure", None),
        ("Police confirmed a second death on Sunday: a woman aged 84.", "84", "age", None),  # a person's age
        ("The second floor of the mill was 40 metres long.", "40 metres", "measure", None),  # a floor is no event
        # a day that opens its clause dates what the clause goes on to tell, and no more
        ("On Thursday police confirmed a second arrest: a woman aged 69.", "Thursday", "date", "second"),
        ("On Monday the volcano erupted, and a second eruption followed.", "Monday", "date", None),
        # "next" tells another occurrence as a second does: the next voyage is not the one that left on Oct. 10
        ("The ship's next voyage, scheduled to depart Oct. 22, will go ahead.", "Oct. 22", "date", "next"),
        ("Its next cruise sails on Oct. 22.", "Oct. 22", "date", "next"),
        ("The ship left port on Oct. 10 for the cruise.", "Oct. 10", "date", None),
        ("It returned the next day, Oct. 17.", "Oct. 17", "date", None),  # a day is no doing
    ],
)
def test_a_doing_told_as_a_repeat(sentence: str, figure: str, kind: str, ordinal: str | None) -> None:
    from claimcheck.reconcile.identity import _ordinal_event

    start = sentence.index(figure)
    c = claim("001", start, q(1), kind=kind, sentence=sentence)
    assert _ordinal_event(c) == ordinal


def test_a_whole_told_with_two_digits_swapped_is_the_same_set_with_a_slip() -> None:
    """ "Three of the 36 crates lost held batteries" against "50 crates went overboard" is another set of crates;
    against "63 crates went overboard" it is one set copied with two digits swapped, and may conflict."""
    whole = _counts("000", "Three of the 36 crates lost held batteries.")["36 crates"]
    assert not guards_allow(guard(whole), guard(_counts("001", "The ship lost 50 crates overboard.")["50"]))  # type: ignore[arg-type]
    assert guards_allow(guard(whole), guard(_counts("001", "The ship lost 63 crates overboard.")["63"]))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("x", "y", "moved"),
    [
        (_at(14), _at(1.4), True),  # "14 oocysts", "1.4 oocysts"
        (_at(2.5, "m"), _at(25, "m"), True),
        (_at(0.35), _at(3.5), True),
        (_at(20), _at(2), False),  # no point written: a zero is no digit moved
        (_at(150), _at(15), False),
        (_at(1.4), _at(14.1), False),
        (_at(2.5, "m"), _at(25, "ft"), False),  # two units
        (_at(1.4), _at(1.4), False),
        (Quantity(value=14, low=13, high=15, approximate=True), _at(1.4), False),  # "about 14"
    ],
)
def test_a_figure_whose_decimal_point_moved_is_read_from_written_digits(x: Quantity, y: Quantity, moved: bool) -> None:
    from claimcheck.reconcile.compare import moved_point

    assert moved_point(x, y) is moved


@pytest.mark.parametrize(
    ("x", "y", "shifted"),
    [
        (("$1.2 million", _at(1_200_000, "USD")), ("$12 million", _at(12_000_000, "USD")), True),
        (("$1.2 billion", _at(1.2e9, "USD")), ("$120 million", _at(120_000_000, "USD")), True),
        (
            ("£1.4million", _at(1_400_000, "GBP")),
            ("about £140,000", q(140_000, 130_000, 150_000, approximate=True, unit="GBP")),
            True,
        ),
        (("up to 2.86 per cent", q(None, 0, 2.86, unit="%")), ("up to 28.6%", q(None, 0, 28.6, unit="%")), True),
        (("$12 million", _at(12_000_000, "USD")), ("$120 million", _at(120_000_000, "USD")), False),  # no point written
        (("$1.5 million", _at(1_500_000, "USD")), ("$150 million", _at(150_000_000, "USD")), False),  # a hundred times
        (("$1.2 million", _at(1_200_000, "USD")), ("£12 million", _at(12_000_000, "GBP")), False),  # two currencies
        (("$2 million", _at(2_000_000, "USD")), ("$20 million", _at(20_000_000, "USD")), False),  # one digit: round
        (("12 to 14 months", q(None, 12, 14, unit="month")), ("1.2", _at(1.2, "month")), False),  # a range
    ],
)
def test_a_point_moved_in_copying_is_read_from_the_figures_as_written(
    x: tuple[str, Quantity], y: tuple[str, Quantity], shifted: bool
) -> None:
    """ "$1.2 million" against "$12 million": the same significant digits, ten times apart, one written with a point,
    are one figure whose point slipped a place; two round figures ("$2 million", "$20 million") or two written
    without a point ("$12 million", "$120 million") are as often two figures of a story."""
    from claimcheck.reconcile.compare import shift_digits, shifted_point

    a, b = (claim(s, 0, v, kind="money", text=t) for s, (t, v) in (("001", x), ("002", y)))
    assert shifted_point(shift_digits(a), shift_digits(b)) is shifted


@pytest.mark.parametrize(
    ("x", "y", "typo"),
    [
        (("£38.5m", _at(38_500_000, "GBP")), ("£48.5m", _at(48_500_000, "GBP")), True),
        (("$11.8 million", _at(11_800_000, "USD")), ("$12.8 million", _at(12_800_000, "USD")), True),
        (("£38.5m", _at(38_500_000, "GBP")), ("£38.6m", _at(38_600_000, "GBP")), False),  # the last digit
        (("£38m", _at(38_000_000, "GBP")), ("£48m", _at(48_000_000, "GBP")), False),  # two digits
        (("£38.5m", _at(38_500_000, "GBP")), ("£48.5bn", _at(48.5e9, "GBP")), False),  # another size
        (("£38.5m", _at(38_500_000, "GBP")), ("$48.5m", _at(48_500_000, "USD")), False),
        (("£38.5m", _at(38_500_000, "GBP")), ("£47.5m", _at(47_500_000, "GBP")), False),  # two digits differ
    ],
)
def test_an_amount_with_one_leading_digit_mistyped_is_read_from_its_digits(
    x: tuple[str, Quantity], y: tuple[str, Quantity], typo: bool
) -> None:
    from claimcheck.reconcile.compare import mistyped, shift_digits

    a, b = (claim(s, 0, v, kind="money", text=t) for s, (t, v) in (("001", x), ("002", y)))
    assert mistyped(shift_digits(a), shift_digits(b)) is typo


def test_a_count_whose_decimal_point_slipped_may_conflict_though_ten_times_the_other(tmp_path: Path) -> None:
    """ "Tests found 14 oocysts" against "samples showed 1.4 oocysts": one figure copied with its point moved, a
    conflict, where two counts ten times apart are otherwise most often two subsets."""
    result = scan_texts(
        tmp_path,
        [
            ("001_gazette", "2026-10-23", "Tests found 14 oocysts of the parasite in a sample from the works."),
            ("002_times", "2026-10-23", "Samples from the works showed 1.4 oocysts of the parasite, documents show."),
        ],
    )
    assert {"14", "1.4"} in group_texts(result, "conflict")


def test_an_outlet_that_counts_two_figures_of_a_noun_in_one_sentence_tells_two_things() -> None:
    """ "a team of six divers, two of them from Wales": another outlet's "two divers from Wales" are those two, never
    a rival of the six; but "one miner was killed" is still a rival of "four miners were killed" beside another
    outlet's "four miners were killed and one miner was injured", whose one is of another measure."""
    from claimcheck.reconcile.identity import with_listed_values

    def guards_of(*pairs: tuple[str, str]) -> dict[tuple[str, str], object]:
        claims = [c for source, text in pairs for c in _counts(source, text).values()]
        guards = with_listed_values(claims, [guard(c) for c in claims])  # type: ignore[arg-type]
        return {(c.source, c.text): g for c, g in zip(claims, guards, strict=True)}  # type: ignore[attr-defined]

    g = guards_of(
        ("000", "The team of six divers, two of them from Wales, reached the boys."),
        ("001", "Two divers from Wales reached the boys."),
    )
    assert not guards_allow(g["000", "six"], g["001", "Two"])  # type: ignore[arg-type]
    assert not guards_allow(g["001", "Two"], g["000", "six"])  # type: ignore[arg-type]
    g = guards_of(
        ("000", "Four miners were killed and one miner was injured in the blast."),
        ("001", "One miner was killed in the blast."),
    )
    assert guards_allow(g["000", "Four"], g["001", "One"])  # type: ignore[arg-type]
    g = guards_of(  # a part of a whole told of people: the part is no rival of the whole however plain the noun
        ("000", "The firm employs about 900 people at the plant, of whom around 300 are members of Unite."),
        ("001", "Around 300 members of Unite employed by Corvane Services will strike for 48 hours from Friday."),
    )
    assert not guards_allow(g["000", "about 900"], g["001", "Around 300"])  # type: ignore[arg-type]
    g = guards_of(  # but two figures of people with nothing a part of the other are told apart by what befell them
        ("000", "Nine people were killed and 14 people were hurt."),
        ("001", "Fourteen people were killed."),
    )
    assert guards_allow(g["000", "Nine"], g["001", "Fourteen"])  # type: ignore[arg-type]
    g = guards_of(  # a bound beside a figure of its noun is listed against it too
        ("000", "Of the claims, more than 20 were rejected outright and 14 were paid in full."),
        ("001", "Of the 60 claims lodged, 14 were settled in full."),
    )
    assert not guards_allow(g["000", "more than 20"], g["001", "14"])  # type: ignore[arg-type]


@pytest.mark.parametrize(("x", "y", "may"), [(19, 67, False), (53, 58, True), (46, 64, True), (22, 23, True)])
def test_ages_of_unnamed_people_far_apart_are_two_people(x: int, y: int, may: bool) -> None:
    """ "a 19-year-old man was taken to hospital" and "a 67-year-old man died" describe two men; outlets that
    disagree on one unnamed person's age are a year or a few apart, or swap its digits."""
    a = claim("000", 1, q(x), kind="age", counted="age", modifiers=("man",), predicate="be take to hospital")
    b = claim("001", 1, q(y), kind="age", counted="age", modifiers=("man",), predicate="die in hospital")
    assert guards_allow(guard(a), guard(b)) is may
    named_a, named_b = replace(a, about="Kevin Marsh"), replace(b, about="Kevin Marsh")
    assert guards_allow(guard(named_a), guard(named_b))  # one named person's two ages: an outlet's slip


def test_places_in_one_series_told_of_two_doings_are_no_rivals() -> None:
    """ "the fire broke out on the seventh floor" and "he had lived on the eighth floor": two floors, two doings;
    two outlets placing one doing on two floors disagree."""
    fire = claim("000", 1, q(7), counted="rank", measure="floor", predicate="break out on")
    home = claim("001", 1, q(8), counted="rank", measure="floor", predicate="live with wife on")
    assert not guards_allow(guard(fire), guard(home))
    other_fire = claim("001", 1, q(8), counted="rank", measure="floor", predicate="break out on")
    assert guards_allow(guard(fire), guard(other_fire))


def test_the_floors_people_live_on_are_each_persons_own() -> None:
    """ "Shona Beattie, who lived on the 14th floor" and "one young mother who lived on the 11th floor": the floor of
    a home is its resident's, and two outlets' floors are two people's unless both tell of one person."""
    shona = claim(
        "000", 1, q(14), counted="rank", measure="floor", predicate="live with child on", about="Shona Beattie"
    )
    mother = claim("001", 1, q(11), counted="rank", measure="floor", predicate="live on", about="young mother")
    assert not guards_allow(guard(shona), guard(mother))
    assert not guards_allow(guard(shona), guard(replace(mother, about=None)))
    victim = replace(mother, about="victim")
    assert guards_allow(guard(replace(shona, about="victim")), guard(victim))  # one victim's home, told two ways


def test_things_that_befell_alike_are_told_of_each_kind_of_thing() -> None:
    """ "14 school buildings were damaged" and "nearly 40,000 homes damaged" count two kinds of thing; the dead
    are the dead whatever noun counts them."""
    schools = claim("000", 1, q(14), counted="building", modifiers=("school",), measure="damaged", predicate="damage")
    homes = claim("001", 1, q(40000), counted="home", measure="damaged", predicate="damage")
    assert not guards_allow(guard(schools), guard(homes))
    other_homes = claim("002", 1, q(38600), counted="home", measure="damaged", predicate="damage")
    assert guards_allow(guard(homes), guard(other_homes))
    bodies = claim("003", 1, q(60), counted="body", measure="killed", predicate="recover")
    assert guards_allow(guard(_kill("004", 61)), guard(bodies))


def test_people_counted_as_a_things_size_are_no_rival_of_people_there() -> None:
    """ "the 8-passenger cabin" says how many it holds, "carrying 6 passengers" how many it held; "the 9-TEU ship"
    and "its 8 TEU" both give its size."""
    seats = claim("000", 4, q(8), counted="passenger", predicate="detach", sentence="The 8-passenger cabin fell.")
    aboard = claim("001", 9, q(6), counted="passenger", predicate="carry", sentence="carrying 6 passengers")
    assert not guards_allow(guard(seats), guard(aboard))
    assert guards_allow(guard(aboard), guard(replace(aboard, source="002", value=q(7))))
    size = claim("000", 4, q(9), counted="teu", predicate="arrive", sentence="The 9-TEU ship arrived.")
    told = claim("001", 4, q(8), counted="teu", predicate="lose", sentence="its 8 TEU Kestrel Bay")
    assert guards_allow(guard(size), guard(told))


def test_a_place_is_compared_by_its_corpus_wide_name() -> None:
    """ "a gust of 80 mph at Meacham" and "a gust of 70 mph at Meacham International Airport": one place."""
    names = {"Meacham": "Meacham International Airport"}

    def canonical(x: str) -> str:
        return names.get(x, x)

    short = claim("000", 1, q(80, unit="mph"), kind="measure", counted="speed", place="Meacham", predicate="measure")
    full = claim(
        "001", 1, q(70, unit="mph"), kind="measure", counted="speed", place="Meacham International Airport",
        predicate="record",
    )
    assert other_identity(guard(short), guard(full), None, None)
    assert not other_identity(guard(short, canonical), guard(full, canonical), None, None)


def test_what_ifs_never_conflict() -> None:
    """ "if he scores 20 goals" and "if he scores 15 league goals again": two outlets' conditions, no facts."""
    from claimcheck.types import CONDITION_HEDGE

    twenty = claim("000", 1, q(20), counted="goal", predicate="score", hedges=(CONDITION_HEDGE,))
    fifteen = claim("001", 1, q(15), counted="goal", predicate="score", hedges=(CONDITION_HEDGE,))
    assert not guards_allow(guard(twenty), guard(fifteen))
    assert other_identity(guard(twenty), guard(replace(fifteen, hedges=())), None, None)  # nor meet a fact
    assert guards_allow(guard(replace(twenty, hedges=())), guard(replace(fifteen, hedges=())))


def test_all_of_a_whole_is_no_rival_of_a_part_of_it() -> None:
    """ "the cost of replacing asbestos in all four buildings" (4 of 4) and "fibres were found beneath two of the
    buildings" (a part): the whole and a part of it. Two parts still may be rivals."""
    all_four = claim("000", 1, Quantity(4, 4, 4, whole=4), counted="building", partitive=True)
    two_of = claim("001", 1, q(2), counted="building", partitive=True)
    three_of = claim("002", 1, q(3), counted="building", partitive=True)
    assert not guards_allow(guard(all_four), guard(two_of))
    assert guards_allow(guard(two_of), guard(three_of))


def test_two_claimants_figures_are_one_thing_s_only_when_a_measure_names_the_thing() -> None:
    """Two named claimants' figures for one thing score higher ("X says N, Y says M"); a measure's noun is only its
    dimension, so two claimants' lengths are one thing's only when both name it."""

    def length(source: str, value: float, claimant: str, about: str | None) -> Claim:
        qv = Quantity(value, value, value, unit="m")
        return claim(source, 1, qv, kind="measure", counted="length", claimant=claimant, about=about, text=str(value))

    ridge, line = length("000", 4400, "rescue service", None), length("001", 4800, "weather service", "line")
    assert not any("each give a figure" in n for n in Scorer([ridge, line], str).score(ridge, line).notes)
    a, b = length("000", 4527, "club", "summit"), length("001", 4257, "survey", "summit")
    assert "club and survey each give a figure" in Scorer([a, b], str).score(a, b).notes


def test_a_doing_named_by_its_noun_and_by_its_verb_is_dated_as_one(tmp_path: Path) -> None:
    """ "its last inspection in 2019" and "was last inspected by fire officials in 2018": one doing, named by its noun
    in one outlet and by its verb in the other, dated a year apart: a conflict."""
    result = scan_texts(
        tmp_path,
        [
            ("001_gazette", "2026-10-23", "The hall's fire safety permit expired after its last inspection in 2019."),
            ("002_times", "2026-10-23", "Documents show the hall was last inspected by fire officials in 2018."),
        ],
    )
    assert {"2019", "2018"} in group_texts(result, "conflict")


def test_one_outlets_figure_told_again_as_a_part_of_its_whole_is_one_fact(tmp_path: Path) -> None:
    """ "The fire destroyed 12 vehicles" and, further on, "Of the 41 vehicles left inside the tunnel, 12 were
    destroyed": one outlet telling one figure twice, once with its whole; both meet the other outlet's "12 were
    destroyed" in one agreeing group."""
    gazette = (
        "The fire burned for ten hours and destroyed 12 vehicles, officials said.\n\n"
        "Crews worked through the night to cool the tunnel walls.\n\n"
        "Of the 41 vehicles left inside the tunnel, 12 were destroyed and the rest were damaged by heat."
    )
    times = "Of the 41 vehicles left inside the bore, 12 were destroyed, the state transport office said."
    result = scan_texts(tmp_path, [("001_gazette", "2026-10-23", gazette), ("002_times", "2026-10-23", times)])
    twelves = {c.id for c in result.claims if c.text == "12"}
    assert len(twelves) == 3
    assert any(g.verdict == "agree" and twelves <= set(g.claims) for g in result.groups)


_KES = ("money", "KES", None, "accept")
_KM2 = ("measure", "km2", "area", "cover")


@pytest.mark.parametrize(
    ("how", "first", "other", "abouts", "allowed"),
    [
        # "The regulator accepted Sh104.6 billion" and "the Central Bank of Kenya accepted Sh106.4 billion": the parse
        # gives each amount another party, but a figure of three significant digits with two of them swapped is one
        # figure copied with a slip; another amount of another party's is not
        (_KES, 104_600_000_000, 106_400_000_000, ("regulator", "Central Bank of Kenya"), True),
        (_KES, 104_600_000_000, 120_000_000_000, ("regulator", "Central Bank of Kenya"), False),
        # "the survey covered 14,620 sq km" and "the reserve covered 16,420 sq km": each measure is of another
        # described thing, but one figure miscopied, as an amount of money's is; another area is another thing's
        (_KM2, 14_620, 16_420, ("survey", "reserve"), True),
        (_KM2, 14_620, 18_300, ("survey", "reserve"), False),
        # a measure of two significant digits swapped too ("a refuge chamber 870 metres underground", "the miners,
        # 780 metres down"): a measure is no running tally that may go from 23 to 32
        (("measure", "m", "length", "trap"), 870, 780, ("chamber", "miner"), True),
        (("measure", "m", "length", "trap"), 870, 640, ("chamber", "miner"), False),
    ],
)
def test_a_figure_miscopied_may_conflict_whatever_each_sentence_makes_its_party(
    how: tuple[str, str, str | None, str], first: int, other: int, abouts: tuple[str, str], allowed: bool
) -> None:
    kind, unit, counted, predicate = how
    one, two = (
        claim(
            source,
            1,
            _at(value, unit),
            kind=kind,
            about=about,
            predicate=predicate,
            counted=counted,
            sentence=f"The {about} figure was {value}.",
        )
        for source, value, about in (("001", first, abouts[0]), ("002", other, abouts[1]))
    )
    assert guards_allow(guard(one), guard(two)) is allowed


def test_when_a_thing_began_is_no_state_a_later_report_updates() -> None:
    """ "Kenya has used infrastructure bonds since 2010" in one paper and "since 2009" in a later one: when a thing
    began is told in the perfect, but no later report moves it, so it has no time of a state and the two conflict;
    a date still to come ("the road is closed until Monday") is a state a later report may put back."""
    when = {"000": datetime(2025, 2, 20), "001": datetime(2025, 3, 1)}
    year = DateValue(date(2010, 1, 1), date(2011, 1, 1), "year")
    began = claim("000", 1, year, kind="date", predicate="use bond since", tense="perfect", text="2010")
    assert state_at(began, when) is None
    monday = DateValue(date(2025, 2, 24), date(2025, 2, 25), "day")
    until = claim("000", 1, monday, kind="date", predicate="be close until", tense="present", text="Monday")
    assert state_at(until, when) == datetime(2025, 2, 20)


@pytest.mark.parametrize(
    ("day_b", "written_b", "apart"),
    [
        (date(2025, 2, 26), datetime(2025, 2, 27), True),  # a week after the first paper: another closing
        (date(2025, 2, 21), datetime(2025, 2, 27), False),  # a day after it: may be a slip of the day
        (date(2025, 3, 22), datetime(2025, 2, 27), False),  # still to come when its own paper was written
    ],
)
def test_a_doing_told_done_before_another_paper_was_written_is_not_one_done_after(
    day_b: date, written_b: datetime, apart: bool
) -> None:
    """ "The auction closed on Wednesday, February 19" (a paper of February 20) and "a tap sale that closed on
    Wednesday" (a paper of February 27, so the 26th): the first paper told of a closing done before the second's
    Wednesday came, so the two are two closings."""
    from claimcheck.reconcile.identity import happened_after_told

    when = {"000": datetime(2025, 2, 20), "001": written_b}

    def closed(source: str, d: date) -> Claim:
        day = DateValue(d, d + timedelta(days=1), "day")
        return claim(source, 1, day, kind="date", predicate="close on", tense="past")

    assert happened_after_told(closed("000", date(2025, 2, 19)), closed("001", day_b), when) is apart


def test_those_still_so_are_no_rival_of_all_it_befell() -> None:
    """ "By last night, 11 remained in hospital" counts those still there; "Seventeen were taken to hospital" all who
    went: two figures. Two counts of those still there may be rivals; the whole of a part ("Eleven of the network's 44
    stations remain closed") is not one of them."""

    def counted(source: str, sentence: str, figure: str, predicate: str) -> Claim:
        at = sentence.index(figure)
        made = claim(
            source,
            at,
            q(float(figure) if figure.isdigit() else 17),
            counted="people",
            measure="hospitalised",
            predicate=predicate,
            sentence=sentence,
            text=figure,
        )
        return replace(made, end=at + len(figure))

    remained = counted("000", "By last night, 11 remained in hospital, four in a serious condition.", "11", "remain")
    taken = counted("001", "Seventeen were taken to hospital, several with head injuries.", "Seventeen", "take to")
    still = counted("002", "Twelve people remained in the hospital on Monday, officials said.", "Twelve", "remain")
    assert guard(remained).still and guard(still).still and not guard(taken).still
    assert not guards_allow(guard(remained), guard(taken))
    assert guards_allow(guard(remained), guard(still))
    whole = claim("003", 24, q(44), counted="station", sentence="Eleven of the network's 44 stations remain closed.")
    assert not guard(replace(whole, end=26)).still


def test_a_share_of_a_general_noun_is_still_its_sentences_share(tmp_path: Path) -> None:
    """ "a survey found numbers in the catchment had risen by 28 per cent" and "crocodile numbers in the catchment had
    risen 38 per cent": a general noun picks out no subgroup of people, but a share says what it is a share of by
    its sentence, as any share does."""
    result = scan_texts(
        tmp_path,
        [
            ("001_gazette", "2026-04-14", "The latest survey found numbers in the catchment had risen by 28 per cent."),
            ("002_times", "2026-04-14", "The survey found crocodile numbers in the catchment had risen 38 per cent."),
        ],
    )
    assert {"28 per cent", "38 per cent"} in group_texts(result, "conflict")



def test_two_days_told_with_one_toll_date_one_deadly_event() -> None:
    """ "one of two workers killed when a grain terminal blew apart on Wednesday" and "Two workers were killed ... on
    Thursday afternoon": the same toll beside each day dates the deadly event it counts, whatever verb each tells it
    by; a figure of no toll beside each ("two trucks") says less."""
    wed = "A coach was one of two workers killed when a grain terminal blew apart on Wednesday."
    thu = "Two workers were killed and others hurt on Thursday afternoon when an explosion tore through a terminal."

    def day(source: str, sentence: str, name: str, d: int) -> Claim:
        at = sentence.index(name)
        v = DateValue(date(2026, 10, d), date(2026, 10, d + 1), "day")
        return replace(claim(source, at, v, kind="date", sentence=sentence), text=name, end=at + len(name))

    def two(d: Claim, text: str, measure: str | None) -> Claim:
        at = d.sentence.index(text)
        c = claim(d.source, at, _at(2), kind="count", sentence=d.sentence, counted="worker", measure=measure)
        return replace(c, text=text, end=at + len(text))

    a, b = day("000", wed, "Wednesday", 7), day("001", thu, "Thursday", 8)
    tolls = Scorer([a, b, two(a, "two workers", "killed"), two(b, "Two workers", "killed")], str).score(a, b)
    plain = Scorer([a, b, two(a, "two workers", None), two(b, "Two workers", None)], str).score(a, b)
    assert "the same number killed in both" in tolls.notes
    assert tolls.total == plain.total + 5


def test_two_ages_of_people_of_two_nationalities_are_two_peoples() -> None:
    """ "A 34-year-old Chinese worker" and "a 35-year-old South Korean production worker": two people, though their
    ages are a year apart; but a person described with a nationality may be one another outlet names without one.
    (Ages a year apart, within the few years outlets misreport one age by, so that only the nationality differs.)"""
    from claimcheck.reconcile.nationality import nationality

    chinese = claim("000", 1, q(34), kind="age", counted="age", modifiers=("worker",))
    chinese = replace(chinese, sentence="A 34-year-old Chinese worker said so.", start=2, end=4, sentence_start=0)
    korean = replace(
        chinese, source="001", value=q(35), sentence="A 35-year-old South Korean worker died.", start=2, end=4
    )
    plain = replace(korean, sentence="A 35-year-old worker died.")
    assert (nationality(chinese), nationality(korean), nationality(plain)) == ("chinese", "korean", None)
    assert not guards_allow(guard(chinese), guard(korean))
    assert guards_allow(guard(chinese), guard(plain))


def test_two_dates_of_doings_told_in_two_named_places_are_two_events() -> None:
    """ "Candida auris was first detected in Ireland in 2019" and "first found in Japan in 2009": one kind of doing
    in two places, two facts; a date of no place told may still be either's."""

    def year(source: str, y: int, predicate: str, places: tuple[str, ...]) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(source, 1, value, kind="date", predicate=predicate, entities=places, text=str(y))

    ireland = year("001", 2019, "be detect in ireland in", ("Candida", "Ireland"))
    japan = year("002", 2009, "find in japan in", ("Japan",))
    unplaced = year("003", 2009, "be identify in", ("Candida",))
    years = ((2026, 2026), (2026, 2026))  # (the eras of the articles)
    assert guard(ireland, None).where == frozenset({"Ireland"})
    assert other_identity(guard(ireland, None), guard(japan, None), *years)
    assert not other_identity(guard(ireland, None), guard(unplaced, None), *years)


def test_a_share_of_a_whole_and_a_share_said_alike_without_it_are_one_share() -> None:
    """ "Fifty-six percent of the sick are female" and "61% are female": one share told with and without its whole,
    which may conflict; but not a share of another thing said otherwise ("40% of the sick were hospitalised")."""

    def share(source: str, v: float, predicate: str, counted: str | None, partitive: bool) -> Claim:
        return claim(
            source, 1, q(v, unit="%"), kind="percent", counted=counted, predicate=predicate, partitive=partitive
        )

    of_sick = guard(share("001", 56, "be female of", "sick", True), None)
    bare = guard(share("002", 61, "be female", None, False), None)
    other = guard(share("003", 40, "be hospitalise of", "sick", True), None)
    assert guards_allow(of_sick, bare)
    assert not guards_allow(other, bare)


@pytest.mark.parametrize(
    ("x", "y", "allowed"),
    [
        (51, 52, True),  # a year apart: a birthday or a slip
        (48, 52, True),  # a few years: a guess or a miscount
        (56, 66, True),  # one digit mistyped
        (34, 43, True),  # two digits swapped
        (52, 66, False),  # no slip makes one the other: two people
        (7, 19, False),
        (58, 64, False),  # "a man of 64" in intensive care, "a 58-year-old man" who saw it: more than a few years
    ],
)
def test_two_ages_too_far_apart_for_any_slip_are_two_people(x: int, y: int, allowed: bool) -> None:
    """ "the driver, a 52-year-old man" and "local man Dieter Franke, 66": outlets misreport one person's age by a
    year or a few, or by a digit mistyped or swapped; ages further apart in any other way are two people's."""

    from claimcheck.reconcile.identity import _ages_of_two

    def age(source: str, v: int) -> Guard:
        return guard(claim(source, 1, q(v), kind="age", counted="age"), None)

    assert _ages_of_two(frozenset({float(x)}), frozenset({float(y)})) is not allowed
    if not allowed:
        assert not guards_allow(age("001", x), age("002", y))


def test_a_count_beyond_a_part_s_whole_is_of_another_set() -> None:
    """ "23 of her 141 Class 12 students had been shown with wrong marks" and "thousands of students had been given
    the wrong marks": thousands are more than the 141 the 23 are part of, so they count a larger set, never the
    23 told otherwise; a count the whole could hold ("20 students") may still be the part."""
    part = claim(
        "000", 1, q(23, 23, 23, whole=141), counted="student", partitive=True, predicate="be show with wrong mark"
    )
    thousands = claim("001", 1, q(None, 2000, None), counted="student", predicate="be give wrong mark")
    assert other_identity(guard(part), guard(thousands), None, None)
    assert not other_identity(guard(part), guard(claim("001", 1, q(20), counted="student")), None, None)


def test_two_times_of_one_hour_whose_minutes_swapped_digits_are_one_time_miscopied(tmp_path: Path) -> None:
    """ "The balloon ... came down at 6:15 a.m. on Saturday" and "The accident happened on Saturday at 06:51": the
    minutes' two digits swapped, one time miscopied however each words what happened (as an hour's slip is); two
    times of one hour that are no swap ("6:15" and "6:40") stay two events' when their words differ."""
    wire = "The balloon, carrying 20 tourists, came down at 6:15 a.m. on Saturday, officials said."
    times = "The accident happened on Saturday at {} local time, in a valley north of the town."
    found = []
    for minute in ("06:51", "06:40"):
        folder = tmp_path / minute.replace(":", "")
        folder.mkdir()
        got = group_texts(
            scan_texts(folder, [("001_wire", "2025-07-12", wire), ("002_times", "2025-07-12", times.format(minute))]),
            "conflict",
        )
        found.append(any("at 6:15 a.m." in g and any(minute in t for t in g) for g in got))
    assert found == [True, False]


@pytest.mark.parametrize(
    ("x", "y", "conflict"),
    [
        ("September 14, 2021", "Sept. 14, 2020", True),  # one day of one month written with two years
        ("September 2022", "September 2021", True),
        ("September 14, 2021", "Sept. 15, 2020", False),  # nor day nor year alike: left to the sentences
    ],
)
def test_one_day_or_month_written_with_two_years_is_a_year_miscopied(
    tmp_path: Path, x: str, y: str, conflict: bool
) -> None:
    """ "The lawsuit was filed on September 14, 2021" and "The lawsuit was filed back on Sept. 14, 2020, on behalf
    of residents": the same day of the same month written in full with two years, as a year miscopied makes it."""
    result = scan_texts(
        tmp_path,
        [
            (
                "001_courier",
                "2026-03-10",
                f"The lawsuit was filed on {x}, after state well tests showed PFAS readings as high as 1,400 parts "
                "per trillion on a property near the old Orrin Road gravel pit.",
            ),
            (
                "002_tv",
                "2026-03-10",
                f"The lawsuit was filed back on {y}, on behalf of residents living near Halvex's former plant.",
            ),
        ],
    )
    assert ({x, y} in group_texts(result, "conflict")) is conflict


def test_a_year_set_before_a_made_thing_s_noun_is_its_year_of_making(tmp_path: Path) -> None:
    """ "the Ravensbourne Hall, the 1874 building where he won" and "a Victorian building in central London dating
    from 1884": each outlet's one year for when the building came to be, however it is written; a year set before
    an event's noun ("the 2005 earthquake") is no year of making."""
    result = scan_texts(
        tmp_path,
        [
            (
                "001_times",
                "2025-11-20",
                "The match was played at the Ravensbourne Hall, a Victorian building in central London dating from "
                "1884, in front of sell-out crowds.",
            ),
            (
                "002_paper",
                "2025-11-21",
                "He will be back in London in February for an exhibition at the Ravensbourne Hall, the 1874 building "
                "where he won the title.",
            ),
        ],
    )
    assert {"1884", "1874"} in group_texts(result, "conflict")
    from claimcheck.reconcile.compare import _year_before_its_thing

    quake = claim("000", 1, DateValue(date(2005, 1, 1), date(2006, 1, 1), "year"), kind="date", counted="earthquake")
    quake = replace(quake, text="2005", sentence="The 2005 earthquake killed 80.", start=4, end=8)
    assert not _year_before_its_thing(quake)


def test_parts_of_two_wholes_one_outlet_counts_are_no_rivals() -> None:
    """ "Seven wagons left the tracks, four of them tank wagons" and "the train was made up of 34 wagons, 11 of them
    tank wagons": one outlet counts parts of both wholes, so another outlet's "eleven of them" (of 34) is the train's
    and no rival of the four derailed; without the outlet that tells both wholes (a rolling whole: "42 of them" of
    59 cases, "48 of them" of 68), the two parts may still be rivals."""
    import claimcheck
    from claimcheck.reconcile.identity import with_listed_values

    nlp = claimcheck.load_model()
    derailed = "Seven wagons left the tracks, four of them tank wagons carrying styrene."
    train = "The train was made up of 34 wagons, 11 of them tank wagons, the operator said."
    other = "The train was made up of 34 wagons, eleven of them tank wagons, according to the operator."

    def allowed(first: str) -> bool:
        claims = [
            c
            for source, text in (("001", first), ("002", other))
            for c in claimcheck.extract_text(source, f"date 2026-03-10\n\n{text}\n", nlp)
            if c.kind == "count"
        ]
        guards = with_listed_values(claims, [guard(c) for c in claims])
        four = next(k for k, c in enumerate(claims) if c.source == "001" and c.text == "four")
        eleven = next(k for k, c in enumerate(claims) if c.source == "002" and c.text == "eleven")
        return guards_allow(guards[four], guards[eleven])

    assert not allowed(derailed + "\n\n" + train)
    assert allowed(derailed)



def _listed_guards(texts: tuple[tuple[str, str], ...], kind: str, day: str) -> Callable[[str, str], Guard]:
    """The guards, with the values each sentence lists (with_listed_values), of the claims of one kind that short
    articles dated ``day`` give, looked up by source and claim text."""
    import claimcheck
    from claimcheck.reconcile.identity import with_listed_values

    nlp = claimcheck.load_model()
    claims = [
        c
        for source, text in texts
        for c in claimcheck.extract_text(source, f"date {day}\n\n{text}\n", nlp)
        if c.kind == kind
    ]
    guards = with_listed_values(claims, [guard(c) for c in claims])

    def at(source: str, text: str) -> Guard:
        return next(g for g, c in zip(guards, claims, strict=True) if c.source == source and c.text == text)

    return at

def test_ages_one_sentence_lists_are_several_peoples() -> None:
    """ "the four who died were a 92-year-old woman, an 81-year-old farmer, a 47-year-old worker and a man in his
    60s": four people, so another outlet's "An 81-year-old man died" is the farmer and no rival of the man in his
    60s; but another outlet's 48-year-old worker is still a rival of the 47-year-old."""
    listed = (
        "According to the city, the four people who died were a 92-year-old woman, an 81-year-old farmer, a"
        " 47-year-old construction worker and a man in his 60s."
    )
    texts = (
        ("001", listed),
        ("002", "An 81-year-old man died in his field."),
        ("003", "A 48-year-old construction worker collapsed at a building site."),
    )
    at = _listed_guards(texts, "age", "2026-07-20")
    assert not guards_allow(at("002", "81"), at("001", "60s"))
    assert guards_allow(at("003", "48"), at("001", "47"))


def test_one_outlets_claimant_named_in_the_others_sentence_tells_one_amount() -> None:
    """ "Daniel Oduor said the government would give Sh100,000 to each bereaved family" (naming, beside him, the
    hospital he visited) and "Daniel Oduor repeated the government's pledge to give Sh200,000 to each bereaved
    family": the two sentences' other names are disjoint, but the one who gave the figure in the first is named in
    the second: one pledge, two figures."""
    import claimcheck

    nlp = claimcheck.load_model()
    first = (
        "Daniel Oduor, who visited the injured at Nakuru County Referral Hospital, said the government would give"
        " Sh100,000 to each bereaved family."
    )
    second = "On Sunday, Daniel Oduor repeated the government's pledge to give Sh200,000 to each bereaved family."
    claims = [
        c
        for source, text in (("001", first), ("002", second))
        for c in claimcheck.extract_text(source, f"date 2026-07-26\n\n{text}\n", nlp)
        if c.kind == "money"
    ]
    a, b = (guard(c) for c in claims)
    assert a.claimant == "Daniel Oduor" and b.claimant is None  # ("repeated" is no verb of saying)
    assert guards_allow(a, b)
    # but two sentences that name only other things, and no one in common, are two amounts
    assert not guards_allow(a, replace(b, entities=frozenset({"Kisumu County"})))


def _measure(source: str, text: str) -> Claim:
    import claimcheck

    (c,) = [c for c in claimcheck.extract_text(source, text, claimcheck.load_model()) if c.kind == "measure"]
    return c


def test_a_size_told_with_what_it_is_part_of_is_the_size_told_without() -> None:
    """ "about 900 square metres of the warehouse roof fell" and "An area of some 700 square metres fell": one size
    of one doing, told once with what it is a part of, and once with its dimension word for a thing; a size of
    another doing ("The roof covers about 3,000 square metres") is another fact."""
    part = _measure("000", "Firefighters said about 900 square metres of the warehouse roof fell into the building.")
    plain = _measure("001", "An area of some 700 square metres fell onto the loading bays, he said.")
    whole = _measure("002", "The roof covers about 3,000 square metres.")
    assert part.partitive and not plain.partitive
    assert guard(plain).about is None  # type: ignore[arg-type]
    assert guards_allow(guard(part), guard(plain))  # type: ignore[arg-type]
    assert not guards_allow(guard(part), guard(whole))  # type: ignore[arg-type]


def test_a_zone_of_a_size_is_a_thing_of_its_own() -> None:
    """ "a two-mile radius" is a zone, the thing its size is of; "An area of 600 square metres" names only the
    dimension measured."""
    zone = _measure("000", "Everyone living within a two-mile radius of the depot was told to leave.")
    assert guard(zone).about == "radius"  # type: ignore[arg-type]


def test_a_size_a_thing_was_designed_for_is_of_no_year() -> None:
    """ "designed for a wind load of 90 kilograms per square metre, according to the 2011 drawings" and "had been
    designed for a wind load of 120 kilograms per square metre": the thing's figure whenever it was drawn up, so
    the year its sentence names sets it apart from no other outlet's."""
    from claimcheck.reconcile.identity import era

    dated = _measure("000", "The mast was designed for a wind load of 90 kilograms, according to the 2011 drawings.")
    plain = _measure("001", "The engineer said the mast had been designed for a wind load of 120 kilograms.")
    years = {"000": 2026, "001": 2026}
    assert dated.time is not None and dated.time.startswith("2011")
    assert era(dated, years) is None
    assert not other_identity(guard(dated), guard(plain), era(dated, years), era(plain, years))  # type: ignore[arg-type]


def test_a_year_told_right_after_a_length_of_a_thing_dates_the_thing() -> None:
    """ "including a two-day strike in Ohio in 2023" is of 2023, and no other outlet's "ending a 26-day strike" of
    this year; but "convicted in November 2024 after a nine-week trial" gives the trial's length whenever it ran."""
    sentence = "It has faced disputes before, including a two-day strike in Ohio in 2023."
    at = sentence.index("two")
    strike = claim(
        "000", 0, q(2, unit="day"), kind="duration", text="two", sentence=sentence, counted="strike", time="2023"
    )
    strike = replace(strike, about="strike", start=at, end=at + 3, sentence_start=0, sentence_end=len(sentence))
    assert era(strike, {"000": 2026}) == (2023, 2023)
    sentence = "Hale was convicted in November 2024 after a nine-week trial."
    at = sentence.index("nine")
    trial = replace(
        strike, text="nine", sentence=sentence, counted="trial", about="trial", time="2024-11", start=at, end=at + 4
    )
    trial = replace(trial, sentence_end=len(sentence))
    assert era(trial, {"000": 2026}) == (2026, 2026)


def _money(source: str, text: str) -> Claim:
    import claimcheck

    (c,) = [c for c in claimcheck.extract_text(source, text, claimcheck.load_model()) if c.kind == "money"]
    return c


def test_two_payments_to_one_party_meet_whatever_noun_names_them() -> None:
    """ "a one-off grant of up to 4,000 zł per family from Monday" and "a one-off allowance of up to 5,000 zł per
    family": what each family gets, however an outlet names the payment (and "from Monday" says when it starts,
    not whom it is from), so the two are rivals."""
    from claimcheck.reconcile.compare import Scorer

    grant = _money("000", "Families can apply for a one-off grant of up to 4,000 zł per family from Monday, he said.")
    allowance = _money("001", "Families can apply for a one-off allowance of up to 5,000 zł per family.")
    assert grant.party == allowance.party == "family"
    assert guards_allow(guard(grant), guard(allowance))  # type: ignore[arg-type]
    scorer = Scorer([grant, allowance], lambda n: n)
    notes: list[str] = []
    scorer.parts(grant, allowance, scorer.features(grant), scorer.features(allowance), notes)
    assert "both give an amount per family" in notes


def test_a_long_figure_with_two_digits_swapped_is_one_whatever_day_each_outlet_gives() -> None:
    """ "at lock kilometre 2,315 ... late on Monday" and a copy's "at lock kilometre 2,351 ... late on Sunday": one
    figure miscopied (three significant digits or more), though the copy also gives the wrong day; two short
    figures of two days ("at 45 metres on Monday", "at 54 metres on Sunday") stay two moments' figures."""
    monday = "date 2026-05-13\n\nThe barge ran aground at lock kilometre 2,315 late on Monday, police said."
    sunday = "date 2026-05-13\n\nThe barge ran aground at lock kilometre 2,351 late on Sunday, police said."
    a, b = _measure("000", monday), _measure("001", sunday)
    assert a.time != b.time
    assert guards_allow(guard(a), guard(b))  # type: ignore[arg-type]
    short_a = _measure("000", "date 2026-05-13\n\nThe crane stood at a height of 45 metres on Monday.")
    short_b = _measure("001", "date 2026-05-13\n\nThe crane stood at a height of 54 metres on Sunday.")
    assert not guards_allow(guard(short_a), guard(short_b))  # type: ignore[arg-type]


def test_an_estimates_tense_is_when_it_was_made() -> None:
    """ "The manager estimated the damage at about two million euros" and "Experts estimate it at eight million
    euros": two estimates of one damage, rivals whichever tense each is told in."""
    past = _money("000", "The manager estimated the damage at about two million euros, he said on Friday.")
    present = _money("001", "The damage runs into the millions. Experts estimate it at eight million euros.")
    assert (past.tense, present.tense) == ("past", "present")
    assert guards_allow(guard(past), guard(present))  # type: ignore[arg-type]


def test_a_price_a_thing_was_bought_for_is_of_no_year() -> None:
    """ "The crane was bought in 2019 for R3.6 million" and "The crane cost R6.3 million": the crane's price, however
    many years later an outlet tells it; "The 2011 upgrade cost £14m" stays the upgrade of 2011."""
    from claimcheck.reconcile.identity import era

    bought = _money("000", "date 2026-03-02\n\nThe crane was bought in 2019 for R3.6 million, the council said.")
    cost = _money("001", "date 2026-03-02\n\nThe crane cost a fortune: R6.3 million of ratepayers' money.")
    years = {"000": 2026, "001": 2026}
    assert era(bought, years) is None
    assert not other_identity(guard(bought), guard(cost), era(bought, years), era(cost, years))  # type: ignore[arg-type]
    upgrade = _money("002", "date 2026-03-02\n\nThe 2011 upgrade cost £14m.")
    assert era(upgrade, {"002": 2026}) is not None


def test_a_distance_is_the_places_it_lies_between() -> None:
    """ "The waste is trucked to the incinerator at Port Veyle, about 150 kilometres away" and "lorries carry it to
    the incinerator at Port Veyle, some 190 kilometres from the quay": one distance, whatever each says travels it;
    "about 45 miles southwest of Fort Avon" and "roughly 90 miles north-east of Bellport" measure from two places."""
    trucked = _measure("000", "The waste is trucked to the incinerator at Port Veyle, about 150 kilometres away.")
    carried = _measure("001", "Lorries carry it to the incinerator at Port Veyle, some 190 kilometres from the quay.")
    assert trucked.about != carried.about
    assert guards_allow(guard(trucked), guard(carried))  # type: ignore[arg-type]
    avon = _measure("002", "The store sits in Dunmere, a town about 45 miles southwest of Fort Avon.")
    bell = _measure("003", "The ticket was sold in Dunmere, a town roughly 90 miles north-east of Bellport.")
    assert not guards_allow(guard(avon), guard(bell))  # type: ignore[arg-type]
    # (nor, though both name the village, "less than three kilometres from Casal da Várzea" and "near ... Casal da
    # Várzea, ... about 230km north-east of Faro": each is measured from the place named right after it)
    near = _measure("004", "The aircraft came down less than three kilometres from Casal da Várzea, in a pine wood.")
    far = _measure(
        "005",
        "The aircraft came down near the village of Casal da Várzea, in the municipality of Ortigosa, about 230km"
        " north-east of Faro.",
    )
    assert not guards_allow(guard(near), guard(far))  # type: ignore[arg-type]


def test_a_things_own_size_told_by_two_outlets_is_one_fact(tmp_path: Path) -> None:
    """ "the tower, one of four on the site, was 38 metres high" and "a 41-metre steel tower": the tower's own size, a
    conflict; "near the 24-mile mark" and "near the 20-mile mark" in one article are two marks, not a thing's size."""
    result = scan_texts(
        tmp_path,
        [
            ("001_wire", "2026-10-23", "Officials said the tower, one of four on the site, was 38 metres high."),
            ("002_times", "2026-10-23", "The blaze started at around 3.40pm on Tuesday in a 41-metre steel tower."),
        ],
    )
    assert {"38", "41"} in group_texts(result, "conflict")
    import claimcheck

    marks = [
        c
        for c in claimcheck.extract_text(
            "002",
            "A runner collapsed near the 24-mile mark. A water station near the 20-mile mark ran out of cups.",
            claimcheck.load_model(),
        )
        if c.kind == "measure"
    ]
    scorer = Scorer(marks, str)
    assert [size_of(c) for c in marks] == [("mark", None), ("mark", None)]
    assert [scorer.features(c).size for c in marks] == [None, None]


def test_a_deadline_as_loose_as_a_week_s_end_is_no_rival_of_a_days_deadline() -> None:
    """ "home by Thursday" and "home by the end of the week", told of one minister's promise: a loose deadline says
    only the latest, which the day's deadline meets; but two deadlines told alike ("must appeal by 3 March", "by 13
    March"; "by June 2026", "by June 2027") may be rivals."""

    def by(source: str, text: str, start: date, end: date) -> Claim:
        sentence = f"The minister said everyone would be home by {text}."
        at = sentence.index(text)
        return claim(
            source, at, DateValue(start, end, "day"), kind="date", text=text,
            sentence=sentence, predicate="be by",
        )

    thursday = by("001", "Thursday", date(2026, 4, 23), date(2026, 4, 24))
    week_end = by("002", "the end of the week", date(2026, 4, 24), date(2026, 4, 27))
    assert not guards_allow(guard(thursday), guard(week_end))
    third = by("003", "3 March", date(2026, 3, 3), date(2026, 3, 4))
    thirteenth = by("004", "13 March", date(2026, 3, 13), date(2026, 3, 14))
    assert guards_allow(guard(third), guard(thirteenth))
    june = by("005", "June 2026", date(2026, 6, 1), date(2026, 7, 1))
    next_june = by("006", "June 2027", date(2027, 6, 1), date(2027, 7, 1))
    assert guards_allow(guard(june), guard(next_june))


def test_a_share_with_two_digits_swapped_across_its_point_is_one_figure_miscopied() -> None:
    """ "with 24.6 per cent of the vote" and a tabloid's "his two-year-old party grabbed 26.4 per cent of the vote":
    one share miscopied, whatever party each sentence names (as "Sh104.6 billion" and "Sh106.4 billion" are one sum)."""
    from claimcheck.reconcile.identity import miscopied

    def share(source: str, v: float, about: str) -> Claim:
        return claim(source, 1, q(v, unit="%"), kind="percent", counted="vote", about=about, predicate="take of")

    assert miscopied(guard(share("001", 24.6, "New Republic")), guard(share("002", 26.4, "party")))
    assert not miscopied(guard(share("001", 24.6, "New Republic")), guard(share("002", 24.8, "party")))


def test_hedged_amounts_with_two_digits_swapped_score_as_one_figure_miscopied() -> None:
    """ "about £186m" and "an estimated £168m" owed to creditors: hedged or not, an amount written with two
    neighbouring digits swapped is read as a slip, as two exact ones are; "£2.1m" and "£1.2m", two digits only,
    are two figures as often as one."""

    def owed(source: str, v: float) -> Claim:
        return claim(
            source, 1, q(v, v - 1e6, v + 1e6, approximate=True, unit="GBP"), kind="money", predicate="owe"
        )

    slip = "the same figure with two digits swapped: a typing or copying slip"
    a, b = owed("001", 186e6), owed("002", 168e6)
    assert slip in Scorer([a, b], str).score(a, b).notes
    c, d = owed("001", 2.1e6), owed("002", 1.2e6)
    assert slip not in Scorer([c, d], str).score(c, d).notes


def test_two_marks_of_a_route_are_two_places_unless_one_is_miscopied() -> None:
    """ "passed mile 20" and "stopped at mile 19": two places on the course; "left the road at kilometre 187" and
    "at kilometre 178": one mark with two digits swapped, which may conflict."""

    def mark(source: str, v: int, unit: str, predicate: str) -> Claim:
        return claim(source, 1, q(v, unit=unit), kind="measure", counted=unit, predicate=predicate)

    assert not guards_allow(guard(mark("001", 20, "mi", "pass")), guard(mark("002", 19, "mi", "stop at")))
    assert guards_allow(guard(mark("001", 187, "km", "leave road at")), guard(mark("002", 178, "km", "leave road at")))



def test_a_length_hyphened_to_a_mark_names_a_place_on_the_route() -> None:
    """ "near the 22-mile mark" (where she collapsed) and "the 20-mile mark" (where runners were stopped): two marks
    of one course, as "mile 22" and "mile 20" are, not one length told two ways; a length hyphened to anything else
    is the thing's size ("a 22-mile route")."""

    def length(source: str, v: int, sentence: str) -> Claim:
        at = sentence.index(str(v))
        c = claim(source, at, q(v, unit="mi"), kind="measure", counted="length", predicate="reach", sentence=sentence)
        return replace(c, end=at + len(str(v)))

    a = length("001", 22, "She collapsed near the 22-mile mark.")
    b = length("002", 20, "Runners who had not reached the 20-mile mark were stopped.")
    assert guard(a).route_mark and not guards_allow(guard(a), guard(b))
    assert not guard(length("003", 22, "They ran a 22-mile route.")).route_mark


def test_a_date_is_no_rival_of_the_date_of_the_doing_its_clause_counts_from() -> None:
    """ "At 7.47am yesterday the crew crossed the finish line, 28 days after leaving La Gomera" times the crossing,
    told after the leaving; another outlet's "after leaving La Gomera ... on 10 December" dates that leaving: the two
    ends of one span, no rivals, however much the two sentences share."""
    import claimcheck

    nlp = claimcheck.load_model()
    crossed = claimcheck.extract_text(
        "001",
        "date 2026-01-09\n\nAt 7.47am UK time yesterday the crew crossed the finish line of the Atlantic row, 28 days,"
        " 21 hours and 47 minutes after leaving San Sebastián de La Gomera.\n",
        nlp,
    )
    left = claimcheck.extract_text(
        "002",
        "date 2026-01-09\n\nThe team reached the finish line at 03.47 on Thursday, 28 days, 12 hours and 47 minutes"
        " after leaving San Sebastián de La Gomera in the Canary Islands on 10 December.\n",
        nlp,
    )
    at = next(c for c in crossed if c.text == "At 7.47am")
    december = next(c for c in left if c.text == "10 December")
    assert not guards_allow(guard(at), guard(december))

def test_what_a_thing_cost_to_build_is_its_price_of_no_year() -> None:
    """ "The pavilion cost 6.2 million złoty to build" is the pavilion's price, told in any year after, and so a
    possible rival of another outlet's "opened in 2011 and cost 2.6 million złoty"; a plain "cost" keeps its year."""
    from claimcheck.reconcile.identity import era

    built = _money("000", "date 2026-03-02\n\nThe pavilion, opened in 2011, cost 6.2 million złoty to build.")
    assert era(built, {"000": 2026}) is None
    upgrade = _money("001", "date 2026-03-02\n\nThe upgrade cost 2.6 million złoty.")
    assert era(upgrade, {"001": 2026}) is not None


def test_lengths_one_sentence_lists_in_one_unit_are_several_things() -> None:
    """ "Patients at the hospital waited a median of 41 weeks for a new hip, compared with 26 weeks across the
    province": two waits, so another outlet's "a median of 26 weeks" is the province's and no rival of the
    hospital's 41; another outlet's 28 weeks, which the sentence does not list, may still be a rival of the 41."""
    texts = (
        (
            "001",
            "Patients at the hospital waited a median of 41 weeks for a new hip, compared with 26 weeks across the"
            " province.",
        ),
        ("002", "Hip patients in the province waited a median of 26 weeks."),
        ("003", "Hip patients waited a median of 28 weeks, the report said."),
    )
    at = _listed_guards(texts, "duration", "2026-03-11")
    assert not guards_allow(at("002", "26"), at("001", "41"))
    assert guards_allow(at("003", "28"), at("001", "41"))


def test_a_figure_that_counts_a_forecast_is_a_forecast_wherever_the_word_stands() -> None:
    """ "lowered its operating profit forecast for the year to 260 billion yen" is told against the forecast; "cut
    its full-year forecast by more than 40%, to ¥260 billion" counts the forecast too, with the word further off:
    both give what the forecast says, and a figure counting no forecast still differs from one told against it."""
    from claimcheck.types import FORECAST_HEDGE

    near = claim("000", 1, q(260), kind="money", counted="forecast", hedges=(FORECAST_HEDGE,))
    far = claim("001", 1, q(260), kind="money", counted="forecast")
    assert not other_identity(guard(near), guard(far), None, None)
    level = claim("002", 1, q(260), kind="money", counted="profit")
    assert other_identity(guard(near), guard(level), None, None)


@pytest.mark.parametrize("later", [False, True])
def test_a_time_an_article_with_no_date_line_gives_may_be_another_outlets_time_with_its_hour_slipped(
    tmp_path: Path, later: bool
) -> None:
    """ "The MV Kalinda Star overturned at about 4:40 p.m. on Saturday" and, in an article with no date line, "The
    ferry, operated by Sabo Lake Transport, overturned at around 5.40pm on Saturday": the same minute an hour apart
    is one time with its hour slipped, as it is between two dated articles. The undated clock is on the Saturday
    its weekday is read as (the one nearest the corpus's dates), not a week on; when the corpus's dates are too far
    apart to read a weekday by (``later``), no day of it is known, and none says it is another day."""
    (tmp_path / "001_wire.txt").write_text(
        "date 2024-08-18\nNews\n\nThe MV Kalinda Star overturned at about 4:40 p.m. on Saturday near the jetty,"
        " police said.\n",
        encoding="utf-8",
    )
    (tmp_path / "002_tv.txt").write_text(
        "News\n\nThe ferry, operated by Sabo Lake Transport, overturned at around 5.40pm on Saturday, minutes before"
        " it was due to dock.\n",
        encoding="utf-8",
    )
    if later:
        (tmp_path / "003_weekly.txt").write_text(
            "date 2024-08-30\nNews\n\nRelatives are still waiting for news from the lake.\n", encoding="utf-8"
        )
    got = group_texts(claimcheck.scan([tmp_path]), "conflict")
    assert any("at about 4:40 p.m." in g and "at around 5.40pm" in g for g in got)


@pytest.mark.parametrize(("told", "conflict"), [("3.38pm", True), ("4.83pm", False), ("10:31", False)])
def test_a_time_whose_day_no_sentence_gives_may_be_another_outlets_time_miscopied(
    tmp_path: Path, told: str, conflict: bool
) -> None:
    """ "The pulse was fired at 16.38 on Thursday" and, in a weekly dated five days later, "The record pulse began at
    3.38pm": the weekly's day is its own date line's only because its sentence gives none, and no day says it is
    another, so the same minute an hour apart is one time with its hour slipped (and two times whose minutes are
    no slip of each other stay apart)."""
    (tmp_path / "001_wire.txt").write_text(
        "date 2026-11-13\nNews\n\nThe record pulse was fired at 16.38 on Thursday, the laboratory said.\n",
        encoding="utf-8",
    )
    (tmp_path / "002_weekly.txt").write_text(
        f"date 2026-11-17\nNews\n\nThe record pulse began at {told} and was watched live by engineers.\n",
        encoding="utf-8",
    )
    got = group_texts(claimcheck.scan([tmp_path]), "conflict")
    assert any("at 16.38" in g and f"at {told}" in g for g in got) is conflict


def test_a_grown_persons_age_with_its_two_digits_swapped_is_compared(tmp_path: Path) -> None:
    """ "The 34-year-old nurse said she had walked six kilometres" and "Elena Popa (43) told local media she had
    walked six kilometres": ages five years apart or less were compared, one nine apart not, though the same age
    with its two digits swapped is as common a slip as a year off."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-03-10", "The 34-year-old nurse said she had walked six kilometres to reach her hospital."),
            ("002_b", "2026-03-10", "Elena Popa (43) told local media she had walked six kilometres to her hospital."),
        ],
    )
    assert {"34", "43"} in group_texts(result, "conflict")


def test_a_time_of_day_with_its_minutes_swapped_reads_as_a_slip_as_a_long_figure_does(tmp_path: Path) -> None:
    """ "formally appointed at 9.12am" and "a notice appointing [them] was lodged ... at 9.21am": two doings' words,
    but a time of day's four digits are as seldom swapped by chance as a figure of three, and say one time
    miscopied."""
    result = scan_texts(
        tmp_path,
        [
            (
                "001_a",
                "2026-01-13",
                "Calder Whitlock Advisory was formally appointed at 9.12am, after the chain's lender declined to"
                " extend a credit facility.",
            ),
            (
                "002_b",
                "2026-01-13",
                "The chain entered administration on Tuesday, when a notice appointing Calder Whitlock Advisory was"
                " lodged at the High Court at 9.21am.",
            ),
        ],
    )
    assert any({"at 9.12am", "at 9.21am"} <= g for g in group_texts(result, "conflict"))


def test_which_of_several_things_it_was_does_not_keep_an_hour_slipped_time_apart(tmp_path: Path) -> None:
    """ "The pumpkin was lifted onto the fair's scale by forklift at 3:40 p.m." and "The pumpkin was the last of the
    day's entries to go on the scale, at 4:40 p.m.": "the last of" the entries says which entry it was, not a last of
    several weighings, so the hour slipped is one time miscopied; "the first pumpkin" against "the second pumpkin"
    stays two events (as "the first leak" against "the leak" does: test_clock_times)."""
    wire = "The {}pumpkin was lifted onto the fair's certified scale by forklift at 3:40 p.m. on Saturday, they said."
    feature = (
        "The {}pumpkin was the {} of the day's entries to go on the scale, at 4:40 p.m. on Saturday, after a forklift"
        " operator spent 20 minutes easing it off a trailer."
    )
    found = []
    for first, second, which in (("", "", "last"), ("first ", "second ", "second")):
        folder = tmp_path / which
        folder.mkdir()
        got = group_texts(
            scan_texts(
                folder,
                [
                    ("001_wire", "2025-10-11", wire.format(first)),
                    ("002_feature", "2025-10-11", feature.format(second, which)),
                ],
            ),
            "conflict",
        )
        found.append(any("at 3:40 p.m." in g and "at 4:40 p.m." in g for g in got))
    assert found == [True, False]


@pytest.mark.parametrize(
    ("first", "other", "conflict"),
    [
        # one verb done to two kinds of thing is two doings, whatever day each is given
        ("The lioness was caught on Thursday, police said.", "The zebra was caught on Friday, police said.", False),
        ("The old dam was filled in 1984, records show.", "The new pools were filled in 1989, records show.", False),
        # a thing and a kind of it may be one thing, told two ways: the days conflict
        ("The lioness was caught on Thursday, police said.", "The big cat was caught on Friday, police said.", True),
        ("The ferry was built in 1984, records show.", "The vessel was built in 1989, records show.", True),
    ],
)
def test_one_doing_told_of_two_kinds_of_thing_is_two_doings(
    tmp_path: Path, first: str, other: str, conflict: bool
) -> None:
    result = scan_texts(tmp_path, [("001_gazette", "2026-10-23", first), ("002_times", "2026-10-23", other)])
    dates = {c.text for c in result.claims if c.kind == "date"}
    assert len(dates) == 2
    assert (dates in group_texts(result, "conflict")) is conflict
