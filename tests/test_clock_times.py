"""Times of day of one event across outlets (issue 10): when two clock times are one event's and conflict, when a
hedge makes them fit, and when they are two events, two days or two clocks."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

import claimcheck
from claimcheck.reconcile import reconcile
from claimcheck.reconcile.compare import event_day
from claimcheck.reconcile.identity import Guard, guard, guards_allow, two_events, with_own_clocks
from claimcheck.types import Claim, DateValue
from test_reconcile import art


@pytest.fixture(scope="module")
def nlp() -> Language:
    return claimcheck.load_model()


def _article(nlp: Language, source: str, text: str, day: str = "2026-05-19") -> list[Claim]:
    return [c for c in claimcheck.extract_text(source, f"date {day}\n\n{text}\n", nlp) if c.kind != "name"]


def _times(claims: list[Claim]) -> list[Claim]:
    return [c for c in claims if isinstance(c.value, DateValue) and c.value.minute is not None]


def _time_guards(nlp: Language, one: list[Claim], text: str, figure: str) -> tuple[Guard, Guard]:
    """The guards, each with its outlet's other clocks, of outlet 001's time (``one``) and of the time ``figure`` of
    outlet 002's ``text``."""
    claims = one + _article(nlp, "002", text)
    guards = with_own_clocks(claims, [guard(c) for c in claims])
    first = next(k for k, c in enumerate(claims) if c.source == "001" and c in _times(one))
    other = next(k for k, c in enumerate(claims) if c.source == "002" and figure in c.text)
    return guards[first], guards[other]


def _conflicting_times(nlp: Language, a: str, b: str, day_b: str = "2026-05-19") -> bool:
    """Whether one conflict group holds a time of day of each article."""
    ca, cb = _article(nlp, "001", a), _article(nlp, "002", b, day_b)
    ta, tb = {c.id for c in _times(ca)}, {c.id for c in _times(cb)}
    assert ta and tb
    groups = reconcile(tuple(ca + cb), (art("001"), art("002"))).groups
    return any(g.verdict == "conflict" and ta & set(g.claims) and tb & set(g.claims) for g in groups)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the day is left to the article in both: still one event's time, told to the minute by each
        ("The landslide happened at about 11:40 a.m., burying two houses.", "It happened at about 11:15 a.m."),
        ("The tanker struck rocks 300 metres offshore at about 4:12 a.m.", "The tanker struck rocks at 4:51 a.m."),
    ],
)
def test_two_outlets_times_of_one_event_conflict(nlp: Language, a: str, b: str) -> None:
    assert _conflicting_times(nlp, a, b)


def test_one_named_persons_time_of_one_doing_reported_two_ways_conflicts(nlp: Language) -> None:
    """Two outlets that give one named person's time for one doing ("halted", "stopped") give one fact: the race
    director's 11:15 and 11:45 disagree, though each outlet words the rest its own way."""
    a = (
        "Race director Dana Pulaski said officials halted the race at 11:15 a.m., more than four hours after the 7 a.m."
        " start, as the heat index climbed."
    )
    b = "Race director Dana Pulaski said the race was stopped at 11:45 a.m. under a black flag."
    assert _conflicting_times(nlp, a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The landslide happened at about 11:40 a.m.", "The landslide happened at 11:42 a.m."),  # "about" fits it
        ("The roof fell in shortly before 9.45pm.", "The roof fell in at 9.40pm."),
        ("The landslide happened at 11:40 a.m.", "The landslide happened at 11:40 a.m."),
    ],
)
def test_a_hedged_time_fits_a_time_in_its_band(nlp: Language, a: str, b: str) -> None:
    assert not _conflicting_times(nlp, a, b)


def test_an_outlet_that_gives_both_times_tells_two_events(nlp: Language) -> None:
    """An outlet's "Their set began at 9.30pm" beside its own "the crowd surged at about 9.40pm" is another event's
    time, no rival of another outlet's "the crush began at about 9.40pm"."""
    one = _article(nlp, "001", "The crush began at about 9.40pm near the east gate.")
    x, y = _time_guards(nlp, one, "It began at 9.30pm. The crowd surged forward at about 9.40pm.", "9.30")
    assert two_events(x, y) and not guards_allow(x, y)
    x, y = _time_guards(nlp, one, "It began at 9.30pm.", "9.30")
    assert not two_events(x, y)  # told alone, the same evening's 9.30 may be a rival


def test_a_loose_time_of_another_doing_tells_no_minute(nlp: Language) -> None:
    """An outlet's "went down shortly after 11 a.m." fits 11:15 as it fits 11:05: beside its own "the race was stopped
    at 11:45 a.m." it tells no second event at 11:15, and another outlet's "halted the race at 11:15 a.m." stays a
    rival of the 11:45 (an exact time of another doing would tell one, as above)."""
    one = _article(nlp, "001", "Officials halted the race at 11:15 a.m.")
    stopped = "The race was stopped at 11:45 a.m."
    x, y = _time_guards(nlp, one, f"A runner went down shortly after 11 a.m. {stopped}", "11:45")
    assert not two_events(x, y)
    x, y = _time_guards(nlp, one, f"A runner went down at 11:15 a.m. {stopped}", "11:45")
    assert two_events(x, y)


def test_a_time_on_a_named_places_clock_is_no_rival(nlp: Language) -> None:
    local = "The rocket lifted off at 14:02 from the coastal site."
    assert not _conflicting_times(nlp, local, "The rocket lifted off at 15:02 Norwegian time.")
    assert _conflicting_times(nlp, local, "The rocket lifted off at 15:02 from the coastal site.")


def test_times_whose_days_are_assumed_apart_are_no_rivals(nlp: Language) -> None:
    """The same words a day apart: each time's day is only its article's, so the two may be of two days."""
    a, b = "The landslide happened at about 11:40 a.m.", "The landslide happened at about 11:15 a.m."
    assert _conflicting_times(nlp, a, b)
    assert not _conflicting_times(nlp, a, b, day_b="2026-05-20")


def test_a_time_whose_day_is_assumed_is_no_rival_of_a_day(nlp: Language) -> None:
    """"landed at 13:05" takes its day from the article; it says nothing against another outlet's "on May 18"."""
    claims = _article(nlp, "001", "The plane landed at 13:05 in heavy rain.") + _article(
        nlp, "002", "The plane landed on May 18 in heavy rain."
    )
    clock = next(c for c in claims if c.source == "001" and c in _times(claims))
    day = next(c for c in claims if c.source == "002" and c.kind == "date")
    assert not guards_allow(guard(clock), guard(day))


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("The ship struck rocks 400 metres offshore at about 3.15 a.m.", True),
        ("About 45,000 people were inside the grounds at 9.40pm.", False),  # a state held at a time
        ("By 11 a.m., 193,000 trips had been taken.", False),  # a tally's deadline
        ("The toll rose to 12 at 4 p.m., police said.", False),  # when a tally stood
        ("The toll hit 12 at 4 p.m., police said.", False),
        ("The trawler hit a sandbank at 4.50am, the coastguard said.", True),  # a verb of level with a thing hit
        ("Rescuers reached the cave at 6 a.m.", True),
    ],
)
def test_a_time_told_with_at_is_when_its_event_happened(nlp: Language, sentence: str, event: bool) -> None:
    (t,) = _times(_article(nlp, "001", sentence))
    assert (event_day(t) is not None) == event


def test_a_live_blog_stamp_is_no_time_of_an_event(nlp: Language) -> None:
    """ "9.05am - The vigil will go ahead": the stamp says when the outlet wrote; it is page furniture, no claim,
    and so never an event's time."""
    times = _times(_article(nlp, "001", "9.05am - The vigil will go ahead on the beach."))
    assert not [t for t in times if event_day(t) is not None]


@pytest.mark.parametrize(
    ("entry", "doing"),
    [
        # an entry that tells its news as happening as it is posted: the present or the present perfect
        ("16:00 - Polls have closed. Counting begins at each table.", True),
        ("12:40 - The governor has taken his seat.", True),
        ("17:40 - The verdict is being read.", True),
        ("14:52 - The council approves the plan.", True),
        # what follows a colon says what happened, no tally as it stands
        ("14:20 - The maths paper has started: 50 multiple-choice and short-answer questions, 90 minutes.", True),
        # not what is to come, nor what happened before, nor what someone says, nor an entry with its own time, nor a
        # state or a tally as it stands
        ("9.05am - The vigil will go ahead on the beach.", False),
        ("10:15 - Police arrested two men overnight.", False),
        ("14:40 - HM Coastguard says the search goes on.", False),
        ("11:00 - The minister is expected to speak at noon.", False),
        ("13:10 - The road has reopened after the crash at 9:30 a.m.", False),
        ("13:05 - Four of the seven are now out.", False),
        ("21:50 - The coast guard has now taken 650 people off the beaches.", False),
    ],
)
def test_a_live_entry_told_as_it_happens_is_timed_by_its_stamp(nlp: Language, entry: str, doing: bool) -> None:
    """ "16:00 - Polls have closed.": a live blog entry that tells its news as happening now times it, at its stamp
    or a few minutes before (the blog posts it within minutes); such a stamp may agree with another outlet's time
    of that doing, never contradict it (the rival may be of an earlier doing the entry does not tell). Any other
    entry's stamp is only when the blog wrote, and no claim."""
    from claimcheck.types import STAMPED

    stamp = entry.split(" - ")[0]
    found = [t for t in _times(_article(nlp, "001", entry)) if t.text == stamp]
    if not doing:
        assert not found
        return
    (t,) = found
    assert t.inferred == STAMPED and isinstance(t.value, DateValue)
    assert (t.value.lo, t.value.hi) == (-5, 1) and t.value.start.isoformat() == "2026-05-19"
    assert guard(t).stamped and not guard(t).other_clock


def test_a_live_entrys_stamp_agrees_with_the_time_just_before_it_and_contradicts_none(nlp: Language) -> None:
    """ "16:00 - Polls have closed." and "The polls closed at 3:58 p.m.": one doing, posted two minutes after it;
    against "closed at 3 p.m." the entry's news may be of a later doing than the rival's, so no conflict."""
    blog = "16:00 - Polls have closed. Counting begins at each of the polling tables."
    near = _article(nlp, "002", "The polls closed at 3:58 p.m. on Tuesday, officials said.")
    claims = _article(nlp, "001", blog) + near
    groups = reconcile(tuple(claims), (art("001"), art("002"))).groups
    stamp = next(c for c in claims if c.text == "16:00")
    close = next(c for c in near if "3:58" in c.text)
    assert any(g.verdict in ("agree", "compatible") and {stamp.id, close.id} <= set(g.claims) for g in groups)
    assert not _conflicting_times(nlp, blog, "The polls closed at 3 p.m. on Tuesday, officials said.")


def test_a_time_opening_a_sentence_with_at_is_no_stamp(nlp: Language) -> None:
    """ "At 4:57 p.m. Saturday, lightning hit the tree": prose that opens with its time, told with a preposition, is
    when the thing happened; a stamp is the time alone."""
    from claimcheck.reconcile.compare import other_clock

    times = _times(_article(nlp, "001", "At 4:57 p.m. Saturday, lightning hit the tree."))
    (t,) = [t for t in times if "4:57" in t.text]
    assert not other_clock(t)


def test_a_clock_with_two_digits_swapped_is_a_likely_slip(nlp: Language) -> None:
    """"at 4:12 a.m." and "at 4:21 a.m." of one event: one time typed with two digits swapped, scored closer than two
    times as far apart ("4:12" and "4:31"), by what a slip of three digits earns (a clock's four digits are as seldom
    swapped by chance)."""
    from claimcheck.reconcile.compare import Scorer

    def score(b: str) -> tuple[float, tuple[str, ...]]:
        x = _times(_article(nlp, "001", "The first tremor was felt in the town at 4:12 a.m."))[0]
        y = _times(_article(nlp, "002", b))[0]
        s = Scorer([x, y], lambda n: n).score(x, y)
        return s.total, s.notes

    swapped, notes = score("Residents said the shaking began at 4:21 a.m.")
    apart, _ = score("Residents said the shaking began at 4:31 a.m.")
    assert apart < 90
    assert swapped == apart + 30 and any("two digits swapped" in n for n in notes)


@pytest.mark.parametrize(
    ("sentence", "stamp"),
    [
        ("Tuesday 23:40 Four people are confirmed dead, police say.", "23:40"),
        ("[Update, 7 a.m.] The doctor said two more had died.", "7 a.m."),
        ("14:40 HM Coastguard says the search goes on.", "14:40"),
        ("At 16:50 the temperature reached 41C.", None),  # an event's time opening its sentence
        ("The roof fell in at about 9.40 p.m. near the gate.", None),
    ],
)
def test_a_live_blogs_stamp_is_no_events_time(nlp: Language, sentence: str, stamp: str | None) -> None:
    """A live blog's entry stamp says when the outlet wrote: never a rival of another outlet's time of an event."""
    (t,) = _times(_article(nlp, "001", sentence))
    assert guard(t).other_clock == (stamp is not None)
    assert stamp is None or t.text == stamp
    event = _times(_article(nlp, "002", "The roof fell in at 9.05am, a neighbour said."))[0]
    assert stamp is None or two_events(guard(t), guard(event))


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # what each sentence says happened tells the events apart: other words, other ordinals
        ("The rally began at 10 a.m. in the square.", "The march began at 11 a.m. in the square.", False),
        # but other words of one meaning, one the other's or a kind of it, name one event
        ("The strike began at 4 a.m. on Friday.", "The walkout began at 5 a.m. on Friday.", True),
        ("The blaze began at 3.40 p.m. on Saturday.", "The fire began at 4.20 p.m. on Saturday.", True),
        (
            "The first explosion happened at about 4:10 a.m. in the east wing.",
            "A second explosion happened at about 4:40 a.m. in the east wing.",
            False,
        ),
        ("The explosion happened at about 4:10 a.m. in the east wing.", "It happened at about 4:40 a.m.", True),
        # two doings of one thing are two events, whatever day each is given
        ("The polls opened at 7 a.m. on Thursday.", "The polls closed at 10 p.m. on Thursday.", False),
        ("The quake struck at 4:12 a.m.", "The quake struck at 4:21 a.m.", True),
        # "first" of a verb is the doing's first time, when it happened, not a first of several events
        ("The leak was spotted at 5.20am on Tuesday.", "The leak was first noticed at 6.20am on Tuesday.", True),
        ("The leak was spotted at 5.20am on Tuesday.", "The first leak was noticed at 6.20am on Tuesday.", False),
        # an ordinal only one outlet gives tells which of several the other's may be, not that it is another
        ("The first shipment of vials landed at 2.30pm.", "The vials landed at 4.30pm at the airport.", True),
        ("The first passenger train left the station at 10:42 a.m.", "The train left the platform at 10:24 a.m.", True),
        # ordinals both give, and differ, are two events
        ("The first shipment of vials landed at 2.30pm.", "The second shipment of vials landed at 4.30pm.", False),
    ],
)
def test_what_happened_tells_two_times_apart(nlp: Language, a: str, b: str, conflict: bool) -> None:
    assert _conflicting_times(nlp, a, b) == conflict


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Voting began at 7am on Thursday across the country.", "Voting ended at 10pm on Thursday.", False),
        # a passive's time is of one of the many things done to someone: "arrested", then "charged"
        ("The suspect was arrested at 3 p.m. on Tuesday.", "The suspect was charged at 6 p.m. on Tuesday.", False),
        # two active doings, each its outlet's one time of the day: the story's event, however each words it
        # (not an hour apart: a slipped hour is one time whatever else its outlet times, test_outlet_pairs.py)
        ("The block caved in at about 6.40pm on Tuesday.", "The block collapsed at 18:10 on Tuesday.", True),
    ],
)
def test_two_doings_are_one_event_only_as_each_outlets_one_time(
    nlp: Language, a: str, b: str, conflict: bool
) -> None:
    assert _conflicting_times(nlp, a, b) == conflict
    if conflict:  # the same doing beside another time of that day in its outlet: two doings
        assert not _conflicting_times(nlp, a + " Engineers had inspected it at 9 a.m. on Tuesday.", b)


@pytest.mark.parametrize(
    ("a", "b", "conflict", "beside"),
    [
        # each outlet's one time of the day, told of the same thing in sentences that otherwise share little (not
        # an hour apart: a slipped hour is one time whatever else its outlet times, test_outlet_pairs.py)
        (
            "The roof of the sports hall, a 1960s steel frame, gave way at around 3.10pm on Friday, witnesses said.",
            "Six pupils were hurt when the roof caved in at about 3.40pm on Friday during a netball match.",
            True,
            False,
        ),
        (
            "Coastal Air Flight 22 from Oslo touched down at 7:52 p.m. in heavy fog on Friday.",
            "The airline said Flight 22 from Oslo landed on the main runway at 7:32 p.m. on Friday and stopped short"
            " of the grass.",
            True,
            True,  # "touched down" and "landed" are one doing (WordNet: touch_down), beside any other time
        ),
        # told of other things (the fire and the crews), or in the passive (one of the things done to the fire);
        # (not an hour apart to the minute: that is a slipped hour, whatever each tells, test_outlet_pairs.py)
        (
            "The fire broke out at 3.10pm on Friday in a bin store behind the flats, a neighbour said.",
            "Firefighters from three stations arrived at about 3.25pm on Friday, the service said.",
            False,
            False,
        ),
        (
            "The fire broke out at 3.10pm on Friday in a bin store behind the flats, a neighbour said.",
            "The fire was brought under control at about 6.10pm on Friday, the service said.",
            False,
            False,
        ),
    ],
)
def test_each_outlets_one_time_of_one_thing_is_the_events_time(
    nlp: Language, a: str, b: str, conflict: bool, beside: bool
) -> None:
    assert _conflicting_times(nlp, a, b) == conflict
    # beside another time of that day in its outlet, it may be another doing's, unless the two say one doing
    assert _conflicting_times(nlp, a + " Police closed the towpath at 6pm on Friday.", b) == beside


def test_a_time_its_sentence_tells_a_later_moment_after_is_a_sequences_start(nlp: Language) -> None:
    """ "withdrew into chambers at ten in the morning and came out almost eight hours later": the time is the first
    of two its sentence tells, not the one time of what happened, and no rival of another outlet's time of the
    verdict."""
    a = "Judge Maria Conte read out the verdict at 5:40 p.m. on Tuesday in a packed courtroom."
    b = "The judges, led by Maria Conte, withdrew into chambers at ten in the morning on Tuesday"
    assert _conflicting_times(nlp, a, b + ".")  # each its outlet's one time of the day, however each words it
    assert not _conflicting_times(nlp, a, b + " and came out almost eight hours later.")


def test_what_was_struck_tells_one_event_under_two_names(nlp: Language) -> None:
    """ "The Northern Star struck Kettle Rock at about 4:15 a.m." and "The 30-metre vessel hit Kettle Rock at 04:50":
    two subjects (a name and a description) but one thing struck: one event's time, told two ways."""
    a = "The trawler Northern Star struck Kettle Rock at about 4:15 a.m. on Thursday."
    b = "The 30-metre vessel, built in 1998 in Norway, hit Kettle Rock at 04:50 local time on Thursday."
    assert _conflicting_times(nlp, a, b)
    assert not _conflicting_times(nlp, a, "The 30-metre vessel, built in 1998 in Norway, sank at 04:50 on Thursday.")


def test_a_live_blogs_stamps_are_no_other_times_of_its_day(nlp: Language) -> None:
    """A live blog's entry stamps say when it wrote: its one time of the crash is still its time of the crash."""
    blog = (
        "11:05 The regional police say the road will stay closed overnight.\n\n"
        "10:20 What we know so far: The coach, carrying 38 people, came off the road at around 8.40am local time."
    )
    wire = "The coach, carrying 38 people, crashed at 7.40am on Tuesday near the border, police said."
    assert _conflicting_times(nlp, blog, wire)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # told in order past midnight: the morning clock after an evening one is the next day's
        (
            "Firefighters were called at 10.50pm on Friday. The last crew left the scene at 3.15am.",
            ["2026-05-15T22:50", "2026-05-16T03:15"],
        ),
        (
            "The ferry sailed at 21:40 on Friday, lost power at 23:05 and was towed into port at 04:30.",
            ["2026-05-15T21:40", "2026-05-15T23:05", "2026-05-16T04:30"],
        ),
        # a sentence that looks back, or a later clock of the day, stays on that day
        (
            "Officers were called at 11pm on Friday. The man had been attacked at 2am.",
            ["2026-05-15T23:00", "2026-05-15T02:00"],
        ),
        ("The shop opened at 9am on Friday and shut at 5pm.", ["2026-05-15T09:00", "2026-05-15T17:00"]),
        # the lede's day of a verb of saying is when the story was told, not the day its event's clock is on
        (
            "The council on Tuesday said 40 homes were flooded when the river burst its banks on Sunday night."
            "\n\nThe water rose at about 11 p.m.",
            ["2026-05-17T23:00"],
        ),
        (
            "Passengers on a ferry that ran aground on Sunday night say they feared the worst."
            "\n\nThe ship struck rocks at 9:40 p.m.",
            ["2026-05-17T21:40"],
        ),
        # a timeline goes on into the next paragraph: a later clock there is of the day its last clock was on
        (
            "Two men were charged on Tuesday.\n\nThe van was stolen on Saturday. It left the depot at 1.10pm."
            "\n\nIt was found burnt out at 4.25pm.",
            ["2026-05-16T13:10", "2026-05-16T16:25"],
        ),
        # but not an earlier clock, which is another day's for all the paragraph says
        (
            "Two men were charged on Tuesday.\n\nThe van was stolen on Saturday. It left the depot at 1.10pm."
            "\n\nThe men were arrested at 9am.",
            ["2026-05-16T13:10", "2026-05-19T09:00"],
        ),
    ],
)
def test_a_story_told_in_order_runs_past_midnight(nlp: Language, text: str, days: list[str]) -> None:
    times = _times(_article(nlp, "001", text))
    assert [t.value.iso() for t in times if isinstance(t.value, DateValue)] == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a morning clock after a happening late on a named day, or that night: the morning after
        (
            "The bank shut its branches at 7am after a rescue deal collapsed late on Monday.",
            ["2026-05-19T07:00"],
        ),
        ("Trains stopped running at 6am after the strike vote on Sunday night.", ["2026-05-18T06:00"]),
        # but not an evening clock, nor one told before the day without "after"
        ("The bank shut its branches at 9pm after a rescue deal collapsed late on Monday.", ["2026-05-18T21:00"]),
        # a clock in an attribution after its report is the statement's, not the reported clause's day
        (
            "The club's new owners took charge on Tuesday.\n\n"
            "The club was sold in a deal agreed on Sunday, the owners said in a notice posted at 6.15am.",
            ["2026-05-19T06:15"],
        ),
        # but a day that leads the sentence dates what follows it
        ("On Sunday, the owners said the gates opened at 6.15am.", ["2026-05-17T06:15"]),
    ],
)
def test_a_clock_takes_no_day_from_another_clause_of_its_sentence(nlp: Language, text: str, days: list[str]) -> None:
    times = _times(_article(nlp, "001", text))
    assert [t.value.iso() for t in times if isinstance(t.value, DateValue)] == days


def test_an_undated_copys_clock_on_a_named_day_may_conflict(tmp_path: Path) -> None:
    """An article with no date line reads "on Saturday" against its corpus's dates; its clock on that day is still
    a clock an outlet gives for the event, and a slip in it ("11:40 p.m." for "10:40 p.m.") is a conflict."""
    (tmp_path / "001_wire.txt").write_text(
        "date 2026-05-17\nFire at club\n\nThe fire broke out at about 10:40 p.m. on Saturday at the club.\n",
        encoding="utf-8",
    )
    (tmp_path / "002_paper.txt").write_text(
        "date 2026-05-17\nClub fire\n\nThe fire broke out at 10.40pm on Saturday at the club.\n", encoding="utf-8"
    )
    (tmp_path / "003_copy.txt").write_text(
        "Club fire kills two\n\nThe fire broke out at around 11:40 p.m. on Saturday at the club.\n", encoding="utf-8"
    )
    result = claimcheck.scan([tmp_path])
    by_id = {c.id: c for c in result.claims}
    assert any(
        g.verdict == "conflict"
        and {by_id[x].source for x in g.claims if by_id[x].kind == "date"} >= {"001_wire", "003_copy"}
        for g in result.groups
    )


def test_two_outlets_naming_their_storys_event_by_two_days_conflict(nlp: Language) -> None:
    """ "yesterday's cable car accident" (a Tuesday paper) and "last Sunday's fatal accident" (a Thursday paper):
    each outlet names its story's accident by one day, and the days differ; an outlet that names two accidents
    by two days ("Sunday's accident at the quarry") tells no one day of its story's."""
    a = "Flags flew at half-mast in the town after yesterday's cable car accident, in which four people died."
    b = "Investigators examining last Sunday's fatal accident on the line are focusing on the grip."
    quarry = a + " Sunday's accident at the quarry killed none."

    def conflicting(x: str) -> bool:
        ca, cb = _article(nlp, "001", x), _article(nlp, "002", b, "2026-05-21")
        groups = reconcile(tuple(ca + cb), (art("001"), art("002"))).groups
        return any(g.verdict == "conflict" and g.kind == "date" for g in groups)

    assert conflicting(a)
    assert not conflicting(quarry)


def test_a_day_named_with_its_part_names_the_storys_event_too(nlp: Language) -> None:
    """ "after Thursday evening's hailstorm" names the story's hailstorm by one day as "last Wednesday's hailstorm"
    does: the part of the day ("evening's") between the day's name and the event noun leaves it one day's name."""
    a = "Residents spent the weekend sweeping up glass after Thursday evening's hailstorm, which wrecked cars."
    b = "Claims from last Wednesday's hailstorm are still arriving, brokers said."

    ca, cb = _article(nlp, "001", a, "2025-07-12"), _article(nlp, "002", b, "2025-07-16")
    groups = reconcile(tuple(ca + cb), (art("001"), art("002"))).groups
    assert any(g.verdict == "conflict" and g.kind == "date" for g in groups)


@pytest.mark.parametrize(
    ("text", "clock", "want"),
    [
        # a bare 12-hour clock takes the half of the day of the article's stated times
        ("Doors open at 5:15 p.m. on Friday. The main act is due on stage at 8:45.", "at 8:45", "T20:45"),
        ("The first ferry left at 6.10am. The second, delayed, sailed at 9:20 instead.", "at 9:20", "T09:20"),
        # nothing states a half: a.m., as before
        ("The vote was held at 8:45 in the town hall.", "at 8:45", "T08:45"),
        # a 24-hour clock is stated, whatever else the article says; and an article that keeps one anywhere keeps
        # it for its bare clocks too
        ("Doors open at 5:15 p.m. on Friday. The buses leave at 08:45.", "at 08:45", "T08:45"),
        ("The lift stopped at 10.35. Engineers freed the last riders at 17.50.", "at 10.35", "T10:35"),
        # the morning beside it says a.m., whatever the article's other clocks say
        ("Crews arrived at 7:10 p.m. The fire was declared out at 9:40 this morning.", "at 9:40", "T09:40"),
        ("Crews arrived at 7:10 p.m. By Friday morning at 9:40 it was out.", "at 9:40", "T09:40"),
    ],
)
def test_a_bare_twelve_hour_clock_takes_the_half_of_the_articles_times(
    nlp: Language, text: str, clock: str, want: str
) -> None:
    claims = _article(nlp, "001", text)
    hit = [c for c in claims if c.text == clock]
    assert len(hit) == 1 and isinstance(hit[0].value, DateValue), [(c.text, c.value) for c in claims]
    assert hit[0].value.iso().endswith(want), hit[0].value.iso()


def test_one_predicates_words_are_one_doing_whichever_word_the_parse_puts_first(nlp: Language) -> None:
    """ "The lift came to a halt at 2.47pm" and a copy's "came to a halt at 2.17pm", each beside the same later time
    ("the last rider was down at 5.37pm"): the parse may hang the time on "halt" in one and on "came" in the
    other, but the same words tell one doing, whose two times are rivals."""
    later = " The last rider was brought down at 5.37pm."
    claims = _article(nlp, "001", "The lift came to a halt at 2.47pm." + later) + _article(
        nlp, "002", "The lift came to a halt at 2.17pm." + later
    )
    guards = with_own_clocks(claims, [guard(c) for c in claims])
    x = next(g for c, g in zip(claims, guards, strict=True) if "2.47" in c.text)
    y = next(g for c, g in zip(claims, guards, strict=True) if "2.17" in c.text)
    assert x.own_clocks and y.own_clocks  # each outlet gives another time of that day
    assert not two_events(x, replace(y, head="halt"))
    assert two_events(x, replace(y, head="halt", words=frozenset({"halt"})))  # another doing's words


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # what is still to happen is on no day before the article's own, whatever day the paragraph named before
        ("Yesterday the bureau put the town's population at 51,380. The mayor is due to speak at 10am.", "2026-05-19"),
        ("The storm struck on Sunday. Engineers will return to the site at 7am.", "2026-05-19"),
        # what happened takes the paragraph's day
        ("The storm struck on Sunday. Engineers returned to the site at 7am.", "2026-05-17"),
    ],
)
def test_a_time_of_day_still_to_come_is_not_on_a_day_gone_by(nlp: Language, text: str, day: str) -> None:
    (clock,) = [c for c in _times(_article(nlp, "001", text)) if "am" in c.text]
    assert isinstance(clock.value, DateValue) and clock.value.start.isoformat() == day


def test_a_live_blog_entry_stamped_with_day_and_month_in_figures_is_of_that_day(nlp: Language) -> None:
    """ "26.01, 14:35 - ... freed at 14:20" in a blog dated the day before: the entry's own stamp says its day, as a
    stamp "Monday 14:35" does, so its day-less clock is of that day and the entry was posted then."""
    text = (
        "25.01, 21:00 - The gendarmerie says about 350 vehicles are stranded on the pass.\n\n"
        "26.01, 14:35 - The governor's office says the last stranded vehicle was freed at 14:20."
    )
    claims = _article(nlp, "001", text, day="2026-01-25T21:05")
    (freed,) = [c for c in _times(claims)]  # (the stamps themselves are no claims)
    assert isinstance(freed.value, DateValue) and freed.value.start.isoformat() == "2026-01-26"
    assert freed.posted == "2026-01-26T14:35"


@pytest.mark.parametrize(
    ("text", "figure", "day"),
    [
        # the past perfect looks back from the day its paragraph tells of: the Saturday before that Sunday, not the
        # Saturday of a weekly's date line; and the story then goes on with its Sunday
        ("On Sunday afternoon the storm hit. A warning had been issued on Saturday morning.", "Saturday", "2026-01-24"),
        (
            "On Sunday the storm hit. A warning had been issued on Friday. They shut the road at 17:30.",
            "17:30",
            "2026-01-25",
        ),
        # no day told before it, or a past tense: the weekday before the date line
        ("A warning had been issued on Saturday morning.", "Saturday", "2026-01-31"),
        ("On Sunday afternoon the storm hit. The town was quiet on Saturday.", "Saturday", "2026-01-31"),
        # the past perfect's own time, and a day a sentence itself looks back to
        ("Reports conflicted on Tuesday. By Friday they had confirmed 300 dead.", "Friday", "2026-01-30"),
        (
            "They had paid for a tour that began on Monday. They had arrived in Lisbon on Friday.",
            "Friday",
            "2026-01-30",
        ),
    ],
)
def test_a_weekday_in_the_past_perfect_is_before_the_day_told_of(
    nlp: Language, text: str, figure: str, day: str
) -> None:
    (got,) = [c for c in _article(nlp, "001", text, day="2026-01-31") if c.text.endswith(figure)]
    assert isinstance(got.value, DateValue) and got.value.start.isoformat() == day


def test_a_live_blog_entry_stamped_with_its_weekday_in_brackets_is_of_that_day(nlp: Language) -> None:
    """ "02:25 (Sunday) - ... released at 1:50 a.m." in a blog dated Saturday evening: the entry names the new day
    the blog has run into, and its clock is of that day, not of the Sunday a week before."""
    text = (
        "22:10 - Negotiators are at the gate.\n\n"
        "02:25 (Sunday) - The institute confirms all nine were released at 1:50 a.m."
    )
    claims = _article(nlp, "001", text, day="2026-03-14T21:00")
    (freed,) = [c for c in _times(claims)]
    assert isinstance(freed.value, DateValue) and freed.value.start.isoformat() == "2026-03-15"
    assert freed.posted == "2026-03-15T02:25"


def test_a_past_time_in_a_live_entry_is_of_the_day_the_entry_was_posted(nlp: Language) -> None:
    """ "2.20am - ... crossed the coast around 2am" in a blog opened at 6pm on Monday: the entry was posted past
    midnight (its stamp earlier than the blog's date line), and a past time no later than its stamp is of that day,
    not of the day the blog's first entry names (Monday)."""
    text = (
        "6.00pm Monday - The storm is 150km offshore.\n\n"
        "6.45pm - Evacuation centres are open.\n\n"
        "11.20pm - First power cuts are reported.\n\n"
        "2.20am - Forecasters confirm the storm crossed the coast around 2am."
    )
    claims = _article(nlp, "001", text, day="2026-03-09T18:00")
    (landfall,) = [c for c in _times(claims) if c.text == "around 2am"]
    assert isinstance(landfall.value, DateValue) and landfall.value.start.isoformat() == "2026-03-10"
    assert landfall.posted == "2026-03-10T02:20"


def test_a_live_blog_entry_stamped_with_its_weekday_after_the_clock_is_of_that_day(nlp: Language) -> None:
    """ "12.40am Tuesday - ..." in a blog opened on Monday evening: the stamp names the new day the blog has run
    into, not the Tuesday a week before; and "after midnight" in the opening entry, still to come, is that night's."""
    text = (
        "6.00pm Monday - Landfall is expected after midnight.\n\n"
        "6.45pm - Evacuation centres are open.\n\n"
        "12.40am Tuesday - Trees came down at 12.30am across the main road."
    )
    claims = _article(nlp, "001", text, day="2026-03-09T18:00")
    days = {c.text: c.value.start.isoformat() for c in claims if isinstance(c.value, DateValue)}
    assert days["midnight"] == "2026-03-10"
    assert days["at 12.30am"] == "2026-03-10"


def test_a_day_since_which_a_state_held_is_not_the_storys_day() -> None:
    """ "had blocked the canal since Tuesday morning was pulled free at 14.47 on Saturday": Tuesday is when the
    blockade began; a later paragraph's bare "reopened at 19.30" is of the story's day, Saturday."""
    text = (
        "date 2026-03-14T21:05\n\nShip freed\n\nThe container ship that had blocked the canal since Tuesday morning"
        " was pulled free at 14.47 on Saturday, and ships were passing the site again by the evening.\n\n"
        "The waterways authority said the canal reopened to traffic at 19.30, after a closure of 106 hours.\n"
    )
    got = {c.text: c.value_text() for c in claimcheck.extract_text("006", text, claimcheck.load_model())}
    assert got["at 19.30"] == "2026-03-14T19:30"


@pytest.mark.parametrize(
    ("text", "clock", "day"),
    [
        # "would" is the future of the announcing: 6pm of the Tuesday it names, not of next Tuesday
        ("The minister announced the cap at 2pm on Tuesday, saying it would apply from 6pm.", "6pm", 10),
        ("The minister announced the cap on Tuesday, saying it would apply from 6pm the same day.", "6pm", 10),
        # a would-clause that names its own day keeps it
        ("The minister said on Monday the road would reopen at 6pm on Thursday.", "6pm", 12),
        ("The council will meet at 6pm on Tuesday.", "6pm", 17),  # a plain future: the Tuesday ahead
    ],
)
def test_a_time_told_as_the_future_of_a_past_saying_may_be_on_the_day_of_the_saying(
    nlp: Language, text: str, clock: str, day: int
) -> None:
    claims = _article(nlp, "001", text, day="2026-03-11")
    (time,) = [c for c in _times(claims) if clock in c.text]
    assert isinstance(time.value, DateValue) and time.value.start.day == day


def test_a_plan_told_in_the_past_in_a_live_entry_is_of_the_entrys_day(nlp: Language) -> None:
    """ "19:07 - The band has not come on. The set was due at 19:00." in a blog dated late that evening: a plan
    told in the past, of a time before the stamp, was for that day and has gone by; "is due at 18:30", still ahead
    though earlier than the stamp, is the next day's."""
    text = (
        "18:40 - Doors are open and the queue stretches round the block.\n\n"
        "19:07 - The band has not come on. The set was due at 19:00.\n\n"
        "19:20 - Organisers say the second show is due at 18:30."
    )
    claims = _article(nlp, "001", text, day="2026-05-16T23:30")
    days = {c.text: c.value.start.isoformat() for c in _times(claims) if isinstance(c.value, DateValue)}
    assert days["at 19:00"] == "2026-05-16"
    assert days["at 18:30"] == "2026-05-17"
