"""Stage 3: cluster scored pairs into groups, and decide each group's verdict with its reasons.

Consistent links (equal or overlapping values, score above the threshold) are merged strongest first,
and only while every value in the merged cluster stays compatible with every other: a group never hides
a contradiction. Conflict links (disjoint values, score above the high conflict threshold) then join two
consistent clusters into one conflict group. Present-tense states reported at different times are not a
conflict: the later cluster supersedes the earlier one.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from ..types import Article, Claim, Comparison, Group, Quantity, Verdict
from .blocking import candidate_pairs
from .compare import GENERIC, Score, Scorer, same_claimant
from .lexicon import fold
from .settings import Settings
from .unionfind import UnionFind
from .values import Relation, contains_text, relation

_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}


@dataclass(frozen=True, slots=True)
class _Edge:
    a: Claim
    b: Claim
    key: str
    rel: Relation
    score: Score


class _Clusters(UnionFind):
    """Union-find over claim ids that also keeps each cluster's claims."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        super().__init__()
        self.members: dict[str, list[Claim]] = {}
        self.distinct: dict[str, dict[object, Claim]] = {}  # one claim per distinct value: what consistency needs
        for c in claims:
            self.parent[c.id] = c.id
            self.members[c.id] = [c]
            self.distinct[c.id] = {_value_key(c): c}

    def merge(self, a: str, b: str) -> str:
        keep, gone = self.union(a, b)
        if gone is not None:
            self.members[keep].extend(self.members.pop(gone))
            for k, c in self.distinct.pop(gone).items():
                self.distinct[keep].setdefault(k, c)
        return keep


def _value_key(c: Claim) -> object:
    """Claims with equal keys are interchangeable for consistency (an age also depends on its article's date)."""
    return (c.value, c.source) if c.kind == "age" else c.value


def _state_at(c: Claim, when: dict[str, datetime | None]) -> datetime | None:
    """When a claim describes the state of things "now" (present or perfect tense): its article's time."""
    return when.get(c.source) if c.tense in ("present", "perfect") else None


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
    """Group the non-name claims and give each group its verdict."""
    when = {a.id: a.timestamp for a in articles}
    pool = [c for c in claims if c.kind != "name" and c.value is not None]
    edges: list[_Edge] = []
    best_other: dict[str, float] = defaultdict(float)
    scorer = Scorer(pool, canonical)
    link_floor = min(settings.agree_threshold, settings.compatible_threshold)
    for a, b, key in candidate_pairs(pool, canonical, settings):
        rel = relation(a, b)
        if rel == "incomparable" or _about_different_named_parties(a, b, canonical):
            continue
        shifted_ages = rel == "disjoint" and a.kind == "age" and _ages_years_apart(a, b, when)
        if rel == "disjoint" and not shifted_ages and not _may_conflict(a, b):
            continue  # it can neither join a group nor be a conflict: not worth scoring
        sc = scorer.score(a, b)
        if rel != "disjoint" or shifted_ages:
            if sc.total > best_other[a.id]:
                best_other[a.id] = sc.total
            if sc.total > best_other[b.id]:
                best_other[b.id] = sc.total
            if sc.total < link_floor:
                continue  # below every threshold: kept only as the claims' best other score
        elif sc.total < settings.conflict_threshold:
            continue
        edges.append(_Edge(a, b, key, rel, sc))
    edges.sort(key=lambda e: (-e.score.total, e.a.id, e.b.id))

    cl = _Clusters(pool)
    used: dict[str, list[_Edge]] = defaultdict(list)
    for e in edges:
        if e.rel == "disjoint" and not _ages_years_apart(e.a, e.b, when):
            continue  # disjoint values never join a consistent cluster (ages years apart aside)
        need = settings.agree_threshold if e.rel == "equal" else settings.compatible_threshold
        if e.score.total < need:
            continue
        ra, rb = cl.find(e.a.id), cl.find(e.b.id)
        if ra == rb:
            used[ra].append(e)
            continue
        if not _consistent(list(cl.distinct[ra].values()), list(cl.distinct[rb].values()), when):
            continue
        root = cl.merge(ra, rb)
        used[root] = used.pop(ra, []) + used.pop(rb, []) + [e]

    # Conflicts and supersessions between consistent clusters.
    conflict_of: dict[str, str] = {}
    conflict_edges: dict[str, list[_Edge]] = defaultdict(list)
    supersedes: dict[str, set[str]] = defaultdict(set)
    superseded_by: dict[str, list[_Edge]] = defaultdict(list)

    def cfind(x: str) -> str:
        while conflict_of.get(x, x) != x:
            x = conflict_of[x]
        return x

    for e in edges:
        if e.rel != "disjoint" or e.score.total < settings.conflict_threshold:
            continue
        if not _may_conflict(e.a, e.b):
            continue
        ra, rb = cl.find(e.a.id), cl.find(e.b.id)
        if ra == rb:
            continue
        ta, tb = _state_at(e.a, when), _state_at(e.b, when)
        if ta is not None and tb is not None and ta != tb:
            early, late = (ra, rb) if ta < tb else (rb, ra)
            supersedes[late].add(early)
            superseded_by[late].append(e)
            continue
        ca, cb = cfind(ra), cfind(rb)
        if ca == cb:
            conflict_edges[ca].append(e)
            continue
        keep, gone = (ca, cb) if ca < cb else (cb, ca)
        conflict_of[gone] = keep
        conflict_edges[keep] = conflict_edges.pop(ca, []) + conflict_edges.pop(cb, []) + [e]

    # Build groups: each conflict set, and each remaining cluster.
    by_conflict: dict[str, list[str]] = defaultdict(list)
    for root in sorted(cl.members):
        by_conflict[cfind(root)].append(root)
    group_id_of_cluster: dict[str, str] = {}
    pending: list[tuple[list[str], str]] = []
    for top, roots in sorted(by_conflict.items()):
        pending.append((roots, top))
        gid = _gid([c.id for r in roots for c in cl.members[r]])
        for r in roots:
            group_id_of_cluster[r] = gid
    groups: list[Group] = []
    for roots, top in pending:
        members = sorted((c for r in roots for c in cl.members[r]), key=lambda c: (c.source, c.start, c.id))
        links = [e for r in roots for e in used.get(r, [])]
        if len(roots) > 1:
            groups.append(_conflict_group(roots, cl, conflict_edges[top], links, canonical))
        else:
            sup = tuple(sorted({group_id_of_cluster[s] for s in supersedes.get(roots[0], set())}))
            groups.append(_consistent_group(members, links, best_other, sup, superseded_by.get(roots[0], [])))
    groups.sort(key=lambda g: (_ORDER[g.verdict], g.key, g.claims[0]))
    return tuple(groups)


def _consistent(xs: list[Claim], ys: list[Claim], when: dict[str, datetime | None]) -> bool:
    for x in xs:
        for y in ys:
            r = relation(x, y)
            if r == "disjoint":
                if not _ages_years_apart(x, y, when):
                    return False
            elif r == "incomparable":
                return False
    return True


def _may_conflict(a: Claim, b: Claim) -> bool:
    """Guards on top of the score: what can never be a conflict however alike the claims read."""
    if a.source == b.source and not (a.claimant and b.claimant and a.claimant != b.claimant):
        return False  # one outlet giving two figures is two facts (T2, T4), unless two named claimants give them
    if a.counted in GENERIC or b.counted in GENERIC:
        return False
    if a.inferred and "previous count" in a.inferred or b.inferred and "previous count" in b.inferred:
        return a.partitive and b.partitive  # "All but one" resolved from context may only meet a part
    if a.partitive != b.partitive or a.derived_from and b.derived_from:
        return False
    if _restated_whole(a) or _restated_whole(b):
        return False  # "the 17" of "16 of the 17" is context, not the claim; it may agree, never conflict
    if a.negated != b.negated:
        return False
    if {a.tense, b.tense} == {"past", "present"}:
        return False  # "were examined" and "are being investigated" describe different times
    if not _same_thing(a, b):
        return False  # 212 passengers and a six-carriage train are not one fact however alike the sentences
    if _about_different_parties(a, b):
        return False
    if a.kind in _AMOUNTS and a.entities and b.entities and not set(a.entities) & set(b.entities):
        return False
    return a.kind == b.kind


_AMOUNTS = frozenset({"duration", "money", "percent", "measure"})


def _about_different_parties(a: Claim, b: Claim) -> bool:
    """Amounts about two different parties ("Graham's seven years", "Liam's four years") can never conflict."""
    return a.kind in _AMOUNTS and a.about is not None and b.about is not None and a.about != b.about


def _about_different_named_parties(a: Claim, b: Claim, canonical: Callable[[str], str]) -> bool:
    """Amounts about two differently named parties are not grouped either. A described party ("the council",
    "a man") may be any named one, and one name may contain the other ("City Council")."""
    if a.kind not in _AMOUNTS or not a.about or not b.about:
        return False
    named = a.about[:1].isupper() and b.about[:1].isupper()
    return named and not same_claimant(a.about, b.about, canonical)


def _restated_whole(c: Claim) -> bool:
    return c.derived_from is not None and c.inferred is None


def _same_thing(a: Claim, b: Claim) -> bool:
    """Both count the same thing: the same counted noun after folding synonyms, or one's noun named in the
    other's predicate ("three of the deaths" and "the deaths of three of the men")."""
    if a.counted is None or b.counted is None:
        return True
    fa, fb = fold(a.counted), fold(b.counted)
    if fa == fb:
        return True
    return fa in _folded_words(b.predicate or "") or fb in _folded_words(a.predicate or "")


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


def _link_text(e: _Edge) -> str:
    pa, pb = e.a.predicate or "-", e.b.predicate or "-"
    extra = f"; {'; '.join(e.score.notes)}" if e.score.notes else ""
    return f"'{pa}' ~ '{pb}' (score {e.score.total:g}{extra})"


MAX_COMPARISONS = 50  # per group in the ledger: the strongest links; a group of thousands lists no more


def _comparisons(links: list[_Edge]) -> tuple[Comparison, ...]:
    out = []
    strongest = sorted(links, key=lambda e: (-e.score.total, e.a.id, e.b.id))[:MAX_COMPARISONS]
    for e in sorted(strongest, key=lambda e: (e.a.id, e.b.id)):
        s = e.score
        detail = (
            f"{e.rel}; key {e.key}; predicate {round(s.predicate, 1):g}, modifiers {round(s.modifiers, 1):g}, "
            f"entities {round(s.entities, 1):g}, sentence {round(s.sentence, 1):g}"
        )
        if s.notes:
            detail += "; " + "; ".join(s.notes)
        out.append(Comparison(e.a.id, e.b.id, s.total, detail))
    return tuple(out)


def _consistent_group(
    members: list[Claim], links: list[_Edge], best_other: dict[str, float], sup: tuple[str, ...], sup_edges: list[_Edge]
) -> Group:
    sources = tuple(sorted({c.source for c in members}))
    kind = members[0].kind
    key = f"{kind}:{members[0].counted or members[0].about or members[0].predicate or ''}"
    verdict: Verdict
    if len(sources) == 1:
        verdict = "single"
        near = max((best_other.get(c.id, 0.0) for c in members), default=0.0)
        confidence = round(1.0 - near / 100.0, 2)
        reason = f"{_about(members)}; only {sources[0].split('_')[0]} states it: {_values(members)}"
        if near:
            reason += f" (the closest claim of another source with a consistent value scored {near:g})"
    else:
        values = list({_value_key(c): c for c in members}.values())
        rels = {relation(a, b) for a in values for b in values if a.id < b.id}
        strongest = max(links, key=lambda e: (e.score.total, e.a.id)) if links else None
        confidence = round(sum(e.score.total for e in links) / len(links) / 100.0, 2) if links else 0.5
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
        reason = f"{_about(members)}; " + (_link_text(strongest) + "; " if strongest else "")
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
        comparisons=_comparisons(links),
        finding="supersedes" if sup else None,
        supersedes=sup,
    )


def _conflict_group(
    roots: list[str], cl: _Clusters, cedges: list[_Edge], links: list[_Edge], canonical: Callable[[str], str]
) -> Group:
    members = sorted((c for r in roots for c in cl.members[r]), key=lambda c: (c.source, c.start, c.id))
    sources = tuple(sorted({c.source for c in members}))
    best = max(cedges, key=lambda e: (e.score.total, e.a.id))
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
    confidence = best.score.total / 100.0 * (0.8 if hedged else 1.0) * (0.9 if finding else 1.0)
    sides = " vs ".join(
        f"{', '.join(sorted({c.value_text() for c in cl.members[r]}))} "
        f"({', '.join(sorted({c.source.split('_')[0] for c in cl.members[r]}))})"
        for r in roots
    )
    reason = (
        f"{_about(members)}; {_link_text(best)}; values {sides}: they cannot both hold"
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
        comparisons=_comparisons(cedges + links),
        finding=finding,
    )
