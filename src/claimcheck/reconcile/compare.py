"""Stage 2: score a candidate pair on what is said of the claims, with rapidfuzz over lemmas.

score = 0.45 predicate + 0.15 modifiers + 0.10 entities + 0.30 context, each 0..100, where
- predicate: the mean of rapidfuzz's token_sort_ratio and an IDF-weighted overlap of the two predicates'
  lemmas, in which a lemma matches a close variant (rapidfuzz ratio >= 85: "investigate" ~ "investigation")
  and a lemma that many claims share ("be", "of") weighs little;
- context: the same IDF-weighted overlap over the words of the two sentences (exact words only: the
  sentence is context, and soft matching there would cost the most), numbers left out;
- modifiers: token_set_ratio of the counted noun's modifiers; entities: Jaccard of canonical names.
An age is scored 90 when both claims are about the same person, and a date 85 when both date that person's death or
birth (which happen once). Then +10 when the head words (the verb, or the
event noun of a date) are the same (after folding synonyms, see lexicon.py), or when an amount's noun is the other
amount's verb ("compensation of €20,000", "will pay 20,000 euros"), +15 when both give the same whole
("of the 17"), +20 when both count the same specific noun with the same exact value, or with one lower bound told as
"at least" and as "more than" (within one story that is rarely a coincidence; it can only help equal values agree,
never make a conflict), +20 when two amounts of money name one party they are per, or come from ("aid of up to
6,000 zł per household", "a benefit of up to 8,000 zł per household"), +10 for the same day-precise date or time of
day, +10 when two named claimants each give a figure for the same thing, +10 when one named claimant's time of day
for one doing is reported by both, -10 when two specific counted nouns differ ("people" differs from nothing).
A part against a whole ("three of the men" against "four men") is noted here and kept from conflict by
the guards in cluster.py. The IDF weights come from the claims being reconciled, so the scorer adapts to
the corpus and costs one pass over it.

"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from rapidfuzz import fuzz

from ..extract.dates import part_of_day_possessive, weekday_slip
from ..extract.numbers import currency_of_word, unit_dimension
from ..types import (
    CHANGE_NOUNS,
    DAY_ASSUMED,
    OCCURRENCE,
    PLACES_IN_A_SERIES,
    RANK,
    STAMPED,
    Claim,
    DateValue,
    Number,
    Quantity,
)
from .lexicon import fold
from .nationality import nationality, people_plural, same_nationality
from .related import ANYONE, doing, kind_of, person_noun, phrasal_verb, relatedness, same_meaning
from .values import quantity_relation, rounded_long_figure
from .words import FUNCTION_WORDS, NOT_SUPERLATIVE, as_written, doing_in, folded_form, verb_as_written

GENERIC = frozenset("individual people person one other member figure number case".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_SOFT_MATCH = 85.0
_MIN_SOFT_LEN = 5
_MEMO_MAX = 1 << 20


@dataclass(frozen=True, slots=True)
class Score:
    total: float
    predicate: float
    modifiers: float
    entities: float
    sentence: float
    notes: tuple[str, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w.lower()) for w in _WORD.findall(text))


def head_verb(predicate: str | None) -> str | None:
    """The first word of a predicate that is not an auxiliary: the verb that says what happened (a noun of a doing
    read as its verb: "its last inspection in 2019" is when something was inspected)."""
    words = (predicate or "").split()
    for k, w in enumerate(words):
        if w not in ("be", "have", "do", "get"):
            if k + 1 < len(words) and (phrasal := phrasal_verb(w, words[k + 1])) is not None:
                return phrasal  # "set up in 1965": to establish, not to set
            return event_lemma(w)
    return None


def _first_verb(predicate: str | None) -> str:
    """A predicate's first word that is not an auxiliary, unfolded ("open" of "open in", where head_verb folds it)."""
    return next((w for w in (predicate or "").split() if w not in ("be", "have", "do", "get")), "")


def event_lemma(w: str) -> str:
    """A lemma folded to its synonym set's first word, else a noun of a doing to its verb (see related.doing)."""
    folded = fold(w)
    return doing(w) if folded == w else folded


@dataclass(frozen=True, slots=True)
class _Bag:
    """A claim's words with their IDF weights, indexed by their first three letters for soft matching."""

    key: int  # one per distinct bag in a Scorer: what its memo of overlaps is keyed on
    words: frozenset[str]
    weights: dict[str, float]
    total: float
    near: tuple[tuple[str, frozenset[str]], ...]  # (word, the vocabulary's words close to it), soft matching only


_EMPTY = _Bag(-1, frozenset(), {}, 0.0, ())


@lru_cache(maxsize=1 << 16)
def _close(w: str, v: str) -> bool:
    return fuzz.ratio(w, v) >= _SOFT_MATCH


def _soft(a: _Bag, b: _Bag, common: frozenset[str]) -> float:
    """Weight of a's words that are not b's but close to one of them ("investigate" ~ "investigation")."""
    got = 0.0
    b_words = b.words
    for w, near in a.near:
        if w not in common and not near.isdisjoint(b_words):
            got += a.weights[w]
    return got


def close_words(vocabulary: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each word, the other words of the vocabulary close to it (same first three letters, rapidfuzz
    ratio >= 85): computed once per reconciliation, so that a pair's soft matching is a set intersection."""
    by_prefix: dict[str, list[str]] = {}
    for w in sorted(set(vocabulary)):
        if len(w) >= _MIN_SOFT_LEN:
            by_prefix.setdefault(w[:3], []).append(w)
    out: dict[str, frozenset[str]] = {}
    for group in by_prefix.values():
        for w in group:
            near = frozenset(v for v in group if v != w and _close(w, v))
            if near:
                out[w] = near
    return out


@dataclass(slots=True)
class Features:
    """What the score reads of one claim, computed once and never changed (not frozen, for the reason Guard is
    not: identity.py)."""

    pred: _Bag
    pred_key: int  # one per distinct (bag, sorted predicate): all the predicate part of a score depends on
    sorted_pred: str  # token_sort_ratio is ratio() over sorted tokens: sort each predicate once
    sent: _Bag
    mods: str
    ents: frozenset[str]
    # the claimant of an amount, when its sentence names it: of the names, the one it is told by, not of (a date's
    # teller, "MetroLink said on Monday", is as often what the day is of, and stays among its names)
    teller: str | None
    head: str | None
    whole: float | int | None
    quantity: Quantity | None
    day: DateValue | None
    counted: str | None
    folded: str | None
    generic: bool
    claimant: _Party | None
    measure: str | None
    digits: str | None  # a long exact figure's digits (see long_digits)
    exact: str | None  # an exact whole figure's digits (see exact_digits)
    bound: str | None  # a one-sided bound's figure, its side first ("<CAD:4800" of "up to $4,800"; bound_digits)
    written: str | None  # an amount's, measure's or share's digits as written, hedged or not ("about £186m")
    shift: str | None  # a figure's significant digits, marked when written with a point (see shift_digits)
    about: str | None  # the canonical name of whom or what it is said of ("Stewardess Ada Lin" -> "Ada Lin")
    nation: str | None  # the nationality a count is of (nationality.py): "Three German tourists", "11 Germans"
    sole: str | None  # what the claim counts, when it is the one figure its article gives for that (see sole_key)
    made: str | None  # the thing a year of its making dates, when it is the one such year its article gives (made_key)
    light_object: str | None  # a light verb's object, naming its doing ("took bookings": booking; _light_object)
    record: str | None  # the superlative a date bounds ("its weakest level since 1985": weakest), see record_since
    lede: bool  # the one day its outlet's lede gives, told as when the story's event happened (see lede_event_day)
    lede_part: frozenset[str]  # a lede day's part of the day as told with it ("on Sunday afternoon"; day_parts)
    slip: date | None  # the day a date's weekday names against its day of the month (slipped_weekday)
    last: bool  # the one year its article gives for when the story's kind of event last happened before (last_time)
    # a time of day ("shortly after 4:30 a.m." on 11 March; day_known False: of no day its sentence or date line gives)
    moment: DateValue | None
    event_day: int | None  # the day of a time of day told as when an event happened (see event_day)
    clock: str | None  # a time of day's clock digits (see clock_digits)
    # the words told before a time of day that is its outlet's only time of its day, as when an event happened
    # (see told_before and Scorer.parts), else None
    lone_event: frozenset[str] | None
    # a date's: the exact figures its sentence gives beside it, by (kind, unit, value), each with its text as written
    told_with: tuple[tuple[tuple[str, str | None, float], str], ...]
    figure: str | None  # an exact whole figure of ten or more (see whole_figure, one_apart)
    year: int | None  # a year written in digits (see written_year)
    amount: tuple[object, ...] | None  # an amount of money told to two significant digits or more (_amount_told)
    # the thing whose own size a measure gives, and its dimension (see size_of), when it is the one size its article
    # gives of that thing
    size: tuple[str, str | None] | None


# A date's sentence's toll, as a told_with key's kind: the count of the dead or the hurt it gives
TOLD_TOLL = "toll"
_TOLLS = frozenset({"killed", "injured"})


_Party = tuple[str, frozenset[str]]  # a party's canonical name and its words but "the", "of", ...


def party(x: str, canonical: Callable[[str], str]) -> _Party:
    cx = canonical(x)
    return cx, frozenset(w for w in cx.lower().split() if w not in ("the", "a", "an", "of", "and"))


def same_party(x: _Party, y: _Party) -> bool:
    """One claimant under two names: the same entity, or one name contained in the other
    ("fire service" and "Eastfield Fire and Rescue Service")."""
    if x[0] == y[0]:
        return True
    wx, wy = x[1], y[1]
    return bool(wx and wy) and (wx <= wy or wy <= wx)


def same_claimant(x: str, y: str, canonical: Callable[[str], str]) -> bool:
    return same_party(party(x, canonical), party(y, canonical))


# The relations a length is told in (extract.claims._length_relation): how high, how deep, how far out. A length told
# without one ("cruising at 37,000 feet") may be how high or how deep something is, so it scores as one thing with
# them; two relations told are two facts (identity.other_identity), and a distance stays apart from a size.
LENGTH_RELATIONS = frozenset({"height", "depth", "distance", "radius", "drop"})
_UNTOLD = {"height": "length", "depth": "length"}

_MEASURE_WORDS = {
    "laid off": "people laid off",
    "voted": "votes cast",
    "attended": "people attending",
    "living there": "people living there",
}


def measure_words(measure: str | None, counted: str | None, sentence: str | None = None) -> str:
    """A measure in words a reporter reads: "people killed", "cases infected" -> "people infected"; but of
    animals, the animals ("whales killed", as ``sentence`` writes the noun; without it, the lemma in quotes)."""
    if measure is None:
        return f"'{counted}'" if counted else "the same thing"
    if counted == RANK:
        # "on the seventh floor": which floor; "the second busiest day": the rank by how busy
        return f"which {measure}" if measure in PLACES_IN_A_SERIES.values() else f"the rank by '{measure}'"
    if counted == OCCURRENCE:
        return f"times {measure}"  # "the eighth mass bleaching since 1998": times since 1998
    if counted is not None and _animal(counted):
        thing = as_written(counted, sentence) if sentence else f"'{counted}'"
        return f"{thing} {measure}"
    if measure in _MEASURE_WORDS:
        return _MEASURE_WORDS[measure]
    if measure in ("destroyed", "damaged", "seized"):
        return f"{counted or 'things'} {measure}"
    return f"people {measure}"


@lru_cache(maxsize=4096)
def _animal(noun: str) -> bool:
    """Whether a counted noun names animals (one of its first two WordNet senses a kind of animal, however far
    below it): "whales", "cattle". (WordNet's first sense of "whale" is a large person.)"""
    return kind_of(noun, "animal", senses=2, steps=20)


_PEOPLE = frozenset({"people", "person", "individual"})


@lru_cache(maxsize=4096)
def made_thing(noun: str) -> bool:
    """Whether a counted noun's first WordNet sense is a made thing (an artifact: "helicopters", "cars"), or it is a
    model's code, letters and digits ("VH-18s", "A320s")."""
    if any(ch.isdigit() for ch in noun) and any(ch.isalpha() for ch in noun):
        return True
    return kind_of(noun, "artifact", senses=1, steps=20)


def people_and_things(a: Features, b: Features) -> bool:
    """One claim counts people ("seven remained in hospital"), the other made things ("seven helicopters would
    remain grounded") or animals ("about 450 head of livestock were believed to have died", "Two people are dead"):
    however alike their sentences read, a count of people is never a count of things or beasts."""
    x, y = a.counted, b.counted
    if x is None or y is None:
        return False
    return (x in _PEOPLE and not b.generic and _thing_or_beast(y)) or (
        y in _PEOPLE and not a.generic and _thing_or_beast(x)
    )


def _thing_or_beast(noun: str) -> bool:
    return made_thing(noun) or _animal(noun)


def persons_and_things(a: Features, b: Features) -> bool:
    """One claim counts people of some kind ("162 passengers"), the other made things or beasts ("126 gold bars"):
    two counts, whatever digits they share; a slip of copying keeps what the figure counts."""
    x, y = a.counted, b.counted
    if x is None or y is None or a.generic or b.generic:
        return False
    px, py = person_noun(x) and not _thing_or_beast(x), person_noun(y) and not _thing_or_beast(y)
    # (only a noun that is a person and nothing else: WordNet's "bird" is a beast and, in a sense, a person)
    return (px and not py and _thing_or_beast(y)) or (py and not px and _thing_or_beast(x))


def same_word_note(head: str, sentence_a: str, sentence_b: str, date: bool = False) -> str:
    """Two claims told with one verb, as each article wrote it: "both say 'killed'", "'killed' and 'kills'"."""
    wa, wb = doing_in(head, sentence_a), doing_in(head, sentence_b)
    if wa and wb and wa.lower() == wb.lower():
        return f"both say '{wa}'"
    fa, fb = folded_form(head, sentence_a), folded_form(head, sentence_b)
    if wa and wb and fa and fb and fa[0] != fb[0]:
        return f"words of one meaning: '{wa}' and '{wb}'"  # ("died" and "killed", "fires" and "blaze")
    if wa and wb:
        return f"the same verb: '{wa}' and '{wb}'"
    if date or head in FUNCTION_WORDS:  # a date's head may be its event noun ("the fire")
        return f"the same word, '{head}'"
    return f"the same verb, 'to {head}'"


def _written_value(q: Quantity | None, hedged: bool) -> Number | None:
    """The figure a value writes: an exact point's (with ``hedged``, a hedged one's too, "about $18.6m", and a
    one-sided bound's, "up to $4,800", "more than 600 tonnes"); None for a part of a whole, a range or no value."""
    if q is None or q.whole is not None:
        return None
    if q.value is not None:
        return q.value if hedged or (q.is_point and not q.approximate) else None
    if hedged and (q.low is None) != (q.high is None):
        return q.low if q.high is None else q.high
    return None


def _figure_digits(q: Quantity | None, at_least: int, significant: int, hedged: bool = False) -> str | None:
    """An exact whole figure of at least ``at_least`` with ``significant`` significant digits or more, as its digit
    string with its unit ("USD:16141241"), else None; with ``hedged``, a hedged one's ("about $18.6m") too."""
    v = _written_value(q, hedged)
    if v is None or not at_least <= v < 10**18 or v != int(v):  # (a NaN or an infinity is in no range: no digits)
        return None
    assert q is not None
    digits = str(int(v))
    if len(digits.rstrip("0")) < significant:
        return None
    return f"{q.unit or ''}:{digits}"


def long_digits(q: Quantity | None) -> str | None:
    """An exact figure of five or more significant digits as its digit string with its unit ("USD:16141241"),
    else None: a round figure ("20,000", "1,234,500") is no copy of another, whatever digit it shares."""
    return _figure_digits(q, 10_000, 5)


def _digits_of(q: Quantity | None, hedged: bool) -> str | None:
    """A figure's digit string with its unit, a whole one's (_figure_digits) or one's with a point, as written
    ("84.6 miles": "mi:84.6"), of two or more digits; else None."""
    whole = _figure_digits(q, 10, 2, hedged)
    v = _written_value(q, hedged)
    if whole is not None or v is None or not 1 <= v < 10**15 or v == int(v):  # (a NaN or an infinity: no range)
        return whole
    assert q is not None
    written = f"{v:.6f}".rstrip("0")  # "84.6 miles": "84.6"
    return f"{q.unit or ''}:{written}" if len(written.replace(".", "")) >= 2 else None


def exact_digits(q: Quantity | None) -> str | None:
    """An exact figure of two or more significant digits as its digit string with its unit ("t:870", "mi:84.6"),
    else None: what a pair of figures with two digits swapped is read from (see swapped_digits)."""
    return _digits_of(q, hedged=False)


_CLOCK_FORM = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")


def clock_written(c: Claim) -> str | None:
    """A duration written as a clock, hours, minutes and seconds ("won in 2:06:41", "in 63:05"), as its digits are
    typed ("d:20641"): two such with two digits swapped ("2:06:41", "2:06:14") are one time miscopied, as two
    figures are (see written_digits); None for any other claim."""
    if c.kind != "duration" or _CLOCK_FORM.fullmatch(c.text) is None:
        return None
    return "d:" + c.text.replace(":", "")


def written_digits(q: Quantity | None) -> str | None:
    """A figure's digits as written, with its unit, whether or not a hedge comes with it ("about $18.6m":
    "USD:18600000"; "up to $4,800": "CAD:4800"; "24.6 per cent": "%:24.6"): two outlets' figures with two digits
    swapped are one figure miscopied, hedged or not."""
    return _digits_of(q, hedged=True)


def bound_digits(q: Quantity | None) -> str | None:
    """A one-sided bound's figure as written_digits gives it, its side first ("up to $4,800": "<CAD:4800"; "more
    than 600 tonnes": ">t:600"), so that two bounds of one side with two digits swapped are read as one figure
    miscopied (see swapped_digits); None for any other value."""
    if q is None or q.value is not None or (q.low is None) == (q.high is None):
        return None
    written = written_digits(q)
    return None if written is None else ("<" if q.low is None else ">") + written


def swapped_digits(x: str | None, y: str | None) -> bool:
    """Two exact figures of one unit that are each other with two neighbouring significant digits swapped ("870
    tonnes" and "780 tonnes", "27" and "72"): the commonest slip of typing or copying a figure. Of two figures
    already read as one fact, it is the likelier reading than two facts."""
    if x is None or y is None or x == y or len(x) != len(y):
        return False
    unit_x, _, x = x.partition(":")
    unit_y, _, y = y.partition(":")
    if unit_x != unit_y:
        return False
    if "." in x and x.find(".") == y.find(".") and len(x) >= 4:
        # "14.2 kg" and "12.4 kg": of three digits or more, two swapped across the point (of two, "2.7" and "7.2" are
        # two figures as often as one)
        x, y = x.replace(".", "", 1), y.replace(".", "", 1)
    i = _first_difference(x, y)
    # the digits at i and i + 1 swapped, and the rest alike (pair scoring asks this of some 90,000 pairs of figures
    # of 100,000 claims: read from the first difference, not a list of every difference; measured: 0.04 s)
    return x[i + 1 : i + 2] == y[i : i + 1] and x[i : i + 1] == y[i + 1 : i + 2] and x[i + 2 :] == y[i + 2 :]


def unit_slip(x: str | None, y: str | None, least: int = 3) -> bool:
    """Two measures written with the same digits, of ``least`` significant digits or more, in two units of one kind
    ("the 118-kilometre line", "the 118-mile railway"): one figure with its unit miswritten, a slip of copying or
    converting, seldom two lengths of a story by chance. Of three digits or more it is a slip whatever else the
    two sentences say (identity.miscopied); of two ("4.2 kg", "4.2lb") it is evidence of one fact, which the two
    sentences' places and parties may still tell apart ("31 cm at Pearson", "31 inches in Hamburg"). One digit,
    "eight metres" and "eight feet", is too common a figure to tell either."""
    if x is None or y is None:
        return False
    unit_x, _, digits_x = x.partition(":")
    unit_y, _, digits_y = y.partition(":")
    return (
        digits_x == digits_y
        and unit_x != unit_y
        and unit_dimension(unit_x) is not None
        and unit_dimension(unit_x) == unit_dimension(unit_y)
        and written_significant(x) >= least
    )


def written_significant(written: str | None) -> int:
    """How many significant digits a figure as written has ("NOK:186000000" 3, "m:0.045" 2): its unit, point and
    leading and trailing zeros left out."""
    return len((written or "").partition(":")[2].replace(".", "").strip("0"))


def significant_digits(written: str) -> int:
    """How many digits a figure's digit string ("t:870", "mi:84.6") has, its unit and point left out."""
    return len(written.partition(":")[2].replace(".", ""))


def _uncommon(written: str) -> int:
    """A figure's significant digits, trailing zeros left out ("GBP:1900000": 2, ":4152": 4), when three or more;
    else 0."""
    n = len(written.partition(":")[2].replace(".", "").rstrip("0").lstrip("0"))
    return n if n >= 3 else 0


def _first_difference(x: str, y: str) -> int:
    """The first place two different strings of one length differ."""
    i = 0
    while x[i] == y[i]:
        i += 1
    return i


def moved_point(a: Quantity | None, b: Quantity | None) -> bool:
    """Two exact figures of one unit with the same digits and the decimal point in another place ("14 oocysts" and
    "1.4 oocysts", "2.5 metres" and "25 metres"): a slip of the point in copying. Both have two significant digits
    or more and one at least is a fraction: 20 and 2, or 150 and 15, share no point to move."""
    if a is None or b is None or a.unit != b.unit or a.approximate or b.approximate or not a.is_point or not b.is_point:
        return False
    if a.value is None or b.value is None or a.value == b.value or a.whole is not None or b.whole is not None:
        return False
    (whole_x, dx), (whole_y, dy) = _point_digits(a.value), _point_digits(b.value)
    if whole_x and whole_y:
        return False
    return dx == dy and len(dx) >= 2


_POINT_WRITTEN = re.compile(r"\d\.\d")


def _a_year(c: Claim) -> bool:
    """Whether a date is a year or longer, not a day or a time of one."""
    return isinstance(c.value, DateValue) and c.value.grain in ("year", "decade")


def shift_digits(c: Claim) -> str | None:
    """A figure's unit, significant digits and the power of ten of its last one ("$1.2 million": "USD:12:5",
    "$120 million": "USD:12:7", "about £140,000": "GBP:14:4"), ending in "." when its text writes a decimal point
    ("USD:12:5."), for a figure of two significant digits or more told as one value, hedged or not; else None.
    Two figures whose point is moved (see shifted_point) differ only in the power."""
    if c.kind not in ("count", "measure", "money", "percent") or not isinstance(c.value, Quantity):
        return None
    return _shift_digits(c.value, _POINT_WRITTEN.search(c.text) is not None)


@lru_cache(maxsize=1 << 16)
def _shift_digits(q: Quantity, point: bool) -> str | None:
    """shift_digits of one value, remembered: blocking, the features and the guards each ask it of every claim,
    and a story repeats its values (measured: 0.3 s of reconciling 100,000 claims uncached)."""
    if q.whole is not None or not (q.is_point or q.approximate or not q.low or q.high is None):
        return None  # (a range, "12 to 14", is no one figure; "about 500", "up to 28.6%" are)
    v = q.value if q.value is not None else q.low or q.high  # ("up to 28.6%": its bound)
    if v is None or not 0 < v < 10**15:
        return None
    x = Decimal(str(v)).normalize().as_tuple()
    if len(x.digits) < 2 or not isinstance(x.exponent, int):
        return None
    return f"{q.unit or ''}:{''.join(map(str, x.digits))}:{x.exponent}{'.' if point else ''}"


def shift_key(shift: str) -> str:
    """What two figures whose point is moved share: their unit and significant digits ("USD:12")."""
    return shift.rpartition(":")[0]


def day_mistyped(x: DateValue, y: DateValue) -> bool:
    """Two single days of one month whose days of the month differ by one digit added or dropped ("Nov. 7" and "Nov.
    17", "2 December" and "12 December") or by their two digits swapped ("12 July", "21 July")."""
    a, b = x.start, y.start
    if (a.year, a.month) != (b.year, b.month) or a.day == b.day:
        return False
    if (x.end - a).days != 1 or (y.end - b).days != 1 or x.minute is not None or y.minute is not None:
        return False
    sa, sb = sorted((str(a.day), str(b.day)), key=len)
    if len(sa) == 1:
        return len(sb) == 2 and sa in sb
    return sa == sb[::-1]


def day_written(text: str, d: DateValue) -> bool:
    """Whether a date's text writes its day of the month in digits ("Nov. 17", "17 November"; not "last night",
    "Friday"): only digits are mistyped."""
    return re.search(rf"(?<!\d){d.start.day}(?!\d)", text) is not None


def day_typo_keys(d: DateValue) -> list[str]:
    """Keys a day shares with the days of its month its tens digit added, dropped or mistyped away ("7", "17",
    "27") or its two digits swapped ("12", "21"): see day_mistyped. (Not its units digit: "16" and "17" are as
    often two days of a story as one day mistyped.)"""
    month, day = d.start.strftime("%Y-%m"), str(d.start.day)
    return [f"{month}:{day[-1]}"] + ([f"{month}:{''.join(sorted(day))}"] if len(day) == 2 else [])


def typo_keys(shift: str) -> list[str]:
    """An amount's unit, significant digits and power (shift_digits) with each digit but the last blanked out in
    turn ("GBP:385:5", £38.5m: "GBP:?85:5", "GBP:3?5:5"), for an amount of three significant digits or more: what
    a copy that mistyped one of its leading digits ("£48.5m") shares with it (see mistyped)."""
    unit, digits, power = shift.rstrip(".").rsplit(":", 2)
    if len(digits) < 3:
        return []
    return [f"{unit}:{digits[:i]}?{digits[i + 1:]}:{power}" for i in range(len(digits) - 1)]


def mistyped(x: str | None, y: str | None) -> bool:
    """Two amounts of one unit and size, of three significant digits or more, that differ in one digit only, not
    the last ("£38.5m" and "£48.5m", "$11.8 million" and "$12.8 million"): a typing slip, as a copy makes it. (The
    last digit off, "£38.5m" and "£38.6m", is as often a figure rounded or revised.)"""
    if x is None or y is None:
        return False
    ux, dx, px = x.rstrip(".").rsplit(":", 2)
    uy, dy, py = y.rstrip(".").rsplit(":", 2)
    if ux != uy or px != py or len(dx) != len(dy) or len(dx) < 3 or dx == dy:
        return False
    differ = [i for i, (p, q) in enumerate(zip(dx, dy, strict=True)) if p != q]
    return len(differ) == 1 and differ[0] < len(dx) - 1


def shifts_told_apart(claims: Iterable[Claim]) -> frozenset[str]:
    """The unit and significant digits (shift_key) of figures some outlet gives ten times apart itself ("about
    £186 million in total, including £18.6 million to HMRC"): that story has two figures of those digits, and
    another outlet's one of them is no slip of the point of the other."""
    powers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        shift = shift_digits(c)
        if shift is not None:
            key, _, power = shift.rstrip(".").rpartition(":")
            powers[(c.source, key)].add(power)
    return frozenset(key for (_, key), told in powers.items() if len(told) > 1)


def shifted_point(x: str | None, y: str | None) -> bool:
    """Two figures of one unit with the same significant digits, ten times apart, at least one written with a
    decimal point ("$1.2 million" and "$12 million", "£1.4million" and "£140,000", "2.86 per cent" and "28.6%"):
    the point slipped a place in copying, as a syndicated copy or a rewrite may slip it (see shift_digits)."""
    if x is None or y is None or not (x.endswith(".") or y.endswith(".")):
        return False
    key_x, _, power_x = x.rstrip(".").rpartition(":")
    key_y, _, power_y = y.rstrip(".").rpartition(":")
    return key_x == key_y and abs(int(power_x) - int(power_y)) == 1


@lru_cache(maxsize=1 << 16)
def _point_digits(v: float) -> tuple[bool, tuple[int, ...]]:
    """Whether a figure is whole, and its significant digits ("1.40" -> 14), as moved_point reads them: remembered
    per value, as pair scoring asks of one figure again and again (measured: 0.1 s of 100,000 claims). (Two values
    that are equal, 1 and 1.0, share an entry, and give the same answer.)"""
    x = Decimal(str(v))
    return x == x.to_integral_value(), x.normalize().as_tuple().digits


def digit_twins(x: str | None, y: str | None) -> bool:
    """Two long exact figures that differ in one digit, or by two neighbouring digits swapped ("16,141,241" and
    "16,141,242", "1,001,616" and "1,001,661"): one figure copied with a slip, never two facts by chance."""
    if x is None or y is None or x == y or len(x) != len(y):
        return False
    unit_x, _, x = x.partition(":")
    unit_y, _, y = y.partition(":")
    if unit_x != unit_y:
        return False
    i = _first_difference(x, y)  # (as in swapped_digits)
    if x[i + 1 :] == y[i + 1 :]:
        return True  # one digit
    return x[i + 1 : i + 2] == y[i : i + 1] and x[i : i + 1] == y[i + 1 : i + 2] and x[i + 2 :] == y[i + 2 :]


def _amount_told(q: Quantity | None) -> tuple[object, ...] | None:
    """An amount told to two significant digits or more, exactly or as one bound ("£26.5m", "more than £1.2
    million"), as what would tell it apart from any other: its unit, its bound and its figure. None for a round
    amount ("£5m"), an approximation or a range."""
    if q is None or q.approximate or q.whole is not None:
        return None
    if q.is_point:
        digits = _figure_digits(q, 10, 2)
        return None if digits is None else ("=", digits)
    if (q.low is None) == (q.high is None):
        return None  # a range, or nothing
    bound = q.low if q.low is not None else q.high
    if bound is None:
        return None
    digits = _figure_digits(Quantity(value=bound, low=bound, high=bound, unit=q.unit), 10, 2)
    if digits is None:
        return None
    return (">" if q.low is not None else "<", q.low_inclusive, q.high_inclusive, digits)


def one_apart(a: Quantity | None, b: Quantity | None) -> bool:
    """Two exact whole figures of one unit, ten or more, that are one apart ("14" and "15", "19" and "20"): the
    commonest slip of counting a figure. Two different facts of one thing are no likelier to be one apart than any
    other two values of their size, so, of two figures already alike in what they count, one figure miscounted is
    the likelier reading. Under ten, two facts of one thing are one apart too often ("four neighbouring counties",
    "across three counties")."""
    return _figures_one_apart(whole_figure(a), whole_figure(b))


def whole_figure(q: Quantity | None) -> str | None:
    """An exact whole figure of ten or more as its digits with its unit ("day:19"), else None (see one_apart)."""
    return _figure_digits(q, 10, 1)


def _figures_one_apart(x: str | None, y: str | None) -> bool:
    if x is None or y is None or x == y:
        return False
    unit_x, _, x = x.partition(":")
    unit_y, _, y = y.partition(":")
    return unit_x == unit_y and abs(int(x) - int(y)) == 1


def written_year(c: Claim) -> int | None:
    """A year-long date's year, when its text writes it in digits ("in 2019"; not "last year")."""
    v = c.value
    if not isinstance(v, DateValue) or v.grain != "year" or str(v.start.year) not in c.text:
        return None
    return v.start.year


def one_figure(a: Quantity, b: Quantity) -> bool:
    """The same figure, or one lower bound told two ways ("at least a million", "more than a million", "tops one
    million"): a reporter's "at least" and "more than" hedge one figure, and neither says it is reached exactly."""
    if a == b:
        return True
    return (
        a.high is None
        and b.high is None
        and a.low is not None
        and a.low == b.low
        and a.low_inclusive != b.low_inclusive
        and a.value == b.value
        and (a.approximate, a.whole, a.all_but, a.unit) == (b.approximate, b.whole, b.all_but, b.unit)
    )


# Copulas and the verbs that say at what level a figure stood or to what it changed (as extract.claims reads them):
# a time of day their clause gives is when a state held or a tally stood ("45,000 people were inside at 9.40pm",
# "the toll rose to 12 at 4 p.m."), not when something happened.
_STATE_VERBS = frozenset(
    "be stand remain stay total number reach hit rise fall climb grow increase decrease drop jump top exceed"
    " surpass double pass near".split()
)


# The verbs of _STATE_VERBS that say a state whatever follows them ("was inside", "remained closed").
_ALWAYS_STATES = frozenset("be stand remain stay".split())


# A later moment its sentence tells after a time of day ("and came out almost eight hours later", "Forty minutes
# afterwards"): the time is then the first of two, when a sequence began, not the one time of what happened.
_LATER = re.compile(r"\b(?:hours?|minutes?|mins?|hrs?)\s+(?:later|afterwards?)\b", re.IGNORECASE)


def event_day(c: Claim) -> int | None:
    """The day (its ordinal; 0 when the text gives none) of a time of day told with "at" as when its clause's
    event happened ("struck rocks 400 metres offshore at about 3.15 a.m."), else None: not a state held at a time
    ("45,000 people were inside at 9.40pm", "the toll hit 50 at 4pm"), a deadline ("by 11 a.m.") or a live blog's
    stamp ("9.05am - ..."); a verb of level with a thing of its own is a doing again ("hit the reef at 4.50am")."""
    v = c.value
    if not isinstance(v, DateValue) or v.minute is None or not c.text.lower().startswith("at "):
        return None
    end = c.end - c.sentence_start
    if 0 <= end <= len(c.sentence) and _LATER.search(c.sentence, end):
        return None  # "withdrew into chambers at ten in the morning and came out almost eight hours later"
    words = (c.predicate or "").split()
    if not words or (
        words[0] in _STATE_VERBS and (words[0] in _ALWAYS_STATES or len(words) == 1 or words[1] in FUNCTION_WORDS)
    ):
        return None  # "the toll hit 50 at 4pm" (the predicate keeps no figure); "the tanker hit the reef at 4.50am"
    return v.start.toordinal() if v.day_known else 0


# A clock followed by the name of whose time it reads ("at 15:02 Norwegian time", "10 p.m. Moscow time", "9am
# Eastern Time"), which the extractor keeps as no zone: another country's clock, never a rival of a local one.
_NAMED_CLOCK = re.compile(r"\s+(?:\(\s*)?(?!Local\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[Tt]ime\b")


def _named_clock(c: Claim) -> bool:
    """A time of day its sentence says is read on a named place's clock ("at 15:02 Norwegian time")."""
    v = c.value
    if not isinstance(v, DateValue) or v.minute is None or v.zone is not None:
        return False
    end = c.end - c.sentence_start
    return 0 <= end <= len(c.sentence) and _NAMED_CLOCK.match(c.sentence, end) is not None


# What a live blog's entry stamp stands between: before it, nothing but a weekday or an opening bracket ("Tuesday
# 23:40", "[Update, 7 a.m.]"); after it, a dash, a colon, a closing bracket or the entry's first word ("9.05am - The
# vigil ...", "23:40 Four people are confirmed dead").
_STAMP_BEFORE = re.compile(r"\s*(?:\[[^\]]*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?\Z")
_STAMP_AFTER = re.compile(r"\s*(?:[-–—:|\]]|[A-Z])")


def _stamp(c: Claim) -> bool:
    """A time of day that opens its sentence as a live blog's entry stamp: when the outlet wrote, not when anything
    it reports happened (but an entry that tells its news as happening then is timed by its stamp: STAMPED)."""
    v = c.value
    if not isinstance(v, DateValue) or v.minute is None or not c.text[:1].isdigit() or c.inferred == STAMPED:
        return False  # (a stamp is the time alone: "At 4:57 p.m. Saturday, lightning hit the tree" is prose)
    start, end = c.start - c.sentence_start, c.end - c.sentence_start
    if not 0 <= start <= end <= len(c.sentence):
        return False
    return _STAMP_BEFORE.match(c.sentence[:start]) is not None and _STAMP_AFTER.match(c.sentence, end) is not None


def other_clock(c: Claim) -> bool:
    """A time of day that is no local time of an event: read on a named place's clock, or a live blog's stamp."""
    return _named_clock(c) or _stamp(c)


def hours_told_together(claims: Iterable[Claim]) -> frozenset[tuple[int, int]]:
    """Each time of day, as (its day's ordinal, its minute), that some outlet gives beside the time an hour before
    or after it on that day: that outlet tells two events an hour apart, and no other outlet's pair of those
    times is a slip of the hour (see hour_slipped)."""
    minutes: dict[tuple[str, int], set[int]] = defaultdict(set)
    for c in claims:
        v = c.value
        if isinstance(v, DateValue) and v.minute is not None and not other_clock(c):
            minutes[(c.source, v.start.toordinal())].add(v.minute)
    return frozenset((day, m) for (_, day), ms in minutes.items() for m in ms if m + 60 in ms or m - 60 in ms)


def _moment(c: Claim) -> DateValue | None:
    """A claim's time of day, its day unknown when no sentence gives it (taken from around it: DAY_ASSUMED)."""
    v = c.value
    if not isinstance(v, DateValue) or v.minute is None:
        return None
    return replace(v, day_known=False) if c.inferred == DAY_ASSUMED else v


def hour_slipped(x: DateValue | None, y: DateValue | None, together: frozenset[tuple[int, int]]) -> bool:
    """Two times of day of one day that are the same minute past the hour, an hour apart, and not on the hour
    ("4:15 p.m." and "5:15 p.m.", "4.30pm" and "3.30pm"; not "4 p.m." and "5 p.m."), which no outlet gives side by side
    (``together``, hours_told_together): one time whose hour slipped, as a time zone, summer time or a copy slips
    it. Round hours are left out: events an hour apart are told on the hour all the time."""
    if x is None or y is None or x.minute is None or y.minute is None:
        return False
    if (x.day_known and y.day_known and x.start != y.start) or abs(x.minute - y.minute) != 60 or x.minute % 60 == 0:
        return False
    return (x.start.toordinal(), x.minute) not in together and (y.start.toordinal(), y.minute) not in together


# Words that join clauses, which tell no event ("... and Stephen Hale died when the crane toppled at 2.40pm").
_CONNECTIVES = frozenset("and or but nor so yet when while whilst as if then than because".split())
# Words that name no event: pronouns and the few words that stand in for a noun ("It happened at", "This came at").
_NO_EVENT = frozenset("it he she they we i you this that these those there which who what one".split())
# Ordinals that tell two events of one kind apart ("the first explosion", "a second explosion").
ORDINALS = frozenset("first second third fourth fifth sixth last final initial".split())
_LETTERS = re.compile(r"[^\W\d_]{2,}")


# Auxiliaries, which say no more than the verb after them.
_AUXILIARIES = frozenset(
    "is are was were been being am has had having does did will would could should may might can must".split()
)


def told_before(c: Claim) -> frozenset[str]:
    """The words a time of day's sentence gives before the time, less its predicate's verb and words (but not the
    verb's object), pronouns and auxiliaries ("The crush happened at about 9.40": crush; "It happened at 10.15":
    nothing; "The vessel hit Halloran Reef at 04:50": vessel, halloran, reef): what it says happened, to tell two
    events apart."""
    at = c.start - c.sentence_start
    if not 0 <= at <= len(c.sentence):
        return frozenset()
    return _words_before(c.sentence[:at], c.predicate or "")


@lru_cache(maxsize=1 << 12)
def _words_before(before: str, predicate: str) -> frozenset[str]:
    told = [w for w in predicate.lower().split() if len(w) >= 3]
    # the verb's object, as the predicate keeps it after the verb up to its first function word ("strike halloran
    # reef at ..."): what was struck is part of what happened, the verb ("struck", "hit") is not
    words = predicate.lower().split()
    head = next((i for i, w in enumerate(words) if w not in ("be", "have", "do", "get")), len(words))
    objects = []
    for w in words[head + 1 :]:
        if w in FUNCTION_WORDS:
            break
        objects.append(w)
    out = set()
    found = [w.lower() for w in _LETTERS.findall(before)]
    for i, w in enumerate(found):
        if w in FUNCTION_WORDS or w in _NO_EVENT or w in _AUXILIARIES:
            continue
        if any(w[:3] == p[:3] for p in told) and not any(w.startswith(o) for o in objects if len(o) >= 3):
            continue  # "began" of "begin", "struck" of "strike"; but "reef" of "strike halloran reef" is kept
        if w == "first" and i + 1 < len(found) and any(found[i + 1][:3] == p[:3] for p in told):
            continue  # "were first seen at": the doing's first time, which is when it happened, not a first event
        if w in ORDINALS and i + 1 < len(found) and found[i + 1] == "of":
            # "the last of the day's entries to go on the scale, at 4:40": which of several things it was, not a
            # last of several events (but "the first leak" is one of several leaks)
            continue
        out.add(w)
    return frozenset(out)


def other_event(x: frozenset[str], y: frozenset[str]) -> bool:
    """Two events told apart by what their sentences say happened: different ordinals ("the first explosion", "a
    second explosion", or "the first quake" and "the quake"), or words with nothing in common ("the rally began",
    "the march began"); a pronoun ("it happened") or no words may be any event."""
    if x & ORDINALS != y & ORDINALS:
        return True  # "the first quake struck at 4:12" is not the quake another outlet times at 5:30
    return bool(x) and bool(y) and x.isdisjoint(y)


SAME_DOING = 0.8  # head verbs this close (Wu-Palmer, related.py) say one doing: "told", "notified"


_ONCE = ("die", "be kill", "be bear", "be born")  # what happens to a person once: a date's event, from its predicate


def _once(c: Claim) -> bool:
    """The date of a person's death or birth ("died on March 8", "was killed on Monday", "was born in 1961")."""
    p = c.predicate or ""
    return any(p == w or p.startswith(w + " ") for w in _ONCE)


def one_doing(a: str | None, b: str | None) -> bool:
    """Two head verbs say one doing: the same verb, or two WordNet puts side by side under one close parent
    ("told" and "notified" under "inform"), not contrasts further apart ("opened" and "closed", 0.75), nor a
    doing and its repeat ("built" and "rebuilt", "opened" and "reopened": WordNet puts them side by side)."""
    if a == b:
        return True
    if a is None or b is None or _repeat_of(a, b) or _repeat_of(b, a) or a in _LIGHT_VERBS or b in _LIGHT_VERBS:
        return False
    return relatedness(a, b, "v") >= SAME_DOING


# Light verbs, whose doing is in the words after them ("went public", "took office", "made history"): WordNet puts
# them near almost any verb of motion or making, so they say one doing with another verb only when it is the same.
_LIGHT_VERBS = frozenset("go get make take give come put set do have".split())


def _light_object(predicate: str | None) -> str | None:
    """The object right after a light verb ("had taken bookings from 46 passengers": "booking"), whose doing it
    names: "took bookings" and "were taken to hospital" share a verb and no doing. None for any other verb, and for
    a light verb with no object next to it ("were taken to hospital")."""
    words = (predicate or "").split()
    k = next((i for i, w in enumerate(words) if w not in ("be", "have", "do", "get")), len(words))
    if k + 1 >= len(words) or words[k] not in _LIGHT_VERBS or words[k + 1] in FUNCTION_WORDS:
        return None
    return words[k + 1]


def _repeat_of(a: str, b: str) -> bool:
    """``a`` is ``b`` done again: "rebuild" of "build", "re-open" of "open"."""
    return a.startswith("re") and a[2:].lstrip("-") == b


# Doings by which a thing comes to be (folded: "open" and "construct" are "build"), whose years an outlet tells as
# when the thing began: "The library was built in 1897" and "the library opened in 1887" date one library's start
# ("first" is the head of a recurring event's first holding: "The race was first run in 1971"; "complete" and
# "commission" end a made thing's making, "The dam was completed in 1964", and extraction names a thing for them only
# then: see claims.py)
ORIGIN_DOINGS = frozenset(
    "build found establish erect install instal lay create form inaugurate date first complete commission".split()
)


def made_key(c: Claim, canonical: Callable[[str], str]) -> str | None:
    """The thing a past year dates by a doing of its coming to be ("The library was built in 1897", "the library
    opened in 1887": "date|o|library"; "The Summit Express was built in 2004": "date|o|@Summit Express", by its
    canonical name), for telling whether its article gives one such year for that thing, whichever verb of making,
    founding or opening tells it; None for any other claim, and for a year whose thing is unsaid."""
    if c.kind != "date" or c.tense not in ("past", "present") or not isinstance(c.value, DateValue):
        return None
    if not _WRITTEN_YEAR.fullmatch(c.text) and not (c.value.grain == "month" and _MONTH_YEAR.fullmatch(c.text)):
        return None  # ("The crane was erected in September 2023": its year, told to the month)
    head = head_verb(c.predicate)
    if c.counted and _year_before_its_thing(c):
        return f"date|o|{fold(c.counted)}"  # "the 1874 building", "a 2019 tri-axle coach": the year it was made
    if head not in ORIGIN_DOINGS or (c.tense == "present" and head != "date"):
        return None  # (a thing "dates from" its year in the present tense: "The church dates back to 1150")
    if c.counted and c.counted not in GENERIC:
        return f"date|o|{fold(c.counted)}"
    return f"date|o|@{canonical(c.about)}" if c.about and not c.counted else None


def _made_alike(x: str | None, y: str | None) -> bool:
    """Whether two made_keys name one thing: the same key, or a thing named ("date|o|@Ilugbade Township Stadium")
    and a thing called by the noun its name ends in ("date|o|stadium": "The stadium, built in 1989"), as an outlet
    names a stadium once and then calls it "the stadium"."""
    if x is None or y is None:
        return False
    if x == y:
        return True
    named, noun = (x, y) if x.startswith("date|o|@") else (y, x)
    if not named.startswith("date|o|@") or noun.startswith("date|o|@"):
        return False
    last = named.rpartition(" ")[2] if " " in named else ""
    return bool(last) and noun == f"date|o|{fold(last.lower())}" and made_thing(last.lower())


def _year_before_its_thing(c: Claim) -> bool:
    """A bare year set before the noun of a made thing it dates ("the 1874 building", "a 2019 tri-axle coach"), as
    a thing's year of making is written; not an event's ("the 2005 earthquake") nor a period's ("the 2024 budget")."""
    counted = c.counted or ""
    if not _WRITTEN_YEAR.fullmatch(c.text) or c.text.startswith("in") or not made_thing(counted):
        return False
    at = c.end - c.sentence_start
    if not 0 <= at <= len(c.sentence):
        return False
    after = c.sentence[at:].split()[:3]
    return any(w.lower().rstrip(",.;:").startswith(counted) for w in after)


def _one_year_doing(x: str, y: str) -> bool:
    """Two past doings' only-year keys (sole_key: "date|v|buy", "date|v|acquire") whose verbs say one doing."""
    px, _, vx = x.rpartition("|")
    py, _, vy = y.rpartition("|")
    return px == py == "date|v" and one_doing(vx, vy)


def clock_digits(v: object) -> str | None:
    """A time of day's clock as it is typed, hours and minutes ("4:12 a.m.": "t:412", "21:40": "t:2140"), for telling
    two times with two digits swapped ("4:12" and "4:21", see swapped_digits); None for anything else."""
    if not isinstance(v, DateValue) or v.minute is None:
        return None
    return f"t:{v.minute // 60}{v.minute % 60:02d}"


def unit_word(c: Claim, counted: str, q: Quantity | None) -> bool:
    """The counted word is the figure's unit: a duration's "hours", an amount's "euros"."""
    if q is None or q.unit is None:
        return False
    if c.kind == "duration":
        return counted == q.unit
    return c.kind == "money" and currency_of_word(counted) == q.unit


# "its weakest level since", "the highest turnout since the", "the worst flooding in Europe since", a headline's
# "Pound sinks to lowest level since": a superlative, at most four words, then "since" just before the date
_RECORD_SINCE = re.compile(
    r"\b((?:most|least)\s+[a-z]+|[a-z]{2,}est|worst|best)\b(?:\s+[\w'’-]+){0,4}?\s+since\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def record_since(c: Claim) -> str | None:
    """The superlative a date bounds ("knocked the pound to its weakest level since 1985": "weakest"), else None.
    Two dates bounding one superlative tell when the thing was last that far: one fact, whatever verb leads to it
    ("crashed to its weakest point since 1985")."""
    if c.kind != "date":
        return None
    at = c.start - c.sentence_start
    if not 0 < at <= len(c.sentence):
        return None
    m = _RECORD_SINCE.search(c.sentence[max(0, at - 80) : at])
    if m is None:
        return None
    word = " ".join(m.group(1).lower().split())
    return None if word in NOT_SUPERLATIVE else word


# Words after "last" that make it a relative date or a window ("last week", "the last two years"), not the last time
_LAST_NOT = re.compile(
    r"\s*(?:-|week|month|year|night|day|weekend|season|spring|summer|autumn|fall|winter|time\s+(?:I|we|you|he|she|they)"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|minute|\d|one\b|two\b|three\b|few\b|several\b|ten\b|decade|century)",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(r"(?<!\bat )\blast\b", re.IGNORECASE)
_SINCE_NONE = re.compile(r"\b(?:first|not|never|no|n't)\b.*\bsince\s+(?:the\s+)?\Z", re.IGNORECASE | re.DOTALL)
_LIKE_BEFORE = re.compile(
    r"\b(?:similar|comparable|previous|earlier)\s+(?:[\w'’-]+,?\s+){0,3}?(?:in|of)\s+\Z", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[;:.!?\"“”]|\s[-–—]\s")


def last_time(c: Claim) -> bool:
    """A past year, or a month of one, told as when the story's kind of event last happened before: "Korimako Park
    last erupted in 2004", "The last death on the river was in 2019", "the county's first outbreak since 1994", "had
    not seen measles spread since 1996", "A similar storm in July 1984 caused damage". News writing gives the
    precedent of its event so: each outlet's one such year is one fact of the story, whatever verb tells it. Not a
    relative date or a window ("last week", "in the last two years"), nor "at last"."""
    if c.kind != "date" or c.tense == "future" or not isinstance(c.value, DateValue):
        return False
    if not _WRITTEN_YEAR.fullmatch(c.text) and not (c.value.grain == "month" and _MONTH_YEAR.fullmatch(c.text)):
        return False
    at = c.start - c.sentence_start
    if not 0 < at <= len(c.sentence):
        return False
    before = c.sentence[max(0, at - 70) : at]
    cuts = [m.end() for m in _CLAUSE_END.finditer(before)]
    if cuts:
        before = before[cuts[-1] :]
    if _SINCE_NONE.search(before) or _LIKE_BEFORE.search(before):
        return True
    return any(not _LAST_NOT.match(before, m.end()) for m in _LAST_WORD.finditer(before))


_SOLE_KINDS = frozenset({"count", "percent", "measure", "money", "duration"})
# Verbs that tell that something was said: a source speaks on many days, and a date of its saying is no event's
SAYING = frozenset("say tell add state comment note write explain reiterate insist argue warn".split())
_TELLING = SAYING | frozenset("report announce confirm claim".split())  # (nor is a year of its reporting)
_WRITTEN_YEAR = re.compile(r"(?:in\s+)?(?:1[89]|20)\d\d")  # a year as written, not "more than a decade ago"
_MONTH_YEAR = re.compile(r"(?:in\s+)?[A-Z][a-z]+\.?,?\s+(?:1[89]|20)\d\d")  # "September 2023", "Sept. 2023"


# Words that tie a clause to an earlier event: a second-day lede tells its new development and names the story's
# event after one ("had their supply restored on Wednesday, 31 hours after the pipe gave way")
_BACK_REFERENCE = re.compile(r"\b(?:after|following|since|before|ahead\s+of)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")


def _grain_words(c: Claim) -> str:
    """ "day of the same month" or "month", for a note."""
    return "day of the same month" if isinstance(c.value, DateValue) and c.value.grain == "day" else "month"


def _year_slipped(a: Claim, b: Claim) -> bool:
    """Two days or months each written with its year ("September 14, 2021", "Sept. 14, 2020"; "September 2022",
    "September 2021"), of the same day or month in two years."""
    x, y = a.value, b.value
    if not (isinstance(x, DateValue) and isinstance(y, DateValue)) or x.grain != y.grain:
        return False
    if x.grain not in ("day", "month") or x.start.year == y.start.year:
        return False
    if (x.start.month, x.start.day) != (y.start.month, y.start.day):
        return False
    return str(x.start.year) in a.text and str(y.start.year) in b.text


def lede_event_day(c: Claim) -> bool:
    """A day told in the past tense as when its clause's event happened ("A monster landslide thundered down the
    mountain early Sunday", "after a blast went wrong at the quarry on Wednesday"), to be read in its article's lede
    as the day of the story's event. Not a lede's day of a later development, which names the event it follows
    after the day or in another clause ("was refloated in the early hours of Friday, after three days aground",
    "after the fire claimed three lives, with hundreds expected at a vigil on Friday"), nor a day of saying."""
    if c.kind != "date" or c.tense not in ("past", "perfect") or not isinstance(c.value, DateValue):
        return False
    if c.value.grain != "day" or head_verb(c.predicate) in _TELLING:
        return False
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    if not 0 <= at <= end <= len(c.sentence):
        return False
    after = _BACK_REFERENCE.search(c.sentence, end)
    if after is not None and len(_CLAUSE_BREAK.findall(c.sentence, end, after.start())) <= 1:
        # (the day's own clause or what is set after it; not a later clause's "local officials said on Saturday,
        # only weeks before farmers were due to bring in their sorghum")
        return False
    backs = [m.end() for m in _BACK_REFERENCE.finditer(c.sentence, 0, at)]
    return not backs or not _CLAUSE_BREAK.search(c.sentence, backs[-1], at)


def lede_sentences(claims: Iterable[Claim]) -> dict[str, int]:
    """Each outlet's lede (its first sentence of body text that gives a figure or a date), by where it starts, when
    it gives one day only: a lede tells the story's event, and its one day, told as when that happened, is the day
    of the event (is_lede_day). A day of the telling is no second event ("A swarm that descended on farmland on
    Thursday has destroyed crops, officials said on Saturday")."""
    claims = tuple(claims)
    first: dict[str, int] = {}
    for c in claims:
        if c.block == "body" and c.sentence_start < first.get(c.source, c.sentence_start + 1):
            first[c.source] = c.sentence_start
    days: dict[str, set[date]] = defaultdict(set)
    for c in claims:
        if (
            c.sentence_start == first.get(c.source)
            and isinstance(c.value, DateValue)
            and c.value.day_known
            and head_verb(c.predicate) not in _TELLING
        ):
            days[c.source].add(c.value.start)
    return {source: at for source, at in first.items() if len(days[source]) == 1}


# The words a day is timed by within it ("early on Tuesday", "on Sunday afternoon", "in the early hours of
# Wednesday", "the night of Sunday 19 July"), read a few words either side of the day
_DAY_PART = re.compile(r"\b(early|late|morning|afternoon|evening|night|dawn|midnight|overnight)\b", re.IGNORECASE)


def day_parts(c: Claim) -> frozenset[str]:
    """The parts of the day told with a date, within three words or so either side of it."""
    at, end = c.start - c.sentence_start, c.end - c.sentence_start
    if not 0 <= at <= end <= len(c.sentence):
        return frozenset()
    return frozenset(w.lower() for w in _DAY_PART.findall(c.sentence, max(0, at - 30), end + 20))


def slipped_weekday(c: Claim) -> date | None:
    """The day a date claim's weekday names when its day of the month falls on another weekday ("Tuesday, 11 March"
    of 2026: Tuesday 10 March; extract.dates.weekday_slip)."""
    v = c.value
    if c.kind != "date" or not isinstance(v, DateValue) or v.grain != "day" or v.minute is not None:
        return None
    return weekday_slip(c.text, v.start)


def is_lede_day(c: Claim, ledes: Mapping[str, int]) -> bool:
    """The day of the story's event as its outlet's lede tells it (see lede_sentences, lede_event_day)."""
    return ledes.get(c.source) == c.sentence_start and c.block == "body" and lede_event_day(c)


_LAST_KEY = "date|last"  # the values key of last_time's years


def _day_possessive(c: Claim) -> bool:
    """A day that names what follows it: "last Saturday's fatal accident", "Thursday evening's hailstorm"."""
    if c.text.endswith(("'s", "’s")):
        return True
    end = c.end - c.sentence_start
    return 0 <= end <= len(c.sentence) and part_of_day_possessive(c.sentence, end)


# The dimensions of a thing's own size, and the words that tell a thing is that big ("42 metres high", "stands 40
# metres tall", "measures 144 metres")
_SIZES = frozenset({"length", "height", "width", "depth"})
_SIZE_WORDS = frozenset({"be", "high", "long", "tall", "wide", "deep", "measure", "stand"})
# a figure's noun or unit hyphened to it before another noun: "the eight-passenger cabin", "a 300-bed hospital", "the
# 141-metre tanker", and through a word of dimension, "a 300-feet-deep gorge"
HYPHENED = re.compile(r"-[A-Za-z]+(?:-[A-Za-z]+)?\s+([A-Za-z]+)")  # (group 1: the noun after the compound)


def size_of(c: Claim) -> tuple[str, str | None] | None:
    """The thing a measure gives the own size of, and the dimension (None for a figure set before its noun, "the
    141-metre tanker", which does not say which): "the silo ... was 42 metres high" ("silo", "height"), "the Ifeoluwa
    Star is a ... tanker, 144m in length" ("tanker", "length"). None for a figure that says how far something went,
    fell or lies ("fell 40 metres", "45 nautical miles off"), whatever it is about. A count hyphened to the noun it
    sizes gives that thing's size by its counted noun: "the 20,000-capacity stadium" ("stadium", "capacity")."""
    if c.kind == "count" and c.counted and not c.partitive:
        # "the 20,000-capacity stadium", "a 300-bed hospital": a count hyphened to the noun it sizes is that thing's
        # size (not an event's, "a nine-car derailment")
        hit = HYPHENED.match(c.sentence, c.end - c.sentence_start)
        if hit is None or kind_of(hit.group(1).lower(), "event", senses=1, steps=8):
            return None
        return hit.group(1).lower(), c.counted
    if c.kind != "measure" or c.counted not in _SIZES or not c.about or c.about in (c.claimant, c.speaker):
        return None
    if HYPHENED.match(c.sentence, c.end - c.sentence_start) is not None:
        return c.about, None
    head = head_verb(c.predicate)
    if head is not None and (head in _SIZE_WORDS or head == c.about.rsplit(" ", 1)[-1]):
        return c.about, c.counted
    return None


def _one_size(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """Two sizes of one thing in one dimension, as far as each tells its dimension."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def sole_key(c: Claim) -> str | None:
    """What a whole figure counts, for telling whether its article gives one figure for that or several: its
    measure ("killed"), else its counted thing when that is specific ("crew", not "people"; not a duration's or an
    amount's own unit). None for a part, an earlier value, or a figure counting nothing specific."""
    if c.kind == "date" and c.tense == "past" and _WRITTEN_YEAR.fullmatch(c.text):
        head = head_verb(c.predicate)
        if not head or head in FUNCTION_WORDS or head in _TELLING or (c.counted and fold(c.counted) == head):
            return None  # (a year of an event noun, "the inquests in 2021", may be of one of several)
        return f"date|v|{head}"  # "It was built in 2008", "The vessel, built in 2006": a past doing's one year
    if c.kind == "date":
        if c.counted and _day_possessive(c) and isinstance(c.value, DateValue) and c.value.grain == "day":
            return f"date|g|{fold(c.counted)}"  # "last Saturday's fatal accident": the day of the story's accident
        return None
    if c.kind not in _SOLE_KINDS or c.partitive or not isinstance(c.value, Quantity):
        return None
    if c.value.whole is not None or "earlier value" in c.hedges:
        return None
    if c.measure is not None:
        return f"{c.kind}|m|{c.measure}"
    counted = c.counted
    if counted is None or counted in GENERIC or unit_word(c, counted, c.value):
        return None
    return f"{c.kind}|n|{fold(counted)}"


def _day_named(f: Features) -> bool:
    """Its article names one event by this day and no other ("Wednesday's collision"; see sole_key)."""
    return f.sole is not None and f.sole.startswith("date|g|")


AMOUNT_KINDS = frozenset({"money", "percent", "measure", "duration"})


def _noun_of_verb(x: Features, y: Features) -> str | None:
    """The doing that x's amount is named by ("compensation", "a fine") and y's verb says ("pay", "fine"), folded
    (lexicon.py), when x's counted noun is y's head verb; else None."""
    if x.folded is None or y.head is None or x.folded != y.head or x.head == y.head:
        return None
    return y.head


# What stands between two counts of a list: the first's noun phrase (a few words ending in its counted noun), then a
# comma or "and"/"or" ("126 emergency workers, 41 vehicles and two medical helicopters"; not "four men died and").
_LISTED = re.compile(r"\s+(?:[\w'-]+\s+){0,3}([\w'-]+)(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\Z")


def _names_counted(word: str, counted: str, sentence: str) -> bool:
    """The word that ends a listed count's noun phrase is its counted noun: as its sentence writes it first, or
    that noun with a plural ending ("two helicopters and 40 rescuers" in a sentence that wrote "helicopter" before)."""
    w = word.lower()
    return w == as_written(counted, sentence).lower() or w in (counted, counted + "s", counted + "es")


def _list_apart(chain: list[Claim], beside: dict[str, set[str]]) -> None:
    """Note each thing a list counts as told apart from the others it counts."""
    nouns = {fold(c.counted) for c in chain if c.counted is not None}
    for n in nouns:
        beside[n] |= nouns - {n}


class Scorer:
    """Scores pairs of claims from one pool; built once per reconciliation, so every per-claim part
    (word weights, entity sets, head words) is computed once and a pair costs a few set operations."""

    def __init__(self, claims: Iterable[Claim], canonical: Callable[[str], str]) -> None:
        self.canonical = canonical
        pool = list(claims)
        # Each role the sources give a named person's age under ("The driver, Nikos Papadakis, 58"), with the
        # names so given: an unnamed "53-year-old driver" is that person only when the story names one driver.
        self._role_names: dict[str, set[str]] = defaultdict(set)
        for c in pool:
            if c.kind == "age" and c.about and c.modifiers and c.modifiers[0] not in ANYONE:
                self._role_names[c.modifiers[0]].add(canonical(c.about))
        # What each article counts with exactly one value (told once or repeated): two outlets' one figure each
        # for a story's crew, or its seriously injured, are that story's crew (see ``parts``).
        values: dict[tuple[str, str], set[tuple[object, ...]]] = defaultdict(set)
        for c in pool:
            what = sole_key(c)
            if what is not None and isinstance(c.value, Quantity):
                q = c.value
                values[(c.source, what)].add((q.value, q.low, q.high, q.unit, q.approximate))
            elif what is not None and isinstance(c.value, DateValue):
                values[(c.source, what)].add((c.value.iso(),))
            if (made := made_key(c, canonical)) is not None and isinstance(c.value, DateValue):
                values[(c.source, made)].add((c.value.start.year,))  # (a year and a month of it are one year)
            if last_time(c) and isinstance(c.value, DateValue):
                values[(c.source, _LAST_KEY)].add((c.value.start.year,))
        self._sole = frozenset(k for k, v in values.items() if len(v) == 1)
        # Each thing an article gives one own size of (size_of): "near the 24-mile mark" and "near the 20-mile mark"
        # in one article are two marks, not one thing's size
        sizes: dict[tuple[str, str], set[tuple[object, ...]]] = defaultdict(set)
        for c in pool:
            if (size := size_of(c)) is not None and isinstance(c.value, Quantity):
                sizes[(c.source, size[0])].add((c.value.value, c.value.low, c.value.high, c.value.unit))
        self._one_size = frozenset(k for k, v in sizes.items() if len(v) == 1)
        self._lede = lede_sentences(pool)
        # Each outlet's days of its times of day (0: a time whose day it does not give), less a live blog's stamps:
        # a time of day that is its outlet's only one of its day is, when told as when something happened, that
        # outlet's time of the event.
        clock_days: dict[str, Counter[int]] = defaultdict(Counter)
        for c in pool:
            if isinstance(c.value, DateValue) and c.value.minute is not None and not other_clock(c):
                clock_days[c.source][c.value.start.toordinal() if c.value.day_known else 0] += 1
        self._clock_days = clock_days
        self.hours_together = hours_told_together(pool)  # (the pool's guards read it too: with_own_clocks)
        self.shifts_apart = shifts_told_apart(pool)  # (the pool's guards read it too: with_shifts_apart)
        # The things each sentence counts side by side ("126 emergency workers, 41 vehicles and two medical
        # helicopters were sent"): an outlet that lists two things tells them apart, whatever WordNet makes of
        # them (a helicopter is a vehicle), so no outlet's figure for the one is a rival of another's for the other.
        by_sentence_counts: dict[tuple[str, int], list[Claim]] = defaultdict(list)
        for c in pool:
            if c.kind == "count" and c.counted is not None and c.counted not in GENERIC and not c.partitive:
                by_sentence_counts[(c.source, c.sentence_start)].append(c)
        beside: dict[str, set[str]] = defaultdict(set)
        for counts in by_sentence_counts.values():
            counts.sort(key=lambda c: c.start)
            chain = [counts[0]]
            for prev, c in zip(counts, counts[1:], strict=False):
                gap = _LISTED.match(c.sentence, prev.end - c.sentence_start, c.start - c.sentence_start)
                if gap is None or not _names_counted(gap.group(1), prev.counted or "", c.sentence):
                    _list_apart(chain, beside)
                    chain = []
                chain.append(c)
            _list_apart(chain, beside)
        self.listed_apart: dict[str, frozenset[str]] = {n: frozenset(v) for n, v in beside.items() if v}
        # Each date's sentence's other exact figures: two outlets that date a past event each with the same details
        # ("a slide in 2010 on the same slope killed six", "in 2011, a smaller slide ... killed six people") tell
        # one event, whatever verb each dates it by.
        figures: dict[tuple[str, int], list[tuple[tuple[str, str | None, float], str]]] = defaultdict(list)
        dated: list[Claim] = []
        for c in pool:
            if c.kind == "date":
                dated.append(c)
            elif (
                c.kind != "age"  # "Walter Briggs, 67," tells the person, in any sentence about him, not the event
                # nor a span of decades, round and loose, which any two of a life's or a thing's doings may share
                # ("moved to Paris in 1948 ... ignored for fifty years", "owned the painting for half a century, having
                # bought it in 1975"; but a contract's "five years" is one of its terms)
                and not (
                    c.kind == "duration"
                    and isinstance(c.value, Quantity)
                    and c.value.unit == "year"
                    and (c.value.value or 0) >= 20
                )
                and isinstance(c.value, Quantity)
                and c.value.is_point
                and not c.value.approximate
                and c.value.value
            ):
                figures[(c.source, c.sentence_start)].append(((c.kind, c.value.unit, float(c.value.value)), c.text))
                if c.kind == "count" and c.measure in _TOLLS:
                    # "two workers killed": the toll its sentence gives, which dates one deadly event
                    figures[(c.source, c.sentence_start)].append(((TOLD_TOLL, c.measure, float(c.value.value)), c.text))
        # (a sentence's one day, or its one year: "38 bison were released on Thursday, ... since the last wild bison
        # there were killed in 1883" gives Thursday the 38, whatever year its sentence looks back to)
        dates_in = Counter((c.source, c.sentence_start, _a_year(c)) for c in dated)
        # (and a day whose sentence's clock falls on it: "fell into a gorge ... around 8.40 am today" gives today)
        days_in: dict[tuple[str, int], set[date]] = defaultdict(set)
        for c in dated:
            # (days only: "signed off on Wednesday, 17 June, on a quota for the year that begins in September" gives
            # one day and a month, and the month is no second day)
            if (
                isinstance(c.value, DateValue)
                and not _a_year(c)
                and c.value.day_known
                and c.value.grain in ("day", "minute")
            ):
                days_in[(c.source, c.sentence_start)].add(c.value.start)
        self._told_with: dict[str, tuple[tuple[tuple[str, str | None, float], str], ...]] = {
            c.id: tuple(f)
            for c in dated
            if (
                dates_in[(c.source, c.sentence_start, _a_year(c))] == 1
                or (
                    isinstance(c.value, DateValue)
                    and c.value.grain == "day"
                    and len(days_in[(c.source, c.sentence_start)]) == 1
                )
            )
            and (f := figures.get((c.source, c.sentence_start)))
        }
        raw_pred: dict[str, frozenset[str]] = {}
        raw_sent: dict[str, frozenset[str]] = {}
        df: Counter[str] = Counter()
        sentences_seen: set[tuple[str, int]] = set()
        n = 0
        by_sentence: dict[str, frozenset[str]] = {}
        # (claims of a story say the same few predicates: each is folded once, 527 of 60,807 at 100,000 claims)
        by_predicate: dict[str | None, frozenset[str]] = {}
        for c in pool:
            pred_words = by_predicate.get(c.predicate)
            if pred_words is None:
                pred_words = by_predicate[c.predicate] = frozenset(fold(w) for w in (c.predicate or "").split())
            raw_pred[c.id] = pred_words
            words = by_sentence.get(c.sentence)
            if words is None:
                words = by_sentence[c.sentence] = _words(c.sentence)
            raw_sent[c.id] = words
            key = (c.source, c.sentence_start)
            if key not in sentences_seen:  # document frequency over sentences, not claims
                sentences_seen.add(key)
                n += 1
                df.update(raw_sent[c.id] | raw_pred[c.id])
        self._n = max(n, 1)
        self._df = df
        self._idf: dict[str, float] = {}
        self._near_known: set[str] = {w for ws in raw_pred.values() for w in ws}
        self._near: dict[str, frozenset[str]] = close_words(self._near_known)
        self._bags: dict[tuple[frozenset[str], bool], _Bag] = {}
        self._bag_count = 0
        self._pred = {cid: self._bag(ws, True) for cid, ws in raw_pred.items()}
        self._sent = {cid: self._bag(ws, False) for cid, ws in raw_sent.items()}
        self._feat: dict[str, Features] = {}
        self._pred_keys: dict[tuple[int, str], int] = {}
        # Memos of the two costliest parts, keyed on (predicate, predicate) and (sentence, sentence): claims
        # of one story say the same few things, so a predicate pair recurs about ten times.
        self._pred_memo: dict[int, float] = {}
        self._sent_memo: dict[int, float] = {}

    def idf(self, w: str) -> float:
        x = self._idf.get(w)
        if x is None:
            x = self._idf[w] = math.log((self._n + 1) / (self._df.get(w, 0) + 1)) + 1.0
        return x

    def _bag(self, words: frozenset[str], soft: bool = False) -> _Bag:
        got = self._bags.get((words, soft))
        if got is None:
            got = self._bags[(words, soft)] = self._new_bag(words, soft)
        return got

    def _new_bag(self, words: frozenset[str], soft: bool) -> _Bag:
        weights = {w: self.idf(w) for w in words}
        near: tuple[tuple[str, frozenset[str]], ...] = ()
        if soft:
            missing = [w for w in words if len(w) >= _MIN_SOFT_LEN and w not in self._near_known]
            if missing:  # a claim outside the pool: widen the vocabulary
                self._near.update(close_words(set(missing) | set(self._near_known)))
                self._near_known.update(missing)
                self._bags.clear()  # bags made since would miss the new close words
            near = tuple((w, self._near[w]) for w in sorted(words) if w in self._near)
        self._bag_count += 1
        return _Bag(self._bag_count, words, weights, math.fsum(weights.values()), near)

    def overlap(self, a: _Bag, b: _Bag, soft: bool = True) -> float:
        """IDF-weighted overlap (0..100), with soft matching of close lemma variants when ``soft``."""
        if not a.weights or not b.weights:
            return 50.0
        common = a.words & b.words
        matched = 2.0 * math.fsum(map(a.weights.__getitem__, common))  # exact: set order varies by process
        if soft:
            matched += _soft(a, b, common) + _soft(b, a, common)
        return 100.0 * matched / (a.total + b.total)

    def features(self, c: Claim) -> Features:
        """What the score reads of a claim, computed once per claim."""
        f = self._feat.get(c.id)
        if f is None:
            q = c.value if isinstance(c.value, Quantity) else None
            d = c.value if isinstance(c.value, DateValue) and c.value.grain == "day" else None
            counted = c.counted
            pred = self._pred.get(c.id) or self._bag(frozenset(fold(w) for w in (c.predicate or "").split()), True)
            words = (c.predicate or "").lower().split()
            if (
                isinstance(c.value, DateValue)
                and c.value.grain == "year"
                and len(words) > 1
                and words[-1] in FUNCTION_WORDS
            ):
                # "failed in 2022", "founded in 2022": the last word is the year's own preposition, and the letters of
                # the two verbs are what tell their doings apart
                words = words[:-1]
            sorted_pred = " ".join(sorted(words))
            f = Features(
                pred=pred,
                pred_key=self._pred_keys.setdefault((pred.key, sorted_pred), len(self._pred_keys)),
                sorted_pred=sorted_pred,
                sent=self._sent.get(c.id) or self._bag(_words(c.sentence)),
                mods=" ".join(c.modifiers),
                ents=frozenset(self.canonical(x) for x in c.entities),
                teller=self.canonical(c.claimant)
                if c.kind != "date" and c.claimant is not None and c.claimant in c.entities
                else None,
                head=head_verb(c.predicate),
                whole=q.whole if q is not None else None,
                quantity=q if q is not None and (q.value is not None or q.low is not None) else None,
                day=d,
                counted=counted,
                # A duration or amount whose counted word is its own unit ("48 hours of supplies", "52 hours
                # underground"; "10 million euros in aid", "damage of 150 million euros") says how long or how
                # much, not of what: two such share a unit, never by that alone a thing. (A scale's unit is its
                # thing: "magnitude 7.7", "Category 3".)
                folded=_UNTOLD.get(counted, fold(counted))
                if counted is not None and not unit_word(c, counted, q)
                else None,
                generic=counted in GENERIC,
                claimant=party(c.claimant, self.canonical) if c.claimant else None,
                measure=c.measure,
                digits=long_digits(q),
                exact=exact_digits(q),
                bound=bound_digits(q),
                written=written_digits(q) if c.kind in ("money", "measure", "percent") else clock_written(c),
                shift=None if (shift := shift_digits(c)) is None or shift_key(shift) in self.shifts_apart else shift,
                about=self.canonical(c.about) if c.about else None,
                nation=nationality(c),
                sole=key if (key := sole_key(c)) is not None and (c.source, key) in self._sole else None,
                made=key if (key := made_key(c, self.canonical)) and (c.source, key) in self._sole else None,
                light_object=_light_object(c.predicate),
                record=record_since(c),
                last=(c.source, _LAST_KEY) in self._sole and last_time(c),
                lede=(lede := is_lede_day(c, self._lede)),
                lede_part=day_parts(c) if lede else frozenset(),
                slip=slipped_weekday(c),
                moment=_moment(c),
                event_day=(day := event_day(c)),
                clock=clock_digits(c.value),
                lone_event=self._lone_event(c, day),
                told_with=self._told_with.get(c.id, ()),
                figure=whole_figure(q),
                year=written_year(c),
                size=size if (size := size_of(c)) is not None and (c.source, size[0]) in self._one_size else None,
                amount=_amount_told(q) if c.kind == "money" else None,
            )
            self._feat[c.id] = f
        return f

    def _lone_event(self, c: Claim, day: int | None) -> frozenset[str] | None:
        """What a time of day's sentence tells before it (told_before), when it is told in the active voice as
        when something happened on a given day (``day``, its event_day) and its outlet gives no other time of that
        day (nor one of no day)."""
        if not day or (c.predicate or "").startswith("be "):
            return None  # a passive's time is of one of the things done ("the fire was brought under control at 6am")
        days = self._clock_days[c.source]
        if days[day] != 1 or days[0]:
            return None
        return frozenset(w for w in told_before(c) if w not in _CONNECTIVES)

    def score(self, a: Claim, b: Claim) -> Score:
        """The score of a pair with its parts and the notes that explain it."""
        notes: list[str] = []
        total, p, m, e, s = self.parts(a, b, self.features(a), self.features(b), notes)
        return Score(total, p, m, e, s, tuple(notes))

    @staticmethod
    def _story_time(fa: Features, fb: Features) -> str | None:
        """The words two lone event times (Features.lone_event) both tell before the time, quoted ("'crane'",
        "'flight', 'toronto'"); None when either is no lone event time or they tell other events."""
        if fa.lone_event is None or fb.lone_event is None:
            return None
        shared = fa.lone_event & fb.lone_event
        if not shared or other_event(fa.lone_event, fb.lone_event):
            return None
        return ", ".join(f"'{w}'" for w in sorted(shared))

    def parts(
        self, a: Claim, b: Claim, fa: Features, fb: Features, notes: list[str] | None = None
    ) -> tuple[float, float, float, float, float]:
        """(total, predicate, modifiers, entities, sentence); the notes are written only when asked for,
        so that scoring a million pairs does not format a million explanations."""
        if a.kind == "age" and b.kind == "age" and fa.about and fa.about == fb.about:
            # An age is about one person, whichever of the person's names each outlet uses ("flight attendant
            # Ada Lin", "Stewardess Ada Lin"): which sentence gives it says nothing about which fact it is.
            if notes is not None:
                notes.append(f"both give the age of {fa.about}")
            return 90.0, 100.0, 100.0, 100.0, 100.0
        if a.kind == "date" and b.kind == "date" and fa.about and fa.about == fb.about and _once(a) and _once(b):
            # "Eleanor Pruitt died March 6", "Pruitt died on March 8": a person dies, or is born, once
            if notes is not None:
                notes.append(f"both date the death or birth of {fa.about}")
            return 85.0, 100.0, 100.0, 100.0, 100.0
        if a.kind == "age" and b.kind == "age" and (fa.about is None) != (fb.about is None) and a.modifiers:
            named = fa.about or fb.about
            role = a.modifiers[0]
            if b.modifiers[:1] == (role,) and self._role_names.get(role) == {named}:
                # "the 53-year-old driver" and "The driver, Nikos Papadakis, 58": the story names one driver
                if notes is not None:
                    notes.append(f"both give the age of the {role}, whom the sources name only as {named}")
                return 80.0, 100.0, 100.0, 100.0, 100.0
        if fa.pred.weights and fb.pred.weights:
            k = fa.pred_key << 32 | fb.pred_key
            got = self._pred_memo.get(k)
            if got is None:
                got = 0.5 * fuzz.ratio(fa.sorted_pred, fb.sorted_pred) + 0.5 * self.overlap(fa.pred, fb.pred)
                if len(self._pred_memo) >= _MEMO_MAX:
                    self._pred_memo.clear()
                self._pred_memo[k] = got
            p = got
        else:
            p = 50.0
        if _made_alike(fa.made, fb.made) or (fa.last and fb.last):
            # "The estate was built in 1968" and "The estate itself dated from 1966": each outlet's one year of the
            # estate's coming to be, told with two verbs of one doing, whose difference is then no evidence of two
            # facts (as a predicate with nothing to compare is not); so with the precedent of the story's event
            # ("last erupted in 2004", "the park last blew in 2014")
            p = max(p, 50.0)
        if not fa.mods and not fb.mods:
            m = 100.0
        elif not fa.mods or not fb.mods:
            m = 70.0
        else:
            m = float(fuzz.token_set_ratio(fa.mods, fb.mods))
        ea, eb = fa.ents, fb.ents
        # (nor the teller's name when the other sentence lacks it: "Governor Tarek Hegazy said ... about 600 tonnes"
        # is no more about him than another outlet's untold figure is about no one)
        if fa.teller is not None and fa.teller not in eb:
            ea = ea - {fa.teller}
        if fb.teller is not None and fb.teller not in fa.ents:
            eb = eb - {fb.teller}
        if ea and eb:
            shared = len(ea & eb)
            e = 100.0 * shared / (len(ea) + len(eb) - shared)  # Jaccard
        else:
            e = 50.0
        k = fa.sent.key << 32 | fb.sent.key
        got = self._sent_memo.get(k)
        if got is None:
            got = self.overlap(fa.sent, fb.sent, soft=False)
            if len(self._sent_memo) >= _MEMO_MAX:
                self._sent_memo.clear()  # a memo, not a store: bounded memory on any corpus
            self._sent_memo[k] = got
        s = got
        total = 0.45 * p + 0.15 * m + 0.10 * e + 0.30 * s
        if fa.whole is not None and fa.whole == fb.whole:
            total += 15
            if notes is not None:
                notes.append(f"same whole {fa.whole}")
        same_noun = (
            fa.folded is not None
            and fb.folded is not None
            and (
                fa.folded == fb.folded
                or (not fa.generic and not fb.generic and same_meaning(fa.folded, fb.folded, "n"))
            )
        )  # "boats" and "vessels", "staff" and "employees": one thing by WordNet (related.py)
        if (
            same_noun
            and not fa.generic
            and not a.partitive
            and not b.partitive
            and fa.quantity is not None
            and fb.quantity is not None
            # ("The country has 48.7 million households" and "- Households: 48,706,120": one figure, rounded by one)
            and (one_figure(fa.quantity, fb.quantity) or rounded_long_figure(fa.quantity, fb.quantity))
        ):
            total += 20
            if notes is not None:
                what = (
                    measure_words(fa.measure, a.counted, a.sentence)
                    if a.counted == RANK
                    else as_written(a.counted or "", a.sentence)
                )
                notes.append(f"same count of {what}")
        if a.kind == "money" == b.kind and a.party is not None and a.party == b.party:
            # "aid of up to 6,000 zł per household" and "a benefit of up to 8,000 zł per household": what the same
            # party gets (or gives), whatever noun names the payment
            total += 20
            if notes is not None:
                notes.append(f"both give an amount per {a.party}")
        if fa.day is not None and fa.day == fb.day:
            total += 10
            if notes is not None:
                notes.append(f"the same day {fa.day.iso()}")
        elif (
            fa.day is not None
            and fb.day is not None
            and day_mistyped(fa.day, fb.day)
            and day_written(a.text, fa.day)
            and day_written(b.text, fb.day)
        ):
            # "went into receivership on Nov. 7" and "on Nov. 17": one day of one month, a digit of it mistyped
            total += 10
            if notes is not None:
                notes.append(f"'{a.text}' and '{b.text}' are one day of the month but for a digit, as a typing slip is")
        elif (
            fa.moment is not None
            and fb.moment is not None
            and a.value == b.value
            and isinstance(a.value, DateValue)
            and a.value.day_known
        ):
            total += 10  # "shortly after 4:30 a.m." in two outlets, on one day: as rare a coincidence as one day
            if notes is not None:
                notes.append(f"the same time {a.value_text()}")
        elif fa.event_day is not None and fa.event_day == fb.event_day and (story := self._story_time(fa, fb)):
            # "The crane failed at around 1.40pm on Wednesday" and "the crane toppled ... at about 2.40pm": each its
            # outlet's one time of that day, told of the same thing as when it happened, is the time of the story's
            # event, however each words what happened
            total += 25
            if notes is not None:
                notes.append(
                    f"each is its outlet's only time of that day, told as when something happened; both sentences"
                    f" name {story}"
                )
        elif fa.event_day is not None and fa.event_day == fb.event_day and one_doing(fa.head, fb.head):
            # "The crush happened at about 9.40 p.m." and "It happened at about 10.15pm": a story times its event
            # to the minute, and other outlets' clock times of that day, each told as when the same thing happened,
            # are most often that time (but "the polls opened at 7 a.m." and "closed at 10 p.m." tell two doings;
            # an outlet that gives both times tells two events: identity.two_events)
            total += 10
            if notes is not None:
                notes.append("both give the time of day something happened, on one day")
        if notes is not None and a.partitive != b.partitive:
            notes.append("one counts a part, the other a whole")
        same_measure = fa.measure is not None and fa.measure == fb.measure
        if same_measure:
            total += 20  # "61 bodies", "the death toll of 60" and "61 people died" all count the dead
            if notes is not None:
                notes.append(f"both count {measure_words(fa.measure, a.counted, a.sentence)}")
            if a.place is not None and a.place == b.place:
                total += 10  # "18 people in Orange County confirmed with measles", "Orange County's cases": one tally
                if notes is not None:
                    notes.append(f"both in {a.place}")
        elif (
            same_noun
            and a.kind == "percent"
            and b.kind == "percent"
            and not fa.generic
            and not a.partitive
            and not b.partitive
            and fa.folded not in CHANGE_NOUNS
        ):
            total += 20  # "turnout was 72.2%", "turnout stood at 71.8%": a rate is one fact, told in any sentence
            if notes is not None:
                notes.append(f"both give the {a.counted} as a percentage")
        elif (
            same_noun
            and not fa.generic
            and a.partitive == b.partitive
            and a.kind != "date"
            and not (
                # "in the final seven kilometres", "for five kilometres": a length no word says the relation of is
                # only its unit's dimension, and a story's lengths are of many things; the same thing only when the
                # figures may be one
                a.counted == "length" == b.counted
                and a.kind == "measure"
                and (fa.about is None or fa.about != fb.about)  # (but "a 23km detour", "the 32km detour": one)
                and fa.quantity is not None
                and fb.quantity is not None
                and quantity_relation(fa.quantity, fb.quantity) == "disjoint"
            )
        ):
            total += 10  # the same specific thing counted, whatever the sentences around it
            if notes is not None:
                notes.append(f"both count {as_written(a.counted or '', a.sentence)}")
        elif same_noun and a.kind == "date" and (
            a.value == b.value
            or (not fa.generic and fa.head is not None and fa.head == fb.head and fa.head not in (a.counted, b.counted))
            or (not fa.generic and fa.head in ORIGIN_DOINGS and fb.head in ORIGIN_DOINGS)
        ):
            # "the 2005 earthquake" and "the 2005 quake": one event dated alike; "The refinery opened in 1961" and
            # "The refinery opened in 1966": one thing's one doing, dated two ways
            total += 10
            if notes is not None:
                notes.append(f"both date the {as_written(a.counted or '', a.sentence)}")
        if _made_alike(fa.made, fb.made) and not (fa.sole is not None and fa.sole == fb.sole):
            # "The library was built in 1897" and "since the library opened in 1887": each outlet's one year for when
            # the library came to be, whichever verb of making, founding or opening tells it
            total += 10
            if notes is not None:
                told = verb_as_written(_first_verb(a.predicate), a.sentence)
                if (other := verb_as_written(_first_verb(b.predicate), b.sentence)) != told:
                    told += f" and {other}"
                thing = f"the {as_written(a.counted, a.sentence)}" if a.counted else fa.about
                notes.append(f"the only year each gives for when {thing} came to be ({told})")
        elif (
            fa.sole is not None
            and fb.sole is not None
            and (same_noun or same_measure or a.kind == "date")
            and (fa.sole == fb.sole or (a.kind == "date" and _one_year_doing(fa.sole, fb.sole)))
        ):
            total += 10  # each outlet gives this one figure for it: the story's crew, not one crew of several
            if _day_named(fa):
                # "yesterday's cable car accident" and "last Saturday's fatal accident": each outlet names its
                # story's event by one day, and the two names are one event's
                total += 5
                if notes is not None:
                    notes.append(f"each names the {as_written(a.counted or '', a.sentence)} by one day only")
            elif notes is not None and a.kind == "date":
                verb, other = fa.sole.rpartition("|")[2], fb.sole.rpartition("|")[2]
                told = verb_as_written(verb, a.sentence)
                if other != verb:
                    told += f" and {verb_as_written(other, b.sentence)}"
                notes.append(f"the only year each gives for {told}")
            elif notes is not None:
                what = (
                    measure_words(fa.measure, a.counted, a.sentence)
                    if fa.measure
                    else as_written(a.counted or "", a.sentence)
                )
                notes.append(f"the only figure each gives for {what}")
        if fa.lede and fb.lede:
            # "A monster landslide thundered down the mountain early Sunday", "Seventeen others were hurt when the
            # mountainside came down on Monday": each outlet's lede tells its story's event, and its one day told as
            # when that happened is the event's day, however each words what happened
            total += 15
            if notes is not None:
                notes.append(
                    "each is the one day its outlet's first sentence gives, as when the story's event happened"
                )
            if part := fa.lede_part & fb.lede_part:
                # "fire tore through a passenger ferry ... on Sunday afternoon" and "The fire that destroyed the ...
                # ferry on Saturday afternoon": both ledes time the event to one part of a day, a detail two events
                # on two days seldom share
                total += 15
                if notes is not None:
                    notes.append(f"both time it to the same part of a day ({', '.join(sorted(part))})")
        elif (fa.lede and _day_named(fb) and not _day_named(fa)) or (fb.lede and _day_named(fa) and not _day_named(fb)):
            # "...collided with a moored cargo vessel in the port of Felbridge early on Thursday" and, deep in another
            # outlet's story, "Wednesday's collision closed it for nine hours": one outlet's lede day of the story's
            # event, and the other's one day it names an event by (two days that each name the event are each one
            # day only, above: one fact, not scored twice)
            total += 15
            if notes is not None:
                by_day = b if _day_named(fb) else a
                notes.append(
                    f"one outlet's first sentence gives the day of the story's event, and the other names "
                    f"the {as_written(by_day.counted or '', by_day.sentence)} by one day only"
                )
        slipped = (a, fa.slip, b) if fa.slip is not None else (b, fb.slip, a) if fb.slip is not None else None
        if slipped is not None and isinstance(slipped[2].value, DateValue) and slipped[2].value.start == slipped[1]:
            # "on Tuesday, 11 March" (11 March 2026 is a Wednesday) and another outlet's "on Tuesday": the date's own
            # two parts disagree, and the weekday it names is the other's day
            total += 20
            if notes is not None:
                notes.append(
                    f"'{slipped[0].text}' names a {slipped[1]:%A} but its date falls on a "
                    f"{slipped[0].value.start:%A}: the {slipped[1]:%A} is the other's day"  # type: ignore[union-attr]
                )
        if fa.last and fb.last:
            # "the park last blew in 2014" and "Korimako Park last erupted in 2004": each outlet's one year for the
            # precedent of its story's event
            total += 10
            if notes is not None:
                notes.append("the only year each gives for when such an event last happened before")
        if fa.record is not None and fa.record == fb.record and a.value == b.value:
            total += 10  # "its weakest level since 1985", "its weakest point since 1985": when it was last that weak
            if notes is not None:
                notes.append(f"both the {fa.record} since {a.text}")
        if _year_slipped(a, b):
            # "The lawsuit was filed on September 14, 2021" and "filed back on Sept. 14, 2020": one day (or month)
            # written in full with two years, as a year miscopied makes it
            total += 15
            if notes is not None:
                notes.append(f"the same {_grain_words(a)} written in full with two years: a year miscopied")
        same_nation = fa.nation is not None and fb.nation is not None and same_nationality(fa.nation, fb.nation)
        if same_nation and not same_noun:
            total += 20  # "11 Germans" and "eleven were German": one nationality's count, whatever noun it has
            if notes is not None:
                notes.append(f"both count {people_plural(fa.nation or '')}")
        # (each test is asked only of two figures that have digits to compare: most pairs have none)
        twins = fa.digits is not None and fb.digits is not None and digit_twins(fa.digits, fb.digits)
        if twins:
            total += 40
            if notes is not None:
                notes.append("the same long figure but for one digit: a typing or copying slip")
        elif (
            (fa.exact is not None and fb.exact is not None and swapped_digits(fa.exact, fb.exact))
            or (fa.clock is not None and fb.clock is not None and swapped_digits(fa.clock, fb.clock))
            or (fa.bound is not None and fb.bound is not None and swapped_digits(fa.bound, fb.bound))
            or (
                fa.written is not None
                and fb.written is not None
                and swapped_digits(fa.written, fb.written)
                and written_significant(fa.written) >= 3
            )
        ) and not persons_and_things(fa, fb):  # (asked only of a swap: WordNet for every pair costs time)
            # "870 tonnes" and "780 tonnes" of one cargo, "at 4:12 a.m." and "at 4:21 a.m.", "up to $4,800" and "up
            # to $8,400": one figure with two digits swapped; the more digits a figure has, the less often two
            # figures of a story are each other swapped by chance (27 and 72 are two figures as often as one; 1,206
            # and 1,260 seldom)
            if fa.exact is not None and fb.exact is not None:
                sig = significant_digits(fa.exact)
            elif fa.bound is not None and fb.bound is not None:
                sig = significant_digits(fa.bound)
            elif fa.written is not None and fb.written is not None and fa.clock is None:
                # (an amount written with its scale's zeros, "about £186m": its digits before them)
                sig = written_significant(fa.written)
            elif fa.clock is not None and fb.clock is not None and swapped_digits(fa.clock, fb.clock):
                # "at 09:42" and "at 09.24": a time of day's hour and minutes, as seldom swapped by chance as a
                # figure of three digits (two events of one story minutes apart seldom have such times)
                sig = 3
            else:
                sig = 0
            if sig == 2 and a.kind == "count" == b.kind and (same_measure or same_noun):
                # "47 crew" and "74 crew": two digits swapped in a count both outlets give of one thing are a slip
                # more often than two facts, as three digits swapped are of any thing (not two ages, "72" and "27",
                # which are of any two people, nor two lengths of anything)
                sig = 3
            # (of the pairs of 535 stories' claims so swapped that scored 45 to 55 under 30 and 20 points, 113 were
            # one fact's figures and 7 two facts': a swap of three digits or more is all but proof of one figure)
            total += 40 if sig >= 4 else 30 if sig >= 3 else 10
            if notes is not None:
                notes.append("the same figure with two digits swapped: a typing or copying slip")
        elif a.kind == "money" == b.kind and mistyped(fa.shift, fb.shift):
            # "£38.5m" and "£48.5m" of one museum's cost: one amount with a leading digit mistyped
            total += 10
            if notes is not None:
                notes.append(f"the same amount but for one digit ('{a.text}', '{b.text}'): a typing slip")
        elif (same_noun and moved_point(fa.quantity, fb.quantity)) or shifted_point(fa.shift, fb.shift):
            # "14 oocysts in a 10-litre sample" and "1.4 oocysts per 10 litres": the point slipped, a rarer chance
            # than two digits swapped (27 and 72 are two figures as often as one)
            total += 25 if shifted_point(fa.shift, fb.shift) else 15
            if notes is not None:
                notes.append(f"the same digits with the decimal point moved ('{a.text}', '{b.text}'): a copying slip")
        elif a.kind == "measure" == b.kind and unit_slip(fa.written, fb.written, least=2):
            total += 20
            if notes is not None:
                ua, ub = (str(fa.written).partition(":")[0], str(fb.written).partition(":")[0])
                # (a figure whose text ends in its unit, "4.2lb", is written as it is)
                ta = a.text if a.text[-1:].isalpha() else f"{a.text} {ua}"
                tb = b.text if b.text[-1:].isalpha() else f"{b.text} {ub}"
                notes.append(f"the same digits in two units ({ta}, {tb}): a unit miswritten")
        elif (
            (same_noun or same_measure or a.kind == "duration" == b.kind)
            and not fa.generic
            and _figures_one_apart(fa.figure, fb.figure)
        ):
            # "heard from 17 experts" and "18 experts gave evidence": figures of one thing one apart
            total += 10
            if notes is not None:
                notes.append(f"'{a.text}' and '{b.text}' are one apart, as a miscount or a slip is")
        if fa.exact is not None and fa.exact == fb.exact and a.kind != "money" and _uncommon(fa.exact):
            # "112,138 entries" and "Entries ... 112,138", "the recount of all 412 ballot boxes" and "all 412 boxes":
            # an exact figure of three or more significant digits is seldom two facts' by chance (an amount of money
            # has its own such count, "the same amount to the digit", below)
            total += 10
            if notes is not None:
                notes.append(f"the same figure of {_uncommon(fa.exact)} significant digits, '{a.text}'")
        # ("this year" and "last year" are a comparison, not a slip: written_year is of digits only)
        if fa.year is not None and fb.year is not None and abs(fa.year - fb.year) == 1:
            total += 10
            if notes is not None:
                notes.append(f"'{a.text}' and '{b.text}' are a year apart, as a slip of the year is")
        if fa.size is not None and fb.size is not None and _one_size(fa.size, fb.size):
            # "the silo ... was 42 metres high" and "a 45-metre concrete silo": a thing's own size, told by two
            # outlets, is one fact of the story's thing
            total += 20
            if notes is not None:
                dim = fa.size[1] or fb.size[1] or "size"
                notes.append(f"both give the {dim} of the {as_written(a.about or '', a.sentence)}")
        if fa.amount is not None and fa.amount == fb.amount:
            # "hammered at $26.5m" and "knocked down at $26.5m": an exact amount of two significant digits or more
            # is seldom two things' in one story
            total += 15
            if notes is not None:
                notes.append(f"the same amount to the digit ({a.text}, {b.text})")
        if fa.told_with and fb.told_with and a.value != b.value:
            theirs = {k for k, _ in fb.told_with}
            beside = [t for k, t in fa.told_with if k in theirs and k[0] != TOLD_TOLL]
            if beside:
                total += 15
                if notes is not None:
                    notes.append(f"both sentences also give {beside[0]}")
                toll = next((k for k, _ in fa.told_with if k in theirs and k[0] == TOLD_TOLL), None)
                if toll is not None:
                    # "two workers killed when a grain terminal blew apart on Wednesday" and "Two workers were killed
                    # ... Thursday afternoon": the same toll of the dead or hurt dates one deadly event
                    total += 5
                    if notes is not None:
                        notes.append(f"the same number {toll[1]} in both")
        if hour_slipped(fa.moment, fb.moment, self.hours_together):
            total += 25
            if notes is not None:
                notes.append(
                    f"the same minute of one day an hour apart ('{a.text}', '{b.text}'), and no outlet gives both:"
                    " a slip of the hour, as a time zone or a copy makes"
                )
        if fa.head is not None and fa.head == fb.head and fa.light_object == fb.light_object:
            total += 10
            if notes is not None:
                notes.append(same_word_note(fa.head, a.sentence, b.sentence, a.kind == "date"))
        elif a.kind == "date" and fa.head is not None and fb.head is not None and one_doing(fa.head, fb.head):
            total += 10  # "bought the club in 2009", "acquired Wexley in 2010": two verbs for one doing
            if notes is not None:
                notes.append(
                    f"two verbs for one doing: {verb_as_written(fa.head, a.sentence)}"
                    f" and {verb_as_written(fb.head, b.sentence)}"
                )
        elif a.kind in AMOUNT_KINDS and (doing := _noun_of_verb(fa, fb) or _noun_of_verb(fb, fa)) is not None:
            total += 10  # "compensation of €20,000" and "would pay 20,000 euros": one doing, as noun and as verb
            if notes is not None:
                notes.append(f"one names as a noun what the other says with a verb ('{doing}')")
        if (
            not same_noun
            and not same_measure
            and not same_nation
            and not twins
            and not fa.generic
            and not fb.generic
            and fa.folded is not None
            and fb.folded is not None
        ):
            total -= 10
            if notes is not None:
                wa, wb = as_written(a.counted or "", a.sentence), as_written(b.counted or "", b.sentence)
                notes.append(f"one counts {wa}, the other {wb}")
        if (
            same_noun
            and fa.claimant
            and fb.claimant
            and not same_party(fa.claimant, fb.claimant)
            # a measure's noun is its dimension ("4,400 metres", a length): one thing only as both name it
            and (a.kind != "measure" or (fa.about is not None and fa.about == fb.about))
        ):
            total += 10  # "X says N, Y says M": two named claimants' figures for one thing
            if notes is not None:
                notes.append(f"{a.claimant} and {b.claimant} each give a figure")
        if (
            a.kind == "date"
            and fa.clock is not None
            and fb.clock is not None
            and fa.claimant
            and fb.claimant
            and a.claimant is not None
            and a.claimant.rsplit(" ", 1)[-1][:1].isupper()  # (a name, "Dana Pulaski", not "officials")
            and same_party(fa.claimant, fb.claimant)
            and fa.head is not None
            and one_doing(fa.head, fb.head)
        ):
            # "Race director Dana Pulaski said officials halted the race at 11:15 a.m." and "Dana Pulaski said the
            # race was stopped at 11:45 a.m.": one named person's time of one doing, reported two ways
            total += 10
            if notes is not None:
                notes.append(f"both give {a.claimant}'s time for it")
        if notes is not None and a.tense != b.tense:
            notes.append(f"{a.tense} vs {b.tense} tense")
        if total < 0.0:
            total = 0.0
        elif total > 100.0:
            total = 100.0
        return round(total, 1), p, m, e, s
