"""A running figure's reports in time order, in one place."""

from __future__ import annotations

import io
from datetime import date

from rich.console import Console

from claimcheck import ModelInfo, build_result, timelines
from claimcheck.report import render_scan
from test_reconcile import art, claim, q


def _toll(source: str, v: int, who: str) -> object:
    return claim(
        source,
        1,
        q(v),
        counted="people",
        measure="killed",
        predicate="be kill",
        tense="present",
        claimant=who,
        sentence=f"The death toll stands at {v}, {who} said.",
    )


def test_a_rolling_toll_reads_as_one_timeline_earliest_first() -> None:
    arts = (art("000", date(2021, 5, 3)), art("001", date(2021, 5, 1)), art("002", date(2021, 5, 2)))
    claims = (_toll("000", 31, "the governor"), _toll("001", 12, "police"), _toll("002", 20, "the ministry"))
    result = build_result(arts, claims, ModelInfo("test", "0"))  # type: ignore[arg-type]
    (t,) = timelines(result)
    assert [(e.when, e.values, e.claimants) for e in t.entries] == [
        ("2021-05-01", ("12",), ("police",)),
        ("2021-05-02", ("20",), ("the ministry",)),
        ("2021-05-03", ("31",), ("the governor",)),
    ]
    assert not [g for g in result.groups if g.verdict == "conflict"]
    out = io.StringIO()
    render_scan(Console(file=out, width=120), result)
    assert "Running figures, updated over time (1)" in out.getvalue()


def test_figures_reported_the_same_day_are_no_timeline() -> None:
    arts = (art("000", date(2021, 5, 3)), art("001", date(2021, 5, 3)))
    result = build_result(arts, (_toll("000", 31, "the governor"), _toll("001", 12, "police")), ModelInfo("t", "0"))  # type: ignore[arg-type]
    assert timelines(result) == ()


def test_of_one_day_the_figure_told_as_an_update_comes_last() -> None:
    """ "Two people were killed" and "the toll has risen to three" on one day: the timeline gives the two first,
    whichever outlet, and whichever group id, it comes from."""
    from dataclasses import replace

    from claimcheck.types import UPDATE_HEDGE

    for early_source, late_source in (("000", "001"), ("001", "000"), ("002", "003"), ("003", "002")):
        arts = (art(early_source, date(2021, 5, 3)), art(late_source, date(2021, 5, 3)))
        early = _toll(early_source, 2, "police")
        late = replace(_toll(late_source, 3, "police"), hedges=(UPDATE_HEDGE,))  # type: ignore[type-var]
        result = build_result(arts, (early, late), ModelInfo("test", "0"))  # type: ignore[arg-type]
        assert not [g for g in result.groups if g.verdict == "conflict"]
        (t,) = timelines(result)
        assert [e.values for e in t.entries] == [("2",), ("3",)]
