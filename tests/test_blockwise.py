"""Reconciliation cut into block ranges and connected components (engines/blockwise.py, what the Dask engine
runs) gives `reconcile`'s result exactly, for any number of parts; run here with a plain map, no Dask."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.engines import blockwise as bw
from claimcheck.ledger import iter_ledger
from claimcheck.reconcile import Settings, reconcile
from claimcheck.reconcile.blocking import _FIGURE_ONLY, _sub_blocks
from claimcheck.reconcile.cluster import _Pool, _score_pairs
from claimcheck.reconcile.entities import cluster_names
from claimcheck.types import Article, Claim, Quantity, ScanResult

ROOT = Path(__file__).parent.parent
STORIES = ROOT / "fixtures" / "stories"


def _run(fn: Callable[[bw.Shared, Any], Any], items: list[Any], shared: bw.Shared) -> list[Any]:
    return [fn(shared, x) for x in items]


@pytest.fixture(scope="module")
def story_scan() -> ScanResult:
    """The seed corpus and two fixture stories, scanned together."""
    return claimcheck.scan([ROOT / "corpus", STORIES / "province_quake", STORIES / "council_budget"], cache=False)


def _copies(result: ScanResult, n: int) -> tuple[tuple[Claim, ...], tuple[Article, ...]]:
    """The scan's claims and articles, then ``n - 1`` copies of them as other sources with the same values:
    blocks grow past max_block, so they are split by entities, compared by window, or (a bare figure) dropped."""
    claims = list(result.claims)
    articles = list(result.articles)
    for k in range(1, n):
        articles += [replace(a, id=f"{a.id}c{k}") for a in result.articles]
        claims += [
            replace(
                c,
                id=f"{c.id}c{k}",
                source=f"{c.source}c{k}",
                derived_from=c.derived_from and f"{c.derived_from}c{k}",
            )
            for c in result.claims
        ]
    return tuple(claims), tuple(articles)


def _ledger(result: ScanResult, rec: claimcheck.Reconciliation) -> str:
    return "".join(iter_ledger(replace(result, groups=rec.groups, entities=rec.entities)))


@pytest.mark.parametrize("parts", [1, 2, 3, 7])
def test_blockwise_reconciliation_of_real_stories_is_reconciles(story_scan: ScanResult, parts: int) -> None:
    settings = Settings()
    one = reconcile(story_scan.claims, story_scan.articles, settings)
    assert any(g.verdict == "conflict" for g in one.groups)  # conflicts are linked across clusters here
    got = bw.reconcile_blockwise(story_scan.claims, story_scan.articles, settings, _run, parts)
    assert got == one
    assert _ledger(story_scan, got) == _ledger(story_scan, one)


def test_blockwise_reconciliation_with_blocks_past_max_block_is_reconciles(story_scan: ScanResult) -> None:
    claims, articles = _copies(story_scan, 16)
    settings = Settings()
    names = cluster_names(claims, settings.name_variant_threshold)
    ctx = bw.context_of(bw.Shared(claims, articles, settings, names))
    big = [k for k, b in ctx.blocks.items() if len(b) > settings.max_block]
    assert any(_FIGURE_ONLY in k for k in big)  # a bare figure too common to block on is dropped
    subs = [
        m
        for k in big
        if _FIGURE_ONLY not in k
        for m in _sub_blocks(ctx.blocks[k], ctx.pool.claims, names.canonical, {})
    ]
    assert any(len(m) > settings.max_block for m in subs)  # and a part still too large is compared by window
    one = reconcile(claims, articles, settings)
    assert bw.reconcile_blockwise(claims, articles, settings, _run, 4) == one


@pytest.mark.parametrize("parts", [1, 2, 5])
def test_scored_parts_merged_are_the_one_process_scoring(story_scan: ScanResult, parts: int) -> None:
    """Pair for pair: the parts' links and clashes, merged, are _score_pairs' (the key a pair met on first
    included), and so are the claims' best scores."""
    claims, articles = _copies(story_scan, 3)
    settings = Settings()
    names = cluster_names(claims, settings.name_variant_threshold)
    shared = bw.Shared(claims, articles, settings, names)
    ctx = bw.context_of(shared)
    one = _score_pairs(_Pool.of(list(ctx.pool.claims), articles, ctx.scorer), ctx.scorer, settings, names.canonical)
    scored = [bw.score_part(shared, k, parts) for k in range(parts)]
    links, clashes, best = bw.merge_scored(scored, len(ctx.pool.claims))
    assert (links, clashes, best) == (one.links, one.clashes, one.best_other)
    if parts > 1:  # a pair that meets on keys of two parts is scored twice, and kept once
        assert sum(len(s.links) + len(s.clashes) for s in scored) > len(links) + len(clashes)


def test_key_ranges_cover_every_key_once(story_scan: ScanResult) -> None:
    settings = Settings()
    claims = story_scan.claims
    shared = bw.Shared(claims, story_scan.articles, settings, cluster_names(claims, settings.name_variant_threshold))
    ctx = bw.context_of(shared)
    for parts in (1, 2, 3, 50, len(ctx.keys) + 5):
        ranges = [bw.key_range(ctx, settings, k, parts) for k in range(parts)]
        assert ranges[0][0] == 0 and ranges[-1][1] == len(ctx.keys)
        assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:], strict=False))
        assert all(lo <= hi for lo, hi in ranges)


def test_component_batches_keep_each_component_whole() -> None:
    # claims 0-1-2 linked, 3 alone, 4-6 clashing, 5 alone
    links = [(-90.0, 0, 1, "k", "equal"), (-80.0, 1, 2, "k", "equal")]
    clashes = [(-70.0, 4, 6, "k", "disjoint")]
    for batches in (1, 2, 3, 10):
        got = bw.component_batches(7, links, clashes, batches)
        assert sorted(i for b in got for i in b) == list(range(7))
        where = {i: k for k, b in enumerate(got) for i in b}
        assert where[0] == where[1] == where[2] and where[4] == where[6]
        assert all(b == sorted(b) for b in got)
    assert len(bw.component_batches(7, links, clashes, 3)) == 3


def test_a_split_component_would_not_be_reconciles(story_scan: ScanResult) -> None:
    """Why components are kept whole: clustering the claims of one component in two batches gives other
    groups, so the equality above is not given for free."""
    settings = Settings()
    claims = story_scan.claims
    shared = bw.Shared(claims, story_scan.articles, settings, cluster_names(claims, settings.name_variant_threshold))
    links, clashes, best = bw.merge_scored([bw.score_part(shared, 0, 1)], len(bw.context_of(shared).pool.claims))
    whole = bw.component_batches(len(best), links, clashes, 1)[0]
    biggest = max(bw.component_batches(len(best), links, clashes, len(best)), key=len)
    assert len(biggest) > 2
    half = set(biggest[: len(biggest) // 2])
    split = [[i for i in whole if i not in half], sorted(half)]

    def batch(members: list[int]) -> bw.Batch:  # the links within ``members`` alone: the ones across are lost
        inside = set(members)
        return bw.Batch(
            members,
            [t for t in links if t[1] in inside and t[2] in inside],
            [t for t in clashes if t[1] in inside and t[2] in inside],
            [best[i] for i in members],
        )

    right = sorted(g.id for g in bw.cluster_batch(shared, batch(whole)))
    assert right == sorted(g.id for g in reconcile(claims, story_scan.articles, settings).groups if g.kind != "name")
    assert right != sorted(g.id for part in split for g in bw.cluster_batch(shared, batch(part)))


def test_ages_of_one_person_in_two_papers_of_one_day_are_judged_as_one_process_judges_them() -> None:
    """Two papers of one day give Ann Reed 41 and 42: no birthday falls between them, so they conflict in one
    process (identity.birthday_allowance), and must in the blockwise engine too (it once used its own rule)."""
    from datetime import date

    from test_reconcile import art, claim

    ages = tuple(
        claim(
            src,
            1,
            Quantity(value=v, low=v, high=v),
            kind="age",
            counted="age",
            about="Ann Reed",
            entities=("Ann Reed",),
            sentence=f"Ann Reed, {v}, was rescued.",
        )
        for src, v in (("000", 41), ("001", 42))
    )
    articles = (art("000", date(2024, 3, 12)), art("001", date(2024, 3, 12)))
    settings = Settings()
    one = reconcile(ages, articles, settings)
    assert any(g.verdict == "conflict" for g in one.groups)
    assert bw.reconcile_blockwise(ages, articles, settings, _run, 2) == one
