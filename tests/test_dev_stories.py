"""Golden tests on the development stories (fixtures/dev_stories/<event>/, and the held-out ones kept beside them in
fixtures/heldout_stories/): fail on a lost agreement or conflict, a
newly broken trap, a new false conflict or fewer gold figures extracted than expect.json records.

Gains do not fail: they are printed and raised as StoryImprovement warnings (listed in pytest's warnings summary),
to be kept with `python tests/story_score.py --record`. The scorer's definitions are checked on small invented
ledgers below, so that a change to them shows here and not only as shifted story figures.
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest

import story_score
from story_score import StoryLedger, StoryScore

STORIES = story_score.stories()
RECORD = "python tests/story_score.py --record"


class StoryImprovement(UserWarning):
    """A development story scores better than its expect.json records."""


@pytest.fixture(scope="module")
def story_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extraction cache for the story scans, in a temporary folder (never the user's cache)."""
    return tmp_path_factory.mktemp("dev_stories_cache")


@pytest.fixture(scope="module", params=STORIES, ids=[p.name for p in STORIES])
def scored(request: pytest.FixtureRequest, story_cache: Path) -> tuple[Path, StoryScore]:
    """One scan per story, shared by every test that reads it."""
    story: Path = request.param
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLAIMCHECK_CACHE_DIR", str(story_cache))
        return story, story_score.scan_story(story)


def test_there_are_dev_stories() -> None:
    assert len(STORIES) >= 7
    for story in STORIES:
        assert sorted(story.glob("articles/*.txt")), story


def test_story_keeps_what_it_achieved(scored: tuple[Path, StoryScore]) -> None:
    story, score = scored
    exp = story_score.load_expectation(story)
    assert exp is not None, f"{story.name} has no expect.json: run `{RECORD}`"
    cmp = story_score.compare(exp, score)
    for item in cmp.improvements + cmp.notes:
        print(f"{story.name}: {item}")
    if cmp.improvements:
        warnings.warn(
            StoryImprovement(f"{story.name} improved ({'; '.join(cmp.improvements)}); keep it with `{RECORD}`"),
            stacklevel=1,
        )
    if cmp.regressions:
        lost = "\n  ".join(cmp.regressions)
        pytest.fail(f"{score.line()}\n  {lost}\n(if a loss is intended, re-record with `{RECORD}`)", pytrace=False)


@pytest.mark.parametrize("story", STORIES, ids=[p.name for p in STORIES])
def test_expect_file_is_as_recorded(story: Path) -> None:
    """expect.json is in the recorder's own layout and names only ids of the story's gold."""
    exp = story_score.load_expectation(story)
    assert exp is not None, f"{story.name} has no expect.json: run `{RECORD}`"
    assert (story / "expect.json").read_text(encoding="utf-8") == story_score.render_expectation(exp)
    gold = story_score.load_gold(story)
    fact_ids = {f["id"] for f in gold["facts"]}
    conflict_ids = {f["id"] for f in gold["facts"] if f["verdict"] == "conflict"}
    assert set(exp["agreements_found"]) <= fact_ids - conflict_ids
    assert set(exp["conflicts_found"]) <= conflict_ids
    assert set(exp["traps_kept"]) <= {t["id"] for t in gold.get("traps", [])}
    n_members = sum(len(f["members"]) for f in gold["facts"])
    assert exp["figures_extracted"] + len(exp["figures_missed"]) == n_members


# --- compare(): what fails and what does not ------------------------------------------------------------------


def _score(**kw: Any) -> StoryScore:
    base: dict[str, Any] = {
        "event": "invented",
        "figures": [5, 8],
        "figures_missed": ["F1 002 'a'", "F2 001 'b'", "F2 003 'c'"],
        "agreements": ["F1", "F3"],
        "agreements_total": 3,
        "conflicts": ["F2"],
        "conflicts_total": 1,
        "traps_kept": ["T1"],
        "traps_total": 2,
        "reported": 2,
        "false_conflicts": [{"key": "count:ship", "values": ["4", "5"]}],
    }
    base.update(kw)
    return StoryScore(**base)


EXPECT = _score().expectation()


def test_compare_same_is_clean() -> None:
    cmp = story_score.compare(EXPECT, _score())
    assert (cmp.regressions, cmp.improvements, cmp.notes) == ([], [], [])


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ({"agreements": ["F3"]}, "agreement no longer found: F1"),
        ({"conflicts": []}, "conflict no longer found: F2"),
        ({"traps_kept": []}, "trap kept now broken: T1"),
        ({"figures": [4, 8], "figures_missed": [*EXPECT["figures_missed"], "F3 001 'd'"]}, "4 < 5"),
        (
            {"false_conflicts": [*EXPECT["false_conflicts"], {"key": "date:vote", "values": ["2016", "2017"]}]},
            "false conflicts: 2 > 1 recorded; new: date:vote ['2016', '2017']",
        ),
    ],
    ids=["lost-agreement", "lost-conflict", "broken-trap", "fewer-figures", "new-false-conflict"],
)
def test_compare_reports_each_loss(change: dict[str, Any], needle: str) -> None:
    cmp = story_score.compare(EXPECT, _score(**change))
    assert any(needle in r for r in cmp.regressions), cmp.regressions


@pytest.mark.parametrize(
    "change",
    [
        {"agreements": ["F1", "F2", "F3"]},
        {"conflicts": ["F2", "F4"]},
        {"traps_kept": ["T1", "T2"]},
        {"figures": [6, 8], "figures_missed": EXPECT["figures_missed"][1:]},
        {"false_conflicts": []},
    ],
    ids=["agreement", "conflict", "trap", "figure", "false-conflict-gone"],
)
def test_compare_improvement_is_not_a_regression(change: dict[str, Any]) -> None:
    cmp = story_score.compare(EXPECT, _score(**change))
    assert cmp.regressions == []
    assert cmp.improvements


def test_compare_notes_a_traded_figure_and_false_conflict() -> None:
    cmp = story_score.compare(
        EXPECT,
        _score(
            figures_missed=["F1 002 'a'", "F2 001 'b'", "F3 009 'z'"],
            false_conflicts=[{"key": "count:boat", "values": ["4", "5"]}],
        ),
    )
    assert cmp.regressions == [] and cmp.improvements == []
    assert any("F3 009 'z'" in n for n in cmp.notes)
    assert any("count:boat" in n for n in cmp.notes)


def test_expectation_renders_the_same_bytes_whatever_the_order() -> None:
    a = _score(false_conflicts=[{"key": "b", "values": ["1", "2"]}, {"key": "a", "values": ["3", "4"]}])
    b = _score(false_conflicts=[{"key": "a", "values": ["3", "4"]}, {"key": "b", "values": ["1", "2"]}])
    text = story_score.render_expectation(a.expectation())
    assert text == story_score.render_expectation(b.expectation())
    assert text.endswith("}\n") and text.index('"agreements_found"') < text.index('"traps_kept"')


# --- the scorer's definitions, on invented ledgers ------------------------------------------------------------

TEXTS = {
    "001_a": "Four ships sank on Monday. Ten crew were saved.",
    "002_b": "Five ships sank on Monday, and ten crew were saved.",
    "003_c": "By Tuesday six ships had sunk.",
}


def _claim(cid: str, source: str, token: str, kind: str, value: Any) -> dict[str, Any]:
    start = TEXTS[source].index(token)
    return {"id": cid, "source": source, "kind": kind, "text": token, "start": start, "end": start + len(token),
            "value": value, "value_text": str(value)}  # fmt: skip


CLAIMS = [
    _claim("c1", "001_a", "Four ships", "count", 4),
    _claim("c2", "002_b", "Five ships", "count", 5),
    _claim("c3", "001_a", "Ten crew", "count", 10),
    _claim("c4", "002_b", "ten crew", "count", 10),
    _claim("c5", "003_c", "six ships", "count", 6),
    _claim("c6", "001_a", "on Monday", "date", "2024-03-04"),
]


def _ledger(groups: list[dict[str, Any]]) -> StoryLedger:
    return StoryLedger({"claims": CLAIMS, "groups": groups}, TEXTS)


SHIPS = [
    {"source": "001", "token": "Four ships", "value": 4},
    {"source": "002", "token": "Five ships", "value": 5},
]
CREW = [{"source": "001", "token": "Ten crew", "value": 10}, {"source": "002", "token": "ten crew", "value": 10}]


def test_conflict_needs_two_gold_values_in_one_conflict_group() -> None:
    assert _ledger([{"id": "g1", "verdict": "conflict", "claims": ["c1", "c2"]}]).found_conflict(SHIPS)
    assert not _ledger([{"id": "g1", "verdict": "agree", "claims": ["c1", "c2"]}]).found_conflict(SHIPS)
    split = [{"id": "g1", "verdict": "conflict", "claims": ["c1"]}, {"id": "g2", "verdict": "single", "claims": ["c2"]}]
    assert not _ledger(split).found_conflict(SHIPS)


def test_rolling_conflict_counts_a_superseding_group() -> None:
    rolling = [*SHIPS, {"source": "003", "token": "six ships", "value": 6}]
    groups = [
        {"id": "g1", "verdict": "agree", "claims": ["c1"]},
        {"id": "g2", "verdict": "agree", "claims": ["c5"], "supersedes": ["g1"]},
    ]
    assert _ledger(groups).found_conflict(rolling, rolling=True)
    assert not _ledger(groups).found_conflict(rolling, rolling=False)


def test_agreement_needs_a_consistent_group_with_two_sources() -> None:
    assert _ledger([{"id": "g1", "verdict": "agree", "claims": ["c3", "c4"]}]).found_consistent(CREW)
    assert _ledger([{"id": "g1", "verdict": "compatible", "claims": ["c3", "c4"]}]).found_consistent(CREW)
    assert not _ledger([{"id": "g1", "verdict": "conflict", "claims": ["c3", "c4"]}]).found_consistent(CREW)
    assert not _ledger([{"id": "g1", "verdict": "agree", "claims": ["c3"]}]).found_consistent(CREW)


def test_a_trap_breaks_when_one_group_holds_two_sides() -> None:
    trap = [{"source": "001", "token": "Four ships", "side": 0}, {"source": "001", "token": "Ten crew", "side": 1}]
    assert _ledger([{"id": "g1", "verdict": "agree", "claims": ["c1", "c3"]}]).trap_grouped(trap)
    assert not _ledger([{"id": "g1", "verdict": "agree", "claims": ["c1", "c2"]}]).trap_grouped(trap)


def test_score_story_counts_false_conflicts_and_figures() -> None:
    gold = {
        "event": "invented",
        "facts": [
            {"id": "F1", "verdict": "conflict", "members": SHIPS, "what": "ships sunk"},
            {"id": "F2", "verdict": "agree", "members": CREW, "what": "crew saved"},
            {"id": "F3", "verdict": "agree", "members": [{"source": "001", "token": "Monday", "value": "2024-03-05"}]},
        ],
        "traps": [{"id": "T1", "must_not_group": [{"source": "001", "token": "Four", "side": 0},
                                                  {"source": "002", "token": "ten", "side": 1}]}],
    }  # fmt: skip
    groups = [
        {"id": "g1", "verdict": "conflict", "claims": ["c1", "c2"], "key": "count:ship"},
        {"id": "g2", "verdict": "conflict", "claims": ["c3", "c4"], "key": "count:crew"},
    ]
    s = story_score.score_story(_ledger(groups), gold)
    assert s.figures == [4, 5]  # the date's value is not the gold one
    assert s.figures_missed == ["F3 001 'Monday'"]
    assert (s.conflicts, s.agreements, s.traps_kept) == (["F1"], [], ["T1"])
    assert s.reported == 2
    assert s.false_conflicts == [{"key": "count:crew", "values": ["10"]}]
    assert s.line() == "invented: figures 4/5, agreements 0/2, conflicts 1/1, false conflicts 1/2, traps kept 1/1"


def test_value_matches_ranges_dates_and_numbers() -> None:
    vm = story_score.value_matches
    assert vm({"kind": "measure", "value": {"low": 60, "high": 70}}, [60, 70])
    assert not vm({"kind": "measure", "value": 65}, [60, 70])
    assert vm({"kind": "date", "value": "2015-05-12/2015-05-13"}, "2015-05-12")
    assert vm({"kind": "date", "value": "2015"}, 2015)
    assert not vm({"kind": "date", "value": "2015-05"}, 2015)
    assert vm({"kind": "count", "value": {"value": 5, "low": 5, "high": 7}}, 7)
    assert not vm({"kind": "count", "value": 5}, 6)
    assert vm({"kind": "name", "value": "Alice"}, "Bob")
    assert vm({"kind": "count", "value": 1}, None)
