"""The ledger's claim records: claim_json and claim_from_json are inverses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimcheck
from claimcheck.ledger import claim_from_json, claim_json


@pytest.fixture(scope="module")
def seed_result(seed_corpus: Path) -> claimcheck.ScanResult:
    return claimcheck.scan([seed_corpus], cache=False)


def test_claim_round_trips_through_its_json(seed_result: claimcheck.ScanResult) -> None:
    assert seed_result.claims
    for c in seed_result.claims:
        assert claim_from_json(claim_json(c)) == c, c.id


def test_claim_round_trips_through_json_text(seed_result: claimcheck.ScanResult) -> None:
    for c in seed_result.claims:
        assert claim_from_json(json.loads(json.dumps(claim_json(c), ensure_ascii=False))) == c, c.id
