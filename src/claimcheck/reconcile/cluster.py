"""Stage 3: cluster scored pairs into groups, and decide each group's verdict with its reasons.

Consistent links (equal or overlapping values, score above the threshold) are merged strongest first,
and only while every value in the merged cluster stays compatible with every other: a group never hides
a contradiction. Conflict links (disjoint values, score above the high conflict threshold) then join two
consistent clusters into one conflict group. Present-tense states reported at different times are not a
conflict: the later cluster supersedes the earlier one.
"""

from __future__ import annotations

import hashlib
import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from functools import lru_cache

from ..types import Article, Claim, Comparison, Group, Quantity, Verdict
from .blocking import candidate_index_pairs
from .compare import GENERIC, Score, Scorer, same_claimant
from .lexicon import fold
from .related import same_meaning
from .settings import Settings
from .values import Relation, ValueKey, contains_text, relation, relation_of, value_key

_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}


@dataclass(frozen=True, slots=True)
class _Edge:
    """A scored pair kept for a group's reasons; its score's parts and notes are worked out on demand."""

    a: Claim
    b: Claim
    key: str
    rel: Relation
    total: float


_Link = tuple[float, int, int, str, Relation]  # (-score, i, j, key, relation): sorts strongest first, then by ids


class _Explain:
    """Links as edges and scores with their parts and notes, for the few pairs a group shows (each once)."""

    def __init__(self, scorer: Scorer, pool: list[Claim]) -> None:
        self.scorer = scorer
        self.pool = pool
        self.done: dict[tuple[str, str], Score] = {}

    def edge(self, t: _Link) -> _Edge:
        return _Edge(self.pool[t[1]], self.pool[t[2]], t[3], t[4], -t[0])

    def __call__(self, e: _Edge) -> Score:
        got = self.done.get((e.a.id, e.b.id))
        if got is None:
            got = self.done[(e.a.id, e.b.id)] = self.scorer.score(e.a, e.b)
        return got


def _per_value(c: Claim, value: object) -> object:
    """A key for one distinct value of a group (``c.value``, or its ``value_key`` where only the relation
    matters); an age also by its article, whose date it depends on."""
    return (value, c.source) if c.kind == "age" else value


# Running totals: a count of people killed, injured or infected reported at two times is an update, not a
# contradiction, whatever the tense ("killed at least seven" on Wednesday, "killed eight" on Thursday).
ROLLING_MEASURES = frozenset(
    "killed injured missing stranded hospitalised critical arrested charged evacuated displaced rescued infected"
    " vaccinated unvaccinated kidnapped destroyed damaged".split()
)


def _state_at(c: Claim, when: dict[str, datetime | None]) -> datetime | None:
    """When a claim describes the state of things at a time: the day its sentence gives a running total
    ("the toll stood at 24 on Saturday"), else its article's time for a present or perfect state or a
    running total."""
    rolling = c.measure in ROLLING_MEASURES
    if rolling and c.time is not None and len(c.time) >= 10 and c.time[4] == "-" and c.time[7] == "-":
        try:
            return datetime.fromisoformat(c.time[:10])
        except ValueError:
            pass
    return when.get(c.source) if c.tense in ("present", "perfect") or rolling else None


def _other_identity(a: _Guard, b: _Guard, ya: tuple[int, int] | None, yb: tuple[int, int] | None) -> bool:
    """Two figures that say what they count, and say different things: people killed and people injured,
    deaths in Zimbabwe and deaths in Mozambique, a crash's toll in 1943 and this week's (``ya``, ``yb``: the
    years each belongs to, see _era). They never join one group, and never conflict."""
    if a.measure is not None and b.measure is not None and a.measure != b.measure:
        return True
    if (a.measure is None) != (b.measure is None):
        # "seven cars" and "seven people killed": one says what happened, the other counts something else
        plain, other = (a, b) if a.measure is None else (b, a)
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
    if a.kind == "age":
        return False  # one person's age given in two years: compared as ages, below
    return ya is not None and yb is not None and (ya[1] < yb[0] or yb[1] < ya[0])


def _eras(articles: tuple[Article, ...]) -> dict[str, int | None]:
    """Each article's year; an undated article is taken to be of the year most of the corpus is dated (the
    corpus covers one story), the earliest such year on a tie."""
    years = Counter(a.date.year for a in articles if a.date is not None)
    common = min(years, key=lambda y: (-years[y], y)) if years else None
    return {a.id: a.date.year if a.date is not None else common for a in articles}


def _era(c: Claim, era: dict[str, int | None]) -> tuple[int, int] | None:
    """The years a figure belongs to: those its sentence dates it to ("in 1943 ... 79 people were killed",
    "in the past 12 months"), else its article's year."""
    if c.kind != "date" and c.time is not None and c.time[:4].isdigit():
        last = c.time.rsplit("/", 1)[-1]
        return int(c.time[:4]), int(last[:4]) if last[:4].isdigit() else int(c.time[:4])
    y = era.get(c.source)
    return (y, y) if y is not None else None


def _ages_years_apart(a: Claim, b: Claim, when: dict[str, datetime | None]) -> bool:
    """Two ages of one person that differ by no more than the years between the two articles (plus one,
    for a birthday in between): both can hold."""
    ta, tb = when.get(a.source), when.get(b.source)
    va, vb = a.value, b.value
    if a.kind != "age" or ta is None or tb is None or not isinstance(va, Quantity) or not isinstance(vb, Quantity):
        return False
    if va.value is None or vb.value is None:
        return False
    return abs(float(va.value) - float(vb.value)) <= abs((ta - tb).days) / 365.25 + 1


def reconcile_claims(
    claims: tuple[Claim, ...], articles: tuple[Article, ...], settings: Settings, canonical: Callable[[str], str]
) -> tuple[Group, ...]:
    """Group the non-name claims and give each group its verdict.

    Claims are handled by their index in id order, so that the hot loop over candidate pairs works on
    integers and per-claim parts computed once (value keys, score features)."""
    when = {a.id: a.timestamp for a in articles}
    era = _eras(articles)
    given = [c for c in claims if c.kind != "name" and c.value is not None]
    scorer = Scorer(given, canonical)  # in the order given: a sentence's words are counted with its first claim's
    pool = sorted(given, key=lambda c: c.id)
    feats = [scorer.features(c) for c in pool]
    vkeys = [value_key(c.value) for c in pool]
    value_ids: dict[ValueKey | None, int] = {}
    vid = [value_ids.setdefault(k, len(value_ids)) for k in vkeys]  # a story repeats its values: memoise
    relations: dict[int, Relation] = {}
    named_amount = [c.kind in _AMOUNTS and _named(c.about) for c in pool]
    named = [_named(c.about) for c in pool]
    guards = [_guard(c) for c in pool]
    years = [_era(c, era) for c in pool]
    best_other = [0.0] * len(pool)
    link_floor = min(settings.agree_threshold, settings.compatible_threshold)
    conflict_floor = settings.conflict_threshold
    links: list[_Link] = []  # pairs whose values can hold together, scored high enough to join a group
    clashes: list[_Link] = []  # pairs whose values cannot, scored high enough to be a conflict, past the guards
    for i, j, key in candidate_index_pairs(pool, canonical, settings):
        pair = vid[i] << 32 | vid[j]
        rel = relations.get(pair)
        if rel is None:
            if len(relations) >= 1 << 20:
                relations.clear()
            rel = relations[pair] = relation_of(vkeys[i], vkeys[j])
        if rel == "incomparable":
            continue
        a, b = pool[i], pool[j]
        if named_amount[i] and named[j] and _about_different_named_parties(a, b, canonical):
            continue
        if _other_identity(guards[i], guards[j], years[i], years[j]):
            continue
        shifted_ages = may = False
        if rel == "disjoint":
            shifted_ages = a.kind == "age" and _ages_years_apart(a, b, when)
            may = _guards_allow(guards[i], guards[j])
            if not shifted_ages and not may:
                continue  # it can neither join a group nor be a conflict: not worth scoring
        total = scorer.parts(a, b, feats[i], feats[j])[0]
        if rel != "disjoint" or shifted_ages:
            if total > best_other[i]:
                best_other[i] = total
            if total > best_other[j]:
                best_other[j] = total
            if total < link_floor:
                continue  # below every threshold: kept only as the claims' best other score
            links.append((-total, i, j, key, rel))
        if may and total >= conflict_floor:
            clashes.append((-total, i, j, key, rel))
    links.sort()
    clashes.sort()

    # Consistent clusters: a union-find over claim indices whose root is the smallest index (the first id).
    parent = list(range(len(pool)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(pool))}
    distinct: dict[int, dict[object, int]] = {i: {_per_value(c, vkeys[i]): i} for i, c in enumerate(pool)}
    # What a cluster is about, where its claims say: links chain, and "126 killed in South Africa", "at least
    # 120 killed" and "125 killed in Zimbabwe" must not become one fact through the claim that names no place.
    scope: dict[int, tuple[frozenset[str], frozenset[str]]] = {
        i: (frozenset(() if c.place is None else (c.place,)), frozenset(() if c.measure is None else (c.measure,)))
        for i, c in enumerate(pool)
    }

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def consistent(xs: Iterable[int], ys: Iterable[int]) -> bool:
        ys = list(ys)
        for x in xs:
            for y in ys:
                pair = vid[x] << 32 | vid[y]
                r = relations.get(pair)
                if r is None:
                    if len(relations) >= 1 << 20:
                        relations.clear()
                    r = relations[pair] = relation_of(vkeys[x], vkeys[y])
                if r == "disjoint":
                    if pool[x].kind != "age" or not _ages_years_apart(pool[x], pool[y], when):
                        return False
                elif r == "incomparable":
                    return False
        return True

    used: dict[int, list[_Link]] = defaultdict(list)
    for t in links:
        need = settings.agree_threshold if t[4] == "equal" else settings.compatible_threshold
        if -t[0] < need:
            continue
        ra, rb = find(t[1]), find(t[2])
        if ra == rb:
            used[ra].append(t)
            continue
        places, measures = scope[ra][0] | scope[rb][0], scope[ra][1] | scope[rb][1]
        if len(places) > 1 or len(measures) > 1:
            continue
        if not consistent(distinct[ra].values(), distinct[rb].values()):
            continue
        keep, gone = (ra, rb) if ra < rb else (rb, ra)
        parent[gone] = keep
        scope[keep] = (places, measures)
        members[keep].extend(members.pop(gone))
        for k, x in distinct.pop(gone).items():
            distinct[keep].setdefault(k, x)
        used[keep] = used.pop(ra, []) + used.pop(rb, []) + [t]

    # Conflicts and supersessions between consistent clusters.
    conflict_of: dict[int, int] = {}
    conflict_edges: dict[int, list[_Link]] = defaultdict(list)
    supersedes: dict[int, set[int]] = defaultdict(set)
    superseded_by: dict[int, list[_Link]] = defaultdict(list)

    def cfind(x: int) -> int:
        while conflict_of.get(x, x) != x:
            x = conflict_of[x]
        return x

    for t in clashes:
        ra, rb = find(t[1]), find(t[2])
        if ra == rb:
            continue
        ta, tb = _state_at(pool[t[1]], when), _state_at(pool[t[2]], when)
        if ta is not None and tb is not None and ta != tb:
            early, late = (ra, rb) if ta < tb else (rb, ra)
            supersedes[late].add(early)
            superseded_by[late].append(t)
            continue
        ca, cb = cfind(ra), cfind(rb)
        if ca == cb:
            conflict_edges[ca].append(t)
            continue
        keep, gone = (ca, cb) if ca < cb else (cb, ca)
        conflict_of[gone] = keep
        conflict_edges[keep] = conflict_edges.pop(ca, []) + conflict_edges.pop(cb, []) + [t]

    # Build groups: each conflict set, and each remaining cluster.
    explain = _Explain(scorer, pool)
    by_conflict: dict[int, list[int]] = defaultdict(list)
    for root in sorted(members):
        by_conflict[cfind(root)].append(root)
    side_gid = {r: _gid([pool[i].id for i in members[r]]) for r in members}  # each cluster's own group
    pending = [(roots, top) for top, roots in sorted(by_conflict.items())]
    groups: list[Group] = []
    for roots, top in pending:
        group = sorted((pool[i] for r in roots for i in members[r]), key=lambda c: (c.source, c.start, c.id))
        group_links = [t for r in roots for t in used.get(r, [])]
        # Each consistent cluster is a group: alone, or as one side of a conflict, so that the outlets that
        # agree on one side are said to agree, and the conflict names its sides.
        side_ids: list[str] = []
        conflict_id = _gid([c.id for c in group]) if len(roots) > 1 else None
        for r in roots:
            side = sorted((pool[i] for i in members[r]), key=lambda c: (c.source, c.start, c.id))
            near = max((best_other[i] for i in members[r]), default=0.0)
            sup = tuple(sorted({side_gid[s] for s in supersedes.get(r, set())}))
            sup_edges = [explain.edge(t) for t in superseded_by.get(r, [])[:1]]
            g = _consistent_group(side, used.get(r, []), near, sup, sup_edges, explain)
            if conflict_id is not None:
                g = replace(g, reason=f"{g.reason}; one side of conflict {conflict_id}")
            side_ids.append(g.id)
            groups.append(g)
        if len(roots) > 1:
            clusters = [[pool[i] for i in members[r]] for r in roots]
            groups.append(
                _conflict_group(group, clusters, conflict_edges[top], group_links, canonical, explain, side_ids)
            )
    groups.sort(key=lambda g: (_ORDER[g.verdict], g.key, g.claims[0]))
    return tuple(groups)


@dataclass(frozen=True, slots=True)
class _Guard:
    """What the conflict guards read of one claim, computed once per claim."""

    kind: str
    source: str
    claimant: str | None
    generic: bool
    previous: bool  # its value was resolved from a previous count ("All but one")
    partitive: bool
    derived: bool
    restated: bool  # "the 17" of "16 of the 17"
    negated: bool
    tense: str
    counted: str | None  # folded
    words: frozenset[str]  # its predicate's words, folded
    amount: bool
    about: str | None
    entities: frozenset[str]
    measure: str | None
    place: str | None


def _guard(c: Claim) -> _Guard:
    return _Guard(
        kind=c.kind,
        source=c.source,
        claimant=c.claimant,
        generic=c.counted in GENERIC,
        previous=bool(c.inferred and ("previous count" in c.inferred or "article's date" in c.inferred)),
        partitive=c.partitive,
        derived=bool(c.derived_from),
        restated=_restated_whole(c),
        negated=c.negated,
        tense=c.tense,
        counted=fold(c.counted) if c.counted is not None else None,
        words=_folded_words(c.predicate or ""),
        amount=c.kind in _AMOUNTS,
        about=c.about,
        entities=frozenset(c.entities),
        measure=c.measure,
        place=c.place,
    )


def _guards_allow(a: _Guard, b: _Guard) -> bool:
    """Guards on top of the score: what can never be a conflict however alike the claims read."""
    if a.source == b.source and not (a.claimant and b.claimant and a.claimant != b.claimant):
        return False  # one outlet giving two figures is two facts (T2, T4), unless two named claimants give them
    measured = a.measure is not None and a.measure == b.measure
    if (a.generic or b.generic) and not measured:
        return False  # "eight people" says nothing of which people; "eight people killed" does
    if a.place != b.place and (a.kind in _SCOPED or (a.place is not None and b.place is not None)):
        # deaths in one district are not deaths in the whole province; but a quake's magnitude or a train's
        # speed is one event's, wherever one outlet says it happened
        return False
    if a.previous or b.previous:
        return a.partitive and b.partitive  # "All but one" resolved from context may only meet a part
    if a.partitive != b.partitive or a.derived and b.derived:
        return False
    if a.restated or b.restated:
        return False  # "the 17" of "16 of the 17" is context, not the claim; it may agree, never conflict
    if a.negated != b.negated:
        return False
    if {a.tense, b.tense} == {"past", "present"} and not (a.measure in ROLLING_MEASURES and a.measure == b.measure):
        # "were examined" and "are being investigated" describe different times; but "six were critically
        # injured" and "eight are in critical condition" are one running tally, placed in time by _state_at
        return False
    if not _same_thing(a, b):
        return False  # 212 passengers and a six-carriage train are not one fact however alike the sentences
    if a.amount and a.about is not None and b.about is not None and a.about != b.about:
        return False  # amounts about two different parties ("Graham's seven years", "Liam's four years")
    if a.amount and a.entities and b.entities and a.entities.isdisjoint(b.entities):
        return False
    return a.kind == b.kind


_AMOUNTS = frozenset({"duration", "money", "percent", "measure"})
_SCOPED = frozenset({"count", "money", "percent"})  # kinds whose figure is a total over a place


def _about_different_named_parties(a: Claim, b: Claim, canonical: Callable[[str], str]) -> bool:
    """Amounts about two differently named parties are not grouped either. A described party ("the council",
    "a man") may be any named one, and one name may contain the other ("City Council")."""
    if a.kind not in _AMOUNTS or a.about is None or b.about is None:
        return False
    return _named(a.about) and _named(b.about) and not same_claimant(a.about, b.about, canonical)


def _named(party: str | None) -> bool:
    """A party given by a name ("Graham", "Eastfield Council"), not described ("the council", "a man")."""
    return party is not None and party[:1].isupper()


def _restated_whole(c: Claim) -> bool:
    return c.derived_from is not None and c.inferred is None


def _same_thing(a: _Guard, b: _Guard) -> bool:
    """Both count the same thing: the same counted noun after folding synonyms, or one's noun named in the
    other's predicate ("three of the deaths" and "the deaths of three of the men")."""
    if a.measure is not None and b.measure is not None:
        return a.measure == b.measure  # "61 bodies" and "the death toll of 60" count the same dead
    if a.counted is None or b.counted is None:
        return True
    if a.counted == b.counted or a.counted in b.words or b.counted in a.words:
        return True
    return same_meaning(a.counted, b.counted, "n")  # "boats" and "vessels" (WordNet, related.py)


@lru_cache(maxsize=1 << 16)
def _folded_words(predicate: str) -> frozenset[str]:
    return frozenset(fold(w) for w in predicate.split())


def _gid(claim_ids: list[str]) -> str:
    h = hashlib.sha1("\n".join(sorted(claim_ids)).encode("utf-8")).hexdigest()
    return f"G{h[:10]}"


def _values(members: list[Claim]) -> str:
    by_val: dict[str, list[str]] = defaultdict(list)
    for c in members:
        by_val[c.value_text()].append(c.source.split("_")[0])
    return "; ".join(f"{v} ({', '.join(sorted(set(s)))})" for v, s in sorted(by_val.items()))


def _about(members: list[Claim]) -> str:
    c = members[0]
    if c.kind == "age":
        return f"age of {c.about}"
    if c.kind == "date":
        return f"date of '{c.predicate or '?'}'"
    mods = " ".join(c.modifiers)
    unit = f" ({c.value.unit})" if isinstance(c.value, Quantity) and c.value.unit else ""
    return f"counted noun '{c.counted}'" + (f" [{mods}]" if mods else "") + unit


def _link_text(e: _Edge, explain: _Explain) -> str:
    pa, pb = e.a.predicate or "-", e.b.predicate or "-"
    notes = explain(e).notes
    extra = f"; {'; '.join(notes)}" if notes else ""
    return f"'{pa}' ~ '{pb}' (score {e.total:g}{extra})"


MAX_COMPARISONS = 50  # per group in the ledger: the strongest links; a group of thousands lists no more


def _comparisons(links: list[_Link], explain: _Explain) -> tuple[Comparison, ...]:
    out = []
    strongest = heapq.nsmallest(MAX_COMPARISONS, links)  # by score, then ids (indices are in id order)
    for t in sorted(strongest, key=lambda t: (t[1], t[2])):
        e = explain.edge(t)
        s = explain(e)
        detail = (
            f"{e.rel}; key {e.key}; predicate {round(s.predicate, 1):g}, modifiers {round(s.modifiers, 1):g}, "
            f"entities {round(s.entities, 1):g}, sentence {round(s.sentence, 1):g}"
        )
        if s.notes:
            detail += "; " + "; ".join(s.notes)
        out.append(Comparison(e.a.id, e.b.id, s.total, detail))
    return tuple(out)


def _consistent_group(
    members: list[Claim],
    links: list[_Link],
    near: float,
    sup: tuple[str, ...],
    sup_edges: list[_Edge],
    explain: _Explain,
) -> Group:
    """A consistent cluster; ``near`` is the best score its claims had against a consistent claim of another
    cluster (what a single-source claim came closest to)."""
    sources = tuple(sorted({c.source for c in members}))
    kind = members[0].kind
    key = f"{kind}:{members[0].counted or members[0].about or members[0].predicate or ''}"
    verdict: Verdict
    if len(sources) == 1:
        verdict = "single"
        confidence = round(1.0 - near / 100.0, 2)
        reason = f"{_about(members)}; only {sources[0].split('_')[0]} states it: {_values(members)}"
        if near:
            reason += f" (the closest claim of another source with a consistent value scored {near:g})"
    else:
        values = list({_per_value(c, c.value): c for c in members}.values())
        rels = {relation(a, b) for a in values for b in values if a.id < b.id}
        strongest = explain.edge(max(links, key=lambda t: (-t[0], t[1]))) if links else None
        confidence = round(sum(-t[0] for t in links) / len(links) / 100.0, 2) if links else 0.5
        if rels <= {"equal"}:
            verdict = "agree"
            why = "the same value"
        else:
            verdict = "compatible"
            pair = next(
                ((a, b) for a in values for b in values if a.id < b.id and relation(a, b) == "compatible"), None
            )
            why = contains_text(*pair) if pair else "the values overlap"
            if "disjoint" in rels:
                why = "ages given years apart differ by no more than the years between the articles"
        reason = f"{_about(members)}; " + (_link_text(strongest, explain) + "; " if strongest else "")
        reason += f"values {_values(members)}: {why}"
    if sup:
        e = sup_edges[0] if sup_edges else None
        reason += f"; supersedes {', '.join(sup)}: a later report of the same state"
        if e is not None:
            reason += f" ({e.a.value_text()} vs {e.b.value_text()}, reported at different times)"
    return Group(
        id=_gid([c.id for c in members]),
        kind=kind,
        key=key,
        verdict=verdict,
        claims=tuple(c.id for c in members),
        sources=sources,
        reason=reason,
        confidence=max(0.0, min(1.0, confidence)),
        comparisons=_comparisons(links, explain),
        finding="supersedes" if sup else None,
        supersedes=sup,
    )


def _conflict_group(
    members: list[Claim],
    clusters: list[list[Claim]],
    cedges: list[_Link],
    links: list[_Link],
    canonical: Callable[[str], str],
    explain: _Explain,
    side_ids: list[str],
) -> Group:
    sources = tuple(sorted({c.source for c in members}))
    best = explain.edge(max(cedges, key=lambda t: (-t[0], t[1])))
    a, b = best.a, best.b
    finding = None
    who = ""
    if a.claimant and b.claimant and not same_claimant(a.claimant, b.claimant, canonical):
        finding = "claimants"
        who = (
            f"; two claimants disagree, not the outlets: {a.claimant} says {a.value_text()}, "
            f"{b.claimant} says {b.value_text()}"
        )
    hedged = a.hedges or b.hedges
    confidence = best.total / 100.0 * (0.8 if hedged else 1.0) * (0.9 if finding else 1.0)
    sides = " vs ".join(
        f"{', '.join(sorted({c.value_text() for c in cluster}))} "
        f"({', '.join(sorted({c.source.split('_')[0] for c in cluster}))})"
        for cluster in clusters
    )
    reason = (
        f"{_about(members)}; {_link_text(best, explain)}; values {sides}: they cannot both hold"
        + who
        + ("; hedged: " + ", ".join(sorted(set(a.hedges + b.hedges))) if hedged else "")
    )
    return Group(
        id=_gid([c.id for c in members]),
        kind=members[0].kind,
        key=f"{members[0].kind}:{members[0].counted or members[0].about or members[0].predicate or ''}",
        verdict="conflict",
        claims=tuple(c.id for c in members),
        sources=sources,
        reason=reason,
        confidence=round(confidence, 2),
        comparisons=_comparisons(cedges + links, explain),
        finding=finding,
        sides=tuple(side_ids),
    )
