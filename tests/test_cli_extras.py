"""Small things people expect of a command line: -h, shell completion, $COLUMNS when piped, progress,
--jobs and --no-cache on extract, and `claimcheck cache info|clear|prune`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from typer.testing import CliRunner

from claimcheck.cache import FORMAT
from claimcheck.cli import app

if TYPE_CHECKING:
    from conftest import SeedScan


def test_dash_h_is_help(runner: CliRunner, plain_env: dict[str, str | None]) -> None:
    for args in (["-h"], ["scan", "-h"], ["diff", "-h"], ["cache", "-h"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
        assert "Usage:" in result.stdout and "--help" in result.stdout


def test_shell_completion_is_offered(runner: CliRunner, plain_env: dict[str, str | None]) -> None:
    result = runner.invoke(app, ["--help"])
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def test_columns_is_honoured_when_piped(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None]
) -> None:
    widths = {}
    for cols in ("80", "160"):
        result = runner.invoke(app, ["scan", str(seed_corpus)], env={"COLUMNS": cols})
        assert result.exit_code == 0, result.output
        widths[cols] = max(len(line) for line in result.stdout.splitlines())
    assert widths["80"] <= 80 < widths["160"] <= 160


def test_extract_takes_jobs_and_no_cache(
    runner: CliRunner, seed_corpus: Path, tmp_path: Path, _isolated_cache: Path, plain_env: dict[str, str | None]
) -> None:
    out = tmp_path / "claims.jsonl"
    result = runner.invoke(app, ["extract", str(seed_corpus), "-o", str(out), "--no-cache", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sum(r["type"] == "source" for r in records) == 5 and sum(r["type"] == "claim" for r in records) > 50
    assert not list(_isolated_cache.rglob("*.json"))  # --no-cache wrote nothing
    again = tmp_path / "again.jsonl"
    assert runner.invoke(app, ["extract", str(seed_corpus), "-o", str(again)]).exit_code == 0
    assert again.read_bytes() == out.read_bytes()
    assert len(list(_isolated_cache.rglob("*.json"))) == 5


def test_cache_info_clear_and_prune(runner: CliRunner, _isolated_cache: Path) -> None:
    cur = _isolated_cache / f"extract-v{FORMAT}" / "ab"
    cur.mkdir(parents=True)
    (cur / "ab12.json").write_text("[]", encoding="utf-8")
    (cur / "tmpx.tmp").write_text("[", encoding="utf-8")
    old = _isolated_cache / f"extract-v{FORMAT - 1 if FORMAT > 0 else 99}" / "cd"
    old.mkdir(parents=True)
    (old / "cd34.json").write_text("[]", encoding="utf-8")
    (_isolated_cache / "not-ours.txt").write_text("keep", encoding="utf-8")
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0, info.output
    assert f"path: {_isolated_cache}" in info.stdout and "entries: 1" in info.stdout
    assert "left by older versions: 2 files" in info.stdout
    prune = runner.invoke(app, ["cache", "prune"])
    assert prune.stdout.strip() == "removed 2 files"
    assert (cur / "ab12.json").is_file() and not old.exists() and not (cur / "tmpx.tmp").exists()
    clear = runner.invoke(app, ["cache", "clear"])
    assert clear.stdout.strip() == "removed 1 file"
    assert [p.name for p in _isolated_cache.iterdir()] == ["not-ours.txt"]


def test_non_utf8_text_is_read_as_cp1252_with_a_warning(
    runner: CliRunner, tmp_path: Path, plain_env: dict[str, str | None]
) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes(b"date 2024-03-13\nThe caf\xe9 owner said 14 people were hurt \x96 three of them badly.\n")
    result = runner.invoke(app, ["scan", str(f), "--json", "-"])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"warning: read {f} as Windows-1252 (cp1252): it is not valid UTF-8 (byte 23)"
    ledger = json.loads(result.stdout)
    assert ledger["sources"][0]["encoding"] == "cp1252"
    text = f.read_bytes().decode("cp1252")
    for c in ledger["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
    assert "14" in [c["text"] for c in ledger["claims"]]


def test_single_source_lines_wrap_inside_their_column(
    runner: CliRunner, seed_corpus: Path, warm_cache: Path, plain_env: dict[str, str | None]
) -> None:
    """At any width a wrapped sentence continues under the sentence, never at the start of a line."""
    for cols in ("60", "80", "120"):
        result = runner.invoke(app, ["scan", str(seed_corpus), "--only", "single"], env={"COLUMNS": cols})
        assert result.exit_code == 0, result.output
        lines = result.stdout.split("Stated by one source only", 1)[1].splitlines()[1:]
        rows = [line for line in lines if line.strip()]
        assert rows
        for line in rows:
            assert line[:3] in ("000", "001", "002", "003", "004") or line.startswith("    "), (cols, line)
            assert len(line) <= int(cols)


def test_show_says_what_keeps_a_group_apart_from_others_of_its_key(
    runner: CliRunner, seed_scan: SeedScan, plain_env: dict[str, str | None]
) -> None:
    """The seed's 17 officers and its other officer counts share a key; show says, from the reconciler's own
    guards, why they are not in conflict."""
    ledger = seed_scan.ledger
    claims = {c["id"]: c for c in ledger["claims"]}
    g = next(
        g
        for g in ledger["groups"]
        if g["verdict"] == "agree"
        and g["key"] == "count: 'officer' counted"
        and {claims[i]["value_text"] for i in g["claims"]} == {"17"}
    )
    result = runner.invoke(app, ["show", g["id"], "--ledger", str(seed_scan.ledger_path)], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    section = result.stdout.split("Other groups under the same key, not in conflict with it (", 1)[1]
    section = section.split("Comparisons (", 1)[0]
    notes = [line for line in section.splitlines()[1:] if line.strip()]
    assert notes and all(line.startswith("G") for line in notes)
    assert all(
        "a guard holds a conflict back" in n or "about another thing" in n or "did not score high enough" in n
        for n in notes
    )
