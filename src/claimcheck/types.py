"""The frozen data that flows between claimcheck's stages.

articles -> docs -> claims -> groups -> report or ledger. Every stage takes the previous stage's
values and returns new ones; nothing here is mutated after it is built.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal, TypeVar, Union

Number = Union[int, float]  # noqa: UP007 (a runtime alias; Python 3.10 has no X | Y here)
Grain = Literal["minute", "day", "week", "month", "season", "quarter", "year", "decade"]
Block = Literal["body", "headline", "caption"]  # where in the article a claim is stated
ClaimKind = Literal["count", "age", "date", "duration", "measure", "money", "percent", "name", "quote"]
Verdict = Literal["agree", "compatible", "conflict", "single"]

CLAIM_KINDS: tuple[str, ...] = (
    "count",
    "age",
    "date",
    "duration",
    "measure",
    "money",
    "percent",
    "name",
    "quote",
)
VERDICTS: tuple[Verdict, ...] = ("conflict", "compatible", "agree", "single")


_T = TypeVar("_T")


def _set_through_slots(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass with slots an ``__init__`` that stores each field through its slot's own descriptor.

    The generated one stores each field with ``object.__setattr__`` (a frozen class refuses plain assignment),
    which looks the slot up on the class again every time; the slot's descriptor stores the same value straight
    away. Same parameters, in the same order, with the same defaults, and the same values stored. Measured: a Claim
    4.4 -> 2.8 us to build, and extract_claims builds some 560 a pass (about 1% of it), with 390 quantities
    and 160 dates."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    params: list[str] = []
    lines: list[str] = []
    names: dict[str, Any] = {}
    for f in fields:
        # (only plain fields: a factory, a field left out of __init__ or a __post_init__ would need the
        # generated code's handling)
        assert f.init and not f.kw_only and f.default_factory is dataclasses.MISSING, f
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        lines.append(f"    _set_{f.name}(self, {f.name})\n")
    assert not hasattr(cls, "__post_init__") and "__slots__" in cls.__dict__, cls
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(lines)}", names)  # (as dataclasses builds its own)
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)  # noqa: B010 (a method assigned to a class, which mypy refuses written plainly)
    return cls

# What a date's ``inferred`` says it took from context (extract.claims sets them, the reconciler reads them: they are
# here, as the hedges are, so that reconciling claims read from a file never loads the extractor).
# A clock whose day the sentence does not give takes its paragraph's day, the story's or the article's date: fine
# for agreeing, never enough to contradict (a story dated the 13th tells of a fire that "started shortly before
# 3am" on the 12th).
DAY_ASSUMED = "the day of this time of day comes from the dates around it or the article's date, not its sentence"
# "that morning", "the same day": the day of whichever date the article gave last before it, which may be another
# event's (a recovery told after the accident); fine for agreeing, never enough to contradict.
POINTS_BACK = "the day of the last date before it, which 'that morning' points back to"
# A live blog entry's stamp whose entry tells what it reports as happening then ("16:00 - Polls have closed."): the
# time the entry was posted, which the event is at or a few minutes before (the stamp's tolerance).
STAMPED = "the live blog entry's stamp, whose entry tells it as happening then: at the stamp or minutes before it"

# The most words a claim's predicate keeps (extract.claims._predicate cuts it there).
PREDICATE_WORDS = 12

# An article without a date line, read against the date lines of the articles it came with: a day it names may be
# a week out, so it agrees but never contradicts (the reconciler keeps a value resolved from "the article's
# date" out of conflicts).
UNDATED = "the article has no date line: read against its corpus's dates instead of the article's date"

# What an ordinal position counts (extract.claims; here for the same reason): "the second busiest day", "the 71st
# Governor of Virginia".
RANK = "rank"
# What "the eighth mass bleaching since 1998", "for the seventh time since 1998" count: how many times a thing has
# happened since then, which the ordinal gives (the claim's measure names the year counted from)
OCCURRENCE = "occurrence"
# Nouns of a place in a numbered series that a thing or an event is on or in: a building's floors, a race's laps,
# a contest's rounds and stages. (A person or thing counted in order, "the seventh victim", is no figure.)
PLACES_IN_A_SERIES = {
    **dict.fromkeys(("floor", "floors", "storey", "storeys", "story", "stories"), "floor"),
    **{w: w.rstrip("s") for w in "deck decks lap laps round rounds stage stages leg legs heat heats".split()},
    **dict.fromkeys(("place", "position"), "place"),  # "finished in 14th place"
    **dict.fromkeys(("edition", "running", "staging"), "edition"),  # "the 41st edition of the race"
    # the periods of a game: "scored in the 87th minute", "an 87th-minute winner", "homered in the ninth inning"
    "minute": "minute",
    **dict.fromkeys(("inning", "innings"), "inning"),
    # "refloated on the fourth attempt", "at the second attempt": how many tries it took
    **dict.fromkeys(("attempt", "attempts"), "attempt"),
}

# A claim's ``inferred`` for a count added to a total ("another six", "a further 130"): a part of a total whose
# whole the text does not give, never a rival of a total or of a part of a stated whole.
ADDED = "a count added to a total ('another', 'a further', 'more'): a part of it"

# A date claim's hedge when the date says when a figure of its clause held ("by Tuesday the fire had burned 12,400
# acres", "as of Friday", "the jobless rate stood at 4.1% in March"): two such times are updates, never a conflict.
AS_OF_HEDGE = "as of"
# The earlier value a change is measured from ("rose to 5.2% from 4.8%", "up from 48%", "compared with 31 a year
# earlier"): kept among a claim's hedges, so that the ledger says so and the reconciler never sets it against a
# figure of now.
EARLIER_HEDGE = "earlier value"
# A count of a running tally that its sentence tells as a change of an earlier figure ("the toll has risen to 14",
# "rose from two to three", "police now say three people have died", "a third man died"): the sentence itself says
# the figure came after another, so it is later than a figure of the same day told without such words. It says when,
# not how sure, so it is no hedge a reader is shown.
UPDATE_HEDGE = "told as an update"
# A duration that a figure of its clause accumulates over ("120 mm of rain fell in 24 hours"): the figure's window,
# which the figure carries as the hedge "over N hours"; figures over two windows are two facts.
WINDOW_HEDGE = "a figure's window"
WINDOW_PREFIX = "over "

# A figure's hedge when its sentence sums it over several days ("over the two days", "both days combined"): a total
# of a span, which no one day's figure contradicts.
SPAN_HEDGE = "over several days"

# A count told as a rate, how many in each day, week or year ("carries about 9,400 vehicles a day", "9,000 vehicles
# daily", "150 cases a year"): its hedge is "per day", "per week", ...; a rate is no rival of a count of one event,
# nor of a rate per another span.
RATE_PREFIX = "per "

# A figure told against a reference rather than as a level: how far it is from a limit, average or target ("40 km/h
# over the limit", "2% below forecast"), or the most its thing may hold ("licensed to carry 51 passengers", "a
# capacity of 300"). Neither is the level another outlet reports, so neither joins or contradicts one. A figure a
# comparative follows is a difference too ("ten degrees colder than the city", "300 more visitors than last year").
DIFFERENCE_HEDGE = "difference from a reference"
LIMIT_HEDGE = "a limit"  # (and a threshold a rule picks things out by: "defects deeper than 40mm are repaired")
# A figure told as what was forecast, predicted or expected ("the forecast maximum was 36 degrees", "expected to
# reach 40C"): no measured level, so it neither joins nor contradicts one.
FORECAST_HEDGE = "a forecast"
# An amount of money told as how much a thing changed ("the tax rises by €7.50 to €71", "a €2,000 increase in the
# band"): no level, so it neither joins nor contradicts one, but meets another outlet's change.
CHANGE_HEDGE = "a change"
# A figure in a clause of condition ("if he scores 20 goals", "unless 300 more staff are hired"): what would be, no
# fact, so it neither joins nor contradicts one.
CONDITION_HEDGE = "a condition"
# A duration told as how often something recurs ("trams run every seven minutes", "a check every two weeks"): the gap
# between repeats, not how long one thing lasts, so it neither joins nor contradicts a length; only another interval.
INTERVAL_HEDGE = "an interval"
# A measure told as the most its thing reaches ("reaches 52 metres at its highest point", "a top speed of 62mph",
# "maximum sustained winds of 150 mph", "peaked at 4.2 metres"): its peak, which may agree with a level told without
# the word, but is never a rival of one (the train stuck at 38 metres on a ride 52 metres high at its peak).
PEAK_HEDGE = "a peak"
# A count or measure told as what its thing can hold ("The terminal can store 42,000 tonnes", "the ferry can carry
# 212 passengers"): its size, which may agree with the same figure told otherwise ("a 212-passenger ferry"), but is
# never a rival of what it held at one time ("had 31,200 tonnes of grain in storage when it blew").
CAPACITY_HEDGE = "what it can hold"
# A date of a doing told as done once more ("the board is due to meet again tomorrow", "the river rose again on
# Friday"): another time the thing happened, which is no rival of the date of the first time.
REPEAT_HEDGE = "told as a repeat"
# A time of day told as kept every day ("the zoo is open daily from 8 a.m. to 5 p.m.", "trains run every day at
# 6am"): a schedule, no time of one event, so no rival of one; only of another daily time.
DAILY_HEDGE = "kept every day"
# A date a verb of putting off moves a thing to ("the inquest was adjourned until 12 January", "postponed to 18
# March"): the day the thing now waits for, no rival of the day of the putting off ("adjourned last week"), only of
# another day it is put off to.
PUT_OFF_HEDGE = "the day a thing is put off to"
REFERENCE_HEDGES = frozenset({DIFFERENCE_HEDGE, LIMIT_HEDGE, FORECAST_HEDGE, CHANGE_HEDGE, CONDITION_HEDGE})

# Nouns of change: "a 4.99% rise" says by how much something changed, not what; the thing is elsewhere
# ("a council tax rise of 4.99%"), so two percentages of "rise" are not one fact for the noun's sake.
CHANGE_NOUNS = frozenset("rise increase fall cut drop hike reduction growth decline rate".split())


def num(x: float | int) -> Number:
    """An integral float as int (17.0 -> 17), so values print and compare the way people write them."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2**53:
        return int(x)
    return x


@dataclass(frozen=True)
class Article:
    """One source, read and decoded. ``text`` is exactly what offsets refer to: the file itself for a text file,
    else the text claimcheck took out of it (a page's main text, a record's text field, Markdown as plain text).

    ``sha256`` is of the file's bytes for a text file, else of the text kept with the date read for it, so that
    a cache keyed by it never hands back claims of other text."""

    id: str
    path: str
    text: str
    sha256: str
    date: date | None = None
    time: str | None = None  # "HH:MM" when the date line gives one (rolling figures within a day)
    title: str | None = None
    body_start: int = 0  # offset just after a leading "date YYYY-MM-DD" line, else 0
    warnings: tuple[str, ...] = ()
    outlet: str | None = None  # who published it, when the source says ("BBC News")
    url: str | None = None
    author: str | None = None
    label: str | None = None  # how reports name it: its outlet, else a short unique prefix of its id
    format: str = "text"  # what it was read from: text, markdown, html, jsonl, csv or json
    record: int | None = None  # its record's number (from 1) in a JSONL, CSV or JSON export
    encoding: str = "utf-8"  # how the file's bytes were decoded
    file_sha256: str | None = None  # of the file's bytes, when ``sha256`` is of the text kept (see below)
    text_is_file: bool = True  # ``text`` is the whole file as decoded; else it was taken out of the file

    @property
    def timestamp(self) -> datetime | None:
        if self.date is None:
            return None
        hh, mm = (self.time or "00:00").split(":")
        return datetime(self.date.year, self.date.month, self.date.day, int(hh), int(mm))


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised amount: a best point value and its bounds.

    ``low``/``high`` of None mean unbounded. ``whole`` is the whole a part is taken from
    ("16 of the 17" -> whole 17). ``all_but`` keeps "all but N" until the whole is known, at which point
    ``value`` becomes ``whole - all_but``.
    """

    value: Number | None
    low: Number | None
    high: Number | None
    low_inclusive: bool = True
    high_inclusive: bool = True
    approximate: bool = False
    whole: Number | None = None
    all_but: Number | None = None
    unit: str | None = None  # "%", "EUR", "GBP", "USD", "km", ... ; None for a bare count

    @staticmethod
    def exact(v: Number) -> Quantity:
        return Quantity(value=num(v), low=num(v), high=num(v))

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high and self.low_inclusive and self.high_inclusive

    def to_json(self) -> Any:
        """A bare number for an exact value, else an object with the interval."""
        if self.is_point and not self.approximate and self.whole is None and self.all_but is None and self.unit is None:
            return self.value
        out: dict[str, Any] = {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "low_inclusive": self.low_inclusive,
            "high_inclusive": self.high_inclusive,
            "approximate": self.approximate,
        }
        if self.whole is not None:
            out["whole"] = self.whole
        if self.all_but is not None:
            out["all_but"] = self.all_but
        if self.unit is not None:
            out["unit"] = self.unit
        return out

    def describe(self) -> str:
        """A short human form: 17, >12, [20, 30], ~400."""
        if self.value is None and self.all_but is not None:
            return f"all but {self.all_but}"
        if self.is_point:
            s = f"{self.value}"
        elif self.low is not None and self.high is None:
            s = f"{'≥' if self.low_inclusive else '>'}{self.low}"
        elif self.high is not None and self.low is None:
            s = f"{'≤' if self.high_inclusive else '<'}{self.high}"
        elif self.low is not None and self.high is not None:
            lb = "[" if self.low_inclusive else "("
            rb = "]" if self.high_inclusive else ")"
            s = f"{lb}{self.low}, {self.high}{rb}"
        else:
            s = "?"
        if self.approximate and self.value is not None:
            s = f"~{self.value} {s}" if not self.is_point else f"~{self.value}"
        if self.whole is not None:
            s += f" of {self.whole}"
        if self.unit is not None:
            s += f" {self.unit}"
        return s


_set_through_slots(Quantity)


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar span [start, end) with the grain the text gave it, or a time of day on a day.

    A time of day ("at about 9:20 p.m. Tuesday") has grain "minute": ``start`` is its day (``end`` the day
    after), ``minute`` the stated clock time in minutes after midnight, and the minutes it allows are
    ``[minute + lo, minute + hi)``: (0, 1) for an exact time, (-5, 6) for "about 9:20", (-10, 0) for "just
    before 1 a.m.". ``zone`` is the time zone the text names ("EDT", "UTC"), None for local time. A time
    whose day nothing gives has ``day_known`` False; its ``start`` is then a placeholder (0001-01-01) that
    nothing reads, and ``iso()`` gives the clock alone ("T21:20").
    """

    start: date
    end: date  # exclusive
    grain: Grain
    minute: int | None = None
    lo: int = 0
    hi: int = 1
    zone: str | None = None
    day_known: bool = True

    def iso(self) -> str:
        """ISO 8601 at the text's grain: "2016-11", "2016", "2022-06-23", "2014-06/2015-09", and for a time
        of day "2015-05-12T21:21" (its stated clock time, whatever the tolerance), or "T21:21" with no day."""
        from datetime import timedelta

        if self.minute is not None:
            clock = f"T{self.minute // 60:02d}:{self.minute % 60:02d}"
            return clock if not self.day_known else self.start.isoformat() + clock
        last = self.end - timedelta(days=1)
        a, b = _fmt(self.start, self.grain), _fmt(last, self.grain)
        return a if a == b else f"{a}/{b}"

    def to_json(self) -> Any:
        return self.iso()

    @property
    def is_time(self) -> bool:
        return self.minute is not None

    def interval_json(self) -> dict[str, Any]:
        """The span as the ledger stores it; a time of day adds its clock, tolerance, zone and day_known."""
        out: dict[str, Any] = {"start": self.start.isoformat(), "end": self.end.isoformat(), "grain": self.grain}
        if self.minute is not None:
            out.update(minute=self.minute, lo=self.lo, hi=self.hi, zone=self.zone, day_known=self.day_known)
        return out

    @staticmethod
    def from_interval(iv: dict[str, Any]) -> DateValue:
        """The inverse of :meth:`interval_json`."""
        return DateValue(
            date.fromisoformat(iv["start"]),
            date.fromisoformat(iv["end"]),
            iv["grain"],
            minute=iv.get("minute"),
            lo=iv.get("lo", 0),
            hi=iv.get("hi", 1),
            zone=iv.get("zone"),
            day_known=iv.get("day_known", True),
        )


def _fmt(d: date, grain: str) -> str:
    if grain in ("year", "decade"):
        return f"{d.year:04d}"
    if grain in ("month", "season", "quarter"):
        return f"{d.year:04d}-{d.month:02d}"
    if grain == "week":
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}"
    return d.isoformat()


_set_through_slots(DateValue)


ClaimValue = Union[Quantity, DateValue, str, None]  # noqa: UP007


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement, with the value it gives and where it was said.

    ``text == article.text[start:end]``; the sentence is ``article.text[sentence_start:sentence_end]``.
    """

    id: str
    source: str
    kind: ClaimKind
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    value: ClaimValue
    counted: str | None = None  # lemma of what is counted / measured ("officer")
    modifiers: tuple[str, ...] = ()  # its modifiers ("former", "met police")
    predicate: str | None = None  # what is said of it, lemmatised ("examine the action of")
    entities: tuple[str, ...] = ()  # canonical names of the entities the claim is about
    about: str | None = None  # the one entity an age, role or name claim is about
    speaker: str | None = None  # who says it inside a quotation; None means the outlet itself
    claimant: str | None = None  # whom the claim is attributed to: the speaker, or "X said ..."; None = outlet
    role: str | None = None  # for a name claim: the role the article gives the person ("IOPC regional director")
    hedges: tuple[str, ...] = ()
    negated: bool = False
    tense: str = "past"  # past | perfect | present | future
    partitive: bool = False  # "16 of the 17", "three of the men"
    unresolved: str | None = None  # why the value could not be resolved (e.g. relative date, no article date)
    derived_from: str | None = None  # id of the claim this one was read out of ("the 17" of "16 of the 17")
    inferred: str | None = None  # what was taken from context, e.g. the counted noun of "All but one"
    measure: str | None = None  # what happened to the counted things, normalised: killed, injured, arrested, ...
    place: str | None = None  # where the figure holds ("Zimbabwe" of "the death toll in Zimbabwe")
    party: str | None = None  # where the counted things come from ("the county" of "paramedics from the county")
    time: str | None = None  # the time the sentence gives the figure: an ISO date of the same clause
    restates: str | None = None  # id of the claim this one states again in other units ("50 metres (165 feet)")
    block: Block = "body"  # the part of the article that states it: body text, a headline or subhead, a caption
    # when the live blog entry that states it was posted ("6:15 a.m. - NDRRMC morning report: 11 dead" in a blog of
    # 21 October: "2026-10-21T06:15"), its clock stamp on the entry's day; None outside such an entry
    posted: str | None = None
    # for a date: whom or what its doing is told of, when its clause's subject is a common noun, as doer or as thing
    # done to: "agent:union" ("the union will meet on Friday"), "patient:dam" ("the dam was filled in the eighties")
    participants: tuple[str, ...] = ()

    def value_json(self) -> Any:
        v = self.value
        if isinstance(v, (Quantity, DateValue)):
            return v.to_json()
        return v

    def shown_hedges(self) -> tuple[str, ...]:
        """The hedges a reader is told of: all but the "as of" that only marks a date as a figure's time, and the
        update that only places a figure after another."""
        return tuple(h for h in self.hedges if h not in (AS_OF_HEDGE, UPDATE_HEDGE))

    def value_text(self) -> str:
        v = self.value
        if isinstance(v, Quantity):
            return v.describe()
        if isinstance(v, DateValue):
            return v.iso()
        return "?" if v is None else str(v)


_set_through_slots(Claim)


@dataclass(frozen=True, slots=True)
class Comparison:
    """One scored candidate pair: the evidence behind linking two claims (or refusing to)."""

    a: str
    b: str
    score: float  # 0..100
    detail: str


@dataclass(frozen=True, slots=True)
class Group:
    """Claims about one fact, with the verdict and the reasons for it."""

    id: str
    kind: str
    key: str  # the blocking key the claims met on ("count:officer")
    verdict: Verdict
    claims: tuple[str, ...]
    sources: tuple[str, ...]
    reason: str
    confidence: float
    comparisons: tuple[Comparison, ...] = ()
    finding: str | None = None  # "name_variant", "claimants", "supersedes", ...
    supersedes: tuple[str, ...] = ()  # ids of earlier groups whose state this one replaces
    sides: tuple[str, ...] = ()  # a conflict's sides: ids of the consistent groups that disagree


@dataclass(frozen=True)
class Entity:
    """One entity of the corpus: its name, the other names it goes by, and its spelling variants."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...]
    variants: tuple[str, ...]  # the same name spelt differently: a finding of its own
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ModelInfo:
    name: str
    version: str


@dataclass(frozen=True)
class ScanResult:
    """A whole scan: what was read, what was claimed, and how the claims line up."""

    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    groups: tuple[Group, ...]
    model: ModelInfo
    entities: tuple[Entity, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (the lookup is built on first use, not on every call)."""
        by_id: dict[str, Claim] | None = self.__dict__.get("_by_id")
        if by_id is None:
            by_id = {c.id: c for c in self.claims}
            object.__setattr__(self, "_by_id", by_id)
        return by_id[claim_id]
