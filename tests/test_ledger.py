"""The ledger's claim records: claim_json and claim_from_json are inverses."""

from __future__ import annotations

import json
from dataclasses import replace
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


def test_the_block_a_claim_came_from_round_trips(seed_result: claimcheck.ScanResult) -> None:
    assert {"body", "caption"} <= {c.block for c in seed_result.claims}  # a seed caption names the victims
    for block in ("headline", "caption"):
        c = replace(seed_result.claims[0], block=block)
        assert claim_json(c)["block"] == block and claim_from_json(claim_json(c)) == c
    old = claim_json(replace(seed_result.claims[0], block="headline"))
    del old["block"]  # a ledger written before blocks were recorded
    assert claim_from_json(old).block == "body"


def test_jobs_give_the_same_ledger_through_the_worker_pool(tmp_path: Path) -> None:
    """Enough articles for several worker chunks: the parallel path must not change a byte."""
    from claimcheck.api import PARALLEL_CHUNK

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    folder = tmp_path / "many"
    folder.mkdir()
    copies = 0
    while copies * 5 < 2 * PARALLEL_CHUNK + 5:
        for f in sorted(corpus.glob("*.txt")):
            (folder / f"{copies:02d}_{f.name}").write_bytes(f.read_bytes())
        copies += 1
    one = "".join(claimcheck.iter_ledger(claimcheck.scan([folder], cache=False, jobs=1)))
    two = "".join(claimcheck.iter_ledger(claimcheck.scan([folder], cache=False, jobs=2)))
    assert one == two


def test_a_written_ledger_gets_the_usual_mode(tmp_path: Path) -> None:
    """The temporary file is private; the ledger that replaces the target is not."""
    import os

    from claimcheck.ledger import write_text_atomic

    mask = os.umask(0o022)
    try:
        fresh = tmp_path / "new.json"
        write_text_atomic(fresh, ["{}\n"])
        assert fresh.stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "kept.json"
        kept.write_text("old\n")
        kept.chmod(0o640)
        write_text_atomic(kept, ["{}\n"])
        assert kept.stat().st_mode & 0o777 == 0o640
        assert kept.read_text() == "{}\n"
    finally:
        os.umask(mask)


def test_reconciling_does_not_depend_on_the_hash_seed(seed_corpus: Path, tmp_path: Path) -> None:
    """Sets of strings iterate in an order set by each process's hash seed: no score, group or line of the
    ledger may follow it. Two processes with two seeds reconcile the same claims."""
    import os
    import subprocess
    import sys

    story = Path(__file__).parent.parent / "fixtures" / "stories" / "warehouse_fire"
    lines, _ = claimcheck.extract_corpus_jsonl([seed_corpus, story])
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(lines), encoding="utf-8")
    ledgers = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [sys.executable, "-m", "claimcheck", "reconcile", str(claims), "--json", "-"]
        ledgers.append(subprocess.run(cmd, env=env, capture_output=True, check=True).stdout)
    assert len(json.loads(ledgers[0])["groups"]) > 50
    assert ledgers[0] == ledgers[1]


def test_a_file_system_without_modes_still_gets_its_ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from claimcheck.ledger import write_text_atomic

    def refuse(fd: int, mode: int) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchmod", refuse)
    target = tmp_path / "ledger.json"
    write_text_atomic(target, ["{}\n"])
    assert target.read_text() == "{}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.json"]


def test_scan_corpus_is_scan_of_a_corpus_already_read(seed_corpus: Path, warm_cache: Path) -> None:
    read = claimcheck.read_corpus([seed_corpus])
    by_corpus = "".join(claimcheck.iter_ledger(claimcheck.scan_corpus(read)))
    assert by_corpus == "".join(claimcheck.iter_ledger(claimcheck.scan([seed_corpus])))
