"""Verdicts and their reasons: a conflict names its sides, and each side stays a group."""

from __future__ import annotations

from claimcheck.reconcile import reconcile
from test_reconcile import art, claim, q


def test_a_conflict_names_its_sides_and_each_side_says_so() -> None:
    kw: dict[str, object] = {"counted": "vessel", "predicate": "sink off coast"}
    a = claim("000", 1, q(40), sentence="Forty vessels sank off the coast.", **kw)
    b = claim("001", 1, q(40), sentence="Forty vessels sank off the coast, officials said.", **kw)
    c = claim("002", 1, q(45), sentence="Forty-five vessels sank off the coast.", **kw)
    groups = reconcile((a, b, c), (art("000"), art("001"), art("002"))).groups
    (conflict,) = [g for g in groups if g.verdict == "conflict"]
    sides = {g.id: g for g in groups if g.id in conflict.sides}
    assert len(sides) == 2 and {g.verdict for g in sides.values()} == {"agree", "single"}
    assert all(g.reason.endswith(f"one side of conflict {conflict.id}") for g in sides.values())
    assert "40 (000, 001) vs 45 (002)" in conflict.reason


def test_a_single_claim_says_who_alone_states_it() -> None:
    a = claim("000", 1, q(12), counted="lifeboat", predicate="launch", sentence="Twelve lifeboats were launched.")
    (g,) = reconcile((a,), (art("000"),)).groups
    assert g.verdict == "single" and "only 000 states it" in g.reason


def test_a_conflict_names_who_gave_each_side() -> None:
    kw: dict[str, object] = {"counted": "marcher", "predicate": "march through city"}
    a = claim("000", 1, q(1_700_000), claimant="organisers", sentence="Organisers said 1.7 million marched.", **kw)
    b = claim("001", 1, q(128_000), claimant="police", sentence="Police said 128,000 marched.", **kw)
    (conflict,) = [g for g in reconcile((a, b), (art("000"), art("001"))).groups if g.verdict == "conflict"]
    assert "1700000 (000; according to organisers) vs 128000 (001; according to police)" in conflict.reason


def test_a_conflict_s_confidence_falls_as_its_figures_grow_apart() -> None:
    def conflict_of(x: int, y: int) -> object:
        kw: dict[str, object] = {"counted": "vessel", "predicate": "sink off coast"}
        a = claim("000", 1, q(x), sentence="The vessels sank off the coast.", **kw)
        b = claim("001", 1, q(y), sentence="The vessels sank off the coast.", **kw)
        (g,) = [g for g in reconcile((a, b), (art("000"), art("001"))).groups if g.verdict == "conflict"]
        return g

    near, far = conflict_of(84, 85), conflict_of(30, 85)
    assert near.confidence > far.confidence  # type: ignore[attr-defined]
    assert "(1 apart, 1%)" in near.reason  # type: ignore[attr-defined]
    assert "(55 apart, 65%)" in far.reason  # type: ignore[attr-defined]


def test_what_befell_animals_is_said_of_the_animals_not_of_people() -> None:
    """ "38 whales had died" and "38 pilot whales have died": the reason and the key say whales died, not people."""
    kw: dict[str, object] = {"counted": "whale", "measure": "killed", "predicate": "die"}
    a = claim("000", 1, q(38), sentence="Rangers said 38 whales had died.", **kw)
    b = claim("001", 1, q(38), sentence="Rangers said 38 pilot whales had died.", **kw)
    (g,) = [g for g in reconcile((a, b), (art("000"), art("001"))).groups if g.kind == "count"]
    assert g.key == "count: 'whale' killed"
    assert g.reason.startswith("whales killed;") and "people" not in g.reason
