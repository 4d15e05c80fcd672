"""Reconciliation cut into pieces that run apart, with the one-process result, byte for byte.

``claimcheck.reconcile.reconcile`` runs four stages in one process (ARCHITECTURE.md): names, blocking and
scoring, consistent clustering, conflict linking. Here they are cut where they can be cut exactly:

1. **Names** (``cluster_names``) run once, in the caller: they are few, and every later stage reads them.
2. **Blocks, scored** (``score_part``): the blocking keys, sorted, are cut into ``parts`` contiguous ranges,
   and each part generates the candidate pairs of its blocks and scores them, as ``_score_pairs`` does. A pair
   that meets on keys of two parts is scored in both (about 1.13 times the pairs for 2 parts, 1.17 for 8, on the
   benchmark's 100,000 claims); ``merge_scored`` keeps it once, with the first key it met on, as blocking does.
3. **Components** (``component_batches``): the pairs that scored high enough to link or clash are the edges of
   a graph; clustering never crosses from one connected component to another, so each component is clustered
   on its own, and components are packed into batches of about equal size.
4. **Clusters** (``cluster_batch``): each batch's claims are merged strongest link first, their conflicts
   linked and their groups written with the one-process code.

Every part needs every claim's features (the scorer's word weights count the whole corpus), so each worker
builds the whole pool once (``context_of``, kept per worker by token) and reads only its part's pairs: the
per-claim work is repeated on each worker, the per-pair work is divided among them.

The functions take and return plain data (claims, indices, tuples), so any engine can run them: Dask in
``engines.dask``, or ``map`` in tests.
"""

from __future__ import annotations

import gc
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..reconcile import Reconciliation, Settings
from ..types import Article, Claim, Group

if TYPE_CHECKING:
    from ..reconcile.cluster import _Pool
    from ..reconcile.compare import Scorer
    from ..reconcile.entities import NameIndex
    from ..reconcile.verdict import Link

BATCHES_A_PART = 4
Mapper = Callable[[Callable[..., Any], list[Any], "Shared"], list[Any]]


@dataclass(frozen=True)
class Shared:
    """What every worker needs, shipped to each once: the claims in the caller's order (the scorer counts a
    sentence's words with its first claim's), the articles, the settings and the caller's names."""

    claims: tuple[Claim, ...]
    articles: tuple[Article, ...]
    settings: Settings
    names: NameIndex
    token: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass
class Context:
    """A worker's whole pool, built once from ``Shared``: the scorer, the claims in id order with their
    features, and the blocks (key -> claim indices in value order), as ``candidate_index_pairs`` makes them."""

    scorer: Scorer
    pool: _Pool
    blocks: dict[str, list[int]]
    keys: list[str]  # the blocks' keys, sorted


_CONTEXT: dict[str, Context] = {}


def context_of(shared: Shared) -> Context:
    """The worker's context for ``shared``, built on its first task and kept for the next ones (only the
    latest: a worker of a long-lived cluster does not keep every run's pool)."""
    got = _CONTEXT.get(shared.token)
    if got is None:
        _CONTEXT.clear()
        got = _CONTEXT[shared.token] = _build(shared)
    return got


def _build(shared: Shared) -> Context:
    from ..reconcile.blocking import build_blocks
    from ..reconcile.cluster import _Pool
    from ..reconcile.compare import Scorer

    canonical = shared.names.canonical
    given = [c for c in shared.claims if c.kind != "name" and c.value is not None]
    scorer = Scorer(given, canonical)  # in the order given, as reconcile_claims builds it
    pool = _Pool.of(sorted(given, key=lambda c: c.id), shared.articles, scorer)
    claims = pool.claims
    blocks = build_blocks(claims, canonical)
    return Context(scorer, pool, blocks, sorted(blocks))


def _weight(n: int, settings: Settings) -> int:
    """About how many pairs a block of ``n`` claims gives: all of them when small, a window each when large."""
    return n * (n - 1) // 2 if n <= settings.max_block else n * settings.window


def key_range(ctx: Context, settings: Settings, part: int, parts: int) -> tuple[int, int]:
    """The ``part``-th of ``parts`` contiguous ranges of the sorted keys, of about equal pair counts.
    Every worker computes the same ranges from the same pool."""
    weights = [_weight(len(ctx.blocks[k]), settings) for k in ctx.keys]
    total = sum(weights) or 1
    bounds = [0]
    acc = 0
    for idx, w in enumerate(weights):
        if acc * parts >= total * len(bounds) and len(bounds) < parts:
            bounds.append(idx)
        acc += w
    bounds += [len(weights)] * (parts + 1 - len(bounds))
    return bounds[part], bounds[part + 1]


def _pairs(ctx: Context, settings: Settings, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
    """``candidate_index_pairs`` for the keys ``ctx.keys[lo:hi]`` alone: each pair once within the range,
    with the first key of the range it met on. The pool is in id order, so a claim's index is its rank."""
    from ..reconcile.blocking import block_pairs

    claims = ctx.pool.claims
    in_id_order = range(len(claims))  # a claim's index is its rank
    yield from block_pairs(ctx.keys[lo:hi], ctx.blocks, claims, ctx.scorer.canonical, settings, in_id_order)


@dataclass(frozen=True)
class Scored:
    """One part's scored pairs: links and clashes as ``_score_pairs`` makes them (claim indices in id
    order), and each claim's best score against a consistent claim, where it is above 0."""

    links: list[Link]
    clashes: list[Link]
    best: dict[int, float]


def score_part(shared: Shared, part: int, parts: int) -> Scored:
    """Score the candidate pairs of one range of blocks, judged pair for pair as the one-process reconciler
    judges them (``cluster.score_candidates``)."""
    from ..reconcile.cluster import score_candidates

    with _gc_paused():
        ctx = context_of(shared)
        settings = shared.settings
        pool, scorer = ctx.pool, ctx.scorer
        years, kinds = pool.years, [c.kind for c in pool.claims]
        lo, hi = key_range(ctx, settings, part, parts)

        def candidates() -> Iterator[tuple[int, int, str]]:
            for i, j, key in _pairs(ctx, settings, lo, hi):
                ya, yb = years[i], years[j]
                if ya is not None and yb is not None and (ya[1] < yb[0] or yb[1] < ya[0]) and kinds[i] != "age":
                    continue  # other_identity's test of years, first and cheapest, as cluster._candidates does
                yield i, j, key

        best_other = [0.0] * len(pool.claims)
        links, clashes = score_candidates(pool, scorer, settings, scorer.canonical, candidates(), best_other)
        return Scored(links, clashes, {i: v for i, v in enumerate(best_other) if v > 0.0})


def merge_scored(parts: Sequence[Scored], n_claims: int) -> tuple[list[Link], list[Link], list[float]]:
    """The parts' links and clashes as one sorted list each, a pair scored by two parts kept once with the
    first key it met on (the same pair scores the same, so its copies differ only in the key, and sort next
    to each other, the first key first), and each claim's best score."""
    best = [0.0] * n_claims
    for p in parts:
        for i, x in p.best.items():
            if x > best[i]:
                best[i] = x
    return _once(x for p in parts for x in p.links), _once(x for p in parts for x in p.clashes), best


def _once(links: Iterator[Link]) -> list[Link]:
    out: list[Link] = []
    last = (-1, -1)
    for t in sorted(links):
        if (t[1], t[2]) != last:
            out.append(t)
            last = (t[1], t[2])
    return out


def component_batches(n_claims: int, links: list[Link], clashes: list[Link], batches: int) -> list[list[int]]:
    """The claims in ``batches`` lists of whole connected components (of the links and clashes), each list in
    index order, of about equal numbers of claims, the components in order of their first claim."""
    parent = list(range(n_claims))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for t in (*links, *clashes):
        ra, rb = find(t[1]), find(t[2])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n_claims):
        members[find(i)].append(i)
    target = max(1, -(-n_claims // max(1, batches)))
    out: list[list[int]] = []
    current: list[int] = []
    for root in sorted(members):
        current.extend(members[root])
        if len(current) >= target:
            out.append(sorted(current))
            current = []
    if current:
        out.append(sorted(current))
    return out


@dataclass(frozen=True)
class Batch:
    """Whole components to cluster: their claims (indices in id order), the links and clashes among them
    (in the merged order) and the claims' best scores."""

    members: list[int]
    links: list[Link]
    clashes: list[Link]
    best: list[float]


def batch_cost(batch: Batch) -> float:
    """About how much clustering a batch costs: its claims (each is written into a group) and its links."""
    return float(len(batch.members) + len(batch.links) + len(batch.clashes))


def batches_of(groups: list[list[int]], links: list[Link], clashes: list[Link], best: list[float]) -> list[Batch]:
    where: dict[int, int] = {i: b for b, ms in enumerate(groups) for i in ms}
    by_links: list[list[Link]] = [[] for _ in groups]
    by_clashes: list[list[Link]] = [[] for _ in groups]
    for t in links:
        by_links[where[t[1]]].append(t)
    for t in clashes:
        by_clashes[where[t[1]]].append(t)
    return [Batch(ms, by_links[b], by_clashes[b], [best[i] for i in ms]) for b, ms in enumerate(groups)]


def cluster_batch(shared: Shared, batch: Batch) -> list[Group]:
    """Cluster a batch of components with the one-process code, on a pool of its claims alone: merge the
    consistent links, link the conflicts, write the groups."""
    from ..reconcile.cluster import _groups, _link_conflicts, _merge_consistent, _Pool
    from ..reconcile.verdict import Explain

    with _gc_paused():
        ctx = context_of(shared)
        settings = shared.settings
        local = {g: k for k, g in enumerate(batch.members)}  # id order kept, so the links' order is too

        def relabel(ts: list[Link]) -> list[Link]:
            return [(t[0], local[t[1]], local[t[2]], t[3], t[4]) for t in ts]

        sub = _Pool.of([ctx.pool.claims[g] for g in batch.members], shared.articles, ctx.scorer)
        clusters = _merge_consistent(sub, relabel(batch.links), settings)
        conflicts = _link_conflicts(
            sub, clusters, relabel(batch.clashes), settings.conflict_threshold, ctx.scorer.canonical
        )
        explain = Explain(ctx.scorer, sub.claims)
        return _groups(sub, clusters, conflicts, list(batch.best), explain, ctx.scorer.canonical)


def reconcile_blockwise(
    claims: tuple[Claim, ...],
    articles: tuple[Article, ...],
    settings: Settings | None,
    run: Mapper,
    parts: int,
) -> Reconciliation:
    """``reconcile`` with its scoring and clustering run by ``run(function, items, shared)``, which must return
    ``[function(shared, item) for item in items]`` in order, wherever it computes them. The result is
    ``reconcile``'s."""
    from ..reconcile import _name_groups
    from ..reconcile.entities import cluster_names
    from ..reconcile.verdict import ORDER

    settings = settings or Settings()
    parts = max(1, parts)
    with _gc_paused():
        names = cluster_names(claims, settings.name_variant_threshold)
    shared = Shared(claims, articles, settings, names)
    n = sum(1 for c in claims if c.kind != "name" and c.value is not None)
    scored = run(score_job, [(k, parts) for k in range(parts)], shared)
    with _gc_paused():
        links, clashes, best = merge_scored(scored, n)
        # more batches than parts: components differ in size, and the workers take batches as they finish
        batches = batches_of(component_batches(n, links, clashes, parts * BATCHES_A_PART), links, clashes, best)
    clustered = run(cluster_batch, batches, shared)
    with _gc_paused():
        groups = [g for part in clustered for g in part]
        groups.sort(key=lambda g: (ORDER[g.verdict], g.key, g.claims[0]))  # reconcile_claims' order
        groups.extend(_name_groups(claims, names))
        order = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}
        groups.sort(key=lambda g: (order[g.verdict], g.kind == "name", g.key, g.claims[0]))
    return Reconciliation(tuple(groups), names.entities)


def score_job(shared: Shared, job: tuple[int, int]) -> Scored:
    """``score_part`` of ``job`` = (part, parts)."""
    return score_part(shared, job[0], job[1])


class _GcPaused:
    def __enter__(self) -> None:
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was:
            gc.enable()


def _gc_paused() -> _GcPaused:
    """As ``reconcile`` does: millions of small tuples and no cycles."""
    return _GcPaused()
