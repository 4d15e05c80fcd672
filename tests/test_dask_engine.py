"""The Dask engine (claimcheck[dask]): its ledger is byte-identical to `scan`'s, on the seed corpus and on a
fixture story, whatever the partitions and scheduler; without Dask it says in one line how to install it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

import claimcheck
from claimcheck.cli import app
from claimcheck.engines import dask as engine
from claimcheck.errors import InputError
from claimcheck.ledger import iter_ledger
from claimcheck.types import Article

if TYPE_CHECKING:
    from conftest import SeedScan

STORY = Path(__file__).parent.parent / "fixtures" / "stories" / "province_quake"


def _need_dask() -> None:
    """Skip without Dask on a contributor's machine; CI installs claimcheck[dask], so there it must be there."""
    if importlib.util.find_spec("dask") is None:
        if os.environ.get("CI"):
            pytest.fail('CI runs without Dask: .ci/run must install ".[test,html,dask]"')
        pytest.skip('Dask is not installed (pip install "claimcheck[dask]")')


def _ledger(result: claimcheck.ScanResult) -> str:
    return "".join(iter_ledger(result))


def test_cli_dask_scan_of_the_seed_corpus_writes_the_same_ledger_bytes(
    runner: CliRunner, seed_corpus: Path, seed_scan: SeedScan, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    _need_dask()
    out = tmp_path / "dask.json"
    args = ["scan", str(seed_corpus), "--engine", "dask", "--scheduler", "processes", "--partitions", "2"]
    result = runner.invoke(app, [*args, "--jobs", "2", "--no-cache", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == seed_scan.ledger_path.read_bytes()
    assert result.stdout.splitlines()[0] == seed_scan.stdout.splitlines()[0]  # the summary line, as scan prints it


@pytest.mark.parametrize("partitions", [2, 3])
def test_dask_scan_of_a_story_with_an_undated_article_is_scans_result(partitions: int, tmp_path: Path) -> None:
    """One article loses its date line, so its 'on Tuesday' is read against the other articles' dates: a task
    that saw only its own partition would date it differently (or not at all)."""
    _need_dask()
    story = tmp_path / "story"
    shutil.copytree(STORY, story)
    undated = sorted(story.glob("*.txt"))[-1]
    text = undated.read_text(encoding="utf-8")
    assert text.startswith("date ")
    undated.write_text(text.split("\n", 1)[1], encoding="utf-8")

    plain = claimcheck.scan([story], cache=False)
    art = next(a for a in plain.articles if a.date is None)
    alone = claimcheck.extract_article(art, claimcheck.load_model())
    assert [c.value for c in alone] != [c.value for c in plain.claims if c.source == art.id]  # the test can fail

    on_dask = claimcheck.scan_dask([story], cache=False, scheduler="synchronous", partitions=partitions)
    assert _ledger(on_dask) == _ledger(plain)


def test_dask_scan_reads_the_cache_scan_wrote_and_runs_no_task(monkeypatch: pytest.MonkeyPatch) -> None:
    _need_dask()
    plain = claimcheck.scan([STORY])  # fills the (per-test) cache

    def no_task(*args: object) -> None:
        raise AssertionError("an article was extracted again although the cache held it")

    monkeypatch.setattr(engine, "extract_partition", no_task)
    assert _ledger(claimcheck.scan_dask([STORY], scheduler="synchronous")) == _ledger(plain)


def _articles(n: int) -> list[Article]:
    return [Article(id=f"a{i}", path=f"a{i}.txt", text="", sha256="") for i in range(n)]


@pytest.mark.parametrize(("n", "parts", "sizes"), [(7, 3, [3, 2, 2]), (4, 4, [1, 1, 1, 1]), (2, 5, [1, 1]), (0, 2, [])])
def test_partitions_are_contiguous_near_equal_slices_in_order(n: int, parts: int, sizes: list[int]) -> None:
    arts = _articles(n)
    chunks = engine.partition(arts, parts)
    assert [len(c) for c in chunks] == sizes
    assert [a for c in chunks for a in c] == arts


def test_zero_partitions_is_an_input_error() -> None:
    with pytest.raises(InputError):
        engine.partition(_articles(3), 0)


def test_without_dask_the_cli_says_how_to_install_it(
    runner: CliRunner, seed_corpus: Path, monkeypatch: pytest.MonkeyPatch, plain_env: dict[str, str | None]
) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)  # `import dask` now raises ImportError, as when not installed
    result = runner.invoke(app, ["scan", str(seed_corpus), "--engine", "dask", "--no-cache"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: ") and 'pip install "claimcheck[dask]"' in lines[0]
    assert result.stdout == ""


def test_without_dask_the_library_raises_a_claimcheck_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(claimcheck.ClaimcheckError, match=r'pip install "claimcheck\[dask\]"'):
        claimcheck.scan_dask([STORY])


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--partitions", "2"], "--partitions needs --engine dask"),
        (["--scheduler", "threads"], "--scheduler needs --engine dask"),
        (["--engine", "dask", "--scheduler", "proceses"], "choose processes, threads, synchronous"),
    ],
)
def test_dask_options_misused_are_errors(
    extra: list[str], message: str, runner: CliRunner, seed_corpus: Path, plain_env: dict[str, str | None]
) -> None:
    if "--engine" in extra:
        _need_dask()
    result = runner.invoke(app, ["scan", str(seed_corpus), *extra])
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_scheduler_address_without_distributed_says_what_to_install(
    runner: CliRunner, seed_corpus: Path, monkeypatch: pytest.MonkeyPatch, plain_env: dict[str, str | None]
) -> None:
    _need_dask()
    monkeypatch.setitem(sys.modules, "distributed", None)

    def no_task(*args: object) -> None:
        raise AssertionError("articles were extracted before the scheduler was checked")

    monkeypatch.setattr(engine, "extract_partition", no_task)
    result = runner.invoke(app, ["scan", str(seed_corpus), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786"])
    assert result.exit_code == 2
    assert "needs Dask's distributed package" in result.stderr and "pip install" in result.stderr


def test_importing_claimcheck_imports_no_dask() -> None:
    code = "import sys, claimcheck; claimcheck.scan_dask; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
