"""The quantity normaliser: parse_quantity, find_quantities, resolve_all_but."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.extract.numbers import QuantityMatch, find_quantities, parse_quantity, resolve_all_but
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
    ("US$5bn", ex(5000000000, "USD")),
    ("£40k", ex(40000, "GBP")),
    ("50%", ex(50, "%")),
    ("50 per cent", ex(50, "%")),
    ("50 percent", ex(50, "%")),
    ("fifty per cent", ex(50, "%")),
    ("3 percentage points", ex(3, "pp")),
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
    ("from 20 to 30 people attended", [("from 20 to 30", iv(20, 30))]),
    ("a 17-year-old was arrested", [("17", ex(17))]),
    ("in mid-2014", [("2014", ex(2014))]),
    ("nineteen eighty-four", [("nineteen eighty-four", ex(1984))]),
    ("twenty thirty fifty hundred", [("twenty", ex(20)), ("thirty", ex(30)), ("fifty hundred", ex(5000))]),
    ("one, two and three", [("one", ex(1)), ("two", ex(2)), ("three", ex(3))]),
    ("five (5) counts", [("five (5)", ex(5))]),
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
    "at 10am",
    "open 24/7",
    "version 3.5.1",
    "the 2014-15 season",
    "call 020 7946 0958 now",
    "call +44 20 7946 0958 now",
    "3M shares",
    "someone, anyone, everyone, no one",
    "one another",
    "a single mother",
    "few people",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_find_no_false_positives(text: str) -> None:
    assert find_quantities(text) == []


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
