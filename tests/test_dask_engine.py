"""The Dask engine (claimcheck[dask]): `scan`, `extract` and `reconcile` with --engine dask write the ledger
bytes of the one-machine path, on a LocalCluster of 2 workers and on Dask's local schedulers, whatever the
partitions; workers load the model once and do not outlive the command; without Dask or distributed it says
in one line how to install it."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
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


def _need_dask(*packages: str) -> None:
    """Skip without Dask on a contributor's machine; CI installs claimcheck[dask], so there it must be there."""
    for name in ("dask", *packages):
        if importlib.util.find_spec(name) is None:
            if os.environ.get("CI"):
                pytest.fail(f'CI runs without {name}: .ci/run must install ".[test,html,dask]"')
            pytest.skip(f'{name} is not installed (pip install "claimcheck[dask]")')


def _children() -> set[int]:
    """This process's children, less multiprocessing's resource tracker (started by the first spawned process,
    it lives as long as this interpreter)."""
    import psutil

    return {p.pid for p in psutil.Process().children(recursive=True) if "resource_tracker" not in " ".join(p.cmdline())}


@pytest.fixture(scope="module")
def cluster() -> Iterator[engine.DaskRunner]:
    """A LocalCluster of 2 worker processes for the module's tests (reached by its address as a running
    cluster would be), closed with its workers at the end."""
    _need_dask("distributed")
    before = _children()
    with engine.DaskRunner(None, 2) as runner:
        yield runner
    assert _children() <= before, "the LocalCluster's workers outlived it"


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


def test_cli_dask_scan_on_a_local_cluster_writes_the_same_ledger_bytes_and_leaves_no_worker(
    runner: CliRunner, seed_corpus: Path, seed_scan: SeedScan, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    _need_dask("distributed")
    out = tmp_path / "dask.json"
    before = _children()
    args = ["scan", str(seed_corpus), "--engine", "dask", "--jobs", "2", "--partitions", "2"]
    result = runner.invoke(app, [*args, "--no-cache", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == seed_scan.ledger_path.read_bytes()
    assert "conflict" in result.stdout  # the report is printed as scan prints it
    assert _children() <= before  # the LocalCluster and its 2 workers are gone


def test_cli_extract_on_dask_writes_partition_files_that_reconcile_reads_as_scans_ledger(
    runner: CliRunner,
    seed_corpus: Path,
    seed_scan: SeedScan,
    tmp_path: Path,
    plain_env: dict[str, str | None],
    cluster: engine.DaskRunner,
) -> None:
    address = cluster.client.scheduler.address
    parts = tmp_path / "parts"
    args = ["extract", str(seed_corpus), "--engine", "dask", "--scheduler", address, "--partitions", "3"]
    result = runner.invoke(app, [*args, "--no-cache", "--out", str(parts)])
    assert result.exit_code == 0, result.output
    files = sorted(parts.glob("part-*.jsonl"))
    assert [f.name for f in files] == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    # one pipeline a worker, loaded on its first task and kept, whatever the number of partitions
    loaded = cluster.client.run(lambda: len(__import__("claimcheck.nlp").nlp._LOADED))
    assert set(loaded.values()) <= {0, 1} and 1 in loaded.values()

    one = tmp_path / "one.json"
    assert runner.invoke(app, ["reconcile", *map(str, files), "--json", str(one)]).exit_code == 0
    assert one.read_bytes() == seed_scan.ledger_path.read_bytes()
    on_dask = tmp_path / "dask.json"
    args = ["reconcile", *map(str, files), "--engine", "dask", "--scheduler", address, "--partitions", "3"]
    result = runner.invoke(app, [*args, "--json", str(on_dask)])
    assert result.exit_code == 0, result.output
    assert on_dask.read_bytes() == seed_scan.ledger_path.read_bytes()
    assert "conflict" in result.stdout


def test_library_extract_and_reconcile_on_one_cluster_give_scans_result(cluster: engine.DaskRunner) -> None:
    corpus = claimcheck.read_corpus([STORY])
    plain = claimcheck.scan_corpus(corpus, cache=False)
    ex = engine.extract_dask(corpus.articles, partitions=4, cache=False, runner=cluster)
    claims = tuple(c for a in corpus.articles for c in ex.claims[a.id])
    assert claims == plain.claims
    rec = engine.reconcile_dask(claims, corpus.articles, None, runner=cluster, partitions=3)
    assert rec.groups == plain.groups and rec.entities == plain.entities


def test_extract_to_parts_replaces_the_part_files_of_an_earlier_run(seed_corpus: Path, tmp_path: Path) -> None:
    _need_dask()
    out = tmp_path / "parts"
    out.mkdir()
    (out / "notes.txt").write_text("kept", encoding="utf-8")
    first = engine.extract_to_parts([seed_corpus], out, scheduler="synchronous", partitions=3)
    assert len(first.files) == 3 and first.articles == 5
    second = engine.extract_to_parts([seed_corpus], out, scheduler="synchronous", partitions=2)  # from the cache
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "part-00000.jsonl", "part-00001.jsonl"]
    assert second.claims == first.claims
    lines = "".join(f.read_text(encoding="utf-8") for f in second.files).splitlines()
    assert sum('"type": "source"' in x for x in lines) == 5


def test_cli_extract_on_dask_needs_a_folder(
    runner: CliRunner, seed_corpus: Path, plain_env: dict[str, str | None]
) -> None:
    _need_dask()
    result = runner.invoke(app, ["extract", str(seed_corpus), "--engine", "dask", "--scheduler", "synchronous"])
    assert result.exit_code == 2
    assert "give --out FOLDER" in result.stderr


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

    monkeypatch.setattr(engine, "_extract_job", no_task)
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
        (["--engine", "dask", "--scheduler", "proceses"], "give a distributed scheduler's address"),
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

    monkeypatch.setattr(engine, "_extract_job", no_task)
    for more in (["--scheduler", "tcp://127.0.0.1:8786"], []):  # an address, or the default LocalCluster
        result = runner.invoke(app, ["scan", str(seed_corpus), "--engine", "dask", *more])
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "needs Dask's distributed package" in lines[0]
        assert 'pip install "claimcheck[dask]"' in lines[0]
    for command in (["extract", "--out", "parts"], ["reconcile"]):
        result = runner.invoke(app, [command[0], str(seed_corpus), *command[1:], "--engine", "dask"])
        assert result.exit_code == 2 and "needs Dask's distributed package" in result.stderr


def test_importing_claimcheck_imports_no_dask() -> None:
    code = "import sys, claimcheck; claimcheck.scan_dask; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_placement_puts_the_largest_items_first_on_the_least_loaded_worker() -> None:
    assert engine._placement([1, 9, 5, 4, 1], ["a", "b"]) == ["a", "a", "b", "b", "b"]
    assert engine._placement([3, 3], ["a"]) == ["a", "a"]
    assert engine._placement([], ["a", "b"]) == []
