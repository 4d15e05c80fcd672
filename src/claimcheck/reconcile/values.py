"""Values compared as intervals: equal, compatible (they overlap or one contains the other), or disjoint."""

from __future__ import annotations

import math
from typing import Literal, cast

from ..extract.numbers import CALENDAR_MONTHS, to_base_range, unit_dimension
from ..types import Claim, DateValue, Group, Quantity

Relation = Literal["equal", "compatible", "disjoint", "incomparable"]


Bounds = tuple[float, float, bool, bool]
ValueKey = tuple[object, ...]  # what a relation reads of a value, computed once per claim (see value_key)


# No news text states an amount this large: a longer run of digits is no claim (see stated_amount).
MAX_STATED = 10**30


def stated_amount(v: object) -> bool:
    """False for a Quantity holding a number no news text states: beyond ``MAX_STATED`` in size, or not
    finite. Such a number (a run of hundreds of digits) is not made a claim, so nothing downstream meets it."""
    if not isinstance(v, Quantity):
        return True
    for x in (v.value, v.low, v.high, v.whole, v.all_but):
        if x is None or isinstance(x, bool):
            continue
        if not isinstance(x, (int, float)) or not -MAX_STATED <= x <= MAX_STATED:  # NaN fails both
            return False
    return True


def _float(x: float | int) -> float:
    """``float(x)``, or the int itself when it is too large for a float (Python compares the two exactly)."""
    try:
        return float(x)
    except OverflowError:
        return x  # an int: exact against a float or an infinity


def _bounds(q: Quantity) -> Bounds | None:
    if q.low is None and q.high is None:
        if q.value is None:
            return None
        return _float(q.value), _float(q.value), True, True
    lo = -math.inf if q.low is None else _float(q.low)
    hi = math.inf if q.high is None else _float(q.high)
    return lo, hi, q.low_inclusive or q.low is None, q.high_inclusive or q.high is None


# The most days one unit of a date's grain spans: a span longer than its grain's unit is a range told from one end to
# the other ("from Feb. 27 to March 30", "between 2014 and 2021")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}


def value_key(v: object) -> ValueKey | None:
    """A value reduced to what relation_of compares: (0, unit, bounds, exact point, value, approximate) for an
    amount, (1, first day, day after, time, range) for a date, (2, text) for a name; None when it compares with
    nothing.

    ``time`` is None for a calendar span; for a time of day it is (first minute, minute after, exact, zone, day
    known), minutes counted from the day's ordinal (so two days' times compare) or, with no day, from midnight;
    ``range`` is the grain of a calendar span told from one end to the other, longer than one unit of its grain,
    else None (two such ranges of one grain are equal or rivals: each end is a fact)."""
    if isinstance(v, Quantity):
        return (0, v.unit, _bounds(v), v.is_point and not v.approximate, v.value, v.approximate, _in_base(v))
    if isinstance(v, DateValue):
        if v.minute is None:
            first, after = v.start.toordinal(), v.end.toordinal()
            if v.grain == "month" and after - first < 28:
                # "late April" (days 21-30, as Duckling reads it) and "April 20": a part of a month has no sharp
                # edge, and the day either side of it is as much in it as out (not past the month's own ends)
                first -= v.start.day > 1
                after += v.end.day > 1
            return (1, first, after, None, v.grain if after - first > _UNIT_DAYS.get(v.grain, after - first) else None)
        base = v.start.toordinal() * _DAY if v.day_known else 0
        exact = v.lo == 0 and v.hi == 1
        return (
            1,
            v.start.toordinal(),
            v.end.toordinal(),
            (base + v.minute + v.lo, base + v.minute + v.hi, exact, v.zone, v.day_known),
        )
    if isinstance(v, str):
        return (2, v)
    return None


def relation_of(ka: ValueKey | None, kb: ValueKey | None) -> Relation:
    """The relation of two values given by their value_key: the one place it is decided."""
    if ka is None or kb is None or ka[0] != kb[0]:
        return "incomparable"
    if ka[0] == 1:  # dates: [start, end)
        if ka[3] is not None or kb[3] is not None:
            return _time_relation(ka, kb)
        if ka[1] == kb[1] and ka[2] == kb[2]:
            return "equal"
        if ka[4] is not None and ka[4] == kb[4]:
            # "from Feb. 24 to March 30", "between Feb. 27 and March 30": each end is a fact told (but "April 2015 to
            # March 2024" is within "2015 to 2024", told to the year)
            return "disjoint"
        return "compatible" if ka[1] < kb[2] and kb[1] < ka[2] else "disjoint"  # type: ignore[operator]
    if ka[0] == 2:
        return "equal" if ka[1] == kb[1] else "disjoint"
    ua, ub = ka[1], kb[1]
    if ua != ub and not ({ua, ub} <= {None, "person"}):
        # "some 8,600 hectares" and "21,300 acres", "100 mph" and "161 km/h": one dimension in two units can
        # only overlap or not, never be equal as written
        ca, cb = ka[6], kb[6]
        if (ca is None or cb is None) and _bounds_one_way(ka, kb):
            # "at least two weeks" and "a minimum of 14 days": two bounds on one side both hold of some value
            return "compatible"
        if ca is None or cb is None or ca[0] != cb[0]:  # type: ignore[index]
            return "incomparable"
        return "compatible" if ca[1] <= cb[2] and cb[1] <= ca[2] else "disjoint"  # type: ignore[index]
    ba, bb = ka[2], kb[2]
    if ba is None or bb is None:
        return "incomparable"
    if ka[3] and kb[3]:  # two exact points
        if ka[4] == kb[4]:
            return "equal"
        return "compatible" if rounded_values(ka[4], kb[4]) else "disjoint"
    if ba == bb and ka[5] == kb[5]:
        return "equal"
    if _written_range(ba) and _written_range(bb) and not ka[5] and not kb[5]:  # type: ignore[arg-type]
        # "12 to 14 months" and "12-15 months": a range told from one end to the other gives each end as a fact, as a
        # span of days does; two are one only when each end is the other's rounded
        same_ends = all(ba[k] == bb[k] or rounded_values(ba[k], bb[k]) for k in (0, 1))  # type: ignore[index]
        return "compatible" if same_ends else "disjoint"
    if _maximum(ba) and _maximum(bb) and not ka[5] and not kb[5]:  # type: ignore[arg-type]
        # "hailstones up to 4.5 inches across" and "up to 5.4 inches": each names the largest, and two largest
        # are one figure told twice only when one is the other rounded
        return "compatible" if rounded_values(ba[1], bb[1]) else "disjoint"  # type: ignore[index]
    if ua in (None, "person") and not ka[5] and not kb[5] and bounds_apart(ba, bb) is not None:  # type: ignore[arg-type]
        return "disjoint"
    if ua in (None, "person") and (
        (not ka[5] and _bound_below(ba, bb)) or (not kb[5] and _bound_below(bb, ba))  # type: ignore[arg-type]
        or _bound_above(ba, bb) or _bound_above(bb, ba)  # type: ignore[arg-type]
    ):
        return "incomparable"
    if ua not in (None, "person") and (_point_and_bound_under(ba, bb) or _point_and_bound_under(bb, ba)):  # type: ignore[arg-type]
        return "compatible"
    # (the hedge's own figure is the point: "its sixth day", (5, 6], is no hedge of five days)
    if (kb[5] and kb[4] == ka[4] and _hedged_past(ba, bb)) or (ka[5] and ka[4] == kb[4] and _hedged_past(bb, ba)):  # type: ignore[arg-type]
        return "compatible"
    if _estimates_apart(ka, kb):
        return "disjoint"
    return _overlap(ba, bb)  # type: ignore[arg-type]


def _estimates_apart(ka: ValueKey, kb: ValueKey) -> bool:
    """Two round estimates, each hedged on both sides ("about 60 percent", "around 70 percent"), neither inside the
    other's hedge: two figures, however their hedges' bands touch. But "about 500" and "around 480", or "about 85"
    and "about 80", are one estimate told twice: the one figure lies in the other's band."""
    if not (ka[5] and kb[5]) or ka[4] is None or kb[4] is None:
        return False
    ba: Bounds = ka[2]  # type: ignore[assignment]
    bb: Bounds = kb[2]  # type: ignore[assignment]
    la, ha, lb, hb = ba[0], ba[1], bb[0], bb[1]
    va, vb = _float(ka[4]), _float(kb[4])  # type: ignore[arg-type]
    if not (la < va < ha and lb < vb < hb):
        return False
    return not (lb <= va <= hb or la <= vb <= ha)


def _hedged_past(x: Bounds, y: Bounds) -> bool:
    """``x`` is one figure and ``y`` a hedge just past it ("three knots", "just over three knots"; "400 jobs", "just
    under 400 jobs"): the hedge is written of the figure N another outlet gives, so the two are one figure."""
    return x[0] == x[1] and ((y[0] == x[0] and not y[2]) or (y[1] == x[0] and not y[3]))


def _written_range(x: Bounds) -> bool:
    """A range told from one end to the other ("12 to 14", "between four and 11"), both ends written and held."""
    # (compared with the infinities, not math.isfinite: a whole number too large for a float stays a whole number)
    return -math.inf < x[0] < x[1] < math.inf and x[2] and x[3]


def _maximum(x: Bounds) -> bool:
    """An upper bound that names the largest value ("up to 4.5 inches", "at most 30", "no more than 33,000"), not
    one strictly above every value ("fewer than 20", "under 40")."""
    return x[0] == -math.inf and not _open(x[1]) and x[3]


def _bound_above(x: Bounds, y: Bounds) -> bool:
    """``x`` is an upper bound of a count ("as many as 500,000", "up to 1,000") and ``y`` a figure wholly under
    it by more than BOUND_SPREAD ("275,000"; "84 dead"): a maximum or an estimate of its own, not a hedge of that
    figure, so the two never meet."""
    return _open(x[0]) and not _open(x[1]) and not _open(y[0]) and y[1] >= 0 and 3 * y[1] < 2 * x[1]


def _bound_below(x: Bounds, y: Bounds) -> bool:
    """``x`` is a lower bound of a count (not a vague plural: "dozens" keeps its whole range) and ``y`` a figure
    wholly past BOUND_SPREAD times it ("at least 470,000" and "about 5 million"; "at least 24 dead" and "370
    dead"): the bound hedges a figure near it, so the two are not one figure and its hedge; nor are they, as two
    such bounds are, rival or successive figures of one thing: a bound that low is often of another scope or
    another thing ("more than 200 staff returned to work", "1,210 work at the plant"), so they never meet."""
    return _open(x[1]) and not _open(x[0]) and not _open(y[1]) and x[0] > 0 and 2 * y[0] > 3 * x[0]


# In news a lower bound hedges a count near it: "more than 100" is said of 120, rarely of 300. Two lower bounds
# further apart than this ratio say two different figures ("at least 24 dead" on Saturday, "more than 370" on
# Thursday), not one figure twice. A vague plural ("dozens", "thousands") is no hedge of a figure and keeps its
# whole range.
BOUND_SPREAD = 1.5  # written as 3 / 2 in bounds_apart, to compare exact integers


def bounds_apart(ba: Bounds, bb: Bounds) -> float | None:
    """The ratio of two lower bounds of a count ("at least 24", "more than 370") when it passes BOUND_SPREAD.
    Only lower bounds: an upper bound is more often a maximum than a hedge ("faces up to 20 years", "winds of up
    to 40 mph are expected"). Bounds may be exact integers past a float's range: compared, never converted."""
    if not (_open(ba[1]) and _open(bb[1])) or _open(ba[0]) or _open(bb[0]):
        return None
    lo, hi = min(ba[0], bb[0]), max(ba[0], bb[0])
    if lo <= 0 or 2 * hi <= 3 * lo:  # BOUND_SPREAD = 3 / 2
        return None
    try:
        return float(hi) / float(lo)
    except OverflowError:
        return math.inf


# A figure converted from another unit is rounded as it is written: "100 mph (161 km/h)". Across units an exact
# figure stands for the values that round to it, and at least this share of it either way, unless it is written to
# three significant digits or more with no round end ("a 7,264-foot pass", "161 km/h"): such a figure was rounded
# only at its last digit.
CONVERSION_SLACK = 0.01


def _in_base(q: Quantity) -> tuple[str, float, float] | None:
    """The figure's range in its dimension's base unit ("8,600 hectares" -> area in square metres), for comparing
    it with a figure in another unit of that dimension; None for a unit without a fixed factor (currencies,
    months, scales) or none. An exact figure is widened to what rounds to it."""
    b = _bounds(q)
    if q.unit is None or b is None or _open(b[0]) or _open(b[1]):
        return None  # (an open bound compares with nothing across units: "more than 100 mph" against km/h)
    lo, hi = b[0], b[1]
    months = CALENDAR_MONTHS.get(q.unit)
    if months is not None:
        # "an 18-month ban" and "a two-year ban": a year is twelve months exactly, as no converted measure is, so a
        # count of years is compared as written, with no rounding's slack ("two years" is no 18 or 30 months)
        return "calendar", float(lo) * months, float(hi) * months
    if q.is_point and not q.approximate and q.value is not None:
        slack = _last_digit(q.value) / 2
        if not _precise(q.value):
            slack = max(CONVERSION_SLACK * abs(float(q.value)), slack)
        lo, hi = lo - slack, hi + slack
    base = to_base_range(lo, hi, q.unit)
    dim = unit_dimension(q.unit)
    if base is None or dim is None:
        return None
    return dim, base[0], base[1]


def _precise(x: float | int) -> bool:
    """A figure written to three significant digits or more whose last is not a zero ("7,264", "161", "72.2"; not
    "7,260", "1,000" or "98"): rounded at its last digit, not to a round number."""
    text = repr(float(x)) if isinstance(x, float) else str(x)
    if "e" in text:
        return False
    whole, _, decimals = text.lstrip("-").partition(".")
    digits = (whole + decimals.rstrip("0")).lstrip("0")
    return len(digits) >= 3 and not digits.endswith("0")


def _last_digit(x: float | int) -> float:
    """The place of a written figure's last digit: 1 for "161", 0.1 for "72.2"."""
    text = repr(float(x)) if isinstance(x, float) else str(x)
    if "e" in text or "." not in text:
        return 1.0
    decimals = text.split(".")[1].rstrip("0")
    return 10.0 ** -len(decimals) if decimals else 1.0


def _bounds_one_way(ka: ValueKey, kb: ValueKey) -> bool:
    """Two amounts in two units of one dimension, each bounded on one side only, the same side ("at least two
    weeks", "a minimum of 14 days")."""
    ba, bb = ka[2], kb[2]
    da, db = unit_dimension(ka[1]), unit_dimension(kb[1])  # type: ignore[arg-type]
    if ba is None or bb is None or da is None or da != db:
        return False
    lower = ba[1] == math.inf and bb[1] == math.inf and not _open(ba[0]) and not _open(bb[0])  # type: ignore[index]
    upper = ba[0] == -math.inf and bb[0] == -math.inf and not _open(ba[1]) and not _open(bb[1])  # type: ignore[index]
    return lower or upper


def _open(x: float) -> bool:
    return x == math.inf or x == -math.inf


def relative_gap(a: Claim, b: Claim) -> float | None:
    """How far apart two exact figures are, as a share of the larger ("84" and "85": 0.012); None unless both
    are exact points of one unit."""
    va, vb = a.value, b.value
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return None
    if va.unit != vb.unit and not ({va.unit, vb.unit} <= {None, "person"}):
        return None
    if not (va.is_point and vb.is_point) or va.value is None or vb.value is None:
        return None
    x, y = abs(va.value), abs(vb.value)
    hi = max(x, y)
    if hi == 0:
        return None
    try:
        return float(abs(va.value - vb.value)) / float(hi)
    except OverflowError:
        return 1.0


def why_disjoint(a: Claim, b: Claim) -> str:
    """Why two disjoint values cannot be one fact, in words."""
    va, vb = a.value, b.value
    if isinstance(va, Quantity) and isinstance(vb, Quantity) and va.unit != vb.unit and va.unit and vb.unit:
        return f"{va.describe()} and {vb.describe()} differ once converted, even allowing for rounding"
    if isinstance(va, Quantity) and isinstance(vb, Quantity) and not va.approximate and not vb.approximate:
        ka, kb = _bounds(va), _bounds(vb)
        ratio = bounds_apart(ka, kb) if ka is not None and kb is not None else None
        if ratio is not None:
            return f"bounds {ratio:.1f} times apart, too far to hedge one figure"
    if (
        isinstance(va, Quantity)
        and isinstance(vb, Quantity)
        and (key_a := value_key(va)) is not None
        and (key_b := value_key(vb)) is not None
        and _estimates_apart(key_a, key_b)
    ):
        return "two round estimates, neither figure within the other's hedge"
    return "they cannot both hold"


def rounded_values(x: object, y: object) -> bool:
    """One exact value is the other rounded to a whole number, or to the tens or hundreds its zeros show: "72 per
    cent" and "72.2 per cent", "40 metres" and "38.4 metres"."""
    if not isinstance(x, (int, float)) or not isinstance(y, (int, float)):
        return False
    fx, fy = _float(x), _float(y)
    if not all(isinstance(f, float) and math.isfinite(f) for f in (fx, fy)):
        return False  # a whole number too large for a float is never another one rounded
    whole, other = (fx, fy) if fx.is_integer() else (fy, fx)
    if whole.is_integer() and not other.is_integer() and abs(other - whole) < max(0.5, _round_step(whole) / 2):
        return True
    return _millions_rounded(fx, fy) or _millions_rounded(fy, fx)


def rounded_long_figure(a: Quantity, b: Quantity) -> bool:
    """Two exact figures in one unit, one of them a long figure ("48,706,120") and the other the same figure rounded
    as news writes it ("48.7 million"; see _millions_rounded)."""
    if a.unit != b.unit or a.approximate or b.approximate or not a.is_point or not b.is_point:
        return False
    if not isinstance(a.value, (int, float)) or not isinstance(b.value, (int, float)):
        return False
    fa, fb = _float(a.value), _float(b.value)
    if not (math.isfinite(fa) and math.isfinite(fb)):
        return False
    return _millions_rounded(fa, fb) or _millions_rounded(fb, fa)


def _round_step(whole: float) -> float:
    """The step a round whole number was rounded to, when a figure with a fraction may stand behind it: "40 m"
    for the investigators' "38.4 m" is rounded to tens. Half of it never strays past a tenth of the figure:
    "100" is no rounding of "149.5", which rounds to "150"."""
    n, step = int(abs(whole)), 1
    while n and n % 10 == 0:
        n //= 10
        step *= 10
    return min(float(step), abs(whole) / 5)


def _millions_rounded(r: float, o: float) -> bool:
    """``r`` is a figure of a hundred thousand or more written to two or three significant digits ("4.3 million",
    "£2.5bn", "4,300,000", "2.42 lakh"), or four for tens of millions and more ("229.4 million"), and ``o`` one more
    precise that rounds to it ("4,312,000", "2,41,860", "229,416,803"): news rounds such figures, and the two are
    one figure. Two round figures apart by a step ("4.3 million", "4.4 million") and smaller figures ("42", "40")
    stay apart."""
    if abs(r) < 100_000 or not r.is_integer() or not o.is_integer():
        return False
    written = str(int(abs(r)))
    digits = written.rstrip("0") or "0"
    if len(digits) > (4 if abs(r) >= 10_000_000 else 3):
        return False  # (tens of millions to one decimal: "229.4 million" for 229,416,803)
    step = 10 ** (len(written) - max(2, len(digits)))  # ("4 million" is 4.0 million, to two digits)
    return bool(o % step != 0 and abs(o - r) < step / 2)


_DAY = 24 * 60
TimeKey = tuple[int, int, bool, "str | None", bool]  # first minute, minute after, exact, zone, day known


def _time_relation(ka: ValueKey, kb: ValueKey) -> Relation:
    """A time of day against a time or a calendar span.

    Two times: equal when both are exact, on the same known day (or both undated) and in the same zone;
    compatible when the minutes they allow overlap (an undated time is compared by its clock alone, so at best
    compatible with a dated one); disjoint otherwise. Times in two different stated zones are incomparable.
    A time against a span: compatible when the span holds it, disjoint when not; incomparable with no day."""
    ta, tb = cast("TimeKey | None", ka[3]), cast("TimeKey | None", kb[3])
    if ta is None or tb is None:
        t, span = (ta, kb) if ta is not None else (tb, ka)
        assert t is not None
        if not t[4]:
            return "incomparable"
        first, after = cast(int, span[1]) * _DAY, cast(int, span[2]) * _DAY
        return "compatible" if t[0] < after and first < t[1] else "disjoint"
    if ta[3] != tb[3]:
        return "incomparable"
    a0, a1, b0, b1 = ta[0], ta[1], tb[0], tb[1]
    if ta[4] != tb[4]:  # one undated: compare the clocks
        a0, a1 = a0 % _DAY, a1 - (a0 - a0 % _DAY)
        b0, b1 = b0 % _DAY, b1 - (b0 - b0 % _DAY)
    elif (a0, a1, ta[2]) == (b0, b1, tb[2]):
        return "equal"
    return "compatible" if a0 < b1 and b0 < a1 else "disjoint"


def _point_and_bound_from(x: Bounds, y: Bounds) -> bool:
    """``x`` is one figure and ``y`` a bound past it with no top ("150 dead", "more than 150 people died"): news
    writes "more than N" of the figure N it hedges, so the two are one figure, not rivals."""
    return x[0] == x[1] == y[0] and not y[2] and _open(y[1])


def _point_and_bound_under(x: Bounds, y: Bounds) -> bool:
    """``x`` is one measure and ``y`` a bound under it with no bottom ("a four-minute raid", "inside for less than
    four minutes"): a measure is told rounded, and news writes "less than N" of the N another outlet rounds to, so
    the two are one figure, not rivals. (Not a count: "fewer than ten" is nine at most, and no rounding of 10.)"""
    return x[0] == x[1] == y[1] and not y[3] and _open(y[0])


def _overlap(ba: Bounds, bb: Bounds) -> Relation:
    lo = max(ba[0], bb[0])
    hi = min(ba[1], bb[1])
    if lo < hi:
        return "compatible"
    if lo == hi:
        if _point_and_bound_from(ba, bb) or _point_and_bound_from(bb, ba):
            return "compatible"
        lo_inc = (ba[2] if ba[0] == lo else True) and (bb[2] if bb[0] == lo else True)
        hi_inc = (ba[3] if ba[1] == hi else True) and (bb[3] if bb[1] == hi else True)
        return "compatible" if lo_inc and hi_inc else "disjoint"
    return "disjoint"


def quantity_relation(a: Quantity, b: Quantity) -> Relation:
    return relation_of(value_key(a), value_key(b))


def date_relation(a: DateValue, b: DateValue) -> Relation:
    return relation_of(value_key(a), value_key(b))


def relation(a: Claim, b: Claim) -> Relation:
    return relation_of(value_key(a.value), value_key(b.value))


def contains_text(a: Claim, b: Claim) -> str:
    """Why two compatible values are compatible, in words."""
    va, vb = a.value, b.value
    if isinstance(va, DateValue) and isinstance(vb, DateValue):
        if va.minute is not None or vb.minute is not None:
            return f"{va.iso()} {_tol(va)} and {vb.iso()} {_tol(vb)} overlap".replace("  ", " ")
        if va.start <= vb.start and vb.end <= va.end:
            return f"{va.iso()} contains {vb.iso()}"
        if vb.start <= va.start and va.end <= vb.end:
            return f"{vb.iso()} contains {va.iso()}"
        return f"{va.iso()} overlaps {vb.iso()}"
    if isinstance(va, Quantity) and isinstance(vb, Quantity):
        if va.unit != vb.unit and va.unit and vb.unit:
            return f"{va.describe()} and {vb.describe()} are about the same amount once converted"
        if va.is_point and vb.is_point and rounded_values(va.value, vb.value):
            whole, other = (va, vb) if float(va.value or 0).is_integer() else (vb, va)
            return f"{whole.value} is {other.value} rounded"
        if va.is_point and not vb.is_point:
            return f"{vb.describe()} contains {va.value}"
        if vb.is_point and not va.is_point:
            return f"{va.describe()} contains {vb.value}"
        return f"{va.describe()} overlaps {vb.describe()}"
    return "the values overlap"


def _tol(v: DateValue) -> str:
    """How far a time of day may be from its clock ("+-5 min"), empty for an exact time or a span."""
    if v.minute is None or (v.lo, v.hi) == (0, 1):
        return ""
    return f"({v.lo:+d}..{v.hi - 1:+d} min)"


def relation_between(group: Group, a: tuple[Claim, ...], b: tuple[Claim, ...]) -> str:
    """agree | compatible | conflict, for source A's claims against source B's in one group."""
    rels = {relation(x, y) for x in a for y in b}
    if group.verdict == "conflict":
        if group.kind == "name":
            return "conflict" if {str(x.value) for x in a}.isdisjoint({str(y.value) for y in b}) else "agree"
        if "disjoint" in rels:
            return "conflict"
    if rels <= {"equal"}:
        return "agree"
    return "compatible"
