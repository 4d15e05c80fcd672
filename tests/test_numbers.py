"""The quantity normaliser: parse_quantity, find_quantities, resolve_all_but."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.extract.numbers import (
    QuantityMatch,
    find_ordinals,
    find_quantities,
    is_currency_word,
    letter_signs_in,
    parse_ordinal,
    parse_quantity,
    resolve_all_but,
    to_base,
    unit_dimension,
)
from claimcheck.types import Quantity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "duckling"


def ex(v: Any, unit: str | None = None, whole: Any = None, all_but: Any = None) -> Quantity:
    return Quantity(value=v, low=v, high=v, unit=unit, whole=whole, all_but=all_but)


def iv(
    low: Any,
    high: Any,
    value: Any = None,
    lo_inc: bool = True,
    hi_inc: bool = True,
    approx: bool = False,
    unit: str | None = None,
) -> Quantity:
    return Quantity(
        value=value, low=low, high=high, low_inclusive=lo_inc, high_inclusive=hi_inc, approximate=approx, unit=unit
    )


PARSE_CASES: list[tuple[str, Quantity | None]] = [
    # digits, separators, decimals, scales
    ("17", ex(17)),
    ("1,234", ex(1234)),
    ("128,000", ex(128000)),
    ("3.5", ex(3.5)),
    ("1.7 million", ex(1700000)),
    ("3 million", ex(3000000)),
    ("1.5 thousand", ex(1500)),
    ("2014", ex(2014)),
    ("  the 17  ", ex(17)),
    # currency and percent
    ("€500m", ex(500000000, "EUR")),
    ("£2.5bn", ex(2500000000, "GBP")),
    ("$3 million", ex(3000000, "USD")),
    # a scale hyphened to its figure, as an adjective before a noun ("a $12-million lift", "a ₹3.2-crore project")
    ("$12-million", ex(12000000, "USD")),
    ("₹3.2-crore", ex(32000000, "INR")),
    ("US$5bn", ex(5000000000, "USD")),
    ("£40k", ex(40000, "GBP")),
    ("50%", ex(50, "%")),
    ("50 per cent", ex(50, "%")),
    ("50 percent", ex(50, "%")),
    ("fifty per cent", ex(50, "%")),
    ("3 percentage points", ex(3, "pp")),
    # basis points, hundredths of a percentage point, written out or glued ("200 basis points", "+200bp", "75 bps")
    ("200 basis points", ex(200, "bp")),
    ("200bp", ex(200, "bp")),
    ("75 bps", ex(75, "bp")),
    # number words
    ("nine", ex(9)),
    ("seventeen", ex(17)),
    ("Seventeen", ex(17)),
    ("twenty-one", ex(21)),
    ("twenty one", ex(21)),
    ("one hundred and five", ex(105)),
    ("a hundred", ex(100)),
    ("two thousand and twelve", ex(2012)),
    ("three million", ex(3000000)),
    ("half a billion", ex(500000000)),
    ("half a million", ex(500000)),
    ("two and a half million", ex(2500000)),
    ("a million and a half", ex(1500000)),
    ("fourteen hundred", ex(1400)),
    ("nineteen eighty-four", ex(1984)),
    ("seven hundred twenty-one thousand and twelve", ex(721012)),
    ("minus ten", ex(-10)),
    # collectives
    ("a dozen", ex(12)),
    ("two dozen", ex(24)),
    ("a couple", ex(2)),
    ("a couple of", ex(2)),
    ("a pair of", ex(2)),
    ("a few", iv(2, 5, 3, approx=True)),
    ("a few hundred", iv(200, 500, 300, approx=True)),
    ("a couple of hundred", ex(200)),
    ("dozens", iv(24, None, approx=True)),
    ("dozens of", iv(24, None, approx=True)),
    ("hundreds", iv(200, None, approx=True)),
    ("thousands of", iv(2000, None, approx=True)),
    ("tens of thousands", iv(20000, None, approx=True)),
    ("hundreds of thousands of", iv(200000, None, approx=True)),
    # comparatives
    ("more than a dozen", iv(12, None, lo_inc=False)),
    ("over 20", iv(20, None, lo_inc=False)),
    ("more than 20", iv(20, None, lo_inc=False)),
    ("well over 20", iv(20, None, lo_inc=False)),
    ("at least 20", iv(20, None)),
    ("20 or more", iv(20, None)),
    ("no fewer than 20", iv(20, None)),
    ("20+", iv(20, None)),
    ("fewer than ten", iv(None, 10, hi_inc=False)),
    ("less than 10", iv(None, 10, hi_inc=False)),
    ("under 10", iv(None, 10, hi_inc=False)),
    ("at most 5", iv(None, 5)),
    ("no more than 5", iv(None, 5)),
    ("up to 5", iv(None, 5)),
    ("5 or fewer", iv(None, 5)),
    ("more than 50%", iv(50, None, lo_inc=False, unit="%")),
    # hedges
    ("nearly 400", iv(360, 400, 400, approx=True)),
    ("almost 400", iv(360, 400, 400, approx=True)),
    ("just under 400", iv(360, 400, 400, hi_inc=False, approx=True)),
    ("just over 400", iv(400, 440, 400, lo_inc=False, approx=True)),
    ("about 50", iv(45, 55, 50, approx=True)),
    ("around 50", iv(45, 55, 50, approx=True)),
    ("some 50", iv(45, 55, 50, approx=True)),
    ("roughly 50", iv(45, 55, 50, approx=True)),
    ("approximately 50", iv(45, 55, 50, approx=True)),
    ("an estimated 50", iv(45, 55, 50, approx=True)),
    ("50 or so", iv(45, 55, 50, approx=True)),
    ("about £2m", iv(1800000, 2200000, 2000000, approx=True, unit="GBP")),
    # ranges
    ("between 20 and 30", iv(20, 30)),
    ("20 to 30", iv(20, 30)),
    ("20-30", iv(20, 30)),
    ("20–30", iv(20, 30)),
    ("from 20 to 30", iv(20, 30)),
    ("two or three", iv(2, 3)),
    ("2 to 3 million", iv(2000000, 3000000)),
    ("20-30%", iv(20, 30, unit="%")),
    ("€2-3bn", iv(2000000000, 3000000000, unit="EUR")),
    ("about 20 to 30", iv(20, 30, approx=True)),
    ("30 to 20", None),
    # parts of a whole
    ("16 of the 17", ex(16, whole=17)),
    ("16 of 17", ex(16, whole=17)),
    ("16 out of 17", ex(16, whole=17)),
    ("five of the eight", ex(5, whole=8)),
    ("all but one", Quantity(value=None, low=None, high=None, all_but=1)),
    ("all but one of the 17", ex(16, whole=17, all_but=1)),
    ("none of the 17", ex(0, whole=17)),
    ("all 17", ex(17, whole=17)),
    ("all of the 17", ex(17, whole=17)),
    ("three of the", None),
    # restatement in brackets
    ("five (5)", ex(5)),
    # not quantities
    ("", None),
    ("the", None),
    ("someone", None),
    ("first", None),
    ("third", None),
    ("hello world", None),
    ("17 officers", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_quantity(text: str, expected: Quantity | None) -> None:
    assert parse_quantity(text) == expected


def test_parse_values_are_ints_when_integral() -> None:
    q = parse_quantity("1.7 million")
    assert q is not None and isinstance(q.value, int)
    q = parse_quantity("3.5")
    assert q is not None and isinstance(q.value, float)


FIND_CASES: list[tuple[str, list[tuple[str, Quantity]]]] = [
    ("16 of the 17 officers involved in the case refused to answer questions", [("16 of the 17", ex(16, whole=17))]),
    (
        "Basic errors by police allowed him to drug and sexually assault more than a dozen other men.",
        [("more than a dozen", iv(12, None, lo_inc=False))],
    ),
    (
        "He was convicted of a total of 22 offences against 11 men, including the four murders, four rapes, "
        "10 counts of administering a substance",
        [("22", ex(22)), ("11", ex(11)), ("four", ex(4)), ("four", ex(4)), ("10", ex(10))],
    ),
    ("no one was hurt", []),
    # "scores" is a quantity only as "scores of": "exam scores", "the scores of the candidates" are results
    ("Scores of homes were flooded.", [("Scores of", iv(40, None, approx=True))]),
    ("Exam scores are used to fill university places.", []),
    ("The scores of the pupils were annulled.", []),
    ("Someone told anyone who asked; the one who left said nothing to one another.", []),
    ("One of the men died", [("One", ex(1))]),
    ("three of the men died", [("three", ex(3))]),
    ("Five of the eight people under investigation are serving officers.", [("Five of the eight", ex(5, whole=8))]),
    ("Nearly 400 residents were evacuated", [("Nearly 400", iv(360, 400, 400, approx=True))]),
    ("as about 250 firefighters fought the blaze", [("about 250", iv(225, 275, 250, approx=True))]),
    ("Hundreds of residents fled", [("Hundreds of", iv(200, None, approx=True))]),
    ("a dozen of the men", [("a dozen", ex(12))]),
    ('"All but one gave no-comment interviews"', [("All but one", Quantity(None, None, None, all_but=1))]),
    ("The deal is worth €500m, up from £2.5bn.", [("€500m", ex(500000000, "EUR")), ("£2.5bn", ex(2500000000, "GBP"))]),
    ("Turnout rose 5 per cent to 61%.", [("5 per cent", ex(5, "%")), ("61%", ex(61, "%"))]),
    ("It happened in 2014.", [("2014", ex(2014))]),
    ("between 20 and 30 people", [("between 20 and 30", iv(20, 30))]),
    ("prices fell from 30 to 20", [("30", ex(30)), ("20", ex(20))]),
    ("the toll rose from 3 to 7", [("3", ex(3)), ("7", ex(7))]),
    # a comma right after the word of change still leaves it governing the "from"
    ("Enrolment actually ticked up, from 6,490 to 6,515.", [("6,490", ex(6490)), ("6,515", ex(6515))]),
    # a figure set anew, in any form of the verb
    (
        "raising the total paid out from £1.46 million to £1.49 million",
        [("£1.46 million", ex(1460000, "GBP")), ("£1.49 million", ex(1490000, "GBP"))],
    ),
    ("the toll was corrected from 12 to 11", [("12", ex(12)), ("11", ex(11))]),
    # a verb of moving a thing it names to a new level: a change; with nothing named between, a range
    (
        "taking the top hourly rate from $22.40 to $25.56",
        [("$22.40", ex(22.4, "USD")), ("$25.56", ex(25.56, "USD"))],
    ),
    ("took the peak-hour fare from 840 to 900", [("840", ex(840)), ("900", ex(900))]),
    ("the trip takes from two to three hours", [("from two to three", iv(2, 3, unit="hour"))]),
    (
        "it takes from 2 to 3 hours and costs from 20 to 30 dollars",
        [("from 2 to 3", iv(2, 3, unit="hour")), ("from 20 to 30", iv(20, 30, unit="USD"))],
    ),
    # a gapped clause joined to a change, its noun the one the first change's "from" follows: a change too
    (
        "raised the peak fare from 840 to 900, or 7.1%, and the off-peak fare from 760 to 810",
        [("840", ex(840)), ("900", ex(900)), ("7.1%", ex(7.1, "%")), ("760", ex(760)), ("810", ex(810))],
    ),
    (
        "raised the fare from 840 to 900 and the tour lasts from 2 to 3",
        [("840", ex(840)), ("900", ex(900)), ("from 2 to 3", iv(2, 3))],
    ),
    ("the index slid 40 to 7,210", [("40", ex(40)), ("7,210", ex(7210))]),  # a change, then a level
    ("the shares tumbled 9 to 212", [("9", ex(9)), ("212", ex(212))]),
    ("from 20 to 30 people attended", [("from 20 to 30", iv(20, 30))]),
    ("a 17-year-old was arrested", [("17", ex(17))]),
    ("in mid-2014", [("2014", ex(2014))]),
    ("nineteen eighty-four", [("nineteen eighty-four", ex(1984))]),
    ("twenty thirty fifty hundred", [("twenty", ex(20)), ("thirty", ex(30)), ("fifty hundred", ex(5000))]),
    ("one, two and three", [("one", ex(1)), ("two", ex(2)), ("three", ex(3))]),
    ("five (5) counts", [("five (5)", ex(5))]),
    ("between 12 - 15 people", [("between 12 - 15", iv(12, 15))]),
    # a capitalised word after a spaced dash opens a new clause: "Nov 4 - Two men", no range from 4 to 2
    ("OSLO, Nov 3 - Five men were held", [("3", ex(3)), ("Five", ex(5))]),
    # volts, as power lines are told
    ("a 33kV line was cut", [("33kV", ex(33, unit="kV"))]),
    ("a 240-volt socket", [("240", ex(240, unit="V"))]),
    # a parent hyphened to "of" and a number: the parent's children
    ("the mother-of-two was freed", [("two", ex(2))]),
    # "a.s.l." after a unit is above sea level, not the "a.m." of a clock
    ("it released at 2650 m a.s.l. on the face", [("2650", ex(2650, unit="m"))]),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_quantities(text: str, expected: list[tuple[str, Quantity]]) -> None:
    got = find_quantities(text)
    assert [(m.text, m.quantity) for m in got] == expected
    for m in got:
        assert text[m.start : m.end] == m.text


NOT_QUANTITIES = [
    "COVID-19 spread",
    "Covid-19 spread",
    "GHB2 and A1 roads",
    "the first time",
    "the 3rd and 22nd of May",
    "the twenty-first century",
    "the one hundred and first day",
    "a one-off payment",
    "the 1990s",
    "at 10:30",
    "at 3 p.m.",
    "at 3 a.m. on Friday",
    "at 10am",
    "open 24/7",
    "version 3.5.1",
    "the 2014-15 season",
    "call 020 7946 0958 now",
    "call +44 20 7946 0958 now",
    "call +441234567890 now",
    "up +5 on the day",
    "3M shares",
    "someone, anyone, everyone, no one",
    "one another",
    "a single mother",
    "a best-of-five series",
    "few people",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_find_no_false_positives(text: str) -> None:
    assert find_quantities(text) == []


def test_a_change_with_its_plus_sign_is_a_share() -> None:
    """ "food and non-alcoholic beverages +1.9%", "+200bp to 18.0%": a plus sign before a share is the change's sign
    (a dialling code's "+" before digits is not)."""
    text = "food +1.9%, housing/utilities +4.6%; the bank moved +200bp to 18.0%"
    assert [(m.text, m.quantity) for m in find_quantities(text)] == [
        ("1.9%", ex(1.9, "%")),
        ("4.6%", ex(4.6, "%")),
        ("200bp", ex(200, "bp")),
        ("18.0%", ex(18, "%")),
    ]


def test_basis_points_compare_with_percentage_points() -> None:
    """ "a 200bp rise" and "2 percentage points" are one change: basis points are hundredths of a point."""
    from claimcheck.extract.numbers import to_base, unit_dimension

    assert unit_dimension("bp") == unit_dimension("pp") == "pp"
    assert to_base(200, "bp") == to_base(2, "pp") == 2.0


def test_matches_are_sorted_and_disjoint() -> None:
    text = "About 50 of the 70 staff, 12 people and more than 2,000 residents; 20-30% and £3m."
    got = find_quantities(text)
    assert [m.text for m in got] == ["About 50", "70", "12", "more than 2,000", "20-30%", "£3m"]
    for a, b in zip(got, got[1:], strict=False):
        assert a.end <= b.start


def test_match_is_frozen_dataclass() -> None:
    m = find_quantities("17 officers")[0]
    assert m == QuantityMatch(0, 2, ex(17), "17")
    with pytest.raises(AttributeError):
        m.start = 3  # type: ignore[misc]


SENTENCES = [text for text, _ in FIND_CASES] + [
    "Two dozen officers and 1.5 thousand residents, between £2m and £3m, about a dozen, at least 20, "
    "up to 5 people, 20 or more, half a billion dollars, nine, a couple of weeks, a few hundred.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_parse_agrees_with_find(text: str) -> None:
    for m in find_quantities(text):
        written = text[m.start : m.unit_end or m.end]  # with a unit word kept out of the span
        assert parse_quantity(written) == m.quantity, written
        whole = find_quantities(written)
        assert len(whole) == 1 and whole[0].quantity == m.quantity


def test_resolve_all_but() -> None:
    q = parse_quantity("all but one")
    assert q is not None
    r = resolve_all_but(q, 17)
    assert r == ex(16, whole=17, all_but=1)
    assert r.is_point
    plain = ex(5)
    assert resolve_all_but(plain, 17) is plain


def _duckling() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((FIXTURES / "numeral_en.json").read_text(encoding="utf-8"))
    return data


def test_duckling_numerals_at_least_95_percent() -> None:
    data = _duckling()
    misses = []
    for item in data:
        q = parse_quantity(item["text"])
        exp = float(item["expected_value"])
        if q is None or q.value is None or abs(float(q.value) - exp) > 1e-9 * max(1.0, abs(exp)):
            misses.append((item["text"], item["expected_value"], None if q is None else q.value))
    right = len(data) - len(misses)
    assert len(data) >= 100
    assert right / len(data) >= 0.95, misses


# -- news constructions: abbreviations, bounds, shares, ratios, units, money, conversions, ordinals ---------


def pct(v: Any, approx: bool = False) -> Quantity:
    return Quantity(value=v, low=v, high=v, unit="%", approximate=approx)


# (sentence, [(match text, quantity)]) -- every match of the sentence, in order
NEWS_CASES: list[tuple[str, list[tuple[str, Quantity]]]] = [
    # abbreviations and multiples
    ("Organisers counted 275k marchers.", [("275k", ex(275000))]),
    ("The petition passed 2.3k signatures.", [("2.3k", ex(2300))]),
    ("Downloads grew 8x in a year.", [("8x", ex(8, "x"))]),
    ("Usage was more than 8x the normal level.", [("more than 8x", iv(8, None, lo_inc=False, unit="x"))]),
    ("Fares rose four times faster than wages.", [("four", ex(4, "x"))]),  # "N times" + comparative: a multiple
    ("Bookings ran at over six times that of a May week.", [("over six", iv(6, None, lo_inc=False, unit="x"))]),
    ("The rally drew 2 times the crowd of the previous year.", [("2", ex(2, "x"))]),
    ("The lift was inspected five times last year.", [("five", ex(5))]),  # occasions, not a multiple
    ("The fund holds 5bn in reserves.", [("5bn", ex(5000000000))]),
    # bounds
    ("Sales went beyond 1,000 units.", [("beyond 1,000", iv(1000, None, lo_inc=False))]),
    ("Crowds exceeding 30 people were banned.", [("exceeding 30", iv(30, None, lo_inc=False))]),
    ("Ridership tops one million trips.", [("tops one million", iv(1000000, None))]),
    ("Exports topped 400 tonnes.", [("topped 400", iv(400, None, unit="t"))]),
    ("a threshold of ≥ 30 cases", [("≥ 30", iv(30, None))]),
    ("a threshold of > 30 cases", [("> 30", iv(30, None, lo_inc=False))]),
    ("patients aged < 5 years", [("< 5", iv(None, 5, hi_inc=False, unit="year"))]),
    ("the toll could be as high as 1,000", [("as high as 1,000", iv(None, 1000, approx=True))]),
    ("as many as 40 boats sank", [("as many as 40", iv(None, 40, approx=True))]),
    ("as few as 3 staff remained", [("as few as 3", iv(3, None, approx=True))]),
    ("Police said about a 1,000 people came.", [("about a 1,000", iv(900, 1100, 1000, approx=True))]),
    ("more than a 1,000 people came", [("more than a 1,000", iv(1000, None, lo_inc=False))]),
    # a bound on one unit is a figure; a bare or hedged one is not ("an hour later", "about a mile below")
    ("The meeting ran for more than an hour.", [("more than an", iv(1, None, lo_inc=False, unit="hour"))]),
    ("The water rose in less than an hour.", [("less than an", iv(None, 1, hi_inc=False, unit="hour"))]),
    ("The tower stood nearly a mile from the river.", [("nearly a", iv(0.9, 1, 1, approx=True, unit="mi"))]),
    ("He was found about a mile below the bridge.", []),
    # in a sentence with no digit too
    ("Cars lay under a METRE of snow.", [("under a", iv(None, 1, hi_inc=False, unit="m"))]),
    ("He faces imprisonment for up to a year.", [("up to a", iv(None, 1, unit="year"))]),
    ("Cars lay under the snow.", []),
    # a measure given twice with a slash after its unit is two figures; a slash between bare numbers is neither
    ("a runway 7,700 feet/2,347 meters long", [("7,700", ex(7700, "ft")), ("2,347", ex(2347, "m"))]),
    ("open 24/7, scored 3/10", []),
    # one unit and a half, with the unit between its halves, and never half of what follows
    ("The bypass lasted a day and a half.", [("a day and a half", ex(1.5, "day"))]),
    ("a day and a half of ambulance bypass", [("a day and a half", ex(1.5, "day"))]),
    ("They walked a mile and a half to the road.", [("a mile and a half", ex(1.5, "mi"))]),
    # one unit of time and an amount of a smaller one, a compound whose first number is "a"
    ("Help came an hour and 25 minutes later.", [("an hour and 25", ex(85, "minute"))]),
    ("She was jailed for a year and three months.", [("a year and three", ex(1.25, "year"))]),
    ("It took an hour and 40 people were saved.", [("an", ex(1, "hour")), ("40", ex(40))]),
    # one unit of time after a word that takes a length of time is one unit; a fortnight is two weeks
    ("He was banned from cricket for a decade.", [("a", ex(1, "decade"))]),
    ("Refunds will be paid within a fortnight.", [("a", ex(2, "week"))]),
    ("The road stayed closed for a week after the crash.", [("a", ex(1, "week"))]),
    ("Repairs will take about a year.", [("about a", iv(0.9, 1.1, value=1, approx=True, unit="year"))]),
    ("The road was shut for more than a fortnight.", [("more than a", iv(2, None, lo_inc=False, unit="week"))]),
    # but not an hour told as a moment, a rate or one of a few
    ("Help came an hour later.", []),
    ("It had been shut for a year or so.", []),
    ("Nurses work 44 hours a week.", [("44", ex(44, "hour"))]),
    (
        "more than 100 but fewer than 200 people",
        [("more than 100 but fewer than 200", iv(100, 200, lo_inc=False, hi_inc=False))],
    ),
    ("at least 5 and at most 10 cars", [("at least 5 and at most 10", iv(5, 10))]),
    (
        "fewer than 50 but more than 20 birds",
        [("fewer than 50 but more than 20", iv(20, 50, lo_inc=False, hi_inc=False))],
    ),
    (
        "more than 100 but fewer than 80 people",
        [("more than 100", iv(100, None, lo_inc=False)), ("fewer than 80", iv(None, 80, hi_inc=False))],
    ),
    # fractions of a scale are numbers
    ("an estimated half million people", [("an estimated half million", iv(450000, 550000, 500000, approx=True))]),
    ("a quarter million visitors", [("a quarter million", ex(250000))]),
    ("The club grew to over a quarter-million members.", [("over a quarter-million", iv(250000, None, lo_inc=False))]),
    ("a half-million doses", [("a half-million", ex(500000))]),
    ("half a million doses", [("half a million", ex(500000))]),
    ("a half million doses", [("a half million", ex(500000))]),
    ("three quarters of a million homes", [("three quarters of a million", ex(750000))]),
    # shares: a fraction of a group in percent
    ("two thirds of voters backed it", [("two thirds", pct(66.67, True))]),
    ("two-thirds of voters backed it", [("two-thirds", pct(66.67, True))]),
    ("three quarters of the homes flooded", [("three quarters", pct(75))]),
    ("one quarter of them were children", [("one quarter", pct(25))]),
    ("a fifth of nurses quit", [("a fifth", pct(20))]),
    ("half of the staff were sent home", [("half", pct(50))]),
    ("the firm cut half its workforce", [("half", pct(50))]),  # "half" before a determiner, as "half of"
    ("half the crop was lost", [("half", pct(50))]),
    ("it took a day and a half the first time", [("a day and a half", ex(1.5, "day"))]),
    ("almost a third of the budget", [("almost a third", iv(29.997, 33.33, 33.33, approx=True, unit="%"))]),
    ("the boat sank in an hour and a half", [("an hour and a half", ex(1.5, "hour"))]),  # a duration, no share
    ("the second half of the season", []),
    ("he won a third term", []),
    # the amount of a change, its phrase ended by a preposition or a word of time
    ("bus use has fallen by a quarter since the spring", [("a quarter", pct(25))]),
    ("fares rose by a fifth last year", [("a fifth", pct(20))]),
    ("the shop was sold by a third party", []),
    ("a one-third stake", [("one-third", pct(33.33, True))]),
    ("three halves", [("three halves", ex(1.5))]),
    # digit fractions are numbers
    ("the river rose 1 1/2 metres", [("1 1/2", ex(1.5, "m"))]),
    ("a 2½ mile walk", [("2½", ex(2.5, "mi"))]),
    # ratios
    ("one in five nurses left", [("one in five", pct(20))]),
    ("2 in 5 people agreed", [("2 in 5", pct(40))]),
    ("About one in four patients was admitted.", [("About one in four", iv(22.5, 27.5, 25, approx=True, unit="%"))]),
    ("one in every three homes", [("one in every three", pct(33.33, True))]),
    ("He scored 3 in 2019.", [("3", ex(3)), ("2019", ex(2019))]),
    # measures after the number
    ("winds of 100mph", [("100mph", ex(100, "mph"))]),
    ("gusts of 170 km/h", [("170", ex(170, "km/h"))]),
    ("gusts of 170 kph", [("170", ex(170, "km/h"))]),
    ("a tower 30 m tall", [("30", ex(30, "m"))]),
    ("a wall 12 metres high and 40 meters long", [("12", ex(12, "m")), ("40", ex(40, "m"))]),
    ("at 3,000 ft", [("3,000", ex(3000, "ft"))]),
    ("a 6-foot fence", [("6", ex(6, "ft"))]),
    ("nearly 12 sq km of forest", [("nearly 12", iv(11, 12, 12, approx=True, unit="km2"))]),
    ("an area of 40 square kilometres", [("40", ex(40, "km2"))]),
    ("a high of 25C", [("25C", ex(25, "°C"))]),
    ("a high of 25°C", [("25°C", ex(25, "°C"))]),
    ("a high of 25 degrees Celsius", [("25", ex(25, "°C"))]),
    ("a low of 14F", [("14F", ex(14, "°F"))]),
    ("a 100m sprint", [("100m", ex(100, "m"))]),
    # a glued "m" before a unit of money, mass or volume is millions: no length is counted in tonnes
    ("a ransom of 250m naira", [("250m", ex(250000000, "NGN"))]),
    ("7.5m tonnes of wheat", [("7.5m", ex(7500000, "t"))]),
    ("3m litres were pumped out", [("3m", ex(3000000, "l"))]),
    ("dived 40m in the lake", [("40m", ex(40, "m"))]),
    ("a parcel of 5.5 kg", [("5.5", ex(5.5, "kg"))]),
    ("5kg of rice", [("5kg", ex(5, "kg"))]),
    # the small masses of a medicine's dose or impurity
    ("up to 96 ng per tablet", [("up to 96", iv(None, 96, unit="ng"))]),
    ("96 micrograms per tablet", [("96", ex(96, "µg"))]),
    ("a dose of 400mcg", [("400mcg", ex(400, "µg"))]),
    ("200 litres of water", [("200", ex(200, "l"))]),
    ("300 hectares burned", [("300", ex(300, "ha"))]),
    ("40 acres of land", [("40", ex(40, "acre"))]),
    ("he drove 20 miles", [("20", ex(20, "mi"))]),
    ("a 10 kilometre race", [("10", ex(10, "km"))]),
    ("a cut 3 inches long", [("3", ex(3, "in"))]),
    ("a 7.8-magnitude quake", [("7.8", ex(7.8, "magnitude"))]),
    ("a 7.8 magnitude quake", [("7.8", ex(7.8, "magnitude"))]),
    ("a magnitude 7.7 quake", [("7.7", ex(7.7, "magnitude"))]),
    ("a quake of magnitude 6.1", [("6.1", ex(6.1, "magnitude"))]),
    ("a magnitude of 7.7", [("7.7", ex(7.7, "magnitude"))]),
    ("a magnitude-5.9 tremor", [("5.9", ex(5.9, "magnitude"))]),
    ("a Category 3 storm", [("3", ex(3, "category"))]),
    # acidity's scale, written "pH" before the number; a party's "PH" is no scale
    ("the stream measured pH 1.2 downstream", [("1.2", ex(1.2, "pH"))]),
    ("samples showed a pH of 2.1", [("2.1", ex(2.1, "pH"))]),
    ("BN contested 20 seats and PH eight", [("20", ex(20)), ("eight", ex(8))]),
    # a rating after "a" is on a scale of its own; without it the word may name a floor or a size of goods
    ("it was a size 2.5 slide", [("2.5", ex(2.5, "size"))]),
    ("a force 8 gale", [("8", ex(8, "force"))]),
    ("a level 4 alert", [("4", ex(4, "level"))]),
    ("parked on level 2", [("2", ex(2))]),
    ("she wears size 6 boots", [("6", ex(6))]),
    ("a 10-point lead", [("10", ex(10, "point"))]),
    ("a lead of 4 points", [("4", ex(4, "point"))]),
    ("two weeks later", [("two", ex(2, "week"))]),
    ("a 25-year-old man", [("25", ex(25))]),
    ("he was 25 years old", [("25", ex(25))]),
    ("room for 5 g of salt", [("5", ex(5))]),
    ("There are two in my car", [("two", ex(2))]),
    # percentages and points
    ("a share of 51.9%", [("51.9%", ex(51.9, "%"))]),
    ("some 48.1 per cent", [("some 48.1 per cent", iv(48.0, 48.2, 48.1, approx=True, unit="%"))]),
    # a hedge strays no further than the step its figure was rounded to, and never more than a tenth of it
    ("about 39% of members", [("about 39%", iv(38, 40, 39, approx=True, unit="%"))]),
    ("about 40 trucks", [("about 40", iv(36, 44, 40, approx=True))]),
    ("roughly 318,000 homes", [("roughly 318,000", iv(317000, 319000, 318000, approx=True))]),
    ("about 25 miles", [("about 25", iv(22.5, 27.5, 25, approx=True, unit="mi"))]),
    ("nearly 470 staff", [("nearly 470", iv(460, 470, 470, approx=True))]),
    ("around 6 people", [("around 6", iv(5.4, 6.6, 6, approx=True))]),
    # a whole count given to the unit, four digits or more, is hedged to its unit: "some 1,206" is not 1,260
    ("some 1,206 ballot papers", [("some 1,206", iv(1205, 1207, 1206, approx=True))]),
    ("turnout of 72.2%", [("72.2%", ex(72.2, "%"))]),
    ("a 3 percentage point swing", [("3 percentage point", ex(3, "pp"))]),
    # money
    ("a grant of US$5m", [("US$5m", ex(5000000, "USD"))]),
    ("a bill of A$30m", [("A$30m", ex(30000000, "AUD"))]),
    # Australian style puts the country after the sign
    ("a ransom of $US4.5m", [("$US4.5m", ex(4500000, "USD"))]),
    ("fines of $A2.1 million", [("$A2.1 million", ex(2100000, "AUD"))]),
    ("a $NZ40m loan", [("$NZ40m", ex(40000000, "NZD"))]),
    ("a fine of Rs 6 lakh", [("Rs 6 lakh", ex(600000, "INR"))]),
    ("funds of Rp 1.8 billion", [("Rp 1.8 billion", ex(1800000000, "IDR"))]),  # the rupiah, set apart by a space
    ("a fund of S/ 1.5 million", [("S/ 1.5 million", ex(1500000, "PEN"))]),  # the Peruvian sol's sign
    ("was fined S/214,000 in 2023", [("S/214,000", ex(214000, "PEN")), ("2023", ex(2023))]),
    ("gave S/. 30,000 each", [("S/. 30,000", ex(30000, "PEN"))]),
    ("announced MT 54 million in funds", [("MT 54 million", ex(54000000, "MZN"))]),  # the metical's sign
    ("shipped 5,000 MT of rice", [("5,000", ex(5000))]),  # after a number, "MT" is no currency
    ("his/her 5 votes", [("5", ex(5))]),  # a slash of two words is no sign
    ("fined 214,000 soles", [("214,000", ex(214000, "PEN"))]),  # (the currency word is its unit_end)
    # other currencies named after the amount
    ("insurance of 3.5 million lira", [("3.5 million", ex(3500000, "TRY"))]),
    ("2.5 million Turkish lira", [("2.5 million", ex(2500000, "TRY"))]),
    ("a fare of 500 Egyptian pounds", [("500", ex(500, "EGP"))]),
    # a currency named by its country's adjective that the table does not name is the currency word's
    ("a fare of 5,000 Congolese francs", [("5,000", ex(5000, "FRANC"))]),
    ("a fine of 500 Jordanian dinars", [("500", ex(500, "DINAR"))]),
    ("500 Swiss francs", [("500", ex(500, "CHF"))]),
    ("gave 500 Ukrainians shelter", [("500", ex(500))]),
    ("3 pounds of sugar", [("3", ex(3, "lb"))]),  # pounds with no country's name: a weight
    ("paid 10,000 kwacha", [("10,000", ex(10000, "KWACHA"))]),
    ("a fee of 1,200 birr", [("1,200", ex(1200, "ETB"))]),
    # the world's other currencies English names after an amount
    ("a grant of 500,000 kina", [("500,000", ex(500000, "PGK"))]),
    ("fined 3,000 lek", [("3,000", ex(3000, "ALL"))]),
    ("a fare of 40,000 kip", [("40,000", ex(40000, "LAK"))]),
    ("wages of 1,500 bolivianos", [("1,500", ex(1500, "BOB"))]),
    ("paid 200 manat", [("200", ex(200, "MANAT"))]),  # Azerbaijan's or Turkmenistan's, as the corpus says
    ("fined it 30,000 lei", [("30,000", ex(30000, "RON"))]),
    ("fined it 30.000 lei", [("30.000", ex(30000, "RON"))]),  # thousands grouped by a point
    ("a fine of 15.000 pesos", [("15.000", ex(15000, "PESO"))]),
    ("a grant worth 1.250.000 pesos", [("1.250.000", ex(1250000, "PESO"))]),  # two points: no decimal
    ("a crowd of 1.250.000 people", [("1.250.000", ex(1250000))]),
    ("paid 1.500 dinars", [("1.500", ex(1.5, "DINAR"))]),  # a dinar has thousandths
    ("raised $1.500 million", [("$1.500 million", ex(1500000, "USD"))]),  # a scale: the point is a decimal one
    # a bare "$" before thousands grouped by a point is the peso sign, as Latin America writes it
    ("a bonus of $450.000 each", [("$450.000", ex(450000, "PESO"))]),
    ("worth US$450.000", [("US$450.000", ex(450000, "USD"))]),
    ("a fine of 25 000 Kč", [("25 000", ex(25000, "CZK"))]),  # the koruna's sign, after the amount
    ("paid 2,400 forint each", [("2,400", ex(2400, "HUF"))]),
    ("sold for 500,000 dong", [("500,000", ex(500000, "VND"))]),
    ("a ticket of ₸5,000", [("₸5,000", ex(5000, "KZT"))]),
    ("a fare of ₺120", [("₺120", ex(120, "TRY"))]),
    # the won after a large amount; after a small bare number "won" is the verb
    ("a fine of 12 million won", [("12 million", ex(12000000, "KRW"))]),
    ("wages of 9,860 won an hour", [("9,860", ex(9860, "KRW"))]),
    ("of the 30 races, 12 won", [("30", ex(30)), ("12", ex(12))]),
    # Indian digit grouping: pairs of digits before the last three
    ("each family gets Rs 4,00,000 in aid", [("Rs 4,00,000", ex(400000, "INR"))]),
    ("a crowd of 1,20,000 gathered", [("1,20,000", ex(120000))]),
    ("a fine of Rs. 2,000", [("Rs. 2,000", ex(2000, "INR"))]),
    ("a loss of 1.2 crore rupees", [("1.2 crore", ex(12000000, "INR"))]),
    ("a fee of £1.2m", [("£1.2m", ex(1200000, "GBP"))]),
    ("a deal worth $4bn", [("$4bn", ex(4000000000, "USD"))]),
    ("a deal worth €10B", [("€10B", ex(10000000000, "EUR"))]),
    ("5 million euros in aid", [("5 million", ex(5000000, "EUR"))]),
    ("he paid 300 dollars", [("300", ex(300, "USD"))]),
    ("it cost 40 Canadian dollars", [("40", ex(40, "CAD"))]),
    ("a budget of Sh2bn", [("Sh2bn", ex(2000000000, "SHILLING"))]),
    # a launch's mission clock: time after (or before) lift-off
    ("contact was lost at T+74 seconds", [("74", ex(74, "second"))]),
    ("the hold came at T-9 minutes", [("9", ex(9, "minute"))]),
    ("the hold came at T-minus 9 minutes", [("9", ex(9, "minute"))]),
    ("a 3+1 deal", [("3", ex(3))]),  # a sign glued after a number is no clock
    ("each family gets Kshs. 80,000", [("Kshs. 80,000", ex(80000, "KES"))]),  # Kenyan house styles
    ("a grant of Kshs 2m", [("Kshs 2m", ex(2000000, "KES"))]),
    ("a levy of Shs 40,000", [("Shs 40,000", ex(40000, "SHILLING"))]),
    # the rand, as South African English writes it: with a scale, thousands grouped, or cents; a bare "R445" is a road
    ("a purse of R4.2-million", [("R4.2-million", ex(4200000, "ZAR"))]),
    ("he took home R500 000", [("R500 000", ex(500000, "ZAR"))]),
    ("a fine of R15,000", [("R15,000", ex(15000, "ZAR"))]),
    ("a R3bn budget", [("R3bn", ex(3000000000, "ZAR"))]),
    ("bread at R12.50 a loaf", [("R12.50", ex(12.5, "ZAR"))]),
    ("the R445 was shut", []),
    # the kwacha, as Zambian and Malawian English write it, read as the rand is: "K2" is a mountain, "K-12" a school
    ("the government released K4.2 million", [("K4.2 million", ex(4200000, "KWACHA"))]),
    ("each family gets K1,500", [("K1,500", ex(1500, "KWACHA"))]),
    ("the K2 expedition", []),
    ("in K-12 schools", []),
    # the Philippine peso, as Manila's English-language papers write it: "P45" is a form
    ("damage put at P1.42 billion", [("P1.42 billion", ex(1420000000, "PHP"))]),
    ("a P1,500 allowance", [("P1,500", ex(1500, "PHP"))]),
    ("filled in a P45", []),
    # the quetzal, as Guatemala's English-language press writes it: "Q3" alone is a quarter, the "Audi Q7" a car
    ("rebuilding will cost Q18 million", [("Q18 million", ex(18000000, "GTQ"))]),
    ("a rent subsidy of Q1,500 a month", [("Q1,500", ex(1500, "GTQ"))]),
    ("the town released Q2.5m", [("Q2.5m", ex(2500000, "GTQ"))]),
    ("the Audi Q7 sold", []),
    # Zimbabwe Gold, written by its name, glued or spaced: "ZiG12m", "ZiG 12 million"
    ("the government released ZiG12m", [("ZiG12m", ex(12000000, "ZWG"))]),
    ("it released ZiG 12 million for water", [("ZiG 12 million", ex(12000000, "ZWG"))]),
    # the dirham as the Gulf's papers write it, glued: which dirham is the corpus's to say
    ("about Dh6.3 million", [
        ("about Dh6.3 million", Quantity(6300000, 6200000, 6400000, approximate=True, unit="DIRHAM"))
    ]),
    ("a fine of Dhs500", [("Dhs500", ex(500, "DIRHAM"))]),
    # the Gulf's rial and dinars and the CFA franc, their capitals before the figure, glued or spaced
    ("damage of RO1.8 million", [("RO1.8 million", ex(1800000, "OMR"))]),
    ("a fine of RO 500", [("RO 500", ex(500, "OMR"))]),
    ("a BD5,000 fine", [("BD5,000", ex(5000, "BHD"))]),
    ("spent KD 2m", [("KD 2m", ex(2000000, "KWD"))]),
    ("a fund of CFA12.5bn", [("CFA12.5bn", ex(12500000000, "FRANC"))]),
    ("paid 50,000 CFA francs", [("50,000", ex(50000, "FRANC"))]),
    ("the ro 500 figure", [("500", ex(500))]),  # in lower case, no sign
    ("an eye-watering RM38bil", [("RM38bil", ex(38000000000, "MYR"))]),  # Malaysia's "bil" and "mil"
    ("spent RM2.5mil", [("RM2.5mil", ex(2500000, "MYR"))]),
    ("closed SR 520 on Monday", [("520", ex(520))]),  # "SR" before a number is as often a state route
    # the Malawian kwacha as Malawi's papers write it, only as a sum is written: "MK2" is a model's mark
    ("a budget of MK12.4 billion", [("MK12.4 billion", ex(12400000000, "MWK"))]),
    ("each household got MK 35,000", [("MK 35,000", ex(35000, "MWK"))]),
    ("the MK2 hatchback", []),
    # the currency signs of their own that Unicode gives the lari, dong, colón, taka, ...
    ("a fine of ₾5,000", [("₾5,000", ex(5000, "GEL"))]),
    ("tickets cost 500.000₫ each", [("500.000₫", ex(500000, "VND"))]),
    ("₡2 million in damages", [("₡2 million", ex(2000000, "CRC"))]),
    ("a ৳50 lakh fund", [("৳50 lakh", ex(5000000, "BDT"))]),
    # the Brazilian real, its letter before the dollar sign, with or without a space before the figure
    ("fined the company R$ 50 million", [("R$ 50 million", ex(50000000, "BRL"))]),
    ("a R$1,200 fine", [("R$1,200", ex(1200, "BRL"))]),
    # Canadian Press style sets a temperature's scale letter apart, ending its phrase; a label's letter is no scale
    ("a water temperature of about 2 C.", [("about 2", Quantity(2, 1.8, 2.2, True, True, True, unit="°C"))]),
    ("The air temperature was -6 C, the centre said", [("-6", ex(-6, "°C"))]),
    ("highs of 25 F.", [("25", ex(25, "°F"))]),
    ("Plan 2 C was dropped", [("2", ex(2))]),
    ("Section 2 C.", [("2", ex(2))]),
    # pence are hundredths of a pound, written out or glued as "p"
    ("the shares closed at 215 pence", [("215 pence", ex(2.15, "GBP"))]),
    ("the shares fell to 96.5p", [("96.5p", ex(0.965, "GBP"))]),
    ("a 20p rise in the price", [("20p", ex(0.2, "GBP"))]),
    # cents are hundredths of a dollar, of the one the sentence names or else the US dollar; or of a euro
    ("stamps rose by 45 cents", [("45 cents", ex(0.45, "USD"))]),
    ("an A$1 coin and 20 cents", [("A$1", ex(1, "AUD")), ("20 cents", ex(0.2, "AUD"))]),
    ("a fare of €3 and 10 cents", [("€3", ex(3, "EUR")), ("10 cents", ex(0.1, "EUR"))]),
    # and glued as "c" to a price per unit or in a sentence of prices ("4c a litre", "from 48c"), or as "¢"; but
    # "a scorching 30c" is a temperature's
    ("petrol fell by 4c a litre", [("4c", ex(0.04, "USD"))]),
    ("The 4c/L cut starts", [("4c", ex(0.04, "USD"))]),
    ("the excise rises from 48c", [("48c", ex(0.48, "USD"))]),
    ("a 20¢ coin", [("20¢", ex(0.2, "USD"))]),
    ("temperatures hit a scorching 30c and prices rose", []),
    # currency names after the amount; a name several countries share stays that name
    ("sales of 18.4 billion crowns", [("18.4 billion", ex(18400000000, "CROWN"))]),
    ("a bonus of 500 kronor", [("500", ex(500, "SEK"))]),
    ("the toll costs kr 155 a trip", [("kr 155", ex(155, "CROWN"))]),  # "kr" before the figure: which crown is unsaid
    ("a fine of kr. 5,000", [("kr. 5,000", ex(5000, "CROWN"))]),
    ("fined 3 million Swiss francs", [("3 million", ex(3000000, "CHF"))]),
    ("a 2 billion pesos contract", [("2 billion", ex(2000000000, "PESO"))]),
    ("worth 40 million roubles", [("40 million", ex(40000000, "RUB"))]),
    # the złoty in its Polish spelling, and its sign after the amount
    ("the stadium cost 2.6 million złoty", [("2.6 million", ex(2600000, "PLN"))]),
    ("tickets cost 25 zł for adults", [("25", ex(25, "PLN"))]),
    ("the crowns of 3 kings", [("3", ex(3))]),
    # the Danish and Norwegian krone, which share their plural, and the New Taiwan dollar
    ("the sorter cost 310 million kroner", [("310 million", ex(310000000, "KRONE"))]),
    ("a fine of 2 million Norwegian kroner", [("2 million", ex(2000000, "NOK"))]),
    ("losses of NT$1.37 billion", [("NT$1.37 billion", ex(1370000000, "TWD"))]),
    # the pesos and dollars of the Americas, by the letters before their "$"
    ("receipts of MX$9.4 million", [("MX$9.4 million", ex(9400000, "MXN"))]),
    ("a Mex$350 ticket", [("Mex$350", ex(350, "MXN"))]),
    ("fined COL$2 billion", [("COL$2 billion", ex(2000000000, "COP"))]),
    ("a J$ 40,000 bill", [("J$ 40,000", ex(40000, "JMD"))]),
    ("a ticket at 15€", [("15€", ex(15, "EUR"))]),
    ("a budget of USD 5 million", [("USD 5 million", ex(5000000, "USD"))]),
    ("Sh 20 was paid", [("20", ex(20))]),
    # an amount over a period: the period is when, not a bound
    ("The panel met for 40 hours over five days.", [("40", ex(40, "hour")), ("five", ex(5, "day"))]),
    ("They spent $2 million over three years.", [("$2 million", ex(2000000, "USD")), ("three", ex(3, "year"))]),
    ("The talks lasted over five days.", [("over five", iv(5, None, lo_inc=False, unit="day"))]),
    # every one of the whole is all of it
    ("Every one of the 56 councils has reported.", [("Every one of the 56", Quantity(56, 56, 56, whole=56))]),
    ("Each single one of the 9 judges agreed.", [("Each single one of the 9", Quantity(9, 9, 9, whole=9))]),
    # clock times are not quantities
    ("It struck at 4:28 p.m. local time.", []),
    ("The alarm went off at 02:40.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEWS_CASES)
def test_news_constructions(text: str, expected: list[tuple[str, Quantity]]) -> None:
    got = find_quantities(text)
    assert [(m.text, m.quantity) for m in got] == expected


# (sentence, text up to unit_end for each match; None where the unit is inside the span or absent)
UNIT_END_CASES: list[tuple[str, list[str | None]]] = [
    ("a wall 50 metres high", ["50 metres"]),
    ("5 million euros and $3m", ["5 million euros", None]),
    ("a 10-point lead", ["10-point"]),
    ("winds of 100mph", [None]),
    ("between 20 and 30 km", ["between 20 and 30 km"]),
    ("17 people", [None]),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_END_CASES)
def test_unit_end(text: str, expected: list[str | None]) -> None:
    got = find_quantities(text)
    assert [None if m.unit_end is None else text[m.start : m.unit_end] for m in got] == expected
    for m in got:
        assert m.unit_end is None or m.unit_end > m.end


# (sentence, restates of each match)
RESTATE_CASES: list[tuple[str, list[int | None]]] = [
    ("a wave 50 metres (165 feet) high", [None, 0]),
    ("a deal worth €300m (£260m)", [None, 0]),
    ("it cost $150 million (about £120m) in all", [None, 0]),
    ("an area of 12 sq km (4.6 sq mi), and 3 km", [None, 0, None]),
    ("the bridge is 50 m (165 ft) long and 10 m (33 ft) wide", [None, 0, None, 2]),
    ("12 people (5 children) died", [None, None]),  # no units: a part, not a conversion
    ("a fine of £300 (£200 suspended)", [None, None]),  # same unit: not a conversion
    ("a 5 km (20%) rise", [None, None]),  # other dimension
    ("the club drew over 30 thousand fans (30,412) to the final", [None, 0]),  # the exact figure of a bound
    ("about 600 (587) residents left", [None, 0]),
    ("nearly 600 (612) residents left", [None, None]),  # 612 is not "nearly 600"
    ("12 (14) seats", [None, None]),  # two exact figures: a correction or a part, never one restated
    ("the club was fined 3.1 million pounds ($4 million) on Monday", [None, 0]),  # pounds sterling, then dollars
    ("a pumpkin of 1,500 pounds (680 kg) won", [None, 0]),  # pounds of weight, then kilograms
    ("the state will pay 15,000 euros, or about $16,300, to each of them", [None, 0]),  # a conversion after "or"
    ("the tower is 90 metres, or roughly 295 feet, tall", [None, 0]),
    ("the firm built 40 cars, or 10 more than in May", [None, None]),  # no units: another figure
    ("prices rose 5%, or 3 points, in a year", [None, None]),  # another dimension
    ("it cost $4m, or $1m more than planned", [None, None]),  # one unit: not a conversion
]


# (sentence, unit read after each number): "pounds" is money where the sentence speaks of money, else a weight
POUNDS_CASES: list[tuple[str, list[str | None]]] = [
    ("The club was fined 3.1 million pounds by the league.", ["GBP"]),
    ("The house sold for 820,000 pounds last spring.", ["GBP"]),
    ("A painting worth 6 million pounds was stolen.", ["GBP"]),
    ("Tickets cost 45 pounds each.", ["GBP"]),
    ("Staff will be paid 500 pounds more a month.", ["GBP"]),
    ("The council spent 7 million pounds of public money on the road.", ["GBP"]),
    ("She won 25,000 pounds, or 29,000 euros, in the draw.", ["GBP", "EUR"]),
    ("The wrestler weighed 310 pounds.", ["lb"]),
    ("Officers seized 900 pounds of cannabis.", ["lb"]),
    ("Crews found a 250-pound bomb in the river.", ["lb"]),
    ("The catch was 40 pounds, the heaviest this year.", ["lb"]),
    ("Cyclone Idai pounds the coast with 200 mm of rain.", ["mm"]),  # the verb: no number before it
    ("He weighed 200 pounds and earned 30,000 pounds a year.", ["lb", "GBP"]),  # the nearest word decides
    ("The bull, sold for 9,000 pounds, weighed 2,100 pounds.", ["GBP", "lb"]),
    ("They paid 100 pounds sterling.", ["GBP"]),
]


@pytest.mark.parametrize(("text", "expected"), POUNDS_CASES)
def test_pounds_are_money_or_weight_as_the_sentence_says(text: str, expected: list[str | None]) -> None:
    assert [m.quantity.unit for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("article", "prior"),
    [
        ("The club was fined £2m. The old record was 1.5 million pounds.", "GBP"),
        ("PRESENTER: They were fined two million pounds. The old record was one point five million pounds.", "GBP"),
        ("The grant, in sterling, came to 40,000 pounds.", "GBP"),
        ("The wrestler weighed 310 pounds. His rival was 290 pounds.", "lb"),
        ("The catch was 40 pounds, the heaviest this year.", "lb"),
    ],
)
def test_pounds_with_no_cue_are_what_the_articles_other_pounds_are(article: str, prior: str) -> None:
    from claimcheck.extract.numbers import pounds_in

    assert pounds_in(article) == prior
    last = article.rsplit(". ", 1)[-1]
    if "sterling" not in last and "weigh" not in last:
        assert find_quantities(last, pounds_in(article))[-1].quantity.unit == prior



@pytest.mark.parametrize(
    ("article", "comma"),
    [
        ("The clean-up will cost 4,5 million euros. The ship can carry 14.400 TEU.", True),
        ("The diamond weighs 1 284,6 carats. Shares closed at R46,20.", True),
        # English grouping of three digits, and its decimal point
        ("The ship can carry 14,400 TEU and lost 1,234.5 tonnes of cargo.", False),
        ("The clean-up will cost 4.5 million euros, and 1,250 homes were hit.", False),
        # a comma before one digit beside an English decimal point after grouping: not the decimal comma
        ("Scores were 3,2 and 1,234.5 points.", False),
    ],
)
def test_an_article_writes_the_decimal_comma_when_a_comma_stands_before_one_or_two_digits(
    article: str, comma: bool
) -> None:
    from claimcheck.extract.numbers import decimal_comma_in

    assert decimal_comma_in(article) is comma


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("spent €1,4 million on security", [("€1,4 million", ex(1400000, "EUR"))]),
        ("a ship that can carry 14.400 TEU", [("14.400", ex(14400))]),
        ("38.000 visitors were present", [("38.000", ex(38000))]),
        ("a diamond of 1 284,6 carats", [("1 284,6", ex(1284.6))]),
        ("the 3 106-carat Cullinan", [("3 106", ex(3106))]),
        ("closed at R46,20 on Wednesday", [("R46,20", ex(46.2, "ZAR"))]),
        ("it weighs 1.234,5 kg", [("1.234,5", ex(1234.5, "kg"))]),
        # a point before two digits is no grouping: a clock time or a decimal, as it is written
        ("lost containers at 1.40 in the night", [("1.40", ex(1.4))]),
        # English grouping stays English
        ("a ship that can carry 14,400 TEU", [("14,400", ex(14400))]),
    ],
)
def test_figures_of_an_article_that_writes_the_decimal_comma(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text, comma=True)] == expected

def test_pounds_unit_stays_outside_the_span() -> None:
    text = "The bank was fined 2 million pounds on Friday."
    (m,) = find_quantities(text)
    assert (m.text, text[m.start : m.unit_end]) == ("2 million", "2 million pounds")


def test_currency_words() -> None:
    assert all(is_currency_word(w) for w in ("euros", "Pounds", "dollars", "yen", "rupees", "pound", "sterling"))
    assert not any(is_currency_word(w) for w in ("people", "metres", "fine", "kg"))


@pytest.mark.parametrize(("text", "expected"), RESTATE_CASES)
def test_restates(text: str, expected: list[int | None]) -> None:
    assert [m.restates for m in find_quantities(text)] == expected


def test_unit_dimension_and_to_base() -> None:
    assert unit_dimension("mph") == unit_dimension("km/h") == "speed"
    assert unit_dimension("m") == unit_dimension("ft") == "length"
    assert unit_dimension("km2") == unit_dimension("ha") == "area"
    assert unit_dimension("EUR") == unit_dimension("INR") == "currency"
    assert unit_dimension("%") == "share"
    assert unit_dimension("magnitude") == "magnitude"
    assert unit_dimension("year") == "time"
    assert unit_dimension(None) is None
    assert to_base(100, "mph") == pytest.approx(160.9344)
    assert to_base(165, "ft") == pytest.approx(50.292)
    assert to_base(212, "°F") == pytest.approx(100.0)
    assert to_base(3, "km2") == pytest.approx(3e6)
    assert to_base(1, "hm3") == pytest.approx(to_base(1e6, "m3"))  # a cubic hectometre is a million cubic metres
    assert to_base(96, "µg") == pytest.approx(to_base(96000, "ng"))  # a thousand nanograms to a microgram
    assert to_base(5, "EUR") is None
    assert to_base(5, None) is None


ORDINAL_CASES: list[tuple[str, list[tuple[str, int]]]] = [
    ("The fire claimed a sixth life on Sunday.", [("sixth", 6)]),
    ("Divers found an eighth body.", [("eighth", 8)]),
    ("on the third day of the search", [("third", 3)]),
    ("He was sworn in as the 71st Governor.", [("71st", 71)]),
    ("the second highest toll", [("second", 2)]),
    ("the twenty-first victim and the 22nd", [("twenty-first", 21), ("22nd", 22)]),
    ("the thirty fifth floor", [("thirty fifth", 35)]),
    ("a third of voters", []),
    ("one-third of voters", []),
    ("at first, and a second later, for 30 second spots", []),
    # "a second" before a noun is the ordinal; before a word of time, or alone, it is a second of time
    ("Police confirmed a second death on Sunday.", [("second", 2)]),
    ("A second tanker ran aground.", [("second", 2)]),
    ("It lasted a second or two; wait a second, he said.", []),
    ("the 3th floor", []),
    ("version 1st2", []),
]


@pytest.mark.parametrize(("text", "expected"), ORDINAL_CASES)
def test_find_ordinals(text: str, expected: list[tuple[str, int]]) -> None:
    got = find_ordinals(text)
    assert [(m.text, m.quantity.value) for m in got] == expected
    assert all(m.ordinal and m.quantity.is_point and text[m.start : m.end] == m.text for m in got)


@pytest.mark.parametrize(
    "text", ["The fire claimed a sixth life.", "the 71st Governor", "the third day", "the twenty-first century"]
)
def test_find_quantities_gives_no_ordinals(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("first", 1), ("12th", 12), ("twenty—fifth", 25), ("fortysecond", 42), ("ninetieth", 90), ("the 3rd", 3)],
)
def test_parse_ordinal(text: str, expected: int) -> None:
    assert parse_ordinal(text) == expected


@pytest.mark.parametrize("text", ["1th", "twenty", "third of", "2nd 3rd", ""])
def test_parse_ordinal_rejects(text: str) -> None:
    assert parse_ordinal(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a bound after the unit is the figure's, its span still the number alone)
        ("jailed for 10 years or more", [("10", iv(10, None, unit="year"))]),
        ("Lightning can strike 12 miles or more from a storm.", [("12", iv(12, None, unit="mi"))]),
        ("jailed for 10 years, or 12 years", [("10", ex(10, "year")), ("12", ex(12, "year"))]),
        ("a drop of 5 to 8 km", [("5 to 8", iv(5, 8, unit="km"))]),
        (
            "more than 5 km but less than 9 km",
            [
                ("more than 5", iv(5, None, lo_inc=False, unit="km")),
                ("less than 9", iv(None, 9, hi_inc=False, unit="km")),
            ],
        ),
    ],
)
def test_no_unit_word_inside_a_span(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the pound at one point fell", [("one", ex(1))]),
        ("Leave won by three points", [("three", ex(3, "point"))]),
        ("Under a 14-count indictment", [("14", ex(14))]),
        ("over a 20 year period", [("20", ex(20, "year"))]),
        ("some a 100 people", [("some a 100", iv(90, 110, 100, approx=True))]),
    ],
)
def test_idioms_and_articles(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half", ex(0.5)),
        ("a half", ex(0.5)),
        ("a quarter", ex(0.25)),
        ("three halves", ex(1.5)),
        ("one in five", pct(20)),
        ("one in a million", pct(0.0001)),
        ("two in three", pct(66.67, True)),
        ("275k", ex(275000)),
        ("Category 4", ex(4, "category")),
        ("magnitude of 7.7", ex(7.7, "magnitude")),
        ("50 metres", ex(50, "m")),
        ("half a billion dollars", ex(500000000, "USD")),
        ("tops one million", iv(1000000, None)),
        ("30 l", ex(3000000)),
    ],
)
def test_parse_quantity_new_forms(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


def test_whole_string_fraction_is_a_number_but_a_share_in_text() -> None:
    q = parse_quantity("two thirds")
    assert q is not None and q.value == pytest.approx(2 / 3) and q.unit is None
    assert [m.quantity for m in find_quantities("Two thirds of members voted.")] == [pct(66.67, True)]


# Sentences whose only number is written in words, a scale, a fraction or a vague amount: find_quantities looks
# for such a word (or a digit) before it tokenises a sentence, so each kind of cue must still lead to a reading.
WORD_ONLY_CASES = [
    ("Officials said A DOZEN homes burned overnight.", "A DOZEN", 12),
    ("Nineteen passengers were hurt.", "Nineteen", 19),
    ("Half of the voters stayed home.", "Half", 50),
    ("Police said a third of the road was closed.", "a third", 33.33),
    ("A couple of witnesses spoke to police.", "A couple of", 2),
    ("A few hundred people gathered.", "A few hundred", 300),
    ("Organisers expect a lakh people.", "a lakh", 100000),
]


@pytest.mark.parametrize(("text", "surface", "value"), WORD_ONLY_CASES)
def test_find_quantities_without_digits(text: str, surface: str, value: float) -> None:
    got = find_quantities(text)
    assert [(m.text, m.quantity.value) for m in got] == [(surface, value)]


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("Dozens of firefighters were called.", "Dozens of", 24),
        ("It left tens of thousands cold.", "tens of thousands", 20000),
    ],
)
def test_find_vague_amounts_without_digits(text: str, surface: str, low: float) -> None:
    got = find_quantities(text)
    assert [(m.text, m.quantity.low) for m in got] == [(surface, low)]


@pytest.mark.parametrize("text", ["Nobody was hurt, the officials said.", "The fire reached the seventh-floor flats."])
def test_find_nothing_without_a_number(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unit written on both sides of a range: one range, the last unit word outside the span
        ("a drop of 5 km to 8 km", [("5 km to 8", iv(5, 8, unit="km"))]),
        ("the river rose between 3 metres and 4 metres", [("between 3 metres and 4", iv(3, 4, unit="m"))]),
        ("a dose of 20 mg - 30 mg daily", [("20 mg - 30", iv(20, 30, unit="mg"))]),
        # not a range: another unit, a unit on one side only, a change, a currency word (the counted noun)
        ("from 5 km to 8 miles", [("5", ex(5, "km")), ("8", ex(8, "mi"))]),
        ("cut from 60 mg to 40 mg", [("60", ex(60, "mg")), ("40", ex(40, "mg"))]),
        ("it fell 9 km to 4 km", [("9", ex(9, "km")), ("4", ex(4, "km"))]),
        ("5 million euros to 8 million euros", [("5 million", ex(5000000, "EUR")), ("8 million", ex(8000000, "EUR"))]),
        # below zero a range runs from the smaller magnitude
        ("lows from -5 °C to -12 °C", [("from -5 °C to -12 °C", iv(-12, -5, unit="°C"))]),
        ("between -2 and -9 degrees", [("between -2 and -9", iv(-9, -2, unit="degree"))]),
        ("a swing of 2 to -3", [("2", ex(2)), ("-3", ex(-3))]),
    ],
)
def test_ranges_with_the_unit_on_both_sides(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit written once after two numbers joined by "and" belongs to both
        ("doses of 20 and 40 mg were tried", [("20", ex(20, "mg")), ("40", ex(40, "mg"))]),
        ("rates of 3 and 7% apply", [("3", ex(3, "%")), ("7%", ex(7, "%"))]),
        ("after two and five years", [("two", ex(2, "year")), ("five", ex(5, "year"))]),
        # not when they are written unalike, fall, or the second has a scale of its own
        ("in 2014 and 15 days later", [("2014", ex(2014)), ("15", ex(15, "day"))]),
        ("in 2019 and 2020 tonnes were sold", [("2019", ex(2019)), ("2020", ex(2020, "t"))]),
        ("2 and five km", [("2", ex(2)), ("five", ex(5, "km"))]),
        ("3 and 4 million tonnes", [("3", ex(3)), ("4 million", ex(4000000, "t"))]),
        ("12 died and 40 were hurt", [("12", ex(12)), ("40", ex(40))]),
        # a suspended hyphen: "8- to 16-metre" is one range in the unit glued to the second number
        ("an 8- to 16-metre mast", [("8- to 16", iv(8, 16, unit="m"))]),
        ("a 10- or 12-point lead", [("10- or 12", iv(10, 12, unit="point"))]),
        ("a 2- to 3-hour wait", [("2- to 3", iv(2, 3, unit="hour"))]),
        # ages stay for the claims extractor
        ("for 3- to 5-year-olds", [("3", ex(3)), ("5", ex(5, "year"))]),
    ],
)
def test_a_unit_written_once_for_two_numbers(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digit fraction before a unit of measure is a number; elsewhere "1/5" is a date
        ("a 3/8 inch bolt", [("3/8", ex(0.375, "in"))]),
        ("ran 3/4 mile", [("3/4", ex(0.75, "mi"))]),
        ("due on 1/5 next year", []),
        ("open 24/7 days a week", []),
        ("1/2 of them", []),
        # a word fraction before a unit: so much of the unit, not a share
        ("the site is one-half mile away", [("one-half", ex(0.5, "mi"))]),
        ("a quarter mile on", [("a quarter", ex(0.25, "mi"))]),
        ("half a mile on", [("half a", ex(0.5, "mi"))]),
        ("three-quarters of an hour late", [("three-quarters of an", ex(0.75, "hour"))]),
        ("a quarter of a million", [("a quarter of a million", ex(250000))]),
        ("a quarter of all voters", [("a quarter", pct(25))]),
        ("on a third day", []),
        # "in" after a number is inches only after a fraction or before a word of size ending the phrase
        ("a slab 2 1/2 in thick", [("2 1/2", ex(2.5, "in"))]),
        ("the board is 4 in wide.", [("4", ex(4, "in"))]),
        ("a 1½ in pipe", [("1½", ex(1.5, "in"))]),
        ("only 2 in 5 said so", [("2 in 5", pct(40))]),
        ("3 in long-term care", [("3", ex(3))]),
        ("1/2 in the morning", []),
        ("up 3 in a row", [("3", ex(3))]),
        # glued to the number it is always inches: English never glues the preposition
        ("a drain 9in across", [("9in", ex(9, "in"))]),
        ("laid 30cm (12in) deep", [("30cm", ex(30, "cm")), ("12in", ex(12, "in"))]),
    ],
)
def test_fractions_before_a_unit(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hr"/"hrs" for hours, but "0900 hrs" is a time of day
        ("a 12 hr shift", [("12", ex(12, "hour"))]),
        ("after 36 hrs of talks", [("36", ex(36, "hour"))]),
        ("it took 5hrs", [("5hrs", ex(5, "hour"))]),
        ("the raid began at 0530 hrs", []),
        # energy in joules and terawatt-hours, as in watt-hours: "84 MJ" is no count of "MJ"
        ("the pulse produced 84 MJ of energy", [("84", ex(84, "MJ"))]),
        ("a record 84 megajoules", [("84", ex(84, "MJ"))]),
        ("it used 300 TWh last year", [("300", ex(300, "TWh"))]),
        ("a 5J shock", [("5J", ex(5, "J"))]),
        # "t" for tonnes stands apart from the number like "m"; "2 t-shirts" is a word
        ("exports of 45,000 t a year", [("45,000", ex(45000, "t"))]),
        ("a 20 t lorry", [("20", ex(20, "t"))]),
        ("she sold 2 t-shirts", [("2", ex(2))]),
        ("a 4 L-shaped room", [("4", ex(4))]),
        ("a 30 m-long hull", [("30", ex(30, "m"))]),
        # "km/hr" for km/h, "mls" for millilitres
        ("gusts of 110 km/hr", [("110", ex(110, "km/h"))]),
        ("a 330 mls can", [("330", ex(330, "ml"))]),
        # the cubic hectometre, in which Spanish and Portuguese reservoirs are given
        ("a capacity of 287 cubic hectometres", [("287", ex(287, "hm3"))]),
        ("it holds 31 hm³ today", [("31", ex(31, "hm3"))]),
    ],
)
def test_unit_abbreviations(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spelled number may set its groups apart with commas or join them with "&"
        ("one thousand, four hundred and six", ex(1406)),
        ("two million, five hundred thousand", ex(2500000)),
        ("three hundred & twelve", ex(312)),
        ("six thousand & nine", ex(6009)),
    ],
)
def test_spelled_numbers_with_commas_and_ampersands(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it cost nine million, seven hundred & ten, in all", [("nine million, seven hundred & ten", ex(9000710))]),
        # a list, not one number
        ("a million, two of them", [("a million", ex(1000000)), ("two", ex(2))]),
        ("four million, three million more", [("four million", ex(4000000)), ("three million", ex(3000000))]),
    ],
)
def test_spelled_numbers_with_commas_in_text(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thousands grouped by spaces
        ("a fine of 25 000 euros", [("25 000", ex(25000, "EUR"))]),
        ("a 1 250 000 budget", [("1 250 000", ex(1250000))]),
        ("between 10 000 and 12 500 fans", [("between 10 000 and 12 500", iv(10000, 12500))]),
        # not after a month or another number, nor when the last group runs on, nor a phone number
        ("On March 3 200 people marched", [("3", ex(3)), ("200", ex(200))]),
        ("in 2019 400 jobs went", [("2019", ex(2019)), ("400", ex(400))]),
        ("won 4 100m titles", [("4", ex(4)), ("100m", ex(100, "m"))]),
        ("ring 020 7946 0958", []),
        ("ring 555 123 4567", []),
    ],
)
def test_thousands_grouped_by_spaces(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a measure in two units of one dimension, the larger first, is one amount in the smaller unit
        ("the flight took 3 hours and 20 minutes", [("3 hours and 20", ex(200, "minute"))]),
        ("after one hour, 45 minutes", [("one hour, 45", ex(105, "minute"))]),
        ("a suspect 6 feet 2 inches tall", [("6 feet 2", ex(74, "in"))]),
        ("a 10 km 500 m course", [("10 km 500", ex(10500, "m"))]),
        ("a keeper 6ft 4in tall", [("6ft 4in", ex(76, "in"))]),  # glued in both, as British papers write it
        # a height's inches left unsaid after its feet, the bare number ending the phrase
        ("Haskins is 5 feet 9 and 160 pounds", [("5 feet 9", ex(69, "in")), ("160", ex(160, "lb"))]),
        ("Sumner is 5 feet 11, thin, with red hair", [("5 feet 11", ex(71, "in"))]),
        ("the wall was 25 feet 3 men climbed", [("25", ex(25, "ft")), ("3", ex(3))]),  # a number of its own
        ("a baby of 7lb 2oz", [("7lb 2oz", ex(114, "oz"))]),
        # a time taken's minutes or seconds written in two digits
        ("she swam it in 11 hours 02 minutes", [("11 hours 02", ex(662, "minute"))]),
        ("a lap of 3 min 05 sec", [("3 min 05", ex(185, "second"))]),
        # not when the second is a whole unit or more, of another dimension, or joined by "and" outside time
        ("4 hours and 75 minutes", [("4", ex(4, "hour")), ("75", ex(75, "minute"))]),
        ("3 km and 2 hours", [("3", ex(3, "km")), ("2", ex(2, "hour"))]),
        ("it rose 2 metres and 40 cm of rain fell", [("2", ex(2, "m")), ("40", ex(40, "cm"))]),
        # below zero
        ("a low of 12 degrees below zero", [("12 degrees below zero", ex(-12, "degree"))]),
        # three units, the last after a comma list's "and"; units glued to their numbers
        (
            "she finished in three hours, four minutes and 12 seconds",
            [("three hours, four minutes and 12", ex(11052, "second"))],
        ),
        ("a time of 1hr 2mins 3secs", [("1hr 2mins 3secs", ex(3723, "second"))]),
        ("the siege lasted one week and two days", [("one week and two", ex(9, "day"))]),
        # years and months: in years when a whole number of quarters, else in months
        ("he was sentenced to nine years and three months", [("nine years and three", ex(9.25, "year"))]),
        ("she served 4 years and 5 months", [("4 years and 5", ex(53, "month"))]),
        ("not 2 years and 14 months", [("2", ex(2, "year")), ("14", ex(14, "month"))]),
    ],
)
def test_compound_measures(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dollar sign glued after the number, as other currency signs may be
        ("tickets at 25$ each", [("25$", ex(25, "USD"))]),
        ("he had 3 $50 notes", [("3", ex(3)), ("$50", ex(50, "USD"))]),
        ("a 5 $ fee", [("5", ex(5))]),
    ],
)
def test_dollar_sign_after_the_number(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the minus sign (U+2212) of typeset copy is a sign like the hyphen
        ("lows of −9C overnight", [("−9C", ex(-9, "°C"))]),
        ("growth of −0.4% in May", [("−0.4%", ex(-0.4, "%"))]),
        ("from −3 °C to −11 °C", [("from −3 °C to −11 °C", iv(-11, -3, unit="°C"))]),
    ],
)
def test_minus_sign(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


def test_minus_sign_whole_string() -> None:
    assert parse_quantity("−12") == ex(-12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time taken, written as a clock reads, is a duration in seconds
        ("she won in 1:58:30 on a hot day", [("1:58:30", ex(7110, "second"))]),
        ("a 4:01.5 mile", [("4:01.5", ex(241.5, "second"))]),
        ("beat the old mark of 0:59:07", [("0:59:07", ex(3547, "second"))]),
        # a moment told with "at" is left to the dates; a bare "4:28" is a time of day; minutes past 59 are none
        ("the blast came at 10:32:15", []),
        ("at 4:28 the lights went out", []),
        ("it read 1:75:20", []),
        # minutes no clock reads, after "in": a split taken; the same marks as a score or a split of shares are not
        ("the pair reached halfway in 47:18 and pressed on", [("47:18", ex(2838, "second"))]),
        ("the home side won 33:29 after extra time", []),
        ("a 55:45 split of the proceeds", []),
        ("she came home in 21:40", []),
    ],
)
def test_a_time_taken_written_as_a_clock(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("he was caged for 13-and-a-half years", ex(13.5, "year")),
        ("a six-and-a-half hour wait", ex(6.5, "hour")),
    ],
)
def test_and_a_half_written_as_one_word(text: str, value: Quantity) -> None:
    assert [m.quantity for m in find_quantities(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in." with its full stop, the sentence running on in lower case: inches
        ("the storm dropped 3.4 in. of rain overnight", [("3.4", ex(3.4, "in"))]),
        ("a 12 in. main burst", [("12", ex(12, "in"))]),
        # a preposition closing its sentence is no unit
        ("only 5 came in. Then the doors shut", [("5", ex(5))]),
    ],
)
def test_inches_abbreviated_with_a_full_stop(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Bangladeshi taka, as Dhaka's papers write it: "Tk" glued or apart, "taka" after
        ("a wage of Tk9,800 a month", [("Tk9,800", ex(9800, "BDT"))]),
        ("each family gets Tk 3 lakh", [("Tk 3 lakh", ex(300000, "BDT"))]),
        ("paid 9,800 taka a month", [("9,800", ex(9800, "BDT"))]),
    ],
)
def test_taka(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ISO 4217 code in capitals, before or after the amount, as wire and business copy writes it
        ("the province released PHP 2.5 million", [("PHP 2.5 million", ex(2500000, "PHP"))]),
        ("a bond of NGN 2 billion", [("NGN 2 billion", ex(2000000000, "NGN"))]),
        ("a fine of CHF 300,000", [("CHF 300,000", ex(300000, "CHF"))]),
        ("it cost 5,000 USD.", [("5,000 USD", ex(5000, "USD"))]),
        ("a 2 million ZAR deal", [("2 million ZAR", ex(2000000, "ZAR"))]),
        ("RMB 3 billion in loans", [("RMB 3 billion", ex(3000000000, "CNY"))]),
        # the cedi as Accra's papers write it, and other house styles glued to the amount
        ("the re-sit will cost GH¢1.2 million", [("GH¢1.2 million", ex(1200000, "GHS"))]),
        ("copies sold for GH₵50 each", [("GH₵50", ex(50, "GHS"))]),
        ("a payout of RM3 million", [("RM3 million", ex(3000000, "MYR"))]),
        ("aid of Php2.5 million", [("Php2.5 million", ex(2500000, "PHP"))]),
        # a code that is an English word in capitals is no currency
        ("TOP 10 tips", [("10", ex(10))]),
    ],
)
def test_currency_codes_and_house_styles(text: str, expected: list[tuple[str, Quantity]]) -> None:
    assert [(m.text, m.quantity) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vote's tally: each side a count of votes, told by a vote word before or by the outcome after
        ("The trustees voted 11-4 to sell the site.", [("11", 11, True), ("4", 4, True)]),
        ("The bill passed the Senate in a 52-48 vote.", [("52", 52, True), ("48", 48, True)]),
        ("It was a 6-3 ruling.", [("6", 6, True), ("3", 3, True)]),
        ("Members backed the plan by a 30-12 majority.", [("30", 30, True), ("12", 12, True)]),
        # at a sentence's or a clause's end, and with the outcome named before a copula
        ("The council voted 9-5.", [("9", 9, True), ("5", 5, True)]),
        ("The vote was 7-4, with two members absent.", [("7", 7, True), ("4", 4, True), ("two", 2, False)]),
        ("The score was 7-4.", []),
        # or by a verb of a body's decision a few words before it in its clause: what a vote decides
        ("The planning committee rejected the scheme 8-3 on Tuesday.", [("8", 8, True), ("3", 3, True)]),
        ("The justices split 5-4.", [("5", 5, True), ("4", 4, True)]),
        # without a vote word the dash joins a score, a code or a range, never two counts of votes
        ("Leeds won 3-1 at home.", []),
        ("children aged 9-12 were sent home", [("9-12", None, False)]),
    ],
)
def test_a_tally_of_votes_is_two_counts(text: str, expected: list[tuple[str, float | None, bool]]) -> None:
    assert [(m.text, m.quantity.value, m.tally) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal hyphened to a noun is a compound, no share: "a seventh-floor flat", "a third-party claim"
        ("Smoke poured from a ninth-floor window.", []),
        ("The insurer rejected a third-party claim.", []),
        # a fraction is still one before "of" or alone, and "a half-hour" is half an hour
        ("A fifth of the staff left.", [("A fifth", 20)]),
        ("after a half-hour delay", [("a half", 0.5)]),
    ],
)
def test_an_ordinal_hyphened_to_a_noun_is_no_fraction(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(m.text, m.quantity.value) for m in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The council raised the fee from 20 to 25 euros.", ["EUR", "EUR"]),
        ("The panel raised the fare from 840 to 900 pesos, or 7.1 percent.", ["PESO", "PESO", "%"]),
        ("Turnout rose from 41 to 47%.", ["%", "%"]),
        ("The toll rose from 12 to 15.", [None, None]),  # no unit to share
        ("Prices rose from 2 to 3 million pesos.", [None, "PESO"]),  # the first may be millions too: left alone
    ],
)
def test_a_change_from_one_plain_number_to_another_shares_the_unit_written_after_the_second(
    text: str, units: list[str | None]
) -> None:
    assert [m.quantity.unit for m in find_quantities(text)] == units


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The largest stone measures roughly 16 x 11 x 9 cm.", ["cm", "cm", "cm"]),
        ("a 3 x 4 m room", ["m", "m"]),
        ("The hole is 20 by 30 metres.", ["m", "m"]),
        ("She ran in the 4 x 100 m relay.", [None, "m"]),  # four legs of 100 m, no sides of one thing
        ("Take 2 x 500 mg tablets.", [None, "mg"]),  # a count of tablets, no length
        ("The toll rose by 20 to 30 metres.", [None, "m"]),  # no sides joined by "x" or "by"
    ],
)
def test_a_things_sides_share_the_length_unit_written_after_the_last(text: str, units: list[str | None]) -> None:
    """ "roughly 16 x 11 x 9 cm": the sides of one thing, each in centimetres, as written once after the last."""
    assert [m.quantity.unit for m in find_quantities(text)] == units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Duration of luminous flight: 6.4 s", "second"),
        ("He ran 9.58s in Berlin.", "second"),
        ("Sales peaked in the 1990s.", None),
        ("She is in her 60s.", None),
        ("The airline flies two 747s.", None),
    ],
)
def test_an_s_after_a_decimal_figure_is_seconds(text: str, unit: str | None) -> None:
    """ "6.4 s", "9.58s": seconds, the SI symbol, after a figure with decimals; "the 1990s", "her 60s" and "two
    747s" are a decade, an age and a plural."""
    got = [m.quantity.unit for m in find_quantities(text)]
    if unit is None:
        assert "second" not in got
    else:
        assert got[-1:] == [unit]


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("Between them the four rowers lost six stone.", "st", 6),
        ("He weighs 12.5 stone.", "st", 12.5),
        ("He threw one stone at the window.", None, 1),  # a stone, not a weight
        ("Two stones were thrown.", None, 2),  # the plural is stones
    ],
)
def test_the_stone_is_a_weight_after_its_number(text: str, unit: str | None, value: float) -> None:
    q = find_quantities(text)[-1].quantity
    assert (q.unit, q.value) == (unit, value)


@pytest.mark.parametrize(
    ("article", "sentence", "expected"),
    [
        # a Manila paper that writes "P6,500" reads its own "P48" and "P540" as pesos too
        ("raised by P500 to P6,500.", "workers get a P48 increase", [("P48", ex(48, "PHP"))]),
        ("a fine of P40,000.", "from P540 to P588", [("from P540 to P588", Quantity(None, 540, 588, unit="PHP"))]),
        ("a fine of N500,000.", "a stock of N95 masks", []),  # a model before a plural noun
        ("a fine of P40,000.", "filled in a P4", []),  # one digit: a form, a grid slot, a pole position
        ("the N95 and the R500 road.", "workers get a P48 increase", []),  # no sum lettered beyond doubt
        ("he took home R500 000.", "the R445 was shut", []),  # a road "the" names, no noun after it
    ],
)
def test_an_articles_lettered_sums_make_its_bare_lettered_figures_sums(
    article: str, sentence: str, expected: list[tuple[str, Quantity]]
) -> None:
    """The capital letter an article glues before a figure that can only be a sum ("P6,500", "N5m") is its currency's
    sign in its house style: its bare "P48" is then a sum too, which alone it may as well be a form or a road."""
    letters = letter_signs_in(f"{article} {sentence}")
    assert [(m.text, m.quantity) for m in find_quantities(sentence, letters=letters)] == expected
