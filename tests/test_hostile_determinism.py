"""Determinism by construction: a scan of the development stories gives the same ledger bytes under two hash
seeds and with --jobs 1 and --jobs 2 (nothing that reaches output may follow set or dict order from hashing)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STORIES = sorted((ROOT / "fixtures" / "dev_stories").glob("*/articles"))


def _scan(tmp: Path, seed: str, jobs: int) -> tuple[subprocess.Popen[bytes], Path]:
    out = tmp / f"ledger-{seed}-{jobs}.json"
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT / "src"), NO_COLOR="1")
    cmd = [sys.executable, "-m", "claimcheck", "scan", *map(str, STORIES), "--no-cache", "--json", str(out)]
    proc = subprocess.Popen([*cmd, "--jobs", str(jobs)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return proc, out


def test_dev_stories_ledger_is_byte_identical_across_hash_seeds_and_jobs(tmp_path: Path) -> None:
    assert len(STORIES) >= 2 and sum(len(list(s.glob("*.txt"))) for s in STORIES) >= 32  # enough for 2 workers
    runs = [_scan(tmp_path, "0", 1), _scan(tmp_path, "1", 2)]  # side by side: the wall time of one
    for proc, _ in runs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()
    one, two = (out.read_bytes() for _, out in runs)
    assert b'"claims": [\n' in one
    assert two == one
