"""Date expressions: normalise one to a calendar span, and find them in a sentence.

Pure Python, no spaCy. Three entry points:

- ``parse_date(text, reference, tense=None)``: the whole text is one date expression.
- ``is_relative(text)``: the expression needs a reference date (the article's date) to resolve.
- ``find_dates(sentence, reference, tense=None)``: non-overlapping date expressions in a sentence.

Every value is a :class:`~claimcheck.types.DateValue` ``[start, end)`` with the grain the text gave it.

Choices (deliberate, so that two outlets that say the same thing get the same value):

- Numeric dates are day-first (British news): ``03/11/2016`` is 3 November. When one part cannot be a
  month (``10/31/1974``, ``2/15``) the other reading is taken. ``2014-15`` / ``2011-12`` (second part is
  the next year) is a two-year range, not a month; ``2014-10`` is October 2014.
- Years: a bare number is a year only when it has four digits and lies in 1800..2100 (1000..2100 when it
  sits in a fuller date such as ``March 1066``, or follows "in" or "since": "completed in 1486"). In a
  sentence a bare year followed by a plural-looking word ("2014 people") is a count, unless a determiner or
  preposition precedes it ("the 2021 inquests", "in 2014 officers ..."); after "than", "about", "nearly",
  ... it is a count. Two-digit years only in whole-text parsing or with an apostrophe (``'15``).
- "May", "March" etc. alone are months in a sentence only when capitalised and after a preposition
  ("in May", "since March") or inside a fuller expression ("last May", "May 2016", "4 May").
- Seasons are meteorological: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb (winter 2019
  is Dec 2019 - Feb 2020). Grain "season".
- early/beginning, mid/middle, late/end narrow the span: of a year to Jan-Mar, May-Aug, Sep-Dec (grain
  month); of a month to days 1-10, 11-20, 21-end (grain month: "early May" is still "May" in ISO, a
  narrower span inside it); of a week to Mon-Wed, Tue-Thu, Fri-Sun; of
  a decade to years 0-3, 4-6, 7-9 (grain year); of a quarter or season to its first/middle/last month.
- Year-less and weekday expressions ("22 March", "March", "Friday", "Christmas") depend on ``tense``:
  "past" (and "perfect") takes the latest occurrence that started on or before the reference; "future" the
  first that has not ended; "present" the occurrence nearest the reference; None the one in the reference's
  year (month, quarter, season, holiday, day-month). A bare weekday is the latest on or before the reference,
  or with "future" the first on or after it: a weekday that names the article's own day is that day. A month
  and day within a month of the reference is its nearest occurrence whatever the tense ("June 23 will go
  down in history", written on June 24). A possessive weekday ("Tuesday's quake") is the nearest one
  (past or future by ``tense``, nearest with none).
- "last Friday" is the latest Friday strictly before the reference; "next Friday" is Friday of next week
  (Monday-based weeks); "this Friday" is Friday of the current week ("future": the next one);
  "Friday after next" is a week after the next Friday. "last May" / "last summer" is the latest one that
  has ended; "next May" the first that has not started.
- "N days/weeks ago" is a day; "N months ago" a month; "N years/decades ago" a year (the same for
  "in N ...", "N ... from now", "N ... hence"). "last/past N units" and "next N units" are whole calendar
  units ("last 2 years" in 2013 is 2011-2012); "the last/past N units" is the rolling window ending on
  the reference (grain day). "upcoming N units" is the Nth unit after the current one.
- "two years on" speaks from the article's own time: it resolves to the reference's year (month, week or
  day for those units). "two years later", "a year after", "the following month", "the previous year",
  "the next day", "that year" are anaphoric (relative to another event in the text, not to the article):
  ``parse_date`` returns None and ``find_dates`` returns them with ``value=None, relative=True``;
  :func:`is_anaphoric` tells them apart from article-relative expressions.
- Hedges ("about two weeks ago", "less than a year later") are ignored for the value, except of years ago: "more
  than 60 years ago" is the years up to that one, "less than ..." those since, "about ..." a tenth either way; a
  vague count back is a span ("a few years ago": two to five years back, "a couple of weeks ago": two or three).
- Holidays with a calendar rule are known (Christmas, Boxing Day, New Year's Day/Eve, Easter and its
  movable feasts, Orthodox Easter, Thanksgiving, Black Friday, MLK Day, Memorial Day, ...). Festivals of
  lunar / lunisolar calendars (Eid, Ramadan, Yom Kippur, Passover, Hanukkah, Chinese New Year, Diwali, Holi,
  Vesak, ...) come from the generated table holiday_table.py (Umm al-Qura for Islamic dates; India's dates for
  Hindu and Sikh festivals, 2001-2035 only); Hebrew festivals run from the eve (sundown) to the last day.
  "Thanksgiving in 9 months", "Diwali six years hence": the holiday in the year of the shifted reference.
- Open intervals ("since 2014", "before 2014") are not modelled: DateValue has closed ends, and the
  leading "since"/"by" is ignored.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import accumulate
from typing import Any

from claimcheck.extract.holiday_table import TABLES
from claimcheck.extract.numbers import ONE_WORD_NUMBERS, ORDINAL_VALUES, ascii_letter_runs
from claimcheck.types import DateValue, Grain

__all__ = [
    "DateMatch",
    "anaphor_event",
    "find_dates",
    "is_anaphoric",
    "corpus_reference",
    "is_one_day",
    "is_relative",
    "month_value",
    "names_day_of_month",
    "names_weekday",
    "undated_value",
    "day_for_time",
    "last_day_before",
    "on_day",
    "parse_date",
    "resolve_anaphoric",
    "weekday_slip",
]


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a sentence; ``text == sentence[start:end]``.

    ``value`` is None when the expression is relative and there is no reference, or when it is anaphoric.
    """

    start: int
    end: int
    text: str
    value: DateValue | None
    relative: bool
    day_stated: bool = True  # False for a time of day whose day the sentence does not give (see _with_times)
    half_stated: bool = True  # False for a bare 12-hour clock read as a.m. because nothing says which half


# --------------------------------------------------------------------------------------------- tables

_MONTHS: dict[str, int] = {
    "jan": 1,
    "january": 1,
    "feb": 2,
    "february": 2,
    "mar": 3,
    "march": 3,
    "apr": 4,
    "april": 4,
    "may": 5,
    "jun": 6,
    "june": 6,
    "jul": 7,
    "july": 7,
    "aug": 8,
    "august": 8,
    "sep": 9,
    "sept": 9,
    "september": 9,
    "oct": 10,
    "october": 10,
    "nov": 11,
    "november": 11,
    "dec": 12,
    "december": 12,
}
_FULL_MONTHS = {k for k in _MONTHS if len(k) > 4 or k in ("may", "june", "july")}
_WEEKDAYS: dict[str, int] = {
    "mon": 0,
    "monday": 0,
    "tue": 1,
    "tues": 1,
    "tuesday": 1,
    "wed": 2,
    "weds": 2,
    "wednesday": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "thursday": 3,
    "fri": 4,
    "friday": 4,
    "sat": 5,
    "saturday": 5,
    "sun": 6,
    "sunday": 6,
}
# the weekdays written out, as a pattern's alternatives
_FULL_DAY_NAMES = "|".join(w for w in _WEEKDAYS if w.endswith("day"))
_FULL_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_NUMS: dict[str, int] = {
    "a": 1,
    "an": 1,
    **ONE_WORD_NUMBERS,
    "a couple of": 2,
    "a few": 3,
    "few": 3,
    "couple of": 2,
}
# The counts a vague number of units back or ahead may be ("a few years ago": two to five years back)
_VAGUE_SPANS: dict[str, tuple[int, int]] = {"a few": (2, 5), "few": (2, 5), "a couple of": (2, 3), "couple of": (2, 3)}
_VAGUE_NUMS = ("several", "many", "some", "a number of", "a few", "few", "a couple of", "couple of")
_ORD_UNITS = [w for w, v in ORDINAL_VALUES.items() if v < 10]  # "first" .. "ninth", from numbers.py's table
_ORDS: dict[str, int] = {w: v for w, v in ORDINAL_VALUES.items() if v <= 31}  # the days of a month
for _i, _w in enumerate(_ORD_UNITS):
    _ORDS[f"twenty-{_w}"] = 21 + _i
    _ORDS[f"twenty {_w}"] = 21 + _i
_ORDS["thirty-first"] = 31
_ORDS["thirty first"] = 31
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_UNIT_GRAIN: dict[str, Grain] = {
    "day": "day",
    "week": "week",
    "fortnight": "week",
    "month": "month",
    "quarter": "quarter",
    "qtr": "quarter",
    "year": "year",
    "yr": "year",
    "decade": "decade",
}
_GRAIN_ORDER: dict[str, int] = {
    "minute": -1,
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 4,
    "year": 5,
    "decade": 6,
}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


_MON_ALT = _alt(_MONTHS)
_WD_ALT = _alt(_WEEKDAYS)
_ORD_ALT = _alt(_ORDS)
_NUM_ALT = _alt(_NUMS)
_HEDGE = (
    r"(?:(?:less|more|fewer) than|almost|nearly|about|around|some|over|under|just over|just under|"
    r"roughly|approximately|only|barely|just|exactly|precisely|at least|at most|up to) "
)


def _mon(n: str = "mon") -> str:
    return rf"(?P<{n}>{_MON_ALT})\.?"


def _wd(n: str = "wd") -> str:
    return rf"(?P<{n}>{_WD_ALT})\.?"


def _dayp(n: str = "day") -> str:
    return rf"(?P<{n}>\d{{1,2}}(?:st|nd|rd|th)?|{_ORD_ALT})"


_YEAR = r"(?P<year>\d{4}|'\d{2}|\d{2})"
_UNIT = r"(?P<unit>day|week|fortnight|month|quarter|qtr|year|yr|decade)s?"
_NUM = rf"(?P<n>\d{{1,3}}|{_NUM_ALT})"


# ------------------------------------------------------------------------------------ calendar helpers


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _day(d: date) -> DateValue:
    return DateValue(d, d + timedelta(days=1), "day")


def _days(a: date, b: date) -> DateValue:
    return DateValue(a, b, "day")


def _month(y: int, m: int) -> DateValue:
    ny, nm = _add_months(y, m, 1)
    return DateValue(date(y, m, 1), date(ny, nm, 1), "month")


month_value = _month  # the month ``m`` of year ``y``, as a month-grain DateValue


def _months(y: int, m: int, n: int) -> DateValue:
    ny, nm = _add_months(y, m, n)
    return DateValue(date(y, m, 1), date(ny, nm, 1), "month")


def _year(y: int) -> DateValue:
    return DateValue(date(y, 1, 1), date(y + 1, 1, 1), "year")


def _quarter(y: int, q: int) -> DateValue:
    return DateValue(date(y, 3 * q - 2, 1), _month(y, 3 * q).end, "quarter")


def _season(y: int, name: str) -> DateValue:
    m = _SEASONS[name]
    return DateValue(date(y, m, 1), _month(*_add_months(y, m, 2)).end, "season")


def _unit_at(grain: Grain, d: date, k: int = 0) -> DateValue:
    """The calendar unit of ``grain`` containing ``d``, moved ``k`` units."""
    if grain == "day":
        return _day(d + timedelta(days=k))
    if grain == "week":
        mon = d - timedelta(days=d.weekday()) + timedelta(weeks=k)
        return DateValue(mon, mon + timedelta(days=7), "week")
    if grain == "month":
        return _month(*_add_months(d.year, d.month, k))
    if grain == "quarter":
        y, m = _add_months(d.year, (d.month - 1) // 3 * 3 + 1, 3 * k)
        return _quarter(y, (m - 1) // 3 + 1)
    if grain == "decade":
        y = d.year // 10 * 10 + 10 * k
        return DateValue(date(y, 1, 1), date(y + 10, 1, 1), "decade")
    return _year(d.year + k)


def _shift(d: date, grain: Grain, k: int) -> date:
    """``d`` moved by ``k`` units, keeping the day of month where it can."""
    if grain == "day":
        return d + timedelta(days=k)
    if grain == "week":
        return d + timedelta(weeks=k)
    months = {"month": 1, "quarter": 3, "season": 3, "year": 12, "decade": 120}[grain] * k
    y, m = _add_months(d.year, d.month, months)
    day = min(d.day, _month(y, m).end.toordinal() - date(y, m, 1).toordinal())
    return date(y, m, day)


def _valid_day(month: int | None, day: int, year: int | None = None) -> bool:
    if not 1 <= day <= 31:
        return False
    if month is None:
        return True
    try:
        date(2000 if year is None else year, month, day)
    except ValueError:
        return False
    return True


def _mode(tense: str | None) -> str:
    """How a cyclic expression picks its occurrence: a perfect ("has had 59 cases since December") speaks of
    the past; a present ("the conference opens in October") of the occurrence nearest the reference."""
    if tense == "perfect":
        return "past"
    if tense == "present":
        return "nearest"
    return tense if tense in ("past", "future") else "this"


def _choose(occ: Callable[[int], DateValue], ref: date, mode: str) -> DateValue | None:
    """Pick an occurrence of a cyclic expression; ``occ(0)`` is the one in the reference's period."""
    cands: list[DateValue] = []
    for k in range(-5, 6):
        try:
            cands.append(occ(k))
        except (ValueError, OverflowError):
            continue
    if not cands:
        return None
    if mode == "this":
        try:
            return occ(0)
        except ValueError:
            return min(cands, key=lambda v: abs(v.start.toordinal() - ref.toordinal()))
    if mode == "nearest":
        return min(cands, key=lambda v: _distance(v, ref))
    if mode == "future":
        return next((v for v in cands if v.end > ref), None)
    if mode == "next":
        return next((v for v in cands if v.start > ref), None)
    if mode == "past":
        return next((v for v in reversed(cands) if v.start <= ref), None)
    if mode == "last":
        return next((v for v in reversed(cands) if v.end <= ref), None)
    return None


def _distance(v: DateValue, ref: date) -> int:
    """Days from ``ref`` to the span ``v`` (0 when it holds ``ref``)."""
    if v.start > ref:
        return (v.start - ref).days
    return max(0, (ref - v.end).days + 1)


_NEAR_DAYS = 31  # a month and day this close to the reference is its nearest occurrence, whatever the tense


def _weekday_rel(wd: int, ref: date, mode: str) -> DateValue:
    monday = ref - timedelta(days=ref.weekday())
    if mode == "future":
        return _day(ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1))
    if mode == "ahead":  # a bare weekday looking ahead: the article's own weekday is that day
        return _day(ref + timedelta(days=(wd - ref.weekday()) % 7))
    if mode == "last":
        return _day(ref - timedelta(days=(ref.weekday() - wd - 1) % 7 + 1))
    if mode == "next":
        return _day(monday + timedelta(days=7 + wd))
    if mode == "this":
        return _day(monday + timedelta(days=wd))
    if mode in ("after_next", "week_on"):
        return _day(ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 8))
    return _day(ref - timedelta(days=(ref.weekday() - wd) % 7))  # past: on or before


# ----------------------------------------------------------------------------------- parsed expressions

Resolver = Callable[[date | None, str | None], DateValue | None]


@dataclass(frozen=True)
class _Cal:
    """A calendar date with parts possibly missing ("22 March": no year)."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


@dataclass(frozen=True)
class _Expr:
    fn: Resolver
    relative: bool
    anaphoric: bool = False
    cal: _Cal | None = None
    num: int | None = None  # a bare number, only meaningful as one side of a range
    yearly: Callable[[int], DateValue] | None = None  # a yearly event without its year: its occurrence in year y


@dataclass(slots=True)
class _Ctx:
    """What a rule may read around its span. One is made for every candidate span of every sentence, so it
    is not frozen (a frozen dataclass sets each field through object.__setattr__, three times as slow):
    nothing changes one once made; a different context is a ``replace`` of it."""

    scan: bool = False
    prev: str = ""  # the word before the span, lowercased
    prev_raw: str = ""  # the word before the span, as written
    nxt: str = ""  # the word after the span, as written
    raw: str = ""  # the span as written
    left: str = ""  # the two characters before the span
    before: str = ""  # up to 30 characters before the span (scan only)
    right: str = ""  # up to 16 characters after the span (scan only; two elsewhere)


def _absolute(v: DateValue | None) -> _Expr | None:
    if v is None:
        return None
    return _Expr(fn=lambda ref, tense: v, relative=False)


def _relative(fn: Callable[[date, str | None], DateValue | None]) -> _Expr:
    def run(ref: date | None, tense: str | None) -> DateValue | None:
        if ref is None:
            return None
        try:
            return fn(ref, tense)
        except (ValueError, OverflowError):
            return None

    return _Expr(fn=run, relative=True)


def _then(inner: _Expr, f: Callable[[DateValue], DateValue | None]) -> _Expr:
    """``inner`` with ``f`` applied to the date it resolves to ("early <inner>", "the week of <inner>")."""
    fn = inner.fn

    def run(ref: date | None, tense: str | None) -> DateValue | None:
        v = fn(ref, tense)
        return None if v is None else f(v)

    return _Expr(fn=run, relative=inner.relative)


_ANAPHORIC = _Expr(fn=lambda ref, tense: None, relative=True, anaphoric=True)


def _resolve_cal(c: _Cal, ref: date | None, tense: str | None) -> DateValue | None:
    try:
        if c.year is not None:
            if c.month is None:
                return _year(c.year)
            if c.day is None:
                return _month(c.year, c.month)
            return _day(date(c.year, c.month, c.day))
        if ref is None:
            return None
        month, day = c.month, c.day
        if c.weekday is not None and day is not None:
            return _weekday_cal(c, ref, tense)
        if month is not None and day is not None:
            near = _choose(lambda k: _day(date(ref.year + k, month, day)), ref, "nearest")
            if near is not None and _distance(near, ref) <= _NEAR_DAYS:
                return near  # "June 23 will go down in history", written on June 24
            return _choose(lambda k: _day(date(ref.year + k, month, day)), ref, _mode(tense))
        if month is not None:
            return _choose(lambda k: _month(ref.year + k, month), ref, _mode(tense))
        if day is not None:
            return _choose(lambda k: _day(date(*_add_months(ref.year, ref.month, k), day)), ref, _mode(tense))
        if c.weekday is not None:
            return _weekday_rel(c.weekday, ref, "ahead" if tense == "future" else "past")
    except (ValueError, OverflowError):
        return None
    return None


def _weekday_cal(c: _Cal, ref: date, tense: str | None) -> DateValue | None:
    """A weekday with a day (and maybe month): the matching date, preferring the tense's direction."""
    cands: list[date] = []
    if c.month is not None and c.day is not None:
        for y in range(ref.year - 12, ref.year + 13):
            if _valid_day(c.month, c.day, y) and date(y, c.month, c.day).weekday() == c.weekday:
                cands.append(date(y, c.month, c.day))
    elif c.day is not None:
        for k in range(-24, 25):
            y, m = _add_months(ref.year, ref.month, k)
            if _valid_day(m, c.day, y) and date(y, m, c.day).weekday() == c.weekday:
                cands.append(date(y, m, c.day))
    if c.month is not None and c.day is not None and _valid_day(c.month, c.day, ref.year):
        near = date(ref.year, c.month, c.day)
        if abs((near - ref).days) <= _SLIP_WINDOW and not any(abs((d - ref).days) <= _SLIP_WINDOW for d in cands):
            # "Thursday 13 August" in a paper of 14 August 2025, a Wednesday: a slip of the weekday or of the day
            # in a story of this week, not a 13 August a year away that was a Thursday
            return _day(near)
    if not cands:
        return None
    year = timedelta(days=366)
    if tense == "future":
        ahead = [d for d in cands if ref < d <= ref + year]
        if ahead:
            return _day(ahead[0])
    if tense == "past":
        behind = [d for d in cands if ref - year <= d <= ref]
        if behind:
            return _day(behind[-1])
    return _day(min(cands, key=lambda d: abs(d.toordinal() - ref.toordinal())))


_SLIP_WINDOW = 45  # days around the reference within which a weekday that fits no date is taken for a slip


def _cal_expr(c: _Cal) -> _Expr:
    return _Expr(fn=lambda ref, tense: _resolve_cal(c, ref, tense), relative=c.year is None, cal=c)


# ------------------------------------------------------------------------------------------ atom values


def _int_day(s: str) -> int:
    s = s.strip()
    if s in _ORDS:
        return _ORDS[s]
    return int(re.sub(r"(st|nd|rd|th)$", "", s))


def _int_num(s: str) -> int:
    return _NUMS[s] if s in _NUMS else int(s)


def _int_year(s: str, ctx: _Ctx, low: int = 1000) -> int | None:
    if s.startswith("'"):
        return 2000 + int(s[1:]) if int(s[1:]) < 50 else 1900 + int(s[1:])
    if len(s) == 2:
        if ctx.scan:
            return None
        return 2000 + int(s) if int(s) < 50 else 1900 + int(s)
    y = int(s)
    return y if low <= y <= 2100 else None


def _cal_checked(year: int | None, month: int | None, day: int | None, wd: int | None = None) -> _Expr | None:
    if day is not None and not _valid_day(month, day, year):
        return None
    return _cal_expr(_Cal(year, month, day, wd))


def _wd_of(g: dict[str, str | None], *names: str) -> int | None:
    for n in names:
        v = g.get(n)
        if v:
            return _WEEKDAYS[v]
    return None


# ------------------------------------------------------------------------------------------- handlers

Handler = Callable[[re.Match[str], _Ctx], "_Expr | None"]
# A rule's gate keeps a rare rule off ordinary spans: a set of head words (the first word, or the second after
# "the/last/next/this/..."; hyphenated words by their first part), or a cheap test of the normalised text.
Gate = frozenset[str] | Callable[[str], bool]
_RULES: list[tuple[re.Pattern[str], Handler, Gate | None]] = []
_REL_WORDS = {"last", "next", "this", "the", "coming", "past", "previous"}


def _head(s: str) -> str:
    sp = s.find(" ")
    w = s if sp < 0 else s[:sp]
    if w in _REL_WORDS and sp >= 0:
        sp2 = s.find(" ", sp + 1)
        w = s[sp + 1 :] if sp2 < 0 else s[sp + 1 : sp2]
    return w.partition("-")[0] if "-" in w else w


def _rule(pattern: str, gate: Gate | None = None) -> Callable[[Handler], Handler]:

    def deco(fn: Handler) -> Handler:
        _RULES.append((re.compile(pattern), fn, gate))
        return fn

    return deco


_PLURALISH = re.compile(r"[a-z]{2,}s$")
_YEAR_PREV_OK = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "in",
    "since",
    "during",
    "until",
    "till",
    "before",
    "after",
    "between",
    "early",
    "late",
    "mid",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "year",
    "season",
}
_IRREGULAR_PLURALS = {
    "people",
    "men",
    "women",
    "children",
    "police",
    "staff",
    "personnel",
    "troops",
    "cattle",
    "feet",
    "teeth",
    "mice",
    "geese",
    "data",
    "media",
    "criteria",
    "phenomena",
    "youth",
}
_YEAR_PREV_BAD = {
    "than",
    "about",
    "nearly",
    "almost",
    "over",
    "some",
    "approximately",
    "roughly",
    "around",
    "least",
    "estimated",
    "under",
    "just",
    "only",
    "number",
    "no",
    "page",
    "flight",
    "route",
    "bus",
    "room",
    "code",
    "model",
    "version",
    "cost",
    "costs",
    "paid",
    "pay",
    "scored",
}


def _year_ok_in_scan(ctx: _Ctx, hedged: bool = False) -> bool:
    acronym = len(ctx.prev_raw) > 1 and ctx.prev_raw.isalpha() and ctx.prev_raw.isupper()
    if (ctx.prev in _YEAR_PREV_BAD and not hedged) or acronym:
        return False  # a count, or a code / product name ("ABC 2000")
    if re.search(r"[£$€#]$|\d[.,]$", ctx.left) or re.match(r"[.,]\d|%|[a-rt-z]", ctx.right, re.I):
        return False
    nxt = ctx.nxt.lower()
    return not (
        nxt in ("percent", "per", "pounds", "dollars", "euros", "metres", "meters", "miles", "km")
        or (
            (_PLURALISH.match(nxt) or nxt in _IRREGULAR_PLURALS)
            and not nxt.endswith("'s")
            and ctx.prev not in _YEAR_PREV_OK
        )
    )


@_rule(r"(?P<y>\d{4}) ?(?P<s>[-/.]) ?(?P<m>\d{1,2}) ?(?P=s) ?(?P<d>\d{1,2})")
def _r_iso(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    y = _int_year(m["y"], ctx)
    if y is None or not 1 <= int(m["m"]) <= 12:
        return None
    return _cal_checked(y, int(m["m"]), int(m["d"]))


@_rule(r"(?P<y>\d{4}) ?[-/] ?(?P<b>\d{2}|\d{4})")
def _r_year_pair(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    y = _int_year(m["y"], ctx)
    if y is None:
        return None
    b = int(m["b"])
    if len(m["b"]) == 2:
        full = y // 100 * 100 + b
        if full == y + 1 or (not 1 <= b <= 12 and y < full <= y + 10):
            return _absolute(DateValue(date(y, 1, 1), date(full + 1, 1, 1), "year"))
        if 1 <= b <= 12 and "/" not in m[0] or (1 <= b <= 12 and not ctx.scan):
            return _absolute(_month(y, b))
        return None
    if y < b <= 2100:
        return _absolute(DateValue(date(y, 1, 1), date(b + 1, 1, 1), "year"))
    return None


@_rule(r"(?P<a>\d{1,2}) ?(?P<s>[-/.]) ?(?P<b>\d{1,2}) ?(?P=s) ?(?P<y>\d{4}|\d{2})")
def _r_numeric(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if ctx.scan and (m["s"] == "." and len(m["y"]) == 2 or " " in m[0]):
        return None
    y = int(m["y"]) if len(m["y"]) == 4 else None
    if y is None:
        y = 2000 + int(m["y"]) if int(m["y"]) < 50 else 1900 + int(m["y"])
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    if not 1 <= month <= 12:
        return None
    return _cal_checked(y, month, day)


@_rule(r"(?P<m>\d{1,2})/(?P<y>\d{4})")
def _r_month_year_num(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    y, mo = _int_year(m["y"], ctx), int(m["m"])
    return _absolute(_month(y, mo)) if y is not None and 1 <= mo <= 12 else None


@_rule(r"(?P<a>\d{1,2}) ?[/-] ?(?P<b>\d{1,2})")
def _r_day_month_num(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if ctx.scan:
        return None
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    return _cal_checked(None, month, day) if 1 <= month <= 12 else None


@_rule(
    rf"(?:{_wd()}[,\s]+)?(?:the )?{_dayp()}(?: day)?[\s/.-]*(?:of )?{_mon()}(?:[\s,/.-]+{_YEAR})?"
    rf"(?:[,\s]+{_wd('wd2')})?"
)
def _r_day_month(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    return _cal_parts(m, ctx)


@_rule(rf"{_mon()}(?: of)?[\s,./-]*(?P<year>\d{{4}}|'\d{{2}})")
def _r_month_year(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if ctx.scan and m["mon"] == "may" and not ctx.raw[:1].isupper():
        return None
    y = _int_year(m["year"], ctx)
    return None if y is None else _cal_expr(_Cal(y, _MONTHS[m["mon"]]))


@_rule(
    rf"(?:{_wd()}[,\s]+)?{_mon()}[\s.,-]*(?:the )?{_dayp()}(?:(?:,\s*|\s+){_YEAR})?"
    rf"(?:[,\s]+{_wd('wd2')})?"
)
def _r_month_day(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if ctx.scan and m["mon"] == "may" and not ctx.raw[:1].isupper():
        return None
    if ctx.scan and _COMMA_DAY.match(ctx.raw):
        # "since April, 11 of whom had died": a comma between a month and a number ends the month (a day follows
        # its month without one: "April 11")
        return None
    return _cal_parts(m, ctx)


_COMMA_DAY = re.compile(r"[a-z.]+\s*,\s*\d", re.IGNORECASE)
_MONTH_AND_NUMBER = re.compile(rf"{_mon()}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?", re.IGNORECASE)


def _cal_parts(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    g = m.groupdict()
    year = None
    if g.get("year"):
        year = _int_year(m["year"], ctx)
        if year is None:
            return None
    wd = _wd_of(g, "wd", "wd2")
    if (
        ctx.scan
        and wd is not None
        and not (g.get("wd") or g.get("wd2") or "").startswith(tuple(_FULL_WEEKDAYS))
        and len(g.get("wd") or g.get("wd2") or "") < 3
    ):
        return None
    if year is not None:
        wd = None  # a full date: the weekday adds nothing (and a wrong one is the writer's slip)
    return _cal_checked(year, _MONTHS[m["mon"]], _int_day(m["day"]), wd)


_MONTH_PREVS = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "during",
    "from",
    "of",
    "before",
    "after",
    "last",
    "next",
    "this",
    "early",
    "late",
    "mid",
    "throughout",
    "through",
    "to",
    "and",
    "or",
    "between",
    "that",
    "every",
    "each",
}


@_rule(rf"(?P<rel>last|next|this|coming|past|previous) {_mon()}|{_mon('mon2')} (?P<post>after next|last)")
def _r_rel_month(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    month = _MONTHS[m["mon"] or m["mon2"]]
    if ctx.scan and (m["mon"] or m["mon2"]) not in _FULL_MONTHS:
        return None
    rel = m["rel"] or m["post"]
    mode = {"last": "last", "past": "last", "previous": "last", "this": "this"}.get(rel, "next")

    def fn(ref: date, tense: str | None) -> DateValue | None:
        v = _choose(lambda k: _month(ref.year + k, month), ref, mode)
        if v is not None and rel == "after next":
            v = _month(v.start.year + 1, month)
        return v

    return _relative(fn)


@_rule(rf"{_mon()},? (?:of )?(?P<rel>last|this|next) year")
def _r_month_of_rel_year(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """ "in January last year", "March of next year": that month of the year before, this or after the reference
    (not "January last", which is the latest January)."""
    if ctx.scan and m["mon"] not in _FULL_MONTHS:
        return None
    month = _MONTHS[m["mon"]]
    k = {"last": -1, "this": 0}.get(m["rel"], 1)
    return _relative(lambda ref, tense: _month(ref.year + k, month))


@_rule(
    rf"(?:{_mon()}[\s.,-]*(?:the )?{_dayp()}|(?:the )?{_dayp('day2')}(?: day)?[\s/.-]*(?:of )?{_mon('mon2')})"
    r",? (?:of )?(?P<rel>last|this|next) year"
)
def _r_day_of_rel_year(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """ "March 14 last year", "on 3 June this year": that day of the year before, this or after the reference
    (not the nearest March 14 the tense would pick, with "last year" a date of its own)."""
    mon = m["mon"] or m["mon2"]
    if ctx.scan and mon not in _FULL_MONTHS:
        return None
    month, day = _MONTHS[mon], _int_day(m["day"] or m["day2"])
    k = {"last": -1, "this": 0}.get(m["rel"], 1)
    return _relative(lambda ref, tense: _day(date(ref.year + k, month, day)))


@_rule(rf"(?:{_HEDGE})?{_NUM} {_UNIT} (?P<dir>after|before|from|until|prior to) (?P<rest>.+)")
def _r_offset(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    inner = _atom(m["rest"], replace(ctx, prev="of"))
    if inner is None or inner.anaphoric:
        return None
    n = _int_num(m["n"]) * (2 if m["unit"] == "fortnight" else 1)
    grain = _UNIT_GRAIN[m["unit"]]
    sign = -1 if m["dir"] in ("before", "until", "prior to") else 1

    def shift(v: DateValue) -> DateValue | None:
        if _GRAIN_ORDER[v.grain] > _GRAIN_ORDER[grain] and grain != "day":
            return None
        if v.grain == "day" and v.end == v.start + timedelta(days=1):
            return _day(_shift(v.start, grain, sign * n))
        start = _shift(v.start, grain, sign * n)
        return DateValue(start, _shift(v.end, grain, sign * n), v.grain)

    return _then(inner, shift)


@_rule(_mon())
def _r_month(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    attributive = (
        ctx.prev in ("a", "an", "the")
        and m["mon"] != "may"
        and ctx.nxt[:1].islower()
        and not ctx.nxt.lower().startswith(("of", "and", "or", "to", "through", "until", "till"))
    )  # "a December visit", "the October elections" (not "the May government")
    if ctx.scan and not (
        (ctx.prev in _MONTH_PREVS or attributive) and ctx.raw[:1].isupper() and m["mon"] in _FULL_MONTHS
    ):
        return None
    e = _cal_expr(_Cal(month=_MONTHS[m["mon"]]))
    if ctx.prev == "since":  # "since December": a month that has begun, whatever the verb's tense
        fn = e.fn
        return replace(e, fn=lambda ref, tense: fn(ref, "past"))
    return e


@_rule(r"(?P<y>\d{1,4})(?: ?(?P<era>a\.? ?d\.?|c\.? ?e\.?|b\.? ?c\.?(?: ?e\.?)?))?")
def _r_year(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    era = (m["era"] or "").replace(".", "").replace(" ", "")
    y = int(m["y"])
    if era.startswith("b"):
        return None  # DateValue cannot hold years BC
    if era:
        return _absolute(_year(y)) if 1 <= y <= 2100 else None
    # in a sentence, a year before 1800 is read only after "in" or "since" ("completed in 1486", "held since
    # 1180"), as counts of four digits are written with a comma ("1,486 people") and codes go bare ("Form 1040")
    hedged = ctx.scan and _hedged_year(ctx)
    earliest = 1000 if not ctx.scan or ctx.prev in ("in", "since") or hedged else 1800
    if len(m["y"]) != 4 or not earliest <= y <= 2100:
        return None
    if ctx.scan and not _year_ok_in_scan(ctx, hedged):
        return None
    return _cal_expr(_Cal(y))


# A hedge before a year: after a preposition of time ("in about 1644", "since around 2010") or "circa"/"c."
_HEDGED_YEAR_BEFORE = re.compile(
    r"(?:\b(?:in|since|from|until|till|by|before|after)\s+(?:about|around|roughly|approximately)|\b(?:circa|c\.|ca\.)"
    # or a hedge right after a verb of making, whose time it gives: "painted around 1512", "built about 1660"
    r"|\b(?:built|painted|founded|written|composed|carved|erected|constructed|completed|established|drawn|printed)"
    r"\s+(?:about|around|roughly|approximately))\s*\Z",
    re.IGNORECASE,
)
_YEAR_HEDGES = frozenset("about around roughly approximately circa c. ca.".split())
# A clause of time after a hedged year: "buried around 1644, when the county changed hands"
_TIME_CLAUSE_AFTER = re.compile(r",?\s*(?:when|while|during|as|before|after|until)\b", re.IGNORECASE)


def _hedged_year(ctx: _Ctx) -> bool:
    """A four-digit number after a hedge that makes it a year, not a count: the hedge follows a preposition of
    time or is "circa", or a clause of time follows the number ("hidden around 1644, when ..."). A count of a
    thousand or more is written with a comma ("about 1,644 people"); a bare one after a hedge elsewhere stays a
    count ("about 2000 people", "numbered around 1500")."""
    if ctx.prev not in _YEAR_HEDGES and not (ctx.prev == "." and _CIRCA_BEFORE.search(ctx.before)):
        return False  # (the tokens may part "c." into "c" and ".")
    return bool(_HEDGED_YEAR_BEFORE.search(ctx.before) or _TIME_CLAUSE_AFTER.match(ctx.right))


_CIRCA_BEFORE = re.compile(r"\b(?:c|ca)\.\s*\Z", re.IGNORECASE)


@_rule(r"(?P<the>the )?(?:(?P<c>1[0-9]|20)|(?P<q>'))?(?P<d>\d)0'?s")
def _r_decade(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if m["c"] is None and m["q"] is None and m["the"] is None and (ctx.scan or ctx.prev in ("her", "his")):
        return None
    d = int(m["d"])
    cent = int(m["c"]) * 100 if m["c"] else (2000 if d <= 2 else 1900)
    y = cent + 10 * d
    return _absolute(DateValue(date(y, 1, 1), date(y + 10, 1, 1), "decade"))


@_rule(rf"the (?P<w>{_alt(_DECADE_WORDS)})")
def _r_decade_word(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    y = 1900 + 10 * _DECADE_WORDS[m["w"]]
    return _absolute(DateValue(date(y, 1, 1), date(y + 10, 1, 1), "decade"))


@_rule(
    r"(?:(?P<rel>this|last|next|past|previous|coming|current|the) )?"
    r"(?P<s>spring|summer|autumn|fall|winter)(?:(?: of)?[\s,]*(?P<year>\d{4}|'\d{2}))?"
)
def _r_season(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    name = "autumn" if m["s"] == "fall" else m["s"]
    if m["year"]:
        if m["rel"] not in (None, "the"):
            return None
        y = _int_year(m["year"], ctx)
        return None if y is None else _absolute(_season(y, name))
    if (
        ctx.scan
        and m["rel"] in (None, "the")
        and (
            m["s"] in ("fall", "spring")
            or ctx.prev not in ("in", "during", "by", "since", "until", "over", "through", "throughout")
        )
    ):
        return None
    if m["rel"] in ("previous",) and m[0].startswith("the"):
        return _ANAPHORIC
    rel = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next"}.get(m["rel"] or "")

    def fn(ref: date, tense: str | None) -> DateValue | None:
        base = ref.year - 1 if name == "winter" and ref.month <= 2 else ref.year
        return _choose(lambda k: _season(base + k, name), ref, rel or _mode(tense))

    return _relative(fn)


_ANA_RX = re.compile(
    r"(?:the (?:next|following|previous|preceding|same|subsequent|prior)|following|preceding|subsequent) "
    r"(?:day|week|weekend|fortnight|month|year|quarter|decade|morning|afternoon|evening|night|spring|summer|"
    rf"autumn|winter|{_WD_ALT}|{_MON_ALT})"
    r"|(?:that|the same) (?:day|week|weekend|month|year|morning|afternoon|evening|night|spring|summer|autumn|"
    r"winter)"
    r"|the (?:day|week|month|year|night|morning|evening) (?:before|after)"
    r"|(?:later|earlier) (?:that|the same|in the) (?:day|week|month|year|morning|evening|night)"
    rf"|(?:{_HEDGE})?(?:{_NUM_ALT}|\d{{1,3}}|{_alt(_VAGUE_NUMS)}) "
    r"(?:hour|day|night|week|fortnight|month|year|decade)s? "
    r"(?:later|earlier|after|afterwards|before|previously|beforehand|prior)"
    r"|(?:days|weeks|months|years|decades) (?:later|earlier|afterwards|before)"
    r"|(?:shortly|soon|not long|long|some time|sometime) (?:after|afterwards|before)(?:wards)?"
)


@_rule(r"(?:(?:at|over|during) )?the weekend")
def _r_the_weekend(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """ "at the weekend", "over the weekend": the weekend of the article's week, the one just gone when told in
    the past from a weekday (a Monday's "were treated at the weekend"), the coming one when told in the future."""

    def weekend(ref: date, tense: str | None) -> DateValue:
        j = 0
        if tense in ("past", "perfect") and ref.weekday() < 5:
            j = -1
        return _days(ref - timedelta(days=ref.weekday() - 5 - 7 * j), ref - timedelta(days=ref.weekday() - 7 - 7 * j))

    return _relative(weekend)


@_rule(
    r"(?P<rel>this|last|next|past|previous|coming|current|upcoming) (?P<unit>day|week|fortnight|month|"
    r"quarter|qtr|year|yr|decade|weekend)"
)
def _r_rel_unit(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    rel, unit = m["rel"], m["unit"]
    k = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1}.get(rel, 1)
    if unit == "day":
        return None
    if unit == "weekend":

        def weekend(ref: date, tense: str | None) -> DateValue:
            j = k
            if k == 0 and tense in ("past", "perfect") and ref.weekday() < 5:
                j = -1  # "killed 64 people this weekend", written on a Monday: the weekend just gone
            return _days(
                ref - timedelta(days=ref.weekday() - 5 - 7 * j), ref - timedelta(days=ref.weekday() - 7 - 7 * j)
            )

        return _relative(weekend)
    if unit == "fortnight":
        return None
    grain = _UNIT_GRAIN[unit]
    return _relative(lambda ref, tense: _unit_at(grain, ref, k))


# The words that make a verb of the "last" after them: modals, and "to".
_MODALS = frozenset("will would shall should can could may might must to".split())


@_rule(
    r"(?P<the>the )?(?P<rel>last|past|next|coming|previous|following) "
    rf"{_NUM} {_UNIT}"
)
def _r_window(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    n = _int_num(m["n"])
    grain = _UNIT_GRAIN[m["unit"]]
    if m["unit"] == "fortnight":
        n *= 2
    if m["rel"] == "last" and not m["the"] and ctx.prev in _MODALS:
        return None  # "will last two weeks", "could last 10 days": the verb of how long, a duration and no date
    back = m["rel"] in ("last", "past", "previous")
    if m["the"] and m["rel"] in ("previous", "following"):
        return _ANAPHORIC
    if m["the"] and back:
        return _relative(lambda ref, tense: _days(_shift(ref, grain, -n) + timedelta(days=1), ref + timedelta(days=1)))

    def fn(ref: date, tense: str | None) -> DateValue:
        cur = _unit_at(grain, ref)
        if back:
            return DateValue(_unit_at(grain, ref, -n).start, cur.start, grain)
        return DateValue(_unit_at(grain, ref, 1).start, _unit_at(grain, ref, n + 1).start, grain)

    return _relative(fn)


@_rule(rf"(?:upcoming {_NUM}|(?P<n2>\d{{1,3}}|{_NUM_ALT}) upcoming) {_UNIT}")
def _r_upcoming(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    n = _int_num(m["n"] or m["n2"])
    grain = _UNIT_GRAIN[m["unit"]]
    if m["unit"] == "fortnight":
        return None
    if grain == "day":
        return _relative(lambda ref, tense: _day(ref + timedelta(days=n)))
    return _relative(lambda ref, tense: _unit_at(grain, ref, n))


def _an_occasion_next(word: str) -> bool:
    """The word after "today's" names an occasion (WordNet: an event or a gathering): "today's protest", "today's
    vote", "today's meeting"."""
    from ..reconcile.related import kind_of  # (WordNet's table loads on first use)

    w = word.lower().strip(".,;:")
    return bool(w) and (kind_of(w, "event", steps=12) or kind_of(w, "gathering", steps=12))


@_rule(
    r"(?P<w>today|tonight|this (?:morning|afternoon|evening)|yesterday(?: (?:morning|afternoon|evening))?"
    r"|last night|tomorrow(?: (?:morning|afternoon|evening|night))?|(?:the )?day after tomorrow"
    r"|(?:the )?day before yesterday|now)"
    # "yesterday's marathon", "last night's game", "tonight's meeting"; "today's" only of an occasion (below)
    r"(?P<own>(?:(?<=yesterday)|(?<=tomorrow)|(?<=night)|(?<=today))'s)?"
)
def _r_deictic(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    w = m["w"]
    if w == "now":
        return None
    if w == "today" and m["own"] and not _an_occasion_next(ctx.nxt):
        return None  # "today's teenagers", "today's economy": the times, not the day
    k = (
        -2
        if "before yesterday" in w
        else 2
        if "after tomorrow" in w
        else -1
        if w.startswith(("yesterday", "last night"))
        else 1
        if w.startswith("tomorrow")
        else 0
    )
    return _relative(lambda ref, tense: _day(ref + timedelta(days=k)))


def _ago_value(ref: date, grain: Grain, n: int, sign: int) -> DateValue:
    d = _shift(ref, grain, sign * n)
    if grain in ("day", "week"):
        return _day(d)
    if grain == "month":
        return _month(d.year, d.month)
    return _year(d.year)


@_rule(
    rf"(?:{_HEDGE})?{_NUM} {_UNIT} (?P<dir>ago|back|before now|from now|from today|hence|on)"
    r"(?: (?P<from>today|yesterday|tomorrow)\b(?!['’]))?"
)
def _r_ago(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    n = _int_num(m["n"])
    if m["from"] and m["dir"] in ("ago", "from now"):
        # "a week ago today", "a year ago yesterday": that many units from that day, to the day
        k = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["from"]]
        unit: Grain = _UNIT_GRAIN[m["unit"]]
        step = -1 if m["dir"] == "ago" else 1
        count = n * 2 if m["unit"] == "fortnight" else n
        return _relative(lambda ref, tense: _day(_shift(ref + timedelta(days=k), unit, step * count)))
    if m["from"]:
        return None
    grain = _UNIT_GRAIN[m["unit"]]
    if m["unit"] == "fortnight":
        n *= 2
    d = m["dir"]
    if d == "on":
        if ctx.scan and re.match(r"[ \t]*\w", ctx.right):
            return None  # "after three days on the reef", "three days on Kimberley reef": a place's "on"
        g: Grain = "year" if grain == "decade" else grain
        return _relative(lambda ref, tense: _unit_at(g, ref))
    sign = -1 if d in ("ago", "back", "before now") else 1
    vague = _VAGUE_SPANS.get(m["n"])
    if vague is not None and grain != "decade":
        # "a few years ago", "a couple of weeks ago": a vague count of units back is a span of them, not the one
        # unit three (or two) back (a span the year or day another outlet gives can fall in)
        lo, hi = vague
        return _relative(
            lambda ref, tense: DateValue(
                _ago_value(ref, grain, hi, sign).start if sign < 0 else _ago_value(ref, grain, lo, sign).start,
                _ago_value(ref, grain, lo, sign).end if sign < 0 else _ago_value(ref, grain, hi, sign).end,
                _ago_value(ref, grain, lo, sign).grain,
            )
        )
    hedge = m.group(0)[: m.start("n") - m.start()].strip().lower()
    if sign < 0 and grain in ("year", "decade") and hedge:
        return _relative(lambda ref, tense: _hedged_years_ago(ref, grain, n, hedge))
    return _relative(lambda ref, tense: _ago_value(ref, grain, n, sign))


def _hedged_years_ago(ref: date, grain: Grain, n: int, hedge: str) -> DateValue:
    """ "more than 60 years ago": that year or before it, by as much again as a fifth of the years (1954 to 1966
    from 2026); "less than 60 years ago" that year or after; "about 60 years ago" a tenth either way (at least
    one year). The years of a hedged span, which the year an outlet gives can fall in, as a bound's figure does."""
    years = n * (10 if grain == "decade" else 1)
    y = ref.year - years
    if hedge in ("more than", "over", "just over", "at least"):
        return DateValue(date(y - max(1, years // 5), 1, 1), date(y + 1, 1, 1), "year")
    if hedge in ("less than", "under", "just under", "at most", "fewer than"):
        return DateValue(date(y, 1, 1), date(ref.year + 1, 1, 1), "year")
    if hedge in ("about", "around", "some", "roughly", "approximately", "almost", "nearly"):
        k = max(1, years // 10)
        return DateValue(date(y - k, 1, 1), date(y + k + 1, 1, 1), "year")
    return _year(y)


@_rule(rf"in {_NUM} {_UNIT}(?: time)?")
def _r_in(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if ctx.scan:
        return None  # "for the first time in two years" is a duration
    n = _int_num(m["n"])
    grain = _UNIT_GRAIN[m["unit"]]
    return _relative(lambda ref, tense: _ago_value(ref, grain, n, 1))


@_rule(rf"{_NUM} {_wd()}s (?P<dir>from now|ago|back|hence)")
def _r_n_weekdays(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    n, wd = _int_num(m["n"]), _WEEKDAYS[m["wd"]]
    back = m["dir"] in ("ago", "back")

    def fn(ref: date, tense: str | None) -> DateValue:
        first = _weekday_rel(wd, ref, "last" if back else "future").start
        return _day(first + timedelta(weeks=(1 - n) if back else (n - 1)))

    return _relative(fn)


@_rule(
    rf"(?:(?P<rel>last|next|this|that|coming|past|previous|upcoming) )?{_wd()}"
    r"(?: (?P<post>after next|last|next|just gone|gone|week))?"
)
def _r_weekday(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """A weekday, on its own or with a word that places it ("last", "next", "this"); "that Friday" points away from
    the day of writing, so in a Friday paper's past it is the Friday before, never that day itself."""
    wd = _WEEKDAYS[m["wd"]]
    rel, post = m["rel"], m["post"]
    if rel and post:
        return None
    if post is not None and post.lower() == "week" and not ctx.raw.endswith(" week"):
        return None  # "Sunday Week", a name
    if ctx.scan and not rel and not post and not (m["wd"] in _FULL_WEEKDAYS and ctx.raw[:1].isupper()):
        return None
    if ctx.scan and (rel or post) and m["wd"] not in _FULL_WEEKDAYS:
        return None
    mode = {
        "last": "last",
        "past": "last",
        "previous": "last",
        "next": "next",
        "this": "this",
        "that": "that",
        "coming": "future",
        "upcoming": "future",
        "after next": "after_next",
        "just gone": "last",
        "gone": "last",
        "week": "week_on",  # "on Sunday week": a week on from the coming Sunday (British)
    }.get(rel or post or "", "")

    def fn(ref: date, tense: str | None) -> DateValue:
        md = mode
        if md == "this" and tense == "future":
            md = "future"
        if md == "that":
            md = "future" if tense == "future" else "last"
        if not md:
            md = "ahead" if tense == "future" else "past"
        return _weekday_rel(wd, ref, md)

    return _relative(fn)


@_rule(rf"(?:(?P<rel>last|next|this) )?{_wd()}'s")
def _r_weekday_possessive(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """ "Tuesday's quake": the nearest Tuesday (the last one in the past tense, the next in the future)."""
    if m["wd"] not in _FULL_WEEKDAYS or (ctx.scan and not m["rel"] and not ctx.raw[:1].isupper()):
        return None
    wd = _WEEKDAYS[m["wd"]]
    if m["rel"]:
        mode = {"last": "last", "next": "next"}.get(m["rel"], "this")
        return _relative(lambda ref, tense: _weekday_rel(wd, ref, mode))

    # "after Wednesday's budget" looks back and "ahead of Wednesday's budget" forward, whatever the tense of the
    # clause they hang on ("incomes will change after Wednesday's budget", in a Friday paper: the Wednesday gone)
    lean = "past" if ctx.prev in _AFTER_WORDS else "ahead" if _AHEAD_OF.search(ctx.before) else None

    def fn(ref: date, tense: str | None) -> DateValue:
        if lean is not None:
            return _weekday_rel(wd, ref, lean)
        if tense in ("past", "perfect"):
            return _weekday_rel(wd, ref, "past")
        if tense == "future":
            return _weekday_rel(wd, ref, "ahead")
        back, ahead = _weekday_rel(wd, ref, "past"), _weekday_rel(wd, ref, "ahead")
        return back if (ref - back.start) <= (ahead.start - ref) else ahead

    return _relative(fn)


_AFTER_WORDS = frozenset({"after", "since", "following"})
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|before|until|till)\s+\Z", re.IGNORECASE)


_WEEK_REL = r"(?P<rel>this|next|last|past|previous|coming|current|the following|the coming|the previous)"


@_rule(
    rf"{_wd()}(?: (?:morning|afternoon|evening|night))?,? (?:of |from |on )?(?:the )?{_WEEK_REL} week|"
    rf"{_WEEK_REL.replace('rel', 'rel2')} "
    rf"week'?s {_wd('wd2')}"
)
def _r_weekday_of_week(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    rel = m["rel"] or m["rel2"]
    if rel.startswith("the ") and rel != "the coming":
        return _ANAPHORIC
    k = {"this": 0, "current": 0, "next": 1, "coming": 1, "the coming": 1}.get(rel, -1)
    wd = _WEEKDAYS[m["wd"] or m["wd2"]]
    return _relative(lambda ref, tense: _day(_unit_at("week", ref, k).start + timedelta(days=wd)))


_DECIMAL_OR_THOUSANDS = re.compile(r"[.,]\d")


@_rule(
    r"(?:the )?(?:q(?P<q>[1-4])|(?P<qo>first|second|third|fourth|final|1st|2nd|3rd|4th) (?:quarter|qtr))"
    r"(?:(?: of)?[\s,]*(?P<year>\d{4}|'\d{2}|\d{2}))?|(?P<y2>\d{4}|\d{2}) ?q(?P<q2>[1-4])"
)
def _r_quarter(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    qs = m["q"] or m["q2"] or m["qo"]
    if m["q"] and not m["year"] and _DECIMAL_OR_THOUSANDS.match(ctx.right):
        return None  # "Q1.8 million", "Q1,500": a sum in quetzales, not a quarter
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4}.get(
        qs
    ) or int(qs)
    ys = m["year"] or m["y2"]
    if ys:
        y = _int_year(ys, ctx)
        return None if y is None else _absolute(_quarter(y, q))
    if ctx.scan and m["qo"] and not m[0].startswith("the"):
        return None
    return _relative(lambda ref, tense: _choose(lambda k: _quarter(ref.year + k, q), ref, _mode(tense)))


_PARTS = {
    "early": "early",
    "beginning": "early",
    "start": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "end": "late",
    "close": "late",
}
_CURRENT_UNIT = re.compile(r"(?:the |this |current |the current )?(?P<unit>week|month|year|quarter|decade)")


@_rule(
    r"(?:the )?(?P<part>early|beginning|start|mid|middle|late|end|close)(?P<sep> of(?: the)?| -|-| in| )\s*"
    r"(?P<rest>.+)"
)
def _r_part(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if m["sep"] == " in" and m["part"] not in ("early", "mid", "late"):
        return None  # "early in 2027" is a part of the year; "construction will start in 2027" is a doing in it
    part = _PARTS[m["part"]]
    rest = m["rest"]
    if ctx.scan and _MONTH_AND_NUMBER.fullmatch(rest):
        return None  # "in mid-April 11 people died": a part of a month has no day
    if not _CURRENT_UNIT.fullmatch(rest) and re.match(r"(?:the )?(?:day|week|month|year)\b", rest):
        return None
    inner = _this_unit_or(rest, replace(ctx, prev="of", raw=ctx.raw[len(ctx.raw) - len(rest) :]))
    if inner is None or inner.anaphoric:
        return inner
    return _then(inner, lambda v: _narrow(v, part))


def _this_unit_or(rest: str, ctx: _Ctx) -> _Expr | None:
    """ "the month", "this year": the unit around the reference date; anything else read as a date."""
    cu = _CURRENT_UNIT.fullmatch(rest)
    if cu:
        grain = _UNIT_GRAIN[cu["unit"]]
        return _relative(lambda ref, tense: _unit_at(grain, ref))
    return _atom(rest, ctx)


def _narrow(v: DateValue, part: str) -> DateValue | None:
    i = ("early", "mid", "late").index(part)
    s = v.start
    if v.grain == "year" and v.end == _year(s.year).end:
        a, b = ((1, 4), (5, 9), (9, 13))[i]
        end = date(s.year + 1, 1, 1) if b == 13 else date(s.year, b, 1)
        return DateValue(date(s.year, a, 1), end, "month")
    if v.grain == "month" and v.end == _month(s.year, s.month).end:
        a, b = ((1, 11), (11, 21), (21, 0))[i]
        # "early May" keeps the month's grain (iso "2015-05"), narrowed to its days 1-10
        return DateValue(date(s.year, s.month, a), v.end if b == 0 else date(s.year, s.month, b), "month")
    if v.grain == "week":
        a, b = ((0, 3), (1, 4), (4, 7))[i]
        return _days(s + timedelta(days=a), s + timedelta(days=b))
    if v.grain == "decade":
        a, b = ((0, 4), (4, 7), (7, 10))[i]
        return DateValue(date(s.year + a, 1, 1), date(s.year + b, 1, 1), "year")
    if v.grain in ("quarter", "season"):
        y, mo = _add_months(s.year, s.month, i)
        return _month(y, mo)
    if v.grain == "day" and v.end == s + timedelta(days=1):
        return v
    return None


@_rule(r"overnight (?:into|to|on) (?P<rest>.+)|(?:the )?night of (?P<rest2>.+)", frozenset({"overnight", "night"}))
def _r_night(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """ "overnight into Tuesday": the night that ends on Tuesday, so the two days; "the night of May 12": that
    day (the night is dated by its evening, as news writes it)."""
    rest = m["rest"] or m["rest2"]
    inner = _atom(rest, replace(ctx, prev="of", raw=ctx.raw[len(ctx.raw) - len(rest) :]))
    if inner is None or inner.anaphoric:
        return None
    into = m["rest"] is not None

    def f(v: DateValue) -> DateValue | None:
        if not _is_one_day(v):
            return None
        return _days(v.start - timedelta(days=1), v.end) if into else v

    return _then(inner, f)


@_rule(
    rf"(?:the )?(?:(?P<ord>{_ORD_ALT}|\d(?:st|nd|rd|th)) )?(?:closest|nearest) (?P<what>.+?) to (?P<rest>.+)",
    lambda s: "closest" in s or "nearest" in s,
)
def _r_closest(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """ "the closest Monday to Oct 5", "the second closest Christmas to today": the Nth occurrence of a weekday
    or yearly day in order of distance from a date (a tie goes to the earlier one)."""
    n = _int_day(m["ord"]) if m["ord"] else 1
    inner = _atom(m["rest"], replace(ctx, prev="to"))
    wd = re.fullmatch(_wd(), m["what"])
    what = None if wd else _atom(m["what"], ctx)
    if inner is None or inner.anaphoric or (wd is None and (what is None or what.yearly is None)):
        return None
    yearly = what.yearly if what is not None else None

    def pick(v: DateValue) -> DateValue | None:
        if not _is_one_day(v):
            return None
        target = v.start
        if wd is not None:
            day = _WEEKDAYS[wd["wd"]]
            cands = [_day(target + timedelta(days=k)) for k in range(-7 * n - 7, 7 * n + 8)]
            cands = [c for c in cands if c.start.weekday() == day]
        else:
            assert yearly is not None
            cands = []
            for y in range(target.year - n - 2, target.year + n + 3):
                with contextlib.suppress(ValueError, OverflowError):
                    cands.append(yearly(y))
        cands.sort(key=lambda c: (abs((c.start - target).days), c.start))
        return cands[n - 1] if len(cands) >= n else None

    return _then(inner, pick)


@_rule(r"(?:the )?week (?:of|beginning|starting|commencing|ending) (?P<rest>.+)")
def _r_week_of(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    inner = _atom(m["rest"], replace(ctx, prev="of"))
    if inner is None or inner.anaphoric:
        return None
    return _then(inner, lambda v: _unit_at("week", v.start) if v.grain == "day" else None)


@_rule(
    rf"(?:the )?(?P<ord>{_ORD_ALT}|\d{{1,2}}(?:st|nd|rd|th)?|last|final)(?: (?P<last>last))? "
    rf"(?:(?P<what>day|week|weekend)|{_wd()}) (?:of|in) (?P<rest>.+)"
)
def _r_nth_of(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    inner = _this_unit_or(m["rest"], replace(ctx, prev="of"))
    if inner is None or inner.anaphoric:
        return None
    from_end = m["ord"] in ("last", "final") or m["last"] is not None
    n = 1 if m["ord"] in ("last", "final") else _int_day(m["ord"])
    what = m["what"] or "wd"
    wd = _WEEKDAYS[m["wd"]] if m["wd"] else None

    def pick(v: DateValue) -> DateValue | None:
        if v.grain in ("day", "week"):
            return None
        days = [v.start + timedelta(days=i) for i in range((v.end - v.start).days)]
        items: list[DateValue]
        if what == "day":
            items = [_day(d) for d in days]
        elif what == "week":
            items = [_unit_at("week", d) for d in days if d.weekday() == 0 and d + timedelta(days=7) <= v.end]
        elif what == "weekend":
            items = [_days(d, d + timedelta(days=2)) for d in days if d.weekday() == 5]
        else:
            items = [_day(d) for d in days if d.weekday() == wd]
        if n > len(items):
            return None
        return items[-n] if from_end else items[n - 1]

    return _then(inner, pick)


@_rule(
    rf"(?:the )?{_dayp()}(?: day)? of (?P<rest>(?:the )?(?:this|next|last|current|coming|past|previous) "
    r"month|the month)"
)
def _r_day_of_rel_month(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    day = _int_day(m["day"])
    rest = m["rest"].removeprefix("the ")
    if rest == "month":
        rest = "this month"
    k = {"this": 0, "current": 0, "next": 1, "coming": 1}.get(rest.split()[0], -1)
    if not 1 <= day <= 31:
        return None
    return _relative(lambda ref, tense: _day(date(*_add_months(ref.year, ref.month, k), day)))


@_rule(rf"(?:(?P<on>on )?the )?(?P<day>\d{{1,2}}(?:st|nd|rd|th)|{_ORD_ALT})")
def _r_the_nth(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if ctx.scan or (not m[0].startswith(("the", "on")) and not m["day"][-1].isalpha()):
        return None
    if not m[0].startswith(("the", "on")):
        return None
    day = _int_day(m["day"])
    return _cal_checked(None, None, day)


# the end of a clause or sentence right after a figure: punctuation, or the end of the text
_CLAUSE_END = re.compile(r"\s*(?:[;!?)\]\"'”’]|[.,:](?!\d)|\Z)")
_NEAR_DAYS = 31  # how far from the article's day a weekday and a bare day of the month may name a day


def _near_cal(c: _Cal) -> _Expr:
    """A weekday and a day of no month ("Thursday 15"): the day they name within a month of the article's day."""

    def fn(ref: date | None, tense: str | None) -> DateValue | None:
        v = _resolve_cal(c, ref, tense)
        return v if v is not None and ref is not None and abs((v.start - ref).days) <= _NEAR_DAYS else None

    return _Expr(fn=fn, relative=True, cal=c)


@_rule(rf"{_wd()},?(?: the)? {_dayp()}")
def _r_weekday_day(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    if ctx.scan and m["wd"] not in _FULL_WEEKDAYS:
        return None
    day = _int_day(m["day"])
    if m["day"].isdigit():
        # "a form that closes on Thursday 15," names the 15th, a Thursday within a month of the article's day (but
        # "on Thursday 15 people died" counts people)
        if ctx.scan and not _CLAUSE_END.match(ctx.right):
            return None
        return _near_cal(_Cal(None, None, day, _WEEKDAYS[m["wd"]]))
    if ctx.scan and m["day"][-1].isalpha() and not m["day"][0].isdigit() and ctx.right[:1].isspace():
        # "On Monday, the first of them began arriving", "on Friday the second team": an ordinal word with words
        # after it is an ordinal of those, not a day of the month ("Monday, the first." and "the 1st" are days)
        return None
    return _cal_checked(None, None, day, _WEEKDAYS[m["wd"]])


# ---------------------------------------------------------------------------------------------- holidays


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _orthodox_easter(y: int) -> date:
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    julian_to_gregorian = y // 100 - y // 400 - 2
    return date(y, month, day) + timedelta(days=julian_to_gregorian)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = _month(y, month).end - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7 + 7 * (-n - 1))


def _fixed(month: int, day: int) -> Callable[[int], DateValue]:
    return lambda y: _day(date(y, month, day))


def _from_easter(offset: int, days: int = 1, orthodox: bool = False) -> Callable[[int], DateValue]:
    def fn(y: int) -> DateValue:
        e = (_orthodox_easter(y) if orthodox else _easter(y)) + timedelta(days=offset)
        return _days(e, e + timedelta(days=days))

    return fn


def _nth(month: int, wd: int, n: int, offset: int = 0) -> Callable[[int], DateValue]:
    return lambda y: _day(_nth_weekday(y, month, wd, n) + timedelta(days=offset))


def _weekday_nearest(month: int, day: int) -> Callable[[int], DateValue]:
    def fn(y: int) -> DateValue:
        d = date(y, month, day)
        return _day(d + timedelta(days={5: -1, 6: 1}.get(d.weekday(), 0)))

    return fn


def _kings_day(y: int) -> DateValue:
    if y < 2014:
        raise ValueError("King's Day is kept since 2014")
    d = date(y, 4, 27)
    return _day(d - timedelta(days=1) if d.weekday() == 6 else d)


def _parsi_new_year(y: int) -> DateValue:
    """Navroz of the Shahenshahi calendar, whose year is 365 days without leap years."""
    anchor = date(2020, 8, 16)
    k = round((date(y, 8, 16) - anchor).days / 365)
    d = anchor + timedelta(days=365 * k)
    while d.year < y:
        d += timedelta(days=365)
    while d.year > y:
        d -= timedelta(days=365)
    return _day(d)


_HOLIDAYS: list[tuple[str, Callable[[int], DateValue]]] = [
    (r"christmas eve|xmas eve", _fixed(12, 24)),
    (r"christmas(?: day)?|xmas(?: day)?", _fixed(12, 25)),
    (r"boxing day", _fixed(12, 26)),
    (r"new year'?s eve|hogmanay", _fixed(12, 31)),
    (r"new year'?s day", _fixed(1, 1)),
    (r"(?:st\.?|saint) valentine'?s day|valentine'?s? day", _fixed(2, 14)),
    (r"halloween", _fixed(10, 31)),
    (r"(?:st\.?|saint) (?:patrick|paddy)'?s day", _fixed(3, 17)),
    (r"(?:st\.?|saint) george'?s day", _fixed(4, 23)),
    (r"(?:st\.?|saint) andrew'?s day", _fixed(11, 30)),
    (r"(?:st\.?|saint) david'?s day", _fixed(3, 1)),
    (r"guy fawkes(?: night| day)?|bonfire night", _fixed(11, 5)),
    (r"(?:remembrance|armistice|veterans'?) day", _fixed(11, 11)),
    (r"(?:us |american )?independence day", _fixed(7, 4)),
    (r"easter(?: sunday| day)?", _from_easter(0)),
    (r"easter mon(?:day)?", _from_easter(1)),
    (r"good friday", _from_easter(-2)),
    (r"holy saturday|easter saturday", _from_easter(-1)),
    (
        r"(?:maundy|holy|covenant|sheer) thu(?:rs(?:day)?)?\.?|thu(?:rs(?:day)?)?\.? of mysteries",
        _from_easter(-3),
    ),
    (r"(?:palm|branch|yew) sunday", _from_easter(-7)),
    (r"ash wednesday", _from_easter(-46)),
    (r"shrove tuesday|pancake day|mardi gras", _from_easter(-47)),
    (r"mothering sunday", _from_easter(-21)),
    (r"ascension day|ascension thursday", _from_easter(39)),
    (r"pentecost(?: sunday)?|white? sunday|whitsun(?:day)?", _from_easter(49)),
    (r"whit monday|pentecost monday|monday of the holy spirit", _from_easter(50)),
    (r"trinity sunday", _from_easter(56)),
    (r"lent", _from_easter(-46, 46)),
    (r"orthodox easter(?: sunday)?", _from_easter(0, orthodox=True)),
    (r"orthodox (?:good|great|holy) friday", _from_easter(-2, orthodox=True)),
    (r"clean monday|orthodox shrove monday", _from_easter(-48, orthodox=True)),
    (r"lazarus saturday", _from_easter(-8, orthodox=True)),
    (r"great lent|great fast", _from_easter(-48, 40, orthodox=True)),
    (r"thanksgiving(?: day)?", _nth(11, 3, 4)),
    (r"black friday", _nth(11, 3, 4, 1)),
    (r"cyber monday", _nth(11, 3, 4, 4)),
    (r"(?:mlk|martin luther king)(?:,? jr\.?)?(?:'s|s)? day|civil rights day", _nth(1, 0, 3)),
    (r"presidents'? day|washington'?s birthday", _nth(2, 0, 3)),
    (r"memorial day", _nth(5, 0, -1)),
    (r"father'?s day", _nth(6, 6, 3)),
    (r"boss(?:'?s'?|es'?)? day", _weekday_nearest(10, 16)),
    (r"(?:international )?holocaust (?:memorial|remembrance) day", _fixed(1, 27)),
    (r"king'?s day|koningsdag", _kings_day),
    (r"parsi new year|jamshedi navroz", _parsi_new_year),
]
_HOLIDAY_RX = [(re.compile(p), f) for p, f in _HOLIDAYS]
_HOLIDAY_ALT = "|".join(f"(?:{p})" for p, _ in _HOLIDAYS)
_UNIT_WORDS = [w for w, v in ONE_WORD_NUMBERS.items() if v < 10]
_TEEN_WORDS = [w for w, v in ONE_WORD_NUMBERS.items() if 10 <= v < 20]
_TENS_WORDS = [w for w, v in ONE_WORD_NUMBERS.items() if v >= 20]
_SPELLED_YEAR = (
    rf"two thousand(?: and)?(?: (?:(?:{'|'.join(_TENS_WORDS)})(?:[- ](?:{'|'.join(_UNIT_WORDS)}))?"
    rf"|{'|'.join(_TEEN_WORDS)}|{'|'.join(_UNIT_WORDS)}))?"
)


def _spelled_year(s: str) -> int:
    """2000 + the number after "two thousand (and)" in ``s``, which matches ``_SPELLED_YEAR``."""
    return 2000 + sum(ONE_WORD_NUMBERS.get(w, 0) for w in re.split(r"[- ]", s)[2:])


_YEAR_SUFFIX = (
    rf"(?:,? (?:(?:of |in )?(?P<year>\d{{4}}|'\d{{2}}|{_SPELLED_YEAR})|(?:of |in )?(?P<yrel>this|last|next) year))?"
)
_HOLIDAY_REL = r"(?:(?P<rel>last|next|this|the|coming|past|previous) )?"


def _finite_language(pattern: str) -> set[str] | None:
    """Every string ``pattern`` matches, when they are few: a pattern of literals, alternatives, groups and
    repeats of at most four (a list of names with their optional letters, "new year'?s day"); None for one
    that matches too many (a class such as ``\\d``, an open repeat)."""
    parser: Any = importlib.import_module("re._parser")  # the parser re itself compiles with

    def expand(items: Any) -> set[str]:
        out = {""}
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                alts = {chr(av)}
            elif name == "IN" and all(str(sop) == "LITERAL" for sop, _ in av):
                alts = {chr(sav) for _, sav in av}  # "(?:a|b)", "[,.]": a few characters
            elif name == "SUBPATTERN":
                alts = expand(av[-1])
            elif name == "BRANCH":
                alts = set().union(*(expand(b) for b in av[1]))
            elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] <= 4:
                one = expand(av[2])
                alts, run = set(), {""}
                for k in range(av[1] + 1):
                    if k >= av[0]:
                        alts |= run
                    run = {a + b for a in run for b in one}
            else:
                raise ValueError(name)
            out = {a + b for a in out for b in alts}
            if len(out) > 10_000:
                raise ValueError("too many")
        return out

    try:
        return expand(parser.parse(pattern))
    except ValueError:
        return None


def _holiday_heads() -> frozenset[str] | None:
    """The head words (as _head reads them) of every text the holiday rule matches: the first word of the
    holiday's name, after a word such as "last" or "the"; a one-word name may end the text or be followed by
    the year suffix, which opens with a comma or a space ("Christmas, 2024", "Christmas of 2024"). A gate
    that keeps the rule off the many spans that open with another word, without changing what it matches."""
    names, rels = _finite_language(_HOLIDAY_ALT), _finite_language(_HOLIDAY_REL)
    if names is None or rels is None:
        return None  # (not a list of names: the rule is tried on every span its ends allow)
    return frozenset(_head(rel + h + tail) for h in names for rel in rels for tail in ("", ",", " "))


@_rule(rf"{_HOLIDAY_REL}(?P<h>{_HOLIDAY_ALT}){_YEAR_SUFFIX}", _holiday_heads())
def _r_holiday(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    h = m["h"]
    fn = next(f for rx, f in _HOLIDAY_RX if rx.fullmatch(h))
    if ctx.scan and h == "lent" and not ctx.raw.lstrip().startswith(("L", "the L", "last L", "next L")):
        return None
    if ctx.scan and h == "independence day" and _POSSESSOR.search(ctx.before):
        return None  # "our independence day", "the UK's Independence Day": a nation's own day, not July 4
    return _yearly_expr(m, ctx, fn)


_POSSESSOR = re.compile(r"(?:\b(?:our|their|its|his|her|my|your)|\w['’]s?)\W*\Z", re.I)


def _yearly_expr(m: re.Match[str], ctx: _Ctx, fn: Callable[[int], DateValue]) -> _Expr | None:
    """A yearly event ``fn(year)`` with an optional "last/next/the" before and a year after."""
    if m["year"]:
        if m["rel"] not in (None, "the"):
            return None
        y = _spelled_year(m["year"]) if m["year"][0] == "t" else _int_year(m["year"], ctx)
        if y is None:
            return None
        try:
            return _absolute(fn(y))
        except (ValueError, OverflowError):
            return None
    if m["yrel"]:
        k = {"this": 0, "last": -1, "next": 1}[m["yrel"]]
        return _relative(lambda ref, tense: fn(ref.year + k))
    if m["rel"] in ("previous",) and m[0].startswith("the"):
        return _ANAPHORIC
    rel = {"last": "last", "past": "last", "previous": "last", "next": "next", "coming": "next"}.get(m["rel"] or "", "")
    e = _relative(lambda ref, tense: _choose(lambda k: fn(ref.year + k), ref, rel or _near_or(tense, fn, ref)))
    return replace(e, yearly=fn) if not m["rel"] or m["rel"] == "the" else e


def _near_or(tense: str | None, fn: Callable[[int], DateValue], ref: date) -> str:
    """How to pick a yearly event named bare: by the tense, but told in the past or present its nearest occurrence
    when that is within a month of the reference ("packed for the Presidents' Day holiday weekend", written the
    Sunday before it), as a month and day is (told in the future, "will celebrate Chinese New Year" two days after
    it is next year's)."""
    if tense == "future":
        return _mode(tense)
    near = _choose(lambda k: fn(ref.year + k), ref, "nearest")
    return "nearest" if near is not None and _distance(near, ref) <= _NEAR_DAYS else _mode(tense)


# ------------------------------------------------------------------------- festivals of lunar calendars
#
# Islamic (Umm al-Qura), Hebrew, Chinese, Hindu/Sikh and Buddhist festivals come from holiday_table.py,
# generated by bench/gen_holidays.py (Islamic 1924-2077, Hebrew 1900-2100, Chinese 1900-2099, India
# 2001-2035, Vesak 1901-2100); outside those years they resolve to None. Hebrew festivals begin at sundown:
# their span runs from the eve's civil date to the end of the last day (Yom Kippur 2018 is 18-19 September,
# grain day). A festival that falls twice in one Gregorian year (Islamic, every ~33 years) is found by
# its first date in that year.


@cache
def _table(key: str) -> dict[int, tuple[date, int]]:
    """The first occurrence of festival ``key`` in each Gregorian year: (main day, length in days)."""
    out: dict[int, tuple[date, int]] = {}
    for item in TABLES[key].split():
        ymd, _, n = item.partition("/")
        y = int(ymd[:4])
        if y not in out:
            out[y] = (date(y, int(ymd[4:6]), int(ymd[6:])), int(n or 1))
    return out


def _tab(key: str, offset: int = 0, days: int = 0, eve: bool = False) -> Callable[[int], DateValue]:
    """Festival ``key`` of year y, moved ``offset`` days, ``days`` long (0: as tabulated); ``eve``: from sundown."""

    def fn(y: int) -> DateValue:
        hit = _table(key).get(y)
        if hit is None:
            raise ValueError(f"{key} {y}: not tabulated")
        start = hit[0] + timedelta(days=offset)
        end = start + timedelta(days=days or hit[1])
        return _days(start - timedelta(days=1) if eve else start, end)

    return fn


def _heb(key: str, offset: int = 0, days: int = 1) -> Callable[[int], DateValue]:
    return _tab(key, offset, days, eve=True)


def _jumuatul_wida(y: int) -> DateValue:
    eid = _tab("eid_al_fitr")(y).start
    return _day(eid - timedelta(days=(eid.weekday() - 4) % 7 or 7))  # the last Friday of Ramadan


_FESTIVALS: list[tuple[str, Callable[[int], DateValue]]] = [
    # Islamic
    (r"e?id[- ]?(?:al|ul|el)[- ]?fitr|ramadan bayram[iı]|ramazan bayram[iı]", _tab("eid_al_fitr")),
    (
        r"e?id[- ]?(?:al|ul|el)[- ]?ad[hz]?a|bakr[ai]?[- ]?e?id|sacrifice feast|feast of (?:the )?sacrifice"
        r"|kurban bayram[iı]",
        _tab("eid_al_adha"),
    ),
    (r"rama[dz]h?an|ramzaa?n", _tab("ramadan")),
    (r"laylat al[- ]?[qk]adr|lailat al[- ]?[qk]adr|night of (?:destiny|measures|power|value)", _tab("laylat_al_qadr")),
    (r"(?:islamic|hijri|arabic|muslim) new year|amun jadid", _tab("islamic_new_year")),
    (r"(?:the )?day of ashura|ashura", _tab("ashura")),
    (
        r"mawlid(?: al[- ]?nab(?:awi|i)(?: al[- ]?sharif)?)?|milad[- ]un[- ]nabi|mevli[dt]|mulud"
        r"|(?:the )?birth(?:day)? of (?:the )?prophet(?: muhammad)?|(?:the )?prophet'?s birthday",
        _tab("mawlid"),
    ),
    (
        r"isra(?:'| and | wal[- ]?)mi'?raj|al[- ]isra(?:'| and | wal[- ]?)mi'?raj|(?:the )?prophet'?s'? ascension"
        r"|(?:the )?ascension to heaven|(?:the )?night journey",
        _tab("isra_miraj"),
    ),
    (r"jumu'?atul[- ]?wida'?a?'?|jamat[- ]ul[- ]vida", _jumuatul_wida),
    # Hebrew
    (r"rosh hash?ann?ah?|yom teruah", _heb("rosh_hashanah", 0, 2)),
    (r"yom kippur", _heb("rosh_hashanah", 9)),
    (r"su[ck]{1,2}o[st]h?|feast of (?:booths|tabernacles|the ingathering)", _heb("rosh_hashanah", 14, 7)),
    (r"shemini atzereth?", _heb("rosh_hashanah", 21)),
    (r"simc?hat torah", _heb("rosh_hashanah", 22)),
    (r"c?hann?ukk?ah?|chanukk?ah", _heb("hanukkah", 0, 8)),
    (r"tu b'?i?sh?vat", _heb("tu_bishvat")),
    (r"shushan purim", _heb("purim", 1)),
    (r"purim", _heb("purim")),
    (r"passover|pesa[ck]h?", _heb("passover", 0, 8)),
    (r"yom hashoah|holocaust day", _heb("yom_hashoah")),
    (r"yom ha'?atzmaut|israel(?:'s|i)? independence day", _heb("yom_haatzmaut")),
    (r"lag b'?a?'?omer", _heb("lag_baomer")),
    (r"shavu'?oth?|shovuos|feast of weeks", _heb("shavuot", 0, 2)),
    (r"tisha b'?av", _heb("tisha_bav")),
    # Chinese
    (r"chinese (?:lunar )?new year'?s?(?: day)?|lunar new year'?s?(?: day)?", _tab("chinese_new_year")),
    # Hindu, Sikh, Bengali (India)
    (r"dhanteras|dhanatrayodashi|dhan trayodashi|dhanvantari trayodashi", _tab("diwali", -2)),
    (r"naraka? (?:nivaran )?chaturdashi|(?:kali|roop) chaudas|chh?oti diwali", _tab("diwali", -1)),
    (r"diwali|divali|deepavali|lakshmi puja", _tab("diwali")),
    (r"govardhan puja|annak(?:u|oo)t", _tab("diwali", 1)),
    (r"bhai(?:ya)? d(?:u|oo)j|bhau[- ]beej|bhai (?:tika|phonta)", _tab("diwali", 2)),
    (r"chhathi?(?: puja| parv)?|dala (?:chhath|puja)|surya shashthi", _tab("chhath")),
    (r"(?:sharad )?nava?rath?ri|durga puja|durgotsava", _tab("navaratri", 0, 9)),
    (r"maha saptami", _tab("maha_ashtami", -1)),
    (r"(?:durga|maha) ?ashtami", _tab("maha_ashtami")),
    (r"maha navami", _tab("maha_navami")),
    (r"dussehra|dusshera|dasara|vijaya ?dashami", _tab("dussehra")),
    (r"kar[vw]a chauth", _tab("karva_chauth")),
    (r"ratha?[- ]yatra", _tab("rath_yatra")),
    (r"raksha ?bandhan|rakhi", _tab("raksha_bandhan")),
    (r"mahavir(?:a)? jayanti|mahav[ei]e?r janma kalyanak", _tab("mahavir_jayanti")),
    (r"(?:maha ?)?shivarath?ri", _tab("maha_shivaratri")),
    (r"(?:(?:maharishi|swami) )?(?:dayananda? )?saraswati jayanti", _tab("dayananda_jayanti")),
    (r"bh?ogi(?: pandigai)?", _tab("pongal", -1)),
    (r"maa?ttu pongal", _tab("pongal", 1)),
    (r"(?:kaanum|kanni) pongal", _tab("pongal", 2)),
    (r"(?:thai )?pongal(?: pandigai)?", _tab("pongal")),
    (r"(?:makara?|magha) sankranth?i|sankranth?i|maghi", _tab("makar_sankranti")),
    (r"[bv]aisakhi|vasakhi|vaishakhi|vaisakhadi|mesadi", _tab("vaisakhi")),
    (r"(?:thiru(?:v| )?)?onam", _tab("onam")),
    (r"[bv]asant panchami|saraswati puja", _tab("vasant_panchami")),
    (r"holika dahan|kamudu pyre|chh?oti holi", _tab("holi", -1)),
    (r"(?:rangwali )?holi|dhuleti|dhulandi|phagwah", _tab("holi")),
    (r"(?:krishna )?janmashtami|gokulashtami", _tab("janmashtami")),
    (r"ganesh(?:a)? chaturthi|vinayaka? chaturthi", _tab("ganesh_chaturthi")),
    (r"rama? navami", _tab("rama_navami")),
    (r"y?ugadi|gudi padwa|samvatsaradi|chaitra sukh?ladi", _tab("ugadi")),
    (r"guru (?:gobind|govind) singh(?:'s)? (?:birthday|jayanti)", _tab("guru_gobind_singh_jayanti")),
    (r"guru nanak(?:'s)? (?:birthday|jayanti|gurpurab)", _tab("guru_nanak_jayanti")),
    (r"guru ravidass?(?:'s)? (?:birthday|jayanti)", _tab("guru_ravidas_jayanti")),
    (r"(?:maharishi |maharshi )?valmiki jayanti|pargat diwas", _tab("valmiki_jayanti")),
    (r"rabindra(?:nath)? jayanti", _tab("rabindra_jayanti")),
    # Buddhist
    (r"vesak|wesak|vaisakha|buddha (?:day|purnima|jayanti)", _tab("vesak")),
]
_FESTIVAL_RX = [(re.compile(p), f) for p, f in _FESTIVALS]
# Festival names that are also ordinary words or names: in a sentence, only with a year or "last/next ...".
_FESTIVAL_LOOSE = {"rakhi", "maghi", "mulud", "onam", "holi", "bogi", "dasara", "lunar new year", "night journey"}
_HANUKKAH = {f"{c}han{n}uk{k}a{h}" for c in ("", "c") for n in ("", "n") for k in ("", "k") for h in ("", "h")}
# The scanner's view of festival names: the words one can start with, and the words one can end with.
_FESTIVAL_FIRST = frozenset(
    """eid eidul eidal eidel id idul idal ramadan ramazan ramzan ramzaan ramadhan ramadhan kurban bakr bakri bakra
    bakrid bakreid bakraid sacrifice feast laylat lailat night islamic hijri arabic muslim amun day ashura mawlid
    milad mevlid mevlit mulud birth birthday prophet prophet's prophets' isra al ascension jumu jumuatul jamat
    rosh yom sukkot sukkos sukot sukos succot succos sucot sucos sukkoth succoth shemini simchat simhat tu shushan
    purim passover pesach pesah pesac pesak holocaust israel israel's israeli lag shavuot shavuoth shavuos shavuos
    shovuos chinese lunar tisha dhanteras dhanatrayodashi dhan dhanvantari naraka narak kali roop choti chhoti
    diwali divali deepavali lakshmi govardhan annakut annakoot bhai bhaiya bhau chhath chhathi dala surya sharad
    navaratri navratri navarathri navrathri durga durgaashtami durgotsava maha mahaashtami dussehra dusshera dasara
    vijaya vijayadashami karva karwa ratha rath raksha rakshabandhan rakhi mahavir mahavira mahaveer mahavier
    mahashivaratri mahashivarathri shivaratri shivarathri maharishi swami dayananda dayanand saraswati bhogi bogi
    mattu maattu kaanum kanni thai pongal makar makara magha sankranti sankranthi maghi baisakhi vaisakhi vasakhi
    vaishakhi vaisakhadi mesadi thiru thiruvonam thiruonam onam basant vasant holika kamudu rangwali holi dhuleti
    dhulandi phagwah krishna janmashtami gokulashtami ganesh ganesha vinayaka vinayak ram rama ugadi yugadi gudi
    samvatsaradi chaitra guru maharshi valmiki pargat rabindra rabindranath vesak wesak vaisakha buddha""".split()
)
_FESTIVAL_LAST = (
    frozenset(
        """fitr adha ada aza azha bayrami id eid feast sacrifice ramadan ramazan ramzan ramzaan ramadhan qadr kadr
    destiny measures power value year year's years jadid ashura mawlid nabawi nabi sharif mevlid mevlit mulud
    prophet muhammad birthday raj miraj ascension heaven journey wida widaa vida hashanah hashana hashanna
    hashannah hashanah teruah kippur sukkot sukkos sukot sukos succot succos sucot sucos sukkoth succoth booths
    tabernacles ingathering atzeret atzereth torah bishvat shvat bshvat purim passover pesach pesah pesac pesak
    hashoah day atzmaut haatzmaut omer baomer shavuot shavuoth shavuos shovuos weeks av bav dhanteras
    dhanatrayodashi trayodashi chaturdashi chaudas diwali divali deepavali puja annakut annakoot dooj duj beej tika
    phonta chhath chhathi parv shashthi navaratri navratri navarathri navrathri durgotsava saptami ashtami
    mahaashtami navami dussehra dusshera dasara dashami vijayadashami chauth yatra bandhan rakshabandhan rakhi
    jayanti kalyanak shivaratri shivarathri mahashivaratri mahashivarathri bogi bhogi pandigai pongal sankranti
    sankranthi maghi baisakhi vaisakhi vasakhi vaishakhi vaisakhadi mesadi onam thiruvonam thiruonam panchami dahan
    pyre holi dhuleti dhulandi phagwah janmashtami gokulashtami chaturthi ugadi yugadi padwa samvatsaradi sukladi
    sukhladi gurpurab diwas vesak wesak vaisakha purnima koningsdag navroz""".split()
    )
    | _HANUKKAH
)
_FESTIVAL_FIRST = _FESTIVAL_FIRST | _HANUKKAH


@_rule(rf"{_HOLIDAY_REL}(?P<h>[a-z][a-z' -]*?[a-z]){_YEAR_SUFFIX}", _FESTIVAL_FIRST | {"jumu'atul"})
def _r_festival(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    h = m["h"]
    fn = next((f for rx, f in _FESTIVAL_RX if rx.fullmatch(h)), None)
    if fn is None:
        return None
    if ctx.scan and h in _FESTIVAL_LOOSE and not (m["year"] or m["yrel"] or m["rel"] not in (None, "the")):
        return None
    return _yearly_expr(m, ctx, fn)


_N_ALT = rf"\d{{1,3}}|{_NUM_ALT}"
_U_ALT = r"(?:day|week|month|quarter|year|decade)s?"


@_rule(
    rf"(?P<rest>[a-z][a-z' .-]*?) (?:in (?P<n>{_N_ALT}) (?P<unit>{_U_ALT})"
    rf"|(?P<n2>{_N_ALT}) (?P<unit2>{_U_ALT}) (?P<dir>hence|from now|ago|back))",
    lambda s: s[:1].isalpha() and (" in " in s or s.endswith(("ago", "hence", "from now", "back"))),
)
def _r_yearly_shift(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """ "Thanksgiving in 9 months", "Diwali six years hence", "March in a year": the one in that year."""
    if ctx.scan and m["n"]:
        return None  # "the first Ramadan in two years" is a duration
    inner = _atom(m["rest"], replace(ctx, prev="of"))
    if inner is None:
        return None
    yearly = inner.yearly
    c = inner.cal
    if yearly is None and c is not None and c.year is None and c.month is not None and c.weekday is None:
        cal = c

        def yearly(y: int) -> DateValue:
            v = _resolve_cal(replace(cal, year=y), None, None)
            if v is None:
                raise ValueError("no such date")
            return v

    if yearly is None:
        return None
    fn = yearly
    n = _int_num(m["n"] or m["n2"])
    grain = _UNIT_GRAIN[(m["unit"] or m["unit2"]).removesuffix("s")]
    sign = -1 if m["dir"] in ("ago", "back") else 1
    return _relative(lambda ref, tense: fn(_shift(ref, grain, sign * n).year))


_ABBREV_GRAIN: dict[str, Grain] = {"m": "month", "y": "year", "w": "week"}


@_rule(r"(?:the )?(?P<a>eo[myw]|bo[myw])", frozenset({"eom", "bom", "eoy", "boy", "eow", "bow"}))
def _r_abbrev_part(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """Business shorthand: EOM/BOM, EOY/BOY, EOW/BOW (end/beginning of the month, year, week)."""
    if ctx.scan and not re.search(r"\b(?:EO|BO)[MYW]\b", ctx.raw):
        return None
    a = m["a"]
    grain = _ABBREV_GRAIN[a[2]]
    part = "late" if a.startswith("e") else "early"
    return _relative(lambda ref, tense: _narrow(_unit_at(grain, ref), part))


@_rule(rf"the ides of {_mon()}(?:,? (?P<year>\d{{4}}))?", frozenset({"ides"}))
def _r_ides(m: re.Match[str], ctx: _Ctx) -> _Expr | None:
    """The Ides: the 15th of March, May, July and October, the 13th of the other months."""
    month = _MONTHS[m["mon"]]
    day = 15 if month in (3, 5, 7, 10) else 13
    year = _int_year(m["year"], ctx) if m["year"] else None
    return _cal_checked(year, month, day)


# ---------------------------------------------------------------------------------------------- parsing

_SPACES = re.compile(r"\s+")
_LEAD = re.compile(r"(?:in|on|at|during|around|since|by|until|till|throughout|sometime in|some time in) ")
_TRAIL = re.compile(
    r"[\s,;:!?]+$|(?<![a-z]\.[a-z])(?<!\b(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|jun|"
    r"jul|aug|sep|oct|nov|dec))\.$"
)


_TRAIL_CHARS = frozenset(" ,;:!?.")  # the last character of every _TRAIL match, once spaces are single


def _norm(text: str) -> str:
    s = text.strip().lower()
    if not s.isascii():  # curly quotes and dashes are outside ASCII: most spans need no replacing
        s = s.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").replace("‐", "-")
    if "  " in s or not s.isprintable():  # else its only whitespace is single spaces (no other is printable)
        s = _SPACES.sub(" ", s)
    if s[-1:] in _TRAIL_CHARS:  # a _TRAIL match ends the text, and so ends with one of these
        s = _TRAIL.sub("", s)
    return s.strip()


_ANY_FIRST = object()
_sre_parse: Any = importlib.import_module("re._parser")  # the parser re itself compiles with


def _first_class(items: Any, last: bool = False) -> tuple[list[str] | object, bool]:
    """The characters a match of a parsed pattern can start with (or end with, if ``last``), as character-class
    parts (or _ANY_FIRST when they are not cheaply known), and whether it can match the empty string. A superset
    is always safe: it only decides which rules are tried on a span, never what a tried rule matches."""
    parts: list[str] = []
    for op, av in reversed(list(items)) if last else items:
        name = str(op)
        if name == "LITERAL":
            parts.append(re.escape(chr(av)))
            return parts, False
        if name == "IN":
            for sop, sav in av:
                sname = str(sop)
                if sname == "LITERAL":
                    parts.append(re.escape(chr(sav)))
                elif sname == "RANGE":
                    parts.append(f"{re.escape(chr(sav[0]))}-{re.escape(chr(sav[1]))}")
                elif sname == "CATEGORY" and str(sav) in _CATEGORY_CLASS:
                    parts.append(_CATEGORY_CLASS[str(sav)])
                else:
                    return _ANY_FIRST, False
            return parts, False
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # consumes nothing
        if name == "SUBPATTERN" and av[1] & re.IGNORECASE:
            return _ANY_FIRST, False  # a case-blind group: kept simple, anything may come first
        if name in ("SUBPATTERN", "ATOMIC_GROUP"):
            sub, nullable = _first_class(av[-1] if name == "SUBPATTERN" else av, last)
        elif name == "BRANCH":
            sub, nullable = _first_of_branches(av[1], last)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            sub, nullable = _first_class(av[2], last)
            nullable = nullable or av[0] == 0
        elif name == "GROUPREF_EXISTS":  # "(?(hedge)yes|no)": what either branch starts with (no "no": nothing)
            # ("|(?!)": no match without the group)
            sub, nullable = _first_of_branches([b for b in av[1:] if b is not None and not _never(b)], last)
            nullable = nullable or av[2] is None
        else:
            return _ANY_FIRST, False  # ANY, NOT_LITERAL, GROUPREF, ...: anything may come first
        if sub is _ANY_FIRST:
            return _ANY_FIRST, False
        assert isinstance(sub, list)
        parts += sub
        if not nullable:
            return parts, False
    return parts, True


def _first_of_branches(branches: Any, last: bool) -> tuple[list[str] | object, bool]:
    """What any of ``branches`` may start with (see _first_class), and whether one may match nothing."""
    alts: list[str] = []
    nullable = False
    for branch in branches:
        b, bn = _first_class(branch, last)
        if b is _ANY_FIRST:
            return _ANY_FIRST, False
        assert isinstance(b, list)
        alts += b
        nullable = nullable or bn
    return alts, nullable


def _never(items: Any) -> bool:
    """A parsed pattern that is "(?!)" alone, which matches nowhere."""
    items = list(items)
    return len(items) == 1 and str(items[0][0]) == "ASSERT_NOT" and not list(items[0][1][1])


_CATEGORY_CLASS = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _end_tests(rx: re.Pattern[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, int, int]:
    """One-character patterns that every first and every last character of a non-empty full match of ``rx``
    matches (None where any character may come), and the shortest and longest match's lengths."""
    parsed = _sre_parse.parse(rx.pattern, rx.flags)
    lo, hi = parsed.getwidth()
    out: list[re.Pattern[str] | None] = []
    for last in (False, True):
        parts, _ = _first_class(parsed, last)
        if parts is _ANY_FIRST or not isinstance(parts, list):
            out.append(None)
        elif not parts:
            out.append(re.compile(r"(?!)"))  # matches only the empty string
        else:
            out.append(re.compile("[" + "".join(parts) + "]", rx.flags & re.IGNORECASE))
    return out[0], out[1], lo, hi


_FIRST_TESTS: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None, int, int]] = []
_Rule = tuple[re.Pattern[str], Handler, Gate | None]
_BY_ENDS: dict[tuple[str, str], list[tuple[_Rule, int, int]]] = {}  # with each rule's widths
_BY_SIZE: dict[tuple[str, str, int], list[_Rule]] = {}
_LONG = 48  # spans this long or longer share their rules: a rule is kept for them when it can match that long


def _rules_for(s: str) -> list[_Rule]:
    """The rules, in order, that can fully match ``s``, judged by its first and last characters and its
    length alone."""
    if not s:
        return _RULES
    n = min(len(s), _LONG)
    key = (s[0], s[-1], n)
    rules = _BY_SIZE.get(key)
    if rules is None:
        if len(_FIRST_TESTS) != len(_RULES):
            _FIRST_TESTS[:] = [_end_tests(rx) for rx, _, _ in _RULES]
            _BY_ENDS.clear()
            _BY_SIZE.clear()
        ends = _BY_ENDS.get(key[:2])
        if ends is None:
            ends = _BY_ENDS[key[:2]] = [
                (r, lo, hi)
                for r, (ft, lt, lo, hi) in zip(_RULES, _FIRST_TESTS, strict=True)
                if (ft is None or ft.match(s[0])) and (lt is None or lt.match(s[-1]))
            ]
        rules = _BY_SIZE[key] = [r for r, lo, hi in ends if (lo <= n or n == _LONG) and n <= hi]
    return rules


_ANA_TESTS: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None, int, int]] = []
_ANA_ENDS: dict[str, bool] = {}  # a text's first and last characters -> whether _ANA_RX's matches may have them


def _anaphoric_atom(s: str) -> bool:
    """``_ANA_RX.fullmatch(s)``, tried only on a text of a length and with a first and last character that a
    match can have (as _rules_for judges a rule): most atoms tried are a number or a word, which none is."""
    if not _ANA_TESTS:
        _ANA_TESTS.append(_end_tests(_ANA_RX))
    ft, lt, lo, hi = _ANA_TESTS[0]
    if not s or not lo <= len(s) <= hi:
        return False
    key = s[0] + s[-1]
    ends_ok = _ANA_ENDS.get(key)
    if ends_ok is None:  # (judged once for each first and last character)
        ends_ok = _ANA_ENDS[key] = (ft is None or ft.match(s[0]) is not None) and (
            lt is None or lt.match(s[-1]) is not None
        )
    return ends_ok and _ANA_RX.fullmatch(s) is not None


def _atom(s: str, ctx: _Ctx) -> _Expr | None:
    if _anaphoric_atom(s):
        return _ANAPHORIC
    head = None
    for rx, fn, gate in _rules_for(s):
        if gate is not None:
            if isinstance(gate, frozenset):
                if head is None:
                    head = _head(s)
                if head not in gate:
                    continue
            elif not gate(s):
                continue
        mm = rx.fullmatch(s)
        if mm is not None:
            e = fn(mm, ctx)
            if e is not None:
                return e
    return None


_CONNECT = re.compile(r"\s*(?:-|/)\s*|\s+(?:to|until|till|through|thru|and|into)\s+")
_DAY_YEAR = re.compile(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_BARE_NUM = re.compile(r"(?:the )?(\d{1,4})(?:st|nd|rd|th)?")


def _side(s: str, ctx: _Ctx) -> _Expr | None:
    e = _atom(s, ctx)
    if e is not None:
        return e
    mm = _DAY_YEAR.fullmatch(s)
    if mm:
        return _cal_checked(int(mm.group(2)), None, int(mm.group(1)))
    mm = _BARE_NUM.fullmatch(s)
    if mm:
        return _Expr(fn=lambda ref, tense: None, relative=False, num=int(mm.group(1)))
    return None


_RANGE_LEAD = re.compile(r"(between|from) ")
# after a range's bare second number, what makes it no day or year: a decimal's point, a share's sign or word
_NO_YEAR_AFTER = re.compile(r"[.,]\d|\s?(?:%|per\s?cent\b|percent\b|pc\b)", re.I)


def _range(s: str, ctx: _Ctx) -> _Expr | None:
    lead = _RANGE_LEAD.match(s)
    body = s[lead.end() :] if lead else s
    for c in _CONNECT.finditer(body):
        word = c.group().strip()
        if (word == "and") != (lead is not None and lead.group(1) == "between") and word != "-":
            continue
        a_s, b_s = body[: c.start()].strip(), body[c.end() :].strip()
        if not a_s or not b_s:
            continue
        # (each context made field by field: dataclasses.replace costs several times as much)
        prev = lead.group(1) if lead else "from"
        a = _side(a_s, _Ctx(ctx.scan, prev, ctx.prev_raw, "", ctx.raw, ctx.left, ctx.before, " "))
        if a is None or a.anaphoric:
            continue
        raw = ctx.raw[len(ctx.raw) - len(b_s) :]
        b = _side(b_s, _Ctx(ctx.scan, "to", ctx.prev_raw, ctx.nxt, raw, " ", ctx.before, ctx.right))
        if b is None or b.anaphoric:
            continue
        if b.num is not None and _NO_YEAR_AFTER.match(ctx.right):
            continue  # "fell from 72.1 per cent in 2023 to 68.4 per cent": the whole of a decimal or a share, no year
        e = _combine(a, b, bool(lead) or word not in ("/",))
        if e is not None:
            return e
    return None


def _century_fill(y: int, n: int) -> int | None:
    if n >= 1000:
        return n
    if n < 100:
        full = y // 100 * 100 + n
        return full if full > y else full + 100
    return None


def _combine(a: _Expr, b: _Expr, ok: bool) -> _Expr | None:
    if not ok:
        return None
    ca, cb = a.cal, b.cal
    if a.num is not None and b.num is not None:
        return None
    if a.num is not None:
        if cb is None:
            return None
        if cb.day is not None and cb.month is not None and 1 <= a.num <= cb.day:  # a range runs forward
            ca = _Cal(cb.year, cb.month, a.num)
        else:
            return None
    if b.num is not None:
        if ca is None:
            return None
        if ca.day is not None and ca.month is not None and ca.day <= b.num <= 31:  # "March 6 until 4am" is none
            cb = _Cal(ca.year, ca.month, b.num)
        elif ca.day is None and ca.month is None and ca.year is not None:
            full = _century_fill(ca.year, b.num)
            if full is None or not ca.year < full <= 2100 or len(str(b.num)) not in (2, 4):
                return None
            cb = _Cal(full)
        else:
            return None
    if ca is not None and cb is not None:
        if ca.month is None and ca.day is not None and cb.month is not None:
            ca = replace(ca, month=cb.month, year=ca.year if ca.year is not None else cb.year)
        if cb.month is None and cb.day is not None and ca.month is not None:
            cb = replace(cb, month=ca.month, year=cb.year if cb.year is not None else ca.year)
        if ca.year is None and cb.year is not None and ca.month is not None:
            later = (ca.month, ca.day or 0) > (cb.month or 12, cb.day or 31)
            ca = replace(ca, year=cb.year - 1 if later else cb.year)
        if cb.year is None and ca.year is not None and cb.month is not None:
            later = (ca.month or 1, ca.day or 0) > (cb.month, cb.day or 31)
            cb = replace(cb, year=ca.year + 1 if later else ca.year)
        if (ca.year is None) != (cb.year is None):
            return None
        if (ca.day is None) != (cb.day is None) and ca.year is not None:
            pass
        fa, fb = _cal_expr(ca).fn, _cal_expr(cb).fn
        relative = ca.year is None
    elif a.num is None and b.num is None:
        fa, fb = a.fn, b.fn
        relative = a.relative or b.relative
    else:
        return None

    def run(ref: date | None, tense: str | None) -> DateValue | None:
        va = fa(ref, tense)
        vb = fb(ref, tense)
        if va is None or vb is None:
            return None
        if vb.end <= va.start and cb is not None and cb.year is None:
            try:
                vb = DateValue(_shift(vb.start, "year", 1), _shift(vb.end, "year", 1), vb.grain)
            except ValueError:
                return None
        if vb.end <= va.start or va.start >= vb.end or vb.start < va.start:
            return None
        grain = va.grain if _GRAIN_ORDER[va.grain] <= _GRAIN_ORDER[vb.grain] else vb.grain
        return DateValue(va.start, vb.end, grain)

    return _Expr(fn=run, relative=relative)


def _analyse(text: str, ctx: _Ctx) -> _Expr | None:
    s = _norm(text)
    if not s:
        return None
    if not ctx.scan:
        e = _atom(s, ctx)
        if e is not None:
            return e
        while True:
            m = _LEAD.match(s)
            if not m:
                break
            s = s[m.end() :]
            if s.startswith("the ") and _atom(s, ctx) is None and _range(s, ctx) is None:
                s = s[4:]
    e = _atom(s, ctx)
    if e is not None:
        return e
    if _connected(s):
        return _range(s, ctx)
    return None


_CONNECT_WORD = re.compile(r" (?:to|until|till|through|thru|and|into) ")  # found by its leading space


def _connected(s: str) -> bool:
    """``_CONNECT.search(s)`` for a text _norm gave, whose only whitespace is single spaces, without that
    regex, which tries every character: a dash, a slash, or a connecting word between spaces."""
    return "-" in s or "/" in s or _CONNECT_WORD.search(s) is not None


_FULL = _Ctx()


def parse_date(text: str, reference: date | None, *, tense: str | None = None) -> DateValue | None:
    """The date the whole of ``text`` names, or None.

    None when the text is not a date expression, when it is relative and ``reference`` is None, or when
    it is anaphoric (relative to another event, "the following month"). ``tense`` ("past", "present",
    "future") picks among occurrences of a year-less date or a weekday (see the module docstring).
    """
    if ((_time_cue(text) or _SPOKEN_WHOLE.search(text)) and _TIME_RX.search(text)) or _PAST_CUE.search(text):
        t = _parse_time(text, reference, tense)
        if t is not None:
            return t
    e = _analyse(text, _FULL)
    if e is None or e.anaphoric or e.num is not None:
        return None
    return e.fn(reference, tense)


_UNDATED_SPAN_DAYS = 3  # the widest coverage (last date line minus first) that still dates an undated article


def corpus_reference(dates: Iterable[date]) -> date | None:
    """The date to read an article without a date line against, from the date lines of the articles it came
    with: coverage of one event is published within days, so when those dates lie within three days of each
    other, their middle (the earlier of two middles); else None, as a weekday could then name two days."""
    ds = sorted(set(dates))
    if not ds or (ds[-1] - ds[0]).days > _UNDATED_SPAN_DAYS:
        return None
    return ds[0] + timedelta(days=(ds[-1] - ds[0]).days // 2)


_BARE_WEEKDAY = re.compile(
    r"\A(?:on\s+)?(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\.?(?:['’]s)?\Z", re.I
)


def names_weekday(text: str) -> bool:
    """True when a date expression is a weekday alone ("Tuesday", "on Thursday", "Friday's"): nothing but
    the tense and the publication date says which one."""
    return bool(_BARE_WEEKDAY.match(text.strip()))


_NAMED_WEEKDAY = re.compile(rf"\b({_FULL_DAY_NAMES})\b", re.IGNORECASE)


def weekday_slip(text: str, day: date) -> date | None:
    """The day a date's weekday names when the day of the month written with it falls on another weekday ("Tuesday,
    11 March" of 2026, whose 11 March is a Wednesday: Tuesday 10 March): the nearest such day, at most three days
    off. None when the text names no weekday and day of the month, or they agree. Such a date has slipped in one
    of its two parts; the weekday is the part other outlets more often give alone."""
    names = {w.lower() for w in _NAMED_WEEKDAY.findall(text)}
    if len(names) != 1 or not names_day_of_month(text):
        return None
    off = (_WEEKDAYS[names.pop()] - day.weekday()) % 7
    if off == 0:
        return None
    return day + timedelta(days=off if off <= 3 else off - 7)


def names_day_of_month(text: str) -> bool:
    """True when a date expression writes a day of a named month ("19 June", "June 19", "the 12th of June"): only
    its year is left to the reference."""
    return _DAY_OF_MONTH.search(text) is not None


def undated_value(text: str, reference: date, tense: str | None) -> DateValue | None:
    """A relative date of an article without a date line, read against :func:`corpus_reference`. A weekday
    alone is the one nearest the reference (at most three days off): the tense says how it stands to the
    day the article was published, and that day is only known to be near the reference ("recovered a body on
    Thursday" in an article of the day after coverage dated Wednesday). The rest is read as
    :func:`parse_date` reads it."""
    if names_weekday(text):
        cands = [v for t in ("past", "future") if (v := parse_date(text, reference, tense=t)) is not None]
        return min(cands, key=lambda v: abs((v.start - reference).days)) if cands else None
    return parse_date(text, reference, tense=tense)


def is_relative(text: str) -> bool:
    """True when ``text`` is a date expression that needs a reference date to resolve."""
    e = _analyse(text, _FULL)
    return e is not None and e.relative and e.num is None


def is_anaphoric(text: str) -> bool:
    """True for a date relative to another event in the text ("the following month", "a year later")."""
    e = _analyse(text, _FULL)
    return e is not None and e.anaphoric


# ----------------------------------------------------------------------------------------- times of day
#
# A time of day is a DateValue of grain "minute" (see types.DateValue): its day, the stated clock, and the
# minutes the wording allows. Choices:
# - 12-hour clocks need a.m./p.m. (or noon/midnight/o'clock) in a sentence: "at 9:20" alone is read only
#   with a leading "at/about/around/by/..." or a zone after it, or with a two-digit hour ("02:40", "14:30"),
#   so that scores, ratios and verses ("John 3:16") stay out. "9.30pm" (British) needs the a.m./p.m.
# - "in the morning/afternoon/evening/AM/PM" and "at night" after a clock say a.m. or p.m. ("at 3 in the morning");
#   a bare hour with one is read in a sentence only after "at/about/around/by ...". A part of the day beside a
#   clock without a.m./p.m. says p.m. too: "this afternoon at 3:20" (1-7), "at 9:30 tonight" (evening, night: 5-11);
#   a bare hour is a clock before one ("at 8 tonight", "9 tomorrow evening", "at 10.30 last night"), which stays a
#   date of its own; so is an hour word before "in the morning" ("at six in the morning"). A night runs past
#   midnight: a clock of its small hours (before 5:00) told with a night ("at 2am last night", "at 12 tonight",
#   "at 1am on Friday night") is the next day's. After a change ("down from seven last night") an hour is a figure.
# - Minutes past or to an hour: "half past three", "a quarter to nine", "20 minutes past 3pm", "ten past noon";
#   in a sentence bare minutes or "to" need "minutes", a.m./p.m., o'clock, noon/midnight or "at/about/until ...".
#   Such a spoken 12-hour clock, and "N o'clock", without a.m./p.m. takes p.m. from a part of the day beside it,
#   and for one to six o'clock p.m. by default ("at five past one" is 13:05), unless its sentence speaks of the
#   morning or the night ("in the early hours", "overnight"): English marks a small-hours clock. A written "1:05"
#   is a 24-hour clock and stays 01:05.
# - Hedges set the tolerance: "about/around/approximately/roughly/some/circa" and "-ish", "or so" +-5 minutes,
#   and +-15 of a time on the hour ("about 2am" is the hour rounded: 2.15am fits it); "just/shortly/a little
#   before", "nearly", "almost" the 10 (shortly: 15) minutes before; "just/shortly/a little/soon after", "just
#   past" the 10 (15) minutes after. "before/after/since/by/until" are read as the stated clock (open bounds are
#   not modelled, as for dates).
# - A zone ("EDT", "GMT", "UTC", "BST", ...) is kept, not converted (GMT and Z are UTC); "local time" is none.
#   Times in two zones do not compare.
# - Midnight is 00:00 of the day named ("midnight Tuesday" is 00:00 Tuesday), except "just before midnight",
#   the last minutes of that day. Noon and midday (or "mid-day", "mid day") are 12:00.
# - The day: a date next to the time ("9:21 p.m. Tuesday", "Tuesday at 9:21 p.m.", "Jan. 6 at 10 a.m."), else
#   the nearest day-long date before it in the sentence, else the reference date (DateMatch.day_stated is
#   then False, so that a caller with better context -- the paragraph's last date -- can set the day); with
#   no reference the time keeps its clock and ``day_known`` is False.

_AMPM = r"(?P<ampm>[ap](?:\.\s?m\b\.?|m\b\.?| m\b|\.(?=\s|$)|\b))"  # ("3:30 p m", as speech is transcribed)
_AMPM_WRITTEN = r"(?P<ampm>[ap](?:\.\s?m\b\.?|m\b\.?| m\b))"  # with its "m": never the "a" of "535 a year"
_ZONE_ALT = (
    r"[ECMPA][SD]T|[ECMP]T|GMT|UTC|Z|BST|CET|CEST|EET|EEST|WET|WEST|IST|JST|KST|HKT|SGT|AEST|AEDT|MSK|SAST|WAT|EAT|PKT"
)
TIME_ZONE = re.compile(_ZONE_ALT)  # a zone's abbreviation as written ("EDT", "GMT", "AEST"), for names.py
_ZONE = rf"(?:\s*\((?P<zone>(?-i:{_ZONE_ALT}))\)|\s*(?P<zone2>(?-i:{_ZONE_ALT})|local(?: time)?)(?![A-Za-z]))?"
_HOUR_WORDS = {w: v for w, v in ONE_WORD_NUMBERS.items() if 1 <= v <= 12}
_MINUTE_WORDS = {w: v for w, v in ONE_WORD_NUMBERS.items() if 1 <= v <= 59}
_HW_ALT = _alt(_HOUR_WORDS)
_MW_ALT = _alt(_MINUTE_WORDS)
# minutes said in two words after an hour word: "nine fifty-nine a.m.", "four twenty three p.m.", "six oh five a.m."
_MW_TWO = rf"(?:{_alt(w for w in _TENS_WORDS if ONE_WORD_NUMBERS[w] < 60)}|oh)[- ](?:{_alt(_UNIT_WORDS)})"
_MW10_ALT = _alt(w for w, v in _MINUTE_WORDS.items() if v >= 10)  # "ten" to "fifty": minutes said in one word
_TIME_HEDGE = (
    r"(?P<hedge>(?:at |from )?(?:about|around|approximately|approx\.?|roughly|some|circa|ca\.|c\.|"
    r"(?:just|shortly|a little|soon|not long|some time|sometime) (?:before|after)|just past|nearly|almost|"
    r"at|by|until|till|from|since|before|after) |@ ?)?"  # a word hedge ends at a space: "afternoon" is no "after noon"
)
# a level's verb before "at" ("stood at 12 on Tuesday night", "the toll remained at 9 on Sunday morning"): a figure
_LEVEL_AT = re.compile(r"\b(?:stood|stands?|standing|remained|remains?|hover(?:ed|s)|peaked)\s+\Z", re.I)
# a change's earlier level before "from" ("down from seven last night", "rose from 12 on Tuesday night"): a figure
_CHANGE_FROM = re.compile(
    r"\b(?:down|up|rose|risen|rising|fell|fallen|falling|dropped|climbed|increased|decreased|revised)\s+\Z", re.I
)
_HOUR_ENDS = r"(?=[,.;:)]|\s+(?:on|in|when|and|as|after|before|local|GMT|UTC|BST)\b|\s*$)"
# "3 in the morning", "8 in the evening"; "3 in the AM", "10 in the p.m." and, with no "the", "3:20 in afternoon" where
# it ends its phrase (not "at 3 in the AM radio band", "opened at 10 in morning trading")
_PART = (
    rf" (?:in (?:the (?:(?:morning|afternoon|evening)\b|[ap](?:\.m\.?|m\b){_HOUR_ENDS})"
    rf"|(?:morning|afternoon|evening)\b{_HOUR_ENDS})|at night\b)"
)
# a day's part after a bare hour, which stays a date of its own: "at 8 tonight", "at 9 tomorrow morning", "at 10
# last night"
_DAY_PART = (
    r" (?:tonight|last night|(?:this|yesterday) (?:morning|afternoon|evening)"
    r"|tomorrow(?: (?:morning|afternoon|evening))?)\b"
)
_DAY_PART_RX = re.compile(_DAY_PART, re.I)
# "tomorrow" alone after a bare hour ("at 9 tomorrow"): in a sentence a clock only after a word of a point in time
# ("at", "by", "until", ...), not of approximation alone, which a figure takes ("highs of about 9 tomorrow")
_BARE_TOMORROW = re.compile(r"\s+tomorrow\b(?!\s+(?:morning|afternoon|evening))", re.I)
_POINT_HEDGE = re.compile(r"\b(?:at|by|until|till|before|after|from)\b|@", re.I)
# a weekday's part after a bare hour: "at 9 on Saturday morning"
_ON_DAY_PART = r" on [A-Za-z]+day (?:morning|afternoon|evening|night)\b"
# a bare hour after a part of the day and "at": "this morning at 3", "Saturday evening at 8" (a.m. or p.m. as the
# part says: see _pm_shift); it ends its phrase, so that "this morning at 10 Downing Street" is no time
_AFTER_PART = "|".join(
    f"(?<={part} at )|(?<={part} @ )|(?<={part} @)" for part in ("morning", "afternoon", "evening", "night")
)
# noon spelt "mid-day" or "mid day" ends its phrase, or a day or a clause follows ("at mid-day on Friday", "mid day
# Tuesday"): a word it qualifies makes it an adjective ("fewer mid-day sailings"), and a figure a day of an event ("by
# mid day 3 of the trial")
_MID_DAY_ENDS = (
    r"(?=[,.;:)]|\s*$|\s+(?-i:[A-Z])|\s+(?:on|in|at|and|or|when|as|after|before|until|to|today|tomorrow|yesterday|"
    r"local|GMT|UTC|BST)\b)"
)
_CLOCK = (
    rf"(?:(?P<h>\d{{1,2}})(?P<sep>[:.])(?P<m>[0-5]\d)(?!\d|[:.]\d)\s?{_AMPM}?"
    # (an hour rounded with "-ish" before its a.m./p.m. as after it: "3ish pm", "4-ish p.m." as "3pm-ish")
    rf"|(?P<h2>\d{{1,2}})(?:(?P<ish2>-?ish(?=\s?[ap]\.?\s?m\b))?\s?(?:{_AMPM.replace('ampm', 'ampm2')}"
    rf"|(?P<oc>o'?clock)(?:\s{_AMPM_WRITTEN.replace('ampm', 'ampm4')})?)"  # ("3 o'clock pm")
    rf"|(?={_PART}|{_DAY_PART}|{_ON_DAY_PART}))"
    rf"|(?:{_AFTER_PART})(?P<h5>1[0-2]|0?[1-9]|{_HW_ALT}){_HOUR_ENDS}"
    rf"|(?P<h6>{_HW_ALT})(?={_DAY_PART}|{_PART})"  # "at eight tonight", "at six in the morning"
    # the hour and minute of a 24-hour clock written with "h": "19h30", "at 15h" (French and Belgian style)
    r"|(?P<hh>[01]?\d|2[0-3])h(?P<hm>[0-5]\d)?(?!\w)"
    rf"|(?P<hw>{_HW_ALT})(?:(?:[- ](?P<mw>{_MW_TWO}|{_MW_ALT}|o'?clock))?"
    rf"\s(?=[ap]\.?\s?m\b){_AMPM.replace('ampm', 'ampm3')}"
    # an hour and its minutes in words with no a.m./p.m.: "at three twenty this afternoon", "at six forty-five in the
    # morning", and a whole text "at three twenty" (see _scan_times)
    rf"|[- ](?P<ms>{_MW_TWO}|{_MW10_ALT})(?={_DAY_PART}|{_PART}|\s*$))"
    rf"|(?P<hwo>{_HW_ALT})[- ]o'?clock"  # "at nine o'clock this morning": a spoken clock (a.m. or p.m. as said)
    r"|(?P<h24>[01]\d|2[0-3])(?P<m24>[0-5]\d)(?=\s?(?:hours|hrs|GMT|UTC|Z\b|local))"
    # an hour and its minutes run together before a.m. or p.m. or a part of the day: "330 p.m.", "730 in the evening"
    rf"|(?P<h3>1[0-2]|[1-9])(?P<m3>[0-5]\d)(?:\s?{_AMPM_WRITTEN.replace('ampm', 'ampm5')}|(?={_PART}))"
    # an hour and its minutes apart, as speech is transcribed: "at 3 15 p.m.", "at 10 30 this morning" (_scan_times)
    # only after "at/about/...", so that "Jan. 6 10 a.m." stays a day and a clock
    rf"|(?(hedge)(?P<hd>1[0-2]|0?[1-9]) (?P<md>[0-5]\d)"
    rf"(?:\s?{_AMPM_WRITTEN.replace('ampm', 'ampm6')}|(?={_DAY_PART}|{_PART}|\s*$))|(?!))"
    rf"|(?:12 )?(?P<named>noon|midday|mid[- ]day{_MID_DAY_ENDS}|midnight))"
)
# a hedge after the clock that ends its phrase: "at 3pm approximately", "9.40am or thereabouts" (not "at 3pm
# approximately 200 people", whose hedge is the figure's)
_HEDGE_AFTER = rf" (?:approximately|or thereabouts){_HOUR_ENDS}"
_TIME_RX = re.compile(
    rf"(?<![\w.:/$£€-]){_TIME_HEDGE}{_CLOCK}(?P<part>{_PART})?(?P<ish>-?ish| or so|{_HEDGE_AFTER})?{_ZONE}"
    r"(?![\w/%-]|[:.]\d)",
    re.I,
)


def _led(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` led by a lookahead of the characters a match may start with (see _end_tests): the same matches,
    but the regex engine skips to where one may start instead of trying every alternative at every character."""
    first = _end_tests(rx)[0]
    return rx if first is None else re.compile(f"(?={first.pattern})" + rx.pattern, rx.flags)


_TIME_RX = _led(_TIME_RX)  # a quarter faster through a sentence
# What every _TIME_RX match holds somewhere, found far faster than the match itself: a digit before ":" or "." and a
# minute, before an "a"/"p" that ends its word or goes on with "." or "m" (a.m., p.m.: each form of _AMPM does, and
# the "p" of "25 people" does not, which spares about half the sentences _TIME_RX was searched in), "o'clock", "in
# the morning/at night", "on Saturday", "h" ("19h30") or "hours/GMT/local"; a part of the day before "at" and an
# hour ("this morning at 3"); an hour word's "a.m."/"p.m." after a space; noon, midday or midnight. A text without
# one holds no time.
_TIME_CUE = re.compile(
    r"\d(?:[:.][0-5]|\s?[ap](?:[.m]|\b)|\s?o'?clock"
    r"|\s(?:in (?:the|morning|afternoon|evening)|at night|tonight|last night|this|tomorrow|yesterday|on \w+day)"
    r"|h(?:[0-5]\d)?\b"
    r"|\s?(?:hours|hrs|gmt|utc|z|local))"
    r"|(?:morning|afternoon|evening|night) (?:at |@ ?)\d"
    r"|\s[ap]\.?\s?m\b|noon|mid[- ]?day|midnight|o'?clock",
    re.I,
)
# _TIME_CUE's branches, searched one by one in an ASCII text's lower case: each starts with a class or literal the
# regex engine skips to, where the case-blind alternation is tried at every character (two fifths of the cost)
_TIME_CUE_DIGIT = re.compile(
    r"\d(?:[:.][0-5]|\s?[ap](?:[.m]|\b)|\s?o'?clock"
    r"|\s(?:in (?:the|morning|afternoon|evening)|at night|tonight|last night|this|tomorrow|yesterday|on \w+day)"
    r"|h(?:[0-5]\d)?\b"
    r"|\s?(?:hours|hrs|gmt|utc|z|local))"
)
_TIME_CUE_MERIDIEM = re.compile(r"\s[ap]\.?\s?m\b")
_TIME_CUE_PART = re.compile(r"(?:morning|afternoon|evening|night) (?:at |@ ?)\d")


# an hour said in words beside a part of the day: "at eight tonight", "this evening at eight"
_TIME_CUE_WORD = re.compile(
    rf"\b(?:{_HW_ALT})(?:[- ](?:{_MW_ALT})){{0,2}}\s"  # ("at three twenty this afternoon")
    r"(?:tonight|last night|this|tomorrow|yesterday|in the (?:morning|afternoon|evening|[ap]\.?m)"
    r"|in (?:morning|afternoon|evening)|at night)\b"
    rf"|(?:morning|afternoon|evening|night) (?:at |@ ?)(?:{_HW_ALT})\b",
    re.I,
)
# an hour and its minutes in words ending a whole text ("at three twenty"), which no cue of a sentence's finds
_SPOKEN_WHOLE = re.compile(rf"\b(?:(?:{_HW_ALT})[- ](?:{_MW_TWO}|{_MW10_ALT})|(?:1[0-2]|0?[1-9]) [0-5]\d)\s*\Z", re.I)
# the same with its case kept, for an ASCII text's lower case (its words are lower-case ASCII): half the time of
# the case-blind search
_TIME_CUE_WORD_CASED = re.compile(_TIME_CUE_WORD.pattern)
_TIME_CUE_IN_PART = re.compile(r"in (?:the )?(?:morning|afternoon|evening)")  # six forms: as cheap as three "in"


def _time_cue(text: str) -> bool:
    """Whether ``_TIME_CUE.search(text)`` finds a cue (or ``_TIME_CUE_WORD`` does). In an ASCII text a letter
    matches case-blind just what its lower case matches, and lower-casing turns no character from word to
    non-word."""
    if not text.isascii():
        return _TIME_CUE.search(text) is not None or _TIME_CUE_WORD.search(text) is not None
    low = text.lower()
    return (
        _TIME_CUE_DIGIT.search(low) is not None
        or "noon" in low
        or ("mid" in low and ("midday" in low or "midnight" in low or "mid-day" in low or "mid day" in low))
        or "clock" in low  # "nine o'clock"
        or _TIME_CUE_MERIDIEM.search(low) is not None
        # (each match holds its part of the day and a space: most sentences hold none, found faster than searched)
        or (
            ("morning " in low or "afternoon " in low or "evening " in low or "night " in low)
            and _TIME_CUE_PART.search(low) is not None
        )
        or (
            # ("in the AM" holds a.m. itself, found above)
            ("night" in low or "this " in low or "tomorrow" in low or "yesterday" in low or "ing at" in low
             or _TIME_CUE_IN_PART.search(low) is not None)
            and _TIME_CUE_WORD_CASED.search(low) is not None
        )
    )


_TIME_TOL: list[tuple[str, tuple[int, int]]] = [
    ("shortly before", (-15, 0)),
    ("shortly after", (1, 16)),
    ("not long after", (1, 16)),
    ("soon after", (1, 16)),
    ("some time after", (1, 61)),
    ("sometime after", (1, 61)),
    ("some time before", (-60, 0)),
    ("sometime before", (-60, 0)),
    ("before", (-10, 0)),  # just / a little / not long before
    ("after", (1, 11)),  # just / a little after
    ("past", (1, 11)),
    ("nearly", (-10, 0)),
    ("almost", (-10, 0)),
]
_APPROX_WORDS = ("about", "around", "approximately", "approx", "roughly", "some", "circa", "ca.", "c.")


@dataclass(frozen=True)
class _Time:
    start: int
    end: int
    minute: int
    lo: int
    hi: int
    zone: str | None
    half_assumed: bool = False  # a bare 12-hour clock ("kickoff at 7:30") read as a.m. because nothing says p.m.


_ABOUT = (-5, 6)  # "about 9:40": five minutes either side
_ABOUT_THE_HOUR = (-15, 16)  # "about 2am": a time rounded to the hour, a quarter of an hour either side


def _on_the_hour(tol: tuple[int, int], minute: int) -> tuple[int, int]:
    """A hedge's tolerance about a whole hour, which is a time rounded to the hour: "at about 2am" a quarter of an
    hour either side, "just after seven" up to a quarter past, "just before seven" from a quarter to."""
    if minute % 60:
        return tol
    return {_ABOUT: _ABOUT_THE_HOUR, (1, 11): (1, 16), (-10, 0): (-15, 0)}.get(tol, tol)


def _time_tolerance(hedge: str, ish: bool) -> tuple[int, int] | None:
    """(lo, hi) for the hedge before a clock; None when the hedge is an open bound ("before 9 p.m.")."""
    h = hedge.strip().lower()
    h = re.sub(r"^(?:at|from) ", "", h)
    if ish or h in _APPROX_WORDS:
        return _ABOUT
    if h in ("", "at", "@", "by", "until", "till", "from", "since"):
        return (0, 1)
    if h in ("before", "after"):
        return None
    for words, tol in _TIME_TOL:
        if h.endswith(words):
            return tol
    return (0, 1)


# What may follow a British clock written with a point and nothing else ("happened at 11.42 near the first pylon",
# "were brought down at 18.20, after"): the end of its phrase, or a word that places it further; never a unit or a
# scale ("at 11.42 per cent", "at 9.15 million").
_DOT_CLOCK_ENDS = re.compile(
    r"\A(?:[,.;:)]|\s*$|\s+(?:on|in|near|when|while|and|as|after|before|with|from|local|yesterday|today|tonight|"
    r"last night|this|that|the same|GMT|UTC|BST|CET|CEST)\b)"
)
# the verb of a price or a level before "at", with up to three words between ("closed at 11.42", "kept the rate at
# 4.35"), which a dotted figure after "at" follows
_PRICE_AT = re.compile(
    r"\b(?:stood|stands?|standing|remained|remains?|hover(?:ed|s)|peaked|closed|opened|traded|trading|valued|"
    r"priced|pegged|capped|fixed|set|held|kept|maintained|put|estimated)(?:\s+[\w'’-]+){0,3}\s+\Z",
    re.I,
)


def _dot_clock(m: re.Match[str]) -> bool:
    """ "at 11.42", "at about 11.40", "until 18.20": an hour and two-digit minutes written with a point and
    nothing else (the British style), read as a clock after "at" or a word of time ("until", "shortly after")
    when it ends its phrase and no verb of a price or level comes before it. Elsewhere "9.30" is a decimal."""
    hedge = (m["hedge"] or "").strip().lower()
    text = m.string
    # ("capsized around 21.30 on Thursday": an hour past noon written with a point is a 24-hour clock after a word of
    # approximation too, which no 12-hour clock is; not "fell to around 15.50", a level)
    late = (
        hedge in _ABOUT_HEDGES
        and 13 <= int(m["h"]) <= 23
        and not _TO_LEVEL.search(text, max(0, m.start() - 16), m.start())  # (the words right before it)
    )
    if not (hedge == "at" or hedge.startswith("at ") or hedge in _DOT_CLOCK_HEDGES or late):
        return False
    if not 1 <= int(m["h"]) <= 23 or len(m["m"]) != 2:
        return False
    if _DOT_CLOCK_ENDS.match(text[m.end() : m.end() + 12]) is None:
        return False
    # (after a verb of a price, only when a part of a day or a clock's zone follows: "the airport closed at 19.50 on
    # Thursday evening", never a share's "closed at 19.50 on Thursday")
    return not _PRICE_AT.search(text, max(0, m.start() - 48), m.start()) or (
        _TIME_OF_DAY_AFTER.match(text, m.end()) is not None
    )


_TIME_OF_DAY_AFTER = re.compile(
    r"\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|this\s+|that\s+|last\s+|on\s+the\s+)?"
    r"(?:morning|afternoon|evening|night)\b|\s+local\s+time\b|\s+(?:GMT|UTC|BST|CET|CEST)\b",
    re.IGNORECASE,
)


_ABOUT_HEDGES = frozenset({"around", "about", "approximately", "roughly"})
_TO_LEVEL = re.compile(r"\b(?:to|from|of|by|was|were|is|are|be|been)\s+\Z", re.IGNORECASE)
_DOT_CLOCK_HEDGES = frozenset(
    {"until", "till", "shortly after", "shortly before", "just after", "just before", "soon after", "not long after"}
)


def _clock_minute(m: re.Match[str]) -> int | None:
    """Minutes after midnight of the clock ``m`` matched, or None when it is no time of day."""
    if m["named"]:
        return 0 if m["named"].lower() == "midnight" else 12 * 60
    ampm = (m["ampm"] or m["ampm2"] or m["ampm3"] or m["ampm4"] or m["ampm5"] or m["ampm6"] or "").lower()[:1]
    part = (m["part"] or "").lower()
    if part and not ampm:  # the part of the day says a.m. or p.m.; "12 at night" is midnight
        ampm = "a" if "morning" in part or (part.startswith(" in the a") and "afternoon" not in part) else "p"
        if part.endswith("night") and (m["h2"] or m["h"] or "") in ("12",):
            ampm = "a"
    if m["h24"]:
        return int(m["h24"]) * 60 + int(m["m24"])
    if m["hw"]:
        h = _HOUR_WORDS[m["hw"].lower()]
        mw = (m["mw"] or m["ms"] or "").lower()
        mins = 0 if not mw or "clock" in mw else sum(_MINUTE_WORDS.get(w, 0) for w in re.split(r"[- ]", mw))
    elif m["h"]:
        h, mins = int(m["h"]), int(m["m"])
        if (
            m["sep"] == "."
            and not ampm
            and not (len(m["h"]) == 2 and m["h"][0] == "0")
            and not (m["zone"] or m["zone2"])
            and not _dot_clock(m)
        ):
            return None  # "9.30" alone is a decimal; "at 02.17", "14.30 GMT" are a 24-hour clock (British style)
    elif m["hh"]:
        return int(m["hh"]) * 60 + int(m["hm"] or 0)  # "19h30": a 24-hour clock
    elif m["h3"]:
        h, mins = int(m["h3"]), int(m["m3"])
    elif m["hd"]:
        h, mins = int(m["hd"]), int(m["md"])
    else:
        hour = m["h2"] or m["h5"] or m["h6"] or m["hwo"]
        h, mins = (int(hour) if hour.isdigit() else _HOUR_WORDS[hour.lower()]), 0
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm == "p" else 0)
    elif not 0 <= h <= 23 or (m["oc"] and not 1 <= h <= 12):
        return None
    return h * 60 + mins


# "half past three", "a quarter to nine", "20 minutes past 3pm", "ten past noon": minutes past or to an hour; American
# English says "after" for "past" ("a quarter after nine", "twenty after 3pm"); British English drops "past" after
# "half" ("at half three" is half past three)
_PAST_CUE = re.compile(rf"(?:past|to|after|[Hh]alf) (?:\d|noon|midnight|{_HW_ALT})")  # case-blind: thrice the time
_PAST_RX = re.compile(
    r"(?<![\w.:/$£€-])"
    rf"(?P<mins>(?:a )?quarter|half|\d{{1,2}}(?P<mn> minutes?)?|(?P<mword>{_MW_ALT})(?P<mn2> minutes?)?)"
    rf" (?P<dir>past|to|after)"
    rf" (?:(?P<ph>\d{{1,2}}|{_HW_ALT})(?:\s?{_AMPM}|(?P<oc> o'?clock))?|(?P<named>noon|midnight))"
    r"(?![\w%/-]|[:.,]\d|\s(?:million|billion|thousand|hundred|per\b|percent|(?:min|minute|hour|hr|sec|second|day|week|"
    r"month|year)s?\b))",
    re.I,
)
# "half three", "until half nine": half past the hour, in British English
_HALF_RX = re.compile(rf"(?<![\w.:/$£€-])half (?P<ph>1[0-2]|[1-9]|{_HW_ALT})(?![\w%/-]|[:.,]\d)", re.I)
_HOUR_END = re.compile(_HOUR_ENDS)
_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.I)  # "from 15 minutes to 2 hours": two durations
# a hedge right before a spoken clock ("around quarter to three", "just after half past two"), as before a written one
_PAST_HEDGE = re.compile(rf"(?<![\w-]){_TIME_HEDGE[:-1]}\Z", re.I)
_CLOCK_LEAD = re.compile(r"\b(?:at|about|around|approximately|until|till|before|after|since)\s+\Z", re.I)
# a part of the day beside a clock without a.m./p.m.: "this afternoon at 3:20", "at 9:30 tonight"
_PM_BEFORE = re.compile(r"\b(?P<part>afternoon|evening|tonight|night)\s*,?\s*(?:at\s+|@\s*)?\Z", re.I)
_PM_AFTER = re.compile(
    r"\A\s*,?\s*(?:(?:this|tomorrow|yesterday|last|on \w+day|\w+day)\s+)?(?P<part>afternoon|evening|tonight|night)\b",
    re.I,
)


def _past_times(text: str, scan: bool) -> list[_Time]:
    """ "half past three", "a quarter to nine", "20 minutes past 3pm": minutes past or to an hour. In running
    text, bare minutes ("20 past 3") or "to" ("by a quarter to 3 million") need "minutes", a.m./p.m., o'clock or
    noon/midnight, except "half/a quarter past" ("at half past three")."""
    out: list[_Time] = []
    for m in _PAST_RX.finditer(text):
        w = m["mins"].lower()
        quarter = w.endswith("quarter")
        mins = 15 if quarter else 30 if w == "half" else None
        if mins is None:
            mins = _MINUTE_WORDS[m["mword"].lower()] if m["mword"] else int(w.split()[0])
        direction = m["dir"].lower()
        if not 1 <= mins <= 59 or (w == "half" and direction != "past"):
            continue  # "fell by half to 3": no clock says "half to" (nor, now, "half after")
        if direction == "to" and _FROM_BEFORE.search(text, 0, m.start()):
            continue  # "rose from 20 minutes to 1": a range of durations
        fixed = m["ampm"] or m["oc"] or m["named"] or m["mn"] or m["mn2"] or _CLOCK_LEAD.search(text, 0, m.start())
        if scan and not fixed and (direction != "past" or not (quarter or w == "half")):
            continue  # ("one after three attempts"; "at ten after three" is a clock)
        if m["named"]:
            h = 12 if m["named"].lower() == "noon" else 0 if m["dir"].lower() == "past" else 24
        else:
            ph = m["ph"].lower()
            h = _HOUR_WORDS[ph] if ph in _HOUR_WORDS else int(ph)
            if not 1 <= h <= 12:
                continue
            if m["ampm"]:
                h = h % 12 + (12 if m["ampm"].lower().startswith("p") else 0)
        minute = h * 60 + (-mins if direction == "to" else mins)
        if not m["ampm"] and not m["named"]:
            minute = _spoken_half(text, m.start(), m.end(), minute, h)
        end = m.end()
        if scan and (m["ampm"] or "").endswith(".") and "." not in m["ampm"][:-1]:
            end -= 1  # "twenty past 3pm.": the sentence's full stop, not the abbreviation's
        out.append(_hedged_spoken(text, m.start(), end, minute))
    if "alf " in text:
        # "half three" (British: half past three), p.m. or a.m. as "half past three" is; in running text only after
        # "at/about/until ..." and where the hour ends its phrase or a part of the day follows ("left at half nine
        # on Friday", "until half three this afternoon"), never "about half three-quarters", "at half 3 times"
        for m in _HALF_RX.finditer(text):
            after = text[m.end() : m.end() + 40]
            if scan and not (
                _CLOCK_LEAD.search(text, 0, m.start())
                and (_HOUR_END.match(after) or _PM_AFTER.match(after) or _AM_AFTER.match(after))
            ):
                continue
            ph = m["ph"].lower()
            h = _HOUR_WORDS[ph] if ph in _HOUR_WORDS else int(ph)
            minute = _spoken_half(text, m.start(), m.end(), h * 60 + 30, h)
            out.append(_hedged_spoken(text, m.start(), m.end(), minute))
        out.sort(key=lambda t: t.start)
    return out


def _hedged_spoken(text: str, a: int, b: int, minute: int) -> _Time:
    """A spoken clock at ``a``..``b`` with the hedge before it: "stopped around quarter to three": the hedge sets the
    tolerance as it does before "2.45pm", and an approximate time's claim holds its hedge; a plain "at" or an open
    bound ("before half past two") stays out."""
    hedge = _PAST_HEDGE.search(text, max(0, a - 40), a)
    tol = _time_tolerance(hedge["hedge"], False) if hedge is not None else None
    if hedge is None or tol is None or tol == (0, 1):
        return _Time(a, b, minute, 0, 1, None)
    tol = _on_the_hour(tol, minute)  # ("just after seven in the morning": up to a quarter past)
    return _Time(hedge.start(), b, minute, tol[0], tol[1], None)


# What marks a small-hours clock in speech: "five past one in the morning", "in the early hours", "overnight"
_SMALL_HOURS = re.compile(r"\b(?:morning|dawn|daybreak|overnight|early hours|small hours|night)\b", re.I)


def _spoken_half(text: str, a: int, b: int, minute: int, hour: int) -> int:
    """The half of the day of a 12-hour clock said without a.m. or p.m. ("five past one", "a quarter to two",
    "three o'clock"): p.m. when a part of the day beside it says so ("half past three this afternoon"); else, for
    an hour of one to six, p.m. too, unless its sentence speaks of the morning or the night: English marks a
    small-hours clock ("at one in the morning", "in the early hours"), so an unmarked "at five past one" is
    after noon."""
    shifted = _pm_shift(text, a, b, minute)
    if shifted != minute or not 1 <= hour <= 6 or _SMALL_HOURS.search(text):
        return shifted
    return minute + 12 * 60


# the morning beside a clock without a.m./p.m.: "this morning at 9:40", "at 9:40 this morning", "9.15 on Friday morning"
_AM_BEFORE = re.compile(r"\bmorning\s*,?\s*(?:at\s+|@\s*)?\Z", re.I)
_AM_AFTER = re.compile(r"\A\s*,?\s*(?:(?:this|tomorrow|yesterday|on \w+day|\w+day)\s+)?morning\b", re.I)


def _am_told(text: str, a: int, b: int) -> bool:
    """A part of the day beside the clock says it is a.m.: then no other clock of the article moves it."""
    return (a > 0 and _AM_BEFORE.search(text, 0, a) is not None) or _AM_AFTER.match(text[b : b + 40]) is not None


def _pm_shift(text: str, a: int, b: int, minute: int) -> int:
    """The clock moved to p.m. when a part of the day beside it says so ("this afternoon at 3:20", "at 9:30
    tonight"); a.m. when nothing says otherwise."""
    m = _PM_BEFORE.search(text, 0, a) if a else None
    m = m or _PM_AFTER.match(text[b : b + 40])
    if m is None:
        return minute
    part, h = m["part"].lower(), minute // 60
    if (part == "afternoon" and 1 <= h <= 7) or (part != "afternoon" and 5 <= h <= 11):
        return minute + 12 * 60
    if part.endswith("night") and h == 12:
        return minute - 12 * 60  # "at 12 tonight": midnight, as "12 at night" is
    return minute


def _scan_times(text: str, scan: bool) -> list[_Time]:
    """Clock times in ``text`` with their hedges and zones. ``scan``: in running text, where a bare "H:MM"
    needs "at/about/..." before it or a zone after it (or a two-digit hour) to be a clock."""
    out: list[_Time] = []
    past = _past_times(text, scan) if _PAST_CUE.search(text) else []
    if not _time_cue(text) and (scan or not _SPOKEN_WHOLE.search(text)):
        return past
    for m in _TIME_RX.finditer(text):
        if past and any(p.start < m.end() and m.start() < p.end for p in past):
            continue  # "3pm" in "a quarter past 3pm"
        minute = _clock_minute(m)
        if minute is None:
            continue
        stated = (
            m["ampm"] or m["ampm2"] or m["ampm3"] or m["ampm4"] or m["ampm5"] or m["ampm6"] or m["part"] or m["h24"]
        ) or m["named"] or m["hh"]
        half_assumed = False
        if not stated and (m["oc"] and m["h2"] or m["hwo"] or m["ms"] or m["hd"]):  # "at 3 o'clock": spoken
            minute = _spoken_half(text, m.start(), m.end(), minute, minute // 60)
        elif not stated and minute < 13 * 60 and not (m["h"] or "").startswith("0"):  # "08:00": a 24-hour clock
            shifted = _pm_shift(text, m.start(), m.end(), minute)
            half_assumed = (  # ("0:30" is a 24-hour clock; "at 9:40 this morning" says a.m.)
                shifted == minute and 60 <= minute < 12 * 60 and not _am_told(text, m.start(), m.end())
            )
            minute = shifted
        hedge = m["hedge"] or ""
        if hedge.strip().lower() in ("before", "after", "by", "until", "till", "since", "from", "@") and scan:
            a = m.start() + len(hedge)  # the bound word stays outside the claim
        else:
            a = m.start()
        zone = (m["zone"] or m["zone2"] or "").upper() or None
        two_digit = len(m["h"] or "") == 2 and m["sep"] == ":"
        if scan and m["h"] and not (m["ampm"] or zone or two_digit or hedge.strip()):
            continue  # "3:16", "2:1": a clock needs a.m./p.m., a zone, "at/about ..." or a two-digit hour
        if scan and m["h2"] and not (m["ampm2"] or m["oc"] or hedge.strip()):
            continue  # "3 in the morning session": a bare hour with a part of the day needs "at/about/..."
        if scan and m["h6"] and not hedge.strip():
            continue  # "eight tonight were ...": an hour word before a part of the day needs "at/about/..." too
        if (m["ms"] or m["hd"] and not m["ampm6"]) and not (
            hedge.strip() and (not scan or m["part"] or _DAY_PART_RX.match(text, m.end()))
        ):
            # "three twenty-somethings", "sold at three twenty" (a price), "aged 3 15": an hour and minutes apart
            # without a.m./p.m. need "at/about/..." and, in a sentence, a part of the day ("at 10 30 this morning")
            continue
        if scan and m["h3"] and not (m["ampm5"] or hedge.strip()):
            continue  # "sold 730 in the evening": so does an hour run into its minutes
        level = (hedge.strip().lower() == "at" and _LEVEL_AT.search(text, max(0, m.start() - 16), m.start())) or (
            hedge.strip().lower() == "from" and _CHANGE_FROM.search(text, max(0, m.start() - 16), m.start())
        )
        if scan and (m["h2"] and not (m["ampm2"] or m["oc"]) or m["h6"]) and level:
            continue  # "the toll stood at 12 on Tuesday night", "down from seven last night": a figure, no clock
        if (
            scan
            and (m["h2"] and not (m["ampm2"] or m["oc"] or m["part"]) or m["h6"])
            and not _POINT_HEDGE.search(hedge)
            and _BARE_TOMORROW.match(text, m.end())
        ):
            continue  # "highs of about 9 tomorrow": a figure; "at 9 tomorrow", "by nine tomorrow" are clocks
        if scan and m["hh"] and not (m["hm"] or hedge.strip()):
            continue  # "a 4h drive": an hour in "h" alone is a clock only as "at 15h"
        short = m["h2"] and m["oc"] is None and len((m["ampm2"] or "").rstrip(".")) == 1
        if short and (scan or not hedge.strip()):
            continue  # "5 a", "4a.": a bare hour with one letter is a clock only as "at 3p", and not in a sentence
        if scan and m["hw"] and len(m["ampm3"] or "") == 1:
            continue
        tol = _time_tolerance(hedge, bool(m["ish"] or m["ish2"]))
        if tol is not None:
            tol = _on_the_hour(tol, minute)  # "at about 2am" of a fire brought under control at 2.15am: the hour
        if tol is None:
            tol = (0, 1)
            a = m.start() + len(hedge)
        if zone is not None and zone.startswith("LOCAL"):
            zone = None
        if zone in ("GMT", "Z"):
            zone = "UTC"
        end = m.end()
        ampm = m["ampm"] or m["ampm2"] or m["ampm3"] or m["ampm4"] or m["ampm5"] or m["ampm6"] or ""
        if scan and ampm.endswith(".") and "." not in ampm[:-1] and not m["zone"] and not m["zone2"]:
            end -= 1  # "before 3am.": the sentence's full stop, not the abbreviation's
        out.append(_Time(a, end, minute, tol[0], tol[1], zone, half_assumed and zone is None))
    if past:
        out = sorted(out + past, key=lambda t: t.start)
    return out


_UNDATED = date(1, 1, 1)


def _time_value(t: _Time, day: date | None) -> DateValue:
    d, minute = day, t.minute
    if d is not None and d >= date.max - timedelta(days=1):
        d = None  # the calendar's last days (a date line of 9999-12-31) have no day after: the time stays undated
    if d is not None and minute == 0 and t.hi <= 0:  # "just before midnight": the end of that day
        d += timedelta(days=1)
    if d is None:
        return DateValue(_UNDATED, _UNDATED + timedelta(days=1), "minute", minute, t.lo, t.hi, t.zone, False)
    return DateValue(d, d + timedelta(days=1), "minute", minute, t.lo, t.hi, t.zone)


_BEFORE_TIME = re.compile(r"\s*,?\s*(?:at\s+|@\s*)?\Z", re.I)
_AFTER_TIME = re.compile(r"\A\s*,?\s*(?:on\s+)?\Z", re.I)


def _is_one_day(v: DateValue | None) -> bool:
    return v is not None and v.minute is None and v.end == v.start + timedelta(days=1)


def is_one_day(v: DateValue | None) -> bool:
    """One whole calendar day ("Tuesday", "May 12, 2015"), not a time of day nor a longer span."""
    return _is_one_day(v)


# a clause set against the clock's ("under control at 7.40am, but crews will stay into Sunday"): its day is its own
_CONTRAST = re.compile(r",\s*(?:but|yet|although|though|while)\b|;", re.I)
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|announced|reported|added|stated|confirmed)\s*(?:on\s+)?\Z", re.I)
# a participle clause of an earlier or later doing ("reached the finish at 3.47am, having set off on 10 December";
# "landed at 6pm after leaving on Monday"): the day it names is that doing's, not a clock's before it
_OTHER_DOING = re.compile(r",\s*having\b|\b(?:after|before|since)\s+(?:having\s+)?[a-z]+ing\b", re.I)
# a second verb phrase, joined by "and", in a tense that is not the past the clock's doing is told in ("began at 9am
# and will run until the same time tomorrow"): its day is when that other doing is, or will be
_OTHER_TENSE = re.compile(r"\band\s+(?:will|would|shall|is|are|can|could|should|must|may|might)\b", re.I)


def _of_another_doing(between: str) -> bool:
    """The words between a clock and a later date open a participle clause the date sits in (no comma closes it
    first: "landed at 6pm, two hours after taking off, on Monday" is the landing's Monday), or a verb phrase of
    another tense ("began at 9am and will run until ... tomorrow")."""
    if _OTHER_TENSE.search(between):
        return True
    opened = [m.end() for m in _OTHER_DOING.finditer(between)]
    return bool(opened) and "," not in between[opened[-1] :]


# an attribution after the clause it reports ("talks broke down late on Monday, the company said in a statement posted
# at 5.30am"): a clock in the attribution is the statement's, and the reported clause's day is not its day
_ATTRIBUTION = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|say|told|tells|announced|reported|added|stated|confirmed)\b", re.I
)
_FRONTED = re.compile(r"\A\W*(?:[\w'’-]+\W+){0,3}\Z")  # "Late on Monday, police said ...": the day leads the sentence


def _attributed_apart(text: str, day: DateMatch, t: _Time) -> bool:
    """A day told in a reported clause that an attribution follows, the clock in that attribution."""
    return _ATTRIBUTION.search(text, day.end, t.start) is not None and not _FRONTED.match(text[: day.start])


_AFTER = re.compile(r"\bafter\b", re.I)
_LATE_BEFORE = re.compile(r"\blate\s+(?:on\s+)?\Z", re.I)
_NIGHT_AFTER = re.compile(r"\A\s+(?:night|evening)\b", re.I)


def _in_bracket_after(between: str) -> bool:
    """A date inside a bracket opened after a clock, after a time of its own ("at 3.42am local time (1942 GMT
    Monday)"): the bracket gives the time again, on another clock, and its day is that time's, not the clock's
    (but "at 9.40pm (Saturday)" gives the clock's day)."""
    opened = between.rfind("(")
    return opened > between.rfind(")") and any(ch.isdigit() for ch in between[opened:])


def _after_a_late_day(text: str, t: _Time, day: DateMatch) -> bool:
    """A morning clock told as after a happening late on a later-named day ("stopped flying from 4am after talks
    broke down late on Monday"; "... on Monday night"): the morning after, the next day."""
    return (
        t.minute < _NOON
        and day.start >= t.end
        and _AFTER.search(text, t.end, day.start) is not None
        and (_LATE_BEFORE.search(text[: day.start]) is not None or _NIGHT_AFTER.match(text[day.end :]) is not None)
    )


def _with_times(text: str, dates: list[DateMatch], reference: date | None) -> list[DateMatch]:
    """``dates`` (found in ``text``) with the times of day of ``text`` added; a date that overlaps a time
    gives way to it ("1430 GMT" is no year). Each time takes its day from the date beside it ("9:30 p.m.
    Tuesday", "Jan. 6 at 10 a.m."; the date stays a match of its own), else from the nearest day-long date
    before it in the sentence, else from the first one after it unless that one dates a report ("..., police
    said Monday"); else the reference's day with ``day_stated`` False (so does a time beside an anaphoric
    date, "that day, at 4 a.m.", which only the caller can date)."""
    times = _scan_times(text, True)
    if not times:
        return dates
    dates = [d for d in dates if not any(d.start < t.end and t.start < d.end for t in times)]
    out = list(dates)
    last: tuple[_Time, DateMatch | None, bool] | None = None  # the previous clock, its day's date, past midnight
    for t in times:
        before = [d for d in dates if d.end <= t.start and _BEFORE_TIME.match(text[d.end : t.start])]
        after = [d for d in dates if t.end <= d.start and _AFTER_TIME.match(text[t.end : d.start])]
        day: DateMatch | None = (before or after)[0] if before or after else None
        if day is not None and not (_is_one_day(day.value) or (day.value is None and not is_anaphoric(day.text))):
            day = None
        if day is None:
            prior = [
                d for d in dates if d.end <= t.start and _is_one_day(d.value) and not _attributed_apart(text, d, t)
            ]
            later = [
                d
                for d in dates
                if d.start >= t.end
                and _is_one_day(d.value)
                and not _REPORTED.search(text[t.end : d.start])
                and not _CONTRAST.search(text[t.end : d.start])
                and not _of_another_doing(text[t.end : d.start])
                and not _in_bracket_after(text[t.end : d.start])
            ]
            fitting = [d for d in prior if _part_fits(text, d, t.minute)]
            if fitting and not _part_fits(text, prior[-1], t.minute):
                # "began on Wednesday afternoon, was under control at 1.52am on Thursday, nine hours after the alarm
                # was raised at 4.37pm": a clock takes the day its sentence tells with a part of the day it falls in
                prior = fitting
            day = prior[-1] if prior else later[0] if later else None
            overnight = day is not None and (
                _past_midnight(text, last, t, day)
                or (not prior and _after_a_late_day(text, t, day))
                # "were diverted last night and got home at 04:00": the small hours after a night the sentence
                # named are the next day's, as beside it ("at 2am last night"); but not after "tonight", the night
                # to come ("is empty tonight after a train derailed shortly before 3 a.m.": this morning)
                or (
                    bool(prior)
                    and day is prior[-1]
                    and t.minute < _SMALL_HOURS_END
                    and _of_a_night(text, day)
                    and day.text.lower() != "tonight"
                )
            )
        else:
            overnight = t.minute < _SMALL_HOURS_END and _of_a_night(text, day)
        last = (t, day, overnight)
        half = not t.half_assumed
        if day is None:
            out.append(DateMatch(t.start, t.end, text[t.start : t.end], _time_value(t, reference), True, False, half))
        elif day.value is None:  # "Tuesday, at 9:30 p.m." with no reference: the clock without its day
            out.append(DateMatch(t.start, t.end, text[t.start : t.end], _time_value(t, None), True, True, half))
        else:
            start = day.value.start + timedelta(days=1) if overnight else day.value.start
            value = _time_value(t, start)
            out.append(DateMatch(t.start, t.end, text[t.start : t.end], value, day.relative, True, half))
    out.sort(key=lambda d: d.start)
    return out


_EVENING = 18 * 60
_NOON = 12 * 60
_SMALL_HOURS_END = 5 * 60


def _of_a_night(text: str, day: DateMatch) -> bool:
    """The date beside a clock names a night ("last night", "tonight", "on Tuesday night"): a night runs past
    midnight, so a clock of its small hours ("at 2am last night", "midnight on Tuesday night") is the next day's."""
    if day.text.lower().endswith("night"):
        return True
    part = _PART_AFTER.match(text, day.end)
    return part is not None and part.group(1).lower() == "night"

# The parts of a day a date may be told with ("on Wednesday afternoon"), each with the minutes of a clock it holds
_PARTS_OF_DAY: dict[str, tuple[int, int]] = {
    "morning": (0, _NOON),
    "afternoon": (_NOON, 18 * 60),
    "evening": (17 * 60, 24 * 60),
    "night": (19 * 60, 24 * 60),
}
_PART_AFTER = re.compile(r"\s+(morning|afternoon|evening|night)\b", re.I)


def part_of_day_possessive(text: str, at: int) -> bool:
    """A part of the day, made possessive, follows at ``at``: "Thursday| evening's hailstorm"."""
    part = _PART_AFTER.match(text, at)
    return part is not None and text.startswith(("'s", "’s"), part.end())


def _part_fits(text: str, day: DateMatch, minute: int) -> bool:
    """The date is told with a part of the day ("Wednesday afternoon") that holds the clock's minute."""
    part = _PART_AFTER.match(text, day.end)
    if part is None:
        return False
    low, high = _PARTS_OF_DAY[part.group(1).lower()]
    return low <= minute < high


_LOOKING_BACK = re.compile(r"\bhad\b|\bearlier\b|\bbefore\b", re.I)


def looks_back(text: str) -> bool:
    """A sentence (up to a clock) that tells of an earlier moment than the one before it: "had", "earlier"."""
    return _LOOKING_BACK.search(text) is not None


def _overnight(before: int, minute: int) -> bool:
    """A morning clock (``minute``) told after an evening one (``before``) that reads later: past midnight."""
    return before >= _EVENING and minute < _NOON and minute < before


def _past_midnight(text: str, last: tuple[_Time, DateMatch | None, bool] | None, t: _Time, day: DateMatch) -> bool:
    """True when a clock that takes its day from another date of its sentence follows an evening clock that took
    the same day, and reads earlier than it in the morning: a narrative told in order has run past midnight ("the
    alarm was raised at 11.10pm on Saturday ... and reached the boat at 2.40am" is Sunday's 2.40am); so does a
    later morning clock after one that had. Not when the words between look back ("had", "earlier", "before")."""
    if last is None or last[1] is not day:
        return False
    before, _, rolled = last
    if _LOOKING_BACK.search(text, before.end, t.start) or t.minute >= _NOON:
        return False
    return (rolled and t.minute >= before.minute) or _overnight(before.minute, t.minute)


# a part of the day ending the words before a clock, "early" or "late" in it ("Saturday morning at 9", "early morning
# at 3", "in the late evening at 10")
_PART_OF_DAY_END = re.compile(
    r"(?:\A|\s+)(?:in the |this )?(?:(?:early|late) )?(?:morning|afternoon|evening|night)\Z", re.I
)


def _parse_time(text: str, reference: date | None, tense: str | None) -> DateValue | None:
    """A whole text that is a time of day, with or without its day ("3pm tomorrow", "Tuesday at 9:30 p.m.")."""
    s = text.strip()
    times = _scan_times(s, False)
    if len(times) != 1:
        return None
    t = times[0]
    rest = (s[: t.start] + " " + s[t.end :]).strip(" ,")
    rest = re.sub(r"^(?:at|on|for)\b\s*|\s+(?:at|on|for)$", "", rest.strip(), flags=re.I).strip(" ,")
    if not rest or rest.lower() == "the":  # ("the midday", "at the midnight": the article alone adds no day)
        return _time_value(t, reference)
    day = parse_date(rest, reference, tense=tense)
    if day is None and (part := _PART_OF_DAY_END.search(rest)) is not None:
        # "Saturday morning at 9": the part of the day has placed the clock (see _pm_shift); the day is the rest
        if not part.start():
            return _time_value(t, reference)  # "in the evening at eight"
        day = parse_date(rest[: part.start()], reference, tense=tense)
    if not _is_one_day(day):
        return None
    if t.minute < _SMALL_HOURS_END and rest.lower().endswith("night"):
        return _time_value(t, day.start + timedelta(days=1))  # type: ignore[union-attr]  # "2am last night"
    return _time_value(t, day.start)  # type: ignore[union-attr]


# ------------------------------------------------------------------------------- dates relative to an event
#
# "the previous day", "three days later", "the day before", "two weeks after": dated by another event of the
# text (parse_date gives None). A caller that knows that event's date -- the nearest day-long date before it
# in the sentence or the article, or the date of the event a "N days after the fire" names -- resolves them
# with resolve_anaphoric. Day offsets give a day; week, month and year offsets give the week, month or year
# that holds the shifted day ("a year later" from 12 May 2014 is 2015); "that day", "the same day" are the
# anchor itself; vague amounts ("days later", "shortly after") are not resolved.

_ANA_SHIFT = re.compile(
    r"(?:the )?(?P<dir1>next|following|subsequent|previous|preceding|prior|same) (?P<u1>day|week|month|year)"
    r"|(?:(?:later|earlier) (?:that|the same|in the) |(?:that|the same) )(?P<u0>day|week|month|year|night|morning"
    r"|afternoon|evening)"
    r"|the (?P<u2>day|week|month|year|night) (?P<dir2>before|after)"
    rf"|(?:{_HEDGE})?(?P<n>{_NUM_ALT}|\d{{1,3}}) (?P<u3>day|night|week|fortnight|month|year)s? "
    r"(?P<dir3>later|earlier|after|afterwards|before|previously|beforehand|prior)"
)
_ANA_SIGN = {
    "next": 1,
    "following": 1,
    "subsequent": 1,
    "after": 1,
    "later": 1,
    "afterwards": 1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "before": -1,
    "earlier": -1,
    "previously": -1,
    "beforehand": -1,
    "same": 0,
}


def anaphor_event(text: str) -> bool:
    """True when an anaphoric date is dated by the event named after it ("three days after [the fire]")."""
    return bool(re.search(r"\b(?:after|before|prior)\Z", _norm(text)))


def resolve_anaphoric(text: str, anchor: DateValue, back: bool = False) -> DateValue | None:
    """An anaphoric date (``is_anaphoric``) resolved against the date of the event it counts from; with ``back``,
    the date it counts from, given its own ("died on Monday, two days after being admitted": admitted on Saturday)."""
    m = _ANA_SHIFT.fullmatch(_norm(text))
    if m is None:
        return None
    if anchor.minute is not None:
        if not anchor.day_known:
            return None
        anchor = _day(anchor.start)
    unit = m["u0"] or m["u1"] or m["u2"] or m["u3"]
    sign = 0 if m["u0"] else _ANA_SIGN[m["dir1"] or m["dir2"] or m["dir3"]]
    if back:
        sign = -sign
    n = _int_num(m["n"]) if m["n"] else 1
    if unit in ("night", "morning", "afternoon", "evening"):
        unit = "day"
    if unit == "fortnight":
        unit, n = "week", 2 * n
    grain: Grain = _UNIT_GRAIN[unit]
    if grain == "day" and not _is_one_day(anchor):
        return None  # "the next day" after "in May": no single day
    if _GRAIN_ORDER[anchor.grain] > _GRAIN_ORDER[grain]:
        return None  # "the following month" after "in 2014"
    try:
        shifted = _shift(anchor.start, grain, sign * n)
    except (ValueError, OverflowError):
        return None
    return _day(shifted) if grain == "day" else _unit_at(grain, shifted)


# (with its possessive too: "last Wednesday's hailstorm")
_LAST_WEEKDAY = re.compile(r"(?:on\s+)?last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?", re.IGNORECASE)


def last_weekday_in_news(text: str, value: DateValue | None, dated: date) -> DateValue | None:
    """ "last Thursday" in an article dated a Friday: news calls the day before its date "yesterday" or by its bare
    weekday ("said on Thursday"), so a "last <weekday>" that would name that day names the one a week before it
    (parse_date, which knows no writer, keeps the latest such weekday before its reference). Other values are
    returned as they are."""
    if value is None or value.grain != "day" or value.start != dated - timedelta(days=1):
        return value
    if _LAST_WEEKDAY.fullmatch(text.strip()) is None:
        return value
    return _day(value.start - timedelta(days=7))


def last_day_before(dates: list[DateValue]) -> DateValue | None:
    """The last of ``dates`` (in text order) that is one known day, or a time on one: what a later
    "the next day" or a day-less "at 9:21 p.m." counts from."""
    for v in reversed(dates):
        if v.minute is not None and v.day_known:
            return _day(v.start)
        if _is_one_day(v):
            return v
    return None


_DAY_NAMES = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_OF_MONTH = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_NAMES})\b|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)  # (see names_day_of_month)
# A live blog entry's own stamp opening its paragraph: a weekday or a day and month, then a clock time ("Sunday
# 14:05", "Sun 16 Aug 14:05", "16 August, 21:10", "Aug 16 09:30").
_DAY_MONTH = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\.?|(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+"
)
_ENTRY_STAMP = re.compile(
    rf"\s*(?:(?:{_DAY_NAMES})\.?,?\s+(?:{_DAY_MONTH})?|{_DAY_MONTH})(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\b",
    re.IGNORECASE,
)


# A live blog entry's stamp of day and month in figures before its clock ("26.01, 14:35 - ", "3/11 09:10 -"): no
# date in running text, where "26.01" may be a decimal, but a day where a stamp stands
_NUMERIC_STAMP = re.compile(r"[ \t]*(\d{1,2})([./])(\d{1,2})\.?,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}\b")
# the two forms of a stamp's day beside its clock, as claims._CLOCK_ENTRY finds the clock between them: a day and
# month in figures before it, a weekday in brackets after it
STAMP_DAY_BEFORE = r"\d{1,2}[./]\d{1,2}\.?,?[ \t]+"


def _numeric_stamp_day(m: re.Match[str], reference: date) -> date | None:
    """The day of a stamp "DD.MM" (or "DD/MM", "MM/DD") up to a week before the reference, or the day after it (a
    blog dated when it opened runs on past midnight, and its stamp names the day); None when no reading, or more
    than one, is such a day."""
    a, b = int(m[1]), int(m[3])
    orders = [(a, b)] if m[2] == "." else [(a, b), (b, a)]  # (a day.month stamp is the order of who writes dots)
    days: set[date] = set()
    for day, month in orders:
        for year in (reference.year, reference.year - 1):
            try:
                d = date(year, month, day)
            except ValueError:
                continue
            if -1 <= (reference - d).days <= 7:
                days.add(d)
    return days.pop() if len(days) == 1 else None


# A live blog entry's clock with its weekday after it, in brackets or written out ("02:25 (Sunday) - All hostages are
# free", "12.40am Tuesday - Very destructive winds"): a blog that runs past midnight names the new day so
STAMP_DAY_AFTER = rf"(?:\((?:{_DAY_NAMES})\.?\)|(?:{_FULL_DAY_NAMES})\b)"
_BRACKET_DAY_STAMP = re.compile(
    rf"[ \t]*\d{{1,2}}[:.]\d{{2}}[ \t]*(?:[ap]\.?m\.?)?[ \t]*"
    rf"(?:\(({_DAY_NAMES})\.?\)|({_FULL_DAY_NAMES})\b)[ \t]*[-–—]",
    re.IGNORECASE,
)


def _bracket_stamp_day(m: re.Match[str], reference: date) -> date | None:
    """The day of a stamp's weekday after its clock, bracketed or not: the day after the reference when it is that
    weekday (a blog dated when it opened, run past midnight), else the latest such day up to six days before the
    reference."""
    value = parse_date(m[1] or m[2], reference + timedelta(days=1), tense="past")
    return value.start if value is not None else None


def entry_day(paragraph: str, reference: date) -> date | None:
    """The day a live blog entry stamps itself with ("Sunday 14:05 At least nine people are dead ... this
    morning", in a blog dated Monday; "26.01, 14:35 - The last vehicle was freed"): the entry was written that
    day, so its "this morning", "today" and "yesterday" are read from it, not from the blog's date line. None when
    the paragraph opens with no such stamp, or the stamp names no day up to a week before the reference."""
    n = _NUMERIC_STAMP.match(paragraph)
    if n is not None:
        return _numeric_stamp_day(n, reference)
    bracketed = _BRACKET_DAY_STAMP.match(paragraph)
    if bracketed is not None:
        return _bracket_stamp_day(bracketed, reference)
    m = _ENTRY_STAMP.match(paragraph)
    if m is None:
        return None
    got = find_dates(m.group(0), reference, tense="past")
    day = next((d.value for d in got if d.value is not None and _is_one_day(d.value)), None)
    if day is None or not 0 <= (reference - day.start).days <= 7:
        return None
    return day.start


# How many days before an article's own day the story's day, the first day its body states, may be: a week for a
# day told against the article's ("on Monday"), a month for a day of a month written out ("on June 15")
STORY_DAY_WINDOW = 7
WRITTEN_STORY_DAY_WINDOW = 31


def day_for_time(
    paragraph: list[DateValue],
    article: list[DateValue],
    reference: date | None,
    minute: int | None = None,
    looks_back: bool = False,
    window: int = STORY_DAY_WINDOW,
) -> DateValue | None:
    """The day of a time of day that its sentence does not date ("the fire started shortly before 3am"): the last
    day-long date before it in its paragraph, else the first one the article states (the story's day, as its
    lede gives it) when that is the reference's day or up to ``window`` days before it, else None (the
    reference's).

    When the paragraph's last date is an evening clock and this one (``minute``) reads earlier, in the morning,
    the story told in order has run past midnight: the next day ("raised at 11.10pm on Saturday. The boat ...
    reached the vessel at 2.40am"), unless its sentence looks back (``looks_back``: "had", "earlier")."""
    day = last_day_before(paragraph)
    if day is not None:
        last = next((v for v in reversed(paragraph) if v.minute is not None and v.day_known), None)
        if (
            minute is not None
            and not looks_back
            and last is not None
            and last.minute is not None
            and last.start == day.start  # (the day of the paragraph's last clock is still its last day)
            and _overnight(last.minute, minute)
        ):
            return _day(day.start + timedelta(days=1))
        return day
    first = next((v for v in article if _is_one_day(v)), None)
    if first is not None and (reference is None or 0 <= (reference - first.start).days <= window):
        return first
    return None


def on_day(v: DateValue, day: DateValue) -> DateValue:
    """The time of day ``v`` on ``day`` (``v`` itself when it is no time of day)."""
    if v.minute is None:
        return v
    return _time_value(_Time(0, 0, v.minute, v.lo, v.hi, v.zone), day.start)


# --------------------------------------------------------------------------------------------- scanning

_TOKEN = re.compile(r"'\d0s|\d+(?:st|nd|rd|th|s)?|[A-Za-z]+(?:['’]s|s['’])?|\S")
_STARTS = (
    set(_MONTHS)
    | set(_WEEKDAYS)
    | {w + "s" for w in _WEEKDAYS}
    | set(_NUMS)
    | set(_SEASONS)
    | {
        "the",
        "this",
        "last",
        "next",
        "past",
        "previous",
        "coming",
        "upcoming",
        "current",
        "early",
        "mid",
        "middle",
        "late",
        "beginning",
        "start",
        "end",
        "close",
        "between",
        "from",
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "q",
        "that",
        "later",
        "earlier",
        "several",
        "many",
        "some",
        "days",
        "weeks",
        "months",
        "years",
        "decades",
        "less",
        "more",
        "fewer",
        "almost",
        "nearly",
        "about",
        "around",
        "over",
        "under",
        "just",
        "roughly",
        "approximately",
        "shortly",
        "soon",
        "not",
        "long",
        "sometime",
        "week",
        "christmas",
        "xmas",
        "boxing",
        "new",
        "valentine",
        "valentine's",
        "st",
        "saint",
        "halloween",
        "guy",
        "bonfire",
        "remembrance",
        "armistice",
        "veterans",
        "us",
        "american",
        "independence",
        "easter",
        "good",
        "holy",
        "maundy",
        "palm",
        "ash",
        "shrove",
        "pancake",
        "mardi",
        "mothering",
        "ascension",
        "pentecost",
        "whit",
        "whitsun",
        "whitsunday",
        "trinity",
        "lent",
        "orthodox",
        "clean",
        "lazarus",
        "great",
        "thanksgiving",
        "black",
        "cyber",
        "mlk",
        "martin",
        "civil",
        "presidents",
        "presidents'",
        "washington's",
        "memorial",
        "father's",
        "fathers",
        "boss's",
        "bosses",
        "fortnight",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "'",
        "precisely",
        "exactly",
        "only",
        "barely",
        "up",
        "at",
        "prior",
        "closest",
        "nearest",
    }
    | set(_ORDS)
    | set(_DECADE_WORDS)
)
_ENDS = (
    set(_MONTHS)
    | set(_WEEKDAYS)
    | {w + "s" for w in _WEEKDAYS}
    | set(_SEASONS)
    | set(_ORDS)
    | {
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "fortnight",
        "month",
        "months",
        "quarter",
        "qtr",
        "year",
        "years",
        "yr",
        "decade",
        "decades",
        "ago",
        "back",
        "hence",
        "on",
        "later",
        "earlier",
        "after",
        "afterwards",
        "before",
        "beforehand",
        "previously",
        "prior",
        "now",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "next",
        "gone",
        "last",
        "eve",
        "christmas",
        "xmas",
        "easter",
        "thanksgiving",
        "halloween",
        "pentecost",
        "whitsun",
        "whitsunday",
        "lent",
        "fast",
        "hogmanay",
        "birthday",
        "time",
        "afterward",
    }
    | set(_DECADE_WORDS)
)
_KEYWORDS = (
    _STARTS & _ENDS
    | set(_MONTHS)
    | set(_WEEKDAYS)
    | {
        "yesterday",
        "today",
        "tomorrow",
        "tonight",
        "ago",
        "later",
        "earlier",
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "decade",
        "decades",
        "quarter",
        "christmas",
        "xmas",
        "easter",
        "thanksgiving",
        "halloween",
        "weekend",
        "summer",
        "winter",
        "spring",
        "autumn",
        "fall",
        "lent",
        "eve",
        "pentecost",
        "whitsun",
    }
)
# Words too common to start a span in a sentence: "day of Ashura", "night of power", "feast of weeks" are
# found by parse_date, and in a sentence by their distinctive names (Ashura, Laylat al-Qadr, Shavuot).
_FESTIVAL_GENERIC = {"day", "night", "birth", "birthday", "feast", "al", "sacrifice", "id"}
_STARTS |= (_FESTIVAL_FIRST - _FESTIVAL_GENERIC) | {"king's", "koningsdag", "parsi", "jamshedi", "covenant", "sheer"}
_STARTS |= {"overnight", "night"}
_STARTS |= {"branch", "yew", "monday", "eom", "bom", "eow", "bow", "eoy", "boy"} | {f"{w}'s" for w in _FULL_WEEKDAYS}
_ENDS |= {f"{w}'s" for w in _FULL_WEEKDAYS}
_KEYWORDS |= {f"{w}'s" for w in _FULL_WEEKDAYS}
# "yesterday's marathon", "tonight's meeting": the day's possessive ("today's" too, before a noun of an occasion)
_STARTS |= {"yesterday's", "tomorrow's", "tonight's", "today's"}
_ENDS |= {"yesterday's", "tomorrow's", "night's", "tonight's", "today's"}
_KEYWORDS |= {"yesterday's", "tomorrow's", "tonight's", "today's"}
_ENDS |= _FESTIVAL_LAST | {"year's", "spirit", "mysteries", "eom", "bom", "eow", "bow", "eoy", "boy", "thu"}
_KEYWORDS |= (_FESTIVAL_FIRST & _FESTIVAL_LAST) | {"rosh", "yom", "tisha", "shemini", "simchat", "koningsdag"}
_KEYWORDS |= {"eom", "bom", "eoy", "eow"}
_MAX_TOKENS = 12
_STOP_TOKENS = {";", ":", "(", ")", '"', "“", "”", "?", "!", "[", "]"}
# (find_dates tests a word for a stop only when it is no digit and no end)
assert _STOP_TOKENS.isdisjoint(_ENDS) and not any(w[:1].isdigit() or w.endswith("0s") for w in _STOP_TOKENS)


# a sentence without them needs a digit; the parts of the day date a sentence too ("said this morning")
_DATE_WORDS = frozenset(_KEYWORDS | {"noon", "midday", "midnight", "morning", "afternoon", "evening", "night"})
# a token with the whitespace before it: every character between two tokens is whitespace, since \S is a token
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
# In an ASCII text with no digit, a word token is a whole run of letters (a token of letters stops only at a
# non-letter, and starts after a space or a one-character token, a digit's token being ruled out), or one with
# "'s" or "s'" after it, whose run of letters is a date word too ("monday's"): so a text none of whose runs of
# letters is a date word holds no word find_dates starts from.
# (numbers.ascii_letter_runs lists those runs)
_ASCII_DIGIT = re.compile(r"[0-9]")
assert all(w.isalpha() or " " in w or "-" in w or w[:-2] in _DATE_WORDS for w in _DATE_WORDS)


def _plainly_dateless(text: str) -> bool:
    """An ASCII text with no date word, digit or "half past three": find_dates's first test, which lists the
    tokens, answered without them for most sentences."""
    if not text.isascii() or _ASCII_DIGIT.search(text) or _PAST_CUE.search(text) or "clock" in text:
        return False  # ("at nine o'clock")
    return _DATE_WORDS.isdisjoint(ascii_letter_runs(text))  # (listed once for this and the quantities' test)


# ------------------------------------------------------------------------------- the words of a date

# Most spans the scan tries run over words no date holds ("two passengers were killed in a derailment near ... on
# Thursday"). Every word (run of letters a-z) of a date the scan can find is a word some rule's pattern can give
# (or a range's "between", "and", ...), so a span with any other word needs no rule tried. The words are read
# off the patterns themselves: a pattern's language is summarised by the runs of letters its strings can hold,
# with each group a rule's handler reads as a date itself (_atom, _this_unit_or) standing for any date's text,
# and the festival rule's loose name for the festival names its handler accepts.
_DATE_TEXT = "\ue000"  # (a private-use character no pattern holds) any text _atom can read as a date
_DATE_GROUPS: dict[str, tuple[tuple[str, str], ...]] = {
    "_r_offset": (("(?P<rest>.+)", _DATE_TEXT),),
    "_r_part": (("(?P<rest>.+)", _DATE_TEXT),),  # (or a _CURRENT_UNIT, whose words are counted too)
    "_r_night": (("(?P<rest>.+)", _DATE_TEXT), ("(?P<rest2>.+)", _DATE_TEXT)),
    "_r_closest": (("(?P<what>.+?)", _DATE_TEXT), ("(?P<rest>.+)", _DATE_TEXT)),  # (a weekday is a date)
    "_r_week_of": (("(?P<rest>.+)", _DATE_TEXT),),
    "_r_nth_of": (("(?P<rest>.+)", _DATE_TEXT),),
    "_r_yearly_shift": (("(?P<rest>[a-z][a-z' .-]*?)", _DATE_TEXT),),
    "_r_festival": (("(?P<h>[a-z][a-z' -]*?[a-z])", "(?P<h>" + "|".join(f"(?:{p})" for p, _ in _FESTIVALS) + ")"),),
}
_RUNS_MAX = 100_000  # more strings than this in a summary: give up (no span is then left out)


class _TooOpen(Exception):
    """A pattern whose runs of letters are not few: an open repeat of letters, a class of all letters, ..."""


# A language's runs of letters: its strings of letters only; and of its other strings, the run that opens each,
# the run that ends each and the runs between two other characters (each set a superset; "" where a string opens
# or ends with another character)
_Runs = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
_NO_RUNS: _Runs = (frozenset(), frozenset(), frozenset(), frozenset())  # no string
_EMPTY_RUNS: _Runs = (frozenset({""}), frozenset(), frozenset(), frozenset())  # the empty string
_OTHER_RUNS: _Runs = (frozenset(), frozenset({""}), frozenset({""}), frozenset())  # one character, no letter


def _few(words: set[str] | frozenset[str]) -> frozenset[str]:
    if len(words) > _RUNS_MAX:
        raise _TooOpen("too many strings")
    return frozenset(words)


def _runs_then(a: _Runs, b: _Runs) -> _Runs:
    """The runs of the strings of ``a`` followed by those of ``b``: a run may cross from one to the other."""
    whole_a, open_a, end_a, in_a = a
    whole_b, open_b, end_b, in_b = b
    return (
        _few({x + y for x in whole_a for y in whole_b}),
        _few(open_a | {x + y for x in whole_a for y in open_b}),
        _few(end_b | {x + y for x in end_a for y in whole_b}),
        _few(in_a | in_b | {x + y for x in end_a for y in open_b}),
    )


def _runs_or(*alts: _Runs) -> _Runs:
    return (
        _few(frozenset().union(*(x[0] for x in alts))),
        _few(frozenset().union(*(x[1] for x in alts))),
        _few(frozenset().union(*(x[2] for x in alts))),
        _few(frozenset().union(*(x[3] for x in alts))),
    )


def _is_letter(c: int) -> bool:
    return 97 <= c <= 122  # a-z: _norm lowercases every span


def _class_runs(items: Any) -> _Runs:
    letters: set[str] = set()
    other = False
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            if _is_letter(av):
                letters.add(chr(av))
            else:
                other = True
        elif name == "RANGE":
            letters |= {chr(c) for c in range(av[0], av[1] + 1) if _is_letter(c)}
            other = other or any(not _is_letter(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) in ("CATEGORY_DIGIT", "CATEGORY_SPACE", "CATEGORY_NOT_WORD"):
            other = True  # (none of these matches a letter)
        else:
            raise _TooOpen(f"class {name}")
    alts: list[_Runs] = [(frozenset(letters), frozenset(), frozenset(), frozenset())] if letters else []
    return _runs_or(*alts, *([_OTHER_RUNS] if other else []))


def _text_runs(text: str) -> _Runs:
    """The runs of letters of one string."""
    runs = _NON_LETTERS.split(text)
    if len(runs) == 1:
        return (frozenset(runs), frozenset(), frozenset(), frozenset())
    return (frozenset(), frozenset(runs[:1]), frozenset(runs[-1:]), frozenset(runs[1:-1]))


_NON_LETTERS = re.compile(r"[^a-z]")


def _pattern_runs(items: Any, groups: dict[int, _Runs], date_text: _Runs) -> _Runs:
    """The runs of letters of a parsed pattern's strings, ``date_text`` standing for _DATE_TEXT's."""
    out = _EMPTY_RUNS
    text = ""  # the literal characters read and not yet added to ``out``
    for op, av in [*items, (None, None)]:
        name = str(op)
        if name == "LITERAL" and av != ord(_DATE_TEXT):
            text += chr(av)
            continue
        if text:
            out, text = _runs_then(out, _text_runs(text)), ""
        if op is None:
            break
        if name == "LITERAL":
            got = date_text
        elif name == "IN":
            got = _class_runs(av)
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            got = _EMPTY_RUNS  # (consumes nothing)
        elif name == "SUBPATTERN":
            got = _pattern_runs(av[-1], groups, date_text)
            if av[0] is not None:
                groups[av[0]] = got
        elif name == "ATOMIC_GROUP":
            got = _pattern_runs(av, groups, date_text)
        elif name == "GROUPREF":
            got = groups[av]
        elif name == "BRANCH":
            got = _runs_or(*(_pattern_runs(b, groups, date_text) for b in av[1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, body = av
            one = _pattern_runs(body, groups, date_text)
            if hi == _sre_parse.MAXREPEAT:
                if any(w for part in one for w in part):
                    raise _TooOpen("open repeat of letters")
                hi = max(lo, 2)  # (runs of no letter: two copies give every run that more give)
            if hi > 8:
                raise _TooOpen("long repeat")
            alts, run = [], _EMPTY_RUNS
            for k in range(hi + 1):
                if k >= lo:
                    alts.append(run)
                run = _runs_then(run, one)
            got = _runs_or(*alts)
        else:
            raise _TooOpen(name)  # ANY, NOT_LITERAL, ...: any letter may come
        out = _runs_then(out, got)
    return out


def _words_of(runs: _Runs) -> frozenset[str]:
    return frozenset(w for part in runs for w in part if w)


# the words of a date (None: too many to list), once worked out, by the number of rules they were worked out from
_WORDS: dict[int, frozenset[str] | None] = {}


def _date_words() -> frozenset[str] | None:
    """Every word a text _analyse reads as a date (in a scan) may hold, or None when the patterns allow too many to
    list. Worked out on first use (a tenth of a second), and again if a rule has been added since."""
    if len(_RULES) in _WORDS:
        return _WORDS[len(_RULES)]
    words: frozenset[str] | None
    try:
        patterns = []
        for rx, fn, _ in _RULES:
            if rx.flags & re.IGNORECASE:
                raise _TooOpen(f"{fn.__name__}: a letter may match a capital")
            pattern = rx.pattern
            for group, stands_for in _DATE_GROUPS.get(fn.__name__, ()):
                if pattern.count(group) != 1:
                    raise _TooOpen(f"{fn.__name__}: no {group}")
                pattern = pattern.replace(group, stands_for)
            patterns.append(pattern)
        patterns += [_ANA_RX.pattern, _CURRENT_UNIT.pattern]
        # a date's text is the least fixed point: its runs start as none and grow, pattern by pattern (those
        # without a date in them read once)
        fixed = _runs_or(*(_pattern_runs(_sre_parse.parse(p), {}, _NO_RUNS) for p in patterns if _DATE_TEXT not in p))
        recursive = [_sre_parse.parse(p) for p in patterns if _DATE_TEXT in p]
        date_text = _NO_RUNS
        for _ in range(10):
            grown = _runs_or(fixed, *(_pattern_runs(items, {}, date_text) for items in recursive))
            if grown == date_text:
                break
            date_text = grown
        else:
            raise _TooOpen("no fixed point")
        words = _words_of(date_text)
        # a range: "between"/"from", two sides each a date (or "the 12th, 2019", "the 12th") and a connector
        for rx in (_RANGE_LEAD, _CONNECT, _DAY_YEAR, _BARE_NUM):
            words = words | _words_of(_pattern_runs(_sre_parse.parse(rx.pattern, rx.flags), {}, _NO_RUNS))
    except _TooOpen:
        words = None
    _WORDS[len(_RULES)] = words
    return words


def find_dates(
    text: str, reference: date | None, *, tense: str | None | Callable[[], str | None] = None
) -> list[DateMatch]:
    """Date expressions in ``text`` (a sentence), leftmost-longest, non-overlapping, sorted by start.

    ``tense`` may be given as a function that gives it: it is called once, and only if a date needs it, as
    reading a sentence's tense from its parse costs more than most sentences' search for dates."""
    if _plainly_dateless(text):
        return []
    pairs = _SPACED_TOKEN.findall(text)
    lows = [w.lower() for _, w in pairs]
    if "’" in text:
        lows = [w.replace("’", "'") for w in lows]
    if (
        _DATE_WORDS.isdisjoint(lows)
        and not any(w[:1].isdigit() for w in lows)
        and not (("past" in lows or "to" in lows or "after" in lows or "half" in lows) and _PAST_CUE.search(text))
        and "clock" not in text  # "at nine o'clock"
    ):
        return []
    # each token's end, counted from the lengths of the spaces and tokens (its start is its end less its length)
    tok_ends = list(accumulate([len(space) + len(w) for space, w in pairs]))
    n = len(pairs)
    # which words may start or end a span, and where the stops are, judged once for every word
    starts: list[int] = []
    ends: list[int] = []
    stops: list[int] = []
    roles = _word_roles()
    for i, w in enumerate(lows):  # (one pass over the words for all three)
        role = roles.get(w)
        if role is None:
            role = _word_role(w, roles)
        if role & _ROLE_START:
            starts.append(i)
        if role & _ROLE_END:
            ends.append(i)
        if role & _ROLE_STOP or (role & _ROLE_FOREIGN and _word_apart(pairs, i)):
            stops.append(i)  # a stop, or a word no date holds: a span stops before it too
    out: list[DateMatch] = []
    done = 0  # the words before it belong to a date already found
    for i in starts:
        if i < done:
            continue
        limit = min(n, i + _MAX_TOKENS)
        k = bisect_left(stops, i)  # a span stops before the first stop from its start on
        if k < len(stops) and stops[k] < limit:
            limit = stops[k]
        for x in range(bisect_left(ends, limit) - 1, bisect_left(ends, i) - 1, -1):  # longest first
            j = ends[x]
            start, end = tok_ends[i] - len(pairs[i][1]), tok_ends[j]
            span = text[start:end]
            ctx = _Ctx(
                True,
                lows[i - 1] if i > 0 else "",
                pairs[i - 1][1] if i > 0 else "",
                pairs[j + 1][1] if j + 1 < n else "",
                span,
                text[max(0, start - 2) : start],
                text[max(0, start - 30) : start],
                text[end : end + 16],
            )
            e = _analyse(span, ctx)
            if e is None or e.num is not None:
                continue
            if callable(tense):
                tense = tense()
            value = None if e.anaphoric else e.fn(reference, tense)
            if value is None and not e.relative:
                continue
            out.append(DateMatch(start, end, span, value, e.relative))
            done = j + 1
            break
    out = [d for d in out if not _deictic_name(text, d)]
    if " and " in text or " or " in text:
        out = _listed_days(text, out)
    if "(" in text:
        out = _bracketed_days(text, out, reference)
    return _with_times(text, _day_in_year(text, out, reference), reference)


# a weekday's day of the month in brackets after it, as Brazil's press writes it: "on Tuesday (10)"
_BRACKETED_DAY = re.compile(r"\s*\((\d{1,2})\)")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(sorted(_FULL_WEEKDAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _bracketed_days(text: str, found: list[DateMatch], reference: date | None) -> list[DateMatch]:
    """ "Juruacu will not forget this Tuesday (10)", "held R$830,000 on Tuesday (10)": a weekday with its day of the
    month in brackets after it names that day, the Tuesday the 10th within a month of the article's day, whatever
    tense its clause is in; a bracketed number no such day fits is left alone. So does a weekday with its whole
    date in brackets after it ("have been on strike since 8 am on Saturday (July 4)", in a paper of the next
    Saturday): the bracket says which Saturday, when the date falls on it."""
    out = []
    starts = {d.start: d for d in found}
    for d in found:
        m = _BRACKETED_DAY.match(text, d.end)
        wd = _WEEKDAY_WORD.search(d.text) if m is not None else None
        if m is not None and wd is not None and 1 <= int(m[1]) <= 31:
            value = _near_cal(_Cal(None, None, int(m[1]), _WEEKDAYS[wd[1].lower()])).fn(reference, None)
            if value is not None:
                d = DateMatch(d.start, m.end(), text[d.start : m.end()], value, True)
        elif (opened := _BRACKET_OPENS.match(text, d.end)) is not None and (wd := _WEEKDAY_WORD.search(d.text)):
            inside = starts.get(opened.end())
            v = inside.value if inside is not None else None
            if (
                inside is not None
                and v is not None
                and v.grain == "day"
                and v.minute is None
                and text.startswith(")", inside.end)
                and v.start.weekday() == _WEEKDAYS[wd[1].lower()]
            ):
                d = DateMatch(d.start, d.end, d.text, v, d.relative)
        out.append(d)
    return out


_BRACKET_OPENS = re.compile(r"\s*\(")


# Days listed before one day-first date that gives their month ("on 9 and 10 April", "on 3, 4 or 5 May"), or after
# one month-first date ("on April 9 and 10"): each a day of that month
_DAYS_BEFORE = re.compile(
    r"\b(?:on|from|until|till|by|for|over)\s+(\d{1,2})(?:st|nd|rd|th)?((?:,\s*\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|or)\s+\Z",
    re.IGNORECASE,
)
_DAYS_AFTER = re.compile(
    r"((?:,\s*\d{1,2}(?:st|nd|rd|th)?)*),?\s+(?:and|or)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:!?)]|\Z|\d{4}\b))"
)
_DAY_NUMBER = re.compile(r"\d{1,2}")
_MONTH_FIRST = re.compile(r"[A-Za-z]+\.?\s+\d{1,2}\Z")  # "April 9", "Sept. 9"; not "9 April" or "9"


def _listed_days(text: str, dates: list[DateMatch]) -> list[DateMatch]:
    """``dates`` with the days listed beside a day of a month ("on 3 and 5 June": the 3rd too), in order; days in a
    row are one span ("on 9 and 10 April": the 9th to the 10th)."""
    out: list[DateMatch] = []
    for d in dates:
        v = d.value
        if v is None or v.grain != "day" or not d.text[:1].isalnum():
            out.append(d)
            continue
        before: list[DateMatch] = []
        after: list[DateMatch] = []
        if d.text[:1].isdigit():
            m = _DAYS_BEFORE.search(text, max(0, d.start - 40), d.start)
            if m is not None:
                for n in _DAY_NUMBER.finditer(text, m.start(1), m.end()):
                    got = _day_of(d, int(n.group()), n.start(), n.end(), text)
                    if got is not None:
                        before.append(got)
        elif d.text[-1:].isdigit() and _MONTH_FIRST.match(d.text):
            m = _DAYS_AFTER.match(text, d.end)
            if m is not None:
                for n in _DAY_NUMBER.finditer(text, m.start(), m.end()):
                    got = _day_of(d, int(n.group()), n.start(), n.end(), text)
                    if got is not None:
                        after.append(got)
        days = [*before, d, *after]
        if len(days) > 1 and all(
            x.value is not None and y.value is not None and y.value.start == x.value.end
            for x, y in zip(days, days[1:], strict=False)
        ):
            # "a 48-hour strike on 9 and 10 April": days in a row are one span, as "9-10 April" is
            first, last = days[0], days[-1]
            if first.value is not None and last.value is not None:
                span = replace(v, start=first.value.start, end=last.value.end)
                out.append(DateMatch(first.start, last.end, text[first.start : last.end], span, d.relative))
                continue
        out.extend(days)
    return out


def _day_of(d: DateMatch, day: int, start: int, end: int, text: str) -> DateMatch | None:
    """The day ``day`` of the month of ``d``, written at text[start:end], or None when the month has no such day."""
    v = d.value
    if v is None:
        return None
    try:
        first = v.start.replace(day=day)
    except ValueError:
        return None
    if first == v.start:
        return None
    return DateMatch(start, end, text[start:end], replace(v, start=first, end=first + timedelta(days=1)), d.relative)


class _AnyWord:
    """Stands for the words of a date when they are too many to list: it holds every word."""

    def __contains__(self, word: object) -> bool:
        return True


_ANY_WORD = _AnyWord()


# A word's part in find_dates's scan, as bits: it may start a span, end one, stops every span, or is a word no date
# holds (which stops a span when it is a whole run of letters there, see _word_apart). Each word is judged once, by
# _word_role, and the judgement kept: a sentence's words are mostly words seen before, and one dict lookup costs
# less than the half-dozen set and string tests that judge it.
_ROLE_START, _ROLE_END, _ROLE_STOP, _ROLE_FOREIGN = 1, 2, 4, 8
_ROLES: dict[int, dict[str, int]] = {}  # the roles judged, by the number of rules the words of a date are from
_ROLES_MAX = 50_000  # words kept at most; past that the table starts again


def _word_roles() -> dict[str, int]:
    roles = _ROLES.get(len(_RULES))
    if roles is None or len(roles) > _ROLES_MAX:
        roles = _ROLES[len(_RULES)] = {}
    return roles


def _word_role(w: str, roles: dict[str, int]) -> int:
    """The role bits of the (lowercased) token ``w``, kept in ``roles``."""
    if w[:1].isdigit():
        role = _ROLE_START | _ROLE_END  # (a number is never a stop)
    else:
        role = _ROLE_START if w in _STARTS or w[:1] == "'" else 0
        if w in _ENDS or w.endswith("0s"):
            role |= _ROLE_END
        elif w in _STOP_TOKENS:
            role |= _ROLE_STOP
        if not role & _ROLE_STOP and w not in (_date_words() or _ANY_WORD) and w.isalpha() and w.isascii():
            role |= _ROLE_FOREIGN
    roles[w] = role
    return role


def _word_apart(pairs: list[tuple[str, str]], i: int) -> bool:
    """Whether token ``i`` (of find_dates's tokens, letters only) is a whole run of letters of any span holding
    it once _norm has lowercased that: the characters on either side of it, if any, are no letters and lowercase
    to none (ASCII characters other than letters)."""
    if not pairs[i][0] and i > 0:
        c = pairs[i - 1][1][-1]
        if not c.isascii() or c.isalpha():
            return False
    if i + 1 < len(pairs) and not pairs[i + 1][0]:
        c = pairs[i + 1][1][0]
        if not c.isascii() or c.isalpha():
            return False
    return True


_DEICTIC_NAME = re.compile(r"\A(?:Today|Tonight|Tomorrow|Yesterday)\Z")
_WORD_BEFORE = re.compile(r"(?<![\w.'’])(\w+)\s+\Z")  # the word just before, with no stop, colon or quote between
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")


def _deictic_name(text: str, d: DateMatch) -> bool:
    """ "USA Today reported", "told the Today programme": within a sentence a capital makes "Today" (or
    "Tonight", ...) part of a name, not the day. A title-case headline ("Storm To Hit Coast Today") or a quote
    opening after a colon keeps its day."""
    if not _DEICTIC_NAME.match(d.text) or not _LOWER_WORD.search(text):
        return False
    m = _WORD_BEFORE.search(text[max(0, d.start - 40) : d.start])
    return m is not None and (m.group(1)[:1].isupper() or m.group(1) == "the")


_IN_YEAR = re.compile(r"\s*,?\s+in\s+\Z")


def _day_in_year(text: str, out: list[DateMatch], reference: date | None) -> list[DateMatch]:
    """ "born on March 25th in 1995": a day of the month and the year after it, one date."""
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if not a.relative or b.relative or b.value is None or b.value.grain != "year":
            continue
        if not _IN_YEAR.match(text[a.end : b.start] + " ") or not _is_one_day(a.value):
            continue
        v = parse_date(f"{a.text}, {b.text}", None)
        if v is not None and v.grain == "day":
            out[k - 1 : k + 1] = [DateMatch(a.start, b.end, text[a.start : b.end], v, False)]
    return out
