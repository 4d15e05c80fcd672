"""Stage 1: cheap keys, so that only claims that could be about the same fact are ever compared.

A claim's keys: its kind with its counted noun; its kind with its measure (so "61 bodies" meets "the death toll
of 60"); its kind with its verb (so "three of the deaths" meets "three of the men"); with a point value, the
value (so "243 people on board" meets "243 passengers"), the noun and the value, and for a generic noun
("people", "individuals") every noun of its clause with the value; for a long exact figure, the figure with each
digit (and each pair of neighbouring digits) blanked out, so that a copying slip meets its original; for an age,
the person and the value (and a grown person's ages a few years apart meet); for a date, the lemmas of the event it
dates, the entities of its sentence, and its value when finer than a year (and the day its weekday names, when its
day of the month falls on another). Built over the whole pool (build_blocks), each outlet's lede day of the story's
event is keyed too, so that two outlets' lede days at most a day apart meet.
A block larger than ``max_block`` is split by the entities its claims' sentences name (so that one story's
claims meet each other); a part still larger than ``max_block`` is compared by sorted neighbourhood (each
claim against the next ``window`` in value order), so the number of pairs grows linearly. A figure-only
key shared by more than ``max_block`` claims is dropped: a value that common says nothing of the fact.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ..types import EARLIER_HEDGE, Claim, DateValue, Quantity
from .compare import (
    clock_written,
    day_typo_keys,
    day_written,
    event_lemma,
    is_lede_day,
    lede_sentences,
    long_digits,
    shift_digits,
    shift_key,
    slipped_weekday,
    typo_keys,
    written_digits,
    written_year,
)
from .lexicon import fold
from .related import is_verb, noun_lemma, person_noun
from .settings import Settings

if TYPE_CHECKING:
    from numpy.typing import NDArray

_ADULT = 18  # (see keys: ages of grown people a few years apart meet)
_LEDE_KEY = "date|lede:"  # (see build_blocks)

# Lemmas too common to say which event a date is about.
_WEAK = frozenset(
    [
        "be",
        "have",
        "do",
        "say",
        "make",
        "take",
        "get",
        "give",
        "go",
        "come",
        "include",
        "follow",
        "find",
        "year",
        "month",
        "day",
        "time",
        "last",
        "next",
        "this",
        "new",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "by",
        "with",
        "from",
        "after",
        "before",
        "since",
        "during",
    ]
)
_FIGURE_ONLY = "|="  # the key of a claim's figure alone
_GENERIC = frozenset(["individual", "people", "person", "one", "other", "member", "figure", "number", "case"])


def _point(c: Claim) -> str | None:
    v = c.value
    if isinstance(v, Quantity) and v.value is not None:
        return str(v.value)
    return None


def _lower_bound(c: Claim) -> str | None:
    """A bound with no figure of its own ("more than 20", "at least 20"): its bound and unit, else None."""
    v = c.value
    if isinstance(v, Quantity) and v.value is None and v.high is None and v.low is not None:
        return f"{v.low}{v.unit or ''}"
    return None


def _upper_bound(c: Claim) -> str | None:
    """A bound with no figure of its own below it ("up to 40", "as high as £128m", "fewer than 2,000"): its bound
    and unit, else None."""
    v = c.value
    if isinstance(v, Quantity) and v.value is None and v.low is None and v.high is not None:
        return f"{v.high}{v.unit or ''}"
    return None


def _verb(c: Claim) -> str | None:
    for w in (c.predicate or "").split():
        if w not in _WEAK:
            return w
    return None


def _slip_keys(kind: str, value: object) -> list[str]:
    """A long exact figure with each digit, and each pair of neighbouring digits, blanked out: "16,141,241"
    meets "16,141,242" (one digit) and "16,141,214" (two swapped), so that a copying slip is compared."""
    digits = long_digits(value) if isinstance(value, Quantity) else None
    if digits is None:
        return []
    unit, _, d = digits.partition(":")
    one = (d[:i] + "?" + d[i + 1 :] for i in range(len(d)))
    two = (d[:i] + "??" + d[i + 2 :] for i in range(len(d) - 1))
    return [f"{kind}|~{x}{unit}" for x in (*one, *two)]


def _swap_key(kind: str, value: object) -> list[str]:
    """A figure of three or more significant digits (an amount of money or a percentage, two: "£780,000", "£870,000";
    "64 percent", "46%") by its digits in order of size ("£6.45m" and "£4.65m": "456"),
    so that two figures with two digits swapped meet however differently the outlets word the rest, hedged or not
    ("$16.8 million" and "about $18.6m"; compare.swapped_digits tells whether they are such a slip)."""
    digits = written_digits(value) if isinstance(value, Quantity) else None
    if digits is None:
        return []
    unit, _, d = digits.partition(":")
    if len(d.rstrip("0")) < (2 if kind in ("money", "percent") else 3):
        return []
    return [f"{kind}|swap:{unit}:{''.join(sorted(d))}"]


# "the 32-year-old from Wrocław", "The 23-year-old Croatian", "the 22-year-old, who": an age hyphened into a noun,
# with no noun of its own after it (a function word, a capitalised word of nationality or none), names a person; a
# common noun after it ("the 32-year-old building", "a 39-year-old accountant") is what the age is of, and the parse
# says whether that is a person (where the parse gave none, the word after the age says, below)
_NOMINAL_AGE = re.compile(
    r"-years?-old(?=\s*(?:[,.;:)!?\"”’]|\Z)|\s+[A-Z]|\s+(?:from|of|who|whose|was|is|had|has|and|in|at|on|will|would)\b)"
)


# "a 97-year-old gran died", "The 61-year-old slammed on the brakes": the word after the age, where the parse gave
# the age no noun, is a person or a verb the age is the subject of (a word with no noun reading: a verb the table
# holds, or a past form it does not, "slammed")
_AGE_THEN_WORD = re.compile(r"-years?-old\s+([a-z]+)\b")
# "He is just 18 years old", "she was 34": an age said of "he" or "she" is a person's
_PERSON_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:he|she)\s+(?:(?:is|was|'s|turned|turns)\s+(?:(?:just|only|now|still)\s+)?"
    # and "He died in 2023, aged 92", "When she died in 2009 at the age of 84": the clause's "he" or "she" is aged
    r"|[^.;:!?]{0,60}?(?:,\s*aged|\bat\s+the\s+age\s+of)\s+)\Z",
    re.IGNORECASE,
)


def _nominal_age(c: Claim) -> bool:
    if c.modifiers:
        return False
    at, begin = c.end - c.sentence_start, c.start - c.sentence_start
    if not 0 <= begin <= at <= len(c.sentence):
        return False
    if _NOMINAL_AGE.match(c.sentence, at) or _PERSON_BEFORE.search(c.sentence, 0, begin):
        return True
    word = _AGE_THEN_WORD.match(c.sentence, at)
    return word is not None and (
        person_noun(word[1]) or (noun_lemma(word[1]) is None and (is_verb(word[1]) or word[1].endswith("ed")))
    )


def keys(c: Claim, canonical: Callable[[str], str]) -> list[str]:
    if c.kind == "name" or c.value is None:
        return []
    if c.kind == "date":
        return _date_keys(c, canonical)
    out: list[str] = []
    p = _point(c)
    if c.kind == "age":
        if c.about:
            out.append(f"age|{canonical(c.about)}")
        else:  # "Zemser, 21" and "the 20-year-old midshipman": the entities of their sentences
            out.extend(f"age|ent:{canonical(e)}" for e in sorted(set(c.entities)))
        # "the 53-year-old driver", "The driver, Nikos ..."; by the role's noun ("university student": student)
        out.extend(f"age|role:{r.split()[-1]}" for r in c.modifiers[:1] if r)
        if p is not None:
            out.append(f"age{_FIGURE_ONLY}{p}")  # "aged 70" and "70, the oldest": two outlets' one patient
            age = c.value.value if isinstance(c.value, Quantity) and not c.value.approximate else None
            if (
                age is not None
                and age >= _ADULT
                and (c.about or any(person_noun(r.split()[-1]) for r in c.modifiers[:1]) or _nominal_age(c))
            ):
                # "a 71-year-old man was found dead" and "Derek Ashworth, 77, was found": one grown person whom one
                # outlet names and another describes, given ages a few years apart (each pair of ages five years
                # apart or less shares a decade or a decade shifted by five); children of a story are often
                # several of near ages, and a thing's age ("the 67-year-old school") is no person's
                out.extend((f"age{_FIGURE_ONLY}~{int(age) // 10}", f"age{_FIGURE_ONLY}~{(int(age) + 5) // 10}+"))
                if age < 100 and int(age) % 11:
                    # and one given the age with its two digits swapped: "Graham Lindsay, 67" and "Graeme Lindsay,
                    # 76"; "the 34-year-old nurse" and "Elena Popa (43)" (compare.swapped_digits)
                    out.append(f"age{_FIGURE_ONLY}swap:{''.join(sorted(str(int(age))))}")
        return out
    noun = fold(c.counted) if c.counted and c.counted not in _GENERIC else c.counted  # "post" meets "job"
    if noun and noun not in _GENERIC:
        out.append(f"{c.kind}|n:{noun}")
        if c.kind == "measure" and noun in ("height", "depth"):
            out.append(f"{c.kind}|n:length")  # "at an altitude of 11 km" meets "cruising at 37,000 feet"
    if c.measure is not None:
        out.append(f"{c.kind}|m:{c.measure}")  # "61 bodies" meets "the death toll of 60": both count the dead
    v = _verb(c)
    low = _lower_bound(c)
    if low is not None:
        # One lower bound, whatever it counts: "more than 20 vessels" meets "more than 20 boats" (and "at least 20
        # boats": one figure hedged either way, compare.one_figure), as a point figure meets its own value.
        out.append(f"{c.kind}{_FIGURE_ONLY}>{low}")
    high = _upper_bound(c)
    if high is not None:
        out.append(f"{c.kind}{_FIGURE_ONLY}<{high}")  # "as high as £128m" meets "could be as high as £128m"
    if p is None and (low is not None or high is not None):
        out.extend(_swap_key(c.kind, c.value))  # "up to $4,800" meets "up to $8,400": a bound's figure miscopied
    if (clock := clock_written(c)) is not None:
        out.append(f"duration|cswap:{''.join(sorted(clock))}")  # "2:06:41" meets "2:06:14" (compare.clock_written)
    if p is not None:
        # The same figure, whatever it counts: "243 people on board" meets "243 passengers"; the score and
        # the identity guards decide whether they are one fact.
        unit = c.value.unit if isinstance(c.value, Quantity) and c.value.unit else ""
        out.append(f"{c.kind}{_FIGURE_ONLY}{p}{unit}")
        out.extend(_slip_keys(c.kind, c.value))
        out.extend(_swap_key(c.kind, c.value))
    shift = shift_digits(c)
    if shift is not None:
        # "$1.2 million" meets "$12 million" and "$120 million": one figure whose point may have slipped
        # (compare.shifted_point tells whether it did)
        out.append(f"{c.kind}|pt:{shift_key(shift)}")
        if c.kind == "money":
            out.extend(f"money|typo:{k}" for k in typo_keys(shift))  # "£38.5m" meets "£48.5m" (compare.mistyped)
    if v is not None:
        # The same verb with any value: "contributed to three of the deaths" meets "... two of the men".
        out.append(f"{c.kind}|v:{v}")
    if p is not None:
        if noun and noun not in _GENERIC:
            out.append(f"{c.kind}|n:{noun}|{p}")
        else:
            # "Five of the eight people ... are serving officers": the clause's nouns, with the value.
            out.extend(
                f"{c.kind}|n:{w}|{p}"
                for w in sorted(set(c.modifiers) | set((c.predicate or "").split()))
                if w not in _WEAK and w not in _GENERIC and len(w) > 2
            )
            if v is not None:
                out.append(f"{c.kind}|v:{v}|{p}")
    if c.kind == "money" and not noun:
        # "knocking $148 million off its market capitalisation", "wiping $143 million off the company's market
        # value": an amount that counts no noun meets another by its clause's other words, with any value, as a
        # count meets by its noun (two verbs of one doing seldom share a word; two sentences of one amount do)
        out.extend(
            f"money|w:{w}"
            for w in sorted(set((c.predicate or "").split()))
            if w != v and w not in _WEAK and w not in _GENERIC and len(w) > 3
        )
    return out


def _date_keys(c: Claim, canonical: Callable[[str], str]) -> list[str]:
    if not isinstance(c.value, DateValue) or EARLIER_HEDGE in c.hedges:
        return []  # ("down from 241 a year earlier": when a figure a change is told from stood, no event's date)
    # folded as the score folds them: "the factory opened in 1968" meets "has been building engines since 1968"
    words = {event_lemma(w) for w in (c.predicate or "").split() if w not in _WEAK and len(w) > 2}
    if c.counted is not None and c.counted not in _WEAK and len(c.counted) > 2:
        # "The trial opened on July 28", "the last death was in 2016": the event noun's; "its last inspection in
        # 2019" meets "was last inspected in 2018" (compare.event_lemma)
        words.add(event_lemma(c.counted))
    out = [f"date|e:{w}" for w in sorted(words)]
    out.extend(f"date|ent:{canonical(e)}" for e in sorted(set(c.entities)))
    if c.value.grain in ("day", "week", "month", "year"):
        # a precise date is itself worth comparing on, and so is a year: "the worst quarter since 2009", "its
        # weakest performance since 2009", whatever words each tells it in
        out.append(f"date|d:{c.value.iso()}")
    elif c.value.grain == "minute" and c.value.day_known:
        out.append(f"date|t:{c.value.start.isoformat()}")  # times of one day meet: "9:21 p.m." and "9:30 p.m."
    if c.value.grain == "minute" and c.value.minute is not None and c.value.minute % 60:
        # and times whose minutes past the hour are the same or each other's digits swapped, whatever day each is
        # given: "began at 3.38pm" in a weekly whose day is its own date line's, and "fired at 16.38 on Thursday",
        # one time with its hour slipped; "10:13 a.m." and "10:31 a.m." (identity.two_events tells a slip); like a
        # figure alone, minutes many claims give say nothing of which fact they time
        out.append(f"date{_FIGURE_ONLY}mm:{''.join(sorted(f'{c.value.minute % 60:02d}'))}")
    if (
        c.value.grain == "day"
        and c.value.minute is None
        and (c.value.end - c.value.start).days == 1
        and day_written(c.text, c.value)
    ):
        # "on Nov. 7" meets "on Nov. 17": one digit of the day mistyped (compare.day_mistyped); like a figure alone,
        # days many claims give say nothing of which fact they date
        out.extend(f"date{_FIGURE_ONLY}dd:{k}" for k in day_typo_keys(c.value))
    if c.value.grain == "day" and (slip := slipped_weekday(c)) is not None:
        out.append(f"date|d:{slip.isoformat()}")  # "Tuesday, 11 March" (a Wednesday) meets another's Tuesday
    year = written_year(c)
    if year is not None:
        # "in 2019" and "in 2018", "founded in 1999" and "founded in 1997": a year written in digits meets the years
        # up to two either side (each run of three years is a key), as a slip of the year may be; like a figure
        # alone, a run of years many claims give says nothing of which fact they date
        out.extend(f"date{_FIGURE_ONLY}{first}-{first + 2}" for first in range(year - 2, year + 1))
        # and the years one keystroke away, in the decade or in the year's last digit: "set up in 1965" and "founded
        # in 1975", "dating from 1917" and "laid in 1911"
        digits = f"{year:04d}"
        out.extend((f"date{_FIGURE_ONLY}{digits[:2]}_{digits[3]}", f"date{_FIGURE_ONLY}{digits[:3]}_"))
    return out


def _sort_key(c: Claim) -> tuple[float, str]:
    v = c.value
    if isinstance(v, Quantity):
        x = v.value if v.value is not None else (v.low if v.low is not None else v.high)
        return (float(x) if x is not None else 0.0, c.id)
    if isinstance(v, DateValue):
        return (float(v.start.toordinal()), c.id)
    return (0.0, c.id)


def build_blocks(claims: Sequence[Claim], canonical: Callable[[str], str]) -> dict[str, list[int]]:
    """Each key's claims (indices into ``claims``), each block in value order: every claim's own keys, and the
    keys of the day each outlet's lede gives its story's event (compare.lede_sentences), so that "A swarm that
    descended on farmland on Thursday" meets another outlet's lede "a swarm came down on their fields on
    Wednesday", whatever words each tells it in. Only lede days at most one day apart meet (each run of two days
    is a key): an outlet slips the event's day by one ("Saturday night", "the night of Sunday 19 July"), and a
    lede's day further off is more often of a later development ("after the fish were counted out today")."""
    ledes = lede_sentences(claims)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i in sorted(range(len(claims)), key=lambda i: _sort_key(claims[i])):  # so every block is in value order
        c = claims[i]
        for k in keys(c, canonical):
            blocks[k].append(i)
        v = c.value
        if isinstance(v, DateValue) and v.minute is None and (v.end - v.start).days == 1 and is_lede_day(c, ledes):
            n = v.start.toordinal()
            blocks[f"{_LEDE_KEY}{n // 2}"].append(i)
            blocks[f"{_LEDE_KEY}+{(n + 1) // 2}"].append(i)
    return dict(blocks)


def candidate_index_pairs(
    claims: Sequence[Claim], canonical: Callable[[str], str], settings: Settings
) -> Iterator[tuple[int, int, str]]:
    """Each candidate pair once, as indices (i, j) into ``claims`` with claims[i].id < claims[j].id, and the
    first key it met on. Deterministic: keys in order, each block's claims in value order."""
    n_claims = len(claims)
    rank = [0] * n_claims
    for r, i in enumerate(sorted(range(n_claims), key=lambda i: claims[i].id)):
        rank[i] = r
    blocks = build_blocks(claims, canonical)
    yield from block_pairs(sorted(blocks), blocks, claims, canonical, settings, rank)


def block_pairs(
    keys_in_order: Iterable[str],
    blocks: Mapping[str, list[int]],
    claims: Sequence[Claim],
    canonical: Callable[[str], str],
    settings: Settings,
    rank: Sequence[int],
) -> Iterator[tuple[int, int, str]]:
    """The pairs of the given blocks, in the order of ``keys_in_order``: all pairs of a small block, each
    claim's ``window`` neighbours in a large one (split by name first), none of a large block keyed on a figure
    alone. Each pair once, as (i, j) with rank[i] < rank[j] (rank: a claim's place in id order), with the first
    key it met on. The one walk over blocks: the one-process reconciler and the Dask engine both take it."""
    n_claims = len(claims)
    names: dict[int, list[str]] = {}
    seen: set[int] = set()
    max_block, span_large = settings.max_block, settings.window + 1
    for key in keys_in_order:
        block = blocks[key]
        if len(block) > max_block and _FIGURE_ONLY in key:
            continue  # a figure many claims give ("3", "10") says nothing of which fact they state
        parts = [(block, len(block) if len(block) <= max_block else span_large)]
        if len(block) > max_block:
            parts = [
                (m, len(m) if len(m) <= max_block else span_large) for m in _sub_blocks(block, claims, canonical, names)
            ]
        for members, span in parts:
            n = len(members)
            for x in range(n):
                a = members[x]
                ra = rank[a]
                for b in members[x + 1 : x + span]:
                    rb = rank[b]
                    pair = ra * n_claims + rb if ra < rb else rb * n_claims + ra
                    if pair in seen:
                        continue
                    seen.add(pair)
                    yield (a, b, key) if ra < rb else (b, a, key)


def candidate_index_arrays(
    claims: Sequence[Claim],
    canonical: Callable[[str], str],
    settings: Settings,
    drop: Callable[[NDArray[Any], NDArray[Any]], NDArray[Any]] | None = None,
) -> tuple[NDArray[Any], NDArray[Any], NDArray[Any], list[str]]:
    """candidate_index_pairs as arrays (i, j, key number) with the list of keys: the same pairs, in the same
    order, each with the same first key. Every block's pairs are made by numpy at once and the repeats dropped
    by one sort, instead of a Python step (and a set of every pair seen) per pair: at 100,000 claims blocking
    gives about 1.5 million pairs. ``drop(i, j)``, a test of the pair alone (never of its key), says which pairs
    to leave out: the rest are those candidate_index_pairs gives that it would not drop."""
    import numpy as np  # here: `claimcheck reconcile` and a re-scan from the cache do not load spaCy, which does

    n_claims = len(claims)
    # (claim indices and ranks as 32-bit: a pair array is millions long at 100,000 claims, and gathering and
    # choosing between 32-bit values moves half the memory; only the pair's code needs 64 bits)
    rank = np.empty(n_claims, dtype=np.int32)
    rank[sorted(range(n_claims), key=lambda i: claims[i].id)] = np.arange(n_claims, dtype=np.int32)
    blocks = build_blocks(claims, canonical)
    names: dict[int, list[str]] = {}
    max_block, span_large = settings.max_block, settings.window + 1
    key_names: list[str] = []
    flat: list[int] = []
    # per segment (a block, or a part of a large one): its end in ``flat``, its span and its key's number
    seg_len: list[int] = []
    seg_span: list[int] = []
    seg_key: list[int] = []
    for key in sorted(blocks):
        block = blocks[key]
        size = len(block)
        if size < 2:
            continue  # no pair
        if size <= max_block:
            parts = [(block, size)]
        elif _FIGURE_ONLY in key:
            continue  # a figure many claims give ("3", "10") says nothing of which fact they state
        else:
            parts = [
                (m, len(m) if len(m) <= max_block else span_large) for m in _sub_blocks(block, claims, canonical, names)
            ]
        for members, span in parts:
            if len(members) < 2:
                continue
            flat.extend(members)
            seg_len.append(len(members))
            seg_span.append(span)
            seg_key.append(len(key_names))
        key_names.append(key)
    empty = np.zeros(0, dtype=np.int64)
    if not flat:
        return empty, empty, empty, key_names
    lengths = np.array(seg_len, dtype=np.int64)
    ends = np.repeat(np.cumsum(lengths), lengths)  # each position's segment end
    spans = np.repeat(np.array(seg_span, dtype=np.int64), lengths)
    key_of = np.repeat(np.array(seg_key, dtype=np.int64), lengths)
    pos = np.arange(len(flat), dtype=np.int64)
    count = np.minimum(spans - 1, ends - 1 - pos)  # the later members each position meets
    x = np.repeat(pos, count)
    first_of = np.cumsum(count) - count
    y = x + 1 + (np.arange(len(x), dtype=np.int64) - np.repeat(first_of, count))
    members_ = np.array(flat, dtype=np.int32)
    a, b = members_[x], members_[y]
    ra, rb = rank[a], rank[b]
    swap = ra >= rb
    first_id, second_id = np.where(swap, b, a), np.where(swap, a, b)
    if drop is not None:
        kept = np.flatnonzero(~drop(first_id, second_id))
        first_id, second_id, x, ra, rb = first_id[kept], second_id[kept], x[kept], ra[kept], rb[kept]
    low = np.minimum(ra, rb).astype(np.int64)
    code = low * n_claims + (np.maximum(ra, rb))  # the pair, whichever way round it came
    _, first = np.unique(code, return_index=True)  # each pair where it first comes
    first.sort()
    return first_id[first], second_id[first], key_of[x[first]], key_names


def _sub_blocks(
    block: list[int], claims: Sequence[Claim], canonical: Callable[[str], str], names: dict[int, list[str]]
) -> list[list[int]]:
    """A block too large to compare in full, split by the entities its claims' sentences name: claims of
    one story meet each other, not the same noun in every other story. Claims that name none stay together.
    Each part keeps the block's order."""
    subs: dict[str, list[int]] = defaultdict(list)
    for i in block:
        got = names.get(i)
        if got is None:
            got = names[i] = sorted({canonical(e) for e in claims[i].entities}) or [""]
        for e in got:
            subs[e].append(i)
    return [subs[e] for e in sorted(subs)]


def candidate_pairs(
    claims: Sequence[Claim], canonical: Callable[[str], str], settings: Settings
) -> Iterator[tuple[Claim, Claim, str]]:
    """Each candidate pair once, with the first key it met on. Deterministic order."""
    for i, j, key in candidate_index_pairs(claims, canonical, settings):
        yield claims[i], claims[j], key
