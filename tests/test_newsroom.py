"""Newsroom inputs and outputs through the command line: saved pages, a JSONL and a CSV export and
front-matter notes of one invented story (fixtures/newsroom), and every output format.

The golden files in fixtures/newsroom/expected/ are rendered from the stored ledger, so they change only
when a renderer does; `python tests/test_newsroom.py --update` writes them again."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.ledger_read import result_from_ledger
from claimcheck.render import render_scan

NEWSROOM = Path(__file__).parent.parent / "fixtures" / "newsroom"
EXPECTED = NEWSROOM / "expected"
INPUTS = ["pages", "export.jsonl", "export.csv", "notes"]
GOLDEN = {
    "text": "report.txt",
    "csv": "report.csv",
    "markdown": "report.md",
    "ndjson": "report.ndjson",
    "html": "report.html",
}

if not os.environ.get("CI"):  # CI installs the html extra (.ci/run), so there a missing trafilatura fails
    pytest.importorskip("trafilatura", reason='the html extra: pip install ".[html]"')


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of fixtures/newsroom, so that relative paths in the ledger read as in the golden files."""
    dest = tmp_path_factory.mktemp("newsroom") / "newsroom"
    shutil.copytree(NEWSROOM, dest, ignore=shutil.ignore_patterns("expected"))
    return dest


@pytest.fixture(scope="module")
def scanned(newsroom: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One scan of every input kind, written as the ledger; returns the ledger."""
    cache = tmp_path_factory.mktemp("cache")
    old = Path.cwd()
    os.chdir(newsroom)
    try:
        r = CliRunner().invoke(
            app,
            ["scan", *INPUTS, "--json", "ledger.json", "-f", "csv", "-o", "out.csv"],
            env={"CLAIMCHECK_CACHE_DIR": str(cache), "NO_COLOR": "1", "COLUMNS": "120"},
        )
    finally:
        os.chdir(old)
    assert r.exit_code == 0, r.output
    assert r.stderr.strip() == "warning: skipped export.csv, row 3: its Text field is empty"
    ledger: dict[str, Any] = json.loads((newsroom / "ledger.json").read_text(encoding="utf-8"))
    return ledger


def _source_text(ledger_source: dict[str, Any], base: Path) -> str:
    if ledger_source["text"] is not None:
        return str(ledger_source["text"])
    with open(base / ledger_source["path"], encoding="utf-8", newline="") as f:
        return f.read().removeprefix("\ufeff")


def test_every_input_kind_gives_its_sources_with_metadata(scanned: dict[str, Any]) -> None:
    by = {s["id"]: s for s in scanned["sources"]}
    assert {s["format"] for s in scanned["sources"]} == {"html", "jsonl", "csv", "markdown"}
    assert len(by) == 10
    assert by["coastline"]["outlet"] == "Coastline News" and by["coastline"]["encoding"] == "cp1252"
    assert by["cc-77"]["record"] == 2 and by["cc-77"]["path"] == "export.jsonl"
    assert by["export-2"]["outlet"] == "Port Radio" and by["export-2"]["record"] == 2
    assert by["harbourmaster"]["date"] == "2024-03-13" and by["harbourmaster"]["time"] == "11:20"
    labels = [s["label"] for s in scanned["sources"]]
    assert len(set(labels)) == len(labels)
    assert by["nw-1001"]["label"] == "Northern Wire (nw-1001)" and by["nw-1002"]["label"] == "Northern Wire (nw-1002)"


def test_offsets_are_exact_against_the_text_kept(scanned: dict[str, Any], newsroom: Path) -> None:
    texts = {s["id"]: _source_text(s, newsroom) for s in scanned["sources"]}
    assert scanned["claims"]
    for c in scanned["claims"]:
        t = texts[c["source"]]
        assert t[c["start"] : c["end"]] == c["text"], c["id"]
        assert t[c["sentence_start"] : c["sentence_end"]] == c["sentence"], c["id"]


def test_the_story_lines_up_across_input_kinds(scanned: dict[str, Any]) -> None:
    """212 or 214 passengers is a conflict whose sides each span several input kinds; 'Tuesday' resolves in
    every kind from the metadata date, as no text has a date line."""
    fmt = {s["id"]: s["format"] for s in scanned["sources"]}
    conflicts = [g for g in scanned["groups"] if g["verdict"] == "conflict" and "passenger" in g["key"]]
    assert len(conflicts) == 1
    sides = [g for g in scanned["groups"] if g["id"] in conflicts[0]["sides"]]
    claims = {c["id"]: c for c in scanned["claims"]}
    values = {frozenset(claims[i]["value_text"] for i in g["claims"]) for g in sides}
    assert frozenset({"212"}) in values
    for g in sides:
        assert len({fmt[s] for s in g["sources"]}) >= 2
    tuesdays = [c for c in scanned["claims"] if c["text"] == "Tuesday"]
    assert {fmt[c["source"]] for c in tuesdays} == {"html", "jsonl", "csv", "markdown"}
    assert {c["value"] for c in tuesdays} == {"2024-03-12"}


def test_csv_output_has_one_row_per_claim(scanned: dict[str, Any], newsroom: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((newsroom / "out.csv").read_text(encoding="utf-8"), newline="")))
    assert [r["claim"] for r in rows] == [c["id"] for c in scanned["claims"]]
    verdicts = {g["id"]: g["verdict"] for g in scanned["groups"]}
    for r in rows:
        assert r["group"] == "" or verdicts[r["group"]] == r["verdict"]
    assert any(r["verdict"] == "conflict" and r["source"] == "Callan Courier" and r["value"] == "214" for r in rows)


@pytest.mark.parametrize("fmt", sorted(GOLDEN))
def test_outputs_match_their_golden_files(fmt: str) -> None:
    result = read_ledger_at(EXPECTED / "ledger.json")
    got = "".join(render_scan(result, fmt))
    want = (EXPECTED / GOLDEN[fmt]).read_bytes().decode("utf-8")
    assert got == want, f"{GOLDEN[fmt]} differs: run python tests/test_newsroom.py --update if the change is meant"


def read_ledger_at(path: Path) -> Any:
    return result_from_ledger(json.loads(path.read_text(encoding="utf-8")), path.parent.parent)


@pytest.mark.parametrize("fmt", ["text", "json", "ndjson", "csv", "markdown", "html"])
def test_scan_output_is_the_render_of_its_ledger_and_byte_identical_across_runs(
    fmt: str, scanned: dict[str, Any], newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom)
    monkeypatch.setenv("NO_COLOR", "1")
    runner = CliRunner()
    outs = []
    for n in range(2):
        r = runner.invoke(app, ["scan", *INPUTS, "--format", fmt, "--output", f"scan{n}.out"])
        assert r.exit_code == 0, r.output
        # all of it went to the file; stdout has the summary and where the file went
        assert r.stdout.splitlines()[1:] == [f"{fmt} output written to scan{n}.out", "the full report: --report"]
        assert r.stdout.startswith(f"{scanned['summary']['sources']} sources, {scanned['summary']['claims']} claims")
        outs.append((newsroom / f"scan{n}.out").read_bytes())
    assert outs[0] == outs[1]
    r = runner.invoke(app, ["render", "ledger.json", "--format", fmt])
    assert r.exit_code == 0, r.output
    assert r.stdout_bytes == outs[0]


@pytest.mark.parametrize(("fmt", "check"), [("ndjson", "lines"), ("markdown", "table"), ("json", "json")])
def test_formats_to_stdout_parse(fmt: str, check: str, newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(newsroom)
    r = CliRunner().invoke(app, ["scan", "export.jsonl", "export.csv", "-f", fmt])
    assert r.exit_code == 0, r.output
    if check == "lines":
        recs = [json.loads(line) for line in r.stdout.splitlines()]
        assert [x["type"] for x in recs][:1] == ["run"]
        assert {x["type"] for x in recs} >= {"source", "claim", "group"}
    elif check == "json":
        assert json.loads(r.stdout)["summary"]["sources"] == 5
    else:
        assert "| Fact | What each source says | Why |" in r.stdout


def test_kind_filter(newsroom: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(newsroom)
    r = CliRunner().invoke(app, ["scan", "export.jsonl", "--kind", "count,date", "-f", "json"])
    assert r.exit_code == 0, r.output
    ledger = json.loads(r.stdout)
    assert ledger["claims"] and {c["kind"] for c in ledger["claims"]} <= {"count", "date"}
    assert {g["kind"] for g in ledger["groups"]} <= {"count", "date"}
    bad = CliRunner().invoke(app, ["scan", "export.jsonl", "--kind", "counts"])
    assert bad.exit_code == 2 and "not a kind of claim" in bad.stderr


def test_show_prints_one_group_in_full(
    scanned: dict[str, Any], newsroom: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(newsroom)
    g = next(g for g in scanned["groups"] if g["verdict"] == "conflict")
    r = CliRunner().invoke(app, ["show", g["id"][:6], "--ledger", "ledger.json"], env={"COLUMNS": "200"})
    assert r.exit_code == 0, r.output
    assert g["id"] in r.stdout and f"Claims ({len(g['claims'])})" in r.stdout
    assert f"Comparisons ({len(g['comparisons'])})" in r.stdout
    assert "Callan Courier" in r.stdout and g["comparisons"][0]["detail"][:40] in " ".join(r.stdout.split())
    bad = CliRunner().invoke(app, ["show", "Gzzz", "--ledger", "ledger.json"])
    assert bad.exit_code == 2 and "no group id starts with" in bad.stderr


def test_diff_of_two_files_needs_no_corpus_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside the repository, with no corpus/ folder: two .txt files named as in the issue."""
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "bbc_news.txt").write_text(
        "date 2024-03-13\nThe ferry was carrying 212 passengers when it ran aground, the coastguard said.\n",
        encoding="utf-8",
    )
    (work / "bbc_world.txt").write_text(
        "date 2024-03-13\nThe ferry was carrying 214 passengers when it ran aground, the coastguard said.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(work)
    r = CliRunner().invoke(app, ["diff", "bbc_news.txt", str(work / "bbc_world.txt")], env={"COLUMNS": "120"})
    assert r.exit_code == 0, r.output
    assert "Where bbc_news and bbc_world differ (1)" in r.stdout
    assert "(bbc)" not in r.stdout
    r = CliRunner().invoke(app, ["diff", "bbc_news.txt", "bbc_world.txt", "-f", "markdown"])
    assert r.exit_code == 0, r.output
    assert "| Fact | bbc\\_news | bbc\\_world | Relation |" in r.stdout
    assert "| 212 (according to coastguard) | 214 (according to coastguard) | conflict |" in r.stdout
    outs = {}
    for fmt in ("json", "ndjson", "csv", "html", "text"):
        r = CliRunner().invoke(app, ["diff", "bbc_news.txt", "bbc_world.txt", "-f", fmt, "-o", f"diff.{fmt}"])
        assert r.exit_code == 0, r.output
        outs[fmt] = (work / f"diff.{fmt}").read_text(encoding="utf-8")
        # on stdout, the diff's first line and where it went, not the diff
        assert r.stdout.splitlines()[1:] == [f"{fmt} output written to diff.{fmt}", "the full diff: --report"]
        assert r.stdout.startswith("bbc_news vs bbc_world: 0 stated by both, 1 differ"), r.stdout
    r = CliRunner().invoke(app, ["diff", "bbc_news.txt", "bbc_world.txt", "-f", "csv", "-o", "d.csv", "--report"])
    assert r.exit_code == 0, r.output
    assert "Where bbc_news and bbc_world differ (1)" in r.stdout  # --report: the diff as well
    assert [len(json.loads(outs["json"])[k]) for k in ("both", "differ", "only_a", "only_b")] == [0, 1, 0, 0]
    lines = [json.loads(line) for line in outs["ndjson"].splitlines()]
    assert [x["type"] for x in lines] == ["diff", "item"] and lines[1]["relation"] == "conflict"
    rows = list(csv.DictReader(io.StringIO(outs["csv"], newline="")))
    assert [(r["section"], r["source"], r["value"]) for r in rows] == [
        ("differ", "bbc_news", "212"),
        ("differ", "bbc_world", "214"),
    ]
    assert "Where they differ (1)</h2>" in outs["html"] and outs["html"].count('class="claim v-conflict"') == 2
    assert "Where bbc_news and bbc_world differ (1)" in outs["text"]


def test_html_escapes_article_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "hostile.jsonl"
    rec = {
        "source": "<script>alert('outlet')</script>",
        "text": 'Police said <script>alert(1)</script> 14 people & "7 cars" were hurt in <b>Leeds</b>.',
    }
    f.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(app, ["scan", "hostile.jsonl", "-f", "html", "-o", "h.html"])
    assert r.exit_code == 0, r.output
    page = (tmp_path / "h.html").read_text(encoding="utf-8")
    assert "<script" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;Leeds&lt;/b&gt;" in page
    assert "http://" not in page.replace('href="http', "") and "<link" not in page and "src=" not in page


def _update() -> None:
    """Rescan the fixtures into expected/ledger.json and render every golden file from it."""
    import subprocess

    EXPECTED.mkdir(exist_ok=True)
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    cmd = [sys.executable, "-m", "claimcheck", "scan", *INPUTS, "--no-cache", "--json", "expected/ledger.json"]
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:  # the scan's own output is not kept: only its ledger
        subprocess.run([*cmd, "-f", "csv", "-o", str(Path(tmp) / "out.csv")], cwd=NEWSROOM, env=env, check=True)
    result = read_ledger_at(EXPECTED / "ledger.json")
    for fmt, name in GOLDEN.items():
        (EXPECTED / name).write_bytes("".join(render_scan(result, fmt)).encode("utf-8"))
        print("wrote", EXPECTED / name)


if __name__ == "__main__":
    if sys.argv[1:] == ["--update"]:
        _update()
    else:
        print(__doc__)
