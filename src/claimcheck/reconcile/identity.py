"""A claim's identity: what it counts, where, when and for whom, and which pairs may never be one fact.

Read once per claim into a `Guard`; `other_identity` says two figures are about different things (different
measures, places or years: never grouped, never a conflict), and `guards_allow` says what else keeps a pair
from being a conflict however alike the claims read (one outlet's two figures, a part against a whole, a generic
noun, a past event against a present state, amounts about two named parties). `state_at` places a running
tally in time, so two reports at different times are an update, not a contradiction.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from functools import lru_cache
from operator import attrgetter

from rapidfuzz import fuzz

from ..extract.dates import names_day_of_month
from ..extract.measures import HOLDING_VERBS, HUMAN_MEASURES, NOUNS, RESIDENT, SERIOUS, WIDE_SCOPES
from ..extract.numbers import to_base, unit_named
from ..types import (
    ADDED,
    AS_OF_HEDGE,
    CAPACITY_HEDGE,
    CONDITION_HEDGE,
    DAILY_HEDGE,
    DAY_ASSUMED,
    EARLIER_HEDGE,
    FORECAST_HEDGE,
    INTERVAL_HEDGE,
    PEAK_HEDGE,
    POINTS_BACK,
    PREDICATE_WORDS,
    PUT_OFF_HEDGE,
    RANK,
    RATE_PREFIX,
    REFERENCE_HEDGES,
    REPEAT_HEDGE,
    SPAN_HEDGE,
    STAMPED,
    UNDATED,
    UPDATE_HEDGE,
    WINDOW_HEDGE,
    WINDOW_PREFIX,
    Article,
    Claim,
    DateValue,
    Quantity,
)
from .compare import (
    GENERIC,
    HYPHENED,
    LENGTH_RELATIONS,
    ORDINALS,
    ORIGIN_DOINGS,
    SAME_DOING,
    SAYING,
    clock_written,
    digit_twins,
    event_day,
    exact_digits,
    head_verb,
    hours_told_together,
    long_digits,
    one_doing,
    other_clock,
    other_event,
    same_claimant,
    shift_digits,
    shift_key,
    shifted_point,
    significant_digits,
    swapped_digits,
    told_before,
    unit_slip,
    unit_word,
    written_digits,
    written_significant,
)
from .entities import abbreviates
from .lexicon import fold
from .nationality import nationality, same_nationality
from .related import is_verb, kind_of, person_noun, relatedness, same_meaning, synonyms
from .values import relation_of, rounded_values, value_key
from .words import FUNCTION_WORDS

# Running totals: a count of people killed, injured or infected reported at two times is an update, not a
# contradiction, whatever the tense ("killed at least seven" on Wednesday, "killed eight" on Thursday).
ROLLING_MEASURES = frozenset(
    "killed injured missing stranded hospitalised critical arrested charged evacuated displaced rescued infected"
    " vaccinated unvaccinated kidnapped destroyed damaged treated".split()
) | {SERIOUS}

# Of those, the totals that only grow: the dead, the injured, the infected are never fewer in a later report (the
# missing, the stranded or those in critical condition may be).
CUMULATIVE_MEASURES = frozenset(
    "killed injured arrested charged rescued infected vaccinated kidnapped destroyed damaged treated".split()
)


AMOUNTS = frozenset({"duration", "money", "percent", "measure"})

# Verbs that only say that someone spoke: the day of one is no event an outlet could get wrong against another's.


SCOPED = frozenset({"count", "money", "percent"})  # kinds whose figure is a total over a place


@dataclass(slots=True)
class Guard:
    """What the conflict guards read of one claim, computed once per claim and never changed (the with_* steps
    below give a changed copy with ``_changed``). Not frozen: a frozen dataclass sets each of its fields (72 now)
    through ``object.__setattr__``, which made building the guards of 100,000 claims cost 0.7 s more."""

    kind: str
    source: str
    claimant: str | None
    generic: bool
    previous: bool  # its value was resolved from a previous count ("All but one")
    added: bool  # a count added to a total ("another six", "a further 130")
    partitive: bool
    derived: bool
    restated: bool  # "the 17" of "16 of the 17"
    negated: bool
    tense: str
    counted: str | None  # folded
    counts_unit: bool  # a duration whose counted noun is only its unit ("planned at 54 days": days)
    modifiers: frozenset[str]  # its counted noun's modifiers ("Norwegian research satellites": norwegian, research)
    values: frozenset[float]  # its figure's exact value, if any (for telling sibling parts)
    outgrown: bool  # a live blog's total its own outlet gives higher elsewhere (see with_outgrown)
    siblings: frozenset[float]  # the other parts of its whole its sentence gives (see with_siblings)
    words: frozenset[str]  # its predicate's words, folded
    of_words: frozenset[str]  # the nouns its predicate links to it by "of" ("the deaths of three of the men": death)
    # a figure a preposition takes ("played in front of a few thousand people"), see _by_preposition
    by_preposition: bool
    amount: bool
    about: str | None
    entities: frozenset[str]
    measure: str | None
    place: str | None  # (never a scope of a whole area: ``wide``)
    wide: str | None  # "nationwide", "statewide", "worldwide": a figure told of a whole area (extract's place)
    party: str | None  # whose the counted things are, or which group: "from the county", "among children"
    nationality: str | None  # the nationality a count is of ("six Brits", "three German tourists")
    head: str | None  # the verb that says what happened ("declare", "count")
    whole: object  # the whole a part is of ("16 of the 17" -> 17)
    least: float | None  # a count's least value ("thousands of students": 2000), to tell from a part of less
    digits: str | None  # a long exact figure's digits, for telling a copying slip (see compare.digit_twins)
    exact: str | None  # an exact count's digits, for telling two swapped digits (see compare.swapped_digits)
    moment: str | None  # the day (and hour) its sentence gives the figure, see moment()
    as_of: bool  # a date that says by when a state held ("by Tuesday"), not when something happened
    earlier: bool  # the value a change is measured from ("fell to 4.1% from 9.8%")
    reference: str | None  # told against a limit or as one ("40 km/h over the limit", "licensed to carry 51")
    update: bool  # told as a change of an earlier figure ("has risen to 14", "now says three died")
    located: bool  # told as where its things were ("37 men were underground", "230 passengers were on board")
    window: str | None  # what a figure accumulates over ("120 mm of rain in 24 hours": "over 24 hours")
    is_window: bool  # the duration that is another figure's window ("in 24 hours")
    lasting: str | None  # what a duration is the length of ("jailed for ten months": jail), folded
    tally: bool  # a figure up to a time of day ("193,000 trips by 11 a.m."), not the whole day's
    span: bool  # a figure summed over several days ("1.6 million trips over the two days")
    rate: str | None  # a count told per span of time ("9,400 vehicles a day": "per day")
    conversion: bool  # a measure, amount or clock in brackets that restates the one before it in another unit or zone
    clock: tuple[int, int, int] | None  # a time of day's (day ordinal or 0, first minute, minute after), see _clock
    day_assumed: bool  # a time of day whose day its sentence does not give (taken from around it)
    other_clock: bool  # a time on a named place's clock ("at 15:02 Norwegian time") or a stamp (compare.other_clock)
    stamped: bool = False  # a live entry's stamp that times what the entry tells as happening then (types.STAMPED)
    event_time: bool = False  # a time of day told in the active voice as when something happened (compare.event_day)
    told_before: frozenset[str] = frozenset()  # what a time of day's sentence says before it (compare.told_before)
    measured_from: str | None = None  # the place a distance is told from, named right after it (_measured_from)
    own_clocks: tuple[tuple[int, int, int], ...] = ()  # the other times of day its outlet gives (with_own_clocks)
    since: bool = False  # a date a state has held since ("has been on the same start line since 1994")
    when_told: bool = False  # a date a "when" clause tells an event of ("since 1991, when three people were killed")
    still: bool = False  # a count of those still so ("11 remained in hospital", "four are still missing")
    until: bool = False  # a date a state holds until ("the plan is to sleep until Thursday")
    route_mark: bool = False  # a distance along a route, written after its unit ("at kilometre 187", "mile 17") or
    # hyphened to a mark ("the 20-mile mark")
    # a deadline ("home by Thursday"): "day", or "span" for one wider than a day ("by the end of the week"), with
    # the ordinal of the day after its last (DateValue's end)
    deadline: tuple[str, int] | None = None
    # a date that "for" opens, the period a figure covers ("revenue of $912 million for 2024"), or that "over" opens,
    # the span a doing fills ("over the next two weeks")
    period: bool = False
    listed_apart: frozenset[str] = frozenset()  # things some outlet counts beside its own in one sentence
    aspect: str | None = None  # "begin" or "end" for a verb of beginning or of ending ("opened", "closed"), see _aspect
    slip_minute: int | None = None  # a time of day's minute, when no outlet gives the time an hour from it beside it
    ordinal: str | None = None  # a doing told as a repeat ("a second eruption"), see _ordinal_event
    instalment: str | None = None  # the ordinal of one instalment of several ("a first batch of 1,000"), _instalment
    amounts: tuple[object, ...] = ()  # a date's: the amounts of money its clause dates (with_dated_amounts)
    # a date's: what its sentence's other dates date (with_dated_doings), and the doing its clause counts from
    dated_doings: frozenset[str] = frozenset()
    # a count's: the other values, with their measures, its sentence counts of its noun (with_listed_values)
    listed_values: frozenset[tuple[float, str | None]] = frozenset()
    # a part's: the wholes its outlet counts its noun's parts of, in all its sentences (with_listed_values)
    wholes_told: frozenset[float] = frozenset()
    # a part of an unnumbered whole's: whether its outlet counts more of the same things, with the same measure, as
    # such (with_listed_values)
    of_own_count: bool = False
    attributive: bool = False  # a count hyphened to its noun before another ("the eight-passenger cabin")
    # an attributive count's values of its noun that one outlet gives together ("a 28-bed surgical ward", "the
    # 12-bed intensive care unit": {12, 28}), each outlet's set (with_attributes_apart)
    attributes_apart: tuple[frozenset[float], ...] = ()
    where: frozenset[str] = frozenset()  # a date's: the places its doing is told in ("first found in Japan": Japan)
    hyphened: bool = False  # a figure set before its noun ("the nine-day trial", "a 15 per cent clause")
    portion: bool = False  # a measure of how much of a thing ("flattening about 12 metres of it")
    set_up: bool = False  # a duration of the thing a verb sets up ("declared a state of emergency for 60 days")
    years: tuple[int, int] | None = None  # a date's first and last year, when its day is known
    year_told: bool = False  # a date told as a year alone ("in 2003")
    # a date's words and the sentence they stand in: a copy that repeats them ("what happened today") says what the
    # original said, whatever day its own date line makes of them
    said: tuple[str, str] | None = None
    offset: bool = False  # a duration that is the time between two happenings ("arrived 11 minutes after the alarm")
    offset_from: frozenset[str] = frozenset()  # the words of what an offset is counted from ("after it was weighed")
    periods: bool = False  # a count of spans of time ("for six seasons", "three terms"): how long a doing went on
    repeat: bool = False  # a date of a doing told as done once more ("due to meet again tomorrow"), types.REPEAT_HEDGE
    put_off: bool = False  # a date a thing is put off to ("adjourned until 12 January"), types.PUT_OFF_HEDGE
    daily: bool = False  # a time of day kept every day ("open daily from 8 a.m."), types.DAILY_HEDGE
    figures: tuple[tuple[str, object], ...] = ()  # a year's: the figures its sentence dates (with_dated_figures)
    # a "since" date whose sentence counts something, or a year whose event noun its sentence counts: a tally's
    # window or year, no day of one doing (with_dated_figures)
    tallied: bool = False
    peak: bool = False  # a measure told as the most its thing reaches ("a top speed of 62mph"), see types.PEAK_HEDGE
    capacity: bool = False  # a figure told as what its thing can hold ("can store 42,000 tonnes"), types.CAPACITY_HEDGE
    told_years: frozenset[int] = frozenset()  # the years some outlet gives beside its own (with_told_years)
    # a figure's digits as written, hedged or not ("about $18.6m": "USD:18600000"), for a copy's swapped digits
    written: str | None = None
    shift: str | None = None  # significant digits, marked when written with a point (compare.shift_digits)
    aside: bool = False  # told of a thing only its outlet names (with_asides)
    # the values its sentence tells it changed from, in its unit ("15.1 degrees, down from the 16.8 recorded on
    # Wednesday": {16.8}), with_values_before
    changed_from: frozenset[float] = frozenset()
    group: float | None = None  # a range of ages' group as its sentence counts it ("the 14 patients"), with_group_sizes
    participants: tuple[str, ...] = ()  # the common noun a date's doing is told of, as doer or thing done to (Claim's)
    alone: bool = False  # a figure of one part told as reaching it by itself ("on Wednesday alone"), see _alone


_GUARD_FIELDS = attrgetter(*(f.name for f in fields(Guard)))  # every field's value, in the order __init__ takes


def _changed(g: Guard, **changes: object) -> Guard:
    """A copy of ``g`` with ``changes``, as ``dataclasses.replace`` gives it: the fields read at once and passed in
    order, where replace reads each of the 68 by name and passes them by keyword (measured: 1.8 us against 13.5 us a
    copy, and the with_* steps copy some 26,000 guards of 100,000 claims)."""
    new = Guard(*_GUARD_FIELDS(g))
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def guard(c: Claim, canonical: Callable[[str], str] | None = None) -> Guard:
    """What the guards read of a claim; ``canonical`` gives each entity its corpus-wide name, so that "ICO" and
    "Information Commissioner's Office" are one entity, as the score already takes them."""
    return Guard(
        kind=c.kind,
        source=c.source,
        claimant=c.claimant,
        generic=c.counted in GENERIC and c.kind != "percent",
        previous=(
            bool(c.inferred and ("previous count" in c.inferred or "article's date" in c.inferred))
            and not (_clock(c) is not None and c.inferred in (DAY_ASSUMED, UNDATED))
            # (but "the case was postponed to 19 June" in an article with no date line: its corpus gives the year,
            # and the day and month are written)
            and not (c.inferred == UNDATED and names_day_of_month(c.text))
        )
        or c.inferred == POINTS_BACK,
        added=c.inferred == ADDED,
        partitive=c.partitive,
        derived=bool(c.derived_from),
        restated=_restated_whole(c),
        negated=c.negated,
        tense=c.tense,
        counted=fold(c.counted) if c.counted is not None else None,
        counts_unit=_counts_its_unit(c),
        modifiers=frozenset(m.lower() for m in c.modifiers),
        values=frozenset({float(c.value.value)})
        if isinstance(c.value, Quantity) and c.value.value is not None
        else frozenset(),
        outgrown=False,
        siblings=frozenset(),
        words=_folded_words(c.predicate or ""),
        of_words=_of_words(c.predicate or ""),
        by_preposition=_by_preposition(c.predicate or ""),
        amount=c.kind in AMOUNTS,
        about=_thing_measured(c, canonical),
        entities=frozenset(map(canonical, c.entities) if canonical is not None else c.entities),
        where=_where(c, canonical) if c.kind == "date" else frozenset(),
        measure=c.measure,
        # "at Meacham" and "at Meacham International Airport": one place, as the corpus's names make it
        place=None
        if c.place is None or c.place in WIDE_SCOPES
        else canonical(c.place)
        if canonical is not None
        else c.place,
        wide=c.place if c.place in WIDE_SCOPES else None,
        party=c.party,
        nationality=nationality(c),
        head=head_verb(c.predicate),
        dated_doings=_counted_from(c.predicate) if c.kind == "date" else frozenset(),
        whole=c.value.whole if isinstance(c.value, Quantity) else None,
        least=_least(c),
        digits=long_digits(c.value) if isinstance(c.value, Quantity) else None,
        exact=exact_digits(c.value) if c.kind == "count" and isinstance(c.value, Quantity) else None,
        # ("sentenced on Friday after a ten-week trial": the trial's length, not a figure of Friday)
        moment=None if _length_of_noun(c) or _completed_span(c) else moment(c),
        as_of=c.kind == "date" and AS_OF_HEDGE in c.hedges and event_day(c) is None,
        earlier=EARLIER_HEDGE in c.hedges,
        reference=_reference(c),
        update=UPDATE_HEDGE in c.hedges,
        located=c.kind == "count" and c.measure is None and _told_where(c.predicate or ""),
        window=next((h for h in c.hedges if h.startswith(WINDOW_PREFIX) and h != SPAN_HEDGE), None),
        is_window=WINDOW_HEDGE in c.hedges,
        lasting=_lasting_of(c) if c.kind == "duration" else None,
        tally=c.kind != "date" and AS_OF_HEDGE in c.hedges,
        span=SPAN_HEDGE in c.hedges,
        rate=next((h for h in c.hedges if h.startswith(RATE_PREFIX) or h == INTERVAL_HEDGE), None),
        conversion=c.restates is not None and c.kind in ("measure", "money", "date"),
        written=written_digits(c.value)
        if c.kind in ("measure", "money", "percent") and isinstance(c.value, Quantity)
        else clock_written(c),  # ("won in 2:06:41": a duration typed as a clock, its digits as typed)
        shift=shift_digits(c),
        clock=_clock(c),
        other_clock=other_clock(c),
        told_before=told_before(c) if _clock(c) is not None else frozenset(),
        measured_from=_measured_from(c, canonical) if c.counted == "distance" else None,
        event_time=event_day(c) is not None,
        day_assumed=_clock(c) is not None and c.inferred == DAY_ASSUMED,
        stamped=c.inferred == STAMPED,
        alone=_alone(c),
        aspect=_aspect(c.predicate),
        ordinal=_ordinal_event(c),
        instalment=_instalment(c),
        since=c.kind == "date" and _SINCE.search(c.sentence, 0, max(0, c.start - c.sentence_start)) is not None,
        when_told=c.kind == "date" and _WHEN_AFTER.match(c.sentence, max(0, c.end - c.sentence_start)) is not None,
        still=c.kind == "count" and _still(c),
        until=c.kind == "date" and _UNTIL.search(c.sentence, 0, max(0, c.start - c.sentence_start)) is not None,
        route_mark=c.kind == "measure"
        and isinstance(c.value, Quantity)
        and (
            (c.counted in _ROUTE_UNITS and c.value.unit == c.counted)
            or (c.value.unit in _ROUTE_UNITS and _MARK_AFTER.match(c.sentence, c.end - c.sentence_start) is not None)
        ),
        deadline=_deadline(c),
        # (but "results for Sunday's race": a day's possessive names its event, it bounds no period)
        period=c.kind == "date"
        and not c.text.endswith(("'s", "’s"))
        and (
            _PERIOD.search(c.sentence, 0, max(0, c.start - c.sentence_start)) is not None
            or _spread_over(c)
        ),
        attributive=c.kind == "count" and HYPHENED.match(c.sentence, c.end - c.sentence_start) is not None,
        hyphened=(c.kind != "date" and HYPHENED.match(c.sentence, c.end - c.sentence_start) is not None)
        or (c.kind == "percent" and _share_of_a_noun(c)),
        portion=c.kind == "measure" and _portion(c),
        set_up=c.kind == "duration" and _set_up_thing(c.predicate or "", _unit_of(c)) is not None,
        peak=PEAK_HEDGE in c.hedges,
        capacity=CAPACITY_HEDGE in c.hedges,
        years=(c.value.start.year, (c.value.end - timedelta(days=1)).year)
        if isinstance(c.value, DateValue) and c.value.day_known
        else None,
        said=(c.sentence, c.text) if c.kind == "date" and c.sentence != c.text else None,
        year_told=isinstance(c.value, DateValue) and c.value.grain == "year",
        repeat=REPEAT_HEDGE in c.hedges,
        put_off=PUT_OFF_HEDGE in c.hedges,
        daily=DAILY_HEDGE in c.hedges,
        participants=c.participants,
        # (a word's two first senses: "a majority of 4,382" is a margin of votes; only its third sense is an age)
        periods=c.kind == "count" and c.counted is not None and kind_of(c.counted, "period", senses=2),
        offset_from=_offset_from(c),
        offset=c.kind == "duration"
        and _OFFSET.match(c.sentence, c.end - c.sentence_start) is not None
        and _LENGTH_BEFORE.search(c.sentence, 0, c.start - c.sentence_start) is None,
    )


# a duration told as how long after or before something another happening came ("arrived 11 minutes after the
# alarm", "pulled up at 3:53 a.m., 11 minutes later"): a gap between two moments, never how long a doing lasted
_OFFSET = re.compile(r"[\s-]*(?:[A-Za-z]+\s+)?(?:later|earlier|after|before|afterwards|beforehand)\b", re.I)
# what an offset is counted from: the words of the clause after "after" or "before" ("four days after it was weighed")
_OFFSET_FROM = re.compile(r"[\s-]*(?:[A-Za-z]+\s+)?(?:after|before)\s+((?:[A-Za-z']+\s+){0,5}[A-Za-z']+)", re.I)
# but "jailed for ten years after pleading guilty", "in 40 minutes before", "the last of 12 days after": a length;
# and "beating Khoza by 84 seconds after the pair ran shoulder to shoulder": a margin
_LENGTH_BEFORE = re.compile(r"\b(?:for|to|of|in|over|during|than|by|lasting|spent|serve[sd]?)\s+\Z", re.I)


# "a 15 per cent sell-on clause", "an 85% stake": an indefinite article before a share and a word after it make the
# share an attribute of that noun, as a hyphen does ("a nine-day trial")
_AN_BEFORE = re.compile(r"\ban?\s+\Z", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")


def _thing_measured(c: Claim, canonical: Callable[[str], str] | None) -> str | None:
    """The one thing a claim is about, as the corpus names it; for a measure, none when its thing is only the
    dimension it measures ("An area of about 600 square metres came down", "the temperature reached 47.5C"),
    which says nothing of what was measured."""
    if (
        c.about is not None
        and c.kind == "measure"
        and c.counted is not None
        and c.about.lower() == c.counted
        and HYPHENED.match(c.sentence, c.end - c.sentence_start) is None
    ):
        # (but "a one-mile radius" is a zone of that size, a thing of its own)
        return None
    if c.about is None:
        return None
    return canonical(c.about) if canonical is not None and named(c.about) else c.about


def _share_of_a_noun(c: Claim) -> bool:
    """A share an indefinite article sets before a noun ("a 15 per cent sell-on clause")."""
    at, end = max(0, c.start - c.sentence_start), c.end - c.sentence_start
    return _AN_BEFORE.search(c.sentence, 0, at) is not None and _WORD_AFTER.match(c.sentence, end) is not None


_SINCE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
# "the deadliest avalanche since 1991, when three people were killed": a "when" clause after the day tells what
# happened on it, and the day is that event's, no start of a state
_WHEN_AFTER = re.compile(r",?\s+when\b", re.IGNORECASE)
# After a count: those still so ("11 remained hospitalized", "Twelve people remained in the hospital", "four are still
# missing", "two stay in intensive care")
_STILL_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:are|were|is|was)\s+still)\b", re.IGNORECASE
)
_UNTIL = re.compile(r"\b(?:until|till)\s+(?:at\s+least\s+)?\Z", re.IGNORECASE)
_BY = re.compile(r"\bby\s+\Z", re.IGNORECASE)
_ROUTE_UNITS = frozenset({"km", "mi"})  # the units of a route's marks (extract.claims._ROUTE_MARKS)
# A length hyphened to a noun of a place on a route names that place, as "mile 20" does ("the 20-mile mark", "near
# the 32-km marker")
_MARK_AFTER = re.compile(
    r"[\s-]*(?:miles?|mi|kilomet(?:re|er)s?|km)?[\s-]*(?:mark|marker|markers|marks)\b", re.IGNORECASE
)


def _deadline(c: Claim) -> tuple[str, int] | None:
    """A date told as a deadline, "by" it: "day" ("all travellers home by Thursday") or "span" for one wider than a
    day ("home by the end of the week"), and the ordinal of the day after its last; None for any other date."""
    if c.kind != "date" or not isinstance(c.value, DateValue) or c.value.minute is not None:
        return None
    if not _BY.search(c.sentence, 0, max(0, c.start - c.sentence_start)) and not c.text.lower().startswith("by "):
        return None
    days = c.value.end.toordinal() - c.value.start.toordinal()  # (the end is the day after the last)
    return "span" if days > 1 else "day", c.value.end.toordinal()
# "revenue of $912 million for 2024", "a loss for the 2023 financial year": the period a figure covers
# An ordinal of an event noun before a figure in its sentence: "A second eruption, at 2:15 p.m., sent ash 5 km up",
# "for a third time"
_ORDINAL_EVENT = re.compile(r"\b(second|third|fourth|fifth|sixth|next)\s+([a-z]+)", re.IGNORECASE)
_ORDINAL_KINDS = frozenset({"date", "measure", "duration"})  # (a second victim's age is a person's, no doing's)
# An ordinal noun whose "of" gives the figure just after it: "a first batch of 1,000 records", "the second wave of 22
# closures", "a first tranche of 140 roles"
_INSTALMENT = re.compile(
    r"\b(first|second|third|fourth|fifth|next)\s+[a-z]+\s+of\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|at\s+least)\s+)?\Z",
    re.IGNORECASE,
)


def _instalment(c: Claim) -> str | None:
    """The ordinal of a count or an amount told as one instalment of several ("first" of "a first batch of 1,000
    records appeared"): that instalment's size, no rival of the whole told so far ("about 6,000 records had been
    posted") nor of another instalment ("a second batch of 280 vials"). None for any other figure."""
    if c.kind not in ("count", "money"):
        return None
    m = _INSTALMENT.search(c.sentence, 0, max(0, c.start - c.sentence_start))
    return None if m is None else m.group(1).lower()


def _ordinal_event(c: Claim) -> str | None:
    """The ordinal that tells a claim's doing as a repeat of an earlier one: "second" of "A second eruption ...
    sent ash 5 km up", or "next" of "the ship's next voyage, scheduled to depart Oct. 22" (another occurrence, not
    the voyage under way), the noun by WordNet a kind of event; None when its sentence gives none before the figure,
    or several (a list of doings). The second eruption's ash column and time are not the first's, and the first
    eruption is most often told with no ordinal at all. ("Again" is not read: "supplied water to all customers
    again at 11pm" restores, it does not repeat.)"""
    if c.kind not in _ORDINAL_KINDS:
        return None
    at = max(0, c.start - c.sentence_start)
    found = _ORDINAL_EVENT.findall(c.sentence, 0, at)
    if not found and c.kind == "date":
        # "On Thursday police confirmed a second arrest": a day that opens its clause dates what the clause goes on
        # to tell, up to the clause's end
        rest = c.sentence[max(at, c.end - c.sentence_start) :]
        found = _ORDINAL_EVENT.findall(rest[: m.start()] if (m := _CLAUSE_END.search(rest)) else rest)
    ordinals = {o.lower() for o, noun in found if kind_of(noun, "event", steps=9)}
    return ordinals.pop() if len(ordinals) == 1 else None


_CLAUSE_END = re.compile(r"[,;:(—–]|\s-\s|\b(?:and|but|while|when|after|before)\b")


_PERIOD = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:fiscal|financial|calendar|tax)\s+(?:year\s+)?)?\Z", re.IGNORECASE)
# "would return to normal gradually over the next two weeks", "throughout the weekend": a span a doing fills
_SPREAD = re.compile(r"\b(?:over|throughout)\s+\Z", re.IGNORECASE)


def _spread_over(c: Claim) -> bool:
    """A date of more than a day that "over" or "throughout" opens: the span its doing fills, not the day it happened
    ("production would return to normal gradually over the next two weeks" gives no day for a return, against
    "workers return to the mine tonight")."""
    v = c.value
    return (
        isinstance(v, DateValue)
        and (v.end - v.start).days > 1
        and _SPREAD.search(c.sentence, 0, max(0, c.start - c.sentence_start)) is not None
    )


def _clock(c: Claim) -> tuple[int, int, int] | None:
    """A time of day as (its day's ordinal, or 0 with no day; the first minute it allows; the minute after the
    last), its hedge band included ("about 9:40": 9:35 to 9:45); None for any other claim."""
    v = c.value
    if not isinstance(v, DateValue) or v.minute is None:
        return None
    return (v.start.toordinal() if v.day_known else 0, v.minute + v.lo, v.minute + v.hi)


# Verbs of beginning and of ending (English's aspectual verbs): the times of an event's start and of its end are two.
_BEGIN = frozenset("begin start open commence launch".split())
_END = frozenset("end finish close conclude stop cease".split())


def _aspect(predicate: str | None) -> str | None:
    """ "begin" or "end" when a predicate's verb, as written (before lexicon.fold, which reads "opened a plant" as
    built), is one of beginning or of ending, else None."""
    for w in (predicate or "").split():
        if w not in ("be", "have", "do", "get"):
            return "begin" if w in _BEGIN else "end" if w in _END else None
    return None


def _same_day(x: tuple[int, int, int], others: tuple[tuple[int, int, int], ...]) -> bool:
    """Another of its outlet's times of day is of the same day (or of no day) as ``x``."""
    return any(y[0] == x[0] or 0 in (x[0], y[0]) for y in others)


def _clocks_meet(x: tuple[int, int, int], y: tuple[int, int, int]) -> bool:
    """Two times of day whose clocks, hedges included, may be one minute, whatever days they are given."""
    return x[1] < y[2] and y[1] < x[2]


_NARROW_CLOCK = 11  # minutes: an exact clock, or one told "about" (+-5)


def _tells(own: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    """An outlet's other time of day gives the other outlet's time: it may be that minute, and says a minute
    ("the band began at 9.30" beside its "the crush began at 9.40"). A loose time ("shortly after 11 a.m.", "about
    2am") of another doing fits many minutes, and tells none of them."""
    return _clocks_meet(own, other) and own[2] - own[1] <= _NARROW_CLOCK


def with_own_clocks(
    claims: list[Claim], guards: list[Guard], together: frozenset[tuple[int, int]] | None = None
) -> list[Guard]:
    """Each time of day's guard with the other times of day its outlet gives: an outlet that tells a crush at
    9.40 and a band's set at 9.30 tells two events, and its 9.30 is no rival of another outlet's 9.40; and its
    minute, for a slipped hour, unless some outlet gives the time an hour from it too (``together``: the
    Scorer's hours_together, else read here from ``claims``)."""
    by_source: dict[str, list[int]] = {}
    for k, g in enumerate(guards):
        if g.clock is not None:
            by_source.setdefault(claims[k].source, []).append(k)
    out = list(guards)
    if together is None:
        together = hours_told_together(claims)
    for ks in by_source.values():
        for k in ks:
            v = claims[k].value
            if isinstance(v, DateValue) and v.minute is not None:
                if (v.start.toordinal(), v.minute) in together:
                    continue  # (an outlet gives it beside the time an hour from it: two events an hour apart)
                out[k] = _changed(out[k], slip_minute=v.minute)
    for ks in by_source.values():
        for k in ks:
            # (a live blog's entry stamps, and times on a named place's clock, are no events' times of its own)
            others = tuple(
                clock
                for j in ks
                if j != k and (clock := guards[j].clock) is not None and not guards[j].other_clock
            )
            if others:
                out[k] = _changed(out[k], own_clocks=others)
    return out


def with_dated_amounts(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each date's guard with the amounts of money its sentence gives it as theirs ("Stan made $31.8m in 2020"):
    what was paid then is part of which event the date is, as the payer is."""
    money: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        if c.kind == "money" and c.time is not None:
            money.setdefault((c.source, c.sentence_start), []).append(c)
    if not money:
        return guards
    out = list(guards)
    for k, c in enumerate(claims):
        if c.kind != "date":
            continue
        beside = money.get((c.source, c.sentence_start))
        if beside is None:
            continue  # (most dates' sentences give no amount: their value's text is not worth writing)
        told = c.value_text()
        amounts = tuple(value_key(m.value) for m in beside if m.time == told)
        if amounts:
            out[k] = _changed(guards[k], amounts=amounts)
    return out


_DATED_KINDS = frozenset({"count", "measure", "money", "percent"})


def _year_of_a_tally(c: Claim, counted: set[str] | None) -> bool:
    """A year whose sentence counts the events it dates: its event noun is what a count of its sentence counts
    ("reported 58 wildlife strikes to the database in 2025": strikes)."""
    if not counted or not isinstance(c.value, DateValue) or c.value.grain != "year":
        return False
    return c.counted is not None and c.counted not in GENERIC and c.counted in counted


def with_dated_figures(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each year's guard with the figures its sentence gives it as theirs ("the 2017 epidemic, when the country
    recorded more than 180,000 cases"): a figure a year dates tells which year it is (see _one_figure_dated). And
    each "since" date's guard marked ``tallied`` when its sentence counts something ("has recovered 14 stones since
    2020"): the start of the tally's window, no date of one doing; and so a year whose event noun its sentence counts
    ("reported 58 wildlife strikes in 2025", see _year_of_a_tally)."""
    figures: dict[tuple[str, int], list[Claim]] = {}
    counted: dict[tuple[str, int], set[str]] = {}  # the sentences that count something, with what they count
    for c in claims:
        if c.kind in _DATED_KINDS and c.time is not None and c.restates is None:
            figures.setdefault((c.source, c.sentence_start), []).append(c)
        if c.kind == "count":
            counted.setdefault((c.source, c.sentence_start), set()).add(c.counted or "")
    if not figures and not counted:
        return guards
    out = list(guards)
    for k, c in enumerate(claims):
        if c.kind == "date" and guards[k].since and (c.source, c.sentence_start) in counted:
            # "since 2020 it has recovered 14 stones", "the 14th stone recovered since 2020": when a tally began
            out[k] = _changed(guards[k], tallied=True)
        elif c.kind == "date" and _year_of_a_tally(c, counted.get((c.source, c.sentence_start))):
            # "the airport logged 58 wildlife strikes in 2025": the year many such events were counted in, no day of
            # one of them ("the birds struck at 4:04 p.m.")
            out[k] = _changed(guards[k], tallied=True)
        if c.kind != "date" or not isinstance(c.value, DateValue) or c.value.grain != "year":
            continue
        beside = figures.get((c.source, c.sentence_start))
        if beside is None:
            continue  # (as in with_dated_amounts)
        told = c.value_text()
        dated = tuple((f.kind, value_key(f.value)) for f in beside if f.time == told)
        if dated:
            out[k] = _changed(out[k], figures=dated)
    return out


def _one_figure_dated(a: Guard, b: Guard) -> bool:
    """Two years, each the year of a figure its sentence gives, the two figures one ("came in 2017, when the country
    recorded more than 180,000 cases" and "back to 2016, when ... with more than 180,000 cases"): one past event,
    dated two ways, whatever tense or hedge says when the figure held. A running figure is dated by days, not
    years, so no two of its updates are read so."""
    return any(
        ka == kb and relation_of(x, y) in ("equal", "compatible")  # type: ignore[arg-type]
        for ka, x in a.figures
        for kb, y in b.figures
    )


_SEQUENCE_WORDS = frozenset({"after", "before", "since"})


def _counted_from(predicate: str | None) -> frozenset[str]:
    """The doing a date's own clause tells its doing after or before ("crossed the line ... 28 days after leaving La
    Gomera": "leave"): the word after "after", "before" or "since" in its predicate, a lemma. A date of that doing is
    the other end of the span, no rival ("left La Gomera on 10 December")."""
    if not predicate:
        return frozenset()
    words = predicate.split()
    return frozenset(words[i + 1] for i, w in enumerate(words[:-1]) if w in _SEQUENCE_WORDS)


def with_dated_doings(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each date's guard with the doings the other dates of its sentence date ("issued a notice on Thursday ...
    at a works which was built in 1964": "build" for Thursday's guard, "issue" for 1964's); see _dated_apart."""
    heads: dict[tuple[str, int], list[int]] = {}
    for k, c in enumerate(claims):
        if c.kind == "date" and guards[k].head is not None:
            heads.setdefault((c.source, c.sentence_start), []).append(k)
    out = list(guards)
    for ks in heads.values():
        if len(ks) < 2:
            continue
        for k in ks:
            others = frozenset(h for j in ks if j != k and (h := guards[j].head) is not None and h != guards[k].head)
            if others:
                out[k] = _changed(guards[k], dated_doings=guards[k].dated_doings | others)
    return out


def with_told_years(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each date's guard with the years some outlet gives beside its own year (of dates within a year or two), for
    _years_apart: those of an outlet that gives one of the two years for the date's own doing ("called off in 2007
    and again in 2020"; "has run since 1952" beside "has sailed every race since 1979", against another outlet's
    "first sailed in 1952"). An outlet that gives both years for other doings tells nothing of this one: "operated
    since 1923" beside "the 1932 clubhouse" leaves "founded in 1923" and another outlet's "founded in 1932" rivals."""
    heads: dict[str, dict[int, set[str | None]]] = {}  # each outlet's years, each with the doings it dates to it
    for c, g in zip(claims, guards, strict=True):
        if g.years is not None and g.years[1] - g.years[0] <= 1:
            of_source = heads.setdefault(c.source, {})
            for y in set(g.years):
                of_source.setdefault(y, set()).add(g.head)
    beside: dict[tuple[int, str | None], set[int]] = {}
    for of_source in heads.values():
        for y, hy in of_source.items():
            for other, ho in of_source.items():
                for h in hy | ho:
                    beside.setdefault((y, h), set()).add(other)
    told: dict[tuple[tuple[int, int], str | None], frozenset[int]] = {}  # one set per span and doing
    out = list(guards)
    for k, g in enumerate(guards):
        if g.years is not None:
            got = told.get((g.years, g.head))
            if got is None:
                got = told[g.years, g.head] = frozenset().union(*(beside.get((y, g.head), ()) for y in set(g.years)))
            out[k] = _changed(g, told_years=got)
    return out


def with_group_sizes(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each range of ages' guard with the size of the group of people its sentence counts last before it ("the 14
    patients were aged 38 to 89, with nine men and five women": 14): two ranges of two groups' ages are two facts
    ("the six other patients, aged between 52 and 88" is no rival of the 14's range), however alike they read."""
    sizes: dict[tuple[str, int], list[tuple[int, float]]] = {}
    for c in claims:
        v = c.value
        if not (c.kind == "count" and isinstance(v, Quantity) and v.is_point and v.value is not None):
            continue
        if c.counted is not None and (c.counted in GENERIC or person_noun(c.counted)):
            sizes.setdefault((c.source, c.sentence_start), []).append((c.end, float(v.value)))
    if not sizes:
        return guards
    out = list(guards)
    for k, c in enumerate(claims):
        v = c.value
        if c.kind != "age" or not isinstance(v, Quantity) or v.value is not None or v.low is None or v.high is None:
            continue
        before = [(end, n) for end, n in sizes.get((c.source, c.sentence_start), ()) if end <= c.start]
        if before:
            out[k] = _changed(guards[k], group=max(before)[1])
    return out


def _dated_apart(a: Guard, b: Guard) -> bool:
    """Two dates of two doings, one of which an outlet dates beside the other in one sentence: "issued the notice on
    Thursday ... at the works, which was built in 1964" dates the notice and the works, and its Thursday is no
    rival of another outlet's "built in 1946", however alike the two sentences read."""
    if a.head is None or b.head is None or one_doing(a.head, b.head):
        return False
    return any(one_doing(b.head, h) for h in a.dated_doings) or any(one_doing(a.head, h) for h in b.dated_doings)


def _other_amounts(a: Guard, b: Guard) -> bool:
    """Two dates whose clauses give each its own amount, none of which can be the other's: "Apex made $44.6m in
    July 2024" and "Stan made $31.8m in 2020" date two sales, and "sold the rights for $150,000 in 2020" is no
    date of the $31.8m one."""
    return bool(a.amounts and b.amounts) and all(
        relation_of(x, y) == "disjoint"  # type: ignore[arg-type]
        for x in a.amounts
        for y in b.amounts
    )


def _slipped_clock(x: tuple[int, int, int], y: tuple[int, int, int]) -> bool:
    """Two exact times of day that are one time with two digits swapped ("6.14am", "6.41am" in a syndicated
    copy): a copying slip, not another day's event, when no sentence gives the day of one of them
    (_clocks_one_day)."""
    if x[2] - x[1] != 1 or y[2] - y[1] != 1:
        return False
    return swapped_digits(f":{x[1] // 60:02d}{x[1] % 60:02d}", f":{y[1] // 60:02d}{y[1] % 60:02d}")


def _clocks_one_day(a: Guard, b: Guard) -> bool:
    """Two times of day of one day, or one of which no sentence gives a day of: an article with no date line
    gives it, or its day is taken from around it (day_assumed); no day says it is another."""
    x, y = a.clock, b.clock
    return x is not None and y is not None and (x[0] == y[0] or 0 in (x[0], y[0]) or a.day_assumed or b.day_assumed)


def _hour_apart(a: Guard, b: Guard) -> bool:
    """Two times of day of one day (see _clocks_one_day), the same minute past the hour an hour apart and not on
    the hour, neither given by any outlet beside the time an hour from it (compare.hour_slipped)."""
    if not _clocks_one_day(a, b):
        return False
    x, y = a.slip_minute, b.slip_minute
    return x is not None and y is not None and abs(x - y) == 60 and x % 60 != 0


def _minutes_swapped(a: Guard, b: Guard) -> bool:
    """Two times of day of one day (see _clocks_one_day), in one hour, whose minutes are each other's two digits
    swapped ("6:15" and "06:51", "14:40" and "14:04"): one time miscopied."""
    if not _clocks_one_day(a, b):
        return False
    x, y = a.slip_minute, b.slip_minute
    if x is None or y is None or x == y or x // 60 != y // 60:
        return False
    mx, my = f"{x % 60:02d}", f"{y % 60:02d}"
    return mx == my[::-1]


def two_events(a: Guard, b: Guard) -> bool:
    """Two times of day that are not one event's time told two ways: of two days (or of a day its sentence does
    not give, against another day), or of two outlets one of which also gives a time that fits the other's (an
    outlet that tells both times tells two events: "the band began their set at 9.30" beside its own "the crush
    began at 9.40"), or told of two events ("the rally began", "the march began"; see compare.other_event) or two doings
    (below), or read on a named place's clock, or a live blog's stamp. A time of day against a day or a span is no
    rival either when its own day is assumed."""
    if a.other_clock or b.other_clock:
        # "14:02" and "15:02 Norwegian time" may be one minute on two clocks; "9.05am - The vigil ..." is when a live
        # blog wrote, not when anything happened
        return True
    if (a.stamped or b.stamped) and not (
        a.clock is not None and b.clock is not None and a.clock[0] == b.clock[0] and _clocks_meet(a.clock, b.clock)
    ):
        # "12:40 - The governor has come out to meet the farmers" and "came out shortly after noon": an entry tells
        # its news when it is posted, which a perfect places at any time before; a stamp agrees with a time just
        # before it, and no other time or day is its rival
        return True
    if a.clock is None or b.clock is None:
        return a.day_assumed or b.day_assumed
    if (
        (a.day_assumed or b.day_assumed)
        and a.clock[0] != b.clock[0]
        and not (_slipped_clock(a.clock, b.clock) or _hour_apart(a, b) or _minutes_swapped(a, b))
    ):
        return True
    if any(_tells(x, b.clock) for x in a.own_clocks) or any(_tells(x, a.clock) for x in b.own_clocks):
        return True
    if {a.aspect, b.aspect} == {"begin", "end"}:
        return True  # "voting began at 7am" and "voting ended at 10pm": an event's start and its end
    if (_hour_apart(a, b) or _minutes_swapped(a, b)) and not other_event(
        a.told_before & ORDINALS, b.told_before & ORDINALS
    ):
        # "The hole appeared ... at about 5.40am" and "The ground gave way ... at about 6.40am", which no outlet
        # gives side by side: one time whose hour slipped, or whose minutes' digits swapped ("came down at 6:15
        # a.m.", "The accident happened ... at 06:51"), however each words what happened (but "the first blast"
        # and "a second blast" are two)
        return False
    wa, wb = a.told_before, b.told_before
    if wa & ORDINALS and wb & ORDINALS and wa & ORDINALS != wb & ORDINALS:
        return True  # "the first quake struck at 4:12" is not "the second quake" another outlet times at 5:30
    if not (wa & ORDINALS and wb & ORDINALS):
        # but "the first passenger train left at 10:42" and "the train left the platform at 10:24": an ordinal
        # only one outlet gives says which of several the other's may be, not that it is another
        wa, wb = wa - ORDINALS, wb - ORDINALS
    if other_event(wa, wb) and not _named_alike(wa, wb):
        return True
    if one_doing(a.head, b.head) or (len(a.words) > 1 and a.words == b.words):
        return False  # (one predicate's words, whichever word the parse hangs the time on: "came to a halt at")
    # "the ferry sailed at 8 a.m." and "sank at 11 a.m.", "was arrested at 3 p.m." and "was charged at 6 p.m.": two
    # doings, unless each is told in the active voice as when something happened ("at") and each outlet gives no
    # other time of that day: that is then the time of the story's event, however each words it ("caved in",
    # "collapsed")
    return (
        not (a.event_time and b.event_time)
        or _same_day(a.clock, a.own_clocks)
        or _same_day(b.clock, b.own_clocks)
    )


def _other_participants(a: Guard, b: Guard) -> bool:
    """Two doings of one verb, done by or to two kinds of thing: "the dam was filled in the eighties" and "the pools
    were filled in August", "the lioness was caught this morning" and "the zebra was caught this evening"; every
    noun each tells of in one role names another thing ("the first shipment of vials" may be "the vials"). Only
    things are read (WordNet's physical objects): people and the bodies they make up are told many ways ("the
    woman", "the grandmother"; "the authorities", "police"), and so are happenings ("the intrusion", "unusual
    activity")."""
    if a.head is None or a.head != b.head:
        return False
    for role in ("agent", "patient"):
        xs = [p.partition(":")[2] for p in a.participants if p.startswith(role + ":")]
        ys = [p.partition(":")[2] for p in b.participants if p.startswith(role + ":")]
        if xs and ys and all(u != v and _things_apart(u, v) for u in xs for v in ys):
            return True
    return False


@lru_cache(maxsize=4096)
def _things_apart(u: str, v: str) -> bool:
    """Two common nouns of things (WordNet's physical objects) that cannot name one thing: neither is the other
    or a kind of it, nor close beside it, and neither is a person nor a place ("dam" and "pool", "lioness" and
    "zebra"; not "ferry" and "vessel")."""
    if not all(_a_thing(w) for w in (u, v)):
        return False
    return not (same_meaning(u, v, "n") or synonyms(u, v) or relatedness(u, v, "n") >= SAME_DOING)


def _a_thing(noun: str) -> bool:
    """A noun of a physical object that is neither a person nor a place ("dam", "lioness"; not "driver", "station")."""
    return kind_of(noun, "object", steps=20) and not person_noun(noun) and not kind_of(noun, "location", steps=20)


def _named_alike(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two times' sentences name what happened with words of one meaning, one the other's or a kind of
    it ("the blaze was reported at 15:40", "the fire erupted shortly before 4pm"; "the strike", "the walkout"),
    not sisters ("the rally began", "the march began": two kinds of one thing are two events)."""
    return any(same_meaning(u, v, "n") for u in sorted(x) for v in sorted(y))


# A live blog's entry opens with its stamp: "Tuesday 23:40 Four people are confirmed dead", "14:40 HM Coastguard says".
_ENTRY_STAMP = re.compile(r"\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}[:.]\d\d\b(?!\s*[ap]\.?m)")


def stamped(c: Claim, text: str | None) -> bool:
    """Whether a claim is told in a live blog's stamped entry: its sentence opens with the stamp ("Tuesday 23:40
    Four people are confirmed dead"), or opens a line below a line that is the stamp alone ("Tuesday 23:40", then
    the entry). ``text`` is the claim's article text (None: only the sentence is read)."""
    if _ENTRY_STAMP.match(c.sentence):
        return True
    if text is None:
        return False
    line = text.rfind("\n", 0, c.sentence_start) + 1
    if line < 2 or text[line:c.sentence_start].strip() or text[line - 2] in "\r\n":
        return False
    above = text[text.rfind("\n", 0, line - 1) + 1 : line - 1]
    return _ENTRY_STAMP.fullmatch(above.strip()) is not None


def with_outgrown(
    claims: list[Claim], guards: list[Guard], texts: Mapping[str, str] | None = None
) -> list[Guard]:
    """Each guard, marked ``outgrown`` when its claim is a total that only grows (killed, rescued, ...) told in a
    live blog's stamped entry (``stamped``, with ``texts`` the articles' texts by source), and its own outlet gives
    the same total higher elsewhere: one outlet's rolling entries ("Tuesday 23:40 ... 15 have been rescued", then
    "37 have been rescued so far") are its updates, and its lower figure is no rival of another outlet's."""
    top: dict[tuple[str, str, str | None], float] = {}
    rolling: list[tuple[int, tuple[str, str, str | None], float]] = []
    for k, c in enumerate(claims):
        v = c.value
        if c.measure in CUMULATIVE_MEASURES and isinstance(v, Quantity) and v.value is not None and not c.partitive:
            key = (c.source, c.measure, c.place)
            top[key] = max(top.get(key, float(v.value)), float(v.value))
            if stamped(c, texts.get(c.source) if texts is not None else None):
                rolling.append((k, key, float(v.value)))
    out = list(guards)
    for k, key, value in rolling:
        if value < top[key]:
            out[k] = _changed(guards[k], outgrown=True)
    return out


def names_told_once(claims: Iterable[Claim], canonical: Callable[[str], str]) -> frozenset[str]:
    """The names that one outlet alone gives, in any claim or name of the corpus, and no word of which another
    outlet's names hold: the outlet's own aside, a precedent or a comparison ("Rubjerg Knude, which ... weighs
    about 720 tonnes, was moved in 2019"), of which no other outlet gives a figure (see with_asides)."""
    sources: dict[str, set[str]] = {}
    for c in claims:
        for name in (*c.entities, *((c.about,) if named(c.about) else ())):
            if name is not None:
                sources.setdefault(canonical(name), set()).add(c.source)
    # a word of a name another outlet names too ("Halden United" beside another's "Halden") is not one outlet's
    word_sources: dict[str, set[str]] = {}
    for name, told in sources.items():
        for w in _name_words(name):
            word_sources.setdefault(w, set()).update(told)
    return frozenset(
        name
        for name, told in sources.items()
        if len(told) == 1 and all(word_sources[w] == told for w in _name_words(name))
    )


def _name_words(name: str) -> list[str]:
    return [w for w in name.lower().split() if w not in FUNCTION_WORDS]


def with_asides(claims: list[Claim], guards: list[Guard], asides: frozenset[str]) -> list[Guard]:
    """Each amount's guard marked ``aside`` when what it is told of is a thing only its outlet names
    (names_told_once), other than the one who gives it ("Our meteorologist Tom Reyes says the storm packed gusts of
    52 mph": the storm's gusts, whoever tells them), and its outlet gives another figure of that kind and noun for
    something else ("It weighs about 2,800 tons ... Rubjerg Knude ... weighs about 720 tonnes"): the outlet tells
    the two apart. (An outlet's one figure stays the story's, whatever name the parse makes it about: "signed
    Tiago Serra from FC Vliet for £47.3m".)"""
    if not asides:
        return guards
    told: dict[tuple[str, str, str | None], list[int]] = {}
    for k, (c, g) in enumerate(zip(claims, guards, strict=True)):
        if g.kind in _ASIDE_KINDS:
            told.setdefault((c.source, g.kind, c.counted), []).append(k)
    out = list(guards)
    for ks in told.values():
        for k in ks:
            g = guards[k]
            if g.about is None or g.about not in asides or g.about == g.claimant:
                continue
            if any(guards[j].about != g.about and not (guards[j].values & g.values) for j in ks if j != k):
                out[k] = _changed(g, aside=True)
    return out


_ASIDE_KINDS = frozenset({"count", "measure", "money", "percent"})


def with_values_before(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each figure's guard with the values its own sentence tells it changed from, in its unit (changed_from): the
    earlier values ("down from the 16.8 recorded on Wednesday", "up from 12") of the same kind and unit beside it."""
    before: dict[tuple[str, int, str, str | None], set[float]] = {}
    for c, g in zip(claims, guards, strict=True):
        if g.earlier and isinstance(c.value, Quantity) and c.value.value is not None:
            key = (c.source, c.sentence_start, c.kind, c.value.unit)
            before.setdefault(key, set()).add(float(c.value.value))
    if not before:
        return guards
    out = list(guards)
    for k, (c, g) in enumerate(zip(claims, guards, strict=True)):
        if not g.earlier and isinstance(c.value, Quantity):
            got = before.get((c.source, c.sentence_start, c.kind, c.value.unit))
            if got:
                out[k] = _changed(g, changed_from=frozenset(got))
    return out


def with_shifts_apart(guards: list[Guard], apart: frozenset[str]) -> list[Guard]:
    """Each guard without its figure's digits for a moved point (compare.shift_digits) when some outlet gives
    figures of those digits ten times apart itself (compare.shifts_told_apart): two figures, not one slipped."""
    if not apart:
        return guards
    return [
        _changed(g, shift=None) if g.shift is not None and shift_key(g.shift) in apart else g for g in guards
    ]


def with_slipped_conversions(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each conversion's guard, no longer a conversion when it cannot be its own figure converted, even allowing for
    rounding ("101.7 degrees Fahrenheit (37.8 Celsius)", where 101.7 F is 38.7 C): a slip in the outlet's copy, which
    speaks for the outlet as any figure does and may conflict with another outlet's."""
    by_id = {c.id: c for c in claims}
    out = list(guards)
    for k, (c, g) in enumerate(zip(claims, guards, strict=True)):
        # (a clock restated on another clock, "11:42 a.m. (0942 GMT)", is compared by no rate of conversion)
        first = by_id.get(c.restates) if g.conversion and c.restates is not None and c.kind != "date" else None
        if first is not None and (
            relation_of(value_key(first.value), value_key(c.value)) == "disjoint" or _swapped_conversion(first, c)
        ):
            out[k] = _changed(g, conversion=False)
    return out


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _swapped_conversion(first: Claim, conv: Claim) -> bool:
    """The conversion as written is the figure converted and rounded as written, but for two neighbouring digits
    swapped ("101.7 degrees Fahrenheit (37.8 Celsius)": 38.7 C): a copying slip, however near the two are."""
    fq, cq = first.value, conv.value
    if not (isinstance(fq, Quantity) and isinstance(cq, Quantity) and fq.is_point and cq.is_point):
        return False
    written = _WRITTEN_NUMBER.search(conv.text)
    base, zero, one = to_base(fq.value or 0, fq.unit), to_base(0, cq.unit), to_base(1, cq.unit)
    if written is None or base is None or zero is None or one is None or one == zero:
        return False
    places = len(written.group(1) or "")
    right = f"{round((base - zero) / (one - zero), places):.{places}f}".replace(".", "")
    return swapped_digits(f":{right}", f":{written.group().replace(',', '').replace('.', '')}")


def with_siblings(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each part's guard with the values of the other parts of one whole that its sentence gives ("four Orkney
    satellites and two Norwegian research satellites", both of the six): a part of that whole in another outlet
    equal to one of them is that part, not a rival of the other (see _other_part)."""
    by_whole: dict[tuple[str, int, object], list[int]] = {}
    for k, (c, g) in enumerate(zip(claims, guards, strict=True)):
        if g.partitive and g.whole is not None and g.values:
            by_whole.setdefault((c.source, c.sentence_start, g.whole), []).append(k)
    out = list(guards)
    for ks in by_whole.values():
        if len(ks) > 1:
            for k in ks:
                others = frozenset().union(*(guards[j].values for j in ks if j != k)) - guards[k].values
                out[k] = _changed(guards[k], siblings=others)
    return out


def with_listed_values(claims: list[Claim], guards: list[Guard]) -> list[Guard]:
    """Each count's guard with the other values its sentence counts of the same noun, each with what befell those
    ("four counts of fraud and one count of money laundering"; "a team of four cave divers, two of them from
    Australia"): an outlet that counts both tells two things, and another outlet's figure equal to one of them,
    with the same measure, is that one and no rival of the other (see _listed_apart). Figures two claimants give
    ("organisers said 1.7 million marched, while police said 128,000") are rivals, not a list. A plain noun
    ("people") lists only a part beside its whole ("employs 650 people, of whom 480 are members"). Percentages of
    one sentence are listed as a count's are, whatever noun each gives ("covered 75 percent and the state paid the
    remaining 25 percent"), and so are ages ("a 92-year-old woman, an 81-year-old farmer and a man in his 60s": another
    outlet's 81-year-old is the farmer, no rival of the man in his 60s)."""
    by_noun: dict[tuple[str, int, str, str | None], list[int]] = {}
    for k, (c, g) in enumerate(zip(claims, guards, strict=True)):
        # (a bound lists nothing of its own but is listed against: "more than 30 were complained about, and 22
        # were found to be defamatory")
        if (g.kind in ("count", "duration") and g.counted is not None) or g.kind in ("percent", "age"):
            # (shares of one sentence, whatever of; ages of one sentence, whoever's: "a 92-year-old woman, an
            # 81-year-old farmer and a man in his 60s" are three people; lengths of one sentence in one unit: "waited
            # a median of 30 weeks, compared with 19 weeks provincially")
            noun = f"{g.kind}:{g.counted}" if g.kind in ("count", "duration") else g.kind
            by_noun.setdefault((c.source, c.sentence_start, noun, g.claimant), []).append(k)
    out = list(guards)
    shares: dict[float, set[tuple[float, str | None]]] = {}  # each percentage's, listed beside it anywhere
    for ks in by_noun.values():
        if len(ks) < 2 or guards[ks[0]].generic and not any(guards[k].partitive for k in ks):
            continue
        for k in ks:
            listed = frozenset(
                (v, guards[j].measure) for j in ks if j != k for v in guards[j].values if v not in guards[k].values
            )
            if listed:
                out[k] = _changed(guards[k], listed_values=listed)
                if guards[k].kind == "percent":
                    for v in guards[k].values:
                        shares.setdefault(v, set()).update(listed)
    # each outlet's wholes of a noun's parts ("Seven wagons left the tracks, four of them tank wagons" and "34 wagons,
    # 11 of them tank wagons": 7 and 34), given to each of its parts
    wholes: dict[tuple[str, str], set[float]] = {}
    for k, c in enumerate(claims):
        g = out[k]
        if g.kind == "count" and g.partitive and g.counted is not None and (told := _wholes(g)):
            wholes.setdefault((c.source, g.counted), set()).update(told)
    # each outlet's counts of a noun as such, with what befell them ("The deaths of these four young men")
    counts: dict[tuple[str, str, str | None], float] = {}
    for k, c in enumerate(claims):
        g = out[k]
        if g.kind == "count" and not g.partitive and not g.derived and g.counted is not None and g.values:
            key = (c.source, g.counted, g.measure)
            counts[key] = max(counts.get(key, 0.0), max(g.values))
    for k, c in enumerate(claims):
        g = out[k]
        if g.kind != "count" or not g.partitive or g.counted is None:
            continue
        of_outlet = wholes.get((c.source, g.counted))
        if of_outlet is not None and len(of_outlet) > 1:
            g = out[k] = _changed(g, wholes_told=frozenset(of_outlet))
        # (its own outlet's count of those things with no measure is of all of them: "the families of the four men")
        noun = g.counted or ""
        more = max(counts.get((c.source, noun, g.measure), 0.0), counts.get((c.source, noun, None), 0.0))
        if g.whole is None and g.values and more > max(g.values):
            out[k] = _changed(g, of_own_count=True)
    if shares:
        # Shares one outlet lists side by side ("74 per cent owned by Karoo Crown; the other 26 per cent is held by
        # the trust") are two shares for the whole story: another outlet's "is 74 per cent owned by Karoo Crown",
        # told alone, is no rival of a third's "26 per cent owned by a community trust"
        for k, g in enumerate(out):
            if g.kind == "percent":
                listed = frozenset(x for v in g.values for x in shares.get(v, ()) if x[0] not in g.values)
                if listed - g.listed_values:
                    out[k] = _changed(g, listed_values=g.listed_values | listed)
    return out


def _listed_apart(a: Guard, b: Guard) -> bool:
    """One outlet counts both figures of a noun in one sentence, the other's among them with the other's measure."""
    # (most counts list nothing beside them: an empty set is passed over without starting a generator, which
    # guards_allow asks of most count pairs; py-spy: 1.1% of reconciling 100,000 claims went to _listed_apart)
    listed_a, listed_b = a.listed_values, b.listed_values
    if listed_a and any((v, b.measure) in listed_a for v in b.values):
        return True
    return bool(listed_b) and any((v, a.measure) in listed_b for v in a.values)


def _parts_of_two_wholes(a: Guard, b: Guard) -> bool:
    """Two parts whose sentences each count the whole they are of, two different wholes that one outlet counts
    parts of both ("Seven wagons left the tracks, four of them tank wagons", "the train was made up of 34 wagons, 11
    of them tank wagons"): a part is a fact only with its whole, and parts of two wholes are never rivals (but two
    outlets' parts of a rolling whole, "42 of them" of 59 cases and "48 of them" of 68, may be one part's update)."""
    if not a.wholes_told and not b.wholes_told:
        return False  # (most parts)
    whole_a, whole_b = _wholes(a), _wholes(b)
    if not whole_a or not whole_b or not whole_a.isdisjoint(whole_b):
        return False
    told = whole_a | whole_b
    return told <= a.wholes_told or told <= b.wholes_told


def _wholes(g: Guard) -> frozenset[float]:
    """The values a part's sentence counts of its noun that are more than the part: the whole it is of."""
    if not g.listed_values or not g.values:
        return frozenset()
    most = max(g.values)
    return frozenset(v for v, _ in g.listed_values if v > most)


def with_listed_apart(guards: list[Guard], listed_apart: Mapping[str, frozenset[str]]) -> list[Guard]:
    """Each count's guard with the things some outlet counts beside its own in one sentence (Scorer.listed_apart):
    "41 vehicles and two medical helicopters" tells vehicles and helicopters apart for the whole story."""
    return [
        _changed(g, listed_apart=listed_apart[g.counted])
        if g.kind == "count" and g.counted is not None and g.counted in listed_apart
        else g
        for g in guards
    ]


def _where(c: Claim, canonical: Callable[[str], str] | None) -> frozenset[str]:
    """The names a date's predicate tells its doing happened in ("was first detected in Ireland in 2019": Ireland;
    "first found in Japan in 2009": Japan), each by its canonical name; not a name "in" ties to a noun of another
    phrase ("published a declaration for 38 municipalities in the Mixteca": where the municipalities are)."""
    predicate = f" {c.predicate} " if c.predicate else ""
    if " in " not in predicate:
        return frozenset()
    out = set()
    for e in c.entities:
        at = predicate.find(f" in {e.lower()} ")
        if at >= 0 and not _PHRASE_BEFORE.search(predicate, 0, at + 1):
            out.add(canonical(e) if canonical is not None else e)
    return frozenset(out)


# A preposition that opens a phrase of its own before a place's "in" (see _where)
_PHRASE_BEFORE = re.compile(r" (?:for|of|to|with|from|at|on|by|about|against) ")


# How far apart two ages of one person may be as outlets misreport it (a birthday, a miscount, a guess) when neither is
# the other with one digit mistyped ("56", "66") or two swapped ("34", "43")
_AGE_SLIP = 5


def _two_named_people(x: str | None, y: str | None) -> bool:
    """Two names that share no word nor one spelt nearly alike ("Nasser al-Maamari", "Abdullah al-Busaidi"): two
    people, not one whose name an outlet misspelt ("Helen Marchbank", "Helen Marchbanks") or shortened."""
    if not (named(x) and named(y)) or x is None or y is None:
        return False
    wx = {w.lower() for w in _NAME_WORD.findall(x)}
    wy = {w.lower() for w in _NAME_WORD.findall(y)}
    return bool(wx) and bool(wy) and not any(u == v or fuzz.ratio(u, v) >= 80 for u in wx for v in wy)


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")  # a name's words of three letters or more ("al" of "al-Maamari" is none)


def _ages_of_two(x: frozenset[float], y: frozenset[float]) -> bool:
    """Two exact ages too far apart to be one person's misreported: more than _AGE_SLIP years, and not one written
    with a digit mistyped or two swapped ("a 52-year-old man" and "Dieter Franke, 66")."""
    if len(x) != 1 or len(y) != 1:
        return False
    (u,), (v,) = x, y
    if abs(u - v) <= _AGE_SLIP or u != int(u) or v != int(v):
        return False
    su, sv = str(int(u)), str(int(v))
    one_digit = len(su) == len(sv) and sum(p != q for p, q in zip(su, sv, strict=True)) == 1
    return not one_digit and sorted(su) != sorted(sv)


def with_attributes_apart(guards: list[Guard]) -> list[Guard]:
    """Each attributive count's guard with the sets of values of its noun that one outlet gives so ("St Brigid's
    Ward, a 28-bed surgical ward", "the 12-bed intensive care unit"): that outlet describes two things by them, and
    two outlets' values of that set are two things', not a conflict (guards_allow); a value outside it may still be a
    rival ("a 15-barge tow" against "a 12-barge grain tow", where one outlet also writes of "six-barge tows")."""
    told: dict[tuple[str, str], set[float]] = defaultdict(set)
    for g in guards:
        if g.attributive and g.counted is not None:
            told[(g.source, g.counted)].update(g.values)
    apart: dict[str, list[frozenset[float]]] = defaultdict(list)
    for (_, counted), values in sorted(told.items()):
        if len(values) > 1:
            apart[counted].append(frozenset(values))
    if not apart:
        return guards
    return [
        _changed(g, attributes_apart=tuple(apart[g.counted])) if g.attributive and g.counted in apart else g
        for g in guards
    ]


def apart_in_time(x: str | None, y: str | None) -> bool:
    """Two moments that cannot be one: two months, two days, or two hours of one day ("2017-01-20T11:00" and
    "2017-01-21", "2024-03" and "2024-04"); but a month and a day of it, or a day and an hour of it, may be one
    moment ("Thursday", "at midnight on Thursday")."""
    if x is None or y is None or x == y:
        return False
    n = min(len(x), len(y), 10)
    return x[:n] != y[:n] or (len(x) > 10 and len(y) > 10)


def moment(c: Claim) -> str | None:
    """The month, day or hour at which a figure's own sentence places it ("193,000 trips by 11 a.m. on Friday":
    2017-01-20T11:00; "the jobless rate stood at 4.1% in March": 2024-03); None for a date, a year or a span,
    which do not pin a figure to one moment (a year is compared by era)."""
    t = c.time
    if c.kind == "date" or t is None or len(t) < 7 or "/" in t or t[4:5] != "-" or not t[5:7].isdigit():
        return None
    return t


def _completed_span(c: Claim) -> bool:
    """A length of time told in the past ("the attackers had access for three weeks, from 19 January until detection
    on 2 February", "the search lasted 31 hours"): a span that is over, one fact whatever day its sentence names (where
    it starts or ends), not a running figure that stood at a moment ("has been missing for nine days" on Monday)."""
    return c.kind == "duration" and c.tense == "past"


def _offset_from(c: Claim) -> frozenset[str]:
    if c.kind != "duration":
        return frozenset()
    hit = _OFFSET_FROM.match(c.sentence, c.end - c.sentence_start)
    return frozenset(w.lower() for w in hit.group(1).split()) if hit else frozenset()


def _counted_from_apart(a: Guard, b: Guard) -> bool:
    """Two offsets of which one is counted from the doing the other ends at: "weighed 104 days later" and "closed
    four days after it was weighed" are the spans before and after the weighing, two facts (the doing's verb
    against the words after "after", by their first four letters: "weigh", "weighed")."""
    def names(words: frozenset[str], head: str | None) -> bool:
        return head is not None and len(head) >= 4 and any(w[:4] == head[:4] for w in words)

    return names(b.offset_from, a.head) != names(a.offset_from, b.head)


def _swapped(a: Guard, b: Guard) -> bool:
    """ "the manifest listed 143 people" against "134 passengers were listed": two digits swapped, one doing."""
    return a.head is not None and swapped_digits(a.exact, b.exact) and one_doing(a.head, b.head)


# Verbs that tell no doing of their own: a figure "stands at" or "remains" whatever it counts (and a predicate's
# first word that is no verb, "be aboard", tells a state: "8 people were aboard" says nothing of which people)
_NO_DOING = frozenset("be have stand remain say include accord total number reach put estimate".split())


def _one_told_doing(a: Guard, b: Guard) -> bool:
    """ "650 people have now been taken off the beaches" and "560 people were taken from the beaches": a generic
    count says which people by the doing it tells, when both tell the same one and both counts are of whom it was
    done by or to (not "played in front of a few thousand people": the crowd the doing had). So too the date of
    one doing, whatever noun it is told of ("one built in 1989")."""
    # (a date is a preposition's as a rule: "built in 1989"; its noun is what the doing is of)
    if a.kind != "date" and not (a.generic and b.generic and not (a.by_preposition or b.by_preposition)):
        return False
    return a.head is not None and a.head not in _NO_DOING and is_verb(a.head) and one_doing(a.head, b.head)


def _told_of(g: Guard) -> frozenset[str]:
    """The names of a claim's sentence less whoever it says gave the figure: "80 per cent of systems had been restored,
    Dr Fergal Hennessy said" names no thing the share is of."""
    return g.entities - {g.claimant} if g.claimant else g.entities


def _long_swap(a: Guard, b: Guard, least: int = 3) -> bool:
    """Two exact figures of ``least`` significant digits or more that are one with two neighbouring digits swapped
    ("7,312 finishers", "7,132 runners"): one figure copied with a slip, seldom two of a story by chance."""
    return swapped_digits(a.exact, b.exact) and len((a.exact or "").partition(":")[2].rstrip("0")) >= least


# Verbs of gauging an amount, whose subject gives it ("estimated the damage at", "values the club at", "assessed the
# loss at"), as the extractor reads them (claims._GAUGING_VERBS, less those that also tell a doing of their own)
_GAUGING = frozenset("estimate value assess".split())


def _one_route(a: Guard, b: Guard) -> bool:
    """Two distances to or from one named place ("The dead fish were taken to the reduction plant at Punta Lenca,
    about 140 kilometres away", "trucks carry them to the plant at Punta Lenca, some 180 kilometres away"): a
    distance is the places' it lies between, whatever each sentence says travels it (but not "less than three
    kilometres from Casal da Várzea" and "near Casal da Várzea, about 230km north-east of Faro": each is told from
    the place named right after it, and those are two)."""
    if a.counted != "distance" or b.counted != "distance" or a.entities.isdisjoint(b.entities):
        return False
    if a.measured_from is not None and b.measured_from is not None and a.measured_from != b.measured_from:
        return False
    # (every place one names is the other's too: "a city about 45 miles southwest of Fort Wayne" and "roughly 90
    # miles north-east of Indianapolis" measure from two places)
    return a.entities <= b.entities or b.entities <= a.entities


def _measured_from(c: Claim, canonical: Callable[[str], str] | None) -> str | None:
    """The place a distance is told from: the first name its sentence gives in the few words after the figure ("12
    km from Ortigosa", "about 230km north-east of Faro"), in its corpus-wide name; None when none follows."""
    at = c.end - c.sentence_start
    after = c.sentence[at : at + _FROM_REACH]
    found = [(k, e) for e in c.entities if (k := after.find(e)) >= 0]
    if not found:
        return None
    first = min(found)[1]
    return canonical(first) if canonical is not None else first


_FROM_REACH = 40  # characters: "kilometres north-east of", and the name after them


def _one_share(a: Guard, b: Guard) -> bool:
    """Two amounts per one party, or from one, by one doing ("apply for one-off aid of up to 6,000 zł per
    household", "apply for a one-off benefit of up to 8,000 zł per household"): one payment, whatever noun names
    it."""
    return a.kind == "money" == b.kind and a.party is not None and a.party == b.party and a.head is not None and (
        one_doing(a.head, b.head)
    )


def _long_swap_measured(a: Guard, b: Guard) -> bool:
    """_long_swap of two measures or amounts as written ("at river kilometre 1,612", "at river kilometre 1,621")."""
    return swapped_digits(a.written, b.written) and written_significant(a.written) >= 3


def _years_apart(a: Guard, b: Guard) -> bool:
    """Two dates more than three years apart which some outlet gives both of, one for this doing: two happenings of
    one kind ("called off in 2007 and in 2020"; "cancelled on Friday", "cancelled in 2007"), which it tells apart.
    Outlets that each give one year for one thing, and none both, disagree, however far apart or however alike the
    years ("the record was set in 2008" and "in 1993"; "opened in 1961" and "in 1966")."""
    if a.years is None or b.years is None:
        return False
    (x0, x1), (y0, y1) = a.years, b.years
    if y0 - x1 <= _FAR_YEARS and x0 - y1 <= _FAR_YEARS:
        return False
    return bool({y0, y1} & a.told_years)


_FAR_YEARS = 3


def miscopied(a: Guard, b: Guard) -> bool:
    """Two figures as written that are one with two neighbouring digits swapped, of three significant digits or
    more ("Sh104.6 billion", "Sh106.4 billion"), or a long one with one digit changed: one figure copied with a slip,
    seldom two figures of a story by chance."""
    if digit_twins(a.digits, b.digits):
        return True
    if shifted_point(a.shift, b.shift):
        return True
    # (of money, two: "GH¢2.1 million" and "GH¢1.2 million", as blocking meets them; a toll may go from 23 to 32)
    # (of a measure too: "870 metres underground", "780 metres"; a measure is no running tally)
    least = 2 if a.kind == b.kind and a.kind in ("money", "measure") else 3
    if swapped_digits(a.written, b.written) and len((a.written or "").partition(":")[2].rstrip("0")) >= least:
        return True
    if swapped_digits(a.exact, b.exact) and significant_digits(a.exact or "") >= 3:
        # "412 cancellations" and "421 flights were cancelled", "all 640 seats" and "a 460-seat hall": an exact count
        # so miscopied, as cluster._slip reads one told later (a zero it ends in is one of its digits)
        return True
    return _unit_slip(a, b)


def _unit_slip(a: Guard, b: Guard) -> bool:
    """Two measures written with the same digits in two units of one kind (compare.unit_slip)."""
    return a.kind == "measure" == b.kind and unit_slip(a.written, b.written)


def _still(c: Claim) -> bool:
    """A count of those still so, told right after it, and not the whole of a part ("Eleven of the network's 44
    stations remain closed": the eleven remain)."""
    at = max(0, c.start - c.sentence_start)
    return (
        _STILL_AFTER.match(c.sentence, max(0, c.end - c.sentence_start)) is not None
        and _WHOLE_BEFORE.search(c.sentence, 0, at) is None
    )


_WHOLE_BEFORE = re.compile(r"\bof\s+(?:(?:the|its|their|his|her|our|all)\s+|\S+['’]s?\s+)*\Z", re.IGNORECASE)


def revised_from(a: Guard, b: Guard) -> bool | None:
    """Whether one outlet tells the other's figure as the one its own changed from ("55 percent on Monday, down
    from 57 percent" against another outlet's "57 per cent"): True when ``b`` is the later figure, False when
    ``a`` is, None when neither tells the other's."""
    if a.changed_from and not a.changed_from.isdisjoint(b.values):
        return False
    if b.changed_from and not b.changed_from.isdisjoint(a.values):
        return True
    return None


def guards_allow(a: Guard, b: Guard, revision: bool = False) -> bool:
    """Guards on top of the score: what can never be a conflict however alike the claims read. With ``revision``,
    whether a pair one of whose outlets tells the other's figure as its own's earlier value (revised_from) would
    pass every other guard: then it is a change of one figure, an update."""
    if a.source == b.source and not (a.claimant and b.claimant and a.claimant != b.claimant):
        return False  # one outlet giving two figures is two facts (T2, T4), unless two named claimants give them
    if not revision and (a.changed_from or b.changed_from) and revised_from(a, b) is not None:
        # "15.1 degrees, down from the 16.8 recorded on Wednesday" against another outlet's "warmed to 16.8
        # degrees": the one outlet tells the other's figure as the one before its own, a change, no rival
        return False
    if a.said is not None and a.said == b.said:
        return False  # two copies of one sentence: their words are one, whatever days two date lines make of them
    if a.route_mark and b.route_mark and a.values != b.values and not miscopied(a, b):
        # "passed mile 20" and "stopped at mile 19": a route has many marks, and two are two places on it, unless
        # one is the other miscopied ("the coach left the road at kilometre 187" and "at kilometre 178")
        return False
    if a.deadline is not None and b.deadline is not None and {a.deadline[0], b.deadline[0]} == {"day", "span"}:
        day, span = (a.deadline, b.deadline) if a.deadline[0] == "day" else (b.deadline, a.deadline)
        if day[1] <= span[1]:
            # "home by Thursday" and "home by the end of the week": a deadline as loose as a week's end tells only
            # the latest, which a day's deadline within or before it narrows; two precisions of one promise, no
            # rival days (but "by June 2026" and "by June 2027", two deadlines told alike, are rivals)
            return False
    if a.kind == "age" == b.kind and _two_named_people(a.about, b.about):
        # "said Nasser al-Maamari, 52" and "Abdullah al-Busaidi, 58, who farms": two people's ages, however near
        return False
    if a.kind == "age" == b.kind and (a.about is None or a.about != b.about) and _ages_of_two(a.values, b.values):
        # "a 52-year-old man" and "Dieter Franke, 66": no slip makes one age the other (but one person named alike
        # by both, given two ages, is an outlet's slip however far apart)
        return False
    if a.aside or b.aside:
        # "Rubjerg Knude, which is 23 metres tall and weighs about 720 tonnes": a thing one outlet alone names is
        # its aside, and no other outlet's figure is of it
        return False
    measured = a.measure is not None and a.measure == b.measure
    # "16,141,241" against "16,141,242": whatever each outlet says it counts, a long figure that differs by
    # one digit is one figure copied with a slip
    twins = digit_twins(a.digits, b.digits)
    shifted = shifted_point(a.shift, b.shift)  # "£1.4million", "about £140,000": one figure whose point slipped
    if (
        (a.generic or b.generic)
        and not measured
        and not twins
        and not _swapped(a, b)
        and not _long_swap(a, b, 4)
        and not _one_told_doing(a, b)
    ):
        # "eight people" says nothing of which people; "eight people killed" does (but "19,306 people" against
        # "19,360 students" is one figure of four digits or more with two swapped, whatever doing each tells)
        return False
    if (
        a.place != b.place
        and (a.kind in SCOPED or (a.place is not None and b.place is not None))
        and not (_within(a.wide, b.place) or _within(b.wide, a.place))  # "across the country", "in Zimbabwe"
        # "issued a notice to 17,850 households in Haltonbridge" and "some 19,000 households in the Haltonbridge
        # area were affected": a place the other sentence names too scopes neither figure apart
        and not (a.place is None and b.place in a.entities)
        and not (b.place is None and a.place in b.entities)
        # ("2,140 households were affected" and "2,410 households across Lamam and Thateng districts": one figure
        # miscopied, wherever one outlet places it)
        and not ((a.place is None or b.place is None) and miscopied(a, b))
    ):
        # deaths in one district are not deaths in the whole province; but a quake's magnitude or a train's
        # speed is one event's, wherever one outlet says it happened
        return False
    if (
        a.wide != b.wide
        and (a.wide or a.place) is not None
        and (b.wide or b.place) is not None
        and not (_within(a.wide, b.place) or _within(b.wide, a.place))
    ):
        # "Nationwide, at least 118 people have died" is no rival of "14 killed in the Ghanzir valley", nor "the
        # statewide rate was 90.3 percent" of "At Hillcrest, the rate was 71%"; but "deaths across the country now
        # numbered 89" may be Zimbabwe's 89 (and a figure told without a place may be either)
        return False
    if a.reference == CONDITION_HEDGE or b.reference == CONDITION_HEDGE:
        return False  # "if he scores 20 goals" and "if he scores 15 goals again": two outlets' what-ifs, no facts
    if a.peak != b.peak:
        return False  # "reaches 52 metres at its highest point" is no rival of "stuck at a height of 38 metres"
    if a.capacity != b.capacity and a.values and b.values and not a.values & b.values:
        # "can store 42,000 tonnes" is the terminal's size, no rival of "had 31,200 tonnes in storage when it blew";
        # but the same figure told both ways is one size ("can carry 212 passengers", "a 212-passenger ferry")
        return False
    if a.outgrown or b.outgrown:
        return False  # "15 rescued" in one entry of a live blog whose later entry says 37: its own update
    if (a.conversion or b.conversion) and not swapped_digits(a.written, b.written):
        # "50 million litres (11 million gallons)": the bracket converts the outlet's figure, rounded, to another
        # unit; the figure it converts speaks for the outlet, and the conversion may agree, never conflict (but
        # "€64m (£53.5m)" against a copy's "£35.5m" is the conversion copied with two digits swapped: no exchange
        # rate or rounding swaps digits)
        return False
    if (a.hyphened and b.portion) or (a.portion and b.hyphened):
        # "the three-metre perimeter fence" is the fence's height, and "flattening about 12 metres of it" how much of
        # it: two measures of one thing, never rivals
        return False
    if a.repeat != b.repeat:
        return False  # "the board meets on Thursday" and "is due to meet again tomorrow": two meetings
    if a.daily != b.daily:
        return False  # "open daily from 8 a.m. to 5 p.m." is a schedule, no time of anything that happened
    if a.put_off != b.put_off:
        return False  # "adjourned last week" and "adjourned until 12 January": the adjourning, and the day it waits for
    if (a.periods or b.periods) and not one_doing(a.head, b.head):
        # "has patrolled there for six seasons" and "numbers had been stable for three seasons": spans of time are
        # how long a doing went on, and two doings' spans are two facts
        return False
    if a.offset != b.offset:
        return False  # "gone in about seven minutes" is no rival of "arrived 11 minutes after the alarm"
    if a.offset and b.offset and _counted_from_apart(a, b):
        return False  # "weighed 104 days later" ends at the weighing, "four days after it was weighed" starts there
    if a.is_window or b.is_window:
        return False  # "in 24 hours" is how long a figure was gathered over, not a rival of another duration
    if a.window is not None and b.window is not None and a.window != b.window:
        return False  # "120 mm in 24 hours" and "185 mm over two days": two windows, two facts
    if (
        a.lasting is not None
        and b.lasting is not None
        and not _one_lasting(a.lasting, b.lasting)
        and not miscopied(a, b)
    ):
        # "ten months in prison, suspended for two years": a term and its suspension, two lengths (but "won in
        # 2:06:41" and "set a course record of 2:06:14": one time typed with two digits swapped, whatever the verbs)
        return False
    if a.earlier != b.earlier:
        return False  # "shrank to 4.1% from 9.8%": the value before a change is not a rival of one of now
    if (a.as_of or b.as_of) and not _one_figure_dated(a, b):
        return False  # "by Monday morning, 12,000 acres" and "by Tuesday morning, 12,400": two updates' times
    if a.still != b.still and not twins:
        # "11 remained in hospital" counts those still there, "17 were taken to hospital" all who went: two figures
        return False
    if a.span != b.span and not twins:
        return False  # "2 million trips over the two days" is no rival of one day's "more than a million"
    if _held(a) and _held(b) and _holders_apart(a.about, b.about) and not miscopied(a, b):
        # "the Kisaragi plant, which employs about 5,400" and "a plant in Lawrenceburg, which employs about 4,200";
        # "NSR carries around 48 million journeys a year" and "the Skelwick line carries about 1.9 million"
        return False
    if a.alone != b.alone and not twins:
        return False  # "310,000 bottles were handed out on Wednesday alone" is one day's part of "1.4 million bottles"
    if (
        a.tally != b.tally
        and not twins
        and not (a.moment is not None and len(a.moment) > 10 and a.moment == b.moment)
        and ((b if a.tally else a).moment is not None or len((a if a.tally else b).moment or "") > 10)
    ):
        # "193,000 trips by 11 a.m. Friday" is part of Friday's day, not a figure for all of it (but "at 11 a.m.
        # Friday" is the same moment; and against a figure told with no time of its own, "11,240 people from 15
        # villages have been evacuated", a tally up to a day, not an hour of it, "from 14 villages had been
        # registered by Wednesday evening", is as much its outlet's latest)
        return False
    if not same_nationality(a.nationality, b.nationality) and (
        a.kind != "age" or (a.nationality is not None and b.nationality is not None)
    ):
        # "six Brits were killed" (a nationality's dead) is no rival of "eleven were killed" (all); "a 34-year-old
        # Chinese worker" is not "a 41-year-old South Korean production worker" (but may be "Kim, 52", whose
        # nationality the sentence does not give)
        return False
    if (
        a.kind == "count"
        and (a.measure is None) != (b.measure is None)
        and not twins
        and not (a if a.measure is None else b).partitive
        and not swapped_digits(a.exact, b.exact)
    ):
        # "the 157 whales" says how many there were, "102 whales have died" what befell some of them (but "the deaths
        # of three of the men", a part, may be "three of the deaths")
        return False
    if a.kind == "date" and (a.head in SAYING or b.head in SAYING):
        return False  # "officials said on Tuesday", "Cal Fire said Thursday": a source speaks on many days
    if a.kind == "date" and _years_apart(a, b):
        return False  # "cancelled in 2007" and "cancelled on Friday": two of a thing's times, years apart, not a slip
    if a.kind == "date" and _dated_apart(a, b):
        return False  # "issued on Thursday", "built in 1946": one outlet dates both doings, each its own
    if a.kind == "date" and _other_participants(a, b):
        return False  # "the dam was filled in the eighties" and "the pools were filled in August": two fillings
    if (
        apart_in_time(a.moment, b.moment)
        and not twins
        and not _tenfold(a, b)  # ("120 vials arrived on Thursday" and "1,200 vials arrived yesterday": a zero added)
        and not (_long_swap(a, b) or _long_swap_measured(a, b))
        and not (a.measure in ROLLING_MEASURES and a.measure == b.measure)
    ):
        # "193,000 trips by 11 a.m. on Friday" and "more than a million on Saturday": figures of two moments,
        # which no outlet contradicts by giving the other (a running tally's later figure updates it, below); but
        # "at river kilometre 1,612" and "at river kilometre 1,621" are one figure miscopied, whichever day each
        # outlet gives the collision
        return False
    if (a.previous or b.previous) and not (twins or _long_swap(a, b)):
        return a.partitive and b.partitive  # "All but one" resolved from context may only meet a part
    if a.period != b.period:
        return False  # "revenue of $912 million for 2024" gives the year the revenue covers, not a day it was told
    if a.tallied != b.tallied and not (a.since or b.since):
        return False  # "logged 58 wildlife strikes in 2025" is a tally's year, no rival of one strike's time
    if (
        a.since != b.since
        and not (a if a.since else b).when_told  # "since 1991, when three people were killed": that event's day
        and (not one_doing(a.head, b.head) or a.until or b.until or a.tallied or b.tallied)
    ):
        # "has been on the same start line since 1994" dates a state's start, not "due to start on Sunday"; and
        # "had barely slept since Saturday" its start, "the plan is to sleep until Thursday" its end; and "has
        # recovered 14 stones since 2020" the start of a tally's window, not "a stone found in 2019"
        return False
    if (a.clock is not None or b.clock is not None) and two_events(a, b):
        return False  # "the band began at 9.30" and "the crush began at 9.40", "sailed at 8" and "sank at 11"
    if a.added != b.added:
        return False  # "another six patients" (added to a total) and "five of the 34 patients": two kinds of part
    if (
        a.partitive
        and b.partitive
        and a.whole == b.whole
        and not one_doing(a.head, b.head)
        and (a.whole is not None or a.counted is None or a.counted != b.counted)
    ):
        # "338 of the 382 had declared", "382 of 382 have counted": parts said of different things (but "70 per cent
        # of the roof had gone" and "about 60 per cent of the roof had been destroyed" are one part of one thing
        # that no figure counts, however each outlet words what befell it)
        return False
    if (a.partitive != b.partitive and not _part_as_such(a, b) and not miscopied(a, b)) or a.derived and b.derived:
        return False
    if a.partitive and b.partitive and _other_part(a, b):
        return False  # "36 were hurt, 27 passengers and 9 crew": parts of one whole named apart are two parts
    if a.partitive and b.partitive and _all_of(a) != _all_of(b):
        return False  # "all four buildings" is the whole; "two of the buildings" a part of it, no rival
    if a.kind == "count" and a.partitive and b.partitive and _parts_of_two_wholes(a, b):
        return False  # "Seven wagons left the tracks, four of them tank wagons" and "34 wagons, 11 of them tank wagons"
    if a.kind in ("count", "percent", "age", "duration") and _listed_apart(a, b):
        # "four counts of fraud and one count of money laundering" in one outlet: another outlet's "one count" is
        # that one, and never a rival of the four; "a grant covered 75 percent and the state paid the remaining 25
        # percent": another outlet's 75 percent is the grant's, no rival of the state's 25
        return False
    if (a.restated or b.restated) and not _whole_as_such(a, b):
        return False  # "the 17" of "16 of the 17" is context, not the claim; it may agree, never conflict
    if a.negated != b.negated and not (a if a.negated else b).hyphened:
        # (but "did not survive the fall into the 350-feet-deep gorge": a figure hyphened to its noun is that thing's
        # own size, which the clause's "not" does not deny)
        return False
    if a.kind == "measure" and b.kind == "measure":
        # a magnitude, a speed or a height belongs to the thing measured: two things ("the train", "the speed
        # limit"; "Hurricane Irma", "Hurricane Jose") are two facts; one thing is one fact whatever tense an outlet
        # tells it in and whatever names its sentence holds besides (who reported it, where it struck)
        if (
            a.about is not None
            and b.about is not None
            and other_party(a.about, b.about)
            and not miscopied(a, b)
            and not _one_route(a, b)
        ):
            # (but "the survey covered 14,620 sq km" and "the reserve covered 16,420 sq km": one area miscopied,
            # whatever each sentence makes the thing, as amounts are)
            return False
        if _a_norm(a.about) != _a_norm(b.about):
            return False  # "a bend limited to 40 km/h" is no rival of "he was doing 80 km/h", whoever "he" is
        return same_thing(a, b)
    if (
        {a.tense, b.tense} == {"past", "present"}
        and not (a.measure in ROLLING_MEASURES and a.measure == b.measure)
        # ("a fishing village of 1,400 people rowed", "is a village of about 1,400 people": a place's people are
        # told in the tense of whatever the sentence tells of the place)
        and not (a.measure == RESIDENT == b.measure)
        and not twins  # "12,347 residents are under orders", "12,374 people had been placed under": one figure
        and not swapped_digits(a.written, b.written)  # "which total £48.6m", "were owed £46.8m": one figure miscopied
        and not shifted  # (as no change moves a figure's point)
        and not (a.restated or b.restated)  # "eleven of the network's 44 stations remain shut": the set, of any time
        and not (a.earlier and b.earlier)  # "rises from £2.40 to £2.70", "rising from £2.50": before one change
        # "the nine-day trial ended", "the ruling follows a seven-day trial": a figure hyphened to its noun is that
        # thing's own, whatever the tense of the clause it stands in (and so is a share set before its noun: "had
        # inserted a 15 per cent sell-on clause", "who have a 20 per cent sell-on clause")
        and not (a.hyphened or b.hyphened)
        # "comparing this fire to the Missionary Ridge Fire in 2003" and "the Missionary Ridge Fire in 2002, burned
        # 70,485 acres": a year places what it dates by itself, whatever tense the clause around it is in
        and not (a.year_told and b.year_told)
        # "Zurflüh estimated the damage at about three million francs" and "Insiders estimate it at ten million
        # francs": an estimate's tense is when it was made, not a time the thing estimated held
        and not (a.head in _GAUGING and a.head == b.head)
    ):
        # "were examined" and "are being investigated" describe different times; but "six were critically
        # injured" and "eight are in critical condition" are one running tally, placed in time by state_at
        return False
    if (
        not (twins or shifted)
        and not same_thing(a, b)
        and not ((a.generic or b.generic) and _swapped(a, b))
        # ("faces a gap of NOK 186 million" and "a shortfall of NOK 168 million": one amount miscopied, whatever noun
        # each outlet gives it)
        and not (a.kind == "money" and _long_swap_measured(a, b))
        and not _one_share(a, b)
        # ("an emergency package of €5.4 million" and "an emergency fund of €4.5m": one figure miscopied, whatever
        # noun each outlet gives it)
        and not miscopied(a, b)
    ):
        return False  # 212 passengers and a six-carriage train are not one fact however alike the sentences
    if (
        (
            a.amount
            or (a.counted == RANK == b.counted and named(a.about) and named(b.about))
            or (a.kind == "count" and named(a.about) and named(b.about))  # "Tierney's 85 cows", "her 120 cows"
        )
        and a.about is not None
        and b.about is not None
        and other_party(a.about, b.about)
        and (a.kind != "money" or (_a_party(a.about) and _a_party(b.about)))
        and not miscopied(a, b)
        # (but "promising farmers a 40 per cent rebate" and "a package that includes a 50 per cent rebate": a figure
        # set before its noun is that thing's, whoever one sentence's subject is, unless both name their party)
        and not (a.hyphened and b.hyphened and a.counted == b.counted and not (named(a.about) and named(b.about)))
        # (and a duration of a thing set up is the thing's, whoever sets it up: "the Council of Ministers declared a
        # state of emergency for 60 days" and "the government has approved a state of emergency for 90 days")
        and not (
            (a.set_up or a.hyphened)
            and (b.set_up or b.hyphened)
            and a.lasting is not None
            and a.lasting == b.lasting
            and not (named(a.about) and named(b.about))
        )
    ):
        # amounts about two different parties ("Graham's seven years", "Liam's four years"), and places of two
        # named ones ("Amir Khalid, who lives on the 14th floor", "Shona Riley, who lives on the fifth floor"; a
        # club the parse reads as a noun, "Rovers finished 14th", is one the name "Wexley Rovers" names); but
        # "the regulator accepted Sh104.6 billion" and "the Central Bank accepted Sh106.4 billion" are one figure
        # miscopied, whatever party each sentence names
        return False
    if (
        a.measure == RESIDENT == b.measure
        and not a.values & b.values
        and not any(rounded_values(x, y) for x in a.values for y in b.values)
    ):
        # "a village of some 300 people" and "a town of about 3,000": two figures of a place's people are most often
        # two places' (a town and the district around it, a village and its island), however alike their sentences;
        # told alike, or one rounded from the other, they are one place's
        return False
    if a.kind == "count" and (
        ("total" in a.modifiers and named(b.about)) or ("total" in b.modifiers and named(a.about))
    ):
        # "Total valid votes came to 582,228" and "Ige-Moses came third with 38,512 votes": a whole told as the total,
        # and what one named person has of it
        return False
    if (
        a.attributes_apart
        and a.counted == b.counted
        and a.values != b.values
        and any(a.values | b.values <= told for told in b.attributes_apart)
    ):
        return False  # "a 28-bed surgical ward" and "the 12-bed ICU", where an outlet gives both: two things
    if _kinds_apart(a, b):
        return False  # "the 120-minute literature paper" and "the 90-minute maths paper": two papers
    if a.attributive != b.attributive and _people_present(a if b.attributive else b):
        # "the eight-passenger cabin" says how many it holds, "carrying six passengers" how many it held: people
        # counted as a thing's size or seats are no rival of people counted as there or as what befell them
        return False
    if a.counted == RANK == b.counted and a.head != b.head and not one_doing(a.head, b.head):
        # "the fire broke out on the seventh floor" and "he had lived on the eighth floor": places in one series
        # (floors, laps, rounds) of two doings
        return False
    if (
        a.counted == RANK == b.counted
        and one_doing(a.head, "reside")
        and one_doing(b.head, "reside")
        and (a.about is None or b.about is None or other_party(a.about, b.about))
    ):
        # "Shona Beattie, who lived on the 14th floor" and "one young mother who lived on the 11th floor": where one
        # lives is one's own, and the floors of two homes are two people's unless both tell of one person
        return False
    if a.kind == "age" and a.about is None and b.about is None and _far_ages(a, b):
        # "a 19-year-old man was taken to hospital" and "a 67-year-old man died": a person no one names is known
        # only by the description, and ages so far apart describe two people (outlets' slips are a year or two)
        return False
    if (
        a.kind == "age"
        and a.about is None
        and b.about is None
        and (not a.modifiers or not b.modifiers or _roles(a).isdisjoint(_roles(b)))
        and not _one_person_of_a_place(a, b)
    ):
        # "The captain, 52," and "the aircraft ... is about 11 years old": ages of no one named are one person's
        # only when both describe the person alike ("the 53-year-old driver", "the driver, 58"; "a 19-year-old
        # university student" and "an 18-year-old student" by the role's noun)
        return False
    if (
        a.amount
        and (ents_a := _told_of(a))
        and (ents_b := _told_of(b))
        and ents_a.isdisjoint(ents_b)
        # (one outlet's claimant named in the other's sentence tells one pledge: "Daniel Oduor said the government
        # would give Sh100,000", "Daniel Oduor repeated the government's pledge to give Sh200,000")
        and a.entities.isdisjoint(b.entities)
        and not any(_name_in_part(x, y) for x in ents_a for y in ents_b)
        and not _one_thing(a, b)
        and not miscopied(a, b)
    ):
        # (but "a 12-day tour of Spain" and "a 10-day tour ... through Hanbit Tours" are one tour's; and "a loss of
        # £14.9m" beside Companies House and "a loss of £19.4m" beside the company are one figure miscopied)
        return False
    return a.kind == b.kind


def _kinds_apart(a: Guard, b: Guard) -> bool:
    """Two durations set before one noun that its own words tell apart as two kinds of it ("the 120-minute
    literature paper", "the 90-minute maths paper"); words WordNet makes synonyms are one kind ("maths",
    "mathematics"). Its first senses do not make "prison" and "jail" synonyms, so "a two-year prison term" and "a
    three-year jail term" are kept apart too: a conflict missed, never a false one."""
    return (
        a.kind == "duration" == b.kind
        and a.hyphened
        and b.hyphened
        and a.counted == b.counted
        and bool(a.modifiers)
        and bool(b.modifiers)
        and not any(x == y or synonyms(x, y) for x in a.modifiers for y in b.modifiers)
    )


def _people_present(g: Guard) -> bool:
    return g.counted is not None and (g.counted in GENERIC or person_noun(g.counted))


_UNNAMED_AGE_SLIP = 10  # years: the farthest apart two outlets' ages of one unnamed person are read as one age


def _far_ages(a: Guard, b: Guard) -> bool:
    """Two ages more than ``_UNNAMED_AGE_SLIP`` years apart whose digits are not each other's swapped (46 and 64)."""
    if len(a.values) != 1 or len(b.values) != 1:
        return False
    x, y = next(iter(a.values)), next(iter(b.values))
    return abs(x - y) > _UNNAMED_AGE_SLIP and sorted(f"{x:g}") != sorted(f"{y:g}")


def _part_as_such(a: Guard, b: Guard) -> bool:
    """A part told of a whole no figure gives, whose own verb says what befell it, against a count of the same
    specific things that befell alike: "seven of the survivors were taken to hospital" and "four survivors were
    taken to hospital" count one thing, unless its outlet counts more of them (but not "three of the dead were
    children", a part whose measure is its whole's, nor "four of the crew" against "11 people", nor a part nothing
    befell: "seven of whom"); and a share of a whole against one that names none, said alike ("56 percent of the
    sick are female", "61% are female")."""
    part, plain = (a, b) if a.partitive else (b, a)
    if a.kind == "measure":
        # "around 800 square metres of the roof came down" and "An area of about 600 square metres came down": a
        # size told with what it is a part of, against the same size told without, of one doing
        return (
            part.whole is None
            and part.counted is not None
            and part.counted == plain.counted
            and part.head is not None
            and one_doing(part.head, plain.head)
        )
    if a.kind == "percent":
        # "Fifty-six percent of the sick are female" and "61% are female": a share is a part whatever its words, and
        # a share of no named thing, said alike, is the same share told without its whole
        return part.whole is None and plain.counted is None and part.head is not None and part.head == plain.head
    return (
        a.kind == "count"
        and part.whole is None
        and part.counted is not None
        and part.counted == plain.counted
        and not plain.generic
        and part.measure is not None  # what befell the part ("seven of whom could have faced the sack": none)
        and part.measure == plain.measure
        and NOUNS.get(part.counted) is None
        # (but "the deaths of three of the men" where its outlet also counts "these four young men" dead: a part of
        # its own outlet's whole, no count of the whole)
        and not part.of_own_count
    )


_NEAR_WHOLE = 1.25  # how far apart a part's whole and another outlet's count of those things may be and be one set


def _whole_as_such(a: Guard, b: Guard) -> bool:
    """The whole a part is told of ("eleven of the network's 44 stations"), against the same things counted as such
    by another outlet ("the network's 41 stations"): the same specific noun, what befell them alike, and figures
    near each other (within a quarter), as one set told with a slip is; a whole far from a count ("one of the two
    patients", "the six most recent patients") is most often another set of those things, unless the two are one
    figure with two digits swapped ("three of the 36 containers lost" against "63 containers went overboard"), as a
    copy's slip makes them."""
    whole, plain = (a, b) if a.restated else (b, a)
    values = [*whole.values, *plain.values]
    if not values or min(values) <= 0:
        return False
    if max(values) > _NEAR_WHOLE * min(values) and not swapped_digits(whole.exact, plain.exact):
        return False
    return (
        not plain.restated
        and not plain.partitive
        and not plain.derived
        and whole.counted is not None
        and whole.counted == plain.counted
        and not whole.generic
        and not plain.generic
        and whole.measure == plain.measure
    )


# A person described by sex or age alone ("a 67-year-old man from Garnet Springs"), who may have any role besides
_BARE_PERSONS = frozenset("man woman person boy girl".split())


def _one_person_of_a_place(a: Guard, b: Guard) -> bool:
    """Two ages of no one named, a few years apart, told of someone from one named place, one described only as a
    man or a woman and the other by a role ("a 67-year-old man from Garnet Springs", "a 64-year-old
    season-ticket holder from Garnet Springs"): one person, described more or less closely."""
    ra, rb = _roles(a), _roles(b)
    if not ra or not rb or (ra <= _BARE_PERSONS) == (rb <= _BARE_PERSONS) or a.entities.isdisjoint(b.entities):
        return False
    if len(a.values) != 1 or len(b.values) != 1 or not all(person_noun(r) for r in ra | rb):
        return False
    return abs(next(iter(a.values)) - next(iter(b.values))) <= _NEAR_AGES


_NEAR_AGES = 3  # years: a slip of one person's age, as outlets make it, when nothing but a place ties them


def _no_ones_age(g: Guard) -> bool:
    """An age told only of nouns that name no person ("the bull", "the bridge"): a beast's or a thing's."""
    roles = _roles(g)
    # (WordNet's first sense of "bull" is a beast, though a later one is a heavyset man)
    return bool(roles) and all(kind_of(r, "animal", senses=1, steps=20) or not person_noun(r) for r in roles)


def _roles(g: Guard) -> frozenset[str]:
    """The nouns of the roles an age's person is described by ("university student": student)."""
    return frozenset(m.split()[-1] for m in g.modifiers if m)


def _one_thing(a: Guard, b: Guard) -> bool:
    """Two amounts told of one thing, which each names as the noun it measures ("a 12-day tour")."""
    return a.kind == "duration" and a.about is not None and a.about == b.about and not named(a.about)


def _share_told_plainly(a: Guard, b: Guard) -> bool:
    """An amount per one party ("will pay £40 to every customer") and one its sentence gives to that party's noun
    without "each" or "per" ("has promised to pay £50 to customers whose payments were rejected"), of about one size:
    the share told plainly. A total paid to many is many times one share (a £2 million fund, £1,500 per boat), so
    amounts within a factor of two of each other are not one a total and the other a share."""
    per, plain = (a, b) if a.party is not None else (b, a)
    if per.party is None or plain.party is not None or per.party not in plain.words:
        return False
    if len(per.values) != 1 or len(plain.values) != 1:
        return False
    (x,), (y,) = per.values, plain.values
    return x > 0 and y > 0 and max(x, y) <= 2 * min(x, y)


# Nouns that name a figure as one foreseen: "cut its full-year forecast by 40%, to ¥260 billion"
_FORECAST_NOUNS = frozenset({"forecast", "projection", "prediction"})


def _reference(c: Claim) -> str | None:
    """The reference a figure is told against (types.REFERENCE_HEDGES), or for a figure that counts a forecast
    ("its forecast for the year to 260 billion yen", "cut its forecast by more than 40%, to ¥260 billion") the
    forecast itself, however far the word stands from the figure: both give what the forecast says."""
    told = next((h for h in c.hedges if h in REFERENCE_HEDGES), None)
    if told is None and c.counted in _FORECAST_NOUNS:
        return FORECAST_HEDGE
    return told


def other_identity(a: Guard, b: Guard, ya: tuple[int, int] | None, yb: tuple[int, int] | None) -> bool:
    """Two figures that say what they count, and say different things: people killed and people injured,
    deaths in Zimbabwe and deaths in Mozambique, a crash's toll in 1943 and this week's (``ya``, ``yb``: the
    years each belongs to, see era). They never join one group, and never conflict."""
    if a.reference != b.reference:
        return True  # "40 km/h over the limit" is no speed travelled; "licensed to carry 51" no count on board
    if _beyond_the_whole(a, b) or _beyond_the_whole(b, a):
        return True  # "23 of her 141 students" and "thousands of students": the thousands are no part of the 141
    if a.ordinal != b.ordinal:
        return True  # "erupted late on Monday" and "A second eruption, at 2:15 p.m.": two doings
    if a.instalment != b.instalment and not (miscopied(a, b) or _tenfold(a, b)):
        # "a first batch of 1,000 records" and "about 6,000 records had been posted": a part and the whole so far
        # (but "a first batch of 140 doses" and "1,400 doses arrived" are one figure with a zero added)
        return True
    if a.where and b.where and a.where.isdisjoint(b.where):
        return True  # "first detected in Ireland in 2019" and "first found in Japan in 2009": two places, two doings
    if a.counted in b.listed_apart or b.counted in a.listed_apart:
        return True  # "41 vehicles and two medical helicopters": things an outlet lists side by side are two
    if a.rate != b.rate:
        return True  # "9,000 vehicles a day" is a rate, "9,000 vehicles" a count
    if a.kind == "date" and _other_amounts(a, b):
        return True
    if a.kind == "age" and a.group is not None and b.group is not None and a.group != b.group:
        return True  # "the 14 patients were aged 38 to 89" and "the six other patients, aged between 52 and 88"
    if a.kind == "age" and (a.about is None) != (b.about is None) and _no_ones_age(a if a.about is None else b):
        # "the 47-year-old operation" is no person's age, nor Darrell Pruitt's 47; nor "a lone bull estimated to be
        # about 45 years old" Kabelo Segokgo's 45
        return True
    if a.measure is not None and b.measure is not None and a.measure != b.measure:
        return True
    if a.measure == "voted" == b.measure and ("against" in a.words) != ("against" in b.words):
        return True  # "The two councillors who voted against the motion" are the losing side of "voted seven to two"
    if (a.measure is None) != (b.measure is None) and a.kind == "count" and not digit_twins(a.digits, b.digits):
        # "seven cars" and "seven people killed": one says what happened, the other counts something else
        plain, other = (a, b) if a.measure is None else (b, a)
        if plain.located:
            # "37 men were underground when the roof fell" counts who was there; "12 men were trapped" what
            # happened to some of them: two figures, even of one noun
            return True
        if (
            plain.counted is not None
            and not plain.generic
            and plain.counted != other.counted
            and plain.counted not in other.words
            and (other.counted or "") not in plain.words
            and (other.generic or not same_meaning(plain.counted, other.counted or "", "n"))
        ):
            # "five children" and "five (people) were vaccinated": what the second counts is what happened to
            # them, and the first says nothing of that
            return True  # but "three of the deaths" is "the deaths of three of the men"
    if a.place is not None and b.place is not None and a.place != b.place:
        return True
    if a.nationality is not None and b.nationality is not None and not same_nationality(a.nationality, b.nationality):
        return True  # "five Spaniards" and "five Mexicans"
    if a.kind == "money" and (a.party is None) != (b.party is None) and not _share_told_plainly(a, b):
        return True  # "up to £1,500 per boat" (each one's share) and "a £2 million fund" (a total): two amounts
    if a.party is not None and b.party is not None and a.party != b.party:
        return True  # "the vaccination rate among children" and "among adults"; "paramedics from two counties"
    if a.kind == "measure" and _a_norm(a.about) != _a_norm(b.about):
        return True  # "travelling at 80 km/h" and "a bend limited to 40 km/h": a limit is never what was measured
    if a.kind == "measure" and a.counted != b.counted and {a.counted, b.counted} <= LENGTH_RELATIONS:
        return True  # "destroyed at an altitude of 11 km" and "fell into the sea 9 km off the coast": how high, how far
    if a.kind == "age":
        return False  # one person's age given in two years: compared as ages, below
    return ya is not None and yb is not None and (ya[1] < yb[0] or yb[1] < ya[0])


def same_thing(a: Guard, b: Guard) -> bool:
    """Both count the same thing: the same counted noun after folding synonyms, or one's noun joined to the
    other's by "of" ("three of the deaths" and "the deaths of three of the men"). A noun beside it in a list
    ("287 passengers and 14 crew"), one its phrase hangs from by another preposition ("1,200 complaints from
    three towns") or the verb's other argument ("five nurses took 20 children to hospital") is another thing."""
    if a.measure is not None and b.measure is not None:
        if a.measure != b.measure:
            return False
        if a.measure in HUMAN_MEASURES or a.counted is None or b.counted is None:
            return True  # "61 bodies" and "the death toll of 60" count the same dead
        # "14 school buildings were damaged" and "nearly 40,000 homes damaged": what befell things is told of each
        # kind of thing, which the counted noun names (the dead are the dead whatever noun counts them)
    if a.counted is None or b.counted is None:
        return True
    if (a.counts_unit and b.lasting is not None and b.lasting == b.counted) or (
        b.counts_unit and a.lasting is not None and a.lasting == a.counted
    ):
        # a duration that counts only its unit ("the season had been planned at 54 days") and one that is the
        # length of the noun it is set before ("a 45-day season") may be one season's length (but 5 days are no
        # rival of 2 hours, nor "six seconds of starlight" of "a pulse lasting 6.2 seconds")
        return True
    if a.counted == b.counted or a.counted in b.of_words or b.counted in a.of_words:
        return True
    if (
        a.counts_unit
        and b.counts_unit
        and a.lasting is not None
        and b.lasting is not None
        and not (a.offset or b.offset or a.negated or b.negated)
    ):
        # "closed for seven days" and "shut for two weeks": each counts only its unit, which converts, and each tells
        # what lasted (which guards_allow holds to one doing); but "2 days" and "2 weeks" with no more are two
        # figures, so are "nearly two hours after it overturned, it caught fire" and "five days after the tanker
        # overturned" (two ends counted from one start), and "not for a few hours" is no figure of the outlet's
        return True
    if a.kind == "measure" and {a.counted, b.counted} in _TOLD_AND_UNTOLD:
        return True  # "cruising at 11,300 metres" and "at an altitude of 11,300 metres": a length told with how high
    return same_meaning(a.counted, b.counted, "n")  # "boats" and "vessels" (WordNet, related.py)


# A length told without its relation and the same length told as how high or how deep (compare.LENGTH_RELATIONS).
_TOLD_AND_UNTOLD = ({"length", "height"}, {"length", "depth"})


# Verbs that only support the noun after them ("received ten months' imprisonment", "was given a ten-month
# sentence"), say that something lasted without saying what ("lasted", "went on"), or that a length was planned
# for it ("the season had been planned at 54 days", "is expected to last six weeks", "scheduled for three days"):
# the thing that lasts is another word.
_SUPPORT_VERBS = frozenset(
    "be have do get give receive hand take make last continue go run plan schedule expect set".split()
)


# Verbs that set up a thing for a time, whose "for" tells the length of the thing set up, not of the setting up
# ("declared a state of emergency for 60 days", "imposed a curfew for 48 hours"): the thing that lasts is their
# object, however an outlet words the setting up ("approved a 60-day state of emergency"). ("extended the state of
# emergency for 30 days" is not one: an extension's length is not the state's.)
_SETTING_UP = frozenset("declare impose approve grant issue order introduce enact".split())


def _counts_its_unit(c: Claim) -> bool:
    """A duration whose counted noun is only its unit ("planned at 54 days"), not a thing it is the length of."""
    value = c.value if isinstance(c.value, Quantity) else None
    return c.kind == "duration" and c.counted is not None and unit_word(c, c.counted, value)


def _held(g: Guard) -> bool:
    """A count of what its holder employs or carries ("employs about 9,400 staff", "carries 1.9 million journeys")."""
    return g.kind == "count" and (g.measure == "employed" or g.head in HOLDING_VERBS)


def _holders_apart(x: str | None, y: str | None) -> bool:
    """Two holders a headcount or a carried count is told of that are not one: each named, or described with a name
    among its words ("the Kisaragi plant", "a plant in Lawrenceburg", "the Skelwick line"), and told apart
    (other_party). A bare description is left as any: news names one employer many ways ("the company", "the firm",
    "the retailer")."""
    if x is None or y is None:
        return False
    return all(named(z) or any(w[:1].isupper() for w in z.split()) for z in (x, y)) and other_party(x, y)


# A part a figure is told of by itself: a preposition, up to three words, then "alone" ("on Wednesday alone", "in
# Brannan County alone", "in the ED alone", "for flights alone")
_ALONE = re.compile(r"\b(?:on|in|at|for|from|during|over)\s+(?:[\w'’-]+\s+){1,3}alone\b", re.IGNORECASE)


def _alone(c: Claim) -> bool:
    """A count or amount told as what one part reached by itself ("more than 310,000 bottles were handed out on
    Wednesday alone", "In July alone, 300 claims were filed"): "alone" says the whole is more, so the figure is that
    part's and no rival of the whole's, however alike the sentences read. Only where the claim's own predicate holds
    the "alone" (not "bringing the total to 2,000" in the same sentence)."""
    if c.kind not in ("count", "money", "measure") or "alone" not in (c.predicate or "").split():
        return False
    return _ALONE.search(c.sentence) is not None


def _lasting_of(c: Claim) -> str | None:
    """What a duration is the length of: the noun it measures ("a nine-week trial": trial, whichever verb its
    sentence hangs it on, "convicted following" or "sentenced after"), else what its predicate says (_lasting)."""
    if _length_of_noun(c):
        return fold(c.counted or "")
    lasting = _lasting(c.predicate or "", _unit_of(c))
    if lasting is not None and _amount_of_noun(c):
        return fold(c.counted or "")
    return lasting


# A duration's unit with "of" and a noun after it: "200 hours of community service", "4.6 months of import cover".
_UNIT_OF = re.compile(r"\s*(?:-\s*)?[a-z]+\s+of\s+(?:the\s+)?[a-z]", re.IGNORECASE)


def _amount_of_noun(c: Claim) -> bool:
    """A duration told as an amount of the noun after its unit and "of" ("ordered to complete 200 hours of community
    service", "equal to 4.6 months of import cover"): the length of that thing, whichever verb the sentence hangs it
    on ("complete" or "perform"); but "within 72 hours of confirmation" counts from the confirmation, and is no
    amount of it, and "at 12 to 15 months of age" is an age (the first dose's; "4-6 years of age" is the second's)."""
    if c.kind != "duration" or not c.counted or c.counted == "age" or _unit_of(c) in (None, c.counted):
        return False
    if _WITHIN.search(c.sentence, 0, c.start - c.sentence_start):
        return False
    return _UNIT_OF.match(c.sentence, c.end - c.sentence_start) is not None


_WITHIN = re.compile(r"\bwithin(?:\s+(?:the\s+)?(?:first|next|last))?\s*$", re.IGNORECASE)


def _unit_of(c: Claim) -> str | None:
    return c.value.unit if isinstance(c.value, Quantity) else None


def _size_when_made(c: Claim) -> bool:
    """A measure of a thing told with the day it was made or the size it was made for ("The vessel, 118 metres long,
    was built in 2009 in Jiangsu"): the thing's size, which it has had since, not a figure of that year."""
    return c.kind == "measure" and head_verb(c.predicate) in _SIZING_DOINGS


def _price_when_bought(c: Claim) -> bool:
    """An amount a thing was bought, built or made for ("The plant was bought in 2021 for S/ 2.4 million", against
    "The machine cost a fortune: S/ 4.2 million"): the thing's price, told in any year after, not a figure of the
    year its sentence names."""
    if c.kind != "money" or c.tense != "past":
        return False
    head = head_verb(c.predicate)
    # ("The hall cost 8.4 million złoty to build": what it cost to make it, its price)
    return head in _BUYING_DOINGS or (head == "cost" and _COST_TO_MAKE.search(c.sentence) is not None)


_COST_TO_MAKE = re.compile(r"\bcost\b[^;]{0,60}?\bto\s+(?:build|construct|make|erect|complete)\b", re.IGNORECASE)


# Doings that give a thing its size for as long as it stands: its making, and its design or rating ("The roof was
# designed for a snow load of 160 kilograms per square metre, according to the 2008 design documentation", "a plant
# rated at 30 cubic metres an hour"): the thing's figure, not one of the year its sentence names
_SIZING_DOINGS = ORIGIN_DOINGS | frozenset("design rate".split())
# and the doings that give it its price: its making and its buying (not "cost": "The 2011 upgrade cost £14m" is the
# upgrade's of 2011, no rival of what a new one "will cost")
_BUYING_DOINGS = ORIGIN_DOINGS | frozenset("buy purchase acquire".split())


def _tenfold(a: Guard, b: Guard) -> bool:
    """Two exact counts of the same digits, one ten times the other, of at least two significant digits ("120
    vials", "1,200 vials"): one figure with a zero added or dropped in the copying, not two moments' counts (a tally
    seldom grows tenfold; "5" and "50" are too common to tell)."""
    if a.kind != "count" or b.kind != "count" or a.exact is None or b.exact is None:
        return False
    if len(a.values) != 1 or len(b.values) != 1:
        return False
    x, y = sorted((next(iter(a.values)), next(iter(b.values))))
    return 0 < x == int(x) and y == 10 * x and len(str(int(x)).rstrip("0")) >= 2


def _size_count(c: Claim) -> bool:
    """A count hyphened to the noun it sizes ("the 55,000-capacity stadium was rebuilt a decade ago", "a 300-bed
    hospital opened in 1998"): the thing's size, which it has whenever and under whichever verb an outlet tells it,
    not a figure of the year its sentence names. Not an event's ("a nine-car derailment in 2019"), which its year
    dates."""
    if c.kind != "count":
        return False
    hit = HYPHENED.match(c.sentence, c.end - c.sentence_start)  # (group 1: "stadium" of "-capacity stadium")
    return hit is not None and not kind_of(hit.group(1), "event", senses=1, steps=8)


def _length_of_noun(c: Claim) -> bool:
    """A duration that measures the noun it is told of ("a nine-week trial", "a 12-day tour"): a length the thing
    has, as a measure is, whenever and under whichever verb an outlet tells it."""
    return (
        c.kind == "duration"
        and c.about is not None
        and c.counted is not None
        and c.about.rsplit(" ", 1)[-1] == c.counted
    )


def _lasting(predicate: str, unit: str | None) -> str | None:
    """What a duration is the length of, read from its predicate: the verb that governs it ("jailed for ten
    months": jail; "suspended for two years": suspend), or the noun a support verb takes ("received ten
    months' imprisonment": imprisonment); None when the predicate says no more than its unit, or when the duration
    is the time before the verb's event ("freed after 143 days", "walked free after 153 days in captivity": what
    lasted is the captivity, whatever verb ends it)."""
    words = predicate.split()
    after = (n for w, n in zip(words, words[1:], strict=False) if w == "after")
    if unit is not None and any(n in (unit, unit + "s") for n in after):
        return None
    thing = _set_up_thing(predicate, unit)
    if thing is not None:
        return thing
    for k, w in enumerate(words):
        if w in _SUPPORT_VERBS:
            continue
        if w in FUNCTION_WORDS or w == unit or w == (unit or "") + "s":
            return None
        then = words[k + 1] if k + 1 < len(words) else None
        if w in _STAYING and then is not None and then not in FUNCTION_WORDS and then not in (unit, f"{unit}s"):
            return fold(then)  # "stayed closed for a week", "remained shut": what lasted is the closing
        return fold(w)
    return None


# Verbs of staying in a state, whose next word names the state ("remained closed for seven days"); "remained in
# hospital for a week" keeps "remain"
_STAYING = frozenset("stay remain".split())


def _one_lasting(a: str, b: str) -> bool:
    """Whether two durations' verbs name one doing: the same word, or words of one meaning ("schools closed for a
    week", "schools shut for two weeks"), which WordNet's ``same_meaning`` passes and never passes for a term and its
    suspension, or "jail" and "serve"."""
    return a == b or same_meaning(a, b, "v")


def _set_up_thing(predicate: str, unit: str | None) -> str | None:
    """The thing a duration's verb sets up, when its first word is a verb of setting up with a noun after it
    ("declare state of emergency for day": state), folded; else None."""
    words = [w for w in predicate.split() if w not in _SUPPORT_VERBS]
    if len(words) < 2 or words[0] not in _SETTING_UP:
        return None
    then = words[1]
    if then in FUNCTION_WORDS or then == unit or then == f"{unit}s":
        return None
    return fold(then)


def _a_norm(about: str | None) -> bool:
    """A measure's thing that is a limit set for it ("the speed limit is 50 mph"; the extractor makes "limited
    to 40 km/h" and "40 km/h is permitted" the limit's too)."""
    return about is not None and about.rsplit(" ", 1)[-1].lower() == "limit"


def _all_of(g: Guard) -> bool:
    """A part told as the whole: "all four buildings" (4 of 4), "both men" (2 of 2)."""
    return g.whole is not None and g.whole in g.values


def _other_part(a: Guard, b: Guard) -> bool:
    """Two parts of a whole that may be different parts: named by different nouns ("27 passengers", "9
    crew"), or one named and the other not ("eight of them" may be any eight of the whole)."""
    if (
        a.counted is not None
        and a.counted == b.counted
        and not (a.modifiers <= b.modifiers or b.modifiers <= a.modifiers)
        and not a.generic
    ):
        # "four Orkney satellites" and "two Norwegian research satellites": sibling parts told apart by their owner
        # or kind (but "nine of the 15 City Council seats" and "eight of the 15 council seats" are one part)
        return True
    if a.siblings & b.values or b.siblings & a.values:
        # "four Orkney satellites and two Norwegian ones" in one outlet: another outlet's "four of them" is the first
        # part, and never a rival of the second
        return True
    if a.counted is None or b.counted is None or a.counted == b.counted or a.generic and b.generic:
        return False
    if a.counted in b.of_words or b.counted in a.of_words:
        return False  # "two of the deaths" and "the deaths of three of the men": one part said two ways
    return a.generic or b.generic or not same_meaning(a.counted, b.counted, "n")


def eras(articles: tuple[Article, ...]) -> dict[str, int | None]:
    """Each article's year; an undated article is taken to be of the year most of the corpus is dated (the
    corpus covers one story), the earliest such year on a tie."""
    years = Counter(a.date.year for a in articles if a.date is not None)
    common = min(years, key=lambda y: (-years[y], y)) if years else None
    return {a.id: a.date.year if a.date is not None else common for a in articles}


def _year_after(c: Claim, year: str) -> bool:
    """The year a claim's sentence dates it to is written just after the figure, in the phrase of its noun ("a
    two-day strike in Ohio in 2023"), not before it ("convicted in November 2024 after a nine-week trial")."""
    at = c.end - c.sentence_start
    return at >= 0 and year in c.sentence[at : at + 40] and year not in c.sentence[:at]


def era(c: Claim, era: dict[str, int | None]) -> tuple[int, int] | None:
    """The years a figure belongs to: those its sentence dates it to ("in 1943 ... 79 people were killed",
    "in the past 12 months"), else its article's year. A length of its own noun ("a nine-week trial") is the
    thing's whenever its sentence is set ("convicted in November following a nine-week trial", "sentenced on 7
    February after a 10-week trial"), and so is a count hyphened to its noun ("the 55,000-capacity stadium was
    rebuilt a decade ago"): its article's year."""
    if _size_when_made(c) or _price_when_bought(c):
        # (of no year: a thing has its size from the day it is made, and its price from the day it is bought)
        return None
    if (
        c.kind != "date"
        and c.time is not None
        and c.time[:4].isdigit()
        # (WordNet asked only of a figure its sentence dates; but "a two-day strike in Ohio in 2023": a year told
        # right after the thing's noun dates the thing)
        and (not (_length_of_noun(c) or _size_count(c)) or _year_after(c, c.time[:4]))
    ):
        last = c.time.rsplit("/", 1)[-1]
        return int(c.time[:4]), int(last[:4]) if last[:4].isdigit() else int(c.time[:4])
    y = era.get(c.source)
    if y is not None and c.tense in ("present", "future") and c.kind != "date":
        # "the minimum wage rises by 65 cent to €14.80" in a budget's report: a figure told as what is or will be
        # may be of the year to come, as another outlet's "rises to €14.75 from 1 January" dates it
        return y, y + 1
    return (y, y) if y is not None else None


def state_at(c: Claim, when: dict[str, datetime | None]) -> datetime | None:
    """When a claim describes the state of things at a time: the day (and hour) its sentence gives a running
    total ("the toll stood at 24 on Saturday", "24 dead by 10 a.m. on Saturday"), else its article's time for a
    present or perfect state or a running total."""
    rolling = c.measure in ROLLING_MEASURES
    told = c.time.rpartition("/")[2] if c.time is not None else None  # "between January 1-16": as of its end
    if rolling and told is not None and len(told) >= 10 and told[4] == "-" and told[7] == "-":
        # "12 dead by 10 a.m." and "15 dead by 4 p.m." of one day: two times, the later one an update
        for t in (told[:16], told[:10]):
            try:
                return datetime.fromisoformat(t)
            except ValueError:
                pass
    if c.kind == "percent" and c.measure is None and c.time is None and UPDATE_HEDGE not in c.hedges:
        # "60 per cent of flats are council-owned": a share that says what there is stands from day to day, and a
        # paper's day does not make another paper's share an earlier state of it (a tally's share, "turnout was 31%
        # by noon", gives its own time)
        return None
    if c.kind == "date" and c.tense == "perfect":
        # "has issued infrastructure bonds since 2009", "has been shut since Monday": when something began, which no
        # later report moves (a date still to come, "is closed until Monday", may be put back)
        return None
    if c.tense not in ("present", "perfect") and not rolling:
        return None
    return published_at(c, when)


def published_at(c: Claim, when: dict[str, datetime | None]) -> datetime | None:
    """When a claim was published: its live blog entry's stamp ("6:15 a.m. - ... 11 dead", in a blog posted at
    9 p.m.: 6:15 a.m.), else its article's time."""
    if c.posted is not None:
        return datetime.fromisoformat(c.posted)
    return when.get(c.source)


def future_and_past(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """Two dates of which one is told in the future tense ("detectives will speak to the promoter tomorrow", in a
    Monday paper) and the other in the past of a day before that article was written ("the family had last spoken
    to him on Saturday"): on the day it was written the one had not yet happened, and the other had, so they are two
    occurrences of one doing, not one event given two dates. So too a plan and what came of it later (see below)."""
    if a.kind != "date" or b.kind != "date" or {a.tense, b.tense} != {"future", "past"}:
        return False
    future, past = (a, b) if a.tense == "future" else (b, a)
    written, v = when.get(future.source), past.value
    if written is None or not isinstance(v, DateValue) or not v.day_known:
        return False
    if v.end <= written.date():
        return True
    # A plan that slipped: "the tanker is expected to berth on Wednesday" in a Tuesday paper, and "berthed at 6.40am
    # on Thursday" told as done in a later one. What was done after the day it was foretold for is what came of a
    # plan put back (but done before it, "began on Jan. 28" against "will begin on Wednesday", one of the two is
    # wrong: a plan is seldom brought forward; and "is to close by June 2027" is no doing yet, whatever its tense)
    done, planned = when.get(past.source), future.value
    return (
        done is not None
        and isinstance(planned, DateValue)
        and planned.day_known
        and v.end <= done.date() + timedelta(days=1)
        and v.start >= planned.end
    )


def happened_after_told(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """Two dates told in the past of which one falls days after the other's article was written ("the auction
    closed on Wednesday, February 19", in a paper of February 20, and "a tap sale that closed on Wednesday", a week
    later): the one paper told of a thing already done before the other's day came, so they are two doings (a day
    or two after may still be a slip of the day: "Saturday, September 11" for Saturday the 10th)."""
    if a.kind != "date" or b.kind != "date" or a.tense != "past" or b.tense != "past":
        return False
    for c in (a, b):
        # each a day gone by when its own paper was written ("a hearing is set for March 22" is still to come)
        own, v = when.get(c.source), c.value
        if own is None or not isinstance(v, DateValue) or v.start > own.date():
            return False
    for told, other in ((a, b), (b, a)):
        written, v = when.get(told.source), other.value
        if (
            written is not None
            and isinstance(v, DateValue)
            and v.day_known
            and other.inferred != DAY_ASSUMED  # (a time of day whose day its own paper's date line gave: no day told)
            and (v.start - written.date()).days > _SLIPPED_DAYS
        ):
            return True
    return False


_SLIPPED_DAYS = 2  # how many days after a paper's own a date told in another may still be a slip of that paper's


def news_and_history(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """One date within a week of its article's day (the news) and the other over a year before its own article's
    (history): "died in hospital this afternoon" and "In 2019, 29 Germans died when a bus crashed". No outlet misdates
    the day's event by years, so they are two events, however alike their verbs."""

    def days_back(c: Claim) -> int | None:
        written, v = when.get(c.source), c.value
        if written is None or not isinstance(v, DateValue):
            return None
        return (written.date() - v.end).days

    def history(c: Claim, back: int) -> bool:
        # (or a month, season or year that ended weeks before: "Haskins was arrested in August on armed robbery
        # charges" against "was arrested on Tuesday afternoon", in an October paper; the day's news is told by its day)
        v = c.value
        return back > 366 or (isinstance(v, DateValue) and v.grain in _COARSE_GRAINS and back > 7)

    def years_back(c: Claim, news: Claim) -> bool:
        # an undated article's date over a year before the news side's article: one story's outlets write within
        # days of each other ("In March 2024, 12 people were killed there" in an undated explainer)
        written, v = when.get(news.source), c.value
        return (
            written is not None and isinstance(v, DateValue) and v.day_known and (written.date() - v.end).days > 366
        )

    x, y = days_back(a), days_back(b)
    if x is not None and x <= 7 and y is None and when.get(b.source) is None:
        return years_back(b, a)
    if y is not None and y <= 7 and x is None and when.get(a.source) is None:
        return years_back(a, b)
    if x is None or y is None:
        return False
    return (x <= 7 and history(b, y)) or (y <= 7 and history(a, x))


_COARSE_GRAINS = frozenset({"month", "season", "quarter", "year"})


_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")


def years_guessed_apart(a: Claim, b: Claim) -> bool:
    """Two days that differ only in their year, where one text gives no year ("best-before dates up to 30
    November", "30 November 2026"): the year was read from the article's date, so the two may be one day whose
    year was guessed, and are never a conflict."""
    x, y = a.value, b.value
    if a.kind != "date" or b.kind != "date" or not isinstance(x, DateValue) or not isinstance(y, DateValue):
        return False
    if x.grain != "day" or y.grain != "day" or x.start.year == y.start.year:
        return False
    if (x.start.month, x.start.day) != (y.start.month, y.start.day):
        return False
    return _YEAR.search(a.text) is None or _YEAR.search(b.text) is None


_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def weeks_guessed_apart(a: Claim, b: Claim) -> bool:
    """Two days whole weeks apart that both outlets name by the same weekday and no date ("called for a protest
    on Thursday", "has called for a protest ... on Thursday"): the week was read from each article's date and the
    tense, so the two may be one day whose week was guessed (and if they are two, they are two days, not rivals),
    and are never a conflict. "last Thursday" is the same weekday too: which week it means is the same guess."""
    x, y = a.value, b.value
    if a.kind != "date" or b.kind != "date" or not isinstance(x, DateValue) or not isinstance(y, DateValue):
        return False
    if x.grain not in ("day", "minute") or y.grain not in ("day", "minute") or not (x.day_known and y.day_known):
        return False
    gap = abs(x.start.toordinal() - y.start.toordinal())
    if gap == 0 or gap % 7:
        return False
    wa, wb = _weekday_told(a), _weekday_told(b)
    return wa is not None and wa == wb


def _weekday_told(c: Claim) -> str | None:
    """The one weekday a day is named by and no date ("on Thursday", "last Thursday"; a clock time by its
    sentence's one weekday: "at 11 am on Thursday"), else None ("Thursday 13 August" is a date told in full)."""
    clock = isinstance(c.value, DateValue) and c.value.minute is not None
    told = c.sentence if clock and not _WEEKDAY.search(c.text) else c.text
    days: list[str] = _WEEKDAY.findall(told)
    if len(days) != 1 or any(ch.isdigit() for ch in _without_clock(told)) or _MONTH_NAME.search(told):
        return None
    return days[0].lower()


_MONTH_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?)\b",
    re.IGNORECASE,
)


_CLOCK_TEXT = re.compile(r"\d{1,2}(?:[.:h]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|am|pm)\b|\d{1,2}[.:]\d{2}", re.IGNORECASE)


def _without_clock(text: str) -> str:
    """A date's text less its clock time ("11 am on Thursday": " on Thursday")."""
    return _CLOCK_TEXT.sub("", text) if _WEEKDAY.search(text) else text


def sentence_dates(claims: list[Claim]) -> dict[tuple[str, int], frozenset[DateValue]]:
    """The date values each sentence gives, by (source, sentence start)."""
    out: dict[tuple[str, int], set[DateValue]] = {}
    for c in claims:
        if c.kind == "date" and isinstance(c.value, DateValue):
            out.setdefault((c.source, c.sentence_start), set()).add(c.value)
    return {k: frozenset(v) for k, v in out.items()}


def both_listed(
    a: Claim, b: Claim, dates: dict[tuple[str, int], frozenset[DateValue]], same_doing: bool = True
) -> bool:
    """Two dates of two outlets whose sentences each give both ("pump the oil out on Wednesday and pull the ship off
    on Thursday", "begin pumping on Wednesday, with a first attempt to refloat it planned for Thursday"): each
    outlet tells both days, so they are two events' days the outlets agree on, not rival days of one event. Told
    with two doings (not ``same_doing``), one sentence giving both days is enough: "discovered the breach on 19 April
    and notified the regulator on 26 April" gives the other outlet's "discovered it on April 19" to its own
    discovery, and its 26 April is the notice's."""
    in_a = dates.get((a.source, a.sentence_start), frozenset())
    in_b = dates.get((b.source, b.sentence_start), frozenset())
    if a.value in in_b and b.value in in_a:
        return True
    return not same_doing and (a.value in in_b or b.value in in_a)


def noun_days(claims: list[Claim]) -> dict[tuple[str, str], frozenset[DateValue]]:
    """The days each outlet gives each event noun ("Saturday's racing", "Sunday's final races": race), by (source,
    folded noun), only the days of a known day; and the dates it gives each doing's verb ("sentenced him on
    Wednesday", "his nephew was sentenced in August"), by (source, "v|" + the verb)."""
    out: dict[tuple[str, str], set[DateValue]] = {}
    for c in claims:
        if c.kind != "date" or not isinstance(c.value, DateValue):
            continue
        if c.counted and c.value.grain == "day":
            out.setdefault((c.source, _noun_stem(c.counted)), set()).add(c.value)
        head = head_verb(c.predicate)
        if head and head not in FUNCTION_WORDS:
            out.setdefault((c.source, "v|" + head), set()).add(c.value)
    return {k: frozenset(v) for k, v in out.items()}


def _noun_stem(noun: str) -> str:
    """An event noun folded, less the ending of its gerund or of its "-e" ("racing" and "race": "rac")."""
    word = fold(noun)
    if word.endswith("ing") and len(word) > 5:
        return word[:-3]
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def recurring(
    a: Claim, b: Claim, days: dict[tuple[str, str], frozenset[DateValue]], ha: str | None, hb: str | None
) -> bool:
    """Two days of one event noun, one of which an outlet gives the noun on beside the other ("abandoned the rest of
    Saturday's racing and canceled Sunday's final races"): the thing happens on both days, and another outlet's
    "Saturday's second race" is no rival of the Sunday's. So with a verb's date that the other outlet gives that
    verb itself: "sentenced him on Wednesday" beside "his nephew was sentenced in August" (two doings of one verb),
    or "pleaded guilty in June" beside "sentenced on Wednesday" (another doing than the Wednesday's). ``ha`` and
    ``hb`` are the claims' head verbs (``Guard.head``), read once per claim."""
    if a.counted and b.counted and _noun_stem(a.counted) == _noun_stem(b.counted):
        noun = _noun_stem(a.counted)
        if b.value in days.get((a.source, noun), frozenset()) or a.value in days.get((b.source, noun), frozenset()):
            return True
    none: frozenset[DateValue] = frozenset()
    return bool(ha and hb) and (
        b.value in days.get((a.source, f"v|{hb}"), none) or a.value in days.get((b.source, f"v|{ha}"), none)
    )


def falls_back(early: Claim, late: Claim) -> bool:
    """A later figure of a total that only grows, below the earlier one ("52 cases" on Friday, "six cases" on
    Wednesday): not the same total updated, but another figure (a part, another place) read as the same."""
    if early.measure not in CUMULATIVE_MEASURES or late.measure != early.measure:
        return False
    ve, vl = early.value, late.value
    if not isinstance(ve, Quantity) or not isinstance(vl, Quantity):
        return False
    low = ve.low if ve.low is not None else ve.value
    high = vl.high if vl.high is not None else vl.value
    return low is not None and high is not None and high < low


def ages_years_apart(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """Two ages of one person that differ by no more than the years between the two articles (plus one,
    for a birthday in between): both can hold."""
    ta, tb = when.get(a.source), when.get(b.source)
    va, vb = a.value, b.value
    if a.kind != "age" or ta is None or tb is None or not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    if va.value is None or vb.value is None:
        return False
    return abs(float(va.value) - float(vb.value)) <= birthday_allowance(abs((ta - tb).days))


def lengths_days_apart(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """A length told as a day reached ("the strike reached its tenth day", "now in its third week") is how long a
    thing had run on its article's day, and a later article's length of it, longer by no more than the time between
    the two articles, is that length grown ("ending a 17-day strike", eight days later): both can hold. Each is
    taken on the day its sentence gives it, else on its article's day."""
    if a.kind != "duration" or b.kind != "duration":
        return False
    if _reached(a.value) == _reached(b.value):
        # (two days reached, "the eighth consecutive day" in Monday's paper and "its ninth day in a row" in
        # Wednesday's, are most often two counts of one day, as the later one's "counting up to Sunday" says)
        return False
    return _grown_from(a, b, when) if _reached(a.value) else _grown_from(b, a, when)


def _grown_from(running: Claim, other: Claim, when: dict[str, datetime | None]) -> bool:
    """lengths_days_apart of a length told as a day reached and another length, each on the day its sentence gives
    ("Sunday was the eighth consecutive day") or else its article's day."""
    q, v = running.value, other.value
    t_run, t_other = _day_told(running, when), _day_told(other, when)
    if not isinstance(q, Quantity) or not isinstance(v, Quantity) or t_run is None or t_other is None:
        return False
    days = (t_other - t_run).days
    low, high = to_base(q.low or 0, q.unit), to_base(q.high or 0, q.unit)
    least, most = v.low if v.low is not None else v.value, v.high if v.high is not None else v.value
    if days < 1 or low is None or high is None or least is None or most is None:
        return False
    lo, hi = to_base(least, v.unit), to_base(most, v.unit)
    return lo is not None and hi is not None and hi > low and lo - high <= (days + 1) * 86400


def _day_told(c: Claim, when: dict[str, datetime | None]) -> date | None:
    """The day a claim's sentence gives it ("on Sunday"), else its article's day."""
    if c.time is not None and len(c.time) == 10:
        try:
            return date.fromisoformat(c.time)
        except ValueError:
            pass
    t = when.get(c.source)
    return t.date() if t is not None else None


def _reached(q: object) -> bool:
    """A length read from an ordinal day or week reached ("its tenth day": more than nine days, at most ten), as
    extract.claims builds it for an ordinal of a unit of time."""
    return (
        isinstance(q, Quantity)
        and q.approximate
        and not q.low_inclusive
        and q.value is not None
        and q.high == q.value
        and q.low == q.value - 1
    )


def grown_apart(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """Two figures of one thing that time between their articles lets differ: an age, a running length."""
    return ages_years_apart(a, b, when) or lengths_days_apart(a, b, when)


# Days two articles must be apart before a birthday between them is a likely enough reading of ages a year apart
# (one chance in twelve): closer together, "29" against "28" is far more often a slip of one outlet.
BIRTHDAY_DAYS = 30


def birthday_allowance(days: int) -> float:
    """How far apart two ages of one person may be in two articles ``days`` apart: the years between, plus one
    for a birthday in between when the articles are a month or more apart. Articles of one day leave no room for
    a birthday ("Mateo Ruiz, 19" and "the 20-year-old Mateo Ruiz", both on April 19), and articles of one week
    leave so little (one chance in fifty) that the two ages are told as a conflict to check."""
    return days / 365.25 + (1 if days >= BIRTHDAY_DAYS else 0)


def about_different_named_parties(a: Claim, b: Claim, canonical: Callable[[str], str]) -> bool:
    """Amounts about two differently named parties are not grouped either. A described party ("the council",
    "a man") may be any named one, and one name may contain the other ("City Council"). A date's party is whose
    event it dates: "Oxfam has worked in Peru since 2003" and "Jan Vos had worked in Peru since 2021" date two
    events of one verb."""
    if (a.kind not in AMOUNTS and a.kind not in ("age", "date")) or a.about is None or b.about is None:
        return False  # (two named people's equal ages are two facts: "Capt Vardakis, 58" and "Janet Hollis, 58")
    return named(a.about) and named(b.about) and not same_claimant(a.about, b.about, canonical)


def one_place(places: frozenset[str]) -> bool:
    """Whether the places a group's claims name are one: a single name, or a whole-area scope and the one place
    that is that area ("across the country" and "in Zimbabwe")."""
    if len(places) <= 1:
        return True
    wide, rest = places & WIDE_SCOPES, places - WIDE_SCOPES
    return len(wide) == 1 and len(rest) == 1 and _within(min(wide), min(rest))


def _within(wide: str | None, place: str | None) -> bool:
    """Whether a place is the whole area a scope names: a country for "nationwide", a state for "statewide"
    (WordNet: Zimbabwe is a country, Ohio an American state), a place its name calls a county for "countywide"
    ("Brannan County"), and so a city, a district or a province."""
    if wide is None or place is None:
        return False
    kind = {"nationwide": "country", "statewide": "state"}.get(wide, wide.removesuffix("wide"))
    last = place.lower().rsplit(" ", 1)[-1]  # (a name's last word: "Brannan County", never "Greyfriars Estate")
    return last == kind or (wide != "worldwide" and kind_of(place.lower(), kind, steps=6))


def _a_party(about: str) -> bool:
    """Whether what an amount of money is about names someone it may be of: a name, or a noun WordNet makes a
    person, a group or a place ("the council", "each family", "the state"); not a thing or a doing ("the sum", "the
    scenic flight", "the bonus"), which says what the money is, not whose."""
    if named(about):
        return True
    head = about.rsplit(" ", 1)[-1].lower()
    return any(kind_of(head, k) for k in ("person", "group", "location"))


def other_party(x: str, y: str) -> bool:
    """Two parties, as a claim's ``about`` gives them, that are not one: two names, a name and a description
    (which may be anyone), or two descriptions of different things or told apart by their modifiers; but "the
    measles patient" and "the patient", "the quake" and "the earthquake", or "the measles patients" and "the
    California patients" (a name and a class are two ways to pick the same people) describe one."""
    if x == y or x.lower() == y.lower():
        return False  # "Turnout" opening a sentence is the model's name, and still "turnout"
    if not named(x) and not named(y):
        # "the first defendant" is not "the second defendant", nor "the older brother" "the younger brother",
        # nor "the Ohio victim" "the Texas victim"
        *mx, hx = x.split()
        *my, hy = y.split()
        if not (hx == hy or synonyms(hx, hy) or _fuller(x, y) or _place_and_its_government(x, y)):
            return True
        for kind in (str.isupper, str.islower):
            kx, ky = {w for w in mx if kind(w[:1])}, {w for w in my if kind(w[:1])}
            if not (kx <= ky or ky <= kx):
                return True
        return False
    if named(x) != named(y):
        # "the wildfire" and "Pinyon Ridge Fire", "the hurricane" and "Hurricane Irma": a description whose noun is
        # the name's own noun describes what the name names; "a man" and "Derek Ashworth" may be anyone
        head = (y if named(x) else x).split()[-1].lower()
        words = [w.lower() for w in (x if named(x) else y).split()]
        return not any(head == w or (len(w) >= 4 and head.endswith(w)) for w in words)
    return not (_name_in_part(x, y) or abbreviates(x, y) or abbreviates(y, x))  # ("NZ", "New Zealand")


def _least(c: Claim) -> float | None:
    """A count's least value, if it has one."""
    if c.kind != "count" or not isinstance(c.value, Quantity) or c.value.low is None:
        return None
    return float(c.value.low)


def _beyond_the_whole(part: Guard, other: Guard) -> bool:
    """A part of a whole ("23 of her 141 students") and a count of more than that whole holds ("thousands of
    students"): the larger count is of a larger set, not the part told otherwise."""
    whole = part.whole
    return (
        part.partitive
        and isinstance(whole, (int, float))
        and other.least is not None
        and other.whole is None
        and other.least > whole
    )


def _name_in_part(x: str, y: str) -> bool:
    """One name is the other given in part: "Collector" and "Joint Collector A. Harish", "Harish" and "A. Harish"."""
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx


def _place_and_its_government(x: str, y: str) -> bool:
    """A place and the body that governs it, named by the place ("the state" and "the state government", "the
    county" and "the county council"): one party that pays and pledges."""
    wx, wy = x.lower().split(), y.lower().split()
    short, full = (wx, wy) if len(wx) < len(wy) else (wy, wx)
    if len(short) != 1 or len(full) != 2 or full[0] != short[0]:
        return False
    return kind_of(short[0], "region", senses=2, steps=8) and any(
        kind_of(full[1], k, senses=2, steps=6) for k in ("government", "council", "administration")
    )


def _fuller(x: str, y: str) -> bool:
    """One description holds every word of the other, of two words or more, and more: "the adult single" and "a
    single adult fare" (British "a single" is the fare)."""
    wx, wy = set(x.lower().split()) - _ARTICLES, set(y.lower().split()) - _ARTICLES
    short, full = (wx, wy) if len(wx) <= len(wy) else (wy, wx)
    return len(short) >= 2 and short < full


_ARTICLES = frozenset({"the", "a", "an"})


def named(party: str | None) -> bool:
    """A party given by a name ("Graham", "Eastfield Council", "Lo Hsiu-yun", "Nasser al-Maamari", whose surname's
    particle is lower-case), not described ("the council", "a man", "the California patient", whose last word is a
    common noun)."""
    last = "" if party is None else party.rsplit(" ", 1)[-1]
    return last[:1].isupper() or last.rsplit("-", 1)[-1][:1].isupper()


def _restated_whole(c: Claim) -> bool:
    return c.derived_from is not None and c.inferred is None


# A copula and where its subject is: "were underground", "remain aboard", "were on board", "stayed at work". The
# adverbs of place (a closed class of English) and the fixed phrases of being at a post.
_COPULAS = frozenset("be remain stay".split())
_PLACE_ADVERBS = frozenset(
    "underground aboard onboard inside indoors outside outdoors ashore offshore abroad overseas upstairs downstairs"
    " overboard".split()
)
_AT_A_POST = frozenset({("on", "board"), ("on", "site"), ("on", "shift"), ("on", "duty"), ("at", "work")})


@lru_cache(maxsize=1 << 12)
def _told_where(predicate: str) -> bool:
    """A predicate that says where the counted things were, and nothing that happened to them: "be underground",
    "remain aboard", "be on board ferry", "be at work"."""
    words = predicate.split()
    if len(words) < 2 or words[0] not in _COPULAS:
        return False
    return words[1] in _PLACE_ADVERBS or tuple(words[1:3]) in _AT_A_POST


@lru_cache(maxsize=1 << 16)
def _folded_words(predicate: str) -> frozenset[str]:
    return frozenset(fold(w) for w in predicate.split())


# what follows a measure's number told as an amount of a thing: its unit, then "of" ("about 12 metres of it", "20
# litres of acid"; "12m of fencing")
_PORTION = re.compile(r"(?:\s*([^\W\d_]+)\.?)?\s+of\b")


def _portion(c: Claim) -> bool:
    """A measure told as how much of a thing: its unit, then "of" ("flattening about 12 metres of it"; not "a 3km
    stretch of the beach", the stretch's own length)."""
    hit = _PORTION.match(c.sentence, c.end - c.sentence_start)
    return hit is not None and (hit.group(1) is None or unit_named(hit.group(1)) is not None)


def _by_preposition(predicate: str) -> bool:
    """Whether a predicate ends in a preposition, which is how it gives a figure that a preposition takes ("played in
    front of a few thousand people": "play in big stadium in front of"; extract.claims._predicate ends a predicate
    with the words from the figure up to its verb). A predicate cut at its longest may have lost its end: False."""
    words = predicate.split()
    return 0 < len(words) < PREDICATE_WORDS and words[-1] in FUNCTION_WORDS


@lru_cache(maxsize=1 << 16)
def _of_words(predicate: str) -> frozenset[str]:
    """The words of a predicate written before "of" ("investigate action of": action), which is how the
    predicate gives a noun its figure hangs from by "of" (extract.claims._predicate)."""
    words = predicate.split()
    return frozenset(fold(w) for w, nxt in zip(words, words[1:], strict=False) if nxt == "of")
