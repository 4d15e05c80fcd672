"""Stage 3: score the candidate pairs, cluster them, and link the clusters that conflict.

Consistent links (equal or overlapping values, score above the threshold) are merged strongest first,
and only while every value in the merged cluster stays compatible with every other: a group never hides
a contradiction. Conflict links (disjoint values, score above the high conflict threshold) then join two
consistent clusters into one conflict group. Present-tense states reported at different times are not a
conflict: the later cluster supersedes the earlier one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from ..extract.measures import TALLY_NOUNS
from ..extract.numbers import to_base, unit_dimension
from ..types import ADDED, RANK, Article, Claim, DateValue, Group, Quantity
from .blocking import candidate_index_arrays, candidate_index_pairs
from .compare import (
    Features,
    Scorer,
    digit_twins,
    made_thing,
    moved_point,
    one_doing,
    party,
    people_and_things,
    same_party,
    significant_digits,
    swapped_digits,
    written_digits,
    written_significant,
)
from .identity import (
    AMOUNTS,
    ROLLING_MEASURES,
    Guard,
    ages_years_apart,
    birthday_allowance,
    both_listed,
    era,
    eras,
    falls_back,
    future_and_past,
    grown_apart,
    guard,
    guards_allow,
    happened_after_told,
    lengths_days_apart,
    miscopied,
    named,
    names_told_once,
    news_and_history,
    noun_days,
    one_place,
    other_identity,
    other_party,
    published_at,
    recurring,
    revised_from,
    sentence_dates,
    state_at,
    weeks_guessed_apart,
    with_asides,
    with_attributes_apart,
    with_dated_amounts,
    with_dated_doings,
    with_dated_figures,
    with_group_sizes,
    with_listed_apart,
    with_listed_values,
    with_outgrown,
    with_own_clocks,
    with_shifts_apart,
    with_siblings,
    with_slipped_conversions,
    with_told_years,
    with_values_before,
    years_guessed_apart,
)
from .related import same_meaning
from .settings import Settings
from .values import Relation, ValueKey, relation_of, value_key
from .verdict import ORDER, Explain, Link, conflict_group, consistent_group, gid, per_value

if TYPE_CHECKING:
    from numpy.typing import NDArray


@dataclass
class _Pool:
    """The claims being reconciled, by index in id order, with what every pair reads of each claim, computed
    once: score features, value keys (and an id per distinct value, so a pair of values is related once),
    identity guards and years."""

    claims: list[Claim]
    when: dict[str, datetime | None]
    feats: list[Features]
    vkeys: list[ValueKey | None]
    vid: list[int]
    guards: list[Guard]
    years: list[tuple[int, int] | None]
    named_amount: list[bool]
    is_named: list[bool]
    relations: dict[int, Relation] = field(default_factory=dict)

    @classmethod
    def of(
        cls, claims: list[Claim], articles: tuple[Article, ...], scorer: Scorer, asides: frozenset[str] = frozenset()
    ) -> _Pool:
        year_of = eras(articles)
        vkeys = [value_key(c.value) for c in claims]
        value_ids: dict[ValueKey | None, int] = {}
        guards = with_listed_values(
            claims,
            with_told_years(
                claims,
                with_dated_doings(
                    claims,
                    with_dated_figures(
                        claims,
                        with_dated_amounts(
                            claims,
                            with_slipped_conversions(
                                claims,
                                with_asides(
                                    claims,
                                    with_shifts_apart(
                                        [guard(c, scorer.canonical) for c in claims], scorer.shifts_apart
                                    ),
                                    asides,
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        )
        guards = with_group_sizes(claims, guards)
        return cls(
            claims=claims,
            when={a.id: a.timestamp for a in articles},
            feats=[scorer.features(c) for c in claims],
            vkeys=vkeys,
            vid=[value_ids.setdefault(k, len(value_ids)) for k in vkeys],  # a story repeats its values
            guards=with_values_before(
                claims,
                with_own_clocks(
                    claims,
                    with_outgrown(
                        claims,
                        with_siblings(claims, with_listed_apart(with_attributes_apart(guards), scorer.listed_apart)),
                        {a.id: a.text for a in articles},
                    ),
                    scorer.hours_together,
                ),
            ),
            years=[era(c, year_of) for c in claims],
            named_amount=[(c.kind in AMOUNTS or c.kind in ("age", "date")) and named(c.about) for c in claims],
            is_named=[named(c.about) for c in claims],
        )

    def relation(self, i: int, j: int) -> Relation:
        pair = self.vid[i] << 32 | self.vid[j]
        rel = self.relations.get(pair)
        if rel is None:
            if len(self.relations) >= 1 << 20:
                self.relations.clear()  # a memo, not a store
            rel = self.relations[pair] = relation_of(self.vkeys[i], self.vkeys[j])
        return rel


@dataclass
class _Scored:
    links: list[Link]  # pairs whose values can hold together, scored high enough to join a group
    clashes: list[Link]  # pairs whose values cannot, scored high enough to be a conflict, past the guards
    best_other: list[float]  # each claim's best score against a consistent claim of another cluster


def _score_pairs(pool: _Pool, scorer: Scorer, settings: Settings, canonical: Callable[[str], str]) -> _Scored:
    """Every candidate pair that blocking gives, past the identity gates, scored once."""
    best_other = [0.0] * len(pool.claims)
    pairs = _candidates(pool, canonical, settings)
    links, clashes = score_candidates(pool, scorer, settings, canonical, pairs, best_other)
    links.sort()
    clashes.sort()
    return _Scored(links, clashes, best_other)


def score_candidates(
    pool: _Pool,
    scorer: Scorer,
    settings: Settings,
    canonical: Callable[[str], str],
    candidates: Iterable[tuple[int, int, str]],
    best_other: list[float],
) -> tuple[list[Link], list[Link]]:
    """The links and clashes of the given candidate pairs, past the identity gates, each scored once, and each
    claim's best score against a consistent claim (``best_other``, updated in place). The one place pairs are
    judged: the one-process reconciler gives every pair blocking makes, the Dask engine one range of blocks."""
    claims, feats, guards, years, when = pool.claims, pool.feats, pool.guards, pool.years, pool.when
    named_amount, is_named = pool.named_amount, pool.is_named
    vid, vkeys, relations = pool.vid, pool.vkeys, pool.relations  # the hot loop reads the memo inline
    link_floor = min(settings.agree_threshold, settings.compatible_threshold)
    conflict_floor = settings.conflict_threshold
    # Two reports of one running tally at different times are an update, which costs a reader nothing if it is
    # wrong: they need only the score that joins a group. At one time they are a conflict, and need the full one.
    update_floor = link_floor
    links: list[Link] = []
    clashes: list[Link] = []
    kinds = [c.kind for c in claims]
    dates_in: dict[tuple[str, int], frozenset[DateValue]] | None = None  # see identity.sentence_dates
    days_of: dict[tuple[str, str], frozenset[DateValue]] | None = None  # see identity.noun_days
    age_of: dict[int, tuple[float, datetime] | None] = {}
    # each named party's canonical name and words (compare.party), made once per claim: about_different_named_parties
    # made both afresh for every pair of named amounts (py-spy: 1.7% of reconciling 100,000 claims)
    party_of: dict[int, tuple[str, frozenset[str]]] = {}

    def age_at(i: int) -> tuple[float, datetime] | None:
        """An age claim's value and its article's time, as ages_years_apart reads them (None: it cannot say)."""
        if i not in age_of:
            c = claims[i]
            t, v = when.get(c.source), c.value
            age_of[i] = (
                (float(v.value), t) if t is not None and isinstance(v, Quantity) and v.value is not None else None
            )
        return age_of[i]

    def _ages_apart(i: int, j: int) -> bool:
        """ages_years_apart of two age claims, each claim's part read once: an age block pairs every age."""
        x, y = age_at(i), age_at(j)
        if x is None or y is None:
            return False
        return abs(x[0] - y[0]) <= birthday_allowance(abs((x[1] - y[1]).days))

    for i, j, key in candidates:
        pair = vid[i] << 32 | vid[j]
        rel = relations.get(pair)
        if rel is None:
            if len(relations) >= 1 << 20:
                relations.clear()
            rel = relations[pair] = relation_of(vkeys[i], vkeys[j])
        if rel == "incomparable":
            continue
        a, b = claims[i], claims[j]
        if named_amount[i] and is_named[j]:
            # about_different_named_parties, whose kind and named() tests named_amount and is_named have made
            pa, pb = party_of.get(i), party_of.get(j)
            if pa is None:
                pa = party_of[i] = party(cast(str, a.about), canonical)
            if pb is None:
                pb = party_of[j] = party(cast(str, b.about), canonical)
            if not same_party(pa, pb) and not miscopied(guards[i], guards[j]):
                # (but "a fee of £53.5m" and "an initial £35.5million" are one figure miscopied, whichever party
                # each sentence's parse makes the amount's)
                continue
        if other_identity(guards[i], guards[j], years[i], years[j]):
            continue
        if kinds[i] == "count" and people_and_things(feats[i], feats[j]):
            continue
        # time_apart: two disjoint values the days between their articles explain (an age a birthday on, a length
        # a strike ran on), which may join one group as a compatible pair
        time_apart = may = revised = False
        if rel == "disjoint":
            if kinds[i] == "age":
                time_apart = ages_years_apart(a, b, when) if kinds[j] != "age" else _ages_apart(i, j)
            elif kinds[i] == "duration":
                time_apart = lengths_days_apart(a, b, when)  # "its tenth day", and a week later "a 17-day strike"
            may = guards_allow(guards[i], guards[j])
            # "55 percent on Monday, down from 57 percent" against another outlet's "57 per cent": a change the
            # one outlet tells, which may only be an update (_link_conflicts), never a conflict
            revised = (
                not may
                and bool(guards[i].changed_from or guards[j].changed_from)  # (most pairs: no call at all)
                and revised_from(guards[i], guards[j]) is not None
                and guards_allow(guards[i], guards[j], revision=True)
            )
            if may and kinds[i] == "date":
                if dates_in is None:
                    dates_in = sentence_dates(claims)
                # "will speak tomorrow" and "had spoken on Saturday": two doings; "30 November" and "30 November
                # 2026": a guessed year; two outlets each telling both days: two events' days
                told_apart = both_listed(a, b, dates_in, one_doing(guards[i].head, guards[j].head))
                if not told_apart:
                    if days_of is None:
                        days_of = noun_days(claims)
                    told_apart = recurring(a, b, days_of, guards[i].head, guards[j].head)
                may = not (
                    future_and_past(a, b, when)
                    or happened_after_told(a, b, when)
                    or years_guessed_apart(a, b)
                    or weeks_guessed_apart(a, b)
                    or told_apart
                    or news_and_history(a, b, when)
                )
            if not time_apart and not may and not revised:
                continue  # it can neither join a group nor be a conflict: not worth scoring
        if rel == "compatible" and a.partitive != b.partitive:
            continue  # "a further 130 killed" and "at least 126 killed": a part is no estimate of a whole
        total = scorer.parts(a, b, feats[i], feats[j])[0]
        if rel != "disjoint" or time_apart:
            if total > best_other[i]:
                best_other[i] = total
            if total > best_other[j]:
                best_other[j] = total
            if total < link_floor:
                continue  # below every threshold: kept only as the claims' best other score
            if (
                a.partitive != b.partitive  # (rare: most pairs stop here)
                and total < conflict_floor
                and kinds[i] == "count"
                and feats[i].generic
                and feats[j].generic
                and a.measure != b.measure
            ):
                # "Seven people were injured" and "seven of them were fully buried": "people" says nothing of which
                # people, what befell them differs, and one counts a part of a whole the other does not; only a
                # score a conflict would need makes them one figure
                continue
            links.append((-total, i, j, key, rel))
        if (may or revised) and (
            total >= conflict_floor or (total >= update_floor and _same_tally(guards[i], guards[j]))
        ):
            if total < conflict_floor + _FAR_APART_MARGIN and _orders_apart(a, b) and not _grown(a, b, when):
                continue
            if _worlds_apart(a, b):
                continue
            if total < conflict_floor + _FAR_APART_MARGIN and a.source == b.source:
                # one outlet's two claimants ("police put the crowd at 9,000; organisers said 20,000") are told as
                # rivals in words that read alike; a quote's figure that only reads something like the outlet's
                # own is most often another figure ("46 whales swimming out there" beside "the 157 whales")
                continue
            clashes.append((-total, i, j, key, rel))
    return links, clashes


_ARRAYS_FROM = 20_000  # claims from which blocking's pairs are made with numpy (importing it costs 0.1 s)


def _candidates(pool: _Pool, canonical: Callable[[str], str], settings: Settings) -> Iterator[tuple[int, int, str]]:
    """The pairs blocking gives (candidate_index_pairs), less those other_identity's test of years turns away,
    which turns away most pairs blocking gives in a large pool (another story's "killed" or "cases", told of
    another year): there, tested on all pairs at once."""
    years = pool.years
    if len(pool.claims) < _ARRAYS_FROM:
        return _years_kept(pool, candidate_index_pairs(pool.claims, canonical, settings))
    import numpy as np

    # Each claim's first and last year as the first claim of a pair (i) and as the second (j). A claim with no
    # years spans every year, and so does an age as the first (whose pairs are never apart): then no comparison
    # puts a pair apart, with four lookups per pair where testing "dated" and "age" took seven (the pairs tested
    # are millions at 100,000 claims).
    never, ever = np.iinfo(np.int32).min, np.iinfo(np.int32).max
    first_i = np.array(
        [y[0] if y is not None and c.kind != "age" else never for y, c in zip(years, pool.claims, strict=True)],
        dtype=np.int32,
    )
    last_i = np.array(
        [y[1] if y is not None and c.kind != "age" else ever for y, c in zip(years, pool.claims, strict=True)],
        dtype=np.int32,
    )
    first_j = np.array([y[0] if y is not None else never for y in years], dtype=np.int32)
    last_j = np.array([y[1] if y is not None else ever for y in years], dtype=np.int32)

    def years_apart(i: NDArray[Any], j: NDArray[Any]) -> NDArray[Any]:
        apart: NDArray[Any] = (last_i[i] < first_j[j]) | (last_j[j] < first_i[i])
        return apart

    ii, jj, kk, key_names = candidate_index_arrays(pool.claims, canonical, settings, years_apart)
    # one zip of three lists, not a generator resumed for each of the 370,000 pairs of 100,000 claims (py-spy: its
    # resumes and yields were 0.6% of reconciling them)
    return zip(ii.tolist(), jj.tolist(), map(key_names.__getitem__, kk.tolist()), strict=True)


def _years_kept(pool: _Pool, pairs: Iterable[tuple[int, int, str]]) -> Iterator[tuple[int, int, str]]:
    """The pairs other_identity's test of years does not turn away (in a small pool, tested pair by pair)."""
    years = pool.years
    kinds = [c.kind for c in pool.claims]
    for i, j, key in pairs:
        ya, yb = years[i], years[j]
        if ya is not None and yb is not None and (ya[1] < yb[0] or yb[1] < ya[0]) and kinds[i] != "age":
            continue
        yield i, j, key


_FAR_APART_MARGIN = 15.0
_MOST_GROWTH = 50.0  # how many times over a measured figure may grow between two days' reports


def _orders_apart(a: Claim, b: Claim) -> bool:
    """Two counts, exact or with one bound, of which one is more than four times the other ("six cases acquired from
    unknown contacts" and "a total of 51 cases"; "two lorries" and "at least 40 lorries"): outlets that disagree on
    one count give figures of one size, so such a pair is most often two subsets of one thing, and only a pair scored
    well past the conflict floor is a conflict. So too two measures, in one base unit ("an 8-inch borehole" and
    "roughly 1,200 feet below": two lengths of two things; "120 metres" against "1,200 feet", a slip of units, is
    three times, not four)."""
    va, vb = a.value, b.value
    if a.kind != b.kind or a.kind not in ("count", "measure"):
        return False
    if not isinstance(va, Quantity) or not isinstance(vb, Quantity) or moved_point(va, vb):
        return False  # (but "14 oocysts" and "1.4 oocysts" are one figure whose point slipped: compare.moved_point)
    if a.kind == "count":
        # a point, or the one figure a bound gives ("more than 40 lorries" against "two lorries")
        fa, fb = _figure_of(va), _figure_of(vb)
        if fa is None or fb is None:
            return False
        x, y = fa, fb
    else:
        ma = va.value if va.value is not None else _figure_of(va)  # ("more than 3,000 km of cable")
        mb = vb.value if vb.value is not None else _figure_of(vb)
        if ma is None or mb is None:
            return False
        bx, by = to_base(ma, va.unit), to_base(mb, vb.unit)
        if bx is None or by is None or unit_dimension(va.unit) == "temperature" or _significant(ma) == _significant(mb):
            return False  # (but "up to 6 millimetres" and "up to 6 cm": one figure, its unit miswritten)
        x, y = bx, by
    return x > 0 and y > 0 and max(x, y) > 4 * min(x, y)


def _figure_of(q: Quantity) -> float | None:
    """A count's or a measure's one figure: its value when it is a point, or the bound of one with a single bound
    ("more than 40": 40); None for a range or an estimate."""
    if q.is_point and q.value is not None:
        return float(q.value)
    bound = q.high if q.low is None else q.low if q.high is None else None
    return float(bound) if bound is not None and q.value is None and not q.approximate else None


def _worlds_apart(a: Claim, b: Claim) -> bool:
    """Two amounts or measures a hundred times apart or more, whose significant digits differ ("weekend tickets cost
    £265" and "will cost them almost £4m"): no slip makes one of the other, as a slip of units or of the point does
    ("£1.2m" and "£1.2bn", "14" and "1.4"), so they are two things however alike their sentences read. So too two
    counts, but for a running tally's, which may grow so far between two reports ("the factory employs 1,600
    workers" and "the industry employs around four million people")."""
    va, vb = a.value, b.value
    if a.kind == "count" and (a.measure in ROLLING_MEASURES or b.measure in ROLLING_MEASURES):
        return False
    if a.kind not in ("money", "measure", "count") or not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    if va.value is None or vb.value is None or va.value <= 0 or vb.value <= 0:
        return False
    x: float | None
    y: float | None
    if a.kind != "measure":
        x, y = float(va.value), float(vb.value)  # (two currencies are never rivals: values.relation)
    else:
        x, y = to_base(va.value, va.unit), to_base(vb.value, vb.unit)
    if x is None or y is None or x <= 0 or y <= 0 or max(x, y) < 100 * min(x, y):
        return False
    return _significant(va.value) != _significant(vb.value)


def _significant(v: float) -> str:
    """A figure's significant digits, without its point or its zeros at either end: 1.2 million -> "12"."""
    return f"{float(v):.6e}".split("e")[0].replace(".", "").rstrip("0") or "0"


def _grown(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """The larger of two counts is told on a later day than the smaller: a running tally may grow so far in days
    ("nine dead" on Monday, "150" on Friday)."""
    ta, tb = when.get(a.source), when.get(b.source)
    if ta is None or tb is None or ta.date() == tb.date():
        return False
    qa, qb = cast("Quantity", a.value), cast("Quantity", b.value)
    va, vb = float(qa.value or 0), float(qb.value or 0)
    if a.kind == "measure":
        # an area burned or a slick's length grows several-fold in days, never a thousandfold: "an 8-inch borehole"
        # told on Friday and "1,200 feet below" on Saturday are two things' lengths
        va, vb = to_base(va, qa.unit) or 0.0, to_base(vb, qb.unit) or 0.0
        if min(va, vb) <= 0 or max(va, vb) > _MOST_GROWTH * min(va, vb):
            return False
    return (ta < tb) == (va < vb)


def _same_tally(a: Guard, b: Guard) -> bool:
    """Both report one running tally (people killed, cases confirmed), so a later figure may update an earlier."""
    return a.measure is not None and a.measure == b.measure and a.measure in ROLLING_MEASURES


def _told_later(a: Guard, b: Guard) -> bool | None:
    """Of two figures of one running tally placed at one time, whether the text orders them: True when only the
    second is told as an update of an earlier figure ("the toll has risen to three", "now says three people have
    died", "a third man died"), False when only the first is, None when neither or both are (then they stay a
    conflict: two outlets giving different figures for one time disagree)."""
    if not _same_tally(a, b) or a.update == b.update or a.earlier or b.earlier:
        return None
    return b.update


def _revised(pool: _Pool, a: list[int], b: list[int], t: Link) -> bool | None:
    """Of two clusters of one running tally at one time, whether an outlet says one was revised to the other:
    one holds the value a change started from ("raised the number of injured from 30 to 36", "up from the
    thirty announced this afternoon": flag `earlier value`) and the other a figure told as an update. True
    when ``b`` is the later, False when ``a`` is, None when no outlet orders them (then they disagree)."""
    if not _same_tally(pool.guards[t[1]], pool.guards[t[2]]):
        return None
    a_was = any(pool.guards[i].earlier for i in a)
    b_was = any(pool.guards[i].earlier for i in b)
    a_now = any(pool.guards[i].update for i in a)
    b_now = any(pool.guards[i].update for i in b)
    if a_was and b_now and not (b_was or a_now):
        return True
    if b_was and a_now and not (a_was or b_now):
        return False
    return None


class _Clusters:
    """Consistent clusters: a union-find over claim indices whose root is the smallest index (the first id).
    A cluster keeps its distinct values, the places and measures its claims name, and the links that made it;
    two clusters merge only when every value of one can hold with every value of the other and they name no
    two places and no two measures (links chain, and "126 killed in South Africa", "at least 120 killed" and
    "125 killed in Zimbabwe" must not become one fact through the claim that names no place)."""

    def __init__(self, pool: _Pool) -> None:
        self.pool = pool
        self.parent = list(range(len(pool.claims)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(pool.claims))}
        # Per merged cluster (a claim alone reads its own, see below): its distinct values, the places and
        # measures its claims name, where each source speaks in it (one outlet's figures from two sentences are
        # two facts of its own: "six of those cases had no known source", "another six cases were outside
        # California"), and the links that made it.
        self.distinct: dict[int, dict[object, int]] = {}
        self.scope: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
        self.said: dict[int, dict[str, list[int]]] = {}
        self.used: dict[int, list[Link]] = defaultdict(list)

    def _distinct(self, r: int) -> dict[object, int]:
        got = self.distinct.get(r)
        return got if got is not None else {per_value(self.pool.claims[r], self.pool.vkeys[r]): r}

    def scope_of(self, r: int) -> tuple[frozenset[str], frozenset[str]]:
        """The places and measures a cluster's claims name."""
        got = self.scope.get(r)
        if got is None:
            c = self.pool.claims[r]
            g = self.pool.guards[r]
            got = (_one(g.place or g.wide), _one(c.measure))  # (a place by its corpus-wide name)
        return got

    def _said(self, r: int) -> dict[str, list[int]]:
        got = self.said.get(r)
        return got if got is not None else {self.pool.claims[r].source: [r]}

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def _consistent(self, xs: Iterable[int], ys: Iterable[int]) -> bool:
        pool = self.pool
        vid, relations = pool.vid, pool.relations  # pool.relation's memo, read inline: a pair of big clusters
        with_ids = [(y, vid[y]) for y in ys]  # compares every value of one with every value of the other
        for x in xs:
            vx = vid[x] << 32
            for y, vy in with_ids:
                r = relations.get(vx | vy)
                if r is None:
                    r = pool.relation(x, y)
                if r == "disjoint":
                    c, d = pool.claims[x], pool.claims[y]
                    if c.kind not in ("age", "duration") or not grown_apart(c, d, pool.when):
                        return False
                elif r == "incomparable":
                    return False
        return True

    def _restated(self, x: int, y: int) -> bool:
        """Two claims of one source that may be one fact: from one sentence, or the same figure said again of
        the same thing, or of things one of them leaves unnamed (a lead and its paragraph: "eight officers",
        "these eight individuals")."""
        pool = self.pool
        a, b = pool.claims[x], pool.claims[y]
        fa, fb = pool.feats[x], pool.feats[y]
        if a.sentence_start == b.sentence_start:
            # but "a 3.5% offer barely kept pace with inflation of 3.5%" says two things of one value
            return fa.folded is None or fb.folded is None or fa.folded == fb.folded or fa.generic or fb.generic
        same_thing = (
            fa.folded == fb.folded
            or fa.generic
            or fb.generic
            or (a.kind == "date" and (fa.folded is None or fb.folded is None))  # "in 2005" may be any event's
            # "the 2005 quake" and "the 2005 earthquake"
            or (fa.folded is not None and fb.folded is not None and same_meaning(fa.folded, fb.folded, "n"))
        )
        if (
            pool.is_named[x]
            and pool.is_named[y]
            and fa.about is not None
            and fb.about is not None
            and other_party(fa.about, fb.about)
        ):
            # "Luke Farrant ... an 18-month order", "Jayden Pryce ... an 18-month bond": one figure of two people (but
            # one article's "hackers" and "Vesper" are its one party)
            return False
        rel = pool.relation(x, y)
        held = rel == "equal" or (rel == "compatible" and a.kind == "date")  # "Thursday" and "7.40am on Thursday"
        # "another six cases" (added to a total) does not say again "six of those cases" (a part of one)
        # "destroyed 12 vehicles" and "of the 41 vehicles, 12 were destroyed" say one figure of one doing, a part
        # told with its whole or not
        one_part = a.partitive == b.partitive or (
            a.measure is not None and a.measure == b.measure and fa.folded is not None and fa.folded == fb.folded
        )
        return held and same_thing and one_part and (a.inferred == ADDED) == (b.inferred == ADDED)

    def link(self, t: Link) -> None:
        ra, rb = self.find(t[1]), self.find(t[2])
        if ra == rb:
            self.used[ra].append(t)
            return
        (pa, ma), (pb, mb) = self.scope_of(ra), self.scope_of(rb)
        places, measures = pa | pb, ma | mb
        if not one_place(places) or len(measures) > 1:
            return
        sa, sb = self._said(ra), self._said(rb)
        for src, xs in sa.items():
            ys = sb.get(src)
            if ys is not None and not all(self._restated(x, y) for x in xs for y in ys):
                return
        da, db = self._distinct(ra), self._distinct(rb)
        if not self._consistent(da.values(), db.values()):
            return
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        self.parent[gone] = keep
        self.scope[keep] = (places, measures)
        self.scope.pop(gone, None)
        big, small = (sa, sb) if len(sa) >= len(sb) else (sb, sa)
        for src, xs in small.items():
            big.setdefault(src, []).extend(xs)
        self.said[keep] = big
        self.said.pop(gone, None)
        self.distinct[keep] = _merged(da, db)
        self.distinct.pop(gone, None)
        self.members[keep] = _joined(self.members.pop(ra), self.members.pop(rb))
        self.used[keep] = _joined(self.used.pop(ra, []), self.used.pop(rb, []))
        self.used[keep].append(t)


_NONE: frozenset[str] = frozenset()


def _one(x: str | None) -> frozenset[str]:
    return _NONE if x is None else frozenset((x,))


def _merged(a: dict[Any, int], b: dict[Any, int]) -> dict[Any, int]:
    """Two clusters' maps as one, the smaller added to the larger in place, first entry kept: merging stays
    near linear however the clusters grow."""
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    for k, v in small.items():
        big.setdefault(k, v)
    return big


def _joined(a: list[Any], b: list[Any]) -> list[Any]:
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    big.extend(small)
    return big


def _merge_consistent(pool: _Pool, links: list[Link], settings: Settings) -> _Clusters:
    """Consistent links merged strongest first, each at the threshold of its relation."""
    clusters = _Clusters(pool)
    for t in links:
        need = settings.agree_threshold if t[4] == "equal" else settings.compatible_threshold
        if -t[0] >= need:
            clusters.link(t)
    return clusters


_Said = tuple[str, int, str | None, str | None]  # where a figure is said: source, sentence, claimant, verb


@dataclass
class _Conflicts:
    """Conflicts and supersessions between consistent clusters (by their roots)."""

    conflict_of: dict[int, int] = field(default_factory=dict)
    edges: dict[int, list[Link]] = field(default_factory=lambda: defaultdict(list))
    supersedes: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    superseded_by: dict[int, list[Link]] = field(default_factory=lambda: defaultdict(list))
    revised: set[int] = field(default_factory=set)  # the later clusters whose first such link is a told revision
    scope: dict[int, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)  # places, measures
    # per conflict set: each (source, sentence, claimant, verb) of its measures and ages, and the sides it is on
    sentences: dict[int, dict[_Said, set[int]]] = field(default_factory=dict)
    things: dict[int, frozenset[str]] = field(default_factory=dict)  # per conflict set: what its measures are of

    def find(self, x: int) -> int:
        while self.conflict_of.get(x, x) != x:
            x = self.conflict_of[x]
        return x

    def supersede(self, clusters: _Clusters, early: int, late: int, t: Link, revised: bool = False) -> None:
        """The later cluster supersedes the earlier, when the two are of one tally: one place's, one measure's, as
        a conflict is (else nothing). ``revised``: the later one's outlet tells the earlier figure as its own's
        before (revised_from), which the reason then says, when this is the first link it supersedes by."""
        pe, me = clusters.scope_of(early)
        pl, ml = clusters.scope_of(late)
        if not one_place(pe | pl) or len(me | ml) > 1:
            return
        self.supersedes[late].add(early)
        if revised and not self.superseded_by[late]:
            self.revised.add(late)
        self.superseded_by[late].append(t)


def _one_day(x: str | None, y: str | None) -> bool:
    """Two times their sentences give that are one day as far as the text tells: the same time, or a day and an
    hour of it, which the text does not order."""
    if x is None or y is None or len(x) < 10 or len(y) < 10:
        return False
    if x == y:
        return True
    day, hour = (x, y) if len(x) < len(y) else (y, x)
    return len(day) == 10 and "/" not in hour and hour.startswith(day + "T")


def _link_conflicts(
    pool: _Pool,
    clusters: _Clusters,
    clashes: list[Link],
    conflict_floor: float,
    canonical: Callable[[str], str] = str,
) -> _Conflicts:
    """Each clash joins the two clusters' conflict sets, unless the claims are states at different times:
    then the later cluster supersedes the earlier one. A clash under ``conflict_floor`` may only be an update."""
    out = _Conflicts()
    people: dict[int, frozenset[str]] = {}  # each conflict set's (or cluster's) people named, by canonical name

    def named_of(root: int) -> frozenset[str]:
        got = people.get(root)
        if got is None:
            got = people[root] = _people_named(pool, clusters.members[root], canonical)
        return got

    wholes = _wholes_told(pool.claims)
    clashing: list[tuple[Link, int, int, bool]] = []  # (clash, its clusters, whether a side has no time)
    # each claim's state_at once: the clashes and their clusters' members ask for it some 440,000 times of 100,000
    # claims, of 60,000 claims (measured: 0.1 s)
    at = [state_at(c, pool.when) for c in pool.claims]
    # each cluster's first and last times of publication once, and when its figure stood: a big cluster's members
    # were read again for each of its clashes (py-spy: 1.4% of reconciling 100,000 claims); the clusters do not
    # change here
    spans: dict[int, tuple[datetime, datetime] | None] = {}
    stood: dict[int, datetime | None] = {}  # and when each told its figure, for an undated claim of it (_undated_at)

    def published(root: int) -> tuple[datetime, datetime] | None:
        if root not in spans:
            spans[root] = _published(pool, clusters.members[root])
        return spans[root]

    parts = _parts_told(pool.claims)
    counts: dict[int, frozenset[tuple[str | None, float]]] = {}  # each conflict set's (or cluster's) exact counts

    def counts_of(root: int) -> frozenset[tuple[str | None, float]]:
        got = counts.get(root)
        if got is None:
            got = counts[root] = _counts_of(pool, clusters.members[root]) if parts else frozenset()
        return got

    for t in clashes:
        ra, rb = clusters.find(t[1]), clusters.find(t[2])
        if ra == rb:
            continue
        ga_, gb_ = pool.guards[t[1]], pool.guards[t[2]]
        later = revised_from(ga_, gb_) if ga_.changed_from or gb_.changed_from else None
        if later is not None:
            # "combined stocks stood at 49 per cent on Monday, down from 57 per cent": the outlet tells the change
            # itself, so its figure supersedes the other's, whatever days the two are dated; it is never a rival
            out.supersede(clusters, *((ra, rb) if later else (rb, ra)), t, revised=True)
            continue
        ca_, cb_ = pool.claims[t[1]], pool.claims[t[2]]
        ta = at[t[1]] or _undated_at(pool, clusters, ra, ca_, at, stood)
        tb = at[t[2]] or _undated_at(pool, clusters, rb, cb_, at, stood)
        if _unordered(ca_, cb_, ta, tb):
            tb = ta
        # "46.8C on Sunday" in a Monday paper and "47.8C on Sunday" in a Tuesday one: both sentences give the
        # figure's day, the same day, so the later paper does not update the earlier, it disagrees with it; nor
        # does an hour of that day ("72 taken to hospital after the crush at 9.40 p.m. on Saturday") come before
        # or after a figure its sentence gives only the day of ("27 taken to hospital late on Saturday")
        one_day = _one_day(ca_.time, cb_.time)
        # but of one running tally on one day, a figure its sentence tells as a change ("has risen to three", "now
        # says three people have died") came after one told without ("two workers were killed"): the text orders them
        # (only where they would otherwise conflict: a same-day pair under the conflict floor stays apart)
        told = (
            _told_later(pool.guards[t[1]], pool.guards[t[2]])
            if ta is not None and (ta == tb or one_day) and -t[0] >= conflict_floor
            else None
        )
        if told is None and ta is not None and (ta == tb or one_day) and -t[0] >= conflict_floor:
            told = _revised(pool, clusters.members[ra], clusters.members[rb], t)
        if told is not None and falls_back(*((ca_, cb_) if told else (cb_, ca_))):
            told = None  # "has climbed to 39" against "45 dead": a total that only grows did not rise to that
        if (
            ta is not None
            and tb is not None
            and ((ta != tb and not one_day) or told is not None)
            and not _interleaved(published(ra), published(rb))
            and not _slip(pool.guards[t[1]], pool.guards[t[2]])
            and _may_update(ca_, cb_, pool.guards[t[1]], pool.guards[t[2]], -t[0], told)
            and not _long_past(ca_, cb_, ta, tb)
        ):
            a_first = ta < tb if told is None else told
            first, then = (t[1], t[2]) if a_first else (t[2], t[1])
            # (hedged or not: "about 240,000 people" and "420,000 people" are one figure, its two digits swapped)
            swapped = swapped_digits(pool.guards[first].exact, pool.guards[then].exact) or swapped_digits(
                _written(pool.claims[first]), _written(pool.claims[then])
            )
            if falls_back(pool.claims[first], pool.claims[then]):
                if not swapped:
                    continue  # a total that only grows is no update when it falls: not one tally, and no conflict
                # but "63 others were injured" told a day later as "36 others were injured" is the same figure
                # miscopied, two digits swapped: a conflict (below)
            elif not swapped:
                out.supersede(clusters, *((ra, rb) if a_first else (rb, ra)), t)
                continue
            # ("47 injured" on Sunday and "SEVENTY-FOUR injured" on Monday: a later figure that is the earlier one
            # with its two digits swapped is that figure miscopied far more often than a tally that grew to it)
        if -t[0] < conflict_floor:
            continue
        clashing.append((t, ra, rb, ta is None or tb is None))
    for t, ra, rb, untimed in clashing:
        if (
            untimed
            and (ra in out.supersedes.get(rb, ()) or rb in out.supersedes.get(ra, ()))
            and clusters.scope_of(ra)[1] & ROLLING_MEASURES
        ):
            # "63 have now died" (Thursday) and "111 died" (in a paper of no stated day of the toll): two figures of a
            # running tally that two timed reports already order as an update, whatever an untimed report says
            continue
        ca, cb = out.find(ra), out.find(rb)
        if ca == cb:
            out.edges[ca].append(t)
            continue
        sa, sb = out.scope.get(ca) or clusters.scope_of(ca), out.scope.get(cb) or clusters.scope_of(cb)
        places, measures = sa[0] | sb[0], sa[1] | sb[1]
        things_a, things_b = _things_measured(pool, clusters, out, ca), _things_measured(pool, clusters, out, cb)
        if len(measures) > 1 or not (one_place(places) or _one_named_thing(things_a, things_b, canonical)):
            # a conflict is about one fact: it never spans two places, as a cluster never does (but "the 2,241-metre
            # Passo Serrano", told near the village at its foot, and "the Passo Serrano, a 7,264-foot pass", told of
            # its province, measure one named thing, wherever each sentence places the story)
            continue
        if (
            _made(things_a)
            and _made(things_b)
            and all(other_party(x, y) for x in things_a for y in things_b)
        ):
            # "a titanium tank weighing 38 pounds" and "a 2,950-kilogram satellite": clashes that run through a claim
            # that names no thing ("weighing a combined 214 pounds") never make two made things' measures one fact
            # (but a gust's speed and an anemometer's reading may be one)
            continue
        people_a, people_b = named_of(ca), named_of(cb)
        if people_a and people_b and not any(_one_person(x, y) for x in people_a for y in people_b):
            # "Pruitt is 6 feet tall and weighs about 190 pounds. Haskins is 5 feet 9 and about 160 pounds", and
            # "Brandon Keith Sumner, 22" against "Haskins's girlfriend, Tasha Monique Greer, 24": clashes that run
            # through a claim that names no one ("He is 6 feet tall, about 190 pounds") never make two named people's
            # ages or measures one fact
            continue
        counts_a, counts_b = counts_of(ca), counts_of(cb)
        if _part_and_whole(parts, counts_a, counts_b) or _part_and_whole(parts, counts_b, counts_a):
            # "Eight crew were taken" and "The crew of 19", where an outlet tells "eight of its 19 crew members":
            # a part and its whole, never rivals; nor are a part and the rest of its whole ("Two of the six hostages
            # were freed", "All four remaining hostages")
            continue
        said = _sides_said(pool, clusters, out, ca, cb, wholes)
        if said is None:
            # "approximately 300m wide and around 600m long, with a head scarp at about 2,250m": one sentence's
            # measures of one kind on two sides are measures of two things, so no conflict of one fact holds both
            continue
        keep, gone = (ca, cb) if ca < cb else (cb, ca)
        out.scope[keep] = (places, measures)
        out.sentences[keep] = said
        out.things[keep] = things_a | things_b
        out.things.pop(gone, None)
        people[keep] = people_a | people_b
        counts[keep] = counts_a | counts_b
        out.sentences.pop(gone, None)
        out.conflict_of[gone] = keep
        out.edges[keep] = out.edges.pop(ca, []) + out.edges.pop(cb, []) + [t]
    return out


# Kinds whose values one sentence gives of several things ("aged 27 and 31"; "300m wide, with a head scarp at
# 2,250m"; "every ten minutes at peak times and every 20 minutes on Sundays"; "a man who died on July 31 and a
# woman who died late Tuesday"), never of one thing twice (an outlet gives rival counts of one thing: "police said
# 50, organisers 100")
_LISTED_KINDS = frozenset({"measure", "age", "duration", "date"})


def _parts_told(claims: Iterable[Claim]) -> dict[tuple[str | None, float], frozenset[float]]:
    """Each count some sentence tells as a part of a whole it gives ("eight of its 19 crew members"), by its counted
    noun and value, with the wholes so given: ("crew", 8) -> {19}."""
    got: dict[tuple[str | None, float], set[float]] = defaultdict(set)
    for c in claims:
        q = c.value
        if c.kind != "count" or not c.partitive or not isinstance(q, Quantity):
            continue
        if q.value is not None and q.whole is not None:
            got[(c.counted, q.value)].add(q.whole)
    return {k: frozenset(v) for k, v in got.items()}


def _counts_of(pool: _Pool, members: Iterable[int]) -> frozenset[tuple[str | None, float]]:
    """The exact counts these claims give, each with its counted noun."""
    return frozenset(
        (c.counted, c.value.value)
        for c in (pool.claims[i] for i in members)
        if c.kind == "count" and isinstance(c.value, Quantity) and c.value.is_point and c.value.value is not None
    )


def _part_and_whole(
    parts: dict[tuple[str | None, float], frozenset[float]],
    a: frozenset[tuple[str | None, float]],
    b: frozenset[tuple[str | None, float]],
) -> bool:
    """One side counts a part of a whole that the other counts ("eight of its 19 crew members", told anywhere in the
    corpus, makes "Eight crew were taken" and "The crew of 19" a part and its whole), or the rest of that whole
    ("Two of the six hostages were freed": "All four remaining hostages" are the rest)."""
    for n, x in a:
        for w in parts.get((n, x), ()):
            if (n, w) in b or (n, w - x) in b:
                return True
    return False


def _wholes_told(claims: Iterable[Claim]) -> frozenset[tuple[str, int, float]]:
    """Each (source, sentence, whole) of a count told in one sentence as a figure of its own and with parts of it
    ("Six people were hurt, among them two Veltron employees and four firefighters": the six; not the 13 of "11 of
    the 13 counts he faced and nine of the 13 against her", which only the parts tell), read once for all clashes."""
    parts: set[tuple[str, int, float]] = set()
    wholes: set[tuple[str, int, float]] = set()
    for c in claims:
        q = c.value
        if c.kind != "count" or not isinstance(q, Quantity):
            continue
        if c.partitive and q.whole is not None:
            parts.add((c.source, c.sentence_start, q.whole))
        elif not c.partitive and c.derived_from is None and q.is_point and q.value is not None:
            wholes.add((c.source, c.sentence_start, q.value))
    return frozenset(parts & wholes)


def _part_or_whole(c: Claim, wholes: frozenset[tuple[str, int, float]]) -> bool:
    """A count its sentence tells as a part of a whole it gives too, or that whole (see _wholes_told)."""
    q = c.value
    if c.kind != "count" or not isinstance(q, Quantity):
        return False
    whole = q.whole if c.partitive else q.value
    return whole is not None and (c.source, c.sentence_start, whole) in wholes


def _sides_said(
    pool: _Pool,
    clusters: _Clusters,
    out: _Conflicts,
    ca: int,
    cb: int,
    wholes: frozenset[tuple[str, int, float]] = frozenset(),
) -> dict[_Said, set[int]] | None:
    """Where the measures and ages of conflict sets ``ca`` and ``cb`` (each a cluster's root when it is no set yet)
    are said, each (source, sentence, claimant, verb) with the sides it is on; None when one of them would be on
    two sides (but "officials measured the quake at 7.7; the USGS gave a magnitude of 7.8" are two clauses' rival
    values, as two claimants' are). An amount of money is keyed by its outlet alone as well: one outlet's two
    amounts are never rivals in a conflict; and so is a count one sentence tells with its parts, and each part
    (``wholes``, see _wholes_told): a whole and its parts are never rivals, nor two parts of one whole."""
    said: dict[_Said, set[int]] = {}
    for root in (ca, cb):
        got = out.sentences.get(root)
        if got is None:
            got = {}
            for i in clusters.members[root]:
                c = pool.claims[i]
                if (
                    c.kind == "count"
                    and c.partitive
                    and c.restates is None
                    and isinstance(c.value, Quantity)
                    and c.value.whole is None
                ):
                    # "Of the dead, 19 were recovered at the scene ... while four died in hospital": parts of a whole
                    # no figure gives, told side by side, are two parts, never rivals
                    got.setdefault((c.source, c.sentence_start, c.claimant, "parts of one whole"), set()).add(root)
                if c.restates is None and _part_or_whole(c, wholes):
                    # "Six people were hurt, among them two Veltron employees and four firefighters": another
                    # outlet's "two plant workers were hurt" is that part, never a rival of the six
                    got.setdefault((c.source, c.sentence_start, c.claimant, "part of a whole"), set()).add(root)
                if c.kind in _LISTED_KINDS and c.restates is None:  # (a bracket restates its figure)
                    verb = c.predicate.split(" ", 1)[0] if c.predicate else None  # (its clause's verb comes first)
                    if c.kind == "date" and isinstance(c.value, DateValue) and c.value.minute is not None:
                        verb = f"{verb} at"  # "began at 6 a.m. Tuesday": a clock and its day are one time, not two
                    key = (c.source, c.sentence_start, c.claimant, verb)
                    got.setdefault(key, set()).add(root)
                if c.kind == "money" and c.restates is None:
                    # "a £5m package ... on top of the £12 million fund that Vantor has promised": an outlet that
                    # gives both amounts tells two things, whoever it says gave each, in any of its sentences
                    got.setdefault((c.source, -1, None, None), set()).add(root)
        for k, sides in got.items():
            both = said.setdefault(k, set())
            both |= sides
            if len(both) > 1:
                return None
    return said


def _one_named_thing(things_a: frozenset[str], things_b: frozenset[str], canonical: Callable[[str], str]) -> bool:
    """Both sides measure one named thing ("Passo Serrano"), and neither measures anything else named."""
    named_a = {canonical(x) for x in things_a if named(x)}
    named_b = {canonical(x) for x in things_b if named(x)}
    return len(named_a) == 1 and named_a == named_b


def _things_measured(pool: _Pool, clusters: _Clusters, out: _Conflicts, root: int) -> frozenset[str]:
    """What the measures of a conflict set (or of a cluster that is in none yet) are of, where they say (but never
    who says it: "our meteorologist Tom Reyes says the storm packed gusts of 52 mph")."""
    got = out.things.get(root)
    if got is None:
        got = frozenset(
            c.about
            for c in (pool.claims[i] for i in clusters.members[root])
            if c.kind == "measure" and c.about and c.about not in (c.claimant, c.speaker)
        )
    return got


def _people_named(pool: _Pool, members: Iterable[int], canonical: Callable[[str], str]) -> frozenset[str]:
    """Who the ages, heights and weights, and places in an order ("Tanui, who finished second"), of these claims are
    told of by name, each by its canonical name ("Brandon Sumner" and "Brandon Keith Sumner" are one); a description
    ("a 24-year-old woman", "he") names no one. (Other measures are of things whose names a sentence's parse may
    swap: "Jesse Rourke's mount fell near the 600m".)"""
    return frozenset(
        canonical(c.about)
        for c in (pool.claims[i] for i in members)
        if c.about
        and named(c.about)
        and c.about not in (c.claimant, c.speaker)
        and (c.kind == "age" or (c.kind == "measure" and c.counted in _STATURE) or c.counted == RANK)
    )


_STATURE = frozenset({"height", "mass"})  # what a person measures: how tall, how heavy


def _one_person(x: str, y: str) -> bool:
    """Two canonical names that may be one person's: the same, or one's words all the other's ("Doyle" and
    "Mackenzie Doyle", which the name index may keep apart when the corpus has two Doyles)."""
    if x == y:
        return True
    wx, wy = set(x.lower().split()), set(y.lower().split())
    return wx <= wy or wy <= wx


def _made(things: frozenset[str]) -> bool:
    """Whether one of the things a conflict set's measures are of is a made thing ("the tank", "Halcyon-3")."""
    return any(made_thing(t.split()[-1].lower()) for t in things)


def _unordered(a: Claim, b: Claim, ta: datetime | None, tb: datetime | None) -> bool:
    """Two figures of no running tally told on one day, one of them in a paper that gives no time of day ("weekend
    tickets cost £265" at 9.30am, "£256" in that day's print): nothing orders them, so the later is no update."""
    if ta is None or tb is None or ta == tb or ta.date() != tb.date():
        return False
    if a.kind == "date" or a.measure in ROLLING_MEASURES or b.measure in ROLLING_MEASURES:
        # (a toll in a day's print and a live blog's at 6pm: the blog's is likelier the later; and "open until
        # Friday" may be put back to "until Monday" within a day)
        return False
    return ta.time() == _MIDNIGHT or tb.time() == _MIDNIGHT


_MIDNIGHT = time(0)


def _may_update(a: Claim, b: Claim, ga: Guard, gb: Guard, score: float, told: bool | None) -> bool:
    """Whether two figures told at two times may be one figure updated: a running tally ("45 dead", then "52
    dead"; "the toll stands at three", then "at seven"), a date put back, a figure the text tells as a change ("has
    risen to", "now") or that the text orders, or two sentences alike only in part. But "Households face a $550
    fine" on Monday and "face a $5,500 on-the-spot fine" on Wednesday, or jewellery "worth an estimated £2.3
    million" at 11.30 and "£3.2 million" at 4 p.m., told in all but the same words of a figure that is no tally,
    are one figure given two ways; nor are "the 22-metre bell tower" and "the village's 27-metre bell tower", a
    thing's size set before it, which no report updates."""
    if a.kind == "measure" and ga.hyphened and gb.hyphened and ga.about is not None and ga.about == gb.about:
        return False
    return (
        told is not None
        or score < _RETOLD
        or a.kind == "date"
        or bool({a.measure, b.measure} & ROLLING_MEASURES)
        or bool({a.counted, b.counted} & TALLY_NOUNS)  # "The toll stands at three", then "at seven"
        or ga.update
        or gb.update
    )


def _long_past(a: Claim, b: Claim, ta: datetime, tb: datetime) -> bool:
    """Two dates both ended over a year before either report ("the building dates from 1908", "dating from
    1906"): history, which a later report does not update as it puts back a plan's day; two such dates disagree."""
    x, y = a.value, b.value
    if a.kind != "date" or not isinstance(x, DateValue) or not isinstance(y, DateValue):
        return False
    first = min(ta, tb).date()
    return (first - x.end).days > 366 and (first - y.end).days > 366


# A pair scored this high tells one thing in all but the same words (compare.py: the same verb, the same things).
_RETOLD = 90.0


def _written(c: Claim) -> str | None:
    """A figure's digits as written, hedged or not ("about 240,000": ":240000"; compare.written_digits)."""
    return written_digits(c.value) if isinstance(c.value, Quantity) else None


def _slip(a: Guard, b: Guard) -> bool:
    """Two figures that are one copied with a slip: a long figure off by one digit, or one of three digits or more
    with two of them swapped ("157 whales", "175 whales"). However far apart their papers' days, a later figure
    that happens to be an earlier one's slip is no update of it."""
    if digit_twins(a.digits, b.digits):
        return True
    if swapped_digits(a.written, b.written) and written_significant(a.written) >= 3:
        return True  # "an extra $412 a year" and "$421", "K9,800 a vial" and "K8,900": an amount miscopied
    return swapped_digits(a.exact, b.exact) and significant_digits(a.exact or "") >= 3


def _undated_at(
    pool: _Pool,
    clusters: _Clusters,
    root: int,
    c: Claim,
    at: list[datetime | None],
    stood: dict[int, datetime | None],
) -> datetime | None:
    """When a running tally told in an article without a date stood: when the dated outlets of its cluster, which give
    the same figure, told it, if they told it within a day ("About 40 whales have died" in an undated syndicated
    copy, beside "38 were already dead" in Thursday's paper, is Thursday's toll, which Friday's 102 updates). None
    for a dated article's claim, which state_at already placed or left unplaced."""
    if pool.when.get(c.source) is not None or c.measure not in ROLLING_MEASURES:
        return None  # (a state that is no running tally, "runs 17 clinics", is not placed by others' days)
    if root not in stood:  # (per cluster, ``root``: its members' times are read once, into ``stood``)
        stood[root] = _stood(clusters.members[root], at)
    return stood[root]


def _stood(members: list[int], at: list[datetime | None]) -> datetime | None:
    """When a cluster's dated outlets told its figure, if they told it within a day (see _undated_at)."""
    times = [t for i in members if (t := at[i]) is not None]  # (at: each claim's state_at)
    if not times or max(times) - min(times) > _ONE_DAY:
        return None
    return min(times)


_ONE_DAY = timedelta(days=1)


def _interleaved(a: tuple[datetime, datetime] | None, b: tuple[datetime, datetime] | None) -> bool:
    """Two clusters published over times that overlap (``a``, ``b``: each one's first and last time, _published):
    one gives its figure both before and after the other gives its own (31 hospitalised on the 19th and the 22nd, 33
    on the 21st). A later figure then updates nothing: the outlets disagree, or one repeats a stale figure as
    fact."""
    if a is None or b is None:
        return False
    return a[0] < b[0] < a[1] or b[0] < a[0] < b[1]


def _published(pool: _Pool, members: list[int]) -> tuple[datetime, datetime] | None:
    """The first and last times a cluster's exact figures were published (_exact_times), None when none was."""
    times = _exact_times(pool, members)
    return (min(times), max(times)) if times else None


def _exact_times(pool: _Pool, members: list[int]) -> list[datetime]:
    """When a cluster's exact figures were published (a bound, "at least 24", holds any later figure past it, and
    says nothing of when the cluster's figure stood; and "killed seven people on 12 March" dates the deaths, not
    the telling)."""
    out = []
    for i in members:
        v = pool.claims[i].value
        if isinstance(v, Quantity) and v.is_point and not v.approximate:
            t = published_at(pool.claims[i], pool.when)
            if t is not None:
                out.append(t)
    return out


def _by_position(claims: Iterable[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.source, c.start, c.id))


def _groups(
    pool: _Pool,
    clusters: _Clusters,
    conflicts: _Conflicts,
    best_other: list[float],
    explain: Explain,
    canonical: Callable[[str], str],
) -> list[Group]:
    """Each consistent cluster is a group: alone, or as one side of a conflict, so that the outlets that agree
    on one side are said to agree; and each conflict set is a group that names its sides."""
    claims, members, used = pool.claims, clusters.members, clusters.used
    by_conflict: dict[int, list[int]] = defaultdict(list)
    for root in sorted(members):
        by_conflict[conflicts.find(root)].append(root)
    superseded = {e for earlier in conflicts.supersedes.values() for e in earlier}
    side_gid = {r: gid([claims[i].id for i in members[r]]) for r in sorted(superseded)}  # the ones named
    groups: list[Group] = []
    for top, roots in sorted(by_conflict.items()):
        # (a cluster in no conflict, most of them, is all its set holds: its claims are put in order once)
        everyone = _by_position(claims[i] for r in roots for i in members[r])
        conflict_id = gid([c.id for c in everyone]) if len(roots) > 1 else None
        side_ids: list[str] = []
        for r in roots:
            near = max((best_other[i] for i in members[r]), default=0.0)
            sup = tuple(sorted({side_gid[s] for s in conflicts.supersedes.get(r, set())}))
            sup_edges = [explain.edge(t) for t in conflicts.superseded_by.get(r, [])[:1]]
            g = consistent_group(
                everyone if conflict_id is None else _by_position(claims[i] for i in members[r]),
                used.get(r, []),
                near,
                sup,
                sup_edges,
                explain,
                lambda c: state_at(c, pool.when),
                revised=r in conflicts.revised,
            )
            if conflict_id is not None:
                g = replace(g, reason=f"{g.reason}; one side of conflict {conflict_id}")
            side_ids.append(g.id)
            groups.append(g)
        if conflict_id is not None:
            sides = [[claims[i] for i in members[r]] for r in roots]
            group_links = [t for r in roots for t in used.get(r, [])]
            groups.append(
                conflict_group(everyone, sides, conflicts.edges[top], group_links, canonical, explain, side_ids)
            )
    return groups


def reconcile_claims(
    claims: tuple[Claim, ...], articles: tuple[Article, ...], settings: Settings, canonical: Callable[[str], str]
) -> tuple[Group, ...]:
    """Group the non-name claims and give each group its verdict: score the pairs blocking gives, merge the
    consistent ones into clusters, link the clusters that conflict or supersede one another, and write the
    groups with their reasons."""
    given = [c for c in claims if c.kind != "name" and c.value is not None]
    scorer = Scorer(given, canonical)  # in the order given: a sentence's words are counted with its first claim's
    pool = _Pool.of(sorted(given, key=lambda c: c.id), articles, scorer, names_told_once(claims, canonical))
    scored = _score_pairs(pool, scorer, settings, canonical)
    clusters = _merge_consistent(pool, scored.links, settings)
    conflicts = _link_conflicts(pool, clusters, scored.clashes, settings.conflict_threshold, canonical)
    groups = _groups(pool, clusters, conflicts, scored.best_other, Explain(scorer, pool.claims), canonical)
    groups.sort(key=lambda g: (ORDER[g.verdict], g.key, g.claims[0]))
    return tuple(groups)
