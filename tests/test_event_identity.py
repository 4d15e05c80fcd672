"""Which event, measure or amount a figure is of, when one verb or one unit serves two (held-out set 6's causes):
a date's agent, a length's relation, an amount's recipient, a part's owner, a relative's name."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.extract.dates import parse_date
from claimcheck.reconcile import reconcile
from claimcheck.types import AS_OF_HEDGE, CAPACITY_HEDGE, PEAK_HEDGE, RATE_PREFIX, Claim, Quantity
from test_reconcile import art, claim


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def _claims(nlp: Language, text: str) -> list[Claim]:
    return [c for c in claimcheck.extract_text("t", "date 2026-10-23\n\n" + text + "\n", nlp) if c.kind != "name"]


def _one(claims: list[Claim], text: str) -> Claim:
    hits = [c for c in claims if c.text == text]
    assert len(hits) == 1, [(c.kind, c.text) for c in claims]
    return hits[0]


@pytest.mark.parametrize(
    ("sentence", "date_text", "agent"),
    [
        ("Dr Jan Vos is expected in Lyon tomorrow.", "tomorrow", "Jan Vos"),
        ("Red Aid says Dr Jan Vos will fly to Lyon tomorrow morning.", "tomorrow morning", "Jan Vos"),
        ("The Red Cross, which has worked in Peru since 2003, suspended its work.", "2003", "Red Cross"),
        ("The charity has worked in Chad since 1999.", "1999", None),  # only described: may be anyone
        ("Police arrested him on Monday.", "Monday", None),  # a pronoun's object is no agent
        ("He flew home on Monday.", "Monday", None),
        ("The BBC reported the news on Monday.", "Monday", "BBC"),
        ("LYON, March 16 (Wire) - A woman died in hospital on Monday.", "Monday", None),  # a dateline's city
    ],
)
def test_a_date_keeps_the_named_agent_of_its_event(
    nlp: Language, sentence: str, date_text: str, agent: str | None
) -> None:
    assert _one(_claims(nlp, sentence), date_text).about == agent


def _dated(source: str, text: str, about: str | None, predicate: str = "work in peru") -> Claim:
    return claim(source, 1, parse_date(text, date(2026, 10, 23)), kind="date", predicate=predicate, about=about)


def test_two_named_agents_of_one_verb_are_two_events() -> None:
    """ "Oxfam has worked in Peru since 2003" and "Jan Vos had worked in Peru since 2021": two agents' years."""
    arts = (art("000"), art("001"), art("002"))
    charity, doctor = _dated("000", "2003", "Oxfam"), _dated("001", "2021", "Jan Vos")
    groups = reconcile((charity, doctor), arts[:2]).groups
    assert "conflict" not in [g.verdict for g in groups]
    # one agent under two names (a surname) is one event: the years conflict
    again = _dated("002", "2019", "Vos")
    groups = reconcile((doctor, again), (art("001"), art("002"))).groups
    assert [g.verdict for g in groups][0] == "conflict"
    # a described or unnamed agent may be either: still compared
    groups = reconcile((charity, _dated("002", "2019", None)), (art("000"), art("002"))).groups
    assert [g.verdict for g in groups][0] == "conflict"


def _year(source: str, start: int, year: str, predicate: str) -> Claim:
    return claim(source, start, parse_date(year, date(2026, 10, 23)), kind="date", predicate=predicate, text=year)


def test_an_outlets_years_of_other_doings_leave_a_rival_year_a_conflict() -> None:
    """ "formed in 1948" (two outlets) and "formed in 1984" (a third): a digit slip, a conflict, even where a fourth
    outlet gives both years for other doings ("has sung since 1948", "the 1984 chapel")."""
    arts = tuple(art(s) for s in ("000", "001", "002", "003"))
    formed = (_year("000", 1, "1948", "be form in"), _year("001", 1, "1948", "form in"))
    slip = _year("002", 1, "1984", "be form in")
    other = (_year("003", 1, "1948", "have sing since"), _year("003", 9, "1984", "chapel"))
    groups = reconcile((*formed, slip, *other), arts).groups
    conflict = [g for g in groups if g.verdict == "conflict"]
    assert len(conflict) == 1 and slip.id in conflict[0].claims and formed[0].id in conflict[0].claims
    # an outlet that gives one of the two years for this very doing tells two happenings apart: "has been sung
    # since 1948" beside "has formed a choir every spring since 1984" (the regatta's first year and a sailor's)
    again = _year("003", 9, "1984", "have form since")
    groups = reconcile((*formed, slip, other[0], again), arts).groups
    assert "conflict" not in [g.verdict for g in groups]


@pytest.mark.parametrize(
    ("sentence", "figure", "counted"),
    [
        ("The balloon was destroyed at an altitude of about 12 km (39,000 ft).", "about 12", "height"),
        ("The balloon was destroyed at an altitude of about 12 km (39,000 ft).", "39,000", "height"),
        ("The drone burst 8 miles up.", "8", "height"),
        ("The summit stands 3,400 metres above sea level.", "3,400", "height"),
        ("The slab released at 2650 m a.s.l. on the north face.", "2650", "height"),  # above sea level, abbreviated
        ("The quake struck at a depth of 10 km.", "10", "depth"),
        ("The tremor began 15 miles (24 km) below the surface.", "15", "depth"),
        ("The cavers were trapped 200 metres underground.", "200", "depth"),
        ("The pipe lay about 18in down, under the verge.", "about 18in", "depth"),
        ("The barge sank 400 metres offshore.", "400", "distance"),
        ("Wreckage came down about 7 km (4.3 miles) off the coast.", "about 7", "distance"),
        ("Wreckage came down about 7 km (4.3 miles) off the coast.", "4.3", "distance"),
        ("Smoke could be seen from 30 km away.", "30", "distance"),
        ("The glider was at a height of 900 m when it dropped some 150 metres.", "some 150", "drop"),  # how far
        ("The lorry plunged 25ft into the river.", "25ft", "drop"),
        ("The 40-metre mast fell over.", "40", "length"),  # a thing's size
        ("The queue ran 2 km up to the gate.", "2", "length"),  # "up to" is no height
        ("The 4 km tunnel runs deep.", "4", "length"),
        ("Workers unearthed a 3m-tall bronze statue.", "3m", "height"),  # how tall the statue stands
        ("The flood wall will be 4 metres high, the council said.", "4", "height"),
        ("The drifts were 1.5m high and blocked the lane.", "1.5m", "height"),
        ("A 40 m high-voltage mast fell.", "40", "length"),  # "high-voltage" says nothing of how tall
    ],
)
def test_a_length_is_told_by_its_relation(nlp: Language, sentence: str, figure: str, counted: str) -> None:
    assert _one(_claims(nlp, sentence), figure).counted == counted


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        # a measure set before a noun, through its unit, is that noun's, whoever the clause is about
        ("The tanker was beyond the reach of the crew's 20-metre hose reel.", "20", "reel"),
        ("Divers lifted a 40cm-wide chest from the wreck.", "40cm", "chest"),
        ("Engineers built a 300 metre bridge.", "300", "bridge"),
        # a unit's "of" names the stuff measured, whoever the clause is about
        ("Crews said about 30 litres of diesel had leaked from the tank.", "about 30", "diesel"),
        ("The lorry shed 12 tonnes of gravel on the bypass.", "12", "gravel"),
        # a small clause's verb is said of the object of the verb it completes
        ("The storm broke the mast, leaving the yacht stranded at a depth of 12 metres.", "12", "yacht"),
        # an apposition with "a" describes the thing (its make), and names no other thing
        ("Their escape van, a white Ford, was found 15 kilometres from the town.", "15", "escape van"),
    ],
)
def test_a_measure_is_of_the_noun_it_is_set_before(nlp: Language, sentence: str, figure: str, about: str) -> None:
    assert _one(_claims(nlp, sentence), figure).about == about


@pytest.mark.parametrize(
    ("sentence", "figure", "peak"),
    [
        ("The viaduct rises 61 metres (200ft) at its highest point.", "61", True),
        ("The new ferry has a top speed of 28 knots.", "28", True),
        ("The storm brought maximum sustained winds of 110 mph.", "110", True),
        ("The river peaked at 5.1 metres on Friday night.", "5.1", True),
        ("The ferry was sailing at 28 knots when it struck the pier.", "28", False),
        ("The river stood at 5.1 metres on Friday night.", "5.1", False),
    ],
)
def test_a_measure_told_as_the_most_its_thing_reaches_is_a_peak(
    nlp: Language, sentence: str, figure: str, peak: bool
) -> None:
    assert (PEAK_HEDGE in _one(_claims(nlp, sentence), figure).hedges) is peak


def test_a_peak_is_never_a_rival_of_a_level() -> None:
    """ "the viaduct rises 61 metres at its highest point" and "the carriage stopped 40 metres up": the most a thing
    reaches and where something stood on it are two facts; two peaks are one."""
    arts = (art("000"), art("001"), art("002"))
    top = replace(_length("000", 61, "height", "m"), hedges=(PEAK_HEDGE,))
    level = _length("001", 40, "height", "m")
    assert "conflict" not in [g.verdict for g in reconcile((top, level), arts[:2]).groups]
    assert [g.verdict for g in reconcile((top, _length("001", 61, "height", "m")), arts[:2]).groups] == ["agree"]
    other_top = replace(_length("002", 55, "height", "m"), hedges=(PEAK_HEDGE,))
    assert [g.verdict for g in reconcile((top, other_top), (arts[0], arts[2])).groups][0] == "conflict"


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("The company put its early estimate of the damage at $46 million.", "$46 million", "damage"),
        ("Prairie Crest has put the damage at $48 million.", "$48 million", "damage"),
        ("Officials put their estimate at $46 million.", "$46 million", None),  # an estimate of nothing named
    ],
)
def test_an_estimate_of_a_thing_is_about_that_thing(nlp: Language, sentence: str, figure: str, about: str) -> None:
    assert _one(_claims(nlp, sentence), figure).about == about


@pytest.mark.parametrize(
    ("sentence", "figure", "capacity"),
    [
        ("The terminal can store 42,000 tonnes of grain.", "42,000", True),
        ("The ferry could carry 212 passengers.", "212", True),
        ("The ship can carry nearly 9,000 containers.", "nearly 9,000", True),
        ("The terminal was storing 31,200 tonnes of grain when it blew.", "31,200", False),
        ("The ferry carried 212 passengers that night.", "212", False),
        ("Symptoms can take 12 days to appear.", "12", False),  # a length, not what a thing holds
        ("The lake, which holds 48 million cubic metres when full, is at a fifth.", "48 million", True),
        ("The hall seats 900 people when it is full.", "900", True),
        ("The lake held 9 million cubic metres when the pumps failed.", "9 million", False),
        ("At full capacity it holds 312 million cubic metres.", "312 million", True),
        ("When full, the lake stores 2 billion cubic metres.", "2 billion", True),
        ("The lake was full in May. It now holds 9 million cubic metres.", "9 million", False),
    ],
)
def test_a_figure_told_as_what_its_thing_can_hold_is_a_capacity(
    nlp: Language, sentence: str, figure: str, capacity: bool
) -> None:
    assert (CAPACITY_HEDGE in _one(_claims(nlp, sentence), figure).hedges) is capacity


def test_a_capacity_is_no_rival_of_what_was_held_but_agrees_with_its_own_figure() -> None:
    """ "can store 42,000 tonnes" and "had 31,200 tonnes in storage when it blew" are the terminal's size and its
    load; "can carry 212 passengers" and "212 passengers" told of the same ferry may be one size."""
    arts = (art("000"), art("001"), art("002"))
    size = replace(_mass("000", 42000), hedges=(CAPACITY_HEDGE,))
    assert "conflict" not in [g.verdict for g in reconcile((size, _mass("001", 31200)), arts[:2]).groups]
    assert [g.verdict for g in reconcile((size, _mass("001", 42000)), arts[:2]).groups] == ["agree"]
    other = replace(_mass("002", 24000), hedges=(CAPACITY_HEDGE,))
    assert [g.verdict for g in reconcile((size, other), (arts[0], arts[2])).groups][0] == "conflict"


def _mass(source: str, v: float) -> Claim:
    return claim(source, 1, Quantity(value=v, low=v, high=v, unit="t"), kind="measure", counted="mass", about="grain")


def test_a_figure_of_a_typical_span_is_a_rate(nlp: Language) -> None:
    """ "in a normal year, handles about 450,000 tonnes": how much a year, no rival of what one day held."""
    text = "It has a loop track and, in a normal year, handles about 450,000 tonnes. It held 31,200 tonnes."
    cs = _claims(nlp, text)
    assert RATE_PREFIX + "year" in _one(cs, "about 450,000").hedges
    assert not any(h.startswith(RATE_PREFIX) for h in _one(cs, "31,200").hedges)


def _length(source: str, v: float, counted: str, unit: str = "km") -> Claim:
    value = Quantity(value=v, low=v, high=v, unit=unit)
    return claim(source, 1, value, kind="measure", counted=counted, predicate="fall")


def test_two_relations_of_a_length_are_two_facts() -> None:
    """ "destroyed at an altitude of 12 km" and "fell into the sea 7 km off the coast": how high and how far out."""
    arts = (art("000"), art("001"), art("002"))
    high, out = _length("000", 12, "height"), _length("001", 7, "distance")
    assert [g.verdict for g in reconcile((high, out), arts[:2]).groups] == ["single", "single"]
    same = _length("001", 12, "distance")
    assert [g.verdict for g in reconcile((high, same), arts[:2]).groups] == ["single", "single"]
    # "an end to blasting within 500 metres of homes" and "homes 350 metres from the blast face": a zone's radius
    # and how far one place lies from another
    zone, apart = _length("000", 500, "radius", "m"), _length("001", 350, "distance", "m")
    assert [g.verdict for g in reconcile((zone, apart), arts[:2]).groups] == ["single", "single"]
    # a length told without its relation may be how high: it agrees with one, and conflicts with another
    plain = _length("002", 12, "length")
    assert [g.verdict for g in reconcile((high, plain), (art("000"), art("002"))).groups] == ["agree"]
    low = _length("002", 9, "length")
    assert [g.verdict for g in reconcile((high, low), (art("000"), art("002"))).groups][0] == "conflict"
    # and two heights conflict
    assert [g.verdict for g in reconcile((high, _length("001", 9, "height")), arts[:2]).groups][0] == "conflict"


@pytest.mark.parametrize(
    ("sentence", "figure", "recipient"),
    [
        (
            "The council will pay 200,000 shillings ($1,500) to each bereaved family and 80,000 shillings to each"
            " injured person.",
            "200,000",
            "family",
        ),
        (
            "The council will pay 200,000 shillings ($1,500) to each bereaved family and 80,000 shillings to each"
            " injured person.",
            "80,000",
            "person",
        ),
        ("The mayor announced £500 for every household that lost power.", "£500", "household"),
        ("Victims will get $300 per person.", "$300", "person"),
        ("The county promised 100,000 rupees to the families.", "100,000", None),  # a total, not one each
        ("Workers will receive £2,000 each.", "£2,000", "worker"),  # a floating "each": the subject gets it
        ("The families will each get $9,000 in aid.", "$9,000", "family"),
        # a relative pronoun stands for its noun; a "that" after a comma opens no relative clause
        ("The draw had 20 tickets that won $5,000 each as the third prize.", "$5,000", "ticket"),
        ("The prize was split eight ways, that comes to $40,000 each.", "$40,000", None),
        # "a person", "a household": the indefinite article as "per", of a recipient, not of a unit of time or measure
        ("Hardship grants of $150 a person are open, up to $900 for a family.", "$150", "person"),
        ("Families will get £80 a household from the fund.", "£80", "household"),
        # "to the family of each victim": each victim's family, one by one (and a sign the parse takes for a noun,
        # with its figure for the verb's object, is about nobody)
        ("The airline said it would give ₱180,000 to the family of each victim.", "₱180,000", "family"),
        # "for each dead worker's family": the family is paid, not the worker
        ("The owners' association has promised Tk 3 lakh for each dead worker's family.", "Tk 3 lakh", "family"),
        ("Rent in the town is $400 a week.", "$400", None),
        ("Petrol now costs $2 a litre.", "$2", "l"),
    ],
)
def test_an_amount_to_each_recipient_is_that_recipients(
    nlp: Language, sentence: str, figure: str, recipient: str | None
) -> None:
    assert _one(_claims(nlp, sentence), figure).party == recipient


def test_amounts_for_two_recipients_are_two_facts() -> None:
    def paid(source: str, v: int, party: str | None) -> Claim:
        value = Quantity(value=v, low=v, high=v, unit="KES")
        return claim(source, 1, value, kind="money", predicate="pay", party=party)

    family, injured = paid("000", 200_000, "family"), paid("001", 80_000, "person")
    assert "conflict" not in [g.verdict for g in reconcile((family, injured), (art("000"), art("001"))).groups]
    again = paid("001", 150_000, "family")
    assert [g.verdict for g in reconcile((family, again), (art("000"), art("001"))).groups][0] == "conflict"


def _part(source: str, v: int, whole: int, mods: tuple[str, ...], start: int = 1, counted: str = "satellite") -> Claim:
    value = Quantity(value=v, low=v, high=v, whole=whole)
    sentence = "s" * 40
    return claim(
        source, start, value, counted=counted, modifiers=mods, predicate="be lose", partitive=True, sentence=sentence
    )


def test_sibling_parts_named_by_their_owner_are_never_rivals() -> None:
    """ "four Orkney satellites and two Norwegian research satellites" (of six) are two parts, and another outlet's
    "four of them" is the first, never a rival of the second; "nine of the 15 City Council seats" and "eight of the
    15 council seats" are one part told two ways."""
    arts = (art("000"), art("001"))
    orkney, norway = _part("000", 4, 6, ("orkney",)), _part("001", 2, 6, ("norwegian", "research"))
    assert "conflict" not in [g.verdict for g in reconcile((orkney, norway), arts).groups]
    listed = (_part("001", 4, 6, ("orkney",), start=1), _part("001", 2, 6, ("norwegian",), start=5))
    four_of_them = _part("000", 4, 6, ())
    assert "conflict" not in [g.verdict for g in reconcile((four_of_them, *listed), arts).groups]
    nine = _part("000", 9, 15, ("city", "council"), counted="seat")
    eight = _part("001", 8, 15, ("council",), counted="seat")
    assert [g.verdict for g in reconcile((nine, eight), arts).groups][0] == "conflict"


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            'Dr Jan Vos, 51, was freed on Tuesday. "He is tired," said his sister An Vos, 48, who spoke to him.',
            {"51": "Jan Vos", "48": "An Vos"},
        ),
        (
            "Dr Jan Vos, 51, was freed. His brother, Will Vos, 55, said he was well.",
            {"51": "Jan Vos", "55": "Will Vos"},
        ),
        ("Dr Jan Vos, 51, was freed. Later Dr Vos, 52, spoke to reporters.", {"51": "Jan Vos", "52": "Jan Vos"}),
        ("Dr Jan Vos, 51, was freed. Mr Vos, 52, said he was well.", {"51": "Jan Vos", "52": "Jan Vos"}),
    ],
)
def test_a_surname_after_another_first_name_is_another_person(nlp: Language, text: str, ages: dict[str, str]) -> None:
    """A relative shares the surname: "his sister An Vos" is not Jan Vos, though the model may read "An" as an
    article; a title before the surname ("Dr Vos", "Mr Vos") is still the one person."""
    got = {c.text: c.about for c in _claims(nlp, text) if c.kind == "age"}
    assert got == ages


@pytest.mark.parametrize(
    ("sentence", "date_text", "cut_off"),
    [
        ("The six staff were seized on April 9 when gunmen stopped their car.", "April 9", False),
        ("Police freed six hostages Tuesday.", "Tuesday", False),
        ("Four aid workers were freed on Wednesday after 143 days.", "Wednesday", False),
        ("The jobless rate stood at 4.1% in March.", "March", True),  # when a level held
        ("The toll rose to 14 on Tuesday.", "Tuesday", True),
        ("By Tuesday the fire had burned 12,400 acres.", "Tuesday", True),
        ("Tuesday 23:40 Four people are confirmed dead, police say.", "Tuesday", True),  # a live blog's stamp
        # a part of the article's day named bare on the verb places the death as "yesterday" does (no "by", "as
        # of" or level makes it a cut-off)
        ("Two were killed at once and a third man died this afternoon.", "this afternoon", False),
        # a day counted from the article's, bare on the doing's verb, places it as a named day does
        ("The students and their three teachers were released yesterday in the bush.", "yesterday", False),
        ("The toll stood at 14 yesterday.", "yesterday", True),
        # a year on a name dates what the name names, as on a noun ("a blaze in 2019 injured three workers")
        ("The worst fire on record, the Missionary Ridge Fire in 2002, burned 70,485 acres.", "2002", False),
    ],
)
def test_a_date_on_a_day_places_an_event_and_cuts_off_no_figure(
    nlp: Language, sentence: str, date_text: str, cut_off: bool
) -> None:
    """ "seized on April 9" dates the seizure, which another outlet may give wrong; only "by", "as of" and a level's
    time ("stood at 4.1% in March") make a date the cut-off of a figure (hedge 'as of'), which never conflicts."""
    assert (AS_OF_HEDGE in _one(_claims(nlp, sentence), date_text).hedges) is cut_off


@pytest.mark.parametrize(
    ("sentence", "figure", "about"),
    [
        ("On Monday two Dutch engineers, a German and a Kenyan walked free after 120 days in captivity.", "120", None),
        (
            "Graham Pellow was jailed for eight years and his nephew Liam Pellow for four years.",
            "eight",
            "Graham Pellow",
        ),
        ("Graham Pellow was jailed for eight years and his nephew Liam Pellow for four years.", "four", "Liam Pellow"),
    ],
)
def test_a_duration_of_a_list_of_people_is_no_one_members(
    nlp: Language, sentence: str, figure: str, about: str | None
) -> None:
    assert _one(_claims(nlp, sentence), figure).about == about


def test_a_duration_before_an_event_is_the_length_of_what_it_ends() -> None:
    """ "freed after 120 days in captivity" and "walked free after 130 days": the captivity's length, whatever verb
    ends it; but "jailed for ten months, suspended for two years" are two lengths."""

    def days(source: str, v: int, predicate: str, sentence: str, unit: str = "day") -> Claim:
        value = Quantity(value=v, low=v, high=v, unit=unit)
        return claim(source, 1, value, kind="duration", counted=unit, predicate=predicate, sentence=sentence)

    arts = (art("000"), art("001"))
    freed = days("000", 120, "be free after day", "Four engineers were freed on Monday after 120 days in captivity.")
    walked = days(
        "001", 130, "walk free after day", "On Monday four engineers walked free after 130 days in captivity."
    )
    assert [g.verdict for g in reconcile((freed, walked), arts).groups][0] == "conflict"
    jailed = days("000", 10, "be jail for month", "He was jailed for ten months, suspended.", "month")
    suspended = days("001", 24, "suspend for month", "He was jailed, suspended for 24 months.", "month")
    assert "conflict" not in [g.verdict for g in reconcile((jailed, suspended), arts).groups]


def test_a_live_blogs_lower_total_is_its_own_earlier_entry() -> None:
    """A live blog's "Tuesday 23:40 ... 15 have been rescued" and its "37 have been rescued so far": the blog's own
    update, so its 15 is no rival of another outlet's 37 or 73; the same two figures outside stamped entries are
    left to the other rules."""

    def rescued(source: str, start: int, v: int, sentence: str) -> Claim:
        value = Quantity(value=v, low=v, high=v)
        return claim(
            source, start, value, counted="people", measure="rescued", predicate="be rescue", sentence=sentence
        )

    arts = (art("000"), art("001"))
    blog_early = rescued("000", 1, 15, "Tuesday 23:40 Four people are dead and 15 have been rescued, police say.")
    blog_late = rescued("000", 90, 37, "Thirty-seven people have been rescued so far.")
    other = rescued("001", 1, 73, "So far 73 people have been rescued alive, the Red Cross said.")
    groups = reconcile((blog_early, blog_late, other), arts).groups
    conflict = next(g for g in groups if g.verdict == "conflict")
    assert blog_early.id not in conflict.claims and {blog_late.id, other.id} <= set(conflict.claims)
    plain_early = rescued("000", 1, 15, "Four people are dead and 15 have been rescued, police say.")
    groups = reconcile((plain_early, blog_late, other), arts).groups
    assert plain_early.id in next(g for g in groups if g.verdict == "conflict").claims


def test_things_an_outlet_lists_side_by_side_are_never_rivals(nlp: Language) -> None:
    """ "38 vehicles and two medical helicopters": a list tells its things apart, though WordNet makes a helicopter
    a vehicle; another outlet's two helicopters agree with the two, and are no rival of the 38 vehicles."""
    from claimcheck.reconcile.compare import Scorer

    a = "date 2025-04-09\n\nA total of 118 firefighters, 38 vehicles and two medical helicopters were sent there.\n"
    b = "date 2025-04-09\n\nMore than 110 firefighters were sent to the scene, along with two helicopters.\n"
    claims = claimcheck.extract_text("001", a, nlp) + claimcheck.extract_text("002", b, nlp)
    groups = reconcile(tuple(claims), (art("001"), art("002"))).groups
    assert not [g for g in groups if g.verdict == "conflict"], [g.reason for g in groups if g.verdict == "conflict"]
    listed = Scorer([c for c in claims if c.kind == "count"], str).listed_apart
    assert {"vehicle", "helicopter"} <= listed["firefighter"] and "helicopter" in listed["vehicle"]
    # two counts with a verb between them are no list
    told = claimcheck.extract_text("003", "date 2025-04-09\n\nFour men died and three deaths are unexplained.\n", nlp)
    assert not Scorer([c for c in told if c.kind == "count"], str).listed_apart
    # the list's noun in the plural, after its singular earlier in the sentence, is still the listed noun
    c = "date 2025-04-09\n\nA rescue helicopter was sent; in total two helicopters and 40 rescuers were involved.\n"
    listed = Scorer([x for x in claimcheck.extract_text("004", c, nlp) if x.kind == "count"], str).listed_apart
    assert listed.get("helicopter") == frozenset({"rescuer"})


def test_an_outlet_that_dates_two_doings_in_one_sentence_tells_two_events(nlp: Language) -> None:
    """Wire copies of "issued a notice on Thursday ... at the works, which was built in 1964", one of them with
    1946: the years may conflict, and no copy's Thursday is a rival of another's year, however alike the
    sentences read (they share every word and name)."""
    from claimcheck.reconcile.identity import guard, guards_allow, with_dated_doings

    claims = []
    for source, year in (("001", 1964), ("002", 1946)):
        text = (
            "date 2026-10-23\nBoil notice\n\nFellbeck Water issued a boil notice to homes in Marwick on Thursday"
            f" after a parasite was found at its treatment works, which was built in {year}.\n"
        )
        claims += [c for c in claimcheck.extract_text(source, text, nlp) if c.kind == "date"]
    guards = with_dated_doings(claims, [guard(c) for c in claims])
    at = {(c.source, c.text): g for c, g in zip(claims, guards, strict=True)}
    assert not guards_allow(at["001", "Thursday"], at["002", "1946"])
    assert not guards_allow(at["002", "1946"], at["001", "Thursday"])
    assert guards_allow(at["001", "1964"], at["002", "1946"])
    assert guards_allow(at["001", "Thursday"], at["002", "Thursday"])


def test_a_when_clause_says_what_happened_on_its_date(nlp: Language) -> None:
    """ "had a similar scare in 2016, when it withdrew a batch of cough syrup from Kenya": the "when" clause tells what
    happened that year, so the year meets another outlet's "withdrew cough syrup from Kenya in 2017" as a rival."""
    conflicts = _date_conflicts(
        nlp,
        ("001", "Lumora had a similar scare in 2016, when it withdrew a batch of cough syrup from Kenya over mould."),
        ("002", "Lumora withdrew a batch of cough syrup from Kenya in 2017 over mould, the regulator said."),
    )
    assert {"2016", "2017"} in conflicts


def _date_conflicts(nlp: Language, *texts: tuple[str, str]) -> list[set[str]]:
    """The dates of each conflict group that reconciling one article per (source, sentence) reports."""
    claims = [
        c
        for source, text in texts
        for c in claimcheck.extract_text(source, f"date 2026-10-23\nHeadline\n\n{text}\n", nlp)
        if c.kind == "date"
    ]
    groups = reconcile(tuple(claims), tuple(art(s) for s, _ in texts)).groups
    by_id = {c.id: c.text for c in claims}
    return [{by_id[x] for x in g.claims} for g in groups if g.verdict == "conflict"]


def test_two_far_years_an_outlet_gives_both_of_are_two_happenings(nlp: Language) -> None:
    """ "called off in 2009 because of flooding and in 2021 during the pandemic" in one outlet: another outlet's
    "called off in 2009" is no rival of a third's "called off in 2021"; but two outlets that each give one year for
    one thing, and none both, disagree however far apart the years."""
    conflicts = _date_conflicts(
        nlp,
        ("001", "The fair has been called off twice, in 2009 because of flooding and in 2021 during the pandemic."),
        ("002", "The fair was called off in 2009 after the river burst its banks."),
        ("003", "The fair was also called off in 2021, organisers said."),
        ("004", "The Ashby flood record was set in 1994, the agency said."),
        ("005", "The Ashby flood record was set in 2008, the agency said."),
    )
    assert not [v for v in conflicts if {"2009", "2021"} <= v]
    assert [v for v in conflicts if {"1994", "2008"} <= v]


def test_two_years_of_one_dated_figure_may_conflict_whatever_says_when_it_held(nlp: Language) -> None:
    """ "back to 2016, when the island suffered its worst epidemic, with more than 90,000 cases" (its year read as
    when the figure held) and "the worst epidemic came in 2015, when the island recorded more than 90,000 cases":
    one past event dated two ways. Two days of a running figure stay two updates."""
    from claimcheck.reconcile.identity import guard, guards_allow, with_dated_figures

    def years(*texts: str) -> tuple[Claim, ...]:
        out: list[Claim] = []
        for k, text in enumerate(texts):
            out += claimcheck.extract_text(f"00{k + 1}", "date 2026-03-02\n\n" + text + "\n", nlp)
        return tuple(out)

    claims = years(
        "It helps to go back to 2016, when the island suffered its worst epidemic, with more than 90,000 cases.",
        "The worst epidemic came in 2015, when the island recorded more than 90,000 cases.",
    )
    dates = [k for k, c in enumerate(claims) if c.kind == "date"]
    assert any(AS_OF_HEDGE in claims[k].hedges for k in dates)
    guards = with_dated_figures(list(claims), [guard(c) for c in claims])
    assert guards_allow(guards[dates[0]], guards[dates[1]])
    # another figure for each year: two years of two figures, as "by Monday" and "by Tuesday" are two updates
    other = years(
        "It helps to go back to 2016, when the island suffered an epidemic, with more than 90,000 cases.",
        "The epidemic came in 2015, when the island recorded more than 40,000 cases.",
    )
    dates = [k for k, c in enumerate(other) if c.kind == "date"]
    guards = with_dated_figures(list(other), [guard(c) for c in other])
    assert not guards_allow(guards[dates[0]], guards[dates[1]])


@pytest.mark.parametrize(
    ("sentence", "figure", "part"),
    [
        ("About 40 acres of the estate will be sold.", "About 40", True),  # a part of a thing named
        ("Flooding closed two miles of its main road.", "two", True),
        ("About 40 litres of fuel leaked.", "About 40", False),  # the stuff itself
        ("The 40-acre estate will be sold.", "40", False),
    ],
)
def test_a_measure_of_the_things_it_names_is_a_part_of_it(
    nlp: Language, sentence: str, figure: str, part: bool
) -> None:
    """ "about 40 acres of the estate" is a part of the estate's extent: no rival of "the 40-acre estate"'s whole."""
    assert _one(_claims(nlp, sentence), figure).partitive is part


def test_an_outlet_that_dates_one_event_noun_on_two_days_tells_a_recurring_thing(nlp: Language) -> None:
    """ "abandoned the rest of Saturday's racing and called off Sunday's races": the racing is on both days, and
    another outlet's "Saturday's second race" is no rival of the Sunday. Told of one day only, the days conflict."""
    def groups(*texts: str) -> list[str]:
        claims: list[Claim] = []
        for k, text in enumerate(texts):
            claims += claimcheck.extract_text(f"00{k + 1}", "date 2023-07-15\n\nHeadline\n\n" + text + "\n", nlp)
        arts = tuple(art(f"00{k + 1}", date(2023, 7, 15)) for k in range(len(texts)))
        return [g.verdict for g in reconcile(tuple(claims), arts).groups if g.kind == "date"]

    both = "Organisers abandoned the rest of Saturday's racing and called off Sunday's final races."
    assert "conflict" not in groups(both, "Forty boats started Saturday's second race in calm water.")
    # with no outlet dating the racing on both days, one outlet's Sunday and another's Saturday are rivals
    assert "conflict" in groups(
        "Organisers called off Sunday's final races after the storm.",
        "Organisers called off Saturday's final races after the storm.",
    )


def test_an_outlet_that_dates_a_verb_itself_tells_another_doing_apart(nlp: Language) -> None:
    """An outlet that gives one verb two dates ("sentenced on Wednesday", "his brother was sentenced in August")
    tells two doings of it, and one that gives the verb another outlet's date tells the other outlet's date of
    another doing ("pleaded guilty in June", "sentenced on Wednesday"). Two outlets' dates of one doing that no
    outlet gives both of still conflict."""

    def conflicts(*texts: str) -> list[str]:
        claims: list[Claim] = []
        for k, text in enumerate(texts):
            claims += claimcheck.extract_text(f"00{k + 1}", "date 2024-10-10\n\nHeadline\n\n" + text + "\n", nlp)
        arts = tuple(art(f"00{k + 1}", date(2024, 10, 10)) for k in range(len(texts)))
        return [g.key for g in reconcile(tuple(claims), arts).groups if g.kind == "date" and g.verdict == "conflict"]

    wire = (
        "A Texas man who sold rare birds abroad was sentenced on Wednesday to three years in prison.\n\n"
        "He pleaded guilty in June to two counts of smuggling, prosecutors said.\n\n"
        "His brother, who packed the birds, was sentenced in August to a year in prison."
    )
    court = "The bird smuggler was sentenced on Oct. 9 to three years in prison."
    assert conflicts(wire, court) == []
    slip = "The bird smuggler was sentenced on Oct. 8 to three years in prison."
    assert conflicts(court, slip) != []


def _conflicting(nlp: Language, a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Whether two articles ((date line, text) each) make a conflict group of two of their figures."""
    claims = []
    for source, (day, text) in (("001", a), ("002", b)):
        claims += [c for c in claimcheck.extract_text(source, f"date {day}\n\n{text}\n", nlp) if c.kind != "name"]
    groups = reconcile(tuple(claims), (art("001"), art("002"))).groups
    return any(g.verdict == "conflict" for g in groups)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a copy repeats its original's words, and its "today" is the original's day, whatever its date line
        (
            ("2026-05-19", '"We will go over every part of what went wrong today," the mayor said.'),
            ("2026-05-20", '"We will go over every part of what went wrong today," the mayor said.'),
            False,
        ),
        # two outlets' own words for the day of one doing may disagree
        (("2026-05-20", "The plant shut on Monday."), ("2026-05-20", "The plant shut on Tuesday."), True),
        # a doing told as done once more is another time it was done
        (
            ("2026-05-20", "The board met on Monday."),
            ("2026-05-20", "The board is due to meet again on Friday."),
            False,
        ),
        (("2026-05-20", "The board met on Monday."), ("2026-05-20", "The board met on Tuesday."), True),
        # how long after another happening a thing came is no length of a doing
        (
            ("2026-05-20", "The raiders smashed three glass cases with an axe and were gone in about seven minutes."),
            ("2026-05-20", "By the time the first police car pulled up, 11 minutes later, the raiders were gone."),
            False,
        ),
        (
            ("2026-05-20", "The first officers arrived 15 minutes after the alarm."),
            ("2026-05-20", "The first officers arrived 11 minutes after the alarm."),
            True,
        ),
        # but a margin ("by") is a length, whatever "after" comes next
        (
            ("2026-06-15", "Bester beat the defending champion Nomvula Khoza by 84 seconds after a long duel."),
            ("2026-06-15", "Bester beat the defending champion Nomvula Khoza by 48 seconds."),
            True,
        ),
        # spans of time are how long a doing went on: two doings' spans are two facts, one doing's may disagree
        (
            ("2026-05-20", "Club officials said crowds had been steady for three seasons."),
            ("2026-05-20", "Ruth Ames, 41, has coached the club for six seasons."),
            False,
        ),
        (
            ("2026-05-20", "Ruth Ames has coached the club for five seasons."),
            ("2026-05-20", "Ruth Ames has coached the club for six seasons."),
            True,
        ),
        # a majority is a margin of votes, not a span of time (only a rare sense of the word is the age of majority)
        (
            ("2026-05-20", "Mayor Ines Carvalho held her Ribeira seat with a majority of 4,382 votes."),
            ("2026-05-20", "Mayor Ines Carvalho's majority in Ribeira fell to 4,832 from 6,105 in 2021."),
            True,
        ),
    ],
)
def test_same_words_a_repeat_and_a_gap_are_no_rivals(
    nlp: Language, a: tuple[str, str], b: tuple[str, str], conflict: bool
) -> None:
    assert _conflicting(nlp, a, b) == conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # two named people's herds are two facts, however alike the clauses that count them
        (
            '"We cannot take another cut," said Anna Byrne, a sheep farmer from Dunmore who keeps 300 ewes.',
            "Tom Hale, who keeps 250 ewes near Dunmore, says the cut felt like a betrayal.",
            False,
        ),
        # one named person's herd told two ways by two outlets is one fact
        (
            "Anna Byrne, who keeps 300 ewes near Dunmore, says the cut felt like a betrayal.",
            "Anna Byrne, who keeps 250 ewes near Dunmore, says the cut was unfair.",
            True,
        ),
    ],
)
def test_a_count_a_named_person_holds_is_that_persons(nlp: Language, a: str, b: str, conflict: bool) -> None:
    lede = "Farmers protest.\n\n"
    assert _conflicting(nlp, ("2026-05-20", lede + a), ("2026-05-20", lede + b)) == conflict


def test_a_count_told_of_a_person_names_its_holder(nlp: Language) -> None:
    text = "At dusk, Anna Byrne drove home, milked her 90 cows and slept. Tom Hale, who keeps 300 ewes, stayed on."
    claims = _claims(nlp, text)
    assert _one(claims, "90").about == "Anna Byrne"
    assert _one(claims, "300").about == "Tom Hale"


def test_two_amounts_one_outlet_gives_of_one_kind_are_two_things(nlp: Language) -> None:
    """An outlet that gives both "a £5m fund" (the council's) and "the £12 million fund" (the firm's) tells two
    funds; other outlets' one fund each is no rival of the other's."""
    texts = [
        "Workers at the Halvern mill were told on Monday it would close.\n\nThe regional council has announced a £5m "
        "fund to support the town. It comes on top of the £12 million fund that Halvern itself has promised.",
        "Workers at the Halvern mill were told it would close.\n\nHalvern says it will set up a £12m fund to help "
        "staff retrain.",
        "Workers at the Halvern mill lost their jobs.\n\nLast Friday the regional council announced a £5 million "
        "fund for retraining.",
    ]
    claims = []
    for i, text in enumerate(texts, 1):
        read = claimcheck.extract_text(f"00{i}", f"date 2026-05-20\n\n{text}\n", nlp)
        claims += [c for c in read if c.kind != "name"]
    groups = reconcile(tuple(claims), tuple(art(f"00{i}") for i in range(1, 4))).groups
    funds = [g for g in groups if g.kind == "money" and len(g.sources) > 1]
    assert funds and all(g.verdict == "agree" for g in funds)


def test_a_year_whose_sentence_counts_the_events_it_dates_is_a_tallys_year(nlp: Language) -> None:
    """ "The airport reported 58 wildlife strikes to the database in 2025": the year many strikes were counted in, no
    rival of the time one strike happened ("the birds struck at 4:04 p.m."), however alike "strike" reads."""
    from claimcheck.reconcile.identity import guard, guards_allow, with_dated_figures

    text = (
        "date 2026-03-19\n\nThe airport reported 58 wildlife strikes to the FAA's National Wildlife Strike Database in"
        " 2025, up from 41 the previous year.\n\nFlight 2286 was climbing when the birds struck at 4:04 p.m.\n"
    )
    claims = [c for c in claimcheck.extract_text("001", text, nlp) if c.kind != "name"]
    guards = with_dated_figures(claims, [guard(c) for c in claims])
    year = next(k for k, c in enumerate(claims) if c.text == "2025")
    time = next(k for k, c in enumerate(claims) if c.text == "at 4:04 p.m.")
    assert not guards_allow(guards[year], guards[time])
    assert guards[year].tallied


def _source(nlp: Language, source: str, text: str) -> list[Claim]:
    claims = claimcheck.extract_text(source, "date 2026-01-27\n\n" + text + "\n", nlp)
    return [c for c in claims if c.kind != "name"]


def test_an_outlets_two_attributive_counts_of_one_noun_describe_two_things(nlp: Language) -> None:
    """ "St Brigid's Ward, a 28-bed surgical ward" and "the 12-bed intensive care unit" in one outlet: two things,
    so another outlet's "12-bed ICU" is no rival of the 28; but a value no outlet gives beside the other stays a
    rival ("a 15-barge tow" against "a 12-barge grain tow", whose outlet also writes of "six-barge tows")."""
    arts = (art("001"), art("002"))
    both = _source(
        nlp,
        "001",
        "St Brigid's Ward, a 28-bed surgical ward, remains closed to admissions. "
        "The 12-bed intensive care unit was closed to new admissions on Saturday.",
    )
    icu = _source(nlp, "002", "The 12-bed ICU closed to new admissions on Saturday, and St Brigid's Ward stays shut.")
    beds = [c for c in both + icu if c.counted == "bed"]
    assert len(beds) == 3
    assert not [g for g in reconcile(tuple(beds), arts).groups if g.verdict == "conflict"]
    ours = _source(
        nlp,
        "001",
        "A 12-barge grain tow hit the pier of the bridge on Wednesday. "
        '"These bridges were designed for six-barge tows," an engineer said.',
    )
    theirs = _source(nlp, "002", "A monster 15-barge tow hit the pier of the bridge on Wednesday.")
    barges = tuple(c for c in ours + theirs if c.counted == "barge")
    conflicts = [g for g in reconcile(barges, arts).groups if g.verdict == "conflict"]
    assert len(conflicts) == 1


def test_lengths_of_two_kinds_of_one_noun_are_no_rivals(nlp: Language) -> None:
    """ "the 120-minute history paper" and "the 75-minute physics paper": two papers, whose own words tell them apart;
    but "a 75-minute physics paper" and "the 60-minute physics paper" are one paper's, and so are a physics paper and
    a paper no word tells the kind of."""
    arts = (art("001"), art("002"), art("003"))
    history = _source(nlp, "001", "Students said the 120-minute history paper on Monday morning went smoothly.")
    physics = _source(nlp, "002", "A question leaked before the 75-minute physics paper on Monday afternoon.")
    lengths = tuple(c for c in history + physics if c.kind == "duration")
    assert [c.modifiers for c in lengths] == [("history",), ("physics",)]
    assert not [g for g in reconcile(lengths, arts).groups if g.verdict == "conflict"]
    other = _source(nlp, "003", "A question leaked before the 60-minute physics paper on Monday afternoon.")
    rivals = tuple(c for c in physics + other if c.kind == "duration")
    assert [g.verdict for g in reconcile(rivals, arts).groups].count("conflict") == 1
    bare = _source(nlp, "003", "A question leaked before the 60-minute paper on Monday afternoon.")
    rivals = tuple(c for c in physics + bare if c.kind == "duration")
    assert [g.verdict for g in reconcile(rivals, arts).groups].count("conflict") == 1


def test_a_things_size_and_how_much_of_it_are_no_rivals(nlp: Language) -> None:
    """ "ringed by a three-metre perimeter fence" gives the fence's height, and "flattening about 12 metres of it"
    how much of it fell: two measures of one fence; but two outlets' "metres of it" are rivals."""
    arts = (art("001"), art("002"), art("003"))
    height = _source(nlp, "001", "The enclosure is ringed by a three-metre perimeter fence with an electrified top.")
    flattened = _source(nlp, "002", "A beech tree had fallen across the fence, flattening about 12 metres of it.")
    lengths = tuple(c for c in height + flattened if c.kind == "measure")
    assert len(lengths) == 2
    assert not [g for g in reconcile(lengths, arts).groups if g.verdict == "conflict"]
    other = _source(nlp, "003", "A beech tree had fallen across the fence, flattening about 20 metres of it.")
    rivals = tuple(c for c in flattened + other if c.kind == "measure")
    assert [g.verdict for g in reconcile(rivals, arts).groups].count("conflict") == 1


def _dated_source(nlp: Language, source: str, day: str, text: str) -> list[Claim]:
    claims = claimcheck.extract_text(source, f"date {day}\n\n" + text + "\n", nlp)
    return [c for c in claims if c.kind != "name"]


def test_a_length_told_as_a_day_reached_grows_into_a_later_outlets_length(nlp: Language) -> None:
    """ "The walkout reached its sixth day on Friday" in one paper, and ten days later another's "a 15-day walkout":
    the first is how long it had lasted then, and the second may hold with it; a third paper of that later day that
    says the walkout ended after nine days, and a later paper whose length is shorter than the day reached, do not."""
    early = _dated_source(nlp, "001", "2026-03-06", "The walkout by port workers reached its sixth day on Friday.")
    late = _dated_source(
        nlp, "002", "2026-03-16", "Port workers returned on Monday, ending a 15-day walkout over pay."
    )
    short = _dated_source(
        nlp, "003", "2026-03-16", "Port workers returned on Monday, ending a five-day walkout over pay."
    )
    arts = (art("001", date(2026, 3, 6)), art("002", date(2026, 3, 16)), art("003", date(2026, 3, 16)))
    lengths = [c for c in early + late if c.kind == "duration"]
    assert len(lengths) == 2
    assert not [g for g in reconcile(tuple(lengths), arts).groups if g.verdict == "conflict"]
    lengths = [c for c in early + short if c.kind == "duration"]
    assert [g for g in reconcile(tuple(lengths), arts).groups if g.verdict == "conflict"]


def test_two_days_reached_of_one_run_told_days_apart_stay_rivals(nlp: Language) -> None:
    """ "The heatwave entered its seventh day on Saturday" (Sunday's paper) and "the heatwave entered its eighth day"
    (Tuesday's): both count days reached, most often up to one day, and a slip between them stays a conflict
    however far apart the papers are."""
    a = _dated_source(nlp, "001", "2026-07-12", "The heatwave entered its seventh day on Saturday.")
    b = _dated_source(nlp, "002", "2026-07-14", "The heatwave entered its eighth day, forecasters said.")
    arts = (art("001", date(2026, 7, 12)), art("002", date(2026, 7, 14)))
    lengths = [c for c in a + b if c.kind == "duration"]
    assert len(lengths) == 2
    assert [g for g in reconcile(tuple(lengths), arts).groups if g.verdict == "conflict"]


def test_a_span_a_doing_fills_is_no_day_of_that_doing(nlp: Language) -> None:
    """ "Output would return to normal gradually over the next three weeks" gives no day of a return, so another
    outlet's "crews will return to the plant on Friday" is no rival of it."""
    from claimcheck.reconcile.identity import guard

    a = _dated_source(
        nlp, "001", "2026-09-02", "The firm said output would return to normal gradually over the next three weeks."
    )
    b = _dated_source(nlp, "002", "2026-09-02", "Crews will return to the plant on Friday, the firm said.")
    arts = (art("001", date(2026, 9, 2)), art("002", date(2026, 9, 2)))
    dates = [c for c in a + b if c.kind == "date"]
    assert len(dates) == 2
    guards = [guard(c) for c in dates]
    assert guards[0].period and not guards[1].period
    assert not [g for g in reconcile(tuple(dates), arts).groups if g.verdict == "conflict"]


def test_a_things_size_told_with_the_year_it_was_made_is_of_no_year(nlp: Language) -> None:
    """ "The vessel, 118 metres long, was built in 2009" gives the vessel's length, which it has had since, not a
    figure of 2009: another outlet's "the 108-metre vessel" of this week is its rival."""
    a = _dated_source(nlp, "001", "2026-02-18", "The vessel, 118 metres long, was built in 2009 at a yard in China.")
    b = _dated_source(nlp, "002", "2026-02-18", "The 108-metre vessel is lying with a list of four degrees.")
    arts = (art("001", date(2026, 2, 18)), art("002", date(2026, 2, 18)))
    lengths = [c for c in a + b if c.kind == "measure" and c.counted == "length"]
    assert len(lengths) == 2
    assert [g for g in reconcile(tuple(lengths), arts).groups if g.verdict == "conflict"]


def test_an_amount_about_a_thing_is_of_no_other_party() -> None:
    """ "The Dunmore Town Council estimated the rebuilding would cost $2.3 million" and "its total cost stood at $2.9
    million": what the second sentence makes the amount about, "total cost", is what the money is, not whose, so it
    names no other party and the two are rivals; two amounts of two parties (the council's, a family's) stay
    apart."""

    def cost(source: str, v: int, about: str) -> Claim:
        value = Quantity(value=v, low=v, high=v, unit="USD")
        return claim(source, 1, value, kind="money", predicate="cost", about=about)

    arts = (art("000"), art("001"))
    council, total = cost("000", 2_300_000, "Dunmore Town Council"), cost("001", 2_900_000, "total cost")
    assert [g.verdict for g in reconcile((council, total), arts).groups][0] == "conflict"
    family = cost("001", 2_900_000, "Kellett family")
    assert "conflict" not in [g.verdict for g in reconcile((council, family), arts).groups]


def test_a_place_of_another_phrases_noun_is_not_where_a_doing_happened(nlp: Language) -> None:
    """ "published an emergency declaration for 38 municipalities in the Mixteca on Thursday": the Mixteca is where
    the municipalities are, not where the publishing was, so another outlet's "published ... in the Official Gazette
    on Friday" gives a rival day of one publishing; but "first detected in Ireland" tells where that doing was."""
    from claimcheck.reconcile.identity import guard

    a = _dated_source(
        nlp,
        "001",
        "2026-10-26",
        "The ministry published an emergency declaration for 38 municipalities in the Official Gazette on Friday.",
    )
    b = _dated_source(
        nlp,
        "002",
        "2026-10-26",
        "The ministry published an emergency declaration for 38 municipalities in the Mixteca on Thursday.",
    )
    dates = [c for c in a + b if c.kind == "date"]
    assert len(dates) == 2
    assert not guard(dates[0]).where and not guard(dates[1]).where
    arts = (art("001", date(2026, 10, 26)), art("002", date(2026, 10, 26)))
    assert [g for g in reconcile(tuple(dates), arts).groups if g.verdict == "conflict"]
    found = _dated_source(nlp, "003", "2026-10-26", "The strain was first detected in Ireland in 2019.")
    assert [guard(c).where for c in found if c.kind == "date"] == [frozenset({"Ireland"})]


def test_a_since_day_a_when_clause_tells_an_event_of_is_that_events_day(nlp: Language) -> None:
    """ "the worst flood in the valley since 1994, when two people drowned" gives the day of that earlier flood, as
    "the valley was last hit by a flood this bad in 1996, when two people drowned" does: rivals, not a state's start
    against an event's day; a "since" with no such clause ("has been run every year since 1994") stays a start."""
    from claimcheck.reconcile.identity import guard

    day = "2026-04-02"
    a = _dated_source(nlp, "001", day, "It was the worst flood in the valley since 1994, when two people drowned.")
    b = _dated_source(nlp, "002", day, "The valley was last hit by a flood this bad in 1996, when two people drowned.")
    arts = (art("001", date(2026, 4, 2)), art("002", date(2026, 4, 2)))
    years = [c for c in a + b if c.kind == "date"]
    assert len(years) == 2
    assert [g for g in reconcile(tuple(years), arts).groups if g.verdict == "conflict"]
    assert guard(years[0]).since and guard(years[0]).when_told
    run = _dated_source(nlp, "003", "2026-04-02", "The race has been run every year since 1994.")
    assert not [guard(c).when_told for c in run if c.kind == "date"][0]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # the size of one instalment of several is no rival of the whole told so far
        (
            "A first batch of 1,000 records appeared on a dark web forum, days after the clinic refused to pay.",
            "About 6,000 records had been posted online by Friday, researchers said.",
            False,
        ),
        (
            "The health board said a second consignment of 280 vials arrived on Tuesday.",
            "The health board said 120 vials arrived on Tuesday.",
            False,
        ),
        # without an instalment's ordinal, two counts of one thing told alike may disagree
        (
            "About 1,000 records had been posted online by Friday, researchers said.",
            "About 6,000 records had been posted online by Friday, researchers said.",
            True,
        ),
    ],
)
def test_an_instalments_size_is_its_own(nlp: Language, a: str, b: str, conflict: bool) -> None:
    lede = "Hackers leak clinic data.\n\n"
    assert _conflicting(nlp, ("2026-02-20", lede + a), ("2026-02-20", lede + b)) == conflict


def test_a_span_that_is_over_is_one_fact_whatever_day_bounds_it(nlp: Language) -> None:
    """ "had access for two weeks before the intrusion was detected on Tuesday 3 February" and "for three weeks, from
    19 January until detection on 2 February": the days are where one span starts or ends, not two moments at which a
    running figure stood, so the two lengths disagree."""
    lede = "Hackers breach a health insurer.\n\n"
    a = "The attackers had access to its systems for two weeks before the intrusion was detected on Tuesday 3 February."
    b = "The attackers had access to the claims system for three weeks, from 19 January until detection on 2 February."
    assert _conflicting(nlp, ("2026-02-12", lede + a), ("2026-02-13", lede + b))
