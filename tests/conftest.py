"""Shared fixtures: an isolated extraction cache, a copy of the seed corpus, a plain terminal, one shared scan."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app

CORPUS = Path(__file__).parent.parent / "corpus"

# A non-terminal, fixed-width, colourless environment for CLI runs (the keys set to None are removed).
PLAIN_ENV: dict[str, str | None] = {
    "NO_COLOR": "1",
    "COLUMNS": "120",
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": None,
    "TTY_INTERACTIVE": None,
}


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets an empty extraction cache of its own: nothing is written to the user's cache."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(cache))
    return cache


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A read-only-by-convention copy of the repository's corpus/ (5 articles), in a folder named corpus."""
    dest = tmp_path_factory.mktemp("seed") / "corpus"
    shutil.copytree(CORPUS, dest)
    return dest


@pytest.fixture
def plain_env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str | None]:
    """A fixed-width, no-colour environment (NO_COLOR=1, COLUMNS=120)."""
    for key, value in PLAIN_ENV.items():
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)
    return dict(PLAIN_ENV)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@dataclass(frozen=True)
class SeedScan:
    """The result of one `claimcheck scan <seed corpus> --json FILE`, shared by the tests that only read it."""

    exit_code: int
    stdout: str
    stderr: str
    ledger_path: Path
    ledger_text: str
    cache_dir: Path

    @property
    def ledger(self) -> dict[str, Any]:
        return json.loads(self.ledger_text)


@pytest.fixture(scope="session")
def seed_scan(seed_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> SeedScan:
    out = tmp_path_factory.mktemp("seed_scan")
    cache = out / "cache"
    ledger = out / "ledger.json"
    env = {**PLAIN_ENV, "CLAIMCHECK_CACHE_DIR": str(cache)}
    # --report: the full report as well as the ledger file (without it, a summary; tests/test_cli.py)
    result = CliRunner().invoke(app, ["scan", str(seed_corpus), "--json", str(ledger), "--report"], env=env)
    assert result.exit_code == 0, result.output
    return SeedScan(
        exit_code=result.exit_code,
        stdout=result.stdout,
        stderr=result.stderr,
        ledger_path=ledger,
        ledger_text=ledger.read_text(encoding="utf-8"),
        cache_dir=cache,
    )


@pytest.fixture
def warm_cache(seed_scan: SeedScan, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the extraction cache at the seed scan's (a temporary folder), so a re-scan of the seed corpus
    only reconciles and renders. For tests about rendering, not extraction."""
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(seed_scan.cache_dir))
    yield seed_scan.cache_dir
