"""The reconciler's fast paths give what the plain ones give: pairs made by numpy are blocking's pairs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from numpy.typing import NDArray

from claimcheck.reconcile import Settings, reconcile
from claimcheck.reconcile.blocking import candidate_index_arrays, candidate_index_pairs
from claimcheck.types import Article, Claim, Quantity


def _claim(n: int, value: float, counted: str, predicate: str, entities: tuple[str, ...] = ()) -> Claim:
    sentence = f"Officials said {value:g} {counted} were {predicate}."
    return Claim(
        id=f"{(7919 * n) % 10007:05d}_s:count:{n}-{n + 1}",  # ids in another order than values
        source=f"{(7919 * n) % 10007:05d}_s",
        kind="count",
        text=f"{value:g}",
        start=n,
        end=n + 1,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        value=Quantity.exact(value),
        counted=counted,
        predicate=predicate,
        entities=entities,
    )


def _claims() -> list[Claim]:
    """Small blocks (all pairs), a block past max_block split by the entities of its sentences (parts small
    and large), a figure shared by more claims than max_block (dropped), and claims that share several keys."""
    out = []
    for n in range(900):
        counted = ("officer", "passenger", "house", "boat")[n % 4]
        predicate = ("examine action of", "carry", "destroy", "sink")[n % 7 % 4]
        ents = () if n % 5 == 0 else (("Tralee", "Galway", "Sligo")[n % 3],)
        out.append(_claim(n, float(n % 37 if n % 3 else 12), counted, predicate, ents))
    return out


def _as_tuples(claims: list[Claim], settings: Settings, drop: object = None) -> list[tuple[int, int, str]]:
    i, j, k, key_names = candidate_index_arrays(claims, str, settings, drop)  # type: ignore[arg-type]
    return [(a, b, key_names[x]) for a, b, x in zip(i.tolist(), j.tolist(), k.tolist(), strict=True)]


def test_pair_arrays_are_blockings_pairs_in_its_order_with_its_first_keys() -> None:
    claims = _claims()
    for settings in (Settings(), Settings(max_block=20, window=5), Settings(max_block=2000)):
        want = list(candidate_index_pairs(claims, str, settings))
        assert len(want) > 1000
        assert _as_tuples(claims, settings) == want


def test_pair_arrays_leave_out_what_drop_says_and_nothing_else() -> None:
    claims = _claims()
    settings = Settings(max_block=20, window=5)
    parity = np.array([c.start % 2 for c in claims])

    def both_odd(i: NDArray[np.int64], j: NDArray[np.int64]) -> NDArray[np.bool_]:
        out: NDArray[np.bool_] = (parity[i] == 1) & (parity[j] == 1)
        return out

    want = [(i, j, k) for i, j, k in candidate_index_pairs(claims, str, settings) if not (i % 2 and j % 2)]
    got = _as_tuples(claims, settings, both_odd)
    assert got == want and len(got) > 100


def test_pair_arrays_of_no_pairs() -> None:
    one = _claims()[:1]
    assert _as_tuples(one, Settings()) == [] == list(candidate_index_pairs(one, str, Settings()))


def test_reconciling_with_pairs_made_by_numpy_gives_the_same_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large pool's pairs come from candidate_index_arrays, a small one's from candidate_index_pairs: the
    same claims reconciled both ways give the same groups. Half the claims are dated a year apart, so that the
    test of years turns pairs away."""
    import claimcheck.reconcile.cluster as cluster

    claims = tuple(c if c.start % 2 else replace(c, text="in 2019", time="2019-05-01") for c in _claims()[:400])
    articles = tuple(
        Article(id=s, path=s, text="", sha256="", date=date(2020 + k % 2, 5, 1))
        for k, s in enumerate(sorted({c.source for c in claims}))
    )
    small = reconcile(claims, articles, Settings(max_block=20, window=5))
    monkeypatch.setattr(cluster, "_ARRAYS_FROM", 0)
    large = reconcile(claims, articles, Settings(max_block=20, window=5))
    assert large == small
    assert sum(g.verdict != "single" for g in small.groups) > 20
