"""The ledger's JSON Schema, shipped in the package: the seed ledger, the story fixtures' ledgers and the
newsroom fixture's ledger all satisfy it, and it rejects what a ledger never holds."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest

import claimcheck
from claimcheck.ledger import iter_ledger

if TYPE_CHECKING:
    from conftest import SeedScan

ROOT = Path(__file__).parent.parent
STORIES = sorted(p for p in (ROOT / "fixtures" / "stories").iterdir() if p.is_dir())


def _errors(ledger: dict[str, Any]) -> list[str]:
    v = jsonschema.Draft202012Validator(
        claimcheck.ledger_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [f"{e.json_path}: {e.message[:160]}" for e in v.iter_errors(ledger)]


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(claimcheck.ledger_schema())


def test_seed_ledger_satisfies_the_schema(seed_scan: SeedScan) -> None:
    assert _errors(seed_scan.ledger) == []


@pytest.fixture(scope="module")
def story_ledgers() -> Iterator[dict[str, dict[str, Any]]]:
    """Each story fixture's ledger, scanned without the cache."""
    yield {p.name: json.loads("".join(iter_ledger(claimcheck.scan([p], cache=False)))) for p in STORIES}


def test_story_ledgers_satisfy_the_schema(story_ledgers: dict[str, dict[str, Any]]) -> None:
    assert story_ledgers
    for name, ledger in story_ledgers.items():
        assert ledger["claims"], name
        assert _errors(ledger) == [], name


def test_newsroom_ledger_satisfies_the_schema() -> None:
    ledger = json.loads((ROOT / "fixtures" / "newsroom" / "expected" / "ledger.json").read_text(encoding="utf-8"))
    assert _errors(ledger) == []


@pytest.mark.parametrize(
    ("where", "key", "bad"),
    [
        ("claims", "kind", "rumour"),
        ("claims", "start", -1),
        ("groups", "verdict", "maybe"),
        ("groups", "confidence", 1.5),
        ("sources", "format", "docx"),
        ("sources", "date", "13/03/2024"),
    ],
)
def test_schema_rejects_what_a_ledger_never_holds(where: str, key: str, bad: Any) -> None:
    ledger = json.loads((ROOT / "fixtures" / "newsroom" / "expected" / "ledger.json").read_text(encoding="utf-8"))
    broken = copy.deepcopy(ledger)
    broken[where][0][key] = bad
    assert _errors(broken)
    del broken[where][0][key]
    assert _errors(broken)
