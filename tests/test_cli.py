"""The command line, driven through typer's CliRunner (stdout and stderr are captured apart)."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from click.testing import Result
from typer.testing import CliRunner

import claimcheck
import claimcheck.ledger
from claimcheck.cli import app

if TYPE_CHECKING:
    from conftest import SeedScan

SUMMARY = re.compile(
    r"^(?P<sources>\d+) sources, (?P<claims>\d+) claims, (?P<groups>\d+) groups: (?P<conflict>\d+) conflict, "
    r"(?P<compatible>\d+) compatible, (?P<agree>\d+) agree, (?P<single>\d+) single$"
)
# A section rule, e.g. "Conflicts (1) ─────────".
RULE = re.compile(r"^(?P<title>\S.*?) \((?P<n>\d+)\) ─+\s*$", re.MULTILINE)
SECTION_TITLES = ("Conflicts", "Compatible", "Agreements", "Stated by one source only")
ANSI = "\x1b"


def flat(text: str) -> str:
    """Text with every run of whitespace as one space: table cells wrap at the console width."""
    return " ".join(text.split())


def sections(text: str) -> dict[str, str]:
    """Section title -> the text under its rule, up to the next rule."""
    rules = list(RULE.finditer(text))
    out = {}
    for m, nxt in zip(rules, [*rules[1:], None], strict=True):
        out[m.group("title")] = text[m.end() : nxt.start() if nxt else len(text)]
    return out


def source_text(path: str | Path) -> str:
    """A source file as the ledger's offsets see it: UTF-8, BOM dropped, line endings untouched."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    return text.removeprefix("\ufeff")


def ledger_of(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def verdicts(ledger: dict[str, Any]) -> Counter[str]:
    return Counter(g["verdict"] for g in ledger["groups"])


def assert_clean_error(result: Result) -> str:
    """Exit status 2, one line on stderr starting with "error:", and no traceback anywhere."""
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    for stream in (result.output, result.stdout, result.stderr):
        assert "Traceback" not in stream
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:"), result.stderr
    return lines[0]


def copy_articles(src: Path, dest: Path, *prefixes: str) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for prefix in prefixes:
        (match,) = src.glob(f"{prefix}_*.txt")
        shutil.copy(match, dest / match.name)
    return dest


# -- scan: the report ------------------------------------------------------------------------------------


def test_scan_prints_summary_line_and_sections(seed_scan: SeedScan) -> None:
    assert seed_scan.exit_code == 0
    first = seed_scan.stdout.splitlines()[0]
    m = SUMMARY.match(first)
    assert m, first
    ledger = seed_scan.ledger
    assert int(m["sources"]) == 5 == len(ledger["sources"])
    assert int(m["claims"]) == len(ledger["claims"])
    assert int(m["groups"]) == len(ledger["groups"])
    counts = verdicts(ledger)
    for v in ("conflict", "compatible", "agree", "single"):
        assert int(m[v]) == counts[v]
    found = sections(seed_scan.stdout)
    for title in SECTION_TITLES:
        assert title in found, list(found)
    assert [t for t in found if t in SECTION_TITLES] == list(SECTION_TITLES)  # conflicts first


def test_scan_with_a_ledger_file_prints_a_summary_and_where_the_ledger_went(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None], seed_scan: SeedScan
) -> None:
    """--json FILE without --report: the summary line, where the ledger went and how to see the report; no
    section of the report. The same ledger bytes as with --report."""
    ledger = warm_cache.parent / "summary-ledger.json"
    result = runner.invoke(app, ["scan", str(seed_corpus), "--json", str(ledger)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == seed_scan.stdout.splitlines()[0] and SUMMARY.match(lines[0]), lines
    assert lines[1:] == [
        f"ledger written to {ledger}",
        f"the full report: --report, or claimcheck render {ledger} --format text",
    ]
    assert not RULE.search(result.stdout)
    assert ledger.read_bytes() == seed_scan.ledger_path.read_bytes()
    named = runner.invoke(app, ["scan", str(seed_corpus), "--json", str(ledger), "-o", "-"])
    assert named.exit_code == 0, named.output
    assert named.stdout == runner.invoke(app, ["scan", str(seed_corpus)]).stdout  # `-o -` names the report


def test_scan_with_an_output_file_prints_a_summary_and_report_adds_the_report(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    out = tmp_path / "report.md"
    result = runner.invoke(app, ["scan", str(seed_corpus), "-f", "markdown", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert SUMMARY.match(lines[0]) and lines[1:] == [f"markdown output written to {out}", "the full report: --report"]
    assert out.read_text(encoding="utf-8").startswith("# claimcheck report")
    with_report = runner.invoke(app, ["scan", str(seed_corpus), "-f", "markdown", "-o", str(out), "--report"])
    assert with_report.exit_code == 0, with_report.output
    plain = runner.invoke(app, ["scan", str(seed_corpus)])
    assert with_report.stdout == plain.stdout  # the terminal report, as without any file
    assert [t for t in sections(with_report.stdout) if t in SECTION_TITLES] == list(SECTION_TITLES)


def test_report_is_refused_when_stdout_holds_the_ledger(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None]
) -> None:
    msg = assert_clean_error(runner.invoke(app, ["scan", str(seed_corpus), "--json", "-", "--report"]))
    assert "--json -" in msg


def test_scan_has_no_ansi_escapes_when_not_a_terminal(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(key, raising=False)
    result = runner.invoke(app, ["scan", str(seed_corpus)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("5 sources, ")
    assert ANSI not in result.output


def test_scan_has_no_ansi_escapes_with_no_color(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None]
) -> None:
    result = runner.invoke(app, ["scan", str(seed_corpus)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("5 sources, ")
    assert ANSI not in result.output


# -- scan: the ledger ------------------------------------------------------------------------------------


def test_scan_json_writes_a_consistent_ledger(seed_scan: SeedScan) -> None:
    ledger = seed_scan.ledger
    assert ledger["schema_version"] == 1
    for key in ("sources", "claims", "groups"):
        assert isinstance(ledger[key], list)
        assert ledger[key]
    texts = {s["id"]: source_text(s["path"]) for s in ledger["sources"]}
    assert len(texts) == len(ledger["sources"]) == 5
    for c in ledger["claims"]:
        text = texts[c["source"]]
        assert text[c["start"] : c["end"]] == c["text"], c["id"]
        assert text[c["sentence_start"] : c["sentence_end"]] == c["sentence"], c["id"]
    claim_ids = [c["id"] for c in ledger["claims"]]
    group_ids = [g["id"] for g in ledger["groups"]]
    assert len(set(claim_ids)) == len(claim_ids)
    assert len(set(group_ids)) == len(group_ids)
    known = set(claim_ids)
    for g in ledger["groups"]:
        assert g["claims"], g["id"]
        assert set(g["claims"]) <= known, g["id"]
        assert set(g["sources"]) <= set(texts), g["id"]


def test_scan_json_to_stdout_prints_only_json(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None]
) -> None:
    result = runner.invoke(app, ["scan", str(seed_corpus), "--json", "-"])
    assert result.exit_code == 0, result.output
    ledger = json.loads(result.stdout)
    assert ledger["schema_version"] == 1
    assert len(ledger["sources"]) == 5


def test_two_runs_give_byte_identical_ledgers(
    runner: CliRunner, seed_corpus: Path, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    outs = []
    # Twice without the cache, then twice with an empty cache: the first fills it, the second reads it.
    for i, extra in enumerate((["--no-cache"], ["--no-cache"], [], [])):
        out = tmp_path / f"ledger{i}.json"
        result = runner.invoke(app, ["scan", str(seed_corpus), "--json", str(out), *extra])
        assert result.exit_code == 0, result.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1], "two --no-cache runs differ"
    assert outs[2] == outs[3], "a cached run differs from the run that filled the cache"
    assert outs[0] == outs[2], "a cached run differs from a --no-cache run"


# -- scan: --only and --fail-on-conflict -----------------------------------------------------------------


def test_only_conflict_shows_only_conflicts(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None], seed_scan: SeedScan
) -> None:
    result = runner.invoke(app, ["scan", str(seed_corpus), "--only", "conflict"])
    assert result.exit_code == 0, result.output
    found = sections(result.stdout)
    assert list(found) == ["Conflicts"]
    n = verdicts(seed_scan.ledger)["conflict"]
    assert f"Conflicts ({n})" in result.stdout
    body = found["Conflicts"]
    assert "CONFLICT" in body
    for other in ("AGREE ", "COMPATIBLE ", "SINGLE "):
        assert other not in body


def test_only_single_shows_all_single_source_claims(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None], seed_scan: SeedScan
) -> None:
    result = runner.invoke(app, ["scan", str(seed_corpus), "--only", "single"])
    assert result.exit_code == 0, result.output
    found = sections(result.stdout)
    assert list(found) == ["Stated by one source only"]
    n = verdicts(seed_scan.ledger)["single"]
    assert f"Stated by one source only ({n})" in result.stdout
    assert "more (--only single" not in result.stdout  # not cut short


def test_fail_on_conflict_exits_1_when_a_conflict_exists(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None]
) -> None:
    result = runner.invoke(app, ["scan", str(seed_corpus), "--fail-on-conflict"])
    assert result.exit_code == 1, result.output
    assert "Conflicts (" in result.stdout  # the report is still printed
    assert "Independent Office of Police Conduct" in flat(result.stdout)


def test_fail_on_conflict_exits_0_without_conflicts(
    runner: CliRunner, seed_corpus: Path, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    folder = copy_articles(seed_corpus, tmp_path / "calm", "000", "002")
    result = runner.invoke(app, ["scan", str(folder), "--fail-on-conflict"])
    assert result.exit_code == 0, result.output
    m = SUMMARY.match(result.stdout.splitlines()[0])
    assert m and m["sources"] == "2" and m["conflict"] == "0", result.stdout.splitlines()[0]


# -- diff --------------------------------------------------------------------------------------------------


def test_diff_shows_both_17_officers_sentences_and_16_of_17_agreeing_with_all_but_one(
    runner: CliRunner,
    seed_corpus: Path,
    warm_cache: Path,
    plain_env: dict[str, str | None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(seed_corpus.parent)  # the default --corpus is ./corpus
    result = runner.invoke(app, ["diff", "001", "004"])
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "16 of the 17 officers involved" in out
    assert "we examined the actions of 17 officers" in out
    both = [body for title, body in sections(result.stdout).items() if title.startswith("Stated by both")]
    assert len(both) == 1, list(sections(result.stdout))
    blocks = [b for b in both[0].split("\n\n") if "16 of the 17" in flat(b) and "All but one" in flat(b)]
    assert len(blocks) == 1, both[0]
    assert blocks[0].strip().startswith("AGREE"), blocks[0]


def test_diff_json(runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["diff", "001", "004", "--json", "--corpus", str(seed_corpus)])
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert set(d) == {"a", "b", "both", "differ", "only_a", "only_b"}
    assert d["a"].startswith("001_") and d["b"].startswith("004_")
    agreeing = [
        it
        for it in d["both"]
        if it["relation"] == "agree"
        and any("16 of the 17" in c["sentence"] for c in it["a"])
        and any("All but one" in c["sentence"] for c in it["b"])
    ]
    assert len(agreeing) == 1


# -- errors: exit 2, one line on stderr, no traceback ------------------------------------------------------


def test_error_missing_path(runner: CliRunner, plain_env: dict[str, str | None]) -> None:
    msg = assert_clean_error(runner.invoke(app, ["scan", "/nonexistent"]))
    assert "/nonexistent" in msg


def test_error_empty_folder(runner: CliRunner, tmp_path: Path, plain_env: dict[str, str | None]) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    msg = assert_clean_error(runner.invoke(app, ["scan", str(empty)]))
    assert str(empty) in msg


def test_error_folder_without_articles(runner: CliRunner, tmp_path: Path, plain_env: dict[str, str | None]) -> None:
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    msg = assert_clean_error(runner.invoke(app, ["scan", str(folder)]))
    assert str(folder) in msg


def test_error_ambiguous_prefix_names_the_candidates(
    runner: CliRunner, seed_corpus: Path, plain_env: dict[str, str | None]
) -> None:
    msg = assert_clean_error(runner.invoke(app, ["diff", "00", "004", "--corpus", str(seed_corpus)]))
    assert "000_" in msg and "001_" in msg


def test_error_unknown_prefix(runner: CliRunner, seed_corpus: Path, plain_env: dict[str, str | None]) -> None:
    msg = assert_clean_error(runner.invoke(app, ["diff", "999", "004", "--corpus", str(seed_corpus)]))
    assert "999" in msg


def test_error_model_not_installed_says_how_to_install(
    runner: CliRunner, seed_corpus: Path, plain_env: dict[str, str | None]
) -> None:
    msg = assert_clean_error(runner.invoke(app, ["scan", str(seed_corpus), "--model", "no_such_model_xyz"]))
    assert "no_such_model_xyz" in msg
    assert "pip install" in msg


@pytest.mark.parametrize("kind", ["missing_folder", "is_a_folder"])
def test_error_json_path_cannot_be_written_and_other_ledger_untouched(
    kind: str, runner: CliRunner, seed_corpus: Path, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    existing = tmp_path / "ledger.json"
    existing.write_text('{"old": true}\n', encoding="utf-8")
    before = existing.stat().st_mtime_ns
    target = tmp_path / "no_such_folder" / "ledger.json" if kind == "missing_folder" else tmp_path
    msg = assert_clean_error(runner.invoke(app, ["scan", str(seed_corpus), "--json", str(target)]))
    assert str(target) in msg
    assert existing.read_text(encoding="utf-8") == '{"old": true}\n'
    assert existing.stat().st_mtime_ns == before
    assert not (tmp_path / "no_such_folder").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.json"]  # no stray temporary file


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders")
def test_failed_write_to_read_only_folder_keeps_existing_ledger(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    ledger = folder / "ledger.json"
    assert runner.invoke(app, ["scan", str(seed_corpus), "--json", str(ledger)]).exit_code == 0
    old = ledger.read_bytes()
    folder.chmod(0o500)
    try:
        assert_clean_error(runner.invoke(app, ["scan", str(seed_corpus), "--json", str(ledger)]))
    finally:
        folder.chmod(0o700)
    assert ledger.read_bytes() == old
    assert [p.name for p in folder.iterdir()] == ["ledger.json"]


def _break_iter_ledger_midway(monkeypatch: pytest.MonkeyPatch) -> None:
    real = claimcheck.ledger.iter_ledger

    def broken(result: claimcheck.ScanResult) -> Any:
        for i, chunk in enumerate(real(result)):
            if i == 12:
                raise OSError(errno.ENOSPC, "No space left on device")
            yield chunk

    monkeypatch.setattr(claimcheck.ledger, "iter_ledger", broken)


def test_failed_write_midway_keeps_existing_ledger(
    seed_corpus: Path, warm_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = claimcheck.scan([seed_corpus])
    ledger = tmp_path / "ledger.json"
    claimcheck.write_ledger(result, ledger)
    old = ledger.read_bytes()
    assert json.loads(old)["schema_version"] == 1
    _break_iter_ledger_midway(monkeypatch)
    with pytest.raises(claimcheck.OutputError):
        claimcheck.write_ledger(result, ledger)
    assert ledger.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.json"]  # the temporary file is gone


def test_failed_write_midway_from_the_cli_keeps_existing_ledger(
    runner: CliRunner,
    seed_corpus: Path,
    warm_cache: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    plain_env: dict[str, str | None],
) -> None:
    ledger = tmp_path / "ledger.json"
    assert runner.invoke(app, ["scan", str(seed_corpus), "--json", str(ledger)]).exit_code == 0
    old = ledger.read_bytes()
    _break_iter_ledger_midway(monkeypatch)
    msg = assert_clean_error(runner.invoke(app, ["scan", str(seed_corpus), "--json", str(ledger)]))
    assert str(ledger) in msg
    assert ledger.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["ledger.json"]


# -- bad input files: a warning naming the file, then the scan goes on ------------------------------------

BAD_FILES = {
    "empty": b"",
    "binary": b"abc\x00\x01\x02def 17 officers.\x00",
    "latin1": b"caf\xe9 17 officers.",
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_file_is_skipped_with_a_warning(
    kind: str, runner: CliRunner, seed_corpus: Path, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    folder = copy_articles(seed_corpus, tmp_path / "mixed", "000")
    bad = folder / f"{kind}.txt"
    bad.write_bytes(BAD_FILES[kind])
    result = runner.invoke(app, ["scan", str(folder), "--json", "-", "--encoding-errors", "skip"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert str(bad) in warnings[0]
    assert "Traceback" not in result.output
    ledger = json.loads(result.stdout)
    assert [s["id"] for s in ledger["sources"]] == [next(folder.glob("000_*.txt")).stem]


def test_non_utf8_file_is_read_with_encoding_errors_replace(
    runner: CliRunner, seed_corpus: Path, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    folder = copy_articles(seed_corpus, tmp_path / "mixed", "000")
    bad = folder / "latin1.txt"
    bad.write_bytes(BAD_FILES["latin1"])
    result = runner.invoke(app, ["scan", str(folder), "--json", "-", "--encoding-errors", "replace"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, result.stderr
    assert str(bad) in warnings[0] and "replacement character" in warnings[0]
    ledger = json.loads(result.stdout)
    assert "latin1" in [s["id"] for s in ledger["sources"]]
    assert len(ledger["sources"]) == 2


# -- version and help --------------------------------------------------------------------------------------


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"claimcheck {claimcheck.__version__}"


def test_help(runner: CliRunner, plain_env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0, result.output
    for command in ("scan", "diff", "extract", "reconcile"):
        assert command in result.stdout
    result = runner.invoke(app, ["scan", "--help"])
    assert result.exit_code == 0, result.output
    assert "--json" in result.stdout and "--fail-on-conflict" in result.stdout


def test_python_dash_m_help(tmp_path: Path, plain_env: dict[str, str | None]) -> None:
    env = dict(os.environ)  # plain_env has set NO_COLOR and COLUMNS, and removed FORCE_COLOR
    proc = subprocess.run(
        [sys.executable, "-m", "claimcheck", "--help"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Usage" in proc.stdout and "scan" in proc.stdout
    assert "Traceback" not in proc.stderr


# -- extract and reconcile: the map and group-by stages ----------------------------------------------------


def test_extract_then_reconcile_gives_the_scan_verdicts(
    runner: CliRunner,
    seed_corpus: Path,
    warm_cache: Path,
    tmp_path: Path,
    plain_env: dict[str, str | None],
    seed_scan: SeedScan,
) -> None:
    claims_file = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(seed_corpus), "-o", str(claims_file)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in claims_file.read_text(encoding="utf-8").splitlines()]
    kinds = Counter(r["type"] for r in records)
    assert records[0]["type"] == "model"
    assert kinds == {"model": 1, "source": 5, "claim": len(seed_scan.ledger["claims"])}

    out = tmp_path / "ledger.json"
    result = runner.invoke(app, ["reconcile", str(claims_file), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert SUMMARY.match(result.stdout.splitlines()[0])
    assert result.stdout.splitlines()[1] == f"ledger written to {out}"
    assert not RULE.search(result.stdout)  # a summary, not the report
    assert verdicts(ledger_of(out)) == verdicts(seed_scan.ledger)
    result = runner.invoke(app, ["reconcile", str(claims_file), "--json", str(out), "--report"])
    assert result.exit_code == 0, result.output
    assert SUMMARY.match(result.stdout.splitlines()[0])
    assert [t for t in sections(result.stdout) if t in SECTION_TITLES] == list(SECTION_TITLES)


def test_reconcile_refuses_claims_read_twice(runner: CliRunner, seed_corpus: Path, tmp_path: Path) -> None:
    """One claims file given twice (or two overlapping shards) would count every claim twice."""
    claims_file = tmp_path / "claims.jsonl"
    assert runner.invoke(app, ["extract", str(seed_corpus), "-o", str(claims_file)]).exit_code == 0
    result = runner.invoke(app, ["reconcile", str(claims_file), str(claims_file)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "was already read at" in lines[0] and "give each claims file once" in lines[0]


def test_reconcile_reports_a_line_that_is_not_a_record(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('"just a string"\n', encoding="utf-8")
    result = runner.invoke(app, ["reconcile", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {bad}, line 1: not a claimcheck record (a record is a JSON object, not a string); "
        "give a file written by `claimcheck extract`"
    ]
