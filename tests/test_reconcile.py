"""The reconciler's stages on hand-built claims: values, names, blocking, scoring, clustering and guards."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from claimcheck.reconcile import Settings, reconcile
from claimcheck.reconcile.blocking import candidate_pairs, keys
from claimcheck.reconcile.entities import cluster_names
from claimcheck.reconcile.values import date_relation, quantity_relation
from claimcheck.types import Article, Claim, DateValue, Quantity
from golden import group_texts, scan_texts


def q(v: float | None = None, lo: float | None = None, hi: float | None = None, **kw: object) -> Quantity:
    if v is not None and lo is None and hi is None and not kw:
        return Quantity.exact(v)
    return Quantity(value=v, low=lo, high=hi, **kw)  # type: ignore[arg-type]


def claim(source: str, start: int, value: object, *, kind: str = "count", sentence: str = "", **kw: object) -> Claim:
    text = kw.pop("text", "x")
    return Claim(
        id=f"{source}:{kind}:{start}-{start + 1}",
        source=source,
        kind=kind,  # type: ignore[arg-type]
        text=str(text),
        start=start,
        end=start + 1,
        sentence=sentence or str(text),
        sentence_start=0,
        sentence_end=len(sentence),
        value=value,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def art(source: str, d: date | None = None, t: str | None = None) -> Article:
    return Article(id=source, path=source, text="", sha256="", date=d, time=t)


@pytest.mark.parametrize(
    ("a", "b", "rel"),
    [
        (q(17), q(17), "equal"),
        (q(17), q(18), "disjoint"),
        (q(None, 12, None, low_inclusive=False), q(13), "compatible"),  # more than a dozen / 13
        # "more than 150 people died" / "150 dead": news writes "more than N" of the figure N it hedges
        (q(None, 12, None, low_inclusive=False), q(12), "compatible"),  # more than a dozen / 12
        (q(None, 12, None, low_inclusive=False), q(11), "disjoint"),
        (q(None, 12, 20, low_inclusive=False), q(12), "disjoint"),  # a range with a top is no such hedge
        # "just over three knots" / "three knots", "just under 400 jobs" / "400 jobs": a hedge just past a figure is
        # written of that figure
        (q(3, 3, 3.3, low_inclusive=False, approximate=True, unit="kn"), q(3, unit="kn"), "compatible"),
        (q(400, 360, 400, high_inclusive=False, approximate=True), q(400), "compatible"),
        (q(400, 360, 400, high_inclusive=False, approximate=True), q(401), "disjoint"),
        (q(6, 5, 6, low_inclusive=False, approximate=True, unit="day"), q(5, unit="day"), "disjoint"),  # its sixth day
        (q(400, 360, 400, approximate=True), q(376), "compatible"),  # nearly 400 / 376
        (q(400, 360, 400, approximate=True), q(420), "disjoint"),
        # a range told from one end to the other gives each end as a fact: "12 to 14 months" / "12-15 months"
        (q(None, 20, 30), q(None, 30, 40), "disjoint"),
        (q(None, 12, 14, unit="month"), q(None, 12, 15, unit="month"), "disjoint"),
        (q(None, 12, 15, unit="month"), q(None, 12, 15, unit="month"), "equal"),
        (q(None, 4.5, 5.4, unit="m"), q(None, 4.5, 5, unit="m"), "compatible"),  # an end rounded
        (q(None, 12, 15, approximate=True), q(None, 12, 14), "compatible"),  # "roughly 12 to 15" hedges its ends
        (q(None, None, 10, high_inclusive=False), q(10), "disjoint"),  # fewer than ten / 10
        # "inside for less than four minutes" / "a four-minute raid": a measure is told rounded, and "less than N" is
        # written of the N another outlet rounds to (but not of a count: "fewer than ten" is nine at most)
        (q(None, None, 4, high_inclusive=False, unit="min"), q(4, unit="min"), "compatible"),
        (q(None, None, 4, high_inclusive=False, unit="min"), q(5, unit="min"), "disjoint"),
        (q(16, 16, 16, whole=17), q(16, 16, 16, whole=17), "equal"),
        (q(50, unit="%"), Quantity(value=50, low=50, high=50, unit="EUR"), "incomparable"),
        # two bounds the same way hedge one figure only when they are near: "more than 40" / "at least 45"
        (q(None, 40, None, low_inclusive=False), q(None, 45, None), "compatible"),
        (q(None, 24, None), q(None, 370, None, low_inclusive=False), "disjoint"),  # at least 24 / over 370
        (q(None, None, 1000), q(None, None, 800, approximate=True), "compatible"),  # up to 1,000 / as many as 800
        # "hailstones up to 4.5 inches" / "up to 5.4 inches", "faces up to 20 years" / "up to five": two maxima of
        # one thing are one figure only when one is the other rounded
        (q(None, None, 20), q(None, None, 5), "disjoint"),
        (q(None, None, 4.5, unit="in"), q(None, None, 5.4, unit="in"), "disjoint"),
        (q(None, None, 4.5, unit="in"), q(None, None, 4.5, unit="in"), "equal"),
        (q(None, None, 72.2, unit="%"), q(None, None, 72, unit="%"), "compatible"),
        (q(None, None, 20, high_inclusive=False), q(None, None, 30, high_inclusive=False), "compatible"),  # fewer than
        (q(None, 40, None, unit="mph"), q(None, 100, None, unit="mph"), "compatible"),  # bounds of counts only
        (q(None, 24, None), q(30), "compatible"),  # a bound and a figure near it, which it hedges
        # a bound and a figure far past it ("at least 24", "370"; "more than 200 staff", "1,210 work there"): not
        # one figure hedged, but two figures, often of two scopes, which neither join nor conflict
        (q(None, 24, None), q(370), "incomparable"),
        (q(None, 24, None, approximate=True), q(370), "compatible"),  # "dozens" keeps its whole range
        # an upper bound is a maximum or an estimate of its own: it holds a figure near it ("up to 1,000" / 900),
        # not one far under it ("as many as 500,000" / 275,000)
        (q(None, None, 1000), q(900), "compatible"),
        (q(None, None, 500000, approximate=True), q(275000), "incomparable"),
        # one dimension in two units, converted, an exact figure allowed its rounding: "100 mph (161 km/h)"
        (q(100, 100, 100, unit="mph"), q(161, 161, 161, unit="km/h"), "compatible"),
        (q(106, 106, 106, unit="mph"), q(177, 177, 177, unit="km/h"), "disjoint"),  # 177 km/h is 110 mph
        # a figure written to its last digit is rounded only there: "a 7,264-foot pass" is 2,214 m, not 2,241 m;
        # a round figure ("7,260 feet", "1,000 feet (300 metres)") keeps its share of slack
        (q(7264, 7264, 7264, unit="ft"), q(2214, 2214, 2214, unit="m"), "compatible"),
        (q(7264, 7264, 7264, unit="ft"), q(2241, 2241, 2241, unit="m"), "disjoint"),
        (q(7260, 7260, 7260, unit="ft"), q(2214, 2214, 2214, unit="m"), "compatible"),
        (q(1000, 1000, 1000, unit="ft"), q(300, 300, 300, unit="m"), "compatible"),
        (q(8600, 7740, 9460, approximate=True, unit="ha"), q(21300, 21300, 21300, unit="acre"), "compatible"),
        (q(12, 12, 12, unit="km"), q(12, 12, 12, unit="mi"), "disjoint"),
        (q(40, 40, 40, unit="°C"), q(104, 104, 104, unit="°F"), "compatible"),
        (q(None, 100, None, unit="mph"), q(200, 200, 200, unit="km/h"), "incomparable"),  # an open bound
        # two bounds the same way in two units of one dimension both hold of some value, as in one unit
        (q(None, 2, None, unit="week"), q(None, 14, None, unit="day"), "compatible"),  # at least / a minimum of
        (q(None, None, 60, unit="mph"), q(None, None, 100, unit="km/h"), "compatible"),  # up to / up to
        (q(None, 2, None, unit="week"), q(None, None, 10, unit="day"), "incomparable"),  # two sides
        (q(5, 5, 5, unit="kg"), q(5, 5, 5, unit="km"), "incomparable"),  # two dimensions
        # a gallon or a ton may be the US or the British one: "20 million litres (5 million gallons)" holds
        (q(20e6, 20e6, 20e6, unit="l"), q(5e6, 5e6, 5e6, unit="gal"), "compatible"),  # 4.4m imperial, 5.3m US
        (q(20e6, 20e6, 20e6, unit="l"), q(20e6, 20e6, 20e6, unit="gal"), "disjoint"),
        (q(30, 30, 30, unit="t"), q(33, 33, 33, unit="ton"), "compatible"),  # 33 short tons are 30 tonnes
        # a figure in millions written to two significant digits is rounded: "4.3 million" holds 4,312,000
        (q(4_300_000), q(4_312_000), "compatible"),
        (q(2.5e9, 2.5e9, 2.5e9, unit="GBP"), q(2.46e9, 2.46e9, 2.46e9, unit="GBP"), "compatible"),
        (q(4_300_000), q(4_400_000), "disjoint"),  # two round figures a step apart
        (q(4_000_000), q(4_312_000), "disjoint"),  # "4 million" is 4.0 million to two digits
        (q(42), q(40), "disjoint"),  # a small count is exact
        # and so is one of a hundred thousand or more to three digits: "2.42 lakh" holds 2,41,860
        (q(242_000), q(241_860), "compatible"),
        (q(2_420_000), q(2_418_337), "compatible"),
        (q(242_000), q(243_000), "disjoint"),  # two round figures a step apart
        (q(2_425_000), q(2_418_337), "disjoint"),  # four digits: exact enough to differ
        # but tens of millions are written to a decimal: "229.4 million" holds 229,416,803
        (q(229_400_000), q(229_416_803), "compatible"),
        (q(17_280_000), q(17_284_509), "compatible"),
        (q(229_400_000), q(229_500_000), "disjoint"),  # two round figures a step apart
        (q(24_250_000), q(24_180_000), "disjoint"),
        # a round figure stands for one with a fraction that rounds to it at its zeros: "40 m" / "38.4 m"
        (q(40, 40, 40, unit="m"), q(38.4, 38.4, 38.4, unit="m"), "compatible"),
        (q(1000, 1000, 1000, unit="m"), q(962.5, 962.5, 962.5, unit="m"), "compatible"),
        # 35.5 rounds to 40 only past a tenth of it
        (q(40, 40, 40, unit="m"), q(35.5, 35.5, 35.5, unit="m"), "disjoint"),
        (q(100, 100, 100, unit="m"), q(149.5, 149.5, 149.5, unit="m"), "disjoint"),  # which rounds to 150, not 100
        (q(30, 30, 30, unit="m"), q(35, 35, 35, unit="m"), "disjoint"),  # two whole figures: a conflict
        (q(43_000), q(43_120), "disjoint"),
        # two round estimates hedged both ways, neither inside the other's hedge, are two figures however the
        # hedges' bands touch ("about 60 percent", "around 70 percent"); one inside the other's is one estimate
        (q(60, 54, 66, approximate=True, unit="%"), q(70, 63, 77, approximate=True, unit="%"), "disjoint"),
        (q(2350, 2300, 2400, approximate=True), q(2250, 2200, 2300, approximate=True), "disjoint"),
        (q(85, 80, 90, approximate=True, unit="%"), q(80, 72, 88, approximate=True, unit="%"), "compatible"),
        (q(500, 450, 550, approximate=True), q(480, 470, 490, approximate=True), "compatible"),
        (q(60, 54, 66, approximate=True), q(63, 63, 63), "compatible"),  # an exact figure in one hedge
    ],
)
def test_quantity_relation(a: Quantity, b: Quantity, rel: str) -> None:
    assert quantity_relation(a, b) == rel


@pytest.mark.parametrize(
    ("a", "b", "rel"),
    [
        (
            DateValue(date(2016, 11, 1), date(2016, 12, 1), "month"),
            DateValue(date(2016, 1, 1), date(2017, 1, 1), "year"),
            "compatible",
        ),
        (
            DateValue(date(2014, 1, 1), date(2016, 1, 1), "year"),
            DateValue(date(2014, 6, 1), date(2015, 10, 1), "month"),
            "compatible",
        ),
        (
            DateValue(date(2021, 1, 1), date(2022, 1, 1), "year"),
            DateValue(date(2021, 1, 1), date(2022, 1, 1), "year"),
            "equal",
        ),
        (
            DateValue(date(2019, 1, 1), date(2020, 1, 1), "year"),
            DateValue(date(2021, 1, 1), date(2022, 1, 1), "year"),
            "disjoint",
        ),
        # "late April" (days 21-30) has no sharp edge: "April 20" is as much in it as out, "April 18" is not
        (
            DateValue(date(2026, 4, 21), date(2026, 5, 1), "month"),
            DateValue(date(2026, 4, 20), date(2026, 4, 21), "day"),
            "compatible",
        ),
        (
            DateValue(date(2026, 4, 21), date(2026, 5, 1), "month"),
            DateValue(date(2026, 4, 18), date(2026, 4, 19), "day"),
            "disjoint",
        ),
        (  # "mid-April" (days 11-20) and "April 21"
            DateValue(date(2026, 4, 11), date(2026, 4, 21), "month"),
            DateValue(date(2026, 4, 21), date(2026, 4, 22), "day"),
            "compatible",
        ),
    ],
)
def test_date_relation(a: DateValue, b: DateValue, rel: str) -> None:
    assert date_relation(a, b) == rel


def name(source: str, start: int, spelling: str, about: str | None = None, label: str = "org") -> Claim:
    return claim(source, start, spelling, kind="name", about=about or spelling, counted=label, text=spelling)


def test_names_cluster_aliases_and_report_variants() -> None:
    claims = (
        name("000", 1, "Independent Office for Police Conduct"),
        name("000", 2, "IOPC", about="Independent Office for Police Conduct"),
        name("001", 1, "Independent Office of Police Conduct"),
        name("002", 1, "Metropolitan Police"),
        name("003", 1, "Met Police"),
        name("003", 2, "Met"),
        name("004", 1, "Gabriel Kovari", label="person"),
        name("005", 1, "Gabriel Kovary", label="person"),
        name("004", 2, "Stephen Port", label="person"),
        name("005", 2, "Port", label="person"),
        # a letter more at a word's end is a spelling, not a clipping: one person's name spelt two ways
        name("004", 3, "Helen Marchbank", label="person"),
        name("005", 3, "Helen Marchbanks", label="person"),
    )
    idx = cluster_names(claims, Settings().name_variant_threshold)
    assert idx.canonical("IOPC") == idx.canonical("Independent Office for Police Conduct")
    assert idx.canonical("Met") == idx.canonical("Met Police") == idx.canonical("Metropolitan Police")
    assert idx.canonical("Port") == "Stephen Port"
    pairs = {frozenset(p[:2]) for p in idx.variant_pairs}
    assert frozenset({"Independent Office for Police Conduct", "Independent Office of Police Conduct"}) in pairs
    assert frozenset({"Gabriel Kovari", "Gabriel Kovary"}) in pairs
    assert frozenset({"Helen Marchbank", "Helen Marchbanks"}) in pairs
    assert not any("Met" in a or "Met" in b for a, b, _ in idx.variant_pairs)  # a clipping is an alias


def test_name_variant_is_a_conflict_group_naming_who_wrote_what() -> None:
    claims = (
        name("000", 1, "Independent Office for Police Conduct"),
        name("001", 1, "Independent Office of Police Conduct"),
        name("002", 1, "Independent Office for Police Conduct"),
    )
    groups = [g for g in reconcile(claims, (art("000"), art("001"), art("002"))).groups if g.kind == "name"]
    assert len(groups) == 1 and groups[0].verdict == "conflict" and groups[0].finding == "name_variant"
    assert "001 writes 'Independent Office of Police Conduct'" in groups[0].reason
    assert "000, 002 write 'Independent Office for Police Conduct'" in groups[0].reason


def officers(source: str, start: int, value: Quantity, predicate: str, **kw: object) -> Claim:
    return claim(
        source,
        start,
        value,
        counted="officer",
        predicate=predicate,
        sentence=f"The watchdog said {predicate} officers.",
        **kw,
    )


def test_blocking_keys_and_linear_pairs() -> None:
    c = officers("000", 1, q(17), "investigate action of")
    assert "count|n:officer" in keys(c, str)
    assert "count|v:investigate" in keys(c, str)
    # 2,000 claims in one block are compared by sorted neighbourhood, not all pairs.
    many = [officers(f"{i:04d}", i, q(i % 50), "examine action of") for i in range(2000)]
    s = Settings()
    pairs = list(candidate_pairs(many, str, s))
    assert len(pairs) <= 2 * 2000 * s.window
    assert len({(a.id, b.id) for a, b, _ in pairs}) == len(pairs)


def test_amounts_that_count_nothing_meet_by_their_clauses_other_words() -> None:
    """ "knocking $148 million off its market capitalisation" and "wiping $143 million off the company's market
    value": two verbs, two values, no counted noun; the word "market" of both clauses is a block they share."""
    usd = {"unit": "USD"}
    knock = claim("001", 1, q(148_000_000, **usd), kind="money", predicate="knock off market capitalisation")
    wipe = claim("002", 1, q(143_000_000, **usd), kind="money", predicate="wipe off company 's market value")
    assert set(keys(knock, str)) & set(keys(wipe, str)) == {"money|w:market"}
    assert [(a.id, b.id) for a, b, _ in candidate_pairs([knock, wipe], str, Settings())] == [(knock.id, wipe.id)]


def test_same_fact_agrees_and_different_values_conflict() -> None:
    a = officers("000", 1, q(9), "fall below standard require performance of")
    b = officers("001", 1, q(9), "fall below standard require performance of")
    c = officers("002", 1, q(10), "fall below standard require performance of")
    groups = reconcile((a, b), (art("000"), art("001"))).groups
    assert [g.verdict for g in groups] == ["agree"]
    assert "values 9 (000, 001): the same value" in groups[0].reason
    groups = reconcile((a, b, c), (art("000"), art("001"), art("002"))).groups
    # the conflict, and each of its sides as a group of its own: 000 and 001 still agree
    assert [g.verdict for g in groups] == ["conflict", "agree", "single"]
    assert "9 (000, 001) vs 10 (002)" in groups[0].reason and "cannot both hold" in groups[0].reason
    assert groups[0].sides == (groups[1].id, groups[2].id) or groups[0].sides == (groups[2].id, groups[1].id)
    assert set(groups[0].claims) == set(groups[1].claims) | set(groups[2].claims)


def test_one_outlet_never_conflicts_with_itself() -> None:
    a = officers("000", 1, q(9), "fall below standard require performance of")
    b = officers("000", 2, q(7), "fall below standard require performance of")
    assert all(g.verdict != "conflict" for g in reconcile((a, b), (art("000"),)).groups)


def test_part_never_conflicts_with_whole() -> None:
    a = officers("000", 1, q(17), "be investigate", partitive=False)
    b = officers("001", 1, q(16, 16, 16, whole=17), "be investigate", partitive=True)
    assert all(g.verdict != "conflict" for g in reconcile((a, b), (art("000"), art("001"))).groups)


def test_compatible_values_say_which_contains_which() -> None:
    a = officers("000", 1, q(400, 360, 400, approximate=True), "evacuate from home")
    b = officers("001", 1, q(376), "evacuate from home")
    (g,) = reconcile((a, b), (art("000"), art("001"))).groups
    assert g.verdict == "compatible" and "contains 376" in g.reason


def test_later_state_supersedes_earlier_instead_of_conflicting() -> None:
    early = claim(
        "001",
        1,
        q(3),
        counted="toll",
        predicate="stand at death toll",
        tense="present",
        sentence="The death toll stands at three.",
    )
    late = claim(
        "002",
        1,
        q(7),
        counted="toll",
        predicate="stand at death toll",
        tense="present",
        sentence="The death toll stands at seven.",
    )
    arts = (art("001", date(2024, 3, 12), "09:00"), art("002", date(2024, 3, 12), "18:00"))
    groups = reconcile((early, late), arts).groups
    assert all(g.verdict != "conflict" for g in groups)
    later = next(g for g in groups if late.id in g.claims)
    earlier = next(g for g in groups if early.id in g.claims)
    assert later.supersedes == (earlier.id,) and later.finding == "supersedes"


def test_claimants_disagreeing_is_said_so() -> None:
    a = claim(
        "001",
        1,
        q(1_700_000),
        counted="people",
        predicate="march through city",
        claimant="organisers",
        sentence="Organisers said 1.7 million people marched through the city.",
    )
    b = claim(
        "002",
        1,
        q(128_000),
        counted="people",
        predicate="march through city",
        claimant="police",
        sentence="Police said 128,000 people marched through the city.",
    )
    # "people" is generic: make the noun specific so the pair may conflict at all.
    a, b = replace(a, counted="marcher"), replace(b, counted="marcher")
    g = reconcile((a, b), (art("001"), art("002"))).groups[0]
    assert g.verdict == "conflict" and g.finding == "claimants"
    assert "two claimants disagree, not the outlets: organisers says 1700000" in g.reason


def test_ages_years_apart_are_compatible() -> None:
    a = claim("000", 1, q(44), kind="age", about="Stephen Port", counted="age", sentence="Port, 44, was jailed.")
    b = claim("001", 1, q(48), kind="age", about="Stephen Port", counted="age", sentence="Port, 48, is in jail.")
    arts = (art("000", date(2018, 1, 1)), art("001", date(2022, 6, 1)))
    (g,) = reconcile((a, b), arts).groups
    assert g.verdict == "compatible"
    arts = (art("000", date(2018, 1, 1)), art("001", date(2018, 6, 1)))
    g = reconcile((a, b), arts).groups[0]
    assert g.verdict == "conflict" and len(g.sides) == 2


def test_output_is_deterministic() -> None:
    cs = tuple(officers(f"{i:03d}", i, q(9 + i % 2), "fall below standard require") for i in range(6))
    arts = tuple(art(f"{i:03d}") for i in range(6))
    one = reconcile(cs, arts).groups
    two = reconcile(tuple(reversed(cs)), tuple(reversed(arts))).groups
    assert one == two


def test_scoring_claims_outside_the_pool_sees_the_words_they_bring() -> None:
    """A claim the scorer was not built on adds its lemmas to the soft-matching vocabulary: a later claim with
    a lemma already met ("zorblate") must match its close variant ("zorblates") as a fresh scorer would."""
    from claimcheck.reconcile.compare import Scorer

    pool = [officers("000", 1, q(3), "zorblate"), officers("001", 1, q(3), "examine")]
    x, y, z = (officers(s, 1, q(3), p) for s, p in (("002", "examine"), ("003", "zorblates"), ("004", "zorblate")))
    scorer = Scorer(pool, str)
    scorer.score(x, y)  # y widens the vocabulary
    fresh = Scorer([*pool, y], str)
    assert scorer.score(z, y).predicate == pytest.approx(fresh.score(z, y).predicate, abs=0.5)
    assert scorer.score(z, y).predicate > 90  # IDF differs a little: the fresh scorer counts y


@pytest.mark.parametrize(
    ("b_value", "b_about", "counted_alike"),
    [
        (q(10, unit="km"), "organiser", False),  # two lengths of a race, of nothing each says: no one thing
        (q(5, unit="km"), "organiser", True),  # the same figure: it may be one length
        (q(10, unit="km"), "detour", True),  # both say what the length is of: one detour, two figures
    ],
)
def test_a_length_told_by_its_unit_alone_is_no_thing_counted_alike_when_the_figures_differ(
    b_value: Quantity, b_about: str, counted_alike: bool
) -> None:
    """ "for five kilometres it looked as though" and "in the final 10km": a length no word relates is counted as
    "length", its unit's dimension, and a story tells many; the score counts it as one thing only when the figures
    may be one, or when both say what the length is of ("a 23km detour", "the 32km detour")."""
    from claimcheck.reconcile.compare import Scorer

    a = claim("001", 1, q(5, unit="km"), kind="measure", counted="length", about="detour", predicate="look for")
    b = claim("002", 1, b_value, kind="measure", counted="length", about=b_about, predicate="look at")
    notes = Scorer([a, b], str).score(a, b).notes
    assert ("both count length" in notes) is counted_alike


@pytest.mark.parametrize(
    ("x", "y", "slip"),
    [
        (date(2025, 11, 7), date(2025, 11, 17), True),  # a digit added
        (date(2025, 12, 2), date(2025, 12, 12), True),
        (date(2026, 7, 12), date(2026, 7, 21), True),  # two digits swapped
        (date(2026, 7, 16), date(2026, 7, 17), False),  # a day apart: as often two days as one mistyped
        (date(2026, 7, 7), date(2026, 8, 17), False),  # two months
        (date(2026, 7, 7), date(2026, 7, 7), False),
    ],
)
def test_a_day_of_the_month_mistyped_is_one_digit_added_dropped_or_swapped(x: date, y: date, slip: bool) -> None:
    from claimcheck.reconcile.compare import day_mistyped, day_typo_keys, day_written

    dx, dy = (DateValue(d, d + timedelta(days=1), "day") for d in (x, y))
    assert day_mistyped(dx, dy) is slip
    assert day_written(f"on {x:%B} {x.day}", dx) and not day_written("by the end of Friday", dx)
    if slip:
        assert set(day_typo_keys(dx)) & set(day_typo_keys(dy))


def test_a_date_whose_day_is_mistyped_in_a_copy_is_a_conflict(tmp_path: Path) -> None:
    """ "pushed into receivership on Nov. 7" and "was put into receivership on Nov. 17": one day of one month with a
    digit added in a copy; but "last night" and "by the end of Friday" write no digit that could be mistyped."""
    first = (
        "The developer, Corvale, was pushed into receivership on Nov. 7 by its senior lender after presales stalled"
        " and costs rose."
    )
    copy = (
        "Work on the tower stopped when Corvale Developments was put into receivership on Nov. 17, leaving the frame"
        " half built."
    )
    result = scan_texts(tmp_path, [("001_a", "2026-03-19", first), ("002_b", "2026-03-20", copy)])
    assert {"Nov. 7", "Nov. 17"} in group_texts(result, "conflict")


def test_a_count_of_three_digits_swapped_is_one_count_whatever_noun_each_outlet_counts(tmp_path: Path) -> None:
    """ "the airport operator reported 412 cancellations" and "421 flights were cancelled": two nouns for one count,
    which an exact figure of three significant digits with two of them swapped says is one count miscopied."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-03-25", "At Rome Fiumicino, the airport operator reported 412 cancellations on Wednesday."),
            ("002_b", "2026-03-25", "At Rome Fiumicino, 421 flights were cancelled on Wednesday, the operator said."),
        ],
    )
    assert {"412", "421"} in group_texts(result, "conflict")


def test_a_figure_miscopied_is_one_figure_though_only_one_outlet_places_it(tmp_path: Path) -> None:
    """ "2,140 households have been affected" and "2,410 households have been affected across Lamam and Thateng
    districts": a place one outlet gives and the other does not would keep two figures apart, but an exact figure
    with two neighbouring digits swapped is one figure miscopied, wherever one outlet places it."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-09-16", "District officials say 2,140 households have been affected by the flood."),
            ("002_b", "2026-09-16", "Officials say 2,410 households were affected across Lamam and Thateng districts."),
        ],
    )
    assert {"2,140", "2,410"} in group_texts(result, "conflict")


def test_a_figure_miscopied_is_one_figure_though_only_one_outlet_tells_it_as_a_part(tmp_path: Path) -> None:
    """ "The number of flamingos that have died has reached 4,870" and "4,780 of the birds have died": "of the birds"
    reads as a part of a whole, which no whole's rival is, but two neighbouring digits of four swapped are one
    figure miscopied."""
    first = "The number of lesser flamingos that have died at Lake Bogoria has reached 4,870, the service said."
    then = "The Kenya Wildlife Service now says 4,780 of the birds have died in less than a week."
    result = scan_texts(tmp_path, [("001_a", "2026-02-14", first), ("002_b", "2026-02-14", then)])
    assert {"4,870", "4,780"} in group_texts(result, "conflict")


def test_a_later_amount_that_is_the_earlier_with_its_digits_swapped_is_a_conflict_not_an_update(
    tmp_path: Path,
) -> None:
    """ "an extra $412 a year" in a Friday paper and "an extra $421 a year" a week later: an amount of three
    significant digits told later with two of them swapped is that amount miscopied, not a figure revised."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-06-26", "For the average ratepayer the increase means paying an extra $412 a year."),
            ("002_b", "2026-07-02", "For the average household that means an extra $421 a year, taking the bill up."),
        ],
    )
    assert {"$412", "$421"} in group_texts(result, "conflict")


def test_a_later_figure_that_is_the_earlier_with_its_digits_swapped_is_a_conflict_not_an_update(
    tmp_path: Path,
) -> None:
    """ "47 people were injured" on Sunday and "SEVENTY-FOUR people were injured" on Monday: a running tally may grow,
    but a later figure that is the earlier one's two digits swapped is that figure miscopied far more often than a
    tally that grew to land on it; so it is a conflict, as a swapped figure that falls already is."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-07-19", "The mayor said 47 people were injured in the crush at the festival gate."),
            ("002_b", "2026-07-20", "SEVENTY-FOUR people were injured in the crush at the festival gate, he said."),
        ],
    )
    assert {"47", "SEVENTY-FOUR"} in group_texts(result, "conflict")


def test_a_race_time_with_two_digits_swapped_in_a_copy_is_a_conflict(tmp_path: Path) -> None:
    """ "won the city marathon in 2:06:41" and "set a new course record of 2:06:14": a time typed as a clock with two
    digits swapped is one time miscopied, whatever verb each outlet hangs it on ("won", "set a record")."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-04-12", "Elijah Sang won the city marathon in 2:06:41, more than a minute inside it."),
            (
                "002_b",
                "2026-04-13",
                "Kenyan Elijah Sang set a new course record of 2:06:14 yesterday, beating a mark that had stood since"
                " 2019.",
            ),
        ],
    )
    assert {"2:06:41", "2:06:14"} in group_texts(result, "conflict")


def test_blocking_meets_on_measure_and_on_the_figure_itself() -> None:
    bodies = claim("000", 1, q(61), counted="body", measure="killed", predicate="recover")
    toll = claim("001", 1, q(60), counted="toll", measure="killed", predicate="stand at")
    aboard = claim("002", 1, q(243), counted="people", predicate=None)
    passengers = claim("003", 1, q(243), counted="passenger", predicate="be among")
    assert set(keys(bodies, str)) & set(keys(toll, str)) == {"count|m:killed"}
    assert "count|=243" in set(keys(aboard, str)) & set(keys(passengers, str))
    age = claim("004", 1, q(70), kind="age", counted="age")
    assert keys(age, str) == ["age|=70"]


def test_a_plain_count_is_not_a_count_of_what_happened_to_people() -> None:
    children = claim("000", 1, q(5), counted="child", predicate="have measle", sentence="Five children have measles.")
    vaccinated = claim(
        "001", 1, q(5), counted="people", measure="vaccinated", predicate="be vaccinate", sentence="Five vaccinated"
    )
    groups = reconcile((children, vaccinated), (art("000"), art("001"))).groups
    assert [g.verdict for g in groups] == ["single", "single"]


def test_a_cluster_never_joins_two_places_through_a_claim_that_names_none() -> None:
    kw = {"counted": "people", "measure": "killed", "predicate": "be kill"}
    south = claim("000", 1, q(None, 126, None), place="Lowveld", sentence="At least 126 were killed in Lowveld.", **kw)
    loose = claim("001", 1, q(None, 120, None), sentence="At least 120 people were killed.", **kw)
    north = claim(
        "002", 1, q(None, 125, None), place="Highveld", sentence="At least 125 were killed in Highveld.", **kw
    )
    groups = reconcile((south, loose, north), (art("000"), art("001"), art("002"))).groups
    for g in groups:
        assert not {south.id, north.id} <= set(g.claims)


def test_a_running_tally_may_conflict_across_tenses_and_a_measure_across_a_missing_place() -> None:
    six = claim(
        "000",
        1,
        q(6),
        counted="people",
        measure="critical",
        predicate="be in critical condition",
        tense="past",
        sentence="Six people were in critical condition, officials said.",
    )
    eight = claim(
        "001",
        1,
        q(8),
        counted="people",
        measure="critical",
        predicate="be in critical condition",
        tense="present",
        sentence="Eight people are in critical condition, officials said.",
    )
    assert any(g.verdict == "conflict" for g in reconcile((six, eight), (art("000"), art("001"))).groups)
    m1 = claim(
        "000",
        1,
        q(7.7, unit="magnitude"),
        kind="measure",
        counted="magnitude",
        predicate="measure quake at",
        sentence="The quake measured magnitude 7.7.",
    )
    m2 = claim(
        "001",
        1,
        q(7.8, unit="magnitude"),
        kind="measure",
        counted="magnitude",
        predicate="measure quake at",
        place="Awaran",
        sentence="The quake measured magnitude 7.8 in Awaran.",
    )
    assert any(g.verdict == "conflict" for g in reconcile((m1, m2), (art("000"), art("001"))).groups)


def test_times_of_one_day_block_together() -> None:
    from claimcheck.extract.dates import parse_date

    ref = date(2015, 5, 13)
    a = claim("000", 1, parse_date("9:21 p.m. Tuesday", ref), kind="date", predicate="leave rail")
    b = claim("001", 1, parse_date("about 9:30 p.m. Tuesday", ref), kind="date", predicate="derail")
    assert "date|t:2015-05-12" in set(keys(a, str)) & set(keys(b, str))


def test_one_year_blocks_together_and_two_doings_of_it_stay_apart() -> None:
    """ "the lowest intake since 2006" and "the smallest cohort since 2006" share no word of their doing, so they
    meet on the year itself; "the stadium opened in 2006" and "the club was formed in 2006" meet there too, and
    the year's own preposition, in every such predicate, no longer makes the two verbs look alike."""
    from claimcheck.reconcile.compare import Scorer

    year = DateValue(date(2006, 1, 1), date(2007, 1, 1), "year")
    low = claim("000", 1, year, kind="date", predicate="be low intake since", text="2006")
    small = claim("001", 1, year, kind="date", predicate="be small cohort since", text="2006")
    assert "date|d:2006" in set(keys(low, str)) & set(keys(small, str))
    opened = claim("000", 1, year, kind="date", predicate="open in", text="2006", sentence="It opened in 2006.")
    formed = claim("001", 1, year, kind="date", predicate="form in", text="2006", sentence="It was formed in 2006.")
    assert Scorer([opened, formed], str).score(opened, formed).predicate < 40


def test_a_year_meets_the_years_one_keystroke_away() -> None:
    """ "The board, set up in 1965" and "since it was founded in 1975": a year mistyped in its decade or its last digit
    is one keystroke from the other, and meets it to be scored, as years up to two apart do; a year two digits
    away does not."""

    def year(source: str, y: int) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(source, 1, value, kind="date", predicate="do in", text=str(y))

    shared = set(keys(year("001", 1965), str)) & set(keys(year("002", 1975), str))
    assert shared and set(keys(year("001", 1911), str)) & set(keys(year("002", 1917), str))
    assert not set(keys(year("001", 1965), str)) & set(keys(year("002", 1987), str))


def test_a_rate_given_as_a_percentage_is_one_fact_in_any_sentence() -> None:
    """ "Turnout was 72.2%" and "Turnout stood at 71.8%, with 30 million voting": the noun is the rate itself,
    so the same noun weighs more for two percentages than for two counts; a change ("a 3% rise") or a part
    ("40% of voters") does not."""
    from claimcheck.reconcile.compare import Scorer

    one = "Turnout was 72.2 per cent."
    other = "Turnout stood at 71.8%, with more than 30 million people taking part."

    def pair(counted: str, kind: str = "percent", **kw: object) -> tuple[Claim, Claim]:
        unit = "%" if kind == "percent" else None
        x, y = f"{counted}-{kind}-{bool(kw)}-a", f"{counted}-{kind}-{bool(kw)}-b"  # claims are told apart by id
        return (
            claim(x, 1, q(72.2, unit=unit), kind=kind, counted=counted, predicate="be", sentence=one, **kw),
            claim(y, 1, q(71.8, unit=unit), kind=kind, counted=counted, predicate="stand at", sentence=other, **kw),
        )

    pairs = {
        name: pair(*args)
        for name, args in {"rate": ("turnout",), "count": ("turnout", "count"), "rise": ("rise",)}.items()
    }
    pairs["part"] = pair("voter", partitive=True)
    scorer = Scorer([c for p in pairs.values() for c in p], str)
    got = {name: scorer.score(*p) for name, p in pairs.items()}
    assert "both give the turnout as a percentage" in got["rate"].notes
    assert got["rate"].total == pytest.approx(got["count"].total + 10, abs=0.2)
    assert not any("as a percentage" in n for name in ("rise", "part") for n in got[name].notes)


def test_one_sentence_giving_one_value_to_two_things_is_two_facts() -> None:
    """ "its 3.5% offer barely kept pace with inflation of 3.5%": one sentence, one value, two things; neither
    joins the other's group through a third outlet's "a 3.5% pay offer"."""
    s = "The union said the 3.5% offer barely kept pace with inflation of 3.5%."
    offer = claim(
        "000", 10, q(3.5, 3.5, 3.5, unit="%"), kind="percent", counted="offer", predicate="keep pace", sentence=s
    )
    inflation = claim(
        "000", 50, q(3.5, 3.5, 3.5, unit="%"), kind="percent", counted="inflation", predicate="keep pace", sentence=s
    )
    other = claim(
        "001",
        10,
        q(3.5, 3.5, 3.5, unit="%"),
        kind="percent",
        counted="offer",
        predicate="keep pace",
        sentence="The union said the 3.5% offer barely kept pace.",
    )
    groups = reconcile((offer, inflation, other), (art("000"), art("001"))).groups
    together = [g for g in groups if len(g.claims) > 1]
    assert [sorted(g.claims) for g in together] == [sorted([offer.id, other.id])]


def test_a_duration_shares_its_unit_not_its_thing() -> None:
    """'stocked with food for 48 hours' and 'after 52 hours underground' both count hours, which says how long,
    not what lasted: no bonus for the same counted noun, as a scale's unit ('Category 3', 'magnitude 7.7') is
    its thing and keeps it."""
    from claimcheck.reconcile.compare import Scorer

    hour = Quantity(value=48, low=48, high=48, unit="hour")
    food = claim(
        "000",
        1,
        hour,
        kind="duration",
        counted="hour",
        predicate="stock with food for",
        sentence="The shelter was stocked with food for 48 hours.",
    )
    out = claim(
        "001",
        1,
        replace(hour, value=52, low=52, high=52),
        kind="duration",
        counted="hour",
        predicate="bring to surface after underground",
        sentence="All were brought up after 52 hours underground.",
    )
    notes = Scorer([food, out], str).score(food, out).notes
    assert not any("hours" in n for n in notes)
    cat = Quantity(value=3, low=3, high=3, unit="category")
    storm = claim(
        "002",
        1,
        cat,
        kind="measure",
        counted="category",
        predicate="make landfall as",
        sentence="It made landfall as a Category 3 storm.",
    )
    other = claim(
        "003",
        1,
        replace(cat, value=2, low=2, high=2),
        kind="measure",
        counted="category",
        predicate="come ashore as",
        sentence="It came ashore as a Category 2 storm.",
    )
    assert "both count Category" in Scorer([storm, other], str).score(storm, other).notes


def test_two_amounts_share_a_currency_not_a_thing() -> None:
    """'10 million euros in emergency aid' and 'damage of 90 to 120 million euros' count euros: no credit for
    the same counted noun, and so none for two claimants giving a figure for one thing."""
    from claimcheck.reconcile.compare import Scorer

    aid = claim(
        "000",
        1,
        Quantity(value=10e6, low=10e6, high=10e6, unit="EUR"),
        kind="money",
        counted="euro",
        predicate="release in emergency aid",
        claimant="the governor",
        sentence="The governor said the province would release 10 million euros in emergency aid.",
    )
    loss = claim(
        "001",
        1,
        Quantity(value=None, low=90e6, high=120e6, unit="EUR"),
        kind="money",
        counted="euro",
        predicate="estimate damage at",
        claimant="insurers",
        sentence="Insurers estimate the damage at 90 to 120 million euros.",
    )
    notes = Scorer([aid, loss], str).score(aid, loss).notes
    assert not any("euros" in n or "each give a figure" in n for n in notes)


def test_a_count_added_to_a_total_is_not_one_outlet_saying_a_part_again() -> None:
    """ "another six patients" (added to a total) and "six of those patients" (a part of one) are two facts of one
    outlet, even when a third claim of another outlet could join either."""
    from claimcheck.types import ADDED

    part = claim(
        "000",
        1,
        q(6),
        counted="patient",
        predicate="have unknown source",
        partitive=True,
        sentence="Six of those patients have an unknown source.",
        measure="infected",
    )
    added = claim(
        "000",
        300,
        q(6),
        counted="patient",
        predicate="have unknown source report",
        partitive=True,
        inferred=ADDED,
        sentence="Two towns reported another six patients with an unknown source.",
        measure="infected",
    )
    added = replace(added, sentence_start=300, sentence_end=365)  # its own sentence
    other = claim(
        "001",
        1,
        q(6),
        counted="patient",
        predicate="have unknown source",
        partitive=True,
        sentence="Six patients have an unknown source.",
        measure="infected",
    )
    restated = replace(added, inferred=None)
    arts = (art("000"), art("001"))
    together = {g.claims for g in reconcile((part, other, restated), arts).groups}
    assert {part.id, other.id, restated.id} in [set(c) for c in together]  # the test can tell one group apart
    for g in reconcile((part, added, other), arts).groups:
        assert not {part.id, added.id} <= set(g.claims)


def test_at_risk_and_in_danger_are_one_state() -> None:
    """ "40,000 people remain at risk" and "40,000 people are in danger": news words for one state agree."""
    from claimcheck.reconcile.lexicon import fold

    assert fold("danger") == fold("risk") == fold("threaten") == fold("endanger")
    said = "About 40,000 people"
    claims = (
        claim("001", 1, q(40000), counted="people", predicate="remain at risk", sentence=f"{said} remain at risk."),
        claim("002", 1, q(40000), counted="people", predicate="be in danger", sentence=f"{said} are in danger."),
    )
    groups = [g for g in reconcile(claims, (art("001"), art("002"))).groups if g.kind == "count"]
    assert [g.verdict for g in groups] == ["agree"]


def test_two_papers_giving_one_day_two_figures_disagree_whatever_their_dates() -> None:
    """'The toll stood at three on Monday' in a Monday paper and 'at seven on Monday' in a Wednesday one: the
    sentences give the figure's own day, the same day, so the later paper is no update of the earlier."""
    early = claim(
        "001",
        1,
        q(3),
        counted="toll",
        predicate="stand at death toll on",
        tense="present",
        time="2024-03-11",
        sentence="The death toll stood at three on Monday.",
    )
    late = claim(
        "002",
        1,
        q(7),
        counted="toll",
        predicate="stand at death toll on",
        tense="present",
        time="2024-03-11",
        sentence="The death toll stood at seven on Monday.",
    )
    arts = (art("001", date(2024, 3, 11), "09:00"), art("002", date(2024, 3, 13), "18:00"))
    groups = reconcile((early, late), arts).groups
    assert any(g.verdict == "conflict" for g in groups)
    assert all(not g.supersedes for g in groups)


def test_one_measure_in_one_named_place_scores_as_one_tally() -> None:
    """ "Nine pupils in Kent have been confirmed with mumps" and "the number of mumps cases in Kent has risen to
    11": both count the infected in one place, which the score says; another place, or none, gets no such credit."""
    from claimcheck.reconcile.compare import Scorer

    nine = claim(
        "001",
        1,
        q(9),
        counted="pupil",
        measure="infected",
        place="Kent",
        predicate="be confirm with mumps",
        sentence="Nine pupils in Kent have been confirmed with mumps.",
    )
    eleven = claim(
        "002",
        1,
        q(11),
        counted="case",
        measure="infected",
        place="Kent",
        predicate="rise to number of",
        sentence="The number of mumps cases in Kent has risen to 11.",
    )
    elsewhere = replace(eleven, source="003", id="003:count:1-2", place=None)
    scorer = Scorer([nine, eleven, elsewhere], str)
    both = scorer.score(nine, eleven)
    assert "both in Kent" in both.notes
    one_side = scorer.score(nine, elsewhere)
    assert not any(n.startswith("both in") for n in one_side.notes) and one_side.total == both.total - 10


def test_two_names_of_one_person_give_one_persons_age() -> None:
    """ "flight attendant Ada Lin, 31" and "Stewardess Ada Lin, 30": the corpus makes both names one person, so
    the two ages are that person's, scored as one fact; two people's ages are not."""
    from claimcheck.reconcile.compare import Scorer

    a31 = claim("001", 1, q(31), kind="age", about="Ada Lin", predicate="say", sentence="... Ada Lin, 31, said.")
    a30 = claim("002", 1, q(30), kind="age", about="Stewardess Ada Lin", predicate="pin")
    names = {"Ada Lin": "Stewardess Ada Lin"}
    scored = Scorer([a31, a30], lambda s: names.get(s, s)).score(a31, a30)
    assert scored.total == 90.0 and "both give the age of Stewardess Ada Lin" in scored.notes
    other = replace(a30, about="Bo Chen")
    assert Scorer([a31, other], lambda s: names.get(s, s)).score(a31, other).total < 55


def test_a_figure_told_as_an_update_comes_after_one_of_the_same_day() -> None:
    """ "Two miners were killed" in a morning paper and "the toll has risen to three, officials now say" in an
    evening one of the same day: the second sentence says its figure came after another, so it updates the first;
    told without that order, or with a toll that falls, or both told as updates, the two figures disagree."""
    from claimcheck.types import UPDATE_HEDGE

    def killed(source: str, v: int, *hedges: str) -> Claim:
        return claim(
            source,
            1,
            q(v),
            counted="miner",
            predicate="be kill in collapse",
            measure="killed",
            tense="past",
            time="2025-05-06",
            hedges=hedges,
            sentence=f"{v} miners were killed in the collapse on Tuesday.",
        )

    arts = (art("001", date(2025, 5, 6)), art("002", date(2025, 5, 6)))

    def verdicts(a: Claim, b: Claim) -> tuple[bool, dict[str, tuple[str, ...]]]:
        groups = reconcile((a, b), arts).groups
        by_claims = {g.claims[0]: g.supersedes for g in groups if g.kind == "count" and len(g.claims) == 1}
        return any(g.verdict == "conflict" for g in groups), by_claims

    early, late = killed("001", 2), killed("002", 3, UPDATE_HEDGE)
    conflict, sup = verdicts(early, late)
    assert not conflict
    assert sup[late.id] and not sup[early.id]  # the three updates the two
    assert verdicts(early, replace(late, hedges=()))[0]  # no stated order: one day, two figures, a conflict
    assert verdicts(replace(early, hedges=(UPDATE_HEDGE,)), late)[0]  # both say they are the latest
    assert verdicts(killed("001", 4), late)[0]  # "has risen to three" against four: no toll of the dead falls


def test_a_crew_is_whoever_works_a_vessel_not_firefighters() -> None:
    """A crew is the people who work a ship, a plane or an engine; only "fire crews" are firefighters, so "12
    crew" of an airliner never reads as "12 firefighters"."""
    from claimcheck.reconcile.identity import guard, same_thing
    from claimcheck.reconcile.lexicon import fold

    assert fold("fireman") == fold("firefighter") != fold("crew")
    crew = claim("000", 1, q(12), counted="crew", predicate="be on board")
    firefighters = claim("001", 1, q(12), counted="firefighter", predicate="be on board")
    assert not same_thing(guard(crew), guard(firefighters))


def test_an_outlet_that_reports_a_revision_orders_the_two_figures_of_its_day() -> None:
    """A morning wire's "30 people were injured" and a tabloid's "36 people were injured", both of one day, would
    disagree; but a third outlet says the airline "raised the number of injured from 30 to 36", so the 36 updates
    the 30. Without that third outlet the two still conflict."""
    from claimcheck.types import EARLIER_HEDGE, UPDATE_HEDGE

    def hurt(source: str, start: int, v: int, *hedges: str, sentence: str = "") -> Claim:
        return claim(
            source,
            start,
            q(v),
            counted="people",
            predicate="be injure on flight",
            measure="injured",
            tense="past",
            time="2026-05-19",
            hedges=hedges,
            sentence=sentence or f"{v} people were injured on the flight on Tuesday.",
        )

    arts = tuple(art(s, date(2026, 5, 19)) for s in ("001", "002", "003"))
    first, second = hurt("001", 1, 30), hurt("002", 1, 36)
    revised = "The airline raised the number of people injured on the flight on Tuesday from 30 to 36."
    was = hurt("003", 1, 30, EARLIER_HEDGE, sentence=revised)
    now = hurt("003", 9, 36, UPDATE_HEDGE, sentence=revised)

    def conflicts(*claims: Claim) -> list[tuple[str, ...]]:
        return [g.claims for g in reconcile(claims, arts).groups if g.verdict == "conflict"]

    assert conflicts(first, second)  # one day, two figures, no stated order
    groups = reconcile((first, second, was, now), arts).groups
    assert not [g for g in groups if g.verdict == "conflict"]
    later = next(g for g in groups if second.id in g.claims)
    assert later.supersedes and any(first.id in g.claims and g.id in later.supersedes for g in groups)


def test_an_unnamed_age_meets_the_one_person_named_in_its_role() -> None:
    """ "the 53-year-old pilot" and "The pilot, Ana Costa, 58": the story names one pilot, so the two ages are
    hers and conflict; with a second named pilot, the unnamed one could be either and meets neither."""
    from claimcheck.reconcile.compare import Scorer

    hurt = "The 53-year-old pilot was hurt."
    unnamed = claim("001", 1, q(53), kind="age", modifiers=("pilot",), predicate="be hurt", sentence=hurt)
    named = claim(
        "002",
        1,
        q(58),
        kind="age",
        about="Ana Costa",
        modifiers=("pilot",),
        predicate="land plane safely",
        sentence="The pilot, Ana Costa, 58, landed the plane safely on the island.",
    )
    other = claim("003", 1, q(40), kind="age", about="Bo Chen", modifiers=("pilot",), predicate="fly")
    scored = Scorer([unnamed, named], str).score(unnamed, named)
    assert scored.total == 80.0 and any("the pilot" in n for n in scored.notes)
    assert Scorer([unnamed, named, other], str).score(unnamed, named).total < 55
    groups = reconcile((unnamed, named), (art("001", date(2026, 8, 17)), art("002", date(2026, 8, 17)))).groups
    assert "conflict" in [g.verdict for g in groups if g.kind == "age"]


def test_the_one_figure_each_outlet_gives_for_a_thing_scores_as_that_things_figure() -> None:
    """ "The jet carried 250 passengers and 14 crew" and "the plane, with 12 crew, landed safely": each outlet gives
    one figure for the crew, so the two are the story's crew, which the score says; an outlet giving two crew
    figures (its own ship's and a rescue boat's) gets no such credit, nor does a part."""
    from claimcheck.reconcile.compare import Scorer

    jet = "The jet carried 250 passengers and 14 crew."
    fourteen = claim("001", 1, q(14), counted="crew", predicate="carry passenger", sentence=jet)
    plane = "The plane, with 12 crew, landed safely."
    twelve = claim("002", 1, q(12), counted="crew", predicate="land safely with", sentence=plane)
    scorer = Scorer([fourteen, twelve], str)
    sole = scorer.score(fourteen, twelve)
    assert "the only figure each gives for crew" in sole.notes
    lifeboat = "A lifeboat with six crew was sent."
    rescue = claim("002", 40, q(6), counted="crew", predicate="send boat", sentence=lifeboat)
    two_figures = Scorer([fourteen, twelve, rescue], str).score(fourteen, twelve)
    assert two_figures.total == sole.total - 10
    part = replace(twelve, partitive=True)
    assert Scorer([fourteen, part], str).score(fourteen, part).total < sole.total


def test_a_day_and_an_hour_of_that_day_are_one_day_not_an_update() -> None:
    """ "Medics took 16 people to hospital after the blast at about 8.15 p.m. on Friday" and "61 people were taken
    to hospital late on Friday": one sentence gives the figure's day, the other an hour of that day, and the text
    does not order a day against an hour in it, so the two figures disagree; two hours of one day are still ordered
    ("by 10 a.m.", "by 4 p.m.")."""
    from claimcheck.reconcile.cluster import _one_day

    assert _one_day("2025-05-09", "2025-05-09T20:15")
    assert _one_day("2025-05-09T20:15", "2025-05-09")
    assert _one_day("2025-05-09", "2025-05-09")
    assert not _one_day("2025-05-09T10:00", "2025-05-09T16:00")
    assert not _one_day("2025-05-09", "2025-05-10T08:00")
    assert not _one_day("2025-05-09", "2025-05-09/2025-05-11")  # a span of days is no day
    assert not _one_day("2025-05", "2025-05-09T20:15")
    assert not _one_day(None, "2025-05-09")
    sentence_a = "Medics took 16 people to hospital after the blast at about 8.15 p.m. on Friday."
    sentence_b = "Sixty-one people were taken to hospital after the blast late on Friday."
    hour = claim(
        "001",
        1,
        q(16),
        counted="people",
        measure="hospitalised",
        predicate="take to hospital after blast",
        time="2025-05-09T20:15",
        sentence=sentence_a,
    )
    day = claim(
        "002",
        1,
        q(61),
        counted="people",
        measure="hospitalised",
        predicate="take to hospital after blast",
        time="2025-05-09",
        sentence=sentence_b,
    )
    arts = (art("001", date(2025, 5, 11)), art("002", date(2025, 5, 10)))
    groups = reconcile((hour, day), arts).groups
    assert any(g.verdict == "conflict" for g in groups)
    assert all(not g.supersedes for g in groups)


def test_one_lower_bound_told_as_at_least_and_as_more_than_is_one_figure() -> None:
    """ "Sales topped 40,000 tickets" and "more than 40,000 tickets were sold" hedge one figure the same way: the
    score credits them as one count of tickets, as it does two equal figures; another bound, or one bound
    against an exact figure, gets no such credit."""
    from claimcheck.reconcile.compare import Scorer, one_figure

    more = Quantity(value=40000, low=40000, high=None, low_inclusive=False)
    least = Quantity(value=40000, low=40000, high=None)
    assert one_figure(more, least) and one_figure(least, more)
    assert not one_figure(more, Quantity(value=50000, low=50000, high=None))
    assert not one_figure(least, Quantity.exact(40000))
    upto, under = Quantity(value=40000, low=None, high=40000), Quantity(40000, None, 40000, high_inclusive=False)
    assert not one_figure(upto, under)  # "up to" is often a maximum, "under" a figure below it
    topped = claim("001", 1, least, counted="ticket", predicate="top", sentence="Sales topped 40,000 tickets.")
    sold = claim("002", 1, more, counted="ticket", predicate="be sell", sentence="More than 40,000 tickets were sold.")
    scored = Scorer([topped, sold], str).score(topped, sold)
    assert "same count of tickets" in scored.notes
    other = replace(sold, value=Quantity(value=45000, low=45000, high=None, low_inclusive=False))
    assert Scorer([topped, other], str).score(topped, other).total == scored.total - 20


def test_a_long_figure_and_the_same_figure_rounded_score_as_one_count() -> None:
    """ "The country has 48.7 million households" and a fact box's "Households: 48,706,120": news rounds a long
    figure to a few digits, and the rounded figure is the same count of the same noun, which the score credits as
    it credits two equal figures; a round figure a step away ("48.6 million") gets no such credit."""
    from claimcheck.reconcile.compare import Scorer
    from claimcheck.reconcile.values import rounded_long_figure

    rounded, exact = Quantity.exact(48_700_000), Quantity.exact(48_706_120)
    assert rounded_long_figure(rounded, exact) and rounded_long_figure(exact, rounded)
    assert not rounded_long_figure(Quantity.exact(48_600_000), exact)
    assert not rounded_long_figure(Quantity(48_700_000, 48_000_000, 49_000_000, approximate=True), exact)
    assert not rounded_long_figure(Quantity.exact(487), Quantity.exact(487.2))  # (no long figure)
    told = "The country has 48.7 million households."
    has = claim("001", 1, rounded, counted="household", predicate="have", sentence=told)
    line = claim("002", 1, exact, counted="household", predicate="household", sentence="- Households: 48,706,120")
    scored = Scorer([has, line], str).score(has, line)
    assert "same count of households" in scored.notes
    step = replace(has, value=Quantity.exact(48_600_000))
    assert Scorer([step, line], str).score(step, line).total == scored.total - 20


@pytest.mark.parametrize(
    ("sentence", "date_text", "want"),
    [
        ("The shares fell to their weakest level since 2009 on Monday.", "2009", "weakest"),
        ("Grain sinks to lowest price since 2011", "2011", "lowest"),
        ("It was the worst harvest in the valley since 1976.", "1976", "worst"),
        ("Turnout was the most closely watched since the 1990s.", "1990s", "most closely"),
        ("The inquest has been adjourned since March.", "March", None),
        ("Farmers have held a protest since Monday.", "Monday", None),
        ("The mill has been closed since 1984.", "1984", None),
    ],
)
def test_a_date_after_a_superlatives_since_records_the_superlative(sentence: str, date_text: str, want: str) -> None:
    from claimcheck.reconcile.compare import record_since

    at = sentence.index(date_text)
    c = claim("001", at, None, kind="date", sentence=sentence, text=date_text)
    assert record_since(c) == want


def test_two_dates_bounding_one_superlative_score_as_one_fact() -> None:
    """ "Shares slid to their weakest level since 2009" and "shares have tumbled to their weakest point since
    2009": when the shares were last that weak, whichever verb took them there."""
    from claimcheck.reconcile.compare import Scorer

    year = DateValue(date(2009, 1, 1), date(2010, 1, 1), "year")
    s1 = "Shares slid to their weakest level since 2009."
    s2 = "Shares have tumbled to their weakest point since 2009 after the vote."
    a = claim("001", s1.index("2009"), year, kind="date", sentence=s1, text="2009", predicate="slide to weak level")
    b = claim("002", s2.index("2009"), year, kind="date", sentence=s2, text="2009", predicate="tumble to weak point")
    scored = Scorer([a, b], str).score(a, b)
    assert "both the weakest since 2009" in scored.notes
    s3 = "Shares slid to their lowest level since 2009."
    c = claim("003", s3.index("2009"), year, kind="date", sentence=s3, text="2009", predicate="slide to low level")
    assert not any("since" in n for n in Scorer([a, b, c], str).score(b, c).notes)


def test_one_lower_bound_meets_itself_whatever_it_counts() -> None:
    """ "More than 20 vessels joined the search" and "more than 20 boats took part": a bound has no figure of its
    own to meet on, so blocking meets it on the bound (at least or more than), and the score decides."""
    vessels = claim("001", 1, Quantity(None, 20, None, low_inclusive=False), counted="vessel", predicate="join search")
    boats = claim("002", 1, Quantity(None, 20, None), counted="boat", predicate="take part in search")
    other = claim("003", 1, Quantity(None, 30, None), counted="boat", predicate="take part in search")
    exact = claim("004", 1, Quantity.exact(20), counted="boat", predicate="take part in search")
    assert "count|=>20" in set(keys(vessels, str)) & set(keys(boats, str))
    assert not set(keys(vessels, str)) & set(keys(other, str))
    assert "count|=>20" not in keys(exact, str)


def test_one_upper_bound_meets_itself_with_no_noun_or_verb_to_meet_on() -> None:
    """ "The liability could be as high as £40m" in two outlets: an upper bound has no figure of its own, and "be"
    and no counted noun give no other key, so blocking meets it on the bound, as it meets a lower bound."""
    a = claim("001", 1, Quantity(None, None, 40_000_000, unit="GBP"), kind="money", predicate="be")
    b = claim("002", 1, Quantity(None, None, 40_000_000, unit="GBP"), kind="money", predicate="be")
    lower = claim("003", 1, Quantity(None, 40_000_000, None, unit="GBP"), kind="money", predicate="be")
    assert "money|=<40000000GBP" in set(keys(a, str)) & set(keys(b, str))
    assert not set(keys(a, str)) & set(keys(lower, str))  # "more than £40m" is another bound


def test_an_amount_named_by_a_noun_meets_one_said_with_its_verb() -> None:
    """ "The council announced compensation of £5,000 for each household" and "the council will pay £5,000 to each
    household": the noun names the doing the other's verb says (the lexicon folds "compensation" to "pay"). A
    noun of another doing gets no such credit, nor does a count."""
    from claimcheck.reconcile.compare import Scorer

    gbp = Quantity(value=5000, low=5000, high=5000, unit="GBP")
    s1 = "The council announced compensation of £5,000 for each household."
    s2 = "The council will pay £5,000 to each household."
    noun = claim("001", 1, gbp, kind="money", counted="compensation", predicate="announce", sentence=s1)
    verb = claim("002", 1, gbp, kind="money", predicate="pay to household", sentence=s2)
    scored = Scorer([noun, verb], str).score(noun, verb)
    assert "one names as a noun what the other says with a verb ('pay')" in scored.notes
    fine = replace(noun, counted="fine")
    assert Scorer([fine, verb], str).score(fine, verb).total == scored.total - 10
    count_noun, count_verb = replace(noun, kind="count", value=q(5)), replace(verb, kind="count", value=q(5))
    assert not any("as a noun" in n for n in Scorer([count_noun, count_verb], str).score(count_noun, count_verb).notes)


def test_one_time_of_day_on_one_day_scores_as_one_day_does() -> None:
    """ "The barge sank shortly after 5:10 a.m." and "capsized shortly after 5.10am", both of 4 May: one clock time,
    hedged alike, on one day is as rare a coincidence as one day; another time, or the time with no known day,
    gets no such credit."""
    from claimcheck.reconcile.compare import Scorer

    def at(minute: int, known: bool = True, lo: int = 0, hi: int = 16) -> DateValue:
        return DateValue(date(2026, 5, 4), date(2026, 5, 5), "minute", minute, lo, hi, day_known=known)

    sank = claim("001", 1, at(310), kind="date", predicate="sink off coast", sentence="The barge sank off the coast.")
    capsized = claim("002", 1, at(310), kind="date", predicate="capsize", sentence="It capsized near the pier.")
    scored = Scorer([sank, capsized], str).score(sank, capsized)
    assert "the same time 2026-05-04T05:10" in scored.notes
    for other in (at(315), at(310, known=False), at(310, hi=1)):
        later = replace(capsized, value=other)
        assert Scorer([sank, later], str).score(sank, later).total == scored.total - 10


def test_dates_meet_on_their_event_words_folded_as_the_score_folds_them() -> None:
    """ "The depot opened in 1971" and "has been building buses in the town since 1971": the lexicon makes "open"
    and "build" one doing, which the score credits, so blocking must let the two meet."""
    year = DateValue(date(1971, 1, 1), date(1972, 1, 1), "year")
    opened = claim("001", 1, year, kind="date", predicate="open in")
    building = claim("002", 1, year, kind="date", predicate="build bus in town")
    assert set(keys(opened, str)) & set(keys(building, str)) == {"date|e:build", "date|d:1971"}  # (and the year)


def _cases(source: str, n: float, predicate: str, claimant: str, sentence: str) -> Claim:
    return claim(
        source, 1, q(n), counted="case", measure="infected", predicate=predicate, claimant=claimant, sentence=sentence
    )


def test_counts_of_two_sizes_need_more_than_a_shared_noun_to_conflict() -> None:
    """ "a total of 51 cases" and "six cases acquired from unknown contacts", told the same day: rival figures of
    one count are of one size, so a count over four times another is most often a subset of it; and a tally
    grown so far over days ("nine cases" on Monday, "51" on Friday) is still an update."""
    total = _cases(
        "001", 51, "produce total of", "health officials", "The outbreak has now produced a total of 51 cases."
    )
    part = _cases(
        "002",
        6,
        "acquire from unknown contact in community find",
        "OCHCA",
        "OCHCA said that finding six cases acquired from unknown contacts shows exposure is widespread.",
    )
    same_day = (art("001", date(2026, 3, 4)), art("002", date(2026, 3, 4)))
    assert all(g.verdict == "single" for g in reconcile((total, part), same_day).groups)
    early = _cases("002", 6, "produce total of", "OCHCA", "The outbreak has now produced a total of six cases.")
    days_apart = (art("001", date(2026, 3, 9)), art("002", date(2026, 3, 4)))
    assert any(g.supersedes or g.verdict == "conflict" for g in reconcile((total, early), days_apart).groups)


def _hospitalised(source: str, n: int) -> Claim:
    return claim(
        source,
        1,
        q(n),
        counted="people",
        measure="hospitalised",
        predicate="be hospitalize",
        tense="perfect",
        sentence=f"Health officials said {n} people have been hospitalized.",
    )


def test_a_figure_told_before_and_after_another_is_a_disagreement_not_an_update() -> None:
    """31 hospitalised on the 19th and again on the 22nd, 33 on the 21st: the 33 updates nothing, since a later
    outlet still gives 31; the outlets disagree. Told only in order (31, then 33), it is an update."""
    arts = (art("001", date(2025, 3, 19)), art("002", date(2025, 3, 21)), art("003", date(2025, 3, 22)))
    claims = (_hospitalised("001", 31), _hospitalised("002", 33), _hospitalised("003", 31))
    groups = reconcile(claims, arts).groups
    assert any(g.verdict == "conflict" for g in groups)
    assert all(not g.supersedes for g in groups)
    groups = reconcile(claims[:2], arts[:2]).groups
    assert any(g.supersedes for g in groups) and all(g.verdict != "conflict" for g in groups)


def test_a_tally_over_a_span_of_days_stands_at_its_end() -> None:
    from datetime import datetime

    from claimcheck.reconcile.identity import state_at

    c = replace(_hospitalised("001", 50), time="2015-01-01/2015-01-16")
    assert state_at(c, {"001": None}) == datetime(2015, 1, 16)


def test_two_days_a_person_died_on_conflict_whatever_else_the_sentences_say() -> None:
    """ "Eleanor Pruitt died March 6 at Larch Memorial Hospital, days after eating a chicken bowl" and "Pruitt died on
    March 8 after becoming sick with salmonella": a person dies once, so two days for it disagree."""

    def dated(source: str, day: int, predicate: str, sentence: str) -> Claim:
        value = DateValue(date(2025, 3, day), date(2025, 3, day + 1), "day")
        return claim(source, 1, value, kind="date", predicate=predicate, about="Eleanor Pruitt", sentence=sentence)

    arts = (art("001", date(2025, 3, 18)), art("002", date(2025, 3, 20)))
    died = (
        dated(
            "001",
            6,
            "die at larch memorial hospital day after eat chicken bowl",
            "Eleanor Pruitt died March 6 at Larch Memorial Hospital, days after eating a chicken bowl.",
        ),
        dated("002", 8, "die on after become sick with salmonella", "Pruitt died on March 8 after becoming sick."),
    )
    assert any(g.verdict == "conflict" for g in reconcile(died, arts).groups)


def test_found_is_not_found_guilty() -> None:
    """ "175 whales were found on the beach" is no conviction: "find" alone says nothing of a verdict, which
    "guilty" carries ("was found guilty" folds to convict through it)."""
    from claimcheck.reconcile.lexicon import fold

    assert fold("find") == "find"
    assert fold("guilty") == fold("convict")


def test_one_outlets_two_claimants_conflict_only_when_told_as_rivals() -> None:
    """ "Organisers said 1.7 million marched; police said 128,000" in one article is a claimants' conflict; a
    quote's "46 whales swimming out there", beside the article's own "157 whales stranded", only reads something
    like it, and is another figure."""
    said = "Organisers said 1.7 million people marched through the city, while police said 128,000 marched."
    rivals = (
        claim(
            "001",
            1,
            q(1_700_000),
            counted="marcher",
            predicate="march through city",
            claimant="organisers",
            sentence=said,
        ),
        claim(
            "001", 60, q(128_000), counted="marcher", predicate="march through city", claimant="police", sentence=said
        ),
    )
    assert [g for g in reconcile(rivals, (art("001"),)).groups if g.verdict == "conflict"]
    apart = (
        claim(
            "001",
            1,
            q(157),
            counted="whale",
            predicate="strand on spit",
            claimant="conservation officials",
            sentence="Conservation officials said 157 whales stranded on the spit on Thursday.",
        ),
        claim(
            "001",
            90,
            q(46),
            counted="whale",
            predicate="swim out there",
            claimant="Mareta Hohaia",
            sentence='"46 whales swimming out there is a good day," said Mareta Hohaia.',
        ),
    )
    assert not [g for g in reconcile(apart, (art("001"),)).groups if g.verdict == "conflict"]


def test_the_one_year_each_outlet_gives_for_a_past_doing_scores_as_that_doings_year() -> None:
    """ "It was built in 2008" and "The 244m vessel, built in 2006 at Hyundai": each outlet gives one year for
    what was built, which the score says; an outlet that also gives a second build year ("the terminal, built in
    1996") gets no such credit, nor does "more than a decade ago", a bound and no year as written."""
    from claimcheck.reconcile.compare import Scorer
    from claimcheck.types import DateValue

    def year(source: str, start: int, y: int, sentence: str, text: str = "") -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        kw: dict[str, object] = {"counted": None, "predicate": "build in", "tense": "past", "sentence": sentence}
        return claim(source, start, value, kind="date", text=text or f"in {y}", **kw)  # type: ignore[return-value]

    built = year("001", 1, 2008, "It was built in 2008, according to port records.")
    other = year("002", 1, 2006, "The 244m vessel, built in 2006 at Hyundai, hit the reef.")
    sole = Scorer([built, other], str).score(built, other)
    assert "the only year each gives for 'to build'" in sole.notes
    terminal = year("002", 90, 1996, "The terminal, built in 1996, was closed.")
    assert Scorer([built, other, terminal], str).score(built, other).total == sole.total - 10
    decade = year("002", 1, 2015, "It was built more than a decade ago.", text="more than a decade ago")
    assert not [n for n in Scorer([built, decade], str).score(built, decade).notes if n.startswith("the only year")]


@pytest.mark.parametrize(
    ("x", "y", "apart"),
    [
        (q(265, unit="GBP"), q(3_800_000, unit="GBP"), True),  # a ticket's price and an organiser's loss
        (q(1_200_000, unit="GBP"), q(1_200_000_000, unit="GBP"), False),  # "£1.2m" for "£1.2bn": a slip of units
        (q(3_800_000, unit="GBP"), q(12_000_000, unit="GBP"), False),  # three times apart: may be one amount
        (q(14, unit="m"), q(1400, unit="cm"), False),  # one length in two units
    ],
)
def test_amounts_a_hundred_times_apart_with_other_digits_are_two_things(x: Quantity, y: Quantity, apart: bool) -> None:
    from claimcheck.reconcile.cluster import _worlds_apart

    kind = "money" if x.unit == "GBP" else "measure"
    assert _worlds_apart(claim("000", 1, x, kind=kind), claim("001", 1, y, kind=kind)) is apart


def test_a_bound_far_from_a_count_needs_more_to_conflict() -> None:
    """ "two lorries" caught in the slide and "at least 40 lorries" waiting at the pass: a bound's one figure is as
    far from a count as a point would be, so the pair is most often two things, as two points that far apart are;
    "about 40" (an estimate, no one figure) and a range are left to the score."""
    from claimcheck.reconcile.cluster import _orders_apart

    kw: dict[str, object] = {"counted": "lorry"}
    two = claim("000", 1, q(2), **kw)
    at_least = claim("001", 1, Quantity(value=None, low=40, high=None), **kw)
    up_to = claim("001", 1, Quantity(value=None, low=None, high=6), **kw)
    assert _orders_apart(two, at_least) and _orders_apart(at_least, two) and not _orders_apart(two, up_to)
    # so too a measure's bound ("more than 1,500 km" of border against "20 km" from the town), but not one figure in
    # two units ("up to 6 millimetres" and "up to 6 cm": a unit miswritten)
    km = {"kind": "measure", "counted": "distance"}
    near, far = claim("000", 1, q(20, unit="km"), **km), claim("001", 1, Quantity(None, 1500, None, unit="km"), **km)
    hail = {"kind": "measure", "counted": "diameter"}
    mm, cm = (claim(s, 1, Quantity(None, None, 6, unit=u), **hail) for s, u in (("000", "mm"), ("001", "cm")))
    assert _orders_apart(near, far) and not _orders_apart(mm, cm)


def test_measures_orders_of_magnitude_apart_need_more_to_conflict() -> None:
    """ "an 8-inch borehole" and "roughly 1,200 feet below": lengths of two things, 1,800 times apart, which a
    middling score does not make rivals, even a day apart (a figure does not grow a thousandfold); "some 120
    metres" against "1,200 feet" (three times apart: a slip of units) still may."""
    from claimcheck.reconcile.cluster import _grown, _orders_apart

    kw: dict[str, object] = {"kind": "measure", "counted": "length"}
    bore = claim("000", 1, q(8, unit="in"), **kw)
    deep = claim("001", 1, q(1200, unit="ft"), **kw)
    metres = claim("002", 1, q(120, unit="m"), **kw)
    assert _orders_apart(bore, deep) and not _orders_apart(metres, deep)
    when = {"000": datetime(2025, 10, 10), "001": datetime(2025, 10, 11)}
    assert not _grown(bore, deep, when)
    acres = {"kind": "measure", "counted": "area"}
    monday, wednesday = claim("000", 1, q(4200, unit="acre"), **acres), claim("001", 1, q(18950, unit="acre"), **acres)
    assert _orders_apart(monday, wednesday) and _grown(monday, wednesday, when)  # a fire's area may grow so


def test_one_sentences_two_days_of_one_doing_are_two_events() -> None:
    """ "a man who died on July 31 and a woman who died late Tuesday": one outlet's sentence gives two days of one
    doing, so they are two events' days, and another outlet's "died last week" (the man) is no rival of Tuesday.
    (A clock and its day in one sentence, "began at 6 a.m. Tuesday", are one time: the golden stories kohatu F4
    and marlow F2 keep that.)"""
    from claimcheck.extract.dates import parse_date

    ref, later = date(2024, 8, 7), date(2024, 8, 8)
    said = "Two people have died: a man who died at the hospital on July 31 and a woman who died there late Tuesday."
    tuesday = parse_date("Tuesday", ref, tense="past")
    man = claim("000", 1, parse_date("July 31", ref), kind="date", predicate="die at hospital on", sentence=said)
    woman = claim("000", 2, tuesday, kind="date", predicate="die at hospital", sentence=said)
    later_said = "She died last week at the hospital."
    last_week = parse_date("last week", later)
    week = claim("001", 1, last_week, kind="date", predicate="die at hospital", sentence=later_said)
    said_too = "He died at the hospital on July 31."
    again = claim("002", 1, parse_date("July 31", ref), kind="date", predicate="die at hospital on", sentence=said_too)
    groups = reconcile((man, woman, week, again), (art("000", ref), art("001", later), art("002", ref))).groups
    assert "conflict" not in [g.verdict for g in groups]


def test_a_count_of_people_never_joins_a_count_of_made_things() -> None:
    """ "Seven remained in hospital on Friday" and "its seven helicopters would remain grounded": one figure and one
    verb, but people are never helicopters (WordNet: a helicopter is an artifact), nor a model's code ("VH-18s")."""
    people = claim(
        "001", 1, q(7), counted="people", predicate="remain on friday", sentence="Seven remained there on Friday."
    )
    copters = claim(
        "002",
        1,
        q(7),
        counted="helicopter",
        predicate="remain ground",
        sentence="Its seven helicopters would remain grounded on Friday.",
    )
    coded = claim("003", 1, q(7), counted="vh-18s", predicate="remain ground", sentence="Seven VH-18s remain grounded.")
    for thing in (copters, coded):
        groups = reconcile((people, thing), (art("001"), art(thing.source))).groups
        assert all(len(g.claims) == 1 for g in groups), [g.key for g in groups]
    told = "Seven passengers remained on Friday."
    passengers = claim("004", 1, q(7), counted="passenger", predicate="remain on friday", sentence=told)
    (g,) = reconcile((people, passengers), (art("001"), art("004"))).groups  # a count of people may be of passengers
    assert set(g.claims) == {people.id, passengers.id}


def test_a_count_of_people_killed_never_conflicts_with_beasts_killed() -> None:
    """ "Two people are dead" and "about 450 head of livestock were believed to have died": one measure, but
    people are never beasts (WordNet: livestock are animals)."""
    people = claim("001", 1, q(2), counted="people", measure="killed", predicate="be dead", sentence="Two are dead.")
    told = "About 450 head of livestock were believed to have died."
    beasts = claim("002", 1, q(450), counted="livestock", measure="killed", predicate="believe to die", sentence=told)
    groups = reconcile((people, beasts), (art("001"), art("002"))).groups
    assert "conflict" not in [g.verdict for g in groups]


def test_two_digits_swapped_are_one_figure_miscopied_whatever_the_tense() -> None:
    """ "Credit balances, which total £48.6m" (present) and "customers were owed £46.8m" (past): a state told in two
    tenses is two times' figures, but two digits swapped are one figure miscopied, as no change swaps digits."""
    said = "Credit balances owed to customers, which total £48.6m, will be honoured."
    owed = q(48_600_000, 48_600_000, 48_600_000, unit="GBP")
    a = claim("001", 1, owed, kind="money", text="£48.6m", predicate="total", tense="present", sentence=said)
    told = "Customers in credit were owed £46.8m in total."
    slip = q(46_800_000, 46_800_000, 46_800_000, unit="GBP")
    b = claim("002", 1, slip, kind="money", text="£46.8m", predicate="be owe in total", tense="past", sentence=told)
    groups = reconcile((a, b), (art("001"), art("002"))).groups
    assert [g.verdict for g in groups if len(g.claims) == 2] == ["conflict"]
    # without the swap, a present total and a past one are two times' figures
    c = replace(b, id="002:money:9-10", value=q(45_200_000, 45_200_000, 45_200_000, unit="GBP"), text="£45.2m")
    assert "conflict" not in [g.verdict for g in reconcile((a, c), (art("001"), art("002"))).groups]


def test_one_things_one_doing_dated_two_ways_is_scored_as_one_fact() -> None:
    """ "The refinery opened in 1961" and "The refinery opened in 1966": the same doing of the same thing, which
    happened once, whatever year each outlet gives; but two updates (the date of a noun that is itself the doing:
    "Sunday night's update", "an update on Monday") are two updates."""

    from claimcheck.reconcile.compare import Scorer

    def year(source: str, y: int, counted: str, predicate: str, sentence: str) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(source, 1, value, kind="date", counted=counted, predicate=predicate, sentence=sentence)

    a = year("001", 1961, "refinery", "open in", "The refinery opened in 1961 and supplies jet fuel.")
    b = year("002", 1966, "refinery", "open in", "The refinery opened in 1966 and is one of the oldest.")
    notes = Scorer([a, b], str).score(a, b).notes
    assert "both date the refinery" in notes
    c = year("003", 1961, "update", "update affect", "Sunday's update affected cards.")
    d = year("004", 1966, "update", "update say", "In an update, the authority said more.")
    assert not any(n.startswith("both date") for n in Scorer([c, d], str).score(c, d).notes)


@pytest.mark.parametrize(
    ("sentence", "date_text", "want"),
    [
        ("The volcano last erupted in 2004, the survey said.", "2004", True),
        ("The last fatal attack on the river was in 2019.", "2019", True),
        ("It is the county's first outbreak since 1994.", "1994", True),
        ("The town had not seen flooding like it since 1968.", "1968", True),
        ("A similar storm in July 1984 caused damage across the city.", "July 1984", True),
        ("The previous eruption, in 2011, forced thousands to flee.", "2011", True),
        ("Last week the council said the bridge was built in 1932.", "1932", False),
        ("In the last two years, since 2023, prices have doubled.", "2023", False),
        ("The mill has been closed since 1984.", "1984", False),
        ("The library, founded in 1897, holds 40,000 books.", "1897", False),
        ("At last, in 2009, the road was finished.", "2009", False),
    ],
)
def test_a_year_told_as_when_such_an_event_last_happened_is_the_storys_precedent(
    sentence: str, date_text: str, want: bool
) -> None:
    from claimcheck.reconcile.compare import last_time

    at = sentence.index(date_text)
    y = int(date_text[-4:])
    value = (
        DateValue(date(y, 7, 1), date(y, 8, 1), "month")
        if date_text.startswith("July")
        else DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
    )
    c = claim("001", at, value, kind="date", tense="past", sentence=sentence, text=date_text)
    assert last_time(c) is want


def test_each_outlets_one_year_of_its_storys_precedent_is_one_fact_whatever_the_verb() -> None:
    """ "Locals say the park last blew in 2014" and "Korimako Park last erupted in 2004": each outlet's one year for
    when the story's kind of event last happened scores as a conflict needs, whichever verb tells it; an outlet that
    gives two such years gives no one year."""
    from claimcheck.reconcile.compare import Scorer

    def year(source: str, y: int, predicate: str, sentence: str) -> Claim:
        at = sentence.index(str(y))
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(
            source, at, value, kind="date", predicate=predicate, tense="past", sentence=sentence, text=str(y)
        )

    blew = year("001", 2014, "blow in", "Locals are furious, saying the park last blew in 2014 and nobody acted.")
    erupted = year("002", 2004, "erupt in", "Korimako Park last erupted in 2004, and the records list dozens more.")
    score = Scorer([blew, erupted], str).score(blew, erupted)
    assert "the only year each gives for when such an event last happened before" in score.notes
    assert score.total >= Settings().conflict_threshold
    other = year("002", 1996, "erupt in", "The last fatal eruption was in 1996, the council said.")
    assert not any("last happened" in n for n in Scorer([blew, erupted, other], str).score(blew, erupted).notes)


@pytest.mark.parametrize(
    ("sentence", "day", "tense", "want"),
    [
        ("A landslide thundered down the mountain early Sunday, flattening 27 houses.", "Sunday", "past", True),
        ("Rocks rained down on the village after a blast went wrong at the quarry on Wednesday.", "Wednesday", "past",
         True),
        ("Supply was restored on Wednesday, 31 hours after the pipe gave way.", "Wednesday", "past", False),
        ("The ship was refloated in the early hours of Friday, after three days aground.", "Friday", "past", False),
        ("The town mourns after the fire claimed three lives, with a vigil held on Friday.", "Friday", "past", False),
        ("The company said on Tuesday that it would cut 300 jobs.", "Tuesday", "past", False),
        ("A vigil will be held on Friday for the three who died.", "Friday", "future", False),
    ],
)
def test_a_day_told_as_when_its_clause_happened_not_a_later_development_is_a_ledes_event_day(
    sentence: str, day: str, tense: str, want: bool
) -> None:
    from claimcheck.reconcile.compare import lede_event_day

    at = sentence.index(day)
    value = DateValue(date(2026, 8, 9), date(2026, 8, 10), "day")
    predicate = "say on" if "said" in sentence else "happen on"
    c = claim("001", at, value, kind="date", tense=tense, predicate=predicate, sentence=sentence, text=day)
    c = replace(c, end=at + len(day))
    assert lede_event_day(c) is want


def test_the_one_day_of_each_outlets_lede_dates_the_storys_event_whatever_the_verb() -> None:
    """ "A landslide thundered down the mountain early Sunday" and "Seventeen others were hurt when the mountainside
    came down on Monday": each outlet's first sentence with a figure or a date tells its story's event, and its one
    day told as when that happened is the event's day; a day in a later sentence, or a lede that gives two days,
    is no such day."""
    from claimcheck.reconcile.compare import Scorer

    def day(source: str, d: int, name: str, predicate: str, sentence: str, start: int = 0) -> Claim:
        at = sentence.index(name)
        value = DateValue(date(2026, 8, d), date(2026, 8, d + 1), "day")
        c = claim(source, at, value, kind="date", tense="past", predicate=predicate, sentence=sentence, text=name)
        return replace(c, start=start + at, end=start + at + len(name), sentence_start=start)

    sunday = day("001", 9, "Sunday", "thunder down early", "A landslide thundered down the mountain early Sunday.")
    monday = day("002", 10, "Monday", "come down on", "Seventeen were hurt when the mountainside came down on Monday.")
    note = "each is the one day its outlet's first sentence gives, as when the story's event happened"
    assert note in Scorer([sunday, monday], str).score(sunday, monday).notes
    lead = day("002", 11, "Tuesday", "bury on", "Nine of the dead were buried on Tuesday, the council said.")
    later = replace(monday, id="002:later", start=monday.start + 300, end=monday.end + 300, sentence_start=300)
    assert note not in Scorer([sunday, lead, later], str).score(sunday, later).notes
    both = day("002", 10, "Monday", "come down on", "The mountainside came down on Monday and was cleared on Friday.")
    friday = replace(both, id="002:friday", value=DateValue(date(2026, 8, 14), date(2026, 8, 15), "day"))
    assert note not in Scorer([sunday, both, friday], str).score(sunday, both).notes


def test_a_ledes_event_day_meets_another_outlets_one_day_named_event() -> None:
    """ "A container ship collided with a moored vessel early on Thursday" and, deep in another outlet's story,
    "Wednesday's collision closed the port for nine hours": one outlet's lede day of the story's event and the
    other's one day it names an event by are the same fact; an outlet that names events by two days gives neither."""
    from claimcheck.reconcile.compare import Scorer

    def day(source: str, d: int, name: str, sentence: str, start: int, **kw: object) -> Claim:
        at = sentence.index(name)
        value = DateValue(date(2025, 11, d), date(2025, 11, d + 1), "day")
        c = claim(source, at, value, kind="date", tense="past", sentence=sentence, text=name, **kw)
        return replace(c, start=start + at, end=start + at + len(name), sentence_start=start)

    lede = day(
        "001", 6, "Thursday", "A ship collided with a moored vessel early on Thursday.", 0,
        predicate="collide with moored vessel early on",
    )
    named = day(
        "008", 5, "Wednesday's", "Wednesday's collision closed the port for nine hours.", 400,
        predicate="collision close for hour", counted="collision",
    )
    crew = claim("008", 10, q(9), sentence="The Baltic Kestrel had nine crew.", text="nine", counted="crew")
    note = (
        "one outlet's first sentence gives the day of the story's event, and the other names the collision by one "
        "day only"
    )
    assert note in Scorer([lede, crew, named], str).score(lede, named).notes
    assert note in Scorer([lede, crew, named], str).score(named, lede).notes
    again = day("008", 7, "Friday's", "Friday's collision was the second.", 600, predicate="collision be second",
                counted="collision")
    assert note not in Scorer([lede, crew, named, again], str).score(lede, named).notes


def test_each_outlets_one_year_of_a_things_making_is_one_fact_whatever_the_verb() -> None:
    """ "The Greyfriars estate was built in 1968" and "The estate itself dated from 1966": each outlet gives one year
    for when the estate came to be, by two verbs of making; but a club's founding is not its clubhouse's building,
    and an outlet that dates the estate twice gives no one year for it."""
    from claimcheck.reconcile.compare import Scorer

    def year(source: str, y: int, counted: str, predicate: str, sentence: str, start: int = 1) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(
            source, start, value, kind="date", counted=counted, predicate=predicate, sentence=sentence, text=str(y)
        )

    built = year("001", 1968, "estate", "be build in", "The Greyfriars estate was built in 1968 with six towers.")
    dated = year("002", 1966, "estate", "date from", "The estate itself dated from 1966.")
    made = "the only year each gives for when the estate came to be ('to build' and 'dated')"
    score = Scorer([built, dated], str).score(built, dated)
    assert made in score.notes
    assert score.total >= Settings().conflict_threshold  # the two verbs are no evidence of two facts
    club = year("002", 1923, "club", "be found in", "The club was founded in 1923.")
    assert not any("came to be" in n for n in Scorer([built, club], str).score(built, club).notes)
    again = year("002", 1971, "estate", "be found in", "The estate was founded in 1971.", start=90)
    pool = [built, dated, again]
    assert not any("came to be" in n for n in Scorer(pool, str).score(built, dated).notes)


def test_a_made_things_completion_and_its_commissioning_are_its_coming_to_be() -> None:
    """ "The dam, which was completed in 1964" and "The dam was commissioned in 1967": each outlet's one year for when
    the dam came to be, told by the end of its making and by its being put to work, score as a conflict needs."""
    from claimcheck.reconcile.compare import Scorer

    def year(source: str, y: int, predicate: str, sentence: str) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(
            source, 1, value, kind="date", counted="dam", predicate=predicate, tense="past", sentence=sentence,
            text=str(y),
        )

    done = year("001", 1964, "be complete in", "The dam, which was completed in 1964, holds 18,400 megalitres.")
    put = year("002", 1967, "be commission in", "The dam was commissioned in 1967 and supplies the town.")
    score = Scorer([done, put], str).score(done, put)
    assert "the only year each gives for when the dam came to be ('completed' and 'commissioned')" in score.notes
    assert score.total >= Settings().conflict_threshold


def test_a_things_year_of_making_told_to_the_month_is_its_one_year() -> None:
    """ "The crane was erected in September 2023" and "The crane was installed in 2022": a year told to the month is
    still the outlet's one year for when the crane came to be; a month and its own year in one article are one year."""
    from claimcheck.reconcile.compare import Scorer

    def when(source: str, start: date, end: date, grain: str, text: str, predicate: str, at: int = 1) -> Claim:
        value = DateValue(start, end, grain)  # type: ignore[arg-type]
        sentence = f"The crane was {predicate.split()[1]}ed in {text}."
        return claim(
            source, at, value, kind="date", counted="crane", predicate=predicate, tense="past", sentence=sentence,
            text=text,
        )

    erected = when("001", date(2023, 9, 1), date(2023, 10, 1), "month", "September 2023", "be erect in")
    installed = when("002", date(2022, 1, 1), date(2023, 1, 1), "year", "2022", "be instal in")
    score = Scorer([erected, installed], str).score(erected, installed)
    assert any("came to be" in n for n in score.notes)
    assert score.total >= Settings().conflict_threshold
    again = when("001", date(2023, 1, 1), date(2024, 1, 1), "year", "2023", "be erect in", at=90)
    pool = [erected, again, installed]
    assert any("came to be" in n for n in Scorer(pool, str).score(erected, installed).notes)


def test_a_thing_dates_back_to_its_year_in_the_present_tense() -> None:
    """ "The regatta dates back to 1925" tells when the regatta began, as "was founded in 1952" does, though it is
    told in the present tense; another present verb tells no beginning."""
    from claimcheck.reconcile.compare import Scorer

    def year(source: str, y: int, predicate: str, tense: str, sentence: str) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(
            source, 1, value, kind="date", counted="regatta", predicate=predicate, tense=tense, sentence=sentence,
            text=str(y),
        )

    dates = year("001", 1925, "date", "present", "The regatta dates back to 1925.")
    founded = year("002", 1952, "be found in", "past", "The regatta was founded in 1952.")
    assert any("came to be" in n for n in Scorer([dates, founded], str).score(dates, founded).notes)
    held = year("001", 1925, "hold in", "present", "The regatta holds its record from 1925.")
    assert not any("came to be" in n for n in Scorer([held, founded], str).score(held, founded).notes)


def test_two_verbs_of_a_first_holding_are_one_doing() -> None:
    """ "which was first held in 1977" and "The race, first run in 1971": two outlets' years of the race's first
    holding, told with two verbs, are one doing, and the reason says what each wrote."""
    from claimcheck.reconcile.compare import Scorer

    def year(source: str, y: int, predicate: str, sentence: str) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(source, 1, value, kind="date", predicate=predicate, tense="past", sentence=sentence, text=str(y))

    held = year("001", 1977, "be first hold in", "The Vleiberg Ultra, which was first held in 1977, is big.")
    run = year("002", 1971, "first run in", "The race, first run in 1971, started in the cold.")
    score = Scorer([held, run], str).score(held, run)
    assert "the same verb: 'first held' and 'first run'" in score.notes
    assert score.total >= Settings().conflict_threshold
    # a first holding dates the name it is told of, as a founding does, and the reason quotes it as written
    named = claim(
        "001", 1, held.value, kind="date", about="Vleiberg Ultra", predicate="be first hold in", tense="past",
        sentence=held.sentence, text="1977",
    )
    founded = claim(
        "002", 1, run.value, kind="date", about="Vleiberg Ultra", predicate="be found in", tense="past",
        sentence="The Vleiberg Ultra was founded in 1971.", text="1971",
    )
    made = "the only year each gives for when Vleiberg Ultra came to be ('first held' and 'founded')"
    assert made in Scorer([named, founded], str).score(named, founded).notes


def test_each_outlets_one_year_of_a_named_things_making_is_one_fact() -> None:
    """ "The Summit Express was built in 2004" and "The Summit Express ... was installed in 2001": a named thing
    comes to be once, and the two verbs of its making are no evidence of two facts, so the pair scores as a
    conflict would need; another name's year is another thing's."""
    from claimcheck.reconcile.compare import Scorer

    def year(source: str, y: int, about: str, predicate: str, sentence: str) -> Claim:
        value = DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")
        return claim(source, 1, value, kind="date", about=about, predicate=predicate, sentence=sentence, text=str(y))

    built = year("001", 2004, "Summit Express", "be build in for about", "The Summit Express was built in 2004.")
    put_in = year("002", 2001, "Summit Express", "be instal in", "The Summit Express lift was installed in 2001.")
    score = Scorer([built, put_in], str).score(built, put_in)
    assert "the only year each gives for when Summit Express came to be ('to build' and 'installed')" in score.notes
    assert score.total >= Settings().conflict_threshold
    other = year("002", 2001, "Eagle Flyer", "be instal in", "The Eagle Flyer lift was installed in 2001.")
    assert not any("came to be" in n for n in Scorer([built, other], str).score(built, other).notes)


def test_a_light_verb_with_another_object_says_no_same_doing() -> None:
    """ "had taken bookings from 46 passengers" and "Six passengers were taken to hospital" share the verb "take" and
    no doing: a light verb's doing is its object, so it counts as one verb only with the same object or none."""
    from claimcheck.reconcile.compare import Scorer

    six = q(6, 6, 6)
    a = claim("001", 1, six, counted="passenger", predicate="be take from pier by ambulance to hospital")
    b = claim("002", 1, q(46, 46, 46), counted="passenger", predicate="take booking from")
    c = claim("003", 1, six, counted="passenger", predicate="be take by ambulance to hospital")
    pool = [a, b, c]
    assert not any("take" in n for n in Scorer(pool, str).score(a, b).notes)
    assert any("take" in n for n in Scorer(pool, str).score(a, c).notes)


def test_one_weekday_two_outlets_name_a_week_apart_is_no_conflict() -> None:
    """ "Student groups have called for a protest outside the board office on Thursday" and "The AVCP has called for
    a protest ... at 11 am on Thursday": both outlets wrote Thursday, and the week each was read in is ours, from
    the tense and the date line; a day told with its date ("Thursday 13 August") is no guess."""
    thu = DateValue(date(2026, 3, 5), date(2026, 3, 6), "day")
    before = DateValue(date(2026, 2, 26), date(2026, 2, 27), "day")
    at_11 = DateValue(date(2026, 3, 5), date(2026, 3, 6), "minute", minute=660)
    one = "Student groups have called for a protest outside the board office on Thursday."
    other = "The student union has called for a protest outside the board office at 11 am on Thursday."
    a = claim("001", 1, before, kind="date", predicate="call for protest on", sentence=one, text="Thursday")
    b = claim("002", 1, at_11, kind="date", predicate="call for protest at", sentence=other, text="at 11 am")
    assert "conflict" not in [g.verdict for g in reconcile((a, b), (art("001"), art("002"))).groups]
    told = "The student union has called for a protest outside the board office on Thursday 5 March."
    c = claim("002", 1, thu, kind="date", predicate="call for protest on", sentence=told, text="Thursday 5 March")
    assert "conflict" in [g.verdict for g in reconcile((a, c), (art("001"), art("002"))).groups]


def test_the_side_that_voted_against_is_no_rival_of_the_vote() -> None:
    """ "councillors voted seven to two" and "The two councillors who voted against the motion": the losing side
    of a vote is no rival of its winning side, or of a count of the votes told with no side."""
    seven = claim("001", 1, q(7, 7, 7), counted="vote", measure="voted", predicate="vote at meeting")
    two = claim("002", 1, q(2, 2, 2), counted="councillor", measure="voted", predicate="vote against motion")
    assert "conflict" not in [g.verdict for g in reconcile((seven, two), (art("001"), art("002"))).groups]


def test_the_days_a_source_warns_on_are_no_rivals() -> None:
    """ "Forecasters had warned on Thursday that winds could raise dust" and "the bureau issued a dust storm warning
    on Friday": a warning is a statement (FrameNet Warning), and a source may warn on many days, as it may speak on
    many days; neither day is the other's rival."""
    thu = DateValue(date(2025, 4, 3), date(2025, 4, 4), "day")
    fri = DateValue(date(2025, 4, 4), date(2025, 4, 5), "day")
    told = "Forecasters had warned on Thursday that strong winds could raise blowing dust across the region."
    a = claim("001", 1, thu, kind="date", predicate="warn on", sentence=told)
    said = "The bureau had warned on Friday that strong winds could raise blowing dust across the region."
    b = claim("002", 1, fri, kind="date", predicate="warn on", sentence=said)
    assert "conflict" not in [g.verdict for g in reconcile((a, b), (art("001"), art("002"))).groups]


def test_a_person_one_outlet_names_and_another_describes_meets_at_an_age_a_few_years_off(tmp_path: Path) -> None:
    """ "A 71-year-old man was found dead on an allotment" and "Derek Ashworth, 77, was found collapsed at the
    allotments": one grown person, named by one outlet and described by another, whose ages share no figure; they
    meet, and the score finds them one person's age, a conflict. Children of near ages are often several."""
    described = "A 71-year-old man was found dead on an allotment in the Eastfold district on Saturday."
    named = "Derek Ashworth, 77, was found collapsed at the Eastfold allotments on Saturday afternoon."
    result = scan_texts(tmp_path, [("001_a", "2025-07-20", described), ("002_b", "2025-07-20", named)])
    assert {"71", "77"} in group_texts(result, "conflict")


def test_an_age_written_as_a_noun_is_a_persons_and_meets_a_named_persons_age(tmp_path: Path) -> None:
    """ "The 32-year-old from Gdansk" (an age hyphened into a noun, with no noun of its own) names a grown person as
    "a 32-year-old man" does, so it meets "Marek Nowicki, 31," at a year off, and the score finds one man's age."""
    named = "Marek Nowicki, 31, lost the deciding game of the title match in London on Tuesday evening."
    nominal = "The 32-year-old from Gdansk lost the deciding game of the title match in London on Tuesday evening."
    result = scan_texts(tmp_path, [("001_a", "2025-11-26", named), ("002_b", "2025-11-26", nominal)])
    assert {"31", "32"} in group_texts(result, "conflict")


def test_an_age_the_parse_left_without_a_person_still_meets_a_named_persons_age(tmp_path: Path) -> None:
    """ "Police named the woman as Mary Tolan, 84" and "a 48-year-old gran died": the parse gives the second age no
    noun, but "gran" is a person; the two ages, digits swapped, are one woman's age miscopied."""
    named = "Police named the woman who died in the flood as Mary Tolan, 84, of Kilbride village."
    described = "Tragically, a 48-year-old gran died in the flood after her family tried to carry her to safety."
    result = scan_texts(tmp_path, [("001_a", "2026-03-02", named), ("002_b", "2026-03-02", described)])
    assert {"84", "48"} in group_texts(result, "conflict")


@pytest.mark.parametrize(
    ("sentence", "modifiers", "decade"),
    [
        ("The 32-year-old from Gdansk lost.", (), True),
        ("The 32-year-old Croatian signed on Friday.", (), True),
        ("The 32-year-old building collapsed.", ("building",), False),  # a thing's age, its noun a modifier
        ("The building is 32 years old.", (), False),  # no noun of an age: whose it is, the clause says
        ("Anil Rao, a 32-year-old accountant, said so.", (), True),  # a person's noun the parse gave no modifier for
        ("Sadly, a 32-year-old gran died.", (), True),
        ("The 32-year-old slammed on the brakes.", (), True),  # a verb: the age is its subject
        ("The 32-year-old bridge closed.", (), False),  # a thing's noun the parse gave no modifier for
        ("He is just 32 years old.", (), True),  # said of "he"
        ("It is 32 years old.", (), False),
        ("He died in 2023, aged 32, still living in the village.", (), True),  # the clause's "he" is aged
        ("When she died in 2009 at the age of 32, few knew her.", (), True),
        ("The whisky, aged 32 years in oak, sold well.", (), False),
    ],
)
def test_only_a_persons_age_meets_ages_of_its_decade(sentence: str, modifiers: tuple[str, ...], decade: bool) -> None:
    at = sentence.index("32")
    c = replace(claim("001", at, q(32), kind="age", sentence=sentence, text="32", modifiers=modifiers), end=at + 2)
    assert any("~" in k for k in keys(c, str)) is decade


def test_an_amount_miscopied_is_a_conflict_whichever_party_each_parse_gives_it(tmp_path: Path) -> None:
    """ "signed Portugal winger Tiago Serra ... for £47.3m" and "Halden have completed the signing ... for an initial
    £43.7million": the parse makes the first amount Portugal's and the second Halden's, and two named parties'
    amounts never meet; but digits swapped in a figure of three significant digits are one figure miscopied."""
    first = "Halden United have signed Portugal winger Tiago Serra from Dutch side FC Vliet for £47.3m."
    copy = "Halden have completed the club-record signing of Portugal winger Tiago Serra for an initial £43.7million."
    result = scan_texts(tmp_path, [("001_a", "2025-08-15", first), ("002_b", "2025-08-15", copy)])
    assert {"£47.3m", "£43.7million"} in group_texts(result, "conflict")


def test_an_amount_whose_point_slipped_in_a_copy_is_a_conflict(tmp_path: Path) -> None:
    """ "The £1.4million stunt, paid for by sponsors" and "the jump cost about £140,000 to stage": the same digits ten
    times apart, one written with a point, are one figure whose point moved in copying; two amounts of one story
    with other digits ("£1.4million" and "£90,000") stay apart."""
    first = "The £1.4million stunt, paid for by sponsors, took 18 months to plan, the organisers said."
    copy = "The organisers said the stunt, which took 18 months to plan, cost about £140,000 to stage."
    result = scan_texts(tmp_path, [("001_a", "2026-06-14", first), ("002_b", "2026-06-15", copy)])
    assert {"£1.4million", "about £140,000"} in group_texts(result, "conflict")
    other = "The organisers said the stunt, which took 18 months to plan, cost about £90,000 to stage."
    result = scan_texts(tmp_path, [("001_a", "2026-06-14", first), ("002_b", "2026-06-15", other)])
    assert not group_texts(result, "conflict")


def test_figures_an_outlet_gives_ten_times_apart_are_two_figures_of_the_story(tmp_path: Path) -> None:
    """ "It owes about £186m to creditors" and "£18.6 million to HMRC": when an outlet gives both ("about £186 million
    in total, including £18.6 million to HMRC"), the story has two figures of those digits, and neither is the
    other's point slipped."""
    total = "The company owes about £186m to creditors, including suppliers, landlords and its lenders, said a filing."
    both = (
        "It owes about £186 million in total, including £18.6 million to HMRC in deferred VAT and PAYE, a debt that"
        " gives the taxman preferential status."
    )
    result = scan_texts(tmp_path, [("001_a", "2024-05-02", total), ("002_b", "2024-05-02", both)])
    assert not group_texts(result, "conflict")


def test_percentages_an_outlet_gives_side_by_side_are_two_shares(tmp_path: Path) -> None:
    """ "A federal grant covered 75 percent and the state paid the remaining 25 percent": an outlet that gives both
    shares tells them apart, and another outlet's "the grant paid 75 percent" is the grant's share, no rival of the
    state's 25. Two outlets that each give one share of one payer still conflict."""
    both = "A federal coastal resilience grant covered 75 percent and the state of Maine paid the remaining 25 percent."
    one = "The $11.8 million project was funded by a federal coastal resilience grant, which paid 75 percent."
    result = scan_texts(tmp_path, [("001_a", "2026-05-28", both), ("002_b", "2026-05-28", one)])
    assert not group_texts(result, "conflict")
    other = "The $11.8 million project was funded by a federal coastal resilience grant, which paid 65 percent."
    (tmp_path / "apart").mkdir()
    result = scan_texts(tmp_path / "apart", [("002_b", "2026-05-28", one), ("003_c", "2026-05-28", other)])
    assert {"75 percent", "65 percent"} in group_texts(result, "conflict")


def test_a_figure_of_a_thing_only_one_outlet_names_is_its_aside(tmp_path: Path) -> None:
    """ "Rubjerg Knude, which is 23 metres tall and weighs about 720 tonnes, was moved in 2019": a thing one outlet
    alone names is that outlet's comparison, and its weight no rival of the story's tower's "about 2,800 tons"."""
    ours = (
        "Pell Point Light, built in 1871, had been left standing just 38 feet from the edge of an eroding bluff.\n\n"
        "The 68-foot tower, which weighs about 2,800 tons, reached its new site at 3:42 p.m. on the 23rd day."
    )
    aside = (
        "Danes who remember the day Rubjerg Knude lighthouse was rolled away from the cliff edge in 2019 will know"
        " the pictures.\n\nThe American lighthouse is much heavier than our own. It weighs about 2,800 tons (about"
        " 2,540 tonnes) and is 68 feet (21 metres) tall. Rubjerg Knude, which is 23 metres tall and weighs about 720"
        " tonnes, was moved some 70 metres in a single day."
    )
    result = scan_texts(tmp_path, [("001_a", "2026-05-28", ours), ("002_b", "2026-05-28", aside)])
    assert not group_texts(result, "conflict")


def test_an_aside_is_a_thing_one_outlet_names_beside_its_own_figure_for_the_story() -> None:
    """An outlet's figure about a name no other outlet gives is its aside when the outlet gives another figure of
    that kind and noun itself ("It weighs about 2,800 tons ... Rubjerg Knude ... weighs about 720 tonnes"); not
    when it is the outlet's one figure ("signed Tiago Serra from FC Vliet for £47.3m"), nor when the name is the
    one who gives it ("Our meteorologist Tom Reyes says ...")."""
    from claimcheck.reconcile.identity import guard, names_told_once, with_asides

    def told(source: str, v: float, about: str | None, **kw: object) -> Claim:
        ents = (about,) if about else ()
        return claim(source, int(v), q(v), kind="measure", about=about, entities=ents, counted="mass", **kw)

    claims = [
        told("001", 2800, "Pell Point Light"),
        told("002", 2800, None),
        told("002", 720, "Rubjerg Knude"),
        told("003", 52, "Tom Reyes", claimant="Tom Reyes"),
        told("003", 60, None),
        told("004", 2700, "FC Vliet"),
        told("005", 2900, "Pell Point Light"),
    ]
    asides = names_told_once(claims, str)
    assert asides == {"Rubjerg Knude", "Tom Reyes", "FC Vliet"}
    marked = [g.aside for g in with_asides(claims, [guard(c) for c in claims], asides)]
    assert marked == [False, False, True, False, False, False, False]


def test_shares_one_outlet_lists_side_by_side_are_two_shares_for_the_whole_story(tmp_path: Path) -> None:
    """ "74 per cent owned by Karoo Crown; the other 26 per cent is held by the trust": once an outlet lists both
    shares, another outlet's 74 per cent told alone is no rival of a third's 26 per cent told alone."""
    both = "The mine is 74 per cent owned by Karoo Crown; the other 26 per cent is held by the community trust."
    one = "The Kareebos Mine employs 1,850 people and is 74 per cent owned by Karoo Crown."
    other = "The mine is 26 per cent owned by a local community trust under empowerment rules."
    arts = [("001_a", "2026-08-13", both), ("002_b", "2026-08-13", one), ("003_c", "2026-08-14", other)]
    result = scan_texts(tmp_path, arts)
    assert not group_texts(result, "conflict")


def test_a_since_date_of_a_tally_is_when_the_count_began_not_a_doing(tmp_path: Path) -> None:
    """ "the 14th stone of more than 100 carats recovered at Kareebos since 2020" starts the window of a count; it
    is no rival of "the mine's previous record, an 813-carat stone found in 2019"."""
    arts = [
        (
            "001_a",
            "2026-08-13",
            "It is the 14th stone of more than 100 carats recovered at Kareebos since 2020, and far bigger than the"
            " mine's previous record, an 813-carat stone found in 2019.",
        ),
        (
            "002_b",
            "2026-08-13",
            "Kareebos installed its first XRT units in 2018; since 2020 it has recovered 14 stones of more than 100"
            " carats.\n\nThe mine's previous record, an 813-carat stone found in 2019, was sold by tender in Antwerp.",
        ),
        (
            "003_c",
            "2026-08-14",
            "Its previous largest stone, 813 carats in 2019, was an outlier.\n\nSince 2020 Kareebos has recovered 14"
            " stones of more than 100 carats.",
        ),
        ("004_d", "2026-08-14", "It is the 14th diamond of more than 100 carats found at Kareebos since 2020."),
    ]
    result = scan_texts(tmp_path, arts)
    assert not [g for g in group_texts(result, "conflict") if "2019" in g]


def test_an_amount_with_a_leading_digit_mistyped_is_a_conflict(tmp_path: Path) -> None:
    """ "a whopping £48.5m museum" and "the £38.5m museum": one amount with its first digit mistyped in a copy."""
    first = "The television presenter, 71, cut the ribbon on a whopping £48.5m museum dedicated to rope."
    copy = "The strong start has not settled an argument about what the £38.5m museum will do for the town."
    result = scan_texts(tmp_path, [("001_a", "2026-05-17", first), ("002_b", "2026-05-22", copy)])
    assert {"£48.5m", "£38.5m"} in group_texts(result, "conflict")


def test_a_share_set_before_its_noun_is_that_things_own_whatever_the_tense(tmp_path: Path) -> None:
    """ "Dravica inserted a 15 per cent sell-on clause" and "Dravica, who have a 20 per cent sell-on clause":
    past and present tense keep two figures apart as two times, but a share an article sets before its noun is
    that thing's own, as a figure hyphened to its noun is ("a nine-day trial")."""
    then = "Dravica inserted a 15 per cent sell-on clause on profit, which on this fee alone would be worth £6m."
    now = "The transfer is also good news for Dravica, who have a 20 per cent sell-on clause in the deal."
    result = scan_texts(tmp_path, [("001_a", "2025-08-20", then), ("002_b", "2025-08-20", now)])
    assert {"15 per cent", "20 per cent"} in group_texts(result, "conflict")


def test_a_share_set_before_its_noun_is_that_things_whoever_the_subject(tmp_path: Path) -> None:
    """ "Minister Fiona Trethowan ... promising farmers a 40 per cent rebate" and "a package that includes a 50 per
    cent rebate": the parse makes one share the minister's and the other the package's, but a share set before its
    noun is the rebate's, whoever its clause's subject is."""
    one = (
        "Agriculture Minister Fiona Trethowan yesterday unveiled a $25 million rescue package, promising farmers a 40"
        " per cent rebate on the cost of poison bait."
    )
    two = "The minister announced a $25 million package that includes a 50 per cent rebate on zinc phosphide bait."
    result = scan_texts(tmp_path, [("001_a", "2026-05-12", one), ("002_b", "2026-05-12", two)])
    assert {"40 per cent", "50 per cent"} in group_texts(result, "conflict")


def test_a_day_takes_its_sentences_figures_whatever_year_the_sentence_looks_back_to(tmp_path: Path) -> None:
    """ "Thirty-eight plains bison were released ... on Thursday, ... since the last wild bison there were killed in
    1883" and "The 38 bison released on Wednesday, Oct. 14": both days' sentences give the 38 released, which tells
    one event; a year the first sentence also gives is no second day its figures might be of."""
    one = (
        "Thirty-eight plains bison were released onto a South Dakota prairie preserve on Thursday, returning them to"
        " the county for the first time since the last wild bison there were killed in 1883."
    )
    two = (
        "The 38 bison released on Wednesday, Oct. 14, at the preserve north of Vessey are grazing quietly in their"
        " acclimation pasture, according to the herd manager."
    )
    result = scan_texts(tmp_path, [("001_a", "2026-10-15", one), ("002_b", "2026-10-22", two)])
    assert {"Thursday", "Wednesday, Oct. 14"} in group_texts(result, "conflict")


def test_a_day_whose_sentence_clocks_it_takes_its_sentences_figures(tmp_path: Path) -> None:
    """ "The bus, carrying 47 passengers, fell into a gorge around 8.40 am today" and "The bus, carrying 47
    passengers, went off the road on Saturday morning": the clock falls on the day its sentence gives, which is still
    that sentence's one day, and both days' sentences give the 47 on board: one event's day, given two ways."""
    one = "The private bus, carrying 47 passengers, fell into a deep gorge near Bhurela around 8.40 am today."
    two = "The private bus, carrying 47 passengers, went off the narrow road near Bhurela village on Saturday morning."
    result = scan_texts(tmp_path, [("001_a", "2026-04-12T17:50", one), ("002_b", "2026-04-13T20:00", two)])
    assert any({"today", "Saturday"} <= set(g) for g in group_texts(result, "conflict"))


def test_a_year_is_its_own_time_whatever_the_tense_of_its_clause(tmp_path: Path) -> None:
    """ "Residents are comparing this fire to the Hatcher Gulch Fire in 1998" and "the Hatcher Gulch Fire in 1997,
    burned 40,210 acres": present and past tense keep two figures apart as two times, but a year places what it
    dates by itself; the two years of one named fire are rivals. Two days told in the present and in the past
    ("no trains are running today", "on Friday one in five trains ran") stay two days' doings."""
    now = "Many residents are comparing this fire to the Hatcher Gulch Fire in 1998."
    then = "The region's worst fire on record, the Hatcher Gulch Fire in 1997, burned 40,210 acres."
    result = scan_texts(tmp_path, [("001_a", "2025-07-16", now), ("002_b", "2025-07-16", then)])
    assert {"1998", "1997"} in group_texts(result, "conflict")
    today = "Workers walked out at 4am and there are no trains running anywhere on the network today."
    friday = "On Friday about one in five trains ran, the operator said."
    result = scan_texts(tmp_path, [("001_a", "2025-03-06", today), ("002_b", "2025-03-08", friday)])
    assert not group_texts(result, "conflict")


def test_an_amount_with_two_digits_swapped_conflicts_whatever_noun_each_gives_it(tmp_path: Path) -> None:
    """ "The operator faces a budget gap of £274 million" and "a shortfall of £247 million": one amount of three
    significant digits miscopied, two neighbouring digits swapped, whatever noun each outlet gives it."""
    a = "The operator faces a budget gap of £274 million next year, its chief executive said."
    b = "The firm's boss said it was facing a shortfall of £247 million in 2027."
    result = scan_texts(tmp_path, [("001_a", "2026-05-18", a), ("002_b", "2026-05-19", b)])
    assert {"£274 million", "£247 million"} in group_texts(result, "conflict")


def test_a_measure_with_its_unit_miswritten_conflicts(tmp_path: Path) -> None:
    """ "the 142-kilometre canal" and "the 142-mile waterway": the same digits in two units of length, one figure
    with its unit miswritten, whatever noun each outlet gives the thing."""
    a = "The 142-kilometre canal carries about 900 barges a month, according to the authority."
    b = "Few people outside the region had heard of the Hallen canal, the 142-mile waterway that links two ports."
    result = scan_texts(tmp_path, [("001_a", "2026-05-18", a), ("002_b", "2026-05-25", b)])
    assert {"142"} in group_texts(result, "conflict")


def test_a_count_with_a_zero_added_conflicts_on_any_day(tmp_path: Path) -> None:
    """ "a first batch of 140 doses was due on Tuesday" and "1,400 doses arrived yesterday" (a Thursday paper):
    counts at two moments are no rivals, unless one is the other with a zero added, a copying slip."""
    a = "The minister said a first batch of 140 doses of vaccine would be flown in and was due on Tuesday."
    b = "The ministry says 1,400 doses of vaccine arrived from Germany yesterday."
    result = scan_texts(tmp_path, [("001_a", "2026-05-18", a), ("002_b", "2026-05-21", b)])
    assert {"140", "1,400"} in group_texts(result, "conflict")


def test_a_count_hyphened_to_its_noun_is_the_things_size_in_any_year(tmp_path: Path) -> None:
    """ "the 32,000-capacity ground was rebuilt ... a decade ago" and "filled 95% of the 32,000-capacity ground":
    the capacity is the ground's, whatever year the rebuilding sets its sentence in."""
    a = "It is a mid-table club, and the 32,000-capacity ground was rebuilt for the regional games a decade ago."
    b = "The paying crowd filled 95% of the 32,000-capacity ground."
    result = scan_texts(tmp_path, [("001_a", "2026-05-18", a), ("002_b", "2026-05-19", b)])
    assert {"32,000"} in group_texts(result, "agree")


def test_an_exact_figure_of_three_significant_digits_is_seldom_two_facts(tmp_path: Path) -> None:
    """ "11,208 cases have been reported in Colombo" and "Colombo has notified 11,208 cases, Gampaha 9,870": the same
    figure of five significant digits, worded apart, is one figure."""
    one = "According to the unit, 11,208 cases have been reported in Colombo, 9,870 in Gampaha and 4,152 in Kalutara."
    two = "The province has half of cases. Colombo has notified 11,208 cases, Gampaha 9,870 and Kalutara 4,152."
    result = scan_texts(tmp_path, [("001_a", "2026-03-10", one), ("002_b", "2026-03-10", two)])
    sources = {c.id: c.source for c in result.claims}
    texts = {c.id: c.text for c in result.claims}
    assert any(
        {texts[c] for c in g.claims} == {"11,208"} and len({sources[c] for c in g.claims}) == 2
        for g in result.groups
        if g.verdict == "agree"
    )


def test_an_offset_that_ends_at_a_doing_is_no_rival_of_one_counted_from_it(tmp_path: Path) -> None:
    """ "The marrow was hand-pollinated on June 30 and weighed 98 days later" and "the doors closed on Wednesday
    night, four days after it was weighed": the spans before and after the weighing, two facts however alike."""
    grower = "Dale Ostrom said he hand-pollinated the plant on June 30, 98 days before the contest."
    before = "The marrow was hand-pollinated on June 30 and weighed 98 days later."
    after = (
        "Fair board president Ann Lutz said Thursday that about 9,000 people had lined up to see Dale Ostrom's"
        " record marrow by the time the doors closed on Wednesday night, four days after it was weighed."
    )
    result = scan_texts(
        tmp_path, [("001_a", "2025-10-11", grower), ("002_b", "2025-10-14", before), ("003_c", "2025-10-16", after)]
    )
    assert not group_texts(result, "conflict")


def test_a_claim_that_names_no_thing_never_makes_two_made_things_measures_one_conflict(tmp_path: Path) -> None:
    """A satellite of 6,500 pounds, a tank of 38 pounds, a wheel of 7 pounds and "18 items weighing a combined 214
    pounds": the last names no thing, so each of the others may clash with it, but the clashes never join the
    satellite's, the tank's and the wheel's weights as rival values of one fact."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2025-10-08", "The satellite weighed about 6,500 pounds and cost $84 million to build."),
            ("002_b", "2025-10-09", "Deputies recovered the titanium propellant tank, which weighs 38 pounds."),
            ("003_c", "2025-10-12", "The recovered debris, now 18 items weighing a combined 214 pounds, go by truck."),
            ("004_d", "2025-10-10", "The reaction wheel that pierced a barn roof weighs about 7 pounds."),
        ],
    )
    for values in group_texts(result, "conflict"):
        assert len(values & {"about 6,500", "38", "about 7"}) <= 1, values


def test_a_claim_that_names_no_one_never_makes_two_named_peoples_measures_or_ages_one_conflict(tmp_path: Path) -> None:
    """Two escapees described by name in one paper, and one of them as "he" in others: the unnamed figures may clash
    with the other man's, but the clashes never make Pruitt's and Haskins's weights, or Sumner's and Greer's ages,
    rival values of one fact. One person's two ages still conflict."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2025-10-13", "Dale Pruitt weighs about 190 pounds. Corey Haskins weighs about 160 pounds."),
            ("002_b", "2025-10-13", "Police warned that he is armed. He weighs about 190 pounds, police said."),
            ("003_c", "2025-10-14", "Brandon Keith Sumner, 22, was caught on Monday at a gas station."),
            ("004_d", "2025-10-14", "The girlfriend, a 24-year-old woman, was charged with hindering prosecution."),
            ("005_e", "2025-10-14", "Tasha Monique Greer, 24, was charged. Brandon Sumner, 23, was caught on Monday."),
        ],
    )
    for values in group_texts(result, "conflict"):
        assert not {"about 190", "about 160"} <= values, values
        assert not ({"22", "23"} & values and "24" in values), values
    assert {"22", "23"} in group_texts(result, "conflict")


def test_two_named_runners_places_are_never_one_conflict(tmp_path: Path) -> None:
    """ "Joseph Kiprop, who finished second" and "Tom Hale ... in sixth place": places in one race, each told of a
    named man, are two men's places, whatever a place told of no name ("to finish sixth") links them through."""
    result = scan_texts(
        tmp_path,
        [
            (
                "001_a",
                "2026-04-12",
                "Joseph Kiprop, who finished second in 2:07:12, also went inside the old mark. Britain's Tom Hale was"
                " the first British man home in sixth place.",
            ),
            (
                "002_b",
                "2026-04-12",
                "And Brit hope Tom Hale, who juggles training with his day job as a physio, ran the race of his life"
                " to finish sixth.",
            ),
            ("003_c", "2026-04-13", "Kiprop, his training partner, clocked 2:07:12 to finish second."),
        ],
    )
    assert group_texts(result, "conflict") == []


@pytest.mark.parametrize(
    ("other", "meet"),
    [(1998, True), (1997, True), (2001, True), (1996, True), (1989, True), (2002, False), (1986, False)],
)
def test_a_year_written_in_digits_meets_the_years_up_to_two_either_side(other: int, meet: bool) -> None:
    """ "The federation was founded in 1999" and "founded in 1997": a slip of the year may be of two, and the score
    decides whether they are one doing's years; further apart they meet on the year only one keystroke away, in the
    decade or the last digit (1996, 1989), and not two (2002, 1986)."""

    def founded(source: str, year: int) -> Claim:
        value = DateValue(date(year, 1, 1), date(year + 1, 1, 1), "year")
        return claim(source, 1, value, kind="date", predicate="found in", text=str(year))

    shared = set(keys(founded("000", 1999), str)) & set(keys(founded("001", other), str))
    assert any(k.startswith("date|=") for k in shared) is meet, shared


@pytest.mark.parametrize(
    ("written", "bare_unit"),
    [
        (("NZ$4.6 million", "about $6.4 million"), "NZD"),  # the corpus's one named dollar
        (("A$40 million", "$1.2 billion"), "AUD"),
        (("A$40 million", "US$25.7 million", "$1.2 billion"), "USD"),  # a corpus that names the US dollar too
        (("A$40 million", "NZ$4.6 million", "$1.2 billion"), "USD"),  # two named dollars: which is unsaid
        (("$6.4 million",), "USD"),  # no dollar named: the extractor's reading stands
        (("A$40 million", "4c"), "AUD"),  # "cut by 4c a litre": cents of the dollar the story names
    ],
)
def test_a_bare_dollar_is_the_one_dollar_the_corpus_names(written: tuple[str, ...], bare_unit: str) -> None:
    """ "NZ$4.6 million" in one outlet and "$6.4 million" in another: a story covered in New Zealand writes both, and
    both are New Zealand dollars; only when the corpus names one dollar by its country and never the US one."""
    from claimcheck.reconcile import local_dollars

    units = {"NZ$": "NZD", "A$": "AUD", "US$": "USD"}
    claims = tuple(
        claim(
            f"00{k}", 1, q(1, unit=next((u for p, u in units.items() if text.startswith(p)), "USD")), kind="money",
            text=text,
        )
        for k, text in enumerate(written)
    )
    got = local_dollars(claims)
    bare = got[-1].value
    assert isinstance(bare, Quantity) and bare.unit == bare_unit
    assert got[:-1] == claims[:-1]


def test_an_outlet_abroad_that_names_its_own_dollar_leaves_the_story_dollar_one() -> None:
    """A story covered in Australia, with a New Zealand outlet that gives "A$389, about NZ$430" and "NZ$1,400 on
    flights": the story's dollar is the one every outlet naming a dollar names, and a bare "$389" elsewhere is
    Australian; the New Zealand outlet's own bare "$" is left as read."""
    from claimcheck.reconcile import local_dollars

    claims = (
        claim("001", 1, q(389, unit="AUD"), kind="money", text="A$389"),
        claim("007", 1, q(389, unit="AUD"), kind="money", text="A$389"),
        claim("007", 2, q(430, unit="NZD"), kind="money", text="NZ$430"),
        claim("006", 1, q(389, unit="USD"), kind="money", text="$389"),
        claim("007", 3, q(50, unit="USD"), kind="money", text="$50"),
    )
    got = [c.value.unit for c in local_dollars(claims) if isinstance(c.value, Quantity)]
    assert got == ["AUD", "AUD", "NZD", "AUD", "USD"]


def test_an_outlet_that_marks_the_us_dollar_writes_its_own_bare() -> None:
    """A story covered in Australia whose outlets give a ransom as "US$8 million" and the insurer's shares at a bare
    "$4.39": an outlet that marks the US dollar writes its own dollar bare, so the story's bare dollars are Australian
    (a tabloid's "$12 million ransom" is the Australian sum, no rival of US$8 million); but where an outlet writes
    "US$" and no bare "$", a bare dollar elsewhere may be American and stays as read."""
    from claimcheck.reconcile import local_dollars

    claims = (
        claim("001", 1, q(12, unit="AUD"), kind="money", text="A$12 million"),
        claim("001", 2, q(8, unit="USD"), kind="money", text="US$8 million"),
        claim("001", 3, q(4.39, unit="USD"), kind="money", text="$4.39"),
        claim("002", 1, q(8, unit="USD"), kind="money", text="US$8m"),
        claim("002", 2, q(50, unit="USD"), kind="money", text="$50 million"),
        claim("003", 1, q(12, unit="USD"), kind="money", text="$12 million"),
    )
    got = [c.value.unit for c in local_dollars(claims) if isinstance(c.value, Quantity)]
    assert got == ["AUD", "USD", "AUD", "USD", "AUD", "AUD"]
    only_us = claims[:2] + claims[3:4] + claims[5:]
    got = [c.value.unit for c in local_dollars(only_us) if isinstance(c.value, Quantity)]
    assert got == ["AUD", "USD", "USD", "USD"]


def test_a_dollar_converted_in_brackets_is_the_readers_not_the_storys() -> None:
    """A story covered in Australia in which only a New Zealand outlet names a dollar, each time converting it for
    its readers ("A$350 million (NZ$385m)", "A$10-12/kg (NZ$11-13)"): the dollar in brackets is the reader's, so the
    story's is the Australian one, and the other outlets' "$350 million" and "half a billion dollars" are in it."""
    from dataclasses import replace

    from claimcheck.extract.numbers import find_quantities
    from claimcheck.reconcile import local_dollars

    assert [m.restates for m in find_quantities("retail prices of A$10-12/kg (NZ$11-13) this week")] == [None, 0]
    first = claim("007", 1, q(350, unit="AUD"), kind="money", text="A$350 million")
    words = "losses could top half a billion dollars"
    claims = (
        first,
        claim("007", 20, q(385, unit="NZD"), kind="money", text="NZ$385m", restates=first.id),
        claim("002", 1, q(350, unit="USD"), kind="money", text="$350 million"),
        replace(claim("004", 17, q(500, unit="USD"), kind="money", text="half a billion", sentence=words), end=31),
    )
    got = [c.value.unit for c in local_dollars(claims) if isinstance(c.value, Quantity)]
    assert got == ["AUD", "NZD", "AUD", "AUD"]
    # a US outlet's "A$2 million (US$1.3 million)": its US dollar converts for its readers and names no story's
    # dollar, so a local paper's "$3.1 million" is still Australian
    state = claim("006", 1, q(2, unit="AUD"), kind="money", text="A$2 million")
    converted = claim("006", 20, q(1.3, unit="USD"), kind="money", text="US$1.3 million", restates=state.id)
    board = claim("003", 1, q(3.1, unit="USD"), kind="money", text="$3.1 million")
    got = [c.value.unit for c in local_dollars((state, converted, board)) if isinstance(c.value, Quantity)]
    assert got == ["AUD", "USD", "AUD"]


@pytest.mark.parametrize(
    ("written", "shared_unit"),
    [
        ((("DKK 310 million", "DKK"),), "DKK"),  # Danish kroner named by code: the corpus's crowns are Danish
        ((("2 million Norwegian kroner", "NOK"),), "NOK"),
        ((("DKK 310 million", "DKK"), ("SEK 2 million", "SEK")), "CROWN"),  # two crowns named: which is unsaid
        ((("KSh 2 billion", "KES"),), "CROWN"),  # no crown named: the shared name stands
    ],
)
def test_a_shared_currency_name_is_the_one_of_that_name_the_corpus_names(
    written: tuple[tuple[str, str], ...], shared_unit: str
) -> None:
    """ "DKK 310 million" in one outlet and "310 million kroner" in another: a story covered in Denmark writes both,
    and both are Danish kroner; only when the corpus names one currency of that name, by its country or code."""
    from claimcheck.reconcile import local_currencies

    named = tuple(
        claim(f"00{k}", 1, q(1, unit=unit), kind="money", text=text) for k, (text, unit) in enumerate(written)
    )
    shared = claim("009", 1, q(310000000, unit="CROWN"), kind="money", text="310 million kroner")
    got = local_currencies((*named, shared))
    value = got[-1].value
    assert isinstance(value, Quantity) and value.unit == shared_unit
    assert got[:-1] == named


def test_kroner_are_the_danish_or_norwegian_crown_the_corpus_names_beside_swedish_kronor() -> None:
    """ "NOK 186 million" in a Norwegian outlet, "SEK 163" in a Swedish one's conversion, and "186 million kroner":
    "kroner" is the Danish and Norwegian plural, never the Swedish "kronor", so the corpus's kroner are Norwegian."""
    from claimcheck.reconcile import local_currencies

    nok = claim("001", 1, q(186000000, unit="NOK"), kind="money", text="NOK 186 million")
    sek = claim("002", 1, q(163, unit="SEK"), kind="money", text="SEK 163")
    kroner = claim("003", 1, q(186000000, unit="KRONE"), kind="money", text="186 million kroner")
    value = local_currencies((nok, sek, kroner))[-1].value
    assert isinstance(value, Quantity) and value.unit == "NOK"


@pytest.mark.parametrize(
    ("other", "unit"),
    [
        (None, "EGP"),  # the corpus names Egyptian pounds and writes no sterling: "pounds" are Egyptian
        (("002", "£1.3m", "GBP"), "EGP"),  # another outlet's "£": this one's "pounds" are still Egyptian
        (("009", "£1.3m", "GBP"), "GBP"),  # its own article's "£": its "pounds" may be sterling, and stay so
        (("002", "LBP 2 billion", "LBP"), "GBP"),  # two other pounds named: which one is unsaid
    ],
)
def test_the_word_pounds_is_the_one_other_pound_the_corpus_names(
    other: tuple[str, str, str] | None, unit: str
) -> None:
    """ "85 million Egyptian pounds" in one outlet and "85 million pounds" in another: a story covered in Egypt
    writes both, and both are Egyptian pounds."""
    from claimcheck.reconcile import local_currencies

    egyptian = claim(
        "001", 0, q(85000000, unit="EGP"), kind="money", text="85 million", sentence="85 million Egyptian pounds"
    )
    written = (egyptian,) + (
        (claim(other[0], 40, q(1, unit=other[2]), kind="money", text=other[1], sentence=other[1]),) if other else ()
    )
    sentence = "The losses are 85 million pounds."
    word = replace(
        claim("009", 15, q(85000000, unit="GBP"), kind="money", text="85 million", sentence=sentence), end=25
    )
    got = local_currencies((*written, word))
    value = got[-1].value
    assert isinstance(value, Quantity) and value.unit == unit


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("Rs 200,000", "NPR"),  # the corpus names Nepal's rupee: "Rs" is Nepal's
        ("₹200,000", "INR"),  # India's own sign: stays India's
    ],
)
def test_rs_is_the_one_other_rupee_the_corpus_names(written: str, unit: str) -> None:
    """ "NPR 2 lakh" in one outlet and "Rs 200,000" in another: a story covered in Nepal writes both, and both are
    Nepalese rupees."""
    from claimcheck.reconcile import local_currencies

    nepal = claim("001", 0, q(200000, unit="NPR"), kind="money", text="NPR 2 lakh", sentence="relief of NPR 2 lakh")
    rs = replace(
        claim("002", 0, q(200000, unit="INR"), kind="money", text=written, sentence=f"{written} in relief"),
        end=len(written),
    )
    value = local_currencies((nepal, rs))[-1].value
    assert isinstance(value, Quantity) and value.unit == unit


def test_rs_stays_indias_where_an_outlet_names_both_rupees() -> None:
    """A story covered in India, with a Nepali paper that converts "INR 4 lakh (about NPR 6.4 lakh)": the corpus
    names Nepal's rupee, but the outlet that does names India's too, so another outlet's "Rs 68" is not read as
    Nepal's (where it would be a rival of the Nepali paper's "NPR 110" shelf price)."""
    from claimcheck.reconcile import local_currencies

    sentence = "compensation of INR 4 lakh (about NPR 6.4 lakh) per family"
    inr = claim("001", 16, q(400000, unit="INR"), kind="money", text="INR 4 lakh", sentence=sentence)
    npr = claim("001", 35, q(640000, unit="NPR"), kind="money", text="NPR 6.4 lakh", sentence=sentence)
    rs = replace(claim("002", 0, q(68, unit="INR"), kind="money", text="Rs 68", sentence="Rs 68 a bottle"), end=5)
    value = local_currencies((replace(inr, end=26), replace(npr, end=47), rs))[-1].value
    assert isinstance(value, Quantity) and value.unit == "INR"
    value = local_currencies((replace(npr, end=47), rs))[-1].value
    assert isinstance(value, Quantity) and value.unit == "NPR"


@pytest.mark.parametrize(
    ("written", "sentence", "unit"),
    [
        ((("46.1C", "°C", None),), "It reached 46.1 degrees on Thursday.", "°C"),
        # a figure given in both scales ("46.1C (115F)"): the corpus writes both, and which one "degrees" is is unsaid
        ((("46.1C", "°C", None), ("115F", "°F", "c1")), "It reached 46.1 degrees on Thursday.", "degree"),
        ((("46.1C", "°C", None), ("115F", "°F", None)), "It reached 46.1 degrees on Thursday.", "degree"),
        ((("46.1C", "°C", None),), "The road has a 46.1-degree slope.", "degree"),  # an angle
        # hyphened to what has a temperature, no angle
        ((("46.1C", "°C", None),), "They worked through 46.1-degree heat on Thursday.", "°C"),
    ],
)
def test_bare_degrees_are_the_one_scale_the_corpus_writes(
    written: tuple[tuple[str, str, str | None], ...], sentence: str, unit: str
) -> None:
    """ "reached 46.1C" in one outlet and "recorded 46.1 degrees" in another: a story whose figures are all in one
    scale writes its bare degrees in that scale too."""
    from claimcheck.reconcile import local_degrees

    named = tuple(
        claim(f"00{k}", 1, q(1, unit=u), kind="measure", text=text, restates=r)
        for k, (text, u, r) in enumerate(written)
    )
    bare = claim(
        "009", 0, q(46.1, unit="degree"), kind="measure", text="46.1", sentence=sentence, counted="degree"
    )
    start = sentence.index("46.1")
    bare = replace(bare, start=start, end=start + 4, sentence_start=0, sentence_end=len(sentence))
    got = local_degrees((*named, bare))
    value = got[-1].value
    assert isinstance(value, Quantity) and value.unit == unit
    assert got[:-1] == named


def test_bare_degrees_of_an_angle_stay_degrees() -> None:
    """ "wind from 230 degrees" in a story told in Celsius: the extractor reads an angle, which no scale of
    temperature is."""
    from claimcheck.reconcile import local_degrees

    named = (claim("000", 1, q(31, unit="°C"), kind="measure", text="31C"),)
    sentence = "The wind was from 230 degrees."
    at = sentence.index("230")
    angle = claim(
        "001", 0, q(230, unit="degree"), kind="measure", text="230", sentence=sentence, counted="angle"
    )
    angle = replace(angle, start=at, end=at + 3, sentence_start=0, sentence_end=len(sentence))
    assert local_degrees((*named, angle))[-1] == angle


@pytest.mark.parametrize(
    ("value", "sentence", "unit"),
    [
        (77.0, "Temperatures were around 77 degrees.", "°F"),
        (41.0, "Temperatures were around 41 degrees.", "°C"),
        (180.0, "Temperatures were around 180 degrees.", "°C"),
        (-12.0, "Temperatures were around -12 degrees.", "°C"),
        (92.0, "Scientists measured the mud at 92 degrees.", "°C"),  # heated mud, not a day's weather
        (96.0, "Temps hit a scorching 96 degrees, and he may break into a home for water.", "°F"),
        (84.0, "The swimmers went straight from 84-degree water into the cold.", "°F"),  # hyphened to the water
    ],
)
def test_bare_degrees_no_weather_reaches_in_celsius_are_fahrenheit(value: float, sentence: str, unit: str) -> None:
    """In a story told in Celsius ("24C"), an American outlet's "temperatures around 77 degrees" is Fahrenheit: no
    day's weather is 60 to 135 degrees Celsius; 41 degrees is a hot day in the corpus's scale, 180 degrees an oven's,
    and mud or water may well be 92 degrees Celsius."""
    from claimcheck.reconcile import local_degrees

    named = (claim("001", 1, q(24, unit="°C"), kind="measure", text="24C"),)
    at = sentence.index(f"{value:g}")
    bare = claim("002", 0, q(value, unit="degree"), kind="measure", text=f"{value:g}", counted="degree")
    bare = replace(bare, sentence=sentence, start=at, end=at + len(f"{value:g}"), sentence_start=0,
                   sentence_end=len(sentence))
    got = local_degrees((*named, bare))[-1].value
    assert isinstance(got, Quantity) and got.unit == unit


def test_a_date_whose_weekday_names_the_others_day_is_that_day_miswritten(tmp_path: Path) -> None:
    """ "ballots were cast on Nov. 3" and "On election night, Tuesday, Nov. 4": 4 November 2026 is a Wednesday, so
    the second date's two parts disagree, and the Tuesday it names is the first's day. That is one day miswritten,
    a conflict, though the two sentences share few words."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-11-20", "The county has 12 towns and 40 wards. In all, 21,300 ballots were cast on Nov. 3 "
             "in the race for mayor."),
            ("002_b", "2026-11-21", "It is worth retracing how the lead moved. On election night, Tuesday, Nov. 4, "
             "early returns had Harlan up by 90 votes."),
        ],
    )
    assert {"Nov. 3", "Tuesday, Nov. 4"} in group_texts(result, "conflict")


def test_a_named_things_measure_conflicts_wherever_each_sentence_places_the_story(tmp_path: Path) -> None:
    """ "the village at the foot of the 1,847-metre Passo Ardone" and "the Passo Ardone, a 6,027-foot pass" (1,837
    m): two outlets' heights of one named pass, whichever place each sentence also names (the village, the province),
    are rivals."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-09-15", "The bus was coming down from the 1,837-metre pass towards the village of "
             "Morsano, in the province of Belluna, when it crashed."),
            ("002_b", "2026-09-16", "In Morsano, the small village at the foot of the 1,847-metre Passo Ardone, "
             "anger is directed at the road."),
            ("003_c", "2026-09-16", "The northern descent of the 1,837 m Passo Ardone has 19 hairpins."),
            ("004_d", "2026-09-17", "The crash happened on a road that winds down from the Passo Ardone, a "
             "6,027-foot mountain pass in northern Italy."),
        ],
    )
    assert any({"1,847", "6,027"} <= texts for texts in group_texts(result, "conflict"))


@pytest.mark.parametrize(
    ("own", "unit"),
    [
        ((("3,280 feet", "ft"), ("12 miles", "mi"), ("$1,200", "USD")), "°F"),  # an American paper's figures
        ((("3,280 feet", "ft"), ("12 miles", "mi"), ("£1,200", "GBP")), "°C"),  # a British paper's: Celsius
        ((("3,280 feet", "ft"), ("20 km", "km"), ("$1,200", "USD")), "°C"),  # metric beside them
        ((("$1,200", "USD"),), "°C"),  # dollars alone say nothing of the scale
    ],
)
def test_an_american_papers_bare_degrees_are_fahrenheit(own: tuple[tuple[str, str], ...], unit: str) -> None:
    """ "the temperature at the pass was about 52 degrees" in a paper that writes its heights in feet, its distances
    in miles and its money in dollars is 52 Fahrenheit (11 Celsius), though the rest of the corpus writes Celsius and
    52 degrees Celsius is a weather a heatwave may bring; a British paper writes feet and miles and Celsius."""
    from claimcheck.reconcile import local_degrees

    named = (claim("001", 1, q(11, unit="°C"), kind="measure", text="11C"),)
    kinds = {"USD": "money", "GBP": "money"}
    theirs = tuple(
        claim("002", 10 + k, q(1, unit=u), kind=kinds.get(u, "measure"), text=text) for k, (text, u) in enumerate(own)
    )
    sentence = "It was raining and the temperature at the pass was about 52 degrees."
    at = sentence.index("52")
    bare = claim("002", 0, q(52, unit="degree"), kind="measure", text="52", counted="degree")
    bare = replace(bare, sentence=sentence, start=at, end=at + 2, sentence_start=0, sentence_end=len(sentence))
    got = local_degrees((*named, *theirs, bare))[-1].value
    assert isinstance(got, Quantity) and got.unit == unit


@pytest.mark.parametrize(
    ("later", "conflict"),
    [
        ("Water temperature this morning at the buoy: 15.1 degrees, down from the 16.8 recorded on Wednesday.", False),
        ("Water temperature this morning at the buoy: 15.1 degrees.", True),
    ],
)
def test_a_figure_an_outlet_tells_as_the_one_before_its_own_is_no_rival(
    tmp_path: Path, later: str, conflict: bool
) -> None:
    """ "15.1 degrees, down from the 16.8 of Wednesday" against another outlet's "had warmed to 16.8 degrees": the
    one outlet tells the other's figure as the one its own changed from, a change over time, not a disagreement."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-03-06", "The water in the fjord had warmed to 16.8 degrees, scientists said."),
            ("002_b", "2026-03-07", later),
        ],
    )
    assert ({"16.8", "15.1"} <= set().union(*group_texts(result, "conflict"))) == conflict


@pytest.mark.parametrize("day", ["2026-03-11", "2026-03-20"])
def test_a_figure_an_outlet_tells_as_the_one_before_its_own_is_superseded_by_it(tmp_path: Path, day: str) -> None:
    """ "raised its community fund to $2.5 million, up from the $1.5 million first announced" against another
    outlet's "a $1.5-million community fund": the outlet tells the change itself, so its figure supersedes the
    other's, on whatever day each paper came out; never a conflict."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", day, "The railway has announced a $1.5-million community fund for the town."),
            (
                "002_b",
                "2026-03-20",
                "The railway has raised its community fund to $2.5 million, up from the $1.5 million first announced.",
            ),
        ],
    )
    assert not group_texts(result, "conflict")
    by_id = {g.id: g for g in result.groups}
    later = next(g for g in result.groups if g.supersedes)
    assert {c.text for c in result.claims if c.id in later.claims} == {"$2.5 million"}
    assert {c.text for g in later.supersedes for c in result.claims if c.id in by_id[g].claims} == {
        "$1.5-million",
        "$1.5 million",
    }
    # the reason says the change is the outlet's own telling, not only a later report
    assert "002 gives 1500000 USD as the figure before its own 2500000 USD" in later.reason


def test_two_round_estimates_apart_conflict_and_say_why(tmp_path: Path) -> None:
    """ "About 60 percent" and "around 70 percent" of one crop: hedges whose bands touch, but two estimates, and
    the reason says so in words (not "they cannot both hold" of ranges a reader sees overlap)."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2026-03-21", "About 60 percent of the sorghum crop in the district was lost to the swarms."),
            ("002_b", "2026-03-21", "Around 70 percent of the sorghum crop in the district was lost to the swarms."),
        ],
    )
    (g,) = [g for g in result.groups if g.verdict == "conflict"]
    assert "two round estimates, neither figure within the other's hedge" in g.reason


def test_a_generic_count_of_another_fate_and_a_part_is_no_agreement_on_a_weak_score(tmp_path: Path) -> None:
    """ "seven of them were fully buried" and "Seven people were injured": "people" says nothing of which people,
    what befell them differs and one counts a part of a whole; a score under the conflict line does not make the
    two one figure (which then carried the injured seven into the buried seven's group)."""
    result = scan_texts(
        tmp_path,
        [
            (
                "001_a",
                "2026-02-21T16:30",
                "Police say 11 people were caught by the avalanche and seven of them were fully buried.",
            ),
            (
                "002_b",
                "2026-02-21T19:30",
                "According to the police, 11 people were swept away by the snow. Seven people were injured, one of them"
                " critically, and were taken to hospital by helicopter.",
            ),
        ],
    )
    sevens = [g for g in result.groups if any(c.text.lower() == "seven" for c in result.claims if c.id in g.claims)]
    assert sevens and all(len(g.sources) == 1 for g in sevens)


def test_two_years_long_past_disagree_whatever_the_papers_days(tmp_path: Path) -> None:
    """ "The building dates from 1908" on Thursday and "dating from 1906" on Saturday: history, which a later paper
    does not update as it puts back a plan's day; the two years are a conflict, not an update."""
    result = scan_texts(
        tmp_path,
        [
            ("001_a", "2025-12-11", "The school building dates from 1908, and it now has 23 pupils."),
            ("003_c", "2025-12-13", "The school building, dating from 1906, now has 23 pupils."),
        ],
    )
    assert {"1908", "1906"} <= set().union(*group_texts(result, "conflict"))


def test_a_noun_of_sex_or_age_is_no_role_one_named_person_holds() -> None:
    """ "the driver, a 52-year-old man" and "fumed local man Dieter Franke, 66": "man" describes anyone, so the
    unnamed man is not Franke because the story names one "man"; "the 53-year-old driver" is the one driver named."""
    from claimcheck.reconcile.compare import Scorer

    def age(source: str, v: int, role: str, about: str | None) -> Claim:
        return claim(source, 1, q(v), kind="age", counted="age", modifiers=(role,), about=about)

    unnamed, franke = age("001", 52, "man", None), age("002", 66, "man", "Dieter Franke")
    assert not any("name only as" in n for n in Scorer([unnamed, franke], str).score(unnamed, franke).notes)
    driver, named = age("001", 53, "driver", None), age("002", 58, "driver", "Nikos Papadakis")
    assert any("name only as" in n for n in Scorer([driver, named], str).score(driver, named).notes)


def test_an_outlet_with_no_body_claim_has_no_lede() -> None:
    """An outlet whose every claim is in a headline or a caption has no lede to read, and scoring goes on."""
    from claimcheck.reconcile.compare import Scorer

    headline = replace(claim("001", 1, q(5), sentence="Five hurt in blast"), block="headline")
    body = claim("002", 1, q(6), sentence="Six people were hurt in the blast.")
    assert Scorer([headline, body], str).score(headline, body).total >= 0


@pytest.mark.parametrize(
    ("x", "y", "measure", "apart"),
    [
        (q(2_400), q(3_000_000), "employed", True),  # "the plant employs 2,400", "the sector employs some 3 million"
        (q(450), q(45_000), "employed", False),  # one count with its scale slipped: the same digits
        (q(2_400), q(9_000), "employed", False),  # under a hundred times apart: may be one count
        (q(12), q(3_100), "killed", False),  # a running toll may grow so far between two reports
    ],
)
def test_counts_a_hundred_times_apart_with_other_digits_are_two_things(
    x: Quantity, y: Quantity, measure: str, apart: bool
) -> None:
    """A count of one workplace and of a whole trade that employs millions: no slip makes one of the other, so they
    are two things however alike their sentences read; but for a running toll's, which is an update."""
    from claimcheck.reconcile.cluster import _worlds_apart

    a, b = claim("000", 1, x, measure=measure), claim("001", 1, y, measure=measure)
    assert _worlds_apart(a, b) is apart


def test_a_live_blogs_entries_are_published_at_their_stamps(tmp_path: Path) -> None:
    """A live blog posted at 9 p.m. gives the morning's 11 dead in its 6:15 a.m. entry and the evening's 16 in its
    9 p.m. one: each entry was published at its stamp, so the morning paper's 11 and the evening paper's 16 are a
    toll rising through the day, not two figures the blog gave both before and after the other (a conflict)."""
    blog = (
        "9:00 p.m. - The death toll from the typhoon now stands at 16, the disaster council said.\n\n"
        "6:15 a.m. - Disaster council morning report: the typhoon has killed 11 people."
    )
    morning = "The death toll from the typhoon rose to 11 on Wednesday, the disaster council said."
    evening = "The death toll from the typhoon rose to 16, the disaster council said in its evening report."
    papers = [("001_morning", "2026-10-21T08:00", morning), ("002_evening", "2026-10-21T19:30", evening)]
    result = scan_texts(tmp_path, [*papers, ("003_blog", "2026-10-21T21:00", blog)])
    assert not [g for g in group_texts(result, "conflict") if {"11", "16"} <= g]
    posted = {c.text: c.posted for c in result.claims if c.source == "003_blog" and c.kind == "count"}
    assert posted == {"16": "2026-10-21T21:00", "11": "2026-10-21T06:15"}


@pytest.mark.parametrize(
    ("a", "b", "rel"),
    [
        ((18, "month"), (2, "year"), "disjoint"),  # "an 18-month ban", "a two-year ban"
        ((18, "month"), (1.5, "year"), "compatible"),  # "a year and a half"
        ((24, "month"), (2, "year"), "compatible"),  # one length in two units
        ((120, "month"), (1, "decade"), "compatible"),
    ],
)
def test_months_and_years_compare_exactly(a: tuple[float, str], b: tuple[float, str], rel: str) -> None:
    """A year is twelve months as written, with no rounding's slack: "two years" is no 18 months (a converted
    measure, "100 mph" and "161 km/h", is allowed its rounding)."""
    x, y = (replace(Quantity.exact(v), unit=u) for v, u in (a, b))
    assert quantity_relation(x, y) == rel
