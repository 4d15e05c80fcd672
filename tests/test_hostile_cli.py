"""Smaller hostile cases on the command line: each is one line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.errors import ExtractionFailed


def _one_line_error(result: object, *needles: str) -> None:
    code, err = result.exit_code, result.stderr  # type: ignore[attr-defined]
    assert code == 2, (code, err, getattr(result, "exception", None))
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "Traceback" not in err
    for n in needles:
        assert n in lines[0], err


@pytest.fixture
def corpus(seed_corpus: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "corpus"
    shutil.copytree(seed_corpus, dest)
    return dest


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary", "caf\u00e9 a Latin-1 file".encode("latin-1")])
def test_diff_of_a_skipped_file_never_compares_another_source(corpus: Path, tmp_path: Path, content: bytes) -> None:
    named = tmp_path / "00.txt"  # its stem is a prefix of every seed id (000_..., 001_...)
    named.write_bytes(content)
    # a non-UTF-8 file is read as Windows-1252 unless told to skip it
    r = CliRunner().invoke(app, ["diff", str(named), "001", "--corpus", str(corpus), "--encoding-errors", "skip"])
    _one_line_error(r, "00.txt", "skipped")


def test_diff_of_a_skipped_file_inside_the_corpus(corpus: Path) -> None:
    named = corpus / "00.txt"
    named.write_bytes(b"")
    r = CliRunner().invoke(app, ["diff", str(named), "001", "--corpus", str(corpus)])
    _one_line_error(r, "skipped")


def test_diff_of_a_missing_file_says_so(corpus: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["diff", str(tmp_path / "nothere.txt"), "001", "--corpus", str(corpus)])
    _one_line_error(r, "no such file", "nothere.txt")


def test_diff_of_an_unknown_prefix_still_lists_the_ids(corpus: Path) -> None:
    r = CliRunner().invoke(app, ["diff", "9", "001", "--corpus", str(corpus)])
    _one_line_error(r, "no source id starts with '9'")


@pytest.mark.parametrize("model", ["spacy", "os", "blank:en", "json"])
def test_a_model_name_that_is_no_usable_model_is_one_line(corpus: Path, model: str) -> None:
    r = CliRunner().invoke(app, ["scan", str(corpus), "--no-cache", "--model", model])
    _one_line_error(r, repr(model))


def test_a_fault_in_extraction_is_one_line_naming_the_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a bug in claimcheck, not bad input: still one line, naming the file it met, and a status of its own (70)
    import claimcheck.extract.claims as extraction

    def broken(*args: object, **kw: object) -> tuple[()]:
        raise ValueError("x" * 500)

    monkeypatch.setattr(extraction, "extract_claims", broken)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "one.txt").write_text("Police said 12 people were hurt.\n", encoding="utf-8")
    (folder / "two.txt").write_text("Police said 14 people were hurt.\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["scan", str(folder), "--no-cache"])
    assert r.exit_code == 70, (r.exit_code, r.stderr, r.exception)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: internal error: extraction failed on "), r.stderr
    assert "one.txt" in lines[0] and "ValueError" in lines[0] and "please report it" in lines[0]
    assert "x" * 200 not in lines[0] and "Traceback" not in r.stderr  # a long message is cut short
    monkeypatch.setenv("CLAIMCHECK_TRACEBACK", "1")  # asked for, the error itself comes through
    r = CliRunner().invoke(app, ["scan", str(folder), "--no-cache"])
    assert r.exit_code != 0 and isinstance(r.exception, ExtractionFailed)
    assert isinstance(r.exception.__cause__, ValueError)
